"""A document as lines, each with the role the reader gave it and why.

Every story format turns its file into `Para`s (one paragraph or line each, with a `Hint` where the
format itself says what it is). The reader (`reader.py`) gives each one a `Role` with a reason;
the story is then assembled from the roles alone (`assemble.py`), so giving a line another role
(the import review) is only a matter of assembling again.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mediakit.model import Span


class Hint(StrEnum):
    """What the source format says a paragraph is; NONE leaves it to the text rules."""

    NONE = "none"
    TITLE = "title"
    HEADING = "heading"
    BULLET = "bullet"
    QUOTE = "quote"
    IMAGE = "image"
    TABLE_ROW = "table row"  # cells joined by " | "


@dataclass(frozen=True, slots=True)
class Para:
    text: str
    hint: Hint = Hint.NONE
    spans: tuple[Span, ...] = ()
    image: int | None = None  # index into the document's images, for Hint.IMAGE


class Role(StrEnum):
    """What a line is to the story. The values are what reports and `import --json` say."""

    JUNK = "junk"  # site furniture: menus, share rows, cookie banners, footers...
    KIND_LABEL = "kind label"  # PRESS RELEASE, NOTA DE PRENSA...
    TITLE = "title"
    STANDFIRST = "standfirst"
    DATELINE = "dateline"  # a body paragraph that opens with place (and date)
    DATE = "date"  # a date standing alone
    EMBARGO = "embargo"
    BYLINE = "byline"
    BODY = "body"
    SUBHEAD = "subhead"
    QUOTE = "quote"
    BULLET = "bullet"
    PICTURE = "picture"  # an image that came inside the document
    CAPTION = "caption"  # a caption, with or without its credit on the same line
    CREDIT = "credit"  # a credit on a line of its own
    CONTACTS_HEADING = "contacts heading"
    CONTACT = "contact"  # a person, or the city line a group of them stands under
    FIGURE = "key figure"
    FIGURE_SOURCE = "figure source"
    FOOTNOTE = "footnote"
    NOTES = "notes to editors"
    END_MARK = "end mark"
    BOILERPLATE = "boilerplate"  # "About the organisation"
    RELATED = "related story"
    TAGS = "tags"  # SDG badges, topic chips


# Roles whose line is left out of the story's text entirely (reported as dropped).
DROPPED_ROLES = frozenset({Role.JUNK, Role.KIND_LABEL, Role.END_MARK, Role.RELATED})


@dataclass(frozen=True, slots=True)
class Line:
    """One paragraph of the document, the role it was given and the reason."""

    text: str
    role: Role
    reason: str
    hint: Hint = Hint.NONE
    spans: tuple[Span, ...] = ()
    image: int | None = None
