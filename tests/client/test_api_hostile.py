"""The client's HTTP layer against a hostile server on loopback, a TLS service, and bad URLs.

The hostile server is a real HTTP server (uvicorn on 127.0.0.1) whose answers break the
contract on purpose: every one must become a clear ApiError, never a crash."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import socket
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from testkit import run

from cpdesk.central.embedded import free_port
from cpdesk.contract import ProblemType
from cpdesk.sync.api import (
    OFF_CONTRACT,
    UNREACHABLE,
    ApiError,
    ContractViolation,
    DirectoryClient,
    ServiceUnreachable,
    check_url,
)


def _status(mode: str) -> Response:
    if mode == "not-json":
        return Response("<html>proxy login</html>", media_type="text/html")
    if mode == "malformed":
        return Response(b'{"status": "ok", "realm": ', media_type="application/json")
    if mode == "extra-field":
        return JSONResponse({"status": "ok", "realm": {"name": "x", "training": True},
                             "debug": "leak"})
    if mode == "wrong-type":
        return JSONResponse({"status": "ok", "realm": {"name": "x", "training": "yes"}})
    if mode == "huge":
        return JSONResponse({"status": "ok", "realm": {"name": "x" * (3 * 1024 * 1024),
                                                       "training": True}})
    if mode == "endless":
        async def forever() -> AsyncIterator[bytes]:
            for _ in range(256):  # 16 MiB of padding: far past any cap, yet bounded
                yield b" " * 65536
                await asyncio.sleep(0)

        return StreamingResponse(forever(), media_type="application/json")
    if mode == "problem-unknown":
        return JSONResponse({"type": "urn:elsewhere:teapot", "title": "x", "status": 418},
                            status_code=418, media_type="application/problem+json")
    if mode == "problem-garbage":
        return Response(b"Internal Server Error", status_code=500)
    if mode == "rate-limited":
        return JSONResponse({"type": "urn:cpdesk:problem:rate-limited", "title": "x",
                             "status": 429, "retry_after": 30}, status_code=429,
                            media_type="application/problem+json")
    return JSONResponse({"status": "ok", "realm": {"name": "x", "training": True}})


class Hostile:
    def __init__(self) -> None:
        self.port = free_port()
        app = Starlette(routes=[Route("/{mode}/v1/status", self.route)])
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error",
                                lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    async def route(self, request: Request) -> Response:
        if request.path_params["mode"] == "slow":
            await asyncio.sleep(2)
        return _status(request.path_params["mode"])

    def url(self, mode: str) -> str:
        return f"http://127.0.0.1:{self.port}/{mode}"


@pytest.fixture(scope="module")
def hostile() -> Iterator[Hostile]:
    server = Hostile()
    server.thread.start()
    while not server.server.started:
        time.sleep(0.02)
    yield server
    server.server.should_exit = True
    server.thread.join(5)


@pytest.mark.parametrize("mode", ["not-json", "malformed", "extra-field", "wrong-type",
                                  "huge", "endless"])
def test_off_contract_answers_become_a_clear_error(hostile: Hostile, mode: str) -> None:
    async def go() -> None:
        client = DirectoryClient(hostile.url(mode))
        with pytest.raises(ContractViolation) as caught:
            await client.status()
        assert caught.value.message == OFF_CONTRACT
        await client.aclose()

    run(go())


def test_problem_documents_map_to_plain_english(hostile: Hostile) -> None:
    async def go() -> None:
        for mode, kind, words in (("problem-unknown", None, "refused"),
                                  ("problem-garbage", None, "had a problem"),
                                  ("rate-limited", ProblemType.RATE_LIMITED, "Too many")):
            client = DirectoryClient(hostile.url(mode))
            with pytest.raises(ApiError) as caught:
                await client.status()
            assert caught.value.kind is kind and words in caught.value.message
            assert "418" not in caught.value.message and "500" not in caught.value.message
            await client.aclose()

    run(go())


def test_timeouts_and_dead_services_are_unreachable(hostile: Hostile) -> None:
    async def go() -> None:
        slow = DirectoryClient(hostile.url("slow"), timeout=0.3)
        with pytest.raises(ServiceUnreachable) as caught:
            await slow.status()
        assert caught.value.message == UNREACHABLE
        await slow.aclose()
        dead = DirectoryClient(f"http://127.0.0.1:{free_port()}")
        with pytest.raises(ServiceUnreachable):
            await dead.status()
        await dead.aclose()

    run(go())


@pytest.mark.parametrize("url", ["http://directory.example.org", "http://10.0.0.5:8741",
                                 "ftp://127.0.0.1", "127.0.0.1:8741", "https://"])
def test_plain_http_only_to_loopback(url: str) -> None:
    with pytest.raises(ValueError):
        check_url(url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8741", "http://localhost:1",
                                 "http://[::1]:8741", "https://directory.example.org"])
def test_allowed_addresses(url: str) -> None:
    assert check_url(url)


def test_child_id_cannot_escape_the_path(hostile: Hostile) -> None:
    async def go() -> None:
        client = DirectoryClient(hostile.url("ok"))
        with pytest.raises(ApiError):
            await client.record("../../v1/auth/logout", "safeguarding")
        await client.aclose()

    run(go())


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def test_https_is_verified_against_the_configured_ca_bundle(tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "cpdesk.central.cli", "serve", "--port", str(port),
         "--tls-cert", str(cert), "--tls-key", str(key),
         "--database-url", f"sqlite:///{tmp_path / 'tls.sqlite3'}"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for _ in range(200):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)

        async def go() -> None:
            trusted = DirectoryClient(f"https://127.0.0.1:{port}", ca_bundle=str(cert))
            assert (await trusted.status()).status == "ok"
            await trusted.aclose()
            untrusted = DirectoryClient(f"https://127.0.0.1:{port}")
            with pytest.raises(ServiceUnreachable) as caught:
                await untrusted.status()
            assert "certificate" in caught.value.message
            await untrusted.aclose()

        run(go())
        with pytest.raises(httpx.HTTPError):
            httpx.get(f"http://127.0.0.1:{port}/v1/status", timeout=2)
    finally:
        server.terminate()
        server.wait(10)
