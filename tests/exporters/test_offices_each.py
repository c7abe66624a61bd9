"""One PDF for each, below the command line: an office's edition of a kit without contacts, and
a cancel between files (what was written stays, whole; nothing half-written is left)."""

from __future__ import annotations

import dataclasses

import pytest
from pypdf import PdfReader

from mediakit.exporters.editions_each import (
    Extras,
    build_each,
    extras_of,
    for_office,
    parse_each,
    plan,
)
from mediakit.exporters.export import ExportCancelled, ExportRequest
from mediakit.library import queries
from mediakit.model import Contact, Language, Office, Paper, SectionKind

DEMO_KIT = "Venezuela situation — press kit"


def test_an_office_edition_of_a_kit_without_contacts_gets_a_contacts_section(demo_library):
    db = demo_library.db
    content = queries.kit_content(db, queries.find_kit(db, DEMO_KIT))
    bare = dataclasses.replace(
        content.kit,
        sections=tuple(s for s in content.kit.sections if s.kind is not SectionKind.CONTACTS),
    )
    content = dataclasses.replace(content, kit=bare, contacts={})
    contact = queries.all_of(db, Contact)[-1]
    office = Office(7, "Lima", city="Lima", language=Language.ES, contact_ids=(contact.id, 999))
    edition = for_office(content, office, extras_of(db, content, [office]).contacts)
    kinds = [s.kind for s in edition.kit.sections]
    at = kinds.index(SectionKind.CONTACTS)
    assert kinds[at + 1 :] == [SectionKind.ABOUT, SectionKind.BACK_COVER]
    assert edition.kit.sections[at].ids == (contact.id,)  # a contact the library lacks is left out
    assert edition.contacts == {contact.id: contact}
    assert (edition.kit.place, edition.kit.language) == ("Lima", Language.ES)


def test_a_cancel_between_files_keeps_what_was_written_whole(demo_library, tmp_path):
    db = demo_library.db
    content = queries.kit_content(db, queries.find_kit(db, DEMO_KIT))
    variants = plan(content, parse_each(["paper=a4,letter"]), [])
    out = tmp_path / "out"
    done: list[int] = []
    with pytest.raises(ExportCancelled):
        build_each(
            ExportRequest(content=content, target=out),
            variants,
            extras=Extras(),
            photos=demo_library.cache,
            progress=lambda finished, _total: done.append(finished),
            cancelled=lambda: bool(done),
            workers=1,
        )
    (written,) = out.iterdir()  # the first file, whole; no temporary file beside it
    assert written.name == variants[0].name
    assert round(float(PdfReader(written).pages[0].mediabox.width)) == 595
    assert variants[0].paper is Paper.A4
