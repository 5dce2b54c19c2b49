"""The REST API, /api/v1: a thin layer over factfinder.workbench.Workbench.

Every route but POST /token needs `Authorization: Bearer TOKEN` and a role that grants
the route's permission (read, review, write, sensitive, confidential, admin). Errors
are `{"error": {"code", "message"}}`; `code` is the catalogue code (E301, …) for
factfinder's own errors. Long work (upload with extraction, rebuild, linkage,
estimation) runs as a background job: the route answers 202 with the job, and
GET /jobs/{id} reports its progress and, at the end, its result.
"""

from __future__ import annotations

import gc
import html
import shutil
import tempfile
import threading
import uuid
from collections import OrderedDict
from contextlib import asynccontextmanager
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Any, Callable, Literal

from fastapi import APIRouter, Depends, File, Form, Path as PathParam, Query, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.security import HTTPAuthorizationCredentials
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, or_, select
from starlette.background import BackgroundTask

from factfinder.errors import (E, Ambiguous, AuthError, EncryptionKeyError, FactfinderError, IngestError,
                               InvalidInput, LockedOut, NotFound, PermissionDenied, StoreError)
from factfinder.ingest.metadata import is_sidecar
from factfinder.security.access import HIDDEN_SOURCES
from factfinder.store.schema import (EDITABLE_FIELDS, MENTION_TYPES, REVIEW_STATUSES, SENSITIVE_FIELDS, SOURCE_KINDS,
                                     CustodyEntry, CustodyHead, Event, EventClaim, Mention, Source, SourceGrade)
from factfinder.web.deps import ApiError, Caller, bearer_scheme, get_security, require

API_PREFIX = "/api/v1"
MAX_PAGE = 500
MAX_CHECK_CHARS = 200_000

SourceKind = Literal[SOURCE_KINDS]  # type: ignore[valid-type]
MentionType = Literal[MENTION_TYPES]  # type: ignore[valid-type]
ReviewStatus = Literal[REVIEW_STATUSES]  # type: ignore[valid-type]
ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def status_for(exc: FactfinderError) -> int:
    """The HTTP status of one of factfinder's own errors."""
    if isinstance(exc, PermissionDenied):
        return 403
    if isinstance(exc, LockedOut):
        return 423
    if isinstance(exc, AuthError):
        return 401
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, Ambiguous):
        return 409
    if exc.code is E.E103:
        return 413
    if exc.code in (E.E305, E.E308, E.E402, E.E403, E.E508, E.E513):
        return 409
    if isinstance(exc, (StoreError, EncryptionKeyError)):
        return 503
    if isinstance(exc, (InvalidInput, IngestError)):
        return 422
    return 400


# ---- response and request models ------------------------------------------------------------

class ErrorBody(BaseModel):
    code: str = Field(description="The catalogue code (E301, …) or a short name (not_authenticated, forbidden, …).")
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


ERRORS = {401: {"model": ErrorResponse, "description": "Not authenticated"},
          403: {"model": ErrorResponse, "description": "The role lacks the permission"},
          404: {"model": ErrorResponse, "description": "No such object"},
          409: {"model": ErrorResponse, "description": "Conflicts with what is stored (ambiguous prefix, "
                                                        "duplicate name)"},
          422: {"model": ErrorResponse, "description": "Invalid input (the message says what to fix)"}}


class Token(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="Seconds until the token expires.")


class Me(BaseModel):
    name: str
    role: str
    permissions: list[str]


class SourceOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str = Field(description="SHA-256 of the original bytes.")
    sha256: str
    title: str | None
    author: str | None
    publisher: str | None
    published: str | None = Field(description="ISO 8601, possibly partial (YYYY, YYYY-MM).")
    language: str | None
    kind: str
    origin: str | None
    filename: str
    media_type: str
    size: int
    ingested_at: str | None
    ingested_by: str
    provenance: dict[str, Any]
    warnings: list[Any]
    confidential: bool = Field(False, description="Visible only to admins and the users granted it.")
    sensitive: dict[str, Any] = Field(default_factory=dict, description="Witness details; \"[redacted]\" unless "
                                                                         "the role has the sensitive permission.")


class SourcePage(BaseModel):
    items: list[SourceOut]
    total: int = Field(description="How many sources match the filters.")
    limit: int
    offset: int
    next_offset: int | None = Field(description="The offset of the next page, or null on the last page.")


class Reader(BaseModel):
    name: str
    version: str
    encoding: str | None
    text_sha256: str


class Grade(BaseModel):
    source_id: str
    grade: str = Field(description="Admiralty reliability A (completely reliable) … E (unreliable), "
                                   "F cannot be judged.")
    reason: str
    proposed: bool = Field(description="True when factfinder proposed it and no person has set it.")
    set_by: str | None = None


class SourceCounts(BaseModel):
    passages: int
    mentions: int
    claims: int


class SourceDetail(BaseModel):
    source: SourceOut
    reader: Reader
    grade: Grade | None
    counts: SourceCounts


class SourceTextOut(BaseModel):
    source_id: str
    reader: Reader
    text: str


class PassageOut(BaseModel):
    id: int
    seq: int
    start: int
    end: int
    text: str
    page: int | None = None


class MentionOut(BaseModel):
    id: int
    type: str
    text: str
    start: int
    end: int
    normalized: dict[str, Any]
    confidence: float
    status: str
    extractor: str
    extractor_version: str


class ClaimOut(BaseModel):
    id: int
    text: str
    start: int
    end: int
    asserted_by: str
    stance: str
    slots: dict[str, Any]
    mentions: list[int]
    confidence: float
    status: str


