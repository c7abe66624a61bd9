"""Editions: which builder each section kind goes through, and on which page template it starts.

The press kit is the full plan. Handout and booklet are later work: until they have plans of
their own they build as the press kit does, so any kit always exports.
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

    def template_for(self, kind: SectionKind) -> str:
        return self.templates.get(kind, self.default_template)


PRESS = EditionPlan(
    builders=MappingProxyType(SECTION_BUILDERS),
    templates=MappingProxyType({SectionKind.COVER: "cover"}),
)

EDITIONS: Mapping[Edition, EditionPlan] = MappingProxyType({Edition.PRESS: PRESS})


def plan_for(edition: Edition) -> EditionPlan:
    return EDITIONS.get(edition, PRESS)
