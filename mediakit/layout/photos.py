"""Photos on the page: sized to the grid, asked of the PhotoSource, kept with caption and credit."""

from __future__ import annotations

from reportlab.platypus import Flowable

from mediakit.layout.context import Context
from mediakit.layout.images import (
    CroppedImage,
    EmptySlot,
    PhotoCell,
    PhotoGroup,
    PlacedImage,
    SlotLook,
)
from mediakit.layout.paragraph import Paragraph
from mediakit.layout.tagging import tag
from mediakit.layout.text import text_markup
from mediakit.model import Photo

_CREDIT_PREFIXES = ("photo:", "foto:", "photo :", "crédit", "credit:")
_SENTENCE_ENDS = (".", "!", "?", "…", ".”", "!”", "?”", '."', ":")


def story_photo(photo: Photo, ctx: Context, width: float) -> PhotoGroup:
    """A photo in a story: a real one at the column's width (or less, if it would be taller
    than the theme allows) with its caption under it; an empty slot small and quiet, its
    caption beside it."""
    return photo_group([photo], ctx, width, columns=1)


def photo_group(photos: list[Photo], ctx: Context, width: float, columns: int) -> PhotoGroup:
    """Photos side by side in `columns` equal cells across `width`, captions under them (one
    narrow photo: its caption beside it)."""
    theme, geometry = ctx.theme, ctx.geometry
    max_height = geometry.frame_height * theme.number("story", "photo_max_height")
    space = theme.length("photos", "space")
    if columns == 1 and not photos[0].has_image:
        cells = [quiet_slot_cell(photos[0], ctx, width)]
    elif columns == 1:
        cells = [photo_cell(photos[0], ctx, width, max_height)]
        # A portrait leaves room beside it: its caption goes there, not in a narrow column.
        room = width - cells[0].picture.width
        if room >= width * theme.number("photos", "caption_beside_room"):
            cells[0].beside = room
    else:
        cell_width = geometry.split(columns, width)
        cells = [
            photo_cell(photo, ctx, cell_width, max_height, x=index * (cell_width + geometry.gutter))
            for index, photo in enumerate(photos)
        ]
    return PhotoGroup(
        cells,
        caption_gap=ctx.style("caption").spaceBefore,
        space_before=space,
        space_after=space,
        page_height=geometry.frame_height,
    )


def handout_photo(photo: Photo, ctx: Context) -> PhotoGroup:
    """The handout's photo: a share of the width, no taller than the theme allows, its
    caption beside it (an empty slot: as in a story, small)."""
    theme, width = ctx.theme, ctx.geometry.frame_width
    if not photo.has_image:
        cell = quiet_slot_cell(photo, ctx, width)
    else:
        max_height = theme.length("handout", "photo_max_height")
        picture = photo_picture(
            photo, ctx, width * theme.number("handout", "photo_share"), max_height
        )
        cell = PhotoCell(picture, caption_paragraph(photo, ctx), beside=width - picture.width)
    space = theme.length("photos", "space")
    caption_gap = ctx.style("caption").spaceBefore
    return PhotoGroup([cell], caption_gap=caption_gap, space_before=space, space_after=space)


def photo_cell(
    photo: Photo, ctx: Context, width: float, max_height: float, x: float = 0.0
) -> PhotoCell:
    """A photo (or its slot, never taller than the theme's slot height) with its caption."""
    if not photo.has_image:
        max_height = min(max_height, ctx.theme.length("photos", "slot_max_height"))
    picture = photo_picture(photo, ctx, width, max_height)
    return PhotoCell(picture, caption_paragraph(photo, ctx), x=x)


def quiet_slot_cell(photo: Photo, ctx: Context, width: float) -> PhotoCell:
    """An empty slot at a share of the column, its caption and credit beside it."""
    theme = ctx.theme
    slot_width = width * theme.number("photos", "slot_width_share")
    slot = photo_picture(photo, ctx, slot_width, theme.length("photos", "slot_max_height"))
    return PhotoCell(slot, caption_paragraph(photo, ctx), beside=width - slot.width)


def photo_picture(photo: Photo, ctx: Context, width: float, max_height: float) -> Flowable:
    """The placed image at `width` (less if it would be taller than `max_height`)."""
    placed_width, placed_height = fit(photo.aspect, width, max_height)
    if not photo.has_image:
        return empty_slot(ctx, placed_width, placed_height)
    image = PlacedImage(
        ctx.rendition(photo, placed_width, placed_height), placed_width, placed_height
    )
    return tag(image, "Figure", alt=alt_text(photo, ctx))


def hero_picture(photo: Photo, ctx: Context, width: float, height: float) -> Flowable:
    """A photo that fills `width` x `height` edge to edge (cropped, never stretched)."""
    aspect = photo.aspect
    wider = aspect >= width / height
    request = (height * aspect, height) if wider else (width, width / aspect)
    image = CroppedImage(ctx.rendition(photo, *request), width, height)
    return tag(image, "Figure", alt=alt_text(photo, ctx))


def alt_text(photo: Photo, ctx: Context) -> str:
    """What a screen reader says of the photo: its alt text, else its caption (preflight
    warns of a photo with neither), else its credit, else the kit's word for photos."""
    words = photo.alt_text.strip() or photo.caption.strip() or photo.credit.strip()
    return " ".join((words or ctx.label("photos")).split())


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


def caption_paragraph(photo: Photo, ctx: Context) -> Paragraph | None:
    """Caption and credit; the group that holds the photo sets its width."""
    markup = caption_markup(photo, ctx)
    return Paragraph(markup, ctx.style("caption")) if markup else None


def fit(aspect: float, width: float, max_height: float) -> tuple[float, float]:
    """The largest box of this aspect (width / height) within width x max_height."""
    aspect = aspect if aspect > 0 else 3 / 2
    height = width / aspect
    if height > max_height:
        return max_height * aspect, max_height
    return width, height
