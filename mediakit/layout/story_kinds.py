"""The kinds a press office writes to a pattern, each set as a journalist reads it: a media
advisory's WHAT / WHEN / WHERE as a table, a situation report's highlights and key figures
first, a photo story's photos large, a statement sober under its attribution line.

`STORY_LAYOUTS` is the plain dict `story_section` dispatches through; kinds not in it (feature,
press release, fact sheet, about) keep `story_flowables` as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from reportlab.platypus import Flowable, Spacer, Table

from mediakit.layout.cards import figure_grid
from mediakit.layout.context import Context
from mediakit.layout.document import floating
from mediakit.layout.images import PhotoCell, PhotoGroup
from mediakit.layout.paragraph import Paragraph
from mediakit.layout.photos import caption_markup, photo_picture
from mediakit.layout.pieces import bullet_list, split_if_taller_than_page, table_style
from mediakit.layout.stories import BodyPart, story_flowables
from mediakit.layout.story_parts import (
    AdvisoryRow,
    AdvisoryTable,
    advisory_parts,
    split_attribution,
    split_highlights,
)
from mediakit.layout.text import escape_text, spans_markup
from mediakit.model import Block, BlockKind, KeyFigure, SectionKind, Story, StoryKind

StoryLayout = Callable[[Story, Context, str], list[Flowable]]


def advisory_flowables(story: Story, ctx: Context, key: str) -> list[Flowable]:
    """A media advisory: its labelled lines as a two-column table, the rest as usual."""
    parts = [
        partial(advisory_table, part) if isinstance(part, AdvisoryTable) else part
        for part in advisory_parts(story.body)
    ]
    return story_flowables(story, ctx, key, parts=parts)


def advisory_table(table: AdvisoryTable, ctx: Context, width: float) -> list[Flowable]:
    """Label column bold in the brand colour, what it says beside it; rows never split, so
    WHEN and its time stay on one page (a real table, for tagging later)."""
    theme, geometry = ctx.theme, ctx.geometry
    label_width = geometry.offset(theme.count("advisory", "label_columns"))
    value_width = width - label_width
    rows = [[_label_cell(row, ctx), _value_cell(row, ctx)] for row in table.rows]
    grid = Table(rows, colWidths=[label_width, value_width], hAlign="LEFT")
    pad, rule = theme.length("advisory", "row_padding"), theme.length("story", "rule_width")
    # The smaller label sits lower by the difference, so label and text share a baseline.
    lift = ctx.style("advisory_value").fontSize - ctx.style("advisory_label").fontSize
    grid.setStyle(
        table_style(
            ctx,
            ("LINEABOVE", (0, 0), (-1, 0), rule * 2, ctx.color("brand")),
            ("LINEBELOW", (0, 0), (-1, -1), rule, ctx.color("rule")),
            ("RIGHTPADDING", (0, 0), (0, -1), geometry.gutter),
            ("TOPPADDING", (0, 0), (0, -1), pad + max(0.0, lift)),
            top=pad,
            bottom=pad,
        )
    )
    space = theme.length("advisory", "space_around")
    return [Spacer(1, space), split_if_taller_than_page(grid, ctx), Spacer(1, space)]


def _label_cell(row: AdvisoryRow, ctx: Context) -> Paragraph:
    return Paragraph(escape_text(row.label), ctx.style("advisory_label"))


def _value_cell(row: AdvisoryRow, ctx: Context) -> list[Flowable]:
    link = ctx.theme.text_color("link")
    cell: list[Flowable] = []
    for block in row.value:
        if block.kind is BlockKind.BULLETS:
            cell += bullet_list(block.items, ctx)
        else:
            cell.append(Paragraph(spans_markup(block.spans, link), ctx.style("advisory_value")))
    return cell


def situation_flowables(story: Story, ctx: Context, key: str) -> list[Flowable]:
    """A situation report or flash update: its highlights in a tinted box, the kit's key
    figures as big numbers, then the report as usual."""
    highlights, rest = split_highlights(story.body)
    first: list[BodyPart] = []
    if highlights:
        first.append(partial(highlights_box, highlights))
    figures = _kit_figures(ctx)[: ctx.theme.count("situation", "max_figures")]
    if figures:
        first.append(partial(figure_grid, figures))
    return story_flowables(story, ctx, key, parts=[*first, *rest])


def highlights_box(blocks: tuple[Block, ...], ctx: Context, width: float) -> list[Flowable]:
    """The highlights subhead and its lists on a tint, under a brand-colour rule."""
    theme, link = ctx.theme, ctx.theme.text_color("link")
    heading, *under = blocks
    cell: list[Flowable] = [
        Paragraph(spans_markup(heading.spans, link), ctx.style("highlights_heading"))
    ]
    for block in under:
        if block.kind is BlockKind.BULLETS:
            cell += bullet_list(block.items, ctx)
        elif block.text.strip():
            cell.append(Paragraph(spans_markup(block.spans, link), ctx.style("body")))
    box = Table([[cell]], colWidths=[width], hAlign="LEFT")
    pad = theme.length("situation", "box_padding")
    box.setStyle(
        table_style(
            ctx,
            ("BACKGROUND", (0, 0), (-1, -1), ctx.color("tint")),
            (
                "LINEABOVE",
                (0, 0),
                (-1, 0),
                theme.length("situation", "box_rule"),
                ctx.color("brand"),
            ),
            left=pad,
            right=pad,
            top=pad,
            bottom=pad,
        )
    )
    return [
        split_if_taller_than_page(box, ctx),
        Spacer(1, theme.length("situation", "space_after")),
    ]


def _kit_figures(ctx: Context) -> list[KeyFigure]:
    """The key figures the kit carries, in the kit's order."""
    figures = ctx.content.figures
    return [figures[i] for i in ctx.content.kit.ids_of(SectionKind.FIGURES) if i in figures]


