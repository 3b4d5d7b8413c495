"""Alembic migrations of the desktop database."""
