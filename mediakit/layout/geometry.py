"""Page geometry: paper size, margins and the column grid, in points, recomputed per paper."""

from __future__ import annotations

from dataclasses import dataclass

from mediakit.layout.theme import Theme
from mediakit.model import Paper

MM = 72 / 25.4
# Trim sizes in millimetres; everything else is measured from these edges.
PAPER_MM: dict[Paper, tuple[float, float]] = {
    Paper.A4: (210.0, 297.0),
    Paper.LETTER: (215.9, 279.4),
}


@dataclass(frozen=True, slots=True)
class Geometry:
    """One paper size laid out with the theme's margins and grid (all in points)."""

    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float
    footer_y: float
    columns: int
    gutter: float

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom

    @property
    def column(self) -> float:
        return (self.frame_width - self.gutter * (self.columns - 1)) / self.columns

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


def page_geometry(theme: Theme, paper: Paper) -> Geometry:
    width_mm, height_mm = PAPER_MM.get(paper, PAPER_MM[Paper.A4])
    return Geometry(
        width=width_mm * MM,
        height=height_mm * MM,
        left=theme.length("page", "margin_outer"),
        right=theme.length("page", "margin_outer"),
        top=theme.length("page", "margin_top"),
        bottom=theme.length("page", "margin_bottom"),
        footer_y=theme.length("page", "footer_baseline"),
        columns=theme.count("page", "columns"),
        gutter=theme.length("page", "gutter"),
    )
