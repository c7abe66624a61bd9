"""The PDF layout: a kit snapshot in, PDF bytes out.

Importing this package imports neither ReportLab (loaded inside `build_pdf`) nor Qt, so the
GUI and CLI can name these types cheaply; a build can run on any thread or process.
"""

from __future__ import annotations

from collections.abc import Callable

from mediakit.imaging import RenditionSpec
from mediakit.model import KitContent

# (media_hash, spec) -> a clean JPEG of the photo, already free of metadata.
PhotoSource = Callable[[str, RenditionSpec], bytes]
# (done, total), rising; called from the building thread.
BuildProgress = Callable[[int, int], None]


def build_pdf(
    content: KitContent,
    *,
    photos: PhotoSource,
    progress: BuildProgress | None = None,
) -> bytes:
    """Lay out the kit and return the PDF.

    Paper, edition and colour come from `content.kit.options`. Each photo is asked of `photos`
    at its placed size (150 ppi, 300 for print) and only those bytes reach the PDF. The same
    content always gives the same bytes.
    """
    from mediakit.layout.build import build

    return build(content, photos, progress)


__all__ = ["BuildProgress", "PhotoSource", "build_pdf"]
