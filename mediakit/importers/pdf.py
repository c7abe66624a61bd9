"""PDF documents, read with PDFium (pypdfium2): text in reading order from the page layout
(each character's box and size), photos from the page, one story or several (split at bookmarks or at
headline-sized lines). Nothing in the file is run or opened: a PDF with JavaScript or files
attached is refused, and so are encrypted, scanned, huge or slow ones."""

from __future__ import annotations

import io
import re
import time
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from mediakit.importers.images import parse_image_bytes
from mediakit.importers.pdf_layout import PageLine, reading_order, running_lines
from mediakit.importers.structure import (
    Hint,
    Para,
    ParsedDocument,
    ParsedImage,
    document_from_paras,
    split_long,
)
from mediakit.importers.vocabulary import CONTACTS_HEADING, FIGURES_HEADINGS, folded
from mediakit.model import BadInputError, MediakitError

MAX_PDF_BYTES = 100 * 1024 * 1024
MAX_PAGES = 500
MAX_SECONDS = 120.0
MAX_PHOTOS = 60
MIN_PHOTO_POINTS = 72.0  # an image shown smaller than an inch each way is a logo or an icon
MIN_PHOTO_PIXELS = 160
MIN_TEXT_WORDS = 12  # less, beside pictures, is a scan with a stamp or a page number
MIN_STORY_WORDS = 60  # a story split off at a headline has at least this much text
HEADLINE_RATIO = 1.5  # a line this many times the body's size can start a story


@dataclass(frozen=True, slots=True)
class _Block:
    """A paragraph as the page shows it, before the reader sees it."""

    text: str
    size: float
    bold: bool
    page: int
    image: int | None = None  # index into the document's photos


def parse_pdf_file(path: Path, *, max_pages: int = MAX_PAGES) -> ParsedDocument:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_PDF_BYTES:
            raise BadInputError(f"the PDF is larger than {MAX_PDF_BYTES // (1024 * 1024)} MB", path)
    except OSError as exc:
        raise BadInputError(f"the file cannot be read ({exc.strerror or exc})", path) from exc
    deadline = time.monotonic() + MAX_SECONDS
    images, placed, bookmarks, pages, unmapped = _read(path, max_pages, deadline)
    if not any(lines for lines, _, _ in pages):
        if placed:
            raise BadInputError(
                "this PDF is a scan: its pages are pictures with no text in them; "
                "run it through text recognition (OCR) first",
                path,
            )
        raise BadInputError("the PDF has no text", path)
    if unmapped:
        raise BadInputError(
            "the PDF's fonts do not say which letters they draw, so its text cannot be read; "
            "export it again from the program that made it",
            path,
        )
    blocks = _blocks(pages, placed)
    if placed and sum(len(b.text.split()) for b in blocks) < MIN_TEXT_WORDS:
        raise BadInputError(
            "this PDF is a scan: its pages are pictures, with hardly any text in them; "
            "run it through text recognition (OCR) first",
            path,
        )
    stories = _split(blocks, bookmarks)
    try:
        documents = [
            _document(part, images, path, number, len(stories), side=side)
            for number, (side, part) in enumerate(stories, start=1)
        ]
    except MediakitError as exc:
        raise BadInputError(exc.message, path) from exc
    first, *others = documents
    return replace(first, more=tuple(others)) if others else first


# --- what pdfium says: page count, locks, active content, photos, bookmarks


