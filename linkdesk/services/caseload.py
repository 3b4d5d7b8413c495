"""The caseload: people with filters, full-text name search, sorting and paging (fast at 20,000)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, exists, func, literal_column, select, text
from sqlalchemy.sql import ColumnElement

from linkdesk.domain.enums import ClientStatus, FlagStatus, FollowUpStatus, NeedDomain
from linkdesk.services.context import ServiceContext
from linkdesk.store.fts_query import match_query
from linkdesk.store.tables import Client, ContactNote, Flag, FollowUp, Need

PAGE_SIZE = 100


class CaseloadSort(StrEnum):
    NAME = "name"
    NEXT_DUE = "next_due"
    LAST_CONTACT = "last_contact"
    STATUS = "status"
    RELEVANCE = "relevance"


@dataclass(frozen=True)
class CaseloadFilter:
    text: str = ""
    status: ClientStatus | None = None
    need_domain: NeedDomain | None = None
    overdue_only: bool = False
    flagged_only: bool = False
    assigned_worker_id: str | None = None


@dataclass(frozen=True)
class CaseloadRow:
    client_id: str
    given_name: str
    family_name: str
    preferred_name: str | None
    community: str | None
    status: ClientStatus
    next_due_on: date | None
    open_flags: int
    last_contact_on: date | None
    is_overdue: bool


@dataclass(frozen=True)
class CaseloadPage:
    rows: list[CaseloadRow]
    total: int
    offset: int


_C = Client.__table__.c  # type: ignore[attr-defined]
_F = FollowUp.__table__.c  # type: ignore[attr-defined]
_FL = Flag.__table__.c  # type: ignore[attr-defined]
_N = Need.__table__.c  # type: ignore[attr-defined]
_NOTE = ContactNote.__table__.c  # type: ignore[attr-defined]


def _conditions(flt: CaseloadFilter, today: date) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [_C.deleted.is_(False)]
    if flt.status is not None:
        conds.append(_C.status == flt.status.value)
    if flt.assigned_worker_id is not None:
        conds.append(_C.assigned_worker_id == flt.assigned_worker_id)
    if flt.need_domain is not None:
        conds.append(
            exists().where(_N.client_id == _C.id, _N.domain == flt.need_domain.value, _N.deleted.is_(False))
        )
    if flt.overdue_only:
        conds.append(
            exists().where(
                _F.client_id == _C.id,
                _F.status == FollowUpStatus.SCHEDULED.value,
                _F.due_on < today,
                _F.deleted.is_(False),
            )
        )
    if flt.flagged_only:
        conds.append(
            exists().where(
                _FL.client_id == _C.id, _FL.status != FlagStatus.RESOLVED.value, _FL.deleted.is_(False)
            )
        )
    query = match_query(flt.text)
    if query is not None:
        conds.append(
            _C.id.in_(
                select(literal_column("client_id"))
                .select_from(text("client_fts"))
                .where(text("client_fts MATCH :fts_query"))
                .scalar_subquery()
            )
        )
    return conds


def load_caseload(
    ctx: ServiceContext,
    *,
    flt: CaseloadFilter = CaseloadFilter(),
    sort: CaseloadSort = CaseloadSort.NAME,
    descending: bool = False,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> CaseloadPage:
    today = ctx.today()
    next_due = (
        select(func.min(_F.due_on))
        .where(_F.client_id == _C.id, _F.deleted.is_(False), _F.status == FollowUpStatus.SCHEDULED.value)
        .scalar_subquery()
    )
    open_flags = (
        select(func.count())
        .where(_FL.client_id == _C.id, _FL.deleted.is_(False), _FL.status != FlagStatus.RESOLVED.value)
        .scalar_subquery()
    )
    last_contact = select(func.max(_NOTE.occurred_at)).where(_NOTE.client_id == _C.id).scalar_subquery()
    conds = _conditions(flt, today)
    params: dict[str, Any] = {}
    fts = match_query(flt.text)
    if fts is not None:
        params["fts_query"] = fts
    name_order = [_C.sort_name]
    keys: dict[CaseloadSort, list[Any]] = {
        CaseloadSort.NAME: name_order,
        CaseloadSort.RELEVANCE: name_order,
        CaseloadSort.NEXT_DUE: [next_due],
        CaseloadSort.LAST_CONTACT: [last_contact],
        CaseloadSort.STATUS: [_C.status, *name_order],
    }
    order: list[Any] = []
    if sort in (CaseloadSort.NEXT_DUE, CaseloadSort.LAST_CONTACT):
        order.append(keys[sort][0].is_(None))  # people with no date go last either way
    order += [k.desc() if descending else k for k in keys[sort]]
    # Two steps: pick the page's ids first (only the sort key is computed for skipped rows; SQLite would
    # otherwise evaluate every column's subquery for all OFFSET rows), then the columns for those ids only.
    page_ids = select(_C.id).where(and_(*conds)).order_by(*order, _C.id).offset(offset).limit(limit)
    columns = select(
        _C.id,
        _C.given_name,
        _C.family_name,
        _C.preferred_name,
        _C.community,
        _C.status,
        next_due.label("next_due"),
        open_flags.label("open_flags"),
        last_contact.label("last_contact"),
    )
    with ctx.read() as session:
        conn = session.connection()
        total = conn.execute(
            select(func.count()).select_from(Client.__table__).where(and_(*conds)),  # type: ignore[attr-defined]
            params,
        ).scalar_one()
        ids = [row.id for row in conn.execute(page_ids, params)]
        found = {r.id: r for r in conn.execute(columns.where(_C.id.in_(ids)))} if ids else {}
        rows = [_row(found[client_id], today) for client_id in ids]
    return CaseloadPage(rows, int(total), offset)


def _row(r: Any, today: date) -> CaseloadRow:
    next_due_on = _as_date(r.next_due)
    return CaseloadRow(
        client_id=r.id,
        given_name=r.given_name,
        family_name=r.family_name,
        preferred_name=r.preferred_name,
        community=r.community,
        status=ClientStatus(r.status),
        next_due_on=next_due_on,
        open_flags=int(r.open_flags or 0),
        last_contact_on=_as_date(r.last_contact),
        is_overdue=next_due_on is not None and next_due_on < today,
    )


def _as_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
