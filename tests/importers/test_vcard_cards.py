"""A vCard file with one unreadable card: the others come in, the bad one is named by line."""

from __future__ import annotations

import json

import pytest

from mediakit.cli import main
from mediakit.importers import parse_file
from mediakit.model import BadInputError


def _good(n: int) -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n}\r\nEMAIL:p{n}@example.org\r\nEND:VCARD\r\n"


BAD = "begin:vcard\r\nVERSION:3.0\r\nFN:Bad\r\n  folded\r\nBEGIN:VEVENT\r\nEND:VCARD\r\n"


def test_good_cards_imported_and_the_bad_one_reported_with_its_line(tmp_path, capsys):
    path = tmp_path / "press.vcf"
    path.write_text(_good(1) + _good(2) + BAD + _good(3) + _good(4), encoding="utf-8")
    document = parse_file(path)
    assert [c.name for c in document.contacts] == [f"Person {n}" for n in (1, 2, 3, 4)]
    (note,) = document.notes
    assert note.startswith("press.vcf: card 3 (line 11) could not be read: ")
    assert note.endswith("; the other 4 cards were imported")
    assert main(["--library", str(tmp_path / "lib"), "import", str(path), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["status"] == "imported" and len(row["contacts"]) == 4
    assert row["warnings"] == [note]


def test_a_file_with_no_readable_card_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "broken.vcf"
    path.write_text(BAD + BAD, encoding="utf-8")
    with pytest.raises(BadInputError) as refused:
        parse_file(path)
    assert "broken.vcf" in str(refused.value) and "no card" in refused.value.message
