"""Literal prefilters for regular expressions: strings of which every match contains one.

Matching every rhetoric rule over every sentence of a 5,000-word text was a sixth of a check's
time, nearly all of it the regex engine scanning sentences where the rule cannot match. A
rule's *required factors* are literal strings such that any match of its pattern contains at
least one of them (what RE2 and Hyperscan call a prefilter). A sentence that holds none of
them, compared in lower case, cannot match, and the pattern is not run on it.

The factors are read from Python's own parse of the pattern (`re._parser`): a literal run in
a sequence is required; a group or a repetition of at least one requires what its body
requires; an alternation requires one of its branches' factors. Anything else (character
classes, wildcards, optional parts, look-arounds) requires nothing and breaks a literal run.
Of the candidates a sequence offers, the set whose shortest string is longest is kept: the
rarest to find by accident. A pattern with no required literal gets `None`: always run.

Both sides are lower-cased, so a case-sensitive pattern is only filtered more loosely, never
wrongly. (Python's case-insensitive matching also folds a few rare characters, such as the
Kelvin sign to "k"; text written with them is not filtered exactly.)
"""

from __future__ import annotations

import re
from re import _constants as C   # noqa: N812 - the opcodes, as re._parser names them
from re import _parser

# Expanding small character classes ("[Ee]", "[’']") multiplies the strings of a literal run;
# past this many the run is cut there instead.
_MAX_STRINGS = 32
_MAX_CLASS = 6


def required_factors(pattern: re.Pattern | str) -> frozenset[str] | None:
    """Lower-case strings one of which every match of `pattern` contains, or None when the
    pattern requires no literal (it may match without any fixed text)."""
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    flags = pattern.flags if isinstance(pattern, re.Pattern) else 0
    if isinstance(source, bytes):
        return None
    try:
        parsed = _parser.parse(source, flags)
    except Exception:  # noqa: BLE001 - a pattern this reader cannot parse is simply not filtered
        return None
    found = _sequence(list(parsed))
    if not found or any(not s for s in found):
        return None
    return frozenset(found)


def _class_chars(items: list) -> set[str] | None:
    """The characters a class of literals matches, when it is small and only literals."""
    chars = set()
    for op, av in items:
        if op is not C.LITERAL:
            return None
        chars.add(chr(av).lower())
    return chars if 0 < len(chars) <= _MAX_CLASS else None


def _best(candidates: list[set[str]]) -> set[str] | None:
    candidates = [c for c in candidates if c and all(c)]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(len(s) for s in c), -len(c)))


def _sequence(items: list) -> set[str] | None:
    candidates: list[set[str]] = []
    run: set[str] = {""}

    def cut() -> None:
        nonlocal run
        if run != {""}:
            candidates.append(run)
        run = {""}

    for op, av in items:
        if op is C.LITERAL:
            ch = chr(av).lower()
            run = {r + ch for r in run}
        elif op is C.IN and (chars := _class_chars(av)) is not None and len(run) * len(chars) <= _MAX_STRINGS:
            run = {r + ch for r in run for ch in chars}
        elif op is C.SUBPATTERN:
            cut()
            inner = _sequence(list(av[-1]))
            if inner:
                candidates.append(inner)
        elif op is C.BRANCH:
            cut()
            branches = [_sequence(list(b)) for b in av[1]]
            if all(branches):
                candidates.append(set().union(*branches))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            cut()
            low, _high, body = av
            if low >= 1:
                inner = _sequence(list(body))
                if inner:
                    candidates.append(inner)
        elif op is getattr(C, "ATOMIC_GROUP", None):
            cut()
            inner = _sequence(list(av))
            if inner:
                candidates.append(inner)
        else:   # classes, wildcards, anchors, look-arounds, back-references: nothing required
            cut()
    cut()
    return _best(candidates)


def may_match(factors: frozenset[str] | None, lowered: str) -> bool:
    """Whether a text (already lower-cased) can hold a match of a pattern with these factors."""
    return factors is None or any(f in lowered for f in factors)
