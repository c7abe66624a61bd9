"""The catalog as untrusted input: a library handed over by someone else, or edited by hand."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from mediakit.cli import main
from mediakit.library import CATALOG_NAME, Library, backups, migrations
from mediakit.library.catalog import CatalogLostError, ReadOnlyError
from mediakit.library.folder import restore_offer

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def cli(*argv: str, timeout: int = 60) -> subprocess.CompletedProcess:
    """The real command in a child process: a hang is a failure, not a stuck test run."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "mediakit", *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def edit(library: Path, *statements: str, params: tuple = ()) -> None:
    """Change the catalog behind mediakit's back, as a hand with sqlite3 would."""
    db = sqlite3.connect(library / CATALOG_NAME)
    db.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        db.execute(statement, params if "?" in statement else ())
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def picture(path: Path, color: str = "red") -> Path:
    Image.new("RGB", (400, 300), color).save(path)
    return path


def with_photo(library: Path, tmp_path: Path, capsys) -> None:
    """The demo with photo 1 given a real image (so a build reads a media file)."""
    image = picture(tmp_path / "attached.jpg")
    assert run(capsys, "--library", str(library), "photo", "attach", "1", str(image))[0] == 0


# --- foreign triggers and views ---------------------------------------------------------------


def test_a_planted_trigger_that_rewrites_consent_never_fires(demo_library_path, tmp_path, capsys):
    edit(
        demo_library_path,
        "CREATE TRIGGER consent_for_all AFTER UPDATE ON photos BEGIN "
        "UPDATE photos SET consent_level = 'full', consent_scope = 'all'; END",
        "CREATE TRIGGER consent_on_insert AFTER INSERT ON stories BEGIN "
        "UPDATE photos SET consent_level = 'full'; END",
    )
    image = picture(tmp_path / "new.jpg")
    library = str(demo_library_path)
    code, _, err = run(capsys, "--library", library, "photo", "attach", "2", str(image))
    assert code == 3
    assert "consent_for_all" in err and "consent_on_insert" in err and CATALOG_NAME in err
    story = tmp_path / "story.txt"
    story.write_text("A new story title\n\nLima, Peru – A first paragraph of the story.\n")
    assert run(capsys, "--library", library, "import", str(story))[0] == 3
    db = sqlite3.connect(demo_library_path / CATALOG_NAME)
    levels = {row[0] for row in db.execute("SELECT consent_level FROM photos")}
    assert "full" not in levels
    assert (
        db.execute("SELECT count(*) FROM stories WHERE title LIKE 'A new story%'").fetchone()[0]
        == 0
    )
    db.close()


def test_an_endless_view_does_not_hang_list(demo_library_path):
    edit(
        demo_library_path,
        "CREATE VIEW forever AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT i FROM n",
    )
    result = cli("--library", str(demo_library_path), "list", "stories", timeout=60)
    assert result.returncode == 3, result.stderr
    assert "forever" in result.stderr and "view" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ("DROP TABLE figures", "the table “figures” is missing"),
        (
            "CREATE TABLE notes (id INTEGER PRIMARY KEY)",
            "a table “notes” that mediakit did not make",
        ),
        ("ALTER TABLE photos ADD COLUMN secret TEXT", "the table “photos” was altered"),
        ("CREATE INDEX by_caption ON photos(caption)", "an index “by_caption”"),
        (
            "DROP TRIGGER stories_signature_update",
            "the trigger “stories_signature_update” is missing",
        ),
    ],
)
def test_a_changed_schema_is_named_and_left_untouched(demo_library_path, capsys, change, named):
    edit(demo_library_path, change)
    before = (demo_library_path / CATALOG_NAME).read_bytes()
    code, _, err = run(capsys, "--library", str(demo_library_path), "list", "kits")
    assert code == 3
    assert named in err and "mediakit restore" in err
    assert (demo_library_path / CATALOG_NAME).read_bytes() == before


def test_the_expected_schema_follows_the_migrations(tmp_path, monkeypatch):
    """Computed from MIGRATIONS, not written down: a new migration's table is expected."""
    extra = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL DEFAULT '')"
    patched = (*migrations.MIGRATIONS, extra)
    monkeypatch.setattr("mediakit.library.catalog.MIGRATIONS", patched)
    monkeypatch.setattr("mediakit.library.catalog.LATEST", len(patched))
    with Library.open(tmp_path / "lib") as library:
        library.db.execute("INSERT INTO notes (text) VALUES ('x')")
    with Library.open(tmp_path / "lib") as library:
        assert library.catalog.version == len(patched)


# --- hashes that point outside the library --------------------------------------------------


