"""Content at its limits: nothing runs off the page, odd kits still build."""

from __future__ import annotations

from dataclasses import replace

import pypdfium2 as pdfium
import pytest

from mediakit.layout.geometry import page_geometry
from mediakit.layout.theme import load_theme
from mediakit.model import Edition, KitOptions, Paper, Section, SectionKind, Story

from .pdfcheck import page_texts, squeeze
from .sample import LONG_EMAIL, sample_content, stress_content

SCALE = 50 / 72


def _ink_outside_margins(data: bytes, paper: Paper) -> list[int]:
    """Pages (between the covers) with anything drawn in the left or right margin."""
    geometry = page_geometry(load_theme(), paper)
    pdf = pdfium.PdfDocument(data)
    bad = []
    for index in range(1, len(pdf) - 1):
        image = pdf[index].render(scale=SCALE).to_pil().convert("L")
        left = int((geometry.left - 2) * SCALE)
        right = int((geometry.width - geometry.right + 2) * SCALE) + 1
        strips = [
            image.crop((0, 0, left, image.height)),
            image.crop((right, 0, image.width, image.height)),
        ]
        if any(strip.getextrema()[0] < 235 for strip in strips):
            bad.append(index + 1)
    return bad


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
def test_long_words_urls_names_and_emails_wrap_inside_the_margins(build, stress_a4_pdf, paper):
    data = stress_a4_pdf if paper is Paper.A4 else build(stress_content(paper))
    assert _ink_outside_margins(data, paper) == []
    text = squeeze("".join(page_texts(data)))
    assert LONG_EMAIL in text
    assert "x" * 150 in text


def test_stress_kit_shows_chart_qr_codes_and_embargo(stress_a4_pdf):
    text = squeeze("".join(page_texts(stress_a4_pdf)))
    assert "Readthestoriesonline" in text
    assert "iom.int/news/serving-hope" in text
    assert "Embargoeduntil20June2024" in text or "EMBARGOEDUNTIL20JUNE2024" in text
    assert "2018" in text and "2022" in text  # the bar chart's categories


def test_a_kit_without_sections_still_gets_its_cover(build):
    content = sample_content()
    content = replace(content, kit=replace(content.kit, sections=()))
    texts = page_texts(build(content))
    assert len(texts) == 1 and "Refugees and Migrants" in texts[0]


def test_missing_items_and_empty_stories_are_skipped(build):
    content = sample_content()
    sections = (
        Section(SectionKind.COVER),
        Section(SectionKind.STORY, (99, 5)),
        Section(SectionKind.GALLERY, (42,)),
        Section(SectionKind.CONTACTS, (77,)),
        Section(SectionKind.BACK_COVER),
    )
    stories = {**content.stories, 5: Story(5, "Just a title")}
    content = replace(content, stories=stories, kit=replace(content.kit, sections=sections))
    texts = page_texts(build(content))
    assert len(texts) == 3
    assert "Just a title" in texts[1]


def test_absurdly_long_content_flows_on_instead_of_failing(build):
    content = sample_content(with_photo=True)
    words = "word " * 1500
    content = replace(
        content,
        kit=replace(content.kit, subtitle=words[:4000]),
        photos={**content.photos, 2: replace(content.photos[2], caption=words)},
        figures={**content.figures, 2: replace(content.figures[2], label=words)},
        contacts={**content.contacts, 2: replace(content.contacts[2], role=words)},
    )
    texts = page_texts(build(content))
    assert squeeze("".join(texts)).count("word") >= 1500 * 3


def test_a_kit_whose_sections_show_nothing_still_gets_its_cover(build):
    content = sample_content()
    sections = (Section(SectionKind.CONTACTS, (404,)), Section(SectionKind.STORY, (405,)))
    content = replace(content, kit=replace(content.kit, sections=sections))
    texts = page_texts(build(content))
    assert len(texts) == 1 and "PRESS KIT" in texts[0]


@pytest.mark.parametrize("edition", list(Edition))
@pytest.mark.parametrize("count", [1, 3])
def test_a_few_key_figures_make_a_poster_in_every_edition(build, edition, count):
    content = sample_content(options=KitOptions(edition=edition))
    kept = tuple(sorted(content.figures))[:count]
    sections = tuple(
        replace(s, ids=kept) if s.kind is SectionKind.FIGURES else s for s in content.kit.sections
    )
    content = replace(content, kit=replace(content.kit, sections=sections))
    text = squeeze("".join(page_texts(build(content))))
    for figure_id in kept:
        assert squeeze(content.figures[figure_id].label) in text


def test_a_poster_figure_shows_its_chart(build):
    content = stress_content()
    sections = tuple(
        replace(s, ids=(1, 2)) if s.kind is SectionKind.FIGURES else s for s in content.kit.sections
    )
    text = squeeze(
        "".join(page_texts(build(replace(content, kit=replace(content.kit, sections=sections)))))
    )
    assert "2018" in text and "2022" in text  # the series' categories under its bars
