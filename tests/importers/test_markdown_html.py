"""Raw HTML written in a Markdown story never reaches its title or body."""

from __future__ import annotations

import json

from mediakit.cli import main
from mediakit.importers import parse_file

MD = """# Clinic <b>opens</b> in Quito<script>alert(1)</script>

<script>
alert("steal")
</script>
<style>body { display: none }</style>
<!-- a comment for the editor -->
<iframe src="https://evil.example/"></iframe>

Quito, Ecuador – The clinic opened <img src=x onerror="alert(2)"> today, with <b>nurses</b> on call.<style>p{}</style>

<div>
Families <em>arriving</em> are seen first.
</div>
"""

HOSTILE = ("alert(", "<", "onerror", "iframe", "comment for the editor", "display:", "p{}")


def test_html_in_markdown_is_dropped_and_its_text_kept(tmp_path, capsys):
    path = tmp_path / "clinic.md"
    path.write_text(MD, encoding="utf-8")
    document = parse_file(path)
    story = document.story
    assert story.title == "Clinic opens in Quito"
    assert "The clinic opened today, with nurses on call." in story.text.replace("  ", " ")
    assert "Families arriving are seen first." in story.text
    for noise in HOSTILE:
        assert noise not in story.title and noise not in story.text
    assert any(d.rule == "HTML in the Markdown" for d in document.dropped)
    assert main(["--library", str(tmp_path / "lib"), "import", str(path), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["detected"]["title"] == "Clinic opens in Quito"
    assert any("<script>" in d["line"] for d in row["detected"]["dropped_lines"])
