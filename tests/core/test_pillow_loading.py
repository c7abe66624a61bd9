"""Pillow's Image module may load on first use (the command line's rebuilds), never when
another thread could touch it half-loaded."""

from __future__ import annotations

import subprocess
import sys

from tests.tunings import environment

SCRIPT = """
import sys, threading
from mediakit.imaging import defer_pillow, load_pillow
if sys.argv[1] == "with a thread":
    stop = threading.Event()
    threading.Thread(target=stop.wait).start()
defer_pillow()
image = sys.modules.get("PIL.Image")
before = type(image).__name__ if image is not None else "absent"
from PIL import Image  # as ReportLab imports it: nothing runs yet
load_pillow()
after = type(sys.modules["PIL.Image"]).__name__
print(before, after, Image.new("RGB", (4, 3)).size == (4, 3))
if sys.argv[1] == "with a thread":
    stop.set()
"""


def run(case: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, case],
        env=environment(),  # the tuning "lazy_pillow" on, whatever this run's switches
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.split()


def test_alone_the_image_module_waits_for_its_first_use():
    assert run("alone") == ["_LazyModule", "module", "True"]


def test_with_another_thread_running_it_is_imported_as_usual():
    assert run("with a thread") == ["absent", "module", "True"]
