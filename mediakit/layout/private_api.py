"""Every use of ReportLab's and pypdf's private or undocumented API, in one place.

The layout needs a few things neither library offers publicly: where a frame's cursor is, a
table's sizes after a wrap, a JPEG embedded as it is, an indirect object added to a pypdf
writer, a parsed font pickled. Each is one small function here, saying what public thing is
missing; the rest of the layout calls these and touches no private name itself (a test keeps
that so). `PRIVATE_NAMES` lists every name used, with its owner and what it is for: the test
tests/layout/test_private_api.py finds each on a real object, and fails naming the one an
upgrade removed. pyproject.toml pins the versions this was written for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from weakref import WeakKeyDictionary

from reportlab.lib.styles import str2alignment
from reportlab.pdfbase.pdfdoc import PDFImageXObject
from reportlab.pdfbase.pdfutils import readJPEGInfo
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFont


@dataclass(frozen=True, slots=True)
class PrivateName:
    """One private or undocumented name we rely on: `owner` (a class or module, dotted),
    `name` on it (dotted: an attribute of an attribute), the layout module that needs it
    (a file in mediakit/layout/) and what for."""

    owner: str
    name: str
    used_by: str
    purpose: str


_FRAME = "reportlab.platypus.frames.Frame"
_TABLE = "reportlab.platypus.tables.Table"
_PARAGRAPH = "reportlab.platypus.paragraph.Paragraph"
_CANVAS = "reportlab.pdfgen.canvas.Canvas"
_PDF_DOCUMENT = "reportlab.pdfbase.pdfdoc.PDFDocument"
_IMAGE_XOBJECT = "reportlab.pdfbase.pdfdoc.PDFImageXObject"
_TTFONT = "reportlab.pdfbase.ttfonts.TTFont"
_TTFACE = "reportlab.pdfbase.ttfonts.TTFontFace"
_QR = "reportlab.graphics.barcode.qrencoder"
_WRITER = "pypdf.PdfWriter"

# fmt: off
PRIVATE_NAMES: tuple[PrivateName, ...] = tuple(PrivateName(*row) for row in (
    # owner, name, used by (in mediakit/layout/), what for
    (_FRAME, "_y", "document.py", "find where the next flowable's top goes (a bookmark's height, a float's room)"),
    (_FRAME, "_y1p", "document.py", "find the frame's bottom inside its padding (the room left for a float)"),
    (_FRAME, "_getAvailableWidth", "document.py", "wrap a float at the width the frame will give it"),
    (_FRAME, "_atTop", "document.py", "never move a float that is first in its frame"),
    (_TABLE, "_colWidths", "pieces.py", "wrap a grid at its own width"),
    (_TABLE, "_rowHeights", "pieces.py", "let a grid split inside a row taller than a page"),
    (_PARAGRAPH, "blPara", "paragraph.py", "know whether a paragraph still has the lines of its last wrap"),
    (_PARAGRAPH, "frags", "paragraph.py", "print each run's characters its face lacks as ones it has"),
    (_PARAGRAPH, "blPara.lines", "contents.py", "count a contents title's lines, to put its page number on the last"),
    (_CANVAS, "_doc", "images.py", "reach the PDF document, to embed each JPEG once"),
    (_CANVAS, "_annotationrefs", "tagging.py", "know which link annotations a tagged paragraph drew"),
    (_PDF_DOCUMENT, "idToObject", "structure.py", "find a page's link annotations, to tag them"),
    (_PDF_DOCUMENT, "Reference", "structure.py", "add the structure tree's objects"),
    (_PDF_DOCUMENT, "Pages.pages", "structure.py", "reach the pages, to set /StructParents and /Tabs"),
    (_PDF_DOCUMENT, "Catalog", "structure.py", "set /StructTreeRoot, /MarkInfo and /Metadata"),
    ("reportlab.pdfbase.pdfdoc.PDFPage", "__NoDefault__", "structure.py", "let a page write /StructParents and /Tabs"),
    ("reportlab.pdfbase.pdfdoc.LinkAnnotation", "permitted", "structure.py", "let a link write /StructParent"),
    ("reportlab.pdfbase.pdfdoc.LinkAnnotation", "otherkw", "structure.py", "give a link its /StructParent"),
    (_CANVAS, "_setXObjects", "images.py", "list a JPEG among the page's XObject resources"),
    (_PDF_DOCUMENT, "getXObjectName", "images.py", "name a JPEG's XObject as canvas.drawImage does"),
    (_PDF_DOCUMENT, "idToObject", "images.py", "see whether a JPEG is in the document already"),
    (_PDF_DOCUMENT, "Reference", "images.py", "add a JPEG's XObject to the document"),
    (_PDF_DOCUMENT, "addForm", "images.py", "let doForm place a JPEG by name"),
    ("reportlab.pdfbase.pdfdoc", "PDFImageXObject", "images.py", "make an image XObject from a JPEG's bytes"),
    (_IMAGE_XOBJECT, "_filters", "images.py", "embed a JPEG as DCTDecode only, without ASCII85"),
    ("reportlab.pdfbase.pdfutils", "readJPEGInfo", "images.py", "read a JPEG's size and components without decoding it"),
    # A cached font is restored through __new__ and the instances' dictionaries: a test
    # compares it with a parse, attribute by attribute.
    (_TTFONT, "state", "disk_cache.py", "leave a font's per-document state out of the cache"),
    (_TTFACE, "_pdfScale", "disk_cache.py", "make again a cached face's unit scaling (pickle cannot keep it)"),
    (_TTFACE, "unitsPerEm", "disk_cache.py", "make a face's unit scaling as ReportLab does"),
    ("reportlab.pdfbase.ttfonts", "TTFNameBytes", "disk_cache.py", "give a font not read yet its face's name"),
    ("reportlab.lib.styles", "str2alignment", "theme.py", "read a theme's alignment words as ReportLab's styles do"),
    (_QR, "QRCode", "qr.py", "encode a link's QR code without making a drawing"),
    (_QR, "QRErrorCorrectLevel", "qr.py", "choose the QR code's error correction"),
    # Checked only: platypus_import.py recognises these two patterns by their source text.
    ("reportlab.platypus.paragraph", "uri_pat", "platypus_import.py", "defer the URI pattern, known by how it begins"),
    ("reportlab.lib.textsplit", "rx", "platypus_import.py", "defer the CJK pattern, known by its text"),
    (_WRITER, "_add_object", "impose.py", "add an indirect object: a page's form, a sheet's content, a link"),
    (_WRITER, "root_object", "impose.py", "set the catalog's /Lang and /ViewerPreferences (documented for reading)"),
))
# fmt: on


# Frames (reportlab.platypus.frames.Frame): platypus keeps the cursor to itself.


def frame_cursor(frame) -> float:
    """Where the next flowable's top goes in `frame` (no public cursor)."""
    return frame._y


