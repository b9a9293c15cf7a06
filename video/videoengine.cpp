#include "video/videoengine.h"

#include "video/imageconvert.h"
#include "video/logging.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <atomic>
#include <climits>
#include <functional>
#include <optional>

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#endif

using namespace Qt::StringLiterals;

namespace livedesk::video {

namespace {

// A queued call, built whole before it is posted. Qt orders a posted event after everything its
// poster did (QCoreApplication::postEvent's mutex), but Qt is not built with ThreadSanitizer, so
// under TSan the hand-over is declared on the event's address. It cannot be a lambda given to
// QMetaObject::invokeMethod: Qt builds the slot object holding the lambda inside that call, after
// any release we could declare, and TSan then saw the worker's read of it race with its making
// whenever the worker was already awake (tst_videoengine pauseDiscardsAFrameInFlight, CI).
class TaskEvent final : public QEvent
{
public:
    explicit TaskEvent(std::function<void()> task)
        : QEvent(eventType())
        , task(std::move(task))
    { }

    static QEvent::Type eventType()
    {
        static const auto type = QEvent::Type(QEvent::registerEventType());
        return type;
    }

    std::function<void()> task;
};

// Runs the TaskEvents posted to it on its own thread.
class TaskContext final : public QObject
{
public:
    bool event(QEvent *event) override
    {
#if defined(__SANITIZE_THREAD__)
        __tsan_acquire(event);
#endif
        if (event->type() != TaskEvent::eventType())
            return QObject::event(event);
        static_cast<TaskEvent *>(event)->task();
        return true;
    }
};

void postQueued(TaskContext *context, std::function<void()> task)
{
    auto *event = new TaskEvent(std::move(task));
#if defined(__SANITIZE_THREAD__)
    __tsan_release(event);
#endif
    QCoreApplication::postEvent(context, event); // takes ownership
}

// The one-slot hand-over between any submitting thread and the worker. `epoch` changes on
// every start, pause, resume and stop: frames and results from an older epoch are discarded,
// which is what makes pause() immediate even for a frame already being encoded.
struct Mailbox
{
    QMutex mutex;
    std::optional<CapturedFrame> pending;
    quint64 pendingEpoch = 0;
    bool drainPosted = false;

    std::atomic<quint64> epoch {0};
    std::atomic<bool> accepting {false};
    std::atomic<qint64> captured {0};
    std::atomic<qint64> dropped {0};
};

// Lives on the worker thread; only lambdas posted to `context` touch the pipeline.
struct Worker
{
    TaskContext context;
    FramePipeline pipeline;
};

} // namespace

struct VideoEngine::Private
{
    VideoEngine *q = nullptr;
    SteadyClock steadyClock;
    const Clock *clock = &steadyClock;
    VideoSettings settings;
    QPointer<FrameSource> source;

    State state = State::Idle;
    QString errorString;

    VideoStatistics counters; // the main-thread part; captured/dropped live in the mailbox
    EncodedFrame lastFrame;
    mutable QImage preview;
    mutable bool previewValid = false;
    QString lastPipelineError;
    // The main thread's end of postQueued(); it lives on the thread that made the engine.
    TaskContext mainContext;

    std::unique_ptr<Mailbox> mailbox = std::make_unique<Mailbox>();
    QThread thread;
    // Destroyed after the thread has been joined (~VideoEngine); tasks still queued for it are
    // dropped with its context object, so they hold plain pointers, never ownership.
    std::unique_ptr<Worker> worker = std::make_unique<Worker>();

    QTimer requestTimer;
    qint64 requestDueMs = 0;
    std::optional<qint64> lastSentMs;

    qint64 minIntervalMs() const { return FramePolicy(settings.policy).minIntervalMs(); }

    void setState(State newState)
    {
        if (state == newState)
            return;
        state = newState;
        qCInfo(lcVideo) << "video" << newState;
        Q_EMIT q->stateChanged(newState);
    }

    void postToWorker(std::function<void(FramePipeline &)> task)
    {
        postQueued(&worker->context,
                   [w = worker.get(), task = std::move(task)] { task(w->pipeline); });
    }

    // Starts a new epoch: whatever is waiting or in flight is forgotten.
    void newEpoch(bool accepting)
    {
        QMutexLocker locker(&mailbox->mutex);
        mailbox->epoch.fetch_add(1);
        mailbox->pending.reset();
        mailbox->accepting.store(accepting);
    }

