#!/usr/bin/python3
# Reads the running window through the desktop's accessibility bus (AT-SPI), as a screen reader
# does: the main window, then the export, profile and preferences dialogs. Fails on what a screen-reader user
# cannot use: a focusable control with no name, a combo box whose only name is its current choice
# (no label and no description), table cells that do not say which column they are in, a dialog
# without a title. Writes what it read to a transcript. Run by tests/ui/atspi-walk.sh.
#
# Usage: atspi_walk.py APP_NAME APP_PID TRANSCRIPT MANAGE_PROFILES_TEXT EDIT_KEY PREFERENCES_KEY
import subprocess
import sys
import time

import pyatspi

app_name, app_pid, transcript_path, manage_text, edit_key, preferences_key = sys.argv[1:7]
transcript = open(transcript_path, "w", encoding="utf-8")
problems = []
controls_read = []


def say(line):
    transcript.write(line + "\n")
    transcript.flush()


def wait_for(what, probe, seconds=30, soft=False):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            found = probe()
        except Exception:  # the tree changes under us while the window builds itself
            found = None
        if found:
            return found
        time.sleep(0.3)
    if soft:
        return None
    problems.append(f"timed out waiting for {what}")
    finish()


def finish():
    say(f"controls read: {sum(controls_read)}")
    say(f"problems: {len(problems)}")
    for problem in problems:
        say("  " + problem)
        print("atspi-walk: " + problem, file=sys.stderr)
    sys.exit(1 if problems else 0)


def application():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and (app.name or "").lower() == app_name.lower() and \
                str(app.get_process_id()) == app_pid:
            return app
    return None


def children(node):
    for i in range(node.childCount):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            yield child


def labels_of(node):
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                names.append((relation.getTarget(i).name or "").strip())
    return [name for name in names if name]


def find(node, accept, depth=0):
    if node is None or depth > 60:
        return None
    if accept(node):
        return node
    for child in children(node):
        found = find(child, accept, depth + 1)
        if found is not None:
            return found
    return None


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def check_table(table, where):
    cells = table.queryTable()
    columns, rows = cells.nColumns, cells.nRows
    headers = [(cells.getColumnDescription(c) or "").strip() for c in range(columns)]
    say(f"{where}: table '{table.name}', {rows} rows, columns: {' | '.join(headers)}")
    if rows < 1:
        problems.append(f"{where}: the table '{table.name}' has no rows to read")
        return
    for column in range(columns):
        cell = cells.getAccessibleAt(0, column)
        name = (cell.name or "").strip() if cell is not None else ""
        say(f"    row 1, column {column + 1}: '{name}'")
        if not headers[column] or not name.startswith(headers[column] + " "):
            problems.append(f"{where}: row 1, column {column + 1} reads '{name}', not its column "
                            f"'{headers[column]}' and a value")


def check(window, where, least):
    """Reads the window; a tree that changes under the read (the window still filling in) is read again."""
    for attempt in (1, 2):
        try:
            return read(window, where, least)
        except Exception as error:  # a node went away while it was read
            say(f"   (read again: {error})")
            time.sleep(1)
    problems.append(f"{where}: the accessibility tree could not be read")


