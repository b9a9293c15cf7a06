// File sources: a single image, a folder in natural name order (skipping a corrupt picture), a
// video file written with cv::VideoWriter (MJPG in AVI), real-time playback on the source clock;
// and every kind of bad input gives a clear error naming the file, never a crash.
#include "tests/video/videotestutil.h"
#include "video/filesource.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <opencv2/videoio.hpp>

#include <unistd.h>
#include <zlib.h>

using namespace livedesk::video;
using namespace livedesk::video::test;
using namespace Qt::StringLiterals;

namespace {

// Frame n is a flat grey of level 8·n: decoding it back tells which frame came out.
cv::Mat numberedFrame(int n)
{
    return cv::Mat(120, 160, CV_8UC3, cv::Scalar::all(8 * n));
}

int frameNumber(const CapturedFrame &frame)
{
    const QColor colour = frame.image.pixelColor(80, 60);
    return int(std::lround(colour.green() / 8.0));
}

bool writeVideo(const QString &path, int frames, double fps)
{
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), fps,
                           cv::Size(160, 120));
    if (!writer.isOpened())
        return false;
    for (int n = 0; n < frames; ++n)
        writer.write(numberedFrame(n));
    return true;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_FileSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void singleImage();
    void folderInNaturalOrderSkipsCorruptPictures();
    void folderLoops();
    void videoFile();
    void videoLoopsAndRewinds();
    void playsInRealTimeOnItsClock();
    void badInputGivesAClearError_data();
    void badInputGivesAClearError();

private:
    QTemporaryDir m_dir;
    QString m_video;
};

void tst_FileSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_video = m_dir.filePath(u"numbers.avi"_s);
    QVERIFY(writeVideo(m_video, 30, 10.0)); // 3 s at 10 FPS
}

