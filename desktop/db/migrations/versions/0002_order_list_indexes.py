"""Indexes so the orders list sorts by total, paid, channel and country without a full scan.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 19:31:36.784861
"""

from __future__ import annotations

from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index('ix_orders_channel_date', ['channel', 'ordered_at'], unique=False)
        batch_op.create_index('ix_orders_country', ['ship_country'], unique=False)
        batch_op.create_index('ix_orders_paid', ['paid'], unique=False)
        batch_op.create_index('ix_orders_total', ['total'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index('ix_orders_total')
        batch_op.drop_index('ix_orders_paid')
        batch_op.drop_index('ix_orders_country')
        batch_op.drop_index('ix_orders_channel_date')

