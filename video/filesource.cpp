#include "video/filesource.h"

#include "video/imageconvert.h"
#include "video/logging.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#ifdef LIVEDESK_HAVE_OPENCV_VIDEOIO
#include <opencv2/videoio.hpp>
#include <opencv2/videoio/registry.hpp>
#endif

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace livedesk::video {

namespace {

constexpr qint64 kMaxImageFileBytes = 256 * 1024 * 1024;
// The largest picture decoded (docs/limits.md): 64 megapixels holds every camera and phone photo
// (a 50 MP phone photo, an 8K frame is 33 MP) and costs at most ~450 MB while it is decoded and
// converted. A file's header is read first: an 875 KB PNG that declares 30000×30000 pixels took
// 5.37 GB.
constexpr qint64 kMaxImagePixels = 64 * 1024 * 1024;
constexpr double kAssumedFps = 25.0; // containers that do not say

// What the file starts with, for files whose suffix says nothing.
bool looksLikeImage(const QByteArray &head)
{
    const auto starts = [&](const char *magic, qsizetype length) {
        return head.size() >= length && QByteArrayView(head.constData(), length) == magic;
    };
    return starts("\xFF\xD8\xFF", 3) || starts("\x89PNG", 4) || starts("BM", 2)
           || starts("II*\0", 4) || starts("MM\0*", 4)
           || (starts("RIFF", 4) && head.size() >= 12 && head.mid(8, 4) == "WEBP")
           || (head.size() >= 2 && head[0] == 'P' && head[1] >= '1' && head[1] <= '6');
}

// "slide2" before "slide10", whatever the locale (QCollator's numeric mode needs ICU and a
// non-C locale).
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype iEnd = i;
            qsizetype jEnd = j;
            while (iEnd < a.size() && a[iEnd].isDigit())
                ++iEnd;
            while (jEnd < b.size() && b[jEnd].isDigit())
                ++jEnd;
            const QStringView numberA = QStringView(a).mid(i, iEnd - i);
            const QStringView numberB = QStringView(b).mid(j, jEnd - j);
            const auto trimmed = [](QStringView number) {
                while (number.size() > 1 && number.front() == u'0')
                    number = number.mid(1);
                return number;
            };
            const QStringView x = trimmed(numberA);
            const QStringView y = trimmed(numberB);
            if (x.size() != y.size())
                return x.size() < y.size();
            if (const int order = x.compare(y); order != 0)
                return order < 0;
            i = iEnd;
            j = jEnd;
            continue;
        }
        const int order = QString::compare(QString(a[i]), QString(b[j]), Qt::CaseInsensitive);
        if (order != 0)
            return order < 0;
        ++i;
        ++j;
    }
    if (a.size() - i != b.size() - j)
        return a.size() - i < b.size() - j;
    return a < b;
}

} // namespace

struct FileSource::Private
{
    QString path;
    Looping looping = Looping::Off;
    int imageDurationMs = 1000;

    bool open = false;
    Kind kind = Kind::None;
    QSize frameSizePx;

    // Image, and the folder picture decoded last.
    QImage image;
    // Folder.
    QStringList entries;
    std::vector<bool> unreadable;
    qsizetype decodedEntry = -1;

    // Video.
#ifdef LIVEDESK_HAVE_OPENCV_VIDEOIO
    cv::VideoCapture capture;
#endif
    double fps = 0;
    qint64 frameCount = -1; // from the container; -1 unknown
    qint64 index = -1; // index of the frame the reader stands on
    bool retrieved = false; // `image` holds frame `index`
    qint64 framesSeen = 0; // frames actually read: the true length once the end was met

    qint64 playStartMs = 0;

    void close()
    {
        open = false;
        kind = Kind::None;
        frameSizePx = {};
        image = {};
        entries.clear();
        unreadable.clear();
        decodedEntry = -1;
#ifdef LIVEDESK_HAVE_OPENCV_VIDEOIO
        capture.release();
#endif
        fps = 0;
        frameCount = -1;
        index = -1;
        retrieved = false;
        framesSeen = 0;
    }
};

FileSource::FileSource(QObject *parent)
    : FrameSource(parent)
    , d(std::make_unique<Private>())
{ }

FileSource::FileSource(const QString &path, QObject *parent)
    : FileSource(parent)
{
    d->path = path;
}

FileSource::~FileSource() = default;