def frame_room(frame) -> float:
    """The height left below the cursor of `frame`, its padding excluded (no public room)."""
    return frame._y - frame._y1p


def frame_width(frame) -> float:
    """The width `frame` gives a flowable, as its add() wraps it (the method is private)."""
    return frame._getAvailableWidth()


def frame_is_empty(frame) -> bool:
    """Whether nothing is placed in `frame` yet (platypus's own test is private)."""
    return frame._atTop


# Tables and paragraphs.


def table_widths(table) -> list[float]:
    """A table's column widths (those it was given, or those its last wrap found)."""
    return table._colWidths


def table_heights(table) -> list[float]:
    """A wrapped table's row heights (there is no public accessor)."""
    return table._rowHeights


def paragraph_lines(paragraph):
    """The lines of `paragraph`'s last wrap (its undocumented blPara), None before one."""
    return getattr(paragraph, "blPara", None)


def paragraph_runs(paragraph) -> list:
    """The runs of text `paragraph`'s markup was parsed into (its undocumented frags), each
    with its `text` and `fontName`, before its first wrap."""
    return paragraph.frags


def paragraph_line_count(paragraph) -> int:
    """How many lines `paragraph`'s last wrap made (at least one)."""
    return max(1, len(paragraph.blPara.lines))


def alignment(word: str) -> int:
    """ReportLab's alignment for "left", "centre", "justify"... as its styles read them."""
    return str2alignment(word)


# Images: embedded byte for byte, once per document.


def jpeg_header(data: bytes) -> tuple[int, int, int]:
    """A JPEG's width, height and components, read from its header (undocumented helper)."""
    return readJPEGInfo(BytesIO(data))[:3]


def add_jpeg_form(canv, name: str, data: bytes, width: int, height: int, gray: bool) -> None:
    """Make the JPEG `data` image XObject `name` of `canv`'s document (once), for doForm(name).

    canvas.drawImage would decode the JPEG again to name it and wrap it in ASCII85 (a global
    setting); there is no public way to add an XObject whose bytes we already have."""
    doc = canv._doc
    registered = doc.getXObjectName(name)
    if registered in doc.idToObject:
        return
    xobject = PDFImageXObject(name)
    xobject.width, xobject.height = width, height
    xobject.bitsPerComponent = 8
    xobject.colorSpace = "DeviceGray" if gray else "DeviceRGB"
    xobject.streamContent = data
    xobject._filters = ("DCTDecode",)
    xobject.mask = None
    canv._setXObjects(xobject)
    doc.Reference(xobject, registered)
    doc.addForm(name, xobject)


