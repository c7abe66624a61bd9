"""The app's actions as data: an id, its words, shortcut and icon, registered once.

Menus and the toolbar are built from this table; handlers are attached by whoever assembles the
window, so nothing here knows about panes or the library.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QToolBar, QWidget

from mediakit.edits import HistoryStatus
from mediakit.gui.icons import icon

Shortcut = str | QKeySequence.StandardKey


class ActionId(Enum):
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    REMOVE_SECTION = auto()
    REFRESH_PREVIEW = auto()


@dataclass(frozen=True, slots=True)
class ActionSpec:
    text: str
    menu: str
    shortcuts: tuple[Shortcut, ...] = ()
    icon: str = ""
    tip: str = ""
    toolbar: bool = False
    # WidgetWithChildrenShortcut: the shortcut only works where the action is added (a pane).
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut
    role: QAction.MenuRole = QAction.MenuRole.NoRole


MENUS = ("&File", "&Edit", "&View")

ACTIONS: dict[ActionId, ActionSpec] = {
    ActionId.QUIT: ActionSpec(
        "&Quit", "&File", (QKeySequence.StandardKey.Quit,), role=QAction.MenuRole.QuitRole
    ),
    ActionId.UNDO: ActionSpec(
        "&Undo", "&Edit", ("Ctrl+Z",), "undo", "Take back the last change", toolbar=True
    ),
    ActionId.REDO: ActionSpec(
        "&Redo", "&Edit", ("Ctrl+Shift+Z", "Ctrl+Y"), "redo", "Make the change again", toolbar=True
    ),
    ActionId.REMOVE_SECTION: ActionSpec(
        "Re&move section",
        "&Edit",
        ("Delete",),
        "remove",
        "Take the selected section out of the kit",
        context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ),
    ActionId.REFRESH_PREVIEW: ActionSpec(
        "Refresh &preview", "&View", ("F5",), "refresh", "Build the preview again", toolbar=True
    ),
}


def create_actions(
    parent: QWidget, handlers: Mapping[ActionId, Callable[[], object]]
) -> dict[ActionId, QAction]:
    """One QAction per registered id, triggering its handler."""
    actions = {}
    for action_id, spec in ACTIONS.items():
        action = QAction(icon(spec.icon), spec.text, parent)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setShortcutContext(spec.context)
        action.setMenuRole(spec.role)
        action.setStatusTip(spec.tip)
        action.setToolTip(_tooltip(spec))
        action.triggered.connect(lambda _checked=False, handler=handlers[action_id]: handler())
        actions[action_id] = action
    return actions


def fill_menus(menubar: QMenuBar, actions: Mapping[ActionId, QAction]) -> None:
    menus = {title: menubar.addMenu(title) for title in MENUS}
    for action_id, spec in ACTIONS.items():
        menus[spec.menu].addAction(actions[action_id])


def fill_toolbar(toolbar: QToolBar, actions: Mapping[ActionId, QAction]) -> None:
    for action_id, spec in ACTIONS.items():
        if spec.toolbar:
            toolbar.addAction(actions[action_id])


def show_history(actions: Mapping[ActionId, QAction], status: HistoryStatus) -> None:
    """Name what Undo and Redo would do ("Undo Move section") and enable them when they can."""
    for action_id, can, label in (
        (ActionId.UNDO, status.can_undo, status.undo_label),
        (ActionId.REDO, status.can_redo, status.redo_label),
    ):
        spec, action = ACTIONS[action_id], actions[action_id]
        action.setEnabled(can)
        action.setText(f"{spec.text} {_escape(label)}" if can and label else spec.text)
        action.setToolTip(_tooltip(spec, label if can else ""))


def _tooltip(spec: ActionSpec, label: str = "") -> str:
    text = spec.text.replace("&", "") + (f" {label}" if label else "")
    if spec.shortcuts:
        keys = QKeySequence(spec.shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)
        text += f" ({keys})"
    return text


def _escape(label: str) -> str:
    return label.replace("&", "&&")
