"""The investigators' pages over HTTP (FastAPI's TestClient): sign-in with the session cookie,
the TOTP step and lockout, CSRF on every POST, each page rendering real content from a
small store, and a viewer who sees no write controls and whose writes are refused."""

from __future__ import annotations

import re
import time

import pytest
from fastapi.testclient import TestClient

from factfinder.config import Config
from factfinder.security import Security, totp
from factfinder.web import charts
from factfinder.web.app import create_app
from factfinder.web.deps import SESSION_COOKIE
from factfinder.web.pages import Span, highlight

PASSWORD = "a long and careful passphrase"
PLANE = ("On 6 April 1994 the plane carrying President Juvénal Habyarimana was shot down over Kigali.\n"
         "According to Human Rights Watch, Interahamwe militia killed about 5,000 people at Nyarubuye parish "
         "in Kibungo on 15 April 1994.\n")
NYARUBUYE = ("African Rights reported that Interahamwe killed 20,000 people at Nyarubuye parish in Kibungo "
             "prefecture on 15 April 1994.\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    home = tmp_path_factory.mktemp("pages-home")
    docs = tmp_path_factory.mktemp("pages-docs")
    (docs / "plane.txt").write_text(PLANE, encoding="utf-8")
    (docs / "nyarubuye.txt").write_text(NYARUBUYE, encoding="utf-8")
    app = create_app(Config.from_env(home=home, user="operator"))
    wb = app.state.wb
    wb.ingest([docs / "plane.txt"], {"title": "The plane attack", "author": "A. Researcher"}, extract=True)
    wb.ingest([docs / "nyarubuye.txt"], {"title": "Nyarubuye parish", "author": "African Rights",
                                         "publisher": "African Rights"}, extract=True)
    wb.rebuild()
    security: Security = app.state.security
    for name, role in (("ana", "admin"), ("rev", "reviewer"), ("vic", "viewer"), ("tot", "analyst"),
                       ("lock", "viewer")):
        security.add_user(name, role, PASSWORD)
    secret, _uri = security.enable_totp("tot")
    with TestClient(app) as client:
        yield {"app": app, "wb": wb, "client": client, "totp": secret,
               "plane": next(s["id"] for s in wb.sources() if s["title"] == "The plane attack")}


def _login_token(client: TestClient) -> str:
    page = client.get("/login")
    return re.search(r'name="login_csrf" value="([^"]+)"', page.text).group(1)


def login(app, name: str, password: str = PASSWORD) -> TestClient:
    client = TestClient(app)
    response = client.post("/login", data={"username": name, "password": password, "login_csrf": _login_token(client),
                                           "next": "/sources"}, follow_redirects=False)
    assert response.status_code == 303, response.text
    return client


def csrf_of(client: TestClient, path: str = "/sources") -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text).group(1)


