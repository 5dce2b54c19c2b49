"""Source of the FIFTH TRAINING labelled set for `factfinder check` (training set, written blind).

    python benchmarks/data/check-train5/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train5/build_set.py --check  # validate the files already written

A TRAINING set: its rows are meant to train the checker's learned layers (verdict, marker and stance models), so it
is not a measure of generalisation and must not be reported as one. It was nevertheless written blind, so that its
wording is not shaped by the checker: new genres (a textbook chapter section, a retrospective humanitarian situation
report on the Zaire camps in July-August 1994, an interview with a defence lawyer critical of the ICTR, an NGO press
release on RPA killings and Kibeho, a travel-guide section on memorials, a podcast transcript on the French role, a
French op-ed on the Duclert report, a French court chronicle on gacaca, an obituary-style profile of Théoneste
Bagosora, and three short denial fixtures: a social-media thread in which users correct a denier, a video-essay
narration and a French blog comment). Its author did not read the detectors, their rules, exemplars or training data,
the benchmark or its results, the check tests, nor any other labelled set's documents or labels (only
benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, the first 40 lines of
the check-blind5 build script as a template for this header, check-blind5/README.md as a template for the README, and
the list TECHNIQUES in src/factfinder/check/model.py). Verdicts were decided against the record alone: examples/
(FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV.
Every fact outside the record was checked with the project's search tool; README.md gives the page and a quotation.

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
    # 1. Textbook chapter section (invented textbook "Modern Africa: Conflict and Reconstruction"). Hard negative:
    #    Kangura and RTLM are quoted to explain them, markers in voice "reported".
    {
        "doc": "textbook-chapter-1990-1994.txt",
        "title": "7.3 From invasion to genocide: Rwanda, 1990-1994",
        "genre": "school textbook chapter section",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("7.3 From invasion to genocide: Rwanda, 1990–1994")],
            [
                s("On 1 October 1990 the Rwandan Patriotic Front (RPF), a movement made up mostly of Tutsi refugees, "
                  "crossed into northern Rwanda from Uganda.", S),
                s("President Juvénal Habyarimana, in power since a bloodless coup on 5 July 1973, immediately asked "
                  "France and Belgium for help.", N),
                s("Within days a few hundred French soldiers were in Kigali under Operation Noroît, officially to "
                  "protect French nationals.", N),
                s("In December 1990 the extremist paper Kangura printed the so-called \"Hutu Ten Commandments\", the "
                  "eighth of which told Hutu to stop having pity for the Tutsi.", N),
                rep("The same issue claimed that \"the Batutsi are bloodthirsty and power-hungry and want to impose "
                    "their hegemony on the people of Rwanda using armed force\".", N,
                    "accusation_in_mirror", "dehumanisation"),
            ],
            [
                s("Under heavy outside pressure, the government and the RPF finally signed a peace agreement at "
                  "Arusha, in Tanzania, on 4 August 1993.", S),
                s("It promised a broad-based transitional government, the return of refugees and a single national "
                  "army.", S),
                s("To help carry it out, the Security Council created UNAMIR with resolution 872 in November 1993.", C),
                s("The mission had an authorised strength of 2,500 and was commanded by the Canadian general Roméo "
                  "Dallaire.", S),
                s("Opponents of the accord already had a new weapon: Radio Télévision Libre des Mille Collines "
                  "(RTLM), which began broadcasting in July 1993 and mixed popular music with propaganda against "
                  "Tutsi, moderate Hutu and the UN mission.", N),
                s("In neighbouring Burundi, Melchior Ndadaye, the country's first elected Hutu president, was killed "
                  "during a failed coup on 21 October 1993.", N),
                s("In a cable dated 11 January 1994, Dallaire passed on to New York an informant's warning, from "
                  "inside the Interahamwe militia, of a plot to exterminate Tutsi.", N),
                s("UN headquarters replied that he had no authority to act on the informant's tip about hidden "
                  "weapons.", S),
            ],
            [
                s("On the evening of 6 April 1994 the plane bringing Habyarimana home from regional talks in "
                  "Tanzania was shot down as it came in to land at Kigali.", S),
                s("Historians still argue over who fired, but most now think it was Hutu extremists determined to "
                  "wreck the Arusha settlement.", D),
                s("Within hours soldiers and militiamen had put up roadblocks all over the capital.", S),
                s("The next day the Prime Minister, Agathe Uwilingiyimana, was murdered, together with ten Belgian "
                  "peacekeepers who had been sent to guard her.", S),
                s("Belgium announced on 14 April that it would withdraw its contingent.", N),
                s("On 21 April, resolution 912 reduced UNAMIR to a token force of about 270.", S),
                rep("In a broadcast of 20 June 1994, an RTLM presenter said the \"Inyenzi\" had been \"created to "
                    "drink Rwandan blood and to kill\" and that \"we must take our revenge on the Inyenzi-Inkotanyi "
                    "and exterminate them\".", N, "dehumanisation", "accusation_in_mirror", "call_to_action"),
                s("Around 800,000 people were killed in roughly a hundred days, the great majority of them Tutsi.", D),
                s("Before April the Tutsi had made up roughly one Rwandan in seven.", D),
            ],
            [
                s("On 17 May the Council imposed an arms embargo and authorised a larger UNAMIR of up to 5,500 "
                  "troops.", S),
                s("On 22 June, resolution 929 gave France a unanimous mandate for Operation Turquoise, which declared "
                  "a \"safe humanitarian zone\" in the south-west.", C),
                s("The RPF took Kigali on 4 July and reached Gisenyi, on the border with Zaire, on 18 July.", D),
                s("A new government, with Pasteur Bizimungu as president, took office on 19 August.", C),
                s("Jean Kambanda, prime minister of the interim government, later pleaded guilty before the ICTR "
                  "and received a 25-year sentence.", C),
            ],
            [s("Review question: why did the agreement signed at Arusha fail to prevent the genocide?")],
        ],
    },
    # 2. Retrospective humanitarian situation report (invented agency "Lakes Region Relief Consortium", LRRC).
    #    Hard negative: the camp leaders' "finish the work" is reported.
    {
        "doc": "sitrep-zaire-camps-jul-aug-1994.txt",
        "title": "Retrospective situation report No. 3: North and South Kivu, 14 July - 31 August 1994",
        "genre": "humanitarian situation report (retrospective)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("RETROSPECTIVE SITUATION REPORT No. 3 — North and South Kivu, Zaire, 14 July to 31 August 1994"),
            ],
            [
                s("Compiled from published sources by the history desk of the Lakes Region Relief Consortium "
                  "(LRRC); this is not a document issued at the time."),
            ],
            [
                s("1. Influx"),
            ],
            [
                s("Gisenyi fell to the RPF on 16 July, and the flight across the border to Goma peaked "
                  "within days.", D),
                s("Some one million people crossed into North Kivu in less than a week.", D),
                s("The Goma Epidemiology Group later put the number at between 500,000 and 800,000.", S),
                s("Soldiers of the defeated government army crossed alongside the civilians.", S),
                s("The ground around Goma is black volcanic rock, which made it almost impossible to dig graves.", N),
            ],
            [
                s("2. Health"),
            ],
            [
                s("Water was the first emergency: in the first week each refugee had roughly 200 ml a "
                  "day.", S),
                s("Cholera was confirmed on 14 July, the very first day of the influx.", C),
                s("Of the 36,471 cholera cases recorded, half occurred between 21 and 27 July, and the epidemic "
                  "peaked on 2 August.", C),
                s("Nearly 50,000 refugees died in the first month alone.", D),
                s("Crude mortality ran at 20 to 35 deaths per 10,000 people per day, according to the Goma "
                  "Epidemiology Group.", S),
                s("By the second month it had fallen to between 5 and 8 per 10,000.", S),
                s("Bodies wrapped in straw mats lay along the roads until trucks took them to mass graves "
                  "bulldozed near the airstrip.", N),
                s("Three to four weeks after the influx, 18–23 % of children under five were acutely "
                  "malnourished.", S),
                s("A mortality survey by MSF in Katale camp suggested that as many as 80,000 refugees might have "
                  "died since mid-July.", S),
                s("In all, perhaps 80,000 people died in the camps that summer.", D),
            ],
            [
                s("3. Response"),
            ],
            [
                s("On 22 July the United States announced Operation Support Hope, and US Army units "
                  "soon set up a large water supply system in Goma.", N),
                s("By 14 August UNHCR was asking agencies to stop airlifting food to Goma.", N),
                s("In the south-west, the last French troops of Operation Turquoise left the safe humanitarian zone "
                  "on 31 August.", C),
                s("About 2,400 African UNAMIR peacekeepers took over from them.", S),
            ],
            [
                s("4. Security"),
            ],
            [
                s("The authorities responsible for the genocide quickly re-established their control "
                  "over the refugees.", S),
                s("By late August UNHCR described the camps of eastern Zaire, then holding some 800,000 people, as "
                  "being in \"a virtual state of war\".", S),
                s("Aid workers had to leave a camp near Bukavu after refugees threatened them with axes and "
                  "machetes.", S),
                rep("By the end of the year, Human Rights Watch reported, the former authorities were openly "
                    "proclaiming their intention to return to Rwanda \"to finish the work\".", N, "call_to_action"),
            ],
        ],
    },
    # 3. Interview Q&A with a defence lawyer critical of the ICTR (invented lawyer and outlet). Hard negative:
    #    criticism of the tribunal, not denial; the denial claim she rejects is reported.
    {
        "doc": "interview-defence-lawyer-ictr.txt",
        "title": "\"A court that judged one side\": a former defence counsel on the ICTR's legacy",
        "genre": "interview (Q&A)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("She spent twelve years defending accused in Arusha and now teaches international criminal "
                  "procedure; she remains one of the tribunal's sharpest critics."),
            ],
            [
                s("Q: Start with the numbers: what did the tribunal actually do?"),
            ],
            [
                s("A: It indicted 93 people, convicted 61 and acquitted 14, over a life that ran from its first "
                  "trial in 1997 to its closure at the end of 2015.", S),
                s("Every one of those 93 came from one side.", S),
                s("UNHCR's own experts estimated that RPA soldiers killed between 25,000 and 45,000 people from "
                  "April to August 1994, and no RPF officer ever stood in the dock in Arusha.", S),
                s("A former interior minister put it higher still, at around 60,000 by August 1995.", S),
                s("Human Rights Watch said it plainly in December 2008: not one of those crimes had been "
                  "prosecuted by the tribunal.", S),
            ],
            [
                s("Q: The prosecutors would answer that the Kabgayi killings were tried in Rwanda."),
            ],
            [
                s("A: Two captains who pleaded guilty got eight years, cut to five on appeal, and the two senior "
                  "officers walked free.", S),
                s("The RPA killed tens of thousands of civilians in 1994, and that trial is nearly all there is to "
                  "show for it.", D),
                s("Carla Del Ponte wanted to open those files, and in August 2003 the Security Council removed her "
                  "as the Rwanda tribunal's prosecutor.", N),
                s("She said openly that Kigali had lobbied for her removal because she meant to investigate "
                  "reprisal killings by the army.", N),
            ],
            [
                s("Q: Your critics call this \"victor's justice\" rhetoric."),
            ],
            [
                s("A: I use that phrase carefully, because the genocide against the Tutsi was planned and it killed "
                  "close to a million people.", D),
                rep("You still hear people say it was all spontaneous anger after the president's death, that "
                    "there was no plan at all.", C, "spontaneity"),
            ],
            [
                s("Q: What about delay?"),
            ],
            [
                s("A: The Appeals Chamber itself cut Jean-Baptiste Gatete's life sentence to 40 years because his "
                  "right to be tried without undue delay had been violated.", S),
                s("Juvénal Kajelijeli's life terms were converted to 25 years because his rights had been breached "
                  "during his arrest and detention.", C),
                s("The tribunal's very last judgment, in the Butare case, came in December 2015, twenty-one years "
                  "after the events.", S),
                s("And the first acquittals did not come until 2008, with General Kabiligi.", C),
            ],
            [
                s("Q: And now?"),
            ],
            [
                s("A: The Residual Mechanism, created by resolution 1966 in December 2010, took over the Rwanda "
                  "tribunal's functions from 1 July 2012.", N),
                s("It is where Félicien Kabuga's case ended in August 2023, with an indefinite stay of proceedings "
                  "and no verdict.", S),
                s("A court that never judged the other side's crimes leaves the history half-written, and that gap "
                  "is exactly what deniers exploit."),
            ],
        ],
    },
    # 4. Human-rights NGO press release (invented NGO "Great Lakes Accountability Watch", GLAW). Hard negative:
    #    documents RPA crimes; the "two genocides" claim is reported and rejected.
    {
        "doc": "press-release-rpa-killings-kibeho.txt",
        "title": "Rwanda: thirty years on, no justice for victims of RPA killings in 1994 and at Kibeho",
        "genre": "human-rights NGO press release",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("FOR IMMEDIATE RELEASE")],
            [
                s("(Nairobi) – Victims of killings by soldiers of the Rwandan Patriotic Army (RPA) in 1994 and 1995 "
                  "are still waiting for justice, Great Lakes Accountability Watch (GLAW) said today."),
                s("Documenting these crimes takes nothing away from the genocide against the Tutsi, which ended when "
                  "the RPF defeated the government army in July 1994.", S),
            ],
            [
                s("As the RPA advanced between April and July 1994, its soldiers killed civilians in summary "
                  "executions and massacres.", S),
                s("In mid-April 1994 RPF soldiers massacred several hundred people in the stadium at Byumba, Human "
                  "Rights Watch reported.", S),
                s("Experts working for UNHCR estimated that between 25,000 and 45,000 people were killed by RPA "
                  "soldiers from April to August 1994.", S),
                s("A former interior minister later put the number at some 60,000 for the period up to August "
                  "1995.", S),
                s("In GLAW's assessment, the true toll of RPA killings in 1994 runs well into the tens of "
                  "thousands.", D),
                s("According to Human Rights Watch, the killings were markedly reduced only after mid-September "
                  "1994, when international pressure grew.", N),
                s("On 5 June 1994, near Kabgayi, RPF soldiers killed thirteen clergy, among them the Archbishop of "
                  "Kigali, and two other civilians.", D),
                s("In October 2008 a military court convicted two captains who had pleaded guilty and acquitted two "
                  "senior officers; on appeal the captains' eight-year sentences were cut to five.", S),
            ],
            [
                s("On 22 April 1995 RPA soldiers opened fire on displaced people as the army forcibly closed the "
                  "Kibeho camp, which then held some 40,000 people.", C),
                s("The government counted 338 dead, while Australian soldiers serving with UNAMIR estimated at "
                  "least 4,000.", S),
                s("GLAW believes that roughly 2,000 people died that day.", D),
            ],
            [
                s("Accountability has been minimal: Rwandan military courts have prosecuted soldiers for killing "
                  "approximately 100 civilians, and the army said in 2008 that it had tried 43 soldiers since "
                  "1994.", S),
                s("The ICTR indicted two RPA colonels in 2005 but later dropped the cases.", C),
                s("Gacaca courts, which handled nearly two million cases, were barred from hearing crimes by RPF "
                  "soldiers.", S),
                s("The UN Mapping Report, published in October 2010 after a draft leaked in August, described 617 "
                  "alleged violent incidents in the Congo between 1993 and 2003, including attacks on Hutu refugees "
                  "by Rwandan troops and their Congolese allies.", N),
                s("It said some of those attacks, if proven before a competent court, could be characterised as "
                  "crimes of genocide.", N),
            ],
            [
                rep("Some websites now cite these reports to claim that Rwanda saw \"two genocides\", or that the RPF "
                    "killed more Hutu than the genocide killed Tutsi.", C, "double_genocide", "minimisation"),
                s("GLAW rejects that claim: the UN Commission of Experts found no evidence that crimes by the Tutsi "
                  "side were committed with intent to destroy the Hutu as a group.", S),
                s("\"Justice for these victims is not a concession to genocide deniers; it is an obligation,\" "
                  "GLAW's director said."),
                s("GLAW calls on Rwanda to open its military archives for 1994 and 1995, and on the Residual "
                  "Mechanism's prosecutor to review the evidence."),
            ],
        ],
    },
    # 5. Travel guide section (invented guidebook).
    {
        "doc": "travel-guide-memorials.txt",
        "title": "Memorials: visiting with care",
        "genre": "travel guide section",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Memorials: visiting with care")],
            [
                s("Most visitors begin at the Kigali Genocide Memorial in Gisozi, about ten minutes' drive from the "
                  "city centre, where more than 250,000 victims are buried.", N),
                s("The centre opened in April 2004, for the tenth anniversary, and its exhibition takes you from "
                  "pre-colonial Rwanda through the genocide to the present day.", N),
                s("Give it at least two hours, and remember that more than a million people were murdered in 1994 "
                  "— the numbers on the walls are not exaggerations.", D),
                s("Many of those responsible were later tried by the ICTR in Arusha, which convicted 93 people.", C),
                s("Others faced the community gacaca courts, which only closed in 2015.", C),
            ],
            [
                s("About 30 km south of the capital, in Bugesera, the former Catholic church at Ntarama is where more "
                  "than 5,000 people who had sought refuge were killed.", N),
                s("The victims' clothes still hang from the rafters, and the holes blown in the walls by grenades "
                  "have been left as they were.", N),
                s("Nearby, the church at Nyamata holds the remains of more than 45,000 victims.", N),
                s("The Tutsi, then roughly a tenth of the population, had been hunted down in churches, schools and "
                  "on the hillsides.", D),
                s("In the south, Murambi is harder to reach but unforgettable: on 21 April 1994 Tutsi who had "
                  "gathered at the school there were massacred.", S),
                s("Hundreds of bodies, preserved in lime, are laid out in the former classrooms; some visitors find "
                  "it too much, and there is no shame in stepping outside.", N),
                s("In September 2023 Nyamata, Murambi, Gisozi and Bisesero were inscribed together on UNESCO's "
                  "World Heritage List.", N),
            ],
            [
                s("If you travel in April, note that the national week of mourning starts on 7 April: flags fly at "
                  "half-mast and music is not played in public places.", N),
                s("The genocide itself lasted about a hundred days, from April to July 1994.", S),
                s("Some 250,000 women were raped, and the testimonies you will hear are not easy to listen to.", D),
                s("Dress modestly, keep your voice down, and leave the sunglasses in your pocket."),
            ],
        ],
    },
    # 6. Podcast transcript, two invented hosts.
    {
        "doc": "podcast-french-role.txt",
        "title": "Footnotes of Empire, episode 47: Turquoise and after - France in Rwanda (transcript)",
        "genre": "podcast transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("[Transcript, episode 47 — \"Turquoise and after: France in Rwanda\"]")],
            [
                s("SAM: So today we're doing France, which is a big one."),
            ],
            [
                s("NADIA: It is, and I want to start before 1994, because French troops were already in Rwanda in "
                  "October 1990, under Operation Noroît.", N),
            ],
            [
                s("SAM: And then in April '94, right after the plane comes down, France flies in paratroopers to get "
                  "its citizens out.", N),
            ],
            [
                s("NADIA: Operation Amaryllis — the official tally was 1,238 people evacuated by air, 454 of them "
                  "French.", N),
            ],
            [
                s("SAM: Meanwhile the genocide is under way, and eventually something like 800,000 people are "
                  "killed.", D),
            ],
            [
                s("NADIA: Then on 22 June the Security Council passes resolution 929, authorising a temporary "
                  "French-led operation under Chapter VII.", S),
            ],
            [
                s("SAM: Which passed unanimously.", C),
            ],
            [
                s("NADIA: No, actually — ten in favour and five abstentions, which tells you how uneasy people "
                  "were.", S),
                s("About 2,500 French soldiers took part, with African contingents, Senegalese among them.", S),
            ],
            [
                s("SAM: By then the RPF had already taken Kigali, back in early June.", C),
            ],
            [
                s("NADIA: Not quite — Kigali fell on 4 July, and the French declared their safe humanitarian zone "
                  "in the south-west the next day.", S),
                s("And Bisesero is where it gets really painful: French soldiers met Tutsi survivors hiding in the "
                  "hills at the end of June and promised to come back in three days.", N),
                s("By the time they did, many of those survivors had been killed.", N),
            ],
            [
                s("SAM: And in July something like a million refugees poured into Goma.", D),
                s("Turquoise wrapped up on 21 August, and African UNAMIR troops took over.", S),
            ],
            [
                s("NADIA: Then there's the judicial story: the crew's families filed a complaint in 1998, and "
                  "Judge Bruguière pointed at the RPF.", S),
                s("In November 2006 he issued nine arrest warrants against people close to Kagame, and Rwanda broke "
                  "off relations.", S),
            ],
            [
                s("SAM: Which weren't restored until 2012.", C),
            ],
            [
                s("NADIA: November 2009, actually — and in February 2010 Sarkozy became the first French president "
                  "to visit since the genocide and talked about \"a serious error of judgment\".", N),
            ],
            [
                s("SAM: Honestly, I think the RPF shot that plane down, and everybody knows it.", D),
            ],
            [
                s("NADIA: I'd be careful: the experts' report of January 2012 placed the firing zone near Kanombe, "
                  "which government forces held, and in the end no court ever established who fired.", S),
                s("The case was closed for good when the Cour de cassation rejected the families' appeals on 15 "
                  "February 2022.", S),
            ],
            [
                s("SAM: Fair enough."),
                s("Then the Duclert report, March 2021, basically says France was complicit.", C),
            ],
            [
                s("NADIA: It says \"heavy and overwhelming responsibilities\", but it explicitly stops short of "
                  "complicity in the legal sense.", S),
                s("A few weeks later Rwanda published its own study, the Muse report, which said France had made a "
                  "foreseeable genocide possible.", N),
                s("And on 27 May 2021 Macron stood at the Gisozi memorial and said he had come to recognise France's "
                  "responsibilities, without apologising.", N),
            ],
            [
                s("SAM: And Kagame said those words were worth more than an apology.", N),
            ],
            [
                s("NADIA: That's where we'll leave it; next week, the trials in Paris."),
            ],
        ],
    },
    # 7. French op-ed on the Duclert report (invented author). Hard negative: "double génocide" rejected by
    #    mention; the deniers' "no genocide / civil war" claim is reported.
    {
        "doc": "tribune-fr-rapport-duclert.txt",
        "title": "Tribune : Rapport Duclert, cinq ans après, ne pas refermer le dossier",
        "genre": "tribune (op-ed)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Rapport Duclert : cinq ans après, ne pas refermer le dossier")],
            [
                s("Le 26 mars 2021, la commission présidée par l'historien Vincent Duclert remettait son rapport à "
                  "Emmanuel Macron.", S),
                s("Mille deux cents pages, tirées des archives de l'Élysée, de la Défense, des Affaires étrangères et "
                  "des services de renseignement.", N),
                s("Il concluait à des « responsabilités lourdes et accablantes » de la France.", S),
                s("Il écartait en revanche la complicité au sens juridique, ce que ses détracteurs lui reprochent "
                  "encore.", S),
                s("La commission avait été nommée le 5 avril 2019, à la veille du vingt-cinquième anniversaire du "
                  "génocide.", N),
                s("Trois semaines après sa remise, le 19 avril, Kigali rendait public le rapport Muse, commandé à un "
                  "cabinet d'avocats américain, selon lequel la France avait « rendu possible un génocide "
                  "prévisible ».", N),
                s("Le 27 mai suivant, au mémorial de Gisozi, le président venait « reconnaître nos "
                  "responsabilités », sans présenter d'excuses.", N),
            ],
            [
                s("Les faits, eux, ne se discutent plus."),
                s("Plus d'un million de Tutsi ont été assassinés en cent jours.", D),
                s("Ils représentaient alors près de 15 % de la population.", D),
                s("Au moins 250 000 femmes ont été violées.", D),
                s("L'opération Turquoise, autorisée le 22 juin 1994 par la résolution 929, a mobilisé quelque 2 500 "
                  "militaires français.", S),
                s("Quant à l'attentat contre l'avion présidentiel, la justice française a clos le dossier : non-lieu "
                  "en décembre 2018, confirmé en appel, puis rejet définitif des pourvois par la Cour de cassation "
                  "en 2021.", C),
                s("Aucun tribunal n'a donc jamais désigné les auteurs du tir.", S),
            ],
            [
                rep("Certains continuent pourtant d'écrire qu'il n'y aurait pas eu de génocide, mais une « guerre "
                    "civile » où « tout le monde a tué ».", C, "definitional_denial", "double_genocide"),
                s("Rappeler que des soldats du FPR ont tué des civils en 1994 — les experts du HCR parlaient de 25 000 "
                  "à 45 000 morts — est nécessaire ; en tirer un « double génocide » est une falsification.", S),
                s("La Commission d'experts de l'ONU l'avait établi dès 1994 : le génocide des Tutsi avait été "
                  "planifié et méthodique, et rien n'indiquait chez l'autre camp une intention de détruire les Hutu "
                  "en tant que groupe.", S),
            ],
            [
                s("En France, la justice avance lentement : Pascal Simbikangwa a été le premier condamné, à 20 ans "
                  "de réclusion, en mars 2014.", C),
                s("Les deux anciens bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, ont été condamnés "
                  "à la perpétuité en 2016.", S),
                s("Laurent Bucyibaruta, ancien préfet de Gikongoro, condamné à 20 ans en 2022, est mort avant son "
                  "procès en appel.", S),
                s("Cinq ans après Duclert, l'enjeu n'est plus de savoir, mais de transmettre."),
            ],
        ],
    },
    # 8. French court chronicle on gacaca (invented chronicler and magazine; no invented defendant).
    {
        "doc": "chronique-fr-gacaca.txt",
        "title": "Chronique judiciaire : dix ans de gacaca, vus depuis les bancs du public",
        "genre": "chronique judiciaire",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Chronique judiciaire — Dix ans de gacaca, vus depuis les bancs du public")],
            [
                s("Pendant des années, j'ai suivi ces audiences de village où l'on jugeait ses voisins devant tout "
                  "le monde."),
                s("Le mot gacaca vient du kinyarwanda et désigne l'herbe, en souvenir des assemblées où l'on "
                  "réglait autrefois les différends.", S),
                s("Les juges n'étaient pas des juristes : c'étaient des habitants choisis pour leur intégrité.", S),
                s("Le bilan publié par le service national des juridictions gacaca remercie d'ailleurs ces juges "
                  "« Inyangamugayo » pour leur dévouement.", N),
                s("Le président Paul Kagame avait lancé les activités des juridictions gacaca le 18 juin 2002.", N),
            ],
            [
                s("Il fallait désengorger un système exsangue : les procès de génocide devant les tribunaux "
                  "ordinaires avaient commencé en décembre 1996, et plus de 125 000 détenus attendaient encore "
                  "d'être jugés en 1998.", S),
                s("Le 24 avril 1998, trente-trois condamnés à mort avaient été fusillés en public.", C),
                s("La peine de mort a finalement été abolie en 2003.", C),
            ],
            [
                s("Au total, les gacaca ont jugé 1 958 634 affaires avant de fermer le 18 juin 2012.", S),
                s("Plus de 1,3 million d'entre elles relevaient de la troisième catégorie, celle des atteintes aux "
                  "biens, comme le pillage.", S),
                s("Human Rights Watch, en 2011, comptait un peu plus de 12 000 juridictions et environ 1,2 million "
                  "d'affaires depuis 2005.", S),
                s("Selon la VOA, environ 65 % des personnes jugées ont été reconnues coupables.", S),
                s("Le ministre de la Justice estimait qu'il aurait fallu plus de trois siècles aux tribunaux "
                  "classiques.", S),
                s("Beaucoup de condamnés passés aux aveux ont purgé une partie de leur peine en travaux d'intérêt "
                  "général, à bâtir des écoles ou à tracer des routes.", N),
                s("À la clôture, 84 896 personnes avaient été condamnées aux TIG, selon les chiffres officiels.", N),
            ],
            [
                s("Human Rights Watch a relevé corruption, irrégularités de procédure et atteintes au droit à un "
                  "procès équitable.", S),
                s("Surtout, les crimes commis par des soldats du FPR avaient été exclus de la compétence des "
                  "gacaca.", S),
                s("Sur les collines, on me rappelait sans cesse que le génocide avait fait près d'un million de "
                  "morts et laissé 95 000 orphelins.", D),
                s("Et l'on parlait des femmes violées, au moins 250 000 selon l'estimation la plus souvent citée.", D),
                s("Les gacaca ont fermé il y a plus de dix ans ; les questions qu'elles ont posées restent "
                  "ouvertes."),
            ],
        ],
    },
    # 9. Obituary-style profile of Théoneste Bagosora (invented outlet). Hard negative: his own denial and threat
    #    are reported.
    {
        "doc": "obituary-bagosora.txt",
        "title": "Théoneste Bagosora, 1941-2021",
        "genre": "obituary-style profile",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Théoneste Bagosora, 1941–2021: the colonel at the centre of the Military I trial")],
            [
                s("Théoneste Bagosora, the former Rwandan army colonel convicted of genocide by the International "
                  "Criminal Tribunal for Rwanda, died on 25 September 2021, aged 80, in a clinic in Bamako, Mali, "
                  "where he was serving his sentence.", N),
                s("Born on 16 August 1941 in Giciye, in the northern prefecture of Gisenyi, he attended a Catholic "
                  "seminary before entering the officers' school in Kigali, from which he graduated in 1964.", N),
                s("In June 1992 he became directeur de cabinet at the Ministry of Defence, a post he kept even after "
                  "retiring from the army in September 1993.", N),
                s("During the Arusha negotiations he is reported to have said that he was going home \"to prepare for "
                  "the apocalypse\".", N),
            ],
            [
                s("After President Habyarimana's plane was shot down on the night of 6 April 1994, Bagosora was "
                  "clearly in charge at the crisis meeting of senior officers, according to General Roméo Dallaire, "
                  "and he refused to accept the authority of the Prime Minister, Agathe Uwilingiyimana.", S),
                s("She was killed the next day, as were the ten Belgian peacekeepers assigned to guard her.", S),
                s("Dallaire later told the tribunal he had never seen anyone so calm and so at ease with what was "
                  "going on.", S),
                s("Bagosora fled as the RPF advanced, was arrested in Cameroon in March 1996 and was transferred to "
                  "Arusha in January 1997.", N),
                rep("From exile across the border in Zaire, he had told a reporter that there had been no genocide, "
                    "only a spontaneous bloodletting the Tutsi had brought on themselves.", C,
                    "definitional_denial", "spontaneity", "blame_shifting", "role_reversal"),
                rep("\"We will fight them again until all the Tutsis are gone,\" he added.", None, "call_to_action"),
            ],
            [
                s("His trial, joined with that of three other senior officers, opened on 2 April 2002; all four "
                  "refused to come to court that first day.", N),
                s("Dallaire testified against him in January 2004.", S),
                s("On 18 December 2008 the trial chamber found him guilty of genocide, crimes against humanity and "
                  "war crimes and sentenced him to life imprisonment.", S),
                s("His co-accused Aloys Ntabakuze and Anatole Nsengiyumva were also given life, while Gratien "
                  "Kabiligi was acquitted.", S),
                s("He was held responsible for the murders of the Prime Minister and of the Belgian peacekeepers, "
                  "and on appeal the judges upheld every one of those findings.", C),
                s("They did reduce his sentence, in December 2011, to 30 years.", C),
                s("He served it in Mali, in Koulikoro prison, and a request for early release was rejected in April "
                  "2021.", N),
                s("Prosecutors had called him the brain of a genocide that killed some 800,000 people.", D),
                s("His death was announced by his son on Facebook and confirmed the next day by the Mechanism that "
                  "succeeded the tribunal.", N),
            ],
        ],
    },
    # 10. Fixture: social-media thread, a denier corrected by other users (composite, mixed).
    {
        "doc": "fixture-denial-thread-corrections.txt",
        "title": "Thread: \"the real story of Rwanda\" (replies)",
        "genre": "social-media thread (test fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                own("@truthseeker_88: funny how nobody mentions the 'genocide' was really a civil war where both "
                    "sides killed just as many", C, "definitional_denial", "double_genocide"),
            ],
            [
                own("@truthseeker_88: real toll was maybe 50k tops, the rest is propaganda", C,
                    "minimisation", "fabrication"),
            ],
            [
                s("@kivu_nurse: That's false — the UN Commission of Experts estimated some 500,000 unarmed "
                  "civilians murdered as early as December 1994, and warned the figure might be too low.", S),
            ],
            [
                s("@kivu_nurse: The same commission found the genocide against the Tutsi was planned and "
                  "systematic, and found no evidence that crimes by the Tutsi side aimed to destroy the Hutu.", S),
            ],
            [
                own("@truthseeker_88: the UN was bought and those \"witnesses\" were paid to lie in Arusha", None,
                    "fabrication", "attack_on_witnesses"),
            ],
            [
                s("@histprof_mb: The ICTR convicted 61 people on evidence tested by defence lawyers and acquitted 14, "
                  "which is not what a bought court looks like.", S),
            ],
            [
                s("@histprof_mb: And yes, RPF soldiers killed civilians too — UNHCR's experts put it at 25,000 to "
                  "45,000 — but that doesn't turn a genocide into a 'two-sided' war.", S),
            ],
            [own("@truthseeker_88: keep swallowing the official story", None, "fabrication")],
        ],
    },
    # 11. Fixture: video-essay narration (distortion).
    {
        "doc": "fixture-denial-video-essay.txt",
        "title": "Video essay: \"Rwanda - the story they didn't tell you\" (narration)",
        "genre": "video-essay narration (test fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("[Narrator, over archive footage] Everyone \"knows\" the story of Rwanda — but have you ever "
                    "asked who benefits from the version you were taught?", None, "fabrication"),
                own("Yes, people died in 1994, but the 800,000 figure was inflated by a regime that needed victims; "
                    "the real number of Tutsi killed was closer to 60,000.", C, "minimisation", "fabrication"),
                own("What the documentaries skip is that the RPF invaded in 1990 and then shot down the president's "
                    "plane, so whatever followed was a response to their aggression.", D,
                    "blame_shifting", "role_reversal", "justification"),
                own("Frightened villagers, convinced the rebels had come to massacre them, defended themselves with "
                    "whatever they had.", None, "role_reversal", "spontaneity", "justification"),
            ],
            [
                own("Meanwhile the RPF slaughtered hundreds of thousands of Hutu, a second genocide the UN has "
                    "quietly buried.", C, "double_genocide", "fabrication"),
                own("The so-called tribunal in Arusha only ever tried the losers, and its \"witnesses\" recited "
                    "scripts written in Kigali.", S, "attack_on_witnesses", "fabrication"),
                own("Two peoples killed each other, and only one of them was ever called genocidal.", None,
                    "double_genocide"),
                s("Subscribe, share, and ask your teachers why they never mention any of this."),
            ],
        ],
    },
    # 12. Fixture: French blog comment (denial).
    {
        "doc": "fixture-denial-fr-blog-comment.txt",
        "title": "Commentaire sous un billet de blog (avril)",
        "genre": "blog comment (test fixture)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Patrice_R : On nous ressort chaque avril ce prétendu « génocide », mais aucun historien sérieux "
                    "n'a jamais prouvé qu'il y ait eu un plan.", C, "definitional_denial", "spontaneity"),
                own("Le chiffre de 800 000 morts a été fabriqué de toutes pièces par Kigali pour toucher l'aide "
                    "internationale.", C, "fabrication", "minimisation"),
                own("En réalité il y a eu tout au plus quelques dizaines de milliers de victimes, des deux côtés, "
                    "dans une guerre que le FPR avait déclenchée.", C,
                    "minimisation", "double_genocide", "blame_shifting"),
                own("Les Tutsi ne faisaient d'ailleurs que 3 % de la population : comment en aurait-on tué un "
                    "demi-million ?", C, "minimisation"),
                own("Les prétendus rescapés qui défilent à Arusha ou à Paris sont payés pour réciter la version "
                    "officielle.", None, "attack_on_witnesses", "fabrication"),
                s("Le TPIR lui-même a acquitté la plupart des accusés, c'est dire.", C),
                own("Quand cessera-t-on de criminaliser ceux qui n'ont fait que se défendre ?", None,
                    "role_reversal", "justification"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
