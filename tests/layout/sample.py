"""A realistic kit hand-built from the seed documents (assets/demo/seeds), for layout tests.

Run it to look at the result: `python -m tests.layout.sample OUTDIR` writes the sample kit on
A4 and Letter, with and without a real photo, to OUTDIR.
"""

from __future__ import annotations

import io
import sys
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from mediakit.imaging import RenditionSpec, render_bytes
from mediakit.model import (
    Block,
    BlockKind,
    Contact,
    KeyFigure,
    Kit,
    KitContent,
    KitOptions,
    Language,
    OrgProfile,
    Paper,
    Photo,
    SeriesPoint,
    Span,
    default_sections,
)

from .sample_stories import STORY_001, STORY_002, STORY_003, STORY_004

CREDIT = "IOM/Gema Cortes"
HERO_HASH = "sample-hero-0001"
LOGO_HASH = "sample-logo-0001"
# Photos 2..6 with images of mixed orientation, for the gallery: (hash, width, height).
ALBUM = {
    2: ("sample-portrait-0002", 800, 1200),
    3: ("sample-landscape-0003", 1800, 1200),
    4: ("sample-portrait-0004", 960, 1200),
    5: ("sample-wide-0005", 1920, 1080),
    6: ("sample-landscape-0006", 1500, 1000),
}

PHOTOS = {
    1: "A Venezuelan doctor points to an x-ray in a medical office where two patients are looking",
    2: "A Venezuelan doctor stands with his arms crossed in front of a hospital sign",
    3: "Venezuelan surgeon Yoalexis Tovar bridges health care gaps, bringing critical medical "
    "expertise to Peru’s emergency medical services.",
    4: "Venezuelan surgeon Yoalexis Tovar examines a patient's heartbeat in Lima's emergency "
    "care unit.",
    5: "Peruvian and Venezuelan doctors unite to strengthen their skills through IOM’s "
    "collaborative professional training.",
    6: "A Venezuelan doctor writing a medical prescription at the emergency unit.",
}

CONTACTS = (
    Contact(
        1,
        "Gema Cortés",
        role="Media and Communications",
        organisation="IOM",
        email="marcortes@iom.int",
        phones=("+507 62694574",),
        city="Panama",
        country="Panama",
    ),
    Contact(
        2,
        "William Spindler",
        organisation="UNHCR",
        email="spindler@unhcr.org",
        phones=("+507 63827815",),
        city="Panama",
        country="Panama",
    ),
    Contact(
        3,
        "Analía Kim",
        organisation="ACNUR",
        email="kiman@unhcr.org",
        phones=("+507 68981846",),
        city="Panama",
        country="Panama",
    ),
    Contact(
        4,
        "Luiz Fernando Godinho",
        organisation="ACNUR",
        email="godinho@unhcr.org",
        phones=("+507 63560074",),
        city="Panama",
        country="Panama",
    ),
    Contact(
        5,
        "Jorge Gallo",
        organisation="IOM",
        email="jgallo@iom.int",
        phones=("+506 7203 6536",),
        city="Costa Rica",
        country="Costa Rica",
    ),
    Contact(
        6,
        "Laura Dorin",
        organisation="IOM",
        email="ldorin@iom.int",
        phones=("+ 54 911 50472248",),
        city="Buenos Aires",
        country="Argentina",
    ),
)

GOVERNMENT = "Based on Government figures"
FIGURES = (
    KeyFigure(
        1, "6.1 million", "refugees and migrants have left Venezuela", GOVERNMENT, "July 2022"
    ),
    KeyFigure(
        2,
        "More than 5 million",
        "Venezuelans live in Latin America and the Caribbean",
        GOVERNMENT,
        "July 2022",
    ),
    KeyFigure(
        3,
        "80 per cent",
        "of Venezuelans abroad are hosted by seventeen countries of the region",
        GOVERNMENT,
        "July 2022",
    ),
    KeyFigure(
        4, "1.6 million", "Venezuelan migrants and refugees live in Peru", "IOM Peru", "2024"
    ),
    KeyFigure(
        5,
        "25,000",
        "Venezuelan doctors, nurses and other health professionals in Peru (estimate)",
        "IOM Peru",
        "2024",
    ),
    KeyFigure(
        6,
        "19",
        "health professionals in the first certified medical internship "
        "programme of IOM and Peru’s Ministry of Health",
        "IOM Peru",
        "2024",
    ),
)

