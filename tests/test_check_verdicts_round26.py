"""`factfinder check`, read in session 25 (2026-11-29): the genocide's length and end against the record's
period; a count's whole given beside its share; a count of the accused that is no one named before; the
RPF's killings told in the passive; a subject that denies of everyone tried; a disagreement of days the text
itself tells; refugees of every host country; the first-instance terms of the proceedings table; terms
changed on appeal told by their years; an acquittal that is the trial's, not the appeal's; polite denial's
markers; the writer's own estimate; what "the wire services will not tell you"; and a splice's opening that
holds no rhetoric of the writer's.

Every figure below is the reference pack's (`src/factfinder/data/reference/rwanda1994_figures.yaml`): the
genocide's period, "about 100 days between April and July 1994" (UN Independent Inquiry, S/1999/1257) and
"from 7 April to 17 July 1994, 'those hundred days'" (ICRC historians); the 1991 census population of
7,099,844 (`population_total`); the Christian Science Monitor's 2 million refugees of 1 August 1994
(`rw1994.refugees_total.csmonitor`); the UNHCR (Gersony) team's 25,000–45,000 killed by the RPA; UNAMIR's
authorised strength of 2,548. The terms are the proceedings table's
(`src/factfinder/data/proceedings/rwanda1994_proceedings.csv`, each row citing its source): Sylvain
Nsabimana, 25 years reduced to 18 on appeal; Grégoire Ndahimana, 15 years increased to 25; Laurent Semanza,
25 years increased to 35; Protais Zigiranyirazo, 20 years, reversed and acquitted on appeal; Justin Mugenzi
and Prosper Mugiraneza, 30 years each, reversed and acquitted; Onesphore Rwabukombe, 14 years at first
instance in Frankfurt, life on retrial after the Federal Court of Justice's decision of 21 May 2015; Gratien
Kabiligi, acquitted at trial (18 December 2008), no appeal decision; Bernard Ntuyahaga, 20 years in Brussels
(4 July 2007), acquitted of the murder of Prime Minister Agathe Uwilingiyimana; Fulgence Niyonteze, life at
first instance in Lausanne, 14 years on appeal; Ladislas Ntaganzwa, life from Rwanda's High Court Chamber for
International and Cross-Border Crimes. The chronology is the examples'
(`examples/chronology_1990_1995.md`; FACTS.md 3.5 and HRW's *Lasting Wounds* for 1 October 1990).

FIXTURE WARNING: the strings marked DENIAL below are short, generic examples of denial talking points
written for these tests; they are not quotations of anyone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factfinder.check import markers as mk
from factfinder.check.model import Marker, Segment
from factfinder.check.stance import composite_alarm
from tests.test_check_verdicts import chronology_fixture, one, reference  # noqa: F401 - a fixture
from tests.test_check_verdicts_round9 import read_as_check_text


def _with_period(index, text: str):  # noqa: ANN001, ANN202
    """`text`'s claims as `check_text` leaves them after reading the genocide's period."""
    from factfinder.check.arithmetic import check_arithmetic
    from factfinder.check.verdicts import assess_claims, contradict_by_period
    from factfinder.extract.pipeline import Extractor

    result = Extractor().extract(text, "en", [(0, len(text))], named_facts=True)
    claims = assess_claims(None, index, text, result.claims, result.mentions)
    return contradict_by_period(index, claims, check_arithmetic(text, result.mentions, "en"))


@pytest.mark.parametrize("text, contradicted, said", [
    ("In Rwanda in 1994, the genocide lasted barely two months.", True, "not barely two months"),
    ("The genocide against the Tutsi in Rwanda in 1994 lasted barely six weeks.", True, "not barely six weeks"),
    ("In Rwanda in 1994, the genocide lasted about 100 days.", False, ""),
    ("The genocide came to an end in early June 1994.", True, "the record dates its end to 4–17 July 1994"),
    ("The genocide ended only in late August 1994, when the last government troops fled.", True, "1994-08-21"),
    ("The genocide ended on 4 July 1994.", False, ""),
])
def test_the_genocide_s_length_and_end_are_read_against_the_record_s_period(reference, text, contradicted, said):
    index, _ = reference
    claims = _with_period(index, text)
    found = max(claims, key=lambda c: c.end - c.start)
    assert (found.verdict == "contradicted") == contradicted, found.explanation
    assert said in found.explanation
    if contradicted:   # the record's own statements of the period are the evidence
        assert found.evidence and all(e.relation == "contradicts" for e in found.evidence)
        assert any("100 days" in e.text or "hundred days" in e.text or "17 July" in e.text for e in found.evidence)


def test_a_place_s_killing_or_a_short_task_is_no_length_of_the_genocide():
    from factfinder.check.arithmetic import check_arithmetic
    from factfinder.extract.pipeline import Extractor

    for text in ("The killing at Nyarubuye in 1994 lasted three days.",
                 "In Rwanda in 1994, the convoy reached Goma in three weeks."):
        result = Extractor().extract(text, "en", [(0, len(text))])
        assert not [a for a in check_arithmetic(text, result.mentions, "en") if a.kind == "date_span"], text


@pytest.mark.parametrize("text, verdict, said", [
    # the whole a share is given of is the population, not the Tutsi the census counted
    ("The 1991 census counted about 7.1 million people, of whom 8.4 percent were registered as Tutsi.",
     "supported", "population total"),
    # all the refugees, not those of one host country
    ("By the start of August, by one newspaper's count, some two million Rwandans had become refugees.",
     "supported", "refugees total"),
    ("Some 500,000 Rwandans had fled into Tanzania by May.", "supported", "refugees tanzania"),
    # the killed of a passive whose agent is the RPF are the RPF's killings
    ("Some estimates put the Hutu killed by the RPF in the hundreds of thousands.", "contradicted", "rpf killings"),
    # troops counted "when the killing began" are troops, not the dead (the pack's series of UNAMIR's strength
    # holds 5,500, authorised in May 1994)
    ("UNAMIR reportedly had an authorised strength of about 5,000 troops when the killing began.", "supported",
     "number troops"),
    # "about two-thirds" beside a count is a share of it, no count of its own
    ("Of 93 people indicted by the ICTR, 61 were convicted, about two-thirds, and 14 acquitted.", "supported",
     "ictr indicted"),
])
def test_what_a_figure_counts(reference, text, verdict, said):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text)
    assert result.verdict == verdict, result.explanation
    assert said in result.explanation, result.explanation


def test_a_count_of_the_accused_is_not_the_one_named_before(reference):  # noqa: F811
    index, check = reference
    text = ("Jean Kambanda, prime minister of the interim government, was sentenced to life imprisonment on "
            "4 September 1998. The tribunal also acquitted 14 of the accused.")
    claims = check(text)
    tally = next(c for c in claims if c.text.startswith("The tribunal"))
    assert tally.verdict == "supported", tally.explanation
    assert "Kambanda" not in tally.explanation and "ictr acquitted" in tally.explanation
    from factfinder.check.verdicts import _COUNTS_ACCUSED

    assert _COUNTS_ACCUSED.search("le TPIR a acquitté environ 15 % des personnes qu'il avait mises en accusation")
    assert not _COUNTS_ACCUSED.search("he was acquitted in 2009")


@pytest.mark.parametrize("text, verdict, said", [
    ("Sylvain Nsabimana had his 25 years cut to 18.", "supported", "18 years"),
    ("Sylvain Nsabimana had his 25 years cut to 12.", "contradicted", "18 years"),
    ("Grégoire Ndahimana's 15 years became 25 in December 2013.", "supported", "25 years"),
    ("Grégoire Ndahimana's 15 years became 10 in December 2013.", "contradicted", "25 years"),
    ("Laurent Semanza went into his appeal with 25 years and came out with 35.", "supported", "35 years"),
    # the first instance's term, kept in the table's appeal column
    ("Onesphore Rwabukombe was first sentenced to 14 years for aiding and abetting genocide.", "supported", "14 years"),
    ("Onesphore Rwabukombe was sentenced to 9 years.", "contradicted", "14 years or life"),
    ("Protais Zigiranyirazo had been sentenced to 20 years; less than a year later the Appeals Chamber reversed "
     "his convictions and he was released.", "supported", "20 years"),
    ("Several came only on appeal, after trial chambers had imposed long sentences: 30 years each for Justin "
     "Mugenzi and Prosper Mugiraneza.", "supported", "sentenced at trial to 30 years"),
    # a decision the table's appeal column names is no other month's
    ("After the Federal Court of Justice partly quashed that judgment in May 2015, Onesphore Rwabukombe was "
     "retried and sentenced to life.", "supported", "life"),
    # an acquittal at trial is not the appeal's
    ("Gratien Kabiligi was acquitted on appeal, not at trial.", "contradicted", "acquitted at trial"),
    ("Protais Zigiranyirazo was acquitted on appeal in 2009.", "supported", "acquitted"),
    # the Rwanda tribunal is the ICTR, not a Rwandan court
    ("The appeal judges of the Rwanda tribunal reduced Théoneste Bagosora's life sentence to 35 years.", "supported",
     "35 years"),
    # the record's number given to another accused of the sentence is no changed detail
    ("The appeal judges reduced Théoneste Bagosora's sentence to 35 years and Anatole Nsengiyumva's to 15.",
     "supported", "15 years"),
    # "reduced on appeal to": the term after the appeal (Lausanne's life, 14 years on appeal)
    ("The military tribunal's life sentence against Fulgence Niyonteze was reduced on appeal to 20 years.",
     "contradicted", "after the appeal"),
    ("Fulgence Niyonteze's life sentence was reduced on appeal to 14 years.", "supported", "after the appeal"),
    # a count the trial acquitted of, noted in the table, is no acquittal of the accused (Brussels, 20 years)
    ("Bernard Ntuyahaga was convicted in Brussels in 2007 and sentenced to 20 years.", "supported", "20 years"),
    ("Bernard Ntuyahaga was acquitted by the Brussels court.", "contradicted", "convicted"),
    # ... but convicted of that very count, he was not
    ("A Brussels jury convicted Major Bernard Ntuyahaga of murdering Prime Minister Uwilingiyimana herself.",
     "contradicted", "acquitted of the murder of Prime Minister Agathe Uwilingiyimana"),
    ("A Brussels jury convicted Major Bernard Ntuyahaga of murdering ten Belgian peacekeepers.", "supported",
     "convicted"),
    # Rwanda's High Court Chamber for International and Cross-Border Crimes is a Rwandan court
    ("A Rwandan court sentenced Ladislas Ntaganzwa to life in May 2020.", "supported", "life imprisonment"),
    ("Ladislas Ntaganzwa was sentenced to life by the ICTR in 2020.", "contradicted", "not the tribunal in Arusha"),
])
def test_terms_told_by_their_years_and_the_decisions_that_changed_them(reference, text, verdict, said):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text)
    assert result.verdict == verdict, result.explanation
    assert said in result.explanation, result.explanation


# the examples' chronology itself, every entry sourced at its foot
CHRONOLOGY = (Path(__file__).resolve().parents[1] / "examples" / "chronology_1990_1995.md").read_text(encoding="utf-8")
chronology = chronology_fixture(CHRONOLOGY, "Rwanda 1990–1995: a chronology")


@pytest.mark.parametrize("text, verdict, said", [
    ("The war had begun when the RPF crossed from Uganda into Rwanda in October 1992.", "contradicted", "1990-10-01"),
    ("On 1 October 1990 the RPF crossed the border from Uganda.", "supported", "1990-10-01"),
    # the text tells the disagreement the record holds
    ("Even the date of the Kabgayi killings varies: church records give 5 June 1994, prosecutors in 2008 said 4 June.",
     "supported", "the text gives them too"),
    ("The Kabgayi killings took place on 5 June 1994.", "disputed", "is one of them"),
])
def test_the_invasion_in_other_words_and_a_disagreement_the_text_tells(chronology, text, verdict, said):  # noqa: F811
    index, _ = chronology
    result = read_as_check_text(index, text)
    assert result.verdict == verdict, result.explanation
    assert said in result.explanation, result.explanation


def test_a_subject_that_denies_of_everyone_tried_is_a_denial():
    from factfinder.check.verdicts import _NONE_OF_THE_ACCUSED

    assert _NONE_OF_THE_ACCUSED.match("Not one of those indicted was a member of the RPF.")
    assert _NONE_OF_THE_ACCUSED.match("Aucun des accusés n'appartenait au FPR.")
    assert not _NONE_OF_THE_ACCUSED.match("No one was spared at the church.")


# ---- markers ------------------------------------------------------------------------------------------------

def _techniques(text: str) -> set[str]:
    return {rule.technique for found in mk.rule_matches(text, [(0, len(text))]) for rule, _ in found}


@pytest.mark.parametrize("text, technique", [
    # DENIAL (polite): the plan said never to have been shown
    ("It did not, so far as I can determine, establish that the killing of Tutsi was centrally planned.",
     "spontaneity"),
    # DENIAL: the testimony insinuated to be a party's
    ("The testimony on which the judgments rest was gathered under the supervision of a government with every "
     "interest in a particular verdict.", "attack_on_witnesses"),
    ("I would welcome correction, provided it rests on documents rather than on the testimony of interested parties.",
     "attack_on_witnesses"),
    # DENIAL: the crime said never to have happened, the genocide said to be something else dressed up
    ("Men like him are old men hounded for a crime that never happened.", "definitional_denial"),
    ("It merely asks that a tragic civil conflict not be dressed up as something it was not.", "definitional_denial"),
    # DENIAL: the massacres blamed on those who fired; the toll said not to add up
    ("The massacres that followed were the fault of those who fired the missile.", "blame_shifting"),
    ("With 8.4 percent Tutsi it is arithmetically difficult to reach the numbers now cited.", "minimisation"),
])
def test_polite_denial_is_read(text, technique):
    assert technique in _techniques(text)


@pytest.mark.parametrize("text", [
    # a chamber's finding on the conspiracy count, reported as such
    "The trial chamber did not find that the prosecution had established that the killings were planned as a "
    "conspiracy before 6 April.",
    "Scholars have shown that the testimony of survivors was consistent across the trials.",
    "The crime that the tribunal was created to judge was the genocide of 1994.",
])
def test_scholarship_and_court_reporting_are_not_read_as_denial(text):
    assert not _techniques(text) & {"spontaneity", "attack_on_witnesses", "definitional_denial"}


@pytest.mark.parametrize("text, technique", [
    # DENIAL: the plan called so by others only
    ("This appeal proves that the so-called plan was invented by the prosecution.", "spontaneity"),
    ("The so-called planning never existed.", "spontaneity"),
    # INCITEMENT (fixture): the target said to arm itself against the listeners
    ("Listeners on the hills, the enemy's accomplices are already among you, sharpening their knives for your "
     "families.", "accusation_in_mirror"),
])
def test_the_plan_denied_and_the_mirror_held_up(text, technique):
    assert technique in _techniques(text)


def test_the_plan_hate_media_ascribed_to_the_tutsi_is_not_a_denial_of_the_plan():
    assert "spontaneity" not in _techniques("Historians have documented the plan in detail; the alleged plan of the "
                                            "Tutsi to exterminate the Hutu was RTLM propaganda.")


def test_the_writer_s_own_estimate_is_no_source_s():
    assert mk._WRITERS_ESTIMATE.search("A sober estimate of Tutsi deaths would be closer to 100,000.")
    assert not mk._WRITERS_ESTIMATE.search("Human Rights Watch estimated that at least 500,000 Tutsi were killed.")


def test_what_the_wire_services_will_not_tell_you_is_the_writer_s_own():
    text = 'What the wire services will not tell you is that the "genocide" story was written by the winners.'
    attributions = [{"type": "attribution", "start": 0, "end": 44,
                     "normalized": {"speaker": "the wire services", "verb": "tell", "content_start": 45,
                                    "content_end": len(text)}}]
    at = text.index("story was written")
    voice, _ = mk.marker_voice(text, (0, len(text)), at, len(text) - 1, False, mk.quote_regions(text), [],
                               attributions, "fabrication")
    assert voice == "own"
    voice, _ = mk.marker_voice(text.replace("What the wire services will not tell you is",
                                            "The wire services tell you"), (0, len(text)), at - 15, at - 5, False,
                               [], [], [{**attributions[0], "normalized": {**attributions[0]["normalized"],
                                                                           "content_start": 30}}],
                               "fabrication")
    assert voice == "reported"


def _marker(start: int, technique: str, confidence: float = 0.9) -> Marker:
    return Marker(start, start + 10, "x" * 10, technique, "own", "basis", "", confidence, "rule")


def test_a_splice_s_opening_holds_no_rhetoric_of_the_writer_s():
    opening = " ".join(["word"] * 80) + ". "
    text = opening + " ".join(["more"] * 80) + "."
    later = len(opening) + 20
    segments = [Segment(0, len(opening), "neutral", {"words": 80.0}), Segment(len(opening), len(text), "denies",
                                                                               {"words": 80.0})]
    spliced = composite_alarm(text, segments, [_marker(later, "fabrication"), _marker(later + 30, "minimisation")])
    assert spliced.alarm and "neither deny nor distort" in spliced.reason
    # a name called in the first lines (however weak the marker) makes it one voice from the start
    one_voice = composite_alarm(text, segments, [_marker(5, "dehumanisation", 0.3), _marker(later, "fabrication"),
                                                 _marker(later + 30, "minimisation")])
    assert not one_voice.alarm


def test_a_denial_in_a_sentence_with_no_claim_of_the_record_s_kinds_is_judged(reference):  # noqa: F811
    from factfinder.check.verdicts import denials_without_claims

    index, _ = reference
    # DENIAL: the toll called inflated, with no figure, date or event the extractor would take as a claim
    text = "But let us be honest about the numbers: the official toll was inflated to attract foreign aid."
    markers = mk.detect_markers(text, [(0, len(text))], "en", [], use_embeddings=False)
    [found] = denials_without_claims(index, text, [(0, len(text))], [], markers)
    assert found.verdict == "contradicted" and "calls the death toll inflated" in found.explanation
    assert found.evidence and all(e.relation == "contradicts" for e in found.evidence)
    # a thesis quoted to be answered is no claim of the text's; nor is a sentence a claim already covers
    quoted = 'Some critics speak of a "double genocide"; the Commission\'s findings do not support that thesis.'
    markers = mk.detect_markers(quoted, [(0, len(quoted))], "en", [], use_embeddings=False)
    assert denials_without_claims(index, quoted, [(0, len(quoted))], [], markers) == []
    assert denials_without_claims(index, text, [(0, len(text))], [found], markers) == []


@pytest.mark.parametrize("text, language, kept", [
    # the other genocide's name quoted alone, to be answered: no marker
    ("Certains parlent encore de « double génocide ».", "fr", set()),
    ('It survives in talk of a "double genocide", which the Commission of Experts answered in December 1994.',
     "en", set()),
    # DENIAL quoted whole, as a claim: still a reported marker
    ("Claim 5: 'The RPF killed more Hutu than the Hutu killed Tutsi, a double genocide no one talks about.'", "en",
     {("double_genocide", "reported")}),
])
def test_a_quoted_label_is_a_mention_a_quoted_claim_a_marker(text, language, kept):
    found = {(m.technique, m.voice) for m in mk.detect_markers(text, [(0, len(text))], language, [],
                                                               use_embeddings=False)}
    assert {f for f in found if f[0] == "double_genocide"} == kept

