#include "app/gui/modelnotice.h"

#include "session/modelcatalog.h"

using namespace Qt::StringLiterals;

namespace livedesk::app {

ModelNotice::ModelNotice(const session::ModelCatalog *catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
{ }

void ModelNotice::setModel(const QString &idOrName)
{
    const QString id = session::modelIdFromName(idOrName);
    Status status = Status::None;
    QString replacement;
    QString since;
    if (m_catalog && !id.isEmpty()) {
        if (const session::ModelCapabilities *m = m_catalog->find(id)) {
            if (m->status == session::ModelStatus::Deprecated)
                status = Status::Deprecated;
            else if (m->status == session::ModelStatus::Legacy)
                status = Status::Legacy;
            if (status != Status::None) {
                replacement = m->replacement;
                since = m->statusSince;
            }
        } else if (m_catalog->isRetired(id, &replacement)) {
            status = Status::Retired;
        }
    }
    if (id == m_modelId && status == m_status && replacement == m_replacement && since == m_since)
        return;
    m_modelId = id;
    m_status = status;
    m_replacement = replacement;
    m_since = since;
    Q_EMIT changed();
}

QString ModelNotice::text() const
{
    if (!isVisible())
        return {};
    if (m_status == Status::Retired) {
        return tr("%1 has been retired by the service and no longer answers; use %2.")
                .arg(m_modelId, m_replacement);
    }
    // The same words as the CLI's and the session warnings'.
    const session::ModelCapabilities *m = m_catalog->find(m_modelId);
    return m ? session::modelStatusNotice(*m) : QString();
}

QString ModelNotice::title() const
{
    if (!isVisible())
        return {};
    switch (m_status) {
    case Status::Deprecated:
        return tr("This model is being shut down");
    case Status::Legacy:
        return tr("This model is a legacy model");
    case Status::Retired:
        return tr("This model has been retired");
    case Status::None:
        break;
    }
    return {};
}

void ModelNotice::dismiss()
{
    if (!isVisible())
        return;
    m_dismissed.insert(m_modelId);
    Q_EMIT changed();
}

} // namespace livedesk::app
