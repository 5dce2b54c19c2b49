"""`factfinder check`: claims of a new text matched to the record, with verdicts and evidence.

A small record (three independent sources that agree on the date of the plane's downing
and on the planning of the genocide, and disagree on the national death toll) is built on
each backend; texts it has never seen are then checked against it.
"""

from __future__ import annotations

import math

import pytest

from factfinder.check.model import VERDICTS
from factfinder.check.retrieve import RecordIndex, cache_root, counted_class, tokenize
from factfinder.check.verdicts import assess_claims, clearly_apart, figure_range, ranges_agree
from factfinder.config import Config
from factfinder.workbench import Workbench
from tests.conftest import BACKENDS, new_store_url

SOURCES = {
    "hrw.txt": ({"title": "Leave None to Tell the Story", "author": "Alison Des Forges",
                 "publisher": "Human Rights Watch", "kind": "report", "language": "en", "published": "1999"},
                "The genocide against the Tutsi was planned and organised by the interim government.\n\n"
                "On 6 April 1994 the plane carrying President Juvénal Habyarimana was shot down near Kigali "
                "airport.\n\n"
                "About 500,000 people were killed in Rwanda between April and July 1994.\n\n"
                "On 7 April 1994 ten Belgian peacekeepers were killed at Camp Kigali.\n"),
    "census.txt": ({"title": "Dénombrement des victimes du génocide", "author": "Ministry of Local Government",
                    "publisher": "Republic of Rwanda", "kind": "official", "language": "en", "published": "2002"},
                   "The government's census counted 1,074,017 people killed between April and July 1994.\n\n"
                   "President Habyarimana's plane was shot down over Kigali on 6 April 1994.\n\n"
                   "Ten Belgian peacekeepers guarding the prime minister were killed on 7 April 1994 in Kigali.\n"),
    "history.txt": ({"title": "The Rwanda Crisis", "author": "Gérard Prunier", "publisher": "Hurst",
                     "kind": "academic", "language": "en", "published": "1995"},
                    "On the evening of 6 April 1994 the plane of President Habyarimana was shot down as it "
                    "approached Kigali.\n\n"
                    "The genocide against the Tutsi was planned for months by extremists around the interim "
                    "government.\n\n"
                    "About 800,000 people were killed in the genocide.\n"),
}
LATER = ("later.txt", {"title": "Kibeho", "author": "Linda Melvern", "publisher": "Verso", "kind": "academic",
                       "language": "en"},
         "At least 4,000 displaced people were killed by soldiers at the Kibeho camp on 22 April 1995.\n")


def _ingest(wb: Workbench, folder, name: str, metadata: dict, text: str) -> None:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    outcomes = wb.ingest([path], metadata, extract=True)
    assert outcomes[0].status == "added", outcomes[0]


@pytest.fixture(scope="module", params=BACKENDS)
def checked(request, tmp_path_factory, pg_admin_engine_lazy):
    """One record per backend for the module, its index, and a checker of texts."""
    home = tmp_path_factory.mktemp("check")
    url = new_store_url(request.param, home, pg_admin_engine_lazy, request)
    wb = Workbench(Config(home=home, db_url=url, user="tester"))
    folder = home / "docs"
    folder.mkdir()
    for name, (metadata, text) in SOURCES.items():
        _ingest(wb, folder, name, metadata, text)
    wb.rebuild()
    index = RecordIndex.build(wb)

    from factfinder.extract.pipeline import Extractor

    extractor = Extractor()

    def check(text: str):
        result = extractor.extract(text, "en", [(0, len(text))])
        return assess_claims(wb, index, text, result.claims, result.mentions)

    yield wb, index, check, folder
    wb.close()


def one(check, text: str):
    found = check(text)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


# ---- verdicts on real records -------------------------------------------------------------------

