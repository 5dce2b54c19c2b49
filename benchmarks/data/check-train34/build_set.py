"""Source of the check-train34 labelled TRAINING set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train34/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train34/build_set.py --check  # validate the files already written

A training set centred on VERDICTS, above all `contradicted` and `disputed`: ordinary acknowledging texts (a library
timeline, a revision handout with answers, a court-reporting digest, a wiki talk-page closing summary, a fact-check
column, a conference report, a regional newspaper feature, a French court-reporting article, a French radio
chronicle) dense with checkable statements of the record's facts, many of them with one detail changed (year,
month, sentence, court, office, place, resolution number, figure), plus three short denial fixtures (one composite).
Its author did not read the detectors, their rules, exemplars or training data, nor any other set's documents or
labels (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, and the
first 40 lines of the check-blind5 build script and README as templates). Verdicts were decided against the record
alone: examples/ (FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the
proceedings CSV. Do not copy these sentences into rules or exemplars.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling rules and the sources
of every true fact outside the record.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with


# 1. Public-library timeline page (invented library and volunteers).
TIMELINE = {
    "doc": "library-timeline-1990-2003.txt",
    "title": "Rwanda, 1990-2003: a timeline for the world-history shelf",
    "genre": "library timeline page",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [s("Rwanda, 1990–2003: a timeline for the world-history shelf"),
         s("Compiled by volunteers at the Kettlewick Library local-studies desk; corrections can be left at the "
           "front counter.")],
        [s("May 1990: the first issues of Kangura, the paper Hassan Ngeze would edit until the genocide, go on "
           "sale.", N)],
        [s("Monday 1 October 1990: Rwandan Patriotic Front fighters, most of them Tutsi refugees, push into northern "
           "Rwanda from Ugandan soil, and a civil war begins.", S)],
        [s("December 1990: Kangura prints the so-called \"Ten Commandments of the Bahutu\".", N)],
        [s("8 July 1993: a privately owned station, Radio Télévision Libre des Mille Collines, goes on air.", N)],
        [s("Wednesday 4 August 1993: in Arusha, President Habyarimana and the RPF chairman, Alexis Kanyarengwe, put "
           "their signatures to the peace agreement.", S)],
        [s("5 October 1993: Security Council resolution 872 establishes UNAMIR, whose authorised strength is set at "
           "two and a half thousand.", S)],
        [s("21 October 1993: in neighbouring Burundi, soldiers kill Melchior Ndadaye, the country's first Hutu "
           "president, barely three months into his term.", N)],
        [s("11 January 1994: the UNAMIR commander, General Roméo Dallaire, sends New York the cable later nicknamed "
           "the \"genocide fax\".", N)],
        [s("Wednesday 6 April 1994, after dark: the jet bringing President Habyarimana back from regional talks in "
           "Tanzania is shot down as it comes in to land at Kigali.", S)],
        [s("Thursday 7 April 1994: Presidential Guard soldiers murder the Prime Minister, Agathe Uwilingiyimana, and "
           "the fifteen Belgian blue helmets assigned to protect her are disarmed and killed the same day.", C)],
        [s("21 April 1994: resolution 912 scales UNAMIR down to about 270 personnel.", S)],
        [s("28–29 April 1994: within twenty-four hours, over a quarter of a million Rwandans cross into Burundi at "
           "Ngara.", C)],
        [s("17 May 1994: resolution 925 places an arms embargo on Rwanda and authorises a larger UNAMIR of up to "
           "5,500 troops.", C)],
        [s("5 June 1994: RPF soldiers kill thirteen clergy near Kabgayi, the Archbishop of Kigali among them.", D)],
        [s("22 June 1994: carried by ten votes with five abstentions, resolution 929 authorises the French-led "
           "Opération Turquoise.", S)],
        [s("4 July 1994: the RPF enters Kigali and, that same Monday, Butare.", S)],
        [s("16 July 1994: the RPF reaches Gisenyi.", D),
         s("Over the following days a million refugees pour across the border into Goma.", D)],
        [s("Tuesday 19 July 1994: a new government takes office in Kigali, with Pasteur Bizimungu as president and "
           "Faustin Twagiramungu as prime minister.", S)],
        [s("21 September 1994: the last French troops withdraw from the safe humanitarian zone.", C)],
        [s("8 November 1994: resolution 955 creates the ICTR and gives it jurisdiction reaching back to the RPF "
           "invasion of October 1990.", C)],
        [s("9 December 1994: the Commission of Experts' final report is passed to the Security Council.", S)],
        [s("22 April 1995: RPA soldiers fire on displaced people at Kibeho, killing some 2,000.", D)],
        [s("8 March 1996: UNAMIR's mandate runs out after a last extension voted in December 1995.", N)],
        [s("22 April 2000: Paul Kagame is sworn in as president in Kigali's Amahoro stadium.", N)],
        [s("25 August 2003: Kagame wins the first multiparty presidential election since independence with about "
           "95 per cent of the vote.", N)],
        [s("Where accounts give different dates, we have followed the majority of the books on our shelves.")],
    ],
}

# 2. School revision handout with questions and answers (invented teacher).
HANDOUT = {
    "doc": "revision-handout-questions.txt",
    "title": "Year 10 history revision: the genocide against the Tutsi, twelve questions",
    "genre": "school handout with quiz and answers",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [s("Year 10 history revision: the genocide against the Tutsi in Rwanda"),
         s("Prepared by Ms D. Ashcombe for the spring-term module; the answer follows each question.")],
        [s("1. What share of Rwandans were Tutsi when the genocide began?"),
         s("Roughly one Rwandan in seven.", D)],
        [s("2. How many people were killed?"),
         s("About one million people were killed between April and July 1994.", D)],
        [s("3. Which resolution created the tribunal, and how did the vote go?"),
         s("Resolution 955 of 8 November 1994, which every member of the Council supported.", C)],
        [s("4. Who was the first person convicted of genocide by an international court?"),
         s("Jean-Paul Akayesu, the bourgmestre of Taba, in a judgment given in September 1998.", S),
         s("He was given thirty years.", C)],
        [s("5. Which head of government pleaded guilty to genocide?"),
         s("Jean Kambanda, prime minister of the interim government, who was sentenced to life on 4 September 1999.",
           C)],
        [s("6. How big was UNAMIR?"),
         s("The Council authorised 2,500 personnel in October 1993; after resolution 912 in April 1994, about 540 "
           "were left.", C)],
        [s("7. How many refugees crossed into Zaire in July 1994?"),
         s("About a million, most of them into the area around Goma.", D),
         s("Around 50,000 of them died within a month, mostly of cholera and dysentery.", D)],
        [s("8. When did the gacaca courts close, and how many cases had they tried?"),
         s("They closed on 18 June 2012, after trying 1,958,634 cases.", S)],
        [s("9. Which day does the UN set aside for the genocide?"),
         s("7 April, under a General Assembly resolution of December 2003; since 2018 the day's title names the "
           "genocide against the Tutsi.", N)],
        [s("10. What happened at the Murambi technical school?"),
         s("Between 40,000 and 50,000 Tutsi who had been told to gather there were massacred.", N)],
        [s("11. Which memorial holds the largest number of victims?"),
         s("The Kigali Genocide Memorial at Gisozi, opened in April 2004, where more than 250,000 people are buried.",
           N)],
        [s("12. Which US president later admitted that the world \"did not act quickly enough\"?"),
         s("Bill Clinton, during a stop at Kigali airport on 25 March 1998.", N)],
        [s("Learn the dates: the examiners will expect them.")],
    ],
}

# 3. Court-reporting digest (invented newspaper and correspondent).
COURT_DIGEST = {
    "doc": "court-digest-thirty-years.txt",
    "title": "From Arusha to Paris: a digest of thirty years of genocide verdicts",
    "genre": "court-reporting round-up",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [s("From Arusha to Paris: thirty years of genocide verdicts"),
         s("By Imogen Tarrant, legal affairs correspondent, The Northern Courier")],
        [s("The Media case ended at first instance on 3 December 2003, when the founder of RTLM, a founder of the "
           "CDR and the editor of Kangura were all convicted.", S),
         s("Four years later the appeal judges cut Ferdinand Nahimana's term to thirty years, Jean-Bosco "
           "Barayagwiza's to thirty-two and Hassan Ngeze's to thirty-five.", S),
         s("Ngeze himself had been arrested in Mombasa, Kenya, in July 1997.", N),
         s("Georges Ruggiu, the Belgian-Italian presenter who had admitted inciting genocide over RTLM's airwaves "
           "and whose plea spared the court a long trial, was handed twelve years in June 2001.", C)],
        [s("Théoneste Bagosora, directeur de cabinet at the defence ministry in 1994, was sentenced to life in "
           "December 2008; in December 2011 the Appeals Chamber reduced that to thirty-five years.", S),
         s("His co-defendant Gratien Kabiligi, the army's head of operations, was convicted with him.", C),
         s("Anatole Nsengiyumva, who had commanded the Gisenyi operational sector, walked out of prison after the "
           "appeal judges cut his life term to twelve years.", C),
         s("Pauline Nyiramasuhuko, minister for the family in the interim government, heard the tribunal's last "
           "appeal judgment in December 2015, when her life sentence became forty-seven years.", S)],
        [s("Clément Kayishema, the prefect of Gikongoro, was sentenced to life in May 1999.", C),
         s("Sylvestre Gacumbitsi, the bourgmestre of Rusumo, saw the Appeals Chamber raise his thirty years to life "
           "in 2006 over the massacre at Nyarubuye parish.", S),
         s("Gaspard Kanyarukiga, a businessman from Kivumu, got thirty years for the destruction of the church at "
           "Nyange, where some 2,000 Tutsi had taken refuge, on 16 May 1994.", C)],
        [s("At home, Rwanda's first genocide trial, held in Kibungo, ended early in January 1997 with two death "
           "sentences.", S),
         s("Léon Mugesera, deported from Canada in 2012 over a speech he gave at Kabaya in 1992, was sentenced to "
           "life by Rwanda's Supreme Court in April 2016.", C),
         s("More than two million cases went through the gacaca courts before they closed in 2012.", C)],
        [s("Abroad, a Brussels assize jury convicted four Rwandans, two of them Benedictine nuns from Sovu, in June "
           "2001.", S),
         s("Major Bernard Ntuyahaga received twenty years in Brussels in July 2007 for the killing of the ten "
           "Belgian peacekeepers at Camp Kigali.", S),
         s("In Frankfurt, Onesphore Rwabukombe, a former bourgmestre of Muvumba, was finally given life in December "
           "2015 for the massacre at the Kiziguro church compound.", S),
         s("In Oslo, Sadi Bugingo got twenty-one years for attacks in Kibuye.", C),
         s("A district court in Stockholm sentenced Stanislas Mbanenande to eighteen years in June 2013.", C),
         s("François Bazaramba, a Baptist pastor from Nyakizu, was sentenced to life by a Swedish court in June "
           "2010.", C),
         s("Désiré Munyaneza was convicted in May 2009 by a court in Ontario.", C)],
        [s("France's first trial ended in March 2014 with twenty-five years for Pascal Simbikangwa, a term "
           "confirmed on appeal in Bobigny in December 2016.", S),
         s("Sosthène Munyemana, a gynaecologist from Butare, was sentenced in Paris on 19 December 2023 to "
           "twenty-four years.", D),
         s("Félicien Kabuga was finally arrested in Asnières-sur-Seine, outside Paris, on 16 May 2020, after some "
           "twenty-five years on the run.", N),
         s("He was later found unfit to stand trial and will never face a verdict.", S)],
    ],
}

# 4. Wiki talk-page closing summary on the death toll (invented usernames).
TALK_PAGE = {
    "doc": "wiki-talk-death-toll-summary.txt",
    "title": "Talk page: closing summary of the request for comment on the death toll",
    "genre": "wiki talk-page summary",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [s("Talk:Genocide against the Tutsi — closing summary, request for comment on the death toll in the lead"),
         s("Summary by an uninvolved editor; the discussion ran for six weeks and drew nineteen participants.")],
        [s("The lead sentence under discussion read: \"Around 800,000 people were killed between April and July "
           "1994.\"", D),
         s("Several participants noted that a UN expert had given 800,000 as the number of Rwandans who died of all "
           "causes over those months, not only in the genocide.", S),
         s("User Nyungwe_Reader proposed the wording \"more than a million people were murdered in a hundred "
           "days\".", D),
         s("It was pointed out that the government's count of 1,074,017 dead, published in 2002, runs from "
           "October 1990 to December 1994 rather than covering the hundred days alone.", S),
         s("That count described 93.7 per cent of the victims as killed for being identified as Tutsi.", S),
         s("Its preliminary version, released in December 2001, had reportedly put the Tutsi share at 99.1 per "
           "cent.", C)],
        [s("User Akagera_Lynx cited the Commission of Experts as estimating, in December 1994, that some 300,000 "
           "unarmed civilians had been murdered.", C),
         s("This was corrected in the thread: the Commission's estimate was half a million, with a warning that it "
           "might err on the low side.", S),
         s("Human Rights Watch's 1999 study gives at least 500,000 dead, around three quarters of the Tutsi "
           "population.", S),
         s("Its arithmetic takes roughly 150,000 survivors away from about 657,000 Tutsi, which leaves 507,000 "
           "Tutsi killed.", S),
         s("User Gikongoro_Archivist wanted the article to say flatly that 600,000 Tutsi were killed.", D),
         s("Marijke Verpoorten's range of 560,000 to 660,000 Tutsi deaths, published in 2020, was cited as the main "
           "scholarly alternative.", S)],
        [s("A side thread settled that the 2004 census by the Ministry of Youth, Culture and Sports had named "
           "837,000 victims.", C),
         s("In another, one editor insisted that Tutsi had made up about fifteen per cent of Rwanda's people on the "
           "eve of the genocide.", D),
         s("The 1991 census registered 8.4 per cent, and HRW itself observed that some Tutsi had registered as "
           "Hutu.", S),
         s("One editor wrote that Amnesty International had estimated some 500,000 dead by early May 1994.", C),
         s("HRW's letter of 19 April 1994 to the Security Council, which spoke of up to 200,000 dead in two weeks, "
           "was also discussed.", C)],
        [s("The infobox line \"about 400,000 women and girls were raped\" was flagged for attribution.", D),
         s("So was the line \"some 95,000 children were left orphans\".", D),
         s("One draft for the justice section said flatly that the gacaca courts heard 1.2 million cases.", D),
         s("Another, \"about 65 per cent of those tried were convicted\", was tagged as needing a source.", D)],
        [s("Outcome: the lead will give a range and say who estimates what; no single figure will be stated in the "
           "encyclopedia's own voice.")],
        [s("Editors also agreed to mention that the General Assembly renamed its 7 April observance in January "
           "2018 so that it names the genocide against the Tutsi.", N),
         s("Murambi, where between 40,000 and 50,000 people died, was added to the list of massacre sites in the "
           "\"See also\" section.", N),
         s("The Kibeho section was left for a separate discussion.")],
    ],
}

# 5. Fact-check column (invented outlet); quoted viral claims carry their techniques in voice "reported".
FACT_CHECK = {
    "doc": "fact-check-six-viral-claims.txt",
    "title": "Fact check: six claims about Rwanda that spread this April",
    "genre": "fact-checker's column",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [s("Fact check: six claims about Rwanda that spread this April"),
         s("By the CheckPoint Weekly verification desk"),
         s("Each anniversary brings a new wave of posts about 1994; we looked at six that were shared tens of "
           "thousands of times.")],
        [rep("Claim 1: \"It was not a genocide, just a civil war in which both sides massacred each other.\"", C,
             "definitional_denial", "double_genocide"),
         s("False. The UN Commission of Experts concluded in December 1994 that Hutu elements had committed genocide "
           "against the Tutsi in a concerted, planned and methodical way.", S),
         s("It also found crimes against humanity committed by individuals on both sides, but no evidence of an "
           "intent to destroy the Hutu as a group.", S)],
        [rep("Claim 2: \"The death toll was made up; at most 60,000 people died.\"", C, "fabrication",
             "minimisation"),
         s("False. Some 800,000 people were killed in about a hundred days, and no credible count comes anywhere "
           "near 60,000.", D),
         s("The Commission of Experts estimated 500,000 murdered; the Rwandan government later counted 1,074,017 "
           "dead.", S)],
        [s("Claim 3: \"The ICTR never tried a single RPF soldier.\"", S),
         s("True. Human Rights Watch noted in December 2008 that the tribunal had not prosecuted even one of the "
           "RPF's serious crimes of 1994, and that was still the case when it closed.", S)],
        [s("Claim 4: \"A UN refugee agency team found that the RPF killed between 25,000 and 45,000 people in "
           "1994.\"", S),
         s("Accurate, with one caveat: it is an estimate by experts working for UNHCR, not a count."),
         s("Recording these killings is not denial, and it does not turn the genocide into a \"double genocide\", "
           "as some of the same posts go on to claim.")],
        [rep("Claim 5: \"French judges proved that Kagame's men shot down the plane.\"", C, "blame_shifting"),
         s("False. The French investigation ended in a dismissal in December 2018 for lack of sufficient charges, "
           "upheld on appeal in July 2021 and by the Cour de cassation in February 2022.", C),
         s("A Rwandan inquiry, the Mutsinzi report of January 2012, had traced the shots to the area of the "
           "Kanombe barracks.", C),
         s("No court has ever established who fired.", S)],
        [rep("Claim 6: \"They were inyenzi who attacked first; the massacres were self-defence.\"", None,
             "dehumanisation", "accusation_in_mirror", "justification", "blame_shifting"),
         s("This is the vocabulary of RTLM, which went on air in July 1993 and whose presenters called the RPF and "
           "its supposed accomplices \"Inyenzi\".", N),
         s("The ICTR's Media judgment of December 2003 convicted the men behind RTLM and Kangura.", S)],
        [s("Since a General Assembly resolution of December 2003, 7 April has been the UN's day of reflection on "
           "the genocide.", N),
         s("The day was renamed in January 2018 so that its title names the genocide against the Tutsi.", N),
         s("Verdict: four of the six claims are false; one is true and one is accurate with a caveat.")],
    ],
}

# 6. Conference report on a panel critical of the ICTR (invented forum and speakers).
CONFERENCE = {
    "doc": "conference-report-justice-after-1994.txt",
    "title": "Conference report: 'Justice after 1994', day two",
    "genre": "conference report",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [s("Conference report: \"Justice after 1994\", Midlands Forum on International Justice, day two"),
         s("The second day was given over to a panel on the International Criminal Tribunal for Rwanda, chaired by "
           "Dr Halvard Moen.")],
        [s("Professor Inês Carvalho-Reid opened by recalling that the tribunal indicted 93 people, convicted 61 and "
           "acquitted 14 before it closed its doors at the end of 2014.", C),
         s("Its record, she argued, is marred by one absence: no member of the RPF was ever prosecuted there.", S),
         s("The Commission of Experts, she reminded the room, had asked in December 1994 that violations "
           "attributed to the RPF be investigated further.", S)],
        [s("Dr Tomasz Wierzbicki set out the estimates of RPA killings: 25,000 to 45,000 dead between April and "
           "August 1994 according to the UNHCR team, and about 60,000 up to August 1995 according to a former "
           "interior minister.", S),
         s("In all, he concluded, RPF soldiers killed some 45,000 civilians in 1994.", D),
         s("He described the massacre of several hundred people in the Byumba stadium in mid-May 1994.", C),
         s("He also recalled Amnesty International's report of October 1995, which listed hundreds of deliberate "
           "executions by the RPA between April and August of the previous year.", C)],
        [s("At Kabgayi in early June 1994, RPF soldiers killed thirteen clergy and two other civilians.", S),
         s("The 2008 military trial convicted two captains who had pleaded guilty and acquitted a general and a "
           "major.", S),
         s("The captains' eight-year terms were halved to four on appeal.", C),
         s("For Wierzbicki, the outcome showed that the army's own courts could not be trusted to judge the army."),
         s("Citing the Rwandan military, he added that 34 soldiers had been prosecuted since 1994 for war crimes "
           "and revenge killings.", C)],
        [s("Judge Mariam Lindqvist, a former tribunal lawyer, replied that the Akayesu judgment of September 1998 "
           "remained the first genocide conviction handed down by any international court.", S),
         s("The Appeals Chamber confirmed Akayesu's life sentence in June 2002.", C),
         s("She reminded the audience that General Dallaire's cable of 11 January 1994 had been answered with a "
           "refusal: New York would not let him raid the arms caches.", N),
         s("She also quoted Bill Clinton's admission at Kigali airport, in March 1998, that the world \"did not act "
           "quickly enough\".", N)],
        [s("On Kibeho, the panel heard that about 4,000 displaced people were shot dead by the RPA on 22 April "
           "1995.", D),
         s("The camp had held some 120,000 people when the shooting started.", D),
         s("Asked from the floor whether describing these crimes amounted to a \"double genocide\", the panel said "
           "it did not: no court or commission has found an intent to destroy the Hutu.", S)],
        [s("Carvalho-Reid closed with a line that drew long applause: a tribunal that tries only one side invites "
           "the charge of victor's justice, however sound each of its convictions."),
         s("Lindqvist noted that UNAMIR's mandate expired in March 1996.", N),
         s("Félicien Kabuga, arrested outside Paris in May 2020, came up in the last exchange.", N),
         s("The proceedings will be published in the spring.")],
    ],
}

# 7. Regional newspaper feature documenting Goma and the Kibeho killings (invented paper, reporter and nurse).
FEATURE = {
    "doc": "regional-feature-goma-kibeho-nurse.txt",
    "title": "Thirty years on, a Dales nurse remembers Goma and Kibeho",
    "genre": "regional newspaper feature",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [s("Thirty years on, a Dales nurse remembers Goma and Kibeho"),
         s("By Rachel Pennock, Upper Dales Gazette")],
        [s("When Margaret Hollins landed in Goma in the last week of July 1994, the town had become, in her words, "
           "\"one long field hospital\"."),
         s("She had joined a charity's cholera team as the exodus from Gisenyi turned into a flood."),
         s("In a matter of days, hundreds of thousands of Rwandans had crossed into North Kivu; a study in The "
           "Lancet later put their number at 500,000 to 800,000.", S),
         s("The same study found that almost 50,000 refugees died in the first month, most of them of cholera or "
           "dysentery.", S),
         s("Some 21,000 died of cholera alone in Goma that July.", C),
         s("Three to four weeks after the influx, acute malnutrition among children under five ranged from 28 to "
           "33 per cent.", C)],
        [s("\"In the first week each person had about two litres of water a day,\" she says.", C),
         s("\"I still think some 80,000 people died in those camps that summer.\"", D),
         s("Over the whole crisis, she reckons, a million people fled into Zaire in less than a week.", D),
         s("She stayed through the autumn, when aid workers described the camps, controlled in practice by the "
           "authorities who had led the genocide, as being in \"a virtual state of war\".", S)],
        [s("In April 1995 she was sent to Kibeho, a camp for displaced people in the south-west which, by Médecins "
           "Sans Frontières' count, held about 110,000 people.", S),
         s("On 22 May, soldiers of the Rwandan Patriotic Army opened fire on the crowd as the army closed the camp "
           "by force.", C),
         s("\"Between four and five thousand were killed; I counted bodies for two days,\" she says.", D),
         s("The Rwandan government gave a toll of 338; Australian soldiers serving with UNAMIR estimated at least "
           "4,000.", S)],
        [s("No international court ever heard the case: the ICTR's mandate ended with 1994.", S),
         s("Nor did the tribunal try any of the RPF's killings of 1994, which UNHCR experts put at between 25,000 "
           "and 45,000.", S),
         s("\"Saying so takes nothing away from the genocide,\" she adds."),
         s("\"I nursed its survivors as well.\"")],
        [s("On her bookshelf is General Dallaire's memoir, Shake Hands with the Devil, which won the Shaughnessy "
           "Cohen Prize for political writing in 2003.", N),
         s("She has twice visited the church at Ntarama, where more than 5,000 people were killed.", N),
         s("Mrs Hollins will speak at Kettlewick library on 7 April, the UN's International Day of Reflection on "
           "the 1994 Genocide against the Tutsi in Rwanda.", N),
         s("She plans to begin with the Kigali Genocide Memorial at Gisozi, opened in 2004, where more than 250,000 "
           "victims lie.", N)],
    ],
}

# 8. French court-reporting article (invented regional daily and reporter).
FR_TRIALS = {
    "doc": "fr-article-proces-en-france.txt",
    "title": "Génocide des Tutsi : trente ans de procès devant les cours d'assises françaises",
    "genre": "newspaper court reporting (French)",
    "language": "fr",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [s("Génocide des Tutsi : trente ans de procès devant les cours d'assises françaises"),
         s("Par Solène Kerbrat, Le Courrier des Marches")],
        [s("Trente ans après un génocide qui a fait plus d'un million de morts, la justice française a jugé une "
           "poignée de ses auteurs présumés.", D),
         s("Le premier verdict tombe le 14 mars 2014 : Pascal Simbikangwa, ancien capitaine de la garde "
           "présidentielle passé au renseignement, est condamné à vingt-cinq ans de réclusion criminelle.", S),
         s("La cour d'assises de Seine-Saint-Denis, à Bobigny, confirme cette peine en appel le 3 décembre 2017.",
           C)],
        [s("Le 6 juillet 2016, deux anciens bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, sont "
           "condamnés à la perpétuité pour le massacre commis dans l'église de Kabarondo le 13 avril 1994.", S),
         s("La perpétuité est confirmée en appel en juillet 2018.", S),
         s("Claude Muhayimana, chauffeur d'un hôtel de Kibuye qui conduisait gendarmes et miliciens vers les lieux "
           "de tuerie, est condamné en décembre 2021 à dix-huit ans de réclusion.", C),
         s("L'ancien préfet de Butare, Laurent Bucyibaruta, reçoit vingt ans en juillet 2022 pour complicité, "
           "notamment pour les tueries de l'école de Murambi.", C),
         s("Il meurt le 6 décembre 2023, avant d'avoir été rejugé.", S)],
        [s("L'ancien adjudant-chef de gendarmerie Philippe Hategekimana, jugé pour les massacres des collines de "
           "Nyabubare et de Nyamure, près de Nyanza, est condamné à la perpétuité en juin 2023.", S),
         s("Le gynécologue Sosthène Munyemana, du centre hospitalier universitaire de Butare, avait été condamné le "
           "20 décembre 2023 à vingt-quatre ans.", D),
         s("Sa peine est confirmée en appel le 23 octobre 2025.", S),
         s("Félicien Kabuga, présenté comme le financier du génocide, avait quant à lui été arrêté le 16 mai 2020 à "
           "Asnières-sur-Seine, où il vivait sous une fausse identité.", N)],
        [s("L'affaire de l'attentat du 6 avril 1994 a suivi un tout autre chemin."),
         s("Saisie en 1998 par les familles de l'équipage, la justice française a d'abord privilégié la piste du "
           "FPR : en novembre 2006, le juge Bruguière signe neuf mandats d'arrêt visant des proches de Paul "
           "Kagame.", S),
         s("Kigali rompt aussitôt ses relations diplomatiques avec Paris ; elles ne seront rétablies qu'en novembre "
           "2010.", C),
         s("L'expertise remise en janvier 2012 aux juges Trévidic et Poux situe pourtant la zone de tir du côté du "
           "camp de Kanombe, tenu par les forces gouvernementales.", S),
         s("Un non-lieu est rendu le 21 décembre 2018, confirmé en appel puis, le 15 février 2021, par la Cour de "
           "cassation.", C)],
        [s("Le 26 mars 2021, la commission d'historiens Duclert conclut à des « responsabilités "
           "lourdes et accablantes » de la France, tout en écartant la complicité au sens juridique.", S),
         s("Deux mois plus tard, le 27 mai 2021, Emmanuel Macron déclare au mémorial de Gisozi, à Kigali, être venu "
           "« reconnaître nos responsabilités ».", N),
         s("Depuis une résolution de décembre 2003, l'Assemblée générale des Nations unies consacre le 7 avril à la "
           "réflexion sur ce génocide.", N)],
        [s("En Belgique, dès juin 2001, deux religieuses bénédictines de Sovu avaient été condamnées à quinze et "
           "douze ans par la cour d'assises de Bruxelles.", S),
         s("En Suisse, un tribunal militaire avait condamné un ancien bourgmestre dès 1997.", C)],
    ],
}

# 9. French radio chronicle analysing hate media (invented station and host); quotations in voice "reported".
FR_RADIO = {
    "doc": "fr-radio-chronique-les-mots-qui-tuent.txt",
    "title": "« Les mots qui tuent » : chronique radio sur la RTLM et Kangura",
    "genre": "radio chronicle transcript (French)",
    "language": "fr",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [s("Transcription — « Les mots qui tuent », chronique du jeudi, Radio Val-de-Lys"),
         s("Bonjour à toutes et à tous."),
         s("Cette semaine, parlons de la radio qui a accompagné un génocide ayant fait huit cent mille morts en cent "
           "jours.", D)],
        [s("La RTLM, Radio Télévision Libre des Mille Collines, commence à émettre le 8 juillet 1993.", N),
         rep("Sur ses ondes, le FPR et ceux qu'on dit ses complices deviennent des « Inyenzi », des cafards, qu'il "
             "faudrait « exterminer ».", N, "dehumanisation", "call_to_action"),
         s("La station se tait à la fin de juillet 1994.", N),
         s("La presse écrite avait ouvert la voie : Kangura, le journal d'Hassan Ngeze né en mai 1990, publie dès "
           "décembre de la même année les prétendus « dix commandements » des Bahutu.", N),
         rep("« Ce sont eux qui veulent nous exterminer » : ce renversement, que les spécialistes appellent "
             "l'accusation en miroir, revient sans cesse dans ces médias.", None, "accusation_in_mirror")],
        [s("Le Tribunal pénal international pour le Rwanda a jugé les responsables de ces médias : le 3 décembre "
           "2003, Ferdinand Nahimana, Jean-Bosco Barayagwiza et Hassan Ngeze sont condamnés.", S),
         s("En appel, en novembre 2007, la peine d'Hassan Ngeze est ramenée à trente-deux ans.", C),
         s("L'animateur Georges Ruggiu, un Belgo-Italien qui avait plaidé coupable, avait écopé de douze ans en juin "
           "2000.", S),
         s("Joseph Serugendo, responsable technique de la station, est condamné à six ans en 2006 et meurt en "
           "détention deux ans plus tard.", C),
         s("Le chanteur Simon Bikindi, lui, est condamné à quinze ans pour des appels au meurtre lancés sur la route "
           "de Kivumu à Kayove, dans la préfecture de Gisenyi, à la fin de juin 1994.", S),
         s("Léon Mugesera appelait déjà à l'extermination dans son discours de Kabaya, le 22 novembre 1993.", C),
         s("Condamné à la perpétuité au Rwanda en 2016, il a vu sa peine confirmée en appel en 2020.", S)],
        [s("Pourquoi en parler aujourd'hui ?"),
         rep("Parce que ces mots circulent encore : sur les réseaux, on lit que les massacres n'auraient été qu'une "
             "« colère spontanée » après la mort du président.", C, "spontaneity"),
         s("La Commission d'experts de l'ONU avait pourtant conclu dès décembre 1994 à une action concertée, "
           "planifiée, systématique et méthodique.", S),
         s("À la semaine prochaine.")],
    ],
}

# 10-12. Test fixtures written by the team: they state falsehoods on purpose (see README).
FIXTURE_CALL_IN = {
    "doc": "fixture-denial-composite-call-in.txt",
    "title": "Fixture: morning call-in show, accurate host introduction then a denying caller",
    "genre": "radio call-in transcript (test fixture)",
    "language": "en",
    "stance": "mixed",
    "composite": True,
    "hard_negative": False,
    "paragraphs": [
        [s("HOST: Good morning; today is 7 April, the UN's International Day of Reflection on the genocide against "
           "the Tutsi.", N),
         s("HOST: On this date in 1994 the Prime Minister, Agathe Uwilingiyimana, was murdered in Kigali, and so "
           "were the ten Belgian peacekeepers who had been guarding her.", S),
         s("HOST: Within about a hundred days, Human Rights Watch later concluded, at least half a million people "
           "had been killed.", S)],
        [own("CALLER: With respect, that number is a fairy tale written by the winners.", None, "fabrication"),
         own("CALLER: Maybe forty thousand died, on both sides, in a war the rebels started.", C, "minimisation",
             "double_genocide", "blame_shifting"),
         own("CALLER: It was people panicking after their president died, nothing was planned.", C, "spontaneity"),
         own("CALLER: And the rebels shot down the plane, everybody knows it.", D, "blame_shifting"),
         own("CALLER: The Arusha trials were theatre; they even let Bagosora walk free.", C, "fabrication")],
    ],
}

FIXTURE_QUIZ_COMMENT = {
    "doc": "fixture-denial-quiz-comments.txt",
    "title": "Fixture: comment posted under a school revision quiz",
    "genre": "comment thread (test fixture)",
    "language": "en",
    "stance": "denies",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [own("Comment by truth_over_tears: question 2 is pure propaganda.", None, "fabrication"),
         own("There was no genocide in Rwanda, only a war, and wars kill people on every side.", C,
             "definitional_denial", "double_genocide"),
         own("The Hutu were defending their country against an invasion from Uganda.", S, "justification",
             "blame_shifting"),
         own("The real genocide was the one the RPF carried out against the Hutu afterwards, a million and a half "
             "of them.", C, "double_genocide", "role_reversal"),
         own("Even the UN commission admitted it found genocide on both sides.", C, "double_genocide"),
         own("The so-called survivors who testify in Arusha are coached by Kigali.", None, "attack_on_witnesses"),
         own("Kambanda only pleaded guilty under pressure and got a few years for it.", C, "attack_on_witnesses",
             "fabrication"),
         own("Teachers should stop repeating numbers invented by the government.", None, "fabrication")],
    ],
}

FIXTURE_TIMELINE = {
    "doc": "fixture-denial-rewritten-timeline.txt",
    "title": "Fixture: 'the timeline they don't show you' post",
    "genre": "social-media post (test fixture)",
    "language": "en",
    "stance": "distorts",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [s("The timeline they don't show you: Rwanda, 1990–1995")],
        [own("1 October 1990: the RPF invades from Uganda, and everything that follows is its responsibility.", S,
             "blame_shifting")],
        [own("6 April 1994: RPF commandos shoot down the president's plane, as the French judges proved.", C,
             "blame_shifting")],
        [own("April 1994: villagers avenge their murdered president on their own; nobody planned anything.", C,
             "spontaneity", "justification")],
        [own("The Tutsi had been arming for years, so the Hutu had every right to defend themselves.", None,
             "accusation_in_mirror", "justification")],
        [own("July 1994: the RPF seizes power and starts killing Hutu by the hundreds of thousands.", C,
             "double_genocide", "role_reversal")],
        [own("April 1995: at Kibeho, RPA soldiers fire on displaced people, proof that the victors were the real "
             "génocidaires.", S, "role_reversal", "double_genocide")],
        [own("Both sides committed genocide, and only one side was ever judged.", C, "double_genocide")],
    ],
}


DOCS: list[dict] = [TIMELINE, HANDOUT, COURT_DIGEST, TALK_PAGE, FACT_CHECK, CONFERENCE, FEATURE, FR_TRIALS, FR_RADIO,
                    FIXTURE_CALL_IN, FIXTURE_QUIZ_COMMENT, FIXTURE_TIMELINE]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
