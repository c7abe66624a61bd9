"""The app's icons: SVG files shipped in assets/icons/ (see its LICENSE.md)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from mediakit.model import SectionKind
from mediakit.paths import asset

SECTION_ICONS: dict[SectionKind, str] = {
    SectionKind.COVER: "cover",
    SectionKind.CONTENTS: "contents",
    SectionKind.STORY: "story",
    SectionKind.GALLERY: "gallery",
    SectionKind.FIGURES: "figures",
    SectionKind.CONTACTS: "contacts",
    SectionKind.ABOUT: "about",
    SectionKind.BACK_COVER: "back-cover",
}


def icon(name: str) -> QIcon:
    """The icon called `name` (no extension), or an empty icon if there is none."""
    path = asset("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def section_icon(kind: SectionKind) -> QIcon:
    return icon(SECTION_ICONS.get(kind, "story"))
