#include "audio/recording.h"

#include "audio/blockingcall.h"
#include "audio/logging.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <vector>

#if LIVEDESK_HAVE_OPUSENC
#include <opusenc.h>
#endif

using namespace Qt::StringLiterals;

namespace livedesk::audio {

// The encoder side: lives on the recorder's thread, owns the file and the libopusenc encoder.
class RecordingWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr size_t kBlockFrames = 1600; // 100 ms per encoder call

    explicit RecordingWriter(std::shared_ptr<RecordingTap> tap)
        : m_tap(std::move(tap))
        , m_timer(this)
        , m_scratch(kBlockFrames * RecordingTap::kChannels)
    {
        connect(&m_timer, &QTimer::timeout, this, [this] { drain(); });
    }

    ~RecordingWriter() override { closeEncoder(); }

    bool open(const QString &path, const RecordingOptions &options, QString *error);
    // Encodes what is in the tap, then ends the stream and closes the file.
    bool finish(QString *error);

    std::atomic<qint64> framesEncoded {0};
    std::atomic<qint64> bytesWritten {0};
    std::atomic<qint64> encodeNs {0};

Q_SIGNALS:
    void failed(const QString &message);

private:
    bool drain();
    void closeEncoder();
    void fail(const QString &message);
    // Keeps the file's first error (disk full): closing the file forgets it. A write that the
    // disk cut short carries no reason (Qt sets none for a partial write: "Unknown error"); the
    // next attempt to write the rest fails with the system's ("No space left on device").
    void noteIoError()
    {
        if (!m_ioError.isEmpty())
            return;
        if (m_file.isOpen())
            m_file.flush();
        m_ioError = m_file.errorString();
    }
    QString ioError() const { return m_ioError.isEmpty() ? m_file.errorString() : m_ioError; }

#if LIVEDESK_HAVE_OPUSENC
    static int writeCallback(void *user, const unsigned char *data, opus_int32 length)
    {
        auto *self = static_cast<RecordingWriter *>(user);
        const qint64 written = self->m_file.write(reinterpret_cast<const char *>(data), length);
        if (written != length) {
            self->noteIoError();
            return 1;
        }
        self->bytesWritten.fetch_add(length, std::memory_order_relaxed);
        return 0;
    }
    static int closeCallback(void *user)
    {
        auto *self = static_cast<RecordingWriter *>(user);
        const bool flushed = self->m_file.flush();
        if (!flushed)
            self->noteIoError();
        self->m_file.close();
        return flushed ? 0 : 1;
    }

    OggOpusEnc *m_encoder = nullptr;
#endif
    std::shared_ptr<RecordingTap> m_tap;
    QFile m_file;
    QTimer m_timer;
    std::vector<int16_t> m_scratch;
    bool m_failed = false;
    QString m_error; // why it failed
    QString m_ioError;
};

