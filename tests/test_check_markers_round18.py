"""Rhetoric markers changed in session 18 (2026-11-27): within a run of own-voice markers, three checks
made for stray sentences are lifted (a paragraph about RPF crimes, a blame with no word of blame, the
stance classifier's agreement), and the run reaches three sentences either side on a bar of 0.7; a
technique the classifiers rank first on a sentence a rule marked with another is added to it.

FIXTURE WARNING: the strings marked DENIAL below are short, generic examples of denial talking points
written for these tests; they are not quotations of anyone.
"""

from __future__ import annotations

import numpy as np
import pytest

from factfinder.check import markers as mk
from tests.test_check_markers_round16 import _scores


# DENIAL fixtures: an opening the rules mark in the writer's voice, then sentences that serve it
OPENING = "It is a lie that there was any plan."
NO_BLAME_WORD = "It was their army that brought down our president's plane on the sixth of April."
HUTU_DEAD = "Every April we mourn one side only, as if the Hutu refugees who died in Zaire did not count."


def _own(text: str) -> mk.Marker:
    return mk.Marker(0, len(OPENING), OPENING, "definitional_denial", "own", "", "", 0.9, "rule", "")


@pytest.mark.parametrize("sentence, technique, stance_lean, lifted", [
    (NO_BLAME_WORD, "blame_shifting", 0.5, "no word of blame"),
    (HUTU_DEAD, "double_genocide", 0.5, "a paragraph about RPF crimes (Hutu refugees)"),
    (NO_BLAME_WORD, "blame_shifting", 0.1, "the stance classifier's agreement"),
])
def test_a_check_made_for_stray_sentences_is_lifted_within_a_run(sentence, technique, stance_lean, lifted):
    text = f"{OPENING} {sentence}"
    sentences = mk.simple_sentences(text)
    assert len(sentences) == 2
    scores, index = _scores([("definitional_denial", 0.9, 0.05), (technique, 0.8, 0.05)], stance_lean)
    if stance_lean == 0.5 and technique == "blame_shifting":
        assert not mk._BLAME_CUE.search(sentence)
    # alone (no own-voice marker near it) the check holds and nothing is marked
    alone = mk._classifier_marker(text, sentences[1], 1, scores, index, [], [], [])
    assert alone == [], lifted
    # beside the own-voice opening it is lifted
    beside = mk._beside_marked(text, sentences, [_own(text)], scores, index, [], [], [])
    assert [(m.technique, m.method, m.voice) for m in beside] == [(technique, "classifier", "own")], lifted


def test_a_run_reaches_three_sentences_on_a_bar_of_0_7():
    filler = "Nobody in our commune will forget those weeks."   # DENIAL fixture: unmarked sentences of the run
    text = " ".join([OPENING, filler, filler.replace("commune", "village"), NO_BLAME_WORD])
    sentences = mk.simple_sentences(text)
    assert len(sentences) == 4
    scores, index = _scores([("definitional_denial", 0.9, 0.05), ("blame_shifting", 0.1, 0.85),
                             ("blame_shifting", 0.1, 0.85), ("blame_shifting", 0.6, 0.28)])
    beside = mk._beside_marked(text, sentences, [_own(text)], scores, index, [], [], [])
    # 1 - p(none) = 0.72, three sentences after the opening: read; the two at 0.15 are not
    assert [(text[m.start:m.end], m.technique) for m in beside] == [(NO_BLAME_WORD, "blame_shifting")]
    farther, _ = _scores([("definitional_denial", 0.9, 0.05), ("blame_shifting", 0.1, 0.85),
                          ("blame_shifting", 0.1, 0.85), ("blame_shifting", 0.6, 0.32)])
    assert mk._beside_marked(text, sentences, [_own(text)], farther, index, [], [], []) == []   # 0.68 < 0.7


@pytest.mark.parametrize("p_second, added", [(0.5, True), (0.35, True), (0.3, False)])
def test_the_classifiers_first_technique_is_added_to_a_rule_s_other_one(monkeypatch, p_second, added):
    # DENIAL fixture: the rules read a double genocide in it
    text = "The Hutu refugees who died in the camps of Zaire were victims of a second genocide that nobody mourns."
    sentences = mk.simple_sentences(text)
    rules = {m.technique for m in mk.detect_markers(text, sentences, use_embeddings=False)}
    assert rules == {"double_genocide"}
    scores, _index = _scores([("fabrication", p_second, 0.05)])
    monkeypatch.setattr(mk, "sentence_scores", lambda *args, **kwargs: scores)
    found = mk.detect_markers(text, sentences, sentence_vectors=np.zeros((1, 384), dtype=np.float32))
    expected = {("double_genocide", "rule"), ("double_genocide", "combined")} | (
        {("fabrication", "classifier")} if added else set())
    assert {(m.technique, m.method) for m in found} <= expected
    assert ("fabrication" in {m.technique for m in found}) is added
    assert "double_genocide" in {m.technique for m in found}
