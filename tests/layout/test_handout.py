"""The handout: the lead story's opening, one photo, three figures, one contact, a QR code —
on one or two pages, cut only at a paragraph's end, never silently truncated."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mediakit.layout import handout_overflow
from mediakit.layout.build import make_context
from mediakit.layout.handout import handout_choice, opening_paragraphs
from mediakit.model import BlockKind, Edition, KitOptions, Language, Paper, Photo

from .pdfcheck import page_texts, reader, squeeze, words
from .sample import CONTACTS, FIGURES, STORY_001, photo_source, sample_content, sample_store

SOURCE = "https://www.iom.int/news/serving-hope-venezuelan-doctor-finds-sanctuary-peru"


def handout_content(paper: Paper = Paper.A4, language: Language = Language.EN, **changes):
    content = sample_content(
        paper,
        with_photo=True,
        language=language,
        options=KitOptions(edition=Edition.HANDOUT),
    )
    story = replace(content.stories[1], source_url=SOURCE, **changes)
    return replace(content, stories={**content.stories, 1: story})


@pytest.fixture(scope="module")
def handout(build) -> bytes:
    return build(handout_content())


def test_one_or_two_pages_with_the_fixed_parts(handout):
    texts = page_texts(handout)
    assert 1 <= len(texts) <= 2
    text = squeeze("".join(texts))
    for part in (STORY_001.title, STORY_001.standfirst, "IOM/Gema Cortes"):
        assert squeeze(part) in text, part
    assert "FULLSTORY:" in text
    for figure in FIGURES[:3]:
        assert squeeze(figure.label) in text
    assert squeeze(FIGURES[3].label) not in text  # three figures, no more
    assert CONTACTS[0].email in text and CONTACTS[1].email not in text
    assert "iom.int/news/serving-hope" in text  # the short address under the QR code


def test_the_opening_is_cut_only_at_a_paragraph_end(build):
    # A story longer than two pages: its opening has to be cut.
    long_body = STORY_001.body + tuple(b for b in STORY_001.body if b.kind is BlockKind.PARAGRAPH)
    text = words("".join(page_texts(build(handout_content(body=long_body)))))
    paragraphs = [words(b.text) for b in long_body if b.kind is BlockKind.PARAGRAPH]
    count = 0
    while text.find(paragraphs[count]) >= 0 and count < len(paragraphs) - 1:
        text = text[text.index(paragraphs[count]) + len(paragraphs[count]) :]
        count += 1
    assert 1 <= count < len(paragraphs)
    assert paragraphs[count][:30] not in text  # no part of the next paragraph
    assert text.index("FULLSTORY:") >= 0  # the full story's code follows the opening


@pytest.mark.parametrize(
    ("paper", "size"), [(Paper.A4, (595.28, 841.89)), (Paper.LETTER, (612, 792))]
)
def test_the_handout_is_on_the_kit_paper(build, paper, size):
    pdf = reader(build(handout_content(paper)))
    box = pdf.pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == pytest.approx(size)


def test_labels_in_the_kit_language(build):
    text = squeeze("".join(page_texts(build(handout_content(language=Language.ES)))))
    for label in ("HISTORIACOMPLETA:", "MATERIALDEPRENSA", "CONTACTO", "20DEJUNIODE2024"):
        assert label in text


def test_choice_first_story_photo_with_image_figures_and_contact():
    content = sample_content(with_album=True)
    choice = handout_choice(content)
    assert choice.story is content.stories[1]
    # Story 1 shows photos 1 (a slot here) and 2 (with its image): the image wins.
    assert choice.photo is content.photos[2]
    assert [f.id for f in choice.figures] == [1, 2, 3]
    assert choice.contact is content.contacts[1]


def test_choice_falls_back_to_the_first_slot():
    content = sample_content()
    assert handout_choice(content).photo is content.photos[1]
    bare = replace(content, photos={}, figures={}, contacts={})
    choice = handout_choice(bare)
    assert choice.photo is None and choice.figures == () and choice.contact is None


def test_a_handout_that_fits_has_no_overflow():
    assert handout_overflow(handout_content(), photo_source(sample_store())) == ""


def test_fixed_parts_too_long_say_what_to_cut_and_lose_nothing(build):
    long_standfirst = "Lorem ipsum dolor sit amet. " * 260
    content = handout_content(standfirst=long_standfirst)
    sentence = handout_overflow(content, photo_source(sample_store()))
    assert "standfirst" in sentence and "Serving Hope" in sentence and "2" in sentence
    texts = page_texts(build(content))
    assert len(texts) > 2  # built in full, the overflow reported, never truncated
    assert squeeze("".join(texts)).count("Loremipsum") == 260


def test_overflow_measures_the_handout_whatever_the_edition():
    content = handout_content(standfirst="Lorem ipsum. " * 600)
    press = replace(content, kit=replace(content.kit, options=KitOptions()))
    assert handout_overflow(press, photo_source(sample_store()))


def test_opening_stops_at_the_first_subhead_and_the_theme_limit():
    content = sample_content()
    ctx = make_context(content, photo_source(sample_store()))
    story_2 = content.stories[2]
    opening = opening_paragraphs(story_2, ctx)
    first_subhead = next(i for i, b in enumerate(story_2.body) if b.kind is BlockKind.SUBHEAD)
    assert all(story_2.body.index(b) < first_subhead for b in opening)
    endless = replace(STORY_001, body=STORY_001.body * 5)
    assert len(opening_paragraphs(endless, ctx)) == ctx.theme.count("handout", "max_paragraphs")


def test_a_handout_without_a_story_or_photo_still_builds(build):
    content = handout_content()
    kit = replace(
        content.kit,
        sections=tuple(s for s in content.kit.sections if s.ids and s.kind.value != "story"),
    )
    text = squeeze("".join(page_texts(build(replace(content, kit=kit)))))
    assert squeeze(FIGURES[0].label) in text
    slot_only = replace(content, photos={1: Photo(1, caption="A slot")})
    assert "Phototocome" in squeeze("".join(page_texts(build(slot_only))))


def test_the_same_handout_gives_the_same_bytes(build, handout):
    assert build(handout_content()) == handout
