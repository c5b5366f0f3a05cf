"""A virtual display (Xvfb) for a GUI run on a machine without one (``cpdesk --self-test``).

Shared by the demo and the client's self-test, in a module of its own so that the client's
self-test can use it without importing the demo, which embeds the central service.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

X_SOCKETS = Path("/tmp/.X11-unix")  # noqa: S108 - where X servers put their sockets
X_LOCKS = Path("/tmp")  # noqa: S108 - and their lock files


def has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class VirtualDisplay:
    """Xvfb on the first free display number from 90; ``display`` is its name (``:91``)."""

    def __init__(self, width: int = 1366, height: int = 768) -> None:
        self.size = f"{width}x{height}x24"
        self.process: subprocess.Popen[bytes] | None = None
        self.display = ""

    def __enter__(self) -> VirtualDisplay:
        xvfb = shutil.which("Xvfb")
        if xvfb is None:
            raise RuntimeError("Xvfb is not installed (apt-get install xvfb)")
        for number in range(90, 200):
            socket_path = X_SOCKETS / f"X{number}"
            if (X_LOCKS / f".X{number}-lock").exists() or socket_path.exists():
                continue
            process = subprocess.Popen(  # noqa: S603 - fixed tool, our own arguments
                [xvfb, f":{number}", "-screen", "0", self.size, "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and process.poll() is None:
                if socket_path.exists():
                    self.process, self.display = process, f":{number}"
                    return self
                time.sleep(0.05)
            process.kill()
            process.wait()
        raise RuntimeError("no free display number for Xvfb")

    def __exit__(self, *_exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
