"""Page templates, the running footer, and the document template that keeps outline and TOC.

Per-document settings (metadata, language, invariance) are DocTemplate arguments; bookmarks and
contents entries come from `afterFlowable`; "Page N of M" from an indexing flowable that makes
multiBuild run until the page count is stable. Nothing here changes ReportLab itself.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from mediakit.layout.context import Context
from mediakit.layout.geometry import Geometry
from mediakit.layout.text import text_markup
from mediakit.layout.theme import Theme

OUTLINE_ATTR = "mediakit_outline"
FLOAT_ATTR = "mediakit_float"
ELLIPSIS = "…"
# A photo that does not fit the rest of a page lets at most this many paragraphs go first.
MAX_PARAGRAPHS_AHEAD = 4


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    """A bookmark (and, at level 0, a contents line) for the flowable it is attached to."""

    title: str
    key: str
    level: int = 0
    toc: bool = True


def mark(flowable: Flowable, entry: OutlineEntry) -> Flowable:
    setattr(flowable, OUTLINE_ATTR, entry)
    return flowable


def floating(flowable: Flowable) -> Flowable:
    """Mark a photo block that may let the next paragraphs fill a page before it."""
    setattr(flowable, FLOAT_ATTR, True)
    return flowable


class PageTotal(Flowable):
    """Invisible: makes multiBuild pass again until "of M" matches the real page count.

    It speaks ReportLab's indexing-flowable protocol (isIndexing, isSatisfied, beforeBuild...).
    """

    _ZEROSIZE = 1

    def __init__(self) -> None:
        super().__init__()
        self.shown = 0
        self.counted = 0

    def isIndexing(self):
        return 1

    def isSatisfied(self):
        return self.shown == self.counted

    def beforeBuild(self):
        self.shown = self.counted

    def afterBuild(self):
        pass

    def notify(self, kind, stuff):
        pass

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        pass


class KitDocTemplate(BaseDocTemplate):
    """The press kit's document: one page total, one outline, one contents."""

    def __init__(self, target, *, page_total: PageTotal, **settings) -> None:
        self.page_total = page_total
        self._ahead: dict[int, int] = {}
        super().__init__(target, **settings)

    def beforeDocument(self):
        self._ahead = {}
        self.canv.showOutline()

    def filterFlowables(self, flowables):
        """A floating photo that would leave a gap lets the next paragraph go first."""
        if len(flowables) < 2 or not getattr(flowables[0], FLOAT_ATTR, False):
            return
        photo, follower = flowables[0], flowables[1]
        ahead = self._ahead.get(id(photo), 0)
        if self.frame._atTop or ahead >= MAX_PARAGRAPHS_AHEAD or not _may_go_first(follower):
            return
        if self._fits(photo):
            return
        flowables[0], flowables[1] = follower, photo
        self._ahead[id(photo)] = ahead + 1

    def _fits(self, flowable: Flowable) -> bool:
        frame = self.frame
        room = frame._y - frame._y1p - flowable.getSpaceBefore()
        _, height = flowable.wrapOn(self.canv, frame._getAvailableWidth(), frame._aH)
        return height <= room

    def afterPage(self):
        self.page_total.counted = self.page

    def afterFlowable(self, flowable):
        entry = getattr(flowable, OUTLINE_ATTR, None)
        if entry is None:
            return
        top = self.frame._y + flowable.height + flowable.getSpaceAfter()
        self.canv.bookmarkHorizontalAbsolute(entry.key, top)
        self.canv.addOutlineEntry(entry.title, entry.key, level=entry.level, closed=False)
        if entry.toc:
            self.notify("TOCEntry", (0, text_markup(entry.title), self.page, entry.key))


def _may_go_first(flowable: Flowable) -> bool:
    """Only plain body text moves ahead of a photo: never headings, quotes or other photos."""
    return (
        isinstance(flowable, Paragraph)
        and not flowable.getKeepWithNext()
        and getattr(flowable, OUTLINE_ATTR, None) is None
    )


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


