"""PDF stories as offices receive them, made with ReportLab at test time: one and two columns,
photos with captions and credits, a running header, page numbers, hyphenated words; several
stories in one PDF; and PDFs that must be refused."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Frame, Image, PageBreak, PageTemplate, Paragraph

from mediakit.cli import main
from mediakit.importers import parse_file
from mediakit.library import Library, queries
from mediakit.model import BadInputError, BlockKind, Contact, KeyFigure, SectionKind, Story

HEADER = "Regional Office for South America · Press release"
BODY = ParagraphStyle(
    "body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=8, hyphenationLang="en_GB"
)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=22, leading=26, spaceAfter=12)
CAPTION = ParagraphStyle(
    "caption", fontName="Helvetica-Oblique", fontSize=8, leading=10, spaceAfter=10
)
PARAGRAPH = (
    "Paragraph {n} says that nurses see two hundred patients a day in the internationally "
    "coordinated humanitarian response, and that the communities around the reception "
    "centres have welcomed the teams with remarkable generosity and understanding."
)

WATER = (
    "Water point {n} now serves a school of six hundred pupils, who no longer walk to the "
    "river before lessons; the pumps run on solar panels installed by the municipality with "
    "parents' committees that keep them clean and report any fault."
)


def _photo() -> io.BytesIO:
    image = PILImage.merge("RGB", [PILImage.effect_noise((900, 600), s) for s in (60, 70, 80)])
    data = io.BytesIO()
    image.save(data, "JPEG")
    data.seek(0)
    return data


def _running_header(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(20 * mm, A4[1] - 12 * mm, HEADER)
    canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Page {doc.page}")
    canvas.restoreState()


def _template(path, columns: int) -> BaseDocTemplate:
    width, height = A4
    margin = 20 * mm
    if columns == 1:
        frames = [Frame(margin, margin, width - 2 * margin, height - 2 * margin)]
    else:
        gutter = 8 * mm
        column = (width - 2 * margin - gutter) / 2
        frames = [
            Frame(margin, margin, column, height - 2 * margin, id="left"),
            Frame(margin + column + gutter, margin, column, height - 2 * margin, id="right"),
        ]
    return BaseDocTemplate(
        str(path),
        pagesize=A4,
        pageTemplates=[PageTemplate("page", frames=frames, onPage=_running_header)],
    )


def _story(title: str, paragraphs: int = 14, photos=(3, 9), text: str = PARAGRAPH) -> list:
    flowables = [
        Paragraph(title, TITLE),
        Paragraph(
            "BOA VISTA, Brazil, 12 March 2024 – Mobile clinics now reach families arriving from "
            "Venezuela along the northern border, where humanitarian organizations report "
            "record arrivals.",
            BODY,
        ),
    ]
    for n in range(1, paragraphs + 1):
        flowables.append(Paragraph(text.format(n=n), BODY))
        if n in photos:
            flowables.append(Image(_photo(), width=60 * mm, height=40 * mm))
            flowables.append(
                Paragraph(f"A nurse checks a child at clinic {n}. Photo: IOM/Ana Pérez", CAPTION)
            )
    flowables.append(
        Paragraph(
            "For more information, please contact Ana Pérez, IOM Brazil, "
            "Tel: +55 61 3771 3771, Email: aperez@iom.int",
            BODY,
        )
    )
    return flowables


def release_pdf(path, columns: int = 1):
    _template(path, columns).build(_story("Clinics on the move in Roraima"))
    return path


@pytest.mark.parametrize("columns", [1, 2])
def test_release_pdf_reads_field_by_field(tmp_path, columns):
    path = release_pdf(tmp_path / f"release-{columns}.pdf", columns)
    assert len(PdfReader(path).pages) >= 2  # the running header repeats on every page
    document = parse_file(path)
    story = document.story
    assert story.title == "Clinics on the move in Roraima"
    assert story.dateline.place == "BOA VISTA, Brazil" and story.dateline.date == "2024-03-12"
    texts = [b.text for b in story.body if b.kind is BlockKind.PARAGRAPH]
    assert texts[0].startswith("Mobile clinics now reach families")
    numbered = [t for t in texts if t.startswith("Paragraph ")]
    assert [t.split()[1] for t in numbered] == [str(n) for n in range(1, 15)]  # reading order
    assert all(t == PARAGRAPH.format(n=i) for i, t in enumerate(numbered, start=1))  # joined
    everything = " ".join(texts)
    assert HEADER not in everything and "Page 1" not in everything and "Page 2" not in everything
    assert "-" not in everything.replace("–", "")  # no word left broken at a line end
    photos = [b for b in story.body if b.kind is BlockKind.PHOTO]
    assert len(photos) == 2 == len(document.photos) == len(document.images)
    assert [p.caption for p in document.photos] == [
        "A nurse checks a child at clinic 3.",
        "A nurse checks a child at clinic 9.",
    ]
    assert {p.credit for p in document.photos} == {"IOM/Ana Pérez"}
    assert all(image.ext == "jpg" and image.width == 900 for image in document.images.values())
    (contact,) = document.contacts
    assert (contact.name, contact.email) == ("Ana Pérez", "aperez@iom.int")


def test_pdf_imported_through_the_cli(tmp_path, capsys):
    path = release_pdf(tmp_path / "release.pdf", 2)
    library = str(tmp_path / "lib")
    assert main(["--library", library, "import", str(path), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["status"] == "imported"
    assert main(["--library", library, "list", "photos", "--json"]) == 0
    photos = json.loads(capsys.readouterr().out)
    assert sorted(p["caption"] for p in photos) == [
        "A nurse checks a child at clinic 3.",
        "A nurse checks a child at clinic 9.",
    ]


def _two_stories(path, page_break: bool):
    doc = _template(path, 1)
    flowables = _story("Clinics on the move in Roraima", paragraphs=4, photos=(2,))
    flowables += [PageBreak()] if page_break else []
    flowables += _story("Safe water for Pacaraima's schools", paragraphs=4, photos=(), text=WATER)
    doc.build(flowables)
    return path


def test_newsletter_splits_at_its_headlines(tmp_path, capsys):
    path = _two_stories(tmp_path / "newsletter.pdf", page_break=False)
    document = parse_file(path)
    assert document.story.title == "Clinics on the move in Roraima"
    (other,) = document.more
    assert other.story.title == "Safe water for Pacaraima's schools"
    assert len(document.photos) == 1 and not other.photos
    library = str(tmp_path / "lib")
    assert main(["--library", library, "import", str(path), "--kit", "Newsletter", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["story"] == 1 and row["more_stories"] == [2]
    assert any(w.startswith("also in this file") for w in row["warnings"])
    assert row["added_to_kit"]["name"] == "Newsletter"
    with Library.open(library) as opened:
        kit = queries.find_kit_or_none(opened.db, "Newsletter")
        assert kit.ids_of(SectionKind.STORY) == (1, 2)
    assert main(["--library", library, "list", "stories", "--json"]) == 0
    titles = {s["title"] for s in json.loads(capsys.readouterr().out)}
    assert titles == {"Clinics on the move in Roraima", "Safe water for Pacaraima's schools"}


def test_past_kit_splits_at_its_bookmarks(tmp_path):
    path = _two_stories(tmp_path / "kit.pdf", page_break=True)
    writer = PdfWriter(clone_from=PdfReader(path))
    pages = len(writer.pages)
    writer.add_outline_item(title="Clinics on the move in Roraima", page_number=0)
    second = next(i for i in range(pages) if "Safe water" in (writer.pages[i].extract_text() or ""))
    writer.add_outline_item(title="Safe water for Pacaraima's schools", page_number=second)
    writer.write(path)
    document = parse_file(path)
    assert [document.story.title, *(d.story.title for d in document.more)] == [
        "Clinics on the move in Roraima",
        "Safe water for Pacaraima's schools",
    ]


def test_last_years_kit_gives_its_stories_not_its_cover_contents_or_back_cover(
    demo_library_path, tmp_path
):
    """mediakit's own press kit read back, as a field office would re-use last year's: one
    story per story, its contacts page as contacts, and no story made of the cover, the
    contents or the back cover."""
    kit = tmp_path / "kit.pdf"
    build = ["--library", str(demo_library_path), "build", "Venezuela situation — press kit"]
    assert main([*build, "-o", str(kit), "--force"]) == 0
    document = parse_file(kit)
    parts = [document, *document.more]
    titles = [part.story.title for part in parts if part.story is not None]
    with Library.open(demo_library_path) as library:
        seeds = [story.title for story in queries.all_of(library.db, Story)]
    for title in seeds:
        assert title in titles
    assert not any(t.startswith(("Venezuela situation", "Contents")) for t in titles)
    assert len(titles) == len(seeds) + 1  # the stories, and the "About" page
    with Library.open(demo_library_path) as library:
        people = {(c.name, c.organisation) for c in queries.all_of(library.db, Contact)}
        figures = {(f.value, f.source, f.as_of) for f in queries.all_of(library.db, KeyFigure)}
    # its contact cards give the kit's people with their organisations, and no country
    # heading ("COSTA RICA") read as a person
    contacts = {(c.name, c.organisation) for part in parts for c in part.contacts}
    assert contacts == people
    # its figures page gives the key figures, each with its source and its as-of date apart
    read = {(f.value, f.source, f.as_of) for part in parts for f in part.figures}
    assert read == figures


def _refused(tmp_path, capsys, path) -> str:
    code = main(["--library", str(tmp_path / "lib"), "import", str(path)])
    err = capsys.readouterr().err
    assert code == 3 and path.name in err
    return err


def test_scanned_pdf_is_refused_as_a_scan(tmp_path, capsys):
    path = tmp_path / "scan.pdf"
    canvas = pdfcanvas.Canvas(str(path), pagesize=A4)
    from reportlab.lib.utils import ImageReader

    canvas.drawImage(ImageReader(_photo()), 0, 0, width=A4[0], height=A4[1])
    canvas.showPage()
    canvas.save()
    assert "is a scan" in _refused(tmp_path, capsys, path)
    stamped = tmp_path / "stamped-scan.pdf"  # a scanner's stamp and page numbers: still a scan
    canvas = pdfcanvas.Canvas(str(stamped), pagesize=A4)
    for number in (1, 2):
        canvas.drawImage(ImageReader(_photo()), 0, 40, width=A4[0], height=A4[1] - 80)
        canvas.drawString(40, 20, f"Scanned 2024-05-02 · page {number}")
        canvas.showPage()
    canvas.save()
    assert "is a scan" in _refused(tmp_path, capsys, stamped)


def _named_script(writer: PdfWriter) -> None:
    """A document-level script, in the catalog's /Names tree, as Acrobat stores one."""
    action = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.launchURL('http://example.org');"),
        }
    )
    tree = DictionaryObject(
        {NameObject("/Names"): ArrayObject([TextStringObject("hello"), writer._add_object(action)])}
    )
    names = writer._root_object.setdefault(NameObject("/Names"), DictionaryObject())
    names.get_object()[NameObject("/JavaScript")] = writer._add_object(tree)


