"""The import review: what an import read from a story's document (its lines, each with a role
and the reason), kept with the story, and the user's corrections of it.

`trace_for` is what the import step keeps; `reviewed_document` reads the document back, as the
story's lines stand now; `CorrectImport` gives one line another role and replaces what the
import stored (the story, its photo slots, the contacts and key figures that import created) by
what the document then gives, as one undoable edit. A line given the junk role on a web page is
remembered for that site, and the site's later pages drop it (`with_site_memory`).
"""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass, field

from mediakit.edits.changes import Changes
from mediakit.edits.duplicates import contact_by_email
from mediakit.importers import ParsedDocument, ParsedImage
from mediakit.importers.lines import Hint, Line, Role
from mediakit.importers.structure import document_from_lines, mark_known_junk, reassign
from mediakit.importers.vocabulary import folded
from mediakit.library import queries, store
from mediakit.library.import_trace import (
    ImportTrace,
    forget_junk,
    put_trace,
    remember_junk,
    site_junk,
    trace_of,
)
from mediakit.model import (
    BadInputError,
    Block,
    BlockKind,
    Contact,
    ItemKind,
    KeyFigure,
    Kit,
    Photo,
    SectionKind,
    Span,
    Story,
)


def with_site_memory(db: sqlite3.Connection, document: ParsedDocument) -> ParsedDocument:
    """`document` with the lines the user marked as junk on its site's pages dropped."""
    if not document.site or document.story is None:
        return document
    return mark_known_junk(document, site_junk(db, document.site))


# --- Keeping what an import read ---


def line_to_data(line: Line) -> dict:
    return {
        "text": line.text,
        "role": line.role.value,
        "reason": line.reason,
        "hint": line.hint.value,
        "spans": [[s.text, s.bold, s.italic, s.href] for s in line.spans],
        "image": line.image,
    }


def line_from_data(data: dict) -> Line:
    return Line(
        text=data["text"],
        role=Role(data["role"]),
        reason=data.get("reason", ""),
        hint=Hint(data.get("hint", Hint.NONE.value)),
        spans=tuple(Span(t, bool(b), bool(i), h) for t, b, i, h in data.get("spans", ())),
        image=data.get("image"),
    )


def trace_for(
    document: ParsedDocument,
    story_id: int,
    photos: list[Photo],
    contact_ids: list[int],
    figure_ids: list[int],
) -> ImportTrace | None:
    """What to keep of `document`, whose photos were stored as `photos` (in its order) and
    which created the contacts and figures of those ids. None if it has no lines."""
    if not document.lines:
        return None
    hashes = _picture_hashes(document, photos)
    images = tuple(
        {
            "hash": hashes.get(index, ""),
            "ext": image.ext,
            "width": image.width,
            "height": image.height,
            "name": image.name,
        }
        for index, image in enumerate(document.source_images)
    )
    return ImportTrace(
        story_id=story_id,
        name=document.name,
        site=document.site,
        lines=tuple(line_to_data(line) for line in document.lines),
        images=images,
        photo_ids=tuple(p.id for p in photos),
        contact_ids=tuple(contact_ids),
        figure_ids=tuple(figure_ids),
    )


def _picture_hashes(document: ParsedDocument, photos: list[Photo]) -> dict[int, str]:
    """Each source image's media hash: the n-th picture line made the n-th photo with an image."""
    count = len(document.source_images)
    pictures = [
        line.image
        for line in document.lines
        if line.role is Role.PICTURE and line.image is not None and line.image < count
    ]
    with_image = sorted(document.images)
    if len(pictures) != len(with_image):
        return {}
    return {
        image: photos[k].media_hash or ""
        for image, k in zip(pictures, with_image, strict=True)
        if k < len(photos)
    }


def document_of(trace: ImportTrace) -> ParsedDocument:
    """The document as its lines stand now (their pictures pointing at the stored images)."""
    images = tuple(
        ParsedImage(
            data=b"",
            ext=i["ext"],
            width=i["width"],
            height=i["height"],
            name=i["name"],
            media_hash=i["hash"],
        )
        for i in trace.images
    )
    lines = [line_from_data(data) for data in trace.lines]
    return document_from_lines(lines, name=trace.name, images=images, site=trace.site)


def reviewed_document(db: sqlite3.Connection, story_id: int) -> ParsedDocument | None:
    """The story's document as the review shows it; None if the story was not imported from one."""
    trace = trace_of(db, story_id)
    return document_of(trace) if trace is not None else None


# --- Correcting it ---


@dataclass(frozen=True, slots=True)
class _Stored:
    """What one import has in the catalog."""

    story: Story
    photos: tuple[Photo, ...]
    contacts: tuple[Contact, ...]
    figures: tuple[KeyFigure, ...]
    trace: ImportTrace


