"""`factfinder check` across French and English: a French sentence is glossed into English words
(`check/gloss.py`) before it is embedded or cut into BM25 terms, so it finds the English statement
of the same fact. The gacaca courts' closing on 18 June 2012 after 1,958,634 cases is the record's
(`examples/FACTS.md`; gacaca.rw, "Achievements")."""

from __future__ import annotations

from tests.test_check_verdicts import chronology_fixture  # noqa: F401 - fixtures
from tests.test_check_verdicts_round9 import read_as_check_text


def test_a_french_sentence_is_read_in_english_words():
    from factfinder.check.gloss import english_gloss, glossary, language_of, retrieval_text
    from factfinder.check.retrieve import tokenize

    words, expressions = glossary()
    assert len(words) > 1500 and expressions, "the glossary file is missing or empty"
    french = "Les juridictions ont fermé le 18 juin 2012 après avoir traité 1\u202f958\u202f634 affaires."
    assert language_of(french) == "fr"
    glossed = english_gloss(french)
    for word in ("courts", "closed", "june", "cases"):
        assert word in glossed.lower(), glossed
    assert "1\u202f958\u202f634" in glossed and "2012" in glossed   # numbers pass through
    # an elided article is a word of its own; a name passes through; an expression wins over its words
    assert "Kigali" in english_gloss("L'enquête sur l'attentat de Kigali.")
    assert "security council" in english_gloss("Le Conseil de sécurité a voté.").lower()
    # English is left as it is, and BM25 reads both languages in the same terms
    english = "The courts closed on 18 June 2012."
    assert retrieval_text(english) == english
    assert {"courts", "closed", "june"} <= set(tokenize(french)) & set(tokenize(english))


GACACA = ("# Gacaca\n\nRwanda's gacaca courts tried 1,958,634 genocide-related cases before they closed on "
          "18 June 2012.\n")
gacaca = chronology_fixture(GACACA, "Gacaca")


def test_a_french_sentence_finds_the_english_statement_of_the_same_fact(gacaca):
    index, _ = gacaca
    text = "Les juridictions gacaca ont fermé le 18 juin 2012 après avoir traité 1\u202f958\u202f634 affaires."
    [hit, *_] = index.search(text, {}, k=3)
    assert "1,958,634" in hit.claim["text"] and hit.cosine >= 0.5, (hit.cosine, hit.claim["text"])
    result = read_as_check_text(index, text, "fr")
    assert result.verdict == "supported", result.explanation
