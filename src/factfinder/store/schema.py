"""The tables. Alembic migrations in `migrations/versions/` create them; this
module is the ORM view of the same schema and must agree with the latest
migration (tests compare the two).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

SOURCE_KINDS = ("report", "testimony", "judgment", "article", "academic", "official",
                "opinion", "media", "other", "victim_list")

# Metadata fields a person may set or edit; everything else is derived.
EDITABLE_FIELDS = ("title", "author", "publisher", "published", "language", "kind", "origin")

# Metadata that identifies or reaches a witness. Kept encrypted (sources.sensitive), shown only
# to users with the "sensitive" permission; everyone else sees "[redacted]". The one list.
SENSITIVE_FIELDS = ("witness_name", "witness_contact", "witness", "interviewee", "contact")


class Base(DeclarativeBase):
    pass


class Source(Base):
    """One original document. Its id is the SHA-256 of its bytes."""

    __tablename__ = "sources"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    filename: Mapped[str] = mapped_column(String(1024))
    media_type: Mapped[str] = mapped_column(String(128))
    size: Mapped[int] = mapped_column(BigInteger)
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    # ISO 8601, possibly partial ("1999", "1999-03"): sources rarely give a full day.
    published: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str | None] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32), default="other")
    origin: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ingested_by: Mapped[str] = mapped_column(String(255))
    # Where each metadata value came from: {"title": "file"|"sidecar"|"option"|"edit"|"derived"}.
    provenance: Mapped[dict] = mapped_column(JSON, default=dict)
    warnings: Mapped[list] = mapped_column(JSON, default=list)
    # Visible only to admins and users granted it (source_grants).
    confidential: Mapped[bool] = mapped_column(default=False)
    # SENSITIVE_FIELDS as encrypted JSON (see factfinder.security.crypto); None when there are none.
    sensitive: Mapped[str | None] = mapped_column(Text)

    texts: Mapped[list["SourceText"]] = relationship(back_populates="source", order_by="SourceText.id")


class SourceText(Base):
    """Text derived from an original by one reader at one version."""

    __tablename__ = "texts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    reader: Mapped[str] = mapped_column(String(64))
    reader_version: Mapped[str] = mapped_column(String(64))
    encoding: Mapped[str | None] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    current: Mapped[bool] = mapped_column(default=True)

    source: Mapped[Source] = relationship(back_populates="texts")
    passages: Mapped[list["Passage"]] = relationship(back_populates="source_text", order_by="Passage.seq")


class Passage(Base):
    """A paragraph-level span of a derived text: text[start:end] == passage.text."""

    __tablename__ = "passages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    text_id: Mapped[int] = mapped_column(ForeignKey("texts.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    page: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)

    source_text: Mapped[SourceText] = relationship(back_populates="passages")


class CustodyEntry(Base):
    """One action in the append-only, hash-chained custody log."""

    __tablename__ = "custody_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(64))
    object_type: Mapped[str] = mapped_column(String(64))
    object_id: Mapped[str] = mapped_column(String(255))
    details: Mapped[dict] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class CustodyHead(Base):
    """The last seq and hash of the log. One row; writers lock it to append in turn."""

    __tablename__ = "custody_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


Index("ix_custody_object", CustodyEntry.object_type, CustodyEntry.object_id)


MENTION_TYPES = ("figure", "date", "actor", "person", "place", "citation", "attribution")
REVIEW_STATUSES = ("suggested", "confirmed", "rejected", "edited")
STANCES = ("asserts", "denies", "reports", "questions")


class ExtractionRun(Base):
    """One pass of the extraction pipeline over one derived text."""

    __tablename__ = "extraction_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    text_id: Mapped[int] = mapped_column(ForeignKey("texts.id", ondelete="CASCADE"))
    pipeline: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    counts: Mapped[dict] = mapped_column(JSON)
    warnings: Mapped[list] = mapped_column(JSON)


class Mention(Base):
    """A typed span of a derived text: text[start:end] == mention.text."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    text_id: Mapped[int] = mapped_column(ForeignKey("texts.id", ondelete="CASCADE"))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("extraction_runs.id", ondelete="SET NULL"))
    type: Mapped[str] = mapped_column(String(32), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    normalized: Mapped[dict] = mapped_column(JSON)
    extractor: Mapped[str] = mapped_column(String(64))
    extractor_version: Mapped[str] = mapped_column(String(64))
    confidence: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(16))
    reviewed_by: Mapped[str | None] = mapped_column(String(255))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Claim(Base):
    """A check-worthy statement of a source, who asserts it, and how."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    text_id: Mapped[int] = mapped_column(ForeignKey("texts.id", ondelete="CASCADE"))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("extraction_runs.id", ondelete="SET NULL"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    asserted_by: Mapped[str] = mapped_column(Text)
    stance: Mapped[str] = mapped_column(String(16))
    slots: Mapped[dict] = mapped_column(JSON)
    mention_ids: Mapped[list] = mapped_column(JSON)
    confidence: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(16))
    extractor_version: Mapped[str] = mapped_column(String(64))


class VictimList(Base):
    """A list of victims (or incidents) imported for estimation; its file is a source under custody."""

    __tablename__ = "victim_lists"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    mapping: Mapped[dict] = mapped_column(JSON)
    records: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    imported_by: Mapped[str] = mapped_column(String(255))


class VictimRecord(Base):
    """One record of a list, in canonical fields, as JSON encrypted with the field key
    (associated data: list id, record id). Sensitive: never logged or printed whole."""

    __tablename__ = "victim_records"
    __table_args__ = (UniqueConstraint("list_id", "record_id", name="uq_victim_records_list_record"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("victim_lists.id", ondelete="CASCADE"), index=True)
    record_id: Mapped[str] = mapped_column(String(255))
    data: Mapped[str] = mapped_column(Text)


class LinkageRun(Base):
    __tablename__ = "linkage_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(255))
    lists: Mapped[list] = mapped_column(JSON)
    settings: Mapped[dict] = mapped_column(JSON)
    summary: Mapped[dict] = mapped_column(JSON)


class LinkageCluster(Base):
    """Which cluster (person) a record belongs to in one run, at one threshold."""

    __tablename__ = "linkage_clusters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("linkage_runs.id", ondelete="CASCADE"))
    threshold: Mapped[float] = mapped_column(Float)
    record_pk: Mapped[int] = mapped_column(ForeignKey("victim_records.id", ondelete="CASCADE"))
    cluster: Mapped[str] = mapped_column(String(64))
    probability: Mapped[float | None] = mapped_column(Float)


class LinkagePair(Base):
    """A pair of records whose match probability is uncertain, queued for a person's decision."""

    __tablename__ = "linkage_pairs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("linkage_runs.id", ondelete="CASCADE"))
    left_pk: Mapped[int] = mapped_column(ForeignKey("victim_records.id", ondelete="CASCADE"))
    right_pk: Mapped[int] = mapped_column(ForeignKey("victim_records.id", ondelete="CASCADE"))
    probability: Mapped[float] = mapped_column(Float)
    decision: Mapped[str | None] = mapped_column(String(16))
    decided_by: Mapped[str | None] = mapped_column(String(255))


