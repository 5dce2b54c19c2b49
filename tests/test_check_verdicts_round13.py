"""`factfinder check`, verdicts read in session 10 (2026-11-26): the acts a chronology dates once
(the capture of a city, the end of Opération Turquoise, the new government taking office, the
Council's cut of UNAMIR, the Cour de cassation's last word), read in any words and compared as dates;
a once-only act credited to another resolution than the record's; a term changed on appeal in other
words ("went from 35 years to 30", "was brought down to").

Every fact below is the record's: `examples/chronology_1990_1995.md` (its entries of 21 April,
22 June, 4 July, 19 July and 21 August 1994), `examples/article_fr_attentat_6_avril_1994.html`
(the Cour de cassation's ruling of 15 February 2022) and the proceedings table (Barayagwiza 35
years reduced to 32 on appeal, Nsabimana 25 reduced to 18, Nteziryayo 30 reduced to 25, Kabiligi
acquitted, Mugenzi and Mugiraneza sentenced on 30 September 2011 and acquitted on 4 February 2013)."""

from __future__ import annotations

import pytest

from tests.test_check_verdicts import chronology_fixture, reference  # noqa: F401 - fixtures
from tests.test_check_verdicts_round9 import assert_verdict

CHRONOLOGY = (
    "# Rwanda 1994: the Council, the RPF and the French\n\n"
    "- **21 April 1994.** Security Council resolution 912 adjusts UNAMIR's mandate and cuts the force to about "
    "270 personnel.\n"
    "- **22 June 1994.** Resolution 929, adopted with ten votes in favour and five abstentions, authorises a "
    "temporary French-led operation under Chapter VII: Opération Turquoise.\n"
    "- **4 July 1994.** RPF troops take Kigali and Butare.\n"
    "- **19 July 1994.** A government of national unity takes office in Kigali, with Pasteur Bizimungu as "
    "President and Faustin Twagiramungu as Prime Minister.\n"
    "- **21 August 1994.** The last French troops of Opération Turquoise leave the safe humanitarian zone; "
    "UNAMIR troops replace them.\n\n"
    "Le 15 février 2022, la Cour de cassation a rejeté les pourvois des familles des victimes, mettant un point "
    "final à la procédure.\n")

chronology = chronology_fixture(CHRONOLOGY, "Rwanda 1994: the Council, the RPF and the French")


@pytest.mark.parametrize("text, expected", [
    # a city taken, however said, and the cities listed with it
    ("4 July 1994. RPF troops take Kigali and Butare.",
     {"capture|kigali": ("1994-07-04", "1994-07-04"), "capture|butare": ("1994-07-04", "1994-07-04")}),
    ("Kigali only fell to the RPF in the middle of August 1994.", {"capture|kigali": ("1994-08-11", "1994-08-20")}),
    ("Le FPR s'était emparé de Kigali dès le 14 juillet 1994.", {"capture|kigali": ("1994-07-14", "1994-07-14")}),
    # "the capital" taken is Kigali; the capital of somewhere else is not
    ("Le FPR prend la capitale le 4 juillet 1994.", {"capture|kigali": ("1994-07-04", "1994-07-04")}),
    ("The RPF took the capital of Butare on 4 July 1994.", {"capture|butare": ("1994-07-04", "1994-07-04")}),
    # a date the act happened by reaches back
    ("The rebels had taken Kigali by May 1994.", {"capture|kigali": ("0001-01-01", "1994-05-31")}),
    # the end of an operation in the words of its leaving; its French troops, by the zone they held
    ("About 2,400 African UNAMIR peacekeepers replaced the French troops when Operation Turquoise left the safe "
     "humanitarian zone on 21 August 1994.", {"close|turquoise": ("1994-08-21", "1994-08-21")}),
    ("By the time the French pulled out of their zone in late September 1994, UNAMIR had taken over.",
     {"close|turquoise": ("1994-09-21", "1994-09-30")}),
    # ... but French troops beside the zone they declared are not the thing declared
    ("23 June 1994 - French troops declare a safe humanitarian zone in the south-west.",
     {"create|shz": ("1994-06-23", "1994-06-23")}),
    # the date of an act is not cut off by the act's own object ("cut the force to 270 in May")
    ("UNAMIR was cut to 270 in May 1994, not April.", {"cut|unamir": ("1994-05-01", "1994-05-31")}),
    # "not restored until": when they were
    ("Relations were not restored until November 2010.", {"restore|relations": ("2010-11-01", "2010-11-30")}),
    ("Le 15 février 2022, la Cour de cassation a rejeté les pourvois.", {"close|cassation": ("2022-02-15",
                                                                                           "2022-02-15")}),
    ("31 December 2014 – The ICTR shuts its doors after two decades.", {"close|ictr": ("2014-12-31", "2014-12-31")}),
    # a year taken from the text's last full date is the date's own; a date reckoned from another is not
    ("On 5 July 1994 the French-led Opération Turquoise, authorised by resolution 929 of 22 June, declared a safe "
     "humanitarian zone.", {"authorise|turquoise": ("1994-06-22", "1994-06-22")}),
    # not an act: a camp in Kigali, a patrol that left again, a tribunal's rejected motion
    ("Ten Belgian peacekeepers were disarmed, taken to a military camp in Kigali and killed on 7 April 1994.", {}),
    ("On 27 June 1994 a French patrol of Opération Turquoise reached the hills and left again.", {}),
    ("In 2003 the ICTR rejected the defence's motion.", {}),
])
def test_acts_read_in_other_words(text, expected):
    from factfinder.check.retrieve import dated_acts

    assert dict(dated_acts(text)) == expected


