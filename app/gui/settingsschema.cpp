#include "app/gui/settingsschema.h"

#include "app/gui/jsontext.h"
#include "app/pulseroutes.h"
#include "app/sessionconfig.h"
#include "session/usage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

struct SettingsText
{
    Q_DECLARE_TR_FUNCTIONS(livedesk::app::SettingsText)
};

QString checkVertexProject(const QString &value)
{
    if (value.isEmpty())
        return {};
    // Google Cloud project ids: 6–30 characters, lower-case letters, digits and hyphens,
    // starting with a letter and not ending with a hyphen.
    static const QRegularExpression re(u"^[a-z][a-z0-9-]{4,28}[a-z0-9]$"_s);
    if (!re.match(value).hasMatch())
        return SettingsText::tr("A project ID has 6 to 30 lower-case letters, digits or hyphens "
                                "and starts with a letter.");
    return {};
}

QString checkVertexLocation(const QString &value)
{
    static const QRegularExpression re(u"^[a-z]+(-[a-z0-9]+)*$"_s);
    if (value.isEmpty() || !re.match(value).hasMatch())
        return SettingsText::tr("Enter a location such as us-central1, europe-west4 or global.");
    return {};
}

QString checkOptionalWebSocketUrl(const QString &value)
{
    return value.isEmpty() ? QString() : checkWebSocketUrl(value);
}

QString checkOptionalHttpUrl(const QString &value)
{
    return value.isEmpty() ? QString() : checkHttpUrl(value);
}

QString checkOptionalModel(const QString &value)
{
    return value.isEmpty() ? QString() : checkModelId(value);
}

QString checkVoice(const QString &value)
{
    if (value.isEmpty() || prebuiltVoices().contains(value))
        return {};
    return SettingsText::tr("“%1” is not one of the prebuilt voices.").arg(value);
}

QString checkOptionalLanguage(const QString &value)
{
    return value.isEmpty() ? QString() : checkLanguageCode(value);
}

QString checkModeId(const QString &value)
{
    // Saved modes are known only to the mode list: any id-like text is accepted here.
    static const QRegularExpression kId(u"^[A-Za-z0-9._-]{1,64}$"_s);
    if (kId.match(value).hasMatch())
        return {};
    return SettingsText::tr("“%1” is not the name of a mode.").arg(value);
}

QString checkSourceLanguage(const QString &value)
{
    return value == u"auto" ? QString() : checkOptionalLanguage(value);
}

QString checkInstruction(const QString &value)
{
    constexpr qsizetype kMaxChars = 20000;
    if (value.size() > kMaxChars)
        return SettingsText::tr("The instruction is too long (%1 characters; at most %2).")
                .arg(value.size())
                .arg(kMaxChars);
    return {};
}

QString checkToolName(const QString &value)
{
    static const QRegularExpression re(u"^[A-Za-z_][A-Za-z0-9_-]{0,63}\\*?$"_s);
    if (!re.match(value).hasMatch())
        return SettingsText::tr("“%1” is not a tool name.").arg(value);
    return {};
}

QString checkDeviceId(const QString &value)
{
    // Device ids are opaque, but never multi-line or huge.
    if (value.size() > 512 || value.contains(u'\n'))
        return SettingsText::tr("This is not a device ID.");
    return {};
}

QString checkListenSource(const QString &value)
{
    QString error;
    if (!parseListenSource(value, &error))
        return SettingsText::tr("“%1” is not mic, system or app:NAME.").arg(value);
    return {};
}

SettingSpec boolean(const QString &key, bool value)
{
    return {key, SettingType::Bool, value};
}

SettingSpec integer(const QString &key, int value, int minimum, int maximum)
{
    return {key, SettingType::Int, value, double(minimum), double(maximum)};
}

SettingSpec number(const QString &key, double value, double minimum, double maximum)
{
    return {key, SettingType::Double, value, minimum, maximum};
}

SettingSpec choice(const QString &key, const QStringList &choices)
{
    return {key, SettingType::Choice, choices.first(), 0, 0, choices};
}

SettingSpec text(const QString &key, const QString &value, TextCheck check)
{
    return {key, SettingType::Text, value, 0, 0, {}, check};
}

