"""Building a kit's PDF: theme -> styles, sections -> flowables (or the handout), then rendered."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from mediakit.layout.contents import fill_contents
from mediakit.layout.context import Context
from mediakit.layout.document import Pagination, RightHandStart
from mediakit.layout.editions import EditionPlan, plan_for
from mediakit.layout.fonts import register_fonts
from mediakit.layout.geometry import page_geometry
from mediakit.layout.glyphs import kit_texts, noticed_stand_ins
from mediakit.layout.handout import build_handout
from mediakit.layout.kit_language import hyphenator
from mediakit.layout.photo_source import PhotoSource
from mediakit.layout.render import ProgressRelay, render, render_marked
from mediakit.layout.tagging import Tagger, opens_section
from mediakit.layout.theme import Theme, font_key, load_theme, paragraph_styles
from mediakit.model import Edition, ItemRef, KitContent, Section, SectionKind


def build(
    content: KitContent,
    photos: PhotoSource,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    relay = ProgressRelay(progress)
    ctx = make_context(content, photos)
    if ctx.edition is Edition.HANDOUT:
        pdf = build_handout(ctx, relay)
    else:
        plan = plan_for(ctx.edition)
        story, first_template, pagination = kit_story(ctx, plan, relay)
        if plan.imposed:
            from mediakit.layout.impose import impose_booklet

            # Two pages share a sheet's content stream: their MCIDs must differ.
            tagger = Tagger(imposed=True)
            marked = render_marked(ctx, story, first_template, pagination, relay, tagger)
            pdf = impose_booklet(*marked, ctx)
        else:
            pdf = render(ctx, story, first_template, pagination, relay)
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
        opens_section(parts[0], f"s{index}")  # a Sect of the structure tree
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


def _sections(ctx: Context, plan: EditionPlan) -> tuple[Section, ...]:
    """The kit's sections this edition can build."""
    return tuple(s for s in ctx.content.kit.sections if s.kind in plan.builders)


def unprintable(content: KitContent) -> tuple[tuple[ItemRef, str, str], ...]:
    """(item, character as typed, what prints instead or '') for each character of a story,
    photo, contact, figure or the kit's own words that the theme's faces cannot print as
    typed, where a reader would notice the difference."""
    theme = kit_theme(content)
    register_fonts(theme)
    faces = [font_key(face) for faces in theme.fonts.values() for face in faces.values()]
    found = []
    for item, texts in kit_texts(content):
        for char, printed in noticed_stand_ins(texts, faces).items():
            found.append((item, char, printed))
    return tuple(found)
