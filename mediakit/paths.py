"""Where mediakit's shipped assets live (fonts, themes, demo content, icons), and its cache."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _assets_folder() -> Path:
    """assets/ beside the package in a checkout or an install; in the packaged app
    (PyInstaller: `sys.frozen`), in the app's own folder of bundled files, `sys._MEIPASS`
    (packaging/mediakit.spec puts assets/ there)."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


ASSETS = _assets_folder()


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
    changes with every upgrade or edit. None when the module is not installed.

    In the packaged app a pure-Python module has no file of its own: it is inside the
    executable's archive, so the executable's size and time stand for it (a new release of the
    app is a new executable)."""
    import importlib.util

    spec = importlib.util.find_spec(module)
    stamp = file_stamp(spec.origin) if spec is not None and spec.origin else None
    if stamp is None and spec is not None and getattr(sys, "frozen", False):
        stamp = file_stamp(sys.executable)
    if stamp is None:
        return None
    return f"{spec.origin}:{stamp[0]}:{stamp[1]}"
