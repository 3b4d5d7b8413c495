"""The vocabulary of the social prescribing pathway (domain.md). Values are stable wire/storage codes."""

from __future__ import annotations

from enum import StrEnum


class ReferralSource(StrEnum):
    PHYSICIAN = "physician"
    NURSE_PRACTITIONER = "nurse_practitioner"
    NURSE = "nurse"
    PHARMACIST = "pharmacist"
    DIETITIAN = "dietitian"
    SOCIAL_SERVICE_AGENCY = "social_service_agency"
    COMMUNITY_ORGANISATION = "community_organisation"
    SELF = "self"


class Urgency(StrEnum):
    ROUTINE = "routine"
    SOON = "soon"
    URGENT = "urgent"


class ConsentPurpose(StrEnum):
    STORE_AND_SYNC = "store_and_sync"
    SHARE_WITH_REFERRER = "share_with_referrer"
    SHARE_WITH_PARTNER = "share_with_partner"
    EVALUATION = "evaluation"


class ConsentMethod(StrEnum):
    VERBAL = "verbal"
    WRITTEN = "written"
    WITNESSED = "witnessed"


class ClientStatus(StrEnum):
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    CLOSED = "closed"


class AgeBand(StrEnum):
    UNDER_18 = "under_18"
    AGE_18_29 = "18_29"
    AGE_30_44 = "30_44"
    AGE_45_64 = "45_64"
    AGE_65_79 = "65_79"
    AGE_80_PLUS = "80_plus"


class Language(StrEnum):
    EN = "en"
    FR = "fr"
    OTHER = "other"


class NeedDomain(StrEnum):
    INCOME = "income"
    HOUSING = "housing"
    FOOD_SECURITY = "food_security"
    SOCIAL_ISOLATION = "social_isolation"
    MENTAL_WELLBEING = "mental_wellbeing"
    PHYSICAL_ACTIVITY = "physical_activity"
    CAREGIVER_SUPPORT = "caregiver_support"
    NEWCOMER_SETTLEMENT = "newcomer_settlement"
    TRANSPORTATION = "transportation"
    DIGITAL_ACCESS = "digital_access"
    LEGAL = "legal"
    EMPLOYMENT_LEARNING = "employment_learning"
    ARTS_CULTURE = "arts_culture"
    OTHER = "other"


class NeedLevel(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    PARTLY_ACHIEVED = "partly_achieved"
    NOT_ACHIEVED = "not_achieved"
    DISCONTINUED = "discontinued"


class PrescriptionKind(StrEnum):
    SIGNPOST = "signpost"
    REFERRAL = "referral"


class PrescriptionStatus(StrEnum):
    DRAFTED = "drafted"
    SENT = "sent"
    RECEIVED = "received"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    ATTENDED = "attended"
    NOT_ATTENDED = "not_attended"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class SendMethod(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    FAX = "fax"
    PRINTED = "printed"
    IN_PERSON = "in_person"


class Barrier(StrEnum):
    TRANSPORT = "transport"
    COST = "cost"
    LANGUAGE = "language"
    MOBILITY = "mobility"
    CHILDCARE = "childcare"


class ContactMode(StrEnum):
    PHONE = "phone"
    HOME_VISIT = "home_visit"
    CLINIC = "clinic"
    VIDEO = "video"
    TEXT = "text"


class FollowUpStatus(StrEnum):
    SCHEDULED = "scheduled"
    DONE = "done"
    MISSED = "missed"
    RESCHEDULED = "rescheduled"
    CANCELLED = "cancelled"


class Timepoint(StrEnum):
    BASELINE = "baseline"
    FOLLOW_UP = "follow_up"
    DISCHARGE = "discharge"


class ClosureReason(StrEnum):
    GOALS_MET = "goals_met"
    MOVED = "moved"
    DECLINED = "declined"
    UNREACHABLE = "unreachable"
    TRANSFERRED = "transferred"
    DECEASED = "deceased"
    OTHER = "other"


class FlagKind(StrEnum):
    RISK = "risk"
    SAFEGUARDING = "safeguarding"
    LONE_WORKER = "lone_worker"


class FlagSeverity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class FlagStatus(StrEnum):
    OPEN = "open"
    ESCALATED = "escalated"
    RESOLVED = "resolved"


class Role(StrEnum):
    WORKER = "worker"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
