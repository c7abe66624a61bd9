"""OpenDocument text (.odt) made with odfpy at test time: a title, a dateline, bold words, a
picture in a captioned frame, a heading, a list and a table; and an .odt zip bomb."""

from __future__ import annotations

import io
import zipfile

from PIL import Image

from mediakit.cli import main
from mediakit.importers import parse_file
from mediakit.model import BlockKind


def odt_story(path, *, linked_picture: str = ""):
    from odf.draw import Frame, TextBox
    from odf.draw import Image as DrawImage
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import A, H, List, ListItem, P, Span

    doc = OpenDocumentText()
    bold = Style(name="Strong", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    title = Style(name="Title", family="paragraph")
    caption = Style(name="Illustration", family="paragraph")
    for style in (bold, title, caption):
        doc.styles.addElement(style)
    doc.text.addElement(P(stylename=title, text="Clinics on the move in Roraima"))
    doc.text.addElement(
        P(
            text="BOA VISTA, Brazil, 12 March 2024 – Mobile clinics now reach families "
            "arriving from Venezuela along the northern border."
        )
    )
    paragraph = P(text="Nurses see ")
    paragraph.addElement(Span(stylename=bold, text="two hundred"))
    paragraph.addText(" patients a day in the reception centres run by ")
    paragraph.addElement(A(href="https://www.iom.int/", text="IOM"))
    paragraph.addText(".")
    doc.text.addElement(paragraph)
    image = Image.merge("RGB", [Image.effect_noise((900, 600), s) for s in (60, 70, 80)])
    data = io.BytesIO()
    image.save(data, "JPEG")
    href = doc.addPicture("Pictures/clinic.jpg", "image/jpeg", data.getvalue())
    # LibreOffice's captioned picture: a frame holding a text box, the picture and its caption
    outer = Frame(width="12cm", height="9cm", anchortype="paragraph")
    box = TextBox()
    outer.addElement(box)
    inside = P(stylename=caption)
    inner = Frame(width="12cm", height="8cm", anchortype="paragraph")
    inner.addElement(DrawImage(href=href))
    inside.addElement(inner)
    inside.addText("A nurse checks a child at the Pacaraima clinic. Photo: IOM/Ana Pérez")
    box.addElement(inside)
    holder = P()
    holder.addElement(outer)
    doc.text.addElement(holder)
    if linked_picture:  # a picture the document only points to
        linked = Frame(width="5cm", height="5cm", anchortype="paragraph")
        linked.addElement(DrawImage(href=linked_picture))
        holder = P()
        holder.addElement(linked)
        doc.text.addElement(holder)
    doc.text.addElement(H(outlinelevel=1, text="What the teams do"))
    items = List()
    for text in ("Vaccinations for children", "Prenatal check-ups", "Referrals to hospital"):
        item = ListItem()
        item.addElement(P(text=text))
        items.addElement(item)
    doc.text.addElement(items)
    doc.text.addElement(
        P(text="The clinics have seen more people every month since January, the coordinator said.")
    )
    table = Table()
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for cells in (("Month", "Patients"), ("January", "3,100"), ("February", "4,250")):
        row = TableRow()
        for value in cells:
            cell = TableCell()
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    doc.text.addElement(table)
    doc.text.addElement(
        P(
            text="For more information, please contact Ana Pérez, IOM Brazil, "
            "Tel: +55 61 3771 3771, Email: aperez@iom.int"
        )
    )
    doc.save(str(path))
    return path


def test_odt_story_field_by_field(tmp_path):
    document = parse_file(odt_story(tmp_path / "clinics.odt"))
    story = document.story
    assert story.title == "Clinics on the move in Roraima"
    assert story.dateline.place == "BOA VISTA, Brazil" and story.dateline.date == "2024-03-12"
    kinds = [b.kind for b in story.body]
    assert (
        kinds.index(BlockKind.PHOTO)
        < kinds.index(BlockKind.SUBHEAD)
        < kinds.index(BlockKind.BULLETS)
    )
    texts = [b.text for b in story.body]
    assert texts[0].startswith("Mobile clinics now reach families")
    nurses = next(b for b in story.body if b.text.startswith("Nurses see"))
    assert (
        nurses.text == "Nurses see two hundred patients a day in the reception centres run by IOM."
    )
    assert [(s.text, s.bold, s.href) for s in nurses.spans if s.bold or s.href] == [
        ("two hundred", True, None),
        ("IOM", False, "https://www.iom.int/"),
    ]
    assert "What the teams do" in texts
    (bullets,) = [b for b in story.body if b.kind is BlockKind.BULLETS]
    assert bullets.text.splitlines() == [
        "Vaccinations for children",
        "Prenatal check-ups",
        "Referrals to hospital",
    ]
    assert {f.value for f in document.figures} == {"3,100", "4,250"}  # the table's rows
    (photo,) = document.photos
    assert photo.caption == "A nurse checks a child at the Pacaraima clinic."
    assert photo.credit == "IOM/Ana Pérez"
    assert document.images[0].width == 900
    (contact,) = document.contacts
    assert (contact.name, contact.email) == ("Ana Pérez", "aperez@iom.int")


def test_linked_picture_is_never_fetched(tmp_path, monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("the importer tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    secret = tmp_path / "secret.jpg"
    Image.new("RGB", (400, 300), "red").save(secret)
    for href in ("http://example.org/tracker.jpg", str(secret), "../secret.jpg"):
        document = parse_file(odt_story(tmp_path / "linked.odt", linked_picture=href))
        assert len(document.photos) == 1  # only the picture stored in the file


def test_odt_zip_bomb_is_refused(tmp_path, capsys):
    path = odt_story(tmp_path / "bomb.odt")
    chunk = b"\0" * (1024 * 1024)
    with (
        zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("Pictures/zeros.bin", "w", force_zip64=True) as entry,
    ):
        for _ in range(400):  # 400 MB of zeros, a few hundred kB packed
            entry.write(chunk)
    code = main(["--library", str(tmp_path / "lib"), "import", str(path)])
    err = capsys.readouterr().err
    assert code == 3 and "bomb.odt" in err and "zip bomb" in err


def test_renamed_file_is_refused_as_not_odt(tmp_path, capsys):
    path = tmp_path / "fake.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    code = main(["--library", str(tmp_path / "lib"), "import", str(path)])
    assert code == 3 and "not an OpenDocument text" in capsys.readouterr().err
