"""Source reliability (Admiralty A–F) and information credibility (1–6).

Reliability: set by a person with a reason, or proposed from metadata and marked
`proposed`: a publisher found in the shipped, cited publisher list gives its grade; else
the kind of document does (a court judgment or official record B, a report, academic
work, article or testimony C, an opinion piece D, anything else F — cannot be judged);
a source that cites its sources (three or more citation markers) is raised one step, to
B at most.

Credibility comes only from corroboration and contradiction across **independent**
sources — different authors and publishers, neither citing the other — never from the
tool's own view:
1 confirmed by three or more independent sources, none contradicting;
2 probably true: two independent sources, none contradicting;
3 possibly true: one source of grade A–C, not contradicted;
4 doubtful: contradicted, but at least as many independent sources support it;
5 improbable: more independent sources contradict it than support it;
6 cannot be judged: one source graded D–F, or nothing to compare with.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

import yaml

GRADES = "ABCDEF"
KIND_GRADES = {"judgment": ("B", "a court judgment"), "official": ("B", "an official record"),
               "report": ("C", "a report"), "academic": ("C", "academic work"), "article": ("C", "a news article"),
               "media": ("C", "media content"), "testimony": ("C", "a testimony"),
               "opinion": ("D", "an opinion piece"), "other": ("F", "a document of unknown kind"),
               "victim_list": ("F", "a victim list (graded by its own provenance)")}
LEVEL_WORDS = {1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful", 5: "improbable",
               6: "cannot be judged"}


@lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    return " ".join("".join(c for c in decomposed if c.isalnum() or c.isspace()).lower().split())


@lru_cache(maxsize=1)
def publishers() -> list[dict]:
    path = resources.files("factfinder.data") / "reference" / "publishers.yaml"
    if not path.is_file():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return list(data.get("publishers", data) if isinstance(data, dict) else data)


@lru_cache(maxsize=1)
def _publishers_by_name() -> dict[str, dict]:
    index: dict[str, dict] = {}
    for entry in publishers():
        for name in [entry.get("name"), *(entry.get("aliases") or [])]:
            index.setdefault(fold(name), entry)
    index.pop("", None)
    return index


def find_publisher(*names: str | None) -> dict | None:
    index = _publishers_by_name()
    for name in names:
        if name and fold(name) in index:
            return index[fold(name)]
    return None


def propose_grade(source: dict, citations: int) -> tuple[str, str]:
    publisher = find_publisher(source.get("publisher"), source.get("author"))
    if publisher and publisher.get("proposed_grade") in GRADES:
        grade = publisher["proposed_grade"]
        reason = f"publisher {publisher['name']} ({publisher.get('type', 'listed')}): {publisher.get('reason', '')}".strip()
    else:
        grade, what = KIND_GRADES.get(source.get("kind") or "other", KIND_GRADES["other"])
        reason = f"{what}; publisher not in the shipped publisher list"
    if citations >= 3 and grade in "CDE":
        grade = GRADES[GRADES.index(grade) - 1]
        reason += f"; cites its sources ({citations} citation markers): raised one step"
    return grade, reason


def independent_groups(source_ids: list[str], sources: dict[str, dict], cites: dict[str, set[str]]) -> list[list[str]]:
    """Sources grouped so that sources sharing an author or publisher, or citing one
    another, fall in one group; each group counts once."""
    key = tuple(sorted(set(source_ids)))
    cached = _GROUP_CACHE.get(key)
    if cached is not None and cached[0] is sources:
        return cached[1]
    groups = _independent_groups(key, sources, cites)
    _GROUP_CACHE[key] = (sources, groups)
    return groups


# One rebuild asks for the same source sets many times (every claim of an event); entries
# remember the rebuild's `sources` dict, so a new rebuild never sees stale groups.
_GROUP_CACHE: dict[tuple, tuple[dict, list[list[str]]]] = {}


def reset_cache() -> None:
    _GROUP_CACHE.clear()


def _independent_groups(source_ids: tuple[str, ...], sources: dict[str, dict],
                        cites: dict[str, set[str]]) -> list[list[str]]:
    """Union-find over shared authors, shared publishers and citations: linear in the sources."""
    parent = {sid: sid for sid in source_ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    owner: dict[str, str] = {}
    for sid in source_ids:
        meta = sources.get(sid, {})
        for key in (fold(meta.get("author")), fold(meta.get("publisher"))):
            if not key:
                continue
            if key in owner:
                union(sid, owner[key])
            else:
                owner[key] = sid
        for other in cites.get(sid, ()):
            if other in parent:
                union(sid, other)
    groups: dict[str, list[str]] = {}
    for sid in source_ids:
        groups.setdefault(find(sid), []).append(sid)
    return sorted(groups.values())


def credibility(supporting: list[str], contradicting: list[str], own_source: str, sources: dict[str, dict],
                grades: dict[str, str], cites: dict[str, set[str]]) -> tuple[int, str]:
    support_groups = independent_groups(supporting, sources, cites)
    contra_groups = independent_groups(contradicting, sources, cites)
    names = lambda groups: "; ".join(sources.get(g[0], {}).get("title") or g[0][:12] for g in groups)  # noqa: E731
    n, k = len(support_groups), len(contra_groups)
    if k:
        if k > n:
            return 5, (f"improbable: contradicted by {k} independent source(s) ({names(contra_groups)}) and "
                       f"supported by {n} ({names(support_groups)})")
        return 4, (f"doubtful: supported by {n} independent source(s) ({names(support_groups)}) but contradicted "
                   f"by {k} ({names(contra_groups)})")
    if n >= 3:
        return 1, f"confirmed by {n} independent sources: {names(support_groups)}"
    if n == 2:
        return 2, f"probably true: corroborated by 2 independent sources: {names(support_groups)}"
    grade = grades.get(own_source, "F")
    if grade in "ABC":
        return 3, f"possibly true: a single source (reliability {grade}), not contradicted"
    return 6, f"cannot be judged: a single source of reliability {grade}, nothing independent to compare with"
