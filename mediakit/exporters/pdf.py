"""A kit's PDF checked by preflight: laid out, checked on its real photo sizes, and kept,
stopped, or rebuilt marked DRAFT (exporters.export writes it; the preview shows it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mediakit.exporters.fingerprint import build_fingerprint
from mediakit.exporters.renditions import source_for
from mediakit.exporters.watermark import DRAFT, with_watermark
from mediakit.imaging import RenditionSpec
from mediakit.layout import PhotoSource, build_pdf, handout_overflow, unprintable
from mediakit.library.builds import BuildCache
from mediakit.library.cache import RenditionCache
from mediakit.model import Edition, Finding, ItemKind, ItemRef, KitContent
from mediakit.preflight import has_errors, run_preflight


@dataclass(frozen=True)
class CheckedBuild:
    """A build and what preflight found; `pdf` is None when errors stopped it."""

    pdf: bytes | None
    findings: list[Finding]

    @property
    def stopped(self) -> bool:
        return self.pdf is None


def build_checked(
    content: KitContent,
    *,
    photos: PhotoSource | RenditionCache,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
    builds: BuildCache | None = None,
) -> CheckedBuild:
    """Lay the kit out, run preflight with the real placed photo sizes, and keep the PDF only
    if nothing is an error — or, with `force`, rebuild it under the DRAFT watermark.

    `photos` is usually the library's `cache`, whose renditions are then made in parallel;
    `builds` (usually `library.builds`) gives back the PDF of a kit built before with nothing changed since.
    Preflight always runs now: embargoes and ages depend on the clock, not on the layout."""
    laid = _lay_out(content, photos, progress, builds)
    findings = run_preflight(
        content,
        placements=laid.placements,
        overflow=laid.overflow,
        unprintable=laid.unprintable,
    )
    if not has_errors(findings):
        return CheckedBuild(laid.pdf, findings)
    if not force:
        return CheckedBuild(None, findings)
    draft = _lay_out(with_watermark(content, DRAFT), photos, progress, builds)
    return CheckedBuild(draft.pdf, findings)


@dataclass(frozen=True)
class LaidOut:
    """A layout's PDF and what preflight needs of it: placed photo sizes, handout overflow."""

    pdf: bytes
    placements: dict[int, tuple[float, float]]
    overflow: str
    # What the fonts cannot print as typed (layout.unprintable): kept with the build, so that a
    # rebuild from the build cache need not load ReportLab and the fonts to find it again.
    unprintable: tuple[tuple[ItemRef, str, str], ...] = ()

    def note(self) -> dict:
        placements = {str(k): list(v) for k, v in self.placements.items()}
        glyphs = [[ref.kind.value, ref.id, ref.label, a, b] for ref, a, b in self.unprintable]
        return {"placements": placements, "overflow": self.overflow, "unprintable": glyphs}

    @classmethod
    def from_note(cls, pdf: bytes, note: dict) -> LaidOut | None:
        try:
            placements = {int(k): (float(w), float(h)) for k, (w, h) in note["placements"].items()}
            glyphs = tuple(
                (ItemRef(ItemKind(kind), item_id, str(label)), str(a), str(b))
                for kind, item_id, label, a, b in note["unprintable"]
            )
            return cls(pdf, placements, str(note["overflow"]), glyphs)
        except (KeyError, TypeError, ValueError, AttributeError):
            return None


def _lay_out(
    content: KitContent,
    photos: PhotoSource | RenditionCache,
    progress: Callable[[int, int], None] | None,
    builds: BuildCache | None,
) -> LaidOut:
    fingerprint = build_fingerprint(content) if builds is not None else ""
    kept = builds.get(fingerprint) if builds is not None else None
    laid = LaidOut.from_note(*kept) if kept is not None else None
    if laid is not None:
        if progress is not None:
            progress(1, 1)
        return laid
    with source_for(photos) as source:
        source.prepare(content)
        pdf = build_pdf(content, photos=source, progress=progress)
        overflow = _overflow(content, source)
    laid = LaidOut(pdf, _placements(content, source.largest()), overflow, unprintable(content))
    if builds is not None:
        builds.put(fingerprint, pdf, laid.note())
    return laid


def _overflow(content: KitContent, photos: PhotoSource) -> str:
    """The layout's sentence on a handout that does not fit its two pages ('' if it does)."""
    if content.kit.options.edition is not Edition.HANDOUT:
        return ""
    return handout_overflow(content, photos)


def _placements(
    content: KitContent, asked: dict[str, RenditionSpec]
) -> dict[int, tuple[float, float]]:
    """Placed size in points of each photo, from the pixels the layout asked for."""
    ppi = 300 if content.kit.options.print_ready else 150
    placed = {}
    for photo in content.photos.values():
        spec = asked.get(photo.media_hash)
        if spec is not None:
            placed[photo.id] = (spec.max_width * 72 / ppi, spec.max_height * 72 / ppi)
    return placed
