"""Shutting down mid-build, build errors in one sentence, and the window's remembered layout."""

from __future__ import annotations

import threading
import time

from mediakit.gui.actions import ActionId
from mediakit.gui.app import start
from mediakit.gui.lanes import Built
from mediakit.model import OutputError


def test_closing_during_a_build_stops_it_and_waits_for_it(qtbot, gui_settings, demo_library_path):
    started, stopped = threading.Event(), threading.Event()

    def endless_build(content, *, photos, progress=None, **_reuse):
        started.set()
        try:
            for step in range(1000):
                progress(step, 1000)
                time.sleep(0.01)
        finally:
            stopped.set()
        return Built(b"", [])

    window, services = start(library=demo_library_path, settings=gui_settings, build=endless_build)
    try:
        qtbot.waitUntil(started.is_set, timeout=60_000)
        window.close()
        began = time.monotonic()
    finally:
        services.shutdown()
    assert stopped.is_set()
    assert time.monotonic() - began < 2


def test_a_failed_build_is_said_in_one_sentence(make_window, demo_library_path, qtbot):
    def failing_build(content, *, photos, progress=None, **_reuse):
        raise OutputError("the theme's font file is missing")

    window = make_window(demo_library_path, build=failing_build)
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=60_000)
    assert window.message_bar.text == (
        "The preview could not be built. The theme's font file is missing."
    )
    assert window.preview_pane.status.text() == "Not built"


def test_remove_section_is_enabled_only_with_a_section_selected(
    make_window, wait_for_library, counting_build, demo_library_path
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    remove = window.actions[ActionId.REMOVE_SECTION]
    assert not remove.isEnabled()
    window.kit_pane.sections.setCurrentRow(3)
    assert remove.isEnabled()


def test_the_window_comes_back_with_its_size_and_pane_widths(
    make_window, counting_build, demo_library_path, qtbot
):
    first = make_window(demo_library_path, build=counting_build)
    first.resize(790, 560)  # the offscreen screen is 800 × 600
    qtbot.wait(10)
    first.splitter.setSizes([190, 200, 240, 160])
    widths = first.splitter.sizes()
    first.close()
    second = make_window(demo_library_path, build=counting_build)
    assert (second.width(), second.height()) == (790, 560)
    assert second.splitter.sizes() == widths