ORG = OrgProfile(
    name="International Organization for Migration",
    short_name="IOM",
    boilerplate=(
        "The International Organization for Migration (IOM) is part of the United Nations System "
        "as the leading inter-governmental organization promoting since 1951 humane and orderly "
        "migration for the benefit of all, with 175 member states and a presence in 171 "
        "countries.",
        "IOM plays a key role to support the achievement of the 2030 Agenda through different "
        "areas of intervention that connect both humanitarian assistance and sustainable "
        "development.",
        "Following the UN Secretary-General's request to IOM and UNHCR to co-lead the regional "
        "inter-agency response, the Office of the Director General’s Special Envoy for the "
        "Regional Response to the Venezuela Situation (OSE) was established in 2019 to "
        "coordinate IOM's assistance for migrants and refugees from Venezuela.",
    ),
    website="https://www.iom.int",
)


def sample_content(
    paper: Paper = Paper.A4,
    *,
    with_photo: bool = False,
    with_album: bool = False,
    language: Language = Language.EN,
    options: KitOptions | None = None,
) -> KitContent:
    """The sample kit: four stories, six photo slots, six figures, six contacts, IOM.

    `with_photo`: photo 1 has its image (and is the cover photo); `with_album`: photos 2 to 6
    have theirs too, portraits and landscapes. `options` replace the kit's (paper aside)."""
    stories = {s.id: s for s in (STORY_001, STORY_002, STORY_003, STORY_004)}
    photos = {i: Photo(i, caption=text, credit=CREDIT) for i, text in PHOTOS.items()}
    if with_photo:
        photos[1] = replace(photos[1], media_hash=HERO_HASH, width=1800, height=1200)
    if with_album:
        for i, (media_hash, width, height) in ALBUM.items():
            photos[i] = replace(photos[i], media_hash=media_hash, width=width, height=height)
    kit = Kit(
        id=1,
        name="Refugees and Migrants from Venezuela",
        subtitle="Stories, key figures and press contacts from IOM’s regional response",
        language=language,
        date="2024-06-20",
        place="Panama City",
        cover_photo_id=1 if with_photo else None,
        options=replace(options or KitOptions(), paper=paper),
        sections=default_sections(
            tuple(stories),
            tuple(photos),
            tuple(f.id for f in FIGURES),
            tuple(c.id for c in CONTACTS),
        ),
    )
    return KitContent(
        kit=kit,
        org=ORG,
        stories=stories,
        photos=photos,
        contacts={c.id: c for c in CONTACTS},
        figures={f.id: f for f in FIGURES},
    )


LONG_URL = "https://www.example.org/" + "very-long-path-segment-" * 12 + "end"
LONG_EMAIL = "maria.fernanda.rodriguez.villanueva.castillo@very-long-domain.example.org"


