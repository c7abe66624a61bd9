"""Booklet imposition: half-size pages two-up on landscape sheets, in saddle-stitch order.

Each page becomes a form XObject clipped to its trim (and outer bleed), placed on the sheet by
a one-line content stream: nothing of the page is re-parsed or re-encoded. The sheet sides
follow one another front, back, front, back..., ready for duplex printing flipped on the short
edge; folded and stapled, the pages read in order. Blank pages pad the booklet to a multiple of
four, before the back cover so that it stays the last page.
"""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    RectangleObject,
    StreamObject,
    TextStringObject,
)

from mediakit.layout.context import Context
from mediakit.layout.pages import crop_mark_lines
from mediakit.layout.private_api import add_pdf_object, document_root
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


def impose_booklet(pdf: bytes, ctx: Context) -> bytes:
    """The booklet's pages imposed two-up, with the document's metadata, language and
    outline (pointing at the sheet side each section is on)."""
    reader = PdfReader(BytesIO(pdf))
    order = padded_pages(len(reader.pages), keep_last=_ends_with_back_cover(ctx))
    writer = PdfWriter()
    forms = {n: _page_form(reader.pages[n - 1], writer) for n in range(1, len(reader.pages) + 1)}
    sheet_of: dict[int, int] = {}
    marks = _sheet_marks(ctx)
    for side, (left, right) in enumerate(saddle_order(len(order))):
        placed = [order[left - 1], order[right - 1]]
        _add_side(writer, forms, placed, ctx, marks)
        for page in placed:
            sheet_of[page] = side
    _copy_document(reader, writer, sheet_of, str(ctx.content.kit.language))
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _ends_with_back_cover(ctx: Context) -> bool:
    sections = ctx.content.kit.sections
    return bool(sections) and sections[-1].kind is SectionKind.BACK_COVER


def _page_form(page, writer: PdfWriter):
    """The page as a form XObject: its content, resources and media box."""
    content = page.get_contents()
    data = content.get_data() if content is not None else b""
    form = DecodedStreamObject()
    form.set_data(data)
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): _rect(page.mediabox),
            NameObject("/Resources"): add_pdf_object(writer, page["/Resources"].clone(writer)),
        }
    )
    encoded = form.flate_encode()
    return add_pdf_object(writer, encoded), page


def _add_side(writer: PdfWriter, forms: dict, placed: list[int], ctx: Context, marks: bytes):
    """One sheet side: the crop marks, then each of its two pages (a blank leaves its half
    empty), their web links moved with them."""
    geometry, slug = ctx.geometry, _sheet_slug(ctx)
    side = writer.add_blank_page(2 * geometry.width + 2 * slug, geometry.height + 2 * slug)
    xobjects, ops, annots = DictionaryObject(), [marks], ArrayObject()
    for index, number in enumerate(placed):
        if number == BLANK:
            continue
        ref, page = forms[number]
        name = f"/P{index}"
        xobjects[NameObject(name)] = ref
        ops.append(_placing(name, index, ctx, slug))
        # The page's own origin sits `geometry.slug` below-left of its trim.
        trim_x = slug + index * geometry.width
        annots += _moved_links(page, writer, trim_x - geometry.slug, slug - geometry.slug)
    side[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): xobjects})
    stream = StreamObject()
    stream.set_data(b"".join(ops))
    side[NameObject("/Contents")] = add_pdf_object(writer, stream.flate_encode())
    if annots:
        side[NameObject("/Annots")] = annots
    if slug:
        _print_boxes(side, ctx, slug)


def _placing(name: str, index: int, ctx: Context, slug: float) -> bytes:
    """Operators that draw page form `name` in half `index` of the sheet, clipped."""
    geometry = ctx.geometry
    trim_x = slug + index * geometry.width
    clip = _clip(index, geometry.width, geometry.height, geometry.bleed)
    x, y = trim_x - geometry.slug, slug - geometry.slug
    return b"q %s re W n 1 0 0 1 %s cm %s Do Q\n" % (
        _num(*clip, offset=(trim_x, slug)),
        _num(x, y),
        name.encode(),
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
    ops = [b"q 0 G %s w" % _num(theme.length("print", "mark_line"))]
    for x1, y1, x2, y2 in lines:
        ops.append(b"%s m %s l S" % (_num(x1 + slug, y1 + slug), _num(x2 + slug, y2 + slug)))
    ops.append(b"Q\n")
    return b"\n".join(ops)


def _moved_links(page, writer: PdfWriter, dx: float, dy: float) -> list:
    """The page's web links (internal ones point at pages that are gone), moved on the sheet."""
    moved = []
    for annot in page.get("/Annots") or []:
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
        moved.append(add_pdf_object(writer, link))
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
