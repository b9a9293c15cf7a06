// Turning what a person asked for (CLI flags, settings) into a source: each kind builds the
// right source with the right target, and malformed requests are refused with a reason.
#include "video/camerasource.h"
#include "video/filesource.h"
#include "video/screensource.h"
#include "video/sourcefactory.h"

#include <QTest>

#include <memory>

using namespace livedesk::video;
using namespace Qt::StringLiterals;

class tst_SourceFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsTheAskedSource();
    void refusesMalformedRequests_data();
    void refusesMalformedRequests();
};

void tst_SourceFactory::buildsTheAskedSource()
{
    QString error;
    std::unique_ptr<FrameSource> file(
            createFrameSource({SourceKind::File, u"/tmp/clip.avi"_s, {}}, nullptr, &error));
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(qobject_cast<FileSource *>(file.get())->path(), u"/tmp/clip.avi"_s);

    std::unique_ptr<FrameSource> camera(
            createFrameSource({SourceKind::Camera, u"2"_s, {}}, nullptr));
    QVERIFY(qobject_cast<CameraSource *>(camera.get()));
    QCOMPARE(qobject_cast<CameraSource *>(camera.get())->deviceId(), QByteArray("2"));

    std::unique_ptr<FrameSource> primary(createFrameSource({SourceKind::Screen, {}, {}}, nullptr));
    auto *screen = qobject_cast<ScreenSource *>(primary.get());
    QVERIFY(screen);
    QCOMPARE(screen->target(), ScreenSource::Target::Screen);
    QCOMPARE(screen->screenIndex(), -1);

    const QRect region(10, 20, 300, 200);
    std::unique_ptr<FrameSource> second(
            createFrameSource({SourceKind::Screen, u"1"_s, region}, nullptr));
    QCOMPARE(qobject_cast<ScreenSource *>(second.get())->screenIndex(), 1);
    QCOMPARE(qobject_cast<ScreenSource *>(second.get())->region(), region);

    std::unique_ptr<FrameSource> window(
            createFrameSource({SourceKind::Window, u"0x2a00007"_s, {}}, nullptr));
    QCOMPARE(qobject_cast<ScreenSource *>(window.get())->target(), ScreenSource::Target::Window);
    QCOMPARE(qobject_cast<ScreenSource *>(window.get())->windowId(), quint64(0x2a00007));

    QObject owner;
    FrameSource *owned = createFrameSource({SourceKind::Camera, {}, {}}, &owner);
    QCOMPARE(owned->parent(), &owner);
}

void tst_SourceFactory::refusesMalformedRequests_data()
{
    QTest::addColumn<SourceKind>("kind");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no source at all") << SourceKind::None << QString() << u"No video source"_s;
    QTest::newRow("a file without a path") << SourceKind::File << u"  "_s << u"No file"_s;
    QTest::newRow("a screen that is not a number")
            << SourceKind::Screen << u"left"_s << u"not a screen number"_s;
    QTest::newRow("a negative screen") << SourceKind::Screen << u"-2"_s << u"not a screen number"_s;
    QTest::newRow("a window without an id") << SourceKind::Window << QString() << u"No window"_s;
    QTest::newRow("a window by title where windows cannot be listed")
            << SourceKind::Window << u"Firefox"_s << u"needs a display"_s;
}

void tst_SourceFactory::refusesMalformedRequests()
{
    QFETCH(SourceKind, kind);
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!createFrameSource({kind, argument, {}}, nullptr, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

QTEST_MAIN(tst_SourceFactory)
#include "tst_sourcefactory.moc"
