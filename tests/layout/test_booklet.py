"""The booklet: half-size pages imposed two-up in saddle-stitch order, padded to four."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest

from mediakit.layout.impose import BLANK, padded_pages, saddle_order
from mediakit.model import Edition, KitOptions, Language, Paper

from .pdfcheck import outline_titles, reader
from .sample import sample_content

FOOTER = re.compile(r"Page (\d+) of (\d+)")


def test_saddle_order_of_eight_pages():
    # sheet 1 front 8|1, back 2|7; sheet 2 front 6|3, back 4|5
    assert saddle_order(8) == [(8, 1), (2, 7), (6, 3), (4, 5)]


def test_saddle_order_of_a_single_sheet_and_of_three():
    assert saddle_order(4) == [(4, 1), (2, 3)]
    sides = saddle_order(12)
    assert sides[:2] == [(12, 1), (2, 11)] and sides[-2:] == [(8, 5), (6, 7)]
    assert sorted(p for side in sides for p in side) == list(range(1, 13))


@pytest.mark.parametrize("count", [0, 6, 10])
def test_saddle_order_needs_a_multiple_of_four(count):
    with pytest.raises(ValueError):
        saddle_order(count)


def test_blank_pages_pad_before_the_back_cover():
    assert padded_pages(6, keep_last=True) == [1, 2, 3, 4, 5, BLANK, BLANK, 6]
    assert padded_pages(6, keep_last=False) == [1, 2, 3, 4, 5, 6, BLANK, BLANK]
    assert padded_pages(8, keep_last=True) == list(range(1, 9))


@pytest.mark.parametrize(
    ("paper", "size"), [(Paper.A4, (841.89, 595.28)), (Paper.LETTER, (792, 612))]
)
def test_sheets_are_the_paper_in_landscape(kit_pdf, paper, size):
    pdf = reader(kit_pdf(edition=Edition.BOOKLET, paper=paper))
    assert len(pdf.pages) % 2 == 0  # front and back of each sheet: pages padded to four
    for page in pdf.pages:
        box = page.mediabox
        assert (round(float(box.width), 2), round(float(box.height), 2)) == pytest.approx(size)


def _halves(data: bytes) -> list[tuple[str, str]]:
    """The text of the left and right half of every sheet side."""
    document = pdfium.PdfDocument(data)
    halves = []
    for page in document:
        width, height = page.get_size()
        text = page.get_textpage()
        left = text.get_text_bounded(0, 0, width / 2, height)
        right = text.get_text_bounded(width / 2, 0, width, height)
        halves.append((left, right))
    return halves


def _footer_number(text: str) -> int | None:
    match = FOOTER.search(" ".join(text.split()))
    return int(match.group(1)) if match else None


def test_pages_sit_in_saddle_stitch_order(kit_pdf):
    data = kit_pdf(edition=Edition.BOOKLET, with_photo=True)
    halves = _halves(data)
    total = len(halves) * 2
    seen = 0
    for (left_text, right_text), (left, right) in zip(halves, saddle_order(total), strict=True):
        for text, number in ((left_text, left), (right_text, right)):
            shown = _footer_number(text)
            if shown is not None:
                assert shown == number
                seen += 1
    assert seen >= total // 2  # most pages carry their number; covers and blanks do not
    assert "Refugees and Migrants" in halves[0][1]  # the cover: first sheet, right half
    assert "International Organization for Migration" in halves[0][0]  # the back cover
    assert f"of {total}" in " ".join(halves[1][1].split())


def test_sections_start_on_right_hand_pages(kit_pdf):
    halves = _halves(kit_pdf(edition=Edition.BOOKLET))
    contents = next(right for _, right in halves if "Contents" in right)
    lines = [line for line in contents.splitlines() if not FOOTER.search(line)]
    numbers = [int(n) for n in re.findall(r"\s(\d+)\s*$", "\n".join(lines), flags=re.MULTILINE)]
    assert len(numbers) >= 8
    assert all(n % 2 == 1 for n in numbers), numbers


def test_the_booklet_keeps_metadata_language_outline_and_web_links(kit_pdf):
    data = kit_pdf(edition=Edition.BOOKLET, language=Language.ES)
    pdf = reader(data)
    assert pdf.trailer["/Root"]["/Lang"] == "es"
    assert pdf.metadata["/Title"] == "Refugees and Migrants from Venezuela"
    assert "Contenido" in outline_titles(data)
    uris = [
        str(a.get_object()["/A"]["/URI"]) for page in pdf.pages for a in page.get("/Annots") or []
    ]
    assert "mailto:marcortes@iom.int" in uris


def test_booklet_pages_are_half_the_sheet(kit_pdf):
    """A5 on A4: the two halves' footers sit symmetrically about the fold."""
    data = kit_pdf(edition=Edition.BOOKLET)
    page = pdfium.PdfDocument(data)[1]
    width, _ = page.get_size()
    assert width == pytest.approx(841.89, abs=0.1)


def test_the_same_booklet_gives_the_same_bytes(build, kit_pdf):
    content = sample_content(options=KitOptions(edition=Edition.BOOKLET))
    assert build(content) == kit_pdf(edition=Edition.BOOKLET)
