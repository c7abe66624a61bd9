"""Building a kit again: the same PDF, at once when nothing changed, and a new one when
anything did; what preflight says is always decided afresh."""

from __future__ import annotations

import pytest

from mediakit.cli import main
from mediakit.edits import History, set_photo_text
from mediakit.edits.items import update_item
from mediakit.exporters import pdf as pdf_exporter
from mediakit.library import Library, queries
from mediakit.library.builds import BuildCache
from mediakit.model import Photo, Story
from tests.tunings import environment

DEMO_KIT = "Venezuela situation — press kit"


def build(library, out, *extra) -> int:
    return main(["--library", str(library), "build", DEMO_KIT, "-o", str(out), *extra])


class Layouts:
    """Counts the layouts the exporter really runs."""

    def __init__(self, monkeypatch) -> None:
        self.count = 0
        real = pdf_exporter.build_pdf

        def counting(*args, **kwargs):
            self.count += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(pdf_exporter, "build_pdf", counting)


def test_an_unchanged_kit_is_not_laid_out_again(demo_library_path, tmp_path, monkeypatch):
    layouts = Layouts(monkeypatch)
    assert build(demo_library_path, tmp_path / "a.pdf") == 0
    laid_out = layouts.count
    assert laid_out >= 1
    assert build(demo_library_path, tmp_path / "b.pdf") == 0
    assert layouts.count == laid_out
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_a_caption_edit_gives_a_new_pdf(demo_library_path, tmp_path, monkeypatch):
    assert build(demo_library_path, tmp_path / "a.pdf") == 0
    with Library.open(demo_library_path) as library:
        photo = queries.one_of(library.db, Photo, 1)
        set_photo_text(History(library.catalog), photo=photo, caption="A caption never seen")
    layouts = Layouts(monkeypatch)
    assert build(demo_library_path, tmp_path / "b.pdf") == 0
    assert layouts.count >= 1
    assert (tmp_path / "a.pdf").read_bytes() != (tmp_path / "b.pdf").read_bytes()


def test_the_same_pdf_with_or_without_the_caches(demo_library_path, tmp_path):
    assert build(demo_library_path, tmp_path / "warm-up.pdf") == 0
    assert build(demo_library_path, tmp_path / "cached.pdf") == 0
    assert (demo_library_path / "cache" / "builds").is_dir()
    with Library.open(demo_library_path) as library:
        library.cache.clear()
    assert build(demo_library_path, tmp_path / "cold.pdf") == 0
    cold = (tmp_path / "cold.pdf").read_bytes()
    assert cold == (tmp_path / "cached.pdf").read_bytes()


@pytest.mark.parametrize("damage", ["pdf", "json"])
def test_a_damaged_cache_entry_means_a_real_build(demo_library_path, tmp_path, damage, monkeypatch):
    assert build(demo_library_path, tmp_path / "a.pdf") == 0
    (entry,) = (demo_library_path / "cache" / "builds").glob(f"*.{damage}")
    entry.write_bytes(entry.read_bytes()[:100])
    layouts = Layouts(monkeypatch)
    assert build(demo_library_path, tmp_path / "b.pdf") == 0
    assert layouts.count >= 1
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_preflight_speaks_on_every_build(demo_library_path, tmp_path, capsys):
    """A cached PDF still comes with its warnings (they depend on today's date too)."""
    build(demo_library_path, tmp_path / "a.pdf")
    first = capsys.readouterr().err
    build(demo_library_path, tmp_path / "b.pdf")
    assert capsys.readouterr().err == first
    assert "warning" in first


def test_a_rebuild_from_the_build_cache_still_names_what_the_fonts_cannot_print(
    demo_library_path, tmp_path, monkeypatch, capsys
):
    """The glyph check's findings are kept with the build: a cached rebuild says them again
    without laying out (nor loading the fonts to look)."""
    with Library.open(demo_library_path) as library:
        story = queries.all_of(library.db, Story)[0]
        update_item(
            History(library.catalog), item=story, label="Edit title", title=story.title + " 🌎"
        )
    build(demo_library_path, tmp_path / "a.pdf")
    first = capsys.readouterr().err
    assert "🌎" in first
    layouts = Layouts(monkeypatch)
    build(demo_library_path, tmp_path / "b.pdf")
    assert layouts.count == 0
    assert capsys.readouterr().err == first


