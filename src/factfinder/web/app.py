"""The web application: the REST API under /api/v1 and, when installed, the HTML pages.

    from factfinder.web.app import create_app
    app = create_app(Config.from_env())        # then: uvicorn.run(app) or `factfinder serve`

One Workbench per application; every request gets a view of it scoped to the caller
(factfinder.security.workbench_for), sharing its engine and connection pool.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from factfinder import __version__
from factfinder.config import Config
from factfinder.errors import FactfinderError
from factfinder.web.api import API_PREFIX, Jobs, api_docs_page, router as api_router, status_for
from factfinder.web.deps import ApiError

log = logging.getLogger("factfinder.web")
STATIC = Path(__file__).resolve().parent / "static"

HTTP_CODES = {400: "bad_request", 401: "not_authenticated", 403: "forbidden", 404: "not_found",
              405: "method_not_allowed", 409: "conflict", 413: "too_large", 415: "unsupported_media_type",
              422: "invalid_input", 423: "locked", 429: "too_many_requests", 501: "not_implemented"}


def create_app(config: Config | None = None) -> FastAPI:
    from factfinder.security import Security
    from factfinder.workbench import Workbench

    wb = Workbench(config or Config.from_env())

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # noqa: ANN202
        yield
        app.state.jobs.shutdown()
        app.state.wb.close()

    app = FastAPI(title="factfinder", version=__version__, lifespan=lifespan,
                  description="An evidence workbench for investigations of mass atrocities. "
                              "Every route but POST /api/v1/token needs `Authorization: Bearer TOKEN`.",
                  openapi_url=f"{API_PREFIX}/openapi.json", docs_url=None, redoc_url=None)
    app.state.wb = wb
    app.state.security = Security(wb)
    app.state.jobs = Jobs()

    _install_error_handlers(app)
    app.include_router(api_router, prefix=API_PREFIX)
    app.add_api_route(f"{API_PREFIX}/docs", api_docs_page, methods=["GET"], include_in_schema=False,
                      response_class=HTMLResponse)
    pages = _pages_module()
    if pages is not None:
        app.include_router(pages.router, include_in_schema=False)
    if STATIC.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def _pages_module():  # noqa: ANN202
    try:
        from factfinder.web import pages
    except ModuleNotFoundError as exc:
        if exc.name != "factfinder.web.pages":
            raise
        return None
    return pages


def _error(status: int, code: str, message: str, headers: dict | None = None, **extra: object) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, **extra}}, status_code=status, headers=headers)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX) or "text/html" not in request.headers.get("accept", "")


def _render_page_error(request: Request, status: int, code: str, message: str):  # noqa: ANN202
    """Errors on HTML pages go through the pages' own error page when it has one."""
    pages = _pages_module()
    render = getattr(pages, "render_error", None) if pages else None
    if render is not None:
        return render(request, status, code, message)
    return HTMLResponse(f"<!doctype html><title>{status}</title><h1>{status}</h1><p>{_escape(message)}</p>",
                        status_code=status)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _install_error_handlers(app: FastAPI) -> None:
    def respond(request: Request, status: int, code: str, message: str, headers: dict | None = None,
                **extra: object):  # noqa: ANN202
        if _wants_json(request):
            return _error(status, code, message, headers, **extra)
        return _render_page_error(request, status, code, message)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):  # noqa: ANN202
        return respond(request, exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(FactfinderError)
    async def factfinder_error(request: Request, exc: FactfinderError):  # noqa: ANN202
        return respond(request, status_for(exc), exc.code.name, str(exc))

    @app.exception_handler(ValueError)
    async def value_error(request: Request, exc: ValueError):  # noqa: ANN202
        # The estimation modules raise ValueError subclasses whose messages say what to fix;
        # any other ValueError is a bug and stays a 500.
        if not type(exc).__module__.startswith("factfinder.estimate"):
            log.exception("unexpected error on %s", request.url.path)
            return respond(request, 500, "internal_error", "Internal error; the server log has the details.")
        return respond(request, 422, "invalid_input", str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):  # noqa: ANN202
        problems = []
        for err in exc.errors():
            where = ".".join(str(part) for part in err.get("loc", ()))
            problems.append({"field": where, "message": err.get("msg", "invalid")})
        message = "; ".join(f"{p['field']}: {p['message']}" for p in problems) or "Invalid request."
        return respond(request, 422, "invalid_input", message, details=problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):  # noqa: ANN202
        code = HTTP_CODES.get(exc.status_code, f"http_{exc.status_code}")
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"No route {request.url.path}. The API is described at {API_PREFIX}/openapi.json."
        return respond(request, exc.status_code, code, message, getattr(exc, "headers", None))

