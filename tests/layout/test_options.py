"""Export options: grayscale (no colour, readable grays, no dark fills), print (300 ppi,
bleed, crop marks, page boxes), screen (150 ppi, small files), watermark, paper."""

from __future__ import annotations

import math

import pypdfium2 as pdfium
import pytest
from PIL import ImageChops

from mediakit.layout.build import make_context
from mediakit.layout.theme import contrast, load_theme, paragraph_styles
from mediakit.model import Edition, KitOptions, Language, Paper

from .pdfcheck import page_texts, reader
from .sample import photo_source, sample_content, sample_store

MM = 72 / 25.4
A4 = (595.28, 841.89)


def rendered(data: bytes, scale: float = 30 / 72):
    return [page.render(scale=scale).to_pil().convert("RGB") for page in pdfium.PdfDocument(data)]


def colour_spread(image) -> int:
    """The largest difference between two channels of any pixel (0 for pure grays)."""
    red, green, blue = image.split()
    return max(
        ImageChops.difference(a, b).getextrema()[1] for a, b in ((red, green), (green, blue))
    )


@pytest.mark.parametrize("edition", list(Edition))
def test_grayscale_pages_have_no_colour(kit_pdf, edition):
    data = kit_pdf(edition=edition, grayscale=True, with_photo=True, with_album=True)
    for number, image in enumerate(rendered(data), start=1):
        assert colour_spread(image) <= 3, f"page {number}"


def test_colour_pages_do_have_colour(kit_pdf):
    assert colour_spread(rendered(kit_pdf(with_photo=True))[0]) > 50


def test_grayscale_has_no_large_dark_fills(kit_pdf):
    images = rendered(kit_pdf(grayscale=True))
    for image in (images[0], images[-1]):  # the covers carry the bands
        dark = sum(image.convert("L").histogram()[:128]) / (image.width * image.height)
        assert dark < 0.05


def test_grayscale_text_keeps_its_contrast():
    theme = load_theme().in_grayscale()
    grounds = [theme.color(name) for name in ("white", "tint", "slot_fill")]
    for style in paragraph_styles(theme).values():
        gray = "#" + style.textColor.hexval()[2:].upper()
        assert gray[1:3] == gray[3:5] == gray[5:7], style.name
        if style.name not in {"cover_org", "cover_label", "cover_title"}:
            assert min(contrast(gray, g) for g in grounds) >= 4.5, style.name
    for goal in range(1, 18):  # white numbers on the badges
        assert contrast(theme.sdg_color(goal), "#FFFFFF") >= 4.5


@pytest.mark.parametrize(("paper", "trim"), [(Paper.A4, A4), (Paper.LETTER, (612.0, 792.0))])
def test_print_ready_pages_have_trim_bleed_and_media_boxes(kit_pdf, paper, trim):
    pdf = reader(kit_pdf(paper=paper, print_ready=True, with_photo=True))
    theme = load_theme()
    slug, bleed = theme.length("print", "slug"), theme.length("print", "bleed")
    assert bleed == pytest.approx(3 * MM)
    for page in pdf.pages:
        media, trimbox, bleedbox = page.mediabox, page.trimbox, page.bleedbox
        assert float(trimbox.width) == pytest.approx(trim[0], abs=0.01)
        assert float(trimbox.height) == pytest.approx(trim[1], abs=0.01)
        assert float(trimbox.left) == pytest.approx(slug) and float(media.left) == 0
        assert float(bleedbox.left) == pytest.approx(slug - bleed)
        assert float(bleedbox.width) == pytest.approx(trim[0] + 2 * bleed, abs=0.01)
        assert float(media.width) == pytest.approx(trim[0] + 2 * slug, abs=0.01)


