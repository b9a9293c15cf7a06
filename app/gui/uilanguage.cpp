#include "app/gui/uilanguage.h"

#include "app/logging.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

class ContextFallbackTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override
    {
        QString result = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!result.isNull() || !context)
            return result;
        QByteArray scope(context);
        for (qsizetype cut = scope.lastIndexOf("::"); cut > 0; cut = scope.lastIndexOf("::")) {
            scope.truncate(cut);
            result = QTranslator::translate(scope.constData(), sourceText, disambiguation, n);
            if (!result.isNull())
                return result;
        }
        return result;
    }
};

// The translations write numbers in Western digits ("from -60 to 0 dB"), and so does
// QString::arg. QLocale's Arabic (ar_EG, ar_SA, ...) writes Arabic-Indic digits with a minus that
// an Arabic letter mark puts after them ("٢٢-"): one screen showed both digit systems, and minus
// signs on both sides. Arabic keeps its words, months and layout, and writes numbers as the
// Emirates' Arabic does: Western digits, a minus held left of them by a left-to-right mark.
QLocale withTranslationDigits(const QLocale &locale)
{
    if (locale.language() == QLocale::Arabic && locale.zeroDigit() != u"0")
        return QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates);
    return locale;
}

} // namespace

QStringList UiLanguage::availableTranslations()
{
    return {u"de"_s, u"es"_s, u"fr"_s, u"ja"_s, u"zh_CN"_s, u"ar"_s};
}

UiLanguage::UiLanguage(QObject *parent)
    : QObject(parent)
    , m_systemLocale(QLocale::system())
{ }

UiLanguage::~UiLanguage()
{
    removeTranslators();
}

void UiLanguage::removeTranslators()
{
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator.get());
        m_appTranslator.reset();
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
        m_qtTranslator.reset();
    }
}

bool UiLanguage::install(const QLocale &locale)
{
    auto app = std::make_unique<ContextFallbackTranslator>();
    if (!app->load(locale, u"livedesk"_s, u"_"_s, m_searchPath))
        return false;
    removeTranslators();
    m_appTranslator = std::move(app);
    QCoreApplication::installTranslator(m_appTranslator.get());
    // Qt's own strings (standard buttons, the file dialog) where Qt ships them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtTranslator = std::move(qt);
        QCoreApplication::installTranslator(m_qtTranslator.get());
    }
    return true;
}

bool UiLanguage::setLanguage(const QString &code)
{
    if (!code.isEmpty() && code != u"en" && !availableTranslations().contains(code))
        return false;

    QString effective = u"en"_s;
    QLocale locale = code.isEmpty() ? m_systemLocale : QLocale(code);
    if (code == u"en") {
        // The source strings, with English plural forms ("1 day", "2 days") where there are.
        if (!install(locale))
            removeTranslators();
    } else if (install(locale)) {
        effective = code.isEmpty() ? locale.name() : code;
        // "de_DE" from the system: name the translation that matched.
        for (const QString &t : availableTranslations() + QStringList {u"en"_s}) {
            if (effective.startsWith(t))
                effective = t;
        }
    } else {
        if (!code.isEmpty())
            qCWarning(lcApp) << "no translation loaded for" << code;
        removeTranslators();
        if (!code.isEmpty())
            return false;
    }
    m_language = code;
    m_effective = effective;
    QLocale::setDefault(withTranslationDigits(code.isEmpty() ? m_systemLocale : locale));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QGuiApplication::setLayoutDirection(isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    }
    Q_EMIT languageChanged();
    return true;
}

bool UiLanguage::isRightToLeft() const
{
    return QLocale(m_effective).textDirection() == Qt::RightToLeft;
}

} // namespace livedesk::app
