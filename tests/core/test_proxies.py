"""Proxies: one decode per photo, made at import, and the renditions most pages need made from it."""

from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor

import pytest
from PIL import Image, ImageStat

from mediakit.imaging import RenditionSpec
from mediakit.imaging.proxies import make_proxy, proxy_size
from mediakit.importers.images import parse_image_bytes
from mediakit.library.cache import PROXIES
from mediakit.model import BadInputError


def camera_jpeg(size=(2400, 1600), orientation=1, mode="RGB", fmt="JPEG") -> bytes:
    """A photo with detail everywhere, a dark mark top-left and, for JPEG, EXIF with GPS."""
    image = Image.effect_noise(size, 60).convert(mode)
    image.paste(0 if mode == "L" else (0, 0, 0), (0, 0, size[0] // 4, size[1] // 4))
    out = io.BytesIO()
    if fmt == "JPEG":
        exif = Image.Exif()
        exif[0x0112] = orientation
        exif[0x8825] = {1: "N", 2: (4.0, 35.0, 56.0), 3: "W", 4: (74.0, 4.0, 51.0)}
        image.save(out, "JPEG", exif=exif, quality=92)
    else:
        image.save(out, fmt)
    return out.getvalue()


@pytest.mark.parametrize(
    "size,orientation,fmt,expected",
    [
        ((6000, 4000), 1, "JPEG", (750, 500)),  # a camera's 24 Mpx: 1/8 scale
        ((4000, 3000), 1, "JPEG", (1000, 750)),
        ((2400, 1600), 6, "JPEG", (800, 1200)),  # stored on its side: upright, 1/2 scale
        ((2401, 1601), 1, "JPEG", (1201, 801)),  # odd sizes round up, as the decoder does
        ((900, 600), 1, "JPEG", (900, 600)),  # small: kept whole
        ((2400, 1600), 1, "PNG", (1200, 800)),
        ((1600, 2400), 1, "TIFF", (800, 1200)),
    ],
)
def test_proxy_covers_the_box_at_a_decoder_scale(size, orientation, fmt, expected):
    data = camera_jpeg(size, orientation, fmt=fmt)
    proxy = Image.open(io.BytesIO(make_proxy(data)))
    assert proxy.format == "JPEG" and proxy.size == expected == proxy_size(data)
    assert not proxy.getexif() and "icc_profile" not in proxy.info and "xmp" not in proxy.info


def test_proxy_is_upright():
    proxy = Image.open(io.BytesIO(make_proxy(camera_jpeg((2400, 1600), orientation=6))))
    # The mark was top-left as stored; turned 90° clockwise it is top-right.
    assert proxy.getpixel((proxy.width - 5, 5))[0] < 40
    assert proxy.getpixel((5, 5))[0] > 40 or proxy.getpixel((5, proxy.height - 5))[0] > 40


def test_proxy_bytes_are_the_same_every_time_and_on_every_thread():
    data = camera_jpeg((3000, 2000))
    first = make_proxy(data)
    with ThreadPoolExecutor(4) as pool:
        assert set(pool.map(lambda _: make_proxy(data), range(8))) == {first}


def test_gray_and_cmyk_photos_have_proxies():
    assert Image.open(io.BytesIO(make_proxy(camera_jpeg(mode="L")))).mode == "L"
    assert Image.open(io.BytesIO(make_proxy(camera_jpeg(mode="CMYK")))).mode == "RGB"


def test_import_check_makes_the_proxy_and_still_refuses_a_damaged_jpeg():
    data = camera_jpeg((3000, 2000))
    image = parse_image_bytes(data, name="market.jpg", origin="market.jpg")
    assert image.proxy == make_proxy(data) and (image.width, image.height) == (3000, 2000)
    with pytest.raises(BadInputError, match=r"^cut\.jpg: this is not an image .* damaged$"):
        parse_image_bytes(data[: len(data) // 2], name="cut.jpg", origin="cut.jpg")


def _stored(library, data: bytes) -> str:
    return library.media.put(data, "jpg")


def test_small_renditions_come_from_the_proxy_large_ones_from_the_original(empty_library):
    cache = empty_library.cache
    media_hash = _stored(empty_library, camera_jpeg((4000, 3000)))  # proxy 1000 × 750
    cache.store_proxy(media_hash, cache.proxy(media_hash))
    original = empty_library.media.find(media_hash)
    kept = original.read_bytes()
    original.unlink()  # only the proxy is left: what it covers can still be made
    thumb = Image.open(io.BytesIO(cache.rendition(media_hash, RenditionSpec(240, 180))))
    page = Image.open(io.BytesIO(cache.rendition(media_hash, RenditionSpec(495, 330))))
    assert thumb.height == 180 and 239 <= thumb.width <= 240 and page.size == (440, 330)
    with pytest.raises(FileNotFoundError):  # 1600 px wide needs more than the proxy has
        cache.rendition(media_hash, RenditionSpec(1600, 1200))
    original.write_bytes(kept)
    assert Image.open(io.BytesIO(cache.rendition(media_hash, RenditionSpec(1600, 1200)))).size == (
        1600,
        1200,
    )


def test_rendition_is_the_same_whether_the_proxy_came_from_import_or_on_demand(empty_library):
    data = camera_jpeg((3000, 2000))
    cache = empty_library.cache
    media_hash = _stored(empty_library, data)
    spec = RenditionSpec(500, 400, blur=((0.1, 0.1, 0.3, 0.3),))
    on_demand = cache.rendition(media_hash, spec)
    cache.clear()
    cache.store_proxy(media_hash, parse_image_bytes(data, name="a.jpg", origin="a.jpg").proxy)
    assert cache.rendition(media_hash, spec) == on_demand


@pytest.mark.parametrize("box", [(600, 400), (2400, 1600)])  # from the proxy, from the original
def test_blur_regions_and_grayscale_apply_to_every_source(empty_library, box):
    media_hash = _stored(empty_library, camera_jpeg((3000, 2000)))
    region = (0.5, 0.5, 0.4, 0.4)
    spec = RenditionSpec(*box, grayscale=True, blur=(region,))
    image = Image.open(io.BytesIO(empty_library.cache.rendition(media_hash, spec)))
    assert image.mode == "L" and image.size == box
    w, h = image.size
    blurred = image.crop((int(0.55 * w), int(0.55 * h), int(0.85 * w), int(0.85 * h)))
    sharp = image.crop((int(0.3 * w), int(0.05 * h), int(0.45 * w), int(0.2 * h)))
    assert ImageStat.Stat(blurred).stddev[0] < ImageStat.Stat(sharp).stddev[0] / 4


def test_a_damaged_proxy_in_the_cache_is_made_again(empty_library):
    data = camera_jpeg((3000, 2000))
    cache = empty_library.cache
    media_hash = _stored(empty_library, data)
    cache.store_proxy(media_hash, b"not a jpeg at all")
    assert cache.proxy(media_hash) == make_proxy(data)
    assert Image.open(io.BytesIO(cache.rendition(media_hash, RenditionSpec(300, 300)))).width == 300


def test_an_unwritable_cache_only_costs_time(empty_library):
    cache = empty_library.cache
    media_hash = _stored(empty_library, camera_jpeg((3000, 2000)))
    cache.root.mkdir(parents=True, exist_ok=True)
    (cache.root / PROXIES).write_text("a file where the proxies folder should be")
    cache.store_proxy(media_hash, b"ignored")
    assert not cache.has_proxy(media_hash)
    assert Image.open(io.BytesIO(cache.proxy(media_hash))).size == (750, 500)
    assert cache.rendition(media_hash, RenditionSpec(300, 300))


def test_missing_proxies_are_made_on_every_core(empty_library):
    hashes = {_stored(empty_library, camera_jpeg((2000 + 16 * i, 1500))) for i in range(3)}
    assert empty_library.cache.make_proxies(hashes, workers=2) == 3
    assert all(empty_library.cache.has_proxy(h) for h in hashes)
    assert empty_library.cache.make_proxies(hashes) == 0


def test_a_jpeg_decoded_in_one_go_has_the_pixels_of_a_decode_in_blocks():
    from mediakit.imaging import open_image

    data = camera_jpeg((2400, 1600))
    for fit in (None, (600, 600)):
        ours = open_image(data, fit=fit)
        theirs = Image.open(io.BytesIO(data))
        if fit is not None:
            theirs.draft("RGB", (600, 400))
        assert ours.size == theirs.size
        assert ours.tobytes() == theirs.convert("RGB").tobytes()
