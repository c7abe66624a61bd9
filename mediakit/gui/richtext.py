"""A story body as rich text for editing, and back: paragraphs, subheads, quotes, bullet lists
and photo slots, with bold, italic and links. The body stays data (blocks and spans); the
QTextDocument is only its editable face."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from mediakit.model import Block, BlockKind, Span

KIND = QTextFormat.Property.UserProperty + 1  # "quote" or "photo" on a block
PHOTO_ID = QTextFormat.Property.UserProperty + 2
ATTRIBUTION = QTextFormat.Property.UserProperty + 3
LINE_BREAK = "\u2028"  # a line break inside a paragraph, as QTextDocument keeps it
SUBHEAD_LEVEL = 2
QUOTE_MARGIN = 24.0
MUTED = QColor("#5f6b7a")

Caption = Callable[[int], str]


def fill_document(document: QTextDocument, body: tuple[Block, ...], caption: Caption) -> None:
    """Replace the document's text by `body`; `caption(photo_id)` names a photo slot."""
    document.clear()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for index, block in enumerate(body):
        if block.kind is BlockKind.BULLETS:
            _insert_bullets(cursor, block, first=index == 0)
            continue
        if index:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.setBlockFormat(block_format(block.kind, block))
        if block.kind is BlockKind.PHOTO:
            cursor.insertText(photo_text(block.photo_id, caption), _muted())
        else:
            _insert_spans(cursor, block.spans, subhead=block.kind is BlockKind.SUBHEAD)
    cursor.endEditBlock()
    document.setModified(False)


def read_document(document: QTextDocument) -> tuple[Block, ...]:
    """The body the document holds now; empty paragraphs are dropped."""
    blocks: list[Block] = []
    current_list, items = None, []
    for text_block in _blocks(document):
        text_list = text_block.textList()
        if text_list is not None and text_list is current_list:
            items.append(_spans(text_block))
            continue
        if items:
            blocks.append(Block(BlockKind.BULLETS, items=tuple(items)))
        current_list, items = text_list, []
        if text_list is not None:
            items.append(_spans(text_block))
            continue
        block = _read_block(text_block)
        if block is not None:
            blocks.append(block)
    if items:
        blocks.append(Block(BlockKind.BULLETS, items=tuple(items)))
    return tuple(blocks)


def last_block_of(document: QTextDocument, index: int) -> QTextBlock | None:
    """The last text block of the body's block `index` (as `body_index` counts), if any."""
    found = None
    for text_block in _blocks(document):
        if body_index(document, text_block) == index:
            found = text_block
    return found


def body_index(document: QTextDocument, at: QTextBlock) -> int:
    """The index in the body `read_document` gives of the block that holds `at` (a list item:
    its list; an empty paragraph: the block before it; -1 when nothing comes before)."""
    index, current_list = -1, None
    for text_block in _blocks(document):
        text_list = text_block.textList()
        if text_list is not None:
            if text_list is not current_list:
                index += 1
        elif _read_block(text_block) is not None:
            index += 1
        current_list = text_list
        if text_block == at:
            return index
    return index


def block_format(kind: BlockKind, block: Block | None = None) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(6)
    if kind is BlockKind.SUBHEAD:
        fmt.setHeadingLevel(SUBHEAD_LEVEL)
        fmt.setTopMargin(8)
    elif kind is BlockKind.QUOTE:
        fmt.setProperty(KIND, "quote")
        fmt.setLeftMargin(QUOTE_MARGIN)
        fmt.setProperty(ATTRIBUTION, block.attribution if block else "")
    elif kind is BlockKind.PHOTO:
        fmt.setProperty(KIND, "photo")
        fmt.setProperty(PHOTO_ID, block.photo_id if block else 0)
        fmt.setBackground(QColor("#eef1f5"))
    return fmt


def subhead_format(subhead: bool) -> QTextCharFormat:
    """Subheads show larger (not bold, so bold stays the writer's own emphasis)."""
    fmt = QTextCharFormat()
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 2 if subhead else 0)
    fmt.setForeground(QColor("#1d3a6e") if subhead else QColor())
    if not subhead:
        fmt.clearForeground()
    return fmt


def photo_text(photo_id: int | None, caption: Caption) -> str:
    return f"▣ {caption(photo_id or 0)}"


def is_special(text_block: QTextBlock) -> str:
    """ "photo", "quote" or "" for a plain paragraph, subhead or list item."""
    value = text_block.blockFormat().property(KIND)
    return value if isinstance(value, str) else ""


def _insert_bullets(cursor: QTextCursor, block: Block, *, first: bool) -> None:
    list_format = QTextListFormat()
    list_format.setStyle(QTextListFormat.Style.ListDisc)
    for number, item in enumerate(block.items):
        if number == 0:
            if not first:
                cursor.insertBlock(block_format(BlockKind.PARAGRAPH), QTextCharFormat())
            else:
                cursor.setBlockFormat(block_format(BlockKind.PARAGRAPH))
            cursor.createList(list_format)
        else:
            cursor.insertBlock()
        _insert_spans(cursor, item, subhead=False)


def _insert_spans(cursor: QTextCursor, spans: tuple[Span, ...], *, subhead: bool) -> None:
    for span in spans:
        fmt = subhead_format(subhead) if subhead else QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if span.bold else QFont.Weight.Normal)
        fmt.setFontItalic(span.italic)
        if span.href:
            fmt.setAnchor(True)
            fmt.setAnchorHref(span.href)
            fmt.setForeground(QColor("#1a5fb4"))
            fmt.setFontUnderline(True)
        cursor.insertText(span.text.replace("\n", LINE_BREAK), fmt)


def _muted() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(MUTED)
    return fmt


def _blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _read_block(text_block: QTextBlock) -> Block | None:
    fmt = text_block.blockFormat()
    special = is_special(text_block)
    if special == "photo":
        return Block(BlockKind.PHOTO, photo_id=int(fmt.property(PHOTO_ID) or 0) or None)
    spans = _spans(text_block)
    if not "".join(span.text for span in spans).strip():
        return None
    if special == "quote":
        attribution = fmt.property(ATTRIBUTION)
        return Block(BlockKind.QUOTE, spans, attribution=attribution or "")
    kind = BlockKind.SUBHEAD if fmt.headingLevel() > 0 else BlockKind.PARAGRAPH
    return Block(kind, spans)


def _spans(text_block: QTextBlock) -> tuple[Span, ...]:
    spans: list[Span] = []
    iterator = text_block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            fmt = fragment.charFormat()
            span = Span(
                fragment.text().replace(LINE_BREAK, "\n"),
                fmt.fontWeight() >= QFont.Weight.Bold,
                fmt.fontItalic(),
                fmt.anchorHref() or None,
            )
            _append(spans, span)
        iterator += 1
    return tuple(spans)


def _append(spans: list[Span], span: Span) -> None:
    """Qt may cut a run of one format in two fragments; a span is the whole run."""
    last = spans[-1] if spans else None
    if last and (last.bold, last.italic, last.href) == (span.bold, span.italic, span.href):
        spans[-1] = Span(last.text + span.text, span.bold, span.italic, span.href)
    else:
        spans.append(span)
