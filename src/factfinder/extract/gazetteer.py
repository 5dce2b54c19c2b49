"""Gazetteer of Rwanda 1994: places and actors, and a matcher that finds them in raw text.

The data pack lives in ``factfinder/data/gazetteer/`` (``places.yaml``, ``actors.yaml``); every entry
cites the public sources it was checked against (see ``SOURCES.md`` there).

Two ways in:

- :meth:`Gazetteer.lookup` resolves one name to an entry. Case, diacritics and punctuation are ignored;
  when no alias matches exactly, a fuzzy fallback (rapidfuzz, :data:`FUZZY_MIN_SCORE`) catches
  misspellings, except for names of :data:`FUZZY_MAX_SHORT` characters or fewer, where one typo
  already turns one acronym into another (PSD/PSR, FAR/FPR).
- :meth:`Gazetteer.find` scans raw text for every alias and returns non-overlapping matches with exact
  character offsets into that text, leftmost first and, at each position, the longest alias first.

Case rule for :meth:`find`: an alias written without lower-case letters (RPF, FAR, CDR, PL, U.N.) is an
acronym and matches only when the text spells it with the same capitals, so "far away" or "pl." in
prose are not actors; every other alias matches case- and diacritic-insensitively on word boundaries.

Prefectures and communes also answer to the usual phrasings built from their name ("Butare
prefecture", "préfecture de Butare", "commune de Taba", "Komini ya Kivumu"); these derived forms rank
below the aliases written in the data. A commune or prefecture marked ``bare_name: false`` in the data
answers only to these derived forms: its bare name is taken by a better-known place outside the pack's
administrative units ("Kivu", the Zairean region, against the commune of Kivu in Gikongoro).

When one surface form names several entries (Butare the town and Butare the prefecture; Murambi the
school and Murambi the commune), the match carries the preferred entry and lists the others in
``alternatives``; places are preferred in the order site, town, commune, prefecture, region, country,
because a bare name in the sources most often means the smaller, more specific place.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

__all__ = [
    "Coordinates",
    "Entry",
    "FUZZY_MAX_SHORT",
    "FUZZY_MIN_SCORE",
    "Gazetteer",
    "GazetteerError",
    "Match",
    "Source",
    "fold",
    "name_key",
]

#: Minimum rapidfuzz ``fuzz.ratio`` (0–100, normalised Indel similarity) for the fuzzy fallback of
#: :meth:`Gazetteer.lookup`. 85 admits one missing or extra letter in a name of six letters or more
#: ("Interhamwe" scores 95.2 against "Interahamwe") and one wrong letter in a name of seven or more
#: ("Nyarubuie" 88.9 against "Nyarubuye"), and rejects different names that share a stem
#: ("Kibungo" against "Kibuye" scores 61.5).
FUZZY_MIN_SCORE = 85.0

#: Names (and aliases) of this many characters or fewer never take part in fuzzy matching.
FUZZY_MAX_SHORT = 4

DATA_FILES: Mapping[str, str] = {"place": "places.yaml", "actor": "actors.yaml"}

# A token is a run of letters or digits, with any combining accents that follow them.
_TOKEN_RE = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
# What may separate the tokens of one multi-word alias in running text: spaces, hyphens and dashes,
# apostrophes, the dots of abbreviations ("U.N."), slashes. Anything else (a comma, a bracket, a
# paragraph) ends the name.
_JOINER_RE = re.compile(r"[\s\-\u2010-\u2015'\u2019./]{0,4}")

# Smaller places first: a bare "Murambi" in the sources is the school more often than the commune.
_PLACE_RANK = {
    "school": 1, "parish": 1, "hill": 1, "memorial": 1, "refugee_camp": 1,
    "village": 2, "town": 2, "city": 2,
    "commune": 3,
    "prefecture": 4,
    "district": 5,
    "region": 6, "river": 6, "lake": 6,
    "country": 7,
}

_DERIVED_FORMS = {
    "prefecture": ("{} prefecture", "prefecture of {}", "préfecture de {}", "perefegitura ya {}"),
    "commune": ("{} commune", "commune of {}", "commune de {}", "komini {}", "komini ya {}"),
}


class GazetteerError(ValueError):
    """The gazetteer data pack is malformed; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class Source:
    url: str
    title: str
    quote: str


@dataclass(frozen=True, slots=True)
class Coordinates:
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Entry:
    """One place or actor. ``category`` is ``"place"`` or ``"actor"``; ``type`` is the subtype
    (prefecture, commune, town, refugee_camp, …; party, militia, armed_force, un_body, court, …)."""

    id: str
    canonical: str
    category: str
    type: str
    aliases: tuple[str, ...]
    parent: str | None
    coordinates: Coordinates | None
    sources: tuple[Source, ...]
    note: str | None = None
    existed_1994: bool | None = None
    #: False when the bare name must not match on its own (only the derived forms "X commune", …).
    bare_name: bool = True

    @property
    def kind(self) -> str:
        return f"{self.category}.{self.type}"


