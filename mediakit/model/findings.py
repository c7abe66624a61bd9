"""Preflight findings and the references that point at the item at fault."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class ItemKind(StrEnum):
    STORY = "story"
    PHOTO = "photo"
    CONTACT = "contact"
    FIGURE = "figure"
    KIT = "kit"
    ORG = "org"
    OFFICE = "office"


@dataclass(frozen=True, slots=True)
class ItemRef:
    kind: ItemKind
    id: int | None
    label: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """What preflight found: the item, the problem and what to do about it."""

    severity: Severity
    item: ItemRef
    problem: str
    fix: str
    rule: str = ""

    def sentence(self) -> str:
        name = (
            f"{self.item.kind} {self.item.id}" if self.item.id is not None else str(self.item.kind)
        )
        label = f" “{self.item.label}”" if self.item.label else ""
        return f"{self.severity}: {name}{label}: {self.problem} — {self.fix}"