def test_a_minimised_death_toll_is_contradicted(checked):
    _, _, check, _ = checked
    result = one(check, "No more than 50,000 people were killed in the genocide.")
    assert result.verdict == "contradicted"
    assert result.values["figures"][0]["range"] == [0.0, 50000]
    against = [e for e in result.evidence if e.relation == "contradicts"]
    assert {e.source_title for e in against} >= {"Leave None to Tell the Story", "The Rwanda Crisis"}
    assert "at most 50,000" in result.explanation and "500,000" in result.explanation
    assert all(e.text and e.end > e.start and e.claim_id for e in result.evidence)


def test_a_side_of_the_disputed_death_toll_is_disputed(checked):
    _, _, check, _ = checked
    result = one(check, "About 800,000 people were killed in the genocide.")
    assert result.verdict == "disputed"
    supports = [e for e in result.evidence if e.relation == "supports"]
    contradicts = [e for e in result.evidence if e.relation == "contradicts"]
    assert [e.source_title for e in supports] == ["The Rwanda Crisis"]
    assert {e.source_title for e in contradicts} == {"Leave None to Tell the Story",
                                                     "Dénombrement des victimes du génocide"}
    assert "disagree" in result.explanation


def test_a_value_inside_the_disputed_range_is_disputed(checked):
    _, _, check, _ = checked
    assert one(check, "Some 650,000 people were killed in the genocide.").verdict == "disputed"


def test_a_toll_far_above_every_estimate_is_contradicted(checked):
    _, _, check, _ = checked
    result = one(check, "More than five million people were killed in the genocide.")
    assert result.verdict == "contradicted"
    assert "lower" in result.explanation


def test_the_wrong_date_of_the_plane_is_contradicted(checked):
    _, _, check, _ = checked
    result = one(check, "The plane was shot down on 7 April 1994.")
    assert result.verdict == "contradicted"
    against = [e for e in result.evidence if e.relation == "contradicts"]
    assert len({e.source_id for e in against}) == 3
    assert all("1994-04-06" in e.explanation for e in against)
    assert result.values["date"]["earliest"] == "1994-04-07"


def test_the_right_date_of_the_plane_is_supported(checked):
    _, _, check, _ = checked
    result = one(check, "President Habyarimana's plane was shot down over Kigali on 6 April 1994.")
    assert result.verdict == "supported"
    assert len({e.source_id for e in result.evidence if e.relation == "supports"}) == 3
    best = result.evidence[0]
    assert best.grade in "ABCDEF" and best.credibility in range(1, 7) and best.credibility_reason


def test_a_wrong_date_for_a_known_killing_is_contradicted(checked):
    _, _, check, _ = checked
    result = one(check, "Ten Belgian peacekeepers were killed in Kigali on 9 May 1994.")
    assert result.verdict == "contradicted"
    assert "1994-04-07" in result.explanation


def test_denial_of_what_the_record_asserts_is_contradicted(checked):
    _, _, check, _ = checked
    result = one(check, "The genocide against the Tutsi was not planned.")
    assert result.verdict == "contradicted"
    assert {e.source_title for e in result.evidence if e.relation == "contradicts"} == {
        "Leave None to Tell the Story", "The Rwanda Crisis"}
    assert result.explanation.startswith("The text denies")


def test_a_sentence_calling_a_recorded_fact_false_is_contradicted(checked):
    _, _, check, _ = checked
    result = one(check, "It is false that the plane was shot down on 6 April 1994.")
    assert result.verdict == "contradicted"
    assert {e.relation for e in result.evidence if e.relation != "related"} == {"contradicts"}


def test_the_same_statement_in_other_words_is_supported(checked):
    _, _, check, _ = checked
    result = one(check, "The genocide against the Tutsi was planned by the interim government.")
    assert result.verdict == "supported"


def test_what_the_record_does_not_hold_is_not_in_record(checked):
    _, _, check, _ = checked
    for text in ("The price of coffee fell sharply in 1989.",
                 "In 1990 the RPF invaded Rwanda from Uganda."):
        result = one(check, text)
        assert result.verdict == "not_in_record", (text, result.explanation)
        assert not [e for e in result.evidence if e.relation != "related"]


