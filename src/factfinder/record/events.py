"""Grouping claims into events: same kind of act, overlapping period, same or nearby
place, compatible actors.

Linear in the number of claims (up to the size of small candidate sets):

1. **Accounts.** Within one source, a sentence continues the account of the sentences
   just before it ("No one on board survived.", "Bruxelles announced that ten
   peacekeepers were also killed.") unless it starts a new one: it gives a date of its own
   on other days (for an epidemic or an exodus: outside their two-month window), names a
   different site or a known place elsewhere, or a kind of act of another family. A
   timeline's entries, each with its own date, are separate accounts. A date a sentence
   only inherits from its context adds nothing to the account's dates.
2. **Events.** Accounts (of any sources, the same one included) are taken most precise
   first (a day before a month before a year or none) and each joins the event it fits
   best or starts a new one. Candidate events come from an index keyed by family of act,
   a tie (site, place or one of its ancestors in the gazetteer, person's surname, target)
   and a date bucket (a day for punctual acts, a month for things that go on), so an
   account is only compared with the few events it could join. A join needs compatible
   families (attack, assassination, killing, massacre and sexual violence describe one
   incident from different angles; bare deaths belong to a violent act, an epidemic or an
   exodus), no conflict — the event's precise dates with the account's must stay within
   two days for punctual acts (violence, destruction, proceedings), two months for things
   that go on (an exodus, an epidemic, an operation); sites must not differ; targets (the
   prime minister, the clergy) must not differ unless a site or person ties them; known
   places elsewhere exclude a join unless a person ties them — and enough ties: a shared
   day and one tie, two strong ties (site, place, person) otherwise.
3. **A second pass** over the events, largest first, with the same rules joins events the
   order of the first pass left apart.

An event's period is checked against the hull of its precise dates, never against the
dates of whichever claim joined last, so events cannot creep along a chain of
neighbouring days (the old greedy clustering did: 5,000 generated sources collapsed into
24 events spanning the whole three months).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from factfinder.extract.gazetteer import Gazetteer
from factfinder.record.features import PUNCTUAL, compatible, family

# Deaths reported without the act behind them ("250 people had died") belong to whatever
# caused them: a massacre, an epidemic, an exodus.
DEATHS = "deaths"
DEATH_CAUSES = {"violence", "epidemic", "displacement"}
# Proceedings and institutional acts on the same day need no further tie.
SAME_DAY_ENOUGH = {"justice", "other"}


# Things that go on: a sentence of the same account may move on to another day of them.
CONTINUING = {"epidemic", "displacement"}
# Named operations and mandates are themselves the event ("Opération Turquoise").
OPERATION_TYPES = {"military_operation", "un_mandate"}


def _surname(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name)
    words = "".join(c for c in folded if c.isalnum() or c.isspace()).lower().split()
    return words[-1] if words else ""


def _families_fit(a: str, b: str) -> bool:
    return a == b or (a == DEATHS and b in DEATH_CAUSES) or (b == DEATHS and a in DEATH_CAUSES)

PRECISE_DAYS = 31
DAY_SPAN = 2             # a punctual event's precise dates may spread over this many days
ONGOING_DAYS = 62        # an exodus, an epidemic, a trial, an operation: about two months
BROAD_PLACE_TYPES = {"country", "region", "lake", "river"}
CONTINUATION_CHARS = 400
ORDER = ["assassination", "massacre", "sexual_violence", "attack", "killing", "epidemic", "displacement",
         "destruction", "arrest", "trial", "institutional"]


def _ordinal(day: str) -> int:
    return date.fromisoformat(day).toordinal()


class PlaceIndex:
    """Answers "same or nearby place" from the gazetteer's hierarchy."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._ancestors: dict[str, set[str]] = {}
        self._specific: dict[str, bool] = {}

    def ancestors(self, place: str) -> set[str]:
        if place not in self._ancestors:
            chain, entry = set(), self.gazetteer.get(place)
            while entry is not None and entry.parent and entry.parent not in chain:
                chain.add(entry.parent)
                entry = self.gazetteer.get(entry.parent)
            self._ancestors[place] = chain
        return self._ancestors[place]

    def specific(self, place: str) -> bool:
        if place not in self._specific:
            entry = self.gazetteer.get(place)
            self._specific[place] = entry is None or entry.type not in BROAD_PLACE_TYPES
        return self._specific[place]

    def known(self, place: str) -> bool:
        """A specific place of the gazetteer: one that can conflict with another."""
        return self.specific(place) and self.gazetteer.get(place) is not None

    def keys(self, place: str) -> set[str]:
        """The place and its specific ancestors: the index keys under which nested places meet."""
        if not self.specific(place):
            return set()
        return {place} | {a for a in self.ancestors(place) if self.specific(a)}

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


