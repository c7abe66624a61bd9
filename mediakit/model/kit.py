"""Kits: what goes into a press kit, in which order, printed how."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from mediakit.model.content import Language, Story
from mediakit.model.media import Photo
from mediakit.model.people import Contact, KeyFigure, OrgProfile


class Edition(StrEnum):
    PRESS = "press"
    HANDOUT = "handout"
    BOOKLET = "booklet"


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


class SectionKind(StrEnum):
    COVER = "cover"
    CONTENTS = "contents"
    STORY = "story"
    GALLERY = "gallery"
    FIGURES = "figures"
    CONTACTS = "contacts"
    ABOUT = "about"
    BACK_COVER = "back_cover"


@dataclass(frozen=True, slots=True)
class Section:
    """One section of a kit; `ids` are the stories, photos, figures or contacts it shows."""

    kind: SectionKind
    ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class KitOptions:
    edition: Edition = Edition.PRESS
    paper: Paper = Paper.A4
    grayscale: bool = False
    print_ready: bool = False
    watermark: str = ""


@dataclass(frozen=True, slots=True)
class Kit:
    id: int | None
    name: str
    subtitle: str = ""
    language: Language = Language.EN
    date: str = ""
    place: str = ""
    cover_photo_id: int | None = None
    options: KitOptions = KitOptions()
    sections: tuple[Section, ...] = ()
    # the catalog row's revision when read (a write checks the row is still at it);
    # bookkeeping, not content: left out of equality and of the build fingerprint (repr)
    revision: int = field(default=0, compare=False, repr=False)

    def for_build(
        self,
        *,
        edition: Edition | None = None,
        paper: Paper | None = None,
        grayscale: bool | None = None,
        print_ready: bool | None = None,
        language: Language | None = None,
    ) -> Kit:
        """This kit with the choices of one export (None keeps the kit's own setting)."""
        changes = {
            "edition": edition,
            "paper": paper,
            "grayscale": grayscale,
            "print_ready": print_ready,
        }
        options = replace(self.options, **{k: v for k, v in changes.items() if v is not None})
        return replace(self, options=options, language=language or self.language)

    def ids_of(self, kind: SectionKind) -> tuple[int, ...]:
        return tuple(i for s in self.sections if s.kind is kind for i in s.ids)


@dataclass(frozen=True, slots=True)
class KitContent:
    """An immutable snapshot of a kit and everything it shows: what a build needs, no more."""

    kit: Kit
    org: OrgProfile
    stories: dict[int, Story]
    photos: dict[int, Photo]
    contacts: dict[int, Contact]
    figures: dict[int, KeyFigure]

    def photos_in_order(self) -> list[Photo]:
        """The kit's photos in reading order (cover, stories, galleries), each once."""
        order = [self.kit.cover_photo_id] if self.kit.cover_photo_id else []
        for section in self.kit.sections:
            if section.kind is SectionKind.STORY:
                order += [
                    pid
                    for sid in section.ids
                    if sid in self.stories
                    for pid in self.stories[sid].photo_ids
                ]
            elif section.kind is SectionKind.GALLERY:
                order += list(section.ids)
        return [self.photos[i] for i in dict.fromkeys(order) if i in self.photos]

    def story_photos(self, story: Story) -> list[Photo]:
        return [self.photos[i] for i in story.photo_ids if i in self.photos]


def default_sections(
    story_ids: tuple[int, ...],
    photo_ids: tuple[int, ...],
    figure_ids: tuple[int, ...],
    contact_ids: tuple[int, ...],
) -> tuple[Section, ...]:
    """The running order a press officer expects for a new kit."""
    sections = [Section(SectionKind.COVER), Section(SectionKind.CONTENTS)]
    sections += [Section(SectionKind.STORY, (sid,)) for sid in story_ids]
    if photo_ids:
        sections.append(Section(SectionKind.GALLERY, photo_ids))
    if figure_ids:
        sections.append(Section(SectionKind.FIGURES, figure_ids))
    if contact_ids:
        sections.append(Section(SectionKind.CONTACTS, contact_ids))
    sections += [Section(SectionKind.ABOUT), Section(SectionKind.BACK_COVER)]
    return tuple(sections)
