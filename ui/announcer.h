// Says something to screen readers without moving the focus: a new reply, for instance. On
// Qt 6.8 and later through QAccessibleAnnouncementEvent (a polite announcement, as an ARIA live
// region does). Older Qt has no announcements: the item then carries the text as its accessible
// name (bind Accessible.name to `text`), and the name change is the event screen readers
// follow (AT-SPI object:property-change:accessible-name).
#pragma once

#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace livedesk::ui {

class Announcer : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text NOTIFY textChanged)
    Q_PROPERTY(int count READ count NOTIFY textChanged)

public:
    explicit Announcer(QQuickItem *parent = nullptr);
    ~Announcer() override;

    QString text() const { return m_text; }
    // How many announcements were made (for tests).
    int count() const { return m_count; }

    Q_INVOKABLE void announce(const QString &text);

Q_SIGNALS:
    void textChanged();

private:
    QString m_text;
    int m_count = 0;
};

} // namespace livedesk::ui
