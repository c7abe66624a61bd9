"""A file name ending in spaces or dots is read by its real extension and keeps its name."""

from __future__ import annotations

import json

from PIL import Image

from mediakit.cli import main
from mediakit.importers import parse_file


def test_photo_and_story_names_ending_in_spaces(tmp_path, capsys):
    photo = tmp_path / "photo.jpg "
    Image.new("RGB", (640, 480), "teal").save(photo, "JPEG")
    story = tmp_path / "story.txt  "
    story.write_text("Clinic opens in Quito\n\nQuito, Ecuador – The clinic opened today.\n")
    assert len(parse_file(photo).photos) == 1
    assert parse_file(story).story.title == "Clinic opens in Quito"
    library = str(tmp_path / "lib")
    assert main(["--library", library, "import", str(photo), str(story), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["path"] for r in rows] == [str(photo), str(story)]
    assert [r["status"] for r in rows] == ["imported", "imported"]
    assert rows[0]["photos"] and rows[1]["story"]
