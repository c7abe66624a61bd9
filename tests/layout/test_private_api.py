"""ReportLab's and pypdf's private names we use are still there, and used in one module only.

Run before bumping either library (pyproject.toml pins them): each entry of
`private_api.PRIVATE_NAMES` is looked up on a real object, and a failure names the attribute
that is gone and what mediakit needed it for. The fence tests keep every other mediakit module
off those names, so that an upgrade is checked in one place.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import io
import pickle
import pkgutil
from pathlib import Path

import pypdf
import pytest
import reportlab
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase.pdfdoc import LinkAnnotation, PDFDocument, PDFImageXObject, PDFPage
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Paragraph, Table

import mediakit
import mediakit.layout
from mediakit.layout import platypus_import, private_api
from mediakit.layout.private_api import PRIVATE_NAMES, PrivateName
from mediakit.paths import asset

PACKAGE = Path(mediakit.__file__).parent
PRIVATE_API = Path(private_api.__file__)


def _frame() -> Frame:
    """A frame that has placed a paragraph (platypus sets its cursor as it adds)."""
    frame = Frame(0, 0, 200, 300)
    frame.add(_paragraph(), Canvas(io.BytesIO()))
    return frame


def _paragraph() -> Paragraph:
    paragraph = Paragraph("Refugees and migrants find work. " * 5, getSampleStyleSheet()["Normal"])
    paragraph.wrap(150, 300)
    return paragraph


def _table() -> Table:
    table = Table([["a", "b"], ["c", "d"]])
    table.wrap(200, 300)
    return table


def _font() -> TTFont:
    return TTFont("PrivateApiTest", str(asset("fonts", "NotoSans-Regular.ttf")))


# One real object of each class the table names (a new class in the table needs one here).
REAL_OBJECTS = {
    "reportlab.platypus.frames.Frame": _frame,
    "reportlab.platypus.tables.Table": _table,
    "reportlab.platypus.paragraph.Paragraph": _paragraph,
    "reportlab.pdfgen.canvas.Canvas": lambda: Canvas(io.BytesIO()),
    "reportlab.pdfbase.pdfdoc.PDFDocument": PDFDocument,
    "reportlab.pdfbase.pdfdoc.PDFImageXObject": lambda: PDFImageXObject("test"),
    "reportlab.pdfbase.ttfonts.TTFont": _font,
    "reportlab.pdfbase.ttfonts.TTFontFace": lambda: _font().face,
    "pypdf.PdfWriter": pypdf.PdfWriter,
    "reportlab.pdfbase.pdfdoc.PDFPage": PDFPage,
    "reportlab.pdfbase.pdfdoc.LinkAnnotation": lambda: LinkAnnotation((0, 0, 1, 1), "", "[0]"),
}

# What two patterns must still look like for platypus_import to recognise them.
PATTERN_TEXT = {
    "uri_pat": lambda pattern: pattern.startswith(platypus_import._URI_PATTERN_START),
    "rx": lambda pattern: pattern == platypus_import._CJK_PATTERN,
}


def _gone(entry: PrivateName, what: str = "no longer has") -> str:
    library, version = (
        ("pypdf", pypdf.__version__)
        if entry.owner.startswith("pypdf")
        else ("ReportLab", reportlab.Version)
    )
    owner = entry.owner.rsplit(".", 1)[-1] if entry.owner in REAL_OBJECTS else entry.owner
    return (
        f"{library} {version} {what} {owner}.{entry.name}, used by "
        f"mediakit/layout/{entry.used_by} to {entry.purpose}"
    )


def _owner(entry: PrivateName):
    if entry.owner in REAL_OBJECTS:
        return REAL_OBJECTS[entry.owner]()
    if entry.owner.rsplit(".", 1)[-1][:1].isupper():
        pytest.fail(f"add a real {entry.owner} to REAL_OBJECTS, to check {entry.name} on")
    try:
        return importlib.import_module(entry.owner)
    except ImportError:
        pytest.fail(_gone(entry, "has no module for"))


@pytest.mark.parametrize("entry", PRIVATE_NAMES, ids=lambda e: f"{e.owner}.{e.name}")
def test_each_private_name_we_use_is_still_there(entry: PrivateName):
    value = _owner(entry)
    for part in entry.name.split("."):
        assert hasattr(value, part), _gone(entry)
        value = getattr(value, part)
    if entry.name in PATTERN_TEXT:
        assert PATTERN_TEXT[entry.name](value.pattern), _gone(entry, "has a different pattern in")


def test_the_frame_cursor_and_room_are_where_platypus_adds_the_next_flowable():
    frame, paragraph = Frame(0, 0, 200, 300, showBoundary=0), _paragraph()
    assert private_api.frame_is_empty(frame)
    top, room = private_api.frame_cursor(frame), private_api.frame_room(frame)
    assert room == 300 - 12  # the default padding is 6 pt on each side
    frame.add(paragraph, Canvas(io.BytesIO()))
    assert not private_api.frame_is_empty(frame)
    assert private_api.frame_cursor(frame) == pytest.approx(top - paragraph.height)
    assert private_api.frame_room(frame) == pytest.approx(room - paragraph.height)
    assert private_api.frame_width(frame) == 200 - 12


def test_a_wrapped_tables_sizes_are_its_rows_and_columns():
    table = Table([["a", "b"], ["c", "d"]], colWidths=[40, 60], rowHeights=[20, 30])
    table.wrap(200, 300)
    assert list(private_api.table_widths(table)) == [40, 60]
    assert list(private_api.table_heights(table)) == [20, 30]


def test_a_parsed_font_taken_apart_and_restored_is_the_same_font():
    parsed = _font()
    parts = private_api.font_parts(parsed)
    assert parts is not None
    restored = private_api.restored_font(*pickle.loads(pickle.dumps(parts)))
    assert vars(restored).keys() == vars(parsed).keys()
    assert vars(restored.face).keys() == vars(parsed.face).keys()
    assert restored.face._pdfScale(517) == parsed.face._pdfScale(517)
    assert restored.stringWidth("Refugees", 10) == parsed.stringWidth("Refugees", 10)


def test_a_jpeg_is_embedded_once_however_often_it_is_placed():
    canv, data = Canvas(io.BytesIO()), _tiny_jpeg()
    width, height, components = private_api.jpeg_header(data)
    for _ in range(2):
        private_api.add_jpeg_form(canv, "mk-test", data, width, height, gray=components == 1)
        canv.doForm("mk-test")
    canv.showPage()
    canv.save()
    reader = pypdf.PdfReader(io.BytesIO(canv.getpdfdata()))
    images = reader.pages[0]["/Resources"]["/XObject"]
    assert len(images) == 1
    image = next(iter(images.values())).get_object()
    assert image["/Filter"] == ["/DCTDecode"] and image.get_data() == data


def _tiny_jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 4), "#336699").save(out, "JPEG")
    return out.getvalue()


# The fence: no other module touches these names.


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        if path != PRIVATE_API:
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"


# Words too common to fence: other objects have a `state` or `lines` of their own.
# Words our own code uses too (the library's Catalog is the SQLite catalog).
COMMON_WORDS = {"state", "lines", "pages", "Catalog"}


def test_no_other_module_uses_a_name_of_the_table():
    names = {part for e in PRIVATE_NAMES for part in e.name.split(".")} - COMMON_WORDS
    modules = {e.owner for e in PRIVATE_NAMES if e.owner not in REAL_OBJECTS}
    found = []
    for path, tree in _modules():
        if path.name == "platypus_import.py":
            continue  # it owns its two patterns, checked above
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in names:
                found.append(f"{_where(path, node)}: .{node.attr}")
            elif isinstance(node, ast.Constant) and node.value in names:
                found.append(f"{_where(path, node)}: {node.value!r}")
            elif isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if alias.name in names or f"{node.module}.{alias.name}" in modules:
                        found.append(f"{_where(path, node)}: imports {alias.name}")
    assert not found, f"use mediakit.layout.private_api instead: {found}"


def test_the_layout_reads_no_private_attribute_of_another_object():
    found = []
    for path, tree in _modules():
        if "layout" not in path.parts:
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
            ):
                found.append(f"{_where(path, node)}: {ast.unparse(node)}")
    assert not found, f"a private name of ReportLab or pypdf? put it in private_api: {found}"


def _library_subclasses():
    """(module path, class, its ReportLab/pypdf bases) for every such class in the layout."""
    for info in pkgutil.iter_modules(mediakit.layout.__path__, "mediakit.layout."):
        module = importlib.import_module(info.name)
        for cls in vars(module).values():
            if not inspect.isclass(cls) or cls.__module__ != module.__name__:
                continue
            bases = [
                b for b in cls.__mro__[1:] if b.__module__.split(".")[0] in ("reportlab", "pypdf")
            ]
            if bases:
                yield Path(module.__file__), cls, bases


def test_our_subclasses_neither_read_nor_override_their_bases_private_names():
    found = []
    for path, cls, bases in _library_subclasses():
        source = "".join(inspect.getsource(base) for base in bases)
        tree = ast.parse(inspect.getsource(cls).lstrip())
        used = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
        used |= {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
        for name in sorted(used):
            if not name.startswith("_") or name.startswith("__"):
                continue
            if any(name in vars(base) for base in bases) or f"self.{name}" in source:
                found.append(f"{path.name}: {cls.__name__}.{name}")
    assert not found, f"a ReportLab/pypdf private name, used in a subclass: {found}"
