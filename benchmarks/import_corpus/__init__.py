"""The import corpus: press-office documents in the shapes real ones take, each with its truth.

Every document in `docs/` is a file the importer is given (`.txt`, `.md`, `.html`) or, for Word,
a small JSON spec (`NAME.docx.json`) that `build_docx` turns into a real .docx at scoring or test
time, so nothing binary is committed. Beside each one, `NAME.truth.json` says what a careful
press officer would take from it (see `TRUTH_FIELDS` and SHAPES.md). The documents were written
for mediakit (invented people, example.org addresses); none repeats a third party's sentence.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
DOCX_SPEC = ".docx.json"

KINDS = (
    "press_release",
    "feature",
    "fact_sheet",
    "about",
    "statement",
    "media_advisory",
    "situation_report",
    "photo_story",
    "listing",  # a newsroom page of several stories: to refuse or split, not one story
)
LANGUAGES = ("en", "es", "pt", "fr")
FORMATS = ("txt", "md", "html", "docx")

# field -> the type its value must have; nested records list their own keys
TRUTH_FIELDS: dict[str, type] = {
    "document": str,  # the file name in docs/ (for docx: the .docx the spec builds)
    "format": str,
    "language": str,
    "kind": str,
    "title": str,
    "dateline": dict,  # {"place": str, "date": "YYYY-MM-DD" or ""}
    "embargo": str,  # "YYYY-MM-DDTHH:MM" (local time as printed) or ""
    "byline": str,
    "standfirst": str,
    "contacts": list,  # [{"name", "organisation", "email", "phone"}]
    "figures": list,  # [{"value", "label", "source", "as_of"}]
    "photos": list,  # [{"caption", "credit"}]
    "junk": list,  # lines that must reach neither the title nor the body
    "body": list,  # the body's paragraphs, in order; the scorer splits them into sentences
    "boilerplate": list,  # "About the organisation" / notes to editors: neither body nor junk
    "footnotes": list,
    "shapes": list,  # the SHAPES.md shape ids this document carries
    "repairs": list,  # [damaged, repaired] pairs: text damage the importer should undo
    "translation_of": str,  # the other document of a translation pair, or ""
    "stories": list,  # for a listing: the headlines it lists
}
CONTACT_KEYS = ("name", "organisation", "email", "phone")
FIGURE_KEYS = ("value", "label", "source", "as_of")
PHOTO_KEYS = ("caption", "credit")


@dataclass(frozen=True)
class Document:
    """One corpus document: its name (the truth file's stem), source file and truth."""

    name: str
    source: Path
    truth: dict


def documents(folder: Path = DOCS) -> list[Document]:
    """Every document with a truth file in `folder`, by name."""
    found = []
    for truth_path in sorted(folder.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        name = truth_path.name.removesuffix(".truth.json")
        source = folder / (truth["document"] + (".json" if truth["format"] == "docx" else ""))
        found.append(Document(name, source, truth))
    return found


def problems(truth: dict) -> list[str]:
    """What is wrong with one truth record against the schema (empty when it is valid)."""
    found = [f"missing {key}" for key in TRUTH_FIELDS if key not in truth]
    found += [f"unknown field {key}" for key in truth if key not in TRUTH_FIELDS]
    for key, kind in TRUTH_FIELDS.items():
        if key in truth and not isinstance(truth[key], kind):
            found.append(f"{key} is not a {kind.__name__}")
    if found:
        return found
    if truth["kind"] not in KINDS:
        found.append(f"unknown kind {truth['kind']}")
    if truth["language"] not in LANGUAGES:
        found.append(f"unknown language {truth['language']}")
    if truth["format"] not in FORMATS:
        found.append(f"unknown format {truth['format']}")
    if set(truth["dateline"]) != {"place", "date"}:
        found.append("dateline needs place and date")
    elif truth["dateline"]["date"] and not re.fullmatch(
        r"\d{4}-\d{2}-\d{2}", truth["dateline"]["date"]
    ):
        found.append("dateline date is not ISO")
    if truth["embargo"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?", truth["embargo"]):
        found.append("embargo is not ISO")
    for key, keys in (("contacts", CONTACT_KEYS), ("figures", FIGURE_KEYS), ("photos", PHOTO_KEYS)):
        for record in truth[key]:
            if not isinstance(record, dict) or set(record) != set(keys):
                found.append(f"a {key} record needs exactly {', '.join(keys)}")
    if truth["kind"] != "listing" and not (truth["title"] and truth["body"]):
        found.append("a story needs its title and body")
    return found


def materialise(document: Document, folder: Path) -> Path:
    """The file to give the importer, written in `folder` (a docx spec is built into a .docx)."""
    target = folder / document.truth["document"]
    if document.truth["format"] == "docx":
        build_docx(json.loads(document.source.read_text(encoding="utf-8")), target)
    else:
        shutil.copyfile(document.source, target)
    return target


def build_docx(spec: dict, path: Path) -> Path:
    """A real Word file from a spec: {"blocks": [...]}, each block one of
    {"style": "Title"|"Heading 1"|"Heading 2"|"Normal"|"List Bullet", "text", "bold"?, "italic"?},
    {"table": [[cell, ...], ...]} (first row a header) or
    {"picture": {"width", "height", "color"}} (a Pillow image embedded inline)."""
    from docx import Document as WordDocument
    from docx.shared import Inches

    word = WordDocument()
    for block in spec["blocks"]:
        if "table" in block:
            rows = block["table"]
            table = word.add_table(rows=len(rows), cols=len(rows[0]))
            for row, cells in zip(table.rows, rows, strict=True):
                for cell, text in zip(row.cells, cells, strict=True):
                    cell.text = text
        elif "picture" in block:
            word.add_picture(_picture(block["picture"]), width=Inches(4))
        else:
            style = block.get("style", "Normal")
            if style == "Title":
                paragraph = word.add_heading(level=0)
            elif style.startswith("Heading "):
                paragraph = word.add_heading(level=int(style.split()[1]))
            else:
                paragraph = word.add_paragraph(style=style)
            run = paragraph.add_run(block["text"])
            run.bold = block.get("bold") or None
            run.italic = block.get("italic") or None
    word.save(path)
    return path


def _picture(picture: dict) -> io.BytesIO:
    from PIL import Image

    image = Image.new("RGB", (picture["width"], picture["height"]), picture["color"])
    data = io.BytesIO()
    image.save(data, "PNG")
    data.seek(0)
    return data


def source_text(document: Document) -> str:
    """The words a reader sees in the document, for checking the truth against it."""
    raw = document.source.read_text(encoding="utf-8")
    fmt = document.truth["format"]
    if fmt == "docx":
        spec = json.loads(raw)
        parts = []
        for block in spec["blocks"]:
            if "table" in block:
                parts += [" ".join(row) for row in block["table"]]
            elif "text" in block:
                parts.append(block["text"])
        return "\n".join(parts)
    if fmt == "html":
        import html

        raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S | re.I)
        raw = re.sub(r"<[^>]+>", "\n", raw)
        return html.unescape(raw)
    if fmt == "md":
        raw = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", raw)
        raw = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", raw)
        raw = re.sub(r"[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}", "", raw)
        raw = re.sub(r"^\s*(#+(?=\s)|>|[-*](?=\s)|\|)\s*", "", raw, flags=re.M)
        return raw.replace("|", " ")
    return raw
