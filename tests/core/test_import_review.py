"""The import review in the core: a story's document kept with it, one line given another role as
one undoable edit, and the junk marks of a web site remembered for its later pages."""

from __future__ import annotations

import sqlite3

import pytest

from mediakit.edits import History, ImportDocument
from mediakit.edits.import_review import CorrectImport, reviewed_document
from mediakit.importers import parse_file, parse_text
from mediakit.importers.lines import Role
from mediakit.library import Library, queries
from mediakit.library.import_trace import site_junk
from mediakit.model import Contact, KeyFigure, Photo, Story

DOCUMENT = """Share this page
Clinic reopens in Cúcuta after the floods

CÚCUTA, Colombia, 3 May 2024 – The health post that serves 4,000 families reopened today, two months after flood water reached its roof.

Nurses saw 120 patients on the first morning, most of them children with skin infections.

Photo: A nurse weighs a baby at the reopened post. © UNICEF/Ana Ruiz

For more information, please contact:
Ana Ruiz, Communication Officer, +57 300 555 0101, aruiz@example.org
"""


def _import(library: Library, text: str, name: str = "clinic.txt") -> tuple[History, int]:
    history = History(library.catalog)
    edit = ImportDocument(parse_text(text, name=name))
    history.do(edit)
    return history, edit.result.story_id


def _rows(db: sqlite3.Connection) -> tuple:
    return tuple(
        tuple(item for item in queries.all_of(db, model))
        for model in (Story, Photo, Contact, KeyFigure)
    )


def test_the_document_is_kept_with_the_story_and_read_back(empty_library):
    _, story_id = _import(empty_library, DOCUMENT)
    document = reviewed_document(empty_library.db, story_id)
    assert document is not None
    assert [line.text for line in document.lines][1] == "Clinic reopens in Cúcuta after the floods"
    assert document.story.title == queries.one_of(empty_library.db, Story, story_id).title
    assert reviewed_document(empty_library.db, story_id + 1) is None


def test_a_correction_is_one_undoable_edit_that_restores_exactly(empty_library):
    history, story_id = _import(empty_library, DOCUMENT)
    db = empty_library.db
    before = _rows(db)
    document = reviewed_document(db, story_id)
    body = next(i for i, line in enumerate(document.lines) if line.text.startswith("Nurses"))
    history.do(CorrectImport(story_id, body, Role.TITLE))
    story = queries.one_of(db, Story, story_id)
    assert story.title.startswith("Nurses saw 120 patients")
    assert reviewed_document(db, story_id).lines[body].role is Role.TITLE
    assert reviewed_document(db, story_id).lines[body].reason == "you gave it this role"
    after = _rows(db)
    history.undo()
    assert _rows(db) == before
    assert reviewed_document(db, story_id).lines[body].role is not Role.TITLE
    history.redo()
    assert _rows(db) == after


def test_contacts_and_photos_follow_the_roles(empty_library):
    history, story_id = _import(empty_library, DOCUMENT)
    db = empty_library.db
    document = reviewed_document(db, story_id)
    assert len(queries.all_of(db, Contact)) == 1
    contact = next(i for i, line in enumerate(document.lines) if "aruiz@" in line.text)
    history.do(CorrectImport(story_id, contact, Role.JUNK))
    assert queries.all_of(db, Contact) == []
    history.undo()
    assert [c.email for c in queries.all_of(db, Contact)] == ["aruiz@example.org"]
    caption = next(i for i, line in enumerate(document.lines) if line.text.startswith("Photo:"))
    photo_before = queries.all_of(db, Photo)
    history.do(CorrectImport(story_id, caption, Role.BODY))
    assert len(queries.all_of(db, Photo)) == len(photo_before) - 1
    history.undo()
    assert queries.all_of(db, Photo) == photo_before


def test_a_story_not_imported_from_a_document_cannot_be_corrected(demo_library):
    history = History(demo_library.catalog)
    with pytest.raises(Exception, match="not imported"):
        history.do(CorrectImport(10_000, 0, Role.JUNK))


PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | News</title>
<meta property="og:url" content="https://news.example.org/{slug}">
<link rel="canonical" href="https://news.example.org/{slug}">
</head><body><main><article>
<h1>{title}</h1>
<p>Voices from the field</p>
<p>{first}</p>
<p>{second}</p>
</article></main></body></html>"""


def _page(tmp_path, slug: str, title: str, first: str, second: str):
    path = tmp_path / f"{slug}.html"
    path.write_text(PAGE.format(slug=slug, title=title, first=first, second=second), "utf-8")
    return path


def test_a_line_marked_junk_on_a_site_is_dropped_from_its_later_pages(empty_library, tmp_path):
    first = _page(
        tmp_path,
        "a",
        "Wells repaired in three northern districts",
        "GENEVA, 2 May 2024 – Engineers repaired forty wells in three northern districts this "
        "spring, bringing clean water back to some 30,000 people who had walked for hours.",
        "The work was paid for by a regional fund and finished before the dry season began.",
    )
    second = _page(
        tmp_path,
        "b",
        "School meals return to two hundred schools",
        "NAIROBI, 9 May 2024 – Children in two hundred schools are eating a hot midday meal "
        "again after a six-month gap caused by a shortfall in funding for the programme.",
        "Teachers say attendance rose by a third in the first fortnight of the restarted meals.",
    )
    history = History(empty_library.catalog)
    edit = ImportDocument(parse_file(first))
    history.do(edit)
    assert edit.document.site == "news.example.org"
    db = empty_library.db
    lines = reviewed_document(db, edit.result.story_id).lines
    listen = next(i for i, line in enumerate(lines) if line.text == "Voices from the field")
    assert lines[listen].role is not Role.JUNK, "the reader took it for junk on its own"
    history.do(CorrectImport(edit.result.story_id, listen, Role.JUNK))
    assert site_junk(db, "news.example.org") == {"voices from the field"}
    later = ImportDocument(parse_file(second))
    history.do(later)
    story = queries.one_of(db, Story, later.result.story_id)
    words = " ".join(b.text for b in story.body) + story.title + story.standfirst
    assert "Voices from the field" not in words
    line = next(
        line
        for line in reviewed_document(db, story.id).lines
        if line.text == "Voices from the field"
    )
    assert line.role is Role.JUNK and "this site" in line.reason
    history.undo()  # the second import
    history.undo()  # the correction: the site forgets the line
    assert site_junk(db, "news.example.org") == frozenset()


def test_a_catalog_of_schema_3_gains_the_import_tables(tmp_path):
    from mediakit.library import CATALOG_NAME, SCHEMA_VERSION
    from mediakit.library.catalog import APPLICATION_ID, _statements
    from mediakit.library.migrations import MIGRATIONS

    (tmp_path / "old").mkdir()
    db = sqlite3.connect(tmp_path / "old" / CATALOG_NAME)
    for script in MIGRATIONS[:3]:
        for statement in _statements(script):
            db.execute(statement)
    db.execute("INSERT INTO stories (kind, language, title) VALUES ('feature', 'en', 'Kept')")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 3")
    db.commit()
    db.close()
    with Library.open(tmp_path / "old") as library:
        assert library.catalog.version == SCHEMA_VERSION >= 4
        assert queries.one_of(library.db, Story, 1).title == "Kept"
        assert reviewed_document(library.db, 1) is None
        assert site_junk(library.db, "news.example.org") == frozenset()
