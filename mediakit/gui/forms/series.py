"""A key figure's series: label and value pairs in a small table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui.forms.fields import Field
from mediakit.gui.icons import icon
from mediakit.model import SeriesPoint

translate = QCoreApplication.translate


def parse_number(text: str) -> float | None:
    """ "1.5", "1,5" (decimal comma), "1 200" -> a number; None if it is not one."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        return float(cleaned.replace(",", ""))
    except ValueError:
        return None


class SeriesField(Field):
    def make(self) -> QWidget:
        box = QWidget()
        self.table = QTableWidget(0, 2)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(120)
        self.table.itemChanged.connect(lambda _item: self.commit())
        self.add_button, self.remove_button = QToolButton(), QToolButton()
        self.add_button.setIcon(icon("add"))
        self.remove_button.setIcon(icon("remove"))
        self.add_button.clicked.connect(self._add_row)
        self.remove_button.clicked.connect(self._remove_row)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return box

    def editor(self) -> QWidget:
        return self.table

    def read(self) -> tuple[SeriesPoint, ...] | str:
        """The points; the text of the first value that is not a number, if any."""
        points = []
        for row in range(self.table.rowCount()):
            label, value = (self._cell(row, column) for column in (0, 1))
            if not label and not value:
                continue
            number = parse_number(value)
            if number is None:
                return value
            points.append(SeriesPoint(label, number))
        return tuple(points)

    def commit(self) -> None:
        value = self.read()
        if isinstance(value, str):
            if not self._writing:
                self.refused.emit(
                    translate("Forms", "“{value}” is not a number.").format(value=value)
                )
            return
        super().commit()

    def write(self, value: tuple[SeriesPoint, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for point in value:
            self._append(point.label, f"{point.value:g}")
        self.table.blockSignals(False)

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setHorizontalHeaderLabels(
            [translate("Forms", "Label"), translate("Forms", "Value")]
        )
        for button, text in (
            (self.add_button, translate("Forms", "Add a point")),
            (self.remove_button, translate("Forms", "Remove the selected point")),
        ):
            button.setToolTip(text)
            button.setAccessibleName(text)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _append(self, label: str, value: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(label))
        number = QTableWidgetItem(value)
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 1, number)

    def _add_row(self) -> None:
        self.table.blockSignals(True)
        self._append("", "")
        self.table.blockSignals(False)
        self.table.setFocus()
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0))

    def _remove_row(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.commit()
