"""Source of the BLIND-23 labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind23/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind23/build_set.py --check  # validate the files already written

A held-out general mix written blind: genres the earlier sets rarely used (a newspaper corrections column, an NGO
annual report section on RPA crimes, a court interpreter's memoir, a wiki edit-war summary, a radio documentary on
hate media, a legal brief's statement of facts, a school board's curriculum note, a press conference transcript, a
French column, and three short fixtures). Its author did not read the detectors, their rules, exemplars or training
data, nor any other set's documents or labels (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md
for the labelling conventions, and the first 40 lines of the check-blind5 build script and README as templates).
Verdicts were decided against the record alone: examples/ (FACTS.md and the sample documents),
src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Keep it that way: do not copy these
sentences into rules, exemplars or training data, and do not tune against this set.

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


# 1. Newspaper corrections column (invented newspaper). Honest errors are quoted and corrected.
CORRECTIONS = {
    "doc": "corrections-column-harbour-courier.txt",
    "title": "Corrections and clarifications",
    "genre": "newspaper corrections column",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            s("Corrections and clarifications."),
            s("An explainer on the Arusha tribunal that ran last Thursday gave the wrong year for its creation."),
            s("The Security Council set up the International Criminal Tribunal for Rwanda through resolution 955, "
              "adopted on the eighth of November 1994, and not in 1995 as we printed.", S),
            s("The same explainer said the tribunal could try crimes committed at any point from 1990 to 1994.", C),
            s("Its temporal jurisdiction was in fact limited to a single calendar year, running from the first of "
              "January to the thirty-first of December 1994.", S),
        ],
        [
            s("A photo caption on the same page called Jean-Paul Akayesu a former prefect of Gitarama.", C),
            s("He was the bourgmestre, in effect the mayor, of Taba, a commune within that prefecture.", S),
            s("The caption also said that his life sentence had been cut on appeal.", C),
            s("It was not: on the first of June 2001 the Appeals Chamber left both the judgment and the life "
              "sentence in place.", S),
        ],
        [
            s("In Saturday's review of a documentary about the peacekeepers, we wrote that the Security Council "
              "doubled UNAMIR's strength on 21 April 1994.", C),
            s("Resolution 912, voted that Thursday, did the reverse and brought the force down to two hundred and "
              "seventy personnel.", S),
            s("A larger mission of five thousand five hundred was authorised close to four weeks later, by "
              "resolution 918 of 17 May, which also placed an arms embargo on the country.", S),
            s("The review also misspelled the name of the force commander, the Canadian general Roméo Dallaire, "
              "who led UNAMIR from October 1993 until August 1994.", S),
        ],
        [
            s("A reader has asked us to clarify a figure in our weekend feature on Kibeho."),
            s("The feature stated flatly that 338 people died when Rwandan Patriotic Army soldiers fired on the "
              "camp for displaced people in April 1995.", D),
            s("That is the Rwandan government's count; Australian members of UNAMIR estimated that at least four "
              "thousand were killed, and senior UN military officials spoke of about two thousand.", S),
            s("The shooting happened on the twenty-second of April 1995, in a camp that Médecins Sans Frontières "
              "said was sheltering some one hundred and ten thousand displaced people.", S),
        ],
        [
            s("Our Wednesday obituary of a former aid worker said the first cholera strains in Goma were isolated "
              "in early August 1994.", C),
            s("They were isolated on 20 and 21 July, and half of the 36,471 recorded cases occurred between 21 "
              "and 27 July.", S),
            s("The same obituary stated as fact that almost fifty thousand refugees died there in the first "
              "month after the influx.", D),
            s("That is the Goma Epidemiology Group's estimate, published in The Lancet in 1995; Médecins Sans "
              "Frontières had warned in August 1994 that deaths could reach eighty thousand.", S),
            s("It also dated the fall of Gisenyi to 18 July without mentioning that French military archives "
              "give the sixteenth.", D),
        ],
        [
            s("Finally, a headline on Monday said the gacaca community courts had dealt with half a million cases.",
              C),
            s("The national gacaca service's final figure is 1,958,634 cases, tried before the courts closed on 18 "
              "June 2012.", S),
            s("We apologise for these errors."),
        ],
    ],
}


# 2. NGO annual report section on crimes by the RPA (hard negative: documents RPF crimes, no own-voice technique).
NGO_RPA = {
    "doc": "ngo-annual-report-rpa-accountability.txt",
    "title": "Annual report, section 4: accountability for crimes committed by the Rwandese Patriotic Army",
    "genre": "NGO annual report section",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [
            s("Section 4: accountability for crimes committed by the Rwandese Patriotic Army."),
            s("Our monitoring of 1994 has never stopped at the genocide against the Tutsi, which the UN "
              "Commission of Experts found had been carried out in a concerted, planned, systematic and methodical "
              "way.", S),
            s("It also covers the killings committed by soldiers of the Rwandese Patriotic Front during their "
              "advance and after they took power."),
            s("A field team of the UN refugee agency led by Robert Gersony concluded that RPA soldiers killed "
              "somewhere between twenty-five and forty-five thousand people from April to August 1994.", S),
            s("Those findings were never published as a report and reached the public through Human Rights Watch "
              "and the press.", S),
            s("In Leave None to Tell the Story, Human Rights Watch and FIDH wrote that RPF troops may have "
              "slaughtered tens of thousands during the four months of fighting.", S),
            s("A former Rwandan interior minister, quoted by the same organisation, spoke of sixty thousand dead "
              "over a longer period stretching into 1995.", S),
        ],
        [
            s("The same study reports that several hundred people were massacred by RPF soldiers in the Byumba "
              "stadium in the middle of April 1994.", S),
            s("Amnesty International reported in October 1994 that the RPA's violations since April included "
              "hundreds of deliberate executions.", S),
            s("Amnesty added that no comparison could be made with the horrendous scale of the massacres "
              "committed by forces loyal to the former government.", S),
            s("At Kabgayi in early June, RPF soldiers killed fifteen civilians, thirteen of whom were clergy, "
              "among them the Archbishop of Kigali.", S),
            s("Church records put the killings on 5 June; the prosecution brought in 2008 placed them a day "
              "earlier.", S),
            s("Only two junior officers were ever convicted for that crime.", S),
            s("On 24 October 2008 a military court in Kigali sentenced Captains John Butera and Dieudonné Rukeba, "
              "who had pleaded guilty, to eight years each and acquitted the two senior officers tried with "
              "them.", S),
            s("Their sentences were later reduced to five years on appeal.", S),
            s("The ICTR Prosecutor had handed the case to Rwanda and monitored the trial, which Human Rights Watch "
              "afterwards called a failure.", S),
        ],
        [
            s("Rwanda's military says it has prosecuted forty-three soldiers for war crimes and revenge killings "
              "since 1994.", S),
            s("Human Rights Watch calculated that, with the Kabgayi case, about 115 victims of RPA crimes in 1994 "
              "would have received justice in Rwandan courts.", S),
            s("The gacaca courts, which heard close to two million cases, were barred from hearing crimes by RPF "
              "soldiers at all.", S),
            s("The tribunal in Arusha, which indicted ninety-three people, did not indict a single member of the "
              "RPF before it closed its doors at the end of 2015.", S),
            s("As early as December 2008, Human Rights Watch had written that it had \"not prosecuted even one\" "
              "of the serious RPF crimes of 1994.", S),
            s("Less than a year after the genocide, on 22 April 1995, RPA troops opened fire on displaced people "
              "at Kibeho.", S),
            s("The toll there remains contested, and we record it as at least two thousand dead.", D),
            s("Across 1994 as a whole, our own estimate is that RPA soldiers killed no fewer than thirty thousand "
              "civilians.", D),
            s("The Commission of Experts had itself asked for further investigation of violations attributed to "
              "the RPF, while finding no evidence that acts by Tutsi elements were meant to destroy the Hutu as "
              "a group.", S),
        ],
        [
            s("Documenting these crimes does not turn one genocide into two, and we object whenever our findings "
              "are used that way."),
            s("The victims of RPA killings are owed the same truth and the same courts as every other victim of "
              "1994."),
        ],
    ],
}


# 3. Court interpreter's memoir excerpt (hard negative: quotes defence attacks on witnesses to expose them).
MEMOIR = {
    "doc": "interpreter-memoir-arusha-booth.txt",
    "title": "From the booth: an interpreter's years at the Arusha tribunal (excerpt, chapter 2)",
    "genre": "court interpreter's memoir excerpt",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [
            s("I came to Arusha in the spring of 1997 with two working languages and no idea what they would be "
              "asked to carry."),
            s("The tribunal was barely two and a half years old, set up by the Security Council in November 1994 "
              "with authority over crimes committed in Rwanda during that single year.", S),
            s("Its first trial had opened that same year, and the man in front of my booth was Jean-Paul "
              "Akayesu, until June 1994 the bourgmestre of Taba.", S),
            s("Born in 1953, he had been a teacher and then a school inspector before going into politics with "
              "the MDR in 1991.", S),
            s("He had pleaded not guilty to each of the fifteen counts against him.", S),
        ],
        [
            s("Nothing in my training prepared me for the women of Taba."),
            s("When witnesses began, without being asked, to describe rapes at the bureau communal, the "
              "prosecution sought to amend the indictment, and the sexual-violence charges were added on 17 June "
              "1997.", S),
            rep("In cross-examination one defence lawyer told a witness that survivors' associations had coached "
                "her and that she was reciting a story learned by heart.", None, "attack_on_witnesses"),
            s("I rendered the insult into Kinyarwanda word for word, because that is the job, and I have never "
              "forgiven myself for how smoothly it came out."),
            rep("In closing, the defence argued that the massacres in the commune had been the spontaneous anger "
                "of the population after the president's plane came down, which no mayor could have planned or "
                "stopped.", C, "spontaneity"),
        ],
        [
            s("On 2 September 1998 three judges, with Laïty Kama of Senegal presiding, found him guilty on nine "
              "counts, genocide and direct and public incitement among them.", S),
            s("No international court had ever before delivered a judgment for the crime of genocide, and none had "
              "held that rape could constitute it.", S),
            s("Two days later the former prime minister Jean Kambanda, who had pleaded guilty, was sentenced to "
              "life imprisonment, the first head of government convicted of genocide.", S),
            s("Akayesu was sentenced to life on 2 October, and the Appeals Chamber confirmed the sentence in June "
              "2001.", S),
            s("On 21 May 1999 the same chamber sentenced Clément Kayishema, the former prefect of Kibuye, to life "
              "and the businessman Obed Ruzindana to twenty-five years.", S),
            s("Both appeals were rejected on 1 June 2001, the very day Akayesu's was.", S),
            s("In December 2003 the media judgment convicted an RTLM founder, a member of its board and the "
              "editor of Kangura.", S),
            s("The tribunal's last appeal judgment, in December 2015, reduced the life sentence of Pauline "
              "Nyiramasuhuko, the former minister for the family, to forty-seven years because of undue "
              "delay.", S),
            s("Of the ninety-three people the tribunal eventually indicted, only about forty were convicted, by my "
              "own count.", C),
        ],
        [
            s("Years later I sat in the English booth when Roméo Dallaire took the stand in the Military I case, "
              "on a Monday in January 2004.", S),
            rep("Defence counsel put it to him that he had been biased, defending the Tutsi and the RPF, and "
                "asked whether he had ever counter-checked what his informant told him.", S, "attack_on_witnesses"),
            s("He replied that his headquarters had ordered him not to investigate.", S),
            s("Théoneste Bagosora, whom the prosecution called the mastermind, was convicted in December 2008 and "
              "given a life term, which the Appeals Chamber turned into thirty-five years in December 2011.", S),
            s("I have interpreted for men who denied everything and for men who confessed everything, and the "
              "words always weighed more for the first."),
        ],
    ],
}


# 4. Legal brief, statement of facts (asylum appeal background; invented parties; one honest error).
BRIEF = {
    "doc": "legal-brief-statement-of-facts.txt",
    "title": "Brief for the respondent, part II: statement of facts (country background)",
    "genre": "legal brief statement of facts",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            s("II. Statement of facts."),
            s("A. The events of 1994."),
            s("On the evening of 6 April 1994 the aircraft carrying President Juvénal Habyarimana home from "
              "regional talks in Tanzania was shot down as it approached Kigali airport, and all on board were "
              "killed.", S),
            s("No court has established who fired on the aircraft.", S),
            s("The following day soldiers killed the Prime Minister, Agathe Uwilingiyimana, and ten Belgian "
              "peacekeepers assigned to protect her were disarmed and murdered.", S),
            s("Over roughly one hundred days, some 800,000 people were killed, the great majority of them "
              "Tutsi.", D),
            s("The killing ended when the Rwandese Patriotic Front defeated the government army in July 1994; "
              "it took Kigali on 4 July.", S),
            s("Belgium had announced on 14 April 1994 that it would pull its contingent out of UNAMIR.", N),
            s("In the space of a week in mid-July 1994, about one million people fled into North Kivu.", D),
            s("In the first month the Goma Epidemiology Group recorded crude mortality of twenty to thirty-five "
              "per ten thousand people per day in the camps.", S),
            s("In November 1996, after rebels attacked the camps around Goma, more than half a million refugees "
              "walked back into Rwanda within about a week.", N),
        ],
        [
            s("B. Prosecutions abroad."),
            s("The Security Council established the International Criminal Tribunal for Rwanda on 8 November "
              "1994; by the time it closed on 31 December 2015 it had indicted 93 persons and convicted 61.", S),
            s("None of those indicted belonged to the RPF.", S),
            s("Courts outside Rwanda have tried persons accused of taking part in the genocide under universal "
              "jurisdiction."),
            s("On 8 June 2001 a Brussels assize court sentenced four Rwandans, two of them Benedictine nuns from "
              "the Sovu convent near Butare, to terms of twelve to twenty years.", S),
            s("In March 2014 the Paris assize court sentenced Pascal Simbikangwa, a former intelligence officer, "
              "to twenty-five years in the first French trial of its kind, and the sentence was upheld on "
              "appeal.", S),
            s("Two former bourgmestres of Kabarondo, Octavien Ngenzi and Tito Barahira, were sentenced to life "
              "on 6 July 2016 for the massacre of Tutsi at the Kabarondo church on 13 April 1994.", S),
            s("In Canada, Désiré Munyaneza was convicted by the Superior Court of Quebec in May 2009 and "
              "sentenced to life imprisonment.", S),
            s("Laurent Bucyibaruta, the former prefect of Gikongoro, was sentenced in Paris to twenty years in "
              "July 2022, and that conviction was confirmed on appeal in 2023.", C),
            s("Léon Mugesera, whose speech at Kabaya on 22 November 1992 called for the extermination of Tutsi, "
              "was deported from Canada in 2012 and sentenced to life by the High Court of Rwanda in April "
              "2016.", S),
        ],
        [
            s("C. Justice in Rwanda."),
            s("Rwanda's own genocide trials began in December 1996 in a justice system the genocide had left in "
              "ruins.", S),
            s("The first of them, in Kibungo, ended on 3 January 1997 with death sentences for Déogratias "
              "Bizimana and Egide Gatanazi.", S),
            s("On 24 April 1998 twenty-two people convicted of genocide were executed in public, despite appeals "
              "for clemency from Pope John Paul II and human rights groups.", S),
            s("Capital punishment was abolished in 2007.", S),
            s("The community gacaca courts, whose name comes from the Kinyarwanda word for grass, closed on 18 "
              "June 2012.", S),
            s("Human Rights Watch found in 2011 that they had tried about 1.2 million cases, and documented "
              "corruption and procedural irregularities as well as the exclusion of crimes by RPF soldiers from "
              "their jurisdiction.", S),
            s("The appellant, identified here as A.B., left Rwanda in 2009 and does not claim to have been in "
              "the country in 1994."),
        ],
    ],
}


# 5. Wiki edit-war summary (hard negative: quotes reverted denial edits in order to document their removal).
WIKI = {
    "doc": "wiki-editwar-summary-death-toll.txt",
    "title": "Edit-war summary: \"Death toll of the genocide against the Tutsi\" (page protected)",
    "genre": "wiki edit-war summary",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [
            s("Edit-war summary for the article \"Death toll of the genocide against the Tutsi\", now protected "
              "for two weeks."),
            s("Between 2 and 9 March the page was reverted forty-one times by eleven accounts, most of them "
              "registered that week."),
            s("This note lists the disputed passages and the sources the closing administrators accepted."),
        ],
        [
            rep("The first dispute concerned the infobox, which an unregistered editor changed to read \"200,000 "
                "dead (civil war casualties)\".", C, "minimisation", "definitional_denial"),
            s("It was reverted as unsourced: the only sources near that number are contemporary estimates from "
              "May 1994, such as Amnesty International's, and they cover the first weeks alone.", S),
            s("The Rwandan government's count of 2002, 1,074,017 dead between October 1990 and the end of 1994, "
              "stays in the infobox with its scope stated.", S),
            s("Human Rights Watch's Leave None to Tell the Story, released in March 1999, concluded that at least "
              "half a million people were killed, about three quarters of the Tutsi population.", S),
            s("The UN Commission of Experts put the number of unarmed civilians murdered at about 500,000 and "
              "warned that the estimate might be conservative.", S),
            s("After the discussion the lead sentence reads that between half a million and one million people "
              "were killed.", D),
        ],
        [
            s("The second dispute arose over a section headed \"The second genocide\", added by three accounts on "
              "5 March."),
            rep("It claimed that the RPF had exterminated Hutu civilians in equal numbers and that both sides "
                "had therefore committed genocide.", C, "double_genocide"),
            rep("It gave a figure of two million Hutu killed by the RPF, without any source.", C,
                "double_genocide"),
            s("Administrators replaced it with the sourced estimates: 25,000 to 45,000 people killed by RPA "
              "soldiers between April and August 1994 according to the UNHCR team led by Robert Gersony, and "
              "\"tens of thousands\" according to Human Rights Watch.", S),
            s("They also restored the Commission of Experts' finding that nothing suggested acts by Tutsi "
              "elements had been meant to destroy the Hutu as a group.", S),
            s("RPF killings stay in the article, in a section of their own; presenting them as a second genocide "
              "does not."),
        ],
        [
            rep("The third dispute began when an account replaced the census section with the claim that no "
                "count of victims had ever been carried out and that every figure had been invented in "
                "Kigali.", C, "fabrication"),
            s("In fact the government began a census of victims in July 2000, and the final report of the "
              "Ministry of Local Administration, dated November 2002, identified 934,218 of the dead by "
              "name.", S),
            s("Scholarly criticism of that count, including Filip Reyntjens' description of the total as "
              "\"ridiculously precise\", remains in the article as criticism, not as proof of fabrication.", S),
            rep("Another editor inserted a line saying that the survivors who testified at Arusha had been paid "
                "to lie; it was removed as an unsourced attack on living people.", None, "attack_on_witnesses"),
            s("A fourth, smaller dispute concerned the Tutsi share of the population before the genocide, which "
              "the lead now gives as about fifteen per cent.", D),
            s("The 1991 census figure of 8.4 per cent, read by Human Rights Watch in 1999, is cited beside it.", S),
            s("So is the demographer William Seltzer's estimate of 657,000 Tutsi living in Rwanda on 6 April "
              "1994.", S),
            s("The figure of 800,000 is now attributed to the UN's Independent Inquiry of 1999 rather than to "
              "\"the UN\" in general.", S),
            s("The page stays protected until 23 March."),
        ],
    ],
}


# 6. Radio documentary narration on hate media (hard negative: quotes Kangura and RTLM in order to analyse them).
RADIO = {
    "doc": "radio-documentary-voices-of-hate.txt",
    "title": "Voices of hate: a radio documentary on Kangura and RTLM (episode 2 narration)",
    "genre": "radio documentary narration",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [
            s("Narrator: Before the radio, there was the paper."),
            s("Kangura was founded in May 1990, and its editor from the first issue to the last was Hassan "
              "Ngeze.", N),
            s("Its sixth issue, in December 1990, printed what it called the Ten Commandments of the Bahutu.", N),
            rep("The text opened by announcing that the Batutsi were bloodthirsty and power-hungry and meant to "
                "impose their hegemony on Rwanda by force of arms.", None, "accusation_in_mirror"),
            rep("Its eighth commandment was the shortest: Hutus must cease having pity for the Tutsi.", None,
                "call_to_action"),
            rep("A cover a year later asked which weapons would be used to beat the cockroaches for good.", None,
                "dehumanisation", "call_to_action"),
            s("Listen to how each line turns the people about to be attacked into the attackers, and pity into "
              "a betrayal."),
        ],
        [
            s("Narrator: Radio Télévision Libre des Mille Collines went on air on 8 July 1993.", N),
            s("Less than three months later, on 5 October, the Security Council created UNAMIR to help carry out "
              "the peace agreement signed at Arusha.", S),
            s("After the sixth of April, the jokes gave way to orders."),
            rep("In late May 1994 one of them greeted the young men at a barrier in Kimisagara and told them to "
                "guard the gutter well so that no cockroach would get through the next day.", None,
                "dehumanisation", "call_to_action"),
            rep("Listeners were told to go to work, and everyone knew the work was killing.", None,
                "call_to_action"),
            s("When UN peacekeepers tried to evacuate people from the Hôtel des Mille Collines, the station read "
              "the names of all sixty-two evacuees on the air.", N),
            s("After a cue from RTLM, militia and soldiers killed some six hundred people sheltering in a mosque "
              "in Nyamirambo.", N),
            s("The station kept broadcasting until 31 July 1994.", N),
        ],
        [
            s("Narrator: The tribunal in Arusha answered in the media case."),
            s("On 3 December 2003 its judges convicted Ferdinand Nahimana, a founder of RTLM, the CDR leader "
              "Jean-Bosco Barayagwiza and Hassan Ngeze.", S),
            s("On appeal, on 28 November 2007, the sentences became thirty years for Nahimana, thirty-two for "
              "Barayagwiza and thirty-five for Ngeze.", S),
            s("Nahimana's remaining convictions rested on RTLM broadcasts after 6 April 1994, for which he was "
              "held responsible as a superior.", S),
            s("Ngeze had been arrested in Mombasa, Kenya, on 18 July 1997.", N),
            s("Georges Ruggiu, a Belgian presenter at the station, had pleaded guilty and was given twelve "
              "years in June 2000.", S),
            s("Léon Mugesera, whose speech at Kabaya in November 1992 called for the extermination of Tutsi, "
              "was sentenced to life in Rwanda in 2016, and the Court of Appeal upheld it in September 2020.", S),
            rep("In March 2013 a court in The Hague convicted Yvonne Basebya of incitement over the song "
                "\"Tubatsembatsembe\", \"let us exterminate them\".", S, "call_to_action"),
            s("The singer Simon Bikindi received fifteen years in December 2008 for exhortations to kill Tutsi "
              "on a road in Gisenyi.", S),
            s("Félicien Kabuga, accused of supporting the station's propaganda, was arrested near Paris on 16 May "
              "2020, twenty-six years after the genocide.", N),
            s("He was found unfit to stand trial, and in August 2023 the appeals judges ordered an indefinite "
              "stay of proceedings, so no verdict was ever given.", S),
            s("Narrator: The words are quoted here so that you can recognise them, not so that they can be "
              "repeated."),
        ],
    ],
}


# 7. School board curriculum note (one honest error about resolution 929).
CURRICULUM = {
    "doc": "school-board-curriculum-note.txt",
    "title": "Curriculum note 14: teaching the genocide against the Tutsi (upper secondary history, unit 3)",
    "genre": "school board curriculum note",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            s("Curriculum note 14, upper-secondary history, unit 3: the genocide against the Tutsi in Rwanda."),
            s("Approved by the board's humanities committee for use from the autumn term."),
            s("Teachers should open the unit with the war that began on 1 October 1990, when the Rwandese "
              "Patriotic Front, a movement largely made up of Tutsi refugees, crossed into Rwanda from "
              "Uganda.", S),
            s("Pupils then study the Arusha Peace Agreement, signed on 4 August 1993 by President Habyarimana "
              "and the RPF chairman Alexis Kanyarengwe, which provided for a broad-based transitional government "
              "and for the return of refugees.", S),
            s("The regional context belongs in the same lesson: Melchior Ndadaye, the first Hutu president of "
              "neighbouring Burundi, was assassinated during a failed coup on 21 October 1993.", N),
        ],
        [
            s("The lesson on April 1994 should make clear that soldiers and militia began killing Tutsi and "
              "opposition politicians in Kigali straight after the president's plane was shot down on the "
              "evening of 6 April.", S),
            s("Roadblocks were set up across the capital.", S),
            s("Teachers should show that warnings existed: a cable from Roméo Dallaire dated 11 January 1994, "
              "later called the genocide fax, reported an informant's account of a plan to exterminate "
              "Tutsi.", N),
            s("The informant had also spoken of a plan to kill Belgian soldiers and of arms caches, and "
              "Dallaire was told that he had no authority to act on it.", S),
            s("Dallaire's memoir, Shake Hands with the Devil, appeared in 2003 and can be set as further "
              "reading.", N),
            s("On 21 April the Security Council cut UNAMIR to 270 personnel, and only on 17 May did it authorise "
              "a force of 5,500.", S),
            s("Resolution 929, adopted unanimously on 22 June 1994, authorised the French-led Operation "
              "Turquoise.", C),
            s("A safe humanitarian zone was declared in the south-west on 5 July, and the last French troops left "
              "it on 21 August.", S),
        ],
        [
            s("Teachers are asked not to present any single death toll as settled."),
            s("The genocide left ninety-five thousand orphans.", D),
            s("At least a quarter of a million women and girls were raped.", D),
            s("Human Rights Watch concluded that at least half a million people were killed, about three "
              "quarters of the Tutsi population, while the government's census arrived at 1,074,017 victims for "
              "a longer period.", S),
            s("The 1991 census registered the Tutsi as 8.4 per cent of the population, a share Human Rights Watch "
              "considered too low because some Tutsi had registered as Hutu.", S),
            s("Comparing these figures is a lesson about sources, not a debate about whether the genocide "
              "happened."),
        ],
        [
            s("The unit closes with a session on recognising denial."),
            s("Pupils should learn to spot texts that call the genocide a spontaneous outburst, that speak of "
              "\"two genocides\", or that blame the victims for their own deaths, and to explain why each claim "
              "fails against the evidence."),
            s("The UN Commission of Experts, whose report was sent to the Security Council in December 1994, "
              "described the killing as concerted, planned, systematic and methodical, and is the best starting "
              "point for that session.", S),
            s("Teachers may also quote President Bill Clinton, who said at Kigali airport on 25 March 1998 that "
              "the world had not immediately called these crimes by their rightful name: genocide.", N),
            s("The RPF's own crimes, including the killing of clergy at Kabgayi in June 1994 and the massacre at "
              "Kibeho in April 1995, are part of the unit and must not be left out.", S),
            s("Survivor testimony may be used only with the consent of the organisations that recorded it."),
        ],
    ],
}


# 8. Press conference transcript (hard negative: journalists' questions repeat denial claims; the answers refute
# them). The association and its spokesperson are invented.
PRESSCONF = {
    "doc": "press-conference-commemoration-transcript.txt",
    "title": "Transcript: press conference of a survivors' association before the commemoration",
    "genre": "press conference transcript",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [
            s("MODERATOR: Good morning, and thank you for coming."),
            s("KAREKEZI: Thirty-two years ago this week, on the seventh of April, soldiers in Kigali killed the "
              "Prime Minister and the ten Belgian peacekeepers sent to guard her.", S),
            s("Our association uses the count of 1,074,017 victims established by the government, knowing that "
              "other researchers arrive at lower numbers.", S),
            s("We also welcome the decision of the Paris appeal court which last October confirmed the "
              "twenty-four-year sentence of Sosthène Munyemana, a gynaecologist from Butare.", S),
            s("He was convicted of genocide for the detention of Tutsi at the Tumba sector office before they "
              "were killed.", S),
        ],
        [
            rep("QUESTION: Some commentators say the RPF invasion of 1990 caused everything that followed, so "
                "isn't the RPF the one really responsible for the genocide?", None, "blame_shifting"),
            s("KAREKEZI: The war began with the RPF's attack from Uganda on 1 October 1990; that is a fact, and "
              "we teach it.", S),
            s("But a war does not explain the killing of infants in churches, and the UN Commission of Experts "
              "found that the genocide had been planned and carried out methodically.", S),
            rep("QUESTION: A blogger you have criticised writes that the Tutsi were the real aggressors and "
                "that the killings were self-defence.", None, "role_reversal", "justification"),
            s("KAREKEZI: I answer with a judgment: on 18 December 2008 the tribunal in Arusha convicted Colonel "
              "Théoneste Bagosora of genocide.", S),
            s("QUESTION: I read that Bagosora was eventually acquitted on appeal.", C),
            s("KAREKEZI: He was not; in December 2011 the Appeals Chamber affirmed his convictions for genocide "
              "and crimes against humanity and set his sentence at thirty-five years.", S),
        ],
        [
            s("QUESTION: And the people killed by the RPF, does your association recognise them?"),
            s("KAREKEZI: Yes. Human Rights Watch has written that RPF soldiers may have killed tens of thousands "
              "of civilians between April and July 1994, and those families deserve justice too.", S),
            s("But the Commission of Experts found no evidence that those killings were meant to destroy the "
              "Hutu as a group, so calling them a second genocide is simply false.", S),
            rep("QUESTION: Posts shared this week say the victim lists were padded to attract foreign aid.", None,
                "fabrication"),
            s("KAREKEZI: In 2004 the Ministry of Youth, Culture and Sports reported 937,000 victims whose names, "
              "ages and places of birth it had been able to establish.", S),
            s("Every one of those names was read by someone who knew the person."),
            s("QUESTION: How many survivors are there today?"),
            s("KAREKEZI: The national census of survivors in 2008 counted 309,368.", S),
            s("The government's final report of 2002 found that 93.7 per cent of the victims it counted were "
              "Tutsi.", S),
            s("Before the genocide, the Tutsi made up about fifteen per cent of the population.", D),
            s("QUESTION: And Kibeho?"),
            s("KAREKEZI: On 22 April 1995 RPA soldiers fired on the displaced at Kibeho; the government admitted "
              "338 dead, and Australian peacekeepers counted at least four thousand.", S),
            s("MODERATOR: Thank you; the commemoration begins on Tuesday at ten."),
        ],
    ],
}


# 9. French column on France, the attack on the plane and the investigation (one honest error, two disputed).
FR_CHRONIQUE = {
    "doc": "fr-chronique-france-rwanda.txt",
    "title": "Chronique : France-Rwanda, trente ans pour regarder en face",
    "genre": "chronique de presse (colonne d'opinion)",
    "language": "fr",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            s("Chronique : France-Rwanda, trente ans pour regarder en face."),
            s("Le vendredi 26 mars 2021, la commission présidée par Vincent Duclert a remis son rapport au "
              "président de la République.", S),
            s("Elle y concluait à des « responsabilités lourdes et accablantes » de la France, tout en écartant "
              "la complicité au sens juridique.", S),
            s("Deux mois plus tard, le 27 mai, Emmanuel Macron déclarait au mémorial de Gisozi, à Kigali, être "
              "venu « reconnaître nos responsabilités ».", N),
            s("Fin avril 1994, plus de 250 000 personnes avaient déjà fui vers la Tanzanie en vingt-quatre "
              "heures, selon le HCR.", S),
            s("Il a pourtant fallu un long détour judiciaire pour en arriver là."),
        ],
        [
            s("Saisie en 1998 par les familles de l'équipage français du Falcon 50, la justice française a "
              "longtemps privilégié la piste d'un tir venu des rebelles du FPR.", S),
            s("En novembre 2006, le juge Bruguière signait neuf mandats d'arrêt internationaux visant des proches "
              "de Paul Kagame.", S),
            s("Kigali rompit aussitôt les relations diplomatiques avec Paris, qui ne furent rétablies que le 29 "
              "novembre 2009.", S),
            s("En janvier 2010, le rapport rwandais dit Mutsinzi attribuait le tir à des militaires hutu, depuis "
              "le camp de Kanombe ou ses abords.", S),
            s("Deux ans plus tard, le mardi 10 janvier 2012, les experts mandatés par les juges Trévidic et Poux "
              "situaient à leur tour la zone de tir près de Kanombe, alors tenue par les forces "
              "gouvernementales.", S),
            s("Les juges d'instruction ont finalement rendu un non-lieu le 21 décembre 2018, faute de « charges "
              "suffisantes ».", S),
            s("Ce non-lieu a été confirmé en appel le 3 juillet 2020, et la Cour de cassation a rejeté les "
              "pourvois des familles le 15 février 2022.", S),
            s("Aucune juridiction française n'a donc jamais désigné les auteurs de l'attentat.", S),
        ],
        [
            s("Cette affaire a longtemps servi d'écran."),
            s("Nous savons désormais que l'avion a été abattu par des extrémistes hutu hostiles aux accords "
              "d'Arusha.", D),
            s("L'opération Turquoise, autorisée le 22 juin 1994 par la résolution 929, a déployé quelque 2 500 "
              "militaires français, rejoints par des contingents africains.", S),
            s("Le génocide avait alors déjà fait plus de 800 000 morts.", D),
            s("Le FPR entra dans Kigali le 4 juillet 1994, et un nouveau gouvernement y fut installé le mardi 19 "
              "juillet.", S),
            s("Le 5 juillet, une zone humanitaire sûre fut ouverte dans le sud-ouest, entre Cyangugu, Kibuye et "
              "Gikongoro.", S),
            s("Le dernier soldat de Turquoise avait quitté le Rwanda dès la fin du mois de juillet.", C),
            s("Au Zaïre, les soldats de l'armée vaincue et les autorités responsables du génocide reprirent vite "
              "en main les camps de réfugiés.", S),
            s("À Goma, le choléra tua à lui seul environ 12 000 réfugiés au cours du mois de juillet 1994.", S),
            s("Trente ans après, la question n'est plus de savoir si la France savait, mais pourquoi elle a mis "
              "si longtemps à le dire."),
        ],
    ],
}


# 10. FIXTURE (written by the team; states falsehoods on purpose): French own-voice denial forum post.
FIX_FR = {
    "doc": "fixture-denial-fr-forum-post.txt",
    "title": "Fixture: French forum post denying the genocide",
    "genre": "forum post (test fixture)",
    "language": "fr",
    "stance": "denies",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            s("Encore cette comédie des commémorations."),
            own("Il n'y a jamais eu de génocide au Rwanda, seulement une guerre civile où chacun a tué l'autre.",
                C, "definitional_denial", "double_genocide"),
            own("Le vrai chiffre ne dépasse pas 50 000 morts, tout le reste a été gonflé par Kigali pour toucher "
                "l'aide internationale.", C, "minimisation", "fabrication"),
            own("Les prétendus témoins d'Arusha étaient payés et récitaient des histoires apprises par cœur.", None,
                "attack_on_witnesses"),
            s("D'ailleurs le TPIR a fini par acquitter presque tous les accusés.", C),
            own("Le FPR a massacré au moins deux millions de Hutu, et c'est lui le vrai génocidaire.", C,
                "double_genocide", "role_reversal"),
            s("Ouvrez les yeux."),
        ],
    ],
}


# 11. FIXTURE (written by the team; states falsehoods on purpose): a commemoration notice, accurate at first,
# followed by a denial paragraph (composite).
FIX_COMPOSITE = {
    "doc": "fixture-denial-composite-community-notice.txt",
    "title": "Fixture: community remembrance notice with a denial paragraph appended",
    "genre": "community newsletter notice (test fixture)",
    "language": "en",
    "stance": "mixed",
    "composite": True,
    "hard_negative": False,
    "paragraphs": [
        [
            s("Notice: the community centre will hold a remembrance evening on 7 April."),
            s("In 1994, from the night of 6 April, soldiers and militias killed Tutsi in Kigali after the "
              "president's plane was shot down near the airport.", S),
            s("On 2 September 1998 the Arusha tribunal convicted Jean-Paul Akayesu of genocide, the first such "
              "judgment by an international court.", S),
        ],
        [
            own("What followed was planned by nobody: frightened villagers struck back on their own after their "
                "president was murdered.", C, "spontaneity"),
            own("The rebels started the war, shot down the plane and then blamed the Hutu for the "
                "consequences.", D, "blame_shifting", "role_reversal"),
            own("If Tutsi died, it was because their relatives were invading the country, and any people would "
                "have defended itself.", None, "justification", "accusation_in_mirror"),
            own("Come on the seventh and remember the real genocide, the one against the Hutu that nobody "
                "mentions.", None, "double_genocide"),
        ],
    ],
}


# 12. FIXTURE (written by the team; states falsehoods on purpose): podcast clip that accepts deaths but distorts.
FIX_PODCAST = {
    "doc": "fixture-denial-podcast-clip.txt",
    "title": "Fixture: podcast clip transcript distorting the genocide",
    "genre": "podcast transcript (test fixture)",
    "language": "en",
    "stance": "distorts",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            s("HOST: Look, nobody here denies that people died in Rwanda in 1994."),
            own("But the numbers were blown up: the real toll was closer to a hundred thousand, and half of them "
                "were Hutu.", C, "minimisation", "double_genocide"),
            own("The so-called plan was dreamed up afterwards by the tribunal to justify its convictions.", C,
                "fabrication"),
            own("The killing happened because the RPF provoked it, plain and simple.", None, "blame_shifting"),
            own("Those people were an armed fifth column of infiltrators, vermin hiding among the farmers, not "
                "innocent civilians.", None, "dehumanisation", "accusation_in_mirror"),
            own("Even Dallaire's own informant story collapses once you notice he never checked it.", None,
                "attack_on_witnesses"),
            s("And the UN never pulled a single peacekeeper out, whatever the documentaries say.", C),
        ],
    ],
}


DOCS: list[dict] = [CORRECTIONS, NGO_RPA, MEMOIR, BRIEF, WIKI, RADIO, CURRICULUM, PRESSCONF, FR_CHRONIQUE,
                    FIX_FR, FIX_COMPOSITE, FIX_PODCAST]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv, DOCS, HERE))
