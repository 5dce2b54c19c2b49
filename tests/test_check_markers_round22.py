"""Rhetoric markers and a toll read in session 22 (2026-11-28): another genocide named only to say the RPA's
killings are no evidence of it ("not evidence of a second genocide") is rejected, not asserted; a marker
a classifier puts on a whole sentence that is mostly a quotation ("Case 47-015, post text: '…'") is in
the quoted voice; and a figure of the RPA's killings in a sentence that answers the "second genocide"
thesis is not read as the genocide's whole toll.

FIXTURE WARNING: the strings marked DENIAL below are short, generic examples of denial talking points
written for these tests; they are not quotations of anyone.
"""

from __future__ import annotations

import pytest

from factfinder.check import markers as mk
from tests.test_check_markers_round16 import techniques
from tests.test_check_verdicts import one, reference  # noqa: F401 - a fixture


@pytest.mark.parametrize("text", [
    "The RPA's killings in 1994 are real, but they are not evidence of a second genocide.",
    "Those reprisals were crimes; they do not prove a 'double genocide'.",
    "Les tueries du FPR sont documentées, mais elles ne prouvent pas un second génocide.",
])
def test_a_second_genocide_named_to_be_refuted_is_no_double_genocide_marker(text):
    assert ("double_genocide", "own") not in techniques(text)


@pytest.mark.parametrize("text", [
    # DENIAL fixtures: the other genocide asserted
    "What happened in 1994 was a double genocide, the Hutu were victims too.",
    "There was a second genocide, against the Hutu, and nobody speaks of it.",
])
def test_a_second_genocide_asserted_is_still_marked(text):
    assert ("double_genocide", "own") in techniques(text)


def test_the_rejection_covers_only_the_other_genocide():
    # DENIAL fixture: "not evidence of a genocide" rejects nothing but the genocide itself
    text = "The bodies found in the churches are not evidence of a genocide."
    start = text.index("genocide")
    assert not mk._rejects(text, (0, len(text)), start, start + len("genocide"))
    text = "The RPA's killings are not evidence of a second genocide."
    start = text.index("second genocide")
    assert mk._rejects(text, (0, len(text)), start, start + len("second genocide"))


def _voice(text: str) -> tuple[str, str]:
    return mk.marker_voice(text, (0, len(text)), 0, len(text), False, mk.quote_regions(text),
                           mk.block_quotes(text), [], "attack_on_courts")


def test_a_whole_sentence_that_is_mostly_a_quotation_is_reported():
    # DENIAL fixture, quoted by a moderator's log
    quoted = "Case 47-015, post text: \"The tribunal was a farce run by the victors and everyone knows it.\""
    assert _voice(quoted) == ("reported", "the sentence is mostly a quotation")
    # a short quotation in the writer's own sentence leaves the sentence the writer's
    own = "The tribunal was a farce run by the \"victors\" and everyone who followed it knows it by now."
    assert _voice(own)[0] == "own"


@pytest.mark.parametrize("text", [
    "The RPA killed some 30,000 civilians in 1994, but that does not make it a second genocide.",
    "RPF soldiers killed perhaps 25,000 people that year; it was no double genocide.",
])
def test_the_rpas_dead_beside_a_second_genocide_are_not_the_genocides_toll(reference, text):  # noqa: F811
    _index, check = reference
    result = one(check, text)
    # Without the rule the "genocide" in the sentence made it a count of the whole genocide's dead,
    # contradicted by every national toll in the record (200,000 to 2,000,000).
    assert "national death toll" not in result.explanation, result.explanation
    assert result.verdict != "contradicted", result.explanation
