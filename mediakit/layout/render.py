"""Laying a kit's flowables out on its page templates, in one pass, into PDF bytes.

The press kit and the handout are both rendered here: the DocTemplate with the kit's PDF
settings (title, author, keywords in the kit's language) and the layout's progress, reported
with the sections' building as one rising count.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO

from reportlab.platypus import Flowable

from mediakit.layout.context import Context
from mediakit.layout.cover import hero_photo
from mediakit.layout.document import KitDocTemplate, Pagination
from mediakit.layout.pages import CropMarks, page_templates
from mediakit.layout.stories import story_keywords
from mediakit.layout.tagging import Record, Tagger
from mediakit.model import Edition, KitContent, SectionKind

CREATOR = "mediakit"
# Share of the progress bar for building sections (photos are fetched then); the rest is layout.
_PREPARE_SHARE = 30
_PROGRESS_TOTAL = 100


def render(
    ctx: Context,
    story: list[Flowable],
    first_template: str,
    pagination: Pagination,
    relay: ProgressRelay | None = None,
) -> bytes:
    """Lay the flowables out on the edition's page templates, in one pass, and return the PDF,
    tagged. Afterwards `pagination` knows the page count and the page of each contents entry."""
    return render_marked(ctx, story, first_template, pagination, relay)[0]


def render_marked(
    ctx: Context,
    story: list[Flowable],
    first_template: str,
    pagination: Pagination,
    relay: ProgressRelay | None = None,
    tagger: Tagger | None = None,
) -> tuple[bytes, list[Record]]:
    """The PDF and what each of its marks is. With an imposing `tagger` the PDF has no
    structure tree yet: the booklet makes it once its pages are imposed."""
    templates = page_templates(ctx, pagination, with_hero=hero_photo(ctx) is not None)
    ordered = [templates[first_template]] + [
        t for name, t in templates.items() if name != first_template
    ]
    buffer = BytesIO()
    doc = KitDocTemplate(
        buffer,
        pagination=pagination,
        geometry=ctx.geometry,
        marks=CropMarks(ctx) if ctx.geometry.slug else None,
        pageTemplates=ordered,
        tagger=tagger,
        **document_settings(ctx),
    )
    if relay is not None:
        doc.setProgressCallBack(relay.layout)
    doc.build(story)
    return buffer.getvalue(), doc.tagger.records


def document_settings(ctx: Context) -> dict:
    """Per-document PDF settings, handed to the DocTemplate: metadata in the kit's language."""
    kit, org = ctx.content.kit, ctx.content.org
    base = ctx.style("base")
    edition_label = ctx.label("handout" if ctx.edition is Edition.HANDOUT else "press_kit")
    return {
        "title": kit.name,
        "author": org.name,
        "subject": kit.subtitle.strip() or edition_label,
        "keywords": kit_keywords(ctx.content),
        "creator": CREATOR,
        "lang": str(kit.language),
        "invariant": 1,
        "displayDocTitle": 1,
        "initialFontName": base.fontName,
        "initialFontSize": base.fontSize,
        "initialLeading": base.leading,
    }


def kit_keywords(content: KitContent) -> list[str]:
    """The kit's stories' tags and SDGs, once each, in kit order, in the kit's language."""
    language = str(content.kit.language)
    ids = content.kit.ids_of(SectionKind.STORY)
    words = [
        w for i in ids if i in content.stories for w in story_keywords(content.stories[i], language)
    ]
    return list(dict.fromkeys(w.strip() for w in words if w.strip()))


class ProgressRelay:
    """Turns section building and ReportLab's layout pass into one rising (done, total) count."""

    def __init__(self, callback: Callable[[int, int], None] | None) -> None:
        self.callback = callback
        self.reported = -1
        self.size = 1

    def prepare(self, index: int, count: int) -> None:
        self._report(_PREPARE_SHARE * index // max(1, count))

    def layout(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self.size = max(1, value)
        elif kind == "PROGRESS":
            share = value / self.size
            room = _PROGRESS_TOTAL - _PREPARE_SHARE - 1
            self._report(_PREPARE_SHARE + int(room * min(share, 1.0)))

    def done(self) -> None:
        self._report(_PROGRESS_TOTAL)

    def _report(self, done: int) -> None:
        if self.callback is not None and done > self.reported:
            self.reported = done
            self.callback(done, _PROGRESS_TOTAL)
