"""A library of thousands kept whole: a photo already in the library is not added again (the
report names it), a killed import run again completes with no duplicate and no debris once
swept, the sweep spares young files, the catalog's files and a running import, and a new story
is scored only against the stories its signature makes candidates."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from mediakit.cli import main
from mediakit.edits import History, ImportDocument
from mediakit.edits import duplicates as duplicates_module
from mediakit.edits.commands import UpdateItem
from mediakit.edits.import_report import DUPLICATE, IMPORTED
from mediakit.edits.importing import import_paths
from mediakit.importers import parse_text
from mediakit.library import APPLICATION_ID, Library, migrations, queries, sweep
from mediakit.library.catalog import _statements
from mediakit.model import Photo, Story
from mediakit.model.records import TABLES

ROOT = Path(__file__).resolve().parents[2]


def make_photos(folder: Path, count: int, *, size: tuple[int, int] = (96, 64)) -> list[Path]:
    """`count` small JPEGs, each different (its number drawn on it)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        image = Image.new("RGB", size, (n * 37 % 256, n * 91 % 256, 120))
        ImageDraw.Draw(image).text((4, 4), str(n), fill=(255, 255, 255))
        path = folder / f"harbour_{n:04d}.jpg"
        image.save(path, quality=85)
        paths.append(path)
    return paths


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def photo_rows(library_dir: Path) -> list[tuple[int, str]]:
    with Library.open(library_dir) as library:
        return [(p.id, p.media_hash) for p in queries.all_of(library.db, Photo)]


def test_a_folder_imported_twice_adds_nothing_the_second_time(tmp_path, capsys):
    photos = make_photos(tmp_path / "photos", 5)
    library = str(tmp_path / "library")
    code, first = run(capsys, "--library", library, "import", *map(str, photos))
    assert code == 0 and first.count("added 1 photo") == 5
    before = photo_rows(tmp_path / "library")

    code, second = run(capsys, "--library", library, "import", *map(str, photos))
    assert code == 0
    assert photo_rows(tmp_path / "library") == before
    first_id = before[0][0]
    assert (
        f"harbour_0000.jpg: already in the library as photo {first_id} (“harbour_0000.jpg”); "
        "nothing was added" in second
    )
    assert "added" not in second.replace("nothing was added", "")

    code, out = run(capsys, "--library", library, "import", "--json", str(photos[2]))
    row = json.loads(out)[0]
    assert (row["status"], row["same_photo"], row["photos"]) == (
        DUPLICATE,
        before[2][0],
        [before[2][0]],
    )


def test_the_report_names_the_existing_photo_by_its_caption(empty_library, tmp_path):
    photo = make_photos(tmp_path / "photos", 1)[0]
    history = History(empty_library.catalog)
    [first] = import_paths(history, [photo], media=empty_library.media)
    stored = queries.one_of(empty_library.db, Photo, first.result.photo_ids[0])
    history.do(_caption_edit(stored, "Boats at dawn in the harbour"))
    copy = tmp_path / "copy of harbour.jpg"
    copy.write_bytes(photo.read_bytes())
    [again] = import_paths(history, [copy], media=empty_library.media)
    assert again.result.status == DUPLICATE
    assert again.result.sentence() == (
        f"copy of harbour.jpg: already in the library as photo {stored.id} "
        "(“Boats at dawn in the harbour”); nothing was added"
    )
    assert queries.counts(empty_library.db)["photos"] == 1


def _caption_edit(photo: Photo, caption: str) -> UpdateItem:
    return UpdateItem(photo, dataclasses.replace(photo, caption=caption), label="Caption")


