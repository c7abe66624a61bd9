"""Recognising what the library already has: the same story (and which copy is richer), the
same photo (by content hash), the empty photo slot a photo file fills, the contact with the
same e-mail. Reads, except that the stories' signatures (`library.signatures`) are brought up
to date before a comparison: only the stories sharing a band of their signature with the new
one are scored, so a comparison costs the same in a library of 40 stories or 4,000."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import sqlite3

from mediakit.importers import ParsedDocument, ParsedImage, same_story
from mediakit.importers.lines import DROPPED_ROLES, Role
from mediakit.importers.similarity import (
    MARKS,
    TEXT,
    ReleaseMarks,
    band_keys,
    marks_tokens,
    release_marks,
    release_score,
    same_release,
    signature,
    text_tokens,
)
from mediakit.library import queries, signatures
from mediakit.library.import_trace import trace_of
from mediakit.model import Contact, Photo, Story

# Lines that say nothing of this release: site furniture, the organisation's standing
# paragraphs, topic chips, and the title (English ones capitalise every word).
_NOT_THE_RELEASE = DROPPED_ROLES | {Role.TITLE, Role.BOILERPLATE, Role.TAGS}


def richness(story: Story) -> tuple[int, int, int]:
    """How complete a copy of a story is: a real title, its photo slots, the length of its text."""
    derived_title = story.title.endswith("…")
    return (int(not derived_title), len(story.photo_ids), len(story.text))


def find_same_story(db: sqlite3.Connection, story: Story) -> Story | None:
    """The first library story (by id) with the same text as `story` (see `same_story`)."""
    keys = band_keys(signature(text_tokens(story.text)), TEXT)
    for candidate in _candidates(db, keys):
        if same_story(candidate.text, story.text):
            return candidate
    return None


def find_original(db: sqlite3.Connection, document: ParsedDocument) -> Story | None:
    """The library story that `document`'s story is a translation of: the same release in
    another language (see `same_release`). When it is itself a translation, its original; None
    when the release is already in the library in this story's language."""
    story = document.story
    marks = document_marks(document)
    best, best_score = None, 0
    for candidate in _candidates(db, band_keys(signature(marks_tokens(marks)), MARKS)):
        if candidate.language == story.language:
            continue
        theirs = story_marks(db, candidate)
        if same_release(marks, theirs) and release_score(marks, theirs) > best_score:
            best, best_score = candidate, release_score(marks, theirs)
    if best is None:
        return None
    original = _original_of(db, best)
    if story.language in {
        s.language for s in (original, *queries.translations_of(db, original.id))
    }:
        return None
    return original


def document_marks(document: ParsedDocument) -> ReleaseMarks:
    """The marks of a parsed document's story, from every line that belongs to it."""
    furniture = [line.text for line in document.lines if line.role not in _NOT_THE_RELEASE]
    furniture += [" ".join((c.email, *c.phones)) for c in document.contacts]
    return release_marks(document.story, furniture, [p.credit for p in document.photos])


def story_marks(db: sqlite3.Connection, story: Story) -> ReleaseMarks:
    """The marks of a library story, with the lines its import read (when it was imported)."""
    trace = trace_of(db, story.id)
    lines = trace.lines if trace is not None else ()
    furniture = [line["text"] for line in lines if Role(line["role"]) not in _NOT_THE_RELEASE]
    photos = queries.some_of(db, Photo, set(story.photo_ids)).values()
    return release_marks(story, furniture, [p.credit for p in photos])


def _candidates(db: sqlite3.Connection, keys: list[int]) -> list[Story]:
    """The library stories sharing a band key with `keys`, by id, signatures made first for
    the stories added or changed since the last comparison."""
    for story_id in signatures.stale(db):
        _sign(db, queries.one_of(db, Story, story_id))
    found = queries.some_of(db, Story, set(signatures.candidates(db, keys)))
    return [found[story_id] for story_id in sorted(found)]


def _sign(db: sqlite3.Connection, story: Story) -> None:
    text_sig = signature(text_tokens(story.text))
    marks_sig = signature(marks_tokens(story_marks(db, story)))
    keys = [*band_keys(text_sig, TEXT), *band_keys(marks_sig, MARKS)]
    signatures.put(db, story.id, text_sig, marks_sig, keys)


def _original_of(db: sqlite3.Connection, story: Story) -> Story:
    if story.translation_of is None:
        return story
    return queries.one_of(db, Story, story.translation_of)


def find_same_photo(db: sqlite3.Connection, image: ParsedImage) -> Photo | None:
    """The library's photo of this very image (the same content hash), by index."""
    if not image.data and not image.media_hash:
        return None
    media_hash = image.media_hash or hashlib.sha256(image.data).hexdigest()
    return queries.photo_with_media(db, media_hash)


def find_matching_slot(db: sqlite3.Connection, photo: Photo) -> Photo | None:
    """The one empty photo slot whose caption matches the file's name or embedded caption."""
    name_words = _words(re.sub(r"\.\w+$", "", photo.original_name))
    caption_words = _words(photo.caption)
    best, best_score = None, 0.0
    for slot in queries.empty_photo_slots(db):
        slot_words = _words(slot.caption)
        score = max(_overlap(name_words, slot_words), _overlap(caption_words, slot_words))
        if score > best_score:
            best, best_score = slot, score
    return best if best_score >= 0.6 else None


def filled_slot(slot: Photo, found: Photo) -> Photo:
    """The slot with what the photo file tells and the slot leaves empty."""
    return dataclasses.replace(
        slot,
        credit=slot.credit or found.credit,
        date=slot.date or found.date,
        place=slot.place or found.place,
        alt_text=slot.alt_text or found.alt_text,
    )


def contact_by_email(db: sqlite3.Connection, email: str) -> Contact | None:
    if not email:
        return None
    row = db.execute("SELECT id FROM contacts WHERE lower(email) = lower(?)", (email,)).fetchone()
    return queries.one_of(db, Contact, row[0]) if row else None


def merged_contact(existing: Contact, new: Contact) -> Contact:
    """The library's contact updated: the new card's details, the old ones where it has none."""
    return dataclasses.replace(
        new,
        id=existing.id,
        phones=new.phones or existing.phones,
        role=new.role or existing.role,
        organisation=new.organisation or existing.organisation,
        city=new.city or existing.city,
        country=new.country or existing.country,
        languages=new.languages or existing.languages,
    )


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", text.lower()) if len(w) >= 3}


def _overlap(mine: set[str], slot: set[str]) -> float:
    """Share of the file's words found in the slot's caption (needs three words at least)."""
    if len(mine) < 3:
        return 0.0
    return len(mine & slot) / len(mine)
