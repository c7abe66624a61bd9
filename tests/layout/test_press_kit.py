"""The sample press kit, read back: text, pages, fonts, links, outline, metadata, determinism."""

from __future__ import annotations

import re
from dataclasses import replace

import pypdfium2 as pdfium
import pytest

from mediakit.model import Language, Paper

from .pdfcheck import fonts, link_uris, outline_titles, page_texts, reader, squeeze, uncompressed
from .sample import CONTACTS, STORY_001, STORY_002, STORY_003, STORY_004, sample_content

TITLES = [s.title for s in (STORY_001, STORY_002, STORY_003, STORY_004)]


def test_text_has_titles_credits_and_contacts(a4_pdf):
    text = squeeze("".join(page_texts(a4_pdf)))
    for title in TITLES:
        assert squeeze(title) in text
    assert "GemaCortes" in text
    assert "marcortes@iom.int" in text
    for label in ("Contents", "Keyfigures", "Contacts", "AboutIOM", "PRESSKIT", "Photo:IOM/"):
        assert label in text


@pytest.mark.parametrize(
    ("paper", "size"), [(Paper.A4, (595.28, 841.89)), (Paper.LETTER, (612.0, 792.0))]
)
def test_page_size_follows_the_paper(build, paper, size):
    pdf = reader(build(sample_content(paper)))
    for page in pdf.pages:
        box = page.mediabox
        assert (round(float(box.width), 2), round(float(box.height), 2)) == size


def test_every_font_is_embedded_and_subset(a4_pdf, letter_photo_pdf):
    for data in (a4_pdf, letter_photo_pdf):
        found = fonts(data)
        assert found
        for name, font in found.items():
            assert re.match(r"^/[A-Z]{6}\+", name), name
            assert "/FontFile2" in font["/FontDescriptor"], name


def test_contacts_link_by_mailto_and_tel(a4_pdf):
    uris = link_uris(a4_pdf)
    for contact in CONTACTS:
        assert f"mailto:{contact.email}" in uris
    assert "tel:+50762694574" in uris
    assert "tel:+5491150472248" in uris  # "+ 54 911 50472248" without its spaces
    assert all(u.split(":", 1)[0] in {"http", "https", "mailto", "tel"} for u in uris)


def test_outline_has_every_section_and_subhead(a4_pdf):
    titles = outline_titles(a4_pdf)
    expected = [
        "Refugees and Migrants from Venezuela",
        "Contents",
        *TITLES,
        "Photos",
        "Key figures",
        "Contacts",
        "About IOM",
        "Back cover",
    ]
    assert [t for t in titles if t in expected] == expected
    assert "Contributing from the front line" in titles


def test_contents_lists_sections_with_their_pages(a4_pdf):
    texts = page_texts(a4_pdf)
    contents = pdfium.PdfDocument(a4_pdf)[1].get_textpage().get_text_range()
    assert "Contents" in contents
    for title in ("Key figures", "Contacts", "About IOM", "Photos", TITLES[0], TITLES[2]):
        # A title that wraps is followed by its page number after its last line.
        words = r"\s+".join(map(re.escape, title.split()))
        page = int(re.search(words + r"\s+(\d+)", contents).group(1))
        assert squeeze(title) in squeeze(texts[page - 1])


def test_contents_page_numbers_sit_on_their_titles_last_line(a4_pdf):
    page = pdfium.PdfDocument(a4_pdf)[1].get_textpage()
    text = page.get_text_range()

    def bottom(words: str, after: int = 0) -> float:
        return page.get_charbox(text.index(words, after))[1]

    wrapped = TITLES[2]  # two lines on A4
    last_words = " ".join(wrapped.split()[-3:])
    number = re.search(r"\s(\d+)", text[text.index(last_words) :])
    at = text.index(last_words) + number.start(1)
    assert bottom(last_words) == pytest.approx(page.get_charbox(at)[1], abs=0.01)
    key = text.index("Key figures")
    assert bottom("Key figures") == pytest.approx(bottom("1", key), abs=0.01)


def test_metadata_and_language(a4_pdf):
    pdf = reader(a4_pdf)
    info = pdf.metadata
    assert info["/Title"] == "Refugees and Migrants from Venezuela"
    assert info["/Author"] == "International Organization for Migration"
    assert info["/Subject"].startswith("Stories, key figures")
    assert "SDG 3" in info["/Keywords"] and "Health" in info["/Keywords"]
    assert info["/Creator"] == "mediakit"
    assert pdf.trailer["/Root"]["/Lang"] == "en"


def test_running_footer_on_every_page_but_the_covers(a4_pdf):
    texts = page_texts(a4_pdf)
    total = len(texts)
    assert "Page 1 of" not in texts[0]
    assert "Page" not in texts[-1]
    for number, text in enumerate(texts[1:-1], start=2):
        assert f"Page {number} of {total}" in text
        assert "IOM · Refugees and Migrants from Venezuela" in text


def test_same_content_gives_the_same_bytes(build, a4_pdf, letter_photo_pdf):
    assert build(sample_content(Paper.A4)) == a4_pdf
    assert build(sample_content(Paper.LETTER, with_photo=True)) == letter_photo_pdf


def test_no_local_paths_in_the_pdf(a4_pdf):
    raw = uncompressed(a4_pdf)
    assert b"/work/" not in raw and b"/home/" not in raw and b".ttf" not in raw


def test_labels_follow_the_kit_language(build):
    texts = page_texts(build(sample_content(language=Language.ES)))
    assert "Contenido" in texts[1]
    assert f"Página 2 de {len(texts)}" in texts[1]
    assert "Foto pendiente" in "".join(texts)
    assert "KIT DE PRENSA" in texts[0]


def test_progress_rises_to_the_end(build):
    seen: list[tuple[int, int]] = []
    build(sample_content(), progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (100, 100)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_watermark_on_every_page_when_asked(build, a4_pdf):
    content = sample_content()
    options = replace(content.kit.options, watermark="Embargoed until 20 June 2024, 09:00 EST")
    texts = page_texts(build(replace(content, kit=replace(content.kit, options=options))))
    assert all("EMBARGOED UNTIL 20 JUNE 2024" in text for text in texts)
    assert not any("EMBARGOED" in text for text in page_texts(a4_pdf))
