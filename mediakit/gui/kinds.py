"""How the app shows each kind of library item: its words (marked for translation, in the
contexts the Spanish translation has them) and its icon. The one GUI table keyed by kind; the
Qt-free facts (model, table, whether the library lists it) are in `mediakit.model.kinds`."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from mediakit.model import ItemKind


@dataclass(frozen=True, slots=True)
class KindLook:
    """`noun` ("Labels"): a finding's or an undo step's word for it; `heading` ("EditorPane"):
    the editor's title over its form; for kinds the library lists, `tab` and `empty`
    ("LibraryPane"): the tab's title and what an empty tab says, and `glyph`: the rows' icon."""

    noun: str
    heading: str
    tab: str = ""
    empty: str = ""
    glyph: str = ""


LOOKS: dict[ItemKind, KindLook] = {
    ItemKind.STORY: KindLook(
        noun=QT_TRANSLATE_NOOP("Labels", "Story"),
        heading=QT_TRANSLATE_NOOP("EditorPane", "Story"),
        tab=QT_TRANSLATE_NOOP("LibraryPane", "Stories"),
        empty=QT_TRANSLATE_NOOP(
            "LibraryPane", "No stories yet. Drop documents here, or use File ▸ Import."
        ),
        glyph="story",
    ),
    ItemKind.PHOTO: KindLook(
        noun=QT_TRANSLATE_NOOP("Labels", "Photo"),
        heading=QT_TRANSLATE_NOOP("EditorPane", "Photo"),
        tab=QT_TRANSLATE_NOOP("LibraryPane", "Photos"),
        empty=QT_TRANSLATE_NOOP(
            "LibraryPane", "No photos yet. Drop photos here, or use File ▸ Import."
        ),
        glyph="photo",
    ),
    ItemKind.CONTACT: KindLook(
        noun=QT_TRANSLATE_NOOP("Labels", "Contact"),
        heading=QT_TRANSLATE_NOOP("EditorPane", "Contact"),
        tab=QT_TRANSLATE_NOOP("LibraryPane", "Contacts"),
        empty=QT_TRANSLATE_NOOP(
            "LibraryPane", "No contacts yet. Drop vCards or a CSV file here, or use File ▸ Import."
        ),
        glyph="contacts",
    ),
    ItemKind.FIGURE: KindLook(
        noun=QT_TRANSLATE_NOOP("Labels", "Key figure"),
        heading=QT_TRANSLATE_NOOP("EditorPane", "Key figure"),
        tab=QT_TRANSLATE_NOOP("LibraryPane", "Figures"),
        empty=QT_TRANSLATE_NOOP(
            "LibraryPane", "No key figures yet. Imported fact sheets bring their figures."
        ),
        glyph="figures",
    ),
    ItemKind.KIT: KindLook(
        noun=QT_TRANSLATE_NOOP("Labels", "Kit"),
        heading=QT_TRANSLATE_NOOP("EditorPane", "Kit settings"),
    ),
    ItemKind.ORG: KindLook(
        noun=QT_TRANSLATE_NOOP("Labels", "Organisation"),
        heading=QT_TRANSLATE_NOOP("EditorPane", "Organisation profile"),
    ),
    ItemKind.OFFICE: KindLook(
        noun=QT_TRANSLATE_NOOP("Labels", "Office"),
        heading=QT_TRANSLATE_NOOP("EditorPane", "Office"),
    ),
}


def look(kind: ItemKind) -> KindLook:
    return LOOKS[kind]
