"""E-mails as field colleagues send them, made with the standard library at test time: a story
with two photos, a vCard, a signature and a quoted reply; an HTML one with Gmail's quote and
signature blocks; a cover note over an attached release; and e-mails that must be refused."""

from __future__ import annotations

import base64
import io
import json
import tempfile
from email.message import EmailMessage

from PIL import Image

from mediakit.cli import main
from mediakit.importers import eml, parse_file
from mediakit.model import BlockKind
from tests.importers.conftest import docx_story
from tests.importers.test_pdf import WATER, _story, _template

STORY = [
    "BOA VISTA, Brazil, 12 March 2024 – Mobile clinics now reach families arriving from "
    "Venezuela along the northern border, where humanitarian organizations report record "
    "arrivals this year.",
    "Nurses see two hundred patients a day in the reception centres, and the teams have "
    "added a second shift since February.",
    "“We go where the families are,” said the coordinator of the clinics in Pacaraima.",
]
SIGNATURE = "Ana Pérez\nCommunications Officer, IOM Brazil\nTel: +55 61 3771 3771\naperez@iom.int"
QUOTED = (
    "On Thu, 2 May 2024 at 09:12, Luis Dorin <ldorin@iom.int> wrote:\n"
    "> Could you send the story about the clinics?\n> Thanks, Luis\n"
)
VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Luis Dorin\r\nTITLE:Regional Spokesperson\r\nORG:IOM\r\n"
    "EMAIL:ldorin@iom.int\r\nTEL:+56 2 2963 3710\r\nEND:VCARD\r\n"
)


def _jpeg(caption: str) -> bytes:
    image = Image.merge("RGB", [Image.effect_noise((900, 600), s) for s in (60, 70, 80)])
    exif = Image.Exif()
    exif[0x010E] = caption
    data = io.BytesIO()
    image.save(data, "JPEG", exif=exif)
    return data.getvalue()


def _message(subject: str = "RE: Fwd: Clinics on the move in Roraima") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Ana Pérez <aperez@iom.int>"
    message["To"] = "press@iom.int"
    message["Subject"] = subject
    message["Date"] = "Fri, 03 May 2024 10:00:00 -0300"
    return message


def story_email(path):
    message = _message()
    message.set_content("\n\n".join(STORY) + f"\n\n-- \n{SIGNATURE}\n\n{QUOTED}")
    photos = (
        ("../../clinic-nurse.jpg", "A nurse checks a child in Pacaraima."),
        ("C:\\Users\\ana\\queue.jpg", "Families queue at the reception centre."),
    )
    for name, caption in photos:
        message.add_attachment(_jpeg(caption), maintype="image", subtype="jpeg", filename=name)
    message.add_attachment(VCARD.encode(), maintype="text", subtype="vcard", filename="luis.vcf")
    path.write_bytes(bytes(message))
    return path


def test_email_story_photos_and_contacts(tmp_path, monkeypatch):
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    document = parse_file(story_email(tmp_path / "clinics.eml"))
    # the attachments were read in a private folder, gone after; none escaped by its name
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["clinics.eml", "temp"]
    story = document.story
    assert story.title == "Clinics on the move in Roraima"  # the subject, less RE: Fwd:
    assert story.dateline.place == "BOA VISTA, Brazil" and story.dateline.date == "2024-03-12"
    texts = [b.text for b in story.body if b.kind is not BlockKind.PHOTO]
    assert texts[0].startswith("Mobile clinics now reach families")
    assert texts[1] == STORY[1]
    assert "We go where the families are" in texts[2]
    everything = " ".join(texts)
    assert "Could you send" not in everything and "wrote:" not in everything
    assert "Communications Officer" not in everything  # the signature is not story text
    assert [p.caption for p in document.photos] == [
        "A nurse checks a child in Pacaraima.",
        "Families queue at the reception centre.",
    ]
    assert [p.original_name for p in document.photos] == ["clinic-nurse.jpg", "queue.jpg"]
    assert len(document.images) == 2
    people = {c.name: c for c in document.contacts}
    assert set(people) == {"Ana Pérez", "Luis Dorin"}
    assert people["Ana Pérez"].email == "aperez@iom.int"
    assert people["Ana Pérez"].phones == ("+55 61 3771 3771",)
    assert people["Luis Dorin"].role == "Regional Spokesperson"


