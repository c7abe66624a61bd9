"""Field offices and `mediakit build --each`: one kit, one PDF for each office (its contacts first,
its city on the cover, its language and paper), language, paper or edition, from the command
line, as issue 18 states it."""

from __future__ import annotations

import contextlib
import json
import sqlite3

import pytest
from pypdf import PdfReader

from mediakit.cli import main
from mediakit.edits import History
from mediakit.edits.items import update_item
from mediakit.library import APPLICATION_ID, Library, migrations, queries
from mediakit.library.catalog import _statements
from mediakit.model import Contact, Language, Office, Paper

DEMO_KIT = "Venezuela situation — press kit"
STEM = "venezuela-situation-press-kit"
LETTER, A4 = (612, 792), (595, 842)
# The sentence that opens the contacts section, in the kit's language (layout.kit_language).
CONTACTS_INTRO = {
    "en": "For additional information, please contact:",
    "es": "Para más información, contacte con:",
    "pt": "Para mais informações, entre em contato com:",
    "fr": "Pour plus d’informations, veuillez contacter :",
}
# Words of the kit itself (not of its stories) in each language.
KIT_WORDS = {
    "en": ("Contents", "Key figures"),
    "es": ("Contenido", "Cifras clave"),
    "pt": ("Índice", "Números-chave"),
    "fr": ("Sommaire", "Chiffres clés"),
}


def run(library, *args) -> int:
    return main(["--library", str(library), *args])


def contact_named(library, name: str) -> int:
    with Library.open(library) as lib:
        return next(c.id for c in queries.all_of(lib.db, Contact) if c.name == name)


@pytest.fixture
def three_offices(demo_library_path):
    """The demo library with Bogotá (es, Letter), Boa Vista (pt, A4) and Port-au-Prince (fr,
    A4), each with a different first contact."""
    lib = demo_library_path
    jorge, luiz, laura = (
        contact_named(lib, n) for n in ("Jorge Gallo", "Luiz Fernando Godinho", "Laura Dorin")
    )
    for args in (
        ["Bogotá", "--city", "Bogotá", "--country", "Colombia", "--lang", "es"],
        ["Boa Vista", "--city", "Boa Vista", "--country", "Brazil", "--lang", "pt"],
        ["Port-au-Prince", "--city", "Port-au-Prince", "--country", "Haiti", "--lang", "fr"],
    ):
        assert run(lib, "office", "add", *args) == 0
    assert run(lib, "office", "edit", "Bogotá", "--paper", "letter", "--contact", str(jorge)) == 0
    assert run(lib, "office", "edit", "boa-vista", "--contact", str(luiz)) == 0
    assert run(lib, "office", "edit", "3", "--contact", str(laura)) == 0
    return lib


def pdf_pages(path) -> tuple[list[str], tuple[int, int]]:
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    return [page.extract_text() or "" for page in reader.pages], (
        round(float(box.width)),
        round(float(box.height)),
    )


def first_contact(text: str, lang: str) -> str:
    """The first of the demo's contacts named after the contacts section's opening sentence."""
    after = text[text.index(CONTACTS_INTRO[lang]) :]
    names = ("Gema Cortés", "Jorge Gallo", "Analía Kim", "Luiz Fernando Godinho", "Laura Dorin")
    return min((after.find(n), n) for n in names if n in after)[1]


def test_each_office_writes_its_own_edition(three_offices, tmp_path, capsys):
    out = tmp_path / "editions"
    capsys.readouterr()
    assert run(three_offices, "build", DEMO_KIT, "--each", "office", "-o", f"{out}/") == 0
    said = capsys.readouterr().out
    assert "Wrote 3 of 3 PDFs." in said
    expected = {
        f"{STEM}_bogota_es_letter.pdf": ("Bogotá", "es", LETTER, "Jorge Gallo"),
        f"{STEM}_boa-vista_pt_a4.pdf": ("Boa Vista", "pt", A4, "Luiz Fernando Godinho"),
        f"{STEM}_port-au-prince_fr_a4.pdf": ("Port-au-Prince", "fr", A4, "Laura Dorin"),
    }
    assert sorted(p.name for p in out.iterdir()) == sorted(expected)
    for name, (city, lang, size, contact) in expected.items():
        pages, page_size = pdf_pages(out / name)
        text = "\n".join(pages)
        assert f"· {city}" in pages[0], f"{name}: the cover does not name {city}"
        assert page_size == size, name
        for word in KIT_WORDS[lang]:
            assert word in text, f"{name} lacks the {lang} kit word {word!r}"
        for other in KIT_WORDS:
            if other != lang:
                assert CONTACTS_INTRO[other] not in text
        assert first_contact(text, lang) == contact, name


