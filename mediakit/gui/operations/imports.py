"""Importing files (dropped on the window or chosen in File ▸ Import). Never touch widgets here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mediakit.edits import Changes, import_paths
from mediakit.edits.import_report import REFUSED, FileReport
from mediakit.gui.lanes import LibrarySession
from mediakit.gui.operations import CatalogOp
from mediakit.model.kinds import LIBRARY_KINDS


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """Each file's report, in the order given, and what the import changed in the library."""

    reports: list[FileReport]
    changes: Changes


def import_files(*, paths: list[Path]) -> CatalogOp[ImportOutcome]:
    """Import every file, one undo step each; a file that cannot be read is refused whole."""

    def body(session: LibrarySession) -> ImportOutcome:
        library = session.library
        reports = import_paths(
            session.history, list(paths), media=library.media, cache=library.cache
        )
        changes = Changes()
        if any(report.result.status != REFUSED for report in reports):
            for kind in LIBRARY_KINDS:
                changes |= Changes.of(kind)
        return ImportOutcome(reports, changes)

    return CatalogOp(body, label="Import")
