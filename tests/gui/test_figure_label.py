"""A key figure's label typed in its editor is saved (its field is named as the undo label of
an edit is: found by the daily path under Xvfb, where typing it failed with a traceback)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mediakit.gui.actions import ActionId
from mediakit.library import Library, queries
from mediakit.model import ItemKind, ItemRef, KeyFigure


def test_a_figure_label_typed_in_the_editor_is_saved_and_undone(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    with Library.open(demo_library_path) as library:
        figure = queries.all_of(library.db, KeyFigure)[0]
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    window.editor_pane.show_ref(ItemRef(ItemKind.FIGURE, figure.id))
    form = window.editor_pane.forms[ItemKind.FIGURE]
    qtbot.waitUntil(lambda: form.item is not None and form.item.id == figure.id, timeout=5000)
    label = form.fields["label"].widget
    label.setFocus()
    label.selectAll()
    QTest.keyClicks(label, "Venezuelans living abroad")
    QTest.keyClick(label, Qt.Key.Key_Return)

    def stored() -> KeyFigure:
        with Library.open(demo_library_path) as library:
            return queries.one_of(library.db, KeyFigure, figure.id)

    qtbot.waitUntil(lambda: stored().label == "Venezuelans living abroad", timeout=5000)
    assert not window.message_bar.text
    undo = window.actions[ActionId.UNDO]
    qtbot.waitUntil(lambda: "Edit label" in undo.text(), timeout=5000)  # the window knows
    undo.trigger()
    qtbot.waitUntil(lambda: stored().label == figure.label, timeout=5000)