Index("ix_linkage_clusters_run", LinkageCluster.run_id, LinkageCluster.threshold)
Index("ix_linkage_pairs_run", LinkagePair.run_id)


class Entity(Base):
    """A canonical actor, person or place across sources and languages."""

    __tablename__ = "entities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # Stable across rebuilds (gazetteer id, folded name, or the split that made it), so ids persist.
    key: Mapped[str] = mapped_column(String(255), unique=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    canonical: Mapped[str] = mapped_column(Text)
    gazetteer_id: Mapped[str | None] = mapped_column(String(128))
    aliases: Mapped[list] = mapped_column(JSON)
    # A person merged or split this entity: resolution must not undo it.
    locked: Mapped[bool] = mapped_column(default=False)


class EntityLink(Base):
    __tablename__ = "entity_links"

    mention_id: Mapped[int] = mapped_column(ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    method: Mapped[str] = mapped_column(String(32))
    score: Mapped[float] = mapped_column(Float)


class EntityDecision(Base):
    """A person's merge or split, replayed on every rebuild."""

    __tablename__ = "entity_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action: Mapped[str] = mapped_column(String(16))
    details: Mapped[dict] = mapped_column(JSON)
    decided_by: Mapped[str] = mapped_column(String(255))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ClaimFeatures(Base):
    """What the record needs of a claim (event type, dates, places, actors), computed once."""

    __tablename__ = "claim_features"

    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    features: Mapped[dict] = mapped_column(JSON)


class Event(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    type: Mapped[str] = mapped_column(String(32))
    earliest: Mapped[str | None] = mapped_column(String(10))
    latest: Mapped[str | None] = mapped_column(String(10))
    attributes: Mapped[dict] = mapped_column(JSON)
    title: Mapped[str] = mapped_column(Text)


class EventClaim(Base):
    __tablename__ = "event_claims"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)


class InformationLink(Base):
    """A source's link to an event (HURIDOCS): how it knows, and when its material dates from."""

    __tablename__ = "information_links"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True)
    connection: Mapped[str] = mapped_column(String(32))
    material_date: Mapped[str | None] = mapped_column(String(32))
    reliability: Mapped[str | None] = mapped_column(String(1))


class SourceGrade(Base):
    """Admiralty reliability grade A–F: set by a person, or proposed (and marked so)."""

    __tablename__ = "source_grades"

    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True)
    grade: Mapped[str] = mapped_column(String(1))
    reason: Mapped[str] = mapped_column(Text)
    proposed: Mapped[bool] = mapped_column()
    set_by: Mapped[str | None] = mapped_column(String(255))
    set_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ClaimAssessment(Base):
    """Information credibility 1–6 of a claim, from corroboration and contradiction."""

    __tablename__ = "claim_assessments"

    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    credibility: Mapped[int] = mapped_column(Integer)
    explanation: Mapped[str] = mapped_column(Text)
    supporting: Mapped[list] = mapped_column(JSON)
    contradicting: Mapped[list] = mapped_column(JSON)


