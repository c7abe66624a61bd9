"""What an edit changed, so each pane refreshes only when it is touched, and only the rows it
touched when the edit names them."""

from __future__ import annotations

from dataclasses import dataclass

from mediakit.model import ItemKind


@dataclass(frozen=True, slots=True)
class Changes:
    """`kinds`: every kind touched; `items`: the (kind, id) of items named; `wholly`: the kinds
    of which more may have changed than the items named (an import, the organisation profile)."""

    kinds: frozenset[ItemKind] = frozenset()
    items: frozenset[tuple[ItemKind, int]] = frozenset()
    wholly: frozenset[ItemKind] = frozenset()

    @classmethod
    def of(cls, kind: ItemKind, item_id: int | None = None) -> Changes:
        """One item changed, or (without an id) any number of items of `kind`."""
        if item_id is None:
            return cls(frozenset({kind}), wholly=frozenset({kind}))
        return cls(frozenset({kind}), frozenset({(kind, item_id)}))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds, self.items | other.items, self.wholly | other.wholly
        )

    def touches(self, kind: ItemKind) -> bool:
        return kind in self.kinds

    def ids_of(self, kind: ItemKind) -> frozenset[int] | None:
        """The ids of the items of `kind` that changed (empty: none did), or None when any of
        them may have, so whoever shows them reads them all again."""
        ids = frozenset(item_id for item_kind, item_id in self.items if item_kind is kind)
        if kind in self.wholly or (kind in self.kinds and not ids):
            return None
        return ids

    def __bool__(self) -> bool:
        return bool(self.kinds)
