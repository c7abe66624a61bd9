"""Editions: which builder each section kind goes through, on which page template it starts,
and how the pages are finished.

The press kit and the booklet run through the kit's sections (the booklet on half-size facing
pages, each section from a right-hand page, then imposed two-up). The handout is composed from
the whole kit at once (`mediakit.layout.handout`), so its plan has no section builders.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from mediakit.layout.sections import SECTION_BUILDERS, SectionBuilder
from mediakit.model import Edition, SectionKind


@dataclass(frozen=True, slots=True)
class EditionPlan:
    builders: Mapping[SectionKind, SectionBuilder]
    templates: Mapping[SectionKind, str]
    default_template: str = "body"
    # Sections start on a right-hand (odd) page, a blank left-hand page before if need be.
    right_hand_sections: bool = False
    # The page count is padded to a multiple of this (a saddle-stitched booklet: 4).
    page_multiple: int = 1
    imposed: bool = False

    def template_for(self, kind: SectionKind) -> str:
        return self.templates.get(kind, self.default_template)


_TEMPLATES = MappingProxyType({SectionKind.COVER: "cover", SectionKind.BACK_COVER: "back"})

PRESS = EditionPlan(builders=MappingProxyType(SECTION_BUILDERS), templates=_TEMPLATES)

BOOKLET = EditionPlan(
    builders=MappingProxyType(SECTION_BUILDERS),
    templates=_TEMPLATES,
    right_hand_sections=True,
    page_multiple=4,
    imposed=True,
)

HANDOUT = EditionPlan(
    builders=MappingProxyType({}),
    templates=MappingProxyType({}),
    default_template="handout",
)

EDITIONS: Mapping[Edition, EditionPlan] = MappingProxyType(
    {Edition.PRESS: PRESS, Edition.BOOKLET: BOOKLET, Edition.HANDOUT: HANDOUT}
)


def plan_for(edition: Edition) -> EditionPlan:
    return EDITIONS.get(edition, PRESS)
