"""`factfinder check`, verdicts read in session 22 (2026-11-28): the date of the killings at the Kibeho
camp named by the place alone ("Kibeho, in April 1996, fell outside …"); the reports of two named
inquiries (the Duclert commission, the Mutsinzi committee) and a court's "last sessions" as dated acts;
a sentence saying who shot down the plane was never established; a French investigation said to have
established it; "two in three" as a share; "had 2,500 … then cut to 270" as a cut.

Every fact below is the record's: the Kibeho killings of 22 April 1995 and the gacaca courts' closing on
18 June 2012 (the reference pack, `src/factfinder/data/reference/rwanda1994_figures.yaml`; FACTS.md 9.8,
9.9), the Duclert commission's report of 26 March 2021 and the Mutsinzi report of January 2010
(`examples/article_fr_attentat_6_avril_1994.html`, FACTS.md 10.10), UNAMIR cut to 270 by resolution 912
and the ICTR's 93 indicted and 61 convicted (the reference pack).
"""

from __future__ import annotations

import pytest

from factfinder.check.retrieve import dated_acts
from factfinder.check.verdicts import _changed_to_first, percent_figures
from tests.test_check_verdicts import one, reference  # noqa: F401 - a fixture


@pytest.mark.parametrize("text, acts", [
    ("Kibeho, in April 1996, fell outside the tribunal's time frame anyway.",
     {"massacre|kibeho": ("1996-04-01", "1996-04-30")}),
    ("Kibeho, c'était bien en avril 1995.", {"massacre|kibeho": ("1995-04-01", "1995-04-30")}),
    # the genocide's killings at Kibeho's parish (1994), a memorial (2004): other dates of the place
    ("In April 1994, thousands of Tutsi were killed at the Kibeho parish church.", {}),
    ("Kibeho in 2004 was the site of a memorial ceremony.", {}),
    # a day whose year the sentence does not write; someone's journey to the place
    ("Seth Sendashonga went to Kibeho on 19 April to calm the situation.", {}),
    ("Seth Sendashonga drove to Kibeho on 19 April 1995 to calm the situation.", {}),
    ("The Duclert report went to President Macron in March 2019.", {"report|duclert": ("2019-03-01", "2019-03-31")}),
    ("A French historians' commission found in 2021 that France bore heavy and overwhelming responsibilities.",
     {"report|duclert": ("2021-01-01", "2021-12-31")}),
    ("A Rwandan inquiry, the Mutsinzi report of January 2012, traced the shots to Kanombe.",
     {"report|mutsinzi": ("2012-01-01", "2012-01-31")}),
    # its conclusions disputed in May: not the report's date
    ("En janvier 2010, une commission présidée par Jean Mutsinzi a attribué le tir à des extrémistes, et Filip "
     "Reyntjens a contesté ses conclusions dès mai 2010.", {}),
    ("The gacaca courts held their last sessions in June 2010.", {"close|gacaca": ("2010-06-01", "2010-06-30")}),
])
def test_named_acts_are_dated(text, acts):
    found = {key: span for key, span in dated_acts(text) if key.split("|")[1] in ("kibeho", "duclert", "mutsinzi",
                                                                                  "gacaca")}
    assert found == acts


@pytest.mark.parametrize("text, verdict, words", [
    ("Kibeho, in April 1996, fell outside the tribunal's time frame anyway.", "contradicted", "1995-04-22"),
    ("On 22 April 1995 the RPA opened fire on displaced people at Kibeho.", "supported", "killings at Kibeho"),
    ("The gacaca courts held their last sessions in June 2010.", "contradicted", "2012-06-18"),
])
def test_named_acts_are_checked_against_the_records_date(reference, text, verdict, words):  # noqa: F811
    _index, check = reference
    result = one(check, text)
    assert result.verdict == verdict, result.explanation
    assert words in result.explanation, result.explanation


def test_a_toll_at_kibeho_is_not_decided_by_its_day(reference):  # noqa: F811
    _index, check = reference
    result = one(check, "When the army opened fire at Kibeho on 22 April 1995, at least 4,000 displaced people "
                        "were killed.")
    assert "killings at Kibeho" not in result.explanation, result.explanation


class _PlaneRecord:
    """A stand-in for a RecordIndex holding one open question: who shot down the plane (as the demo
    record's sources leave it, FACTS.md 10.7-10.10)."""

    sources = {"s1": {"title": "Le Monde", "grade": "B"}}
    open_questions = {"event:1": [0]}

    def claim(self, row: int) -> dict:
        return {"id": 1, "source_id": "s1", "start": 0, "end": 80, "events": [1], "credibility": 3,
                "text": "Who shot down the president's plane has never been established by a court."}


def test_a_french_investigation_said_to_have_established_the_shooters_is_contradicted():
    from factfinder.check.verdicts import _perpetrator_finding

    text = "The president's plane was shot down by the RPF on 6 April, as the French investigation established."
    found = _perpetrator_finding(_PlaneRecord(), text, {}, [])
    assert found is not None and found.verdict == "contradicted"
    assert "established who shot down the plane" in found.explanation
    # an inquiry's report that attributes it is a report, the record's business as such
    assert _perpetrator_finding(_PlaneRecord(), "The Mutsinzi report attributed the shooting down of the plane to "
                                                "Hutu extremists.", {}, []) is None


def test_who_shot_down_the_plane_left_open_is_supported():
    from factfinder.check.verdicts import _authors_open_finding

    index = _PlaneRecord()
    found = _authors_open_finding(index, "No court has ever established who shot down the president's plane.", {})
    assert found is not None and found.verdict == "supported"
    assert found.evidence[0].relation == "supports"
    previous = (0, 60, "The president's plane was shot down on the evening of 6 April 1994.")
    assert _authors_open_finding(index, "No court has ever established who fired.", {"previous": previous}).verdict \
        == "supported"
    # no plane in sight: another shooting
    assert _authors_open_finding(index, "Nobody knows who fired on the crowd at Kibeho.", {}) is None
    # a side taken all the same
    assert _authors_open_finding(index, "No court has established who shot down the plane, but everyone knows it "
                                        "was the RPF.", {}) is None


@pytest.mark.parametrize("text, share", [
    ("the tribunal convicted 61 of them, roughly two in three", 66.7),
    ("about one Rwandan in seven was killed", 14.3),
    ("neuf victimes sur dix étaient tutsi", 90.0),
])
def test_a_share_of_n_in_m_is_read(text, share):
    assert [f["low"] for f in percent_figures(text)] == [share]


def test_a_cut_said_without_from_puts_its_result_first():
    figures = [{"text": "2,500", "low": 2500.0, "high": 2500.0}, {"text": "270", "low": 270.0, "high": 270.0}]
    ordered, changed = _changed_to_first("UNAMIR had 2,500 men on paper in April 1994 and was then cut to 270.",
                                         figures)
    assert changed is figures[1] and ordered[0] is figures[1]
    assert _changed_to_first("UNAMIR had 2,500 men in April 1994 and 270 in May.", figures) == (figures, None)
