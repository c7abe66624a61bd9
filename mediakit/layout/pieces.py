"""Small reusable pieces: a vertical stack, pull quotes, bullet lists and SDG badges."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    ListFlowable,
    Spacer,
    Table,
    TableStyle,
)

from mediakit.layout.context import Context
from mediakit.layout.kit_language import sdg_name
from mediakit.layout.paragraph import Paragraph
from mediakit.layout.private_api import table_heights, table_widths
from mediakit.layout.tagging import Tagged
from mediakit.layout.text import escape_text, spans_markup, text_markup
from mediakit.model import Block, Span, plain

_QUOTE_MARKS = "“\"«‘'„"


class Stack(Flowable):
    """Flowables drawn one under the other as a single unit (for TopPadder and fixed boxes)."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, avail_width, avail_height):
        self._sizes = [part.wrap(avail_width, avail_height) for part in self.parts]
        gaps = sum(self._gap(i) for i in range(1, len(self.parts)))
        self.width = max((w for w, _ in self._sizes), default=0)
        self.height = sum(h for _, h in self._sizes) + gaps
        return self.width, self.height

    def _gap(self, index: int) -> float:
        return max(self.parts[index - 1].getSpaceAfter(), self.parts[index].getSpaceBefore())

    def draw(self):
        y = self.height
        for index, (part, (_, height)) in enumerate(zip(self.parts, self._sizes, strict=True)):
            y -= height + (self._gap(index) if index else 0)
            part.drawOn(self.canv, 0, y)


def rule(ctx: Context, section: str, color: str = "brand", space_after: float = 0) -> HRFlowable:
    """A short, thick rule in the brand colour (over pull quotes, on the back cover)."""
    return HRFlowable(
        width=ctx.theme.length(section, "rule_width"),
        thickness=ctx.theme.length(section, "rule_thickness"),
        color=ctx.color(color),
        hAlign="LEFT",
        spaceBefore=0,
        spaceAfter=space_after,
    )


def hairline(ctx: Context, space_before: float, space_after: float) -> HRFlowable:
    return HRFlowable(
        width="100%",
        thickness=ctx.theme.length("story", "rule_width"),
        color=ctx.color("rule"),
        spaceBefore=space_before,
        spaceAfter=space_after,
    )


def pull_quote(block: Block, ctx: Context) -> list[Flowable]:
    """A QUOTE block: large italic words under a brand-colour rule, attribution below."""
    markup = spans_markup(block.spans, ctx.theme.text_color("link"))
    if not plain(block.spans).lstrip().startswith(tuple(_QUOTE_MARKS)):
        markup = f"“{markup}”"
    parts: list[Flowable] = [
        rule(ctx, "quote", space_after=ctx.theme.length("quote", "rule_gap")),
        Paragraph(markup, ctx.style("pull_quote")),
    ]
    if block.attribution.strip():
        attribution = text_markup(block.attribution.strip())
        parts.append(Paragraph(attribution, ctx.style("quote_attribution")))
    space = ctx.theme.length("quote", "space_around")
    return [Spacer(1, space), KeepTogether(parts), Spacer(1, space)]


def bullet_list(items: tuple[tuple[Span, ...], ...], ctx: Context) -> list[Flowable]:
    style, mark = ctx.style("bullet"), ctx.style("bullet_mark")
    paragraphs = [
        Paragraph(spans_markup(item, ctx.theme.text_color("link")), style) for item in items
    ]
    return [
        ListFlowable(
            paragraphs,
            bulletType="bullet",
            start="•",
            leftIndent=ctx.theme.length("lists", "indent"),
            bulletFontName=mark.fontName,
            bulletFontSize=mark.fontSize,
            bulletColor=mark.textColor,
            spaceAfter=ctx.theme.length("lists", "space_after"),
        )
    ]


