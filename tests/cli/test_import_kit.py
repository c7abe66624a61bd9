"""`mediakit import FILES --kit NAME`, then `build NAME`: the seeds and a batch of camera photos."""

from __future__ import annotations

import io
import json
import shutil
import sys
import threading
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from mediakit.cli import main
from mediakit.exporters.pdf import build_checked
from mediakit.library import Library, queries
from mediakit.library.cache import PROXIES, RenditionCache
from mediakit.model import Kit, Photo, SectionKind

SEEDS = sorted((Path(__file__).resolve().parents[2] / "assets" / "demo" / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def photos(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("photos")
    paths = []
    for index in range(6):
        size = (3000, 2000) if index % 3 else (2000, 3000)
        path = folder / f"field-visit-{index}.jpg"
        scene = Image.effect_noise((size[0] // 8, size[1] // 8), 40 + 5 * index).convert("RGB")
        scene.resize(size, Image.Resampling.BICUBIC).save(path, "JPEG", quality=88)
        paths.append(path)
    return paths


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def images_in(pdf: Path) -> int:
    return sum(len(page.images) for page in PdfReader(pdf).pages)


def test_import_into_a_new_kit_then_build_it(tmp_path, photos, capsys):
    library = tmp_path / "lib"
    code, out, _ = run(
        capsys, "--library", library, "import", *SEEDS, *photos, "--json", "--kit", "Field kit"
    )
    rows = json.loads(out)
    assert code == 0 and len(rows) == len(SEEDS) + len(photos)
    assert {json.dumps(r["added_to_kit"]) for r in rows} == {
        json.dumps({"id": 1, "name": "Field kit"})
    }
    with Library.open(library) as lib:
        kit = queries.find_kit(lib.db, "Field kit")
        photo_ids = [r["photos"][0] for r in rows[len(SEEDS) :]]
        assert list(kit.ids_of(SectionKind.GALLERY)) == photo_ids
        assert len(kit.ids_of(SectionKind.STORY)) == 4  # the scraped copy of 001 is 001
        assert kit.ids_of(SectionKind.CONTACTS) and kit.ids_of(SectionKind.FIGURES)
        stored = queries.some_of(lib.db, Photo, set(photo_ids)).values()
        assert all(lib.cache.has_proxy(p.media_hash) for p in stored)
    pdf = tmp_path / "field.pdf"
    code, out, _ = run(capsys, "--library", library, "build", "Field kit", "-o", pdf)
    assert code in (0, 1) and pdf.exists()  # preflight may warn (photos without captions)
    text = "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    assert "Serving Hope" in text and images_in(pdf) >= len(photos)


def test_human_output_says_what_went_into_the_kit(tmp_path, photos, capsys):
    library = tmp_path / "lib"
    code, out, _ = run(capsys, "--library", library, "import", *SEEDS[:2], "--kit", "K")
    assert code == 0 and out.splitlines()[-1] == "Created kit 1 “K” with 1 story"
    code, out, _ = run(capsys, "--library", library, "import", photos[0], SEEDS[2], "--kit", "K")
    assert out.splitlines()[-1] == "Added to kit 1 “K”: 1 story, 1 photo"
    code, out, _ = run(capsys, "--library", library, "import", SEEDS[1], "--kit", "1")
    assert out.splitlines()[-1] == "The kit 1 “K” already shows all of it."


def test_kit_name_must_not_be_blank_and_nothing_imported_makes_no_kit(tmp_path, capsys):
    library = tmp_path / "lib"
    code, _, err = run(capsys, "--library", library, "import", SEEDS[0], "--kit", "  ")
    assert code == 3 and err.strip() == "mediakit: a kit needs a name (--kit)"
    missing = tmp_path / "gone.jpg"
    code, out, err = run(capsys, "--library", library, "import", missing, "--kit", "K", "--json")
    assert code == 3 and json.loads(out)[0]["added_to_kit"] is None
    with Library.open(library) as lib:
        assert queries.all_of(lib.db, Kit) == []


def test_cold_cache_builds_the_same_pdf_as_proxies_from_the_import(tmp_path, photos, capsys):
    library = tmp_path / "lib"
    run(capsys, "--library", library, "import", *SEEDS, *photos, "--kit", "K")
    assert len(list((library / "cache" / PROXIES).rglob("*.jpg"))) == len(photos)
    after_import, cold = tmp_path / "a.pdf", tmp_path / "b.pdf"
    run(capsys, "--library", library, "build", "K", "-o", after_import)
    shutil.rmtree(library / "cache")  # proxies and renditions: everything is made again
    run(capsys, "--library", library, "build", "K", "-o", cold)
    assert images_in(cold) >= len(photos)
    assert cold.read_bytes() == after_import.read_bytes()
    assert len(list((library / "cache" / PROXIES).rglob("*.jpg"))) == len(photos)


def test_photo_attach_keeps_the_proxy(demo_library_path, photos, capsys):
    code, out, _ = run(capsys, "--library", demo_library_path, "photo", "attach", 1, photos[1])
    assert code == 0
    with Library.open(demo_library_path) as lib:
        assert lib.cache.has_proxy(queries.one_of(lib.db, Photo, 1).media_hash)


def test_a_build_from_the_library_cache_makes_its_renditions_on_workers_then_stops_them(
    tmp_path, photos, capsys, monkeypatch
):
    """What the app and the command line hand a build is the library's cache: the renditions
    it lacks are made on worker threads, which are gone when the build is (and the GIL switch
    interval is as it was)."""
    library = tmp_path / "lib"
    run(capsys, "--library", library, "import", *photos, "--kit", "Field kit")
    interval, threads = sys.getswitchinterval(), threading.active_count()
    workers: set[str] = set()
    made = RenditionCache.rendition

    def recording(cache, media_hash, spec):
        workers.add(threading.current_thread().name)
        return made(cache, media_hash, spec)

    monkeypatch.setattr(RenditionCache, "rendition", recording)
    with Library.open(library) as lib:
        content = queries.kit_content(lib.db, queries.find_kit(lib.db, "Field kit"))
        result = build_checked(content, photos=lib.cache, force=True)
    pdf = PdfReader(io.BytesIO(result.pdf))
    assert sum(len(page.images) for page in pdf.pages) == len(photos)
    assert workers and threading.main_thread().name not in workers
    assert sys.getswitchinterval() == interval
    assert threading.active_count() == threads
