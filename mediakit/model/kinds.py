"""The kinds of item a library holds, each described once: its model class, its catalog table,
what a message calls it, and where it shows.

The catalog, the queries, the edits, the command line and the app read this table; a new
`ItemKind` gets its entry here (and its words in `mediakit.gui.kinds`) and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from mediakit.model.content import Story
from mediakit.model.findings import ItemKind
from mediakit.model.kit import Kit, SectionKind
from mediakit.model.media import Photo
from mediakit.model.offices import Office
from mediakit.model.people import Contact, KeyFigure, OrgProfile


@dataclass(frozen=True, slots=True)
class KindInfo:
    """One kind of library item. `listed`: the library pane lists it, search finds it and an
    import brings it; `section`: the kit section it joins when added from the library;
    `single`: a library holds one (the organisation profile), so it has no id."""

    kind: ItemKind
    model: type
    table: str
    noun: str
    plural: str
    listed: bool = False
    section: SectionKind | None = None
    single: bool = False


# In the order the library pane shows its tabs.
KINDS: dict[ItemKind, KindInfo] = {
    ItemKind.STORY: KindInfo(
        ItemKind.STORY, Story, "stories", "story", "stories", True, SectionKind.STORY
    ),
    ItemKind.PHOTO: KindInfo(
        ItemKind.PHOTO, Photo, "photos", "photo", "photos", True, SectionKind.GALLERY
    ),
    ItemKind.CONTACT: KindInfo(
        ItemKind.CONTACT, Contact, "contacts", "contact", "contacts", True, SectionKind.CONTACTS
    ),
    ItemKind.FIGURE: KindInfo(
        ItemKind.FIGURE,
        KeyFigure,
        "figures",
        "key figure",
        "key figures",
        True,
        SectionKind.FIGURES,
    ),
    ItemKind.KIT: KindInfo(ItemKind.KIT, Kit, "kits", "kit", "kits"),
    ItemKind.ORG: KindInfo(
        ItemKind.ORG,
        OrgProfile,
        "org",
        "organisation profile",
        "organisation profiles",
        single=True,
    ),
    ItemKind.OFFICE: KindInfo(ItemKind.OFFICE, Office, "offices", "office", "offices"),
}
_BY_MODEL: dict[type, KindInfo] = {info.model: info for info in KINDS.values()}

# Stories, photos, contacts and key figures: what the library pane lists and an import brings.
LIBRARY_KINDS: tuple[ItemKind, ...] = tuple(kind for kind, info in KINDS.items() if info.listed)
# Every kind whose items have ids (all but the organisation profile).
NUMBERED_KINDS: tuple[ItemKind, ...] = tuple(
    kind for kind, info in KINDS.items() if not info.single
)


def kind_info(kind: ItemKind) -> KindInfo:
    return KINDS[kind]


def info_of(model: type) -> KindInfo:
    """The entry of a model class (Story, Photo…); KeyError for anything else."""
    return _BY_MODEL[model]


def kind_of(item: object) -> ItemKind:
    """The kind of a story, photo, contact, key figure, kit, organisation profile or office."""
    return _BY_MODEL[type(item)].kind
