"""Disk full, read-only places and failed writes: a clear sentence, nothing lost or half-done."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from mediakit.edits import History, ImportDocument
from mediakit.importers import parse_text
from mediakit.library import Library, queries
from mediakit.library.catalog import Catalog
from mediakit.model import CatalogError, OutputError

STORY = "A story\n\nLima, Peru – Text of the story.\n"


def test_read_only_library_gives_a_clear_sentence(tmp_path, monkeypatch):
    real_connect = sqlite3.connect

    def read_only(*args, **kwargs):
        connection = real_connect(*args, **kwargs)
        if "mode=ro" in str(args[0]):
            return connection
        connection.close()
        connection = real_connect(":memory:")
        connection.execute("PRAGMA query_only = ON")
        return connection

    monkeypatch.setattr("mediakit.library.catalog.sqlite3.connect", read_only)
    with pytest.raises(CatalogError, match="read-only place"):
        Library.open(tmp_path / "lib")


def test_disk_full_during_an_edit_loses_nothing(demo_library, monkeypatch):
    history = History(demo_library.catalog)
    before = queries.counts(demo_library.db)
    edit = ImportDocument(parse_text(STORY, name="story.txt"))

    def full(db):
        db.execute("INSERT INTO stories (kind, language, title) VALUES ('feature', 'en', 'half')")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(edit, "apply", full)
    with pytest.raises(CatalogError, match="disk is full"):
        history.do(edit)
    assert queries.counts(demo_library.db) == before
    assert not history.status().can_undo


def test_disk_full_while_storing_media_rolls_the_import_back(demo_library, tmp_path, monkeypatch):
    from PIL import Image

    from mediakit.importers import parse_file

    path = tmp_path / "photo.jpg"
    Image.new("RGB", (300, 200), "red").save(path)
    document = parse_file(path)

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("mediakit.fsutil.os.fsync", no_space)
    before = queries.counts(demo_library.db)
    with pytest.raises(OutputError, match="No space left"):
        History(demo_library.catalog).do(ImportDocument(document, media=demo_library.media))
    assert queries.counts(demo_library.db) == before
    assert not list(demo_library.media.root.rglob("*.part"))
    assert not [p for p in demo_library.media.root.rglob("*") if p.is_file()]


def test_catalog_locked_by_another_program(tmp_path):
    path = tmp_path / "lib"
    with Library.open(path) as first:
        first.db.execute("BEGIN IMMEDIATE")
        second = Catalog.open(path / "catalog.sqlite")
        second.db.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(CatalogError, match="in use by another program"), second.transaction():
            pass
        second.close()
        first.db.execute("ROLLBACK")


def test_a_written_file_has_ordinary_permissions_and_no_part_file_is_left(tmp_path):
    import os

    from mediakit.fsutil import write_atomic

    previous = os.umask(0o027)
    try:
        write_atomic(tmp_path / "kit.pdf", b"%PDF-1.4")
    finally:
        os.umask(previous)
    assert (tmp_path / "kit.pdf").stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["kit.pdf"]
