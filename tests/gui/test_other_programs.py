"""The app beside other programs on the same library: the command line, a second window.

A change the app would make from its older copy is refused and said, the window reloads and
nothing the other program wrote is lost; what another program imports shows without reopening;
a second window is told it is not alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from mediakit.edits import History
from mediakit.edits.items import update_item
from mediakit.gui.actions import ActionId
from mediakit.gui.outside import LOCK_NAME
from mediakit.library import Library, queries
from mediakit.model import ItemKind, Kit, Photo, SectionKind, Story

ROOT = Path(__file__).resolve().parents[2]
STORY = """Mobile clinic reaches Tumbes

Tumbes, Peru – A mobile clinic began visits to the border town on Tuesday.

Nurses saw forty families on the first day.
"""


def mediakit(library: Path, *args: str) -> subprocess.CompletedProcess:
    """The command line, as another process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "mediakit", "--library", str(library), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_kit_edit_made_from_an_older_copy_is_refused_shown_and_nothing_is_lost(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    kit_pane = window.kit_pane
    qtbot.waitUntil(lambda: kit_pane.kit is not None, timeout=60_000)
    window.contents.desk.outside.stop()  # the app has not looked yet when the CLI writes
    kit = kit_pane.kit
    story_file = tmp_path / "tumbes.txt"
    story_file.write_text(STORY, encoding="utf-8")
    done = mediakit(demo_library_path, "import", str(story_file), "--kit", kit.name)
    assert done.returncode == 0, done.stderr
    with Library.open(demo_library_path) as library:
        cli_story = next(
            s for s in queries.all_of(library.db, Story) if s.title.startswith("Mobile clinic")
        )
    sections = len(kit.sections)

    kit_pane.move_section(source=1, target=2)  # the app's change, from its older copy
    bar = window.message_bar
    qtbot.waitUntil(lambda: "changed by another program" in bar.text, timeout=60_000)
    assert bar.text.startswith(f"“{kit.name}” was changed by another program")
    assert "your change was not written" in bar.text
    # The window reloads: it now shows the CLI's story, and the catalog still has it.
    qtbot.waitUntil(lambda: len(kit_pane.kit.sections) == sections + 1, timeout=60_000)
    assert cli_story.id in kit_pane.kit.ids_of(SectionKind.STORY)
    moved = kit_pane.kit.sections[1]
    window.grab().save(str(tmp_path / "conflict.png"))

    kit_pane.move_section(source=1, target=2)  # made again, from the reloaded kit
    qtbot.waitUntil(lambda: kit_pane.kit.sections[2] == moved, timeout=60_000)
    with Library.open(demo_library_path) as library:
        stored = queries.one_of(library.db, Kit, kit.id)
    assert stored.sections[2] == moved
    assert cli_story.id in stored.ids_of(SectionKind.STORY)


def test_an_undo_after_another_program_changed_the_item_is_refused(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    kit_pane = window.kit_pane
    qtbot.waitUntil(lambda: kit_pane.kit is not None, timeout=60_000)
    window.contents.desk.outside.stop()
    kit_id, sections = kit_pane.kit.id, len(kit_pane.kit.sections)
    kit_pane.sections.setCurrentRow(1)
    kit_pane.remove_selected()
    qtbot.waitUntil(lambda: len(kit_pane.kit.sections) == sections - 1, timeout=60_000)
    with Library.open(demo_library_path) as library:
        theirs = queries.one_of(library.db, Kit, kit_id)
        update_item(History(library.catalog), item=theirs, label="CLI", subtitle="From the CLI")

    window.actions[ActionId.UNDO].trigger()
    qtbot.waitUntil(lambda: "changed by another program" in window.message_bar.text, timeout=60_000)
    qtbot.waitUntil(lambda: kit_pane.kit.subtitle == "From the CLI", timeout=60_000)
    with Library.open(demo_library_path) as library:
        stored = queries.one_of(library.db, Kit, kit_id)
    assert stored.subtitle == "From the CLI" and len(stored.sections) == sections - 1


def test_a_photo_imported_by_another_process_shows_without_reopening(
    make_window, wait_for_library, counting_build, demo_library_path, tmp_path, qtbot, monkeypatch
):
    window = make_window(demo_library_path, build=counting_build)
    wait_for_library(window)
    pane = window.library_pane
    qtbot.waitUntil(lambda: pane.item_count(ItemKind.PHOTO) == 6, timeout=60_000)
    from mediakit.gui.operations import library as library_ops

    whole: list[ItemKind] = []
    load_items = library_ops.load_items
    monkeypatch.setattr(
        library_ops, "load_items", lambda *, kind: whole.append(kind) or load_items(kind=kind)
    )
    picture = tmp_path / "market-in-tumbes.jpg"
    Image.new("RGB", (320, 240), (180, 120, 60)).save(picture, quality=85)
    done = mediakit(demo_library_path, "import", str(picture))
    assert done.returncode == 0, done.stderr

    qtbot.waitUntil(lambda: pane.item_count(ItemKind.PHOTO) == 7, timeout=60_000)
    with Library.open(demo_library_path) as library:
        newest = max(queries.all_of(library.db, Photo), key=lambda photo: photo.id)
    assert newest.original_name == "market-in-tumbes.jpg"
    assert pane.photos.row_of(newest.id) == 6
    assert ItemKind.PHOTO not in whole  # the new photo read by id, not the whole tab
    assert "another program" in window.statusBar().currentMessage()


def test_a_second_window_on_the_library_is_told_and_a_killed_ones_lock_is_recovered(
    make_window, wait_for_library, counting_build, demo_library_path, qtbot
):
    first = make_window(demo_library_path, build=counting_build)
    wait_for_library(first)
    assert first.message_bar.text == ""
    second = make_window(demo_library_path, build=counting_build)
    wait_for_library(second)
    qtbot.waitUntil(lambda: "also open in another mediakit window" in second.message_bar.text)
    assert f"process {os.getpid()}" in second.message_bar.text
    first.close()
    second.close()

    # A window killed with its library open leaves its lock file behind: no longer anyone's.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from PySide6.QtCore import QLockFile; lock = QLockFile(sys.argv[1]); "
            "lock.setStaleLockTime(0); assert lock.tryLock(0); print('held', flush=True); "
            "sys.stdin.read()",
            str(demo_library_path / LOCK_NAME),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    holder.kill()
    holder.wait()
    assert (demo_library_path / LOCK_NAME).exists()
    third = make_window(demo_library_path, build=counting_build)
    wait_for_library(third)
    qtbot.wait(200)
    assert third.message_bar.text == ""