@pytest.mark.parametrize(
    "planted",
    [
        "UPDATE photos SET media_hash = '../../outside/secret' WHERE id = 1",
        "UPDATE media SET hash = '../../outside/secret'",
        "INSERT OR REPLACE INTO org (id, name, logo_hash) VALUES (1, 'Org', '../../outside/secret')",
        "UPDATE media SET ext = 'jpg/../../../x'",
    ],
)
@pytest.mark.parametrize("command", ["build", "photos", "export"])
def test_a_hash_pointing_outside_the_library_is_refused(
    demo_library_path, tmp_path, capsys, planted, command
):
    with_photo(demo_library_path, tmp_path, capsys)
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = picture(outside / "secret.jpg", "blue")
    (outside / "secret").write_bytes(secret.read_bytes())
    edit(demo_library_path, planted)
    before = sorted(p for p in tmp_path.rglob("*") if demo_library_path not in p.parents)
    target = tmp_path / "out" / "kit.file"
    code, _, err = run(capsys, "--library", str(demo_library_path), command, "1", "-o", str(target))
    assert code == 3 and CATALOG_NAME in err and "not a media hash" in err
    assert not target.exists()
    after = sorted(p for p in tmp_path.rglob("*") if demo_library_path not in p.parents)
    assert after == before  # no proxy, rendition or output written outside the library
    cached = b"".join(p.read_bytes() for p in demo_library_path.rglob("*.jpg"))
    assert secret.read_bytes() not in cached


# --- a lost catalog --------------------------------------------------------------------------


def test_a_zero_byte_catalog_is_refused_not_a_new_library(tmp_path, capsys):
    library = tmp_path / "lib"
    library.mkdir()
    (library / CATALOG_NAME).write_bytes(b"")
    code, _, err = run(capsys, "--library", str(library), "list", "stories")
    assert code == 3 and "0 bytes" in err and "mediakit restore" in err
    assert (library / CATALOG_NAME).stat().st_size == 0


@pytest.mark.parametrize("loss", ["zero-bytes", "missing"])
def test_a_lost_catalog_beside_backups_offers_the_restore(demo_library_path, capsys, loss):
    library = str(demo_library_path)
    with Library.open(demo_library_path) as opened:
        backups.back_up(opened.db, opened.catalog.path, reason="daily")
    catalog = demo_library_path / CATALOG_NAME
    if loss == "zero-bytes":
        catalog.write_bytes(b"")
    else:
        catalog.unlink()
    assert restore_offer(demo_library_path) is not None
    code, _, err = run(capsys, "--library", library, "list", "stories")
    assert code == 3 and "mediakit restore" in err and "catalog-" in err
    code, out, _ = run(capsys, "--library", library, "restore")
    assert code == 0 and "Restored" in out
    code, out, _ = run(capsys, "--library", library, "list", "kits")
    assert code == 0 and "Venezuela" in out


def test_a_missing_catalog_beside_media_is_not_a_new_library(demo_library_path, tmp_path, capsys):
    with_photo(demo_library_path, tmp_path, capsys)
    (demo_library_path / CATALOG_NAME).unlink()
    for side in ("-wal", "-shm"):
        (demo_library_path / (CATALOG_NAME + side)).unlink(missing_ok=True)
    for backup in backups.list_backups(demo_library_path / CATALOG_NAME):
        backup.unlink()
    with pytest.raises(CatalogLostError, match="mediakit restore"):
        Library.open(demo_library_path)
    assert not (demo_library_path / CATALOG_NAME).exists()


def test_only_a_truly_empty_library_is_empty(tmp_path, capsys):
    """The app adds the demo kit only to a library that is truly empty."""
    with Library.open(tmp_path / "new") as library:
        assert library.is_empty()
    photo_only = tmp_path / "photo-only"
    code, _, _ = run(
        capsys, "--library", str(photo_only), "import", str(picture(tmp_path / "p.jpg"))
    )
    assert code == 0
    with Library.open(photo_only) as library:
        assert not library.is_empty()
    with Library.open(tmp_path / "backed-up") as library:
        backups.back_up(library.db, library.catalog.path, reason="daily")
    with Library.open(tmp_path / "backed-up") as library:
        assert not library.is_empty()


# --- read-only libraries and backups that cannot be written -----------------------------------


def _read_only(monkeypatch) -> None:
    """Every open read-only, as a library on a read-only share opens (root ignores chmod)."""
    real = Library.open.__func__
    monkeypatch.setattr(
        Library, "open", classmethod(lambda cls, root=None, **_: real(cls, root, read_only=True))
    )


def test_a_read_only_library_lists_and_builds_elsewhere_but_refuses_changes(
    demo_library_path, tmp_path, capsys, monkeypatch
):
    before = (demo_library_path / CATALOG_NAME).read_bytes()
    _read_only(monkeypatch)
    library = str(demo_library_path)
    code, out, err = run(capsys, "--library", library, "list", "kits")
    assert code == 0 and "Venezuela" in out
    assert err.count("read-only") == 1 and len(err.strip().splitlines()) == 1
    target = tmp_path / "elsewhere" / "kit.pdf"
    code, _, err = run(capsys, "--library", library, "build", "1", "-o", str(target))
    assert code == 0 and target.read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, "--library", library, "kit", "new", "Another")
    assert code == 3 and "read-only" in err and "nothing was changed" in err
    assert (demo_library_path / CATALOG_NAME).read_bytes() == before


