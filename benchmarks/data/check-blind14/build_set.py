"""Source of the FOURTEENTH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind14/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind14/build_set.py --check  # validate the files already written

HELD-OUT evaluation set, written blind and scored in aggregate only. Written after the earlier sets (check/,
check-blind/ to check-blind13/ and the check-train sets) had been seen by the people tuning the detectors, to
measure generalisation: new genres (a regional newspaper's weekend feature on a survivor's return to Nyamata and
Ntarama, a timeline page of an open-education site, a court reporter's column on the ICTR and the Mechanism, an
investigators' collective's report on killings by RPA soldiers, a media-studies handout quoting RTLM and Kangura, an
opinion column on "victor's justice", a parliamentary written question and answer, a French radio chronicle on
justice, and four short fixtures), new wording, new facts. Its author did not read the detectors, their rules,
exemplars or training data, nor any earlier set's documents or labels (only benchmarks/data/labelled_set.py,
benchmarks/data/check/README.md for the labelling conventions, the first 40 lines of the check-blind5 build script
as a template for this header, check-blind5/README.md as a template for the README, and the list TECHNIQUES in
src/factfinder/check/model.py). Verdicts were decided against the record alone: examples/ (FACTS.md and the sample
documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Keep it that way: do not
copy these sentences into rules, exemplars or training data, do not read its per-sentence errors, and do not tune
against this set.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling rules and the sources
of every true fact. Outlets, authors, narrators, the survivor "Claudine", the member of parliament and the minister
are invented; the fixtures are written by the factfinder team and state falsehoods on purpose.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with


def fr(text: str) -> str:
    """French typography: narrow no-break spaces before ; ! ? and in digit groups, no-break spaces inside « » and
    before a colon."""
    text = re.sub(r"(\d) (\d{3})", "\\1\u202f\\2", text)
    text = text.replace(" ;", "\u202f;").replace(" !", "\u202f!").replace(" ?", "\u202f?")
    text = text.replace(" :", "\u00a0:").replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    return text


def fs(text: str, verdict: str | None = None) -> dict:
    return s(fr(text), verdict)


def fown(text: str, verdict: str | None, *markers: str) -> dict:
    return own(fr(text), verdict, *markers)


def frep(text: str, verdict: str | None, *markers: str) -> dict:
    return rep(fr(text), verdict, *markers)


DOCS: list[dict] = [
    # 1. Regional newspaper weekend feature (invented paper, invented survivor "Claudine").
    {
        "doc": "feature-nyamata-ntarama-return.txt",
        "title": "Going back to the hills: a survivor returns to Nyamata and Ntarama",
        "genre": "regional newspaper weekend feature (survivor's return)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Going back to the hills: a survivor returns to Nyamata and Ntarama")],
            [s("The Harlow Vale Courier, Weekend section, by our features writer")],
            [
                s("Claudine has lived in our county for nineteen years, and this spring she flew back to Rwanda for "
                  "the first time since she was a girl."),
                s("Her family farmed near Nyamata, in the Bugesera region south of Kigali, where the hunting of "
                  "Tutsi on the hills began on 11 April 1994 and went on until the middle of May.", N),
                s("The former Libération war reporter Jean Hatzfeld, whose first book of survivors' accounts from these hills came "
                  "out in 2000, puts the dead at about fifty thousand of the fifty-nine thousand or so Tutsi who "
                  "lived there.", N),
                s("Claudine, then fourteen, survived by lying in the papyrus marshes every day from morning until "
                  "the killers went home."),
            ],
            [
                s("Our first stop was the red-brick church at Ntarama, which has been kept as a memorial.", N),
                s("More than five thousand people who had crowded inside for protection were killed there.", N),
                s("Claudine stood a long time at the door and did not go in."),
            ],
            [
                s("Twenty minutes down the road, the former Catholic church at Nyamata is one of four genocide "
                  "memorials, with Murambi, Gisozi and Bisesero, that UNESCO inscribed on its World Heritage List on "
                  "20 September 2023.", N),
                s("Outside it lies Antonia Locatelli, an Italian missionary who was shot dead on the night of 9 to "
                  "10 March 1992, shortly after she had alerted foreign radio to massacres of Tutsi in Bugesera.", N),
                s("Those massacres followed a fake communiqué broadcast by Radio Rwanda on 3 March 1992, and some "
                  "accounts call them the dress rehearsal for 1994.", N),
            ],
            [
                s("Across Rwanda the killing lasted about a hundred days, and Claudine is sure that more than a "
                  "million people died.", D),
                s("The government's census of victims, completed in 2002, arrived at 1,074,017.", S),
                s("Human Rights Watch, working back from the 1991 census, concluded that at least half a million had "
                  "been killed.", S),
                s("Her two younger brothers grew up, like ninety-five thousand other Rwandan children, as "
                  "orphans.", D),
                s("In July, as the war ended, about a million people fled west into Zaire, most of them Hutu.", D),
            ],
            [
                s("Justice came slowly to Bugesera."),
                s("Rwanda's own courts did not open their first genocide trials until 1998, and by then the prisons "
                  "were overflowing.", C),
                s("Jean Uwinkindi, a Pentecostal pastor from the church at Kayenzi, was accused of leading attacks "
                  "on Tutsi on the hills of Kanzenze and Rwankeri.", S),
                s("The Arusha tribunal referred his case to Rwanda, and the High Court in Kigali sentenced him to "
                  "life imprisonment at the end of December 2015.", S),
                s("Most of the neighbours who looted and killed were judged by the gacaca courts, which sat on the "
                  "grass until they closed in June 2010.", C),
            ],
            [
                s("In 2008 a national count found 309,368 survivors of the genocide still alive; Claudine was one of "
                  "them, though by then she was already living here.", S),
                s("Each year on 7 April Rwanda begins a hundred days of mourning, and the United Nations has marked "
                  "the same date as an international day of reflection since a General Assembly resolution of "
                  "23 December 2003.", N),
                s("She says she will go back next April, and this time she will take her daughter."),
            ],
        ],
    },
    # 2. Timeline with commentary from an invented open-education site.
    {
        "doc": "timeline-openlessons-rwanda-1959-1995.txt",
        "title": "Rwanda, 1959-1995: a timeline with commentary (Unit 7)",
        "genre": "open-education timeline page with commentary",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Rwanda, 1959–1995: a timeline with commentary (Unit 7)")],
            [s("OpenLessons Commons, Modern African History, free to reuse with attribution")],
            [
                s("November 1959: riots and arson against Tutsi homes open the upheaval known as the Hutu "
                  "revolution, and many Tutsi flee abroad.", N),
                s("Comment: the Rwandan Patriotic Front that invaded in 1990 was made up mostly of Tutsi refugees "
                  "based in Uganda.", S),
            ],
            [
                s("1 October 1990: RPF fighters cross from Uganda into northern Rwanda, and the civil war "
                  "begins.", S),
                s("22 November 1992: at a rally in Kabaya, the MRND's Léon Mugesera makes a speech calling for the "
                  "extermination of Tutsi.", S),
                s("Comment: Mugesera later lived for years in the United States, which deported him in 2012; a "
                  "Rwandan court sentenced him to life in 2016.", C),
                s("July 1993: Radio Télévision Libre des Mille Collines starts broadcasting from Kigali.", N),
                s("4 August 1993: President Habyarimana and the RPF's chairman, Alexis Kanyarengwe, sign the Arusha "
                  "peace agreement.", S),
                s("5 October 1993: resolution 872 sets up UNAMIR with an authorised strength of 5,500.", C),
                s("21 October 1993: Melchior Ndadaye, Burundi's first elected Hutu president, is assassinated in a "
                  "failed coup.", N),
            ],
            [
                s("6 April 1994: the plane bringing Habyarimana home from talks in Tanzania is shot down as it "
                  "approaches Kigali airport.", S),
                s("Comment: the missiles were fired by Hutu extremists who wanted to wreck the Arusha "
                  "settlement.", D),
                s("7 April 1994: soldiers kill the prime minister, Agathe Uwilingiyimana, and ten Belgian "
                  "peacekeepers, and the killing of Tutsi begins in the capital.", S),
                s("21 April 1994: resolution 912 cuts UNAMIR to about 270 personnel.", S),
                s("17 May 1994: resolution 918 imposes an arms embargo and authorises up to 5,500 troops.", S),
                s("4 June 1994: RPF soldiers kill thirteen clergy and two other civilians near Kabgayi.", D),
                s("22 June 1994: the Security Council unanimously authorises Opération Turquoise under "
                  "Chapter VII.", C),
                s("4 July 1994: the RPF takes Kigali and Butare.", S),
                s("18 July 1994: the RPF reaches Gisenyi, and the flight into Goma reaches its peak.", D),
                s("Comment: about a million people crossed into Zaire in under a week.", D),
            ],
            [
                s("8 November 1994: the Security Council votes unanimously to create the International Criminal "
                  "Tribunal for Rwanda.", C),
                s("22 April 1995: RPA soldiers fire on displaced people at Kibeho, and the government's count is 338 "
                  "dead.", S),
                s("Comment: in all, some 800,000 people were murdered in the genocide, the figure this course uses "
                  "throughout.", D),
                s("Discussion: why did the Council shrink the force in April and enlarge it in May?"),
            ],
        ],
    },
    # 3. Court reporter's column (invented weekly); quotes defence theses to report their rejection.
    {
        "doc": "court-column-arusha-verdicts.txt",
        "title": "Courtside: the verdicts of Arusha, and the men who never faced them",
        "genre": "court reporter's column (ICTR and Mechanism)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Courtside: the verdicts of Arusha, and the men who never faced them")],
            [s("Lakes Law Weekly, the court reporter's column")],
            [
                s("When the Arusha branch of the UN's residual Mechanism opened on 1 July 2012, it took over the "
                  "tribunal's unfinished business: appeals, fugitives and prisoners still serving their time.", N),
                s("The tribunal itself went on sitting until the end of 2015, and its ledger reads ninety-three "
                  "indicted, sixty-one convicted and fourteen acquitted.", S),
                s("Its first judgment, in September 1998, sent Jean-Paul Akayesu, the bourgmestre of Taba, to prison "
                  "for life, and the appeal judges upheld that sentence in June 2001.", S),
                s("Two days after Akayesu, Jean Kambanda, prime minister of the interim government, received a life "
                  "sentence after pleading guilty to genocide.", S),
                s("He had headed that government through the whole of the killing, in which well over half a million "
                  "people died.", D),
            ],
            [
                s("In December 2003 the trial chamber convicted the RTLM founder Ferdinand Nahimana, the CDR founder "
                  "Jean-Bosco Barayagwiza and the Kangura editor Hassan Ngeze.", S),
                s("On appeal in November 2007 Nahimana's life term became thirty years and Barayagwiza's thirty-five "
                  "became thirty-two, but Ngeze's life sentence was left intact.", C),
                s("Georges Ruggiu, the Belgian-Italian presenter who pleaded guilty to incitement on RTLM, had been "
                  "given twelve years in June 2000.", S),
                s("The singer Simon Bikindi received fifteen years for urging the killing of Tutsi on a road in "
                  "Gisenyi in June 1994, and the appeal judges left the sentence untouched.", S),
            ],
            [
                rep("For twenty years defence teams recited the same lines: there had been 'no plan', only "
                    "'spontaneous anger' after the president's death, and it was 'a war, not a genocide'.", C,
                    "spontaneity", "definitional_denial"),
                s("The judges heard them out and, case after case, did not buy them."),
                s("In December 2008 the trial chamber held Théoneste Bagosora responsible for the murders of the "
                  "prime minister and of the ten Belgian peacekeepers.", S),
                s("His life sentence became thirty-five years on appeal in December 2011, but his genocide "
                  "conviction stood.", S),
                s("His co-accused Gratien Kabiligi, the army's head of operations, was convicted alongside him and "
                  "sentenced to life.", C),
                s("In February 2014 the appeal judges acquitted the gendarmerie chief Augustin Ndindiliyimana and the "
                  "RECCE battalion commander François-Xavier Nzuwonemeye outright.", S),
                s("Jean-Baptiste Gatete, convicted over the massacres at Kiziguro and Mukarange parishes, had his "
                  "life sentence confirmed on appeal in 2012.", C),
                s("The last word came on 14 December 2015, when Pauline Nyiramasuhuko's life sentence was cut to "
                  "forty-seven years for undue delay.", S),
            ],
            [
                s("Félicien Kabuga, accused of buying machetes for the killers and bankrolling RTLM, was arrested "
                  "outside Paris on 16 May 2020.", N),
                s("In August 2023 the Mechanism's Appeals Chamber ordered an indefinite stay because he was unfit for "
                  "trial, so there will be no verdict.", S),
                s("The former defence minister Augustin Bizimana will not face judges either: in May 2020 the "
                  "Mechanism's prosecutor confirmed that his remains had been identified in a grave at Pointe-Noire, "
                  "in the Republic of Congo.", N),
            ],
            [
                s("Some still call Arusha a monument and others call it a court that never charged a single RPF "
                  "officer; both are describing the same record.", S),
                s("The second half of that sentence is not a smear: the UN Commission of Experts had asked in "
                  "December 1994 for the crimes attributed to the RPF to be investigated.", S),
                s("The archive in Arusha will outlast us all."),
            ],
        ],
    },
    # 4. Report of an invented investigators' collective on killings by RPA soldiers.
    {
        "doc": "collective-report-rpa-killings.txt",
        "title": "Unfinished ledger: killings by soldiers of the Rwandan Patriotic Army, 1994-1998",
        "genre": "investigators' collective report on RPA killings",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Unfinished ledger: killings by soldiers of the Rwandan Patriotic Army, 1994–1998")],
            [s("A report of the Meridian Fact-Finding Collective")],
            [
                s("This report is about crimes that the genocide against the Tutsi does not excuse and that do not "
                  "make it any smaller: the killing of civilians by RPA soldiers during and after the war."),
                s("In mid-April 1994, according to Human Rights Watch, RPF soldiers massacred several hundred people "
                  "in the stadium at Byumba.", S),
                s("Amnesty International reported in October 1994 that the RPA's violations from April to August "
                  "included hundreds of deliberate executions.", S),
                s("A UNHCR team led by Robert Gersony estimated that RPA soldiers killed between 25,000 and 45,000 "
                  "people from April to August 1994, but its findings were never published as a report.", S),
                s("Human Rights Watch's 1999 history of the genocide said RPF soldiers may have killed tens of "
                  "thousands of civilians during the four months of combat.", S),
                s("A former interior minister put the number killed by RPA soldiers between April 1994 and August "
                  "1995 at some 60,000, as Human Rights Watch later reported.", S),
                s("On the evidence we have gathered, the true number killed in 1994 alone was close to sixty "
                  "thousand.", D),
            ],
            [
                s("Near Kabgayi in early June 1994, RPF soldiers killed thirteen clergy, among them the Archbishop of "
                  "Kigali, and two other civilians.", S),
                s("The clergy were killed on 5 June.", D),
                s("In October 2008 a military court in Kigali convicted two captains who had confessed, giving them "
                  "eight years that were later cut to five, and acquitted a general and a major.", S),
                s("The army itself said in 2008 that it had prosecuted 43 soldiers since 1994 for war crimes and "
                  "revenge killings.", S),
            ],
            [
                s("On 22 April 1995 soldiers of the RPA opened fire on displaced people packed into the Kibeho camp "
                  "as the army closed it by force.", S),
                s("At least four thousand people died.", D),
                s("Even the government conceded a toll of about 2,000.", C),
                s("Seth Sendashonga, the Hutu interior minister of the post-genocide government, who had demanded that "
                  "soldiers be punished for revenge killings, was dismissed in August 1995 and shot dead in Nairobi "
                  "on 16 May 1998.", N),
            ],
            [
                s("No RPF or RPA soldier was ever indicted by the Arusha tribunal, and the gacaca courts had no "
                  "jurisdiction over their crimes.", S),
                s("In February 2008 the Spanish judge Fernando Andreu indicted forty Rwandan officers for genocide, "
                  "crimes against humanity and terrorism, citing among other crimes the murder of nine Spanish "
                  "citizens.", N),
                s("One of them, the intelligence chief Karenzi Karake, was arrested at Heathrow on 20 June 2015 on a "
                  "European arrest warrant, and a London court discharged the case on 10 August.", N),
                s("A spokesman for Rwanda's foreign ministry called the Spanish warrants 'bogus' and said the case rested on "
                  "falsehoods and genocide denial.", N),
                s("We report that charge because it is serious, and we reject it: recording these deaths denies "
                  "nothing."),
            ],
            [
                rep("Some exile websites go further and claim that the RPA killed 'as many Hutu as the Tutsi who "
                    "died' in a 'second genocide'; nothing in the record supports either claim.", C,
                    "double_genocide"),
                s("The Commission of Experts wrote in December 1994 that there was no evidence that the RPF's crimes "
                  "were intended to destroy the Hutu as a group, and asked that they be investigated.", S),
                s("In a country where Tutsi were barely one person in twelve, the genocide against them remains the "
                  "central crime of 1994, and these killings are crimes that came with and after it.", D),
            ],
        ],
    },
    # 5. Media-studies lecture handout quoting RTLM and Kangura to analyse them (invented course).
    {
        "doc": "handout-media-studies-hate-media.txt",
        "title": "MEDIA 214, Propaganda and atrocity: handout for week 9",
        "genre": "media-studies lecture handout quoting hate media",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("MEDIA 214, Propaganda and atrocity: handout for week 9, the voice of the killers")],
            [s("Read each quotation aloud, name the technique, and bring one question to the seminar.")],
            [s("1. Two outlets")],
            [
                s("Kangura, a bimonthly paper edited by Hassan Ngeze, was founded in May 1990, five months before the "
                  "RPF invaded.", N),
                s("Radio Télévision Libre des Mille Collines broadcast from 8 July 1993 to 31 July 1994, and much of "
                  "its young audience came for the contemporary music that state radio did not play.", N),
                s("Both addressed a Hutu majority in a country where Tutsi were roughly one person in seven.", D),
            ],
            [s("2. The enemy as vermin")],
            [
                rep("The cover of Kangura's issue 26, dated November 1991, set a machete beside the question: 'Which "
                    "weapons are we going to use to beat the cockroaches for good?'", N,
                    "dehumanisation", "call_to_action"),
                rep("On 2 July 1994 the RTLM presenter Kantano Habimana called the Inkotanyi a 'species' of 'bad "
                    "people' and declared: 'These people should perish because there is no alternative.'", N,
                    "dehumanisation", "call_to_action"),
                s("In the same broadcast he insisted that he did not mean Tutsis, a disclaimer his listeners knew how "
                  "to read.", N),
                s("Notice how 'species' turns a political opponent into a kind of pest whose removal sounds like "
                  "hygiene."),
            ],
            [s("3. The mirror")],
            [
                rep("On 20 June 1994 Valérie Bemeriki said of the Inyenzi on air that 'they were created to "
                    "drink Rwandan blood and to kill', and that 'we must take our revenge on the Inyenzi-Inkotanyi "
                    "and exterminate them'.", N,
                    "dehumanisation", "accusation_in_mirror", "call_to_action", "justification"),
                rep("On 15 May Kantano warned that 'a minority race cannot exterminate the majority race', as if the "
                    "people being hunted were the ones planning an extermination.", N,
                    "accusation_in_mirror", "role_reversal"),
                s("This is accusation in a mirror: the speaker charges the victims with the very plan his own side is "
                  "carrying out."),
            ],
            [s("4. Afterwards")],
            [
                s("In December 2003 the tribunal in Arusha convicted Nahimana, Barayagwiza and Ngeze in what became "
                  "known as the media case, and the RTLM presenter Georges Ruggiu had already been jailed for twelve "
                  "years after pleading guilty.", S),
                s("On appeal in 2007 Nahimana's conviction for incitement was quashed, leaving only "
                  "persecution.", C),
                s("Barayagwiza fared better still: the appeal judges overturned every one of his convictions.", C),
                s("The appeal judges kept Ngeze's conviction but reduced his life term to thirty-five years.", S),
                s("Bemeriki was tried in Rwanda, where a gacaca court in Kigali sentenced her to life on 12 December "
                  "2009 after she admitted using the microphone to call for Tutsi to be hunted down.", N),
                s("One economic study estimated that RTLM's broadcasts accounted for nearly a tenth of participation "
                  "in the violence, or roughly 51,000 deaths.", N),
                s("The killing these voices cheered on claimed some 800,000 lives in about a hundred days.", D),
                s("Human Rights Watch, more cautiously, concluded that at least half a million people were "
                  "killed.", S),
            ],
            [s("Seminar task: rewrite one quotation as a neutral news sentence and explain what the rewrite "
               "loses.")],
        ],
    },
    # 6. Opinion column (invented paper): the ICTR as victor's justice, without denying the genocide.
    {
        "doc": "column-arusha-blind-spot.txt",
        "title": "Arusha's blind spot: why the charge of victor's justice still stands",
        "genre": "opinion column critical of the ICTR",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Arusha's blind spot: why the charge of victor's justice still stands")],
            [s("Opinion, The Northern Ledger")],
            [
                s("Let me be plain about what this column does not say: the genocide against the Tutsi was real, it "
                  "was organised, and those convicted of it earned their sentences."),
                s("The UN Commission of Experts found in December 1994 that it had been carried out in a concerted, "
                  "planned, systematic and methodical way.", S),
                s("My quarrel is with what the court in Arusha chose not to look at."),
            ],
            [
                s("The Security Council created the tribunal on 8 November 1994, by thirteen votes to one with one "
                  "abstention, and gave it jurisdiction over crimes committed in Rwanda during 1994.", S),
                s("Experts working for UNHCR estimated that RPA soldiers killed 25,000 to 45,000 people between April "
                  "and August of that year.", S),
                s("Human Rights Watch's 1999 report went further and put the RPF's toll at well over a hundred "
                  "thousand.", C),
                s("In June 1994 RPF soldiers killed thirteen clergy near Kabgayi, including the Archbishop of Kigali "
                  "and the bishops of Kabgayi and Byumba.", S),
                s("At Kibeho in April 1995 the army shot down some two thousand displaced people.", D),
                s("Yet of the ninety-three people the tribunal indicted, not one came from the RPF.", S),
                s("Human Rights Watch said as much in December 2008: the tribunal had not prosecuted even one of the "
                  "serious RPF crimes of 1994.", S),
                s("The Kabgayi file was left to a Rwandan military court, which in October 2008 acquitted all four "
                  "officers.", C),
                s("By the military's own account, its courts had prosecuted soldiers for the killing of about a "
                  "hundred civilians.", S),
                s("Set that beside the 1,958,634 cases the gacaca courts tried before they closed in June 2012, courts "
                  "that were not allowed to hear RPF crimes at all.", S),
                s("Tens of thousands of people were killed by the RPA, and no international judge ever heard their "
                  "names.", D),
            ],
            [
                s("None of this amounts to a 'double genocide', a phrase I reject; it is a plea for equal treatment "
                  "of the dead."),
                s("The same imbalance shapes politics: Victoire Ingabire, who came home from exile in 2010 and spoke "
                  "at the Kigali memorial about Hutu who had been killed, was jailed for eight years in October 2012, "
                  "a sentence the Supreme Court raised to fifteen in December 2013.", N),
                s("Among the convictions the court upheld was one for 'minimising' the genocide, which tells you how "
                  "narrow the permitted story has become.", N),
            ],
            [
                s("The tribunal's record is not nothing: Akayesu established that rape could be an act of genocide, "
                  "and the Bagosora judgment held the colonel responsible for the murders of 7 April.", S),
                s("Bagosora's thirty-five years, and the acquittal of the army's operations chief Gratien Kabiligi, "
                  "show judges who weighed evidence.", S),
                s("The tribunal delivered its final judgment in 2013 and closed soon after.", C),
                s("What those judges were never given was the other side's file."),
                s("Around a million people were killed in 1994, and every one of them deserved a court.", D),
            ],
        ],
    },
    # 7. Parliamentary written question and a minister's written answer (invented parliament members).
    {
        "doc": "parliament-written-question-international-response.txt",
        "title": "Written question 4417: the international response to the 1994 genocide in Rwanda",
        "genre": "parliamentary written question and ministerial answer",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Written question 4417: the international response to the 1994 genocide in Rwanda")],
            [s("Asked by Ruth Hallam, member for Eastmoor")],
            [
                s("In the spring of 1994 more than a million people were murdered in Rwanda in about a hundred "
                  "days.", D),
                s("To ask the Minister of State for Multilateral Affairs what assessment the government has made of "
                  "the international response, and what lessons it has drawn for UN peacekeeping."),
            ],
            [s("Answered by Pieter Vos, Minister of State for Multilateral Affairs")],
            [
                s("UNAMIR was established by Security Council resolution 872 on 5 October 1993 to help carry out the "
                  "Arusha agreement, with an authorised strength of 2,500.", S),
                s("Its Belgian force commander, Roméo Dallaire, led it from October 1993 until August 1994.", C),
                s("On 7 April 1994 ten Belgian peacekeepers assigned to protect the prime minister were disarmed, "
                  "taken to a camp in Kigali and killed.", S),
                s("On 14 April Belgium announced that it would withdraw its contingent.", N),
                s("On 21 April the Council unanimously reduced the force to about 270.", S),
                s("On 17 May it changed course, imposing an arms embargo and authorising an expanded force of "
                  "5,500.", S),
                s("On 22 June it authorised a temporary French-led operation under Chapter VII, by ten votes with "
                  "five abstentions.", S),
                s("That force left the south-west at the end of September 1994, handing over to UNAMIR.", C),
                s("By early August some two million Rwandans, most of them Hutu, had fled abroad, after more than "
                  "500,000 crossed into Tanzania within a single day at the end of April.", C),
                s("In Goma, some 80,000 refugees died of cholera and dysentery within a month of arriving.", D),
                s("The missiles that brought down the president's plane on 6 April were fired by extremists from the "
                  "Kanombe barracks area.", D),
            ],
            [
                s("Governments were slow even to use the word: at a State Department briefing on 10 June 1994, a "
                  "United States spokeswoman would say only that 'acts of genocide' had been committed.", N),
                s("The Belgian Senate's commission of inquiry reported on 6 December 1997, and in Kigali on "
                  "25 March 1998 President Clinton acknowledged that 'we did not act quickly enough after the killing "
                  "began'.", N),
                s("The Commission of Experts requested by resolution 935 of 1 July 1994 found by December that "
                  "genocide had been committed against the Tutsi.", S),
                s("The Independent Inquiry chaired by Ingvar Carlsson reported in December 1999 that approximately "
                  "800,000 people had been killed in about a hundred days.", S),
                s("Secretary-General Kofi Annan responded by expressing his 'deep remorse' that the UN had not done "
                  "more.", N),
            ],
            [
                s("The government draws three lessons."),
                s("First, warnings must be acted on: UNAMIR's informant reported arms caches and a plan to kill "
                  "Belgian soldiers, and the force commander was told from New York that he had no authority to "
                  "act.", S),
                s("Second, the 1948 Genocide Convention obliges its parties to prevent the crime, not merely to name "
                  "it.", N),
                s("Third, accountability must be sustained: the International Criminal Tribunal for Rwanda, created "
                  "in November 1994, worked until the end of 2015, and the government will continue to fund the "
                  "Mechanism that carries on its residual functions.", S),
            ],
        ],
    },
    # 8. French radio chronicle (text), invented station and chronicler; quotes hate radio and denial to refute.
    {
        "doc": "chronique-radio-fr-justice-genocide.txt",
        "title": "Le fil du droit : trente ans de justice pour le génocide des Tutsi",
        "genre": "chronique radio (texte) sur le génocide et la justice",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [fs("« Le fil du droit », Radio Sillon, chronique du mardi : trente ans de justice pour le génocide des "
                "Tutsi")],
            [
                fs("Le 7 avril 1994, au lendemain de l'attentat contre l'avion du président Habyarimana, commençaient "
                   "au Rwanda des massacres qui allaient faire plus d'un million de morts en cent jours.", D),
                fs("Depuis un décret du 13 mai 2019, la France a fait de cette date une journée de commémoration du "
                   "génocide des Tutsi.", N),
            ],
            [
                fs("Commençons par Arusha : le Tribunal pénal international pour le Rwanda, créé par le Conseil de "
                   "sécurité le 8 novembre 1994, a fermé ses portes fin 2015.", S),
                fs("Il a condamné soixante et une personnes, parmi lesquelles l'ancien Premier ministre Jean "
                   "Kambanda, condamné à la perpétuité en septembre 1998.", S),
                fs("Il n'a en revanche jamais poursuivi un seul membre du FPR, alors que la Commission d'experts de "
                   "l'ONU avait demandé que les crimes qui lui étaient attribués fassent l'objet d'enquêtes.", S),
                fs("Au Rwanda, les juridictions gacaca ont jugé 1 958 634 affaires avant de fermer le 18 juin "
                   "2012.", S),
            ],
            [
                fs("Et en France ?"),
                fs("Depuis le 1er janvier 2012, un pôle spécialisé du tribunal de Paris instruit les crimes contre "
                   "l'humanité, et la grande majorité de ses premiers dossiers portaient sur le Rwanda.", N),
                fs("Pascal Simbikangwa, ancien capitaine de la garde présidentielle, a été le premier condamné, à "
                   "vingt-cinq ans de réclusion, en mars 2014.", S),
                fs("Deux anciens bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, ont été condamnés à "
                   "vingt ans en juillet 2016.", C),
                fs("L'ancien préfet de Gikongoro, Laurent Bucyibaruta, condamné à vingt ans en 2022, notamment pour "
                   "les massacres de Murambi, est mort en décembre 2023 avant d'être rejugé.", S),
                fs("Le gynécologue Sosthène Munyemana a vu sa peine de vingt-quatre ans confirmée en appel en octobre "
                   "2025.", S),
                fs("L'ancien gendarme Philippe Hategekimana, naturalisé sous le nom de Philippe Manier, a en revanche "
                   "été acquitté en appel en décembre 2024.", C),
            ],
            [
                fs("Reste le négationnisme : depuis la loi du 27 janvier 2017, nier, minorer ou banaliser de façon "
                   "outrancière un génocide reconnu par une juridiction française ou internationale est puni d'un an "
                   "d'emprisonnement et de 45 000 euros d'amende.", N),
                frep("On entend pourtant encore qu'il y aurait eu « deux génocides », ou que les tueries n'auraient "
                     "été qu'une « colère spontanée » après la mort du président.", C,
                     "double_genocide", "spontaneity"),
                fs("C'est faux : dès décembre 1994, la Commission d'experts décrivait un génocide commis de façon "
                   "« concertée, planifiée, systématique et méthodique » et ne trouvait aucune preuve d'une intention "
                   "de détruire les Hutu.", S),
                frep("Fin mai 1994, sur la RTLM, l'animateur Kantano Habimana lançait aux jeunes d'une barrière de "
                     "Kigali : « Gardez bien le caniveau, pour que demain aucun cafard ne passe ! »", N,
                     "dehumanisation", "call_to_action"),
                fs("Le fondateur de la radio, Ferdinand Nahimana, a vu sa peine ramenée à trente ans en appel en "
                   "2007.", S),
                fs("Au moins 250 000 femmes ont été violées pendant ces cent jours.", D),
            ],
            [
                fs("Quant à l'attentat du 6 avril, la Cour de cassation a rejeté les derniers pourvois le 15 février "
                   "2022, et le non-lieu est définitif.", S),
                fs("Qui a tiré ?"),
                fs("Très probablement des extrémistes hutu postés près du camp de Kanombe.", D),
                fs("Mais aucun tribunal ne l'a établi, et la justice nous apprend aussi cela : à dire ce qui est "
                   "prouvé, et rien de plus.", S),
                fs("C'était « Le fil du droit » ; à mardi prochain."),
            ],
        ],
    },
    # 9. Fixture: French forum post, own-voice denial (double genocide, minimisation).
    {
        "doc": "fixture-denial-fr-forum-deux-genocides.txt",
        "title": "Sujet : le « génocide » rwandais, trente ans de mensonges",
        "genre": "message de forum (fixture de négation)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [fown("Sujet : le « génocide » rwandais, trente ans de mensonges", None,
                  "definitional_denial", "fabrication")],
            [
                fown("Il n'y a pas eu un génocide au Rwanda mais deux, et celui des Hutu par le FPR a fait bien plus "
                     "de morts.", C, "double_genocide"),
                fown("Les chiffres officiels sont gonflés : il y a eu au grand maximum 80 000 Tutsi tués, pas un "
                     "million.", C, "minimisation"),
                fown("En 1994, même l'ONU ne parlait pas de génocide : le mot a été inventé après coup par les "
                     "vainqueurs.", C, "definitional_denial", "fabrication"),
                fown("Le FPR a abattu l'avion d'Habyarimana, tout le monde le sait.", D, "blame_shifting"),
            ],
            [
                fown("Les « rescapés » qui défilent aux procès de Paris récitent des textes appris par cœur, payés par "
                     "Kigali.", None, "attack_on_witnesses"),
                fown("Et le TPIR, une justice de vainqueurs, a fini par acquitter la plupart des accusés, ce qui "
                     "prouve qu'il n'y avait pas grand-chose à juger.", C, "attack_on_witnesses", "definitional_denial"),
                fs("Ouvrez les yeux, et faites tourner."),
            ],
        ],
    },
    # 10. Fixture: a "debunk" video script that is itself denial.
    {
        "doc": "fixture-denial-debunk-video-script.txt",
        "title": "Script: 'The Rwanda hoax, debunked in six facts'",
        "genre": "online 'debunk' video script (denial fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("[INTRO] Today we debunk the biggest media hoax of the nineties: the Rwandan 'genocide'.", None,
                 "fabrication", "definitional_denial")],
            [
                own("Fact one: the UN's own Commission of Experts never found any plan, which is why it described a "
                    "civil war with massacres on both sides.", C, "definitional_denial", "spontaneity"),
                own("Fact two: the famous toll was cooked up by a government that counted its 'victims' from 1990 "
                    "onwards, and real Tutsi deaths were a few tens of thousands at most.", C,
                    "minimisation", "fabrication"),
                own("Fact three: the 'historians' behind the big human-rights reports were activists on the payroll, "
                    "writing what Kigali dictated.", None, "attack_on_witnesses"),
                own("Fact four: the Arusha court convicted only a handful of people, and even Akayesu walked free on "
                    "appeal.", C, "attack_on_witnesses"),
                own("Fact five: Kagame's rebels shot down the president's plane, so everything that followed was "
                    "self-defence.", D, "blame_shifting", "justification"),
                own("Fact six: even Human Rights Watch admits the Tutsi were barely one in a hundred before 1994.", C,
                    "minimisation"),
            ],
            [s("[OUTRO] Like and share before they delete this.")],
        ],
    },
    # 11. Fixture: militia-style leaflet and chant (incitement; labelled 'distorts').
    {
        "doc": "fixture-denial-militia-leaflet-chant.txt",
        "title": "Leaflet: to all the youth of the hill",
        "genre": "militia-style leaflet and chant (incitement fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("TO ALL THE YOUTH OF THE HILL: READ, LEARN, SING")],
            [
                own("The cockroaches are sharpening their knives tonight, and they mean to wipe out every one of "
                    "us.", None, "dehumanisation", "accusation_in_mirror"),
                own("They are snakes in the grass and a sickness in the village.", None, "dehumanisation"),
                own("Remember October 1990, when they came over the border from Uganda to make us their servants "
                    "again.", S, "role_reversal"),
                own("Their army has already butchered half a million of our people in the north.", C,
                    "role_reversal", "accusation_in_mirror"),
            ],
            [
                own("Chorus: clear the bush, clear the bush, leave not one behind!", None, "call_to_action"),
                own("Whoever hides one of them is one of them.", None, "call_to_action"),
                own("Bring your tools to the roadblock at dawn and finish the work.", None, "call_to_action"),
            ],
        ],
    },
    # 12. Composite fixture: a family-history blog post whose closing section turns into denial.
    {
        "doc": "fixture-denial-composite-family-blog.txt",
        "title": "Grandpa's letters: our family in Kigali, 1990-1994",
        "genre": "family-history blog post turning into denial (composite fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("Grandpa's letters: our family in Kigali, 1990–1994")],
            [
                s("My grandfather, a Belgian agronomist, flew out of Kigali a few days after the president's plane "
                  "was shot down on the evening of 6 April 1994.", S),
                s("His letters mention the ten Belgian paratroopers killed on 7 April while they were guarding the "
                  "prime minister.", S),
                s("By 4 July the RPF held Kigali, and a new government took office on 19 July.", S),
            ],
            [
                own("Reading them again, I have come to think the 'genocide' we were taught about is mostly a story "
                    "the winners invented.", None, "definitional_denial", "fabrication"),
                own("Grandpa reckoned the real toll was perhaps fifty thousand, shared fairly evenly between both "
                    "sides.", C, "minimisation", "double_genocide"),
                own("The rebels started it when they invaded in October 1990, so whatever came after is on them.", S,
                    "blame_shifting", "justification"),
                own("The professors who say otherwise were never there.", None, "attack_on_witnesses"),
            ],
        ],
    },
]


# The timeline page sets each dated entry and comment on a line of its own.
DOCS[1]["paragraphs"] = [[x] for p in DOCS[1]["paragraphs"] for x in p]


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