class MetadataChanges(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = Field(None, description="ISO 8601, may be partial: YYYY, YYYY-MM, YYYY-MM-DD.")
    language: str | None = None
    kind: SourceKind | None = None
    origin: str | None = None
    witness_name: str | None = Field(None, description="Sensitive (encrypted); an empty string removes it.")
    witness_contact: str | None = Field(None, description="Sensitive (encrypted); an empty string removes it.")
    witness: str | None = Field(None, description="Sensitive (encrypted).")
    interviewee: str | None = Field(None, description="Sensitive (encrypted).")
    contact: str | None = Field(None, description="Sensitive (encrypted).")


class GradeIn(BaseModel):
    grade: Literal["A", "B", "C", "D", "E", "F"]
    reason: str = Field(min_length=1, max_length=4000)


class GradeResult(Grade):
    record_job: str = Field(description="The job rebuilding the record with the new grade.")


class DeletionRequest(BaseModel):
    reason: str = Field(min_length=1, max_length=4000)


class DeletionLogged(BaseModel):
    seq: int = Field(description="The custody entry that records the request.")
    source_id: str


class ReviewIn(BaseModel):
    decision: Literal["accept", "reject", "edit"]
    changes: dict[str, Any] | None = Field(
        None, description="For edit: normalized keys, or start/end (integers) or type.")


DbId = Annotated[int, Field(ge=1, le=2**31 - 1)]


class BulkReviewItem(ReviewIn):
    id: DbId


class BulkReviewIn(BaseModel):
    decisions: list[BulkReviewItem] = Field(min_length=1, max_length=MAX_PAGE)


class SearchHit(BaseModel):
    passage_id: int
    source_id: str
    title: str | None
    start: int
    end: int
    page: int | None = None
    snippet: str
    highlights: list[list[int]] = Field(description="[start, end] offsets into snippet.")
    score: float = Field(description="Higher is better.")


class Period(BaseModel):
    earliest: str | None
    latest: str | None


class Counts(BaseModel):
    low: float | None
    high: float | None


class EventSummary(BaseModel):
    id: str
    type: str
    title: str
    period: Period
    places: list[str]
    perpetrators: list[str]
    victims: list[str]
    counts: Counts
    claims: list[int]
    sources: list[str]


class EventPage(BaseModel):
    items: list[EventSummary]
    total: int
    limit: int
    offset: int
    next_offset: int | None


class Credibility(BaseModel):
    level: int = Field(description="1 confirmed … 5 improbable, 6 cannot be judged.")
    label: str
    explanation: str
    supporting_sources: list[Any]
    contradicting_sources: list[Any]


class EventClaimOut(BaseModel):
    id: int
    text: str
    start: int
    end: int
    source_id: str
    source_title: str | None
    asserted_by: str
    stance: str
    credibility: Credibility | None


class InformationLinkOut(BaseModel):
    source_id: str
    title: str | None
    connection: str
    material_date: str | None
    reliability: str | None


class EventDetail(BaseModel):
    id: str
    type: str
    title: str
    period: Period
    places: list[str]
    perpetrators: list[str]
    victims: list[str]
    counts: Counts
    sources: list[str]
    attributes: dict[str, Any] = Field(description="Each attribute with the claims behind it.")
    claims: list[EventClaimOut]
    information_links: list[InformationLinkOut]
    contradictions: list[dict[str, Any]]


class ContradictionOut(BaseModel):
    id: int
    kind: str
    subject: str
    event: str | None
    sides: list[dict[str, Any]]


class AccountabilityRow(BaseModel):
    group: str
    label: str
    events_documented: int
    victims_documented_low: int
    victims_documented_high: int
    sources: int
    proceedings: int
    convicted: int
    acquitted: int
    other_outcomes: int
    by_court_type: dict[str, int]
    genocide_toll_low: int | None = None
    genocide_toll_high: int | None = None


class ProceedingOut(BaseModel):
    id: str
    court: str
    court_type: str
    case_number: str | None
    accused: str
    affiliation: str | None
    affiliation_group: str
    charges: list[Any]
    outcome: str
    sentence: str | None
    judgment_date: str | None
    events: list[Any]
    source: dict[str, Any]


class ProceedingsImported(BaseModel):
    model_config = ConfigDict(extra="allow")
    added: int
    updated: int


class EntityOut(BaseModel):
    id: int
    key: str
    kind: str
    canonical: str
    gazetteer_id: str | None
    aliases: list[str]
    mentions: int


class MergeIn(BaseModel):
    others: list[DbId] = Field(min_length=1, max_length=100, description="Entities to merge into this one.")


class SplitIn(BaseModel):
    mentions: list[DbId] = Field(min_length=1, max_length=MAX_PAGE, description="Mentions to move to a new entity.")
    canonical: str | None = Field(None, max_length=500, description="The new entity's name.")


class EntityDecisionOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    action: str
    record_job: str


class CustodyEntryOut(BaseModel):
    seq: int
    at: str
    actor: str
    action: str
    object_type: str
    object_id: str
    details: dict[str, Any]
    prev_hash: str
    hash: str


class CustodyPage(BaseModel):
    items: list[CustodyEntryOut]
    next_after: int | None = Field(description="Pass as `after` for the next page; null on the last page.")


class Problem(BaseModel):
    kind: str
    object: str
    message: str


class VerifyOut(BaseModel):
    ok: bool
    sources: int
    log_entries: int
    problems: list[Problem]
    notes: list[str]


class VictimListOut(BaseModel):
    name: str
    source_id: str
    records: int
    mapping: dict[str, Any]
    imported_at: str
    imported_by: str


class VictimListImported(BaseModel):
    name: str
    source_id: str
    records: int
    fields: list[str]


class LinkIn(BaseModel):
    threshold: float = Field(0.9, gt=0, lt=1, description="Match probability at which records join one cluster.")
    reference_year: int | None = Field(None, ge=1800, le=2100)


class PairSide(BaseModel):
    list: str
    record_id: str


class PairOut(BaseModel):
    pair: int
    left: PairSide
    right: PairSide
    probability: float
    decision: str | None


class PairDecisionIn(BaseModel):
    decision: Literal["match", "non_match"]


class PairDecisionOut(BaseModel):
    pair: int
    decision: str


class EstimateIn(BaseModel):
    method: Literal["all", "lcmcr", "loglinear", "chapman"] = "all"
    seed: int | None = Field(None, ge=0, le=2**32 - 1)
    strata: str | None = Field(None, max_length=64)
    samples: int = Field(2000, ge=10, le=20000)
    burn_in: int = Field(10000, ge=0, le=200000)
    thinning: int = Field(100, ge=1, le=1000)
    bootstrap: int = Field(500, ge=10, le=5000)


class ExtractIn(BaseModel):
    sources: list[str] | None = Field(None, max_length=10000, description="Source ids or prefixes; all by default.")


class CheckIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_CHECK_CHARS)
    language: str | None = Field(None, max_length=16, description="ISO 639 code; detected when absent.")
    embeddings: bool = Field(True, description="Match claims with the sentence-embedding model as well as BM25 "
                                               "and rules; false starts faster and finds less.")


class UserIn(BaseModel):
    name: str = Field(min_length=1, max_length=255)
    role: Literal["admin", "analyst", "reviewer", "viewer"]
    password: str = Field(min_length=1, max_length=1024)


class UserOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str
    role: str


