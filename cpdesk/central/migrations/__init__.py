"""Alembic migrations of the directory service's database (SQLite and PostgreSQL alike).

Every schema change arrives as a revision here; ``cpdesk-central db upgrade`` applies them,
and the commands refuse a database that is behind the code rather than upgrade it silently.
"""
