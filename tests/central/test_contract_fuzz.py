"""The contract holds under hostile input: schemathesis against the live service, and the
exported OpenAPI document matches the code."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from testkit import Pkcs11Signer, child, load_children, run

from cpdesk.central import db
from cpdesk.central.api import create_app
from cpdesk.central.auth import Limit, RateLimits
from cpdesk.central.embedded import EmbeddedService
from cpdesk.sync.api import DirectoryClient

ROOT = Path(__file__).resolve().parents[2]
CHECKS = ("not_a_server_error,status_code_conformance,response_schema_conformance,"
          "negative_data_rejection")


def test_exported_openapi_matches_the_code() -> None:
    exported = json.loads((ROOT / "docs" / "openapi.json").read_text(encoding="utf-8"))
    assert exported == create_app(db.connect("sqlite://"), audit_key=bytes(32)).openapi(), (
        "docs/openapi.json is stale: run `make openapi` and review the contract change")


@pytest.mark.slow
def test_schemathesis_finds_no_failures(engine: Engine, enrol: Any, tmp_path: Path) -> None:
    load_children(engine, [child("CP0000000001"), child("CP0000000002", shielded=True)])
    user = enrol("fuzz.user", ["cp_manager"])
    roomy = RateLimits(failures_per_user=Limit(10_000, 60),
                       failures_per_address=Limit(10_000, 60),
                       challenges_per_address=Limit(10_000, 60))
    with EmbeddedService(engine, limits=roomy) as service:
        async def login() -> str:
            client = DirectoryClient(service.url)
            session = await client.sign_in(user.username, user.password,
                                           Pkcs11Signer(user.token.label))
            return session.access_token

        token = run(login())
        tool = shutil.which("schemathesis", path=str(Path(sys.executable).parent))
        assert tool is not None
        result = subprocess.run(
            [tool, "run", f"{service.url}/v1/openapi.json", "--checks", CHECKS,
             "--max-examples", "40", "--seed", "20261121", "--workers", "1",
             "--phases", "examples,coverage,fuzzing", "--max-time", "100",
             "--generation-database", "none", "--no-color",
             "--header", f"Authorization: Bearer {token}"],
            capture_output=True, text=True, timeout=240, cwd=tmp_path, check=False,
        )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