def test_pdf_with_javascript_and_an_embedded_file_is_refused(tmp_path, capsys):
    source = release_pdf(tmp_path / "release.pdf")
    hostile = PdfWriter(clone_from=PdfReader(source))
    hostile.add_attachment("setup.exe", b"MZ" + b"\0" * 100)
    _named_script(hostile)
    hostile.write(tmp_path / "hostile.pdf")
    err = _refused(tmp_path, capsys, tmp_path / "hostile.pdf")
    assert "JavaScript, which mediakit never runs" in err
    assert not list(tmp_path.glob("**/setup.exe"))  # nothing was taken out of it


def test_each_kind_of_active_content_is_seen(tmp_path, capsys):
    source = release_pdf(tmp_path / "release.pdf")
    on_open = PdfWriter(clone_from=PdfReader(source))
    on_open._root_object[NameObject("/OpenAction")] = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('hello');"),
        }
    )
    on_open.write(tmp_path / "on-open.pdf")
    assert "JavaScript" in _refused(tmp_path, capsys, tmp_path / "on-open.pdf")
    carrying = PdfWriter(clone_from=PdfReader(source))
    carrying.add_attachment("setup.exe", b"MZ" + b"\0" * 100)
    carrying.write(tmp_path / "carrying.pdf")
    assert "files attached" in _refused(tmp_path, capsys, tmp_path / "carrying.pdf")
    with pytest.raises(BadInputError):
        parse_file(tmp_path / "on-open.pdf")


