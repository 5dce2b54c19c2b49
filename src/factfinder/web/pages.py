"""The investigators' web pages: server-rendered Jinja2 with htmx, no build step.

Every page acts for the logged-in user through a Workbench scoped to them
(factfinder.security.workbench_for): their name goes into the custody log and they
see only the sources their role may see. The session lives in an HttpOnly,
SameSite=Lax cookie; every POST must carry the session's CSRF token, in the form
(`csrf_token`) or, for htmx requests, in the `X-CSRF-Token` header. Write controls
are hidden from roles that lack the permission, and the server refuses the write
anyway.

Long work (ingesting an upload, rebuilding the record, checking a text, estimating)
runs in a background thread; the page polls /jobs/ID with htmx for its progress.
"""

from __future__ import annotations

import base64
import functools
import html
import re
import secrets
import shutil
import tempfile
import threading
import time
import traceback
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qsl, urlencode, urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from factfinder.errors import FactfinderError, NotFound, PermissionDenied
from factfinder.web import charts
from factfinder.web.deps import SESSION_COOKIE, get_security, scoped_workbench

HERE = Path(__file__).resolve().parent
LOGIN_CSRF_COOKIE = "factfinder_login_csrf"
PENDING_TOTP_SECONDS = 300
JOB_KEEP_SECONDS = 3600
NAV = [("sources", "/sources", "Sources"), ("events", "/events", "Events"),
       ("contradictions", "/contradictions", "Contradictions"), ("accountability", "/accountability", "Accountability"),
       ("check", "/check", "Check a text"), ("estimation", "/estimation", "Estimation"),
       ("search", "/search", "Search"), ("custody", "/custody", "Custody log")]


# ---- errors that pages turn into responses -----------------------------------------------------
class _Redirect(Exception):
    def __init__(self, location: str) -> None:
        self.location = location


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        self.status, self.message = status, message


class PageRoute(APIRoute):
    """Turns the pages' own exceptions (login needed, refused, not found) into HTML, so a
    dependency can redirect to the login page or refuse a write before the handler runs."""

    def get_route_handler(self) -> Callable:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            try:
                return await handler(request)
            except _Redirect as exc:
                if request.headers.get("HX-Request"):
                    return Response(status_code=200, headers={"HX-Redirect": exc.location})
                return RedirectResponse(exc.location, status_code=303)
            except _Refused as exc:
                return render_error(request, exc.status, "forbidden" if exc.status == 403 else "refused", exc.message)
            except FactfinderError as exc:
                status = 404 if isinstance(exc, NotFound) else 403 if isinstance(exc, PermissionDenied) else 400
                return render_error(request, status, exc.code.name, str(exc))

        return route


router = APIRouter(route_class=PageRoute, include_in_schema=False)
templates = Jinja2Templates(directory=str(HERE / "templates"))


# ---- template helpers -------------------------------------------------------------------------
def _number(value: Any) -> str:
    if value is None or value == "":
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{number:,.0f}" if number.is_integer() or abs(number) >= 100 else f"{number:,.2f}"


def _range(low: Any, high: Any) -> str:
    if low is None and high is None:
        return ""
    if high is None or low == high:
        return _number(low)
    if low is None:
        return f"up to {_number(high)}"
    return f"{_number(low)}–{_number(high)}"


def _period(period: dict | None) -> str:
    if not period or not period.get("earliest"):
        return ""
    a, b = period["earliest"], period.get("latest")
    return a if not b or a == b else f"{a} – {b}"


def _side_value(value: dict) -> str:
    """One side of a contradiction in words: a figure range, or the values it names."""
    if not isinstance(value, dict):
        return str(value)
    if "low" in value or "high" in value:
        rest = {k: v for k, v in value.items() if k not in ("low", "high") and v is not None}
        return " ".join([_range(value.get("low"), value.get("high"))] + [f"{k} {v}" for k, v in rest.items()])
    return ", ".join(f"{k} {v}" for k, v in value.items() if v is not None)


def _changes(details: dict) -> list[str]:
    """What a logged change changed: `field: old → new` for every field that differs."""
    before, after = details.get("before"), details.get("after")
    if not isinstance(after, dict):
        return []
    before = before if isinstance(before, dict) else {}
    return [f"{key}: {_plain(before.get(key))} → {_plain(value)}" for key, value in after.items()
            if before.get(key) != value]


_DIGEST = re.compile(r"^[0-9a-f]{64}$")


def _detail(value: Any) -> str:
    """A custody detail value for the table: digests shortened (the full one is in the export)."""
    if isinstance(value, str):
        return value[:12] + "…" if _DIGEST.match(value) else value
    if isinstance(value, (int, float)):
        return str(value)
    import json

    return json.dumps(value, ensure_ascii=False, default=str)


def _plain(value: Any) -> str:
    if value is None or value == "":
        return "∅"
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items() if v is not None)
    return str(value)


def _short(value: str | None, n: int = 12) -> str:
    return (value or "")[:n]


templates.env.filters["number"] = _number
templates.env.filters["short"] = _short
templates.env.filters["changes"] = _changes
templates.env.filters["detail"] = _detail
templates.env.globals["num_range"] = _range
templates.env.globals["period"] = _period
templates.env.globals["side_value"] = _side_value
templates.env.globals["NAV"] = NAV


