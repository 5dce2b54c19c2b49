"""Indexes for reading a large store: sources in ingestion order, by confidentiality and language,
events in time order and by type, mentions and claims of one text, contradictions of one event.

Revision ID: 0006
Revises: 0005
"""
from alembic import op

revision = "0006"
down_revision = "0005"

INDEXES = [
    ("ix_sources_ingested_at", "sources", ["ingested_at", "id"]),
    ("ix_sources_confidential", "sources", ["confidential"]),
    ("ix_sources_language", "sources", ["language"]),
    ("ix_events_earliest", "events", ["earliest", "key"]),
    ("ix_events_type", "events", ["type"]),
    ("ix_mentions_text_id", "mentions", ["text_id", "start"]),
    ("ix_claims_text_id", "claims", ["text_id", "start"]),
    ("ix_contradictions_event_id", "contradictions", ["event_id"]),
]


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
