"""Field offices: where a kit is handed out, and how each office prints it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from mediakit.model.content import Language
from mediakit.model.kit import Paper


@dataclass(frozen=True, slots=True)
class Office:
    """A country or field office: its own edition of a kit puts its contacts first and its
    city on the cover, in its language and on its paper. `contact_ids` are library contacts,
    in the order the office wants them."""

    id: int | None
    name: str
    city: str = ""
    country: str = ""
    language: Language = Language.EN
    paper: Paper = Paper.A4
    contact_ids: tuple[int, ...] = ()
    # the catalog row's revision when read (a write checks the row is still at it);
    # bookkeeping, not content: left out of equality and of the build fingerprint (repr)
    revision: int = field(default=0, compare=False, repr=False)


def slug(text: str) -> str:
    """`text` as a file name part: lower case ASCII words joined by hyphens (“Boa Vista” ->
    “boa-vista”, “Bogotá” -> “bogota”); “” when nothing of it is a letter or digit."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii")
    return "-".join(re.findall(r"[a-z0-9]+", ascii_only))[:60].strip("-")


def office_slug(office: Office) -> str:
    """The office in a file name: its name's slug, or “office-ID” when that is empty."""
    return slug(office.name) or f"office-{office.id}"
