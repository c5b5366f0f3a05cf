"""Run by test_canary.py in a process of its own: the real ``cpdesk`` start-up (hardening,
redacting logs, settings from the environment, the real token, the default data directories)
and the guided walk through every view; then, given a child ID and a justification, a
shielding request through the durable outbox, waited for until the service has it. Exit
status 0 only if the walk succeeded and the request was sent."""

from __future__ import annotations

import sys

from cpdesk.app import Desk, run_client
from cpdesk.session import DeskSession
from cpdesk.sync.outbox import ItemState, shielding_request
from cpdesk.walkthrough import Credentials, guided


async def through_the_outbox(session: DeskSession, child_id: str, justification: str) -> bool:
    """Kept in the encrypted cache, sent, and (once accepted) purged from it."""
    write = shielding_request(child_id, "domestic_violence", justification, "family")
    item = await session.submit(write)
    done = await session.outbox.wait(item.request_id, timeout=60)
    print(f"outbox: {done.state.value} {done.http_status}", flush=True)
    return done.state is ItemState.SENT


def main() -> int:
    username, password, pin, surname, dob = sys.argv[1:6]
    shield = sys.argv[6:8]

    async def walk(desk: Desk) -> bool:
        ok = await guided(desk.window, Credentials(username, password, pin), surname, dob,
                          report=lambda line: print(line, flush=True))
        if ok and len(shield) == 2:
            ok = await through_the_outbox(desk.session, shield[0], shield[1])
        await desk.session.sign_out()
        return ok

    return run_client(argv=["cpdesk"], script=walk)


if __name__ == "__main__":
    sys.exit(main())
