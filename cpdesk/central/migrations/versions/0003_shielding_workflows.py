"""Shielding and sensitive-service workflows: shields, requests, refs and households.

Adds the shields, shielding-request, contact-request, consent-override and idempotency
tables; gives every child an address key (for "same address") and every carer and
involvement a random ref; and turns each child the data supply marked shielded into a shield
(applied by "data-supply", for review in 12 months).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 13:10:00
"""

from __future__ import annotations

import datetime as dt
import json
import secrets

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _address_key(address: dict[str, object]) -> str:
    # Frozen here as it stood in this revision: the records layer may refine its own later.
    parts = [*list(address.get("lines", [])), str(address.get("postcode", ""))]  # type: ignore[call-overload]
    folded = ["".join(ch for ch in str(part).casefold() if ch.isalnum()) for part in parts]
    return "|".join(p for p in folded if p)[:400]


def _ref() -> str:
    return "r" + secrets.token_urlsafe(12)


def upgrade() -> None:
    with op.batch_alter_table("children") as batch:
        batch.add_column(sa.Column("address_key", sa.String(400), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("refs", sa.Text(), nullable=False, server_default="{}"))
        batch.create_index("ix_children_address_key", ["address_key"])
    op.create_table(
        "shields",
        sa.Column("child_id", sa.String(40), primary_key=True),
        sa.Column("la", sa.String(9), nullable=False),
        sa.Column("ground", sa.String(40), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("applied_at", sa.BigInteger(), nullable=False),
        sa.Column("applied_by", sa.String(64), nullable=False),
        sa.Column("review_on", sa.String(10), nullable=False),
        sa.Column("interim", sa.Boolean(), nullable=False),
        sa.Column("confirm_by", sa.BigInteger(), nullable=True),
        sa.Column("request_id", sa.String(36), nullable=True),
        sa.Column("lifted_at", sa.BigInteger(), nullable=True),
    )
    op.create_index("ix_shields_la_review", "shields", ["la", "status", "review_on"])
    op.create_table(
        "shielding_requests",
        sa.Column("request_id", sa.String(36), primary_key=True),
        sa.Column("child_id", sa.String(40), nullable=False),
        sa.Column("la", sa.String(9), nullable=False),
        sa.Column("ground", sa.String(40), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("on_behalf_of", sa.String(10), nullable=False),
        sa.Column("include_household", sa.Boolean(), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("requested_by", sa.String(64), nullable=False),
        sa.Column("requested_at", sa.BigInteger(), nullable=False),
        sa.Column("decided_by", sa.String(64), nullable=True),
        sa.Column("decided_at", sa.BigInteger(), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("review_on", sa.String(10), nullable=True),
    )
    op.create_index("ix_shielding_requests_queue", "shielding_requests",
                    ["la", "status", "urgent", "requested_at"])
    op.create_index("ix_shielding_requests_mine", "shielding_requests",
                    ["requested_by", "requested_at"])
    op.create_table(
        "contact_requests",
        sa.Column("request_id", sa.String(36), primary_key=True),
        sa.Column("child_id", sa.String(40), nullable=False),
        sa.Column("la", sa.String(9), nullable=False),
        sa.Column("ref", sa.String(48), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("callback", sa.Text(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("closed_by", sa.String(64), nullable=True),
        sa.Column("closed_at", sa.BigInteger(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
    )
    op.create_index("ix_contact_requests_queue", "contact_requests",
                    ["la", "status", "created_at"])
    op.create_index("ix_contact_requests_mine", "contact_requests", ["created_by", "created_at"])
    op.create_table(
        "consent_overrides",
        sa.Column("request_id", sa.String(36), primary_key=True),
        sa.Column("child_id", sa.String(40), nullable=False),
        sa.Column("la", sa.String(9), nullable=False),
        sa.Column("ref", sa.String(48), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_consent_overrides_child", "consent_overrides", ["child_id"])
    op.create_index("ix_consent_overrides_la", "consent_overrides", ["la", "created_at"])
    op.create_table(
        "idempotency",
        sa.Column("username", sa.String(64), primary_key=True),
        sa.Column("request_id", sa.String(36), primary_key=True),
        sa.Column("route", sa.String(80), nullable=False),
        sa.Column("body_hash", sa.String(64), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "audit_children",
        sa.Column("child_id", sa.String(40), primary_key=True),
        sa.Column("seq", sa.BigInteger(), primary_key=True, autoincrement=False),
    )
    _backfill()
    _index_audit()


def _backfill() -> None:
    """Address keys, refs and supply shields for the children already held."""
    bind = op.get_bind()
    children = sa.table("children", sa.column("id", sa.String), sa.column("la", sa.String),
                        sa.column("record", sa.Text), sa.column("shielded", sa.Boolean),
                        sa.column("address_key", sa.String), sa.column("refs", sa.Text))
    shields = sa.table("shields", *(sa.column(name) for name in (
        "child_id", "la", "ground", "status", "applied_at", "applied_by", "review_on",
        "interim", "confirm_by", "request_id", "lifted_at")))
    now = dt.datetime.now(dt.UTC)
    review_on = (now.date() + dt.timedelta(days=365)).isoformat()
    after = ""
    while True:
        rows = bind.execute(sa.select(children.c.id, children.c.la, children.c.record,
                                      children.c.shielded)
                            .where(children.c.id > after).order_by(children.c.id)
                            .limit(2000)).all()
        if not rows:
            return
        for child_id, la, raw, shielded in rows:
            record = json.loads(raw)
            refs = {"carers": [_ref() for _ in record.get("carers", [])],
                    "involvements": [_ref() for _ in record.get("involvements", [])]}
            bind.execute(children.update().where(children.c.id == child_id).values(
                address_key=_address_key(record["address"]), refs=json.dumps(refs)))
            if shielded:
                bind.execute(shields.insert().values(
                    child_id=child_id, la=la, ground="data_supply", status="active",
                    applied_at=int(now.timestamp()), applied_by="data-supply",
                    review_on=review_on, interim=False, confirm_by=None, request_id=None,
                    lifted_at=None))
        after = rows[-1][0]


def _index_audit() -> None:
    """Which existing audit rows name which child."""
    bind = op.get_bind()
    log = sa.table("audit_log", sa.column("seq", sa.Integer), sa.column("child_ids", sa.Text))
    index = sa.table("audit_children", sa.column("child_id", sa.String),
                     sa.column("seq", sa.BigInteger))
    after = 0
    while True:
        rows = bind.execute(sa.select(log.c.seq, log.c.child_ids).where(log.c.seq > after)
                            .order_by(log.c.seq).limit(5000)).all()
        if not rows:
            return
        pairs = [{"child_id": child, "seq": seq} for seq, raw in rows
                 for child in sorted(set(json.loads(raw)))]
        if pairs:
            bind.execute(index.insert(), pairs)
        after = rows[-1][0]


def downgrade() -> None:
    for table in ("audit_children", "idempotency", "consent_overrides", "contact_requests",
                  "shielding_requests", "shields"):
        op.drop_table(table)
    with op.batch_alter_table("children") as batch:
        batch.drop_index("ix_children_address_key")
        batch.drop_column("refs")
        batch.drop_column("address_key")