class JobProgress(BaseModel):
    done: int
    total: int | None
    message: str


class Job(BaseModel):
    id: str
    kind: str
    status: Literal["queued", "running", "done", "failed"]
    progress: JobProgress
    result: Any = None
    error: ErrorBody | None = None
    created_by: str
    created_at: str
    finished_at: str | None = None


# ---- background jobs ------------------------------------------------------------------------

class Progress:
    """What a job reports while it runs: done of total, and what it is doing."""

    def __init__(self) -> None:
        self.done, self.total, self.message = 0, None, ""

    def __call__(self, done: int | None = None, total: int | None = None, message: str | None = None) -> None:
        if done is not None:
            self.done = done
        if total is not None:
            self.total = total
        if message is not None:
            self.message = message


class Jobs:
    """Background jobs of one application, kept in memory (a restart forgets finished jobs;
    their effects are in the store and the custody log). Two workers: the store serialises
    writers anyway, and a long estimate should not hold up an upload."""

    def __init__(self, workers: int = 2) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="factfinder-job")
        self._jobs: dict[str, dict] = {}
        self._lock = threading.Lock()

    def submit(self, kind: str, owner: str, work: Callable[[Progress], Any],
               cleanup: Callable[[], None] | None = None) -> dict:
        progress = Progress()
        job = {"id": uuid.uuid4().hex, "kind": kind, "status": "queued", "progress": progress, "result": None,
               "error": None, "created_by": owner, "created_at": _now(), "finished_at": None}
        with self._lock:
            self._jobs[job["id"]] = job

        def run() -> None:
            job["status"] = "running"
            try:
                job["result"] = work(progress)
                job["status"] = "done"
            except FactfinderError as exc:
                job["error"] = {"code": exc.code.name, "message": str(exc)}
                job["status"] = "failed"
            except Exception as exc:  # a job must always end with a status a client can read
                code = "invalid_input" if type(exc).__module__.startswith("factfinder.estimate") else "internal_error"
                job["error"] = {"code": code, "message": str(exc) or type(exc).__name__}
                job["status"] = "failed"
            finally:
                job["finished_at"] = _now()
                if cleanup is not None:
                    cleanup()

        self._pool.submit(run)
        return self.view(job)

    def get(self, job_id: str) -> dict | None:
        job = self._jobs.get(job_id)
        return self.view(job) if job else None

    @staticmethod
    def view(job: dict) -> dict:
        progress: Progress = job["progress"]
        return {**job, "progress": {"done": progress.done, "total": progress.total, "message": progress.message}}

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _jobs(request: Request) -> Jobs:
    return request.app.state.jobs


def _queue_rebuild(request: Request, caller: Caller) -> str:
    def work(progress: Progress) -> dict:
        return caller.wb.rebuild(lambda message: progress(message=message))

    return _jobs(request).submit("rebuild", caller.principal.name, work)["id"]


# ---- the routes ------------------------------------------------------------------------------

@asynccontextmanager
async def _settled_heap(_app):  # noqa: ANN001, ANN202
    """Once the server has started, move what it has loaded (modules, the workbench, the engine)
    out of the garbage collector's reach: a full collection then walks only what requests create,
    instead of pausing one request in every few for the whole heap (the main cause of slow p95s)."""
    gc.collect()
    gc.freeze()
    yield


router = APIRouter(responses={status: ERRORS[status] for status in (401, 403, 409, 422)}, lifespan=_settled_heap)

Read = Annotated[Caller, Depends(require("read"))]
Review = Annotated[Caller, Depends(require("review"))]
Write = Annotated[Caller, Depends(require("write"))]
Sensitive = Annotated[Caller, Depends(require("sensitive"))]
Admin = Annotated[Caller, Depends(require("admin"))]
SourceRef = Annotated[str, PathParam(min_length=1, max_length=64, description="A source id or a unique prefix of it.")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="How many items to skip.")]


# -- authentication

@router.post("/token", response_model=Token, tags=["auth"], summary="Log in: a bearer token",
             responses={401: ERRORS[401], 423: {"model": ErrorResponse, "description": "Locked out"}})
def login(request: Request, username: Annotated[str, Form(max_length=255)],
          password: Annotated[str, Form(max_length=1024)],
          totp: Annotated[str | None, Form(max_length=16, description="The current code, when TOTP is on.")] = None,
          ttl: Annotated[int, Form(ge=60, le=30 * 24 * 3600, description="Token lifetime in seconds.")] = 8 * 3600):
    security = get_security(request)
    try:
        principal = security.authenticate(username, password, totp_code=totp or None)
    except AuthError as exc:
        # E501 wrong name or password, E503 a TOTP code is needed, E504 wrong code: 401; E502 locked out: 423.
        raise ApiError(status_for(exc), exc.code.name, str(exc),
                       None if isinstance(exc, LockedOut) else {"WWW-Authenticate": "Bearer"})
    return {"access_token": security.issue_token(principal, ttl), "token_type": "bearer", "expires_in": ttl}


@router.delete("/token", status_code=204, tags=["auth"], summary="Log out: revoke the token sent with this request")
def logout(request: Request, caller: Read,
           credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)] = None):
    if credentials is not None:
        get_security(request).revoke_token(credentials.credentials)
    return Response(status_code=204)


@router.get("/me", response_model=Me, tags=["auth"], summary="Who the token belongs to")
def me(caller: Read):
    from factfinder.security import PERMISSIONS

    p = caller.principal
    return {"name": p.name, "role": p.role, "permissions": [perm for perm in PERMISSIONS if p.can(perm)]}


# -- sources

SOURCE_SORTS = ("ingested_at", "-ingested_at", "title", "-title", "published", "-published", "kind", "-kind",
                "size", "-size")


@router.get("/sources", response_model=SourcePage, tags=["sources"], summary="List sources, a page at a time")
def list_sources(caller: Read, limit: Limit = 50, offset: Offset = 0,
                 kind: SourceKind | None = None,
                 language: Annotated[str | None, Query(max_length=16)] = None,
                 publisher: Annotated[str | None, Query(max_length=500, description="Part of the publisher.")] = None,
                 q: Annotated[str | None, Query(max_length=500, description="Part of the title, author, publisher "
                                                                           "or file name.")] = None,
                 sort: Literal[SOURCE_SORTS] = "ingested_at"):  # type: ignore[valid-type]
    return source_page(caller.wb, limit=limit, offset=offset, kind=kind, language=language, publisher=publisher,
                       q=q, sort=sort)


