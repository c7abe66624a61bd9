"""Images come out upright, the right size, in RGB or gray, and with no metadata."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from mediakit.imaging import RenditionSpec, open_image, render_bytes
from mediakit.model import BadInputError


def _jpeg(size, orientation=1, mode="RGB") -> bytes:
    image = Image.new(mode, size, "white")
    image.paste(
        "black" if mode == "RGB" else 0, (0, 0, size[0] // 4, size[1] // 4)
    )  # a mark top-left
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=95)
    return out.getvalue()


@pytest.mark.parametrize(
    "orientation,upright", [(1, (1200, 800)), (3, (1200, 800)), (6, (800, 1200)), (8, (800, 1200))]
)
def test_orientation_applied_and_draft_decode_keeps_enough_pixels(orientation, upright):
    data = _jpeg((1200, 800), orientation)
    assert open_image(data).size == upright
    box = (upright[0] // 4, upright[1] // 4)
    rendered = Image.open(io.BytesIO(render_bytes(data, RenditionSpec(*box))))
    assert rendered.size == box
    assert not rendered.getexif() and "icc_profile" not in rendered.info


def test_draft_decode_is_used_for_small_targets():
    image = open_image(_jpeg((4000, 3000)), fit=(500, 375))
    assert 500 <= image.width < 1000 and 375 <= image.height < 750


def test_grayscale_rendition_is_gray():
    out = Image.open(
        io.BytesIO(render_bytes(_jpeg((300, 200)), RenditionSpec(300, 200, grayscale=True)))
    )
    assert out.mode == "L"


def test_cmyk_and_palette_and_16_bit_become_rgb_or_gray():
    for image in (
        Image.new("CMYK", (50, 40)),
        Image.new("P", (50, 40)),
        Image.new("I;16", (50, 40)),
        Image.new("LA", (5, 5)),
    ):
        out = io.BytesIO()
        image.save(out, "TIFF")
        assert open_image(out.getvalue()).mode in ("RGB", "L")


def test_not_an_image_names_the_file():
    with pytest.raises(BadInputError, match="holiday.jpg: this is not an image"):
        open_image(b"hello", name="holiday.jpg")


def test_heic_support_loads_only_for_heic_files():
    """pillow-heif costs tens of milliseconds to import: a JPEG never loads it."""
    import subprocess
    import sys

    script = (
        "import io, sys; from PIL import Image; from mediakit.imaging import image_info\n"
        "out = io.BytesIO(); Image.new('RGB', (40, 30), 'red').save(out, 'JPEG')\n"
        "print(image_info(out.getvalue())[0], 'pillow_heif' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["JPEG", "False"]