class Contradiction(Base):
    __tablename__ = "contradictions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(Text)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    sides: Mapped[list] = mapped_column(JSON)


class Proceeding(Base):
    """A case before a court: who, for what, with what outcome, about which events."""

    __tablename__ = "proceedings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(128), unique=True)
    court: Mapped[str] = mapped_column(Text)
    court_type: Mapped[str] = mapped_column(String(48))
    case_number: Mapped[str | None] = mapped_column(Text)
    accused: Mapped[str] = mapped_column(Text)
    affiliation: Mapped[str | None] = mapped_column(Text)
    affiliation_group: Mapped[str] = mapped_column(String(64))
    charges: Mapped[list] = mapped_column(JSON)
    outcome: Mapped[str] = mapped_column(String(32))
    sentence: Mapped[str | None] = mapped_column(Text)
    judgment_date: Mapped[str | None] = mapped_column(String(10))
    events: Mapped[list] = mapped_column(JSON)
    source: Mapped[dict] = mapped_column(JSON)


ROLES = ("admin", "analyst", "reviewer", "viewer")


class User(Base):
    """An account of the web app and API. The CLI runs as the local operator and needs none."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(Text)
    disabled: Mapped[bool] = mapped_column(default=False)
    # Base32 TOTP secret, encrypted with the field key; None until two-factor login is enabled.
    totp_secret: Mapped[str | None] = mapped_column(Text)
    # The time step of the last accepted code: a code is good once, even within its 30 seconds.
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    first_failed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(255))


class AuthToken(Base):
    """An API token or a browser session. Only the SHA-256 of the secret is kept."""

    __tablename__ = "auth_tokens"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # token | session
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SourceGrant(Base):
    """A user allowed to see one confidential source."""

    __tablename__ = "source_grants"

    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    granted_by: Mapped[str] = mapped_column(String(255))
    granted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


Index("ix_source_grants_user", SourceGrant.user_id)
Index("ix_event_claims_claim", EventClaim.claim_id)
Index("ix_entity_links_entity", EntityLink.entity_id)
# Revision 0006: the reads of a large store (a page of sources, the events in time order, a source's text).
Index("ix_sources_ingested_at", Source.ingested_at, Source.id)
Index("ix_sources_confidential", Source.confidential)
Index("ix_sources_language", Source.language)
Index("ix_events_earliest", Event.earliest, Event.key)
Index("ix_events_type", Event.type)
Index("ix_mentions_text_id", Mention.text_id, Mention.start)
Index("ix_claims_text_id", Claim.text_id, Claim.start)
Index("ix_contradictions_event_id", Contradiction.event_id)
