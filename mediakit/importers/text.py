"""Plain-text stories (.txt): structure recovered from lines, navigation noise dropped.

Parsing never writes: it returns model objects and notes; `edits` stores them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from mediakit.importers import blocks
from mediakit.importers.contacts import START as CONTACTS_START
from mediakit.importers.contacts import parse_contacts
from mediakit.importers.decode import decode_text
from mediakit.importers.figures import parse_figure, source_from_footnote
from mediakit.importers.language import detect_language
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

MAX_TITLE_WORDS = 30
MAX_LINE_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """What one document gave. Photo blocks in `story.body` point at `photos` by index."""

    name: str
    story: Story
    photos: tuple[Photo, ...] = ()
    contacts: tuple[Contact, ...] = ()
    figures: tuple[KeyFigure, ...] = ()
    boilerplate: tuple[str, ...] = ()
    dropped: tuple[Dropped, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass
class _Draft:
    body: list[Block] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    sdgs: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    byline: str = ""
    dateline: Dateline = Dateline()


def parse_text_file(path: Path) -> ParsedDocument:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadInputError(f"the file cannot be read ({exc.strerror or exc})", path) from exc
    return parse_text(decode_text(data, name=str(path)), name=path.name)


def parse_text(text: str, *, name: str = "") -> ParsedDocument:
    lines = _paragraph_lines(text)
    if not lines:
        raise BadInputError("the document has no text", name or None)
    stripped = strip_navigation(lines)
    content = stripped.lines
    notes: list[str] = []
    title = ""
    if content and _is_title(content[0]):
        title, content = content[0], content[1:]
    draft = _read_body(content)
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
    )


def _paragraph_lines(text: str) -> list[str]:
    """One entry per paragraph: hard-wrapped lines joined, very long lines split at sentences."""
    result: list[str] = []
    for group in re.split(r"\n\s*\n", text):
        current = ""
        for raw in group.split("\n"):
            line = " ".join(raw.split())
            if not line:
                continue
            if current and not current.endswith(tuple('.!?:”"')) and line[0].islower():
                current = f"{current} {line}"
            else:
                if current:
                    result.append(current)
                current = line
        if current:
            result.append(current)
    return [piece for line in result for piece in _split_long(line)]


def _split_long(line: str) -> list[str]:
    if len(line) <= MAX_LINE_CHARS:
        return [line]
    return [line[i : i + MAX_LINE_CHARS] for i in range(0, len(line), MAX_LINE_CHARS)]


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


def _read_body(lines: list[str]) -> _Draft:
    draft = _Draft()
    index = 0
    while index < len(lines):
        line = lines[index]
        if CONTACTS_START.match(line):
            contacts, used = parse_contacts(lines[index + 1 :])
            if contacts:
                _flush_bullets(draft)
                draft.contacts += contacts
                index += used + 1
                continue
        _read_line(draft, line, is_last=index == len(lines) - 1)
        index += 1
    _flush_bullets(draft)
    return draft


def _read_line(draft: _Draft, line: str, *, is_last: bool) -> None:
    bullet = blocks.BULLET.match(line)
    if bullet:
        draft.bullets.append(bullet.group("text").rstrip(",;").strip())
        return
    _flush_bullets(draft)
    if footnote := blocks.FOOTNOTE.match(line):
        draft.footnotes.append(footnote.group("text").strip())
    elif sdg := blocks.SDG.match(line):
        draft.sdgs.append(int(sdg.group("number")))
        draft.tags.append(line.strip())
    elif byline := blocks.BYLINE.match(line):
        draft.byline = byline.group("who").strip()
    elif (credit := blocks.split_credit(line)) is not None:
        _add_photo(draft, *credit)
    elif not draft.body and not draft.dateline and (dateline := blocks.DATELINE.match(line)):
        draft.dateline = Dateline(
            dateline.group("place").strip(" ,"), blocks.parse_date(dateline.group("date") or "")
        )
        draft.body.append(paragraph(dateline.group("rest")))
    elif blocks.is_pure_quote(line):
        draft.body.append(quote(blocks.unquote(line)))
    elif blocks.is_heading(line) and not is_last and draft.body:
        draft.body.append(subhead(line))
    else:
        draft.body.append(paragraph(line))


def _add_photo(draft: _Draft, caption: str, credit: str) -> None:
    """A credit on its own line belongs to the caption just before it."""
    if not caption and draft.body and draft.body[-1].kind is BlockKind.PARAGRAPH:
        caption = draft.body.pop().text
    draft.photos.append(Photo(id=None, caption=caption, credit=credit, alt_text=caption))
    draft.body.append(photo_slot(len(draft.photos) - 1))


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
