"""Start times of the packaged mediakit, printed (README's "Without Python" section quotes them).

    python packaging/start_times.py [dist/mediakit] [--cold]

Runs each executable as a field office would (`env -i`, a fresh HOME): `mediakit --help`, and
`mediakit-app --smoke-test` on the offscreen platform, timing from the start of the process to
the window on screen and to the demo kit's first preview (main.py prints both moments). --cold
empties the system's file cache before each run (Linux, as root: /proc/sys/vm/drop_caches), as
on the first start after a reboot; without it the files are already in memory. Printed, never
asserted: timings depend on the machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SUFFIX = ".exe" if sys.platform == "win32" else ""
RUNS = 3


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def clean_env(home: str, **extra: str) -> dict[str, str]:
    env = {"HOME": home, "PATH": "/usr/bin:/bin", **extra}
    if sys.platform == "win32":
        env.update({k: os.environ[k] for k in ("SYSTEMROOT", "TEMP") if k in os.environ})
    return env


def time_help(folder: Path, cold: bool) -> float:
    with tempfile.TemporaryDirectory() as home:
        if cold:
            drop_caches()
        started = time.perf_counter()
        subprocess.run(
            [str(folder / f"mediakit{SUFFIX}"), "--help"],
            env=clean_env(home),
            check=True,
            capture_output=True,
        )
        return time.perf_counter() - started


def time_app(folder: Path, cold: bool) -> tuple[float, float]:
    """Seconds to the window shown and to the first preview, from the process's start."""
    with tempfile.TemporaryDirectory() as home:
        if cold:
            drop_caches()
        started = time.perf_counter()
        app = subprocess.Popen(
            [str(folder / f"mediakit-app{SUFFIX}"), "--library", f"{home}/lib", "--smoke-test"],
            env=clean_env(home, QT_QPA_PLATFORM="offscreen"),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        shown = preview = float("nan")
        for line in app.stdout:
            if line.startswith("smoke-test window shown"):
                shown = time.perf_counter() - started
            elif line.startswith("smoke-test ok"):
                preview = time.perf_counter() - started
        if app.wait() != 0:
            raise SystemExit("the packaged app's smoke test failed")
        return shown, preview


def main(argv: list[str]) -> int:
    cold = "--cold" in argv
    given = [arg for arg in argv if not arg.startswith("--")]
    folder = Path(given[0] if given else "dist/mediakit").resolve()
    kind = "cold (file cache emptied)" if cold else "warm"
    for run in range(RUNS):
        print(f"{kind} run {run + 1}: mediakit --help {time_help(folder, cold):.2f} s", flush=True)
    for run in range(RUNS):
        shown, preview = time_app(folder, cold)
        print(
            f"{kind} run {run + 1}: mediakit-app window shown {shown:.2f} s, "
            f"demo kit's preview {preview:.2f} s",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