QList<SettingSpec> makeSpecs()
{
    const session::Prices prices;
    return {
            // Connection.
            choice(u"backend"_s,
                   {u"gemini"_s, u"vertex"_s, u"token-server"_s, u"custom"_s, u"demo"_s}),
            text(u"vertex/project"_s, {}, checkVertexProject),
            text(u"vertex/location"_s, u"us-central1"_s, checkVertexLocation),
            choice(u"vertex/credential"_s, {u"access-token"_s, u"api-key"_s}),
            text(u"tokenServer/url"_s, {}, checkOptionalHttpUrl),
            text(u"custom/url"_s, {}, checkOptionalWebSocketUrl),
            // Conversation.
            text(u"model"_s, {}, checkOptionalModel),
            // The mode the next conversation starts in (app/modes.h) and, for the translation
            // modes, the languages chosen in the mode picker (empty: the mode's own).
            text(u"mode"_s, u"assistant"_s, checkModeId),
            text(u"translation/source"_s, {}, checkSourceLanguage),
            text(u"translation/target"_s, {}, checkOptionalLanguage),
            // What a translation listens to (mic, system, app:NAME), the translation as the
            // virtual microphone, and the captions window over everything (docs/translation.md).
            text(u"translation/listen"_s, u"mic"_s, checkListenSource),
            boolean(u"translation/virtualMicrophone"_s, false),
            // With the system or an application: the original heard on the speaker, this far
            // below its full level, and sent to the call while no translation plays.
            boolean(u"translation/hearOriginal"_s, false),
            number(u"translation/originalDb"_s, PulseRoutes::kDefaultOriginalDb,
                   PulseRoutes::kMinOriginalDb, 0),
            boolean(u"translation/sendOriginal"_s, false),
            boolean(u"captionsWindow/shown"_s, false),
            boolean(u"captionsWindow/original"_s, false),
            integer(u"captionsWindow/x"_s, -1, -1, 100000),
            integer(u"captionsWindow/y"_s, -1, -1, 100000),
            integer(u"captionsWindow/width"_s, 900, 240, 100000),
            integer(u"captionsWindow/height"_s, 180, 60, 100000),
            {u"models/custom"_s, SettingType::TextList, QStringList(), 0, 0, {}, checkModelId},
            text(u"voice"_s, {}, checkVoice),
            text(u"language"_s, {}, checkOptionalLanguage),
            text(u"systemInstruction"_s, {}, checkInstruction),
            boolean(u"affectiveDialog"_s, false),
            boolean(u"proactiveAudio"_s, false),
            boolean(u"contextCompression"_s, true),
            boolean(u"transcription/input"_s, true),
            boolean(u"transcription/output"_s, true),
            // Talking.
            choice(u"talkMode"_s, {u"hands-free"_s, u"local-voice"_s, u"push-to-talk"_s}),
            choice(u"vad/startSensitivity"_s, {u"default"_s, u"high"_s, u"low"_s}),
            choice(u"vad/endSensitivity"_s, {u"default"_s, u"high"_s, u"low"_s}),
            integer(u"vad/silenceDurationMs"_s, 0, 0, 5000),
            integer(u"vad/prefixPaddingMs"_s, 0, 0, 2000),
            choice(u"activityHandling"_s, {u"interrupt"_s, u"no-interruption"_s}),
            choice(u"bargeIn/mode"_s, {u"duck"_s, u"stop"_s, u"off"_s}),
            {u"bargeIn/sensitivity"_s,
             SettingType::Choice,
             u"medium"_s,
             0,
             0,
             {u"low"_s, u"medium"_s, u"high"_s}},
            // Audio.
            boolean(u"audio/echoCancellation"_s, true),
            boolean(u"audio/noiseSuppression"_s, true),
            // The quiet gate (audio/quietgate.h): no processing, and no audio sent in
            // hands-free, while nobody speaks and the model is silent.
            boolean(u"audio/quietGate"_s, true),
            number(u"audio/speechRate"_s, 1.0, 0.5, 2.0),
            text(u"audio/inputDevice"_s, {}, checkDeviceId),
            text(u"audio/outputDevice"_s, {}, checkDeviceId),
            // Video.
            text(u"video/camera"_s, {}, checkDeviceId),
            number(u"video/maxFps"_s, 1.0, 0.1, 1.0),
            {u"video/resolution"_s,
             SettingType::Choice,
             u"medium"_s,
             0,
             0,
             {u"low"_s, u"medium"_s, u"high"_s}},
            integer(u"video/jpegQuality"_s, 80, 10, 100),
            // Tools.
            boolean(u"tools/googleSearch"_s, false),
            text(u"tools/file"_s, {}, checkToolsFile),
            text(u"tools/mcpConfig"_s, {}, checkMcpConfigFile),
            {u"tools/alwaysAllowed"_s, SettingType::TextList, QStringList(), 0, 0, {}, checkToolName},
            // Cost meter: USD per million tokens.
            boolean(u"prices/custom"_s, false),
            number(u"prices/textIn"_s, prices.textInPerMillion, 0, 1000),
            number(u"prices/audioIn"_s, prices.audioInPerMillion, 0, 1000),
            number(u"prices/imageIn"_s, prices.imageInPerMillion, 0, 1000),
            number(u"prices/textOut"_s, prices.textOutPerMillion, 0, 1000),
            number(u"prices/audioOut"_s, prices.audioOutPerMillion, 0, 1000),
            // Appearance and behaviour.
            choice(u"ui/language"_s,
                   {QString(), u"en"_s, u"de"_s, u"es"_s, u"fr"_s, u"ja"_s, u"zh_CN"_s, u"ar"_s}),
            choice(u"ui/theme"_s, {u"system"_s, u"light"_s, u"dark"_s}),
            integer(u"ui/textSize"_s, 14, 10, 28),
            choice(u"ui/closeAction"_s, {u"ask"_s, u"minimize"_s, u"quit"_s}),
            // Read once at start (app/desktop/renderer.h): the backend cannot change later.
            choice(u"ui/renderer"_s, {u"auto"_s, u"opengl"_s, u"software"_s}),
            boolean(u"ui/welcomeDone"_s, false),
    };
}

