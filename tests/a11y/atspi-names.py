#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The designer as a screen reader meets it, through AT-SPI.

Starts the designer on an example pathway and walks its accessible tree:
every control (button, toggle and menu button, tab, field, spin button)
must have a name, not a widget's class name (what GTK says of an unnamed
widget), with no mnemonic's underline and not said twice over; a spin
button is labelled by the label beside it. The canvas must be there as an
image named "Pathway diagram" whose description tells the pathway; after
Tab on the canvas its description names the step selected, and after
another Tab the next one. The tree is walked again with a step selected,
for the step's own fields. The fields of capacity are there by name.

Then the Outline, shown from its tab: every step of the example and every
transition (read from the file itself) must be a row named with its
sentence, the transition's ends, label and likelihood in it, and nothing
in the Outline's page (the list, its rows, its scroll bars) may be named
after a widget class.

Usage: atspi-names.py DESIGNER EXAMPLE
Run inside a session bus with the accessibility bus up (atspi-names.sh
does both). Exits 77 when pyatspi or the accessibility bus is missing.
"""
import os
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree

SKIP = 77
# What a user reaches with Tab and a screen reader speaks as a control.
# GTK 4.8 names every unnamed accessible after its class, the parts inside
# GTK's and libadwaita's own widgets too (AdwGizmo, the arrow of a drop
# down), which a screen reader passes over; those are not ours to name.
CONTROL_ROLES = ('push button', 'toggle button', 'spin button', 'check box', 'radio button',
                 'combo box', 'entry', 'text', 'slider', 'switch', 'page tab', 'page tab list',
                 'menu item')
CLASS_NAME = re.compile(r'^(Gtk|Adw|Pd)[A-Z][A-Za-z]*$')
# "_Save Save": a mnemonic's underline read out, and the name twice.
MNEMONIC = re.compile(r'(^|\s)_\w')
# "Sessions Sessions": named by a label and again by a name of its own.
TWICE = re.compile(r'^(.+) \1$')
TAB = 0xff09   # the Tab key's keysym
NS = '{https://pathwaydesigner.org/ns/pathway}'
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'
OUTLINE = 'Steps and transitions in reading order'
# The fields of capacity, each a control named for what it holds.
CAPACITY_PATHWAY = ('Clinical hours a year per whole-time equivalent', 'Add a role in post',
                    'Add a role the steps name')
CAPACITY_STEP = ('People in a group', 'Staff at a session', 'Joining here a year',
                 'Share of the work (%)', 'Add a role')


def skip(message):
    print('skip: ' + message)
    sys.exit(SKIP)


try:
    import pyatspi
    from gi.repository import Atspi, GLib
except ImportError as error:
    skip('pyatspi is not installed (Debian: python3-pyatspi): %s' % error)


def wait_for(what, find, seconds=60):
    deadline = time.monotonic() + seconds
    context = GLib.MainContext.default()
    while time.monotonic() < deadline:
        found = find()
        if found:
            return found
        # The events a screen reader would be told of arrive meanwhile.
        step = time.monotonic() + 0.25
        while time.monotonic() < step:
            if not context.iteration(False):
                time.sleep(0.02)
    raise AssertionError('gave up waiting for ' + what)


class Told:
    """The canvas's description changes a screen reader is told of."""

    def __init__(self):
        self.descriptions = []
        self.listener = Atspi.EventListener.new(self.on_event)
        self.listener.register('object:property-change:accessible-description')

    def on_event(self, event):
        if event.source is not None and event.source.name == 'Pathway diagram':
            self.descriptions.append(str(event.any_data))


def application_of(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            pass
    return None


def walk(accessible, path=()):
    yield accessible, path
    for i in range(accessible.childCount):
        child = accessible.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, path + ('%s %r' % (child.getRoleName(), child.name),))


def find_canvas(app):
    for accessible, _ in walk(app):
        if accessible.getRole() == pyatspi.ROLE_IMAGE and accessible.name == 'Pathway diagram':
            return accessible
    return None