bool RecordingWriter::open(const QString &path, const RecordingOptions &options, QString *error)
{
#if LIVEDESK_HAVE_OPUSENC
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Cannot create the recording %1: %2").arg(path, m_file.errorString());
        return false;
    }
    OggOpusComments *comments = ope_comments_create();
    auto add = [comments](const QString &tag, const QString &value) {
        if (!value.isEmpty())
            ope_comments_add(comments, tag.toUtf8().constData(), value.toUtf8().constData());
    };
    add(u"TITLE"_s, options.title);
    add(u"DATE"_s,
        options.date.isEmpty() ? QDateTime::currentDateTime().toString(Qt::ISODate) : options.date);
    add(u"ENCODER"_s, u"LiveDesk"_s);
    // Which side is which, for whoever opens the file without our documentation.
    add(u"DESCRIPTION"_s,
        u"Left channel: the user (microphone after echo cancellation). Right channel: the model, "
        "as played."_s);
    for (const auto &[tag, value] : options.comments)
        add(tag, value);

    const OpusEncCallbacks callbacks {&RecordingWriter::writeCallback,
                                      &RecordingWriter::closeCallback};
    int status = OPE_OK;
    // Mapping family 0: plain stereo, which every Opus player opens.
    m_encoder = ope_encoder_create_callbacks(&callbacks, this, comments, RecordingTap::kSampleRate,
                                             RecordingTap::kChannels, 0, &status);
    ope_comments_destroy(comments);
    if (!m_encoder) {
        *error = tr("Cannot start the Opus encoder: %1").arg(QString::fromUtf8(ope_strerror(status)));
        m_file.close();
        QFile::remove(path);
        return false;
    }
    ope_encoder_ctl(m_encoder, OPUS_SET_BITRATE(options.bitrateBps));
    ope_encoder_ctl(m_encoder, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
    // Keep the channels apart: the left and right sides are different people, not a stereo
    // image, so no intensity stereo or width reduction may mix them.
    ope_encoder_ctl(m_encoder, OPUS_SET_FORCE_CHANNELS(2));
    // Pages at most half a second apart, so a killed process loses little.
    ope_encoder_ctl(m_encoder, OPE_SET_MUXING_DELAY(24000));
    if (ope_encoder_flush_header(m_encoder) != OPE_OK || !m_file.flush()) {
        *error = tr("Cannot write the recording %1: %2").arg(path, m_file.errorString());
        closeEncoder();
        return false;
    }
    m_timer.start(AudioRecorder::kDrainIntervalMs);
    return true;
#else
    Q_UNUSED(path)
    Q_UNUSED(options)
    *error = AudioRecorder::unavailableReason();
    return false;
#endif
}

bool RecordingWriter::drain()
{
#if LIVEDESK_HAVE_OPUSENC
    if (!m_encoder || m_failed)
        return false;
    for (;;) {
        const size_t frames = m_tap->read(m_scratch);
        if (frames == 0)
            break;
        QElapsedTimer clock;
        clock.start();
        const int status = ope_encoder_write(m_encoder, m_scratch.data(), int(frames));
        encodeNs.fetch_add(clock.nsecsElapsed(), std::memory_order_relaxed);
        if (status != OPE_OK) {
            fail(tr("Writing the recording %1 failed: %2")
                         .arg(m_file.fileName(),
                              !m_ioError.isEmpty() ? m_ioError
                                                   : QString::fromUtf8(ope_strerror(status))));
            return false;
        }
        framesEncoded.fetch_add(qint64(frames), std::memory_order_relaxed);
    }
    // Hand the pages to the OS, so a crash of this process keeps them.
    if (!m_file.flush()) {
        noteIoError();
        fail(tr("Writing the recording %1 failed: %2").arg(m_file.fileName(), ioError()));
        return false;
    }
    return true;
#else
    return false;
#endif
}

bool RecordingWriter::finish(QString *error)
{
    m_timer.stop();
#if LIVEDESK_HAVE_OPUSENC
    if (!m_encoder || !drain()) {
        // The reason was kept when it happened: closing the file forgets its error ("Unknown
        // error").
        if (m_failed)
            *error = m_error;
        closeEncoder();
        return !m_failed;
    }
    if (framesEncoded.load(std::memory_order_relaxed) == 0) {
        // libopusenc 0.2 asserts when draining a stream that never had audio: give it one
        // packet of silence, so an empty recording is still a valid file.
        const std::vector<int16_t> silence(320 * RecordingTap::kChannels, 0);
        ope_encoder_write(m_encoder, silence.data(), 320);
    }
    const int status = ope_encoder_drain(m_encoder);
    // ope_encoder_destroy() calls the close callback, which flushes and closes the file.
    const bool flushed = status == OPE_OK;
    const QString name = m_file.fileName();
    ope_encoder_destroy(m_encoder);
    m_encoder = nullptr;
    if (!flushed || !m_ioError.isEmpty()) {
        *error = tr("Finishing the recording %1 failed: %2")
                         .arg(name, !m_ioError.isEmpty() ? m_ioError
                                                         : QString::fromUtf8(ope_strerror(status)));
        return false;
    }
    return true;
#else
    Q_UNUSED(error)
    return false;
#endif
}

void RecordingWriter::closeEncoder()
{
#if LIVEDESK_HAVE_OPUSENC
    if (m_encoder) {
        ope_encoder_destroy(m_encoder);
        m_encoder = nullptr;
    }
#endif
    if (m_file.isOpen())
        m_file.close();
}

