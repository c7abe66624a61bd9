"""The content model: frozen dataclasses and enums, validation, no I/O.

The words every other room speaks: Story, Photo, Contact, KeyFigure, Kit, Office, Finding, the errors a
user can cause, and the registry of item kinds (`kinds.py`).

May import: nothing of mediakit (the standard library only).
"""

from mediakit.model.content import (
    Block,
    BlockKind,
    Dateline,
    Language,
    Span,
    Story,
    StoryKind,
    body_from_data,
    body_to_data,
    bullets,
    paragraph,
    photo_slot,
    plain,
    quote,
    subhead,
)
from mediakit.model.errors import (
    BadInputError,
    CatalogError,
    ConflictError,
    MediakitError,
    NotFoundError,
    OutputError,
    display_path,
)
from mediakit.model.findings import Finding, ItemKind, ItemRef, Severity
from mediakit.model.kit import (
    Edition,
    Kit,
    KitContent,
    KitOptions,
    Paper,
    Section,
    SectionKind,
    default_sections,
)
from mediakit.model.media import Consent, ConsentLevel, ConsentScope, Photo
from mediakit.model.offices import Office
from mediakit.model.people import Contact, KeyFigure, OrgProfile, SeriesPoint

__all__ = [
    "display_path",
    "BadInputError",
    "Block",
    "BlockKind",
    "CatalogError",
    "ConflictError",
    "Consent",
    "ConsentLevel",
    "ConsentScope",
    "Contact",
    "Dateline",
    "Edition",
    "Finding",
    "ItemKind",
    "ItemRef",
    "KeyFigure",
    "Kit",
    "KitContent",
    "KitOptions",
    "Language",
    "MediakitError",
    "NotFoundError",
    "Office",
    "OrgProfile",
    "OutputError",
    "Paper",
    "Photo",
    "Section",
    "SectionKind",
    "SeriesPoint",
    "Severity",
    "Span",
    "Story",
    "StoryKind",
    "body_from_data",
    "body_to_data",
    "bullets",
    "default_sections",
    "paragraph",
    "photo_slot",
    "plain",
    "quote",
    "subhead",
]
