"""QR codes a phone reads: decoded with zbarimg from a 300 dpi render, as a phone would see
the printed page; the short address printed under each code."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from mediakit.layout.qr import link_url, short_url
from mediakit.model import Edition, KitOptions

from .pdfcheck import page_texts, squeeze
from .sample import sample_content, stress_content

needs_zbar = pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg not installed")


def decoded(data: bytes, page_index: int, tmp_path: Path) -> set[str]:
    """Every QR code zbarimg finds on the page, rendered at 300 dpi."""
    document = pdfium.PdfDocument(data)
    page = document[page_index % len(document)]
    image = tmp_path / f"page{page_index}.pgm"  # uncompressed: quick to write and to read
    page.render(scale=300 / 72, grayscale=True).to_pil().convert("L").save(image)
    run = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(image)],
        capture_output=True,
        text=True,
        check=False,
    )
    return {line.strip() for line in run.stdout.splitlines() if line.strip()}


@needs_zbar
def test_back_cover_codes_lead_to_each_story(stress_a4_pdf, tmp_path):
    found = decoded(stress_a4_pdf, -1, tmp_path)
    assert found == {
        "https://www.iom.int/news/serving-hope",
        "https://www.iom.int/news/doctors-peru",
    }


@needs_zbar
def test_without_story_addresses_the_code_leads_to_the_website(a4_pdf, tmp_path):
    assert decoded(a4_pdf, -1, tmp_path) == {"https://www.iom.int"}


@needs_zbar
def test_grayscale_print_codes_still_read(build, tmp_path):
    content = stress_content()
    options = KitOptions(grayscale=True, print_ready=True)
    data = build(replace(content, kit=replace(content.kit, options=options)))
    assert "https://www.iom.int/news/serving-hope" in decoded(data, -1, tmp_path)


@needs_zbar
def test_the_handout_code_leads_to_the_full_story(build, tmp_path):
    content = stress_content()
    data = build(
        replace(content, kit=replace(content.kit, options=KitOptions(edition=Edition.HANDOUT)))
    )
    found = set().union(*(decoded(data, i, tmp_path) for i in range(len(page_texts(data)))))
    assert found == {"https://www.iom.int/news/serving-hope"}


def test_short_addresses_are_printed_under_the_codes(stress_a4_pdf):
    text = squeeze(page_texts(stress_a4_pdf)[-1])
    assert "iom.int/news/serving-hope" in text and "iom.int/news/doctors-peru" in text
    assert "https://" not in text


def test_addresses_for_codes():
    assert short_url("https://www.iom.int/news/x/") == "iom.int/news/x"
    assert link_url("www.iom.int") == "https://www.iom.int"
    assert link_url("javascript:alert(1)") is None
    assert link_url("mailto:a@b.org") is None
    assert link_url("  ") is None


def test_a_kit_without_addresses_has_a_quiet_back_cover(build):
    content = sample_content()
    content = replace(content, org=replace(content.org, website=""))
    back = page_texts(build(content))[-1]
    assert "International Organization for Migration" in back
    assert "More online" not in back
