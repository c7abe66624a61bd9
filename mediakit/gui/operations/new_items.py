"""Stories, contacts and key figures made in the app (File › New story…). Never touch widgets in
an op body: it runs on the catalog lane."""

from __future__ import annotations

from dataclasses import dataclass

from mediakit.edits import Changes
from mediakit.edits.new_items import new_contact, new_figure, new_story
from mediakit.gui.lanes import LibrarySession
from mediakit.gui.operations import CatalogOp
from mediakit.model import ItemKind, ItemRef

MAKERS = {ItemKind.STORY: new_story, ItemKind.CONTACT: new_contact, ItemKind.FIGURE: new_figure}


@dataclass(frozen=True, slots=True)
class ItemMade:
    """The item just made: the window selects it and opens its editor."""

    ref: ItemRef
    changes: Changes


def new_item(*, kind: ItemKind) -> CatalogOp[ItemMade]:
    def body(session: LibrarySession) -> ItemMade:
        item = MAKERS[kind](session.history)
        return ItemMade(ItemRef(kind, item.id), Changes.of(kind, item.id))

    return CatalogOp(body, label=f"New {kind.value}")
