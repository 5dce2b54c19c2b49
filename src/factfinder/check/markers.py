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

Rules come in two layers: the technical vocabulary ("so-called genocide", "double genocide",
"inyenzi") and ordinary wording ("invented by the RPF", "a hoax", "lies of the victors", "war, not
genocide", "they had it coming", "the RPF is responsible for the deaths", "only a few tens of thousands
died", "finish the job"), each with context checks against the hard negatives (RPF crimes
documented, the ICTR criticised, survivors' resistance, "some testimonies were false").
A third layer (`_GENRE_RULES`) covers the forum and repost genre, whose own-voice denial often has
no word for the genocide in the sentence ("started the killing and then cried genocide", "at most N
died, on both sides", "nobody has ever shown a list", "mob courts", "only confessed because he was
tortured", "saw no genocide", "not of any plan", "draw your own conclusions"), and the quoted
propaganda of the hate media ("have no pity for", "want to impose their hegemony", "bloodthirsty").

Voice: a text that quotes RTLM or a denier in order to report or condemn it is not itself
denial or incitement. A marker is `reported` when it sits inside a quotation, a block quotation
(a paragraph introduced by a colon), a fact-check label ("Claim: …", "Myth: …"), an attribution
mention from the extractor, or a reporting
frame ("deniers claim …", "RTLM called …", "the defence argued …", "the claim that …") — except
for the writer's own hedges ("alleged", "so-called", scare quotes), which stay `own`. A slur is
`reported` when glossed ("inyenzi (cockroaches)") or used in a sentence or paragraph that names the
hate media, the courts or the genocide against the Tutsi; a sentence is `reported` when the previous
one names the deniers it goes on to summarise ("Deniers … They say …"). A technique mentioned in
order to reject it ("does not make the genocide a 'double genocide'", « parler de "second génocide"
serait une erreur », "what deniers call …", "the deniers' claim that … has been refuted", "deniers
seek to recast …") is no marker at all: `marker_voice` gives the reason REJECTED and
`detect_markers` drops it.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from factfinder.check.model import TECHNIQUES, Marker
from factfinder.check.prefilter import required_factors

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "check"
TFIDF_PARAMS = {"analyzer": "char_wb", "ngram_range": (2, 5), "sublinear_tf": True, "min_df": 2,
                "lowercase": True}

DENIAL_TECHNIQUES = frozenset({"definitional_denial", "fabrication", "attack_on_witnesses"})
DISTORTION_TECHNIQUES = frozenset({"minimisation", "double_genocide", "role_reversal", "spontaneity",
                                   "blame_shifting", "justification"})
INCITEMENT_TECHNIQUES = frozenset({"dehumanisation", "accusation_in_mirror", "call_to_action"})

# Classifier-only markers: all must hold, and never in footnoted scholarship or beside documented RPF
# crimes. Chosen on 2026-11-27 by the leave-one-set-out estimate over 28 training sets: the classifiers'
# certainty that the sentence carries some marker (1 - p(none) >= 0.9) gates better than the best
# technique's own probability, which several techniques of one sentence share (the old gate, 0.45 /
# +0.04 without it: precision 0.881, recall 0.705; this one: 0.879 and 0.729, no own-voice marker more
# on a hard negative).
CLASSIFIER_MIN_PROB = 0.3
CLASSIFIER_MIN_MARKER = 0.9    # 1 - p(none): how sure the classifiers are that the sentence carries some marker
# (0.5 until session 18; leave one set out over 36 sets, with the runs below, 0.45 found 11 more gold
# sentences for 4 wrong pairs, no hard negative's; 0.85 or 0.8 for CLASSIFIER_MIN_MARKER put own-voice
# markers on two hard negatives and was left.)
EXEMPLAR_MIN_SIM = 0.45
EXEMPLAR_MARGIN = -0.05        # over the nearest negative exemplar
# The stance classifier must lean the same way (denies / distorts). (Leave one set out over 32 training sets,
# dropping this check found 19 more right markers for 6 wrong ones and no hard negative's; on the held-out
# sets it put own-voice markers on a hard negative and cost precision, so session 16 kept it. Since session 18
# it is lifted within a run of own-voice markers, see _beside_marked.)
STANCE_AGREEMENT = 0.35
NEIGHBOUR_MIN_MARKER = 0.7     # 1 - p(none) for a sentence beside one with an own-voice marker (see _beside_marked)
NEIGHBOUR_REACH = 3            # sentences either side that count as beside it
# A technique the classifiers rank first on a sentence a rule marked with another technique, at this
# probability or more, is added to it (see detect_markers).
SECOND_TECHNIQUE_MIN_PROB = 0.35
UNPUNCTUATED_MIN_WORDS = 8     # a sentence without final punctuation this long is a message, not a heading
_ACKNOWLEDGING = re.compile(r"(?<!so-called )(?<!alleged )(?<!supposed )\b(?:genocide\s+(?:against|of)\s+the\s+Tutsis?|"
                            r"g[ée]nocide\s+(?:contre\s+les|des)\s+Tutsi|(?:destruction|extermination|annihilation)\s+of\s+"
                            r"the\s+Tutsis?|(?:destruction|extermination)\s+des\s+Tutsi)\b(?!\s*[”\"»])", re.I)

_THE_GENOCIDE = re.compile(r"(?<!so-called )(?<!alleged )(?<!supposed )(?<![“\"«‘'])\b(?:the|this|le|ce)\s+"
                           r"g[ée]nocide\b(?!\s*[”\"»’'])(?![^.]{0,40}\b(?:never|hoax|myth|invent\w*|lie|"
                           r"fabricat\w*|jamais|mythe|mensonge)\b)", re.I)


# --------------------------------------------------------------------------- data


# Every sentence of the labelled sets the classifiers learn from (scripts/train_check_models.py --collect).
LABELLED_TRAINING = DATA_DIR / "training_labelled_sets.jsonl"


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

    def __init__(self, directory: Path = DATA_DIR, parts: tuple[dict, dict] | None = None) -> None:
        """From the shipped files in `directory`, or from `parts` (meta, arrays) as a training
        script makes them in memory."""
        if parts is not None:
            meta, arrays = parts
        else:
            meta = json.loads((directory / "check_models.json").read_text(encoding="utf-8"))
            with np.load(directory / "check_models.npz", allow_pickle=False) as stored:
                arrays = {k: stored[k] for k in stored.files}
        self.meta = meta
        self.classes = meta["classes"]
        self.vectorizer = CharTfidf(meta["tfidf_vocabulary"], meta["tfidf_idf"], TFIDF_PARAMS["ngram_range"])
        self.weights = dict(arrays)
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
                  r"any\s+idea\s+of|(?:the|a)\s+(?:myth|notion|idea)\s+(?:of|that)|"
                  # "that is not what a sudden outburst looks like": the negation reaches past "what a"
                  r"not\s+what(?:\s+(?:an?|the))?|"
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
    r"(?:the|his|her|their|its)\s+(?:radio|broadcaster|broadcasts?|newspaper|tabloid|station|announcers?|presenters?|speech|editorial|"
    r"paper|regime|killers|militias?|defen[cs]e|accused|defendants?|interim\s+government|authorities|"
    r"perpetrators|propaganda|post|video|thread|pamphlet|tract|book|author|blog|tweet)|"
    r"(?:son|leur|l['’])\s*auteur|le\s+(?:texte|livre|tract|billet|fil)|la\s+vid[ée]o|certains|d['’]autres|"
    r"Hutu\s+Power|g[ée]nocidaires?|Interahamwe|Impuzamugambi|defen[cs]e\s+(?:counsel|lawyers?|witnesses?)|"
    r"Mugesera|Bagosora|Ngeze|Nahimana|Barayagwiza|Kantano|Habimana|Bemeriki|Kambanda|Sindikubwabo|"
    r"critics|some\s+(?:\w+\s+)?(?:writers|authors|commentators|people|observers|bloggers|websites|pundits|"
    r"politicians|academics|journalists|activists|apologists)|(?:bloggers|pundits|apologists|denialist\s+websites|"
    r"websites)|those\s+who|others|they|he|she|it)"
)
_REPORT_VERB = (
    r"(?:said|says|say|claim\w*|call\w*|describ\w*|portray\w*|depict\w*|broadcast\w*|urg\w*|told|tell\w*|"
    r"referr?\w*|label\w*|brand\w*|dismiss\w*|insist\w*|argu\w*|assert\w*|maintain\w*|wr[io]te|writes|written|"
    r"publish\w*|repeat\w*|spread\w*|promot\w*|peddl\w*|spe(?:ak|aks|oke)\s+of|talk\w*\s+(?:of|about)|"
    r"incit\w*|exhort\w*|warn\w*|accus\w*|present\w*|recast\w*|fram\w*|invok\w*|announc\w*|declar\w*|"
    r"shout\w*|sang|sing\w*|chant\w*|alleg\w*|contend\w*|suggest\w*|push\w*|appel\w*|qualifi\w*|pr[ée]tend\w*|"
    r"affirm\w*|parl\w*\s+d|r[ée]p[ée]t\w*|diffus\w*|d[ée]cri\w*|traitai\w*|accusai\w*|"
    r"goes\s+on|goes\s+(?:so|as)\s+far\s+as|adds?|va\s+jusqu['’]à|ajout\w*|[ée]cri\w*|soutien\w*|assur\w*)"
)
_FRAME = re.compile(rf"\b{_REPORT_SUBJECT}\b[^.;!?]{{0,60}}?\b{_REPORT_VERB}\b", re.I)
# "The soldiers said they had been ordered to kill …": what others said of themselves, in indirect speech.
_INDIRECT_SPEECH = re.compile(r"^\W*(?:[\w’'-]+\s+){1,4}?(?:later\s+|then\s+|also\s+)?(?:said|told\s+\w+|testified|"
                              r"recalled|explained|admitted|confessed|claimed|ont\s+dit|ont\s+expliqué|disaient)\s+"
                              r"(?:that\s+|qu['’]|que\s+)?(?:they|he|she|ils|elles?|il)\b", re.I)
# (also "a man tells me this proves …": a speaker telling the writer)
_GENERIC_FRAME = re.compile(rf"\b(?:\w+)\s+(?:has\s+|have\s+|had\s+)?(?:{_REPORT_VERB})\s+(?:that|how|:|"
                            rf"(?:me|us)\s+(?:that|this|it|how)\b)", re.I)
_AS_FRAME = re.compile(r"\b(?:see|saw|seen|view|viewed|regard|regarded|perceive|perceived|held\s+up|"
                       r"read|reads|interpret\w*|took|takes|treat\w*|seiz\w+\s+on|"
                       r"described|presented|portrayed|depicted|dismissed|characteri[sz]ed|labell?ed|branded|"
                       r"termed|called|blamed|explained|justified|excused|qualifi[ée]e?s?|pr[ée]sent[ée]e?s?|"
                       r"d[ée]crit\w*)\b[^.;]{0,90}?\b(?:as|on|comme|en)\s+(?:an?\s+|the\s+|des\s+|une?\s+)?"
                       r"(?:\w+\s+){0,3}[“\"«‘']?\s*$", re.I)
_CLAIM_VERB = re.compile(r"\b(?:claimed|claims\s+that|argued|argues|insisted|insists|maintained|maintains|asserted|"
                         r"asserts|contended|contends|alleged\s+that|pretended|pr[ée]tend\w*|affirm(?:ent|ait|aient|"
                         r"e)\b)",
                         re.I)
_CLAIM_FRAME = re.compile(r"\b(?:allegations?|claims?|assertions?|contentions?|arguments?|"
                          r"(?:the|this|that|a|their)\s+(?:idea|notion|thesis|theory|myth|lie|narrative|trope|canard)|"
                          r"th[èe]se|id[ée]e|rumou?rs?)(?:\s*,[^,.;]{1,60},)?(?:\s+(?:is|was|est|était))?\s+"
                          r"(?:that|of\s+an?|d['’]une?|que|selon\s+laquelle)\b", re.I)
# (also "a claim, heard in some diaspora circles, that …" and "the book's second claim is that …")
# A claim introduced as what one commonly hears ("the first thing you hear is that...", "the next
# line is that...", "last one, and it's everywhere: ..."): explainers and podcasts that take
# myths one by one voice each myth before answering it.
_HEARD_FRAME = re.compile(r"\b(?:you(?:['’]ll|\s+will)?\s+(?:often\s+|always\s+|still\s+|also\s+)?(?:hear|read)|"
                          r"one\s+(?:often\s+|still\s+)?hears|we\s+are\s+(?:often\s+|still\s+)?told|"
                          r"(?:the|a)\s+(?:first|next|second|third|fourth|last|final|other|usual|common|standard|"
                          r"favou?rite|classic|popular)\s+(?:thing\s+(?:you|people|we)\s+hear|line|claim|myth|"
                          r"argument|talking\s+point|story|objection|trope)|it['’]s\s+everywhere|"
                          r"(?:last|next|another|final)\s+one\s*[,:]|on\s+entend\s+(?:souvent\s+|encore\s+)?"
                          r"(?:dire\s+)?que|on\s+(?:nous\s+)?(?:dit|r[ée]p[èe]te)\s+(?:souvent\s+)?que)", re.I)
_CRITIQUE = re.compile(r"\b(?:falsely|false\s+claims?|refut\w*|discredit\w*|baseless|spurious|unfounded|"
                       r"rejected|denial|deniers?|denialis\w*|negationis\w*|n[ée]gationnis\w*|revisionis\w*|"
                       r"r[ée]visionnis\w*|hate\s+speech|hate\s+radio|dehumanis\w*|dehumaniz\w*|d[ée]shumanis\w*|"
                       r"incitement|incit\w+|trope|canard|contrary\s+to|no\s+evidence|"
                       r"propaganda\s+(?:of|by|from)(?!\s+(?:the\s+)?(?:RPF|FPR|Kagame|Kigali|victors|winners|Tutsi))|"
                       r"propagand(?:ists?|e\s+(?:de|du|des)(?!\s+(?:FPR|Kigali|Kagame|vainqueurs|r[ée]gime))))\b", re.I)
_FACTIVE = re.compile(r"\s*(?:found|find|finds|showed|shows|shown|established|establishes|proved|proves|proven|"
                      r"confirmed|confirms|revealed|reveals|admitted|admits|admit|conceded|concedes|acknowledged|"
                      r"acknowledges|demonstrated|demonstrates|a\s+(?:reconnu|montr[ée]|prouv[ée]|[ée]tabli)|reconna[îi]t|"
                      r"admet|avoue)\b", re.I)
_FIRST_PERSON = re.compile(r"^\W*(?:I|we|this\s+(?:author|paper|article|writer)|je|nous)\b", re.I)
_CONTRAST = re.compile(r"(?:[;—–]|\b(?:but|yet|however|whereas|mais|pourtant|cependant|alors\s+que)\b)", re.I)
# What others will not say, said by the writer: "what the wire services will not tell you is that …".
_UNTOLD = re.compile(r"\bwhat\s+(?:[\w-]+\s+){1,4}?(?:will\s+not|won['’]t|do(?:es)?\s+not|don['’]t|never|refuse\s+to)\s+"
                     r"(?:tell|say|report|admit|mention)\b[^.;]{0,25}\b(?:is|was)\s+(?:that\s+)?|\bce\s+que\s+(?:[\w-]+\s+){1,3}?"
                     r"ne\s+(?:vous\s+)?(?:dir\w+|racont\w+|avou\w+)\s+(?:pas|jamais)\s*,?\s*c['’]est\s+(?:que\s+)?", re.I)
_ENDORSE = re.compile(r"!\s*$|\b(?:proves?|proven|confirms?|concurs?|rightly|correctly|clear\s+evidence)\b|"
                      # what others will not say is the writer's own saying (`_UNTOLD`)
                      + _UNTOLD.pattern, re.I)
_QUOTE_CUE = re.compile(r"(?:[:,]|\b(?:called|termed|dubbed|named|nicknamed|labell?ed|branded|as|of|word|term|terms|"
                        r"phrase|expression|words|slogan|urged|told|said|says|shouted|sang|broadcast|wrote|"
                        r"described|referred\s+to|known|so-called|appelai\w*|qualifi\w*|mot|terme|surnomm\w*|"
                        r"(?:claim\w*|assert\w*|argu\w*|insist\w*|affirm\w*|prétend\w*)(?:\s+that|\s+que)?))"
                        r"(?:\s+(?:the|a|an|le|la|les|l['’]))?\s*$", re.I)
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


# Killings the RPF's soldiers are named as doing: another quantity than the genocide's toll.
_RPF_KILLERS = re.compile(r"\b(?:RPF|RPA|FPR|APR|Inkotanyi|Kagame['’]s)\b(?:\s+\w+){0,3}?\s+(?:did\s+)?(?:kill\w*|massacr\w*|"
                          r"murder\w*|execut\w*|tu[ée]\w*|abattu\w*)|\b(?:killed|massacred|murdered|executed|tu[ée]e?s|"
                          r"massacr[ée]e?s)\s+by\s+(?:the\s+)?(?:RPF|RPA|FPR|APR|Inkotanyi)\b|\b(?:par\s+(?:le|l['’])\s*"
                          r"(?:FPR|APR))\b", re.I)


# A count of one place or of the refugees ("perhaps 80,000 people died in the camps that summer"):
# not the genocide's toll, whatever its size.
_LOCAL_COUNT = re.compile(r"\b(?:camps?|refugees?|réfugiés?|cholera|choléra|Goma|Zaire|Zaïre|Kibeho|church|église|"
                          r"parish|paroisse|school|école|stadium|stade|hospital|hôpital)\b", re.I)


def _small_toll_ctx(sentence: str, m: re.Match) -> bool:
    """A small toll in a sentence about killing, unless the killers named are the RPF's: "RPF
    soldiers did kill civilians, perhaps tens of thousands of them" counts their victims; nor a
    count of one place or of the refugees."""
    return _killing_ctx(sentence, m) and not _RPF_KILLERS.search(sentence) and not _LOCAL_COUNT.search(sentence)


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


def _explicit_no_genocide(sentence: str, m: re.Match) -> bool:
    return not _RPF.search(sentence) and not re.search(r"\bwhether\b", sentence, re.I)


def _scare_quote(sentence: str, m: re.Match) -> bool:
    before = sentence[:m.start()]
    if _QUOTE_CUE.search(before) or _TITLE_CUE.search(before):
        return False
    if re.search(r"\b(?:second|double|other|autre|deux|two|Hutus?|counter|contre-)\b", m.group("q"), re.I):
        return False   # "second genocide" in quotes: the false-equivalence rules handle it
    words = m.group("q").split()
    if len(words) > 6 or re.search(r"g[ée]nocide\s+(?:ideology|law|suspects?|survivors?|memorials?|convention|"
                                   r"studies|scholars?|fugitives?|charges?|credit)", m.group("q"), re.I):
        return False
    prev = re.search(r"(\S+)\s*$", before)
    nxt = re.match(r"\s*([a-z]\w*)", sentence[m.end():])
    return bool((prev and re.fullmatch(r"(?:the|this|that|an?|official|alleged|so-called|supposed|their|its|"
                                       r"his|her|so|le|la|du|de|ce|cet|cette|prétendu|soi-disant|another|"
                                       r"one-sided|famous|fameux|fameuse|convenient|tidy|your|our|un|une|autre)",
                                       prev.group(1), re.I))
                or (nxt and re.fullmatch(r"(?:narrative|story|claims?|thesis|version|myth|industry|lobby|"
                                         r"label|rampage|account|récit|thèse|documentar(?:y|ies)|films?|movies?|"
                                         r"propaganda|business|tales?|fables?|hoax|documentaire|propagande)",
                                         nxt.group(1), re.I)))


def _fabrication_ctx(sentence: str, m: re.Match) -> bool:
    return _genocide_ctx(sentence, m) and _not_negated(sentence, m)


def _quoted_myth(sentence: str, m: re.Match) -> bool:
    return bool(re.search(r"Hutu|Tutsi|genocid|génocid|extremist|plan", m.group("q"), re.I))


def _exaggerated(sentence: str, m: re.Match) -> bool:
    if not _not_negated(sentence, m):
        return False
    if re.search(r"\b(?:RPF|FPR|RPA)\b", sentence) and not _TUTSI.search(sentence):
        return False
    if re.search(r"\bHutus?\b", sentence[m.end():m.end() + 60]) and not _TUTSI.search(sentence):
        return False   # "inflates the figure to 'at least two million Hutu'": a count of the RPF's victims inflated
    return bool(re.search(r"genocid|génocid|Tutsi|million|victims|victimes|dead|morts|toll|bilan", sentence, re.I))


def _only_n_died(sentence: str, m: re.Match) -> bool:
    if re.search(r"surviv|escaped|rescued|saved|returned|prosecut|convict|trials?\b|cases\b|tried\b|rescap",
                 sentence, re.I):
        return False
    if re.search(r"\bHutus?\b", sentence, re.I) and not _TUTSI.search(sentence):
        return False
    return bool(re.search(r"genocid|génocid|Tutsi|1994|Rwanda|massacr", sentence, re.I))


# Tutsi who defended themselves (Bisesero, « les Abasesero … avaient su se défendre »): resistance,
# which is no role reversal.
_TUTSI_RESISTANCE = re.compile(r"\bTutsis?\b[^.]{0,60}\b(?:defend|d[ée]fend)|Bisesero|Abasesero|resist|r[ée]sist", re.I)


def _self_defence(sentence: str, m: re.Match) -> bool:
    if not _killing_ctx(sentence, m):
        return False
    if _TUTSI_RESISTANCE.search(sentence):
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
    body = re.sub(r"^\s*(?:(?:wake|rise|stand|get)\s+up\s+and|r[ée]veillez-vous\s+et)\s+", "", m.group("m"), flags=re.I)
    after = re.match(r"\s*\w+(?:\s+(?:out|down|up))?\s+(\w+)", body)
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
              r"clear\s+out|get\s+rid\s+of|massacre|slaughter|purge|cleanse|drive\s+out|rid\s+(?:\w+\s+){1,2}of|"
              r"clear\s+(?:\w+\s+){1,2}of|tuer|exterminer|[ée]craser|[ée]liminer|finir|nettoyer|chasser|"
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
    Rule("definitional_denial", _c(r"(?P<m>(?<![\w’'])['‘]\s*(?P<q>[^'’\n]{0,40}?\b(?:genocide|g[ée]nocide)\b[^'’\n]{0,20}?)"
                                   r"\s*['’](?![\w]))"), 0.78, True, _scare_quote, True,
         "the word genocide in scare quotes"),
    # "hounded for a crime that never happened", "a civil conflict dressed up as something it was not"
    Rule("definitional_denial", _c(r"(?P<m>\b(?:an?|the)\s+(?:crimes?|genocide|massacres?|killings?|extermination)\s+"
                                   r"(?:that|which)\s+never\s+(?:happened|took\s+place|occurred|existed)|"
                                   r"\b(?:conflict|war|fighting|guerre)\b[^.;]{0,30}?\b(?:dressed\s+up|passed\s+off|"
                                   r"presented|relabell?ed|rebranded)\s+as\s+(?:something|what)\s+it\s+(?:was|is)\s+not)"),
         0.8, False, _not_negated, False, "the genocide said never to have happened"),
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
                           r"mass\s+graves?|plan|planning|lists\s+of\s+victims|death\s+lists|"
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
    Rule("minimisation", _c(r"(?P<m>\barithmetically\s+(?:difficult|impossible|implausible|hard)\s+to\s+(?:reach|arrive\s+at|"
                            r"get\s+to|account\s+for)|\barithm[ée]tiquement\s+(?:impossible|difficile))"), 0.75, False,
         None, False, "the toll said not to add up"),
    # double genocide / false equivalence
    Rule("double_genocide", _c(r"(?P<m>\bdouble[- ]genocide|\bdouble\s+g[ée]nocide|\bg[ée]nocides?\s+crois[ée]s|"
                               r"\btwo\s+genocides|\bdeux\s+g[ée]nocides|\bboth\s+genocides|\bcounter[- ]genocide)"),
         0.9, True, lambda s, m: not re.search(r"\bno\s+(?:such\s+)?double", s, re.I), False, "'double genocide'"),
    Rule("double_genocide", _c(r"(?P<m>\b(?:second|other|real)\s+genocide\b|\b(?:second|autre|vrai|deuxi[èe]me)\s+"
                               r"g[ée]nocide\b|\bgenocide\s+(?:against|of)\s+(?:the\s+)?"
                               r"Hutus?\b|\bg[ée]nocide\s+des\s+Hutus?)"), 0.78, False,
         lambda s, m: not re.match(r"\s*(?:against|of|des|contre)\s+(?:the\s+|les\s+)?Tutsis?\b", s[m.end():], re.I),
         False, "a genocide against the Hutu set beside the genocide against the Tutsi"),
    Rule("double_genocide", _c(r"(?P<m>\b(?:both\s+sides|each\s+side|the\s+two\s+sides|les\s+deux\s+camps)\s+"
                               r"(?:\w+\s+)?(?:committed|carried\s+out|perpetrated|ont\s+commis)\s+(?:a\s+|un\s+)?"
                               r"(?:genocide|"
                               r"g[ée]nocide))"), 0.88, True, None, False, "genocide said to be on both sides"),
    # role reversal
    Rule("role_reversal", _c(r"(?P<m>\bself[- ]defen[cs]e\b|\bl[ée]gitime\s+d[ée]fense|\bauto-?d[ée]fense|"
                             r"\bdefend(?:ed|ing)?\s+themselves|se\s+d[ée]fendre|se\s+(?:sont|seraient|soient|[ée]taient)\s+"
                             r"d[ée]fendus)"), 0.8, False, _self_defence, False,
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
                           r"genocide|destroy\w*|wip\w+\s+out|eliminat\w*|annihilat\w*)|\bn['’](?:était|étaient|a|ont)\s+(?:pas|jamais)\s+(?:été\s+)?(?:planifi[ée]e?s?|"
                           r"organis[ée]e?s?)|\bsans\s+aucun\s+plan|\bnobody\s+(?:planned|ordered)|\bno\s+one\s+"
                           r"(?:planned|ordered))"), 0.82, False, _not_planned, False,
         "the genocide said not to have been planned"),
    # the plan called so only by others, or said never to have existed: "the so-called plan was invented",
    # "the so-called planning never existed", « le prétendu plan »
    Rule("spontaneity", _c(r"(?P<m>\b(?:so[- ]called|alleged|supposed|pr[ée]tendue?|soi[- ]disant)\s+(?:[“\"«‘']\s*)?"
                           r"(?:plan|planning|planification|blueprint)\b|\b(?:plan|planning|planification)\s+never\s+"
                           r"existed|\b(?:plan|planification)\s+n['’]a\s+jamais\s+exist[ée]e?)"), 0.8, False,
         # (not the plan hate media ascribed to the Tutsi: "the alleged plan of the Tutsi to exterminate the Hutu")
         lambda s, m: _not_negated(s, m) and not re.match(r"\s+(?:of|by)\s+(?:the\s+)?(?:Tutsis?|RPF|Inkotanyi|inyenzi)\b|"
                                                          r"\s+(?:des|du)\s+(?:Tutsi|FPR)\b", s[m.end():], re.I),
         False, "the genocide said not to have been planned"),
    # the plan said never to have been shown, in the writer's words: "It did not, so far as I can determine,
    # establish that the killing of Tutsi was centrally planned" (a chamber's finding on conspiracy, reported
    # as such, is not matched: it names the chamber or the conspiracy count)
    Rule("spontaneity", _c(r"(?P<m>\b(?:did\s+not|didn['’]t|never|could\s+not|could\s+never|failed\s+to|has\s+not|"
                           r"have\s+not|has\s+never|have\s+never)[\s,]+(?:[\w,]+\s+){0,7}?(?:establish\w*|prove\w*|"
                           r"show\w*|demonstrat\w*)\s+that\s+(?:the\s+)?(?:killings?|genocide|massacres?|slaughter)\b"
                           r"[^.;]{0,40}?\b(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:planned|organi[sz]ed|premeditated|"
                           r"orchestrated|coordinated))"), 0.8, False,
         lambda s, m: _not_planned(s, m) and not re.search(r"\b(?:chamber|judges|conspiracy|entente)\b", s, re.I),
         False, "the genocide said not to have been planned"),
    Rule("spontaneity", _c(r"(?P<m>\b(?:popular|spontaneous|uncontrolled|blind)\s+(?:anger|rage|fury|uprising|revolt|"
                           r"outburst)|\bcol[èe]re\s+populaire|\bamok\b|\buncontrolled\s+mobs?|"
                           r"\bchaos\s+of\s+(?:the\s+)?"
                           r"(?:civil\s+)?war)"), 0.75, False, _spontaneous, False,
         "the killing presented as popular anger or chaos"),
    # attacks on witnesses, courts and historians
    Rule("attack_on_witnesses", _c(r"(?P<m>\b(?:paid|bought|coached|bribed|professional|false|fake|lying|scripted|"
                                   r"so-called)\s+(?:genocide\s+)?(?:witnesses|survivors|testimon(?:y|ies)|"
                                   r"historians|experts)|"
                                   r"\bfaux\s+t[ée]moins|\b(?:pr[ée]tendus|soi-disant)\s+(?:t[ée]moins|rescap[ée]s)|"
                                   r"\bt[ée]moins\s+(?:pay[ée]s|achet[ée]s|professionnels)|"
                                   r"\bsyndicate\s+of\s+(?:liars|informers)|\bprofessional\s+liars)"), 0.85, True,
         _witness_attack, False, "witnesses or survivors called paid or lying"),
    # testimony insinuated to be a party's: "gathered under the supervision of a government with every interest in
    # a particular verdict", "rather than on the testimony of interested parties"
    Rule("attack_on_witnesses", _c(r"(?P<m>\b(?:testimony|testimonies|witnesses|t[ée]moignages?|t[ée]moins)\s+of\s+"
                                   r"interested\s+parties|\b(?:testimony|testimonies|witness\w*|t[ée]moi\w+)\b[^.;]{0,100}?"
                                   r"\b(?:government|regime|Kigali|RPF|FPR|gouvernement|régime)\s+with\s+(?:every|an?\s+"
                                   r"obvious|a\s+vested|a\s+clear|a\s+direct)\s+interest)"), 0.78, False,
         None, False, "witnesses or survivors called paid or lying"),
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
    # "the massacres that followed were the fault of those who fired the missile"
    Rule("blame_shifting", _c(r"\b(?:massacres|killings|genocide|deaths|bloodshed|tueries)\b[^.;]{0,40}?\b(?P<m>(?:were|was)\s+"
                              r"(?:the\s+|all\s+the\s+)?(?:fault|responsibility|doing)\s+of\s+(?:those\s+who\s+(?:fired|shot|"
                              r"launched|downed|brought\s+down)|the\s+RPF|Kagame|the\s+rebels|the\s+Tutsis?))"), 0.82, False,
         _not_negated, False, "the killings blamed on the RPF or the victims"),
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
         # not "documenting those killings is necessary": there the killings are another verb's object
         lambda s, m: _killing_ctx(s, m) and not _RPF.search(s)
         and not re.search(r"\b\w+ing\s+(?:those\s+|these\s+|the\s+|such\s+|all\s+)?$", s[:m.start()], re.I), False,
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
    # the target said to arm itself against the listeners: "the enemy's accomplices are already among you,
    # sharpening their knives for your families", "they are coming for you"
    Rule("accusation_in_mirror", _c(r"(?P<m>\b(?:Tutsis?|they|the\s+enemy(?:['’]s\s+accomplices)?|Inkotanyi|Inyenzi|accomplices|"
                                    r"ibyitso|ils)\b[^.;]{0,60}?\b(?:sharpen(?:ing|s|ed)?\s+(?:their\s+)?(?:knives|machetes|"
                                    r"blades|spears)\s+for\s+(?:you|us|your|our)|(?:are|is)\s+coming\s+for\s+(?:you|us)\b|"
                                    r"aiguis\w+\s+(?:leurs\s+)?(?:couteaux|machettes)\s+pour\s+(?:vous|nous|vos|nos)))"), 0.8, False,
         _not_negated, False, "the target group said to plan the violence"),
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


# --------------------------------------------------------------------------- rules: ordinary wording
# Denial and incitement phrased without the lexicon above: "invented by the RPF", "a hoax", "lies of
# the victors", "they had it coming", "the RPF is responsible for the deaths", "war, not genocide",
# "only a few tens of thousands died", "finish the job". Each with a context check against the hard
# negatives (RPF crimes documented, the ICTR criticised, survivors' resistance).

_RPF_CRIMES = re.compile(r"\b(?:civilians?|Hutu\s+(?:civilians|refugees|families|victims|dead)|refugees?|r[ée]fugi[ée]s|"
                         r"Kibeho|Gersony|reprisals?|repr[ée]sailles|revenge|Byumba|Kabgayi|Gakurazo|Congo|Zaire|"
                         r"Za[ïi]re|camps?|executions?|war\s+crimes|crimes\s+de\s+guerre|Mapping\s+Report|"
                         r"own\s+crimes|RPF\s+crimes|crimes\s+(?:of|by)\s+the\s+RPF|crimes\s+du\s+FPR|"
                         r"clergy|bishops|prisoners)\b", re.I)
_AGENT = (r"(?:RPF|FPR|RPA|APR|Kagame|Kigali|victors?|vainqueurs|West(?:ern)?|Occident\w*|foreign\w*|[ée]trang\w*|"
          r"C\.?I\.?A\.?|Americans?|US|U\.S\.|British|Anglo-?Saxons?|Tutsis?|regime|r[ée]gime|media|m[ée]dias|NGOs?|"
          r"ONG|intelligence|propagand\w+|lobby|imperiali\w+|Museveni|Uganda\w*|Inkotanyi|Zionists?|globalists?)")
_QUANTIFIED = re.compile(r"\b(?:some|several|a\s+few|certain|certains|quelques|in\s+some\s+cases|sometimes|parfois|"
                         r"a\s+number\s+of|individual|occasionally|at\s+times)\b", re.I)
def _few_died(sentence: str, m: re.Match) -> bool:
    if re.search(r"surviv|escaped|rescued|saved|returned|prosecut|convict|trials?\b|cases\b|tried\b|rescap|fled|"
                 r"displaced|refugees|soldiers|fighters|troops", sentence, re.I):
        return False
    if re.search(r"\bHutus?\b", sentence, re.I) and not _TUTSI.search(sentence):
        return False
    if re.search(r"\b(?:RPF|FPR|RPA)\b", sentence) and not _TUTSI.search(sentence):
        return False
    return bool(re.search(r"genocid|génocid|Tutsi|1994|Rwanda|massacr|died|killed|perished|morts|tu[ée]s|p[ée]ri",
                          sentence, re.I))


def _no_rpf_crimes(sentence: str, m: re.Match) -> bool:
    return not _RPF_CRIMES.search(sentence)


def _war_not_genocide(sentence: str, m: re.Match) -> bool:
    return not _RPF_CRIMES.search(sentence) and not re.search(r"\b(?:RPF|FPR)\s+(?:crimes|killings)|whether|si\s+",
                                                             sentence, re.I)


def _never_happened(sentence: str, m: re.Match) -> bool:
    after = sentence[m.end():m.end() + 30]
    return not re.match(r"\s*(?:overnight|in\s+a\s+vacuum|by\s+chance|out\s+of\s+nowhere|spontaneously|without|"
                        r"suddenly|du\s+jour\s+au\s+lendemain|par\s+hasard)", after, re.I) and _no_rpf_crimes(sentence, m)


def _fabricated_by(sentence: str, m: re.Match) -> bool:
    if re.search(r"\b(?:evidence|accusations?|charges|dossiers?|suspects?|cases|testimon\w+|lists?|documents?|"
                 r"Hamitic|commandments|myth\s+of\s+Tutsi|origins?)\b", sentence, re.I):
        return False
    return _fabrication_ctx(sentence, m)


def _hoax(sentence: str, m: re.Match) -> bool:
    return bool(re.search(r"genocid|génocid|massacr|killing|Tutsi|Rwanda|1994|story|narrative|toll|histoire|récit",
                          sentence, re.I)) and _not_negated(sentence, m)


def _propaganda_claim(sentence: str, m: re.Match) -> bool:
    if re.search(r"\banti[-‐\s]?$", sentence[:m.start("m")], re.I):
        return False   # "anti-Tutsi propaganda" is the genocide's propaganda, named by a historian
    if re.search(r"\b(?:censor\w*|dissent\w*|critics|opponents?|opposition|elections?|journalists|silenc\w+|"
                 r"reprisals?|own\s+crimes|RPF\s+crimes|Hutu\s+civilians|cover(?:ed)?\s+up\s+(?:its|their))\b",
                 sentence, re.I):
        return False
    return bool(re.search(r"genocid|génocid|massacr|killings|toll|figures?|numbers?|million|victims|victimes|story|"
                          r"narrative|version|histoire|récit|chiffres|bilan|1994", sentence, re.I)) \
        and _not_negated(sentence, m)


def _victors(sentence: str, m: re.Match) -> bool:
    return not re.search(r"\bjustice\b|tribunal|ICTR|TPIR|prosecut\w+|indict\w+|poursuit\w*", sentence, re.I) \
        and _not_negated(sentence, m)


def _figures_inflated(sentence: str, m: re.Match) -> bool:
    if not _not_negated(sentence, m):
        return False
    if re.search(r"\b(?:RPF|FPR|RPA)\b", sentence) and not _TUTSI.search(sentence):
        return False
    if re.search(r"\b(?:price|prices|inflation|budget|GDP|economy|aid\s+figures|loss(?:es)?\s+of\s+the\s+RPF)\b",
                 sentence, re.I):
        return False
    return True


def _blame_rpf(sentence: str, m: re.Match) -> bool:
    if _RPF_CRIMES.search(sentence):
        return False
    if re.search(r"\b(?:pretext|prétexte|Hutu\s+Power|extremists?|extrémistes?|akazu|Interahamwe|used\s+the|"
                 r"whether|disputed|contest\w+|remains?\s+unknown|si\s+)\b", sentence, re.I):
        return False
    return _not_negated(sentence, m)


def _mirror_plan(sentence: str, m: re.Match) -> bool:
    if re.search(r"\b(?:RPF|FPR)\s+(?:crimes|killings)|Gersony|Kibeho|refugees", sentence, re.I):
        return False
    if "v" in m.re.groupindex:
        return _mirror_object(sentence, m)
    return True


def _double_ctx(sentence: str, m: re.Match) -> bool:
    return not re.search(r"Mapping\s+Report|could\s+(?:be\s+)?(?:characteri|qualif)|whether|pourrai\w+\s+[êe]tre\s+"
                         r"qualifi", sentence, re.I) and _not_negated(sentence, m)


def _testimony_attack(sentence: str, m: re.Match) -> bool:
    return not _QUANTIFIED.search(sentence[:m.start("m") + 1]) and _witness_attack(sentence, m)


def _population_defence(sentence: str, m: re.Match) -> bool:
    return not _TUTSI_RESISTANCE.search(sentence) and not re.search(r"Tutsi\s+(?:survivors|refugees)", sentence, re.I) \
        and _not_negated(sentence, m)


_ORDINARY_RULES: tuple[Rule, ...] = (
    # definitional denial in plain words
    Rule("definitional_denial", _c(r"(?P<m>\b(?:a\s+|the\s+|civil\s+|une\s+)?(?:civil\s+)?(?:war|guerre)(?:\s+civile)?"
                                   r"\s*,?\s*(?:and\s+|et\s+)?(?:not|pas|non)\s+(?:a\s+|un\s+)?(?:genocide|g[ée]nocide)"
                                   r"|\b(?:not|pas|non)\s+(?:a\s+|un\s+)?(?:genocide|g[ée]nocide)\s*,?\s*(?:but|mais)\s+"
                                   r"(?:a\s+|une\s+)?(?:civil\s+)?(?:war|guerre))"), 0.88, True, _war_not_genocide,
         False, "what happened called a war, not a genocide"),
    Rule("definitional_denial", _c(r"(?P<m>\b(?:the\s+)?(?:Rwandan\s+|Tutsi\s+|so-called\s+)?genocide\s+(?:never|did\s+not|"
                                   r"didn['’]t)\s+(?:happen|take\s+place|occur|exist)|\bthere\s+never\s+was\s+(?:a\s+|"
                                   r"any\s+)?genocide|\bthere\s+was\s+(?:never\s+)?(?:no|not\s+a|not\s+any)\s+genocide|"
                                   r"\ble\s+g[ée]nocide\s+n['’]a\s+(?:jamais|pas)\s+eu\s+lieu|\bil\s+n['’]y\s+a\s+jamais"
                                   r"\s+eu\s+de\s+g[ée]nocide|\bno\s+such\s+(?:thing\s+as\s+(?:a\s+)?)?genocide|"
                                   r"\bnever\s+was\s+(?:a\s+)?genocide)"), 0.9, True, _never_happened, False,
         "says outright that there was no genocide"),
    Rule("definitional_denial", _c(r"(?P<m>(?<![\w’'])['‘](?P<q>(?:Rwandan\s+|Tutsi\s+)?g[ée]nocide)['’](?![\w]))"), 0.75,
         True, _scare_quote, True, "the word genocide in scare quotes"),
    Rule("definitional_denial", _c(r"(?P<m>\b(?:what\s+happened(?:\s+in\s+(?:Rwanda|1994))*|the\s+(?:events|killings|"
                                   r"massacres|tragedy)(?:\s+of\s+(?:1994|April))?|it|this)\s+(?:was|were)\s+(?:simply\s+|"
                                   r"only\s+|just\s+|merely\s+|nothing\s+(?:but|more\s+than)\s+)(?:a\s+)?(?:civil\s+)?war)"
                                   r"\b(?!\s+(?:crimes?|of\s+conquest))"), 0.8, False, _war_not_genocide, False,
         "the genocide reduced to a war"),
    # fabrication and conspiracy in plain words
    Rule("fabrication", _c(rf"(?P<m>\b(?:invented|fabricated|manufactured|concocted|cooked\s+up|made\s+up|dreamed\s+up|"
                           rf"scripted|staged|invent[ée]e?s?|fabriqu[ée]e?s?|forg[ée]e?s?(?:\s+de\s+toutes\s+pi[èe]ces)?|"
                           rf"mont[ée]e?s?\s+de\s+toutes\s+pi[èe]ces)\s+(?:by|par)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’])?"
                           rf"(?:\w+\s+){{0,3}}?{_AGENT})\b"), 0.86, True, _fabricated_by, False,
         "the genocide or its record said to be invented by a party"),
    Rule("fabrication", _c(r"\b(?:genocide|g[ée]nocide|story|narrative|account|version|history|histoire|r[ée]cit|"
                           r"massacres?|killings|death\s+toll|figures?|numbers?|chiffres?|bilan|toll|count|plans?|"
                           r"planning|planification|victims|victimes)\b[^.;!?]{0,50}?"
                           r"\b(?:was|were|is|are|has\s+been|have\s+been|a\s+été|ont\s+été|est|était|sont)\s+"
                           r"(?:\w+\s+){0,2}?(?P<m>manufactured|concocted|cooked\s+up|dreamed\s+up|invented|fabricated|"
                           r"made\s+up|invent[ée]e?s?|fabriqu[ée]e?s?|forg[ée]e?s?)\b"), 0.84, True, _fabricated_by,
         False, "the genocide or its record called invented"),
    Rule("fabrication", _c(r"(?P<m>\b(?:an?|the|this|that|one|big|huge|giant|colossal|gigantic|grand)\s+(?:\w+\s+)?"
                           r"hoax\b|\bhoax\b|\bcanulars?\b|\bsupercheries?\b|\bimpostures?\b)"), 0.84, True, _hoax, False,
         "the genocide called a hoax"),
    Rule("fabrication", _c(r"(?P<m>\b(?:RPF|FPR|Kagame['’]s?|Kigali['’]s?|Tutsi|the\s+victors['’]?|victors['’]|"
                           r"pro-RPF|pro-Kagame)\s+propaganda\b|\bpropaganda\s+(?:of|by|from)\s+(?:the\s+)?(?:RPF|FPR|"
                           r"Kagame|Kigali|victors|Tutsi\s+lobby|regime\s+in\s+Kigali)\b|\bpropagande\s+(?:du\s+FPR|"
                           r"de\s+Kigali|des\s+vainqueurs|tutsie?|de\s+Kagame|du\s+r[ée]gime))"), 0.8, True,
         _propaganda_claim, False, "the genocide called the propaganda of a party"),
    Rule("fabrication", _c(r"(?P<m>\blies\s+of\s+the\s+(?:victors|winners|RPF|regime)|\b(?:the\s+)?victors['’]\s+"
                           r"(?:lies|myth|fiction|fable)|\bmensonges?\s+(?:des\s+vainqueurs|du\s+FPR|de\s+Kigali)|"
                           r"\b(?:history|story|version|truth|narrative)\s+(?:written|told|imposed)\s+by\s+the\s+"
                           r"(?:victors|winners)|\bhistoire\s+(?:[ée]crite|racont[ée]e)\s+par\s+les\s+vainqueurs|"
                           r"\bv[ée]rit[ée]\s+des\s+vainqueurs|\bversion\s+des\s+vainqueurs)"), 0.82, True, _victors,
         False, "the record called the victors' lies"),
    Rule("fabrication", _c(r"(?P<m>\b(?:genocide|g[ée]nocide|story|narrative|version|figures?|numbers?|toll|"
                           r"histoire|r[ée]cit|chiffres?|bilan|it|all\s+of\s+(?:it|this)|everything)\b[^.;!?]{0,40}?"
                           r"\b(?:is|was|are|were|est|était|sont|remains?)\s+(?:\w+\s+){0,3}?(?:propaganda|"
                           r"propagande|lies|mensonges?|a\s+lie|un\s+mensonge|fiction|a\s+fable|une\s+fable)\b)"),
         0.8, True, _propaganda_claim, False, "the genocide called propaganda or lies"),
    # minimisation in plain words
    Rule("minimisation", _c(r"(?P<m>\b(?:only|just|merely|no\s+more\s+than|at\s+most|a\s+mere|barely|seulement|"
                            r"tout\s+au\s+plus|[àa]\s+peine|pas\s+plus\s+de)\s+(?:about\s+|some\s+|around\s+|"
                            r"quelques\s+|a\s+few\s+)?(?:tens\s+of\s+thousands|dizaines\s+de\s+milliers|(?:a\s+)?few\s+"
                            r"thousand|(?:some|several)\s+thousand|milliers|quelques\s+milliers)\b(?:\s+(?:of\s+)?"
                            r"(?:Tutsis?|people|persons|civilians|victims|dead|deaths))?(?:[^.;]{0,40}?\b(?:died|were\s+"
                            r"killed|perished|killed|deaths|dead|victims|morts|tu[ée]s|victimes|ont\s+p[ée]ri))?)"), 0.82,
         True, _few_died, False, "a toll far below the record"),
    Rule("minimisation", _c(r"\b(?:figures?|numbers?|toll|estimates?|statistics|chiffres?|bilan|count)\b[^.;!?]{0,40}?"
                            r"\b(?:(?:are|were|is|was|have\s+been|has\s+been|sont|ont\s+été|a\s+été|est)\s+)"
                            r"(?P<m>(?:vastly|grossly|wildly|greatly|massively|hugely|enormously|absurdly|"
                            r"largement|très|considérablement|outrageously|heavily)\s+(?:inflated|exaggerated|overstated|"
                            r"padded|gonfl[ée]e?s?|exag[ée]r[ée]e?s?|surestim[ée]e?s?))"), 0.84, True, _figures_inflated,
         False, "the toll called exaggerated"),
    Rule("minimisation", _c(r"(?P<m>\b(?:figure|number|toll|chiffre|bilan|claim)\s+of\s+(?:\w+\s+){0,3}?(?:(?:a|one|un)"
                            r"\s+million|800,000|800\s000|1,000,000)\b[^.;]{0,40}?\b(?:is|was|est|serait)\s+(?:\w+\s+)?"
                            r"(?:a\s+myth|an?\s+invention|absurd|impossible|fantas\w+|fiction|exaggerat\w+|inflated|"
                            r"propaganda|une\s+invention|un\s+mythe|absurde|fantaisiste|gonfl[ée]))"), 0.86, True,
         _not_negated, False, "the toll of the genocide called impossible"),
    Rule("minimisation", _c(r"(?P<m>\b(?:far|much|many|vastly)\s+(?:fewer|less)\s+(?:Tutsis?\s+|people\s+|victims\s+)?"
                            r"(?:than\s+(?:claimed|reported|officially|the\s+official)|died|were\s+killed|deaths|"
                            r"victims)|\bbeaucoup\s+moins\s+de\s+(?:morts|victimes|Tutsi)|\b(?:impossible|could\s+not\s+"
                            r"have|couldn['’]t\s+have|cannot\s+have|inconceivable)\b[^.;]{0,50}?\b(?:a\s+million|"
                            r"one\s+million|800,000|hundreds\s+of\s+thousands))"), 0.8, False, _only_n_died, False,
         "a toll far below the record"),
    # double genocide in plain words
    Rule("double_genocide", _c(r"(?P<m>\b(?:both\s+sides|the\s+two\s+sides|each\s+side|les\s+deux\s+camps|both\s+"
                               r"(?:peoples|groups|communities|ethnic\s+groups)|Hutus?\s+and\s+Tutsis?|Tutsis?\s+and\s+"
                               r"Hutus?)\b[^.;]{0,40}?\b(?:(?:were|are|sont)\s+)?(?:equally|just\s+as|as\s+much|"
                               r"également|autant|aussi)\s+(?:\w+\s+)?(?:guilty|responsible|to\s+blame|coupables|"
                               r"responsables|genocidal|g[ée]nocidaires))"), 0.85, True, _double_ctx, False,
         "false equivalence: both sides equally guilty"),
    Rule("double_genocide", _c(r"(?P<m>\b(?:mutual|reciprocal|symmetrical|twin)\s+genocides?|\bg[ée]nocides?\s+"
                               r"(?:r[ée]ciproques?|sym[ée]triques?)|\bgenocides?\s+on\s+both\s+sides|\bHutus?\s+(?:also\s+)?"
                               r"(?:suffered|endured|were\s+(?:also\s+)?(?:the\s+)?victims\s+of)\s+(?:a\s+|their\s+own\s+"
                               r"|an?\s+\w+\s+)?genocide|\b(?:RPF|FPR|RPA|Kagame)['’]?s?\s+(?:own\s+)?genocide\b|"
                               r"\bgenocide\s+(?:committed\s+|perpetrated\s+|carried\s+out\s+)?by\s+(?:the\s+)?(?:RPF|"
                               r"RPA|Kagame)|\bg[ée]nocide\s+(?:commis\s+)?par\s+le\s+FPR|\bgenocide\s+of\s+(?:the\s+)?"
                               r"Hutu\s+(?:majority|people|population))"), 0.84, True, _double_ctx, False,
         "a genocide against the Hutu set beside the genocide against the Tutsi"),
    # role reversal in plain words
    Rule("role_reversal", _c(r"(?P<m>\b(?:the\s+)?(?:Hutus?|population|peasants|people|majority|paysans|Hutu\s+"
                             r"(?:majority|population|people))\b[^.;]{0,40}?\b(?:defend\w*\s+(?:themselves|itself|"
                             r"their\s+(?:lives|hills|homes|country))|acted\s+in\s+self[- ]defen[cs]e|se\s+d[ée]fend\w*|"
                             r"l[ée]gitime\s+d[ée]fense))"), 0.84, True, _population_defence, False,
         "the killing presented as self-defence"),
    Rule("role_reversal", _c(r"(?P<m>\bit\s+was\s+(?:the\s+)?Hutus?\s+who\s+(?:were\s+)?(?:being\s+)?(?:the\s+)?"
                             r"(?:(?:real|true)\s+)?(?:victims|hunted|massacred|exterminated)|\bc['’][ée]taient?\s+les\s+"
                             r"Hutu\s+(?:les\s+)?(?:vraies\s+)?victimes|\bit\s+was\s+(?:the\s+)?Tutsis?\s+who\s+"
                             r"(?:killed|massacred|exterminated|attacked|started)|\bce\s+sont\s+les\s+Tutsi\s+qui\s+ont\s+"
                             r"(?:tu[ée]|massacr[ée]|attaqu[ée]))"), 0.82, True, _no_rpf_crimes, False,
         "the victims recast as the aggressors"),
    # spontaneity in plain words
    Rule("spontaneity", _c(r"(?P<m>\b(?:outburst|explosion|eruption|wave)\s+of\s+(?:popular\s+|spontaneous\s+|blind\s+)?"
                           r"(?:anger|rage|grief|fury|vengeance)|\bcol[èe]re\s+(?:spontan[ée]e|aveugle)|\bcrazed\s+mobs?|"
                           r"\b(?:nobody|no\s+one|no\s+central\s+authority)\s+(?:gave|issued)\s+(?:any\s+)?orders?|"
                           r"\bno\s+orders?\s+(?:were|was)\s+(?:ever\s+)?given|\bacted\s+on\s+their\s+own\s+"
                           r"initiative|\bself-organi[sz]ed\s+(?:killings|violence|massacres))"), 0.8, True,
         _spontaneous, False, "the killing presented as spontaneous anger or chaos"),
    # attacks on witnesses in plain words
    Rule("attack_on_witnesses", _c(r"(?P<m>\b(?:testimon(?:y|ies)|stories|accounts|témoignages|récits)\s+(?:of\s+"
                                   r"(?:the\s+)?(?:survivors|witnesses)\s+)?(?:\w+\s+){0,2}?(?:are|were|is|was|sont|"
                                   r"étaient)\s+(?:all\s+|just\s+|simply\s+|mere\s+|tous\s+)?(?:lies|fabricated|invented|"
                                   r"bought|coached|scripted|rehearsed|worthless|fiction|made\s+up|des\s+mensonges|"
                                   r"invent[ée]s|fabriqu[ée]s|achet[ée]s))"), 0.82, True, _testimony_attack, False,
         "survivors' testimony called lies"),
    Rule("attack_on_witnesses", _c(r"(?P<m>\bkangaroo\s+(?:court|tribunal)|\bshow\s+trials?\b|\bprocès\s+(?:stalinien|"
                                   r"politique)s?|\b(?:ICTR|tribunal|TPIR)\b[^.;]{0,30}?\b(?:is|was|est|était)\s+(?:\w+\s+)?"
                                   r"(?:a\s+|an\s+|un\s+)?(?:tool|instrument|puppet|outil)\s+(?:of|du|de)\s+(?:the\s+)?"
                                   r"(?:RPF|FPR|Kagame|Kigali|victors|vainqueurs))"), 0.78, False, _witness_attack, False,
         "the court called an instrument of one side"),
    # blame shifting in plain words
    Rule("blame_shifting", _c(r"(?P<m>\b(?:Kagame|the\s+RPF|RPF|FPR|le\s+FPR|the\s+rebels|Inkotanyi|the\s+Tutsi\s+"
                              r"(?:army|rebels|guerrillas))\b[^.;]{0,50}?\b(?:is|are|was|were|bears?|est|sont|était|porte)\s+"
                              r"(?:\w+\s+){0,2}?(?:responsible|to\s+blame|guilty|responsables?|coupables?|la\s+"
                              r"responsabilit[ée])\s+(?:for|of|de|du|des)\s+(?:the\s+|all\s+the\s+|les\s+|la\s+|ces\s+|"
                              r"tous\s+les\s+)?(?:\w+\s+){0,2}?(?:deaths?|massacres?|killings|genocide|g[ée]nocide|"
                              r"tragedy|trag[ée]die|morts|bloodshed|catastrophe|carnage|bloodbath))"), 0.82, True,
         _blame_rpf, False, "the genocide blamed on the victims' side"),
    Rule("blame_shifting", _c(r"(?P<m>\b(?:Kagame|the\s+RPF|RPF|FPR|le\s+FPR|the\s+rebels|Inkotanyi|the\s+Tutsi)\b"
                              r"[^.;]{0,60}?\b(?:provok\w*|caus\w*|trigger\w*|unleash\w*|spark\w*|brought\s+about|provoqu[ée]e?s?|"
                              r"d[ée]clench[ée]e?s?|caus[ée]e?s?)\s+(?:\w+\s+){0,3}?(?:genocide|g[ée]nocide|massacres?|"
                              r"killings|tragedy|trag[ée]die|bloodbath|carnage|deaths|morts))"), 0.8, True,
         lambda s, m: _blame_rpf(s, m) and bool(re.search(r"plane|aircraft|avion|missile|shoot\w*|shot|attentat|"
                                                          r"assassinat\w*|provok|provoq", s, re.I)),
         False, "the genocide blamed on the victims' side"),
    Rule("blame_shifting", _c(r"(?P<m>\bTutsis?\b[^.;]{0,40}?\b(?:were|was)\s+(?:actually\s+|in\s+fact\s+|really\s+|"
                              r"mostly\s+|largely\s+)killed\s+by\s+(?:the\s+)?(?:RPF|RPA|Inkotanyi|Kagame|their\s+own))"),
         0.84, True, None, False, "the Tutsi dead blamed on their own side"),
    # justification in plain words
    Rule("justification", _c(r"(?P<m>\bhad\s+it\s+coming|\bgot\s+what\s+they\s+deserved|\bdeserved\s+(?:it|to\s+die|"
                             r"their\s+fate|what)|\bhad\s+no\s+(?:other\s+)?(?:choice|option)\s+but\s+to\s+(?:kill|fight|"
                             r"defend|protect|strike|eliminate|act)|\bn['’]avaient\s+pas\s+(?:d['’]autre\s+)?choix\s+"
                             r"(?:que\s+de\s+)?(?:se\s+d[ée]fendre|tuer)?|\bl['’]ont\s+bien\s+cherch[ée]|\bkill\s+or\s+be\s+"
                             r"killed|\bit\s+was\s+(?:them|they)\s+or\s+us|\bc['’][ée]tait\s+eux\s+ou\s+nous|\bwere\s+"
                             r"right\s+to\s+(?:kill|rise|defend|strike|eliminate))"), 0.84, True,
         lambda s, m: not re.search(r"surviv|rescap|families|Bisesero|resist", s, re.I) and _not_negated(s, m),
         False, "the killing presented as deserved or necessary"),
    # accusation in a mirror in plain words
    Rule("accusation_in_mirror", _c(r"(?P<m>\b(?:Tutsis?|the\s+enemy|Inkotanyi|Inyenzi|the\s+RPF|RPF|FPR|accomplices|"
                                    r"les\s+Tutsi|ils|they)\b(?:\s+\S+){0,3}?\s+(?:(?:were|was|had)\s+)?(?P<v>"
                                    r"(?:preparing|prepared|planning|planned|plotting|plotted|ready|about|going|"
                                    r"s['’]appr[êe]t\w+|pr[ée]par\w+|voulai\w+|comptai\w+|projetai\w+|drawn\s+up|drew\s+up|"
                                    r"hidden|hid|stockpil\w+|cach[ée]\w*))\s+(?:(?:a|an|the|their|un|une|le|leur|des|for|months|weeks|"
                                    r"years|pendant|depuis|mois|"
                                    r"lists?|listes?|weapons|arms|armes)\s+){0,3}?(?:(?:plan|plot|scheme|projet|complot|"
                                    r"of\s+Hutus?|de\s+Hutu)\s+)?(?:to\s+|de\s+|d['’]|pour\s+|à\s+)?(?:be\s+)?(?:exterminat\w*|"
                                    r"kill\w*|massacr\w*|annihilat\w*|enslav\w*|wipe\s+out|eliminat\w*|tuer|asservir|slaughter\w*|"
                                    r"abattre|[ée]gorger|l['’]extermination|extermin\w*)(?:\s+(?:\w+\s+){0,3}?(?:Hutus?|us|our|"
                                    r"the\s+majority|all|les\s+Hutu|tous|your|nous|vous))?)"), 0.85, True,
         lambda s, m: _mirror_plan(s, m) and bool(re.search(r"\b(?:Hutus?|us|our|majority|all|tous|your|nous|vous)\b",
                                                             m.group("m"), re.I)), False,
         "the target group said to plan the violence"),
    Rule("accusation_in_mirror", _c(r"(?P<m>\b(?:lists?\s+of\s+Hutus?\s+to\s+(?:be\s+)?(?:kill|eliminat|exterminat|massacr)"
                                    r"\w*|\b(?:they|the\s+Tutsi|the\s+enemy|Inkotanyi)\s+will\s+(?:kill|exterminate|"
                                    r"massacre)\s+(?:us|you|all\s+of\s+us|the\s+Hutu)|\bils\s+(?:vont\s+)?nous\s+"
                                    r"(?:tueront|exterminer|tuer)|\bor\s+they\s+will\s+(?:kill|exterminate)\s+us|\bplan\s+"
                                    r"(?:to\s+exterminate|d['’]extermination\s+des)\s+(?:the\s+)?Hutus?))"), 0.84, True,
         _mirror_plan, False, "the target group said to plan the violence"),
    # calls to action in plain words
    Rule("call_to_action", _c(rf"(?:[,:;—–]\s*|\b(?:now|so|then|alors|maintenant)\s+)(?P<m>(?:(?:wake|rise|stand|get)\s+"
                              rf"up\s+and\s+|r[ée]veillez-vous\s+et\s+)?(?:{_KILL_VERB}|rise\s+up|"
                              r"tuez|exterminez|[ée]crasez|[ée]liminez|d[ée]busquez|finissez|chassez|nettoyez)\b"
                              r"[^.!?”\"»]{0,60})"), 0.84, True, _imperative, False, "an imperative to kill or expel"),
    Rule("call_to_action", _c(rf"(?P<m>\b(?:it\s+is\s+(?:high\s+)?time\s+to|the\s+time\s+has\s+come\s+to|now\s+is\s+the\s+"
                              rf"time\s+to|il\s+est\s+temps\s+de|le\s+moment\s+est\s+venu\s+de)\s+(?:\w+\s+){{0,2}}?"
                              rf"{_KILL_VERB}\b[^.!?”\"»]{{0,50}})"), 0.85, True, _group_target, False,
         "an exhortation to kill or expel"),
    Rule("call_to_action", _c(r"(?P<m>\bleave\s+no(?:\s+one|body)?\s+alive|\blet\s+(?:none|no\s+one|nobody)\s+(?:escape|"
                              r"survive)|\b(?:no\s+one|nobody|not\s+one)\s+(?:must|should|may)\s+(?:escape|survive)|"
                              r"\bpersonne\s+ne\s+doit\s+(?:[ée]chapper|survivre)|\bn['’][ée]pargnez\s+personne|"
                              r"\b(?:take|sharpen|grab)\s+(?:up\s+)?your\s+machetes|\b(?:prenez|aiguisez)\s+vos\s+"
                              r"machettes|\bgo\s+(?:to\s+)?work\b[^.!?]{0,40}?\b(?:Tutsi|them|inyenzi|cockroach\w*|"
                              r"machetes|enemy)|\bpas\s+de\s+piti[ée]\s+pour)"), 0.84, True,
         lambda s, m: _not_negated(s, m) or True, False, "an exhortation to spare no one"),
)

RULES = RULES + _ORDINARY_RULES

def _invention_ctx(sentence: str, m: re.Match) -> bool:
    if re.search(r"Hamitic|hamitique|origin|origine|colonial|commandments|commandements|ideology|idéologie", sentence,
                 re.I):
        return False
    return _fabrication_ctx(sentence, m)


def _no_plan(sentence: str, m: re.Match) -> bool:
    after = sentence[m.end():m.end() + 40]
    if re.match(r"\s*(?:to|for|pour|de|d['’])\s+(?!(?:kill|exterminat|massacr|eliminat|destroy|wipe\s+out|annihilat|"
                r"d[ée]truire|an[ée]antir|tuer|extermin|the\s+(?:killing|"
                r"massacres|genocide|extermination)|le\s+g[ée]nocide|les\s+massacres))", after, re.I):
        return False   # "no plan to evacuate": another plan
    return _not_planned(sentence, m) or not re.search(r"\b(?:RPF|FPR)\b", sentence)


_MORE_RULES: tuple[Rule, ...] = (
    Rule("spontaneity", _c(r"(?P<m>\bthere\s+(?:was|had\s+been|were)\s+(?:never\s+(?:a|any)|no)\s+(?:master\s+|central\s+|"
                           r"prior\s+|organi[sz]ed\s+)?(?:plan|planning|preparation|conspiracy)\b|\bil\s+n['’]y\s+a\s+"
                           r"(?:pas|jamais)\s+eu\s+(?:de\s+|d['’]aucun\s+)?(?:plan|planification|pr[ée]paration|"
                           r"complot)\b)"), 0.82, True, _no_plan, False, "the genocide said not to have been planned"),
    Rule("fabrication", _c(r"\b(?:th[èe]se|thesis|official\s+version|version\s+officielle|official\s+story|"
                           r"official\s+narrative)\b[^.;!?]{0,50}?\b(?:is|was|est|était|reste)\s+(?P<m>(?:(?:a|an|une?|"
                           r"pure|nothing\s+but|just|only|une\s+pure)\s+){1,2}(?:\w+\s+)?(?:invention|fabrication|fairy[- ]"
                           r"tale|fable|fiction|fantasy|legend|myth|hoax|lie|mensonge|l[ée]gende|mythe|imposture|"
                           r"montage|propagande|propaganda))\b"), 0.82, True, _invention_ctx, False,
         "the record of the genocide called an invention"),
    Rule("fabrication", _c(r"\b(?:genocide|g[ée]nocide|story|narrative|version|account|history|histoire|r[ée]cit|"
                           r"massacres?|killings|toll|bilan)\b[^.;!?]{0,50}?\b(?:is|was|are|were|est|était|reste|remains)\s+"
                           r"(?P<m>(?:(?:a|an|une?|pure(?:ly)?|nothing\s+but|rien\s+d['’]autre\s+qu['’]une?|just|only|"
                           r"merely|simply|total|complete|une\s+pure)\s+){1,2}(?:\w+\s+)?(?:invention|fabrication|"
                           r"fairy[- ]tale|fable|fiction|fantasy|legend|myth|hoax|lie|affabulation|mensonge|l[ée]gende|"
                           r"mythe|imposture|mise\s+en\s+sc[èe]ne|montage|conte))\b"), 0.84, True, _invention_ctx, False,
         "the genocide called an invention"),
    Rule("justification", _c(r"(?P<m>\b(?:legitimate|justified|understandable|natural|necessary|l[ée]gitime|"
                             r"naturelle?|n[ée]cessaire|compr[ée]hensible)\s+(?:self-defen[cs]e|defen[cs]e|response|"
                             r"reaction|answer|riposte|r[ée]ponse|r[ée]action|d[ée]fense)\b|\b(?:had|needed)\s+to\s+be\s+"
                             r"(?:killed|eliminated|neutrali[sz]ed|punished|stopped|wiped\s+out)|\bm[ée]ritaient\s+"
                             r"(?:leur\s+sort|de\s+mourir|la\s+mort)|\bin\s+(?:a\s+)?war,?\s+people\s+die)"), 0.78, False,
         lambda s, m: _killing_ctx(s, m) and not re.search(r"surviv|rescap|families|Bisesero|resist|\b(?:RPF|FPR|RPA|"
                                                            r"APR|UN|ONU|intervention|troops|army|arm[ée]e|tribunal|"
                                                            r"court|international)\b", s, re.I), False,
         "the killing presented as necessary or legitimate"),
    Rule("dehumanisation", _c(r"(?P<m>\b(?:this|these|those|ces|cette)\s+(?:vermin|snakes|rats|lice|parasites|serpents|"
                              r"vermine|poux)\b)"), 0.82, True,
         lambda s, m: not re.search(r"kitchen|insecticide|pest\s+control|garden|farm\s+animals", s, re.I), False,
         "people equated with vermin"),
    Rule("call_to_action", _c(r"(?P<m>\buntil\s+(?:not\s+one|none|no\s+one|nobody)\s+(?:of\s+them\s+)?(?:is|are|remains?)\s+"
                              r"(?:left|alive)|\bjusqu['’]au\s+dernier|\bpas\s+un\s+seul\s+ne\s+doit\s+(?:[ée]chapper|"
                              r"survivre|rester))"), 0.82, True, None, False, "an exhortation to leave no one alive"),
    Rule("accusation_in_mirror", _c(r"(?P<m>\b(?:make\s+slaves\s+of|enslave)\s+(?:us|the\s+Hutu|all\s+of\s+us|our\s+"
                                    r"children)|\bnous\s+r[ée]duire\s+en\s+esclavage|\basservir\s+(?:les\s+Hutu|nous))"),
         0.82, True, _mirror_plan, False, "the target group said to plan to enslave"),
    Rule("minimisation", _c(r"(?P<m>\b(?:counted|recorded|listed|compt[ée]e?s?)\s+(?:\w+\s+){0,2}?(?:several\s+times|"
                            r"twice|two\s+or\s+three\s+times|many\s+times|more\s+than\s+once|plusieurs\s+fois|deux\s+fois)"
                            r"(?:\s+over)?|\b(?:small|tiny)\s+fraction\s+of\s+(?:what|the\s+(?:official|claimed|alleged))|"
                            r"\b(?:tale|legend|fable|story|myth|fiction|l[ée]gende|fable|conte)\s+of\s+(?:a|one|the)\s+"
                            r"million\s+(?:dead|victims|deaths)|\bmythe\s+du\s+million)"), 0.82, True,
         lambda s, m: _not_negated(s, m) and not _RPF_CRIMES.search(s), False, "the toll made smaller than the record"),
    Rule("blame_shifting", _c(r"(?P<m>\b(?:RPF|FPR|Inkotanyi|Tutsis?|rebels|Kagame['’]s\s+(?:men|soldiers|army))\b[^.;]{0,40}?"
                              r"\b(?:kill\w*|massacr\w*|slaughter\w*|tu[ée]\w*|doing\s+the\s+(?:killing|slaughtering))\b"
                              r"[^.;]{0,20}?,?\s*(?:and\s+|et\s+)?(?:not|pas|rather\s+than|non)\s+(?:by\s+)?(?:the\s+|les\s+)?"
                              r"(?:villagers|peasants|paysans|Hutus?|militias?|milices|Interahamwe|population|"
                              r"government|army|FAR|soldiers\s+of\s+the\s+government))"), 0.84, True, _no_rpf_crimes, False,
         "the killing blamed on the victims' side"),
    Rule("blame_shifting", _c(r"(?P<m>\bbrought\s+(?:it|this|the\s+\w+|their\s+\w+)\s+(?:up)?on\s+themselves|"
                              r"\bsont\s+responsables\s+de\s+leur\s+(?:propre\s+)?(?:sort|malheur|mort))"), 0.8, True,
         lambda s, m: _killing_ctx(s, m) or bool(re.search(r"died|dead|morts|invaders", s, re.I)), False,
         "the victims blamed for their own destruction"),
    Rule("justification", _c(r"(?P<m>\b(?:cannot|can['’]t|could\s+not|should\s+not|shouldn['’]t)\s+be\s+blamed\s+for\s+"
                             r"(?:defending|killing|fighting|protecting|rising|reacting)|\b(?:anger|rage|reaction|response|"
                             r"revenge|vengeance|col[èe]re|r[ée]action)\s+(?:was|is|était|est)\s+(?:only\s+|quite\s+|"
                             r"perfectly\s+|entirely\s+|bien\s+|tout\s+)?(?:natural|understandable|legitimate|normal|"
                             r"justified|naturelle|compr[ée]hensible|l[ée]gitime|normale))\b"), 0.8, True,
         lambda s, m: not re.search(r"surviv|rescap|families|Bisesero|resist|RPF|FPR|soldiers", s, re.I)
         and _not_negated(s, m), False, "the killing presented as understandable"),
    Rule("fabrication", _c(r"(?P<m>\b(?:arranged|staged|set\s+up|mis\s+en\s+sc[èe]ne|mont[ée]e?s?)\s+(?:\w+\s+)?(?:for|pour)\s+"
                           r"(?:the\s+|les\s+)?(?:\w+\s+)?(?:cameras|television|TV|media|journalists|cam[ée]ras|"
                           r"t[ée]l[ée]vision|m[ée]dias))"), 0.82, True, _fabrication_ctx, False,
         "the record said to be staged for the media"),
    Rule("attack_on_witnesses", _c(r"(?P<m>\b(?:witnesses|survivors|rescap[ée]s|t[ée]moins)\b[^.;]{0,40}?\b(?:recit\w+|"
                                   r"rehears\w+|learn\w*\s+by\s+heart|par\s+c[œo]eur|on\s+leur\s+a\s+appris|"
                                   r"(?:the\s+)?same\s+(?:rehearsed\s+)?story|la\s+m[êe]me\s+histoire|coached|bought|"
                                   r"were\s+paid|pay[ée]s))"), 0.8, True, _testimony_attack, False,
         "survivors' testimony called rehearsed or bought"),
)

RULES = RULES + _MORE_RULES


# --------------------------------------------------------------------------- rules: forum and broadsheet wording
# Round 3 (2026-11-25): the short own-voice denial of forum posts and reposts, which rarely uses the
# technical vocabulary and often has no word for the genocide in the same sentence: "started the killing
# and then cried genocide", "at most N died, on both sides", "nobody has ever shown me a list", "mob
# courts", "pleaded guilty only because he was tortured", "not of any extermination plan", "saw no
# genocide", "which tells you whose war this was"; and the quoted propaganda of the hate media ("cease
# having pity", "impose their hegemony", "bloodthirsty").

def _at_most_small(sentence: str, m: re.Match) -> bool:
    digits = re.sub(r"\D", "", m.group("n"))
    if digits and int(digits) >= 200_000:
        return False
    if re.search(r"surviv|escaped|rescued|saved|returned|prosecut|convict|trials?\b|cases\b|tried\b|rescap|fled|"
                 r"displaced|refugees|soldiers|fighters|troops|peacekeep|UNAMIR|MINUAR|wounded|injured|"
                 r"orphans?|widows?|prisoners?|detainees?", sentence, re.I):
        return False
    if re.search(r"\b(?:RPF|FPR|RPA|APR)\b", sentence) and not re.search(r"both\s+sides|les\s+deux\s+camps", sentence,
                                                                      re.I):
        return False
    return _not_negated(sentence, m)


def _started_killing(sentence: str, m: re.Match) -> bool:
    if re.search(r"\b(?:whether|si\s+|war\s+crimes|reprisals?|civilians?\s+in\s+(?:the\s+)?(?:north|Byumba)|"
                 r"October\s+1990|1990|invasion|invaded|war\b|guerre\b)", sentence, re.I) and \
            not re.search(r"cried|crying|cry\b|genocid|génocid", sentence[m.end():], re.I):
        return False   # "the RPF started the war in 1990": a historical fact, not blame for the genocide
    return _not_negated(sentence, m)


def _insinuation(sentence: str, m: re.Match) -> bool:
    return bool(re.search(r"RPF|FPR|Kagame|Tutsi|genocid|génocid|Habyarimana|plane|avion|missile|war\b|guerre",
                          sentence, re.I))


def _no_list(sentence: str, m: re.Match) -> bool:
    return not re.search(r"\b(?:Hutu|RPF|FPR|RPA)\b", sentence) or _TUTSI.search(sentence) is not None


def _saw_no_genocide(sentence: str, m: re.Match) -> bool:
    after = sentence[m.end():m.end() + 30]
    if re.match(r"\s*(?:against|of|des|contre)\s+(?:the\s+|les\s+)?Hutus?", after, re.I):
        return False
    return not _RPF_CRIMES.search(sentence) and not re.search(r"\bwhether\b|\bsi\s+", sentence, re.I)


def _coerced_plea(sentence: str, m: re.Match) -> bool:
    return not re.search(r"\b(?:RPF|FPR|RPA|Kagame)\b\s+(?:prisons?|detention|soldiers)|Amnesty|Human\s+Rights\s+Watch|"
                         r"HRW|reported|documented|found\s+that", sentence, re.I)


_GENRE_RULES: tuple[Rule, ...] = (
    Rule("blame_shifting", _c(r"(?P<m>\b(?:the\s+)?(?:Tutsis?(?:\s+rebels|\s+army|\s+guerrillas)?|RPF|FPR|Inkotanyi|"
                              r"rebels|Kagame(?:['’]s\s+(?:army|men|soldiers))?|les\s+Tutsi|les\s+rebelles)\b"
                              r"(?:\s+\w+){0,2}?\s+(?:started|began|initiated|triggered|provoked|commenced|ont\s+"
                              r"commenc[ée]|a\s+commenc[ée]|ont\s+d[ée]clench[ée])\s+(?:the\s+|all\s+the\s+|les\s+|"
                              r"le\s+|la\s+)?(?:killings?|killing|massacres?|slaughter|bloodshed|tueries|genocide|"
                              r"g[ée]nocide))"), 0.8, True, _started_killing, False,
         "the killing blamed on the victims' side"),
    Rule("role_reversal", _c(r"(?P<m>\b(?:cried|cry|crying|cries|crier|crient|criaient)\s+(?:out\s+)?(?:au\s+)?"
                             r"[“\"«']?\s*(?:genocide|g[ée]nocide))"), 0.8, True, _not_negated, False,
         "the aggressors said to pose as the victims ('cried genocide')"),
    Rule("minimisation", _c(r"(?P<m>\b(?:at\s+most|no\s+more\s+than|not\s+more\s+than|barely|only|a\s+mere|tout\s+au\s+"
                            r"plus|pas\s+plus\s+de|[àa]\s+peine|seulement)\s+(?:about\s+|some\s+|around\s+)?"
                            r"(?P<n>\d{1,3}(?:[, \u202f]\d{3})+|\d{1,6})\s+(?:(?:people|persons|Tutsis?|civilians|"
                            r"victims|personnes)\s+)?(?:died|were\s+killed|perished|dead|deaths|morts|tu[ée]s|"
                            r"ont\s+p[ée]ri|sont\s+morts))"), 0.82, True, _at_most_small, False,
         "a toll far below the record"),
    Rule("double_genocide", _c(r"(?P<m>\b(?:died|killed|dead|deaths|losses|victims|morts|tu[ée]s)\s*,?\s+(?:on|from|"
                               r"in|des|dans)\s+(?:both\s+sides|each\s+side|les\s+deux\s+camps|chaque\s+camp)|"
                               r"\bboth\s+sides\s+(?:lost|suffered)\s+(?:roughly\s+|about\s+|more\s+or\s+less\s+)?"
                               r"(?:equal|similar|the\s+same|comparable)|\broughly\s+equal\s+(?:numbers|losses|tolls?))"),
         0.78, True, lambda s, m: _double_ctx(s, m) and not re.search(r"soldiers|troops|combatants|fighters|"
                                                                        r"front\s+line|battle", s, re.I),
         False, "false equivalence: the dead shared between both sides"),
    Rule("fabrication", _c(r"(?P<m>\b(?:nobody|no\s+one|no-one|personne)\s+(?:has\s+|had\s+|n['’]a\s+)?(?:ever\s+|"
                           r"jamais\s+|yet\s+)?(?:shown|produced|proved|proven|seen|found|named|montr[ée]|produit|"
                           r"prouv[ée]|vu)\b[^.;]{0,40}?\b(?:list|names|bodies|corpses|graves|proof|evidence|liste|noms|"
                           r"corps|preuves?)\b)"), 0.78, True, _no_list, False,
         "the evidence of the killing said never to have been produced"),
    Rule("attack_on_witnesses", _c(r"(?P<m>\b(?:mob|lynch|lynching|kangaroo)\s+(?:courts?|"
                                   r"trials?|justice|tribunals?)\b|\bsettl\w+\s+(?:old\s+)?scores\b[^.;]{0,40}?"
                                   r"\b(?:invented|false|fabricated|made-up|trumped-up)\s+(?:accusations|charges|"
                                   r"testimon\w+)|\b(?:invented|fabricated|trumped-up|made-up)\s+(?:accusations|"
                                   r"charges)\b)"), 0.8, True,
         lambda s, m: _witness_attack(s, m) and not _QUANTIFIED.search(s[:m.start("m") + 1])
         and not re.search(r"\b(?:RPF|FPR|Kagame|government|regime|r[ée]gime|opponents?|critics|dissidents?)\b", s)
         and bool(re.search(r"gacaca|ICTR|TPIR|tribunal|courts?|trials?|genocid|génocid|Tutsi|survivors|witnesses",
                            s, re.I)), False, "the genocide courts called mob courts trading invented accusations"),
    Rule("attack_on_witnesses", _c(r"(?P<m>\b(?:only|just|merely|seulement|n['’]a\s+plaid[ée])\s+(?:pleaded|pled|plead|"
                                   r"confessed|testified|admitted|avou[ée]|t[ée]moign[ée])\b[^.;]{0,40}?\b(?:because|"
                                   r"since|as|parce\s+qu|car)\b[^.;]{0,40}?\b(?:tortured|bribed|paid|coerced|threatened|"
                                   r"blackmailed|bought|tortur[ée]|pay[ée]|achet[ée]|menac[ée]))"), 0.8, True,
         _coerced_plea, False, "a confession or testimony said to be extorted or bought"),
    Rule("definitional_denial", _c(r"(?P<m>\b(?:saw|see|seen|found|find|witnessed|observed|noticed|recorded|vu|"
                                   r"constat[ée]|trouv[ée])\s+(?:no|not\s+a|not\s+any|aucun)\s+(?:sign\s+of\s+(?:a\s+|"
                                   r"any\s+)?)?(?:genocide|g[ée]nocide))(?![\w-])"), 0.82, True, _saw_no_genocide, False,
         "the genocide said not to have been seen by those present"),
    Rule("spontaneity", _c(r"(?P<m>\bnot\s+(?:of\s+|from\s+|due\s+to\s+|the\s+(?:result|work|product)\s+of\s+)?"
                           r"(?:any|an|a|some)\s+(?:extermination\s+|genocidal\s+|organi[sz]ed\s+|deliberate\s+|"
                           r"concerted\s+)?(?:plan|policy|design|programme|program)\b|\bnon\s+d['’]un\s+plan|"
                           r"\bpas\s+d['’]un\s+plan)"), 0.8, True,
         lambda s, m: bool(_KILLING.search(s)) and not re.search(r"\b(?:RPF|FPR|RPA)\b", s)
         and not re.search(r"\b(?:myth|claim|argu\w+)\s+that\b|whether", s, re.I), False,
         "the deaths said not to be the result of a plan"),
    Rule("blame_shifting", _c(r"(?P<m>\b(?:which|that|this)\s+tells\s+you\s+(?:who|whose|everything|all\s+you)|"
                              r"\bdraw\s+your\s+own\s+conclusions?|\bask\s+yourself\s+who\s+(?:benefit|gain|profit)\w*|"
                              r"\bcui\s+bono|\bà\s+qui\s+profite\s+le\s+crime|\bje\s+vous\s+laisse\s+conclure)"),
         0.72, True, _insinuation, False, "insinuation that the victims' side is to blame"),
    Rule("call_to_action", _c(r"(?P<m>\b(?:cease|stop|must\s+not\s+have|have\s+no|show\s+no|no\s+more|ne\s+plus\s+avoir|"
                              r"cesser\s+d['’]avoir|pas\s+de)\s+(?:having\s+|feeling\s+)?(?:pity|mercy|piti[ée])\s+"
                              r"(?:for|on|towards|pour|envers)\s+(?:the\s+|les\s+)?(?:Tutsis?|them|inyenzi|"
                              r"cockroaches|enemy|accomplices))"), 0.82, True, None, False,
         "an exhortation to have no pity for the target group"),
    Rule("accusation_in_mirror", _c(r"(?P<m>\b(?:Tutsis?|they|the\s+enemy|Inkotanyi|Inyenzi|ils|les\s+Tutsi)\b[^.;]{0,60}?"
                                    r"\b(?:want\w*|plan\w*|intend\w*|aim\w*|seek\w*|veulent|voulaient)\s+(?:to\s+|"
                                    r"d['’]|de\s+)?(?:impose|restore|re-?establish|imposer|r[ée]tablir)\s+(?:their\s+|"
                                    r"leur\s+|the\s+|la\s+|le\s+)?(?:hegemony|domination|rule|yoke|monarchy|feudal\w*|h[ée]g[ée]monie|"
                                    r"monarchie|joug))"), 0.8, True, _not_negated, False,
         "the target group said to plan domination by force"),
    Rule("dehumanisation", _c(r"(?P<m>\b(?:bloodthirsty|blood-thirsty|assoiff[ée]s?\s+de\s+sang|sanguinaires?)\b)"), 0.78,
         True, lambda s, m: bool(re.search(r"\bTutsis?\b|\bInkotanyi\b|\binyenzi\b", s, re.I))
         and not _RPF_CRIMES.search(s), False, "the target group called bloodthirsty"),
)

RULES = RULES + _GENRE_RULES


# --------------------------------------------------------------------------- rules: round 4
# Round 4 (2026-11-26): wording of the genre that the earlier layers missed, written from the published
# definitions (Charny's templates a-e, the IHRA working definition, the Dangerous Speech hallmarks)
# and tuned on paraphrases written for the purpose, never on the labelled set: tolls "blown out of
# proportion", "each side slaughtered the other", "playing the victim", "lost their heads", "does not
# meet the definition of genocide", "orchestrated by Washington", "professional victims", "root cause"
# and counterfactual blame, "tragic but necessary", "who can blame them", "they will slaughter us",
# coded calls ("clear the bushes", "search every house") and reported exhortations ("RTLM urged its
# listeners to ..."). Each keeps a context check against the hard negatives.

_SIDE = (r"(?:Kagame|the\s+RPF|RPF|FPR|le\s+FPR|l['’]APR|the\s+RPA|RPA|the\s+rebels|Inkotanyi|the\s+invaders|"
         r"the\s+Tutsi\s+(?:army|rebels|guerrillas|invaders))")
_WIDE_AGENT = (rf"(?:{_AGENT}|Washington|London|Paris|Brussels|Kampala|the\s+UN|Hollywood|journalists|the\s+press|"
               r"(?:the\s+)?(?:aid|humanitarian)\s+(?:agencies|industry|organi[sz]ations)|services\s+(?:am[ée]ricains|"
               r"secrets|britanniques)|l['’]Occident|les\s+Am[ée]ricains)")
_WITNESS_SUBJ = (r"(?:survivors?|survivor\s+(?:groups|associations|organi[sz]ations)|witnesses|historians|scholars|"
                 r"experts|researchers|genocide\s+(?:scholars|historians|experts)|the\s+(?:ICTR|tribunal|court|judges|"
                 r"prosecutors?)|ICTR|Ibuka|rescap[ée]s|t[ée]moins|historiens|chercheurs|experts|le\s+TPIR)")
_KILL_WORDS = (r"(?:kill\w*|slaughter\w*|massacr\w*|exterminat\w*|butcher\w*|murder\w*|wipe\s+(?:us\s+|you\s+)?out|"
               r"annihilat\w*|finish\s+(?:us|you)\s+off|tuer|massacrer|exterminer|[ée]gorger|an[ée]antir)")


def _double_loose(sentence: str, m: re.Match) -> bool:
    """Mutual-killing equivalence, not a scholar's 'crimes on both sides, but one genocide'."""
    if _ACKNOWLEDGING.search(sentence) or re.search(r"\b(?:only\s+one|but\s+(?:only\s+)?the\s+genocide|"
                                                    r"not\s+(?:a\s+)?genocide|whether|Mapping\s+Report|soldiers|"
                                                    r"troops|combatants|battle)\b", sentence, re.I):
        return False
    return _not_negated(sentence, m)


def _definition_denial(sentence: str, m: re.Match) -> bool:
    """'Does not meet the definition of genocide' about 1994, not about RPF crimes or a scholar's question."""
    if re.search(r"\b(?:RPF|FPR|RPA|APR|Kagame|Hutus?|Congo|Zaire|Za[ïi]re|refugees|r[ée]fugi[ée]s|whether|si\s+les|"
                 r"Mapping|reprisals?|repr[ée]sailles)\b", sentence, re.I):
        return False
    return not _ACKNOWLEDGING.search(sentence)


def _blame_counterfactual(sentence: str, m: re.Match) -> bool:
    return _blame_rpf(sentence, m) and not re.search(r"\b(?:war\s+crimes|civil\s+war\s+(?:began|started))\b",
                                                      sentence, re.I)


def _fabricated_loose(sentence: str, m: re.Match) -> bool:
    """Invented by a party: the genocide, its stories or its script (not evidence in a political trial)."""
    if re.search(r"\b(?:evidence|accusations?|charges|dossiers?|suspects?|cases|lists?|Hamitic|commandments|"
                 r"origins?|opponents?|dissidents?|critics|elections?)\b", sentence, re.I):
        return False
    return _not_negated(sentence, m) and bool(_GENOCIDE_CTX.search(sentence) or re.search(
        r"atrocit|stor(?:y|ies)|script|récit|histoire|1994|tout|everything|whole", sentence, re.I))


def _justify_ctx(sentence: str, m: re.Match) -> bool:
    if re.search(r"survivors?\b|rescap|families\s+of|Bisesero|resist|\b(?:RPF|FPR|RPA|APR|UN|ONU|UNAMIR|MINUAR|"
                 r"intervention|troops|peacekeep\w*)\b", sentence, re.I):
        return False
    return _not_negated(sentence, m)


def _witness_ctx(sentence: str, m: re.Match) -> bool:
    if re.search(r"\b(?:RPF|FPR|Kagame|government|regime|r[ée]gime)\s+(?:critics|opponents|dissidents)|"
                 r"\bopposition\b|\bdissidents?\b", sentence, re.I):
        return False
    return _witness_attack(sentence, m) and not _QUANTIFIED.search(sentence[:m.start("m") + 1])


def _mirror_ctx(sentence: str, m: re.Match) -> bool:
    if re.search(r"\b(?:RPF|FPR|RPA)\s+(?:crimes|killings|soldiers\s+killed)|Gersony|Kibeho|refugees|r[ée]fugi[ée]s",
                 sentence, re.I):
        return False
    return _not_negated(sentence, m)


def _coded_call(sentence: str, m: re.Match) -> bool:
    return bool(re.search(r"\b(?:Tutsis?|Hutus?|inyenzi|inzoka|cockroach\w*|cafards?|snakes?|enemy|ennemis?|accomplices|"
                          r"complices|ibyitso|machetes?|machettes?|listeners|auditeurs|radio|RTLM|broadcast\w*|"
                          r"militia\w*|miliciens?|Interahamwe|them|eux|traitors|traîtres|tall\s+trees)\b", sentence, re.I))


_ROUND4_RULES: tuple[Rule, ...] = (
    # minimisation
    Rule("minimisation", _c(r"(?P<m>\b(?:blown|blew|blowing)\s+(?:up\s+)?out\s+of\s+(?:all\s+)?proportion|"
                            r"\b(?:blown|blew|blowing)\s+up\s+into\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}?(?:genocide|"
                            r"catastrophe|holocaust|extermination)|\b(?:inflat\w+|pad(?:s|ded|ding)?|exaggerat\w+|"
                            r"gonfl\w+|grossi\w*)\s+(?:the\s+|its\s+|their\s+|le\s+|les\s+)?(?:\w+\s+)?(?:victim\s+counts?|"
                            r"body\s+counts?|death\s+counts?|counts?\s+of\s+(?:the\s+)?(?:dead|victims)|"
                            r"nombre\s+(?:de\s+|des\s+)?(?:morts|victimes))|\b(?:pulled|plucked|conjured)\s+out\s+of\s+"
                            r"thin\s+air|\bsorti\w*\s+d['’]un\s+chapeau)"), 0.8, True,
         lambda s, m: _figures_inflated(s, m) and bool(re.search(r"genocid|génocid|Tutsi|toll|figure|number|count|"
                                                                 r"victim|dead|death|morts|victimes|chiffre|bilan|"
                                                                 r"million|massacr|killing|Kigali|1994", s, re.I)),
         False, "the toll called exaggerated"),
    Rule("minimisation", _c(r"(?P<m>\b(?:far|much|many|vastly|considerably)\s+fewer\s+(?:\w+\s+){0,2}?than\s+(?:the\s+)?"
                            r"(?:\w+\s+){0,2}?(?:claim\w*|report\w*|official\w*|say|said|told|alleged|memorials?|"
                            r"government|Kigali|figures?)|\b(?:a|only\s+a|a\s+mere|a\s+small|une?\s+(?:petite\s+)?)"
                            r"\s*fraction\s+(?:of|de)\s+(?:the\s+|what\s+|ce\s+que\s+|du\s+|des\s+)?(?:official|"
                            r"claimed|alleged|stated|reported|officiel\w*|annonc\w+|chiffre|bilan|we\s+are\s+told|"
                            r"is\s+claimed))"), 0.8, True,
         lambda s, m: _few_died(s, m) or bool(re.search(r"bodies|graves|victims|dead|toll|figure|morts|victimes",
                                                        s, re.I)) and not _RPF_CRIMES.search(s),
         False, "a toll far below the record"),
    Rule("minimisation", _c(r"(?P<m>\b(?:nobody|no\s+one|no\s+serious\s+\w+|personne)\s+(?:seriously\s+|really\s+|"
                            r"sérieusement\s+)?(?:believes?|ne\s+croit|can\s+believe)\b[^.;]{0,40}?\b(?:a\s+million|"
                            r"one\s+million|800,000|800\s000|un\s+million|huit\s+cent\s+mille|hundreds\s+of\s+thousands)"
                            r"|\b(?:absurd|ridiculous|laughable|fantastical|absurde|ridicule|grotesque)\b[^.;]{0,30}?"
                            r"\b(?:a\s+million|one\s+million|800,000|un\s+million))"), 0.8, True,
         lambda s, m: _not_negated(s, m) and not _RPF_CRIMES.search(s), False, "the toll of the genocide called impossible"),
    # double genocide / false equivalence
    Rule("double_genocide", _c(r"(?P<m>\bfor\s+every\s+Tutsi\s+(?:killed|who\s+died|dead)\b[^.;]{0,30}?\bHutus?\b|"
                               r"\bas\s+many\s+Hutus?\s+(?:as\s+Tutsis?\s+)?(?:died|were\s+killed|perished|lost)|"
                               r"\bautant\s+de\s+Hutu\s+que\s+de\s+Tutsi|\b(?:the\s+)?killing\s+(?:went|cut)\s+both\s+ways|"
                               r"\b(?:the\s+)?(?:killing|killings|violence|massacres|slaughter)\s+(?:was|were)\s+"
                               r"(?:mutual|reciprocal|two-sided|symmetrical)|\beveryone\s+was\s+killing\s+everyone|"
                               r"\bno\s+innocents?\s+on\s+(?:either|both)\s+sides?|\b(?:each|every|one)\s+(?:community|side|"
                               r"group|camp|ethnic\s+group)\s+(?:\w+\s+)?(?:killed|slaughtered|massacred|butchered|"
                               r"exterminated)\s+the\s+other|\bboth\s+(?:sides|groups|communities|peoples)\s+(?:\w+\s+)?"
                               r"(?:slaughtered|massacred|butchered|exterminated)\s+(?:each\s+other|one\s+another)|"
                               r"\bse\s+sont\s+(?:entre-?)?(?:massacr[ée]s|tu[ée]s|extermin[ée]s)\s+(?:mutuellement|"
                               r"les\s+uns\s+les\s+autres)|\bmassacres\s+r[ée]ciproques|\bchaque\s+camp\s+a\s+"
                               r"(?:tu[ée]|massacr[ée]))"), 0.82, True, _double_loose, False,
         "false equivalence: the killing said to go both ways"),
    # role reversal
    Rule("role_reversal", _c(r"(?P<m>\b(?:pose[sd]?|posing|play(?:s|ed|ing)?(?:\s+at)?|dress(?:es|ed)?\s+up)\s+(?:as\s+)?"
                             r"(?:the\s+)?(?:eternal\s+|only\s+|innocent\s+)?victims?\b|\bplay(?:s|ed|ing)?\s+the\s+"
                             r"victim\s+card|\bse\s+pos\w+\s+en\s+victimes|\bjou\w+\s+(?:aux|les)\s+victimes|"
                             r"\bvictim(?:hood)?\s+industry)"), 0.8, True,
         lambda s, m: bool(re.search(r"Tutsi|RPF|FPR|Kagame|Kigali|survivors|rescap|they|ils", s, re.I))
         and _not_negated(s, m) and not _RPF_CRIMES.search(s), False,
         "the victims said to pose as victims"),
    Rule("role_reversal", _c(r"(?P<m>\b(?:Hutus?|the\s+majority|la\s+majorit[ée]|les\s+Hutu)\b[^.;]{0,30}?\b(?:were|was|"
                             r"étaient|ont\s+été|sont)\s+(?:the\s+|les\s+)?(?:real\s+|true\s+|vraies\s+)?victim(?:e)?s\s+"
                             r"(?:of|de\s+l['’]|de\s+la|des?)\s+(?:the\s+)?(?:Tutsis?\s+|tutsie?s?\s+)?(?:aggression|"
                             r"oppression|domination|terror|invasion|agression|invasion|terreur|domination)\s*"
                             r"(?:tutsie?|of\s+the\s+Tutsis?|by\s+the\s+Tutsis?)?)"), 0.8, True,
         lambda s, m: bool(re.search(r"Tutsi", s, re.I)) and _not_negated(s, m) and not _RPF_CRIMES.search(s), False,
         "the victims recast as the aggressors"),
    # spontaneity
    Rule("spontaneity", _c(r"(?P<m>\blost\s+their\s+heads|\bran\s+amok|\bperdu\s+la\s+t[êe]te|\b(?:age-old|ancient|"
                           r"centuries-old|ancestral|atavistic|ancestrales?|s[ée]culaires?)\s+(?:ethnic\s+|tribal\s+)?"
                           r"(?:rivalr(?:y|ies)|feuds?|enmity|animosit(?:y|ies)|vendettas?|haines?|rivalit[ée]s)|"
                           r"\b(?:boiled|boiling|spilled)\s+over|\bexplod\w+\s+into\s+(?:\w+\s+)?(?:inter-?ethnic|"
                           r"tribal|ethnic)\s+(?:violence|war\w*|killing)|\buncontrolled\s+elements|"
                           r"\b[ée]l[ée]ments\s+incontr[ôo]l[ée]s|\b(?:chaos|anarchy|confusion|panic|chaos|anarchie)"
                           r"\s*,?\s+(?:and\s+)?(?:not|rather\s+than|pas|non)\s+(?:a\s+|un\s+|any\s+)?(?:plan|"
                           r"planning|genocide|g[ée]nocide|programme)|\b(?:just|simply|merely|only|nothing\s+but)\s+"
                           r"(?:a\s+)?breakdown\s+of\s+(?:law\s+and\s+)?order|\berupted\s+(?:on\s+its\s+own|by\s+itself|"
                           r"of\s+its\s+own\s+accord|without\s+(?:any\s+)?(?:plan|warning|orders?))|\bas\s+(?:so\s+often\s+)?"
                           r"(?:happens|is\s+the\s+way)\s+(?:so\s+often\s+)?in\s+Africa|\bcol[èe]re\s+populaire\s+"
                           r"incontr[ôo]l\w+)"), 0.8, True,
         lambda s, m: _not_negated(s, m) and not re.search(r"\b(?:myth|claim|argu\w+)\s+that\b|whether|"
                                                           r"\b(?:RPF|FPR|RPA)\b", s, re.I), False,
         "the killing presented as spontaneous, tribal or chaotic"),
    # definitional denial
    Rule("definitional_denial", _c(r"(?P<m>\b(?:does|do|did)\s+not\s+(?:meet|fit|satisfy|match)\s+(?:the\s+)?"
                                   r"(?:legal\s+|juridical\s+|UN\s+)?definition\s+of\s+(?:a\s+)?genocide|\b(?:ne\s+"
                                   r"(?:r[ée]pond|correspond)\w*\s+pas\s+[àa]\s+la\s+d[ée]finition\s+(?:juridique\s+)?"
                                   r"(?:du|d['’]un)\s+g[ée]nocide)|\bne\s+rel[èe]v\w*\s+pas\s+du\s+g[ée]nocide|"
                                   r"\bcannot\s+(?:be\s+)?(?:called|described\s+as|considered|termed|qualified\s+as)\s+"
                                   r"(?:a\s+)?genocide|\bne\s+peu\w+\s+(?:pas\s+)?[êe]tre\s+qualifi\w+\s+de\s+g[ée]nocide|"
                                   r"\b(?:the\s+)?(?:word|term|label|charge)\s+[“\"«']?g[ée]nocide[”\"»']?\s+(?:was|is|has\s+"
                                   r"been)\s+(?:\w+\s+){0,2}?(?:misappl\w+|slapped|stuck|pinned|imposed|abused|"
                                   r"misused|a\s+political|a\s+weapon|invented|applied\s+after)|\b(?:a\s+)?political\s+"
                                   r"label\b|\b(?:a|une)\s+(?:war|guerre)\s*,?\s+(?:plain\s+and\s+simple|pure\s+and\s+"
                                   r"simple|pure\s+et\s+simple|nothing\s+more|rien\s+de\s+plus)|\b(?:a\s+)?war\s+between\s+"
                                   r"two\s+armies|\bune\s+guerre\s+entre\s+deux\s+arm[ée]es|\b(?:donc|so|hence|therefore)"
                                   r"\s+(?:there\s+was\s+)?(?:no|pas\s+de)\s+g[ée]nocide)"), 0.84, True,
         _definition_denial, False, "the events said not to be a genocide"),
    # fabrication
    Rule("fabrication", _c(rf"(?P<m>\b(?:cooked\s+up|concocted|dreamed\s+up|orchestrated|engineered|scripted|staged|"
                           rf"invented|fabricated|manufactured|written|orchestr[ée]e?s?|invent[ée]e?s?|fabriqu[ée]e?s?|"
                           rf"mont[ée]e?s?)\s+(?:in|by|from|par|[àa]|depuis)\s+(?:the\s+|les\s+|le\s+|la\s+|l['’])?"
                           rf"(?:\w+\s+){{0,2}}?{_WIDE_AGENT})\b"), 0.84, True,
         lambda s, m: _fabricated_by(s, m) and bool(re.search(r"genocid|génocid|story|stories|narrative|histoire|"
                                                              r"récit|massacr|tout|everything|whole|all\s+of\s+it|"
                                                              r"1994|atrocit", s, re.I)), False,
         "the genocide or its record said to be orchestrated by a party"),
    Rule("fabrication", _c(rf"(?P<m>\b{_WIDE_AGENT}\s+(?:\w+\s+){{0,2}}?(?:manufactured|invented|fabricated|concocted|"
                           rf"cooked\s+up|dreamed\s+up|scripted|staged|made\s+up|wrote\s+the\s+script|a\s+invent[ée]|"
                           rf"ont\s+invent[ée]|a\s+fabriqu[ée]|ont\s+fabriqu[ée])\b[^.;]{{0,40}}?\b(?:genocide|"
                           rf"g[ée]nocide|story|stories|narrative|histoire|r[ée]cit|atrocit\w+|massacres?|script|"
                           rf"world|monde|tale))"), 0.84, True, _fabricated_loose, False,
         "the genocide or its record said to be invented by a party"),
    Rule("fabrication", _c(r"(?P<m>\b(?:tout|everything|the\s+whole\s+thing|it\s+all)\s+(?:a\s+[ée]t[ée]|was|has\s+been)\s+"
                           r"(?:\w+\s+)?(?:orchestr[ée]|mont[ée]|invent[ée]|staged|orchestrated|scripted|invented|"
                           r"made\s+up|fabricated)|\b(?:fairy[- ]?tales?|fables?|fictions?|myths?|lies|contes?|"
                           r"mensonges?|l[ée]gendes?)\s+(?:told|spun|sold|invented|written|peddled|racont\w+|"
                           r"invent\w+|vendu\w*)\s+(?:by|par)\s+(?:the\s+|les\s+)?(?:winners|victors|vainqueurs|RPF|"
                           r"FPR|Kagame|West|media|m[ée]dias|regime|r[ée]gime)|\b(?:planning|genocide|extermination)\s+"
                           r"(?:documents|evidence|lists|plans?|orders)\s+(?:were|was)\s+(?:\w+\s+)?(?:forged|faked|"
                           r"doctored|falsified|planted|fabricated))"), 0.82, True,
         lambda s, m: _not_negated(s, m) and bool(re.search(r"genocid|génocid|Tutsi|RPF|FPR|Kagame|1994|winners|"
                                                            r"victors|vainqueurs|planning|extermination|tout|"
                                                            r"everything|whole|it\s+all", s, re.I)), False,
         "the genocide or its record said to be invented"),
    # attacks on witnesses, courts and historians
    Rule("attack_on_witnesses", _c(r"(?P<m>\bprofessional\s+(?:victims|mourners|survivors)|\bvictimes\s+"
                                   r"professionnelles|\b(?:genocide|survivor|memory|victim)\s+(?:industry|business|"
                                   r"racket)|\bbusiness\s+(?:de\s+la|du)\s+(?:m[ée]moire|g[ée]nocide))"), 0.82, True,
         _witness_ctx, False, "survivors called professional victims"),
    Rule("attack_on_witnesses", _c(rf"(?P<m>\b{_WITNESS_SUBJ}\b[^.;]{{0,40}}?\b(?:(?:are|were|is|was|sont|étaient)\s+"
                                   rf"(?:\w+\s+)?(?:paid|bribed|funded|financ[ée]s|pay[ée]s)\s+(?:by\s+\w+\s+)?(?:to|pour)\s+"
                                   rf"(?:keep|tell|repeat|testify|lie|say|invent|accuse|maintain|entretenir|r[ée]p[ée]ter|"
                                   rf"t[ée]moigner|mentir)|(?:on|in)\s+(?:the\s+)?(?:payroll|pay)\s+of|(?:au\s+service|"
                                   rf"[àa]\s+la\s+solde|aux\s+ordres)\s+(?:de|du)\s+(?:Kigali|FPR|Kagame|r[ée]gime|"
                                   rf"pouvoir)|(?:mouthpieces?|spokes(?:men|people)|agents|militants|propagandists|"
                                   rf"propagandistes)\s+(?:of|for|de|du|au\s+service\s+de)\s+(?:the\s+)?(?:Kigali|RPF|"
                                   rf"FPR|Kagame|regime|r[ée]gime)|(?:stories|accounts|r[ée]cits|versions?)\s+(?:keep\s+"
                                   rf"changing|change\s+(?:every|each)\s+time|contradict\s+each\s+other|changent)))"),
         0.82, True, _witness_ctx, False, "witnesses, courts or historians called paid or partisan"),
    Rule("attack_on_witnesses", _c(r"(?P<m>\b(?:ICTR|TPIR|tribunal|court|gacaca)\b[^.;]{0,30}?\b(?:was|is|were|était|est)"
                                   r"\s+(?:\w+\s+)?(?:a\s+|an\s+|une?\s+)?(?:sham|rigged|fake|farce|mascarade|parodie"
                                   r"\s+de\s+justice|show\s+trial|kangaroo)|\bconvicted\s+(?:whoever|anyone|whomever)\s+"
                                   r"(?:Kigali|the\s+RPF|Kagame|the\s+regime|the\s+victors)\s+(?:wanted|named|chose|"
                                   r"pointed)|\bcondamn\w+\s+(?:qui|tous\s+ceux\s+que)\s+(?:Kigali|le\s+FPR|Kagame)\s+"
                                   r"(?:voulait|d[ée]signait))"), 0.8, True, _witness_ctx, False,
         "the genocide courts called a sham"),
    Rule("attack_on_witnesses", _c(r"(?P<m>\b(?:cannot|can['’]t|could\s+not|shouldn['’]t|should\s+not)\s+(?:believe|"
                                   r"trust)\s+(?:a\s+(?:single\s+)?word\s+(?:from|of)\s+)?(?:these|the|those|any)\s+"
                                   r"(?:so-called\s+)?(?:survivors|witnesses|victims|historians|professional\s+victims)|"
                                   r"\bne\s+(?:peut|faut)\s+(?:pas\s+)?(?:croire|faire\s+confiance)\s+(?:aux|[àa]\s+ces)\s+"
                                   r"(?:rescap[ée]s|t[ée]moins))"), 0.8, True, _witness_ctx, False,
         "survivors or witnesses said not to be believed"),
    # blame shifting
    Rule("blame_shifting", _c(rf"(?P<m>\b(?:{_SIDE}|the\s+(?:RPF\s+)?invasion|l['’]invasion\s+du\s+FPR)\b[^.;]{{0,30}}?"
                              rf"\b(?:is|was|remains|est|était|reste)\s+(?:the\s+|la\s+)?(?:real\s+|true\s+|only\s+|"
                              rf"vraie\s+|seule\s+)?(?:root\s+)?cause\s+(?:of|de|du|des)\s+(?:\w+\s+){{0,2}}?"
                              rf"(?:everything|all|genocide|g[ée]nocide|massacres?|killings|deaths|morts|tragedy|"
                              rf"trag[ée]die|drame|what\s+happened)|\bif\s+(?:the\s+)?(?:RPF|Kagame|rebels|Inkotanyi|"
                              rf"invaders)\s+had\s+(?:not|never)\s+(?:attacked|invaded|shot|come)\b[^.;]{{0,60}}?\b(?:no|"
                              rf"nobody|none|no\s+one|not\s+(?:a|one)\s+single)\b[^.;]{{0,30}}?\bwould\s+have\s+(?:died|"
                              rf"been\s+killed|happened)|\bsans\s+(?:l['’]invasion|l['’]attaque|l['’]attentat)\s+du\s+FPR"
                              rf"[^.;]{{0,40}}?\b(?:pas|aucun|personne)\b)"), 0.8, True, _blame_counterfactual, False,
         "the genocide blamed on the victims' side"),
    Rule("blame_shifting", _c(rf"(?P<m>\b{_SIDE}\b[^.;]{{0,30}}?\b(?:wanted|needed|welcomed|allowed|let|voulait|"
                              rf"avait\s+besoin\s+(?:de|des))\s+(?:the\s+|les\s+|these\s+)?(?:massacres|killings|"
                              rf"genocide|g[ée]nocide|deaths|morts|tueries)\b|\b(?:responsibility|la\s+responsabilit[ée])"
                              rf"\s+(?:for|of|de|du|des)\s+(?:the\s+|all\s+the\s+|tout\s+)?(?:\w+\s+){{0,2}}?(?:deaths|"
                              rf"massacres|killings|genocide|g[ée]nocide|tragedy|trag[ée]die|drame|morts)\s+(?:lies|rests|"
                              rf"falls|incombe|revient|appartient)\s+(?:\w+\s+)?(?:with|on|to|au|[àa])\s+(?:the\s+|l['’])?"
                              rf"(?:RPF|FPR|Kagame|rebels|Inkotanyi|APR|RPA|invaders|envahisseurs?)|\b(?:blood|deaths|"
                              rf"dead)\s+(?:is|are)\s+on\s+(?:the\s+)?(?:RPF['’]?s?|Kagame['’]?s?)|\b(?:on\s+)?(?:Kagame|"
                              rf"the\s+RPF)['’]s?\s+hands)"), 0.8, True, _blame_rpf, False,
         "the genocide blamed on the victims' side"),
    Rule("blame_shifting", _c(r"(?P<m>\b(?:blame|responsible|to\s+blame|guilty|responsables?|coupables?|blâmez)\b"
                              r"[^.;]{0,40}?,?\s*(?:not|rather\s+than|pas|non|et\s+non)\s+(?:the\s+|les\s+)?(?:Hutus?|"
                              r"peasants|population|killers|militias?|Interahamwe|g[ée]nocidaires|paysans|milices|"
                              r"(?:Hutu\s+)?(?:government|army|villagers))\b|\b(?:Kagame|the\s+RPF|RPF|the\s+West|France|"
                              r"Belgium|the\s+UN)\s*,\s*(?:and\s+)?not\s+(?:the\s+)?(?:Hutus?|peasants|killers|"
                              r"population)\b[^.;]{0,30}?\b(?:responsible|to\s+blame|guilty|blame))"), 0.78, True,
         lambda s, m: _not_negated(s, m) and not _RPF_CRIMES.search(s), False,
         "the killing blamed on a third party instead of its perpetrators"),
    # justification
    Rule("justification", _c(r"(?P<m>\b(?:tragic|painful|regrettable|sad|unfortunate|terrible|cruel)\s+but\s+"
                             r"(?:necessary|inevitable|understandable|justified|unavoidable)|\bnecessary\s+evil|"
                             r"\bmal\s+n[ée]cessaire|\bdouloureuse?\s+mais\s+n[ée]cessaire|\bhad\s+every\s+(?:reason|"
                             r"right)\s+to\s+(?:fear|rise|defend|act|kill|strike|hit|fight|be\s+afraid)|\b(?:did|do)\s+"
                             r"what\s+(?:they|you|any\s+\w+|anyone)\s+(?:must|had\s+to|have\s+to|would\s+have\s+done|"
                             r"would\s+do)\s*(?:to\s+survive)?|\bwho\s+(?:can|could|would)\s+blame\s+them|"
                             r"\bqui\s+(?:pourrait|peut)\s+(?:leur\s+en\s+vouloir|les\s+bl[âa]mer|leur\s+reprocher)|"
                             r"\bil\s+fallait\s+(?:bien\s+)?(?:se\s+(?:prot[ée]ger|d[ée]fendre)|les\s+(?:tuer|"
                             r"[ée]liminer|neutraliser|arr[êe]ter))|\b(?:were|was|étaient)\s+(?:only\s+|simply\s+)?"
                             r"(?:to\s+be\s+expected|inevitable|in[ée]vitables?)|\bpaid\s+the\s+price\s+(?:of|for)\s+"
                             r"(?:their|its|leur)\s+(?:\w+\s+)?(?:treason|betrayal|collaboration|support|complicity|"
                             r"trahison|complicit[ée]))"), 0.78, True,
         lambda s, m: _justify_ctx(s, m) and bool(_KILLING.search(s) or re.search(
             r"invad|invasion|envahi|enemy|ennemi|accomplices|complices|defend|d[ée]fend|prot[ée]g|rose\s+up|"
             r"population|peasants|paysans|Hutu|Tutsi", s, re.I)), False,
         "the killing presented as necessary or understandable"),
    Rule("justification", _c(r"(?P<m>\b(?:anger|rage|fury|reaction|response|revenge|vengeance|retaliation|col[èe]re|"
                             r"r[ée]action|riposte)\b(?:\s+\S+){1,5}?\s+(?:was|is|were|était|est|fut)\s+(?:only\s+|quite\s+|"
                             r"perfectly\s+|entirely\s+|completely\s+|bien\s+|tout\s+[àa]\s+fait\s+|simply\s+)?"
                             r"(?:natural|understandable|legitimate|normal|justified|inevitable|naturelle|"
                             r"compr[ée]hensible|l[ée]gitime|normale|justifi[ée]e))\b"), 0.8, True,
         lambda s, m: _justify_ctx(s, m) and bool(_KILLING.search(s) or re.search(r"Hutu|Tutsi|population|peasants|"
                                                                                  r"paysans|invad|president", s, re.I)),
         False, "the killing presented as understandable"),
    Rule("justification", _c(r"(?P<m>\b(?:legitimate|justified|lawful|l[ée]gitime)\s+self[- ]defen[cs]e|\bl[ée]gitime\s+"
                             r"d[ée]fense)"), 0.8, False, _self_defence, False,
         "the killing presented as legitimate self-defence"),
    # accusation in a mirror
    Rule("accusation_in_mirror", _c(r"(?P<m>\b(?:pr[ée]par\w+|planifi\w+|veul\w+|voulai\w+|projet\w+|plan(?:s|ned|ning)?|"
                                    r"plott?\w*|prepar\w+|want\w*)\s+(?:\w+\s+)?(?:notre\s+|nos\s+|our\s+|l['’]|the\s+)"
                                    r"(?:\w+\s+)?(?:extermination|massacre|an[ée]antissement|destruction|annihilation|"
                                    r"mort|death|deaths)(?:\s+(?:of\s+(?:the\s+)?Hutus?|des\s+Hutu))?)"), 0.82, True,
         lambda s, m: _mirror_ctx(s, m) and bool(re.search(r"\b(?:notre|nos|our|Hutus?)\b", m.group("m"), re.I))
         and bool(re.search(r"\b(?:Tutsis?|they|them|ils|the\s+enemy|l['’]ennemi|Inkotanyi|inyenzi|cafards|"
                            r"cockroaches|RPF|FPR|accomplices|complices)\b", s, re.I)), False,
         "the target group said to plan the violence"),
    Rule("accusation_in_mirror", _c(rf"(?P<m>\b(?:they|the\s+Tutsis?|the\s+enemy|Inkotanyi|the\s+inyenzi|the\s+cockroaches|"
                                    rf"the\s+accomplices)\s+(?:will|would|are\s+going\s+to|are\s+coming\s+to|are\s+"
                                    rf"waiting\s+to|want\s+to|mean\s+to)\s+(?:\w+\s+)?{_KILL_WORDS}\s+(?:us|you|your|"
                                    rf"our|every\s+Hutu|all\s+the\s+Hutu|the\s+Hutu)|\bcoming\s+to\s+{_KILL_WORDS}\s+"
                                    rf"(?:us|you|your|our)|\b(?:their|the\s+enemy['’]s|the\s+Tutsis?['’]?|leur)\s+(?:plan|"
                                    rf"goal|aim|intention|objective|project|projet|but|objectif)\s+(?:is|was|est|[ée]tait)"
                                    rf"\s+(?:to\s+|de\s+|d['’])?{_KILL_WORDS}\s+(?:us|all|every|the\s+Hutu|nous|tous|les\s+"
                                    rf"Hutu)|\b(?:dug|digging|prepared|creus[ée]|pr[ée]par[ée])\s+(?:the\s+|les\s+)?"
                                    rf"(?:graves|pits|fosses|tombes)\s+(?:for\s+us|to\s+throw\s+us|pour\s+nous)|\b(?:lists?|"
                                    rf"listes?)\s+(?:of\s+Hutus?|de\s+Hutu)\s+(?:to|[àa])\s+(?:kill|tuer|abattre|"
                                    rf"[ée]liminer)|\bils\s+(?:vont|veulent)\s+nous\s+(?:tuer|exterminer|massacrer|"
                                    rf"[ée]gorger))"), 0.82, True, _mirror_ctx, False,
         "the target group said to plan the violence"),
    # calls to action
    Rule("call_to_action", _c(rf"(?P<m>\b(?:urg\w+|told|tell\w*|call\w*\s+on|call\w*\s+upon|exhort\w*|"
                              rf"encourag\w+|incit\w+|appel\w+|exhort\w+|incit\w+)\s+"
                              rf"(?:\w+\s+){{0,3}}?(?:to|[àa]|de)\s+[“\"«‘']?\s*(?:{_KILL_VERB}|go\s+to\s+work|aller\s+au\s+"
                              rf"travail|se\s+mettre\s+au\s+travail|clear\s+the\s+bush\w*|cut\s+(?:down\s+)?the\s+tall\s+"
                              rf"trees|search\s+(?:every|each|all)|fouiller|d[ée]busquer|hunt|track\s+down|flush\s+out|"
                              rf"take\s+up\s+(?:their\s+)?(?:machetes|arms|weapons)|prendre\s+(?:leurs\s+)?machettes)"
                              rf"\b[^.!?”\"»]{{0,50}})"), 0.8, True,
         lambda s, m: _coded_call(s, m) and _not_negated(s, m), False, "an exhortation to kill, reported"),
    Rule("call_to_action", _c(r"(?P<m>\bclear(?:ing)?\s+the\s+bush(?:es)?|\bd[ée]broussaill\w+|\bsearch\s+(?:every|each)\s+"
                              r"(?:house|home|hut|hill|bush|church|corner|marsh)|\bfouill\w+\s+(?:chaque|toutes\s+les)\s+"
                              r"(?:maisons?|collines?|brousses?)|\b(?:don['’]t|do\s+not)\s+let\s+(?:a\s+single\s+one|"
                              r"any\s+of\s+them|one\s+of\s+them|a\s+single\s+\w+|anyone|them)\s+(?:escape|get\s+away|"
                              r"survive|live)|\bne\s+laiss\w+\s+(?:aucun|personne|pas\s+un\s+seul)\s+(?:s['’])?"
                              r"[ée]chapper|\bnot\s+(?:one|a\s+single)\s+(?:\w+\s+)?(?:must|should|may|shall)\s+"
                              r"(?:escape|survive|be\s+spared|get\s+away))"), 0.8, True,
         lambda s, m: _coded_call(s, m) or bool(re.match(r"^\W*(?:clear|search|don|do|ne|fouill|d[ée]brouss)", s, re.I)),
         False, "the coded call to hunt the target group down"),
    Rule("call_to_action", _c(r"(?:^|[“\"«:]\s*)\W*(?P<m>(?:d[ée]busquez|traquez|chassez|trouvez|cherchez|find|hunt|"
                              r"track|flush\s+out|search\s+out)\b[^.!?”\"»]{0,40}?\b(?:l['’]ennemi|les\s+complices|les\s+"
                              r"tra[îi]tres|les\s+cafards|les\s+inyenzi|the\s+enemy|the\s+accomplices|the\s+traitors|"
                              r"the\s+cockroaches|the\s+inyenzi|them)\b[^.!?”\"»]{0,40})"), 0.8, True, None, False,
         "an imperative to hunt the target group"),
)

_ROUND4_RULES = _ROUND4_RULES + (
    Rule("blame_shifting", _c(rf"(?P<m>\b{_SIDE}\b[^.;]{{0,30}}?\b(?:bears?|bore|porte|portait|has|a)\s+(?:the\s+)?"
                              rf"(?:l['’])?(?:full|entire|sole|whole|enti[èe]re|pleine|seule|toute\s+la)\s+"
                              rf"responsabilit(?:y|[ée]))"), 0.8, True, _blame_rpf, False,
         "the genocide blamed on the victims' side"),
    Rule("double_genocide", _c(r"(?P<m>\b(?:les\s+)?Hutu\s+(?:ont\s+[ée]t[ée]|furent|sont|[ée]taient)\s+(?:aussi\s+|"
                               r"[ée]galement\s+|eux\s+aussi\s+)?(?:les\s+)?victimes\s+d['’]un\s+(?:\w+\s+){0,3}?"
                               r"g[ée]nocide|\b(?:killed|slaughtered|massacred|butchered)\s+by\s+the\s+other\s+(?:side|"
                               r"community|group|camp))"), 0.8, True, _double_loose, False,
         "false equivalence: a genocide of the Hutu set beside that of the Tutsi"),
    Rule("spontaneity", _c(r"(?P<m>\btribal\s+(?:hatreds?|passions?|frenzy|bloodletting|rivalr(?:y|ies)|vendettas?)|"
                           r"\b(?:outbreak|explosion|eruption|flare-up)\s+of\s+(?:tribal|ethnic|inter-?ethnic)\s+"
                           r"(?:hatreds?|violence|fighting|passions?))"), 0.78, True,
         lambda s, m: _not_negated(s, m) and not re.search(r"propaganda|stoked|fomented|manufactured|incited|"
                                                           r"cultivated|myth|\b(?:RPF|FPR|RPA)\b", s, re.I), False,
         "the genocide recast as tribal hatred"),
    Rule("dehumanisation", _c(r"(?P<m>\b(?:call\w*|label\w*|brand\w*|describ\w*)\s+(?:the\s+)?(?:Tutsis?|them|"
                              r"their\s+neighbours)\s+(?:as\s+)?(?:snakes|vermin|rats|cockroaches|lice|insects|"
                              r"serpents|parasites|beasts))"), 0.82, True, None, False,
         "people equated with animals or vermin"),
)

RULES = RULES + _ROUND4_RULES


def _real_genocide_of_hutu(sentence: str, m: re.Match) -> bool:
    """"The real genocide was that of the Hutu": not "the real genocide against the Tutsi"."""
    if re.search(r"g[ée]nocide\s+(?:against|of|des|contre)\s+(?:the\s+|les\s+)?Tutsis?", sentence, re.I):
        return False
    return bool(re.search(r"\bHutus?\b", sentence, re.I)) and _not_negated(sentence, m)


def _cause_is_the_other_side(sentence: str, m: re.Match) -> bool:
    """The RPF, its invasion or the Tutsi named as the cause of what followed."""
    return bool(re.search(r"\b(?:RPF|FPR|RPA|APR|Kagame|Inkotanyi|invasion|invaders?|Tutsis?|rebels?)\b", sentence,
                          re.I)) and _rwanda_ctx(sentence, m) and _not_negated(sentence, m)


def _threat_to_rescuers(sentence: str, m: re.Match) -> bool:
    return _not_negated(sentence, m)


_ROUND5_RULES: tuple[Rule, ...] = (
    Rule("double_genocide", _c(r"(?P<m>\b(?:real|true|vrais?|v[ée]ritables?)\s+g[ée]nocidaires?\b)"), 0.84, True,
         _cause_is_the_other_side, False, "the victims' side called the real perpetrators of genocide"),
    Rule("double_genocide", _c(r"(?P<m>\b(?:real|true|actual|other|second|v[ée]ritable|vrai|autre)\s+g[ée]nocide\b)"),
         0.84, True, _real_genocide_of_hutu, False, "another genocide, of the Hutu, set beside (or above) the genocide"),
    Rule("double_genocide", _c(r"(?P<m>\b(?:killed|massacred|slaughtered|murdered|exterminated|tu[ée]|massacr[ée])\s+"
                               r"(?:at\s+least\s+|just\s+|about\s+|roughly\s+|au\s+moins\s+)?(?:as\s+many|autant\s+de)\s+"
                               r"Hutus?\b|\bas\s+many\s+Hutus?\s+(?:as|than)\s+(?:\w+\s+){0,3}?Tutsis?\b|"
                               r"\bautant\s+de\s+Hutus?\s+que\s+de\s+Tutsis?\b)"), 0.82, True, _rwanda_ctx, False,
         "the two sides' killings made equal"),
    Rule("double_genocide", _c(r"\b(?:RPF|FPR|RPA|APR|Kagame|Inkotanyi)\b[^.;]{0,40}?(?P<m>\b(?:killed|massacred|slaughtered|"
                               r"exterminated|murdered|tu[ée]|massacr[ée]|extermin[ée])\s+(?:some\s+|over\s+|more\s+than\s+|"
                               r"plus\s+de\s+|près\s+de\s+|well\s+over\s+|far\s+more\s+than\s+|at\s+least\s+|"
                               r"au\s+moins\s+|nearly\s+|almost\s+)?(?:(?:a|one|two|three|"
                               r"four|five|un|deux|trois|quatre|cinq|\d+(?:[.,]\d+)?)\s+millions?|\d{3}[\s,.\u202f]?000|millions|hundreds\s+of\s+"
                               r"thousands|des\s+centaines\s+de\s+milliers|des\s+millions)\s+(?:of\s+|de\s+)?(?:\w+\s+)?"
                               r"Hutus?\b|\b(?:massacr\w*|tu[ée]s?|killed|slaughtered)\s+(?:the\s+|les\s+)?Hutus?\s+(?:par|by\s+the)\s+"
                               r"millions?)"), 0.8, True, _not_negated,
         False, "killings by the RPF inflated to the scale of the genocide"),
    Rule("blame_shifting", _c(r"(?P<m>\b(?:Tutsi|RPF|FPR|rebel|Inkotanyi)\s+provocations?\b|\bprovocations?\s+(?:of|by)\s+"
                              r"the\s+(?:RPF|Tutsis?|rebels)\b|\bprovoked\s+by\s+the\s+(?:RPF|Tutsis?|rebels|invasion)\b|"
                              r"\bprovocation\s+(?:tutsie?|du\s+FPR|des\s+Tutsis?)\b)"), 0.82, True, _rwanda_ctx, False,
         "the victims' side said to have provoked the killing"),
    Rule("blame_shifting", _c(r"(?P<m>\b(?:real|true|root|ultimate|only)\s+cause\s+of\s+(?:everything|all\s+that|all\s+this|"
                              r"the\s+(?:killings?|massacres?|tragedy|violence|genocide|war|bloodshed))|\bcause\s+"
                              r"(?:r[ée]elle|v[ée]ritable|profonde|unique)\s+(?:de\s+tout|des\s+massacres|du\s+drame|"
                              r"des\s+tueries|du\s+g[ée]nocide))"), 0.8, True, _cause_is_the_other_side, False,
         "the other side named as the cause of the genocide"),
    Rule("blame_shifting", _c(r"(?P<m>\b(?:real|true|original|first)\s+crime\b|\bset\s+(?:everything|it\s+all|all\s+of\s+"
                              r"it)\s+in\s+motion\b|\bstarted\s+it\s+all\b|\b[àa]\s+l['’]origine\s+de\s+tout\b|\bvrai\s+crime\b)"),
         0.8, True, _cause_is_the_other_side, False, "the other side's act named as the crime that caused the rest"),
    Rule("fabrication", _c(r"(?P<m>\bproved\s+nothing\b|\bnever\s+proved\s+(?:anything|it|a\s+thing)\b|\bnothing\s+(?:was|has\s+"
                           r"been)\s+(?:ever\s+)?proven\b|\bsans\s+(?:avoir\s+)?rien\s+prouv[ée]\b|\bn['’]a\s+rien\s+prouv[ée]\b|"
                           r"\brien\s+n['’]a\s+(?:jamais\s+)?[ée]t[ée]\s+prouv[ée]\b)"), 0.8, True, _rwanda_ctx, False,
         "the courts' findings said to prove nothing"),
    Rule("minimisation", _c(r"(?P<m>\b(?:preuve|proof|proves?|showing|shows?)\s+(?:qu['’]il\s+ne\s+se\s+passait\s+rien|that\s+"
                            r"nothing\s+(?:serious|much|grave)\s+(?:was\s+)?happen\w*)|\brien\s+de\s+grave\b|\bnothing\s+"
                            r"(?:serious|much)\s+(?:was\s+)?(?:going\s+on|happen\w*))"), 0.8, True, _rwanda_ctx, False,
         "the events said to have been nothing serious"),
    Rule("attack_on_witnesses", _c(r"(?P<m>\b(?:r[ée]cit\w*|recite\w*|repeat\w*)\s+(?:a\s+|une?\s+|the\s+|their\s+|leurs?\s+|des\s+|les\s+)?"
                                   r"(?:lesson|le[çc]on|script|(?:text|texte)\s+(?:appris|learn(?:ed|t)))\b|\ble[çc]on\s+apprise\b|\blearn(?:ed|t)\s+by\s+heart\b|"
                                   r"\b(?:coached|rehearsed|scripted)\s+(?:witnesses|survivors|testimon\w+)\b|[«“\"‘']\s*"
                                   r"(?:rescap[ée]s|survivors|witnesses|t[ée]moins|victims|victimes)\s*[»”\"’'])"), 0.8, True,
         _rwanda_ctx, False, "survivors and witnesses said to lie or recite"),
    Rule("call_to_action", _c(r"(?P<m>\b(?:must|should|will)\s+(?:guard|watch|block|man|hold|close)\s+(?:its|their|your|our|"
                              r"every)\s+(?:roads?|roadblocks?|hills?|paths?|barriers?)\b|\bmake\s+sure\s+not\s+one\s+of\s+"
                              r"them\s+(?:gets?\s+through|escapes?|survives?)|\bnot\s+one\s+of\s+them\s+(?:must|should|will|"
                              r"shall)\s+(?:escape|get\s+through|survive)|\bpas\s+un\s+(?:seul\s+)?(?:ne\s+)?doit\s+"
                              r"(?:s['’][ée]chapper|passer))"),
         0.8, True, None, False, "a call to block or hunt a group"),
    Rule("call_to_action", _c(r"(?P<m>\b(?:wake\s+up\s+and\s+)?stand\s+ready\b|\btenez-vous\s+pr[êe]ts\b|\bsoyez\s+pr[êe]ts\b)"),
         0.78, True, _rwanda_ctx, False, "a call to stand ready against a group"),
    Rule("call_to_action", _c(r"(?P<m>\b(?:whoever|anyone\s+who|those\s+who|quiconque|ceux\s+qui)\s+(?:hides?|shelters?|"
                              r"protects?|helps?|feeds?|cache\w*|prot[èe]ge\w*|aide\w*|h[ée]berge\w*)\s+(?:them|these|"
                              r"the\s+\w+|les|des|ces)\b[^.;]{0,60}?\b(?:accomplices?|share\s+their\s+fate|will\s+(?:die|"
                              r"pay|be\s+(?:killed|punished|treated))|complices?|m[êe]me\s+sort|paiera|mourra))"), 0.86, True,
         _threat_to_rescuers, False, "those who shelter the targets threatened with the same fate"),
    Rule("call_to_action", _c(r"(?P<m>\b(?:defend|protect)\s+yourselves\b[^.;]{0,40}?\bbefore\s+(?:they|the\s+\w+)\s+"
                              r"(?:strike|attack|kill|come)|\b(?:d[ée]fendez|prot[ée]gez)-vous\b[^.;]{0,40}?\bavant\s+"
                              r"qu['’](?:ils|elles)\s+(?:ne\s+)?(?:frappent|attaquent|tuent|viennent)|\b(?:strike|attack|hit|"
                              r"kill)\s+(?:them\s+)?first\b|\b(?:frappez|attaquez|tuez)-les\s+(?:les\s+)?premiers?\b)"),
         0.84, True, None, False, "a call to strike the targets before they strike"),
    Rule("accusation_in_mirror", _c(r"(?P<m>\bbefore\s+(?:they|the\s+(?:Tutsis?|inyenzi|enemy|cockroaches))\s+"
                                    r"(?:strike|attack|kill|exterminate|come\s+for)\s+(?:us|you|first)?|\bavant\s+"
                                    r"qu['’](?:ils|elles)\s+(?:ne\s+)?(?:nous\s+|vous\s+)?(?:frappent|attaquent|tuent|"
                                    r"exterminent))"), 0.8, True, _rwanda_ctx, False,
         "the targets accused of planning the attack being called for"),
    Rule("accusation_in_mirror", _c(r"(?P<m>\bfifth\s+columns?\b|\bcinqui[èe]mes?\s+colonnes?\b|\bennemis?\s+de\s+"
                                    r"l['’]int[ée]rieur\b|\benem(?:y|ies)\s+within\b)"), 0.8, True, _population_defence,
         False, "a group cast as an enemy within, preparing the attack"),
    Rule("justification", _c(r"(?P<m>\b(?:defended|protected)\s+(?:their|its)\s+(?:families|homes|country|land|children)"
                             r"\b(?:[^.;]{0,30}\bas\s+any\s+(?:people|nation|one|community)\s+would)?|\bas\s+any\s+"
                             r"(?:people|nation|community)\s+would\b|\bd[ée]fendu\s+leurs\s+familles\b)"), 0.8, True,
         _population_defence, False, "the killing presented as the defence of families"),
    # "If they took up machetes, it was because ...": the killing granted, then explained by a cause.
    Rule("justification", _c(r"(?P<m>\b(?:if|si)\s+[^.;?!]{0,60}?\b(?:took\s+up\s+(?:machetes|arms|clubs)|killed|"
                             r"massacred|slaughtered|rose\s+up|ont\s+(?:tu[ée]|massacr[ée]|pris\s+les\s+machettes)|"
                             r"se\s+sont\s+(?:soulev[ée]s|d[ée]fendus))\b[^.;?!]{0,40}?,\s*(?:it\s+was|this\s+was|that\s+was|"
                             r"c['’](?:[ée]tait|est))\s+(?:only\s+|simply\s+|just\s+|seulement\s+)?(?:because|since|parce\s+qu|"
                             r"contre|against|in\s+response))"), 0.8, True, _rwanda_ctx, False,
         "the killing granted, then explained away by a cause"),
)
RULES = RULES + _ROUND5_RULES


def _side_before(sentence: str, m: re.Match) -> bool:
    """The victims' side (the RPF, its invasion, Kigali's rulers) is named before the match."""
    return bool(re.search(rf"{_SIDE}|\binvasion\b|\bKigali\b|\bthe\s+regime\b|\bles?\s+r[ée]gime\b", sentence[:m.start()],
                          re.I)) and _not_negated(sentence, m)


# Round 7 (2026-11-26): wording from a retired evaluation set's misses, written as general patterns.
_ROUND7_RULES: tuple[Rule, ...] = (
    Rule("minimisation", _c(r"(?P<m>\bmore\s+Hutus?\s+than\s+Tutsis?\s+(?:\w+\s+)?(?:died|were\s+killed|perished|"
                            r"lost\s+their\s+lives|were\s+massacred)|\bplus\s+de\s+Hutus?\s+que\s+de\s+Tutsis?\s+"
                            r"(?:sont\s+morts|ont\s+p[ée]ri|ont\s+[ée]t[ée]\s+tu[ée]s))"), 0.82, True, _not_negated, False,
         "the victims of the genocide said to be outnumbered by the other side's dead"),
    Rule("double_genocide", _c(r"(?P<m>\b(?:every\s+bit|just|equally|quite)\s+as\s+(?:systematic|organi[sz]ed|planned|"
                               r"genocidal|deliberate|methodical|murderous)\b|\btout\s+aussi\s+(?:syst[ée]matiques?|"
                               r"organis[ée]e?s?|planifi[ée]e?s?|g[ée]nocidaires?)\b)"), 0.8, True,
         lambda s, m: bool(_RPF.search(s) or re.search(r"\bHutus?\b", s, re.I)) and _not_negated(s, m), False,
         "the other side's killings made equal to the genocide"),
    Rule("blame_shifting", _c(r"(?P<m>\bmade\s+(?:the\s+)?(?:massacres|killings|genocide|violence|slaughter)\s+(?:almost\s+|"
                              r"all\s+but\s+)?inevitable|\brendu\s+(?:les\s+massacres|le\s+g[ée]nocide|les\s+tueries)\s+"
                              r"in[ée]vitables?|\bbears?\s+(?:the\s+)?(?:larger|greater|main|bigger|largest|greatest|"
                              r"lion['’]s)\s+share\s+of\s+(?:the\s+)?(?:blame|responsibility)|\bporte\s+la\s+plus\s+"
                              r"grande\s+part\s+de\s+(?:la\s+)?responsabilit[ée])"), 0.8, True, _side_before, False,
         "the genocide blamed on the victims' side"),
    Rule("blame_shifting", _c(r"(?P<m>\bc['’](?:est|[ée]tait)\s+(?:lui|eux)\b[^.;?!]{0,25}?\bqui\s+(?:a|ont)\s+"
                              r"(?:d[ée]clench[ée]|commenc[ée]|provoqu[ée])|\bit\s+was\s+(?:they|them|he|him)\b[^.;?!]{0,25}?"
                              r"\bwho\s+(?:started|triggered|unleashed|provoked|caused))"), 0.8, True,
         lambda s, m: bool(re.search(rf"{_SIDE}", s[:m.start()], re.I)), False,
         "the other side asserted as the one who started it"),
    Rule("attack_on_witnesses", _c(r"(?P<m>\b(?:survivors?['’]?|witness(?:es)?['’]?|victims?['’]?)\s+(?:accounts|"
                                   r"testimon(?:y|ies)|statements|stories)\b[^.;?!]{0,60}?\b(?:collected|gathered|prepared|"
                                   r"written|scripted|coached|manufactured|produced|supplied)\s+by\s+(?:the\s+)?(?:RPF|"
                                   r"FPR|RPA|Kigali|regime|(?:\w+['’]s?\s+){0,2}(?:own\s+)?intelligence)|\bt[ée]moignages?\b"
                                   r"[^.;?!]{0,40}?\b(?:recueillis|fabriqu[ée]s|pr[ée]par[ée]s|fournis|dict[ée]s)\s+par\s+"
                                   r"(?:le\s+FPR|l['’]APR|Kigali|le\s+r[ée]gime|les\s+services))"), 0.8, True, None, False,
         "survivors' and witnesses' accounts said to be the RPF's product"),
    Rule("spontaneity", _c(r"(?P<m>\b(?:what\s+followed|the\s+killings?|the\s+massacres?|it)\s+(?:was|were)\s+(?:just\s+|"
                           r"simply\s+|mere\s+|only\s+|pure\s+)?(?:panic|chaos|anarchy|a\s+panic)\b)"), 0.78, True,
         lambda s, m: _killing_ctx(s, m) and _not_negated(s, m), False,
         "the killing presented as panic or chaos"),
)
RULES = RULES + _ROUND7_RULES


def _war_only(sentence: str, m: re.Match) -> bool:
    """"It was a war": not "it was a war and a genocide"."""
    return not re.search(r"g[ée]nocid", sentence[m.end():m.end() + 40], re.I) and _rwanda_ctx(sentence, m) \
        and _not_negated(sentence, m)


# "Nobody should stop calling it a genocide", "we will never stop …", « personne ne doit cesser de parler de
# génocide »: the refusal itself refused.
_REFUSAL_NEGATED = re.compile(r"\b(?:nobody|no\s+one|none\s+of\s+us|never|won['’]t|will\s+not|cannot|can['’]t|"
                              r"must\s+not|mustn['’]t|should\s+not|shouldn['’]t|(?:do|did)\s+not|don['’]t|"
                              r"didn['’]t|refuse\w*\s+to|personne|jamais|ne\s+(?:doit|devons|devez|faut)\s+pas|"
                              r"n['’](?:arr[êe]t|cess)\w*\s+pas)\b(?:\W+\w+){0,3}?\W*$", re.I)


def _refusal_not_negated(sentence: str, m: re.Match) -> bool:
    before = sentence[max(0, m.start("m") - 40):m.start("m")]
    return not _REFUSAL_NEGATED.search(before) and _not_negated(sentence, m)


_ROUND6_RULES: tuple[Rule, ...] = (
    # "So stop calling it a genocide against the Tutsi", "don't call it a genocide", « arrêtez de parler de génocide »
    Rule("definitional_denial", _c(r"(?P<m>\b(?:stop|quit)\s+(?:calling|labell?ing|describing)\s+(?:it|this|that|"
                                   r"what\s+happened|1994|the\s+killings|these\s+events)\s+(?:as\s+)?(?:an?\s+|the\s+)?"
                                   r"genocide\b|\b(?:don['’]t|do\s+not|never|(?:we|you)\s+(?:should\s+not|shouldn['’]t))\s+"
                                   r"call\s+(?:it|this|that|what\s+happened)\s+(?:an?\s+|the\s+)?genocide\b|"
                                   r"\b(?:arr[êe]te[zr]?|cesse[zr]?)\s+(?:donc\s+)?(?:de\s+|d['’])(?:parler\s+de|appeler\s+(?:ça|"
                                   r"cela)|qualifier\s+(?:ça|cela)\s+de)\s+(?:un\s+)?g[ée]nocide\b)"), 0.8, True,
         _refusal_not_negated, False, "the word genocide refused"),
    Rule("definitional_denial", _c(r"(?P<m>\bgenocide\s+my\s+(?:foot|ass|arse)\b|\b(?:never|did\s+not|didn['’]t)\s+find\s+"
                                   r"(?:any|a)\s+genocide\b(?![-‐]|\s+(?:era|documents?|suspects?|files?|records?|archives?))|\bfound\s+no\s+"
                                   r"(?:evidence\s+of\s+(?:a\s+)?)?genocide\b(?![-‐]|\s+(?:era|documents?|suspects?|files?|"
                                   r"records?|archives?))|"
                                   r"\bn['’]a\s+(?:jamais\s+)?(?:trouv[ée]|constat[ée])\s+(?:aucun|de)\s+g[ée]nocide\b)"), 0.84,
         True, None, False, "the genocide denied outright"),
    Rule("definitional_denial", _c(r"(?P<m>\b(?:it|this|that|c['’])\s*(?:was|était|est|fut)\s+(?:just\s+|only\s+|simply\s+|"
                                   r"merely\s+|juste\s+|seulement\s+|simplement\s+)?(?:a\s+|une\s+)?(?:war|guerre)\b)"),
         0.78, True, _war_only, False, "the genocide reduced to a war"),
    Rule("blame_shifting", _c(r"(?P<m>\b(?:it\s+was|c['’]est|c['’]était|c['’]est\s+bien)\s+(?:the\s+|le\s+|l['’]|les\s+)?(?:RPF|FPR|"
                              r"RPA|APR|Kagame(?:['’]s\s+(?:people|men|soldiers|army|troops))?|hommes\s+de\s+Kagame|Tutsi\w*|"
                              r"rebels?)\s+(?:who|qui)\s+(?:shot|brought|downed|fired|a\s+abattu|ont\s+abattu|abattit|"
                              r"started|began|a\s+commenc[ée]|ont\s+commenc[ée]|a\s+d[ée]clench[ée]))"), 0.82, True, None, False,
         "the other side asserted as the one who struck first"),
    Rule("double_genocide", _c(r"(?P<m>\b(?:so\s+much|all\s+this|everything)\s+about\s+the\s+Tutsis?\b[^.?!]{0,60}\b(?:nothing|"
                               r"never|little|silence)\s+(?:about|on|for)\b[^.?!]{0,40}\bHutus?\b|\btant\s+(?:parl[ée]\s+)?des\s+"
                               r"(?:morts\s+)?tutsis?\b[^.?!]{0,60}\brien\s+(?:sur|des)\b[^.?!]{0,40}\bhutus?\b)"), 0.8, True,
         None, False, "the Tutsi dead set against forgotten Hutu dead"),
    Rule("role_reversal", _c(r"(?P<m>\bHutus?\b[^.?!]{0,90}\b(?:(?:are|were)\s+never\s+called\s+victims|nobody\s+(?:talks|speaks|"
                             r"cares)|no\s+one\s+(?:talks|speaks|mentions|cares)|dont\s+personne\s+ne\s+parle|sans\s+que\s+"
                             r"personne\s+ne\s+s['’]en\s+[ée]meuve|personne\s+n['’]en\s+parle))"), 0.8, True, _rwanda_ctx, False,
         "the Hutu cast as the forgotten, real victims"),
    Rule("minimisation", _c(r"(?P<m>\bhow\s+could\s+(?:a\s+million|\d[\d,.]*|so\s+many|that\s+many)\b[^.?!]{0,40}\b(?:have\s+died|"
                            r"have\s+been\s+killed|be\s+dead|die)\b|\bcomment\s+(?:un\s+million|\d[\d\s.]*|autant)\b[^.?!]{0,40}"
                            r"\b(?:auraient|pourraient)\s+(?:pu\s+)?(?:mourir|p[ée]rir|[êe]tre\s+tu[ée]s))"), 0.8, True, _rwanda_ctx,
         False, "the toll called impossible"),
    Rule("minimisation", _c(r"(?P<m>\b(?:ne\s+d[ée]pass\w*\s+pas|did\s+not\s+exceed|never\s+exceeded|no\s+more\s+than|at\s+most|"
                            r"au\s+plus|tout\s+au\s+plus|fewer\s+than|less\s+than|moins\s+de|only|seulement|à\s+peine|barely|"
                            r"maybe|perhaps|peut-[êe]tre)\s+(?:a\s+few\s+|quelques\s+)?(?:tens\s+of\s+thousands|dizaines\s+de\s+"
                            r"milliers|(?:a\s+)?few\s+thousand|quelques\s+milliers|\d{1,2}(?:[\s,.\u202f]?000|k)))\b"), 0.8, True,
         _small_toll_ctx, False, "the toll put at a small fraction of every estimate"),
    Rule("accusation_in_mirror", _c(r"(?P<m>\b(?:they|the\s+Tutsis?|the\s+inyenzi|ils|les\s+tutsis?)\s+(?:were|was|are|étaient|"
                                    r"sont)\s+(?:planning|preparing|going|about|ready|prêts?|en\s+train)\s+(?:to\s+|de\s+|à\s+)?"
                                    r"(?:wipe\s+us\s+out|kill\s+us|exterminate\s+us|destroy\s+us|nous\s+exterminer|nous\s+tuer|"
                                    r"nous\s+[ée]liminer)|\b(?:we\s+just\s+)?got\s+there\s+(?:before|first)\b|\bstruck\s+first\b)"),
         0.82, True, None, False, "the victims accused of the extermination being done to them"),
    Rule("spontaneity", _c(r"(?P<m>\b(?:killings?|massacres?|violence|slaughter)\s+(?:just\s+|simply\s+)?(?:erupt\w*|exploded|broke\s+"
                           r"out)\b[^.?!]{0,60}\b(?:furious|fury|anger|angry|rage|grief|panic))"), 0.8, True, None, False,
         "the killing as an outburst of anger"),
    Rule("dehumanisation", _c(r"(?P<m>\bdrink\s+(?:our|Rwandan|Hutu|human|the\s+\w+)?\s*blood\b|\bbloodsuckers?\b|\bbuveurs?\s+"
                              r"de\s+sang\b|\bsuceurs?\s+de\s+sang\b)"), 0.8, True, _rwanda_ctx, False,
         "people cast as blood-drinkers"),
)
RULES = RULES + _ROUND6_RULES

# Round 8 (2026-11-26), from the training sets written blind for the second look: the blame put on
# the RPF by name ("the true culprit is the RPF", "who really started the war?"), the aftermath laid
# at the invaders' door, and the French "civil war with dead on both sides".
_ROUND8_RULES: tuple[Rule, ...] = (
    Rule("blame_shifting", _c(r"(?P<m>\b(?:the\s+)?(?:true|real|actual)\s+(?:culprits?|guilty\s+part(?:y|ies)|criminals?|"
                              r"aggressors?|ones?\s+responsible)\s+(?:is|are|was|were)\s+(?:the\s+)?(?:RPF|RPA|Kagame|"
                              r"Tutsi|rebels?|Inkotanyi|invaders?)\b|\b(?:les\s+)?vrais?\s+(?:coupables?|responsables?|"
                              r"agresseurs?)\s+(?:sont|est|étaient|était|c['’]est)\s+(?:le\s+|l['’]|les\s+)?(?:FPR|APR|"
                              r"Kagame|Tutsi|rebelles?|Inkotanyi|envahisseurs?)\b)"), 0.84, True, None, False,
         "the blame for the killing put on the RPF"),
    Rule("blame_shifting", _c(r"(?P<m>\b(?:everything|all)\s+that\s+followed\s+(?:is|was)\s+(?:on\s+them|their\s+(?:fault|"
                              r"doing|responsibility))|\btout\s+ce\s+qui\s+a\s+suivi\s+(?:est|leur\s+est)\s+"
                              r"(?:de\s+leur\s+faute|imputable))"), 0.82, True, _rwanda_ctx, False,
         "what followed laid at the invaders' door"),
    Rule("blame_shifting", _c(r"(?P<m>\bwho\s+(?:actually|really|truly|in\s+fact|first)\s+started\s+(?:the|that|this)\s+"
                              r"war\b|\bqui\s+a\s+(?:vraiment|r[ée]ellement|en\s+fait)\s+(?:commenc[ée]|d[ée]clench[ée])"
                              r"\s+(?:la|cette)\s+guerre\b)"), 0.8, True,
         lambda s, m: bool(re.search(r"\b(?:RPF|FPR|RPA|APR|Uganda|Ouganda|invad\w*|envah\w*|1990)\b", s, re.I)) and (
             s.rstrip().endswith("?") or bool(re.fullmatch(r"\s*(?:(?:and|but|so|now|et|mais|alors)\b\W*)?",
                                                           s[:m.start()], re.I))),
         False, "the war, and so the killing, blamed on the side that invaded (asked, not studied)"),
    Rule("double_genocide", _c(r"(?P<m>\bguerre\s+civile\b[^.;!?]{0,60}?\b(?:des\s+deux\s+c[ôo]t[ée]s|de\s+part\s+et\s+"
                               r"d['’]autre|dans\s+les\s+deux\s+camps))"), 0.8, True, _rwanda_ctx, False,
         "a civil war with dead on both sides, in place of the genocide"),
)
RULES = RULES + _ROUND8_RULES


# Session 7 (2026-11-26), from the training sets check-train7 to check-train9: witnesses who "learned
# their lines" and NGOs that "live off the tragedy"; the toll called "a political number", "pumped
# up", « on vous ment »; a "real total" far below every estimate and a million dead "arithmetically
# impossible"; "both sides killed on the same scale", "everyone was killing everyone", « les vrais
# massacreurs »; the plane laid at the RPF's door in a cleft ("It was the RPF that shot down …",
# « C'est Kagame qui a fait abattre l'avion »); killers as "fathers defending their families".
_ROUND9_RULES: tuple[Rule, ...] = (
    Rule("attack_on_witnesses", _c(r"(?P<m>\b(?:witnesses|survivors|rescap[ée]s|t[ée]moins)\s+(?:who|that|qui)\s+"
                                   r"(?:had\s+|have\s+|ont\s+)?(?:learn(?:ed|t)|rehearsed|recite[ds]?|memori[sz]ed|"
                                   r"appris|r[ée]cit[ée]\w*)\s+(?:their|leur|leurs)\s+(?:lines|script|story|part|le[çc]ons?|"
                                   r"r[ôo]les?|textes?)|\b(?:NGOs?|ONG|activists|associations|charities|experts)\s+(?:that|who|"
                                   r"qui)\s+(?:live|feed|profit|thrive|vivent|profitent)\s+(?:off|on|from|de)\s+(?:the\s+|la\s+|"
                                   r"le\s+)?(?:tragedy|genocide|dead|trag[ée]die|g[ée]nocide|morts|m[ée]moire))"),
         0.84, True, _rwanda_ctx, False, "witnesses said to recite a script, or NGOs said to live off the dead"),
    Rule("fabrication", _c(r"(?P<m>\b(?:an?|the|this|that)\s+(?:political|invented|made-up|fake|fictitious|inflated)\s+"
                           r"(?:number|figure|toll|total)|\b(?:numbers?|figures?|toll|totals?|dead|chiffres?|bilans?)\b"
                           r"[^.;]{0,30}?\b(?:were|was|got|have\s+been|ont\s+[ée]t[ée]|a\s+[ée]t[ée])\s+(?:\w+\s+)?"
                           r"(?:pumped\s+up|blown\s+up|padded|gonfl[ée]e?s?)|\bon\s+vous\s+ment\b|\bthey(?:['’]ve|\s+have)"
                           r"\s+(?:been\s+)?lying\s+to\s+you\b|\bpersonne\s+n['’]a\s+jamais\s+(?:vraiment\s+|s[ée]rieusement\s+)?"
                           r"compt[ée])"), 0.82, True, _rwanda_ctx, False,
         "the toll or the history called invented or inflated"),
    Rule("minimisation", _c(r"(?P<m>\b(?:the\s+)?(?:real|true|actual|honest)\s+(?:toll|total|number|figure|count)\b"
                            r"[^.;]{0,30}?\b(?:was|is|at|of)\s+(?:maybe\s+|perhaps\s+|probably\s+|around\s+|about\s+|at\s+most\s+|"
                            r"no\s+more\s+than\s+|some\s+)*\d{1,3}(?:[,\s]\d{3})?\b(?![,\s]\d{3}[,\s]\d{3})|\b(?:a\s+)?million\s+"
                            r"(?:dead\s+)?(?:Tutsis?\s+)?(?:dead\s+)?(?:is|was)\s+(?:\w+\s+)?(?:impossible|a\s+fantasy|absurd)|"
                            r"\bTutsis?\s+(?:were|was|made\s+up)\s+(?:only\s+)?\d{1,2}\s*%\s*(?:max|at\s+most|tops))"),
         0.82, True, _rwanda_ctx, False, "the toll brought down to a fraction of every estimate"),
    Rule("double_genocide", _c(r"(?P<m>\bboth\s+sides\s+(?:killed|massacred|slaughtered)\s+(?:on\s+the\s+same\s+scale|"
                               r"(?:just\s+)?as\s+many|equally)|\beveryone\s+was\s+killing\s+everyone|\btout\s+le\s+monde\s+"
                               r"tuait\s+tout\s+le\s+monde|\bles\s+vrais\s+(?:massacreurs|tueurs|g[ée]nocidaires)|\bthe\s+real\s+"
                               r"(?:killers|g[ée]nocidaires|perpetrators)\s+(?:are|were|sit|rule))"), 0.84, True, _rwanda_ctx,
         False, "the killing shared out between both sides, or the real killers said to be the RPF"),
    Rule("blame_shifting", _c(r"(?P<m>\b(?:it\s+was|c['’]est|c['’]était)\s+(?:the\s+|le\s+|les\s+)?(?:RPF|FPR|RPA|APR|"
                              r"Kagame(?:['’]s\s+men)?|rebelles\s+de\s+Kagame|Tutsi\s+rebels|Inkotanyi|hommes\s+de\s+Kagame)"
                              r"[^.;]{0,40}?\b(?:that|who|qui)\s+(?:\w+\s+){0,2}?(?:shot\s+down|downed|abattu|abattre|"
                              r"fait\s+abattre|ont\s+abattu|a\s+abattu)\b[^.;]{0,40}?\b(?:plane|aircraft|avion))"), 0.8, False,
         None, False, "the attack on the plane, which no court has attributed, laid at the RPF's door as a fact"),
    Rule("justification", _c(r"(?P<m>\b(?:fathers|men|peasants|people|villagers)\s+(?:\w+\s+)?(?:defending|protecting)\s+"
                             r"(?:their|its)\s+(?:families|homes|children|land|country)|\ba\s+nation\s+rising\s+(?:up\s+)?"
                             r"against\s+(?:an?\s+)?(?:invading|invader)|\bun\s+peuple\s+qui\s+se\s+d[ée]fend)"), 0.8, True,
         _rwanda_ctx, False, "the killers cast as defenders of their families"),
)
RULES = RULES + _ROUND9_RULES

# Session 8 (2026-11-26), from the training sets check-train10 and check-train11: the toll said to
# grow with each year or each anniversary ("funny how the death toll grows a little bit every
# anniversary"), and the plane's downing laid at the RPF's door by asking who gained from it (cui
# bono). Over every labelled set that is not held out, these match only those sets' denial fixtures.
# "Investigators asked who benefited from the attack": the question is someone's inquiry, reported.
_ASKED_BY = re.compile(r"\b(?:asked|asks|wondered|examined|investigat\w*|inquir\w*|looked\s+into|considered|"
                       r"whether|se\s+sont\s+demand[ée]s)\s*$", re.I)
_ROUND10_RULES: tuple[Rule, ...] = (
    Rule("minimisation", _c(r"(?P<m>\b(?:numbers?|figures?|toll|counts?|totals?|chiffres?|bilans?)\s+(?:\w+\s+){0,2}?"
                            r"(?:(?:only|just|always|keeps?|kept|ever|still|somehow)\s+)*(?:go(?:es)?\s+up|going\s+up|"
                            r"went\s+up|grows?|growing|rises?|rising|climbs?|climbing|gets?\s+bigger|getting\s+bigger|"
                            r"augmente\w*|grossi\w*|gonfle\w*)\b[^.;!?]{0,90}?\b(?:every|each|the\s+longer|chaque|"
                            r"year\s+after\s+year|anniversar\w+))"), 0.8, True, _not_negated, False,
         "the toll said to grow with each year: inflated"),
    Rule("blame_shifting", _c(r"(?P<m>\bwho\s+(?:really\s+|actually\s+|truly\s+|stood\s+to\s+)?(?:gained?|"
                              r"benefit(?:t?ed|s)?|profit(?:ed|s)?)\s+from\s+(?:that|the|this)\s+(?:plane|crash|attack|"
                              r"assassination|missile|shoot(?:ing)?[- ]down)|\bà\s+qui\s+(?:a\s+)?profit[ée]\s+(?:le\s+crime|"
                              r"l['’]attentat))"), 0.74, False, lambda s, m: _not_negated(s, m) and not _ASKED_BY.search(
                                  s[max(0, m.start() - 40):m.start()]), False,
         "the plane's downing laid at the RPF's door by asking who gained from it"),
)
RULES = RULES + _ROUND10_RULES

# Session 13 (2026-11-27), from the markers missed leave one set out: the plane's downing laid at the
# RPF's door as common knowledge ("Everybody knows the RPF shot down his plane", « Le président a été
# assassiné par le FPR, tout le monde le sait », "Who really shot down the plane, if not Kagame's men?").
# No court has said who fired; a text that reports an inquiry's or a judge's finding says so in other words
# (the check below leaves out a sentence that names an inquiry as open, as `_blame_rpf` does).
_RPF_SIDE_WORDS = r"(?:RPF|FPR|RPA|APR|Kagame(?:['’]s\s+(?:men|soldiers|troops))?|hommes\s+de\s+Kagame|rebelles|rebels|Inkotanyi)"
_DOWNED = r"(?:shot\s+down|shoot\s+down|downed|brought\s+down|abattu|abattre|assassin[ée]\w*|killed\s+(?:the\s+)?president)"
_PLANE_WORDS = r"(?:plane|aircraft|jet|avion|pr[ée]sident|Habyarimana)"
_COMMON_KNOWLEDGE = re.compile(r"\b(?:every(?:one|body)\s+knows|we\s+all\s+know|the\s+whole\s+world\s+knows|"
                               r"tout\s+le\s+monde\s+(?:le\s+)?sait|on\s+le\s+sait|of\s+course|obviously|bien\s+s[ûu]r|"
                               r"[ée]videmment|if\s+not|si\s+ce\s+n['’]est|who\s+really|qui\s+a\s+vraiment|themselves|"
                               r"eux-m[êe]mes|the\s+truth\s+is|la\s+v[ée]rit[ée]\s+c['’]est)\b", re.I)
_ROUND13_RULES: tuple[Rule, ...] = (
    Rule("blame_shifting", _c(r"(?P<m>\b" + _RPF_SIDE_WORDS + r"\b[^.;?!]{0,40}?\b" + _DOWNED + r"\b[^.;?!]{0,40}?\b" +
                              _PLANE_WORDS + r"\b|\b" + _PLANE_WORDS + r"\b[^.;?!]{0,50}?\b" + _DOWNED +
                              r"\s+(?:par|by)\s+(?:le\s+|les\s+|the\s+)?" + _RPF_SIDE_WORDS + r"\b|\b" + _DOWNED +
                              r"\b[^.;?!]{0,40}?\b" + _PLANE_WORDS + r"\b[^.;?!]{0,30}?\bif\s+not\s+(?:by\s+)?" +
                              _RPF_SIDE_WORDS + r"|\b" + _RPF_SIDE_WORDS + r"\b[^.;?!]{0,30}?\bshot\s+(?:that|the|his|this)\s+"
                              r"(?:plane|aircraft|jet)\s+down)"), 0.78, False,
         # ("SAM: Honestly, I think the RPF shot that plane down": a speaker's stated opinion, which the
         # transcript's next speaker answers, is left to the classifiers)
         lambda s, m: bool(_COMMON_KNOWLEDGE.search(s)) and _blame_rpf(s, m) and
         not re.search(r"\b(?:I|we)\s+(?:\w+\s+)?(?:think|believe|suspect|guess)\b|\bje\s+(?:pense|crois)\b", s) and
         not re.search(r"\b(?:accus\w*|alleg\w*|claim\w*|blamed|suspect\w*|thesis|th[èe]se|hypoth\w*|theory|"
                       r"investigat\w*|inquir\w*|enqu[êe]t\w*|judge|juge|court|tribunal|warrants?|mandats?)\b",
                       s[:m.start()], re.I),
         False, "the plane's downing laid at the RPF's door as common knowledge"),
    # witnesses "paid by the prosecution", a court that "paid its witnesses to lie", "survivors paid to repeat one
    # version", "HRW = paid liars", « des rescapés payés pour témoigner »
    Rule("attack_on_witnesses", _c(r"(?P<m>\b(?:witnesses|survivors|guides|t[ée]moins|rescap[ée]s)\s+(?:who\s+(?:were|are)\s+|"
                                   r"qui\s+(?:étaient|sont)\s+)?(?:paid|bought|bribed|coached|pay[ée]s|achet[ée]s)\s+"
                                   r"(?:by|to|par|pour)\b|\b(?:paid|bought|bribed|coached)\s+(?:its|their|the|his|her)\s+"
                                   r"(?:own\s+)?witnesses\b|\bpaid\s+liars\b|\bmenteurs\s+pay[ée]s\b)"), 0.82, True,
         _witness_attack, False, "witnesses or survivors said to be paid to lie"),
    # the history said to be the winners' writing: "a victor who wrote the history", "let the winners write the
    # history", "the RPF got to write the story", "the winners' version", "invented by the winners"
    Rule("fabrication", _c(r"(?P<m>\b(?:victors?|winners?|side\s+that\s+won)\s+(?:who\s+|that\s+)?(?:wr[io]te|writes?|"
                           r"written|get\s+to\s+write|got\s+to\s+write)\s+(?:the\s+|its\s+|their\s+)?(?:history|story|"
                           r"narrative)|\blet(?:ting)?\s+the\s+(?:victors|winners)\s+write\s+the\s+(?:history|story)|"
                           r"\b(?:RPF|FPR|Kagame|Kigali)\s+got\s+to\s+write\s+the\s+(?:history|story)|"
                           r"\b(?:victors|winners)['’]\s+version\b|\binvented\s+by\s+the\s+(?:victors|winners)\b)"),
         0.8, True, lambda s, m: _rwanda_ctx(s, m) and _not_negated(s, m), False,
         "the history called the winners' writing"),
)
RULES = RULES + _ROUND13_RULES


# Session 16: the families the classifiers still missed most on sets they were not fitted to (blame
# shifting, justification, accusation in a mirror; leave-one-set-out, scripts/train_check_models.py).
# The plane's downing laid at the RPF's door as a proven fact ("a French judge proved it", "everyone in
# Kigali knew it"): the French investigation ended in a dismissal, no court has established it.
_PROOF_CUE = re.compile(r"\b(?:proved?|proven|prouv\w*|d[ée]montr\w*|established|[ée]tabli\w*|concluded|conclu\w*|"
                        r"confirmed|confirm[ée]\w*|showed|shown|every(?:one|body)\b[^.;]{0,25}?\bknew|"
                        r"tout\s+le\s+monde\b[^.;]{0,20}?\bsavait)\b", re.I)
_PROOF_DENIED = re.compile(r"\b(?:never|not|no\s+(?:court|judge|inquiry|one)|nobody|without|jamais|pas|aucun\w*|"
                           r"n['’]a\s+jamais|whether|si)\b[^.;]{0,30}?$", re.I)
_FIRED_AT_PLANE = r"(?:fired\s+(?:the\s+)?(?:missiles?|rockets?)|tir[ée]\w*\s+(?:les\s+)?missiles?)"


def _plane_proved(sentence: str, m: re.Match) -> bool:
    cue = _PROOF_CUE.search(sentence)
    if cue is None or _PROOF_DENIED.search(sentence[:cue.start()]):
        return False
    return _blame_rpf(sentence, m) and not re.search(r"\b(?:I|we)\s+(?:\w+\s+)?(?:think|believe|suspect)\b", sentence)


def _invasion_blamed(sentence: str, m: re.Match) -> bool:
    return _not_negated(sentence, m) and not _RPF_CRIMES.search(sentence) and _rwanda_ctx(sentence, m)


def _defence_claimed(sentence: str, m: re.Match) -> bool:
    # ("RPF units defended their positions", "the women defended their children against the militia": not the killers')
    if re.search(r"\b(?:RPF|FPR|RPA|APR|Inkotanyi|rescuers?|survivors?|rescap[ée]s)\b", sentence[:m.start("m")], re.I) or \
            re.search(r"\b(?:against|from)\s+the\s+(?:militias?|Interahamwe|killers|g[ée]nocidaires)\b|"
                      r"\bcontre\s+les\s+(?:milices|tueurs|Interahamwe)\b", sentence[m.end("m"):m.end("m") + 40], re.I):
        return False
    return _not_negated(sentence, m)


_ROUND16_RULES: tuple[Rule, ...] = (
    Rule("blame_shifting", _c(r"(?P<m>\b" + _RPF_SIDE_WORDS + r"\b[^.;?!]{0,40}?\b(?:" + _DOWNED + r"|" + _FIRED_AT_PLANE +
                              r")\b(?:[^.;?!]{0,40}?\b" + _PLANE_WORDS + r"\b)?|\b" + _PLANE_WORDS + r"\b[^.;?!]{0,50}?\b" +
                              _DOWNED + r"\s+(?:par|by)\s+(?:le\s+|les\s+|the\s+)?" + _RPF_SIDE_WORDS + r"\b)"),
         0.78, False, _plane_proved, False, "the plane's downing laid at the RPF's door as proven"),
    Rule("blame_shifting", _c(r"(?P<m>\b(?:remember|n['’]oubliez\s+pas)\s+who\s+started\s+it\b|\b(?:everything|all|whatever)\s+"
                              r"(?:that\s+)?(?:followed|happened|came\s+(?:after|next))\b[^.;]{0,40}?\b(?:was|is)\s+"
                              r"(?:only\s+|just\s+|simply\s+)?(?:the\s+|a\s+)?(?:consequence|result|response|reaction|"
                              r"fault|on\s+(?:them|Kagame|the\s+RPF))\b|\b(?:consequence|result)\s+of\s+(?:that|their|this|"
                              r"the\s+RPF['’]?s?)\s+(?:aggression|invasion|attack)|\b(?:a\s+)?(?:response|reaction)\s+to\s+"
                              r"(?:their|the\s+RPF['’]s|this|that)\s+(?:aggression|invasion)|\bbrought\s+(?:the\s+)?"
                              r"(?:killing|killings|massacres?|slaughter|violence|it)\s+(?:down\s+)?(?:up)?on\s+(?:its|their)\s+"
                              r"own\s+people|\btout\s+est\s+parti\s+de\s+l[àa]|\b(?:l['’]agression|l['’]invasion|"
                              r"l['’]attaque)\s+qui\s+a\s+tout\s+d[ée]clench[ée])"),
         0.8, True, _invasion_blamed, False, "the killings laid at the door of the RPF's war"),
    Rule("role_reversal", _c(r"(?P<m>\b(?:only|simply|just|merely|nothing\s+but|no\s+more\s+than|ne\s+(?:faisai(?:en)?t|"
                             r"faisions|ont\s+fait)\s+que|seulement|simplement)\s+(?:\w+\s+)?(?:defend(?:ed|ing)?|"
                             r"protect(?:ed|ing)?|d[ée]fend\w*|prot[ée]g\w*)\s+(?:their|our|his|its|leurs?|nos|notre|sa|son|"
                             r"ses)\s+(?:own\s+)?(?:families|family|hills|homes|country|land|lives|people|children|"
                             r"familles?|collines|pays|terres?|enfants)\b|"
                             # "the population rose to defend itself", « des paysans affolés se sont défendus »
                             r"\b(?:population|peasants|farmers|villagers|paysans|cultivateurs)\s+(?:\w+\s+){0,2}?"
                             r"(?:rose\s+(?:up\s+)?to\s+defend|defended\s+(?:itself|themselves|their\s+hills)|"
                             r"s['’]est\s+d[ée]fendue|se\s+sont\s+d[ée]fendus)\b)"),
         0.78, True, lambda s, m: _defence_claimed(s, m) and _rwanda_ctx(s, m), False,
         "the killing presented as self-defence: the killers as the ones attacked"),
    # "Anyone would have defended his family": the killing as what anyone would have done (justification:
    # understandable)
    Rule("justification", _c(r"(?P<m>\banyone\s+would\s+have\s+(?:defended|protected|done\s+the\s+same)\b|"
                             r"\bn['’]importe\s+qui\s+(?:aurait|en\s+aurait)\s+fait\s+autant\b)"),
         0.78, True, lambda s, m: _defence_claimed(s, m) and _rwanda_ctx(s, m), False,
         "the killing presented as understandable: what anyone would have done"),
    Rule("accusation_in_mirror", _c(r"(?P<m>\b(?:they|the\s+Tutsis?|the\s+RPF|the\s+rebels|Inkotanyi)\s+(?:would\s+have|"
                                    r"were\s+going\s+to|were\s+about\s+to)\s+(?:done\s+it|do\s+it|done\s+the\s+same|"
                                    r"kill(?:ed)?|exterminat\w+|wip\w+\s+out)\s+(?:to\s+)?us\b|\bbefore\s+they\s+(?:clear|"
                                    r"kill|finish|exterminate|wipe\s+out)\s+us\b|\b(?:they|the\s+Tutsis?|the\s+RPF)\s+"
                                    r"had\s+(?:lists|a\s+list)\s+of\s+(?:our|Hutu)\s+names\b)"),
         0.8, True, _not_negated, False, "the victims said to plan what was done to them"),
)
RULES = RULES + _ROUND16_RULES


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
    # Straight single quotes around a whole utterance (four words or more; shorter ones are more
    # often scare quotes, and an apostrophe inside a word never opens or closes one).
    for m in re.finditer(r"(?<![\w'])'((?:[^'\n]|(?<=\w)'(?=\w)){3,400}?)'(?![\w])", text):   # "the UN's" inside
        if len(m.group(1).split()) >= 4:
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


# Mentioning a technique in order to reject it: "does not make the genocide a 'double genocide'",
# « parler de "second génocide" serait une erreur », "it would be wrong to call …", "what deniers call …".
_REJECT_BEFORE = re.compile(
    # "Nobody here is saying 'double genocide'", « ils ne font pas pour autant de 1994 un « double génocide » »
    r"\b(?:nobody|no\s+one|personne)\s+(?:\w+\s+){0,2}?(?:is\s+|was\s+)?(?:saying|says|said|calls?|called|calling|"
    r"claims?|claiming|ne\s+(?:dit|parle))\b(?:\W+\w+){0,4}\W*$|"
    r"\bne\s+(?:\w+\s+)?(?:fait|font|faisait|faisaient|rend\w*|transform\w*)\s+pas\b(?:\W+\w+){0,6}\W*$|"
    # "None of this turns the RPF's crimes into a second genocide"
    r"\bnone\s+of\s+(?:this|that|these|it)\b(?:\W+\w+){0,2}?\W+(?:turn\w*|make\w*|made|amount\w*|mean\w*|"
    r"constitut\w*|justif\w*|excus\w*|equal\w*)\b(?:\W+\w+){0,7}\W*$|"
    r"(?:\b(?:not|never|no\s+longer|nor|neither|hardly|pas|jamais)\b(?:\W+\w+){0,3}?\W+(?:is|was|were|are|be|been|"
    r"make|makes|made|amount\w*|constitut\w*|mean\w*|turn\w*|qualif\w*|justif\w*|excus\w*|equal\w*|était|est|"
    r"fait|font|fut|suffit|call|called|describe|described|speak\s+of|talk\s+of|saying|claiming|arguing|"
    r"suggesting|dire|pr[ée]tendre|affirmer|parler)\b(?:\W+\w+){0,4}\W*$)"
    r"|\b(?:not|pas|rather\s+than|instead\s+of|plut[ôo]t\s+que|au\s+lieu\s+de|ni)\s+(?:(?:for|pour)\s+)?(?:an?|the|"
    r"un|une|de|d['’]|du|of)?\s*[“\"«‘']?\s*$"
    r"|\b(?:refus\w*|reject\w*|rejet\w*|d[ée]non[cç]\w*|condemn\w*)\s+(?:\w+\s+){0,2}?(?:mots|words|terms?|termes|"
    r"language|langage|vocabula\w+|formules?|expressions?|labels?)\b[^.;]{0,80}$"
    r"|\b(?:make|makes|made|making|fait|faire)\s+(?:\w+\s+){0,3}?(?:sound|look|seem|appear|passer\s+pour|"
    r"ressembler\s+[àa])\s*(?:like|as)?\s*(?:an?\s+|une?\s+)?$"
    r"|\b(?:slogans?|catchphrases?|formula|mot\s+d['’]ordre|formule)\s+(?:of\s+|de\s+|du\s+)?(?:an?\s+|the\s+|la\s+|"
    r"une?\s+)?[“\"«‘']?\s*$"
    r"|\b(?:wrong|false|mistaken|misleading|absurd|inaccurate|erron[ée]\w*|faux|abusif|trompeur)\s+to\s+"
    r"(?:call|speak\s+of|describe|talk\s+of|treat|present|see)\b"
    r"|\b(?:(?:it\s+)?(?:is|would\s+be|est|serait)\s+(?:\w+\s+)?(?:wrong|false|mistaken|misleading|absurd|"
    r"erron[ée]e?|faux|abusif|trompeur|une\s+erreur|un\s+contresens)\s+(?:to|de|d['’]))"
    r"|\b(?:what|those\s+whom?|ce\s+que)\s+(?:the\s+|les\s+)?(?:deniers?|denialists?|revisionists?|negationists?|"
    r"n[ée]gationnistes|r[ée]visionnistes|propagandists|extremists|they)\s+(?:\w+\s+)?(?:call|term|describe|"
    r"appellent|nomment|d[ée]signent)"
    r"|\b(?:deniers?|denialists?|revisionists?|negationists?|n[ée]gationnistes?|r[ée]visionnistes?|propagandists?|"
    r"extremists?|génocidaires?|perpetrators?)(?:['’]s?)\s+(?:\w+\s+){0,2}?(?:claim|thesis|argument|story|version|"
    r"narrative|trope|talk|rhetoric|assertion|notion|theory|language|vocabulary|favourite|favorite|slogan|"
    r"th[èe]se|discours|r[ée]cit|rh[ée]torique|vocabulaire)"
    r"|\b(?:(?:seek|seeks|sought|try|tries|tried|attempt|attempts|attempted|aim|aims|want|wants|strategy|tactic|"
    r"effort|efforts)\s+(?:is\s+)?to\s+(?:\w+\s+){0,2}?(?:recast|reframe|rewrite|present|portray|depict|turn|"
    r"reduce|blur|dilute|relativi[sz]e|equate|minimi[sz]e|deny|dress)|cherch\w+\s+[àa]|tent\w+\s+de|vis\w+\s+[àa])"
    r"|\b(?:recast\w*|reframe\w*|rebrand\w*|reduc\w+\s+to|dress\w*\s+up\s+as|relativi[sz]\w*|equat\w+|"
    r"requalifi\w+|r[ée]dui\w+\s+[àa]|travesti\w*)\b[^.;]{0,60}$", re.I)
_REJECT_AFTER = re.compile(
    r"^[”\"»’']?\s*(?:\)\s*)?[^.;:]{0,40}?\b(?:(?:is|are|was|were|would\s+be|remains?|serait|est|reste|"
    r"constitue\w*)\s+(?:\w+\s+){0,2}?(?:wrong|a\s+mistake|an\s+error|false|misleading|a\s+fallacy|a\s+myth|"
    r"a\s+distortion|untenable|baseless|unfounded|a\s+lie|denial|a\s+form\s+of\s+denial|une\s+erreur|faux|fausse|"
    r"trompeu\w+|un\s+mythe|un\s+contresens|inexact\w*|absurd\w*|infond[ée]e?|une\s+forme\s+de\s+n[ée]gation|"
    r"n[ée]gationnis\w+)|(?:has|have)\s+been\s+(?:refuted|discredited|debunked|disproved|rejected)|a\s+[ée]t[ée]\s+"
    r"(?:r[ée]fut[ée]|d[ée]mentie?)|(?:does|do|did)\s+not\s+(?:survive|hold|stand)|(?:is|are|was|were)\s+"
    r"(?:contradicted|disproved|belied|refuted|rejected)\s+by|ne\s+r[ée]siste\s+pas)\b", re.I)
_CONDEMN = re.compile(
    r"\b(?:RTLM|R\.T\.L\.M|Kangura|Radio\s+(?:T[ée]l[ée]vision\s+)?(?:Libre\s+)?(?:des\s+)?Mille\s+Collines|"
    r"hate\s+(?:radio|media|speech|propaganda)|propaganda|propagande|slurs?|epithets?|insults?|injures?|"
    r"dehumani[sz]\w*|d[ée]shumanis\w*|incit\w+|Hutu\s+Power|broadcast\w*|"
    r"announcers?|animateurs?|newspaper|journal|editorials?|[ée]ditoriaux|speech(?:es)?|discours|rally|"
    r"meeting|chanted|chants?|slogans?|songs?|chansons?|Bikindi|Mugesera|Ngeze|Nahimana|Kantano|Bemeriki|"
    r"tribunal|ICTR|TPIR|convicted|condamn\w+|trial|procès|genocide\s+against\s+the\s+Tutsi|"
    r"g[ée]nocide\s+(?:contre\s+les|des)\s+Tutsi|perpetrators|génocidaires?|victims|survivors|rescap[ée]s|"
    r"term|word|mot|terme|meaning|means|signifi\w+|translat\w+|tradui\w+|called|appel\w+|referred|"
    r"nicknamed|dubbed|labell?ed|branded|surnomm\w+|qualifi\w+|trait(?:[ée]e?s?|ai\w*|ent)(?=\s+(?:de\b|d['’])))\b",
    re.I)
_GLOSS = re.compile(r"^\s*[(\[]|^\s*,\s*(?:or|i\.e\.|meaning|that\s+is|c['’]est-[àa]-dire|soit)\b", re.I)
_PRONOUN_START = re.compile(r"^\W*(?:they|their|these|such|this|those|for\s+them|in\s+their\s+(?:view|telling|"
                            r"version|account)|according\s+to\s+them|ils|leur|leurs|ces|cette|selon\s+eux|"
                            r"pour\s+eux|d['’]apr[èe]s\s+eux)\b", re.I)
_REPORTERS = re.compile(r"\b(?:deniers?|denialists?|negationists?|revisionists?|n[ée]gationnistes?|r[ée]visionnistes?|"
                        r"propagandists?|conspiracy\s+theorists?|RTLM|Kangura|extremists?|extr[ée]mistes?|"
                        r"Hutu\s+Power|the\s+defen[cs]e|defen[cs]e\s+(?:counsel|lawyers)|génocidaires?|"
                        r"denial|n[ée]gation(?:nisme)?|hate\s+(?:radio|media|speech)|propaganda|propagande)\b", re.I)


REJECTED = "mentioned in order to reject it"
# The genocide's name as the UN and Rwanda give it, and the words that say a name is being cited.
_OFFICIAL_NAME = re.compile(r"\b(?:genocide\s+against\s+the\s+Tutsis?|g[ée]nocide\s+(?:contre\s+les|des)\s+Tutsis?)\b",
                            re.I)
_NAMED_AS = re.compile(r"\b(?:named|renamed|renaming|known\s+as|officially|title[sd]?|entitled|designat\w+|"
                       r"refers?\s+to|(?:the\s+)?(?:name|term|wording|phrase)|porte\s+(?:\w+\s+)?sur|intitul\w+|"
                       r"d[ée]nomm\w+|rebaptis\w+|appel[ée]e?s?|d[ée]sign\w+|nom|terme|formule|officiel\w*)\b",
                       re.I)
_QUOTE_MARKS = "'\"‘’“”«»"
# A quoted term followed by a word that names it as talk, not as a thing: "the 'double genocide' talk".
_MENTIONED_TERM = re.compile(r"\s*[”\"»’']\s*(?:talk|thesis|theory|narrative|claims?|labels?|rhetoric|myth|"
                             r"argument|idea|notion|discourse|framing|line|trope|slogan|story|propaganda|camp|crowd|"
                             r"brigade|lobby|theorists?|proponents?|advocates?)\b", re.I)


# "The RPA's killings are real, but they are not evidence of a second genocide", « ne prouvent pas un second
# génocide »: the other genocide named to deny it (only that one: "not evidence of a genocide" is denial).
_NOT_EVIDENCE_OF = re.compile(r"\b(?:(?:not|no|never|nor)\s+(?:\w+\s+)?(?:evidence|proof|signs?|indication|basis)\s+"
                              r"(?:of|for)|(?:do|does|did)\s+not\s+(?:prove|show|establish|make|amount\s+to)|"
                              r"ne\s+(?:prouv\w+|montr\w+|constitu\w+|font|fait)\s+pas|aucune?\s+(?:preuve|signe|"
                              r"indice)\s+(?:d['’]|de|du))\s*(?:an?\s+|the\s+|any\s+|un\s+|une\s+)?[“\"«‘']?\s*$", re.I)
_OTHER_GENOCIDE = re.compile(r"\b(?:second|double|other|two|another|counter|second|autre|deux|double|contre)[- ]"
                             r"g[ée]nocides?\b|\bg[ée]nocides?\s+(?:against|of|contre|des)\s+(?:the\s+|les\s+)?Hutus?\b",
                             re.I)


def _rejects(text: str, sent: tuple[int, int], start: int, end: int) -> bool:
    """The marker's words are mentioned in order to be rejected (negated, called wrong, named as deniers')."""
    before = text[sent[0]:start]
    contrast = list(re.finditer(r"[;—–]|\b(?:but|yet|however|mais|pourtant|cependant)\b", before, re.I))
    tail = before[contrast[-1].end():] if contrast else before
    window = tail[-90:]
    if _REJECT_BEFORE.search(window) and not _UNTOLD.search(window):
        return True   # ("what the wire services will not tell you is that …" tells it, in the writer's voice)
    if _NOT_EVIDENCE_OF.search(window) and _OTHER_GENOCIDE.search(text[start:end]):
        return True   # ("they are not evidence of a second genocide"; of "a genocide" it would be a denial)
    return bool(_REJECT_AFTER.search(text[end:sent[1]]))


def _condemning_context(text: str, sent: tuple[int, int], start: int, end: int) -> bool:
    """Incitement vocabulary quoted in a history, report or editorial that names its source or condemns it."""
    sentence = text[sent[0]:sent[1]]
    if _GLOSS.search(text[end:end + 20]) or re.search(r"[(\[]\s*$", text[max(sent[0], start - 3):start]):
        return True   # "inyenzi (cockroaches)": a gloss of the word
    if _CONDEMN.search(sentence):
        return True
    para_start = text.rfind("\n", 0, sent[0]) + 1
    para_end = text.find("\n", sent[1])
    para = text[para_start:para_end if para_end >= 0 else len(text)]
    return bool(re.search(r"\b(?:RTLM|Kangura|hate\s+(?:radio|media|speech)|propagand\w+|incit\w+|"
                          r"dehumani[sz]\w*|d[ée]shumanis\w*|slurs?|genocide\s+against\s+the\s+Tutsi|"
                          r"g[ée]nocide\s+(?:contre\s+les|des)\s+Tutsi|tribunal|TPIR|ICTR)\b", para, re.I))


def _reported_by_context(text: str, sent: tuple[int, int], start: int) -> bool:
    """'Deniers say X. They also claim Y.': the previous sentence of the paragraph names whose view it is."""
    before = text[sent[0]:start]
    if not (_PRONOUN_START.search(before) or re.search(r"\b(?:seek|seeks|try|tries|aim|aims|want|wants|cherchent|"
                                                       r"tentent|veulent)\s+(?:to|[àa]|de)\b", before, re.I)):
        return False
    para_start = text.rfind("\n", 0, sent[0]) + 1
    previous = text[max(para_start, sent[0] - 400):sent[0]]
    return bool(_REPORTERS.search(previous))


_FACTCHECK_LABEL = re.compile(r"^\W*(?:claim|the\s+claim|myth|rumou?r|assertion|allegation|viral\s+(?:claim|post)|"
                              r"what\s+(?:they|deniers)\s+(?:say|claim)|allégation|affirmation|intox|rumeur|"
                              r"mythe|ce\s+qui\s+circule)\s*(?:\d+\s*)?[:—–-]\s", re.I)


# Techniques whose word a writer puts in scare quotes to sneer at it (the "survivors", the "official
# story"): a quotation of one or two words is then the writer's own.
SCARE_QUOTED = frozenset({"attack_on_witnesses", "fabrication"})


QUOTED_SHARE = 0.6   # of a sentence's characters inside quotation marks: the sentence quotes its marker


# A transcript's speaker turns: a line opening with a speaker's tag ("HOST:", "CALLER (Roger, Millbrook):",
# "[19:03] Member2:", « INVITÉE : »). The programme's own voice is its host's; a caller, a listener or a
# guest whom the tag names as such speaks in their own name, and the programme reports them. Only a tag
# that says the role counts: a guest tagged by surname alone ("HALLORAN:") may be the programme's co-author.
_SPEAKER_TAG = re.compile(r"(?:^[ \t]*(?:\[[^\]\n]{0,25}\][ \t]*)?(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3}?)"
                          r"|(?<=[.!?…][ \t])(?P<caps>[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+){0,2}))"
                          r"(?:[ \t]*\((?P<paren>[^)\n]{0,60})\))?[ \t]*:[ \t]", re.M)
_PARTICIPANT_ROLE = re.compile(r"\b(?:callers?|listeners?|guests?|interviewees?|audience(?:\s+member)?|"
                               r"(?:on\s+)?line\s+(?:\d+|one|two|three|four|five|six)|phone-in|"
                               r"auditeur|auditrice|appelant|appelante|invit[ée]e?)\b", re.I)


@functools.lru_cache(maxsize=16)
def participant_turns(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of a transcript's turns spoken by callers, listeners or guests whose tag names that role
    ("CALLER (Roger, Millbrook): …", "GUEST: …", "DENNIS (line two): …" and that speaker's later turns
    tagged by name alone). () unless the text has turns by at least two speakers and the last is the
    programme's."""
    # (an upper-case tag may also open a turn in the middle of a line: "… so they started it. HOST: The RPF …")
    tags = [(m.start(), (m.group("name") or m.group("caps")).strip(), m.group("paren") or "")
            for m in _SPEAKER_TAG.finditer(text)]
    if len({name.lower() for _, name, _ in tags}) < 2:
        return ()
    participants = {name.lower() for _, name, paren in tags if _PARTICIPANT_ROLE.search(name + " " + paren)}
    # ("GUEST (Victor Halloran)" and later "HALLORAN:" are one speaker)
    participants |= {w.lower() for _, name, paren in tags if _PARTICIPANT_ROLE.search(name)
                     for w in re.findall(r"[A-ZÀ-Ý][\w'’-]+", paren)[-1:]}

    def is_participant(name: str, paren: str) -> bool:
        return name.lower() in participants or bool(_PARTICIPANT_ROLE.search(name + " " + paren))

    # When the programme has the last word, it reports its callers and guests; when a caller has it (the
    # host's few lines only put them on air), the text is the caller's, as a comment appended to a post is.
    if is_participant(*tags[-1][1:]):
        return ()
    turns = []
    for (start, name, paren), nxt in zip(tags, tags[1:] + [(len(text), "", "")]):
        if is_participant(name, paren):
            turns.append((start, nxt[0]))
    return tuple(turns)


def marker_voice(text: str, sent: tuple[int, int], start: int, end: int, hedge: bool,
                 quotes: Sequence[tuple[int, int]], blocks: Sequence[tuple[int, int]],
                 attributions: Sequence[dict], technique: str = "") -> tuple[str, str]:
    """('own' | 'reported', why)."""
    sentence = text[sent[0]:sent[1]]
    # A match that runs into the closing (or opening) mark of a quotation it lies in is read as the
    # words inside, and so is a term quoted whole ("the “double genocide”", 'inyenzi'): a mention.
    # "Genocide" quoted whole is a scare quote, the writer's own (definitional denial).
    marks = (text[start] in _QUOTE_MARKS, text[end - 1] in _QUOTE_MARKS) if end - start > 2 else (False, False)
    if marks[0] != marks[1] or all(marks) and technique != "definitional_denial":
        start, end = start + marks[0], end - marks[1]
    if _rejects(text, sent, start, end):
        return "reported", REJECTED
    if any(t0 <= sent[0] < t1 for t0, t1 in participant_turns(text)):
        return "reported", "spoken by a caller or guest in a transcript"
    if technique == "definitional_denial" and _OFFICIAL_NAME.search(text[start:end]) and \
            _NAMED_AS.search(text[max(sent[0], start - 60):start]):
        # « la journée du 7 avril porte sur le « génocide contre les Tutsi » », "renamed it the 'genocide
        # against the Tutsi'": the quoted words are a name given, not the writer's sneer
        return "reported", "a name quoted as given"
    scare = False
    if _inside(start, end, quotes):
        region = next((s, e) for s, e in quotes if s <= start and end <= e)
        # the « rescapés », the "witnesses", the "experts": scare quotes, the writer's own irony, unless
        # the frames below say whose words they are
        scare = technique in SCARE_QUOTED and len(text[region[0]:region[1]].split()) <= 2
        if hedge:
            # a hedge inside a longer quotation is the quoted speaker's
            if len(text[region[0]:region[1]].split()) > 6:
                return "reported", "inside a quotation"
        elif not scare:
            return "reported", "inside a quotation"
    if _inside(start, end, blocks):
        return "reported", "inside a block quotation"
    if start <= sent[0] + 3 and end >= sent[1] - 3 and not _ENDORSE.search(sentence):
        # A marker on the whole sentence (a classifier's) of a sentence that is mostly a quotation
        # ("Case 47-015, post text: 'The ICTR acquitted most …'"): the quoted words are what it reads.
        quoted = sum(min(e, sent[1]) - max(s, sent[0]) for s, e in quotes if s < sent[1] and e > sent[0])
        if quoted >= QUOTED_SHARE * (sent[1] - sent[0]):
            return "reported", "the sentence is mostly a quotation"
    if technique != "definitional_denial" and not scare and any(s < start < e for s, e in quotes):
        return "reported", "it starts inside a quotation"   # « chantaient « exterminons-les » en brandissant … »
    if re.search(r"\b(?:phrase|words?|expression|slogan|term|euphemism|code\s+word|formule|mot|expression)\s*[,:]?\s*"
                 r"[“\"«‘']?\s*$", text[max(sent[0], start - 40):start], re.I) and \
            re.search(r"\b(?:meant|means|signif\w+|was\s+code|stood\s+for|voulait\s+dire|d[ée]sign\w+)\b",
                      text[start:sent[1]], re.I):
        return "reported", "a phrase quoted to explain it"
    if re.search(r"\b(?:meant|means|signif\w+|stood\s+for|translat\w+\s+as|voulait\s+dire|veut\s+dire)\s*[,:]?\s*"
                 r"[“\"«‘']\s*$", text[max(sent[0], start - 40):start], re.I):
        return "reported", "a phrase quoted to explain it"   # "a refrain whose words meant 'let us …'"
    if _MENTIONED_TERM.match(text[end:sent[1]]) and re.search(r"[“\"«‘']\s*$", text[max(sent[0], start - 3):start]):
        return "reported", "a term in quotation marks, mentioned, not used"   # "the 'double genocide' talk"
    if _FACTCHECK_LABEL.match(sentence) and start - sent[0] < 200:
        return "reported", "a fact-check label names it as the claim under review"
    if hedge:
        # 'A blog claims that the “so-called genocide” was …', 'His book had called … a "genocide" …': a hedge
        # in quotation marks inside a claim another makes is that claim's word; unquoted, the writer's own
        if any(q0 <= start + 1 and end - 1 <= q1 for q0, q1 in quotes) and \
                not _FIRST_PERSON.search(text[sent[0]:start]) and (
                _CLAIM_VERB.search(text[sent[0]:start]) or _FRAME.search(text[sent[0]:start]) or
                re.search(r"\b(?:had|has|have)\s+called\b", text[sent[0]:start], re.I)):
            return "reported", "a quoted hedge inside another's claim"
        return "own", "the writer's own hedge"
    # 'dismisses survivors as "coached performers"': the match runs into a quotation that a
    # reporting verb introduces; the charge is the quoted author's.
    opening = next((q0 for q0, _ in quotes if start < q0 < end), None)
    if opening is not None and re.search(rf"(?<![-\w])(?:{_REPORT_VERB}|as|comme)\b", text[start:opening], re.I):
        return "reported", "the charge is quoted"
    if technique in INCITEMENT_TECHNIQUES and _condemning_context(text, sent, start, end):
        return "reported", "quoted in a text that reports or condemns it"
    if _reported_by_context(text, sent, start):
        return "reported", "the previous sentence introduces whose view it is"
    endorsed = bool(_ENDORSE.search(sentence))
    before = text[sent[0]:start]
    contrast = list(_CONTRAST.finditer(before))
    if contrast:   # "they say X, but Y": Y is the writer's again
        before = before[contrast[-1].end():]
    for a in attributions or []:
        norm = a.get("normalized") or {}
        cs, ce = norm.get("content_start"), norm.get("content_end")
        if cs is None or ce is None or not (cs <= start and end <= ce) or endorsed:
            continue
        if technique not in INCITEMENT_TECHNIQUES and _FACTIVE.match(norm.get("verb") or ""):
            # "the UN's own experts found that both sides ...", "more than the official story admits":
            # a finding or an admission is cited as support, so the claim is the writer's own.
            continue
        if _CONTRAST.search(text[max(cs, a.get("end") or cs):start]):
            continue   # "the same story gets told, but <the writer's claim>"
        return "reported", f"attributed to {norm.get('speaker') or 'another speaker'}"
    told = re.search(rf"\b(?:{_REPORT_VERB})\s+(?:me|us)\s+(?:that|this|it|how)\b", before, re.I)
    if told:   # (what the writer is told "proves" something is the speaker's endorsement, not the writer's)
        return "reported", "told to the writer: " + told.group(0)[:60]   # "a man tells me this proves …"
    if _FIRST_PERSON.search(sentence) and not _CRITIQUE.search(sentence):
        return "own", "first person"
    frame = _FRAME.search(before)
    if frame is None and start <= sent[0] + 3:
        # A marker on the whole sentence (a classifier's) has nothing before it: a frame that opens
        # the sentence ("The soldiers said they had been ordered to kill …") makes it the speakers'.
        frame = _FRAME.search(sentence[:90]) or _INDIRECT_SPEECH.match(sentence)
        frame = frame if frame and frame.start() <= 40 else None
    if frame and not endorsed:
        return "reported", "reporting frame: " + frame.group(0)[:60]
    if _AS_FRAME.search(before) and not endorsed:
        return "reported", "presented by someone else as such"
    if _CLAIM_VERB.search(before) and not endorsed:
        return "reported", "a claim verb introduces it"
    if _CLAIM_FRAME.search(before):
        return "reported", "the claim is named as a claim"
    # A marker on the whole sentence has nothing before it: the frame opens the sentence.
    if _HEARD_FRAME.search(before if start > sent[0] + 20 else sentence[:90]) and not endorsed:
        return "reported", "introduced as what is commonly heard"
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


@functools.lru_cache(maxsize=None)
def _rule_factors(pattern: re.Pattern) -> frozenset[str] | None:
    return required_factors(pattern)


@functools.lru_cache(maxsize=1)
def _all_factors() -> tuple[str, ...]:
    return tuple(sorted(set().union(*(f for f in (_rule_factors(rule.pattern) for rule in RULES) if f))))


def _factors_present(text: str, sentences: Sequence[tuple[int, int]]) -> list[set[str]] | None:
    """For each sentence, the rules' required literals it contains (lowercased), found by one
    scan of the whole text per literal rather than one test per rule and sentence (the same
    sets; a fifth of the time). None when lowercasing changes the text's length (« İ »), where
    offsets would not carry over: the caller then tests each sentence."""
    lowered = text.lower()
    if len(lowered) != len(text) or any(b[0] < a[1] for a, b in zip(sentences, sentences[1:])):
        return None   # (overlapping or unordered spans: each sentence is tested on its own)
    starts = [s0 for s0, _ in sentences]
    present: list[set[str]] = [set() for _ in sentences]
    for factor in _all_factors():
        at = lowered.find(factor)
        while at >= 0:
            si = bisect.bisect_right(starts, at) - 1
            if si >= 0 and at + len(factor) <= sentences[si][1]:
                present[si].add(factor)
            at = lowered.find(factor, at + 1)
    return present


def rule_matches(text: str, sentences: Sequence[tuple[int, int]]) -> list[list[tuple[Rule, re.Match]]]:
    """Per sentence, the rules whose pattern and context check match, with their matches.

    This is most of the markers' cost (every rule's pattern over every sentence) and needs no
    sentence vectors: `check_text` runs it while the last sentences are still being embedded
    and hands the result to `detect_markers`."""
    out: list[list[tuple[Rule, re.Match]]] = []
    factors = [_rule_factors(rule.pattern) for rule in RULES]
    present = _factors_present(text, sentences)
    for si, (s0, s1) in enumerate(sentences):
        sentence = text[s0:s1]
        lowered = sentence.lower() if present is None else None
        topical = None   # the sentence with the topic of its neighbours, made when first needed
        matched: list[tuple[Rule, re.Match]] = []
        for rule, required in zip(RULES, factors):
            # Most rules cannot match most sentences: a sentence without any literal the pattern
            # requires is not scanned (same matches, a third of the time; see check.prefilter).
            if required is not None and (required.isdisjoint(present[si]) if present is not None
                                         else not any(f in lowered for f in required)):
                continue
            for m in rule.pattern.finditer(sentence):
                if rule.check is not None and not rule.check(sentence, m):
                    # A sentence of a text about the genocide need not name it ("the famous figure was
                    # fabricated in Kigali"): its neighbours' topic words are read as its own, written
                    # after it so that nothing it says before the match changes.
                    if topical is None:
                        topical = _with_topic(text, sentences, si)
                    if topical == sentence or not rule.check(topical, m):
                        continue
                matched.append((rule, m))
        out.append(matched)
    return out


def detect_markers(text: str, sentences: list[tuple[int, int]], language: str = "en",
                   attributions: list[dict] | None = None,
                   sentence_vectors: np.ndarray | None = None, use_embeddings: bool = True,
                   matches: list[list[tuple[Rule, re.Match]]] | None = None) -> list[Marker]:
    """Rhetoric markers in `text`, sentence by sentence; offsets index `text`.

    `sentence_vectors` (n_sentences x 384, unit rows, as from `factfinder.embed.encode`) avoids
    embedding the sentences again when the caller already has them. Without them the sentences
    are embedded here, unless `use_embeddings` is False: then rules and the TF-IDF classifier
    work alone (no exemplar similarity, so no classifier-only markers). `matches`, from
    `rule_matches(text, sentences)`, saves matching the rules again.
    """
    sentences = [(int(s), int(e)) for s, e in sentences]
    if matches is None or len(matches) != len(sentences):
        matches = rule_matches(text, sentences)
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
        if _INTERVIEW_QUESTION.match(text[s0:s1]):
            continue   # "Q: Were these killings a second genocide?": the interviewer asks, nobody asserts
        probs = scores["technique"][si] if scores is not None else None
        p_none = float(probs[tech_index["none"]]) if probs is not None else 0.0
        found: list[Marker] = []
        for rule, m in matches[si]:
            start, end = _trim(text, s0 + m.start("m"), s0 + m.end("m"))
            if end <= start:
                continue
            if rule.technique == "call_to_action" and _DESCRIBED_CALL.search(text[max(s0, start - 40):end]) and \
                    not _QUOTE_IN.search(text[s0:s1]):
                continue   # "convicted of publicly exhorting people to kill Tutsi": a call described, not made
            p_tech = float(probs[tech_index[rule.technique]]) if probs is not None else 0.0
            if not rule.strong and probs is not None and p_none > 0.8 and p_tech < 0.08:
                continue   # a weak pattern the classifiers firmly reject
            confidence = min(0.99, rule.confidence + (0.07 if p_tech >= 0.3 else 0.0))
            voice, why = marker_voice(text, (s0, s1), start, end, rule.hedge, quotes, blocks, attributions,
                                       rule.technique)
            if why == REJECTED:
                continue   # the technique is named in order to reject it: not a marker at all
            basis, citation = basis_for(rule.technique)
            found.append(Marker(start, end, text[start:end], rule.technique, voice, basis, citation,
                                round(confidence, 3), "combined" if p_tech >= 0.3 else "rule",
                                rule.explanation + (f"; {why}" if why else "")))
        if not found and scores is not None and "exemplar" in scores:
            found.extend(_classifier_marker(text, (s0, s1), si, scores, tech_index, quotes, blocks, attributions))
        elif found and scores is not None and "exemplar" in scores:
            # A sentence often carries two techniques ("a war the RPF started, with massacres on both
            # sides": blame shifting and double genocide) and a rule names one. The classifiers' own first
            # technique, past all their checks, is added when it is another. (Leave one set out over 36
            # sets: 73 more pairs, 69 of them right; precision 0.859 -> 0.864, recall 0.742 -> 0.750.)
            have = {m.technique for m in found}
            found.extend(m for m in _classifier_marker(text, (s0, s1), si, scores, tech_index, quotes, blocks,
                                                       attributions)
                         if m.technique not in have and float(probs[tech_index[m.technique]]) >= SECOND_TECHNIQUE_MIN_PROB)
        markers.extend(found)
    if scores is not None and "exemplar" in scores:
        markers.extend(_beside_marked(text, sentences, markers, scores, tech_index, quotes, blocks, attributions))
    return _dedupe([m for m in markers if not _quoted_label(text, m, quotes)])


def _quoted_label(text: str, marker: Marker, quotes: Sequence[tuple[int, int]]) -> bool:
    """A name for the other genocide quoted alone, in someone else's words: « la thèse d'un « double
    génocide » », 'talk of a "double genocide"', 'proof of a "second genocide"'. The label is mentioned,
    mostly to be answered, and asserts nothing: on the development sets 18 of 23 such markers stood where
    the labels mark none. A quoted claim ('"the RPF killed more Hutu …, a double genocide"') is longer."""
    if marker.technique != "double_genocide" or marker.voice != "reported":
        return False
    region = next(((a, b) for a, b in quotes if a <= marker.start and marker.end <= b + 1), None)
    return region is not None and len(text[region[0]:region[1]].split()) <= 3


def _beside_marked(text: str, sentences: list[tuple[int, int]], markers: list[Marker], scores: dict,
                   tech_index: dict, quotes, blocks, attributions) -> list[Marker]:
    """Classifier markers, on a lower bar (NEIGHBOUR_MIN_MARKER), for unmarked sentences within
    NEIGHBOUR_REACH of a sentence with an own-voice marker: denial comes in runs ("It was a civil war.
    The RPF invaded from Uganda. The rest is propaganda."), and a sentence of such a run that the
    classifiers are fairly sure of is more likely one of it than a stray. Within such a run three checks
    made for stray sentences are lifted (`_technique_fits` with `in_run`): a paragraph that speaks of RPF
    crimes, a blame with no word of blame ("It was their army that brought down our president's plane"),
    and the stance classifier's agreement; a run of denial marshals true facts to its end, and the
    sentence is then read for what it does there. (Leave-one-set-out over 32 sets, the run alone: recall
    0.728 -> 0.742, precision 0.865 -> 0.861. Over 36 sets in session 18, the lifted checks, a reach of 3
    sentences rather than 2 and a bar of 0.7 rather than 0.8: recall 0.688 -> 0.742, precision 0.870 ->
    0.859, stance 0.912 -> 0.926, no hard negative's own-voice marker more.)"""
    marked = {i for i, (a, b) in enumerate(sentences) for m in markers if a <= m.start < b and m.voice == "own"}
    found: list[Marker] = []
    for si, (s0, s1) in enumerate(sentences):
        if si in marked or any(s0 <= m.start < s1 for m in markers) or _INTERVIEW_QUESTION.match(text[s0:s1]):
            continue
        if any(j in marked for j in range(si - NEIGHBOUR_REACH, si + NEIGHBOUR_REACH + 1) if j != si):
            found.extend(_classifier_marker(text, (s0, s1), si, scores, tech_index, quotes, blocks, attributions,
                                            min_marker=NEIGHBOUR_MIN_MARKER, in_run=True))
    return found


# A call to kill told in the writer's words, no quotation ("RTLM's broadcasts incited listeners to kill
# Tutsi", "Bikindi received fifteen years for publicly urging people to kill Tutsi"): none of the labelled
# sets marks such a description (13 sentences), which tells of the crime and makes no call.
_DESCRIBED_CALL = re.compile(r"\b(?:urg(?:ed|ing|es)|exhort\w*|incit\w*|called\s+on|calling\s+on|calls\s+on|"
                             r"appel(?:ait|ant|é|aient)?\s+(?:les\s+\w+\s+)?[àa]|encourag\w*|pouss\w+\s+[àa])\b", re.I)
_QUOTE_IN = re.compile(r"[“”\"«»‘]|(?<!\w)'|'(?!\w)")
_TOPIC = re.compile(r"\b(?:genocid\w*|génocid\w*|Rwanda\w*|Tutsis?|Hutus?|massacres?|killings?|1994|RPF|FPR|Kagame|"
                    r"Interahamwe|victims?|victimes?|death\s+toll|bilan)\b", re.I)
TOPIC_WINDOW = 3   # sentences before this one whose topic counts as its own (and the text's first)


def _with_topic(text: str, sentences: list[tuple[int, int]], si: int) -> str:
    """The sentence, followed at a distance by the topic words of the sentences before it and of the
    text's first sentence (its title); the sentence itself when they name no topic."""
    s0, s1 = sentences[si]
    before = [sentences[0]] if si > 0 else []
    before += sentences[max(1, si - TOPIC_WINDOW):si]
    words = sorted({w.lower() for a, b in before for w in _TOPIC.findall(text[a:b])})
    if not words:
        return text[s0:s1]
    return text[s0:s1] + ".\n" + " " * 40 + "(" + " ".join(words) + ")"


# A figure of a hundred thousand or more (digits grouped by comma, point or space, or "million"), and the
# words that turn such a figure into a minimisation ("only", "inflated", "not a million but ...").
_LARGE_TOLL = re.compile(r"\b\d{1,3}(?:[,.\u00a0\u202f ]\d{3}){2,}\b|\b\d{3}[,.\u00a0\u202f ]\d{3}\b|"
                         r"\bmillions?\b|\bhundreds\s+of\s+thousands\b|\bcentaines\s+de\s+milliers\b", re.I)
_MINIMISING = re.compile(r"\b(?:only|merely|barely|just|at\s+most|no\s+more\s+than|not\s+more\s+than|fewer\s+than|"
                         r"less\s+than|under|below|not|never|inflat\w*|exaggerat\w*|invent\w*|fabricat\w*|myths?|"
                         r"seulement|à\s+peine|tout\s+au\s+plus|moins\s+de|pas|jamais|gonfl\w*|exag[ée]r\w*|"
                         r"mythes?)\b", re.I)
_FIGURE_WORDS = re.compile(r"\b\d[\d,.\u00a0\u202f ]*\d\b|\b\d\b|\bmillions?\b|\bthousands?\b|\bmilliers?\b", re.I)


# Soldiers or armies, and the victims a double genocide weighs against each other: a sentence about the
# first that names none of the second counts a war's dead.
_COMBATANTS = re.compile(r"\b(?:soldiers|troops|combatants|fighters|armies|soldats|combattants|militaires)\b", re.I)
_VICTIM_GROUPS = re.compile(r"\b(?:genocid\w*|génocid\w*|civilians?|civils|massacr\w*|Hutus?|Tutsis?|victims?|victimes|"
                            r"killings?|slaughter\w*|tueries|population)\b", re.I)
# The killing said to be planned or organised, and that denied ("there was no plan", « rien n'a été planifié »).
_PLAN_AFFIRMED = re.compile(r"\b(?:followed\s+a\s+plan|(?:was|were|had\s+been)\s+(?:carefully\s+|centrally\s+)?"
                            r"(?:planned|organi[sz]ed|prepared|orchestrated)|systematic\w*|a\s+plan\s+to|"
                            r"(?:a\s+été|ont\s+été|avait\s+été)\s+(?:planifi|organis|prépar)\w*|planifi[ée]\w*|"
                            r"syst[ée]matique\w*)\b", re.I)
_PLAN_DENIED = re.compile(r"\b(?:no|not|never|without|nor|any)\s+(?:\w+\s+){0,2}?(?:plan\w*|organi[sz]\w*|"
                          r"systematic\w*)|\b(?:pas|jamais|aucun\w*|sans|rien)\b[^.;]{0,30}?(?:plan\w*|organis\w*|"
                          r"syst[ée]mati\w*)", re.I)


# Spontaneity denied ("excludes any idea of spontaneous violence", « rien de spontané »), and what
# makes a sentence lay the killings at someone's door (blame, fault, cause, provocation, "lit the fire").
_SPONTANEITY_DENIED = re.compile(r"\b(?:exclud\w*|rul\w*\s+out|not|no|never|nothing|anything\s+but|far\s+from|hardly|"
                                 r"without|rien|pas|jamais|loin)\b[^.;:!?]{0,40}?\bspontan", re.I)
_BLAME_CUE = re.compile(r"\b(?:blam\w*|fault|responsib\w*|culpab\w*|culprits?|caus\w*|provok\w*|provocat\w*|trigger\w*|"
                        r"spark\w*|lit\s+the|fuse|because|due\s+to|led\s+to|brought\s+(?:it|this)\s+on|on\s+them|"
                        r"their\s+(?:own\s+)?doing|had\s+it\s+coming|asked\s+for\s+it|the\s+real\s+(?:killers|criminals)|"
                        r"killed\s+more|anyway|à\s+cause|faute|responsab\w*|coupables?|provoqu\w*|déclench\w*|"
                        r"cherch[ée])\b", re.I)


def _classifier_marker(text: str, sent: tuple[int, int], si: int, scores: dict, tech_index: dict,
                       quotes, blocks, attributions, min_marker: float | None = None,
                       in_run: bool = False) -> list[Marker]:
    """The classifiers' marker on a sentence no rule matched (or, in `detect_markers`, a second technique
    beside a rule's): its most likely technique, past the checks of what the classifiers do not read.
    `min_marker` replaces CLASSIFIER_MIN_MARKER, and `in_run` lifts three of those checks (see
    `_beside_marked`)."""
    probs = scores["technique"][si]
    p_marker = 1.0 - float(probs[tech_index["none"]])
    if p_marker < (CLASSIFIER_MIN_MARKER if min_marker is None else min_marker):
        return []
    start, end = _trim(text, *sent)
    sentence = text[start:end]
    if end - start < 15 or sentence.isupper() or not re.search(r"[.!?…][”\"’'»)\]]*$", sentence) and \
            len(sentence.split()) < UNPUNCTUATED_MIN_WORDS:
        return []   # headings, titles, list items: too little context for a classifier alone (a chat message
        # of UNPUNCTUATED_MIN_WORDS words or more, "[21:05] kivu_watch: if our fathers hadn't moved first …", is read)
    if re.search(r"\bnot\s+what\b|\bnothing\s+like\b|\bn['’]est\s+pas\s+ce\s+(?:qu|à\s+quoi)", sentence, re.I):
        return []   # "that is not what an outburst of anger looks like": the classifiers do not read negation
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    paragraph = text[para_start:para_end if para_end >= 0 else len(text)]
    if re.search(r"\[\d+\]|\(\s*pp?\.\s*\d+|\bIbid\b", paragraph):
        return []   # footnoted scholarship: a classifier alone is not enough there
    inner = [(a, b) for a, b in quotes if start <= a and b <= end]
    if inner:
        a, b = max(inner, key=lambda r: r[1] - r[0])
        if (b - a) >= QUOTED_SHARE * (end - start):
            start, end = a, b   # "A typical post asks: '…'": the classifiers read the quotation, not the frame
    technique = max((c for c in tech_index if c != "none"), key=lambda c: probs[tech_index[c]])
    p = float(probs[tech_index[technique]])
    sim = float(scores["exemplar"][si][TECHNIQUES.index(technique)])
    if p < CLASSIFIER_MIN_PROB or sim < EXEMPLAR_MIN_SIM or sim < float(scores["negative"][si]) + EXEMPLAR_MARGIN or \
            not _technique_fits(technique, sentence, paragraph, scores, si, in_run):
        return []
    voice, why = marker_voice(text, sent, start, end, False, quotes, blocks, attributions, technique)
    if why == REJECTED:
        return []
    basis, citation = basis_for(technique)
    return [Marker(start, end, text[start:end], technique, voice, basis, citation, round(min(p, sim + 0.2), 3),
                   "classifier", f"classifier p={p:.2f}, nearest exemplar {sim:.2f}" + (f"; {why}" if why else ""))]


def _technique_fits(technique: str, sentence: str, paragraph: str, scores: dict, si: int, in_run: bool = False) -> bool:
    """The checks a classifier's technique must pass on its sentence (what the classifiers do not read).
    `in_run`: the sentence stands beside own-voice markers, and three checks are lifted (see `_beside_marked`)."""
    if technique in DISTORTION_TECHNIQUES and _RPF_CRIMES.search(paragraph) and not in_run:
        return False   # RPF crimes documented: a classifier alone is not enough there
    if technique == "minimisation" and _LARGE_TOLL.search(sentence) and not _MINIMISING.search(sentence) and \
            len(_FIGURE_WORDS.findall(sentence)) < 2:
        return False   # "our own view is that 800,000 died": a toll this large, unqualified, minimises nothing
    if technique == "spontaneity" and (_SPONTANEITY_DENIED.search(sentence) or
                                       _PLAN_AFFIRMED.search(sentence) and not _PLAN_DENIED.search(sentence)):
        return False   # "a speed that excludes any idea of spontaneous violence", "far from being tribal
        # clashes, the massacres followed a plan": the opposite of the technique
    if technique == "double_genocide" and _COMBATANTS.search(sentence) and not _VICTIM_GROUPS.search(sentence):
        return False   # "Soldiers died on both sides of the front line": a war's dead, no equivalence of victims
    if technique == "blame_shifting" and not _BLAME_CUE.search(sentence) and not in_run:
        return False   # "the RPF started the war in 1990": history, unless the killings are laid at someone's door
    if technique == "dehumanisation" and _TERM_MENTIONED.search(sentence):
        return False   # "Calling people cockroaches … prepares the listener to see killing as pest control": the
        # slur discussed, not used
    family = "denies" if technique in DENIAL_TECHNIQUES else "distorts" if technique in DISTORTION_TECHNIQUES else None
    if family is not None:
        stance_classes = sentence_model().classes["stance"]
        if float(scores["stance"][si][stance_classes.index(family)]) < STANCE_AGREEMENT and not in_run:
            return False
        if _ACKNOWLEDGING.search(sentence):
            return False   # the sentence itself names the genocide against the Tutsi
        if technique == "definitional_denial" and _THE_GENOCIDE.search(sentence):
            return False   # "the genocide" named as a fact, unhedged: not a doubt about it
    return True


QUOTED_SHARE = 0.5   # a quotation this much of a sentence is what a classifier-only marker is about

_TERM_MENTIONED = re.compile(r"\b(?:calling|to\s+call|the\s+(?:word|term|slur|label|epithet)s?|words?\s+like|"
                             r"terms?\s+like|labell?ing|le\s+(?:mot|terme)|les\s+(?:mots|termes)|traiter\s+(?:de|les))\b",
                             re.I)
# A count said with a word of the whole ("the genocide", "in Rwanda", "in total"): without one, a short
# count ("Around 4,000 were killed.") may be of one place the text named before; without a minimising
# word either, it is not read as a minimised toll.
_TOLL_SCOPE = re.compile(r"\b(?:genocide|génocide|Tutsi|Rwanda|Rwandans?|1994|total|altogether|whole|entire|"
                         r"nationwide|country|pays|en\s+tout|death\s+toll|bilan|victims|victimes)\b", re.I)
# The writer's own estimate, not a source's: "a sober estimate of Tutsi deaths would be closer to 100,000",
# "the real figure is nearer 200,000", « une estimation raisonnable serait plutôt de … ».
_WRITERS_ESTIMATE = re.compile(r"\b(?:a|the|any|my|our)\s+(?:sober|realistic|honest|reasonable|sensible|fair|serious|"
                               r"careful|plausible|more\s+plausible|more\s+realistic)\s+(?:estimate|figure|count|"
                               r"assessment|reckoning)\b|\bwould\s+be\s+(?:closer|nearer)\s+to\b|\bune\s+estimation\s+"
                               r"(?:raisonnable|réaliste|honnête|sérieuse)\b", re.I)
_FEW = re.compile(r"\b(?:a\s+few|only\s+a|quelques|handful)\b", re.I)
# A figure the sentence says a source arrived at ("Human Rights Watch arrived at about 507,000"): that
# source's estimate, reported.
_SOURCE_FIGURE = re.compile(r"\b(?:according\s+to|arriv\w*\s+at|estimat\w*|put\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}at|"
                            r"concluded|selon|d['’]après|estim[ée]\w*|a\s+compté|counted|parl\w*\s+d['’]|"
                            r"attribu\w*)\b", re.I)
# A figure its source or the text calls too low ("warned that the estimate might be too low"): the
# opposite of a minimisation; and a count of the RPA's killings, which is not the genocide's toll.
_TOO_LOW = re.compile(r"\b(?:too\s+low|underestimat\w*|an?\s+undercount|(?:trop|plutôt)\s+bas|sous-estim\w*|"
                      r"at\s+the\s+very\s+least|a\s+minimum)\b", re.I)
_RPA_KILLED = re.compile(r"\b(?:RPF|RPA|FPR|APR|Inkotanyi)\b(?:\s+(?:soldiers|troops|units|forces|soldats))?"
                         r"[^.;]{0,30}?\b(?:killed|massacred|executed|murdered|tu[ée]\w*|massacr[ée]\w*|ex[ée]cut[ée]\w*)\b",
                         re.I)
# An interviewer's question ("Q: Were these killings a second genocide?"): asked, not asserted.
_INTERVIEW_QUESTION = re.compile(r"^\s*(?:Q|Question|QUESTION)\s*[:.\-–—]\s*.*\?\s*[”\"’»]*\s*$", re.S)


# What a claim's check found, as the technique it is evidence of.
SIGNAL_TECHNIQUES = {"thesis:one genocide": "double_genocide", "thesis:planned": "spontaneity",
                     "thesis:a genocide": "definitional_denial", "minimises": "minimisation", "invented": "fabrication",
                     # a court's outcomes misstated to discredit it ("it never acquitted anyone")
                     "court_tally": "attack_on_witnesses"}


def markers_from_checks(text: str, claims: Sequence, sentences: list[tuple[int, int]], markers: list[Marker],
                        attributions: list[dict] | None = None) -> list[Marker]:
    """Markers the verdicts show and the wording alone did not: a sentence stating a denial thesis
    the record contradicts ("it was a civil war, full stop"), a toll far below every figure of the
    record ("fewer than 30,000 died"), a figure the record holds called invented. Each is placed
    on its claim, with the voice the wording gives it; `markers` are those already found."""
    from factfinder.check.verdicts import PART_COUNTED

    quotes, blocks = quote_regions(text), block_quotes(text)
    attributions = [a for a in (attributions or []) if a.get("type", "attribution") == "attribution"]
    found: list[Marker] = []
    for claim in claims:
        for signal in getattr(claim, "signals", None) or []:
            technique = SIGNAL_TECHNIQUES.get(signal)
            if technique is None:
                continue
            same = [m for m in markers + found if m.technique == technique and m.start < claim.end and claim.start < m.end]
            for m in same:
                if m.method == "classifier" and m.confidence < 0.8:
                    # the classifiers' guess, borne out by the record: as confident as the record's own marker
                    m.confidence, m.method = 0.8, "combined"
                    m.explanation += f"; the record contradicts it ({signal.replace('thesis:', 'denial: ')})"
            if same:
                continue
            sent = next(((s, e) for s, e in sentences if s <= claim.start < e), (claim.start, claim.end))
            start, end = _trim(text, *_signal_span(claim, signal))
            if signal == "minimises" and PART_COUNTED.match(text[end:]):
                continue   # "thousands of other victims": another group than the genocide's dead
            said = text[sent[0]:sent[1]]
            if signal == "minimises" and not (_MINIMISING.search(said) or _FEW.search(said)) and \
                    (not _TOLL_SCOPE.search(said) or _SOURCE_FIGURE.search(said) and not _WRITERS_ESTIMATE.search(said)):
                continue   # "Around 4,000 were killed." (of one place, named before); a source's estimate
            if signal == "minimises" and (_TOO_LOW.search(said) or _RPA_KILLED.search(said) or
                                          re.match(r"\s+(?:\w+\s+)?(?:survivors|rescap[ée]s)\b", text[end:], re.I)):
                continue   # an estimate called too low; the RPA's dead; the survivors, not the dead
            voice, why = marker_voice(text, sent, start, end, False, quotes, blocks, attributions, technique)
            if why == REJECTED:
                continue
            basis, citation = basis_for(technique)
            found.append(Marker(start, end, text[start:end], technique, voice, basis, citation, 0.8, "combined",
                                f"the record contradicts it ({signal.replace('thesis:', 'denial: ')})"
                                + (f"; {why}" if why else "")))
    return found


def _signal_span(claim, signal: str) -> tuple[int, int]:  # noqa: ANN001 - a ClaimCheck
    """Where in the claim the signal lies: the thesis's words, or the figure; else the claim."""
    if signal.startswith("thesis:"):
        from factfinder.check.verdicts import THESES

        for name, pattern, _statement in THESES:
            found = pattern.search(claim.text) if name == signal[7:] else None
            if found:
                return claim.start + found.start(), claim.start + found.end()
    for figure in (getattr(claim, "values", None) or {}).get("figures") or []:
        at = claim.text.find(figure.get("text") or "\0")
        if at >= 0:
            return claim.start + at, claim.start + at + len(figure["text"])
    return claim.start, claim.end


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
