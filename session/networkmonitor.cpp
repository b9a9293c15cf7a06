#include "session/networkmonitor.h"

#include "session/logging.h"

#include <QNetworkInformation>

using namespace Qt::StringLiterals;

namespace livedesk::session {

namespace {

bool reachable(QNetworkInformation::Reachability r)
{
    return r == QNetworkInformation::Reachability::Online
           || r == QNetworkInformation::Reachability::Site;
}

} // namespace

NetworkMonitor::NetworkMonitor(QObject *parent)
    : QObject(parent)
{
    // Loading is process-wide and idempotent; every session shares the one instance.
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        m_description = u"no network-information backend with reachability on this system"_s;
        qCDebug(lcSession, "%s; reconnects follow the backoff only", qPrintable(m_description));
        return;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    m_available = true;
    m_description = info->backendName();
    m_lastReachability = int(info->reachability());
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                const bool was = reachable(QNetworkInformation::Reachability(m_lastReachability));
                m_lastReachability = int(r);
                if (reachable(r) && !was)
                    Q_EMIT becameReachable();
                else if (!reachable(r) && was)
                    Q_EMIT becameUnreachable();
            });
}

bool NetworkMonitor::isOnline() const
{
    // Without a backend nothing is known: assume online and let the connection attempt tell.
    return !m_available || reachable(QNetworkInformation::Reachability(m_lastReachability))
           || m_lastReachability == int(QNetworkInformation::Reachability::Unknown);
}

} // namespace livedesk::session
