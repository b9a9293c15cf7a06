#include "ui/systemtheme.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPalette>
#include <QStyleHints>

namespace livedesk::ui {

SystemTheme::SystemTheme(QObject *parent)
    : QObject(parent)
    , m_dark(detectDark())
{
    qApp->installEventFilter(this);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this,
            &SystemTheme::update);
#endif
}

SystemTheme::~SystemTheme()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

bool SystemTheme::detectDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Window).lightness()
           < palette.color(QPalette::WindowText).lightness();
}

bool SystemTheme::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp
        && (event->type() == QEvent::ApplicationPaletteChange
            || event->type() == QEvent::ThemeChange))
        update();
    return QObject::eventFilter(watched, event);
}

void SystemTheme::update()
{
    const bool dark = detectDark();
    if (dark == m_dark)
        return;
    m_dark = dark;
    Q_EMIT darkChanged();
}

} // namespace livedesk::ui
