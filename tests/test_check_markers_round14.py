"""Rhetoric markers changed in session 14 (2026-11-27): the classifier-only marker is gated on the
classifiers' certainty that a sentence carries some marker (1 - p(none)), not on its best technique's
share, which a sentence's several techniques divide; it is about the quotation that makes up most of
its sentence (a post quoted in straight single quotes is `reported`); a classifier's marker that the
record's verdict bears out is as confident as the record's own; a word of witnesses in scare quotes is
the writer's own sneer; and what the classifiers do not read (a plan affirmed is no spontaneity, a war's
dead on both sides no double genocide).

FIXTURE WARNING: the strings marked DENIAL or INCITEMENT below are short, generic examples written for
these tests; they are not quotations of anyone.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
from factfinder.check import markers as mk
from factfinder.check.model import TECHNIQUES


def _scores(technique: str, p: float, p_none: float, sim: float = 0.6, negative: float = 0.6) -> tuple[dict, dict]:
    """One sentence's classifier scores, as `sentence_scores` gives them, with `technique` the most likely."""
    classes = mk.sentence_model().classes
    index = {c: i for i, c in enumerate(classes["technique"])}
    probs = np.full(len(index), (1.0 - p - p_none) / (len(index) - 2))
    probs[index[technique]], probs[index["none"]] = p, p_none
    exemplar = np.full(len(TECHNIQUES), 0.2)
    exemplar[TECHNIQUES.index(technique)] = sim
    stance = np.full(len(classes["stance"]), 0.25)
    return {"technique": [probs], "exemplar": [exemplar], "negative": [negative], "stance": [stance]}, index


def _classify(text: str, **scores) -> list:
    found, index = _scores(**scores)
    return mk._classifier_marker(text, (0, len(text)), 0, found, index, mk.quote_regions(text),
                                 mk.block_quotes(text), [])


# INCITEMENT fixture
CALL = "Our people know their duty, and when the day comes every one of you must be ready."


def test_the_classifier_marker_is_gated_on_the_certainty_of_some_marker():
    # the best technique's share is low (two techniques divide it) but "none" is very unlikely: a marker
    [found] = _classify(CALL, technique="call_to_action", p=0.35, p_none=0.05)
    assert found.technique == "call_to_action" and found.method == "classifier" and found.voice == "own"
    # the same share with "none" still likely: no marker
    assert _classify(CALL, technique="call_to_action", p=0.35, p_none=0.3) == []
    # a share below the floor, or exemplars much nearer the negatives: no marker
    assert _classify(CALL, technique="call_to_action", p=0.2, p_none=0.05) == []
    assert _classify(CALL, technique="call_to_action", p=0.35, p_none=0.05, sim=0.55, negative=0.7) == []


def test_a_quotation_that_makes_up_the_sentence_is_what_the_marker_is_about():
    # INCITEMENT fixture, quoted by a monitor in straight single quotes with an apostrophe inside
    text = "A typical post says: 'our people know their duty, so be ready when the day comes, it's time.'"
    [found] = _classify(text, technique="call_to_action", p=0.4, p_none=0.05)
    assert found.voice == "reported"
    assert found.text == "our people know their duty, so be ready when the day comes, it's time."
    # a short quotation inside the writer's own sentence does not take the marker over
    own = ("Our people know their duty, whatever the 'experts and their paid friends' say on television, and must "
           "be ready when the day comes.")
    [found] = _classify(own, technique="call_to_action", p=0.4, p_none=0.05)
    assert found.voice == "own" and found.start == 0


def test_straight_single_quotes_around_an_utterance_with_an_apostrophe_are_a_quotation():
    text = "A caption says 'the UN's own commission found killings on both sides' under the video."
    [(start, end)] = mk.quote_regions(text)
    assert text[start:end] == "the UN's own commission found killings on both sides"
    # an apostrophe between words opens and closes nothing
    assert mk.quote_regions("The RPF's soldiers and the UN's force were both in Kigali.") == []


def test_a_classifier_marker_the_record_bears_out_is_as_confident_as_the_records_own():
    # DENIAL fixture
    text = "What happened in 1994 was a civil war with massacres on both sides."
    guess = mk.Marker(0, len(text), text, "double_genocide", "own", "test", "", 0.37, "classifier", "classifier p=0.37")
    claim = SimpleNamespace(start=0, end=len(text), signals=["thesis:one genocide"], text=text)
    assert mk.markers_from_checks(text, [claim], [(0, len(text))], [guess]) == []   # no second marker
    assert guess.method == "combined" and guess.confidence == 0.8
    assert "the record contradicts it" in guess.explanation
    # a rule's marker keeps its own confidence
    rule = mk.Marker(0, len(text), text, "double_genocide", "own", "test", "", 0.88, "rule", "a rule")
    assert mk.markers_from_checks(text, [claim], [(0, len(text))], [rule]) == []
    assert rule.method == "rule" and rule.confidence == 0.88


@pytest.mark.parametrize("text, words, technique, voice", [
    # DENIAL fixtures: a word put in scare quotes to sneer at it is the writer's own
    ("Les « rescapés » qu'on exhibe à chaque commémoration récitent une leçon apprise.", "rescapés",
     "attack_on_witnesses", "own"),
    ('And the "survivors" who testify in Arusha were coached and paid by the regime.', "survivors",
     "attack_on_witnesses", "own"),
    # ... unless a frame says whose word it is, or the quotation is longer than a sneer
    ('The defence called the prosecution\'s "survivors" actors, a claim the judges rejected.', "survivors",
     "attack_on_witnesses", "reported"),
    ('A post claims that "the survivors were paid" to testify.', "the survivors were paid",
     "attack_on_witnesses", "reported"),
    # RTLM's slur in quotation marks stays a quotation
    ("The station called them « inyenzi » night after night.", "inyenzi", "dehumanisation", "reported"),
])
def test_scare_quotes_are_the_writers_own(text, words, technique, voice):
    start = text.index(words)
    sentence = (0, len(text))
    found, _ = mk.marker_voice(text, sentence, start, start + len(words), False, mk.quote_regions(text),
                               mk.block_quotes(text), [], technique)
    assert found == voice


@pytest.mark.parametrize("technique, sentence, fits", [
    # the plan affirmed is the opposite of spontaneity; the plan denied is the technique itself (DENIAL fixture)
    ("spontaneity", "Far from being tribal clashes, the massacres followed a plan.", False),
    ("spontaneity", "The killings were systematic and organised from the capital.", False),
    ("spontaneity", "There was no plan: the killings were tribal clashes after the president died.", True),
    # a war's dead on both sides is no equivalence of victims; the victims on both sides is (DENIAL fixture)
    ("double_genocide", "Soldiers died on both sides of the front line.", False),
    ("double_genocide", "Both sides killed on the same scale, so if there was a genocide, there were two.", True),
])
def test_what_the_classifiers_do_not_read(technique, sentence, fits):
    scores, _ = _scores(technique, p=0.6, p_none=0.02)
    scores["stance"] = [np.full(len(mk.sentence_model().classes["stance"]), 0.5)]   # the stance agrees
    assert mk._technique_fits(technique, sentence, sentence, scores, 0) is fits
