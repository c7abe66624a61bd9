"""A PDF page's words in the order a reader reads them: lines built from words where they
stand, one column or two (the gutter found as the band no text line crosses), and the lines
every page repeats at the same place (running heads, page numbers) found for dropping."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

MARGIN = 0.13  # running heads and page numbers stand in this share of the page, top or bottom
MIN_GUTTER = 5.0  # points
MIN_COLUMN_ROWS = 4
PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:page|página|pág\.?|p\.|seite)?\s*\d{1,4}"
    r"(?:\s*(?:/|of|de|sur|von)\s*\d{1,4})?[-–—\s]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PageLine:
    """A word, or a line of words, where it stands on its page (points, top down)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    page: int
    column: int = 0  # 0: the page's whole width (or one column), 1: left, 2: right
    ends_short: bool = False  # stops well before its column's right edge


def reading_order(words: list[PageLine], width: float, height: float) -> list[PageLine]:
    """The page's lines in reading order: across the page where a line spans it, else down
    the left column, then down the right one."""
    if not words:
        return []
    gutter = _gutter(words, width)
    lines: list[PageLine] = []
    for row in _rows(words):
        if gutter is None or any(w.x0 < gutter < w.x1 for w in row):
            lines.append(_line(row, 0))
            continue
        left = [w for w in row if w.x1 <= gutter]
        right = [w for w in row if w.x0 >= gutter]
        lines += [_line(part, column) for part, column in ((left, 1), (right, 2)) if part]
    return _ordered(_with_short_ends(lines))


def _rows(words: list[PageLine]) -> list[list[PageLine]]:
    """Words on the same baseline (within a third of their size), left to right."""
    rows: list[list[PageLine]] = []
    for word in sorted(words, key=lambda w: (w.bottom, w.x0)):
        if rows and abs(rows[-1][0].bottom - word.bottom) <= max(word.size, 1.0) / 3:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [part for row in rows for part in _lanes(sorted(row, key=lambda w: w.x0))]


def _lanes(row: list[PageLine]) -> list[list[PageLine]]:
    """A row cut where a word set much larger stands well apart from its neighbour: a key
    figure's number beside the lines of its label shares a baseline with one of them but is
    not one line with it."""
    parts = [[row[0]]]
    for before, word in zip(row, row[1:], strict=False):
        small, large = sorted((before.size, word.size))
        if large > small * 1.6 and word.x0 - before.x1 > small:
            parts.append([word])
        else:
            parts[-1].append(word)
    return parts


def _line(words: list[PageLine], column: int) -> PageLine:
    sizes: dict[float, int] = {}
    for word in words:
        sizes[word.size] = sizes.get(word.size, 0) + len(word.text)
    bold = sum(len(w.text) for w in words if w.bold) * 2 > sum(len(w.text) for w in words)
    return PageLine(
        text=" ".join(w.text for w in words),
        x0=min(w.x0 for w in words),
        x1=max(w.x1 for w in words),
        top=min(w.top for w in words),
        bottom=max(w.bottom for w in words),
        size=max(sizes, key=sizes.get),
        bold=bold,
        page=words[0].page,
        column=column,
    )


def _gutter(words: list[PageLine], width: float) -> float | None:
    """The middle of the widest band in the page's middle half that no word of the text's
    size touches, with at least MIN_COLUMN_ROWS lines of text on either side; None for a
    page of one column."""
    counts: dict[float, int] = {}
    for word in words:
        counts[word.size] = counts.get(word.size, 0) + len(word.text)
    body = max(counts, key=counts.get)
    text = [w for w in words if abs(w.size - body) < 0.6]
    low, high = int(width * 0.25), int(width * 0.75)
    covered = [False] * (high - low)
    for word in text:
        for x in range(max(low, int(word.x0)), min(high, int(word.x1) + 1)):
            covered[x - low] = True
    best, start = (0, 0), None
    for index, used in enumerate([*covered, True]):
        if not used and start is None:
            start = index
        elif used and start is not None:
            best = max(best, (index - start, start))
            start = None
    run, begin = best
    if run < MIN_GUTTER:
        return None
    middle = low + begin + run / 2
    left = {round(w.bottom) for w in text if w.x1 <= middle}
    right = {round(w.bottom) for w in text if w.x0 >= middle}
    if len(left) < MIN_COLUMN_ROWS or len(right) < MIN_COLUMN_ROWS:
        return None
    return middle


def _with_short_ends(lines: list[PageLine]) -> list[PageLine]:
    """Each line marked when it ends well before its column's right edge (a paragraph's last
    line)."""
    edges: dict[int, tuple[float, float]] = {}
    for line in lines:
        left, right = edges.get(line.column, (line.x0, line.x1))
        edges[line.column] = (min(left, line.x0), max(right, line.x1))
    marked = []
    for line in lines:
        left, right = edges[line.column]
        marked.append(replace(line, ends_short=line.x1 < right - 0.15 * (right - left)))
    return marked


def _ordered(lines: list[PageLine]) -> list[PageLine]:
    """Top to bottom; between two lines that span the page, the left column's lines before
    the right's."""
    ordered: list[PageLine] = []
    band: list[PageLine] = []

    def flush() -> None:
        ordered.extend(sorted(band, key=lambda line: (line.column, line.top)))
        band.clear()

    for line in sorted(lines, key=lambda line: (line.top, line.x0)):
        if line.column == 0:
            flush()
            ordered.append(line)
        else:
            band.append(line)
    flush()
    return ordered


def running_lines(pages: list[list[PageLine]], heights: list[float]) -> set[int]:
    """The ids of lines to drop: those in the top or bottom margin that repeat (numbers aside)
    at the same height on at least half the pages (two at least), and page numbers there."""
    places: dict[str, list[tuple[int, float]]] = {}
    marginal: list[tuple[PageLine, str]] = []
    for number, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        for line in lines:
            if line.top > height * MARGIN and line.bottom < height * (1 - MARGIN):
                continue
            key = re.sub(r"\d+", "#", " ".join(line.text.casefold().split()))
            places.setdefault(key, []).append((number, line.top))
            marginal.append((line, key))
    needed = max(2, (len(pages) + 1) // 2)
    dropped = set()
    for line, key in marginal:
        same_place = {page for page, top in places[key] if abs(top - line.top) <= 4}
        if len(same_place) >= needed or PAGE_NUMBER.match(line.text):
            dropped.add(id(line))
    return dropped
