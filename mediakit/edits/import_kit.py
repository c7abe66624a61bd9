"""`import --kit`: what an import brought in, put into a kit in one undo step."""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass

from mediakit.edits.duplicates import contact_by_email
from mediakit.edits.import_report import DUPLICATE, STORED_NOTHING, FileReport
from mediakit.edits.kits import create_kit, update_kit
from mediakit.library import queries
from mediakit.model import Kit, Section, SectionKind


@dataclass(frozen=True, slots=True)
class KitAddition:
    """What `import --kit` put into the kit: only ids the kit did not show before."""

    kit: Kit
    created: bool
    ids: dict[SectionKind, tuple[int, ...]]

    def sentence(self) -> str:
        parts = [
            f"{len(ids)} {_NOUNS[kind][len(ids) != 1]}"
            for kind in _NOUNS
            if (ids := self.ids.get(kind))
        ]
        kit = f"kit {self.kit.id} “{self.kit.name}”"
        if self.created:
            return f"Created {kit} with " + ", ".join(parts)
        if not parts:
            return f"The {kit} already shows all of it."
        return f"Added to {kit}: " + ", ".join(parts)


_NOUNS = {
    SectionKind.STORY: ("story", "stories"),
    SectionKind.GALLERY: ("photo", "photos"),
    SectionKind.FIGURES: ("key figure", "key figures"),
    SectionKind.CONTACTS: ("contact", "contacts"),
}
# Where a new section goes: after the last section of these kinds.
_FOLLOWS = {
    SectionKind.STORY: (SectionKind.COVER, SectionKind.CONTENTS, SectionKind.STORY),
    SectionKind.GALLERY: (SectionKind.COVER, SectionKind.CONTENTS, SectionKind.STORY),
    SectionKind.FIGURES: (
        SectionKind.COVER,
        SectionKind.CONTENTS,
        SectionKind.STORY,
        SectionKind.GALLERY,
    ),
    SectionKind.CONTACTS: (
        SectionKind.COVER,
        SectionKind.CONTENTS,
        SectionKind.STORY,
        SectionKind.GALLERY,
        SectionKind.FIGURES,
    ),
}


def add_to_kit(history, *, name: str, reports: list[FileReport]) -> KitAddition | None:
    """Put what an import brought in into the kit named `name` (made if there is none), in one
    undo step: its stories (a story recognised as one the library has included), loose photos
    in the gallery, key figures and contacts. None when the import brought nothing in."""
    db = history.catalog.db
    found = _imported_ids(db, reports)
    if not any(found.values()):
        return None
    name = " ".join(name.split())
    kit = queries.find_kit_or_none(db, name)
    if kit is None:
        kit = create_kit(
            history,
            name=name,
            story_ids=found[SectionKind.STORY],
            photo_ids=found[SectionKind.GALLERY],
            contact_ids=found[SectionKind.CONTACTS],
            figure_ids=found[SectionKind.FIGURES],
        )
        return KitAddition(kit, True, found)
    new = {kind: tuple(i for i in ids if i not in kit.ids_of(kind)) for kind, ids in found.items()}
    if any(new.values()):
        sections = _with_added(kit.sections, new)
        update_kit(history, kit=kit, sections=sections, label=f"Add the import to kit “{name}”")
        kit = dataclasses.replace(kit, sections=sections)
    return KitAddition(kit, False, new)


def _imported_ids(db: sqlite3.Connection, reports: list[FileReport]) -> dict:
    """Per kind of kit section, the ids the import's files brought in, in file order, once."""
    found: dict[SectionKind, dict[int, None]] = {kind: {} for kind in _NOUNS}
    for report in reports:
        result, document = report.result, report.document
        if result.status in STORED_NOTHING:
            continue
        if result.kit_id:  # a bundle brings its own kit: what that kit shows
            bundle_kit = queries.one_of(db, Kit, result.kit_id)
            for kind, ids in found.items():
                ids.update(dict.fromkeys(bundle_kit.ids_of(kind)))
            continue
        story_id = result.story_id or result.same_as
        if story_id:
            found[SectionKind.STORY][story_id] = None
        else:  # a photo file, a vCard or CSV: its photos are loose ones, for the gallery
            found[SectionKind.GALLERY].update(dict.fromkeys(result.photo_ids))
        found[SectionKind.STORY].update(dict.fromkeys(result.more_story_ids))  # a PDF's others
        contacts, figures = result.contact_ids, result.figure_ids
        if result.status == DUPLICATE and document is not None:
            contacts, figures = _already_known(db, document)
        found[SectionKind.CONTACTS].update(dict.fromkeys(contacts))
        found[SectionKind.FIGURES].update(dict.fromkeys(figures))
    return {kind: tuple(ids) for kind, ids in found.items()}


def _already_known(db: sqlite3.Connection, document) -> tuple[list[int], list[int]]:
    """The library's own copies of a duplicate file's contacts (same e-mail) and key figures
    (same value and label)."""
    contacts = [contact_by_email(db, contact.email) for contact in document.contacts]
    figures = [
        db.execute(
            "SELECT id FROM figures WHERE value = ? AND label = ? ORDER BY id",
            (figure.value, figure.label),
        ).fetchone()
        for figure in document.figures
    ]
    return [c.id for c in contacts if c], [row[0] for row in figures if row]


def _with_added(sections: tuple[Section, ...], new: dict) -> tuple[Section, ...]:
    """`sections` with the new ids: a section per story, the rest added to the first section
    of their kind (or a new one, where a new kit would have it)."""
    sections = list(sections)
    for story_id in new[SectionKind.STORY]:
        at = _after(sections, _FOLLOWS[SectionKind.STORY])
        sections.insert(at, Section(SectionKind.STORY, (story_id,)))
    for kind in (SectionKind.GALLERY, SectionKind.FIGURES, SectionKind.CONTACTS):
        if not new[kind]:
            continue
        at = next((i for i, s in enumerate(sections) if s.kind is kind), None)
        if at is None:
            sections.insert(_after(sections, _FOLLOWS[kind]), Section(kind, new[kind]))
        else:
            sections[at] = Section(kind, sections[at].ids + new[kind])
    return tuple(sections)


def _after(sections: list[Section], kinds: tuple[SectionKind, ...]) -> int:
    return max((i + 1 for i, s in enumerate(sections) if s.kind in kinds), default=0)