std::optional<double> toNumber(const QVariant &value)
{
    bool ok = false;
    double number = 0;
    if (value.typeId() == QMetaType::QString)
        number = QLocale::c().toDouble(value.toString().trimmed(), &ok);
    else
        number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

std::optional<bool> toBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true" || text == u"1")
        return true;
    if (text == u"false" || text == u"0")
        return false;
    return std::nullopt;
}

QString formatNumber(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace

const QList<SettingSpec> &settingSpecs()
{
    static const QList<SettingSpec> specs = makeSpecs();
    return specs;
}

const SettingSpec *findSetting(QStringView key)
{
    for (const SettingSpec &spec : settingSpecs()) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

QString validateSetting(QStringView key, const QVariant &value)
{
    const SettingSpec *spec = findSetting(key);
    if (!spec)
        return SettingsText::tr("There is no setting called “%1”.").arg(key);
    switch (spec->type) {
    case SettingType::None:
        break;
    case SettingType::Bool:
        if (!toBool(value))
            return SettingsText::tr("Expected on or off.");
        return {};
    case SettingType::Int:
    case SettingType::Double: {
        const auto n = toNumber(value);
        if (!n)
            return SettingsText::tr("Enter a number.");
        if (spec->type == SettingType::Int && *n != std::floor(*n))
            return SettingsText::tr("Enter a whole number.");
        if (*n < spec->minimum || *n > spec->maximum)
            return SettingsText::tr("Enter a value from %1 to %2.")
                    .arg(formatNumber(spec->minimum), formatNumber(spec->maximum));
        return {};
    }
    case SettingType::Choice:
        if (!spec->choices.contains(value.toString()))
            return SettingsText::tr("“%1” is not one of the choices.").arg(value.toString());
        return {};
    case SettingType::Text:
        if (value.typeId() != QMetaType::QString && !value.canConvert<QString>())
            return SettingsText::tr("Expected text.");
        return spec->check ? spec->check(value.toString()) : QString();
    case SettingType::TextList: {
        const QStringList items = value.toStringList();
        for (const QString &item : items) {
            const QString error = spec->check ? spec->check(item) : QString();
            if (!error.isEmpty())
                return error;
        }
        return {};
    }
    }
    return SettingsText::tr("There is no setting called “%1”.").arg(key);
}

QVariant normalizedSetting(const SettingSpec &spec, const QVariant &value)
{
    switch (spec.type) {
    case SettingType::Bool:
        return toBool(value).value_or(spec.defaultValue.toBool());
    case SettingType::Int:
        return int(toNumber(value).value_or(spec.defaultValue.toDouble()));
    case SettingType::Double:
        return toNumber(value).value_or(spec.defaultValue.toDouble());
    case SettingType::Choice:
    case SettingType::Text:
        return value.toString();
    case SettingType::TextList:
        return value.toStringList();
    case SettingType::None:
        break;
    }
    return value;
}

QString checkWebSocketUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    static const QStringList schemes {u"ws"_s, u"wss"_s, u"http"_s, u"https"_s};
    if (!parsed.isValid() || !schemes.contains(parsed.scheme()) || parsed.host().isEmpty())
        return SettingsText::tr("Enter a URL such as wss://example.com or ws://127.0.0.1:8765.");
    return {};
}

QString checkHttpUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https")
        || parsed.host().isEmpty())
        return SettingsText::tr("Enter a URL such as https://example.com/token.");
    return {};
}

QString checkModelId(const QString &id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9._/@-]{0,199}$"_s);
    if (!re.match(id).hasMatch())
        return SettingsText::tr("A model name has letters, digits, dots, dashes or slashes, "
                                "such as gemini-live-2.5-flash-preview.");
    return {};
}

QString checkLanguageCode(const QString &code)
{
    static const QRegularExpression re(u"^[a-z]{2,3}(-[A-Za-z]{2,4})?(-[A-Z]{2}|-[0-9]{3})?$"_s);
    if (!re.match(code).hasMatch())
        return SettingsText::tr("Enter a language code such as en-US, de-DE or ja-JP.");
    return {};
}

} // namespace livedesk::app
