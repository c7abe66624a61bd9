"""Going from pane to pane: what picking a library item, a section or a finding shows in the
editor and the preview, and the keys that put the focus in a pane."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView

from mediakit.gui import locate
from mediakit.gui.actions import ActionId
from mediakit.gui.panes.group import Panes
from mediakit.model import ItemKind, ItemRef


class PickedOnRelease(QObject):
    """A library item picked with the mouse is shown once the button is let go over the list, so
    pressing on a photo to drag it into the story being edited leaves that story in the editor
    (a drag never lets go over the list). Picked by the keyboard, it is shown at once."""

    def __init__(
        self, lists: Iterable[QAbstractItemView], show: Callable[[ItemRef], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._show = show
        self._waiting: ItemRef | None = None
        self._pressed = False  # a press on a list, not let go over it (yet)
        for view in lists:
            view.viewport().installEventFilter(self)

    def picked(self, ref: ItemRef) -> None:
        held = QGuiApplication.mouseButtons() & Qt.MouseButton.LeftButton
        if self._pressed and held:
            self._waiting = ref
            return
        self._pressed, self._waiting = False, None
        self._show(ref)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.MouseButtonPress:
            self._pressed = True
        elif event.type() == QEvent.Type.MouseButtonRelease:
            self._pressed = False
            # After a drag (let go elsewhere), the item dragged is shown at the next click on it.
            if self._waiting is not None:
                ref, self._waiting = self._waiting, None
                self._show(ref)
        return False


class Navigation:
    """Shows in the editor and the preview what is picked in the other panes."""

    def __init__(self, panes: Panes) -> None:
        self._panes = panes

    def edit(self, ref: ItemRef | None) -> None:
        """Show `ref` in the editor (nothing, for a kit that is not there yet)."""
        if ref is not None and ref.kind is ItemKind.KIT and ref.id is None:
            return
        self._panes.editor_pane.show_ref(ref)

    def edit_kit_settings(self) -> None:
        self.edit(ItemRef(ItemKind.KIT, self._panes.kit_pane.kit_id))

    def edit_org_profile(self) -> None:
        self.edit(ItemRef(ItemKind.ORG, None))

    def section_selected(self, index: int) -> None:
        """Edit what the kit's section `index` shows, and scroll the preview to it."""
        kit = self._panes.kit_pane.kit
        if kit is not None and 0 <= index < len(kit.sections):
            self._panes.editor_pane.show_ref(locate.owner_of(kit.sections[index], kit.id))
            self._panes.preview_pane.keep_in_view(index, len(kit.sections))

    def keep_in_view(self, ref: ItemRef | None) -> None:
        """Scroll the preview to the section that shows `ref`, if one does."""
        content = self._panes.live_preview.shown
        index = locate.section_of(content, ref) if content is not None and ref else None
        if index is not None:
            self._panes.preview_pane.keep_in_view(index, len(content.kit.sections))

    def go_to_finding(self, ref: ItemRef) -> None:
        """Show what a preflight finding is about: in the library if it is listed there."""
        if ref.kind in (ItemKind.KIT, ItemKind.ORG):
            self.edit(ItemRef(ref.kind, ref.id if ref.kind is ItemKind.KIT else None))
        elif not self._panes.library_pane.select(ref):
            self.edit(ref)

    def find(self) -> None:
        search = self._panes.library_pane.search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    def focus_handlers(self) -> dict[ActionId, Callable[[], None]]:
        """For each action that goes to a pane, what puts the focus in it."""
        panes = self._panes
        targets = {
            ActionId.GO_LIBRARY: lambda: _list_shown(panes.library_pane.tabs.currentWidget()),
            ActionId.GO_KIT: lambda: panes.kit_pane.sections,
            ActionId.GO_EDITOR: lambda: panes.editor_pane.stack.currentWidget(),
            ActionId.GO_PREFLIGHT: lambda: panes.preflight_pane.findings,
            ActionId.GO_PREVIEW: lambda: panes.preview_pane.view,
        }
        return {
            action_id: lambda target=target: target().setFocus(Qt.FocusReason.ShortcutFocusReason)
            for action_id, target in targets.items()
        }


def _list_shown(page):
    """The list a library tab shows (its page holds it, or a sentence while it is empty): the
    keys go to the list itself, so Home and Shift+Down select in it."""
    content = getattr(page, "content", None)
    return content if content is not None and not page.is_empty else page
