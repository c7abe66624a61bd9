"""The structure tree of a tagged PDF (PDF/UA-1), made from what `tagging` recorded.

ReportLab draws the pages with their marked content; this makes what turns the file into a
tagged PDF: the /StructTreeRoot (Document > Sect per section or story > H1, H2, P, L > LI >
LBody, BlockQuote, Figure with /Alt, Caption, Table > TR > TH/TD, Link with the annotation's
/OBJR), the /ParentTree that leads from each page's MCIDs and each link back to its element,
/StructParents and tab order on the pages, /StructParent and /Contents on links, /MarkInfo,
and the XMP packet that names the file PDF/UA-1 and gives its title. /Lang and
/DisplayDocTitle are the DocTemplate's settings.

The tree is made once, as plain values (`StructureTree`), and written into the PDF being
made: into ReportLab's document just before it is saved (the press kit, the handout), or into
pypdf's writer after imposition (the booklet). Neither re-reads the PDF; nothing in it
depends on the time, so the bytes stay the same for the same kit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import LinkAnnotation, PDFDictionary, PDFObject, PDFStream, PDFString

from mediakit.layout.private_api import (
    rl_catalog,
    rl_document,
    rl_object,
    rl_pages,
    rl_reference,
    rl_set_entries,
)
from mediakit.layout.tagging import Group, Record, Section

_XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>{creator}</xmp:CreatorTool>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


# Values of the tree, for a writer to turn into its own PDF objects.


class Name(str):
    """A PDF name (without its slash)."""


@dataclass(frozen=True, slots=True)
class Ref:
    """The tree's object number `index` (an element, the root, the parent tree)."""

    index: int


@dataclass(frozen=True, slots=True)
class PageRef:
    page: int  # 0-based, in the written PDF


@dataclass(frozen=True, slots=True)
class AnnotRef:
    page: int  # 0-based, in the written PDF
    index: int  # in that page's /Annots


class Writer:
    """What the tree needs of the PDF being written (ReportLab's or pypdf's)."""

    def page_count(self) -> int: ...

    def annotation_count(self, page: int) -> int: ...

    def link(self, page: int, index: int) -> tuple[bool, str]:
        """Whether the annotation is a link, and its URI ('' for one inside the document)."""
        ...

    def write(self, tree: StructureTree) -> None:
        """Add the tree's objects and entries to the PDF."""
        ...


@dataclass
class StructureTree:
    """The tree as plain values: `objects` (dictionaries, each an indirect object, the root
    first), the entries to set on pages and annotations, and the catalog's."""

    objects: list[dict]
    pages: dict[int, dict]
    annotations: dict[tuple[int, int], dict]
    catalog: dict
    metadata: bytes


def structure_tree(
    records: Sequence[Record],
    writer: Writer,
    info: dict[str, str],
    page_of: Callable[[int], int] = lambda page: page,
    annotation_of: Callable[[int, int], AnnotRef | None] | None = None,
) -> StructureTree:
    """The tree of `records` for the PDF `writer` writes. `page_of(page)` is the written page
    a recorded page's content is on (a booklet's sheet), `annotation_of(page, index)` what
    became of its index-th annotation (by default the same one, on the same page); `info`
    holds the title, author, subject, creator and lang for the XMP packet."""
    builder = _Builder(writer, page_of, annotation_of)
    for record in records:
        builder.add(record)
    return builder.finish(info)


