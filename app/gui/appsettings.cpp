#include "app/gui/appsettings.h"

#include "app/gui/settingsschema.h"
#include "app/logging.h"
#include "session/modelcatalog.h"

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

// Which setting a capability warning of buildSessionConfig() is about (its `field` is a setup
// path). Warnings about anything else belong to the model choice.
QString settingForField(const QString &field)
{
    static const QList<QPair<QString, QString>> prefixes {
            {u"generationConfig.enableAffectiveDialog"_s, u"affectiveDialog"_s},
            {u"proactivity"_s, u"proactiveAudio"_s},
            {u"generationConfig.speechConfig"_s, u"voice"_s},
            {u"inputAudioTranscription"_s, u"transcription/input"_s},
            {u"outputAudioTranscription"_s, u"transcription/output"_s},
            {u"systemInstruction"_s, u"systemInstruction"_s},
            {u"contextWindowCompression"_s, u"contextCompression"_s},
            {u"tools.googleSearch"_s, u"tools/googleSearch"_s},
            {u"realtimeInputConfig"_s, u"talkMode"_s},
    };
    for (const auto &[prefix, key] : prefixes) {
        if (field.startsWith(prefix))
            return key;
    }
    return u"model"_s;
}

protocol::StartSensitivity startSensitivity(const QString &value)
{
    if (value == u"high")
        return protocol::StartSensitivity::High;
    if (value == u"low")
        return protocol::StartSensitivity::Low;
    return protocol::StartSensitivity::Unspecified;
}

protocol::EndSensitivity endSensitivity(const QString &value)
{
    if (value == u"high")
        return protocol::EndSensitivity::High;
    if (value == u"low")
        return protocol::EndSensitivity::Low;
    return protocol::EndSensitivity::Unspecified;
}

} // namespace

AppSettings::AppSettings(std::unique_ptr<QSettings> store, QObject *parent)
    : QObject(parent)
    , m_store(store ? std::move(store) : std::make_unique<QSettings>())
{ }

AppSettings::~AppSettings()
{
    m_store->sync();
}

void AppSettings::setCatalog(const session::ModelCatalog *catalog)
{
    m_catalog = catalog;
    ++m_revision;
    Q_EMIT changed();
}

QVariant AppSettings::value(const QString &key) const
{
    const SettingSpec *spec = findSetting(key);
    if (!spec) {
        // A setting control's bindings are evaluated once before its key is assigned: only a
        // key that names nothing is a mistake worth a warning.
        if (!key.isEmpty())
            qCWarning(lcApp) << "unknown setting" << key;
        return {};
    }
    if (!m_store->contains(key))
        return spec->defaultValue;
    const QVariant stored = m_store->value(key);
    // A file edited by hand, or written by another version, may hold anything.
    if (!validateSetting(key, stored).isEmpty()) {
        qCWarning(lcApp) << "ignoring an invalid stored value for" << key;
        return spec->defaultValue;
    }
    return normalizedSetting(*spec, stored);
}

QStringList AppSettings::ignoredKeys() const
{
    QStringList keys;
    for (const SettingSpec &spec : settingSpecs()) {
        if (m_store->contains(spec.key)
            && !validateSetting(spec.key, m_store->value(spec.key)).isEmpty())
            keys.append(spec.key);
    }
    return keys;
}

QString AppSettings::problemReport() const
{
    if (m_store->status() == QSettings::FormatError)
        return tr("The settings file %1 could not be read, so LiveDesk uses its defaults. The file "
                  "was left as it is; fix or remove it to get your settings back.")
                .arg(fileName());
    if (m_store->status() == QSettings::AccessError)
        return tr("The settings file %1 cannot be read or written; changes will not be kept.")
                .arg(fileName());
    const QStringList ignored = ignoredKeys();
    if (ignored.isEmpty())
        return {};
    return tr("These settings in %1 had values LiveDesk cannot use and were ignored (their "
              "defaults apply until you change them): %2.")
            .arg(fileName(), ignored.join(u", "_s));
}