def source_page(wb, *, limit: int = 50, offset: int = 0, kind: str | None = None,  # noqa: ANN001
                language: str | None = None, publisher: str | None = None, q: str | None = None,
                sort: str = "ingested_at", grade: str | None = None, match_id: bool = False) -> dict:
    """One page of the sources `wb`'s user may see, filtered and sorted in the database (the
    HTML pages use it too): {items, total, limit, offset, next_offset}. `publisher` and `q`
    match any part, case-insensitively; `sort` is one of SOURCE_SORTS. For the pages: `grade`
    keeps sources with that reliability grade, and with `match_id` `q` also matches part of the id."""
    from factfinder.workbench import source_to_dict

    if sort not in SOURCE_SORTS:
        raise InvalidInput(E.E202, field="sort", value=sort, hint=f"Use one of {', '.join(SOURCE_SORTS)}.")
    # SQLite's LIKE already ignores ASCII case, and its lower() folds nothing else, so ILIKE
    # (lower() on both sides) would only cost time there; PostgreSQL's ILIKE folds every letter.
    sqlite = wb.db.dialect == "sqlite"

    def contains(column, text: str):  # noqa: ANN001, ANN202
        pattern = f"%{_like(text)}%"
        return column.like(pattern, escape="\\") if sqlite else column.ilike(pattern, escape="\\")

    filters = []
    if kind:
        filters.append(Source.kind == kind)
    if language:
        filters.append(Source.language == language)
    if publisher:
        filters.append(contains(Source.publisher, publisher))
    if q:
        matches = [contains(column, q) for column in (Source.title, Source.author, Source.publisher, Source.filename)]
        if match_id:
            matches.append(Source.id.contains(q.lower(), autoescape=True))
        filters.append(or_(*matches))
    if grade:
        filters.append(Source.id.in_(select(SourceGrade.source_id).where(SourceGrade.grade == grade)))
    column = getattr(Source, sort.lstrip("-"))
    order = (column.desc(), Source.id.desc()) if sort.startswith("-") else (column.asc(), Source.id.asc())
    with _reader(wb).db.read() as session, wb._revealing():
        total = session.scalar(select(func.count()).select_from(Source).where(*filters))
        rows = session.scalars(select(Source).where(*filters).order_by(*order).limit(limit).offset(offset)).all()
        items = [source_to_dict(s) for s in rows]
    return {"items": items, "total": total, "limit": limit, "offset": offset,
            "next_offset": offset + limit if offset + limit < total else None}


def _reader(wb):  # noqa: ANN001, ANN202
    """`wb` as it reads: its sessions hide the sources its user may not see. Routes that query
    the store themselves (a page of sources, the custody log) or call the record's read
    functions directly go through it."""
    return wb._reader()


# ---- what the record looks like to a user, kept while it stays the same ----------------------
_STATE_CACHE: "OrderedDict[tuple, Any]" = OrderedDict()
_STATE_LOCK = threading.Lock()
STATE_CACHE_SIZE = 32


def record_state(wb) -> tuple:  # noqa: ANN001
    """A key for everything the record shows `wb`'s user: the store, the head of its custody log and
    the sources hidden from the user. Every change to the record (a rebuild, a grade, an edit, a grant,
    a confidentiality change) appends to the custody log in its own transaction, so the head moves."""
    with _reader(wb).db.read() as session:
        head = session.execute(select(CustodyHead.seq, CustodyHead.hash).where(CustodyHead.id == 1)).first()
        hidden = session.info.get(HIDDEN_SOURCES, frozenset())
    return (wb.db.url, tuple(head) if head is not None else None, hidden)


def cached_for_state(wb, name: Any, compute: Callable[[], Any], state: tuple | None = None) -> Any:  # noqa: ANN001
    """compute(), or its value from an earlier call made in the same record state (see record_state;
    pass `state` to key several values on one reading of it). The value is shared between requests:
    callers must not change it."""
    key = (*(state or record_state(wb)), name)
    with _STATE_LOCK:
        if key in _STATE_CACHE:
            _STATE_CACHE.move_to_end(key)
            return _STATE_CACHE[key]
    # Computed after the key was read: at worst newer than its key, never older.
    value = compute()
    with _STATE_LOCK:
        _STATE_CACHE[key] = value
        while len(_STATE_CACHE) > STATE_CACHE_SIZE:
            _STATE_CACHE.popitem(last=False)
    return value


def record_events(wb, state: tuple | None = None) -> list[dict]:  # noqa: ANN001
    """wb.events(), kept per record state (shared: do not change the list or its items)."""
    return cached_for_state(wb, "events", wb.events, state)


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")




@router.post("/sources", response_model=Job, status_code=202, tags=["sources"],
             summary="Upload files as sources (a background job: ingest, extract, rebuild)")
async def upload_sources(
        request: Request, caller: Write,
        files: Annotated[list[UploadFile], File(description="The documents; a NAME.meta.json or NAME.meta.yaml "
                                                            "beside a file sets its metadata.")],
        title: Annotated[str | None, Form(max_length=2000)] = None,
        author: Annotated[str | None, Form(max_length=2000)] = None,
        publisher: Annotated[str | None, Form(max_length=2000)] = None,
        published: Annotated[str | None, Form(max_length=32)] = None,
        language: Annotated[str | None, Form(max_length=16)] = None,
        kind: Annotated[SourceKind | None, Form()] = None,
        origin: Annotated[str | None, Form(max_length=4000)] = None,
        encoding: Annotated[str | None, Form(max_length=64)] = None,
        encoding_errors: Annotated[Literal["strict", "replace"], Form()] = "strict",
        extract: Annotated[bool, Form(description="Run extraction and rebuild the record after ingest.")] = True):
    wb = caller.wb
    metadata = {k: v for k, v in dict(title=title, author=author, publisher=publisher, published=published,
                                      language=language, kind=kind, origin=origin).items() if v}
    uploads = wb.config.home / "uploads"
    uploads.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(dir=uploads, prefix="upload-"))
    try:
        for upload in files:
            await _save_upload(upload, folder, wb.config.max_size)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise

    def work(progress: Progress) -> dict:
        outcomes = []

        def on_outcome(outcome) -> None:  # noqa: ANN001
            outcome.path = Path(outcome.path).name
            if outcome.error:
                outcome.error = outcome.error.replace(str(folder) + "/", "")
            outcomes.append(outcome.to_dict())
            progress(done=len(outcomes), message=f"ingested {outcome.path}")

        # Each uploaded file by name, so an unsupported one is reported rather than skipped as a
        # folder walk would; sidecars are read beside their document.
        paths = sorted(p for p in folder.iterdir() if not is_sidecar(p))
        wb.ingest(paths, metadata, encoding=encoding, encoding_errors=encoding_errors,
                  on_outcome=on_outcome, on_total=lambda total: progress(total=total))
        added = [o["source_id"] for o in outcomes if o["status"] == "added"]
        result: dict = {"outcomes": outcomes, "added": len(added),
                        "duplicate": sum(o["status"] == "duplicate" for o in outcomes),
                        "failed": sum(o["status"] == "failed" for o in outcomes)}
        if extract and added:
            progress(done=0, total=len(added), message="extracting")
            extracted = wb.extract(added, lambda done, total: progress(done=done, total=total))
            result["extraction"] = [{"source_id": r["source_id"], "counts": r["counts"], "warnings": r["warnings"]}
                                    for r in extracted]
            progress(message="rebuilding the record")
            result["record"] = wb.rebuild(lambda message: progress(message=message))
        progress(message="done")
        return result

    return _jobs(request).submit("upload", caller.principal.name, work,
                                 cleanup=lambda: shutil.rmtree(folder, ignore_errors=True))


