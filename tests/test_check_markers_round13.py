"""Rhetoric markers read in session 13 (2026-11-27), from what the markers missed or gave the wrong
voice leave one set out: the plane's downing laid at the RPF's door as common knowledge; a view told
to the writer ("a man tells me this proves …") or held up by others ("held up as proof of a 'second
genocide'"); a source's estimate called too low, a count of survivors and a count of the RPA's
victims are no minimisation of the genocide's toll.

FIXTURE WARNING: the strings marked DENIAL below are short, generic examples of genocide denial
written for these tests; they are not quotations of anyone.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from factfinder.check import markers as mk
from tests.test_check_markers import assert_own_voice, detect, embed_sentences  # noqa: F401 - fixture


@pytest.mark.parametrize("text", [
    # DENIAL fixtures
    "And the RPF shot that plane down themselves, everyone knows it.",
    "Everybody knows the RPF shot down his plane and then blamed the killing on its own victims.",
    "Le président a été assassiné par le FPR, tout le monde le sait.",
    "Who really shot down Habyarimana's plane, if not Kagame's men?",
])
def test_the_plane_laid_at_the_rpfs_door_as_common_knowledge(text, embed_sentences):  # noqa: F811
    assert_own_voice(text, "blame_shifting", embed_sentences)


@pytest.mark.parametrize("text", [
    # DENIAL fixtures
    "That tribunal put only the losers in the dock and paid its witnesses to lie.",
    "It convicted him on the word of witnesses paid by the prosecution.",
    "Take the guided tours with a pinch of salt: the guides are survivors paid to repeat one version.",
])
def test_witnesses_said_to_be_paid(text, embed_sentences):  # noqa: F811
    assert_own_voice(text, "attack_on_witnesses", embed_sentences)


@pytest.mark.parametrize("text", [
    # DENIAL fixtures
    "In Rwanda the tribunal tried only the losers and let the winners write the history.",
    "The RPF ended up in power in July 1994, so the RPF got to write the story.",
    "The Rwanda memorial tells only the winners' version.",
])
def test_the_history_called_the_winners_writing(text, embed_sentences):  # noqa: F811
    assert_own_voice(text, "fabrication", embed_sentences)


def test_the_winners_writing_quoted_is_reported(embed_sentences):  # noqa: F811
    text = 'A post shared this week claims that the 1994 genocide in Rwanda was "invented by the winners".'
    found = [m for m in detect(text, embed_sentences) if m.technique == "fabrication"]
    assert found and all(m.voice == "reported" for m in found), found


def test_a_court_tally_the_record_contradicts_is_an_attack_on_the_court():
    text = "The Arusha tribunal never acquitted anyone."   # DENIAL fixture
    claim = SimpleNamespace(start=0, end=len(text), text=text, signals=["court_tally"], values={})
    found = mk.markers_from_checks(text, [claim], [(0, len(text))], [])
    assert [(m.technique, m.voice) for m in found] == [("attack_on_witnesses", "own")]
    quoted = "Claim: “The Arusha tribunal never acquitted anyone.”"
    claim = SimpleNamespace(start=0, end=len(quoted), text=quoted, signals=["court_tally"], values={})
    assert [m.voice for m in mk.markers_from_checks(quoted, [claim], [(0, len(quoted))], [])] == ["reported"]


@pytest.mark.parametrize("text", [
    "Judge Bruguière's 2006 report accused the RPF of shooting down the plane, and of course Kigali rejected it.",
    "Nobody knows who shot down the plane; the French inquiry ended with a non-lieu.",
    "SAM: Honestly, I think the RPF shot that plane down, and everybody knows it.",
])
def test_an_inquiry_or_an_opinion_about_the_plane_is_not_that_rule(text):
    rule = mk._ROUND13_RULES[0]
    assert not [m for m in rule.pattern.finditer(text) if rule.check(text, m)], text


@pytest.mark.parametrize("text, said", [
    ("At a diaspora meeting in Brussels a man tells me this proves there were 'two genocides'.", "two genocides"),
    ("On some exile websites Kabgayi is now held up as proof of a 'second genocide', this one against the Hutu.",
     "second genocide"),
])
def test_a_view_told_to_the_writer_or_held_up_by_others_is_reported(text, said):
    start = text.index(said)
    voice, why = mk.marker_voice(text, (0, len(text)), start, start + len(said), False, mk.quote_regions(text),
                                 mk.block_quotes(text), [], "double_genocide")
    assert voice == "reported", why


def _minimising_claim(text: str, figure: str) -> SimpleNamespace:
    return SimpleNamespace(start=0, end=len(text), text=text, signals=["minimises"],
                           values={"figures": [{"text": figure}]})


@pytest.mark.parametrize("text, figure, flagged", [
    ("In December 1994 the UN Commission of Experts put the unarmed civilians murdered at about 500,000 and "
     "warned that the estimate might be too low.", "about 500,000", False),
    ("Une étude économétrique leur a attribué environ 9 % des violences, soit quelque 45 000 morts tutsi.",
     "quelque 45 000", False),
    ("Subtract some 150,000 survivors and you arrive at roughly 507,000 Tutsi killed.", "some 150,000", False),
    ("In all, RPA soldiers killed tens of thousands of civilians in 1994, a fraction of the genocide's toll.",
     "tens of thousands", False),
    # DENIAL fixture: the toll itself brought down
    ("The Tutsi dead of 1994, on any honest count, numbered only 150,000.", "150,000", True),
])
def test_a_low_figure_that_is_no_minimisation(text, figure, flagged):
    found = mk.markers_from_checks(text, [_minimising_claim(text, figure)], [(0, len(text))], [])
    assert bool([m for m in found if m.technique == "minimisation"]) == flagged, found


def test_a_marker_in_a_text_that_acknowledges_is_words_it_presents():
    from factfinder.check.model import Marker
    from factfinder.check.stance import PRESENTED, voices_in_context

    own = Marker(0, 13, "two genocides", "double_genocide", "own", "ihra-2013:double_genocide", "", 0.8, "rule",
                 "both sides' killing called genocide")
    quoted = Marker(20, 27, "inyenzi", "dehumanisation", "reported", "dsp:dehumanisation", "", 0.8)
    read = voices_in_context([own, quoted], "acknowledges")
    assert [m.voice for m in read] == ["reported", "reported"]
    assert read[0].explanation.endswith(PRESENTED) and read[0].explanation.startswith("both sides")
    assert read[1] is quoted
    for stance in ("denies", "distorts", "mixed"):   # a denial text's markers stay its own
        assert [m.voice for m in voices_in_context([own, quoted], stance)] == ["own", "reported"]
