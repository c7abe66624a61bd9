"""The import report: what importing each file did, in words for the press office and for
`import --json`."""

from __future__ import annotations

from dataclasses import dataclass

from mediakit.importers import ParsedDocument
from mediakit.model import display_path

IMPORTED, DUPLICATE, UPDATED, REFUSED = "imported", "duplicate", "updated", "refused"

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
        if self.status == DUPLICATE and self.same_photo is not None:
            return f"{self.shown_name}: {self.already()}; nothing was added"
        if self.status == DUPLICATE:
            return f"{self.shown_name}: same as story {self.same_as}; nothing was added"
        parts = [f"story {self.story_id}"] if self.story_id else []
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


@dataclass(frozen=True, slots=True)
class FileReport:
    """One file of an import: where it was, what happened, what the importer saw."""

    path: str
    result: ImportResult
    document: ParsedDocument | None