def test_counts_that_are_not_the_national_toll_are_not_held_against_it(checked):
    _, _, check, _ = checked
    for text in ("The RPF killed 100,000 Hutu civilians in 1994.",           # another quantity
                 "In the first two weeks, 100,000 people were killed.",      # part of the time
                 "By early May 1994, 200,000 people had been killed.",
                 "Some 40,000 refugees died of cholera in Goma in July 1994."):
        result = one(check, text)
        assert result.verdict == "not_in_record", (text, result.explanation)


def test_a_month_holding_the_day_confirms_it_and_another_month_contradicts_it(checked):
    _, index, _, _ = checked
    from factfinder.check.verdicts import _date_finding, query_values
    from factfinder.extract.pipeline import Extractor

    def date_verdict(text: str) -> str | None:
        result = Extractor().extract(text, "en", [(0, len(text))])
        values = query_values(result.claims[0], result.mentions)
        found = _date_finding(index, values, index.search(text, values, k=12))
        return found.verdict if found else None

    # "in April 1994" is true of an act of 6 April 1994; "in May 1994" is not.
    assert date_verdict("President Habyarimana's plane was shot down over Kigali in April 1994.") == "supported"
    assert date_verdict("President Habyarimana's plane was shot down over Kigali on 6 April 1994.") == "supported"
    assert date_verdict("President Habyarimana's plane was shot down over Kigali in May 1994.") == "contradicted"
    assert date_verdict("President Habyarimana's plane was shot down over Kigali on 9 April 1994.") == "contradicted"


def test_every_claim_of_a_text_gets_a_verdict_with_offsets(checked):
    _, _, check, _ = checked
    text = ("Some say the death toll was exaggerated. No more than 50,000 people were killed in the genocide. "
            "The plane was shot down on 7 April 1994.")
    results = check(text)
    assert all(r.verdict in VERDICTS for r in results)
    assert [text[r.start:r.end] for r in results] == [r.text for r in results]
    assert [r.verdict for r in results][-2:] == ["contradicted", "contradicted"]


def test_sentence_vectors_already_made_are_reused(checked, monkeypatch):
    wb, index, _, _ = checked
    from factfinder import embed
    from factfinder.extract.pipeline import Extractor

    text = "The plane was shot down on 7 April 1994. The price of coffee fell sharply in 1989."
    result = Extractor().extract(text, "en", [(0, len(text))])
    sentences = [(s, e) for s, e, _ in result.sentences]
    vectors = embed.encode([text[s:e] for s, e in sentences])
    calls = []
    real = embed.encode
    monkeypatch.setattr(embed, "encode", lambda texts, **kw: calls.append(list(texts)) or real(texts, **kw))
    checks = assess_claims(wb, index, text, result.claims, result.mentions, sentences=sentences,
                           sentence_vectors=vectors)
    assert calls == []
    assert [c.verdict for c in checks] == ["contradicted", "not_in_record"]


# ---- the index and its cache --------------------------------------------------------------------

def test_search_finds_the_same_incident_first(checked):
    _, index, _, _ = checked
    hits = index.search("Habyarimana's aircraft was brought down by missiles over Kigali", {}, k=3)
    assert len(hits) == 3
    assert "plane" in hits[0].claim["text"]
    assert hits[0].claim["source_id"] in index.sources
    assert hits[0].score >= hits[1].score >= hits[2].score
    assert len(index) == sum(1 for _ in index.ids)


def test_the_index_is_cached_per_record_state_and_rebuilt_when_a_source_is_added(checked, tmp_path):
    wb, index, _, folder = checked
    from factfinder.check import retrieve

    retrieve._MEMORY.clear()
    again = RecordIndex.build(wb)
    assert again.fingerprint == index.fingerprint
    assert "load_seconds" in again.timings and len(again) == len(index)
    assert [p.name for p in cache_root(wb).iterdir()] == [index.fingerprint]

    name, metadata, text = LATER
    _ingest(wb, folder, name, metadata, text)
    wb.rebuild()
    newer = RecordIndex.build(wb)
    assert newer.fingerprint != index.fingerprint
    assert "build_seconds" in newer.timings
    assert len(newer) == len(index) + 1
    assert [p.name for p in cache_root(wb).iterdir()] == [newer.fingerprint]
    hits = newer.search("soldiers killed thousands of displaced people at Kibeho camp", {}, k=1)
    assert "Kibeho" in hits[0].claim["text"]