def test_each_language_and_paper_combine_into_named_files(demo_library_path, tmp_path, capsys):
    out = tmp_path / "matrix"
    args = ["build", DEMO_KIT, "--each", "lang=en,es", "--each", "paper=a4,letter", "-o", str(out)]
    capsys.readouterr()
    assert run(demo_library_path, *args, "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    names = {f"{STEM}_{lang}_{paper}.pdf" for lang in ("en", "es") for paper in ("a4", "letter")}
    assert {p.name for p in out.iterdir()} == names
    assert {r["file"] for r in rows} == names and {r["status"] for r in rows} == {"written"}
    for row in rows:
        pages, size = pdf_pages(out / row["file"])
        assert size == (LETTER if row["paper"] == "letter" else A4)
        assert CONTACTS_INTRO[row["lang"]] in "\n".join(pages)
        assert row["office"] is None and row["edition"] is None


def test_each_edition_names_the_edition(demo_library_path, tmp_path):
    out = tmp_path / "editions"
    assert (
        run(demo_library_path, "build", "1", "--each", "edition=press,handout", "-o", str(out)) == 0
    )
    assert {p.name for p in out.iterdir()} == {f"{STEM}_press.pdf", f"{STEM}_handout.pdf"}
    assert len(PdfReader(out / f"{STEM}_handout.pdf").pages) <= 2
    assert len(PdfReader(out / f"{STEM}_press.pdf").pages) > 2


@pytest.mark.parametrize(
    ("each", "extra", "words"),
    [
        (["colour"], [], "is not something to build each of"),
        (["lang=en,de"], [], "“de” is not a kit language"),
        (["paper=a3"], [], "“a3” is not a paper size"),
        (["edition=poster"], [], "“poster” is not a edition"),
        (["lang"], [], "--each lang needs its values"),
        (["lang=en", "lang=es"], [], "--each lang is given twice"),
        (["office"], [], "the library has no offices"),
        (["paper=a4"], ["--paper", "letter"], "--paper and --each paper cannot go together"),
    ],
)
def test_bad_each_values_are_refused_in_one_sentence(
    demo_library_path, tmp_path, capsys, each, extra, words
):
    args = [a for e in each for a in ("--each", e)]
    capsys.readouterr()
    assert run(demo_library_path, "build", "1", *args, *extra, "-o", str(tmp_path / "o")) == 3
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "o").exists()


def test_each_wants_a_folder_and_an_office_it_knows(three_offices, tmp_path, capsys):
    capsys.readouterr()
    assert run(three_offices, "build", "1", "--each", "office", "-o", str(tmp_path / "k.pdf")) == 3
    assert "-o names a folder" in capsys.readouterr().err
    assert run(three_offices, "build", "1", "--each", "office=Lima", "-o", str(tmp_path)) == 3
    err = capsys.readouterr().err
    assert "there is no office “Lima”" in err and "Bogotá, Boa Vista, Port-au-Prince" in err
    out = tmp_path / "two"
    assert (
        run(three_offices, "build", "1", "--each", "office=boa-vista,Bogotá", "-o", str(out)) == 0
    )
    assert {p.name for p in out.iterdir()} == {
        f"{STEM}_boa-vista_pt_a4.pdf",
        f"{STEM}_bogota_es_letter.pdf",
    }


def test_each_office_with_a_language_of_its_own_choosing(three_offices, tmp_path):
    """An office in each language asked: lang= wins over the office's own, its paper stays."""
    out = tmp_path / "o"
    args = ["build", "1", "--each", "office=Bogotá", "--each", "lang=en,fr", "-o", str(out)]
    assert run(three_offices, *args) == 0
    assert {p.name for p in out.iterdir()} == {
        f"{STEM}_bogota_en_letter.pdf",
        f"{STEM}_bogota_fr_letter.pdf",
    }
    pages, size = pdf_pages(out / f"{STEM}_bogota_fr_letter.pdf")
    assert size == LETTER and CONTACTS_INTRO["fr"] in "\n".join(pages)


