"""Printing for people or for scripts (--json), never both on stdout."""

from __future__ import annotations

import dataclasses
import enum
import json
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mediakit.model import Contact, KeyFigure, Kit, Photo, Story, display_path

if TYPE_CHECKING:  # only for annotations: `build` never loads the importers
    from mediakit.edits import ImportResult
    from mediakit.importers import ParsedDocument


class Printer:
    def __init__(self, *, as_json: bool) -> None:
        self.as_json = as_json

    def say(self, line: str) -> None:
        if not self.as_json:
            print(printable(line))

    def error(self, line: str) -> None:
        print(f"mediakit: {printable(line)}", file=sys.stderr)

    def json(self, data: Any) -> None:
        if self.as_json:
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")


# Bidi embeddings, overrides and isolates: they reorder what follows them on a terminal.
_REORDERING = {*range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def printable(line: str) -> str:
    """`line` safe for a terminal: control characters (a newline, ESC), bidi overrides and bytes
    that are not UTF-8 shown as escapes, wherever they came from (a kit name, a title, a note);
    the rest (accents, emoji with their joiners) as it is."""
    if line.isprintable():
        return line
    return "".join(
        display_path(ch)
        if ord(ch) in _REORDERING or unicodedata.category(ch) in ("Cc", "Cs")
        else ch
        for ch in line
    )


def item_rows(items: list) -> list[dict]:
    """Every field of each item, plus a `title` (or `name`) that scripts can always rely on."""
    return [_row(item) for item in items]


def _row(item: Story | Photo | Contact | KeyFigure | Kit) -> dict:
    row = _plain(dataclasses.asdict(item))
    if isinstance(item, Story):
        row["origin"] = display_path(item.origin)
        row["body"] = [
            {"kind": b.kind.value, "text": b.text, "photo": b.photo_id} for b in item.body
        ]
        row["photos"] = list(item.photo_ids)
    elif isinstance(item, Photo):
        row["title"] = item.caption
        row["original_name"] = display_path(item.original_name)
        row["has_image"] = item.has_image
    elif isinstance(item, KeyFigure):
        row["title"] = f"{item.value} {item.label}"
    return row


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    return value


def import_row(path: Path, result: ImportResult, document: ParsedDocument | None) -> dict:
    """One file of `import --json`: what happened, the ids made, what was detected."""
    story = document.story if document else None
    detected = {}
    if document is not None:
        detected = {
            "kind": _kind(document),
            "language": story.language.value if story else None,
            "title": story.title if story else None,
            "dateline": {"place": story.dateline.place, "date": story.dateline.date}
            if story
            else None,
            "photo_slots": len(document.photos),
            "contacts": len(document.contacts),
            "figures": len(document.figures),
            "dropped_lines": [{"line": d.line, "rule": d.rule} for d in document.dropped],
            "lines": [
                {"text": line.text, "role": line.role.value, "reason": line.reason}
                for line in document.lines
            ],
        }
    return {
        "id": result.kit_id
        or result.story_id
        or result.same_as
        or (result.photo_ids[:1] or [None])[0],
        "kit": result.kit_id,
        "title": (story.title if story else result.shown_name),
        "path": display_path(path),
        "status": result.status,
        "reason": result.reason or None,
        "story": result.story_id,
        "more_stories": list(result.more_story_ids),  # a PDF's or an e-mail's other stories
        "same_as": result.same_as,
        "same_photo": result.same_photo,
        "translation_of": result.translation_of,
        "photos": list(result.photo_ids),
        "contacts": list(result.contact_ids),
        "figures": list(result.figure_ids),
        "detected": detected,
        "warnings": list(result.notes),
    }


def _kind(document: ParsedDocument) -> str:
    if document.bundle is not None:
        return "bundle"
    if document.story is not None:
        return document.story.kind.value
    return "photo" if document.photos else "contacts"