def photo_story_flowables(story: Story, ctx: Context, key: str) -> list[Flowable]:
    """A photo story: every photo large, across the grid, its caption under it; the text
    between the photos as usual."""
    parts = [
        partial(large_photo, block) if block.kind is BlockKind.PHOTO else block
        for block in story.body
    ]
    return story_flowables(story, ctx, key, parts=parts)


def large_photo(block: Block, ctx: Context, width: float) -> list[Flowable]:
    """The photo as wide as the grid (an empty slot too: the page shows where it goes),
    reaching left from the text column; its caption keeps to the text column."""
    photo = ctx.content.photos.get(block.photo_id) if block.photo_id is not None else None
    if photo is None:
        return []
    theme, geometry = ctx.theme, ctx.geometry
    max_height = geometry.frame_height * theme.number("photo_story", "photo_max_height")
    picture = photo_picture(photo, ctx, geometry.frame_width, max_height)
    reach = max(0.0, picture.width - width)
    markup = caption_markup(photo, ctx)
    style = ctx.style("photo_story_caption")
    caption = Paragraph(markup, style) if markup else None
    cell = PhotoCell(picture, caption, x=-reach, caption_inset=reach)
    space = theme.length("photos", "space")
    group = PhotoGroup(
        [cell],
        caption_gap=style.spaceBefore,
        space_before=space,
        space_after=space,
        page_height=geometry.frame_height,
    )
    return [floating(group)]


def statement_flowables(story: Story, ctx: Context, key: str) -> list[Flowable]:
    """A statement: title, its "Statement attributable to ..." line as a standfirst, text."""
    attribution, rest = split_attribution(story.body)
    return story_flowables(story, ctx, key, parts=rest, attribution=attribution)


STORY_LAYOUTS: dict[StoryKind, StoryLayout] = {
    StoryKind.MEDIA_ADVISORY: advisory_flowables,
    StoryKind.SITUATION_REPORT: situation_flowables,
    StoryKind.PHOTO_STORY: photo_story_flowables,
    StoryKind.STATEMENT: statement_flowables,
}
