"""Small widgets the panes share: the message bar, the empty-state placeholder, the panes'
titles and layouts. (`Translatable`, which sets a widget's words again when the interface
language changes, lives in `i18n`; it is imported from here too.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui.i18n import Translatable


class MessageBar(Translatable, QFrame):
    """An error in one sentence above the panes, until the user closes it or the next one comes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setStyleSheet(
            "#messageBar { background: #fdecea; border: 1px solid #f1b0ab; border-radius: 4px; }"
            "#messageBar QLabel { color: #5f1410; }"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.setAccessibleName(self.tr("Close this message"))
        self.setAccessibleName(self.tr("Message"))

    def show_error(self, sentence: str) -> None:
        self.label.setText(sentence)
        self.show()

    @property
    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


class EmptyState(QStackedWidget):
    """Shows `content`, or a sentence saying what to do while there is nothing to show."""

    def __init__(self, content: QWidget, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.placeholder = QLabel(message)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMargin(24)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.addWidget(self.placeholder)
        self.addWidget(content)

    def set_empty(self, empty: bool, message: str | None = None) -> None:
        if message is not None:
            self.placeholder.setText(message)
        self.setCurrentWidget(self.placeholder if empty else self.content)

    @property
    def is_empty(self) -> bool:
        return self.currentWidget() is self.placeholder


def named(widget: QWidget, name: str, tip: str = "") -> QWidget:
    """Give a control the name screen readers say (and a tooltip when there is no label)."""
    widget.setAccessibleName(name)
    if tip:
        widget.setToolTip(tip)
    return widget


def pane_title(text: str = "") -> QLabel:
    """A pane's heading, in the platform's font, a little bigger and bold."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def pane_layout(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.setSpacing(6)
    return layout


def titled_pane(widget: QWidget, title: QWidget, status: QWidget, body: QWidget) -> QVBoxLayout:
    """A pane's layout: its title with a status on the right, then its body."""
    header = QHBoxLayout()
    header.addWidget(title)
    header.addStretch(1)
    header.addWidget(status)
    layout = pane_layout(widget)
    layout.addLayout(header)
    layout.addWidget(body, 1)
    return layout
