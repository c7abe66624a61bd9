"""OpenDocument text (.odt, LibreOffice): headings, lists, tables, quotations and pictures
with their captions, read with odfpy — the same as a .docx. The zip is checked before odfpy
opens it; pictures the document only links to (on the web, on a disk) are never fetched."""

from __future__ import annotations

import re
from pathlib import Path

from mediakit.importers.archives import open_checked_zip
from mediakit.importers.images import parse_image_bytes
from mediakit.importers.structure import (
    Hint,
    Para,
    ParsedDocument,
    ParsedImage,
    document_from_paras,
    split_long,
)
from mediakit.model import BadInputError, MediakitError, Span

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_XLINK = "http://www.w3.org/1999/xlink"
_FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
_STYLE_HINTS = (
    ("subtitle", Hint.HEADING),
    ("title", Hint.TITLE),
    ("heading", Hint.HEADING),
    ("quot", Hint.QUOTE),
    ("list", Hint.BULLET),
)
_SKIPPED = {"tracked-changes", "sequence-decls", "note", "table-of-content", "index-title"}


def parse_odt_file(path: Path) -> ParsedDocument:
    with open_checked_zip(path, what="OpenDocument text") as archive:
        try:
            mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
        except KeyError:
            mimetype = ""
    if not mimetype.startswith(ODT_MIMETYPE):
        raise BadInputError(
            "this is not an OpenDocument text (.odt) file (damaged, or another kind renamed)",
            path,
        )
    from odf.opendocument import load

    try:
        document = load(str(path))
    except MediakitError:
        raise
    except Exception as exc:  # odfpy raises many kinds on a damaged package
        raise BadInputError(
            "this OpenDocument text cannot be read (damaged, or not really .odt)", path
        ) from exc
    reading = _Reading(document, path)
    reading.walk(document.text)
    return document_from_paras(reading.paras, name=path.name, images=tuple(reading.images))


class _Reading:
    """The document's paragraphs and pictures in order, as the walk finds them."""

    def __init__(self, document, path: Path) -> None:
        self.path = path
        self.pictures = document.Pictures  # "Pictures/…" -> (kind, bytes, media type)
        self.parents = _parent_styles(document)
        self.looks = _text_looks(document)  # text style -> (bold, italic)
        self.paras: list[Para] = []
        self.images: list[ParsedImage] = []
        self.titled = False

    def walk(self, element, hint: Hint = Hint.NONE) -> None:
        for child in element.childNodes:
            if child.nodeType != child.ELEMENT_NODE:
                continue
            space, name = child.qname
            if name in _SKIPPED:
                continue
            if space == _TEXT and name in ("p", "h"):
                self.paragraph(child, Hint.HEADING if name == "h" else hint)
            elif space == _TEXT and name == "list":
                self.walk(child, Hint.BULLET)
            elif space == _TABLE and name == "table":
                self.table(child)
            elif space == _DRAW and name == "frame":
                self.frame(child)
            else:  # sections, list items, header rows: what they hold
                self.walk(child, hint)

    def paragraph(self, element, hint: Hint) -> None:
        frames: list = []
        spans = _tidy(self.spans(element))
        text = " ".join(_text_of(element, frames).split())
        if hint is Hint.NONE or hint is Hint.HEADING:
            hint = _style_hint(self._style(element)) or hint
        if hint is Hint.TITLE:
            if self.titled:
                hint = Hint.HEADING  # a second Title-styled paragraph is a heading
            self.titled = self.titled or bool(text)
        for frame in frames:  # a picture anchored in the paragraph stands before its text
            self.frame(frame)
        styled = any(s.bold or s.italic or s.href for s in spans)
        styled = spans if styled and "".join(s.text for s in spans) == text else ()
        if text:
            self.paras += [
                Para(piece, hint, styled if piece == text else ()) for piece in split_long(text)
            ]

    def spans(self, element, bold=False, italic=False, href=None) -> tuple[Span, ...]:
        """The paragraph's runs with their bold, italic and links (kept as addresses, never
        followed); frames left out."""
        found: list[Span] = []
        for child in element.childNodes:
            if child.nodeType == child.TEXT_NODE:
                found.append(Span(str(child.data), bold, italic, href))
                continue
            if child.nodeType != child.ELEMENT_NODE:
                continue
            space, name = child.qname
            if space == _TEXT and name == "s":
                found.append(Span(" " * int(child.getAttrNS(_TEXT, "c") or 1), bold, italic, href))
            elif space == _TEXT and name in ("tab", "line-break"):
                found.append(Span(" ", bold, italic, href))
            elif space == _TEXT and name in ("span", "a"):
                look = self.looks.get(child.getAttrNS(_TEXT, "style-name") or "", (False, False))
                link = child.getAttrNS(_XLINK, "href") if name == "a" else href
                found += self.spans(child, bold or look[0], italic or look[1], link or href)
        return tuple(found)

    def frame(self, frame) -> None:
        """A picture (stored in the file) and, in a captioned frame, its caption after it."""
        for child in frame.childNodes:
            if child.nodeType != child.ELEMENT_NODE:
                continue
            space, name = child.qname
            if space == _DRAW and name == "image":
                self.picture(child.getAttrNS(_XLINK, "href") or "")
            elif space == _DRAW and name == "text-box":
                self.walk(child)

    def picture(self, href: str) -> None:
        stored = self.pictures.get(href)
        if stored is None:  # linked, not stored: never fetched nor read from a disk
            return
        name = f"{self.path.stem}-image{len(self.images) + 1}"
        self.images.append(parse_image_bytes(stored[1], name=name, origin=self.path))
        self.paras.append(Para("", Hint.IMAGE, image=len(self.images) - 1))

    def table(self, table) -> None:
        """Each row as one line of cells joined by ' | ' (figures are often tables)."""
        for row in _descendants(table, _TABLE, "table-row"):
            cells = [
                " ".join(_text_of(cell, []).split())
                for cell in row.childNodes
                if cell.nodeType == cell.ELEMENT_NODE and cell.qname == (_TABLE, "table-cell")
            ]
            cells = list(dict.fromkeys(c for c in cells if c))
            if cells:
                self.paras.append(Para(" | ".join(cells), Hint.TABLE_ROW))

    def _style(self, element) -> str:
        name = element.getAttrNS(_TEXT, "style-name") or ""
        seen = set()
        while name in self.parents and name not in seen:  # automatic styles -> their parent
            seen.add(name)
            name = self.parents[name]
        return name


