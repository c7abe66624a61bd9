"""The import review: a story's document read back with its lines' roles, and a line given
another role (one undo step). Never touch widgets here."""

from __future__ import annotations

from dataclasses import dataclass

from mediakit.edits import Changes
from mediakit.edits.import_review import CorrectImport, reviewed_document
from mediakit.gui.lanes import LibrarySession
from mediakit.gui.operations import CatalogOp
from mediakit.importers import ParsedDocument
from mediakit.importers.lines import Role


@dataclass(frozen=True, slots=True)
class Review:
    """A story's document as its lines stand now; `document` is None when the story is gone
    from the library or was not imported from a document."""

    story_id: int
    document: ParsedDocument | None


def load_review(*, story_id: int) -> CatalogOp[Review]:
    def body(session: LibrarySession) -> Review:
        return Review(story_id, reviewed_document(session.db, story_id))

    return CatalogOp(body, label="Review import")


def correct_line(*, story_id: int, index: int, role: Role) -> CatalogOp[Changes]:
    """Give line `index` of the story's document `role`: the story is assembled again."""
    return CatalogOp(
        lambda session: session.history.do(CorrectImport(story_id, index, role)),
        label="Correct import",
    )
