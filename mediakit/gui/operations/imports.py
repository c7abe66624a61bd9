"""Importing files (dropped on the window or chosen in File ▸ Import). Never touch widgets here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mediakit.edits import Changes, import_paths
from mediakit.edits.import_report import STORED_NOTHING, FileReport
from mediakit.edits.importing import ImportControl
from mediakit.edits.pasting import Pasted, import_pasted
from mediakit.gui.lanes import LibrarySession
from mediakit.gui.operations import CatalogOp
from mediakit.model.kinds import LIBRARY_KINDS


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """Each file's report, in the order given, and what the import changed in the library."""

    reports: list[FileReport]
    changes: Changes


def import_files(
    *, paths: list[Path], control: ImportControl | None = None
) -> CatalogOp[ImportOutcome]:
    """Import every file, one undo step each; a file that cannot be read is refused whole.
    With `control`, the import tells its progress and can be cancelled between two files."""

    def body(session: LibrarySession) -> ImportOutcome:
        library = session.library
        reports = import_paths(
            session.history, list(paths), media=library.media, cache=library.cache, control=control
        )
        return _outcome(reports)

    return CatalogOp(body, label="Import")


def import_clipboard(
    *, pasted: Pasted, control: ImportControl | None = None
) -> CatalogOp[ImportOutcome]:
    """Import what was pasted or dropped (a web page's selection, text or an image) as one
    story or photo, read as a saved page, a text file or a photo file would be."""

    def body(session: LibrarySession) -> ImportOutcome:
        library = session.library
        reports = import_pasted(
            session.history, pasted, media=library.media, cache=library.cache, control=control
        )
        return _outcome(reports)

    return CatalogOp(body, label="Paste")


def _outcome(reports: list[FileReport]) -> ImportOutcome:
    changes = Changes()
    if any(report.result.status not in STORED_NOTHING for report in reports):
        for kind in LIBRARY_KINDS:
            changes |= Changes.of(kind)
    return ImportOutcome(reports, changes)