async def _save_upload(upload: UploadFile, folder: Path, max_size: int) -> None:
    name = Path((upload.filename or "").replace("\\", "/")).name.strip()
    if name in ("", ".", "..") or name.startswith("."):
        raise InvalidInput(E.E202, field="filename", value=upload.filename or "",
                           hint="Every uploaded file needs a name with its extension (e.g. report.pdf).")
    target = folder / name
    if target.exists():
        raise InvalidInput(E.E202, field="filename", value=name, hint="Two uploaded files have this name.")
    size = 0
    with open(target, "wb") as handle:
        while chunk := await upload.read(1 << 20):
            size += len(chunk)
            if size > max_size:
                raise IngestError(E.E103, size=size, limit=max_size, path=name)
            handle.write(chunk)


@router.get("/sources/{ref}", response_model=SourceDetail, tags=["sources"], responses={404: ERRORS[404]},
            summary="One source: metadata, reader, grade and counts")
def get_source(caller: Read, ref: SourceRef):
    shown = caller.wb.show(ref)
    source_id = shown["source"]["id"]
    with _reader(caller.wb).db.read() as session:
        grade = session.get(SourceGrade, source_id)
    return {"source": shown["source"], "reader": shown["reader"],
            "grade": None if grade is None else {"source_id": source_id, "grade": grade.grade, "reason": grade.reason,
                                                 "proposed": grade.proposed, "set_by": grade.set_by},
            "counts": {"passages": len(shown["passages"]), "mentions": len(shown["mentions"]),
                       "claims": len(shown["claims"])}}


@router.get("/sources/{ref}/text", response_model=SourceTextOut, tags=["sources"], responses={404: ERRORS[404]},
            summary="The text derived from the original")
def get_source_text(caller: Read, ref: SourceRef):
    shown = caller.wb.show(ref)
    return {"source_id": shown["source"]["id"], "reader": shown["reader"], "text": shown["text"]}


@router.get("/sources/{ref}/passages", response_model=list[PassageOut], tags=["sources"],
            responses={404: ERRORS[404]}, summary="The passages of a source (text[start:end] == text)")
def get_passages(caller: Read, ref: SourceRef, limit: Limit = MAX_PAGE, offset: Offset = 0):
    return caller.wb.show(ref)["passages"][offset:offset + limit]


@router.get("/sources/{ref}/mentions", response_model=list[MentionOut], tags=["sources"],
            responses={404: ERRORS[404]}, summary="What extraction found in a source")
def get_mentions(caller: Read, ref: SourceRef, status: ReviewStatus | None = None,
                 type: MentionType | None = None):  # noqa: A002
    return caller.wb.mentions(ref, status=status, kind=type)


@router.get("/sources/{ref}/claims", response_model=list[ClaimOut], tags=["sources"], responses={404: ERRORS[404]},
            summary="What a source asserts, who asserts it, and how")
def get_claims(caller: Read, ref: SourceRef):
    return caller.wb.show(ref)["claims"]


@router.patch("/sources/{ref}", response_model=SourceOut, tags=["sources"], responses={404: ERRORS[404]},
              summary="Edit metadata (old and new values go into the custody log)")
def edit_metadata(caller: Write, ref: SourceRef, changes: MetadataChanges):
    given = changes.model_dump(exclude_unset=True)
    if not given or any(v is None for k, v in given.items() if k in EDITABLE_FIELDS):
        raise InvalidInput(E.E202, field="metadata", value=given,
                           hint=f"Give at least one of {', '.join(EDITABLE_FIELDS + SENSITIVE_FIELDS)} with a value.")
    return caller.wb.set_metadata(ref, given)


@router.put("/sources/{ref}/grade", response_model=GradeResult, tags=["record"], responses={404: ERRORS[404]},
            summary="Set a source's reliability grade (A–F) with its reason; rebuilds the record")
def set_grade(request: Request, caller: Write, ref: SourceRef, body: GradeIn):
    result = caller.wb.grade(ref, body.grade, body.reason)
    return {**result, "set_by": caller.principal.name, "record_job": _queue_rebuild(request, caller)}


@router.post("/sources/{ref}/deletion-request", response_model=DeletionLogged, status_code=201, tags=["sources"],
             responses={404: ERRORS[404]}, summary="Ask for a source to be deleted (logged for the custodian)")
def request_deletion(caller: Write, ref: SourceRef, body: DeletionRequest):
    return caller.wb.request_deletion(ref, body.reason)


@router.get("/sources/{ref}/custody", response_model=list[CustodyEntryOut], tags=["custody"],
            responses={404: ERRORS[404]}, summary="The custody log of one source")
def source_custody(caller: Read, ref: SourceRef):
    return caller.wb.custody_log(caller.wb.resolve(ref))


@router.post("/extract", response_model=Job, status_code=202, tags=["sources"],
             summary="Run extraction again (a background job), then rebuild the record")
def run_extraction(request: Request, caller: Write, body: ExtractIn):
    wb = caller.wb
    refs = [wb.resolve(r) for r in body.sources] if body.sources else None

    def work(progress: Progress) -> dict:
        results = wb.extract(refs, lambda done, total: progress(done=done, total=total))
        progress(message="rebuilding the record")
        return {"extraction": [{"source_id": r["source_id"], "counts": r["counts"], "warnings": r["warnings"]}
                               for r in results],
                "record": wb.rebuild(lambda message: progress(message=message))}

    return _jobs(request).submit("extract", caller.principal.name, work)


