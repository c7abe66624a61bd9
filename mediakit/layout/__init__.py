"""The PDF layout: a kit snapshot in, PDF bytes out.

Importing this package imports neither ReportLab (loaded inside `build_pdf`) nor Qt, so the
GUI and CLI can name these types cheaply; a build can run on any thread or process.

It never reads the library: it is given an immutable kit and a way to get each photo's
rendition. ReportLab's and pypdf's private names are used only in `private_api`.

May import: model, imaging, fsutil, paths, tuning (and ReportLab, pypdf).
"""

from __future__ import annotations

from collections.abc import Callable

from mediakit.layout.photo_source import PhotoSource
from mediakit.model import ItemRef, KitContent

# (done, total), rising; called from the building thread.
BuildProgress = Callable[[int, int], None]


def build_pdf(
    content: KitContent,
    *,
    photos: PhotoSource,
    progress: BuildProgress | None = None,
) -> bytes:
    """Lay out the kit and return the PDF.

    Edition (press kit, handout, booklet imposed two-up), paper, grayscale, print-ready
    (bleed, crop marks, page boxes) and watermark come from `content.kit.options`, the words
    and dates from `content.kit.language`. Each photo is asked of `photos` at its placed size
    (150 ppi, 300 for print) and only those bytes reach the PDF. The same content always gives
    the same bytes. A handout whose fixed parts overflow is still built in full: ask
    `handout_overflow` before exporting one. The kit is laid out in a single pass: page
    numbers that depend on later pages ("of M", the contents) are filled in as it is saved.
    """
    return _build_module().build(content, photos, progress)


def handout_overflow(content: KitContent, photos: PhotoSource) -> str:
    """'' when the kit's handout fits its pages, else a sentence saying what to cut.

    The handout cuts its story's opening at a paragraph's end to fit; its title, standfirst,
    photo, key figures and contact are never cut. When those and the first paragraph need
    more pages than a handout may have, this says so (for preflight's `overflow`). The kit is
    measured as a handout whatever its edition option says.
    """
    from dataclasses import replace

    from mediakit.model import Edition

    build = _build_module()
    from mediakit.layout.handout import handout_overflow as overflow

    options = replace(content.kit.options, edition=Edition.HANDOUT)
    kit = replace(content.kit, options=options)
    return overflow(build.make_context(replace(content, kit=kit), photos))


def unprintable(content: KitContent) -> tuple[tuple[ItemRef, str, str], ...]:
    """What the kit's fonts cannot print as typed, for preflight: (item, the character, what
    prints instead, '' when nothing does) wherever a reader would notice (an emoji left out,
    a check printed as a bullet); quiet stand-ins (● as •, − as –) are not listed."""
    return _build_module().unprintable(content)


def _build_module():
    """mediakit.layout.build, with ReportLab's platypus imported the fast way first."""
    from mediakit.layout import platypus_import

    platypus_import.load()
    from mediakit.layout import build

    return build


__all__ = [
    "BuildProgress",
    "PhotoSource",
    "build_pdf",
    "handout_overflow",
    "unprintable",
]