@dataclass
class Dates:
    """The precise dates (a month or better) as a hull, and the coarse ones as an intersection."""
    lo: int | None = None
    hi: int | None = None
    finest: int = 10 ** 6
    coarse_lo: int | None = None
    coarse_hi: int | None = None

    def add(self, earliest: str, latest: str, days: int) -> None:
        lo, hi = _ordinal(earliest), _ordinal(latest)
        if days <= PRECISE_DAYS:
            self.lo = lo if self.lo is None else min(self.lo, lo)
            self.hi = hi if self.hi is None else max(self.hi, hi)
            self.finest = min(self.finest, days)
        else:
            self.coarse_lo = lo if self.coarse_lo is None else max(self.coarse_lo, lo)
            self.coarse_hi = hi if self.coarse_hi is None else min(self.coarse_hi, hi)

    def merge(self, other: "Dates") -> None:
        if other.lo is not None:
            self.lo = other.lo if self.lo is None else min(self.lo, other.lo)
            self.hi = other.hi if self.hi is None else max(self.hi, other.hi)
            self.finest = min(self.finest, other.finest)
        if other.coarse_lo is not None:
            self.coarse_lo = other.coarse_lo if self.coarse_lo is None else max(self.coarse_lo, other.coarse_lo)
            self.coarse_hi = other.coarse_hi if self.coarse_hi is None else min(self.coarse_hi, other.coarse_hi)

    @property
    def precise(self) -> bool:
        return self.lo is not None

    @property
    def day(self) -> bool:
        return self.lo is not None and self.finest <= 1


def _dates_fit(a: Dates, b: Dates, punctual: bool) -> tuple[bool, int]:
    """Whether two sets of dates can be one event's, and how much the dates say they are:
    3 for the same day (within one), 2 for precise dates of something that goes on within
    its window, 1 for overlapping months, 0 when one side says nothing precise."""
    for x, y in ((a, b), (b, a)):
        if x.coarse_lo is not None:
            if x.coarse_hi < x.coarse_lo:
                return False, 0
            if y.precise and (y.hi < x.coarse_lo - 1 or y.lo > x.coarse_hi + 1):
                return False, 0
            if y.coarse_lo is not None and (y.coarse_hi < x.coarse_lo or y.coarse_lo > x.coarse_hi):
                return False, 0
    if not (a.precise and b.precise):
        return True, 0
    hull = max(a.hi, b.hi) - min(a.lo, b.lo)
    coarser = max(a.finest, b.finest)
    limit = max(DAY_SPAN, coarser) if punctual else max(ONGOING_DAYS, coarser)
    if hull > limit:
        return False, 0
    overlap = a.lo <= b.hi + 1 and b.lo <= a.hi + 1
    if overlap and a.day and b.day:
        return True, 3
    if not punctual:
        return True, 2
    return (True, 1) if overlap else (False, 0)


def _same_days(a: Dates, b: Dates) -> bool:
    fits, _ = _dates_fit(a, b, True)
    if not fits or not (a.precise and b.precise):
        return fits
    return a.lo <= b.hi and b.lo <= a.hi


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
    sites: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    types: list[str] = field(default_factory=list)
    dates: list[tuple[int, str, str]] = field(default_factory=list)
    window: Dates = field(default_factory=Dates)
    family: str = "other"
    sources: set[str] = field(default_factory=set)

    def absorb(self, other: "Cluster") -> None:
        self.claims.extend(other.claims)
        self.types.extend(other.types)
        self.dates.extend(other.dates)
        self.window.merge(other.window)
        for name in ("places", "actors", "persons", "salient", "sites", "targets", "sources"):
            getattr(self, name).update(getattr(other, name))
        if self.family in ("other", DEATHS) and other.family not in ("other", DEATHS) \
                or self.family == "other" and other.family == DEATHS:
            self.family = other.family

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


def _settle_type(cluster: Cluster) -> None:
    typed = [t for t in cluster.types if t]
    # The most specific kind among the claims names the event ("massacre" over "killing").
    cluster.type = min(typed, key=lambda t: (ORDER.index(t) if t in ORDER else 99, t)) if typed else "other"


def _unit(claim_id: int, f: dict, places: PlaceIndex) -> Cluster:
    """One claim as a cluster. People are compared by surname ("Habyarimana", "President
    Juvénal Habyarimana"); a named operation counts as an actor and as a site."""
    operations = {a for a in f["actors"] if (entry := places.gazetteer.get(a)) is not None
                  and entry.type in OPERATION_TYPES}
    unit = Cluster(type=f["event_type"] or "other", claims=[claim_id], types=[f["event_type"]],
                   places=set(f["places"]), actors=set(f["actors"]),
                   persons={n for n in (_surname(p) for p in f["persons"]) if len(n) > 2} | operations,
                   salient=set(f["salient"]), sites=set(f.get("sites", [])), targets=set(f.get("targets", [])),
                   family=DEATHS if f.get("deaths_only") else family(f["event_type"]) if f["event_type"] else "other",
                   sources={f["source_id"]})
    if f["date"]:
        unit.dates.append((f["date"]["days"], f["date"]["earliest"], f["date"]["latest"]))
        unit.window.add(f["date"]["earliest"], f["date"]["latest"], f["date"]["days"])
    return unit


