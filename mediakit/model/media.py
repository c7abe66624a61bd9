"""Photos: the image (by content hash), its words, and the consent to use it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ConsentLevel(StrEnum):
    NONE = "none"
    VERBAL = "verbal"
    WRITTEN = "written"


class ConsentScope(StrEnum):
    PRINT = "print"
    WEB = "web"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class Consent:
    level: ConsentLevel = ConsentLevel.NONE
    scope: ConsentScope = ConsentScope.ALL
    expires: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Photo:
    """A photo, or a photo slot still waiting for its image (media_hash empty)."""

    id: int | None
    caption: str = ""
    credit: str = ""
    media_hash: str = ""
    original_name: str = ""
    width: int = 0
    height: int = 0
    date: str = ""
    place: str = ""
    alt_text: str = ""
    consent: Consent = Consent()
    at_risk: bool = False
    # Regions to blur in every output (faces of people at risk): x, y, width, height in 0..1.
    blur_regions: tuple[tuple[float, float, float, float], ...] = ()
    # the catalog row's revision when read (a write checks the row is still at it);
    # bookkeeping, not content: left out of equality and of the build fingerprint (repr)
    revision: int = field(default=0, compare=False, repr=False)

    @property
    def has_image(self) -> bool:
        return bool(self.media_hash)

    @property
    def aspect(self) -> float:
        """Width over height; 3:2 for a slot without its image."""
        if self.width > 0 and self.height > 0:
            return self.width / self.height
        return 3 / 2
