"""The kit pane: the kit's sections in running order; drag to reorder, Delete to remove."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QListWidgetItem, QWidget

from mediakit.edits import Changes
from mediakit.gui import labels
from mediakit.gui.icons import section_icon
from mediakit.gui.operations import kits as kit_ops
from mediakit.gui.operations import library as library_ops
from mediakit.gui.operations.library import KitSnapshot
from mediakit.gui.runner import OpRunner, sentence
from mediakit.gui.widgets import EmptyState, pane_layout, pane_title
from mediakit.model import ItemKind, Kit

NO_KIT = "This library has no kit yet. Make one with “mediakit kit new NAME”."
NO_SECTIONS = "This kit has no sections. Undo (Ctrl+Z) brings back the last one removed."


class KitPane(QWidget):
    """Shows one kit. Reorders and removals become edits; the list then reloads from the catalog."""

    kit_loaded = Signal(object)
    selection_changed = Signal(bool)

    def __init__(self, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._kit: Kit | None = None
        self._kit_id: int | None = None
        self._select_after: int | None = None
        self.title = pane_title("Kit")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.sections = _section_list()
        self.sections.model().rowsMoved.connect(self._rows_moved)
        self.sections.itemSelectionChanged.connect(
            lambda: self.selection_changed.emit(self.selected_index() is not None)
        )
        self.body = EmptyState(self.sections, "Opening the library…")
        layout = pane_layout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.body, 1)

    @property
    def kit(self) -> Kit | None:
        return self._kit

    def show_kit(self, kit_id: int | None) -> None:
        self._kit_id = kit_id
        if kit_id is None:
            self.body.set_empty(True, NO_KIT)
            return
        self._reload()

    def on_changes(self, changes: Changes) -> None:
        if self._kit_id is not None and (
            changes.touches(ItemKind.KIT) or changes.touches(ItemKind.STORY)
        ):
            self._reload()

    def section_titles(self) -> list[str]:
        return [self.sections.item(row).text() for row in range(self.sections.count())]

    def selected_index(self) -> int | None:
        rows = [index.row() for index in self.sections.selectedIndexes()]
        return rows[0] if rows else None

    def move_section(self, *, source: int, target: int) -> None:
        """Ask for the section at `source` to go to `target`; the list follows once it is saved."""
        if self._kit_id is None or source == target:
            return
        self._select_after = target
        op = kit_ops.move_section(kit_id=self._kit_id, source=source, target=target)
        self._runner.run(op.failure(self._refused))

    def remove_selected(self) -> None:
        index = self.selected_index()
        if self._kit_id is None or index is None:
            return
        self._select_after = min(index, self.sections.count() - 2)
        self._runner.run(
            kit_ops.remove_section(kit_id=self._kit_id, index=index).failure(self._refused)
        )

    def _refused(self, error: Exception) -> None:
        # The list may already show the drop: put it back as the catalog has it, and say why.
        self._reload()
        self._runner.failed.emit(sentence(error))

    def _reload(self) -> None:
        op = library_ops.kit_snapshot(kit_id=self._kit_id).success(self._show)
        self._runner.run(op)

    def _show(self, snapshot: KitSnapshot) -> None:
        content = snapshot.content
        self._kit = content.kit
        self.title.setText(content.kit.name)
        self.subtitle.setText(content.kit.subtitle)
        self.subtitle.setVisible(bool(content.kit.subtitle))
        self.sections.clear()
        for section in content.kit.sections:
            QListWidgetItem(
                section_icon(section.kind), labels.section_title(section, content), self.sections
            )
        self.body.set_empty(not content.kit.sections, NO_SECTIONS)
        self._restore_selection()
        self.kit_loaded.emit(content.kit)

    def _restore_selection(self) -> None:
        row, self._select_after = self._select_after, None
        if row is not None and 0 <= row < self.sections.count():
            self.sections.setCurrentRow(row)

    def _rows_moved(
        self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, row: int
    ) -> None:
        # Qt gives the row the item was dropped before, counted before it was taken out.
        self.move_section(source=start, target=row - 1 if row > start else row)


def _section_list() -> QListWidget:
    widget = QListWidget()
    widget.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    widget.setDefaultDropAction(Qt.DropAction.MoveAction)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setWordWrap(True)
    widget.setSpacing(1)
    widget.setToolTip("Drag sections to change their order; Delete takes one out of the kit.")
    return widget
