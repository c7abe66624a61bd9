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
