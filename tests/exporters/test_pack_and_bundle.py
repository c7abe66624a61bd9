"""The photo pack and the kit bundle: scrubbed, complete, and safe to open."""

from __future__ import annotations

import dataclasses
import io
import json
import zipfile

import pytest
from PIL import Image, ImageStat

from mediakit.cli import main
from mediakit.edits import History, UpdateItem
from mediakit.library import Library, queries
from mediakit.model import Kit, Photo
from tests.importers.conftest import jpeg_with_metadata

DEMO_KIT = "Venezuela situation — press kit"


@pytest.fixture
def kit_with_photos(demo_library_path, tmp_path):
    for slot in (1, 3):
        path = jpeg_with_metadata(
            tmp_path / f"p{slot}.jpg", caption="x", credit="y", size=(2400, 1600)
        )
        assert (
            main(["--library", str(demo_library_path), "photo", "attach", str(slot), str(path)])
            == 0
        )
    with Library.open(demo_library_path) as library:
        photo = queries.one_of(library.db, Photo, 3)
        History(library.catalog).do(
            UpdateItem(photo, dataclasses.replace(photo, blur_regions=((0.0, 0.0, 0.5, 0.5),)))
        )
    return demo_library_path


def test_photo_pack(kit_with_photos, tmp_path):
    pack = tmp_path / "pack.zip"
    assert main(["--library", str(kit_with_photos), "photos", DEMO_KIT, "-o", str(pack)]) == 0
    with zipfile.ZipFile(pack) as archive:
        names = archive.namelist()
        assert names == [
            "a-venezuelan-doctor-points-to-an-x-ray-in-a-medical-office.jpg",
            "venezuelan-surgeon-yoalexis-tovar-bridges-health-care-gaps.jpg",
            "CAPTIONS.txt",
        ]
        for name in names[:2]:
            data = archive.read(name)
            assert (
                b"Exif" not in data
                and b"BODY-SERIAL" not in data
                and b"http://ns.adobe.com" not in data
            )
            image = Image.open(io.BytesIO(data))
            assert image.size == (2400, 1600) and not image.getexif()
        blurred = Image.open(io.BytesIO(archive.read(names[1]))).convert("L")
        sharp = Image.open(io.BytesIO(archive.read(names[0]))).convert("L")
        box = (0, 0, 1200, 800)
        assert (
            ImageStat.Stat(blurred.crop(box)).stddev[0]
            < ImageStat.Stat(sharp.crop(box)).stddev[0] / 3
        )
        captions = archive.read("CAPTIONS.txt").decode()
    assert "Credit: IOM/Gema Cortes" in captions and "Consent: not recorded" in captions
    again = tmp_path / "again.zip"
    assert main(["--library", str(kit_with_photos), "photos", DEMO_KIT, "-o", str(again)]) == 0
    assert again.read_bytes() == pack.read_bytes()


def test_photo_pack_of_a_kit_without_images_is_refused(demo_library_path, tmp_path, capsys):
    assert (
        main(
            ["--library", str(demo_library_path), "photos", DEMO_KIT, "-o", str(tmp_path / "p.zip")]
        )
        == 3
    )
    assert "nothing to pack" in capsys.readouterr().err
    assert not (tmp_path / "p.zip").exists()


def test_bundle_round_trip_into_a_fresh_library(kit_with_photos, tmp_path, capsys):
    bundle = tmp_path / "kit.mediakit"
    assert main(["--library", str(kit_with_photos), "export", DEMO_KIT, "-o", str(bundle)]) == 0
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["format"] == "mediakit-bundle" and manifest["version"] == 1
        for name in archive.namelist():
            assert b"BODY-SERIAL" not in archive.read(name)
    field = tmp_path / "field-office"
    capsys.readouterr()
    assert main(["--library", str(field), "import", str(bundle), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["status"] == "imported" and row["detected"]["kind"] == "bundle"
    with Library.open(field) as library, Library.open(kit_with_photos) as source:
        (kit,) = queries.all_of(library.db, Kit)
        original = queries.find_kit(source.db, DEMO_KIT)
        assert kit.name == DEMO_KIT and [s.kind for s in kit.sections] == [
            s.kind for s in original.sections
        ]
        content = queries.kit_content(library.db, kit)
        assert len(content.stories) == 4 and len(content.photos) == 6 and len(content.contacts) == 6
        assert sum(p.has_image for p in content.photos.values()) == 2
        assert queries.org(library.db).short_name == "IOM"
    out = tmp_path / "field.pdf"
    assert (
        main(["--library", str(field), "build", DEMO_KIT, "-o", str(out), "--paper", "letter"]) == 0
    )
    # importing the same bundle again reuses stories and photos and names the kit apart
    assert main(["--library", str(field), "import", str(bundle)]) == 0
    with Library.open(field) as library:
        assert (
            queries.counts(library.db)["stories"] == 4 and queries.counts(library.db)["photos"] == 6
        )
        assert [k.name for k in queries.all_of(library.db, Kit)] == [DEMO_KIT, f"{DEMO_KIT} (2)"]


def _bundle(tmp_path, manifest=None, extra=None, name="bad.mediakit"):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        if manifest is not None:
            text = manifest if isinstance(manifest, str) else json.dumps(manifest)
            archive.writestr("manifest.json", text, compress_type=zipfile.ZIP_STORED)
        for entry, data in (extra or {}).items():
            archive.writestr(entry, data)
    return path


GOOD_HEAD = {"format": "mediakit-bundle", "version": 1}


@pytest.mark.parametrize(
    "make,message",
    [
        (lambda t: _bundle(t, GOOD_HEAD, {"../../escape.txt": "x"}), "unsafe path"),
        (
            lambda t: _bundle(t, GOOD_HEAD, {"media/bomb.bin": b"\0" * (150 * 1024 * 1024)}),
            "zip bomb",
        ),
        (
            lambda t: _bundle(t, GOOD_HEAD, {f"media/{i}.txt": "x" for i in range(10_000)}),
            "more than mediakit accepts",
        ),
        (
            lambda t: _bundle(
                t,
                '{"format": "mediakit-bundle", "version": 1, "kit": '
                + "[" * 5000
                + "]" * 5000
                + "}",
            ),
            "manifest",
        ),
        (lambda t: _bundle(t, {**GOOD_HEAD, "version": 99}), "newer mediakit"),
        (lambda t: _bundle(t, {"format": "something-else", "version": 1}), "not a mediakit bundle"),
        (lambda t: _bundle(t, None, {"readme.txt": "hi"}), "no manifest"),
        (lambda t: _bundle(t, {**GOOD_HEAD, "kit": {"name": "x"}}), "damaged"),
    ],
)
def test_hostile_bundles_are_refused_whole(tmp_path, capsys, make, message):
    path = make(tmp_path)
    library = tmp_path / "lib"
    assert main(["--library", str(library), "import", str(path)]) == 3
    err = capsys.readouterr().err
    assert message in err and path.name in err
    with Library.open(library) as lib:
        assert not any(queries.counts(lib.db).values())
    assert not (tmp_path.parent / "escape.txt").exists()


def test_tampered_image_is_refused(kit_with_photos, tmp_path, capsys):
    bundle = tmp_path / "kit.mediakit"
    assert main(["--library", str(kit_with_photos), "export", DEMO_KIT, "-o", str(bundle)]) == 0
    tampered = tmp_path / "tampered.mediakit"
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(tampered, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(
                info, data[:-10] + b"0123456789" if info.filename.startswith("media/") else data
            )
    assert main(["--library", str(tmp_path / "lib"), "import", str(tampered)]) == 3
    assert "damaged" in capsys.readouterr().err
