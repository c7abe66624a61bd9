"""One export of a kit, the same from the command line and the app.

An export is the kit's PDF, its HTML twin, its photo pack or its bundle: the export's own
choices applied to the kit (edition, paper, language, colour, print, watermark), preflight for
a PDF or the HTML twin (its errors stop it, or with `force` it is marked DRAFT), and the file
written to a temporary name and renamed, so that the target is whole or not there at all. It runs on any thread and touches
no widget; a cancel between two steps leaves nothing behind.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from mediakit.exporters.watermark import watermark_text, with_watermark
from mediakit.fsutil import atomic_writer
from mediakit.model import (
    Contact,
    Edition,
    Finding,
    KitContent,
    Language,
    MediakitError,
    Office,
    Paper,
)
from mediakit.preflight import has_errors

if TYPE_CHECKING:  # the layout (ReportLab) loads only when a PDF is exported
    from mediakit.layout import PhotoSource
    from mediakit.library.builds import BuildCache
    from mediakit.library.cache import RenditionCache
    from mediakit.library.media import MediaStore

Progress = Callable[[int, int], None]


class ExportKind(enum.Enum):
    PDF = "pdf"
    HTML = "html"  # the accessible HTML twin (exporters.html)
    PHOTO_PACK = "photo pack"
    BUNDLE = "bundle"


class ExportCancelled(MediakitError):
    """The export was stopped on request; nothing was written."""

    def __init__(self) -> None:
        super().__init__("the export was cancelled; nothing was saved")


@dataclass(frozen=True)
class ExportRequest:
    """What to export and where. `content` is the kit as the catalog has it; the choices apply
    to this export only (None keeps the kit's own setting). `watermark` is "", "draft" or
    "embargoed"; `force` writes a PDF despite preflight errors, marked DRAFT."""

    content: KitContent
    target: Path
    kind: ExportKind = ExportKind.PDF
    edition: Edition | None = None
    paper: Paper | None = None
    language: Language | None = None
    grayscale: bool | None = None
    print_ready: bool | None = None
    watermark: str = ""
    force: bool = False
    # a bundle only: the library's field offices and their contacts the kit lacks
    offices: tuple[Office, ...] = ()
    office_contacts: tuple[Contact, ...] = ()

    def prepared(self) -> KitContent:
        """The content as this export shows it. An embargo watermark on a kit with no
        embargo is refused (BadInputError)."""
        kit = self.content.kit.for_build(
            edition=self.edition,
            paper=self.paper,
            grayscale=self.grayscale,
            print_ready=self.print_ready,
            language=self.language,
        )
        content = dataclasses.replace(self.content, kit=kit)
        if not self.watermark:
            return content
        return with_watermark(content, watermark_text(content, self.watermark))


@dataclass(frozen=True)
class ExportResult:
    """What an export did: the file written (None when preflight's errors stopped a PDF), what
    preflight found, and whether the PDF went out marked DRAFT despite errors."""

    target: Path | None
    findings: list[Finding] = dataclasses.field(default_factory=list)
    forced: bool = False

    @property
    def stopped(self) -> bool:
        return self.target is None


def export(
    request: ExportRequest,
    *,
    photos: PhotoSource | RenditionCache | None = None,
    media: MediaStore | None = None,
    builds: BuildCache | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Make the export `request` asks for and put it at its target.

    A PDF needs `photos` (usually the library's rendition cache; `builds` gives back the PDF
    of a kit built before with nothing changed since); a photo pack or a bundle needs the
    library's `media`. `progress` hears (done, total) as the work goes on. `cancelled` is
    asked between steps and at every progress report; once it answers True the export raises
    ExportCancelled and leaves neither the target nor a temporary file. Never touch widgets
    in any of these callables: they are called on the export's thread."""
    check = _checker(cancelled)
    step = _stepper(progress, check) if progress is not None or cancelled is not None else None
    content = request.prepared()
    check()
    if request.kind is ExportKind.PDF:
        return _export_pdf(request, content, photos=photos, builds=builds, step=step, check=check)
    if request.kind is ExportKind.HTML:
        return _export_html(request, content, photos=photos, step=step, check=check)
    entries = _archive_entries(request, content, media=media, step=step)
    check()
    from mediakit.exporters.archive import write_zip

    _write(request.target, lambda handle: write_zip(handle, entries), check)
    return ExportResult(request.target)


def _export_pdf(
    request: ExportRequest,
    content: KitContent,
    *,
    photos: PhotoSource | RenditionCache | None,
    builds: BuildCache | None,
    step: Progress | None,
    check: Callable[[], None],
) -> ExportResult:
    from mediakit.exporters.pdf import build_checked  # ReportLab loads only for a PDF

    checked = build_checked(
        content, photos=photos, force=request.force, progress=step, builds=builds
    )
    if checked.stopped:
        return ExportResult(None, checked.findings)
    check()
    _write(request.target, lambda handle: handle.write(checked.pdf), check)
    return ExportResult(request.target, checked.findings, forced=has_errors(checked.findings))


def _export_html(
    request: ExportRequest,
    content: KitContent,
    *,
    photos: PhotoSource | RenditionCache | None,
    step: Progress | None,
    check: Callable[[], None],
) -> ExportResult:
    from mediakit.exporters.html import build_checked_html

    checked = build_checked_html(content, photos=photos, force=request.force, progress=step)
    if checked.stopped:
        return ExportResult(None, checked.findings)
    check()
    _write(request.target, lambda handle: handle.write(checked.html), check)
    return ExportResult(request.target, checked.findings, forced=has_errors(checked.findings))


def kind_for(target: Path) -> ExportKind:
    """What a kit build writes to `target`, by its extension: HTML for .html/.htm, else PDF."""
    return ExportKind.HTML if Path(target).suffix.lower() in (".html", ".htm") else ExportKind.PDF


def _archive_entries(
    request: ExportRequest,
    content: KitContent,
    *,
    media: MediaStore | None,
    step: Progress | None,
) -> list[tuple[str, bytes]]:
    if request.kind is ExportKind.PHOTO_PACK:
        from mediakit.exporters.photopack import photo_pack_entries

        return photo_pack_entries(content, media=media, target=request.target, progress=step)
    from mediakit.exporters.bundle import bundle_entries

    return bundle_entries(
        content,
        media=media,
        progress=step,
        offices=request.offices,
        office_contacts=request.office_contacts,
    )


def _write(target: Path, write: Callable[[BinaryIO], object], check: Callable[[], None]) -> None:
    """Write through a temporary file beside `target`, renamed into place at the end."""
    with atomic_writer(Path(target)) as handle:
        write(handle)
        check()  # the last moment a cancel can come: the file is not in place yet


def _checker(cancelled: Callable[[], bool] | None) -> Callable[[], None]:
    def check() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled()

    return check


def _stepper(progress: Progress | None, check: Callable[[], None]) -> Progress:
    def step(done: int, total: int) -> None:
        check()
        if progress is not None:
            progress(done, total)

    return step
