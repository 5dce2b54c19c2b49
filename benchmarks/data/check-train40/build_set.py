"""Source of the check-train40 labelled DEVELOPMENT set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train40/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train40/build_set.py --check  # validate the files already written

Written blind on 2026-11-29 (session 23) as a development set: its errors may be read when tuning. Focus: texts
with several voices, where whose words a sentence carries decides its marker's voice and the document's stance
(a radio phone-in, a podcast whose host endorses his guest, a news brief with a moderated comment thread, a panel
debate, an interview with a defence lawyer, a court report quoting the defence, a teacher's marking notes quoting
pupils' wrong answers, a documentary script quoting hate media, a fact check, a French press review quoting
newspapers' errors); the roles and offices of accused and officials, right and wrong; figures in French formats and
in words; dates given relative to another event. Its author did not read the detectors, their rules, exemplars or
training data, nor any other set's documents or labels (only benchmarks/data/labelled_set.py,
benchmarks/data/check/README.md for the labelling conventions, and the first 40 lines of the check-blind5 build
script and README as templates). Verdicts were decided against the record alone: examples/ (FACTS.md and the sample
documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV.

Voice conventions used here (see README.md): in a transcript, the programme's host, moderator or presenter is the
author's voice ("own"); callers, guests, quoted pupils, quoted newspapers, archive clips and quoted claims are
"reported". In the news brief with reader comments (a composite), each comment is its poster's own words (own).

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

NB = "\u00a0"  # no-break space, as in French number formats ("1 074 017")

DOCS: list[dict] = [
    # 1. Radio phone-in: the host answers three callers; one caller voices denial (reported), the host refutes it.
    {
        "doc": "fixture-denial-radio-phone-in.txt",
        "title": "The Evening Line: phone-in on Rwanda, 1994 (transcript)",
        "genre": "radio phone-in transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("HOST (Miriam Achterhof): Good evening, this is The Evening Line on Radio Fernhollow, and tonight "
                  "the lines are open for your questions about the genocide against the Tutsi in Rwanda."),
                s("Since January 2018 the United Nations has called 7 April the International Day of Reflection on "
                  "the 1994 Genocide against the Tutsi in Rwanda.", N),
                s("President Juvénal Habyarimana's plane was shot down as it approached Kigali airport on the evening "
                  "of 6 April 1994, and within hours soldiers and militia began killing Tutsi and opposition "
                  "politicians in the capital.", S),
                s("Most estimates put the number killed in the following hundred days at around 800,000.", D),
            ],
            [
                s("CALLER (Daniel, Eastfield): Thanks, Miriam."),
                s("My son's textbook says the ten Belgian peacekeepers were killed about a week after the plane came "
                  "down.", C),
            ],
            [
                s("HOST: Then the textbook is wrong, Daniel: the ten Belgians were killed on 7 April 1994, the day "
                  "after the plane was shot down.", S),
                s("They had been sent to protect the Prime Minister, Agathe Uwilingiyimana, who was killed the same "
                  "day.", S),
                s("Two weeks later, on 21 April, the Security Council cut UNAMIR to about 270 personnel.", S),
                s("The force had been authorised at 2,500 when resolution 872 created it in October 1993.", S),
            ],
            [
                s("CALLER (Roger, Millbrook): I want to say what nobody on the radio dares to say."),
                rep("The figures are blown up, and no more than 100,000 people died in that war.", C,
                    "minimisation"),
                rep("The Hutu were killed just as much, so there were two genocides, not one.", C,
                    "double_genocide"),
                rep("The whole story was written by the winners and their paid witnesses in Arusha.", None,
                    "fabrication", "attack_on_witnesses"),
            ],
            [
                s("HOST: Roger, I'm going to stop you there, because each of those claims has an answer."),
                s("Human Rights Watch concluded in 1999 that at least half a million people were killed in the "
                  "genocide, about three quarters of the Tutsi population.", S),
                s("The UN Commission of Experts found in December 1994 that the genocide against the Tutsi was "
                  "carried out in a concerted, planned, systematic and methodical way.", S),
                s("It also found that crimes against humanity were committed by individuals on both sides, but no "
                  "evidence that the crimes of the Tutsi side were meant to destroy the Hutu as a group.", S),
                s("RPF soldiers did kill civilians, and UNHCR experts put the toll at 25,000 to 45,000 between April "
                  "and August 1994, but that is a separate crime, not a second genocide.", S),
                s("As for Arusha, the tribunal indicted 93 people and acquitted 14 of them, which is hard to square "
                  "with a court that simply believed paid witnesses.", S),
            ],
            [
                s("CALLER (Claudine, Harbourside): I grew up hearing about gacaca but never knew how big it was."),
            ],
            [
                s("HOST: Very big, Claudine: the national gacaca service says the courts tried 1,958,634 cases "
                  "before they closed on 18 June 2012.", S),
                s("Human Rights Watch, which counted just over 12,000 gacaca courts, criticised corruption, "
                  "procedural irregularities and limits on fair-trial rights.", S),
                s("Crimes by RPF soldiers were excluded from gacaca's jurisdiction altogether.", S),
            ],
            [
                s("CALLER (Claudine): And the organisers went to Arusha, like Colonel Bagosora, who was the army "
                  "chief of staff.", C),
            ],
            [
                s("HOST: Nearly right: Bagosora was directeur de cabinet at the Ministry of Defence, not chief of "
                  "staff.", S),
                s("The army chief of staff, General Augustin Bizimungu, was tried in a separate case and sentenced "
                  "to 30 years in May 2011.", S),
                s("Bagosora himself was sentenced to life in December 2008, and three years later the Appeals "
                  "Chamber reduced his sentence to 35 years.", S),
                s("That's all for tonight: thank you for calling The Evening Line."),
            ],
        ],
    },
    # 2. Podcast: the guest denies (reported) and the host endorses and adds denial in his own voice -> denies.
    {
        "doc": "fixture-denial-podcast-episode.txt",
        "title": "The Crooked Lantern Hour, episode 41: 'Rwanda, the other story' (transcript)",
        "genre": "podcast transcript",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("HOST (Cal Brennock): Welcome back to The Crooked Lantern Hour, the show that asks what the "
                  "textbooks leave out."),
                own("Tonight my guest and I take apart the so-called genocide in Rwanda that everyone thinks they "
                    "understand.", None, "definitional_denial"),
            ],
            [
                s("GUEST (Victor Halloran): Thanks for having me."),
                s("Let's start with what everyone agrees on: President Habyarimana's plane was shot down near Kigali "
                  "on 6 April 1994.", S),
                rep("The RPF fired those missiles and then let the country burn so that it could take power.", D,
                    "blame_shifting", "role_reversal"),
                rep("Remember that the RPF had invaded from Uganda on 1 October 1990, and that invasion is what "
                    "really caused the killing.", S, "blame_shifting"),
                rep("What followed was a civil war in which both sides killed, not a planned extermination.", C,
                    "definitional_denial", "spontaneity", "double_genocide"),
            ],
            [
                own("HOST: Exactly, and the figures were inflated from day one: the real toll was maybe a tenth of "
                    "what they claim.", C, "minimisation"),
                own("Even the UN's own commission of experts never found any plan.", C, "spontaneity",
                    "definitional_denial"),
                own("And the Hutu refugees who died in Goma, fifty thousand in a single month, nobody calls that a "
                    "genocide.", D, "double_genocide", "role_reversal"),
            ],
            [
                s("GUEST: Right, and look at what happened next."),
                s("Kagame's army took Kigali on 4 July 1994 and installed its own government barely two weeks "
                  "later.", S),
                s("The tribunal in Arusha never indicted a single RPF officer, which tells you whose justice it "
                  "was.", S),
                rep("Its witnesses were coached and paid to tell the story the new government wanted.", None,
                    "attack_on_witnesses", "fabrication"),
                s("In December 2008 the judges even acquitted Bagosora and his co-accused of conspiracy to commit "
                  "genocide.", N),
                rep("So by the court's own verdict there was no plan, and without a plan there is no genocide.", C,
                    "definitional_denial", "spontaneity"),
            ],
            [
                own("HOST: The real victims of 1994 were the Hutu, and the survivors' stories keep changing to hide "
                    "it.", None, "role_reversal", "attack_on_witnesses"),
                s("Next week we look at who really shot down that plane."),
            ],
        ],
    },
    # 3. Composite: a plain news brief followed by a moderated reader-comment thread with denial comments.
    {
        "doc": "fixture-denial-comment-thread-composite.txt",
        "title": "Kabuga will never face a verdict (news brief with reader comments)",
        "genre": "news brief with reader comment thread",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("World briefs, The Wenlock Vale Courier: Félicien Kabuga, the businessman accused of supplying "
                  "machetes to killers and supporting RTLM propaganda in 1994, will never receive a verdict.", S),
                s("On 7 August 2023, with Kabuga found unfit to stand trial, the Appeals Chamber of the UN Residual "
                  "Mechanism told the trial judges to impose an indefinite stay of proceedings.", S),
                s("He had been charged with genocide and with direct and public incitement to commit genocide.", S),
                s("French gendarmes arrested him in May 2020 in a flat in Asnières-sur-Seine, near Paris, after some "
                  "25 years on the run.", N),
            ],
            [
                s("One of RTLM's founders, Ferdinand Nahimana, was convicted by the ICTR in December 2003, and his "
                  "sentence was cut to 30 years on appeal in November 2007.", S),
            ],
            [
                s("Reader comments"),
            ],
            [
                own("truthseeker_88: an old man hounded for 30 years over a civil war that both sides fought", None,
                    "definitional_denial", "double_genocide"),
            ],
            [
                own("truthseeker_88: the rpf killed more hutu than the hutu ever killed tutsi and nobody is on trial "
                    "for that", C, "double_genocide", "minimisation"),
            ],
            [
                s("Moderator: One comment has been removed under our rules on hate speech."),
            ],
            [
                s("Lena_W: The numbers are not a matter of opinion."),
                s("UNHCR experts estimated that RPA soldiers killed 25,000 to 45,000 people between April and August "
                  "1994, while Human Rights Watch found that at least half a million people were killed in the "
                  "genocide.", S),
                s("The ICTR did not prosecute a single RPF member, and that is a real failure, but it does not make "
                  "the two crimes the same.", S),
            ],
            [
                own("kivu_reader: half a million?? the regime's census was cooked up for aid money, real deaths were "
                    "in the tens of thousands", C, "fabrication", "minimisation"),
            ],
            [
                own("kivu_reader: and it was just angry peasants after their president died, nobody planned "
                    "anything", C, "spontaneity"),
            ],
            [
                own("kivu_reader: the real victims were the hutu, a million of them fled to goma in july and 80,000 "
                    "died there", D, "role_reversal"),
            ],
        ],
    },
    # 4. Panel debate: an ICTR critic (no denial), a court reporter, a historian who misnames an office, a moderator.
    {
        "doc": "panel-debate-ictr-legacy.txt",
        "title": "Thirty years on: what did the Rwanda tribunal achieve? (panel transcript, edited)",
        "genre": "panel debate transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("MODERATOR (Ingrid Solhaug-Berne): Welcome to this evening's panel at the Ashbury Vale School of "
                  "Law on the legacy of the International Criminal Tribunal for Rwanda."),
                s("The Security Council created the tribunal by resolution 955 on 8 November 1994, seven months after "
                  "the plane was shot down.", S),
                s("It sat in Arusha, opened its first trial in 1997 and closed on 31 December 2015.", S),
            ],
            [
                s("TOMASZ WIERZBANEK: Let me play the critic tonight."),
                s("The tribunal indicted 93 people, and not one of them came from the Rwandan Patriotic Front.", S),
                s("In December 2008 Human Rights Watch said it had not prosecuted even one of the serious RPF crimes "
                  "of 1994.", S),
                s("The evidence existed: UNHCR experts had estimated that RPA soldiers killed between 25,000 and "
                  "45,000 people from April to August 1994.", S),
                s("Critics call that victor's justice, and on that point I think they are right."),
                s("Saying so takes nothing away from the genocide against the Tutsi, which the Commission of Experts "
                  "described as planned and systematic.", S),
            ],
            [
                s("RUTH KAMAU-LINDELL: I covered those trials as a reporter, so let me add some precision."),
                s("The first judgment, against Jean-Paul Akayesu, came on 2 September 1998, and two days later Jean "
                  "Kambanda, prime minister of the interim government, was sentenced to life.", S),
                s("People often call Akayesu the prefect of Gitarama, but he was the bourgmestre of Taba, a commune "
                  "in Gitarama prefecture.", S),
                s("The Akayesu judgment was also the first to hold that rape could constitute genocide.", S),
                s("In Rwanda at least a quarter of a million women were raped during the genocide.", D),
                s("A prefect was tried early, too: Clément Kayishema of Kibuye was sentenced to life in May 1999 "
                  "alongside the businessman Obed Ruzindana, who received 25 years.", S),
            ],
            [
                s("DAVID OSEI-BRANDT: As a historian I would stress what the defence won."),
                s("In Military I, Colonel Bagosora, the army chief of staff, was convicted, but General Kabiligi was "
                  "acquitted.", C),
            ],
            [
                s("MODERATOR: A correction for the record: Bagosora was directeur de cabinet at the Ministry of "
                  "Defence, and the army chief of staff, Augustin Bizimungu, was tried in the Military II case.", S),
            ],
            [
                s("DAVID OSEI-BRANDT: Quite right, thank you."),
                s("In that same Military II judgment the chief of staff of the gendarmerie, Augustin Ndindiliyimana, "
                  "was convicted, and in February 2014 the Appeals Chamber reversed all his convictions.", S),
                s("Protais Zigiranyirazo, the president's brother-in-law, had his 20-year sentence reversed and was "
                  "acquitted on appeal in November 2009.", S),
                s("Two ministers of the interim government, Justin Mugenzi and Prosper Mugiraneza, were acquitted on "
                  "appeal in February 2013.", S),
                s("Some 800,000 people were killed in about a hundred days.", D),
                s("Against that, the tribunal convicted 61 people.", S),
            ],
            [
                s("TOMASZ WIERZBANEK: And the tribunal's own delays cost it: Pauline Nyiramasuhuko's life sentence "
                  "became 47 years on appeal in December 2015 because of undue delay.", S),
                s("Jean-Baptiste Gatete's life sentence was cut to 40 years in 2012 for the same reason.", S),
                s("At Kibeho in April 1995, a year after the genocide began, RPA soldiers killed at least 4,000 "
                  "displaced people, and no one was ever tried for it in Arusha.", D),
            ],
            [
                s("MODERATOR: So the record is mixed, but its central finding stands: genocide against the Tutsi was "
                  "committed in Rwanda in 1994.", S),
                s("Thank you all for coming."),
            ],
        ],
    },
    # 5. Interview with a (fictional) former defence counsel: criticism of the ICTR, no denial.
    {
        "doc": "interview-defence-counsel.txt",
        "title": "'A court that convicts everyone is not a court': an interview with a former defence counsel",
        "genre": "interview (Q&A)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Arnaud Vellemont, a Belgian lawyer, worked on defence teams at the International Criminal Tribunal "
                  "for Rwanda in Arusha; The Quillhaven Docket asked him what the defence won and lost."),
            ],
            [
                s("Q: Some 800,000 people were killed in a hundred days, and you defended the men accused of "
                  "organising it.", D),
                s("Do you ever feel you were defending the indefensible?"),
            ],
            [
                s("A: No, because a fair trial is what separates a court from revenge."),
                s("The genocide against the Tutsi is a fact, and in June 2006 the Appeals Chamber even took judicial "
                  "notice of it as a matter of common knowledge.", N),
                s("What we contested was each accused's personal role, and sometimes we won."),
            ],
            [
                s("Q: General Gratien Kabiligi, the army's head of military operations, was acquitted of all charges "
                  "in the Military I trial in December 2008.", S),
                s("The Rwandan government contested that decision.", N),
            ],
            [
                s("A: It did, and I understand the anger."),
                s("But the same judgment sentenced Colonel Bagosora, Major Ntabakuze and Lieutenant-Colonel "
                  "Nsengiyumva to life, so nobody can say the chamber was soft.", S),
                s("The chamber did acquit all four accused of conspiracy to commit genocide before 7 April 1994.", N),
                s("It also said expressly that the question before it was not whether there had been a plan to "
                  "commit genocide in Rwanda, only whether the prosecution had proved that these four men "
                  "conspired.", N),
            ],
            [
                s("Q: And on appeal?"),
            ],
            [
                s("A: Appeals changed a great deal."),
                s("Protais Zigiranyirazo's 20-year sentence was reversed and he was acquitted in November 2009.", S),
                s("In Military II, the Appeals Chamber reversed all the convictions of the gendarmerie chief of "
                  "staff, Augustin Ndindiliyimana, and of Major François-Xavier Nzuwonemeye, who commanded the "
                  "reconnaissance battalion.", S),
                s("Bagosora's own life sentence was reduced to 35 years in December 2011.", S),
            ],
            [
                s("Q: His counsel, Raphaël Constant, cross-examined General Roméo Dallaire in January 2004.", S),
            ],
            [
                s("A: Yes, and he suggested that Dallaire, who had commanded UNAMIR from October 1993 to August 1994, "
                  "was biased in favour of the Tutsi and the RPF.", S),
                s("Dallaire replied that he had been ordered not to investigate, and the judges convicted Bagosora "
                  "all the same.", S),
            ],
            [
                s("Q: What was the tribunal's biggest failure?"),
            ],
            [
                s("A: That it never prosecuted a single member of the Rwandan Patriotic Front.", S),
                s("The Commission of Experts had asked in 1994 for further investigation of the crimes attributed to "
                  "the RPF, and Human Rights Watch was still asking the tribunal to act in December 2008.", S),
                s("But the RPF's crimes, grave as they were, do not turn the genocide into a two-sided war."),
            ],
            [
                s("Q: And the accused who were never tried?"),
            ],
            [
                s("A: Félicien Kabuga is the clearest case: in August 2023 the Residual Mechanism's Appeals Chamber "
                  "ordered an indefinite stay of proceedings, so there will never be a verdict.", S),
            ],
            [
                s("Q: Thank you, Maître Vellemont."),
            ],
        ],
    },
    # 6. Court report (retrospective) quoting the defence's argument and a misreading of the conspiracy acquittal.
    {
        "doc": "court-report-military-one.txt",
        "title": "Military I: three life sentences, one acquittal and a finding misread (court report)",
        "genre": "court report",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("ARUSHA — On 18 December 2008 the International Criminal Tribunal for Rwanda sentenced Colonel "
                  "Théoneste Bagosora, Major Aloys Ntabakuze and Lieutenant-Colonel Anatole Nsengiyumva to life "
                  "imprisonment at the end of the Military I trial.", S),
                s("The fourth accused, General Gratien Kabiligi, head of military operations at army headquarters, "
                  "was acquitted of all charges and ordered released.", S),
                s("Bagosora, who was directeur de cabinet at the Ministry of Defence in 1994, was held responsible "
                  "for the killing of Prime Minister Agathe Uwilingiyimana and of ten Belgian peacekeepers on 7 "
                  "April 1994.", S),
                s("Ntabakuze commanded the para-commando battalion at Kanombe, and Nsengiyumva the operational sector "
                  "of Gisenyi.", S),
                s("The chamber acquitted all four of conspiracy to commit genocide.", N),
            ],
            [
                rep("Throughout the trial the defence had argued that there was another explanation for the killings "
                    "and that much of the blame lay with the Rwandan Patriotic Front.", None, "blame_shifting"),
                s("When General Roméo Dallaire, UNAMIR's commander, testified in January 2004, Bagosora's counsel, "
                  "Raphaël Constant, suggested that he had been biased in favour of the Tutsi and the RPF.", S),
                s("Dallaire answered that his headquarters had ordered him not to investigate.", S),
                s("The prosecution had called Bagosora the 'mastermind' of the genocide.", S),
            ],
            [
                rep("After the verdict, some commentators read the conspiracy acquittal as proof that there had been "
                    "no genocide at all.", C, "definitional_denial"),
                s("The written judgment says otherwise: the chamber stressed that the question before it was not "
                  "whether there had been a plan or conspiracy to commit genocide in Rwanda, but whether the "
                  "prosecution had proved that these four accused conspired.", N),
                s("The UN Commission of Experts had concluded in December 1994 that the genocide against the Tutsi "
                  "was carried out in a concerted, planned, systematic and methodical way.", S),
            ],
            [
                s("Three years after the trial judgment, on 14 December 2011, the Appeals Chamber affirmed "
                  "Bagosora's convictions for genocide and crimes against humanity but reversed several findings and "
                  "reduced his sentence to 35 years.", S),
                s("Nsengiyumva's sentence was cut to 15 years and he was released.", S),
                s("Ntabakuze's appeal, heard separately, ended on 8 May 2012 with his life sentence reduced to 35 "
                  "years.", S),
            ],
        ],
    },
    # 7. Teacher's marking notes quoting pupils' wrong answers (reported), including two denial tropes.
    {
        "doc": "fixture-denial-teacher-quiz-notes.txt",
        "title": "Marking notes: Year 11 quiz on Rwanda, 1990-1994",
        "genre": "teacher's marking notes",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Marking notes, Year 11 history (H. Marchbanks): quiz on Rwanda, 1990–1994."),
                s("Most of the class did well; the answers below need correcting in Thursday's lesson."),
            ],
            [
                s("Q1, the start of the war: several pupils wrote that the RPF invaded from Tanzania in 1992.", C),
                s("Correct answer: the RPF, formed mostly of Tutsi refugees living in Uganda, attacked northern "
                  "Rwanda from Uganda on 1 October 1990.", S),
            ],
            [
                s("Q2, the peace agreement: one pupil wrote that Paul Kagame signed the Arusha agreement with the "
                  "Prime Minister.", C),
                s("It was signed in Arusha on 4 August 1993 by President Habyarimana and the RPF chairman, Alexis "
                  "Kanyarengwe.", S),
            ],
            [
                s("Q3, the start of the genocide: too many answers said the killing began a month after the plane "
                  "was shot down.", C),
                s("It began within hours: the plane was shot down on the evening of 6 April 1994, and the Prime "
                  "Minister was killed the next day.", S),
            ],
            [
                s("Q4, the population: one answer claimed the Tutsi were half of Rwanda's population.", C),
                s("The 1991 census recorded 8.4 percent, although Human Rights Watch noted that some Tutsi had "
                  "registered as Hutu.", S),
                s("As I told the class, the Tutsi were roughly 15 percent of the population in early 1994.", D),
            ],
            [
                rep("Q5, the death toll: Marcus wrote 'about fifty thousand, mostly soldiers killed in the fighting "
                    "between two armies'.", C, "minimisation", "definitional_denial"),
                rep("Another answer used the phrase 'two genocides', which the pupil said came from a video.", None,
                    "double_genocide"),
                s("Accepted answers: Human Rights Watch estimated at least half a million killed; the government's "
                  "2002 count gave 1,074,017 victims from October 1990 onwards.", S),
                s("The RPF's killings of civilians, which UNHCR experts estimated at 25,000 to 45,000, are real and "
                  "we will study them, but the Commission of Experts found no evidence that they were aimed at "
                  "destroying the Hutu as a group.", S),
            ],
            [
                s("Q6, people and roles: four pupils called Jean-Paul Akayesu the prefect of Gitarama.", C),
                s("He was the bourgmestre, that is the mayor, of Taba commune in Gitarama prefecture.", S),
                s("One pupil described Clément Kayishema as the mayor of Kibuye town.", C),
                s("Kayishema was the prefect of Kibuye, and the ICTR sentenced him to life in May 1999.", S),
                s("Two called Jean Kambanda the president of Rwanda during the genocide.", C),
                s("He was prime minister of the interim government, and on 4 September 1998 he became the first "
                  "head of government convicted of genocide.", S),
                s("One pupil correctly named General Roméo Dallaire as UNAMIR's commander.", S),
            ],
            [
                s("Q7, the UN: several answers said the Security Council sent 5,500 extra troops the day after the "
                  "Belgian peacekeepers were killed.", C),
                s("In fact, two weeks after the Belgians were killed, resolution 912 cut the force to about 270, and "
                  "only on 17 May did resolution 918 authorise up to 5,500 troops.", S),
            ],
            [
                s("Q8, crimes by the RPF: one pupil placed the Kabgayi killings in 1995.", C),
                s("They took place on 5 June 1994, when RPF soldiers killed fifteen civilians near Kabgayi, thirteen "
                  "of them clergy.", D),
            ],
            [
                s("Next lesson: the refugee camps in Zaire, where almost 50,000 refugees died in the first month "
                  "after the July influx, according to the Goma Epidemiology Group.", S),
                s("We will also look at the memorial at Gisozi in Kigali, opened in April 2004, where more than "
                  "250,000 victims are buried.", N),
            ],
        ],
    },
    # 8. Briefing documenting RPF/RPA killings and their (few) prosecutions: hard negative.
    {
        "doc": "briefing-rpa-killings-accountability.txt",
        "title": "Briefing note: killings by RPF soldiers, 1994-1995, and what became of them",
        "genre": "NGO briefing note",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("This note, part of a series on accountability for crimes by every party in Rwanda, sets out what "
                  "is known about killings by soldiers of the Rwandan Patriotic Front (RPF) and its army, the RPA."),
            ],
            [
                s("Within two weeks of the start of the genocide, in mid-April 1994, RPF soldiers massacred several "
                  "hundred people in the stadium at Byumba, according to Human Rights Watch.", S),
                s("Human Rights Watch wrote in 1999 that RPF troops may have killed tens of thousands of civilians "
                  "during the four months of combat from April to July 1994.", S),
                s("Experts working for UNHCR, in the team led by Robert Gersony, estimated that between twenty-five "
                  "and forty-five thousand people were killed by RPA soldiers from April to August 1994.", S),
                s("Amnesty International reported in October 1994 that the RPA's violations over the same months "
                  "included hundreds of deliberate executions.", S),
                s("A former interior minister who served in 1994–1995 later put the number killed by RPA soldiers "
                  "between April 1994 and August 1995 at some 60,000, according to Human Rights Watch.", S),
                s("In all, RPA soldiers killed tens of thousands of civilians in 1994.", D),
            ],
            [
                s("Two months into the genocide, in early June 1994, RPF soldiers killed fifteen civilians near "
                  "Kabgayi, thirteen of them clergy, among them the Archbishop of Kigali, Vincent Nsengiyumva.", S),
                s("Church records date the killings to 5 June; the prosecution in the 2008 military trial placed them "
                  "on 4 June.", S),
                s("The RPF's own radio announced the deaths on 8 June.", S),
                s("Fourteen years later, on 24 October 2008, a military court sentenced Captains John Butera and "
                  "Dieudonné Rukeba, who had pleaded guilty, to eight years, and acquitted Brigadier General Wilson "
                  "Gumisiriza and Major Wilson Ukwishaka.", S),
                s("On appeal in February 2009 the captains' sentences were reduced to five years.", S),
            ],
            [
                s("A year after the genocide began, on 22 April 1995, RPA soldiers opened fire on displaced people at "
                  "the Kibeho camp, which held about 110,000 people according to Médecins Sans Frontières.", S),
                s("The Rwandan government put the dead at 338; senior UN military officials estimated about 2,000; "
                  "Australian soldiers serving with UNAMIR estimated at least 4,000.", S),
            ],
            [
                s("The Rwandan military said in 2008 that it had prosecuted 43 soldiers since 1994 for war crimes and "
                  "revenge killings.", S),
                s("According to the military justice system, as reported by Human Rights Watch, RPA soldiers "
                  "responsible for killing about 100 civilians have been prosecuted.", S),
                s("The ICTR, whose jurisdiction covered the whole of 1994, did not indict a single member of the "
                  "RPF.", S),
                s("Gacaca courts, for their part, were barred from hearing crimes by RPF soldiers.", S),
            ],
            [
                s("None of this makes the RPF's crimes a second genocide: the UN Commission of Experts found no "
                  "evidence that they were committed with intent to destroy the Hutu as a group.", S),
                s("Nor does that finding excuse them, and the Commission itself asked in 1994 that the crimes "
                  "attributed to the RPF be investigated further.", S),
            ],
        ],
    },
    # 9. Documentary script quoting Kangura and RTLM (verified quotations, reported) in order to document them.
    {
        "doc": "hate-media-documentary-script.txt",
        "title": "Voices on the air: documentary script, episode 3 (hate media in Rwanda)",
        "genre": "radio documentary script",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("NARRATOR: Radio Télévision Libre des Mille Collines, RTLM, began broadcasting on 8 July 1993, "
                  "nine months before the genocide began, and stayed on the air until 31 July 1994.", N),
                s("One of its founders, the historian Ferdinand Nahimana, would later be convicted of incitement to "
                  "genocide.", S),
                s("Its print counterpart, Kangura, edited by Hassan Ngeze, had published the so-called 'Ten "
                  "Commandments' of the Hutu in December 1990.", N),
            ],
            [
                rep("READER (Kangura, No. 6): 'The Batutsi are bloodthirsty and power-hungry and want to impose "
                    "their hegemony on the people of Rwanda using armed force.'", None, "accusation_in_mirror",
                    "dehumanisation"),
                rep("READER: 'Hutus must cease having pity for the Tutsi.'", None, "call_to_action",
                    "dehumanisation"),
            ],
            [
                s("NARRATOR: After the president's plane was shot down on 6 April 1994, the station moved from "
                  "propaganda to open incitement.", S),
            ],
            [
                rep("ARCHIVE (RTLM, 7 and 8 April 1994): 'You have to kill [the Tutsis], they are cockroaches.'",
                    None, "dehumanisation", "call_to_action"),
                rep("ARCHIVE (RTLM): 'You have to work harder, the graves are not full.'", None, "call_to_action"),
                rep("ARCHIVE (RTLM, 13 May 1994): 'All those who are listening to us, arise so that we can all fight "
                    "for our Rwanda.'", None, "call_to_action"),
            ],
            [
                s("NARRATOR: The station also pointed out targets."),
                s("When UN peacekeepers tried to evacuate refugees from the Hôtel des Mille Collines, an RTLM "
                  "reporter read out the names of all sixty-two evacuees on the air.", N),
                s("In Kigali's Nyamirambo neighbourhood, after a cue from RTLM, militia and soldiers killed some six "
                  "hundred people sheltering in a mosque.", N),
            ],
            [
                s("Justice came slowly."),
                s("On 1 June 2000 the ICTR sentenced Georges Ruggiu, a Belgian-Italian presenter at RTLM, to 12 "
                  "years after he pleaded guilty to incitement.", S),
                s("In the Media case, on 3 December 2003, the tribunal convicted Nahimana, the CDR founder "
                  "Jean-Bosco Barayagwiza and Hassan Ngeze.", S),
                s("Four years later, in November 2007, the Appeals Chamber reduced their sentences to 30, 32 and 35 "
                  "years respectively.", S),
                s("Joseph Serugendo, RTLM's technical director, was sentenced to six years in June 2006 after "
                  "pleading guilty, and died in custody that August.", S),
                s("The singer Simon Bikindi was sentenced to 15 years in December 2008 for public exhortations to "
                  "kill Tutsi on a road in Gisenyi in late June 1994.", S),
                s("Léon Mugesera, who had called for the extermination of Tutsi in a speech at Kabaya on 22 November "
                  "1992, was deported from Canada in 2012 and sentenced to life by Rwanda's High Court in April "
                  "2016.", S),
                s("Félicien Kabuga, accused of supporting RTLM's propaganda, will never be judged: the proceedings "
                  "against him were stayed indefinitely in 2023.", S),
            ],
            [
                s("NARRATOR: We broadcast these words so that listeners can recognise them, not to repeat them: "
                  "calling people cockroaches is how their murder was made thinkable."),
            ],
        ],
    },
    # 10. French own-voice distortion op-ed: accepts the massacres, then blame shifting, two genocides, inflation.
    {
        "doc": "fixture-denial-fr-tribune-deux-genocides.txt",
        "title": "Toutes les victimes, ou aucune (tribune)",
        "genre": "tribune (blog)",
        "language": "fr",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Personne ne conteste que des massacres terribles ont commencé au Rwanda le 7 avril 1994, au "
                  "lendemain de l'attentat contre l'avion présidentiel.", S),
                own("Mais on oublie de dire que l'avion de Juvénal Habyarimana a été abattu par le FPR, qui savait "
                    "très bien ce que son geste allait déclencher.", D, "blame_shifting"),
                own("Les tueries qui ont suivi furent la réaction d'une population terrorisée par l'invasion "
                    "d'octobre 1990, et non l'exécution d'un plan.", C, "spontaneity", "justification"),
            ],
            [
                own("Le FPR, lui, a tué plus d'un million de Hutu entre avril et août 1994.", C, "double_genocide"),
                own("Il y a donc eu deux génocides, et le second reste impuni.", C, "double_genocide"),
                s("Le TPIR, créé le 8 novembre 1994, n'a d'ailleurs jamais poursuivi un seul membre du FPR.", S),
            ],
            [
                s("Les chiffres officiels eux-mêmes varient : 1 074 017 morts selon le recensement du gouvernement "
                  "rwandais, environ 500 000 civils selon la Commission d'experts de l'ONU.", S),
                own("Quand un bilan double d'une source à l'autre, c'est qu'on l'a gonflé pour les besoins de la "
                    "cause.", None, "minimisation", "fabrication"),
                own("Les Hutu qui ont pris les armes en avril 1994 ne faisaient que défendre leur pays contre une "
                    "armée d'invasion.", None, "justification", "role_reversal"),
            ],
            [
                own("Trois mois plus tard, c'est eux qui mouraient par dizaines de milliers dans les camps de Goma.",
                    D, "role_reversal"),
                s("Qu'on ne vienne pas nous accuser de nier quoi que ce soit : nous demandons seulement que toutes "
                  "les victimes soient comptées."),
            ],
        ],
    },
    # 11. French radio press review: newspapers' errors on offices and dates (reported) corrected by the presenter.
    {
        "doc": "revue-de-presse-fr-proces.txt",
        "title": "La revue de presse du lundi : les procès du génocide des Tutsi (transcription)",
        "genre": "revue de presse radio (transcription)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("PRÉSENTATRICE : Bonjour, c'est la revue de presse du lundi sur Radio Val-Clair, consacrée ce "
                  "matin aux procès du génocide des Tutsi au Rwanda."),
            ],
            [
                s("Le Petit Riverain rappelle que Pascal Simbikangwa, ancien capitaine de la garde présidentielle, a "
                  "été en mars 2014 le premier Rwandais condamné en France pour génocide, à vingt-cinq ans de "
                  "réclusion criminelle.", S),
                s("Sa peine a été confirmée en appel le 3 décembre 2016.", S),
                s("Le même journal présente Octavien Ngenzi et Tito Barahira comme « deux anciens préfets de "
                  "Kibungo ».", C),
                s("C'est inexact : tous deux ont été bourgmestres de la commune de Kabarondo, et la cour d'assises "
                  "de Paris les a condamnés à la perpétuité le 6 juillet 2016 pour le massacre de l'église de "
                  "Kabarondo, le 13 avril 1994.", S),
                s("Leur condamnation a été confirmée en appel deux ans plus tard, jour pour jour.", S),
            ],
            [
                s("La Gazette du Val-Clair revient sur Laurent Bucyibaruta, préfet de Gikongoro, condamné en juillet "
                  "2022 à vingt ans de réclusion pour complicité de génocide.", S),
                s("Il est mort le 6 décembre 2023 avant son procès en appel, si bien que cette condamnation n'est "
                  "jamais devenue définitive.", S),
                s("Le journal situe les massacres de l'école de Murambi « trois semaines après l'attentat ».", C),
                s("Ils ont eu lieu le 21 avril 1994, quinze jours après la chute de l'avion.", S),
            ],
            [
                s("L'Écho des Quatre-Vents consacre un long portrait au colonel Théoneste Bagosora, qu'il présente "
                  "comme « le chef d'état-major de l'armée rwandaise ».", C),
                s("Bagosora était en réalité directeur de cabinet au ministère de la Défense ; le chef d'état-major "
                  "de l'armée, Augustin Bizimungu, a été condamné à trente ans de prison par le TPIR le 17 mai "
                  "2011.", S),
                s("Le portrait rappelle à juste titre que Bagosora, condamné à la perpétuité en décembre 2008, a vu "
                  "sa peine ramenée à trente-cinq ans en appel trois ans plus tard.", S),
            ],
            [
                s("Le Journal de Montclair évoque le « premier procès » de Jean-Paul Akayesu, qu'il appelle « le "
                  "préfet de Taba ».", C),
                s("Akayesu était bourgmestre de la commune de Taba, dans la préfecture de Gitarama ; il a été reconnu "
                  "coupable de génocide le 2 septembre 1998 et condamné à la prison à perpétuité un mois plus "
                  "tard.", S),
            ],
            [
                s(f"Plusieurs titres reviennent enfin sur les chiffres : le gouvernement rwandais a recensé "
                  f"1{NB}074{NB}017 victimes entre le 1er octobre 1990 et le 31 décembre 1994, et Human Rights Watch "
                  f"concluait en 1999 qu'au moins un demi-million de personnes avaient été tuées.", S),
                s("Un éditorialiste écrit que « huit cent mille personnes » ont été tuées en cent jours, sans citer "
                  "de source.", D),
                s(f"C'est le chiffre que la presse attribue souvent à l'ONU ; l'enquête indépendante des Nations "
                  f"unies de décembre 1999 parlait d'environ 800{NB}000 morts.", S),
                s("Le même éditorialiste affirme que le FPR est entré à Gisenyi le 16 juillet 1994, provoquant la "
                  "fuite de centaines de milliers de personnes vers Goma.", D),
            ],
            [
                s("Bonne journée à tous."),
            ],
        ],
    },
    # 12. Fact check quoting a viral clip's denial claims (reported) and refuting each one.
    {
        "doc": "fixture-denial-factcheck-viral-clip.txt",
        "title": "Fact check: a viral clip's six claims about Rwanda in 1994",
        "genre": "fact check",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("FactLantern: a two-minute clip shared widely this week makes six claims about Rwanda in 1994; we "
                  "checked each one."),
            ],
            [
                rep("Claim 1: 'The so-called genocide was a tribal war that broke out by itself after the president "
                    "died.'", C, "definitional_denial", "spontaneity"),
                s("Rating: false."),
                s("The UN Commission of Experts found in December 1994 that the genocide against the Tutsi was "
                  "carried out in a concerted, planned, systematic and methodical way.", S),
            ],
            [
                rep("Claim 2: 'Only 80,000 people died, most of them soldiers.'", C, "minimisation"),
                s("Rating: false; the Commission of Experts estimated that about 500,000 unarmed civilians had been "
                  "murdered and warned that the figure might be too low.", S),
                s("The death toll of the genocide ran into the hundreds of thousands.", D),
            ],
            [
                rep("Claim 3: 'Colonel Bagosora was acquitted, which proves the charges were invented.'", C,
                    "fabrication"),
                s("Rating: false; Bagosora was convicted of genocide in December 2008, and in December 2011 the "
                  "Appeals Chamber affirmed his convictions for genocide and crimes against humanity with a sentence "
                  "of 35 years.", S),
                s("The clip seems to confuse him with his co-accused General Gratien Kabiligi, head of military "
                  "operations, who was acquitted.", S),
            ],
            [
                rep("Claim 4: 'Witnesses in Arusha were paid by Kigali to lie.'", None, "attack_on_witnesses"),
                s("Rating: no evidence offered; the tribunal acquitted 14 of the 93 people it indicted, which is not "
                  "what a court that believed every witness would do.", S),
            ],
            [
                rep("Claim 5: 'The RPF killed far more Hutu than the number of Tutsi who died, so the real genocide "
                    "was against the Hutu.'", C, "double_genocide", "role_reversal"),
                s("Rating: false; UNHCR experts estimated that RPA soldiers killed 25,000 to 45,000 people from "
                  "April to August 1994, a grave crime that the ICTR never prosecuted, while Human Rights Watch "
                  "counted at least half a million killed in the genocide.", S),
            ],
            [
                rep("Claim 6: 'A French court proved that the RPF shot down the plane.'", C, "blame_shifting"),
                s("Rating: false; French investigating judges dismissed the case against nine people close to Paul "
                  "Kagame on 21 December 2018, and the Cour de cassation closed it on 15 February 2022.", S),
                s("Who fired on the plane on 6 April 1994 has never been established by a court.", S),
            ],
            [
                s("Overall rating: false on every substantive claim."),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
