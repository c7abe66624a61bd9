"""Issue #15, done when: "the seeds still import exactly as today (the demo kit is unchanged)".

`golden/seeds.json` is what each seed gave before the role reader: every field of the parsed
document. A change to the reader that moves any of it shows here as the first field that differs.
Regenerate only on purpose: `python tests/importers/test_seeds_unchanged.py > tests/importers/golden/seeds.json`.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from mediakit.importers import parse_file

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[1] / "assets" / "demo" / "seeds"
GOLDEN = json.loads((HERE / "golden" / "seeds.json").read_text(encoding="utf-8"))
LEFT_OUT = {"images", "bundle_images", "bundle", "lines", "source_images", "site", "more"}


def as_data(value):
    if dataclasses.is_dataclass(value):
        return {
            f.name: as_data(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name not in LEFT_OUT and f.compare  # a revision is bookkeeping, not content
        }
    if isinstance(value, (list, tuple)):
        return [as_data(item) for item in value]
    if isinstance(value, dict):
        return {str(key): as_data(item) for key, item in value.items()}
    return value if isinstance(value, (int, float, str, bool, type(None))) else str(value)


def differences(want, have, where="") -> list[str]:
    if isinstance(want, dict) and isinstance(have, dict):
        return [
            d
            for key in want | have
            for d in differences(want.get(key), have.get(key), f"{where}.{key}")
        ]
    if isinstance(want, list) and isinstance(have, list) and len(want) == len(have):
        return [
            d
            for n, (a, b) in enumerate(zip(want, have, strict=True))
            for d in differences(a, b, f"{where}[{n}]")
        ]
    return [] if want == have else [f"{where}: was {want!r}, now {have!r}"]


@pytest.mark.parametrize("seed", sorted(GOLDEN))
def test_the_seed_imports_exactly_as_before(seed):
    assert differences(GOLDEN[seed], as_data(parse_file(SEEDS / seed)))[:5] == []


if __name__ == "__main__":
    print(
        json.dumps(
            {p.name: as_data(parse_file(p)) for p in sorted(SEEDS.iterdir())},
            indent=1,
            ensure_ascii=False,
        )
    )
