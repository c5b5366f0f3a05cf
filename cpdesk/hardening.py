"""Process hardening done once at start, before any child data can exist in memory.

A core dump would write the process's memory — search results, a record, the cache key — to
disk where the crash handler or anyone reading the dump could find it, so the client refuses
to produce one. ``PR_SET_DUMPABLE`` also stops other processes of the same user attaching a
debugger through ptrace (where Yama's default scope allows it); malware running as the user
can still do much else, as the threat model says.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from typing import Final

PR_SET_DUMPABLE: Final = 4


def _libc() -> ctypes.CDLL:
    """The C library: by its usual name first (``find_library`` runs ``ldconfig``, a
    process of its own, on every start)."""
    try:
        return ctypes.CDLL("libc.so.6", use_errno=True)
    except OSError:
        from ctypes.util import find_library

        return ctypes.CDLL(find_library("c") or "libc.so.6", use_errno=True)


def disable_core_dumps() -> list[str]:
    """Turn off core dumps for this process; returns what could not be done (for the log)."""
    problems: list[str] = []
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        problems.append("core-size limit")
    if sys.platform.startswith("linux"):
        try:
            libc = _libc()
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                problems.append("prctl(PR_SET_DUMPABLE)")
        except (OSError, AttributeError):
            problems.append("prctl(PR_SET_DUMPABLE)")
    return problems


def is_dumpable() -> bool | None:
    """Whether the kernel would dump this process (Linux only; ``None`` elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    with contextlib.suppress(OSError, AttributeError):
        libc = _libc()
        return bool(libc.prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
    return None