class SdgBadge(Tagged, Flowable):
    """A square in the goal's official colour with its number, and the goal's short name."""

    def __init__(self, ctx: Context, goal: int) -> None:
        super().__init__()
        self.size = ctx.theme.length("sdg", "badge_size")
        self.gap = ctx.theme.length("sdg", "label_gap")
        self.color = HexColor(ctx.theme.sdg_color(goal))
        self.number = Paragraph(str(goal), ctx.style("sdg_number"))
        self.label = Paragraph(escape_text(sdg_name(ctx.language, goal)), ctx.style("sdg_label"))

    def wrap(self, avail_width, avail_height):
        _, label_height = self.label.wrap(max(1, avail_width - self.size - self.gap), avail_height)
        self.number.wrap(self.size, self.size)
        self.width, self.height = avail_width, max(self.size, label_height)
        return self.width, self.height

    def draw(self):
        canv, top = self.canv, self.height
        canv.saveState()
        canv.setFillColor(self.color)
        canv.rect(0, top - self.size, self.size, self.size, stroke=0, fill=1)
        canv.restoreState()
        number_y = top - self.size / 2 - self.number.height / 2
        self.number.drawOn(canv, 0, number_y)
        # Centred on the square when shorter than it, hanging from its top when taller.
        label_y = top - max(self.label.height, self.size) / 2 - self.label.height / 2
        self.label.drawOn(canv, self.size + self.gap, label_y)


def sdg_row(goals: tuple[int, ...], ctx: Context, width: float) -> Flowable | None:
    """The story's goals as badges, a few to a row."""
    goals = tuple(g for g in dict.fromkeys(goals) if 1 <= g <= len(ctx.theme.sdg_colors))
    if not goals:
        return None
    per_row = ctx.theme.count("sdg", "badges_per_row")
    cell = width / per_row
    rows = [list(goals[i : i + per_row]) for i in range(0, len(goals), per_row)]
    data = [[SdgBadge(ctx, g) for g in row] + [""] * (per_row - len(row)) for row in rows]
    table = Table(data, colWidths=[cell] * per_row, hAlign="LEFT")
    theme = ctx.theme
    right, bottom = theme.length("sdg", "label_gap"), theme.length("sdg", "row_gap")
    table.setStyle(table_style(ctx, right=right, bottom=bottom))
    return split_if_taller_than_page(table, ctx)


def table_style(
    ctx: Context,
    *extra: tuple,
    left: float = 0,
    right: float = 0,
    top: float = 0,
    bottom: float = 0,
) -> TableStyle:
    """Cells top-aligned with the given padding, in the theme's face (never ReportLab's own)."""
    base = ctx.style("base")
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), base.fontName, base.fontSize, base.leading),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), left),
            ("RIGHTPADDING", (0, 0), (-1, -1), right),
            ("TOPPADDING", (0, 0), (-1, -1), top),
            ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
            *extra,
        ]
    )


def grid(
    cells: list, columns: int, width: float, ctx: Context, row_gap: float, **table_options
) -> Table:
    """Cells `columns` across, gutters between; rows never split, so a cell stays together."""
    gutter = ctx.geometry.gutter
    rows = []
    for start in range(0, len(cells), columns):
        row = cells[start : start + columns]
        row += [""] * (columns - len(row))
        rows.append([cell for item in row for cell in (item, "")][:-1])
    widths = [w for _ in range(columns) for w in (width, gutter)][:-1]
    table = Table(rows, colWidths=widths, hAlign="LEFT", **table_options)
    table.setStyle(table_style(ctx, bottom=row_gap))
    return split_if_taller_than_page(table, ctx)


def split_if_taller_than_page(table: Table, ctx: Context) -> Table:
    """Rows stay whole (a photo with its caption), unless a row could never fit on a page."""
    table.wrap(sum(table_widths(table)), ctx.geometry.frame_height)
    if max(table_heights(table), default=0) > ctx.geometry.frame_height:
        table.splitInRow = 1
    return table
