"""Property-based tests of the REST API from its own OpenAPI description (schemathesis):
whatever a client sends, the server answers without a 5xx, and with the shape it documents.

Runs in-process over ASGI as an admin (every route reachable), at most 15 examples per
operation (fewer for the deliberately slow login). Operations that start heavy background
work (upload with extraction, linkage, estimation), load large models (check) or hash
passwords (users) are covered by tests/test_api.py instead.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from factfinder.config import Config
from factfinder.security import Principal
from factfinder.web.app import create_app

HEAVY = r"^/api/v1/(sources|extract|link|estimate|check|users)$"
# Each login hashes a password (argon2, deliberately slow); each rebuild queues a job.
FEWER = {"POST /api/v1/token": 4, "POST /api/v1/rebuild": 4}


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    home = tmp_path_factory.mktemp("schema") / "home"
    app = create_app(Config(home=home, user="server"))
    app.state.security.add_user("admin1", "admin", "correct horse battery staple")
    docs = home / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("On 7 April 1994 militia killed 200 people at Nyamata church.", encoding="utf-8")
    (docs / "b.txt").write_text("Témoignage recueilli à Butare en 1995.", encoding="utf-8")
    app.state.wb.ingest([docs], {"kind": "report"})
    token = app.state.security.issue_token(Principal("admin1", "admin"), 3600)
    yield app, token
    app.state.jobs.shutdown()
    app.state.wb.close()


def test_no_server_errors_and_documented_shapes(served):
    app, token = served
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app).exclude(method="POST", path_regex=HEAVY)
    headers = {"Authorization": f"Bearer {token}"}
    failures, operations = [], 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1

        @given(case=operation.as_strategy())
        @settings(max_examples=FEWER.get(operation.label, 15), deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case) -> None:  # noqa: ANN001
            response = case.call(headers=headers)
            case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])

        try:
            run()
        except Exception as exc:  # noqa: BLE001 - collect every operation's failure, then report them all
            failures.append(f"{operation.label}: {str(exc)[:1500]}")
    assert operations >= 30
    assert not failures, "\n\n".join(failures)
