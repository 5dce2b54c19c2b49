"""`factfinder check`, verdicts read in session 21 (2026-11-28): the court a text names for a judgment
against the court the record has ("a court in Ontario" for the Superior Court of Quebec); the term an
accused "ended up with"; each accused's bare term in a list ("… and Ntezimana twelve"); "25 yrs";
"res 929" and "12 votes for"; a date reckoned from the night the plane was shot down; the soldiers of
a killing counted as its dead; "demolished" as a destruction; and abbreviations that do not end a
sentence ("13 clergy incl. the Archbishop").

Every fact below is the record's: rows of `src/factfinder/data/proceedings/rwanda1994_proceedings.csv`
(Désiré Munyaneza, Superior Court of Quebec, 2009; François Bazaramba, Porvoo District Court
(Finland), 2010; Jean-Paul Akayesu, ICTR, life; Jean-Bosco Barayagwiza, 35 years reduced to 32 on
appeal; Ferdinand Nahimana, life reduced to 30; Alphonse Higaniro, 20 years, and Vincent Ntezimana,
12, Brussels 2001; the Nyange church destroyed on 16 April 1994, tried in the Kanyarukiga case) and
the plane shot down on 6 April 1994 (examples/FACTS.md 2.1).
"""

from __future__ import annotations

import pytest

from factfinder.check.retrieve import sentence_terms
from factfinder.check.verdicts import (_clause_terms, _court_country, _killing_class, _resolutions,
                                       _wrong_court_seat, reckoned_from_the_plane, vote_tally)
from tests.test_check_verdicts import one, reference  # noqa: F401 - a fixture


@pytest.mark.parametrize("text, court, wrong", [
    ("Désiré Munyaneza was convicted in May 2009 by a court in Ontario.", "Superior Court of Quebec",
     "court in Ontario"),
    ("Munyaneza was convicted by a Canadian court in 2009.", "Superior Court of Quebec", None),
    ("Munyaneza was convicted by a Montreal court in 2009.", "Superior Court of Quebec", None),
    ("Bazaramba was sentenced to life by a Swedish court in June 2010.", "Porvoo District Court (Finland)",
     "Swedish court"),
    ("Bazaramba was sentenced to life by a Finnish court in June 2010.", "Porvoo District Court (Finland)", None),
    ("Akayesu was sentenced to life by a Rwandan court.", "ICTR", "Rwandan court"),
    ("In 2005 a Brussels jury convicted Nzabonimana.", "Cour d'assises de Bruxelles", None),
    ("Bucyibaruta a été condamné par la justice belge en 2022.", "Cour d'assises de Paris", "justice belge"),
    ("Bucyibaruta a été condamné par la cour d'assises de Paris.", "Cour d'assises de Paris", None),
    # a sentence that names two courts names the right one too
    ("Unlike the Belgian court that tried the nuns, a Swiss military tribunal convicted Niyonteze.",
     "Tribunal militaire de division 2, Lausanne (Switzerland)", None),
    # no court named: nothing to compare
    ("Mugesera was deported from Canada in 2012 and sentenced to life.", "High Court of Rwanda", None),
])
def test_the_court_a_text_names_is_compared_with_the_records(text, court, wrong):
    assert _wrong_court_seat(text, court) == wrong


def test_a_courts_seat_is_read_from_its_name():
    assert _court_country("Superior Court of Quebec") == ("canada", "quebec")
    assert _court_country("Oberlandesgericht Frankfurt") == ("germany", None)
    assert _court_country("Gacaca courts") == ("rwanda", None)
    assert _court_country("District Court of The Hague") == ("netherlands", None)
    assert _court_country("IRMCT") == ("international", None)


@pytest.mark.parametrize("text, verdict, words", [
    ("Désiré Munyaneza was convicted in May 2009 by a court in Ontario.", "contradicted", "Superior Court of Quebec"),
    ("François Bazaramba was sentenced to life by a Swedish court in June 2010.", "contradicted", "Porvoo"),
    ("François Bazaramba was sentenced to life by a Finnish court in June 2010.", "supported", "life"),
    ("Jean-Paul Akayesu was sentenced to life by a Rwandan court.", "contradicted", "ICTR"),
    # the term after the appeal, however the text says it
    ("Barayagwiza ended up with 35 years.", "contradicted", "32 years"),
    ("Barayagwiza ended up with 32 years.", "supported", "32 years"),
    ("Ferdinand Nahimana was convicted in 2003 and ended up with a life sentence.", "contradicted", "30 years"),
    ("Bagosora got life in 2008 and it stayed life on appeal.", "contradicted", "35 years"),
    # revision notes: the term alone, in "yrs"
    ("Akayesu = bourgmestre of Taba, convicted Sept 1998, 25 yrs.", "contradicted", "life"),
    # each accused's bare term
    ("The former minister Alphonse Higaniro was given twenty years, and the university professor Vincent "
     "Ntezimana twelve.", "supported", "12 years"),
    ("The former minister Alphonse Higaniro was given twenty years, and the university professor Vincent "
     "Ntezimana fifteen.", "contradicted", "12 years"),
    # a court's event: the Nyange church, destroyed on 16 April 1994 ("demolished" is a destruction)
    ("At Nyange, in Kibuye, the church sheltering about 2,000 Tutsi was demolished on 16 May 1994.", "contradicted",
     "1994-04-16"),
])
def test_court_reporting_read_in_session_21(reference, text, verdict, words):  # noqa: F811
    _index, check = reference
    result = one(check, text)
    assert result.verdict == verdict, result.explanation
    assert words in result.explanation, result.explanation