def test_acts_named_without_a_date():
    from factfinder.check.retrieve import acts_named

    assert acts_named("In June France led Opération Turquoise, which the Council authorised in resolution "
                      "935.") == {"authorise|turquoise"}
    assert acts_named("The tribunal heard its first witness in Arusha.") == set()


@pytest.mark.parametrize("text, verdict, said", [
    ("Kigali only fell to the RPF in the middle of August 1994.", "contradicted", "1994-07-04"),
    ("The RPF took Kigali on 14 July 1994, and the defeated army fled west.", "contradicted", "1994-07-04"),
    ("The film ends with the RPF taking Kigali in mid-June 1994.", "contradicted", "capture of Kigali"),
    ("The Rwandan Patriotic Front captured the capital, Kigali, on 4 July 1994.", "supported", "capture of Kigali"),
    ("The French troops of Opération Turquoise had already left the region in mid-July 1994.", "contradicted",
     "1994-08-21"),
    ("A new government, with Pasteur Bizimungu as president, took office on 19 August 1994.", "contradicted",
     "1994-07-19"),
    ("On 21 April 1994 the Security Council cut UNAMIR from about 2,500 to 270.", "supported", "the cut of UNAMIR"),
    ("UNAMIR was cut to 270 in May 1994.", "contradicted", "the cut of UNAMIR"),
    # another cut, of another year: not the record's
    ("In June 1995, resolution 997 ordered the force cut to 2,330 within three months.", "not_in_record", ""),
    ("The Cour de cassation ended the case in February 2021.", "contradicted", "2022-02-15"),
    # a year the text does not write is the extractor's guess: the day and month are compared in the record's year
    ("The commemoration was held in April 2024. The RPF took the capital on 4 July, the survivors recalled.",
     "supported", "capture of Kigali"),
    # a once-only act credited to another resolution
    ("In June France led Opération Turquoise, which the Security Council authorised in resolution 935.",
     "contradicted", "resolution 929"),
])
def test_acts_of_the_chronology_in_other_words(chronology, text, verdict, said):
    index, _ = chronology
    assert_verdict(index, text, verdict, said)


@pytest.mark.parametrize("text, verdict, said", [
    ("Jean-Bosco Barayagwiza's term was brought down to twenty-seven years.", "contradicted", "32 years"),
    ("Jean-Bosco Barayagwiza's term went from 35 years to 30.", "contradicted", "32 years"),
    ("Jean-Bosco Barayagwiza's term went from 35 years to 32.", "supported", "32 years"),
    ("Sylvain Nsabimana's 25-year term was reduced to 12 years.", "contradicted", "18 years"),
    ("General Gratien Kabiligi's conviction was likewise confirmed on appeal.", "contradicted", "acquitted"),
    # the term it came from is the trial's (Nteziryayo: 30 years, reduced to 25)
    ("Alphonse Nteziryayo obtained a reduction from thirty to twenty-five years.", "supported", "25 years"),
    ("The sentence of Alphonse Nteziryayo was reduced from 35 to 25 years.", "contradicted",
     "before the appeal as 30 years"),
    # two accused, one month of decision neither had (Mugenzi and Mugiraneza: 30 September 2011, 4 February 2013)
    ("In February 2012 two former ministers, Justin Mugenzi and Prosper Mugiraneza, were acquitted after each had "
     "received thirty years at trial.", "contradicted", "not in 2012-02"),
])
def test_a_term_changed_on_appeal_in_other_words(reference, text, verdict, said):  # noqa: F811
    assert_verdict(reference[0], text, verdict, said)