QString AppSettings::validate(const QString &key, const QVariant &value) const
{
    return validateSetting(key, value);
}

QString AppSettings::setValue(const QString &key, const QVariant &value)
{
    const QString error = validateSetting(key, value);
    if (!error.isEmpty())
        return error;
    const SettingSpec *spec = findSetting(key);
    const QVariant normalized = normalizedSetting(*spec, value);
    if (this->value(key) == normalized && m_store->contains(key))
        return {};
    m_store->setValue(key, normalized);
    ++m_revision;
    Q_EMIT valueChanged(key);
    Q_EMIT changed();
    return {};
}

void AppSettings::reset(const QString &key)
{
    if (!m_store->contains(key))
        return;
    m_store->remove(key);
    ++m_revision;
    Q_EMIT valueChanged(key);
    Q_EMIT changed();
}

QVariant AppSettings::defaultValue(const QString &key) const
{
    const SettingSpec *spec = findSetting(key);
    return spec ? spec->defaultValue : QVariant();
}

QStringList AppSettings::choices(const QString &key) const
{
    const SettingSpec *spec = findSetting(key);
    return spec ? spec->choices : QStringList();
}

double AppSettings::minimum(const QString &key) const
{
    const SettingSpec *spec = findSetting(key);
    return spec ? spec->minimum : 0;
}

double AppSettings::maximum(const QString &key) const
{
    const SettingSpec *spec = findSetting(key);
    return spec ? spec->maximum : 0;
}

QString AppSettings::capabilityWarning(const QString &key) const
{
    return capabilityWarnings().value(key).toString();
}

QVariantMap AppSettings::capabilityWarnings() const
{
    if (m_warningsRevision == m_revision)
        return m_warnings;
    m_warningsRevision = m_revision;
    QVariantMap &warnings = m_warnings;
    warnings.clear();
    if (!m_catalog)
        return warnings;
    SessionSettings s = sessionSettings();
    // Only the model's capabilities matter here, not whether a credential is there.
    s.apiKey = u"placeholder"_s;
    s.endpoint.clear();
    s.googleSearch = flag(u"tools/googleSearch"_s);
    QString error;
    const auto config = buildSessionConfig(s, *m_catalog, &error);
    if (!config)
        return warnings;
    for (const session::CapabilityWarning &w : config->warnings) {
        const QString key = settingForField(w.field);
        const QString previous = warnings.value(key).toString();
        warnings.insert(key, previous.isEmpty() ? w.reason : previous + u'\n' + w.reason);
    }
    return warnings;
}

SessionSettings AppSettings::sessionSettings() const
{
    SessionSettings s;
    const QString backend = text(u"backend"_s);
    s.backend = backend == u"vertex" ? session::Backend::VertexAi : session::Backend::GeminiApi;
    if (backend == u"custom")
        s.endpoint = text(u"custom/url"_s);
    if (backend == u"vertex") {
        s.vertexProject = text(u"vertex/project"_s);
        s.vertexLocation = text(u"vertex/location"_s);
    }
    s.model = text(u"model"_s);
    s.voice = text(u"voice"_s);
    s.languageCode = text(u"language"_s);
    s.systemInstruction = text(u"systemInstruction"_s).trimmed();
    s.inputTranscription = flag(u"transcription/input"_s);
    s.outputTranscription = flag(u"transcription/output"_s);
    s.contextCompression = flag(u"contextCompression"_s);
    // Off is the service's default: only "on" is sent, so a model without the feature is not
    // sent a field it refuses.
    if (flag(u"affectiveDialog"_s))
        s.affectiveDialog = true;
    if (flag(u"proactiveAudio"_s))
        s.proactiveAudio = true;
    return s;
}

