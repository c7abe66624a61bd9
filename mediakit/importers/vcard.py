"""vCards (.vcf, versions 3 and 4) read with vobject."""

from __future__ import annotations

from pathlib import Path

import vobject

from mediakit.importers.decode import decode_text, read_limited
from mediakit.importers.people import checked_email, clean_cell, display_phone, phone_problem
from mediakit.importers.structure import ParsedDocument
from mediakit.model import BadInputError, Contact

MAX_CARDS = 5_000


def parse_vcard_file(path: Path) -> ParsedDocument:
    text = decode_text(read_limited(path), name=str(path))
    contacts, notes = [], []
    try:
        for index, card in enumerate(vobject.readComponents(text, ignoreUnreadable=True)):
            if index >= MAX_CARDS:
                raise BadInputError(f"the file holds more than {MAX_CARDS} cards", path)
            contact, problems = _contact(card)
            if contact is not None:
                contacts.append(contact)
            notes += problems
    except BadInputError:
        raise
    except Exception as exc:  # vobject raises ParseError and friends on broken cards
        raise BadInputError(f"this vCard file cannot be read ({type(exc).__name__})", path) from exc
    if not contacts:
        raise BadInputError("no contact with a name was found in this vCard file", path)
    return ParsedDocument(name=path.name, story=None, contacts=tuple(contacts), notes=tuple(notes))


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
