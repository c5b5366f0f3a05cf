"""Index the audit log by user, action and time, for a user's recent record views.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 13:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_log_user_action_at", "audit_log", ["username", "action", "at"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_user_action_at", table_name="audit_log")
