"""Real files for the importers, made at test time (Pillow, python-docx), never committed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

SEEDS = Path(__file__).resolve().parents[2] / "assets" / "demo" / "seeds"


def jpeg_with_metadata(
    path: Path, *, caption: str = "", credit: str = "", size=(1200, 800), gps: bool = True
) -> Path:
    image = Image.merge("RGB", [Image.effect_noise(size, sigma) for sigma in (60, 70, 80)])
    exif = Image.Exif()
    if caption:
        exif[0x010E] = caption  # ImageDescription
    if credit:
        exif[0x013B] = credit  # Artist
    exif.get_ifd(0x8769)[0x9003] = "2024:05:17 09:30:00"
    if gps:
        exif[0x8825] = {1: "N", 2: (4.0, 35.0, 56.0), 3: "W", 4: (74.0, 4.0, 51.0)}
        exif.get_ifd(0x8769)[0xA431] = "BODY-SERIAL-777"
    image.save(path, "JPEG", exif=exif)
    return path


def xmp_png(path: Path, *, caption: str, credit: str, city: str) -> Path:
    from PIL import PngImagePlugin

    xmp = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
        f'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="{credit}" photoshop:City="{city}">'
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{caption}</rdf:li></rdf:Alt></dc:description>'
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", xmp)
    Image.new("RGB", (900, 600), "olive").save(path, "PNG", pnginfo=info)
    return path


def docx_story(path: Path, *, with_image: bool = True) -> Path:
    from docx import Document
    from docx.shared import Inches

    document = Document()
    document.add_heading("Clinics on the move in Roraima", level=0)
    document.add_paragraph(
        "Boa Vista, Brazil – Mobile clinics now reach families arriving from Venezuela."
    )
    paragraph = document.add_paragraph("Nurses see ")
    paragraph.add_run("two hundred").bold = True
    paragraph.add_run(" patients a day, ")
    paragraph.add_run("every day").italic = True
    paragraph.add_run(".")
    if with_image:
        buffer = io.BytesIO()
        Image.new("RGB", (1500, 1000), "teal").save(buffer, "JPEG")
        buffer.seek(0)
        document.add_picture(buffer, width=Inches(3))
        document.add_paragraph("A nurse checks a child at the mobile clinic. Photo: IOM/Ana Lima")
    document.add_heading("Reaching the border", level=1)
    document.add_paragraph("Teams travel to Pacaraima twice a week.", style="List Bullet")
    document.add_paragraph("Vaccines are carried in solar fridges.", style="List Bullet")
    document.add_paragraph("This story was written by Ana Lima, IOM Brazil.")
    document.save(path)
    return path


@pytest.fixture
def seeds() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))
