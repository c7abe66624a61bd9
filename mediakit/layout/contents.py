"""The contents page, laid out in the same single pass as the rest of the kit.

Its lines are the kit's titled headings, known as soon as the sections' flowables exist; only
their page numbers wait for the layout's end, as forms of the kit's `Pagination`. So the page
looks as ReportLab's TableOfContents made it (each title a link to its heading, its page at the
right edge on the title's last line) without the second pass that flowable needs.
"""

from __future__ import annotations

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.platypus import Flowable, Table, TableStyle

from mediakit.layout.document import OUTLINE_ATTR, OutlineEntry, Pagination
from mediakit.layout.paragraph import Paragraph
from mediakit.layout.private_api import paragraph_line_count
from mediakit.layout.tagging import Tagged
from mediakit.layout.text import text_markup


class ContentsLine(Tagged, Flowable):
    """One entry: its title, linked to its heading, and the page that heading lands on (one
    tagged paragraph, its link and page number with it)."""

    def __init__(self, entry: OutlineEntry, style: ParagraphStyle, pagination: Pagination):
        super().__init__()
        self.key = entry.key
        self.style = style
        self.pagination = pagination
        self.title = Paragraph(f'<a href="#{entry.key}">{text_markup(entry.title)}</a>', style)

    def getPlainText(self) -> str:  # noqa: N802 (ReportLab's name): what its link says
        return self.title.getPlainText()

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        _, self.height = self.title.wrap(avail_width, avail_height)
        return self.width, self.height

    def draw(self):
        canv, style = self.canv, self.style
        self.title.drawOn(canv, 0, 0)
        # Where the paragraph put its last line's baseline: its first is a font size (or, as
        # ReportLab may be configured, an ascent) below the top, the others a leading apart.
        lines = paragraph_line_count(self.title)
        first = style.fontSize
        if not rl_config.paraFontSizeHeightOffset:
            first = getAscentDescent(style.fontName, style.fontSize)[0]
        canv.saveState()
        canv.translate(self.width, self.height - first - (lines - 1) * style.leading)
        self.pagination.show_later(canv, f"contents-{self.key}", self._draw_page)
        canv.restoreState()

    def _draw_page(self, canv) -> None:
        page = self.pagination.pages_of.get(self.key)
        canv.setFont(self.style.fontName, self.style.fontSize)
        canv.setFillColor(self.style.textColor)
        # The space before the number is invisible; it keeps copied or extracted text from
        # running the title into its page number ("Peru5").
        canv.drawRightString(0, 0, f" {page}" if page else "")


class Contents(Flowable):
    """The table of contents: one row per entry, drawn by a Table it makes when wrapped (so it
    splits across pages as a table does). Empty until `fill` gives it the kit's entries."""

    def __init__(self, style: ParagraphStyle, table_style: TableStyle) -> None:
        super().__init__()
        self.style = style
        self.table_style = table_style
        self.lines: list[ContentsLine] = []
        self._table: Table | None = None

    def fill(self, entries: list[OutlineEntry], pagination: Pagination) -> None:
        self.lines = [ContentsLine(entry, self.style, pagination) for entry in entries]

    def wrap(self, avail_width, avail_height):
        if not self.lines:
            self.width, self.height = avail_width, 0
            return self.width, self.height
        rows = [[line] for line in self.lines]
        self._table = Table(rows, colWidths=(avail_width,), style=self.table_style)
        self.width, self.height = self._table.wrapOn(self.canv, avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        if self._table is None:
            return []
        return self._table.splitOn(self.canv, avail_width, avail_height)

    def drawOn(self, canvas, x, y, _sW=0):
        if self._table is not None:
            self._table.drawOn(canvas, x, y, _sW)


def fill_contents(story: list[Flowable], pagination: Pagination) -> None:
    """Give every Contents of the story the story's titled headings, in order."""
    entries = [
        entry
        for flowable in story
        if (entry := getattr(flowable, OUTLINE_ATTR, None)) is not None and entry.toc
    ]
    for flowable in story:
        if isinstance(flowable, Contents):
            flowable.fill(entries, pagination)
