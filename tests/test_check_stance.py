"""Segment and document stance, and the composite alarm (`factfinder.check.stance`).

FIXTURE WARNING: some strings below are short, generic examples of genocide denial, written
for these tests and marked where they appear.
"""

from __future__ import annotations


import numpy as np
import pytest

from factfinder.check import markers as mk
from factfinder.check import stance as st
from factfinder.check.model import DOCUMENT_STANCES, SEGMENT_STANCES
from tests.conftest import read_seed

DENIAL_SEED = "000_2118157c6dff38a8.txt"
LESSONS_SEED = "003_bb2d16097b10f31c.txt"
SCHOLARSHIP_START = "The Rwandan Genocide was one of the most horrific"


@pytest.fixture(scope="module")
def check():
    embed = pytest.importorskip("factfinder.embed")

    def run(text: str):
        sentences = mk.simple_sentences(text)
        vectors = embed.encode([text[s:e] for s, e in sentences])
        markers = mk.detect_markers(text, sentences, sentence_vectors=vectors)
        segments = st.segment_stances(text, sentences, markers, sentence_vectors=vectors)
        return markers, segments, st.document_stance(segments, markers), st.composite_alarm(text, segments, markers)

    return run


def seed(name: str) -> str:
    return read_seed(name)


def test_denial_spliced_onto_scholarship_raises_the_alarm(check):
    text = seed(DENIAL_SEED)
    markers, segments, stance, composite = check(text)
    assert stance == "denies"
    assert composite.alarm and "acknowledge" in composite.reason
    cut = text.index(SCHOLARSHIP_START)
    before = {s.stance for s in segments if s.end <= cut}
    after = {s.stance for s in segments if s.start >= cut}
    assert "denies" in before and "acknowledges" in after and not after & {"denies", "distorts"}
    assert any(segments[i].stance == "denies" for i in composite.segments)
    assert any(segments[i].stance == "acknowledges" for i in composite.segments)
    for seg in segments:
        assert seg.stance in SEGMENT_STANCES and set(seg.style) == set(st.STYLE_FEATURES)
    # the spliced-in half is written in another register: fewer footnotes, more loaded words
    denial_style = st.style_features(text[:cut], [s for s in mk.simple_sentences(text) if s[0] < cut])
    law_style = st.style_features(text[cut:], [s for s in mk.simple_sentences(text) if s[0] >= cut])
    assert law_style["citations_per_sentence"] > 2 * denial_style["citations_per_sentence"]
    assert denial_style["loaded_per_100w"] > 5 * law_style["loaded_per_100w"]


def test_scholarship_half_alone_acknowledges_without_alarm(check):
    text = seed(DENIAL_SEED)
    text = text[text.index(SCHOLARSHIP_START):]
    _, segments, stance, composite = check(text)
    assert stance == "acknowledges"
    assert not composite.alarm
    assert st.style_seam(text)[0] < st.STYLE_SHIFT_THRESHOLD


def test_lessons_learned_study_acknowledges_without_alarm(check):
    markers, segments, stance, composite = check(seed(LESSONS_SEED))
    assert markers == [] and stance == "acknowledges" and not composite.alarm
    assert all(s.stance in ("acknowledges", "neutral") for s in segments)


def test_denial_half_alone_denies_without_splice_alarm(check):
    text = seed(DENIAL_SEED)
    text = text[:text.index(SCHOLARSHIP_START)]
    _, _, stance, composite = check(text)
    assert stance == "denies"
    assert not composite.alarm   # one voice throughout: denial, not a splice


ACKNOWLEDGING = ("Between April and July 1994 the genocide against the Tutsi killed some 800,000 people. "
                 "The killings were planned and organised by the interim government and the militia.\n"
                 "Survivors testified before the tribunal and the gacaca courts for more than a decade.\n")


def test_short_documents_get_the_documented_stance(check):
    assert check(ACKNOWLEDGING)[2] == "acknowledges"
    # FIXTURE: denial
    assert check("The so-called genocide never took place. It is a hoax invented by foreign powers.")[2] == "denies"
    # FIXTURE: distortion without outright denial
    distortion = "The death toll has been grossly exaggerated. There were two genocides in Rwanda."
    assert check(distortion)[2] == "distorts"
    # FIXTURE: one paragraph of distortion after acknowledging paragraphs
    mixed = ACKNOWLEDGING + "Yet the death toll has been grossly exaggerated by the regime."
    _, segments, stance, _ = check(mixed)
    assert stance == "mixed" and {s.stance for s in segments} >= {"acknowledges", "distorts"}
    for value in (stance,):
        assert value in DOCUMENT_STANCES


def test_reported_denial_does_not_change_the_stance(check):
    text = ACKNOWLEDGING + ("Deniers claim the genocide was a hoax and that the toll was exaggerated; "
                            "every census and court record refutes them.")
    markers, _, stance, composite = check(text)
    assert markers and all(m.voice == "reported" for m in markers)
    assert stance == "acknowledges" and not composite.alarm


def test_style_features_measure_register():
    plain = "We looked at the records. They were complete."
    shouted = "THE TRUTH IS HIDDEN! The globalist elites lie! Why?"
    footnoted = "The tribunal was established in 1994.[46] Its mandate was narrow.[47]"
    assert st.style_features(plain, [(0, 25), (26, 46)])["first_person_per_100w"] > 0
    loud = st.style_features(shouted, [(0, 21), (22, 45), (46, 50)])
    assert loud["exclamations_per_sentence"] > 0.5 and loud["caps_runs_per_100w"] > 0 and loud["loaded_per_100w"] > 0
    assert st.style_features(footnoted, [(0, 40), (41, 70)])["citations_per_sentence"] == 1.0


