"""Media contacts from a press release's "For additional information:" block."""

from __future__ import annotations

import re

from mediakit.importers.people import display_phone
from mediakit.model import Contact

START = re.compile(
    r"^(?:for (?:additional|more|further) information|media contacts?|press contacts?|contacts?"
    r"|para (?:más|mayor) información|contactos?(?: de prensa)?|para mais informações"
    r"|pour plus d'informations|contacts? presse)\b[^.]*:?\s*$",
    re.IGNORECASE,
)
PLACE = re.compile(r"^(?:In|En|Em|No|Na|À|Au|A)\s+(?P<place>[^:,]{2,40}):\s*$")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\+?\s?\(?\d[\d\s().-]{5,}\d")


def parse_contact(line: str, place: str) -> Contact | None:
    """'Name, ORG, email phone' with irregular commas and spaces; None if no e-mail or phone."""
    email_match = EMAIL.search(line)
    before = line[: email_match.start()] if email_match else line
    after = line[email_match.end() :] if email_match else ""
    phones = tuple(display_phone(p) for p in PHONE.findall(after if email_match else line))
    if not email_match and not phones:
        return None
    if not email_match:
        before = PHONE.split(line)[0]
    fields = [f.strip() for f in before.split(",") if f.strip()]
    if not fields:
        return None
    return Contact(
        id=None,
        name=fields[0],
        organisation=fields[1] if len(fields) > 1 else "",
        role=", ".join(fields[2:]),
        email=email_match.group(0).rstrip(".") if email_match else "",
        phones=phones,
        city=place,
    )


def parse_contacts(lines: list[str]) -> tuple[list[Contact], int]:
    """Contacts from the lines after the block's heading; also how many lines were used."""
    contacts: list[Contact] = []
    place = ""
    used = 0
    for line in lines:
        heading = PLACE.match(line)
        if heading:
            place = heading.group("place").strip()
        else:
            contact = parse_contact(line, place)
            if contact is None:
                break
            contacts.append(contact)
        used += 1
    return contacts, used
