"""Loading a record a use case acts on, or failing with NotFoundError (deleted records count as absent)."""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import SQLModel

from linkdesk.errors import NotFoundError
from linkdesk.store.unit_of_work import UnitOfWork

R = TypeVar("R", bound=SQLModel)


def require(uow: UnitOfWork, model: type[R], record_id: str) -> R:
    record = uow.get(model, record_id)
    if record is None or getattr(record, "deleted", False):
        raise NotFoundError(record_type=str(model.__tablename__), record_id=record_id)
    return record
