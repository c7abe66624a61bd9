"""The story body field: rich text with subheads, bold, italic and bullet lists; a library photo
dropped on a paragraph asks to be placed after it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolBar, QVBoxLayout, QWidget

from mediakit.gui import richtext
from mediakit.gui.forms.fields import PAUSE_MS, Field
from mediakit.gui.icons import icon
from mediakit.gui.panes.library_lists import decode_refs
from mediakit.model import Block, BlockKind, ItemKind

translate = QCoreApplication.translate


class BodyEdit(QTextEdit):
    """A QTextEdit where a new line after a subhead or photo slot starts a plain paragraph.

    `photo_dropped(photo_id, after)` when photos from the library are dropped on it: `after` is
    the body block the drop landed on (see `richtext.body_index`)."""

    photo_dropped = Signal(int, int)

    def event(self, event: QEvent) -> bool:
        """Ctrl+Z (and redo) take back typing not saved yet; else they go to Edit › Undo, which
        takes back the last saved change (the text as loaded is never undone to nothing)."""
        if event.type() == QEvent.Type.ShortcutOverride:
            document = self.document()
            for keys, can in (
                (QKeySequence.StandardKey.Undo, document.isUndoAvailable()),
                (QKeySequence.StandardKey.Redo, document.isRedoAvailable()),
            ):
                if event.matches(keys) and not can:
                    event.ignore()
                    return True
        return super().event(event)

    def after_cursor(self) -> int:
        """The body block the cursor is in (a photo goes after it); -1 before the first."""
        return richtext.body_index(self.document(), self.textCursor().block())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if _photos(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's name)
        if _photos(event):
            self.setTextCursor(self.cursorForPosition(event.position().toPoint()))
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        photos = _photos(event)
        if not photos:
            super().dropEvent(event)
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        block = self.cursorForPosition(event.position().toPoint()).block()
        after = richtext.body_index(self.document(), block)
        for offset, photo_id in enumerate(photos):
            self.photo_dropped.emit(photo_id, after + offset)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        before = self.textCursor().block()
        was_subhead = before.blockFormat().headingLevel() > 0
        was_special = richtext.is_special(before) == "photo"
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (was_subhead or was_special):
            cursor = self.textCursor()
            if cursor.block() != before:
                cursor.setBlockFormat(richtext.block_format(BlockKind.PARAGRAPH))
                cursor.setBlockCharFormat(QTextCharFormat())
                self.setCurrentCharFormat(QTextCharFormat())


def _photos(event) -> list[int]:
    """The library photos a drag carries (stories and other items are not placed in a text)."""
    return [ref.id for ref in decode_refs(event.mimeData()) if ref.kind is ItemKind.PHOTO]


class BodyField(Field):
    """`captions` names the story's photo slots in the text."""

    captions: dict[int, str]
    # The body block to put the cursor after when the text is next loaded (a photo just placed)
    resume_after: int | None = None

    def make(self) -> QWidget:
        self.captions = {}
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.text = BodyEdit()
        self.text.setAcceptRichText(False)  # pasted text comes in plain; formatting is ours
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(320)
        self.toolbar = QToolBar()
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.75)
        self.actions = self._actions()
        for action in self.actions.values():
            self.toolbar.addAction(action)
            self.text.addAction(action)
        for button in self.toolbar.findChildren(QWidget):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.text, 1)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.commit)
        self.text.textChanged.connect(lambda: None if self._writing else self._pause.start())
        self.text.currentCharFormatChanged.connect(self._show_format)
        return box

    def editor(self) -> QWidget:
        return self.text

    def read(self) -> tuple[Block, ...]:
        return richtext.read_document(self.text.document())

    def write(self, value: tuple[Block, ...]) -> None:
        richtext.fill_document(self.text.document(), value, self.caption_of)
        self.text.document().clearUndoRedoStacks()  # the text as loaded is where undo stops
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        resume, self.resume_after = self.resume_after, None
        if resume is not None and (block := richtext.last_block_of(self.text.document(), resume)):
            cursor = QTextCursor(block)  # where the press officer was: just after the photo
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            self.text.setTextCursor(cursor)

    def caption_of(self, photo_id: int) -> str:
        slot = translate("Forms", "Photo slot {id}").format(id=photo_id)
        return self.captions.get(photo_id) or slot

    def retranslate(self) -> None:
        super().retranslate()
        words = {
            "bold": (translate("Forms", "Bold"), "Ctrl+B"),
            "italic": (translate("Forms", "Italic"), "Ctrl+I"),
            "subhead": (translate("Forms", "Subhead"), "Ctrl+Alt+2"),
            "bullets": (translate("Forms", "Bullet list"), "Ctrl+Shift+8"),
        }
        for name, (text, keys) in words.items():
            native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            self.actions[name].setText(text)
            self.actions[name].setToolTip(f"{text} ({native})")

    def _actions(self) -> dict[str, QAction]:
        made = {}
        for name, keys, handler in (
            ("bold", "Ctrl+B", self._bold),
            ("italic", "Ctrl+I", self._italic),
            ("subhead", "Ctrl+Alt+2", self._subhead),
            ("bullets", "Ctrl+Shift+8", self._bullets),
        ):
            action = QAction(icon(f"format-{name}"), name, self.text)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setCheckable(name != "bullets")
            action.triggered.connect(handler)
            made[name] = action
        return made

    def _bold(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self.text.mergeCurrentCharFormat(fmt)

    def _italic(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(on)
        self.text.mergeCurrentCharFormat(fmt)

    def _subhead(self, on: bool) -> None:
        cursor = self.text.textCursor()
        if richtext.is_special(cursor.block()) or cursor.block().textList():
            return
        kind = BlockKind.SUBHEAD if on else BlockKind.PARAGRAPH
        cursor.beginEditBlock()
        cursor.setBlockFormat(richtext.block_format(kind))
        cursor.select(cursor.SelectionType.BlockUnderCursor)
        size = QTextCharFormat()
        size.setProperty(QTextCharFormat.Property.FontSizeAdjustment, 2 if on else 0)
        cursor.mergeCharFormat(size)
        cursor.endEditBlock()

    def _bullets(self) -> None:
        cursor = self.text.textCursor()
        current = cursor.currentList()
        if current is not None:
            current.remove(cursor.block())
            cursor.setBlockFormat(richtext.block_format(BlockKind.PARAGRAPH))
            return
        if not richtext.is_special(cursor.block()):
            style = QTextListFormat()
            style.setStyle(QTextListFormat.Style.ListDisc)
            cursor.createList(style)

    def _show_format(self, fmt: QTextCharFormat) -> None:
        self.actions["bold"].setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
        self.actions["italic"].setChecked(fmt.fontItalic())
        self.actions["subhead"].setChecked(self.text.textCursor().blockFormat().headingLevel() > 0)
