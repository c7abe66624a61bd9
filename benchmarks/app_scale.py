"""The desktop app on a library of thousands of photos, measured (printed, never asserted).

    .venv/bin/python benchmarks/app_scale.py [--photos 3000] [--size 160] [--library DIR]

Makes a library of small generated JPEGs (rows and media written through the core, in one
transaction: seconds, not an import), opens the main window on the offscreen platform and
prints:
  - the longest event-loop stall while the window opens the library and fills the photo list
    (from the moment the window is assembled: loading the core before is timed apart), and while the
    photo list is scrolled from top to bottom (a 10 ms QTimer heartbeat: the longest gap
    between two beats, less the 10 ms);
  - the CPU time the whole process uses over 5 s of idle (time.process_time), the window open
    on the photo tab with nothing to do.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mediakit.library import Library, store  # noqa: E402
from mediakit.model import ItemKind, Kit, Photo  # noqa: E402

HEARTBEAT_MS = 10
IDLE_SECONDS = 5.0


def make_library(root: Path, count: int, size: int = 160) -> Path:
    """A library of `count` photos (each a distinct JPEG `size` px wide) and one kit."""
    with Library.open(root) as library, library.catalog.transaction() as db:
        for index in range(count):
            width, height = size + index % 7 * 8, size * 3 // 4
            image = Image.new("RGB", (width, height), _colour(index))
            image.paste(_colour(index * 7 + 3), (index % 50, index % 40, 80, 60))
            data = io.BytesIO()
            image.save(data, "JPEG", quality=70)
            payload = data.getvalue()
            media_hash = library.media.put(payload, "jpg")
            store.put_media(db, media_hash, "jpg", len(payload), width, height)
            store.insert(
                db,
                Photo(
                    None,
                    caption=f"Distribution point {index}, morning queue",
                    credit="IOM",
                    media_hash=media_hash,
                    original_name=f"photo-{index:05d}.jpg",
                    width=width,
                    height=height,
                ),
            )
        store.insert(db, Kit(None, name="Scale test"))
    return root


def _colour(index: int) -> tuple[int, int, int]:
    return (index * 37 % 256, index * 91 % 256, index * 53 % 256)


class Heartbeat:
    """A 10 ms timer on the GUI thread; `longest` is the longest stall seen since `reset`."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.reset()
        self.timer.start()

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last - HEARTBEAT_MS / 1000)
        self.last = now


def spin(seconds: float, until=None) -> bool:
    """Run the event loop for `seconds`, or until `until()` is true (checked every 20 ms)."""
    loop = QEventLoop()
    deadline = time.monotonic() + seconds
    check = QTimer()
    check.setInterval(20)

    def tick() -> None:
        if time.monotonic() >= deadline or (until is not None and until()):
            loop.quit()

    check.timeout.connect(tick)
    check.start()
    loop.exec()
    check.stop()
    return until() if until is not None else True


def measure(library: Path, count: int) -> dict:
    from mediakit.gui.app import start
    from mediakit.gui.settings import Settings

    folder = Path(tempfile.mkdtemp(prefix="mediakit-scale-settings-"))
    settings = Settings(QSettings(str(folder / "mediakit.ini"), QSettings.Format.IniFormat))
    settings.interface_language = "en"
    began = time.perf_counter()
    window, services = start(library=library, settings=settings)
    assembled_in = time.perf_counter() - began  # loading the core: before the loop runs
    beat = Heartbeat()  # from here: the library opens and the lists fill
    pane = window.library_pane
    filled = spin(120, lambda: pane.item_count(ItemKind.PHOTO) >= count)
    opened_in = time.perf_counter() - began
    spin(2.0)  # the kit, the preview's first build, the first thumbnails
    opening_stall = beat.longest

    pane.tabs.setCurrentIndex(1)
    view = pane.photos
    spin(0.5)
    beat.reset()
    bar = view.verticalScrollBar()
    step = max(1, view.viewport().height() // 2)
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + step)
        spin(0.03)
    spin(1.0)  # the thumbnails asked for by the scroll come in
    scrolling_stall = beat.longest

    beat.timer.stop()
    spin(3.0)  # settle: nothing left to do
    cpu_before, wall_before = time.process_time(), time.perf_counter()
    spin(IDLE_SECONDS)
    idle_cpu = time.process_time() - cpu_before
    idle_wall = time.perf_counter() - wall_before
    window.close()
    services.shutdown()
    return {
        "photos listed": pane.item_count(ItemKind.PHOTO) if filled else "not all",
        "window assembled in (s)": round(assembled_in, 2),
        "window filled in (s)": round(opened_in, 2),
        "longest stall opening (ms)": round(opening_stall * 1000),
        "longest stall scrolling (ms)": round(scrolling_stall * 1000),
        f"CPU over {idle_wall:.0f} s idle (s)": round(idle_cpu, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=3000)
    parser.add_argument("--size", type=int, default=160, help="width of the generated photos")
    parser.add_argument("--library", type=Path, help="keep the generated library here")
    args = parser.parse_args()
    QApplication.instance() or QApplication(sys.argv[:1])
    root = args.library or Path(tempfile.mkdtemp(prefix="mediakit-scale-")) / "library"
    if not (root / "catalog.sqlite").exists():
        began = time.perf_counter()
        make_library(root, args.photos, args.size)
        print(f"library of {args.photos} photos made in {time.perf_counter() - began:.1f} s")
    for name, value in measure(root, args.photos).items():
        print(f"{name}: {value}")


if __name__ == "__main__":
    main()
