#include "simulator/sessionstore.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace livedesk::sim {

std::shared_ptr<SessionRecord> SessionStore::create()
{
    auto session = std::make_shared<SessionRecord>();
    session->id = u"s%1"_s.arg(m_nextSession++);
    m_sessions.append(session);
    return session;
}

QString SessionStore::issueHandle(const std::shared_ptr<SessionRecord> &session,
                                  const SessionState &state, qint64 nowMs)
{
    // Opaque like the service's (base64-ish, starting "Cg"); unguessable, so tests cannot fake one.
    QByteArray raw(24, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    const QString handle = u"Cg"_s
                           + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding
                                                              | QByteArray::OmitTrailingEquals));
    m_handles.insert(handle, Handle {session, state, nowMs});
    return handle;
}

SessionStore::Resolved SessionStore::resolve(const QString &handle, qint64 nowMs,
                                             qint64 lifetimeMs) const
{
    Resolved r;
    const auto it = m_handles.constFind(handle);
    if (it == m_handles.constEnd()) {
        r.result = HandleLookup::Unknown;
        return r;
    }
    r.session = it->session.lock();
    if (!r.session) {
        r.result = HandleLookup::Unknown;
        return r;
    }
    if (r.session->ended) {
        r.result = HandleLookup::SessionEnded;
        return r;
    }
    if (r.session->connectionId != 0) {
        r.result = HandleLookup::StillConnected;
        return r;
    }
    const qint64 from = std::max(it->issuedMs, r.session->lastDisconnectMs);
    if (nowMs - from > lifetimeMs) {
        r.result = HandleLookup::Expired;
        return r;
    }
    r.result = HandleLookup::Found;
    r.state = it->state;
    return r;
}

} // namespace livedesk::sim