def test_print_ready_cover_bleeds_and_every_page_has_crop_marks(kit_pdf):
    data = kit_pdf(print_ready=True, with_photo=True)
    scale = 100 / 72
    theme = load_theme()
    slug, bleed = theme.length("print", "slug"), theme.length("print", "bleed")
    offset, length = theme.length("print", "mark_offset"), theme.length("print", "mark_length")
    for number, image in enumerate(rendered(data, scale), start=1):
        gray = image.convert("L")
        # A mark sits on the line of the trim's top edge, left of it, in the slug.
        y = round((slug + A4[1]) * scale)
        x = round((slug - offset - length / 2) * scale)
        assert min(gray.getpixel((x, y + d)) for d in (-1, 0, 1)) < 128, f"page {number}"
        # Nothing else in the slug's corner.
        assert (
            gray.crop((0, 0, round(slug * scale / 2), round(slug * scale / 2))).getextrema()[0]
            > 240
        )
    cover = rendered(data, scale)[0]
    inside_bleed = (round((slug - bleed / 2) * scale), round((slug + 20) * scale))
    band = load_theme().color("brand")
    red, green, blue = cover.getpixel(inside_bleed)
    assert (red, green, blue) == pytest.approx(
        tuple(int(band[i : i + 2], 16) for i in (1, 3, 5)), abs=12
    )


@pytest.mark.parametrize(("print_ready", "ppi"), [(False, 150), (True, 300)])
def test_photos_are_asked_at_the_edition_ppi(build, print_ready, ppi):
    calls: list = []
    content = sample_content(
        with_photo=True, with_album=True, options=KitOptions(print_ready=print_ready)
    )
    build(content, calls=calls)
    ctx = make_context(content, photo_source(sample_store()))
    story_width = ctx.geometry.frame_width - ctx.geometry.offset(3)
    assert math.ceil(story_width / 72 * ppi) in {spec.max_width for _, spec in calls}


def test_screen_editions_stay_small(kit_pdf):
    assert len(kit_pdf()) < 300_000
    assert len(kit_pdf(with_photo=True, with_album=True)) < 600_000
    assert len(kit_pdf(edition=Edition.HANDOUT, with_photo=True)) < 200_000


@pytest.mark.parametrize(
    ("language", "watermark", "expected"),
    [
        (Language.EN, "DRAFT", "DRAFT"),
        (Language.ES, "DRAFT", "BORRADOR"),
        (Language.FR, "DRAFT", "BROUILLON"),
        (
            Language.ES,
            "EMBARGOED UNTIL 2026-12-01 09:00 UTC-05:00",
            "EMBARGADO HASTA 1 DE DICIEMBRE DE 2026, 09:00 UTC-05:00",
        ),
        (
            Language.EN,
            "EMBARGOED UNTIL 2026-12-01 09:00 UTC-05:00",
            "EMBARGOED UNTIL 1 DECEMBER 2026, 09:00 UTC-05:00",
        ),
    ],
)
def test_watermark_in_the_kit_language_on_every_page(build, language, watermark, expected):
    content = sample_content(language=language, options=KitOptions(watermark=watermark))
    texts = page_texts(build(content))
    assert all(expected in " ".join(t.split()) for t in texts)


@pytest.mark.parametrize("edition", list(Edition))
def test_every_edition_takes_the_paper(kit_pdf, edition):
    for paper, size in ((Paper.A4, A4), (Paper.LETTER, (612.0, 792.0))):
        box = reader(kit_pdf(edition=edition, paper=paper)).pages[0].mediabox
        width, height = float(box.width), float(box.height)
        if edition is Edition.BOOKLET:
            width, height = height, width  # sheets in landscape
        assert (width, height) == pytest.approx(size, abs=0.01)


def test_grayscale_and_print_together_on_the_booklet(kit_pdf):
    data = kit_pdf(edition=Edition.BOOKLET, grayscale=True, print_ready=True)
    pdf = reader(data)
    trim = pdf.pages[0].trimbox
    assert float(trim.width) == pytest.approx(A4[1], abs=0.01)  # the sheet is the trim
    assert colour_spread(rendered(data)[0]) <= 3