void tst_FileSource::singleImage()
{
    const QString path = m_dir.filePath(u"desk.jpg"_s);
    QVERIFY(writeImage(path, makeDesktop(800, 450)));
    FileSource source(path);
    QVERIFY2(source.open(), qPrintable(source.errorString()));
    QCOMPARE(source.kind(), FileSource::Kind::Image);
    QCOMPARE(source.frameSizePx(), QSize(800, 450));
    QCOMPARE(source.durationMs(), -1);
    for (const qint64 t : {0, 1'000, 3'600'000}) {
        const std::optional<CapturedFrame> frame = source.frameAt(t);
        QVERIFY(frame);
        QCOMPARE(frame->image.size(), QSize(800, 450));
        QCOMPARE(frame->timestampMs, t);
    }

    // An image whose name says nothing is recognised by its content.
    const QString anonymous = m_dir.filePath(u"snapshot"_s);
    QVERIFY(QFile::copy(path, anonymous));
    FileSource sniffed(anonymous);
    QVERIFY2(sniffed.open(), qPrintable(sniffed.errorString()));
    QCOMPARE(sniffed.kind(), FileSource::Kind::Image);
}

void tst_FileSource::folderInNaturalOrderSkipsCorruptPictures()
{
    QTemporaryDir dir;
    // Natural order: 2 before 10. A corrupt picture in the middle, and a file that is no image.
    QVERIFY(writeImage(dir.filePath(u"slide2.png"_s), numberedFrame(2)));
    QVERIFY(writeImage(dir.filePath(u"slide10.png"_s), numberedFrame(10)));
    QVERIFY(writeBytes(dir.filePath(u"slide5.jpg"_s), QByteArray("\xFF\xD8\xFF\xE0 broken", 11)));
    QVERIFY(writeImage(dir.filePath(u"slide7.bmp"_s), numberedFrame(7)));
    QVERIFY(writeBytes(dir.filePath(u"notes.txt"_s), "not a picture"));

    FileSource source(dir.path());
    source.setImageDurationMs(500);
    QVERIFY2(source.open(), qPrintable(source.errorString()));
    QCOMPARE(source.kind(), FileSource::Kind::Folder);
    QCOMPARE(source.durationMs(), 4 * 500);

    QCOMPARE(frameNumber(*source.frameAt(0)), 2);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"skipping:.*slide5\\.jpg.*corrupt"_s));
    QCOMPARE(frameNumber(*source.frameAt(500)), 7); // slide5 is skipped: slide7 shows instead
    QCOMPARE(frameNumber(*source.frameAt(1'000)), 7);
    QCOMPARE(frameNumber(*source.frameAt(1'500)), 10);
    QVERIFY(!source.frameAt(2'000)); // the end
    QCOMPARE(source.error(), FrameSource::Error::None);
}

void tst_FileSource::folderLoops()
{
    QTemporaryDir dir;
    QVERIFY(writeImage(dir.filePath(u"a.png"_s), numberedFrame(1)));
    QVERIFY(writeImage(dir.filePath(u"b.png"_s), numberedFrame(2)));
    FileSource source(dir.path());
    source.setLooping(FileSource::Looping::Loop);
    QVERIFY(source.open());
    QCOMPARE(frameNumber(*source.frameAt(2'000)), 1);
    QCOMPARE(frameNumber(*source.frameAt(3'000)), 2);
}

void tst_FileSource::videoFile()
{
    FileSource source(m_video);
    QVERIFY2(source.open(), qPrintable(source.errorString()));
    QCOMPARE(source.kind(), FileSource::Kind::Video);
    QCOMPARE(source.videoFps(), 10.0);
    QCOMPARE(source.durationMs(), 3'000);
    QCOMPARE(source.frameSizePx(), QSize(160, 120));
    QCOMPARE(frameNumber(*source.frameAt(0)), 0);
    QCOMPARE(frameNumber(*source.frameAt(1'000)), 10);
    QCOMPARE(frameNumber(*source.frameAt(1'550)), 15);
    QCOMPARE(frameNumber(*source.frameAt(2'900)), 29);
    QVERIFY(!source.frameAt(3'100)); // past the end
    QCOMPARE(source.error(), FrameSource::Error::None);
}

void tst_FileSource::videoLoopsAndRewinds()
{
    FileSource source(m_video);
    source.setLooping(FileSource::Looping::Loop);
    QVERIFY(source.open());
    QCOMPARE(frameNumber(*source.frameAt(2'500)), 25);
    QCOMPARE(frameNumber(*source.frameAt(500)), 5); // backwards: re-read from the start
    QCOMPARE(frameNumber(*source.frameAt(3'200)), 2); // past the end: from the start again
}

void tst_FileSource::playsInRealTimeOnItsClock()
{
    ManualClock clock(50'000);
    FileSource source(m_video);
    source.setClock(&clock);
    QSignalSpy frames(&source, &FrameSource::frameCaptured);
    QSignalSpy states(&source, &FrameSource::stateChanged);
    source.start();
    QCOMPARE(source.state(), FrameSource::State::Active);

    source.requestFrame();
    clock.advanceMs(2'000);
    source.requestFrame();
    QCOMPARE(frames.size(), 2);
    const auto second = frames.at(1).at(0).value<CapturedFrame>();
    QCOMPARE(second.timestampMs, 52'000); // stamped on the clock, not with media time
    QCOMPARE(frameNumber(second), 20);

    clock.advanceMs(2'000);
    source.requestFrame();
    QCOMPARE(frames.size(), 2);
    QCOMPARE(source.state(), FrameSource::State::Finished);
    source.stop();
    QCOMPARE(source.state(), FrameSource::State::Idle);
}

void tst_FileSource::badInputGivesAClearError_data()
{
    QTest::addColumn<QString>("name"); // created in a fresh folder ("" = that folder)
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // part of the message

    const QByteArray video = readBytes(m_video);
    const QByteArray png = [] {
        std::vector<uchar> bytes;
        cv::imencode(".png", makeDesktop(320, 180), bytes);
        return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    }();
    QByteArray noise(64 * 1024, '\0');
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);

    // A real PNG whose header declares 30000×30000 pixels (900 MP; 5.37 GB when decoded).
    const QByteArray huge = [&png] {
        QByteArray bytes = png;
        // Bytes 16–23: IHDR width and height (big-endian); 29–32: the CRC of bytes 12–28.
        qToBigEndian<quint32>(30000, bytes.data() + 16);
        qToBigEndian<quint32>(30000, bytes.data() + 20);
        const uLong crc = crc32(0, reinterpret_cast<const Bytef *>(bytes.constData() + 12), 17);
        qToBigEndian<quint32>(quint32(crc), bytes.data() + 29);
        return bytes;
    }();
    QTest::newRow("a PNG that declares 30000×30000 pixels")
            << u"huge.png"_s << huge << u"too large: 30000×30000 pixels"_s;
    QTest::newRow("a missing file") << u"missing.png"_s << QByteArray() << u"does not exist"_s;
    QTest::newRow("an empty image file") << u"empty.jpg"_s << QByteArray("") << u"corrupt"_s;
    QTest::newRow("random bytes named .jpg") << u"noise.jpg"_s << noise << u"corrupt"_s;
    QTest::newRow("a PNG cut in half") << u"half.png"_s << png.left(png.size() / 2) << u"corrupt"_s;
    QTest::newRow("an empty video file") << u"empty.avi"_s << QByteArray("") << u"empty"_s;
    QTest::newRow("random bytes named .avi")
            << u"noise.avi"_s << noise << u"could not be opened as a video"_s;
    QTest::newRow("text named .mp4") << u"notes.mp4"_s << QByteArray("hello, not a video\n")
                                     << u"could not be opened as a video"_s;
    QTest::newRow("an AVI cut after its header") << u"cut.avi"_s << video.left(4'000) << u"video"_s;
    QTest::newRow("an empty folder") << QString() << QByteArray() << u"contains no images"_s;
    QTest::newRow("a folder of corrupt images") << u"dir/"_s << noise << u"can be read"_s;
    QTest::newRow("an unreadable image") << u"locked.png"_s << png << u"permission denied"_s;
}

void tst_FileSource::badInputGivesAClearError()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QString path = dir.path();
    if (name == u"dir/"_s) {
        QVERIFY(writeBytes(dir.filePath(u"a.jpg"_s), content));
        QVERIFY(writeBytes(dir.filePath(u"b.png"_s), content.left(100)));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"skipping:"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"skipping:"_s));
    } else if (!name.isEmpty()) {
        path = dir.filePath(name);
        if (!name.startsWith(u"missing"_s))
            QVERIFY(writeBytes(path, content));
        if (name.startsWith(u"locked"_s)) {
            if (geteuid() == 0)
                QSKIP("root reads every file: permission errors cannot be provoked");
            QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        }
    }

    FileSource source(path);
    QSignalSpy errors(&source, &FrameSource::errorOccurred);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed:"_s));
    source.start();
    QCOMPARE(source.state(), FrameSource::State::Failed);
    QCOMPARE(source.error(), FrameSource::Error::OpenFailed);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(source.errorString().contains(expected),
             qPrintable(u"“%1” lacks “%2”"_s.arg(source.errorString(), expected)));
    QVERIFY2(source.errorString().contains(path), qPrintable(source.errorString()));
    QVERIFY(!source.frameAt(0));
    source.requestFrame(); // harmless after a failure
}

QTEST_GUILESS_MAIN(tst_FileSource)
#include "tst_filesource.moc"
