"""The cache and the media store are checked on read: a damaged or planted entry is remade,
never embedded; a link or an altered original is refused with a sentence naming the photo."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from mediakit.cli import main
from mediakit.imaging import RenditionSpec
from mediakit.library import Library
from mediakit.library.cache import PROXIES, PROXY_SHARE
from mediakit.model import BadInputError
from tests.core.test_proxies import camera_jpeg

DEMO_KIT = "Venezuela situation — press kit"
SECRET = b"SECRET-FROM-OUTSIDE-THE-LIBRARY"


def cli(*argv) -> int:
    return main([str(a) for a in argv])


@pytest.fixture
def kit(demo_library_path, tmp_path) -> Path:
    """The demo library with two camera photos attached (slots 1 and 3), built once."""
    for slot in (1, 3):
        path = tmp_path / f"p{slot}.jpg"
        path.write_bytes(camera_jpeg((2400 + slot * 16, 1600)))
        assert cli("--library", demo_library_path, "photo", "attach", slot, path) == 0
    assert build(demo_library_path, tmp_path / "first.pdf") == 0
    return demo_library_path


def build(library: Path, out: Path) -> int:
    """A build that lays the kit out (the finished-build cache would hand the last PDF back)."""
    for kept in (library / "cache" / "builds").glob("*"):
        kept.unlink()
    return cli("--library", library, "build", DEMO_KIT, "-o", out, "--force")


def renditions(library: Path) -> list[Path]:
    cache = library / "cache"
    return sorted(p for p in cache.glob("??/*.jpg"))


def proxies(library: Path) -> list[Path]:
    return sorted((library / "cache" / PROXIES).rglob("*.jpg"))


def decoded_images(pdf: Path) -> int:
    """How many image XObjects the PDF holds; each must decode whole."""
    reader = PdfReader(pdf)
    count = 0
    for number in range(1, int(reader.trailer["/Size"])):
        obj = reader.get_object(number)
        if hasattr(obj, "get") and obj.get("/Subtype") == "/Image":
            with Image.open(io.BytesIO(obj.get_data())) as image:
                image.load()
                assert image.size == (obj["/Width"], obj["/Height"])
            count += 1
    return count


def test_a_cut_or_altered_rendition_and_proxy_are_made_again(kit, tmp_path):
    first = renditions(kit)
    assert len(first) >= 2 and len(proxies(kit)) == 2
    whole = {p: p.read_bytes() for p in [*first, *proxies(kit)]}
    cut, garbled = first[0], first[1]
    cut.write_bytes(whole[cut][: len(whole[cut]) // 2])
    middle = len(whole[garbled]) // 2
    garbled.write_bytes(whole[garbled][:middle] + b"\x00" * 64 + whole[garbled][middle + 64 :])
    proxy = proxies(kit)[0]
    proxy.write_bytes(whole[proxy][:100])
    assert build(kit, tmp_path / "again.pdf") == 0
    assert decoded_images(tmp_path / "again.pdf") == decoded_images(tmp_path / "first.pdf") >= 2
    for path, data in whole.items():  # remade, the same bytes as before
        assert path.read_bytes() == data
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "first.pdf").read_bytes()


def test_a_symlinked_cache_entry_is_ignored_and_made_again(kit, tmp_path):
    outside = tmp_path / "outside.jpg"
    outside.write_bytes(camera_jpeg((300, 200))[:-2] + SECRET + b"\xff\xd9")
    entry = renditions(kit)[0]
    kept = entry.read_bytes()
    entry.unlink()
    entry.symlink_to(outside)
    proxy_folder = proxies(kit)[0].parent
    elsewhere = tmp_path / "elsewhere"
    proxy_folder.rename(elsewhere)
    proxy_folder.symlink_to(elsewhere, target_is_directory=True)
    assert build(kit, tmp_path / "again.pdf") == 0
    assert SECRET not in (tmp_path / "again.pdf").read_bytes()
    assert not entry.is_symlink() and entry.read_bytes() == kept
    assert not proxy_folder.is_symlink()
    assert outside.read_bytes().endswith(SECRET + b"\xff\xd9")  # what it pointed to is untouched


@pytest.mark.parametrize("how", ["link", "folder link", "altered"])
@pytest.mark.parametrize("command", ["build", "photos", "export"])
def test_a_planted_or_altered_original_is_refused_naming_the_photo(
    kit, tmp_path, capsys, how, command
):
    with Library.open(kit) as library:
        photo_hash = library.db.execute("SELECT media_hash FROM photos WHERE id = 3").fetchone()[0]
        original = library.media.find(photo_hash)
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(camera_jpeg((2400, 1600))[:-2] + SECRET + b"\xff\xd9")
    if how == "link":
        original.unlink()
        original.symlink_to(secret)
    elif how == "folder link":  # the right name and bytes, in a folder outside the library
        elsewhere = tmp_path / "elsewhere"
        original.parent.rename(elsewhere)
        original.parent.symlink_to(elsewhere, target_is_directory=True)
    else:
        original.write_bytes(secret.read_bytes())
    for cached in (kit / "cache").rglob("*.jpg"):  # nothing left to use instead
        cached.unlink()
    capsys.readouterr()
    out = tmp_path / f"out.{command}"
    if command == "build":
        assert build(kit, out) == 3
    else:
        assert cli("--library", kit, command, DEMO_KIT, "-o", out) == 3
    captured = capsys.readouterr()
    assert not out.exists()
    assert "photo 3 “Venezuelan surgeon" in captured.err and str(kit) in captured.err
    expected = "no longer has the bytes" if how == "altered" else "symbolic link"
    assert expected in captured.err and "Traceback" not in captured.err
    assert "SECRET" not in captured.err + captured.out and str(tmp_path / "e") not in captured.err


def test_a_small_photo_is_its_own_proxy_and_its_renditions_are_not_kept(empty_library):
    data = camera_jpeg((800, 600))
    media_hash = empty_library.media.put(data, "jpg")
    cache = empty_library.cache
    on_demand = cache.rendition(media_hash, RenditionSpec(400, 300))
    assert cache.has_proxy(media_hash) and cache.proxy(media_hash) == data
    assert not cache.has(media_hash, RenditionSpec(400, 300))
    kept = sum(p.stat().st_size for p in cache.root.rglob("*") if p.is_file())
    assert kept < 100  # only the note that the photo needs no proxy
    # Made at import (a proxy at full size, handed over) or on demand: the same rendition.
    from mediakit.imaging.proxies import make_proxy

    cache.clear()
    cache.store_proxy(media_hash, make_proxy(data))
    assert cache.proxy(media_hash) == data
    assert cache.rendition(media_hash, RenditionSpec(400, 300)) == on_demand


def test_a_proxy_is_never_larger_than_its_original(empty_library):
    cache = empty_library.cache
    for size in ((800, 600), (1600, 1200), (3000, 2000)):
        data = camera_jpeg(size)
        media_hash = empty_library.media.put(data, "jpg")
        proxy = cache.proxy(media_hash)
        assert proxy == data or len(proxy) <= len(data) * PROXY_SHARE


def test_a_cache_made_of_links_is_never_written_through(empty_library, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    empty_library.cache.root.parent.mkdir(parents=True, exist_ok=True)
    if empty_library.cache.root.exists():
        os.rmdir(empty_library.cache.root)
    empty_library.cache.root.symlink_to(outside, target_is_directory=True)
    media_hash = empty_library.media.put(camera_jpeg((3000, 2000)), "jpg")
    assert empty_library.cache.rendition(media_hash, RenditionSpec(300, 200))
    assert list(outside.rglob("*")) == []


def test_a_link_planted_under_a_new_photo_name_is_replaced_not_written_through(
    empty_library, tmp_path
):
    import hashlib

    data = camera_jpeg((900, 600))
    media_hash = hashlib.sha256(data).hexdigest()
    target = empty_library.media.path(media_hash, "jpg")
    target.parent.mkdir(parents=True, exist_ok=True)
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep me")
    target.symlink_to(victim)
    assert empty_library.media.put(data, "jpg") == media_hash
    assert not target.is_symlink() and empty_library.media.read(media_hash) == data
    assert victim.read_bytes() == b"keep me"


def test_reading_an_altered_original_is_a_sentence(empty_library):
    data = camera_jpeg((900, 600))
    media_hash = empty_library.media.put(data, "jpg")
    empty_library.media.find(media_hash).write_bytes(data[:-10])
    with pytest.raises(BadInputError, match="no longer has the bytes"):
        empty_library.media.read(media_hash)
