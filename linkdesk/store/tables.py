"""Desktop tables of the pathway records: the records/ field families made into SQLCipher tables."""

from __future__ import annotations

from sqlalchemy import Index

from linkdesk.records.assessment import AssessmentBase, NeedBase
from linkdesk.records.audit import AuditEventBase
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
from linkdesk.records.staff import StaffMemberBase, TeamBase
from linkdesk.store.base import StoreModel


class Team(StoreModel, TeamBase, table=True):
    __tablename__ = "team"


class StaffMember(StoreModel, StaffMemberBase, table=True):
    __tablename__ = "staff_member"


class Client(StoreModel, ClientBase, table=True):
    __tablename__ = "client"
    __table_args__ = (
        Index("ix_client_dob", "date_of_birth"),
        Index("ix_client_family_name", "family_name"),
        # Covers the caseload page query (filter, order and the ids it returns) without table lookups.
        Index("ix_client_caseload_order", "deleted", "sort_name", "id"),
    )


class Referral(StoreModel, ReferralBase, table=True):
    __tablename__ = "referral"


class Consent(StoreModel, ConsentBase, table=True):
    __tablename__ = "consent"


class Assessment(StoreModel, AssessmentBase, table=True):
    __tablename__ = "assessment"


class Need(StoreModel, NeedBase, table=True):
    __tablename__ = "need"


class Goal(StoreModel, GoalBase, table=True):
    __tablename__ = "goal"


class GoalReview(StoreModel, GoalReviewBase, table=True):
    __tablename__ = "goal_review"


class Prescription(StoreModel, PrescriptionBase, table=True):
    __tablename__ = "prescription"


class FollowUp(StoreModel, FollowUpBase, table=True):
    __tablename__ = "follow_up"
    __table_args__ = (
        # A person's next open follow-up (caseload column) and the due list (Today), without row scans.
        Index("ix_follow_up_client_open", "client_id", "status", "due_on"),
        Index("ix_follow_up_status_due", "status", "due_on"),
    )


class ContactNote(StoreModel, ContactNoteBase, table=True):
    __tablename__ = "contact_note"


class MeasureAdministration(StoreModel, MeasureAdministrationBase, table=True):
    __tablename__ = "measure_administration"


class Closure(StoreModel, ClosureBase, table=True):
    __tablename__ = "closure"


class Flag(StoreModel, FlagBase, table=True):
    __tablename__ = "flag"


class CaseReview(StoreModel, CaseReviewBase, table=True):
    __tablename__ = "case_review"


class AuditEvent(StoreModel, AuditEventBase, table=True):
    __tablename__ = "audit_event"


# Records that sync field by field; the rest are append-only (no conflicts by construction).
MERGEABLE_TABLES: tuple[type[StoreModel], ...] = (
    Client,
    Referral,
    Consent,
    Assessment,
    Need,
    Goal,
    Prescription,
    FollowUp,
    Closure,
    Flag,
)
APPEND_ONLY_TABLES: tuple[type[StoreModel], ...] = (
    GoalReview,
    ContactNote,
    MeasureAdministration,
    CaseReview,
)