void FileSource::setPath(const QString &path)
{
    d->close();
    d->path = path;
    clearError();
    setState(State::Idle);
}

QString FileSource::path() const
{
    return d->path;
}

void FileSource::setLooping(Looping looping)
{
    d->looping = looping;
}

FileSource::Looping FileSource::looping() const
{
    return d->looping;
}

void FileSource::setImageDurationMs(int durationMs)
{
    d->imageDurationMs = std::max(1, durationMs);
}

int FileSource::imageDurationMs() const
{
    return d->imageDurationMs;
}

QString FileSource::description() const
{
    const QString name = QFileInfo(d->path).fileName();
    switch (d->kind) {
    case Kind::Folder:
        return tr("Folder: %1").arg(name);
    case Kind::Video:
        return tr("Video: %1").arg(name);
    case Kind::Image:
    case Kind::None:
        break;
    }
    return tr("File: %1").arg(name);
}

QStringList FileSource::imageSuffixes()
{
    return {u"jpg"_s,  u"jpeg"_s, u"png"_s, u"bmp"_s, u"webp"_s, u"tif"_s,
            u"tiff"_s, u"pbm"_s,  u"pgm"_s, u"ppm"_s, u"pnm"_s};
}

QStringList FileSource::videoSuffixes()
{
    return {u"avi"_s, u"mp4"_s, u"mkv"_s, u"mov"_s, u"webm"_s, u"mjpeg"_s, u"mjpg"_s, u"m4v"_s};
}

bool FileSource::isOpen() const
{
    return d->open;
}

FileSource::Kind FileSource::kind() const
{
    return d->kind;
}

QSize FileSource::frameSizePx() const
{
    return d->frameSizePx;
}

qint64 FileSource::durationMs() const
{
    switch (d->kind) {
    case Kind::Folder:
        return qint64(d->entries.size()) * d->imageDurationMs;
    case Kind::Video:
        if (d->frameCount > 0)
            return qint64(std::llround(double(d->frameCount) * 1000.0 / d->fps));
        return -1;
    case Kind::Image:
    case Kind::None:
        break;
    }
    return -1;
}

double FileSource::videoFps() const
{
    return d->kind == Kind::Video ? d->fps : 0.0;
}

namespace {

// Reads through QFile (Unicode paths everywhere, clear errors) and decodes with OpenCV.
QImage decodeImageFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = FileSource::tr("The image “%1” cannot be read: %2.").arg(path, file.errorString());
        return {};
    }
    if (file.size() > kMaxImageFileBytes) {
        *error = FileSource::tr("The image “%1” is too large (%2 MB; the limit is %3 MB).")
                         .arg(path)
                         .arg(file.size() / (1024 * 1024))
                         .arg(kMaxImageFileBytes / (1024 * 1024));
        return {};
    }
    const QByteArray bytes = file.readAll();
    // The header's size, without decoding (PNG, JPEG, BMP, GIF, PNM; other formats say nothing
    // here and are decoded under OpenCV's own limit of 2^30 pixels).
    QBuffer header;
    header.setData(bytes);
    const QSize declared = QImageReader(&header).size();
    if (declared.isValid() && qint64(declared.width()) * declared.height() > kMaxImagePixels) {
        *error = FileSource::tr("The image “%1” is too large: %2×%3 pixels (the limit is %4 "
                                "megapixels).")
                         .arg(path)
                         .arg(declared.width())
                         .arg(declared.height())
                         .arg(kMaxImagePixels / (1024 * 1024));
        return {};
    }
    cv::Mat decoded;
    try {
        const cv::Mat raw(1, int(bytes.size()), CV_8UC1, const_cast<char *>(bytes.constData()));
        if (!bytes.isEmpty())
            decoded = cv::imdecode(raw, cv::IMREAD_COLOR);
    } catch (const cv::Exception &e) {
        qCDebug(lcVideo) << "imdecode threw:" << e.what();
        decoded.release();
    }
    if (decoded.empty()) {
        *error = FileSource::tr("“%1” is not an image that can be read (the file is corrupt or "
                                "in an unsupported format).")
                         .arg(path);
        return {};
    }
    return matToImage(decoded);
}

} // namespace

