"""What opening a catalog costs once it is read as untrusted input, on 300 and 3,000 photos.

Prints the time of a whole `Library.open` and of each check it makes (SQLite's quick check, the
schema compared with the migrations', every media hash, every value's type). Printed, not
asserted: python benchmarks/catalog_open.py
"""

from __future__ import annotations

import hashlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mediakit.library import Library  # noqa: E402

ROUNDS = 7
BODY = '[{"k":"paragraph","s":[{"t":"' + "A sentence of the story. " * 40 + '"}]}]'


def fill(root: Path, photos: int) -> None:
    with Library.open(root) as library:
        db = library.db
        db.execute("BEGIN")
        for index in range(photos):
            media_hash = hashlib.sha256(str(index).encode()).hexdigest()
            db.execute(
                "INSERT INTO media (hash, ext, size, width, height) VALUES (?, 'jpg', 1, 1, 1)",
                (media_hash,),
            )
            db.execute(
                "INSERT INTO photos (caption, media_hash) VALUES (?, ?)",
                (f"Caption {index}", media_hash),
            )
        for index in range(photos // 8):
            db.execute(
                "INSERT INTO stories (kind, language, title, body) "
                "VALUES ('press_release', 'en', ?, ?)",
                (f"Story {index}", BODY),
            )
        db.execute("COMMIT")


def median_ms(work) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    print(f"{'photos':>7} {'open':>8} {'quick':>8} {'schema':>8} {'hashes':>8} {'types':>8}  (ms)")
    for photos in (300, 3000):
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder) / "library"
            fill(root, photos)
            whole = median_ms(lambda root=root: Library.open(root).close())
            with Library.open(root) as library:
                catalog = library.catalog
                parts = [
                    median_ms(check)
                    for check in (
                        catalog._check_sound,
                        catalog._check_schema,
                        catalog._check_names,
                        catalog._check_types,
                    )
                ]
            print(f"{photos:>7} {whole:>8.1f} " + " ".join(f"{p:>8.1f}" for p in parts))


if __name__ == "__main__":
    main()
