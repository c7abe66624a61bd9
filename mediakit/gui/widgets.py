"""Small widgets the panes share: the message bar and the empty-state placeholder."""

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


class MessageBar(QFrame):
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
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Close this message")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

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


def pane_title(text: str) -> QLabel:
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
