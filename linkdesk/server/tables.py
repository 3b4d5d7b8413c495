"""Server record tables: the records/ field families plus server-owned scope, version and sequence columns."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import JSON, BigInteger
from sqlmodel import Field, SQLModel

from linkdesk.records.assessment import AssessmentBase, NeedBase
from linkdesk.records.client import ClientBase
from linkdesk.records.closure import ClosureBase
from linkdesk.records.consent import ConsentBase
from linkdesk.records.flag import FlagBase
from linkdesk.records.followup import FollowUpBase
from linkdesk.records.goal import GoalBase, GoalReviewBase
from linkdesk.records.measure import MeasureAdministrationBase
from linkdesk.records.note import ContactNoteBase
from linkdesk.records.prescription import PrescriptionBase
from linkdesk.records.referral import ReferralBase
from linkdesk.records.review import CaseReviewBase
from linkdesk.server.base import ServerModel


class SyncColumns(SQLModel):
    """Server-owned: never settable from a device (unknown keys on the wire)."""

    scope_owner_id: str | None = Field(default=None, max_length=36, index=True)
    scope_team_id: str | None = Field(default=None, max_length=36, index=True)
    # {field: [version, hlc, device_id, user_id]}: bounded, one entry per field.
    field_versions: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    seq: int = Field(default=0, sa_type=BigInteger, index=True)


class Client(ServerModel, ClientBase, SyncColumns, table=True):
    __tablename__ = "client"


class Referral(ServerModel, ReferralBase, SyncColumns, table=True):
    __tablename__ = "referral"


class Consent(ServerModel, ConsentBase, SyncColumns, table=True):
    __tablename__ = "consent"


class Assessment(ServerModel, AssessmentBase, SyncColumns, table=True):
    __tablename__ = "assessment"


class Need(ServerModel, NeedBase, SyncColumns, table=True):
    __tablename__ = "need"


class Goal(ServerModel, GoalBase, SyncColumns, table=True):
    __tablename__ = "goal"


class GoalReview(ServerModel, GoalReviewBase, SyncColumns, table=True):
    __tablename__ = "goal_review"


class Prescription(ServerModel, PrescriptionBase, SyncColumns, table=True):
    __tablename__ = "prescription"


class FollowUp(ServerModel, FollowUpBase, SyncColumns, table=True):
    __tablename__ = "follow_up"


class ContactNote(ServerModel, ContactNoteBase, SyncColumns, table=True):
    __tablename__ = "contact_note"


class MeasureAdministration(ServerModel, MeasureAdministrationBase, SyncColumns, table=True):
    __tablename__ = "measure_administration"


class Closure(ServerModel, ClosureBase, SyncColumns, table=True):
    __tablename__ = "closure"


class Flag(ServerModel, FlagBase, SyncColumns, table=True):
    __tablename__ = "flag"


class CaseReview(ServerModel, CaseReviewBase, SyncColumns, table=True):
    __tablename__ = "case_review"


# Values typed Any: rows are reached generically by table name (their columns differ per table).
RECORD_TABLES: dict[str, Any] = {
    str(t.__tablename__): t
    for t in (
        Client,
        Referral,
        Consent,
        Assessment,
        Need,
        Goal,
        GoalReview,
        Prescription,
        FollowUp,
        ContactNote,
        MeasureAdministration,
        Closure,
        Flag,
        CaseReview,
    )
}
# Field families (the non-table bases) validate pushed values.
FAMILIES: dict[str, type[SQLModel]] = {
    name: next(
        b
        for b in t.__mro__[1:]
        if b.__name__.endswith("Base") and b.__module__.startswith("linkdesk.records")
    )
    for name, t in RECORD_TABLES.items()
}
APPEND_ONLY: frozenset[str] = frozenset(
    {"goal_review", "contact_note", "measure_administration", "case_review"}
)
# Written only by supervisors and administrators (a worker's push of one is refused).
SUPERVISOR_ONLY: frozenset[str] = frozenset({"case_review"})
SERVER_OWNED: frozenset[str] = frozenset(SyncColumns.model_fields)


@cache
def writable_fields(table: str) -> frozenset[str]:
    """Fields a device may send for `table` (the record family's fields, without the id)."""
    return frozenset(n for n in FAMILIES[table].model_fields if n != "id")


@cache
def field_order(table: str) -> tuple[str, ...]:
    """`writable_fields` in the order pages list them."""
    return tuple(sorted(writable_fields(table)))