def _targets_differ(a: Cluster, b: Cluster) -> bool:
    """Both name whom the act was against (the president, the prime minister, the clergy)
    and nobody in common, with no site or person to tie them: two incidents."""
    return bool(a.targets and b.targets and not a.targets & b.targets
                and not a.sites & b.sites and not a.persons & b.persons)


def _place_conflict(a: Cluster, b: Cluster, places: PlaceIndex) -> bool:
    known_a = {p for p in a.places if places.known(p)}
    known_b = {p for p in b.places if places.known(p)}
    return bool(known_a and known_b) and not places.related(known_a, known_b)


def accounts(features: dict[int, dict], positions: dict[int, tuple[str, int, int]],
             places: PlaceIndex) -> list[Cluster]:
    """Step 1: each source's claims as accounts of consecutive sentences about one thing."""
    by_source: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for claim_id, f in features.items():
        if f["stance"] in ("asserts", "reports") and claim_id in positions:
            source_id, start, end = positions[claim_id]
            by_source[source_id].append((start, end, claim_id))
    out: list[Cluster] = []
    for source_id in sorted(by_source):
        current: Cluster | None = None
        last_end = None
        for start, end, claim_id in sorted(by_source[source_id]):
            f = features[claim_id]
            unit = _unit(claim_id, f, places)
            joins, own_date = False, False
            if current is not None and last_end is not None and 0 <= start - last_end <= CONTINUATION_CHARS:
                kind, own_date = f["event_type"], f["date"] is not None and not f["date"].get("inherited")
                typed = [t for t in current.types if t]
                if kind is None or not typed or (unit.family == DEATHS and current.family in DEATH_CAUSES | {DEATHS}):
                    kinds_fit = True
                elif own_date:  # a new dated sentence continues only the same kind of act
                    kinds_fit = any(compatible(kind, t) for t in typed)
                else:
                    kinds_fit = _families_fit(unit.family, current.family)
                # A sentence with a date of its own continues the account only on the same days,
                # or within the window of something that goes on (an epidemic, an exodus).
                fits = not own_date or _same_days(current.window, unit.window) or (
                    current.family in CONTINUING and unit.family in CONTINUING | {DEATHS}
                    and _dates_fit(current.window, unit.window, False)[0])
                sites_fit = not (unit.sites and current.sites and not unit.sites & current.sites)
                places_fit = kind is None or not _place_conflict(current, unit, places)
                joins = kinds_fit and fits and sites_fit and places_fit
            if joins:
                if not own_date and (current.window.precise or current.window.coarse_lo is not None):
                    # A date the sentence only inherits from its context says nothing new.
                    unit.window, unit.dates = Dates(), []
                current.absorb(unit)
            else:
                current = unit
                out.append(current)
            last_end = end
    return out


STRONG_KEYS = {"s:", "l:", "p:", "t:"}


def _keys(unit: Cluster, places: PlaceIndex) -> set[str]:
    keys = {"s:" + s for s in unit.sites} | {"t:" + t for t in unit.targets} | {"p:" + p for p in unit.persons}
    keys |= {"a:" + a for a in unit.actors}
    for place in unit.places:
        keys |= {"l:" + k for k in places.keys(place)}
    return keys


def _score(event: Cluster, unit: Cluster, places: PlaceIndex) -> int:
    """How strongly an account belongs to an event; 0 when it cannot or does not."""
    if not _families_fit(unit.family, event.family):
        return 0
    punctual = event.family in PUNCTUAL or unit.family in PUNCTUAL
    fits, date_points = _dates_fit(event.window, unit.window, punctual)
    if not fits:
        return 0
    if unit.sites and event.sites and not unit.sites & event.sites:
        return 0  # both name their site, and the sites differ: two incidents
    if _targets_differ(event, unit):
        return 0
    strong = 0
    if places.related(unit.places, event.places):
        strong += 2
    if unit.sites & event.sites:
        strong += 2
    if unit.persons & event.persons:
        strong += 2
    weak = (1 if unit.targets & event.targets else 0) + (1 if unit.actors & event.actors else 0)
    if not unit.persons & event.persons and _place_conflict(event, unit, places):
        return 0  # different known places, and no named person to bridge a vague location
    ties = strong + weak
    if date_points == 3 and ties == 0 and event.family in SAME_DAY_ENOUGH \
            and not (event.persons and unit.persons):
        return 3
    if ties <= 0:
        return 0
    if date_points == 3:
        return 3 + ties
    if date_points == 2 and strong >= 2:
        return 2 + ties
    if date_points >= 1:
        return date_points + ties if ties >= 3 else 0
    return ties if ties >= 4 and strong >= 2 else 0