def _catalog_photos(library_dir: Path) -> int:
    uri = f"{(library_dir / 'catalog.sqlite').as_uri()}?mode=ro"
    try:
        with sqlite3.connect(uri, uri=True, timeout=0.2) as db:
            return db.execute("SELECT count(*) FROM photos").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_an_import_killed_half_way_run_again_completes_it_without_duplicates(tmp_path):
    photos = make_photos(tmp_path / "photos", 120, size=(900, 700))
    library_dir = tmp_path / "library"
    command = [sys.executable, "-m", "mediakit", "--library", str(library_dir), "import"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [*command, *map(str, photos)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while _catalog_photos(library_dir) < 10 and time.monotonic() < deadline:
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait()
    done = _catalog_photos(library_dir)
    assert 0 < done < len(photos), "the import was to be killed half way"
    # What a kill leaves in the worst case: a write never renamed into place.
    debris = library_dir / "media" / "ab" / f".{'ab' * 32}.jpg.1234abcd.part"
    debris.parent.mkdir(parents=True, exist_ok=True)
    debris.write_bytes(b"half a photo")

    again = subprocess.run(
        [*command, "--json", *map(str, photos)], env=env, capture_output=True, check=True
    )
    rows = json.loads(again.stdout)
    assert sum(row["status"] == DUPLICATE for row in rows) == done
    assert sum(row["status"] == IMPORTED for row in rows) == len(photos) - done
    hashes = [media_hash for _, media_hash in photo_rows(library_dir)]
    assert len(hashes) == len(set(hashes)) == len(photos)

    with Library.open(library_dir) as library:
        sweep.sweep(library_dir, library.db, grace=0)
        on_disk = {p.name.split(".")[0] for p in (library_dir / "media").rglob("*") if p.is_file()}
    assert not list(library_dir.rglob("*.part"))
    assert on_disk == set(hashes)


def _age(path: Path, seconds: float) -> Path:
    when = time.time() - seconds
    os.utime(path, (when, when))
    return path


@pytest.fixture
def swept_library(empty_library, tmp_path):
    """A library with one photo, and old and young debris beside it."""
    photo = make_photos(tmp_path / "photos", 1)[0]
    import_paths(History(empty_library.catalog), [photo], media=empty_library.media)
    kept = empty_library.media.find(queries.all_of(empty_library.db, Photo)[0].media_hash)
    root = empty_library.root
    files = {
        "kept": _age(kept, 3 * 86400),
        "old orphan": _age(_put(root / "media" / "cd" / f"{'cd' * 32}.jpg"), 2 * 86400),
        "young orphan": _put(root / "media" / "ef" / f"{'ef' * 32}.png"),
        "old part": _age(_put(root / "media" / "cd" / f".{'cd' * 32}.jpg.0a0b.part"), 2 * 86400),
        "young part": _put(root / "cache" / "proxies" / ".x.jpg.0c0d.part"),
        "old cache part": _age(_put(root / "cache" / ".y.webp.0e0f.part"), 2 * 86400),
        "not ours": _age(_put(root / "media" / "notes.txt"), 2 * 86400),
    }
    return empty_library, files


def _put(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"bytes")
    return path


def test_the_sweep_removes_old_debris_and_keeps_young_and_catalogued_files(swept_library):
    library, files = swept_library
    removed = sweep.sweep(library.root, library.db, grace=86400)
    gone = {name for name, path in files.items() if not path.exists()}
    assert gone == {"old orphan", "old part", "old cache part"}
    assert set(removed) == {files[name] for name in gone}


def test_the_sweep_does_nothing_while_an_import_holds_the_lock(swept_library):
    library, files = swept_library
    mark = _age(_put(library.root / sweep.MARK_NAME), 2 * 86400)
    with sweep.import_lock(library.root):
        assert sweep.sweep(library.root, library.db, grace=0) is None
        Library.open(library.root).close()  # a second process opening it meanwhile
        assert all(path.exists() for path in files.values())
        assert time.time() - mark.stat().st_mtime > 86400  # swept next time, not a day later
    assert sweep.sweep(library.root, library.db, grace=0)
    assert files["kept"].exists() and not files["young orphan"].exists()


def test_opening_a_library_sweeps_it_once_a_day(swept_library):
    library, files = swept_library
    mark = library.root / sweep.MARK_NAME
    _age(mark, 2 * 86400)
    Library.open(library.root).close()
    assert not files["old part"].exists() and files["young part"].exists()
    assert time.time() - mark.stat().st_mtime < 60


# --- Stories: only the candidates are scored ---


def story_text(n: int) -> str:
    """A story of its own: words no other story of the set shares in a run of five."""
    words = " ".join(f"w{n}x{i}" for i in range(60))
    return f"Story {n} of the set\n\nQuito, Ecuador – {words}.\n"


def test_a_story_import_scores_only_its_candidates(empty_library, monkeypatch):
    history = History(empty_library.catalog)
    for n in range(200):
        history.do(ImportDocument(parse_text(story_text(n), name=f"s{n}.txt")))
    calls = {"same_story": 0, "release_score": 0}

    def counted(name, function):
        def wrapper(*args):
            calls[name] += 1
            return function(*args)

        return wrapper

    monkeypatch.setattr(
        duplicates_module, "same_story", counted("same_story", duplicates_module.same_story)
    )
    monkeypatch.setattr(
        duplicates_module,
        "same_release",
        counted("release_score", duplicates_module.same_release),
    )
    step = ImportDocument(parse_text(story_text(1000), name="new.txt"))
    history.do(step)
    assert step.result.status == IMPORTED
    assert calls["same_story"] + calls["release_score"] < 20

    again = ImportDocument(parse_text(story_text(57), name="again.txt"))
    history.do(again)
    assert (again.result.status, again.result.same_as) == (DUPLICATE, 58)
    assert calls["same_story"] < 25


def test_a_story_changed_after_import_is_compared_by_its_new_text(empty_library):
    history = History(empty_library.catalog)
    history.do(ImportDocument(parse_text(story_text(1), name="one.txt")))
    story = queries.all_of(empty_library.db, Story)[0]
    edited = parse_text(story_text(2), name="two.txt").story
    history.do(UpdateItem(story, dataclasses.replace(edited, id=story.id), label="Edit"))
    step = ImportDocument(parse_text(story_text(2), name="two again.txt"))
    history.do(step)
    assert (step.result.status, step.result.same_as) == (DUPLICATE, story.id)
    history.undo()
    history.undo()  # the edit undone: the first text is the story's again
    step = ImportDocument(parse_text(story_text(1), name="one again.txt"))
    history.do(step)
    assert (step.result.status, step.result.same_as) == (DUPLICATE, story.id)


def test_a_catalog_from_before_the_signatures_gets_them_on_the_next_import(tmp_path):
    library_dir = tmp_path / "library"
    library_dir.mkdir()
    with contextlib.closing(sqlite3.connect(library_dir / "catalog.sqlite")) as db:
        for script in migrations.MIGRATIONS[:4]:  # as mediakit left it before the signatures
            for statement in _statements(script):
                db.execute(statement)
        for n in range(3):  # rows as a schema-4 catalog has them: no revision yet
            row = TABLES[Story][1](parse_text(story_text(n), name=f"s{n}.txt").story)
            del row["revision"]
            marks = ",".join("?" * len(row))
            db.execute(
                f"INSERT INTO stories ({','.join(row)}) VALUES ({marks})", list(row.values())
            )
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute("PRAGMA user_version = 4")
        db.commit()
    with Library.open(library_dir) as library:
        assert library.catalog.version == migrations.LATEST
        step = ImportDocument(parse_text(story_text(1), name="s1 again.txt"))
        History(library.catalog).do(step)
        assert (step.result.status, step.result.same_as) == (DUPLICATE, 2)
        signed = library.db.execute("SELECT count(*) FROM story_signatures").fetchone()[0]
        assert signed == 3


def test_story_signatures_are_datasketchs_minhash_values():
    """The signature is made with numpy alone (datasketch imports SciPy: 0.6 s a process), but
    its values must be datasketch 2's MinHash ('affine32', seed 1), so stored signatures stay
    comparable with the reference implementation."""
    datasketch = pytest.importorskip("datasketch")
    import random

    from mediakit.importers.similarity import NUM_PERM, signature

    draw = random.Random(7)
    for size in (1, 3, 40, 500):
        tokens = frozenset(draw.getrandbits(32) for _ in range(size)) | {0, 2**32 - 1}
        reference = datasketch.MinHash(num_perm=NUM_PERM, seed=1, hashfunc=int, scheme="affine32")
        reference.update_batch(sorted(tokens))
        assert signature(tokens) == reference.hashvalues.astype("uint32").tobytes()
