"""Catalog backups with SQLite's backup API: before every migration and once a day."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

KEEP = 7
DAY = dt.timedelta(days=1)


def backup_dir(catalog_path: Path) -> Path:
    return catalog_path.parent / "backups"


def list_backups(catalog_path: Path) -> list[Path]:
    """Newest first (none when the folder cannot be read)."""
    folder = backup_dir(catalog_path)
    try:
        return sorted(folder.glob("catalog-*.sqlite"), reverse=True) if folder.is_dir() else []
    except OSError:
        return []


def back_up(
    db: sqlite3.Connection, catalog_path: Path, *, reason: str, now: dt.datetime | None = None
) -> Path:
    """Copy the live catalog to backups/ (temporary name, then rename); keep the last few."""
    now = now or dt.datetime.now()
    folder = backup_dir(catalog_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"catalog-{now:%Y%m%d-%H%M%S}-{reason}.sqlite"
    partial = target.with_suffix(".part")
    with contextlib.closing(sqlite3.connect(partial)) as copy:
        db.backup(copy)
    os.replace(partial, target)
    for old in list_backups(catalog_path)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def due(catalog_path: Path, *, now: dt.datetime | None = None) -> bool:
    backups = list_backups(catalog_path)
    if not backups:
        return True
    age = (now or dt.datetime.now()).timestamp() - backups[0].stat().st_mtime
    return age > DAY.total_seconds()


def newest_sound_backup(catalog_path: Path) -> Path | None:
    """The newest backup that passes SQLite's integrity check."""
    for candidate in list_backups(catalog_path):
        if is_sound(candidate):
            return candidate
    return None


def is_sound(path: Path) -> bool:
    """Whether the SQLite file at `path` passes SQLite's integrity check (read without writing)."""
    try:
        if path.stat().st_size == 0:
            return False
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
            return db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except (sqlite3.Error, OSError):
        return False


def restore(catalog_path: Path, backup: Path, *, now: dt.datetime | None = None) -> Path:
    """Put `backup` in place of the catalog; the damaged one is kept aside, never deleted."""
    now = now or dt.datetime.now()
    aside = catalog_path.with_name(f"{catalog_path.name}.damaged-{now:%Y%m%d-%H%M%S}")
    if catalog_path.exists():
        os.replace(catalog_path, aside)
    for suffix in ("-wal", "-shm"):
        side = catalog_path.with_name(catalog_path.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    partial = catalog_path.with_suffix(".restoring")
    partial.write_bytes(backup.read_bytes())
    os.replace(partial, catalog_path)
    return aside