def _tidy(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Runs of one look joined, white space as in the paragraph's text (one space between
    words, none at either end), empty runs dropped."""
    merged: list[Span] = []
    for span in spans:
        text = re.sub(r"\s+", " ", span.text)
        if merged and merged[-1].text.endswith(" "):
            text = text.lstrip(" ")
        if not merged:
            text = text.lstrip(" ")
        if not text:
            continue
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].href) == (
            span.bold,
            span.italic,
            span.href,
        ):
            text = merged.pop().text + text
        merged.append(Span(text, span.bold, span.italic, span.href))
    if merged:
        last = merged.pop()
        if last.text.rstrip(" "):
            merged.append(Span(last.text.rstrip(" "), last.bold, last.italic, last.href))
    return tuple(merged)


def _parent_styles(document) -> dict[str, str]:
    parents = {}
    for styles in (document.automaticstyles, document.styles):
        for style in styles.childNodes:
            if style.nodeType != style.ELEMENT_NODE:
                continue
            name = style.getAttrNS(_STYLE, "name")
            parent = style.getAttrNS(_STYLE, "parent-style-name")
            if name and parent:
                parents[name] = parent
    return parents


def _text_looks(document) -> dict[str, tuple[bool, bool]]:
    """Each text style's (bold, italic), from its text properties."""
    looks = {}
    for styles in (document.automaticstyles, document.styles):
        for style in styles.childNodes:
            if style.nodeType != style.ELEMENT_NODE:
                continue
            name = style.getAttrNS(_STYLE, "name")
            for properties in style.childNodes:
                if getattr(properties, "qname", None) != (_STYLE, "text-properties"):
                    continue
                weight = properties.getAttrNS(_FO, "font-weight") or ""
                slant = properties.getAttrNS(_FO, "font-style") or ""
                looks[name] = (weight in ("bold", "600", "700", "800", "900"), slant == "italic")
    return looks


def _style_hint(style: str) -> Hint | None:
    lowered = style.lower().replace("_20_", " ")
    return next((hint for word, hint in _STYLE_HINTS if word in lowered), None)


def _text_of(element, frames: list) -> str:
    """The element's text (spaces, tabs and line breaks as spaces); frames inside it are
    collected in `frames`, their text left out."""
    parts: list[str] = []
    for child in element.childNodes:
        if child.nodeType == child.TEXT_NODE:
            parts.append(str(child.data))
            continue
        if child.nodeType != child.ELEMENT_NODE:
            continue
        space, name = child.qname
        if space == _DRAW and name == "frame":
            frames.append(child)
        elif space == _TEXT and name == "s":
            parts.append(" " * int(child.getAttrNS(_TEXT, "c") or 1))
        elif space == _TEXT and name in ("tab", "line-break"):
            parts.append(" ")
        elif name not in _SKIPPED:
            parts.append(_text_of(child, frames))
    return "".join(parts)


def _descendants(element, space: str, name: str):
    for child in element.childNodes:
        if child.nodeType != child.ELEMENT_NODE:
            continue
        if child.qname == (space, name):
            yield child
        else:
            yield from _descendants(child, space, name)