@dataclass
class CorrectImport:
    """Give line `index` of the story's document `role`, and store what the document then gives
    (same story id, so kits keep it). Redo and undo put back the very same rows."""

    story_id: int
    index: int
    role: Role
    label: str = ""
    before: _Stored | None = field(default=None, repr=False)
    after: _Stored | None = field(default=None, repr=False)
    remembered: tuple[str, str] | None = None  # (site, folded line) newly known as junk

    def __post_init__(self) -> None:
        self.label = self.label or "Correct import"

    def apply(self, db: sqlite3.Connection) -> Changes:
        if self.after is None:
            self._first(db)
        else:
            self.after = _swap(db, self.before, self.after)
            if self.remembered:
                remember_junk(db, *self.remembered)
        return _changes(self.story_id)

    def revert(self, db: sqlite3.Connection) -> Changes:
        self.before = _swap(db, self.after, self.before)
        if self.remembered:
            forget_junk(db, *self.remembered)
        return _changes(self.story_id)

    def _first(self, db: sqlite3.Connection) -> None:
        trace = trace_of(db, self.story_id)
        if trace is None:
            raise BadInputError(f"story {self.story_id} was not imported from a document")
        if not 0 <= self.index < len(trace.lines):
            raise BadInputError(f"the document has no line {self.index + 1}")
        self.before = before = _stored(db, trace)
        document = document_of(trace)
        rebuilt = corrected(document, self.index, self.role)
        kept = _kept_by_kits(db)
        photos = _place_photos(db, before.photos, rebuilt, kept)
        body = tuple(_remap(block, [p.id for p in photos]) for block in rebuilt.story.body)
        story = dataclasses.replace(
            rebuilt.story,
            id=self.story_id,
            body=body,
            source_url=before.story.source_url,
            origin=before.story.origin or rebuilt.story.origin,
            translation_of=before.story.translation_of,
        )
        story = store.update(db, story, read=before.story.revision)
        ours = {c.id for c in before.contacts}
        wanted = tuple(c for c in rebuilt.contacts if not _someone_elses(db, c, ours))
        contacts = _place(db, before.contacts, wanted, (_contact_key, _in_order), kept)
        figures = _place(db, before.figures, rebuilt.figures, (_figure_key, _in_order), kept)
        new_trace = dataclasses.replace(
            trace,
            lines=tuple(line_to_data(line) for line in rebuilt.lines),
            photo_ids=tuple(p.id for p in photos),
            contact_ids=tuple(c.id for c in contacts),
            figure_ids=tuple(f.id for f in figures),
        )
        put_trace(db, self.story_id, new_trace)
        self.after = _Stored(story, tuple(photos), tuple(contacts), tuple(figures), new_trace)
        text = folded(trace.lines[self.index]["text"])
        if self.role is Role.JUNK and trace.site and text and remember_junk(db, trace.site, text):
            self.remembered = (trace.site, text)


def corrected(document: ParsedDocument, index: int, role: Role) -> ParsedDocument:
    """`document` with line `index` given `role`. A story has one title: giving a line the
    title role makes the line that had it a body paragraph (the user may then make it junk)."""
    if role is Role.TITLE:
        for other, line in enumerate(document.lines):
            if other != index and line.role is Role.TITLE:
                document = reassign(document, other, Role.BODY)
                lines = list(document.lines)
                lines[other] = dataclasses.replace(line, role=Role.BODY, reason=DEMOTED)
                document = dataclasses.replace(document, lines=tuple(lines))
    return reassign(document, index, role)


DEMOTED = "the title until you gave it to another line"


def _someone_elses(db: sqlite3.Connection, contact: Contact, ours: set[int]) -> bool:
    """A contact the library had before this import (same e-mail): left as it is."""
    existing = contact_by_email(db, contact.email) if contact.email else None
    return existing is not None and existing.id not in ours


def _stored(db: sqlite3.Connection, trace: ImportTrace) -> _Stored:
    story = queries.one_of(db, Story, trace.story_id)
    photos = queries.some_of(db, Photo, set(trace.photo_ids))
    contacts = queries.some_of(db, Contact, set(trace.contact_ids))
    figures = queries.some_of(db, KeyFigure, set(trace.figure_ids))
    return _Stored(
        story,
        tuple(photos[i] for i in trace.photo_ids if i in photos),
        tuple(contacts[i] for i in trace.contact_ids if i in contacts),
        tuple(figures[i] for i in trace.figure_ids if i in figures),
        trace,
    )


def _kept_by_kits(db: sqlite3.Connection) -> set[tuple[type, int]]:
    """Items a kit shows: a correction stops owning them but never deletes them."""
    kept: set[tuple[type, int]] = set()
    models = {SectionKind.GALLERY: Photo, SectionKind.FIGURES: KeyFigure}
    models[SectionKind.CONTACTS] = Contact
    for kit in queries.all_of(db, Kit):
        if kit.cover_photo_id:
            kept.add((Photo, kit.cover_photo_id))
        for section in kit.sections:
            if section.kind in models:
                kept.update((models[section.kind], i) for i in section.ids)
    return kept


