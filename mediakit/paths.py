"""Where mediakit's shipped assets live (fonts, themes, demo content, icons), and its cache."""

from __future__ import annotations

import os
from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "assets"


def asset(*parts: str) -> Path:
    return ASSETS.joinpath(*parts)


def cache_folder() -> Path:
    """The user's cache folder for mediakit (parsed fonts and the like): safe to delete.

    MEDIAKIT_CACHE names another one (tests, read-only homes)."""
    chosen = os.environ.get("MEDIAKIT_CACHE")
    if chosen:
        return Path(chosen)
    from platformdirs import user_cache_path

    return user_cache_path("mediakit", appauthor=False)


def file_stamp(path: Path | str) -> tuple[int, int] | None:
    """The file's size and modification time, which change when it is replaced or edited;
    None when it cannot be read."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def installed_stamp(module: str) -> str | None:
    """Where the installed `module` lives, with its file's size and modification time: it
    changes with every upgrade or edit. None when the module is not installed."""
    import importlib.util

    spec = importlib.util.find_spec(module)
    stamp = file_stamp(spec.origin) if spec is not None and spec.origin else None
    if stamp is None:
        return None
    return f"{spec.origin}:{stamp[0]}:{stamp[1]}"
