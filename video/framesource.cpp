#include "video/framesource.h"

#include "video/logging.h"

namespace livedesk::video {

FrameSource::FrameSource(QObject *parent)
    : QObject(parent)
{ }

FrameSource::~FrameSource() = default;

void FrameSource::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &m_steadyClock;
}

void FrameSource::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool FrameSource::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    qCWarning(lcVideo).noquote() << description() << "failed:" << message;
    setState(State::Failed);
    Q_EMIT errorOccurred(error, message);
    return false;
}

void FrameSource::clearError()
{
    m_error = Error::None;
    m_errorString.clear();
}

} // namespace livedesk::video