protocol::RealtimeInputConfig AppSettings::realtimeInputConfig() const
{
    protocol::RealtimeInputConfig config;
    if (usesManualActivity(talkMode())) {
        config.automaticActivityDetection = protocol::AutomaticActivityDetection {.disabled = true};
    } else {
        protocol::AutomaticActivityDetection aad;
        aad.startOfSpeechSensitivity = startSensitivity(text(u"vad/startSensitivity"_s));
        aad.endOfSpeechSensitivity = endSensitivity(text(u"vad/endSensitivity"_s));
        if (const int ms = integer(u"vad/prefixPaddingMs"_s); ms > 0)
            aad.prefixPaddingMs = ms;
        if (const int ms = integer(u"vad/silenceDurationMs"_s); ms > 0)
            aad.silenceDurationMs = ms;
        if (aad != protocol::AutomaticActivityDetection {})
            config.automaticActivityDetection = aad;
    }
    if (text(u"activityHandling"_s) == u"no-interruption")
        config.activityHandling = protocol::ActivityHandling::NoInterruption;
    return config;
}

audio::AudioEngineSettings AppSettings::audioSettings() const
{
    audio::AudioEngineSettings a;
    a.inputDeviceId = text(u"audio/inputDevice"_s).toUtf8();
    a.outputDeviceId = text(u"audio/outputDevice"_s).toUtf8();
    a.processing.echoCancellation = flag(u"audio/echoCancellation"_s);
    a.processing.noiseSuppression = flag(u"audio/noiseSuppression"_s);
    a.quietGate = flag(u"audio/quietGate"_s) ? audio::QuietGate::Mode::On
                                             : audio::QuietGate::Mode::Off;
    a.bargeIn = audio::bargeInModeFromString(text(u"bargeIn/mode"_s))
                        .value_or(audio::BargeInMode::Duck);
    const QString sensitivity = text(u"bargeIn/sensitivity"_s);
    a.sensitivity = sensitivity == u"low"    ? audio::VadSensitivity::Low
                    : sensitivity == u"high" ? audio::VadSensitivity::High
                                             : audio::VadSensitivity::Medium;
    a.speechRate = number(u"audio/speechRate"_s);
    return a;
}

protocol::MediaResolution AppSettings::mediaResolution() const
{
    const QString r = text(u"video/resolution"_s);
    if (r == u"low")
        return protocol::MediaResolution::Low;
    if (r == u"high")
        return protocol::MediaResolution::High;
    return protocol::MediaResolution::Medium;
}

video::VideoSettings AppSettings::videoSettings() const
{
    const QString r = text(u"video/resolution"_s);
    const video::MediaResolution resolution = r == u"low"    ? video::MediaResolution::Low
                                              : r == u"high" ? video::MediaResolution::High
                                                             : video::MediaResolution::Medium;
    video::VideoSettings v = video::VideoSettings::forResolution(resolution);
    v.encoder.jpegQuality = integer(u"video/jpegQuality"_s);
    v.policy.maxFps = number(u"video/maxFps"_s);
    v.policy.idleFps = std::min(v.policy.idleFps, v.policy.maxFps);
    return v;
}

TalkMode AppSettings::talkMode() const
{
    return talkModeFromString(text(u"talkMode"_s)).value_or(TalkMode::HandsFree);
}

session::Prices AppSettings::prices(const session::Prices &tablePrices) const
{
    if (!flag(u"prices/custom"_s))
        return tablePrices;
    session::Prices p = tablePrices;
    p.textInPerMillion = number(u"prices/textIn"_s);
    p.audioInPerMillion = number(u"prices/audioIn"_s);
    p.imageInPerMillion = number(u"prices/imageIn"_s);
    p.videoInPerMillion = p.imageInPerMillion;
    p.textOutPerMillion = number(u"prices/textOut"_s);
    p.audioOutPerMillion = number(u"prices/audioOut"_s);
    return p;
}

} // namespace livedesk::app
