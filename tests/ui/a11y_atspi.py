#!/usr/bin/python3
"""The real livedesk through AT-SPI, the way Orca sees it (issue 18).

Run inside a private session bus (dbus-run-session), with the X display and PulseAudio of the
tests; the AT-SPI bus is started on demand by that session bus. Checks:
  - on every page, every interactive element that is showing has a role AT-SPI knows, a name,
    an action, and a name no other showing interactive element has; every page has a heading;
  - buttons act on AT-SPI's Press action (the demo starts, Talk starts and ends a turn);
  - Tab reaches the rail's pages and the History list;
  - a new model reply raises an announcement or a name change (Qt < 6.8) of the reply announcer.

Usage: a11y_atspi.py <path of livedesk>. Exit status 0 on success, 1 with the findings.
"""

import os
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import GLib

INTERACTIVE_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_LINK,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_ENTRY,
}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, flush=True)


def pump(seconds=0.0):
    """Runs the GLib main loop (AT-SPI events) for `seconds`, at least one iteration."""
    context = GLib.MainContext.default()
    deadline = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if time.monotonic() >= deadline:
            return
        time.sleep(0.02)


def wait_for(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pump()
        result = condition()
        if result:
            return result
        time.sleep(0.1)
    fail("timed out after %d s waiting for %s" % (timeout, what))
    return None


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:  # an application that went away while listed
            continue
    return None


def showing(node):
    try:
        states = node.getState()
        return states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


def walk(node, out, depth=0):
    """Every showing node under `node` (depth first, in tree order)."""
    if depth > 60:
        return
    try:
        children = list(node)
    except Exception:
        return
    for child in children:
        if child is None or not showing(child):
            continue
        out.append(child)
        walk(child, out, depth + 1)


def describe(node):
    try:
        chain = []
        parent = node.parent
        while parent is not None and len(chain) < 4:
            chain.append("%s %r" % (parent.getRoleName(), parent.name))
            parent = parent.parent
        return "%s %r (in %s)" % (node.getRoleName(), node.name, " < ".join(chain))
    except Exception:
        return "<gone>"


def is_interactive(node):
    role = node.getRole()
    states = node.getState()
    focusable = states.contains(pyatspi.STATE_FOCUSABLE)
    if role == pyatspi.ROLE_PAGE_TAB:
        # Qt exposes every Page as a focusable "page tab" (a focus scope): content, unless it
        # can be acted on.
        return action_count(node, ignore_focus=True) > 0
    if role in INTERACTIVE_ROLES:
        return True
    if role in (pyatspi.ROLE_TEXT, pyatspi.ROLE_LIST_ITEM):
        return states.contains(pyatspi.STATE_EDITABLE) or focusable
    return False


def action_count(node, ignore_focus=False):
    try:
        action = node.queryAction()
    except NotImplementedError:
        return 0
    names = [action.getName(i) for i in range(action.nActions)]
    if ignore_focus:
        names = [n for n in names if n.lower() not in ("setfocus", "focus")]
    return len(names)


def check_page(app, page):
    nodes = []
    walk(app, nodes)
    names = {}
    for node in nodes:
        role = node.getRole()
        if role == pyatspi.ROLE_UNKNOWN and node.name:
            fail("%s: %r has no role a screen reader knows" % (page, node.name))
        if not is_interactive(node):
            continue
        if not node.name.strip():
            fail("%s: %s has no name" % (page, describe(node)))
            continue
        if action_count(node) == 0:
            fail("%s: %s has no action" % (page, describe(node)))
        names.setdefault(node.name, []).append(describe(node))
    for name, nodes_named in sorted(names.items()):
        if len(nodes_named) > 1:
            fail("%s: %d elements are called %r: %s" % (page, len(nodes_named), name,
                                                       "; ".join(nodes_named)))
    headings = [n for n in nodes if n.getRole() == pyatspi.ROLE_HEADING]
    print("%s: %d showing, %d interactive, %d headings %s" % (
        page, len(nodes), sum(len(r) for r in names.values()), len(headings),
        [(h.name, heading_attributes(h)) for h in headings]), flush=True)
    if not headings:
        fail("%s: no heading (screen-reader users move through a page by its headings)" % page)
    for heading in headings:
        if not heading.name.strip():
            fail("%s: a heading without text: %s" % (page, describe(heading)))
    return nodes


def heading_attributes(node):
    """A heading's AT-SPI attributes; Qt fills in its level from Qt 6.8 on."""
    try:
        return dict(node.get_attributes() or {})
    except Exception:
        return {}


def find(app, predicate):
    nodes = []
    walk(app, nodes)
    for node in nodes:
        try:
            if predicate(node):
                return node
        except Exception:
            continue
    return None


def press(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("press", "Press", "click", "activate", "toggle"):
            action.doAction(i)
            return
    action.doAction(0)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    livedesk = sys.argv[1]
    work = tempfile.TemporaryDirectory(prefix="livedesk-a11y-")
    settings = os.path.join(work.name, "livedesk.ini")
    with open(settings, "w", encoding="utf-8") as f:
        f.write("[General]\nbackend=demo\ntalkMode=push-to-talk\n")
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
        "XDG_CONFIG_HOME": os.path.join(work.name, "config"),
        "XDG_DATA_HOME": os.path.join(work.name, "data"),
        "LIVEDESK_LOG_RULES": "*.debug=false",
    })
    app_process = subprocess.Popen(
        [livedesk, "--settings", settings, "--no-keychain", "--language", "en"], env=env)
    try:
        def started():
            if app_process.poll() is not None:
                raise RuntimeError("livedesk exited with status %d" % app_process.returncode)
            return find_app(app_process.pid)

        app = wait_for(started, 60, "livedesk on the AT-SPI bus")
        if not app:
            return 1
        wait_for(lambda: find(app, lambda n: n.getRole() == pyatspi.ROLE_PAGE_TAB), 30,
                 "the page rail")

        # Every page, as a screen reader finds it: the entries of the page rail.
        tabs = {}
        rail = find(app, lambda n: n.getRole() == pyatspi.ROLE_PAGE_TAB_LIST and n.name == "Pages")
        if not rail:
            fail("no page rail (a page tab list called 'Pages')")
            return 1
        entries = []
        walk(rail, entries)
        for entry in entries:
            if entry.getRole() in (pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST_ITEM) and entry.name:
                tabs[entry.name] = entry
        for expected in ("Conversation", "History", "Settings"):
            if expected not in tabs:
                fail("the rail has no %r page (it has %s)" % (expected, sorted(tabs)))
        for name, tab in tabs.items():
            press(tab)
            current = wait_for(lambda: find(app, lambda n: n.getRole() == pyatspi.ROLE_PAGE_TAB
                                            and n.name == name), 20, "the %s page" % name)
            pump(0.5)
            if current:
                check_page(app, name)
            if name == "History":
                history = find(app, lambda n: n.getRole() == pyatspi.ROLE_LIST
                               and n.name == "Past conversations")
                if not history:
                    fail("History: the list of past conversations is not exposed")

        # Tab goes round the window: the rail's pages and the History list are stops.
        focused = []

        def on_focus(event):
            if event.detail1 == 1:
                focused.append((event.source.getRoleName(), event.source.name))

        pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
        press(tabs.get("History", next(iter(tabs.values()))))
        pump(0.5)
        tab_keysym = 0xFF09
        for _ in range(60):
            pyatspi.Registry.generateKeyboardEvent(tab_keysym, None, pyatspi.KEY_SYM)
            pump(0.15)
        pyatspi.Registry.deregisterEventListener(on_focus, "object:state-changed:focused")
        stops = {name for _, name in focused}
        print("Tab stops: %d focus changes, %d distinct" % (len(focused), len(stops)), flush=True)
        for expected in ("Conversation", "History", "Settings", "Past conversations"):
            if expected not in stops:
                fail("Tab never reaches %r (focus went to: %s)" % (expected, sorted(stops)))

        # A new reply is announced.
        announced = []

        def on_announcement(event):
            announced.append((event.type, str(event.any_data)))

        renamed = []  # (time, role, new name) of every name change, for the duplicates check

        def on_name(event):
            try:
                source = event.source
                renamed.append((time.monotonic(), getattr(source, "path", None) or id(source),
                                source.getRoleName(), source.name))
                if event.source.name.startswith("New reply"):
                    announced.append((event.type, event.source.name))
            except Exception:
                pass

        pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
        pyatspi.Registry.registerEventListener(on_name, "object:property-change:accessible-name")
        press(tabs["Conversation"])
        pump(0.5)
        start = wait_for(lambda: find(app, lambda n: n.getRole() == pyatspi.ROLE_PUSH_BUTTON
                                      and n.name == "Offline demo"), 10, "the Offline demo button")
        # Before a conversation no button speaks of an open microphone (the Start button's
        # description once did, while nothing listened).
        buttons = []
        walk(app, buttons)
        for node in buttons:
            if node.getRole() == pyatspi.ROLE_PUSH_BUTTON and showing(node) \
                    and "microphone is open" in (node.description or "").lower():
                fail("before any conversation, %s is described as %r"
                     % (describe(node), node.description))
        if start:
            # Buttons act on a screen reader's "Press" (the QML handles Accessible.pressAction,
            # which Qt 6.4 does not do for them).
            press(start)
            # A push-to-talk turn, by the Talk button's action: the demo answers it.
            talk = wait_for(lambda: find(app, lambda n: n.getRole() == pyatspi.ROLE_PUSH_BUTTON
                                         and n.name == "Talk"), 20, "the Talk button")
            if not talk:
                nodes = []
                walk(app, nodes)
                print("buttons: %s" % [n.name for n in nodes
                                       if n.getRole() == pyatspi.ROLE_PUSH_BUTTON], flush=True)
            if talk:
                # Press starts the turn (the button becomes "Done"), a second Press ends it.
                press(talk)
                done = wait_for(lambda: find(app, lambda n: n.getRole() == pyatspi.ROLE_PUSH_BUTTON
                                             and n.name == "Done"), 10,
                                "the Talk button to become Done on its Press action")
                if done:
                    press(done)
                if not wait_for(lambda: announced, 40, "the reply to be announced"):
                    said = find(app, lambda n: n.name.startswith("The model said"))
                    announcer = find(app, lambda n: n.name.startswith("New reply")
                                     or n.name == "Replies")
                    print("a reply in the transcript: %s; announcer: %s" % (
                        describe(said) if said else None,
                        describe(announcer) if announcer else None), flush=True)
                print("announced: %s" % announced[:1], flush=True)

                # The demo's second turn asks the computer for the time: the tool call's card
                # shows its arguments, read-only, and must not be offered as an editable field.
                talk = wait_for(lambda: find(app, lambda n: n.getRole() == pyatspi.ROLE_PUSH_BUTTON
                                             and n.name == "Talk"), 30, "Talk again")
                if talk:
                    press(talk)
                    done = wait_for(lambda: find(app, lambda n: n.getRole()
                                                 == pyatspi.ROLE_PUSH_BUTTON and n.name == "Done"),
                                    10, "Done")
                    if done:
                        press(done)
                    arguments = wait_for(lambda: find(app, lambda n: (n.name or "").startswith(
                        "Arguments:")), 40, "the tool call's arguments")
                    if arguments:
                        if arguments.getState().contains(pyatspi.STATE_EDITABLE) or \
                                arguments.getRole() in (pyatspi.ROLE_ENTRY,
                                                        pyatspi.ROLE_PASSWORD_TEXT):
                            fail("the tool call's arguments are offered as editable: %s"
                                 % describe(arguments))
                pump(1.0)

        # Qt 6.4's AT-SPI bridge itself reports every name change twice (measured here for every
        # label, button and panel), a label's now and then three times (the status line's, in one
        # run of three). An element that reports the name it already had more often than that
        # within a quarter of a second sends duplicates of its own, which a screen reader reads
        # again (the indicators once sent four). A quick change and
        # change back (Listening, Interrupted, Listening) is two changes, not a duplicate.
        last = {}  # element -> (name, time of the first report of it, reports of it)
        largest = {}
        for when, element, role, name in renamed:
            previous = last.get(element)
            if previous and previous[0] == name and when - previous[1] < 0.25:
                last[element] = (name, previous[1], previous[2] + 1)
            else:
                last[element] = (name, when, 1)
            key = (role, name)
            largest[key] = max(largest.get(key, 0), last[element][2])
        print("name changes: %d, the most reports of one change: %d" % (
            len(renamed), max(largest.values()) if largest else 0), flush=True)
        for (role, name), size in sorted(largest.items()):
            if size > 3:
                fail("%s %r reported %d times for one change" % (role, name, size))
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
    if failures:
        print("%d finding(s)" % len(failures))
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
