"""Nothing of a child outside memory: children whose every detail is a unique canary string
are walked through every view by a client process with directories of its own, which then
submits a shielding request whose justification is a canary through the durable outbox and
waits until the service has it; then every file it wrote (data, config, cache, logs, temp)
and everything it printed is searched — and the cache once more, **decrypted** with its key
(every page, free space and WAL frames included): the outbox's one exception to "no child
data on disk" must have left nothing behind once drained."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cachekit import find, first_page_is_sqlite, unsealed_key
from sqlalchemy import Engine, select
from testkit import PIN, involvement, run

from cpdesk.central.db import shielding_requests
from cpdesk.central.embedded import EmbeddedService
from cpdesk.vault.provision import softhsm_module

from .guikit import load

pytestmark = [pytest.mark.gui, pytest.mark.slow]

CANARIES = (
    "Quokkabellina", "Zanzibarrow", "Mirabeloque", "Thistledownia", "Canarywharfe Hollow",
    "Yellowhammer Fieldfare", "Nightjarrow Lane", "Goldcrestmere", "Linnetsworth Academy",
    "Dr Wrenfeather Kestrelson", "0113 496 7719", "0113 496 7720", "07700 900719",
    "canary.carer@example.net", "kestrelson@example.org", "BD23 9QZ",
    JUSTIFICATION := "Ptarmiganella Outboxwick",
)


def canary_child(child_id: str, forenames: str, shielded: bool = False) -> dict[str, Any]:
    address = {"lines": ["12 Canarywharfe Hollow", "Nightjarrow Lane"], "postcode": "BD23 9QZ"}
    return {
        "id": child_id, "forenames": forenames, "surname": "Zanzibarrow",
        "aliases": [{"forenames": "Mirabeloque", "surname": "Thistledownia"}],
        "gender": "female", "dob": "2016-02-29", "address": address, "la": "E08000035",
        "shielded": shielded, "retention_consent": "none",
        "carers": [{"name": "Yellowhammer Fieldfare", "relationship": "grandmother",
                    "phone": "07700 900719", "email": "canary.carer@example.net",
                    "address": address}],
        "involvements": [
            involvement("school", organisation="Linnetsworth Academy", phone="0113 496 7719",
                        practitioner="Dr Wrenfeather Kestrelson",
                        email="kestrelson@example.org"),
            involvement("gp", organisation="Goldcrestmere Surgery", phone="0113 496 7720"),
        ],
        "links": [],
    }


def private_environment(root: Path, service: EmbeddedService, token_label: str) -> dict[str, str]:
    home = root / "home"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "CPDESK_")) and k not in ("HOME", "TMPDIR")}
    dirs = {
        "HOME": home, "XDG_CONFIG_HOME": home / ".config", "XDG_DATA_HOME": home / ".local/share",
        "XDG_CACHE_HOME": home / ".cache", "XDG_STATE_HOME": home / ".local/state",
        "XDG_RUNTIME_DIR": root / "run", "TMPDIR": root / "tmp",
    }
    for name, path in dirs.items():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        env[name] = str(path)
    env.update({
        "CPDESK_SERVICE_URL": service.url, "CPDESK_TOKEN_LABEL": token_label,
        "CPDESK_PKCS11_MODULE": softhsm_module(), "CPDESK_LOG_LEVEL": "DEBUG",
        "CPDESK_LOG_FILE": str(home / ".local/state/cpdesk/log/cpdesk.log"),
        "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1",
    })
    return env


def hits(data: bytes) -> list[str]:
    text = data.lower()
    found = []
    for canary in CANARIES:
        for encoding in ("utf-8", "utf-16-le"):
            if canary.lower().encode(encoding) in text:
                found.append(f"{canary} ({encoding})")
    return found


def test_no_child_data_reaches_disk_or_output(engine: Engine, service: EmbeddedService,
                                              enrol: Any, tmp_path: Path) -> None:
    load(engine, [canary_child("CP7000000001", "Quokkabellina"),
                  canary_child("CP7000000002", "Quokkabello", shielded=True)])
    user = enrol("hd.canary", ["helpdesk"])
    root = tmp_path / "client"
    env = private_environment(root, service, user.token.label)
    walk = Path(__file__).with_name("canary_walk.py")
    result = subprocess.run(
        [sys.executable, str(walk), user.username, user.password, PIN, "Zanzibarrow",
         "2016-02-29", "CP7000000001", JUSTIFICATION], env=env, capture_output=True,
        timeout=150, check=False)
    output = result.stdout.decode("utf-8", "replace") + result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0, output
    assert "my-activity" in output  # the walk went through every view
    assert "outbox: sent 201" in output  # ...and the request went through the outbox
    with engine.connect() as conn:
        made = conn.execute(select(shielding_requests.c.justification).where(
            shielding_requests.c.requested_by == user.username)).scalars().all()
    assert made == [JUSTIFICATION]  # exactly once, at the service

    written = [path for path in root.rglob("*") if path.is_file()]
    names = {path.name for path in written}
    # The scan looks where the client really writes: its settings, cache and log.
    assert {"settings.json", "cache.db", "cache.header.json", "cpdesk.log"} <= names, names
    assert "DEBUG" in (root / "home/.local/state/cpdesk/log/cpdesk.log").read_text()
    found = {str(path.relative_to(root)): hits(path.read_bytes()) for path in written}
    assert {path: h for path, h in found.items() if h} == {}
    assert hits(result.stdout + result.stderr) == []
    for path in written:
        assert not any(c.lower() in path.name.lower() for c in CANARIES), path

    # The cache, decrypted with its key (unwrapped by the user's card, as the client does).
    (database,) = [path for path in written if path.name == "cache.db"]
    key = run(unsealed_key(user.token.label, user.username, database.parent.parent.parent,
                           PIN, tmp_path / "scan-failures.json"))
    try:
        assert first_page_is_sqlite(database, bytes(key))  # the decryption itself is right
        assert find(database, bytes(key), list(CANARIES)) == []
    finally:
        key[:] = bytes(len(key))
