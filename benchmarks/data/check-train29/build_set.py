"""Source of the TWENTY-NINTH TRAINING labelled set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train29/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train29/build_set.py --check  # validate the files already written

A TRAINING set, written blind: its rows are meant to train the checker's learned layers (above all the verdict
layer); it is not a measure of unseen text. Its emphasis is on verdict phrasings: contradicted claims of many kinds
(wrong year, day, count, sentence, court, place, role, vote, nationality, order of events, date span, size of a
force), supported claims phrased far from the record (nominalisations, date or figure first, appositions, weekdays,
numbers in words, French number formats), own-voice values on disputed quantities (some as ranges), and true,
cited claims outside the record that look close to it. New genres: an almanac's year-in-review entry, a
speechwriter's fact-check memo, a legal-aid clinic's digest of ICTR appeal judgments, museum wall texts on the
international response, a wiki talk-page discussion of casualty figures, a documentary narration script with
fact-check notes, an ethics seminar case study, a French travelling-exhibition notice on the trials in France,
three short denial fixtures and one composite fixture.

Its author did not read the detectors, their rules, exemplars or training data, nor any earlier set's documents or
labels (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, the
first 40 lines of check-blind5/build_set.py and check-blind5/README.md as templates, and the list TECHNIQUES in
src/factfinder/check/model.py). Verdicts were decided against the record alone: examples/ (FACTS.md and the sample
documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Every true fact outside
the record was checked with the project's search tool; README.md gives address and quotation for each.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with

NB = "\u00a0"   # no-break space (French typography before : ; ? ! and inside guillemets)
NN = "\u202f"   # narrow no-break space (French thousands separator)


DOCS: list[dict] = [
    # 1. Almanac "year in review" entry (the almanac, the Harrow Annual Register, is invented).
    {
        "doc": "almanac-year-in-review-1994.txt",
        "title": "Rwanda: the year in review, 1994",
        "genre": "almanac year-in-review entry",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("RWANDA \u2014 1994 in review")],
            [
                s("Population at the start of the year: roughly 7.2 million, according to a Human Rights Watch "
                  "estimate; capital, Kigali.", S),
                s("Head of state: Juv\u00e9nal Habyarimana, who had signed a peace agreement with the Rwandan "
                  "Patriotic Front at Arusha on 4 August 1993.", S),
                s("Foreign troops: the UN Assistance Mission for Rwanda (UNAMIR), established by resolution 872 in "
                  "October 1993 with an authorised strength of two thousand five hundred.", S),
            ],
            [
                s("Wednesday 6 April \u2014 the Falcon 50 bringing the president home from talks in Tanzania was shot "
                  "down on its approach to Kigali, killing all aboard, Burundi's president Cyprien Ntaryamira among "
                  "them.", S),
                s("Thursday 7 April \u2014 soldiers killed the prime minister, Agathe Uwilingiyimana, and the ten "
                  "Belgian peacekeepers sent to protect her.", S),
                s("8\u201314 April \u2014 Op\u00e9ration Amaryllis: French paratroopers seized Kigali airport and flew "
                  "foreign nationals out of the country.", N),
                s("21 April \u2014 the Security Council, voting unanimously, pared UNAMIR down to 270 personnel.", S),
                s("28\u201329 April \u2014 in what UNHCR called the largest and fastest exodus it had seen, more than a "
                  "quarter of a million people crossed into Tanzania in twenty-four hours.", S),
            ],
            [
                s("17 May \u2014 resolution 918: an arms embargo on Rwanda and the authorisation of an enlarged UNAMIR "
                  "of up to 5,500 troops.", S),
                s("5 June \u2014 at Kabgayi, RPF soldiers killed thirteen clergy, the Archbishop of Kigali among them, "
                  "and two other civilians.", D),
                s("8 June \u2014 resolution 925, adopted unanimously, extended UNAMIR's mandate until 9 December "
                  "1994.", N),
                s("22 June \u2014 resolution 929, carried without a single abstention, authorised the French-led "
                  "Op\u00e9ration Turquoise under Chapter VII.", C),
            ],
            [
                s("4 July \u2014 RPF troops entered Kigali; Butare fell the same day.", S),
                s("Mid-July \u2014 with the RPF in Gisenyi on the 18th, about one million people crossed into Zaire "
                  "around Goma within days.", D),
                s("Tuesday 19 July \u2014 a government of national unity took office in Kigali under President Pasteur "
                  "Bizimungu, with Faustin Twagiramungu as prime minister.", S),
                s("22 July \u2014 President Clinton announced Operation Support Hope, and US troops soon set up water "
                  "purification at Goma.", N),
                s("21 August \u2014 the last French soldiers left the safe humanitarian zone, relieved by about 2,400 "
                  "African UNAMIR peacekeepers.", S),
                s("Refugees \u2014 by early August some two million Rwandans had fled abroad, about a million of them "
                  "to Zaire.", D),
            ],
            [
                s("8 November \u2014 by a unanimous vote, resolution 955 set up an international criminal tribunal for "
                  "crimes committed in Rwanda during 1994.", C),
                s("30 November \u2014 resolution 965 extended UNAMIR to 9 June 1995.", N),
                s("9 December \u2014 the final report of the Commission of Experts, requested under resolution 935 of "
                  "1 July, reached the Security Council: genocide against the Tutsi had been committed by Hutu "
                  "elements, in a planned and systematic way.", S),
                s("The killing itself lasted some seven weeks, ending with the RPF's victory over the government "
                  "army.", C),
                s("Death toll \u2014 around 800,000, the great majority of them Tutsi.", D),
                s("Rwanda's government later counted 1,074,017 victims from October 1990 to the end of 1994, while "
                  "Human Rights Watch put the genocide's dead at no fewer than half a million.", S),
            ],
        ],
    },
    # 2. Speechwriter's fact-check memo on a draft anniversary speech (city, desk and Deputy Mayor invented).
    {
        "doc": "memo-factcheck-anniversary-speech.txt",
        "title": "Fact-check memo on the draft remarks for the 7 April commemoration",
        "genre": "speechwriter's fact-check memo",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("MEMO \u2014 Fact check: draft remarks for the 7 April commemoration")],
            [s("The draft is strong, but several of its factual lines need changing before the Deputy Mayor delivers "
               "it; each is quoted below with its correction.")],
            [
                s("Draft, paragraph 1: \"On the night of 6 April 1993, the plane of Rwanda's president was shot down "
                  "over Kigali.\"", C),
                s("Correction: it was the evening of Wednesday 6 April 1994, and the aircraft was on its approach to "
                  "Kigali airport.", S),
                s("Draft, paragraph 1, continued: \"It was brought down by extremists from the president's own "
                  "camp.\"", D),
                s("Strike this: no court has ever established who fired, and the French investigation ended with a "
                  "dismissal that became final in February 2022.", S),
                s("Draft, paragraph 2: \"The next morning the prime minister was murdered together with the fifteen "
                  "Belgian soldiers guarding her.\"", C),
                s("Correction: ten Belgian peacekeepers were killed on 7 April, after being disarmed and taken to a "
                  "military camp in Kigali.", S),
                s("Draft, paragraph 3: \"More than one million people were murdered in a hundred days.\"", D),
                s("Please attribute the toll instead: the government's census counted 1,074,017 victims, counting "
                  "from 1990, and Human Rights Watch concluded that at least half a million were killed in the "
                  "genocide.", S),
                s("Draft, paragraph 4: \"In its darkest hour the UN cut its force to a mere 27 soldiers.\"", C),
                s("Correction: resolution 912, adopted on 21 April 1994, reduced UNAMIR to 270 personnel.", S),
            ],
            [
                s("Draft, paragraph 5: \"Today more than 250,000 victims lie at the Kigali Genocide Memorial in "
                  "Gisozi, opened on the tenth anniversary.\"", N),
                s("This checks out: the memorial was inaugurated in April 2004, and over a quarter of a million "
                  "people are buried there.", N),
                s("Draft, paragraph 5: \"Since 2003, the United Nations has set aside 7 April as an international "
                  "day of reflection.\"", N),
                s("Correct; you may add that in January 2018 the General Assembly renamed it the International Day "
                  "of Reflection on the 1994 Genocide against the Tutsi in Rwanda.", N),
                s("Draft, paragraph 6: \"The Genocide Convention, adopted in 1948, came into force in 1951.\"", N),
            ],
            [
                s("The closing section answers three claims circulating on local forums; quoting them is fine, but "
                  "each answer needs a source."),
                rep("Claim 1: \"It was a civil war, not a genocide.\"", C, "definitional_denial"),
                s("Answer: in December 1994 the UN Commission of Experts found that Hutu elements had committed "
                  "genocide against the Tutsi in a planned, systematic way, and in 1998 the Akayesu judgment found "
                  "the same.", S),
                rep("Claim 2: \"A few tens of thousands died at most.\"", C, "minimisation"),
                s("Answer: the Commission itself estimated some 500,000 unarmed civilians murdered and warned that "
                  "the figure might be too low.", S),
                rep("Claim 3: \"The rebels killed just as many Hutu, so there were two genocides.\"", C,
                    "double_genocide"),
                s("Answer: the Commission found crimes against humanity on both sides but no evidence that the Tutsi "
                  "side meant to destroy the Hutu as a group, and UNHCR experts put killings by RPA soldiers at "
                  "25,000 to 45,000 between April and August 1994.", S),
                s("Keep that last answer as it stands: it names the RPF's crimes without treating them as a second "
                  "genocide."),
            ],
        ],
    },
    # 3. Legal-aid clinic digest of ICTR appeal judgments (clinic invented; facts from the proceedings CSV).
    {
        "doc": "digest-ictr-appeal-judgments.txt",
        "title": "International Justice Digest No. 7: ICTR appeal judgments in brief",
        "genre": "legal-aid clinic case digest",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("International Justice Digest No. 7 \u2014 ICTR appeal judgments in brief")],
            [s("Prepared by clinic volunteers for first-year students; cite the judgments themselves, never this "
               "digest.")],
            [
                s("Akayesu, bourgmestre of Taba (Gitarama): life at trial in 1998; appeal dismissed on 1 June "
                  "2001.", S),
                s("Kambanda, the interim government's prime minister, pleaded guilty and received a life sentence on "
                  "4 September 1998; on 19 October 2000 the Appeals Chamber rejected every ground, including his "
                  "request to withdraw the plea.", S),
                s("Kayishema, prefect of Kibuye, and the businessman Ruzindana: at the same 1 June 2001 sitting, life "
                  "for the former and twenty-five years for the latter were confirmed.", S),
                s("Musema, director of a tea factory in Kibuye: on 16 November 2001 his rape conviction was reversed, "
                  "but the genocide conviction and the life term stood.", S),
                s("The media case (Nahimana, Barayagwiza, Ngeze), 28 November 2007: Nahimana's genocide conviction "
                  "fell and his life sentence became thirty years; Barayagwiza's thirty-five years became "
                  "thirty-two; Ngeze's life term became thirty-five years.", S),
                s("Military I, 14 December 2011: the Appeals Chamber upheld Bagosora's sentence of life imprisonment "
                  "in full.", C),
                s("Same day: Nsengiyumva, who had commanded the Gisenyi operational sector, saw his life sentence "
                  "replaced by fifteen years and was released for time served.", S),
                s("Kabiligi, the army's head of military operations, had been convicted by the Trial Chamber in "
                  "December 2008 and did not appeal.", C),
                s("Zigiranyirazo, the president's brother-in-law: the twenty-year sentence imposed at trial was "
                  "quashed on 16 November 2009 and he walked free.", S),
                s("Military II, 11 February 2014: all convictions of the gendarmerie's chief of staff and of the "
                  "RECCE battalion's commander were reversed, while Sagahutu's twenty years became fifteen.", S),
                s("Mugenzi and Mugiraneza, ministers of commerce and of the civil service: on 4 February 2013 the "
                  "Appeals Chamber confirmed their thirty-year sentences.", C),
                s("Gacumbitsi, bourgmestre of Rusumo in Kibungo: on 7 July 2006 his thirty years were raised to "
                  "life.", S),
                s("Butare case, 14 December 2015, the Tribunal's last appeal judgment: Nyiramasuhuko, Ntahobali and "
                  "Ndayambaje went from life to forty-seven years, and Kanyabashi's thirty-five years became "
                  "twenty.", S),
                s("Karemera and Ngirumpatse, vice-president and president of the MRND: life sentences affirmed on "
                  "29 September 2014.", S),
                s("See also Mugesera (the Kabaya speech of November 1992), whom the ICTR sentenced to life "
                  "imprisonment in April 2016.", C),
            ],
            [
                s("What the Tribunal did not try: no RPF member was ever prosecuted in Arusha, and the one RPF case "
                  "the Prosecutor handed over, the killing of clergy evacuated from Kabgayi in early June 1994, went "
                  "to a Rwandan military court.", S),
                s("That court convicted two RPA captains who had pleaded guilty and acquitted two senior officers; "
                  "on appeal, in February 2009, the captains' eight years were cut to five.", S),
                s("Students who write that Arusha 'only tried the losers' should test the phrase against the "
                  "acquittals listed above rather than repeat it."),
            ],
        ],
    },
    # 4. Museum wall texts for a room on the international response (museum invented).
    {
        "doc": "museum-walltexts-international-response.txt",
        "title": "Room 4 wall texts: the world and Rwanda, April\u2013August 1994",
        "genre": "museum wall texts",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Room 4 \u00b7 The world and Rwanda, April\u2013August 1994")],
            [
                s("UNAMIR was set up by the Security Council in October 1993 to help implement the Arusha agreement, "
                  "and its commander from that month was the Belgian general Rom\u00e9o Dallaire.", C),
                s("On 11 January 1994 Dallaire sent New York a cable passing on an informant's warnings.", N),
                s("The answer he received was that he had no authority to act on the information.", S),
            ],
            [
                s("Op\u00e9ration Amaryllis, launched by France on 8 April, took foreign nationals out of Kigali until "
                  "14 April.", N),
                s("On Thursday 14 April the Belgian foreign minister, Willy Claes, announced that Belgium's "
                  "peacekeepers would leave whatever the Security Council decided.", N),
                s("The ten Belgian soldiers killed on 7 April had been guarding President Habyarimana's "
                  "residence.", C),
                s("One week later, on the 21st, the Council reduced the force to 270 personnel.", S),
            ],
            [
                s("Karel Kovanda, the Czech Republic's ambassador, was the first to call the killing genocide at an "
                  "official meeting of the Security Council.", N),
                s("On 10 June a State Department spokeswoman, Christine Shelley, would say only that there was "
                  "\"every reason to believe that acts of genocide have been committed\".", N),
                s("Human Rights Watch had reported in May that at least 200,000 civilians had been slain in six "
                  "weeks.", S),
                s("Resolution 918 of 17 May authorised 5,500 troops, but they began to arrive only in July and "
                  "August.", S),
            ],
            [
                s("On 22 June resolution 929, passed with ten votes for and five abstentions, authorised a French-led "
                  "force under Chapter VII.", S),
                s("Some 2,500 French soldiers, joined by a Senegalese contingent, took part.", S),
                s("In Goma, the Goma Epidemiology Group counted almost 5,000 refugee deaths in the first month after "
                  "the July influx.", C),
                s("On 22 July President Clinton announced Operation Support Hope, a US military relief mission to "
                  "the refugees.", N),
                s("The last French troops left the zone on 21 September 1994.", C),
                s("By then about 800,000 people had been killed in Rwanda.", D),
            ],
            [
                s("On 6 December 1997 a Belgian Senate commission of inquiry, with Philippe Mahoux and Guy "
                  "Verhofstadt as rapporteurs, issued its report on the events in Rwanda.", N),
                s("At Kigali airport on 25 March 1998, President Clinton said: \"We did not act quickly enough after "
                  "the killing began.\"", N),
                s("On 7 April 2000 Verhofstadt, by then prime minister, asked Rwandans' forgiveness \"in the name of "
                  "my country\".", N),
            ],
        ],
    },
    # 5. Wiki-style talk page (the editors are invented).
    {
        "doc": "talkpage-casualty-figures.txt",
        "title": "Talk page: death toll in the infobox",
        "genre": "wiki talk-page discussion",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Talk: Genocide against the Tutsi \u2014 Death toll in the infobox")],
            [
                s("Marigold-Ash (3 April): The infobox currently reads \"800,000\u20131,074,017\", which mixes a round "
                  "UN figure with the government's count, and that count starts in October 1990.", S),
                s("I propose we simply state that more than a million people were killed, as Rwanda does at every "
                  "commemoration.", D),
            ],
            [
                s("KivuReader (3 April): Oppose: the UN Commission of Experts estimated about 500,000 unarmed "
                  "civilians murdered, saying the figure might be conservative, and Human Rights Watch concluded in "
                  "1999 that at least half a million died, about three quarters of the Tutsi population.", S),
                s("That Human Rights Watch study, Leave None to Tell the Story, came out in March 1997.", C),
                s("My own reading of the demography is that roughly 800,000 died, Tutsi and Hutu together.", D),
            ],
            [
                s("Tessellate99 (4 April): You are both skipping the census base: the 1991 census recorded Tutsi as "
                  "8.4 percent of the population, whereas Human Rights Watch's 1995 world report had said about "
                  "15 percent.", S),
                s("In reality, Tutsi were probably closer to one Rwandan in eight before the genocide.", D),
                s("Seltzer's 657,000 Tutsi alive on 6 April 1994, less about 150,000 survivors, gives Human Rights "
                  "Watch's figure of some 507,000 Tutsi killed.", S),
                s("For scale, the 2012 census counted 10,515,973 residents and the 2022 census 13,246,394.", N),
            ],
            [
                rep("Ombudsfrog (4 April): Someone keeps citing a blog that says, quote, \"no more than 50,000 people "
                    "died in what was simply a civil war\".", C, "minimisation", "definitional_denial"),
                s("That is false: Human Rights Watch counted at least 200,000 dead in the first six weeks alone, and "
                  "the Commission of Experts found a planned genocide against the Tutsi.", S),
                s("Note too that since January 2018 the UN General Assembly's own day of reflection has named it "
                  "the genocide against the Tutsi.", N),
            ],
            [
                s("Marigold-Ash (4 April): Fair, but for balance the infobox should say that the RPA killed some "
                  "60,000 civilians.", D),
                s("The UNHCR team's 25,000\u201345,000 covers April to August 1994 only, while the former interior "
                  "minister's 60,000 runs to August 1995.", S),
                s("For Kibeho we could just write that about 2,000 people died on 22 April 1995.", D),
                s("And the rape figure of 250,000 is only a floor; I think the true number is nearer half a "
                  "million.", D),
            ],
            [
                s("KivuReader (5 April): No to both: for Kibeho the government said 338, UN military officials about "
                  "2,000 and Australian soldiers with UNAMIR at least 4,000, so all three go in.", S),
                s("The Goma line is also wrong: the Lancet group's almost 50,000 covers all deaths in the first "
                  "month, whereas a separate study put cholera deaths in Goma in July at about 12,000.", S),
                s("The number who crossed to Goma was somewhere between 800,000 and a million, whatever the later "
                  "shorthand says.", D),
                s("And the government's final report is dated November 2004, not 2002, so the citation needs "
                  "fixing.", C),
                s("UNICEF's 95,000 orphans, a figure it gave in 2004, can stay as attributed.", S),
                s("Proposed line: \"at least 500,000 (Human Rights Watch, 1999) to 1,074,017 (Government of Rwanda, "
                  "count from 1990)\".", S),
            ],
        ],
    },
    # 6. Documentary narration script with the producer's fact-check notes (film and company invented).
    {
        "doc": "docscript-rpa-killings-factcheck.txt",
        "title": "The Other Ledger: reel 3 narration with fact-check notes",
        "genre": "documentary narration script with producer's fact-check notes",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("THE OTHER LEDGER \u2014 Reel 3 narration, with fact-check notes (draft 4)")],
            [
                s("NARRATOR: The genocide against the Tutsi ended in July 1994, when the Rwandan Patriotic Front "
                  "routed the government army.", S),
                s("NARRATOR: The attack on the president's plane that set it off most likely came from extremists "
                  "within his own army.", D),
                s("[NOTE: the genocide comes first in this reel and the RPF's crimes second; neither is to be "
                  "presented as the answer to the other.]"),
            ],
            [
                s("NARRATOR: In mid-April, in the stadium at Byumba, RPF soldiers massacred several hundred "
                  "people.", S),
                s("NARRATOR: On 5 June, near Kabgayi, soldiers of the RPF killed thirteen clergy, the Archbishop of "
                  "Kigali and the bishops of Kabgayi and Byumba among them, and two other civilians.", D),
                s("[NOTE: church records give the 5th, the 2008 prosecution the 4th; safer to say \"early "
                  "June\".]", S),
                s("NARRATOR: The RPF's own radio announced the deaths on 11 June.", C),
                s("NARRATOR: Rwanda's military justice system says that soldiers responsible for the deaths of about "
                  "a hundred civilians were eventually prosecuted.", S),
            ],
            [
                s("NARRATOR: In all, the RPA killed perhaps 30,000 to 40,000 civilians between April and August "
                  "1994.", D),
                s("[NOTE: that range is ours and must go; UNHCR experts estimated 25,000 to 45,000 for April to "
                  "August, and Human Rights Watch wrote of tens of thousands.]", S),
                s("NARRATOR: A former interior minister later put the toll at some 60,000 for April 1994 to August "
                  "1995.", S),
                s("NARRATOR: In the camps around Goma, meanwhile, up to 80,000 refugees had died by early "
                  "August.", D),
            ],
            [
                s("NARRATOR: On 22 April 1995, at the Kibeho camp for displaced people, RPA soldiers opened fire on "
                  "the crowd as the army closed the camp by force.", S),
                s("NARRATOR: Some 4,000 people died there.", D),
                s("[NOTE: own-voice toll not acceptable; give the government's 338, the UN officers' roughly 2,000 "
                  "and the Australians' at least 4,000.]", S),
                s("NARRATOR: The camp then held around 110,000 displaced people, by the count of M\u00e9decins Sans "
                  "Fronti\u00e8res.", S),
                s("NARRATOR: Kibeho lay in Butare prefecture.", C),
            ],
            [
                s("NARRATOR: In Arusha, the international tribunal charged two RPA colonels over Kibeho, but neither "
                  "was ever tried.", C),
                s("NARRATOR: Seth Sendashonga, a Hutu minister in the post-genocide cabinet who demanded punishment "
                  "for soldiers carrying out revenge killings, was dismissed in August 1995 and shot dead in Nairobi "
                  "on 16 May 1998.", N),
                s("NARRATOR: On 6 February 2008, in Madrid, Judge Fernando Andreu indicted forty Rwandan officers "
                  "over killings after the genocide, among them the murders of nine Spaniards.", N),
                s("NARRATOR: One of them, the intelligence chief Karenzi Karake, was arrested at Heathrow on 20 June "
                  "2015 on a European warrant issued from Spain.", N),
                s("NARRATOR: Rwanda's gacaca courts, which heard 1,958,634 cases before closing in 2012, were barred "
                  "from judging crimes by RPF soldiers.", S),
                s("[NOTE: closing line approved as written: \"Counting these dead takes nothing from the genocide; "
                  "it completes the record.\"]"),
            ],
        ],
    },
    # 7. University ethics seminar case study (university invented).
    {
        "doc": "seminar-casestudy-ictr-selectivity.txt",
        "title": "Case study 6: whose crimes does a tribunal try? The ICTR and the RPF",
        "genre": "university ethics seminar case study",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Case study 6 \u2014 Whose crimes does a tribunal try? The ICTR and the RPF")],
            [
                s("The Security Council created the ICTR on 8 November 1994, some eighteen months after resolution "
                  "827 of 25 May 1993 had set up the tribunal for the former Yugoslavia.", N),
                s("The Council set up the ICTR only after the Commission of Experts had delivered its final "
                  "report.", C),
                s("Its temporal jurisdiction covered the whole calendar year 1994, so crimes by either side in that "
                  "year were within its reach.", S),
                s("On 22 February 1995 the Council fixed the tribunal's seat at Arusha, in Tanzania, although "
                  "Rwanda's government had not supported a seat outside the country.", N),
                s("When it closed at the end of 2015 it had, by its own key figures, indicted 93 people and "
                  "convicted 61.", S),
            ],
            [
                s("None of the indicted came from the RPF, although the Commission of Experts had recommended in "
                  "1994 that violations attributed to the RPF be investigated further.", S),
                s("In December 2008 Human Rights Watch said the Tribunal had \"not prosecuted even one\" of the "
                  "serious RPF crimes of 1994.", S),
                s("Those crimes ran into the tens of thousands of civilian deaths.", D),
                s("On 28 August 2003 the Security Council split the prosecutor's post, removing Carla Del Ponte from "
                  "the Rwanda tribunal; she blamed lobbying by Kigali over her intention to investigate reprisal "
                  "killings by the army.", N),
                s("The Prosecutor's office did take up one RPF case, the Kabgayi killings of June 1994, but "
                  "transferred it to a Rwandan military court.", S),
                s("That court acquitted all four officers in October 2008.", C),
                s("The ICTR had indicted a first RPF officer in 2002, though the case was later withdrawn.", C),
            ],
            [
                s("Defenders of the Tribunal answer that its purpose was the genocide, and that the Commission found "
                  "no evidence that crimes by Tutsi elements were meant to destroy the Hutu as a group.", S),
                s("Critics reply that legitimacy depends on treating comparable crimes alike, and that \"victor's "
                  "justice\", a phrase often used loosely, here names a real structural problem."),
                s("Neither position is genocide denial: both accept the finding, first made in the Akayesu judgment "
                  "of 2 September 1998, that genocide against the Tutsi took place.", S),
                s("The record of acquittals also weakens the charge of show trials: fourteen accused were acquitted, "
                  "among them Kabiligi in December 2008 and, on appeal, Zigiranyirazo in November 2009.", S),
                s("Nor did the appeals judges only reduce sentences: on 12 March 2008 they replaced the fifteen "
                  "years given to Athanase Seromba, the priest of Nyange parish, with life imprisonment.", N),
                s("At Kibeho in April 1995, more than 4,000 displaced people were killed by RPA soldiers, and that "
                  "massacre fell outside the Tribunal's jurisdiction altogether.", D),
            ],
            [
                s("Compare the permanent International Criminal Court, whose Rome Statute was adopted on 17 July 1998 "
                  "and came into force on 1 July 2002.", N),
                s("Rwanda's own courts draw criticism too: the opposition leader Victoire Ingabire, convicted in part "
                  "of minimising the genocide, had her eight-year sentence raised to fifteen years by the Supreme "
                  "Court in December 2013.", N),
                s("Gacaca, which excluded crimes by RPF soldiers from its jurisdiction, closed on 18 June 2012 after "
                  "1,958,634 cases.", S),
            ],
            [s("For discussion: was the asymmetry a failure of the prosecutor, of the Security Council, or of the "
               "design of ad hoc tribunals themselves?")],
        ],
    },
    # 8. French travelling-exhibition notice on the trials in France (the association is invented).
    {
        "doc": "expo-fr-proces-en-france.txt",
        "title": "Juger ici ce qui fut commis l\u00e0-bas\u00a0: les proc\u00e8s du g\u00e9nocide des Tutsi en France",
        "genre": "notice d'exposition itin\u00e9rante",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s(f"Juger ici ce qui fut commis là-bas{NB}: les procès du génocide des Tutsi en France")],
            [
                s("Cette exposition itinérante retrace, panneau après panneau, les affaires jugées par la justice "
                  "française au nom de la compétence universelle."),
                s("La plus ancienne plainte, déposée le 12 juillet 1995, visait l'abbé Wenceslas Munyeshyaka, "
                  "vicaire de la paroisse de la Sainte-Famille à Kigali en 1994.", N),
                s(f"Elle s'est achevée sur un non-lieu{NB}: prononcé en octobre 2015, confirmé par la cour d'appel de "
                  "Paris le 21 juin 2018, il a été validé par la Cour de cassation le 30 octobre 2019.", N),
                s(f"Pour instruire ces dossiers, un pôle «{NB}crimes contre l'humanité{NB}» a été créé au tribunal de "
                  "grande instance de Paris le 1er janvier 2012.", N),
                s("Le Collectif des parties civiles pour le Rwanda (CPCR), fondé en 2001 et présidé par Alain "
                  "Gauthier, s'est constitué partie civile dans nombre de ces affaires.", N),
            ],
            [
                s("Le 14 mars 2014, Pascal Simbikangwa, ancien capitaine de la garde présidentielle reconverti dans "
                  f"le renseignement, devient le premier Rwandais condamné en France pour génocide{NB}: vingt-cinq "
                  "ans de réclusion criminelle.", S),
                s("En appel, la cour d'assises de Seine-Saint-Denis confirme cette peine le 3 décembre 2016.", S),
                s("Le 6 juillet 2016, les deux anciens bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, "
                  "sont condamnés à vingt ans de réclusion pour le massacre perpétré dans l'église le 13 avril "
                  "1994.", C),
                s("Leur condamnation est confirmée en appel le 6 juillet 2018, et la Cour de cassation rejette leurs "
                  "pourvois le 16 octobre 2019.", S),
                s("Claude Muhayimana, chauffeur d'un établissement hôtelier de Kibuye, écope de quatorze ans pour "
                  "complicité de génocide, peine confirmée en appel le 27 février 2026.", S),
                s("Laurent Bucyibaruta, ancien préfet de Gikongoro, est condamné le 12 juillet 2022 à la réclusion "
                  "criminelle à perpétuité.", C),
                s(f"Il meurt le 6 décembre 2023, avant son procès en appel{NB}: sa condamnation ne deviendra jamais "
                  "définitive.", S),
                s("Philippe Hategekimana, ancien adjudant-chef de gendarmerie à Nyanza, naturalisé sous le nom de "
                  "Philippe Manier, est condamné à perpétuité le 28 juin 2023, peine confirmée en appel en décembre "
                  "2024.", S),
                s("Sosthène Munyemana, gynécologue au centre hospitalier universitaire de Butare, est condamné en "
                  "décembre 2023 à vingt-quatre ans de réclusion.", S),
                s("Le 30 octobre 2024, la cour d'assises de Paris condamne l'ancien médecin Eugène Rwamucyo à "
                  "vingt-sept ans de réclusion pour complicité de génocide.", N),
                s("Félicien Kabuga, arrêté à Asnières-sur-Seine le 16 mai 2020, a été jugé et condamné à Paris.", C),
            ],
            [
                s("Ces procès portent sur un crime dont le recensement officiel rwandais chiffre les victimes à "
                  f"1{NN}074{NN}017, en comptant depuis 1990.", S),
                s("Au total, plus d'un million de Tutsi furent tués en une centaine de jours.", D),
                s(f"Le 4 juin 1994, des soldats du FPR tuaient à Kabgayi treize ecclésiastiques{NB}: ce crime-là n'a "
                  "été jugé qu'au Rwanda, par un tribunal militaire.", D),
                s("Le Tribunal pénal international pour le Rwanda, créé le 8 novembre 1994 et installé à Arusha, a "
                  "fermé ses portes fin 2015.", S),
                s("En Belgique, Fabien Neretse a été le premier condamné pour génocide, à vingt-cinq ans, en "
                  "décembre 2019.", S),
                s("En Suisse, dès 1999, un tribunal militaire siégeant à Lausanne avait condamné l'ancien bourgmestre "
                  "Fulgence Niyonteze.", S),
            ],
        ],
    },
    # 9. FIXTURE (French): a comment under a video (commenter invented).
    {
        "doc": "fixture-denial-fr-commentaire-video.txt",
        "title": "Commentaire sous une vidéo",
        "genre": "commentaire sous une vidéo (fixture)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Encore une vidéo qui récite la propagande officielle de Kigali\u2026", None, "fabrication"),
                own(f"Il n'y a jamais eu de «{NB}génocide{NB}» au Rwanda{NB}: il y a eu une guerre civile, avec des "
                    "massacres dans les deux camps.", C, "definitional_denial", "double_genocide"),
                own(f"Les chiffres sont gonflés, il y a eu tout au plus 80{NN}000 morts, pas un million.", C,
                    "minimisation"),
                own("Le FPR a tué autant de Hutu que les milices ont tué de Tutsi, donc deux génocides ou aucun.", C,
                    "double_genocide"),
                own(f"Même le TPIR a fini par acquitter Akayesu, le prétendu symbole du «{NB}génocide{NB}».", C,
                    "definitional_denial"),
                own(f"Et en juillet 1994 c'est un million de Hutu qui ont fui vers Goma{NB}: voilà les vraies "
                    "victimes.", D, "role_reversal"),
                own(f"Renseignez-vous avant de répéter «{NB}génocide des Tutsi{NB}».", None, "definitional_denial"),
            ],
        ],
    },
    # 10. FIXTURE: an invented blogger's "ten facts they hide" listicle.
    {
        "doc": "fixture-denial-ten-facts-listicle.txt",
        "title": "10 facts about Rwanda 1994 they don't want you to know (part 1)",
        "genre": "blog listicle (fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("10 Facts About Rwanda 1994 They Don't Want You to Know (Part 1)", None, "fabrication")],
            [
                own("Fact 1: Nobody planned the killings; they were a spontaneous explosion of popular anger after "
                    "the president was murdered.", C, "spontaneity"),
                own("Fact 2: Kagame's RPF shot down the plane, so the blood is on their hands, not on the Hutu.", D,
                    "blame_shifting"),
                own("Fact 3: The famous warnings sent to the UN in January 1994 were made up after the war by "
                    "Western intelligence to prop up the new regime.", C, "fabrication"),
                own("Fact 4: The UN's own Commission of Experts found no proof of any plan to exterminate the "
                    "Tutsi.", C, "spontaneity", "fabrication"),
                own("Fact 5: Ask who profited from the war and you will know who really organised the "
                    "massacres.", None, "blame_shifting"),
                own("Fact 6: The worst massacres were carried out by RPF infiltrators disguised as Interahamwe, to "
                    "blacken the government's name.", C, "blame_shifting", "fabrication"),
            ],
            [s("Share this before they take it down.")],
        ],
    },
    # 11. FIXTURE: an invented veterans' association's statement.
    {
        "doc": "fixture-denial-veterans-statement.txt",
        "title": "Statement of a former servicemen's association",
        "genre": "association statement (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Statement of the Fraternal Circle of Former FAR Servicemen on the anniversary of April 1994")],
            [
                own("Our army did not commit genocide: in April 1994 it defended the nation against an invading army "
                    "and its accomplices inside the country.", C, "definitional_denial", "role_reversal",
                    "justification"),
                own("The enemy's fifth column was preparing to massacre the Hutu, and the people had no choice but "
                    "to strike first.", None, "accusation_in_mirror", "justification"),
                own("The Arusha tribunal was a victors' court, financed by the RPF's friends, whose judges convicted "
                    "General Kabiligi on the word of bought witnesses.", C, "attack_on_witnesses"),
                own("General Dallaire, a partisan of the RPF, invented his informant to cover his own failures.", None,
                    "attack_on_witnesses", "fabrication"),
                own("The so-called survivors who testify against our comrades are coached in Kigali and paid in "
                    "cash.", None, "attack_on_witnesses"),
                own("The real criminals are those who brought down the president's plane, and the RPF has never "
                    "answered for it.", D, "blame_shifting"),
                own("We call on our brothers never to bow before the inyenzi and to finish what was left "
                    "unfinished.", None, "call_to_action", "dehumanisation"),
            ],
        ],
    },
    # 12. COMPOSITE FIXTURE: a student's exam answer that turns into denial (student invented).
    {
        "doc": "fixture-denial-composite-exam-answer.txt",
        "title": "Exam answer, question 3",
        "genre": "student exam answer turning into denial (composite fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("Question 3 (20 marks): Outline the main events of April 1994 in Rwanda.")],
            [
                s("On the evening of 6 April 1994 the aircraft carrying President Habyarimana was shot down as it "
                  "approached Kigali airport, and everyone aboard died, including Burundi's president.", S),
                s("The next day soldiers killed the prime minister, Agathe Uwilingiyimana, together with ten Belgian "
                  "peacekeepers assigned to her, and killings of Tutsi and opposition politicians began in the "
                  "capital.", S),
                s("On 21 April the Security Council responded by cutting UNAMIR to about 270 personnel.", S),
            ],
            [
                own("But honestly, the story of a planned genocide was put together afterwards by the winners, and "
                    "the real toll was maybe 100,000 on all sides.", C, "fabrication", "minimisation"),
                own("The inyenzi had been planning to wipe out the Hutu since 1990, so what people did in April was "
                    "self-defence.", None, "dehumanisation", "accusation_in_mirror", "justification"),
                s("That is why the Arusha tribunal ended up acquitting most of the people it tried.", C),
                own("Kagame was sworn in as president in April 2000, and since then nobody in Rwanda is allowed to "
                    "tell the truth.", N, "fabrication"),
            ],
        ],
    },
]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv, DOCS, HERE))