# ---- the page context -------------------------------------------------------------------------
@dataclass
class Page:
    request: Request
    principal: Any
    wb: Any
    session_id: str
    csrf: str

    def can(self, permission: str) -> bool:
        return bool(self.principal.can(permission))

    def need(self, permission: str) -> None:
        if not self.can(permission):
            raise _Refused(403, f"Your role ({self.principal.role}) does not allow this: it needs the "
                                f"“{permission}” permission. Ask an administrator.")

    def render(self, template: str, http_status: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(self.request, template, {"page": self, "user": self.principal,
                                                                   "csrf": self.csrf, **context},
                                          status_code=http_status)


def _session(request: Request) -> tuple[Any, str] | None:
    session_id = request.cookies.get(SESSION_COOKIE)
    if not session_id:
        return None
    principal = get_security(request).principal_for_session(session_id)
    return (principal, session_id) if principal is not None else None


def _login_redirect(request: Request) -> _Redirect:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if request.method != "GET":
        # Back to the page the form was on (htmx says which), never to the POST's own URL.
        current = urlsplit(request.headers.get("HX-Current-URL") or "/")
        target = current.path + (f"?{current.query}" if current.query else "")
    return _Redirect("/login?" + urlencode({"next": target}))


def page(permission: str = "read") -> Callable[..., Page]:
    """A dependency for GET pages: the logged-in user's Page, or a redirect to /login."""

    def dependency(request: Request) -> Page:
        found = _session(request)
        if found is None:
            raise _login_redirect(request)
        principal, session_id = found
        current = Page(request, principal, scoped_workbench(request, principal), session_id,
                       get_security(request).csrf_token(session_id))
        current.need(permission)
        return current

    dependency.__name__ = f"page_{permission}"
    return dependency


def action(permission: str) -> Callable[..., Page]:
    """A dependency for POSTs: logged in, the CSRF token checked, the permission held."""

    async def dependency(request: Request) -> Page:
        found = _session(request)
        if found is None:
            raise _login_redirect(request)
        principal, session_id = found
        security = get_security(request)
        token = request.headers.get("X-CSRF-Token")
        if not token:
            form = await request.form()
            token = form.get("csrf_token")
        if not isinstance(token, str) or not security.check_csrf(session_id, token):
            raise _Refused(403, "The form's security token is missing or stale (CSRF check failed). "
                                "Reload the page and try again.")
        current = Page(request, principal, scoped_workbench(request, principal), session_id,
                       security.csrf_token(session_id))
        current.need(permission)
        return current

    dependency.__name__ = f"action_{permission}"
    return dependency


def render_error(request: Request, status: int, code: str, message: str) -> HTMLResponse:
    """The HTML error page (also used by the application's error handlers for page routes)."""
    found = None
    try:
        found = _session(request)
    except Exception:  # noqa: BLE001 - the error page must render even when the store is unwell
        found = None
    user, csrf = (found[0], get_security(request).csrf_token(found[1])) if found else (None, "")
    if request.headers.get("HX-Request"):
        return HTMLResponse(f'<p class="flash error" role="alert">{html.escape(message)}</p>', status_code=status)
    return templates.TemplateResponse(request, "error.html", {"user": user, "csrf": csrf, "page": None,
                                                              "status": status, "code": code, "message": message},
                                      status_code=status)


# ---- login, TOTP, logout ----------------------------------------------------------------------
@dataclass
class _PendingLogin:
    name: str
    password: str
    expires: float


_pending: dict[str, _PendingLogin] = {}
_pending_lock = threading.Lock()


def _safe_next(target: str | None) -> str:
    # Only a path on this site: never an absolute URL an attacker could send the user to.
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _login_form(request: Request, status: int = 200, **context: Any) -> HTMLResponse:
    token = request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(24)
    response = templates.TemplateResponse(request, "login.html", {"user": None, "page": None, "login_csrf": token,
                                                                  "next": _safe_next(request.query_params.get("next")
                                                                                     or context.pop("next", None)),
                                                                  **context}, status_code=status)
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", max_age=3600, path="/login")
    return response


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> Response:
    if _session(request):
        return RedirectResponse(_safe_next(request.query_params.get("next")), status_code=303)
    return _login_form(request)


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    from factfinder import security as sec

    form = await request.form()
    expected = request.cookies.get(LOGIN_CSRF_COOKIE)
    given = str(form.get("login_csrf") or "")
    next_url = _safe_next(str(form.get("next") or "/"))
    if not expected or not secrets.compare_digest(expected, given):
        return _login_form(request, 403, error="The login form expired. Please try again.", next=next_url)
    name = str(form.get("username") or "").strip()
    password = str(form.get("password") or "")
    code = str(form.get("totp_code") or "").strip() or None
    pending_id = str(form.get("pending") or "")
    now = time.monotonic()
    with _pending_lock:
        for key in [k for k, v in _pending.items() if v.expires < now]:
            del _pending[key]
        if pending_id:
            held = _pending.get(pending_id)
            if held is None:
                return _login_form(request, 400, error="The sign-in step expired. Enter your password again.",
                                   next=next_url)
            name, password = held.name, held.password
    security = get_security(request)
    try:
        principal = security.authenticate(name, password, totp_code=code)
    except sec.TotpRequired:
        pending_id = secrets.token_urlsafe(24)
        with _pending_lock:
            _pending[pending_id] = _PendingLogin(name, password, now + PENDING_TOTP_SECONDS)
        return _login_form(request, 200, totp=True, pending=pending_id, username=name, next=next_url)
    except sec.TotpInvalid:
        # The pending sign-in stays for another try; failures count towards the lockout.
        return _login_form(request, 401, totp=True, pending=pending_id or "", username=name, next=next_url,
                           error="That code is not right. Enter the current 6-digit code from your authenticator app.")
    except sec.LockedOut as exc:
        _drop_pending(pending_id)
        return _login_form(request, 429, username=name, next=next_url, locked=True,
                           error=str(exc) or "Too many failed attempts: this account is locked for a while.")
    except sec.BadCredentials:
        _drop_pending(pending_id)
        return _login_form(request, 401, username=name, next=next_url, error="Wrong user name or password.")
    _drop_pending(pending_id)
    session_id, _csrf = security.create_session(principal)
    response = RedirectResponse(next_url, status_code=303)
    response.set_cookie(SESSION_COOKIE, session_id, httponly=True, samesite="lax",
                        secure=request.url.scheme == "https", path="/")
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


def _drop_pending(pending_id: str) -> None:
    if pending_id:
        with _pending_lock:
            _pending.pop(pending_id, None)


@router.post("/logout")
async def logout(request: Request, current: Page = Depends(action("read"))) -> Response:
    get_security(request).end_session(current.session_id)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/")
def home(current: Page = Depends(page("read"))) -> Response:
    return RedirectResponse("/sources", status_code=303)


# ---- background jobs --------------------------------------------------------------------------
@dataclass
class PageJob:
    id: str
    owner: str
    kind: str
    phase: str = "queued"
    done: int = 0
    total: int = 0
    state: str = "running"   # running, done, failed
    result: Any = None
    error: str | None = None
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None


class PageJobs:
    def __init__(self) -> None:
        self._jobs: dict[str, PageJob] = {}
        self._lock = threading.Lock()

    def start(self, owner: str, kind: str, work: Callable[[PageJob], Any]) -> PageJob:
        job = PageJob(id=uuid.uuid4().hex, owner=owner, kind=kind)
        with self._lock:
            cutoff = time.monotonic() - JOB_KEEP_SECONDS
            for key in [k for k, j in self._jobs.items() if j.finished and j.finished < cutoff]:
                del self._jobs[key]
            self._jobs[job.id] = job

        def run() -> None:
            try:
                job.result = work(job)
                job.state = "done"
            except FactfinderError as exc:
                job.error, job.state = str(exc), "failed"
            except Exception as exc:  # noqa: BLE001 - shown to the user; the trace goes to the server log
                traceback.print_exc()
                job.error, job.state = f"{type(exc).__name__}: {exc}", "failed"
            finally:
                job.finished = time.monotonic()

        threading.Thread(target=run, name=f"factfinder-page-{kind}", daemon=True).start()
        return job

    def get(self, job_id: str, owner: str) -> PageJob:
        with self._lock:
            job = self._jobs.get(job_id)
        if job is None or job.owner != owner:
            raise _Refused(404, "No such job (jobs are kept for an hour after they finish).")
        return job


def _jobs(request: Request) -> PageJobs:
    app = request.app
    with _jobs_lock:
        if not hasattr(app.state, "page_jobs"):
            app.state.page_jobs = PageJobs()
    return app.state.page_jobs


_jobs_lock = threading.Lock()


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_status(job_id: str, current: Page = Depends(page("read"))) -> Response:
    return _job_view(current, _jobs(current.request).get(job_id, current.principal.name))


def _job_view(current: Page, job: PageJob) -> HTMLResponse:
    """A job's progress while it runs (the fragment polls itself), its result once done."""
    if job.kind == "check" and job.state == "done":
        return current.render("_check_report.html", report=job.result["report"], text=job.result["text"], job=job)
    return current.render("_job.html", job=job)


# ---- sources ----------------------------------------------------------------------------------
def _grades(wb: Any, source_ids: Any) -> dict[str, dict]:
    """The grades of these sources (those the user may see), as record.queries.grades gives them."""
    with wb._reader().db.read() as session:
        return _grades_in(session, source_ids)


def _grades_in(session: Any, source_ids: Any) -> dict[str, dict]:
    from sqlalchemy import select

    from factfinder.store.schema import SourceGrade

    ids = sorted(set(source_ids))
    if not ids:
        return {}
    rows = session.execute(select(SourceGrade.source_id, SourceGrade.grade, SourceGrade.reason,
                                  SourceGrade.proposed, SourceGrade.set_by).where(SourceGrade.source_id.in_(ids)))
    return {g.source_id: {"grade": g.grade, "reason": g.reason, "proposed": g.proposed, "set_by": g.set_by}
            for g in rows}


def _visible(wb: Any, source_ids: Any) -> set[str]:
    """Which of these sources the user may see."""
    from sqlalchemy import select

    from factfinder.store.schema import Source

    ids = sorted(set(source_ids))
    if not ids:
        return set()
    with wb._reader().db.read() as session:
        return set(session.scalars(select(Source.id).where(Source.id.in_(ids))))


SOURCES_PAGE = 200


def _source_rows(wb: Any, q: str, kind: str, language: str, grade: str, offset: int) -> tuple:
    """A page of the sources list, filtered, sorted (in ingestion order, as Workbench.sources) and paged
    in the database, with their grades; how many match, how many there are, their languages."""
    from sqlalchemy import func, select

    from factfinder.store.schema import Source
    from factfinder.web.api import source_page

    found = source_page(wb, limit=SOURCES_PAGE, offset=offset, kind=kind or None, language=language or None,
                        q=q or None, grade=grade or None, match_id=True)
    rows = found["items"]
    with wb._reader().db.read() as session:
        grades = _grades_in(session, [r["id"] for r in rows])
        total = found["total"] if not (q or kind or language or grade) else \
            session.scalar(select(func.count()).select_from(Source))
        languages = sorted(session.scalars(select(Source.language).where(Source.language.is_not(None),
                                                                         Source.language != "").distinct()))
    for row in rows:
        row["grade"] = grades.get(row["id"])
    return rows, found["total"], total, languages


SOURCE_KINDS = ("report", "testimony", "judgment", "article", "academic", "official", "opinion", "media", "other")


@router.get("/sources", response_class=HTMLResponse)
def sources_page(current: Page = Depends(page("read")), q: str = "", kind: str = "", language: str = "",
                 grade: str = "", offset: int = 0) -> Response:
    from factfinder.web.api import cached_for_state

    wb = current.wb
    offset = max(0, offset)
    needle = q.strip()
    # Kept per record state (every change to sources is in the custody log) and per what the user may see.
    rows, matching, total, languages = cached_for_state(
        wb, ("sources-page", needle, kind, language, grade, offset, SOURCES_PAGE, wb.can("sensitive")),
        lambda: _source_rows(wb, needle, kind, language, grade, offset))
    filters = {k: v for k, v in (("q", q), ("kind", kind), ("language", language), ("grade", grade)) if v}
    return current.render("sources.html", sources=rows, matching=matching,
                          offset=offset, step=SOURCES_PAGE, total=total, q=q, kind=kind, language=language,
                          grade=grade, languages=languages, kinds=SOURCE_KINDS, nav="sources",
                          query=lambda **kw: urlencode({**filters, **kw}))


_SAFE_NAME = re.compile(r"[^A-Za-z0-9._ -]+")


@router.post("/sources/upload", response_class=HTMLResponse)
async def upload(current: Page = Depends(action("write"))) -> Response:
    form = await current.request.form()
    files = [f for f in form.getlist("files") if hasattr(f, "filename") and f.filename]
    if not files:
        return HTMLResponse('<p class="flash error" role="alert">Choose at least one file to upload.</p>',
                            status_code=400)
    metadata = {key: str(form.get(key)).strip() for key in ("title", "author", "publisher", "published",
                                                           "language", "kind", "origin")
                if str(form.get(key) or "").strip()}
    folder = Path(tempfile.mkdtemp(prefix="factfinder-upload-"))
    paths = []
    for index, upload_file in enumerate(files):
        name = _SAFE_NAME.sub("_", Path(upload_file.filename).name).strip(" .") or f"upload-{index}"
        target = folder / f"{index:03d}" / name
        target.parent.mkdir()
        with target.open("wb") as out:
            shutil.copyfileobj(upload_file.file, out)
        paths.append(target)
    wb = current.wb

    def work(job: PageJob) -> dict:
        try:
            job.phase, job.total = "ingesting", len(paths)
            outcomes = []

            def on_outcome(outcome: Any) -> None:
                outcomes.append(outcome)
                job.done = len(outcomes)

            wb.ingest(paths, metadata or None, on_outcome=on_outcome)
            added = [o.source_id for o in outcomes if o.status == "added"]
            if added:
                job.phase, job.done, job.total = "extracting", 0, len(added)
                wb.extract(added, on_progress=lambda done, total: setattr(job, "done", done))
                job.phase, job.done, job.total = "rebuilding the record", 0, 0
                wb.rebuild()
            return {"outcomes": [{"filename": Path(o.path).name, "status": o.status, "source_id": o.source_id,
                                  "title": o.title, "error": o.error} for o in outcomes]}
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    job = _jobs(current.request).start(current.principal.name, "upload", work)
    return _job_view(current, job)


@router.get("/sources/{ref}", response_class=HTMLResponse)
def reader(ref: str, current: Page = Depends(page("read")), status: str = "", type: str = "") -> Response:  # noqa: A002
    shown = current.wb.show(ref)
    source = shown["source"]
    grade = _grades(current.wb, [source["id"]]).get(source["id"])
    mentions = shown["mentions"]
    claims = shown["claims"]
    panel = [m for m in mentions if (not status or m["status"] == status) and (not type or m["type"] == type)]
    body = highlight(shown["text"], [_claim_span(c) for c in claims] + [_mention_span(m) for m in mentions])
    counts = _review_counts(mentions)
    types = sorted({m["type"] for m in mentions})
    return current.render("reader.html", shown=shown, source=source, source_id=source["id"], grade=grade, body=body,
                          mentions=panel,
                          claims=claims, counts=counts, types=types, status=status, type=type,
                          kinds=SOURCE_KINDS, nav="sources")


@router.post("/sources/{ref}/metadata", response_class=HTMLResponse)
async def edit_metadata(ref: str, current: Page = Depends(action("write"))) -> Response:
    form = await current.request.form()
    source = current.wb.show(ref)["source"]
    changes = {}
    for key in ("title", "author", "publisher", "published", "language", "kind", "origin"):
        if key in form:
            value = str(form.get(key) or "").strip()
            if value != (source.get(key) or ""):
                changes[key] = value
    if changes:
        current.wb.set_metadata(source["id"], changes)
    return RedirectResponse(f"/sources/{source['id']}?saved=metadata", status_code=303)


@router.post("/sources/{ref}/grade", response_class=HTMLResponse)
async def set_grade(ref: str, current: Page = Depends(action("write"))) -> Response:
    form = await current.request.form()
    result = current.wb.grade(ref, str(form.get("grade") or ""), str(form.get("reason") or ""))
    return RedirectResponse(f"/sources/{result['source_id']}?saved=grade", status_code=303)


def _review_counts(mentions: list[dict]) -> dict[str, int]:
    return {s: sum(1 for m in mentions if m["status"] == s) for s in ("suggested", "confirmed", "edited", "rejected")}


def _mention_item(current: Page, mention: dict, source_id: str) -> HTMLResponse:
    """The decided mention's panel item, and the panel's counts swapped out of band."""
    query = dict(parse_qsl(urlsplit(current.request.headers.get("HX-Current-URL") or "").query))
    counts = _review_counts(current.wb.mentions(source_id)) if source_id else None
    return current.render("_mention.html", m=mention, source_id=source_id, oob_counts=counts, oob=True,
                          status=query.get("status", ""), type=query.get("type", ""))


@router.post("/mentions/{mention_id}/review", response_class=HTMLResponse)
async def review_mention(mention_id: int, current: Page = Depends(action("review"))) -> Response:
    form = await current.request.form()
    decision = str(form.get("decision") or "")
    changes = None
    if decision == "edit":
        changes = {}
        if str(form.get("new_type") or "").strip():
            changes["type"] = str(form.get("new_type")).strip()
        for line in str(form.get("changes") or "").splitlines():
            if "=" in line:
                key, value = line.split("=", 1)
                if key.strip():
                    changes[key.strip()] = value.strip()
        if changes.get("type") == str(form.get("old_type")):
            del changes["type"]  # the type select always posts; only a different type is a change
        if not changes:
            raise _Refused(400, "Nothing to change: choose another type or give a key=value line.")
    mention = current.wb.review(mention_id, decision, changes)
    return _mention_item(current, mention, str(form.get("source") or ""))


@router.post("/sources/{ref}/review-bulk", response_class=HTMLResponse)
async def review_bulk(ref: str, current: Page = Depends(action("review"))) -> Response:
    form = await current.request.form()
    decision = str(form.get("decision") or "accept")
    if decision not in ("accept", "reject"):
        raise _Refused(400, "Bulk review accepts or rejects; edit one mention at a time.")
    source_id = current.wb.resolve(ref)
    known = {m["id"] for m in current.wb.mentions(source_id)}
    ids = [int(x) for x in form.getlist("mention") if str(x).isdecimal() and int(x) in known]
    for mention_id in ids:
        current.wb.review(mention_id, decision)
    return RedirectResponse(f"/sources/{source_id}?reviewed={len(ids)}", status_code=303)


# ---- highlighting spans -----------------------------------------------------------------------
@dataclass(frozen=True)
class Span:
    start: int
    end: int
    tag: str
    attrs: dict
    order: int = 0     # outer spans first when two start together


def _mention_span(m: dict) -> Span:
    return Span(m["start"], m["end"], "mark",
                {"class": f"m m-{m['type']} s-{m['status']}", "data-mention": str(m["id"]),
                 "title": f"{m['type']} ({m['status']}): {_normalized_words(m)}"}, 1)


def _claim_span(c: dict) -> Span:
    return Span(c["start"], c["end"], "span",
                {"class": f"claim stance-{c['stance']}", "data-claim": str(c["id"]),
                 "title": f"claim {c['id']}: {c['stance']}, asserted by {c['asserted_by']}"}, 0)


def _normalized_words(m: dict) -> str:
    n = m.get("normalized") or {}
    if m["type"] == "date" and n.get("earliest"):
        return n["earliest"] if n.get("earliest") == n.get("latest") else f"{n['earliest']} – {n.get('latest')}"
    if m["type"] == "figure" and (n.get("low") is not None or n.get("high") is not None):
        words = _range(n.get("low"), n.get("high"))
        return " ".join(str(x) for x in (words, n.get("unit") or "", n.get("counts") or n.get("what") or "") if x)
    if n.get("canonical"):
        return str(n["canonical"]) + (f" ({n['id']})" if n.get("id") else "")
    return ", ".join(f"{k}={v}" for k, v in n.items() if v not in (None, "", [], {})) or m["text"]


templates.env.filters["normalized"] = _normalized_words


def highlight(text: str, spans: list[Span]) -> Markup:
    """HTML of `text` with the spans as nested elements. Where spans cross, the inner one is
    closed and reopened around the boundary, so the markup stays well-formed and every
    character keeps all the spans that cover it."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    bounds = sorted({0, len(text), *[s.start for s in spans], *[s.end for s in spans]})
    out: list[str] = []
    open_stack: list[Span] = []
    seen: set[int] = set()
    starting: dict[int, list[Span]] = {}
    for s in spans:
        starting.setdefault(s.start, []).append(s)

    def open_tag(s: Span) -> str:
        attrs = dict(s.attrs)
        if id(s) not in seen:
            seen.add(id(s))
        else:
            attrs["class"] = attrs.get("class", "") + " cont"
            attrs.pop("title", None)
        return f"<{s.tag} " + " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs.items()) + ">"

    for i, pos in enumerate(bounds[:-1]):
        # Close spans that end here (reopening any inner ones that continue).
        ending = [s for s in open_stack if s.end <= pos]
        if ending:
            cut = min(open_stack.index(s) for s in ending)
            reopen = [s for s in open_stack[cut:] if s.end > pos]
            for s in reversed(open_stack[cut:]):
                out.append(f"</{s.tag}>")
            del open_stack[cut:]
            for s in reopen:
                out.append(open_tag(s))
                open_stack.append(s)
        # Open new spans, longest first, so shorter ones nest inside.
        for s in sorted(starting.get(pos, []), key=lambda s: (-(s.end - s.start), s.order)):
            out.append(open_tag(s))
            open_stack.append(s)
        out.append(html.escape(text[pos:bounds[i + 1]]))
    for s in reversed(open_stack):
        out.append(f"</{s.tag}>")
    return Markup("".join(out))


# ---- events -----------------------------------------------------------------------------------
EVENT_SORTS = {"date": lambda e: (e["period"]["earliest"] or "9999", e["id"]), "type": lambda e: (e["type"], e["id"]),
               "place": lambda e: (", ".join(e["places"]).lower() or "~", e["id"]),
               "killed": lambda e: (e["counts"]["high"] or e["counts"]["low"] or -1, e["id"]),
               "sources": lambda e: (len(e["sources"]), e["id"]), "claims": lambda e: (len(e["claims"]), e["id"]),
               "title": lambda e: (e["title"].lower(), e["id"])}


EVENTS_PAGE = 200


@router.get("/events", response_class=HTMLResponse)
def events_page(current: Page = Depends(page("read")), sort: str = "date", dir: str = "asc",  # noqa: A002
                type: str = "", month: str = "", prefecture: str = "",  # noqa: A002
                offset: int = 0) -> Response:
    from factfinder.web.api import cached_for_state, record_events, record_state

    state = record_state(current.wb)
    events = record_events(current.wb, state)  # shared between requests: filtered and sorted as copies below

    def overview() -> tuple:
        # The charts and counts are of the whole record: the same for every request until it changes.
        return (Counter(e["type"] for e in events).most_common(), charts.timeline_svg(events),
                charts.map_svg(events))

    type_counts, timeline, event_map = cached_for_state(current.wb, "events-overview", overview, state)
    types = sorted(t for t, _ in type_counts)
    shown = [e for e in events if (not type or e["type"] == type)
             and (not month or (e["period"]["earliest"] or "").startswith(month))
             and (not prefecture or prefecture in charts.event_prefectures(e))]
    key = EVENT_SORTS.get(sort, EVENT_SORTS["date"])
    shown.sort(key=key, reverse=dir == "desc")
    names = {p.id: p.name for p in charts.prefectures_1994()}
    filters = {k: v for k, v in (("type", type), ("month", month), ("prefecture", prefecture)) if v}
    offset = max(0, offset)
    return current.render("events.html", events=shown[offset:offset + EVENTS_PAGE], matching=len(shown),
                          offset=offset, step=EVENTS_PAGE, total=len(events), types=types, type=type, month=month,
                          prefecture=prefecture, prefecture_name=names.get(prefecture, prefecture),
                          month_name=charts.month_label(month) if month else "", sort=sort, dir=dir,
                          type_counts=type_counts, filters=filters,
                          query=lambda **kw: urlencode({**filters, "sort": sort, "dir": dir, **kw}),
                          timeline=Markup(timeline), map=Markup(event_map),
                          nav="events")


@router.post("/record/rebuild", response_class=HTMLResponse)
async def rebuild_record(current: Page = Depends(action("write"))) -> Response:
    wb = current.wb

    def work(job: PageJob) -> dict:
        job.phase = "rebuilding the record"
        return wb.rebuild(lambda message: setattr(job, "phase", message))

    job = _jobs(current.request).start(current.principal.name, "rebuild", work)
    return _job_view(current, job)


@router.get("/events/{ref}", response_class=HTMLResponse)
def event_page(ref: str, current: Page = Depends(page("read"))) -> Response:
    event = current.wb.event(ref)
    cited = {c["source_id"] for c in event["claims"]} | {l["source_id"] for l in event["information_links"]}
    visible = _visible(current.wb, cited)
    grades = _grades(current.wb, cited)
    return current.render("event.html", event=event, visible=visible, grades=grades,
                          summary=_event_in_words(event), nav="events")


def _event_in_words(event: dict) -> list[str]:
    """Credibility explained the way an analyst would say it, from the record's own counts."""
    claims = event["claims"]
    levels = [c["credibility"]["level"] for c in claims if c.get("credibility")]
    sources = event["sources"]
    words = [f"This event rests on {len(claims)} claim{'s' if len(claims) != 1 else ''} from "
             f"{len(sources)} source{'s' if len(sources) != 1 else ''}."]
    if levels:
        best = min(levels)
        from factfinder.record.credibility import LEVEL_WORDS

        words.append(f"Its best-supported claim is rated {best} — {LEVEL_WORDS[best]} (on the scale 1 confirmed by "
                     f"independent sources … 6 cannot be judged).")
    links = event.get("information_links") or []
    eyewitness = [l for l in links if l["connection"] in ("eyewitness", "participant")]
    if eyewitness:
        words.append(f"{len(eyewitness)} source(s) are eyewitness or participant accounts.")
    elif links:
        words.append("No source is an eyewitness or participant account; the sources report it at second hand "
                     "or from records.")
    if event.get("contradictions"):
        words.append(f"Sources disagree on {len(event['contradictions'])} point(s); see the contradictions below.")
    return words


@router.get("/contradictions", response_class=HTMLResponse)
def contradictions_page(current: Page = Depends(page("read"))) -> Response:
    return current.render("contradictions.html", rows=current.wb.contradictions(), nav="contradictions")


@router.get("/accountability", response_class=HTMLResponse)
def accountability_page(current: Page = Depends(page("read"))) -> Response:
    from factfinder.record.accountability import accountability_table, list_proceedings

    rows = accountability_table(current.wb)
    return current.render("accountability.html", rows=rows, proceedings=len(list_proceedings(current.wb)),
                          nav="accountability")


# ---- check a text -----------------------------------------------------------------------------
def _check_function() -> tuple[Callable | None, str | None]:
    try:
        from factfinder.check import check_text
    except ImportError as exc:
        return None, (f"Checking is not available in this installation ({exc}). The record, sources and "
                      "events pages still work.")
    return check_text, None


@router.get("/check", response_class=HTMLResponse)
def check_page(current: Page = Depends(page("read"))) -> Response:
    check, missing = _check_function()
    return current.render("check.html", missing=missing, nav="check")


@router.post("/check", response_class=HTMLResponse)
async def run_check(current: Page = Depends(action("read"))) -> Response:
    check, missing = _check_function()
    if check is None:
        return HTMLResponse(f'<p class="flash error" role="alert">{html.escape(missing or "")}</p>', status_code=501)
    form = await current.request.form()
    text = str(form.get("text") or "")
    upload_file = form.get("file")
    if hasattr(upload_file, "filename") and upload_file.filename:
        data = await upload_file.read()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return HTMLResponse('<p class="flash error" role="alert">The file is not UTF-8 text. Paste the text, '
                                'or save the file as UTF-8.</p>', status_code=400)
    if not text.strip():
        return HTMLResponse('<p class="flash error" role="alert">Paste a text or choose a file to check.</p>',
                            status_code=400)
    language = str(form.get("language") or "").strip() or None
    wb = current.wb

    def work(job: PageJob) -> dict:
        job.phase = "checking against the record"
        report = check(wb, text, language=language, progress=lambda message: setattr(job, "phase", message))
        data = report.to_dict()
        return {"report": data, "text": highlight(text, _check_spans(data)), "object": report}

    job = _jobs(current.request).start(current.principal.name, "check", work)
    return _job_view(current, job)


@router.get("/jobs/{job_id}/report.html")
def check_report_download(job_id: str, current: Page = Depends(page("read"))) -> Response:
    """The finished check as one self-contained HTML page (no script, no external asset), to keep."""
    from factfinder.check.render import to_html

    job = _jobs(current.request).get(job_id, current.principal.name)
    if job.kind != "check" or job.state != "done":
        raise _Refused(404, "This job has no finished check report.")
    return HTMLResponse(to_html(job.result["object"]), headers={
        "Content-Disposition": f'attachment; filename="check-report-{job_id[:8]}.html"'})


def _check_spans(data: dict) -> list[Span]:
    """The checked text's highlights: claims by verdict, rhetoric markers, arithmetic."""
    spans = []
    for i, c in enumerate(data["claims"]):
        verdict = c["verdict"].replace("_", " ")
        spans.append(Span(c["start"], c["end"], "span", {"class": f"chk v-{c['verdict']}", "data-claim-check": str(i),
                                                         "title": f"{verdict}: {c['explanation']}"}, 0))
    for i, m in enumerate(data["markers"]):
        technique = m["technique"].replace("_", " ")
        spans.append(Span(m["start"], m["end"], "mark", {"class": f"marker voice-{m['voice']}", "data-marker": str(i),
                                                         "title": f"{technique} ({m['voice']} voice)"}, 1))
    for i, a in enumerate(data["arithmetic"]):
        cls = "arith bad" if a["consistent"] is False else "arith"
        spans.append(Span(a["start"], a["end"], "span", {"class": cls, "data-arith": str(i),
                                                         "title": a["explanation"] or a["stated"]}, 2))
    return spans


# ---- estimation -------------------------------------------------------------------------------
PAIRS_PAGE = 25


@router.get("/estimation", response_class=HTMLResponse)
def estimation_page(current: Page = Depends(page("sensitive")), show: str = "undecided",
                    offset: int = 0) -> Response:
    from factfinder.estimate.lists import list_summaries
    from factfinder.estimate.workflow import review_pairs

    lists = list_summaries(current.wb)
    try:
        pairs = review_pairs(current.wb)
    except NotFound:
        pairs = None  # no linkage run yet
    undecided = sum(1 for p in pairs or [] if not p["decision"])
    chosen = [p for p in pairs or [] if show == "all" or not p["decision"]]
    offset = max(0, offset)
    return current.render("estimation.html", lists=lists, pairs=pairs, undecided=undecided, show=show,
                          shown=chosen[offset:offset + PAIRS_PAGE], chosen=len(chosen), offset=offset,
                          step=PAIRS_PAGE, nav="estimation")


@router.post("/estimation/pairs/{pair_id}", response_class=HTMLResponse)
async def decide_pair(pair_id: int, current: Page = Depends(action("sensitive"))) -> Response:
    from factfinder.estimate.workflow import decide_pair as decide

    current.need("review")
    form = await current.request.form()
    result = decide(current.wb, pair_id, str(form.get("decision") or ""))
    return HTMLResponse(f'<span class="decided" role="status">{html.escape(result["decision"].replace("_", " "))}'
                        f"</span>")


@router.post("/estimation/link", response_class=HTMLResponse)
async def run_link(current: Page = Depends(action("sensitive"))) -> Response:
    from factfinder.estimate.workflow import link_lists

    current.need("write")
    wb = current.wb

    def work(job: PageJob) -> dict:
        result = link_lists(wb, progress=lambda message: setattr(job, "phase", message))
        return {"summary": result["summary"], "review_queue": result["review_queue"]}

    job = _jobs(current.request).start(current.principal.name, "link", work)
    return _job_view(current, job)


@router.post("/estimation/run", response_class=HTMLResponse)
async def run_estimate(current: Page = Depends(action("sensitive"))) -> Response:
    from factfinder.estimate.workflow import estimate_from_store

    current.need("write")
    form = await current.request.form()
    method = str(form.get("method") or "all")
    if method not in ("all", "lcmcr", "loglinear", "chapman"):
        raise _Refused(400, "Choose a method: all, lcmcr, loglinear or chapman.")
    seed_text = str(form.get("seed") or "").strip()
    seed = int(seed_text) if seed_text.isdecimal() else None
    wb = current.wb

    def work(job: PageJob) -> dict:
        from factfinder.estimate.plot import plot_report

        job.phase = "estimating"

        def progress(done: int, total: int) -> None:
            job.done, job.total = done, total

        report, sensitivity = estimate_from_store(wb, method, seed, None, progress=progress)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "estimate.png"
            plot_report(report, path)
            png = base64.b64encode(path.read_bytes()).decode("ascii")
        return {"text": report.to_text(), "plot": png, "sensitivity": sensitivity}

    job = _jobs(current.request).start(current.principal.name, "estimate", work)
    return _job_view(current, job)


# ---- search, custody, users -------------------------------------------------------------------
@router.get("/search", response_class=HTMLResponse)
def search_page(current: Page = Depends(page("read")), q: str = "") -> Response:
    results = []
    if q.strip():
        for hit in current.wb.search(q, limit=50):  # only hits in sources the user may see
            spans = [Span(a, b, "mark", {"class": "hit"}) for a, b in hit.get("highlights") or []]
            results.append({**hit, "html": highlight(hit["snippet"], spans)})
    return current.render("search.html", q=q, results=results, nav="search")


CUSTODY_PAGE = 200


@router.get("/custody", response_class=HTMLResponse)
def custody_page(current: Page = Depends(page("read")), object_id: str = "", page_no: int = 0) -> Response:
    entries = current.wb.custody_log(object_id or None)
    entries.reverse()  # newest first
    total = len(entries)
    shown = entries[page_no * CUSTODY_PAGE:(page_no + 1) * CUSTODY_PAGE]
    return current.render("custody.html", entries=shown, total=total, object_id=object_id, page_no=page_no,
                          pages=(total + CUSTODY_PAGE - 1) // CUSTODY_PAGE, nav="custody")


def _roles() -> tuple[str, ...]:
    from factfinder.security import ROLES

    return tuple(ROLES)


def _account_admin(current: Page) -> Any:
    """Security acting as the logged-in admin, so account changes are logged in their name."""
    from factfinder.security import Security

    return Security(current.wb)


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(current: Page = Depends(page("admin"))) -> Response:
    return current.render("users.html", users=_account_admin(current).list_users(), roles=_roles(), nav="users")


@router.post("/admin/users", response_class=HTMLResponse)
async def add_user(current: Page = Depends(action("admin"))) -> Response:
    form = await current.request.form()
    name, role = str(form.get("name") or "").strip(), str(form.get("role") or "").strip()
    password = str(form.get("password") or "")
    error = None
    try:
        _account_admin(current).add_user(name, role, password)
    except (FactfinderError, ValueError) as exc:
        error = str(exc)
    return current.render("users.html", users=_account_admin(current).list_users(), roles=_roles(), nav="users",
                          error=error,
                          added=None if error else name, http_status=400 if error else 200)


@functools.lru_cache(maxsize=1)
def _version() -> str:
    from factfinder import __version__

    return __version__


templates.env.globals["version"] = _version
