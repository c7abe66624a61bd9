"""A few key figures as a poster: one wide row each, the number very large on the left, its
label, chart and source on the right, the rows spread down the page.

With two or three figures a grid of cards leaves most of the page empty; this reads as meant.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table

from mediakit.layout.cards import bar_chart, figure_source, split_figure
from mediakit.layout.context import Context
from mediakit.layout.paragraph import Paragraph
from mediakit.layout.pieces import rule, table_style
from mediakit.layout.tagging import Group, table_row
from mediakit.layout.text import NBSP, escape_text, text_markup, tie_figure
from mediakit.layout.theme import derived_style
from mediakit.model import KeyFigure

# A number is fitted to a little less than its column: ReportLab measures words as it sets them.
_FIT = 0.97


def figure_poster(figures: list[KeyFigure], ctx: Context, room: float) -> list[Flowable]:
    """The figures as wide rows, spread over `room` points of height (never too far apart)."""
    theme, geometry = ctx.theme, ctx.geometry
    value_columns = theme.count("poster", "value_columns")
    value_width = geometry.span(value_columns)
    # With every column for the number (a narrow page), the label goes under it.
    label_width = geometry.frame_width - value_width - geometry.gutter
    if value_columns >= geometry.columns:
        value_width = label_width = geometry.frame_width
    value_style = _fitted_value_style(figures, ctx, value_width)
    table = Group("Table")
    rows = [_row(f, ctx, value_style, value_width, label_width, table) for f in figures]
    heights = sum(r.wrap(geometry.frame_width, geometry.frame_height)[1] for r in rows)
    least, most = theme.length("poster", "min_gap"), theme.length("poster", "max_gap")
    gap = min(most, max(least, (room - heights) / max(1, len(rows))))
    flow: list[Flowable] = []
    for index, row in enumerate(rows):
        if index:
            flow.append(Spacer(1, gap))
        flow.append(row)
    return flow


def _row(
    figure: KeyFigure,
    ctx: Context,
    value_style: ParagraphStyle,
    value_width: float,
    label_width: float,
    table: Group,
) -> Flowable:
    prefix, number = split_figure(figure.value)
    left: list[Flowable] = [rule(ctx, "poster", space_after=ctx.theme.length("poster", "rule_gap"))]
    left.append(Paragraph(escape_text(prefix) or NBSP, ctx.style("figure_prefix")))
    left.append(Paragraph(escape_text(tie_figure(number)), value_style))
    right: list[Flowable] = [Paragraph(text_markup(figure.label), ctx.style("poster_label"))]
    if figure.series:
        right.append(bar_chart(figure, ctx, label_width))
    source = figure_source(figure, ctx)
    if source:
        right.append(Paragraph(source, ctx.style("figure_source")))
    label_top = ctx.theme.length("poster", "label_top")
    if label_width >= ctx.geometry.frame_width:  # stacked, in one cell: never parted
        right[0] = Paragraph(right[0].text, derived_style(right[0].style, spaceBefore=label_top))
    # Tagged as a row of the figures' table, headed by the label.
    table_row(table, ("TH", right[:1]), ("TD", left[1:]), ("TD", right[1:]))
    if label_width >= ctx.geometry.frame_width:
        table = Table([[left + right]], colWidths=[value_width], hAlign="LEFT")
        table.setStyle(table_style(ctx))
        return table
    gutter = ctx.geometry.gutter
    table = Table([[left, "", right]], colWidths=[value_width, gutter, label_width], hAlign="LEFT")
    table.setStyle(table_style(ctx, ("TOPPADDING", (2, 0), (2, 0), label_top)))
    return table  # one row: it never splits


def _fitted_value_style(figures: list[KeyFigure], ctx: Context, width: float) -> ParagraphStyle:
    """The poster number style, smaller if the widest number would not fit its column."""
    style = ctx.style("poster_value")
    words = [w for f in figures for w in tie_figure(split_figure(f.value)[1]).split(" ")]
    widest = max((stringWidth(w, style.fontName, style.fontSize) for w in words), default=0)
    room = width * _FIT
    if widest <= room:
        return style
    size = max(ctx.theme.number("figures", "min_value_size"), style.fontSize * room / widest)
    return derived_style(style, fontSize=size, leading=size * style.leading / style.fontSize)
