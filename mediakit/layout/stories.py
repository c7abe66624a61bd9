"""A story on the page: kicker, title, standfirst, dateline run in, body blocks, byline, SDGs.

The title and standfirst span the grid; the body sits in the columns right of the offset, so
pull quotes and photos line up with the text. Body blocks are dispatched by kind through a dict.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Indenter, KeepTogether, Spacer

from mediakit.layout.context import Context
from mediakit.layout.document import (
    OutlineEntry,
    floating,
    is_floating,
    mark,
    may_go_first,
    pinned,
)
from mediakit.layout.kit_language import format_moment, label
from mediakit.layout.paragraph import Paragraph
from mediakit.layout.photos import photo_group, story_photo
from mediakit.layout.pieces import bullet_list, hairline, pull_quote, sdg_row
from mediakit.layout.tagging import opens_section
from mediakit.layout.text import escape_text, spans_markup, text_markup
from mediakit.layout.theme import derived_style
from mediakit.model import Block, BlockKind, Story

# (block, ctx, body width, bookmark key for this block) -> flowables
BlockBuilder = Callable[[Block, Context, float, str], list[Flowable]]
# A part of the body a kind's layout sets itself (an advisory's table): (ctx, width) -> flowables
BodyPart = Callable[[Context, float], list[Flowable]]


def story_flowables(
    story: Story,
    ctx: Context,
    key: str,
    *,
    parts: Sequence[Block | BodyPart] | None = None,
    attribution: Block | None = None,
) -> list[Flowable]:
    """Everything one story prints, its title bookmarked under `key` (a kind's own layout
    gives its body as `parts`, a statement its attribution line)."""
    geometry = ctx.geometry
    offset = geometry.offset(ctx.theme.count("story", "body_offset_columns"))
    width = geometry.frame_width - offset
    return [
        *story_header(story, ctx, key, attribution),
        Indenter(left=offset),
        *story_body(story, ctx, width, key, parts),
        *story_foot(story, ctx, width),
        Indenter(left=-offset),
    ]


def story_header(
    story: Story, ctx: Context, key: str, attribution: Block | None = None
) -> list[Flowable]:
    """Kicker, title, the statement's attribution line if given, standfirst, a rule."""
    geometry, theme = ctx.geometry, ctx.theme
    kicker = Paragraph(escape_text(kicker_text(story, ctx)), ctx.style("kicker"))
    # The story is a Sect of the structure tree, in its own language if not the kit's.
    language = str(story.language)
    opens_section(kicker, key, "" if language == ctx.language else language)
    flow: list[Flowable] = [kicker]
    title_style = _within(ctx, "story_title", theme.count("story", "title_columns"))
    title = Paragraph(text_markup(story.title), title_style)
    flow.append(mark(title, OutlineEntry(story.title, key)))
    if attribution is not None:
        attribution_style = _within(ctx, "attribution", theme.count("story", "standfirst_columns"))
        markup = spans_markup(attribution.spans, ctx.theme.text_color("link"))
        flow.append(Paragraph(markup, attribution_style))
    if story.standfirst.strip():
        standfirst_style = _within(ctx, "standfirst", theme.count("story", "standfirst_columns"))
        flow.append(Paragraph(text_markup(story.standfirst), standfirst_style))
    space = theme.length("story", "rule_space")
    flow.append(hairline(ctx, space, space + geometry.gutter))
    return flow


def story_body(
    story: Story,
    ctx: Context,
    width: float,
    key: str,
    parts: Sequence[Block | BodyPart] | None = None,
) -> list[Flowable]:
    """The body's blocks (or `parts`: blocks and pieces a kind sets itself), the dateline
    run into the first paragraph, photos side by side when they follow each other."""
    flow: list[Flowable] = []
    lead = dateline_markup(story, ctx)
    for index, run in _runs(story.body if parts is None else parts):
        block = run[0]
        if not isinstance(block, Block):
            flow += block(ctx, width)
        elif len(run) > 1:
            flow += photo_row(run, ctx, width)
        elif lead and block.kind is BlockKind.PARAGRAPH:
            flow += paragraph_block(block, ctx, width, lead=lead)
            lead = ""
        else:
            flow += BLOCK_BUILDERS[block.kind](block, ctx, width, f"{key}.{index}")
    if lead:
        flow.insert(0, Paragraph(lead, ctx.style("body")))
    return closing_photos_inside(flow, ctx.theme.count("story", "closing_paragraphs"))


def closing_photos_inside(flow: list[Flowable], paragraphs: int) -> list[Flowable]:
    """A story that ends on photos: they go before its last paragraphs, which stay after
    them, so a photo that has to wait for the next page never sits there alone."""
    end = len(flow)
    while end and is_floating(flow[end - 1]):
        end -= 1
    start = end
    while start > 0 and end - start < paragraphs and may_go_first(flow[start - 1]):
        start -= 1
    if end == len(flow) or start == end:
        return flow
    closing = [pinned(f) for f in flow[start:end]]
    return [*flow[:start], *flow[end:], *closing]