# ---- values, not strings ------------------------------------------------------------------------

@pytest.mark.parametrize("figure, expected", [
    ({"text": "No more than 50,000", "low": None, "high": 50000}, (0.0, 50000)),
    ({"text": "At least 800,000", "low": 800000, "high": None}, (800000, math.inf)),
    ({"text": "More than 500,000", "low": 500000, "high": None, "approx": True}, (500000, math.inf)),
    ({"text": "Almost a million", "low": 1000000, "high": 1000000, "approx": True}, (850000, 1000000)),
    ({"text": "up to 80,000", "low": 80000, "high": 80000}, (0.0, 80000)),
    ({"text": "between 500,000 and 800,000", "low": 500000, "high": 800000}, (500000, 800000)),
    ({"text": "1,074,017", "low": 1074017, "high": 1074017}, (1074017, 1074017)),
    ({"text": "près de 800 000", "low": 800000, "high": 800000}, (680000, 800000)),
])
def test_figure_ranges_read_the_hedge(figure, expected):
    assert figure_range(figure) == pytest.approx(expected)


def test_ranges_agree_within_tolerance_and_are_clearly_apart_beyond_it():
    about_a_million = figure_range({"text": "about a million", "low": 1e6, "high": 1e6, "approx": True})
    assert ranges_agree(about_a_million, (1074017, 1074017), 0.10)
    assert not ranges_agree((800000, 800000), (1074017, 1074017), 0.02)
    assert not clearly_apart((800000, 800000), (937000, 937000), 0.02)       # near: neither agrees nor clearly off
    assert clearly_apart((0, 50000), (500000, 1074017), 0.02)
    assert not clearly_apart((500000, math.inf), (800000, 800000), 0.02)
    assert ranges_agree((500000, math.inf), (1074017, 1074017), 0.0)


def test_counted_things_are_compared_as_kinds():
    assert counted_class({"counted": "morts"}) == counted_class({"counted": "victims"}) == "killed"
    assert counted_class({"counted": "peacekeepers", "unit": "people"}, "killing") == "killed"
    assert counted_class({"counted": "refugees", "unit": "people"}, "displacement") == "refugees"


def test_tokens_are_folded_and_stop_words_dropped():
    # (French is read in its English gloss: « l'ONU » is "the united nations", as the English record writes it)
    assert tokenize("Le génocide des Tutsi, selon l'ONU") == ["genocide", "tutsi", "united", "nations"]


# ---- denials, credited figures, counts of troops (the small record) -----------------------------------

def test_a_double_genocide_or_no_plan_in_the_authors_voice_is_contradicted(checked):
    _, _, check, _ = checked
    for text in ("There were two genocides in Rwanda.",
                 "Investigators found no evidence of a plan to exterminate the Tutsi."):
        result = one(check, text)
        assert result.verdict == "contradicted", (text, result.explanation)
        assert {e.source_title for e in result.evidence if e.relation == "contradicts"} >= {
            "Leave None to Tell the Story", "The Rwanda Crisis"}
        assert "denies what" in result.explanation


def test_a_denial_reported_or_rebutted_is_not_held_against_the_text(checked):
    _, _, check, _ = checked
    for text in ("Deniers claim there were two genocides.",
                 "The myth of a double genocide was spread by the killers."):
        for result in check(text):
            assert result.verdict != "contradicted", (text, result.explanation)


