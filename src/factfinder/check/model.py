"""The shapes of a check report: the contract between the checking modules.

`factfinder check` reads a text the record has never seen and reports, sentence by sentence,
what the record says about it. Each part of the report is produced by its own module:

- `check.verdicts`   -> ClaimCheck (claims with verdicts and evidence from the record)
- `check.arithmetic` -> ArithmeticFinding (sums, ratios, percentages, date spans re-done)
- `check.markers`    -> Marker (rhetoric markers of denial, distortion and incitement)
- `check.stance`     -> Segment and the document stance, and the composite alarm

All offsets are character offsets into the checked text, with text[start:end] == the span.
`to_dict()` gives the JSON shape documented in docs/check.md.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Verdict = Literal["supported", "contradicted", "disputed", "not_in_record"]
VERDICTS: tuple[str, ...] = ("supported", "contradicted", "disputed", "not_in_record")

DocumentStance = Literal["acknowledges", "denies", "distorts", "mixed"]
DOCUMENT_STANCES: tuple[str, ...] = ("acknowledges", "denies", "distorts", "mixed")
# A segment may also say nothing either way about the crimes (a methods section, a table).
SEGMENT_STANCES: tuple[str, ...] = ("acknowledges", "denies", "distorts", "neutral")

Voice = Literal["own", "reported"]

# The rhetoric techniques a marker can name. Each has a definition with its published basis
# in data/check/techniques.yaml (IHRA, Charny, Stanton, Dangerous Speech Project, Rabat).
TECHNIQUES: tuple[str, ...] = (
    "minimisation",            # the toll or the scale made smaller than the record
    "double_genocide",         # "two genocides", false equivalence of genocide and war crimes
    "role_reversal",           # victims recast as aggressors, killing as self-defence
    "spontaneity",             # "tribal clashes", "chaos", "not planned", "spontaneous anger"
    "definitional_denial",     # alleged / so-called / scare-quoted "genocide"; "not a genocide"
    "fabrication",             # invented, fabricated, a hoax, a conspiracy (C.I.A., foreign powers)
    "attack_on_witnesses",     # survivors, witnesses, courts or historians as liars or agents
    "blame_shifting",          # the crime blamed on a third party or on the victims' side
    "justification",           # the killing presented as necessary, deserved or understandable
    "dehumanisation",          # cockroaches (inyenzi), snakes (inzoka), vermin, disease
    "accusation_in_mirror",    # the victims said to be planning what the speaker's side does
    "call_to_action",          # exhortation to kill, expel or "finish the work"
)


@dataclass
class Evidence:
    """One passage of the record bearing on a checked claim."""
    relation: Literal["supports", "contradicts", "related"]
    source_id: str
    source_title: str | None
    text: str                         # the record's claim or passage text
    start: int                        # offsets in the source's text
    end: int
    claim_id: int | None = None
    event_id: int | None = None
    grade: str | None = None          # Admiralty reliability A-F of the source
    credibility: int | None = None    # 1-6 of the record claim
    credibility_reason: str | None = None
    score: float = 0.0                # retrieval score after fusion and re-ranking
    explanation: str = ""             # e.g. "the record says 800,000-1,074,017; the text says 300,000"


@dataclass
class ClaimCheck:
    text: str
    start: int
    end: int
    verdict: Verdict
    evidence: list[Evidence] = field(default_factory=list)
    explanation: str = ""
    values: dict[str, Any] = field(default_factory=dict)   # figures/dates parsed from the claim
    asserted_by: str | None = None
    confidence: float = 0.0
    # What the check found that bears on rhetoric, for the markers: "thesis:planned" (the claim
    # states a denial thesis the record contradicts), "minimises" (a toll far below every figure of
    # the record), "invented" (a figure the record holds called invented or inflated).
    signals: list[str] = field(default_factory=list)


@dataclass
class Operand:
    text: str
    start: int
    end: int
    value: float
    counts: str | None = None          # what the figure counts ("victims declared 1990-1994")


@dataclass
class ArithmeticFinding:
    kind: Literal["percentage", "ratio", "multiple", "fraction", "sum", "difference", "x_of_y",
                  "date_span", "rate"]
    text: str
    start: int
    end: int
    stated: str                        # what the text says ("twice", "75%", "less than three months")
    stated_value: float | None
    computed: float | None
    consistent: bool | None            # None when it cannot be computed from the text
    operands: list[Operand] = field(default_factory=list)
    category_mismatch: str | None = None   # why the operands count different things, if they do
    explanation: str = ""


@dataclass
class Marker:
    start: int
    end: int
    text: str
    technique: str                     # one of TECHNIQUES
    voice: Voice                       # own: the author's; reported: quoted or attributed
    basis: str                         # key into techniques.yaml, e.g. "ihra-2013:minimisation"
    basis_citation: str = ""           # short human-readable citation of that basis
    confidence: float = 0.0
    method: Literal["rule", "exemplar", "classifier", "combined"] = "rule"
    explanation: str = ""


@dataclass
class Segment:
    start: int
    end: int
    stance: str                        # one of SEGMENT_STANCES
    scores: dict[str, float] = field(default_factory=dict)
    style: dict[str, float] = field(default_factory=dict)   # register features for the composite test


@dataclass
class Composite:
    alarm: bool
    reason: str = ""
    segments: list[int] = field(default_factory=list)      # indices of the segments that disagree


@dataclass
class CheckReport:
    text: str
    language: str
    claims: list[ClaimCheck] = field(default_factory=list)
    arithmetic: list[ArithmeticFinding] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    stance: str = "acknowledges"
    composite: Composite = field(default_factory=lambda: Composite(alarm=False))
    record: dict[str, Any] = field(default_factory=dict)  # what was checked against (counts, versions)
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self, include_text: bool = False) -> dict:
        data = asdict(self)
        if not include_text:
            data.pop("text")
        return data
