"""Literal prefilters (`check.prefilter`): a sentence the prefilter rules out never holds a match.

- for generated patterns (literals, alternations, optional and repeated groups, small and large
  character classes, look-arounds, case-insensitive or not), every string the pattern matches
  holds one of its required factors;
- the rhetoric rules, filtered, find exactly the matches they find unfiltered on the labelled
  set's documents, and every rule has a prefilter (none is run on every sentence).
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from factfinder.check.prefilter import may_match, required_factors

REPO = Path(__file__).resolve().parents[1]

WORDS = ["genocide", "génocide", "so-called", "Tutsi", "inyenzi", "plan", "ab", "x", "«", "’s"]
# Atoms without a quantifier may go inside repeated groups; quantified ones only at the top level,
# so that no generated pattern nests quantifiers (and backtracks for ever on a failed search).
ATOMS = [r"\b", r".", r"[Ee]", r"[’']", r"[^.!?]", r"(?<!not )", r"(?!\w)", r"(?=\s)"]
QUANTIFIED = [r"\s+", r"\w+", r"[^.!?]{0,20}", r"\d+", r"\W*"]


def _literal(draw) -> str:  # noqa: ANN001
    return re.escape(draw(st.sampled_from(WORDS)))


@st.composite
def patterns(draw, depth: int = 0) -> str:  # noqa: ANN001
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["lit", "lit", "atom", "quantified", "alt", "opt", "rep"] if depth == 0
                                    else ["lit", "lit", "atom", "alt"] if depth == 1 else ["lit", "atom"]))
        if kind == "lit":
            parts.append(_literal(draw))
        elif kind == "atom":
            parts.append(draw(st.sampled_from(ATOMS)))
        elif kind == "quantified":
            parts.append(draw(st.sampled_from(QUANTIFIED)))
        elif kind == "alt":
            branches = draw(st.lists(patterns(depth + 1), min_size=2, max_size=3))
            parts.append("(?:" + "|".join(branches) + ")")
        elif kind == "opt":
            parts.append("(?:" + draw(patterns(depth + 1)) + ")?")
        else:
            parts.append("(?:" + draw(patterns(depth + 1)) + ")" + draw(st.sampled_from(["+", "{1,3}", "*", "{2}"])))
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_match_holds_a_required_factor(data):
    source = data.draw(patterns())
    flags = data.draw(st.sampled_from([0, re.I]))
    pattern = re.compile(source, flags)
    factors = required_factors(pattern)
    matched = data.draw(st.from_regex(pattern, fullmatch=True))
    assert may_match(factors, matched.lower()), (source, factors, matched)
    padded = data.draw(st.text(max_size=5)) + matched + data.draw(st.text(max_size=5))
    if pattern.search(padded):   # padding can break a boundary or a look-around
        assert may_match(factors, padded.lower()), (source, factors, padded)


def test_factors_of_typical_patterns():
    assert required_factors(re.compile(r"\bso[- ]called\s+[«\"“]?genocide", re.I)) == {"so-called", "so called"}
    assert required_factors(re.compile(r"\b(?:two|double)\s+genocides?\b", re.I)) == {"genocide"}
    assert required_factors(re.compile(r"(?:tribal|ethnic)\s+clash", re.I)) == {"tribal", "ethnic"}
    assert required_factors(re.compile(r"\b(?:inyenzi|cockroach(?:es)?)\b")) == {"inyenzi", "cockroach"}
    assert required_factors(re.compile(r"\w+\s+\d+")) is None          # nothing literal is required
    assert required_factors(re.compile(r"(?:genocide)?\s*\w")) is None  # the literal is optional
    assert required_factors(re.compile(r"Genocide")) == {"genocide"}    # compared in lower case
    assert not may_match(frozenset({"genocide"}), "the war ended in july.")
    assert may_match(None, "anything at all")


def test_the_rules_find_the_same_matches_filtered():
    from factfinder.check import markers

    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "benchmarks" / "data" / "check").glob("*.txt"))]
    assert len(texts) >= 12
    factors = [markers._rule_factors(rule.pattern) for rule in markers.RULES]
    assert all(f is not None for f in factors)   # every rule is filtered; a new rule without a literal shows here
    found = skipped = 0
    for text in texts:
        for sentence in re.split(r"(?<=[.!?»”\"])\s+|\n+", text):
            lowered = sentence.lower()
            for rule, required in zip(markers.RULES, factors):
                every = [m.span() for m in rule.pattern.finditer(sentence)]
                if may_match(required, lowered):
                    found += len(every)
                else:
                    skipped += 1
                    assert every == [], (rule.pattern.pattern, sentence)
    assert found > 50 and skipped > 10 * found   # the set has markers; most scans are skipped


def _spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+?(?:[.!?»”\"](?=\s)|$)", text, re.M) if m.group().strip()]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["the RPF", " ", ". ", "\n", "killed", "İ", "ΣΑΣ", "fabricated",
                                         "alleged", "cockroaches", "two genocides"]), max_size=40))
def test_literals_found_over_the_whole_text_are_each_sentences_own(parts):
    """`_factors_present` (one scan of the text per literal) gives each sentence exactly the
    literals the per-sentence test finds in it; where lowercasing changes the text's length it
    declines (None), and the caller tests each sentence."""
    from factfinder.check import markers

    text = "".join(parts)
    spans = _spans(text)
    present = markers._factors_present(text, spans)
    if len(text.lower()) != len(text):
        assert present is None
        return
    assert present is not None
    for (s0, s1), found in zip(spans, present):
        lowered = text[s0:s1].lower()
        assert found == {f for f in markers._all_factors() if f in lowered}


def test_rule_matches_are_the_same_with_the_whole_text_scan(monkeypatch):
    from factfinder.check import markers

    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "benchmarks" / "data" / "check").glob("*.txt"))]
    for text in texts:
        spans = _spans(text)
        fast = markers.rule_matches(text, spans)
        with monkeypatch.context() as patched:
            patched.setattr(markers, "_factors_present", lambda *_: None)
            slow = markers.rule_matches(text, spans)
        assert [[(r.pattern.pattern, m.span()) for r, m in s] for s in fast] == \
            [[(r.pattern.pattern, m.span()) for r, m in s] for s in slow]
        assert sum(map(len, fast)) == sum(map(len, slow))
    assert any(markers.rule_matches(t, _spans(t)) for t in texts)
