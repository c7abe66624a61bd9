"""Each story, contact and photo format, with files a press office really has."""

from __future__ import annotations

import json

import pytest
from PIL import Image

from mediakit.cli import main
from mediakit.importers import parse_file
from mediakit.library import Library, queries
from mediakit.model import BadInputError, BlockKind, Contact, Language, Photo, Span, Story
from tests.importers.conftest import docx_story, jpeg_with_metadata, xmp_png

MD = """# Una escuela abierta para todos

Cúcuta, Colombia – La escuela **recibe** a niñas y niños *venezolanos* desde marzo.

## Aprender juntos

- Clases por la mañana
- Comedor al mediodía

> “Aquí nadie se queda fuera.”

Más información en [el sitio](https://example.org/escuela).
"""

HTML = """<!doctype html><html><head><title>Shelter opens in Tumbes | News</title>
<script>alert('x')</script><style>body{}</style></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/who">Who we are</a></li></ul></nav>
<div class="cookie-banner">We use cookies. Accept all cookies?</div>
<article><h1>Shelter opens in Tumbes</h1>
<p>Tumbes, Peru – A new shelter for families arriving from Ecuador opened on Friday with room for 120 people.</p>
<p>Volunteers from the town prepared meals for the first families, who had walked for days along the highway.</p>
<h2>Safe nights</h2>
<p>The shelter offers beds, showers and legal advice, and children can play in a supervised room while parents rest.</p>
</article><footer>© Example 2024 · Privacy · Contact</footer></body></html>
"""


def test_markdown_story(tmp_path):
    path = tmp_path / "escuela.md"
    path.write_text(MD, encoding="utf-8")
    story = parse_file(path).story
    assert story.title == "Una escuela abierta para todos"
    assert story.language is Language.ES
    assert story.dateline.place == "Cúcuta, Colombia"
    kinds = [b.kind for b in story.body]
    assert kinds == [
        BlockKind.PARAGRAPH,
        BlockKind.SUBHEAD,
        BlockKind.BULLETS,
        BlockKind.QUOTE,
        BlockKind.PARAGRAPH,
    ]
    assert Span("recibe", bold=True) in story.body[0].spans or "recibe" in story.body[0].text
    assert any(s.href == "https://example.org/escuela" for s in story.body[-1].spans)


def test_docx_story_with_embedded_picture(tmp_path):
    document = parse_file(docx_story(tmp_path / "roraima.docx"))
    story = document.story
    assert story.title == "Clinics on the move in Roraima"
    assert story.dateline.place == "Boa Vista, Brazil"
    bold = [s.text for b in story.body for s in b.spans if s.bold]
    assert "two hundred" in bold
    assert [b.text for b in story.body if b.kind is BlockKind.SUBHEAD] == ["Reaching the border"]
    assert any(b.kind is BlockKind.BULLETS for b in story.body)
    assert story.byline == "Ana Lima, IOM Brazil"
    assert len(document.photos) == 1 and document.images[0].width == 1500
    assert document.photos[0].credit == "IOM/Ana Lima"


def test_docx_image_is_stored_when_imported(tmp_path, capsys):
    library = tmp_path / "lib"
    assert (
        main(["--library", str(library), "import", str(docx_story(tmp_path / "r.docx")), "--json"])
        == 0
    )
    with Library.open(library) as lib:
        (photo,) = queries.all_of(lib.db, Photo)
        assert photo.has_image and lib.media.find(photo.media_hash) is not None


def test_html_page_main_content_only(tmp_path):
    path = tmp_path / "shelter.html"
    path.write_text(HTML, encoding="utf-8")
    story = parse_file(path).story
    assert story.title.startswith("Shelter opens in Tumbes")
    assert story.dateline.place == "Tumbes, Peru"
    for noise in ("alert(", "cookies", "Who we are", "Privacy"):
        assert noise not in story.text
    assert "Safe nights" in [b.text for b in story.body]


def test_vcards_v3_and_v4(tmp_path):
    path = tmp_path / "press.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Marta Díaz\r\nORG:UNHCR\r\nTITLE:Press officer\r\n"
        "EMAIL;TYPE=INTERNET:diazm@unhcr.org\r\nTEL;TYPE=CELL:+57 310 555 0101\r\n"
        "ADR;TYPE=WORK:;;Calle 1;Bogotá;;;Colombia\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jean <b>Roy</b>\r\nEMAIL:not-an-email\r\n"
        "TEL;VALUE=uri;TYPE=work:tel:+33-1-23-45-67-89\r\nLANG:fr\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    document = parse_file(path)
    marta, jean = document.contacts
    assert (marta.name, marta.organisation, marta.role, marta.email) == (
        "Marta Díaz",
        "UNHCR",
        "Press officer",
        "diazm@unhcr.org",
    )
    assert (marta.city, marta.country, marta.phones) == (
        "Bogotá",
        "Colombia",
        ("+57 310 555 0101",),
    )
    assert jean.name == "Jean <b>Roy</b>" and jean.email == ""
    assert any("not valid" in note for note in document.notes)


def test_csv_with_semicolons_cp1252_and_spanish_headers(tmp_path):
    path = tmp_path / "contactos.csv"
    text = 'Nombre;Correo;Teléfono;Organización;Ciudad\r\nLucía Pérez;lperez@iom.int;+51 987 654 321;OIM;Lima\r\n=HYPERLINK("x");evil@example.org;;;Quito\r\n'
    path.write_bytes(text.encode("cp1252"))
    contacts = parse_file(path).contacts
    assert (
        contacts[0].name,
        contacts[0].email,
        contacts[0].phones,
        contacts[0].organisation,
        contacts[0].city,
    ) == (
        "Lucía Pérez",
        "lperez@iom.int",
        ("+51 987 654 321",),
        "OIM",
        "Lima",
    )
    assert not contacts[1].name.startswith("=")