bool FileSource::open()
{
    d->close();
    clearError();
    const QFileInfo info(d->path);
    if (d->path.isEmpty())
        return fail(Error::OpenFailed, tr("No file or folder was given."));
    if (!info.exists())
        return fail(Error::OpenFailed, tr("“%1” does not exist.").arg(d->path));
    if (!info.isReadable())
        return fail(Error::OpenFailed, tr("“%1” cannot be read (permission denied).").arg(d->path));

    if (info.isDir()) {
        QDir dir(d->path);
        QStringList patterns;
        for (const QString &suffix : imageSuffixes()) {
            patterns << u"*."_s + suffix;
            patterns << u"*."_s + suffix.toUpper();
        }
        QStringList names = dir.entryList(patterns, QDir::Files | QDir::Readable);
        names.removeDuplicates();
        std::sort(names.begin(), names.end(), naturalLess);
        if (names.isEmpty())
            return fail(Error::OpenFailed, tr("The folder “%1” contains no images (looked for %2).")
                                                   .arg(d->path, imageSuffixes().join(u", "_s)));
        for (const QString &name : std::as_const(names))
            d->entries << dir.filePath(name);
        d->unreadable.assign(d->entries.size(), false);
        d->kind = Kind::Folder;
        d->open = true;
        const std::optional<CapturedFrame> first = frameAt(0);
        if (!first) {
            d->open = false;
            return false;
        }
        d->frameSizePx = first->image.size();
        return true;
    }

    QFile probe(d->path);
    QByteArray head;
    if (probe.open(QIODevice::ReadOnly))
        head = probe.read(16);
    const QString suffix = info.suffix().toLower();
    const bool image = imageSuffixes().contains(suffix)
                       || (!videoSuffixes().contains(suffix) && looksLikeImage(head));
    if (image) {
        QString error;
        d->image = decodeImageFile(d->path, &error);
        if (d->image.isNull())
            return fail(Error::OpenFailed, error);
        d->kind = Kind::Image;
        d->frameSizePx = d->image.size();
        d->open = true;
        return true;
    }

#ifdef LIVEDESK_HAVE_OPENCV_VIDEOIO
    if (info.size() == 0)
        return fail(Error::OpenFailed, tr("The video “%1” is empty.").arg(d->path));
    const std::string nativePath = QFile::encodeName(d->path).toStdString();
    try {
        // FFmpeg where the build has it: it reads every common container and reports a broken
        // file as "not opened". Elsewhere any back end (Media Foundation, AVFoundation, …).
        if (cv::videoio_registry::hasBackend(cv::CAP_FFMPEG))
            d->capture.open(nativePath, cv::CAP_FFMPEG);
        else
            d->capture.open(nativePath, cv::CAP_ANY);
    } catch (const cv::Exception &e) {
        qCDebug(lcVideo) << "VideoCapture::open threw:" << e.what();
    }
    if (!d->capture.isOpened())
        return fail(Error::OpenFailed,
                    tr("“%1” could not be opened as a video (the file is corrupt or in a format "
                       "this build cannot decode).")
                            .arg(d->path));
    d->fps = d->capture.get(cv::CAP_PROP_FPS);
    if (!(d->fps > 0.0 && d->fps < 1000.0)) {
        qCInfo(lcVideo).noquote() << d->path << "does not state its frame rate; assuming"
                                  << kAssumedFps;
        d->fps = kAssumedFps;
    }
    const double frames = d->capture.get(cv::CAP_PROP_FRAME_COUNT);
    d->frameCount = frames >= 1.0 && std::isfinite(frames) ? qint64(frames) : -1;
    d->kind = Kind::Video;
    d->open = true;
    const std::optional<CapturedFrame> first = frameAt(0);
    if (!first) {
        d->open = false;
        if (error() == Error::None)
            fail(Error::OpenFailed,
                 tr("“%1” contains no video frames that can be decoded.").arg(d->path));
        return false;
    }
    d->frameSizePx = first->image.size();
    return true;
#else
    return fail(Error::Unsupported,
                tr("“%1” looks like a video, but this build cannot read video files (OpenCV's "
                   "videoio module is missing).")
                        .arg(d->path));
#endif
}

