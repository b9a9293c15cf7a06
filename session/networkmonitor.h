// Tells the session when the machine's network comes back, so a reconnect waiting out its
// backoff tries again at once. Uses QNetworkInformation's reachability where the platform has
// a backend (NetworkManager on Linux, the system APIs on Windows, macOS, Android); where it has
// none (a container, a minimal desktop), available() is false, the reason says why, and the
// backoff alone decides when to retry.
#pragma once

#include <QObject>
#include <QString>

namespace livedesk::session {

class NetworkMonitor : public QObject
{
    Q_OBJECT

public:
    explicit NetworkMonitor(QObject *parent = nullptr);

    bool available() const { return m_available; }
    QString description() const { return m_description; } // backend name, or why there is none
    bool isOnline() const;

Q_SIGNALS:
    // Reachability went from anything less to Online (or to Site/Local on a LAN-only setup).
    void becameReachable();
    void becameUnreachable();

private:
    bool m_available = false;
    QString m_description;
    int m_lastReachability = 0;
};

} // namespace livedesk::session
