"""Markdown stories (.md): headings, emphasis, lists, quotes and links from markdown-it's tokens."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt

from mediakit.importers.decode import decode_text, read_limited
from mediakit.importers.structure import Hint, Para, ParsedDocument, document_from_paras, split_long
from mediakit.model import Span

_BLOCK_HINTS = {
    "heading_open": Hint.HEADING,
    "list_item_open": Hint.BULLET,
    "blockquote_open": Hint.QUOTE,
}


def parse_markdown_file(path: Path) -> ParsedDocument:
    return parse_markdown(decode_text(read_limited(path), name=str(path)), name=path.name)


def parse_markdown(text: str, *, name: str = "") -> ParsedDocument:
    tokens = MarkdownIt("commonmark", {"html": False}).parse(text)
    paras: list[Para] = []
    title = ""
    hints: list[Hint] = []
    for token in tokens:
        if token.type in _BLOCK_HINTS:
            level_one = token.type == "heading_open" and token.tag == "h1"
            hints.append(Hint.TITLE if level_one and not title else _BLOCK_HINTS[token.type])
        elif token.type in ("heading_close", "list_item_close", "blockquote_close"):
            hints.pop()
        elif token.type == "inline":
            hint = hints[-1] if hints else Hint.NONE
            spans = _spans(token.children or [])
            text_value = "".join(s.text for s in spans)
            if hint is Hint.TITLE:
                title = text_value
                continue
            for piece in split_long(text_value):
                styled = spans if piece == text_value else (Span(piece),)
                paras.append(Para(piece, hint, styled if _styled(spans) else ()))
    return document_from_paras(paras, name=name, title=title)


def _spans(children) -> tuple[Span, ...]:
    spans: list[Span] = []
    bold = italic = 0
    href: str | None = None
    for child in children:
        match child.type:
            case "strong_open":
                bold += 1
            case "strong_close":
                bold -= 1
            case "em_open":
                italic += 1
            case "em_close":
                italic -= 1
            case "link_open":
                href = str(child.attrs.get("href", "")) or None
            case "link_close":
                href = None
            case "text" | "code_inline":
                spans.append(Span(child.content, bold > 0, italic > 0, href))
            case "softbreak" | "hardbreak":
                spans.append(Span(" "))
    return tuple(spans)


def _styled(spans: tuple[Span, ...]) -> bool:
    return any(s.bold or s.italic or s.href for s in spans)
