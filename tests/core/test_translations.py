"""The same release in two languages: one story each, the second linked as the first's
translation, by what a translator leaves alone (date, embargo, figures, credits, contacts)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediakit.cli import main
from mediakit.edits import History, ImportDocument
from mediakit.edits.duplicates import document_marks
from mediakit.edits.importing import import_paths
from mediakit.importers import parse_file, parse_text
from mediakit.importers.similarity import same_release
from mediakit.library import queries
from mediakit.model import Language, Story

CORPUS = Path(__file__).resolve().parents[2] / "benchmarks" / "import_corpus" / "handwritten"
SPANISH = CORPUS / "r16_es_press_release.txt"
PORTUGUESE = CORPUS / "r25_pt_press_release.md"
UNRELATED_PORTUGUESE = CORPUS / "r31_pt_media_advisory.txt"

# The Darién release once more, in English (written for this test).
ENGLISH = """UNHCR and IOM call for urgent support for families crossing the Darién in the rainy season

EMBARGOED UNTIL 16 FEBRUARY 2024, 10:00 (Panama time)

PANAMA CITY, Panama, 16 February 2024 – The two UN agencies warned today that the migrant
reception stations of the Darién serve more than twice the people they were built for.

In the first six weeks of the year 41,200 people reached Panama by this route. Rosalba
Quintanar, UNHCR's representative in Panama, said the communities of Bajo Chiquito share the
little they have.

About 21% are children and adolescents, and the two stations at Lajas Blancas hold 2,400 beds.

For more information: Gustavo Arrocha, +507 6555 0231, garrocha@example.org
"""

# Another Spanish story that shares the release's marks but not its words.
OTHER_SPANISH = """Las estaciones del Darién, desbordadas

CIUDAD DE PANAMÁ, 16 de febrero de 2024 – Rosalba Quintanar visitó Bajo Chiquito y Lajas
Blancas, donde esperan 41.200 personas; el 21 % son menores y hay 2.400 camas.

Contacto: Gustavo Arrocha, +507 6555 0231, garrocha@example.org
"""

OTHER_PORTUGUESE = """As estações do Darién, lotadas

CIDADE DO PANAMÁ, 16 de fevereiro de 2024 – Rosalba Quintanar visitou Bajo Chiquito e Lajas
Blancas, onde esperam 41.200 pessoas; 21% são crianças e há 2.400 camas para todas elas.

Contato: Gustavo Arrocha, +507 6555 0231, garrocha@example.org
"""


def marks_of(text: str):
    return document_marks(parse_text(text, name="text.txt"))


def stories(library) -> dict[Language, Story]:
    return {s.language: s for s in queries.all_of(library.db, Story)}


@pytest.mark.parametrize("order", [(SPANISH, PORTUGUESE), (PORTUGUESE, SPANISH)])
def test_the_same_release_in_two_languages_is_linked_whichever_comes_first(empty_library, order):
    history = History(empty_library.catalog)
    first = import_paths(history, [order[0]])[0].result
    second = import_paths(history, [order[1]])[0].result
    assert first.translation_of is None and second.translation_of == first.story_id
    assert second.story_id != first.story_id
    linked = queries.one_of(empty_library.db, Story, second.story_id)
    assert linked.translation_of == first.story_id
    original = queries.one_of(empty_library.db, Story, first.story_id)
    language = "Portuguese" if linked.language is Language.PT else "Spanish"
    assert f"linked as the {language} translation of “{original.title}”" in second.sentence()


def test_a_third_language_links_to_the_first_as_one_batch_does(empty_library):
    history = History(empty_library.catalog)
    import_paths(history, [SPANISH, PORTUGUESE])  # the tidier (not always the first) goes in first
    english = ImportDocument(parse_text(ENGLISH, name="en.txt"))
    history.do(english)
    by_language = stories(empty_library)
    original = min(by_language.values(), key=lambda s: s.id)
    assert original.translation_of is None
    assert {s.translation_of for s in by_language.values() if s is not original} == {original.id}
    assert english.result.translation_of == original.id


def test_an_unrelated_story_in_another_language_is_not_linked(empty_library):
    history = History(empty_library.catalog)
    import_paths(history, [SPANISH])
    other = import_paths(history, [UNRELATED_PORTUGUESE])[0].result
    assert other.translation_of is None and "translation" not in other.sentence()
    assert all(s.translation_of is None for s in queries.all_of(empty_library.db, Story))


def test_two_stories_in_one_language_are_never_linked(empty_library):
    history = History(empty_library.catalog)
    import_paths(history, [SPANISH])
    assert same_release(marks_of(OTHER_SPANISH), document_marks(parse_file(SPANISH)))
    second = ImportDocument(parse_text(OTHER_SPANISH, name="otra.txt"))
    history.do(second)
    assert second.result.story_id and second.result.translation_of is None


def test_a_language_the_release_has_already_is_not_linked_twice(empty_library):
    history = History(empty_library.catalog)
    import_paths(history, [SPANISH, PORTUGUESE])
    assert same_release(marks_of(OTHER_PORTUGUESE), document_marks(parse_file(SPANISH)))
    again = ImportDocument(parse_text(OTHER_PORTUGUESE, name="outra.txt"))
    history.do(again)
    assert again.document.story.language is Language.PT
    assert again.result.story_id and again.result.translation_of is None


def test_undo_takes_the_translation_out_and_redo_links_it_again(empty_library):
    history = History(empty_library.catalog)
    first = import_paths(history, [SPANISH])[0].result
    second = import_paths(history, [PORTUGUESE])[0].result
    history.undo()
    assert [s.id for s in queries.all_of(empty_library.db, Story)] == [first.story_id]
    assert queries.one_of(empty_library.db, Story, first.story_id).translation_of is None
    history.redo()
    story = queries.one_of(empty_library.db, Story, second.story_id)
    assert story.translation_of == first.story_id


def test_import_and_list_as_json_say_the_link(tmp_path, capsys):
    library = str(tmp_path / "lib")
    assert main(["--library", library, "import", str(SPANISH), str(PORTUGUESE), "--json"]) == 0
    first, second = sorted(json.loads(capsys.readouterr().out), key=lambda row: row["story"])
    assert first["translation_of"] is None
    assert second["translation_of"] == first["story"]
    assert "translation of" not in " ".join(first["warnings"] + second["warnings"])
    assert main(["--library", library, "list", "stories", "--json"]) == 0
    listed = {s["id"]: s for s in json.loads(capsys.readouterr().out)}
    assert listed[second["story"]]["translation_of"] == first["story"]
    assert listed[first["story"]]["translation_of"] is None
