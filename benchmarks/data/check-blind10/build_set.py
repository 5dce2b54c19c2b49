"""Source of the TENTH BLIND labelled set for `factfinder check`: a HELD-OUT EVALUATION set, written blind.

    python benchmarks/data/check-blind10/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind10/build_set.py --check  # validate the files already written

HELD-OUT EVALUATION SET. Its author did not read the checker (src/factfinder/check/ beyond the TECHNIQUES list in
model.py), its rules, exemplars or training data (src/factfinder/data/check/), the benchmark script or its results,
the tests, nor any other labelled set's documents or labels (only benchmarks/data/labelled_set.py,
benchmarks/data/check/README.md for the labelling conventions, and the first 40 lines of
check-blind5/build_set.py and check-blind5/README.md as templates). Verdicts were decided against the record alone:
examples/ (FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the
proceedings CSV. The checker's authors must not read its per-sentence errors: score it in aggregate only, do not
copy these sentences into rules, exemplars or training data, and do not tune against this set.

Genres (outlets, authors, hosts, the demographer, the veteran and the posters are invented; see README.md): a
wire-service anniversary article, a legal memo on laws against genocide denial, a history podcast's show notes,
an op-ed critical of Rwanda's government and of the ICTR, a human-rights report section on RPF killings in Byumba
and Gitarama, a linguistics paper on Kangura and RTLM metaphors, a French radio column on Operation Turquoise, and
five fixtures (a French denial editorial, a student forum post ending in a "both sides" paragraph, a veteran's
speech, a conspiracy thread).

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling rules and the sources
of every true fact.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with


DOCS: list[dict] = [
    # 1. Wire-service anniversary article (invented agency "Meridian").
    {
        "doc": "wire-kwibuka30-anniversary.txt",
        "title": "Rwanda lights remembrance flame thirty years after genocide",
        "genre": "wire-service anniversary article",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Rwanda lights remembrance flame thirty years after genocide"),
            ],
            [
                s("KIGALI, April 7 (Meridian) - President Paul Kagame lit the flame of remembrance at the Kigali "
                  "Genocide Memorial on Sunday, opening 100 days of mourning three decades after the start of the "
                  "genocide against the Tutsi.", N),
                s("Former U.S. president Bill Clinton and former French president Nicolas Sarkozy were among the "
                  "dignitaries who laid wreaths at the memorial, where the remains of some 250,000 victims are "
                  "buried.", N),
            ],
            [
                s("The killing began within hours of the downing of President Juvenal Habyarimana's plane as it "
                  "came in to land at Kigali on the evening of April 6, 1994.", S),
                s("The next morning soldiers murdered the prime minister, Agathe Uwilingiyimana, and the ten "
                  "Belgian peacekeepers assigned to guard her were disarmed and killed the same day.", S),
                s("Investigators have never established who fired at the plane, though many in Kigali still blame "
                  "extremists in the Hutu-led army.", D),
                s("Rwanda's government puts the death toll at more than a million; the United Nations has long "
                  "cited a figure of about 800,000.", S),
                s("Some 800,000 people, the great majority of them Tutsi, were killed in roughly a hundred "
                  "days.", D),
            ],
            [
                s("\"Rwandans will never understand why any country would remain intentionally vague about who was "
                  "targeted in the genocide,\" Kagame told heads of state, diplomats and survivors at the BK Arena "
                  "in the capital.", N),
                s("\"Such ambiguity is, in fact, a form of denial.\""),
            ],
            [
                s("The U.N. force in Rwanda was cut to just 270 troops in mid-May, after ten of its Belgian "
                  "soldiers had been killed.", C),
                s("The killing stopped only when the Rwandan Patriotic Front, the rebel movement Kagame led, "
                  "captured Kigali on July 14 and drove the army and militias across the border.", C),
                s("More than a million people fled into Zaire within days, and cholera swept the camps around "
                  "Goma.", D),
            ],
            [
                s("The International Criminal Tribunal for Rwanda, set up by the Security Council in November 1994 "
                  "and based in Arusha, Tanzania, indicted 93 people before it shut its doors at the end of "
                  "2015.", S),
                s("It convicted 61 of them, and never charged a member of the RPF.", S),
                s("Its first verdict, against the former Taba mayor Jean-Paul Akayesu in 1996, was the first "
                  "genocide conviction by an international court.", C),
                s("Felicien Kabuga, the businessman accused of supplying machetes to the killers and of backing the "
                  "hate station RTLM, will never be judged: U.N. appeal judges found him unfit and ordered an "
                  "indefinite stay of proceedings last August.", S),
            ],
            [
                s("At home, Rwanda sent most cases to gacaca community courts, which handled close to two million "
                  "cases before closing in June 2012.", S),
                s("Rights groups faulted them for cutting corners on fair trials and for leaving killings by RPF "
                  "soldiers out of their remit.", S),
                s("The genocide also left about 95,000 children orphaned.", D),
            ],
            [
                s("Ties with France have warmed since a commission of French historians concluded in March 2021 "
                  "that Paris bore \"heavy and overwhelming\" responsibilities.", S),
                s("President Emmanuel Macron, who visited the same memorial two months later, acknowledged France's "
                  "responsibilities but stopped short of an apology.", N),
            ],
            [
                s("Kagame, 66, has been president since 2000 and is seeking a fourth term in July.", N),
                s("Critics accuse his government of muzzling the press and the opposition, charges it "
                  "rejects.", N),
            ],
        ],
    },
    # 2. Legal memo on denial laws (invented firm, client and counsel). Hard negative: denial quoted as evidence.
    {
        "doc": "legal-memo-denial-laws.txt",
        "title": "Memorandum: criminal exposure for statements denying the genocide against the Tutsi",
        "genre": "legal memo",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("PRIVILEGED AND CONFIDENTIAL - MEMORANDUM"),
            ],
            [
                s("Re: Criminal exposure for online statements denying or minimising the 1994 genocide against the Tutsi "
                  "(to the Board of Trustees, Umurage Memory Trust, Brussels)"),
            ],
            [
                s("You asked whether the posts your volunteers collected from a Dutch-language forum could be "
                  "reported to prosecutors in Belgium, France or Rwanda, and what each system requires."),
                s("In short: probably yes in Belgium and France, almost certainly in Rwanda, but the thresholds "
                  "differ a great deal."),
            ],
            [
                s("Every regime discussed below protects only facts a court has established, so it matters that the "
                  "genocide against the Tutsi, in which nearly a million people were murdered, is judicially "
                  "settled.", D),
                s("The ICTR, created by Security Council resolution 977 in November 1994, found in its very first "
                  "judgment that genocide had been committed against the Tutsi.", C),
                s("That judgment, delivered on 2 September 1998 against Jean-Paul Akayesu, was the first conviction "
                  "for genocide by any international court.", S),
                s("Its Appeals Chamber went further on 16 June 2006, holding in the Karemera case that the genocide "
                  "was a fact of common knowledge of which trial chambers must take judicial notice.", N),
                s("Even before the tribunal sat, the UN Commission of Experts had reported in December 1994 that the "
                  "killings of Tutsi were concerted, planned, systematic and methodical.", S),
            ],
            [
                s("Belgium's 1995 denial statute is reserved for the Holocaust.", N),
                s("In 2019, however, Parliament added to the anti-racism law of 30 July 1981 an offence of denying, "
                  "grossly minimising, seeking to justify or approving a genocide established by a final decision "
                  "of an international court, where the speaker knew or should have known that this risked "
                  "exposing a group to hatred, discrimination or violence.", N),
                s("Belgian juries have some experience of the subject: the first Rwandan convicted of genocide in "
                  "Belgium was tried in 2001, in the case of the \"Butare Four\".", C),
            ],
            [
                s("In France, article 24 bis of the press law of 29 July 1881 was amended by the law of 27 January "
                  "2017 on equality and citizenship.", N),
                s("As it now reads, it reaches the denial or gross trivialisation of other genocides only where the "
                  "crime has given rise to a conviction by a French or an international court.", N),
                s("That condition is plainly met: besides the ICTR's judgments, the Paris assize court sentenced the "
                  "former intelligence officer Pascal Simbikangwa to 25 years for genocide in March 2014.", S),
                s("In July 2016 the same court gave Octavien Ngenzi and Tito Barahira, two former mayors of "
                  "Kabarondo, twenty years each.", C),
            ],
            [
                s("Rwanda criminalised \"genocide ideology\" in Law 18/2008, which Amnesty International criticised "
                  "in 2010 for its chilling effect on speech.", N),
                s("The best-known case is that of the opposition leader Victoire Ingabire, whose sentence the "
                  "Supreme Court raised from eight to fifteen years in December 2013 while upholding her conviction "
                  "for minimising the genocide.", N),
            ],
            [
                s("In Perincek v. Switzerland the Grand Chamber of the European Court of Human Rights held on "
                  "15 October 2015, by ten votes to seven, that a conviction for denying the Armenian genocide "
                  "breached Article 10.", N),
                s("EU Framework Decision 2008/913/JHA, adopted unanimously on 28 November 2008, obliges member "
                  "states to punish publicly condoning, denying or grossly trivialising genocide when the conduct is "
                  "likely to incite violence or hatred.", N),
            ],
            [
                rep("Sample 3 reads: \"There was no genocide in 1994, only a civil war in which both sides "
                    "killed.\"", C, "definitional_denial", "double_genocide"),
                s("It denies the legal characterisation outright and falls within both the Belgian and the French "
                  "provisions."),
                rep("Sample 7 asserts that \"fewer than 50,000 died and the rest are inventions of Kigali to "
                    "squeeze money out of the West\".", C, "minimisation", "fabrication"),
                rep("Sample 9, which praises the killers as \"men who defended their hills against the inyenzi\", "
                    "adds justification and a dehumanising slur, both relevant to the hatred element.", None,
                    "justification", "dehumanisation"),
                s("By contrast, sample 12 - a post pointing out that the ICTR never prosecuted a member of the RPF "
                  "for the killings of 1994 - is accurate and protected.", S),
                s("Criticising the tribunal's selectivity is not denial."),
                s("We recommend reporting samples 3, 7 and 9 to the Brussels prosecutor, with dated screenshots."),
            ],
        ],
    },
    # 3. History podcast show notes (invented podcast, hosts and guest).
    {
        "doc": "podcast-shownotes-hundred-days.txt",
        "title": "Fault Lines, episode 142: The Hundred Days, Part 1 - The Warnings",
        "genre": "history podcast show notes",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Episode 142 - The Hundred Days, Part 1: The Warnings"),
            ],
            [
                s("Dana and Marcus begin a three-part series on the genocide against the Tutsi, starting not in "
                  "April 1994 but three and a half years earlier."),
            ],
            [
                s("[00:03:10] October 1, 1990: the Rwandan Patriotic Front, a rebel army made up mostly of Tutsi "
                  "refugees, crosses the border from Uganda and the civil war begins.", S),
            ],
            [
                s("[00:07:55] Who were Rwanda's Tutsi in 1990: roughly one Rwandan in seven, and a favourite target "
                  "of the regime's propaganda.", D),
            ],
            [
                s("[00:11:45] Marcus walks through the Arusha accords of August 1993 - a power-sharing government, "
                  "the return of refugees, one army for both sides.", S),
            ],
            [
                s("[00:18:30] Why Burundi matters: Melchior Ndadaye, Burundi's first elected Hutu president, is "
                  "killed in a failed army coup in October 1993.", N),
            ],
            [
                s("[00:24:05] UNAMIR arrives: resolution 872 of 5 October 1993 sets up a peacekeeping mission with "
                  "an authorised strength of 2,500, under the Canadian general Romeo Dallaire.", S),
            ],
            [
                s("[00:31:20] The \"genocide fax\": in a cable dated January 11, 1994, Dallaire warns New York of "
                  "arms caches and an extermination plan, and the answer that comes back the same day forbids him "
                  "to raid the caches.", N),
            ],
            [
                s("[00:38:50] Dana reads from that reply, which went out under the name of Kofi Annan, then head of "
                  "UN peacekeeping.", N),
            ],
            [
                s("[00:45:00] April 6: the presidential Falcon is shot down on its approach to Kigali, killing "
                  "Habyarimana, Burundi's president Cyprien Ntaryamira and the French crew.", S),
            ],
            [
                s("[00:49:40] Who fired? We lay out the French judges' theories and Rwanda's Mutsinzi report, and "
                  "our take is that the missiles came from Hutu hardliners around the presidency.", D),
            ],
            [
                s("[00:55:15] April 7: soldiers murder the prime minister, Agathe Uwilingiyimana, and the ten "
                  "Belgian blue helmets guarding her are disarmed and killed at a camp in Kigali.", S),
            ],
            [
                s("[01:02:30] Belgium announces it is pulling out its contingent, and on April 21 the Security "
                  "Council votes to shrink UNAMIR to about 2,700 troops.", C),
            ],
            [
                s("[01:09:00] Listener question: was it spontaneous?"),
                s("Short answer: no - the UN's own Commission of Experts called it planned, systematic and "
                  "methodical.", S),
            ],
            [
                s("[01:14:10] Teaser for part two: by mid-July more than a million people had been murdered, and "
                  "even more had fled.", D),
            ],
            [
                s("Correction: last week we said Dallaire commanded UNAMIR until the end of 1995.", C),
                s("He commanded it from October 1993 to August 1994.", S),
            ],
            [
                s("Further reading: Leave None to Tell the Story (Human Rights Watch and FIDH, 1999), written "
                  "principally by Alison Des Forges, who died in a plane crash near Buffalo in February 2009.", N),
                s("Dallaire's informant \"Jean-Pierre\" comes up in the general's testimony for the prosecution in "
                  "the Military I trial in Arusha, in January 2004.", S),
                s("Next week: the RPF offensive and Operation Turquoise, with the historian Ines Kalisa."),
            ],
        ],
    },
    # 4. Op-ed critical of Rwanda's government and of the ICTR (invented outlet). Hard negative.
    {
        "doc": "oped-arusha-unfinished-business.txt",
        "title": "Arusha's unfinished business",
        "genre": "op-ed",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Arusha's Unfinished Business: Justice That Stopped at the Victors' Door"),
            ],
            [
                s("Thirty years on, it has become almost impolite to say that the International Criminal Tribunal "
                  "for Rwanda did only half its job."),
                s("Say it anyway."),
                s("The tribunal was given jurisdiction over the serious crimes committed in Rwanda in the whole of "
                  "1994, not over one side's.", S),
                s("It indicted 93 people, and not one of them came from the Rwandan Patriotic Front.", S),
            ],
            [
                s("It was not for want of evidence."),
                s("A UNHCR team led by the American consultant Robert Gersony visited 91 sites in 41 communes in "
                  "August and early September 1994 and came back convinced that RPF soldiers had been killing "
                  "civilians systematically.", N),
                s("Its estimate - between 25,000 and 45,000 people killed by RPA soldiers from April to August 1994 - "
                  "has been cited by Human Rights Watch ever since.", S),
                s("No final written report was ever produced.", N),
                s("Human Rights Watch's own history of the genocide concluded that RPF soldiers may have killed tens "
                  "of thousands of civilians between April and July.", S),
                s("My own reading of the evidence is that they killed something like 60,000 people by the middle of "
                  "1995.", D),
            ],
            [
                s("Carla Del Ponte, the tribunal's prosecutor, opened what she called \"special investigations\" "
                  "into the RPF, and by mid-2003 Kigali, with quiet American backing, was lobbying to have her "
                  "removed.", N),
                s("On 28 August 2003 the Security Council split her post in two, and a week later it named Hassan "
                  "Jallow prosecutor of the Rwanda tribunal.", N),
                s("His office eventually handed one RPF case - the killing of thirteen clergy and two other "
                  "civilians at Kabgayi in June 1994 - to Rwanda's own military courts.", S),
                s("The outcome was predictable: in October 2008 two captains who had confessed got eight years, cut "
                  "to five on appeal, and the general and the major above them were acquitted.", S),
                s("Human Rights Watch protested, and in December 2010 said the tribunal had \"not prosecuted even "
                  "one\" of the RPF's serious crimes.", C),
                s("Gacaca was no better: the community courts were simply barred from hearing crimes by RPF "
                  "soldiers.", S),
            ],
            [
                s("None of this diminishes what the tribunal achieved."),
                s("It convicted the interim prime minister, Jean Kambanda, who had pleaded guilty, and it was the "
                  "first international court to hold that rape could be an act of genocide.", S),
                s("It also convicted Theoneste Bagosora, whose life sentence was upheld on appeal in 2011.", C),
                s("Nor does the RPF's record make its crimes the moral or numerical equal of a genocide that killed "
                  "about three quarters of Rwanda's Tutsi.", S),
                s("But a court that tries only the losers teaches the winners that they are out of reach."),
            ],
            [
                s("Kigali has learned that lesson well."),
                s("Paul Kagame, president since 2000, was re-elected in 2017 with 98.79 percent of the vote.", N),
                s("Victoire Ingabire, who had asked in public why Hutu victims went unremembered, saw the Supreme "
                  "Court raise her sentence to fifteen years in 2013.", N),
                s("Seth Sendashonga, the interior minister who had demanded that soldiers guilty of revenge killings "
                  "be punished, was fired in 1995 and shot dead in Nairobi in May 1998.", N),
                s("And at Kibeho in April 1995, soldiers of the new army shot dead some 4,000 displaced people in a "
                  "single day.", D),
            ],
            [
                s("The genocide against the Tutsi is established beyond serious doubt, by courts and by "
                  "historians.", S),
                s("Justice for its victims was never a reason to deny justice to the others."),
            ],
        ],
    },
    # 5. Human-rights report section on RPF killings (invented NGO). Hard negative.
    {
        "doc": "hr-report-rpf-byumba-gitarama.txt",
        "title": "Section 4: Killings by RPF soldiers in Byumba and Gitarama prefectures, April-June 1994",
        "genre": "human-rights report section",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("4. Killings by soldiers of the Rwandan Patriotic Front in Byumba and Gitarama prefectures, "
                  "April-June 1994"),
            ],
            [
                s("4.1 This section documents killings of civilians by RPF soldiers in two prefectures taken early "
                  "in the RPF's 1994 offensive, drawing on published findings of Human Rights Watch, Amnesty "
                  "International and UN bodies and on the 2008 military trial in Kigali."),
                s("It does not treat these crimes as comparable in scale or intent to the genocide against the "
                  "Tutsi; it treats them as crimes whose victims are owed the truth."),
            ],
            [
                s("4.2 The war between the government army and the RPF resumed on 7 April 1994, the day the "
                  "massacres of Tutsi began in Kigali.", S),
                s("RPF units pushed south down the east of the country and then swung west, and in a number of "
                  "places they broke up attacks on Tutsi who had taken refuge in churches and camps.", N),
                s("Human Rights Watch credits them with saving tens of thousands of people from annihilation.", N),
                s("The same organisation found that, as they took control of the population, RPF soldiers also "
                  "killed civilians in summary executions and massacres, perhaps tens of thousands of them between "
                  "April and July.", S),
            ],
            [
                s("4.3 In mid-April 1994, according to Human Rights Watch, RPF soldiers massacred several hundred people "
                  "at the stadium in Byumba town.", S),
                s("Amnesty International's report of October 1994 counted hundreds of deliberate executions by the "
                  "RPA between April and August.", S),
                s("Amnesty added that abductions and \"disappearances\" had gone largely unreported because the RPF "
                  "closely monitored the areas it held, which hindered independent observers.", N),
                s("The bishop of Byumba, Joseph Ruzindana, was among the clergy shot by RPF soldiers near Kabgayi in "
                  "late July.", C),
            ],
            [
                s("4.4 When RPF troops took the Catholic centre of Kabgayi, in Gitarama prefecture, without a fight on "
                  "2 June 1994, they freed some 38,000 displaced people from what an aid worker called a "
                  "\"death camp\".", N),
                s("Within days RPF soldiers killed thirteen clergy there, among them the Archbishop of Kigali and the "
                  "bishops of Kabgayi and Byumba, together with two other civilians.", S),
                s("The killings took place on 5 June, at Gakurazo.", D),
                s("The RPF's radio announced the deaths on 8 June.", S),
                s("In June 2008 the Rwandan authorities arrested four officers, and the ICTR prosecutor, who had "
                  "left the case to Rwanda, undertook to monitor the trial.", S),
                s("On 24 October 2008 a military court in Kigali sentenced Captains John Butera and Dieudonne "
                  "Rukeba, who had pleaded guilty, to eight years, and acquitted Brigadier General Wilson "
                  "Gumisiriza and Major Wilson Ukwishaka.", S),
                s("On appeal in February 2009 the two captains' terms were cut to five years.", S),
            ],
            [
                s("4.5 Experts working for UNHCR estimated that RPA soldiers killed 25,000 to 45,000 people from April "
                  "to August 1994, and a former interior minister later put RPA killings at some 60,000 up to "
                  "August 1995.", S),
                s("Our own assessment is that RPF soldiers killed at least 30,000 civilians in 1994.", D),
                s("According to Human Rights Watch, the killings fell off in August and dropped sharply after "
                  "mid-September, when international pressure mounted.", N),
                s("Against this, Rwanda's military justice system says it has prosecuted the killers of about 100 "
                  "civilians.", S),
                s("The army itself says 430 soldiers have been prosecuted since 1994 for war crimes and revenge "
                  "killings.", C),
            ],
            [
                s("4.6 We call on Rwanda's prosecutors to reopen the Byumba stadium killings and to publish the "
                  "records of the military trials held since 1994."),
            ],
        ],
    },
    # 6. Linguistics paper on dehumanising metaphors (invented author). Hard negative: quotations in reported voice.
    {
        "doc": "linguistics-paper-kangura-rtlm.txt",
        "title": "Vermin, work and the mirror: dehumanising metaphor in Kangura and RTLM, 1990-1994",
        "genre": "linguistics paper",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Vermin, work and the mirror: dehumanising metaphor in Kangura and RTLM, 1990-1994"),
            ],
            [
                s("Abstract. We examine how a newspaper and a radio station recast a political enemy as a category "
                  "of non-persons, using published translations of Kangura and RTLM transcripts entered as "
                  "prosecution exhibits."),
            ],
            [
                s("Kangura was founded in May 1990 and edited from beginning to end by Hassan Ngeze.", N),
                s("RTLM went on air on 8 July 1993, and its pop music, banter and phone-ins quickly drew a young "
                  "audience that the stiff state radio never had.", N),
            ],
            [
                s("The central metaphor is inyenzi, \"cockroach\", a word first applied to armed Tutsi exiles in the "
                  "1960s and revived for the RPF and then for Tutsi in general.", N),
                rep("A Kangura cover of November 1991 asked: \"Which weapons are we going to use to beat the "
                    "cockroaches for good?\"", N, "dehumanisation", "call_to_action"),
                s("The question presupposes its answer: once the target is an insect, extermination reads as "
                  "hygiene."),
                rep("RTLM told listeners near Rugunga that they would find \"the cockroaches' straw huts in the "
                    "marsh\" and that \"those who have guns should immediately go to these cockroaches ... encircle "
                    "them and kill them\".", N, "dehumanisation", "call_to_action"),
            ],
            [
                s("Scholars trace the technique now called \"accusation in a mirror\" to a mimeographed propaganda "
                  "manual found in Butare prefecture after the genocide.", N),
                rep("The \"Ten Commandments of the Hutu\", printed in Kangura in December 1990, ordered Hutu to "
                    "\"stop having mercy on the Tutsi\".", N, "call_to_action"),
            ],
            [
                rep("Killing was also coded as labour: RTLM told people to \"go to work\", and listeners understood "
                    "that the tool was the machete.", N, "call_to_action"),
                rep("On 2 July 1994, with the RPF closing on Kigali, the presenter Kantano Habimana urged listeners "
                    "to \"stand firm and exterminate them, so that our children and grandchildren do not hear that "
                    "word 'Inkotanyi' ever again\".", N, "call_to_action"),
                s("The verb is the same one used for pests."),
            ],
            [
                s("In the Media case, decided in December 2001, the ICTR convicted Ngeze, the RTLM founder Ferdinand "
                  "Nahimana and the CDR's Jean-Bosco Barayagwiza.", C),
                s("On appeal in November 2007 their sentences were cut: Nahimana's to 30 years, Barayagwiza's to 32, "
                  "Ngeze's to 35.", S),
                s("Georges Ruggiu, the Belgian-Italian presenter who pleaded guilty, received twenty years in "
                  "2000.", C),
                s("The singer and composer Simon Bikindi was sentenced to 15 years in December 2008 for urging people "
                  "on a road in Gisenyi to kill Tutsi.", S),
                s("Leon Mugesera, whose speech at Kabaya on 22 November 1992 called for the extermination of Tutsi, "
                  "was deported from Canada in 2012 and sentenced to life by a Rwandan court in 2016.", S),
                s("Canada's Supreme Court had ruled in June 2005 that the speech amounted to incitement to "
                  "genocide.", N),
            ],
            [
                s("Metaphor did not cause the genocide by itself; the killing was organised, as the UN Commission of "
                  "Experts found in 1994.", S),
                s("In about a hundred days close to a million people were killed.", D),
                s("What the metaphors did was lower the cost of joining in, by turning neighbours into pests and "
                  "murder into chores."),
                s("Quoting them, as this paper does, is the condition of understanding them, not a way of "
                  "repeating them."),
            ],
        ],
    },
    # 7. French radio column on Operation Turquoise (invented station and columnist).
    {
        "doc": "chronique-radio-turquoise.txt",
        "title": "Chronique « Mémoires vives » : l'opération Turquoise, trente ans après",
        "genre": "chronique radio",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Bonjour à toutes et à tous."),
                s("Il y a trente ans, le 22 juin 1994, le Conseil de sécurité autorisait la France à intervenir au "
                  "Rwanda.", S),
                s("La résolution 929 est adoptée à l'unanimité et place l'opération sous le chapitre VII de la "
                  "Charte.", C),
                s("Le lendemain après-midi, une cinquantaine de parachutistes venus de Bukavu, au Zaïre, franchissent "
                  "la frontière vers Cyangugu.", N),
                s("Première étape : le camp de Nyarushishi, où quelque 8 000 rescapés tutsi vivent dans la hantise "
                  "d'un nouveau massacre.", N),
                s("Turquoise, c'est environ 2 500 militaires français, épaulés par des contingents africains, dont "
                  "trois cents Sénégalais.", S),
            ],
            [
                s("Mais regardons le calendrier.", None),
                s("Fin juin, le génocide des Tutsi dure depuis près de trois mois.", S),
                s("Huit cent mille, peut-être un million de personnes ont déjà été tuées.", D),
                s("Le 27 juin, sur les collines de Bisesero, une patrouille de commandos découvre une centaine de "
                  "rescapés traqués depuis des semaines, et l'armée ne revient les évacuer que le 30 juin, soixante "
                  "heures plus tard.", N),
                s("Pour Jean-Damascène Bizimana, qui dirigea ensuite la Commission nationale de lutte contre le "
                  "génocide, ce passage sans suite a exposé les survivants, et plus de 2 000 d'entre eux ont été "
                  "massacrés.", N),
            ],
            [
                s("Le 4 juillet, le FPR entre dans Kigali et prend Butare.", S),
                s("Le lendemain, la France proclame une « zone humanitaire sûre » dans le sud-ouest, entre Cyangugu, "
                  "Kibuye et Gikongoro.", S),
                s("Le FPR atteint Gisenyi le 18 juillet.", D),
                s("C'est l'exode : un million de personnes passent au Zaïre par Goma en quelques jours.", D),
                s("Le choléra se déclare dans les camps, et l'épidémie culmine le 26 juillet.", S),
                s("Près de 50 000 réfugiés meurent au cours du premier mois.", D),
                s("Les derniers soldats de Turquoise quittent la zone le 21 juillet, relayés par des Casques bleus "
                  "africains.", C),
            ],
            [
                s("Que retenir ?"),
                s("En mars 2021, la commission d'historiens présidée par Vincent Duclert a conclu à des "
                  "« responsabilités lourdes et accablantes » de la France, sans retenir de complicité au sens "
                  "juridique.", S),
                s("Le 27 mai suivant, Emmanuel Macron est venu au mémorial de Gisozi, à Kigali, « reconnaître nos "
                  "responsabilités », sans présenter d'excuses.", N),
                s("Paul Kagame a jugé que ces mots avaient « plus de valeur que des excuses ».", N),
                s("Quant à l'enquête sur l'attentat du 6 avril, close par un non-lieu en 2018, elle s'est achevée "
                  "devant la Cour de cassation en février 2020.", C),
                s("Bonne journée, et à demain."),
            ],
        ],
    },
    # 8. FIXTURE: French denial editorial (written by the team, states falsehoods on purpose).
    {
        "doc": "fixture-denial-fr-editorial.txt",
        "title": "Éditorial : trente ans de mensonges sur le Rwanda",
        "genre": "éditorial (fixture de négation)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Trente ans de mensonges officiels sur le Rwanda, cela suffit.", None, "fabrication"),
                own("Ce qu'on appelle pompeusement le « génocide des Tutsi » fut d'abord une guerre civile, "
                    "déclenchée par l'invasion du FPR venu d'Ouganda en octobre 1990.", C,
                    "definitional_denial", "blame_shifting"),
                own("Les massacres d'avril furent la réaction spontanée d'un peuple qui venait de perdre son "
                    "président, abattu par les hommes de Kagame.", C, "spontaneity", "blame_shifting"),
                own("Le chiffre d'un million de morts a été fabriqué à Kigali ; les démographes sérieux parlent de "
                    "quelques dizaines de milliers.", C, "fabrication", "minimisation"),
            ],
            [
                own("Le TPIR, ce tribunal des vainqueurs, a condamné sur la foi de « témoins » achetés.", None,
                    "attack_on_witnesses"),
                own("Pendant ce temps, les Hutu massacrés par le FPR attendent toujours leur procès : eux aussi ont "
                    "subi un génocide.", C, "double_genocide"),
                own("Il est temps de rendre leur honneur aux soldats rwandais que l'on calomnie depuis 1994.", None,
                    "justification", "role_reversal"),
            ],
        ],
    },
    # 9. Interview with a demographer (invented demographer and magazine). Hard negative.
    {
        "doc": "interview-demographer-counts.txt",
        "title": "Counting the dead: thirty years of arguing about Rwanda's numbers",
        "genre": "interview",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Counting the Dead: Thirty Years of Arguing About Rwanda's Numbers"),
            ],
            [
                s("The demographer Marta Iliescu has spent two decades reconstructing the population losses of "
                  "1994; we asked her why the figures still diverge, and why that is no comfort to deniers."),
            ],
            [
                s("Q: How many Tutsi lived in Rwanda when the genocide began?"),
            ],
            [
                s("Nobody knows precisely."),
                s("The 1991 census registered 8.4 percent of just over seven million people as Tutsi.", S),
                s("That share was almost certainly too low, because some Tutsi had arranged to be registered as "
                  "Hutu.", S),
                s("Human Rights Watch's 1995 report used about 15 percent.", S),
                s("My own working figure is closer to 11 percent.", D),
            ],
            [
                s("Q: And the projections from that census?"),
            ],
            [
                s("William Seltzer carried the census forward to about 657,000 Tutsi alive on 6 April 1994.", S),
                s("Human Rights Watch then took away some 150,000 survivors and arrived at roughly 507,000 Tutsi "
                  "killed, about three in four.", S),
                s("Marijke Verpoorten has since argued that 560,000 to 660,000 Tutsi deaths is more "
                  "plausible.", S),
                s("Personally I would put it at around 600,000.", D),
            ],
            [
                s("Q: I had always read that Human Rights Watch's 1999 study put the toll at about a million.", C),
            ],
            [
                s("No, it said at least half a million.", S),
                s("The government says more than a million: its count, published in November 2002, found "
                  "1,074,017 victims, but it starts in October 1990 rather than April 1994.", S),
                s("Reyntjens pointed out that if 94 percent of those victims were Tutsi, you end up with more Tutsi "
                  "dead than the census ever registered.", S),
            ],
            [
                s("Q: Most newspapers still print 800,000, which I understood to be the figure of the UN Commission "
                  "of Experts in 1994.", C),
            ],
            [
                s("The Commission actually estimated about 500,000 and warned that this might be too low.", S),
                s("The 800,000 goes back partly to a UN expert's estimate of deaths from all causes between April "
                  "and July, and partly to the UN's 1999 inquiry, which gave no method.", S),
            ],
            [
                s("Q: Deniers seize on that spread."),
                rep("One blog we were sent claims that \"no more than 30,000 Tutsi died; the rest were war casualties "
                    "and cholera victims\".", C, "minimisation", "definitional_denial"),
                rep("Another insists that the RPF carried out \"a second genocide\" that killed two million "
                    "Hutu.", C, "double_genocide"),
            ],
            [
                s("That isn't a different estimate; it's a refusal to count."),
                s("Every serious method - field reports, demographic subtraction, lists of names - lands in the "
                  "hundreds of thousands, and the name lists alone reached 937,000 in 2004.", S),
                s("The RPF's killings are a separate count, and a real one: UNHCR's experts estimated 25,000 to "
                  "45,000 between April and August.", S),
                s("Adding them to the genocide toll, or subtracting them from it, is a category mistake."),
            ],
            [
                s("Q: What else is still open?"),
            ],
            [
                s("Rape, for one: I would put it at no fewer than 350,000 women.", D),
                s("And about 95,000 children were orphaned.", D),
                s("Kibeho, too: my guess is that around 2,000 people died there in April 1995.", D),
                s("A 2008 census counted 309,368 survivors still alive, far more than the 150,000 Human Rights "
                  "Watch assumed, so the subtraction itself needs revisiting.", S),
                s("Meanwhile the country has nearly doubled: the 2022 census counted 13,246,394 people.", N),
            ],
        ],
    },
    # 10. FIXTURE: student forum post, accurate then "both sides" (composite).
    {
        "doc": "fixture-denial-student-forum-composite.txt",
        "title": "Forum post: Rwanda essay - was it really one-sided?",
        "genre": "student forum post (composite fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("For my HIST 214 essay I read up on Rwanda and honestly I knew almost nothing before."),
                s("The genocide started right after Habyarimana's plane was shot down on 6 April 1994, and in about "
                  "100 days nearly a million Tutsi were murdered by soldiers, the Interahamwe and ordinary "
                  "neighbours.", D),
                s("The UN had peacekeepers there, but in April the Security Council cut the force to 270.", S),
                s("The ICTR later convicted people like Jean-Paul Akayesu, the mayor of Taba, who got 25 years.", C),
            ],
            [
                s("BUT here's what my prof skipped: the RPF also killed tens of thousands of civilians and the ICTR "
                  "never tried any of them.", S),
                own("So honestly it was two genocides, one against Tutsi and one against Hutu, and only the winners "
                    "got to call theirs genocide.", C, "double_genocide"),
                own("Both sides were killing each other in a war, so why does only one side get to be the "
                    "victims?", C, "double_genocide", "definitional_denial"),
                own("Anyone else think the \"official\" story is way too one-sided?", None, "fabrication"),
            ],
        ],
    },
    # 11. FIXTURE: veteran's speech casting the killings as self-defence.
    {
        "doc": "fixture-denial-veteran-speech.txt",
        "title": "Speech at a veterans' gathering (fixture)",
        "genre": "speech (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Comrades, we did not go looking for a war; the war came to us from Uganda in October "
                    "1990.", S, "blame_shifting", "role_reversal"),
                own("When the inyenzi murdered our president in April 1994, every Hutu knew that our own families "
                    "would be next.", D, "dehumanisation", "blame_shifting", "accusation_in_mirror"),
                own("What the foreigners call a genocide was a people defending itself against infiltrators hidden "
                    "in every village.", C, "justification", "definitional_denial", "role_reversal"),
                s("Yes, people died on the hills, and I will not pretend otherwise."),
            ],
            [
                own("Men like Colonel Bagosora were condemned in Arusha for the crime of defending their "
                    "country.", S, "justification", "attack_on_witnesses"),
                own("The so-called survivors who testified against them were coached and paid by Kigali.", None,
                    "attack_on_witnesses", "fabrication"),
                own("We will never apologise for standing up, and our sons must be ready to stand up again.", None,
                    "justification", "call_to_action"),
            ],
        ],
    },
    # 12. FIXTURE: conspiracy thread about the plane and "invented" numbers.
    {
        "doc": "fixture-denial-plane-thread.txt",
        "title": "Thread: what they never tell you about 6 April 1994 (fixture)",
        "genre": "social-media thread (fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("THREAD: what they never tell you about 6 April 1994 (1/6)"),
            ],
            [
                own("The plane was brought down by Kagame's own commandos.", D, "blame_shifting"),
                own("The French judge Bruguiere proved it in 2006 and that's why he issued nine arrest "
                    "warrants.", C, "blame_shifting"),
                own("Then Kigali needed a genocide to cover it up, so they invented one (2/6).", C, "fabrication"),
            ],
            [
                own("The \"million dead\" is a government count that starts in 1990, years before anything happened "
                    "(3/6).", S, "minimisation", "fabrication"),
                own("Real number is maybe 50,000 on all sides, mostly war dead (4/6).", C, "minimisation",
                    "definitional_denial", "double_genocide"),
                own("Every \"witness\" in Arusha was trained by the survivor groups, which is how the ICTR convicted "
                    "61 people and never a single RPF officer (5/6).", S, "attack_on_witnesses"),
                own("Even the UN's own experts never called it genocide in 1994, look it up (6/6).", C,
                    "definitional_denial", "fabrication"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
