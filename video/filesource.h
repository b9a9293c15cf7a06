// Pictures from files: one image (shown for as long as it is shared), a folder of images (a
// slideshow, imageDurationMs each, in natural name order) or a video file read with OpenCV's
// VideoCapture (needs LIVEDESK_HAVE_OPENCV_VIDEOIO). Used by tests, benchmarks and the CLI's
// `--video FILE|DIR`.
//
// Two ways to use it:
//  - as a FrameSource: start() opens the media and plays it in real time on the source clock;
//    requestFrame() emits the picture showing now; at the end it goes to Finished (or loops);
//  - offline: open(), then frameAt(mediaMs) with increasing media times (benchmarks and tests run
//    faster than real time this way; frames are stamped with media time).
// A corrupt, unreadable or unsupported file fails with Error::OpenFailed and a message naming
// the file and the reason; a corrupt image inside a folder is skipped with a warning.
#pragma once

#include "video/framesource.h"

#include <QSize>
#include <QStringList>

#include <memory>
#include <optional>

namespace livedesk::video {

class FileSource : public FrameSource
{
    Q_OBJECT

public:
    enum class Kind { None, Image, Folder, Video };
    Q_ENUM(Kind)
    enum class Looping { Off, Loop };
    Q_ENUM(Looping)

    explicit FileSource(QObject *parent = nullptr);
    explicit FileSource(const QString &path, QObject *parent = nullptr);
    ~FileSource() override;

    void setPath(const QString &path); // closes what was open
    QString path() const;
    void setLooping(Looping looping);
    Looping looping() const;
    void setImageDurationMs(int durationMs); // per image of a folder; default 1000
    int imageDurationMs() const;

    QString description() const override;

    // Opens the media and decodes its first picture. False (and Failed, with errorString())
    // when that is impossible. start() calls it; offline users call it themselves.
    bool open();
    bool isOpen() const;
    Kind kind() const;
    QSize frameSizePx() const; // of the first picture
    qint64 durationMs() const; // -1: a single image (endless) or a video of unknown length
    double videoFps() const; // 0 unless a video

    // The picture showing at mediaMs, stamped with mediaMs. Cheap for increasing times (a
    // video is read forward; going back re-opens it). nullopt past the end when not looping,
    // or when decoding fails (then errorString() says why and the state is Failed).
    std::optional<CapturedFrame> frameAt(qint64 mediaMs);

    static QStringList imageSuffixes();
    static QStringList videoSuffixes();

public Q_SLOTS:
    void start() override;
    void stop() override;
    void requestFrame() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace livedesk::video
