"""The demo library, made from the seed texts the way a press officer would import them."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

from mediakit.edits.commands import SetOrg
from mediakit.edits.history import History
from mediakit.edits.import_report import ImportResult
from mediakit.edits.importing import import_documents
from mediakit.edits.kits import create_kit
from mediakit.importers import ParsedDocument, parse_file
from mediakit.library import queries
from mediakit.model import Kit, OrgProfile
from mediakit.paths import asset

DEMO_DIR = asset("demo")


def create_demo(history: History, *, demo_dir: Path = DEMO_DIR) -> tuple[Kit, list[ImportResult]]:
    """Import every seed, set the organisation profile and make the demo kit that uses it all."""
    settings = tomllib.loads((demo_dir / "demo.toml").read_text(encoding="utf-8"))
    titles = settings.get("titles", {})
    documents = [parse_file(path) for path in sorted((demo_dir / "seeds").glob("*.txt"))]
    documents = [_with_title(doc, titles.get(doc.name)) for doc in documents]
    results = import_documents(history, documents)
    # The about page's "Who we are" text is the organisation's boilerplate.
    boilerplate = next((doc.boilerplate for doc in documents if doc.figures), ())
    org_settings = settings["organisation"]
    db = history.catalog.db
    history.do(SetOrg(queries.org(db), OrgProfile(boilerplate=tuple(boilerplate), **org_settings)))
    kit = create_kit(
        history,
        story_ids=tuple(r.story_id for r in results if r.story_id),
        contact_ids=tuple(cid for r in results for cid in r.contact_ids),
        figure_ids=tuple(fid for r in results for fid in r.figure_ids),
        **settings["kit"],
    )
    return kit, results


def _with_title(document: ParsedDocument, title: str | None) -> ParsedDocument:
    if not title:
        return document
    notes = tuple(note for note in document.notes if "no title" not in note)
    story = dataclasses.replace(document.story, title=title)
    return dataclasses.replace(document, story=story, notes=notes)
