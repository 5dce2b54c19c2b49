"""Source of the SECOND BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind2/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind2/build_set.py --check  # validate the files already written

Written after the first two sets (benchmarks/data/check/ and benchmarks/data/check-blind/) had been seen by the
people tuning the detectors, to measure generalisation at the end: new genres, new wording, new facts. Its author
did not read the detectors, their rules, exemplars or training data, nor either earlier set's sentences (only
benchmarks/data/check/README.md for the conventions and the earlier build script's rendering and validation code).
Keep it that way: do not copy these sentences into rules, exemplars or training data, and do not tune against
this set.

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
    # ------------------------------------------------------------------ 1. wire brief, anniversary (real event, 7 April 2000)
    {"doc": "wire_anniversary_brief.txt",
     "title": "Belgian prime minister asks Rwanda's forgiveness on genocide anniversary",
     "genre": "news_brief", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": False,
     "paragraphs": [[
         s("KIGALI, April 7, 2000 (Wire) - Belgian Prime Minister Guy Verhofstadt asked Rwanda's forgiveness on "
           "Friday for his country's failures in 1994, at a ceremony marking six years since the genocide began.", N),
         s("\"In the name of my country, I ask your forgiveness,\" he told several thousand people gathered on a "
           "hillside at Gisozi.", N),
     ], [
         s("Ten Belgian peacekeepers were killed on 7 April 1994 while assigned to guard Prime Minister Agathe "
           "Uwilingiyimana, a moderate Hutu whom government soldiers murdered the same day.", S),
         s("Earlier on Friday Verhofstadt unveiled a plaque in their memory.", N),
         s("After the murders Belgium pulled its contingent out of the UN force, and on 21 April 1994 the Security "
           "Council cut UNAMIR to about 270 personnel.", S),
         s("Up to 800,000 people are thought to have been killed in roughly a hundred days.", D),
         s("The killings left some 95,000 children orphaned.", D),
     ], [
         s("Paul Kagame called the speech courageous.", N),
         s("Bill Clinton, during a brief stop at Kigali airport in March 1998, had said the world \"did not act "
           "quickly enough after the killing began\".", N),
         s("The Security Council set up the International Criminal Tribunal for Rwanda in November 1995.", C),
         s("Its first judgment, against the former mayor Jean-Paul Akayesu in September 1998, was the first "
           "conviction for genocide handed down by an international court.", S),
     ], [
         s("The ceremony closed a week of mourning during which the remains of thousands of victims "
           "were exhumed and reburied.", N),
         s("Some of the wounds of 1994 lie outside Rwanda's borders: in a few days of July that year up to a million "
           "people, most of them Hutu, crossed into Zaire.", D),
     ]]},

    # ------------------------------------------------------------------ 2. book review
    {"doc": "book_review_order_of_genocide.txt",
     "title": "Review: Scott Straus, The Order of Genocide",
     "genre": "book_review", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": False,
     "paragraphs": [[
         s("The Order of Genocide: Race, Power, and War in Rwanda, by Scott Straus (Cornell University Press, 2006, "
           "288 pages).", N),
     ], [
         s("Few books about Rwanda begin where this one does: with the men who killed."),
         s("Straus, who had reported from central Africa as a journalist in the mid-1990s, went back in 2002 and "
           "interviewed some 230 perpetrators who were serving sentences for genocide.", N),
         s("What he met were farmers, schoolteachers, fishermen and carpenters, a fair cross-section of Rwanda's "
           "adult population rather than a gallery of monsters.", N),
         s("The war, in his reading, is what made the killing possible: it legitimised violence and handed power to "
           "the hardliners."),
     ], [
         s("The background he sets out is familiar but carefully done."),
         s("The Rwandan Patriotic Front, an army built largely from Tutsi refugees, crossed the border from Uganda "
           "on 1 October 1990.", S),
         s("A peace deal was signed at Arusha in August 1993, and a small UN mission came to help carry it out.", S),
         s("When the president's plane was brought down on the evening of 6 April 1994, the hardliners chose "
           "extermination.", S),
         s("Between April and July some 800,000 people were murdered, the great majority of them Tutsi.", D),
     ], [
         s("The book is weakest on the aftermath."),
         s("It says little about the crimes of the RPF itself, which a UNHCR team under Robert Gersony estimated at "
           "25,000 to 45,000 killings between April and August 1994.", S),
         s("Nor does it mention the killing of thirteen clergy by RPF soldiers at Kabgayi in June 1995.", C),
         s("Those gaps do not weaken its central argument."),
     ], [
         s("Readers who want the full narrative should pair it with Alison Des Forges's Leave None to Tell the "
           "Story, which Human Rights Watch published in 1999.", S),
         s("Des Forges, who gave expert evidence in eleven trials at the Rwanda tribunal, died in a plane crash near "
           "Buffalo in February 2009.", N),
         s("Philip Gourevitch's We Wish to Inform You That Tomorrow We Will Be Killed with Our Families, winner of "
           "the National Book Critics Circle Award for 1998, remains the most readable account.", N),
         s("Straus's book is harder going, and more rewarding."),
     ]]},

    # ------------------------------------------------------------------ 3. research blog on RPA killings (hard negative)
    {"doc": "blog_rpa_killings_1994.txt",
     "title": "Field notes: what the record says about killings by RPA soldiers in 1994-1995",
     "genre": "research_blog", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
     "paragraphs": [[
         s("This post gathers what the published record says about civilians killed by soldiers of the Rwandan "
           "Patriotic Army in 1994 and 1995."),
         s("It starts from a premise that should not be controversial: every victim deserves to be counted."),
     ], [
         s("The best-known estimate comes from a UNHCR team led by Robert Gersony, whose findings were never "
           "published as a report.", S),
         s("The team concluded that RPA soldiers had killed between 25,000 and 45,000 people from April to August "
           "1994.", S),
         s("Human Rights Watch, writing in 1999, said RPF soldiers may have slaughtered tens of thousands during the "
           "four months of combat.", S),
         s("A former interior minister later put the figure at 60,000 for the period up to August 1995.", S),
         s("My own reading of the evidence is that RPA units killed at least 30,000 civilians in those months.", D),
     ], [
         s("The killings took several forms."),
         s("At Byumba in April 1994 several hundred people were killed at the stadium, according to Human Rights "
           "Watch.", S),
         s("Near Kabgayi, RPF soldiers killed fifteen civilians, thirteen of them clergy, including the Archbishop "
           "of Kigali.", S),
         s("The killings took place on 5 June 1994.", D),
         s("Amnesty International reported hundreds of deliberate executions by RPF forces that year.", S),
     ], [
         s("Accountability has been minimal."),
         s("Rwandan military courts prosecuted RPA soldiers for the killing of approximately 100 civilians, "
           "according to Human Rights Watch.", S),
         s("In the Kabgayi case a military court in Kigali convicted two captains in October 2008 and acquitted two "
           "senior officers.", S),
         s("The UN tribunal in Arusha never indicted a single RPF member.", S),
     ], [
         s("In April 1995 RPA soldiers opened fire on displaced people at the Kibeho camp.", S),
         s("At least 4,000 people died there.", D),
         s("The Rwandan government put the toll at 338.", S),
     ], [
         s("None of this makes the genocide against the Tutsi any less a genocide, and none of it is offered as a "
           "counterweight."),
         s("The UN Commission of Experts, which asked for the RPF's crimes to be investigated, also found no evidence "
           "that they were meant to destroy the Hutu as a group.", S),
         s("Documenting these deaths is simply the work the victims are owed."),
     ]]},

    # ------------------------------------------------------------------ 4. legal commentary on the ICTR and RPF crimes (hard negative)
    {"doc": "legal_commentary_ictr_rpf.txt",
     "title": "A tribunal for one side? The ICTR and the crimes of the RPF",
     "genre": "legal_commentary", "language": "en", "stance": "acknowledges", "composite": False,
     "hard_negative": True,
     "paragraphs": [[
         s("The International Criminal Tribunal for Rwanda was established by Security Council resolution 955 on "
           "8 November 1994.", S),
         s("Its temporal jurisdiction ran from 1 January to 31 December 1994.", S),
         s("Nothing in that mandate confined it to one side of the conflict."),
     ], [
         s("Over twenty-one years the tribunal indicted 93 people.", S),
         s("It convicted 75 of them and acquitted 14.", C),
         s("Not one of the accused belonged to the RPF.", S),
         s("In December 2008 Human Rights Watch wrote that the tribunal had \"not prosecuted even one\" of the "
           "serious RPF crimes of 1994.", S),
     ], [
         s("The omission cannot be put down to a lack of evidence."),
         s("As early as December 1994 the Commission of Experts had recommended that the Prosecutor continue to "
           "investigate violations attributed to the RPF.", S),
         s("Human Rights Watch's 1999 history documented summary executions and massacres by RPF soldiers between "
           "April and July 1994.", S),
         s("The Prosecutor instead left the best-documented case, the killing of the clergy at Kabgayi, to Rwanda's "
           "military justice and monitored the trial.", S),
         s("The military court convicted two junior officers, who had pleaded guilty, and acquitted their "
           "superiors.", S),
         s("Their eight-year sentences were cut to five on appeal.", S),
         s("Nor did the Prosecutor take up Kibeho, where RPA soldiers killed some 2,000 displaced people in "
           "April 1995.", D),
         s("The gacaca courts, which tried nearly two million cases, were barred from hearing RPF crimes "
           "altogether.", S),
     ], [
         s("Critics have called the outcome victor's justice."),
         s("The label is polemical, but the asymmetry it names is real."),
         s("Naming that asymmetry does not put the genocide in question: the tribunal's own judgments, from Akayesu "
           "in 1998 to the appeal in the Butare case in December 2015, established it beyond doubt.", S),
         s("A court that tries only the losers invites the suspicion that it was built for them, and the "
           "tribunal's successors would do well to remember it."),
     ]]},

    # ------------------------------------------------------------------ 5. school textbook summary (honest errors)
    {"doc": "textbook_summary_rwanda1994.txt",
     "title": "Chapter 12 summary: the genocide against the Tutsi in Rwanda, 1994",
     "genre": "textbook", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": False,
     "paragraphs": [[
         s("CHAPTER 12 SUMMARY: THE GENOCIDE AGAINST THE TUTSI IN RWANDA, 1994"),
     ], [
         s("Under Belgian rule, from 1933 every Rwandan carried an identity card stating whether he or she was "
           "Hutu, Tutsi or Twa.", N),
         s("Rwanda became independent in 1962.", N),
         s("In July 1973 Juvénal Habyarimana seized power in a military coup.", N),
         s("The Rwandan Patriotic Front was formed in 1987 by Tutsi refugees living in Uganda.", N),
         s("On the eve of the genocide Tutsi made up about 15 per cent of the population.", D),
     ], [
         s("The RPF invaded northern Rwanda on 1 October 1990, starting a civil war.", S),
         s("The Arusha Accords that were meant to end the war were signed in August 1992.", C),
         s("To help apply them, the Security Council created UNAMIR, a peacekeeping force commanded by the Canadian "
           "general Roméo Dallaire.", S),
     ], [
         s("On 6 April 1994 the plane carrying President Habyarimana was shot down over Kigali.", S),
         s("Hutu extremists in the army are generally blamed for the attack.", D),
         s("Within hours, soldiers and the militias known as Interahamwe began killing Tutsi and moderate Hutu.", S),
         s("Roadblocks went up all over Kigali, and victims were picked out by their identity cards.", S),
         s("About one million people were killed in 100 days.", D),
         s("In late April the Security Council voted to increase UNAMIR to 5,500 troops.", C),
         s("At least 250,000 women were raped.", D),
         s("On 4 July 1994 RPF troops captured Kigali.", S),
     ], [
         s("Up to a million people, mostly Hutu, fled into Zaire in July.", D),
         s("The French troops of Operation Turquoise left the safe humanitarian zone on 21 August 1995.", C),
         s("Almost 50,000 refugees died in the camps around Goma in the first month, mostly of cholera and "
           "dysentery.", D),
         s("The UN set up the International Criminal Tribunal for Rwanda in Arusha, Tanzania.", S),
         s("Its first verdict, in 1998, sentenced the former mayor Jean-Paul Akayesu to 25 years in prison.", C),
         s("Inside Rwanda, community courts called gacaca tried 1,958,634 cases before closing in June 2012.", S),
     ], [
         s("KEY TERM - genocide: a word coined by the lawyer Raphael Lemkin and first used in print in 1944.", N),
     ]]},

    # ------------------------------------------------------------------ 6. teacher's Q&A (quotes denial to refute; hard negative)
    {"doc": "teacher_qa_explainer.txt",
     "title": "Teaching the genocide against the Tutsi: the questions students ask",
     "genre": "explainer", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
     "paragraphs": [[
         s("Every year my students bring me the same handful of questions, often lifted from videos they have "
           "watched online."),
         s("Here are my answers, with the sources I use in class."),
     ], [
         rep("Q: \"Wasn't it just a civil war where both sides killed each other?\"", C,
             "definitional_denial", "double_genocide"),
         s("A: There was a civil war, which the RPF opened on 1 October 1990, but the genocide was something "
           "else.", S),
         s("In December 1994 the UN Commission of Experts concluded that Hutu elements had set out to destroy the "
           "Tutsi as a group, and had done it in an organised and deliberate way.", S),
         s("It also found that individuals on both sides committed crimes against humanity, which is why historians "
           "document RPF killings as well.", S),
     ], [
         rep("Q: \"Didn't the killing just erupt because people were furious about the president's death?\"", None,
             "spontaneity"),
         s("A: The fury was stoked, and it was kept going for months."),
         rep("On 20 June 1994 a presenter on the hate radio RTLM told listeners \"we must take our revenge on the "
             "Inyenzi-Inkotanyi and exterminate them\".", N, "call_to_action", "dehumanisation"),
         rep("The same broadcast said of them that \"they were created to drink Rwandan blood and to kill\".", N,
             "dehumanisation", "accusation_in_mirror"),
         s("Calling people insects and bloodsuckers is how a broadcaster makes murder sound like self-defence."),
     ], [
         rep("Q: \"I read that only a few tens of thousands died and the big numbers were made up.\"", C,
             "minimisation", "fabrication"),
         s("A: Every serious count is far larger."),
         s("Human Rights Watch put the dead at no fewer than half a million in its 1999 history, and the Rwandan "
           "government's victim census of 2002 reached 1,074,017.", S),
         s("Scholars still argue about the exact total, but not about its order of magnitude."),
     ], [
         s("Q: \"Who shot down the plane?\""),
         s("A: Nobody knows for certain; the aircraft was hit as it came in to land at Kigali on the night of "
           "7 April 1994.", C),
         s("A French investigation that long pointed at the RPF ended with the charges dismissed in 2018, and the "
           "Cour de cassation made that final in February 2022.", S),
         s("Whoever fired, the attack does not explain why soldiers and militiamen were killing Tutsi at roadblocks "
           "across Kigali within hours.", S),
     ], [
         s("Q: \"Is it true that the RPF killed Hutu civilians too?\""),
         s("A: Yes, and saying so is not denial: a UNHCR team estimated that RPA soldiers killed 25,000 to 45,000 "
           "people between April and August 1994.", S),
         s("What turns such facts into denial is the claim that they cancel the genocide out, as in the slogan of a "
           "\"double genocide\"."),
         s("I close the unit with Roméo Dallaire's memoir, Shake Hands with the Devil, published in 2003.", N),
     ]]},

    # ------------------------------------------------------------------ 7. FIXTURE: comment thread under a news video (composite)
    {"doc": "fixture-denial-comment-thread.txt",
     "title": "Comments under a news video (test fixture)",
     "genre": "comment_thread", "language": "en", "stance": "mixed", "composite": True, "hard_negative": False,
     "paragraphs": [[
         s("Video description: On 27 May 2021 French President Emmanuel Macron spoke at the genocide memorial in "
           "Kigali and acknowledged France's responsibilities in the 1994 genocide against the Tutsi.", N),
         s("Two months earlier a commission of historians led by Vincent Duclert had found \"heavy and "
           "overwhelming\" French responsibilities.", S),
     ], [
         own("@truthseeker88: genocide my foot, it was a war and the Tutsi army won it", C, "definitional_denial"),
     ], [
         own("@truthseeker88: fewer than 30,000 people died, the rest is made-up numbers", C,
             "minimisation", "fabrication"),
         ], [
         own("and the UN itself never found any genocide, look it up", C, "definitional_denial"),
     ], [
         own("@kivu_watch: the real genocide was against the Hutu, Kagame's men killed them by the hundreds of "
             "thousands", C, "double_genocide", "role_reversal"),
         ], [
         own("and it was Kagame's people who shot the plane down, everybody knows it", D, "blame_shifting"),
     ], [
         own("@bigmike: those \"survivors\" on TV are paid actors, every single one", None, "attack_on_witnesses"),
         ], [
         own("cockroaches always play the victim, time to run them out of every country that shelters them", None,
             "dehumanisation", "call_to_action", "role_reversal"),
         ], [
         own("they were planning to wipe us out first, we just got there before them", None,
             "accusation_in_mirror", "justification"),
     ], [
         own("@kivu_watch: the court in Arusha was a show trial that jailed Hutu on the word of liars", None,
             "attack_on_witnesses"),
     ]]},

    # ------------------------------------------------------------------ 8. FIXTURE: "just asking questions" op-ed
    {"doc": "fixture-denial-just-asking-oped.txt",
     "title": "Just asking: are we sure we know who the victims were? (test fixture)",
     "genre": "op_ed", "language": "en", "stance": "distorts", "composite": False, "hard_negative": False,
     "paragraphs": [[
         s("JUST ASKING: ARE WE SURE WE KNOW WHO THE VICTIMS WERE?"),
     ], [
         s("I am only asking questions, the kind nobody in polite company may ask about Rwanda."),
         own("Why is it forbidden to wonder whether the people we call perpetrators were in fact defending "
             "themselves against an invading army?", None, "justification", "role_reversal"),
         own("Was it not the RPF that invaded the country in October 1990 and made every Tutsi neighbour look like "
             "a fifth column?", S, "blame_shifting", "justification"),
         own("Isn't it strange that the Hutu who fled to Zaire in July 1994, a million of them, are never called "
             "victims?", D, "role_reversal"),
     ], [
         own("Could the so-called planning have been invented after the fact, when the UN Commission of Experts "
             "actually found no evidence of a plan?", C, "fabrication", "spontaneity"),
         own("Were the Tutsi not themselves preparing to exterminate the Hutu, as everyone in Kigali feared?", None,
             "accusation_in_mirror", "justification"),
         own("Might the killings have been the chaotic reaction of terrified peasants rather than an organised "
             "programme?", None, "spontaneity"),
         own("Why do we hear so much about the Tutsi dead and nothing about the 60,000 Hutu that Kagame's soldiers "
             "slaughtered?", D, "double_genocide"),
         s("Who decided that the tribunal would try only one side, if not the victors?", S),
         own("And if Tutsi were only 8.4 per cent of the population, how could a million of them have died?", D,
             "minimisation"),
     ], [
         own("Perhaps the real victims of 1994 were the Hutu, and the story we have been told is exactly upside "
             "down.", None, "role_reversal", "double_genocide"),
         s("I am not saying it; I am asking."),
     ]]},

    # ------------------------------------------------------------------ 9. French encyclopedia entry
    {"doc": "fr_encyclopedie_genocide_tutsi.txt",
     "title": "Génocide des Tutsi au Rwanda (1994)",
     "genre": "encyclopedia", "language": "fr", "stance": "acknowledges", "composite": False, "hard_negative": False,
     "paragraphs": [[
         s("GÉNOCIDE DES TUTSI AU RWANDA (1994)"),
     ], [
         s("Le génocide des Tutsi désigne l'extermination organisée de la minorité tutsi du Rwanda, ainsi que le "
           "meurtre d'opposants hutu, entre avril et juillet 1994.", S),
         s("Le mot « génocide », forgé par le juriste Raphael Lemkin, apparaît pour la première fois dans un "
           "ouvrage publié en 1944.", N),
     ], [
         s("Sous l'administration belge, des cartes d'identité mentionnant l'appartenance ethnique furent "
           "introduites au début des années 1930.", N),
         s("Le pays accède à l'indépendance en 1962.", N),
         s("Le 5 juillet 1973, le général Juvénal Habyarimana renverse le président Grégoire Kayibanda.", N),
         s("Le 1er octobre 1990, le Front patriotique rwandais (FPR), formé de réfugiés tutsi installés en "
           "Ouganda, attaque le nord du pays.", S),
         s("Les accords d'Arusha, signés le 4 août 1993, prévoient un partage du pouvoir et la fusion des deux "
           "armées.", S),
     ], [
         s("Le soir du 6 avril 1994, l'avion du président Habyarimana est abattu à l'approche de l'aéroport de "
           "Kigali.", S),
         s("Les auteurs de l'attentat n'ont jamais été identifiés par une juridiction.", S),
         s("Dès le 7 avril, la Première ministre Agathe Uwilingiyimana est assassinée, de même que dix Casques "
           "bleus belges chargés de sa protection.", S),
         s("À Nyamata, au sud de Kigali, environ 10 000 personnes réfugiées dans l'église et ses abords sont tuées "
           "en avril.", N),
         s("Le bilan est estimé à environ 800 000 morts.", D),
         s("Le FPR s'empare de Kigali le 4 août 1994, ce qui met fin aux massacres.", C),
         s("Le FPR atteint Gisenyi le 18 juillet.", D),
         s("Près d'un million de réfugiés passent alors au Zaïre en quelques jours.", D),
     ], [
         s("Le Tribunal pénal international pour le Rwanda, créé le 8 novembre 1994, a condamné 61 personnes et en "
           "a acquitté 14.", S),
         s("En France, Pascal Simbikangwa a été condamné à 25 ans de réclusion criminelle en mars 2014.", S),
         s("Le 27 mai 2021, à Kigali, Emmanuel Macron a reconnu les responsabilités de la France, sans présenter "
           "d'excuses.", N),
     ]]},

    # ------------------------------------------------------------------ 10. French press review (quotes denial to refute; hard negative)
    {"doc": "fr_revue_de_presse_negationnisme.txt",
     "title": "Revue de presse : les formules du négationnisme, d'une commémoration à l'autre",
     "genre": "press_review", "language": "fr", "stance": "acknowledges", "composite": False,
     "hard_negative": True,
     "paragraphs": [[
         s("Chaque mois d'avril ramène ses commémorations et, avec elles, les mêmes formules négationnistes, que "
           "cette revue cite pour mieux les démonter."),
     ], [
         rep("Première formule, relevée sur les réseaux sociaux : « Il n'y a pas eu de génocide, seulement une "
             "guerre civile où chacun a tué. »", C, "definitional_denial", "double_genocide"),
         s("La commission d'experts de l'ONU avait pourtant conclu dès décembre 1994 que des éléments hutu avaient "
           "commis un génocide contre le groupe tutsi.", S),
         rep("Deuxième formule : « Les chiffres ont été gonflés ; il y a eu tout au plus 50 000 morts. »", C,
             "minimisation", "fabrication"),
         s("Même les estimations les plus prudentes, comme celle de Human Rights Watch en 1999, retiennent au "
           "moins un demi-million de victimes.", S),
     ], [
         rep("Troisième formule : « Les vrais génocidaires, ce sont les hommes du FPR. »", C,
             "role_reversal", "double_genocide"),
         s("Les crimes du FPR sont documentés : une équipe du HCR les chiffrait à 25 000 à 45 000 morts entre "
           "avril et août 1994, mais la commission d'experts n'y a vu aucune intention de détruire les Hutu en "
           "tant que groupe.", S),
     ], [
         s("Rappelons que le génocide a fait près d'un million de morts en une centaine de jours.", D),
         s("Ces formules recyclent la propagande de 1994."),
         rep("Fin mai 1994, un animateur de la RTLM lançait aux jeunes d'une barrière de Kigali : « Gardez bien le "
             "caniveau, pour que demain aucun cafard ne passe ! »", N, "dehumanisation", "call_to_action"),
         s("Le « cafard » désignait les Tutsi, que la radio appelait « inyenzi ».", N),
     ], [
         s("Côté presse, on relira le compte rendu du discours de Guy Verhofstadt à Kigali, le 7 avril 2000, où il "
           "demandait pardon au Rwanda au nom de la Belgique.", N),
         s("On relira aussi celui d'Emmanuel Macron au mémorial de Gisozi, le 27 mai 2021, qui reprochait à la "
           "France d'avoir « trop longtemps fait prévaloir le silence sur l'examen de la vérité ».", N),
         s("Enfin, la Cour de cassation a clos le 15 février 2022 l'enquête française sur l'attentat du "
           "6 avril 1994 sans qu'aucun responsable soit désigné.", S),
     ], [
         rep("Quatrième formule : « Les rescapés mentent, ils sont payés pour témoigner. »", None,
             "attack_on_witnesses"),
         s("Le TPIR a pourtant jugé sur des preuves contradictoires, au point de prononcer 14 acquittements.", S),
         s("Citer ces phrases n'est pas les reprendre à son compte ; c'est la condition pour y répondre."),
     ]]},

    # ------------------------------------------------------------------ 11. FIXTURE: French denial pamphlet
    {"doc": "fixture-denial-fr-pamphlet.txt",
     "title": "Rwanda 1994 : la vérité qu'on vous cache (test fixture)",
     "genre": "pamphlet", "language": "fr", "stance": "denies", "composite": False, "hard_negative": False,
     "paragraphs": [[
         s("RWANDA 1994 : LA VÉRITÉ QU'ON VOUS CACHE"),
     ], [
         own("Il n'y a jamais eu de génocide des Tutsi, seulement des affrontements tribaux entre deux peuples "
             "ennemis.", C, "definitional_denial", "spontaneity"),
         own("Les morts tutsi ne dépassent pas quelques dizaines de milliers.", C, "minimisation"),
         own("Le prétendu plan d'extermination a été inventé par Kigali et ses amis pour justifier la prise du "
             "pouvoir par le FPR.", C, "fabrication"),
         own("C'est le FPR qui a abattu l'avion du président le 6 avril et déclenché le chaos.", D, "blame_shifting"),
         own("Les Hutu n'ont fait que se défendre contre une armée d'invasion.", None, "justification",
             "role_reversal"),
     ], [
         own("Le TPIR, tribunal des vainqueurs, n'a condamné que cinq personnes, toutes sur la foi de faux "
             "témoins.", C, "attack_on_witnesses"),
         own("À Kibeho, en 1995, le FPR a massacré 100 000 Hutu sans que personne ne s'en émeuve.", C,
             "double_genocide"),
         own("Le vrai drame, ce sont les 80 000 réfugiés hutu morts à Goma, dont personne ne parle.", D,
             "role_reversal", "minimisation"),
         own("Les seules victimes d'un génocide au Rwanda sont les Hutu massacrés par le FPR.", C,
             "double_genocide", "role_reversal"),
         s("Réveillez-vous et refusez la version officielle."),
     ]]},
]



if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
