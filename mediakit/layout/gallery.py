"""The photo gallery: real photos in justified rows, empty slots small and together at the end.

Each row's photos share one height and together fill the frame's width; the rows are cut so
that their heights come as close as they can to the theme's target. Portraits sit beside
landscapes at the same height instead of towering alone, and no photo is left alone at the
end.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from mediakit.layout.context import Context
from mediakit.layout.images import PhotoGroup
from mediakit.layout.paragraph import Paragraph
from mediakit.layout.photos import caption_paragraph, photo_cell
from mediakit.layout.text import escape_text
from mediakit.model import Photo

# Row targets tried between the theme's target and its ceiling.
_FILL_STEPS = 6
# Rows fill at most this share of the room they are given: estimates are a little short.
_SAFETY = 0.97


def gallery_flowables(photos: list[Photo], ctx: Context, room: float) -> list[Flowable]:
    """Rows of real photos, then the photos still to come, three across and small.

    When the photos fit the `room` left on the gallery's first page at more than the target
    height, their rows grow (up to the theme's ceiling) to fill it."""
    real = [p for p in photos if p.has_image]
    waiting = _waiting_flow([p for p in photos if not p.has_image], ctx, with_label=bool(real))
    width = ctx.geometry.frame_width
    room -= sum(f.wrap(width, 1e9)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in waiting)
    rows, cap = _rows_filling(real, ctx, room * _SAFETY)
    return [*(_row(row, ctx, cap) for row in rows), *waiting]


def _waiting_flow(photos: list[Photo], ctx: Context, with_label: bool) -> list[Flowable]:
    """The photos still to come: small slots three across, under a label after real ones."""
    if not photos:
        return []
    flow: list[Flowable] = []
    if with_label:
        label = escape_text(ctx.label("photos_to_come"))
        flow.append(Paragraph(label, ctx.style("gallery_subhead")))
    return flow + _slot_rows(photos, ctx)


def _rows_filling(
    photos: list[Photo], ctx: Context, room: float
) -> tuple[list[list[Photo]], float]:
    """Rows, and the height no row may pass: the tallest target between the theme's and its
    ceiling that keeps the rows within `room`; else rows at the theme's target, no taller
    than keeps them in `room` (but never lower than the target)."""
    frame = ctx.geometry.frame_height
    low = frame * ctx.theme.number("gallery", "row_height")
    ceiling = frame * ctx.theme.number("gallery", "max_row_height")
    for step in range(_FILL_STEPS, 0, -1):
        rows = justified_rows(photos, ctx, low + (ceiling - low) * step / _FILL_STEPS)
        if _estimated_height(rows, ctx, ceiling) <= room:
            return rows, ceiling
    rows = justified_rows(photos, ctx, low)
    bottom, top = low, ceiling
    for _ in range(10):
        middle = (bottom + top) / 2
        bottom, top = (
            (middle, top) if _estimated_height(rows, ctx, middle) <= room else (bottom, middle)
        )
    return rows, bottom


def _estimated_height(rows: list[list[Photo]], ctx: Context, cap: float) -> float:
    """The rows' height (photos, tallest caption, gap) without asking for the photos."""
    total = 0.0
    for row in rows:
        height = min(row_height(row, ctx), cap)
        captions = [(p, caption_paragraph(p, ctx)) for p in row]
        tallest = max(
            (c.wrap(p.aspect * height, 1e9)[1] for p, c in captions if c is not None),
            default=0.0,
        )
        gaps = ctx.style("caption").spaceBefore + ctx.theme.length("gallery", "row_gap")
        total += height + tallest + gaps
    return total


def justified_rows(photos: list[Photo], ctx: Context, target: float) -> list[list[Photo]]:
    """Photos cut, in order, into rows whose heights across the frame come closest to
    `target` (least squares over every way of cutting: a few photos, a tiny search)."""
    most = ctx.theme.count("gallery", "max_per_row")
    # best[i]: (cost, cut) of the photos before i; cut is where the last row starts.
    best: list[tuple[float, int]] = [(0.0, 0)]
    for end in range(1, len(photos) + 1):
        options = [
            (best[start][0] + (row_height(photos[start:end], ctx) - target) ** 2, start)
            for start in range(max(0, end - most), end)
        ]
        best.append(min(options))
    rows: list[list[Photo]] = []
    end = len(photos)
    while end:
        start = best[end][1]
        rows.insert(0, photos[start:end])
        end = start
    return rows


def row_height(row: list[Photo], ctx: Context) -> float:
    """The height at which the row's photos, side by side, fill the frame's width."""
    gutters = ctx.geometry.gutter * (len(row) - 1)
    return (ctx.geometry.frame_width - gutters) / sum(p.aspect for p in row)


def _row(row: list[Photo], ctx: Context, cap: float) -> PhotoGroup:
    geometry = ctx.geometry
    height = min(row_height(row, ctx), cap)
    cells, x = [], 0.0
    for photo in row:
        cell = photo_cell(photo, ctx, photo.aspect * height, height, x=x)
        cells.append(cell)
        x += cell.picture.width + geometry.gutter
    return _group(cells, ctx)


def _slot_rows(photos: list[Photo], ctx: Context) -> list[Flowable]:
    geometry, theme = ctx.geometry, ctx.theme
    columns = theme.count("gallery", "slot_columns")
    width = geometry.split(columns)
    height = theme.length("photos", "slot_max_height")
    rows = []
    for start in range(0, len(photos), columns):
        chunk = photos[start : start + columns]
        cells = [
            photo_cell(p, ctx, width, height, x=i * (width + geometry.gutter))
            for i, p in enumerate(chunk)
        ]
        rows.append(_group(cells, ctx))
    return rows


def _group(cells, ctx: Context) -> PhotoGroup:
    return PhotoGroup(
        cells,
        caption_gap=ctx.style("caption").spaceBefore,
        space_after=ctx.theme.length("gallery", "row_gap"),
        page_height=ctx.geometry.frame_height,
    )