# ---- signing in and out -------------------------------------------------------------------
def test_pages_need_login_and_come_back_after_it(site):
    client = TestClient(site["app"])
    response = client.get("/events?type=attack", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fevents%3Ftype%3Dattack"
    form = client.get(response.headers["location"])
    assert 'name="next" value="/events?type=attack"' in form.text
    done = client.post("/login", data={"username": "ana", "password": PASSWORD, "login_csrf": _login_token(client),
                                       "next": "/events?type=attack"}, follow_redirects=False)
    assert done.headers["location"] == "/events?type=attack"


def test_login_sets_an_httponly_samesite_session_cookie_and_logout_ends_it(site):
    client = TestClient(site["app"])
    response = client.post("/login", data={"username": "ana", "password": PASSWORD,
                                           "login_csrf": _login_token(client)}, follow_redirects=False)
    cookie = next(c for c in response.headers.get_list("set-cookie") if c.startswith(SESSION_COOKIE + "="))
    assert "HttpOnly" in cookie and "samesite=lax" in cookie.lower() and "Path=/" in cookie
    session_id = client.cookies.get(SESSION_COOKIE)
    assert site["app"].state.security.principal_for_session(session_id).name == "ana"
    assert "ana" in client.get("/sources").text
    out = client.post("/logout", data={"csrf_token": csrf_of(client)}, follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/login"
    assert site["app"].state.security.principal_for_session(session_id) is None
    client.cookies.set(SESSION_COOKIE, session_id)  # replaying the old cookie does not help
    assert client.get("/sources", follow_redirects=False).status_code == 303


def test_open_redirects_are_refused(site):
    client = TestClient(site["app"])
    response = client.post("/login", data={"username": "ana", "password": PASSWORD, "login_csrf": _login_token(client),
                                           "next": "//evil.example/steal"}, follow_redirects=False)
    assert response.headers["location"] == "/"


def test_wrong_password_and_the_login_form_csrf(site):
    client = TestClient(site["app"])
    wrong = client.post("/login", data={"username": "ana", "password": "nope", "login_csrf": _login_token(client)})
    assert wrong.status_code == 401 and "Wrong user name or password." in wrong.text
    forged = TestClient(site["app"]).post("/login", data={"username": "ana", "password": PASSWORD})
    assert forged.status_code == 403 and SESSION_COOKIE not in forged.cookies


def test_lockout_is_explained(site):
    client = TestClient(site["app"])
    for _ in range(5):
        client.post("/login", data={"username": "lock", "password": "wrong", "login_csrf": _login_token(client)})
    locked = client.post("/login", data={"username": "lock", "password": PASSWORD, "login_csrf": _login_token(client)})
    assert locked.status_code == 429
    assert "is locked after 5 failed logins until" in locked.text
    assert SESSION_COOKIE not in client.cookies


def test_two_factor_login_asks_for_the_code(site):
    client = TestClient(site["app"])
    first = client.post("/login", data={"username": "tot", "password": PASSWORD, "login_csrf": _login_token(client)})
    assert first.status_code == 200 and 'name="totp_code"' in first.text
    assert PASSWORD not in first.text  # the password is not echoed back into the page
    pending = re.search(r'name="pending" value="([^"]+)"', first.text).group(1)
    bad = client.post("/login", data={"pending": pending, "totp_code": "000000", "login_csrf": _login_token(client)})
    assert bad.status_code == 401 and "That code is not right" in bad.text
    code = totp.code_for(site["totp"], time.time())
    good = client.post("/login", data={"pending": pending, "totp_code": code, "login_csrf": _login_token(client)},
                       follow_redirects=False)
    assert good.status_code == 303
    assert site["app"].state.security.principal_for_session(client.cookies.get(SESSION_COOKIE)).name == "tot"


# ---- CSRF on every POST -------------------------------------------------------------------
def test_posts_without_the_csrf_token_are_refused(site):
    client = login(site["app"], "ana")
    source = site["plane"]
    mention = site["wb"].mentions(source)[0]["id"]
    for path, data in ((f"/sources/{source}/grade", {"grade": "B", "reason": "x"}),
                       (f"/sources/{source}/metadata", {"title": "forged"}),
                       (f"/mentions/{mention}/review", {"decision": "reject"}),
                       ("/record/rebuild", {}), ("/logout", {}),
                       ("/admin/users", {"name": "mallory", "role": "admin", "password": PASSWORD})):
        assert client.post(path, data=data).status_code == 403, path
        assert client.post(path, data={**data, "csrf_token": "0" * 64}).status_code == 403, path
        assert client.post(path, data=data, headers={"X-CSRF-Token": "wrong"}).status_code == 403, path
    assert site["wb"].show(source)["source"]["title"] == "The plane attack"
    assert site["wb"].mentions(source)[0]["status"] != "rejected"
    assert "mallory" not in {u["name"] for u in site["app"].state.security.list_users()}
    assert client.get("/sources").status_code == 200  # still signed in: logout was refused too


def test_grade_with_token_is_saved_in_the_users_name(site):
    client = login(site["app"], "ana")
    source = site["plane"]
    response = client.post(f"/sources/{source}/grade", data={"grade": "C", "reason": "one researcher's notes",
                                                             "csrf_token": csrf_of(client)}, follow_redirects=False)
    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    assert 'class="grade g-C"' in page and "one researcher&#39;s notes" in page
    entry = site["wb"].custody_log(source)[-1]
    assert entry["action"] == "grade" and entry["actor"] == "ana"


def test_reviewing_in_the_reader_with_the_htmx_header(site):
    client = login(site["app"], "rev")
    source = site["plane"]
    mentions = site["wb"].mentions(source, status="suggested")
    date = next(m for m in mentions if m["type"] == "date" and m["text"] == "6 April 1994")
    token = csrf_of(client, f"/sources/{source}")
    accepted = client.post(f"/mentions/{date['id']}/review", data={"decision": "accept", "source": source},
                           headers={"X-CSRF-Token": token, "HX-Request": "true"})
    assert accepted.status_code == 200
    assert f'id="mention-{date["id"]}"' in accepted.text and 'data-status="confirmed"' in accepted.text
    # The panel's counts come along, swapped out of band.
    assert re.search(r'<p class="counts" id="review-counts" hx-swap-oob="true"[^>]*>.*>1 confirmed</a>', accepted.text)
    assert next(m for m in site["wb"].mentions(source) if m["id"] == date["id"])["status"] == "confirmed"
    assert site["wb"].custody_log(str(date["id"]))[-1]["actor"] == "rev"

    place = next(m for m in mentions if m["type"] == "place")
    edited = client.post(f"/mentions/{place['id']}/review", headers={"X-CSRF-Token": token},
                         data={"decision": "edit", "new_type": "place", "old_type": "place",
                               "changes": "canonical=Kigali-Ville\nid=rw.pref.kigali_ville"})
    assert 'data-status="edited"' in edited.text and "Kigali-Ville (rw.pref.kigali_ville)" in edited.text
    empty = client.post(f"/mentions/{place['id']}/review", headers={"X-CSRF-Token": token, "HX-Request": "true"},
                        data={"decision": "edit", "new_type": "place", "old_type": "place", "changes": ""})
    assert empty.status_code == 400 and "Nothing to change" in empty.text

    others = [m["id"] for m in site["wb"].mentions(source, status="suggested")][:2]
    bulk = client.post(f"/sources/{source}/review-bulk", data={"decision": "accept", "mention": others,
                                                               "csrf_token": token}, follow_redirects=False)
    assert bulk.status_code == 303 and bulk.headers["location"].endswith("reviewed=2")
    statuses = {m["id"]: m["status"] for m in site["wb"].mentions(source)}
    assert all(statuses[i] == "confirmed" for i in others)
    reader = client.get(f"/sources/{source}").text
    assert re.search(rf'<mark class="m m-date s-confirmed" data-mention="{date["id"]}"', reader)


# ---- every page, with real content ---------------------------------------------------------
def test_pages_render_the_record(site):
    client = login(site["app"], "ana")
    source = site["plane"]
    sources = client.get("/sources").text
    assert "The plane attack" in sources and "Nyarubuye parish" in sources and "Upload and extract" in sources
    assert "Nyarubuye parish" not in client.get("/sources?q=plane").text

    reader = client.get(f"/sources/{source}").text
    assert re.search(r'<mark class="m m-date s-\w+" data-mention="\d+"[^>]*>6 April 1994</mark>', reader)
    assert re.search(r'<mark class="m m-figure s-\w+" data-mention="\d+"[^>]*>about 5,000</mark>', reader)
    assert 'class="claim stance-asserts"' in reader and "Accept <kbd>a</kbd>" in reader
    assert reader.count('id="review-counts"') == 1

    events = client.get("/events").text
    assert "Attack (plane) in Kigali on 1994-04-06" in events
    assert re.search(r'<a href="/events\?month=1994-04" class="bar-link" data-month="1994-04" data-count="\d+">',
                     events)
    assert 'data-prefecture="rw.pref.kibungo"' in events and "Rebuild the record" in events
    april = client.get("/events?month=1994-04&sort=killed&dir=desc").text
    assert 'aria-sort="descending"' in april and "April 1994" in april
    rows = re.findall(r'<tr data-event="(ev-[0-9a-f]+)">', april)
    assert rows and len(rows) == len(set(rows))
    kibungo = client.get("/events?prefecture=rw.pref.kibungo").text
    assert "Nyarubuye" in kibungo and "Attack (plane)" not in kibungo

    key = next(e["id"] for e in site["wb"].events() if e["type"] == "attack")
    event = client.get(f"/events/{key}").text
    assert "shot down over Kigali" in event and "This event rests on" in event and "cannot be judged" in event

    contradictions = client.get("/contradictions").text
    assert "5,000" in contradictions and "20,000" in contradictions and "African Rights" in contradictions

    accountability = client.get("/accountability").text
    assert "Rwandan Patriotic Front" in accountability and "Interim government" in accountability

    search = client.get("/search?q=Nyarubuye").text
    assert '<mark class="hit">Nyarubuye</mark>' in search

    custody = client.get("/custody").text
    assert "extraction run" in custody and "operator" in custody
    assert client.get(f"/custody?object_id={source}").text.count("<tr>") >= 2

    users = client.get("/admin/users").text
    assert all(name in users for name in ("ana", "rev", "vic", "tot"))
    added = client.post("/admin/users", data={"name": "newbie", "role": "viewer", "password": PASSWORD,
                                              "csrf_token": csrf_of(client)})
    assert added.status_code == 200 and "User newbie added." in added.text
    assert site["wb"].custody_log("newbie")[-1]["actor"] == "ana"

    estimation = client.get("/estimation").text
    assert "No lists imported yet." in estimation

    check = client.get("/check").text
    assert 'id="check-form"' in check or "Checking is not available" in check


def test_missing_things_get_an_html_error_page(site):
    client = login(site["app"], "ana")
    response = client.get("/sources/ffffffffffff", headers={"Accept": "text/html"})
    assert response.status_code == 404 and "No source matches" in response.text and "<nav" in response.text
    assert client.get("/events/ev-nothing", headers={"Accept": "text/html"}).status_code == 404


def test_upload_runs_as_a_job_with_progress(site, tmp_path):
    client = login(site["app"], "ana")
    token = csrf_of(client)
    body = "Gikongoro: on 21 April 1994 thousands were killed at Murambi technical school.\n"
    started = client.post("/sources/upload", headers={"X-CSRF-Token": token},
                          files={"files": ("murambi.txt", body.encode(), "text/plain")},
                          data={"title": "Murambi", "kind": "testimony"})
    assert started.status_code == 200
    job = re.search(r'hx-get="/jobs/([0-9a-f]+)"', started.text).group(1)
    deadline = time.monotonic() + 90
    while True:
        status = client.get(f"/jobs/{job}").text
        if 'data-state="running"' not in status or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert 'data-state="done"' in status and "murambi.txt</strong>: added" in status
    murambi = next(s for s in site["wb"].sources() if s["title"] == "Murambi")
    assert murambi["kind"] == "testimony" and murambi["ingested_by"] == "ana"
    assert site["wb"].mentions(murambi["id"])
    assert login(site["app"], "rev").get(f"/jobs/{job}").status_code == 404  # jobs are their owner's


# ---- the viewer ----------------------------------------------------------------------------
def test_viewer_sees_no_write_controls_and_writes_are_refused(site):
    client = login(site["app"], "vic")
    source = site["plane"]
    pages = {path: client.get(path).text for path in ("/sources", f"/sources/{source}", "/events")}
    assert "The plane attack" in pages["/sources"] and "6 April 1994" in pages[f"/sources/{source}"]
    for text in pages.values():
        for control in ("Upload and extract", "Accept <kbd>a</kbd>", "Accept selected", "Set grade",
                        "Save metadata", "Rebuild the record", 'href="/admin/users"'):
            assert control not in text
    token = csrf_of(client)
    mention = site["wb"].mentions(source)[0]
    for path, data in ((f"/sources/{source}/grade", {"grade": "A", "reason": "x"}),
                       (f"/mentions/{mention['id']}/review", {"decision": "reject"}),
                       ("/record/rebuild", {}),
                       ("/admin/users", {"name": "x", "role": "admin", "password": PASSWORD})):
        refused = client.post(path, data={**data, "csrf_token": token})
        assert refused.status_code == 403 and "viewer" in refused.text, path
    assert client.post("/sources/upload", headers={"X-CSRF-Token": token},
                       files={"files": ("x.txt", b"text", "text/plain")}).status_code == 403
    assert client.get("/admin/users").status_code == 403
    assert client.get("/estimation").status_code == 403
    assert next(m for m in site["wb"].mentions(source) if m["id"] == mention["id"])["status"] == mention["status"]


# ---- building blocks ---------------------------------------------------------------------
def test_highlight_keeps_crossing_spans_well_formed():
    text = "abcdefghij"
    out = str(highlight(text, [Span(0, 6, "span", {"class": "claim"}), Span(4, 9, "mark", {"class": "m"}),
                                Span(2, 3, "mark", {"class": "x"})]))
    assert out == ('<span class="claim">ab<mark class="x">c</mark>d<mark class="m">ef</mark></span>'
                   '<mark class="m cont">ghi</mark>j')
    escaped = str(highlight("<b>&", [Span(0, 3, "mark", {"title": 'a"b'})]))
    assert escaped == '<mark title="a&quot;b">&lt;b&gt;</mark>&amp;'


def test_map_draws_only_the_gazetteer_and_counts_events_per_prefecture():
    events = [{"places": ["Kigali"], "period": {"earliest": "1994-04-06"}},
              {"places": ["Nyarubuye", "Kibungo"], "period": {"earliest": "1994-04-15"}},
              {"places": [], "period": {"earliest": None}}]
    counts, elsewhere = charts.events_by_prefecture(events)
    assert counts == {"rw.pref.kigali_ville": 1, "rw.pref.kibungo": 1} and elsewhere == 1
    svg = charts.map_svg(events)
    assert "<path" not in svg and "<polygon" not in svg  # no border: the project ships none
    seats = re.findall(r'data-prefecture="([\w.]+)" data-count="(\d+)"', svg)
    assert len(seats) == 10 and ("rw.pref.kibungo", "1") in seats
    assert "Kigali-Rural" in svg and "Umutara" not in svg  # no coordinates; created after 1994
    timeline = charts.timeline_svg(events)
    assert 'data-month="1994-04" data-count="2"' in timeline and "1 event(s) without a date" in timeline


def test_estimation_shows_lists_by_count_and_never_their_records(site, tmp_path):
    from factfinder.estimate.lists import import_list

    register = tmp_path / "parish_register.csv"
    register.write_text("id,given_name,family_name,sex,birth_year\n1,Immaculée,Mukamana,F,1960\n"
                        "2,Jean,Habimana,M,1955\n3,Claudine,Uwase,F,1980\n", encoding="utf-8")
    fields = ("given_name", "family_name", "sex", "birth_year")
    assert import_list(site["wb"], register, "parish_register", {f: f for f in fields}, id_column="id")["records"] == 3
    page = login(site["app"], "ana").get("/estimation").text
    assert re.search(r"<td>parish_register</td><td class=\"num\">3</td>", page)
    assert "Mukamana" not in page and "Habimana" not in page
    assert "Link the lists" in page and "No linkage run yet." in page
    assert login(site["app"], "rev").get("/estimation").status_code == 403


def test_check_report_shows_verdicts_markers_and_evidence(site, monkeypatch):
    """The check page with a report in the contract's shape (check/model.py), so the page is
    tested apart from the checking pipeline itself."""
    from factfinder.check.model import ArithmeticFinding, CheckReport, ClaimCheck, Evidence, Marker
    from factfinder.web import pages

    text = "Only 5,000 people died at Nyarubuye. The so-called genocide was tribal chaos."
    calls = []

    def fake_check(wb, checked, language=None, progress=None):  # noqa: ANN001
        calls.append((wb.config.user, checked, language))
        progress("matching claims")
        return CheckReport(
            text=checked, language="en",
            claims=[ClaimCheck(text=checked[:36], start=0, end=36, verdict="contradicted",
                               explanation="the record says 20,000; the text says 5,000",
                               evidence=[Evidence(relation="contradicts", source_id=site["plane"],
                                                  source_title="Nyarubuye parish", text="killed 20,000 people",
                                                  start=0, end=20, grade="B", credibility=2)])],
            markers=[Marker(start=37, end=56, text=checked[37:56], technique="definitional_denial", voice="own",
                            basis="ihra-2013:definitional", basis_citation="IHRA working definition (2013)")],
            arithmetic=[ArithmeticFinding(kind="sum", text="5,000", start=5, end=10, stated="5,000",
                                          stated_value=5000, computed=None, consistent=None)],
            stance="denies")

    monkeypatch.setattr(pages, "_check_function", lambda: (fake_check, None))
    client = login(site["app"], "vic")  # checking writes nothing: a viewer may check
    started = client.post("/check", data={"text": text, "language": "en"}, headers={"X-CSRF-Token": csrf_of(client)})
    status, deadline = started.text, time.monotonic() + 20
    while (running := re.search(r'hx-get="/jobs/([0-9a-f]+)"', status)) and time.monotonic() < deadline:
        time.sleep(0.05)
        status = client.get(f"/jobs/{running.group(1)}").text
    job = re.search(r'href="/jobs/([0-9a-f]+)/report.html"', status).group(1)
    assert calls == [("vic", text, "en")]
    assert 'id="check-report" data-stance="denies"' in status
    assert '<span class="chk v-contradicted" data-claim-check="0"' in status
    assert 'data-marker="0"' in status and "definitional denial" in status and "IHRA working definition" in status
    assert "the record says 20,000; the text says 5,000" in status and "killed 20,000 people" in status
    download = client.get(f"/jobs/{job}/report.html")
    assert download.status_code == 200 and "attachment" in download.headers["content-disposition"]
    assert client.post("/check", data={"text": "  "}, headers={"X-CSRF-Token": csrf_of(client)}).status_code == 400

    monkeypatch.setattr(pages, "_check_function", lambda: (None, "Checking is not available in this installation (x)."))
    assert "Checking is not available in this installation" in client.get("/check").text


def test_long_lists_are_paged(site, monkeypatch):
    from factfinder.web import pages

    monkeypatch.setattr(pages, "EVENTS_PAGE", 1)
    monkeypatch.setattr(pages, "SOURCES_PAGE", 1)
    client = login(site["app"], "vic")
    events = site["wb"].events()
    first = client.get("/events?type=&sort=date").text
    assert len(re.findall(r'<tr data-event="', first)) == 1 and f"Showing 1–1 of {len(events)}." in first
    second = client.get("/events?sort=date&offset=1").text
    assert re.findall(r'<tr data-event="(ev-[0-9a-f]+)"', second) == [events[1]["id"]]
    assert 'href="?sort=date&amp;dir=asc&amp;offset=0">Previous</a>' in second
    sources = client.get("/sources?kind=other").text
    assert "Showing 1–1 of" in sources and 'href="?kind=other&amp;offset=1">Next</a>' in sources


def test_sources_page_filters_and_pages_in_the_database(site, monkeypatch):
    from factfinder.web import pages

    client = login(site["app"], "vic")
    plane = site["plane"]
    everything = site["wb"].sources()
    listed = client.get("/sources").text
    assert re.findall(r'<tr>\s*<td><a href="/sources/([0-9a-f]{64})">', listed) == [s["id"] for s in everything]
    by_id = client.get(f"/sources?q={plane[:10].upper()}").text  # part of the id, any case
    assert "The plane attack" in by_id and "Nyarubuye parish" not in by_id
    assert "The plane attack" in client.get("/sources?q=RESEARCHER").text  # the author, any case
    site["wb"].grade(plane, "A", "a careful report")
    graded = client.get("/sources?grade=A").text
    assert "The plane attack" in graded and "Nyarubuye parish" not in graded
    assert '<span class="grade g-A" title="a careful report">A</span>' in graded
    assert "No source matches these filters." in client.get("/sources?grade=F").text
    language = next(s["language"] for s in everything if s["language"])
    assert f"<option selected>{language}</option>" in client.get(f"/sources?language={language}").text
    # The list is kept per record state: an edit (logged to custody) shows at once.
    site["wb"].set_metadata(plane, {"title": "The plane attack, revised"})
    try:
        assert "The plane attack, revised" in client.get("/sources").text
    finally:
        site["wb"].set_metadata(plane, {"title": "The plane attack"})
    assert "The plane attack, revised" not in client.get("/sources").text
    monkeypatch.setattr(pages, "SOURCES_PAGE", 1)
    second = client.get("/sources?offset=1").text
    assert re.findall(r'<td><a href="/sources/([0-9a-f]{64})">', second) == [everything[1]["id"]]
    assert f"Showing 2–2 of {len(everything)}." in second


def test_confidential_sources_stay_out_of_the_pages(site):
    security = site["app"].state.security
    plane = site["plane"]
    client = login(site["app"], "vic")
    security.set_confidential(plane, True)
    try:
        assert "The plane attack" not in client.get("/sources").text
        assert client.get(f"/sources/{plane}").status_code == 404
        assert f"/sources/{plane}" not in client.get("/search?q=Kigali").text
        events = client.get("/events").text
        assert "Attack (plane)" not in events
        admin = login(site["app"], "ana")
        assert "The plane attack" in admin.get("/sources").text
        assert "Attack (plane) in Kigali" in admin.get("/events").text
    finally:
        security.set_confidential(plane, False)
    assert "Attack (plane) in Kigali" in client.get("/events").text
