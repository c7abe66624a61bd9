"""The 3×2 language × paper matrix of the M benchmark kit: `build --each` against one build and
against six separate builds, whole processes, medians of rounds.

    .venv/bin/python benchmarks/each_matrix.py              # 3 rounds
    .venv/bin/python benchmarks/each_matrix.py --rounds 1

Each measurement starts from the same library: the M kit of benchmarks/run.py (the seed stories
and 24 camera-size photos, imported, so their proxies are made) with no rendition and no
finished build in its cache, as after an edit that touches every photo's placement. Then:

- one:  `mediakit build KIT -o one.pdf` (es, A4);
- each: `mediakit build KIT --each lang=es,pt,fr --each paper=a4,letter -o DIR` (six PDFs);
- six:  six `mediakit build KIT --lang L --paper P -o F.pdf`, one after the other.

Goal (issue 18): each ≤ 3 × one on two cores, where six separate builds take about 6 ×.
Printed, not asserted: nothing here fails on a slow or busy machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run as bench  # noqa: E402 (benchmarks/run.py: the M kit, timed whole processes)

LANGS, PAPERS = ("es", "pt", "fr"), ("a4", "letter")


def fresh(library: Path, template: Path) -> None:
    """The template library again, its cache without renditions and builds (proxies kept)."""
    shutil.rmtree(library, ignore_errors=True)
    shutil.copytree(template, library)
    cache = library / "cache"
    for entry in cache.iterdir() if cache.is_dir() else ():
        if entry.name != "proxies":
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    template, library = bench.WORK / "each-template", bench.WORK / "each-library"
    out = bench.WORK / "each-out"
    if not (template / "catalog.sqlite").exists():
        bench.import_into_kit(template, bench.photos(bench.SIZES["M"]))
    one, each, six = [], [], []
    for _ in range(args.rounds):
        fresh(library, template)
        shutil.rmtree(out, ignore_errors=True)
        one.append(bench.timed(bench.mediakit(library, "build", bench.KIT, "--lang", "es", "-o",
                                              str(out / "one.pdf"))).seconds)  # fmt: skip
        fresh(library, template)
        matrix = ["--each", f"lang={','.join(LANGS)}", "--each", f"paper={','.join(PAPERS)}"]
        each.append(
            bench.timed(
                bench.mediakit(library, "build", bench.KIT, *matrix, "-o", str(out / "each"))
            ).seconds
        )
        fresh(library, template)
        total = 0.0
        for lang in LANGS:
            for paper in PAPERS:
                target = out / "six" / f"{lang}-{paper}.pdf"
                command = ["build", bench.KIT, "--lang", lang, "--paper", paper, "-o", str(target)]
                total += bench.timed(bench.mediakit(library, *command)).seconds
        six.append(total)
    written = sorted(p.name for p in (out / "each").iterdir())
    m_one, m_each, m_six = (statistics.median(v) for v in (one, each, six))
    print(f"M kit, {len(written)} PDFs ({', '.join(written)})")
    print(f"cores: {os.cpu_count()}, rounds: {args.rounds} (medians)")
    print(f"one build:            {m_one:6.2f} s")
    print(f"--each (6 PDFs):      {m_each:6.2f} s   {m_each / m_one:4.2f} × one build")
    print(f"six separate builds:  {m_six:6.2f} s   {m_six / m_one:4.2f} × one build")


if __name__ == "__main__":
    main()
