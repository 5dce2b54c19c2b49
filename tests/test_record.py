"""The record: events merged across sources with their evidence, grades, credibility,
contradictions and accountability — built from the seeds and the sample documents."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factfinder.cli import cli
from factfinder.cli.demo import example_documents
from factfinder.config import Config
from factfinder.workbench import Workbench
from tests.conftest import BACKENDS, REPO, SEEDS, new_store_url

PROCEEDINGS = REPO / "src" / "factfinder" / "data" / "proceedings" / "rwanda1994_proceedings.csv"


@pytest.fixture(scope="module", params=BACKENDS)
def backend_store(request, tmp_path_factory, pg_admin_engine_lazy):
    """One store per backend for the whole module: extraction of the samples is the slow part."""
    home = tmp_path_factory.mktemp("record")
    url = new_store_url(request.param, home, pg_admin_engine_lazy, request)
    bench = Workbench(Config(home=home, db_url=url, user="tester"))
    bench.ingest([*example_documents(REPO / "examples"), SEEDS], extract=True)
    bench.rebuild()
    yield bench, url, home
    bench.close()


@pytest.fixture
def record(backend_store):
    return backend_store[0]


@pytest.fixture
def store_url(backend_store):
    return backend_store[1]


@pytest.fixture
def home(backend_store):
    return backend_store[2]


def test_plane_attack_is_one_event_supported_by_every_source_that_describes_it(record):
    plane = re.compile(r"\b(plane|avion|aircraft|Falcon)\b", re.I)
    downed = re.compile(r"shot down|shooting down|\babattu", re.I)
    describing = {}
    for source in record.sources():
        for claim in record.show(source["id"])["claims"]:
            if plane.search(claim["text"]) and downed.search(claim["text"]) and "6" in claim["text"] \
                    and claim["stance"] in ("asserts", "reports"):
                describing.setdefault(source["id"], []).append(claim["id"])
    assert len(describing) >= 5, describing
    events = [e for e in record.events() if set(e["sources"]) >= set(describing)]
    assert len(events) == 1, [e["title"] for e in record.events() if len(e["sources"]) > 2]
    detail = record.event(events[0]["id"])
    assert detail["type"] in ("attack", "assassination")
    assert detail["period"]["earliest"] == "1994-04-06"
    assert {link["source_id"] for link in detail["information_links"]} >= set(describing)
    for claim in detail["claims"]:
        assert claim["credibility"]["explanation"]
        assert claim["credibility"]["level"] in range(1, 7)
    claim_ids = {c["id"] for c in detail["claims"]}
    for place in detail["attributes"]["places"]:
        assert set(place["claims"]) <= claim_ids


def test_death_toll_contradiction_lists_every_side(record):
    tolls = [c for c in record.contradictions() if c["subject"].startswith("national death toll")]
    assert len(tolls) == 1
    lows = {side["value"]["low"] for side in tolls[0]["sides"]}
    assert 1074017 in lows and 500000 in lows
    for side in tolls[0]["sides"]:
        assert side["evidence"] and all(e["source_id"] in side["sources"] or e["source_id"] for e in side["evidence"])


def test_accountability_has_a_row_for_every_party(record):
    from factfinder.record.accountability import accountability_table, import_proceedings

    result = import_proceedings(record, PROCEEDINGS)
    assert result["added"] >= 40
    rows = {row["group"]: row for row in accountability_table(record)}
    assert {"genocidal_government_and_forces", "rpf_rpa"} <= set(rows)
    assert rows["rpf_rpa"]["proceedings"] >= 1
    assert rows["genocidal_government_and_forces"]["convicted"] > rows["rpf_rpa"]["convicted"]
    assert rows["genocidal_government_and_forces"]["victims_documented_high"] >= 500000
    again = import_proceedings(record, PROCEEDINGS)
    assert again == {**result, "added": 0, "updated": result["added"]}


def test_grades_proposed_then_set_by_a_person_and_kept(record):
    from factfinder.record.queries import grades

    proposed = grades(record)
    assert proposed and all(g["proposed"] for g in proposed.values())
    source_id = next(iter(proposed))
    record.grade(source_id[:10], "b", "checked against the court record")
    record.rebuild()
    kept = grades(record)[source_id]
    assert kept == {"grade": "B", "reason": "checked against the court record", "proposed": False,
                    "set_by": "tester"}
    assert [e for e in record.custody_log() if e["action"] == "grade"][0]["details"]["after"]["grade"] == "B"


def test_rebuild_is_incremental_and_logged(record, tmp_path):
    again = record.rebuild()
    assert again["new_features"] == 0
    path = tmp_path / "new.txt"
    path.write_text("On 6 April 1994 the presidential plane was shot down over Kigali, witnesses said.\n",
                    encoding="utf-8")
    record.ingest([path], extract=True)
    third = record.rebuild()
    assert 0 < third["new_features"] <= 3
    assert record.custody_log()[-1]["action"] == "rebuild"
    assert record.verify().ok


def test_cli_events_event_contradictions_json(record, store_url, home):
    base = ["--db", store_url, "--data-dir", str(home)]
    events = json.loads(CliRunner().invoke(cli, [*base, "events", "--json", "--min-sources", "2"]).stdout)
    assert events and set(events[0]) >= {"id", "type", "period", "places", "perpetrators", "victims", "counts",
                                         "claims", "sources"}
    shown = CliRunner().invoke(cli, [*base, "event", events[0]["id"]])
    assert shown.exit_code == 0 and "credibility" in shown.output
    contradictions = json.loads(CliRunner().invoke(cli, [*base, "contradictions", "--json"]).stdout)
    assert all(len(c["sides"]) >= 2 for c in contradictions)
    table = CliRunner().invoke(cli, [*base, "accountability", "--csv"]).stdout.splitlines()
    assert table[0].startswith("group,events_documented") and any(r.startswith("rpf_rpa,") for r in table)


def test_entities_resolve_across_sources_and_people_can_merge_and_split(record):
    from factfinder.record.resolve import list_entities, merge_entities, split_entity

    people = {e["canonical"]: e for e in list_entities(record, "person")}
    dallaire = next(e for name, e in people.items() if "Dallaire" in name)
    assert "Dallaire" in dallaire["aliases"] and dallaire["mentions"] >= 3
    actors = {e["gazetteer_id"]: e for e in list_entities(record, "actor") if e["gazetteer_id"]}
    assert "un.unamir" in actors and "rw.party.rpf" in actors

    singles = sorted((e for e in people.values() if len(e["canonical"].split()) == 1), key=lambda e: e["id"])[:2]
    merge_entities(record, singles[0]["id"], [singles[1]["id"]])
    record.rebuild()
    merged = [e for e in list_entities(record, "person") if set(singles[1]["aliases"]) <= set(e["aliases"])]
    assert len(merged) == 1 and set(singles[0]["aliases"]) <= set(merged[0]["aliases"])

    from factfinder.store.schema import EntityLink
    from sqlalchemy import select

    with record.db.read() as session:
        mention_ids = list(session.scalars(select(EntityLink.mention_id).where(EntityLink.entity_id == dallaire["id"])))
    split_entity(record, dallaire["id"], mention_ids[:1], canonical="Someone else")
    record.rebuild()
    assert any(e["canonical"] == "Someone else" for e in list_entities(record, "person"))
    actions = [e["action"] for e in record.custody_log()]
    assert "merge" in actions and "split" in actions


def test_export_includes_events(record, tmp_path):
    out = tmp_path / "record.jsonl"
    record.export("jsonl", out)
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if '"type": "event"' in line]
    assert len(events) == len(record.events())
    assert all(e["claims"] and e["attributes"]["sources"] for e in events)