# -- review

@router.post("/mentions/{mention_id}/review", response_model=MentionOut, tags=["review"],
             responses={404: ERRORS[404]}, summary="Accept, reject or edit a suggested mention")
def review_mention(caller: Review, mention_id: Annotated[int, PathParam(ge=1, le=2**31 - 1)], body: ReviewIn):
    return caller.wb.review(mention_id, body.decision, body.changes)


@router.post("/mentions/review", response_model=list[MentionOut], tags=["review"], responses={404: ERRORS[404]},
             summary="Several review decisions at once")
def review_mentions(caller: Review, body: BulkReviewIn):
    ids = {d.id for d in body.decisions}
    with _reader(caller.wb).db.read() as session:
        known = set(session.scalars(select(Mention.id).where(Mention.id.in_(ids))))
    missing = sorted(ids - known)
    if missing:
        raise NotFound(E.E309, kind="mention", ref=", ".join(map(str, missing)))
    for d in body.decisions:
        if d.decision == "edit" and not d.changes:
            raise InvalidInput(E.E202, field="changes", value=d.changes, hint=f"Edit of mention {d.id} needs changes.")
    return [caller.wb.review(d.id, d.decision, d.changes) for d in body.decisions]


# -- search and the record

@router.get("/search", response_model=list[SearchHit], tags=["search"],
            summary='Full-text search over passages: words, "phrases", prefix* and OR')
def search(caller: Read, q: Annotated[str, Query(min_length=1, max_length=1000)],
           limit: Annotated[int, Query(ge=1, le=200)] = 20):
    return caller.wb.search(q, limit)


EVENT_SORTS = ("date", "-date", "sources", "-sources", "killed", "-killed")


@router.get("/events", response_model=EventPage, tags=["record"], summary="Events of the record")
def list_events(caller: Read, limit: Limit = 100, offset: Offset = 0,
                type: Annotated[str | None,  # noqa: A002
                                Query(max_length=64, description="killing, massacre, …")] = None,
                since: Annotated[str | None, Query(pattern=ISO_DATE, description="Events ending on or after.")] = None,
                until: Annotated[str | None,
                                 Query(pattern=ISO_DATE, description="Events starting on or before.")] = None,
                place: Annotated[str | None, Query(max_length=500, description="Part of a place name.")] = None,
                perpetrator: Annotated[str | None, Query(max_length=500, description="Part of a perpetrator.")] = None,
                min_sources: Annotated[int, Query(ge=1, le=10**6)] = 1,
                sort: Literal[EVENT_SORTS] = "date"):  # type: ignore[valid-type]
    if place is None and perpetrator is None and min_sources == 1 and sort in ("date", "-date"):
        return _event_page(caller.wb, limit, offset, type, since, until, descending=sort == "-date")
    # Places, perpetrators, source counts and tolls live in each event's JSON attributes:
    # filter and sort those in Python over the whole record.
    rows = [e for e in record_events(caller.wb)
            if _event_matches(e, type, since, until, place, perpetrator, min_sources)]
    key = sort.lstrip("-")
    if key == "sources":
        rows.sort(key=lambda e: len(e["sources"]))
    elif key == "killed":
        rows.sort(key=lambda e: e["counts"]["high"] or e["counts"]["low"] or 0)
    if sort.startswith("-"):
        rows.reverse()
    return {"items": rows[offset:offset + limit], "total": len(rows), "limit": limit, "offset": offset,
            "next_offset": offset + limit if offset + limit < len(rows) else None}


def _event_page(wb, limit: int, offset: int, kind: str | None, since: str | None, until: str | None,  # noqa: ANN001
                descending: bool) -> dict:
    """A page of events in time order, filtered in the database: the common case (the events
    list, a type, a period) reads only the page's events, not the whole record. The order is
    the record's own (earliest, id), as in Workbench.events()."""
    from factfinder.record.queries import _event_summary

    filters = []
    if kind:
        filters.append(Event.type == kind)
    if since:
        filters.append(func.substr(func.coalesce(Event.latest, Event.earliest), 1, len(since)) >= since)
    if until:
        filters.append(func.substr(Event.earliest, 1, len(until)) <= until)
    order = (Event.earliest.desc(), Event.key.desc()) if descending else (Event.earliest, Event.key)
    with _reader(wb).db.read() as session:
        total = session.scalar(select(func.count()).select_from(Event).where(*filters))
        events = session.scalars(select(Event).where(*filters).order_by(*order).limit(limit).offset(offset)).all()
        members: dict[int, list[int]] = {}
        for event_id, claim_id in session.execute(select(EventClaim.event_id, EventClaim.claim_id)
                                                  .where(EventClaim.event_id.in_([e.id for e in events]))):
            members.setdefault(event_id, []).append(claim_id)
        items = [_event_summary(e, members.get(e.id, [])) for e in events]
    return {"items": items, "total": total, "limit": limit, "offset": offset,
            "next_offset": offset + limit if offset + limit < total else None}


def _event_matches(e: dict, kind: str | None, since: str | None, until: str | None, place: str | None,
                   perpetrator: str | None, min_sources: int) -> bool:
    if kind and e["type"] != kind:
        return False
    if len(e["sources"]) < min_sources:
        return False
    earliest, latest = e["period"]["earliest"], e["period"]["latest"] or e["period"]["earliest"]
    if since and not (latest and latest[:len(since)] >= since):
        return False
    if until and not (earliest and earliest[:len(until)] <= until):
        return False
    if place and not any(place.casefold() in p.casefold() for p in e["places"]):
        return False
    if perpetrator and not any(perpetrator.casefold() in p.casefold() for p in e["perpetrators"]):
        return False
    return True


@router.get("/events/{event_id}", response_model=EventDetail, tags=["record"], responses={404: ERRORS[404]},
            summary="One event with the claims behind each attribute, its sources and credibility")
def get_event(caller: Read, event_id: Annotated[str, PathParam(min_length=1, max_length=64)]):
    return caller.wb.event(event_id)


@router.get("/contradictions", response_model=list[ContradictionOut], tags=["record"],
            summary="Figures, dates and perpetrators that disagree, each side with its sources")
def contradictions(caller: Read):
    return caller.wb.contradictions()


@router.get("/accountability", response_model=list[AccountabilityRow], tags=["record"],
            summary="Documented events and victims per perpetrator group against proceedings")