void RecordingWriter::fail(const QString &message)
{
    m_failed = true;
    m_error = message;
    m_timer.stop();
    closeEncoder();
    Q_EMIT failed(message);
}

// --- AudioRecorder ---------------------------------------------------------------------------

AudioRecorder::AudioRecorder(QObject *parent)
    : QObject(parent)
{ }

AudioRecorder::~AudioRecorder()
{
    stop();
}

bool AudioRecorder::isAvailable()
{
    return LIVEDESK_HAVE_OPUSENC;
}

QString AudioRecorder::unavailableReason()
{
    if (isAvailable())
        return {};
    return tr("Recording is unavailable: LiveDesk was built without the libopusenc library.");
}

bool AudioRecorder::start(const QString &path, const RecordingOptions &options)
{
    if (m_state == State::Recording) {
        m_error = tr("A recording is already running (%1).").arg(m_path);
        return false;
    }
    m_error.clear();
    m_path = path;
    m_finalStats = {};
    if (!isAvailable()) {
        m_error = unavailableReason();
        setState(State::Failed);
        return false;
    }
    auto tap = std::make_shared<RecordingTap>(options.bufferSeconds);
    m_thread = new QThread;
    m_thread->setObjectName(u"ld-rec-enc"_s);
    m_thread->start();
    m_writer = new RecordingWriter(tap);
    m_writer->moveToThread(m_thread);
    connect(m_writer, &RecordingWriter::failed, this, &AudioRecorder::onWriteFailed);

    bool opened = false;
    QString error;
    invokeBlocking(m_writer, [&] { opened = m_writer->open(path, options, &error); });
    if (!opened) {
        // Deleted on its own thread (its timer lives there), before the thread ends.
        invokeBlocking(m_writer, [w = m_writer] { delete w; });
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_writer = nullptr;
        m_error = error;
        setState(State::Failed);
        return false;
    }
    m_tap = std::move(tap);
    qCInfo(lcAudio, "recording to %s", qPrintable(path));
    setState(State::Recording);
    return true;
}

bool AudioRecorder::stop()
{
    if (!m_thread)
        return m_state != State::Failed;
    bool finished = false;
    QString error;
    invokeBlocking(m_writer, [&] { finished = m_writer->finish(&error); });
    const RecordingStats last = stats();
    invokeBlocking(m_writer, [w = m_writer] { delete w; });
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_writer = nullptr;
    m_finalStats = last;
    m_tap.reset();
    if (!finished && m_state != State::Failed) {
        m_error = error;
        setState(State::Failed);
        Q_EMIT errorOccurred(error);
        return false;
    }
    if (m_state == State::Failed)
        return false;
    qCInfo(lcAudio, "recording %s finished: %.1f s", qPrintable(m_path),
           double(last.framesEncoded) / kSampleRate);
    setState(State::Idle);
    return true;
}

qint64 AudioRecorder::durationMs() const
{
    return stats().framesEncoded * 1000 / kSampleRate;
}

RecordingStats AudioRecorder::stats() const
{
    if (!m_writer)
        return m_finalStats;
    RecordingStats s;
    s.framesEncoded = m_writer->framesEncoded.load(std::memory_order_relaxed);
    s.bytesWritten = m_writer->bytesWritten.load(std::memory_order_relaxed);
    s.encodeNs = m_writer->encodeNs.load(std::memory_order_relaxed);
    if (m_tap) {
        s.droppedFrames = qint64(m_tap->droppedFrames());
        s.farSkippedSamples = qint64(m_tap->farSkippedSamples());
    }
    return s;
}

void AudioRecorder::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AudioRecorder::onWriteFailed(const QString &message)
{
    // stop() may have reported it already (the writer's signal is queued).
    if (m_state != State::Recording)
        return;
    qCWarning(lcAudio, "%s", qPrintable(message));
    m_error = message;
    setState(State::Failed);
    Q_EMIT errorOccurred(message);
}

} // namespace livedesk::audio

#include "recording.moc"
