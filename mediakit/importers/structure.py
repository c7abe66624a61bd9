"""From paragraphs to a story: title, dateline, captions, quotes, contacts, figures.

Every story format (.txt, .md, .docx, .html) turns its file into `Para`s, with hints where the
format says what a paragraph is (a heading, a list item); the rules here do the rest.
Parsing never writes: it returns model objects and notes; `edits` stores them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from mediakit.importers import blocks
from mediakit.importers.contacts import START as CONTACTS_START
from mediakit.importers.contacts import parse_contacts
from mediakit.importers.figures import parse_figure, source_from_footnote
from mediakit.importers.language import detect_language
from mediakit.importers.lines import Hint, Line, Para
from mediakit.importers.noise import Dropped, strip_navigation
from mediakit.model import (
    BadInputError,
    Block,
    BlockKind,
    Contact,
    Dateline,
    KeyFigure,
    Photo,
    Story,
    StoryKind,
    bullets,
    paragraph,
    photo_slot,
    quote,
    subhead,
)
from mediakit.model.bundle import Bundle

MAX_TITLE_WORDS = 30
MAX_LINE_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class ParsedImage:
    """An image that came inside a document (or is the file itself), not yet stored."""

    data: bytes
    ext: str
    width: int
    height: int
    name: str = ""
    proxy: bytes = b""  # the working copy made by the decode that checked it (imaging.proxies)
    media_hash: str = ""  # set once the original is in the media store


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """What one document gave. Photo blocks in `story.body` point at `photos` by index."""

    name: str
    story: Story | None
    photos: tuple[Photo, ...] = ()
    contacts: tuple[Contact, ...] = ()
    figures: tuple[KeyFigure, ...] = ()
    boilerplate: tuple[str, ...] = ()
    dropped: tuple[Dropped, ...] = ()
    notes: tuple[str, ...] = ()
    images: dict[int, ParsedImage] = field(default_factory=dict)  # photo index -> its image
    bundle: Bundle | None = None  # a whole kit from a .mediakit file
    bundle_images: dict[str, ParsedImage] = field(default_factory=dict)  # media hash -> image
    # The story's document as lines with their roles (the import review shows them); the
    # images its pictures came from, by their index in it; the web site it came from.
    lines: tuple[Line, ...] = ()
    source_images: tuple[ParsedImage, ...] = ()
    site: str = ""

    def without_image_bytes(self) -> ParsedDocument:
        """This document with its images' bytes let go: once they are stored, reports and
        undo need only their sizes, names and hashes (a batch of camera photos would otherwise
        stay in memory whole until the import ends, and in the undo history after it)."""

        def light(images: dict) -> dict:
            return {key: replace(image, data=b"", proxy=b"") for key, image in images.items()}

        return replace(
            self,
            images=light(self.images),
            bundle_images=light(self.bundle_images),
            source_images=tuple(replace(i, data=b"", proxy=b"") for i in self.source_images),
        )


@dataclass
class _Draft:
    body: list[Block] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    sdgs: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    images: dict[int, ParsedImage] = field(default_factory=dict)
    byline: str = ""
    dateline: Dateline = Dateline()


def document_from_paras(
    paras: list[Para],
    *,
    name: str,
    title: str = "",
    images: tuple[ParsedImage, ...] = (),
) -> ParsedDocument:
    """The story in `paras`: navigation dropped, structure recognised, notes for what is missing."""
    paras = [p for p in paras if p.text.strip() or p.hint is Hint.IMAGE]
    if not paras:
        raise BadInputError("the document has no text", name or None)
    stripped = strip_navigation([p.text for p in paras])
    content = paras[len(paras) - len(stripped.lines) :]
    notes: list[str] = []
    if not title and content and _is_title_para(content[0]):
        title, content = content[0].text, content[1:]
    draft = _read_body(content, images)
    kind = _kind(draft, title)
    figures = _figures(draft) if kind is StoryKind.ABOUT else []
    if not title:
        title = _title_from(draft, name)
        notes.append("no title line was found; the first words stand in until you give it one")
    story = Story(
        id=None,
        title=title,
        kind=kind,
        language=detect_language(" ".join(b.text for b in draft.body)),
        dateline=draft.dateline,
        byline=draft.byline,
        body=tuple(draft.body),
        sdgs=tuple(draft.sdgs),
        tags=tuple(draft.tags),
        footnotes=tuple(draft.footnotes),
        origin=name,
    )
    notes += [f"figure “{f.value}” has no source" for f in figures if not f.source]
    return ParsedDocument(
        name=name,
        story=story,
        photos=tuple(draft.photos),
        contacts=tuple(draft.contacts),
        figures=tuple(figures),
        boilerplate=tuple(stripped.boilerplate),
        dropped=tuple(stripped.dropped),
        notes=tuple(notes),
        images=draft.images,
    )


def split_long(text: str) -> list[str]:
    """Very long paragraphs are cut at sentence ends so layout never chokes on one."""
    if len(text) <= MAX_LINE_CHARS:
        return [text]
    pieces, current = [], ""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        while len(sentence) > MAX_LINE_CHARS:
            pieces.append(sentence[:MAX_LINE_CHARS])
            sentence = sentence[MAX_LINE_CHARS:]
        if current and len(current) + len(sentence) + 1 > MAX_LINE_CHARS:
            pieces.append(current)
            current = ""
        current = f"{current} {sentence}".strip()
    return [*pieces, current] if current else pieces


def _is_title_para(para: Para) -> bool:
    if para.hint is Hint.TITLE:
        return True
    if para.hint in (Hint.NONE, Hint.HEADING):
        return _is_title(para.text)
    return False


def _is_title(line: str) -> bool:
    line = re.sub(r"(\[\d{1,3}\])+$", "", line)
    return (
        len(line.split()) <= MAX_TITLE_WORDS
        and not line.endswith((".", ",", ";", ":"))
        and not blocks.is_pure_quote(line)
        and line[:1] not in '“"«'
        and not blocks.DATELINE.match(line)
        and not blocks.BULLET.match(line)
    )


def _read_body(paras: list[Para], images: tuple[ParsedImage, ...]) -> _Draft:
    draft = _Draft()
    index = 0
    while index < len(paras):
        para = paras[index]
        if para.hint is Hint.NONE and CONTACTS_START.match(para.text):
            contacts, used = parse_contacts([p.text for p in paras[index + 1 :]])
            if contacts:
                _flush_bullets(draft)
                draft.contacts += contacts
                index += used + 1
                continue
        _read_para(draft, para, images, is_last=index == len(paras) - 1)
        index += 1
    _flush_bullets(draft)
    return draft


def _read_para(
    draft: _Draft, para: Para, images: tuple[ParsedImage, ...], *, is_last: bool
) -> None:
    line = para.text
    bullet = blocks.BULLET.match(line) if para.hint is Hint.NONE else None
    if para.hint is Hint.BULLET or bullet:
        draft.bullets.append((bullet.group("text") if bullet else line).rstrip(",;").strip())
        return
    _flush_bullets(draft)
    if para.hint is Hint.IMAGE and para.image is not None:
        _add_photo(draft, "", "", images[para.image])
    elif para.hint is Hint.HEADING:
        draft.body.append(subhead(line))
    elif para.hint is Hint.QUOTE:
        draft.body.append(quote(blocks.unquote(line)))
    elif footnote := blocks.FOOTNOTE.match(line):
        draft.footnotes.append(footnote.group("text").strip())
    elif sdg := blocks.SDG.match(line):
        draft.sdgs.append(int(sdg.group("number")))
        draft.tags.append(line.strip())
    elif byline := blocks.BYLINE.match(line):
        draft.byline = byline.group("who").strip()
    elif (credit := blocks.split_credit(line)) is not None:
        _add_photo(draft, *credit)
    elif not draft.body and not draft.dateline and (dateline := blocks.DATELINE.match(line)):
        place = dateline.group("place").strip(" ,")
        draft.dateline = Dateline(place, blocks.parse_date(dateline.group("date") or ""))
        draft.body.append(paragraph(dateline.group("rest")))
    elif blocks.is_pure_quote(line):
        draft.body.append(quote(blocks.unquote(line)))
    elif blocks.is_heading(line) and not is_last and draft.body:
        draft.body.append(subhead(line))
    elif para.spans:
        draft.body.append(Block(BlockKind.PARAGRAPH, para.spans))
    else:
        draft.body.append(paragraph(line))


def _add_photo(draft: _Draft, caption: str, credit: str, image: ParsedImage | None = None) -> None:
    """A caption line belongs to the picture just above it; a lone credit line to the caption
    just above it; otherwise it makes a photo slot waiting for its image."""
    last = draft.body[-1] if draft.body else None
    if image is None and last is not None and last.kind is BlockKind.PHOTO:
        index = last.photo_id
        if index in draft.images and not draft.photos[index].caption:
            draft.photos[index] = replace(
                draft.photos[index], caption=caption, credit=credit, alt_text=caption
            )
            return
    if image is None and not caption and last is not None and last.kind is BlockKind.PARAGRAPH:
        caption = draft.body.pop().text
    draft.photos.append(Photo(id=None, caption=caption, credit=credit, alt_text=caption))
    draft.body.append(photo_slot(len(draft.photos) - 1))
    if image is not None:
        draft.images[len(draft.photos) - 1] = image


def _flush_bullets(draft: _Draft) -> None:
    if draft.bullets:
        draft.body.append(bullets(draft.bullets))
        draft.bullets = []


def _kind(draft: _Draft, title: str) -> StoryKind:
    if draft.contacts and draft.dateline.date:
        return StoryKind.PRESS_RELEASE
    has_quotes = any(
        b.kind is BlockKind.QUOTE or "“" in b.text or '"' in b.text for b in draft.body
    )
    if not title and not draft.dateline and not draft.photos and not has_quotes:
        return StoryKind.ABOUT
    return StoryKind.FEATURE


def _figures(draft: _Draft) -> list[KeyFigure]:
    source, as_of = (
        source_from_footnote(draft.footnotes[0]) if len(draft.footnotes) == 1 else ("", "")
    )
    figures = []
    for block in draft.body:
        if block.kind is BlockKind.PARAGRAPH:
            figure = parse_figure(re.split(r"(?<=[.!?])\s", block.text, maxsplit=1)[0])
            if figure:
                figures.append(replace(figure, source=source, as_of=as_of))
    return figures


def _title_from(draft: _Draft, name: str) -> str:
    first = (
        next((b.text for b in draft.body if b.kind is BlockKind.PARAGRAPH), "") or Path(name).stem
    )
    words = first.split()
    return " ".join(words[:10]) + ("…" if len(words) > 10 else "")
