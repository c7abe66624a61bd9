"""The preflight rules of PRODUCT §5 that the content model can check so far."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from mediakit.model import (
    Finding,
    ItemKind,
    ItemRef,
    KitContent,
    SectionKind,
    Severity,
)

FIGURE_MAX_AGE_MONTHS = 12

Rule = Callable[[KitContent, date], Iterator[Finding]]


def empty_photo_slots(content: KitContent, today: date) -> Iterator[Finding]:
    for photo in _photos_in_order(content):
        if not photo.has_image:
            yield Finding(
                Severity.WARNING,
                ItemRef(ItemKind.PHOTO, photo.id, _short(photo.caption)),
                "the photo slot has no image yet; it prints as a framed placeholder",
                "attach the image when it arrives",
                "empty-photo-slot",
            )


def photo_words(content: KitContent, today: date) -> Iterator[Finding]:
    for photo in _photos_in_order(content):
        ref = ItemRef(ItemKind.PHOTO, photo.id, _short(photo.caption))
        if not photo.caption.strip():
            yield Finding(
                Severity.WARNING,
                ref,
                "the photo has no caption",
                "write a caption",
                "photo-caption",
            )
        if not photo.credit.strip():
            yield Finding(
                Severity.WARNING,
                ref,
                "the photo has no credit",
                "add the photographer's credit",
                "photo-credit",
            )


def story_language(content: KitContent, today: date) -> Iterator[Finding]:
    for story in content.stories.values():
        if story.language is not content.kit.language:
            yield Finding(
                Severity.WARNING,
                ItemRef(ItemKind.STORY, story.id, _short(story.title)),
                f"the story is in {story.language.value}, the kit in {content.kit.language.value}",
                "add its translation or change the kit's language",
                "story-language",
            )


def figure_sources(content: KitContent, today: date) -> Iterator[Finding]:
    for figure in content.figures.values():
        ref = ItemRef(ItemKind.FIGURE, figure.id, figure.value)
        if not figure.source.strip():
            yield Finding(
                Severity.WARNING,
                ref,
                "the key figure has no source",
                "add where the number comes from",
                "figure-source",
            )
        age = _months_since(figure.as_of, today)
        if age is None:
            yield Finding(
                Severity.WARNING,
                ref,
                "the key figure has no as-of date",
                "add the date the number refers to",
                "figure-date",
            )
        elif age > FIGURE_MAX_AGE_MONTHS:
            yield Finding(
                Severity.WARNING,
                ref,
                f"the key figure is {age} months old (as of {figure.as_of})",
                "check for a newer number or keep it knowingly",
                "figure-age",
            )


def contact_reachable(content: KitContent, today: date) -> Iterator[Finding]:
    for contact in content.contacts.values():
        if not contact.email.strip() and not contact.phones:
            yield Finding(
                Severity.WARNING,
                ItemRef(ItemKind.CONTACT, contact.id, contact.name),
                "the contact has neither e-mail nor phone",
                "add an e-mail address or a phone number",
                "contact-reachable",
            )


RULES: tuple[Rule, ...] = (
    empty_photo_slots,
    photo_words,
    story_language,
    figure_sources,
    contact_reachable,
)


def run_preflight(content: KitContent, *, today: date | None = None) -> list[Finding]:
    """Every rule's findings, errors first, in the kit's order."""
    today = today or date.today()
    findings = [finding for rule in RULES for finding in rule(content, today)]
    return sorted(findings, key=lambda f: f.severity is not Severity.ERROR)


def _photos_in_order(content: KitContent):
    seen: list[int] = []
    for section in content.kit.sections:
        if section.kind is SectionKind.STORY:
            for story_id in section.ids:
                story = content.stories.get(story_id)
                seen += list(story.photo_ids) if story else []
        elif section.kind is SectionKind.GALLERY:
            seen += list(section.ids)
    unique = dict.fromkeys(seen)
    return [content.photos[i] for i in unique if i in content.photos]


def _months_since(as_of: str, today: date) -> int | None:
    parts = as_of.split("-")
    if len(parts) < 2 or not (parts[0].isdigit() and parts[1].isdigit()):
        return None
    return (today.year - int(parts[0])) * 12 + today.month - int(parts[1])


def _short(text: str, words: int = 8) -> str:
    pieces = text.split()
    return " ".join(pieces[:words]) + ("…" if len(pieces) > words else "")
