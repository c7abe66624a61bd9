"""E-mails (.eml) read with the standard library's `email` package: the message's own words as
a story (quoted replies, signatures and disclaimers dropped), the sender's signature as a
contact, and every attachment read as what it is (photos, documents, vCards) by the same
importers as a file of its own — in a private temporary folder, under a safe name."""

from __future__ import annotations

import re
import tempfile
from dataclasses import replace
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parseaddr
from pathlib import Path

from mediakit.importers.contacts import contacts_from_lines
from mediakit.importers.structure import ParsedDocument
from mediakit.model import BadInputError, Contact, MediakitError

MAX_EML_BYTES = 60 * 1024 * 1024  # mail servers refuse far smaller messages
MAX_ATTACHMENT_BYTES = 40 * 1024 * 1024
MAX_ATTACHMENTS = 50
MIN_PHOTO_SIDE = 300  # pixels: a smaller picture is a logo or an icon
SHORT_NOTE_WORDS = 40  # a body this short over an attached release is only a cover note
UNTITLED = "no title line was found; the first words stand in until you give it one"

_REPLY_HEADER = re.compile(
    r"^\s*(?:On\s.{4,200}\swrote:|El\s.{4,200}\sescribi[óo]:|Le\s.{4,200}\sa\s[ée]crit\s?:"
    r"|Em\s.{4,200}\sescreveu:|-{2,}\s*(?:Original Message|Mensaje original|Message d'origine"
    r"|Mensagem original|Forwarded message|Mensaje reenviado|Message transf[ée]r[ée]"
    r"|Mensagem encaminhada)\s*-{2,}"
    r"|Begin forwarded message:|Inicio del mensaje reenviado:"
    r"|D[ée]but du message r[ée]exp[ée]di[ée]\s?:"
    r"|(?:From|De|Von):\s.+)\s*$",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"\b(?:confidential|confidencial|confidentiel|disclaimer|aviso legal"
    r"|intended (?:solely|only) for|destinado exclusivamente|destin[ée]e? exclusivement"
    r"|please consider the environment|antes de imprimir)\b",
    re.IGNORECASE,
)
_FORWARDED = re.compile(r"^\s*(?:fwd?|fw|tr|enc|rv|wg)\s*:", re.IGNORECASE)
_HEADER_LINE = re.compile(
    r"^\s*(?:From|De|Von|Date|Fecha|Data|Sent|Enviado|Envoy[ée]|Gesendet|Subject|Asunto"
    r"|Assunto|Objet|Betreff|To|Para|À|An|Cc|Reply-To)\s*:",
    re.IGNORECASE,
)
_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:fwd?|fw|re|rv|tr|enc|aw|wg)\s*:\s*)+", re.IGNORECASE)
_UNSAFE_NAME = re.compile(r"[^\w .()+-]", re.UNICODE)


