"""Image flowables: a placed rendition, a cropped hero, and the quiet slot of a photo to come.

Only rendition bytes from the PhotoSource ever reach ReportLab, and even those are passed
through `strip_jpeg_metadata` (the same filter as every output: `imaging.scrub`) first:
ReportLab copies JPEG files into the PDF byte for byte.

A photo is placed by the size the catalog knows it has; its rendition is asked for then and
read only when the page is drawn, so the layout never waits for pixels being made.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from mediakit.imaging.scrub import NotAJpeg, clean_jpeg
from mediakit.layout.paragraph import Paragraph
from mediakit.layout.private_api import add_jpeg_form, jpeg_header
from mediakit.layout.tagging import ARTIFACT, TAG_ATTR, Tag, Tagged
from mediakit.model import BadInputError


def strip_jpeg_metadata(data: bytes) -> bytes:
    """The same JPEG without metadata segments (`imaging.scrub.clean_jpeg`); anything that is
    not a JPEG whose segments can be walked is returned as is, for `jpeg_image` to refuse."""
    try:
        return clean_jpeg(data)
    except NotAJpeg:
        return data


@dataclass(frozen=True, slots=True)
class JpegImage:
    """A clean JPEG ready to embed: its bytes go into the PDF as they are (DCTDecode)."""

    data: bytes
    width: int
    height: int
    components: int

    @property
    def size(self) -> tuple[int, int]:
        return self.width, self.height


def jpeg_image(data: bytes) -> JpegImage:
    """Read a rendition's JPEG header; ValueError if it is not a JPEG we can embed."""
    data = strip_jpeg_metadata(data)
    if data[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    width, height, components = jpeg_header(data)
    if components not in (1, 3) or width <= 0 or height <= 0:
        raise ValueError("unexpected JPEG")
    return JpegImage(data, width, height, components)


class PendingJpeg:
    """A rendition asked for, read when first drawn (then kept: a handout is laid out more than once).

    `fetch` gives the rendition's bytes; bytes that are not a JPEG we can embed are a
    BadInputError naming the photo (`name`)."""

    def __init__(self, fetch: Callable[[], bytes], name: str) -> None:
        self._fetch = fetch
        self.name = name
        self._image: JpegImage | None = None

    def resolve(self) -> JpegImage:
        if self._image is None:
            data = self._fetch()
            try:
                self._image = jpeg_image(data)
            except Exception as exc:  # ReportLab and Pillow raise many kinds: all "unreadable"
                raise BadInputError(
                    "the photo's image cannot be read for the PDF", self.name
                ) from exc
        return self._image


def draw_jpeg(canv, image: JpegImage, x: float, y: float, width: float, height: float) -> None:
    """Draw `image` as an image XObject, embedded once per document however often it is drawn.

    Unlike canvas.drawImage, the bytes are not decoded again to name the image, and they are
    embedded without ASCII85 (ReportLab's default, a global setting this document must not
    change): the JPEG goes in byte for byte, a quarter smaller and much faster to write."""
    name = "mk" + hashlib.sha1(image.data).hexdigest()
    add_jpeg_form(canv, name, image.data, image.width, image.height, gray=image.components == 1)
    canv.saveState()
    canv.translate(x, y)
    canv.scale(width, height)
    canv.doForm(name)
    canv.restoreState()


_ONE_PIXEL = 1.01  # a rendition's size is rounded to whole pixels, one way or the other


def draw_filling(canv, image: JpegImage, width: float, height: float) -> None:
    """Draw `image` filling `width` x `height`, never distorted: when its aspect differs from
    the box's by more than a pixel's rounding, it is centred and cropped to the box."""
    image_width, image_height = image.size
    scale = max(width / image_width, height / image_height)
    drawn_width, drawn_height = image_width * scale, image_height * scale
    if drawn_width - width <= scale * _ONE_PIXEL and drawn_height - height <= scale * _ONE_PIXEL:
        draw_jpeg(canv, image, 0, 0, width, height)
        return
    canv.saveState()
    path = canv.beginPath()
    path.rect(0, 0, width, height)
    canv.clipPath(path, stroke=0, fill=0)
    x, y = (width - drawn_width) / 2, (height - drawn_height) / 2
    draw_jpeg(canv, image, x, y, drawn_width, drawn_height)
    canv.restoreState()


class PlacedImage(Tagged, Flowable):
    """A photo's rendition filling its placed size (the size its catalog aspect gives): a
    Figure, its alt text set where the photo is placed."""

    def __init__(self, image: PendingJpeg, width: float, height: float) -> None:
        super().__init__()
        self.image = image
        self.width, self.height = width, height
        self.hAlign = "LEFT"
        setattr(self, TAG_ATTR, Tag("Figure"))

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        draw_filling(self.canv, self.image.resolve(), self.width, self.height)


class CroppedImage(PlacedImage):
    """A rendition that fills its box edge to edge, centred and cropped (the cover's hero):
    the same drawing, asked for at the size that covers the box rather than fits in it."""


@dataclass(frozen=True, slots=True)
class SlotLook:
    """How an empty photo slot is drawn (all from the theme)."""

    fill: Color
    line: Color
    glyph: Color
    border: float
    glyph_width: float
    glyph_height: float
    glyph_line: float
    label_gap: float


class EmptySlot(Tagged, Flowable):
    """A light-grey frame with a camera glyph and "Photo to come", sized like the photo (a
    placeholder, drawn as an Artifact: its caption says what is to come)."""

    def __init__(self, width: float, height: float, look: SlotLook, label: Paragraph) -> None:
        super().__init__()
        setattr(self, TAG_ATTR, Tag(ARTIFACT))
        self.width, self.height = width, height
        self.look = look
        self.label = label
        self.hAlign = "LEFT"

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        look, canv = self.look, self.canv
        canv.saveState()
        canv.setFillColor(look.fill)
        canv.setStrokeColor(look.line)
        canv.setLineWidth(look.border)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        _, label_height = self.label.wrap(self.width, self.height)
        block = look.glyph_height + look.label_gap + label_height
        glyph_y = (self.height + block) / 2 - look.glyph_height
        if block < self.height:
            self._draw_camera(self.width / 2, glyph_y)
            self.label.drawOn(canv, 0, glyph_y - look.label_gap - label_height)
        canv.restoreState()

    def _draw_camera(self, centre_x: float, bottom: float) -> None:
        """A camera in outline: body, viewfinder bump and lens (proportions of the glyph box)."""
        look, canv = self.look, self.canv
        width, height = look.glyph_width, look.glyph_height * 0.82
        left = centre_x - width / 2
        canv.setStrokeColor(look.glyph)
        canv.setLineWidth(look.glyph_line)
        canv.setLineJoin(1)
        canv.roundRect(left, bottom, width, height, radius=height * 0.16, stroke=1, fill=0)
        bump_width = width * 0.34
        bump_height = look.glyph_height - height
        canv.rect(centre_x - bump_width / 2, bottom + height, bump_width, bump_height, stroke=1)
        canv.circle(centre_x, bottom + height / 2, height * 0.3, stroke=1, fill=0)
        canv.setFillColor(look.glyph)
        dot = height * 0.07
        canv.circle(left + width * 0.14, bottom + height * 0.78, dot, stroke=0, fill=1)


@dataclass(slots=True)
class PhotoCell:
    """One photo of a group: its picture (or empty slot), its caption, and where it sits."""

    picture: PlacedImage | EmptySlot
    caption: Paragraph | None
    x: float = 0.0
    # The caption beside the picture (a quiet empty slot) in this much width, else under it.
    beside: float = 0.0
    # A caption under the picture starts this far in from its left edge (a photo story's
    # photos span the grid, their captions keep to the text column).
    caption_inset: float = 0.0


class PhotoGroup(Flowable):
    """Photos side by side (or one), each with its caption, drawn as one block that never
    parts a photo from its caption.

    A floating group may be taken smaller to fit the rest of a page: the document sets
    `smallest_scale` below 1 when it allows that. A group taller than any page gives up its
    unity and flows on as pictures and captions.
    """

    def __init__(
        self,
        cells: list[PhotoCell],
        *,
        caption_gap: float,
        space_before: float = 0.0,
        space_after: float = 0.0,
        page_height: float = 1e9,
    ) -> None:
        super().__init__()
        self.cells = cells
        self.caption_gap = caption_gap
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.page_height = page_height
        self.smallest_scale = 1.0
        self.scale = 1.0
        self._sizes = [(c.picture.width, c.picture.height) for c in cells]
        self.hAlign = "LEFT"

    def wrap(self, avail_width, avail_height):
        self._apply(1.0)
        self.width, self.height = self._extent()
        if self.height > avail_height + 1e-6 and self.smallest_scale < 1.0:
            self._shrink(avail_height)
        return self.width, self.height

    def _shrink(self, room: float) -> None:
        low, high = self.smallest_scale, 1.0
        self._apply(low)
        if self._extent()[1] > room:
            self._apply(1.0)
            return
        for _ in range(12):
            middle = (low + high) / 2
            self._apply(middle)
            low, high = (middle, high) if self._extent()[1] <= room else (low, middle)
        self._apply(low)
        self.width, self.height = self._extent()

    def _apply(self, scale: float) -> None:
        self.scale = scale
        for cell, (width, height) in zip(self.cells, self._sizes, strict=True):
            cell.picture.width, cell.picture.height = width * scale, height * scale

    def _extent(self) -> tuple[float, float]:
        width = height = 0.0
        for cell in self.cells:
            picture = cell.picture
            caption_height = self._caption_height(cell)
            if cell.beside:
                cell_height = max(picture.height, caption_height)
                width = max(width, cell.x + picture.width + cell.beside)
            else:
                cell_height = picture.height + (
                    caption_height and self.caption_gap + caption_height
                )
                width = max(width, cell.x + picture.width)
            height = max(height, cell_height)
        return width, height

    def _caption_height(self, cell: PhotoCell) -> float:
        if cell.caption is None:
            return 0.0
        if cell.beside:
            width = cell.beside - self.caption_gap * 2
        else:
            width = cell.picture.width - cell.caption_inset
        return cell.caption.wrap(max(1.0, width), 1e9)[1]

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, 1e9)
        if self.height <= self.page_height:
            return []
        parts: list[Flowable] = []
        for cell in self.cells:
            parts.append(cell.picture)
            if cell.caption is not None:
                parts.append(cell.caption)
        return parts

    def draw(self):
        for cell in self.cells:
            picture = cell.picture
            top = self.height
            picture.drawOn(self.canv, cell.x, top - picture.height)
            if cell.caption is None:
                continue
            caption_height = self._caption_height(cell)
            if cell.beside:
                x = cell.x + picture.width + self.caption_gap * 2
                cell.caption.drawOn(self.canv, x, top - caption_height)
            else:
                y = top - picture.height - self.caption_gap - caption_height
                cell.caption.drawOn(self.canv, cell.x + cell.caption_inset, y)
