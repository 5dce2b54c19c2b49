"""The record: entities, events with their supporting claims, information links,
source grades, claim credibility, contradictions, proceedings.

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(255), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("canonical", sa.Text, nullable=False),
        sa.Column("gazetteer_id", sa.String(128)),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("locked", sa.Boolean, nullable=False),
    )
    op.create_index("ix_entities_kind", "entities", ["kind"])
    op.create_table(
        "entity_links",
        sa.Column("mention_id", sa.Integer, sa.ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
        sa.Column("method", sa.String(32), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
    )
    op.create_index("ix_entity_links_entity", "entity_links", ["entity_id"])
    op.create_table(
        "entity_decisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("details", sa.JSON, nullable=False),
        sa.Column("decided_by", sa.String(255), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "claim_features",
        sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("features", sa.JSON, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(64), nullable=False, unique=True),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("earliest", sa.String(10)),
        sa.Column("latest", sa.String(10)),
        sa.Column("attributes", sa.JSON, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
    )
    op.create_table(
        "event_claims",
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_event_claims_claim", "event_claims", ["claim_id"])
    op.create_table(
        "information_links",
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("source_id", sa.String(64), sa.ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("connection", sa.String(32), nullable=False),
        sa.Column("material_date", sa.String(32)),
        sa.Column("reliability", sa.String(1)),
    )
    op.create_table(
        "source_grades",
        sa.Column("source_id", sa.String(64), sa.ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("grade", sa.String(1), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("proposed", sa.Boolean, nullable=False),
        sa.Column("set_by", sa.String(255)),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "claim_assessments",
        sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("credibility", sa.Integer, nullable=False),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.Column("supporting", sa.JSON, nullable=False),
        sa.Column("contradicting", sa.JSON, nullable=False),
    )
    op.create_table(
        "contradictions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE")),
        sa.Column("sides", sa.JSON, nullable=False),
    )
    op.create_table(
        "proceedings",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(128), nullable=False, unique=True),
        sa.Column("court", sa.Text, nullable=False),
        sa.Column("court_type", sa.String(48), nullable=False),
        sa.Column("case_number", sa.Text),
        sa.Column("accused", sa.Text, nullable=False),
        sa.Column("affiliation", sa.Text),
        sa.Column("affiliation_group", sa.String(64), nullable=False),
        sa.Column("charges", sa.JSON, nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("sentence", sa.Text),
        sa.Column("judgment_date", sa.String(10)),
        sa.Column("events", sa.JSON, nullable=False),
        sa.Column("source", sa.JSON, nullable=False),
    )
