"""community resource directory

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 04:01:09.934956
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from linkdesk.store.directory_search import DIRECTORY_FTS_DDL, DIRECTORY_FTS_DROP

import linkdesk.records.types


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('directory_organization',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('imported_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('alternate_name', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True),
    sa.Column('website', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('parent_organization_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.ForeignKeyConstraint(['parent_organization_id'], ['directory_organization.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('directory_organization', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_directory_organization_source'), ['source'], unique=False)

    op.create_table('directory_taxonomy_term',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('imported_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('parent_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('taxonomy', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('term_uri', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['directory_taxonomy_term.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('directory_taxonomy_term', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_directory_taxonomy_term_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_taxonomy_term_source'), ['source'], unique=False)

    op.create_table('directory_location',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('imported_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('organization_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('alternate_name', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('location_type', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('transportation', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['directory_organization.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('directory_location', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_directory_location_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_location_source'), ['source'], unique=False)

    op.create_table('directory_service',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('imported_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('organization_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('alternate_name', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
    sa.Column('fees_description', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('eligibility_description', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('application_process', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('interpretation_services', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('accreditations', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('assured_date', sa.Date(), nullable=True),
    sa.Column('last_modified', linkdesk.records.types.UtcDateTime(), nullable=True),
    sa.Column('last_verified', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['directory_organization.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('directory_service', schema=None) as batch_op:
        batch_op.create_index('ix_directory_service_name', ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_service_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_service_source'), ['source'], unique=False)
        batch_op.create_index('ix_directory_service_status', ['status'], unique=False)

    op.create_table('directory_address',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('imported_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('location_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('attention', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('address_1', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('address_2', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('city', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('region', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('state_province', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('postal_code', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
    sa.Column('country', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
    sa.Column('address_type', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.ForeignKeyConstraint(['location_id'], ['directory_location.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('directory_address', schema=None) as batch_op:
        batch_op.create_index('ix_directory_address_city', ['city'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_address_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_address_source'), ['source'], unique=False)

    op.create_table('directory_service_at_location',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('imported_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('service_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('location_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['location_id'], ['directory_location.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['service_id'], ['directory_service.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('directory_service_at_location', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_directory_service_at_location_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_service_at_location_service_id'), ['service_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_service_at_location_source'), ['source'], unique=False)

    op.create_table('directory_service_taxonomy',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('imported_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('service_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('taxonomy_term_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['directory_service.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['taxonomy_term_id'], ['directory_taxonomy_term.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('directory_service_taxonomy', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_directory_service_taxonomy_service_id'), ['service_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_service_taxonomy_source'), ['source'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_service_taxonomy_taxonomy_term_id'), ['taxonomy_term_id'], unique=False)

    op.create_table('directory_phone',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('imported_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('service_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('location_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('organization_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('service_at_location_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('extension', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
    sa.Column('type', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['location_id'], ['directory_location.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organization_id'], ['directory_organization.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['service_at_location_id'], ['directory_service_at_location.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['service_id'], ['directory_service.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('directory_phone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_directory_phone_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_phone_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_phone_service_at_location_id'), ['service_at_location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_phone_service_id'), ['service_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_phone_source'), ['source'], unique=False)

    op.create_table('directory_schedule',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('imported_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('service_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('location_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('service_at_location_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('freq', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('byday', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('opens_at', sa.Time(), nullable=True),
    sa.Column('closes_at', sa.Time(), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('closed', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['directory_location.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['service_at_location_id'], ['directory_service_at_location.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['service_id'], ['directory_service.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('directory_schedule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_directory_schedule_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_schedule_service_at_location_id'), ['service_at_location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_schedule_service_id'), ['service_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_schedule_source'), ['source'], unique=False)

    op.create_table('directory_language',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('imported_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('service_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('location_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('phone_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['location_id'], ['directory_location.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['phone_id'], ['directory_phone.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['service_id'], ['directory_service.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('directory_language', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_directory_language_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_language_phone_id'), ['phone_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_language_service_id'), ['service_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_language_source'), ['source'], unique=False)


    for statement in DIRECTORY_FTS_DDL:
        op.execute(statement)

def downgrade() -> None:
    for statement in DIRECTORY_FTS_DROP:
        op.execute(statement)
    with op.batch_alter_table('directory_language', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directory_language_source'))
        batch_op.drop_index(batch_op.f('ix_directory_language_service_id'))
        batch_op.drop_index(batch_op.f('ix_directory_language_phone_id'))
        batch_op.drop_index(batch_op.f('ix_directory_language_location_id'))

    op.drop_table('directory_language')
    with op.batch_alter_table('directory_schedule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directory_schedule_source'))
        batch_op.drop_index(batch_op.f('ix_directory_schedule_service_id'))
        batch_op.drop_index(batch_op.f('ix_directory_schedule_service_at_location_id'))
        batch_op.drop_index(batch_op.f('ix_directory_schedule_location_id'))

    op.drop_table('directory_schedule')
    with op.batch_alter_table('directory_phone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directory_phone_source'))
        batch_op.drop_index(batch_op.f('ix_directory_phone_service_id'))
        batch_op.drop_index(batch_op.f('ix_directory_phone_service_at_location_id'))
        batch_op.drop_index(batch_op.f('ix_directory_phone_organization_id'))
        batch_op.drop_index(batch_op.f('ix_directory_phone_location_id'))

    op.drop_table('directory_phone')
    with op.batch_alter_table('directory_service_taxonomy', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directory_service_taxonomy_taxonomy_term_id'))
        batch_op.drop_index(batch_op.f('ix_directory_service_taxonomy_source'))
        batch_op.drop_index(batch_op.f('ix_directory_service_taxonomy_service_id'))

    op.drop_table('directory_service_taxonomy')
    with op.batch_alter_table('directory_service_at_location', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directory_service_at_location_source'))
        batch_op.drop_index(batch_op.f('ix_directory_service_at_location_service_id'))
        batch_op.drop_index(batch_op.f('ix_directory_service_at_location_location_id'))

    op.drop_table('directory_service_at_location')
    with op.batch_alter_table('directory_address', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directory_address_source'))
        batch_op.drop_index(batch_op.f('ix_directory_address_location_id'))
        batch_op.drop_index('ix_directory_address_city')

    op.drop_table('directory_address')
    with op.batch_alter_table('directory_service', schema=None) as batch_op:
        batch_op.drop_index('ix_directory_service_status')
        batch_op.drop_index(batch_op.f('ix_directory_service_source'))
        batch_op.drop_index(batch_op.f('ix_directory_service_organization_id'))
        batch_op.drop_index('ix_directory_service_name')

    op.drop_table('directory_service')
    with op.batch_alter_table('directory_location', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directory_location_source'))
        batch_op.drop_index(batch_op.f('ix_directory_location_organization_id'))

    op.drop_table('directory_location')
    with op.batch_alter_table('directory_taxonomy_term', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directory_taxonomy_term_source'))
        batch_op.drop_index(batch_op.f('ix_directory_taxonomy_term_parent_id'))

    op.drop_table('directory_taxonomy_term')
    with op.batch_alter_table('directory_organization', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directory_organization_source'))

    op.drop_table('directory_organization')
