"""`factfinder check`, verdicts read in session 6 (2026-11-26): a national toll written as "the
number killed ... at between X and Y" or with « assassinés »; the Tutsi share of the population
named by its words across languages; what the appeal did said as "commuted", "converted" or "quashed
all his convictions"; the date of one act of one named thing (the gacaca courts closing); and a
record statement restated with one detail changed (a nationality, a resolution number)."""

from __future__ import annotations

import pytest

from tests.test_check_verdicts import reference  # noqa: F401 - fixture


def read_as_check_text(index, text: str, language: str = "en"):  # noqa: ANN001, ANN201
    """The longest claim of `text` judged against `index`, extracted as `check_text` does."""
    from factfinder.check.verdicts import assess_claims
    from factfinder.extract.pipeline import Extractor

    # as `check_text` reads a text: every statement naming someone is a claim
    result = Extractor().extract(text, language, [(0, len(text))], named_facts=True)
    found = assess_claims(None, index, text, result.claims, result.mentions)
    assert found, text
    return max(found, key=lambda c: c.end - c.start)


def assert_verdict(index, text: str, verdict: str, said: str = ""):  # noqa: ANN001, ANN201
    """`text`'s longest claim gets `verdict`, and its explanation says `said`; returns the check."""
    result = read_as_check_text(index, text)
    assert result.verdict == verdict, result.explanation
    assert said in result.explanation, result.explanation
    return result


@pytest.mark.parametrize("text, language, verdict", [
    # the national toll, on which the record's sources disagree
    ("Most estimates put the number killed in the genocide at between 800,000 and a million.", "en", "disputed"),
    ("Plus d'un million de Tutsi ont été assassinés en cent jours.", "fr", "disputed"),
    ("Selon ce pamphlet, seulement 20 000 Tutsi ont été assassinés en 1994.", "fr", "contradicted"),
    # the Tutsi share: 8.4 % in the 1991 census, about 15 % for HRW
    ("Les Tutsi formaient alors quelque 15 % de la population.", "fr", "disputed"),
    ("Les Tutsi formaient alors 40 % de la population.", "fr", "contradicted"),
    # ... but a share of the dead is another quantity
    ("Les Tutsi tués représentent 40 % de la population des victimes.", "fr", None),
])
def test_tolls_and_shares_named_by_their_words(reference, text, language, verdict):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text, language)
    if verdict is None:
        assert "population tutsi share" not in result.explanation, result.explanation
    else:
        assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize("text, verdict", [
    # Kajelijeli: life terms converted to 45 years on appeal
    ("Juvénal Kajelijeli's life terms were commuted to 25 years because his rights had been breached.", "contradicted"),
    ("Juvénal Kajelijeli's life terms were converted to 45 years on appeal.", "supported"),
    # Nahimana kept a 30-year term; Zigiranyirazo was acquitted
    ("Nahimana walked free after the appeals judges quashed all his convictions.", "contradicted"),
    ("The appeals judges quashed all of Zigiranyirazo's convictions in 2009.", "supported"),
])
def test_what_the_appeal_did_in_other_words(reference, text, verdict):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text)
    assert result.verdict == verdict, result.explanation


def test_the_date_of_one_act_of_one_named_thing(reference):  # noqa: F811
    index, _ = reference
    wrong = read_as_check_text(index, "Others faced the community gacaca courts, which only closed in 2015.")
    assert wrong.verdict == "contradicted", wrong.explanation
    assert "2012-06-18" in wrong.explanation
    right = read_as_check_text(index, "The gacaca courts closed in June 2012.")
    assert right.verdict == "supported", right.explanation


@pytest.mark.parametrize("ours, theirs, acts", [
    ("the gacaca courts, which only closed in 2015", "The courts closed on 18 June 2012; the national gacaca service", True),
    ("the Arusha agreement was signed in August 1992", "In Arusha, Tanzania, the parties sign the Arusha Peace Agreement.", True),
    # the same thing, another act; the same act, another thing
    ("the gacaca courts opened in 2002", "The courts closed on 18 June 2012; the national gacaca service", False),
    ("the border was closed in 1994", "The courts closed on 18 June 2012; the national gacaca service", False),
])
def test_same_act_of_the_same_thing(ours, theirs, acts):
    from factfinder.check.verdicts import _same_act

    assert bool(_same_act(ours, theirs)) is acts


@pytest.mark.parametrize("ours, theirs, changed", [
    ("an informant warned UNAMIR of a plan to kill French peacekeepers and of hidden weapons",
     "UNAMIR had an informant who reported a plan to kill Belgian soldiers and the existence of hidden weapons",
     ("nationality", "french", "belgian")),
    ("On 17 May 1994 Resolution 925 imposed an arms embargo on Rwanda",
     "Resolution 918 imposes an arms embargo on Rwanda and authorises an expanded UNAMIR",
     ("resolution", "925", "918")),
    ("the Prime Minister was killed on 7 April by the FAR", "the Prime Minister was killed on 7 April by the RPF",
     ("party", "far", "rpf")),
    # words of no closed kind, the RPF and its army, two details changed, too little in common
    ("troops were killed in Kigali in April", "soldiers were killed in Kigali in April", None),
    ("civilians were killed by the RPA in Byumba", "civilians were killed by the RPF in Byumba", None),
    ("French peacekeepers reached Goma in July", "Belgian peacekeepers reached Kigali in July", None),
    ("French troops", "Belgian troops", None),
])
def test_one_changed_detail(ours, theirs, changed):
    from factfinder.check.verdicts import _changed_detail

    found = _changed_detail(ours, theirs)
    assert (found[:3] if found else None) == changed


@pytest.mark.parametrize("text, verdict, quantity", [
    # a figure credited to whom the record holds it from, with no counted thing named
    ("The Goma Epidemiology Group later put the number at between 500,000 and 800,000.", "supported",
     "refugees zaire"),
    ("A former interior minister later put the number at some 60,000 for the period up to August 1995.", "supported",
     "rpf killings"),
    # no one credited: no quantity is named by credit
    ("Later the number was put at between 500,000 and 800,000.", None, None),
])
def test_a_credited_figure_names_its_quantity(reference, text, verdict, quantity):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text)
    if verdict is None:
        assert "credits" not in result.explanation, result.explanation
    else:
        assert result.verdict == verdict, result.explanation
        assert quantity in result.explanation
