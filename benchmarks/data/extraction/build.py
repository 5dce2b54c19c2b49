"""Build the gold file of the extraction evaluation set from its annotated sources.

    python benchmarks/data/extraction/build.py           # validate src/*.yaml, write gold.jsonl
    python benchmarks/data/extraction/build.py --check   # validate and fail if gold.jsonl is stale
    python benchmarks/data/extraction/build.py --lint    # also list unannotated numbers and names

Every ``src/NN_slug.yaml`` holds one document written and annotated by the team (see
GUIDELINES.md): ``id``, ``lang``, ``genre``, ``title``, ``sources``, ``text`` and ``mentions``.
A mention names its ``surface`` string and which ``occurrence`` of it (1-based, counted as a
plain substring of the text, default 1); this script finds its character offsets, checks the
normalized value against the guidelines' schema and writes ``gold.jsonl``: one JSON object per
document ``{id, lang, genre, title, text, mentions: [{type, start, end, text, normalized}]}``
with ``text[start:end] == mention["text"]``. Any error names the document and the mention and
stops the build; nothing is written unless every document is valid.

``--lint`` is an aid for exhaustive annotation, not a validator: it lists digits, number words,
month names and capitalised words that no mention covers, so an annotator can check each one
against the guidelines (many are rightly left out: identifiers, ordinals, sentence-initial words).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
GOLD = HERE / "gold.jsonl"

TYPES = ("figure", "date", "actor", "person", "place")
LANGS = ("en", "fr")
UNITS = ("people", "percent", "money", "count")
PRECISIONS = ("day", "month", "year", "range")
FIGURE_KEYS = {"low", "high", "approx", "unit", "currency", "counted", "group"}
DATE_KEYS = {"earliest", "latest", "precision"}
NAME_KEYS = {"canonical"}
DOC_KEYS = {"id", "lang", "genre", "title", "sources", "text", "mentions"}
MENTION_KEYS = {"type", "surface", "occurrence", "normalized"}
ID_RE = re.compile(r"^\d\d_[a-z0-9_]+$")


class BuildError(Exception):
    pass


def _fail(doc: str, msg: str) -> None:
    raise BuildError(f"{doc}: {msg}")


def _iso(doc: str, where: str, value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        _fail(doc, f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)")
        raise  # unreachable


def check_normalized(doc: str, where: str, kind: str, norm: object) -> dict:
    if not isinstance(norm, dict):
        _fail(doc, f"{where}: normalized must be a mapping")
    norm = dict(norm)
    if kind == "figure":
        extra = set(norm) - FIGURE_KEYS
        missing = {"low", "high", "approx", "unit", "counted"} - set(norm)
        if extra or missing:
            _fail(doc, f"{where}: figure keys: unexpected {sorted(extra)}, missing {sorted(missing)}")
        low, high = norm["low"], norm["high"]
        for name, value in (("low", low), ("high", high)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
                _fail(doc, f"{where}: {name} must be a number or null, not {value!r}")
        if low is None and high is None:
            _fail(doc, f"{where}: low and high cannot both be null")
        if low is not None and high is not None and low > high:
            _fail(doc, f"{where}: low {low} > high {high}")
        if not isinstance(norm["approx"], bool):
            _fail(doc, f"{where}: approx must be true or false")
        if norm["unit"] not in UNITS:
            _fail(doc, f"{where}: unit {norm['unit']!r} not in {UNITS}")
        if norm["unit"] == "money":
            if not re.fullmatch(r"[A-Z]{3}", str(norm.get("currency", ""))):
                _fail(doc, f"{where}: money needs an ISO 4217 currency code")
        elif "currency" in norm:
            _fail(doc, f"{where}: currency only goes with unit money")
        if norm["counted"] is not None and not isinstance(norm["counted"], str):
            _fail(doc, f"{where}: counted must be a string or null")
        if "group" in norm and not isinstance(norm["group"], str):
            _fail(doc, f"{where}: group must be a string")
    elif kind == "date":
        if set(norm) != DATE_KEYS:
            _fail(doc, f"{where}: date keys must be {sorted(DATE_KEYS)}, got {sorted(norm)}")
        earliest = _iso(doc, where, norm["earliest"])
        latest = _iso(doc, where, norm["latest"])
        if earliest > latest:
            _fail(doc, f"{where}: earliest {earliest} is after latest {latest}")
        precision = norm["precision"]
        if precision not in PRECISIONS:
            _fail(doc, f"{where}: precision {precision!r} not in {PRECISIONS}")
        if precision == "day" and earliest != latest:
            _fail(doc, f"{where}: precision day needs earliest == latest")
        if precision == "month" and (earliest.day != 1 or (latest + dt.timedelta(days=1)).day != 1
                                     or (earliest.year, earliest.month) != (latest.year, latest.month)):
            _fail(doc, f"{where}: precision month needs the whole of one month")
        if precision == "year" and (earliest.timetuple()[1:3] != (1, 1) or latest.timetuple()[1:3] != (12, 31)
                                    or earliest.year != latest.year):
            _fail(doc, f"{where}: precision year needs the whole of one year")
        norm["earliest"], norm["latest"] = earliest.isoformat(), latest.isoformat()
    else:
        if set(norm) != NAME_KEYS or not isinstance(norm["canonical"], str) or not norm["canonical"].strip():
            _fail(doc, f"{where}: {kind} needs exactly {{canonical: <non-empty string>}}")
    return norm


def nth_occurrence(text: str, surface: str, n: int) -> int:
    start = -1
    for _ in range(n):
        start = text.find(surface, start + 1)
        if start < 0:
            return -1
    return start


def build_document(path: Path) -> dict:
    name = path.name
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise BuildError(f"{name}: invalid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        _fail(name, "top level must be a mapping")
    if set(raw) != DOC_KEYS:
        _fail(name, f"keys must be {sorted(DOC_KEYS)}, got {sorted(raw)}")
    doc = str(raw["id"])
    if not ID_RE.match(doc) or f"{doc}.yaml" != name:
        _fail(name, f"id {doc!r} must match the file name NN_slug.yaml")
    if raw["lang"] not in LANGS:
        _fail(doc, f"lang {raw['lang']!r} not in {LANGS}")
    text = raw["text"]
    if not isinstance(text, str) or not text.strip():
        _fail(doc, "text is empty")
    if not isinstance(raw["sources"], list) or not raw["sources"]:
        _fail(doc, "sources must be a non-empty list of URLs")
    mentions = []
    for i, m in enumerate(raw["mentions"] or [], 1):
        if not isinstance(m, dict) or not {"type", "surface", "normalized"} <= set(m) or set(m) - MENTION_KEYS:
            _fail(doc, f"mention {i}: needs type, surface, normalized (and optionally occurrence): {m!r}")
        kind, surface, occurrence = m["type"], m["surface"], m.get("occurrence", 1)
        where = f"mention {i} ({kind} {surface!r}, occurrence {occurrence})"
        if kind not in TYPES:
            _fail(doc, f"{where}: type not in {TYPES}")
        if not isinstance(surface, str) or not surface or surface != surface.strip():
            _fail(doc, f"{where}: surface must be a non-empty string without outer spaces")
        if not isinstance(occurrence, int) or occurrence < 1:
            _fail(doc, f"{where}: occurrence must be a positive integer")
        start = nth_occurrence(text, surface, occurrence)
        if start < 0:
            found = text.count(surface)
            _fail(doc, f"{where}: not found in text (the surface occurs {found} time(s))")
        end = start + len(surface)
        assert text[start:end] == surface
        norm = check_normalized(doc, where, kind, m["normalized"])
        mentions.append({"type": kind, "start": start, "end": end, "text": surface, "normalized": norm})
    mentions.sort(key=lambda m: (m["start"], m["end"]))
    for a, b in zip(mentions, mentions[1:]):
        if b["start"] < a["end"]:
            _fail(doc, f"mentions overlap: {a['type']} {a['text']!r} at {a['start']}-{a['end']} and "
                       f"{b['type']} {b['text']!r} at {b['start']}-{b['end']}")
    return {"id": doc, "lang": raw["lang"], "genre": str(raw["genre"]), "title": str(raw["title"]),
            "text": text, "mentions": mentions}


NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|"
    r"half|quarter|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|treize|quinze|vingt|trente|quarante|"
    r"cinquante|soixante|cent|cents|mille|milliers|millier|centaine|centaines|dizaine|dizaines|milliard|milliards"
)
MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sept|Sep|Oct|Nov|Dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
)
LINT_RE = re.compile(rf"\d[\d,.\u00a0\u202f ]*\d|\d|\b(?:{NUMBER_WORDS}|{MONTHS})\b|\b[A-ZÀ-Ý][\w'’-]+", re.UNICODE)


def lint(document: dict) -> list[str]:
    text, covered = document["text"], [(m["start"], m["end"]) for m in document["mentions"]]
    out = []
    for match in LINT_RE.finditer(text):
        s, e = match.span()
        if any(a <= s and e <= b for a, b in covered) or any(a < e and s < b for a, b in covered):
            continue
        line_start = text.rfind("\n", 0, s) + 1
        context = text[max(line_start, s - 30):e + 30].replace("\n", " ")
        out.append(f"  {match.group()!r:28} …{context}…")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if gold.jsonl differs from a fresh build")
    parser.add_argument("--lint", action="store_true", help="list numbers and names that no mention covers")
    args = parser.parse_args(argv)

    paths = sorted(SRC.glob("*.yaml"))
    if not paths:
        print(f"no documents in {SRC}", file=sys.stderr)
        return 1
    try:
        documents = [build_document(p) for p in paths]
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    ids = Counter(d["id"] for d in documents)
    if any(n > 1 for n in ids.values()):
        print(f"error: duplicate ids {[i for i, n in ids.items() if n > 1]}", file=sys.stderr)
        return 1

    payload = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents)
    if args.check:
        if not GOLD.exists() or GOLD.read_text(encoding="utf-8") != payload:
            print(f"error: {GOLD} is missing or stale; run build.py", file=sys.stderr)
            return 1
    else:
        tmp = GOLD.with_suffix(".jsonl.tmp")
        tmp.write_text(payload, encoding="utf-8")
        tmp.replace(GOLD)

    counts: Counter = Counter()
    words = Counter()
    for d in documents:
        words[d["lang"]] += len(d["text"].split())
        for m in d["mentions"]:
            counts[(d["lang"], m["type"])] += 1
    print(f"{len(documents)} documents ({', '.join(f'{n} {lang}' for lang, n in sorted(Counter(d['lang'] for d in documents).items()))}), "
          f"{sum(counts.values())} mentions")
    header = "type     " + "".join(f"{lang:>7}" for lang in LANGS) + "   total"
    print(header)
    for kind in TYPES:
        row = [counts[(lang, kind)] for lang in LANGS]
        print(f"{kind:9}" + "".join(f"{n:7d}" for n in row) + f"{sum(row):8d}")
    print("words    " + "".join(f"{words[lang]:7d}" for lang in LANGS) + f"{sum(words.values()):8d}")
    if not args.check:
        print(f"written {GOLD}")
    if args.lint:
        for d in documents:
            issues = lint(d)
            if issues:
                print(f"\n{d['id']}: {len(issues)} unannotated candidates")
                print("\n".join(issues))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
