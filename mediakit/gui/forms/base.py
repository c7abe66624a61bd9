"""A form for one kind of item: its fields in a column, each change sent on as an edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from mediakit.gui.forms.fields import CheckField, Field
from mediakit.gui.widgets import Translatable

translate = QCoreApplication.translate


def field_label(label: str) -> str:
    """ "Title:" — a field's label with the colon the interface language writes ("Titre :")."""
    return translate("Forms", "{label}:").format(label=translate("Forms", label))


def value_at(item: Any, path: str) -> Any:
    """ "dateline.place" of a story -> story.dateline.place"""
    for name in path.split("."):
        item = getattr(item, name)
    return item


def nested(path: str, value: Any) -> dict[str, Any]:
    """ "dateline.place", "Lima" -> {"dateline": {"place": "Lima"}}, as `edits.items` takes it."""
    head, _, rest = path.partition(".")
    return {head: nested(rest, value) if rest else value}


class ItemForm(Translatable, QWidget):
    """Shows one item; `edited(fields, undo_label)` when the user changes one of its values."""

    edited = Signal(object, str)  # fields (Python values, kept as they are), undo label
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Any = None
        self.fields: dict[str, Field] = {}
        self._labels: dict[str, QLabel] = {}
        self._headings: list[tuple[QLabel, str]] = []
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.form: QFormLayout | None = None
        self.build()
        self.column.addStretch(1)
        self.retranslate()

    def build(self) -> None:
        """Add the fields (and any other widgets) of this kind of item."""
        raise NotImplementedError

    def add(self, field: Field) -> Field:
        if self.form is None:
            self.form = self._new_form()
        self.fields[field.path] = field
        field.committed.connect(lambda value, f=field: self._send(f, value))
        field.refused.connect(self.refused)
        if isinstance(field, CheckField):
            self.form.addRow("", field.widget)
        else:
            label = QLabel()
            label.setBuddy(field.editor())
            self._labels[field.path] = label
            self.form.addRow(label, field.widget)
        return field

    def heading(self, text: str) -> None:
        """Start a group of fields under a small heading ("Consent")."""
        label = QLabel()
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 2)
        self._headings.append((label, text))
        if self.form is None:
            self.form = self._new_form()
        self.form.addRow(label)  # in the same form, so every label lines up

    def show_item(self, item: Any) -> None:
        self.item = item
        for path, field in self.fields.items():
            field.show(value_at(item, path))

    def commit_all(self) -> None:
        """Send any change still being typed (before the item on show is replaced)."""
        for field in self.fields.values():
            field.commit()

    def retranslate(self) -> None:
        for path, label in self._labels.items():
            label.setText(field_label(self.fields[path].label))
        for label, text in self._headings:
            label.setText(translate("Forms", text))
        for field in self.fields.values():
            field.retranslate()

    def _send(self, field: Field, value: Any) -> None:
        self.edited.emit(nested(field.path, value), translate("Forms", field.undo))

    def _new_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.column.addLayout(form)
        return form
