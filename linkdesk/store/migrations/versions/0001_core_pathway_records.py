"""core pathway records

Revision ID: 0001
Revises:
Create Date: 2026-11-25 04:00:26.056763
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from linkdesk.store.people_search import PEOPLE_FTS_DDL, PEOPLE_FTS_DROP

import linkdesk.records.types


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audit_event',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('actor_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('record_type', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('record_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('prev_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_seq'), ['seq'], unique=True)

    op.create_table('client',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('updated_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('given_name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('family_name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('sort_name', sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
    sa.Column('preferred_name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
    sa.Column('pronouns', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('age_band', sa.Enum('under_18', '18_29', '30_44', '45_64', '65_79', '80_plus', name='ageband', native_enum=False, length=32), nullable=True),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('interpreter_needed', sa.Boolean(), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('address_line', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('community', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
    sa.Column('postal_code', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('safe_contact_notes', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('communication_needs', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('accessibility_needs', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('emergency_contact_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('emergency_contact_phone', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('assigned_worker_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('team_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('status', sa.Enum('active', 'on_hold', 'closed', name='clientstatus', native_enum=False, length=32), nullable=False),
    sa.Column('status_changed_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_assigned_worker_id'), ['assigned_worker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_community'), ['community'], unique=False)
        batch_op.create_index('ix_client_dob', ['date_of_birth'], unique=False)
        batch_op.create_index('ix_client_family_name', ['family_name'], unique=False)
        batch_op.create_index('ix_client_caseload_order', ['deleted', 'sort_name', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_team_id'), ['team_id'], unique=False)

    op.create_table('device_setting',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('field_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('record_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('table_name', 'record_id', 'field')
    )
    op.create_table('outbox_change',
    sa.Column('device_seq', sa.Integer(), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('record_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('op', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('device_seq'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('outbox_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_change_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_change_record_id'), ['record_id'], unique=False)

    op.create_table('staff_member',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('username', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('display_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('role', sa.Enum('worker', 'supervisor', 'admin', name='role', native_enum=False, length=32), nullable=False),
    sa.Column('team_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('staff_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_member_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_staff_member_username'), ['username'], unique=False)

    op.create_table('team',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('region', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('assessment',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('updated_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('what_matters', sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.Column('strengths', sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.Column('interests', sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.Column('assessed_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_client_id'), ['client_id'], unique=False)

    op.create_table('closure',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('updated_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('closed_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('reason', sa.Enum('goals_met', 'moved', 'declined', 'unreachable', 'transferred', 'deceased', 'other', name='closurereason', native_enum=False, length=32), nullable=False),
    sa.Column('summary', sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.Column('closed_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('reopened_at', linkdesk.records.types.UtcDateTime(), nullable=True),
    sa.Column('reopened_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('closure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_closure_client_id'), ['client_id'], unique=False)

    op.create_table('consent',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('updated_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('purpose', sa.Enum('store_and_sync', 'share_with_referrer', 'share_with_partner', 'evaluation', name='consentpurpose', native_enum=False, length=32), nullable=False),
    sa.Column('partner_organisation', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('method', sa.Enum('verbal', 'written', 'witnessed', name='consentmethod', native_enum=False, length=32), nullable=False),
    sa.Column('given_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('withdrawn_at', linkdesk.records.types.UtcDateTime(), nullable=True),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_client_id'), ['client_id'], unique=False)

    op.create_table('contact_note',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('updated_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('occurred_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('mode', sa.Enum('phone', 'home_visit', 'clinic', 'video', 'text', name='contactmode', native_enum=False, length=32), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('summary', sqlmodel.sql.sqltypes.AutoString(length=20000), nullable=False),
    sa.Column('author_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('supersedes_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('follow_up_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contact_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_note_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_note_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_note_supersedes_id'), ['supersedes_id'], unique=False)

    op.create_table('flag',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('updated_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('kind', sa.Enum('risk', 'safeguarding', 'lone_worker', name='flagkind', native_enum=False, length=32), nullable=False),
    sa.Column('severity', sa.Enum('low', 'medium', 'high', name='flagseverity', native_enum=False, length=32), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.Column('status', sa.Enum('open', 'escalated', 'resolved', name='flagstatus', native_enum=False, length=32), nullable=False),
    sa.Column('raised_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('raised_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('escalated_at', linkdesk.records.types.UtcDateTime(), nullable=True),
    sa.Column('resolved_at', linkdesk.records.types.UtcDateTime(), nullable=True),
    sa.Column('resolved_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('resolution_note', sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('flag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flag_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_flag_status'), ['status'], unique=False)

    op.create_table('follow_up',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('updated_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('mode', sa.Enum('phone', 'home_visit', 'clinic', 'video', 'text', name='contactmode', native_enum=False, length=32), nullable=False),
    sa.Column('purpose', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('status', sa.Enum('scheduled', 'done', 'missed', 'rescheduled', 'cancelled', name='followupstatus', native_enum=False, length=32), nullable=False),
    sa.Column('completed_at', linkdesk.records.types.UtcDateTime(), nullable=True),
    sa.Column('note_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_status'), ['status'], unique=False)
        batch_op.create_index('ix_follow_up_client_open', ['client_id', 'status', 'due_on'], unique=False)
        batch_op.create_index('ix_follow_up_status_due', ['status', 'due_on'], unique=False)

    op.create_table('goal',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('updated_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('domain', sa.Enum('income', 'housing', 'food_security', 'social_isolation', 'mental_wellbeing', 'physical_activity', 'caregiver_support', 'newcomer_settlement', 'transportation', 'digital_access', 'legal', 'employment_learning', 'arts_culture', 'other', name='needdomain', native_enum=False, length=32), nullable=False),
    sa.Column('importance', sa.Integer(), nullable=True),
    sa.Column('confidence', sa.Integer(), nullable=True),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('steps', sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.Column('status', sa.Enum('active', 'achieved', 'partly_achieved', 'not_achieved', 'discontinued', name='goalstatus', native_enum=False, length=32), nullable=False),
    sa.Column('status_changed_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_goal_status'), ['status'], unique=False)

    op.create_table('measure_administration',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('updated_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('instrument_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('instrument_version', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('timepoint', sa.Enum('baseline', 'follow_up', 'discharge', name='timepoint', native_enum=False, length=32), nullable=False),
    sa.Column('administered_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('scores', sa.JSON(), nullable=False),
    sa.Column('external_total', sa.Float(), nullable=True),
    sa.Column('administered_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('measure_administration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_administration_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_administration_instrument_id'), ['instrument_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_administration_timepoint'), ['timepoint'], unique=False)

    op.create_table('prescription',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('updated_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('goal_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('service_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('service_name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('organisation_name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.Column('service_contact', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.Column('kind', sa.Enum('signpost', 'referral', name='prescriptionkind', native_enum=False, length=32), nullable=False),
    sa.Column('status', sa.Enum('drafted', 'sent', 'received', 'accepted', 'declined', 'attended', 'not_attended', 'completed', 'cancelled', name='prescriptionstatus', native_enum=False, length=32), nullable=False),
    sa.Column('status_changed_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('send_method', sa.Enum('phone', 'email', 'fax', 'printed', 'in_person', name='sendmethod', native_enum=False, length=32), nullable=True),
    sa.Column('sent_at', linkdesk.records.types.UtcDateTime(), nullable=True),
    sa.Column('barriers', sa.JSON(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('prescription', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_prescription_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_prescription_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_prescription_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_prescription_status_changed_at'), ['status_changed_at'], unique=False)

    op.create_table('referral',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('updated_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('source', sa.Enum('physician', 'nurse_practitioner', 'nurse', 'pharmacist', 'dietitian', 'social_service_agency', 'community_organisation', 'self', name='referralsource', native_enum=False, length=32), nullable=False),
    sa.Column('referrer_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('referrer_organisation', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('urgency', sa.Enum('routine', 'soon', 'urgent', name='urgency', native_enum=False, length=32), nullable=False),
    sa.Column('first_contact_at', linkdesk.records.types.UtcDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_source'), ['source'], unique=False)

    op.create_table('goal_review',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('updated_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('goal_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('reviewed_on', sa.Date(), nullable=False),
    sa.Column('gas_score', sa.Integer(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.Column('reviewed_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('goal_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_review_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_goal_review_goal_id'), ['goal_id'], unique=False)

    op.create_table('need',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('updated_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('assessment_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('domain', sa.Enum('income', 'housing', 'food_security', 'social_isolation', 'mental_wellbeing', 'physical_activity', 'caregiver_support', 'newcomer_settlement', 'transportation', 'digital_access', 'legal', 'employment_learning', 'arts_culture', 'other', name='needdomain', native_enum=False, length=32), nullable=False),
    sa.Column('level', sa.Enum('none', 'low', 'medium', 'high', name='needlevel', native_enum=False, length=32), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], ),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('need', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_need_assessment_id'), ['assessment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_need_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_need_domain'), ['domain'], unique=False)


    for statement in PEOPLE_FTS_DDL:
        op.execute(statement)

def downgrade() -> None:
    for statement in PEOPLE_FTS_DROP:
        op.execute(statement)
    with op.batch_alter_table('need', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_need_domain'))
        batch_op.drop_index(batch_op.f('ix_need_client_id'))
        batch_op.drop_index(batch_op.f('ix_need_assessment_id'))

    op.drop_table('need')
    with op.batch_alter_table('goal_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_review_goal_id'))
        batch_op.drop_index(batch_op.f('ix_goal_review_client_id'))

    op.drop_table('goal_review')
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_source'))
        batch_op.drop_index(batch_op.f('ix_referral_client_id'))

    op.drop_table('referral')
    with op.batch_alter_table('prescription', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_prescription_status_changed_at'))
        batch_op.drop_index(batch_op.f('ix_prescription_status'))
        batch_op.drop_index(batch_op.f('ix_prescription_kind'))
        batch_op.drop_index(batch_op.f('ix_prescription_client_id'))

    op.drop_table('prescription')
    with op.batch_alter_table('measure_administration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_administration_timepoint'))
        batch_op.drop_index(batch_op.f('ix_measure_administration_instrument_id'))
        batch_op.drop_index(batch_op.f('ix_measure_administration_client_id'))

    op.drop_table('measure_administration')
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_status'))
        batch_op.drop_index(batch_op.f('ix_goal_client_id'))

    op.drop_table('goal')
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_index('ix_follow_up_status_due')
        batch_op.drop_index('ix_follow_up_client_open')
        batch_op.drop_index(batch_op.f('ix_follow_up_status'))
        batch_op.drop_index(batch_op.f('ix_follow_up_due_on'))
        batch_op.drop_index(batch_op.f('ix_follow_up_client_id'))

    op.drop_table('follow_up')
    with op.batch_alter_table('flag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_flag_status'))
        batch_op.drop_index(batch_op.f('ix_flag_client_id'))

    op.drop_table('flag')
    with op.batch_alter_table('contact_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_note_supersedes_id'))
        batch_op.drop_index(batch_op.f('ix_contact_note_occurred_at'))
        batch_op.drop_index(batch_op.f('ix_contact_note_client_id'))

    op.drop_table('contact_note')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_client_id'))

    op.drop_table('consent')
    with op.batch_alter_table('closure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_closure_client_id'))

    op.drop_table('closure')
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_client_id'))

    op.drop_table('assessment')
    op.drop_table('team')
    with op.batch_alter_table('staff_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_member_username'))
        batch_op.drop_index(batch_op.f('ix_staff_member_team_id'))

    op.drop_table('staff_member')
    with op.batch_alter_table('outbox_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_change_record_id'))
        batch_op.drop_index(batch_op.f('ix_outbox_change_client_id'))

    op.drop_table('outbox_change')
    op.drop_table('field_version')
    op.drop_table('device_setting')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_team_id'))
        batch_op.drop_index(batch_op.f('ix_client_status'))
        batch_op.drop_index('ix_client_caseload_order')
        batch_op.drop_index('ix_client_family_name')
        batch_op.drop_index('ix_client_dob')
        batch_op.drop_index(batch_op.f('ix_client_community'))
        batch_op.drop_index(batch_op.f('ix_client_assigned_worker_id'))

    op.drop_table('client')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_seq'))

    op.drop_table('audit_event')
