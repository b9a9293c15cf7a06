#include "ui/talkkeyfilter.h"

#include <QKeyEvent>
#include <QQuickItem>

namespace livedesk::ui {

TalkKeyFilter::TalkKeyFilter(QObject *parent)
    : QObject(parent)
{ }

TalkKeyFilter::~TalkKeyFilter()
{
    if (m_window)
        m_window->removeEventFilter(this);
}

void TalkKeyFilter::setWindow(QQuickWindow *window)
{
    if (window == m_window)
        return;
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (m_window)
        m_window->installEventFilter(this);
    Q_EMIT windowChanged();
}

void TalkKeyFilter::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!enabled && m_held) {
        setHeld(false);
        Q_EMIT released();
    }
    Q_EMIT enabledChanged();
}

void TalkKeyFilter::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    Q_EMIT heldChanged();
}

bool TalkKeyFilter::focusIsTextInput() const
{
    const QQuickItem *item = m_window ? m_window->activeFocusItem() : nullptr;
    return item && (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"));
}

bool TalkKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::FocusOut || event->type() == QEvent::Hide) {
        // The key may be released elsewhere: the turn must not stay open.
        if (m_held) {
            setHeld(false);
            Q_EMIT released();
        }
        return false;
    }
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Space || key->modifiers() != Qt::NoModifier)
        return false;
    if (!m_enabled || (!m_held && focusIsTextInput()))
        return false;
    if (key->isAutoRepeat())
        return true;
    if (event->type() == QEvent::KeyPress && !m_held) {
        setHeld(true);
        Q_EMIT pressed();
    } else if (event->type() == QEvent::KeyRelease && m_held) {
        setHeld(false);
        Q_EMIT released();
    }
    return true;
}

} // namespace livedesk::ui
