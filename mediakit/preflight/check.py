"""What every preflight rule is given: the kit snapshot, today, and how the kit will be used."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from mediakit.model import (
    ConsentScope,
    Edition,
    Finding,
    ItemKind,
    ItemRef,
    KitContent,
    Photo,
    Severity,
)


@dataclass(frozen=True)
class Check:
    content: KitContent
    today: date
    now: datetime
    # photo id -> placed size in points, from the layout (None: not known, rule skipped)
    placements: dict[int, tuple[float, float]] | None = None
    overflow: str = ""  # the layout's word on a handout that does not fit
    consent_required: bool = False  # organisation setting: unrecorded consent is an error
    # (item, character as typed, what prints instead or ''), from the layout's fonts
    unprintable: tuple[tuple[ItemRef, str, str], ...] = ()
    extra: dict = field(default_factory=dict)

    @property
    def medium(self) -> ConsentScope:
        """Print for print-ready PDFs and the editions field offices print; web otherwise."""
        options = self.content.kit.options
        printed = options.print_ready or options.edition in (Edition.HANDOUT, Edition.BOOKLET)
        return ConsentScope.PRINT if printed else ConsentScope.WEB

    @property
    def ppi(self) -> int:
        return 300 if self.content.kit.options.print_ready else 150

    def photos(self) -> list[Photo]:
        """The kit's photos in reading order, each once."""
        return self.content.photos_in_order()


Rule = Callable[[Check], Iterator[Finding]]


def photo_ref(photo: Photo) -> ItemRef:
    return ItemRef(ItemKind.PHOTO, photo.id, short(photo.caption) or photo.original_name)


def finding(severity: Severity, item: ItemRef, problem: str, fix: str, rule: str) -> Finding:
    return Finding(severity, item, problem, fix, rule)


def short(text: str, words: int = 8) -> str:
    pieces = text.split()
    return " ".join(pieces[:words]) + ("…" if len(pieces) > words else "")


def utc_now() -> datetime:
    return datetime.now(UTC)
