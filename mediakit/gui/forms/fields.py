"""Form fields: a widget bound to one value of the item on show.

A field shows what the catalog holds and says when the user has changed it (`committed`), at
once for choices and ticks, and when the user leaves the field (or pauses typing in a long text)
for words. A value arriving from the catalog never overwrites words the user is still typing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

translate = QCoreApplication.translate
PAUSE_MS = 1200  # a pause in typing this long saves a long text
Check = Callable[[Any], str | None]  # a sentence saying what is wrong, or None


class Field(QObject):
    """One value of the item: `path` names it ("caption", "dateline.place")."""

    committed = Signal(object)
    refused = Signal(str)

    def __init__(
        self, path: str, label: str, undo: str, *, placeholder: str = "", check: Check | None = None
    ) -> None:
        super().__init__()
        self.path, self.label, self.undo, self.placeholder = path, label, undo, placeholder
        self._check = check
        self._shown: Any = None
        self._writing = False
        self.widget = self.make()
        self.setParent(self.widget)  # goes with its widget, timers and all
        self.editor().installEventFilter(self)

    # What each kind of field provides.
    def make(self) -> QWidget:
        raise NotImplementedError

    def read(self) -> Any:
        raise NotImplementedError

    def write(self, value: Any) -> None:
        raise NotImplementedError

    def editor(self) -> QWidget:
        """The widget that takes the focus (the widget itself unless it is a row of several)."""
        return self.widget

    def retranslate(self) -> None:
        """Set the words shown inside the widget (placeholders, choices) again."""
        if self.placeholder and hasattr(self.editor(), "setPlaceholderText"):
            self.editor().setPlaceholderText(translate("Forms", self.placeholder))
        self.editor().setAccessibleName(translate("Forms", self.label))

    # Shared behaviour.
    def show(self, value: Any) -> None:
        """Show the catalog's value, unless the user is typing something else right now."""
        typing = self.editor().hasFocus() and self._shown is not None and self.read() != self._shown
        if not typing:
            self._writing = True
            try:
                self.write(value)
            finally:
                self._writing = False
        self._shown = value

    def commit(self) -> None:
        if self._writing or self._shown is None:
            return
        value = self.read()
        if value == self._shown:
            return
        problem = self._check(value) if self._check else None
        if problem:
            self.refused.emit(problem)
            return
        self._shown = value
        self.committed.emit(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False


class TextField(Field):
    def make(self) -> QWidget:
        line = QLineEdit()
        line.setClearButtonEnabled(False)
        line.editingFinished.connect(self.commit)
        return line

    def read(self) -> str:
        return self.widget.text().strip()

    def write(self, value: str) -> None:
        self.widget.setText(value)
        self.widget.setCursorPosition(0)


class ListField(TextField):
    """Words separated by commas: tags, phone numbers, languages."""

    def read(self) -> tuple[str, ...]:
        return tuple(part.strip() for part in self.widget.text().split(",") if part.strip())

    def write(self, value: Sequence[str]) -> None:
        super().write(", ".join(value))


class LongTextField(Field):
    """Several lines (caption, standfirst); `paragraphs` keeps a tuple of paragraphs."""

    def __init__(self, *args, lines: int = 3, paragraphs: bool = False, **kwargs) -> None:
        self._lines, self._paragraphs = lines, paragraphs
        super().__init__(*args, **kwargs)

    def make(self) -> QWidget:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        height = edit.fontMetrics().lineSpacing() * self._lines + 14
        edit.setMinimumHeight(height)
        edit.setMaximumHeight(height * (4 if self._paragraphs else 1))
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.commit)
        edit.textChanged.connect(lambda: None if self._writing else self._pause.start())
        return edit

    def read(self) -> str | tuple[str, ...]:
        text = self.widget.toPlainText()
        if self._paragraphs:
            return tuple(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())
        return " ".join(text.split())

    def write(self, value: str | tuple[str, ...]) -> None:
        self.widget.setPlainText("\n\n".join(value) if self._paragraphs else value)


class ChoiceField(Field):
    """One of a few values, each with its words (translated in the "Labels" context)."""

    def __init__(self, *args, choices: dict[Any, str] | None = None, **kwargs) -> None:
        self._choices = dict(choices or {})
        super().__init__(*args, **kwargs)

    def make(self) -> QWidget:
        combo = QComboBox()
        combo.activated.connect(lambda _index: self.commit())
        self._fill(combo)
        return combo

    def set_choices(self, choices: dict[Any, str]) -> None:
        """Offer other values (e.g. the photos a cover may use); words given as they are."""
        self._choices = dict(choices)
        self._writing = True
        try:
            self._fill(self.widget)
            if self._shown is not None:
                self.write(self._shown)
        finally:
            self._writing = False

    def read(self) -> Any:
        # Values stay Python objects here (a QVariant would turn an enum into a plain string).
        index = self.widget.currentIndex()
        values = list(self._choices)
        return values[index] if 0 <= index < len(values) else None

    def write(self, value: Any) -> None:
        values = list(self._choices)
        self.widget.setCurrentIndex(values.index(value) if value in values else 0)

    def retranslate(self) -> None:
        super().retranslate()
        for index, text in enumerate(self._choices.values()):
            self.widget.setItemText(index, translate("Labels", text))

    def _fill(self, combo: QComboBox) -> None:
        combo.clear()
        for text in self._choices.values():
            combo.addItem(translate("Labels", text))


class CheckField(Field):
    """A yes/no value; the label is the tick box's own words."""

    def make(self) -> QWidget:
        box = QCheckBox()
        box.clicked.connect(lambda _checked: self.commit())
        return box

    def read(self) -> bool:
        return self.widget.isChecked()

    def write(self, value: bool) -> None:
        self.widget.setChecked(bool(value))

    def retranslate(self) -> None:
        super().retranslate()
        self.widget.setText(translate("Forms", self.label))


class ColourField(Field):
    """A colour as #RRGGBB: typed, or picked in the platform's colour dialog."""

    def make(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit()
        self.line.setMaxLength(7)
        self.line.editingFinished.connect(self.commit)
        self.line.textChanged.connect(self._paint)
        self.swatch = QToolButton()
        self.swatch.setFixedWidth(self.line.sizeHint().height() * 2)
        self.swatch.clicked.connect(self._pick)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.swatch)
        return row

    def editor(self) -> QWidget:
        return self.line

    def read(self) -> str:
        text = self.line.text().strip().upper()
        return text if text.startswith("#") else f"#{text}"

    def write(self, value: str) -> None:
        self.line.setText(value.upper())

    def retranslate(self) -> None:
        super().retranslate()
        self.swatch.setToolTip(translate("Forms", "Choose a colour…"))
        self.swatch.setAccessibleName(translate("Forms", "Choose a colour…"))

    def _paint(self, text: str) -> None:
        colour = QColor(text.strip())
        css = colour.name() if colour.isValid() else "transparent"
        self.swatch.setStyleSheet(
            f"QToolButton {{ background: {css}; border: 1px solid #8a8f98; }}"
        )

    def _pick(self) -> None:
        colour = QColorDialog.getColor(QColor(self.line.text()), self.widget)
        if colour.isValid():
            self.line.setText(colour.name().upper())
            self.commit()


def colour_check(value: str) -> str | None:
    if re.fullmatch(r"#[0-9A-F]{6}", value):
        return None
    return translate("Forms", "A colour is written as # and six hex digits, like #0033A0.")
