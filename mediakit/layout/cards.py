"""Grids of cards: key figures (big number, label, source and date) and press contacts.

Tagged as tables: a figure is a row headed by its label (the number, then its chart and
source, its cells); a contact a row headed by their name."""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table

from mediakit.layout.context import Context
from mediakit.layout.paragraph import Paragraph
from mediakit.layout.pieces import grid, split_if_taller_than_page, table_style
from mediakit.layout.tagging import Group, Tag, TaggedBox, table_row
from mediakit.layout.text import (
    NBSP,
    display_phone,
    escape_text,
    link_markup,
    mailto_href,
    tel_href,
    text_markup,
    tie_figure,
)
from mediakit.layout.theme import derived_style
from mediakit.model import Contact, KeyFigure

_LEADING_WORDS = re.compile(r"^(\D*?)\s*([+\-–−]?[\d.,]+.*)$")


def figure_grid(
    figures: list[KeyFigure], ctx: Context, width: float | None = None
) -> list[Flowable]:
    """Key figures as cards, two or three across `width` (the frame's, unless given), one
    table per row so rows never split."""
    if not figures:
        return []
    columns, value_style = _figure_layout(figures, ctx, width)
    card_width = ctx.geometry.split(columns, width)
    flow: list[Flowable] = []
    table = Group("Table")
    for start in range(0, len(figures), columns):
        chunk = figures[start : start + columns]
        # If one card in the row has a prefix line, all keep its room: the numbers line up.
        reserve = any(split_figure(f.value)[0] for f in chunk)
        row = [figure_card(f, ctx, card_width, value_style, reserve, table) for f in chunk]
        flow += [_card_row(row, ctx, card_width), Spacer(1, ctx.theme.length("figures", "row_gap"))]
    return flow


def figure_card(
    figure: KeyFigure,
    ctx: Context,
    width: float,
    value_style: ParagraphStyle,
    reserve_prefix: bool = False,
    table: Group | None = None,
) -> list[Flowable]:
    """Prefix ("More than"), the number very large, its label, a chart, source and date
    (a row of `table`, when tagged)."""
    inner = width - 2 * ctx.theme.length("figures", "card_padding")
    prefix, number = split_figure(figure.value)
    value: list[Flowable] = []
    if prefix or reserve_prefix:
        # A no-break space keeps the empty line's height when there is no prefix.
        value.append(Paragraph(escape_text(prefix) or NBSP, ctx.style("figure_prefix")))
    value.append(Paragraph(escape_text(tie_figure(number)), value_style))
    label = Paragraph(text_markup(figure.label), ctx.style("figure_label"))
    detail: list[Flowable] = []
    if figure.series:
        detail.append(bar_chart(figure, ctx, inner))
    source = figure_source(figure, ctx)
    if source:
        detail.append(Paragraph(source, ctx.style("figure_source")))
    table_row(table or Group("Table"), ("TH", [label]), ("TD", value), ("TD", detail))
    return [*value, label, *detail]


def split_figure(value: str) -> tuple[str, str]:
    """'More than 5 million' -> ('More than', '5 million'); the number is what prints big."""
    match = _LEADING_WORDS.match(value.strip())
    if not match or not match.group(1).strip():
        return "", value.strip()
    return match.group(1).strip(), match.group(2).strip()


def _figure_layout(
    figures: list[KeyFigure], ctx: Context, width: float | None = None
) -> tuple[int, ParagraphStyle]:
    """Three across when every number fits at full size, else two; shrink only if needed."""
    theme, style = ctx.theme, ctx.style("figure_value")
    preferred = theme.count("figures", "columns")
    fallback = theme.count("figures", "columns_when_four")
    columns = fallback if len(figures) in (2, 4) else preferred
    widest = max(_widest_word(split_figure(f.value)[1], style) for f in figures)
    if widest > _inner_width(ctx, columns, width):
        columns = fallback
    columns = max(1, min(columns, len(figures)))
    room = _inner_width(ctx, columns, width)
    if widest <= room:
        return columns, style
    size = max(theme.number("figures", "min_value_size"), style.fontSize * room / widest)
    leading = size * style.leading / style.fontSize
    return columns, derived_style(style, fontSize=size, leading=leading)


def _inner_width(ctx: Context, columns: int, width: float | None = None) -> float:
    return ctx.geometry.split(columns, width) - 2 * ctx.theme.length("figures", "card_padding")


def _widest_word(number: str, style: ParagraphStyle) -> float:
    words = tie_figure(number).split(" ") or [""]
    return max(stringWidth(w, style.fontName, style.fontSize) for w in words)


def figure_source(figure: KeyFigure, ctx: Context) -> str:
    """'Source: Based on Government figures<br/>As of July 2022', escaped."""
    lines = []
    if figure.source.strip():
        lines.append(f"{escape_text(ctx.label('source'))}: {text_markup(figure.source.strip())}")
    if figure.as_of.strip():
        lines.append(f"{escape_text(ctx.label('as_of'))} {escape_text(ctx.date(figure.as_of))}")
    return "<br/>".join(lines)


