"""Alembic environment: runs on the connection the store hands over (the key never goes in a URL)."""

from __future__ import annotations

from alembic import context

from linkdesk.store.schema import include_object, target_metadata

connection = context.config.attributes["connection"]


context.configure(
    connection=connection,
    # A caller may hand over a partial metadata (used once to cut a revision per table group).
    target_metadata=context.config.attributes.get("metadata") or target_metadata(),
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