def _runs(body: Sequence[Block | BodyPart]) -> list[tuple[int, list]]:
    """Blocks one by one, except that photos next to each other come as one run."""
    runs: list[tuple[int, list]] = []
    for index, block in enumerate(body):
        previous = runs[-1][1] if runs else None
        if previous and _is_photo(block) and _is_photo(previous[-1]):
            previous.append(block)
        else:
            runs.append((index, [block]))
    return runs


def _is_photo(part: Block | BodyPart) -> bool:
    return isinstance(part, Block) and part.kind is BlockKind.PHOTO


def story_foot(story: Story, ctx: Context, width: float) -> list[Flowable]:
    flow: list[Flowable] = []
    space = ctx.theme.length("story", "rule_space")
    if story.byline.strip():
        byline = ctx.label("written_by", byline=story.byline.strip())
        flow += [hairline(ctx, space, space / 2)]
        flow.append(Paragraph(text_markup(byline), ctx.style("byline")))
    flow += [Paragraph(text_markup(note), ctx.style("sources")) for note in story.footnotes if note]
    tags = _tags_block(story, ctx, width)
    if tags:
        flow += [Spacer(1, space * 2), KeepTogether(tags)]
    return flow


def paragraph_block(
    block: Block, ctx: Context, width: float, key: str = "", lead: str = "", style: str = "body"
) -> list[Flowable]:
    markup = spans_markup(block.spans, ctx.theme.text_color("link"))
    return [Paragraph(lead + markup, ctx.style(style))] if (lead or markup.strip()) else []


def subhead_block(block: Block, ctx: Context, width: float, key: str) -> list[Flowable]:
    text = block.text.strip()
    if not text:
        return []
    heading = Paragraph(
        spans_markup(block.spans, ctx.theme.text_color("link")), ctx.style("subhead")
    )
    return [mark(heading, OutlineEntry(text, key, level=1, toc=False))]


def quote_block(block: Block, ctx: Context, width: float, key: str) -> list[Flowable]:
    return pull_quote(block, ctx) if block.text.strip() else []


def bullets_block(block: Block, ctx: Context, width: float, key: str) -> list[Flowable]:
    return bullet_list(block.items, ctx) if block.items else []


def photo_block(block: Block, ctx: Context, width: float, key: str) -> list[Flowable]:
    """A photo at column width, caption and credit under it; it may let text go first."""
    photo = _photo(block, ctx)
    return [] if photo is None else [floating(story_photo(photo, ctx, width))]


def photo_row(blocks: list[Block], ctx: Context, width: float) -> list[Flowable]:
    """Photos that follow each other in the text, side by side."""
    photos = [p for p in (_photo(b, ctx) for b in blocks) if p is not None]
    if len(photos) < 2:
        return [f for b in blocks for f in photo_block(b, ctx, width, "")]
    columns = ctx.theme.count("photos", "row_columns")
    rows = [photos[i : i + columns] for i in range(0, len(photos), columns)]
    return [floating(photo_group(row, ctx, width, columns)) for row in rows]


def _photo(block: Block, ctx: Context):
    return ctx.content.photos.get(block.photo_id) if block.photo_id is not None else None


BLOCK_BUILDERS: dict[BlockKind, BlockBuilder] = {
    BlockKind.PARAGRAPH: paragraph_block,
    BlockKind.SUBHEAD: subhead_block,
    BlockKind.QUOTE: quote_block,
    BlockKind.BULLETS: bullets_block,
    BlockKind.PHOTO: photo_block,
}


def story_keywords(story: Story, language: str = "en") -> list[str]:
    """The story's topics and goals ("SDG 3", "ODS 3"...) for the PDF's keywords."""
    return [*story.tags, *(label(language, "sdg_short", n=goal) for goal in story.sdgs)]


def kicker_text(story: Story, ctx: Context) -> str:
    kind = ctx.label(f"kind_{story.kind.value}")
    if story.embargo.strip():
        when = format_moment(ctx.language, story.embargo)
        return f"{kind} · {ctx.label('embargoed', when=when)}"
    return kind


def dateline_markup(story: Story, ctx: Context) -> str:
    """'LIMA, PERU – ' in the dateline face, ready to run into the first paragraph."""
    dateline = story.dateline
    parts = [dateline.place.strip(), ctx.date(dateline.date) if dateline.date.strip() else ""]
    words = ", ".join(p for p in parts if p)
    if not words:
        return ""
    return ctx.inline(escape_text(words.upper()), "dateline") + " – "


def _tags_block(story: Story, ctx: Context, width: float) -> list[Flowable]:
    flow: list[Flowable] = []
    badges = sdg_row(story.sdgs, ctx, width)
    if badges is not None:
        flow += [Paragraph(escape_text(ctx.label("sdgs")), ctx.style("foot_label")), badges]
    topics = [t.strip() for t in story.tags if t.strip()]
    if topics:
        label = ctx.inline(escape_text(ctx.label("topics").upper()), "foot_label")
        line = " · ".join(text_markup(t) for t in topics)
        flow.append(Paragraph(f"{label}  {line}", ctx.style("tags")))
    return flow


def _within(ctx: Context, style_name: str, columns: int) -> ParagraphStyle:
    """A style limited to the first `columns` grid columns of the frame."""
    right = ctx.geometry.frame_width - ctx.geometry.span(columns)
    return derived_style(ctx.style(style_name), rightIndent=right)
