"""SIGKILL at random moments: the catalog stays sound, media whole, no half-written PDF."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from pypdf import PdfReader

from mediakit.library import Library

ROOT = Path(__file__).resolve().parents[2]
KILLS = 40


def test_killed_at_random_moments(demo_template, tmp_path):
    library = tmp_path / "library"
    shutil.copytree(demo_template, library)
    work = tmp_path / "work"
    work.mkdir()
    chance = random.Random(20261123)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for attempt in range(KILLS):
        child = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "tests" / "hostile" / "kill_worker.py"),
                str(library),
                str(work),
                str(attempt),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        time.sleep(chance.uniform(0.6, 2.5))
        if child.poll() is not None:
            raise AssertionError(
                f"the worker stopped by itself: {child.stderr.read().decode()[-800:]}"
            )
        child.send_signal(signal.SIGKILL)
        child.wait()
        _check(library, work)


def _check(library: Path, work: Path) -> None:
    with Library.open(library) as lib:
        assert lib.catalog.integrity_ok()
        for (media_hash,) in lib.db.execute("SELECT hash FROM media"):
            path = lib.media.find(media_hash)
            assert path is not None, f"media {media_hash} is missing"
            assert hashlib.sha256(path.read_bytes()).hexdigest() == media_hash, "partial media file"
        for (media_hash,) in lib.db.execute(
            "SELECT media_hash FROM photos WHERE media_hash IS NOT NULL"
        ):
            assert lib.media.find(media_hash) is not None
    pdf = work / "kit.pdf"
    if pdf.exists():
        assert len(PdfReader(pdf).pages) > 3, "a half-written PDF under the final name"
