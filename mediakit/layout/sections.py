"""One builder per section kind, each returning the flowables of that section.

`SECTION_BUILDERS` is the plain dict editions dispatch through; a builder gets the section, the
build context and the bookmark key its headings hang from.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, PageBreak, Paragraph
from reportlab.platypus.tableofcontents import TableOfContents

from mediakit.layout.cards import contact_groups, figure_grid
from mediakit.layout.context import Context
from mediakit.layout.cover import back_cover_section, cover_section, website_markup
from mediakit.layout.pages import OutlineEntry, mark
from mediakit.layout.photos import photo_cell
from mediakit.layout.pieces import grid, table_style
from mediakit.layout.stories import story_flowables
from mediakit.layout.text import escape_text, safe_href, text_markup
from mediakit.model import Section, SectionKind, Story

SectionBuilder = Callable[[Section, Context, str], list[Flowable]]


def section_title(text: str, ctx: Context, key: str, toc: bool = True) -> Flowable:
    """A section's heading, bookmarked and (unless toc=False) listed in the contents."""
    heading = Paragraph(escape_text(text), ctx.style("section_title"))
    return mark(heading, OutlineEntry(text, key, toc=toc))


def contents_section(section: Section, ctx: Context, key: str) -> list[Flowable]:
    """A real table of contents: every titled section with its page number, clickable."""
    theme = ctx.theme
    style = ctx.style("toc_entry")
    padding = theme.length("toc", "row_padding")
    line = ("LINEBELOW", (0, 0), (-1, -1), theme.length("story", "rule_width"), ctx.color("rule"))
    rows = table_style(ctx, line, top=padding, bottom=padding)
    toc = TableOfContents(levelStyles=[style], dotsMinLevel=-1, tableStyle=rows)
    return [section_title(ctx.label("contents"), ctx, key, toc=False), toc]


def story_section(section: Section, ctx: Context, key: str) -> list[Flowable]:
    """Each story of the section, each from the top of a new page."""
    flow: list[Flowable] = []
    for index, story in enumerate(_stories(section, ctx)):
        if flow:
            flow.append(PageBreak())
        flow += story_flowables(story, ctx, f"{key}.{index}")
    return flow


def gallery_section(section: Section, ctx: Context, key: str) -> list[Flowable]:
    """The section's photos two across, each with its caption and credit under it."""
    photos = [ctx.content.photos[i] for i in section.ids if i in ctx.content.photos]
    if not photos:
        return []
    theme, geometry = ctx.theme, ctx.geometry
    columns = theme.count("photos", "gallery_columns")
    width = geometry.split(columns)
    max_height = geometry.frame_height * theme.number("photos", "gallery_max_height")
    cells = [photo_cell(photo, ctx, width, max_height) for photo in photos]
    gap = theme.length("photos", "space") * 2
    return [
        section_title(ctx.label("photos"), ctx, key),
        Paragraph(escape_text(ctx.label("gallery_note")), ctx.style("intro")),
        grid(cells, columns, width, ctx, gap),
    ]


def figures_section(section: Section, ctx: Context, key: str) -> list[Flowable]:
    figures = [ctx.content.figures[i] for i in section.ids if i in ctx.content.figures]
    if not figures:
        return []
    return [section_title(ctx.label("key_figures"), ctx, key), *figure_grid(figures, ctx)]


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
    """The organisation's boilerplate and website, and QR codes to the stories online."""
    org = ctx.content.org
    flow = [section_title(ctx.label("about", org=org.short_name or org.name), ctx, key)]
    body = ctx.style("about_body")
    flow += [Paragraph(text_markup(text), body) for text in org.boilerplate if text.strip()]
    if org.website.strip():
        label = ctx.inline(escape_text(ctx.label("website").upper()), "foot_label")
        flow.append(Paragraph(f"{label}  {website_markup(org.website, ctx)}", body))
    return flow + _story_codes(ctx)


def _story_codes(ctx: Context) -> list[Flowable]:
    stories = [s for s in _kit_stories(ctx) if safe_href(s.source_url.strip())]
    if not stories:
        return []
    theme, geometry = ctx.theme, ctx.geometry
    columns = theme.count("qr", "per_row")
    width = geometry.split(columns)
    cells = [_qr_cell(story, ctx, width) for story in stories]
    heading = Paragraph(escape_text(ctx.label("read_online")), ctx.style("qr_heading"))
    return [heading, grid(cells, columns, width, ctx, theme.length("qr", "row_gap"))]


def _qr_cell(story: Story, ctx: Context, width: float) -> list[Flowable]:
    """A QR code with the story's title and its address printed under it."""
    size = ctx.theme.length("qr", "size")
    url = story.source_url.strip()
    widget = QrCodeWidget(url, barLevel="M", barBorder=0)
    widget.barFillColor = ctx.color("text")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    drawing.hAlign = "LEFT"
    shown = url.removeprefix("https://").removeprefix("http://")
    caption = f"<b>{text_markup(story.title)}</b><br/>{escape_text(shown)}"
    return [drawing, Paragraph(caption, ctx.style("qr_caption"))]


def _stories(section: Section, ctx: Context) -> list[Story]:
    return [ctx.content.stories[i] for i in section.ids if i in ctx.content.stories]


def _kit_stories(ctx: Context) -> list[Story]:
    kit = ctx.content.kit
    ids = dict.fromkeys(i for s in kit.sections if s.kind is SectionKind.STORY for i in s.ids)
    return [ctx.content.stories[i] for i in ids if i in ctx.content.stories]


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