def test_read_only_open_changes_nothing(demo_library_path):
    """The catalog's bytes stay as they were and no backup is made (SQLite may share its
    read lock through a -shm file where the folder allows it)."""
    before = {p.name: p.read_bytes() for p in demo_library_path.rglob("*.sqlite")}
    with Library.open(demo_library_path, read_only=True) as library:
        assert library.read_only and library.notices()
        with pytest.raises(ReadOnlyError), library.catalog.transaction():
            pass
    after = {p.name: p.read_bytes() for p in demo_library_path.rglob("*.sqlite")}
    assert after == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through any permission")
def test_a_library_on_a_read_only_folder_opens_read_only(demo_library_path, capsys):
    for path in [*demo_library_path.rglob("*"), demo_library_path]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        code, out, err = run(capsys, "--library", str(demo_library_path), "list", "kits")
        assert code == 0 and "Venezuela" in out and "read-only" in err
    finally:
        for path in [demo_library_path, *demo_library_path.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)


@pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root, to run as nobody"
)
def test_a_read_only_library_as_another_user_sees_it(demo_template):
    """The real thing when the tests run as root: the command run as `nobody` on a library it
    may read but not write (a WAL catalog with no -shm beside it)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        base.chmod(0o755)
        library = base / "library"
        shutil.copytree(demo_template, library)
        home = base / "home"
        home.mkdir()
        home.chmod(0o777)
        for path in [library, *library.rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home)}
        env["MEDIAKIT_CACHE"] = str(home / "cache")

        def as_nobody(*argv: str) -> subprocess.CompletedProcess:
            return subprocess.run(
                ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
                + [sys.executable, "-m", "mediakit", "--library", str(library), *argv],
                capture_output=True,
                text=True,
                timeout=120,
                env=env,
            )

        listed = as_nobody("list", "kits")
        assert listed.returncode == 0 and "Venezuela" in listed.stdout, listed.stderr
        assert "read-only" in listed.stderr
        built = as_nobody("build", "1", "-o", str(home / "kit.pdf"))
        assert built.returncode == 0 and (home / "kit.pdf").stat().st_size > 0, built.stderr
        refused = as_nobody("kit", "new", "Another")
        assert refused.returncode == 3 and "read-only" in refused.stderr
        assert sorted(p.name for p in library.iterdir()) == sorted(
            p.name for p in demo_template.iterdir()
        )


def test_a_backup_that_cannot_be_written_never_blocks_reading(
    demo_library_path, capsys, monkeypatch
):
    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "back_up", full_disk)
    monkeypatch.setattr(backups, "due", lambda *a, **k: True)
    code, out, err = run(capsys, "--library", str(demo_library_path), "list", "kits")
    assert code == 0 and "Venezuela" in out
    assert "backup" in err and "No space left" in err


def test_a_backups_folder_that_is_a_file_never_blocks_reading(demo_library_path, capsys):
    for old in (demo_library_path / "backups").glob("*"):
        old.unlink()
    if (demo_library_path / "backups").exists():
        (demo_library_path / "backups").rmdir()
    (demo_library_path / "backups").write_text("not a folder")
    code, out, err = run(capsys, "--library", str(demo_library_path), "list", "kits")
    assert code == 0 and "Venezuela" in out and "backup" in err


# --- rows edited by hand ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "planted",
    [
        "UPDATE stories SET body = 'not json' WHERE id = 1",
        "UPDATE stories SET body = '{\"a\": 1}' WHERE id = 1",
        "UPDATE stories SET kind = 'bogus' WHERE id = 1",
        "UPDATE photos SET consent_level = 'bogus' WHERE id = 1",
        'UPDATE kits SET sections = \'[{"kind": "nope"}]\'',
        "UPDATE kits SET edition = 'zzz'",
        "UPDATE stories SET title = x'00ff' WHERE id = 1",
        "UPDATE photos SET width = 'wide' WHERE id = 1",
        "UPDATE stories SET tags = '5' WHERE id = 1",
        "UPDATE figures SET series = '[1, 2, \"x\"]' WHERE id = 1",
        "UPDATE stories SET body = '" + "[" * 50_000 + "]" * 50_000 + "' WHERE id = 1",
    ],
)
def test_a_row_edited_by_hand_is_a_sentence_not_a_crash(
    demo_library_path, tmp_path, capsys, planted
):
    edit(demo_library_path, planted)
    library = str(demo_library_path)
    for command in (
        ["list", "stories"],
        ["list", "photos"],
        ["list", "kits"],
        ["list", "figures"],
        ["build", "1", "-o", str(tmp_path / "kit.pdf")],
        ["export", "1", "-o", str(tmp_path / "kit.mediakit")],
    ):
        code, _, err = run(capsys, "--library", library, *command)
        assert code in (0, 1, 3), (command, err)
        if code == 3:
            assert CATALOG_NAME in err and "mediakit restore" in err