def parse_eml_file(
    path: Path, *, max_bytes: int | None = None, max_attachment: int | None = None
) -> ParsedDocument:
    path = Path(path)
    max_bytes = max_bytes or MAX_EML_BYTES
    max_attachment = max_attachment or MAX_ATTACHMENT_BYTES
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise BadInputError(
                f"the e-mail is larger than {max_bytes // (1024 * 1024)} MB "
                "(with its attachments); refused",
                path,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise BadInputError(f"the file cannot be read ({exc.strerror or exc})", path) from exc
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except (ValueError, TypeError, LookupError, IndexError) as exc:
        raise BadInputError("this e-mail cannot be read (its structure is broken)", path) from exc
    if not isinstance(message, EmailMessage) or not (message["From"] or message["Subject"]):
        raise BadInputError("this is not an e-mail (it has no sender and no subject)", path)
    try:
        return _read(message, path, max_attachment)
    except MediakitError as exc:
        if exc.path == path:
            raise
        raise BadInputError(exc.message, path) from exc
    except (ValueError, TypeError, LookupError, UnicodeError) as exc:
        raise BadInputError("a part of this e-mail is damaged", path) from exc


def _read(message: EmailMessage, path: Path, max_attachment: int) -> ParsedDocument:
    subject = _subject(str(message["Subject"] or ""))
    body_part = message.get_body(preferencelist=("html", "plain"))
    attachments = _attachments(message, body_part, path, max_attachment)
    forwarded = bool(_FORWARDED.match(str(message["Subject"] or "")))
    own, signature = _own_words(message, body_part, path, subject, forwarded)
    sender = _sender(str(message["From"] or ""), signature)
    documents, notes = _attached_documents(attachments, path)
    stories = [d for d in documents if d.story is not None]
    if own is not None and stories and _words(own) < SHORT_NOTE_WORDS:
        notes.append("the message only covers the attached document; its text was not kept")
        own = None
    if own is None and stories:
        own, stories = stories[0], stories[1:]
    if own is None and not documents and not sender:
        raise BadInputError("the e-mail has no text and no attachment mediakit reads", path)
    main = own or ParsedDocument(name=path.name, story=None)
    for other in (d for d in documents if d.story is None):  # photos, vCards
        main = _with_items(main, other)
    if sender is not None:
        main = _with_items(main, ParsedDocument(name=path.name, story=None, contacts=(sender,)))
    return replace(
        main,
        name=path.name,
        more=(*main.more, *stories),
        notes=(*main.notes, *notes),
    )


def _own_words(
    message: EmailMessage, body_part, path: Path, subject: str, forwarded: bool
) -> tuple[ParsedDocument | None, list[str]]:
    """The message's own story (its HTML, else its plain text) and its signature's lines; in
    a forwarded message, the forwarded text (with the note above it when it says much)."""
    words, signature = _body(body_part, forwarded)
    own = _own_story(words, body_part, path, subject) if words.strip() else None
    if own is None and body_part is not None and body_part.get_content_type() == "text/html":
        plain = message.get_body(preferencelist=("plain",))
        if plain is not None:
            words, other_signature = _body(plain, forwarded)
            signature = signature or other_signature
            own = _own_story(words, plain, path, subject) if words.strip() else None
    return own, signature


def _words(document: ParsedDocument) -> int:
    story = document.story
    return sum(len(block.text.split()) for block in story.body) if story is not None else 0


def _subject(subject: str) -> str:
    return " ".join(_SUBJECT_PREFIX.sub("", subject).split())


# --- the message's own words


def _body(part, forwarded: bool = False) -> tuple[str, list[str]]:
    """The message's own text (as HTML or plain text, as it came) and its signature's lines."""
    if part is None:
        return "", []
    content = part.get_content()
    if part.get_content_type() == "text/html":
        return _html_own(content, forwarded)
    return _text_own(content, forwarded)


def _text_own(text: str, forwarded: bool = False) -> tuple[str, list[str]]:
    """Plain text up to the quoted reply or the signature, quoted lines and disclaimers out;
    in a forwarded message, the text forwarded."""
    kept: list[str] = []
    signature: list[str] = []
    lines = text.replace("\r\n", "\n").split("\n")
    at = next((i for i, line in enumerate(lines) if _REPLY_HEADER.match(line)), None)
    if forwarded and at is not None:
        note, note_signature = _text_own("\n".join(lines[:at]))
        rest = lines[at + 1 :]
        while rest and (_HEADER_LINE.match(rest[0]) or not rest[0].strip()):
            rest = rest[1:]
        material, signature = _text_own("\n".join(rest))
        if len(note.split()) >= SHORT_NOTE_WORDS:
            material = f"{note}\n\n{material}"
        return material, signature or note_signature
    for index, line in enumerate(lines):
        if _REPLY_HEADER.match(line):
            break
        if line.rstrip() in ("--", "-- "):
            signature = _signature_lines(lines[index + 1 :])
            break
        if not line.lstrip().startswith(">"):
            kept.append(line)
    paragraphs = re.split(r"\n\s*\n", "\n".join(kept))
    own = [p for p in paragraphs if p.strip() and not _DISCLAIMER.search(p)]
    return "\n\n".join(own).strip(), signature


def _signature_lines(lines: list[str]) -> list[str]:
    signature = []
    for line in lines:
        if _REPLY_HEADER.match(line) or line.lstrip().startswith(">") or _DISCLAIMER.search(line):
            break
        if line.strip():
            signature.append(line.strip())
    return signature[:8]


def _html_own(html: str, forwarded: bool = False) -> tuple[str, list[str]]:
    """The HTML with quoted replies (blockquotes, Gmail's and Outlook's quote blocks, all after
    a reply header) and signature blocks taken out; the signature's lines. In a forwarded
    message the forwarded part is kept, less its header lines and the short note above."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return "", []
    for line_break in root.iter("br"):
        line_break.tail = "\n" + (line_break.tail or "")
    if forwarded:
        _unwrap_forward(root)
    signature: list[str] = []
    for element in root.xpath(
        "//*[contains(@class,'gmail_signature') or contains(@class,'moz-signature')"
        " or @id='Signature' or contains(@class,'signature')]"
    ):
        signature = (
            signature
            or [line.strip() for line in element.text_content().split("\n") if line.strip()][:8]
        )
        element.drop_tree()
    for element in root.xpath(
        "//blockquote | //*[contains(@class,'gmail_quote') or contains(@class,'moz-cite-prefix')"
        " or @id='divRplyFwdMsg' or @id='appendonsend']"
    ):
        _drop_with_following(element)
    for element in list(root.iter("p", "div", "span")):
        text = element.text_content().strip()
        if element.getparent() is None:
            continue
        if _REPLY_HEADER.match(text) and len(text) < 300:
            _drop_with_following(element)
        elif text in ("--", "-- "):
            after = [sib.text_content() for sib in element.itersiblings()]
            signature = signature or _signature_lines("\n".join(after).split("\n"))
            _drop_with_following(element)
        elif _DISCLAIMER.search(text) and len(text) < 1500 and not len(element):
            element.drop_tree()
    return lxml.html.tostring(root, encoding="unicode"), signature


def _unwrap_forward(root) -> None:
    """The forwarded part made the message's own: its header block out, its quote wrappers
    kept, and the note above it dropped when it is short."""
    matches = [
        element
        for element in root.iter("p", "div", "span")
        if _REPLY_HEADER.match(element.text_content().strip().split("\n")[0] or "")
    ]
    if not matches:
        return
    marker = matches[0]
    for element in matches[1:]:  # the innermost: the header block itself
        if marker in element.iterancestors():
            marker = element
    container = marker
    for ancestor in marker.iterancestors():
        if ancestor.tag == "body":
            break
        container = ancestor
        if "gmail_quote" in (ancestor.get("class") or ""):
            ancestor.set("class", "forwarded")
            break
    parent = container.getparent()
    before = list(container.itersiblings(preceding=True))
    note = " ".join(
        [parent.text or "" if parent is not None else ""]
        + [e.text_content() + (e.tail or "") for e in before]
    )
    if len(note.split()) < SHORT_NOTE_WORDS:
        if parent is not None:
            parent.text = None
        for element in before:
            element.tail = None
            element.drop_tree()
    if len(marker.text_content()) < 800:  # the header lines alone, not the text after them
        marker.drop_tree()


def _drop_with_following(element) -> None:
    """`element` and all that follows it in its parent: a quoted reply runs to the end."""
    parent = element.getparent()
    if parent is None:
        return
    for sibling in list(element.itersiblings()):
        parent.remove(sibling)
    element.drop_tree()


def _own_story(words: str, part, path: Path, subject: str) -> ParsedDocument | None:
    """The message's own words as a story (the HTML through the web page reader, else the
    plain text), titled with the subject when its text has no title."""
    from mediakit.importers.html import parse_html
    from mediakit.importers.text import parse_text

    try:
        if part.get_content_type() == "text/html":
            document = parse_html(words, name=path.name, path=path)
        else:
            document = parse_text(words, name=path.name)
    except BadInputError:
        return None
    if document.story is None:
        return None
    if subject and UNTITLED in document.notes:
        document = replace(
            document,
            story=replace(document.story, title=subject),
            notes=tuple(n for n in document.notes if n != UNTITLED),
        )
    return replace(document, site="")


def _sender(sender: str, signature: list[str]) -> Contact | None:
    """The person the signature names (with the sender's address when it gives none)."""
    if not signature:
        return None
    name, address = parseaddr(sender)
    found = contacts_from_lines(signature)
    if found:
        person = found[0]
        return replace(person, email=person.email or address)
    first = signature[0]
    if not address or len(first.split()) > 5 or re.search(r"\d|@", first):
        return None
    role = signature[1] if len(signature) > 1 and not re.search(r"\d|@", signature[1]) else ""
    return Contact(None, first, role=role, email=address)


# --- attachments


def _attachments(
    message: EmailMessage, body_part, path: Path, max_attachment: int
) -> list[tuple[str, bytes]]:
    """(safe name, bytes) of every attachment; a part too large is refused before decoding."""
    found: list[tuple[str, bytes]] = []
    for part in message.walk():
        if part.is_multipart() or part is body_part:
            continue
        filename = part.get_filename() or ""
        kind = part.get_content_type()
        if not filename and kind.startswith("text/"):
            continue  # the body's other form (plain beside HTML)
        if not filename and part.get_content_maintype() not in ("image", "application"):
            continue
        name = _safe_name(filename, kind, len(found) + 1)
        encoded = part.get_payload(decode=False)
        encoded_size = len(encoded) if isinstance(encoded, str | bytes) else 0
        if encoded_size * 3 // 4 > max_attachment:
            raise BadInputError(
                f"the attachment “{name}” is larger than {max_attachment // (1024 * 1024)} MB; "
                "refused",
                path,
            )
        if len(found) >= MAX_ATTACHMENTS:
            raise BadInputError(f"the e-mail has more than {MAX_ATTACHMENTS} attachments", path)
        data = part.get_payload(decode=True) or b""
        found.append((name, data))
    return found


def _safe_name(filename: str, kind: str, number: int) -> str:
    """The attachment's own name with no folders, no odd characters and a sane length."""
    import mimetypes

    base = filename.replace("\\", "/").split("/")[-1]
    base = _UNSAFE_NAME.sub("_", "".join(ch for ch in base if ch.isprintable())).strip(" .")
    if not base:
        base = f"attachment{number}{mimetypes.guess_extension(kind) or ''}"
    stem, dot, ext = base.rpartition(".")
    return f"{stem[:100]}.{ext[:10]}" if dot and stem else base[:110]


def _attached_documents(
    attachments: list[tuple[str, bytes]], path: Path
) -> tuple[list[ParsedDocument], list[str]]:
    """Each attachment read by the importer for its kind, from a private temporary folder."""
    from mediakit.importers.files import PARSERS, file_extension, parse_file

    documents, notes = [], []
    with tempfile.TemporaryDirectory(prefix="mediakit-mail-") as folder:
        for number, (name, data) in enumerate(attachments, start=1):
            extension = file_extension(Path(name))
            if extension in (".eml", ".mediakit") or extension not in PARSERS:
                notes.append(
                    f"the attachment “{name}” was not imported (not a kind mediakit reads)"
                )
                continue
            # a folder each: two attachments of the same name never meet
            place = Path(folder) / str(number)
            place.mkdir()
            target = place / name
            target.write_bytes(data)
            try:
                document = parse_file(target)
            except MediakitError as exc:
                raise BadInputError(
                    f"its attachment “{name}” cannot be imported: {_reason(exc)}", path
                ) from exc
            finally:
                target.unlink(missing_ok=True)
            if _too_small(document):
                notes.append(f"the picture “{name}” was left out: too small to be a photo")
                continue
            documents.append(replace(document, name=f"{path.name} › {name}"))
    return documents, notes


def _too_small(document: ParsedDocument) -> bool:
    """A picture in a signature or a letterhead (a logo, an icon), not a photo."""
    sizes = [max(image.width, image.height) for image in document.images.values()]
    return document.story is None and bool(sizes) and max(sizes) < MIN_PHOTO_SIDE


def _reason(error: MediakitError) -> str:
    return error.message.rstrip(".")


def _with_items(main: ParsedDocument, other: ParsedDocument) -> ParsedDocument:
    """`main` with `other`'s photos (their images renumbered after main's) and contacts."""
    offset = len(main.photos)
    images = dict(main.images)
    images.update({offset + index: image for index, image in other.images.items()})
    known = {c.email.casefold() for c in main.contacts if c.email}
    contacts = [c for c in other.contacts if not c.email or c.email.casefold() not in known]
    return replace(
        main,
        photos=main.photos + other.photos,
        images=images,
        contacts=main.contacts + tuple(contacts),
        notes=main.notes + tuple(n for n in other.notes if n not in main.notes),
    )
