"""The app on a library of 3,000 photos: the photo list is handed to the view as it scrolls, and
a window with nothing to do uses next to no CPU. (Speed itself is measured, never asserted, in
benchmarks/app_scale.py.)"""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from PIL import Image

from mediakit.gui.panes.library_lists import ID_ROLE
from mediakit.gui.panes.photo_grid import CHUNK, HASH_ROLE
from mediakit.library import Library, store
from mediakit.model import ItemKind, Kit, Photo

PHOTOS = 3000


@pytest.fixture(scope="module")
def big_library(tmp_path_factory) -> Path:
    """3,000 photos, each its own small JPEG, written through the core in one transaction."""
    root = tmp_path_factory.mktemp("big") / "library"
    with Library.open(root) as library, library.catalog.transaction() as db:
        for index in range(PHOTOS):
            data = io.BytesIO()
            colour = (index % 256, index // 256 * 20 % 256, 90)
            Image.new("RGB", (48, 36), colour).save(data, "JPEG", quality=60)
            payload = data.getvalue()
            media_hash = library.media.put(payload, "jpg")
            store.put_media(db, media_hash, "jpg", len(payload), 48, 36)
            store.insert(
                db,
                Photo(None, caption=f"Queue at the border, {index}", media_hash=media_hash),
            )
        store.insert(db, Kit(None, name="Border"))
    return root


def _open(make_window, counting_build, qtbot, library: Path):
    window = make_window(library, build=counting_build)
    pane = window.library_pane
    qtbot.waitUntil(lambda: pane.item_count(ItemKind.PHOTO) == PHOTOS, timeout=60_000)
    pane.tabs.setCurrentIndex(1)
    return window, pane


def test_the_photo_list_is_handed_to_the_view_as_it_scrolls(
    make_window, counting_build, big_library, qtbot
):
    window, pane = _open(make_window, counting_build, qtbot, big_library)
    grid = pane.photos
    model = grid.photo_model
    assert pane.item_count(ItemKind.PHOTO) == PHOTOS  # the tab counts them all
    assert model.rowCount() == CHUNK  # the view has the first chunk only
    assert grid.item(0).text().startswith("Queue at the border, 0")
    bar = grid.verticalScrollBar()
    for _ in range(40):
        bar.setValue(bar.maximum())
        qtbot.wait(20)
    assert model.rowCount() > CHUNK * 2  # scrolling down fetched more
    # Once the view is still, the thumbnails on screen are made, and only those: a photo
    # scrolled past on the way down gets none.
    on_screen = grid.rows_on_screen()
    assert len(on_screen) > 0
    thumbnails = window.thumbnails
    hash_of = lambda row: grid.item(row).data(HASH_ROLE)  # noqa: E731
    qtbot.waitUntil(
        lambda: all(thumbnails.made(hash_of(row)) is not None for row in on_screen),
        timeout=60_000,
    )
    assert thumbnails.made(hash_of(CHUNK + 10)) is None
    # Selecting a photo far down hands the view the rows up to it.
    last = grid.item(PHOTOS - 1)
    assert last.text().startswith(f"Queue at the border, {PHOTOS - 1}")
    grid.setCurrentRow(PHOTOS - 1)
    assert model.rowCount() == PHOTOS and grid.current_id() == last.data(ID_ROLE)
    window.grab().save(str(big_library.parent / "photos.png"))


def test_an_idle_window_on_3000_photos_uses_almost_no_cpu(
    make_window, counting_build, big_library, qtbot
):
    window, pane = _open(make_window, counting_build, qtbot, big_library)
    qtbot.wait(3000)  # the kit, the first preview, the thumbnails on screen
    before = time.process_time()
    qtbot.wait(3000)
    used = time.process_time() - before
    assert used < 0.3, f"{used:.2f} s of CPU in 3 s of idle"
