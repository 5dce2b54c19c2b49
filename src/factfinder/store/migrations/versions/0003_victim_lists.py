"""Victim lists for estimation: lists, their records, linkage runs, clusters and pair reviews.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.create_table(
        "victim_lists",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(255), nullable=False, unique=True),
        sa.Column("source_id", sa.String(64), sa.ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
        sa.Column("mapping", sa.JSON, nullable=False),
        sa.Column("records", sa.Integer, nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by", sa.String(255), nullable=False),
    )
    op.create_table(
        "victim_records",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("list_id", sa.Integer, sa.ForeignKey("victim_lists.id", ondelete="CASCADE"), nullable=False),
        sa.Column("record_id", sa.String(255), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.UniqueConstraint("list_id", "record_id", name="uq_victim_records_list_record"),
    )
    op.create_index("ix_victim_records_list_id", "victim_records", ["list_id"])
    op.create_table(
        "linkage_runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(255), nullable=False),
        sa.Column("lists", sa.JSON, nullable=False),
        sa.Column("settings", sa.JSON, nullable=False),
        sa.Column("summary", sa.JSON, nullable=False),
    )
    op.create_table(
        "linkage_clusters",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("linkage_runs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("threshold", sa.Float, nullable=False),
        sa.Column("record_pk", sa.Integer, sa.ForeignKey("victim_records.id", ondelete="CASCADE"), nullable=False),
        sa.Column("cluster", sa.String(64), nullable=False),
        sa.Column("probability", sa.Float),
    )
    op.create_index("ix_linkage_clusters_run", "linkage_clusters", ["run_id", "threshold"])
    op.create_table(
        "linkage_pairs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("linkage_runs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("left_pk", sa.Integer, sa.ForeignKey("victim_records.id", ondelete="CASCADE"), nullable=False),
        sa.Column("right_pk", sa.Integer, sa.ForeignKey("victim_records.id", ondelete="CASCADE"), nullable=False),
        sa.Column("probability", sa.Float, nullable=False),
        sa.Column("decision", sa.String(16)),
        sa.Column("decided_by", sa.String(255)),
    )
    op.create_index("ix_linkage_pairs_run", "linkage_pairs", ["run_id"])
