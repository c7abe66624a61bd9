"""Debris left by an import that was killed: `.part` files (a write never renamed into place)
and media originals the catalog never came to point at (stored just before the kill).

The sweep runs when a library is opened, at most once a day, removes only files older than a
grace period (a day), and never while an import runs: an import holds the library's import
lock, and the sweep skips when it cannot take it."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from mediakit.library.paths import is_hash

LOCK_NAME = "import.lock"
MARK_NAME = ".last-sweep"
GRACE = 24 * 3600.0  # seconds: a file younger than this may belong to an import under way
EVERY = 24 * 3600.0  # seconds between two sweeps on open


@contextlib.contextmanager
def import_lock(root: Path) -> Iterator[None]:
    """Held for the whole of an import into the library at `root`: no sweep while it runs.
    A second import waits for the first (the catalog takes one writer at a time anyway)."""
    lock = FileLock(Path(root) / LOCK_NAME)
    try:
        lock.acquire()
    except OSError:  # a read-only library: nothing can be swept there either
        yield
        return
    try:
        yield
    finally:
        lock.release()


def sweep_if_due(root: Path, db: sqlite3.Connection) -> list[Path]:
    """The sweep, when the last one was a day ago or more; never an error (a read-only
    library, a file that cannot be removed: left for another time)."""
    mark = Path(root) / MARK_NAME
    try:
        if time.time() - mark.stat().st_mtime < EVERY:
            return []
    except OSError:
        pass
    try:
        removed = sweep(root, db)
        if removed is not None:  # not while an import runs: tried again next time
            mark.touch()
    except (OSError, sqlite3.Error):
        return []
    return removed or []


def sweep(root: Path, db: sqlite3.Connection, *, grace: float = GRACE) -> list[Path] | None:
    """Remove `.part` files under media/ and cache/, and originals in media/ that no row of
    the catalog refers to, when older than `grace` seconds. Returns what was removed; None,
    having done nothing, while an import holds the lock."""
    root = Path(root)
    lock = FileLock(root / LOCK_NAME)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return None
    try:
        return _sweep(root, db, time.time() - grace)
    finally:
        lock.release()


def _sweep(root: Path, db: sqlite3.Connection, before: float) -> list[Path]:
    referenced: set[str] | None = None  # read only when an old original is found
    removed = []
    for folder in (root / "media", root / "cache"):
        for path in _old_files(folder, before):
            if path.name.endswith(".part"):
                removed.append(path)
                continue
            media_hash, _, ext = path.name.partition(".")
            if folder.name != "media" or not is_hash(media_hash) or not ext.isalnum():
                continue  # not an original named by its hash: not ours to judge
            if referenced is None:
                referenced = _referenced(db)
            if media_hash not in referenced:
                removed.append(path)
    for path in removed:
        with contextlib.suppress(OSError):
            path.unlink()
    return removed


def _old_files(folder: Path, before: float) -> Iterator[Path]:
    """Regular files (never a link, never inside a linked folder) last written before `before`."""
    for base, folders, files in os.walk(folder, followlinks=False):
        for name in files:
            path = Path(base) / name
            with contextlib.suppress(OSError):
                info = path.lstat()
                if path.is_file() and not path.is_symlink() and info.st_mtime < before:
                    yield path
        folders[:] = [f for f in folders if not (Path(base) / f).is_symlink()]


def _referenced(db: sqlite3.Connection) -> set[str]:
    rows = db.execute(
        "SELECT hash FROM media UNION SELECT media_hash FROM photos WHERE media_hash IS NOT NULL"
        " UNION SELECT logo_hash FROM org"
    )
    return {row[0] for row in rows}
