#include "ui/announcer.h"

#include <QAccessible>

namespace livedesk::ui {

Announcer::Announcer(QQuickItem *parent)
    : QQuickItem(parent)
{ }

Announcer::~Announcer() = default;

void Announcer::announce(const QString &text)
{
    const QString simple = text.simplified();
    if (simple.isEmpty())
        return;
    ++m_count;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_text = simple;
    QAccessibleAnnouncementEvent event(this, simple);
    event.setPoliteness(QAccessible::AnnouncementPoliteness::Polite);
    QAccessible::updateAccessibility(&event);
#else
    // The same words twice would be no name change, hence no event: a zero-width space tells
    // them apart and is not read out.
    m_text = simple == m_text ? simple + QChar(0x200B) : simple;
#endif
    Q_EMIT textChanged();
}

} // namespace livedesk::ui
