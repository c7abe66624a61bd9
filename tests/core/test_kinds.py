"""The item-kind registry: every ItemKind is described once in mediakit.model.kinds, and the
catalog, the queries and the command line have what that entry says they should. A kind added
to the enum without its entries fails here, naming what is missing."""

from __future__ import annotations

import dataclasses

import pytest

from mediakit.cli.parser import LISTABLE
from mediakit.library import queries, store
from mediakit.model import ItemKind
from mediakit.model.kinds import KINDS, LIBRARY_KINDS, NUMBERED_KINDS, info_of
from mediakit.model.records import ROWS, TABLES


@pytest.mark.parametrize("kind", list(ItemKind))
def test_every_kind_has_its_registry_entry_and_its_records(kind: ItemKind):
    assert kind in KINDS, f"{kind!r} has no entry in mediakit.model.kinds.KINDS"
    info = KINDS[kind]
    assert info.kind is kind
    assert info_of(info.model) is info, f"{info.model.__name__} is the model of two kinds"
    assert info.noun and info.plural, f"{kind!r} needs a noun and a plural"
    assert kind in ROWS, f"{kind!r} has no row functions in mediakit.model.records.ROWS"
    assert TABLES[info.model][0] == info.table


@pytest.mark.parametrize("kind", list(ItemKind))
def test_the_catalog_has_a_table_for_every_kind(empty_library, kind: ItemKind):
    table = KINDS[kind].table
    found = empty_library.db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    assert found, f"the catalog has no table “{table}” for {kind!r} (add a migration)"


@pytest.mark.parametrize("kind", NUMBERED_KINDS)
def test_the_queries_read_and_count_every_numbered_kind(empty_library, kind: ItemKind):
    info = KINDS[kind]
    assert queries.all_of(empty_library.db, info.model) == []
    assert queries.counts(empty_library.db)[info.table] == 0
    assert info.table in LISTABLE, f"`mediakit list` does not offer {info.table}"
    with pytest.raises(Exception, match=f"there is no {info.noun} with id 99"):
        queries.one_of(empty_library.db, info.model, 99)


@pytest.mark.parametrize("kind", LIBRARY_KINDS)
def test_the_search_finds_every_kind_the_library_lists(empty_library, kind: ItemKind):
    """Added, changed and deleted: the search index follows each kind's rows, under its kind."""
    word = {"story": "title", "photo": "caption", "contact": "name", "figure": "label"}[kind]
    model = KINDS[kind].model
    fields = {"title": "", "name": "", "value": "1", "label": ""} if kind != ItemKind.PHOTO else {}
    fields = {k: v for k, v in fields.items() if k in model.__dataclass_fields__}
    db = empty_library.db
    with empty_library.catalog.transaction():
        item = store.insert(db, model(id=None, **{**fields, word: "Xylophonist"}))
    assert queries.search(db, "xylophonist") == [(kind.value, item.id)]
    with empty_library.catalog.transaction():
        item = store.update(db, dataclasses.replace(item, **{word: "Zither"}))
    assert queries.search(db, "xylophonist") == []
    assert queries.search(db, "zither") == [(kind.value, item.id)]
    with empty_library.catalog.transaction():
        store.delete(db, item)
    assert queries.search(db, "zither") == []


def test_the_library_lists_stories_photos_contacts_and_key_figures_in_that_order():
    assert LIBRARY_KINDS == (ItemKind.STORY, ItemKind.PHOTO, ItemKind.CONTACT, ItemKind.FIGURE)
    assert [KINDS[kind].section for kind in LIBRARY_KINDS] == [
        "story",
        "gallery",
        "contacts",
        "figures",
    ]
    assert ItemKind.ORG not in NUMBERED_KINDS and ItemKind.KIT in NUMBERED_KINDS
