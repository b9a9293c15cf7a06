// The interface language: installs LiveDesk's translation (built from translations/*.ts into
// :/i18n) and Qt's own, sets the layout direction (Arabic lays out right to left) and the
// default locale (times and numbers), and says when it changed so the QML engine can
// retranslate (QQmlEngine::retranslate) and C++ lists can rebuild their words.
//
// The engines' free functions translate with a context named after a type ("livedesk::session::
// SessionError") while lupdate files them under the enclosing namespace ("livedesk::session"):
// the translator looks a text up in the named context first, then in each enclosing one.
#pragma once

#include <QLocale>
#include <QObject>

#include <memory>

class QTranslator;

namespace livedesk::app {

class UiLanguage : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ isRightToLeft NOTIFY languageChanged)

public:
    // The translations this build ships ("de", "es", "fr", "ja", "zh_CN", "ar"); English is the
    // source language.
    static QStringList availableTranslations();

    explicit UiLanguage(QObject *parent = nullptr);
    ~UiLanguage() override; // removes its translators

    // "" follows the system; "en" or an available translation. Returns false for a language
    // without a translation (nothing changes).
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }
    // The language in use: "en" when the system's language has no translation.
    QString effectiveLanguage() const { return m_effective; }
    bool isRightToLeft() const;

    // For tests: translations from another folder than :/i18n.
    void setSearchPath(const QString &path) { m_searchPath = path; }

Q_SIGNALS:
    void languageChanged();

private:
    bool install(const QLocale &locale);
    void removeTranslators();

    QString m_language;
    QString m_effective = QStringLiteral("en");
    QString m_searchPath = QStringLiteral(":/i18n");
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QLocale m_systemLocale;
};

} // namespace livedesk::app
