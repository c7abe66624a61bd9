"""The kinds with a layout of their own, as a journalist reading the kit sees them: an
advisory's WHEN beside its time in a table, a situation report's highlights before its
overview, a photo story's photos across the grid, a statement under its attribution line;
and bodies written oddly still build."""

from __future__ import annotations

from dataclasses import replace

import pypdfium2 as pdfium
import pytest
from reportlab.platypus import Table

from mediakit.layout.build import make_context
from mediakit.layout.story_kinds import advisory_table, large_photo
from mediakit.layout.story_parts import AdvisoryTable, advisory_label, advisory_parts
from mediakit.model import (
    Language,
    Section,
    SectionKind,
    StoryKind,
    bullets,
    paragraph,
    photo_slot,
    subhead,
)

from .kind_stories import ADVISORY, PHOTO_STORY, SITUATION, STATEMENT, kinds_content
from .pdfcheck import page_texts, squeeze
from .sample import photo_source, sample_store


@pytest.fixture(scope="module")
def kinds_pdf(build) -> bytes:
    return build(kinds_content())


def where(data: bytes, words: str) -> tuple[int, float, float]:
    """(page index, left, bottom) of the first letter of the first `words` in the PDF."""
    document = pdfium.PdfDocument(data)
    for index in range(len(document)):
        text = document[index].get_textpage()
        match = text.search(words, match_case=True).get_next()
        if match is not None:
            left, bottom, _, _ = text.get_charbox(match[0])
            return index, left, bottom
    raise AssertionError(f"{words!r} is nowhere in the PDF")


def test_the_advisory_sets_when_beside_its_time_in_a_table(kinds_pdf):
    page, label_x, label_y = where(kinds_pdf, "WHEN")
    value_page, value_x, value_y = where(kinds_pdf, "Thursday 5 December")
    assert value_page == page
    assert value_y == pytest.approx(label_y, abs=1.0), "label and time share a baseline"
    assert value_x > label_x + 40, "the time is in the second column"
    for label in ("WHAT", "WHERE", "WHO", "WHY", "RSVP"):
        assert where(kinds_pdf, label)[1] == pytest.approx(label_x, abs=1.5)
    text = squeeze(page_texts(kinds_pdf)[page])
    assert "WHENThursday5December2024" in text, "read in order: the label, then its time"
    assert where(kinds_pdf, "The launch will be streamed")[1] == pytest.approx(label_x, abs=1.5)


def test_the_advisory_table_is_a_real_table_whose_rows_never_split():
    ctx = make_context(kinds_content(), photo_source(sample_store()))
    (table,) = [p for p in advisory_parts(ADVISORY.body) if isinstance(p, AdvisoryTable)]
    assert [row.label for row in table.rows] == ["WHAT", "When", "WHERE", "WHO", "Why", "RSVP"]
    flow = advisory_table(table, ctx, 300)
    (grid,) = [f for f in flow if isinstance(f, Table)]
    assert len(grid._cellvalues) == 6 and not grid.splitInRow
    when_value = grid._cellvalues[1][1]
    assert "Thursday 5 December" in when_value[0].text


def test_a_long_advisory_keeps_each_row_whole_on_one_page(build):
    filler = "a long address line, " * 12
    rows = tuple(paragraph(f"WHERE: Row {n} begins, {filler}row {n} ends.") for n in range(40))
    data = build(_alone(replace(ADVISORY, body=(*rows, paragraph("WHEN:")))))
    assert where(data, "Row 39 begins")[0] > where(data, "Row 0 begins")[0], "several pages"
    for n in range(40):
        assert where(data, f"Row {n} begins")[0] == where(data, f"row {n} ends")[0]
    assert where(data, "WHEN")[0] >= where(data, "row 39 ends")[0], "a label alone still prints"


def test_the_situation_report_puts_its_highlights_and_figures_first(kinds_pdf):
    text = squeeze(page_texts(kinds_pdf)[where(kinds_pdf, "Key highlights")[0]])
    order = [
        "Keyhighlights",
        "4,300peopleintransit",
        "6.1",
        "Situationoverview",
        "Fivedaysofcontinuousrain",
        "Response",
    ]
    positions = [text.find(words) for words in order]
    assert -1 not in positions, dict(zip(order, positions, strict=True))
    assert positions == sorted(positions)
    _, _, highlights_y = where(kinds_pdf, "Key highlights")
    _, _, overview_y = where(kinds_pdf, "Situation overview")
    assert highlights_y > overview_y, "the highlights stand above the overview on the page"


def test_a_situation_report_without_key_figures_in_its_kit_builds(build):
    content = kinds_content()
    kit = replace(
        content.kit,
        sections=tuple(s for s in content.kit.sections if s.kind is not SectionKind.FIGURES),
    )
    data = build(replace(content, kit=kit, figures={}))
    text = squeeze("".join(page_texts(data)))
    assert text.find("Keyhighlights") < text.find("Fivedaysofcontinuousrain")
    assert "6.1million" not in text


def test_the_photo_story_sets_its_photos_across_the_grid_captions_under_them():
    content = kinds_content()
    ctx = make_context(content, photo_source(sample_store()))
    offset = ctx.geometry.offset(ctx.theme.count("story", "body_offset_columns"))
    width = ctx.geometry.frame_width - offset
    (group,) = large_photo(photo_slot(3), ctx, width)
    cell = group.cells[0]
    assert cell.picture.width == pytest.approx(ctx.geometry.frame_width)
    assert cell.x == pytest.approx(-offset) and cell.caption_inset == pytest.approx(offset)
    assert cell.caption.style.name == ctx.style("photo_story_caption").name
    assert cell.caption.style.fontSize >= ctx.style("body").fontSize


