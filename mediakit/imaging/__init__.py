"""Pillow only: safe opening with limits, orientation, clean renditions."""

from mediakit.imaging.renditions import RenditionSpec, image_size, render, render_bytes
from mediakit.imaging.safe import MAX_PIXELS, image_format, normalise_mode, open_image

__all__ = [
    "MAX_PIXELS",
    "RenditionSpec",
    "image_format",
    "image_size",
    "normalise_mode",
    "open_image",
    "render",
    "render_bytes",
]
