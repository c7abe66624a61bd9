"""What an edit changed, so each pane refreshes only when it is touched."""

from __future__ import annotations

from dataclasses import dataclass

from mediakit.model import ItemKind


@dataclass(frozen=True, slots=True)
class Changes:
    kinds: frozenset[ItemKind] = frozenset()
    items: frozenset[tuple[ItemKind, int]] = frozenset()

    @classmethod
    def of(cls, kind: ItemKind, item_id: int | None = None) -> Changes:
        items = frozenset({(kind, item_id)}) if item_id is not None else frozenset()
        return cls(frozenset({kind}), items)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.items | other.items)

    def touches(self, kind: ItemKind) -> bool:
        return kind in self.kinds

    def __bool__(self) -> bool:
        return bool(self.kinds)