def test_a_toll_credited_to_a_source_that_gives_it_is_supported(checked):
    _, _, check, _ = checked
    result = one(check, "Human Rights Watch estimated that about 500,000 people were killed in the genocide.")
    assert result.verdict == "supported"
    assert "credits" in result.explanation
    assert [e.source_title for e in result.evidence if e.relation == "supports"] == ["Leave None to Tell the Story"]
    # Uncredited, the same figure takes a side of the dispute.
    assert one(check, "About 500,000 people were killed in the genocide.").verdict == "disputed"


def test_troops_counted_in_a_sentence_naming_the_genocide_are_not_the_dead(checked):
    _, _, check, _ = checked
    result = one(check, "UNAMIR had 2,548 peacekeepers when the genocide began.")
    assert result.verdict != "contradicted", result.explanation


# ---- the proceedings and the reference pack (the demo's record) ----------------------------------------

@pytest.fixture(scope="module", params=BACKENDS)
def reference(request, tmp_path_factory, pg_admin_engine_lazy):
    """A record of the reference pack's published figures and the proceedings table, per backend."""
    from pathlib import Path

    from factfinder.record.accountability import import_proceedings
    from factfinder.record.reference import load_reference_pack

    home = tmp_path_factory.mktemp("reference")
    url = new_store_url(request.param, home, pg_admin_engine_lazy, request)
    wb = Workbench(Config(home=home, db_url=url, user="tester"))
    load_reference_pack(wb)
    import factfinder

    import_proceedings(wb, Path(factfinder.__file__).parent / "data" / "proceedings" / "rwanda1994_proceedings.csv")
    yield index_and_checker(wb)
    wb.close()


def index_and_checker(wb: Workbench):
    """The record of `wb` rebuilt and indexed, and a checker of English texts against it."""
    from factfinder.extract.pipeline import Extractor

    wb.rebuild()
    index = RecordIndex.build(wb)
    extractor = Extractor()

    def check(text: str):
        result = extractor.extract(text, "en", [(0, len(text))])
        return assess_claims(wb, index, text, result.claims, result.mentions)

    return index, check


def chronology_fixture(text: str, title: str):  # noqa: ANN201 - a pytest fixture
    """A module fixture: the record of one chronology (Markdown) on each backend, as (index, check)."""
    @pytest.fixture(scope="module", params=BACKENDS)
    def fixture(request, tmp_path_factory, pg_admin_engine_lazy):  # noqa: ANN001, ANN202
        wb, index, check = chronology_checker(request, tmp_path_factory, pg_admin_engine_lazy, text, title)
        yield index, check
        wb.close()
    return fixture


def chronology_checker(request, tmp_path_factory, pg_admin_engine_lazy, text: str, title: str):  # noqa: ANN001
    """A record of one chronology (Markdown) on the backend `request.param`: (wb, index, check)."""
    home = tmp_path_factory.mktemp("chronology")
    url = new_store_url(request.param, home, pg_admin_engine_lazy, request)
    wb = Workbench(Config(home=home, db_url=url, user="tester"))
    folder = home / "docs"
    folder.mkdir()
    path = folder / "chronology.md"
    path.write_text(text, encoding="utf-8")
    outcome = wb.ingest([path], {"title": title, "author": "Factfinder team", "kind": "other", "language": "en",
                                 "published": "2026"}, extract=True)
    assert outcome[0].status == "added", outcome[0]
    return (wb, *index_and_checker(wb))


@pytest.mark.parametrize("text, verdict, said", [
    ("Jean-Paul Akayesu was sentenced to life imprisonment by the ICTR.", "supported", "life imprisonment"),
    ("Jean-Paul Akayesu was sentenced to 15 years in prison.", "contradicted", "15 years"),
    # the trial gave life, the appeal 47 years: both are the record's
    ("Élie Ndayambaje was sentenced to 47 years.", "supported", "47 years"),
    ("Obed Ruzindana was sentenced to twenty-five years.", "supported", "25 years"),
    ("Obed Ruzindana was sentenced to life imprisonment.", "contradicted", "life imprisonment"),
    ("Gratien Kabiligi was acquitted.", "supported", "acquitted"),
    ("Pauline Nyiramasuhuko was acquitted by the tribunal.", "contradicted", "acquitted"),
])
def test_trials_are_checked_against_the_proceedings(reference, text, verdict, said):
    index, check = reference
    result = one(check, text)
    assert result.verdict == verdict, result.explanation
    decisive = [e for e in result.evidence if e.relation in ("supports", "contradicts")]
    assert decisive and decisive[0].source_id.startswith("proceeding:")
    assert decisive[0].claim_id is None and decisive[0].source_title   # the CSV row's cited publication
    assert said in decisive[0].explanation and "the record has" in decisive[0].explanation


