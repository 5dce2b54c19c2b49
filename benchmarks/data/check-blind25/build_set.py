"""Source of the TWENTY-FIFTH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind25/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind25/build_set.py --check  # validate the files already written

Written after the earlier sets (benchmarks/data/check/, check-blind/ to check-blind24/, check-train1/ to
check-train38/) had been seen by the people tuning the detectors, to measure generalisation: new genres (a history
podcast transcript, an NGO briefing on sexual violence and children, a legal comment on ICTR appeal sentences, a
documentation file on RPA killings, museum exhibition panels on hate media, a school marking key, a review of a
revisionist book, a French court report on the trials in France, and four short fixtures: a French forum thread, a
scholarly essay spliced onto a denial post, a channel of social-media posts and a web-radio segment), new wording,
new facts. Its author did not read the detectors, their rules, exemplars or training data, nor any earlier set's
documents or labels (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling
conventions, and the first 40 lines of the check-blind5 build script and README as templates). Verdicts were decided
against the record alone: examples/ (FACTS.md and the sample documents), src/factfinder/data/reference/
rwanda1994_figures.yaml and the proceedings CSV. Keep it that way: do not copy these sentences into rules, exemplars
or training data, and do not tune against this set.

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
    # 1. History podcast transcript (invented podcast and hosts). Explainer with the hosts' own slips.
    {
        "doc": "podcast-transcript-counting-the-dead.txt",
        "title": "Marginal Notes, episode 41: counting the dead in Rwanda (transcript)",
        "genre": "podcast transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("DANA: Welcome back to Marginal Notes, the podcast where two former archivists read the footnotes so you don't have to."),
                s("Today it's Rwanda, and the numbers people throw around about it."),
            ],
            [
                s("FELIX: Let's set the clock first."),
                s("The president's plane was brought down near Kigali airport on the evening of the sixth of April 1994, as he flew home from talks in Tanzania.", S),
                s("DANA: And by the end of the next day soldiers had killed the prime minister, Agathe Uwilingiyimana, and the ten Belgian blue helmets who had been guarding her.", S),
                s("FELIX: Who fired at the plane is something no court has ever established.", S),
                s("DANA: Which is a separate question from whether the killing that followed was organised, and we'll come back to that."),
            ],
            [
                s("FELIX: Back up a bit for context: the peace deal was signed at Arusha in August 1993, and the UN mission, UNAMIR, was set up that October to help carry it out.", S),
                s("Two weeks into the killing, on the twenty-first of April, the Security Council voted to shrink that mission to about two hundred and seventy people, roughly a tenth of the strength it had been authorised in 1993.", S),
                s("DANA: Less than a month later, on the seventeenth of May, it reversed course on paper, with an arms embargo and an authorised force of fifty-five hundred.", S),
                s("FELIX: On paper being the operative words."),
                s("And Dallaire had warned New York back in January, in the cable people now call the genocide fax.", N),
            ],
            [
                s("DANA: OK, the numbers."),
                s("Six weeks in, Human Rights Watch was already saying at least two hundred thousand dead, perhaps as many as half a million.", S),
                s("FELIX: By December the UN's Commission of Experts had settled on roughly half a million murdered civilians, and it said itself that this could be an undercount.", S),
                s("DANA: In 1999 Alison Des Forges and her colleagues did the arithmetic from a demographer's estimate: about six hundred and fifty-seven thousand Tutsi living in Rwanda on the sixth of April, minus about a hundred and fifty thousand survivors.", S),
                s("FELIX: Which leaves roughly half a million Tutsi killed, a bit more than three in every four.", S),
                s("DANA: The Rwandan government's own count, published in 2002, came to just over one million and seventy-four thousand victims, but it counts from October 1990, not from April 1994.", S),
                s("FELIX: So when a headline says eight hundred thousand, what is it citing?"),
                s("DANA: Usually the UN's Independent Inquiry of December 1999, which used that round figure.", S),
                s("FELIX: My own shorthand is that something like a million people were killed.", D),
                s("DANA: I'd push back on the shorthand, because vague numbers are exactly what deniers go after."),
            ],
            [
                s("FELIX: Fair enough."),
                s("Here's another shorthand: Tutsi made up about fifteen percent of the population before the genocide.", D),
                s("DANA: Or 8.4 percent, if you go by the 1991 census, which Human Rights Watch thought undercounted them because some Tutsi had registered as Hutu.", S),
            ],
            [
                s("FELIX: We also promised you something on the trials."),
                s("DANA: Jean Kambanda, the interim prime minister, pleaded guilty and got thirty years.", C),
                s("FELIX: Life, actually, handed down on the fourth of September 1998.", S),
                s("DANA: Right, my mistake."),
                s("A listener also wrote in to say the killing had stopped by the end of May, which is wrong as well.", C),
                s("FELIX: It went on until the RPF beat the government army in July, and the RPF took Kigali on the fourth.", S),
            ],
            [
                s("DANA: We should also say what the RPF itself did."),
                s("UNHCR experts estimated that its soldiers killed between twenty-five and forty-five thousand people between April and August.", S),
                s("FELIX: That's a separate crime with its own count, and it doesn't turn the genocide into two genocides."),
            ],
            [
                s("DANA: In July something like a million people fled into Zaire as the RPF closed in.", D),
                s("FELIX: The RPF reached the border town of Gisenyi on the eighteenth.", D),
                s("DANA: And in the camps around Goma, cholera and dysentery killed around eighty thousand refugees within the first month.", D),
                s("FELIX: By the start of August the press was counting some two million Rwandan refugees, most of them Hutu.", S),
            ],
            [
                s("DANA: That's the episode; the sources are in the show notes."),
                s("FELIX: Thanks for listening."),
            ],
        ],
    },
    # 2. NGO briefing note on sexual violence and children (invented NGO).
    {
        "doc": "ngo-briefing-sexual-violence-children.txt",
        "title": "Briefing note 7: sexual violence and children in the 1994 genocide against the Tutsi",
        "genre": "NGO briefing note",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Briefing note 7: sexual violence and children in the 1994 genocide against the Tutsi."),
                s("Prepared by the Tamarind Network for Gender Justice for a donor round-table; please check each source before quoting a figure."),
            ],
            [
                s("No count of rape victims exists, only estimates, and they differ by hundreds of thousands."),
                s("The figure most often repeated, at least 250,000, goes back to a study released in the autumn of 1996.", S),
                s("Survivors Fund (SURF) gives 250,000 to 500,000 women raped during the hundred days.", S),
                s("In 2009 Catrien Bijleveld and two colleagues put the lower bound higher, at a little over 350,000 women and girls, most of them Tutsi.", S),
                s("UNICEF Ireland's 'as many as 500,000' covers a longer period, running to the end of 1998.", S),
                s("Our working figure is that some 400,000 women were raped between April and July 1994.", D),
                rep("A few commentators still assert that rapes 'numbered in the low thousands', a claim that no published estimate comes near.", C, "minimisation"),
            ],
            [
                s("Estimates of pregnancies resulting from rape, as UNFPA summarised Human Rights Watch's 1996 report Shattered Lives, run from 2,000 to 5,000.", S),
                s("SURF's figure of up to 20,000 children born of rape is four times the top of that range, and it counts births, not pregnancies.", S),
                s("UNICEF said in 2004 that 95,000 children had been orphaned by the end of the genocide.", S),
                s("A census of survivors later counted 74,642 orphans and 27,733 widows.", S),
                s("The two orphan figures measure different things, children orphaned in 1994 and orphans still alive when the census was taken, and should not be compared."),
                s("UNICEF Ireland also put the number of children killed at 300,000.", S),
                s("Set against the UN's figure of 800,000 dead, that would make children more than a third of all victims.", S),
            ],
            [
                s("The courts were slow to name these crimes."),
                s("The ICTR's judgment against Jean-Paul Akayesu on 2 September 1998 was the first by an international tribunal to hold that rape could constitute genocide.", S),
                s("Charges of sexual violence had been added to his indictment only in June 1997, after witnesses spoke of rapes at the bureau communal.", S),
                s("In the Musema case the Appeals Chamber reversed the rape conviction in November 2001 but let the life sentence stand.", S),
                s("Sylvestre Gacumbitsi, bourgmestre of Rusumo, was convicted of instigating rapes, and in 2006 the Appeals Chamber raised his thirty-year term to life.", S),
                s("Pauline Nyiramasuhuko, minister for the family and women's development in the interim government, received 47 years on appeal in December 2015.", S),
                s("In 2011 she had become the first woman found guilty of genocide by an international court.", N),
                s("The Rome Statute of the International Criminal Court, adopted on 17 July 1998, lists rape among crimes against humanity.", N),
            ],
            [
                s("In short, the genocide left some 95,000 orphans, and both they and the women who survived rape still need support.", D),
                s("We recommend that every figure in grant documents be given with its source and its period."),
            ],
        ],
    },
    # 3. Legal comment critical of the ICTR's appeal sentences (hard negative: criticism of the ICTR is not denial).
    {
        "doc": "commentary-ictr-appeal-sentences.txt",
        "title": "Comment: the ICTR Appeals Chamber and the shrinking sentence",
        "genre": "legal commentary (law review comment)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Comment: the ICTR Appeals Chamber and the shrinking sentence."),
                s("Critics of the International Criminal Tribunal for Rwanda usually begin with the people it never tried."),
                s("The criticism is well founded: in December 2008 Human Rights Watch said the Tribunal had not prosecuted even one of the serious crimes committed by the RPF in 1994, and it closed without indicting a single RPF member.", S),
                s("Some go further and call the whole enterprise victor's justice, a label this comment neither adopts nor dismisses."),
                s("The genocide whose organisers it tried claimed somewhere between half a million and a million lives.", D),
                s("It never tried anyone for shooting down the president's plane, which Hutu extremists almost certainly did.", D),
                s("My subject is narrower and less discussed: what happened to sentences on appeal."),
            ],
            [
                s("Of the 93 people the Tribunal indicted, 61 were convicted and 14 acquitted.", S),
                s("That is a conviction rate of about two in three indictees, or a little over four in five of those whose cases ended in a verdict.", S),
                s("Yet the Appeals Chamber repeatedly cut the terms imposed at trial."),
                s("In November 2007 it reduced Ferdinand Nahimana's life sentence to 30 years and Hassan Ngeze's to 35, and cut Jean-Bosco Barayagwiza's 35 years to 32.", S),
                s("Théoneste Bagosora, whom the prosecution had called the mastermind of the genocide, came out of the appeal judgment of December 2011 with 35 years instead of life.", S),
                s("His co-accused Anatole Nsengiyumva fared better still: his life term became 12 years and he was released.", C),
                s("Juvénal Kajelijeli's life terms were converted to 45 years because his rights had been violated during his arrest and detention.", S),
                s("In the Tribunal's last judgment, in December 2015, Pauline Nyiramasuhuko and her son Arsène Shalom Ntahobali each saw life reduced to 47 years for undue delay.", S),
                s("Not every change ran downward: Sylvestre Gacumbitsi's 30 years became life, and Laurent Semanza's 25 became 35.", S),
            ],
            [
                s("Acquittals on appeal form a second pattern."),
                s("Protais Zigiranyirazo, the late president's brother-in-law, had his 20-year sentence overturned in November 2009 and was released.", S),
                s("In February 2014 the Appeals Chamber reversed every conviction of Augustin Ndindiliyimana, the former chief of staff of the gendarmerie, and of Major François-Xavier Nzuwonemeye, who had been sentenced to 20 years at trial over the killing of the Prime Minister and the Belgian peacekeepers.", S),
                s("Two former ministers, Justin Mugenzi and Prosper Mugiraneza, sentenced to 30 years at trial, were acquitted in February 2013.", S),
                s("A court that acquits on appeal is not thereby a political instrument; it may simply be a court."),
            ],
            [
                s("The Tribunal shut its doors on 31 December 2014 and handed what remained to a residual mechanism.", C),
                s("That mechanism had been created by Security Council resolution 1966 of 22 December 2010, and its branch for the Rwanda tribunal began work on 1 July 2012.", N),
                s("Its most notorious remaining case ended without a verdict: in August 2023 its Appeals Chamber ordered an indefinite stay for Félicien Kabuga, found unfit to stand trial.", S),
                s("Kabuga had been arrested near Paris in May 2020, after some twenty-five years as a fugitive.", N),
                s("None of this diminishes the crimes the Tribunal judged; it asks whether its sentences were coherent."),
            ],
        ],
    },
    # 4. Documentation file on RPA killings, 1994-1995 (hard negative: documenting RPF crimes is not denial).
    {
        "doc": "dossier-rpa-killings-1994-1995.txt",
        "title": "Documentation file 3: killings by soldiers of the Rwandan Patriotic Army, April 1994 to April 1995",
        "genre": "human-rights documentation file",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Documentation file 3: killings by soldiers of the Rwandan Patriotic Army, April 1994 to April 1995."),
                s("This file records crimes committed by the army that ended the genocide against the Tutsi; recording them neither equates them with the genocide nor casts doubt on it."),
            ],
            [
                s("The RPF had gone to war from Uganda on 1 October 1990, and fighting resumed on 7 April 1994 as the genocide began.", S),
                s("Human Rights Watch reported that RPF soldiers massacred several hundred people in the stadium at Byumba in mid-April 1994.", S),
                s("Amnesty International's report of October 1994 listed hundreds of deliberate executions by the RPA between April and August.", S),
                s("In 1999 Human Rights Watch wrote that RPF troops may have killed tens of thousands of civilians during the four months of combat.", S),
                s("Experts working for UNHCR put the number of people killed by RPA soldiers between April and August 1994 at 25,000 to 45,000.", S),
                s("A former interior minister later gave a higher figure, some 60,000, for a longer period ending in August 1995.", S),
                s("On our own reading of these sources, the RPA killed about 40,000 civilians in 1994.", D),
                s("The Rwandan authorities have rejected the UNHCR estimate as unfounded.", S),
            ],
            [
                s("In early June 1994, near Kabgayi, RPF soldiers killed fifteen civilians, thirteen of them clergy, among them the Archbishop of Kigali.", S),
                s("The killings took place on 5 June.", D),
                s("The RPF's radio announced the deaths on 8 June.", S),
                s("Four officers were arrested in June 2008.", S),
                s("On 24 October 2008 a military court convicted two captains, John Butera and Dieudonné Rukeba, who had pleaded guilty, and sentenced them to eight years.", S),
                s("The two more senior officers tried with them were acquitted, and in February 2009 the captains' terms were reduced to five years on appeal.", S),
                s("Human Rights Watch, which had wanted the ICTR to indict RPF officers itself, called the Kabgayi trial a success.", C),
            ],
            [
                s("On 22 April 1995 RPA soldiers closing the camp for displaced people at Kibeho opened fire on the crowd.", S),
                s("Médecins Sans Frontières put the camp's population that month at 110,000; the Associated Press said about 120,000.", S),
                s("The Rwandan government counted 338 dead.", S),
                s("Senior UN military officials estimated about 2,000 killed, some of them trampled in the panic, and Australian soldiers serving with UNAMIR estimated at least 4,000.", S),
                s("All told, some 4,000 people died at Kibeho that day.", D),
                s("An account circulating online years later put the toll at 'a few dozen', lower even than the government's own figure.", C),
            ],
            [
                s("The Rwandan military said in 2008 that it had prosecuted 43 soldiers for war crimes and revenge killings since 1994.", S),
                s("According to Rwanda's military justice system, the soldiers it prosecuted were responsible for the deaths of about 100 civilians.", S),
                s("Gacaca courts were barred from hearing crimes by RPF soldiers, and the ICTR indicted none.", S),
                s("The UN Commission of Experts asked in 1994 that violations attributed to the RPF be investigated further; that request remains largely unanswered.", S),
            ],
        ],
    },
    # 5. Museum exhibition panels on hate media (hard negative: describes hate propaganda in order to document it).
    {
        "doc": "museum-exhibition-panels-hate-media.txt",
        "title": "Words that killed: the hate media of Rwanda, 1990-1994 (exhibition panels)",
        "genre": "museum exhibition panels",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Panel 1. Before the radio: a newspaper."),
                s("Kangura first appeared in May 1990 and was run from its first issue to its last by Hassan Ngeze.", N),
                s("In December 1990 it printed the so-called Ten Commandments of the Bahutu, which branded as a traitor any Hutu who married, employed or did business with a Tutsi.", N),
                rep("One of them told Hutu to stop having pity for the Tutsi.", N, "call_to_action"),
                rep("The same issue portrayed the Tutsi as a bloodthirsty people bent on seizing power by force.", N, "accusation_in_mirror", "dehumanisation"),
                s("Ngeze was convicted by the ICTR in December 2003; on appeal in 2007 his life sentence became 35 years, partly because some of the Kangura issues relied on predated 1994 and fell outside the Tribunal's jurisdiction.", S),
            ],
            [
                s("Panel 2. The radio that played music."),
                s("Radio Télévision Libre des Mille Collines went on air in July 1993, nine months before the genocide.", N),
                s("It mixed popular music, jokes and phone-ins, and it drew a young audience.", N),
                s("After 6 April its broadcasts incited listeners to kill Tutsi.", S),
                rep("Presenters called Tutsi cockroaches and told listeners with guns to go and surround them.", N, "dehumanisation", "call_to_action"),
                s("Its Belgian-Italian presenter Georges Ruggiu pleaded guilty to incitement and was sentenced to 12 years in June 2000.", S),
                s("Its founder Ferdinand Nahimana and board member Jean-Bosco Barayagwiza were judged together with Ngeze in December 2003.", S),
                s("Joseph Serugendo, its technical director, pleaded guilty, received six years and died in custody in August 2006.", S),
                s("The businessman Félicien Kabuga, accused of backing the station, was never judged: in 2023 the proceedings against him were stayed indefinitely.", S),
            ],
            [
                s("Panel 3. Songs and speeches."),
                s("On 22 November 1992 at Kabaya, Léon Mugesera, an MRND leader in Gisenyi, made a speech calling for the extermination of the Tutsi.", S),
                s("Canada deported him in 2012, and a Rwandan court sentenced him to life in April 2016.", S),
                s("The singer Simon Bikindi was convicted for public exhortations to kill Tutsi on a road in Gisenyi in late June 1994, and sentenced to 15 years.", S),
                rep("At CDR meetings in Gikondo, members sang 'Tubatsembatsembe', 'let us exterminate them'.", S, "call_to_action"),
                s("A Dutch court convicted Yvonne Basebya of incitement in 2013 and sentenced her to six years and eight months, acquitting her of genocide.", S),
            ],
            [
                s("Panel 4. Why words are judged."),
                s("Calling neighbours vermin does not kill anyone by itself; it makes killing them thinkable."),
                s("That is why the 1948 Genocide Convention, in force since January 1951, makes direct and public incitement to commit genocide punishable.", N),
                s("Transcripts of the broadcasts can be consulted in the resource room."),
            ],
        ],
    },
    # 6. School marking key (invented school); the quoted wrong answers are the contradicted sentences.
    {
        "doc": "school-marking-key-year10-rwanda.txt",
        "title": "Year 10 History, Unit 4 (Rwanda 1990-1994): marking key",
        "genre": "school marking key",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Year 10 History, Unit 4 (Rwanda 1990-1994): marking key for the end-of-unit quiz."),
                s("One mark per question; the common wrong answers are listed so that feedback can address them."),
            ],
            [
                s("Q1, model answer: the RPF, a movement made up mostly of Tutsi refugees, invaded from Uganda in October 1990.", S),
                s("Common wrong answer: 'The RPF invaded from Zaire in 1993.'", C),
            ],
            [
                s("Q2, model answer: the peace agreement was signed at Arusha, Tanzania, in August 1993, and UNAMIR was created that October to help implement it.", S),
                s("Accept 'about eight months before the genocide began' for the date of the agreement.", S),
            ],
            [
                s("Q3, model answer: the genocide lasted roughly a hundred days, from 7 April to mid-July 1994.", S),
                s("Common wrong answer: 'It lasted about a year.'", C),
                s("Common wrong answer: 'It ended when UN troops retook Kigali.'", C),
            ],
            [
                s("Q4 asks students to explain why estimates of the death toll differ, not to give one number."),
                s("Credit answers that compare two sources, for example the UN Commission of Experts (about 500,000, possibly more) and the Rwandan government's count (1,074,017, counted from 1990).", S),
                s("Do not credit the bare statement 'exactly 800,000 people died'.", D),
                s("That figure comes from the UN's Independent Inquiry of 1999, which gave it as an approximation.", S),
                rep("Common wrong answer: 'About 50,000 people were killed, most of them soldiers.'", C, "minimisation"),
            ],
            [
                s("Q5, model answer: the killers targeted Tutsi above all, and also Hutu who opposed them or were treated as opponents.", S),
                s("Students may cite the 1991 census, which recorded Tutsi as 8.4 percent of the population, if they add that Human Rights Watch believed it undercounted them.", S),
                s("Common wrong answer: 'Tutsi were about half of the population.'", C),
            ],
            [
                s("Q6, model answer: yes, RPF soldiers also killed civilians in 1994, an estimated 25,000 to 45,000 according to UNHCR experts, but the UN Commission of Experts found no evidence that they intended to destroy the Hutu as a group.", S),
                rep("Award no mark for 'both sides committed genocide', which is the distinction this question tests.", C, "double_genocide"),
            ],
            [
                s("Q7, model answer: the ICTR was created in November 1994, sat in Arusha and convicted 61 people before it closed at the end of 2015.", S),
                s("Extension credit: the first conviction for genocide by an international court was that of Jean-Paul Akayesu, in 1998.", S),
                s("Common wrong answer: 'The ICTR sat in The Hague.'", C),
            ],
            [
                s("Q8 (remembrance): Rwanda observes a week of national mourning that begins on 7 April each year.", N),
                s("In 2023 UNESCO inscribed four memorial sites, Nyamata, Murambi, Gisozi and Bisesero, on its World Heritage List.", N),
                s("The memorial at Gisozi in Kigali, which opened in 2004, holds the remains of more than 250,000 victims.", N),
                s("Please return marked quizzes to the department office by Friday."),
            ],
        ],
    },
    # 7. Review of an (invented) revisionist book; quotes its claims in order to refute them (hard negative).
    {
        "doc": "review-revisionist-book.txt",
        "title": "Review: 'Shadows over the Thousand Hills' by Laurent Vessiere",
        "genre": "book review",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Review: 'Shadows over the Thousand Hills' by Laurent Vessière (self-published, 2026)."),
                s("Reviewed by Odile Brenner for the Lamplight Review of Books."),
                s("This book belongs to a familiar genre, and it would not deserve a review if it were not being passed around reading groups as 'the other side of the story'."),
            ],
            [
                rep("Its central claim is that 'the so-called genocide was a civil war in which both peoples lost the same'.", C, "definitional_denial", "double_genocide"),
                s("The record says otherwise: in December 1994 the UN Commission of Experts found that genocide had been committed against the Tutsi in a concerted, planned, systematic and methodical way.", S),
                s("It also found crimes against humanity by individuals on both sides, but no evidence that the crimes of the Tutsi side were aimed at destroying the Hutu as a group.", S),
                rep("Vessière next asserts that 'no more than 80,000 died, and the rest is Kigali's arithmetic'.", C, "minimisation", "fabrication"),
                s("Even the cautious estimates are several times higher: Human Rights Watch concluded in 1999 that at least half a million people were killed.", S),
                rep("A chapter called 'The Arusha theatre' claims that 'the tribunal bought its witnesses and convicted whoever Kigali named'.", None, "attack_on_witnesses"),
                s("The Tribunal in fact acquitted 14 of the people it indicted, several of them on appeal, and it never indicted a member of the RPF, an omission human rights groups criticised.", S),
                rep("On the plane, Vessière presents as settled fact that 'the RPF shot down Habyarimana to launch its final offensive'.", D, "blame_shifting"),
                s("No court has established who fired; the French investigation ended in a dismissal that the Cour de cassation made final on 15 February 2022.", S),
                rep("His chapter on April 1994 calls the massacres 'the spontaneous grief of peasants who had lost their president'.", C, "spontaneity"),
                s("Roadblocks went up across Kigali within hours, and in January 2004 the former UNAMIR commander testified that an informant had warned UNAMIR of arms caches and of a plan to kill Belgian soldiers.", S),
                s("That warning reached New York in a cable dated 11 January 1994.", N),
                rep("Finally, Vessière writes that 'the survivors' associations invent their dead to collect foreign money'.", None, "fabrication", "attack_on_witnesses"),
                s("In June 2006 the ICTR Appeals Chamber held that the genocide against the Tutsi was a fact of common knowledge that need not be proved afresh in every trial.", N),
            ],
            [
                s("There is a serious book to be written about the uncertain death toll, the RPF's crimes and the Tribunal's one-sidedness."),
                s("This is not that book: it borrows the vocabulary of scepticism in order to deny that the genocide happened."),
            ],
        ],
    },
    # 8. French court report on the trials held in France (invented outlet).
    {
        "doc": "article-fr-proces-genocide-paris.txt",
        "title": "Génocide des Tutsi : à Paris, la cour d'assises d'appel confirme quatorze ans de réclusion pour l'ancien chauffeur de Kibuye",
        "genre": "court report (press article)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Génocide des Tutsi : à Paris, la cour d'assises d'appel confirme quatorze ans de réclusion pour l'ancien chauffeur de Kibuye.", S),
            ],
            [
                s("La cour d'assises d'appel de Paris a confirmé, le 27 février 2026, la peine de quatorze ans de réclusion criminelle prononcée contre Claude Muhayimana pour complicité de génocide et de crimes contre l'humanité.", S),
                s("Ce Franco-Rwandais, chauffeur d'une maison d'hôtes de Kibuye en 1994, était accusé d'avoir transporté des gendarmes et des miliciens interahamwe vers des lieux de massacre, notamment à Bisesero.", S),
                s("En première instance, en décembre 2021, il avait été condamné à la même peine.", S),
            ],
            [
                s("Ce verdict s'inscrit dans une série de procès ouverte en 2014.", S),
                s("En mars 2014, l'ancien capitaine Pascal Simbikangwa était devenu le premier Rwandais condamné en France pour génocide, à vingt-cinq ans de réclusion, une peine confirmée en appel en décembre 2016.", S),
                s("Deux anciens bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, ont été condamnés à la perpétuité en juillet 2016 pour le massacre commis dans l'église de Kabarondo le 13 avril 1994.", S),
                s("Leur condamnation a été confirmée en appel deux ans plus tard, et la Cour de cassation a rejeté leur pourvoi en octobre 2019.", S),
                s("L'ancien préfet de Gikongoro, Laurent Bucyibaruta, condamné en juillet 2022 à vingt ans de réclusion pour complicité, notamment pour les massacres de Murambi, est mort en décembre 2023 avant son procès en appel.", S),
                s("Sa condamnation n'est donc jamais devenue définitive.", S),
                s("L'ancien gendarme Philippe Hategekimana a été condamné à la perpétuité en 2023, peine confirmée en appel en décembre 2024.", S),
                s("Le médecin Sosthène Munyemana a vu sa peine de vingt-sept ans confirmée en appel en octobre 2025.", C),
            ],
            [
                s("Le génocide des Tutsi a commencé au lendemain de l'attentat du 6 avril 1994 contre l'avion du président Juvénal Habyarimana, dont l'auteur n'a jamais été établi par la justice.", S),
                s("En une centaine de jours, il a fait près d'un million de morts.", D),
                s("Selon l'ONU, 800 000 personnes ont été tuées.", S),
                s("Depuis une résolution de l'Assemblée générale des Nations unies adoptée en décembre 2003, le 7 avril est une journée internationale de réflexion sur ce génocide.", N),
                s("Le Tribunal pénal international pour le Rwanda, installé à Arusha, a fermé ses portes fin 2012.", C),
                s("Ses dossiers restants sont passés au Mécanisme international, qui a prononcé en 2023 une suspension sans limite de durée de la procédure contre Félicien Kabuga, jugé inapte.", S),
                s("L'homme d'affaires avait été arrêté à Asnières-sur-Seine, près de Paris, le 16 mai 2020.", N),
                s("En France, la commission d'historiens présidée par Vincent Duclert a conclu en mars 2021 à des « responsabilités lourdes et accablantes » de l'État, sans retenir de complicité au sens juridique.", S),
                s("Le Collectif des parties civiles pour le Rwanda, association créée en 2001, s'est donné pour but de faire juger les génocidaires présumés résidant en France.", N),
                s("Au Rwanda, les juridictions gacaca avaient jugé près de deux millions d'affaires avant leur fermeture en juin 2012.", S),
                s("Les crimes commis par les soldats du FPR, eux, n'ont été jugés ni par ces juridictions ni par le TPIR.", S),
            ],
        ],
    },
    # 9. FIXTURE: French forum thread, distortion (invented users).
    {
        "doc": "fixture-denial-fr-forum-fil.txt",
        "title": "Rwanda 94, la version qu'on ne vous raconte pas (fil de forum)",
        "genre": "forum thread",
        "language": "fr",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Sujet : Rwanda 94, la version qu'on ne vous raconte pas"),
            ],
            [
                own("Posté par Verdier_77 : Personne ne nie qu'il y a eu des massacres en 1994, mais parler de génocide planifié, c'est de la propagande.", C, "definitional_denial", "fabrication", "spontaneity"),
                own("Tout a commencé quand le FPR a abattu l'avion du président, c'est prouvé.", D, "blame_shifting"),
                own("Les paysans hutu ont réagi sous le coup de la colère, sans aucun plan.", C, "spontaneity"),
                own("Et le FPR a tué au moins autant de Hutu qu'il est mort de Tutsi, donc il y a eu deux génocides.", C, "double_genocide"),
            ],
            [
                s("Posté par Kestrel : D'accord sur le fond."),
                own("Les chiffres officiels ont été multipliés par dix pour obtenir de l'aide internationale.", C, "fabrication", "minimisation"),
                own("Quand une armée envahit votre pays, se défendre n'est pas un crime.", None, "justification"),
                own("Les Tutsi armés par l'Ouganda préparaient de toute façon l'extermination des Hutu.", C, "accusation_in_mirror", "role_reversal"),
            ],
            [
                own("Posté par Verdier_77 : Et le TPIR n'a poursuivi aucun membre du FPR, la preuve que c'était une justice de vainqueurs.", S, "attack_on_witnesses"),
                s("Il est temps de rétablir la vérité sur ces cent jours."),
            ],
        ],
    },
    # 10. FIXTURE: scholarly notes on national trials and gacaca spliced onto a denial post (composite).
    {
        "doc": "fixture-denial-spliced-gacaca-notes.txt",
        "title": "Community justice after mass atrocity: notes on gacaca",
        "genre": "scholarly notes spliced with a denial post",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Community justice after mass atrocity: notes on gacaca."),
            ],
            [
                s("Rwanda's ordinary courts began trying genocide cases in December 1996, in a justice system the genocide had all but destroyed.", S),
                s("By April 1998 some 330 people had been tried and 116 sentenced to death, while more than 125,000 detainees waited in overcrowded prisons.", S),
                s("Twenty-two of the condemned were executed in public on 24 April 1998.", S),
                s("Gacaca, named after the Kinyarwanda word for grass, was the state's answer to the backlog.", S),
                s("Human Rights Watch counted just over 12,000 gacaca courts in 2011; by the time they closed in June 2012 they had tried 1,958,634 cases.", S),
                s("Of those, 1,320,554 concerned offences against property.", S),
                s("Rwanda abolished the death penalty in 2005.", C),
            ],
            [
                own("but all these trials rest on one lie", None, "fabrication"),
            ],
            [
                own("There was no genocide in Rwanda, only a war that the RPF started and won.", C, "definitional_denial", "blame_shifting"),
                own("The courts were built to convict Hutu, and the witnesses were coached to tell the same story.", None, "attack_on_witnesses"),
                own("Fewer than 100,000 people died on all sides, and most of them were Hutu killed by the RPF.", C, "minimisation", "role_reversal", "double_genocide"),
                own("The so-called survivors are the real winners of 1994.", None, "role_reversal", "definitional_denial"),
                own("Gacaca was a trial of the victims by their killers.", None, "role_reversal"),
            ],
        ],
    },
    # 11. FIXTURE: channel of social-media posts, own-voice denial (invented channel).
    {
        "doc": "fixture-denial-channel-posts.txt",
        "title": "Posts from a messaging-app channel (invented)",
        "genre": "social-media channel posts",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("[pinned] Reminder for new members: we don't use the words 'Tutsi genocide' on this channel.", None, "definitional_denial"),
            ],
            [
                own("what happened in 1994 was tribal fighting, nothing more", None, "definitional_denial"),
            ],
            [
                own("The RPF shot down the president's plane on 6 April, everyone knows it.", D, "blame_shifting"),
                own("Kagame's men then killed more people than anyone, and the West looked away.", C, "blame_shifting", "role_reversal"),
            ],
            [
                own("The death toll was invented in Kigali: the real number is around 60,000, and they died on both sides.", C, "fabrication", "minimisation", "double_genocide"),
                own("Even Human Rights Watch admits only 'tens of thousands' died.", C, "minimisation"),
                own("Every 'witness' in Arusha was paid by the RPF.", None, "attack_on_witnesses"),
                own("And the UN never called it genocide until years later.", C, "definitional_denial", "fabrication"),
            ],
            [
                own("Remember: no plan, no genocide, just war.", C, "spontaneity", "definitional_denial"),
                own("Our people were the victims, full stop.", None, "role_reversal"),
            ],
            [
                s("share this before they delete it"),
            ],
        ],
    },
    # 12. FIXTURE: web-radio segment, host's own-voice distortion (invented station and host).
    {
        "doc": "fixture-denial-webradio-segment-transcript.txt",
        "title": "Voice of the Hills web radio, evening segment (transcript)",
        "genre": "web-radio transcript",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("[Transcript, Voice of the Hills web radio, evening segment]"),
            ],
            [
                s("HOST: Good evening, brothers and sisters, and yes, tonight we talk about 1994 again."),
                s("Nobody on this programme denies that Tutsi were killed in April."),
                own("But ask yourselves why the killing started: because the RPF had been invading the country since October 1990.", S, "blame_shifting", "justification"),
                own("When a people sees an army coming to enslave it, it defends itself, and that is what the peasants did.", None, "justification", "spontaneity", "accusation_in_mirror"),
            ],
            [
                own("The RPF then killed two million Hutu on its way to Kigali, and nobody counts them.", C, "double_genocide", "blame_shifting"),
                s("Even the UN's own experts counted 45,000 killed by the RPF in a few weeks.", C),
                own("Kibeho, in 1995, was a second genocide, with eight thousand dead in one afternoon.", D, "double_genocide"),
                own("So there were two genocides, and only one side has ever been judged.", C, "double_genocide"),
                own("The Tutsi extremists had their lists ready long before April, because they wanted the country for themselves.", None, "accusation_in_mirror", "role_reversal"),
            ],
            [
                s("Call us tonight, tell your story, and do not let your children learn only one version."),
                s("HOST: First caller, go ahead, you're on the air."),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