def test_encrypted_pdf_is_refused(tmp_path, capsys):
    writer = PdfWriter(clone_from=PdfReader(release_pdf(tmp_path / "release.pdf")))
    writer.encrypt("secret")
    writer.write(tmp_path / "locked.pdf")
    assert "encrypted" in _refused(tmp_path, capsys, tmp_path / "locked.pdf")


def test_ten_thousand_pages_are_refused_by_the_page_limit(tmp_path, capsys):
    writer = PdfWriter()
    for _ in range(10_000):
        writer.add_blank_page(200, 200)
    writer.write(tmp_path / "huge.pdf")
    err = _refused(tmp_path, capsys, tmp_path / "huge.pdf")
    assert "10000 pages" in err and "500" in err


def test_damaged_pdf_is_refused(tmp_path, capsys):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    assert "not a PDF mediakit can read" in _refused(tmp_path, capsys, path)


def test_photos_side_by_side_keep_their_own_captions(tmp_path):
    from reportlab.platypus import Table

    cell = 75 * mm
    pair = Table(
        [
            [
                Image(_photo(), width=70 * mm, height=47 * mm),
                Image(_photo(), width=70 * mm, height=47 * mm),
            ],
            [
                Paragraph(
                    "Nurses unload vaccines at the border post. Photo: IOM/Ana Pérez", CAPTION
                ),
                Paragraph(
                    "A mother waits with her baby at the clinic. Photo: IOM/Luis Dorin", CAPTION
                ),
            ],
        ],
        colWidths=[cell, cell],
    )
    flowables = _story("Clinics on the move in Roraima", paragraphs=3, photos=())
    flowables[3:3] = [pair]
    _template(tmp_path / "pair.pdf", 1).build(flowables)
    document = parse_file(tmp_path / "pair.pdf")
    assert [(p.caption, p.credit) for p in document.photos] == [
        ("Nurses unload vaccines at the border post.", "IOM/Ana Pérez"),
        ("A mother waits with her baby at the clinic.", "IOM/Luis Dorin"),
    ]
    texts = [b.text for b in document.story.body if b.kind is BlockKind.PARAGRAPH]
    assert [t.split()[1] for t in texts if t.startswith("Paragraph ")] == ["1", "2", "3"]
