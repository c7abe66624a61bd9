"""The kit pane: the kit's sections in running order; drag to reorder, drop library items to
add them, Delete to remove."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QWidget,
)

from mediakit.edits import Changes
from mediakit.gui import display_text
from mediakit.gui.icons import icon
from mediakit.gui.operations import kits as kit_ops
from mediakit.gui.operations import library as library_ops
from mediakit.gui.operations.library import KitSnapshot
from mediakit.gui.panes.library_lists import ITEM_MIME, decode_refs
from mediakit.gui.runner import OpRunner, sentence
from mediakit.gui.widgets import EmptyState, Translatable, pane_layout, pane_title
from mediakit.model import (
    ItemKind,
    ItemRef,
    Kit,
    KitContent,
    NotFoundError,
    Section,
    SectionKind,
)

SECTION_MIME = "application/x-mediakit-section"
SECTION_ICONS: dict[SectionKind, str] = {
    SectionKind.COVER: "cover",
    SectionKind.CONTENTS: "contents",
    SectionKind.STORY: "story",
    SectionKind.GALLERY: "gallery",
    SectionKind.FIGURES: "figures",
    SectionKind.CONTACTS: "contacts",
    SectionKind.ABOUT: "about",
    SectionKind.BACK_COVER: "back-cover",
}


def section_icon(kind: SectionKind) -> QIcon:
    return icon(SECTION_ICONS.get(kind, "story"))


class SectionList(QListWidget):
    """Sections reorder by dragging; library items dropped from outside are added.

    Both drags carry mediakit's own data (the section's row, or the library items), so a drop
    turns into an edit and the list only changes once the catalog has it.
    """

    section_dropped = Signal(int, int)  # the row dragged, the row it was dropped before
    item_dropped = Signal(object, int)  # an ItemRef, the row it was dropped before

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(1)

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt's name)
        return [SECTION_MIME, ITEM_MIME]

    def mimeData(self, items) -> QMimeData:  # noqa: N802 (Qt's name)
        data = QMimeData()
        rows = ",".join(str(self.row(item)) for item in items)
        data.setData(SECTION_MIME, QByteArray(rows.encode()))
        return data

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if self._ours(event):
            super().dragEnterEvent(event)
            self._accept(event)
        else:
            event.ignore()  # files go on to the window, which imports them

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's name)
        if self._ours(event):
            super().dragMoveEvent(event)  # draws the drop indicator
            self._accept(event)
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._ours(event):
            event.ignore()
            return
        row = self.drop_row(event.position().toPoint())
        # Copy, never Move: a move would make the view delete the dragged row itself.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        source = _dragged_row(event.mimeData())
        if source is not None:
            self.section_dropped.emit(source, row)
            return
        for offset, ref in enumerate(decode_refs(event.mimeData())):
            self.item_dropped.emit(ref, row + offset)

    def drop_row(self, point) -> int:
        """The row a drop at `point` goes before (the end, below the last row)."""
        index = self.indexAt(point)
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if point.y() > rect.center().y() else 0)

    @staticmethod
    def _ours(event) -> bool:
        data = event.mimeData()
        return data.hasFormat(SECTION_MIME) or bool(decode_refs(data))

    @staticmethod
    def _accept(event) -> None:
        moving = event.mimeData().hasFormat(SECTION_MIME)
        event.setDropAction(Qt.DropAction.MoveAction if moving else Qt.DropAction.CopyAction)
        event.accept()


def _dragged_row(data: QMimeData) -> int | None:
    if not data.hasFormat(SECTION_MIME):
        return None
    text = bytes(data.data(SECTION_MIME).data()).decode(errors="replace").split(",")[0]
    return int(text) if text.strip().isdigit() else None


class KitPane(Translatable, QWidget):
    """Shows one kit. Reorders, additions and removals become edits; the list then reloads."""

    kit_loaded = Signal(object)
    selection_changed = Signal(bool)
    section_selected = Signal(int)  # the row, or -1
    settings_requested = Signal()

    def __init__(self, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._kit: Kit | None = None
        self._content: KitContent | None = None
        self._kit_id: int | None = None
        self._select_after: int | None = None
        self.title = pane_title()
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.settings_button = QToolButton()
        self.settings_button.setIcon(icon("settings"))
        self.settings_button.clicked.connect(self.settings_requested)
        self.sections = SectionList()
        self.sections.section_dropped.connect(self._section_dropped)
        self.sections.item_dropped.connect(lambda ref, row: self.add_item(ref, position=row))
        self.sections.itemSelectionChanged.connect(self._selection_changed)
        self.body = EmptyState(self.sections, "")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = pane_layout(self)
        layout.addLayout(header)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.body, 1)
        self.retranslate()

    @property
    def kit(self) -> Kit | None:
        return self._kit

    @property
    def kit_id(self) -> int | None:
        return self._kit_id

    def show_kit(self, kit_id: int | None) -> None:
        self._kit_id, self._kit, self._content = kit_id, None, None
        self.sections.clear()
        if kit_id is None:
            self.body.set_empty(True, self.tr("This library has no kit yet."))
            return
        self._reload()

    def on_changes(self, changes: Changes) -> None:
        """Read the kit again when it, the profile, or a story it shows changed."""
        if self._kit_id is not None and (
            changes.touches(ItemKind.KIT)
            or changes.touches(ItemKind.ORG)
            or self._shows_any(changes.ids_of(ItemKind.STORY))
        ):
            self._reload()

    def _shows_any(self, story_ids: frozenset[int] | None) -> bool:
        # None: any story may have changed; a story not in the kit changes no section title.
        if story_ids is None or (story_ids and self._kit is None):
            return True
        return bool(story_ids) and not story_ids.isdisjoint(self._kit.ids_of(SectionKind.STORY))

    def section_titles(self) -> list[str]:
        return [self.sections.item(row).text() for row in range(self.sections.count())]

    def selected_index(self) -> int | None:
        rows = [index.row() for index in self.sections.selectedIndexes()]
        return rows[0] if rows else None

    def selected_section(self) -> Section | None:
        index = self.selected_index()
        if self._kit is None or index is None or index >= len(self._kit.sections):
            return None
        return self._kit.sections[index]

    def add_item(self, ref: ItemRef, *, position: int | None = None) -> None:
        """Put a library item into the kit (double-click, Add to kit, or a drop at `position`)."""
        if self._kit_id is None or ref is None:
            return
        noun = display_text.tr(display_text.ITEM_NOUNS[ref.kind]).lower()
        label = self.tr("Add {noun} to the kit").format(noun=noun)
        self._select_after = position
        op = kit_ops.add_to_kit(
            kit_id=self._kit_id,
            ref=ref,
            position=position,
            label=label,
            revision=self._revision(),
        )
        self._runner.run(op.failure(self._refused))

    def move_section(self, *, source: int, target: int) -> None:
        """Ask for the section at `source` to go to `target`; the list follows once it is saved."""
        if self._kit_id is None or source == target:
            return
        self._select_after = target
        op = kit_ops.move_section(
            kit_id=self._kit_id, source=source, target=target, revision=self._revision()
        )
        self._runner.run(op.failure(self._refused))

    def remove_selected(self) -> None:
        index = self.selected_index()
        if self._kit_id is None or index is None:
            return
        self._select_after = min(index, self.sections.count() - 2)
        self._runner.run(
            kit_ops.remove_section(
                kit_id=self._kit_id, index=index, revision=self._revision()
            ).failure(self._refused)
        )

    def _revision(self) -> int | None:
        """The revision of the kit as shown: an edit of it is refused if another program
        changed the kit since (the pane then reloads and says so)."""
        return self._kit.revision if self._kit is not None else None

    def retranslate(self) -> None:
        self.settings_button.setToolTip(self.tr("Kit settings"))
        self.settings_button.setAccessibleName(self.tr("Kit settings"))
        self.sections.setAccessibleName(self.tr("Sections of the kit"))
        self.sections.setToolTip(
            self.tr(
                "Drag sections to change their order; drop stories, photos, figures or contacts "
                "from the library to add them; Delete takes a section out."
            )
        )
        if self._content is not None:
            self._show_sections(self._content)
        elif self._kit_id is None:
            self.title.setText(self.tr("Kit"))
            self.body.set_empty(True, self.tr("Opening the library…"))

    def _refused(self, error: Exception) -> None:
        # The list may already show the drop: put it back as the catalog has it, and say why.
        self._reload()
        self._runner.failed.emit(sentence(error))

    def _reload(self) -> None:
        op = library_ops.kit_snapshot(kit_id=self._kit_id).success(self._show)
        # A kit just deleted or undone: the list of kits goes to another one (see kit_list).
        op.failure(lambda error: None if isinstance(error, NotFoundError) else self._refused(error))
        self._runner.run(op)

    def _show(self, snapshot: KitSnapshot) -> None:
        content = snapshot.content
        if content.kit.id != self._kit_id:
            return
        self._kit, self._content = content.kit, content
        self.title.setText(content.kit.name)
        self.subtitle.setText(content.kit.subtitle)
        self.subtitle.setVisible(bool(content.kit.subtitle))
        self._show_sections(content)
        self.kit_loaded.emit(content.kit)

    def _show_sections(self, content: KitContent) -> None:
        before = self.selected_index()
        self.sections.blockSignals(True)
        self.sections.clear()
        for section in content.kit.sections:
            QListWidgetItem(
                section_icon(section.kind),
                display_text.section_title(section, content),
                self.sections,
            )
        self.sections.blockSignals(False)
        self.body.set_empty(
            not content.kit.sections,
            self.tr("This kit has no sections. Double-click a story in the library to add one."),
        )
        row, self._select_after = self._select_after, None
        if row is not None and 0 <= row < self.sections.count():
            self.sections.setCurrentRow(row)  # after a move or removal: say so
            return
        if before is not None and before < self.sections.count():
            self.sections.blockSignals(True)  # a reload keeps the selection quietly
            self.sections.setCurrentRow(before)
            self.sections.blockSignals(False)
        self.selection_changed.emit(self.selected_index() is not None)

    def _selection_changed(self) -> None:
        index = self.selected_index()
        self.selection_changed.emit(index is not None)
        self.section_selected.emit(-1 if index is None else index)

    def _section_dropped(self, source: int, row: int) -> None:
        # The row it was dropped before, counted with the dragged section still in place.
        self.move_section(source=source, target=row - 1 if row > source else row)
