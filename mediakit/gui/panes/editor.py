"""The editor pane: the selected story, photo, contact, key figure, kit or organisation profile
in its form. Every change is saved at once as one undoable edit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QWidget

from mediakit.edits import Changes
from mediakit.gui.forms.base import ItemForm
from mediakit.gui.forms.contact import ContactForm
from mediakit.gui.forms.figure import FigureForm
from mediakit.gui.forms.kit import KitForm
from mediakit.gui.forms.media import OrgForm, PhotoForm
from mediakit.gui.forms.office import OfficeForm
from mediakit.gui.forms.story import StoryForm
from mediakit.gui.kinds import LOOKS
from mediakit.gui.operations import items as ops
from mediakit.gui.operations.items import EditorItem
from mediakit.gui.runner import OpRunner
from mediakit.gui.thumbnails import Thumbnails
from mediakit.gui.widgets import Translatable, pane_layout, pane_title
from mediakit.model import ItemKind, ItemRef, NotFoundError

translate = QCoreApplication.translate
# The form of each kind (every kind has one); photos and the profile show thumbnails.
FORMS: dict[ItemKind, Callable[[Thumbnails], ItemForm]] = {
    ItemKind.STORY: StoryForm,
    ItemKind.PHOTO: PhotoForm,
    ItemKind.CONTACT: lambda _thumbnails: ContactForm(),
    ItemKind.FIGURE: lambda _thumbnails: FigureForm(),
    ItemKind.KIT: lambda _thumbnails: KitForm(),
    ItemKind.ORG: OrgForm,
    ItemKind.OFFICE: lambda _thumbnails: OfficeForm(),
}
# A form shows words of other items too (a story its photo captions, a kit its cover choices).
RELOAD_ON: dict[ItemKind, tuple[ItemKind, ...]] = {
    ItemKind.STORY: (ItemKind.STORY, ItemKind.PHOTO),
    ItemKind.KIT: (ItemKind.KIT, ItemKind.PHOTO),
    ItemKind.OFFICE: (ItemKind.OFFICE, ItemKind.CONTACT),
}


class EditorPane(Translatable, QWidget):
    """`refused(sentence)` when a value cannot be saved as typed."""

    refused = Signal(str)
    showing = Signal(object)  # the ItemRef on show, or None

    def __init__(
        self, runner: OpRunner, thumbnails: Thumbnails, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._ref: ItemRef | None = None
        self._loaded: EditorItem | None = None
        self.forms: dict[ItemKind, ItemForm] = {
            kind: make(thumbnails) for kind, make in FORMS.items()
        }
        self.title = pane_title()
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMargin(24)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self._areas = {kind: _scrolling(form) for kind, form in self.forms.items()}
        for form, area in zip(self.forms.values(), self._areas.values(), strict=True):
            self.stack.addWidget(area)
            form.edited.connect(self._edited)
            form.refused.connect(self.refused)
        self.forms[ItemKind.PHOTO].attach_requested.connect(self._attach)
        self.forms[ItemKind.ORG].logo_requested.connect(self._set_logo)
        layout = pane_layout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    @property
    def ref(self) -> ItemRef | None:
        return self._ref

    def current_form(self) -> ItemForm | None:
        return self.forms.get(self._ref.kind) if self._ref else None

    def show_ref(self, ref: ItemRef | None) -> None:
        """Show the item `ref` points at (None: nothing)."""
        ref = ItemRef(ref.kind, ref.id) if ref is not None else None
        if ref == self._ref:
            return
        form = self.current_form()
        if form is not None:
            form.commit_all()  # words still being typed go to the item they were typed for
        self._ref, self._loaded = ref, None
        self.showing.emit(ref)
        if ref is None:
            self._show_placeholder()
            return
        self._load()

    def on_changes(self, changes: Changes) -> None:
        if self._ref is None:
            return
        kinds = RELOAD_ON.get(self._ref.kind, (self._ref.kind,))
        if any(self._touched(changes, kind) for kind in kinds):
            self._load()

    def _touched(self, changes: Changes, kind: ItemKind) -> bool:
        """Whether `changes` may alter what the form shows of `kind`: for the item's own kind,
        only a change to that very item (when the change names its items)."""
        ids = changes.ids_of(kind)
        if kind is not self._ref.kind or ids is None or self._ref.id is None:
            return changes.touches(kind)
        return self._ref.id in ids

    def retranslate(self) -> None:
        self.placeholder.setText(
            self.tr("Select a story, photo, contact or key figure to edit it here.")
        )
        self.placeholder.setAccessibleName(self.tr("Editor"))
        self._show_heading()

    def _load(self) -> None:
        ref = self._ref
        op = ops.load_item(ref=ref)
        op.success(lambda loaded: self._show(ref, loaded)).failure(lambda e: self._gone(ref, e))
        self._runner.run(op)

    def _show(self, ref: ItemRef, loaded: EditorItem) -> None:
        if ref != self._ref:
            return
        self._loaded = loaded
        form = self.forms[ref.kind]
        form.show_loaded(loaded)
        self.stack.setCurrentWidget(self._areas[ref.kind])
        self._show_heading()

    def _gone(self, ref: ItemRef, error: Exception) -> None:
        if ref != self._ref:
            return
        if not isinstance(error, NotFoundError):
            self._runner.failed.emit(str(error))
        self._ref = None
        self._show_placeholder()

    def _show_placeholder(self) -> None:
        self.stack.setCurrentWidget(self.placeholder)
        self._show_heading()

    def _show_heading(self) -> None:
        if self._ref is None or self._loaded is None:
            self.title.setText(self.tr("Editor"))
            return
        self.title.setText(translate("EditorPane", LOOKS[self._ref.kind].heading))

    def _edited(self, fields: dict, label: str) -> None:
        form = self.sender()
        item = getattr(form, "item", None)
        if self._ref is None or item is None:
            return
        ref = ItemRef(self._ref.kind, getattr(item, "id", None))
        revision = getattr(item, "revision", None)  # what the form shows, checked on the lane
        self._runner.run(ops.edit_item(ref=ref, fields=fields, label=label, revision=revision))

    def _attach(self, path) -> None:
        photo = self.forms[ItemKind.PHOTO].item
        if photo is not None:
            op = ops.attach_photo_image(photo_id=photo.id, path=path, revision=photo.revision)
            self._runner.run(op)

    def _set_logo(self, path) -> None:
        self._runner.run(ops.set_logo(path=path, label=self.tr("Set logo")))


def _scrolling(form: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(form)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area
