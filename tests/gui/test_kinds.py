"""The app's tables of item kinds cover exactly the kinds the registry says they should: every
kind has its words and its form; the kinds the library lists have a tab, an empty-tab sentence,
an icon and a shelf in the library pane."""

from __future__ import annotations

import pytest

from mediakit.gui import display_text
from mediakit.gui.kinds import LOOKS
from mediakit.gui.panes.editor import FORMS
from mediakit.gui.panes.library_lists import FILTER_GROUPS
from mediakit.model import ItemKind, Story, StoryKind
from mediakit.model.kinds import KINDS, LIBRARY_KINDS
from mediakit.paths import asset


@pytest.mark.parametrize("kind", list(ItemKind))
def test_every_kind_has_its_words_and_its_form(kind: ItemKind):
    assert kind in LOOKS, f"{kind!r} has no entry in mediakit.gui.kinds.LOOKS"
    look = LOOKS[kind]
    assert look.noun and look.heading, f"{kind!r} needs a noun and an editor heading"
    assert display_text.ITEM_NOUNS[kind] == look.noun
    assert kind in FORMS, f"{kind!r} has no form in mediakit.gui.panes.editor.FORMS"


@pytest.mark.parametrize("kind", list(ItemKind))
def test_only_the_kinds_the_library_lists_have_a_tab(kind: ItemKind):
    look, listed = LOOKS[kind], KINDS[kind].listed
    for name in ("tab", "empty", "glyph"):
        assert bool(getattr(look, name)) == listed, (
            f"{kind!r} {'needs' if listed else 'has'} a {name} in mediakit.gui.kinds.LOOKS"
        )
    if listed:
        assert asset("icons", f"{look.glyph}.svg").is_file(), f"no icon {look.glyph}.svg"


def test_the_library_pane_has_a_shelf_and_a_tab_for_every_listed_kind(
    make_window, wait_for_library, counting_build, demo_library_path
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    pane = window.library_pane
    assert tuple(pane.shelves) == LIBRARY_KINDS
    assert [pane.tabs.tabText(i) for i in range(pane.tabs.count())] == [
        "Stories",
        "Photos",
        "Contacts",
        "Figures",
    ]


@pytest.mark.parametrize("kind", list(StoryKind))
def test_every_story_kind_has_its_words_in_english_and_spanish(kind: StoryKind):
    """The kind chooser, the library filter and the story's details all read STORY_KINDS;
    the compiled Spanish file has the kind's name."""
    from PySide6.QtCore import QTranslator

    words = display_text.STORY_KINDS.get(kind)
    assert words, f"{kind!r} has no words in mediakit.gui.display_text.STORY_KINDS"
    translator = QTranslator()
    assert translator.load(str(asset("translations", "mediakit_es.qm")))
    spanish = translator.translate("Labels", words)
    assert spanish and spanish != words, f"“{words}” has no Spanish in mediakit_es.ts"
    assert words in display_text.story_details(Story(1, "T", kind=kind))


def test_the_kind_chooser_and_the_filter_offer_every_story_kind(
    make_window, wait_for_library, demo_library_path
):
    window = make_window(demo_library_path)
    wait_for_library(window)
    chooser = window.editor_pane.forms[ItemKind.STORY].fields["kind"].widget
    offered = [chooser.itemText(i) for i in range(chooser.count())]
    assert offered == list(display_text.STORY_KINDS.values())
    assert set(display_text.STORY_KINDS) == set(StoryKind)
    groups = {name: choices for name, _, choices in FILTER_GROUPS}
    assert groups["story_kind"] is display_text.STORY_KINDS
