"""Source of the TRAINING labelled set check-train14 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train14/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train14/build_set.py --check  # validate the files already written

A training set, written blind: its rows are meant to train the checker's learned layers; it is not a measure of
unseen text. New genres (a radio documentary script on the Bisesero resistance, an FAQ page of a memorial
foundation, a press summary of the ICTR's last appeals judgement, a human-rights report chapter on RPA killings, a
book review of a memoir critical of the ICTR prosecutors, a data-journalism piece on casualty counts, an op-ed by a
UNAMIR veteran, a French journal abstract and introduction on RTLM, and four short fixtures). Its author did not read
the detectors, their rules, exemplars or training data, nor any other labelled set's documents, labels, README or
build script (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions,
the first 40 lines of check-blind5/build_set.py and check-blind5/README.md as templates, and the list TECHNIQUES in
src/factfinder/check/model.py). Verdicts were decided against the record alone: examples/ (FACTS.md and the sample
documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Every true fact outside
the record was checked with the project's search tool; README.md gives the address and a quotation for each.

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

# French typography: narrow no-break space before ; : ! ? and inside guillemets, no-break space in numbers.
NN = "\u202f"   # espace fine insécable
NB = "\u00a0"   # espace insécable


def g(text: str) -> str:
    """French guillemets with no-break spaces inside."""
    return f"«{NB}{text}{NB}»"


DOCS: list[dict] = [
    # 1. Radio documentary script on the Bisesero resistance (invented programme, narrator and voices). Hard negative:
    #    it quotes the killers' slur only inside a survivor's recollection (voice reported).
    {
        "doc": "radio-documentary-bisesero.txt",
        "title": "The Hill That Did Not Kneel: a radio documentary on Bisesero (script, part one)",
        "genre": "radio documentary script",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("[SOUND: wind over high grass; a cowbell, far off.]"),
                s("NARRATOR: The hills of Bisesero stand in the west of Rwanda, in what was then the prefecture of Kibuye.", S),
                s("In April 1994, when the killing of Tutsi spread across the country, thousands of families climbed "
                  "these slopes and chose to fight rather than wait.", N),
                s("They held out for about three months, with stones, sticks and a few spears, against militiamen, "
                  "gendarmes and soldiers.", N),
            ],
            [
                s("VOICE ONE (a woman who was twelve in 1994; her name is withheld): We slept in the rain, and at dawn "
                  "we watched the road."),
                rep("The men at the roadblocks below called us inyenzi, cockroaches, as if we were insects to be swept "
                    "off the hill.", None, "dehumanisation"),
                s("When they climbed towards us we lay flat in the grass, and when they were close we all stood up at "
                  "once and ran at them."),
            ],
            [
                s("NARRATOR: The attacks were not the work of neighbours alone."),
                s("Years later, the tribunal in Arusha convicted the businessman Obed Ruzindana of genocide for the "
                  "attacks on the Tutsi of Bisesero and sentenced him to twenty-five years.", S),
                s("Clément Kayishema, the prefect of Kibuye, tried in the same case, received a life sentence, and on "
                  "1 June 2001 the Appeals Chamber let both judgments stand.", S),
                s("Alfred Musema, director of the Gisovu tea factory, was convicted over attacks on Muyira and the "
                  "neighbouring hills; on appeal in November 2001 his rape conviction fell, but the genocide verdict "
                  "and his life term remained.", S),
                s("The former information minister Eliézer Niyitegeka, by contrast, was acquitted of the Bisesero "
                  "massacres for want of evidence.", C),
            ],
            [
                s("VOICE TWO (a former herder, now a guide at the memorial; a composite voice written for this "
                  "programme): By the middle of May we had almost no stones left."),
                s("Then the great attack came, on the thirteenth and fourteenth of May, with men brought in from "
                  "other communes.", N),
                s("I lost my father and my two brothers on Muyira that day."),
            ],
            [
                s("NARRATOR: On 27 June 1994 a small French patrol of Opération Turquoise reached the hills, found "
                  "survivors, and left again with a promise to return.", N),
                s("The soldiers came back only on 30 June, and in the days between, the killers hunted down many of "
                  "those who had come out of hiding.", N),
                s("The Security Council had authorised the French-led operation on 22 June, by ten votes with five "
                  "abstentions.", S),
                s("Some two thousand five hundred French soldiers, with African contingents, stayed in the south-west "
                  "until 21 August.", S),
                s("Their safe humanitarian zone had been declared on 15 July.", C),
                s("The RPF reached Gisenyi on 16 July, and the organisers of the killing fled into Zaire with the "
                  "defeated army.", D),
            ],
            [
                s("NARRATOR: A memorial built in 1998 now stands on the hill, and in September 2023 UNESCO inscribed "
                  "it on the World Heritage List with the memorials of Nyamata, Murambi and Gisozi.", N),
                s("Across Rwanda, the genocide against the Tutsi took well over a million lives in about a hundred "
                  "days.", D),
                s("VOICE ONE: We were not soldiers; we were farmers who refused to die lying down."),
                s("[MUSIC UP, then out.]"),
            ],
        ],
    },
    # 2. FAQ page of an invented memorial foundation.
    {
        "doc": "faq-memorial-foundation.txt",
        "title": "Frequently asked questions: the Hill of Names Foundation",
        "genre": "memorial foundation FAQ page",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("When did the genocide against the Tutsi begin and end?"),
                s("The killing began on the night of 6 April 1994, within hours of the shooting down of President "
                  "Juvénal Habyarimana's plane near Kigali, and it ended when the Rwandan Patriotic Front defeated the "
                  "government army in July.", S),
                s("The RPF took the capital on the fourth of July.", S),
            ],
            [
                s("How many people were killed?"),
                s("Human Rights Watch concluded in 1999 that at least half a million people were killed, about three "
                  "quarters of the Tutsi population.", S),
                s("The government's census of victims counted 1,074,017 dead in its final report of November 2002.", S),
                s("We believe the true number is close to one million.", D),
                s("At least 250,000 women and girls were raped, and about 95,000 children lost their parents.", D),
            ],
            [
                s("Who was targeted?"),
                s("The Tutsi were hunted as a group, and Hutu who opposed the killing were murdered too, beginning with "
                  "the Prime Minister, Agathe Uwilingiyimana, on 7 April.", S),
                s("On the eve of the genocide, roughly one Rwandan in seven was Tutsi.", D),
            ],
            [
                s("Why is 7 April a day of remembrance?"),
                s("The UN General Assembly named 7 April an international day of reflection in resolution 58/234 of "
                  "23 December 2003, and on 26 January 2018 renamed it the day of reflection on the genocide against "
                  "the Tutsi.", N),
                s("In Rwanda a week of national mourning begins on 7 April, and a flame lit at the Kigali memorial "
                  "burns for a hundred days.", N),
            ],
            [
                s("Which memorials can I visit?"),
                s("The Kigali Genocide Memorial at Gisozi, opened in April 2004 for the tenth commemoration, is the "
                  "resting place of some 250,000 victims.", N),
                s("Murambi, a school where thousands were massacred on 21 April 1994, and Bisesero, the hill of "
                  "resistance, are two of the four memorials added to UNESCO's World Heritage List in September 2023.", N),
            ],
            [
                s("Were crimes also committed by the RPF?"),
                s("Experts working for the UN refugee agency estimated that RPA soldiers killed between 25,000 and "
                  "45,000 people from April to August 1994.", S),
                s("In April 1995 RPA soldiers killed some 4,000 displaced people at the Kibeho camp.", D),
                s("Remembering the genocide does not require silence about those crimes, and recording them does not "
                  "turn 1994 into a \"double genocide\"."),
            ],
            [
                s("Were the organisers punished?"),
                s("The International Criminal Tribunal for Rwanda convicted 61 people before it closed at the end of "
                  "2015, and the community gacaca courts tried 1,958,634 cases.", S),
                s("The Tribunal's first judgment, against Jean-Paul Akayesu, mayor of Taba, came in September 1999.", C),
                s("Jean Kambanda, prime minister of the interim government, pleaded guilty and was sentenced to thirty "
                  "years.", C),
            ],
        ],
    },
    # 3. Press summary of the ICTR's last appeals judgement (Butare case), invented outlet.
    {
        "doc": "press-summary-butare-appeal.txt",
        "title": "Press summary: the Appeals Chamber judgement in the Butare case",
        "genre": "press summary of an appeals judgement",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("PRESS SUMMARY: Nyiramasuhuko et al., Appeals Chamber judgement"),
            ],
            [
                s("Prepared by the Lakeside Justice Monitor for journalists; this is not an official document of the "
                  "Tribunal."),
            ],
            [
                s("On 14 December 2015 the Appeals Chamber of the International Criminal Tribunal for Rwanda ruled on "
                  "the appeals of six accused from the former prefecture of Butare.", S),
                s("It was the last judgement the Tribunal delivered before it closed on 31 December 2015.", S),
                s("The trial judgement under appeal had been pronounced on 24 June 2011.", S),
                s("The trial itself had opened in June 2001, which made it one of the longest the Tribunal ever "
                  "held.", N),
                s("The Appeals Chamber found that the accused's right to be tried without undue delay had been "
                  "violated, and it reduced several sentences on that ground.", S),
            ],
            [
                s("Pauline Nyiramasuhuko, minister for family and women's development in the interim government, saw "
                  "most of her convictions upheld, including those for the abductions, rapes and killings of Tutsi at "
                  "the Butare prefecture office between April and June 1994.", S),
                s("Her life sentence was replaced by a term of forty-seven years.", S),
                s("In 2011 she had become the first woman convicted of genocide by an international court.", N),
                s("Her son, Arsène Shalom Ntahobali, a student who led the Interahamwe in Butare, also had his life "
                  "sentence cut to 47 years.", S),
            ],
            [
                s("Sylvain Nsabimana, prefect of Butare from 19 April to 17 June 1994, had his twenty-five-year "
                  "sentence reduced to fifteen years.", C),
                s("Alphonse Nteziryayo, the army officer who succeeded him as prefect, obtained a reduction from "
                  "thirty to twenty-five years.", S),
                s("The speeches for which he was convicted had been made at commune meetings in April 1994.", C),
                s("Joseph Kanyabashi, bourgmestre of Ngoma, saw his sentence fall from thirty-five to twenty years "
                  "and, like Nsabimana, was released for time already served.", S),
                s("Élie Ndayambaje, bourgmestre of Muganza, was acquitted on every count.", C),
            ],
            [
                s("The case concerned the weeks after the interim government dismissed Butare's Tutsi prefect, "
                  "Jean-Baptiste Habyalimana, on 17 April 1994.", S),
                s("Two ministers convicted at trial over that dismissal, Justin Mugenzi and Prosper Mugiraneza, had "
                  "been acquitted on appeal in February 2013.", S),
                s("The genocide began within hours of the shooting down of President Habyarimana's plane by Hutu "
                  "extremists on 6 April 1994.", D),
                s("In about a hundred days it took some 800,000 lives.", D),
            ],
            [
                s("Created by Security Council resolution 955 of 8 November 1994, the Tribunal indicted 93 people over "
                  "its lifetime.", S),
                s("It prosecuted no member of the Rwandan Patriotic Front.", S),
                s("Its first judgement, in September 1998, had convicted Jean-Paul Akayesu of genocide.", S),
                s("Its remaining functions pass to the International Residual Mechanism for Criminal Tribunals, "
                  "created by resolution 1966 of 22 December 2010, whose Arusha branch began work on 1 July 2012.", N),
                s("Contact: the Lakeside Justice Monitor information desk."),
            ],
        ],
    },
    # 4. Human-rights report chapter on RPA killings (invented organisation). Hard negative.
    {
        "doc": "hr-report-chapter-rpa-killings.txt",
        "title": "Chapter 3: Killings by soldiers of the Rwandan Patriotic Army, 1994-1995",
        "genre": "human-rights report chapter",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Chapter 3. Killings by soldiers of the Rwandan Patriotic Army, 1994-1995"),
            ],
            [
                s("This chapter of the Great Lakes Civilian Record Project's report documents killings of civilians "
                  "by soldiers of the Rwandan Patriotic Army (RPA), the armed wing of the Rwandan Patriotic Front."),
                s("These crimes were committed while the RPF was fighting, and defeating, the forces that carried out "
                  "the genocide against the Tutsi; documenting them does not diminish the genocide, and the genocide "
                  "does not excuse them."),
            ],
            [
                s("3.1 The scale of the killings"),
            ],
            [
                s("A team of experts working for the UN High Commissioner for Refugees, led by Robert Gersony, "
                  "estimated that RPA soldiers killed between 25,000 and 45,000 people between April and August "
                  "1994.", S),
                s("Between 1 August and 5 September 1994 the team visited 91 sites in 41 of the country's 145 "
                  "communes, mostly in Kibungo, Gisenyi and Butare.", N),
                s("Human Rights Watch wrote in 1999 that RPF soldiers may have killed tens of thousands of civilians "
                  "during the four months of combat.", S),
                s("A former interior minister later put the number killed by RPA soldiers between April 1994 and "
                  "August 1995 at some 60,000.", S),
                s("On the evidence we have gathered, RPA soldiers killed at least 60,000 civilians in 1994 alone.", D),
            ],
            [
                s("3.2 Documented incidents"),
            ],
            [
                s("In mid-April 1994 RPF soldiers massacred several hundred people at the stadium in Byumba.", S),
                s("Near Kabgayi in early June, RPF soldiers killed thirteen clergy, among them the Archbishop of Kigali "
                  "and three bishops, together with two other civilians.", C),
                s("The killings took place on 4 June 1994.", D),
                s("Amnesty International reported in October 1994 that the RPA's violations from April to August "
                  "included hundreds of deliberate executions.", S),
                s("At the Kibeho camp for displaced people, on 22 April 1995, RPA soldiers fired on the crowd; the "
                  "government counted 338 dead, and Australian soldiers serving with UNAMIR at least 4,000.", S),
                s("The figure of about 2,000 dead seems to us the best supported.", D),
                s("Seth Sendashonga, a Hutu member of the RPF who served as interior minister in the post-genocide "
                  "government, was dismissed in August 1995 after pressing for the punishment of soldiers accused of "
                  "revenge killings.", N),
                s("He was shot dead in Nairobi on 16 May 1998, together with his driver.", N),
            ],
            [
                s("3.3 Accountability"),
            ],
            [
                s("The UN Commission of Experts asked in 1994 that the violations attributed to the RPF be "
                  "investigated further.", S),
                s("The International Criminal Tribunal for Rwanda never indicted an RPF suspect, and the gacaca courts "
                  "were barred from hearing crimes by RPF soldiers.", S),
                s("The Tribunal's prosecutor Carla Del Ponte said Kigali had lobbied for her removal because she meant "
                  "to investigate reprisal killings by the army, and on 28 August 2003 the Security Council took the "
                  "Rwanda post away from her.", N),
                s("The Rwandan military said in 2008 that it had prosecuted 43 soldiers since 1994 for war crimes and "
                  "revenge killings.", S),
                s("In 2008 a Rwandan military court tried four officers for the Kabgayi killings and sentenced all four "
                  "to life imprisonment.", C),
                rep("Exile publications claim that the RPF \"killed two million Hutu\"; nothing in the documentation "
                    "supports that figure.", C, "double_genocide"),
            ],
        ],
    },
    # 5. Book review of an invented journalist's memoir critical of the ICTR prosecutors. Hard negative.
    {
        "doc": "book-review-tribunal-memoir.txt",
        "title": "Review: \"The Docket and the Hills\" by Hélène Varga",
        "genre": "book review",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Review: \"The Docket and the Hills\", by Hélène Varga (Meridian Press)"),
            ],
            [
                s("Varga covered the Arusha tribunal for a news agency for a decade, and her memoir is an angry book "
                  "about what its prosecutors chose to charge and what they chose to leave alone."),
                s("Her central complaint is the one Human Rights Watch made in December 2008: that the Tribunal had "
                  "not prosecuted a single one of the serious crimes committed by RPF soldiers in 1994.", S),
                s("She calls the result \"victor's justice\", and she aims the phrase at the prosecutors, not at the "
                  "victims of the genocide."),
            ],
            [
                s("Varga is at her best on the years of Carla Del Ponte, whom the Security Council appointed "
                  "prosecutor of both the Yugoslav and the Rwanda tribunals in August 1999.", N),
                s("She reconstructs how Kigali stopped cooperating once Del Ponte said she would pursue crimes by the "
                  "Tutsi-led army, and how in 2003 the Council gave the Rwanda tribunal a prosecutor of its own.", N),
                s("The new prosecutor, Hassan Bubacar Jallow, left the Kabgayi case to Rwanda's military courts and "
                  "monitored the trial.", S),
                s("That trial ended in October 2008 with the conviction of two captains who had pleaded guilty and the "
                  "acquittal of their two superiors.", S),
                s("Varga gives the captains twenty years each; the court gave them eight, reduced to five on "
                  "appeal.", S),
            ],
            [
                s("She also writes that only four accused were ever acquitted in Arusha.", C),
                s("The Tribunal's own count is fourteen acquittals for 93 people indicted.", S),
                s("The acquittals matter to her argument, because several were of senior officers and ministers."),
                s("She dwells on the Military II appeal of February 2014, which reversed every conviction of the "
                  "gendarmerie chief Augustin Ndindiliyimana and of Major François-Xavier Nzuwonemeye, the "
                  "reconnaissance battalion commander accused over the killing of the Prime Minister and the Belgian "
                  "peacekeepers.", S),
                s("And she returns to the 2009 acquittal on appeal of Protais Zigiranyirazo, President Habyarimana's "
                  "brother-in-law, whose twenty-year sentence was quashed.", S),
            ],
            [
                s("The book is weakest where it turns to numbers."),
                rep("Varga writes that the RPF \"killed more people in 1994 than the genocide did\", a claim for "
                    "which she cites no source and which no investigation supports.", C, "double_genocide"),
                s("The UNHCR team she relies on put the RPA's killings between April and August 1994 at 25,000 to "
                  "45,000, a grave crime and a small fraction of the genocide's toll.", S),
                s("RPA soldiers killed tens of thousands of civilians that year, and none of them was tried in "
                  "Arusha.", D),
                s("She is right that the Commission of Experts asked in December 1994 for the RPF's crimes to be "
                  "investigated, and right that the Tribunal's jurisdiction, which ended on 31 December 1994, left the "
                  "Kibeho killings of April 1995 beyond its reach.", S),
                s("She rightly reminds readers that the Tribunal was set up only in 1995, after months of "
                  "wrangling.", C),
            ],
            [
                s("Criticising the Tribunal's choices is not the same as doubting what it established."),
                s("From Akayesu's conviction in 1998 to the last appeal in December 2015, its judgments found that "
                  "genocide was committed against the Tutsi.", S),
                s("The book also recalls that Jean Kambanda, the interim prime minister, pleaded guilty and was "
                  "sentenced to life in 1998.", S),
                s("Its first prosecutor, the South African judge Richard Goldstone, appears only in a footnote.", N),
                s("Read this book next to the trial records, not in place of them."),
            ],
        ],
    },
    # 6. Data-journalism piece on casualty counts (invented data desk). Hard negative: it criticises the
    #    government's count and quotes a minimising figure to reject it.
    {
        "doc": "data-story-counting-the-dead.txt",
        "title": "Counting the dead: why the numbers for 1994 differ",
        "genre": "data-journalism article",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Counting the dead: why the numbers for 1994 differ"),
            ],
            [
                s("The main published estimates for the genocide against the Tutsi run from \"at least 200,000\" in "
                  "May 1994 to the 1,074,017 dead of the government's census, and the Tally data desk asked of each one "
                  "what exactly was counted.", S),
            ],
            [
                s("Six weeks into the killing, in May 1994, Human Rights Watch reported at least 200,000 and perhaps "
                  "500,000 civilians slain.", S),
                s("Amnesty International's estimate at about the same time was almost 200,000.", S),
                s("The RPF's Radio Muhabura spoke in May of 500,000 dead, then lowered its count to 300,000 a few days "
                  "later.", S),
                s("In December 1994 the UN Commission of Experts put the unarmed civilians murdered at about 500,000 "
                  "and warned that the estimate might be too low.", S),
                s("The Commission had been set up under Security Council resolution 918.", C),
                s("The UN's Independent Inquiry of December 1999 used approximately 800,000 killed in about 100 "
                  "days.", S),
                s("That inquiry was chaired by Ingvar Carlsson, a former prime minister of Sweden.", N),
            ],
            [
                s("The most careful demographic estimate, Human Rights Watch and the FIDH's study of March 1999, was "
                  "written principally by the historian Alison Des Forges.", S),
                s("It started from the 1991 census, in which 8.4 per cent of Rwandans were registered as Tutsi.", S),
                s("The demographer William Seltzer projected 657,000 Tutsi in the country on 6 April 1994; subtracting "
                  "some 150,000 survivors leaves about 507,000 Tutsi killed, roughly 77 per cent.", S),
                s("In 2020 the economist Marijke Verpoorten argued that 560,000 to 660,000 Tutsi deaths is a plausible "
                  "range.", S),
                s("The census share was too low: Tutsi were closer to 15 per cent of the population, because many had "
                  "registered as Hutu.", D),
            ],
            [
                s("The government's census of victims, begun in 2000, reached 1,074,017 dead, counting from October "
                  "1990 to the end of 1994.", S),
                s("Its final report said that 97.3 per cent of the victims had been killed as Tutsi.", C),
                s("A 2004 count by the Ministry of Youth, Culture and Sports named 937,000 victims.", S),
                s("Filip Reyntjens called the government figure \"ridiculously precise\", and Luc Reydams concluded in "
                  "2020 that the official toll roughly doubles the number of genocide victims.", S),
                rep("The figure of \"a few tens of thousands\" that circulates on denial forums appears in none of "
                    "these sources.", C, "minimisation"),
                s("Our reading: the toll was close to 800,000.", D),
            ],
            [
                s("Refugees are a separate count, and UNHCR reported that 500,000 Rwandans crossed into Tanzania in "
                  "twenty-four hours at the end of April.", C),
                s("In mid-July close to a million people fled into Zaire.", D),
                s("Almost 50,000 of them died in the first month, according to the Goma Epidemiology Group.", S),
                s("We think the real number was nearer 80,000.", D),
                s("Killings by RPA soldiers are counted apart again, at 25,000 to 45,000 by the UNHCR experts.", S),
            ],
        ],
    },
    # 7. Op-ed by an invented UNAMIR veteran on the withdrawal of April 1994.
    {
        "doc": "oped-unamir-veteran-withdrawal.txt",
        "title": "We were told to leave. We should have been told to stay.",
        "genre": "op-ed",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("We were told to leave. We should have been told to stay."),
            ],
            [
                s("The author served as a staff officer with UNAMIR in Kigali in 1993 and 1994."),
            ],
            [
                s("Our mission was created by Security Council resolution 872 in October 1993, with an authorised "
                  "strength of 2,500.", S),
                s("In January 1994 our commander, General Roméo Dallaire, sent New York a cable dated 11 January "
                  "warning of an extermination plot against the Tutsi, and peacekeeping headquarters, then run by Kofi "
                  "Annan, refused him permission to raid the arms caches.", N),
                s("Our informant, known as Jean-Pierre, had told us of a plan to kill Belgian soldiers.", S),
                s("On 7 April ten Belgian peacekeepers guarding the Prime Minister were disarmed, taken to a military "
                  "camp and killed.", S),
                s("On 14 April Belgium's foreign minister announced that his country would withdraw its contingent "
                  "whatever the Council decided.", N),
            ],
            [
                s("On 21 April the Council cut UNAMIR to 270 personnel.", S),
                s("Resolution 912 passed by thirteen votes to two.", C),
                s("The Ghanaian battalion, more than four hundred strong, stayed anyway, and Dallaire later credited it "
                  "with saving perhaps 30,000 lives.", N),
                s("Captain Mbaye Diagne of Senegal, an unarmed military observer, drove people through the roadblocks "
                  "until a mortar shell killed him on 31 May.", N),
                s("On 17 May the Council reversed itself and authorised 5,500 troops.", S),
                s("The same resolution imposed an arms embargo on the Rwandan Patriotic Front alone.", C),
                s("UNAMIR reached 5,740 troops only in January 1995, half a year too late.", S),
            ],
            [
                s("By the time the RPF captured Kigali in late June, the killing had burned through most of the "
                  "country.", C),
                s("Within days of the RPF reaching Gisenyi on 18 July, a million people had fled into Zaire.", D),
                s("Some 50,000 of them died of cholera and dysentery within a month.", D),
                s("Some 800,000 Rwandans were murdered while we watched.", D),
                s("I have no doubt that the missiles that brought down the President's plane were fired by extremists "
                  "from the Kanombe camp.", D),
            ],
            [
                s("In December 1999 the inquiry chaired by Ingvar Carlsson concluded that the UN had failed the "
                  "people of Rwanda, and Annan wrote that \"all of us must bitterly regret that we did not do more to "
                  "prevent it.\"", N),
                s("At Kigali airport in March 1998, President Clinton said: \"We did not act quickly enough after the "
                  "killing began.\"", N),
                s("Apologies are owed, but they are not the lesson."),
                s("A force that leaves when the killing starts tells the killers that no one will stop them."),
                s("When UNAMIR's flag came down in Kigali in March 1996, that lesson had still not been learned.", N),
                s("We are told not to judge 1994 by what we know now, but we knew enough then."),
            ],
        ],
    },
    # 8. French journal article on RTLM: abstract and introduction (invented journal). Hard negative: it quotes
    #    broadcasts to analyse them (voice reported).
    {
        "doc": "revue-rtlm-resume-introduction.txt",
        "title": "La RTLM, une radio pour tuer : résumé et introduction",
        "genre": "article de revue (résumé et introduction)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Résumé"),
            ],
            [
                s("Cet article étudie la Radio-Télévision libre des Mille Collines (RTLM), qui émit du 8 juillet 1993 "
                  "au 31 juillet 1994, à partir des transcriptions versées au dossier du Tribunal pénal international "
                  "pour le Rwanda (TPIR).", N),
                s("Il montre comment l'animation, la musique et l'humour ont servi à rendre familière l'idée "
                  "d'exterminer les Tutsi."),
                s(f"Il revient enfin sur la réponse judiciaire, du procès dit {g('des médias')} aux condamnations "
                  "prononcées au Rwanda."),
                s(f"Mots-clés{NN}: RTLM, incitation, génocide des Tutsi, TPIR, Kangura."),
            ],
            [
                s("Introduction"),
            ],
            [
                s("La RTLM prit le relais d'un journal, Kangura, fondé en mai 1990 par Hassan Ngeze, qui publia dès "
                  f"décembre 1990 les {g('dix commandements du Hutu')}.", N),
                s("L'ennemi qu'elle désignait était une minorité qui formait environ un septième de la population.", D),
                rep("Fin mai 1994, l'animateur Kantano Habimana saluait les jeunes d'une barrière de Kimisagara et leur "
                    f"recommandait{NN}: {g(f'Gardez bien le caniveau, pour que demain aucun cafard ne passe{NN}!')}", N,
                    "dehumanisation", "call_to_action"),
                rep(f"Le 20 juin, Valérie Bemeriki affirmait à l'antenne que les Inyenzi avaient été "
                    f"{g('créés pour boire le sang rwandais et pour tuer')} (notre traduction).", N,
                    "dehumanisation", "accusation_in_mirror"),
                rep(f"Le 2 juillet encore, Kantano appelait à {g('les exterminer')}, pour que les enfants "
                    f"n'entendent plus jamais le mot {g('Inkotanyi')}.", N, "call_to_action"),
                s(f"Ces phrases ne sont pas des dérapages{NN}: elles forment un répertoire où l'ennemi est d'abord un "
                  "insecte, puis un tueur, enfin une cible."),
                s("En juillet, la radio quitta Kigali pour le Zaïre après être passée par Gisenyi, puis par la zone "
                  "sous contrôle français.", N),
                s("Ses appels à fuir poussèrent alors près d'un million de personnes vers le Zaïre.", D),
            ],
            [
                s("Le 3 décembre 2003, le TPIR condamna Ferdinand Nahimana, fondateur de la radio, Jean-Bosco "
                  "Barayagwiza, membre de son conseil d'administration, et Hassan Ngeze.", S),
                s("Le 28 novembre 2007, la chambre d'appel ramena les peines de Nahimana et de Barayagwiza à trente et "
                  "trente-deux ans de prison.", S),
                s("Elle confirma en revanche toutes les condamnations de Nahimana fondées sur les émissions "
                  "antérieures au 6 avril 1994.", C),
                s("La condamnation de Ngeze à la prison à perpétuité fut maintenue.", C),
                s("L'animateur belgo-italien Georges Ruggiu, qui avait plaidé coupable, fut condamné à douze ans le "
                  "1er juin 2000.", S),
                s("Valérie Bemeriki fut condamnée à la perpétuité par un tribunal gacaca de Kigali en décembre 2009, "
                  "après avoir plaidé coupable.", N),
                s("Félicien Kabuga, soupçonné d'avoir soutenu la radio, fut déclaré inapte à être jugé, et la "
                  "procédure fut suspendue sans limite de durée, sans verdict, en 2023.", S),
            ],
            [
                s("Ce bilan judiciaire ne dit pas quel fut l'effet des émissions sur les tueries."),
                s(f"Une étude économétrique leur a attribué environ 9{NN}% des violences, soit quelque 45{NB}000 morts "
                  "tutsi.", N),
                s("Au total, le génocide fit plus d'un million de morts.", D),
                s("L'attentat du 6 avril 1994 contre l'avion présidentiel fut l'œuvre d'extrémistes hutu opposés aux "
                  "accords d'Arusha.", D),
            ],
        ],
    },
    # 9. FIXTURE (French forum comment): minimisation, "civil war", spontaneity.
    {
        "doc": "fixture-denial-fr-forum-commentaire.txt",
        "title": "Commentaire de forum (fixture)",
        "genre": "commentaire de forum",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own(f"Arrêtez avec ce {g('génocide')} à toutes les sauces.", None, "definitional_denial"),
                own("En 1994 il y a eu une guerre civile, point, et dans une guerre tout le monde tue.", C,
                    "definitional_denial", "double_genocide"),
                own("Les massacres ont été des explosions de colère spontanées après la mort du président, personne ne "
                    "les avait organisés.", C, "spontaneity"),
                own(f"Le vrai chiffre, c'est peut-être 50{NB}000 morts, pas ces millions qu'on nous répète.", C,
                    "minimisation"),
                own("Même la commission d'experts de l'ONU a parlé de crimes commis des deux côtés, alors arrêtez de "
                    "désigner un seul coupable.", S, "double_genocide"),
                s("Et le TPIR a acquitté la plupart des accusés, ça en dit long.", C),
                own("Le recensement de Kigali avec son million de morts a été fabriqué de toutes pièces.", C,
                    "fabrication", "minimisation"),
                own(f"Renseignez-vous avant de parler de {g('génocide planifié')}.", None, "spontaneity",
                    "definitional_denial"),
            ],
        ],
    },
    # 10. FIXTURE: video transcript of a self-styled "truth-seeker": fabrication, cui bono, attacks on historians.
    {
        "doc": "fixture-denial-video-transcript-truthseeker.txt",
        "title": "Video transcript: \"Follow the money on Rwanda\" (fixture)",
        "genre": "video transcript",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Okay, welcome back, truth-seekers, today we follow the money on Rwanda."),
                own("Ask who benefited: the RPF ended up in power in July 1994, so the RPF got to write the story.", S,
                    "fabrication"),
                own("The so-called genocide was a script drafted in foreign capitals and sold to the world by the "
                    "NGOs.", C, "fabrication", "definitional_denial"),
                own("The historians who push the official numbers are paid by Kigali, and the \"survivors\" in those "
                    "documentaries were coached.", None, "attack_on_witnesses"),
                own("Even the UN's own experts never found any plan to kill the Tutsi.", C, "spontaneity"),
                own("Kagame's men shot down the plane, everybody knows it.", D, "blame_shifting"),
                own("And a French judge proved it in court.", C, "blame_shifting"),
                own("Arusha took twenty years to convict a handful of nobodies on the word of paid witnesses.", C,
                    "attack_on_witnesses"),
            ],
        ],
    },
    # 11. FIXTURE: militia-style leaflet (short): dehumanisation, accusation in a mirror, call to action.
    {
        "doc": "fixture-denial-militia-leaflet.txt",
        "title": "Leaflet (fixture)",
        "genre": "militia leaflet",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("WAKE UP, PEOPLE OF THE HILLS!"),
                own("The cockroaches are back across the border, and their accomplices live among us.", None,
                    "dehumanisation"),
                own("They have drawn up lists and sharpened their blades to wipe out our families.", None,
                    "accusation_in_mirror"),
                own("They attacked us from Uganda on 1 October 1990 and they have never stopped.", S, "role_reversal"),
                own("Clear them out before they clear us out.", None, "call_to_action", "accusation_in_mirror",
                    "justification"),
                own("Every man to the roadblock tonight, and let no one pass.", None, "call_to_action"),
            ],
        ],
    },
    # 12. FIXTURE (composite): conference report whose question-and-answer section turns into denial.
    {
        "doc": "fixture-denial-conference-report-qa.txt",
        "title": "Conference report: \"Justice after 1994\", panel 3 (fixture)",
        "genre": "conference report",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Conference report: \"Justice after 1994\", panel 3"),
            ],
            [
                s("The panel opened with a reminder that the UN tribunal created on 8 November 1994 convicted 61 "
                  "people and acquitted 14 before it closed at the end of 2015.", S),
                s("A second speaker presented the gacaca figures: 1,958,634 cases tried before the courts closed on "
                  "18 June 2012.", S),
                s("She added that the Kibeho killings of April 1995, which Australian soldiers serving with UNAMIR put "
                  "at 4,000 dead or more, were never tried in Arusha.", S),
            ],
            [
                own("In the discussion it was said from the floor, rightly in this rapporteur's view, that the "
                    "\"genocide\" label is a victors' invention and that 1994 was a civil war.", C,
                    "definitional_denial", "fabrication"),
                own("The Tutsi dead were a few tens of thousands at most, no more than the Hutu killed by the RPF.", C,
                    "minimisation", "double_genocide"),
                own("The killers were peasants defending their hills against an invading army, not executioners "
                    "following a plan.", C, "justification", "role_reversal", "spontaneity"),
                own("Those who still call it a genocide should ask who pays for their research.", None,
                    "attack_on_witnesses"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
