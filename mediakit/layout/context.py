"""What every section builder is handed: the kit, the theme and its styles, the page, the words."""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle

from mediakit.imaging import RenditionSpec
from mediakit.layout import kit_language
from mediakit.layout.geometry import Geometry
from mediakit.layout.images import PendingJpeg
from mediakit.layout.photo_source import PhotoSource
from mediakit.layout.text import font_markup
from mediakit.layout.theme import Theme, rl_color
from mediakit.model import Edition, KitContent, Photo


@dataclass(frozen=True, slots=True)
class Context:
    content: KitContent
    theme: Theme
    styles: Mapping[str, ParagraphStyle]
    geometry: Geometry
    photos: PhotoSource

    @property
    def language(self) -> str:
        return str(self.content.kit.language)

    @property
    def edition(self) -> Edition:
        return self.content.kit.options.edition

    @property
    def ppi(self) -> int:
        key = "ppi_print" if self.content.kit.options.print_ready else "ppi_screen"
        return self.theme.count("photos", key)

    def label(self, key: str, **values: object) -> str:
        return kit_language.label(self.language, key, **values)

    def date(self, value: str) -> str:
        return kit_language.format_date(self.language, value)

    def style(self, name: str) -> ParagraphStyle:
        return self.styles[name]

    def color(self, name: str) -> Color:
        return rl_color(self.theme, name)

    def inline(self, markup: str, style_name: str) -> str:
        """Markup set in another theme style's face, size and colour, inside a paragraph."""
        style = self.styles[style_name]
        color = "#" + style.textColor.hexval()[2:]
        return font_markup(markup, font=style.fontName, size=style.fontSize, color=color)

    def rendition(self, photo: Photo, width: float, height: float) -> PendingJpeg:
        """The photo's clean JPEG for a box of `width` x `height` points, at the edition's ppi,
        with its blur regions (faces of people at risk) blurred: asked for now (a source that
        can `start` one begins making it), read when the page is drawn."""
        spec = RenditionSpec(
            max_width=_pixels(width, self.ppi),
            max_height=_pixels(height, self.ppi),
            grayscale=self.content.kit.options.grayscale,
            blur=tuple(tuple(region) for region in photo.blur_regions),
        )
        start = getattr(self.photos, "start", None)
        if start is not None:
            start(photo.media_hash, spec)
        fetch = functools.partial(self.photos, photo.media_hash, spec)
        return PendingJpeg(fetch, photo.original_name or photo.media_hash)


def _pixels(points: float, ppi: int) -> int:
    return max(1, math.ceil(points / 72 * ppi - 1e-6))
