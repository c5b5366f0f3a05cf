"""Run by test_canary.py in a process of its own: the real ``cpdesk`` start-up (hardening,
redacting logs, settings from the environment, the real token, the default data directories)
and the guided walk through every view. Exit status 0 only if the walk succeeded."""

from __future__ import annotations

import sys

from cpdesk.app import Desk, run_client
from cpdesk.walkthrough import Credentials, guided


def main() -> int:
    username, password, pin, surname, dob = sys.argv[1:6]

    async def walk(desk: Desk) -> bool:
        ok = await guided(desk.window, Credentials(username, password, pin), surname, dob,
                          report=lambda line: print(line, flush=True))
        await desk.session.sign_out()
        return ok

    return run_client(argv=["cpdesk"], script=walk)


if __name__ == "__main__":
    sys.exit(main())
