"""mediakit benchmarks: whole processes, against a careful ReportLab script, medians of rounds.

    .venv/bin/python benchmarks/run.py            # S, M and L kits: 3, 5 and 3 rounds
    .venv/bin/python benchmarks/run.py --quick    # S and M, 1 round
    .venv/bin/python benchmarks/run.py --safe-mode    # every command without the tunings

Writes benchmarks/results/RESULTS.md (RESULTS-safe-mode.md with --safe-mode). Every round also
times the two rebuilds once more under MEDIAKIT_SAFE_MODE=1, the process-wide tunings off
(mediakit.tuning), to show what they buy. Not a test: nothing here fails on a slow machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "work"
PYTHON = sys.executable
SIZES = {"S": 4, "M": 24, "L": 150}
# M carries most goals and its rounds are short: more of them steady its medians on a machine
# whose speed drifts by ±15% from one second to the next.
ROUNDS = {"S": 3, "M": 5, "L": 3}
KIT = "Benchmark kit"
SAFE_MODE = {"MEDIAKIT_SAFE_MODE": "1"}  # every tuning of mediakit.tuning off


@dataclass
class Run:
    seconds: float
    peak_mb: float


# Parsed fonts and the like (mediakit.layout.disk_cache) persist here between runs, as they do in a
# user's cache folder: the numbers are those of every build after the very first one.
USER_CACHE = WORK / "user-cache"


def timed(args: list[str], env: dict | None = None) -> Run:
    """Run a whole process; its wall time and peak resident memory (from wait4)."""
    # The process's warnings go to a file: a pipe nobody reads while it runs fills up (64 KB,
    # a few hundred preflight warnings) and the process waits for ever.
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            args,
            cwd=ROOT,
            env={**os.environ, "MEDIAKIT_CACHE": str(USER_CACHE), **(env or {})},
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            errors.seek(0)
            raise SystemExit(f"failed: {' '.join(args)}\n{errors.read().decode()[-2000:]}")
    return Run(seconds, usage.ru_maxrss / 1024)


def photos(count: int) -> list[Path]:
    """Deterministic camera-like JPEGs: 24 and 12 Mpx, every fifth one portrait (cached).

    Missing ones are made in a child process. Made here, their pixels would stay in this
    process's memory, and every measured process starts as a fork of this one: their peak
    memory would count it (a first run in a fresh clone showed 330 MB for S instead of 55)."""
    sizes = [_photo_size(index) for index in range(count)]
    folder = WORK / "photos"
    paths = [folder / f"photo-{i:03d}-{w}x{h}.jpg" for i, (w, h) in enumerate(sizes)]
    if not all(path.exists() for path in paths):
        subprocess.run([PYTHON, str(Path(__file__)), "--make-photos", str(count)], check=True)
    return paths


def _photo_size(index: int) -> tuple[int, int]:
    size = (6000, 4000) if index % 3 != 2 else (4000, 3000)
    return size[::-1] if index % 5 == 4 else size


def _make_photos(count: int) -> None:
    from PIL import Image, ImageFilter

    folder = WORK / "photos"
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        size = _photo_size(index)
        path = folder / f"photo-{index:03d}-{size[0]}x{size[1]}.jpg"
        if path.exists():
            continue
        small = Image.effect_noise((size[0] // 8, size[1] // 8), 40 + index % 30).convert("RGB")
        gradient = Image.linear_gradient("L").resize(small.size).convert("RGB")
        scene = Image.blend(small, gradient, 0.5).filter(ImageFilter.GaussianBlur(1))
        scene = scene.resize(size, Image.Resampling.BICUBIC)
        detail = Image.effect_noise(size, 12).convert("RGB")
        part = path.with_suffix(".part")
        Image.blend(scene, detail, 0.15).save(part, "JPEG", quality=92)
        part.replace(path)  # an interrupted run leaves no half-written photo


def mediakit(library: Path, *args: str) -> list[str]:
    return [PYTHON, "-m", "mediakit", "--library", str(library), *args]


SEEDS = sorted((ROOT / "assets" / "demo" / "seeds").glob("*.txt"))


def import_into_kit(library: Path, files: list[Path]) -> Run:
    """A fresh library; the seed stories and the photos imported, straight into the kit."""
    shutil.rmtree(library, ignore_errors=True)
    return timed(mediakit(library, "import", *map(str, SEEDS + files), "--kit", KIT, "--json"))


def build(library: Path, out: Path, env: dict | None = None) -> Run:
    return timed(mediakit(library, "build", KIT, "-o", str(out)), env)


def edit_caption(library: Path, round_number: int | str) -> None:
    code = (
        "import sys; from mediakit.library import Library, queries; from mediakit.edits import History, set_photo_text; "
        "from mediakit.model import Photo\n"
        f"lib = Library.open(sys.argv[1]); p = queries.all_of(lib.db, Photo)[-1]\n"
        f"set_photo_text(History(lib.catalog), photo=p, caption='Edited caption {round_number}'); lib.close()"
    )
    subprocess.run([PYTHON, "-c", code, str(library)], cwd=ROOT, check=True)


def baseline(files: list[Path], out: Path) -> Run:
    stories = [
        {
            "title": s.stem,
            "paragraphs": [p for p in s.read_text().split("\n") if len(p) > 40],
            "photos": [],
        }
        for s in SEEDS
    ]
    kit = {
        "title": KIT,
        "stories": stories,
        "gallery": [{"path": str(f), "caption": f.stem} for f in files],
    }
    spec = WORK / "baseline-kit.json"
    spec.write_text(json.dumps(kit))
    return timed([PYTHON, str(HERE / "baseline.py"), str(spec), str(out)])


def app_start(library: Path) -> tuple[float, float]:
    """Seconds to a visible window and to the first preview, as app_start.py reports them."""
    env = {"QT_QPA_PLATFORM": "offscreen"}
    try:
        result = subprocess.run(
            [PYTHON, str(HERE / "app_start.py"), "--library", str(library)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env={**os.environ, "MEDIAKIT_CACHE": str(USER_CACHE), **env},
            timeout=90,
        )
    except subprocess.TimeoutExpired:
        return float("nan"), float("nan")
    marks = dict(
        line.split()[:2]
        for line in result.stdout.splitlines()
        if line.startswith(("window-visible", "first-preview"))
    )
    return float(marks.get("window-visible", "nan")), float(marks.get("first-preview", "nan"))


def bare_window() -> float:
    code = (
        "import time; t=time.perf_counter()\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "app = QApplication([]); w = QMainWindow(); w.show(); app.processEvents()\n"
        "print('window-visible', time.perf_counter() - t)"
    )
    start = time.perf_counter()
    subprocess.run(
        [PYTHON, "-c", code],
        cwd=ROOT,
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    return time.perf_counter() - start


def measure(size: str, rounds: int, compare: bool = True) -> dict:
    """Each round: a fresh library (import), the first build, a rebuild of the unchanged kit,
    a rebuild after one caption edit, with `compare` the same two rebuilds in safe mode, and
    the baseline; medians over the rounds."""
    library, files = WORK / f"library-{size}", photos(SIZES[size])
    keys = ["import", "first", "rebuild", "caption", "baseline", "peak", "base_peak"]
    keys += ["safe", "safe_caption"] if compare else []
    results: dict[str, list[float]] = {k: [] for k in keys}
    out = WORK / f"kit-{size}.pdf"
    base_out = WORK / f"baseline-{size}.pdf"
    for number in range(rounds):
        results["import"].append(import_into_kit(library, files).seconds)
        first = build(library, out)
        results["first"].append(first.seconds)
        results["peak"].append(first.peak_mb)
        results["rebuild"].append(build(library, out).seconds)
        edit_caption(library, number)
        results["caption"].append(build(library, out).seconds)
        if compare:
            results["safe"].append(build(library, out, SAFE_MODE).seconds)
            edit_caption(library, f"{number} (safe mode)")
            results["safe_caption"].append(build(library, out, SAFE_MODE).seconds)
        base = baseline(files, base_out)
        results["baseline"].append(base.seconds)
        results["base_peak"].append(base.peak_mb)
    summary = {k: statistics.median(v) for k, v in results.items()}
    summary["pdf_mb"] = out.stat().st_size / 1e6
    summary["base_pdf_mb"] = base_out.stat().st_size / 1e6
    summary["pages"] = _pages(out)
    summary["library"] = str(library)
    return summary


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def table(results: dict, app: tuple[float, float], bare: float) -> str:
    m, s = results["M"], results["S"]
    rows = [
        (
            "M: import of the photos and stories + first build",
            (m["import"] + m["first"]) / m["baseline"],
            "≤ 1.0×",
        ),
        ("M: rebuild of an unchanged kit", m["rebuild"] / m["baseline"], "≤ 0.2×"),
        ("M: rebuild after one caption edit", m["caption"] / m["baseline"], "≤ 0.25×"),
    ]
    if "safe" in m:
        rows += [
            ("M: rebuild of an unchanged kit, tunings off", m["safe"] / m["baseline"], "—"),
            (
                "M: rebuild after one caption edit, tunings off",
                m["safe_caption"] / m["baseline"],
                "—",
            ),
        ]
    if "L" in results:
        big = results["L"]
        rows += [
            ("L: first build", big["first"] / big["baseline"], "≤ 0.8×"),
            ("L: peak memory, relative to S", big["peak"] / s["peak"], "≤ 1.5×"),
        ]
    rows += [
        ("screen edition PDF size (M)", m["pdf_mb"] / m["base_pdf_mb"], "≤ 1.1× (and ≤ 2 MB)"),
        ("app start to window visible", app[0] / bare, "≤ 1.5×"),
    ]
    lines = ["| what | ratio to baseline | goal |", "|---|---|---|"]
    lines += [f"| {name} | {ratio:.2f}× | {goal} |" for name, ratio, goal in rows]
    lines += [
        "",
        "| kit | pages | import s | first build s | rebuild s | caption rebuild s | baseline s | peak MB | PDF MB | baseline PDF MB |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for size, r in results.items():
        lines.append(
            f"| {size} | {r['pages']} | {r['import']:.2f} | {r['first']:.2f} | {r['rebuild']:.2f} | {r['caption']:.2f} | {r['baseline']:.2f} | {r['peak']:.0f} | {r['pdf_mb']:.2f} | {r['base_pdf_mb']:.2f} |"
        )
    if "safe" in m:
        lines += [
            "",
            "Tunings off (MEDIAKIT_SAFE_MODE=1, see mediakit/tuning.py), timed in the same rounds:",
            "",
            "| kit | rebuild s | tunings off s | caption rebuild s | tunings off s |",
            "|---|---|---|---|---|",
        ]
        lines += [
            f"| {size} | {r['rebuild']:.2f} | {r['safe']:.2f} | {r['caption']:.2f} | {r['safe_caption']:.2f} |"
            for size, r in results.items()
        ]
    lines += [
        "",
        f"App: window visible {app[0]:.2f} s, first preview {app[1]:.2f} s; bare PySide6 window {bare:.2f} s.",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="S and M only, one round")
    parser.add_argument("--rounds", type=int, help="rounds of every kit (default: S 3, M 5, L 3)")
    parser.add_argument(
        "--safe-mode",
        action="store_true",
        help="run every measured command with MEDIAKIT_SAFE_MODE=1 (all tunings off)",
    )
    parser.add_argument("--make-photos", type=int, metavar="N", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make_photos:
        _make_photos(args.make_photos)
        return
    if args.safe_mode:
        os.environ.update(SAFE_MODE)  # inherited by every process measured, the app's too
    sizes = ["S", "M"] if args.quick else ["S", "M", "L"]
    rounds = (
        dict.fromkeys(sizes, 1 if args.quick else args.rounds)
        if args.rounds or args.quick
        else ROUNDS
    )
    # Bytecode for mediakit as an installed package has it (pip compiles what it installs; an
    # editable checkout under PYTHONDONTWRITEBYTECODE, as on CI machines, would otherwise compile
    # every module again in every process, ~80 ms that no user pays). The baseline's libraries
    # are installed, hence compiled, already.
    subprocess.run(
        [PYTHON, "-m", "compileall", "-q", str(ROOT / "mediakit"), str(HERE)], check=True
    )
    results = {size: measure(size, rounds[size], not args.safe_mode) for size in sizes}
    starts, bares = [], []
    for _ in range(7):  # interleaved, so that both see the same machine
        starts.append(app_start(Path(results["M"]["library"])))
        bares.append(bare_window())
    app = (statistics.median(s[0] for s in starts), statistics.median(s[1] for s in starts))
    bare = statistics.median(bares)
    text = table(results, app, bare)
    print(text)
    stamp = time.strftime("%Y-%m-%d")
    (HERE / "results").mkdir(exist_ok=True)
    name, mode = ("RESULTS-safe-mode.md", ", tunings off") if args.safe_mode else ("RESULTS.md", "")
    (HERE / "results" / name).write_text(
        f"# Benchmark results ({stamp}, {os.cpu_count()} cores{mode})\n\n{text}\n"
    )


if __name__ == "__main__":
    main()
