"""The words the panes show for model objects: functions of the model, in the interface language.

No widgets and no catalog here; Qt is asked only for the translation of each phrase.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mediakit.gui.core_words import say
from mediakit.gui.kinds import LOOKS
from mediakit.model import (
    ConsentLevel,
    ConsentScope,
    Contact,
    Edition,
    Finding,
    ItemKind,
    KeyFigure,
    KitContent,
    Language,
    Paper,
    Photo,
    Section,
    SectionKind,
    Story,
    StoryKind,
)

translate = QCoreApplication.translate

SECTION_NAMES: dict[SectionKind, str] = {
    SectionKind.COVER: QT_TRANSLATE_NOOP("Labels", "Cover"),
    SectionKind.CONTENTS: QT_TRANSLATE_NOOP("Labels", "Contents"),
    SectionKind.STORY: QT_TRANSLATE_NOOP("Labels", "Story"),
    SectionKind.GALLERY: QT_TRANSLATE_NOOP("Labels", "Photo gallery"),
    SectionKind.FIGURES: QT_TRANSLATE_NOOP("Labels", "Key figures"),
    SectionKind.CONTACTS: QT_TRANSLATE_NOOP("Labels", "Contacts"),
    SectionKind.ABOUT: QT_TRANSLATE_NOOP("Labels", "About"),
    SectionKind.BACK_COVER: QT_TRANSLATE_NOOP("Labels", "Back cover"),
}
ITEM_NOUNS: dict[ItemKind, str] = {kind: look.noun for kind, look in LOOKS.items()}
# In the order a press office thinks of them (PRODUCT.md §3): the chooser and the filter list them so.
STORY_KINDS: dict[StoryKind, str] = {
    StoryKind.PRESS_RELEASE: QT_TRANSLATE_NOOP("Labels", "Press release"),
    StoryKind.STATEMENT: QT_TRANSLATE_NOOP("Labels", "Statement"),
    StoryKind.MEDIA_ADVISORY: QT_TRANSLATE_NOOP("Labels", "Media advisory"),
    StoryKind.FEATURE: QT_TRANSLATE_NOOP("Labels", "Feature"),
    StoryKind.PHOTO_STORY: QT_TRANSLATE_NOOP("Labels", "Photo story"),
    StoryKind.FACT_SHEET: QT_TRANSLATE_NOOP("Labels", "Fact sheet"),
    StoryKind.SITUATION_REPORT: QT_TRANSLATE_NOOP("Labels", "Situation report"),
    StoryKind.ABOUT: QT_TRANSLATE_NOOP("Labels", "About us"),
}
LANGUAGES: dict[Language, str] = {
    Language.EN: QT_TRANSLATE_NOOP("Labels", "English"),
    Language.ES: QT_TRANSLATE_NOOP("Labels", "Spanish"),
    Language.PT: QT_TRANSLATE_NOOP("Labels", "Portuguese"),
    Language.FR: QT_TRANSLATE_NOOP("Labels", "French"),
}
EDITIONS: dict[Edition, str] = {
    Edition.PRESS: QT_TRANSLATE_NOOP("Labels", "Press kit"),
    Edition.HANDOUT: QT_TRANSLATE_NOOP("Labels", "Handout (two pages)"),
    Edition.BOOKLET: QT_TRANSLATE_NOOP("Labels", "Booklet (folded A5)"),
}
PAPERS: dict[Paper, str] = {
    Paper.A4: QT_TRANSLATE_NOOP("Labels", "A4"),
    Paper.LETTER: QT_TRANSLATE_NOOP("Labels", "US Letter"),
}
CONSENT_LEVELS: dict[ConsentLevel, str] = {
    ConsentLevel.NONE: QT_TRANSLATE_NOOP("Labels", "Not recorded"),
    ConsentLevel.VERBAL: QT_TRANSLATE_NOOP("Labels", "Verbal"),
    ConsentLevel.WRITTEN: QT_TRANSLATE_NOOP("Labels", "Written"),
}
CONSENT_SCOPES: dict[ConsentScope, str] = {
    ConsentScope.ALL: QT_TRANSLATE_NOOP("Labels", "Print and web"),
    ConsentScope.PRINT: QT_TRANSLATE_NOOP("Labels", "Print only"),
    ConsentScope.WEB: QT_TRANSLATE_NOOP("Labels", "Web only"),
}
# Undo labels the core gives its own edits, so Edit ▸ Undo reads well in every language.
HISTORY_LABELS = (
    QT_TRANSLATE_NOOP("History", "Move section"),
    QT_TRANSLATE_NOOP("History", "Attach image"),
    QT_TRANSLATE_NOOP("History", "Edit kit"),
    QT_TRANSLATE_NOOP("History", "Edit organisation profile"),
    QT_TRANSLATE_NOOP("History", "Correct import"),
    QT_TRANSLATE_NOOP("History", "Insert photo"),
    QT_TRANSLATE_NOOP("History", "Move photo to gallery"),
    QT_TRANSLATE_NOOP("History", "Move photo into story"),
    QT_TRANSLATE_NOOP("History", "Remove photo from story"),
)

COUNTED = {SectionKind.GALLERY, SectionKind.FIGURES, SectionKind.CONTACTS}

NO_CITY = QT_TRANSLATE_NOOP("Labels", "No city given")


def tr(text: str) -> str:
    """A phrase marked with QT_TRANSLATE_NOOP("Labels", …), in the interface language."""
    return translate("Labels", text)


def history_label(label: str) -> str:
    return translate("History", label)


def section_title(section: Section, content: KitContent) -> str:
    """ "Cover", "Story: <title>", "Key figures (2)"... as the kit pane lists them."""
    name = tr(SECTION_NAMES.get(section.kind, str(section.kind)))
    if section.kind is SectionKind.STORY:
        titles = [content.stories[i].title for i in section.ids if i in content.stories]
        if not titles:
            return translate("Labels", "{name}: (missing from the library)").format(name=name)
        return translate("Labels", "{name}: {titles}").format(name=name, titles="; ".join(titles))
    if section.kind is SectionKind.ABOUT and content.org.short_name:
        return translate("Labels", "About {org}").format(org=content.org.short_name)
    if section.kind in COUNTED:
        return f"{name} ({len(section.ids)})"
    return name


def story_title(story: Story) -> str:
    return story.title or translate("Labels", "Untitled story")


def story_details(story: Story) -> str:
    """ "Feature · Lima, Peru · 2023-06-24" """
    kind = tr(STORY_KINDS.get(story.kind, str(story.kind)))
    parts = (kind, tr(LANGUAGES[story.language]), story.dateline.place, story.dateline.date)
    return " · ".join(part for part in parts if part)


def translation_text(original: Story | None, translations: Iterable[Story]) -> str:
    """ "Translation of: “<title>”", "Translations: ES, PT", or nothing."""
    if original is not None:
        return translate("Labels", "Translation of: “{title}”").format(title=story_title(original))
    languages = ", ".join(story.language.value.upper() for story in translations)
    return (
        translate("Labels", "Translations: {languages}").format(languages=languages)
        if languages
        else ""
    )


def photo_title(photo: Photo) -> str:
    """The caption; without one, the file's name (each uncaptioned photo told apart)."""
    return photo.caption or photo.original_name or translate("Labels", "No caption yet")