def test_email_imported_through_the_cli(tmp_path, capsys):
    library = str(tmp_path / "lib")
    assert main(["--library", library, "import", str(story_email(tmp_path / "m.eml"))]) == 0
    out = capsys.readouterr().out
    assert "added story “Clinics on the move in Roraima”, 2 photos, 2 contacts" in out
    assert main(["--library", library, "list", "contacts", "--json"]) == 0
    assert {c["email"] for c in json.loads(capsys.readouterr().out)} == {
        "aperez@iom.int",
        "ldorin@iom.int",
    }


def test_html_email_quotes_and_signature_dropped_subject_as_title(tmp_path):
    message = _message("RV: Safe water for Pacaraima's schools")
    message.set_content("plain copy")
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "PACARAIMA, Brazil, 20 May 2024 – Six new water points now serve the town's "
            "schools, where pupils used to walk to the river before lessons every morning.",
            "The pumps run on solar panels installed by the municipality, and parents' "
            "committees keep them clean and report any fault to the water board.",
        )
    )
    message.add_alternative(
        "<html><body><div dir='ltr'>"
        f"{paragraphs}"
        "<div class='gmail_signature'>Ana Pérez<br>IOM Brazil<br>aperez@iom.int</div>"
        "</div><div class='gmail_quote'><div>El jue, 16 may 2024 a las 10:00, Luis escribió:"
        "</div><blockquote>¿Tienes la nota sobre el agua?</blockquote></div>"
        "<p>This e-mail is confidential and intended solely for its addressee.</p>"
        "</body></html>",
        subtype="html",
    )
    logo = io.BytesIO()
    Image.new("RGB", (120, 40), "navy").save(logo, "PNG")
    html_part = message.get_payload()[1]
    html_part.add_related(logo.getvalue(), "image", "png", cid="<logo@iom>", filename="logo.png")
    (tmp_path / "water.eml").write_bytes(bytes(message))
    document = parse_file(tmp_path / "water.eml")
    assert document.photos == ()  # the signature's logo is not a photo
    assert any("“logo.png” was left out" in note for note in document.notes)
    story = document.story
    assert story.title == "Safe water for Pacaraima's schools"
    assert story.dateline.place == "PACARAIMA, Brazil"
    texts = [b.text for b in story.body]
    assert texts[0].startswith("Six new water points") and texts[1].startswith("The pumps")
    everything = " ".join(texts)
    assert "escribió" not in everything and "confidential" not in everything
    assert "plain copy" not in everything and "aperez@iom.int" not in everything


def test_cover_note_over_attached_releases(tmp_path, capsys):
    message = _message("Fwd: release for the kit")
    message.set_content(f"Hi, here is the release for the kit.\n\n-- \n{SIGNATURE}\n")
    release = docx_story(tmp_path / "release.docx").read_bytes()
    message.add_attachment(
        release,
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="/etc/release.docx",
    )
    water = _template(tmp_path / "water.pdf", 2)
    water.build(_story("Safe water for Pacaraima's schools", paragraphs=6, photos=(), text=WATER))
    message.add_attachment(
        (tmp_path / "water.pdf").read_bytes(),
        maintype="application",
        subtype="pdf",
        filename="water.pdf",
    )
    (tmp_path / "cover.eml").write_bytes(bytes(message))
    document = parse_file(tmp_path / "cover.eml")
    assert document.story.title == "Clinics on the move in Roraima"  # the release's own
    assert "here is the release" not in " ".join(b.text for b in document.story.body)
    assert "Ana Pérez" in {c.name for c in document.contacts}
    (other,) = document.more
    assert other.story.title == "Safe water for Pacaraima's schools"
    assert other.name == "cover.eml › water.pdf"
    code = main(["--library", str(tmp_path / "lib"), "import", str(tmp_path / "cover.eml")])
    assert code == 0 and "also in this file: cover.eml › water.pdf" in capsys.readouterr().out
    assert main(["--library", str(tmp_path / "lib"), "list", "stories", "--json"]) == 0
    titles = {s["title"] for s in json.loads(capsys.readouterr().out)}
    assert titles == {"Clinics on the move in Roraima", "Safe water for Pacaraima's schools"}


def _refused(tmp_path, capsys, path) -> str:
    code = main(["--library", str(tmp_path / "lib"), "import", str(path)])
    err = capsys.readouterr().err
    assert code == 3 and path.name in err
    return err


