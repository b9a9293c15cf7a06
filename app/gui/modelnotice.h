// A distinct, dismissable notice for a model on its way out: legacy, deprecated or retired in the
// model table (service-2026.md), with since when and the model to use instead, so nobody keeps
// talking to a model that is about to be shut down unawares. The controller tells it which model
// a conversation would use (the settings' choice, else the table's default) and, once one starts,
// the model it really uses. A dismissed model stays quiet for the rest of the run; choosing
// another model that is on its way out shows the notice again.
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace livedesk::session {
class ModelCatalog;
}

namespace livedesk::app {

class ModelNotice : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool visible READ isVisible NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
    Q_PROPERTY(QString modelId READ modelId NOTIFY changed)
    Q_PROPERTY(QString replacement READ replacement NOTIFY changed)
    Q_PROPERTY(QString since READ since NOTIFY changed)

public:
    enum class Status { None, Legacy, Deprecated, Retired };
    Q_ENUM(Status)

    explicit ModelNotice(const session::ModelCatalog *catalog, QObject *parent = nullptr);

    // A bare id or a resource name; an unknown model has no notice.
    void setModel(const QString &idOrName);

    bool isVisible() const { return m_status != Status::None && !m_dismissed.contains(m_modelId); }
    Status status() const { return m_status; }
    QString title() const;
    QString text() const;
    QString modelId() const { return m_modelId; }
    QString replacement() const { return m_replacement; }
    QString since() const { return m_since; }

    Q_INVOKABLE void dismiss();
    void retranslate() { Q_EMIT changed(); } // title and text are read again

Q_SIGNALS:
    void changed();

private:
    const session::ModelCatalog *m_catalog = nullptr;
    QString m_modelId;
    Status m_status = Status::None;
    QString m_replacement;
    QString m_since;
    QSet<QString> m_dismissed;
};

} // namespace livedesk::app
