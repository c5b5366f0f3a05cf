"""The client's side of mediated access: the Cpdesk-Mediation header goes on searches,
records and recently viewed while a mediation runs, and nowhere else; the issue-12 writes
are built from the contract (a username with a dot is a path the outbox keeps)."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest
from testkit import run

from cpdesk.contract import MEDIATION_HEADER, SearchRequest
from cpdesk.sync import outbox
from cpdesk.sync.api import DirectoryClient

MEDIATION = str(uuid.uuid4())


def recording_client() -> tuple[DirectoryClient, list[tuple[str, dict[str, str]]]]:
    """A client whose transport records each call's path and headers (as sent)."""
    seen: list[tuple[str, dict[str, str]]] = []
    client = DirectoryClient("http://127.0.0.1:9")
    client._access_token = "A" * 32  # signed in, for this test

    class Recorder(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            seen.append((request.url.path, dict(request.headers)))
            path = request.url.path
            body: dict[str, object] = ({"status": "ok", "results": []} if path == "/v1/search"
                                       else {"items": []} if path == "/v1/me/recent"
                                       else {"request_id": json.loads(request.content)
                                             ["request_id"]})
            return httpx.Response(200, json=body)

    client._http = httpx.AsyncClient(base_url=client.base_url, transport=Recorder())
    return client, seen


def test_the_header_goes_on_search_record_and_recent_only_while_mediating(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(httpx.Response, "elapsed", property(
        lambda self: __import__("datetime").timedelta(0)))
    client, seen = recording_client()

    async def calls() -> None:
        await client.search(SearchRequest(surname="Mediated", dob="2016"), mediation=MEDIATION)
        await client.search(SearchRequest(surname="Mediated", dob="2016"))
        await client.recent(["CP0000001201"], mediation=MEDIATION)
        write = outbox.passed_on(MEDIATION, "CP0000001201", [("carer", "rAbcdefghijk")])
        await client.post_write(write.path, write.body)
        with pytest.raises(ValueError):
            await client.search(SearchRequest(surname="X", dob="2016"), mediation="not-a-uuid")
        await client.aclose()

    run(calls())
    headers = [h.get(MEDIATION_HEADER.lower()) for _path, h in seen]
    assert headers == [MEDIATION, None, MEDIATION, None]


def test_issue_12_writes_are_contract_bodies_on_keepable_paths() -> None:
    write = outbox.user_action("pat.med", "revoke-token", "Card lost")
    assert write.kind == "user.revoke_token" and write.path == "/v1/users/pat.med/revoke-token"
    assert set(write.body) == {"request_id", "reason"}
    call = outbox.enquiry("user", "token_locked", "Card locked", "user_manager",
                          caller_username="pat.med")
    assert call.body["route_to"] == "user_manager" and call.child_id is None
    issue = outbox.data_issue("CP0000001201", "carers/rAbcdefghijk/phone", "0113 496 0999",
                              "Moved")
    assert issue.child_id == "CP0000001201"
    with pytest.raises(ValueError):
        outbox.data_issue("CP0000001201", "carers/../phone", "x", "y")
    with pytest.raises(ValueError):
        outbox.user_action("pat.med", "delete", "x")
    assert outbox.KIND_LABELS[write.kind] == "Revoke a user's card"
