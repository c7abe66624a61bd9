"""The import report: what importing each file did, in words for the press office and for
`import --json`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mediakit.importers import ParsedDocument
from mediakit.model import Photo, display_path

IMPORTED, DUPLICATE, UPDATED, REFUSED = "imported", "duplicate", "updated", "refused"
# A file an import was cancelled before: nothing wrong with it, it was simply not read.
NOT_IMPORTED = "not imported"
STORED_NOTHING = frozenset({REFUSED, NOT_IMPORTED})  # the statuses that added nothing

LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "pt": "Portuguese", "fr": "French"}


@dataclass(frozen=True, slots=True)
class Translation:
    """The library story an imported story was linked to as its translation."""

    original_id: int
    original_title: str
    language: str  # the imported story's

    def sentence(self) -> str:
        language = LANGUAGE_NAMES.get(self.language, self.language)
        return f"linked as the {language} translation of “{self.original_title}”"


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What importing one file did, for the import report and `import --json`."""

    name: str
    status: str = IMPORTED
    story_id: int | None = None
    same_as: int | None = None
    photo_ids: tuple[int, ...] = ()
    contact_ids: tuple[int, ...] = ()
    figure_ids: tuple[int, ...] = ()
    notes: tuple[str, ...] = ()
    reason: str = ""
    kit_id: int | None = None
    translation: Translation | None = None
    more_story_ids: tuple[int, ...] = ()  # the file's other stories (a newsletter's, a mail's)
    # A photo file whose image (same content hash) the library has already: that photo.
    same_photo: int | None = None
    same_photo_name: str = ""
    story_title: str = ""  # the story's (story_id's) title, to name it by
    same_as_title: str = ""  # the title of the library's story it is the same as
    # The photos it brought without a caption: (photo id, file name), to caption next.
    uncaptioned: tuple[tuple[int, str], ...] = ()

    @property
    def translation_of(self) -> int | None:
        return self.translation.original_id if self.translation is not None else None

    @property
    def shown_name(self) -> str:
        """The file's name as it can be printed: control characters, bidi overrides and bytes
        that are not UTF-8 written as escapes."""
        return display_path(self.name)

    def already(self) -> str:
        """“already in the library as photo 12 (“Harvest”)” for a photo the library has."""
        named = f" (“{self.same_photo_name}”)" if self.same_photo_name else ""
        return f"already in the library as photo {self.same_photo}{named}"

    def sentence(self) -> str:
        if self.status == REFUSED:
            return f"{self.shown_name}: refused: {self.reason}"
        if self.status == NOT_IMPORTED:
            return f"{self.shown_name}: not imported: {self.reason}"
        if self.status == DUPLICATE and self.same_photo is not None:
            return f"{self.shown_name}: {self.already()}; nothing was added"
        if self.status == DUPLICATE:
            same = _named("story", self.same_as, self.same_as_title)
            return f"{self.shown_name}: same as {same}; nothing was added"
        parts = [_named("story", self.story_id, self.story_title)] if self.story_id else []
        for count, noun in (
            (len(self.photo_ids), "photo"),
            (len(self.contact_ids), "contact"),
            (len(self.figure_ids), "key figure"),
        ):
            if count:
                parts.append(f"{count} {noun}{'s' if count != 1 else ''}")
        if self.kit_id:
            parts.insert(0, f"kit {self.kit_id}")
        verb = "updated" if self.status == UPDATED else "added"
        said = f"{self.shown_name}: {verb} " + (", ".join(parts) or "nothing")
        return f"{said}; {self.translation.sentence()}" if self.translation else said

    def caption_notes(self) -> list[tuple[int, str]]:
        """(photo id, “photo “x.jpg” has no caption yet”) for each photo to caption."""
        return [
            (pid, f"photo “{display_path(name)}” has no caption yet; add one")
            for pid, name in self.uncaptioned
        ]


def uncaptioned(photos: Sequence[Photo], ids: Sequence[int]) -> tuple[tuple[int, str], ...]:
    """(id, file name) of the photos among `photos` (stored as `ids`) that have no caption."""
    return tuple(
        (pid, photo.original_name or f"photo {pid}")
        for photo, pid in zip(photos, ids, strict=False)
        if not photo.caption.strip()
    )


def _named(noun: str, item_id: int | None, title: str) -> str:
    """“story “Mobile clinics”” when the title is known; “story 5” otherwise."""
    words = title.split()
    if not words:
        return f"{noun} {item_id}"
    shown = " ".join(words[:10]) + ("…" if len(words) > 10 else "")
    return f"{noun} “{display_path(shown)}”"


@dataclass(frozen=True, slots=True)
class FileReport:
    """One file of an import: where it was, what happened, what the importer saw."""

    path: str
    result: ImportResult
    document: ParsedDocument | None
