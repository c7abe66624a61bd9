"""One builder per section kind, each returning the flowables of that section.

`SECTION_BUILDERS` is the plain dict editions dispatch through; a builder gets the section, the
build context and the bookmark key its headings hang from.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, PageBreak

from mediakit.layout.cards import contact_groups, figure_grid
from mediakit.layout.contents import Contents
from mediakit.layout.context import Context
from mediakit.layout.cover import back_cover_section, cover_section, website_markup
from mediakit.layout.document import OutlineEntry, mark
from mediakit.layout.gallery import gallery_flowables
from mediakit.layout.paragraph import Paragraph
from mediakit.layout.pieces import table_style
from mediakit.layout.poster import figure_poster
from mediakit.layout.stories import story_flowables
from mediakit.layout.story_kinds import STORY_LAYOUTS
from mediakit.layout.text import escape_text, text_markup
from mediakit.model import Section, SectionKind, Story

SectionBuilder = Callable[[Section, Context, str], list[Flowable]]


def section_title(text: str, ctx: Context, key: str, toc: bool = True) -> Flowable:
    """A section's heading, bookmarked and (unless toc=False) listed in the contents."""
    heading = Paragraph(escape_text(text), ctx.style("section_title"))
    return mark(heading, OutlineEntry(text, key, toc=toc))


def contents_section(section: Section, ctx: Context, key: str) -> list[Flowable]:
    """A real table of contents: every titled section with its page number, clickable (its
    entries are filled in once every section's flowables exist: `contents.fill_contents`)."""
    theme = ctx.theme
    style = ctx.style("toc_entry")
    padding = theme.length("toc", "row_padding")
    line = ("LINEBELOW", (0, 0), (-1, -1), theme.length("story", "rule_width"), ctx.color("rule"))
    rows = table_style(ctx, line, top=padding, bottom=padding)
    return [section_title(ctx.label("contents"), ctx, key, toc=False), Contents(style, rows)]


def story_section(section: Section, ctx: Context, key: str) -> list[Flowable]:
    """Each story of the section, each from the top of a new page, laid out for its kind."""
    flow: list[Flowable] = []
    for index, story in enumerate(_stories(section, ctx)):
        if flow:
            flow.append(PageBreak())
        layout = STORY_LAYOUTS.get(story.kind, story_flowables)
        flow += layout(story, ctx, f"{key}.{index}")
    return flow


def gallery_section(section: Section, ctx: Context, key: str) -> list[Flowable]:
    """The section's photos in justified rows, each with its caption and credit under it."""
    photos = [ctx.content.photos[i] for i in section.ids if i in ctx.content.photos]
    if not photos:
        return []
    head = [
        section_title(ctx.label("photos"), ctx, key),
        Paragraph(escape_text(ctx.label("gallery_note")), ctx.style("intro")),
    ]
    return [*head, *gallery_flowables(photos, ctx, _room_below(head, ctx))]


def figures_section(section: Section, ctx: Context, key: str) -> list[Flowable]:
    """Key figures: a few as a poster down the page, more as a grid of cards."""
    figures = [ctx.content.figures[i] for i in section.ids if i in ctx.content.figures]
    if not figures:
        return []
    title = section_title(ctx.label("key_figures"), ctx, key)
    if len(figures) > ctx.theme.count("poster", "max_figures"):
        return [title, *figure_grid(figures, ctx)]
    return [title, *figure_poster(figures, ctx, _room_below([title], ctx))]


def _room_below(head: list[Flowable], ctx: Context) -> float:
    """The height left on a page under these first flowables."""
    width, height = ctx.geometry.frame_width, ctx.geometry.frame_height
    used = sum(f.wrap(width, height)[1] + f.getSpaceAfter() for f in head)
    return height - used


def contacts_section(section: Section, ctx: Context, key: str) -> list[Flowable]:
    contacts = [ctx.content.contacts[i] for i in section.ids if i in ctx.content.contacts]
    if not contacts:
        return []
    return [
        section_title(ctx.label("contacts"), ctx, key),
        Paragraph(escape_text(ctx.label("contacts_intro")), ctx.style("intro")),
        *contact_groups(contacts, ctx),
    ]


def about_section(section: Section, ctx: Context, key: str) -> list[Flowable]:
    """The organisation's boilerplate and website."""
    org = ctx.content.org
    flow = [section_title(ctx.label("about", org=org.short_name or org.name), ctx, key)]
    body = ctx.style("about_body")
    flow += [Paragraph(text_markup(text), body) for text in org.boilerplate if text.strip()]
    if org.website.strip():
        label = ctx.inline(escape_text(ctx.label("website").upper()), "foot_label")
        flow.append(Paragraph(f"{label}  {website_markup(org.website, ctx)}", body))
    return flow


def _stories(section: Section, ctx: Context) -> list[Story]:
    return [ctx.content.stories[i] for i in section.ids if i in ctx.content.stories]


SECTION_BUILDERS: dict[SectionKind, SectionBuilder] = {
    SectionKind.COVER: cover_section,
    SectionKind.CONTENTS: contents_section,
    SectionKind.STORY: story_section,
    SectionKind.GALLERY: gallery_section,
    SectionKind.FIGURES: figures_section,
    SectionKind.CONTACTS: contacts_section,
    SectionKind.ABOUT: about_section,
    SectionKind.BACK_COVER: back_cover_section,
}