def _read(path: Path, max_pages: int, deadline: float):
    """The photos (checked images), where each stands (page, top, bottom, x0, x1, index),
    the top-level bookmarks (title, page), and each page's words with its width and height."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise BadInputError(
                "the PDF is encrypted (it needs a password to open); save an unlocked copy "
                "and import that",
                path,
            ) from exc
        raise BadInputError(
            "this is not a PDF mediakit can read (damaged, truncated or renamed)", path
        ) from exc
    try:
        count = len(pdf)
        if count > max_pages:
            raise BadInputError(
                f"the PDF has {count} pages, more than the {max_pages} mediakit reads; "
                "import the pages of each story as a PDF of their own",
                path,
            )
        if count == 0:
            raise BadInputError("the PDF has no pages", path)
        if pdfium_c.FPDFDoc_GetJavaScriptActionCount(pdf.raw) > 0 or _acts_on_open(path):
            raise BadInputError(
                "the PDF carries JavaScript, which mediakit never runs; refused", path
            )
        if pdf.count_attachments() > 0:
            raise BadInputError(
                "the PDF carries files attached inside it, which mediakit never opens; refused",
                path,
            )
        images: list[ParsedImage] = []
        placed: list[tuple[int, float, float, float, float, int]] = []
        pages: list[tuple[list[PageLine], float, float]] = []
        letters = unknown = 0
        for number in range(count):
            _in_time(deadline, path)
            page = pdf[number]
            height = page.get_height()
            for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
                left, bottom, right, top = obj.get_bounds()
                width_px, height_px = obj.get_px_size()
                shown = min(right - left, top - bottom)
                if shown < MIN_PHOTO_POINTS or min(width_px, height_px) < MIN_PHOTO_PIXELS:
                    continue
                if len(images) >= MAX_PHOTOS:
                    raise BadInputError(
                        f"the PDF holds more than {MAX_PHOTOS} photos; refused", path
                    )
                name = f"{path.stem}-photo{len(images) + 1}"
                images.append(_photo(obj, name, path))
                placed.append((number, height - top, height - bottom, left, right, len(images) - 1))
            words, page_letters, page_unknown = _page_words(page, number)
            pages.append((words, page.get_width(), height))
            letters, unknown = letters + page_letters, unknown + page_unknown
            page.close()
        bookmarks = _bookmarks(pdf)
    finally:
        pdf.close()
    # a font that does not say which letters it draws gives codes no text has
    return images, placed, bookmarks, pages, unknown * 3 > letters > 0


def _photo(obj, name: str, path: Path) -> ParsedImage:
    """A photo as the PDF holds it (JPEG bytes are kept as they are); one kept in a form Pillow
    does not read for us (JPEG 2000, raw samples) decoded by PDFium and stored as PNG."""
    import pypdfium2 as pdfium

    buffer = io.BytesIO()
    try:
        obj.extract(buffer, fb_format="png")
        return parse_image_bytes(buffer.getvalue(), name=name, origin=path)
    except (pdfium.PdfiumError, OSError, ValueError, BadInputError):
        pass
    buffer = io.BytesIO()
    try:
        obj.get_bitmap(render=False).to_pil().convert("RGB").save(buffer, "PNG")
    except (pdfium.PdfiumError, OSError, ValueError) as exc:
        raise BadInputError("a picture in the PDF is damaged", path) from exc
    return parse_image_bytes(buffer.getvalue(), name=name, origin=path)


def _acts_on_open(path: Path) -> bool:
    """Whether the document runs an action when opened (JavaScript, a launch) — read from its
    catalog with pypdf; pdfium counts only the named scripts."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        root = PdfReader(str(path)).trailer["/Root"]
        action = root.get("/OpenAction")
        action = action.get_object() if action is not None else None
        kind = action.get("/S") if hasattr(action, "get") else None
        return "/AA" in root or kind in ("/JavaScript", "/Launch")
    except (PyPdfError, KeyError, ValueError, TypeError, AttributeError):
        return False


def _bookmarks(pdf) -> list[tuple[str, int]]:
    """The outline's top-level entries that point at a page: (title, page index)."""
    try:
        entries = []
        for item in pdf.get_toc(max_depth=4):
            dest = item.get_dest()
            page = dest.get_index() if dest is not None else None
            entries.append((item.level, (item.get_title() or "").strip(), page))
    except Exception:  # a broken outline is only a missing hint
        return []
    top = min((level for level, _, _ in entries), default=0)
    return [(title, page) for level, title, page in entries if level == top and page is not None]


