"""Source of the labelled development set check-train41 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train41/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train41/build_set.py --check  # validate the files already written

Written on 2026-11-29 (session 24) as a DEVELOPMENT set: its errors may be read when tuning the detectors. Focus: the
stance of whole documents that are hard to call (an acknowledging feature with one "both sides" paragraph, a scholarly
critique of the ICTR and of RPF impunity that never denies, a report quoting long denial passages to refute them, a
correct news item spliced onto a denial continuation, an own-voice denial in polite academic tone, French texts of
two of these kinds), and claims hedged the way the press writes them ("reportedly", "according to", "is said to",
"an estimated", "some sources say", "officials said", "at least", "up to", ranges, rounded figures, approximate
dates). Its author did not read the detectors, their rules, exemplars or training data, the benchmark script or its
results, nor any other set's documents, labels or README (only benchmarks/data/labelled_set.py,
benchmarks/data/check/README.md for the labelling conventions, and the first 40 lines of the check-blind5 build
script and README as templates). Verdicts were decided against the record alone: examples/ (FACTS.md, README.md and
the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Outlets,
organisations and private persons in the documents are invented; see README.md.

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


DOCS: list[dict] = [
    # 1. Scholarly critique of the ICTR and of RPF impunity; never denies (hard negative).
    {
        "doc": "academic-ictr-impunity-critique.txt",
        "title": "Justice for some: the Arusha tribunal and the limits of accountability",
        "genre": "academic working paper (critique of the ICTR and of RPF impunity)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Justice for Some: The Arusha Tribunal and the Limits of Accountability")],
            [s("Working paper of the Larchmere Institute for Transitional Justice, by Tobias Arnheim-Lusk.")],
            [
                s("The genocide against the Tutsi is among the best-documented crimes of the late twentieth century, "
                  "and nothing in this paper questions it."),
                s("By most estimates it killed at least half a million people in about a hundred days.", D),
                s("The UN Commission of Experts concluded in December 1994 that acts of genocide against the Tutsi had "
                  "been committed by Hutu elements in a concerted, planned, systematic and methodical way.", S),
                s("The same Commission found that crimes against humanity had also been committed by individuals on "
                  "the RPF side, but no evidence that those acts were aimed at destroying the Hutu as a group.", S),
                s("It asked that the violations attributed to the RPF be investigated further.", S),
            ],
            [
                s("The Security Council created the International Criminal Tribunal for Rwanda that autumn, by "
                  "resolution 955 of 8 November 1994.", S),
                s("Over roughly two decades the Tribunal indicted 93 people, convicted 61 and acquitted 14.", S),
                s("Not one of those indicted was a member of the RPF.", S),
                s("Critics in Kigali and abroad have described the result as \"victor's justice\"; the phrase is "
                  "polemical, but the asymmetry it names is real."),
            ],
            [
                s("A team of consultants working for UNHCR, led by Robert Gersony, estimated that between 25,000 and "
                  "45,000 people were killed by RPA soldiers between April and August 1994.", S),
                s("Human Rights Watch wrote in 1999 that RPF soldiers may have killed tens of thousands of civilians "
                  "during the four months of combat.", S),
                s("A former interior minister later put the number killed by RPA soldiers between April 1994 and "
                  "August 1995 at some 60,000.", S),
                s("Those killed by RPA soldiers in 1994 are commonly estimated in the tens of thousands.", D),
                s("In the spring of 1995, at the Kibeho camp, RPA soldiers fired on displaced people; the government "
                  "put the toll at 338, while Australian peacekeepers estimated at least 4,000 dead.", S),
            ],
            [
                s("Rwandan military courts reportedly prosecuted RPA soldiers for the killing of no more than a dozen "
                  "civilians.", C),
                s("The best-known case, the killing of thirteen clergy near Kabgayi in early June 1994, ended in 2008 "
                  "with two captains convicted and two senior officers acquitted.", S),
                s("The two captains were sentenced to twenty years, a term the military appeal court later "
                  "confirmed.", C),
                s("Carla Del Ponte, the prosecutor who had announced investigations of RPF crimes, lost her Rwanda "
                  "mandate when the Security Council split the post in August 2003.", N),
                s("She said afterwards that politics had played a big role in her removal.", N),
                s("Human Rights Watch complained in December 2008 that the Tribunal had not prosecuted even one of "
                  "the serious RPF crimes of 1994.", S),
            ],
            [
                s("At home, the gacaca courts tried 1,958,634 cases by the national gacaca service's count before "
                  "closing on 18 June 2012, but their jurisdiction excluded crimes by RPF soldiers.", S),
            ],
            [
                s("None of this makes the genocide a \"double genocide\", a formula that the evidence does not "
                  "support and that deniers use to dissolve responsibility."),
                s("The Commission of Experts itself drew the line: crimes against humanity by individuals on both "
                  "sides, genocide by one.", S),
                s("To insist on justice for the RPF's victims is not to deny the genocide; it is to finish the work "
                  "the Commission began."),
            ],
        ],
    },
    # 2. Monitoring report quoting long denial passages in order to refute them (hard negative).
    {
        "doc": "report-denial-pamphlet-refuted.txt",
        "title": "Anatomy of a denial pamphlet: what it claims, and what the record shows",
        "genre": "monitoring report refuting quoted denial passages",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Anatomy of a denial pamphlet: what \"The Hundred Days Reconsidered\" claims, and what the record "
               "shows")],
            [
                s("This report by the Halden Observatory on Atrocity Denial examines a forty-page pamphlet circulated "
                  "online this year under the name of a retired engineer, Martin Quaylesby."),
                s("We quote its central passages at length, because the technique matters as much as the "
                  "falsehoods."),
                s("The pamphlet appeared in the week of 7 April, which the UN General Assembly designated in December "
                  "2003 as an International Day of Reflection on the genocide.", N),
            ],
            [
                rep("The pamphlet opens: \"What happened in Rwanda in 1994 was a civil war, not a genocide.", C,
                    "definitional_denial"),
                rep("Both armies killed civilians, and both sides lost roughly the same number of people.\"", C,
                    "double_genocide"),
                s("The UN Commission of Experts found in December 1994 that genocide had been committed against the "
                  "Tutsi in a planned and systematic way, and found no evidence that crimes by the Tutsi side were "
                  "aimed at destroying the Hutu as a group.", S),
                s("The highest published estimate of killings by RPA soldiers, some 60,000 between April 1994 and "
                  "August 1995, was given by a former interior minister.", S),
                s("Human Rights Watch concluded in 1999 that at least half a million people were killed in the "
                  "genocide.", S),
            ],
            [
                rep("On numbers, the pamphlet is blunter: \"The figure of 800,000 dead was invented in Kigali; no "
                    "international body has ever endorsed it.", C, "fabrication"),
                rep("A careful reading of the 1991 census shows there were barely 600,000 Tutsi in the country, so "
                    "the number of Tutsi dead cannot have exceeded 100,000.\"", C, "minimisation"),
                s("The arithmetic starts from a real number: the 1991 census registered Tutsi as 8.4 percent of the "
                  "population, roughly 600,000 people.", S),
                s("Human Rights Watch, starting from the demographer William Seltzer's estimate of about 657,000 Tutsi "
                  "on 6 April 1994 and subtracting some 150,000 survivors, arrived at roughly 507,000 Tutsi "
                  "killed.", S),
                s("As for the 800,000, it is the figure the UN's own Independent Inquiry gave in 1999.", S),
            ],
            [
                rep("The third chapter states: \"Everyone now knows that the RPF shot down President Habyarimana's "
                    "plane, and the massacres that followed were the fault of those who fired the missile.\"", D,
                    "blame_shifting"),
                s("No court has ever established who fired on the plane.", S),
                s("The French investigation, which long favoured the RPF hypothesis, ended in a non-lieu that the "
                  "Cour de cassation made final on 15 February 2022.", S),
                s("Whoever fired, the Commission of Experts found that the killing of the Tutsi had been carried out "
                  "in a concerted, planned and systematic way.", S),
            ],
            [
                rep("The pamphlet goes on: \"The killings were the spontaneous fury of peasants who had lost their "
                    "president, not the work of any government.", C, "spontaneity"),
                rep("The witnesses who testified in Arusha were coached by the Kigali regime and paid for their "
                    "stories.\"", None, "attack_on_witnesses"),
                s("Jean Kambanda, prime minister of the interim government, pleaded guilty to genocide and was "
                  "sentenced to life imprisonment on 4 September 1998.", S),
                s("The tribunal also acquitted 14 of the accused, an odd record for a court supposedly fed scripted "
                  "witnesses.", S),
                s("Finally, the pamphlet asserts that \"the Tribunal itself acquitted Colonel Bagosora of "
                  "genocide\".", C),
                s("In fact the trial chamber convicted Bagosora of genocide in December 2008 and sentenced him to "
                  "life; on appeal in December 2011 the genocide conviction was affirmed and the sentence reduced to "
                  "35 years.", S),
            ],
            [
                s("Denial of this kind rarely invents from nothing; it bends real figures, real disputes and real "
                  "crimes of the RPF into a story in which the genocide disappears."),
                s("Those crimes deserve a court; they do not cancel the genocide."),
            ],
        ],
    },
    # 3. Wire story for an anniversary, written with the hedges of the press.
    {
        "doc": "wire-anniversary-hedged-report.txt",
        "title": "Rwanda begins a week of mourning for genocide victims",
        "genre": "news agency dispatch (anniversary)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Rwanda begins a week of mourning for genocide victims")],
            [
                s("KIGALI, 7 April (Continental Wire Service) - Rwandans gathered on Monday to remember the victims "
                  "of the 1994 genocide against the Tutsi."),
                s("Officials say more than a million people were killed in roughly three months.", D),
                s("A UN inquiry put the toll at approximately 800,000.", S),
            ],
            [
                s("The killing began within hours of the downing of President Juvenal Habyarimana's plane over "
                  "Kigali on the evening of 6 April 1994.", S),
                s("Who fired the missiles has never been established in court.", S),
                s("A French judge reportedly blamed the rebel Rwandan Patriotic Front in 2006, while a Rwandan "
                  "inquiry later blamed Hutu extremists in the army.", S),
                s("Ten Belgian peacekeepers were among the first victims, killed on 7 April while guarding the prime "
                  "minister.", S),
            ],
            [
                s("UNAMIR, created in October 1993 to help implement the Arusha peace deal, reportedly had an "
                  "authorised strength of about 5,000 troops when the killing began.", C),
                s("Its commander, the Canadian general Romeo Dallaire, is said to have warned New York of an "
                  "extermination plan in a cable dated 11 January 1994.", N),
                s("Within weeks, the Security Council had voted to cut the force to about 270.", S),
                s("By late April, according to the UN refugee agency, more than 250,000 people had crossed into "
                  "Tanzania in a single day.", S),
            ],
            [
                s("Rebel forces took Kigali in early July and by mid-July had reached the border town of "
                  "Gisenyi.", S),
                s("Up to a million people, mostly Hutu, are believed to have fled into Zaire within days.", D),
                s("Tens of thousands died of cholera and dysentery in the camps around Goma in the weeks that "
                  "followed.", D),
                s("The genocide ended only in late August 1994, when the last government troops fled the "
                  "country.", C),
                s("Rights groups say soldiers of the rebel army also killed thousands of civilians during and after "
                  "their advance, crimes for which few have been tried.", D),
            ],
            [
                s("The UN tribunal set up that November in Arusha, Tanzania, convicted 61 people before it closed at "
                  "the end of 2015.", S),
                s("Its first judgment, against the former mayor Jean-Paul Akayesu in 1998, was the first conviction "
                  "for genocide by an international court.", S),
                s("In Rwanda, the national gacaca service says community courts tried 1,958,634 cases before closing "
                  "on 18 June 2012.", S),
                s("President Paul Kagame, who led the rebel army in 1994, was sworn in as president in April "
                  "2000.", N),
                s("The United Nations marks 7 April as an international day of reflection on the genocide, under a "
                  "General Assembly resolution adopted in December 2003.", N),
            ],
        ],
    },
    # 4. Newspaper retrospective on the refugee crisis, hedged figures.
    {
        "doc": "feature-goma-refugee-retrospective.txt",
        "title": "Thirty years on, the lessons of Goma",
        "genre": "newspaper feature (retrospective on the refugee crisis)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Thirty years on, the lessons of Goma")],
            [s("By the Tarnbridge Chronicle's foreign desk")],
            [
                s("The first wave came east in late April 1994, when UNHCR counted more than 250,000 Rwandans "
                  "crossing into Tanzania's Ngara district within 24 hours.", S),
                s("The agency called it the largest and fastest exodus it had ever seen.", S),
                s("The World Food Programme reportedly put the number reaching Ngara over a few days at about "
                  "320,000.", S),
                s("The refugee agency was then led by Sadako Ogata, who headed it from 1991 to 2000.", N),
            ],
            [
                s("The second wave, in mid-July, was larger still."),
                s("As rebel troops reached Gisenyi on 18 July, hundreds of thousands of people streamed across the "
                  "border into Goma.", D),
                s("Some sources say a million people crossed in less than a week.", D),
                s("A team of epidemiologists writing in The Lancet put the influx into North Kivu at between 500,000 "
                  "and 800,000.", S),
                s("\"We had water for perhaps a cup a day per person,\" recalled Ingrid Tolvsen, a Norwegian nurse who "
                  "arrived with an aid group that week."),
            ],
            [
                s("Cholera was confirmed within days; the first strains were isolated on 20 and 21 July.", S),
                s("One study counted 36,471 cholera cases, half of them in a single week.", S),
                s("The epidemic peaked in early September, weeks after most aid agencies had arrived.", C),
                s("Almost 50,000 refugees died in the first month, according to the Goma Epidemiology Group.", S),
                s("Other estimates went as high as 80,000.", D),
                s("About 12,000 of the deaths in July were from cholera, a separate Lancet study estimated.", S),
                s("Acute malnutrition among young children reportedly reached 18 to 23 percent within a month.", S),
                s("The crude death rate was said to have fallen below 1 per 10,000 a day by the second month.", C),
            ],
            [
                s("Among those who crossed were soldiers of the defeated army, and the authorities responsible for "
                  "the genocide quickly took control of the camps, Human Rights Watch later reported.", S),
                s("By late August a UNHCR spokesman described the camps in eastern Zaire, then holding some 800,000 "
                  "people, as being in \"a virtual state of war\".", S),
                s("By the start of August, by one newspaper's count, some two million Rwandans had become "
                  "refugees.", S),
            ],
            [
                s("In the south-west, meanwhile, French troops had declared a \"safe humanitarian zone\" on 5 "
                  "July.", S),
                s("The zone was handed over to UN peacekeepers when the French left in late September.", C),
                s("Tolvsen, now retired, says she still cannot drink a glass of water without thinking of it."),
            ],
        ],
    },
    # 5. Explainer on figures: ranges, rounded numbers, who says what.
    {
        "doc": "explainer-reading-the-numbers.txt",
        "title": "Explainer: what the numbers from 1994 can and cannot tell you",
        "genre": "data-journalism explainer",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Explainer: what the numbers from 1994 can and cannot tell you")],
            [
                s("Figures about the genocide are quoted with great confidence and little care."),
                s("Take the population: the 1991 census counted about 7.1 million people, of whom 8.4 percent were "
                  "registered as Tutsi.", S),
                s("Many articles instead say Tutsi made up about 15 percent of Rwandans before the genocide.", D),
                s("Human Rights Watch used that 15 percent figure in its 1995 world report.", S),
            ],
            [
                s("On the death toll, estimates range from about half a million to more than a million.", D),
                s("The government's 2002 count of 1,074,017 victims covers the whole period from October 1990 to the "
                  "end of 1994, not only the hundred days.", S),
                s("A 2004 count by another ministry listed some 937,000 victims by name.", S),
                s("Later demographic work by Marijke Verpoorten supports the higher estimates.", S),
            ],
            [
                s("Up to 500,000 women and girls were raped during the genocide.", D),
                s("A study released in 1996 put the number at no fewer than 250,000.", S),
                s("Some 95,000 children were orphaned.", D),
                s("A Rwandan census of survivors counted 74,642 orphans.", S),
            ],
            [
                s("For killings by RPF soldiers, the most cited range is 25,000 to 45,000, from consultants working "
                  "for UNHCR.", S),
                s("Some 2,000 people were killed at Kibeho in April 1995, according to UN military officials; the "
                  "government said 338.", S),
                s("Even the date of the Kabgayi killings varies: church records give 5 June 1994, prosecutors in "
                  "2008 said 4 June.", S),
                s("Gisenyi fell to the RPF on 16 July.", D),
            ],
            [
                s("Peacekeepers' numbers are a rare case where the record is clean: UNAMIR was authorised at 2,500 in "
                  "October 1993, cut to 270 in April 1994 and expanded on paper to 5,500 in May.", S),
                s("By January 1995 it reportedly had some 5,700 troops.", S),
                s("The International Criminal Tribunal for Rwanda indicted 73 people in total.", C),
                s("The first genocide trials inside Rwanda began in December 1998.", C),
                s("Rwanda abolished the death penalty in 2005.", C),
                s("Rwanda's 2008 law on \"genocide ideology\" has itself been criticised by free-speech groups as "
                  "too broad.", N),
            ],
            [s("When in doubt, name the source and the period, and do not round a range into a single number.")],
        ],
    },
    # 6. Radio documentary script with approximate dates; quotes hate radio to condemn it (hard negative).
    {
        "doc": "radio-documentary-hundred-days-script.txt",
        "title": "The Hundred Days, episode 2: script",
        "genre": "radio documentary script",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("THE HUNDRED DAYS - Episode 2 script (narration and archive inserts)")],
            [
                s("NARRATOR: The war had begun when the RPF crossed from Uganda into Rwanda in October 1992.", C),
                s("NARRATOR: The Arusha peace accords, signed in the summer of 1993, were supposed to end it.", S),
                s("NARRATOR: That autumn the Security Council created UNAMIR, with a mandate that included the "
                  "security of Kigali.", S),
                s("NARRATOR: In the summer of 1993, a new private station, Radio Television Libre des Mille Collines, "
                  "had gone on the air in Kigali.", N),
                rep("NARRATOR: Its presenters called the Tutsi \"inyenzi\", cockroaches.", N, "dehumanisation"),
                rep("ARCHIVE INSERT (an RTLM presenter, as later quoted in the press): \"Do not kill those inyenzi "
                    "with a bullet, cut them to pieces with a machete.\"", None, "dehumanisation", "call_to_action"),
            ],
            [
                s("NARRATOR: In early April, after the president's plane was shot down near Kigali airport, "
                  "roadblocks went up across the capital.", S),
                s("NARRATOR: The prime minister, Agathe Uwilingiyimana, was killed the next day, and the ten Belgian "
                  "soldiers guarding her were murdered at a military camp.", S),
                s("NARRATOR: Before the month was out, the Security Council had cut the UN force to 270.", S),
                s("NARRATOR: Human Rights Watch estimated in May, six weeks in, that at least 200,000 people had "
                  "already been killed.", S),
                s("NARRATOR: In mid-May the Council reversed course, imposing an arms embargo and authorising a "
                  "larger force of up to 5,500.", S),
            ],
            [
                s("NARRATOR: In early June, near Kabgayi, RPF soldiers killed thirteen clergy, among them the "
                  "Archbishop of Kigali.", S),
                s("NARRATOR: The RPF's own radio announced their deaths a few days later.", S),
                s("NARRATOR: In late June, France launched Operation Turquoise with a UN mandate.", S),
                s("NARRATOR: Some said the French had come to save the killers; Paris said it had come to save "
                  "lives."),
                s("NARRATOR: In early July, the RPF took Kigali.", S),
                s("NARRATOR: By mid-July, the defeated government and its army had fled west into Zaire.", S),
                s("NARRATOR: A new government was installed in the second week of August, with Pasteur Bizimungu as "
                  "president.", C),
            ],
            [
                s("NARRATOR: Perhaps 800,000 people had been killed in those hundred days; some say far more.", D),
                s("NARRATOR: In all, the killing had lasted barely six weeks.", C),
                s("NARRATOR: That autumn, the UN created a tribunal for Rwanda.", S),
                s("NARRATOR: The force commander, General Dallaire, told his story in a memoir, Shake Hands with the "
                  "Devil, published in 2003.", N),
                s("NARRATOR: Next week: the camps, and the long shadow they cast over the Congo."),
            ],
        ],
    },
    # 7. Editorial calling for justice for the RPF's victims while affirming the genocide (hard negative).
    {
        "doc": "editorial-justice-for-all-victims.txt",
        "title": "Remembering the genocide, and naming the other crimes of 1994",
        "genre": "newspaper editorial",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Editorial: Remembering the genocide, and naming the other crimes of 1994")],
            [
                s("This week Rwanda remembers the genocide against the Tutsi, which began on 7 April 1994 and ended, "
                  "by most accounts, about a hundred days later.", S),
                s("Human Rights Watch's careful estimate is that about 507,000 Tutsi were killed, roughly three "
                  "quarters of those registered as Tutsi.", S),
                s("Hutu who opposed the killing, or who were treated as opponents, died with them.", S),
                s("Nothing written below qualifies that."),
            ],
            [
                s("But remembrance that is honest must also name the civilians killed by soldiers of the Rwandan "
                  "Patriotic Front."),
                s("UNHCR consultants estimated in 1994 that the RPA killed between 25,000 and 45,000 people between "
                  "April and August.", S),
                s("Human Rights Watch reported massacres of several hundred people in the Byumba stadium in "
                  "mid-April 1994.", S),
                s("A former interior minister put the number killed by RPA soldiers by August 1995 at some "
                  "60,000.", S),
                s("At Kibeho in April 1995, soldiers fired on a camp of displaced people; some 4,000 are believed to "
                  "have died.", D),
                s("Kibeho then held some 11,000 displaced people.", C),
            ],
            [
                s("These were crimes, not a \"second genocide\", and the UN Commission of Experts found no evidence "
                  "that they were aimed at destroying the Hutu as a group.", S),
                s("The Commission reported its findings to the Security Council in March 1995.", C),
                s("Yet the Arusha tribunal, which convicted 61 people, never indicted a single RPF officer.", S),
                s("Rwanda's military says it has prosecuted 43 soldiers since 1994.", S),
                s("The Kabgayi trial of 2008, the best known, reportedly ended with two junior officers sentenced to "
                  "eight years, later cut to five, and their superiors acquitted.", S),
                s("The ICTR closed its doors at the end of 2015 with that question unanswered.", S),
                s("The prosecutor who had tried to pursue it, Carla Del Ponte, was removed from the Rwanda post in "
                  "2003.", N),
            ],
            [
                s("Justice for the RPF's victims is owed to them, and it takes nothing away from the victims of the "
                  "genocide."),
                s("Those who use the RPF's crimes to claim that \"both sides\" committed genocide are not friends of "
                  "the truth, and they are not friends of the Hutu dead either."),
            ],
        ],
    },
    # 8. French scholarly note critical of the ICTR and of RPF impunity; never denies (hard negative).
    {
        "doc": "fr-note-tpir-impunite-fpr.txt",
        "title": "Le TPIR, une justice inachevée ? Retour sur une asymétrie",
        "genre": "note d'analyse universitaire (critique du TPIR et de l'impunité du FPR)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Le TPIR, une justice inachevée ? Retour sur une asymétrie")],
            [s("Note d'analyse de l'Atelier d'études sur la justice internationale, par Claire Vautrin-Maes.")],
            [
                s("Le génocide des Tutsi du Rwanda, déclenché au lendemain de l'attentat du 6 avril 1994, a fait au "
                  "moins un demi-million de morts selon Human Rights Watch.", S),
                s("Le gouvernement rwandais avance le chiffre de 1 074 017 victimes, recensées depuis octobre "
                  "1990.", S),
                s("La presse cite couramment 800 000 morts, un chiffre qu'elle attribue à l'ONU.", S),
                s("Le bilan réel dépasserait le million, selon certaines sources.", D),
            ],
            [
                s("Créé le 8 novembre 1994 par la résolution 955 du Conseil de sécurité, le Tribunal pénal "
                  "international pour le Rwanda a siégé à Arusha jusqu'à sa fermeture fin 2015.", S),
                s("Il a condamné 61 personnes et en a acquitté 14.", S),
                s("Sa première condamnation pour génocide, celle de Jean-Paul Akayesu, ancien bourgmestre de Taba, "
                  "date du 2 septembre 1998.", S),
                s("Jean Kambanda, Premier ministre du gouvernement intérimaire, a plaidé coupable et a été condamné "
                  "à trente ans de réclusion.", C),
                s("Le Tribunal n'a en revanche poursuivi aucun membre du Front patriotique rwandais.", S),
            ],
            [
                s("Pourtant, la Commission d'experts de l'ONU recommandait dès décembre 1994 que les violations "
                  "attribuées au FPR fassent l'objet d'enquêtes.", S),
                s("Des experts travaillant pour le HCR estimaient que 25 000 à 45 000 personnes avaient été tuées "
                  "par des soldats de l'APR entre avril et août 1994.", S),
                s("Les soldats du FPR auraient tué plusieurs dizaines de milliers de civils.", D),
                s("Le massacre de Kibeho, en avril 1995, aurait fait environ 2 000 morts.", D),
                s("La procureure Carla Del Ponte, qui avait annoncé des enquêtes sur ces crimes, a perdu son mandat "
                  "pour le Rwanda en août 2003.", N),
            ],
            [
                s("Parler de « justice des vainqueurs » relève de la polémique ; constater l'asymétrie relève de "
                  "l'analyse."),
                s("Cette asymétrie ne fait pas de 1994 un « double génocide », thèse que la Commission d'experts a "
                  "écartée en ne trouvant aucune preuve d'une intention de détruire les Hutu.", S),
            ],
            [
                s("Les juridictions nationales étrangères ont pris le relais : en France, Pascal Simbikangwa a été "
                  "condamné en mars 2014 à 25 ans de réclusion, peine confirmée en appel.", S),
                s("Le débat français sur le rôle de l'État remonte au rapport de la mission d'information "
                  "parlementaire présidée par Paul Quilès, rendu public le 15 décembre 1998.", N),
                s("Le 26 mars 2021, la commission Duclert concluait à des « responsabilités lourdes et accablantes » "
                  "de la France.", S),
                s("Le Rwanda avait rompu ses relations diplomatiques avec la France en 2009, après les mandats "
                  "d'arrêt du juge Bruguière.", C),
                s("Félicien Kabuga, présenté comme le financier du génocide, a été arrêté le 16 mai 2020 à "
                  "Asnières-sur-Seine.", N),
            ],
            [s("Rendre justice à toutes les victimes n'est pas relativiser le génocide : c'est achever ce que le "
               "Conseil de sécurité avait commencé.")],
        ],
    },
    # 9. FIXTURE: an acknowledging feature with one "both sides" paragraph (distorts).
    {
        "doc": "fixture-denial-both-sides-feature.txt",
        "title": "Rwanda, thirty years on: a country between memory and silence",
        "genre": "magazine feature with a false-balance paragraph (test fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Rwanda, thirty years on: a country between memory and silence")],
            [
                s("On the evening of 6 April 1994, the plane carrying President Juvenal Habyarimana was shot down as "
                  "it approached Kigali.", S),
                s("Within hours, soldiers and militiamen began killing Tutsi and opposition politicians in the "
                  "capital.", S),
                s("The next day the prime minister, Agathe Uwilingiyimana, was murdered, along with ten Belgian "
                  "peacekeepers.", S),
                s("Over the following three months, hundreds of thousands of Tutsi were slaughtered.", D),
                s("The UN Security Council cut its peacekeeping force to 270 on 21 April.", S),
            ],
            [
                own("Yet the story told in Kigali today leaves out half the dead.", None, "double_genocide"),
                own("The RPF's advance was itself a campaign of extermination, and the Hutu who died at its hands "
                    "were victims of a genocide no less than the Tutsi.", C, "double_genocide"),
                own("Some estimates put the Hutu killed by the RPF in the hundreds of thousands.", C,
                    "double_genocide"),
                own("Had the RPF not invaded in 1990, there would have been no massacres at all.", None,
                    "blame_shifting"),
                own("The killings of April were, above all, the panic of a frightened population that had just lost "
                    "its president.", C, "spontaneity", "justification"),
            ],
            [
                s("In July 1994 the RPF took Kigali, and a new government was installed on 19 July.", S),
                s("Up to a million people fled to Zaire, where cholera killed tens of thousands in the camps around "
                  "Goma.", D),
                s("The international tribunal created in November 1994 convicted 61 people before closing in "
                  "2015.", S),
                s("The United Nations observes 7 April as an international day of reflection on the genocide.", N),
                s("Memory is everywhere: the Kigali Genocide Memorial at Gisozi holds the remains of more than "
                  "250,000 people.", N),
            ],
        ],
    },
    # 10. FIXTURE: a correct wire item spliced onto a denial continuation (mixed, composite).
    {
        "doc": "fixture-denial-spliced-wire-continuation.txt",
        "title": "Genocide suspect arrested near Paris after decades on the run",
        "genre": "news item spliced onto a denial continuation (test fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("Genocide suspect arrested near Paris after decades on the run")],
            [
                s("PARIS (Continental Wire Service) - French gendarmes on Saturday arrested Felicien Kabuga, a "
                  "businessman accused of financing the 1994 genocide in Rwanda, at a flat in Asnieres-sur-Seine, "
                  "near Paris.", N),
                s("Kabuga, 84, had been living under a false identity, the French justice ministry said.", N),
                s("The International Criminal Tribunal for Rwanda, set up in November 1994, closed at the end of "
                  "2015.", S),
                s("It convicted 61 people, among them the former prime minister Jean Kambanda, who was sentenced to "
                  "life imprisonment in 1998.", S),
                s("The genocide began after President Habyarimana's plane was shot down on 6 April 1994.", S),
            ],
            [
                own("what the wire services will not tell you is that the \"genocide\" story was written by the "
                    "winners.", None, "definitional_denial", "fabrication"),
                own("The RPF shot down the president's plane, and everything that followed flows from that "
                    "crime.", D, "blame_shifting"),
                own("The toll has been inflated at least tenfold: no more than 80,000 people died, most of them in "
                    "fighting between two armies.", C, "minimisation", "definitional_denial"),
                own("The UN's own experts found no evidence of a plan, which is why the tribunal could never prove "
                    "one.", C, "spontaneity"),
                own("Men like Kabuga are old men hounded for a crime that never happened.", C,
                    "definitional_denial"),
                own("The witnesses against them have been rehearsed by Kigali for thirty years.", None,
                    "attack_on_witnesses"),
            ],
        ],
    },
    # 11. FIXTURE: own-voice denial in a polite academic tone (denies).
    {
        "doc": "fixture-denial-polite-academic-blog.txt",
        "title": "Some questions about the received account of Rwanda, 1994, respectfully posed",
        "genre": "blog post, own-voice denial in academic register (test fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Some questions about the received account of Rwanda, 1994, respectfully posed")],
            [
                s("I write as a historian who has no wish to offend survivors, and with every respect for those who "
                  "lost family members in 1994."),
                own("It is nonetheless my considered view that the term \"genocide\" does not fit the evidence, "
                    "which describes a civil war with atrocities on both sides.", C, "definitional_denial",
                    "double_genocide"),
                s("The RPF invaded Rwanda from Uganda on 1 October 1990, and the Arusha agreement that was meant to "
                  "end the war was signed on 4 August 1993.", S),
                s("The UN Commission of Experts, it should be recalled, found crimes against humanity on both "
                  "sides.", S),
                own("It did not, so far as I can determine, establish that the killing of Tutsi was centrally "
                    "planned.", C, "spontaneity"),
            ],
            [
                own("The figures are equally soft: the 1991 census registered only 8.4 percent of the population as "
                    "Tutsi, and it is arithmetically difficult to reach the numbers now cited.", S, "minimisation"),
                own("A sober estimate of Tutsi deaths would be closer to 100,000.", C, "minimisation"),
                own("Much of the higher figure consists of Hutu killed by the RPF, whom the Gersony team counted in "
                    "the hundreds of thousands.", C, "double_genocide", "minimisation"),
                own("The testimony on which the Arusha judgments rest was gathered under the supervision of a "
                    "government with every interest in a particular verdict.", None, "attack_on_witnesses"),
                s("One notes, too, that the tribunal's most prominent defendant, Colonel Bagosora, was acquitted of "
                  "genocide on appeal in 2011.", C),
            ],
            [
                own("The presidential plane, we now know, was brought down by the RPF, which thereby chose war over "
                    "the Arusha accords.", D, "blame_shifting"),
                own("None of this diminishes the suffering of individuals; it merely asks that a tragic civil "
                    "conflict not be dressed up as something it was not.", None, "definitional_denial"),
                own("I would welcome correction from colleagues, provided it rests on documents rather than on the "
                    "testimony of interested parties.", None, "attack_on_witnesses"),
            ],
        ],
    },
    # 12. FIXTURE: French op-ed acknowledging the massacres, then "two genocides" (distorts).
    {
        "doc": "fixture-denial-fr-tribune-deux-camps.txt",
        "title": "Rwanda : sortir de la mémoire sélective",
        "genre": "tribune d'opinion à fausse symétrie (test fixture)",
        "language": "fr",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Rwanda : sortir de la mémoire sélective")],
            [
                s("Le 6 avril 1994, l'avion du président Juvénal Habyarimana était abattu à l'approche de "
                  "Kigali.", S),
                s("Dans les semaines qui suivirent, des centaines de milliers de Tutsi furent massacrés par les "
                  "milices et l'armée.", D),
                s("Nul ne conteste ces massacres, et la Première ministre Agathe Uwilingiyimana fut elle-même "
                  "assassinée le 7 avril.", S),
            ],
            [
                own("Mais il faut avoir le courage de le dire : il y eut deux génocides au Rwanda, l'un contre les "
                    "Tutsi, l'autre contre les Hutu.", C, "double_genocide"),
                own("Le FPR aurait tué au moins 300 000 civils hutu entre 1994 et 1995.", C, "double_genocide"),
                own("Les Tutsi de l'intérieur ont payé pour une guerre déclenchée par l'invasion du FPR en octobre "
                    "1990.", S, "blame_shifting"),
                own("Les tueries furent d'abord l'explosion de colère d'une population terrorisée par l'avancée "
                    "rebelle.", C, "spontaneity", "justification"),
            ],
            [
                s("Le TPIR, qui n'a poursuivi aucun membre du FPR, a condamné 61 personnes en une vingtaine "
                  "d'années.", S),
                s("Le bilan de Kibeho, en 1995, atteindrait 8 000 morts, selon certaines sources.", D),
                s("Se souvenir de toutes les victimes, c'est refuser une mémoire à sens unique."),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
