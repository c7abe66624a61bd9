"""Photo rules: images present and sharp enough, words complete, consent covering this use."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from mediakit.model import ConsentLevel, ConsentScope, Finding, Severity
from mediakit.preflight.check import Check, finding, photo_ref

W, E = Severity.WARNING, Severity.ERROR


def empty_slots(check: Check) -> Iterator[Finding]:
    for photo in check.photos():
        if not photo.has_image:
            yield finding(
                W,
                photo_ref(photo),
                "the photo slot has no image yet; it prints as a framed placeholder",
                "attach the image when it arrives",
                "empty-photo-slot",
            )


def photo_words(check: Check) -> Iterator[Finding]:
    for photo in check.photos():
        ref = photo_ref(photo)
        if not photo.caption.strip():
            yield finding(W, ref, "the photo has no caption", "write a caption", "photo-caption")
        if not photo.credit.strip():
            yield finding(
                W, ref, "the photo has no credit", "add the photographer's credit", "photo-credit"
            )
        if not photo.alt_text.strip() and not photo.caption.strip():
            # The caption stands in for a missing alt text (the HTML twin's `alt`).
            yield finding(
                W,
                ref,
                "the photo has no alternative text",
                "describe the image for readers who cannot see it (its alt text)",
                "photo-alt-text",
            )


def resolution(check: Check) -> Iterator[Finding]:
    if check.placements is None:
        return
    for photo in check.photos():
        placed = check.placements.get(photo.id)
        if not photo.has_image or placed is None:
            continue
        ppi = min(photo.width / (placed[0] / 72), photo.height / (placed[1] / 72))
        if ppi < check.ppi - 0.5:
            yield finding(
                W,
                photo_ref(photo),
                f"the photo prints at {ppi:.0f} ppi, below the {check.ppi} ppi this edition needs",
                "use a larger original, or place it smaller",
                "photo-resolution",
            )


def consent(check: Check) -> Iterator[Finding]:
    use = check.medium
    for photo in check.photos():
        if photo.has_image or photo.at_risk:
            yield from _consent_of(photo, use, check.today, check.consent_required)


def _consent_of(photo, use: ConsentScope, today: date, required: bool) -> Iterator[Finding]:
    ref, given = photo_ref(photo), photo.consent
    if photo.at_risk and given.level is not ConsentLevel.WRITTEN:
        yield finding(
            E,
            ref,
            "the photo shows a minor or a person at risk and has no written consent",
            "record written consent, blur the faces, or take the photo out",
            "consent-at-risk",
        )
        return
    if given.level is ConsentLevel.NONE:
        severity = E if required else W
        yield finding(
            severity,
            ref,
            "no consent is recorded for this photo",
            "record the consent you have (verbal or written)",
            "consent-missing",
        )
        return
    if given.scope not in (ConsentScope.ALL, use):
        yield finding(
            E,
            ref,
            f"the consent covers {given.scope.value} use only, and this kit is for {use.value}",
            "ask for wider consent or take the photo out",
            "consent-scope",
        )
    if given.expires and given.expires < today.isoformat():
        yield finding(
            E,
            ref,
            f"the consent expired on {given.expires}",
            "renew the consent or take the photo out",
            "consent-expired",
        )


RULES = (empty_slots, photo_words, resolution, consent)