def _place_photos(
    db: sqlite3.Connection, old: tuple[Photo, ...], document: ParsedDocument, kept: set
) -> list[Photo]:
    """The document's photo slots stored: each on an old slot of the same picture or caption
    where there is one (keeping what the user set on it: consent, place...), else new."""
    wanted = []
    for index, photo in enumerate(document.photos):
        image = document.images.get(index)
        if image is not None and image.media_hash:
            photo = dataclasses.replace(
                photo,
                media_hash=image.media_hash,
                width=image.width,
                height=image.height,
                original_name=image.name or photo.original_name,
            )
        wanted.append(photo)
    keys = (_photo_key, _photo_picture, _photo_caption, _photo_empty)
    return _place(db, old, tuple(wanted), keys, kept, _photo_update)


def _photo_key(photo: Photo) -> tuple:
    return (photo.media_hash or "", photo.caption, photo.credit)


def _photo_picture(photo: Photo) -> str | None:
    return photo.media_hash or None


def _photo_caption(photo: Photo) -> str | None:
    return None if photo.media_hash or not photo.caption else photo.caption


def _photo_empty(photo: Photo) -> bool | None:
    return True if not photo.media_hash else None


def _photo_update(old: Photo, new: Photo) -> Photo:
    return dataclasses.replace(
        old,
        caption=new.caption,
        credit=new.credit,
        alt_text=new.alt_text or old.alt_text,
        media_hash=new.media_hash or old.media_hash,
        width=new.width or old.width,
        height=new.height or old.height,
        original_name=new.original_name or old.original_name,
    )


def _contact_key(contact: Contact) -> tuple:
    return (contact.email.lower(),) if contact.email else (folded(contact.name),)


def _figure_key(figure: KeyFigure) -> tuple:
    return (figure.value, folded(figure.label))


def _in_order(item) -> bool:
    return True


def _place(db, old: tuple, new: tuple, keys, kept: set, update=None) -> list:
    """`new` items stored over `old` ones: pass by pass, an old row with the same key (None
    never matches) is kept and updated; new items left are inserted, old rows left deleted
    (unless a kit shows them)."""
    unused = list(old)
    placed: list = [None] * len(new)
    for key in keys:
        for index, item in enumerate(new):
            wanted = key(item)
            if placed[index] is not None or wanted is None:
                continue
            match = next((o for o in unused if key(o) == wanted), None)
            if match is not None:
                unused.remove(match)
                placed[index] = match
    result = []
    for index, item in enumerate(new):
        before = placed[index]
        if before is None:
            result.append(store.insert(db, item))
            continue
        after = update(before, item) if update else dataclasses.replace(item, id=before.id)
        if after != before:
            after = store.update(db, after, read=before.revision)
        else:
            after = dataclasses.replace(after, revision=before.revision)
        result.append(after)
    for item in unused:
        if (type(item), item.id) not in kept:
            store.delete(db, item)
    return result


def _swap(db: sqlite3.Connection, old: _Stored, new: _Stored) -> _Stored:
    """The catalog from `old` to `new`: rows only in `old` go, rows in both are updated, rows
    only in `new` come back with their ids. Each row must still be as `old` left it (else
    ConflictError, nothing written); `new` is returned at the revisions it now has."""
    photos = _swap_items(db, old.photos, new.photos)
    contacts = _swap_items(db, old.contacts, new.contacts)
    figures = _swap_items(db, old.figures, new.figures)
    story = store.update(db, new.story, read=old.story.revision)
    put_trace(db, new.story.id, new.trace)
    return dataclasses.replace(new, story=story, photos=photos, contacts=contacts, figures=figures)


def _swap_items(db: sqlite3.Connection, old: tuple, new: tuple) -> tuple:
    new_ids = {item.id for item in new}
    old_by_id = {item.id: item for item in old}
    written = []
    for item in new:
        if item.id in old_by_id:
            item = store.update(db, item, read=old_by_id[item.id].revision)
        elif (now := store.revision(db, type(item), item.id)) is not None:
            item = store.update(db, item, read=now)  # kept by a kit when the correction let it go
        else:
            item = store.insert(db, item, item_id=item.id)
        written.append(item)
    for item in old:
        if item.id not in new_ids and not _in_a_kit(db, item):
            store.delete(db, item)
    return tuple(written)


def _in_a_kit(db: sqlite3.Connection, item) -> bool:
    return (type(item), item.id) in _kept_by_kits(db)


def _remap(block: Block, photo_ids: list[int]) -> Block:
    if block.kind is BlockKind.PHOTO and block.photo_id is not None:
        return dataclasses.replace(block, photo_id=photo_ids[block.photo_id])
    return block


def _changes(story_id: int) -> Changes:
    changes = Changes.of(ItemKind.STORY, story_id)
    for kind in (ItemKind.PHOTO, ItemKind.CONTACT, ItemKind.FIGURE, ItemKind.KIT):
        changes |= Changes.of(kind)
    return changes
