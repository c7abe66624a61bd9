"""Building a kit's PDF: theme -> styles, sections -> flowables, templates -> pages -> bytes."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from mediakit.layout.context import Context, PhotoSource
from mediakit.layout.cover import hero_photo
from mediakit.layout.editions import EditionPlan, plan_for
from mediakit.layout.fonts import register_fonts
from mediakit.layout.geometry import page_geometry
from mediakit.layout.pages import KitDocTemplate, PageTotal, page_templates
from mediakit.layout.stories import story_keywords
from mediakit.layout.theme import Theme, load_theme, paragraph_styles
from mediakit.model import KitContent, Section, SectionKind

CREATOR = "mediakit"
# Share of the progress bar for building sections (photos are fetched then); the rest is layout.
_PREPARE_SHARE = 30
_PROGRESS_TOTAL = 100
_EXPECTED_PASSES = 3


def build(
    content: KitContent,
    photos: PhotoSource,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    relay = ProgressRelay(progress)
    ctx = make_context(content, photos)
    plan = plan_for(content.kit.options.edition)
    page_total = PageTotal()
    story, first_template = kit_story(ctx, plan, page_total, relay)
    templates = page_templates(ctx, page_total, with_hero=hero_photo(ctx) is not None)
    ordered = [templates[first_template]] + [
        t for name, t in templates.items() if name != first_template
    ]
    buffer = BytesIO()
    doc = KitDocTemplate(
        buffer,
        page_total=page_total,
        pagesize=(ctx.geometry.width, ctx.geometry.height),
        pageTemplates=ordered,
        **document_settings(ctx),
    )
    doc.setProgressCallBack(relay.layout)
    doc.multiBuild(story)
    relay.done()
    return buffer.getvalue()


def make_context(content: KitContent, photos: PhotoSource) -> Context:
    theme = kit_theme(content)
    register_fonts(theme)
    geometry = page_geometry(theme, content.kit.options.paper)
    return Context(content, theme, paragraph_styles(theme), geometry, photos)


def kit_theme(content: KitContent) -> Theme:
    theme = load_theme(content.org.theme).with_brand(content.org.brand_color)
    return theme.in_grayscale() if content.kit.options.grayscale else theme


def kit_story(
    ctx: Context, plan: EditionPlan, page_total: PageTotal, relay: ProgressRelay
) -> tuple[list[Flowable], str]:
    """All sections' flowables, each section from a new page on its template."""
    story: list[Flowable] = [page_total]
    first_template = ""
    sections = _sections(ctx, plan)
    for index, section in enumerate(sections):
        relay.prepare(index, len(sections))
        builder = plan.builders.get(section.kind)
        parts = builder(section, ctx, f"s{index}") if builder else []
        if not parts:
            continue
        template = plan.template_for(section.kind)
        if first_template:
            story += [NextPageTemplate(template), PageBreak()]
        else:
            first_template = template
        # Whatever overflows a section's own template continues on ordinary pages.
        story += [NextPageTemplate(plan.default_template), *parts]
    if not first_template:  # nothing in the kit could be shown: the cover at least
        cover = Section(SectionKind.COVER)
        story += plan.builders[SectionKind.COVER](cover, ctx, "s0")
        first_template = plan.template_for(SectionKind.COVER)
    return story, first_template


def document_settings(ctx: Context) -> dict:
    """Per-document PDF settings, handed to the DocTemplate."""
    kit, org = ctx.content.kit, ctx.content.org
    base = ctx.style("base")
    return {
        "title": kit.name,
        "author": org.name,
        "subject": kit.subtitle,
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
    """The kit's stories' tags and SDGs, once each, in kit order."""
    ids = [i for s in content.kit.sections if s.kind is SectionKind.STORY for i in s.ids]
    words = [w for i in ids if i in content.stories for w in story_keywords(content.stories[i])]
    return list(dict.fromkeys(w.strip() for w in words if w.strip()))


def _sections(ctx: Context, plan: EditionPlan) -> tuple[Section, ...]:
    """The kit's sections this edition can build."""
    return tuple(s for s in ctx.content.kit.sections if s.kind in plan.builders)


class ProgressRelay:
    """Turns section building and ReportLab's passes into one rising (done, total) count."""

    def __init__(self, callback: Callable[[int, int], None] | None) -> None:
        self.callback = callback
        self.reported = -1
        self.passes = 0
        self.size = 1

    def prepare(self, index: int, count: int) -> None:
        self._report(_PREPARE_SHARE * index // max(1, count))

    def layout(self, kind: str, value: int) -> None:
        if kind == "PASS":
            self.passes = value
        elif kind == "SIZE_EST":
            self.size = max(1, value)
        elif kind == "PROGRESS":
            share = (self.passes - 1 + value / self.size) / _EXPECTED_PASSES
            room = _PROGRESS_TOTAL - _PREPARE_SHARE - 1
            self._report(_PREPARE_SHARE + int(room * min(share, 1.0)))

    def done(self) -> None:
        self._report(_PROGRESS_TOTAL)

    def _report(self, done: int) -> None:
        if self.callback is not None and done > self.reported:
            self.reported = done
            self.callback(done, _PROGRESS_TOTAL)
