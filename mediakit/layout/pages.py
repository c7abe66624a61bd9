"""Page templates: the cover, body pages with their running footer, the back cover, the
handout's first page and the booklet's blank pages; the watermark and the crop marks.

Templates are drawn in trim coordinates: a print-ready page is shifted into its slug by the
document template, and whatever touches the trim edge (bands, the hero photo) runs on into
the bleed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Frame, PageTemplate

from mediakit.layout.context import Context
from mediakit.layout.document import Pagination
from mediakit.layout.geometry import Geometry
from mediakit.layout.glyphs import printable_in
from mediakit.layout.kit_language import watermark_words
from mediakit.layout.theme import Theme

ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class CoverLayout:
    """Where the cover's band, hero photo and text sit, for one paper size."""

    band_height: float
    hero_height: float
    band_frame: tuple[float, float, float, float]
    rest_frame: tuple[float, float, float, float]


def cover_layout(theme: Theme, geometry: Geometry, with_hero: bool) -> CoverLayout:
    share = theme.number("cover", "band_with_photo" if with_hero else "band_without_photo")
    band = geometry.height * share
    hero = geometry.height * theme.number("cover", "hero_height") if with_hero else 0.0
    top_pad = theme.length("cover", "band_padding_top")
    bottom_pad = theme.length("cover", "band_padding_bottom")
    band_frame = (
        geometry.left,
        geometry.height - band + bottom_pad,
        geometry.frame_width,
        band - top_pad - bottom_pad,
    )
    rest_top = geometry.height - band - hero - theme.length("cover", "gap_below")
    rest_frame = (geometry.left, geometry.bottom, geometry.frame_width, rest_top - geometry.bottom)
    return CoverLayout(band, hero, band_frame, rest_frame)


def back_band_height(ctx: Context) -> float:
    return ctx.geometry.height * ctx.theme.number("back_cover", "band_height")


class KitPageTemplate(PageTemplate):
    """A template whose frames mirror on left-hand pages of a facing (booklet) document."""

    def __init__(self, template_id: str, frames: list[Frame], geometry: Geometry, **hooks):
        super().__init__(template_id, frames, **hooks)
        self.geometry = geometry
        self.right_hand_x = [frame.x1 for frame in frames]

    def beforeDrawPage(self, canv, doc):
        mirrored = self.geometry.facing and doc.page % 2 == 0
        for frame, x in zip(self.frames, self.right_hand_x, strict=True):
            frame.x1 = self.geometry.width - x - frame.width if mirrored else x


class RunningFooter:
    """organisation · kit title ...... Page N of M: small and grey, on every page but the
    covers and blank pages; on a booklet's left-hand pages the number is at the outer edge.

    The total is known only when the layout ends, so each page's footer is a form drawn then."""

    def __init__(self, ctx: Context, pagination: Pagination) -> None:
        self.ctx = ctx
        self.pagination = pagination
        org = ctx.content.org
        self.left_text = " · ".join(
            part for part in (org.short_name or org.name, ctx.content.kit.name) if part.strip()
        )

    def __call__(self, canv, doc) -> None:
        if doc.page in doc.blank_pages:
            return
        page = doc.page
        self.pagination.show_later(canv, f"footer-{page}", lambda c: self.draw(c, page))

    def draw(self, canv, page: int) -> None:
        ctx, geometry = self.ctx, self.ctx.geometry
        style = ctx.style("footer")
        number = ctx.label("page_of", n=page, m=self.pagination.total)
        left, right = geometry.margins_on(page)
        x_right = geometry.width - right
        room = geometry.frame_width - stringWidth(number, style.fontName, style.fontSize)
        words = fit_text(self.left_text, style.fontName, style.fontSize, room - 2 * geometry.gutter)
        if geometry.facing and page % 2 == 0:
            number, words = words, number
        canv.saveState()
        canv.setStrokeColor(ctx.color("hairline"))
        canv.setLineWidth(ctx.theme.length("footer", "rule"))
        rule_y = geometry.footer_y + style.fontSize + ctx.theme.length("footer", "rule_gap")
        canv.line(left, rule_y, x_right, rule_y)
        canv.setFont(style.fontName, style.fontSize)
        canv.setFillColor(style.textColor)
        canv.drawRightString(x_right, geometry.footer_y, number)
        canv.drawString(left, geometry.footer_y, words)
        canv.restoreState()


