"""The field-office bundle: a kit's bundle carries the library's offices (with their contacts),
and a country office that imports it builds its own edition at once (issue 18, point 4)."""

from __future__ import annotations

import json
import zipfile

from pypdf import PdfReader

from mediakit.cli import main
from mediakit.library import Library, queries
from mediakit.model import Contact, Language, Office, Paper

DEMO_KIT = "Venezuela situation — press kit"


def run(library, *args) -> int:
    return main(["--library", str(library), *args])


def test_the_bundle_carries_the_offices_and_importing_restores_them(
    demo_library_path, tmp_path, capsys
):
    regional = demo_library_path
    csv = tmp_path / "people.csv"
    csv.write_text("name,email,city\nAna Field,ana@example.org,Bogotá\n", encoding="utf-8")
    assert run(regional, "import", str(csv)) == 0  # a contact of the office only, not of the kit
    with Library.open(regional) as library:
        ana = next(c.id for c in queries.all_of(library.db, Contact) if c.name == "Ana Field")
    assert run(regional, "office", "add", "Bogotá", "--city", "Bogotá", "--lang", "es",
               "--paper", "letter", "--contact", str(ana)) == 0  # fmt: skip
    assert run(regional, "office", "add", "Port-au-Prince", "--lang", "fr") == 0
    bundle = tmp_path / "kit.mediakit"
    assert run(regional, "export", DEMO_KIT, "-o", str(bundle)) == 0
    manifest = json.loads(zipfile.ZipFile(bundle).read("manifest.json"))
    assert [o["name"] for o in manifest["offices"]] == ["Bogotá", "Port-au-Prince"]
    assert "Ana Field" in [c["name"] for c in manifest["contacts"]]

    field = tmp_path / "bogota-library"
    capsys.readouterr()
    assert run(field, "import", str(bundle)) == 0
    assert "added office “Bogotá”" in capsys.readouterr().out
    with Library.open(field) as library:
        offices = {o.name: o for o in queries.all_of(library.db, Office)}
        bogota = offices["Bogotá"]
        assert (bogota.city, bogota.language, bogota.paper) == ("Bogotá", Language.ES, Paper.LETTER)
        (contact,) = queries.some_of(library.db, Contact, set(bogota.contact_ids)).values()
        assert contact.name == "Ana Field"
        kit = queries.all_of(library.db, type(queries.find_kit(library.db, "1")))[0]
    out = tmp_path / "mine"
    assert run(field, "build", str(kit.id), "--each", "office=Bogotá", "-o", str(out)) == 0
    (pdf,) = out.iterdir()
    reader = PdfReader(pdf)
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Para más información, contacte con:" in text
    after = text[text.index("Para más información") :]
    assert after.index("Ana Field") < after.index("Gema Cortés")  # the office's contact first

    # Importing again keeps the offices as the field library has them now.
    assert run(field, "office", "edit", "Bogotá", "--paper", "a4") == 0
    capsys.readouterr()
    assert run(field, "import", str(bundle)) == 0
    assert "kept office “Bogotá” as this library has it" in capsys.readouterr().out
    with Library.open(field) as library:
        offices = queries.all_of(library.db, Office)
        assert len(offices) == 2 and offices[0].paper == Paper.A4


def test_a_bundle_from_before_offices_still_imports(demo_library_path, tmp_path):
    bundle = tmp_path / "kit.mediakit"
    assert run(demo_library_path, "export", DEMO_KIT, "-o", str(bundle)) == 0
    old = tmp_path / "old.mediakit"
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(old, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "manifest.json":
                manifest = json.loads(data)
                del manifest["offices"]
                data = json.dumps(manifest).encode()
            target.writestr(name, data)
    assert run(tmp_path / "field", "import", str(old)) == 0
    with Library.open(tmp_path / "field") as library:
        assert queries.all_of(library.db, Office) == []


def test_a_bundle_with_a_broken_office_is_refused_whole(demo_library_path, tmp_path, capsys):
    bundle = tmp_path / "kit.mediakit"
    assert run(demo_library_path, "export", DEMO_KIT, "-o", str(bundle)) == 0
    bad = tmp_path / "bad.mediakit"
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(bad, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "manifest.json":
                manifest = json.loads(data)
                manifest["offices"] = [{"id": 1, "name": "X", "language": "de"}]
                data = json.dumps(manifest).encode()
            target.writestr(name, data)
    capsys.readouterr()
    assert run(tmp_path / "field", "import", str(bad)) == 3
    assert "manifest is damaged" in capsys.readouterr().err