def bar_chart(figure: KeyFigure, ctx: Context, width: float) -> Flowable:
    """A plain bar chart of the figure's series: brand bars, values on top, no grid (a
    Figure whose alt text is its label and values)."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart  # only figures with a series
    from reportlab.graphics.shapes import Drawing

    theme, label_style = ctx.theme, ctx.style("chart_label")
    height = theme.length("figures", "chart_height")
    label_room = label_style.leading * 2
    chart = VerticalBarChart()
    chart.x, chart.y = 0, label_room
    chart.width, chart.height = width, height - 2 * label_room
    chart.data = [[point.value for point in figure.series]]
    chart.categoryAxis.categoryNames = [point.label for point in figure.series]
    chart.barSpacing = 0
    chart.groupSpacing = width / max(1, len(figure.series)) * theme.number("figures", "bar_gap")
    chart.bars[0].fillColor = ctx.color("brand")
    chart.bars[0].strokeColor = None
    chart.valueAxis.visible = 0
    chart.valueAxis.valueMin = 0
    chart.categoryAxis.strokeColor = ctx.color("rule")
    for labels in (chart.categoryAxis.labels, chart.barLabels):
        labels.fontName, labels.fontSize = label_style.fontName, label_style.fontSize
        labels.fillColor = label_style.textColor
    chart.barLabelFormat = "%g"
    chart.barLabels.nudge = label_style.fontSize * 0.8
    drawing = Drawing(width, height)
    drawing.add(chart)
    drawing.initialFontName = label_style.fontName
    drawing.initialFontSize = label_style.fontSize
    values = ", ".join(f"{point.label}: {point.value:g}" for point in figure.series)
    return TaggedBox(drawing, Tag("Figure", alt=f"{figure.label.strip()}. {values}"))


def _card_row(cards: list[list[Flowable]], ctx: Context, width: float) -> Table:
    gutter = ctx.geometry.gutter
    cells: list = []
    widths: list[float] = []
    for index, card in enumerate(cards):
        if index:
            cells.append("")
            widths.append(gutter)
        cells.append(card)
        widths.append(width)
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    pad = ctx.theme.length("figures", "card_padding")
    rule = ctx.theme.length("figures", "card_rule")
    commands = []
    for column in range(0, len(cells), 2):
        commands += [
            ("BACKGROUND", (column, 0), (column, 0), ctx.color("tint")),
            ("LINEABOVE", (column, 0), (column, 0), rule, ctx.color("brand")),
        ]
    table.setStyle(table_style(ctx, *commands, left=pad, right=pad, top=pad, bottom=pad))
    return split_if_taller_than_page(table, ctx)


def contact_groups(contacts: list[Contact], ctx: Context) -> list[Flowable]:
    """Contacts grouped by city (in the kit's order) under small-caps headings, two across."""
    groups: dict[str, list[Contact]] = {}
    for contact in contacts:
        groups.setdefault(_place(contact), []).append(contact)
    flow: list[Flowable] = []
    for place, people in groups.items():
        if place:
            flow.append(Paragraph(escape_text(place), ctx.style("contact_city")))
        flow.append(_contact_table(people, ctx))
        flow.append(Spacer(1, ctx.theme.length("contacts", "group_gap")))
    return flow


def contact_block(contact: Contact, ctx: Context) -> list[Flowable]:
    detail, link = ctx.style("contact_detail"), ctx.theme.text_color("link")
    parts = [Paragraph(text_markup(contact.name), ctx.style("contact_name"))]
    role = ", ".join(p.strip() for p in (contact.role, contact.organisation) if p.strip())
    if role:
        parts.append(Paragraph(text_markup(role), detail))
    if contact.email.strip():
        email = escape_text(contact.email.strip())
        parts.append(Paragraph(link_markup(email, mailto_href(contact.email), link), detail))
    for phone in contact.phones:
        if phone.strip():
            shown = escape_text(display_phone(phone))
            parts.append(Paragraph(link_markup(shown, tel_href(phone), link), detail))
    return parts


def _contact_table(people: list[Contact], ctx: Context) -> Table:
    columns = ctx.theme.count("contacts", "columns")
    table = Group("Table")
    cells = [contact_row(contact_block(c, ctx), table) for c in people]
    width = ctx.geometry.split(columns)
    return grid(cells, columns, width, ctx, ctx.theme.length("contacts", "row_gap"))


def contact_row(block: list[Flowable], table: Group) -> list[Flowable]:
    """A contact's block tagged as a row of `table`: their name heads it."""
    table_row(table, ("TH", block[:1]), ("TD", block[1:]))
    return block


def _place(contact: Contact) -> str:
    city, country = contact.city.strip(), contact.country.strip()
    if city and country and country.casefold() != city.casefold():
        return f"{city}, {country}"
    return city or country
