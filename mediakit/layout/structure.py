"""The structure tree of a tagged PDF (PDF/UA-1), made from what `tagging` recorded.

ReportLab writes the pages with their marked content; this adds, with pikepdf, what makes
the file a tagged PDF: the /StructTreeRoot (Document > Sect per section or story > H1, H2,
P, L > LI > LBody, BlockQuote, Figure with /Alt, Caption, Table > TR > TH/TD, Link with the
annotation's /OBJR), the /ParentTree that leads from each page's MCIDs and each link back
to its element, /StructParents on the pages, /StructParent, /Contents and tab order on
links, /MarkInfo, and the XMP packet that names the file PDF/UA-1 and gives its title. The
document's /Title, /Lang and /DisplayDocTitle are ReportLab's. The bytes are the same for
the same records: qpdf writes a deterministic /ID.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from io import BytesIO
from xml.sax.saxutils import escape

import pikepdf
from pikepdf import Array, Dictionary, Name, Pdf, String

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
   <pdf:Producer>{producer}</pdf:Producer>
   <xmp:CreatorTool>{creator}</xmp:CreatorTool>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""

# Where a page's content is: the page (its MCIDs in its own content stream) or, on an imposed
# sheet, the form XObject that holds it (the MCIDs are the form's: /Stm names it).
Holder = tuple[Dictionary, Dictionary | None]


def tagged_pdf(pdf: bytes, records: Sequence[Record]) -> bytes:
    """`pdf` (ReportLab's, its content marked as `records` say) as a tagged PDF."""
    with Pdf.open(BytesIO(pdf)) as doc:
        pages = [page.obj for page in doc.pages]
        add_structure(doc, records, lambda index: (pages[index], None))
        return saved(doc)


def saved(doc: Pdf) -> bytes:
    out = BytesIO()
    doc.save(
        out,
        deterministic_id=True,
        object_stream_mode=pikepdf.ObjectStreamMode.generate,
        compress_streams=True,
    )
    return out.getvalue()


def add_structure(
    doc: Pdf,
    records: Sequence[Record],
    holder: Callable[[int], Holder],
    annotation: Callable[[int, int], Dictionary | None] | None = None,
) -> None:
    """Give `doc` its structure tree; `holder(page)` says where a recorded page's content is
    (a page of `doc`, and the form XObject on it that holds that content, if any), and
    `annotation(page, index)` what became of the page's index-th annotation (by default,
    the same annotation of the page that holds it)."""
    tree = _TreeBuilder(doc, holder, annotation)
    for record in records:
        tree.add(record)
    tree.finish()
    _set_metadata(doc)


class _TreeBuilder:
    def __init__(self, doc: Pdf, holder: Callable[[int], Holder], annotation=None) -> None:
        self.doc = doc
        self.holder = holder
        self.annotation = annotation or self._own_annotation
        self.root = doc.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        self.document = self._element("Document", self.root)
        self.sections: dict[Section, Dictionary] = {}
        self.groups: dict[int, Dictionary] = {}
        # parent tree: key -> element (a link) or MCID -> element (a page or form's content)
        self.content: dict[tuple[int, int], dict[int, Dictionary]] = {}
        self.content_owner: dict[tuple[int, int], Dictionary] = {}
        self.links: list[tuple[Dictionary, Dictionary]] = []
        self.claimed: set[tuple[int, int]] = set()

    def _element(self, role: str, parent: Dictionary, **entries) -> Dictionary:
        element = self.doc.make_indirect(
            Dictionary(Type=Name.StructElem, S=Name("/" + role), P=parent, **entries)
        )
        self._append(parent, element)
        return element

    def _section(self, section: Section) -> Dictionary:
        found = self.sections.get(section)
        if found is None:
            found = self._element("Sect", self.document)
            if section.lang:
                found.Lang = String(section.lang)
            self.sections[section] = found
        return found

    def _group(self, group: Group | None, section: Dictionary) -> Dictionary:
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
                found.A = Dictionary(
                    O=Name("/" + owner),
                    **{k: Name("/" + v) for k, v in group.attributes.items()},
                )
            self.groups[id(group)] = found
        return found

    def add(self, record: Record) -> None:
        page, form = self.holder(record.page)
        parent = self._group(record.tag.group, self._section(record.section))
        item: object = record.mcid
        if form is not None:
            item = Dictionary(Type=Name.MCR, Pg=page, Stm=form, MCID=record.mcid)
        role = record.tag.role
        if role is None:
            target = parent
            if form is None:
                item = Dictionary(Type=Name.MCR, Pg=page, MCID=record.mcid)
            self._append(target, item)
        else:
            if role == "LI":
                parent = self._list(parent)
                parent = self._element("LI", parent)
                role = "LBody"
            target = self._element(role, parent, Pg=page, K=item)
            if record.tag.alt.strip() or role == "Figure":
                target.Alt = String(record.tag.alt.strip() or record.text.strip() or role)
            if record.tag.lang:
                target.Lang = String(record.tag.lang)
        holder = form if form is not None else page
        self.content.setdefault(holder.objgen, {})[record.mcid] = target
        self.content_owner[holder.objgen] = holder
        for index in record.annots:
            annot = self.annotation(record.page, index)
            if annot is None:
                continue
            self._link(annot, page, target, record.text)
            self.claimed.add(annot.objgen)

    def _own_annotation(self, page_index: int, index: int) -> Dictionary | None:
        annots = self.holder(page_index)[0].get("/Annots")
        return annots[index] if annots is not None and index < len(annots) else None

    def _append(self, element: Dictionary, item) -> None:
        kids = element.get("/K")
        if kids is None:
            element.K = Array([item])
        elif isinstance(kids, Array):
            kids.append(item)
        else:
            element.K = Array([kids, item])

    def _list(self, parent: Dictionary) -> Dictionary:
        """The L the next LI goes into: the parent's last child if it is one, else a new L."""
        kids = parent.get("/K")
        if kids is not None and len(kids):
            last = kids[len(kids) - 1]
            if isinstance(last, Dictionary) and last.get("/S") == Name.L:
                return last
        return self._element("L", parent)

    def _link(self, annot: Dictionary, page: Dictionary, parent: Dictionary, text: str) -> None:
        if annot.get("/Subtype") != Name.Link:
            return
        link = self._element("Link", parent)
        link.K = Array([Dictionary(Type=Name.OBJR, Obj=annot, Pg=page)])
        if not str(annot.get("/Contents", "")).strip():
            action = annot.get("/A")
            uri = action.get("/URI") if action is not None else None
            words = str(uri) if uri is not None else text.strip()
            annot.Contents = String(words or "Link")
        self.links.append((annot, link))

    def finish(self) -> None:
        nums = Array()
        key = 0
        for owner_id, by_mcid in self.content.items():
            holder = self.content_owner[owner_id]
            holder.StructParents = key
            size = max(by_mcid) + 1
            nums.append(key)
            nums.append(Array([by_mcid.get(m, None) for m in range(size)]))
            key += 1
        for page in self.doc.pages:
            page.obj.Tabs = Name.S
            for annot in page.obj.get("/Annots") or []:
                if annot.objgen in self.claimed:
                    continue
                self._link(annot, page.obj, self.document, "")
        for annot, link in self.links:
            annot.StructParent = key
            nums.append(key)
            nums.append(link)
            key += 1
        self.root.K = self.document
        self.root.ParentTree = self.doc.make_indirect(Dictionary(Nums=nums))
        self.root.ParentTreeNextKey = key
        self.doc.Root.StructTreeRoot = self.root
        self.doc.Root.MarkInfo = Dictionary(Marked=True)


def _set_metadata(doc: Pdf) -> None:
    """The XMP packet (PDF/UA-1, the title), /Lang and /DisplayDocTitle on the catalog."""
    info = doc.trailer.get("/Info") or Dictionary()
    root = doc.Root

    def text(value) -> str:
        return escape(str(value)) if value is not None else ""

    lang = str(root.get("/Lang") or "")
    packet = _XMP.format(
        title=text(info.get("/Title")),
        author=text(info.get("/Author")),
        subject=text(info.get("/Subject")),
        lang=escape(lang),
        producer=text(info.get("/Producer")),
        creator=text(info.get("/Creator")),
    )
    stream = doc.make_stream(packet.encode("utf-8"))
    stream.Type = Name.Metadata
    stream.Subtype = Name.XML
    root.Metadata = stream
    preferences = root.get("/ViewerPreferences")
    if preferences is None:
        root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
    else:
        preferences.DisplayDocTitle = True