def test_same_email_in_two_files_is_one_contact(tmp_path, capsys):
    library = str(tmp_path / "lib")
    first = tmp_path / "a.csv"
    first.write_text("name,email,phone\nAna Gil,agil@iom.int,+51 1 111 1111\n")
    second = tmp_path / "b.csv"
    second.write_text("name,email,phone,city\nAna Gil,AGIL@iom.int,+51 1 222 2222,Lima\n")
    assert main(["--library", library, "import", str(first), str(second)]) == 0
    with Library.open(tmp_path / "lib") as lib:
        (contact,) = queries.all_of(lib.db, Contact)
        assert contact.phones == ("+51 1 222 2222",) and contact.city == "Lima"


def test_photo_metadata_prefills_and_gps_is_not_kept(tmp_path):
    path = jpeg_with_metadata(
        tmp_path / "clinic.jpg", caption="Nurses at the clinic", credit="IOM/Ana Lima"
    )
    document = parse_file(path)
    (photo,) = document.photos
    assert (photo.caption, photo.credit, photo.date) == (
        "Nurses at the clinic",
        "IOM/Ana Lima",
        "2024-05-17",
    )
    assert "BODY-SERIAL" not in json.dumps(
        [photo.caption, photo.credit, photo.place, photo.alt_text]
    )
    png = parse_file(
        xmp_png(
            tmp_path / "x.png", caption="Children &amp; teachers", credit="UNHCR/Ana", city="Quito"
        )
    )
    assert (png.photos[0].caption, png.photos[0].credit, png.photos[0].place) == (
        "Children & teachers",
        "UNHCR/Ana",
        "Quito",
    )


def test_photo_named_like_a_slot_fills_it(demo_library_path, tmp_path, capsys):
    path = jpeg_with_metadata(tmp_path / "venezuelan-doctor-points-to-an-x-ray.jpg", gps=False)
    assert main(["--library", str(demo_library_path), "import", str(path), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["status"] == "imported" and any(
        "filled the empty photo slot 1" in w for w in row["warnings"]
    )
    with Library.open(demo_library_path) as lib:
        slot = queries.one_of(lib.db, Photo, 1)
        assert slot.has_image and slot.credit == "IOM/Gema Cortes"
        assert queries.counts(lib.db)["photos"] == 6


@pytest.mark.parametrize(
    "fmt,ext", [("PNG", "png"), ("WEBP", "webp"), ("TIFF", "tif"), ("GIF", "gif")]
)
def test_other_photo_formats(tmp_path, fmt, ext):
    path = tmp_path / f"p.{ext}"
    Image.new("RGB", (640, 480), "red").save(path, fmt)
    assert parse_file(path).images[0].width == 640


def test_heic_photo(tmp_path):
    pillow_heif = pytest.importorskip("pillow_heif")
    path = tmp_path / "iphone.heic"
    try:
        pillow_heif.from_pillow(Image.new("RGB", (320, 240), "blue")).save(path, quality=80)
    except Exception:  # a wheel without an HEVC encoder can still read HEIC
        pytest.skip("no HEIC encoder in this pillow-heif build")
    assert parse_file(path).images[0].width == 320


def test_batch_goes_on_past_a_bad_file(tmp_path, capsys):
    library = str(tmp_path / "lib")
    good = tmp_path / "good.txt"
    good.write_text("A good story\n\nQuito, Ecuador – Words of the story here.\n")
    fake = tmp_path / "fake.jpg"
    fake.write_text("this is text, not a photo")
    empty = tmp_path / "empty.md"
    empty.write_text("")
    code = main(["--library", library, "import", str(fake), str(good), str(empty), "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert code == 3
    assert [r["status"] for r in rows] == ["refused", "imported", "refused"]
    assert "not an image" in rows[0]["reason"] and "no text" in rows[2]["reason"]
    assert rows[1]["detected"]["dateline"]["place"] == "Quito, Ecuador"
    with Library.open(tmp_path / "lib") as lib:
        assert queries.counts(lib.db)["photos"] == 0 and len(queries.all_of(lib.db, Story)) == 1


def test_renamed_and_truncated_docx_are_refused(tmp_path):
    renamed = tmp_path / "story.docx"
    renamed.write_text("plain text pretending to be Word")
    with pytest.raises(BadInputError, match="story.docx: this is not a Word document"):
        parse_file(renamed)
    truncated = tmp_path / "cut.docx"
    truncated.write_bytes(docx_story(tmp_path / "full.docx").read_bytes()[:700])
    with pytest.raises(BadInputError, match="cut.docx"):
        parse_file(truncated)


def test_list_json_has_every_field(demo_library_path, capsys):
    assert main(["--library", str(demo_library_path), "list", "photos", "--json"]) == 0
    photo = json.loads(capsys.readouterr().out)[0]
    assert {"id", "title", "caption", "credit", "consent", "width", "has_image"} <= set(photo)
    assert main(["--library", str(demo_library_path), "list", "figures", "--json"]) == 0
    figure = json.loads(capsys.readouterr().out)[0]
    assert {"source", "as_of", "value", "label", "title"} <= set(figure)
