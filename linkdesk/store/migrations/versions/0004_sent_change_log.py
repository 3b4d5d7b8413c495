"""sent change log: acknowledged changes kept for a server restored from backup

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-25 07:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import linkdesk.records.types


revision: str = '0004'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sent_change',
    sa.Column('device_seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('record_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('op', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.Column('acked_at', linkdesk.records.types.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('device_seq')
    )
    with op.batch_alter_table('sent_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sent_change_acked_at'), ['acked_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sent_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sent_change_acked_at'))
    op.drop_table('sent_change')
