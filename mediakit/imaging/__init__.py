"""Pillow only: safe opening with limits, orientation, clean renditions.

Pillow loads with the first name that needs it (PEP 562): a command that only reads
renditions from the cache never loads it.
"""

from __future__ import annotations

import importlib

from mediakit.imaging.recipes import RenditionSpec

_LAZY = {
    "PhotoText": "metadata",
    "read_photo_text": "metadata",
    "full_size_clean": "renditions",
    "render": "renditions",
    "render_bytes": "renditions",
    "MAX_PIXELS": "safe",
    "image_format": "safe",
    "image_info": "safe",
    "normalise_mode": "safe",
    "open_image": "safe",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = ["RenditionSpec", *_LAZY]
