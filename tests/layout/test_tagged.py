"""Every edition is a tagged PDF (PDF/UA-1): opened with pikepdf, its structure tree holds
every piece of page content that is not an Artifact, each photo is a Figure with alt text,
the headings come in the kit's order, the language and title are set; and the `pdfua`
checker finds nothing wrong with the press kit, the handout and the booklet."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace

import pikepdf
import pytest
from pypdf import PdfReader

from mediakit.model import Edition, KitOptions, Language, Paper

from .sample import sample_content

EDITIONS = (Edition.PRESS, Edition.HANDOUT, Edition.BOOKLET)
PAINTING = {"Tj", "TJ", "'", '"', "Do", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh"}


def _variants():
    for edition in EDITIONS:
        for print_ready in (False, True):
            for language in (Language.EN, Language.ES):
                yield pytest.param(
                    edition,
                    print_ready,
                    language,
                    id=f"{edition.value}-{'print' if print_ready else 'screen'}-{language.value}",
                )


VARIANTS = list(_variants())


@pytest.fixture(scope="module")
def tagged(kit_pdf):
    def _pdf(edition, print_ready=False, language=Language.EN) -> bytes:
        return kit_pdf(
            edition=edition,
            print_ready=print_ready,
            language=language,
            with_photo=True,
            with_album=True,
        )

    return _pdf


class Tree:
    """The structure tree of a PDF: its elements in order, and each content item in it."""

    def __init__(self, pdf: pikepdf.Pdf) -> None:
        self.elements: list[pikepdf.Dictionary] = []
        self.items: dict[tuple, pikepdf.Dictionary] = {}  # (page objgen, MCID) -> element
        self.objects: list[pikepdf.Dictionary] = []  # annotations by /OBJR
        self._walk(pdf.Root.StructTreeRoot.K, None)

    def _walk(self, node, page) -> None:
        if isinstance(node, pikepdf.Array):
            for kid in node:
                self._walk(kid, page)
            return
        page = node.get("/Pg", page)
        self.elements.append(node)
        kids = node.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            if isinstance(kid, int):
                self.items[(page.objgen, kid)] = node
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                self.items[(kid.get("/Pg", page).objgen, int(kid.MCID))] = node
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                self.objects.append(kid.Obj)
            elif isinstance(kid, pikepdf.Dictionary):
                self._walk(kid, page)

    def roles(self, role: str) -> list[pikepdf.Dictionary]:
        return [e for e in self.elements if e.get("/S") == role]


def _content(page: pikepdf.Page):
    """Each painting operator of the page with the marked content it is in, innermost last:
    (operator, operands, [(tag, MCID or None)...])."""
    stack: list[tuple[str, int | None]] = []
    for instruction in pikepdf.parse_content_stream(page):
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            yield "BI", [], list(stack)
            continue
        op, operands = str(instruction.operator), instruction.operands
        if op == "BMC":
            stack.append((str(operands[0]), None))
        elif op == "BDC":
            properties = operands[1]
            mcid = properties.get("/MCID") if isinstance(properties, pikepdf.Dictionary) else None
            stack.append((str(operands[0]), None if mcid is None else int(mcid)))
        elif op == "EMC":
            stack.pop()
        elif op in PAINTING:
            yield op, operands, list(stack)
    assert not stack, "a marked-content sequence is left open at the end of the page"


@pytest.mark.parametrize(("edition", "print_ready", "language"), VARIANTS)
def test_every_piece_of_content_is_in_the_tree_or_an_artifact(
    tagged, edition, print_ready, language
):
    with pikepdf.open(io.BytesIO(tagged(edition, print_ready, language))) as pdf:
        tree = Tree(pdf)
        seen = set()
        for number, page in enumerate(pdf.pages, start=1):
            images = {
                name
                for name, xobject in (page.Resources.get("/XObject") or {}).items()
                if xobject.get("/Subtype") == "/Image"
            }
            for op, operands, stack in _content(page):
                assert stack, f"page {number}: {op} is neither tagged content nor an Artifact"
                if stack[0][0] == "/Artifact":
                    assert len(stack) == 1, f"page {number}: tagged content inside an Artifact"
                    assert op != "Do" or str(operands[0]) not in images, "a photo as an Artifact"
                    continue
                tag, mcid = stack[0]
                assert mcid is not None, f"page {number}: {tag} content without an MCID"
                element = tree.items.get((page.obj.objgen, mcid))
                assert element is not None, f"page {number}: MCID {mcid} is not in the tree"
                seen.add((page.obj.objgen, mcid))
                if op == "Do" and str(operands[0]) in images:
                    assert element.S == "/Figure" and str(element.Alt).strip()
        # ...and the tree names no content that is not there.
        assert set(tree.items) <= seen | _empty_items(pdf)


def _empty_items(pdf) -> set:
    """Marked content that paints nothing (a paragraph of spaces): in the tree all the same."""
    found = set()
    for page in pdf.pages:
        for instruction in pikepdf.parse_content_stream(page):
            if str(getattr(instruction, "operator", "")) == "BDC":
                properties = instruction.operands[1]
                if isinstance(properties, pikepdf.Dictionary) and "/MCID" in properties:
                    found.add((page.obj.objgen, int(properties.MCID)))
    return found


@pytest.mark.parametrize(("edition", "print_ready", "language"), VARIANTS)
def test_the_document_says_its_language_title_and_that_it_is_pdf_ua(
    tagged, edition, print_ready, language
):
    with pikepdf.open(io.BytesIO(tagged(edition, print_ready, language))) as pdf:
        root = pdf.Root
        assert root.MarkInfo.Marked is True
        assert str(root.Lang) == language.value
        assert root.ViewerPreferences.DisplayDocTitle is True
        assert str(pdf.docinfo.Title) == "Refugees and Migrants from Venezuela"
        xmp = root.Metadata.read_bytes().decode("utf-8")
        assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
        assert "Refugees and Migrants from Venezuela" in xmp
        assert "/StructParents" in pdf.pages[0] or edition is Edition.BOOKLET
        tree = Tree(pdf)
        assert tree.elements[0].S == "/Document"
        for page in pdf.pages:
            for annot in page.get("/Annots") or []:
                if annot.Subtype == "/Link":
                    assert str(annot.Contents).strip() and "/StructParent" in annot
                    assert annot.objgen in {o.objgen for o in tree.objects}
                    assert page.Tabs == "/S"


@pytest.mark.parametrize("edition", EDITIONS, ids=lambda e: e.value)
def test_every_photo_is_a_figure_with_its_alt_text(tagged, edition):
    with pikepdf.open(io.BytesIO(tagged(edition))) as pdf:
        figures = Tree(pdf).roles("/Figure")
    alts = [str(f.Alt) for f in figures]
    assert alts and all(a.strip() for a in alts)
    # The sample's photo 1 has a caption: with no alt text of its own, its caption says it.
    content = sample_content(with_photo=True)
    photo = next(p for p in content.photos.values() if p.has_image)
    assert " ".join(photo.caption.split()) in alts


def test_a_photos_alt_text_is_its_figures_and_a_qr_code_says_its_address(build):
    content = sample_content(with_photo=True)
    photo_id, photo = next((i, p) for i, p in content.photos.items() if p.has_image)
    described = replace(photo, alt_text="A doctor reads an x-ray to a patient.")
    content = replace(content, photos={**content.photos, photo_id: described})
    with pikepdf.open(io.BytesIO(build(content))) as pdf:
        alts = [str(f.Alt) for f in Tree(pdf).roles("/Figure")]
    assert "A doctor reads an x-ray to a patient." in alts
    assert any(a.startswith("https://") for a in alts)  # the back cover's QR code


def test_the_headings_follow_the_kit_and_its_bookmarks(tagged):
    pdf_bytes = tagged(Edition.PRESS)
    reader = PdfReader(io.BytesIO(pdf_bytes))
    bookmarked = [
        reader.get_destination_page_number(o) for o in reader.outline if not isinstance(o, list)
    ]
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        pages = {page.objgen: index for index, page in enumerate(pdf.pages)}
        tree = Tree(pdf)
        heading_pages = [pages[_page_of(h).objgen] for h in tree.roles("/H1")]
        sections = tree.roles("/Sect")
    assert heading_pages == sorted(heading_pages)
    # Every bookmarked section and story starts with an H1 (the covers aside).
    assert set(bookmarked[1:-1]) <= set(heading_pages)
    assert len(sections) == len(bookmarked)


def _page_of(element):
    if "/Pg" in element:
        return element.Pg
    kids = element.K
    return _page_of(kids[0] if isinstance(kids, pikepdf.Array) else kids)


def test_key_figures_and_contacts_are_tables_with_row_headers(tagged):
    with pikepdf.open(io.BytesIO(tagged(Edition.PRESS))) as pdf:
        tree = Tree(pdf)
        tables = tree.roles("/Table")
        assert len(tables) >= 2
        for table in tables:
            for row in table.K:
                assert row.S == "/TR"
                cells = list(row.K)
                assert cells[0].S == "/TH" and cells[0].A.Scope == "/Row"
                assert all(cell.S == "/TD" for cell in cells[1:])


def test_a_story_in_another_language_says_so(build):
    content = sample_content()
    story_id, story = next(iter(content.stories.items()))
    spanish = replace(story, language=Language.ES)
    content = replace(content, stories={**content.stories, story_id: spanish})
    with pikepdf.open(io.BytesIO(build(content))) as pdf:
        assert str(pdf.Root.Lang) == "en"
        langs = [str(s.Lang) for s in Tree(pdf).roles("/Sect") if "/Lang" in s]
    assert langs == ["es"]


@pytest.mark.parametrize("edition", EDITIONS, ids=lambda e: e.value)
def test_the_pdfua_checker_finds_nothing(tagged, tmp_path, edition):
    from pdfua import validate

    path = tmp_path / f"{edition.value}.pdf"
    path.write_bytes(tagged(edition, print_ready=edition is Edition.BOOKLET))
    report = validate(str(path))
    assert not report.findings, [(f.rule_id, f.message) for f in report.findings]


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler's pdfinfo is not here")
def test_poppler_sees_a_tagged_pdf(tagged, tmp_path):
    path = tmp_path / "kit.pdf"
    path.write_bytes(tagged(Edition.PRESS))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert "Tagged:          yes" in info.stdout


def test_a_tagged_kit_is_the_same_bytes_every_time(build):
    content = sample_content(Paper.A4, with_photo=True, options=KitOptions(edition=Edition.BOOKLET))
    assert build(content) == build(content)


DEMO_KIT = "Venezuela situation — press kit"


@pytest.fixture(scope="module")
def demo_with_photos(demo_template, tmp_path_factory):
    """The demo library with an image attached to each of its six photo slots."""
    from PIL import Image

    from mediakit.cli import main

    work = tmp_path_factory.mktemp("tagged-demo")
    root = work / "library"
    shutil.copytree(demo_template, root)
    for slot in range(1, 7):
        path = work / f"slot{slot}.jpg"
        Image.new("RGB", (1200 + 100 * slot, 900), (30 * slot, 90, 160)).save(path, quality=85)
        assert main(["--library", str(root), "photo", "attach", str(slot), str(path)]) == 0
    return root


@pytest.mark.parametrize("edition", EDITIONS, ids=lambda e: e.value)
def test_the_demo_kit_with_its_photos_passes_the_pdfua_checker(demo_with_photos, tmp_path, edition):
    from pdfua import validate

    from mediakit.cli import main

    target = tmp_path / f"{edition.value}.pdf"
    args = ["--library", str(demo_with_photos), "build", DEMO_KIT, "-o", str(target)]
    assert main([*args, "--edition", edition.value]) == 0
    report = validate(str(target))
    assert not report.findings, [(f.rule_id, f.message) for f in report.findings]
    with pikepdf.open(target) as pdf:
        alts = [str(f.Alt) for f in Tree(pdf).roles("/Figure")]
    assert len(alts) >= (1 if edition is Edition.HANDOUT else 6) and all(a.strip() for a in alts)
