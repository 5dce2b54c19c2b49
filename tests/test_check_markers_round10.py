"""Rhetoric markers read in session 8 (2026-11-26), on the hard negatives of the training sets
check-train10 and check-train11 (written blind): words quoted to say what they meant, a term in
quotation marks named as talk, a claim named as a claim with an aside or "is" between ("a claim,
heard in some diaspora circles, that …", "the book's second claim is that …"), a quotation the
match runs into or a term quoted whole (a mention; "genocide" in scare quotes stays the writer's own), an
inflated count of the RPF's victims (a critique of denial, not denial); and two tropes of denial: the
toll said to grow with the years, and who "gained" from the plane's downing.

FIXTURE WARNING: the strings marked DENIAL below are short, generic examples of genocide denial
written for these tests; they are not quotations of anyone.
"""

from __future__ import annotations

import pytest

from tests.test_check_markers import assert_own_voice, detect, embed_sentences  # noqa: F401 - fixture


@pytest.mark.parametrize("text", [
    "Chantal told us the attackers sang while they worked, a refrain whose words meant 'let us exterminate "
    "them all'.",
    "Folding those deaths into the genocide toll is exactly how the 'double genocide' talk gets started.",
    "A discussant took issue with a claim, heard in some diaspora circles, that the RPA's killings amounted to a "
    "second genocide.",
    "The book's second claim is that the killing was 'spontaneous popular anger' after the president's death.",
])
def test_words_quoted_named_or_discussed_are_not_the_writers(text, embed_sentences):  # noqa: F811
    found = detect(text, embed_sentences)
    assert found, text   # the technique is read ...
    assert [(m.technique, m.text) for m in found if m.voice == "own"] == []   # ... in another's voice


@pytest.mark.parametrize("text, technique", [
    # DENIAL fixtures: the same words in the writer's own voice ...
    ("There was a double genocide in Rwanda.", "double_genocide"),
    ("The RPA's killings in 1994 amounted to a second genocide.", "double_genocide"),
    ("The killing in Rwanda was spontaneous popular anger after the president's death.", "spontaneity"),
    ("The Rwandan figures were inflated to a million to attract aid.", "minimisation"),
    # ... and the toll said to grow with the years, the plane's downing laid at the RPF's door
    ("Funny how the Rwandan death toll grows a little bit every anniversary.", "minimisation"),
    ("The numbers only ever go up, the longer the same man stays in power.", "minimisation"),
    ("Ask yourself who actually gained from that plane coming down, because it certainly wasn't the Hutu.",
     "blame_shifting"),
])
def test_denial_in_the_writers_own_voice(text, technique, embed_sentences):  # noqa: F811
    assert_own_voice(text, technique, embed_sentences)


def test_a_term_quoted_whole_is_mentioned_but_genocide_in_scare_quotes_is_own(embed_sentences):  # noqa: F811
    found = detect("Historians trace the “double genocide” to exile circles in the late 1990s.", embed_sentences)
    # (a mention: since session 25 a name for the other genocide quoted alone is no marker at all)
    assert all(m.voice == "reported" for m in found) and "double_genocide" not in {m.technique for m in found}, found
    # DENIAL fixture: the word genocide itself in scare quotes
    found = detect("The so-called “genocide” in Rwanda was a civil war.", embed_sentences)
    assert ("definitional_denial", "own") in {(m.technique, m.voice) for m in found}, found


@pytest.mark.parametrize("text", [
    "The number of recorded cases grows every week in the camps around Goma.",
    "Investigators asked who benefited from the attack on the plane; no court has answered.",
    "The toll never grew with each anniversary: the government's census of 2002 has not changed.",
])
def test_counts_that_grow_and_questions_reported_are_not_markers(text, embed_sentences):  # noqa: F811
    assert [(m.technique, m.text) for m in detect(text, embed_sentences)
            if m.voice == "own" and m.technique in ("minimisation", "blame_shifting")] == []


def test_an_inflated_count_of_the_rpfs_victims_is_no_minimisation(embed_sentences):  # noqa: F811
    text = "But the author inflates the figure to 'at least two million Hutu', a number found in no serious source."
    assert [m for m in detect(text, embed_sentences) if m.technique == "minimisation"] == []
