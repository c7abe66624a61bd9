"""Image formats beyond Pillow's own: HEIC through pillow-heif, registered once on demand."""

from __future__ import annotations

import functools


@functools.cache
def register_extra_formats() -> bool:
    """Teach Pillow to open HEIC/HEIF (iPhone photos). Idempotent; False if unavailable."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:
        return False
    register_heif_opener()
    return True
