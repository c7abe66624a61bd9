"""The app's icons: SVG files shipped in assets/icons/ (see its LICENSE.md). Qt alone: the
window uses them before the core has loaded."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from mediakit.paths import asset


def icon(name: str) -> QIcon:
    """The icon called `name` (no extension), or an empty icon if there is none."""
    path = asset("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
