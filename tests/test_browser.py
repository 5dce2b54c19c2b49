"""The investigators' pages in a real browser (Playwright driving Debian's chromium).

One server (uvicorn in a thread, on a free 127.0.0.1 port, with a temporary home and an
admin created through the security API) serves one walk through the work: sign in,
upload a document about the 6 April 1994 plane attack, accept a suggestion in the reader
with the keyboard, find the event on the timeline, check a text. Screenshots of the main
pages go to $FACTFINDER_SCREENSHOTS when it is set (`FACTFINDER_SCREENSHOTS=docs/screenshots`
refreshes the ones in the docs), else to a temporary folder, so a test run never edits the
checkout.

Without /usr/bin/chromium the test is skipped, except under CI (CI=true), where it fails.
"""

from __future__ import annotations

import os
import re
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
IN_CI = os.environ.get("CI") == "true"
SHOTS = Path(os.environ.get("FACTFINDER_SCREENSHOTS") or Path(tempfile.gettempdir()) / "factfinder-screenshots")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
ADMIN, PASSWORD = "admin", "a long and careful passphrase"
PLANE = ("On 6 April 1994 the plane carrying President Juvénal Habyarimana was shot down over Kigali.\n\n"
         "Killings began in Kigali that night and spread to most prefectures within days. "
         "According to Human Rights Watch, Interahamwe militia killed about 5,000 people at Nyarubuye "
         "parish in Kibungo on 15 April 1994.\n")
NYARUBUYE = ("African Rights reported that Interahamwe killed 20,000 people at Nyarubuye parish in Kibungo "
             "prefecture on 15 April 1994.\n")

