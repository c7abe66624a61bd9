"""What makes a build fast must never change the PDF: parsed fonts and hyphenation patterns
from the cache, ReportLab imported with its URI pattern deferred, and a single layout pass."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape as sax_escape

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont

from mediakit.layout import build_pdf, disk_cache, platypus_import
from mediakit.layout.text import escape
from mediakit.paths import asset
from tests.tunings import environment

from .sample import photo_source, sample_content

ROOT = Path(__file__).resolve().parents[2]


def fresh_process(script: str, *args: str, cache: Path | None = None) -> str:
    """Run `script` in a new interpreter (nothing imported or parsed yet), with its own user
    cache when `cache` is given, and every tuning at its default; its standard output."""
    mine = {"MEDIAKIT_CACHE": str(cache)} if cache is not None else {}
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env=environment(**mine),  # the tunings on, as these tests check them
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


def test_a_kit_with_contents_and_page_totals_is_laid_out_in_one_pass(build, monkeypatch):
    """ "Page N of M" and the contents' page numbers are filled in as the PDF is saved, so
    ReportLab never lays a kit out twice; the numbers are checked in test_press_kit."""
    from reportlab.platypus import BaseDocTemplate

    passes = []
    original = BaseDocTemplate.build

    def counting(doc, *args, **kwargs):
        passes.append(doc)
        return original(doc, *args, **kwargs)

    monkeypatch.setattr(BaseDocTemplate, "build", counting)
    content = sample_content(with_photo=True)
    pdf = build(content)
    assert len(passes) == 1
    assert "Contents" in PdfReader(io.BytesIO(pdf)).pages[1].extract_text()
    assert build(content) == pdf


def test_a_font_from_the_cache_is_the_font_a_parse_gives(user_cache):
    path = asset("fonts", "NotoSans-Regular.ttf")
    fresh = TTFont("A", str(path))
    first = disk_cache.font("A", path)  # parsed, then kept
    assert list((user_cache / "parsed").glob("font-NotoSans-Regular-*.pickle"))
    cached = disk_cache.font("B", path)
    assert cached.fontName == "B" and cached is not first
    text = "Migrantes y refugiados — “São Paulo” ½ €"
    assert cached.stringWidth(text, 11) == fresh.stringWidth(text, 11)
    assert cached.face.charWidths == fresh.face.charWidths
    assert cached.face.bbox == fresh.face.bbox
    assert cached.face._pdfScale(2048) == fresh.face._pdfScale(2048)


def test_a_damaged_cache_entry_is_parsed_again(user_cache):
    path = asset("fonts", "NotoSerif-Italic.ttf")
    disk_cache.font("C", path)
    (entry,) = (user_cache / "parsed").glob("font-NotoSerif-Italic-*.pickle")
    entry.write_bytes(b"\x80\x05 this is not a pickle")
    assert disk_cache.font("C", path).face.name == TTFont("C", str(path)).face.name
    assert entry.read_bytes() != b"\x80\x05 this is not a pickle"  # rewritten


def test_the_pdf_is_the_same_with_a_cold_or_a_warm_cache(tmp_path):
    """Two fresh processes, the first parsing everything, the second loading it all."""
    script = (
        "import sys; from tests.layout.sample import sample_content, sample_store, photo_source\n"
        "from mediakit.layout import build_pdf\n"
        "pdf = build_pdf(sample_content(with_photo=True), photos=photo_source(sample_store()))\n"
        "open(sys.argv[1], 'wb').write(pdf)"
    )
    for name in ("cold.pdf", "warm.pdf"):
        fresh_process(script, str(tmp_path / name), cache=tmp_path / "cache")
    assert list((tmp_path / "cache" / "parsed").glob("font-*.pickle"))
    assert list((tmp_path / "cache" / "parsed").glob("hyph-*.pickle"))
    assert (tmp_path / "cold.pdf").read_bytes() == (tmp_path / "warm.pdf").read_bytes()


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("MEDIAKIT_CACHE", str(blocker / "cache"))
    font = disk_cache.font("D", asset("fonts", "NotoSans-Bold.ttf"))
    assert font.face.name


def test_the_deferred_uri_pattern_works_as_reportlabs_own():
    platypus_import.load()
    from reportlab.platypus import paragraph

    pattern, flags = paragraph.uri_pat.pattern, paragraph.uri_pat.flags
    compiled = re.compile(pattern, flags)
    fresh = platypus_import.DeferredPattern(pattern, flags, required="://")
    words = [
        "https://www.r4v.info/en/document/rmrp-2025",
        "HTTP://WWW.EXAMPLE.ORG/A",
        "ftp://192.168.0.1:8080/x",
        "http://[::1]/x",
        "https://xn--bcher-kva.example/",
        "https://münchen.de/straße",
        "https://-bad.example/",
        "mailto:press@example.org",
        "www.iom.int/news",
        "inter-agency",
        "refugiados",
        "",
    ]
    for word in words:
        if "://" not in word:
            assert fresh.match(word) is None
    assert fresh._compiled is None  # words without "://" never compile it
    for word in words:
        ours, theirs = fresh.match(word), compiled.match(word)
        assert (ours and ours.groups()) == (theirs and theirs.groups()), word
    script = (
        "from mediakit.layout import platypus_import; platypus_import.load()\n"
        "from reportlab.platypus import paragraph as p\n"
        "assert isinstance(p.uri_pat, platypus_import.DeferredPattern)\n"
        "assert p._uri_split_pairs('refugiados') is None and p.uri_pat._compiled is None\n"
        "print(p._uri_split_pairs('https://example.org/a/b')[0])"
    )
    assert fresh_process(script).strip() == "('https://example.org/a/', 'b')"


def test_the_cjk_pattern_is_compiled_when_first_used():
    script = (
        "from mediakit.layout import platypus_import; platypus_import.load()\n"
        "from reportlab.lib import textsplit\n"
        "assert isinstance(textsplit.rx, platypus_import.DeferredPattern)\n"
        "assert textsplit.rx._compiled is None\n"
        "print(textsplit.rx.sub(r'\\1|', 'ab日本c'))"
    )
    assert fresh_process(script).strip() == "ab日|本|c"


@pytest.mark.parametrize("text", ["a < b & c > d", "“quoted” 'single' \"double\"", "&amp;"])
def test_escaping_is_the_standard_librarys(text):
    entities = {'"': "&quot;", "'": "&#39;"}
    assert escape(text) == sax_escape(text)
    assert escape(text, entities) == sax_escape(text, entities)


def test_dates_in_words_are_babels_and_are_kept(tmp_path):
    """A second process finds the words it needs and never imports Babel."""
    script = (
        "import sys; from mediakit.layout.kit_language import format_date\n"
        "print(format_date('es', '2023-06-24'), '|', format_date('pt', '2022-07'), '|',\n"
        "      format_date('fr', '2022-07-03'), '|', 'babel.dates' in sys.modules)"
    )
    runs = [fresh_process(script, cache=tmp_path / "cache").split(" | ") for _ in range(2)]
    from babel.dates import format_date, format_skeleton

    expected = [
        format_date(date(2023, 6, 24), "long", locale="es"),
        format_skeleton("yMMMM", date(2022, 7, 1), locale="pt"),
        format_date(date(2022, 7, 3), "long", locale="fr"),
    ]
    assert runs[0][:3] == runs[1][:3] == expected
    assert runs[0][3].strip() == "True" and runs[1][3].strip() == "False"


def test_qr_codes_are_encoded_once_and_kept(tmp_path):
    """The modules a second process finds are those ReportLab's encoder makes; it never runs it."""
    script = (
        "import sys, json; from mediakit.layout.qr import qr_modules\n"
        "rows = qr_modules('https://www.r4v.info/en/situations/platform?a=1&b=2')\n"
        "print(json.dumps([rows, 'reportlab.graphics.barcode' in sys.modules]))"
    )
    runs = [json.loads(fresh_process(script, cache=tmp_path / "cache")) for _ in range(2)]
    from reportlab.graphics.barcode import qrencoder

    encoder = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    encoder.addData("https://www.r4v.info/en/situations/platform?a=1&b=2")
    encoder.make()
    expected = [[bool(m) for m in row] for row in encoder.modules]
    assert runs[0][0] == runs[1][0] == expected
    assert runs[0][1] is True and runs[1][1] is False


