"""Booklet imposition: half-size pages two-up on landscape sheets, in saddle-stitch order.

Each page's content is copied into its sheet side's content stream, clipped to its trim (and
outer bleed) and moved into place: nothing of the page is re-parsed or re-encoded. The sheet
sides follow one another front, back, front, back..., ready for duplex printing flipped on the
short edge; folded and stapled, the pages read in order. Blank pages pad the booklet to a
multiple of four, before the back cover so that it stays the last page.

The booklet is tagged as the press kit is: its pages' marked content (MCIDs numbered through
the whole document, so two pages on one sheet never share one) lands on the sheets, and the
structure tree is made once they are imposed, in the pages' reading order. The crop and fold
marks are Artifacts. (Copying rather than placing each page as a form XObject keeps every
MCID in a page's own content stream, where every PDF/UA checker looks for it.)
"""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NullObject,
    NumberObject,
    RectangleObject,
    StreamObject,
    TextStringObject,
)

from mediakit.layout.context import Context
from mediakit.layout.pages import crop_mark_lines
from mediakit.layout.private_api import add_pdf_object, document_root
from mediakit.layout.structure import (
    AnnotRef,
    Name,
    PageRef,
    Ref,
    StructureTree,
    Writer,
    structure_tree,
)
from mediakit.layout.tagging import Record
from mediakit.model import SectionKind

BLANK = 0


