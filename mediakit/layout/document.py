"""The document template: page total, outline and contents, floating photos, right-hand starts,
and the print-ready slug (bleed and crop marks around every page).

Per-document settings (metadata, language, invariance, page boxes) are DocTemplate arguments;
bookmarks and contents entries come from `afterFlowable`; "Page N of M" from an indexing
flowable that makes multiBuild run until the page count is stable. Nothing here changes
ReportLab itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import ActionFlowable, BaseDocTemplate, Flowable, Paragraph

from mediakit.layout.geometry import Geometry
from mediakit.layout.text import text_markup

OUTLINE_ATTR = "mediakit_outline"
FLOAT_ATTR = "mediakit_float"
PINNED_ATTR = "mediakit_pinned"
# A photo that does not fit the rest of the page takes it at this share of its size or more...
COMFORTABLE_SCALE = 0.85
# ...else lets body text go first; before a heading it shrinks to no less than this...
SMALLEST_SCALE = 0.6
# ...and with no text after it (the end of a story) to this, rather than sit alone on a page.
LAST_RESORT_SCALE = 0.45


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


def is_floating(flowable: Flowable) -> bool:
    return getattr(flowable, FLOAT_ATTR, False)


def pinned(flowable: Flowable) -> Flowable:
    """Mark a paragraph that never goes ahead of the photo before it."""
    setattr(flowable, PINNED_ATTR, True)
    return flowable


class PageTotal(Flowable):
    """Invisible: makes multiBuild pass again until "of M" matches the real page count.

    It speaks ReportLab's indexing-flowable protocol (isIndexing, isSatisfied, beforeBuild...).
    `multiple_of` rounds the count up (a booklet is padded to a multiple of four pages).
    """

    _ZEROSIZE = 1

    def __init__(self, multiple_of: int = 1) -> None:
        super().__init__()
        self.multiple_of = multiple_of
        self.shown = 0
        self.counted = 0

    @property
    def total(self) -> int:
        return -(-self.counted // self.multiple_of) * self.multiple_of

    def isIndexing(self):
        return 1

    def isSatisfied(self):
        return self.shown == self.total

    def beforeBuild(self):
        self.shown = self.total

    def afterBuild(self):
        pass

    def notify(self, kind, stuff):
        pass

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        pass


class RightHandStart(ActionFlowable):
    """At the top of a booklet section: if this is a left-hand page, leave it blank and go on
    to the next (right-hand) one."""

    def __init__(self) -> None:
        super().__init__()

    def apply(self, doc):
        if doc.page % 2 == 0:
            doc.blank_pages.add(doc.page)
            doc.handle_pageBreak()


class KitDocTemplate(BaseDocTemplate):
    """A kit's document: one page total, one outline, one contents, floats, print slug."""

    def __init__(
        self,
        target,
        *,
        page_total: PageTotal,
        geometry: Geometry,
        marks: Callable | None = None,
        **settings,
    ) -> None:
        self.page_total = page_total
        self.geometry = geometry
        self.marks = marks
        self.blank_pages: set[int] = set()
        self.contents_entries: list[tuple[int, str, int, str]] = []
        if geometry.slug:
            settings.update(trimBox=geometry.trim_box(), bleedBox=geometry.bleed_box())
        super().__init__(target, pagesize=geometry.media_size, **settings)

    @property
    def sketching(self) -> bool:
        """Whether this pass is certainly not the last: it began with the page total unknown,
        so ReportLab lays the kit out again. Its pages are thrown away: the photos on them are
        placed, not drawn, and no pass waits for a rendition it would throw away."""
        return self.page_total.shown == 0

    def beforeDocument(self):
        self.blank_pages = set()
        self.contents_entries = []
        self.canv.showOutline()

    def handle_pageBegin(self):
        # Print-ready pages: everything is drawn in trim coordinates, the slug around them.
        if self.geometry.slug:
            self.canv.translate(self.geometry.slug, self.geometry.slug)
            if self.marks is not None:
                self.marks(self.canv)
        super().handle_pageBegin()

    def filterFlowables(self, flowables):
        """A floating photo that does not fit the rest of the page: taken a little smaller,
        or after the text that follows it, or (no text can go first) smaller still."""
        if len(flowables) < 1 or not is_floating(flowables[0]):
            return
        photo = flowables[0]
        photo.smallest_scale = 1.0
        if self.frame._atTop or self._fits(photo):
            return
        photo.smallest_scale = COMFORTABLE_SCALE
        if self._fits(photo):
            return
        follower = flowables[1] if len(flowables) > 1 else None
        if follower is not None and may_go_first(follower):
            photo.smallest_scale = 1.0
            flowables[0], flowables[1] = follower, photo
            return
        heading = isinstance(follower, Paragraph)
        photo.smallest_scale = SMALLEST_SCALE if heading else LAST_RESORT_SCALE

    def _fits(self, flowable: Flowable) -> bool:
        frame = self.frame
        room = frame._y - frame._y1p - flowable.getSpaceBefore()
        _, height = flowable.wrapOn(self.canv, frame._getAvailableWidth(), room)
        return height <= room + 1e-6

    def afterPage(self):
        self.page_total.counted = self.page

    def afterFlowable(self, flowable):
        entry = getattr(flowable, OUTLINE_ATTR, None)
        if entry is None:
            return
        top = self.frame._y + flowable.height + flowable.getSpaceAfter()
        self.canv.bookmarkHorizontal(entry.key, 0, top)
        self.canv.addOutlineEntry(entry.title, entry.key, level=entry.level, closed=False)
        if entry.toc:
            contents_entry = (0, text_markup(entry.title), self.page, entry.key)
            self.contents_entries.append(contents_entry)
            self.notify("TOCEntry", contents_entry)


def may_go_first(flowable: Flowable) -> bool:
    """Only plain body text moves ahead of a photo: never headings, quotes or other photos,
    nor a story's closing paragraphs."""
    return (
        isinstance(flowable, Paragraph)
        and not flowable.getKeepWithNext()
        and getattr(flowable, OUTLINE_ATTR, None) is None
        and not getattr(flowable, PINNED_ATTR, False)
    )