class RunningFooter:
    """organisation · kit title ...... Page N of M: small and grey, on every page but the cover."""

    def __init__(self, ctx: Context, page_total: PageTotal) -> None:
        self.ctx = ctx
        self.page_total = page_total
        org = ctx.content.org
        self.left_text = " · ".join(
            part for part in (org.short_name or org.name, ctx.content.kit.name) if part.strip()
        )

    def __call__(self, canv, doc) -> None:
        ctx, geometry = self.ctx, self.ctx.geometry
        style = ctx.style("footer")
        total = max(self.page_total.shown, doc.page)
        right = ctx.label("page_of", n=doc.page, m=total)
        x_right = geometry.width - geometry.right
        canv.saveState()
        canv.setStrokeColor(ctx.color("hairline"))
        canv.setLineWidth(ctx.theme.length("footer", "rule"))
        rule_y = geometry.footer_y + style.fontSize + ctx.theme.length("footer", "rule_gap")
        canv.line(geometry.left, rule_y, x_right, rule_y)
        canv.setFont(style.fontName, style.fontSize)
        canv.setFillColor(style.textColor)
        canv.drawRightString(x_right, geometry.footer_y, right)
        room = geometry.frame_width - stringWidth(right, style.fontName, style.fontSize) - 2 * (
            geometry.gutter
        )
        left = fit_text(self.left_text, style.fontName, style.fontSize, room)
        canv.drawString(geometry.left, geometry.footer_y, left)
        canv.restoreState()


class Watermark:
    """DRAFT / EMBARGOED UNTIL ... across every page, large, light and see-through, on top."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = " ".join(ctx.content.kit.options.watermark.split()).upper()

    def __call__(self, canv, doc) -> None:
        if not self.text:
            return
        ctx, geometry, theme = self.ctx, self.ctx.geometry, self.ctx.theme
        font = theme.font_name(str(theme.sections["watermark"]["font"]))
        diagonal = math.hypot(geometry.width, geometry.height)
        room = diagonal * theme.number("watermark", "length")
        size = min(theme.number("watermark", "size"), room / stringWidth(self.text, font, 1))
        canv.saveState()
        canv.setFillColor(ctx.color(str(theme.sections["watermark"]["color"])))
        canv.setFillAlpha(theme.number("watermark", "alpha"))
        canv.setFont(font, size)
        canv.translate(geometry.width / 2, geometry.height / 2)
        canv.rotate(math.degrees(math.atan2(geometry.height, geometry.width)))
        canv.drawCentredString(0, -size / 3, self.text)
        canv.restoreState()


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with an ellipsis if it is wider than `width`."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def page_templates(ctx: Context, page_total: PageTotal, with_hero: bool) -> dict[str, PageTemplate]:
    """The templates every section picks from, by id."""
    footer, watermark = RunningFooter(ctx, page_total), Watermark(ctx)
    body = [_frame("body", *_body_box(ctx.geometry))]
    return {
        "cover": _cover_template(ctx, with_hero, watermark),
        "body": PageTemplate("body", body, onPage=footer, onPageEnd=watermark),
    }


def _cover_template(ctx: Context, with_hero: bool, watermark: Watermark) -> PageTemplate:
    layout = cover_layout(ctx.theme, ctx.geometry, with_hero)
    geometry = ctx.geometry
    frames = [_frame("band", *layout.band_frame)]
    if with_hero:
        hero_y = geometry.height - layout.band_height - layout.hero_height
        frames.append(_frame("hero", 0, hero_y, geometry.width, layout.hero_height))
    frames.append(_frame("rest", *layout.rest_frame))

    def paint_band(canv, doc) -> None:
        canv.saveState()
        canv.setFillColor(ctx.color("band"))
        y = geometry.height - layout.band_height
        canv.rect(0, y, geometry.width, layout.band_height, stroke=0, fill=1)
        canv.restoreState()

    return PageTemplate("cover", frames, onPage=paint_band, onPageEnd=watermark)


def _body_box(geometry: Geometry) -> tuple[float, float, float, float]:
    return geometry.left, geometry.bottom, geometry.frame_width, geometry.frame_height


def _frame(frame_id: str, x: float, y: float, width: float, height: float) -> Frame:
    return Frame(
        x, y, width, height, id=frame_id,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )

