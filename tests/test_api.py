"""The REST API (/api/v1): every route, its permission, its errors and its pagination.

One store with real extraction serves most tests (spaCy loads once); the source list,
which queries the store itself, also runs against PostgreSQL.
"""

from __future__ import annotations

import csv
import io
import json
import time
import zipfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from factfinder.config import Config
from factfinder.security import Security
from factfinder.security.lockout import MAX_FAILURES
from factfinder.web.app import create_app

PASSWORD = "correct horse battery staple"
ROLES = ("admin", "analyst", "reviewer", "viewer")
NYAMATA = ("On 7 April 1994 Interahamwe militia killed 2,000 Tutsi at the Nyamata church in Bugesera, "
           "according to Human Rights Watch. On 8 April 1994 soldiers killed 300 people at Ntarama church.")
AFRICAN_RIGHTS = ("African Rights reported that about 5,000 people were killed at Nyamata church on 7 April 1994 "
                  "by Interahamwe militia.")
PROCEEDINGS = Path(__file__).resolve().parents[1] / "src" / "factfinder" / "data" / "proceedings" / \
    "rwanda1994_proceedings.csv"


class Api:
    """A test client with one logged-in user per role."""

    def __init__(self, client: TestClient, security: Security, roles: tuple[str, ...] = ROLES) -> None:
        self.client, self.security = client, security
        self.headers = {role: self.login(f"{role}1") for role in roles}

    def login(self, name: str, password: str = PASSWORD) -> dict:
        response = self.client.post("/api/v1/token", data={"username": name, "password": password})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    def call(self, method: str, path: str, role: str = "analyst", **kwargs):  # noqa: ANN201
        return self.client.request(method, f"/api/v1{path}", headers=self.headers[role], **kwargs)

    def get(self, path: str, role: str = "analyst", **kwargs):  # noqa: ANN201
        return self.call("GET", path, role, **kwargs)

    def wait(self, job: dict, role: str = "analyst", timeout: float = 120) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            current = self.get(f"/jobs/{job['id']}", role).json()
            if current["status"] in ("done", "failed"):
                return current
            time.sleep(0.05)
        raise AssertionError(f"job {job['id']} did not finish: {current}")

    def upload(self, files: list[tuple[str, bytes]], role: str = "analyst", **form) -> dict:
        response = self.call("POST", "/sources", role, files=[("files", (n, b, "application/octet-stream"))
                                                               for n, b in files], data=form)
        assert response.status_code == 202, response.text
        return self.wait(response.json(), role)


def make_api(home: Path, db_url: str | None = None, roles: tuple[str, ...] = ROLES) -> tuple[TestClient, Api]:
    app = create_app(Config(home=home, db_url=db_url, user="server"))
    security = app.state.security
    for role in roles:
        security.add_user(f"{role}1", role, PASSWORD)
    client = TestClient(app)
    client.__enter__()
    return client, Api(client, security, roles)


@pytest.fixture(scope="module")
def api(tmp_path_factory) -> Api:
    """A store with two extracted reports (events, mentions, claims) and a few plain sources."""
    client, api = make_api(tmp_path_factory.mktemp("api") / "home")
    job = api.upload([("nyamata.txt", NYAMATA.encode()), ("african_rights.txt", AFRICAN_RIGHTS.encode())],
                     kind="report", publisher="Human Rights Watch", language="en")
    assert job["status"] == "done", job
    by_name = {o["path"]: o["source_id"] for o in job["result"]["outcomes"]}
    api.extracted = [by_name["nyamata.txt"], by_name["african_rights.txt"]]
    job = api.upload([(f"note{i}.txt", f"Plain note number {i} about Kigali.".encode()) for i in range(3)],
                     kind="testimony", language="fr", publisher="Ibuka", extract="false")
    assert job["result"]["added"] == 3
    api.notes = [o["source_id"] for o in job["result"]["outcomes"]]
    yield api
    client.__exit__(None, None, None)


# ---- authentication and permissions ------------------------------------------------------------

def test_token_for_good_credentials_and_401_for_bad(api):
    good = api.client.post("/api/v1/token", data={"username": "viewer1", "password": PASSWORD})
    assert good.status_code == 200 and good.json()["token_type"] == "bearer"
    me = api.client.get("/api/v1/me", headers={"Authorization": f"Bearer {good.json()['access_token']}"}).json()
    assert me == {"name": "viewer1", "role": "viewer", "permissions": ["read"]}
    bad = api.client.post("/api/v1/token", data={"username": "viewer1", "password": "wrong password here"})
    assert bad.status_code == 401
    assert bad.json()["error"]["code"] == "E501"
    assert bad.headers["www-authenticate"] == "Bearer"
    unknown_token = api.client.get("/api/v1/sources", headers={"Authorization": "Bearer not-a-token"})
    assert unknown_token.status_code == 401 and unknown_token.json()["error"]["code"] == "not_authenticated"


def test_repeated_failures_lock_the_account_with_423(api):
    api.security.add_user("guessed", "viewer", PASSWORD)
    for _ in range(MAX_FAILURES):
        api.client.post("/api/v1/token", data={"username": "guessed", "password": "not the password"})
    locked = api.client.post("/api/v1/token", data={"username": "guessed", "password": PASSWORD})
    assert locked.status_code == 423
    assert locked.json()["error"]["code"] == "E502"
    assert "locked" in locked.json()["error"]["message"]


def test_every_route_but_token_needs_a_bearer_token(api):
    spec = api.client.get("/api/v1/openapi.json").json()
    checked = 0
    for path, operations in spec["paths"].items():
        for method in operations:
            if path == "/api/v1/token":
                continue
            concrete = path.replace("{ref}", "abc").replace("{mention_id}", "1").replace("{event_id}", "ev") \
                .replace("{entity_id}", "1").replace("{pair_id}", "1").replace("{job_id}", "x")
            response = api.client.request(method.upper(), concrete)
            assert response.status_code == 401, (method, path, response.text)
            assert response.json()["error"]["code"] == "not_authenticated"
            checked += 1
    assert checked >= 35


@pytest.mark.parametrize("role,method,path,body,allowed", [
    ("viewer", "PATCH", "/sources/{note}", {"title": "x"}, False),
    ("reviewer", "PATCH", "/sources/{note}", {"title": "x"}, False),
    ("viewer", "PUT", "/sources/{note}/grade", {"grade": "B", "reason": "r"}, False),
    ("viewer", "POST", "/mentions/1/review", {"decision": "accept"}, False),
    ("viewer", "POST", "/rebuild", None, False),
    ("reviewer", "GET", "/lists", None, False),
    ("analyst", "GET", "/users", None, False),
    ("analyst", "GET", "/verify", None, False),
    ("admin", "GET", "/verify", None, True),
    ("viewer", "GET", "/events", None, True),
])
def test_roles_limit_routes_with_403(api, role, method, path, body, allowed):
    response = api.call(method, path.format(note=api.notes[0]), role, json=body)
    if allowed:
        assert response.status_code == 200, response.text
    else:
        assert response.status_code == 403, response.text
        error = response.json()["error"]
        assert error["code"] == "forbidden" and role in error["message"]


# ---- sources ---------------------------------------------------------------------------------

def test_source_list_filters_sorts_and_pages(api):
    everything = api.get("/sources").json()
    assert everything["total"] == 5 and everything["next_offset"] is None
    first = api.get("/sources", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2 and first["total"] == 5
    second = api.get("/sources", params={"limit": 2, "offset": 2}).json()
    last = api.get("/sources", params={"limit": 2, "offset": 4}).json()
    ids = [s["id"] for page in (first, second, last) for s in page["items"]]
    assert sorted(ids) == sorted(s["id"] for s in everything["items"]) and len(set(ids)) == 5
    assert last["next_offset"] is None

    testimonies = api.get("/sources", params={"kind": "testimony"}).json()
    assert testimonies["total"] == 3 and {s["kind"] for s in testimonies["items"]} == {"testimony"}
    assert api.get("/sources", params={"language": "en"}).json()["total"] == 2
    assert api.get("/sources", params={"publisher": "rights wat"}).json()["total"] == 2
    assert [s["filename"] for s in api.get("/sources", params={"q": "note1"}).json()["items"]] == ["note1.txt"]
    by_name = api.get("/sources", params={"sort": "-size"}).json()["items"]
    assert [s["size"] for s in by_name] == sorted((s["size"] for s in by_name), reverse=True)
    assert api.get("/sources", params={"q": "100%_"}).json()["total"] == 0  # LIKE wildcards are literal


def test_source_list_on_both_backends(store_url, home):
    client, api = make_api(home, store_url, roles=("analyst",))
    try:
        job = api.upload([(f"r{i}.txt", f"Report {i} on Butare, by the commission.".encode()) for i in range(7)],
                         kind="report", publisher="UN Commission of Experts", extract="false")
        assert job["result"]["added"] == 7
        page = api.get("/sources", params={"limit": 3, "offset": 3, "sort": "title",
                                           "publisher": "commission OF"}).json()
        assert page["total"] == 7 and page["next_offset"] == 6
        assert [s["title"] for s in page["items"]] == sorted(s["title"] for s in page["items"])
        assert api.get("/sources", params={"q": "R4"}).json()["items"][0]["filename"] == "r4.txt"
    finally:
        client.__exit__(None, None, None)


def test_source_detail_text_passages_and_prefix(api):
    source_id = api.extracted[0]
    detail = api.get(f"/sources/{source_id[:10]}").json()
    assert detail["source"]["id"] == source_id and detail["source"]["filename"] == "nyamata.txt"
    assert detail["counts"]["mentions"] >= 5 and detail["counts"]["claims"] >= 1
    assert detail["grade"]["proposed"] is True
    text = api.get(f"/sources/{source_id}/text").json()["text"]
    assert text == NYAMATA
    passages = api.get(f"/sources/{source_id}/passages").json()
    assert passages and all(text[p["start"]:p["end"]] == p["text"] for p in passages)
    claims = api.get(f"/sources/{source_id}/claims").json()
    assert any("2,000" in c["text"] for c in claims) and all(text[c["start"]:c["end"]] == c["text"] for c in claims)
    places = api.get(f"/sources/{source_id}/mentions", params={"type": "place"}).json()
    assert {"Nyamata church", "Ntarama church"} <= {m["text"] for m in places}


def test_unknown_source_is_404_with_catalogue_code(api):
    response = api.get("/sources/ffffffffffff/text")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "E301"
    assert "ffffffffffff" in response.json()["error"]["message"]


def test_metadata_edit_is_logged_in_the_users_name(api):
    source_id = api.notes[1]
    updated = api.call("PATCH", f"/sources/{source_id}", json={"title": "Testimony of a survivor",
                                                               "published": "1995-03"})
    assert updated.status_code == 200, updated.text
    assert updated.json()["title"] == "Testimony of a survivor" and updated.json()["provenance"]["title"] == "edit"
    log = api.get(f"/sources/{source_id}/custody").json()
    assert log[-1]["action"] == "metadata_change" and log[-1]["actor"] == "analyst1"
    assert log[-1]["details"]["after"] == {"title": "Testimony of a survivor", "published": "1995-03"}
    bad = api.call("PATCH", f"/sources/{source_id}", json={"published": "March 1995"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "E202"
    unknown = api.call("PATCH", f"/sources/{source_id}", json={"colour": "red"})
    assert unknown.status_code == 422 and unknown.json()["error"]["code"] == "invalid_input"


def test_witness_details_are_redacted_for_viewers(api):
    source_id = api.notes[2]
    response = api.call("PATCH", f"/sources/{source_id}", json={"witness_name": "Jeanne M."})
    assert response.status_code == 200, response.text
    assert response.json()["sensitive"] == {"witness_name": "Jeanne M."}
    as_viewer = api.get("/sources", "viewer", params={"q": "note2"}).json()["items"][0]
    assert as_viewer["sensitive"] == {"witness_name": "[redacted]"}
    assert "Jeanne" not in json.dumps(api.get(f"/sources/{source_id}", "viewer").json())
    as_analyst = api.get("/sources", params={"q": "note2"}).json()["items"][0]
    assert as_analyst["sensitive"] == {"witness_name": "Jeanne M."}


def test_confidential_sources_are_hidden_from_other_users(api, tmp_path):
    client, other = make_api(tmp_path / "home", roles=("analyst", "viewer", "admin"))
    try:
        job = other.upload([("secret.txt", b"A confidential statement about Murambi."),
                            ("open.txt", b"An open statement about Murambi.")], extract="false")
        secret = next(o["source_id"] for o in job["result"]["outcomes"] if o["path"] == "secret.txt")
        other.security.set_confidential(secret, True)
        assert other.get("/sources", "viewer").json()["total"] == 1
        assert other.get(f"/sources/{secret}", "viewer").status_code == 404
        assert [h["title"] for h in other.get("/search", "viewer", params={"q": "Murambi"}).json()] == ["open"]
        assert other.get("/sources", "admin").json()["total"] == 2
        assert other.get(f"/sources/{secret}", "admin").status_code == 200
        hidden = [e for e in other.get("/custody", "viewer").json()["items"] if e["object_id"] == secret]
        assert hidden == []
    finally:
        client.__exit__(None, None, None)


def test_upload_reports_each_file_and_rejects_bad_ones(api):
    job = api.upload([("empty.txt", b""), ("nyamata.txt", NYAMATA.encode()), ("x.exe", b"MZ\x00\x01")],
                     extract="false")
    statuses = {o["path"]: (o["status"], o.get("error_code")) for o in job["result"]["outcomes"]}
    assert statuses == {"empty.txt": ("failed", "E102"), "nyamata.txt": ("duplicate", None),
                        "x.exe": ("failed", "E110")}
    assert all("/uploads/" not in (o.get("error") or "") for o in job["result"]["outcomes"])
    nameless = api.call("POST", "/sources", files=[("files", ("../", b"text", "text/plain"))])
    assert nameless.status_code == 422 and nameless.json()["error"]["code"] == "E202"
    assert api.call("POST", "/sources", files=[]).status_code == 422


def test_upload_over_the_size_limit_is_413(tmp_path):
    app = create_app(Config(home=tmp_path / "home", user="server", max_size=100))
    app.state.security.add_user("ana", "analyst", PASSWORD)
    with TestClient(app) as client:
        token = client.post("/api/v1/token", data={"username": "ana", "password": PASSWORD}).json()["access_token"]
        response = client.post("/api/v1/sources", headers={"Authorization": f"Bearer {token}"},
                               files=[("files", ("big.txt", b"x" * 101, "text/plain"))])
    assert response.status_code == 413 and response.json()["error"]["code"] == "E103"


def test_deletion_request_is_logged(api):
    response = api.call("POST", f"/sources/{api.notes[0]}/deletion-request", json={"reason": "duplicate scan"})
    assert response.status_code == 201
    entry = api.get("/custody", params={"after": response.json()["seq"] - 1, "limit": 1}).json()["items"][0]
    assert entry["action"] == "deletion_request" and entry["details"] == {"reason": "duplicate scan"}
    assert entry["actor"] == "analyst1"
    assert api.call("POST", f"/sources/{api.notes[0]}/deletion-request", json={"reason": ""}).status_code == 422


# ---- review ----------------------------------------------------------------------------------

def test_review_accept_reject_edit_and_bulk(api):
    mentions = api.get(f"/sources/{api.extracted[0]}/mentions", params={"status": "suggested"}).json()
    figure = next(m for m in mentions if m["type"] == "figure" and m["text"] == "2,000")
    date = next(m for m in mentions if m["type"] == "date")
    accepted = api.call("POST", f"/mentions/{date['id']}/review", "reviewer", json={"decision": "accept"})
    assert accepted.status_code == 200 and accepted.json()["status"] == "confirmed"
    edited = api.call("POST", f"/mentions/{figure['id']}/review", "reviewer",
                      json={"decision": "edit", "changes": {"counted": "killed"}})
    assert edited.json()["status"] == "edited" and edited.json()["normalized"]["counted"] == "killed"
    log = api.get(f"/custody", params={"object_id": str(figure["id"])}).json()["items"]
    assert log[-1]["action"] == "review_decision" and log[-1]["actor"] == "reviewer1"

    others = [m["id"] for m in mentions if m["id"] not in (figure["id"], date["id"])][:2]
    bulk = api.call("POST", "/mentions/review", "reviewer",
                    json={"decisions": [{"id": others[0], "decision": "reject"},
                                        {"id": others[1], "decision": "accept"}]})
    assert [m["status"] for m in bulk.json()] == ["rejected", "confirmed"]
    missing = api.call("POST", "/mentions/review", "reviewer",
                       json={"decisions": [{"id": others[0], "decision": "accept"},
                                           {"id": 999999, "decision": "accept"}]})
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "E309"
    unchanged = api.get(f"/sources/{api.extracted[0]}/mentions", params={"status": "rejected"}).json()
    assert [m["id"] for m in unchanged] == [others[0]]  # nothing of the failed batch was applied
    assert api.call("POST", "/mentions/1/review", json={"decision": "maybe"}).status_code == 422


# ---- search and the record -------------------------------------------------------------------

def test_search_finds_passages_with_highlights(api):
    hits = api.get("/search", params={"q": "Nyamata church"}).json()
    assert {h["source_id"] for h in hits} == set(api.extracted)
    for hit in hits:
        start, end = hit["highlights"][0]
        assert hit["snippet"][start:end].lower() in ("nyamata", "church")
    assert api.get("/search", params={"q": '"nothing like this"'}).json() == []
    assert api.get("/search", params={"q": ""}).status_code == 422


def test_events_filter_sort_and_detail(api):
    events = api.get("/events").json()
    assert events["total"] == 2
    record = api.client.app.state.wb.events()  # what the library says, in its order
    assert events["items"] == record
    assert api.get("/events", params={"sort": "-date"}).json()["items"] == record[::-1]
    assert api.get("/events", params={"limit": 1, "offset": 1}).json()["items"] == record[1:]
    nyamata = next(e for e in events["items"] if "Nyamata church" in e["places"])
    assert nyamata["period"] == {"earliest": "1994-04-07", "latest": "1994-04-07"}
    assert sorted(nyamata["sources"]) == sorted(api.extracted)
    assert [e["id"] for e in api.get("/events", params={"place": "ntarama"}).json()["items"]] != [nyamata["id"]]
    assert api.get("/events", params={"perpetrator": "interahamwe"}).json()["items"][0]["id"] == nyamata["id"]
    assert api.get("/events", params={"since": "1994-04-08"}).json()["total"] == 1
    assert api.get("/events", params={"until": "1994-04"}).json()["total"] == 2
    assert api.get("/events", params={"min_sources": 2}).json()["items"][0]["id"] == nyamata["id"]
    assert api.get("/events", params={"type": "massacre"}).json()["total"] == 0
    most_killed = api.get("/events", params={"sort": "-killed", "limit": 1}).json()
    assert most_killed["items"][0]["id"] == nyamata["id"] and most_killed["next_offset"] == 1
    assert api.get("/events", params={"since": "April"}).status_code == 422

    detail = api.get(f"/events/{nyamata['id']}").json()
    assert {c["source_id"] for c in detail["claims"]} == set(api.extracted)
    assert all(c["credibility"]["level"] in range(1, 7) for c in detail["claims"])
    assert {link["connection"] for link in detail["information_links"]} == {"secondary"}
    assert api.get("/events/ev-nothing").status_code == 404


def test_contradictions_accountability_and_entities(api):
    assert isinstance(api.get("/contradictions").json(), list)
    rows = {r["group"]: r for r in api.get("/accountability").json()}
    assert rows["genocidal_government_and_forces"]["events_documented"] == 1
    assert "rpf" in " ".join(rows).lower()
    entities = api.get("/entities", params={"kind": "place"}).json()
    assert {"Nyamata church", "Ntarama church", "Bugesera"} <= {e["canonical"] for e in entities}


def test_grade_sets_reason_and_rebuilds(api):
    response = api.call("PUT", f"/sources/{api.extracted[1]}/grade", json={"grade": "b", "reason": "x"})
    assert response.status_code == 422  # lower case is not a grade
    response = api.call("PUT", f"/sources/{api.extracted[1]}/grade",
                        json={"grade": "B", "reason": "Long record of accurate reporting"})
    assert response.status_code == 200, response.text
    assert response.json()["proposed"] is False and response.json()["set_by"] == "analyst1"
    job = api.wait({"id": response.json()["record_job"]})
    assert job["status"] == "done" and job["result"]["events"] == 2
    grade = api.get(f"/sources/{api.extracted[1]}").json()["grade"]
    assert grade["grade"] == "B" and grade["reason"] == "Long record of accurate reporting"


def test_entity_merge_and_split(api):
    entities = {e["canonical"]: e for e in api.get("/entities").json()}
    into, other = entities["Nyamata church"], entities["Bugesera"]
    merged = api.call("POST", f"/entities/{into['id']}/merge", json={"others": [other["id"]]})
    assert merged.status_code == 200, merged.text
    assert merged.json()["names"] == ["Nyamata church", "Bugesera"]
    api.wait({"id": merged.json()["record_job"]})
    after = {e["canonical"]: e for e in api.get("/entities").json()}
    assert "Bugesera" not in after and "Bugesera" in after["Nyamata church"]["aliases"]
    mention = next(m for m in api.get(f"/sources/{api.extracted[0]}/mentions", params={"type": "place"}).json()
                   if m["text"] == "Bugesera")
    split = api.call("POST", f"/entities/{into['id']}/split", json={"mentions": [mention["id"]],
                                                                     "canonical": "Bugesera"})
    assert split.status_code == 200, split.text
    api.wait({"id": split.json()["record_job"]})
    assert "Bugesera" in {e["canonical"] for e in api.get("/entities").json()}
    assert api.call("POST", "/entities/99999/merge", json={"others": [1]}).status_code == 404


def test_proceedings_import_then_accountability_counts_them(api):
    with open(PROCEEDINGS, "rb") as handle:
        response = api.call("POST", "/proceedings", files={"file": ("proceedings.csv", handle, "text/csv")})
    assert response.status_code == 200, response.text
    expected = len(list(csv.DictReader(io.StringIO(PROCEEDINGS.read_text(encoding="utf-8-sig")))))
    assert response.json()["added"] + response.json()["updated"] == expected
    listed = api.get("/proceedings", "viewer").json()
    assert len(listed) == expected and any(p["accused"] == "Jean-Paul Akayesu" for p in listed)
    rows = {r["group"]: r for r in api.get("/accountability").json()}
    assert rows["genocidal_government_and_forces"]["convicted"] > 0
    broken = api.call("POST", "/proceedings", files={"file": ("p.csv", b"court,accused\nICTR,X\n", "text/csv")})
    assert broken.status_code == 422 and broken.json()["error"]["code"] == "E406"


# ---- custody, verify, export -----------------------------------------------------------------

def test_custody_log_pages_by_seq(api):
    first = api.get("/custody", "admin", params={"limit": 3}).json()
    assert [e["seq"] for e in first["items"]] == [1, 2, 3] and first["next_after"] == 3
    second = api.get("/custody", "admin", params={"limit": 3, "after": first["next_after"]}).json()
    assert [e["seq"] for e in second["items"]] == [4, 5, 6]
    assert second["items"][0]["prev_hash"] == first["items"][-1]["hash"]
    everything = api.get("/custody", "admin", params={"limit": 500}).json()
    assert everything["next_after"] is None
    # Accounts' entries (logins, users added) are for admins only.
    assert {e["object_type"] for e in everything["items"]} >= {"user", "source"}
    analyst = api.get("/custody", params={"limit": 500}).json()["items"]
    assert analyst and "user" not in {e["object_type"] for e in analyst}


def test_verify_reports_an_intact_store(api):
    report = api.get("/verify", "admin").json()
    assert report["ok"] is True and report["problems"] == []
    assert report["sources"] == api.get("/sources", "admin").json()["total"]


def test_export_jsonl_and_csv(api):
    response = api.get("/export", params={"format": "jsonl"})
    assert response.status_code == 200 and response.headers["content-type"] == "application/x-ndjson"
    records = [json.loads(line) for line in response.text.splitlines()]
    assert {r["type"] for r in records} >= {"source", "passage", "event", "custody"}
    assert sum(r["type"] == "source" for r in records) == api.get("/sources").json()["total"]
    response = api.get("/export", params={"format": "csv"})
    assert response.headers["content-type"] == "application/zip"
    names = {Path(n).name for n in zipfile.ZipFile(io.BytesIO(response.content)).namelist()}
    assert {"sources.csv", "passages.csv", "events.csv", "custody.csv"} <= names
    assert api.get("/export", params={"format": "xml"}).status_code == 422


# ---- estimation, checking, users, jobs ---------------------------------------------------------

def test_victim_lists_import_and_show(api):
    data = "id,name,sex\n1,Marie Uwase,F\n2,Jean Habimana,M\n"
    response = api.call("POST", "/lists", files={"file": ("commune_a.csv", data.encode(), "text/csv")},
                        data={"map": ["name=full_name", "sex=sex"], "id_column": "id"})
    assert response.status_code == 201, response.text
    assert response.json()["records"] == 2 and response.json()["name"] == "commune_a"
    assert [l["name"] for l in api.get("/lists").json()] == ["commune_a"]
    again = api.call("POST", "/lists", files={"file": ("other.csv", data.encode(), "text/csv")})
    assert again.status_code == 409 and again.json()["error"]["code"] == "E403"
    pairs = api.get("/link/pairs")
    assert pairs.status_code == 404 and pairs.json()["error"]["code"] == "E405"


def test_check_a_text_against_the_record(api):
    response = api.call("POST", "/check", json={"text": "Only 300 people died at Nyamata church in 1994.",
                                                 "embeddings": False})
    assert response.status_code == 200, response.text
    report = response.json()
    text = "Only 300 people died at Nyamata church in 1994."
    assert report["language"] == "en" and "text" not in report
    assert report["claims"], report
    for claim in report["claims"]:
        assert text[claim["start"]:claim["end"]] == claim["text"]
        assert claim["verdict"] in ("supported", "contradicted", "disputed", "not_in_record")
    evidence = {e["source_id"] for c in report["claims"] for e in c["evidence"]}
    assert evidence <= set(api.extracted) | set(api.notes) and evidence
    assert api.call("POST", "/check", json={"text": ""}).status_code == 422


def test_admin_adds_users_who_can_then_log_in(api):
    response = api.call("POST", "/users", "admin", json={"name": "newcomer", "role": "reviewer",
                                                         "password": "a long enough passphrase"})
    assert response.status_code == 201 and response.json() == {"name": "newcomer", "role": "reviewer"}
    headers = api.login("newcomer", "a long enough passphrase")
    assert api.client.get("/api/v1/me", headers=headers).json()["role"] == "reviewer"
    assert "newcomer" in {u["name"] for u in api.get("/users", "admin").json()}
    added = [e for e in api.get("/custody", "admin", params={"limit": 500}).json()["items"] if e["action"] == "user_add"
             and e["object_id"] == "newcomer"]
    assert added[0]["actor"] == "admin1"
    duplicate = api.call("POST", "/users", "admin", json={"name": "newcomer", "role": "viewer",
                                                          "password": "a long enough passphrase"})
    assert duplicate.status_code == 409 and duplicate.json()["error"]["code"] == "E508"


def test_admin_changes_roles_and_disables_users(api):
    api.security.add_user("changing", "viewer", PASSWORD)
    headers = api.login("changing")
    promoted = api.call("PATCH", "/users/changing", "admin", json={"role": "analyst"})
    assert promoted.status_code == 200 and promoted.json()["role"] == "analyst"
    assert api.client.get("/api/v1/me", headers=headers).json()["role"] == "analyst"
    disabled = api.call("PATCH", "/users/changing", "admin", json={"disabled": True})
    assert disabled.json()["disabled"] is True
    assert api.client.get("/api/v1/me", headers=headers).status_code == 401
    assert api.call("PATCH", "/users/nobody", "admin", json={"role": "viewer"}).status_code == 404
    last_admin = api.call("PATCH", "/users/admin1", "admin", json={"role": "viewer"})
    assert last_admin.status_code == 409 and last_admin.json()["error"]["code"] == "E513"


def test_logout_revokes_the_token(api):
    headers = api.login("viewer1")
    assert api.client.delete("/api/v1/token", headers=headers).status_code == 204
    assert api.client.get("/api/v1/me", headers=headers).status_code == 401


def test_session_cookie_works_for_reads_and_needs_csrf_for_changes(api):
    from factfinder.security import Principal
    from factfinder.web.deps import SESSION_COOKIE

    session_id, csrf = api.security.create_session(Principal("analyst1", "analyst"))
    client = TestClient(api.client.app, cookies={SESSION_COOKIE: session_id})
    assert client.get("/api/v1/me").json()["name"] == "analyst1"
    path = f"/api/v1/sources/{api.notes[0]}/deletion-request"
    forged = client.post(path, json={"reason": "cross-site"})
    assert forged.status_code == 403 and forged.json()["error"]["code"] == "csrf"
    assert client.post(path, json={"reason": "same site"}, headers={"X-CSRF-Token": csrf}).status_code == 201


def test_jobs_are_private_to_their_owner(api):
    job = api.call("POST", "/rebuild").json()
    assert api.get(f"/jobs/{job['id']}", "viewer").status_code == 404
    assert api.wait(job, "admin")["status"] == "done"
    assert api.get("/jobs/no-such-job").status_code == 404


# ---- the API's description -------------------------------------------------------------------

def test_openapi_and_docs_use_no_outside_assets(api):
    spec = api.client.get("/api/v1/openapi.json").json()
    assert spec["paths"]["/api/v1/sources"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] \
        == {"$ref": "#/components/schemas/SourcePage"}
    assert not any(path.startswith("/sources") for path in spec["paths"])  # the HTML pages stay out
    docs = api.client.get("/api/v1/docs")
    assert docs.status_code == 200 and "/api/v1/sources" in docs.text
    assert "<script" not in docs.text and "cdn" not in docs.text.lower()


def test_serve_command_is_registered():
    from click.testing import CliRunner

    from factfinder.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "--port" in result.output


def test_event_lists_follow_the_record_and_what_each_user_may_see(api):
    """Event lists filtered in Python are kept per record state: a change of visibility shows at once."""
    params = {"sort": "-sources"}
    before = api.get("/events", "viewer", params=params).json()
    assert before["total"] == len(api.client.app.state.wb.events()) == 2
    source = api.extracted[0]
    assert any(source in e["sources"] for e in before["items"])
    api.security.set_confidential(source, True)
    try:
        hidden = api.get("/events", "viewer", params=params).json()
        assert hidden["items"] and all(source not in e["sources"] for e in hidden["items"])
        assert api.get("/events", "admin", params=params).json() == before
    finally:
        api.security.set_confidential(source, False)
    assert api.get("/events", "viewer", params=params).json() == before


def test_sources_are_paged_by_the_database_in_ingestion_order(api):
    everything = api.client.app.state.wb.sources()  # the library's order: ingested_at, then id
    first = api.get("/sources", params={"limit": 2}).json()
    rest = api.get("/sources", params={"limit": 50, "offset": 2}).json()
    assert [s["id"] for s in first["items"] + rest["items"]] == [s["id"] for s in everything]
    assert first["total"] == len(everything) and first["next_offset"] == 2 and rest["next_offset"] is None
