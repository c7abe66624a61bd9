"""Build the packaged mediakit: dist/mediakit/ (one folder) and an archive of it in dist/.

    python packaging/build.py            # from the checkout, with `pip install -e ".[packaging]"`

Linux:   dist/mediakit/{mediakit-app,mediakit}  and  dist/mediakit-VERSION-linux-ARCH.tar.gz
Windows: dist\\mediakit\\{mediakit-app.exe,mediakit.exe}  and  dist\\mediakit-VERSION-windows-ARCH.zip
macOS:   dist/mediakit.app (both in Contents/MacOS)  and  dist/mediakit-VERSION-macos-ARCH.zip

PyInstaller builds for the platform it runs on only. Prints the archive's path and size.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "mediakit.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"


def main() -> int:
    started = time.perf_counter()
    sys.path.insert(0, str(ROOT))
    from mediakit import __version__

    env = dict(os.environ)
    if sys.platform in ("win32", "darwin"):
        env["MEDIAKIT_ICON"] = str(render_icon(WORK / "icon" / "mediakit.png"))
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={WORK}",
        str(SPEC),
    ]
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    archive = make_archive(__version__)
    size = archive.stat().st_size / 1e6
    took = time.perf_counter() - started
    print(f"built {DIST / 'mediakit'} and {archive} ({size:.0f} MB) in {took:.0f} s")
    return 0


def render_icon(target: Path) -> Path:
    """assets/icons/mediakit.svg as a 512 px PNG, for PyInstaller's .ico/.icns (via Pillow)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(512, 512, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "assets" / "icons" / "mediakit.svg")).render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(target))
    return target


def make_archive(version: str) -> Path:
    """The folder (or the .app) as one archive: .tar.gz on Linux (keeps the executable bits
    and the library links), .zip on Windows and macOS."""
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(
        sys.platform, sys.platform
    )
    name = f"mediakit-{version}-{system}-{platform.machine().lower()}"
    if sys.platform == "darwin":
        target = DIST / f"{name}.zip"
        target.unlink(missing_ok=True)
        # ditto keeps the bundle's links, permissions and signature, as Finder's Compress does.
        subprocess.run(
            ["ditto", "-c", "-k", "--keepParent", str(DIST / "mediakit.app"), str(target)],
            check=True,
        )
        return target
    folder = DIST / "mediakit"
    if sys.platform == "win32":
        target = DIST / f"{name}.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            for path in sorted(folder.rglob("*")):
                archive.write(path, path.relative_to(DIST))
        return target
    target = DIST / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(folder, arcname="mediakit")
    return target


if __name__ == "__main__":
    sys.exit(main())