def _in_time(deadline: float, path: Path) -> None:
    if time.monotonic() > deadline:
        raise BadInputError(
            f"the PDF took longer than {int(MAX_SECONDS)} seconds to read; refused", path
        )


# --- words where they stand


def _page_words(page, number: int) -> tuple[list[PageLine], int, int]:
    """The page's words, each with its box (points, top down), size and weight: PDFium's
    characters, cut into words at spaces, line ends, gaps and changes of size. With them, how
    many characters the page has and how many of them stand for no known letter."""
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    try:
        raw = textpage.raw
        height = page.get_height()
        rect = pdfium_c.FS_RECTF()  # the character's loose box: its font's ascent to descent
        matrix = pdfium_c.FS_MATRIX()
        words: list[PageLine] = []
        chars: list[str] = []
        box: list[float] = []  # x0, x1, top, bottom of the word so far
        size = 0.0
        weight = 0
        letters = unknown = 0

        def close() -> None:
            text = _clean("".join(chars))
            if text:
                bold = weight >= 600
                words.append(PageLine(text, *box, round(size, 1), bold, number))
            chars.clear()
            box.clear()

        for index in range(textpage.count_chars()):
            code = pdfium_c.FPDFText_GetUnicode(raw, index)
            char = "-" if code == 2 else chr(code)  # PDFium's mark for a hyphen at a line end
            if char.isspace() or code == 0:
                close()
                continue
            letters += 1
            if code == 0xFFFD or unicodedata.category(char) in ("Co", "Cn", "Cs"):
                unknown += 1
            pdfium_c.FPDFText_GetLooseCharBox(raw, index, rect)
            pdfium_c.FPDFText_GetMatrix(raw, index, matrix)
            scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
            char_size = pdfium_c.FPDFText_GetFontSize(raw, index) * scale
            char_left, char_right = rect.left, rect.right
            char_top, char_bottom = height - rect.top, height - rect.bottom
            if box and (
                abs(char_size - size) > 0.5
                or char_left - box[1] > 0.3 * char_size
                or abs(char_bottom - box[3]) > char_size / 2
            ):
                close()
            if not box:
                box[:] = [char_left, char_right, char_top, char_bottom]
                size = char_size
                weight = pdfium_c.FPDFText_GetFontWeight(raw, index)
            else:
                box[:] = [
                    min(box[0], char_left),
                    max(box[1], char_right),
                    min(box[2], char_top),
                    max(box[3], char_bottom),
                ]
            chars.append(char)
        close()
    finally:
        textpage.close()
    return words, letters, unknown


def _clean(text: str) -> str:
    return "".join(ch for ch in text if ch.isprintable() or ch == "\xad").strip()


# --- from lines to paragraphs


def _blocks(pages, placed) -> list[_Block]:
    """The document's paragraphs and photos in reading order, running heads and page numbers
    dropped, broken words joined, each photo's caption right after it."""
    body_size = _body_size([words for words, _, _ in pages])
    captions: dict[int, _Block] = {}
    per_page = []
    for number, (words, width, height) in enumerate(pages):
        photos = [p for p in placed if p[0] == number]
        words = _take_captions(words, photos, body_size, captions)
        per_page.append(reading_order(words, width, height))
    dropped = running_lines(per_page, [height for _, _, height in pages])
    blocks: list[_Block] = []
    current: list[PageLine] = []

    def flush() -> None:
        if current:
            blocks.append(_paragraph(current))
            current.clear()

    for number, lines in enumerate(per_page):
        items: list = [line for line in lines if id(line) not in dropped]
        photos = [p for p in placed if p[0] == number]
        items = _with_photos(items, photos, pages[number][1])
        previous: PageLine | None = None
        for item in items:
            if isinstance(item, int):  # a photo, then its caption
                flush()
                blocks.append(_Block("", body_size, False, number, image=item))
                blocks += [captions[item]] if item in captions else []
                previous = None
                continue
            if current and not _continues(current[-1], item, previous, body_size):
                flush()
            current.append(item)
            previous = item
    flush()
    return blocks


