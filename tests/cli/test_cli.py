"""The command line as scripts use it: exit codes, --json, one-sentence errors."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mediakit.cli import main
from mediakit.library import CATALOG_NAME


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_demo_then_list_as_json(tmp_path, capsys):
    library = str(tmp_path / "lib")
    code, out, _ = run(capsys, "--library", library, "demo")
    assert code == 0 and "same as story" in out and "Created kit" in out
    code, out, _ = run(capsys, "--library", library, "list", "stories", "--json")
    stories = json.loads(out)
    assert code == 0 and len(stories) == 4
    assert all({"id", "title"} <= set(s) for s in stories)
    code, out, _ = run(capsys, "--library", library, "list", "contacts", "--json")
    assert {c["email"] for c in json.loads(out)} >= {"marcortes@iom.int", "ldorin@iom.int"}
    code, out, _ = run(capsys, "--library", library, "demo")
    assert code == 0 and "already" in out


def test_kit_new_and_errors(demo_library_path, capsys):
    library = str(demo_library_path)
    code, out, _ = run(
        capsys,
        "--library",
        library,
        "kit",
        "new",
        "Donors",
        "--story",
        "2",
        "--contact",
        "1",
        "--json",
    )
    assert code == 0 and json.loads(out)[0]["name"] == "Donors"
    code, _, err = run(capsys, "--library", library, "kit", "new", "Donors")
    assert code == 3 and "already a kit named “Donors”" in err
    code, _, err = run(capsys, "--library", library, "build", "Nope", "-o", "x.pdf")
    assert code == 2 and "no kit named or numbered “Nope”" in err


def test_bad_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["list", "spaceships"])
    assert info.value.code == 2


def test_garbage_catalog_exits_3_naming_the_file(tmp_path, capsys):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / CATALOG_NAME).write_bytes(b"\x00garbage" * 100)
    code, _, err = run(capsys, "--library", str(tmp_path / "lib"), "list", "stories")
    assert code == 3
    assert CATALOG_NAME in err and "not a mediakit catalog" in err
    assert "Traceback" not in err


def test_import_text_and_refuse_unknown_types(tmp_path, capsys):
    library = str(tmp_path / "lib")
    story = tmp_path / "clinic.txt"
    story.write_text("A clinic opens\n\nCúcuta, Colombia – A clinic opened.\n", encoding="utf-8")
    code, out, _ = run(capsys, "--library", library, "import", str(story), "--json")
    assert code == 0 and json.loads(out)[0]["title"] == "A clinic opens"
    picture = tmp_path / "photo.bmp"
    picture.write_bytes(b"BM")
    code, _, err = run(capsys, "--library", library, "import", str(picture))
    assert code == 3 and "photo.bmp" in err
    code, _, err = run(capsys, "--library", library, "import", str(tmp_path / "missing.txt"))
    assert code == 3 and "missing.txt: there is no such file" in err


def test_import_json_gives_every_line_its_role_and_reason(tmp_path, capsys):
    library = str(tmp_path / "lib")
    story = tmp_path / "clinic.txt"
    story.write_text(
        "Share this page\nA clinic opens\n\nCúcuta, Colombia – A clinic opened today.\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "--library", library, "import", str(story), "--json")
    assert code == 0
    lines = json.loads(out)[0]["detected"]["lines"]
    assert [(line["text"], line["role"]) for line in lines] == [
        ("Share this page", "junk"),
        ("A clinic opens", "title"),
        ("Cúcuta, Colombia – A clinic opened today.", "dateline"),
    ]
    assert all(line["reason"] for line in lines)


def test_preflight_lists_warnings_for_the_demo(demo_library_path, capsys):
    code, out, _ = run(capsys, "--library", str(demo_library_path), "preflight", "1", "--json")
    findings = json.loads(out)
    assert code == 0
    assert {f["rule"] for f in findings} >= {"empty-photo-slot", "figure-age"}
    assert all(f["severity"] == "warning" for f in findings)


def test_python_dash_m_runs_without_traceback(tmp_path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / CATALOG_NAME).write_text("not sqlite")
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    result = subprocess.run(
        [sys.executable, "-m", "mediakit", "--library", str(tmp_path / "lib"), "list", "kits"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 3
    assert "Traceback" not in result.stderr and CATALOG_NAME in result.stderr


def test_a_reader_that_stops_early_is_no_error(demo_library_path):
    """`mediakit list stories | head -1`: no "unexpected error", no traceback."""
    import subprocess
    import sys

    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mediakit",
            "--library",
            str(demo_library_path),
            "list",
            "stories",
            "--json",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.read(1)
    process.stdout.close()  # the reader goes away before the output ends
    errors = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert errors == ""


def _exit_statuses(source: str) -> set[int]:
    """The whole numbers a module returns, or names as a status (`exit_code = 3`, `X_ERROR = 4`)."""
    statuses = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Return | ast.Assign) and node.value is not None:
            if isinstance(node, ast.Assign) and not any(
                isinstance(t, ast.Name) and (t.id == "exit_code" or t.id.isupper())
                for t in node.targets
            ):
                continue
            statuses |= {
                n.value
                for n in ast.walk(node.value)
                if isinstance(n, ast.Constant)
                if type(n.value) is int
            }
    return statuses


def test_every_exit_status_the_command_line_can_give_is_in_the_readme():
    """Each status `mediakit` can exit with is explained in README's "Exit status" sentence."""
    root = Path(__file__).resolve().parents[2]
    statuses = {2}  # argparse's own, for bad usage
    for name in ("cli/__init__.py", "cli/commands.py", "model/errors.py"):
        statuses |= _exit_statuses((root / "mediakit" / name).read_text())
    sentence = (root / "README.md").read_text().split("Exit status:", 1)[1]
    sentence = sentence.split("never a traceback", 1)[0]
    explained = {int(n) for n in re.findall(r"\b(\d+) [a-z(]", sentence)}
    assert statuses <= explained, f"README does not explain exit status {statuses - explained}"


def test_list_names_each_story_kind_in_words(demo_library_path, capsys):
    from mediakit.edits import History
    from mediakit.edits.items import update_item
    from mediakit.library import Library, queries
    from mediakit.model import Story, StoryKind

    new_kinds = [
        StoryKind.STATEMENT,
        StoryKind.MEDIA_ADVISORY,
        StoryKind.SITUATION_REPORT,
        StoryKind.PHOTO_STORY,
    ]
    with Library.open(demo_library_path) as library:
        history = History(library.catalog)
        for story, kind in zip(queries.all_of(library.db, Story), new_kinds, strict=True):
            update_item(history, item=story, label="Change story kind", kind=kind)
    code, out, _ = run(capsys, "--library", str(demo_library_path), "list", "stories")
    assert code == 0
    for words in ("(statement)", "(media advisory)", "(situation report)", "(photo story)"):
        assert words in out
    _, out, _ = run(capsys, "--library", str(demo_library_path), "list", "stories", "--json")
    assert [s["kind"] for s in json.loads(out)] == [k.value for k in new_kinds]
