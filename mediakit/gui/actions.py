"""The app's actions as data: an id, its words, shortcut and icon, registered once.

Menus and the toolbar are built from this table; handlers are attached by whoever assembles the
window, so nothing here knows about panes or the library. Words are marked for translation in
the "Actions" context and set again by `retranslate` when the interface language changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from mediakit.edits import HistoryStatus
from mediakit.gui.display_text import history_label
from mediakit.gui.icons import icon

Shortcut = str | QKeySequence.StandardKey
translate = QCoreApplication.translate


class ActionId(Enum):
    NEW_LIBRARY = auto()
    OPEN_LIBRARY = auto()
    IMPORT = auto()
    EXPORT = auto()
    PREFERENCES = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    ADD_TO_KIT = auto()
    REVIEW_IMPORT = auto()
    REMOVE_SECTION = auto()
    KIT_SETTINGS = auto()
    ORG_PROFILE = auto()
    FIND = auto()
    REFRESH_PREVIEW = auto()
    GO_LIBRARY = auto()
    GO_KIT = auto()
    GO_EDITOR = auto()
    GO_PREFLIGHT = auto()
    GO_PREVIEW = auto()
    ABOUT = auto()
    WELCOME = auto()
    PASTE_STORY = auto()
    # Many kits, and the kit outline by keyboard (see panes.kit_list).
    NEW_KIT = auto()
    NEW_KIT_FROM_SELECTION = auto()
    DUPLICATE_KIT = auto()
    RENAME_KIT = auto()
    DELETE_KIT = auto()
    MOVE_SECTION_UP = auto()
    MOVE_SECTION_DOWN = auto()
    # Library items typed in the app (see gui.new_items).
    NEW_STORY = auto()
    NEW_CONTACT = auto()
    NEW_FIGURE = auto()
    # A library photo placed in a story, or moved there from the gallery (see gui.placing).
    INSERT_PHOTO = auto()
    MOVE_INTO_STORY = auto()


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
    separator_before: bool = False


FILE = QT_TRANSLATE_NOOP("Actions", "&File")
EDIT = QT_TRANSLATE_NOOP("Actions", "&Edit")
VIEW = QT_TRANSLATE_NOOP("Actions", "&View")
HELP = QT_TRANSLATE_NOOP("Actions", "&Help")
KIT = QT_TRANSLATE_NOOP("Actions", "&Kit")
MENUS = (FILE, EDIT, KIT, VIEW, HELP)
RECENT = QT_TRANSLATE_NOOP("Actions", "Open &recent library")
RECENT_KITS = QT_TRANSLATE_NOOP("Actions", "Recent &kits")

ACTIONS: dict[ActionId, ActionSpec] = {
    ActionId.NEW_LIBRARY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&New library…"),
        FILE,
        ("Ctrl+Shift+N",),
        "library-new",
        QT_TRANSLATE_NOOP("Actions", "Start a new, empty library in a folder of your choice"),
    ),
    ActionId.OPEN_LIBRARY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Open library…"),
        FILE,
        ("Ctrl+O",),
        "library-open",
        QT_TRANSLATE_NOOP("Actions", "Open the library kept in another folder"),
    ),
    ActionId.IMPORT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Import files…"),
        FILE,
        ("Ctrl+Shift+I",),
        "import",
        QT_TRANSLATE_NOOP(
            "Actions", "Add documents, photos, vCards, CSV files or kit bundles to the library"
        ),
        toolbar=True,
        separator_before=True,
    ),
    ActionId.EXPORT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        FILE,
        ("Ctrl+E",),
        "export",
        QT_TRANSLATE_NOOP("Actions", "Export the kit as a PDF, a photo pack or a bundle"),
        toolbar=True,
    ),
    ActionId.PREFERENCES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
        FILE,
        ("Ctrl+,",),
        "settings",
        QT_TRANSLATE_NOOP("Actions", "Choose the language of mediakit"),
        role=QAction.MenuRole.PreferencesRole,
        separator_before=True,
    ),
    ActionId.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        FILE,
        (QKeySequence.StandardKey.Quit, "Ctrl+Q"),
        role=QAction.MenuRole.QuitRole,
        separator_before=True,
    ),
    ActionId.UNDO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        EDIT,
        ("Ctrl+Z",),
        "undo",
        QT_TRANSLATE_NOOP("Actions", "Take back the last change"),
        toolbar=True,
    ),
    ActionId.REDO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        EDIT,
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        "redo",
        QT_TRANSLATE_NOOP("Actions", "Make the change again"),
        toolbar=True,
    ),
    ActionId.ADD_TO_KIT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Add to kit"),
        EDIT,
        ("Ctrl+Return",),
        "add",
        QT_TRANSLATE_NOOP("Actions", "Put the item selected in the library into the kit"),
        toolbar=True,
        separator_before=True,
    ),
    ActionId.REVIEW_IMPORT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Re&view import…"),
        EDIT,
        ("Ctrl+Shift+R",),
        "import",
        QT_TRANSLATE_NOOP(
            "Actions", "See how the selected story was read from its document, and correct it"
        ),
    ),
    ActionId.REMOVE_SECTION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Re&move section"),
        EDIT,
        ("Delete",),
        "remove",
        QT_TRANSLATE_NOOP("Actions", "Take the selected section out of the kit"),
        context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ),
    ActionId.KIT_SETTINGS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Kit settings"),
        EDIT,
        ("Ctrl+Shift+K",),
        "settings",
        QT_TRANSLATE_NOOP("Actions", "Title, language, edition, paper and cover of the kit"),
        separator_before=True,
    ),
    ActionId.ORG_PROFILE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Organisation profile"),
        EDIT,
        ("Ctrl+Shift+P",),
        "about",
        QT_TRANSLATE_NOOP("Actions", "Logo, colours and boilerplate of your organisation"),
    ),
    ActionId.FIND: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Find in library"),
        EDIT,
        ("Ctrl+F",),
        "search",
        QT_TRANSLATE_NOOP("Actions", "Search stories, photos, contacts and key figures"),
        separator_before=True,
    ),
    ActionId.REFRESH_PREVIEW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Refresh &preview"),
        VIEW,
        ("F5",),
        "refresh",
        QT_TRANSLATE_NOOP("Actions", "Build the preview again"),
        toolbar=True,
    ),
    ActionId.GO_LIBRARY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Go to &library"), VIEW, ("Ctrl+1",), separator_before=True
    ),
    ActionId.GO_KIT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Go to &kit"), VIEW, ("Ctrl+2",)),
    ActionId.GO_EDITOR: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Go to &editor"), VIEW, ("Ctrl+3",)
    ),
    ActionId.GO_PREFLIGHT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Go to pre&flight"), VIEW, ("Ctrl+4",)
    ),
    ActionId.GO_PREVIEW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Go to pre&view"), VIEW, ("Ctrl+5",)
    ),
    ActionId.WELCOME: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Welcome"),
        HELP,
        (),
        tip=QT_TRANSLATE_NOOP("Actions", "What the demo kit is, and how to start your own"),
    ),
    ActionId.ABOUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&About mediakit"),
        HELP,
        (),
        "mediakit",
        role=QAction.MenuRole.AboutRole,
    ),
}

# Many kits, and the kit outline by keyboard. Moves work where the kit's sections have the focus.
ACTIONS.update(
    {
        ActionId.NEW_KIT: ActionSpec(
            QT_TRANSLATE_NOOP("Actions", "&New kit…"),
            KIT,
            ("Ctrl+N",),
            "add",
            QT_TRANSLATE_NOOP("Actions", "Start another kit from the same library"),
        ),
        ActionId.NEW_KIT_FROM_SELECTION: ActionSpec(
            QT_TRANSLATE_NOOP("Actions", "New kit from &selection…"),
            KIT,
            ("Ctrl+Alt+N",),
            tip=QT_TRANSLATE_NOOP(
                "Actions", "A new kit holding the stories and photos selected in the library"
            ),
        ),
        ActionId.DUPLICATE_KIT: ActionSpec(
            QT_TRANSLATE_NOOP("Actions", "&Duplicate kit"),
            KIT,
            ("Ctrl+D",),
            tip=QT_TRANSLATE_NOOP("Actions", "A copy of this kit, to change on its own"),
        ),
        ActionId.RENAME_KIT: ActionSpec(
            QT_TRANSLATE_NOOP("Actions", "&Rename kit…"),
            KIT,
            ("F2",),
            tip=QT_TRANSLATE_NOOP("Actions", "Give this kit another name"),
        ),
        ActionId.DELETE_KIT: ActionSpec(
            QT_TRANSLATE_NOOP("Actions", "De&lete kit"),
            KIT,
            ("Ctrl+Shift+Delete",),
            "remove",
            QT_TRANSLATE_NOOP(
                "Actions",
                "Take this kit out of the library (its stories stay; Undo brings it back)",
            ),
        ),
        ActionId.MOVE_SECTION_UP: ActionSpec(
            QT_TRANSLATE_NOOP("Actions", "Move section &up"),
            KIT,
            ("Alt+Up",),
            tip=QT_TRANSLATE_NOOP("Actions", "Move the selected section one place earlier"),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            separator_before=True,
        ),
        ActionId.MOVE_SECTION_DOWN: ActionSpec(
            QT_TRANSLATE_NOOP("Actions", "Move section do&wn"),
            KIT,
            ("Alt+Down",),
            tip=QT_TRANSLATE_NOOP("Actions", "Move the selected section one place later"),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        ),
    }
)

# Library items typed in the app rather than imported; each opens in its editor.
ACTIONS.update(
    {
        ActionId.NEW_STORY: ActionSpec(
            QT_TRANSLATE_NOOP("Actions", "New s&tory"),
            FILE,
            ("Ctrl+Alt+S",),
            "story",
            QT_TRANSLATE_NOOP("Actions", "A new story to type in the editor"),
        ),
        ActionId.NEW_CONTACT: ActionSpec(
            QT_TRANSLATE_NOOP("Actions", "New &contact"),
            FILE,
            ("Ctrl+Alt+C",),
            "contacts",
            QT_TRANSLATE_NOOP("Actions", "A new press contact to fill in"),
        ),
        ActionId.NEW_FIGURE: ActionSpec(
            QT_TRANSLATE_NOOP("Actions", "New key &figure"),
            FILE,
            ("Ctrl+Alt+F",),
            "figures",
            QT_TRANSLATE_NOOP(
                "Actions", "A new key figure, dated today: type its value, label and source"
            ),
        ),
    }
)

# A photo placed in the story being edited, or moved from the kit's gallery into a story.
ACTIONS.update(
    {
        ActionId.INSERT_PHOTO: ActionSpec(
            QT_TRANSLATE_NOOP("Actions", "&Insert photo…"),
            EDIT,
            ("Ctrl+Alt+P",),
            "photo",
            QT_TRANSLATE_NOOP(
                "Actions",
                "Place a library photo in the story being edited, after the paragraph the "
                "cursor is in",
            ),
            separator_before=True,
        ),
        ActionId.MOVE_INTO_STORY: ActionSpec(
            QT_TRANSLATE_NOOP("Actions", "Move photo &into story…"),
            KIT,
            (),
            "story",
            QT_TRANSLATE_NOOP(
                "Actions", "Take a photo out of the kit's gallery and put it at the end of a story"
            ),
        ),
    }
)


# Paste: Ctrl+V imports the clipboard wherever text fields do not take it for themselves (they
# claim Ctrl+V first); the menu item imports it always.
ACTIONS[ActionId.PASTE_STORY] = ActionSpec(
    QT_TRANSLATE_NOOP("Actions", "&Paste as new story"),
    EDIT,
    (QKeySequence.StandardKey.Paste, "Ctrl+V"),
    "import",
    QT_TRANSLATE_NOOP(
        "Actions", "Import what was copied (a web page's text, any text or an image) as a new item"
    ),
    separator_before=True,
)


def create_actions(
    parent: QWidget, handlers: Mapping[ActionId, Callable[[], object]]
) -> dict[ActionId, QAction]:
    """One QAction per registered id, triggering its handler."""
    actions = {}
    for action_id, spec in ACTIONS.items():
        action = QAction(icon(spec.icon), "", parent)
        keys = dict.fromkeys(
            QKeySequence(s) for s in spec.shortcuts
        )  # Quit is Ctrl+Q twice on Linux
        action.setShortcuts([key for key in keys if not key.isEmpty()])
        action.setShortcutContext(spec.context)
        action.setMenuRole(spec.role)
        action.triggered.connect(lambda _checked=False, handler=handlers[action_id]: handler())
        actions[action_id] = action
    retranslate(actions)
    return actions


def fill_menus(menubar: QMenuBar, actions: Mapping[ActionId, QAction]) -> dict[str, QMenu]:
    """The menus, by their untranslated title; the caller may add to them (recent libraries)."""
    menus = {title: menubar.addMenu(translate("Actions", title)) for title in MENUS}
    for action_id, spec in ACTIONS.items():
        if spec.separator_before:
            menus[spec.menu].addSeparator()
        menus[spec.menu].addAction(actions[action_id])
    return menus


def fill_toolbar(toolbar: QToolBar, actions: Mapping[ActionId, QAction]) -> None:
    for action_id, spec in ACTIONS.items():
        if spec.toolbar:
            if spec.separator_before and toolbar.actions():
                toolbar.addSeparator()
            toolbar.addAction(actions[action_id])


def retranslate(
    actions: Mapping[ActionId, QAction], menus: Mapping[str, QMenu] | None = None
) -> None:
    """Set every action's (and menu's) words again, in the interface language."""
    for action_id, spec in ACTIONS.items():
        action = actions[action_id]
        action.setText(translate("Actions", spec.text))
        action.setStatusTip(translate("Actions", spec.tip) if spec.tip else "")
        action.setToolTip(_tooltip(spec))
        action.setIconText(_plain(translate("Actions", spec.text)))
    for title, menu in (menus or {}).items():
        menu.setTitle(translate("Actions", title))


def show_history(actions: Mapping[ActionId, QAction], status: HistoryStatus) -> None:
    """Name what Undo and Redo would do ("Undo Move section") and enable them when they can."""
    for action_id, can, label in (
        (ActionId.UNDO, status.can_undo, status.undo_label),
        (ActionId.REDO, status.can_redo, status.redo_label),
    ):
        spec, action = ACTIONS[action_id], actions[action_id]
        text = translate("Actions", spec.text)
        label = history_label(label) if can and label else ""
        action.setEnabled(can)
        action.setText(f"{text} {_escape(label)}" if label else text)
        action.setToolTip(_tooltip(spec, label))


def _tooltip(spec: ActionSpec, label: str = "") -> str:
    text = _plain(translate("Actions", spec.text)) + (f" {label}" if label else "")
    if spec.shortcuts:
        keys = QKeySequence(spec.shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)
        text += f" ({keys})"
    return text


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def _escape(label: str) -> str:
    return label.replace("&", "&&")
