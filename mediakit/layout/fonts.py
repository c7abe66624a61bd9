"""Registering the theme's fonts with ReportLab: once, idempotently, on demand."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics

from mediakit.layout import disk_cache
from mediakit.layout.theme import Theme, font_key, load_theme
from mediakit.paths import asset

_lock = threading.Lock()

# For a paragraph set in a face: the faces its <b>, <i> and <b><i> switch to.
# The regular family is registered last so bold and italic faces map back to it.
_FAMILIES = (
    ("semibold", ("semibold", "bold", "semibold_italic", "bold_italic")),
    ("regular", ("regular", "bold", "italic", "bold_italic")),
)


def register_fonts(theme: Theme | None = None) -> None:
    """Register every face of the theme (TrueType: embedded and subset) and its <b>/<i> family.

    Safe to call any number of times, from any thread. Without a theme: the default one.
    """
    theme = theme or load_theme()
    with _lock:
        for faces in theme.fonts.values():
            for filename in faces.values():
                _register_face(filename)
            _register_families(faces)


def _register_face(filename: str) -> None:
    name = font_key(filename)
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(disk_cache.lazy_font(name, asset("fonts", filename)))


def _register_families(faces) -> None:
    for base, members in _FAMILIES:
        if base not in faces:
            continue
        normal, bold, italic, bold_italic = (_face_or_fallback(faces, face) for face in members)
        pdfmetrics.registerFontFamily(
            normal, normal=normal, bold=bold, italic=italic, boldItalic=bold_italic
        )


def _face_or_fallback(faces, face: str) -> str:
    """A family without a bold italic (Noto Serif here) uses its bold instead."""
    return font_key(faces.get(face) or faces.get("bold") or faces["regular"])
