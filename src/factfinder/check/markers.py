"""Rhetoric markers of genocide denial, distortion and incitement, and whose voice they are in.

Three methods, combined for precision:

1. Rules: EN/FR (+ Kinyarwanda terms) patterns per technique, each with context checks
   (what "alleged" modifies, negation, the object of "exaggerated", a killing context).
   Patterns are strong (fire on their own) or weak (need the classifiers not to object).
2. Exemplars: cosine similarity of the sentence to the project's labelled exemplars of each
   technique (sentence embeddings from `factfinder.embed`).
3. Classifiers: logistic regression on sentence embeddings and on character n-gram TF-IDF,
   trained by scripts/train_check_models.py on data/check/training.jsonl and shipped as plain
   arrays (no pickle). A sentence with no rule hit becomes a marker only when both the
   classifiers and the nearest exemplars agree, above high thresholds.

Voice: a text that quotes RTLM or a denier in order to report or condemn it is not itself
denial or incitement. A marker is `reported` when it sits inside a quotation, a block quotation
(a paragraph introduced by a colon), an attribution mention from the extractor, or a reporting
frame ("deniers claim …", "RTLM called …", "the defence argued …", "the claim that …") — except
for the writer's own hedges ("alleged", "so-called", scare quotes), which stay `own`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from factfinder.check.model import TECHNIQUES, Marker

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "check"
TFIDF_PARAMS = {"analyzer": "char_wb", "ngram_range": (2, 5), "sublinear_tf": True, "min_df": 2,
                "lowercase": True}

DENIAL_TECHNIQUES = frozenset({"definitional_denial", "fabrication", "attack_on_witnesses"})
DISTORTION_TECHNIQUES = frozenset({"minimisation", "double_genocide", "role_reversal", "spontaneity",
                                   "blame_shifting", "justification"})
INCITEMENT_TECHNIQUES = frozenset({"dehumanisation", "accusation_in_mirror", "call_to_action"})

# Classifier-only markers: all three must hold. In 4-fold cross-validation on training.jsonl these
# thresholds fired on 18 sentences, 16 with the right technique and 1 on a negative.
CLASSIFIER_MIN_PROB = 0.55
EXEMPLAR_MIN_SIM = 0.55
EXEMPLAR_MARGIN = 0.06         # over the nearest negative exemplar
STANCE_AGREEMENT = 0.4         # the stance classifier must lean the same way (denies / distorts)
_ACKNOWLEDGING = re.compile(r"(?<!so-called )(?<!alleged )\b(?:genocide\s+(?:against|of)\s+the\s+Tutsis?|"
                            r"g[ée]nocide\s+(?:contre\s+les|des)\s+Tutsi)\b(?!\s*[”\"»])", re.I)


# --------------------------------------------------------------------------- data


def load_training(path: Path | None = None) -> list[dict]:
    """The labelled sentences; lines with a `_note` key are comments."""
    path = path or DATA_DIR / "training.jsonl"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if "_note" not in row:
                rows.append(row)
    return rows


@functools.lru_cache(maxsize=1)
def techniques_catalogue() -> dict:
    import yaml

    return yaml.safe_load((DATA_DIR / "techniques.yaml").read_text(encoding="utf-8"))


def basis_for(technique: str) -> tuple[str, str]:
    """(basis key, short citation) of a technique, from techniques.yaml."""
    catalogue = techniques_catalogue()
    key = catalogue["techniques"][technique]["basis"]
    return f"{key}:{technique}", catalogue["bases"][key]["citation"]


def training_sha256() -> str:
    return hashlib.sha256((DATA_DIR / "training.jsonl").read_bytes()).hexdigest()


class CharTfidf:
    """scikit-learn's TfidfVectorizer(analyzer="char_wb", sublinear_tf=True, norm="l2") transform,
    rebuilt from its vocabulary and idf so that checking a text needs neither sklearn nor pickle
    (tests/test_check_markers.py compares the two)."""

    _SPACES = re.compile(r"\s\s+")

    def __init__(self, vocabulary: dict[str, int], idf: Sequence[float], ngram_range: Sequence[int]) -> None:
        self.vocabulary = vocabulary
        self.idf = np.asarray(idf, dtype=np.float64)
        self.min_n, self.max_n = int(ngram_range[0]), int(ngram_range[1])

    def _ngrams(self, text: str) -> list[str]:
        out: list[str] = []
        for word in self._SPACES.sub(" ", text.lower()).split():
            word = f" {word} "
            for n in range(self.min_n, self.max_n + 1):
                offset = 0
                out.append(word[offset:offset + n])
                while offset + n < len(word):
                    offset += 1
                    out.append(word[offset:offset + n])
                if offset == 0:
                    break
        return out

    def rows(self, texts: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per text, the column indices and l2-normalised tf-idf weights of its n-grams."""
        out = []
        for text in texts:
            counts: dict[int, int] = {}
            for gram in self._ngrams(text):
                col = self.vocabulary.get(gram)
                if col is not None:
                    counts[col] = counts.get(col, 0) + 1
            idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            weights = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * self.idf[idx]
            norm = np.linalg.norm(weights)
            out.append((idx, weights / norm if norm else weights))
        return out

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        """The dense tf-idf matrix (for tests and small inputs)."""
        matrix = np.zeros((len(texts), len(self.idf)))
        for row, (idx, weights) in enumerate(self.rows(texts)):
            matrix[row, idx] = weights
        return matrix


class SentenceModel:
    """The shipped classifiers and exemplars, rebuilt from arrays."""

    def __init__(self, directory: Path = DATA_DIR) -> None:
        meta = json.loads((directory / "check_models.json").read_text(encoding="utf-8"))
        arrays = np.load(directory / "check_models.npz", allow_pickle=False)
        self.meta = meta
        self.classes = meta["classes"]
        self.vectorizer = CharTfidf(meta["tfidf_vocabulary"], meta["tfidf_idf"], TFIDF_PARAMS["ngram_range"])
        self.weights = {k: arrays[k] for k in arrays.files}
        labels = np.array(meta["exemplar_labels"])
        self.exemplars = {t: self.weights["exemplar_vectors"][labels == t] for t in TECHNIQUES
                          if (labels == t).any()}
        self.negatives = self.weights["negative_vectors"]

    @staticmethod
    def _softmax(z: np.ndarray) -> np.ndarray:
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, texts: Sequence[str], vectors: np.ndarray | None) -> dict[str, np.ndarray]:
        rows = self.vectorizer.rows(list(texts))
        out: dict[str, np.ndarray] = {}
        for task in ("technique", "stance"):
            coef = self.weights[f"{task}_tfidf_coef"]
            logits = np.stack([coef[:, idx] @ weights for idx, weights in rows]) if rows else np.zeros((0, len(coef)))
            tf = self._softmax(logits + self.weights[f"{task}_tfidf_intercept"])
            if vectors is not None:
                em = self._softmax(vectors @ self.weights[f"{task}_emb_coef"].T
                                   + self.weights[f"{task}_emb_intercept"])
                out[task] = 0.6 * em + 0.4 * tf
            else:
                out[task] = tf
        if vectors is not None:
            out["exemplar"] = np.stack([
                (vectors @ self.exemplars[t].T).max(axis=1) if t in self.exemplars else np.zeros(len(texts))
                for t in TECHNIQUES], axis=1)
            out["negative"] = (vectors @ self.negatives.T).max(axis=1)
        return out


@functools.lru_cache(maxsize=1)
def sentence_model() -> SentenceModel | None:
    try:
        return SentenceModel()
    except FileNotFoundError:  # pragma: no cover - only before the first training run
        return None


# --------------------------------------------------------------------------- lexicons

