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
    if any(raw in result.stdout + result.stderr for raw in ("\x1b", "\u202e", "\n" + "line")):
        return "a name printed raw (ESC, a bidi override or a newline)"
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


def test_kit_of_everything_accepted_is_a_clean_pdf(corpus_results, tmp_path):
    import getpass
    import shutil as sh

    import pypdfium2
    from pypdf import PdfReader

    work, results = corpus_results
    accepted = [str(path) for case, path, _, _ in results if case.expect == "accept"]
    library = tmp_path / "everything"
    imported = run_cli("--library", str(library), "import", *accepted, "--json", cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr[-500:]
    rows = json.loads(imported.stdout)
    args = ["--library", str(library), "kit", "new", "Everything"]
    for row in rows:
        args += [f"--story={row['story']}"] if row["story"] and row["status"] != "duplicate" else []
        args += [f"--photo={p}" for p in row["photos"] if not row["story"]]
        args += [f"--contact={c}" for c in row["contacts"]]
    assert run_cli(*args, cwd=tmp_path).returncode == 0
    out = tmp_path / "everything.pdf"
    built = run_cli("--library", str(library), "build", "Everything", "-o", str(out), cwd=tmp_path)
    assert built.returncode == 0, built.stderr[-800:]

    data = out.read_bytes()
    reader = PdfReader(out)
    streams = [data] + [o.get_data() for o in _objects(reader) if hasattr(o, "get_data")]
    everything = b"\n".join(streams)
    for leak in (
        b"BODY-SERIAL",
        b"/JavaScript",
        b"/JS ",
        b"/Launch",
        str(tmp_path).encode(),
        str(work).encode(),
    ):
        assert leak not in everything, leak
    user = getpass.getuser().encode()
    assert b"/home/" + user not in everything
    for page in reader.pages:
        for annot in page.get("/Annots", []) or []:
            action = annot.get_object().get("/A", {})
            uri = str(action.get("/URI", ""))
            assert not uri or uri.split(":")[0] in ("http", "https", "mailto", "tel"), uri
    pdf = pypdfium2.PdfDocument(str(out))
    assert len(pdf) == len(reader.pages) > 5
    pdf[len(pdf) // 2].render(scale=0.3).to_pil()
    pdf.close()
    if sh.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout[-500:]
    if sh.which("pdftoppm"):
        render = subprocess.run(
            ["pdftoppm", "-r", "20", "-png", "-f", "1", "-l", "2", str(out), str(tmp_path / "p")],
            capture_output=True,
        )
        assert render.returncode == 0 and list(tmp_path.glob("p-*.png"))


def _objects(reader):
    import contextlib

    for number in range(1, int(reader.trailer["/Size"])):
        with contextlib.suppress(Exception):
            obj = reader.get_object(number)
            if obj is not None:
                yield obj


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 + 16, min(len(data), 3 * 4096), 5):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["not-sqlite", "truncated", "corrupt-page"])
def test_bad_catalogs_are_refused_untouched(demo_template, tmp_path, damage):
    import shutil as sh

    library = tmp_path / "library"
    sh.copytree(demo_template, library)
    catalog = library / "catalog.sqlite"
    if damage == "not-sqlite":
        catalog.write_bytes(b"these are notes, not a database\n" * 100)
    elif damage == "truncated":
        catalog.write_bytes(catalog.read_bytes()[:1500])
    else:
        _corrupt(catalog)
    before = catalog.read_bytes()
    result = run_cli("--library", str(library), "list", "stories", cwd=tmp_path)
    assert result.returncode == 3, result.stderr
    assert "catalog.sqlite" in result.stderr and "Traceback" not in result.stderr
    assert catalog.read_bytes() == before
