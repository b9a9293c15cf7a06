#include "video/x11windows_p.h"

#include <QGuiApplication>

#ifdef LIVEDESK_HAVE_XCB
#include <QtGui/qguiapplication_platform.h>

#include <xcb/xcb.h>
#include <xcb/xproto.h>
#endif

#include <cstdlib>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace livedesk::video::x11 {

#if defined(LIVEDESK_HAVE_XCB) && QT_CONFIG(xcb)

namespace {

struct FreeDeleter
{
    void operator()(void *pointer) const { std::free(pointer); }
};
template<typename T>
using Reply = std::unique_ptr<T, FreeDeleter>;

xcb_connection_t *connection()
{
    auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    if (!app)
        return nullptr;
    auto *x11 = app->nativeInterface<QNativeInterface::QX11Application>();
    return x11 ? x11->connection() : nullptr;
}

xcb_atom_t atom(xcb_connection_t *c, const char *name)
{
    const Reply<xcb_intern_atom_reply_t> reply(
            xcb_intern_atom_reply(c, xcb_intern_atom(c, 1, uint16_t(strlen(name)), name), nullptr));
    return reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
}

QByteArray property(xcb_connection_t *c, xcb_window_t window, xcb_atom_t name, xcb_atom_t type)
{
    if (name == XCB_ATOM_NONE)
        return {};
    // 64 KiB of 32-bit units is far more than any title or client list.
    const Reply<xcb_get_property_reply_t> reply(
            xcb_get_property_reply(c, xcb_get_property(c, 0, window, name, type, 0, 16384),
                                   nullptr));
    if (!reply || reply->type == XCB_ATOM_NONE)
        return {};
    const int length = xcb_get_property_value_length(reply.get());
    return QByteArray(static_cast<const char *>(xcb_get_property_value(reply.get())), length);
}

xcb_window_t rootWindow(xcb_connection_t *c)
{
    const xcb_screen_iterator_t it = xcb_setup_roots_iterator(xcb_get_setup(c));
    return it.rem > 0 ? it.data->root : xcb_window_t(XCB_WINDOW_NONE);
}

WindowPlacement placementOf(xcb_connection_t *c, xcb_window_t root, xcb_window_t window)
{
    // A request on a window that no longer exists comes back as an error, not a reply.
    const Reply<xcb_get_window_attributes_reply_t> attributes(
            xcb_get_window_attributes_reply(c, xcb_get_window_attributes(c, window), nullptr));
    if (!attributes)
        return {};
    if (attributes->map_state != XCB_MAP_STATE_VIEWABLE)
        return {WindowVisibility::Hidden, {}};
    const Reply<xcb_get_geometry_reply_t> geometry(
            xcb_get_geometry_reply(c, xcb_get_geometry(c, window), nullptr));
    const Reply<xcb_translate_coordinates_reply_t> origin(
            xcb_translate_coordinates_reply(c, xcb_translate_coordinates(c, window, root, 0, 0),
                                            nullptr));
    if (!geometry || !origin)
        return {};
    return {WindowVisibility::Visible,
            QRect(origin->dst_x, origin->dst_y, geometry->width, geometry->height)};
}

} // namespace

QList<WindowInfo> listWindows(QString *error)
{
    xcb_connection_t *c = connection();
    if (!c) {
        *error = ScreenSource::tr("Windows can only be listed on X11.");
        return {};
    }
    const xcb_window_t root = rootWindow(c);
    const xcb_atom_t utf8 = atom(c, "UTF8_STRING");
    const xcb_atom_t netWmName = atom(c, "_NET_WM_NAME");

    QList<xcb_window_t> candidates;
    const QByteArray clients = property(c, root, atom(c, "_NET_CLIENT_LIST"), XCB_ATOM_WINDOW);
    if (!clients.isEmpty()) {
        const auto *ids = reinterpret_cast<const xcb_window_t *>(clients.constData());
        for (qsizetype i = 0; i < clients.size() / qsizetype(sizeof(xcb_window_t)); ++i)
            candidates << ids[i];
    } else {
        // No window manager (Xvfb): the mapped children of the root are the windows.
        const Reply<xcb_query_tree_reply_t> tree(
                xcb_query_tree_reply(c, xcb_query_tree(c, root), nullptr));
        if (tree) {
            const xcb_window_t *children = xcb_query_tree_children(tree.get());
            for (int i = 0; i < xcb_query_tree_children_length(tree.get()); ++i)
                candidates << children[i];
        }
    }

    QList<WindowInfo> windows;
    for (const xcb_window_t window : std::as_const(candidates)) {
        const WindowPlacement placement = placementOf(c, root, window);
        if (placement.visibility != WindowVisibility::Visible || placement.geometry.width() <= 1
            || placement.geometry.height() <= 1)
            continue;
        QString title = QString::fromUtf8(property(c, window, netWmName, utf8));
        if (title.isEmpty())
            title = QString::fromLatin1(property(c, window, XCB_ATOM_WM_NAME, XCB_ATOM_STRING));
        if (title.isEmpty() && clients.isEmpty())
            continue; // unnamed helper windows (Qt's own, input-only) are not shareable
        windows.append({quint64(window), title, placement.geometry});
    }
    return windows;
}

WindowPlacement windowPlacement(quint64 windowId)
{
    xcb_connection_t *c = connection();
    if (!c)
        return {};
    return placementOf(c, rootWindow(c), xcb_window_t(windowId));
}

#else

QList<WindowInfo> listWindows(QString *error)
{
    *error = ScreenSource::tr("Windows can only be listed on X11, and this build has no xcb "
                              "support.");
    return {};
}

WindowPlacement windowPlacement(quint64)
{
    return {};
}

#endif

} // namespace livedesk::video::x11
