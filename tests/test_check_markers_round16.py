"""Rhetoric markers changed in session 16 (2026-11-27): the plane's downing laid at the RPF's door as
proven, the killings laid at the door of the RPF's war ("remember who started it", "everything that
followed was the consequence of that aggression"), the killing as self-defence (role reversal: "we only
defended our families", "the population rose to defend itself") or as what anyone would have done
(justification), the victims said to have planned
it first (accusation in a mirror); a classifier marker on a lower bar beside a sentence with an
own-voice marker; a long message without final punctuation read by the classifiers.

FIXTURE WARNING: the strings marked DENIAL below are short, generic examples of denial talking points
written for these tests; they are not quotations of anyone.
"""

from __future__ import annotations

import numpy as np
import pytest
from factfinder.check import markers as mk
from factfinder.check.model import TECHNIQUES


def techniques(text: str) -> set[tuple[str, str]]:
    """(technique, voice) of the rule markers of `text` (no classifiers)."""
    return {(m.technique, m.voice) for m in mk.detect_markers(text, mk.simple_sentences(text), use_embeddings=False)}


@pytest.mark.parametrize("text, technique", [
    # DENIAL fixtures
    ("Kagame's men shot down the plane, and a French judge proved it in court.", "blame_shifting"),
    ("In the end even the French courts concluded that the RPF fired the missiles.", "blame_shifting"),
    ("Remember who started it: the RPF invaded from Uganda, so everything that happened after is on Kagame.",
     "blame_shifting"),
    ("The RPF invaded the country from Uganda, and everything that followed was the consequence of that "
     "aggression.", "blame_shifting"),
    ("Le FPR a envahi le Rwanda depuis l'Ouganda : tout est parti de là.", "blame_shifting"),
    ("The old ones told you the truth about ninety-four: we only defended our families against the RPF.",
     "role_reversal"),
    ("Anyone would have defended his family against the Tutsi rebels that spring.", "justification"),
    ("The population rose to defend itself in April 1994 before the army could stop it.", "role_reversal"),
    ("In 1994 des paysans affolés se sont défendus contre les Tutsi.", "role_reversal"),
    ("If our fathers hadn't moved first, the Tutsi would have done it to us, simple as that.",
     "accusation_in_mirror"),
])
def test_session_16_patterns_mark_their_technique(text, technique):
    assert (technique, "own") in techniques(text)


@pytest.mark.parametrize("text", [
    # the attribution said to be unproven, or reported as an accusation that failed
    "No court has ever proved that the RPF shot down the plane.",
    "Judge Bruguière accused the RPF of shooting down the plane, but the case was dismissed in 2018.",
    # defending one's own against the killers, and the RPF's soldiers, are not the killers' self-defence
    "In Bisesero the Tutsi only defended their families against the militias for weeks.",
    "RPF units simply defended their positions around the parliament building in April 1994.",
    # a historian's dating of the war, not the killings laid at its door
    "The RPF's invasion of October 1990 began a war that lasted until July 1994.",
])
def test_what_the_session_16_patterns_leave_alone(text):
    assert not {t for t, _voice in techniques(text)} & {"blame_shifting", "justification", "role_reversal",
                                                        "accusation_in_mirror"}


def _scores(rows: list[tuple[str, float, float]], stance_lean: float = 0.5) -> tuple[dict, dict]:
    """Classifier scores for sentences, one (technique, p, p_none) each, as `sentence_scores` gives them;
    `stance_lean`: the stance classifier's probability of every stance."""
    classes = mk.sentence_model().classes
    index = {c: i for i, c in enumerate(classes["technique"])}
    technique, exemplar, negative = [], [], []
    for name, p, p_none in rows:
        probs = np.full(len(index), (1.0 - p - p_none) / (len(index) - 2))
        probs[index[name]], probs[index["none"]] = p, p_none
        technique.append(probs)
        sims = np.full(len(TECHNIQUES), 0.2)
        sims[TECHNIQUES.index(name)] = 0.62
        exemplar.append(sims)
        negative.append(0.5)
    stance = [np.full(len(classes["stance"]), stance_lean) for _ in rows]   # 0.5: it leans the same way
    return {"technique": technique, "exemplar": exemplar, "negative": negative, "stance": stance}, index


