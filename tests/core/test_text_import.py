"""The plain-text importer on variants of the seeds: other places, dates, layouts, encodings."""

from __future__ import annotations

import pytest

from mediakit.importers import parse_text, same_story
from mediakit.importers.decode import decode_text
from mediakit.model import BadInputError, BlockKind, Language, StoryKind

SCRAPED_RELEASE = """-
Home
ABOUT US
ABOUT US
- Where we work
- Media centre
A new route to protection opens in the Andes
Quito 3 March, 2024 – Governments of the Andean region agreed today on a shared approach to protection.
The agreement follows two years of talks between the countries.
Media contacts:
In Quito:
Ana Morales, IOM, amorales@iom.int, +593 99 123 4567
In Bogotá:
Pedro Ruiz , UNHCR ,  ruiz@unhcr.org   + 57 310 555 1234.
"""


def test_scraped_release_noise_title_dateline_and_contacts():
    doc = parse_text(SCRAPED_RELEASE, name="release.txt")
    story = doc.story
    assert story.title == "A new route to protection opens in the Andes"
    assert story.kind is StoryKind.PRESS_RELEASE
    assert (story.dateline.place, story.dateline.date) == ("Quito", "2024-03-03")
    assert story.body[0].text.startswith("Governments of the Andean region")
    assert "ABOUT US" not in story.text and "Media centre" not in story.text
    rules = {}
    for dropped in doc.dropped:
        rules.setdefault(dropped.line, dropped.rule)
    assert rules["ABOUT US"] == "all-caps section label"
    assert rules["- Media centre"].startswith("menu item")
    assert [(c.name, c.organisation, c.email, c.phones, c.city) for c in doc.contacts] == [
        ("Ana Morales", "IOM", "amorales@iom.int", ("+593 99 123 4567",), "Quito"),
        ("Pedro Ruiz", "UNHCR", "ruiz@unhcr.org", ("+57 310 555 1234",), "Bogotá"),
    ]


def test_feature_with_captions_quotes_byline_and_sdgs():
    text = (
        "Santiago, Chile – Maria opened a bakery.\r\n\r\n"
        "“Bread is how I say thank you.”\r\n\r\n"
        "Maria behind her counter in Santiago.\r\nPhoto: IOM/Luis Soto\r\n\r\n"
        "Starting again\r\n\r\n"
        "Her first year was hard. Customers came slowly. Photo: UNHCR/Ana Gil\r\n\r\n"
        "This story was written by Luis Soto, IOM Chile.\r\n"
        "SDG 8 - Decent Work and Economic Growth\r\n"
    )
    doc = parse_text(text, name="bakery.txt")
    kinds = [b.kind for b in doc.story.body]
    assert kinds == [
        BlockKind.PARAGRAPH,
        BlockKind.QUOTE,
        BlockKind.PHOTO,
        BlockKind.SUBHEAD,
        BlockKind.PHOTO,
    ]
    assert [(p.caption, p.credit) for p in doc.photos] == [
        ("Maria behind her counter in Santiago.", "IOM/Luis Soto"),
        ("Her first year was hard. Customers came slowly.", "UNHCR/Ana Gil"),
    ]
    assert doc.story.byline == "Luis Soto, IOM Chile"
    assert doc.story.sdgs == (8,)
    assert doc.story.dateline.place == "Santiago, Chile"


def test_situation_page_figures_with_footnote_source():
    text = (
        "Nearly 2.9 million Venezuelans live in Colombia according to the latest count.[1]\n"
        "Twelve countries have regularization programmes in place.\n"
        "Many families travel with small children.\n"
        "[1] Migración Colombia. March 2024\n"
    )
    doc = parse_text(text, name="situation.txt")
    assert doc.story.kind is StoryKind.ABOUT
    assert [(f.value, f.label) for f in doc.figures] == [
        ("2.9 million", "Venezuelans live in Colombia according to the latest count"),
        ("12", "Countries have regularization programmes in place"),
    ]
    assert {(f.source, f.as_of) for f in doc.figures} == {("Migración Colombia", "2024-03")}


def test_figure_without_source_is_kept_and_flagged():
    doc = parse_text("More than 500 families received kits this week.\nOther news.\n", name="f.txt")
    assert doc.figures[0].source == ""
    assert any("has no source" in note for note in doc.notes)


def test_spanish_story_is_detected():
    text = "Una nueva clínica en Lima\n\nLima, Perú – La clínica abrió sus puertas para las familias que llegan de Venezuela y para los vecinos del barrio.\n"
    assert parse_text(text, name="es.txt").story.language is Language.ES


@pytest.mark.parametrize(
    "data",
    [
        "Título con acentos – día".encode("utf-8-sig"),
        "Título con acentos – día".encode("utf-16"),
        "Título con acentos – día".encode("cp1252"),
    ],
)
def test_encodings_are_decoded(data):
    assert decode_text(data) == "Título con acentos – día"


def test_control_characters_and_nuls_are_removed():
    assert decode_text(b"A\x00B\x07C\r\nD") == "ABC\nD"


def test_empty_document_is_refused_with_its_name():
    with pytest.raises(BadInputError, match="empty.txt: the document has no text"):
        parse_text("\n\n   \n", name="empty.txt")


def test_markup_stays_text():
    doc = parse_text(
        '<b>Bold?</b> & <font color="[[[x]]]">x</font>\n\nBody with <img src="/etc/passwd"/>.',
        name="m.txt",
    )
    assert doc.story.title == '<b>Bold?</b> & <font color="[[[x]]]">x</font>'
    assert '<img src="/etc/passwd"/>' in doc.story.text


def test_similarity_tolerates_noise_but_not_other_stories():
    body = " ".join(f"word{i}" for i in range(200))
    assert same_story(body, "Menu Home About " + body)
    assert not same_story(body, " ".join(f"other{i}" for i in range(200)))
