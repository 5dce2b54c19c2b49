"""Rhetoric markers changed in session 21 (2026-11-28): "stop calling it a genocide" refuses the word in
the writer's voice; the genocide's official name quoted after a naming word ("renamed it the 'genocide
against the Tutsi'") is a name cited, not scare quotes; and a denial phrase after "not the same as
saying" / "sans prétendre" is mentioned to be rejected.

FIXTURE WARNING: the strings marked DENIAL below are short, generic examples of denial talking points
written for these tests; they are not quotations of anyone.
"""

from __future__ import annotations

import pytest

from factfinder.check import markers as mk
from tests.test_check_markers_round16 import techniques


@pytest.mark.parametrize("text", [
    # DENIAL fixtures
    "So stop calling it a genocide against the Tutsi, it was a war.",
    "Please don't call it a genocide when both sides killed.",
    "Arrêtez donc de parler de génocide, c'était une guerre.",
])
def test_refusing_the_word_genocide_is_definitional_denial_in_own_voice(text):
    assert ("definitional_denial", "own") in techniques(text)


@pytest.mark.parametrize("text", [
    # the refusal itself negated or reported: nobody here refuses the word
    "Nobody should ever stop calling it a genocide.",
    "We will never stop calling it a genocide.",
    # the official name quoted as a name
    "In 2014 the UN General Assembly renamed the day the 'genocide against the Tutsi'.",
    "La journée du 7 avril porte désormais sur le « génocide contre les Tutsi ».",
])
def test_the_word_kept_or_the_name_cited_is_no_own_voice_definitional_denial(text):
    assert ("definitional_denial", "own") not in techniques(text)


def test_an_official_name_quoted_after_a_naming_word_is_reported():
    text = "In 2018 the UN officially renamed the commemoration the “genocide against the Tutsi”."
    start = text.index("genocide against")
    end = start + len("genocide against the Tutsi")
    voice, why = mk.marker_voice(text, (0, len(text)), start, end, False, mk.quote_regions(text), [], [],
                                 "definitional_denial")
    assert (voice, why) == ("reported", "a name quoted as given")
    # the same quoted words with no naming word before them keep the test for scare quotes
    sneer = "They keep repeating their “genocide against the Tutsi” at every conference."
    start = sneer.index("genocide against")
    voice, why = mk.marker_voice(sneer, (0, len(sneer)), start, start + len("genocide against the Tutsi"),
                                 False, mk.quote_regions(sneer), [], [], "definitional_denial")
    assert why != "a name quoted as given"


def test_a_phrase_after_a_negated_saying_is_rejected():
    # DENIAL fixture: the bare claim is own-voice fabrication
    assert ("fabrication", "own") in techniques("The genocide was invented.")
    text = "Criticising the tribunal is not the same as saying the genocide was invented."
    assert not {t for t, v in techniques(text) if v == "own"}
    start = text.index("invented")
    assert mk._rejects(text, (0, len(text)), start, start + len("invented"))
    assert not mk._rejects("They keep saying the genocide was invented.", (0, 43), 34, 42)


@pytest.mark.parametrize("text", [
    "Ce livre critique le TPIR sans prétendre que le génocide a été inventé.",
    "Ce livre critique le TPIR. Il ne prétend pas que le génocide a été inventé.",
])
def test_a_french_phrase_after_a_negated_saying_is_no_own_voice_marker(text):
    assert ("fabrication", "own") in techniques("Le génocide a été inventé.")
    assert not {t for t, v in techniques(text) if v == "own"}
