"""The other stories one file holds (a newsletter's, an e-mail's attached release: see
`ParsedDocument.more`), imported in the same undo step as its first, and told in its result."""

from __future__ import annotations

import dataclasses
import sqlite3

from mediakit.edits.import_report import ImportResult


def import_more(step, db: sqlite3.Connection) -> None:
    """Import `step.document.more` with `step`'s record (so undo takes them all back), each
    as its own story (new, duplicate or update); `step.result` then tells of them too."""
    for part in step.document.more:
        other = type(step)(part, media=step.media, cache=step.cache)
        other.record = step.record
        other._apply_first(db)  # not `apply`: the shared record has written already
        import_more(other, db)
        step.result = _joined(step.result, other.result)


def _joined(result: ImportResult, other: ImportResult) -> ImportResult:
    return dataclasses.replace(
        result,
        photo_ids=result.photo_ids + other.photo_ids,
        contact_ids=result.contact_ids
        + tuple(i for i in other.contact_ids if i not in result.contact_ids),
        figure_ids=result.figure_ids + other.figure_ids,
        notes=(*result.notes, f"also in this file: {other.sentence()}"),
        more_story_ids=(
            *result.more_story_ids,
            *[i for i in (other.story_id or other.same_as,) if i],
            *other.more_story_ids,
        ),
    )
