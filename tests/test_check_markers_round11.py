"""Rhetoric markers read in session 9 (2026-11-26), on the hard negatives of the training sets: a
claim another text makes, introduced by that text as subject ("The post goes on: …", « Son auteur
va jusqu'à … », « Certains continuent d'écrire que … »); a match that starts inside a quotation
(« des miliciens qui chantaient « exterminons-les » en brandissant des machettes »); a small count
of one place or of the refugees is no minimisation of the genocide's toll.

FIXTURE WARNING: the strings marked DENIAL below are short, generic examples of genocide denial
written for these tests; they are not quotations of anyone.
"""

from __future__ import annotations

import pytest

from tests.test_check_markers import assert_own_voice, detect, embed_sentences  # noqa: F401 - fixture


@pytest.mark.parametrize("text", [
    "Fact check. The post goes on: “The ‘one million’ figure was made up by Kagame’s government to squeeze "
    "money out of Western donors.”",
    "Son auteur va jusqu'à ramener le bilan à « quelques dizaines de milliers de morts, des deux côtés ».",
    "Certains continuent pourtant d'écrire qu'il n'y aurait pas eu de génocide, mais une « guerre civile » où "
    "« tout le monde a tué ».",
    "En première instance, des témoins avaient affirmé l'avoir vu transporter des miliciens qui chantaient "
    "« exterminons-les » en brandissant des machettes.",
])
def test_another_texts_claim_is_not_the_writers(text, embed_sentences):  # noqa: F811
    found = detect(text, embed_sentences)
    assert found, text   # the technique is read ...
    assert [(m.technique, m.text) for m in found if m.voice == "own"] == []   # ... in another's voice


@pytest.mark.parametrize("text, technique", [
    # DENIAL fixtures: the same charges in the writer's own voice
    ("The one million figure was made up by Kagame's government to squeeze money out of Western donors.",
     "fabrication"),
    ("Perhaps 30,000 people died in Rwanda in 1994, no more.", "minimisation"),
])
def test_the_same_in_the_writers_voice(text, technique, embed_sentences):  # noqa: F811
    assert_own_voice(text, technique, embed_sentences)


def test_a_count_of_the_camps_is_not_the_genocides_toll(embed_sentences):  # noqa: F811
    found = detect("In all, perhaps 80,000 people died in the camps that summer.", embed_sentences)
    assert [m.technique for m in found if m.technique == "minimisation"] == []
