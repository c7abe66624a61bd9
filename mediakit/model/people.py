"""Contacts, key figures and the organisation's own profile."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Contact:
    id: int | None
    name: str
    role: str = ""
    organisation: str = ""
    email: str = ""
    phones: tuple[str, ...] = ()
    city: str = ""
    country: str = ""
    languages: tuple[str, ...] = ()
    # the catalog row's revision when read (a write checks the row is still at it);
    # bookkeeping, not content: left out of equality and of the build fingerprint (repr)
    revision: int = field(default=0, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    label: str
    value: float


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """A number worth printing big, always with where it comes from and when."""

    id: int | None
    value: str
    label: str
    source: str = ""
    as_of: str = ""
    series: tuple[SeriesPoint, ...] = ()
    # the catalog row's revision when read (a write checks the row is still at it);
    # bookkeeping, not content: left out of equality and of the build fingerprint (repr)
    revision: int = field(default=0, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class OrgProfile:
    name: str
    short_name: str = ""
    boilerplate: tuple[str, ...] = ()
    website: str = ""
    logo_hash: str = ""
    brand_color: str = "#0033A0"
    accent_color: str = "#5B8DEF"
    theme: str = "default"
