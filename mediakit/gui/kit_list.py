"""The library's kits: a chooser above the kit's outline, the Kit menu's commands (new, from the
library's selection, duplicate, rename, delete, recent kits) and the outline's moves by keyboard.

Every change is an edit run on the catalog lane (see `operations.kits`); this only asks for it,
passing the revision of the kit as shown, and goes to the kit the edit made.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QInputDialog, QMenu, QWidget

from mediakit.edits import Changes
from mediakit.gui.actions import ActionId
from mediakit.gui.operations import kits as kit_ops
from mediakit.gui.panes.group import Panes
from mediakit.gui.panes.library_lists import ID_ROLE
from mediakit.gui.runner import OpRunner, sentence
from mediakit.model import ItemKind, ItemRef

RECENT_KITS = 8


class KitList(QObject):
    """Which kit the window shows, and the commands that make, rename and delete kits."""

    def __init__(self, *, window: QWidget, runner: OpRunner, panes: Panes) -> None:
        super().__init__(window)
        self._window, self._runner, self._panes = window, runner, panes
        self._names: list[tuple[int, str]] = []
        self._recent: list[int] = []
        self.dialog: QInputDialog | None = None  # the name being asked for, while it is open
        self.chooser = QComboBox()
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(12)
        self.chooser.activated.connect(lambda row: self.go_to(self.chooser.itemData(row)))
        panes.kit_pane.layout().insertWidget(0, self.chooser)
        self.recent_menu = QMenu()
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        panes.kit_pane.kit_loaded.connect(lambda kit: self._remember(kit.id))
        self.retranslate()

    def handlers(self) -> dict[ActionId, Callable[[], object]]:
        return {
            ActionId.NEW_KIT: lambda: self.ask_new_kit(from_selection=False),
            ActionId.NEW_KIT_FROM_SELECTION: lambda: self.ask_new_kit(from_selection=True),
            ActionId.DUPLICATE_KIT: self.duplicate,
            ActionId.RENAME_KIT: self.ask_rename,
            ActionId.DELETE_KIT: self.delete,
            ActionId.MOVE_SECTION_UP: lambda: self.move_selected(-1),
            ActionId.MOVE_SECTION_DOWN: lambda: self.move_selected(+1),
        }

    def retranslate(self) -> None:
        self.chooser.setAccessibleName(self.tr("Kits of the library"))
        self.chooser.setToolTip(
            self.tr("The kit shown; the Kit menu makes, renames and deletes kits")
        )

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(ItemKind.KIT):
            self.refresh()

    def refresh(self) -> None:
        """Read the kits' names again (after a kit was made, renamed, deleted or undone)."""
        self._runner.run(kit_ops.kit_names().success(self._show_names))

    def go_to(self, kit_id: int | None) -> None:
        """Show the kit `kit_id` in the outline, the preview and the editor."""
        panes = self._panes
        panes.kit_pane.show_kit(kit_id)
        panes.live_preview.show_kit(kit_id)
        panes.editor_pane.show_ref(ItemRef(ItemKind.KIT, kit_id) if kit_id is not None else None)
        self._select_in_chooser(kit_id)

    def ask_new_kit(self, *, from_selection: bool) -> None:
        stories, photos = self._library_selection() if from_selection else ((), ())
        label = self.tr("Name of the new kit:")
        if from_selection:
            label = self.tr("Name of the new kit with {stories} stories and {photos} photos:")
            label = label.format(stories=len(stories), photos=len(photos))

        def create(name: str) -> None:
            op = kit_ops.new_kit(name=name, story_ids=stories, photo_ids=photos)
            self._runner.run(op.success(lambda made: self.go_to(made.kit_id)))

        self._ask(self.tr("New kit"), label, "", create)

    def duplicate(self) -> None:
        kit = self._panes.kit_pane.kit
        if kit is not None:
            op = kit_ops.duplicate_kit(kit_id=kit.id, revision=kit.revision)
            self._runner.run(op.success(lambda made: self.go_to(made.kit_id)))

    def ask_rename(self) -> None:
        kit = self._panes.kit_pane.kit
        if kit is None:
            return

        def rename(name: str) -> None:
            self._runner.run(kit_ops.rename_kit(kit_id=kit.id, name=name, revision=kit.revision))

        self._ask(self.tr("Rename kit"), self.tr("New name of the kit:"), kit.name, rename)

    def delete(self) -> None:
        """Take the kit shown out of the library, showing another one first; Undo brings it back."""
        kit = self._panes.kit_pane.kit
        if kit is None:
            return
        others = [kit_id for kit_id, _name in self._names if kit_id != kit.id]
        recent = [kit_id for kit_id in self._recent if kit_id in others]
        self.go_to((recent or others or [None])[0])

        def refused(error: Exception) -> None:
            self.go_to(kit.id)
            self._runner.failed.emit(sentence(error))

        op = kit_ops.delete_kit(kit_id=kit.id, revision=kit.revision).failure(refused)
        self._runner.run(op)

    def move_selected(self, step: int) -> None:
        """Move the selected section one place up (-1) or down (+1); it stays selected."""
        pane = self._panes.kit_pane
        index = pane.selected_index()
        if index is not None and 0 <= index + step < pane.sections.count():
            pane.move_section(source=index, target=index + step)

    def _ask(self, title: str, label: str, text: str, then: Callable[[str], None]) -> None:
        dialog = QInputDialog(self._window)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setMinimumWidth(420)  # room for a kit's name as it is usually written
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(then)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None
        # Once Qt has given the focus back to where it was before the dialog: the outline.
        sections = self._panes.kit_pane.sections
        QTimer.singleShot(0, sections, lambda: sections.setFocus(Qt.FocusReason.OtherFocusReason))

    def _library_selection(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        library = self._panes.library_pane
        stories = tuple(item.data(ID_ROLE) for item in library.stories.selectedItems())
        photo = library.photos.current_id()
        selected = (
            library.photos.selectionModel() and library.photos.selectionModel().hasSelection()
        )
        return stories, (photo,) if photo is not None and selected else ()

    def _show_names(self, names: list[tuple[int, str]]) -> None:
        self._names = names
        current = self._panes.kit_pane.kit_id
        self._select_in_chooser(current)
        ids = [kit_id for kit_id, _name in names]
        if current is not None and current not in ids:  # undone or deleted by another program
            self.go_to(ids[0] if ids else None)

    def _select_in_chooser(self, kit_id: int | None) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for known_id, name in self._names:
            self.chooser.addItem(name, known_id)
        self.chooser.setCurrentIndex(self.chooser.findData(kit_id) if kit_id is not None else -1)
        self.chooser.blockSignals(False)

    def _remember(self, kit_id: int) -> None:
        self._recent = [kit_id, *(k for k in self._recent if k != kit_id)][:RECENT_KITS]
        if self.chooser.findData(kit_id) < 0:
            self.refresh()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        names = dict(self._names)
        for kit_id in self._recent:
            if kit_id in names:
                action = self.recent_menu.addAction(names[kit_id].replace("&", "&&"))
                action.triggered.connect(lambda _checked=False, k=kit_id: self.go_to(k))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No other kits yet")).setEnabled(False)
