"""Word documents (.docx): styles give headings and lists, runs give bold and italic, embedded
pictures become photos at their place in the story."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.hyperlink import Hyperlink
from docx.text.run import Run

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

_STYLE_HINTS = (
    ("title", Hint.TITLE),
    ("heading", Hint.HEADING),
    ("list", Hint.BULLET),
    ("quote", Hint.QUOTE),
)


def parse_docx_file(path: Path) -> ParsedDocument:
    open_checked_zip(path, what="Word document").close()
    try:
        document = Document(str(path))
    except MediakitError:
        raise
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        raise BadInputError(
            "this Word document cannot be read (damaged, or not really .docx)", path
        ) from exc
    images: list[ParsedImage] = []
    paras: list[Para] = []
    title = ""
    for paragraph in _in_order(document):
        if isinstance(paragraph, Table):
            paras += _table_rows(paragraph)
            continue
        paras += _image_paras(document, paragraph, images, path)
        hint = _hint(paragraph.style.name if paragraph.style is not None else "")
        spans = _spans(paragraph)
        text = "".join(s.text for s in spans).strip()
        if hint is Hint.TITLE and title:
            hint = Hint.HEADING  # a second Title-styled paragraph is a heading
        if hint is Hint.TITLE and text:
            title = text  # kept where it stands: what comes above it is rarely the story
            paras.append(Para(text, Hint.TITLE))
        elif text:
            for piece in split_long(text):
                paras.append(Para(piece, hint, spans if piece == text and _styled(spans) else ()))
    return document_from_paras(paras, name=path.name, images=tuple(images))


def _in_order(document):
    """The body's paragraphs and tables, in the order they stand."""
    return document.iter_inner_content()


def _table_rows(table: Table) -> list[Para]:
    """Each row of a table as one line of cells joined by ' | ' (figures are often tables)."""
    rows = []
    for row in table.rows:
        cells = list(dict.fromkeys(" ".join(cell.text.split()) for cell in row.cells))
        if any(cells):
            rows.append(Para(" | ".join(c for c in cells if c), Hint.TABLE_ROW))
    return rows


def _hint(style_name: str) -> Hint:
    lowered = style_name.lower()
    return next((hint for word, hint in _STYLE_HINTS if word in lowered), Hint.NONE)


def _spans(paragraph) -> tuple[Span, ...]:
    spans: list[Span] = []
    for item in paragraph.iter_inner_content():
        if isinstance(item, Run):
            spans.append(Span(item.text, bool(item.bold), bool(item.italic)))
        elif isinstance(item, Hyperlink):
            spans.append(Span(item.text, href=item.address or None))
    return tuple(s for s in spans if s.text)


def _styled(spans: tuple[Span, ...]) -> bool:
    return any(s.bold or s.italic or s.href for s in spans)


def _image_paras(document, paragraph, images: list[ParsedImage], path: Path) -> list[Para]:
    paras = []
    for blip in paragraph._p.iter(qn("a:blip")):
        part = document.part.related_parts.get(blip.get(qn("r:embed")))
        if part is None:
            continue
        name = f"{path.stem}-image{len(images) + 1}"
        images.append(parse_image_bytes(io.BytesIO(part.blob).getvalue(), name=name, origin=path))
        paras.append(Para("", Hint.IMAGE, image=len(images) - 1))
    return paras
