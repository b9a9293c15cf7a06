// Hold-to-talk with the Space bar while the window has focus: watches the window's key events
// and reports press and release (auto-repeat ignored). Text fields keep their spaces. A pure
// view helper: Main.qml connects it to the AppController's talk control.
#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <QtQml/qqmlregistration.h>

namespace livedesk::ui {

class TalkKeyFilter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickWindow *window READ window WRITE setWindow NOTIFY windowChanged)
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(bool held READ isHeld NOTIFY heldChanged)

public:
    explicit TalkKeyFilter(QObject *parent = nullptr);
    ~TalkKeyFilter() override;

    QQuickWindow *window() const { return m_window; }
    void setWindow(QQuickWindow *window);
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    bool isHeld() const { return m_held; }

Q_SIGNALS:
    void windowChanged();
    void enabledChanged();
    void heldChanged();
    void pressed();
    void released();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool focusIsTextInput() const;
    void setHeld(bool held);

    QPointer<QQuickWindow> m_window;
    bool m_enabled = true;
    bool m_held = false;
};

} // namespace livedesk::ui
