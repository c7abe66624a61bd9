"""Field offices made, changed and removed, each one undo step (the app and `mediakit office`).

An office's name is its handle on the command line (`--each office=Bogotá`), so it is unique
in the library; its language and paper are those a kit can be printed in, and its contacts are
library contacts. Never touch widgets here.
"""

from __future__ import annotations

import dataclasses
import sqlite3

from mediakit.edits.changes import Changes
from mediakit.edits.commands import AddItem, DeleteItem, UpdateItem
from mediakit.edits.history import History
from mediakit.library import queries
from mediakit.model import BadInputError, Contact, Language, NotFoundError, Office, Paper
from mediakit.model.offices import office_slug


def new_office(
    history: History,
    *,
    name: str = "",
    city: str = "",
    country: str = "",
    language: Language | str = Language.EN,
    paper: Paper | str = Paper.A4,
    contact_ids: tuple[int, ...] = (),
) -> Office:
    """A new office; with no name, “New office” (or “New office 2”…) to overwrite in its form."""
    db = history.catalog.db
    name = " ".join(name.split()) or _free_name(db, "New office")
    office = checked(
        db,
        Office(
            None,
            name,
            city=" ".join(city.split()),
            country=" ".join(country.split()),
            language=_language(language),
            paper=_paper(paper),
            contact_ids=tuple(contact_ids),
        ),
    )
    edit = AddItem(office, label=f"New office “{office.name}”")
    history.do(edit)
    return edit.item


def update_office(history: History, *, office: Office, **fields) -> Changes:
    """Change an office's name, city, country, language, paper or contacts as one undo step;
    nothing is recorded when nothing changes."""
    if "language" in fields:
        fields["language"] = _language(fields["language"])
    if "paper" in fields:
        fields["paper"] = _paper(fields["paper"])
    for text in ("name", "city", "country"):
        if text in fields:
            fields[text] = " ".join(str(fields[text]).split())
    after = checked(history.catalog.db, dataclasses.replace(office, **fields))
    if after == office:
        return Changes()
    return history.do(UpdateItem(office, after, label=f"Edit office “{after.name}”"))


def delete_office(history: History, *, office: Office) -> Changes:
    """Remove an office (its contacts stay in the library); undo brings it back."""
    return history.do(DeleteItem(office, label=f"Delete office “{office.name}”"))


def find_office(db: sqlite3.Connection, name_or_id: str) -> Office:
    """An office by name (any case, accents as typed), by its file-name form (“boa-vista”) or
    by id (“3”), as typed on the command line."""
    wanted = " ".join(name_or_id.split())
    offices = queries.all_of(db, Office)
    exact = [o for o in offices if o.name == wanted or (wanted.isdigit() and o.id == int(wanted))]
    loose = [o for o in offices if wanted.casefold() in (o.name.casefold(), office_slug(o))]
    found = next(iter((*exact, *loose)), None)
    if found is not None:
        return found
    known = ", ".join(o.name for o in offices) or "none yet"
    raise NotFoundError(f"there is no office named or numbered “{wanted}” (offices: {known})")


def checked(db: sqlite3.Connection, office: Office) -> Office:
    """`office` if the library can hold it: a name no other office has, contacts it has."""
    if not office.name:
        raise BadInputError("an office needs a name")
    row = db.execute(
        "SELECT id FROM offices WHERE name = ? AND id IS NOT ?", (office.name, office.id)
    ).fetchone()
    if row is not None:
        raise BadInputError(f"there is already an office named “{office.name}”")
    if len(set(office.contact_ids)) != len(office.contact_ids):
        office = dataclasses.replace(office, contact_ids=tuple(dict.fromkeys(office.contact_ids)))
    missing = set(office.contact_ids) - set(queries.some_of(db, Contact, set(office.contact_ids)))
    if missing:
        raise BadInputError(f"there is no contact with id {min(missing)} for the office")
    return office


def _language(value: Language | str) -> Language:
    try:
        return Language(str(value).strip().lower())
    except ValueError:
        choices = ", ".join(lang.value for lang in Language)
        raise BadInputError(f"“{value}” is not a kit language ({choices})") from None


def _paper(value: Paper | str) -> Paper:
    try:
        return Paper(str(value).strip().lower())
    except ValueError:
        choices = ", ".join(p.value for p in Paper)
        raise BadInputError(f"“{value}” is not a paper size ({choices})") from None


def _free_name(db: sqlite3.Connection, name: str) -> str:
    candidate, number = name, 1
    while db.execute("SELECT 1 FROM offices WHERE name = ?", (candidate,)).fetchone():
        number += 1
        candidate = f"{name} {number}"
    return candidate
