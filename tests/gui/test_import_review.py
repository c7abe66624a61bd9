"""The import review as a press officer uses it: import a document whose title was misread,
open the review, give the right line the title role (by its context menu's action and by a
key), see the story change in the library, and take it back with Edit ▸ Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mediakit.gui.actions import ActionId
from mediakit.gui.dialogs.import_review import ImportReview
from mediakit.gui.dialogs.review_parts import ROLE_DATA
from mediakit.importers.lines import Role
from mediakit.library import Library, queries
from mediakit.model import ItemKind, Story

from .helpers import drop, file_drop_data

DOCUMENT = """Latest news from our field offices

Clinic reopens in Cúcuta after the floods.

CÚCUTA, Colombia, 3 May 2024 – The health post that serves 4,000 families reopened today, two months after flood water reached its roof.

Nurses saw 120 patients on the first morning, most of them children with skin infections.
"""
# The headline ends with a full stop, so the reader takes it for the standfirst (a headline has
# none) and the site's section line above it for the title: the user must put it right.
WRONG, RIGHT = "Latest news from our field offices", "Clinic reopens in Cúcuta after the floods."


def _stored_title(library, story_id: int) -> str:
    with Library.open(library) as opened:
        return queries.one_of(opened.db, Story, story_id).title


def _roles(review: ImportReview) -> list[str]:
    items = (review.lines.topLevelItem(i) for i in range(review.lines.topLevelItemCount()))
    return [item.data(0, ROLE_DATA) for item in items]


def test_a_misread_title_is_corrected_in_the_review_and_undone(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    path = tmp_path / "clinic.txt"
    path.write_text(DOCUMENT, encoding="utf-8")
    drop(window, file_drop_data(path))
    qtbot.waitUntil(lambda: window.report is not None, timeout=60_000)
    report = window.report
    story_id = report.story_of_current()
    assert story_id is not None and report.review_button.isEnabled()
    assert _stored_title(demo_library_path, story_id) == WRONG

    report.review_button.click()
    qtbot.waitUntil(lambda: window.review is not None, timeout=60_000)
    review: ImportReview = window.review
    assert review.story_id == story_id
    qtbot.waitUntil(lambda: review.lines.topLevelItemCount() == 4, timeout=60_000)
    assert _roles(review)[:2] == ["title", "standfirst"]
    assert WRONG in review.story.toPlainText()
    assert "the headline" in review.lines.topLevelItem(0).toolTip(1)

    # The right title gets the title role from the line's menu: the wrong one becomes body.
    review.lines.setCurrentItem(review.lines.topLevelItem(1))
    assert "T" in review.role_actions[Role.TITLE].shortcut().toString()
    review.role_actions[Role.TITLE].trigger()
    qtbot.waitUntil(lambda: _roles(review)[1] == "title", timeout=60_000)
    assert _roles(review)[0] == "body"
    assert review.story.toPlainText().index(RIGHT) < review.story.toPlainText().index(WRONG)
    assert "you gave it this role" in review.status.text()
    assert _stored_title(demo_library_path, story_id) == RIGHT
    assert window.actions[ActionId.UNDO].text() == "&Undo Correct import"

    # The stale line is junk: J, pressed on the lines.
    review.lines.setCurrentItem(review.lines.topLevelItem(0))
    review.lines.setFocus()
    qtbot.keyClick(review.lines, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: _roles(review)[0] == "junk", timeout=60_000)
    assert WRONG not in review.story.toPlainText()

    # Edit ▸ Undo, twice: the library and the review go back to the import as it was.
    window.actions[ActionId.UNDO].trigger()
    qtbot.waitUntil(lambda: _roles(review)[0] == "body", timeout=60_000)
    window.actions[ActionId.UNDO].trigger()
    qtbot.waitUntil(lambda: _roles(review)[:2] == ["title", "standfirst"], timeout=60_000)
    assert _stored_title(demo_library_path, story_id) == WRONG
    pane = window.library_pane
    qtbot.waitUntil(lambda: pane.item_count(ItemKind.STORY) > 0, timeout=60_000)


def test_review_import_needs_a_story_selected(make_window, wait_for_library, demo_library_path):
    window = make_window(demo_library_path)
    wait_for_library(window)
    window.library_pane.tabs.setCurrentIndex(2)  # contacts
    assert window.open_review() is None
    assert "Select a story" in window.message_bar.text