# DENIAL fixtures: an own-voice marker the rules find, and two sentences no rule matches
MARKED = "It is a lie that there was any plan."
FIRST = "Everyone in our commune remembers the truth of those weeks very differently today."
SECOND = "Their story about the lists has been repeated so often that people believe it now."


def test_a_sentence_beside_an_own_voice_marker_is_read_on_a_lower_bar():
    text = f"{MARKED} {FIRST} {SECOND}"
    sentences = mk.simple_sentences(text)
    assert len(sentences) == 3
    scores, index = _scores([("definitional_denial", 0.9, 0.05), ("fabrication", 0.5, 0.15),
                             ("fabrication", 0.5, 0.15)])
    own = mk.Marker(0, len(MARKED), MARKED, "definitional_denial", "own", "", "", 0.9, "rule", "")
    beside = mk._beside_marked(text, sentences, [own], scores, index, [], [], [])
    # 1 - p(none) = 0.85: below CLASSIFIER_MIN_MARKER, above NEIGHBOUR_MIN_MARKER
    assert [(m.technique, m.method) for m in beside] == [("fabrication", "classifier")] * 2
    # the same sentences with no own-voice marker near them: nothing
    reported = mk.Marker(0, len(MARKED), MARKED, "definitional_denial", "reported", "", "", 0.9, "rule", "")
    assert mk._beside_marked(text, sentences, [reported], scores, index, [], [], []) == []
    # nor when the classifiers are less sure (1 - p(none) = 0.65; the bar is 0.7 since session 18)
    weaker, index = _scores([("definitional_denial", 0.9, 0.05), ("fabrication", 0.5, 0.35), ("fabrication", 0.5, 0.35)])
    assert mk._beside_marked(text, sentences, [own], weaker, index, [], [], []) == []


@pytest.mark.parametrize("text, marked", [
    # DENIAL fixture: a chat message without a final full stop, long enough to be read
    ("[21:05] kivu_watch: their story about the lists is repeated so often that people believe it now", True),
    # a heading or a short line without final punctuation: too little context for the classifiers alone
    ("Their story about the lists", False),
])
def test_a_long_message_without_final_punctuation_is_read_by_the_classifiers(text, marked):
    scores, index = _scores([("fabrication", 0.5, 0.05)])
    found = mk._classifier_marker(text, (0, len(text)), 0, scores, index, [], [], [])
    assert bool(found) is marked


@pytest.mark.parametrize("text, voice", [
    # a quoted hedge inside a claim another makes is that claim's word (a talk page, a trial report)
    ("A blog linked at the bottom of the page claims that the “so-called genocide” was a spontaneous reaction "
     "to the president's death.", "reported"),
    ('His book had called the thesis of a regime planning a "genocide" in Rwanda "one of the greatest swindles '
     'of the century".', "reported"),
    # DENIAL fixtures: the writer's own hedge, quoted or not
    ("The “genocide” they talk about was a war.", "own"),
    ("Historians claim that the so-called genocide was planned.", "own"),
])
def test_a_quoted_hedge_inside_another_s_claim_is_reported(text, voice):
    found = [m for m in mk.detect_markers(text, mk.simple_sentences(text), use_embeddings=False)
             if m.technique == "definitional_denial"]
    assert found and found[0].voice == voice, [(m.technique, m.voice, m.explanation) for m in found]


@pytest.mark.parametrize("text", [
    # a call to kill told in the writer's words, no quotation: the crime described, no call made
    "The singer Simon Bikindi received fifteen years for publicly urging people to kill Tutsi on a road in Gisenyi.",
    "From then on RTLM's broadcasts incited listeners to kill Tutsi.",
    # a phrase named in order to reject it
    "HOLM: Nobody here is saying 'double genocide'.",
    "Ces crimes méritent justice eux aussi ; ils ne font pas pour autant de 1994 un « double génocide ».",
])
def test_a_described_call_and_a_rejected_phrase_are_no_markers(text):
    assert not {t for t, _voice in techniques(text)} & {"call_to_action", "double_genocide"}


def test_a_described_call_with_its_words_quoted_is_still_a_marker():
    # INCITEMENT fixture: the call's own words quoted after the verb that describes it
    text = "A caller urged listeners to “go to work” against the Tutsi."
    assert "call_to_action" in {t for t, _voice in techniques(text)}
