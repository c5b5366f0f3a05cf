"""The app factory each worker process of ``cpdesk-central serve --workers N`` runs.

uvicorn starts the workers and imports this module in each; the database URL and the audit
key file come through the environment ``serve`` sets. Everything a worker shares with the
others lives in the database (throttles, the audit chain and its lock, the data version that
tells the widened search to rebuild its name lists), so N workers behave as one service.
"""

from __future__ import annotations

from fastapi import FastAPI

from cpdesk.central import audit, cpu_affinity, db
from cpdesk.central.api import create_app


def app() -> FastAPI:
    return bound_while_busy(create_app(db.connect(create=False),
                                       audit_key=audit.load_key(create=False)))


def bound_while_busy(application: FastAPI) -> FastAPI:
    """``application``, binding this process to a CPU of its own while busy if ``serve`` gave
    it a slot (``cpu_affinity``); unchanged otherwise."""
    binding = cpu_affinity.claim_from_environment()
    if binding is not None:
        application.add_middleware(cpu_affinity.BindWhileBusy, binding=binding)
    return application
