"""Busy press officer, to be killed at a random moment: imports, edits and exports in a loop."""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

from mediakit.edits import History, ImportDocument, attach_image, set_photo_text
from mediakit.exporters.export import ExportRequest, export
from mediakit.importers import parse_file, parse_text
from mediakit.library import Library, queries
from mediakit.model import Kit, Photo


def main(library_dir: str, work_dir: str, seed: int) -> None:
    work = Path(work_dir)
    with Library.open(Path(library_dir)) as library:
        history = History(library.catalog)
        for step in range(10_000):
            n = seed * 10_000 + step
            story = f"Story number {n}\n\nQuito, Ecuador – Words {n} of a story {' '.join(str(n + i) for i in range(40))}.\n"
            history.do(ImportDocument(parse_text(story, name=f"s{n}.txt")))
            picture = work / f"p{n}.jpg"
            Image.new("RGB", (1600 + n % 7, 1200), (n % 255, 90, 160)).save(picture, quality=90)
            history.do(ImportDocument(parse_file(picture), media=library.media))
            photo = queries.all_of(library.db, Photo)[0]
            set_photo_text(history, photo=photo, caption=f"Caption edited {n}")
            if not photo.has_image:
                attach_image(history, media=library.media, photo=photo, path=picture)
            kit = queries.all_of(library.db, Kit)[0]
            content = queries.kit_content(library.db, kit)
            # Forced, so that every round writes the PDF whatever preflight finds.
            request = ExportRequest(content=content, target=work / "kit.pdf", force=True)
            export(request, photos=library.cache.rendition)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