def test_email_with_a_200_mb_attachment_is_refused_unread(tmp_path, capsys):
    """Written in pieces: the test never holds the 270 MB of base64 in memory."""
    path = tmp_path / "huge.eml"
    with path.open("wb") as out:
        boundary = b"==BOUNDARY=="
        out.write(
            b"From: ana@iom.int\r\nSubject: Video\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\r\n\r\n'
        )
        out.write(b"--" + boundary + b"\r\nContent-Type: text/plain\r\n\r\nThe video.\r\n")
        out.write(
            b"--" + boundary + b"\r\nContent-Type: video/mp4\r\n"
            b'Content-Disposition: attachment; filename="field.mp4"\r\n'
            b"Content-Transfer-Encoding: base64\r\n\r\n"
        )
        line = base64.b64encode(b"\0" * 57) + b"\r\n"
        block = line * 18_000  # about 1 MB of base64
        for _ in range(270):
            out.write(block)
        out.write(b"--" + boundary + b"--\r\n")
    err = _refused(tmp_path, capsys, path)
    assert "larger than 60 MB" in err


def test_attachment_over_its_limit_is_refused_before_decoding(tmp_path, capsys, monkeypatch):
    """The attachment limit (40 MB) lowered to 1 MB, so the file stays small."""
    monkeypatch.setattr(eml, "MAX_ATTACHMENT_BYTES", 1024 * 1024)
    message = _message("Photos")
    message.set_content("\n\n".join(STORY))
    message.add_attachment(
        b"\0" * (2 * 1024 * 1024), maintype="image", subtype="jpeg", filename="big.jpg"
    )
    (tmp_path / "big.eml").write_bytes(bytes(message))
    err = _refused(tmp_path, capsys, tmp_path / "big.eml")
    assert "the attachment “big.jpg” is larger than 1 MB" in err


def test_damaged_attachment_refuses_the_whole_email(tmp_path, capsys):
    message = _message()
    message.set_content("\n\n".join(STORY))
    message.add_attachment(b"not a photo", maintype="image", subtype="jpeg", filename="x.jpg")
    (tmp_path / "bad.eml").write_bytes(bytes(message))
    assert "attachment “x.jpg” cannot be imported" in _refused(
        tmp_path, capsys, tmp_path / "bad.eml"
    )
    code = main(["--library", str(tmp_path / "lib"), "list", "stories", "--json"])
    assert code == 0 and json.loads(capsys.readouterr().out) == []


def test_not_an_email(tmp_path, capsys):
    (tmp_path / "notes.eml").write_bytes(b"just some words\nand more\n")
    assert "not an e-mail" in _refused(tmp_path, capsys, tmp_path / "notes.eml")


def test_forwarded_release_is_the_story(tmp_path):
    """Forwarded inline (plain text): the short note above is dropped, the header lines too."""
    message = _message("Fwd: Clinics on the move in Roraima")
    message.set_content(
        "FYI, for the kit.\n\n---------- Forwarded message ---------\n"
        "From: Ana Pérez <aperez@iom.int>\nDate: Thu, 2 May 2024 at 09:12\n"
        "Subject: Clinics on the move in Roraima\nTo: <press@iom.int>\n\n"
        + "\n\n".join(STORY)
        + f"\n\n-- \n{SIGNATURE}\n"
    )
    (tmp_path / "fwd.eml").write_bytes(bytes(message))
    document = parse_file(tmp_path / "fwd.eml")
    assert document.story.title == "Clinics on the move in Roraima"
    texts = [b.text for b in document.story.body]
    assert texts[0].startswith("Mobile clinics now reach families") and len(texts) == 3
    assert "FYI" not in " ".join(texts) and "From:" not in " ".join(texts)
    assert {c.email for c in document.contacts} == {"aperez@iom.int"}


def test_forwarded_html_from_gmail(tmp_path):
    message = _message("TR: Clinics on the move in Roraima")
    message.set_content("plain copy")
    message.add_alternative(
        "<div dir='ltr'>Pour le dossier.<br><br><div class='gmail_quote'>"
        "<div dir='ltr' class='gmail_attr'>---------- Forwarded message ---------<br>"
        "From: <b>Ana Pérez</b> &lt;aperez@iom.int&gt;<br>Date: Thu, 2 May 2024<br>"
        "Subject: Clinics on the move in Roraima<br></div><br><br>"
        + "".join(f"<p>{text}</p>" for text in STORY)
        + "<blockquote>older reply that must go</blockquote></div></div>",
        subtype="html",
    )
    (tmp_path / "fwd-html.eml").write_bytes(bytes(message))
    story = parse_file(tmp_path / "fwd-html.eml").story
    assert story.title == "Clinics on the move in Roraima"
    assert story.dateline.place == "BOA VISTA, Brazil"
    everything = " ".join(b.text for b in story.body)
    assert everything.startswith("Mobile clinics now reach families")
    assert "two hundred patients" in everything and "We go where the families are" in everything
    for gone in ("Pour le dossier", "Forwarded message", "aperez@iom.int", "older reply"):
        assert gone not in everything