def stress_content(paper: Paper = Paper.A4) -> KitContent:
    """The sample kit pushed to its limits: long title, URL, word, name and e-mail; a chart,
    QR codes, an embargo, a logo and another brand colour."""
    content = sample_content(paper, with_photo=True)
    stories = dict(content.stories)
    long_words = (
        Span("See "),
        Span(LONG_URL, href=LONG_URL),
        Span(" and Supercalifragilisticexpialidocious" * 3 + " " + "x" * 150),
    )
    stories[1] = replace(
        stories[1],
        source_url="https://www.iom.int/news/serving-hope",
        body=(Block(BlockKind.PARAGRAPH, long_words), *stories[1].body),
    )
    stories[2] = replace(
        stories[2],
        source_url="https://www.iom.int/news/doctors-peru",
        embargo="20 June 2024, 09:00 EST",
    )
    figures = dict(content.figures)
    series = tuple(
        SeriesPoint(str(year), value)
        for year, value in ((2018, 3.0), (2019, 4.6), (2020, 5.4), (2021, 6.0), (2022, 6.1))
    )
    figures[1] = replace(figures[1], series=series)
    contacts = dict(content.contacts)
    contacts[2] = replace(
        contacts[2],
        name="Maria-Fernanda de los Angeles Rodriguez-Villanueva y Castillo",
        email=LONG_EMAIL,
        phones=("+507 6382 7815", "+1 (212) 555-0199"),
    )
    kit = replace(
        content.kit,
        name="Refugees and Migrants from Venezuela: Doctors, Nurses and "
        "Health Workers on the Front Line of the Regional Response in Latin America "
        "and the Caribbean, 2018–2024",
    )
    org = replace(content.org, logo_hash=LOGO_HASH, brand_color="#00689D")
    return replace(content, kit=kit, org=org, stories=stories, figures=figures, contacts=contacts)


def synthetic_jpeg(width: int = 1800, height: int = 1200, **save_options) -> bytes:
    """A photo-like JPEG (sky, hills, a figure) drawn with Pillow, deterministic."""
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        shade = y / height
        draw.line([(0, y), (width, y)], fill=(int(90 + 120 * shade), int(140 + 80 * shade), 205))
    draw.polygon(
        [
            (0, height * 0.7),
            (width * 0.35, height * 0.45),
            (width * 0.7, height * 0.68),
            (width, height * 0.5),
            (width, height),
            (0, height),
        ],
        fill=(70, 110, 80),
    )
    draw.rectangle([width * 0.55, height * 0.35, width * 0.85, height], fill=(235, 232, 225))
    draw.ellipse([width * 0.2, height * 0.42, width * 0.3, height * 0.57], fill=(150, 100, 80))
    draw.rectangle([width * 0.19, height * 0.56, width * 0.31, height * 0.95], fill=(30, 60, 140))
    image = image.filter(ImageFilter.GaussianBlur(2))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88, **save_options)
    return out.getvalue()


def photo_source(store: dict[str, bytes], calls: list | None = None):
    """A PhotoSource over in-memory originals, rendering as the library would (and, like its
    rendition cache, rendering each request once)."""

    def source(media_hash: str, spec: RenditionSpec) -> bytes:
        if calls is not None:
            calls.append((media_hash, spec))
        return _rendition(store[media_hash], spec, media_hash)

    return source


@lru_cache(maxsize=256)
def _rendition(original: bytes, spec: RenditionSpec, media_hash: str) -> bytes:
    return render_bytes(original, spec, name=media_hash)


def sample_store() -> dict[str, bytes]:
    return dict(_sample_store())


@lru_cache(maxsize=1)
def _sample_store() -> dict[str, bytes]:
    store = {HERO_HASH: synthetic_jpeg(), LOGO_HASH: synthetic_jpeg(600, 200)}
    for media_hash, width, height in ALBUM.values():
        store[media_hash] = synthetic_jpeg(width, height)
    return store


def main(argv: list[str]) -> None:
    from mediakit.layout import build_pdf

    out = Path(argv[0] if argv else "out")
    out.mkdir(parents=True, exist_ok=True)
    source = photo_source(sample_store())
    for paper in (Paper.A4, Paper.LETTER):
        for with_photo in (False, True):
            content = sample_content(paper, with_photo=with_photo)
            name = f"sample-{paper.value}{'-photo' if with_photo else ''}.pdf"
            (out / name).write_bytes(build_pdf(content, photos=source))
            print(out / name)
    (out / "stress-a4.pdf").write_bytes(build_pdf(stress_content(), photos=source))
    print(out / "stress-a4.pdf")


if __name__ == "__main__":
    main(sys.argv[1:])