def test_sentence_terms_are_read_in_words_and_figures():
    from factfinder.check.retrieve import sentence_terms

    assert sentence_terms("sentenced to twenty-five years") == {"25"}
    assert sentence_terms("a 35-year sentence") == {"35"}
    assert sentence_terms("condamné à la réclusion criminelle à perpétuité") == {"life"}
    assert sentence_terms("sentenced to death") == {"death"}


@pytest.mark.parametrize("text, verdict", [
    ("Operation Turquoise involved about 2,500 French troops.", "supported"),
    ("In 1994 the UN Security Council reduced UNAMIR to 270 troops.", "supported"),
    ("Resolution 912 reduced UNAMIR to 2,000 troops.", "contradicted"),       # resolution 912: 270
    ("The ICTR indicted 93 people.", "supported"),
    ("By 2016 the tribunal had indicted 120 individuals.", "contradicted"),
    ("Gacaca courts heard more than 1.2 million cases.", "supported"),
    # The census's 8.4 % and HRW's ~15 % are two views of one share (HRW held the census undercounted
    # Tutsi), not a change over time: a share given without crediting either source takes a side.
    ("Tutsi made up about 8.4 percent of the population in 1991.", "disputed"),
    ("Rwanda's 1991 census counted 7.1 million inhabitants.", "supported"),
    ("Between 1 and 2 million refugees poured into Zaire.", "disputed"),      # 500,000 to 1 million in the record
    ("At Kibeho, soldiers killed about 4,000 displaced people in April 1995.", "disputed"),   # 338, 2,000, 4,000+
])
def test_figures_of_the_reference_pack_are_compared_as_values(reference, text, verdict):
    _, check = reference
    result = one(check, text)
    assert result.verdict == verdict, result.explanation
    assert [e for e in result.evidence if e.relation != "related"]


def test_a_figure_for_another_time_of_a_series_is_not_a_dispute(reference):
    _, check = reference
    # UNAMIR's strength changed with each resolution: 2,500 agrees with its authorised strength.
    result = one(check, "UNAMIR had an authorised strength of 2,500 personnel.")
    assert result.verdict == "supported", result.explanation


def test_naming_who_shot_down_the_plane_is_disputed_when_the_record_leaves_it_open(checked):
    wb, _, _, folder = checked
    from factfinder.extract.pipeline import Extractor

    # A second record: the small one and an account that leaves the authors of the attack open.
    _ingest(wb, folder, "inquiry.txt", {"title": "Attentat du 6 avril 1994", "author": "Le Monde",
                                        "kind": "article", "language": "en", "published": "2018"},
            "The French investigation of the attack on President Habyarimana's plane on 6 April 1994 was closed "
            "in 2018 without naming a culprit.\n")
    wb.rebuild()
    index = RecordIndex.build(wb)
    extractor = Extractor()

    def verdict(text: str):
        result = extractor.extract(text, "en", [(0, len(text))])
        return assess_claims(wb, index, text, result.claims, result.mentions)[0]

    for text in ("The RPF shot down President Habyarimana's plane.",
                 "Hutu extremists shot down the president's plane."):
        result = verdict(text)
        assert result.verdict == "disputed", (text, result.explanation)
        assert any("without naming a culprit" in e.text for e in result.evidence)
    # The date, which every source gives, is still supported.
    assert verdict("President Habyarimana's plane was shot down over Kigali on 6 April 1994.").verdict == "supported"


