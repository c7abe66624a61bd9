"""The catalog: created, migrated, and refused untouched when it is not ours or too new."""

from __future__ import annotations

import sqlite3

import pytest

from mediakit.library import (
    APPLICATION_ID,
    CATALOG_NAME,
    SCHEMA_VERSION,
    Library,
    migrations,
    queries,
)
from mediakit.model import CatalogError


def test_new_library_has_current_schema_wal_and_foreign_keys(tmp_path):
    with Library.open(tmp_path / "lib") as library:
        db = library.db
        assert library.catalog.version == SCHEMA_VERSION
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert library.catalog.integrity_ok()
        assert library.is_empty()
    assert (tmp_path / "lib" / CATALOG_NAME).is_file()


def test_reopening_keeps_content(demo_library_path):
    with Library.open(demo_library_path) as library:
        assert not library.is_empty()
        assert library.catalog.version == SCHEMA_VERSION


def test_older_catalog_is_migrated(tmp_path, monkeypatch):
    path = tmp_path / "lib"
    with Library.open(path):
        pass
    extra = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL DEFAULT '')"
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, extra))
    monkeypatch.setattr("mediakit.library.catalog.MIGRATIONS", (*migrations.MIGRATIONS, extra))
    monkeypatch.setattr("mediakit.library.catalog.LATEST", SCHEMA_VERSION + 1)
    with Library.open(path) as library:
        assert library.catalog.version == SCHEMA_VERSION + 1
        library.db.execute("INSERT INTO notes (text) VALUES ('kept')")


def _snapshot(path):
    return {p.name: p.read_bytes() for p in path.iterdir()}


def test_newer_catalog_is_refused_and_untouched(tmp_path):
    path = tmp_path / "lib"
    with Library.open(path) as library:
        library.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
        library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _snapshot(path)
    with pytest.raises(CatalogError, match="newer mediakit") as info:
        Library.open(path)
    assert CATALOG_NAME in str(info.value)
    assert _snapshot(path) == before


def test_garbage_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "lib"
    path.mkdir()
    garbage = bytes(range(256)) * 40
    (path / CATALOG_NAME).write_bytes(garbage)
    with pytest.raises(CatalogError, match="not a mediakit catalog"):
        Library.open(path)
    assert (path / CATALOG_NAME).read_bytes() == garbage
    assert sorted(p.name for p in path.iterdir()) == [CATALOG_NAME]


def test_foreign_sqlite_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "lib"
    path.mkdir()
    with sqlite3.connect(path / CATALOG_NAME) as db:
        db.execute("CREATE TABLE invoices (id INTEGER)")
    before = (path / CATALOG_NAME).read_bytes()
    with pytest.raises(CatalogError, match="not a mediakit catalog"):
        Library.open(path)
    assert (path / CATALOG_NAME).read_bytes() == before


def test_a_file_where_the_folder_should_be_is_refused(tmp_path):
    path = tmp_path / "notafolder"
    path.write_text("hello")
    with pytest.raises(CatalogError, match="must be a folder"):
        Library.open(path)


def test_failed_transaction_leaves_nothing(empty_library):
    catalog = empty_library.catalog
    with pytest.raises(RuntimeError), catalog.transaction() as db:
        db.execute("INSERT INTO contacts (name) VALUES ('half')")
        raise RuntimeError("crash in the middle")
    assert catalog.db.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0


def test_media_store_is_content_addressed(empty_library):
    media = empty_library.media
    first = media.put(b"jpeg bytes", "jpg")
    second = media.put(b"jpeg bytes", "jpg")
    assert first == second
    assert media.read(first) == b"jpeg bytes"
    assert not list(media.root.rglob("*.part"))


def test_rendition_cache_can_be_deleted_any_time(empty_library, tmp_path):
    from io import BytesIO

    from PIL import Image

    from mediakit.imaging import RenditionSpec

    buffer = BytesIO()
    Image.new("RGB", (800, 600), "orange").save(buffer, "JPEG")
    media_hash = empty_library.media.put(buffer.getvalue(), "jpg")
    spec = RenditionSpec(400, 400)
    first = empty_library.cache.rendition(media_hash, spec)
    empty_library.cache.clear()
    assert empty_library.cache.rendition(media_hash, spec) == first
    assert Image.open(BytesIO(first)).size == (400, 300)


def _corrupt_a_page(path):
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page + 16, min(len(data), 4 * page), 7):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def test_daily_backup_and_restore_of_a_damaged_catalog(demo_library_path, capsys):
    from mediakit.cli import main
    from mediakit.library import backups

    catalog = demo_library_path / CATALOG_NAME
    with Library.open(demo_library_path):
        pass
    assert backups.list_backups(catalog), "a library with content is backed up once a day"
    _corrupt_a_page(catalog)
    with pytest.raises(CatalogError, match="damaged .*restore it with “mediakit restore”"):
        Library.open(demo_library_path)
    assert main(["--library", str(demo_library_path), "restore"]) == 0
    assert list(demo_library_path.glob("catalog.sqlite.damaged-*"))
    with Library.open(demo_library_path) as library:
        assert library.catalog.integrity_ok()
        assert not library.is_empty()


def test_migration_is_preceded_by_a_backup(tmp_path, monkeypatch):
    from mediakit.library import backups

    path = tmp_path / "lib"
    with Library.open(path):
        pass
    extra = "CREATE TABLE notes (id INTEGER PRIMARY KEY)"
    monkeypatch.setattr("mediakit.library.catalog.MIGRATIONS", (*migrations.MIGRATIONS, extra))
    monkeypatch.setattr("mediakit.library.catalog.LATEST", SCHEMA_VERSION + 1)
    with Library.open(path):
        pass
    assert any("before-schema" in p.name for p in backups.list_backups(path / CATALOG_NAME))


def test_search_finds_every_kind_and_follows_edits(demo_library):
    from mediakit.edits import History, set_photo_text
    from mediakit.library import queries
    from mediakit.model import Photo

    assert ("contact", 6) in queries.search(demo_library.db, "dorin")
    assert ("story", 2) in queries.search(demo_library.db, "yoalexis")
    assert any(kind == "figure" for kind, _ in queries.search(demo_library.db, "government"))
    assert ("contact", 1) in queries.search(demo_library.db, "cortes")  # Cortés, accents folded
    photo = queries.one_of(demo_library.db, Photo, 3)
    set_photo_text(
        History(demo_library.catalog), photo=photo, caption="Hummingbird over the clinic"
    )
    assert queries.search(demo_library.db, "hummingbird") == [("photo", 3)]
    for hostile in ('" OR 1=1 --', "NEAR(", "*", "title:x AND", "'); DROP TABLE stories; --"):
        assert isinstance(queries.search(demo_library.db, hostile), list)
    assert queries.counts(demo_library.db)["stories"] == 4


def test_the_catalog_stays_untrusted_while_open_and_the_search_still_follows(demo_library_path):
    """`trusted_schema` is off for the whole life of the connection, not only while the schema
    is checked: mediakit's own writes (the search index) need no trusted trigger."""
    with Library.open(demo_library_path) as library:
        assert library.db.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        triggers = library.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%search%'"
        ).fetchall()
        assert triggers == []  # the store keeps the index (migrations.V7)
        assert queries.search(library.db, "Venezuela"), "the demo's stories are found"
