"""The packaged app (`python packaging/build.py`), run as a field office would: no Python, no
virtual environment on PATH, an empty home folder, no network settings — `env -i`.

Skipped unless MEDIAKIT_FROZEN_DIR names the built folder (dist/mediakit), so the everyday suite
stays fast; CI builds the folder and runs these (.ci/run).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from mediakit import __version__
from tests.importers.conftest import docx_story, jpeg_with_metadata
from tests.importers.test_formats import HTML
from tests.importers.test_odt import odt_story

FROZEN = os.environ.get("MEDIAKIT_FROZEN_DIR", "")
pytestmark = pytest.mark.skipif(
    not FROZEN, reason="MEDIAKIT_FROZEN_DIR names no packaged mediakit (python packaging/build.py)"
)
SUFFIX = ".exe" if sys.platform == "win32" else ""
DEMO_KIT = "Venezuela situation — press kit"
VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Marta Díaz\r\nORG:UNHCR\r\nTITLE:Press officer\r\n"
    "EMAIL;TYPE=INTERNET:diazm@unhcr.org\r\nTEL;TYPE=CELL:+57 310 555 0101\r\nEND:VCARD\r\n"
)


def executable(name: str) -> Path:
    path = Path(FROZEN).resolve() / f"{name}{SUFFIX}"
    assert path.is_file(), f"{path} is missing: build it with python packaging/build.py"
    return path


def run(name: str, *args, home: Path, **env: str) -> subprocess.CompletedProcess:
    """The packaged `name` with nothing of this test's Python around it: only HOME (a fresh
    folder) and the system's own PATH, as `env -i HOME=… PATH=/usr/bin:/bin` gives."""
    clean = {"HOME": str(home), "PATH": "/usr/bin:/bin", **env}
    if sys.platform == "win32":  # Windows cannot start a process without these
        clean.update({k: os.environ[k] for k in ("SYSTEMROOT", "TEMP") if k in os.environ})
    return subprocess.run(
        [str(executable(name)), *map(str, args)],
        env=clean,
        cwd=home,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def fonts_of(pdf: PdfReader) -> set[str]:
    names = set()
    for page in pdf.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        names |= {str(font.get_object().get("/BaseFont", "")) for font in fonts.values()}
    return names


def test_version_and_help(home):
    version = run("mediakit", "--version", home=home)
    assert version.returncode == 0 and version.stdout.strip() == f"mediakit {__version__}"
    helped = run("mediakit", "--help", home=home)
    assert helped.returncode == 0
    for command in ("demo", "import", "build", "export", "preflight"):
        assert command in helped.stdout


def test_builds_the_demo_kit_with_no_python_around(home):
    library = home / "library"
    made = run("mediakit", "--library", library, "demo", home=home)
    assert made.returncode == 0, made.stderr
    pdf_path = home / "kit.pdf"
    built = run("mediakit", "--library", library, "build", DEMO_KIT, "-o", pdf_path, home=home)
    assert built.returncode in (0, 1), built.stderr  # 1: preflight warnings, still written
    assert "Traceback" not in built.stderr
    pdf = PdfReader(pdf_path)
    assert len(pdf.pages) > 1
    text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Serving Hope" in text and "Venezuela" in text
    # The bundled Noto fonts (assets/fonts), not a fallback of ReportLab's own
    assert any("NotoSans" in name or "NotoSerif" in name for name in fonts_of(pdf))


def test_a_damaged_file_is_one_sentence_and_exit_3(home):
    fake = home / "photo.jpg"
    fake.write_text("this is text, not a photo")
    result = run("mediakit", "--library", home / "library", "import", fake, home=home)
    assert result.returncode == 3
    assert (
        result.stderr
        == f"mediakit: {fake}: this is not an image mediakit can read, or it is damaged\n"
    )


def make_heic(path: Path) -> Path:
    import pillow_heif

    try:
        pillow_heif.from_pillow(Image.new("RGB", (320, 240), "blue")).save(path, quality=80)
    except Exception:  # a wheel without an HEVC encoder can still read HEIC
        pytest.skip("no HEIC encoder in this pillow-heif build")
    return path


# Each format through the packaged command: each proves its library and that library's data
# files (templates, stoplists, metadata, shared libraries) were bundled.
FORMATS = {
    "docx": lambda p: docx_story(p / "story.docx"),  # python-docx
    "odt": lambda p: odt_story(p / "story.odt"),  # odfpy
    "jpeg": lambda p: jpeg_with_metadata(p / "photo.jpg", caption="A clinic", credit="IOM"),
    "heic": lambda p: make_heic(p / "photo.heic"),  # pillow-heif's libheif
    "html": lambda p: write(p / "page.html", HTML),  # trafilatura, justext, courlan, htmldate
    "vcf": lambda p: write(p / "press.vcf", VCARD),  # vobject, phonenumbers, email-validator
}


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", FORMATS)
def test_import_through_the_packaged_command(home, tmp_path, kind):
    source = FORMATS[kind](tmp_path)
    result = run("mediakit", "--library", home / "library", "import", source, "--json", home=home)
    assert result.returncode == 0, result.stderr
    (row,) = json.loads(result.stdout)
    assert row["status"] == "imported", row
    if kind in ("jpeg", "heic"):
        assert row["photos"]
    elif kind == "vcf":
        assert row["contacts"]
    else:
        assert row["story"] and row["title"]


def test_import_a_pdf_through_the_packaged_command(home):
    """pypdfium2's PDFium library reads a PDF the packaged command itself wrote."""
    library = home / "library"
    assert run("mediakit", "--library", library, "demo", home=home).returncode == 0
    pdf = home / "kit.pdf"
    run("mediakit", "--library", library, "build", DEMO_KIT, "-o", pdf, home=home)
    other = home / "other"
    result = run("mediakit", "--library", other, "import", pdf, "--json", home=home)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows and all(row["status"] == "imported" for row in rows)


def test_app_opens_offscreen_and_shows_the_demo_kit(home):
    """The packaged app starts on an empty library, fills it with the demo kit, builds its
    preview and says so (main.py --smoke-test), then quits."""
    result = run(
        "mediakit-app",
        "--library",
        home / "library",
        "--smoke-test",
        home=home,
        QT_QPA_PLATFORM="offscreen",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("smoke-test")]
    assert lines[0] == "smoke-test window shown"
    line = lines[-1]
    assert line.startswith("smoke-test ok: ") and f"| {DEMO_KIT} |" in line
    assert "| 4 stories |" in line


def test_the_folder_leaves_out_what_the_app_never_needs():
    bundled = Path(FROZEN) / "_internal"
    for name in ("scipy", "datasketch", "pytest", "tests", "PyInstaller", "tkinter"):
        assert not (bundled / name).exists(), name
    assert not list(bundled.rglob("*WebEngine*"))
    assert (bundled / "assets" / "fonts" / "NotoSans-Regular.ttf").is_file()


def test_app_smoke_test_fails_on_a_damaged_library(home):
    """A library the app refuses makes the smoke test fail with the app's own sentence, rather
    than wait forever on the dialog that says it."""
    library = home / "library"
    library.mkdir()
    (library / "catalog.sqlite").write_text("not a catalog")
    result = run(
        "mediakit-app", "--library", library, "--smoke-test", home=home, QT_QPA_PLATFORM="offscreen"
    )
    assert result.returncode == 1
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("smoke-test failed")]
    assert "catalog.sqlite" in line and "not a mediakit catalog" in line