# ---- values read as values: statement dates, exact figures, bounds, series, languages ------------------

@pytest.mark.parametrize("text, verdict", [
    # A precise figure the record states exactly is a citation of it, whatever else the text says.
    ("Rwanda's gacaca courts tried 1,958,634 genocide-related cases.", "supported"),
    # "cut to N" is the value a decision of that month set, not the one before it (resolution 912: 270).
    ("UNAMIR's strength was cut to 2,700 in April 1994.", "contradicted"),
    # A force never that large, at any time of the series.
    ("Even the UNAMIR force of 20,000 men saw no genocide.", "contradicted"),
    # Orphans of the genocide are not its dead: the orphans' figures decide (74,642 / 95,000).
    ("The genocide left some 75,000 orphans.", "disputed"),
    # Sources' bounds differ (at least 250,000 / at least 350,000): a value fitting both still takes a side.
    ("Some 350,000 women and girls were raped during the genocide.", "disputed"),
])
def test_reference_quantities_are_read_by_what_they_count(reference, text, verdict):
    _, check = reference
    result = one(check, text)
    assert result.verdict == verdict, result.explanation


def test_the_date_a_source_spoke_is_not_the_date_of_what_it_reports():
    from factfinder.check.verdicts import _statement_date

    def statement(text: str, date: str) -> bool:
        at = text.index(date)
        return _statement_date({"text": text, "start": 0}, {"start": at, "end": at + len(date)})

    text = "Amnesty International reported in October 1994 that RPA violations from April to August included executions."
    assert statement(text, "October 1994") is True
    assert statement(text, "April to August") is False
    assert statement("In December 2008 Human Rights Watch wrote that no RPF suspect was tried.", "December 2008")
    assert statement("The census, published in 2002, counted 1,074,017 people killed.", "2002")
    assert not statement("On 7 April 1994 soldiers killed the prime minister.", "7 April 1994")
    assert not statement("Human Rights Watch reported that on 7 April 1994 soldiers killed her.", "7 April 1994")


def test_a_toll_published_later_is_still_the_toll(checked):
    _, _, check, _ = checked
    # "published in 2002" dates the census, not the killings: the figure is the national toll's.
    result = one(check, "The census of victims published in 2002 counted only 50,000 people killed in Rwanda.")
    assert result.verdict == "contradicted", result.explanation


def test_a_small_bounded_toll_without_a_place_is_the_national_toll(checked):
    _, _, check, _ = checked
    result = one(check, "At most 30,000 died, on both sides.")
    assert result.verdict == "contradicted", result.explanation
    # The same count tied to a site is a local figure, not a statement about the national toll.
    assert one(check, "At most 30,000 died at the Kibeho camp.").verdict != "contradicted"


def test_a_thesis_sentence_without_a_claim_is_checked(checked):
    wb, index, _, _ = checked
    from factfinder.extract.pipeline import Extractor

    def check(text: str):
        result = Extractor().extract(text, "en", [(0, len(text))])
        sentences = [(s, e) for s, e, _ in result.sentences]
        return assess_claims(wb, index, text, result.claims, result.mentions, sentences=sentences)

    # No figure, date or verb of killing: the extractor makes no claim; the thesis still is one.
    found = check("The killings were chaotic tribal fighting in which both sides lost equal numbers.")
    assert [c.verdict for c in found] == ["contradicted"], [(c.text, c.verdict) for c in found]
    # A sentence about something else gets no invented claim.
    assert check("Everyone agreed that the weather was mild and that the markets were busy.") == []


