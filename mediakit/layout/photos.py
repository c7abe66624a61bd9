"""Photos on the page: sized to the grid, asked of the PhotoSource, kept with caption and credit."""

from __future__ import annotations

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from mediakit.layout.context import Context
from mediakit.layout.images import CroppedImage, EmptySlot, PlacedImage, SlotLook, image_reader
from mediakit.layout.text import text_markup
from mediakit.layout.theme import derived_style
from mediakit.model import BadInputError, Photo

_CREDIT_PREFIXES = ("photo:", "foto:", "photo :", "crédit", "credit:")
_SENTENCE_ENDS = (".", "!", "?", "…", ".”", "!”", "?”", ".\"", ":")


def photo_figure(
    photo: Photo, ctx: Context, width: float, max_height: float, space: float = 0
) -> Flowable:
    """The photo (or its empty slot) with caption and credit under it, never parted."""
    return KeepTogether(photo_cell(photo, ctx, width, max_height, space))


def photo_cell(
    photo: Photo, ctx: Context, width: float, max_height: float, space: float = 0
) -> list[Flowable]:
    """[picture, caption]: the parts of a figure, with `space` above and below it."""
    picture = photo_picture(photo, ctx, width, max_height)
    picture.spaceBefore = space
    caption = caption_paragraph(photo, ctx, width - picture.width, space_after=space)
    return [picture, caption] if caption else [picture]


def photo_picture(photo: Photo, ctx: Context, width: float, max_height: float) -> Flowable:
    """The placed image at `width` (less if it would be taller than `max_height`)."""
    placed_width, placed_height = fit(photo.aspect, width, max_height)
    if not photo.has_image:
        return empty_slot(ctx, placed_width, placed_height)
    reader = _rendition(photo, ctx, placed_width, placed_height)
    pixel_width, pixel_height = reader.getSize()
    placed_width, placed_height = fit(pixel_width / pixel_height, width, max_height)
    return PlacedImage(reader, placed_width, placed_height)


def _rendition(photo: Photo, ctx: Context, width: float, height: float) -> ImageReader:
    """The PhotoSource's rendition for this box, ready to draw; unreadable bytes are an error."""
    data = ctx.rendition(photo, width, height)
    try:
        reader = image_reader(data)
        reader.getSize()
    except Exception as exc:  # ReportLab and Pillow raise many kinds; all mean "unreadable"
        name = photo.original_name or photo.media_hash
        raise BadInputError("the photo's image cannot be read for the PDF", name) from exc
    return reader


def hero_picture(photo: Photo, ctx: Context, width: float, height: float) -> Flowable:
    """A photo that fills `width` x `height` edge to edge (cropped, never stretched)."""
    aspect = photo.aspect
    wider = aspect >= width / height
    request = (height * aspect, height) if wider else (width, width / aspect)
    return CroppedImage(_rendition(photo, ctx, *request), width, height)


def empty_slot(ctx: Context, width: float, height: float) -> EmptySlot:
    theme = ctx.theme
    look = SlotLook(
        fill=ctx.color("slot_fill"),
        line=ctx.color("slot_line"),
        glyph=ctx.color("slot_glyph"),
        border=theme.length("photos", "slot_border"),
        glyph_width=theme.length("photos", "glyph_width"),
        glyph_height=theme.length("photos", "glyph_height"),
        glyph_line=theme.length("photos", "glyph_line"),
        label_gap=theme.length("photos", "slot_label_gap"),
    )
    label = Paragraph(text_markup(ctx.label("photo_to_come")), ctx.style("slot_label"))
    return EmptySlot(width, height, look, label)


def caption_markup(photo: Photo, ctx: Context) -> str:
    """'Caption. <credit>Photo: IOM/Gema Cortes</credit>' as escaped markup."""
    parts = []
    caption = photo.caption.strip()
    if caption:
        # A caption reads as a sentence before the credit that follows it.
        ending = "" if caption.endswith(_SENTENCE_ENDS) else "."
        parts.append(text_markup(caption) + ending)
    credit = photo.credit.strip()
    if credit:
        if not credit.lower().startswith(_CREDIT_PREFIXES):
            credit = ctx.label("photo_credit", credit=credit)
        parts.append(ctx.inline(text_markup(credit), "credit"))
    return " ".join(parts)


def caption_paragraph(
    photo: Photo, ctx: Context, right_indent: float = 0, space_after: float = 0
) -> Paragraph | None:
    """Caption and credit, as wide as the picture (`right_indent` less than the column)."""
    markup = caption_markup(photo, ctx)
    if not markup:
        return None
    style = ctx.style("caption")
    if right_indent > 0.5 or space_after:
        style = derived_style(style, rightIndent=max(0.0, right_indent), spaceAfter=space_after)
    return Paragraph(markup, style)


def fit(aspect: float, width: float, max_height: float) -> tuple[float, float]:
    """The largest box of this aspect (width / height) within width x max_height."""
    aspect = aspect if aspect > 0 else 3 / 2
    height = width / aspect
    if height > max_height:
        return max_height * aspect, max_height
    return width, height
