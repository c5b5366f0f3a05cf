"""Run the service in-process on loopback: for the demo, training laptops, tests, benchmarks.

The service still speaks real HTTP on a real socket, so whatever talks to it exercises the
same code paths as against a remote service.
"""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType

import uvicorn
from sqlalchemy import Engine

from cpdesk.central.api import create_app
from cpdesk.central.audit import load_key
from cpdesk.central.auth import Clock, RateLimits, system_clock


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class EmbeddedService:
    """The service on a background thread; ``url`` is set once it is accepting requests."""

    def __init__(self, engine: Engine, *, audit_key: bytes | None = None,
                 host: str = "127.0.0.1",
                 port: int | None = None, clock: Clock = system_clock,
                 limits: RateLimits | None = None) -> None:
        self.engine = engine
        self.host = host
        self.port = port or free_port(host)
        # Without a key given: the one in $CPDESK_CENTRAL_AUDIT_KEY_FILE, else beside the
        # user's config (created on first use), as ``serve`` does.
        key = audit_key if audit_key is not None else load_key()
        self.app = create_app(engine, audit_key=key, clock=clock, limits=limits)
        config = uvicorn.Config(self.app, host=host, port=self.port, access_log=False,
                                log_level="warning", proxy_headers=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="cpdesk-central",
                                        daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 20.0) -> EmbeddedService:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the service did not start on {self.url}")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def __enter__(self) -> EmbeddedService:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
