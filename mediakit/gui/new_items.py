"""File › New story, New contact, New key figure: the item is made (one undo step), selected in
the library and opened in the editor imported items have, its first field ready to type in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMenu

from mediakit.gui.actions import ActionId
from mediakit.gui.operations import new_items as ops
from mediakit.gui.panes.group import Panes
from mediakit.gui.runner import OpRunner
from mediakit.model import ItemKind, ItemRef

FIRST_FIELD = {ItemKind.STORY: "title", ItemKind.CONTACT: "name", ItemKind.FIGURE: "value"}
ACTION_KINDS = {
    ActionId.NEW_STORY: ItemKind.STORY,
    ActionId.NEW_CONTACT: ItemKind.CONTACT,
    ActionId.NEW_FIGURE: ItemKind.FIGURE,
}


class NewItems(QObject):
    """Makes library items typed in the app and opens them in their editor."""

    def __init__(self, *, runner: OpRunner, panes: Panes, parent: QObject) -> None:
        super().__init__(parent)
        self._runner, self._panes = runner, panes
        self._waiting: ItemRef | None = None
        panes.editor_pane.showing.connect(self._showing)

    def handlers(self) -> dict[ActionId, Callable[[], object]]:
        return {
            action_id: (lambda kind=kind: self.make(kind))
            for action_id, kind in ACTION_KINDS.items()
        }

    def place(self, file_menu: QMenu, before, actions: dict) -> None:
        """Put the three actions in the File menu, just above `before` (Import files…)."""
        made = [actions[action_id] for action_id in ACTION_KINDS]
        for action in made:
            file_menu.removeAction(action)
        file_menu.insertActions(before, made)
        file_menu.insertSeparator(before)

    def make(self, kind: ItemKind) -> None:
        self._runner.run(ops.new_item(kind=kind).success(self._made))

    def _made(self, made: ops.ItemMade) -> None:
        self._waiting = made.ref
        self._panes.editor_pane.show_ref(made.ref)
        library = self._panes.library_pane

        def select(tries: int = 40) -> None:
            # The library's list reloads on the change; select the item once it is listed.
            if library.shelves[made.ref.kind].select(made.ref.id, quiet=True):
                library.select(made.ref)
            elif tries:
                QTimer.singleShot(50, library, lambda: select(tries - 1))

        select()

    def _showing(self, ref: ItemRef | None) -> None:
        if ref is None or ref != self._waiting:
            return
        form = self._panes.editor_pane.forms[ref.kind]
        field = form.fields.get(FIRST_FIELD[ref.kind])

        def focus() -> None:
            if form.item is None or getattr(form.item, "id", None) != ref.id:
                QTimer.singleShot(50, form, focus)  # the editor is still reading it
                return
            self._waiting = None
            if field is not None:
                field.widget.setFocus(Qt.FocusReason.OtherFocusReason)
                select_all = getattr(field.widget, "selectAll", None)
                if select_all is not None:
                    select_all()

        focus()
