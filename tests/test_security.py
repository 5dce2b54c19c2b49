"""Accounts, roles and the protection of sensitive data: passwords (Argon2id), lockout,
TOTP (RFC 6238), tokens and sessions, CSRF, permissions, confidential sources, and
witness details and victim records encrypted at rest with the key outside the database."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text

from factfinder.config import Config
from factfinder.errors import EncryptionKeyError, InvalidInput, NotFound
from factfinder.security import (BadCredentials, LockedOut, PermissionDenied, Principal, Security, TotpInvalid,
                                 TotpRequired, verify_totp, workbench_for)
from factfinder.security import totp
from factfinder.store.schema import AuthToken, Source, User, VictimRecord
from factfinder.workbench import Workbench

PASSWORD = "correct horse battery staple"
WITNESS = "Immaculée Nyirahabimana"
CONTACT = "+250 788 000 111"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 4, 7, 12, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(autouse=True)
def _no_key_override(monkeypatch):
    monkeypatch.delenv("FACTFINDER_FIELD_KEY_FILE", raising=False)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def security(wb, clock):
    return Security(wb, clock=clock)


@pytest.fixture
def two_sources(wb, tmp_path):
    ids = []
    for name, body in (("open", "Open report on Murambi.\n\nThe killings at Murambi began on 21 April 1994."),
                       ("secret", "Confidential testimony on Murambi.\n\nA witness saw soldiers at Murambi.")):
        path = tmp_path / f"{name}.txt"
        path.write_text(body + "\n", encoding="utf-8")
        ids.append(wb.ingest([path])[0].source_id)
    return ids


# ---- passwords and lockout --------------------------------------------------------------
def test_password_is_stored_as_argon2id_and_verified(wb, security):
    security.add_user("ana", "analyst", PASSWORD)
    with wb.db.read() as session:
        stored = session.scalar(select(User.password_hash).where(User.name == "ana"))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert security.authenticate("ana", PASSWORD) == Principal("ana", "analyst")
    with pytest.raises(BadCredentials):
        security.authenticate("ana", PASSWORD + "!")
    with pytest.raises(BadCredentials):
        security.authenticate("nobody", PASSWORD)


def test_password_policy_gives_a_clear_error(security):
    with pytest.raises(InvalidInput) as excinfo:
        security.add_user("ana", "analyst", "short")
    assert "[E507]" in str(excinfo.value) and "12" in str(excinfo.value)
    with pytest.raises(InvalidInput, match="E506"):
        security.add_user("ana", "superuser", PASSWORD)
    with pytest.raises(InvalidInput, match="E514"):
        security.add_user("ana smith", "analyst", PASSWORD)


def test_five_failures_lock_the_account_for_fifteen_minutes(wb, security, clock):
    security.add_user("ana", "analyst", PASSWORD)
    for _ in range(4):
        with pytest.raises(BadCredentials):
            security.authenticate("ana", "wrong password here")
        clock.advance(minutes=1)
    with pytest.raises(LockedOut) as excinfo:
        security.authenticate("ana", "wrong password here")
    assert excinfo.value.until == (clock.now + timedelta(minutes=15)).isoformat()
    clock.advance(minutes=14)
    with pytest.raises(LockedOut):  # even the right password, while locked
        security.authenticate("ana", PASSWORD)
    clock.advance(minutes=1, seconds=1)
    assert security.authenticate("ana", PASSWORD).name == "ana"

    log = wb.custody_log()
    actions = [e["action"] for e in log]
    assert actions.count("login_failure") == 5 and actions.count("lockout") == 1 and actions[-1] == "login"
    assert all(PASSWORD not in json.dumps(e) and "wrong password here" not in json.dumps(e) for e in log)
    assert next(e for e in log if e["action"] == "lockout")["actor"] == "ana"


def test_failures_outside_the_window_do_not_add_up(security, clock):
    security.add_user("ana", "analyst", PASSWORD)
    for _ in range(8):
        with pytest.raises(BadCredentials):
            security.authenticate("ana", "wrong password here")
        clock.advance(minutes=4)  # 4 failures span > 15 minutes: the count restarts
    assert security.authenticate("ana", PASSWORD).name == "ana"


def test_disabled_user_cannot_log_in_and_last_admin_is_kept(security):
    security.add_user("root", "admin", PASSWORD)
    security.add_user("ana", "analyst", PASSWORD)
    token = security.issue_token(security.authenticate("ana", PASSWORD))
    security.disable_user("ana")
    with pytest.raises(BadCredentials):
        security.authenticate("ana", PASSWORD)
    assert security.principal_for_token(token) is None
    with pytest.raises(InvalidInput, match="E513"):
        security.disable_user("root")
    with pytest.raises(InvalidInput, match="E513"):
        security.set_role("root", "viewer")


# ---- TOTP ---------------------------------------------------------------------------------
# RFC 6238 appendix B: the SHA-1 seed "12345678901234567890", 8 digits.
RFC6238_SHA1 = [(59, "94287082"), (1111111109, "07081804"), (1111111111, "14050471"),
                (1234567890, "89005924"), (2000000000, "69279037"), (20000000000, "65353130")]


@pytest.mark.parametrize("at,code", RFC6238_SHA1)
def test_totp_matches_rfc_6238_test_vectors(at, code):
    assert totp.totp(b"12345678901234567890", at, digits=8) == code


def test_totp_sha256_vector_and_verify_window():
    assert totp.totp(b"12345678901234567890123456789012", 59, digits=8, algorithm="sha256") == "46119246"
    secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"  # base32 of the RFC seed
    assert totp.code_for(secret, 59) == "287082"
    assert verify_totp(secret, "287082", at=59)
    assert verify_totp(secret, "287082", at=59 + 30)      # one step late: accepted
    assert not verify_totp(secret, "287082", at=59 + 90)  # three steps late: refused
    assert not verify_totp(secret, "28708", at=59) and not verify_totp(secret, None, at=59)


def test_login_with_totp(wb, security, clock):
    security.add_user("ana", "analyst", PASSWORD)
    secret, uri = security.enable_totp("ana")
    assert uri.startswith("otpauth://totp/factfinder%3Aana?") and f"secret={secret}" in uri
    with wb.db.read() as session:
        assert secret not in session.scalar(select(User.totp_secret).where(User.name == "ana"))
    with pytest.raises(TotpRequired):
        security.authenticate("ana", PASSWORD)
    with pytest.raises(TotpInvalid):
        security.authenticate("ana", PASSWORD, totp_code="000000" if totp.code_for(secret, clock.now.timestamp())
                              != "000000" else "111111")
    code = totp.code_for(secret, clock.now.timestamp())
    assert security.authenticate("ana", PASSWORD, totp_code=code).name == "ana"
    with pytest.raises(TotpInvalid):  # a code is good once
        security.authenticate("ana", PASSWORD, totp_code=code)
    clock.advance(seconds=30)
    assert security.authenticate("ana", PASSWORD, totp_code=totp.code_for(secret, clock.now.timestamp()))
    security.disable_totp("ana")
    assert security.authenticate("ana", PASSWORD).name == "ana"


# ---- tokens, sessions, CSRF -------------------------------------------------------------
def test_tokens_expire_and_can_be_revoked(wb, security, clock):
    ana = security.add_user("ana", "analyst", PASSWORD)
    token = security.issue_token(ana, ttl_seconds=3600)
    with wb.db.read() as session:
        assert session.get(AuthToken, token) is None  # only the digest is stored
    assert security.principal_for_token(token) == ana
    assert security.principal_for_token(token + "x") is None and security.principal_for_token("") is None
    clock.advance(seconds=3600)
    assert security.principal_for_token(token) is None
    other = security.issue_token(ana)
    security.revoke_token(other)
    assert security.principal_for_token(other) is None


def test_role_change_applies_to_existing_tokens(security):
    ana = security.add_user("ana", "analyst", PASSWORD)
    token = security.issue_token(ana)
    security.set_role("ana", "viewer")
    assert security.principal_for_token(token) == Principal("ana", "viewer")


def test_sessions_and_csrf(security, clock):
    ana = security.add_user("ana", "analyst", PASSWORD)
    session_id, csrf = security.create_session(ana)
    assert security.principal_for_session(session_id) == ana
    assert security.principal_for_token(session_id) is None  # a session id is not an API token
    assert security.csrf_token(session_id) == csrf
    assert security.check_csrf(session_id, csrf)
    assert not security.check_csrf(session_id, csrf[:-1] + ("0" if csrf[-1] != "0" else "1"))
    assert not security.check_csrf(session_id, None)
    other_id, other_csrf = security.create_session(ana)
    assert not security.check_csrf(session_id, other_csrf)
    security.end_session(session_id)
    assert security.principal_for_session(session_id) is None and not security.check_csrf(session_id, csrf)
    clock.advance(hours=9)
    assert security.principal_for_session(other_id) is None


def test_new_password_ends_sessions(security):
    ana = security.add_user("ana", "analyst", PASSWORD)
    session_id, _ = security.create_session(ana)
    security.set_password("ana", "another long passphrase")
    assert security.principal_for_session(session_id) is None
    assert security.authenticate("ana", "another long passphrase") == ana


# ---- roles and permissions --------------------------------------------------------------
def test_permissions_of_each_role():
    table = {role: {p for p in ("read", "review", "write", "sensitive", "confidential", "admin")
                    if Principal("x", role).can(p)} for role in ("admin", "analyst", "reviewer", "viewer")}
    assert table == {"admin": {"read", "review", "write", "sensitive", "confidential", "admin"},
                     "analyst": {"read", "review", "write", "sensitive"},
                     "reviewer": {"read", "review"}, "viewer": {"read"}}


def test_viewer_cannot_write(wb, security, two_sources, tmp_path):
    viewer = workbench_for(wb, security.add_user("vic", "viewer", PASSWORD))
    path = tmp_path / "new.txt"
    path.write_text("A new report.\n", encoding="utf-8")
    with pytest.raises(PermissionDenied) as excinfo:
        viewer.ingest([path])
    assert "[E505]" in str(excinfo.value) and "vic (viewer)" in str(excinfo.value)
    for attempt in (lambda: viewer.set_metadata(two_sources[0], {"title": "x"}),
                    lambda: viewer.grade(two_sources[0], "B", "reason"), viewer.rebuild,
                    lambda: viewer.review(1, "confirmed"),
                    lambda: Security(viewer).add_user("eve", "admin", PASSWORD),
                    lambda: Security(viewer).set_confidential(two_sources[0], True)):
        with pytest.raises(PermissionDenied):
            attempt()
    assert len(viewer.sources()) == 2  # reading is allowed


def test_user_view_logs_in_the_users_name_and_shares_the_engine(wb, security, two_sources):
    ana = workbench_for(wb, security.add_user("ana", "analyst", PASSWORD))
    assert ana.db.engine is wb.db.engine
    ana.set_metadata(two_sources[0], {"title": "Renamed"})
    assert wb.custody_log()[-1]["actor"] == "ana"
    ana.close()  # a view does not close the shared engine
    assert wb.sources()[0]["title"] in ("Renamed", "secret")


def test_admin_actions_are_logged_with_the_acting_admin(wb, security, two_sources):
    security.add_user("root", "admin", PASSWORD)
    admin = Security(workbench_for(wb, Principal("root", "admin")))
    admin.add_user("rev", "reviewer", PASSWORD)
    admin.set_confidential(two_sources[1], True)
    admin.grant(two_sources[1], "rev")
    admin.set_role("rev", "analyst")
    tail = wb.custody_log()[-4:]
    assert [(e["actor"], e["action"]) for e in tail] == [("root", "user_add"), ("root", "confidentiality"),
                                                         ("root", "access_grant"), ("root", "role_change")]
    assert admin.grants(two_sources[1]) == ["rev"]
    assert [u["name"] for u in admin.list_users()] == ["rev", "root"]


# ---- confidential sources ---------------------------------------------------------------
def test_reviewer_cannot_see_a_confidential_source(wb, security, two_sources, tmp_path):
    open_id, secret_id = two_sources
    security.set_confidential(secret_id, True)
    rev = workbench_for(wb, security.add_user("rev", "reviewer", PASSWORD))
    assert [s["id"] for s in rev.sources()] == [open_id]
    for attempt in (lambda: rev.show(secret_id), lambda: rev.show(secret_id[:8]),
                    lambda: rev.mentions(secret_id)):
        with pytest.raises(NotFound) as excinfo:
            attempt()
        assert "[E301]" in str(excinfo.value)
    assert {h["source_id"] for h in rev.search("Murambi")} == {open_id}
    assert all(e["object_id"] != secret_id for e in rev.custody_log())
    assert all(e["object_type"] != "user" for e in rev.custody_log())  # account entries: admins only
    out = tmp_path / "rev.jsonl"
    rev.export("jsonl", out)
    assert secret_id not in out.read_text(encoding="utf-8")

    admin = workbench_for(wb, Principal("root", "admin"))
    assert {s["id"] for s in admin.sources()} == {open_id, secret_id}
    assert {h["source_id"] for h in wb.search("Murambi")} == {open_id, secret_id}

    security.grant(secret_id, "rev")
    assert {s["id"] for s in rev.sources()} == {open_id, secret_id}
    assert rev.show(secret_id[:10])["source"]["confidential"] is True
    security.revoke(secret_id, "rev")
    assert [s["id"] for s in rev.sources()] == [open_id]


def test_reads_are_scrubbed_only_when_something_is_hidden(wb, security, two_sources):
    from factfinder.security.access import HIDDEN_SOURCES

    open_id, secret_id = two_sources
    rev = workbench_for(wb, security.add_user("rev", "reviewer", PASSWORD))
    with rev._reader().db.read() as session:
        # Nothing hidden: no listener copying every event, contradiction and assessment as it loads.
        assert session.info[HIDDEN_SOURCES] == frozenset()
        assert not session.dispatch.loaded_as_persistent
    assert {h["source_id"] for h in rev.search("Murambi")} == {open_id, secret_id}
    security.set_confidential(secret_id, True)
    with rev._reader().db.read() as session:
        assert session.info[HIDDEN_SOURCES] == {secret_id}
        assert session.dispatch.loaded_as_persistent
    assert {h["source_id"] for h in rev.search("Murambi")} == {open_id}
    assert {h["source_id"] for h in rev.search("Murambi", limit=1)} == {open_id}
    security.grant(secret_id, "rev")
    with rev._reader().db.read() as session:
        assert session.info[HIDDEN_SOURCES] == frozenset()
    assert {h["source_id"] for h in rev.search("Murambi")} == {open_id, secret_id}


def test_events_drop_claims_of_invisible_sources(wb, security, two_sources):
    open_id, secret_id = two_sources
    wb.extract()
    wb.rebuild()
    security.set_confidential(secret_id, True)
    rev = workbench_for(wb, security.add_user("rev", "reviewer", PASSWORD))
    with wb.db.read() as session:
        secret_claims = set(session.scalars(text("SELECT id FROM claims WHERE source_id = :s").bindparams(s=secret_id)))
    for event in rev.events():
        assert not secret_claims & set(event["claims"])
        assert secret_id not in event["sources"]
        detail = rev.event(event["id"])
        assert all(c["source_id"] != secret_id for c in detail["claims"])
        assert all(link["source_id"] != secret_id for link in detail["information_links"])
    for contradiction in rev.contradictions():
        for side in contradiction["sides"]:
            assert all(item["source_id"] != secret_id for item in side["evidence"])
    assert sum(len(e["claims"]) for e in wb.events()) >= sum(len(e["claims"]) for e in rev.events())


# ---- sensitive fields: encryption and redaction -----------------------------------------
def _raw_sensitive(wb, source_id):
    with wb.db.engine.connect() as conn:
        return conn.execute(text("SELECT sensitive FROM sources WHERE id = :i"), {"i": source_id}).scalar()


def test_witness_details_are_encrypted_at_rest(wb, backend, home, two_sources):
    source_id = two_sources[1]
    wb.set_metadata(source_id, {"witness_name": WITNESS, "witness_contact": CONTACT})
    assert wb.show(source_id)["source"]["sensitive"] == {"witness_name": WITNESS, "witness_contact": CONTACT}
    raw = _raw_sensitive(wb, source_id)
    assert raw.startswith("ffenc1:") and WITNESS not in raw and CONTACT not in raw
    if backend == "sqlite":
        wb.db.engine.dispose()
        blob = b"".join(p.read_bytes() for p in home.glob("factfinder.db*"))
        assert WITNESS.encode() not in blob and CONTACT.encode() not in blob
    key_file = home / "keys" / "field.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert all(WITNESS not in json.dumps(e, ensure_ascii=False) for e in wb.custody_log())
    assert wb.custody_log()[-1]["details"] == {"set": ["witness_contact", "witness_name"], "removed": []}


def test_ciphertexts_cannot_be_moved_between_rows(wb, two_sources):
    first, second = two_sources
    wb.set_metadata(first, {"witness": WITNESS})
    with wb.db.write() as session:
        session.get(Source, second).sensitive = session.get(Source, first).sensitive
        session.get(Source, second).provenance = {"witness": "edit"}
    with pytest.raises(EncryptionKeyError, match="E511"):
        wb.show(second)


def test_wrong_or_missing_key_is_a_clear_error(wb, home, store_url, two_sources, monkeypatch, tmp_path):
    wb.set_metadata(two_sources[0], {"witness_name": WITNESS})
    key_file = home / "keys" / "field.key"
    backup = key_file.read_bytes()

    other = tmp_path / "other.key"
    other.write_text("A" * 43 + "=\n")
    other.chmod(0o644)
    monkeypatch.setenv("FACTFINDER_FIELD_KEY_FILE", str(other))
    with Workbench(Config(home=home, db_url=store_url, user="tester")) as again:
        with pytest.raises(EncryptionKeyError, match="E512.*chmod 600"):
            again.show(two_sources[0])
    other.chmod(0o600)
    monkeypatch.setenv("FACTFINDER_FIELD_KEY_FILE", str(other))
    with Workbench(Config(home=home, db_url=store_url, user="tester")) as again:
        with pytest.raises(EncryptionKeyError) as excinfo:
            again.show(two_sources[0])
        assert "[E511]" in str(excinfo.value) and str(other) in str(excinfo.value)
    monkeypatch.delenv("FACTFINDER_FIELD_KEY_FILE")

    key_file.unlink()
    with Workbench(Config(home=home, db_url=store_url, user="tester")) as again:
        with pytest.raises(EncryptionKeyError, match="E510"):
            again.show(two_sources[0])
        with pytest.raises(EncryptionKeyError, match="E510"):  # and no fresh key is made to hide the loss
            again.set_metadata(two_sources[1], {"witness_name": "someone"})
        assert not key_file.exists()
    key_file.write_bytes(backup)
    key_file.chmod(0o600)
    with Workbench(Config(home=home, db_url=store_url, user="tester")) as again:
        assert again.show(two_sources[0])["source"]["sensitive"] == {"witness_name": WITNESS}

    other.write_text("not base64 at all\n")
    monkeypatch.setenv("FACTFINDER_FIELD_KEY_FILE", str(other))
    with Workbench(Config(home=home, db_url=store_url, user="tester")) as again:
        with pytest.raises(EncryptionKeyError, match="E512"):
            again.show(two_sources[0])


def test_redaction_in_show_sources_and_export(wb, security, two_sources, tmp_path):
    source_id = two_sources[0]
    wb.set_metadata(source_id, {"witness_name": WITNESS, "contact": CONTACT})
    viewer = workbench_for(wb, security.add_user("vic", "viewer", PASSWORD))
    analyst = workbench_for(wb, security.add_user("ana", "analyst", PASSWORD))
    redacted = {"witness_name": "[redacted]", "contact": "[redacted]"}
    assert viewer.show(source_id)["source"]["sensitive"] == redacted
    assert next(s for s in viewer.sources() if s["id"] == source_id)["sensitive"] == redacted
    assert analyst.show(source_id)["source"]["sensitive"] == {"witness_name": WITNESS, "contact": CONTACT}

    for who, name in ((viewer, "viewer.jsonl"), (wb, "operator.jsonl")):
        who.export("jsonl", tmp_path / name)
    as_viewer = (tmp_path / "viewer.jsonl").read_text(encoding="utf-8")
    assert WITNESS not in as_viewer and CONTACT not in as_viewer and "[redacted]" in as_viewer
    assert WITNESS in (tmp_path / "operator.jsonl").read_text(encoding="utf-8")
    viewer.export("csv", tmp_path / "viewer-csv")
    assert all(WITNESS not in p.read_text(encoding="utf-8") for p in (tmp_path / "viewer-csv").iterdir())
    with pytest.raises(PermissionDenied):
        viewer.set_metadata(source_id, {"witness_name": "x"})


def test_sensitive_metadata_at_ingest_and_removal(wb, tmp_path):
    path = tmp_path / "testimony.txt"
    path.write_text("Testimony taken in Butare.\n", encoding="utf-8")
    source_id = wb.ingest([path], metadata={"title": "Testimony 7", "interviewee": WITNESS})[0].source_id
    shown = wb.show(source_id)["source"]
    assert shown["title"] == "Testimony 7" and shown["sensitive"] == {"interviewee": WITNESS}
    wb.set_metadata(source_id, {"interviewee": ""})
    assert wb.show(source_id)["source"]["sensitive"] == {} and _raw_sensitive(wb, source_id) is None


# ---- victim records ---------------------------------------------------------------------
VICTIMS = "id,name,sex,age,commune\n1,Jean Bosco Habimana,M,34,Nyarugenge\n2,Vestine Mukamana,F,27,Gikondo\n"


def test_victim_records_are_encrypted_and_read_back(wb, backend, home, tmp_path):
    from factfinder.estimate.lists import encrypt_existing_records, import_list, load_frames

    path = tmp_path / "parish.csv"
    path.write_text(VICTIMS, encoding="utf-8")
    import_list(wb, path, name="parish", mapping={"id": "record_id", "name": "full_name", "sex": "sex",
                                                    "age": "age", "commune": "commune"})
    with wb.db.engine.connect() as conn:
        raw = [r[0] for r in conn.execute(text("SELECT data FROM victim_records"))]
    assert len(raw) == 2 and all(r.startswith("ffenc1:") and "Habimana" not in r for r in raw)
    if backend == "sqlite":
        wb.db.engine.dispose()
        blob = b"".join(p.read_bytes() for p in home.glob("factfinder.db*"))
        assert b"Habimana" not in blob and b"Mukamana" not in blob
    frame = load_frames(wb)["parish"]
    assert "Jean Bosco Habimana" in set(frame.astype(str).values.ravel())

    # A store from before encryption: plain rows are read as they are, then encrypted on request.
    with wb.db.write() as session:
        row = session.scalars(select(VictimRecord).order_by(VictimRecord.id)).first()
        row.data = json.dumps({"full_name": "Jean Bosco Habimana", "sex": "M"})
    assert "Jean Bosco Habimana" in set(load_frames(wb)["parish"].astype(str).values.ravel())
    assert encrypt_existing_records(wb)["encrypted"] == 1
    with wb.db.engine.connect() as conn:
        assert all(r[0].startswith("ffenc1:") for r in conn.execute(text("SELECT data FROM victim_records")))
    assert wb.custody_log()[-1]["action"] == "encrypt_existing"


def test_key_file_override(wb, tmp_path, monkeypatch, two_sources):
    key = tmp_path / "elsewhere" / "my.key"
    monkeypatch.setenv("FACTFINDER_FIELD_KEY_FILE", str(key))
    wb._cipher = None
    wb.set_metadata(two_sources[0], {"witness": WITNESS})
    assert key.exists() and stat.S_IMODE(key.stat().st_mode) == 0o600
    assert not (wb.config.home / "keys" / "field.key").exists()
    assert os.environ["FACTFINDER_FIELD_KEY_FILE"] == str(key)


def test_event_only_in_a_confidential_source_is_hidden(wb, security, tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Soldiers killed about 300 people at Nyange church on 16 April 1994.\n", encoding="utf-8")
    secret_id = wb.ingest([path], extract=True)[0].source_id
    wb.rebuild()
    assert wb.events()
    security.set_confidential(secret_id, True)
    rev = workbench_for(wb, security.add_user("rev", "reviewer", PASSWORD))
    assert rev.events() == [] and rev.contradictions() == []
    with pytest.raises(NotFound):
        rev.event(wb.events()[0]["id"])
    mention = wb.mentions(secret_id)[0]["id"]
    with pytest.raises(NotFound):
        rev.review(mention, "confirmed")


def test_cli_user_commands(wb, home, store_url, two_sources):
    from click.testing import CliRunner

    from factfinder.cli import cli

    def run(*args, stdin=None):
        result = CliRunner().invoke(cli, ["--db", store_url, "--data-dir", str(home), *args], input=stdin)
        return result.exit_code, result.output

    assert run("user", "add", "root", "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n")[0] == 0
    code, out = run("user", "add", "ana", "--role", "analyst", "--password-stdin", stdin="too short\n")
    assert code == 2 and "E507" in out
    assert run("user", "add", "ana", "--role", "analyst", "--password-stdin", stdin=PASSWORD + "\n")[0] == 0
    assert run("user", "role", "ana", "reviewer")[0] == 0
    code, out = run("user", "totp", "ana")
    assert code == 0 and "otpauth://totp/" in out
    assert run("confidential", two_sources[1][:10], "on")[0] == 0
    assert run("grant", two_sources[1][:10], "ana")[0] == 0
    code, out = run("user", "list", "--json")
    users = {u["name"]: u for u in json.loads(out)}
    assert users["ana"]["role"] == "reviewer" and users["ana"]["totp"] and users["root"]["role"] == "admin"
    assert run("user", "disable", "ana")[0] == 0
    code, out = run("user", "disable", "root")
    assert code == 2 and "E513" in out
    assert Security(wb).principal("ana") is None and Security(wb).grants(two_sources[1]) == ["ana"]
    assert run("security", "encrypt-existing", "--json")[0] == 0
