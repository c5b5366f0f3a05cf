"""The schema as it stood when migrations began, with the audit log's append-only triggers.

Revision ID: 0001
Revises: (none)
Create Date: 2026-12-01 12:29:19.261851
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('access_tokens',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('session_id', sa.String(length=64), nullable=False),
    sa.Column('expires_at', sa.BigInteger(), nullable=False),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('token_hash')
    )
    with op.batch_alter_table('access_tokens', schema=None) as batch_op:
        batch_op.create_index('ix_access_tokens_session', ['session_id'], unique=False)

    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('outcome', sa.String(length=40), nullable=False),
    sa.Column('child_ids', sa.Text(), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('address', sa.String(length=64), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_username', ['username', 'seq'], unique=False)

    op.create_table('auth_failures_by_minute',
    sa.Column('address', sa.String(length=64), nullable=False),
    sa.Column('minute', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('outcome', sa.String(length=40), nullable=False),
    sa.Column('count', sa.BigInteger(), nullable=False),
    sa.Column('summarised', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('address', 'minute', 'outcome')
    )
    with op.batch_alter_table('auth_failures_by_minute', schema=None) as batch_op:
        batch_op.create_index('ix_auth_failures_pending', ['summarised', 'minute'], unique=False)

    op.create_table('challenges',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('nonce', sa.String(length=64), nullable=False),
    sa.Column('expires_at', sa.BigInteger(), nullable=False),
    sa.Column('used', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('child_links',
    sa.Column('child_id', sa.String(length=40), nullable=False),
    sa.Column('other_id', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False)
    )
    with op.batch_alter_table('child_links', schema=None) as batch_op:
        batch_op.create_index('ix_child_links_child', ['child_id'], unique=False)
        batch_op.create_index('ix_child_links_other', ['other_id'], unique=False)

    op.create_table('child_names',
    sa.Column('child_id', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('forenames_key', sa.String(length=120), nullable=False),
    sa.Column('first_forename_key', sa.String(length=120), nullable=False),
    sa.Column('surname_key', sa.String(length=120), nullable=False),
    sa.Column('dob', sa.String(length=10), nullable=False)
    )
    with op.batch_alter_table('child_names', schema=None) as batch_op:
        batch_op.create_index('ix_child_names_child', ['child_id'], unique=False)
        batch_op.create_index('ix_child_names_first_forename_dob', ['first_forename_key', 'dob'], unique=False)
        batch_op.create_index('ix_child_names_surname_dob', ['surname_key', 'dob'], unique=False)

    op.create_table('children',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('forenames', sa.String(length=100), nullable=False),
    sa.Column('surname', sa.String(length=100), nullable=False),
    sa.Column('surname_key', sa.String(length=120), nullable=False),
    sa.Column('forenames_key', sa.String(length=120), nullable=False),
    sa.Column('dob', sa.String(length=10), nullable=False),
    sa.Column('gender', sa.String(length=8), nullable=False),
    sa.Column('postcode_key', sa.String(length=10), nullable=False),
    sa.Column('postcode_district', sa.String(length=5), nullable=False),
    sa.Column('la', sa.String(length=9), nullable=False),
    sa.Column('shielded', sa.Boolean(), nullable=False),
    sa.Column('archive_on', sa.String(length=10), nullable=False),
    sa.Column('record', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('children', schema=None) as batch_op:
        batch_op.create_index('ix_children_district_surname', ['postcode_district', 'surname_key'], unique=False)
        batch_op.create_index('ix_children_dob', ['dob'], unique=False)
        batch_op.create_index('ix_children_surname_dob', ['surname_key', 'dob'], unique=False)

    op.create_table('meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('sessions',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.BigInteger(), nullable=False),
    sa.Column('expires_at', sa.BigInteger(), nullable=False),
    sa.Column('ended', sa.Boolean(), nullable=False),
    sa.Column('logout_hash', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.create_index('ix_sessions_username', ['username'], unique=False)

    op.create_table('throttles',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('window_start', sa.BigInteger(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('users',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('password_hash', sa.Text(), nullable=False),
    sa.Column('roles', sa.Text(), nullable=False),
    sa.Column('la', sa.String(length=9), nullable=False),
    sa.Column('org', sa.String(length=200), nullable=False),
    sa.Column('accredited', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('crb_date', sa.String(length=10), nullable=False),
    sa.Column('trained_on', sa.String(length=10), nullable=True),
    sa.Column('auth_public_key', sa.Text(), nullable=False),
    sa.Column('token_revoked', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('username')
    )
    _audit_log_append_only()


# The database itself refuses to change or remove audit rows (a DELETE without WHERE, SQLite's
# only TRUNCATE, included). This stops accidents; the keyed hash chain is what shows tampering
# by someone who gets round the triggers.
_SQLITE_TRIGGERS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
)
_POSTGRES_TRIGGERS = (
    "CREATE OR REPLACE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$",
    "CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse()",
)


def _audit_log_append_only() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in _SQLITE_TRIGGERS if sqlite else _POSTGRES_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update_or_delete ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_refuse()")
    op.drop_table('users')
    op.drop_table('throttles')
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_sessions_username')

    op.drop_table('sessions')
    op.drop_table('meta')
    with op.batch_alter_table('children', schema=None) as batch_op:
        batch_op.drop_index('ix_children_surname_dob')
        batch_op.drop_index('ix_children_dob')
        batch_op.drop_index('ix_children_district_surname')

    op.drop_table('children')
    with op.batch_alter_table('child_names', schema=None) as batch_op:
        batch_op.drop_index('ix_child_names_surname_dob')
        batch_op.drop_index('ix_child_names_first_forename_dob')
        batch_op.drop_index('ix_child_names_child')

    op.drop_table('child_names')
    with op.batch_alter_table('child_links', schema=None) as batch_op:
        batch_op.drop_index('ix_child_links_other')
        batch_op.drop_index('ix_child_links_child')

    op.drop_table('child_links')
    op.drop_table('challenges')
    with op.batch_alter_table('auth_failures_by_minute', schema=None) as batch_op:
        batch_op.drop_index('ix_auth_failures_pending')

    op.drop_table('auth_failures_by_minute')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_username')

    op.drop_table('audit_log')
    with op.batch_alter_table('access_tokens', schema=None) as batch_op:
        batch_op.drop_index('ix_access_tokens_session')

    op.drop_table('access_tokens')
