"""Markdown stories (.md): headings, emphasis, lists, quotes and links from markdown-it's tokens."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from markdown_it import MarkdownIt

from mediakit.importers.decode import decode_text, read_limited
from mediakit.importers.noise import Dropped
from mediakit.importers.reader import VALUE_DASH
from mediakit.importers.structure import (
    Hint,
    Para,
    ParsedDocument,
    document_from_paras,
    joined_at_break,
    split_long,
)
from mediakit.model import Span

_BLOCK_HINTS = {
    "heading_open": Hint.HEADING,
    "list_item_open": Hint.BULLET,
    "blockquote_open": Hint.QUOTE,
}


def parse_markdown_file(path: Path) -> ParsedDocument:
    return parse_markdown(decode_text(read_limited(path), name=str(path)), name=path.name)


def parse_markdown(
    text: str, *, name: str = "", raw_html: bool = True, page_title: str = ""
) -> ParsedDocument:
    """The story in Markdown `text`. With `raw_html`, HTML written in it is recognised and
    never reaches the story: tags are dropped (and reported), the text between them kept,
    scripts, styles and comments dropped whole. Without it, "<" is ordinary text."""
    tokens = MarkdownIt("commonmark", {"html": raw_html}).enable("table").parse(text)
    paras: list[Para] = []
    dropped: list[Dropped] = []
    title = ""
    hints: list[Hint] = []
    row: list[str] | None = None  # the cells of a table row being read
    for token in tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            if any(row):
                paras.append(Para(" | ".join(row), Hint.TABLE_ROW))
            row = None
        elif token.type == "inline" and row is not None:
            row.append(" ".join("".join(s.text for s in _spans(token.children or [])).split()))
        elif token.type in _BLOCK_HINTS:
            level_one = token.type == "heading_open" and token.tag == "h1"
            hints.append(Hint.TITLE if level_one and not title else _BLOCK_HINTS[token.type])
        elif token.type in ("heading_close", "list_item_close", "blockquote_close"):
            hints.pop()
        elif token.type == "html_block":
            dropped.append(Dropped(token.content.strip()[:200], "HTML in the Markdown"))
            paras += [Para(line) for line in _html_text(token.content)]
        elif token.type == "inline":
            hint = hints[-1] if hints else Hint.NONE
            if _opens_on_picture(token.children or []):
                paras.append(Para("", Hint.IMAGE))  # where the picture stood: its caption follows
            dropped += [
                Dropped(c.content[:200], "HTML in the Markdown")
                for c in token.children or []
                if c.type == "html_inline"
            ]
            spans = _spans(token.children or [])
            lines = _lines("".join(s.text for s in spans))
            text_value = " ".join(lines)
            if rows := _flat_table_rows(text_value):
                paras += [Para(row, Hint.TABLE_ROW) for row in rows]
                continue
            if len(lines) > 1:  # lines set one under another: each its own paragraph
                paras += [Para(piece, hint) for line in lines for piece in split_long(line)]
                continue
            spans = tuple(replace(s, text=" ") if s.text == "\n" else s for s in spans)
            if hint is Hint.TITLE:  # the first level-one heading, where it stands
                title = text_value
                paras.append(Para(text_value, Hint.TITLE))
                continue
            if rows := _flat_table_rows(text_value):
                paras += [Para(row, Hint.TABLE_ROW) for row in rows]
                continue
            for piece in split_long(text_value):
                styled = spans if piece == text_value else (Span(piece),)
                paras.append(Para(piece, hint, styled if _styled(spans) else ()))
    if not paras and title:
        paras = [Para(title, Hint.TITLE)]
    document = document_from_paras(paras, name=name, page_title=page_title)
    return replace(document, dropped=(*dropped, *document.dropped)) if dropped else document


def _opens_on_picture(children) -> bool:
    """A paragraph that opens on a picture of its own, `![alt](photo.jpg)`, not a linked one
    (a site's logo, `[![logo](logo.svg)](/)`)."""
    first = next((c for c in children if c.type != "softbreak"), None)
    return first is not None and first.type == "image"


def _lines(text: str) -> list[str]:
    """A paragraph's text as the lines it is read in: a line that reaches near the longest
    one, or whose next line goes on in lower case, was wrapped (one paragraph); lines set one
    under another ("Informações para a imprensa" / "Assessoria de Comunicação" / a phone) are
    each a line of their own."""
    raw = [" ".join(line.split()) for line in text.split("\n")]
    raw = [line for line in raw if line]
    if len(raw) < 2:
        return raw
    longest = max(len(line) for line in raw)
    joined = [raw[0]]
    for line in raw[1:]:
        before = joined[-1]
        wrapped = len(before) >= 0.6 * longest and longest >= 60
        apart = (
            (bool(re.search(r"[\d%*]$", before)) and line[:1].isupper())  # "… — **720**" / "Staff"
            or any(sep in piece for sep in (" · ", " > ", " › ", " | ") for piece in (before, line))
            or (line.isupper() and len(line.split()) <= 6)  # a menu, breadcrumbs, a section label
            or bool(VALUE_DASH.match(line))  # "312,000 – people who crossed …": a figure's line
        )
        if (wrapped and not apart) or line[:1].islower() or before.endswith((",", ";", "(")):
            joined[-1] = f"{before} {line}"
        else:
            joined.append(line)
    return joined if len(joined) > 1 else [" ".join(raw)]


def _flat_table_rows(text: str) -> list[str]:
    """'| a | b | | c | d |': a table whose rows were run into one paragraph (a saved page's
    table without its header rule), as rows of cells joined by ' | '."""
    if not (text.startswith("|") and text.rstrip().endswith("|") and text.count("|") >= 4):
        return []
    rows = [r.strip(" |") for r in re.split(r"\|\s+\|", text.strip()) if r.strip(" |")]
    cells = [[c.strip() for c in row.split("|") if c.strip()] for row in rows]
    return [" | ".join(row) for row in cells if row and not all(set(c) <= set("-: ") for c in row)]


class _TextOfHtml(HTMLParser):
    """The ordinary text of some HTML: no tags, no comments, nothing inside script or style."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs) -> None:
        self.hidden += tag in _HIDDEN

    def handle_endtag(self, tag) -> None:
        if tag in _HIDDEN and self.hidden:
            self.hidden -= 1
        if tag in _BLOCK_TAGS:  # a paragraph of the story ends with its block
            self.pieces.append("\n")

    def handle_data(self, data) -> None:
        if not self.hidden:
            self.pieces.append(data)


_HIDDEN = ("script", "style")
_BLOCK_TAGS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "table",
    "blockquote", "section", "article", "header", "footer", "pre",
}  # fmt: skip


def _html_text(html: str) -> list[str]:
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.pieces).split("\n"))
    return [line for line in lines if line]


def _spans(children) -> tuple[Span, ...]:
    spans: list[Span] = []
    bold = italic = 0
    href: str | None = None
    hidden = 0  # inside an inline <script> or <style>
    broken = False  # the last spans are a word broken at a line's end, then the break
    for child in children:
        if child.type == "html_inline":
            hidden = max(0, hidden + _hides(child.content))
            continue
        if hidden:
            continue
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
                if broken and child.type == "text":  # "se-", a line's end, "maines"
                    last = spans[-2]
                    joined = joined_at_break(last.text, child.content)
                    if joined is not None and (last.bold, last.italic) == (bold > 0, italic > 0):
                        spans[-2:] = [replace(last, text=joined)]
                        broken = False
                        continue
                spans.append(Span(child.content, bold > 0, italic > 0, href))
            case "softbreak":
                spans.append(Span("\n"))  # where the source's line ended (see _lines)
            case "hardbreak":
                spans.append(Span(" "))
        broken = child.type == "softbreak" and len(spans) >= 2 and spans[-2].text.endswith("-")
    return tuple(spans)


def _hides(tag: str) -> int:
    """+1 for an opening <script> or <style>, -1 for its closing tag, 0 for any other tag."""
    match = re.match(r"<(/?)\s*(script|style)\b", tag, re.IGNORECASE)
    if not match:
        return 0
    return -1 if match.group(1) else 1


def _styled(spans: tuple[Span, ...]) -> bool:
    return any(s.bold or s.italic or s.href for s in spans)
