"""The library pane: stories, photos, contacts (by city) and key figures, one tab each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediakit.edits import Changes
from mediakit.gui import labels
from mediakit.gui.icons import icon
from mediakit.gui.operations import library as ops
from mediakit.gui.runner import OpRunner
from mediakit.gui.widgets import EmptyState
from mediakit.model import Contact, ItemKind, KeyFigure, Photo, Story

TABS: dict[ItemKind, str] = {
    ItemKind.STORY: "Stories",
    ItemKind.PHOTO: "Photos",
    ItemKind.CONTACT: "Contacts",
    ItemKind.FIGURE: "Key figures",
}

EMPTY: dict[ItemKind, str] = {
    ItemKind.STORY: "No stories yet. Import documents with “mediakit import FILE…”.",
    ItemKind.PHOTO: "No photos yet. Stories you import bring their photo slots along.",
    ItemKind.CONTACT: "No contacts yet. Imported press releases bring their media contacts.",
    ItemKind.FIGURE: "No key figures yet. Imported fact sheets bring their figures.",
}


class LibraryPane(QWidget):
    """Lists what the library holds; reloads a tab only when a change touches its kind."""

    def __init__(self, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.stories, self.photos, self.figures = _list(), _list(), _list()
        self.contacts = _tree()
        self._pages: dict[ItemKind, EmptyState] = {}
        self._fillers: dict[ItemKind, Callable[[Sequence], None]] = {
            ItemKind.STORY: self._fill_stories,
            ItemKind.PHOTO: self._fill_photos,
            ItemKind.CONTACT: self._fill_contacts,
            ItemKind.FIGURE: self._fill_figures,
        }
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        widgets = (self.stories, self.photos, self.contacts, self.figures)
        for (kind, title), widget in zip(TABS.items(), widgets, strict=True):
            self._pages[kind] = EmptyState(widget, "Loading…")
            self.tabs.addTab(self._pages[kind], title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def load_all(self) -> None:
        for kind in TABS:
            self._load(kind)

    def on_changes(self, changes: Changes) -> None:
        for kind in TABS:
            if changes.touches(kind):
                self._load(kind)

    def item_count(self, kind: ItemKind) -> int:
        """How many stories, photos, contacts or figures the tab lists (contacts without cities)."""
        if kind is ItemKind.CONTACT:
            return sum(
                self.contacts.topLevelItem(i).childCount()
                for i in range(self.contacts.topLevelItemCount())
            )
        return {
            ItemKind.STORY: self.stories,
            ItemKind.PHOTO: self.photos,
            ItemKind.FIGURE: self.figures,
        }[kind].count()

    def _load(self, kind: ItemKind) -> None:
        self._runner.run(ops.load_items(kind=kind).success(partial(self._show, kind)))

    def _show(self, kind: ItemKind, items: Sequence) -> None:
        self._fillers[kind](items)
        self._pages[kind].set_empty(not items, EMPTY[kind])
        index = list(TABS).index(kind)
        self.tabs.setTabToolTip(index, f"{len(items)} {TABS[kind].lower()}")

    def _fill_stories(self, stories: Sequence[Story]) -> None:
        self.stories.clear()
        for story in stories:
            _add(
                self.stories,
                labels.story_title(story),
                labels.story_details(story),
                story.id,
                "story",
            )

    def _fill_photos(self, photos: Sequence[Photo]) -> None:
        self.photos.clear()
        for photo in photos:
            glyph = "gallery" if photo.has_image else "photo-slot"
            _add(self.photos, labels.photo_title(photo), photo.credit, photo.id, glyph)

    def _fill_figures(self, figures: Sequence[KeyFigure]) -> None:
        self.figures.clear()
        for figure in figures:
            _add(
                self.figures,
                labels.figure_title(figure),
                labels.figure_details(figure),
                figure.id,
                "figures",
            )

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
                item.setData(0, Qt.ItemDataRole.UserRole, contact.id)
        self.contacts.expandAll()


def _list() -> QListWidget:
    widget = QListWidget()
    widget.setWordWrap(True)
    widget.setTextElideMode(Qt.TextElideMode.ElideNone)
    widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    widget.setAlternatingRowColors(True)
    return widget


def _tree() -> QTreeWidget:
    widget = QTreeWidget()
    widget.setHeaderHidden(True)
    widget.setRootIsDecorated(False)
    widget.setWordWrap(True)
    widget.setIndentation(12)
    return widget


def _add(widget: QListWidget, title: str, details: str, item_id: int | None, glyph: str) -> None:
    item = QListWidgetItem(icon(glyph), title, widget)
    item.setToolTip(details or title)
    item.setData(Qt.ItemDataRole.UserRole, item_id)
