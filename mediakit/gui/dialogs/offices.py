"""Kit › Offices…: the library's field offices, each with the form a contact has (name, city,
country, language, paper, contacts). New office and Delete are undoable steps; the app's Undo
and Redo work here too. Each office gets its own edition of a kit in File › Export…"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from mediakit.edits import Changes
from mediakit.gui import display_text
from mediakit.gui.forms.office import OfficeForm
from mediakit.gui.i18n import Translatable
from mediakit.gui.operations import items as item_ops
from mediakit.gui.operations import offices as ops
from mediakit.gui.runner import OpRunner, sentence
from mediakit.model import ItemKind, ItemRef, NotFoundError, Office

ID_ROLE = Qt.ItemDataRole.UserRole


class OfficesDialog(Translatable, QDialog):
    """Stays open beside the main window; the list follows every change (undo included)."""

    def __init__(
        self, runner: OpRunner, parent: QWidget | None = None, *, shared: Iterable[QAction] = ()
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.offices: tuple[Office, ...] = ()
        self._selected: int | None = None
        self._focus_name = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.listing = QListWidget()
        self.listing.currentItemChanged.connect(self._current_changed)
        self.form = OfficeForm()
        self.form.edited.connect(self._edited)
        self.form.refused.connect(self._say_error)
        self.form.setEnabled(False)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_office)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setEnabled(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.addActions(list(shared))  # Undo, Redo
        self._lay_out()
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Offices"))
        self.intro.setText(
            self.tr(
                "Each office gets its own edition of a kit: its contacts first, its city on "
                "the cover, in its language and on its paper (File ▸ Export…)."
            )
        )
        self.new_button.setText(self.tr("New office"))
        self.delete_button.setText(self.tr("Delete office"))
        self.listing.setAccessibleName(self.tr("Offices of the library"))
        self.form.retranslate()
        self._show_list()

    # What the user does.

    def new_office(self) -> None:
        self._runner.run(ops.make_office().success(self._made))

    def delete_selected(self) -> None:
        office = self._office(self._selected)
        if office is not None:
            self._runner.run(ops.remove_office(office_id=office.id, revision=office.revision))

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(ItemKind.OFFICE) or changes.touches(ItemKind.CONTACT):
            self.refresh()

    def refresh(self) -> None:
        self._runner.run(ops.office_list().success(self._listed))

    # Showing.

    def _made(self, made: ops.OfficeMade) -> None:
        if not isValid(self):
            return
        self._selected, self._focus_name = made.ref.id, True
        self.refresh()

    def _listed(self, listed: ops.OfficeList) -> None:
        if not isValid(self):
            return
        self.offices = listed.offices
        if self._office(self._selected) is None:  # deleted, or undone
            self._selected = self.offices[0].id if self.offices else None
        self._show_list()
        self._load()

    def _show_list(self) -> None:
        self.listing.blockSignals(True)
        self.listing.clear()
        for office in self.offices:
            where = ", ".join(p for p in (office.city, office.country) if p)
            language = display_text.tr(display_text.LANGUAGES[office.language])
            paper = display_text.tr(display_text.PAPERS[office.paper])
            row = QListWidgetItem(f"{office.name}\n{where} · {language} · {paper}".strip(" ·"))
            row.setData(ID_ROLE, office.id)
            self.listing.addItem(row)
            if office.id == self._selected:
                self.listing.setCurrentItem(row)
        self.listing.blockSignals(False)
        self.delete_button.setEnabled(self._selected is not None)
        self.form.setEnabled(self._selected is not None)

    def _current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        self.form.commit_all()  # words still being typed go to the office they were typed for
        self._selected = current.data(ID_ROLE) if current is not None else None
        self.delete_button.setEnabled(self._selected is not None)
        self._load()

    def _load(self) -> None:
        if self._selected is None:
            self.form.setEnabled(False)
            return
        ref = ItemRef(ItemKind.OFFICE, self._selected)
        op = item_ops.load_item(ref=ref).success(lambda loaded: self._show(ref, loaded))
        self._runner.run(op.failure(lambda error: self._gone(error)))

    def _show(self, ref: ItemRef, loaded: item_ops.EditorItem) -> None:
        if not isValid(self) or ref.id != self._selected:
            return
        self.form.setEnabled(True)
        self.form.show_loaded(loaded)
        if self._focus_name:
            self._focus_name = False
            name = self.form.fields["name"].widget
            QTimer.singleShot(0, name, lambda: (name.setFocus(), name.selectAll()))

    def _gone(self, error: Exception) -> None:
        if isValid(self) and not isinstance(error, NotFoundError):
            self._say_error(sentence(error))

    def _edited(self, fields: dict, label: str) -> None:
        office = self.form.item
        if office is None:
            return
        ref = ItemRef(ItemKind.OFFICE, office.id)
        op = item_ops.edit_item(ref=ref, fields=fields, label=label, revision=office.revision)
        self._runner.run(op.failure(lambda error: self._refused(error)))

    def _refused(self, error: Exception) -> None:
        if isValid(self):
            self._say_error(sentence(error))
            self._load()  # the form shows what the catalog holds again

    def _say_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #a51d2d;")

    def _office(self, office_id: int | None) -> Office | None:
        return next((o for o in self.offices if o.id == office_id), None)

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.listing, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addWidget(self.form, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 460)


class OfficesCommand(QObject):
    """Kit › Offices…: opens the offices dialog (one at a time) and passes it the changes."""

    def __init__(self, *, window: QWidget, runner: OpRunner, shared: list[QAction]) -> None:
        super().__init__(window)
        self._window, self._runner, self._shared = window, runner, shared
        self.dialog: OfficesDialog | None = None
        self.action = QAction(window)
        self.action.triggered.connect(self.open)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Offices…"))
        self.action.setStatusTip(self.tr("The field offices each kit can be built for"))

    def open(self) -> OfficesDialog:
        if self.dialog is None or not isValid(self.dialog):
            self.dialog = OfficesDialog(self._runner, self._window, shared=self._shared)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def on_changes(self, changes: Changes) -> None:
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.on_changes(changes)
