"""Shared fixtures: a demo library built once and copied per test, files made with Pillow."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from mediakit.edits import History, create_demo
from mediakit.library import Library


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
