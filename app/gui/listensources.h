// The mode picker's "Listen to" choices for the translation modes: the microphone, everything
// the computer plays, and each application playing now (from PulseAudio's streams). The list
// follows applications as they start and stop playing (pactl subscribe), as the microphone list
// follows devices. It also routes a conversation: route() sets up PulseRoutes for the chosen
// source (and the virtual microphone) and points the audio engine's devices at them; release()
// puts everything back. Docs: docs/translation.md, "Listening to the computer".
#pragma once

#include "app/pulseroutes.h"
#include "audio/audiotypes.h"

#include <QAbstractListModel>

#include <memory>
#include <optional>

class QProcess;

namespace livedesk::app {

class AppSettings;

// How a translation conversation is routed, from the "translation/…" settings. The same
// PulseRoutes options as livedesk-cli's --listen, --virtual-mic, --hear-original, --send-original.
struct ListenRouting
{
    QString sourceId; // "mic", "system", "app:NAME"
    bool virtualMicrophone = false;
    std::optional<double> hearOriginalDb; // nullopt: the original is not heard
    bool sendOriginal = false;

    static ListenRouting fromSettings(const AppSettings &settings);
};

class ListenSourceModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool available READ isAvailable CONSTANT)

public:
    enum Role {
        SourceIdRole = Qt::UserRole + 1, // "mic", "system", "app:NAME"
        NameRole,
    };

    // `watch`: follow PulseAudio's streams (off for tests, which call setApplications()).
    enum class Watch { Off, PulseAudio };
    explicit ListenSourceModel(Watch watch, QObject *parent = nullptr);
    ~ListenSourceModel() override;

    // pactl talks to a server: system and app sources can be offered.
    bool isAvailable() const { return m_available; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE int indexOfId(const QString &sourceId) const; // -1: not playing now
    Q_INVOKABLE QString idAt(int row) const;
    Q_INVOKABLE void refresh();

    // The applications playing now, by name (a chosen one that stops stays listed).
    void setApplications(const QStringList &names);
    QStringList applications() const { return m_applications; }

    // For a conversation: routes the source (and the virtual microphone, and the original's
    // loopbacks) and rewrites the engine's devices. Returns false with `error` (nothing left
    // behind). "mic" without the virtual microphone changes nothing.
    bool route(const ListenRouting &routing, audio::AudioEngineSettings &settings, QString *error);
    void release();
    PulseRoutes *routes() const { return m_routes.get(); }

Q_SIGNALS:
    void countChanged();

private:
    void onStreams(const QByteArray &json);

    bool m_available = false;
    QStringList m_applications;
    QString m_chosen; // kept in the list while routed
    QProcess *m_subscription = nullptr; // child
    QProcess *m_listing = nullptr; // child, while a refresh runs
    bool m_refreshAgain = false;
    std::unique_ptr<PulseRoutes> m_routes;
};

} // namespace livedesk::app
