"""Rhetoric markers read in session 5 (2026-11-26), on wording from the training sets written blind:
blame put on the RPF by name, the war's start asked about to shift the blame, a civil war "with dead
on both sides" in French, the plan called cooked up, "genocide" in scare quotes after "another" or
"one-sided"; and what is not a marker: a large toll stated plainly, the RPF's own victims counted,
a second genocide named to reject it, scholarship asking who started the war, the destruction of
the Tutsi named as a fact.

FIXTURE WARNING: the strings marked DENIAL below are short, generic examples of genocide denial
written for these tests; they are not quotations of anyone.
"""

from __future__ import annotations

import pytest

from tests.test_check_markers import detect, embed_sentences  # noqa: F401 - fixture


@pytest.mark.parametrize("text, technique", [
    # DENIAL fixtures
    ("The true culprit is the RPF, which shot down the plane knowing exactly what would follow.", "blame_shifting"),
    ("And who started that war? The RPF invaded from Uganda in 1990 and everything that followed is on them.",
     "blame_shifting"),
    ("Who actually started the war, if not the RPF army that invaded from Uganda in October 1990?", "blame_shifting"),
    ("Le génocide des Tutsi ? Il y a eu une guerre civile avec des morts des deux côtés, point.", "double_genocide"),
    ("This so-called plan to exterminate the Tutsi was cooked up by the winners after the war.", "fabrication"),
    ('Rwanda, 1994: lol, another "genocide" documentary, nobody ever tells the real story.', "definitional_denial"),
    ("But the tidy story of a one-sided “genocide” in Rwanda is far too simple.", "definitional_denial"),
])
def test_new_wording_of_denial_is_read(text, technique, embed_sentences):  # noqa: F811
    found = detect(text, embed_sentences)
    assert technique in {m.technique for m in found}, [(m.technique, m.text) for m in found]
    assert all(m.voice == "own" for m in found if m.technique == technique)


@pytest.mark.parametrize("text", [
    "Historians ask who really started the war in October 1990; the RPF crossed from Uganda.",
    "FACT: RPF soldiers did kill civilians in Rwanda, perhaps tens of thousands of them, and those crimes deserve "
    "justice.",
    "None of this turns the RPF's crimes into a second genocide; the Commission of Experts found no evidence of an "
    "intent to destroy the Hutu.",
    "The destruction of the Tutsi in 1994 was neither sudden nor invisible.",
    "How many people died in the genocide? Our own view is that something like 800,000 people lost their lives.",
])
def test_scholarship_and_plain_tolls_carry_no_denial_marker(text, embed_sentences):  # noqa: F811
    from factfinder.check.markers import DENIAL_TECHNIQUES, DISTORTION_TECHNIQUES

    found = [m for m in detect(text, embed_sentences)
             if m.voice == "own" and m.technique in DENIAL_TECHNIQUES | DISTORTION_TECHNIQUES | {"blame_shifting"}]
    assert not found, [(m.technique, m.text, m.method) for m in found]