def saddle_order(count: int) -> list[tuple[int, int]]:
    """Sheet sides of a saddle-stitched booklet of `count` pages (a multiple of four), each
    as (left page, right page), 1-based; 8 -> [(8, 1), (2, 7), (6, 3), (4, 5)]."""
    if count <= 0 or count % 4:
        raise ValueError(f"a saddle-stitched booklet needs a multiple of four pages, not {count}")
    sides = []
    for sheet in range(count // 4):
        outer, inner = count - 2 * sheet, 1 + 2 * sheet
        sides += [(outer, inner), (inner + 1, outer - 1)]
    return sides


def padded_pages(count: int, keep_last: bool) -> list[int]:
    """Pages 1..count padded with BLANK to a multiple of four, the blanks before the last page
    when it is the back cover."""
    blanks = [BLANK] * (-count % 4)
    pages = list(range(1, count + 1))
    if keep_last and count > 1:
        return pages[:-1] + blanks + pages[-1:]
    return pages + blanks


def impose_booklet(pdf: bytes, records: list[Record], ctx: Context) -> bytes:
    """The booklet's pages imposed two-up, with the document's metadata, language and
    outline (pointing at the sheet side each section is on), tagged as `records` say."""
    reader = PdfReader(BytesIO(pdf))
    order = padded_pages(len(reader.pages), keep_last=_ends_with_back_cover(ctx))
    writer = PdfWriter()
    pages = {n: _page_content(reader.pages[n - 1], writer) for n in range(1, len(reader.pages) + 1)}
    sheet_of: dict[int, int] = {}
    # Each sheet's links, in order: (page number, the index of the link among the page's).
    links_of: list[list[tuple[int, int]]] = []
    marks = _sheet_marks(ctx)
    for side, (left, right) in enumerate(saddle_order(len(order))):
        placed = [order[left - 1], order[right - 1]]
        links_of.append(_add_side(writer, pages, placed, ctx, marks))
        for page in placed:
            sheet_of[page] = side
    language = str(ctx.content.kit.language)
    _copy_document(reader, writer, sheet_of, language)
    _tag_sheets(reader, writer, records, sheet_of, links_of, language)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _tag_sheets(reader, writer: PdfWriter, records, sheet_of: dict, links_of: list, lang: str):
    """The booklet's structure tree, in its pages' reading order: each page's content is on
    its sheet, and its web links too."""

    def annotation_of(page: int, index: int) -> AnnotRef | None:
        side = sheet_of[page + 1]
        where = links_of[side]
        if (page + 1, index) not in where:
            return None  # a link inside the document: gone with the page numbers
        return AnnotRef(side, where.index((page + 1, index)))

    metadata = reader.metadata or {}
    info = {
        "title": metadata.get("/Title", ""),
        "author": metadata.get("/Author", ""),
        "subject": metadata.get("/Subject", ""),
        "creator": metadata.get("/Creator", ""),
        "lang": lang,
    }
    sheets = PypdfWriter(writer)
    tree = structure_tree(
        records, sheets, info, lambda page: sheet_of[page + 1], annotation_of=annotation_of
    )
    sheets.write(tree)


class PypdfWriter(Writer):
    """Writes a structure tree into a pypdf writer's document."""

    def __init__(self, writer: PdfWriter) -> None:
        self.writer = writer

    def page_count(self) -> int:
        return len(self.writer.pages)

    def _annots(self, page: int) -> list:
        return list(self.writer.pages[page].get("/Annots") or [])

    def annotation_count(self, page: int) -> int:
        return len(self._annots(page))

    def link(self, page: int, index: int) -> tuple[bool, str]:
        annot = self._annots(page)[index].get_object()
        action = annot.get("/A")
        uri = action.get_object().get("/URI", "") if action is not None else ""
        return annot.get("/Subtype") == "/Link", str(uri)

    def write(self, tree: StructureTree) -> None:
        made = [DictionaryObject() for _ in tree.objects]
        refs = [add_pdf_object(self.writer, d) for d in made]
        for dictionary, entries in zip(made, tree.objects, strict=True):
            dictionary.update(self._entries(refs, entries))
        for page, entries in tree.pages.items():
            self.writer.pages[page].update(self._entries(refs, entries))
        for (page, index), entries in tree.annotations.items():
            self._annots(page)[index].get_object().update(self._entries(refs, entries))
        root = document_root(self.writer)
        root.update(self._entries(refs, tree.catalog))
        xmp = StreamObject()
        xmp.set_data(tree.metadata)
        xmp.update({NameObject("/Type"): NameObject("/Metadata")})
        xmp[NameObject("/Subtype")] = NameObject("/XML")
        root[NameObject("/Metadata")] = add_pdf_object(self.writer, xmp)

    def _entries(self, refs: list, entries: dict) -> dict:
        return {NameObject("/" + k): self._value(refs, v) for k, v in entries.items()}

    def _value(self, refs: list, value):
        if isinstance(value, Name):
            return NameObject("/" + value)
        if isinstance(value, bool):
            return BooleanObject(value)
        if value is None:
            return NullObject()
        if isinstance(value, str):
            return TextStringObject(value)
        if isinstance(value, int):
            return NumberObject(value)
        if isinstance(value, Ref):
            return refs[value.index]
        if isinstance(value, PageRef):
            return self.writer.pages[value.page].indirect_reference
        if isinstance(value, AnnotRef):
            return self._annots(value.page)[value.index]
        if isinstance(value, list):
            return ArrayObject([self._value(refs, v) for v in value])
        return DictionaryObject(self._entries(refs, value))


def _ends_with_back_cover(ctx: Context) -> bool:
    sections = ctx.content.kit.sections
    return bool(sections) and sections[-1].kind is SectionKind.BACK_COVER


def _page_content(page, writer: PdfWriter):
    """The page's content stream (decoded), its resources (in `writer`) and the page."""
    content = page.get_contents()
    data = content.get_data() if content is not None else b""
    return data, page["/Resources"].clone(writer), page


def _add_side(writer: PdfWriter, pages: dict, placed: list[int], ctx: Context, marks: bytes):
    """One sheet side: the crop marks, then each of its two pages (a blank leaves its half
    empty), their web links moved with them. Returns, for each of the side's links, (page
    number, the link's index among the page's annotations)."""
    geometry, slug = ctx.geometry, _sheet_slug(ctx)
    side = writer.add_blank_page(2 * geometry.width + 2 * slug, geometry.height + 2 * slug)
    resources, ops, annots = DictionaryObject(), [marks], ArrayObject()
    links: list[tuple[int, int]] = []
    for index, number in enumerate(placed):
        if number == BLANK:
            continue
        data, page_resources, page = pages[number]
        _merge_resources(resources, page_resources)
        ops.append(_placing(data, index, ctx, slug))
        # The page's own origin sits `geometry.slug` below-left of its trim.
        trim_x = slug + index * geometry.width
        for link, annot in _moved_links(page, writer, trim_x - geometry.slug, slug - geometry.slug):
            links.append((number, link))
            annots.append(annot)
    side[NameObject("/Resources")] = resources
    stream = StreamObject()
    stream.set_data(b"".join(ops))
    side[NameObject("/Contents")] = add_pdf_object(writer, stream.flate_encode())
    if annots:
        side[NameObject("/Annots")] = annots
    if slug:
        _print_boxes(side, ctx, slug)
    return links


def _merge_resources(resources: DictionaryObject, more: DictionaryObject) -> None:
    """Add a page's resources to its sheet's. Both pages come from one ReportLab document,
    whose resource names (fonts, images, forms) are the document's: a name is one thing."""
    for kind, entries in more.items():
        entries = entries.get_object()
        if not isinstance(entries, DictionaryObject):
            resources[NameObject(kind)] = entries  # /ProcSet
            continue
        merged = resources.setdefault(NameObject(kind), DictionaryObject())
        for name, value in entries.items():
            merged.setdefault(NameObject(name), value)


def _placing(data: bytes, index: int, ctx: Context, slug: float) -> bytes:
    """The page's content `data` drawn in half `index` of the sheet, clipped."""
    geometry = ctx.geometry
    trim_x = slug + index * geometry.width
    clip = _clip(index, geometry.width, geometry.height, geometry.bleed)
    x, y = trim_x - geometry.slug, slug - geometry.slug
    return b"q %s re W n 1 0 0 1 %s cm\n%s\nQ\n" % (
        _num(*clip, offset=(trim_x, slug)),
        _num(x, y),
        data,
    )


def _print_boxes(side, ctx: Context, slug: float) -> None:
    width, height, bleed = 2 * ctx.geometry.width, ctx.geometry.height, ctx.geometry.bleed
    side.trimbox = RectangleObject([slug, slug, slug + width, slug + height])
    side.bleedbox = RectangleObject(
        [slug - bleed, slug - bleed, slug + width + bleed, slug + height + bleed]
    )


def _clip(index: int, width: float, height: float, bleed: float) -> tuple[float, ...]:
    """The part of a page shown on the sheet: its trim, and its bleed on the outer edges only
    (never across the fold into the facing page)."""
    left = bleed if index == 0 else 0.0
    right = bleed if index == 1 else 0.0
    return (-left, -bleed, width + left + right, height + 2 * bleed)


def _sheet_slug(ctx: Context) -> float:
    return ctx.theme.length("print", "slug") if ctx.geometry.slug else 0.0


def _sheet_marks(ctx: Context) -> bytes:
    """Crop marks round the sheet and fold marks at its middle, as PDF operators."""
    if not ctx.geometry.slug:
        return b""
    theme, geometry = ctx.theme, ctx.geometry
    slug = _sheet_slug(ctx)
    offset, length = theme.length("print", "mark_offset"), theme.length("print", "mark_length")
    width, height = 2 * geometry.width, geometry.height
    lines = crop_mark_lines(width, height, offset, length)
    middle = geometry.width
    lines += [
        (middle, -offset, middle, -offset - length),
        (middle, height + offset, middle, height + offset + length),
    ]
    ops = [b"/Artifact BMC q 0 G %s w" % _num(theme.length("print", "mark_line"))]
    for x1, y1, x2, y2 in lines:
        ops.append(b"%s m %s l S" % (_num(x1 + slug, y1 + slug), _num(x2 + slug, y2 + slug)))
    ops.append(b"Q EMC\n")
    return b"\n".join(ops)


def _moved_links(page, writer: PdfWriter, dx: float, dy: float) -> list:
    """The page's web links (internal ones point at pages that are gone), moved on the sheet,
    each with its index among the page's annotations."""
    moved = []
    for index, annot in enumerate(page.get("/Annots") or []):
        annot = annot.get_object()
        action = annot.get("/A")
        if annot.get("/Subtype") != "/Link" or action is None or action.get("/S") != "/URI":
            continue
        x1, y1, x2, y2 = (float(v) for v in annot["/Rect"])
        link = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Link"),
                NameObject("/Rect"): _rect((x1 + dx, y1 + dy, x2 + dx, y2 + dy)),
                NameObject("/Border"): ArrayObject([NumberObject(0)] * 3),
                NameObject("/A"): DictionaryObject(
                    {
                        NameObject("/S"): NameObject("/URI"),
                        NameObject("/URI"): TextStringObject(str(action["/URI"])),
                    }
                ),
            }
        )
        moved.append((index, add_pdf_object(writer, link)))
    return moved


