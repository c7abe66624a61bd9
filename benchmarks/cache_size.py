"""How big the cache grows beside the media: import N camera-size and N small photos into a kit,
build its PDF once, and print the size of the image cache (proxies and renditions) over the
size of media/ for each kind — and, apart, the finished PDF that cache/builds/ keeps for an
unchanged rebuild (a PDF holds its photos, so that one grows with them whatever is done).

    .venv/bin/python benchmarks/cache_size.py          # 8 camera (4000 × 3000), 8 small (800 × 600)
    .venv/bin/python benchmarks/cache_size.py -n 20

Goals (issue #20): under 30 % for camera photos, under 10 % for small ones. Printed, not
asserted: photos made here stand for real ones only roughly (smooth areas, detail, noise).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "assets" / "demo" / "seeds"
KIT = "Cache size kit"


def photo(size: tuple[int, int], seed: int) -> bytes:
    """A JPEG a camera could have taken: sky-like gradients, shapes with edges, fine grain."""
    rng = random.Random(seed)
    small = Image.effect_noise((max(8, size[0] // 40), max(8, size[1] // 40)), 90)
    base = Image.merge(
        "RGB", [small.point(lambda v, k=k: (v * (k + 1) + seed * 37) % 256) for k in range(3)]
    ).resize(size, Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(base)
    for _ in range(40):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        r = rng.randrange(size[0] // 60, size[0] // 8)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    base = base.filter(ImageFilter.GaussianBlur(1))
    grain = Image.effect_noise(size, 12).convert("RGB")
    image = Image.blend(base, grain, 0.08)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def mediakit(library: Path, *args: str, cache: Path) -> None:
    env = {**os.environ, "MEDIAKIT_CACHE": str(cache)}
    command = [sys.executable, "-m", "mediakit", "--library", str(library), *args]
    subprocess.run(
        command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def measure(kind: str, size: tuple[int, int], count: int, work: Path) -> tuple[int, int, int]:
    """Bytes of media/, of the image cache (proxies, renditions) and of the finished builds."""
    files = []
    for n in range(count):
        path = work / f"{kind}-{n:03}.jpg"
        path.write_bytes(photo(size, n))
        files.append(str(path))
    library = work / f"library-{kind}"
    user_cache = work / "user-cache"
    stories = sorted(str(p) for p in SEED.glob("*.txt"))[:2]
    mediakit(library, "import", *stories, *files, "--kit", KIT, cache=user_cache)
    mediakit(library, "build", KIT, "-o", str(work / f"{kind}.pdf"), cache=user_cache)
    media = folder_size(library / "media")
    builds = folder_size(library / "cache" / "builds")
    return media, folder_size(library / "cache") - builds, builds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=8, help="photos of each kind (default 8)")
    args = parser.parse_args()
    print(f"{'photos':<18}{'media':>10}{'images':>10}{'/ media':>9}{'PDF kept':>10}{'/ media':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for kind, size in (("camera", (4000, 3000)), ("small", (800, 600))):
            media, cache, builds = measure(kind, size, args.n, Path(tmp))
            label = f"{args.n} × {size[0]}×{size[1]}"
            print(
                f"{label:<18}{media / 1e6:>8.2f}MB{cache / 1e6:>8.2f}MB{cache / media:>9.0%}"
                f"{builds / 1e6:>8.2f}MB{builds / media:>9.0%}"
            )


if __name__ == "__main__":
    main()
