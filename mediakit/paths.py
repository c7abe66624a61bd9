"""Where mediakit's shipped assets live (fonts, themes, demo content, icons)."""

from __future__ import annotations

from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "assets"


def asset(*parts: str) -> Path:
    return ASSETS.joinpath(*parts)
