"""`factfinder check`, verdicts read on texts written after the rules (2026-11-26): one event named by
its day, its actor and its place though the verbs differ; a count the record lacks is not borne out
by a date alone; a national toll whose place and force only say when; orphans and rape victims
counted in other words; shares written as fractions; denial theses the markers read."""

from __future__ import annotations

import pytest

from factfinder.check.model import ClaimCheck, Marker
from factfinder.check.verdicts import contradict_by_markers, percent_figures
from tests.test_check_verdicts import checked, chronology_fixture, one, reference  # noqa: F401 - fixtures

CHRONOLOGY = (
    "# Rwanda, 1990–1994: a chronology\n\n"
    "- **1 October 1990.** The Rwandan Patriotic Front (RPF), an armed movement formed mostly by Tutsi "
    "refugees living in Uganda, attacks northern Rwanda from Ugandan territory. The civil war begins.\n"
    "- **6 April 1994.** The plane of President Habyarimana is shot down as it approaches Kigali airport; who "
    "fired the missiles has never been established by a court.\n\n"
    "The UN Commission of Experts found that the genocide against the Tutsi had been planned. It also found that "
    "crimes against humanity had been committed by individuals on both sides of the war, without evidence that the "
    "crimes of the Tutsi side were aimed at destroying the Hutu as a group, and it asked that the crimes "
    "attributed to the RPF be investigated further.\n"
)


chronology = chronology_fixture(CHRONOLOGY, "Rwanda, 1990–1994: a chronology")


def test_one_event_by_its_day_actor_and_place_is_supported_though_the_verbs_differ(chronology):
    _, check = chronology
    result = one(check, "On 1 October 1990 fighters of the Rwandan Patriotic Front, most of them Tutsi refugees "
                        "living in Uganda, crossed into northern Rwanda from Ugandan territory.")
    assert result.verdict == "supported", result.explanation
    assert any("attacks northern Rwanda" in e.text for e in result.evidence if e.relation == "supports")


def test_a_count_of_victims_the_record_lacks_is_not_borne_out_by_the_day(chronology):
    _, check = chronology
    result = one(check, "On 1 October 1990 RPF fighters killed hundreds of civilians in northern Rwanda.")
    assert result.verdict == "not_in_record", result.explanation


@pytest.mark.parametrize("text, verdict", [
    # a place and a force named only in a clause of time: the national toll, which the record disputes
    ("By the time the Rwandan Patriotic Front entered Kigali in early July, some eight hundred thousand "
     "people had been killed.", "disputed"),
    ("Perhaps 800,000 people would die before the RPF's victory in July.", "disputed"),
    # ... but not a count the sentence places and credits to a force outside that clause
    ("The RPF killed 300,000 people in Byumba after it took the town.", "contradicted"),
    ("Some 95,000 children were left orphans.", "disputed"),             # 95,000 (one source), 74,642 (another)
    ("Between 250,000 and 500,000 women were raped.", "disputed"),        # not pregnancies, which count "raped" too
])
def test_tolls_orphans_and_rape_victims_in_other_words(reference, text, verdict):  # noqa: F811
    _, check = reference
    result = one(check, text)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize("text, value", [
    ("the Tutsi were about one Rwandan in seven", 14.3),
    ("les Tutsi représentaient un Rwandais sur dix", 10.0),
    ("a Tutsi had one chance in four of surviving", 25.0),
    ("roughly a third of the prisoners", 33.3),
])
def test_shares_written_as_fractions_are_percent_figures(text, value):
    found = percent_figures(text)
    assert [f["low"] for f in found] == [value] and found[0]["approx"] is True


def test_a_denial_thesis_read_by_the_markers_is_contradicted_by_the_records_statements(checked):  # noqa: F811
    _, index, _, _ = checked
    # FIXTURE: a short own-voice denial that the verdicts' own thesis patterns do not read.
    text = "What happened in 1994 was an outburst of popular anger after the president died."
    plain = ClaimCheck(text=text, start=0, end=len(text), verdict="not_in_record")
    marker = Marker(33, 59, text[33:59], "spontaneity", "own", "charny1994:spontaneity", "Charny", 0.8, "rule", "")
    judged = contradict_by_markers(index, [plain], [marker])[0]
    assert judged.verdict == "contradicted" and "thesis:planned" in judged.signals, judged.explanation
    assert any("planned" in e.text for e in judged.evidence if e.relation == "contradicts")
    # Without the marker, or with a marker of another kind, nothing changes.
    assert contradict_by_markers(index, [plain], [])[0].verdict == "not_in_record"
    other = Marker(33, 59, text[33:59], "dehumanisation", "own", "x", "x", 0.8, "rule", "")
    assert contradict_by_markers(index, [plain], [other])[0].verdict == "not_in_record"
    # A claim the record already judged keeps its verdict.
    held = ClaimCheck(text=text, start=0, end=len(text), verdict="supported")
    assert contradict_by_markers(index, [held], [marker])[0].verdict == "supported"


def test_the_same_statement_is_supported_when_one_side_opens_with_a_pronoun(chronology):
    _, check = chronology
    result = one(check, "The same commission saw no evidence that the other side had meant to destroy the Hutu as "
                        "a group, while asking that killings by the RPF be investigated.")
    assert result.verdict == "supported", result.explanation
    assert any(e.text.startswith("It also found") for e in result.evidence if e.relation == "supports")


@pytest.mark.parametrize("text, verdict", [
    # FIXTURE: who shot down the plane, which no court has established: naming anyone is disputed...
    ("Kagame's people shot the plane down on 6 April 1994.", "disputed"),
    ("On 6 April 1994 Hutu extremists of the presidential guard fired the missiles at the plane.", "disputed"),
    # ... and the attack itself, with no one named, is the record's.
    ("On 6 April 1994 the president's plane was shot down near Kigali airport.", "supported"),
])
def test_naming_who_shot_down_the_plane_is_disputed_whoever_is_named(chronology, text, verdict):
    _, check = chronology
    result = one(check, text)
    assert result.verdict == verdict, result.explanation
