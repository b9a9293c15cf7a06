// Secrets stay out of tools and out of what the model or a log sees: the child environment loses
// the key variables (and any variable holding a known secret) unless a configuration names one,
// and every known secret is replaced, wherever it appears in text or JSON.
#include "tools/secrets.h"
#include "tools/usertools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace livedesk::tools;
using namespace Qt::StringLiterals;

class tst_Secrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scrubText_data();
    void scrubText();
    void scrubJsonKeysAndValues();
    void childEnvironment();
    void explicitVariableIsKept();
    void credentialNames_data();
    void credentialNames();
    void environmentReferences();
};

void tst_Secrets::scrubText_data()
{
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("key in a sentence")
            << QStringList {u"AIzaSyABCDEFGH123"_s} << "key=AIzaSyABCDEFGH123&x=1"
            << "key=[redacted]&x=1";
    QTest::newRow("every occurrence")
            << QStringList {u"tok-12345678"_s} << "tok-12345678 tok-12345678"
            << "[redacted] [redacted]";
    QTest::newRow("longer secret containing a shorter one is replaced whole")
            << QStringList {u"abcdefgh"_s, u"abcdefgh-long-token"_s} << "abcdefgh-long-token!"
            << "[redacted]!";
    QTest::newRow("too short to be a secret is left alone") << QStringList {u"abc"_s} << "abc abc"
                                                            << "abc abc";
    QTest::newRow("no secrets registered") << QStringList {} << "plain"
                                           << "plain";
}

void tst_Secrets::scrubText()
{
    QFETCH(QStringList, secrets);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    SecretScrubber scrubber;
    for (const QString &s : secrets)
        scrubber.add(s);
    QCOMPARE(scrubber.scrub(text), expected);
    QCOMPARE(scrubber.scrub(text.toUtf8()), expected.toUtf8());
}

void tst_Secrets::scrubJsonKeysAndValues()
{
    SecretScrubber scrubber;
    scrubber.add(u"sk-live-0123456789"_s);
    const QJsonObject in
            = QJsonDocument::fromJson(
                      R"({"a":"x sk-live-0123456789","sk-live-0123456789":1,"n":[{"b":"sk-live-0123456789"},2,true]})")
                      .object();
    const QByteArray out = QJsonDocument(scrubber.scrub(in)).toJson(QJsonDocument::Compact);
    QVERIFY2(!out.contains("sk-live"), out.constData());
    QCOMPARE(QJsonDocument::fromJson(out).object(),
             QJsonDocument::fromJson(
                     R"({"a":"x [redacted]","[redacted]":1,"n":[{"b":"[redacted]"},2,true]})")
                     .object());
}

void tst_Secrets::childEnvironment()
{
    QProcessEnvironment base;
    base.insert(u"PATH"_s, u"/usr/bin"_s);
    base.insert(u"GEMINI_API_KEY"_s, u"AIzaSy-gemini-key-0001"_s);
    base.insert(u"GOOGLE_API_KEY"_s, u"AIzaSy-google-key-0002"_s);
    base.insert(u"MY_COPY"_s, u"prefix AIzaSy-configured-0003 suffix"_s);
    SecretScrubber scrubber;
    scrubber.addEnvironment(base);
    scrubber.add(u"AIzaSy-configured-0003"_s); // the key from the app's settings
    for (const char *key :
         {"AIzaSy-gemini-key-0001", "AIzaSy-google-key-0002", "AIzaSy-configured-0003"})
        QCOMPARE(scrubber.scrub(QString::fromLatin1(key)), SecretScrubber::placeholder());
    const QProcessEnvironment child = childProcessEnvironment(base, scrubber);
    QCOMPARE(child.keys(), QStringList {u"PATH"_s});
}

void tst_Secrets::explicitVariableIsKept()
{
    QProcessEnvironment base;
    base.insert(u"GEMINI_API_KEY"_s, u"AIzaSy-gemini-key-0001"_s);
    SecretScrubber scrubber;
    scrubber.addEnvironment(base);
    const QProcessEnvironment child = childProcessEnvironment(base, scrubber,
                                                              {{u"GEMINI_API_KEY"_s,
                                                                u"AIzaSy-gemini-key-0001"_s}});
    QCOMPARE(child.value(u"GEMINI_API_KEY"_s), u"AIzaSy-gemini-key-0001"_s);
}

void tst_Secrets::credentialNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("credential");
    QTest::newRow("authorization header") << "Authorization" << true;
    QTest::newRow("api key header") << "X-Api-Key" << true;
    QTest::newRow("token variable") << "GITHUB_PERSONAL_ACCESS_TOKEN" << true;
    QTest::newRow("password") << "DB_PASSWORD" << true;
    QTest::newRow("plain setting") << "LOG_LEVEL" << false;
    QTest::newRow("content type") << "Content-Type" << false;
}

void tst_Secrets::credentialNames()
{
    QFETCH(QString, name);
    QFETCH(bool, credential);
    QCOMPARE(looksLikeCredentialName(name), credential);
}

void tst_Secrets::environmentReferences()
{
    QProcessEnvironment env;
    env.insert(u"TOKEN"_s, u"t-123"_s);
    env.insert(u"HOST"_s, u"h"_s);
    QStringList inserted;
    QString error;
    QCOMPARE(expandEnvironmentReferences(u"Bearer ${env:TOKEN} @${env:HOST}"_s, env, &inserted,
                                         &error),
             std::optional<QString>(u"Bearer t-123 @h"_s));
    QCOMPARE(inserted, (QStringList {u"t-123"_s, u"h"_s}));
    QCOMPARE(expandEnvironmentReferences(u"no references, $HOME stays"_s, env, nullptr, &error),
             std::optional<QString>(u"no references, $HOME stays"_s));
    QVERIFY(!expandEnvironmentReferences(u"${env:MISSING}"_s, env, nullptr, &error));
    QCOMPARE(error, u"environment variable MISSING is not set"_s);
}

QTEST_GUILESS_MAIN(tst_Secrets)
#include "tst_secrets.moc"
