"""The library pane's lists: each item can be dragged onto the kit; the filter menu."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from mediakit.gui import display_text
from mediakit.gui.filtering import LibraryFilter
from mediakit.gui.icons import icon
from mediakit.gui.widgets import Translatable
from mediakit.model import ItemKind, ItemRef

translate = QCoreApplication.translate
ITEM_MIME = "application/x-mediakit-items"
ID_ROLE = Qt.ItemDataRole.UserRole
THUMB_SIZE = QSize(104, 78)


def encode_refs(refs: Sequence[ItemRef]) -> QMimeData:
    """Library items being dragged, as "story:3" lines."""
    data = QMimeData()
    text = "\n".join(f"{ref.kind}:{ref.id}" for ref in refs)
    data.setData(ITEM_MIME, QByteArray(text.encode()))
    return data


def decode_refs(data: QMimeData) -> list[ItemRef]:
    if not data.hasFormat(ITEM_MIME):
        return []
    refs = []
    for line in bytes(data.data(ITEM_MIME).data()).decode(errors="replace").splitlines():
        kind, _, item_id = line.partition(":")
        if kind in ItemKind._value2member_map_ and item_id.isdigit():
            refs.append(ItemRef(ItemKind(kind), int(item_id)))
    return refs


class ItemList(QListWidget):
    """A list of one kind of library item; rows carry the item id and can be dragged."""

    def __init__(self, kind: ItemKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAlternatingRowColors(True)
        # Several stories at once (Ctrl/Shift+click): dragged together, or New kit from selection.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)

    def add(self, title: str, details: str, item_id: int | None, glyph: str) -> QListWidgetItem:
        item = QListWidgetItem(icon(glyph), title, self)
        item.setToolTip(details or title)
        item.setData(ID_ROLE, item_id)
        return item

    def row_of(self, item_id: int) -> int | None:
        for row in range(self.count()):
            if self.item(row).data(ID_ROLE) == item_id:
                return row
        return None

    def current_id(self) -> int | None:
        item = self.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt's name)
        return [ITEM_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802
        return encode_refs([ItemRef(self.kind, item.data(ID_ROLE)) for item in items])


class ContactTree(QTreeWidget):
    """Contacts under their city; contacts (not cities) can be dragged."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setIndentation(12)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)

    def contact_count(self) -> int:
        return sum(self.topLevelItem(i).childCount() for i in range(self.topLevelItemCount()))

    def item_of(self, contact_id: int) -> QTreeWidgetItem | None:
        for group in range(self.topLevelItemCount()):
            parent = self.topLevelItem(group)
            for row in range(parent.childCount()):
                if parent.child(row).data(0, ID_ROLE) == contact_id:
                    return parent.child(row)
        return None

    def current_id(self) -> int | None:
        item = self.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt's name)
        return [ITEM_MIME]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:  # noqa: N802
        ids = [item.data(0, ID_ROLE) for item in items if item.data(0, ID_ROLE) is not None]
        return encode_refs([ItemRef(ItemKind.CONTACT, item_id) for item_id in ids])


ANY = QT_TRANSLATE_NOOP("LibraryFilter", "Any")
FILTER_GROUPS: tuple[tuple[str, str, dict], ...] = (
    ("language", QT_TRANSLATE_NOOP("LibraryFilter", "Language"), display_text.LANGUAGES),
    ("story_kind", QT_TRANSLATE_NOOP("LibraryFilter", "Kind of story"), display_text.STORY_KINDS),
    (
        "has_image",
        QT_TRANSLATE_NOOP("LibraryFilter", "Image"),
        {
            True: QT_TRANSLATE_NOOP("Labels", "With an image"),
            False: QT_TRANSLATE_NOOP("Labels", "Still without an image"),
        },
    ),
    ("consent", QT_TRANSLATE_NOOP("LibraryFilter", "Consent"), display_text.CONSENT_LEVELS),
)


class FilterButton(Translatable, QToolButton):
    """A button with a menu of filters, one choice per group; `changed(LibraryFilter)`."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(icon("filter"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self._headers: list[tuple[QAction, str]] = []
        self._choices: list[tuple[QAction, str]] = []
        self._groups: dict[str, list[tuple[QAction, object]]] = {}
        self._setting = False
        for name, title, choices in FILTER_GROUPS:
            self._add_group(name, title, choices)
        self.menu_.addSeparator()
        self.clear_action = self.menu_.addAction("", self.clear)
        self.filter = LibraryFilter()
        self.retranslate()

    def set_filter(self, library_filter: LibraryFilter) -> None:
        self._setting = True
        try:
            for name, choices in self._groups.items():
                wanted = getattr(library_filter, name)
                for action, value in choices:
                    action.setChecked(value == wanted)
        finally:
            self._setting = False
        self._changed()

    def clear(self) -> None:
        self.set_filter(LibraryFilter())

    def retranslate(self) -> None:
        for action, text in self._headers:
            action.setText(translate("LibraryFilter", text))
        for action, text in self._choices:
            context = "LibraryFilter" if text == ANY else "Labels"
            action.setText(translate(context, text))
        self.clear_action.setText(translate("LibraryFilter", "Show everything"))
        self._show_count()

    def _add_group(self, name: str, title: str, choices: dict) -> None:
        header = self.menu_.addSection(translate("LibraryFilter", title))
        self._headers.append((header, title))
        group = QActionGroup(self)
        group.setExclusive(True)
        self._groups[name] = []
        # Values stay in Python: a QVariant would turn enums into strings.
        for value, text in {None: ANY, **choices}.items():
            action = self.menu_.addAction(text)
            action.setCheckable(True)
            action.setChecked(value is None)
            action.toggled.connect(lambda on: on and self._changed())
            group.addAction(action)
            self._choices.append((action, text))
            self._groups[name].append((action, value))

    def _changed(self) -> None:
        if self._setting:
            return
        values = {
            name: next((value for action, value in choices if action.isChecked()), None)
            for name, choices in self._groups.items()
        }
        library_filter = LibraryFilter(**values)
        if library_filter != self.filter:
            self.filter = library_filter
            self._show_count()
            self.changed.emit(library_filter)

    def _show_count(self) -> None:
        active = self.filter.active
        text = translate("LibraryFilter", "Filter")
        self.setText(f"{text} ({active})" if active else text)
        self.setAccessibleName(text)
        self.setToolTip(translate("LibraryFilter", "Show only some stories and photos"))
