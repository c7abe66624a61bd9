"""QR codes a phone reads: ReportLab's own QR widget, with its quiet zone on a white ground,
and the address printed under it for readers without a phone camera."""

from __future__ import annotations

import itertools
import re

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from mediakit.layout.context import Context
from mediakit.layout.paragraph import Paragraph
from mediakit.layout.private_api import qr_rows
from mediakit.layout.tagging import Tagged, tag
from mediakit.layout.text import escape_text, safe_href, text_markup

# Error correction M (15 %) survives a smudge or a fold; the quiet zone is the standard four
# modules.
_LEVEL = "M"
_QUIET_MODULES = 4
_OVERLAP = 1.05
# "https:", "mailto:", "javascript:"... (but not "iom.int:8080", a host and its port)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(?!\d)")


def qr_modules(url: str) -> list[list[bool]]:
    """The code's modules, row by row (True: dark), kept between runs (see layout.disk_cache)."""
    from mediakit.layout.disk_cache import QR_MODULES

    rows = QR_MODULES.get(f"{_LEVEL}:{url}", lambda: _encode(url))
    return [[cell == "1" for cell in row] for row in rows]


def _encode(url: str) -> list[str]:
    return ["".join("1" if module else "0" for module in row) for row in qr_rows(url, _LEVEL)]


class QrCode(Tagged, Flowable):
    """A size x size QR code of `url`, quiet zone included: dark modules on a white ground.

    Encoded once with ReportLab's own QR encoder; each run of dark modules in a row is one
    rectangle, drawn straight on the canvas (a drawing per module would be slow and heavy).
    """

    def __init__(self, url: str, size: float, color: Color, ground: Color) -> None:
        super().__init__()
        self.url = url
        self.width = self.height = size
        self.color, self.ground = color, ground
        self.hAlign = "LEFT"
        self.modules = qr_modules(url)
        tag(self, "Figure", alt=url)  # what a reader without a camera needs is the address

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        canv, count = self.canv, len(self.modules) + 2 * _QUIET_MODULES
        module = self.width / count
        canv.saveState()
        canv.setFillColor(self.ground)
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canv.setFillColor(self.color)
        for r, row in enumerate(self.modules):
            y = self.height - (r + _QUIET_MODULES + 1) * module
            column = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    x = (column + _QUIET_MODULES) * module
                    # A hair taller than a module: no seams between rows in any viewer.
                    canv.rect(x, y, length * module, module * _OVERLAP, stroke=0, fill=1)
                column += length
        canv.restoreState()


def qr_code(url: str, ctx: Context, size: float) -> QrCode:
    return QrCode(url, size, ctx.color("text"), ctx.color("white"))


def short_url(url: str) -> str:
    """'https://www.iom.int/news/x/' -> 'iom.int/news/x': what a reader types."""
    text = url.strip()
    for prefix in ("https://", "http://"):
        text = text.removeprefix(prefix)
    return text.removeprefix("www.").rstrip("/")


def link_url(url: str) -> str | None:
    """The address to encode: the URL if it is a web link, or a bare domain made one."""
    url = url.strip()
    if not url:
        return None
    href = safe_href(url) if _SCHEME.match(url) else safe_href(f"https://{url}")
    return href if href and href.startswith(("http://", "https://")) else None


def qr_cell(
    url: str,
    ctx: Context,
    *,
    title: str = "",
    size: float | None = None,
    style: str = "qr_caption",
) -> list[Flowable]:
    """[QR code, '<b>title</b><br/>short url']: a code with its words under it."""
    size = size or ctx.theme.length("qr", "size")
    caption = escape_text(short_url(url))
    if title.strip():
        caption = f"<b>{text_markup(title)}</b><br/>{caption}"
    return [qr_code(url, ctx, size), Paragraph(caption, ctx.style(style))]