_NEG = re.compile(r"(?:\b(?:not|never|no|nor|neither|hardly|nothing|far\s+from|anything\s+but|rather\s+than|"
                  r"instead\s+of|excludes?|excluding|rules?\s+out|belies|refutes?|disproves?|contradicts?|"
                  r"any\s+idea\s+of|(?:the|a)\s+(?:myth|notion|idea|claim|thesis)\s+(?:of|that)|"
                  r"pas|jamais|loin\s+d['’]être)\b|n['’])\W*(?:\w+\W+){0,2}$", re.I)
_KILLING = re.compile(r"\b(?:kill\w*|massacr\w*|slaughter\w*|murder\w*|genocid\w*|génocid\w*|exterminat\w*|"
                      r"machete\w*|Tutsis?|Hutus?|victims?|dead|deaths?|died|tu[ée]s?|tuer|morts?|victimes?|"
                      r"violence|1994)\b", re.I)
_GENOCIDE_CTX = re.compile(r"\b(?:genocid\w*|génocid\w*|massacres?|killings?|slaughter|exterminat\w*|Tutsis?|"
                           r"narrative|death\s+toll|victims?|bodies|corpses|graves|Rwanda\w*)\b", re.I)
_RPF = re.compile(r"\b(?:RPF|FPR|RPA|APR|Inkotanyi|reprisals?|Kibeho|Gersony|Hutu\s+refugees|Congo|Zaire)\b",
                  re.I)
_TUTSI = re.compile(r"\bTutsis?\b", re.I)
_HISTORIC_INYENZI = re.compile(r"\bInyenzi\s+(?:attacks?|raids?|incursions?|rebels?|fighters?|movement|guerrillas?|"
                               r"of\s+the\s+1960s)|196\d", re.I)

_REPORT_SUBJECT = (
    r"(?:deniers?|denialists?|negationists?|revisionists?|n[ée]gationnistes?|r[ée]visionnistes?|propagandists?|"
    r"extremists?|conspiracy\s+theorists?|hate\s+(?:radio|media|speech)|RTLM|R\.T\.L\.M\.?|Radio\s+Rwanda|"
    r"(?:Radio\s+)?(?:T[ée]l[ée]vision\s+)?(?:Libre\s+)?(?:des\s+)?Mille\s+Collines|Kangura|"
    r"the\s+(?:radio|broadcaster|broadcasts?|newspaper|tabloid|station|announcers?|presenters?|speech|editorial|"
    r"paper|regime|killers|militias?|defen[cs]e|accused|defendants?|interim\s+government|authorities|"
    r"perpetrators|propaganda)|"
    r"Hutu\s+Power|g[ée]nocidaires?|Interahamwe|Impuzamugambi|defen[cs]e\s+(?:counsel|lawyers?|witnesses?)|"
    r"Mugesera|Bagosora|Ngeze|Nahimana|Barayagwiza|Kantano|Habimana|Bemeriki|Kambanda|Sindikubwabo|"
    r"critics|some\s+(?:writers|authors|commentators|people|observers)|those\s+who|others|they|he|she|it)"
)
_REPORT_VERB = (
    r"(?:said|says|say|claim\w*|call\w*|describ\w*|portray\w*|depict\w*|broadcast\w*|urg\w*|told|tell\w*|"
    r"referr?\w*|label\w*|brand\w*|dismiss\w*|insist\w*|argu\w*|assert\w*|maintain\w*|wr[io]te|writes|written|"
    r"publish\w*|repeat\w*|spread\w*|promot\w*|peddl\w*|spe(?:ak|aks|oke)\s+of|talk\w*\s+(?:of|about)|"
    r"incit\w*|exhort\w*|warn\w*|accus\w*|present\w*|recast\w*|fram\w*|invok\w*|announc\w*|declar\w*|"
    r"shout\w*|sang|sing\w*|chant\w*|alleg\w*|contend\w*|suggest\w*|push\w*|appel\w*|qualifi\w*|pr[ée]tend\w*|"
    r"affirm\w*|parl\w*\s+d|r[ée]p[ée]t\w*|diffus\w*|d[ée]cri\w*|traitai\w*|accusai\w*)"
)
_FRAME = re.compile(rf"\b{_REPORT_SUBJECT}\b[^.;!?]{{0,60}}?\b{_REPORT_VERB}\b", re.I)
_GENERIC_FRAME = re.compile(rf"\b(?:\w+)\s+(?:has\s+|have\s+|had\s+)?(?:{_REPORT_VERB})\s+(?:that|how|:)", re.I)
_AS_FRAME = re.compile(r"\b(?:described|presented|portrayed|depicted|dismissed|characteri[sz]ed|labell?ed|branded|"
                       r"termed|called|blamed|explained|justified|excused|qualifi[ée]e?s?|pr[ée]sent[ée]e?s?|"
                       r"d[ée]crit\w*)\b[^.;]{0,90}?\b(?:as|on|comme|en)\s+(?:an?\s+|the\s+|des\s+|une?\s+)?"
                       r"(?:\w+\s+){0,3}$", re.I)
_CLAIM_VERB = re.compile(r"\b(?:claimed|claims\s+that|argued|argues|insisted|insists|maintained|maintains|asserted|"
                         r"asserts|contended|contends|alleged\s+that|pretended|pr[ée]tend\w*|affirm(?:ent|ait|aient|"
                         r"e)\b)",
                         re.I)
_CLAIM_FRAME = re.compile(r"\b(?:allegations?|claims?|assertions?|contentions?|arguments?|"
                          r"(?:the|this|that|a|their)\s+(?:idea|notion|thesis|theory|myth|lie|narrative|trope|canard)|"
                          r"th[èe]se|id[ée]e|rumou?rs?)\s+(?:that|of\s+an?|d['’]une?|que|selon\s+laquelle)\b", re.I)
_CRITIQUE = re.compile(r"\b(?:falsely|false\s+claims?|refut\w*|discredit\w*|baseless|spurious|unfounded|"
                       r"rejected|denial|deniers?|denialis\w*|negationis\w*|n[ée]gationnis\w*|revisionis\w*|"
                       r"r[ée]visionnis\w*|hate\s+speech|hate\s+radio|dehumanis\w*|dehumaniz\w*|d[ée]shumanis\w*|"
                       r"incitement|incit\w+|trope|canard|contrary\s+to|no\s+evidence|propaganda\s+(?:of|by|from)|"
                       r"propagand(?:ists?|e\s+(?:de|du|des)))\b", re.I)
_FIRST_PERSON = re.compile(r"^\W*(?:I|we|this\s+(?:author|paper|article|writer)|je|nous)\b", re.I)
_CONTRAST = re.compile(r"(?:[;—–]|\b(?:but|yet|however|whereas|mais|pourtant|cependant|alors\s+que)\b)", re.I)
_ENDORSE = re.compile(r"!\s*$|\b(?:proves?|proven|confirms?|concurs?|rightly|correctly|clear\s+evidence)\b", re.I)
_QUOTE_CUE = re.compile(r"(?:[:,]|\b(?:called|termed|dubbed|named|labell?ed|branded|as|of|word|term|terms|"
                        r"phrase|expression|words|slogan|urged|told|said|says|shouted|sang|broadcast|wrote|"
                        r"described|referred\s+to|known|so-called|appelai\w*|qualifi\w*|mot|terme))\s*$", re.I)
_TITLE_CUE = re.compile(r"\b(?:report|book|article|paper|study|chapter|film|documentary|titled|entitled|"
                        r"published|headline|rapport|livre|ouvrage|in)\s*,?\s*$", re.I)


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Rule:
    technique: str
    pattern: re.Pattern
    confidence: float
    strong: bool
    check: Callable[[str, re.Match], bool] | None = None   # context check on (sentence, match)
    hedge: bool = False                                    # the writer's own hedge: voice stays own
    explanation: str = ""


