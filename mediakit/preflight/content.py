"""Story, figure, contact and brand rules."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

from mediakit.model import Finding, ItemKind, ItemRef, SectionKind, Severity
from mediakit.preflight.check import Check, finding, short

W, E = Severity.WARNING, Severity.ERROR
# The name a new library's organisation has until someone types theirs (library.queries).
PLACEHOLDER_ORG_NAME = "Your organisation"
FIGURE_MAX_AGE_MONTHS = 12
MIN_TEXT_CONTRAST = 4.5


def empty_kit(check: Check) -> Iterator[Finding]:
    """A kit with no story is not ready, however few its other warnings."""
    kit = check.content.kit
    told = any(s.kind is SectionKind.STORY and s.ids for s in kit.sections)
    if not told or not check.content.stories:
        yield finding(
            W,
            ItemRef(ItemKind.KIT, kit.id, kit.name),
            "the kit holds no story",
            "add a story from the library or import a press release",
            "kit-empty",
        )


def unbranded(check: Check) -> Iterator[Finding]:
    """The cover shows the organisation's name and logo: placeholders there are not ready."""
    org = check.content.org
    ref = ItemRef(ItemKind.ORG, None, org.name)
    if not org.name.strip() or org.name.strip() == PLACEHOLDER_ORG_NAME:
        yield finding(
            W,
            ref,
            f"the organisation's name is still “{org.name.strip() or PLACEHOLDER_ORG_NAME}”",
            "type your organisation's name in the organisation profile",
            "org-name",
        )
    if not org.logo_hash:
        yield finding(
            W,
            ref,
            "the organisation has no logo",
            "add your logo in the organisation profile",
            "org-logo",
        )


def story_language(check: Check) -> Iterator[Finding]:
    kit = check.content.kit
    for story in check.content.stories.values():
        if story.language is not kit.language:
            yield finding(
                W,
                ItemRef(ItemKind.STORY, story.id, short(story.title)),
                f"the story is in {story.language.value}, the kit in {kit.language.value}",
                "add its translation or change the kit's language",
                "story-language",
            )


def embargo(check: Check) -> Iterator[Finding]:
    watermark = check.content.kit.options.watermark.upper()
    for story in check.content.stories.values():
        until = _moment(story.embargo)
        if until is None or until <= check.now:
            continue
        if not watermark.startswith("EMBARGOED"):
            yield finding(
                E,
                ItemRef(ItemKind.STORY, story.id, short(story.title)),
                f"the story is under embargo until {story.embargo}",
                "export with the EMBARGOED watermark, or wait until the embargo lifts",
                "embargo",
            )


def figures(check: Check) -> Iterator[Finding]:
    for figure in check.content.figures.values():
        ref = ItemRef(ItemKind.FIGURE, figure.id, figure.value)
        if not figure.source.strip():
            yield finding(
                W,
                ref,
                "the key figure has no source",
                "add where the number comes from",
                "figure-source",
            )
        age = _months_between(figure.as_of, check.today)
        if age is None:
            yield finding(
                W,
                ref,
                "the key figure has no as-of date",
                "add the date the number refers to",
                "figure-date",
            )
        elif age > FIGURE_MAX_AGE_MONTHS:
            yield finding(
                W,
                ref,
                f"the key figure is {age} months old (as of {figure.as_of})",
                "check for a newer number or keep it knowingly",
                "figure-age",
            )


def contacts(check: Check) -> Iterator[Finding]:
    for contact in check.content.contacts.values():
        if not contact.email.strip() and not contact.phones:
            yield finding(
                W,
                ItemRef(ItemKind.CONTACT, contact.id, contact.name),
                "the contact has neither e-mail nor phone",
                "add an e-mail address or a phone number",
                "contact-reachable",
            )


def handout_overflow(check: Check) -> Iterator[Finding]:
    if check.overflow:
        yield finding(
            E,
            ItemRef(ItemKind.KIT, check.content.kit.id, check.content.kit.name),
            check.overflow,
            "cut the opening, the figures or the contact block",
            "handout-overflow",
        )


def brand_contrast(check: Check) -> Iterator[Finding]:
    colour = check.content.org.brand_color
    ratio = contrast(colour, "#FFFFFF")
    if ratio is not None and ratio < MIN_TEXT_CONTRAST:
        yield finding(
            W,
            ItemRef(ItemKind.ORG, None, check.content.org.name),
            f"the brand colour {colour} has a contrast of {ratio:.1f}:1 on white, below 4.5:1 for text",
            "choose a darker brand colour for text",
            "brand-contrast",
        )


def contrast(foreground: str, background: str) -> float | None:
    """WCAG 2 contrast ratio of two #RRGGBB colours."""
    try:
        lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    except ValueError:
        return None
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: str) -> float:
    value = colour.strip().lstrip("#")
    if len(value) != 6:
        raise ValueError(colour)
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def unprintable_characters(check: Check) -> Iterator[Finding]:
    """Characters pasted in that the kit's font cannot print as typed (✔, emoji), per item."""
    by_item: dict[ItemRef, list[tuple[str, str]]] = {}
    for item, char, printed in check.unprintable:
        by_item.setdefault(item, []).append((char, printed))
    for item, chars in by_item.items():
        typed = _listed([char for char, _ in chars])
        shown = [f"prints as {printed}" if printed else "is left out" for _, printed in chars]
        if len(chars) == 1:
            shown = [f"it {shown[0]}"]
        else:
            shown = [f"{char} {words}" for (char, _), words in zip(chars, shown, strict=True)]
        yield finding(
            W,
            replace(item, label=short(item.label)),
            f"the {item.kind} contains {typed} that the kit's font cannot print; {'; '.join(shown)}",
            "type it in words or with characters the font has, or keep it knowingly",
            "unprintable-characters",
        )


def _listed(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _moment(value: str) -> datetime | None:
    """An embargo written as ISO 8601 with its zone; without a zone it counts as UTC."""
    if not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def _months_between(as_of: str, today) -> int | None:
    parts = as_of.split("-")
    if len(parts) < 2 or not (parts[0].isdigit() and parts[1].isdigit()):
        return None
    return (today.year - int(parts[0])) * 12 + today.month - int(parts[1])


RULES = (
    empty_kit,
    unbranded,
    story_language,
    embargo,
    figures,
    contacts,
    handout_overflow,
    brand_contrast,
    unprintable_characters,
)
