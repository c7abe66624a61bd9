"""Pillow only: safe opening with limits, orientation, clean renditions."""

from mediakit.imaging.metadata import PhotoText, read_photo_text
from mediakit.imaging.renditions import (
    RenditionSpec,
    full_size_clean,
    render,
    render_bytes,
)
from mediakit.imaging.safe import MAX_PIXELS, image_format, image_info, normalise_mode, open_image

__all__ = [
    "MAX_PIXELS",
    "PhotoText",
    "RenditionSpec",
    "full_size_clean",
    "image_format",
    "image_info",
    "normalise_mode",
    "open_image",
    "read_photo_text",
    "render",
    "render_bytes",
]
