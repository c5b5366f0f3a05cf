"""Mediated access, helpdesk enquiries, user managers' actions and data issues.

Adds registered contacts to users; the mediations, passed-on, mediated-request, enquiry and
data-issue tables; and the index of audit rows done on someone's behalf.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 14:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("display_name", sa.String(200), nullable=True))
        batch.add_column(sa.Column("phone", sa.String(24), nullable=True))
        batch.add_column(sa.Column("email", sa.String(254), nullable=True))
        batch.create_index("ix_users_phone", ["phone"])
        batch.create_index("ix_users_email", ["email"])
    op.create_table(
        "mediations",
        sa.Column("mediation_id", sa.String(36), primary_key=True),
        sa.Column("mediator", sa.String(64), nullable=False),
        sa.Column("practitioner", sa.String(64), nullable=False),
        sa.Column("purpose", sa.String(40), nullable=False),
        sa.Column("started_at", sa.BigInteger(), nullable=False),
        sa.Column("expires_at", sa.BigInteger(), nullable=False),
        sa.Column("ended_at", sa.BigInteger(), nullable=True),
        sa.Column("mediated_request_id", sa.String(36), nullable=True),
    )
    op.create_index("ix_mediations_mediator", "mediations", ["mediator", "started_at"])
    op.create_table(
        "passed_on",
        sa.Column("request_id", sa.String(36), primary_key=True),
        sa.Column("mediation_id", sa.String(36), nullable=False),
        sa.Column("child_id", sa.String(40), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_passed_on_mediation", "passed_on", ["mediation_id"])
    op.create_table(
        "mediated_requests",
        sa.Column("request_id", sa.String(36), primary_key=True),
        sa.Column("practitioner", sa.String(64), nullable=False),
        sa.Column("la", sa.String(9), nullable=False),
        sa.Column("child", sa.Text(), nullable=False),
        sa.Column("urgency", sa.String(10), nullable=False),
        sa.Column("callback", sa.Text(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("claimed_by", sa.String(64), nullable=True),
        sa.Column("claimed_at", sa.BigInteger(), nullable=True),
        sa.Column("closed_at", sa.BigInteger(), nullable=True),
        sa.Column("mediation_id", sa.String(36), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
    )
    op.create_index("ix_mediated_requests_queue", "mediated_requests",
                    ["la", "status", "urgency", "created_at"])
    op.create_index("ix_mediated_requests_practitioner", "mediated_requests",
                    ["practitioner", "created_at"])
    op.create_table(
        "enquiries",
        sa.Column("request_id", sa.String(36), primary_key=True),
        sa.Column("la", sa.String(9), nullable=False),
        sa.Column("caller_type", sa.String(10), nullable=False),
        sa.Column("caller_username", sa.String(64), nullable=True),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("route_to", sa.String(40), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
    )
    op.create_index("ix_enquiries_queue", "enquiries", ["la", "route_to", "status", "created_at"])
    op.create_table(
        "data_issues",
        sa.Column("request_id", sa.String(36), primary_key=True),
        sa.Column("child_id", sa.String(40), nullable=False),
        sa.Column("la", sa.String(9), nullable=False),
        sa.Column("field", sa.String(100), nullable=False),
        sa.Column("suggested", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("resolved_by", sa.String(64), nullable=True),
        sa.Column("resolved_at", sa.BigInteger(), nullable=True),
        sa.Column("resolution_note", sa.Text(), nullable=True),
    )
    op.create_index("ix_data_issues_queue", "data_issues", ["la", "status", "created_at"])
    op.create_index("ix_data_issues_mine", "data_issues", ["created_by", "created_at"])
    op.create_table(
        "audit_on_behalf",
        sa.Column("username", sa.String(64), primary_key=True),
        sa.Column("seq", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("mediator", sa.String(64), nullable=False),
        sa.Column("mediation_id", sa.String(36), nullable=False),
    )
    op.create_index("ix_audit_on_behalf_mediation", "audit_on_behalf", ["mediation_id"])


def downgrade() -> None:
    for table in ("audit_on_behalf", "data_issues", "enquiries", "mediated_requests",
                  "passed_on", "mediations"):
        op.drop_table(table)
    with op.batch_alter_table("users") as batch:
        batch.drop_index("ix_users_email")
        batch.drop_index("ix_users_phone")
        batch.drop_column("email")
        batch.drop_column("phone")
        batch.drop_column("display_name")
