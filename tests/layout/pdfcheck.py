"""Reading back what a build wrote: pages, text, links, fonts, outline, raw streams."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import pypdf


def reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(data).pages]


def squeeze(text: str) -> str:
    """Text without any whitespace: extraction may break lines anywhere."""
    return "".join(text.split())


def words(text: str) -> str:
    """Text compared as a reader sees it: no whitespace, no hyphens (a justified line may end
    in one), straight quotes and apostrophes."""
    table = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "-": None, "\u00ad": None})
    return squeeze(text).translate(table)


def link_uris(data: bytes) -> list[str]:
    uris = []
    for page in reader(data).pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is not None and action.get("/S") == "/URI":
                uris.append(str(action["/URI"]))
    return uris


def fonts(data: bytes) -> dict[str, dict]:
    """Every font any page uses, by BaseFont."""
    found = {}
    for page in reader(data).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def outline_titles(data: bytes) -> list[str]:
    titles: list[str] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader(data).outline)
    return titles


def uncompressed(data: bytes) -> bytes:
    """The PDF with every stream decompressed (qpdf if present, else pypdf), for byte searches."""
    if shutil.which("qpdf"):
        with tempfile.TemporaryDirectory() as tmp:
            source, target = Path(tmp, "in.pdf"), Path(tmp, "out.pdf")
            source.write_bytes(data)
            subprocess.run(
                ["qpdf", "--qdf", "--object-streams=disable", str(source), str(target)],
                check=True,
            )
            return target.read_bytes()
    pdf = reader(data)
    parts = [data]
    for number in range(1, int(pdf.trailer["/Size"])):
        obj = pdf.get_object(number)
        if hasattr(obj, "get_data"):
            parts.append(obj.get_data())
    return b"\n".join(parts)