def _buckets(window: Dates, punctual: bool) -> list[tuple[str, int]] | None:
    """Date buckets to look in: days for punctual acts, months (31 days) around the
    window for things that go on; None without a precise date."""
    if not window.precise:
        return None
    if punctual:
        return [("d", day) for day in range(window.lo - 1, window.hi + 2)]
    return [("m", m) for m in range((window.lo - ONGOING_DAYS) // 31, (window.hi + ONGOING_DAYS) // 31 + 1)]


def _filed(window: Dates) -> list[tuple[str, int]] | None:
    """Date buckets an event is filed under: its days and its months."""
    if not window.precise:
        return None
    return [("d", day) for day in range(window.lo, window.hi + 1)] + \
        [("m", m) for m in range(window.lo // 31, window.hi // 31 + 1)]


def _lookup_families(name: str) -> tuple[str, ...]:
    if name == DEATHS:
        return (DEATHS, *sorted(DEATH_CAUSES))
    return (name, DEATHS) if name in DEATH_CAUSES else (name,)


def cluster_claims(features: dict[int, dict], places: PlaceIndex,
                   positions: dict[int, tuple[str, int, int]] | None = None) -> list[Cluster]:
    """Claims (`features` by claim id) grouped into events; `positions` (claim id → source
    id, start, end) lets consecutive sentences of a source form accounts first."""
    if positions is None:
        positions = {cid: (f["source_id"], cid, cid) for cid, f in features.items()}  # no continuations
    units = [u for u in accounts(features, positions, places) if any(u.types)]
    for unit in units:
        _settle_type(unit)
    # Most precise first (a day, then a month, then the rest); among those, the accounts
    # with most to tie them (sites, places, people) seed the events.
    units.sort(key=lambda u: (u.window.finest if u.window.precise else 10 ** 6, u.window.lo or 0, min(u.claims)))
    events = _greedy(units, places)
    # A second pass over the events themselves, largest first, joins events that the order
    # of the first pass left apart; the same rules apply, now to whole events.
    events.sort(key=lambda e: (_tier(e.window), -len(e.claims), e.window.lo or 0, min(e.claims)))
    events = _greedy(events, places)
    for event in events:
        event.settle_period()
        _settle_type(event)
    return events


def _tier(window: Dates) -> int:
    return 2 if not window.precise else 0 if window.finest <= 1 else 1


def _strong(unit: Cluster, places: PlaceIndex) -> set[str]:
    return {k for k in _keys(unit, places) if k[:2] in STRONG_KEYS}


def _greedy(units: list[Cluster], places: PlaceIndex) -> list[Cluster]:
    """Each unit (an account, or an event of an earlier pass) joins the event it fits best
    among the candidates the index gives, or starts a new one."""
    events: list[Cluster] = []
    dated: dict[tuple[str, str, tuple], set[int]] = defaultdict(set)   # (family, key, bucket) → events
    undated: dict[tuple[str, str], set[int]] = defaultdict(set)      # (family, key) → events
    event_keys: dict[int, set[str]] = defaultdict(set)
    for unit in units:
        keys = _keys(unit, places)
        if unit.family in SAME_DAY_ENOUGH:
            keys.add("*")
        # Blocking: look up by the selective keys (site, place, person, target) when the
        # account has any; the weak ones (an actor, "any proceedings that day") otherwise.
        lookup = {k for k in keys if k[:2] in STRONG_KEYS} or keys
        punctual = unit.family in PUNCTUAL
        buckets = _buckets(unit.window, punctual)
        seen: set[int] = set()
        best, best_score = None, 0
        for fam, key in ((fam, key) for fam in _lookup_families(unit.family) for key in lookup):
            if buckets is None:
                candidates = list(undated.get((fam, key), ()))
            else:
                candidates = [i for b in buckets for i in dated.get((fam, key, b), ())]
                candidates += undated.get((fam, key + "#undated"), ())
            for index in candidates:
                if index in seen:
                    continue
                seen.add(index)
                score = _score(events[index], unit, places)
                if score > best_score or (score == best_score and score and index < best):
                    best, best_score = index, score
        if best is None:
            events.append(Cluster(type=unit.type, family=unit.family, window=Dates()))
            best = len(events) - 1
        event = events[best]
        event.absorb(unit)
        own = _filed(event.window)
        event_keys[best] |= keys
        for key in event_keys[best]:
            undated[(event.family, key)].add(best)
            if own is None:
                undated[(event.family, key + "#undated")].add(best)
            else:
                for b in own:
                    dated[(event.family, key, b)].add(best)
    return events