def read(window, where, least):
    title = (window.name or "").strip()
    say(f"== {where}: {window.getRoleName()} '{title}'")
    if not title:
        problems.append(f"{where}: the {window.getRoleName()} has no title")
    seen = [0]
    controls = [0]

    def walk(node, path, depth):
        if node is None or depth > 60:
            return
        seen[0] += 1
        state = node.getState()
        role = node.getRoleName()
        name = (node.name or "").strip()
        description = (node.description or "").strip()
        if role == "table":
            # A table on a tab not shown (the board before it is opened) is read when it is shown.
            if state.contains(pyatspi.STATE_SHOWING):
                check_table(node, where)
            return  # its cells were read above; its own name is checked below like any control's
        if state.contains(pyatspi.STATE_FOCUSABLE) and state.contains(pyatspi.STATE_SHOWING):
            labels = labels_of(node)
            extra = "".join([f", labelled by '{label}'" for label in labels])
            extra += f", described as '{description}'" if description else ""
            controls[0] += 1
            say(f"  {role} '{name}'{extra}")
            here = " > ".join(path + [role])
            if not name:
                problems.append(f"{where}: a focusable {role} has no name ({here})")
            if role == "combo box" and not labels and not description:
                problems.append(f"{where}: the combo box '{name}' is named only by its current choice: "
                                f"no label, no description ({here})")
        for child in children(node):
            walk(child, path + [f"{role} '{name}'"], depth + 1)

    walk(window, [], 0)
    say(f"   ({seen[0]} nodes read, {controls[0]} controls)")
    controls_read.append(controls[0])
    if controls[0] < least:
        problems.append(f"{where}: only {controls[0]} focusable controls could be read (at least {least} expected)")


def key(*keys, activate=True):
    # To the main window, unless a dialog is open (the window manager gives a modal dialog the keys):
    # the window manager may not have given the main window the keyboard yet.
    if activate and dialog() is None:
        try:
            windows = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", app_pid, "--name",
                                      main_title], capture_output=True, text=True, timeout=10).stdout.split()
            if windows:
                subprocess.run(["xdotool", "windowactivate", "--sync", windows[0]], check=False, timeout=10)
        except subprocess.TimeoutExpired:
            say("   (the window manager did not confirm the activation; keys sent anyway)")
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True, timeout=10)


def dialog():
    app = application()
    for window in children(app) if app is not None else []:
        if window.getRoleName() == "dialog" and showing(window):
            return window
    return None


def closed():
    return dialog() is None


def open_dialog(what, press):
    """Presses until the dialog shows, three times at most: on a loaded machine the window manager may
    not have given the window the keyboard yet when the first key goes out."""
    for attempt in (1, 2, 3):
        press()
        shown = wait_for(what, dialog, seconds=8, soft=True)
        if shown is not None:
            return shown
        say(f"   ({what} did not open on attempt {attempt})")
    return wait_for(what, dialog, seconds=1)


app = wait_for(f"'{app_name}' on the accessibility bus", application)
main = wait_for("the main window", lambda: next(
    (w for w in children(app) if w.getRoleName() == "frame" and showing(w)), None))
main_title = main.name
# The demo workspace fetches at start: wait until the table has rows, the same number for a second.
rows_seen = []


def fetched():
    table = find(main, lambda n: n.getRoleName() == "table")
    rows_seen.append(table.queryTable().nRows if table is not None else 0)
    return len(rows_seen) > 4 and rows_seen[-1] > 0 and len(set(rows_seen[-4:])) == 1


wait_for("the start-up fetch to fill the table", fetched)
check(main, "main window", 30)

# The export dialog: Ctrl+E, the window's own shortcut.
check(open_dialog("the export dialog", lambda: key("ctrl+e")), "export dialog", 6)
key("Escape")
wait_for("the export dialog to close", closed)

# The profile dialog: the toolbar's button, given the focus through the bus, then Space.
manage = find(main, lambda n: n.getRoleName() == "push button" and (n.name or "") == manage_text)
if manage is None:
    problems.append(f"main window: no '{manage_text}' button found")
else:
    def press_manage():
        manage.queryComponent().grabFocus()
        time.sleep(0.5)
        key("space")

    check(open_dialog("the profile dialog", press_manage), "profile dialog", 6)
    key("Escape")
    wait_for("the profile dialog to close", closed)

# The preferences dialog: Edit > Preferences by their letters (a menu opened over the bus would hold
# the bus until the dialog closed).
def press_preferences():
    key("Escape")  # a menu left open by an earlier attempt
    key(f"alt+{edit_key}")
    time.sleep(0.5)
    key(preferences_key, activate=False)  # to the open menu


check(open_dialog("the preferences dialog", press_preferences), "preferences dialog", 2)
key("Escape")
wait_for("the preferences dialog to close", closed)

finish()
