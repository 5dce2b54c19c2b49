"""Grouping claims into events: same kind of act, overlapping period, same or nearby
place, compatible actors.

Claims are taken most precise first (a dated day before a month before a year), and each
joins the event it fits best or starts a new one. A claim joins an event when the kinds
of act are compatible, their dates (when both are precise to a month or better) overlap
within a day, and at least one more thing ties them: the same or a nested place, a shared
site ("the plane", "the parish"), a shared actor or person. Without a precise date a
claim needs two such ties, one of them a place or a site.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from factfinder.extract.gazetteer import Gazetteer
from factfinder.record.features import compatible

PRECISE_DAYS = 31
BROAD_PLACE_TYPES = {"country", "region", "lake", "river"}


@dataclass
class Cluster:
    type: str
    claims: list[int] = field(default_factory=list)
    earliest: str | None = None
    latest: str | None = None
    places: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    salient: set[str] = field(default_factory=set)
    types: list[str] = field(default_factory=list)
    dates: list[tuple[int, str, str]] = field(default_factory=list)

    def settle_period(self) -> None:
        """The period is that of the most precise claims: a day if any claim gives one, else
        the months given, else whatever is given."""
        if not self.dates:
            return
        finest = min(days for days, _, _ in self.dates)
        limit = 1 if finest <= 1 else PRECISE_DAYS if finest <= PRECISE_DAYS else 10 ** 6
        chosen = [(lo, hi) for days, lo, hi in self.dates if days <= limit]
        self.earliest = min(lo for lo, _ in chosen)
        self.latest = max(hi for _, hi in chosen)


class PlaceIndex:
    """Answers "same or nearby place" from the gazetteer's hierarchy."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._ancestors: dict[str, set[str]] = {}

    def ancestors(self, place: str) -> set[str]:
        if place not in self._ancestors:
            chain, entry = set(), self.gazetteer.get(place)
            while entry is not None and entry.parent and entry.parent not in chain:
                chain.add(entry.parent)
                entry = self.gazetteer.get(entry.parent)
            self._ancestors[place] = chain
        return self._ancestors[place]

    def specific(self, place: str) -> bool:
        entry = self.gazetteer.get(place)
        return entry is None or entry.type not in BROAD_PLACE_TYPES

    def related(self, a: set[str], b: set[str]) -> bool:
        for x in a:
            if not self.specific(x):
                continue
            for y in b:
                if not self.specific(y):
                    continue
                if x == y or x in self.ancestors(y) or y in self.ancestors(x):
                    return True
        return False


def _overlap(a_lo: str, a_hi: str, b_lo: str, b_hi: str, slack_days: int = 1) -> bool:
    lo = date.fromisoformat(a_lo) - timedelta(days=slack_days)
    hi = date.fromisoformat(a_hi) + timedelta(days=slack_days)
    return date.fromisoformat(b_lo) <= hi and date.fromisoformat(b_hi) >= lo


def cluster_claims(features: dict[int, dict], places: PlaceIndex) -> list[Cluster]:
    candidates = [(cid, f) for cid, f in features.items()
                  if f["event_type"] and f["stance"] in ("asserts", "reports")]
    candidates.sort(key=lambda item: ((item[1]["date"] or {}).get("days", 10 ** 6),
                                      (item[1]["date"] or {}).get("earliest") or "", item[0]))
    clusters: list[Cluster] = []
    for claim_id, f in candidates:
        best, best_score = None, 0
        date_ = f["date"]
        precise = date_ is not None and date_["days"] <= PRECISE_DAYS
        for cluster in clusters:
            if not compatible(f["event_type"], cluster.type):
                continue
            dated_match = False
            if date_ and cluster.earliest:
                if not _overlap(cluster.earliest, cluster.latest, date_["earliest"], date_["latest"]):
                    continue
                dated_match = precise and (date.fromisoformat(cluster.latest) -
                                           date.fromisoformat(cluster.earliest)).days <= PRECISE_DAYS
            if f["salient"] and cluster.salient and not set(f["salient"]) & cluster.salient:
                continue  # both name their site, and the sites differ: two incidents
            place_tie = places.related(set(f["places"]), cluster.places)
            site_tie = bool(set(f["salient"]) & cluster.salient)
            ties = (2 if place_tie else 0) + (2 if site_tie else 0) + (1 if set(f["actors"]) & cluster.actors else 0) \
                + (1 if set(f["persons"]) & cluster.persons else 0)
            if dated_match:
                score = ties + 2 if ties else 0
            else:
                score = ties if ties >= 3 and (place_tie or site_tie) else 0
            if score > best_score:
                best, best_score = cluster, score
        if best is None:
            best = Cluster(type=f["event_type"])
            clusters.append(best)
        best.claims.append(claim_id)
        best.types.append(f["event_type"])
        if date_:
            best.dates.append((date_["days"], date_["earliest"], date_["latest"]))
            best.settle_period()
        best.places |= set(f["places"])
        best.actors |= set(f["actors"])
        best.persons |= set(f["persons"])
        best.salient |= set(f["salient"])
    for cluster in clusters:
        # The most specific kind among the claims names the event ("massacre" over "killing").
        order = ["assassination", "massacre", "sexual_violence", "attack", "killing", "displacement",
                 "destruction", "arrest", "trial"]
        cluster.type = min(cluster.types, key=lambda t: (order.index(t) if t in order else 99, t))
    return clusters


CONTINUATION_CHARS = 300


def attach_continuations(clusters: list[Cluster], features: dict[int, dict],
                         positions: dict[int, tuple[str, int, int]]) -> int:
    """A sentence that names no act of its own but directly follows one in the same source
    ("No one on board survived.") continues that account: it joins the same event.
    `positions` maps claim id to (source id, start, end). Returns how many claims joined."""
    owner = {claim_id: cluster for cluster in clusters for claim_id in cluster.claims}
    ordered = sorted(positions.items(), key=lambda item: (item[1][0], item[1][1]))
    joined = 0
    previous: tuple[int, tuple[str, int, int]] | None = None
    for claim_id, (source_id, start, end) in ordered:
        f = features.get(claim_id)
        if (claim_id not in owner and f is not None and not f["event_type"]
                and f["stance"] in ("asserts", "reports") and previous is not None):
            prev_id, (prev_source, _, prev_end) = previous
            if prev_source == source_id and 0 <= start - prev_end <= CONTINUATION_CHARS and prev_id in owner:
                cluster = owner[prev_id]
                cluster.claims.append(claim_id)
                cluster.places |= set(f["places"])
                cluster.persons |= set(f["persons"])
                owner[claim_id] = cluster
                joined += 1
        previous = (claim_id, (source_id, start, end))
    return joined
