// What --listen and the "translation/listen" setting accept (app/pulseroutes.h): every source
// reads back as itself, and anything else is refused with a message that names the choices.
#include "app/pulseroutes.h"

#include <QTest>

using namespace livedesk::app;
using namespace Qt::StringLiterals;

class tst_ListenSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

void tst_ListenSource::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("application");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("mic") << u"mic"_s << int(ListenKind::Microphone) << QString() << u"mic"_s;
    QTest::newRow("microphone") << u"microphone"_s << int(ListenKind::Microphone) << QString()
                                << u"mic"_s;
    QTest::newRow("system") << u" system "_s << int(ListenKind::System) << QString() << u"system"_s;
    QTest::newRow("app") << u"app:firefox"_s << int(ListenKind::Application) << u"firefox"_s
                         << u"app:firefox"_s;
    QTest::newRow("app with spaces") << u"app: Lecture recording"_s << int(ListenKind::Application)
                                     << u"Lecture recording"_s << u"app:Lecture recording"_s;
}

void tst_ListenSource::parses()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, application);
    QFETCH(QString, canonical);
    QString error;
    const auto source = parseListenSource(text, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(int(source->kind), kind);
    QCOMPARE(source->application, application);
    QCOMPARE(source->toString(), canonical);
    QVERIFY(parseListenSource(source->toString(), &error)); // round trip
}

void tst_ListenSource::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QString() << u"--listen expects system, app:NAME or mic"_s;
    QTest::newRow("unknown") << u"speakers"_s << u"not \"speakers\""_s;
    QTest::newRow("case") << u"System"_s << u"--listen expects system, app:NAME or mic"_s;
    QTest::newRow("app without a name") << u"app:"_s << u"needs the application's name"_s;
    QTest::newRow("app with blanks only") << u"app:   "_s << u"needs the application's name"_s;
}

void tst_ListenSource::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!parseListenSource(text, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ListenSource)
#include "tst_listensource.moc"
