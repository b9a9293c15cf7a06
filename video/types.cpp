#include "video/types.h"

using namespace Qt::StringLiterals;

namespace livedesk::video {

namespace {
constexpr int kLowTokensPerFrame = 64;
constexpr int kTokensPerImageOrTile = 258;
constexpr int kHighTileSidePx = 768;
} // namespace

QString EncodedFrame::mimeType()
{
    return u"image/jpeg"_s;
}

int estimateImageTokens(MediaResolution resolution, QSize frameSizePx)
{
    switch (resolution) {
    case MediaResolution::Low:
        return kLowTokensPerFrame;
    case MediaResolution::High: {
        if (frameSizePx.isEmpty())
            return kTokensPerImageOrTile;
        const int columns = (frameSizePx.width() + kHighTileSidePx - 1) / kHighTileSidePx;
        const int rows = (frameSizePx.height() + kHighTileSidePx - 1) / kHighTileSidePx;
        return kTokensPerImageOrTile * columns * rows;
    }
    case MediaResolution::Unspecified:
    case MediaResolution::Medium:
        break;
    }
    return kTokensPerImageOrTile;
}

int maxSideForResolution(MediaResolution resolution)
{
    switch (resolution) {
    case MediaResolution::Low:
        return 512;
    case MediaResolution::High:
        return 1536;
    case MediaResolution::Unspecified:
    case MediaResolution::Medium:
        break;
    }
    return 1024;
}

} // namespace livedesk::video