def test_a_lazy_font_is_read_when_first_used_and_measures_as_the_real_one(user_cache):
    path = asset("fonts", "NotoSans-SemiBoldItalic.ttf")
    lazy = disk_cache.lazy_font("E", path)  # the first time: parsed, its face name kept
    lazy = disk_cache.lazy_font("E", path)
    assert isinstance(lazy, disk_cache.LazyFont) and "_loaded" not in vars(lazy)
    real = TTFont("E", str(path))
    assert lazy.face.name == real.face.name and "_loaded" not in vars(lazy)
    text = "Soberanía — “¿dónde?” 3½ km"
    assert lazy.stringWidth(text, 9.5) == real.stringWidth(text, 9.5)
    assert "_loaded" in vars(lazy) and lazy.face.charWidths == real.face.charWidths


class StartingSource:
    """A source that can `start` renditions, with what is started and read, in order."""

    def __init__(self, store) -> None:
        self.read_bytes = photo_source(store)
        self.events: list[tuple[str, str, object]] = []

    def start(self, media_hash, spec) -> None:
        self.events.append(("start", media_hash, spec))

    def __call__(self, media_hash, spec) -> bytes:
        self.events.append(("read", media_hash, spec))
        return self.read_bytes(media_hash, spec)


def test_every_rendition_is_started_before_the_first_page_is_drawn(store):
    """The layout places photos by their catalog size and reads a rendition only to draw it:
    a source that makes renditions in parallel has all of them under way before the layout
    waits for any, and each one started is the one drawn."""
    for content in (sample_content(with_photo=True), sample_content(with_album=True)):
        source = StartingSource(store)
        build_pdf(content, photos=source)
        kinds = [kind for kind, *_ in source.events]
        assert "start" in kinds, "the sample kits have photos"
        assert kinds.index("read") > len(kinds) - 1 - kinds[::-1].index("start")
        started = {(h, spec) for kind, h, spec in source.events if kind == "start"}
        read = {(h, spec) for kind, h, spec in source.events if kind == "read"}
        assert read == started


def test_each_rendition_is_read_once_and_every_photo_is_in_the_pdf(store):
    """One layout pass: the layout waits for each rendition once, when it draws the photo."""
    read: list[tuple] = []
    source = photo_source(store)

    def reading(media_hash, spec):
        read.append((media_hash, spec))
        return source(media_hash, spec)

    content = sample_content(with_album=True)
    pdf = build_pdf(content, photos=reading)
    assert read and len(read) == len(set(read))
    images = sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)
    assert images >= len([p for p in content.photos.values() if p.has_image])
