// Whether the desktop uses a dark colour scheme, for the Theme singleton: the style hints on
// Qt 6.5 and later, the application palette's window colour before that. Follows changes.
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace livedesk::ui {

class SystemTheme : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool dark READ isDark NOTIFY darkChanged)

public:
    explicit SystemTheme(QObject *parent = nullptr);
    ~SystemTheme() override;

    bool isDark() const { return m_dark; }

Q_SIGNALS:
    void darkChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    static bool detectDark();

    bool m_dark = false;
};

} // namespace livedesk::ui
