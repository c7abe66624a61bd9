"""Image formats beyond Pillow's own: HEIC through pillow-heif, registered once on demand."""

from __future__ import annotations

import functools


def register_formats_for(data: bytes) -> None:
    """Make sure Pillow can open `data`: HEIC/HEIF files (an ISO media file: "ftyp" at byte 4)
    need pillow-heif, whose import costs ~35 ms, so only they load it."""
    if data[4:8] == b"ftyp":
        register_extra_formats()


@functools.cache
def register_extra_formats() -> bool:
    """Teach Pillow to open HEIC/HEIF (iPhone photos). Idempotent; False if unavailable."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:
        return False
    register_heif_opener()
    return True
