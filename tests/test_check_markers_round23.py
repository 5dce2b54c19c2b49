"""Rhetoric markers changed in session 23 (2026-11-29): a slur reported as what people "were treated as"
(« les Tutsi y sont traités de cafards ») is the reported speech's, not the writer's.

FIXTURE WARNING: the strings marked INCITEMENT below are short, generic examples written for these tests;
they are not quotations of anyone.
"""

from __future__ import annotations

import pytest

from tests.test_check_markers_round16 import techniques


@pytest.mark.parametrize("text", [
    "Les Tutsi y sont traités d'« inyenzi », de cafards.",
    "Dans ce journal, les Tutsi sont traités de cafards.",
    "On the radio the Tutsi were called cockroaches.",
])
def test_a_slur_reported_as_what_people_were_called_is_reported(text):
    assert techniques(text) == {("dehumanisation", "reported")}


def test_a_slur_in_the_writers_own_sentence_stays_own():
    # INCITEMENT fixture
    assert ("dehumanisation", "own") in techniques("Ces cafards doivent être traités comme ils le méritent.")
