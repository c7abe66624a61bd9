"""Importing many photos: decoded on every core, reported in the order given, proxies kept."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from mediakit.edits import History
from mediakit.edits.import_report import IMPORTED, REFUSED
from mediakit.edits.importing import import_paths
from mediakit.imaging.proxies import make_proxy
from mediakit.importers.files import parse_files
from mediakit.library import queries
from mediakit.library.cache import PROXIES
from mediakit.model import BadInputError, Photo


def photo_file(path, size=(2400, 1600), shade=0):
    image = Image.effect_noise(size, 50 + shade).convert("RGB")
    image.save(path, "JPEG", quality=90)
    return path


def damaged_file(path):
    whole = io.BytesIO()
    Image.effect_noise((2000, 1500), 60).convert("RGB").save(whole, "JPEG")
    path.write_bytes(whole.getvalue()[: len(whole.getvalue()) // 2])
    return path


def story_file(path):
    path.write_text(
        "Clinics on the move in Roraima\n\n"
        "Boa Vista, Brazil – Mobile clinics now reach families arriving from Venezuela "
        "every day, and nurses see two hundred patients a day.\n",
        encoding="utf-8",
    )
    return path


def test_photos_are_parsed_in_parallel_but_reported_in_order(tmp_path):
    paths = [photo_file(tmp_path / f"p{i}.jpg", shade=i) for i in range(5)]
    paths.insert(2, damaged_file(tmp_path / "cut.jpg"))
    paths.insert(4, story_file(tmp_path / "story.txt"))
    outcomes = parse_files(paths, workers=3)
    kinds = [type(o).__name__ for o in outcomes]
    assert kinds == ["ParsedDocument"] * 2 + ["BadInputError"] + ["ParsedDocument"] * 4
    assert [o.name for o in outcomes if not isinstance(o, BadInputError)] == [
        p.name for p in paths if p.name != "cut.jpg"
    ]
    assert (
        str(outcomes[2]) == f"{paths[2]}: this is not an image mediakit can read, or it is damaged"
    )


def test_a_damaged_photo_is_refused_whole_and_the_rest_goes_on(empty_library, tmp_path):
    paths = [
        photo_file(tmp_path / "a.jpg"),
        damaged_file(tmp_path / "cut.jpg"),
        photo_file(tmp_path / "b.jpg", shade=5),
    ]
    history = History(empty_library.catalog)
    reports = import_paths(history, paths, media=empty_library.media, cache=empty_library.cache)
    assert [r.result.status for r in reports] == [IMPORTED, REFUSED, IMPORTED]
    assert "damaged" in reports[1].result.reason
    photos = queries.all_of(empty_library.db, Photo)
    assert [p.original_name for p in photos] == ["a.jpg", "b.jpg"]
    # One undo step per file.
    history.undo()
    assert [p.original_name for p in queries.all_of(empty_library.db, Photo)] == ["a.jpg"]


def test_each_photo_keeps_its_proxy_from_the_import(empty_library, tmp_path):
    paths = [photo_file(tmp_path / f"p{i}.jpg", shade=i) for i in range(3)]
    import_paths(
        History(empty_library.catalog), paths, media=empty_library.media, cache=empty_library.cache
    )
    for photo, path in zip(queries.all_of(empty_library.db, Photo), paths, strict=True):
        assert empty_library.media.read(photo.media_hash) == path.read_bytes()
        assert empty_library.cache.has_proxy(photo.media_hash)
        assert empty_library.cache.proxy(photo.media_hash) == make_proxy(path.read_bytes())


def test_import_works_when_the_cache_cannot_be_written(empty_library, tmp_path):
    empty_library.cache.root.mkdir(parents=True)
    (empty_library.cache.root / PROXIES).write_text("a file where a folder should be")
    reports = import_paths(
        History(empty_library.catalog),
        [photo_file(tmp_path / "a.jpg")],
        media=empty_library.media,
        cache=empty_library.cache,
    )
    assert reports[0].result.status == IMPORTED
    (photo,) = queries.all_of(empty_library.db, Photo)
    assert photo.has_image and not empty_library.cache.has_proxy(photo.media_hash)


def test_without_a_cache_the_import_works_as_before(empty_library, tmp_path):
    reports = import_paths(
        History(empty_library.catalog), [photo_file(tmp_path / "a.jpg")], media=empty_library.media
    )
    assert reports[0].result.status == IMPORTED
    (photo,) = queries.all_of(empty_library.db, Photo)
    assert empty_library.media.read(photo.media_hash)


def test_an_interrupted_batch_stops_reading_photos(tmp_path, monkeypatch):
    import threading
    import time

    from mediakit.importers import files

    read: list[str] = []
    lock = threading.Lock()

    def slow_parse(path):
        if path.suffix == ".txt":
            time.sleep(0.05)
            raise KeyboardInterrupt
        time.sleep(0.02)
        with lock:
            read.append(path.name)
        return path

    monkeypatch.setattr(files, "parse_file", slow_parse)
    paths = [tmp_path / f"p{i}.jpg" for i in range(40)] + [tmp_path / "story.txt"]
    started = time.perf_counter()
    with pytest.raises(KeyboardInterrupt):
        parse_files(paths, workers=1)
    assert len(read) < 10 and time.perf_counter() - started < 0.5


def test_the_first_photos_reach_the_catalog_while_the_last_is_still_decoding(
    empty_library, tmp_path, monkeypatch
):
    """import_paths stores each file as soon as it and those before it are parsed."""
    import threading

    from mediakit.importers import files

    paths = [photo_file(tmp_path / f"p{i}.jpg", shade=i) for i in range(3)]
    last_may_finish = threading.Event()
    seen_before_last: list[int] = []
    real_parse = files.parse_file

    def parse(path):
        if path.name == "p2.jpg":
            assert last_may_finish.wait(timeout=30)
        return real_parse(path)

    monkeypatch.setattr(files, "parse_file", parse)
    history = History(empty_library.catalog)
    real_do = history.do

    def do(edit):
        result = real_do(edit)
        if not last_may_finish.is_set():
            seen_before_last.append(len(queries.all_of(empty_library.db, Photo)))
            if len(seen_before_last) == 2:
                last_may_finish.set()
        return result

    monkeypatch.setattr(history, "do", do)
    reports = import_paths(history, paths, media=empty_library.media, cache=empty_library.cache)
    assert seen_before_last == [1, 2]  # two photos in the catalog, the third not yet decoded
    assert [r.result.status for r in reports] == [IMPORTED] * 3
    assert [p.original_name for p in queries.all_of(empty_library.db, Photo)] == [
        "p0.jpg",
        "p1.jpg",
        "p2.jpg",
    ]


def test_an_import_lets_go_of_the_photos_bytes_and_still_undoes_and_redoes(empty_library, tmp_path):
    """A big batch does not stay in memory: reports and the undo history keep sizes, names
    and hashes, not pixels; the originals are in the media store."""
    paths = [photo_file(tmp_path / f"p{i}.jpg", shade=i) for i in range(3)]
    history = History(empty_library.catalog)
    reports = import_paths(history, paths, media=empty_library.media, cache=empty_library.cache)
    kept = [image for r in reports for image in r.document.images.values()]
    kept += [image for edit in history._undo for image in edit.document.images.values()]
    assert len(kept) == 6 and all(not i.data and not i.proxy and i.media_hash for i in kept)
    assert all(empty_library.media.find(i.media_hash) for i in kept)
    photos = queries.all_of(empty_library.db, Photo)
    history.undo()
    assert len(queries.all_of(empty_library.db, Photo)) == 2
    history.redo()
    assert queries.all_of(empty_library.db, Photo) == photos
    assert reports[0].result.status == IMPORTED and reports[0].document.images[0].width == 2400
