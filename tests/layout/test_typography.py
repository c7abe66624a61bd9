"""Words and pages: the kit's language everywhere, Babel dates, pyphen hyphenation, quiet
photo slots, no photo alone on a page, gallery rows that fill the measure."""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from reportlab.lib.enums import TA_JUSTIFY

from mediakit.layout import kit_language
from mediakit.layout.build import make_context
from mediakit.layout.editions import EDITIONS
from mediakit.layout.photos import story_photo
from mediakit.layout.theme import load_theme, paragraph_styles
from mediakit.model import Edition, Language, Paper

from .pdfcheck import page_texts, reader, squeeze
from .sample import PHOTOS, photo_source, sample_content, sample_store

ES_LABELS = ("Contenido", "Cifrasclave", "Contactos", "AcercadeIOM", "Fotos", "Foto:IOM/")


def test_every_label_in_the_kit_language(kit_pdf):
    data = kit_pdf(language=Language.ES, with_photo=True)
    texts = page_texts(data)
    text = squeeze("".join(texts))
    for label in ES_LABELS:
        assert label in text, label
    assert "20dejuniode2024" in text  # the cover date, by Babel
    assert "Página2de" in squeeze(texts[1])
    for english in ("Keyfigures", "Page2of", "Photo:IOM", "Contents"):
        assert english not in text


def test_pdf_language_and_metadata_follow_the_kit(kit_pdf):
    pdf = reader(kit_pdf(language=Language.ES))
    assert pdf.trailer["/Root"]["/Lang"] == "es"
    assert "ODS 3" in pdf.metadata["/Keywords"]
    assert pdf.metadata["/Author"] == "International Organization for Migration"


@pytest.mark.parametrize(
    ("language", "value", "expected"),
    [
        ("en", "2023-06-24", "24 June 2023"),
        ("es", "2023-06-24", "24 de junio de 2023"),
        ("pt", "2023-06-24", "24 de junho de 2023"),
        ("fr", "2022-07", "juillet 2022"),
        ("es", "2022-07", "julio de 2022"),
        ("en", "2022-13", "2022-13"),
        ("de", "2023-06-24", "24 June 2023"),
    ],
)
def test_dates_by_babel(language, value, expected):
    assert kit_language.format_date(language, value) == expected


@pytest.mark.parametrize(
    ("language", "word"),
    [
        ("en", "organization"),
        ("es", "administración"),
        ("pt", "informações"),
        ("fr", "développement"),
    ],
)
def test_hyphenation_follows_the_language(language, word):
    splits = kit_language.hyphenator(language)(word)
    assert splits and all(head + tail == word for head, tail in splits)


def test_compound_words_break_at_their_hyphen_first():
    assert kit_language.hyphenator("en")("inter-agency")[0] == ("inter-", "agency")


def test_justified_text_is_always_hyphenated():
    """DESIGN: justified only with hyphenation in the kit's language."""
    theme = load_theme()
    for edition in EDITIONS:
        styles = paragraph_styles(theme.for_edition(str(edition)), kit_language.hyphenator("es"))
        justified = [s for s in styles.values() if s.alignment == TA_JUSTIFY]
        assert all(s.hyphenationLang for s in justified)
        if edition is not Edition.PRESS:
            assert justified  # the handout and the booklet justify their body text


def test_the_handout_body_hyphenates_in_spanish(build):
    content = sample_content(language=Language.ES)
    ctx = make_context(content, photo_source(sample_store()))
    style = ctx.style("handout_body")
    assert style.alignment == TA_JUSTIFY and style.hyphenationLang is kit_language.hyphenator("es")


def test_empty_slots_are_small_and_real_photos_large():
    content = sample_content(with_photo=True)
    ctx = make_context(content, photo_source(sample_store()))
    width = ctx.geometry.frame_width - ctx.geometry.offset(3)
    slot = story_photo(content.photos[2], ctx, width)
    slot.wrap(width, 1e6)
    assert slot.cells[0].picture.height <= ctx.theme.length("photos", "slot_max_height") + 0.01
    assert slot.cells[0].picture.width < width / 2
    photo = story_photo(content.photos[1], ctx, width)
    photo.wrap(width, 1e6)
    assert photo.cells[0].picture.width == pytest.approx(width)


def _body_words(text: str) -> int:
    """Words on a page that are neither footer, photo caption nor slot label."""
    for caption in PHOTOS.values():
        text = text.replace(caption, "")
    kept = [
        line
        for line in text.splitlines()
        if "Page " not in line and "Photo" not in line and "IOM/Gema" not in line
    ]
    return len(" ".join(kept).split())


@pytest.mark.parametrize("album", [False, True])
def test_no_story_page_holds_only_photos(kit_pdf, album):
    texts = page_texts(kit_pdf(with_photo=True, with_album=album))
    for number, text in enumerate(texts[2:-1], start=3):
        if "Photos" in text.splitlines()[0]:
            continue  # the gallery
        assert _body_words(text) >= 20, f"page {number}"


def _image_boxes(data: bytes, page_index: int) -> list[tuple[float, float, float, float]]:
    page = pdfium.PdfDocument(data)[page_index]
    return [obj.get_bounds() for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])]


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
def test_gallery_rows_share_a_height_and_fill_the_measure(kit_pdf, paper):
    data = kit_pdf(paper=paper, with_photo=True, with_album=True)
    texts = page_texts(data)
    index = next(i for i, t in enumerate(texts) if t.startswith("Photos"))
    boxes = _image_boxes(data, index)
    assert len(boxes) == 6  # every photo on the gallery's one page
    ctx = make_context(sample_content(paper), photo_source(sample_store()))
    right = ctx.geometry.width - ctx.geometry.right
    rows: dict[int, list] = {}
    for left, bottom, right_edge, top in boxes:
        rows.setdefault(round(top), []).append((left, bottom, right_edge, top))
    for row in rows.values():
        heights = [top - bottom for _, bottom, _, top in row]
        assert max(heights) - min(heights) < 0.5  # portraits and landscapes at one height
        if len(row) > 1:
            assert max(r for _, _, r, _ in row) == pytest.approx(right, abs=1.0)
