"""The whole window walked with Tab alone (issue 19, point 3): from the library's search box the
focus goes through every pane — the library's lists, the kit's outline, preflight, the editor
with a story open, the preview — and comes back round to where it started, never caught."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from mediakit.model import ItemKind

MOST_STOPS = 150


def _inside(widget: QWidget | None, pane: QWidget) -> bool:
    while widget is not None:
        if widget is pane:
            return True
        widget = widget.parentWidget()
    return False


def _walk(qtbot, window, *, backwards: bool = False) -> list[QWidget]:
    """Press Tab (or Shift+Tab) from the search box until the focus is back in it."""
    start = window.library_pane.search
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus, timeout=5000)
    stops: list[QWidget] = []
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(MOST_STOPS):
        QTest.keyClick(QApplication.focusWidget(), key, modifier)
        widget = QApplication.focusWidget()
        assert widget is not None and widget.window() is window, "the focus left the window"
        if widget is start:
            return stops
        stops.append(widget)
    raise AssertionError(
        "Tab never came back to the search box; last stops: "
        + ", ".join(f"{type(w).__name__}:{w.accessibleName()}" for w in stops[-8:])
    )


def test_tab_alone_visits_every_pane_and_comes_back_round(
    make_window, wait_for_library, wait_for_preview, counting_build, demo_library_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    wait_for_preview(window)  # its pages, and preflight's findings
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    # A story open in the editor: its many fields (and the rich text) are on the way.
    story = window.library_pane.stories
    story.setCurrentRow(0)
    form = window.editor_pane.forms[ItemKind.STORY]
    qtbot.waitUntil(lambda: form.item is not None, timeout=5000)
    for backwards in (False, True):
        stops = _walk(qtbot, window, backwards=backwards)
        panes = {
            "library list": window.library_pane.tabs.currentWidget(),
            "kit outline": window.kit_pane.sections,
            "preflight": window.preflight_pane,
            "editor": window.editor_pane,
            "preview": window.preview_pane,
        }
        for name, pane in panes.items():
            assert any(_inside(w, pane) or w is pane for w in stops), f"Tab skips the {name}"
        assert form.body.text in stops and form.photos in stops  # the story's text and photos
        # In the order the panes are laid out: left to right, top to bottom (or back).
        order = [
            window.library_pane.tabs.currentWidget(),
            window.contents.kit_list.chooser,
            window.kit_pane.sections,
            window.preflight_pane.findings,
            form.body.text,
            window.preview_pane.view,
        ]
        at = [next(i for i, w in enumerate(stops) if _inside(w, pane)) for pane in order]
        assert at == sorted(at, reverse=backwards)


def test_go_to_library_puts_the_keys_in_the_list_shown(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    """Ctrl+1 then Home and Shift+Down selects the first two stories (found under Xvfb: the
    keys went to the tab's page around the list, and nothing was selected)."""
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    stories = window.library_pane.stories
    assert QApplication.focusWidget() is stories
    QTest.keyClick(stories, Qt.Key.Key_Home)
    QTest.keyClick(stories, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert [stories.row(item) for item in stories.selectedItems()] == [0, 1]
