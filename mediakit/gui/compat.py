"""A guard for PySide6 6.12 on CPython 3.11: keeps None, True and False alive.

PySide6 6.12 returns None from every void method, and True from `Signal.emit`, without taking
a new reference, as if they were immortal; they are immortal only from CPython 3.12 on. On 3.11
each call therefore takes one reference away, and after some thousands of calls Python frees
None (or True) and aborts ("none_dealloc: deallocating None"). Until the app runs on 3.12+,
`pin_singletons` gives the three a reference count no session can use up, which is what 3.12
does for every immortal object. The test `test_thousands_of_qt_calls_leave_none_alive` checks it.
It keeps the app running rather than making it faster, so it is not one of `mediakit.tuning`'s
tunings and MEDIAKIT_SAFE_MODE leaves it on.
"""

from __future__ import annotations

import ctypes
import sys

PINNED = 1 << 40  # references added: ~10¹² calls before the count could run out


def needs_pinning() -> bool:
    """Only release builds of CPython before 3.12 (a debug build lays objects out otherwise)."""
    return (
        sys.implementation.name == "cpython"
        and sys.version_info < (3, 12)
        and not hasattr(sys, "gettotalrefcount")
    )


def pin_singletons() -> None:
    """Raise the reference counts of None, True and False once; calling it again does nothing."""
    if not needs_pinning():
        return
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt, the object's first field
        if count.value < PINNED:
            count.value += PINNED
