"""`factfinder check`, verdicts read in session 9 (2026-11-26): a date named beside one reckoned
from another ("Two weeks later, on 21 April"); a look back that leaves the story's day where it
was ("… the evening before. That same morning"); a report's dateline is not the date of what it
reports; the record's claims of the checked claim's very day as candidates; the same day and the
same count; a second figure of another published quantity ("indicted 93 and convicted 62"); a
count to the unit against a count to the unit; a vote on a resolution the text does not number;
who shot down the plane; a large figure that counts the dead by its words or the sentence before.

Every fact below is the record's (`examples/`, the reference pack, the proceedings table)."""

from __future__ import annotations

import numpy as np
import pytest

from tests.test_check_verdicts import chronology_fixture, reference  # noqa: F401 - fixtures
from tests.test_check_verdicts_round9 import assert_verdict, read_as_check_text


def test_a_named_date_wins_over_one_reckoned_from_another():
    from factfinder.extract.dates import find_dates
    from factfinder.record.features import claim_features

    text = "On 6 April 1994 the plane was shot down. Two weeks later, on 21 April, the Council cut the force."
    found = find_dates(text)
    assert [(d.text, d.normalized["earliest"]) for d in found] == [
        ("6 April 1994", "1994-04-06"), ("Two weeks later", "1994-04-20"), ("21 April", "1994-04-21")]
    mentions = [{"id": i, "type": "date", "status": "suggested", "start": d.start, "end": d.end, "text": d.text,
                 "normalized": d.normalized} for i, d in enumerate(found)]
    start = text.index("Two weeks")
    claim = {"text": text[start:], "start": start, "end": len(text), "mentions": [1, 2], "slots": {},
             "stance": "asserts", "asserted_by": "author", "source_id": "s"}
    assert claim_features(claim, mentions, {"kind": "other"})["date"]["earliest"] == "1994-04-21"


@pytest.mark.parametrize("text, expected", [
    # a look back sets the day for its own sentence only
    ("The killing started on 7 April 1994, hours after the plane was shot down the evening before. "
     "That same morning soldiers killed the Prime Minister. The next day more died.",
     [("7 April 1994", "1994-04-07"), ("the evening before", "1994-04-06"), ("That same morning", "1994-04-07"),
      ("The next day", "1994-04-08")]),
    # ... and does not outlive a later full date (a freed anchor's id may be reused by the next one)
    ("KIGALI, 7 April 2024 - The flame was lit. Three years earlier a report came out. "
     "The killing began on the evening of 6 April 1994. The next day soldiers killed the Prime Minister.",
     [("7 April 2024", "2024-04-07"), ("Three years earlier", "2021-04-07"), ("6 April 1994", "1994-04-06"),
      ("The next day", "1994-04-07")]),
])
def test_a_look_back_leaves_the_story_where_it_was(text, expected):
    from factfinder.extract.dates import find_dates

    assert [(d.text, d.normalized["earliest"]) for d in find_dates(text)] == expected


@pytest.mark.parametrize("text, dateline", [
    ("Reuters, 8 April 1994, on the shooting down of the plane:", True),
    ("• AFP, April 9, 1994 - on the evacuation", True),
    ("On 8 April 1994, Reuters reported the shooting down of the plane.", False),
    ("Kigali, the capital, fell on 4 July 1994.", False),
])
def test_a_reports_dateline(text, dateline):
    from factfinder.check.verdicts import _DATELINE

    assert bool(_DATELINE.match(text)) is dateline


CHRONOLOGY = (
    "# Rwanda 1994–1998: a chronology\n\n"
    "- **6 April 1994.** The plane carrying President Habyarimana is shot down as it approaches Kigali; who "
    "fired the missiles has never been established by a court.\n"
    "- **7 April 1994.** Ten Belgian peacekeepers assigned to protect Prime Minister Agathe Uwilingiyimana are "
    "disarmed and killed at a military camp in Kigali.\n"
    "- **22 June 1994.** Resolution 929, adopted with ten votes in favour and five abstentions, authorises a "
    "temporary French-led operation under Chapter VII: Opération Turquoise.\n"
    "- **4 July 1994.** RPF troops take Kigali and Butare.\n"
    "- **8 November 1994.** Security Council resolution 955 creates the International Criminal Tribunal for "
    "Rwanda (ICTR). The vote is thirteen in favour, one against and one abstention.\n"
    "- **24 April 1998.** Public executions in Rwanda.\n\n"
    "On 24 April 1998 the government publicly executed 22 people convicted of genocide, despite appeals for "
    "clemency.\n")


chronology = chronology_fixture(CHRONOLOGY, "Rwanda 1994–1998: a chronology")