std::optional<CapturedFrame> FileSource::frameAt(qint64 mediaMs)
{
    if (!d->open)
        return std::nullopt;
    mediaMs = std::max<qint64>(0, mediaMs);
    CapturedFrame frame;
    frame.timestampMs = mediaMs;

    switch (d->kind) {
    case Kind::Image:
        frame.image = d->image;
        return frame;

    case Kind::Folder: {
        const qsizetype count = d->entries.size();
        qsizetype entry = qsizetype(mediaMs / d->imageDurationMs);
        if (entry >= count) {
            if (d->looping == Looping::Off)
                return std::nullopt;
            entry %= count;
        }
        // A corrupt picture is skipped: the next readable one shows in its place.
        for (qsizetype tried = 0; tried < count; ++tried) {
            const qsizetype candidate = (entry + tried) % count;
            if (d->unreadable[size_t(candidate)])
                continue;
            if (candidate == d->decodedEntry) {
                frame.image = d->image;
                return frame;
            }
            QString error;
            const QImage image = decodeImageFile(d->entries[candidate], &error);
            if (image.isNull()) {
                qCWarning(lcVideo).noquote() << "skipping:" << error;
                d->unreadable[size_t(candidate)] = true;
                continue;
            }
            d->image = image;
            d->decodedEntry = candidate;
            frame.image = image;
            return frame;
        }
        fail(Error::OpenFailed,
             tr("None of the %n image(s) in “%1” can be read.", nullptr, int(count)).arg(d->path));
        return std::nullopt;
    }

    case Kind::Video: {
#ifdef LIVEDESK_HAVE_OPENCV_VIDEOIO
        qint64 target = qint64(std::floor(double(mediaMs) * d->fps / 1000.0));
        const auto rewind = [&] {
            d->capture.set(cv::CAP_PROP_POS_FRAMES, 0);
            // Some back ends cannot seek: reopen instead.
            if (d->capture.get(cv::CAP_PROP_POS_FRAMES) > 0.5) {
                const int backend = int(d->capture.get(cv::CAP_PROP_BACKEND));
                d->capture.release();
                d->capture.open(QFile::encodeName(d->path).toStdString(), backend);
            }
            d->index = -1;
            d->retrieved = false;
        };
        try {
            if (target < d->index)
                rewind();
            while (d->index < target) {
                if (!d->capture.grab()) {
                    const qint64 length = d->index + 1;
                    if (d->looping == Looping::Off || length <= 0)
                        return std::nullopt; // the end (or nothing decodable: open() says so)
                    d->framesSeen = std::max(d->framesSeen, length);
                    target %= d->framesSeen;
                    rewind();
                    continue;
                }
                ++d->index;
                d->retrieved = false;
            }
            if (!d->retrieved) {
                cv::Mat decoded;
                if (!d->capture.retrieve(decoded) || decoded.empty()) {
                    fail(Error::OpenFailed,
                         tr("Frame %1 of “%2” cannot be decoded (the file is corrupt).")
                                 .arg(d->index)
                                 .arg(d->path));
                    d->open = false;
                    return std::nullopt;
                }
                if (decoded.channels() == 1 || decoded.channels() == 3)
                    d->image = matToImage(decoded);
                else
                    d->image = {};
                if (d->image.isNull()) {
                    fail(Error::OpenFailed,
                         tr("Frame %1 of “%2” has a pixel format that cannot be shown.")
                                 .arg(d->index)
                                 .arg(d->path));
                    d->open = false;
                    return std::nullopt;
                }
                d->retrieved = true;
            }
        } catch (const cv::Exception &e) {
            fail(Error::OpenFailed,
                 tr("Reading “%1” failed: %2").arg(d->path, QString::fromStdString(e.msg)));
            d->open = false;
            return std::nullopt;
        }
        frame.image = d->image;
        return frame;
#else
        return std::nullopt;
#endif
    }

    case Kind::None:
        break;
    }
    return std::nullopt;
}

void FileSource::start()
{
    if (state() == State::Active)
        return;
    if (!d->open && !open())
        return;
    d->playStartMs = nowMs();
    setState(State::Active);
}

void FileSource::stop()
{
    d->close();
    if (state() != State::Failed)
        setState(State::Idle);
}

void FileSource::requestFrame()
{
    if (state() != State::Active)
        return;
    const qint64 now = nowMs();
    std::optional<CapturedFrame> frame = frameAt(now - d->playStartMs);
    if (!frame) {
        if (state() != State::Failed) {
            qCInfo(lcVideo).noquote() << description() << "reached its end";
            setState(State::Finished);
        }
        return;
    }
    frame->timestampMs = now;
    Q_EMIT frameCaptured(*frame);
}

} // namespace livedesk::video
