"""Preflight: one small function per rule, each returning findings (item, problem, fix).

May import: model.
"""

from __future__ import annotations

from datetime import date, datetime

from mediakit.model import Finding, ItemRef, KitContent, Severity
from mediakit.preflight import content, photos
from mediakit.preflight.check import Check, Rule, utc_now

RULES: tuple[Rule, ...] = photos.RULES + content.RULES


def run_preflight(
    kit_content: KitContent,
    *,
    today: date | None = None,
    now: datetime | None = None,
    placements: dict[int, tuple[float, float]] | None = None,
    overflow: str = "",
    consent_required: bool = False,
    unprintable: tuple[tuple[ItemRef, str, str], ...] = (),
) -> list[Finding]:
    """Every rule's findings, errors first, in the kit's order."""
    now = now or utc_now()
    check = Check(
        kit_content,
        today or now.date(),
        now,
        placements,
        overflow,
        consent_required,
        unprintable,
    )
    findings = [found for rule in RULES for found in rule(check)]
    return sorted(findings, key=lambda f: f.severity is not Severity.ERROR)


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)


__all__ = ["RULES", "Check", "has_errors", "run_preflight"]
