"""Every story kind has the words the kit prints above a story's title (the kicker), in each
kit language."""

from __future__ import annotations

import pytest

from mediakit.layout.kit_language import LABELS
from mediakit.model import StoryKind


@pytest.mark.parametrize("language", ["en", "es", "pt", "fr"])
@pytest.mark.parametrize("kind", list(StoryKind))
def test_every_story_kind_has_its_label_in_every_kit_language(kind: StoryKind, language: str):
    words = LABELS[language].get(f"kind_{kind.value}")
    assert words, f"no kind_{kind.value} in kit_language.LABELS[{language!r}]"
    if language != "en":
        assert words != LABELS["en"][f"kind_{kind.value}"], "translated, not English"