def _copy_document(reader: PdfReader, writer: PdfWriter, sheet_of: dict, language: str) -> None:
    """Metadata, language, title display and the outline, onto the sheets."""
    writer.add_metadata({k: v for k, v in (reader.metadata or {}).items()})
    root = document_root(writer)
    root[NameObject("/Lang")] = TextStringObject(language)
    preferences = reader.trailer["/Root"].get("/ViewerPreferences")
    if preferences is not None:
        root[NameObject("/ViewerPreferences")] = preferences.clone(writer)
    _copy_outline(reader, writer, reader.outline, None, sheet_of)


def _copy_outline(reader, writer, items, parent, sheet_of: dict) -> None:
    previous = None
    for item in items:
        if isinstance(item, list):
            if previous is not None:
                _copy_outline(reader, writer, item, previous, sheet_of)
            continue
        number = reader.get_destination_page_number(item) + 1
        side = sheet_of.get(number, 0)
        previous = writer.add_outline_item(title=str(item.title), page_number=side, parent=parent)


def _rect(values) -> ArrayObject:
    return ArrayObject([FloatObject(round(float(v), 4)) for v in values])


def _num(*values: float, offset: tuple[float, float] | None = None) -> bytes:
    if offset is not None:  # a rectangle (x, y, w, h) moved by offset
        x, y, w, h = values
        values = (x + offset[0], y + offset[1], w, h)
    return b" ".join(b"%s" % f"{round(v, 4):g}".encode() for v in values)