def test_own_voice_incitement_without_acknowledgement_distorts(check):
    # FIXTURE: incitement (short, generic).
    text = "The cockroaches are among us. They are preparing to exterminate the Hutu. Do not spare them."
    markers, _, stance, _ = check(text)
    assert any(m.voice == "own" and m.technique == "call_to_action" for m in markers)
    assert stance == "distorts"


def test_short_denial_comment_denies(check):
    # FIXTURE: a one-line forum comment.
    assert check("Total hoax. There was no genocide, just a war.")[2] == "denies"


def test_history_quoting_hate_media_acknowledges(check):
    text = ("During the genocide against the Tutsi, RTLM called the Tutsi inyenzi, cockroaches, and told "
            "listeners that the graves were not yet full.\n"
            "The tribunal convicted the radio's founders of direct and public incitement to commit genocide.\n")
    markers, _, stance, composite = check(text)
    assert all(m.voice == "reported" for m in markers)
    assert stance == "acknowledges" and not composite.alarm


def test_rpf_crimes_and_ictr_criticism_acknowledge(check):
    text = ("The genocide against the Tutsi killed hundreds of thousands of people in 1994.\n"
            "The RPF is responsible for the deaths of tens of thousands of Hutu civilians, and the ICTR never "
            "tried any of its officers, which critics call victor's justice.\n")
    _, _, stance, composite = check(text)
    assert stance == "acknowledges" and not composite.alarm


def test_denial_paragraph_beside_scholarship_raises_the_alarm(check):
    # FIXTURE: a denial paragraph spliced after an acknowledging one.
    text = ACKNOWLEDGING + ("But the truth is simple: there was no genocide, only a war. "
                            "The genocide story was invented by the RPF.")
    _, segments, stance, composite = check(text)
    assert composite.alarm
    assert {s.stance for s in segments} >= {"acknowledges", "denies"}


def test_half_acknowledging_half_denying_text_is_mixed(check):
    # FIXTURE: a short splice: acknowledgement, then denial of comparable length.
    text = ACKNOWLEDGING + ("The genocide story was invented by the RPF and sold to the world. "
                            "There was no genocide, only a war between two armies.\n")
    _, _, stance, composite = check(text)
    assert stance == "mixed" and composite.alarm


def test_one_borderline_phrase_does_not_turn_an_acknowledging_text():
    from factfinder.check.model import Marker, Segment

    seg = Segment(0, 100, "acknowledges", {"words": 80.0, "explicit_ack": 1.0})
    seg2 = Segment(101, 140, "distorts", {"words": 30.0})
    weak = Marker(110, 120, "x", "role_reversal", "own", "b", "c", 0.78, "rule", "")
    assert st.document_stance([seg, seg2], [weak]) == "acknowledges"
    strong = Marker(110, 120, "x", "double_genocide", "own", "b", "c", 0.9, "rule", "")
    assert st.document_stance([seg, seg2], [strong]) != "acknowledges"


def test_dense_denial_beside_a_named_acknowledgement_is_mixed():
    # A repost: one paragraph names the genocide against the Tutsi in the writer's voice, the rest
    # piles up many own-voice markers. Many markers do not hide the acknowledging third: mixed.
    from factfinder.check.model import Marker, Segment

    ack = Segment(0, 380, "acknowledges", {"words": 57.0, "explicit_ack": 1.0})
    denial = Segment(382, 620, "denies", {"words": 40.0})
    techniques = ["fabrication", "attack_on_witnesses", "blame_shifting", "role_reversal", "minimisation",
                  "double_genocide", "definitional_denial"]
    own = [Marker(400 + 20 * i, 410 + 20 * i, "x", t, "own", "b", "c", 0.85, "rule", "")
           for i, t in enumerate(techniques)]
    assert st.document_stance([ack, denial], own) == "mixed"
    # without a named acknowledgement the same markers make the document deny
    ack_implicit = Segment(0, 380, "acknowledges", {"words": 57.0, "explicit_ack": 0.0})
    assert st.document_stance([ack_implicit, denial], own) == "denies"


def test_court_history_leaning_to_acknowledgement_acknowledges():
    # a court's convictions acknowledge the genocide; a weak classifier lean decides only against less denial
    classes = ["acknowledges", "denies", "distorts", "neutral"]
    para = "The tribunal convicted the former mayor, who pleaded guilty and was sentenced to life imprisonment."
    leaning = np.array([[0.17, 0.06, 0.05, 0.72]])
    assert st._paragraph_stance(para, [], leaning, classes)[0] == "acknowledges"
    balanced = np.array([[0.17, 0.10, 0.08, 0.65]])
    assert st._paragraph_stance(para, [], balanced, classes)[0] == "neutral"
    no_lexicon = "The tribunal sat in Arusha for two decades and heard many witnesses."
    assert st._paragraph_stance(no_lexicon, [], leaning, classes)[0] == "neutral"


def test_denial_spliced_onto_court_history_raises_the_alarm(check):
    # FIXTURE: a paragraph on the tribunal's judgments (no "genocide against the Tutsi"), then denial.
    text = ("The tribunal in Arusha was created to prosecute genocide and other grave crimes. It convicted dozens "
            "of organisers, and a former minister pleaded guilty and was sentenced to life imprisonment. Jurists "
            "have criticised its failure to try the crimes of the victorious army.\n\n"
            "But the so-called genocide is a myth invented by the RPF and its Western friends. The witnesses were "
            "paid liars, and the death toll has been blown out of all proportion.")
    _, segments, _, composite = check(text)
    assert segments[0].stance == "acknowledges"
    assert composite.alarm