def test_only_the_latest_builds_are_kept(tmp_path):
    cache = BuildCache(tmp_path / "builds", keep=3)
    for number in range(6):
        cache.put(f"kit {number}", f"%PDF {number}".encode(), {"placements": {}, "overflow": ""})
    assert len(list((tmp_path / "builds").glob("*.pdf"))) == 3
    assert cache.get("kit 5") is not None
    assert cache.get("kit 0") is None


def test_a_caption_edit_rebuild_does_no_photo_work(demo_library_path, tmp_path, monkeypatch):
    """After the first build, editing a caption lays the kit out again from cached renditions:
    no photo is decoded or encoded."""
    from PIL import Image, ImageFile

    for slot in (1, 3):
        photo = tmp_path / f"p{slot}.jpg"
        Image.effect_noise((3000, 2000), 40).convert("RGB").save(photo, quality=90)
        assert (
            main(["--library", str(demo_library_path), "photo", "attach", str(slot), str(photo)])
            == 0
        )
    assert build(demo_library_path, tmp_path / "a.pdf") == 0
    with Library.open(demo_library_path) as library:
        photo = queries.one_of(library.db, Photo, 3)
        set_photo_text(History(library.catalog), photo=photo, caption="Only the words changed")
    work = []
    real_load, real_save = ImageFile.ImageFile.load, Image.Image.save
    monkeypatch.setattr(
        ImageFile.ImageFile, "load", lambda im: work.append("decode") or real_load(im)
    )
    monkeypatch.setattr(
        Image.Image, "save", lambda im, *a, **k: work.append("encode") or real_save(im, *a, **k)
    )
    layouts = Layouts(monkeypatch)
    assert build(demo_library_path, tmp_path / "b.pdf") == 0
    assert layouts.count >= 1 and work == []
    assert (tmp_path / "a.pdf").read_bytes() != (tmp_path / "b.pdf").read_bytes()


REBUILD_IN_A_FRESH_PROCESS = """
import sys
from mediakit.cli import main
code = main(sys.argv[1:])
image = sys.modules.get("PIL.Image")
print(code, type(image).__name__ if image is not None else "absent")
"""


def test_a_rebuild_from_cached_renditions_never_loads_pillow(demo_library_path, tmp_path):
    """ReportLab imports Pillow's Image module, which the command line lets load on first use;
    a caption edit's rebuild never uses it, and a first build loads it before its workers."""
    import subprocess
    import sys

    from PIL import Image

    photo = tmp_path / "p.jpg"
    Image.effect_noise((3000, 2000), 40).convert("RGB").save(photo, quality=90)
    assert main(["--library", str(demo_library_path), "photo", "attach", "1", str(photo)]) == 0

    def fresh_build(out: str) -> str:
        args = ["--library", str(demo_library_path), "build", DEMO_KIT, "-o", str(tmp_path / out)]
        done = subprocess.run(
            [sys.executable, "-c", REBUILD_IN_A_FRESH_PROCESS, *args],
            env=environment(),  # the tuning "lazy_pillow" on, whatever this run's switches
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout.split()[-2:]

    assert fresh_build("first.pdf") == ["0", "module"]  # renditions made: Pillow in full
    with Library.open(demo_library_path) as library:
        photo_row = queries.one_of(library.db, Photo, 1)
        set_photo_text(History(library.catalog), photo=photo_row, caption="Only the words")
    assert fresh_build("second.pdf") == ["0", "_LazyModule"]
    first, second = (tmp_path / "first.pdf").read_bytes(), (tmp_path / "second.pdf").read_bytes()
    assert first != second and b"/Subtype /Image" in second
