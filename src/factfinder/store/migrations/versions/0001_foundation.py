"""Foundation: sources, derived texts, passages with full-text search, custody log.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("filename", sa.String(1024), nullable=False),
        sa.Column("media_type", sa.String(128), nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("publisher", sa.Text),
        sa.Column("published", sa.String(32)),
        sa.Column("language", sa.String(16)),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("origin", sa.Text),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ingested_by", sa.String(255), nullable=False),
        sa.Column("provenance", sa.JSON, nullable=False),
        sa.Column("warnings", sa.JSON, nullable=False),
    )
    op.create_table(
        "texts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source_id", sa.String(64), sa.ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
        sa.Column("reader", sa.String(64), nullable=False),
        sa.Column("reader_version", sa.String(64), nullable=False),
        sa.Column("encoding", sa.String(64)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("current", sa.Boolean, nullable=False),
    )
    op.create_index("ix_texts_source_id", "texts", ["source_id"])
    op.create_table(
        "passages",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("text_id", sa.Integer, sa.ForeignKey("texts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("source_id", sa.String(64), sa.ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("page", sa.Integer),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_passages_text_id", "passages", ["text_id"])
    op.create_index("ix_passages_source_id", "passages", ["source_id"])
    op.create_table(
        "custody_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(255), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("object_type", sa.String(64), nullable=False),
        sa.Column("object_id", sa.String(255), nullable=False),
        sa.Column("details", sa.JSON, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
    )
    op.create_index("ix_custody_object", "custody_log", ["object_type", "object_id"])
    op.create_table(
        "custody_head",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.execute("INSERT INTO custody_head (id, seq, hash) VALUES (1, 0, '" + "0" * 64 + "')")

    if op.get_bind().dialect.name == "sqlite":
        # External-content FTS5 index kept in step with `passages` by triggers.
        op.execute("CREATE VIRTUAL TABLE passages_fts USING fts5("
                   "text, content='passages', content_rowid='id', tokenize='unicode61 remove_diacritics 2')")
        op.execute("CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN "
                   "INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text); END")
        op.execute("CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN "
                   "INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text); END")
        op.execute("CREATE TRIGGER passages_au AFTER UPDATE ON passages BEGIN "
                   "INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text); "
                   "INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text); END")
    else:
        # 'simple' configuration: no stemming, so English and French are treated alike.
        op.execute("CREATE INDEX ix_passages_fts ON passages USING gin (to_tsvector('simple', text))")
