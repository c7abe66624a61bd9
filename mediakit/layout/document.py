"""The document template: page total, outline and contents, floating photos, right-hand starts,
and the print-ready slug (bleed and crop marks around every page).

Per-document settings (metadata, language, invariance, page boxes) are DocTemplate arguments;
bookmarks and the page of each contents entry come from `afterFlowable`. "Page N of M" and
the contents' page numbers are known only when the layout ends, yet shown on earlier pages:
they are PDF forms, placed where they go and defined just before the PDF is written
(`Pagination`), so a kit is laid out in a single pass. Nothing here changes ReportLab itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import ActionFlowable, BaseDocTemplate, Flowable, Paragraph

from mediakit.layout.geometry import Geometry
from mediakit.layout.private_api import frame_cursor, frame_is_empty, frame_room, frame_width
from mediakit.layout.structure import ReportLabWriter, structure_tree
from mediakit.layout.tagging import Tagger, opens_section

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
    """Bookmark `flowable`; at level 0 it also starts a section of the structure tree."""
    setattr(flowable, OUTLINE_ATTR, entry)
    if entry.level == 0:
        opens_section(flowable, entry.key)
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


class Pagination:
    """What a kit's pages show before the layout knows it: the page total ("of M") and the page
    each contents entry lands on.

    Each such text is a PDF form: `show_later` places it (doForm) where it goes, and
    `define_forms` draws every form once the last page is done, just before the PDF is
    written. ReportLab lets a form be used before it is defined, so nothing waits for a second
    layout pass. `multiple_of` rounds the total up (a booklet is padded to a multiple of four).
    """

    def __init__(self, multiple_of: int = 1) -> None:
        self.multiple_of = multiple_of
        self.counted = 0
        self.pages_of: dict[str, int] = {}  # contents entry key -> its page
        self._painters: dict[str, Callable[[Canvas], None]] = {}

    @property
    def total(self) -> int:
        return -(-self.counted // self.multiple_of) * self.multiple_of

    def show_later(self, canv: Canvas, name: str, painter: Callable[[Canvas], None]) -> None:
        """Place form `name` at the canvas's origin; `painter(canv)` draws it when the layout is
        over, in the coordinates it is placed in (it may draw left of and below the origin)."""
        name = "late-" + re.sub(r"[^A-Za-z0-9_.-]", "_", name)
        self._painters.setdefault(name, painter)
        canv.doForm(name)

    def define_forms(self, canv: Canvas, width: float, height: float) -> None:
        for name, painter in self._painters.items():
            # The box of a form clips it: the page, in every direction from where it is placed.
            canv.beginForm(name, lowerx=-width, lowery=-height, upperx=width, uppery=height)
            canv.saveState()
            painter(canv)
            canv.restoreState()
            canv.endForm()


class _PaginatedCanvas(Canvas):
    """A canvas that defines its pagination's forms just before it writes the PDF, and tags
    what is drawn on it (`tagger`: each page closes its Artifact before it is shown)."""

    def __init__(
        self, *args, pagination: Pagination, tagger: Tagger, info: dict, pagesize, **kwargs
    ) -> None:
        super().__init__(*args, pagesize=pagesize, **kwargs)
        self.pagination = pagination
        self.tagger = tagger
        self.info = info  # title, author, subject, creator, lang: for the XMP packet
        self.form_box = pagesize

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self.tagger.end_page(self)
        super().showPage()

    def save(self) -> None:
        self.pagination.define_forms(self, *self.form_box)
        if not self.tagger.imposed:  # an imposed booklet's tree is made on its sheets
            writer = ReportLabWriter(self)
            writer.write(structure_tree(self.tagger.records, writer, self.info))
        super().save()


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
        pagination: Pagination,
        geometry: Geometry,
        marks: Callable | None = None,
        tagger: Tagger | None = None,
        **settings,
    ) -> None:
        self.pagination = pagination
        self.geometry = geometry
        self.marks = marks
        self.blank_pages: set[int] = set()
        self.tagger = tagger or Tagger()
        if geometry.slug:
            settings.update(trimBox=geometry.trim_box(), bleedBox=geometry.bleed_box())
        super().__init__(target, pagesize=geometry.media_size, **settings)

    def build(self, flowables, filename=None, canvasmaker=Canvas):
        """One layout pass; the pagination's forms are defined as the PDF is written."""
        maker = partial(
            _PaginatedCanvas, pagination=self.pagination, tagger=self.tagger, info=self.info()
        )
        super().build(flowables, filename, canvasmaker=maker)

    def info(self) -> dict[str, str]:
        """The document's metadata, as the XMP packet repeats it."""
        names = ("title", "author", "subject", "creator", "lang")
        return {name: str(getattr(self, name, "") or "") for name in names}

    def beforeDocument(self):
        self.blank_pages = set()
        self.canv.showOutline()

    def handle_pageBegin(self):
        self.tagger.begin_page(self.canv)
        # Print-ready pages: everything is drawn in trim coordinates, the slug around them.
        if self.geometry.slug:
            self.canv.translate(self.geometry.slug, self.geometry.slug)
            if self.marks is not None:
                self.marks(self.canv)
        super().handle_pageBegin()

    def handle_flowable(self, flowables):
        if flowables:
            self.tagger.ahead(flowables[0])
        super().handle_flowable(flowables)

    def filterFlowables(self, flowables):
        """A floating photo that does not fit the rest of the page: taken a little smaller,
        or after the text that follows it, or (no text can go first) smaller still."""
        if len(flowables) < 1 or not is_floating(flowables[0]):
            return
        photo = flowables[0]
        photo.smallest_scale = 1.0
        if frame_is_empty(self.frame) or self._fits(photo):
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
        room = frame_room(frame) - flowable.getSpaceBefore()
        _, height = flowable.wrapOn(self.canv, frame_width(frame), room)
        return height <= room + 1e-6

    def afterPage(self):
        self.pagination.counted = self.page

    def afterFlowable(self, flowable):
        entry = getattr(flowable, OUTLINE_ATTR, None)
        if entry is None:
            return
        top = frame_cursor(self.frame) + flowable.height + flowable.getSpaceAfter()
        self.canv.bookmarkHorizontal(entry.key, 0, top)
        self.canv.addOutlineEntry(entry.title, entry.key, level=entry.level, closed=False)
        if entry.toc:
            self.pagination.pages_of.setdefault(entry.key, self.page)


def may_go_first(flowable: Flowable) -> bool:
    """Only plain body text moves ahead of a photo: never headings, quotes or other photos,
    nor a story's closing paragraphs."""
    return (
        isinstance(flowable, Paragraph)
        and not flowable.getKeepWithNext()
        and getattr(flowable, OUTLINE_ATTR, None) is None
        and not getattr(flowable, PINNED_ATTR, False)
    )