# Tagging (layout.tagging): which of a page's annotations a flowable drew.


def page_annotation_count(canv) -> int:
    """How many annotations the page being drawn on `canv` has so far (its /Annots, in
    order; the canvas keeps the list to itself)."""
    return len(canv._annotationrefs)


# The structure tree (layout.structure), written into ReportLab's document before it saves.


def rl_document(canv):
    """The PDF document `canv` writes into (the canvas keeps it private)."""
    return canv._doc


def rl_pages(doc) -> list:
    """The document's page objects, in order (undocumented: its page tree's list)."""
    return doc.Pages.pages


def rl_reference(doc, obj):
    """Add `obj` to the document as an indirect object (or name it again); its reference."""
    return doc.Reference(obj)


def rl_object(doc, reference):
    """The object a reference of the document names (an annotation in a page's /Annots)."""
    return doc.idToObject[reference.name]


def rl_set_entries(obj, entries: dict) -> None:
    """Set PDF entries on a ReportLab page, catalog, link annotation or dictionary. Pages and
    annotations write only the keys their class lists: the instance gets a longer list."""
    from reportlab.pdfbase.pdfdoc import LinkAnnotation, PDFCatalog, PDFPage

    if isinstance(obj, PDFPage):
        obj.__NoDefault__ = [
            *obj.__NoDefault__,
            *(k for k in entries if k not in obj.__NoDefault__),
        ]
    if isinstance(obj, PDFCatalog):
        for key, value in entries.items():
            setattr(obj, key, value)
    elif isinstance(obj, LinkAnnotation):
        obj.permitted = (*obj.permitted, *entries)
        for key, value in entries.items():
            if key == "Contents":
                obj.Contents = value
            else:
                obj.otherkw[key] = value
    else:
        for key, value in entries.items():
            obj[key] = value


def rl_catalog(doc):
    return doc.Catalog


# QR codes.


def qr_rows(text: str, level: str) -> list[list]:
    """The QR code of `text` at error correction `level` ("M"...), module rows (truthy: dark).

    ReportLab documents its QR widget, a drawing; the encoder under it is what we need."""
    from reportlab.graphics.barcode import qrencoder  # only kits with a link need it

    encoder = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
    encoder.addData(text)
    encoder.make()
    return encoder.modules


# Fonts: a parsed TTFont pickled and restored (see layout.disk_cache).


def face_name(name: str) -> bytes:
    """A face name as a parsed TTFontFace holds it (pdfmetrics reads its bytes)."""
    return TTFNameBytes(name.encode("utf-8"))


def font_parts(font: TTFont) -> tuple[dict, type, dict] | None:
    """What a parsed `font` is made of, all picklable: its state, its face's type and state.

    None when a document has used the font already (its state is not a clean parse's). The
    face's unit scaling is a lambda pickle cannot take; `restored_font` makes it again."""
    state = dict(vars(font))
    if state.pop("state", None):
        return None
    face = state.pop("face")
    face_state = {k: v for k, v in vars(face).items() if k != "_pdfScale"}
    return state, type(face), face_state


def restored_font(state: dict, face_type: type, face_state: dict) -> TTFont:
    """The TTFont `font_parts` took apart, without reading its file: the same object a parse
    makes (TTFont has no constructor from parsed data)."""
    face = face_type.__new__(face_type)
    vars(face).update(face_state)
    face._pdfScale = _scale(face.unitsPerEm)
    font = TTFont.__new__(TTFont)
    vars(font).update(state, face=face, state=WeakKeyDictionary())
    return font


def _scale(units_per_em: int) -> Callable[[float], float]:
    """The face's unit scaling, as TTFontFile makes it."""
    if units_per_em == 1000:
        return lambda x: x
    multiplier = 1000 / units_per_em
    return lambda x: x * multiplier


# pypdf: its writer adds indirect objects only through a private method.


def add_pdf_object(writer, obj):
    """Add `obj` to pypdf `writer` as an indirect object; its reference (no public method:
    `_add_object` is what pypdf's own page and outline methods use)."""
    return writer._add_object(obj)


def document_root(writer):
    """The document catalog of pypdf `writer`, to set its /Lang and /ViewerPreferences
    (pypdf documents `root_object` for reading, and has no setter for either)."""
    return writer.root_object
