"""Building the demo kit end to end, as the Foundation issue's "Done when" states it."""

from __future__ import annotations

import contextlib

import pytest
from PIL import Image
from pypdf import PdfReader

from mediakit.cli import main
from mediakit.edits import History, set_photo_text
from mediakit.library import Library, queries
from mediakit.model import Contact, Photo

DEMO_KIT = "Venezuela situation — press kit"
SERIAL = "SN-CAM-8842-XQ"


def build(library, out, *extra) -> int:
    return main(["--library", str(library), "build", DEMO_KIT, "-o", str(out), *extra])


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def raw_streams(path) -> bytes:
    """All bytes of the file with every stream decoded, to search for leaks."""
    reader = PdfReader(path)
    chunks = [path.read_bytes()]
    for number in range(1, int(reader.trailer["/Size"])):
        with contextlib.suppress(Exception):
            obj = reader.get_object(number)
            if hasattr(obj, "get_data"):
                chunks.append(obj.get_data())
    return b"\n".join(chunks)


def gps_jpeg(path) -> None:
    image = Image.new("RGB", (2400, 1600), (180, 120, 60))
    exif = Image.Exif()
    exif[0x0110] = "LeakCam 3000"  # Model
    exif[0x8825] = {1: "S", 2: (12.0, 3.0, 21.5), 3: "W", 4: (77.0, 2.0, 33.25)}  # GPSInfo
    exif.get_ifd(0x8769)[0xA431] = SERIAL  # BodySerialNumber
    image.save(path, "JPEG", exif=exif, quality=90)
    assert SERIAL.encode() in path.read_bytes()


def test_demo_kit_done_when(tmp_path, capsys):
    library = tmp_path / "lib"
    assert main(["--library", str(library), "demo"]) == 0
    first, second = tmp_path / "kit.pdf", tmp_path / "again.pdf"
    assert build(library, first) == 0
    assert build(library, second) == 0
    assert first.read_bytes() == second.read_bytes()
    text = pdf_text(first)
    for needle in (
        "Serving Hope",
        "Yoalexis",
        "marcortes@iom.int",
        "Los Angeles Declaration",
        "Gema Cortes",
    ):
        assert needle in text
    assert "SOBRE NOSOTROS" not in text
    for font in _fonts(PdfReader(first)):
        assert "/FontFile2" in font["/FontDescriptor"] or "/FontFile3" in font["/FontDescriptor"]
    assert not list(tmp_path.glob("*.part"))


def _fonts(reader):
    seen = {}
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            for descendant in font.get("/DescendantFonts", []):
                font = descendant.get_object()
            seen[font["/BaseFont"]] = font
    assert seen
    return list(seen.values())


def test_letter_paper(demo_library_path, tmp_path):
    out = tmp_path / "letter.pdf"
    assert build(demo_library_path, out, "--paper", "letter") == 0
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_gps_and_camera_serial_never_reach_the_pdf(demo_library_path, tmp_path):
    photo_file = tmp_path / "field.jpg"
    gps_jpeg(photo_file)
    assert main(["--library", str(demo_library_path), "photo", "attach", "1", str(photo_file)]) == 0
    out = tmp_path / "kit.pdf"
    assert build(demo_library_path, out) == 0
    everything = raw_streams(out)
    assert SERIAL.encode() not in everything
    assert b"LeakCam" not in everything
    assert b"GPS" not in everything
    assert b"Exif" not in everything
    assert str(tmp_path).encode() not in everything
    images = [img for page in PdfReader(out).pages for img in page.images]
    assert images, "the attached photo is printed"


PAYLOADS = ["<b>", "&", '<img src="/etc/passwd"/>', '<font color="[[[x]]]">x</font>']


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markup_in_library_text_prints_literally(demo_library_path, tmp_path, payload):
    with Library.open(demo_library_path) as library:
        history = History(library.catalog)
        photo = queries.one_of(library.db, Photo, 1)
        set_photo_text(history, photo=photo, caption=f"Caption {payload} end")
        contact = queries.one_of(library.db, Contact, 1)
        library.db.execute(
            "UPDATE contacts SET name = ? WHERE id = ?", (f"Gema {payload}", contact.id)
        )
    out = tmp_path / "kit.pdf"
    assert build(demo_library_path, out) == 0
    text = pdf_text(out)
    assert f"Caption {payload} end" in text.replace("\n", " ")
    assert f"Gema {payload}" in text


def test_failed_build_leaves_no_pdf(demo_library_path, tmp_path, monkeypatch):
    import mediakit.exporters.pdf as pdf

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf, "build_pdf", lambda *a, **k: b"%PDF-partial")
    monkeypatch.setattr("mediakit.fsutil.os.fsync", broken)
    out = tmp_path / "kit.pdf"
    assert build(demo_library_path, out) == 3
    assert not out.exists()
    assert not list(tmp_path.glob("*.part"))


def test_preflight_errors_stop_the_build_unless_forced(demo_library_path, tmp_path, capsys):
    with Library.open(demo_library_path) as library:
        library.db.execute("UPDATE stories SET embargo = '2999-01-01T09:00:00+00:00' WHERE id = 1")
    out = tmp_path / "kit.pdf"
    assert build(demo_library_path, out) == 1
    assert "embargo" in capsys.readouterr().err and not out.exists()
    assert main(["--library", str(demo_library_path), "preflight", DEMO_KIT]) == 1
    assert build(demo_library_path, out, "--force") == 0
    assert out.exists()


def test_handout_that_does_not_fit_is_an_error_not_a_truncation(
    demo_library_path, tmp_path, capsys
):
    with Library.open(demo_library_path) as library:
        long_standfirst = " ".join(["The standfirst goes on and on."] * 700)
        library.db.execute("UPDATE stories SET standfirst = ? WHERE id = 1", (long_standfirst,))
    out = tmp_path / "handout.pdf"
    assert build(demo_library_path, out, "--edition", "handout") == 1
    err = capsys.readouterr().err
    assert "handout" in err and not out.exists()
    assert build(demo_library_path, out, "--edition", "handout", "--force") == 0
    lines = pdf_text(out).replace("-\n", "").splitlines()
    body = [line for line in lines if not line.startswith(("Page ", "IOM ·", "DRAFT"))]
    text = " ".join(" ".join(body).split())
    assert text.count("The standfirst goes on and on.") == 700  # nothing silently dropped


def test_handout_of_the_demo_fits_on_letter(demo_library_path, tmp_path):
    out = tmp_path / "handout.pdf"
    assert build(demo_library_path, out, "--edition", "handout", "--paper", "letter") == 0
    reader = PdfReader(out)
    assert len(reader.pages) <= 2
    assert round(float(reader.pages[0].mediabox.width)) == 612
