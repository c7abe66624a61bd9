"""What other programs (the command line, another window) changed in the catalog, so the app
reads again only those items.

`PRAGMA data_version` changes for a connection only when another connection commits: asked
once a second it costs a single pragma while nothing happens. When it moves, the (id, revision)
pairs of each kind are compared with the last ones seen: items added, changed or deleted come
back by id, without reading a whole library of photos again; rows this connection wrote itself
are left out.
"""

from __future__ import annotations

import sqlite3

from mediakit.edits.changes import Changes
from mediakit.library import store
from mediakit.model import ItemKind
from mediakit.model.kinds import KINDS, NUMBERED_KINDS

# More changed items of a kind than this: the kind is read again whole (one query, not many).
MANY = 500


class OutsideChanges:
    """Remembers what the catalog held when last asked; `poll` says what others changed since."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._version = _data_version(db)
        self._seen = {kind: _revisions(db, kind) for kind in NUMBERED_KINDS}
        self._org = _org(db)

    def poll(self, db: sqlite3.Connection) -> Changes:
        """The items other programs added, changed or deleted since the last poll (none, at the
        cost of one pragma, when nobody else wrote)."""
        version = _data_version(db)
        if version == self._version:
            return Changes()
        self._version = version
        ours = store.written(db)
        kinds: set[ItemKind] = set()
        items: set[tuple[ItemKind, int]] = set()
        wholly: set[ItemKind] = set()
        for kind in NUMBERED_KINDS:
            now, before = _revisions(db, kind), self._seen[kind]
            self._seen[kind] = now
            table = KINDS[kind].table
            changed = {
                item_id
                for item_id, revision in now.items()
                if before.get(item_id) != revision and ours.get((table, item_id)) != revision
            }
            changed |= before.keys() - now.keys()
            if not changed:
                continue
            kinds.add(kind)
            if len(changed) > MANY:
                wholly.add(kind)
            else:
                items.update((kind, item_id) for item_id in changed)
        org = _org(db)
        if org != self._org:
            self._org = org
            kinds.add(ItemKind.ORG)
            wholly.add(ItemKind.ORG)
        return Changes(frozenset(kinds), frozenset(items), frozenset(wholly))


def _data_version(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA data_version").fetchone()[0]


def _revisions(db: sqlite3.Connection, kind: ItemKind) -> dict[int, int]:
    return dict(db.execute(f"SELECT id, revision FROM {KINDS[kind].table}").fetchall())


def _org(db: sqlite3.Connection) -> tuple | None:
    row = db.execute("SELECT * FROM org WHERE id = 1").fetchone()
    return tuple(row) if row is not None else None