def accountability(caller: Read):
    from factfinder.record.accountability import accountability_table

    return accountability_table(_reader(caller.wb))


@router.post("/rebuild", response_model=Job, status_code=202, tags=["record"],
             summary="Rebuild the record (a background job)")
def rebuild(request: Request, caller: Write):
    job_id = _queue_rebuild(request, caller)
    return _jobs(request).get(job_id)


@router.get("/proceedings", response_model=list[ProceedingOut], tags=["record"], summary="Court proceedings")
def proceedings(caller: Read):
    from factfinder.record.accountability import list_proceedings

    return list_proceedings(_reader(caller.wb))


@router.post("/proceedings", response_model=ProceedingsImported, tags=["record"],
             summary="Import proceedings from CSV (columns in docs/record.md)")
def import_proceedings(caller: Write, file: Annotated[UploadFile, File(description="A CSV file.")]):
    from factfinder.record.accountability import import_proceedings as run_import

    with tempfile.TemporaryDirectory() as folder:
        return run_import(caller.wb, _saved(file, Path(folder), "proceedings.csv", caller.wb.config.max_size))


def _saved(upload: UploadFile, folder: Path, default: str, max_size: int) -> Path:
    """An uploaded file written into `folder` under its own base name (which error messages show)."""
    name = Path((upload.filename or "").replace("\\", "/")).name.strip(" .") or default
    path = folder / name
    data = upload.file.read(max_size + 1)
    if len(data) > max_size:
        raise IngestError(E.E103, size=len(data), limit=max_size, path=name)
    path.write_bytes(data)
    return path


@router.get("/entities", response_model=list[EntityOut], tags=["record"],
            summary="Canonical actors, people and places, with their names as written")
def entities(caller: Read, kind: Literal["actor", "person", "place"] | None = None):
    from factfinder.record.resolve import list_entities

    return list_entities(_reader(caller.wb), kind)


EntityId = Annotated[int, PathParam(ge=1, le=2**31 - 1)]


@router.post("/entities/{entity_id}/merge", response_model=EntityDecisionOut, tags=["record"],
             responses={404: ERRORS[404]}, summary="Merge other entities into this one; rebuilds the record")
def merge_entities(request: Request, caller: Write, entity_id: EntityId, body: MergeIn):
    from factfinder.record.resolve import merge_entities as merge

    result = merge(caller.wb, entity_id, body.others)
    return {**result, "record_job": _queue_rebuild(request, caller)}


@router.post("/entities/{entity_id}/split", response_model=EntityDecisionOut, tags=["record"],
             responses={404: ERRORS[404]}, summary="Move mentions off this entity to a new one; rebuilds the record")
def split_entity(request: Request, caller: Write, entity_id: EntityId, body: SplitIn):
    from factfinder.record.resolve import split_entity as split

    result = split(caller.wb, entity_id, body.mentions, body.canonical)
    return {**result, "record_job": _queue_rebuild(request, caller)}


# -- custody, verification, export

@router.get("/custody", response_model=CustodyPage, tags=["custody"], summary="The custody log, oldest first")
def custody_log(caller: Read, after: Annotated[int, Query(ge=0, le=2**62, description="Entries after this seq.")] = 0,
                limit: Limit = 100,
                object_id: Annotated[str | None, Query(max_length=255, description="Only entries about this object.")]
                = None):
    with _reader(caller.wb).db.read() as session:
        query = select(CustodyEntry).where(CustodyEntry.seq > after).order_by(CustodyEntry.seq).limit(limit + 1)
        if object_id:
            query = query.where(CustodyEntry.object_id == object_id)
        rows = session.scalars(query).all()
    items = [{"seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action, "object_type": e.object_type,
              "object_id": e.object_id, "details": e.details, "prev_hash": e.prev_hash, "hash": e.hash}
             for e in rows[:limit]]
    return {"items": items, "next_after": items[-1]["seq"] if len(rows) > limit else None}


@router.get("/verify", response_model=VerifyOut, tags=["custody"],
            summary="Re-hash every original and walk the custody chain")
def verify(caller: Admin):
    return caller.wb.verify().to_dict()


@router.get("/export", tags=["custody"], summary="Download the record: JSON Lines, or CSV tables in a zip",
            response_class=FileResponse,
            responses={200: {"content": {"application/x-ndjson": {}, "application/zip": {}},
                             "description": "The export file"}})
