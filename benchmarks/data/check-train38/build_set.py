"""Source of the check-train38 labelled DEVELOPMENT set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train38/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train38/build_set.py --check  # validate the files already written

A development (training) set written on 2026-11-28 (session 22): its per-sentence errors may be read when tuning.
Genres: a wire-service backgrounder, podcast show notes, a memorial foundation's annual appeal letter, a legal
scholar's blog post criticising "victor's justice" at the ICTR, a reporter's notebook on the Goma camps (disputed
figures), a social-media moderator's case log quoting hateful posts in order to decide on them, a French
parliamentary-style report excerpt, a French memorial guide leaflet, a book's back cover with exaggerated figures,
and three short fixtures. The set stresses sentences whose verdict needs figures compared as values (ranges, "more
than", "nearly", words against digits, percentages, ratios, date spans) and supported sentences worded far from the
record. Its author did not read the detectors, their rules, exemplars or training data, nor any earlier set's
documents or labels (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling
conventions, and the head of the check-blind5 build script and README as templates). Verdicts were decided against
the record alone: examples/ (FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml
and the proceedings CSV.

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
    # 1. Wire-service backgrounder (invented agency).
    {
        "doc": "wire-backgrounder-figures-courts.txt",
        "title": "Backgrounder: Rwanda 1994, the figures behind the commemorations",
        "genre": "wire-service backgrounder",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("BACKGROUNDER: Rwanda, 1994 - the figures behind the commemorations (Meridian Wire)"),
                s("KIGALI (Meridian Wire) - Each April, Rwanda marks the start of the killings that followed the "
                  "downing of President Juvénal Habyarimana's plane on the evening of 6 April 1994.", S),
                s("What follows summarises what is known, what is contested and what the courts decided."),
            ],
            [
                s("How many died is still argued over."),
                s("The most commonly quoted figure, some 800,000 dead, comes from the UN's Independent Inquiry of "
                  "December 1999, which spoke of roughly a hundred days of killing.", S),
                s("Human Rights Watch, working from the 1991 census, arrived at a floor of half a million, about three "
                  "in every four Tutsi then living in the country.", S),
                s("Rwanda's own victim census, published in 2002, counted 1,074,017 people killed between October 1990 "
                  "and the end of 1994.", S),
                s("Put simply, close to a million people were slaughtered in fourteen weeks.", D),
                s("The UN's Commission of Experts had estimated in late 1994 that at least 500,000 unarmed civilians "
                  "were murdered, warning that the estimate might err on the low side.", S),
            ],
            [
                s("The UN force, UNAMIR, had been set up in October 1993 to help carry out the Arusha accords signed "
                  "two months earlier, with an authorised strength of 2,500.", S),
                s("After ten Belgian peacekeepers were killed on 7 April, the Security Council voted on 21 April to cut "
                  "the force to 270, a reduction of almost nine-tenths.", S),
                s("Less than a month later, on 17 May, resolution 918 imposed an arms embargo and authorised a force "
                  "more than twice the original size, 5,500 troops.", S),
                s("Those reinforcements arrived only after the Rwandan Patriotic Front had taken Kigali in mid-June.", C),
                s("A government of national unity under Prime Minister Faustin Twagiramungu was sworn in on 19 "
                  "August.", C),
            ],
            [
                s("At the end of April, more than a quarter of a million Rwandans crossed into Tanzania in a single day, "
                  "which UNHCR called the largest and fastest exodus it had seen.", S),
                s("In July between half a million and a million more fled to Goma in Zaire, where cholera followed.", D),
                s("Roughly 12,000 refugees died of cholera in Goma that July, according to a study published in The "
                  "Lancet.", S),
            ],
            [
                s("The UN created the International Criminal Tribunal for Rwanda on 8 November 1994.", S),
                s("A second resolution, adopted unanimously in February 1995, gave the tribunal its seat in Arusha, "
                  "Tanzania.", N),
                s("By the time it closed at the end of 2015, the tribunal had indicted 93 people and convicted 61 of "
                  "them, roughly two in three.", S),
                s("Fourteen defendants walked free.", S),
                s("Its first judgment, against the former mayor of Taba, Jean-Paul Akayesu, in September 1998, was the "
                  "first time an international court convicted anyone of genocide.", S),
                s("Rwanda's community gacaca courts handled far more: close to two million cases before they were "
                  "wound up in June 2012.", S),
                s("No member of the RPF was ever tried in Arusha.", S),
            ],
            [
                s("What remains disputed"),
                s("Who shot down the plane has never been settled by any court, and a Rwandan inquiry blamed Hutu "
                  "extremists in a report published in January 2010.", S),
                s("The Tutsi share of the pre-genocide population is itself uncertain, though most histories put it at "
                  "around 15 per cent.", D),
                s("The clergy killed by RPF soldiers near Kabgayi died on 5 June 1994.", D),
                s("RPF troops reached Gisenyi, the last big town held by the old regime, on 18 July.", D),
                s("Some 250,000 women were raped, according to aid agencies.", D),
                s("The orphan count is contested too: UNICEF's 95,000 against 74,642 in a later national census of "
                  "survivors.", S),
            ],
        ],
    },
    # 2. Podcast episode show notes (invented podcast, host and guest).
    {
        "doc": "podcast-shownotes-unamir-episode.txt",
        "title": "The Long Hundred Days, episode 14: the general and the cable (show notes)",
        "genre": "podcast episode show notes",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("The Long Hundred Days - Episode 14: The general and the cable"),
                s("This week host Tamsin Achterberg talks to military historian Owen Maguire about the UN mission in "
                  "Rwanda and the general who commanded it from October 1993 until August 1994, Roméo Dallaire.", S),
                s("Content note: this episode describes mass killing."),
            ],
            [
                s("In this episode:"),
                s("(02:10) Why a force of 2,500 was thought enough to watch over the peace deal signed in Arusha on 4 "
                  "August 1993.", S),
                s("(09:45) The informant known as 'Jean-Pierre', who told UNAMIR of a plan to kill Belgian soldiers "
                  "and of hidden arms caches.", S),
                s("(14:30) The letter from New York that, in Dallaire's words at the tribunal, left him without any "
                  "authority to investigate.", S),
                s("(21:05) The night of 6 April, when Colonel Théoneste Bagosora looked to be in charge at the crisis "
                  "meeting and brushed aside the Prime Minister's authority.", S),
                s("(27:40) The murder of Agathe Uwilingiyimana and of the ten Belgian blue helmets sent to guard her, "
                  "both on 7 April.", S),
                s("(33:20) Resolution 912 and the decision to shrink the mission to a few hundred.", S),
                s("(38:05) The RPF's arrival in Gisenyi on 16 July and the rush of people towards Goma.", D),
                s("(41:00) What Dallaire told the Military I trial when he took the stand in Arusha in January 2004, "
                  "and why Bagosora's calm stayed with him.", S),
                s("(48:15) The verdict of 18 December 2008 - a life sentence for Bagosora, reduced on appeal to 35 "
                  "years.", S),
                s("(52:30) Why the acquittal of General Gratien Kabiligi, tried alongside him, still rankles.", S),
                s("(56:10) Listener question: why did the tribunal need more than two decades to finish its work?", S),
                s("(59:00) How Bagosora walked free after his 2011 appeal.", C),
            ],
            [
                s("Corrections and notes"),
                s("In episode 13 we said UNAMIR was cut to 2,700 personnel in April 1994; the correct figure is 270.", S),
                s("We also gave the date of the Kibeho massacre as 22 April 1994; it happened exactly a year later.", S),
                s("Owen mentions that Dallaire's memoir won Canada's Governor General's Literary Award for "
                  "non-fiction; that was in 2004.", N),
                s("The figure of fourteen UN soldiers under his command who died comes from the dedication of that "
                  "memoir.", N),
                s("The figure of just over a million dead that Tamsin cites is the Rwandan government's own census of "
                  "victims; other estimates are lower.", S),
                s("Kwibuka, the national remembrance, opens each 7 April with a week of mourning.", N),
            ],
            [
                s("Further reading"),
                s("Human Rights Watch and FIDH, Leave None to Tell the Story, released in March 1999 and written "
                  "principally by Alison Des Forges.", S),
                s("Roméo Dallaire, Shake Hands with the Devil."),
                s("Support the show: listeners can join at the Long Hundred Days patron page."),
            ],
        ],
    },
    # 3. Memorial foundation annual appeal letter (invented trust and director).
    {
        "doc": "foundation-annual-appeal-letter.txt",
        "title": "Ubuhamya Memorial Trust: annual appeal letter, November 2026",
        "genre": "memorial foundation annual appeal letter",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Ubuhamya Memorial Trust - Annual Appeal, November 2026"),
                s("Dear friend,"),
            ],
            [
                s("Thirty-two years ago this spring, a genocide took the lives of Tutsi men, women and children across "
                  "Rwanda in barely a hundred days.", S),
                s("More than a million of them, by the count most Rwandans know, never came home.", D),
                s("Before April 1994, roughly one Rwandan in seven was Tutsi.", D),
                s("This year your gifts helped us record 214 new testimonies from survivors in the Southern Province."),
                s("Many of the people we work with are among the 309,368 survivors counted in the 2008 census, and far "
                  "too many are growing old alone.", S),
                s("Some were children then: UNICEF has said that 95,000 children had been orphaned by the end of the "
                  "genocide.", S),
                s("Others carry wounds no census measures; at least a quarter of a million women were raped during "
                  "the genocide.", D),
                s("Some of the children born of those rapes - up to 20,000, according to the charity Survivors Fund - "
                  "are now in their thirties.", S),
            ],
            [
                s("Justice has come slowly, and in many forms."),
                s("The community gacaca courts, whose name comes from the Kinyarwanda word for grass, tried 1,958,634 "
                  "cases before closing in June 2012.", S),
                s("Abroad, courts from Brussels to Paris have tried suspects; in 2014 a Paris court sentenced the "
                  "former intelligence officer Pascal Simbikangwa to 25 years.", S),
                s("In Arusha the international tribunal convicted sixty-one people, among them the former prime "
                  "minister Jean Kambanda, who pleaded guilty and was given a life sentence.", S),
                s("The tribunal itself closed its doors in 2005.", C),
            ],
            [
                s("Each April we accompany survivors to the Kigali Genocide Memorial at Gisozi, where more than "
                  "250,000 victims are buried.", N),
                s("The memorial centre there opened in April 2004, on the tenth anniversary.", N),
                s("Since 2018 the United Nations has marked 7 April as the International Day of Reflection on the 1994 "
                  "Genocide against the Tutsi in Rwanda.", N),
                s("The day itself was first set aside by the General Assembly in December 2003.", N),
            ],
            [
                s("Your gift of £40 pays for one recorded testimony to be transcribed and translated."),
                s("A gift of £250 keeps our listening room in Huye open for a month."),
                s("Please give what you can before 31 December."),
                s("With gratitude, Immaculée Rwigamba, Director"),
            ],
        ],
    },
    # 4. Legal scholar's blog post on "victor's justice" at the ICTR (hard negative; invented author).
    {
        "doc": "legal-blog-victors-justice-ictr.txt",
        "title": "Victor's justice in Arusha? Thirty years of an unfinished question",
        "genre": "legal scholar's blog post (critique of the ICTR)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Victor's justice in Arusha? Thirty years of an unfinished question"),
                s("Posted by Hélène Vandermeersch, professor of international criminal law"),
            ],
            [
                s("When the Security Council created the ICTR by resolution 955 on 8 November 1994, it gave the "
                  "tribunal jurisdiction over crimes committed between 1 January and 31 December 1994.", S),
                s("That window covered not only the genocide against the Tutsi but also the killings committed by "
                  "soldiers of the Rwandan Patriotic Army in the same year.", S),
                s("Yet when the tribunal closed on 31 December 2015, not one member of the RPF had been prosecuted "
                  "there.", S),
                s("The tribunal's first trial opened only in 1999, more than four years after its creation.", C),
                s("Critics call this 'victor's justice', and the label is not unfair."),
            ],
            [
                s("The scale of what went untried is not trivial."),
                s("Investigators working for UNHCR estimated that RPA soldiers had killed between 25,000 and 45,000 "
                  "people from April to August 1994.", S),
                s("Human Rights Watch, more cautiously, wrote in 1999 that RPF troops may have killed tens of "
                  "thousands during the four months of combat.", S),
                s("A former interior minister later put the toll of RPA killings from April 1994 to August 1995 as "
                  "high as 60,000, above the top of the UNHCR range, though over a period three times as long.", S),
                s("At Kibeho, on 22 April 1995, RPA fire killed at least 4,000 displaced people.", D),
                s("The Rwandan government acknowledged 338 dead.", S),
                s("That is less than a tenth of the Australian peacekeepers' estimate.", S),
            ],
            [
                s("Kigali's answer has always been that it tried its own."),
                s("The military said in 2008 that 43 soldiers had been prosecuted since 1994 for war crimes and "
                  "revenge killings.", S),
                s("The best-known case concerned the killing of thirteen clergy and two other civilians at Kabgayi in "
                  "June 1994.", S),
                s("In October 2008 a military court in Kigali convicted two captains who had pleaded guilty and gave "
                  "each eight years, later cut to five on appeal; a general and a major were acquitted.", S),
                s("The ICTR Prosecutor, Hassan Jallow, monitored that trial rather than bringing the case to "
                  "Arusha.", S),
                s("Human Rights Watch was blunt in December 2008: the tribunal had not prosecuted a single one of the "
                  "serious RPF crimes of 1994.", S),
            ],
            [
                s("None of this makes 1994 a symmetrical tragedy."),
                s("The UN Commission of Experts found in December 1994 that the genocide had been carried out in a "
                  "concerted, planned, systematic and methodical way by Hutu elements, and that there was no evidence "
                  "that Tutsi elements had intended to destroy the Hutu as a group.", S),
                rep("Deniers nonetheless seize on arguments like mine; one comment under my last post read: 'If the "
                    "RPF killed as many as the Interahamwe, there were two genocides, and Arusha only punished "
                    "one.'", C, "double_genocide"),
                s("That is false on every count: even the highest estimate of RPA killings is a small fraction of the "
                  "genocide's toll.", S),
                s("To insist on justice for every victim is, as Human Rights Watch put it, not to deny the "
                  "genocide.", S),
                s("It is to insist that the law applies to the winners too."),
            ],
        ],
    },
    # 5. Reporter's notebook on the Goma camps (hard negative: documents RPA attacks; invented reporter and outlet).
    {
        "doc": "notebook-goma-camps-1994-1996.txt",
        "title": "Goma notebook: counting the uncountable (a reporter's pages, 1994-1996)",
        "genre": "journalist's notebook (refugees, Goma camps)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Goma notebook: counting the uncountable - pages from Mariam Essoufi's reporting for The Lakeside "
                  "Review, 1994-1996, annotated"),
            ],
            [
                s("18 July 1994, Goma: the aid people say over a million crossed in four or five days; the border post "
                  "cannot count and nobody pretends to.", D),
                s("Note added later: the Goma Epidemiology Group settled on 500,000 to 800,000 for North Kivu in July, "
                  "and I have used their range since.", S),
                s("AP's man here reckons far more than half a million came across in just two days.", S),
                s("Soldiers of the beaten army came with them, busloads of them.", S),
                s("21 July: the medical teams say the first cholera strains were isolated yesterday and today.", S),
                s("Note added later: half of the 36,471 cholera cases recorded came in the week from 21 to 27 July, "
                  "with the peak on the 26th.", S),
                s("The toll from cholera alone will be around twelve thousand this month, one doctor tells me.", S),
                s("Water: 200 millilitres a person a day in the first week, less than a glass.", S),
            ],
            [
                s("3 August: everyone wants one number for the dead in the camps."),
                s("Roughly 50,000 refugees have died here since mid-July, and the real figure may be higher.", D),
                s("Note added later: the Lancet group counted almost 50,000 deaths in the first month, while an MSF "
                  "survey at Katale suggested up to 80,000 if the camps held a million.", S),
                s("Acute malnutrition among the under-fives is running between 18 and 23 per cent, three or four "
                  "weeks in.", S),
                s("The men who organised the killing at home now run the camps.", S),
                rep("One camp 'leader' tells me, smiling, that what happened at home was a war, that the RPF started it "
                    "in 1990 and that the dead are on its account.", S, "blame_shifting"),
                s("By the end of the month the camps in eastern Zaire hold some 800,000 people, and a New York Times "
                  "man calls them 'a virtual state of war'.", S),
                s("Aid workers have left a Bukavu camp after being threatened with axes and machetes.", S),
            ],
            [
                s("23 April 1995, Kibeho (across the border, but the same story): the camp that held 110,000 displaced "
                  "people is emptying, and the dead number in the thousands.", D),
                s("October 1996: UNHCR's latest count gives 717,991 Rwandan refugees in North Kivu, most of them in "
                  "five camps around Goma.", N),
                s("Katale, at about 202,000, and Kibumba, at about 195,000, are the biggest; Mugunga has some "
                  "156,000.", N),
                s("Late October: Rwandan army soldiers attack Kibumba, and nearly 200,000 people walk to Mugunga, which "
                  "swells to around 420,000 - the biggest refugee camp in the world, says the head of UNHCR's Goma "
                  "office.", N),
                s("Mid-November: the militias lose their grip and more than half a million people walk home across "
                  "the border in about a week.", N),
                s("The UN later put the number who came back from Zaire at about 720,000, most of them in "
                  "November.", N),
            ],
            [
                s("Two years, one border, and not a single figure I would swear to."),
            ],
        ],
    },
    # 6. Social-media moderator's case log quoting posts in order to decide on them (hard negative).
    {
        "doc": "moderator-case-log-great-lakes-queue.txt",
        "title": "Threadline Trust & Safety: case log, Great Lakes queue, week 47",
        "genre": "social-media moderator's case log",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Threadline Trust & Safety - case log, queue 'Great Lakes (rw/fr/en)', week 47"),
                s("Reviewer: M. Okonkwo-Laurent (senior)"),
            ],
            [
                rep("Case 47-003, post text: 'Only 50,000 people died in Rwanda, the rest is propaganda.'", C,
                    "minimisation", "fabrication"),
                s("Reviewer note: serious estimates are at least ten times higher; Human Rights Watch put the toll at "
                  "no fewer than half a million.", S),
                s("Decision: removed under the denial policy; user warned."),
            ],
            [
                rep("Case 47-007, post text: 'There were two genocides in 1994 and the Hutu one is hidden.'", C,
                    "double_genocide"),
                s("Reviewer note: the UN Commission of Experts found no evidence that Tutsi elements intended to "
                  "destroy the Hutu as a group, although it found crimes against humanity on both sides.", S),
                s("RPA killings are real and documented - UNHCR's investigators estimated 25,000 to 45,000 dead "
                  "between April and August 1994 - but they are not evidence of a second genocide.", S),
                s("Decision: removed; repeat offender, 7-day suspension."),
            ],
            [
                rep("Case 47-011, post text in French: 'Ils ont eu ce qu'ils méritaient, ces cafards.'", None,
                    "dehumanisation", "justification"),
                s("Reviewer note: 'cockroaches' - inyenzi in Kinyarwanda - is the word RTLM used on air for the "
                  "Tutsi and the RPF in 1994, and the user's earlier posts show who is meant.", N),
                s("Decision: removed as dehumanising hate speech; account referred for review."),
            ],
            [
                rep("Case 47-015, post text: 'The ICTR acquitted most of the people it tried, so the genocide story "
                    "collapsed in court.'", C, "fabrication", "definitional_denial"),
                s("Reviewer note: the tribunal convicted 61 people and acquitted 14, and its first judgment, in 1998, "
                  "was a genocide conviction.", S),
                s("Decision: removed; appeal pending."),
            ],
            [
                s("Case 47-019, post text: 'On 1 June 2000 the tribunal jailed the RTLM presenter Georges Ruggiu for "
                  "12 years for inciting genocide - remember what words can do.'", S),
                s("Reviewer note: educational and accurate; hate radio is condemned, not endorsed."),
                s("Decision: no action."),
            ],
            [
                rep("Case 47-022, post text: 'It was spontaneous anger after the president was murdered, nobody "
                    "planned anything.'", C, "spontaneity"),
                s("Reviewer note: the Commission of Experts described the killing as concerted, planned, systematic "
                  "and methodical; the post is denial.", S),
                s("Decision: removed."),
            ],
            [
                rep("Case 47-026, post text: 'Kagame's men shot down the plane, everybody knows it, so the Tutsi "
                    "brought it on themselves.'", D, "blame_shifting", "justification"),
                s("Reviewer note: no court has ever established who fired on the plane; French judges dismissed the "
                  "case against nine people close to Kagame in December 2018.", S),
                s("Decision: removed for the second clause, which blames the victims."),
            ],
            [
                s("Case 47-030, post text: 'UN troops were down to 270 on 6 April, so nobody could have stopped "
                  "anything.'", C),
                s("Reviewer note: wrong on the date - UNAMIR's authorised strength was 2,500 until resolution 912 cut "
                  "it to 270 on 21 April.", S),
                s("Decision: context label added; post left up."),
            ],
            [
                s("Case 47-031, post text: 'Rwanda jailed two million Hutu through gacaca and not one RPF soldier, "
                  "ever.'", C),
                s("Reviewer note: partly wrong - Rwandan military courts did try RPA soldiers, among them two captains "
                  "convicted in 2008 for the Kabgayi killings, although the ICTR tried none.", S),
                s("Decision: context label added; left up, as the post does not deny the genocide."),
            ],
            [
                s("Week total in this queue: 31 reports, 19 removals, 4 suspensions."),
            ],
        ],
    },
    # 7. French parliamentary-style report excerpt (hard negative; the report and rapporteurs are invented).
    {
        "doc": "fr-rapport-information-extrait.txt",
        "title": "Rapport d'information sur la coopération judiciaire et mémorielle franco-rwandaise (extrait)",
        "genre": "French parliamentary report excerpt",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Rapport d'information sur la coopération judiciaire et mémorielle franco-rwandaise, présenté par "
                  "Mme Claire Vasseur-Diop et M. Étienne Rabier, rapporteurs - extrait du chapitre II : « Trente ans "
                  "d'enquêtes »"),
            ],
            [
                s("La mission rappelle d'abord que la représentation nationale s'est déjà penchée sur le sujet : la "
                  "mission d'information présidée par M. Paul Quilès a rendu son rapport le 15 décembre 1998, après "
                  "des auditions conduites de mars à juillet de la même année.", N),
                s("Ce rapport soulignait les incohérences de la politique française au Rwanda, sans retenir la "
                  "responsabilité de la France dans le génocide.", N),
                s("Vingt-trois ans plus tard, le 26 mars 2021, la commission présidée par l'historien Vincent Duclert "
                  "concluait à des « responsabilités lourdes et accablantes », sans complicité au sens juridique.", S),
                s("Moins d'un mois après, le 19 avril 2021, le gouvernement rwandais publiait le rapport d'un cabinet "
                  "d'avocats américain intitulé « A Foreseeable Genocide ».", N),
                s("Le 27 mai 2021, au mémorial de Gisozi, le président de la République reconnaissait les "
                  "responsabilités de la France.", N),
            ],
            [
                s("S'agissant de l'opération Turquoise, la mission rappelle que la résolution 929 du 22 juin 1994 l'a "
                  "autorisée par dix voix et cinq abstentions, sous le chapitre VII.", S),
                s("La résolution 918 du 17 mai 1994 avait auparavant porté à 5 500 hommes les effectifs autorisés de "
                  "la MINUAR, sans effet immédiat sur le terrain.", S),
                s("Quelque 2 500 militaires français ont pris part à Turquoise, aux côtés de contingents "
                  "africains.", S),
                s("Une zone humanitaire sûre a été instaurée le 5 juillet dans le sud-ouest du pays, entre Cyangugu, "
                  "Kibuye et Gikongoro.", S),
                s("Les derniers soldats français l'ont quittée le 21 août, un peu moins de deux mois après le vote de "
                  "la résolution.", S),
                s("Le 27 juin 1994, une patrouille française est passée à Bisesero sans protéger les Tutsi réfugiés "
                  "sur les collines, où les tueries ont repris après son départ.", N),
                s("À la mi-juillet, entre 500 000 et 800 000 personnes, selon les chiffres les plus souvent cités, "
                  "avaient franchi la frontière vers Goma.", D),
            ],
            [
                s("Sur le volet judiciaire, l'information ouverte en 1998 à la suite de la plainte des familles de "
                  "l'équipage a conduit le juge Bruguière à délivrer neuf mandats d'arrêt contre des proches de M. "
                  "Kagame en novembre 2006.", S),
                s("Kigali a aussitôt rompu ses relations diplomatiques avec Paris, qui n'ont été rétablies que trois "
                  "ans plus tard, en novembre 2009.", S),
                s("L'expertise remise aux juges Trévidic et Poux en janvier 2012 situait la zone de tir vers Kanombe, "
                  "alors tenu par les forces gouvernementales.", S),
                s("Les juges ont prononcé un non-lieu le 21 décembre 2018, confirmé en appel en juillet 2020 puis par "
                  "la Cour de cassation en février 2022.", S),
                s("L'auteur du tir demeure donc judiciairement inconnu.", S),
                rep("Certains témoins entendus par la mission ont soutenu que ces incertitudes prouveraient un "
                    "« double génocide ».", None, "double_genocide"),
                s("La mission rejette cette lecture : la commission d'experts de l'ONU a constaté dès décembre 1994 un "
                  "génocide perpétré contre les Tutsi de façon concertée, planifiée, systématique et méthodique.", S),
                s("Les crimes commis par des soldats du FPR, qui ont pu faire plusieurs dizaines de milliers de "
                  "victimes, n'en sont pas moins réels et doivent être jugés.", D),
                s("Le TPIR, qui a fermé ses portes fin 2015, n'a poursuivi aucun membre du FPR, bien qu'il ait "
                  "prononcé quelque 93 condamnations.", C),
            ],
            [
                s("Depuis 2014, la cour d'assises de Paris a jugé plusieurs Rwandais : Pascal Simbikangwa a été "
                  "condamné à 25 ans de réclusion, et les deux anciens bourgmestres de Kabarondo, Octavien Ngenzi et "
                  "Tito Barahira, à la réclusion criminelle à perpétuité en 2016.", S),
                s("En 2022, l'ancien préfet de Gikongoro Laurent Bucyibaruta a été condamné à vingt ans, mais il est "
                  "mort en décembre 2023 avant son procès en appel.", S),
                s("Plus d'un million de personnes ont été tuées en cent jours, rappelle la mission en conclusion de ce "
                  "chapitre.", D),
            ],
        ],
    },
    # 8. French memorial guide leaflet (invented association).
    {
        "doc": "fr-depliant-sites-memoriaux.txt",
        "title": "Sur les pas de la mémoire : dépliant du visiteur",
        "genre": "French memorial guide leaflet",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Sur les pas de la mémoire - dépliant du visiteur : les sites mémoriaux du génocide perpétré contre "
                  "les Tutsi"),
                s("Édité par l'association Ijwi ry'Amateka (Lyon) à l'intention des groupes"),
            ],
            [
                s("Repères : le 6 avril 1994 au soir, l'avion du président Juvénal Habyarimana est abattu à l'approche "
                  "de l'aéroport de Kigali.", S),
                s("Dès le lendemain, la Première ministre Agathe Uwilingiyimana est assassinée, ainsi que les dix "
                  "Casques bleus belges chargés de sa protection.", S),
                s("Les tueries durent une centaine de jours, jusqu'à la victoire militaire du FPR en juillet.", S),
                s("Le recensement des victimes mené par les autorités rwandaises a dénombré 1 074 017 morts, dont "
                  "93,7 % tués parce qu'identifiés comme Tutsi.", S),
                s("On estime généralement le bilan à un million de morts.", D),
                s("Selon Human Rights Watch, environ les trois quarts des Tutsi du pays ont péri.", S),
                s("On compte aussi quelque 95 000 enfants devenus orphelins.", D),
            ],
            [
                s("Mémorial de Kigali (Gisozi) : plus de 250 000 victimes y reposent.", N),
                s("Le centre, inauguré en avril 2004 pour le dixième anniversaire, présente une exposition en "
                  "kinyarwanda, en français et en anglais.", N),
                s("C'est là que le président français a prononcé son discours du 27 mai 2021.", N),
            ],
            [
                s("Nyamata (Bugesera) : environ 10 000 personnes ont été tuées dans l'église et aux alentours.", N),
                s("Ntarama (Bugesera) : plus de 5 000 personnes réfugiées dans l'église y ont été massacrées à partir "
                  "du 15 avril 1994.", N),
            ],
            [
                s("Murambi (ancienne école technique, Gikongoro) : le 21 avril 1994, entre 40 000 et 50 000 personnes "
                  "y ont été tuées.", N),
                s("Bisesero (Kibuye) : sur ces collines, des dizaines de milliers de Tutsi ont résisté pendant des "
                  "semaines avec des pierres et des lances.", N),
                s("Le mémorial, construit en 1998, est appelé le mémorial de la Résistance.", N),
                s("Kibeho : en avril 1995, les soldats de l'APR ont ouvert le feu sur les déplacés du camp ; le bilan "
                  "va de 338 morts selon le gouvernement à au moins 4 000 selon des Casques bleus australiens.", S),
            ],
            [
                s("Chaque année, la commémoration nationale, Kwibuka, s'ouvre le 7 avril par une semaine de deuil, et "
                  "la flamme allumée à Gisozi brûle cent jours.", N),
                s("Tenue correcte exigée ; photographies interdites à l'intérieur des églises."),
                s("Durée du circuit : deux jours, transport compris."),
            ],
        ],
    },
    # 9. Book back cover and blurb with exaggerated figures (invented book, author, reviewers, publisher).
    {
        "doc": "book-back-cover-hundred-days.txt",
        "title": "Back cover: The Hundred Days That Shook the Hills",
        "genre": "book back-cover and blurb",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("THE HUNDRED DAYS THAT SHOOK THE HILLS - Daniel Mercer-Obi"),
                s("A sweeping, unflinching history of Rwanda's genocide and its long aftermath."),
            ],
            [
                s("In the spring of 1994, as the world looked away, Rwanda's Tutsi were hunted down in a campaign of "
                  "extermination that lasted roughly a hundred days.", S),
                s("The UN had fewer than a hundred peacekeepers left in the country by the end of April.", C),
                s("When the killers fled, they drove three million refugees into Zaire, where cholera claimed half a "
                  "million lives within weeks.", C),
                s("Over the next two decades, international judges in Arusha convicted more than two hundred of the "
                  "organisers.", C),
                s("And by the summer of 2012 every one of Rwanda's twelve thousand community courts had closed its "
                  "doors.", S),
                s("Drawing on two decades of interviews, Mercer-Obi follows a survivor of the Nyamata church, a Belgian "
                  "peacekeeper's widow and a judge from the gacaca hills."),
                s("He shows how ordinary neighbours were turned into killers."),
            ],
            [
                s("'Harrowing and exact. Mercer-Obi reminds us that the ten Belgian soldiers murdered on 7 April were "
                  "only the first of many the UN could not protect.' - The Calder Review", S),
                s("'The best single account of how the genocide ended: the rebels took Kigali on 4 July and installed "
                  "a new government a fortnight later.' - Jonah Pike, author of Lake of Fire", S),
                s("'Devastating on the numbers: almost a million refugees died in the Goma camps, and he makes us see "
                  "each of them.' - Northern Lights Quarterly", C),
                s("'As good on the aftermath as on the killing, from the Kibeho massacre of 1995 to the 2,000 cases "
                  "heard by the gacaca courts.' - Dr Amara Lind", C),
                s("'A tribunal that needed nearly thirty years to try a handful of men gets the scrutiny it deserves.' "
                  "- The Westbrook Journal", C),
                s("'For readers of Philip Gourevitch, whose own book on Rwanda won the National Book Critics Circle "
                  "Award.' - The Sunday Ledger", N),
            ],
            [
                s("Daniel Mercer-Obi has reported from the Great Lakes since 1996 and teaches history at the University "
                  "of Northmoor."),
                s("His previous book, on the peace accords signed at Arusha in August 1993, was shortlisted for the "
                  "Aldgate Prize.", S),
                s("Cover photograph: the Kigali Genocide Memorial, where a quarter of a million victims are "
                  "buried.", N),
                s("£25.00 | 512 pages | Harrowgate & Lyle"),
            ],
        ],
    },
    # 10. Fixture: own-voice denial (forum rant). Written by the team; states falsehoods on purpose.
    {
        "doc": "fixture-denial-forum-rant.txt",
        "title": "Fixture: forum rant denying the genocide",
        "genre": "test fixture (own-voice denial, forum post)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Let's be honest about Rwanda for once."),
                own("There was no genocide in 1994, only a civil war in which both sides killed.", C,
                    "definitional_denial", "double_genocide"),
                own("The so-called toll is invented: at most 80,000 people died, and many of them were Hutu.", C,
                    "minimisation", "fabrication"),
                own("Even the Arusha tribunal acquitted Akayesu, which tells you the whole story was staged.", C,
                    "fabrication"),
                own("The so-called survivors who testified were coached and paid to lie.", None,
                    "attack_on_witnesses"),
                own("If anyone was exterminated it was the Hutu, hunted into Zaire by Kagame's army.", None,
                    "role_reversal", "double_genocide"),
                own("Stop repeating the victors' fairy tale.", None, "fabrication"),
            ],
        ],
    },
    # 11. Fixture: distortion (history-club handout). Written by the team; states falsehoods on purpose.
    {
        "doc": "fixture-denial-history-club-handout.txt",
        "title": "Fixture: 'the other side of the story' handout",
        "genre": "test fixture (distortion, handout)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Nobody disputes that many Tutsi died in 1994, but the story is more complicated than Kigali "
                  "admits."),
                own("The president's plane was shot down by the RPF on 6 April, as the French investigation "
                    "established.", C, "blame_shifting"),
                own("What followed was a spontaneous explosion of popular grief, not a plan.", C, "spontaneity"),
                own("The RPF, for its part, killed at least 300,000 Hutu civilians in the same months.", C,
                    "double_genocide", "blame_shifting"),
                own("Peasants who took up machetes were defending their villages against an invading army.", None,
                    "justification", "role_reversal"),
                s("UNAMIR had 2,500 men on paper in April 1994 and was then cut to 270.", S),
                own("Both peoples suffered a genocide, and both deserve the same memorial.", None, "double_genocide"),
            ],
        ],
    },
    # 12. Fixture: composite (accurate notice, then a denial paragraph). Written by the team.
    {
        "doc": "fixture-denial-composite-newsletter-insert.txt",
        "title": "Fixture: newsletter insert, remembrance notice followed by a denial paragraph",
        "genre": "test fixture (composite: accurate text then denial)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("On 7 April 1994, Rwandan soldiers killed Prime Minister Agathe Uwilingiyimana and ten Belgian "
                  "peacekeepers assigned to protect her.", S),
                s("The Security Council cut UNAMIR to 270 personnel on 21 April, then authorised 5,500 troops on 17 "
                  "May.", S),
                s("Almost 50,000 refugees died in North Kivu in the month after the July influx, according to the "
                  "Goma Epidemiology Group.", S),
            ],
            [
                own("But the official story of a 'genocide' is a political invention of the RPF.", C, "fabrication",
                    "definitional_denial"),
                own("The real death toll was under 100,000, and the Tutsi were not its main victims.", C,
                    "minimisation"),
                own("Those who went to Arusha to testify were paid by Kigali to lie.", None, "attack_on_witnesses"),
                own("The truth is that the Hutu were the victims of a genocide in Zaire that no court will ever try.",
                    None, "role_reversal", "double_genocide"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
