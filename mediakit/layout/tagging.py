"""Tagging while drawing: what each piece of a page is, for the PDF's structure tree.

Every page's content starts as an Artifact (bands, rules, footers, page numbers, crop marks,
table backgrounds, list bullets: whatever no flowable claims). A flowable that is content (a
paragraph, a photo, a QR code, a chart) closes the Artifact, draws inside its own marked
content `/P <</MCID n>> BDC ... EMC` and opens the Artifact again; the `Tagger` records, for
each MCID, its role, the groups it belongs to (a table's row and cell, the story's section),
its alternative text and language, and the link annotations it drew. `structure.py` makes
the PDF's structure tree of these records once ReportLab has written the file.

A flowable's role comes from a `Tag` set on it where it is made (a table cell, a photo's
alt text) or else from its paragraph style (a section title is an H1). Content drawn inside
tagged content (a caption's credit, a badge's number) belongs to it: marked content is
never nested.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.platypus import Flowable

from mediakit.layout.private_api import page_annotation_count

TAG_ATTR = "mediakit_tag"
SECTION_ATTR = "mediakit_section"
ARTIFACT = "Artifact"

# Paragraph styles by the role their paragraphs play; any other style is a plain P.
STYLE_ROLES = {
    "section_title": "H1",
    "story_title": "H1",
    "handout_title": "H1",
    "cover_title": "H1",
    "subhead": "H2",
    "highlights_heading": "H2",
    "gallery_subhead": "H2",
    "back_heading": "H2",
    "contact_city": "H2",
    "caption": "Caption",
    "photo_story_caption": "Caption",
    "pull_quote": "BlockQuote",
    "bullet": "LI",
}


@dataclass(eq=False)
class Group:
    """A structure element that holds others (a Table, its TR and TH/TD cells), made where
    its flowables are made; `attributes` are its PDF attributes (Scope: Row)."""

    role: str
    parent: Group | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    # Its groups in the order they were made: the tree keeps it (a row's TH before its TDs).
    children: list[Group] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if self.parent is not None:
            self.parent.children.append(self)


@dataclass(frozen=True, slots=True)
class Tag:
    """What a flowable is: its role (None: its content goes straight into `group`), the
    group it belongs to, its alternative text and its language when not the kit's."""

    role: str | None = "P"
    group: Group | None = None
    alt: str = ""
    lang: str = ""


@dataclass(frozen=True, slots=True)
class Section:
    """A Sect: a section of the kit, or one story (in `lang` when not the kit's)."""

    key: str
    lang: str = ""


@dataclass(frozen=True, slots=True)
class Record:
    """One marked-content sequence: page (0-based), MCID, what it is, where it belongs, and
    the page's link annotations it drew (indexes into the page's /Annots)."""

    page: int
    mcid: int
    tag: Tag
    section: Section
    annots: tuple[int, ...] = ()
    text: str = ""


def tag(flowable, role: str | None = "P", group: Group | None = None, alt: str = "", lang=""):
    """Say what `flowable` is (see `Tag`); returns it."""
    setattr(flowable, TAG_ATTR, Tag(role, group, alt, lang))
    return flowable


def opens_section(flowable, key: str, lang: str = ""):
    """Start a new Sect with `flowable` (the first thing a section or a story draws)."""
    if getattr(flowable, SECTION_ATTR, None) is None:
        setattr(flowable, SECTION_ATTR, Section(key, lang))
    return flowable


def tag_of(flowable) -> Tag:
    found = getattr(flowable, TAG_ATTR, None)
    if found is not None:
        return found
    style = getattr(flowable, "style", None)
    name = getattr(style, "name", "").rstrip("~")  # a derived style is named name~
    return Tag(STYLE_ROLES.get(name, "P"))


class Tagged:
    """A flowable mixin: drawOn runs inside the flowable's marked content (see `tag_of`)."""

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 (ReportLab's name)
        tagger = getattr(canvas, "tagger", None)
        if tagger is None:
            super().drawOn(canvas, x, y, _sW)
            return
        begun = tagger.begin(canvas, self)
        try:
            super().drawOn(canvas, x, y, _sW)
        finally:
            tagger.end(canvas, self, begun)


def table_row(table: Group, *cells: tuple[str, list]) -> None:
    """One TR of `table`: each cell ("TH" or "TD", its flowables) in order, a TH heading its
    row. What the flowables draw is the cell's content; a Figure in it stays one."""
    row = Group("TR", table)
    for role, flowables in cells:
        cell = Group(role, row, {"Scope": "Row"} if role == "TH" else {})
        for flowable in flowables:
            known = getattr(flowable, TAG_ATTR, None)
            if known is not None and known.role == "Figure":
                setattr(flowable, TAG_ATTR, Tag("Figure", cell, known.alt))
            else:
                tag(flowable, None, cell)


class TaggedBox(Tagged, Flowable):
    """A flowable of ReportLab's own (a chart's Drawing) drawn as tagged content."""

    def __init__(self, inner: Flowable, what: Tag) -> None:
        super().__init__()
        self.inner = inner
        setattr(self, TAG_ATTR, what)

    def wrap(self, avail_width, avail_height):
        self.width, self.height = self.inner.wrap(avail_width, avail_height)
        return self.width, self.height

    def draw(self):
        self.inner.drawOn(self.canv, 0, 0)


class Tagger:
    """Marks a canvas's content as it is drawn and records what each MCID is."""

    def __init__(self, imposed: bool = False) -> None:
        # imposed: the pages will be imposed, two to a sheet, and the tree made then; their
        # MCIDs run on from page to page, never starting again at 0, to keep them apart.
        self.imposed = imposed
        self.records: list[Record] = []
        self.section = Section("")
        self.page = -1
        self.next_mcid = 0
        self.depth = 0
        self.open = False

    def begin_page(self, canv) -> None:
        """A new page: everything is an Artifact until content says otherwise."""
        self.page += 1
        if not self.imposed:
            self.next_mcid = 0
        self.open = True
        canv.addLiteral("/Artifact BMC")

    def end_page(self, canv) -> None:
        if self.open:
            canv.addLiteral("EMC")
            self.open = False

    def ahead(self, flowable) -> None:
        """The document is about to place `flowable`: a section may start with it."""
        section = getattr(flowable, SECTION_ATTR, None)
        if section is not None and section.key != self.section.key:
            self.section = section

    def begin(self, canv, flowable) -> tuple | None:
        """`flowable` is about to be drawn: its marked content begins (unless it is inside
        another's, or an Artifact, drawn in the page's Artifact with all it holds)."""
        self.depth += 1
        if self.depth > 1 or self.page < 0:
            return None
        what = tag_of(flowable)
        if what.role == ARTIFACT:
            return None
        mcid = self.next_mcid
        self.next_mcid += 1
        canv.addLiteral(f"EMC /{what.role or 'Span'} <</MCID {mcid}>> BDC")
        return what, mcid, page_annotation_count(canv)

    def end(self, canv, flowable, begun: tuple | None) -> None:
        """`flowable` is drawn: what it drew is recorded, with the links it made."""
        self.depth -= 1
        if begun is None:
            return
        what, mcid, first = begun
        canv.addLiteral("EMC /Artifact BMC")
        annots = tuple(range(first, page_annotation_count(canv)))
        # Its words name its links (/Contents), a figure without alt text.
        words = getattr(flowable, "getPlainText", None) if annots or what.role == "Figure" else None
        text = words() if words is not None else ""
        self.records.append(Record(self.page, mcid, what, self.section, annots, text))
