"""Which library items the library pane shows: the search hits and the filters. Pure functions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mediakit.model import (
    ConsentLevel,
    Contact,
    ItemKind,
    Language,
    Photo,
    Story,
    StoryKind,
)


@dataclass(frozen=True, slots=True)
class LibraryFilter:
    """What to show; None means "any". Language and kind sort stories (and contacts by the
    languages they speak); image and consent sort photos."""

    language: Language | None = None
    story_kind: StoryKind | None = None
    has_image: bool | None = None
    consent: ConsentLevel | None = None

    @property
    def active(self) -> int:
        """How many filters are set."""
        return sum(
            value is not None
            for value in (self.language, self.story_kind, self.has_image, self.consent)
        )

    def accepts(self, item: object) -> bool:
        if isinstance(item, Story):
            return (self.language is None or item.language is self.language) and (
                self.story_kind is None or item.kind is self.story_kind
            )
        if isinstance(item, Photo):
            return (self.has_image is None or item.has_image == self.has_image) and (
                self.consent is None or item.consent.level is self.consent
            )
        if isinstance(item, Contact):
            return self.language is None or not item.languages or self.language in item.languages
        return True


def visible(
    items: Iterable,
    *,
    kind: ItemKind,
    hits: set[tuple[str, int]] | None,
    library_filter: LibraryFilter,
) -> list:
    """The items that match the search (None: no search) and every filter, in library order."""
    return [
        item
        for item in items
        if (hits is None or (str(kind), item.id) in hits) and library_filter.accepts(item)
    ]


def hit_set(found: Sequence[tuple[str, int]]) -> set[tuple[str, int]]:
    return {(str(kind), int(item_id)) for kind, item_id in found}
