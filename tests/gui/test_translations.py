"""A story imported in a second language says, in the editor, which story it translates; the
first says which languages it has been translated into; both in the interface language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from mediakit.edits import History
from mediakit.edits.importing import import_paths
from mediakit.library import Library, queries
from mediakit.model import ItemKind, ItemRef, Story

CORPUS = Path(__file__).resolve().parents[2] / "benchmarks" / "import_corpus" / "handwritten"


def test_the_editor_shows_a_story_s_translation_and_original(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    with Library.open(demo_library_path) as library:
        history = History(library.catalog)
        spanish = import_paths(history, [CORPUS / "r16_es_press_release.txt"])[0].result
        portuguese = import_paths(history, [CORPUS / "r25_pt_press_release.md"])[0].result
        original = queries.one_of(library.db, Story, spanish.story_id)
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    pane, form = window.library_pane, window.editor_pane.forms[ItemKind.STORY]
    qtbot.waitUntil(lambda: pane.item_count(ItemKind.STORY) == 6, timeout=60_000)

    assert pane.select(ItemRef(ItemKind.STORY, portuguese.story_id))
    qtbot.waitUntil(lambda: form.item is not None and form.item.id == portuguese.story_id)
    assert form.translation.text() == f"Translation of: “{original.title}”"
    assert form.translation.isVisibleTo(form)

    assert pane.select(ItemRef(ItemKind.STORY, spanish.story_id))
    qtbot.waitUntil(lambda: form.item.id == spanish.story_id)
    assert form.translation.text() == "Translations: PT"

    window.set_language("es")
    QApplication.processEvents()
    assert form.translation.text() == "Traducciones: PT"
    assert pane.select(ItemRef(ItemKind.STORY, portuguese.story_id))
    qtbot.waitUntil(lambda: form.item.id == portuguese.story_id)
    assert form.translation.text() == f"Traducción de: «{original.title}»"
    window.set_language("en")

    assert pane.select(ItemRef(ItemKind.STORY, 2))  # a demo story, in no other language
    qtbot.waitUntil(lambda: form.item.id == 2)
    assert form.translation.text() == "" and not form.translation.isVisibleTo(form)
