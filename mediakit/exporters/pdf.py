"""Writing a kit's PDF: built from a snapshot, written to a temporary name, then renamed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mediakit.fsutil import write_atomic
from mediakit.layout import PhotoSource, build_pdf
from mediakit.model import KitContent


def export_pdf(
    content: KitContent,
    *,
    photos: PhotoSource,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Build the kit and put the PDF at `target`; a failed build leaves no file there."""
    data = build_pdf(content, photos=photos, progress=progress)
    write_atomic(Path(target), data)
    return Path(target)