    void drain();
    void handleResult(const PipelineResult &result, quint64 epoch);
    void scheduleRequest(qint64 dueMs);
    void onRequestTimer();
    void onSourceState(FrameSource::State sourceState);
    void onSourceError(const QString &message);
    void beginSharing();
};

void VideoEngine::Private::drain()
{
    // Worker thread.
    for (;;) {
        CapturedFrame frame;
        quint64 frameEpoch = 0;
        {
            QMutexLocker locker(&mailbox->mutex);
            if (!mailbox->pending) {
                mailbox->drainPosted = false;
                return;
            }
            frame = std::move(*mailbox->pending);
            mailbox->pending.reset();
            frameEpoch = mailbox->pendingEpoch;
        }
        if (frameEpoch != mailbox->epoch.load())
            continue;
        PipelineResult result = worker->pipeline.process(frame);
        postQueued(&mainContext, [this, result = std::move(result), frameEpoch] {
            handleResult(result, frameEpoch);
        });
    }
}

void VideoEngine::Private::handleResult(const PipelineResult &result, quint64 epoch)
{
    if (result.evaluated)
        ++counters.framesEvaluated;
    if (epoch != mailbox->epoch.load() || state != State::Sharing) {
        if (result.sent())
            qCDebug(lcVideo) << "discarded frame" << result.frame.sequence
                             << "encoded before pause/stop";
        Q_EMIT q->statisticsChanged();
        return;
    }
    if (!result.error.isEmpty() && result.error != lastPipelineError)
        qCWarning(lcVideo).noquote() << "frame not sent:" << result.error;
    lastPipelineError = result.error;

    if (result.sent()) {
        const EncodedFrame &frame = result.frame;
        ++counters.framesSent;
        counters.bytesSent += frame.jpeg.size();
        counters.estimatedTokens += frame.estimatedTokens;
        lastFrame = frame;
        previewValid = false;
        lastSentMs = frame.captureTimestampMs;
        const qint64 nextMs = frame.captureTimestampMs + minIntervalMs();
        if (requestTimer.isActive() && requestDueMs < nextMs)
            scheduleRequest(nextMs);
        qCDebug(lcVideo) << "frame" << frame.sequence << frame.reason << frame.sizePx
                         << frame.jpeg.size() << "bytes";
        Q_EMIT q->frameEncoded(frame);
        Q_EMIT q->lastFrameChanged();
    } else if (result.decision.skip == SkipReason::Unchanged
               || result.decision.skip == SkipReason::IdleRate) {
        ++counters.framesSkippedUnchanged;
    }
    Q_EMIT q->statisticsChanged();
}

void VideoEngine::Private::scheduleRequest(qint64 dueMs)
{
    requestDueMs = dueMs;
    const qint64 delayMs = std::max<qint64>(0, dueMs - clock->nowMs());
    requestTimer.start(int(std::min<qint64>(delayMs, INT_MAX)));
}

void VideoEngine::Private::onRequestTimer()
{
    if (state != State::Sharing || !source || source->state() != FrameSource::State::Active)
        return;
    const qint64 nowMs = clock->nowMs();
    if (nowMs < requestDueMs) { // timers may wake a little early; the policy would refuse
        scheduleRequest(requestDueMs);
        return;
    }
    // Next request first: the source may answer synchronously, and a sent frame reschedules.
    scheduleRequest(nowMs + minIntervalMs());
    source->requestFrame();
}

void VideoEngine::Private::onSourceState(FrameSource::State sourceState)
{
    if (state != State::Sharing)
        return;
    switch (sourceState) {
    case FrameSource::State::Active:
        scheduleRequest(clock->nowMs());
        break;
    case FrameSource::State::Finished: {
        requestTimer.stop();
        // Ask the worker to answer once it has handled everything before this point.
        const quint64 epoch = mailbox->epoch.load();
        postQueued(&worker->context, [this, epoch] {
            postQueued(&mainContext, [this, epoch] {
                if (epoch != mailbox->epoch.load() || state != State::Sharing)
                    return;
                newEpoch(false);
                setState(State::Idle);
                Q_EMIT q->finished();
            });
        });
        break;
    }
    case FrameSource::State::Idle:
    case FrameSource::State::Starting:
    case FrameSource::State::Failed:
        break;
    }
}

void VideoEngine::Private::onSourceError(const QString &message)
{
    if (state == State::Idle)
        return;
    requestTimer.stop();
    newEpoch(false);
    errorString = message;
    setState(State::Failed);
    Q_EMIT q->errorOccurred(message);
}

void VideoEngine::Private::beginSharing()
{
    lastSentMs.reset();
    lastPipelineError.clear();
    newEpoch(true);
    postToWorker([](FramePipeline &pipeline) { pipeline.reset(); });
    setState(State::Sharing);
    if (source && source->state() == FrameSource::State::Active)
        scheduleRequest(clock->nowMs());
}

VideoEngine::VideoEngine(QObject *parent)
    : VideoEngine(nullptr, parent)
{ }

VideoEngine::VideoEngine(const Clock *clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    if (clock)
        d->clock = clock;
    d->worker->pipeline.setSettings(d->settings);
    d->worker->context.moveToThread(&d->thread);
    d->thread.setObjectName(u"livedesk-video"_s);
    d->thread.start();
    d->requestTimer.setSingleShot(true);
    d->requestTimer.setTimerType(Qt::PreciseTimer);
    connect(&d->requestTimer, &QTimer::timeout, this, [this] { d->onRequestTimer(); });
}

VideoEngine::~VideoEngine()
{
    d->newEpoch(false);
    if (d->source)
        d->source->disconnect(this);
    d->thread.quit();
    d->thread.wait();
}

void VideoEngine::setSettings(const VideoSettings &settings)
{
    const qint64 oldIntervalMs = d->minIntervalMs();
    d->settings = settings;
    d->postToWorker([settings](FramePipeline &pipeline) { pipeline.setSettings(settings); });
    if (d->requestTimer.isActive() && d->minIntervalMs() != oldIntervalMs)
        d->scheduleRequest(d->requestDueMs - oldIntervalMs + d->minIntervalMs());
}

VideoSettings VideoEngine::settings() const
{
    return d->settings;
}

void VideoEngine::setSource(FrameSource *source)
{
    if (d->source == source)
        return;
    if (d->source) {
        d->source->disconnect(this);
        if (d->state == State::Sharing || d->state == State::Paused)
            stop();
    }
    d->source = source;
    if (!source)
        return;
    source->setClock(d->clock);
    // Direct: submitFrame() is thread-safe and only hands the frame over.
    connect(source, &FrameSource::frameCaptured, this, &VideoEngine::submitFrame,
            Qt::DirectConnection);
    connect(source, &FrameSource::stateChanged, this,
            [this](FrameSource::State state) { d->onSourceState(state); });
    connect(source, &FrameSource::errorOccurred, this,
            [this](FrameSource::Error, const QString &message) { d->onSourceError(message); });
}

FrameSource *VideoEngine::source() const
{
    return d->source;
}

const Clock *VideoEngine::clock() const
{
    return d->clock;
}

VideoEngine::State VideoEngine::state() const
{
    return d->state;
}

QString VideoEngine::errorString() const
{
    return d->errorString;
}

VideoStatistics VideoEngine::statistics() const
{
    VideoStatistics statistics = d->counters;
    statistics.framesCaptured = d->mailbox->captured.load();
    statistics.framesDroppedBusy = d->mailbox->dropped.load();
    return statistics;
}

qint64 VideoEngine::framesSent() const
{
    return d->counters.framesSent;
}

qint64 VideoEngine::bytesSent() const
{
    return d->counters.bytesSent;
}

qint64 VideoEngine::estimatedTokens() const
{
    return d->counters.estimatedTokens;
}

EncodedFrame VideoEngine::lastFrame() const
{
    return d->lastFrame;
}

QImage VideoEngine::lastFramePreview() const
{
    if (!d->previewValid) {
        d->preview = {};
        const QByteArray &jpeg = d->lastFrame.jpeg;
        if (!jpeg.isEmpty()) {
            try {
                const cv::Mat raw(1, int(jpeg.size()), CV_8UC1,
                                  const_cast<char *>(jpeg.constData()));
                d->preview = matToImage(cv::imdecode(raw, cv::IMREAD_UNCHANGED));
            } catch (const cv::Exception &e) {
                qCWarning(lcVideo) << "preview decode failed:" << e.what();
            }
        }
        d->previewValid = true;
    }
    return d->preview;
}

void VideoEngine::start()
{
    if (d->state == State::Sharing)
        return;
    if (d->state == State::Paused) {
        resume();
        return;
    }
    d->errorString.clear();
    d->beginSharing();
    if (d->source && d->source->state() != FrameSource::State::Active)
        d->source->start(); // may fail at once: onSourceError() then sets Failed
}

void VideoEngine::stop()
{
    d->requestTimer.stop();
    d->newEpoch(false);
    if (d->source)
        d->source->stop();
    d->setState(State::Idle);
}

void VideoEngine::pause()
{
    if (d->state != State::Sharing)
        return;
    d->requestTimer.stop();
    d->newEpoch(false);
    d->setState(State::Paused);
}

void VideoEngine::resume()
{
    if (d->state != State::Paused)
        return;
    d->beginSharing();
}

void VideoEngine::notifySpeechStarted()
{
    const qint64 nowMs = d->clock->nowMs();
    d->postToWorker([nowMs](FramePipeline &pipeline) { pipeline.speechStarted(nowMs); });
    if (d->state != State::Sharing || !d->source)
        return;
    // A fresh picture of what the user is talking about, as soon as the rate limit allows.
    const qint64 dueMs = d->lastSentMs ? std::max(nowMs, *d->lastSentMs + d->minIntervalMs())
                                       : nowMs;
    if (!d->requestTimer.isActive() || dueMs < d->requestDueMs)
        d->scheduleRequest(dueMs);
}

void VideoEngine::notifySpeechEnded()
{
    const qint64 nowMs = d->clock->nowMs();
    d->postToWorker([nowMs](FramePipeline &pipeline) { pipeline.speechEnded(nowMs); });
}

void VideoEngine::submitFrame(const CapturedFrame &frame)
{
    Mailbox &mailbox = *d->mailbox;
    if (!mailbox.accepting.load() || frame.isNull())
        return;
    mailbox.captured.fetch_add(1);
    bool post = false;
    {
        QMutexLocker locker(&mailbox.mutex);
        if (!mailbox.accepting.load())
            return;
        if (mailbox.pending)
            mailbox.dropped.fetch_add(1);
        mailbox.pending = frame;
        mailbox.pendingEpoch = mailbox.epoch.load();
        post = !mailbox.drainPosted;
        mailbox.drainPosted = true;
    }
    if (post)
        postQueued(&d->worker->context, [this] { d->drain(); });
}

} // namespace livedesk::video
