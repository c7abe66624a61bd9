"""The first-run welcome: a new library given the demo kit says so above the panes, with
"Start your own kit" and "Import your files"; it is shown by itself once, closes from the
keyboard without losing the focus, and comes back from Help ▸ Welcome."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mediakit.gui.actions import ActionId


def _press_by_tab(qtbot, window, button) -> None:
    """Tab from the library list until `button` has the focus, then press Space."""
    for _ in range(60):
        if button.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_the_demo_is_welcomed_once_and_closes_by_keyboard(
    make_window, wait_for_library, gui_settings, tmp_path, qtbot
):
    window = make_window(tmp_path / "new library")
    wait_for_library(window)
    welcome = window.welcome
    qtbot.waitUntil(welcome.is_shown, timeout=60_000)
    panel = welcome.panel
    assert "demo press kit" in panel.words.text()
    assert gui_settings.welcome_shown
    window.activateWindow()
    window.library_pane.tabs.currentWidget().setFocus()
    _press_by_tab(qtbot, window, panel.close_button)
    assert not welcome.is_shown()
    assert window.library_pane.tabs.currentWidget().hasFocus()  # the focus is not lost

    # Help ▸ Welcome shows it again.
    window.actions[ActionId.WELCOME].trigger()
    assert welcome.is_shown()


def test_a_second_demo_library_is_not_welcomed_again(
    make_window, wait_for_library, gui_settings, tmp_path, qtbot
):
    gui_settings.welcome_shown = True
    window = make_window(tmp_path / "another library")
    wait_for_library(window)
    qtbot.wait(50)
    assert not window.welcome.is_shown()


def test_a_library_of_ones_own_is_not_welcomed(
    make_window, wait_for_library, demo_library_path, qtbot
):
    window = make_window(demo_library_path)  # the demo was made before: not just now
    wait_for_library(window)
    qtbot.wait(50)
    assert not window.welcome.is_shown()


def test_the_welcome_s_buttons_start_a_kit_and_import(
    make_window, wait_for_library, tmp_path, qtbot, monkeypatch
):
    window = make_window(tmp_path / "new library")
    wait_for_library(window)
    qtbot.waitUntil(window.welcome.is_shown, timeout=60_000)
    asked = []
    monkeypatch.setattr(window.kit_list, "ask_new_kit", lambda **kw: asked.append("new kit"))
    monkeypatch.setattr(window.files, "choose_files", lambda: asked.append("import"))
    window.welcome.panel.start_kit.click()
    assert asked == ["new kit"] and not window.welcome.is_shown()
    window.actions[ActionId.WELCOME].trigger()
    window.welcome.panel.import_files.click()
    assert asked == ["new kit", "import"] and not window.welcome.is_shown()
