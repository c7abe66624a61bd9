"""The handout: one or two pages for field offices to print — the lead story's opening, one
photo, three key figures, one contact and a QR code to the full story.

The opening is cut only at a paragraph's end, as long as the handout keeps to one page (with
at least `min_paragraphs_one_page` paragraphs) or else two. The fixed parts are never cut:
when they do not fit two pages, `handout_overflow` says what to shorten and preflight stops
the export.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import (
    BalancedColumns,
    Flowable,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    Table,
)

from mediakit.layout.cards import contact_block, contact_row, figure_grid
from mediakit.layout.context import Context
from mediakit.layout.document import OutlineEntry, Pagination, mark
from mediakit.layout.paragraph import Paragraph
from mediakit.layout.photos import handout_photo
from mediakit.layout.pieces import hairline, table_style
from mediakit.layout.qr import link_url, qr_cell
from mediakit.layout.render import ProgressRelay, render
from mediakit.layout.stories import dateline_markup, kicker_text, paragraph_block
from mediakit.layout.tagging import Group
from mediakit.layout.text import escape_text, text_markup
from mediakit.model import BlockKind, Contact, KeyFigure, KitContent, Photo, SectionKind, Story


@dataclass(frozen=True, slots=True)
class HandoutChoice:
    """What the handout shows."""

    story: Story | None
    photo: Photo | None
    figures: tuple[KeyFigure, ...]
    contact: Contact | None


def handout_choice(content: KitContent) -> HandoutChoice:
    """The kit's first story, its first photo that has an image (else its first slot), the
    kit's first three key figures and its first contact."""
    stories = [
        content.stories[i] for i in content.kit.ids_of(SectionKind.STORY) if i in content.stories
    ]
    story = stories[0] if stories else None
    photos = content.story_photos(story) if story else []
    photo = next((p for p in photos if p.has_image), photos[0] if photos else None)
    figures = [
        content.figures[i] for i in content.kit.ids_of(SectionKind.FIGURES) if i in content.figures
    ]
    contacts = [
        content.contacts[i]
        for i in content.kit.ids_of(SectionKind.CONTACTS)
        if i in content.contacts
    ]
    return HandoutChoice(story, photo, tuple(figures[:3]), contacts[0] if contacts else None)


def build_handout(ctx: Context, relay: ProgressRelay | None = None) -> bytes:
    """The handout with as much of the opening as fits: one page if it can hold a real
    opening, else two; at least the first paragraph even if that overflows."""
    choice = handout_choice(ctx.content)
    opening = opening_paragraphs(choice.story, ctx)
    attempts = _Attempts(ctx, choice, opening, relay)
    theme = ctx.theme
    shortest = min(len(opening), theme.count("handout", "min_paragraphs_one_page"))
    one_page = attempts.most_that_fit(1)
    if one_page is not None and one_page >= shortest:
        return attempts.pdf(one_page)
    # Two pages: the opening runs on to fill them, the facts close the second.
    two_pages = attempts.most_that_fit(theme.count("handout", "max_pages"), low=one_page or 1)
    return attempts.pdf(two_pages if two_pages is not None else min(1, len(opening)))


def handout_overflow(ctx: Context) -> str:
    """'' when the handout's fixed parts and first paragraph fit its pages, else a sentence
    saying what to cut."""
    choice = handout_choice(ctx.content)
    opening = opening_paragraphs(choice.story, ctx)
    attempts = _Attempts(ctx, choice, opening, None)
    least = min(1, len(opening))
    pages = attempts.pages(least)
    most = ctx.theme.count("handout", "max_pages")
    if pages <= most:
        return ""
    biggest = ", ".join(name for name, _ in _largest_parts(ctx, choice)[:2])
    first = "its title and first paragraph" if least else "its fixed parts"
    return (
        f"The handout needs {pages} pages even with only {first}, and may have {most}: "
        f"shorten {biggest}."
    )


def opening_paragraphs(story: Story | None, ctx: Context) -> list:
    """The story's paragraphs up to its first subhead, at most as many as the theme allows."""
    if story is None:
        return []
    blocks = []
    for block in story.body:
        if block.kind is BlockKind.SUBHEAD:
            break
        if block.kind is BlockKind.PARAGRAPH and block.text.strip():
            blocks.append(block)
    return blocks[: ctx.theme.count("handout", "max_paragraphs")]


class _Attempts:
    """Handout builds with the first n paragraphs of the opening, each made once."""

    def __init__(self, ctx: Context, choice: HandoutChoice, opening: list, relay) -> None:
        self.ctx, self.choice, self.opening, self.relay = ctx, choice, opening, relay
        self.built: dict[int, tuple[bytes, int]] = {}

    def pages(self, count: int) -> int:
        return self._build(count)[1]

    def pdf(self, count: int) -> bytes:
        return self._build(count)[0]

    def most_that_fit(self, pages: int, low: int = 1) -> int | None:
        """The largest paragraph count (at least `low`, known to fit) whose handout has at
        most `pages`; None if not even `low` fits."""
        high = len(self.opening)
        if not self.opening:
            return 0 if self.pages(0) <= pages else None
        if self.pages(low) > pages:
            return None
        while low < high:
            middle = (low + high + 1) // 2
            low, high = (middle, high) if self.pages(middle) <= pages else (low, middle - 1)
        return low

    def _build(self, count: int) -> tuple[bytes, int]:
        if count not in self.built:
            pagination = Pagination()
            flow = handout_flowables(self.ctx, self.choice, self.opening[:count])
            pdf = render(self.ctx, flow, "handout", pagination, self.relay)
            self.built[count] = (pdf, pagination.counted)
        return self.built[count]


