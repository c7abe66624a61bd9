"""The library pane: stories, photos (a grid of thumbnails), contacts (by city) and key figures,
one tab each, with a search over all of them and filters."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QWidget

from mediakit.edits import Changes
from mediakit.gui.filtering import LibraryFilter
from mediakit.gui.kinds import LOOKS
from mediakit.gui.operations import library as ops
from mediakit.gui.panes.library_lists import ContactTree, ItemList
from mediakit.gui.panes.library_search import LibrarySearch
from mediakit.gui.panes.library_shelves import (
    ContactShelf,
    FigureShelf,
    PhotoShelf,
    Shelf,
    StoryShelf,
    ref_of,
)
from mediakit.gui.panes.photo_grid import PhotoGrid
from mediakit.gui.runner import OpRunner
from mediakit.gui.thumbnails import Thumbnails
from mediakit.gui.widgets import Translatable, pane_layout
from mediakit.model import ItemKind, ItemRef
from mediakit.model.kinds import LIBRARY_KINDS

translate = QCoreApplication.translate


class LibraryPane(Translatable, QWidget):
    """Lists what the library holds; a change that names items updates their rows, one that
    touches a whole kind reads that tab again.

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
        self.stories, self.figures = ItemList(ItemKind.STORY), ItemList(ItemKind.FIGURE)
        self.photos, self.contacts = PhotoGrid(), ContactTree()
        # In the order of LIBRARY_KINDS, the order of the tabs.
        self.shelves: dict[ItemKind, Shelf] = {
            ItemKind.STORY: StoryShelf(ItemKind.STORY, self.stories),
            ItemKind.PHOTO: PhotoShelf(self.photos, thumbnails),
            ItemKind.CONTACT: ContactShelf(ItemKind.CONTACT, self.contacts),
            ItemKind.FIGURE: FigureShelf(ItemKind.FIGURE, self.figures),
        }
        self.lists = {kind: shelf.widget for kind, shelf in self.shelves.items()}
        self._pages = {kind: shelf.page for kind, shelf in self.shelves.items()}
        self.searching = LibrarySearch(runner, self)
        self.search, self.filters = self.searching.field, self.searching.filters
        self.tabs = QTabWidget(self)
        self._lay_out()
        self._connect()
        self.retranslate()

    def _lay_out(self) -> None:
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        for page in self._pages.values():
            self.tabs.addTab(page, "")
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.filters)
        layout = pane_layout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.searching.narrowed.connect(self._refill_all)
        for kind, widget in self.lists.items():
            widget.currentItemChanged.connect(partial(self._current_changed, kind))
            widget.itemActivated.connect(partial(self._activated, kind))
        self.tabs.currentChanged.connect(lambda _index: self._emit_selected(self.current_ref()))

    def load_all(self) -> None:
        for shelf in self.shelves.values():
            shelf.loaded = False
        for kind in LIBRARY_KINDS:
            self._load(kind)

    def on_changes(self, changes: Changes) -> None:
        """Read again the items `changes` names, or every item of a kind it touches whole."""
        for kind, shelf in self.shelves.items():
            ids = changes.ids_of(kind)
            if ids is None or (ids and not shelf.loaded):
                self._load(kind)
            elif ids:
                op = ops.load_some(kind=kind, ids=ids)
                self._runner.run(op.success(partial(self._loaded_some, kind, ids)))
        if self.searching.text() and changes:
            self.searching.run()

    def item_count(self, kind: ItemKind) -> int:
        """How many stories, photos, contacts or figures the tab lists (contacts without cities)."""
        return self.shelves[kind].count()

    def current_kind(self) -> ItemKind:
        return LIBRARY_KINDS[self.tabs.currentIndex()]

    def current_ref(self) -> ItemRef | None:
        kind = self.current_kind()
        item_id = self.lists[kind].current_id()
        return ItemRef(kind, item_id) if item_id is not None else None

    def set_filter(self, library_filter: LibraryFilter) -> None:
        self.filters.set_filter(library_filter)

    def select(self, ref: ItemRef) -> bool:
        """Show the item's tab and select it (clearing the search and filters if they hide it)."""
        if ref.kind not in self.shelves:
            return False
        self.tabs.setCurrentIndex(LIBRARY_KINDS.index(ref.kind))
        shelf = self.shelves[ref.kind]
        if not shelf.select(ref.id) and self.searching.narrowing:
            self.searching.clear()
            self._refill_all()
            return shelf.select(ref.id)
        return True

    def retranslate(self) -> None:
        self.searching.retranslate()
        for kind, widget in self.lists.items():
            widget.setAccessibleName(translate("LibraryPane", LOOKS[kind].tab))
        self._show_counts()
        self._refill_all()

    # Loading and showing.

    def _load(self, kind: ItemKind) -> None:
        self._runner.run(ops.load_items(kind=kind).success(partial(self._loaded_items, kind)))

    def _loaded_items(self, kind: ItemKind, items: Sequence) -> None:
        self.shelves[kind].hold(items)
        self._refill(kind)

    def _loaded_some(self, kind: ItemKind, ids: frozenset[int], found: dict) -> None:
        shelf = self.shelves[kind]
        shelf.take(found, ids)
        shown = shelf.visible(self.searching.hits, self.searching.filter)
        if not shelf.update_rows(found.values(), shown):
            self._refill(kind)

    def _refill_all(self) -> None:
        for kind, shelf in self.shelves.items():
            if shelf.loaded:
                self._refill(kind)

    def _refill(self, kind: ItemKind) -> None:
        self.shelves[kind].show(self.searching.hits, self.searching.filter)
        self._show_counts()

    def _show_counts(self) -> None:
        for index, kind in enumerate(LIBRARY_KINDS):
            name = translate("LibraryPane", LOOKS[kind].tab)
            self.tabs.setTabText(index, name)
            if self.shelves[kind].loaded:
                count = self.item_count(kind)
                self.tabs.setTabToolTip(
                    index, self.tr("{name}: {count} listed").format(name=name, count=count)
                )

    # Selection and activation.

    def _current_changed(self, kind: ItemKind, current, _previous) -> None:
        ref = ref_of(kind, current)
        if kind is self.current_kind() and ref is not None:
            self._emit_selected(ref)

    def _emit_selected(self, ref: ItemRef | None) -> None:
        # A tab with nothing selected leaves the editor showing what it showed.
        if ref is not None:
            self.item_selected.emit(ref)

    def _activated(self, kind: ItemKind, item, *_column) -> None:
        ref = ref_of(kind, item)
        if ref is not None:
            self.add_requested.emit(ref)
