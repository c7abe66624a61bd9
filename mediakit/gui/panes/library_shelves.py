"""The library pane's shelves, one per kind it lists: the items read from the catalog, the list
showing those the search and filters let through, and how a change reaches that list (the rows
it names are updated where they are, anything more fills the list again from what is held)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QListWidgetItem, QTreeWidgetItem

from mediakit.gui import display_text
from mediakit.gui.filtering import LibraryFilter, visible
from mediakit.gui.icons import icon
from mediakit.gui.kinds import LOOKS
from mediakit.gui.panes.library_lists import ID_ROLE, THUMB_SIZE, ContactTree
from mediakit.gui.panes.photo_grid import PhotoGrid, PhotoModel
from mediakit.gui.thumbnails import Thumbnails
from mediakit.gui.widgets import EmptyState
from mediakit.model import Contact, ItemKind, ItemRef

translate = QCoreApplication.translate


class Shelf:
    """One kind's tab: `items` as the catalog holds them (in library order), shown in `widget`
    inside `page`, which says why when nothing is shown."""

    def __init__(self, kind: ItemKind, widget) -> None:
        self.kind, self.widget, self.page = kind, widget, EmptyState(widget, "")
        self.items: list = []
        self.loaded = False

    def hold(self, items: Sequence) -> None:
        """Every item of the kind, as just read from the catalog."""
        self.items, self.loaded = list(items), True

    def take(self, found: dict[int, object], ids: Iterable[int]) -> None:
        """The items `ids` as read again: changed ones replaced, new ones put in library order,
        those not `found` (deleted) taken out."""
        gone = set(ids) - set(found)
        held = {item.id: item for item in self.items if item.id not in gone}
        held.update(found)
        self.items = [held[item_id] for item_id in sorted(held)]

    def show(self, hits: set[tuple[str, int]] | None, library_filter: LibraryFilter) -> None:
        """Fill the list with the items that pass the search and the filters, keeping the
        selection (quietly) where it was."""
        shown = self.visible(hits, library_filter)
        selected = self.widget.current_id()
        self.widget.blockSignals(True)
        self.fill(shown)
        self.widget.blockSignals(False)
        if selected is not None:
            self.select(selected, quiet=True)
        narrowed = hits is not None or bool(library_filter.active)
        self.page.set_empty(not shown, self._empty_text(narrowed))

    def visible(self, hits: set[tuple[str, int]] | None, library_filter: LibraryFilter) -> list:
        return visible(self.items, kind=self.kind, hits=hits, library_filter=library_filter)

    def update_rows(self, items: Iterable, shown: Sequence) -> bool:
        """Show the changed `items` in the rows they have, when the list still shows `shown`
        (the visible items) in the same order; False when the list must be filled again."""
        widget = self.widget
        if [item.id for item in shown] != [
            widget.item(r).data(ID_ROLE) for r in range(widget.count())
        ]:
            return False
        for item in items:
            row = widget.row_of(item.id)
            if row is not None:
                self.dress(widget.item(row), item)
        return True

    def select(self, item_id: int, *, quiet: bool = False) -> bool:
        widget = self.widget
        row = widget.row_of(item_id)
        if row is not None:
            widget.blockSignals(quiet)
            widget.setCurrentRow(row)
            widget.blockSignals(False)
            widget.scrollToItem(widget.item(row))
        return row is not None

    def count(self) -> int:
        return self.widget.count()

    def fill(self, items: Sequence) -> None:
        self.widget.clear()
        for item in items:
            self.dress(self.widget.add("", "", item.id, LOOKS[self.kind].glyph), item)

    def dress(self, row: QListWidgetItem, item) -> None:
        """Put the item's words (and picture) on its row."""
        title, details = self.words(item)
        row.setText(title)
        row.setToolTip(details or title)

    def words(self, item) -> tuple[str, str]:
        raise NotImplementedError

    def _empty_text(self, narrowed: bool) -> str:
        if self.items and narrowed:
            return translate("LibraryPane", "Nothing here matches the search or the filters.")
        return translate("LibraryPane", LOOKS[self.kind].empty)


class StoryShelf(Shelf):
    def words(self, item) -> tuple[str, str]:
        return display_text.story_title(item), display_text.story_details(item)


class FigureShelf(Shelf):
    def words(self, item) -> tuple[str, str]:
        return display_text.figure_title(item), display_text.figure_details(item)


class PhotoShelf(Shelf):
    """Photos in a lazy grid: the rows are handed to the view as it scrolls, and each thumbnail
    is made when its row is first painted (see `photo_grid`)."""

    widget: PhotoGrid

    def __init__(self, widget: PhotoGrid, thumbnails: Thumbnails) -> None:
        super().__init__(ItemKind.PHOTO, widget)
        glyphs = {"slot": icon("photo-slot"), "waiting": icon("photo")}
        self.model = PhotoModel(thumbnails, self.words, _framed, glyphs, parent=widget)
        widget.use(self.model)

    def words(self, item) -> tuple[str, str]:
        return _short(display_text.photo_title(item)), display_text.photo_details(item)

    def fill(self, items: Sequence) -> None:
        self.model.reset(items)

    def update_rows(self, items: Iterable, shown: Sequence) -> bool:
        if [item.id for item in shown] != self.model.ids():
            return False
        self.model.update(items)
        return True


class ContactShelf(Shelf):
    """Contacts under their city; a change that moves one to another city fills the tree again
    from what is held, any other updates the contacts' rows where they are."""

    widget: ContactTree

    def fill(self, items: Sequence[Contact]) -> None:
        tree = self.widget
        tree.clear()
        for city, members in display_text.by_city(items):
            group = QTreeWidgetItem(tree, [city])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for contact in members:
                item = QTreeWidgetItem(group, [display_text.contact_title(contact)])
                item.setToolTip(0, display_text.contact_details(contact))
                item.setIcon(0, icon(LOOKS[ItemKind.CONTACT].glyph))
                item.setData(0, ID_ROLE, contact.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        tree.expandAll()

    def update_rows(self, items: Iterable, shown: Sequence) -> bool:
        if self._groups() != [
            (city, [c.id for c in group]) for city, group in display_text.by_city(shown)
        ]:
            return False
        for contact in items:
            row = self.widget.item_of(contact.id)
            if row is not None:
                row.setText(0, display_text.contact_title(contact))
                row.setToolTip(0, display_text.contact_details(contact))
        return True

    def _groups(self) -> list[tuple[str, list[int]]]:
        """(city, contact ids) as the tree shows them."""
        tree = self.widget
        groups = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        return [
            (group.text(0), [group.child(r).data(0, ID_ROLE) for r in range(group.childCount())])
            for group in groups
        ]

    def select(self, item_id: int, *, quiet: bool = False) -> bool:
        found = self.widget.item_of(item_id)
        if found is not None:
            self.widget.blockSignals(quiet)
            self.widget.setCurrentItem(found)
            self.widget.blockSignals(False)
        return found is not None

    def count(self) -> int:
        return self.widget.contact_count()


def id_of(item) -> int | None:
    """The id a list row or tree row carries (None for a city)."""
    if item is None:
        return None
    if isinstance(item, QTreeWidgetItem):
        return item.data(0, ID_ROLE)
    return item.data(ID_ROLE)


def ref_of(kind: ItemKind, item) -> ItemRef | None:
    item_id = id_of(item)
    return ItemRef(kind, item_id) if item_id is not None else None


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
