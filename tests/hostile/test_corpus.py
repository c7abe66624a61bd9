"""Every hostile file through the real CLI, in a child process with time and memory limits."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from mediakit.library import Library
from tests.hostile.corpus import cases

ROOT = Path(__file__).resolve().parents[2]
TIME_LIMIT = 120
MEMORY_LIMIT = 3 * 1024**3


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "mediakit", *args],
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT,
        preexec_fn=_limits,
        cwd=cwd,
        env=env,
    )


@pytest.fixture(scope="module")
def corpus_results(tmp_path_factory):
    work = tmp_path_factory.mktemp("hostile")
    files = work / "files"
    files.mkdir()
    library = work / "library"
    Library.open(library).close()
    items = []
    for index, case in enumerate(cases()):
        folder = files / f"{index:02d}"
        folder.mkdir()
        path = folder / case.name
        path.write_bytes(case.make())
        items.append((case, path))

    def one(item):
        case, path = item
        # Each case in its own library copy: a refusal must leave that library untouched.
        lib = work / f"lib-{path.parent.name}"
        return (
            case,
            path,
            lib,
            run_cli("--library", str(lib), "import", str(path), "--json", cwd=work),
        )

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(one, items))
    return work, results


def test_corpus_is_big_enough():
    assert len(cases()) >= 40


def test_every_case_behaves(corpus_results):
    _, results = corpus_results
    failures = []
    for case, path, lib, result in results:
        problem = _judge(case, path, lib, result)
        if problem:
            failures.append(f"{case.name!r}: {problem}")
    assert not failures, "\n".join(failures)


def _judge(case, path, lib, result) -> str:
    if "Traceback" in result.stderr:
        return "traceback: " + result.stderr[-400:]
    if result.returncode not in (0, 3):
        return f"exit {result.returncode}: {result.stderr[-300:]}"
    rows = json.loads(result.stdout) if result.stdout.strip() else []
    status = rows[0]["status"] if rows else "refused"
    if case.expect == "accept" and status == "refused":
        return "refused but should be accepted: " + result.stderr.strip()
    if case.expect == "refuse":
        if result.returncode != 3 or status != "refused":
            return f"accepted but should be refused ({status})"
        if path.name.split(".")[0][:6] not in result.stderr and "\\u" not in result.stderr:
            return "the message does not name the file: " + result.stderr.strip()
        with Library.open(lib) as library:
            counts = [
                library.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("stories", "photos", "contacts")
            ]
        if any(counts):
            return f"half-imported: {counts}"
    return ""


def test_nothing_written_outside_the_libraries(corpus_results):
    work, _ = corpus_results
    assert not (Path("/tmp") / "pwned").exists()
    assert not list(work.parent.glob("evil.txt")) and not list(work.glob("evil.txt"))
    assert not list(work.rglob("*.part"))