def handout_flowables(ctx: Context, choice: HandoutChoice, opening: list) -> list[Flowable]:
    flow: list[Flowable] = [*_band(ctx), FrameBreak(), NextPageTemplate("body")]
    if choice.story is not None:
        flow += _head(choice.story, ctx)
    if choice.photo is not None:
        flow.append(handout_photo(choice.photo, ctx))
    if opening:
        flow.append(_columns(_opening_flow(choice.story, opening, ctx), ctx))
    if choice.story is not None:
        flow += _full_story(choice.story, ctx)
    if choice.figures:
        flow += figure_grid(list(choice.figures), ctx)
    if choice.contact is not None:
        flow.append(_contact(choice.contact, ctx))
    return flow


def _band(ctx: Context) -> list[Flowable]:
    kit, org = ctx.content.kit, ctx.content.org
    words = [ctx.label("handout"), kit.name.strip(), ctx.date(kit.date) if kit.date else ""]
    line = " · ".join(escape_text(w) for w in words if w)
    return [
        Paragraph(text_markup(org.name), ctx.style("handout_org")),
        Paragraph(line, ctx.style("handout_label")),
    ]


def _head(story: Story, ctx: Context) -> list[Flowable]:
    flow: list[Flowable] = [Paragraph(escape_text(kicker_text(story, ctx)), ctx.style("kicker"))]
    title = Paragraph(text_markup(story.title), ctx.style("handout_title"))
    flow.append(mark(title, OutlineEntry(story.title, "handout", toc=False)))
    if story.standfirst.strip():
        flow.append(Paragraph(text_markup(story.standfirst), ctx.style("standfirst")))
    space = ctx.theme.length("story", "rule_space")
    return [*flow, hairline(ctx, space, space / 2)]


def _opening_flow(story: Story, opening: list, ctx: Context) -> list[Flowable]:
    lead = dateline_markup(story, ctx)
    flow: list[Flowable] = []
    for index, block in enumerate(opening):
        flow += paragraph_block(
            block, ctx, 0, lead=lead if index == 0 else "", style="handout_body"
        )
    return flow


def _columns(flow: list[Flowable], ctx: Context) -> Flowable:
    columns = ctx.theme.count("handout", "columns")
    if columns < 2:
        return flow[0] if len(flow) == 1 else BalancedColumns(flow, nCols=1)
    gutter = ctx.geometry.gutter
    return BalancedColumns(
        flow,
        nCols=columns,
        innerPadding=gutter,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        spaceAfter=ctx.theme.length("handout", "block_gap"),
        name="opening",
    )


def _full_story(story: Story, ctx: Context) -> list[Flowable]:
    """'Full story:' and a QR code to it (or, without its address, to the website)."""
    url, label, title = link_url(story.source_url), ctx.label("full_story"), story.title
    if url is None:
        url, label, title = link_url(ctx.content.org.website), ctx.label("more_online"), ""
    if url is None:
        return []
    code, words = qr_cell(url, ctx, title=title, size=ctx.theme.length("handout", "qr"))
    heading = Paragraph(escape_text(label.upper()), ctx.style("foot_label"))
    gutter = ctx.geometry.gutter
    words_width = ctx.geometry.frame_width - code.width - gutter
    table = Table(
        [[code, "", [heading, words]]],
        colWidths=[code.width, gutter, words_width],
        hAlign="LEFT",
        spaceAfter=ctx.theme.length("handout", "block_gap"),
    )
    table.setStyle(table_style(ctx, ("VALIGN", (2, 0), (2, 0), "MIDDLE")))
    return [KeepTogether([table])]


def _contact(contact: Contact, ctx: Context) -> Flowable:
    """The contact in a light panel: a label, then the name, role, e-mail and phone."""
    heading = Paragraph(escape_text(ctx.label("contact").upper()), ctx.style("foot_label"))
    cells = [[[heading, *contact_row(contact_block(contact, ctx), Group("Table"))]]]
    pad = ctx.theme.length("figures", "card_padding")
    table = Table(cells, colWidths=[ctx.geometry.frame_width], hAlign="LEFT")
    panel = ("BACKGROUND", (0, 0), (-1, -1), ctx.color("tint"))
    table.setStyle(table_style(ctx, panel, left=pad, right=pad, top=pad, bottom=pad))
    return table


def _largest_parts(ctx: Context, choice: HandoutChoice) -> list[tuple[str, float]]:
    """The handout's fixed parts by the height they take, largest first."""
    width, height = ctx.geometry.frame_width, ctx.geometry.frame_height
    parts: list[tuple[str, list[Flowable]]] = []
    if choice.story is not None:
        story = choice.story
        title = Paragraph(text_markup(story.title), ctx.style("handout_title"))
        parts.append((f"the title of “{story.title}”", [title]))
        if story.standfirst.strip():
            standfirst = Paragraph(text_markup(story.standfirst), ctx.style("standfirst"))
            parts.append((f"the standfirst of “{story.title}”", [standfirst]))
    if choice.photo is not None:
        parts.append(("the photo’s caption", [handout_photo(choice.photo, ctx)]))
    for figure in choice.figures:
        parts.append((f"the key figure “{figure.value}”", figure_grid([figure], ctx)))
    if choice.contact is not None:
        parts.append(
            (f"the contact details of {choice.contact.name}", [_contact(choice.contact, ctx)])
        )
    sized = [(name, sum(f.wrap(width, height)[1] for f in flow)) for name, flow in parts]
    return sorted(sized, key=lambda part: -part[1])