class Watermark:
    """DRAFT / EMBARGOED UNTIL ... across every page, large, light and see-through, on top,
    in the kit's language."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = watermark_words(ctx.language, ctx.content.kit.options.watermark)

    def __call__(self, canv, doc) -> None:
        ctx, geometry, theme = self.ctx, self.ctx.geometry, self.ctx.theme
        font = theme.font_name(str(theme.sections["watermark"]["font"]))
        text = printable_in(self.text, font)
        if not text.strip():
            return
        diagonal = math.hypot(geometry.width, geometry.height)
        room = diagonal * theme.number("watermark", "length")
        size = min(theme.number("watermark", "size"), room / stringWidth(text, font, 1))
        canv.saveState()
        canv.setFillColor(ctx.color(str(theme.sections["watermark"]["color"])))
        canv.setFillAlpha(theme.number("watermark", "alpha"))
        canv.setFont(font, size)
        canv.translate(geometry.width / 2, geometry.height / 2)
        canv.rotate(math.degrees(math.atan2(geometry.height, geometry.width)))
        canv.drawCentredString(0, -size / 3, text)
        canv.restoreState()


class CropMarks:
    """Crop marks at the four corners, outside the bleed, in registration black."""

    def __init__(self, ctx: Context) -> None:
        self.geometry = ctx.geometry
        self.offset = ctx.theme.length("print", "mark_offset")
        self.length = ctx.theme.length("print", "mark_length")
        self.line = ctx.theme.length("print", "mark_line")

    def __call__(self, canv) -> None:
        canv.saveState()
        canv.setStrokeColorRGB(0, 0, 0)
        canv.setLineWidth(self.line)
        for x1, y1, x2, y2 in crop_mark_lines(
            self.geometry.width, self.geometry.height, self.offset, self.length
        ):
            canv.line(x1, y1, x2, y2)
        canv.restoreState()


def crop_mark_lines(
    width: float, height: float, offset: float, length: float
) -> list[tuple[float, float, float, float]]:
    """Two short lines at each corner of a width x height trim, `offset` away from it."""
    lines = []
    for x in (0.0, width):
        for y in (0.0, height):
            out_x = -1 if x == 0 else 1
            out_y = -1 if y == 0 else 1
            lines.append((x + out_x * offset, y, x + out_x * (offset + length), y))
            lines.append((x, y + out_y * offset, x, y + out_y * (offset + length)))
    return lines


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """The text, in characters `font` has, shortened with an ellipsis if wider than `width`."""
    text = " ".join(printable_in(text, font).split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def page_templates(
    ctx: Context, pagination: Pagination, with_hero: bool
) -> dict[str, PageTemplate]:
    """The templates every section picks from, by id."""
    footer, watermark = RunningFooter(ctx, pagination), Watermark(ctx)

    def footed(canv, doc) -> None:
        footer(canv, doc)
        watermark(canv, doc)

    geometry = ctx.geometry
    body = [_frame("body", *_body_box(geometry))]
    return {
        "cover": _cover_template(ctx, with_hero, watermark),
        "body": KitPageTemplate("body", body, geometry, onPageEnd=footed),
        "back": _back_template(ctx, watermark),
        "handout": _handout_template(ctx, footed),
    }


def band_painter(ctx: Context, y: float, height: float, *, top: bool):
    """Paints the brand band (a light tint in grayscale) edge to edge, into the bleed."""
    geometry = ctx.geometry
    bleed = geometry.bleed

    def paint(canv, doc) -> None:
        canv.saveState()
        canv.setFillColor(ctx.color("band"))
        grow_top, grow_bottom = (bleed, 0.0) if top else (0.0, bleed)
        canv.rect(
            -bleed,
            y - grow_bottom,
            geometry.width + 2 * bleed,
            height + grow_top + grow_bottom,
            stroke=0,
            fill=1,
        )
        if ctx.theme.grayscale:  # ink saver: a light tint, closed by a thin rule
            canv.setStrokeColor(ctx.color("band_rule"))
            canv.setLineWidth(ctx.theme.length("cover", "gray_rule"))
            edge = y if top else y + height
            canv.line(-bleed, edge, geometry.width + bleed, edge)
        canv.restoreState()

    return paint


def _cover_template(ctx: Context, with_hero: bool, watermark: Watermark) -> PageTemplate:
    layout = cover_layout(ctx.theme, ctx.geometry, with_hero)
    geometry = ctx.geometry
    frames = [_frame("band", *layout.band_frame)]
    if with_hero:
        hero_y = geometry.height - layout.band_height - layout.hero_height
        bleed = geometry.bleed
        frames.append(
            _frame("hero", -bleed, hero_y, geometry.width + 2 * bleed, layout.hero_height)
        )
    frames.append(_frame("rest", *layout.rest_frame))
    y = geometry.height - layout.band_height
    paint = band_painter(ctx, y, layout.band_height, top=True)
    return KitPageTemplate("cover", frames, geometry, onPage=paint, onPageEnd=watermark)


def _back_template(ctx: Context, watermark: Watermark) -> PageTemplate:
    """Back cover: the QR codes on white, the organisation on a band at the foot."""
    geometry, theme = ctx.geometry, ctx.theme
    band = back_band_height(ctx)
    pad = theme.length("cover", "band_padding_bottom")
    top = geometry.height - geometry.top
    frames = [
        _frame("back", geometry.left, band + pad, geometry.frame_width, top - band - pad),
        _frame("back_band", geometry.left, pad, geometry.frame_width, band - 2 * pad),
    ]
    paint = band_painter(ctx, 0.0, band, top=False)
    return KitPageTemplate("back", frames, geometry, onPage=paint, onPageEnd=watermark)


def _handout_template(ctx: Context, footed) -> PageTemplate:
    """The handout's first page: a slim brand band at the top, the story under it."""
    geometry = ctx.geometry
    band = ctx.theme.length("handout", "band_height")
    pad = ctx.theme.length("handout", "band_padding")
    gap = ctx.theme.length("handout", "band_gap")
    frames = [
        _frame(
            "handout_band",
            geometry.left,
            geometry.height - band + pad,
            geometry.frame_width,
            band - 2 * pad,
        ),
        _frame(
            "handout_body",
            geometry.left,
            geometry.bottom,
            geometry.frame_width,
            geometry.height - band - gap - geometry.bottom,
        ),
    ]
    paint = band_painter(ctx, geometry.height - band, band, top=True)
    return KitPageTemplate("handout", frames, geometry, onPage=paint, onPageEnd=footed)


def _body_box(geometry: Geometry) -> tuple[float, float, float, float]:
    return geometry.left, geometry.bottom, geometry.frame_width, geometry.frame_height


def _frame(frame_id: str, x: float, y: float, width: float, height: float) -> Frame:
    return Frame(
        x,
        y,
        width,
        height,
        id=frame_id,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
