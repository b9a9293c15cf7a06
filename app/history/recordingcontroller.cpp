#include "app/history/recordingcontroller.h"

#include "app/history/historyexport.h"
#include "app/logging.h"
#include "audio/audioengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace livedesk::app {

RecordingController::RecordingController(QObject *parent)
    : QObject(parent)
{
    m_clock.setInterval(kClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, [this] { Q_EMIT durationChanged(durationMs()); });
    m_transcriptWrite.setSingleShot(true);
    m_transcriptWrite.setInterval(0);
    connect(&m_transcriptWrite, &QTimer::timeout, this, &RecordingController::writeTranscript);
    connect(&m_recorder, &audio::AudioRecorder::errorOccurred, this, &RecordingController::fail);
}

RecordingController::~RecordingController()
{
    if (isRecording())
        stop();
}

QString RecordingController::defaultPath(const QDateTime &when)
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return QDir(base).filePath(
            u"LiveDesk/conversation-%1.opus"_s.arg(when.toString(u"yyyyMMdd-HHmmss"_s)));
}

void RecordingController::setAudioEngine(audio::AudioEngine *engine)
{
    if (m_engine && isRecording())
        m_engine->setRecordingTap(nullptr);
    m_engine = engine;
    if (m_engine && isRecording())
        m_engine->setRecordingTap(m_recorder.tap());
}

void RecordingController::setTranscript(Transcript *transcript)
{
    for (const auto &c : std::as_const(m_transcriptConnections))
        disconnect(c);
    m_transcriptConnections.clear();
    m_transcript = transcript;
    if (!transcript)
        return;
    auto changed = [this](int index) {
        if (isRecording() && m_transcript && index < m_transcript->items().size()
            && m_transcript->items().at(index).complete)
            m_transcriptWrite.start();
    };
    m_transcriptConnections << connect(transcript, &Transcript::itemChanged, this, changed)
                            << connect(transcript, &Transcript::itemInserted, this, changed);
}

bool RecordingController::start(const QString &requested)
{
    if (isRecording())
        return true;
    m_error.clear();
    const QString path = requested.isEmpty() ? defaultPath() : requested;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        fail(tr("Cannot create the folder for the recording %1.").arg(path));
        return false;
    }
    audio::RecordingOptions options;
    m_started = QDateTime::currentDateTime();
    options.title = tr("LiveDesk conversation, %1").arg(m_started.toString(Qt::ISODate));
    if (!m_info.mode.isEmpty())
        options.comments.append({u"LIVEDESK_MODE"_s, m_info.mode});
    if (!m_info.model.isEmpty())
        options.comments.append({u"LIVEDESK_MODEL"_s, m_info.model});
    if (!m_recorder.start(path, options)) {
        fail(m_recorder.errorString());
        return false;
    }
    if (m_engine)
        m_engine->setRecordingTap(m_recorder.tap());
    m_clock.start();
    Q_EMIT recordingChanged(true);
    Q_EMIT durationChanged(0);
    return true;
}

bool RecordingController::stop()
{
    if (!isRecording())
        return false;
    if (m_engine)
        m_engine->setRecordingTap(nullptr);
    m_clock.stop();
    m_transcriptWrite.stop();
    const QString path = m_recorder.path();
    const bool ok = m_recorder.stop();
    writeTranscript();
    Q_EMIT durationChanged(durationMs());
    Q_EMIT recordingChanged(false);
    if (ok && m_error.isEmpty())
        Q_EMIT finished(path);
    return ok && m_error.isEmpty();
}

void RecordingController::writeTranscript()
{
    if (!m_started.isValid() || m_recorder.path().isEmpty())
        return;
    HistorySessionInfo info = m_info;
    info.recordingPath = QFileInfo(m_recorder.path()).absoluteFilePath();
    if (!info.started.isValid())
        info.started = m_started;
    QString error;
    const QList<TranscriptItem> items = m_transcript ? m_transcript->items()
                                                     : QList<TranscriptItem>();
    if (!writeRecordingTranscript(m_recorder.path(), m_started, info, items, &error))
        fail(error);
}

void RecordingController::fail(const QString &message)
{
    qCWarning(lcApp, "%s", qPrintable(message));
    m_error = message;
    Q_EMIT errorOccurred(message);
    if (m_recorder.state() == audio::AudioRecorder::State::Failed) {
        if (m_engine)
            m_engine->setRecordingTap(nullptr);
        m_clock.stop();
        Q_EMIT recordingChanged(false);
    }
}

} // namespace livedesk::app
