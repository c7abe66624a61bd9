"""Fixtures for the PDF layout tests: the sample kit, built once per session, and a builder."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mediakit.layout import build_pdf
from mediakit.model import Edition, KitContent, KitOptions, Language, Paper

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


@pytest.fixture(scope="session")
def kit_pdf(build) -> Callable[..., bytes]:
    """kit_pdf(edition=, paper=, grayscale=, print_ready=, watermark=, language=, with_photo=,
    with_album=) -> the sample kit built so, each variant once per session."""
    cache: dict[tuple, bytes] = {}

    def _kit(
        *,
        edition: Edition = Edition.PRESS,
        paper: Paper = Paper.A4,
        grayscale: bool = False,
        print_ready: bool = False,
        watermark: str = "",
        language: Language = Language.EN,
        with_photo: bool = False,
        with_album: bool = False,
    ) -> bytes:
        key = (edition, paper, grayscale, print_ready, watermark, language, with_photo, with_album)
        if key not in cache:
            options = KitOptions(
                edition=edition, grayscale=grayscale, print_ready=print_ready, watermark=watermark
            )
            content = sample_content(
                paper,
                with_photo=with_photo,
                with_album=with_album,
                language=language,
                options=options,
            )
            cache[key] = build(content)
        return cache[key]

    return _kit