def export(caller: Read, format: Literal["jsonl", "csv"] = "jsonl"):  # noqa: A002
    folder = Path(tempfile.mkdtemp(prefix="factfinder-export-"))
    cleanup = BackgroundTask(shutil.rmtree, folder, ignore_errors=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    try:
        if format == "jsonl":
            target = folder / f"factfinder-{stamp}.jsonl"
            caller.wb.export("jsonl", target)
            return FileResponse(target, media_type="application/x-ndjson", filename=target.name, background=cleanup)
        tables = folder / f"factfinder-{stamp}"
        caller.wb.export("csv", tables)
        archive = shutil.make_archive(str(tables), "zip", root_dir=folder, base_dir=tables.name)
        return FileResponse(archive, media_type="application/zip", filename=Path(archive).name, background=cleanup)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


# -- victim lists, linkage and estimation

@router.get("/lists", response_model=list[VictimListOut], tags=["estimate"], summary="Imported victim lists")
def victim_lists(caller: Sensitive):
    from factfinder.estimate.lists import list_summaries

    return list_summaries(_reader(caller.wb))


@router.post("/lists", response_model=VictimListImported, status_code=201, tags=["estimate"],
             summary="Import a victim list (CSV or Parquet); it is kept under custody as a source")
def import_victim_list(
        caller: Sensitive, file: Annotated[UploadFile, File(description="A .csv or .parquet file.")],
        name: Annotated[str | None, Form(max_length=255)] = None,
        map: Annotated[list[str] | None, Form(description="COLUMN=FIELD, repeatable.")] = None,  # noqa: A002
        id_column: Annotated[str | None, Form(max_length=255)] = None):
    from factfinder.estimate.lists import import_list

    if not caller.principal.can("write"):
        raise ApiError(403, "forbidden", f"Your role ({caller.principal.role}) cannot import lists: it needs write.")
    mapping = {}
    for item in map or []:
        if "=" not in item:
            raise InvalidInput(E.E202, field="map", value=item, hint="Use COLUMN=FIELD.")
        column, field = item.split("=", 1)
        mapping[column.strip()] = field.strip()
    with tempfile.TemporaryDirectory() as folder:
        return import_list(caller.wb, _saved(file, Path(folder), "list.csv", caller.wb.config.max_size), name,
                           mapping, id_column)


@router.post("/link", response_model=Job, status_code=202, tags=["estimate"],
             summary="Link records across the lists (a background job)")
def link(request: Request, caller: Sensitive, body: LinkIn):
    from factfinder.estimate import workflow

    wb = caller.wb

    def work(progress: Progress) -> dict:
        result = workflow.link_lists(wb, main=body.threshold, reference_year=body.reference_year,
                                     progress=lambda message: progress(message=message))
        result["clusters"] = [c for c in result["clusters"] if c["size"] > 1]
        return result

    return _jobs(request).submit("link", caller.principal.name, work)


@router.get("/link/pairs", response_model=list[PairOut], tags=["estimate"],
            summary="Uncertain pairs of the last linkage run, for review")
def link_pairs(caller: Sensitive):
    from factfinder.estimate import workflow

    return workflow.review_pairs(_reader(caller.wb))


@router.post("/link/pairs/{pair_id}", response_model=PairDecisionOut, tags=["estimate"],
             responses={404: ERRORS[404]}, summary="Decide a pair: match or non_match (the next link trains on it)")
def decide_pair(caller: Sensitive, pair_id: Annotated[int, PathParam(ge=1, le=2**31 - 1)], body: PairDecisionIn):
    from factfinder.estimate import workflow

    return workflow.decide_pair(caller.wb, pair_id, body.decision)


@router.post("/estimate", response_model=Job, status_code=202, tags=["estimate"],
             summary="Estimate the uncounted from the linked lists (a background job)")
def estimate(request: Request, caller: Sensitive, body: EstimateIn):
    from factfinder.estimate.workflow import estimate_from_store

    wb = caller.wb

    def work(progress: Progress) -> dict:
        report, sensitivity = estimate_from_store(
            wb, body.method, body.seed, body.strata, progress=lambda done, total: progress(done=done, total=total),
            samples=body.samples, burn_in=body.burn_in, thinning=body.thinning, n_boot=body.bootstrap)
        data = report.to_dict()
        if sensitivity:
            data["linkage_sensitivity"] = sensitivity
        return data

    return _jobs(request).submit("estimate", caller.principal.name, work)


# -- checking a new text

@router.post("/check", response_model=dict[str, Any], tags=["check"],
             responses={501: {"model": ErrorResponse, "description": "Checking is not installed"}},
             summary="Check a text against the record: verdicts, arithmetic, rhetoric markers, stance")
def check(caller: Read, body: CheckIn):
    try:
        from factfinder.check import check_text
    except ImportError as exc:
        raise ApiError(501, "not_implemented", f"Checking texts is not available in this installation ({exc}). "
                                               "Install factfinder[check].")
    return check_text(caller.wb, body.text, language=body.language, use_embeddings=body.embeddings).to_dict()


# -- jobs and users

@router.get("/jobs/{job_id}", response_model=Job, tags=["jobs"], responses={404: ERRORS[404]},
            summary="A background job's progress and, when done, its result")
def get_job(request: Request, caller: Read, job_id: Annotated[str, PathParam(max_length=64)]):
    job = _jobs(request).get(job_id)
    if job is None or (job["created_by"] != caller.principal.name and not caller.principal.can("admin")):
        raise ApiError(404, "not_found", f"No job {job_id} of yours. Jobs are kept until the server restarts.")
    return job


@router.get("/users", response_model=list[UserOut], tags=["users"], summary="Users and their roles")
def users(caller: Admin):
    from factfinder.security import Security

    return Security(caller.wb).list_users()


@router.post("/users", response_model=UserOut, status_code=201, tags=["users"], summary="Add a user")
def add_user(caller: Admin, body: UserIn):
    from factfinder.security import Security

    principal = Security(caller.wb).add_user(body.name, body.role, body.password)  # logged as the admin
    return {"name": principal.name, "role": principal.role}


class UserChange(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Literal["admin", "analyst", "reviewer", "viewer"] | None = None
    password: str | None = Field(None, min_length=1, max_length=1024,
                                 description="A new password; it ends the user's sessions and tokens.")
    disabled: Literal[True] | None = Field(None, description="true disables the account (kept for the log).")


@router.patch("/users/{name}", response_model=UserOut, tags=["users"], responses={404: ERRORS[404]},
              summary="Change a user's role or password, or disable the account")
def change_user(caller: Admin, name: Annotated[str, PathParam(max_length=64)], body: UserChange):
    from factfinder.security import Security

    security = Security(caller.wb)
    if body.role is None and body.password is None and body.disabled is None:
        raise InvalidInput(E.E202, field="user", value={}, hint="Give role, password or disabled.")
    if body.password is not None:
        security.set_password(name, body.password)
    if body.role is not None:
        security.set_role(name, body.role)
    if body.disabled:
        security.disable_user(name)
    user = next((u for u in security.list_users() if u["name"] == name), None)
    if user is None:
        raise NotFound(E.E509, name=name)
    return user


# ---- the docs page: the OpenAPI description, rendered here without any outside script --------

def api_docs_page(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    rows = []
    for path, operations in spec["paths"].items():
        for method, op in operations.items():
            params = ", ".join(f"{p['name']} ({p['in']}{', required' if p.get('required') else ''})"
                               for p in op.get("parameters", []))
            body = op.get("requestBody", {}).get("content", {})
            rows.append(f"<tr><td><code>{method.upper()}</code></td><td><code>{html.escape(path)}</code></td>"
                        f"<td>{html.escape(op.get('summary', ''))}</td><td>{html.escape(params)}</td>"
                        f"<td>{html.escape(', '.join(body))}</td></tr>")
    page = ("<!doctype html><html lang=en><meta charset=utf-8><title>factfinder API</title>"
            "<style>body{font:15px/1.4 system-ui,sans-serif;margin:2em}td,th{padding:.3em .6em;"
            "border-bottom:1px solid #ddd;text-align:left;vertical-align:top}</style>"
            f"<h1>factfinder API {html.escape(spec['info']['version'])}</h1>"
            f"<p>{html.escape(spec['info'].get('description', ''))} The machine-readable description is "
            f"<a href='{API_PREFIX}/openapi.json'>openapi.json</a>; docs/api.md explains each route.</p>"
            "<table><tr><th>method</th><th>path</th><th>what</th><th>parameters</th><th>body</th></tr>"
            + "".join(rows) + "</table></html>")
    return HTMLResponse(page)
