"""StoreModel: the declarative base of the desktop tables, with its own metadata (apart from the server's)."""

from __future__ import annotations

from sqlalchemy.orm import registry
from sqlmodel import SQLModel

store_registry = registry()


class StoreModel(SQLModel, registry=store_registry):
    """Base class for every desktop table (table=True subclasses of the records/ field families)."""