@dataclass(frozen=True, slots=True)
class Match:
    """An alias found in text: ``text == source_text[start:end]``."""

    start: int
    end: int
    text: str
    entry: Entry
    alias: str
    alternatives: tuple[Entry, ...] = ()


@dataclass(frozen=True, slots=True)
class _Option:
    entry: Entry
    alias: str
    raw_tokens: tuple[str, ...]  # the alias's own tokens, for the case check of acronyms
    case_sensitive: bool
    rank: tuple[int, int, int]  # derived-or-not, type rank, file order: lower wins


@functools.lru_cache(maxsize=65536)
def fold(token: str) -> str:
    """Case-, width- and diacritic-insensitive form of one token ("Zaïre" -> "zaire")."""
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(text)


def name_key(name: str) -> tuple[str, ...]:
    """The comparison key of a name: its folded tokens, punctuation dropped."""
    return tuple(fold(t) for t in _tokens(name))


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def _require(condition: bool, where: str, message: str) -> None:
    if not condition:
        raise GazetteerError(f"{where}: {message}")


def _parse_entry(raw: Any, category: str, where: str) -> Entry:
    _require(isinstance(raw, dict), where, "entry is not a mapping")
    for field in ("id", "canonical", "type", "aliases", "sources"):
        _require(field in raw, where, f"missing field {field!r}")
    where = f"{where} ({raw['id']})"
    _require(isinstance(raw["aliases"], list) and all(isinstance(a, str) and a.strip() for a in raw["aliases"]),
             where, "aliases must be a list of non-empty strings")
    _require(bool(name_key(raw["canonical"])), where, "canonical name has no letters or digits")
    sources = raw["sources"]
    _require(isinstance(sources, list) and len(sources) > 0, where, "every entry needs at least one source")
    parsed_sources = []
    for s in sources:
        _require(isinstance(s, dict) and all(isinstance(s.get(k), str) and s[k].strip() for k in ("url", "title", "quote")),
                 where, "each source needs a url, a title and a quote")
        _require(s["url"].startswith(("http://", "https://")), where, f"source url is not http(s): {s['url']!r}")
        parsed_sources.append(Source(url=s["url"], title=s["title"], quote=s["quote"]))
    coordinates = None
    if raw.get("coordinates") is not None:
        c = raw["coordinates"]
        _require(isinstance(c, dict) and isinstance(c.get("lat"), (int, float)) and isinstance(c.get("lon"), (int, float)),
                 where, "coordinates must be {lat: number, lon: number} or null")
        _require(-90 <= c["lat"] <= 90 and -180 <= c["lon"] <= 180, where, f"coordinates out of range: {c}")
        coordinates = Coordinates(lat=float(c["lat"]), lon=float(c["lon"]))
    bare_name = raw.get("bare_name", True)
    _require(isinstance(bare_name, bool), where, "bare_name must be true or false")
    _require(bare_name or raw["type"] in _DERIVED_FORMS, where,
             "bare_name: false needs a type with derived forms (prefecture, commune)")
    aliases = tuple(dict.fromkeys([raw["canonical"], *raw["aliases"]]))
    return Entry(
        id=raw["id"],
        canonical=raw["canonical"],
        category=category,
        type=raw["type"],
        aliases=aliases,
        parent=raw.get("parent"),
        coordinates=coordinates,
        sources=tuple(parsed_sources),
        note=raw.get("note"),
        existed_1994=raw.get("existed_1994"),
        bare_name=bare_name,
    )


