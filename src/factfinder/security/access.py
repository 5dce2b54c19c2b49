"""Roles, permissions, and what a user may see.

Roles are fixed and ordered by trust; each permission names the roles that have it.
Confidential sources are hidden from everyone but admins and the users granted them:
a restricted read session drops their rows (texts, passages, mentions, claims, grades,
links, custody entries about them) with SQLAlchemy loader criteria, and scrubs events
and contradictions of claims the reader may not see. Writes and whole-record
computations (rebuild, linkage) never go through a restricted session: they must see
everything, or they would rebuild the record from a part of it.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from sqlalchemy import event as sa_event
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, with_loader_criteria
from sqlalchemy.orm.attributes import set_committed_value

from factfinder.errors import E, PermissionDenied
from factfinder.store.schema import (ROLES, Claim, ClaimAssessment, ClaimFeatures, Contradiction,
                                     CustodyEntry, Event, EventClaim, ExtractionRun, InformationLink, Mention,
                                     Passage, Source, SourceGrade, SourceGrant, SourceText, User, VictimList)

if TYPE_CHECKING:
    from factfinder.store.db import Database
    from factfinder.workbench import Workbench

REDACTED = "[redacted]"
# session.info key of a restricted read session: the ids of the sources hidden in it (often none).
HIDDEN_SOURCES = "factfinder_hidden_sources"

PERMISSIONS: dict[str, frozenset[str]] = {
    "read": frozenset(ROLES),
    "review": frozenset({"admin", "analyst", "reviewer"}),
    "write": frozenset({"admin", "analyst"}),
    "sensitive": frozenset({"admin", "analyst"}),
    "confidential": frozenset({"admin"}),
    "admin": frozenset({"admin"}),
}


@dataclass(frozen=True)
class Principal:
    """Who is acting: a user of the web app or API, with the role they hold now."""

    name: str
    role: str

    def can(self, permission: str) -> bool:
        if permission not in PERMISSIONS:
            raise ValueError(f"unknown permission {permission!r}; known: {sorted(PERMISSIONS)}")
        return self.role in PERMISSIONS[permission]

    def require(self, permission: str, action: str) -> None:
        if not self.can(permission):
            raise PermissionDenied(E.E505, user=self.name, role=self.role, action=action, permission=permission)


def workbench_for(wb: "Workbench", principal: Principal) -> "Workbench":
    """A view of `wb` for one user: same engine and files, custody entries in the user's name,
    reads limited to the sources they may see, writes checked against their role."""
    return wb.acting_as(principal)


def redact_fields(values: dict, principal: Principal | None) -> dict:
    """Sensitive metadata values, or "[redacted]" in their place for a user without "sensitive"."""
    if principal is None or principal.can("sensitive"):
        return dict(values)
    return {k: REDACTED for k in values}


def redact_record(record: dict, principal: Principal | None) -> dict:
    """A victim-list record for display: every field but its id redacted for a user without "sensitive"."""
    if principal is None or principal.can("sensitive"):
        return dict(record)
    keep = {"record_id", "record_pk", "list_name"}
    return {k: (v if k in keep or v is None else REDACTED) for k, v in record.items()}


def hidden_sources(session: Session, principal: Principal | None) -> set[str]:
    """Ids of the confidential sources this user may not see (none for the operator and admins)."""
    if principal is None or principal.can("confidential"):
        return set()
    granted = (select(SourceGrant.source_id).join(User, User.id == SourceGrant.user_id)
               .where(User.name == principal.name))
    return set(session.scalars(select(Source.id).where(Source.confidential.is_(True), Source.id.not_in(granted))))


@dataclass
class _Hidden:
    sources: set[str]
    claims: set[int]
    contradictions: set[int]


def _hidden(session: Session, principal: Principal | None) -> _Hidden:
    sources = hidden_sources(session, principal)
    if not sources:
        return _Hidden(set(), set(), set())
    claims = set(session.scalars(select(Claim.id).where(Claim.source_id.in_(sources))))
    # A contradiction needs two sides the reader can see; contradictions are few, sides are JSON.
    contradictions = {cid for cid, sides in session.execute(select(Contradiction.id, Contradiction.sides))
                      if sum(any(c not in claims for c in side["claims"]) for side in sides) < 2}
    return _Hidden(sources, claims, contradictions)


def scrub_event_attributes(attributes: dict, hidden_claims: set[int], hidden: set[str]) -> dict:
    """An event's attributes without the claims (and sources) the reader may not see;
    the count range is recomputed from the figures that remain."""
    def keep(items: list[dict]) -> list[dict]:
        out = []
        for item in items:
            claims = [c for c in item.get("claims", []) if c not in hidden_claims]
            if claims:
                out.append({**item, "claims": claims})
        return out

    figures = [f for f in attributes.get("counts", {}).get("figures", []) if f.get("claim") not in hidden_claims]
    lows = [f["low"] for f in figures if f.get("low") is not None]
    highs = [f["high"] if f.get("high") is not None else f.get("low") for f in figures
             if (f.get("high") or f.get("low")) is not None]
    period = dict(attributes.get("period", {}))
    period["claims"] = [c for c in period.get("claims", []) if c not in hidden_claims]
    return {**attributes, "period": period,
            "places": keep(attributes.get("places", [])),
            "perpetrators": keep(attributes.get("perpetrators", [])),
            "victims": keep(attributes.get("victims", [])),
            "counts": {**attributes.get("counts", {}), "figures": figures,
                       "low": min(lows) if lows else None, "high": max(highs) if highs else None},
            "sources": [s for s in attributes.get("sources", []) if s not in hidden]}


def _restrict(session: Session, hidden: _Hidden) -> None:
    # Entries about accounts (logins, roles, grants) are for admins only.
    if hidden.sources:
        custody_rule = and_(CustodyEntry.object_type != "user",
                            or_(CustodyEntry.object_type != "source", CustodyEntry.object_id.not_in(hidden.sources)))
    else:
        custody_rule = CustodyEntry.object_type != "user"
    options = [with_loader_criteria(CustodyEntry, custody_rule, include_aliases=True)]

    @sa_event.listens_for(session, "do_orm_execute")
    def _add_criteria(state):  # noqa: ANN001, ANN202
        if state.is_select:
            state.statement = state.statement.options(*options)

    if not hidden.sources:
        # Nothing is hidden from this user (the usual case): no rows to drop, nothing to scrub.
        # The scrubbing listener below costs a copy of every event's attributes on every read.
        return
    by_source = [SourceText, Passage, Mention, Claim, ExtractionRun, InformationLink, SourceGrade, VictimList,
                 SourceGrant]
    by_claim = [EventClaim, ClaimFeatures, ClaimAssessment]
    visible_events = (select(EventClaim.event_id).join(Claim, Claim.id == EventClaim.claim_id)
                      .where(Claim.source_id.not_in(hidden.sources)))
    options += [with_loader_criteria(Source, Source.id.not_in(hidden.sources), include_aliases=True),
                with_loader_criteria(Event, Event.id.in_(visible_events), include_aliases=True),
                with_loader_criteria(Contradiction, Contradiction.id.not_in(hidden.contradictions),
                                     include_aliases=True)]
    options += [with_loader_criteria(t, t.source_id.not_in(hidden.sources), include_aliases=True)
                for t in by_source]
    options += [with_loader_criteria(t, t.claim_id.not_in(hidden.claims), include_aliases=True)
                for t in by_claim]

    @sa_event.listens_for(session, "loaded_as_persistent")
    def _scrub(_session, instance):  # noqa: ANN001, ANN202
        # set_committed_value: the scrubbed copy is what this session saw, never something to write back.
        if isinstance(instance, Event):
            set_committed_value(instance, "attributes",
                                scrub_event_attributes(instance.attributes, hidden.claims, hidden.sources))
        elif isinstance(instance, Contradiction):
            sides = [{**s, "claims": [c for c in s["claims"] if c not in hidden.claims],
                      "sources": [x for x in s.get("sources", []) if x not in hidden.sources]}
                     for s in instance.sides]
            set_committed_value(instance, "sides", [s for s in sides if s["claims"]])
        elif isinstance(instance, ClaimAssessment):
            supporting = [s for s in instance.supporting if s not in hidden.sources]
            contradicting = [s for s in instance.contradicting if s not in hidden.sources]
            if len(supporting) + len(contradicting) < len(instance.supporting) + len(instance.contradicting):
                # The explanation names the sources it counted; the level stands, the names may not.
                set_committed_value(instance, "explanation",
                                    "assessed partly from sources you may not see; of those you can see, "
                                    f"{len(supporting)} support and {len(contradicting)} contradict this claim")
            set_committed_value(instance, "supporting", supporting)
            set_committed_value(instance, "contradicting", contradicting)


class VisibleDatabase:
    """A Database whose read sessions show only what one user (not an admin) may see. Its writes are plain
    (an export logs itself); whole-record computations are never given this database."""

    def __init__(self, db: "Database", principal: Principal) -> None:
        self._db = db
        self.principal = principal

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._db, name)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._db.read() as session:
            hidden = _hidden(session, self.principal)
            session.info[HIDDEN_SOURCES] = frozenset(hidden.sources)
            _restrict(session, hidden)
            yield session

    def write(self):  # noqa: ANN201
        return self._db.write()