def photo_details(photo: Photo) -> str:
    state = (
        translate("Labels", "{width} × {height} px").format(width=photo.width, height=photo.height)
        if photo.has_image
        else translate("Labels", "No image yet: drop the file here or use Attach image")
    )
    credit = translate("Labels", "Credit: {credit}").format(credit=photo.credit)
    words = photo.caption or translate("Labels", "No caption yet")
    return "\n".join(part for part in (words, credit if photo.credit else "", state) if part)


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
    ordered = sorted(groups.items(), key=lambda group: (group[0] == NO_CITY, group[0].casefold()))
    return [(tr(NO_CITY) if city == NO_CITY else city, members) for city, members in ordered]


def finding_title(finding: Finding) -> str:
    """ "Photo “A Venezuelan doctor…”: the photo has no credit" """
    noun = tr(ITEM_NOUNS.get(finding.item.kind, str(finding.item.kind)))
    label = finding.item.label
    name = translate("Labels", "{noun} “{label}”").format(noun=noun, label=label) if label else noun
    return translate("Labels", "{item}: {problem}").format(item=name, problem=say(finding.problem))


def finding_fix(finding: Finding) -> str:
    fix = say(finding.fix)
    return fix[:1].upper() + fix[1:] + "."


def count_text(count: int, one: str, many: str) -> str:
    """ "1 page" / "15 pages", with both phrases already translated; `many` has {count}."""
    return one if count == 1 else many.format(count=count)