class Gazetteer:
    """An immutable set of entries with an alias index. Build once (``Gazetteer.load()`` caches)."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._entries: dict[str, Entry] = {}
        for entry in entries:
            if entry.id in self._entries:
                raise GazetteerError(f"duplicate id {entry.id!r}")
            self._entries[entry.id] = entry
        for entry in self._entries.values():
            if entry.parent is not None and entry.parent not in self._entries:
                raise GazetteerError(f"{entry.id}: parent {entry.parent!r} is not an entry")

        by_key: dict[tuple[str, ...], list[_Option]] = {}
        for order, entry in enumerate(self._entries.values()):
            type_rank = _PLACE_RANK.get(entry.type, 0) if entry.category == "place" else 0
            for alias, derived in self._surface_forms(entry):
                raw_tokens = tuple(_tokens(alias))
                key = tuple(fold(t) for t in raw_tokens)
                if not key:
                    continue
                option = _Option(entry, alias, raw_tokens, _is_acronym(alias), (int(derived), type_rank, order))
                bucket = by_key.setdefault(key, [])
                # One entry may list the same key twice (e.g. "IBUKA" and "Ibuka"); keep the most permissive.
                same = next((i for i, o in enumerate(bucket) if o.entry is entry), None)
                if same is None:
                    bucket.append(option)
                elif bucket[same].case_sensitive and not option.case_sensitive or option.rank < bucket[same].rank:
                    bucket[same] = option
        for bucket in by_key.values():
            bucket.sort(key=lambda o: o.rank)
        self._by_key = by_key

        # First token -> candidate keys, longest first, so the scan tries the longest alias first.
        by_first: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for key in by_key:
            by_first.setdefault(key[0], []).append((len(key), key))
        for candidates in by_first.values():
            candidates.sort(key=lambda c: -c[0])
        self._by_first = by_first

        self._fuzzy_keys = {" ".join(k): k for k in by_key if len(" ".join(k)) > FUZZY_MAX_SHORT}
        self._fuzzy_choices = list(self._fuzzy_keys)

    @staticmethod
    def _surface_forms(entry: Entry) -> Iterator[tuple[str, bool]]:
        if entry.bare_name:
            for alias in entry.aliases:
                yield alias, False
        for form in _DERIVED_FORMS.get(entry.type, ()):
            for name in entry.aliases:
                if len(_tokens(name)) == 1 or name == entry.canonical:
                    yield form.format(name), True

    # -- loading -----------------------------------------------------------------------------

    @classmethod
    def from_yaml(cls, documents: Mapping[str, str]) -> Gazetteer:
        """Build from YAML texts keyed by category (``{"place": ..., "actor": ...}``)."""
        entries: list[Entry] = []
        for category, text in documents.items():
            try:
                data = yaml.safe_load(text)
            except yaml.YAMLError as exc:
                raise GazetteerError(f"{category} data is not valid YAML: {exc}") from exc
            if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
                raise GazetteerError(f"{category} data has no 'entries' list")
            for i, raw in enumerate(data["entries"]):
                entries.append(_parse_entry(raw, category, f"{category} entry #{i}"))
        return cls(entries)

    @classmethod
    @functools.cache
    def load(cls) -> Gazetteer:
        """The gazetteer shipped with factfinder (read once per process, then cached)."""
        folder = resources.files("factfinder").joinpath("data", "gazetteer")
        return cls.from_yaml({category: folder.joinpath(name).read_text(encoding="utf-8")
                              for category, name in DATA_FILES.items()})

    # -- access ------------------------------------------------------------------------------

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries.values())

    def get(self, entry_id: str) -> Entry | None:
        return self._entries.get(entry_id)

    def children(self, entry_id: str) -> tuple[Entry, ...]:
        return tuple(e for e in self._entries.values() if e.parent == entry_id)

    def candidates(self, name: str) -> tuple[Entry, ...]:
        """Every entry that answers to exactly this name (after folding), preferred first."""
        return tuple(o.entry for o in self._by_key.get(name_key(name), ()))

    def lookup(self, name: str) -> Entry | None:
        """The entry a name refers to, or None.

        Exact comparison ignores case, diacritics and punctuation. Failing that, a name longer than
        :data:`FUZZY_MAX_SHORT` characters is compared with rapidfuzz against aliases that are also
        longer than that, and the best one scoring at least :data:`FUZZY_MIN_SCORE` wins.
        """
        key = name_key(name)
        if not key:
            return None
        options = self._by_key.get(key)
        if options:
            return options[0].entry
        joined = " ".join(key)
        if len(joined) <= FUZZY_MAX_SHORT:
            return None
        from rapidfuzz import fuzz, process

        best = process.extractOne(joined, self._fuzzy_choices, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
        if best is None:
            return None
        return self._by_key[self._fuzzy_keys[best[0]]][0].entry

    # -- scanning ----------------------------------------------------------------------------

    def find(self, text: str) -> list[Match]:
        """All gazetteer names in ``text``, in order, without overlaps; offsets index ``text``."""
        spans = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]
        folded = [fold(raw) for _, _, raw in spans]
        by_first, by_key = self._by_first, self._by_key
        matches: list[Match] = []
        n = len(spans)
        i = 0
        while i < n:
            found = None
            for length, key in by_first.get(folded[i], ()):
                if i + length > n or (length > 1 and tuple(folded[i:i + length]) != key):
                    continue
                if length > 1 and not self._joined(text, spans, i, length):
                    continue
                raw = [spans[j][2] for j in range(i, i + length)]
                usable = [o for o in by_key[key] if not o.case_sensitive or list(o.raw_tokens) == raw]
                if usable:
                    found = (length, usable)
                    break
            if found is None:
                i += 1
                continue
            length, usable = found
            start, end = spans[i][0], spans[i + length - 1][1]
            best = usable[0]
            # Tokens stop before punctuation; an abbreviation written with its final dot ("U.N.") keeps it.
            if best.alias.endswith(".") and text.startswith(".", end):
                end += 1
            matches.append(Match(start=start, end=end, text=text[start:end], entry=best.entry, alias=best.alias,
                                 alternatives=tuple(o.entry for o in usable[1:])))
            i += length
        return matches

    @staticmethod
    def _joined(text: str, spans: list[tuple[int, int, str]], i: int, length: int) -> bool:
        for j in range(i, i + length - 1):
            gap_start, gap_end = spans[j][1], spans[j + 1][0]
            if not _JOINER_RE.fullmatch(text, gap_start, gap_end):
                return False
        return True
