#include "app/gui/pageregistry.h"

#include "app/logging.h"

#include <QCoreApplication>

namespace livedesk::app {

PageRegistry::PageRegistry(QObject *parent)
    : QAbstractListModel(parent)
{ }

PageRegistry::~PageRegistry() = default;

bool PageRegistry::registerPage(const PageInfo &page)
{
    if (page.id.isEmpty() || !page.source.isValid() || indexOf(page.id) >= 0) {
        qCWarning(lcApp) << "page not registered (empty or duplicate id, or no source):" << page.id;
        return false;
    }
    // Stable among equal orders: a later registration goes after the earlier ones.
    const auto at = std::upper_bound(m_pages.cbegin(), m_pages.cend(), page.order,
                                     [](int order, const PageInfo &p) { return order < p.order; });
    const int row = int(at - m_pages.cbegin());
    beginInsertRows({}, row, row);
    m_pages.insert(row, page);
    endInsertRows();
    Q_EMIT countChanged();
    return true;
}

bool PageRegistry::unregisterPage(const QString &id)
{
    const int row = indexOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_pages.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    return true;
}

int PageRegistry::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

QVariant PageRegistry::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PageInfo &page = m_pages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return page.title ? QCoreApplication::translate(page.titleContext, page.title) : page.id;
    case PageIdRole:
        return page.id;
    case SourceRole:
        return page.source;
    case IconRole:
        return page.icon;
    case ShortcutRole:
        return page.shortcut;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> PageRegistry::roleNames() const
{
    return {{PageIdRole, "pageId"},
            {TitleRole, "title"},
            {SourceRole, "source"},
            {IconRole, "iconSource"},
            {ShortcutRole, "shortcut"}};
}

int PageRegistry::indexOf(const QString &id) const
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i].id == id)
            return i;
    }
    return -1;
}

QString PageRegistry::idAt(int row) const
{
    return row >= 0 && row < m_pages.size() ? m_pages[row].id : QString();
}

void PageRegistry::retranslate()
{
    if (!m_pages.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_pages.size()) - 1), {TitleRole, Qt::DisplayRole});
}

} // namespace livedesk::app