def description(canvas):
    canvas.clearCache()
    return canvas.description


def labelled(accessible):
    return any(relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
               for relation in accessible.getRelationSet())


def check_names(app, when):
    """Every control named, once, in words."""
    failures = []
    checked = 0
    for accessible, path in walk(app):
        role = accessible.getRoleName()
        name = accessible.name or ''
        where = ' > '.join(path[-3:])
        if accessible.description:
            where += ' (%s)' % accessible.description
        if role not in CONTROL_ROLES:
            continue
        checked += 1
        if not name.strip():
            failures.append('no name: %s' % where)
        elif CLASS_NAME.match(name):
            failures.append('named after its class: %s' % where)
        elif MNEMONIC.search(name):
            failures.append('an underline in its name: %s' % where)
        elif TWICE.match(name):
            failures.append('named twice over: %s' % where)
        elif role == 'spin button' and not labelled(accessible):
            failures.append('not labelled by the label beside it: %s' % where)
    print('%s: %d controls checked' % (when, checked))
    if checked < 50:
        failures.append('%s: only %d controls found' % (when, checked))
    return failures


def check_present(app, when, names):
    """Each of @names the name of a control."""
    found = set()
    for accessible, _ in walk(app):
        if accessible.getRoleName() in CONTROL_ROLES:
            found.add(accessible.name or '')
    return ['%s: no control named %r' % (when, name) for name in names if name not in found]


def select_steps(canvas, told):
    """Tab on the canvas twice (it has the focus when a window opens): each
    time its description names the step selected, a different one."""
    said = []
    for _ in range(2):
        before = description(canvas)
        pyatspi.Registry.generateKeyboardEvent(TAB, None, pyatspi.KEY_SYM)
        try:
            after = wait_for('the description to change after Tab',
                             lambda: description(canvas) != before and description(canvas),
                             seconds=20)
        except AssertionError as error:
            return [str(error)]
        print('after Tab: %s' % after)
        said.append(after)
        try:
            wait_for('a screen reader to be told', lambda: after in told.descriptions,
                     seconds=10)
        except AssertionError as error:
            return [str(error)]
    failures = []
    for text in said:
        if not re.match(r'^Step \d+ of \d+: ', text):
            failures.append('the description does not name a step: %r' % text)
    if said[0] == said[1]:
        failures.append('the description stays the same for two steps')
    return failures


def own_text(element, tag):
    """The text of @element's child @tag in the pathway's own language."""
    for child in element.findall(NS + tag):
        if child.get(XML_LANG) is None:
            return (child.text or '').strip()
    return ''


def pathway_rows(example):
    """The sentences the Outline must say, from the file: each step's
    beginning, and each transition's beginning with what else it says."""
    root = ElementTree.parse(example).getroot()
    titles = {}
    for node in root.iter(NS + 'node'):
        titles[node.get('id')] = own_text(node, 'title') or node.get('id')
    transitions = []
    for edge in root.iter(NS + 'edge'):
        start = 'Transition from “%s” to “%s”. ' % (
            titles.get(edge.get('from'), edge.get('from')),
            titles.get(edge.get('to'), edge.get('to')))
        parts = []
        if own_text(edge, 'label'):
            parts.append('“%s”' % own_text(edge, 'label'))
        if edge.get('likelihood') is not None:
            parts.append('%d%% likely' % round(float(edge.get('likelihood'))))
        transitions.append((start, parts))
    steps = ['Step “%s”. ' % title for title in titles.values()]
    return steps, transitions


def find_named(app, role, name):
    for accessible, _ in walk(app):
        if accessible.getRoleName() == role and accessible.name == name:
            return accessible
    return None


def show_outline(app):
    """Its tab in the side pane, clicked as a screen reader's user does."""
    tab = find_named(app, 'page tab', 'Outline')
    if tab is None:
        return None
    tab.queryAction().doAction(0)
    return wait_for('the Outline', lambda: find_named(app, 'list', OUTLINE))


