"""Event clustering on hand-made claim features (no store): accounts within a source,
joins across sources, and the constraints that keep events from creeping."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from factfinder.extract.gazetteer import Gazetteer
from factfinder.record.events import PlaceIndex, cluster_claims
from factfinder.record.features import FEATURES_VERSION, deaths_only, event_type


@pytest.fixture(scope="module")
def places():
    return PlaceIndex(Gazetteer.load())


def feature(source, kind, day=None, *, places=(), sites=(), targets=(), persons=(), actors=(), inherited=False,
            deaths=False, days=0):
    when = None
    if day:
        latest = (date.fromisoformat(day) + timedelta(days=days)).isoformat()
        when = {"earliest": day, "latest": latest, "days": days, "inherited": inherited}
    return {"version": FEATURES_VERSION, "source_id": source, "event_type": kind, "date": when,
            "places": list(places), "actors": list(actors), "persons": list(persons), "agents": [],
            "salient": list(sites), "sites": list(sites), "targets": list(targets), "figures": [],
            "stance": "asserts", "asserted_by": "author", "deaths_only": deaths}


def groups(events):
    return sorted(sorted(e.claims) for e in events)


def test_event_types_in_english_and_french():
    assert event_type("The Chamber found him guilty of genocide") == "trial"
    assert event_type("la Première ministre est assassinée") == "assassination"
    assert event_type("Le 30 juillet, plus de 1 200 réfugiés meurent du choléra") == "epidemic"
    assert event_type("More than 250,000 Rwandans crossed into Tanzania") == "displacement"
    assert deaths_only("No one on board survived.", event_type("No one on board survived."))
    assert not deaths_only("Soldiers killed 40 people", "killing")


def test_accounts_continue_within_a_source_and_join_across_sources(places):
    features = {
        1: feature("a", "attack", "1994-04-06", places=["rw.town.kigali"], sites=["plane"], persons=["Habyarimana"]),
        2: feature("a", "killing", "1994-04-06", inherited=True, deaths=True),       # "No one survived."
        3: feature("a", None, "1994-04-06", inherited=True),                          # untyped continuation
        4: feature("b", "attack", "1994-04-06", sites=["plane"], persons=["Juvénal Habyarimana"]),
        5: feature("b", "killing", "1994-05-20", places=["rw.pref.butare"], sites=["church"]),  # own new date
    }
    positions = {1: ("a", 0, 50), 2: ("a", 52, 80), 3: ("a", 82, 120), 4: ("b", 0, 60), 5: ("b", 62, 120)}
    assert groups(cluster_claims(features, places, positions)) == [[1, 2, 3, 4], [5]]


def test_different_sites_places_days_or_targets_stay_apart(places):
    features = {
        1: feature("a", "massacre", "1994-04-15", places=["rw.pref.kibuye"], sites=["church"]),
        2: feature("b", "massacre", "1994-04-15", places=["rw.pref.kibuye"], sites=["stadium"]),
        3: feature("c", "massacre", "1994-04-15", places=["rw.pref.butare"], sites=["church"]),
        4: feature("d", "massacre", "1994-04-25", places=["rw.pref.kibuye"], sites=["church"]),
        5: feature("e", "killing", "1994-04-07", targets=["prime_minister"], places=["rw.town.kigali"]),
        6: feature("f", "killing", "1994-04-07", targets=["clergy"], places=["rw.town.kigali"]),
        7: feature("g", "massacre", "1994-04-16", places=["rw.pref.kibuye"], sites=["church"]),
    }
    assert groups(cluster_claims(features, places)) == [[1, 7], [2], [3], [4], [5], [6]]


def test_no_creeping_along_neighbouring_days(places):
    """The collapse seen at 5,000 generated sources: each day's claims joined the event of
    the day before, until one event spanned months. An event's precise dates now stay
    within two days."""
    features = {i: feature(f"s{i}", "killing", (date(1994, 4, 7) + timedelta(days=i)).isoformat(),
                           places=["rw.pref.butare"], sites=["school"]) for i in range(30)}
    events = cluster_claims(features, places)
    assert len(events) >= 10
    for event in events:
        assert (date.fromisoformat(event.latest) - date.fromisoformat(event.earliest)).days <= 2


def test_generated_corpus_does_not_collapse_and_grows_linearly(places):
    rng = random.Random(7)
    sites = ["parish", "school", "stadium", "hospital", "camp", "hill"]
    prefectures = ["rw.pref.butare", "rw.pref.gikongoro", "rw.pref.kibuye", "rw.pref.kigali_ville"]
    features = {}
    for i in range(4000):
        day = (date(1994, 4, 7) + timedelta(days=rng.randint(0, 90))).isoformat()
        site = rng.choice(sites)
        features[i] = feature(f"s{i // 5}", rng.choice(["killing", "massacre", "attack"]), day,
                              places=[rng.choice(prefectures)], sites=["church" if site == "parish" else site])
    events = cluster_claims(features, places)
    assert len(events) > 500  # 91 days × 6 sites × 4 places, days within two merged
    assert max(len(e.claims) for e in events) < 40
    for event in events:
        assert len({features[c]["sites"][0] for c in event.claims}) == 1
        assert len({features[c]["places"][0] for c in event.claims}) == 1


def test_an_epidemic_goes_on_across_days_of_one_report(places):
    features = {
        1: feature("a", "epidemic", "1994-07-20", targets=["cholera"], places=["cd.town.goma"]),
        2: feature("a", "killing", "1994-07-25", deaths=True),                     # "2,000 deaths a day"
        3: feature("b", "epidemic", "1994-07-26", targets=["cholera"], places=["cd.town.goma"]),
        4: feature("c", "epidemic", "1994-11-26", targets=["cholera"], places=["cd.town.goma"]),
    }
    positions = {1: ("a", 0, 50), 2: ("a", 52, 90), 3: ("b", 0, 50), 4: ("c", 0, 50)}
    assert groups(cluster_claims(features, places, positions)) == [[1, 2, 3], [4]]
