"""Stories and their body: the words a press officer keeps in the library.

Formatting lives here as data (spans with bold/italic), never as markup, so
whatever a user types is only ever text to the layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class StoryKind(StrEnum):
    """The kinds of document a press office keeps (PRODUCT.md §3)."""

    FEATURE = "feature"
    PRESS_RELEASE = "press_release"
    FACT_SHEET = "fact_sheet"
    ABOUT = "about"
    STATEMENT = "statement"
    MEDIA_ADVISORY = "media_advisory"
    SITUATION_REPORT = "situation_report"  # also flash updates
    PHOTO_STORY = "photo_story"


class Language(StrEnum):
    EN = "en"
    ES = "es"
    PT = "pt"
    FR = "fr"


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    SUBHEAD = "subhead"
    QUOTE = "quote"
    BULLETS = "bullets"
    PHOTO = "photo"


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text with its formatting."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a story body: a paragraph, subhead, quote, list or photo slot."""

    kind: BlockKind
    spans: tuple[Span, ...] = ()
    items: tuple[tuple[Span, ...], ...] = ()
    photo_id: int | None = None
    attribution: str = ""

    @property
    def text(self) -> str:
        if self.kind is BlockKind.BULLETS:
            return "\n".join(plain(item) for item in self.items)
        return plain(self.spans)


def plain(spans: tuple[Span, ...]) -> str:
    return "".join(span.text for span in spans)


def paragraph(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, (Span(text),))


def subhead(text: str) -> Block:
    return Block(BlockKind.SUBHEAD, (Span(text),))


def quote(text: str, attribution: str = "") -> Block:
    return Block(BlockKind.QUOTE, (Span(text),), attribution=attribution)


def bullets(items: list[str] | tuple[str, ...]) -> Block:
    return Block(BlockKind.BULLETS, items=tuple((Span(item),) for item in items))


def photo_slot(photo_id: int) -> Block:
    return Block(BlockKind.PHOTO, photo_id=photo_id)


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where and when a story was filed: "Lima, Peru" / "2023-06-24"."""

    place: str = ""
    date: str = ""

    def __bool__(self) -> bool:
        return bool(self.place or self.date)


@dataclass(frozen=True, slots=True)
class Story:
    id: int | None
    title: str
    kind: StoryKind = StoryKind.FEATURE
    language: Language = Language.EN
    standfirst: str = ""
    dateline: Dateline = Dateline()
    byline: str = ""
    body: tuple[Block, ...] = ()
    tags: tuple[str, ...] = ()
    sdgs: tuple[int, ...] = ()
    footnotes: tuple[str, ...] = ()
    embargo: str = ""
    source_url: str = ""
    origin: str = ""
    translation_of: int | None = None
    # the catalog row's revision when read (a write checks the row is still at it);
    # bookkeeping, not content: left out of equality and of the build fingerprint (repr)
    revision: int = field(default=0, compare=False, repr=False)

    @property
    def photo_ids(self) -> tuple[int, ...]:
        return tuple(b.photo_id for b in self.body if b.kind is BlockKind.PHOTO and b.photo_id)

    @property
    def text(self) -> str:
        return "\n".join(block.text for block in self.body if block.kind is not BlockKind.PHOTO)


# Body (de)serialisation is pure data mapping, kept beside the types it maps.


def body_to_data(body: tuple[Block, ...]) -> list[dict]:
    return [_block_to_data(block) for block in body]


def body_from_data(data: list[dict]) -> tuple[Block, ...]:
    return tuple(_block_from_data(item) for item in data)


def _span_to_data(span: Span) -> dict:
    data: dict = {"t": span.text}
    if span.bold:
        data["b"] = True
    if span.italic:
        data["i"] = True
    if span.href:
        data["h"] = span.href
    return data


def _span_from_data(data: dict) -> Span:
    return Span(str(data.get("t", "")), bool(data.get("b")), bool(data.get("i")), data.get("h"))


def _block_to_data(block: Block) -> dict:
    data: dict = {"k": block.kind.value}
    if block.spans:
        data["s"] = [_span_to_data(s) for s in block.spans]
    if block.items:
        data["items"] = [[_span_to_data(s) for s in item] for item in block.items]
    if block.photo_id is not None:
        data["photo"] = block.photo_id
    if block.attribution:
        data["by"] = block.attribution
    return data


def _block_from_data(data: dict) -> Block:
    return Block(
        kind=BlockKind(data["k"]),
        spans=tuple(_span_from_data(s) for s in data.get("s", ())),
        items=tuple(tuple(_span_from_data(s) for s in item) for item in data.get("items", ())),
        photo_id=data.get("photo"),
        attribution=data.get("by", ""),
    )


__all__ = [
    "Block",
    "BlockKind",
    "Dateline",
    "Language",
    "Span",
    "Story",
    "StoryKind",
    "body_from_data",
    "body_to_data",
    "bullets",
    "paragraph",
    "photo_slot",
    "plain",
    "quote",
    "subhead",
]