def test_a_bare_term_after_each_accused_is_that_accuseds():
    text = ("The mother superior, Consolata Mukangango, received fifteen years, and Sister Maria Kisito, "
            "Julienne Mukabutera, twelve.")
    named = ["Consolata Mukangango", "Julienne Mukabutera"]
    assert _clause_terms(text, "Julienne Mukabutera", {"15"}, named) == {"12"}
    assert _clause_terms("Higaniro got 20 years and Ntezimana 12.", "Vincent Ntezimana", {"20"}) == {"12"}
    # a word after the name that is no number leaves the clause's terms
    assert _clause_terms("Higaniro got 20 years and Ntezimana, who taught physics, too.", "Vincent Ntezimana",
                         {"20"}) == {"20"}


def test_informal_terms_and_resolutions_are_read():
    assert sentence_terms("convicted Sept 1998, 25 yrs") == {"25"}
    assert sentence_terms("a 25-yr-old") == set()
    assert _resolutions("22 June: res 929 authorises Op. Turquoise") == {"929"}
    assert _resolutions("UNSCR 955 created the tribunal") == {"955"}
    assert _resolutions("some 1,000 residents") == set()
    assert vote_tally("passed with 12 votes for.") == {"for": 12}


@pytest.mark.parametrize("text, earliest, latest", [
    ("Twenty-five days after the plane went down, the Council voted to cut the mission.", "1994-05-01", "1994-05-01"),
    ("A day after the plane was shot down, the prime minister was killed.", "1994-04-07", "1994-04-07"),
    ("Two weeks after Habyarimana's plane was shot down, the Council cut UNAMIR.", "1994-04-17", "1994-04-23"),
    ("Trois jours après l'attentat, les massacres avaient gagné Gikongoro.", "1994-04-09", "1994-04-09"),
])
def test_a_date_is_reckoned_from_the_night_the_plane_was_shot_down(text, earliest, latest):
    reckoned = reckoned_from_the_plane(text)
    assert reckoned is not None and (reckoned["earliest"], reckoned["latest"]) == (earliest, latest)


@pytest.mark.parametrize("text", [
    "Two weeks after the plane, the camps filled.",          # no act of its downing: some other plane, perhaps
    "Two weeks after the vote, the Council met again.",
    "The plane was shot down on 6 April.",
])
def test_nothing_is_reckoned_without_the_downing(text):
    assert reckoned_from_the_plane(text) is None


def test_the_soldiers_of_a_killing_are_counted_as_its_dead():
    killed = {"text": "Twelve", "counted": "killed", "low": 12, "high": 12, "unit": "people"}
    troops = {"text": "Ten", "counted": "peacekeepers", "low": 10, "high": 10, "unit": "people"}
    bare = {"text": "twelve", "counted": None, "low": 12, "high": 12}
    assert _killing_class(killed, "killing", "Twelve Belgian peacekeepers were killed in Kigali.") == "troops killed"
    assert _killing_class(troops, "killing", "Ten Belgian UNAMIR peacekeepers were disarmed and killed.") == \
        "troops killed"
    assert _killing_class(bare, "killing", "The twelve Belgian paratroopers assigned to protect her were killed.") == \
        "troops killed"
    # a force's strength is not its dead
    assert _killing_class(troops, "institutional", "Ten Belgian UNAMIR peacekeepers were deployed.") == "troops"
    # nor are the civilians of a killing its soldiers
    assert _killing_class({"text": "fifteen", "counted": "civilians", "low": 15, "high": 15}, "killing",
                          "Soldiers killed fifteen civilians near Kabgayi.") != "troops killed"


@pytest.mark.parametrize("text, sentences", [
    ("Sept '94: RPF soldiers kill 13 clergy incl. the Archbishop of Kigali at Kabgayi.", 1),
    ("Res. 929 authorised Op. Turquoise on 22 June. It passed with ten votes.", 2),
    ("Was it planned? No. It was organised for months.", 3),
])
def test_an_abbreviation_does_not_end_a_sentence(text, sentences):
    from factfinder.extract.pipeline import Extractor

    found = Extractor().extract(text, "en", [(0, len(text))])
    assert len(found.sentences) == sentences, [text[s:e] for s, e, _ in found.sentences]


@pytest.mark.parametrize("text, whole", [
    ("Rwanda's government said 338 people died at Kibeho.", False),
    ("Rwanda’s army put the dead at 338.", False),
    ("About 800,000 people were killed in Rwanda.", True),
    ("Rwanda's genocide killed some 800,000 people.", True),     # the genocide names the whole
    ("In total 5,000 were killed in the camp.", True),
])
def test_the_country_as_an_actor_names_no_whole(text, whole):
    from factfinder.check.verdicts import _WHOLE
    assert bool(_WHOLE.search(text)) is whole
