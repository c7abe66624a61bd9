"""The words the panes show for model objects. Pure functions: no Qt, no catalog."""

from __future__ import annotations

from collections.abc import Iterable

from mediakit.model import Contact, KeyFigure, KitContent, Photo, Section, SectionKind, Story

SECTION_NAMES: dict[SectionKind, str] = {
    SectionKind.COVER: "Cover",
    SectionKind.CONTENTS: "Contents",
    SectionKind.STORY: "Story",
    SectionKind.GALLERY: "Photo gallery",
    SectionKind.FIGURES: "Key figures",
    SectionKind.CONTACTS: "Contacts",
    SectionKind.ABOUT: "About",
    SectionKind.BACK_COVER: "Back cover",
}

COUNTED = {SectionKind.GALLERY, SectionKind.FIGURES, SectionKind.CONTACTS}

NO_CITY = "No city given"


def section_title(section: Section, content: KitContent) -> str:
    """ "Cover", "Story: <title>", "Key figures (2)"... as the kit pane lists them."""
    name = SECTION_NAMES.get(section.kind, str(section.kind))
    if section.kind is SectionKind.STORY:
        titles = [content.stories[i].title for i in section.ids if i in content.stories]
        return f"{name}: {'; '.join(titles)}" if titles else f"{name}: (missing from the library)"
    if section.kind in COUNTED:
        return f"{name} ({len(section.ids)})"
    return name


def story_title(story: Story) -> str:
    return story.title or "Untitled story"


def story_details(story: Story) -> str:
    """ "Feature · Lima, Peru · 2023-06-24" """
    kind = str(story.kind).replace("_", " ").capitalize()
    return " · ".join(part for part in (kind, story.dateline.place, story.dateline.date) if part)


def photo_title(photo: Photo) -> str:
    caption = photo.caption or "No caption yet"
    return caption if photo.has_image else f"{caption} — no image yet"


def figure_title(figure: KeyFigure) -> str:
    return f"{figure.value} — {figure.label}"


def figure_details(figure: KeyFigure) -> str:
    return ", ".join(part for part in (figure.source, figure.as_of) if part)


def contact_title(contact: Contact) -> str:
    role = ", ".join(part for part in (contact.role, contact.organisation) if part)
    return f"{contact.name} — {role}" if role else contact.name


def contact_details(contact: Contact) -> str:
    return " · ".join(part for part in (contact.email, *contact.phones) if part)


def by_city(contacts: Iterable[Contact]) -> list[tuple[str, list[Contact]]]:
    """Contacts grouped under their city (or country), groups in alphabetical order."""
    groups: dict[str, list[Contact]] = {}
    for contact in contacts:
        groups.setdefault(contact.city or contact.country or NO_CITY, []).append(contact)
    return sorted(groups.items(), key=lambda group: (group[0] == NO_CITY, group[0].casefold()))