class _Builder:
    def __init__(self, writer: Writer, page_of, annotation_of) -> None:
        self.writer = writer
        self.page_of = page_of
        self.annotation_of = annotation_of or (lambda page, index: AnnotRef(page_of(page), index))
        self.objects: list[dict] = [{"Type": Name("StructTreeRoot")}]
        self.document = self._element("Document", Ref(0))
        self.sections: dict[Section, Ref] = {}
        self.groups: dict[int, Ref] = {}
        self.content: dict[int, dict[int, Ref]] = {}  # written page -> MCID -> element
        self.links: list[tuple[AnnotRef, Ref]] = []
        self.claimed: set[AnnotRef] = set()
        self.contents: dict[AnnotRef, str] = {}  # each link's /Contents

    def _element(self, role: str, parent: Ref, **entries) -> Ref:
        ref = Ref(len(self.objects))
        # /Type /StructElem is optional: left out, as in most tagged PDFs, a tenth smaller.
        self.objects.append({"S": Name(role), "P": parent, **entries})
        self._append(parent, ref)
        return ref

    def _append(self, element: Ref, item) -> None:
        self.objects[element.index].setdefault("K", []).append(item)

    def _section(self, section: Section) -> Ref:
        found = self.sections.get(section)
        if found is None:
            found = self._element("Sect", self.document)
            if section.lang:
                self.objects[found.index]["Lang"] = section.lang
            self.sections[section] = found
        return found

    def _group(self, group: Group | None, section: Ref) -> Ref:
        if group is None:
            return section
        found = self.groups.get(id(group))
        if found is None:
            parent = self._group(group.parent, section)
            if group.parent is not None:  # its elder siblings first (a row's TH, then TDs)
                for sibling in group.parent.children:
                    if sibling is group:
                        break
                    self._group(sibling, section)
            found = self._element(group.role, parent)
            if group.attributes:
                owner = "Table" if group.role in ("TH", "TD", "TR", "Table") else "Layout"
                attributes = {k: Name(v) for k, v in group.attributes.items()}
                self.objects[found.index]["A"] = {"O": Name(owner), **attributes}
            self.groups[id(group)] = found
        return found

    def add(self, record: Record) -> None:
        page = self.page_of(record.page)
        parent = self._group(record.tag.group, self._section(record.section))
        role = record.tag.role
        if role is None:  # straight into its group (a table cell)
            target = parent
            self._append(target, {"Type": Name("MCR"), "Pg": PageRef(page), "MCID": record.mcid})
        else:
            if role == "LI":
                parent = self._element("LI", self._list(parent))
                role = "LBody"
            target = self._element(role, parent, Pg=PageRef(page), K=[record.mcid])
            alt = record.tag.alt.strip()
            if alt or role == "Figure":
                self.objects[target.index]["Alt"] = alt or record.text.strip() or role
            if record.tag.lang:
                self.objects[target.index]["Lang"] = record.tag.lang
        self.content.setdefault(page, {})[record.mcid] = target
        for index in record.annots:
            annot = self.annotation_of(record.page, index)
            if annot is not None:
                self._link(annot, target, record.text)

    def _list(self, parent: Ref) -> Ref:
        """The L the next LI goes into: the parent's last child if it is one, else a new L."""
        kids = self.objects[parent.index].get("K") or []
        if kids and isinstance(kids[-1], Ref) and self.objects[kids[-1].index]["S"] == "L":
            return kids[-1]
        return self._element("L", parent)

    def _link(self, annot: AnnotRef, parent: Ref, text: str) -> None:
        is_link, uri = self.writer.link(annot.page, annot.index)
        if not is_link or annot in self.claimed:
            return
        self.claimed.add(annot)
        objr = {"Type": Name("OBJR"), "Obj": annot, "Pg": PageRef(annot.page)}
        link = self._element("Link", parent, K=[objr])
        self.links.append((annot, link))
        self.contents[annot] = uri or " ".join(text.split()) or "Link"

    def finish(self, info: dict[str, str]) -> StructureTree:
        # Links no tagged content drew: in the document all the same.
        for page in range(self.writer.page_count()):
            for index in range(self.writer.annotation_count(page)):
                self._link(AnnotRef(page, index), self.document, "")
        nums: list = []
        pages: dict[int, dict] = {}
        for page in range(self.writer.page_count()):
            pages[page] = {"Tabs": Name("S")}
            by_mcid = self.content.get(page)
            if by_mcid:
                pages[page]["StructParents"] = page
                nums += [page, [by_mcid.get(m) for m in range(max(by_mcid) + 1)]]
        key = self.writer.page_count()
        annotations: dict[tuple[int, int], dict] = {}
        for annot, link in self.links:
            annotations[(annot.page, annot.index)] = {
                "StructParent": key,
                "Contents": self.contents[annot],
            }
            nums += [key, link]
            key += 1
        parent_tree = Ref(len(self.objects))
        self.objects.append({"Nums": nums})
        self.objects[0].update(K=[self.document], ParentTree=parent_tree, ParentTreeNextKey=key)
        catalog = {"StructTreeRoot": Ref(0), "MarkInfo": {"Marked": True}}
        return StructureTree(self.objects, pages, annotations, catalog, xmp_packet(info))


