"""Writing files so that a crash never leaves a half-written one under the final name."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from mediakit.model import OutputError


@contextlib.contextmanager
def atomic_writer(target: Path, *, durable: bool = True) -> Iterator[BinaryIO]:
    """Yield a temporary file beside `target`; rename it into place only if the block succeeds.

    `durable` syncs the data to disk before the rename (skip it for caches)."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = _new_part_file(target)
    except OSError as exc:
        raise OutputError(f"cannot write here ({exc.strerror or exc})", target) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write the file ({exc.strerror or exc})", target) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(target: Path, data: bytes, *, durable: bool = True) -> None:
    with atomic_writer(target, durable=durable) as handle:
        handle.write(data)


def _new_part_file(target: Path) -> tuple[int, Path]:
    """A new temporary file beside `target`, with the permissions the umask gives an ordinary
    file, as the target will have (what tempfile.mkstemp does, without the cost of importing
    tempfile's random and shutil modules into every command)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = target.with_name(f".{target.name}.{os.urandom(6).hex()}.part")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


class LinkRefused(OSError):
    """A symbolic link (or something that is not a plain file) where a library file should be."""


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def check_no_links(root: Path, path: Path) -> None:
    """LinkRefused (its `filename` the link) if `root`, or any folder between it and `path`, is
    a symbolic link.

    Folders that do not exist yet are no error (the caller's open or mkdir says so)."""
    root, path = Path(root), Path(path)
    current = root
    for part in ("", *path.relative_to(root).parts[:-1]):
        current = current / part if part else current
        try:
            if stat.S_ISLNK(os.lstat(current).st_mode):
                raise LinkRefused(errno.ELOOP, "a symbolic link", str(current))
        except FileNotFoundError:
            return


def read_inside(root: Path, path: Path) -> bytes:
    """The bytes of the plain file `path` below `root`, reached through no symbolic link.

    LinkRefused when `path` or a folder on the way is a link, or `path` is not a plain file;
    other OSErrors as `open` raises them. O_NOFOLLOW where the system has it; elsewhere an
    lstat of the file first."""
    check_no_links(root, path)
    if not _NOFOLLOW and stat.S_ISLNK(os.lstat(path).st_mode):
        raise LinkRefused(errno.ELOOP, "a symbolic link", str(path))
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        if _NOFOLLOW and exc.errno == errno.ELOOP:  # the file itself is a link
            raise LinkRefused(errno.ELOOP, "a symbolic link", str(path)) from exc
        raise
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise LinkRefused(errno.EINVAL, "not a plain file", str(path))
        return handle.read()
