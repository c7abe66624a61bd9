"""The key figure form: its value, label, source, as-of month and series."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mediakit.gui.forms.base import ItemForm
from mediakit.gui.forms.fields import (
    TextField,
)
from mediakit.gui.forms.series import SeriesField
from mediakit.gui.operations.items import EditorItem

translate = QCoreApplication.translate


def month_check(value: str) -> str | None:
    parts = value.split("-")
    if not value or (len(parts) in (2, 3) and all(p.isdigit() for p in parts)):
        return None
    return translate("Forms", "Write the date as year and month, like 2024-06.")


class FigureForm(ItemForm):
    def build(self) -> None:
        self.add(
            TextField(
                "value",
                QT_TRANSLATE_NOOP("Forms", "Value"),
                QT_TRANSLATE_NOOP("Forms", "Edit value"),
                placeholder=QT_TRANSLATE_NOOP("Forms", "6.1 million"),
            )
        )
        self.add(
            TextField(
                "label",
                QT_TRANSLATE_NOOP("Forms", "Label"),
                QT_TRANSLATE_NOOP("Forms", "Edit label"),
            )
        )
        self.add(
            TextField(
                "source",
                QT_TRANSLATE_NOOP("Forms", "Source"),
                QT_TRANSLATE_NOOP("Forms", "Edit source"),
            )
        )
        self.add(
            TextField(
                "as_of",
                QT_TRANSLATE_NOOP("Forms", "As of"),
                QT_TRANSLATE_NOOP("Forms", "Edit date"),
                placeholder=QT_TRANSLATE_NOOP("Forms", "YYYY-MM"),
                check=month_check,
            )
        )
        self.add(
            SeriesField(
                "series",
                QT_TRANSLATE_NOOP("Forms", "Series"),
                QT_TRANSLATE_NOOP("Forms", "Edit series"),
            )
        )

    def show_loaded(self, loaded: EditorItem) -> None:
        self.show_item(loaded.item)
