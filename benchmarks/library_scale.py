"""Does import cost the same per item in a small library and in a large one?

    .venv/bin/python benchmarks/library_scale.py          # 300/3,000 photos, 40/400 stories
    .venv/bin/python benchmarks/library_scale.py --quick  # 100/1,000 photos, 20/200 stories

Generates small JPEGs (each different) and plain-text stories (each its own words; one in ten a
near-duplicate of an earlier one, a sentence changed), then imports each set into a fresh
library in a child process, through the command line's own entry point
(`mediakit --library DIR import FILE...`). The clock runs around that call only, once the modules
it loads are loaded: interpreter start-up is the same at any size and would flatter the small
one. Prints the per-item cost at each size (wall clock, and the process's CPU time, steadier on
a shared machine), the ratio large/small (goal: at most 1.2) and the child's peak memory, medians of three rounds (`--rounds`). Not a test: nothing here fails on a slow machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GOAL = 1.2

# The child: warm the modules an import loads, then time the command line's import.
CHILD = """
import json, resource, sys, time
from pathlib import Path
from mediakit.cli import main
import mediakit.edits.importing, mediakit.importers.files
from mediakit.importers.similarity import signature
signature(frozenset({1}))  # numpy loaded before the clock
library, listing = sys.argv[1], sys.argv[2]
paths = Path(listing).read_text().splitlines()
start, cpu = time.perf_counter(), time.process_time()
code = main(["--library", library, "import", *paths])
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"code": code, "seconds": seconds, "cpu": cpu, "peak_mb": peak}), file=sys.stderr)
"""

SYLLABLES = "ka lo mi nu re sa ti vo pe da gu be fi ho ja ze ri mo na tu".split()
PLACES = ["Quito", "Lima", "Nairobi", "Dakar", "Manila", "Amman", "Dhaka", "Beira"]
MONTHS = ["March", "April", "May", "June", "July"]


def make_photos(folder: Path, count: int) -> list[Path]:
    from PIL import Image, ImageDraw

    folder.mkdir(parents=True)
    paths = []
    for n in range(count):
        image = Image.new("RGB", (160, 120), (n * 37 % 256, n * 91 % 256, n * 53 % 256))
        ImageDraw.Draw(image).text((8, 8), f"photo {n}", fill=(255, 255, 255))
        path = folder / f"photo_{n:05d}.jpg"
        image.save(path, quality=85)
        paths.append(path)
    return paths


def _word(chance: random.Random) -> str:
    return "".join(chance.choice(SYLLABLES) for _ in range(chance.randint(2, 4)))


def story_text(n: int) -> str:
    """A story of its own words, with a dateline, a name and figures, as a press office writes."""
    chance = random.Random(n)
    title = " ".join(_word(chance) for _ in range(7)).capitalize()
    place = PLACES[n % len(PLACES)]
    date = f"{1 + n % 28} {MONTHS[n % len(MONTHS)]} 2025"
    name = f"{_word(chance).capitalize()} {_word(chance).capitalize()}"
    paragraphs = []
    for p in range(5):
        sentence = " ".join(_word(chance) for _ in range(45))
        paragraphs.append(f"{sentence.capitalize()}, said {name}, for {1000 + n * 7 + p} people.")
    paragraphs[0] = f"{place.upper()}, {date} – {paragraphs[0]}"
    return f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"


def make_stories(folder: Path, count: int) -> list[Path]:
    """`count` story files; every tenth a near-duplicate of the one before (a sentence changed)."""
    folder.mkdir(parents=True)
    paths = []
    for n in range(count):
        if n % 10 == 9:
            text = story_text(n - 1).replace(" for ", " for about ", 1)
        else:
            text = story_text(n)
        path = folder / f"story_{n:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def import_into_fresh_library(work: Path, paths: list[Path]) -> dict:
    work.mkdir(exist_ok=True)
    library = work / f"library-{len(paths)}-{paths[0].suffix[1:]}"
    listing = work / f"{library.name}.txt"
    listing.write_text("\n".join(map(str, paths)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MEDIAKIT_CACHE": str(work / "user-cache")}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(library), str(listing)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    lines = done.stderr.strip().splitlines()
    try:
        return json.loads(lines[-1])
    except (IndexError, json.JSONDecodeError):
        raise SystemExit(f"the import failed:\n{done.stderr[-2000:]}") from None


def measure(work: Path, what: str, sizes: tuple[int, int], rounds: int) -> None:
    """Each size imported `rounds` times into a fresh library, the sizes taking turns (this
    machine's speed drifts), the median per-item cost kept."""
    make = make_photos if what == "photos" else make_stories
    files = {size: make(work / f"{what}-{size}", size) for size in sizes}
    runs: dict[int, list[dict]] = {size: [] for size in sizes}
    for round_ in range(rounds):
        for size in sizes:
            runs[size].append(import_into_fresh_library(work / f"round-{round_}", files[size]))
    wall, cpu = [], []
    for size in sizes:
        seconds = statistics.median(run["seconds"] for run in runs[size])
        wall.append(seconds / size * 1000)
        cpu.append(statistics.median(run["cpu"] for run in runs[size]) / size * 1000)
        peak = max(run["peak_mb"] for run in runs[size])
        codes = sorted({run["code"] for run in runs[size]})
        print(
            f"  {size:>5} {what:<7} {seconds:7.2f} s  {wall[-1]:6.2f} ms each"
            f" ({cpu[-1]:5.2f} ms CPU)  peak {peak:5.0f} MB  (exit {', '.join(map(str, codes))})"
        )
    for name, costs in (("wall clock", wall), ("CPU time", cpu)):
        ratio = costs[1] / costs[0]
        verdict = "within" if ratio <= GOAL else "over"
        print(f"  per-item {name}, large/small: {ratio:.2f} ({verdict} the goal of {GOAL})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100/1,000 photos, 20/200 stories")
    parser.add_argument("--rounds", type=int, default=3, help="imports of each size (median)")
    args = parser.parse_args()
    photos, stories = ((100, 1000), (20, 200)) if args.quick else ((300, 3000), (40, 400))
    with tempfile.TemporaryDirectory(prefix="mediakit-scale-") as folder:
        work = Path(folder)
        print("Photos (small JPEGs, each different):")
        measure(work, "photos", photos, args.rounds)
        print("Stories (each its own words; one in ten a near-duplicate):")
        measure(work, "stories", stories, args.rounds)


if __name__ == "__main__":
    main()
