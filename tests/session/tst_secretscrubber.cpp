// SecretScrubber (session/secretscrubber.h): every form in which a server may echo a credential is
// replaced, ordinary text and short "keys" are left alone.
#include "session/endpoint.h"
#include "session/secretscrubber.h"

#include <QTest>

using namespace livedesk::session;
using namespace Qt::StringLiterals;

class tst_SecretScrubber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scrubs_data();
    void scrubs();
    void environment();
};

void tst_SecretScrubber::scrubs_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const QString key = u"AIzaSyA-0123456789abcdefghijklmnopqrstu"_s;
    const QString token = u"auth_tokens/0123456789abcdefghij"_s;
    QTest::newRow("an API key in a close reason") << key << u"API key not valid: "_s + key + u"."_s
                                                  << u"API key not valid: [redacted]."_s;
    QTest::newRow("twice") << key << key + u" "_s + key << u"[redacted] [redacted]"_s;
    QTest::newRow("an ephemeral token whole")
            << token << u"token="_s + token << u"token=[redacted]"_s;
    QTest::newRow("its id alone") << token << u"token 0123456789abcdefghij expired"_s
                                  << u"token [redacted] expired"_s;
    QTest::newRow("percent-encoded, as in a URL")
            << token << u"?access_token=auth_tokens%2F0123456789abcdefghij"_s
            << u"?access_token=[redacted]"_s;
    QTest::newRow("JSON-escaped") << token << u"{\"t\":\"auth_tokens\\/0123456789abcdefghij\"}"_s
                                  << u"{\"t\":\"[redacted]\"}"_s;
    QTest::newRow("text without it is kept")
            << key << u"Operation is not implemented."_s << u"Operation is not implemented."_s;
    QTest::newRow("a short test key is not a secret") << u"k"_s << u"keep"_s << u"keep"_s;
}

void tst_SecretScrubber::scrubs()
{
    QFETCH(QString, secret);
    QFETCH(QString, text);
    QFETCH(QString, expected);

    EndpointConfig endpoint;
    endpoint.apiKey = secret;
    SecretScrubber scrubber;
    scrubber.addEndpoint(endpoint);
    QCOMPARE(scrubber.scrub(text), expected);
    QCOMPARE(scrubber.scrub(text.toUtf8()), expected.toUtf8());
    QCOMPARE(scrubber.contains(text), text != expected);
}

void tst_SecretScrubber::environment()
{
    const QByteArray old = qgetenv("GEMINI_API_KEY");
    qputenv("GEMINI_API_KEY", "AIzaSyFROM-THE-ENVIRONMENT-0123456789");
    SecretScrubber scrubber;
    scrubber.addEnvironment();
    QCOMPARE(scrubber.scrub(u"bad key AIzaSyFROM-THE-ENVIRONMENT-0123456789"_s),
             u"bad key [redacted]"_s);
    if (old.isNull())
        qunsetenv("GEMINI_API_KEY");
    else
        qputenv("GEMINI_API_KEY", old);
}

QTEST_GUILESS_MAIN(tst_SecretScrubber)
#include "tst_secretscrubber.moc"