def test_languages_differing_the_shared_values_stand_for_likeness():
    from factfinder.check.retrieve import Hit
    from factfinder.check.verdicts import _across_languages, language_of

    assert language_of("Le génocide a laissé des milliers d'orphelins dans le pays.") == "fr"
    assert language_of("The genocide left thousands of orphans in the country.") == "en"

    class Index:
        def claim(self, row):  # pragma: no cover - not reached: hits carry their claims
            raise AssertionError

    english = {"text": "Experts estimated that between 25,000 and 45,000 people were killed by RPA soldiers."}
    tied = Hit(row=1, claim_id=1, score=1.0, cosine=0.25, bm25=5.0, matches=["type", "counted", "period", "actor"],
               claim=english)
    loose = Hit(row=2, claim_id=2, score=1.0, cosine=0.25, bm25=5.0, matches=["type"], claim=english)
    _across_languages(Index(), "Entre 25 000 et 45 000 personnes ont été tuées par l'APR d'avril à août 1994.",
                      [tied, loose])
    assert tied.cosine == pytest.approx(0.75)
    assert loose.cosine == 0.25   # one shared value is not enough


@pytest.mark.parametrize("text, verdict", [
    # "never more than 300 peacekeepers" is an upper bound; UNAMIR had 2,500 and more at times.
    ("The UN never sent more than 300 peacekeepers to Rwanda with UNAMIR.", "contradicted"),
    # A count near a named place is compared with that place's figures only (Kabgayi: 15).
    ("Near Kabgayi in June 1994 RPF soldiers killed fifteen civilians, thirteen of them clergy.", "supported"),
    # Only the ICTR's own figure counts for it: 61 convicted, not 75.
    ("The ICTR convicted 75 people.", "contradicted"),
])
def test_bounds_places_and_court_counts_are_read_as_such(reference, text, verdict):
    _, check = reference
    result = one(check, text)
    assert result.verdict == verdict, result.explanation


def test_a_credit_named_in_the_sentence_before_counts(reference):
    _, check = reference
    found = check("The best-known estimate comes from a UNHCR team led by Robert Gersony. "
                  "The team concluded that RPA soldiers had killed between 25,000 and 45,000 people "
                  "from April to August 1994.")
    last = found[-1]
    assert last.verdict == "supported", last.explanation
    # Without the sentence naming the team, the figure is one side of the record's disagreement.
    alone = one(check, "RPA soldiers killed between 25,000 and 45,000 people from April to August 1994.")
    assert alone.verdict == "disputed", alone.explanation


def test_a_reported_denial_is_checked_for_what_it_reports_and_a_rebuttal_is_not(checked):
    wb, index, _, _ = checked
    from factfinder.extract.pipeline import Extractor

    def verdicts(text: str) -> list[str]:
        result = Extractor().extract(text, "en", [(0, len(text))])
        sentences = [(s, e) for s, e, _ in result.sentences]
        return [c.verdict for c in assess_claims(wb, index, text, result.claims, result.mentions, sentences=sentences)]

    # As a fact check labels a quoted claim: what is reported is contradicted by the record.
    assert verdicts("Some people say there were two genocides in Rwanda in 1994.") == ["contradicted"]
    # A sentence that rebuts the denial makes no denial claim.
    assert "contradicted" not in verdicts("The myth of two genocides in Rwanda has been refuted by historians.")


def test_a_rhetorical_question_asserts_what_it_asks(checked):
    _, _, check, _ = checked
    found = check("Was the plane of President Habyarimana not shot down near Kigali airport on 9 April 1994?")
    assert [c.verdict for c in found] == ["contradicted"], [(c.text, c.explanation) for c in found]


def test_without_embeddings_no_model_is_loaded(checked, monkeypatch):
    wb, index, _, _ = checked
    from factfinder import embed
    from factfinder.extract.pipeline import Extractor

    def refuse(*args, **kwargs):
        raise AssertionError("the embedding model was used")

    monkeypatch.setattr(embed, "encode", refuse)
    monkeypatch.setattr(embed, "load_model", refuse)
    text = "No more than 50,000 people were killed in the genocide."
    result = Extractor().extract(text, "en", [(0, len(text))])
    found = assess_claims(wb, index, text, result.claims, result.mentions, use_embeddings=False)
    assert [c.verdict for c in found] == ["contradicted"]
