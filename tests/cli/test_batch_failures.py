"""A batch says exactly what went in and what did not: odd names, a full disk, one bad file."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import threading

import pytest
from PIL import Image

from mediakit.cli import main
from mediakit.library import CATALOG_NAME, Library, store

ODD_NAMES = [b"caf\xe9.jpg", b"new\nline.jpg", b"esc\x1b[31mred.jpg", "bidi\u202egpj.jpg".encode()]


def photos(folder, count: int) -> list[str]:
    paths = []
    for index in range(count):
        path = folder / f"photo-{index:02d}.jpg"
        Image.new("RGB", (320, 240), (index * 8 % 255, 90, 160)).save(path)
        paths.append(str(path))
    return paths


def odd_files(folder) -> list[str]:
    """Photos whose names hold a byte that is not UTF-8, a newline, ESC, a bidi override."""
    made = []
    for index, name in enumerate(ODD_NAMES):
        path = os.path.join(os.fsencode(folder), name)
        with open(path, "wb") as handle:
            Image.new("RGB", (300, 200), (index * 50, 80, 80)).save(handle, "JPEG")
        made.append(os.fsdecode(path))
    return made


@pytest.mark.parametrize("as_json", [False, True])
def test_odd_file_names_are_shown_escaped_and_none_drops_the_batch(tmp_path, capsys, as_json):
    files = odd_files(tmp_path) + photos(tmp_path, 1)
    argv = ["--library", str(tmp_path / "lib"), "import", *files] + (["--json"] if as_json else [])
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 0, err
    shown = out + err
    for raw in ("\x1b", "\u202e", "new\nline"):
        assert raw not in shown
    if as_json:
        rows = json.loads(out)
        assert [r["status"] for r in rows] == ["imported"] * 5
        assert {r["title"] for r in rows} >= {"caf\\xe9.jpg", "bidi\\u202egpj.jpg"}
    else:
        assert "caf\\xe9.jpg: added 1 photo" in out and "esc\\u001b[31mred.jpg" in out
        assert out.count("added 1 photo") == 5
    with Library.open(tmp_path / "lib") as library:
        assert library.db.execute("SELECT count(*) FROM photos").fetchone()[0] == 5
    code = main(["--library", str(tmp_path / "lib"), "list", "photos", "--json"])
    listed = json.loads(capsys.readouterr().out)
    assert code == 0 and "new\\u000aline.jpg" in {p["original_name"] for p in listed}


def _report(out: str) -> dict[str, str]:
    return {row["path"]: row for row in json.loads(out)}


def _check_batch(library, rows: dict) -> None:
    """What the report says went in is in the catalog, whole; nothing else is, nothing half."""
    added = [r for r in rows.values() if r["status"] == "imported"]
    refused = [r for r in rows.values() if r["status"] == "refused"]
    assert added and refused and len(added) + len(refused) == len(rows)
    assert all("disk is full" in r["reason"] or "No space" in r["reason"] for r in refused)
    with Library.open(library) as opened:
        ids = {row[0] for row in opened.db.execute("SELECT id FROM photos")}
        assert ids == {p for r in added for p in r["photos"]}
        for (media_hash,) in opened.db.execute("SELECT media_hash FROM photos"):
            assert opened.media.find(media_hash) is not None
    assert not [p for p in (library / "media").rglob("*") if p.name.endswith(".part")]


def test_a_disk_full_while_originals_are_written_is_reported_file_by_file(
    tmp_path, capsys, monkeypatch
):
    files = photos(tmp_path, 31)
    lock, synced = threading.Lock(), []
    real_fsync = os.fsync

    def fsync(fd):
        with lock:
            synced.append(fd)
            if len(synced) > 4:
                raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr("mediakit.fsutil.os.fsync", fsync)
    library = tmp_path / "lib"
    code = main(["--library", str(library), "import", *files, "--json"])
    out, err = capsys.readouterr()
    assert code == 3
    rows = _report(out)
    assert len(rows) == 31
    monkeypatch.setattr("mediakit.fsutil.os.fsync", real_fsync)
    _check_batch(library, rows)
    assert "No space left on device" in err


def test_a_disk_full_while_the_catalog_is_written_is_reported_file_by_file(
    tmp_path, capsys, monkeypatch
):
    files = photos(tmp_path, 12)
    real_insert, done = store.insert, []

    def insert(db, item, **kwargs):
        done.append(item)
        if len(done) > 5:
            raise sqlite3.OperationalError("database or disk is full")
        return real_insert(db, item, **kwargs)

    monkeypatch.setattr(store, "insert", insert)
    library = tmp_path / "lib"
    code = main(["--library", str(library), "import", *files, "--json"])
    out, err = capsys.readouterr()
    assert code == 3
    monkeypatch.setattr(store, "insert", real_insert)
    rows = _report(out)
    assert sum(r["status"] == "imported" for r in rows.values()) == 5
    _check_batch(library, rows)
    assert (library / CATALOG_NAME).exists()


def test_a_kit_name_with_control_characters_is_printed_escaped(tmp_path, capsys):
    library = str(tmp_path / "lib")
    code = main(["--library", library, "kit", "new", "Kit\x1b[2J\u202eevil"])
    out = capsys.readouterr().out
    assert code == 0 and "\x1b" not in out and "\u202e" not in out
    assert "Kit\\u001b[2J\\u202eevil" in out
