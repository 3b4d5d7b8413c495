"""ServerModel: the declarative base of the server tables, on a registry apart from the desktop's."""

from __future__ import annotations

from sqlalchemy.orm import registry
from sqlmodel import SQLModel

server_registry = registry()


class ServerModel(SQLModel, registry=server_registry):
    """Base class for every server table."""