def test_preflight_stops_editions_and_force_writes_them_as_drafts(
    demo_library_path, tmp_path, capsys
):
    """A photo of a person at risk without written consent is a preflight error: no edition is
    written, the summary names each, the exit is 1; --force writes them all marked DRAFT."""
    with Library.open(demo_library_path) as library:
        kit = queries.find_kit(library.db, DEMO_KIT)
        photo = queries.kit_content(library.db, kit).photos_in_order()[0]
        update_item(History(library.catalog), item=photo, label="At risk", at_risk=True)
    out = tmp_path / "o"
    args = ["build", "1", "--each", "paper=a4,letter", "-o", str(out)]
    capsys.readouterr()
    assert run(demo_library_path, *args) == 1
    captured = capsys.readouterr()
    assert (
        f"Wrote 0 of 2 PDFs; preflight stopped 2: {STEM}_a4.pdf, {STEM}_letter.pdf." in captured.out
    )
    assert "written consent" in captured.err and "Traceback" not in captured.err
    assert not out.exists() or not list(out.iterdir())
    assert run(demo_library_path, *args, "--force", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["status"] for r in rows} == {"draft"} and all(r["errors"] for r in rows)
    assert all("DRAFT" in pdf_pages(out / r["file"])[0][0].upper() for r in rows)


def test_office_commands_add_list_edit_and_remove(demo_library_path, capsys):
    lib = demo_library_path
    assert run(lib, "office", "add", "Bogotá", "--city", "Bogotá", "--lang", "es") == 0
    capsys.readouterr()
    assert run(lib, "office", "list", "--json") == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["name"], row["city"], row["language"], row["paper"]) == (
        "Bogotá",
        "Bogotá",
        "es",
        "a4",
    )
    assert run(lib, "office", "add", "bogotá") == 0  # another name: names are exact, case too
    assert run(lib, "office", "add", "Bogotá") == 3
    assert "there is already an office named “Bogotá”" in capsys.readouterr().err
    assert run(lib, "office", "edit", "Bogotá", "--lang", "xx") == 3
    assert run(lib, "office", "edit", "Bogotá", "--contact", "999") == 3
    assert "there is no contact with id 999" in capsys.readouterr().err
    assert run(lib, "office", "remove", "Lima") == 2  # not found, as a kit that is not there
    assert run(lib, "office", "remove", "Bogotá") == 0
    with Library.open(lib) as library:
        assert [o.name for o in queries.all_of(library.db, Office)] == ["bogotá"]
        assert queries.all_of(library.db, Contact)  # an office's contacts stay


def test_a_catalog_from_before_offices_gets_them(tmp_path, capsys):
    """A schema-7 catalog (no offices) is migrated on open: its kits stay, offices can be added."""
    library_dir = tmp_path / "library"
    library_dir.mkdir()
    with contextlib.closing(sqlite3.connect(library_dir / "catalog.sqlite")) as db:
        for script in migrations.MIGRATIONS[:7]:
            for statement in _statements(script):
                db.execute(statement)
        db.execute("INSERT INTO kits (name) VALUES ('Old kit')")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute("PRAGMA user_version = 7")
        db.commit()
    assert run(library_dir, "office", "add", "Bogotá", "--lang", "es", "--paper", "letter") == 0
    with Library.open(library_dir) as library:
        assert library.catalog.version == migrations.LATEST == 8
        assert [
            k.name for k in queries.all_of(library.db, type(queries.find_kit(library.db, "1")))
        ] == ["Old kit"]
        (office,) = queries.all_of(library.db, Office)
        assert (office.language, office.paper) == (Language.ES, Paper.LETTER)
    assert any(p.name.startswith("catalog") for p in (library_dir / "backups").iterdir())


def test_an_edition_prints_the_stories_the_library_has_in_its_language(three_offices, tmp_path):
    """A story with a Spanish translation in the library is printed in Spanish in Bogotá's
    edition, in its place in the kit; the Portuguese edition, with no translation, keeps it."""
    from mediakit.edits import AddItem
    from mediakit.model import Story, paragraph

    with Library.open(three_offices) as library:
        original = next(
            s for s in queries.all_of(library.db, Story) if s.title == "Doctors Beyond Borders"
        )
        spanish = Story(
            None,
            "Médicos más allá de las fronteras",
            language=Language.ES,
            body=(paragraph("Una médica venezolana atiende a quienes cruzan la frontera."),),
            translation_of=original.id,
        )
        History(library.catalog).do(AddItem(spanish))
    out = tmp_path / "o"
    assert (
        run(three_offices, "build", "1", "--each", "office=Bogotá,Boa Vista", "-o", str(out)) == 0
    )
    bogota = "\n".join(pdf_pages(out / f"{STEM}_bogota_es_letter.pdf")[0])
    boa_vista = "\n".join(pdf_pages(out / f"{STEM}_boa-vista_pt_a4.pdf")[0])
    assert "Médicos más allá de las fronteras" in bogota
    assert "Doctors Beyond Borders" not in bogota
    assert "Doctors Beyond Borders" in boa_vista
    assert "Médicos más allá" not in boa_vista