def _take_captions(
    words: list[PageLine], photos, body_size: float, captions: dict[int, _Block]
) -> list[PageLine]:
    """The page's words less each photo's caption, put in `captions` by photo: the lines set
    smaller than the text that start just under the photo, within its width (two photos side
    by side keep their own captions)."""
    for _, top, bottom, x0, x1, index in photos:
        # the photo's lane: half its width either side, up to halfway to a photo beside it
        left, right = x0 - (x1 - x0) / 2, x1 + (x1 - x0) / 2
        for _, other_top, other_bottom, other_x0, other_x1, _ in photos:
            if other_top < bottom and other_bottom > top:  # side by side
                if other_x1 <= x0:
                    left = max(left, (other_x1 + x0) / 2)
                elif other_x0 >= x1:
                    right = min(right, (x1 + other_x0) / 2)
        small = [w for w in words if w.size < body_size - 0.4 and w.top >= bottom - 2]
        rows: list[list[PageLine]] = []
        for row in _runs_in_lane(small, left, right):
            last = rows[-1][0] if rows else None
            size = row[0].size
            reach = bottom + 2.5 * size + 6 if last is None else last.top + 1.7 * size
            if row[0].top > reach or len(rows) >= 8:
                break
            rows.append(row)
        if not rows:
            continue
        taken = {id(w) for row in rows for w in row}
        words = [w for w in words if id(w) not in taken]
        lines = [
            replace(row[0], text=" ".join(w.text for w in sorted(row, key=lambda w: w.x0)))
            for row in rows
        ]
        caption = _paragraph(lines)
        captions[index] = replace(caption, bold=False)
    return words


