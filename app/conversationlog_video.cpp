// ConversationLog: the picture source's frames (video_frame events) and its "video" figures, the
// same for livedesk-cli's --video/--camera/--screen/--window and the app's camera and screen
// sharing (docs/cli.md).
#include "app/conversation.h"
#include "app/conversationlog.h"
#include "session/usage.h"
#include "video/videoengine.h"

#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

QString reasonName(video::SendReason reason)
{
    switch (reason) {
    case video::SendReason::First:
        return u"first"_s;
    case video::SendReason::Changed:
        return u"changed"_s;
    case video::SendReason::KeepAlive:
        return u"keep_alive"_s;
    case video::SendReason::Speech:
        return u"speech"_s;
    case video::SendReason::Interval:
        return u"interval"_s;
    case video::SendReason::None:
        break;
    }
    return u"none"_s;
}

} // namespace

void ConversationLog::watchVideo(video::VideoEngine *engine)
{
    detachVideo();
    m_videoEngine = engine;
    m_videoFrames = 0;
    m_videoConnection = connect(engine, &video::VideoEngine::frameEncoded, this,
                                [this](const video::EncodedFrame &f) {
                                    ++m_videoFrames;
                                    m_events.write(u"video_frame"_s,
                                                   {{u"sequence"_s, f.sequence},
                                                    {u"bytes"_s, f.jpeg.size()},
                                                    {u"width"_s, f.sizePx.width()},
                                                    {u"height"_s, f.sizePx.height()},
                                                    {u"reason"_s, reasonName(f.reason)},
                                                    {u"estimated_tokens"_s, f.estimatedTokens}});
                                });
}

void ConversationLog::recordVideo(const QString &sourceDescription)
{
    if (!m_videoEngine)
        return;
    const video::VideoStatistics s = m_videoEngine->statistics();
    const video::VideoSettings settings = m_videoEngine->settings();
    const session::Prices &prices = m_conversation->config().prices;
    const double videoCostUsd = double(s.estimatedTokens) * prices.imageInPerMillion / 1e6;
    const session::TokenCounts tokens = m_conversation->session().usageTotals();
    // The service's usage is the authority; the estimate fills in only when it counted no
    // pictures at all (no usage reports, or a service that does not break counts down).
    const qint64 reportedImageTokens = tokens.promptTokens(protocol::Modality::Image)
                                       + tokens.promptTokens(protocol::Modality::Video);
    const bool addToCost = s.framesSent > 0 && reportedImageTokens == 0;
    const QString resolution = QString::fromLatin1(
            QMetaEnum::fromType<video::MediaResolution>().valueToKey(int(settings.mediaResolution)));
    setMetric(u"video"_s, QJsonObject {{u"source"_s, sourceDescription},
                                       {u"frames_sent"_s, s.framesSent},
                                       {u"bytes_sent"_s, s.bytesSent},
                                       {u"estimated_tokens"_s, s.estimatedTokens},
                                       {u"estimated_cost_usd"_s, videoCostUsd},
                                       {u"cost_added_to_estimate"_s, addToCost},
                                       {u"frames_captured"_s, s.framesCaptured},
                                       {u"frames_skipped_unchanged"_s, s.framesSkippedUnchanged},
                                       {u"frames_dropped_busy"_s, s.framesDroppedBusy},
                                       {u"max_fps"_s, settings.policy.maxFps},
                                       {u"max_side_px"_s, settings.encoder.maxSidePx},
                                       {u"jpeg_quality"_s, settings.encoder.jpegQuality},
                                       {u"media_resolution"_s, resolution.toLower()}});
    if (addToCost)
        setMetric(u"estimated_cost_usd"_s, session::estimateCostUsd(tokens, prices) + videoCostUsd);
    detachVideo();
}

void ConversationLog::detachVideo()
{
    disconnect(m_videoConnection);
    m_videoEngine = nullptr;
}

} // namespace livedesk::app
