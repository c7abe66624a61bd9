"""Page geometry: paper size, margins and the column grid, in points, recomputed per paper.

Every length is measured from the trim edge. A print-ready PDF adds a slug around each page
(the bleed, then the crop marks): the trim box sits `slug` points in from the media box, and
drawing happens in trim coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from mediakit.layout.theme import Theme
from mediakit.model import Edition, Paper

MM = 72 / 25.4
# Trim sizes in millimetres; everything else is measured from these edges.
PAPER_MM: dict[Paper, tuple[float, float]] = {
    Paper.A4: (210.0, 297.0),
    Paper.LETTER: (215.9, 279.4),
}


@dataclass(frozen=True, slots=True)
class Geometry:
    """One page size laid out with the theme's margins and grid (all in points).

    `left` and `right` are the margins of a right-hand page; a facing (booklet) page on the
    left mirrors them, so the inner margin is always at the fold.
    """

    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float
    footer_y: float
    columns: int
    gutter: float
    facing: bool = False
    bleed: float = 0.0
    slug: float = 0.0

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom

    @property
    def column(self) -> float:
        return (self.frame_width - self.gutter * (self.columns - 1)) / self.columns

    @property
    def media_size(self) -> tuple[float, float]:
        """The PDF page: the trim size and the slug around it."""
        return self.width + 2 * self.slug, self.height + 2 * self.slug

    def trim_box(self) -> tuple[float, float, float, float]:
        s = self.slug
        return s, s, s + self.width, s + self.height

    def bleed_box(self) -> tuple[float, float, float, float]:
        s, b = self.slug, self.bleed
        return s - b, s - b, s + self.width + b, s + self.height + b

    def margins_on(self, page: int) -> tuple[float, float]:
        """(left, right) margins of page `page` (1-based): mirrored on left-hand pages."""
        if self.facing and page % 2 == 0:
            return self.right, self.left
        return self.left, self.right

    def span(self, columns: int) -> float:
        """The width of `columns` grid columns and the gutters between them."""
        columns = max(0, min(columns, self.columns))
        return self.column * columns + self.gutter * max(0, columns - 1)

    def offset(self, columns: int) -> float:
        """How far in from the margin column `columns + 1` starts."""
        return self.span(columns) + self.gutter if columns > 0 else 0.0

    def split(self, count: int, width: float | None = None) -> float:
        """The width of each of `count` equal cells across `width`, gutters between them."""
        width = self.frame_width if width is None else width
        return (width - self.gutter * (count - 1)) / count


def trim_size(paper: Paper, edition: Edition) -> tuple[float, float]:
    """The page's trim size in points: the paper, or for the booklet half of it (A5 from
    A4, half-letter from Letter), two of which fill one landscape sheet."""
    width_mm, height_mm = PAPER_MM.get(paper, PAPER_MM[Paper.A4])
    if edition is Edition.BOOKLET:
        width_mm, height_mm = height_mm / 2, width_mm
    return width_mm * MM, height_mm * MM


def page_geometry(
    theme: Theme,
    paper: Paper,
    edition: Edition = Edition.PRESS,
    *,
    print_ready: bool = False,
) -> Geometry:
    width, height = trim_size(paper, edition)
    facing = edition is Edition.BOOKLET
    geometry = Geometry(
        width=width,
        height=height,
        left=theme.length("page", "margin_inner" if facing else "margin_outer"),
        right=theme.length("page", "margin_outer"),
        top=theme.length("page", "margin_top"),
        bottom=theme.length("page", "margin_bottom"),
        footer_y=theme.length("page", "footer_baseline"),
        columns=theme.count("page", "columns"),
        gutter=theme.length("page", "gutter"),
        facing=facing,
    )
    if not print_ready:
        return geometry
    return replace(geometry, bleed=theme.length("print", "bleed"), slug=_slug(theme, edition))


def _slug(theme: Theme, edition: Edition) -> float:
    """Booklet pages carry only their bleed: the crop marks go round the imposed sheet."""
    if edition is Edition.BOOKLET:
        return theme.length("print", "bleed")
    return theme.length("print", "slug")