def test_the_photo_story_keeps_text_between_its_photos(kinds_pdf):
    first_caption = where(kinds_pdf, "Before dawn, families wait")
    between = where(kinds_pdf, "Most patients need simple care")
    second_caption = where(kinds_pdf, "A nurse prepares rehydration")
    assert (first_caption[0], -first_caption[2]) < (between[0], -between[2])
    assert (between[0], -between[2]) < (second_caption[0], -second_caption[2])
    assert first_caption[1] == pytest.approx(between[1], abs=1.5), "captions keep to the text"


def test_the_statement_sets_its_attribution_line_under_the_title(kinds_pdf):
    page, title_x, title_y = where(kinds_pdf, "Statement on the shipwreck")
    attribution_page, attribution_x, attribution_y = where(kinds_pdf, "Statement attributable")
    body_page, body_x, body_y = where(kinds_pdf, "We are deeply saddened")
    assert page == attribution_page == body_page
    assert attribution_x == pytest.approx(title_x, abs=1.5), "it spans the grid like a standfirst"
    assert title_y > attribution_y > body_y
    assert body_x > title_x, "the text stays in the body column"
    assert squeeze(page_texts(kinds_pdf)[page]).count("Statementattributable") == 1


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (Language.EN, ["MEDIA ADVISORY", "SITUATION REPORT", "PHOTO STORY", "STATEMENT"]),
        (Language.ES, ["AVISO A LOS MEDIOS", "INFORME DE SITUACIÓN", "REPORTAJE FOTOGRÁFICO"]),
        (Language.PT, ["AVISO DE PAUTA", "RELATÓRIO DE SITUAÇÃO", "REPORTAGEM FOTOGRÁFICA"]),
        (Language.FR, ["AVIS AUX MÉDIAS", "RAPPORT DE SITUATION", "REPORTAGE PHOTO"]),
    ],
)
def test_the_kind_above_each_title_is_in_the_kit_language(build, language, words):
    text = squeeze("".join(page_texts(build(kinds_content(language=language)))))
    for kind in words:
        assert squeeze(kind) in text


@pytest.mark.parametrize(
    "text",
    [
        "WHAT: x",
        "What: x",
        "QUÉ: x",
        "que: x",
        "Cuándo: x",
        "DONDE: x",
        "Quiénes: x",
        "POR QUÉ: x",
        "O QUÊ: x",
        "o que: x",
        "Quando: x",
        "ONDE: x",
        "Quem: x",
        "Por quê: x",
        "QUOI : x",
        "Quand : x",
        "Où : x",
        "Qui: x",
        "POURQUOI: x",
    ],
)
def test_advisory_labels_are_read_in_four_languages_any_case_and_accents(text):
    found = advisory_label(text)
    assert found is not None and text[found[1] :].strip() == "x"


@pytest.mark.parametrize(
    "text",
    ["Whatever: x", "Note: x", "When the rain came, the river rose.", "The WHAT: x", ""],
)
def test_other_paragraphs_are_no_labels(text):
    assert advisory_label(text) is None


ODD_BODIES = {
    "label with nothing after it, last": (paragraph("Intro."), paragraph("WHEN:")),
    "label subhead before a photo": (subhead("WHERE"), photo_slot(3), paragraph("After.")),
    "labels in the middle": (
        paragraph("Before."),
        paragraph("WHO: Partners"),
        subhead("Background"),
        paragraph("Between."),
        paragraph("WHEN: Monday"),
        paragraph("After."),
    ),
    "only labels": (paragraph("WHAT:"), paragraph("WHEN:"), subhead("WHERE")),
    "highlights with nothing under them": (subhead("Highlights"),),
    "highlights at the end": (paragraph("Text."), subhead("Faits saillants")),
    "highlights, paragraphs, no list": (subhead("Destaques"), paragraph("Um."), paragraph("Dois.")),
    "a photo that is not in the kit": (photo_slot(99), paragraph("Text.")),
    "only the attribution": (paragraph("Declaración atribuible al portavoz"),),
    "empty": (),
    "empty bullets and paragraphs": (bullets([]), paragraph(""), subhead("")),
}


@pytest.mark.parametrize(
    "kind",
    [
        StoryKind.MEDIA_ADVISORY,
        StoryKind.SITUATION_REPORT,
        StoryKind.PHOTO_STORY,
        StoryKind.STATEMENT,
    ],
)
@pytest.mark.parametrize("name", list(ODD_BODIES))
def test_odd_bodies_build_in_every_kind(build, kind, name):
    story = replace(ADVISORY, kind=kind, body=ODD_BODIES[name])
    assert build(_alone(story)).startswith(b"%PDF")


def _alone(story):
    """The kinds kit with `story` as its only story, after the cover."""
    content = kinds_content()
    cover, *others = [s for s in content.kit.sections if s.kind is not SectionKind.STORY]
    sections = (cover, Section(SectionKind.STORY, (story.id,)), *others)
    stories = {story.id: story}
    return replace(content, kit=replace(content.kit, sections=sections), stories=stories)


def test_the_samples_are_of_the_kinds_they_show():
    assert [s.kind for s in (ADVISORY, SITUATION, PHOTO_STORY, STATEMENT)] == [
        StoryKind.MEDIA_ADVISORY,
        StoryKind.SITUATION_REPORT,
        StoryKind.PHOTO_STORY,
        StoryKind.STATEMENT,
    ]
