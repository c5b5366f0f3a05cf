"""The client's HTTP layer against a hostile server on loopback, a TLS service, and bad URLs.

The hostile server is a real HTTP server (uvicorn on 127.0.0.1) whose answers break the
contract on purpose: every one must become a clear ApiError, never a crash. It also offers
challenges for realms the client did not expect, and records every request it is sent, so a
test can show that nothing was signed and no password left the client."""

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
from cpdesk.config import load_settings, pin_realm
from cpdesk.contract import ProblemType
from cpdesk.sync.api import (
    OFF_CONTRACT,
    UNREACHABLE,
    ApiError,
    ContractViolation,
    DirectoryClient,
    RealmGuard,
    RealmRefused,
    ServiceUnreachable,
    check_url,
)

# Realms the hostile server offers, by mode: (name, training).
REALMS = {"live": ("Leeds live", False), "training": ("Leeds training", True),
          "impostor": ("Leeds live", True)}
OPAQUE = "A" * 32


def _challenge(mode: str) -> Response:
    name, training = REALMS[mode]
    return JSONResponse({"challenge_id": OPAQUE, "nonce": "bm9uY2Vub25jZQ==", "realm": name,
                         "training": training, "expires_at": "2099-01-01T00:00:00Z",
                         "added_in_a_later_version": {"anything": [1, 2]}})


def _session(mode: str) -> Response:
    name, training = REALMS[mode]
    return JSONResponse({
        "session_id": OPAQUE, "access_token": "B" * 32, "logout_token": "C" * 32,
        "expires_at": "2099-01-01T00:00:00Z", "session_expires_at": "2099-01-01T00:00:00Z",
        "user": {"username": "hd.amara", "roles": ["helpdesk"], "la": "E08000035",
                 "capabilities": ["search", "decide_shield"], "team": "new in v2"},
        "realm": {"name": name, "training": training, "colour": "purple"},
        "new_top_level_key": True})


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
        self.seen: list[tuple[str, bytes]] = []
        app = Starlette(routes=[
            Route("/{mode}/v1/status", self.route),
            Route("/{mode}/v1/auth/challenge", self.auth, methods=["POST"]),
            Route("/{mode}/v1/auth/session", self.auth, methods=["POST"]),
        ])
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error",
                                lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    async def route(self, request: Request) -> Response:
        if request.path_params["mode"] == "slow":
            await asyncio.sleep(2)
        return _status(request.path_params["mode"])

    async def auth(self, request: Request) -> Response:
        self.seen.append((request.url.path, await request.body()))
        mode = request.path_params["mode"]
        if request.url.path.endswith("/challenge"):
            return _challenge(mode)
        return _session(mode)

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


@pytest.mark.parametrize("mode", ["not-json", "malformed", "wrong-type", "huge", "endless"])
def test_off_contract_answers_become_a_clear_error(hostile: Hostile, mode: str) -> None:
    async def go() -> None:
        client = DirectoryClient(hostile.url(mode))
        with pytest.raises(ContractViolation) as caught:
            await client.status()
        assert caught.value.message == OFF_CONTRACT
        await client.aclose()

    run(go())


def test_a_reply_with_keys_this_client_does_not_know_is_accepted(hostile: Hostile) -> None:
    """Contract evolution: a newer service may add keys to any answer; types stay strict."""

    async def go() -> None:
        client = DirectoryClient(hostile.url("extra-field"))
        status = await client.status()  # {"status": "ok", ..., "debug": "leak"}
        assert status.realm.name == "x" and not hasattr(status, "debug")
        await client.aclose()
        # Extra keys at every level of a sign-in (challenge, session, user, realm).
        client = DirectoryClient(hostile.url("training"))
        session = await client.sign_in("hd.amara", "password", _Signer())
        assert session.user.capabilities == ["search", "decide_shield"]
        assert session.realm.name == "Leeds training"
        await client.aclose()
        # A known key of the wrong type is still refused.
        wrong = DirectoryClient(hostile.url("wrong-type"))
        with pytest.raises(ContractViolation):
            await wrong.status()
        await wrong.aclose()

    run(go())


