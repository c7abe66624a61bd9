"""Where an item shows in a kit: which section, so the preview can keep it in view. Pure."""

from __future__ import annotations

from mediakit.model import ItemKind, ItemRef, KitContent, Section, SectionKind
from mediakit.model.kinds import KINDS


def section_of(content: KitContent, ref: ItemRef) -> int | None:
    """The index of the first section that shows `ref`, or None if the kit does not show it."""
    for index, section in enumerate(content.kit.sections):
        if _shows(content, section, ref):
            return index
    return None


def _shows(content: KitContent, section: Section, ref: ItemRef) -> bool:
    if ref.kind is ItemKind.KIT:
        return section.kind is SectionKind.COVER
    if ref.kind is ItemKind.ORG:
        return section.kind is SectionKind.ABOUT
    if section.kind is SectionKind.STORY:
        if ref.kind is ItemKind.STORY:
            return ref.id in section.ids
        if ref.kind is ItemKind.PHOTO:
            stories = (content.stories.get(i) for i in section.ids)
            return any(story and ref.id in story.photo_ids for story in stories)
        return False
    # A photo, key figure or contact shows in the kit's section of its kind (stories: above).
    return KINDS[ref.kind].section is section.kind and ref.id in section.ids


def owner_of(section: Section, kit_id: int | None) -> ItemRef:
    """What the editor shows when a section is selected: its story, the organisation profile
    for the about page and back cover, else the kit's settings."""
    if section.kind is SectionKind.STORY and section.ids:
        return ItemRef(ItemKind.STORY, section.ids[0])
    if section.kind in (SectionKind.ABOUT, SectionKind.BACK_COVER):
        return ItemRef(ItemKind.ORG, None)
    return ItemRef(ItemKind.KIT, kit_id)
