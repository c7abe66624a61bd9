"""The process-wide tunings: each on by default, each turned off by its own variable, all of
them by MEDIAKIT_SAFE_MODE=1, and the table naming each with what it buys."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest

from mediakit import tuning
from tests.tunings import environment

ROOT = Path(__file__).resolve().parents[2]

# Reports, as JSON, whether each tuning took effect in a fresh interpreter: mediakit/__main__.py
# runs without a command, then each piece is tried as a build uses it; the exit is `leave`'s.
PROBE = r"""
import atexit, gc, json, re, runpy, sys, types
main = runpy.run_module("mediakit", run_name="probe")  # __main__.py, without running a command
on = {"gc_pause": not gc.isenabled()}

from mediakit.imaging import RenditionSpec, defer_pillow
defer_pillow()
from mediakit.layout import platypus_import
platypus_import.load()
from reportlab.platypus import paragraph
on["deferred_patterns"] = not isinstance(paragraph.uri_pat, re.Pattern)
on["lazy_pillow"] = type(sys.modules["PIL.Image"]) is not types.ModuleType

from mediakit.exporters.renditions import Renditions

class Cache:  # every rendition missing; each one made says the switch interval it was made at
    def has(self, media_hash, spec):
        return False

    def rendition(self, media_hash, spec):
        return repr(sys.getswitchinterval()).encode()

before = sys.getswitchinterval()
with Renditions(Cache()) as renditions:
    spec = RenditionSpec(max_width=10, max_height=10)
    renditions.start("photo", spec)
    during = float(renditions("photo", spec))
on["quick_switching"] = during < before
assert sys.getswitchinterval() == before

atexit.register(lambda: print("teardown"))  # runs only with the interpreter's teardown
print(json.dumps(on), flush=True)
main["leave"](0)
"""


def probe(**variables: str) -> dict[str, bool]:
    """Which tunings took effect in a fresh `python -m mediakit`-like process."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=environment(**variables),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    first, *rest = done.stdout.splitlines()
    return {**json.loads(first), "quick_exit": rest != ["teardown"]}


ALL_ON = dict.fromkeys(tuning.TUNINGS, True)


def test_by_default_every_tuning_is_on():
    assert probe() == ALL_ON


def test_safe_mode_turns_every_tuning_off():
    assert probe(MEDIAKIT_SAFE_MODE="1") == dict.fromkeys(tuning.TUNINGS, False)


@pytest.mark.parametrize("name", sorted(tuning.TUNINGS))
def test_each_tunings_own_variable_turns_it_off_and_only_it(name):
    assert probe(**{tuning.TUNINGS[name].variable: "1"}) == {**ALL_ON, name: False}


def test_a_variable_set_to_anything_but_1_leaves_the_tunings_on(monkeypatch):
    monkeypatch.setenv("MEDIAKIT_SAFE_MODE", "0")
    monkeypatch.setenv("MEDIAKIT_NO_LAZY_PILLOW", "")
    assert all(tuning.enabled(name) for name in tuning.TUNINGS)


def test_the_table_says_what_each_tuning_buys_and_where_it_is_asked():
    """A tuning the code never asks about, or one it asks about by another name, shows here."""
    assert tuning.TUNINGS, "the table lists the tunings"
    for name, entry in tuning.TUNINGS.items():
        assert entry.name == name and name.isidentifier() and name == name.lower()
        assert entry.variable == f"MEDIAKIT_NO_{name.upper()}"
        assert len(entry.buys.split()) >= 5, name
        source = source_of(entry.applied_by)
        assert f'tuning.enabled("{name}")' in source, entry.applied_by


def source_of(applied_by: str) -> str:
    """The source of "module" or "module:attribute"; a whole module is read, not imported
    (importing mediakit.__main__ would turn this process's collector off)."""
    module_name, _, attribute = applied_by.partition(":")
    if not attribute:
        return Path(importlib.util.find_spec(module_name).origin).read_text()
    return inspect.getsource(getattr(importlib.import_module(module_name), attribute))


def test_every_tuning_asked_about_in_the_code_is_in_the_table():
    asked = set()
    for path in (ROOT / "mediakit").rglob("*.py"):
        text = path.read_text()
        for part in text.split('tuning.enabled("')[1:]:
            asked.add(part.split('"')[0])
    assert asked == set(tuning.TUNINGS)


def test_an_unknown_tuning_is_an_error():
    with pytest.raises(KeyError):
        tuning.enabled("no_such_tuning")


def test_the_tuning_module_imports_nothing_heavy():
    """`python -m mediakit` reads it while the collector is still on: it loads no mediakit
    package, nor Qt, ReportLab or Pillow."""
    code = (
        "import sys; before = set(sys.modules); import mediakit.tuning\n"
        "print(sorted(set(sys.modules) - before))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "['mediakit', 'mediakit.tuning']"