def check_outline(app, example):
    """Every step and transition a row, named by its sentence; nothing in
    the Outline named after a widget class."""
    failures = []
    outline = show_outline(app)
    if outline is None:
        return ['no Outline tab in the side pane']
    steps, transitions = pathway_rows(example)
    wait_for('the Outline\'s rows',
             lambda: outline.childCount >= len(steps) + len(transitions))
    # The Outline's page, its scroll bars with the list.
    page = outline
    while page.parent is not None and page.name != 'Outline':
        page = page.parent
    if page.name != 'Outline':
        failures.append('the Outline\'s list is not in a page named "Outline"')
        page = outline
    names = []
    for accessible, path in walk(page):
        name = accessible.name or ''
        if CLASS_NAME.match(name):
            failures.append('named after its class in the Outline: %s %s'
                            % (accessible.getRoleName(), ' > '.join(path[-3:])))
        elif accessible.getRoleName() == 'list item':
            names.append(name)
    said = [name for name in names if name.startswith('Transition from ')]
    if len(said) != len(transitions):
        failures.append('the Outline has %d transition rows, the file %d transitions'
                        % (len(said), len(transitions)))
    for start, parts in transitions:
        if not any(name.startswith(start) and all(part in name for part in parts)
                   for name in said):
            failures.append('no Outline row says %r with %r' % (start, parts))
    for start in steps:
        if not any(name.startswith(start) for name in names):
            failures.append('no Outline row says %r' % start)
    if len([name for name in names if name.startswith('Step ')]) != len(steps):
        failures.append('the Outline has other step rows than the file\'s %d steps'
                        % len(steps))
    print('the Outline: %d rows, %d of them transitions' % (len(names), len(said)))
    return failures


def main():
    designer, example = sys.argv[1:3]
    # The registry may need a second start (it can miss the display the
    # first time on a busy machine).
    try:
        wait_for('the accessibility registry',
                 lambda: pyatspi.Registry.getDesktop(0) is not None, seconds=20)
    except Exception as error:
        skip('no accessibility bus: %s' % error)

    # Folders of its own: no recovery copy or recent file of another run
    # asks a question first.
    home = tempfile.TemporaryDirectory(prefix='pathway-atspi-')
    env = dict(os.environ, GTK_A11Y='atspi', HOME=home.name, LC_ALL='C.UTF-8', LANGUAGE='en',
               XDG_CONFIG_HOME=os.path.join(home.name, 'config'),
               XDG_DATA_HOME=os.path.join(home.name, 'data'),
               XDG_STATE_HOME=os.path.join(home.name, 'state'),
               XDG_CACHE_HOME=os.path.join(home.name, 'cache'))
    env.pop('NO_AT_BRIDGE', None)
    if os.environ.get('A11Y_DESIGNER_G_DEBUG'):
        env['G_DEBUG'] = os.environ['A11Y_DESIGNER_G_DEBUG']
    told = Told()
    process = subprocess.Popen([designer, example], env=env)
    failures = []
    try:
        app = wait_for('the designer on the accessibility bus',
                       lambda: application_of(process.pid))
        app.set_cache_mask(Atspi.Cache.NONE)
        canvas = wait_for('the canvas', lambda: find_canvas(app))
        wait_for('the canvas to describe the pathway',
                 lambda: description(canvas).startswith('Pathway: '))
        print('canvas: %s' % description(canvas))

        # The pathway's properties, then a step's, in the side pane.
        failures += check_names(app, 'the window')
        failures += check_present(app, 'the window', CAPACITY_PATHWAY)
        failures += select_steps(canvas, told)
        failures += check_names(app, 'a step selected')
        failures += check_present(app, 'a step selected', CAPACITY_STEP)
        failures += check_outline(app, example)
    finally:
        process.terminate()
        process.wait(timeout=30)
        home.cleanup()

    for failure in failures:
        print('FAIL: ' + failure)
    if failures:
        return 1
    print('ok')
    return 0


if __name__ == '__main__':
    sys.exit(main())
