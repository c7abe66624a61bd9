"""Building a kit's PDF: theme -> styles, sections -> flowables, templates -> pages -> bytes."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from mediakit.layout.contents import fill_contents
from mediakit.layout.context import Context, PhotoSource
from mediakit.layout.cover import hero_photo
from mediakit.layout.document import KitDocTemplate, Pagination, RightHandStart
from mediakit.layout.editions import EditionPlan, plan_for
from mediakit.layout.fonts import register_fonts
from mediakit.layout.geometry import page_geometry
from mediakit.layout.labels import hyphenator
from mediakit.layout.pages import CropMarks, page_templates
from mediakit.layout.stories import story_keywords
from mediakit.layout.theme import Theme, load_theme, paragraph_styles
from mediakit.model import Edition, KitContent, Section, SectionKind

CREATOR = "mediakit"
# Share of the progress bar for building sections (photos are fetched then); the rest is layout.
_PREPARE_SHARE = 30
_PROGRESS_TOTAL = 100


def build(
    content: KitContent,
    photos: PhotoSource,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    relay = ProgressRelay(progress)
    ctx = make_context(content, photos)
    if ctx.edition is Edition.HANDOUT:
        from mediakit.layout.handout import build_handout

        pdf = build_handout(ctx, relay)
    else:
        plan = plan_for(ctx.edition)
        story, first_template, pagination = kit_story(ctx, plan, relay)
        pdf = render(ctx, story, first_template, pagination, relay)
        if plan.imposed:
            from mediakit.layout.impose import impose_booklet

            pdf = impose_booklet(pdf, ctx)
    relay.done()
    return pdf


def make_context(content: KitContent, photos: PhotoSource) -> Context:
    options = content.kit.options
    theme = kit_theme(content)
    register_fonts(theme)
    geometry = page_geometry(theme, options.paper, options.edition, print_ready=options.print_ready)
    styles = paragraph_styles(theme, hyphenator(str(content.kit.language)))
    return Context(content, theme, styles, geometry, photos)


def kit_theme(content: KitContent) -> Theme:
    options = content.kit.options
    theme = load_theme(content.org.theme).for_edition(str(options.edition))
    theme = theme.with_brand(content.org.brand_color)
    return theme.in_grayscale() if options.grayscale else theme


def render(
    ctx: Context,
    story: list[Flowable],
    first_template: str,
    pagination: Pagination,
    relay: ProgressRelay | None = None,
) -> bytes:
    """Lay the flowables out on the edition's page templates, in one pass, and return the PDF.
    Afterwards `pagination` knows the page count and the page of each contents entry."""
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
        **document_settings(ctx),
    )
    if relay is not None:
        doc.setProgressCallBack(relay.layout)
    doc.build(story)
    return buffer.getvalue()


def kit_story(
    ctx: Context, plan: EditionPlan, relay: ProgressRelay
) -> tuple[list[Flowable], str, Pagination]:
    """All sections' flowables, each section from a new page on its template."""
    pagination = Pagination(plan.page_multiple)
    story: list[Flowable] = []
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
            if plan.right_hand_sections and section.kind is not SectionKind.BACK_COVER:
                story.append(RightHandStart())
        else:
            first_template = template
        # Whatever overflows a section's own template continues on ordinary pages.
        story += [NextPageTemplate(plan.default_template), *parts]
    if not first_template:  # nothing in the kit could be shown: the cover at least
        cover = Section(SectionKind.COVER)
        story += plan.builders[SectionKind.COVER](cover, ctx, "s0")
        first_template = plan.template_for(SectionKind.COVER)
    fill_contents(story, pagination)
    return story, first_template, pagination


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


def _sections(ctx: Context, plan: EditionPlan) -> tuple[Section, ...]:
    """The kit's sections this edition can build."""
    return tuple(s for s in ctx.content.kit.sections if s.kind in plan.builders)


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
