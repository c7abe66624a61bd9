"""vCards (.vcf, versions 3 and 4) read with vobject."""

from __future__ import annotations

import re
from pathlib import Path

import vobject

from mediakit.importers.decode import decode_text, read_limited
from mediakit.importers.people import checked_email, clean_cell, display_phone, phone_problem
from mediakit.importers.structure import ParsedDocument
from mediakit.model import BadInputError, Contact

MAX_CARDS = 5_000


def parse_vcard_file(path: Path) -> ParsedDocument:
    """The file's contacts; a card that cannot be read is skipped with a note giving its
    number and line, and only a file where no card can be read is refused."""
    text = decode_text(read_limited(path), name=str(path))
    cards = split_cards(text)
    if len(cards) > MAX_CARDS:
        raise BadInputError(f"the file holds more than {MAX_CARDS} cards", path)
    contacts, notes, unread = [], [], []
    for number, (line, card_text) in enumerate(cards, start=1):
        card, reason = _read_card(card_text)
        if card is None:
            unread.append((number, line, reason))
            continue
        contact, problems = _contact(card)
        if contact is not None:
            contacts.append(contact)
        notes += problems
    if cards and len(unread) == len(cards):
        number, line, reason = unread[0]
        raise BadInputError(
            f"no card in this vCard file could be read (card {number}, line {line}: {reason})",
            path,
        )
    if not contacts:
        raise BadInputError("no contact with a name was found in this vCard file", path)
    notes += [_unread_note(path.name, *card, imported=len(contacts)) for card in unread]
    return ParsedDocument(name=path.name, story=None, contacts=tuple(contacts), notes=tuple(notes))


def split_cards(text: str) -> list[tuple[int, str]]:
    """Each BEGIN:VCARD … END:VCARD card's first line number (from 1) and its text; a card cut
    short by the next BEGIN or the end of the file is kept as it is, for vobject to refuse."""
    cards: list[tuple[int, str]] = []
    start, lines = 0, []
    for number, logical, physical in _logical_lines(text):
        word = logical.strip().upper()
        if word == "BEGIN:VCARD":
            if lines:
                cards.append((start, "\n".join(lines)))
            start, lines = number, []
        if start:
            lines += physical
        if start and word == "END:VCARD":
            cards.append((start, "\n".join(lines)))
            start, lines = 0, []
    if lines:
        cards.append((start, "\n".join(lines)))
    return cards


def _logical_lines(text: str):
    """(first line number, unfolded line, its physical lines): a line starting with a space
    or a tab continues the one before it (RFC 6350 folding)."""
    number, logical, physical = 0, "", []
    for index, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        if line[:1] in (" ", "\t") and physical:
            logical += line[1:]
            physical.append(line)
            continue
        if physical:
            yield number, logical, physical
        number, logical, physical = index + 1, line, [line]
    if physical:
        yield number, logical, physical


def _read_card(card_text: str):
    """(the vobject card, "") or (None, why it cannot be read)."""
    try:
        return vobject.readOne(card_text + "\n", ignoreUnreadable=True), ""
    except Exception as exc:  # vobject raises ParseError and friends on broken cards
        reason = re.sub(r"^At line \d+:\s*", "", str(exc)).strip()
        return None, reason or type(exc).__name__


def _unread_note(name: str, number: int, line: int, reason: str, *, imported: int) -> str:
    others = (
        "the other card was imported"
        if imported == 1
        else f"the other {imported} cards were imported"
    )
    return f"{name}: card {number} (line {line}) could not be read: {reason}; {others}"


def _value(card, key: str) -> str:
    item = getattr(card, key, None) if key in card.contents else None
    value = getattr(item, "value", "") if item is not None else ""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value if v)
    return clean_cell(str(value))


def _contact(card) -> tuple[Contact | None, list[str]]:
    name = _value(card, "fn")
    if not name:
        return None, []
    problems: list[str] = []
    email, problem = checked_email(_value(card, "email"))
    problems += [problem] if problem else []
    phones = tuple(display_phone(clean_cell(str(t.value))) for t in card.contents.get("tel", []))
    problems += [p for p in map(phone_problem, phones) if p]
    address = card.contents.get("adr", [None])[0]
    city = clean_cell(getattr(address.value, "city", "")) if address is not None else ""
    country = clean_cell(getattr(address.value, "country", "")) if address is not None else ""
    languages = tuple(clean_cell(str(x.value)) for x in card.contents.get("lang", []))
    contact = Contact(
        id=None,
        name=name,
        role=_value(card, "title") or _value(card, "role"),
        organisation=_value(card, "org"),
        email=email,
        phones=phones,
        city=city,
        country=country,
        languages=languages,
    )
    return contact, [f"{name}: {p}" for p in problems]
