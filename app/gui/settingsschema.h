// Every setting the desktop app keeps, in one table: its key, type, default and the rule that
// refuses a bad value. The settings page, the QSettings store and the tests all read this table,
// so a value the page refuses is also one the store never writes, whatever the source (the page,
// an old settings file, a hand-edited one).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace livedesk::app {

enum class SettingType {
    None,
    Bool,
    Int,
    Double,
    Text, // free text with an optional check
    Choice, // one of `choices`
    TextList, // a list of texts, each checked like Text
};

// A check for a text value: empty when it is acceptable, else why not (for people).
using TextCheck = QString (*)(const QString &value);

struct SettingSpec
{
    QString key; // QSettings key, e.g. "vad/silenceDurationMs"
    SettingType type = SettingType::None;
    QVariant defaultValue;
    double minimum = 0; // Int, Double
    double maximum = 0;
    QStringList choices; // Choice
    TextCheck check = nullptr; // Text, TextList
};

const QList<SettingSpec> &settingSpecs();
const SettingSpec *findSetting(QStringView key);

// Why `value` cannot be stored under `key` (translated); empty when it can. An unknown key is an
// error too.
QString validateSetting(QStringView key, const QVariant &value);

// `value` converted to the setting's type ("42" → 42 for an Int); call after validateSetting().
QVariant normalizedSetting(const SettingSpec &spec, const QVariant &value);

// Checks shared with other parts of the app.
QString checkWebSocketUrl(const QString &url); // ws(s):// or http(s):// with a host
QString checkHttpUrl(const QString &url);
QString checkModelId(const QString &id);
QString checkLanguageCode(const QString &code); // BCP-47 such as "en-US", "de", "cmn-CN"

} // namespace livedesk::app
