"""Fixtures for the PDF layout tests: the sample kit, built once per session, and a builder."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mediakit.layout import build_pdf
from mediakit.model import KitContent, Paper

from .sample import photo_source, sample_content, sample_store, stress_content


@pytest.fixture(scope="session")
def store() -> dict[str, bytes]:
    return sample_store()


@pytest.fixture(scope="session")
def build(store) -> Callable[..., bytes]:
    """build(content, calls=None) -> PDF bytes, photos rendered from the sample store."""

    def _build(content: KitContent, calls: list | None = None, **kwargs) -> bytes:
        return build_pdf(content, photos=photo_source(store, calls), **kwargs)

    return _build


@pytest.fixture(scope="session")
def a4_pdf(build) -> bytes:
    return build(sample_content(Paper.A4))


@pytest.fixture(scope="session")
def letter_photo_pdf(build) -> bytes:
    return build(sample_content(Paper.LETTER, with_photo=True))


@pytest.fixture(scope="session")
def stress_a4_pdf(build) -> bytes:
    return build(stress_content(Paper.A4))
