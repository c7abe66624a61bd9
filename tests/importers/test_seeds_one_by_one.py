"""Issue "Import", done when: the five seeds imported one by one into an empty library."""

from __future__ import annotations

import json

import pytest

from mediakit.cli import main
from mediakit.library import Library, queries
from mediakit.model import Contact, KeyFigure, Photo, Story

NAVIGATION = (
    "SOBRE NOSOTROS",
    "Who we are",
    "Where we work",
    "PRIORIDADES",
    "OIM Global",
    "Take Action",
)


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_seeds_one_by_one(tmp_path, seeds, capsys, order):
    library = tmp_path / "lib"
    files = seeds if order == "forward" else list(reversed(seeds))
    statuses = {}
    for path in files:
        assert main(["--library", str(library), "import", str(path), "--json"]) == 0
        (row,) = json.loads(capsys.readouterr().out)
        statuses[path.name[:3]] = row["status"]
    assert sorted([statuses["000"], statuses["001"]]) in (
        ["duplicate", "imported"],
        ["imported", "updated"],
    )
    with Library.open(library) as lib:
        stories = queries.all_of(lib.db, Story)
        assert len(stories) == 4
        places = {s.dateline.place for s in stories}
        assert {"Lima, Peru", "Panama"} <= places
        for story in stories:
            assert not any(noise in story.text or noise in story.title for noise in NAVIGATION)
        serving = next(s for s in stories if "Serving Hope" in s.title)
        assert len(serving.photo_ids) == 2
        photos = queries.all_of(lib.db, Photo)
        assert len(photos) == 6 and {p.credit for p in photos} == {"IOM/Gema Cortes"}
        contacts = {c.email: c for c in queries.all_of(lib.db, Contact)}
        assert len(contacts) == 6 and all(c.city for c in contacts.values())
        assert contacts["ldorin@iom.int"].phones == ("+54 911 50472248",)
        assert contacts["jgallo@iom.int"].phones == ("+506 7203 6536",)
        figure = next(f for f in queries.all_of(lib.db, KeyFigure) if f.value == "6.1 million")
        assert (figure.source, figure.as_of) == ("Based on Government figures", "2022-07")
