// The main window's pages, in navigation order. The window builds its navigation rail and its
// page stack from this list, so a feature adds a page by registering it, without touching the
// window's QML:
//
//   controller.pages()->registerPage({
//       .id = u"history"_s,
//       .titleContext = "livedesk::app::Pages",
//       .title = QT_TRANSLATE_NOOP("livedesk::app::Pages", "History"),
//       .source = QUrl(u"qrc:/qt/qml/LiveDesk/Ui/pages/HistoryPage.qml"_s),
//       .icon = QUrl(u"qrc:/qt/qml/LiveDesk/Ui/icons/history.svg"_s),
//       .order = 40});
//
// A page is any QML Item; it reaches the app through the AppController singleton of the
// LiveDesk.Ui module. Titles are translated when read, so they follow a language change.
#pragma once

#include <QAbstractListModel>
#include <QUrl>

namespace livedesk::app {

struct PageInfo
{
    QString id; // unique, stable ("conversation", "settings", "history")
    const char *titleContext = "livedesk::app::Pages"; // translation context of `title`
    const char *title = nullptr; // source text, marked with QT_TRANSLATE_NOOP
    QUrl source; // the page's QML file
    QUrl icon; // an SVG for the navigation rail
    int order = 0; // lower first; the built-in pages use 0 (conversation) and 100 (settings)
    QString shortcut; // optional key sequence, e.g. "Ctrl+3"
};

class PageRegistry : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { PageIdRole = Qt::UserRole + 1, TitleRole, SourceRole, IconRole, ShortcutRole };

    explicit PageRegistry(QObject *parent = nullptr);
    ~PageRegistry() override;

    // False (and nothing changes) for an empty or duplicate id, or a page without a source.
    bool registerPage(const PageInfo &page);
    bool unregisterPage(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_pages.size()); }
    Q_INVOKABLE int indexOf(const QString &id) const;
    Q_INVOKABLE QString idAt(int row) const;
    const QList<PageInfo> &pages() const { return m_pages; }

    // Titles are read through the translator: call after the language changed.
    void retranslate();

Q_SIGNALS:
    void countChanged();

private:
    QList<PageInfo> m_pages;
};

} // namespace livedesk::app
