"""Rhetoric markers read in session 7 (2026-11-26), on wording from the training sets check-train7 to
check-train9 (written blind): witnesses who "learned their lines", NGOs that "live off the
tragedy", the toll called "a political number" or "pumped up", « on vous ment », a "real toll" of a
fraction of every estimate, "both sides killed on the same scale", the plane laid at the RPF's
door in a cleft, the killers cast as "fathers defending their families". And what is not a marker:
an interviewer's question, a slur discussed, a name in quotation marks, Tutsi who defended
themselves, others' words in indirect speech, a claim quoted after "claiming that", and a count
without a word of the whole toll (of one place named before) or credited to its source.

FIXTURE WARNING: the strings marked DENIAL below are short, generic examples of genocide denial
written for these tests; they are not quotations of anyone.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from factfinder.check import markers as mk
from tests.test_check_markers import assert_own_voice, detect, embed_sentences  # noqa: F401 - fixture


@pytest.mark.parametrize("text, technique", [
    # DENIAL fixtures
    ("Rwanda's toll is a racket. The rest is inflation by NGOs that live off the tragedy and by witnesses who "
     "learned their lines.", "attack_on_witnesses"),
    ('The "over a million" repeated every April about Rwanda is a political number.', "fabrication"),
    ("The Rwandan numbers were pumped up afterwards: the real toll was maybe 150,000.", "fabrication"),
    ("The Rwandan numbers were pumped up afterwards: the real toll was maybe 150,000.", "minimisation"),
    ("RWANDA : ON VOUS MENT DEPUIS TRENTE ANS !", "fabrication"),
    ("Both sides killed on the same scale in Rwanda in 1994.", "double_genocide"),
    ("It was the RPF, he proves, that shot down President Habyarimana's plane to seize power.", "blame_shifting"),
    ("C'est Kagame qui a fait abattre l'avion du président Habyarimana le 6 avril 1994.", "blame_shifting"),
    ("The Hutu peasants who took up machetes were fathers defending their families from the Tutsi.",
     "justification"),
])
def test_new_wording_of_denial_is_read(text, technique, embed_sentences):  # noqa: F811
    assert_own_voice(text, technique, embed_sentences)


@pytest.mark.parametrize("text", [
    "Q: Were these killings a second genocide?",
    "Calling people cockroaches is not colourful language here; it prepares the listener to see killing as "
    "pest control.",
    "A coded cable Dallaire sent to New York, dated 11 January 1994, has become known as the 'genocide fax'.",
    "Ses habitants, des éleveurs tutsi appelés Abasesero, avaient déjà su se défendre lors des massacres des "
    "années 1960 et de 1973.",
    "A: You will find websites claiming that 'both sides committed genocide' in 1994.",
    "The soldiers said they had been ordered to kill their neighbours or be killed themselves.",
    "The French judge Bruguière claimed it was the RPF that shot down the plane; no court has confirmed it.",
])
def test_what_is_asked_discussed_named_or_reported_is_not_the_writers(text, embed_sentences):  # noqa: F811
    assert [(m.technique, m.text) for m in detect(text, embed_sentences) if m.voice == "own"] == []


def _minimising_claim(text: str, figure: str) -> SimpleNamespace:
    return SimpleNamespace(start=0, end=len(text), text=text, signals=["minimises"],
                           values={"figures": [{"text": figure}]})


@pytest.mark.parametrize("text, figure, flagged", [
    # DENIAL fixture: a toll far below every estimate, with a word of the whole
    ("Only 50,000 people died in the genocide.", "50,000", True),
    ("Honest people spoke of a few hundred thousand dead on all sides.", "a few hundred thousand", True),
    # a short count of a place the text named before, and a source's own estimate
    ("Around 4,000 were killed.", "Around 4,000", False),
    ("Subtracting roughly 150,000 survivors, Human Rights Watch arrived at about 507,000 Tutsi killed.",
     "about 507,000", False),
])
def test_a_toll_the_record_contradicts_is_minimisation_only_as_a_whole(text, figure, flagged):
    sentences = [(0, len(text))]
    found = mk.markers_from_checks(text, [_minimising_claim(text, figure)], sentences, [])
    assert bool([m for m in found if m.technique == "minimisation"]) == flagged, found


def test_literals_scanned_once_give_the_same_markers(embed_sentences):  # noqa: F811
    # DENIAL fixture
    text = ("The genocide story is a hoax. Both sides killed on the same scale in Rwanda in 1994. "
            "İstanbul has nothing to do with it.")
    sentences, vectors = embed_sentences(text)
    assert mk._factors_present(text, sentences) is None   # « İ » lowercases to two characters
    found = mk.detect_markers(text, sentences, sentence_vectors=vectors)
    assert {m.technique for m in found} >= {"fabrication", "double_genocide"}