@pytest.mark.parametrize("text, verdict, said", [
    # the chronology's entry of that very day, found by its day, sharing the place and the actor
    ("The Rwandan Patriotic Front defeated the government army and captured Kigali on 4 July 1994.", "supported",
     "1994-07-04"),
    # the same day and the same count, the people counted in other words
    ("Twenty-two people were shot in public on 24 April 1998.", "supported", "22"),
    # one small count to the unit changed in the same statement
    ("On 7 April 1994 eleven Belgian peacekeepers assigned to protect Prime Minister Agathe Uwilingiyimana were "
     "disarmed and killed at a military camp in Kigali.", "contradicted", "11"),
    # a vote on the resolution the record's statement of that day's act numbers
    ("Only on 22 June 1994, by a unanimous vote, did the Council authorise a French-led intervention, "
     "Opération Turquoise.", "contradicted", "resolution 929"),
    # the Council's vote, though a court is named after it
    ("Resolution 955 was adopted unanimously, a fact easily forgotten given Kigali's later quarrels with the "
     "Tribunal.", "contradicted", "resolution 955"),
])
def test_the_chronology_read_by_day_count_and_vote(chronology, text, verdict, said):
    assert_verdict(chronology[0], text, verdict, said)


def test_the_record_claims_of_each_day(chronology):
    index, _ = chronology
    # a chronology's entry is of its date line's day; an undated claim of no day
    of_4_july = [index.claim(row)["text"] for row in index.days["1994-07-04"]]
    assert any("RPF troops take Kigali" in text for text in of_4_july), of_4_july
    assert all(len(day) == 10 for day in index.days)
    vector = index.matrix[index.days["1994-07-04"][0]]
    found = index._of_the_day([{"date": {"earliest": "1994-07-04", "latest": "1994-07-04", "days": 0}},
                               {"date": {"earliest": "1994-07-04", "latest": "1994-07-04", "days": 0,
                                         "inherited": True}}, None], np.stack([vector] * 3))
    assert found[0][:1] == index.days["1994-07-04"][:1] and found[1] == [] and found[2] == []


@pytest.mark.parametrize("text, verdict", [
    # who downed the plane, named in the writer's voice or in a vague one: a side of an open question
    ("Personally I'm convinced it was Hutu hardliners shooting from Kanombe.", "disputed"),
    ("In my view it was extremists inside the government's own army who fired the missiles.", "disputed"),
    # a court said to have settled it: no court has
    ("A French judge proved that Kagame's men shot down the plane.", "contradicted"),
])
def test_who_shot_down_the_plane(chronology, text, verdict):
    assert_verdict(chronology[0], text, verdict)


def test_a_report_of_who_accused_whom_takes_no_side(chronology):
    index, _ = chronology
    result = read_as_check_text(index, "In January 2010 the Mutsinzi report accused Hutu extremists who fired "
                                       "from the Kanombe camp.")
    assert result.verdict != "disputed", result.explanation


@pytest.mark.parametrize("text, verdict, said", [
    # a second figure of another published quantity, counted to the unit: 62 is not the ICTR's 61
    ("Over its lifetime the Tribunal indicted 93 persons and convicted 62 of them.", "contradicted", "62"),
    ("Over its lifetime the Tribunal indicted 93 persons and convicted 61 of them.", "supported", "93"),
    # a large figure that counts nothing named counts the dead when the sentence speaks of them
    ("Most estimates now put the dead at about eight hundred thousand.", "disputed", "national death toll"),
    # "no … more than": a bound from above, whose subject is the negation; then a second figure
    ("No independent count has ever found more than 100,000 dead.", "contradicted", "at most 100,000"),
])
def test_figures_of_published_quantities(reference, text, verdict, said):  # noqa: F811
    assert_verdict(reference[0], text, verdict, said)


def test_one_in_seven_is_a_share_not_a_count(reference):  # noqa: F811
    index, _ = reference
    # "one in seven Rwandans": about 14%; its "seven" counts nothing (it was read as seven victims,
    # "every figure in the record is higher")
    result = read_as_check_text(index, "Tutsi made up about one in seven Rwandans on the eve of the genocide, a "
                                       "larger share than the 8.4 per cent recorded by the 1991 census.")
    assert "14.3%" in result.explanation and "says 7 " not in result.explanation, result.explanation


def test_a_bound_then_another_figure(reference):  # noqa: F811
    # The first figure read as a bound ("more than 61" after "never": at most 61), then the sentence's
    # next figure read against the other quantities (this once raised: the bound is a new figure).
    index, _ = reference
    result = read_as_check_text(index, "The ICTR never convicted more than 61 people, and it indicted 93.")
    assert "ictr convicted" in result.explanation


@pytest.mark.parametrize("claim, before, counted", [
    ("In reality the number was probably nearer a million.", "The genocide killed very many people.", "dead"),
    # the sentence before speaks of refugees, or the sentence names a force and its Hutu victims
    ("In reality the number was probably nearer a million.", "A great many refugees fled into Zaire.", None),
    ("Kagame's army then slaughtered Hutu by the hundreds of thousands.", "", None),
])
def test_a_large_bare_figure_counts_the_dead_by_context(claim, before, counted):
    from factfinder.check.verdicts import _toll_by_context

    values = {"figures": [{"low": 1_000_000, "high": 1_000_000, "unit": "count", "counted": None}]}
    if "Kagame" in claim:
        values["actors"] = ["rw.party.rpf"]
    _toll_by_context(claim, values, lambda: before)
    assert values["figures"][0]["counted"] == counted