if not CHROMIUM.exists():
    if IN_CI:
        pytest.fail(f"{CHROMIUM} is missing and CI=true: the browser tests must run in CI "
                    "(apt-get install chromium).", pytrace=False)
    pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium to run the browser tests.",
                allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from factfinder.config import Config
    from factfinder.security import Security
    from factfinder.web.app import create_app
    from factfinder.workbench import Workbench

    home = tmp_path_factory.mktemp("browser-home")
    config = Config.from_env(home=home, user="operator")
    seed = home / "seed"
    seed.mkdir()
    (seed / "nyarubuye.txt").write_text(NYARUBUYE, encoding="utf-8")
    with Workbench(config) as wb:
        Security(wb).add_user(ADMIN, "admin", PASSWORD)
        # Another account of Nyarubuye, so the uploaded one contradicts it.
        wb.ingest([seed / "nyarubuye.txt"], {"title": "Nyarubuye parish", "author": "African Rights",
                                            "publisher": "African Rights"}, extract=True)
        wb.rebuild()
    port = _free_port()
    uv = uvicorn.Server(uvicorn.Config(create_app(config), host="127.0.0.1", port=port, log_level="warning",
                                       lifespan="on"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield {"url": f"http://127.0.0.1:{port}", "home": home}
    uv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield instance
        instance.close()


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_investigator_walkthrough(server, browser, tmp_path):
    base = server["url"]
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    page.set_default_timeout(20_000)
    expect = sync_api.expect

    # Sign in: an anonymous visit goes to the login page and comes back after.
    page.goto(f"{base}/sources")
    expect(page).to_have_url(f"{base}/login?next=%2Fsources")
    _shot(page, "login")
    page.get_by_label("User name").fill(ADMIN)
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#login-error")).to_contain_text("Wrong user name or password")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{base}/sources")
    expect(page.locator(".who .user")).to_contain_text(ADMIN)

    # Upload a document; the job reports its progress until the source is extracted.
    document = tmp_path / "plane-attack.txt"
    document.write_text(PLANE, encoding="utf-8")
    page.locator("#files").set_input_files(str(document))
    page.locator("summary", has_text="Metadata").click()
    page.get_by_label("Title").fill("The attack on the presidential plane")
    page.get_by_label("Author").fill("Field researcher")
    page.get_by_role("button", name="Upload and extract").click()
    done = page.locator('.job[data-job="upload"][data-state="done"]')
    expect(done).to_be_visible(timeout=60_000)
    expect(done).to_contain_text("plane-attack.txt: added")
    page.goto(f"{base}/sources")
    expect(page.locator("#sources-table")).to_contain_text("The attack on the presidential plane")
    _shot(page, "sources")

    # The reader: the date is highlighted; j selects the first suggestion, a accepts it.
    page.get_by_role("link", name="The attack on the presidential plane").click()
    text = page.locator("#source-text")
    expect(text.locator("mark.m-date").first).to_have_text("6 April 1994")
    first = page.locator("#mention-list .mention-item").first
    mention_id = first.get_attribute("data-mention")
    page.keyboard.press("j")
    expect(first).to_have_class(re.compile(r"\bcurrent\b"))
    page.keyboard.press("a")
    accepted = page.locator(f"#mention-{mention_id}")
    expect(accepted).to_have_attribute("data-status", "confirmed")
    expect(text.locator(f'mark[data-mention="{mention_id}"]').first).to_have_class(
        re.compile(r"\bs-confirmed\b"))
    # The decision moved on to the next suggestion; r rejects that one, k goes back.
    second = page.locator("#mention-list .mention-item").nth(1)
    expect(second).to_have_class(re.compile(r"\bcurrent\b"))
    rejected_id = second.get_attribute("data-mention")
    # htmx settles a swapped item after a delay by restoring the class the server sent. Stretch the
    # delay so that k lands inside it every time: the item k moved onto must stay current after it.
    page.evaluate("htmx.config.defaultSettleDelay = 600")
    page.keyboard.press("r")
    expect(page.locator(f"#mention-{rejected_id}")).to_have_attribute("data-status", "rejected")
    page.keyboard.press("k")
    expect(page.locator(f"#mention-{rejected_id}")).to_have_class(re.compile(r"\bs-rejected\b"))
    page.wait_for_timeout(800)
    expect(page.locator(f"#mention-{rejected_id}")).to_have_class(re.compile(r"\bcurrent\b"))
    expect(page.locator("#review-counts")).to_contain_text("1 confirmed")
    expect(page.locator("#review-counts")).to_contain_text("1 rejected")
    page.evaluate("htmx.config.defaultSettleDelay = 20")
    page.keyboard.press("k")
    expect(page.locator(f"#mention-{mention_id}")).to_have_class(re.compile(r"\bcurrent\b"))
    _shot(page, "reader")
    # The decision survives a reload (it is in the store, not only on the page).
    page.reload()
    expect(page.locator(f"#mention-{mention_id}")).to_have_attribute("data-status", "confirmed")

    # Events: the attack is in the table and on the timeline in April 1994, and on the map in Kigali.
    page.get_by_role("link", name="Events").click()
    expect(page.locator("#events-table")).to_contain_text("Attack (plane) in Kigali on 1994-04-06")
    april = page.locator('svg.timeline a[data-month="1994-04"]')
    expect(april).to_have_count(1)
    assert int(april.get_attribute("data-count")) >= 2
    kigali = page.locator('svg.map a[data-prefecture="rw.pref.kigali_ville"]')
    assert int(kigali.get_attribute("data-count")) >= 1
    _shot(page, "events")
    april.click()
    expect(page.locator(".active-filters")).to_contain_text("April 1994")
    page.get_by_role("link", name="Attack (plane) in Kigali on 1994-04-06").click()
    expect(page.locator("h1")).to_have_text("Attack (plane) in Kigali on 1994-04-06")
    expect(page.locator(".in-words")).to_contain_text(re.compile(r"This event rests on \d+ claims? from 1 source"))
    _shot(page, "event")

    page.goto(f"{base}/contradictions")
    expect(page.locator(".contradiction").first).to_contain_text("20,000")
    expect(page.locator(".contradiction").first).to_contain_text("5,000")
    _shot(page, "contradictions")
    page.goto(f"{base}/accountability")
    expect(page.locator("#accountability-table")).to_contain_text("Rwandan Patriotic Front")
    _shot(page, "accountability")

    page.goto(f"{base}/custody")
    expect(page.locator("table.custody")).to_contain_text("review decision")
    _shot(page, "custody")
    page.goto(f"{base}/search?q=Nyarubuye")
    expect(page.locator(".results mark.hit").first).to_have_text("Nyarubuye")
    _shot(page, "search")
    page.goto(f"{base}/admin/users")
    _shot(page, "users")

    # Check a text against the record.
    page.goto(f"{base}/check")
    try:
        from factfinder.check import check_text  # noqa: F401
    except ImportError:
        expect(page.locator("#check-missing")).to_contain_text("Checking is not available")
    else:
        page.get_by_label("Text to check").fill(
            "The plane of President Habyarimana was shot down over Kigali on 6 April 1994. "
            "Only a few hundred people died in Nyarubuye.")
        page.get_by_role("button", name="Check against the record").click()
        report = page.locator("#check-report")
        finished = page.locator('#check-report, .job[data-job="check"][data-state="failed"]')
        expect(finished).to_be_visible(timeout=60_000)
        assert report.count() == 1, page.locator("#check-result").inner_text()
        expect(report.locator(".finding").first).to_be_visible()
        _shot(page, "check")

    # Sign out: the session is gone.
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(f"{base}/login")
    page.goto(f"{base}/events")
    expect(page).to_have_url(f"{base}/login?next=%2Fevents")
    page.close()