def _runs_in_lane(words: list[PageLine], left: float, right: float) -> list[list[PageLine]]:
    """Rows of `words`, top down, each cut into runs at gaps wider than one and a half times
    their size; of each row, the runs that reach into [left, right]."""
    rows: list[list[PageLine]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if rows and abs(word.top - rows[-1][0].top) <= word.size / 3:
            rows[-1].append(word)
        else:
            rows.append([word])
    kept = []
    for row in rows:
        runs: list[list[PageLine]] = []
        for word in sorted(row, key=lambda w: w.x0):
            if runs and word.x0 - runs[-1][-1].x1 <= 1.5 * word.size:
                runs[-1].append(word)
            else:
                runs.append([word])
        inside = [w for run in runs if run[0].x0 < right and run[-1].x1 > left for w in run]
        if inside:
            kept.append(inside)
    return kept


def _with_photos(lines: list[PageLine], photos, width: float) -> list:
    """The page's lines with its photos (their index) put where they stand in the column
    order: before the first line of their column below their top."""
    items: list = list(lines)
    for _, top, _bottom, x0, x1, index in sorted(photos, key=lambda p: p[1]):
        column = _column_of(lines, (x0 + x1) / 2, width)
        at = next(
            (
                i
                for i, line in enumerate(items)
                if isinstance(line, PageLine)
                and line.top >= top - 1
                and (line.column == column or line.column == 0 or column == 0)
            ),
            len(items),
        )
        items.insert(at, index)
    return items


def _column_of(lines: list[PageLine], middle: float, width: float) -> int:
    columns = {line.column for line in lines if line.column}
    if not columns:
        return 0
    lefts = [line.x1 for line in lines if line.column == 1]
    edge = max(lefts) if lefts else width / 2
    return 1 if middle <= edge else 2


def _body_size(per_page: list[list[PageLine]]) -> float:  # lines or words
    """The size most of the text is set in (counted in characters)."""
    counts: dict[float, int] = {}
    for lines in per_page:
        for line in lines:
            counts[line.size] = counts.get(line.size, 0) + len(line.text)
    return max(counts, key=counts.get) if counts else 10.0


def _continues(last: PageLine, line: PageLine, previous: PageLine | None, body: float) -> bool:
    """Whether `line` goes on the paragraph `last` ends."""
    if abs(last.size - line.size) > 0.6 or last.bold != line.bold:
        return False
    pitch = line.top - last.top
    below = (
        previous is not None
        and last.page == line.page
        and (last.column == line.column or abs(line.x0 - last.x0) <= line.size)
        and 0 < pitch <= max(last.size, line.size) * 1.55
    )  # a headline across the page whose last line falls in a column is still one headline
    if not below:
        # a column or page turned: the sentence runs on if it was not finished
        return bool(
            last.text.endswith(("-", "\xad", ","))
            or (not re.search(r"[.!?:;”\"»)]$", last.text) and line.text[:1].islower())
        )
    card_line = len(last.text.split()) <= 5 and not last.text.endswith((":", ",", "-"))
    if (
        last.ends_short
        and card_line
        and (_FIELD.fullmatch(last.text) or _FIELD.fullmatch(line.text))
    ):
        return False  # a contact card's lines: name, organisation, e-mail, phone, one each
    return not (last.ends_short and re.search(r"[.!?”\"»]$", last.text))


# A line that is one field of a contact card: an e-mail address, a phone number, a web address.
_FIELD = re.compile(r"\S+@\S+\.\w+|\+?[\d ()./-]{7,}|(https?://|www\.)\S+", re.IGNORECASE)


def _paragraph(lines: list[PageLine]) -> _Block:
    text = ""
    for line in lines:
        piece = line.text
        if not text:
            text = piece
        elif re.search(r"\w[-\xad]$", text) and piece[:1].islower():
            text = text[:-1] + piece  # "humani-" + "tarian"
        else:
            text = f"{text} {piece}"
    text = " ".join(text.replace("\xad", "").split())
    size = max(line.size for line in lines)
    return _Block(text, size, all(line.bold for line in lines), lines[0].page)


# --- one story or several


# A past kit's or a newsletter's outline entries that are not stories: its cover, contents and
# back cover are left out; its key figures and contacts pages give figures and contacts only.
_NOT_A_STORY = re.compile(
    r"(table of )?contents|índice|[ií]ndice de contenidos?|contenidos?|sum[aá]rio|sommaire|"
    r"table des mati[eè]res|(back |front )?cover|portada|contraportada|capa|contracapa|"
    r"couverture|quatri[eè]me de couverture",
    re.IGNORECASE,
)


def _split(
    blocks: list[_Block], bookmarks: list[tuple[str, int]]
) -> list[tuple[bool, list[_Block]]]:
    """The document's stories, each with whether it is only a side part (key figures,
    contacts): at its bookmarks when it has an outline, else at lines set as large as
    headlines (each story then at least MIN_STORY_WORDS words), else one."""
    if bookmarks:  # a document with an outline is split at its entries or not at all
        starts: dict[int, str] = {}
        for title, page in bookmarks:
            on_page = [i for i, b in enumerate(blocks) if b.page == page]
            if not on_page:
                continue
            named = next((i for i in on_page if _same_words(blocks[i].text, title)), on_page[0])
            starts.setdefault(named, title)
        order = sorted(starts)
        parts = _cut(blocks, order)
        if len(parts) < 2:
            return [(False, blocks)]
        titles = [starts[i] for i in order]
        if len(parts) > len(titles):  # a story before the first entry
            titles.insert(0, "")
        kept = [
            (_figures_or_contacts(title), part)
            for number, (title, part) in enumerate(zip(titles, parts, strict=True))
            if not _NOT_A_STORY.fullmatch(title.strip())
            and not (number == 0 and len(parts) > 2 and _words(part) < MIN_STORY_WORDS)  # a cover
        ]
        return kept or [(False, blocks)]
    body = _body_size_of(blocks)
    sizes = sorted({b.size for b in blocks if b.size >= body * HEADLINE_RATIO}, reverse=True)
    for size in sizes[:2]:
        starts = [
            i for i, b in enumerate(blocks) if abs(b.size - size) < 0.6 and _has_words(b.text)
        ]  # a headline has words ("6.1 million" set as large is a key figure)
        if len(starts) < 2:
            continue
        parts = _cut(blocks, starts)
        if all(_words(part) >= MIN_STORY_WORDS for part in parts[1:]) and len(parts) >= 2:
            return [(False, part) for part in parts]
    return [(False, blocks)]


def _figures_or_contacts(title: str) -> bool:
    """A bookmark over a key figures or contacts page: the headings the reader opens those
    sections with (vocabulary), in every language."""
    heading = folded(title)
    return bool(CONTACTS_HEADING.match(heading) or FIGURES_HEADINGS.match(heading))


def _has_words(text: str) -> bool:
    return len(re.findall(r"[^\W\d]{2,}", text)) >= 3


def _cut(blocks: list[_Block], starts: list[int]) -> list[list[_Block]]:
    """`blocks` cut before each of `starts`; what stands before the first start (a masthead,
    a cover) goes with the first story unless it is a story itself."""
    edges = [*starts, len(blocks)]
    parts = [blocks[a:b] for a, b in zip(edges, edges[1:], strict=False) if blocks[a:b]]
    head = blocks[: starts[0]] if starts else []
    if head and parts:
        if _words(head) >= MIN_STORY_WORDS:
            parts.insert(0, head)
        else:
            parts[0] = head + parts[0]
    return parts


def _words(blocks: list[_Block]) -> int:
    return sum(len(b.text.split()) for b in blocks)


def _same_words(text: str, title: str) -> bool:
    def key(value: str) -> str:
        return " ".join(re.findall(r"\w+", value.casefold()))

    return bool(title) and key(text).startswith(key(title)[:60])


def _body_size_of(blocks: list[_Block]) -> float:
    counts: dict[float, int] = {}
    for block in blocks:
        counts[block.size] = counts.get(block.size, 0) + len(block.text)
    return max(counts, key=counts.get) if counts else 10.0


def _document(
    blocks: list[_Block],
    images: list[ParsedImage],
    path: Path,
    number: int,
    total: int,
    *,
    side: bool = False,
) -> ParsedDocument:
    """One story's paragraphs, with hints from their size: the largest (clearly larger than
    the text) is the title, others larger than the text or short and bold are headings.
    A side part (a kit's key figures or contacts page) gives its figures and contacts only."""
    body = _body_size_of(blocks)
    # the title is set the largest of lines with words ("6.1 million" as large is a figure)
    largest = max((b.size for b in blocks if _has_words(b.text)), default=body)
    own: list[ParsedImage] = []
    paras: list[Para] = []
    titled = False
    for block in blocks:
        if block.image is not None:
            own.append(images[block.image])
            paras.append(Para("", Hint.IMAGE, image=len(own) - 1))
            continue
        hint = Hint.NONE
        if side:
            pass  # a figures or contacts page: no headline; its sizes are the cards' own
        elif (
            not titled
            and block.size == largest
            and largest >= body * 1.25
            and _has_words(block.text)
        ):
            hint, titled = Hint.TITLE, True
        elif block.size >= body * 1.15 or (
            block.bold and len(block.text.split()) <= 12 and not block.text.endswith(".")
        ):
            hint = Hint.HEADING
        paras += [Para(piece, hint) for piece in split_long(block.text)]
    name = path.name if total == 1 else f"{path.name} (part {number} of {total})"
    document = document_from_paras(paras, name=name, images=tuple(own))
    if side:
        return replace(document, story=None, photos=(), images={}, lines=(), source_images=())
    return document
