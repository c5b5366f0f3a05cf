"""The widened search's name indexes cover the columns it tests; a date-of-birth name index.

On PostgreSQL the surname and first-forename indexes carry the other name columns, the kind
and the child's id (``INCLUDE``), so the search filters a common name's entries inside the
index instead of fetching each row; the new date-of-birth index does the same for "born on
this day or one of its likely mistakes". On SQLite the same indexes without ``INCLUDE``
(which SQLite lacks).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 18:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_SURNAME = ["first_forename_key", "forenames_key", "kind", "child_id"]
_FORENAME = ["surname_key", "forenames_key", "kind", "child_id"]
_DOB = ["surname_key", "first_forename_key", "forenames_key", "kind", "child_id"]


def upgrade() -> None:
    op.drop_index("ix_child_names_surname_dob", table_name="child_names")
    op.drop_index("ix_child_names_first_forename_dob", table_name="child_names")
    op.create_index("ix_child_names_surname_dob", "child_names", ["surname_key", "dob"],
                    postgresql_include=_SURNAME)
    op.create_index("ix_child_names_first_forename_dob", "child_names",
                    ["first_forename_key", "dob"], postgresql_include=_FORENAME)
    op.create_index("ix_child_names_dob", "child_names", ["dob"], postgresql_include=_DOB)


def downgrade() -> None:
    op.drop_index("ix_child_names_dob", table_name="child_names")
    op.drop_index("ix_child_names_first_forename_dob", table_name="child_names")
    op.drop_index("ix_child_names_surname_dob", table_name="child_names")
    op.create_index("ix_child_names_first_forename_dob", "child_names",
                    ["first_forename_key", "dob"])
    op.create_index("ix_child_names_surname_dob", "child_names", ["surname_key", "dob"])
