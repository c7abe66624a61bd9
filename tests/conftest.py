"""Shared fixtures: a demo library built once and copied per test, files made with Pillow."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from mediakit.edits import History, create_demo
from mediakit.library import Library


@pytest.fixture(scope="session", autouse=True)
def user_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Parsed fonts and the like go to a folder of the test session, not the user's cache."""
    folder = tmp_path_factory.mktemp("user-cache")
    before = os.environ.get("MEDIAKIT_CACHE")
    os.environ["MEDIAKIT_CACHE"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("MEDIAKIT_CACHE", None)
    else:
        os.environ["MEDIAKIT_CACHE"] = before


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("template") / "library"
    with Library.open(root) as library:
        create_demo(History(library.catalog))
        library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return root


@pytest.fixture
def demo_library_path(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo library folder for one test."""
    target = tmp_path / "library"
    shutil.copytree(demo_template, target)
    return target


@pytest.fixture
def demo_library(demo_library_path: Path) -> Iterator[Library]:
    with Library.open(demo_library_path) as library:
        yield library


@pytest.fixture
def empty_library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "empty") as library:
        yield library
