"""Contact lists (.csv): delimiter and encoding sniffed, header names in en / es / pt / fr."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from mediakit.importers.decode import decode_text, read_limited
from mediakit.importers.people import checked_email, clean_cell, display_phone, phone_problem
from mediakit.importers.structure import ParsedDocument
from mediakit.model import BadInputError, Contact

HEADERS = {
    "name": ("name", "full name", "nombre", "nome", "nom", "contact", "contacto"),
    "email": (
        "email",
        "e-mail",
        "mail",
        "correo",
        "correo electrónico",
        "courriel",
        "adresse e-mail",
    ),
    "phone": (
        "phone",
        "telephone",
        "tel",
        "mobile",
        "teléfono",
        "telefono",
        "celular",
        "telefone",
        "téléphone",
        "portable",
    ),
    "organisation": (
        "organisation",
        "organization",
        "org",
        "organización",
        "organizacion",
        "organização",
        "entidad",
        "agency",
        "agencia",
    ),
    "role": (
        "role",
        "title",
        "position",
        "job title",
        "cargo",
        "función",
        "puesto",
        "fonction",
        "função",
    ),
    "city": ("city", "ciudad", "cidade", "ville", "place", "lugar"),
    "country": ("country", "país", "pais", "pays"),
    "languages": ("languages", "language", "idiomas", "idioma", "línguas", "langues"),
}
MAX_ROWS = 20_000


def parse_csv_file(path: Path) -> ParsedDocument:
    text = decode_text(read_limited(path), name=str(path))
    rows = _rows(text, path)
    if not rows:
        raise BadInputError("the CSV file is empty", path)
    columns = _columns(rows[0])
    if "name" not in columns:
        raise BadInputError("no “name” column was found in the first row of the CSV file", path)
    contacts, notes = [], []
    for number, row in enumerate(rows[1 : MAX_ROWS + 1], start=2):
        contact, problems = _contact(row, columns)
        if contact is not None:
            contacts.append(contact)
        notes += [f"row {number}: {p}" for p in problems]
    if not contacts:
        raise BadInputError("the CSV file has no contact rows", path)
    return ParsedDocument(name=path.name, story=None, contacts=tuple(contacts), notes=tuple(notes))


def _rows(text: str, path: Path) -> list[list[str]]:
    try:
        dialect = csv.Sniffer().sniff(text[:20_000], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    try:
        return [
            row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)
        ]
    except csv.Error as exc:
        raise BadInputError(f"the CSV file is malformed ({exc})", path) from exc


def _columns(header: list[str]) -> dict[str, int]:
    found = {}
    for index, cell in enumerate(header):
        label = clean_cell(cell).lower().strip(" :*")
        for field, names in HEADERS.items():
            if label in names and field not in found:
                found[field] = index
    return found


def _contact(row: list[str], columns: dict[str, int]) -> tuple[Contact | None, list[str]]:
    def cell(field: str) -> str:
        index = columns.get(field)
        return clean_cell(row[index]) if index is not None and index < len(row) else ""

    name = cell("name")
    if not name:
        return None, []
    email, problem = checked_email(cell("email"))
    phones = tuple(
        display_phone(p) for p in cell("phone").replace(";", "/").split("/") if p.strip()
    )
    problems = ([problem] if problem else []) + [p for p in map(phone_problem, phones) if p]
    languages = tuple(
        x.strip() for x in cell("languages").replace(";", ",").split(",") if x.strip()
    )
    contact = Contact(
        id=None,
        name=name,
        role=cell("role"),
        organisation=cell("organisation"),
        email=email,
        phones=phones,
        city=cell("city"),
        country=cell("country"),
        languages=languages,
    )
    return contact, [f"{name}: {p}" for p in problems]
