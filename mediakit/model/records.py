"""Model objects to and from flat records (dicts of plain values): the catalog rows and the
bundle manifest use the same mapping. Pure functions, no I/O."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from mediakit.model.content import (
    Dateline,
    Language,
    Story,
    StoryKind,
    body_from_data,
    body_to_data,
)
from mediakit.model.findings import ItemKind
from mediakit.model.kinds import KINDS
from mediakit.model.kit import Edition, Kit, KitOptions, Paper, Section, SectionKind
from mediakit.model.media import Consent, ConsentLevel, ConsentScope, Photo
from mediakit.model.offices import Office
from mediakit.model.people import Contact, KeyFigure, OrgProfile, SeriesPoint


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def revision_of(row: Mapping) -> int:
    """The revision a row or record carries (0 for records written before revisions)."""
    try:
        value = row["revision"]
    except (KeyError, IndexError):
        return 0
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"a revision must be a whole number, not {value!r}")
    return value


def story_to_row(story: Story) -> dict:
    return {
        "revision": story.revision,
        "kind": story.kind.value,
        "language": story.language.value,
        "title": story.title,
        "standfirst": story.standfirst,
        "dateline_place": story.dateline.place,
        "dateline_date": story.dateline.date,
        "byline": story.byline,
        "body": _json(body_to_data(story.body)),
        "tags": _json(list(story.tags)),
        "sdgs": _json(list(story.sdgs)),
        "footnotes": _json(list(story.footnotes)),
        "embargo": story.embargo,
        "source_url": story.source_url,
        "origin": story.origin,
        "translation_of": story.translation_of,
    }


def story_from_row(row: Mapping) -> Story:
    return Story(
        id=row["id"],
        revision=revision_of(row),
        title=row["title"],
        kind=StoryKind(row["kind"]),
        language=Language(row["language"]),
        standfirst=row["standfirst"],
        dateline=Dateline(row["dateline_place"], row["dateline_date"]),
        byline=row["byline"],
        body=body_from_data(json.loads(row["body"])),
        tags=tuple(json.loads(row["tags"])),
        sdgs=tuple(json.loads(row["sdgs"])),
        footnotes=tuple(json.loads(row["footnotes"])),
        embargo=row["embargo"],
        source_url=row["source_url"],
        origin=row["origin"],
        translation_of=row["translation_of"],
    )


def photo_to_row(photo: Photo) -> dict:
    return {
        "revision": photo.revision,
        "caption": photo.caption,
        "credit": photo.credit,
        "media_hash": photo.media_hash or None,
        "original_name": photo.original_name,
        "width": photo.width,
        "height": photo.height,
        "date": photo.date,
        "place": photo.place,
        "alt_text": photo.alt_text,
        "consent_level": photo.consent.level.value,
        "consent_scope": photo.consent.scope.value,
        "consent_expires": photo.consent.expires,
        "consent_note": photo.consent.note,
        "at_risk": int(photo.at_risk),
        "blur_regions": _json([list(r) for r in photo.blur_regions]),
    }


def photo_from_row(row: Mapping) -> Photo:
    return Photo(
        id=row["id"],
        revision=revision_of(row),
        caption=row["caption"],
        credit=row["credit"],
        media_hash=row["media_hash"] or "",
        original_name=row["original_name"],
        width=row["width"],
        height=row["height"],
        date=row["date"],
        place=row["place"],
        alt_text=row["alt_text"],
        consent=Consent(
            ConsentLevel(row["consent_level"]),
            ConsentScope(row["consent_scope"]),
            row["consent_expires"],
            row["consent_note"],
        ),
        at_risk=bool(row["at_risk"]),
        blur_regions=tuple(tuple(float(v) for v in r) for r in json.loads(row["blur_regions"])),
    )


def contact_to_row(contact: Contact) -> dict:
    return {
        "revision": contact.revision,
        "name": contact.name,
        "role": contact.role,
        "organisation": contact.organisation,
        "email": contact.email,
        "phones": _json(list(contact.phones)),
        "city": contact.city,
        "country": contact.country,
        "languages": _json(list(contact.languages)),
    }


def contact_from_row(row: Mapping) -> Contact:
    return Contact(
        id=row["id"],
        revision=revision_of(row),
        name=row["name"],
        role=row["role"],
        organisation=row["organisation"],
        email=row["email"],
        phones=tuple(json.loads(row["phones"])),
        city=row["city"],
        country=row["country"],
        languages=tuple(json.loads(row["languages"])),
    )


def figure_to_row(figure: KeyFigure) -> dict:
    return {
        "revision": figure.revision,
        "value": figure.value,
        "label": figure.label,
        "source": figure.source,
        "as_of": figure.as_of,
        "series": _json([[p.label, p.value] for p in figure.series]),
    }


def figure_from_row(row: Mapping) -> KeyFigure:
    return KeyFigure(
        id=row["id"],
        revision=revision_of(row),
        value=row["value"],
        label=row["label"],
        source=row["source"],
        as_of=row["as_of"],
        series=tuple(
            SeriesPoint(str(label), float(value)) for label, value in json.loads(row["series"])
        ),
    )


def kit_to_row(kit: Kit) -> dict:
    return {
        "revision": kit.revision,
        "name": kit.name,
        "subtitle": kit.subtitle,
        "language": kit.language.value,
        "date": kit.date,
        "place": kit.place,
        "cover_photo_id": kit.cover_photo_id,
        "edition": kit.options.edition.value,
        "paper": kit.options.paper.value,
        "grayscale": int(kit.options.grayscale),
        "print_ready": int(kit.options.print_ready),
        "watermark": kit.options.watermark,
        "sections": _json([[s.kind.value, list(s.ids)] for s in kit.sections]),
    }


def kit_from_row(row: Mapping) -> Kit:
    return Kit(
        id=row["id"],
        revision=revision_of(row),
        name=row["name"],
        subtitle=row["subtitle"],
        language=Language(row["language"]),
        date=row["date"],
        place=row["place"],
        cover_photo_id=row["cover_photo_id"],
        options=KitOptions(
            edition=Edition(row["edition"]),
            paper=Paper(row["paper"]),
            grayscale=bool(row["grayscale"]),
            print_ready=bool(row["print_ready"]),
            watermark=row["watermark"],
        ),
        sections=tuple(
            Section(SectionKind(kind), tuple(ids)) for kind, ids in json.loads(row["sections"])
        ),
    )


def org_to_row(org: OrgProfile) -> dict:
    return {
        "id": 1,
        "name": org.name,
        "short_name": org.short_name,
        "boilerplate": _json(list(org.boilerplate)),
        "website": org.website,
        "logo_hash": org.logo_hash,
        "brand_color": org.brand_color,
        "accent_color": org.accent_color,
        "theme": org.theme,
    }


def org_from_row(row: Mapping) -> OrgProfile:
    return OrgProfile(
        name=row["name"],
        short_name=row["short_name"],
        boilerplate=tuple(json.loads(row["boilerplate"])),
        website=row["website"],
        logo_hash=row["logo_hash"],
        brand_color=row["brand_color"],
        accent_color=row["accent_color"],
        theme=row["theme"],
    )


def office_to_row(office: Office) -> dict:
    return {
        "revision": office.revision,
        "name": office.name,
        "city": office.city,
        "country": office.country,
        "language": office.language.value,
        "paper": office.paper.value,
        "contacts": _json(list(office.contact_ids)),
    }


def office_from_row(row: Mapping) -> Office:
    contact_ids = json.loads(row["contacts"])
    if not isinstance(contact_ids, list) or not all(
        isinstance(i, int) and not isinstance(i, bool) for i in contact_ids
    ):
        raise ValueError("an office's contacts must be a list of contact ids")
    return Office(
        id=row["id"],
        revision=revision_of(row),
        name=row["name"],
        city=row["city"],
        country=row["country"],
        language=Language(row["language"]),
        paper=Paper(row["paper"]),
        contact_ids=tuple(contact_ids),
    )


# model -> row and row -> model, per kind; the catalog table comes from the kind's entry
ROWS: dict[ItemKind, tuple[Callable[[Any], dict], Callable[[Mapping], Any]]] = {
    ItemKind.STORY: (story_to_row, story_from_row),
    ItemKind.PHOTO: (photo_to_row, photo_from_row),
    ItemKind.CONTACT: (contact_to_row, contact_from_row),
    ItemKind.FIGURE: (figure_to_row, figure_from_row),
    ItemKind.KIT: (kit_to_row, kit_from_row),
    ItemKind.ORG: (org_to_row, org_from_row),
    ItemKind.OFFICE: (office_to_row, office_from_row),
}
# table name, model -> row, row -> model; one entry per kind of library item
Record = tuple[str, Callable[[Any], dict], Callable[[Mapping], Any]]
TABLES: dict[type, Record] = {info.model: (info.table, *ROWS[kind]) for kind, info in KINDS.items()}
