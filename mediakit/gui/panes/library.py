"""The library pane: stories, photos (a grid of thumbnails), contacts (by city) and key figures,
one tab each, with a search over all of them and filters."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QTabWidget, QTreeWidgetItem, QWidget

from mediakit.edits import Changes
from mediakit.gui import labels
from mediakit.gui.filtering import LibraryFilter, hit_set, visible
from mediakit.gui.icons import icon
from mediakit.gui.operations import library as ops
from mediakit.gui.panes.library_lists import (
    ID_ROLE,
    THUMB_SIZE,
    ContactTree,
    FilterButton,
    ItemList,
    PhotoGrid,
)
from mediakit.gui.runner import OpRunner
from mediakit.gui.thumbnails import Thumbnails
from mediakit.gui.widgets import EmptyState, Translatable, pane_layout
from mediakit.model import Contact, ItemKind, ItemRef, KeyFigure, Photo, Story

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 250
TABS: dict[ItemKind, str] = {
    ItemKind.STORY: QT_TRANSLATE_NOOP("LibraryPane", "Stories"),
    ItemKind.PHOTO: QT_TRANSLATE_NOOP("LibraryPane", "Photos"),
    ItemKind.CONTACT: QT_TRANSLATE_NOOP("LibraryPane", "Contacts"),
    ItemKind.FIGURE: QT_TRANSLATE_NOOP("LibraryPane", "Figures"),
}
EMPTY: dict[ItemKind, str] = {
    ItemKind.STORY: QT_TRANSLATE_NOOP(
        "LibraryPane", "No stories yet. Drop documents here, or use File ▸ Import."
    ),
    ItemKind.PHOTO: QT_TRANSLATE_NOOP(
        "LibraryPane", "No photos yet. Drop photos here, or use File ▸ Import."
    ),
    ItemKind.CONTACT: QT_TRANSLATE_NOOP(
        "LibraryPane", "No contacts yet. Drop vCards or a CSV file here, or use File ▸ Import."
    ),
    ItemKind.FIGURE: QT_TRANSLATE_NOOP(
        "LibraryPane", "No key figures yet. Imported fact sheets bring their figures."
    ),
}


class LibraryPane(Translatable, QWidget):
    """Lists what the library holds; reloads a tab only when a change touches its kind.

    `item_selected(ItemRef)` when the user picks an item, `add_requested(ItemRef)` when they
    double-click it (or press Enter) to put it in the kit.
    """

    item_selected = Signal(object)
    add_requested = Signal(object)

    def __init__(
        self, runner: OpRunner, thumbnails: Thumbnails, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._thumbnails = thumbnails
        self._items: dict[ItemKind, list] = {kind: [] for kind in TABS}
        self._loaded: set[ItemKind] = set()
        self._hits: set[tuple[str, int]] | None = None
        self.stories, self.figures = ItemList(ItemKind.STORY), ItemList(ItemKind.FIGURE)
        self.photos, self.contacts = PhotoGrid(), ContactTree()
        self.lists = {
            ItemKind.STORY: self.stories,
            ItemKind.PHOTO: self.photos,
            ItemKind.CONTACT: self.contacts,
            ItemKind.FIGURE: self.figures,
        }
        self._fillers: dict[ItemKind, Callable[[Sequence], None]] = {
            ItemKind.STORY: self._fill_stories,
            ItemKind.PHOTO: self._fill_photos,
            ItemKind.CONTACT: self._fill_contacts,
            ItemKind.FIGURE: self._fill_figures,
        }
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.filters = FilterButton()
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self._pages = {kind: EmptyState(widget, "") for kind, widget in self.lists.items()}
        for page in self._pages.values():
            self.tabs.addTab(page, "")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self._connect()
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.filters)
        layout = pane_layout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.filters.changed.connect(lambda _filter: self._refill_all())
        self._thumbnails.ready.connect(self._thumbnail_ready)
        for kind in (ItemKind.STORY, ItemKind.PHOTO, ItemKind.FIGURE):
            widget = self.lists[kind]
            widget.currentItemChanged.connect(partial(self._current_changed, kind))
            widget.itemActivated.connect(partial(self._activated, kind))
        self.contacts.currentItemChanged.connect(partial(self._current_changed, ItemKind.CONTACT))
        self.contacts.itemActivated.connect(partial(self._activated, ItemKind.CONTACT))
        self.tabs.currentChanged.connect(lambda _index: self._emit_selected(self.current_ref()))

    def load_all(self) -> None:
        self._loaded.clear()
        for kind in TABS:
            self._load(kind)

    def on_changes(self, changes: Changes) -> None:
        for kind in TABS:
            if changes.touches(kind):
                self._load(kind)
        if self.search.text().strip() and changes:
            self._run_search()

    def item_count(self, kind: ItemKind) -> int:
        """How many stories, photos, contacts or figures the tab lists (contacts without cities)."""
        if kind is ItemKind.CONTACT:
            return self.contacts.contact_count()
        return self.lists[kind].count()

    def current_kind(self) -> ItemKind:
        return list(TABS)[self.tabs.currentIndex()]

    def current_ref(self) -> ItemRef | None:
        kind = self.current_kind()
        item_id = self.lists[kind].current_id()
        return ItemRef(kind, item_id) if item_id is not None else None

    def set_filter(self, library_filter: LibraryFilter) -> None:
        self.filters.set_filter(library_filter)

    def select(self, ref: ItemRef) -> bool:
        """Show the item's tab and select it (clearing the search and filters if they hide it)."""
        if ref.kind not in TABS:
            return False
        self.tabs.setCurrentIndex(list(TABS).index(ref.kind))
        if not self._select_row(ref) and (self._hits is not None or self.filters.filter.active):
            self.search.clear()
            self._search_timer.stop()
            self._hits = None
            self.filters.clear()
            self._refill_all()
            return self._select_row(ref)
        return True

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search the library (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the library"))
        for kind, widget in self.lists.items():
            widget.setAccessibleName(translate("LibraryPane", TABS[kind]))
        self._show_counts()
        self._refill_all()

    # Loading and showing.

    def _load(self, kind: ItemKind) -> None:
        self._runner.run(ops.load_items(kind=kind).success(partial(self._loaded_items, kind)))

    def _loaded_items(self, kind: ItemKind, items: Sequence) -> None:
        self._items[kind] = list(items)
        self._loaded.add(kind)
        self._refill(kind)

    def _refill_all(self) -> None:
        for kind in self._loaded:
            self._refill(kind)

    def _refill(self, kind: ItemKind) -> None:
        shown = visible(
            self._items[kind], kind=kind, hits=self._hits, library_filter=self.filters.filter
        )
        selected = self.lists[kind].current_id()
        widget = self.lists[kind]
        widget.blockSignals(True)
        self._fillers[kind](shown)
        widget.blockSignals(False)
        if selected is not None:
            self._select_row(ItemRef(kind, selected), quiet=True)
        self._pages[kind].set_empty(not shown, self._empty_text(kind))
        self._show_counts()

    def _empty_text(self, kind: ItemKind) -> str:
        if self._items[kind] and (self._hits is not None or self.filters.filter.active):
            return self.tr("Nothing here matches the search or the filters.")
        return translate("LibraryPane", EMPTY[kind])

    def _show_counts(self) -> None:
        for index, (kind, title) in enumerate(TABS.items()):
            name = translate("LibraryPane", title)
            self.tabs.setTabText(index, name)
            if kind in self._loaded:
                count = self.item_count(kind)
                self.tabs.setTabToolTip(
                    index, self.tr("{name}: {count} listed").format(name=name, count=count)
                )

    def _fill_stories(self, stories: Sequence[Story]) -> None:
        self.stories.clear()
        for story in stories:
            title, details = labels.story_title(story), labels.story_details(story)
            self.stories.add(title, details, story.id, "story")

    def _fill_photos(self, photos: Sequence[Photo]) -> None:
        self.photos.clear()
        for photo in photos:
            item = self.photos.add(
                _short(labels.photo_title(photo)), labels.photo_details(photo), photo.id, "photo"
            )
            item.setData(ID_ROLE + 1, photo.media_hash)
            item.setIcon(self._photo_icon(photo.media_hash))

    def _fill_figures(self, figures: Sequence[KeyFigure]) -> None:
        self.figures.clear()
        for figure in figures:
            title, details = labels.figure_title(figure), labels.figure_details(figure)
            self.figures.add(title, details, figure.id, "figures")

    def _fill_contacts(self, contacts: Sequence[Contact]) -> None:
        self.contacts.clear()
        for city, members in labels.by_city(contacts):
            group = QTreeWidgetItem(self.contacts, [city])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for contact in members:
                item = QTreeWidgetItem(group, [labels.contact_title(contact)])
                item.setToolTip(0, labels.contact_details(contact))
                item.setIcon(0, icon("contacts"))
                item.setData(0, ID_ROLE, contact.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        self.contacts.expandAll()

    def _photo_icon(self, media_hash: str) -> QIcon:
        if not media_hash:
            return icon("photo-slot")
        pixmap = self._thumbnails.pixmap(media_hash)
        return _framed(pixmap) if pixmap is not None else icon("photo")

    def _thumbnail_ready(self, media_hash: str) -> None:
        for row in range(self.photos.count()):
            item = self.photos.item(row)
            if item.data(ID_ROLE + 1) == media_hash:
                item.setIcon(self._photo_icon(media_hash))

    # Selection, activation and search.

    def _select_row(self, ref: ItemRef, *, quiet: bool = False) -> bool:
        widget = self.lists[ref.kind]
        if ref.kind is ItemKind.CONTACT:
            found = self.contacts.item_of(ref.id)
            if found is not None:
                widget.blockSignals(quiet)
                self.contacts.setCurrentItem(found)
                widget.blockSignals(False)
            return found is not None
        row = widget.row_of(ref.id)
        if row is not None:
            widget.blockSignals(quiet)
            widget.setCurrentRow(row)
            widget.blockSignals(False)
            widget.scrollToItem(widget.item(row))
        return row is not None

    def _current_changed(self, kind: ItemKind, current, _previous) -> None:
        item_id = _id_of(current)
        if kind is self.current_kind() and item_id is not None:
            self._emit_selected(ItemRef(kind, item_id))

    def _emit_selected(self, ref: ItemRef | None) -> None:
        # A tab with nothing selected leaves the editor showing what it showed.
        if ref is not None:
            self.item_selected.emit(ref)

    def _activated(self, kind: ItemKind, item, *_column) -> None:
        item_id = _id_of(item)
        if item_id is not None:
            self.add_requested.emit(ItemRef(kind, item_id))

    def _run_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            self._hits = None
            self._refill_all()
            return
        op = ops.search(text=text).success(lambda found: self._searched(text, found))
        self._runner.run(op)

    def _searched(self, text: str, found: list[tuple[str, int]]) -> None:
        if text == self.search.text().strip():
            self._hits = hit_set(found)
            self._refill_all()


def _id_of(item) -> int | None:
    if item is None:
        return None
    if isinstance(item, QTreeWidgetItem):
        return item.data(0, ID_ROLE)
    return item.data(ID_ROLE)


def _short(text: str, words: int = 9) -> str:
    pieces = text.split()
    return " ".join(pieces[:words]) + ("…" if len(pieces) > words else "")


def _framed(pixmap: QPixmap) -> QIcon:
    """The thumbnail centred in the grid's cell size, so captions line up under every photo."""
    canvas = QPixmap(QSize(THUMB_SIZE.width() * 2, THUMB_SIZE.height() * 2))
    canvas.fill(Qt.GlobalColor.transparent)
    scaled = pixmap.scaled(
        canvas.size(),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    painter = QPainter(canvas)
    painter.drawPixmap(
        (canvas.width() - scaled.width()) // 2, (canvas.height() - scaled.height()) // 2, scaled
    )
    painter.end()
    return QIcon(canvas)