def xmp_packet(info: dict[str, str]) -> bytes:
    """The XMP metadata: the title, author, subject, language, creator, and PDF/UA-1."""
    fields = {k: escape(str(info.get(k) or "")) for k in ("title", "author", "subject", "lang")}
    fields["creator"] = escape(str(info.get("creator") or ""))
    return _XMP.format(**fields).encode("utf-8")


class ReportLabWriter(Writer):
    """Writes a tree into the document of a ReportLab canvas whose pages are all shown."""

    def __init__(self, canv) -> None:
        self.doc = rl_document(canv)
        self.pages = rl_pages(self.doc)
        self.annots = [list(page.Annots or []) for page in self.pages]
        self.refs: list = []
        self.formatted: dict[tuple, bytes] = {}

    def page_count(self) -> int:
        return len(self.pages)

    def _annots(self, page: int) -> list:
        # The list the canvas gave the page (it becomes an array as the document is written).
        return self.annots[page]

    def annotation_count(self, page: int) -> int:
        return len(self._annots(page))

    def link(self, page: int, index: int) -> tuple[bool, str]:
        annot = rl_object(self.doc, self._annots(page)[index])
        if isinstance(annot, LinkAnnotation):
            return True, ""
        if isinstance(annot, PDFDictionary) and str(annot.dict.get("Subtype")) == "/Link":
            action = annot.dict.get("A")
            uri = action.dict.get("URI") if isinstance(action, PDFDictionary) else None
            return True, str(getattr(uri, "s", uri or ""))
        return False, ""

    def write(self, tree: StructureTree) -> None:
        made = [_Formatted(self, entries) for entries in tree.objects]
        self.refs = [rl_reference(self.doc, obj) for obj in made]
        for page, entries in tree.pages.items():
            rl_set_entries(self.pages[page], {k: _Formatted(self, v) for k, v in entries.items()})
        for (page, index), entries in tree.annotations.items():
            annot = rl_object(self.doc, self._annots(page)[index])
            converted = {k: _Formatted(self, v) for k, v in entries.items()}
            if not isinstance(annot, PDFDictionary):  # a LinkAnnotation makes its /Contents
                converted["Contents"] = entries["Contents"]
            rl_set_entries(annot, converted)
        # The catalog makes each of its entries an indirect object: give it objects.
        catalog = {"StructTreeRoot": self.refs[0], "MarkInfo": PDFDictionary({"Marked": "true"})}
        xml = PDFDictionary({"Type": "/Metadata", "Subtype": "/XML"})
        catalog["Metadata"] = rl_reference(self.doc, PDFStream(xml, tree.metadata, filters=[]))
        rl_set_entries(rl_catalog(self.doc), catalog)

    def reference_bytes(self, key: tuple, document) -> bytes:
        """`n 0 R` of one of the tree's objects, a page or an annotation (each made once)."""
        found = self.formatted.get(key)
        if found is None:
            if key[0] == "ref":
                reference = self.refs[key[1]]
            elif key[0] == "page":
                reference = rl_reference(self.doc, self.pages[key[1]])
            else:
                reference = self._annots(key[1])[key[2]]
            found = self.formatted[key] = reference.format(document)
        return found


def _formatted(writer: ReportLabWriter, value, document) -> bytes:
    """A tree value as PDF syntax (names are ASCII words, numbers whole)."""
    kind = type(value)
    if kind is int:
        return b"%d" % value
    if kind is Ref:
        return writer.reference_bytes(("ref", value.index), document)
    if kind is list:
        return b"[" + b" ".join([_formatted(writer, v, document) for v in value]) + b"]"
    if kind is dict:
        items = [
            b"/%s %s" % (k.encode(), _formatted(writer, v, document)) for k, v in value.items()
        ]
        return b"<<" + b" ".join(items) + b">>"
    if kind is Name:
        return b"/" + value.encode("ascii")
    if kind is PageRef:
        return writer.reference_bytes(("page", value.page), document)
    if kind is AnnotRef:
        return writer.reference_bytes(("annot", value.page, value.index), document)
    if kind is bool:
        return b"true" if value else b"false"
    if value is None:
        return b"null"
    return PDFString(str(value)).format(document)


class _Formatted(PDFObject):
    """A tree value as a ReportLab PDF object: formatted straight to PDF syntax, much faster
    than ReportLab's dictionaries and arrays for every element of the tree."""

    def __init__(self, writer: ReportLabWriter, value) -> None:
        self.writer, self.value = writer, value

    def format(self, document) -> bytes:
        return _formatted(self.writer, self.value, document)