def _c(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


_INTENSIFIER = re.compile(r"\b(?:nothing\s+(?:but|more\s+than|less\s+than|other\s+than)|no\s+more\s+than|"
                          r"not\s+(?:just|only|merely)|rien\s+(?:d['’]autre\s+)?que)\W*(?:\w+\W+){0,2}$", re.I)


def _not_negated(sentence: str, m: re.Match) -> bool:
    before = sentence[max(0, m.start("m") - 40):m.start("m")]
    return bool(_INTENSIFIER.search(before)) or not _NEG.search(before)


def _killing_ctx(sentence: str, m: re.Match) -> bool:
    return bool(_KILLING.search(sentence)) and _not_negated(sentence, m)


def _genocide_ctx(sentence: str, m: re.Match) -> bool:
    return bool(_GENOCIDE_CTX.search(sentence))


def _alleged_genocide(sentence: str, m: re.Match) -> bool:
    before = sentence[max(0, m.start("m") - 16):m.start("m")]
    after = sentence[m.end():m.end() + 40]
    if re.search(r"(?:\b(?:his|her|their|its)|['’]s)\s*$", before, re.I):
        return False   # "his alleged genocide crimes": about a person
    if re.match(r"[”\"»’']?\s*(?:[- ]?(?:suspects?|perpetrators?|convicts?|fugitives?|planners?|organi[sz]ers?|"
                r"charges?|crimes?|ideology|cases?|trials?|participants?|role|participation|experts?|scholars?|"
                r"historians?|studies|scholarship|memorials?|commemorations?|law)\b|"
                r"\s*(?:against|of)\s+(?:the\s+)?Hutus?)", after, re.I):
        return False
    return True


def _allegedly_killed(sentence: str, m: re.Match) -> bool:
    subject = m.group("subj").lower()
    if subject.startswith("tutsi"):
        return True
    return bool(re.search(r"genocid|génocid", sentence, re.I)) and not _RPF.search(sentence)


def _no_rpf(sentence: str, m: re.Match) -> bool:
    return not _RPF.search(sentence)


def _explicit_no_genocide(sentence: str, m: re.Match) -> bool:
    return not _RPF.search(sentence) and not re.search(r"\bwhether\b", sentence, re.I)


def _scare_quote(sentence: str, m: re.Match) -> bool:
    before = sentence[:m.start()]
    if _QUOTE_CUE.search(before) or _TITLE_CUE.search(before):
        return False
    words = m.group("q").split()
    if len(words) > 6 or re.search(r"g[ée]nocide\s+(?:ideology|law|suspects?|survivors?|memorials?|convention|"
                                   r"studies|scholars?|fugitives?|charges?|credit)", m.group("q"), re.I):
        return False
    prev = re.search(r"(\S+)\s*$", before)
    nxt = re.match(r"\s*([a-z]\w*)", sentence[m.end():])
    return bool((prev and re.fullmatch(r"(?:the|this|that|an?|official|alleged|so-called|supposed|their|its|"
                                       r"his|her|so|le|la|du|de|ce|cet|cette|prétendu|soi-disant)",
                                       prev.group(1), re.I))
                or (nxt and re.fullmatch(r"(?:narrative|story|claims?|thesis|version|myth|industry|lobby|"
                                         r"label|rampage|account|récit|thèse)", nxt.group(1), re.I)))


def _fabrication_ctx(sentence: str, m: re.Match) -> bool:
    return _genocide_ctx(sentence, m) and _not_negated(sentence, m)


def _quoted_myth(sentence: str, m: re.Match) -> bool:
    return bool(re.search(r"Hutu|Tutsi|genocid|génocid|extremist|plan", m.group("q"), re.I))


def _exaggerated(sentence: str, m: re.Match) -> bool:
    if not _not_negated(sentence, m):
        return False
    if re.search(r"\b(?:RPF|FPR|RPA)\b", sentence) and not _TUTSI.search(sentence):
        return False
    return bool(re.search(r"genocid|génocid|Tutsi|million|victims|victimes|dead|morts|toll|bilan", sentence, re.I))


def _only_n_died(sentence: str, m: re.Match) -> bool:
    if re.search(r"surviv|escaped|rescued|saved|returned|prosecut|convict|trials?\b|cases\b|tried\b|rescap",
                 sentence, re.I):
        return False
    if re.search(r"\bHutus?\b", sentence, re.I) and not _TUTSI.search(sentence):
        return False
    return bool(re.search(r"genocid|génocid|Tutsi|1994|Rwanda|massacr", sentence, re.I))


def _self_defence(sentence: str, m: re.Match) -> bool:
    if not _killing_ctx(sentence, m):
        return False
    if re.search(r"\bTutsis?\b[^.]{0,40}\bdefend", sentence, re.I) or re.search(r"Bisesero|resist", sentence, re.I):
        return False   # survivors' resistance is not role reversal
    return True


def _rwanda_ctx(sentence: str, m: re.Match) -> bool:
    return bool(re.search(r"Hutus?|Tutsis?|RPF|FPR|genocid|génocid|Rwanda|Kagame", sentence, re.I))


def _spontaneous(sentence: str, m: re.Match) -> bool:
    return _killing_ctx(sentence, m)


def _not_planned(sentence: str, m: re.Match) -> bool:
    if re.search(r"\b(?:RPF|FPR|RPA)\b", sentence) and not _TUTSI.search(sentence):
        return False
    return bool(_KILLING.search(sentence)) and not re.search(r"\b(?:myth|claim|argu\w+)\s+that\b", sentence, re.I)


def _witness_attack(sentence: str, m: re.Match) -> bool:
    if re.search(r"\b(?:Chamber|judges?|court|tribunal|jury)\s+(?:\w+\s+){0,2}(?:found|held|ruled|convicted|"
                 r"concluded)|perjury|contempt|convicted\s+of|charged\s+with|recant", sentence, re.I):
        return False
    return _not_negated(sentence, m)


def _blame_subject(sentence: str, m: re.Match) -> bool:
    return bool(re.search(r"\b(?:Kagame|RPF|FPR|Inkotanyi|rebels?|Tutsis?|they|he)\b", sentence[:m.start("m")], re.I))


def _mirror_object(sentence: str, m: re.Match) -> bool:
    return not re.search(r"\bTutsis?\b", sentence[m.start("v"):m.end() + 20], re.I)


def _finish_work(sentence: str, m: re.Match) -> bool:
    return not re.match(r"\s+(?:of|on)\b", sentence[m.end():], re.I)


def _imperative(sentence: str, m: re.Match) -> bool:
    after = re.match(r"\s*\w+(?:\s+(?:out|down|up))?\s+(\w+)", m.group("m"))
    if after and after.group(1).lower() in {"by", "of", "in", "at", "during", "was", "were", "is", "and", "took"}:
        return False   # nominal use: "Slaughter by the RPF", "Killing of civilians"
    words = sentence.split()
    if not re.search(r"[.!?]\W*$", sentence) and sum(w[:1].isupper() for w in words) > len(words) / 2:
        return False   # a heading in title case
    return _group_target(sentence, m)


def _group_target(sentence: str, m: re.Match) -> bool:
    return bool(re.search(r"\b(?:them|Tutsis?|inyenzi|inzoka|cockroach\w*|cafards?|snakes?|serpents?|enemy|enemies|"
                          r"accomplices|ibyitso|Inkotanyi|tall\s+trees|grands\s+arbres|every(?:one|body)?|all|"
                          r"les|tous|work|job|travail|machetes?|children|women|vermin|rats)\b",
                          m.group("m"), re.I))


_HEDGE = (r"(?:alleged|so[- ]called|supposed|purported|self[- ]styled|pretended|pr[ée]tendue?s?|soi[- ]disant|"
          r"pr[ée]sum[ée]e?s?)")
_OQ = r"(?:[“\"«‘']\s*)?"
_KILL_VERB = (r"(?:kill|exterminate|crush|wipe\s+out|hunt(?:\s+down)?|eliminate|finish|destroy|cut\s+down|"
              r"clear\s+out|get\s+rid\s+of|massacre|slaughter|tuer|exterminer|[ée]craser|[ée]liminer|finir|"
              r"en\s+finir\s+avec|massacrer)")

RULES: tuple[Rule, ...] = (
    # definitional denial
    Rule("definitional_denial", _c(rf"\b(?P<m>{_HEDGE}\s+{_OQ}(?:(?:Rwandan|Rwanda|Tutsi|1994|official|Hutu)\s+)*"
                                   r"(?:genocide|g[ée]nocide|holocaust)\b)"), 0.92, True, _alleged_genocide, True,
         "the genocide itself called 'alleged' or 'so-called'"),
    Rule("definitional_denial", _c(rf"\b(?P<m>{_HEDGE}\s+(?:anti-)?(?:Tutsi\s+)?(?:killings|massacres|extermination|"
                                   r"slaughter)(?:\s+of\s+(?:the\s+)?Tutsis?)?)\b"), 0.85, True,
         lambda s, m: ("Tutsi" in m.group("m") or "tutsi" in m.group("m")) and "reprisal" not in m.group("m").lower(),
         True, "the killing of the Tutsi called 'alleged'"),
    Rule("definitional_denial", _c(r"\b(?P<subj>Tutsis?|victims|people)\b[^.;:]{0,40}?\b(?P<m>allegedly|supposedly|"
                                   r"purportedly|pr[ée]tendument)\s+(?:been\s+)?(?:killed|massacred|murdered|"
                                   r"exterminated|slaughtered|died|tu[ée]s|massacr[ée]s)"), 0.85, True,
         _allegedly_killed, True, "the killing of the Tutsi hedged as 'allegedly'"),
    Rule("definitional_denial", _c(r"(?P<m>[“\"«]\s*(?P<q>[^”\"»\n]{0,60}?\b(?:genocide|g[ée]nocide)\b[^”\"»\n]{0,40}?)"
                                   r"\s*[”\"»])"), 0.78, True, _scare_quote, True,
         "the word genocide in scare quotes"),
    Rule("definitional_denial", _c(r"(?P<m>\bthere\s+(?:was|were|has\s+been)\s+(?:no|never\s+(?:a|any))\s+genocide|"
                                   r"\b(?:it|this|that|what\s+happened(?:\s+in\s+(?:Rwanda|1994)){0,2}|the\s+(?:events|"
                                   r"killings|war|massacres|tragedy)(?:\s+of\s+1994)?)\s+(?:was|were|is)\s+(?:not|"
                                   r"never)"
                                   r"\s+(?:a\s+)?genocide|\bno\s+genocide\s+(?:took\s+place|occurred|happened)|"
                                   r"il\s+n['’]y\s+a\s+(?:pas|jamais)\s+eu\s+de\s+g[ée]nocide|(?:ce|cela)\s+n['’]"
                                   r"(?:était|est|a\s+pas\s+été)\s+pas\s+un\s+g[ée]nocide)"), 0.9, True,
         _explicit_no_genocide, False, "says outright that there was no genocide"),
    # fabrication and conspiracy
    Rule("fabrication", _c(r"(?P<m>\b(?:C\.?I\.?A\.?|U\.?S\.?|American|Western|foreign|French|British|Belgian|Tutsi|"
                           r"RPF|FPR|Kagame|Zionist|globalist|Anglo-Saxon)[- ](?:fabricated|invented|staged|"
                           r"manufactured|scripted|engineered\s+hoax))"), 0.9, True, _genocide_ctx, False,
         "the events said to be fabricated by a foreign or hidden power"),
    Rule("fabrication", _c(r"(?P<m>\bfalse[- ]flag\b)"), 0.85, True, _rwanda_ctx, False, "'false flag'"),
    Rule("fabrication", _c(r"(?P<m>\b(?:genocide|g[ée]nocide|holocaust)(?:\s+(?:story|narrative|claims?))?\s+(?:hoax|"
                           r"myth|fabrication|lie|invention|fraud|pretext|scam|canular|mensonge|mythe|imposture|"
                           r"pr[ée]texte)\b)"), 0.88, True, None, False, "the genocide called a hoax, myth or pretext"),
    Rule("fabrication", _c(r"(?P<m>\b(?:hoax|myth|fabrication|lie|invention|fraud|fiction|mensonge|mythe|imposture)"
                           r"\s+(?:of|du|de)\s+(?:the\s+|a\s+|le\s+|la\s+)?(?:\w+\s+){0,2}?(?:genocide|g[ée]nocide|"
                           r"extermination|planned\s+extermination|planning)\b(?![- ]?(?:deni|n[ée]gation)))"),
         0.85, True, None, False, "the genocide called a myth or a lie"),
    Rule("fabrication", _c(r"\b(?:genocide|g[ée]nocide|massacres?|killings?|story|narrative|death\s+toll|"
                           r"mass\s+graves?|"
                           r"histoire|récit|pictures|photos|photographs|images|footage|bodies|corpses|graves|"
                           r"charniers)\b[^.;!?]{0,50}?\b(?:was|were|is|are|has\s+been|have\s+been|a\s+été|"
                           r"est|était)\s+(?:all\s+|largely\s+|entirely\s+|simply\s+|just\s+|merely\s+|pure(?:ly)?\s+|"
                           r"a\s+|an\s+|une?\s+)*(?P<m>fabricated|invented|staged|made[- ]up|faked|a\s+hoax|hoax|"
                           r"a\s+myth|myth|fabrication|a\s+lie|lie|fiction|invention|invent[ée]e?|fabriqu[ée]e?|"
                           r"mont[ée]e?\s+de\s+toutes\s+pi[èe]ces|mensonge|mythe)\b"), 0.82, False,
         _fabrication_ctx, False, "the genocide or its record called invented"),
    Rule("fabrication", _c(r"(?P<m>[“\"«](?P<q>[^”\"»\n]{1,40})[”\"»]\s+(?:[Mm]yth|[Hh]oax|[Ll]ie|"
                           r"[Ff]able))"), 0.8, True,
         _quoted_myth, False, "the record of the perpetrators called a myth"),
    # minimisation
    Rule("minimisation", _c(r"(?P<m>\b(?:twice|three\s+times|double|more\s+than|greater\s+than|larger\s+than|"
                            r"exceeds?|exceeding|higher\s+than|plus\s+que)\s+(?:the\s+)?(?:(?:entire|total|whole)\s+)?"
                            r"(?:number|population|count)\s+of\s+(?:all\s+)?(?:the\s+)?Tutsis?(?:\s+(?:available|alive|"
                            r"living|in\s+Rwanda|in\s+the\s+country))?(?:\s+to\s+kill)?)"), 0.9, True, None, False,
         "the toll declared impossible against the Tutsi population"),
    Rule("minimisation", _c(r"(?P<m>\bnot\s+enough\s+Tutsis?\b|\bpas\s+assez\s+de\s+Tutsi)"), 0.85, True, None, False,
         "the toll declared impossible against the Tutsi population"),
    Rule("minimisation", _c(r"(?P<m>\b(?:only|just|merely|no\s+more\s+than|at\s+most|a\s+mere|barely|seulement|"
                            r"tout\s+au\s+plus|[àa]\s+peine)\s+(?:about\s+|some\s+|around\s+)?(?:a\s+few\s+(?:thousand|"
                            r"hundred)|(?:ten|twenty|thirty|fifty|a\s+hundred)\s+thousand|quelques\s+(?:milliers|"
                            r"centaines)|\d[\d,.\s]*(?:thousand|hundred|000)?)\s*(?:Tutsis?|people|persons|civilians|"
                            r"victims|dead|deaths|morts|victimes|personnes)?)[^.;]{0,40}?\b(?:died|were\s+killed|"
                            r"perished|killed|deaths|dead|victims|morts|tu[ée]s|victimes)"), 0.78, False,
         _only_n_died, False, "a toll far below the record"),
    Rule("minimisation", _c(r"\b(?:death\s+toll|toll|figures?|numbers?|casualt(?:y|ies)|counts?|estimates?|bilan|"
                            r"chiffres?)\b(?:\s+[\w,]+){0,5}?\s+(?:(?:was|were|is|are|has\s+been|have\s+been|ont\s+été|"
                            r"a\s+été|est|sont)\s+)?(?:(?:grossly|wildly|greatly|massively|vastly|hugely|largement|"
                            r"très)\s+)?(?P<m>exaggerated|inflated|overstated|padded|exag[ée]r[ée]e?s?|gonfl[ée]e?s?)"),
         0.8, True, _exaggerated, False, "the toll called exaggerated"),
    Rule("minimisation", _c(r"(?P<m>\b(?:exaggerat\w*|inflat\w*|overstat\w*|gonfl\w*|exag[ée]r\w*)\s+(?:the\s+|les\s+|"
                            r"le\s+)?(?:\w+\s+){0,2}?(?:death\s+toll|toll|number\s+of\s+(?:victims|dead|Tutsi)|"
                            r"figures?|"
                            r"bilan|chiffres))"), 0.8, True, _exaggerated, False, "the toll called exaggerated"),
    Rule("minimisation", _c(r"(?P<m>\b(?:most|the\s+(?:vast\s+)?majority|majority|la\s+majorit[ée])\s+(?:of|des)\s+"
                            r"(?:the\s+)?(?:victims|dead|those\s+killed|people\s+killed|victimes|morts)\s+(?:\w+\s+)"
                            r"{0,3}?(?:were|was|étaient|sont)\s+(?:probably\s+|likely\s+|in\s+fact\s+|actually\s+)?"
                            r"(?:Hutus?|des\s+Hutu))"), 0.8, False,
         lambda s, m: not _RPF.search(s) and _not_negated(s, m), False,
         "the Tutsi victims recounted as Hutu"),
    Rule("minimisation", _c(r"(?P<m>\b(?:does|do|did)\s+the\s+math\b|\bnumbers?\s+(?:simply\s+)?(?:do(?:es)?n['’]?t|"
                            r"do(?:es)?\s+not)\s+add\s+up|\bnot\s+credible\s+(?:just\s+)?on\s+the\s+numbers)"), 0.72,
         False, _genocide_ctx, False, "the toll said not to add up"),
    # double genocide / false equivalence
    Rule("double_genocide", _c(r"(?P<m>\bdouble[- ]genocide|\bdouble\s+g[ée]nocide|\bg[ée]nocides?\s+crois[ée]s|"
                               r"\btwo\s+genocides|\bdeux\s+g[ée]nocides|\bboth\s+genocides|\bcounter[- ]genocide)"),
         0.9, True, lambda s, m: not re.search(r"\bno\s+(?:such\s+)?double", s, re.I), False, "'double genocide'"),
    Rule("double_genocide", _c(r"(?P<m>\b(?:second|other|real)\s+genocide\b|\bgenocide\s+(?:against|of)\s+(?:the\s+)?"
                               r"Hutus?\b|\bg[ée]nocide\s+des\s+Hutus?)"), 0.78, False, None, False,
         "a genocide against the Hutu set beside the genocide against the Tutsi"),
    Rule("double_genocide", _c(r"(?P<m>\b(?:both\s+sides|each\s+side|the\s+two\s+sides|les\s+deux\s+camps)\s+"
                               r"(?:\w+\s+)?(?:committed|carried\s+out|perpetrated|ont\s+commis)\s+(?:a\s+|un\s+)?"
                               r"(?:genocide|"
                               r"g[ée]nocide))"), 0.88, True, None, False, "genocide said to be on both sides"),
    # role reversal
    Rule("role_reversal", _c(r"(?P<m>\bself[- ]defen[cs]e\b|\bl[ée]gitime\s+d[ée]fense|\bauto-?d[ée]fense|"
                             r"\bdefend(?:ed|ing)?\s+themselves|se\s+d[ée]fendre)"), 0.8, False, _self_defence, False,
         "the killing presented as self-defence"),
    Rule("role_reversal", _c(r"(?P<m>\b(?:the\s+)?(?:real|true)\s+(?:victims|aggressors|killers|perpetrators|"
                             r"g[ée]nocidaires|culprits|victimizers)\b|\bvraies?\s+victimes|\bv[ée]ritables?\s+"
                             r"(?:victimes|agresseurs)|\b(?:the\s+)?(?:Tutsis?|victims)\s+(?:were|are)\s+(?:the\s+)?"
                             r"(?:real\s+|true\s+)?(?:aggressors|killers|perpetrators|attackers))"), 0.78, False,
         lambda s, m: _rwanda_ctx(s, m) and not _RPF.search(s)
         and not re.search(r"tribunal|justice|impunity|selectiv|court|prosecut", s, re.I),
         False, "the victims recast as the aggressors"),
    Rule("role_reversal", _c(r"(?P<m>\b(?:the\s+)?facts\s+support\s+(?:an?\s+|the\s+)?opposite\s+(?:story|version)|"
                             r"\bthe\s+(?:opposite|reverse)\s+(?:is|was)\s+(?:the\s+)?(?:truth|true))"), 0.72, False,
         None, False, "the record of who killed whom reversed"),
    # spontaneity
    Rule("spontaneity", _c(r"(?P<m>\b(?:inter-?)?(?:tribal|ethnic)\s+(?:clashes|fighting|warfare|feuds?)|"
                           r"\baffrontements\s+(?:inter-?)?(?:ethniques|tribaux)|\bguerre\s+tribale|"
                           r"\b(?:ancient|age-old|centuries-old)\s+(?:tribal\s+|ethnic\s+)?hatreds?)"), 0.85, True,
         _not_negated, False, "the genocide recast as tribal clashes"),
    Rule("spontaneity", _c(r"(?P<m>\b(?:spontaneous(?:ly)?|unplanned|uncoordinated|unorgani[sz]ed|spontan[ée](?:e|s|"
                           r"es)?|"
                           r"spontan[ée]ment)\b)"), 0.78, False, _spontaneous, False,
         "the killing presented as spontaneous"),
    Rule("spontaneity", _c(r"(?P<m>\b(?:was|were)\s+(?:not|never)\s+(?:planned|organi[sz]ed|premeditated|coordinated)|"
                           r"\bno\s+(?:organi[sz]ed\s+)?(?:plan|planning)\s+(?:to|of|for)\s+(?:exterminat\w*|kill\w*|"
                           r"genocide)|\bn['’](?:était|étaient|a|ont)\s+(?:pas|jamais)\s+(?:été\s+)?(?:planifi[ée]e?s?|"
                           r"organis[ée]e?s?)|\bsans\s+aucun\s+plan|\bnobody\s+(?:planned|ordered)|\bno\s+one\s+"
                           r"(?:planned|ordered))"), 0.82, False, _not_planned, False,
         "the genocide said not to have been planned"),
    Rule("spontaneity", _c(r"(?P<m>\b(?:popular|spontaneous|uncontrolled|blind)\s+(?:anger|rage|fury|uprising|revolt|"
                           r"outburst)|\bcol[èe]re\s+populaire|\bamok\b|\buncontrolled\s+mobs?|"
                           r"\bchaos\s+of\s+(?:the\s+)?"
                           r"(?:civil\s+)?war)"), 0.75, False, _spontaneous, False,
         "the killing presented as popular anger or chaos"),
    # attacks on witnesses, courts and historians
    Rule("attack_on_witnesses", _c(r"(?P<m>\b(?:paid|bought|coached|bribed|professional|false|fake|lying|scripted|"
                                   r"so-called)\s+(?:genocide\s+)?(?:witnesses|survivors|testimon(?:y|ies)|"
                                   r"historians|experts)|"
                                   r"\bfaux\s+t[ée]moins|\bt[ée]moins\s+(?:pay[ée]s|achet[ée]s|professionnels)|"
                                   r"\bsyndicate\s+of\s+(?:liars|informers)|\bprofessional\s+liars)"), 0.85, True,
         _witness_attack, False, "witnesses or survivors called paid or lying"),
    Rule("attack_on_witnesses", _c(r"(?P<m>\b(?:survivors|witnesses|historians|scholars|journalists|researchers|"
                                   r"experts|"
                                   r"the\s+(?:ICTR|tribunal|court|judges)|Human\s+Rights\s+Watch|HRW|Amnesty|NGOs|"
                                   r"rescap[ée]s|t[ée]moins|historiens)\b(?:\s+\w+){0,4}?\s+(?:are|were|is|was|"
                                   r"have\s+been|"
                                   r"sont|étaient)\s+(?:all\s+|just\s+|nothing\s+but\s+|simply\s+|mere\s+|tous\s+)?"
                                   r"(?:liars|lying|paid\s+(?:agents|liars|by)|agents\s+of|on\s+the\s+payroll|"
                                   r"in\s+the\s+pay\s+of|propagandists|mouthpieces|puppets|stooges|shills|fronts\s+for|"
                                   r"des\s+menteurs|des\s+agents|pay[ée]s\s+par))"), 0.82, True, _witness_attack, False,
         "witnesses, courts or historians called liars or agents"),
    Rule("attack_on_witnesses", _c(r"(?P<m>\b(?:survivors|witnesses|rescap[ée]s|t[ée]moins)\s+(?:lie|lied|are\s+lying|"
                                   r"invent(?:ed)?\s+(?:their\s+)?(?:stories|testimon\w+)|mentent))"), 0.82, True,
         _witness_attack, False, "survivors or witnesses called liars"),
    # blame shifting
    Rule("blame_shifting", _c(r"(?P<m>\bblamed\s+(?:all\s+)?(?:the\s+)?(?:Tutsi\s+)?(?:deaths|killings|massacres|"
                              r"genocide|murders)\s+on\s+(?:the\s+)?(?:Hutus?|government|militias?|FAR|army|"
                              r"Interahamwe))"), 0.85, True, _blame_subject, False,
         "the victims' side said to have killed and blamed others"),
    Rule("blame_shifting", _c(r"(?P<m>\bkilled\s+as\s+many\s+(?:of\s+)?(?:\w+\s+){0,2}?Tutsis?\s+as\b|"
                              r"\bsacrificed\s+(?:\w+\s+){0,2}?(?:Tutsis?|own\s+people)|\b(?:killed|"
                              r"tu[ée])\s+(?:the\s+|"
                              r"les\s+)?Tutsis?\s+(?:to|pour)\s+(?:blame|accuser))"), 0.85, True, None, False,
         "the Tutsi dead blamed on their own side"),
    Rule("blame_shifting", _c(r"(?P<m>\b(?:Tutsis?|the\s+victims|les\s+Tutsi)\b(?:\s+\w+){0,3}?\s+(?:brought\s+"
                              r"(?:it|this|the\s+\w+)\s+on\s+themselves|(?:are|were)\s+responsible\s+for\s+their\s+own|"
                              r"provoked\s+their\s+own|sont\s+responsables\s+de\s+leur\s+propre))"), 0.85, True, None,
         False, "the victims blamed for their own destruction"),
    Rule("blame_shifting", _c(r"(?P<m>\bHutu\s+(?:corpses|bodies|dead|victims)\s+(?:\w+\s+){0,3}?(?:counted|"
                              r"passed\s+off|"
                              r"presented|recorded)\s+as\s+Tutsi|\bcounted\s+Hutu\s+(?:corpses|bodies|dead|victims)\s+"
                              r"as\s+Tutsi)"), 0.85, True, None, False, "the Tutsi dead said to be Hutu"),
    Rule("blame_shifting", _c(r"(?P<m>\b(?:Kagame|the\s+RPF|RPF|FPR|the\s+rebels|the\s+invaders|Inkotanyi)\b(?:\s+\S+)"
                              r"{0,5}?\s+(?:is|are|was|were)\s+(?:solely\s+|fully\s+|really\s+)?(?:responsible\s+for|"
                              r"to\s+blame\s+for|the\s+cause\s+of)\s+(?:the\s+)?(?:\w+\s+){0,1}?(?:genocide|"
                              r"massacres?\s+of\s+(?:the\s+)?Tutsi|deaths?\s+of\s+(?:the\s+)?Tutsi|Tutsi\s+deaths)|"
                              r"\b(?:RPF|FPR|Kagame|invasion|rebels)\b(?:\s+\S+){0,5}?\s+(?:provoked|caused|"
                              r"triggered|sparked|unleashed)\s+the\s+"
                              r"genocide)"), 0.75, False, None, False, "the genocide blamed on the victims' side"),
    # justification
    Rule("justification", _c(r"(?P<m>\bdeserved\s+(?:it|what|their\s+fate|to\s+die)|\bhad\s+it\s+coming|\bhad\s+no\s+"
                             r"(?:other\s+)?choice\s+but\s+to\s+(?:kill|fight|defend)|\b(?:understandable|legitimate|"
                             r"justified|justifiable|necessary|inevitable|natural)\s+(?:reaction|response|anger|"
                             r"retaliation|revenge)|\bl['’]ont\s+bien\s+cherch[ée]|"
                             r"\br[ée]action\s+(?:compr[ée]hensible|"
                             r"l[ée]gitime)|\bcol[èe]re\s+l[ée]gitime)"), 0.78, False,
         lambda s, m: _killing_ctx(s, m) and not re.search(r"surviv|rescap|families", s, re.I), False,
         "the killing presented as deserved or understandable"),
    Rule("justification", _c(r"\b(?:killings?|massacres?|it|this|the\s+violence|eliminating\s+\w+|the\s+reaction)\s+"
                             r"(?:was|were|is)\s+(?:entirely\s+|fully\s+|perfectly\s+|completely\s+)?(?P<m>justified|"
                             r"necessary|legitimate|understandable|deserved)\b"), 0.75, False,
         lambda s, m: _killing_ctx(s, m) and not _RPF.search(s), False,
         "the killing presented as justified"),
    Rule("justification", _c(r"(?P<m>\b(?:g[ée]nocidaires?|Interahamwe|the\s+killers|the\s+militias?)\b(?:\s+\w+){0,3}?"
                             r"\s+(?:are|were|sont|étaient)\s+(?:\w+\s+){0,2}?(?:heroes|h[ée]ros|patriots|patriotes|"
                             r"saviours|saviors|sauveurs))"), 0.82, True, _not_negated, False,
         "the killers presented as heroes"),
    Rule("attack_on_witnesses", _c(r"(?P<m>\bpuppet\s+(?:court|tribunal|judges?|historians?|witnesses)|"
                                   r"\btribunal\s+fantoche)"), 0.75, False, _witness_attack, False,
         "the court called a puppet"),
    # dehumanisation
    Rule("dehumanisation", _c(r"(?P<m>\b(?:inyenzi|inzoka)\b)"), 0.9, True,
         lambda s, m: not _HISTORIC_INYENZI.search(s), False, "Kinyarwanda slur: cockroach / snake"),
    Rule("dehumanisation", _c(r"(?P<m>\bcockroach(?:es)?\b|\bcafards?\b)"), 0.85, True,
         lambda s, m: not re.search(r"kitchen|insecticide|pest\s+control", s, re.I), False,
         "people called cockroaches"),
    Rule("dehumanisation", _c(r"(?P<m>\b(?:Tutsis?|they|them|these\s+people|the\s+enemy|accomplices|Inkotanyi|"
                              r"Batutsi|Abatutsi|les\s+Tutsi|ils|ces\s+gens)\b(?:\s+\w+){0,3}?\s+(?:are|were|is|sont|"
                              r"étaient)\s+(?:\w+\s+){0,2}?(?:snakes|vermin|rats|lice|parasites|insects|beasts|pigs|"
                              r"a\s+cancer|a\s+disease|a\s+plague|serpents|vermine|poux|b[êe]tes|"
                              r"cochons))"), 0.85, True,
         None, False, "people equated with animals, vermin or disease"),
    # accusation in a mirror
    Rule("accusation_in_mirror", _c(r"(?P<m>\b(?:Tutsis?|they|the\s+enemy|Inkotanyi|Inyenzi|the\s+RPF|RPF|accomplices|"
                                    r"les\s+Tutsi|ils)\b(?:\s+\S+){0,4}?\s+(?:(?:are|were|is)\s+)?(?P<v>plan(?:ning|s|"
                                    r"ned)?|plott?(?:ing|ed|s)?|prepar(?:ing|ed|es|e)|want(?:s|ed)?|intend(?:s|ed)?|"
                                    r"aim(?:s|ed)?|about|going|coming|pr[ée]parent|veulent|projettent)\s+(?:to\s+|"
                                    r"de\s+|"
                                    r"d['’])?(?:exterminate|kill|massacre|annihilate|enslave|wipe\s+out|eliminate|"
                                    r"exterminer|tuer|massacrer|asservir|nous\s+tuer|nous\s+exterminer)\s+(?:\w+\s+)"
                                    r"{0,3}?(?:Hutus?|us|our|the\s+majority|all|les\s+Hutu|tous|your)\b)"), 0.85, True,
         _mirror_object, False, "the target group said to plan the violence"),
    Rule("accusation_in_mirror", _c(r"(?P<m>\b(?:pr[ée]parent|planifient|veulent|prepar\w+|plan\w*)\s+(?:l['’]|the\s+)"
                                    r"(?:extermination|massacre|annihilation)\s+(?:des|of\s+(?:the\s+)?)\s*Hutus?)"),
         0.85, True, None, False, "the target group said to plan the violence"),
    Rule("accusation_in_mirror", _c(r"(?P<m>\bbefore\s+they\s+(?:kill|exterminate|massacre|finish)\s+us|\bavant\s+"
                                    r"qu['’]ils\s+ne\s+nous\s+(?:tuent|exterminent))"), 0.85, True, None, False,
         "violence presented as pre-emptive"),
    # calls to action
    Rule("call_to_action", _c(rf"(?:^|[“\"«]\s*)\W*(?P<m>(?:{_KILL_VERB}|take\s+up|rise\s+up|go\s+(?:and\s+)?(?:kill|"
                              rf"fight|cut|search)|"
                              r"search\s+for|tuez|exterminez|[ée]crasez|[ée]liminez|d[ée]busquez|"
                              r"finissez)\b[^.!?”\"»]{0,60})"),
         0.85, True, _imperative, False, "an imperative to kill or expel"),
    Rule("call_to_action", _c(rf"(?P<m>\b(?:let\s+us|let['’]s|we\s+must|we\s+have\s+to|we\s+should|you\s+must|"
                              rf"you\s+should|everyone\s+must|il\s+faut|nous\s+devons|"
                              rf"vous\s+devez)\s+(?:\w+\s+){{0,2}}?"
                              rf"{_KILL_VERB}\b[^.!?”\"»]{{0,50}})"), 0.85, True, _group_target,
         False, "an exhortation to kill or expel"),
    Rule("call_to_action", _c(r"(?P<m>\bfinish\s+(?:the|their|our)\s+(?:work|job)\b|\b(?:finir|"
                              r"terminer)\s+le\s+travail|"
                              r"\bgraves\s+are\s+(?:not\s+yet|only\s+half)\s+full|\btombes?\s+(?:ne\s+sont\s+pas|"
                              r"pas\s+encore)\s+pleines|\bcut\s+(?:down\s+)?the\s+tall\s+trees|"
                              r"\bcouper\s+les\s+grands\s+"
                              r"arbres)"), 0.82, True, _finish_work, False, "the coded call to 'finish the work'"),
    Rule("call_to_action", _c(r"(?P<m>\b(?:Tutsis?|they|them|the\s+enemy|accomplices|the\s+inyenzi|the\s+cockroaches|"
                              r"ils|les\s+Tutsi)\s+(?:must|should|have\s+to|need\s+to|doivent)\s+(?:all\s+)?(?:be\s+)?"
                              r"(?:killed|exterminated|crushed|eliminated|wiped\s+out|destroyed|driven\s+out|expelled|"
                              r"sent\s+back|être\s+(?:tu[ée]s|extermin[ée]s|[ée]limin[ée]s|[ée]cras[ée]s)))"), 0.85,
         True, None, False, "a demand that the group be killed or expelled"),
    Rule("call_to_action", _c(r"(?P<m>\bdo\s+not\s+spare|\bspare\s+no(?:\s+one|body)?\b|\bshow\s+no\s+mercy|"
                              r"\bn['’][ée]pargnez)"), 0.8, True,
         lambda s, m: bool(re.search(r"Tutsi|them|children|cockroach|inyenzi|enemy|accomplices|les\b", s, re.I)),
         False, "an exhortation to spare no one"),
)


# --------------------------------------------------------------------------- voice


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (curly, guillemets, straight double quotes)."""
    regions: list[tuple[int, int]] = []
    for opener, closer in (("“", "”"), ("«", "»"), ("„", "“")):
        for m in re.finditer(re.escape(opener) + r"([^" + re.escape(closer) + r"\n]{1,600})" + re.escape(closer),
                             text):
            regions.append((m.start(1), m.end(1)))
    for m in re.finditer(r'"([^"\n]{1,600})"', text):
        regions.append((m.start(1), m.end(1)))
    for m in re.finditer(r"(?<![\w])‘([^’\n]{1,300}?)’(?![\w])", text):
        regions.append((m.start(1), m.end(1)))
    return sorted(regions)


def block_quotes(text: str) -> list[tuple[int, int]]:
    """Paragraphs introduced by a colon at the end of the previous paragraph: quoted blocks."""
    blocks = []
    pos = 0
    previous = ""
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        if previous.rstrip().endswith(":"):
            blocks.append((start, end))
        previous = line
    return blocks


def _inside(start: int, end: int, regions: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in regions)


def marker_voice(text: str, sent: tuple[int, int], start: int, end: int, hedge: bool,
                 quotes: Sequence[tuple[int, int]], blocks: Sequence[tuple[int, int]],
                 attributions: Sequence[dict]) -> tuple[str, str]:
    """('own' | 'reported', why)."""
    sentence = text[sent[0]:sent[1]]
    if _inside(start, end, quotes):
        if hedge:
            # a hedge inside a longer quotation is the quoted speaker's
            region = next((s, e) for s, e in quotes if s <= start and end <= e)
            if len(text[region[0]:region[1]].split()) > 6:
                return "reported", "inside a quotation"
        else:
            return "reported", "inside a quotation"
    if _inside(start, end, blocks):
        return "reported", "inside a block quotation"
    if hedge:
        return "own", "the writer's own hedge"
    endorsed = bool(_ENDORSE.search(sentence))
    before = text[sent[0]:start]
    contrast = list(_CONTRAST.finditer(before))
    if contrast:   # "they say X, but Y": Y is the writer's again
        before = before[contrast[-1].end():]
    for a in attributions or []:
        norm = a.get("normalized") or {}
        cs, ce = norm.get("content_start"), norm.get("content_end")
        if cs is not None and ce is not None and cs <= start and end <= ce and not endorsed:
            return "reported", f"attributed to {norm.get('speaker') or 'another speaker'}"
    if _FIRST_PERSON.search(sentence) and not _CRITIQUE.search(sentence):
        return "own", "first person"
    frame = _FRAME.search(before)
    if frame and not endorsed:
        return "reported", "reporting frame: " + frame.group(0)[:60]
    if _AS_FRAME.search(before) and not endorsed:
        return "reported", "presented by someone else as such"
    if _CLAIM_VERB.search(before) and not endorsed:
        return "reported", "a claim verb introduces it"
    if _CLAIM_FRAME.search(before):
        return "reported", "the claim is named as a claim"
    if _CRITIQUE.search(sentence):
        return "reported", "the sentence reports or condemns it"
    generic = _GENERIC_FRAME.search(before)
    if generic and not endorsed:
        return "reported", "reporting frame: " + generic.group(0)[:60]
    return "own", ""


# --------------------------------------------------------------------------- detection


def _sentence_texts(text: str, sentences: Sequence[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in sentences]


_LAST: dict = {}


def sentence_scores(text: str, sentences: Sequence[tuple[int, int]],
                    sentence_vectors: np.ndarray | None = None,
                    use_embeddings: bool = True) -> dict[str, np.ndarray] | None:
    """Classifier and exemplar scores per sentence.

    The scores of the last text seen are kept, so that `check.stance` reuses what
    `detect_markers` computed (and its embeddings) for the same text and sentences.
    """
    key = (hashlib.sha1(text.encode("utf-8")).hexdigest(), tuple(map(tuple, sentences)))
    cached_key, cached_scores = _LAST.get("entry", (None, None))   # one tuple: safe across threads
    if cached_key == key and (sentence_vectors is None or "exemplar" in cached_scores):
        return cached_scores
    model = sentence_model()
    if model is None or not sentences:
        return None
    texts = _sentence_texts(text, sentences)
    vectors = sentence_vectors
    if vectors is None and use_embeddings:
        try:
            from factfinder import embed

            vectors = embed.encode(texts)
        except Exception:  # noqa: BLE001 - embeddings are optional: TF-IDF alone still works
            vectors = None
    scores = model.predict(texts, vectors)
    _LAST["entry"] = (key, scores)
    return scores


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n\r,;:":
        end -= 1
    return start, end


def detect_markers(text: str, sentences: list[tuple[int, int]], language: str = "en",
                   attributions: list[dict] | None = None,
                   sentence_vectors: np.ndarray | None = None, use_embeddings: bool = True) -> list[Marker]:
    """Rhetoric markers in `text`, sentence by sentence; offsets index `text`.

    `sentence_vectors` (n_sentences x 384, unit rows, as from `factfinder.embed.encode`) avoids
    embedding the sentences again when the caller already has them. Without them the sentences
    are embedded here, unless `use_embeddings` is False: then rules and the TF-IDF classifier
    work alone (no exemplar similarity, so no classifier-only markers).
    """
    sentences = [(int(s), int(e)) for s, e in sentences]
    scores = sentence_scores(text, sentences, sentence_vectors, use_embeddings)
    quotes = quote_regions(text)
    blocks = block_quotes(text)
    attributions = [a for a in (attributions or []) if a.get("type", "attribution") == "attribution"]
    tech_index = None
    if scores is not None:
        model = sentence_model()
        tech_index = {c: i for i, c in enumerate(model.classes["technique"])}
    markers: list[Marker] = []
    for si, (s0, s1) in enumerate(sentences):
        sentence = text[s0:s1]
        probs = scores["technique"][si] if scores is not None else None
        p_none = float(probs[tech_index["none"]]) if probs is not None else 0.0
        found: list[Marker] = []
        for rule in RULES:
            for m in rule.pattern.finditer(sentence):
                if rule.check is not None and not rule.check(sentence, m):
                    continue
                start, end = _trim(text, s0 + m.start("m"), s0 + m.end("m"))
                if end <= start:
                    continue
                p_tech = float(probs[tech_index[rule.technique]]) if probs is not None else 0.0
                if not rule.strong and probs is not None and p_none > 0.8 and p_tech < 0.08:
                    continue   # a weak pattern the classifiers firmly reject
                confidence = min(0.99, rule.confidence + (0.07 if p_tech >= 0.3 else 0.0))
                voice, why = marker_voice(text, (s0, s1), start, end, rule.hedge, quotes, blocks, attributions)
                basis, citation = basis_for(rule.technique)
                found.append(Marker(start, end, text[start:end], rule.technique, voice, basis, citation,
                                    round(confidence, 3), "combined" if p_tech >= 0.3 else "rule",
                                    rule.explanation + (f"; {why}" if why else "")))
        if not found and scores is not None and "exemplar" in scores:
            found.extend(_classifier_marker(text, (s0, s1), si, scores, tech_index, quotes, blocks, attributions))
        markers.extend(found)
    return _dedupe(markers)


def _classifier_marker(text: str, sent: tuple[int, int], si: int, scores: dict, tech_index: dict,
                       quotes, blocks, attributions) -> list[Marker]:
    probs = scores["technique"][si]
    best = max((c for c in tech_index if c != "none"), key=lambda c: probs[tech_index[c]])
    p = float(probs[tech_index[best]])
    sim = float(scores["exemplar"][si][TECHNIQUES.index(best)])
    neg = float(scores["negative"][si])
    if p < CLASSIFIER_MIN_PROB or sim < EXEMPLAR_MIN_SIM or sim < neg + EXEMPLAR_MARGIN:
        return []
    start, end = _trim(text, *sent)
    sentence = text[start:end]
    if end - start < 15 or not re.search(r"[.!?…][”\"’»)\]]*$", sentence) or sentence.isupper():
        return []   # headings, titles, list items: too little context for a classifier alone
    family = "denies" if best in DENIAL_TECHNIQUES else "distorts" if best in DISTORTION_TECHNIQUES else None
    if family is not None:
        stance_classes = sentence_model().classes["stance"]
        if float(scores["stance"][si][stance_classes.index(family)]) < STANCE_AGREEMENT:
            return []
        if _ACKNOWLEDGING.search(sentence):
            return []   # the sentence itself names the genocide against the Tutsi
    voice, why = marker_voice(text, sent, start, end, False, quotes, blocks, attributions)
    basis, citation = basis_for(best)
    return [Marker(start, end, text[start:end], best, voice, basis, citation, round(min(p, sim + 0.2), 3),
                   "classifier", f"classifier p={p:.2f}, nearest exemplar {sim:.2f}" + (f"; {why}" if why else ""))]


def _dedupe(markers: list[Marker]) -> list[Marker]:
    """Overlapping markers of one technique merge into the most confident one."""
    markers.sort(key=lambda m: (m.start, -m.confidence))
    kept: list[Marker] = []
    for m in markers:
        clash = next((k for k in kept if k.technique == m.technique and m.start < k.end and k.start < m.end), None)
        if clash is None:
            kept.append(m)
        elif m.confidence > clash.confidence:
            kept[kept.index(clash)] = m
    return sorted(kept, key=lambda m: (m.start, m.end))


def simple_sentences(text: str) -> list[tuple[int, int]]:
    """A plain sentence splitter for callers without the extraction pipeline (and for tests)."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        base = para.start()
        chunk = para.group(0)
        start = 0
        for m in re.finditer(r"(?<=[.!?])[”\"’)\]]*(?:\[\d+\])?\s+(?=[A-Z“\"«‘(À-Ý])", chunk):
            if re.search(r"\b(?:[A-Z]|[A-Z]\.[A-Z]|Mr|Mrs|Dr|St|No|pp|p|vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
                         r"Oct|Nov|Dec|U\.S|U\.N|e\.g|i\.e|cf|al)\.\W*$", chunk[start:m.start() + 1]):
                continue
            s, e = base + start, base + m.start()
            if text[s:e].strip():
                spans.append(_trim(text, s, e))
            start = m.end()
        if chunk[start:].strip():
            spans.append(_trim(text, base + start, base + len(chunk)))
    return [(s, e) for s, e in spans if e > s]