class _Signer:
    """Stands in for the token; counts what it was asked to sign."""

    def __init__(self) -> None:
        self.calls: list[bytes] = []

    async def __call__(self, message: bytes) -> bytes:
        self.calls.append(message)
        return b"signature"


@pytest.mark.parametrize(("guard", "mode", "expected", "offered"), [
    (RealmGuard(expected="Leeds live"), "training",
     "the realm \u201cLeeds live\u201d", "\u201cLeeds training\u201d (training)"),
    (RealmGuard(kind="production"), "training",
     "a production realm", "\u201cLeeds training\u201d (training)"),
    # The right name but the wrong kind: a training service calling itself "Leeds live".
    (RealmGuard(expected="Leeds live", kind="production"), "impostor",
     "a production realm", "\u201cLeeds live\u201d (training)"),
    (RealmGuard(pinned="Leeds training"), "live",
     "the realm \u201cLeeds training\u201d", "\u201cLeeds live\u201d (production)"),
])
def test_an_unexpected_realm_is_refused_before_signing_or_sending_the_password(
        hostile: Hostile, guard: RealmGuard, mode: str, expected: str, offered: str) -> None:
    async def go() -> None:
        hostile.seen.clear()
        signer = _Signer()
        client = DirectoryClient(hostile.url(mode), realm_guard=guard)
        with pytest.raises(RealmRefused) as caught:
            await client.sign_in("hd.amara", "correct horse battery staple", signer)
        message = caught.value.message
        assert expected in message and offered in message, message
        assert message.startswith("cpdesk did not sign in") and "helpdesk" in message
        assert signer.calls == []  # the token signed nothing
        assert [path for path, _ in hostile.seen] == [f"/{mode}/v1/auth/challenge"]
        assert not any(b"correct horse" in body for _, body in hostile.seen)
        assert not client.signed_in
        await client.aclose()

    run(go())


def test_the_first_realm_signed_into_is_pinned_in_the_user_settings(
        hostile: Hostile, tmp_path: Path) -> None:
    user_file = tmp_path / "settings.json"
    url = hostile.url("moving")
    REALMS["moving"] = REALMS["training"]

    def settings_guard() -> RealmGuard:
        settings = load_settings(policy_file=tmp_path / "none.json", user_file=user_file,
                                 environ={"CPDESK_SERVICE_URL": url})
        return RealmGuard(pinned=settings.pinned_realms.get(url),
                          pin=lambda realm: pin_realm(url, realm, user_file))

    async def go() -> None:
        first = DirectoryClient(url, realm_guard=settings_guard())
        await first.sign_in("hd.amara", "password", _Signer())
        await first.aclose()
        settings = load_settings(policy_file=tmp_path / "none.json", user_file=user_file)
        assert settings.pinned_realms == {url: "Leeds training"}
        assert settings.sources["pinned_realms"] == "user"
        # The same address now offers another realm: refused, nothing signed.
        hostile.seen.clear()
        signer = _Signer()
        REALMS["moving"] = REALMS["live"]  # the same address now serves another realm
        again = DirectoryClient(url, realm_guard=settings_guard())
        with pytest.raises(RealmRefused, match=r"Leeds training.*Leeds live"):
            await again.sign_in("hd.amara", "password", signer)
        assert signer.calls == [] and len(hostile.seen) == 1
        await again.aclose()

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
    database = f"sqlite:///{tmp_path / 'tls.sqlite3'}"
    subprocess.run([sys.executable, "-m", "cpdesk.central.cli", "db", "upgrade",
                    "--database-url", database], check=True, capture_output=True)
    server = subprocess.Popen(
        [sys.executable, "-m", "cpdesk.central.cli", "serve", "--port", str(port),
         "--tls-cert", str(cert), "--tls-key", str(key),
         "--database-url", database],
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


def test_every_refusal_reason_has_its_own_message() -> None:
    from cpdesk.contract import ProblemType
    from cpdesk.sync.api import MESSAGES

    assert set(MESSAGES) == set(ProblemType)
