#include "app/gui/listensources.h"

#include "app/gui/appsettings.h"

#include <QAudioDevice>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMediaDevices>
#include <QProcess>
#include <QThread>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

constexpr int kDeviceAppearMs = 5000;

bool hasDevice(const QList<QAudioDevice> &devices, const QByteArray &id)
{
    return std::any_of(devices.cbegin(), devices.cend(),
                       [&id](const QAudioDevice &d) { return d.id() == id; });
}

} // namespace

ListenRouting ListenRouting::fromSettings(const AppSettings &settings)
{
    ListenRouting routing;
    routing.sourceId = settings.text(u"translation/listen"_s);
    routing.virtualMicrophone = settings.flag(u"translation/virtualMicrophone"_s);
    if (settings.flag(u"translation/hearOriginal"_s))
        routing.hearOriginalDb = settings.number(u"translation/originalDb"_s);
    routing.sendOriginal = settings.flag(u"translation/sendOriginal"_s);
    return routing;
}

ListenSourceModel::ListenSourceModel(Watch watch, QObject *parent)
    : QAbstractListModel(parent)
{
    if (watch == Watch::Off)
        return;
    m_available = PulseRoutes::checkAvailable().isEmpty();
    if (!m_available)
        return;
    // Devices a LiveDesk that was killed left behind go at the next start.
    PulseRoutes::removeStale();
    m_subscription = new QProcess(this);
    connect(m_subscription, &QProcess::readyReadStandardOutput, this, [this] {
        bool streams = false;
        while (m_subscription->canReadLine())
            streams = m_subscription->readLine().contains("sink-input") || streams;
        if (streams)
            refresh();
    });
    m_subscription->start(u"pactl"_s, {u"subscribe"_s});
    refresh();
}

ListenSourceModel::~ListenSourceModel()
{
    release();
    if (m_subscription) {
        m_subscription->disconnect(this);
        m_subscription->kill();
        m_subscription->waitForFinished(1000);
    }
}

int ListenSourceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_available ? 2 + int(m_applications.size()) : 1;
}

QVariant ListenSourceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    if (role == SourceIdRole)
        return idAt(row);
    if (role != NameRole && role != Qt::DisplayRole)
        return {};
    if (row == 0)
        return tr("Microphone");
    if (row == 1)
        return tr("Everything the computer plays");
    return m_applications.at(row - 2);
}

QHash<int, QByteArray> ListenSourceModel::roleNames() const
{
    return {{SourceIdRole, "sourceId"}, {NameRole, "name"}};
}

int ListenSourceModel::indexOfId(const QString &sourceId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (idAt(row) == sourceId)
            return row;
    }
    return -1;
}

QString ListenSourceModel::idAt(int row) const
{
    if (row == 0)
        return u"mic"_s;
    if (row == 1 && m_available)
        return u"system"_s;
    if (row >= 2 && row - 2 < m_applications.size())
        return u"app:"_s + m_applications.at(row - 2);
    return {};
}

void ListenSourceModel::refresh()
{
    if (!m_available)
        return;
    if (m_listing) {
        m_refreshAgain = true;
        return;
    }
    m_listing = new QProcess(this);
    connect(m_listing, &QProcess::finished, this, [this] {
        QProcess *done = std::exchange(m_listing, nullptr);
        if (done->exitCode() == 0)
            onStreams(done->readAllStandardOutput());
        done->deleteLater();
        if (std::exchange(m_refreshAgain, false))
            refresh();
    });
    m_listing->start(u"pactl"_s, {u"-f"_s, u"json"_s, u"list"_s, u"sink-inputs"_s});
}

void ListenSourceModel::onStreams(const QByteArray &json)
{
    QStringList names;
    const qint64 pid = QCoreApplication::applicationPid();
    for (const auto &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject p = v.toObject().value(u"properties"_s).toObject();
        const QString name = p.value(u"application.name"_s).toString();
        // LiveDesk's own streams and loopbacks are not something to translate.
        if (name.isEmpty() || p.contains(u"livedesk.pid"_s)
            || p.value(u"application.process.id"_s).toString().toLongLong() == pid)
            continue;
        if (!names.contains(name))
            names << name;
    }
    if (!m_chosen.isEmpty() && !names.contains(m_chosen))
        names << m_chosen;
    setApplications(names);
}

void ListenSourceModel::setApplications(const QStringList &names)
{
    if (names == m_applications)
        return;
    beginResetModel();
    m_applications = names;
    endResetModel();
    Q_EMIT countChanged();
}

bool ListenSourceModel::route(const ListenRouting &routing, audio::AudioEngineSettings &settings,
                              QString *error)
{
    release();
    const QString &sourceId = routing.sourceId;
    const bool virtualMicrophone = routing.virtualMicrophone;
    const auto source = parseListenSource(sourceId.isEmpty() ? u"mic"_s : sourceId, error);
    if (!source)
        return false;
    const bool routed = source->kind != ListenKind::Microphone;
    if (!routed && !virtualMicrophone)
        return true;
    if (const QString problem = PulseRoutes::checkAvailable(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    PulseRoutes::removeStale();
    const QString speaker = settings.outputDeviceId.isEmpty()
                                    ? PulseRoutes::defaultSink()
                                    : QString::fromUtf8(settings.outputDeviceId);
    m_routes = std::make_unique<PulseRoutes>();
    QByteArray input;
    if (routed) {
        if (!m_routes->startListening(*source, speaker, error)) {
            m_routes.reset();
            return false;
        }
        input = PulseRoutes::kListenSource;
        settings.inputDeviceId = input;
        // The computer's sound without LiveDesk's voice: nothing to cancel, and the person
        // being translated talks on over the translation.
        settings.processing.echoCancellation = false;
        settings.bargeIn = audio::BargeInMode::Off;
        settings.outputDeviceId = speaker.toUtf8();
        if (source->kind == ListenKind::Application)
            m_chosen = source->application;
        m_routes->setHearOriginal(routing.hearOriginalDb);
    }
    if (virtualMicrophone) {
        // Heard on the speaker too: the person at the desk follows the translation.
        if (!m_routes->createVirtualMicrophone(speaker, error)) {
            m_routes.reset();
            return false;
        }
        settings.outputDeviceId = PulseRoutes::kVirtualMicSink;
        m_routes->setSendOriginal(routed && routing.sendOriginal);
    }
    const QDeadlineTimer deadline(kDeviceAppearMs);
    while (!deadline.hasExpired()
           && !((input.isEmpty() || hasDevice(QMediaDevices::audioInputs(), input))
                && hasDevice(QMediaDevices::audioOutputs(), settings.outputDeviceId))) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(20);
    }
    return true;
}

void ListenSourceModel::release()
{
    m_routes.reset(); // tears down
    m_chosen.clear();
}

} // namespace livedesk::app
