"""Source of the TRAINING labelled set check-train26 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train26/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train26/build_set.py --check  # validate the files already written

A training set, written blind: its rows train the checker's learned layers (above all the verdict layer); it is
not a measure of unseen text and should not be reported as one. New genres (parliamentary written questions, a
podcast transcript, an encyclopedia entry on one ICTR trial, a school textbook chapter, a diplomatic briefing note
on the UN's 1994 decisions, a book review, an NGO report excerpt on RPA killings, a French conference report, and
four short fixtures), with many honest-looking contradicted claims, supported claims phrased far from the record,
own-voice disputed quantities and verified claims outside the record. Its author did not read the detectors,
their rules, exemplars or training data, nor any other set's documents or labels (only
benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, the first lines of
the check-blind5 build script and its README as templates, and the list TECHNIQUES in
src/factfinder/check/model.py). Verdicts were decided against the record alone: examples/ (FACTS.md and the sample
documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Keep it that way: do not
copy these sentences into rules or exemplars, and do not use this set as a measure.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling rules and the sources
of every true fact.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with

NBSP, NNBSP = "\u00a0", "\u202f"


def fr(text: str) -> str:
    """French typography: no-break space before : and inside « », narrow no-break space before ; ! ?
    and as the thousands separator."""
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»").replace(" :", NBSP + ":")
    for p in (";", "!", "?"):
        text = text.replace(" " + p, NNBSP + p)
    return re.sub(r"(?<=\d) (?=\d{3}\b)", NNBSP, text)


DOCS: list[dict] = [
    # 1. Parliamentary written questions and answers (invented parliament, member and minister).
    {
        "doc": "written-questions-rwanda-paper.txt",
        "title": "Written Questions and Answers, Paper 14: Rwanda",
        "genre": "parliamentary written questions and answers",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [s("Written Questions and Answers, Paper 14: Rwanda")],
            [s("Question 1 (Member for Eastbrook Vale): What did the Security Council decide about its mission in Rwanda in the spring of 1994?"),
             s("Answer (Minister of State for Africa): On 21 April 1994, a fortnight after the killings began, the Council decided without a dissenting vote to reduce UNAMIR to some 270 personnel.", S),
             s("The mission had been set up in October 1993 with an authorised strength of two thousand five hundred.", S),
             s("Only on 17 May did the Council authorise an expanded force of up to 5,500 and an embargo on arms deliveries to Rwanda.", S)],
            [s("Question 2: What death toll does the Government use?"),
             s("Answer: Rwanda's own census of victims, in its final report of November 2002, counted 1,074,017 dead between 1 October 1990 and 31 December 1994.", S),
             s("Human Rights Watch concluded in 1999 that at least half a million people had been killed, roughly three quarters of Rwanda's Tutsi.", S),
             s("In the Minister's own assessment, the toll was close to 800,000.", D),
             s("Beyond Rwanda's borders, about a million people fled into Zaire in July 1994, and close to 80,000 of them died in the camps around Goma.", D)],
            [rep("Question 3: A constituent has sent the Member a leaflet asserting that “the so-called genocide was a two-sided civil war with equal losses”; what is the Government's assessment?", C,
                 "definitional_denial", "double_genocide"),
             s("Answer: The UN Commission of Experts reported in December 1994 that Hutu elements had carried out acts of genocide against the Tutsi in a concerted, planned, systematic and methodical way.", S),
             s("The same Commission found crimes against humanity on both sides but no evidence that the Tutsi side had sought to destroy the Hutu as a group.", S),
             s("Killings of civilians by RPF soldiers, put by a UNHCR team at 25,000 to 45,000 between April and August 1994, are real and deserve justice; they do not turn 1994 into a second genocide.", S)],
            [s("Question 4: Will the Minister update the House on the case of Félicien Kabuga?"),
             s("Answer: Mr Kabuga was arrested near Paris on 16 May 2020, after twenty-five years on the run.", N),
             s("His trial opened before the Residual Mechanism in The Hague on 29 September 2022.", N),
             s("After he was found unfit to stand trial, the Mechanism's Appeals Chamber directed in August 2023 that the proceedings be stayed indefinitely, so no verdict will be given.", S),
             s("The tribunal whose unfinished work the Mechanism carries on had been created by the Security Council in November 1995.", C)],
            [s("Question 5: How is the anniversary observed, and what have other governments acknowledged?"),
             s("Answer: The General Assembly designated 7 April as an international day of reflection by resolution 58/234 of 23 December 2003, and since January 2018 the day's title has named the genocide against the Tutsi.", N),
             s("On 7 April 2000 the Belgian Prime Minister asked Rwandans for forgiveness in the name of his country.", N),
             s("Belgium had lost twelve of its peacekeepers in Kigali on 7 April 1994.", C),
             s("Two years before that apology, the President of the United States had acknowledged at Kigali airport that the world had not acted quickly enough.", N)],
        ],
    },
    # 2. Podcast transcript: a host and an invented historian; hate media quoted to analyse it.
    {
        "doc": "podcast-transcript-hate-media.txt",
        "title": "Long Memory, episode 41: Words before the killing",
        "genre": "podcast interview transcript",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [s("Long Memory, episode 41: “Words before the killing” (transcript)")],
            [s("HOST: Welcome back; my guest is the historian Ines Marwood, and I'd like to start with the war that came before the genocide."),
             s("MARWOOD: It began on 1 October 1990, when the Rwandan Patriotic Front attacked from Uganda.", S),
             s("MARWOOD: Within ten weeks, in its December 1990 issue, the paper Kangura printed what it called the Ten Commandments of the Bahutu.", N),
             rep("MARWOOD: Its preamble told readers that the Batutsi were “bloodthirsty and power-hungry” and meant to impose their hegemony “using armed force”.", None,
                 "accusation_in_mirror", "dehumanisation"),
             rep("MARWOOD: And the eighth commandment was a single line: “Hutus must cease having pity for the Tutsi.”", None, "call_to_action"),
             s("MARWOOD: Its editor, Hassan Ngeze, was convicted by the tribunal in Arusha in December 2003, and in 2007 the Appeals Chamber reduced his life sentence to thirty-five years.", S)],
            [s("HOST: And the radio station?"),
             s("MARWOOD: Radio Télévision Libre des Mille Collines started broadcasting in July 1993, a month before the Arusha agreement was signed.", N),
             s("MARWOOD: Its founder, Ferdinand Nahimana, was sentenced to life at first instance; the Appeals Chamber cut that to thirty years but kept his convictions for incitement and persecution.", S),
             s("MARWOOD: One of its presenters, Georges Ruggiu, a French citizen, pleaded guilty and received twelve years in June 2000.", C),
             s("MARWOOD: The singer Simon Bikindi, whose case was about public calls to kill Tutsi, was acquitted on appeal in 2010.", C)],
            [s("HOST: What did the broadcasts actually say?"),
             rep("MARWOOD: On 2 July 1994 Kantano Habimana called the Inkotanyi “a species of bad people” and told listeners they should stand up and “exterminate” them.", N,
                 "dehumanisation", "call_to_action"),
             rep("MARWOOD: On another tape from that day he asked them to “stand firm and exterminate them”, so that their grandchildren would never hear the word Inkotanyi again.", N,
                 "call_to_action"),
             s("MARWOOD: Hate speech was older than the radio: in November 1992 at Kabaya, Léon Mugesera gave the speech for which a Rwandan court sentenced him to life in 2016, four years after Canada deported him.", S),
             rep("MARWOOD: He told the crowd the Tutsi should go back to Ethiopia by the short route of the Nyabarongo river.", N, "call_to_action")],
            [s("HOST: How many people were killed in the end?"),
             s("MARWOOD: My own estimate is about half a million Tutsi, and I think the higher official counts overstate it.", D),
             s("MARWOOD: Human Rights Watch got to some 507,000 by subtracting roughly 150,000 survivors from an estimated 657,000 Tutsi.", S),
             s("MARWOOD: Marijke Verpoorten has argued that 560,000 to 660,000 Tutsi deaths is a plausible range, so colleagues disagree.", S),
             s("MARWOOD: The woman who wrote most of that Human Rights Watch report, Alison Des Forges, was killed in a plane crash near Buffalo in February 2009.", N),
             s("MARWOOD: Sexual violence was on a vast scale too: more than 350,000 women were raped.", D),
             s("MARWOOD: As for the president's plane, I'm fairly confident it was shot down by extremists in his own camp.", D),
             s("MARWOOD: The killing went on for about a hundred days, until the RPF defeated the army in July.", S)],
        ],
    },
    # 3. Encyclopedia-style entry on one ICTR trial (facts from the proceedings CSV only).
    {
        "doc": "encyclopedia-kayishema-ruzindana.txt",
        "title": "Prosecutor v. Kayishema and Ruzindana",
        "genre": "encyclopedia entry on a trial",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": False,
        "paragraphs": [
            [s("Prosecutor v. Kayishema and Ruzindana")],
            [s("Prosecutor v. Kayishema and Ruzindana (ICTR-95-1) was a joint trial, before the International Criminal Tribunal for Rwanda, of two men accused of genocide in Kibuye prefecture in 1994.", S)],
            [s("Background")],
            [s("Clément Kayishema was the mayor of Kibuye town during the genocide.", C),
             s("His co-accused, Obed Ruzindana, was a businessman.", S)],
            [s("Judgment")],
            [s("Judgment at first instance was delivered on 21 May 1999.", S),
             s("Kayishema, found guilty on four counts of genocide, was sentenced to life imprisonment.", S),
             s("Ruzindana was convicted on one count of genocide and received a term of twenty-five years.", S),
             s("The attacks for which Ruzindana was convicted were carried out against Tutsi in Bisesero between 9 April and 30 June 1994.", S)],
            [s("Appeal")],
            [s("Both appeals were rejected on 1 June 2001, and the judgment and sentences were affirmed.", S),
             s("A prosecution appeal seeking life imprisonment for Ruzindana was declared inadmissible.", S),
             s("The Appeals Chamber also upheld Jean-Paul Akayesu's life sentence on the same day.", S)],
            [s("Related cases")],
            [s("Other trials concerned the same region: Alfred Musema, who ran the Gisovu tea factory, was sentenced to life in January 2000, and the former information minister Eliézer Niyitegeka received a life term in May 2003.", S),
             s("On appeal, Musema's conviction for rape was quashed while those for genocide and extermination stood.", S),
             s("Elizaphan Ntakirutimana, a senior Adventist pastor at Mugonero, was acquitted of every charge concerning Bisesero.", C),
             s("Gérard Ntakirutimana, a doctor at the Mugonero Adventist hospital, received twenty-five years.", S),
             s("Vincent Rutaganira, a sector councillor at Mubuga, pleaded guilty over the massacre of refugees in Mubuga church between 8 and 15 April 1994 and was sentenced to six years in 2005.", S),
             s("At Nyange, also in Kibuye, a church sheltering some 2,000 Tutsi was destroyed on 16 April 1994, a crime for which the businessman Gaspard Kanyarukiga was convicted by a court in Rwanda.", C),
             s("In Sweden, the civil engineer Stanislas Mbanenande was sentenced to life in June 2013 for massacres in Kibuye.", S),
             s("In Paris, Claude Muhayimana, a driver who ferried gendarmes and militiamen to massacre sites including Bisesero, was sentenced to life imprisonment in 2021.", C)],
        ],
    },
    # 4. Secondary-school textbook chapter with review questions (quotes a denial claim in a question).
    {
        "doc": "textbook-chapter-genocide-1994.txt",
        "title": "Chapter 9: The genocide against the Tutsi in Rwanda, 1994",
        "genre": "school textbook chapter with review questions",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [s("Chapter 9: The genocide against the Tutsi in Rwanda, 1994")],
            [s("Belgian colonial officials issued identity cards in 1933 that classified every Rwandan as Hutu, Tutsi or Twa.", N),
             s("Rwanda gained its independence on 1 July 1962.", N),
             s("The 1991 census, the last before the genocide, recorded 8.4 per cent of the population as Tutsi.", S),
             s("Many historians believe the real share was higher, perhaps one Rwandan in seven.", D)],
            [s("On 1 October 1990 the Rwandan Patriotic Front, made up largely of Tutsi refugees, invaded from Uganda.", S),
             s("A peace agreement signed at Arusha, in Tanzania, in August 1992 promised shared government and a single army.", C)],
            [s("9.3 One hundred days")],
            [s("On the evening of 6 April 1994 the president's plane was shot down as it approached Kigali airport.", S),
             s("No court has ever established who fired.", S),
             s("The next day soldiers murdered the prime minister, Agathe Uwilingiyimana, together with the ten Belgian peacekeepers assigned to protect her.", S),
             s("In less than two months the killing was over.", C),
             s("It ended only when the RPF defeated the government army in July; Kigali fell on 4 July.", S),
             s("Some 2,500 French soldiers took part in Operation Turquoise, which declared a safe humanitarian zone in the south-west on 5 July.", S),
             s("The Security Council had authorised the operation unanimously.", C),
             s("Between 500,000 and 800,000 people fled into Zaire in July.", D),
             s("Some 95,000 children were orphaned, and at least 250,000 women were raped.", D),
             s("RPF soldiers also killed tens of thousands of civilians in 1994, crimes that were almost never tried.", D)],
            [s("9.4 Justice")],
            [s("The International Criminal Tribunal for Rwanda, set up by the UN in November 1994, sat in Arusha and closed at the end of 2015.", S),
             s("Its first conviction, of the former mayor Jean-Paul Akayesu, came in 1996.", C),
             s("By the time they closed on 18 June 2012, Rwanda's community gacaca courts had tried 1,958,634 cases.", S)],
            [s("Review questions")],
            [s("1. Why do published estimates of the death toll differ so widely?"),
             rep("2. A website claims that “fewer than 50,000 people died and nothing was planned”: using section 9.3, explain why historians reject this.", C,
                 "minimisation", "spontaneity")],
        ],
    },
    # 5. Diplomatic briefing note summarising the UN's decisions (invented ministry and desk).
    {
        "doc": "briefing-note-security-council-1994.txt",
        "title": "Briefing note: Security Council decisions on Rwanda, 1993-1995",
        "genre": "diplomatic briefing note",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": False,
        "paragraphs": [
            [s("Briefing note for the incoming Great Lakes desk officer: Security Council decisions on Rwanda, 1993–1995")],
            [s("This note summarises the Council's decisions in date order; dates and votes should be quoted from it rather than from memory."),
             s("UNAMIR was established by resolution 872 of 5 October 1993 to support the Arusha agreement, its tasks including the security of Kigali.", S),
             s("Its force commander, the Belgian general Roméo Dallaire, took command in October 1993.", C)],
            [s("On 5 April 1994, the day before the president's plane was shot down, resolution 909 unanimously extended the mandate to 29 July.", N),
             s("Sixteen days later, with the killings under way, resolution 912 cut the mission to about 270 personnel.", S),
             s("An expanded UNAMIR of up to 5,500 and an arms embargo followed under resolution 918 of 17 May.", S),
             s("Resolution 925 of 8 June, adopted unanimously, prolonged the mandate to 9 December 1994.", N),
             s("On 22 June resolution 929 authorised a temporary French-led operation under Chapter VII by twelve votes with three abstentions.", C),
             s("A safe humanitarian zone was declared in the south-west on 5 July.", S)],
            [s("Resolution 935 of 1 July had already asked the Secretary-General to form a Commission of Experts.", S),
             s("Kigali was taken by the RPF on the fourth of that month.", S),
             s("Gisenyi fell on 18 July, and in the following days the flight into Zaire reached its peak.", D),
             s("Of those who fled to Goma, close to 50,000 died within a month.", D),
             s("The last French troops left the zone on 21 September, handing over to African UNAMIR contingents.", C)],
            [s("Resolution 955 of 8 November created the International Criminal Tribunal for Rwanda by thirteen votes to one, with one abstention.", S),
             s("The vote against was cast by Rwanda, which then held a Council seat and objected that the tribunal could not impose the death penalty; China abstained.", N),
             s("On 30 November resolution 965 extended UNAMIR until 9 June 1995.", N),
             s("The Commission of Experts' final report, transmitted on 9 December 1994, found that the genocide had been planned and systematic.", S)],
            [s("In January 1995 UNAMIR still numbered some 5,740 troops.", S),
             s("Resolution 977 of 22 February 1995 fixed the tribunal's seat at Arusha.", N),
             s("The final extension, to 8 March 1996 and at a reduced strength of 1,200 troops, came with resolution 1029 in December 1995.", N),
             s("Comment: the Council's April decisions were taken while more than a million people were being killed, and they remain the most criticised of the series.", D)],
        ],
    },
    # 6. Book review of an invented history of the genocide, critical of its numbers.
    {
        "doc": "book-review-arithmetic-of-grief.txt",
        "title": "Review: The Arithmetic of Grief",
        "genre": "book review",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [s("Review: The Arithmetic of Grief: Counting Rwanda's Dead, by Tobias Wrenfield (Harrowgate University Press)")],
            [s("Tobias Wrenfield sets out to do something overdue: to set every count of the dead of 1994 side by side and ask what each one measures."),
             s("His best chapters follow the government's victim census from its launch in July 2000 to the final report of November 2002.", S),
             s("“The census counted 1,047,017 victims,” he writes.", C),
             s("The published figure is 1,074,017.", S),
             s("The 2004 count of 937,000 named victims, which he credits to the wrong ministry, came from the Ministry of Youth, Culture and Sports.", S),
             s("Wrenfield dates Leave None to Tell the Story to 1997.", C),
             s("It was published in March 1999 and written principally by Alison Des Forges.", S)],
            [s("He rightly takes from it the 1991 census's 8.4 per cent Tutsi share and William Seltzer's estimate of 657,000 Tutsi living in Rwanda on 6 April 1994.", S),
             s("He then divides the government's 1,074,017 by the 596,387 people registered as Tutsi in 1991 and announces that Kigali counts “twice the Tutsi population”.", C),
             s("The quotient is 1.80, and the two numbers do not even count the same people over the same years.", S),
             rep("His own conclusion, “around 350,000 dead in total”, sits below every considered estimate.", C, "minimisation"),
             s("As early as December 1994 the UN Commission of Experts spoke of some 500,000 unarmed civilians murdered and warned that the estimate might be conservative.", S),
             s("Between half a million and a million people were slaughtered before mid-July, and no honest method narrows that range much further.", D)],
            [s("Filip Reyntjens called the official figure “ridiculously precise”, and Luc Reydams has argued that it roughly doubles the number of genocide victims.", S),
             s("Marijke Verpoorten's study of Gikongoro, on the other hand, found that a Tutsi there had on average only a one-in-four chance of surviving.", S),
             s("My own reading puts Tutsi deaths nearer 600,000 than 500,000.", D),
             s("Count the Hutu victims as well and the total plainly passed 800,000.", D),
             s("On the eve of the genocide roughly one Rwandan in seven was Tutsi.", D)],
            [s("Wrenfield's comparative chapter is thinner."),
             s("He notes correctly that some 8,000 men and boys were murdered at Srebrenica in July 1995, a crime for which Ratko Mladić was sentenced to life on 22 November 2017.", N),
             s("But he ignores growth in the population base: Rwanda's 2022 census counted 13,246,394 residents, which makes per-capita comparisons across three decades treacherous.", N),
             s("Nor does he see that the UN expert whose 800,000 deaths he cites was counting deaths from all causes between April and July 1994, not the genocide alone.", S),
             s("A corrected edition would be welcome; this one cannot be trusted with its numbers.")],
        ],
    },
    # 7. NGO report excerpt documenting killings by RPA soldiers (invented NGO; survivors are composites).
    {
        "doc": "ngo-report-rpa-killings-1994.txt",
        "title": "Lakeshore Rights Monitor, report excerpt: killings by RPA soldiers, 1994-1995",
        "genre": "NGO report excerpt",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [s("Lakeshore Rights Monitor, report excerpt, chapter 3: killings by soldiers of the Rwandan Patriotic Army, April 1994 to April 1995")],
            [s("This chapter documents crimes committed by the army that ended the genocide; recording them neither diminishes the genocide against the Tutsi, described in chapters 1 and 2, nor places the two on the same footing."),
             s("Experts working for UNHCR estimated that RPA soldiers killed between 25,000 and 45,000 people from April to August 1994.", S),
             s("Robert Gersony's team reached that estimate after visiting 91 sites in 41 of the country's 145 communes between 1 August and 5 September 1994.", N),
             s("RPA soldiers killed tens of thousands of civilians during the four months of fighting from April to July.", D),
             s("Our own reconstruction suggests that well over 30,000 people died at their hands in 1994.", D),
             s("Human Rights Watch reports that a former interior minister of 1994–1995 estimated some 60,000 killed by RPA soldiers between April 1994 and August 1995.", S),
             s("Seth Sendashonga, interior minister in the government formed in July 1994, was dismissed in August 1995 and shot dead in Nairobi on 16 May 1998.", N)],
            [s("In mid-April 1994, several hundred people were massacred by RPF soldiers in the stadium at Byumba.", S),
             s("Near Kabgayi in early June, fifteen civilians were killed, thirteen of them clergy, among them the Archbishop of Kigali and two bishops.", S),
             s("They were killed on 4 June.", D),
             s("In October 1994 Amnesty International reported that the RPA's abuses since April included hundreds of deliberate executions.", S),
             rep("Survivors interviewed for this report, whose accounts are summarised here as composites, said the soldiers told them the dead were “all Interahamwe”.", None,
                 "justification")],
            [s("On 22 April 1995, four days after soldiers had encircled the Kibeho camp, RPA fire killed displaced people as the army closed the camp by force.", S),
             s("The camp then held some 120,000 people.", D),
             s("The government put the dead at 338; Australian soldiers serving with UNAMIR estimated at least 4,000.", S),
             s("About 2,000 died that day.", D)],
            [s("No member of the RPF or RPA was ever indicted by the tribunal in Arusha.", S),
             s("In 2008 Rwanda's military said it had prosecuted 43 soldiers since 1994 for war crimes and revenge killings.", S),
             s("According to the same military justice system, soldiers responsible for roughly a thousand civilian deaths had been brought to trial.", C),
             s("For the Kabgayi killings, two captains who pleaded guilty were given eight years in October 2008, reduced to five on appeal, while a general and a major were acquitted.", S),
             s("Gacaca courts, for their part, were barred from hearing crimes by RPF soldiers.", S),
             s("On 28 August 2003 the Security Council removed Carla Del Ponte as the tribunal's prosecutor; she blamed Kigali's lobbying over her plan to investigate the army's reprisal killings.", N),
             s("The UN Mapping Report, made public on 1 October 2010, documented later killings of Hutu refugees in Zaire that it said could be characterised as acts of genocide if proven before a court.", N)],
        ],
    },
    # 8. French: conference report on international criminal justice, critical of the ICTR (invented
    #    university and speakers).
    {
        "doc": "compte-rendu-colloque-justice-penale.txt",
        "title": "Compte rendu du colloque « Juger après le génocide »",
        "genre": "compte rendu de colloque universitaire",
        "language": "fr", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [s(fr("Compte rendu du colloque « Juger après le génocide : trente ans de justice pénale internationale »"))],
            [s(fr("Organisé les 14 et 15 mars par le Centre d'études juridiques de Rives-sur-Loire, le colloque a réuni juristes, historiens et praticiens.")),
             s(fr("Ouvrant les travaux, Hélène Marchal-Diop a rappelé que le Tribunal pénal international pour le Rwanda (TPIR) avait été créé le 8 novembre 1994 par treize voix contre une et une abstention."), S),
             s(fr("Installé à Arusha, il a mis en accusation 93 personnes, en a condamné 61 et en a acquitté 14 avant de fermer le 31 décembre 2015."), S),
             s(fr("Bilan « honorable mais borné », a-t-elle jugé : pas un seul membre du FPR n'y a été poursuivi."), S),
             s(fr("Son voisin de La Haye, le TPIY, était né dix-huit mois plus tôt, de la résolution 827 du 25 mai 1993."), N)],
            [s(fr("Julien Ostrowski, avocat de la défense, a repris l'expression « justice des vainqueurs » pour interroger le Tribunal, en précisant qu'elle ne retire rien à la réalité du génocide.")),
             s(fr("Il a rappelé qu'en décembre 2008 Human Rights Watch reprochait au TPIR de n'avoir poursuivi aucun des crimes graves commis par le FPR en 1994."), S),
             s(fr("Pour lui, les soldats de l'APR ont tué plusieurs dizaines de milliers de civils entre avril et août 1994."), D),
             s(fr("À Kibeho, le 22 avril 1995, ils ont encore abattu quelque 4 000 déplacés."), D),
             s(fr("Le 28 août 2003, le Conseil de sécurité a retiré à Carla Del Ponte le parquet du TPIR, après qu'elle eut annoncé des enquêtes sur les exactions de l'APR."), N),
             s(fr("Le Gambien Hassan Jallow lui a succédé pour un mandat de quatre ans commençant le 15 septembre 2003."), N),
             s(fr("En 2008, c'est à la justice militaire rwandaise qu'a été confiée l'affaire des religieux tués près de Kabgayi : deux capitaines y ont été condamnés, deux officiers supérieurs acquittés."), S)],
            [s(fr("Awa Kantorowicz a défendu l'héritage du Tribunal : le jugement Akayesu, rendu le 2 septembre 1998, est la première condamnation pour génocide prononcée par une juridiction internationale."), S),
             s(fr("Il a aussi, pour la première fois, reconnu que le viol et les violences sexuelles pouvaient constituer des actes de génocide."), S),
             s(fr("Ancien bourgmestre de Taba, dans la préfecture de Butare, Akayesu avait été arrêté en Zambie en octobre 1995."), C),
             s(fr("L'ex-Premier ministre Jean Kambanda, qui avait plaidé coupable, a pour sa part écopé de trente ans de réclusion."), C),
             s(fr("Quant à Théoneste Bagosora, condamné à perpétuité en 2008, il a vu sa peine ramenée à 35 ans par la chambre d'appel le 14 décembre 2011."), S),
             s(fr("Le Mécanisme résiduel, créé par la résolution 1966 du 22 décembre 2010, a pris le relais pour le Rwanda à compter du 1er juillet 2012."), N),
             s(fr("C'est lui qui a jugé Félicien Kabuga, arrêté le 16 mai 2020 à Asnières-sur-Seine, jusqu'à la suspension sine die de la procédure."), N)],
            [s(fr("Plusieurs intervenants ont aussi mis en cause la justice rwandaise, qui a porté en appel à quinze ans, en décembre 2013, la peine de l'opposante Victoire Ingabire, condamnée notamment pour « minimisation » du génocide."), N),
             s(fr("Les juridictions gacaca, closes le 18 juin 2012, ont pour leur part jugé 1 958 634 affaires."), S),
             s(fr("Sur le bilan du génocide, la salle s'est accordée sur un ordre de grandeur : au moins 800 000 morts."), D),
             s(fr("Le recensement publié par Kigali en 2002 en dénombrait 1 074 017, mais en comptant depuis octobre 1990."), S),
             s(fr("Un intervenant a enfin soutenu que l'avion présidentiel avait été abattu depuis le camp de Kanombe par des extrémistes hostiles aux accords d'Arusha."), D)],
        ],
    },
    # 9. FIXTURE, French: a denial leaflet (minimisation, negation, role reversal). Written by the factfinder
    #    team; states falsehoods on purpose.
    {
        "doc": "fixture-denial-fr-tract.txt",
        "title": "Tract négationniste (fixture)",
        "genre": "tract (fixture)",
        "language": "fr", "stance": "denies", "composite": False, "hard_negative": False,
        "paragraphs": [
            [s(fr("CITOYENS, OUVREZ LES YEUX !"))],
            [own(fr("Le prétendu « génocide » de 1994 n'a jamais eu lieu : il y a eu une guerre, rien de plus."), C, "definitional_denial"),
             own(fr("On nous parle d'un million de morts, mais il n'y en a pas eu plus de 80 000, toutes ethnies confondues."), C, "minimisation"),
             own(fr("Ce sont les rebelles tutsi du FPR qui ont envahi le pays en 1990 et abattu l'avion du président le 6 avril : les agresseurs, c'étaient eux."), D,
                 "role_reversal", "blame_shifting"),
             own(fr("Les paysans n'ont fait que se défendre contre ceux qui préparaient leur extermination."), None,
                 "role_reversal", "accusation_in_mirror", "justification"),
             own(fr("Même le tribunal d'Arusha a dû admettre qu'aucun plan n'avait existé."), C, "spontaneity")],
            [own(fr("Boycottez leurs commémorations et chassez leurs propagandistes de nos villes !"), None, "call_to_action")],
        ],
    },
    # 10. FIXTURE: a forum post by an invented user (double genocide, fabrication, attacks on courts).
    {
        "doc": "fixture-denial-forum-post.txt",
        "title": "Forum post (fixture)",
        "genre": "forum post (fixture)",
        "language": "en", "stance": "denies", "composite": False, "hard_negative": False,
        "paragraphs": [
            [s("Re: that Rwanda documentary last night, posted by truthseeker_1994")],
            [own("Everyone goes on about one genocide, but there were two, and the one against the Hutu was the bigger.", C, "double_genocide"),
             own("The RPF murdered more than two million Hutu in 1994 alone.", C, "double_genocide"),
             own("The 'planned extermination' story was cooked up by Kigali's PR people and sold to lazy Western journalists.", C, "fabrication"),
             own("The Arusha tribunal was a kangaroo court that paid its witnesses to say what it wanted.", None, "attack_on_witnesses"),
             own("That's why it convicted every single defendant it ever tried.", C, "attack_on_witnesses"),
             own("As for the so-called survivors on TV, they were coached, every one of them.", None, "attack_on_witnesses")],
        ],
    },
    # 11. FIXTURE: a radio call-in transcript by an invented caller (spontaneity, justification, blame shifting).
    {
        "doc": "fixture-denial-radio-call-in.txt",
        "title": "Radio call-in transcript (fixture)",
        "genre": "radio call-in transcript (fixture)",
        "language": "en", "stance": "distorts", "composite": False, "hard_negative": False,
        "paragraphs": [
            [s("HOST: Line three, you're on Open Mic."),
             s("CALLER (Gérard): Look, I'm not saying nobody died in 1994."),
             own("CALLER: But after the president's plane came down it was pure chaos, angry neighbours settling scores, no orders, nobody planned a thing.", C, "spontaneity"),
             own("CALLER: The rebels had invaded from Uganda in 1990, and people knew what those snakes would do to them, so they got in first.", S,
                 "justification", "dehumanisation", "accusation_in_mirror"),
             own("CALLER: If you want someone to blame, blame the RPF for starting the war and the UN for running away.", None, "blame_shifting"),
             s("HOST: The UN's own Commission of Experts called the killing concerted, planned and systematic.", S),
             own("CALLER: Commissions write whatever they're paid to write.", None, "attack_on_witnesses")],
        ],
    },
    # 12. COMPOSITE FIXTURE: a trivia quiz whose answers turn into denial.
    {
        "doc": "fixture-denial-trivia-quiz-composite.txt",
        "title": "Quiz night answers (composite fixture)",
        "genre": "trivia quiz (composite fixture)",
        "language": "en", "stance": "mixed", "composite": True, "hard_negative": False,
        "paragraphs": [
            [s("Friday quiz night, round 6 (Central Africa): the answers")],
            [s("Q1: Which resolution created the Rwanda tribunal, and when? A: Resolution 955, on 8 November 1994.", S),
             s("Q2: Where and when was the peace agreement signed? A: Arusha, 4 August 1993.", S),
             s("Q3: How many Belgian blue helmets were killed on 7 April 1994? A: Ten.", S),
             own("Q4: How many died in the so-called genocide? A: Trick question, maybe 50,000, and most of them were Hutu.", C,
                 "minimisation", "definitional_denial"),
             own("Q5: Who planned it? A: Nobody; it was a spontaneous war that Kigali later rebranded as genocide to win sympathy.", C,
                 "spontaneity", "fabrication", "definitional_denial"),
             own("Bonus: Name the genocide of 1994 that nobody talks about. A: The one against the Hutu.", C, "double_genocide")],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
