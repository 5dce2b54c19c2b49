"""Source of the TWENTY-EIGHTH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind28/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind28/build_set.py --check  # validate the files already written

Held out: written in session 25 (2026-11-29) to measure generalisation, in genres the earlier sets use little
(a podcast transcript with host and guest turns, a parliamentary-debate extract, a fact check that quotes and
rebuts five claims, a letters-to-the-editor page, a memorial education FAQ, a court-monitoring bulletin, a French
press column, a chronology, a human-rights report on RPA killings, a scholarly critique of the ICTR) and two short
fixtures (a seminar handout spliced with denial notes, an incitement-style radio script). Its author did not read
the detectors (src/factfinder/check/), their rules, exemplars or training data, the tests, nor any other check-*
set's documents, labels or README; only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md (the
labelling conventions), the first 40 lines of check-blind5/build_set.py and check-blind5/README.md (format), and
the record itself (benchmarks/data/record/: events.yaml, entities.yaml, README.md). Verdicts were decided against
that record alone. Keep it that way: do not copy these sentences, their wording or their facts into rules,
exemplars or training data, and do not tune against this set.

Session 27 audit: benchmarks/data/record/ is not the record `factfinder check` checks against (it was read by
mistake); every verdict was audited against the demo record (the seven sample documents of examples/, the
reference pack src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings table
src/factfinder/data/proceedings/rwanda1994_proceedings.csv). Changed verdicts carry a "session 27 audit" comment.

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
    # 1. Podcast transcript: invented host and guest (not real people), listener invented.
    {
        "doc": "podcast-paper-trails-ep41.txt",
        "title": "Podcast transcript: Paper Trails, episode 41, what the courts found",
        "genre": "podcast transcript (host and guest turns)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("PAPER TRAILS, EPISODE 41: WHAT THE COURTS FOUND"),
            ],
            [
                s("Transcribed from the audio; speakers are named as they were introduced on air."),
            ],
            [
                s("NADIA BRIGHTWATER (HOST): Welcome back to Paper Trails, where we read the documents so you don't have to."),
                s("My guest today is Elias Kurtmann, who has spent ten years reading the judgments of the Rwanda tribunal."),
                s("Elias, start us off: when was the tribunal created?"),
            ],
            [
                s("ELIAS KURTMANN (GUEST): The Security Council set it up with resolution 955 on 8 November 1994.", S),
                s("It wasn't unanimous, by the way: thirteen votes for, one against and one abstention.", S),
            ],
            [
                s("HOST: So what about the years before 1994?"),
            ],
            [
                s("GUEST: Outside its reach, and the war itself had begun when the RPF crossed from Uganda on 1 October 1990.", S),
                # session 27 audit: was supported; the demo record gives only the year of the first trial (1997); the January date is only in benchmarks/data/record (extraction documents), not in the demo record
                s("The first trial opened in January 1997, against Jean-Paul Akayesu, the former bourgmestre of Taba.", N),
            ],
            [
                s("HOST: He was picked up in Kenya in 1996, wasn't he?", C),
            ],
            [
                s("GUEST: In Zambia, actually, on 10 October 1995.", S),
                s("The judges found him guilty on nine of the fifteen counts in September 1998, the first time an international court held that rape could constitute genocide.", S),
            ],
            [
                s("HOST: Listeners always ask about the numbers."),
                s("How many people did the tribunal indict over its whole life?"),
            ],
            [
                s("GUEST: Ninety-three people were indicted.", S),
                # session 27 audit: was supported; the ten referrals to national courts are only in benchmarks/data/record (extraction documents), not in the demo record
                s("Sixty-one were convicted and fourteen acquitted, and ten cases went to national courts.", N),
            ],
            [
                s("HOST: So roughly two out of every three indictments ended in a conviction.", S),
            ],
            [
                s("HOST: I want to read something uncomfortable now: what the station was actually saying."),
            ],
            [
                rep("GUEST: On 7 and 8 April 1994 the radio station RTLM told its listeners, 'You have to kill them, they are cockroaches.'", N,
                    "dehumanisation", "call_to_action"),
                rep("Another broadcast urged them to work harder because 'the graves are not full.'", N, "call_to_action"),
                s("Turning neighbours into insects on air was the groundwork, and the machetes came after."),
            ],
            [
                s("HOST: What did the court do with the men behind that station?"),
            ],
            [
                s("GUEST: In December 2003 the trial chamber sentenced Ferdinand Nahimana and Hassan Ngeze to life and Jean-Bosco Barayagwiza to thirty-five years.", S),
                s("On appeal in November 2007 those became thirty years for Nahimana, thirty-two for Barayagwiza and thirty-five for Ngeze.", S),
            ],
            [
                s("HOST: And Bagosora, the colonel the prosecution called the mastermind?"),
            ],
            [
                s("GUEST: Convicted in December 2008 and sentenced to life, and then in 2011 the appeal judges cut that to twenty-five years.", C),
                s("Sorry, I misspoke: it was thirty-five years, not twenty-five.", S),
            ],
            [
                s("HOST: A listener, Tomasz from Gdańsk, wrote in to ask whether the tribunal ever prosecuted RPF soldiers."),
            ],
            [
                s("GUEST: It never indicted a single RPF member, and Human Rights Watch said in December 2008 that it had not prosecuted even one of those crimes.", S),
                s("The prosecutor Carla Del Ponte opened investigations, and in 2003 the Security Council split her post and handed the Rwanda side to Hassan Jallow.", N),
                s("My own reading of the evidence is that RPF soldiers killed something like 30,000 civilians in 1994.", D),
            ],
            [
                s("HOST: Last question: the death toll of the genocide."),
            ],
            [
                s("GUEST: The number everyone quotes is 800,000, and I think that's about right.", D),
                s("Human Rights Watch and the FIDH, working from the census, concluded in 1999 that at least half a million people died, roughly three quarters of the Tutsi population.", S),
            ],
            [
                s("HOST: Elias Kurtmann, thank you."),
                s("Before we go: Kwibuka begins again on 7 April, when the flame at the Kigali memorial is lit for a hundred days.", N),
                s("That's Paper Trails for this week."),
            ],
        ],
    },
    # 2. Parliamentary debate: an invented assembly and invented members.
    {
        "doc": "debate-denial-bill-second-reading.txt",
        "title": "Official report (extract): Genocide Denial (Offences) Bill, second reading",
        "genre": "parliamentary debate excerpt",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Genocide Denial (Offences) Bill: Second Reading"),
            ],
            [
                s("Extract from the official report of the Assembly."),
            ],
            [
                s("Ms Harriet Okonjo (Riverside East): I beg to move that the Bill be now read a second time."),
                s("Between April and July 1994 the Tutsi of Rwanda were hunted in churches, in schools and at roadblocks.", S),
                s("Nearly a million people were murdered in about a hundred days.", D),
                s("The UN Commission of Experts concluded in December 1994 that acts of genocide had been committed against the Tutsi in a concerted, planned, systematic and methodical way.", S),
                s("Among my own constituents are survivors who lost whole families."),
                s("And the killers were primed by a radio station, RTLM, founded in 1993 to tell listeners that their neighbours were the enemy.", N),
            ],
            [
                rep("Yet a leaflet handed out in this city last month calls it 'the so-called genocide' and 'a spontaneous outburst of grief after the president's murder'.", C,
                    "definitional_denial", "spontaneity"),
                rep("The same leaflet puts the dead at 'perhaps 30,000, on all sides'.", C, "minimisation", "double_genocide"),
                s("Both claims are false, and those who print them know it."),
            ],
            [
                s("Mr Colin Ashdown (Westmere): Will the honourable Member give way?"),
            ],
            [
                s("Ms Okonjo: I will."),
            ],
            [
                s("Mr Ashdown: Nobody in this House disputes the genocide, but can she confirm that the Bill will not criminalise research into the crimes of the Rwandan Patriotic Front, which the same UN experts asked to be investigated?", S),
            ],
            [
                s("Ms Okonjo: I can."),
                s("Documenting the killings at Kabgayi in June 1994 or at Kibeho in April 1995 is history, not denial.", S),
            ],
            [
                s("Mr Ashdown: I am grateful."),
                s("I would only add that the Rwandan government put the Kibeho toll at 338, while Australian soldiers serving with UNAMIR estimated at least 4,000.", S),
                s("A law that punished anyone for citing either figure would be absurd."),
            ],
            [
                s("Mr Desmond Varga (Hollin Vale): I support the Bill, but let us get our facts right in this House."),
                s("The tribunal in Arusha was created in 1996 and sat until 2015.", C),
                # session 27 audit: was supported; the date of the guilty plea is only in benchmarks/data/record (extraction documents), not in the demo record
                s("It convicted Jean Kambanda, the interim prime minister, who had pleaded guilty in May 1998.", N),
                s("He was given twenty years.", C),
                s("And Rwanda itself abolished the death penalty in 1998, the year of its last executions.", C),
            ],
            [
                s("Ms Okonjo: On a point of order, the honourable Member will find that Mr Kambanda was sentenced to life imprisonment in September 1998, and that Rwanda abolished the death penalty in 2007.", S),
            ],
            [
                s("Mr Varga: I stand corrected, and I thank her."),
            ],
            [
                s("Mrs Priya Thandeka (Northgate): The schedule to the Bill lists the dates this Assembly should mark."),
                s("The United Nations designated 7 April as an international day of reflection on the genocide by a General Assembly resolution of December 2003.", N),
                s("In Rwanda the national commemoration, Kwibuka, opens on that day each year with a flame that burns for 100 days.", N),
                s("The schedule also records that France's president acknowledged his country's responsibilities in a speech in Kigali in May 2021.", N),
                s("And we should remember that the killing was finally stopped when the reinforced United Nations force took control of Kigali.", C),
            ],
            [
                rep("Ms Okonjo: Let me answer the leaflet's last claim, that 'Tutsi rebels shot down the plane and then blamed the Hutu'.", D,
                    "blame_shifting", "role_reversal"),
                s("Who fired at the plane on 6 April 1994 has never been established by any court.", S),
            ],
            [
                s("Question put and agreed to."),
                s("Bill accordingly read a second time."),
            ],
        ],
    },
    # 3. Fact check quoting five claims in order to rebut them (the video and its channel are invented).
    {
        "doc": "factcheck-five-viral-claims.txt",
        "title": "Fact check: five claims about Rwanda 1994 that keep coming back",
        "genre": "fact-check article",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("FACT CHECK: Five claims about Rwanda 1994 that keep coming back"),
            ],
            [
                s("By Lotte Verhaegen, verification desk"),
            ],
            [
                s("A short video shared tens of thousands of times this month strings together five claims about the killings in Rwanda in 1994."),
                s("We checked each of them against court records, UN documents and published research."),
            ],
            [
                rep("CLAIM 1: 'Barely 100,000 people died, and most of them were soldiers.'", C, "minimisation"),
                s("VERDICT: False."),
                s("The UN Commission of Experts estimated in December 1994 that some 500,000 unarmed civilians had been murdered, and warned that the figure might be too low.", S),
                s("Most researchers place the total somewhere between 500,000 and one million.", D),
                # session 27 audit: was supported; fact only in benchmarks/data/record (extraction documents), not in the demo record
                s("The dead were overwhelmingly unarmed civilians: around 10,000 people were killed at the church in Nyamata on 11 April 1994 alone.", N),
            ],
            [
                rep("CLAIM 2: 'There was no plan; neighbours simply turned on each other when the president died.'", C, "spontaneity"),
                s("VERDICT: False."),
                s("The Commission of Experts found 'overwhelming evidence' that the genocide against the Tutsi was carried out in a concerted and planned way.", S),
                s("Propaganda had prepared the ground for months: the radio station RTLM had been on the air since July 1993.", N),
                # session 27 audit: was supported; Gisenyi and the 6-9 April span for Bagosora are only in benchmarks/data/record (extraction documents), not in the demo record
                s("In December 2008 the tribunal held Théoneste Bagosora responsible for organised killings by soldiers and militiamen in Kigali and Gisenyi between 6 and 9 April.", N),
                # session 27 audit: was supported; the conspiracy acquittal of all four is only in benchmarks/data/record (extraction documents), not in the demo record
                s("The same judgment acquitted all four accused of conspiring before 7 April, a detail the video lifts out of context.", N),
            ],
            [
                rep("CLAIM 3: 'The RPF killed two million Hutu, more than the Hutu ever killed.'", C, "double_genocide"),
                s("VERDICT: False, although it distorts something real."),
                s("RPF soldiers did kill civilians in 1994, and those crimes deserve a full record.", S),
                s("UNHCR experts estimated, as Human Rights Watch reported in 2008, that RPA soldiers killed between 25,000 and 45,000 people from April to August 1994.", S),
                s("That is a grave crime, but it is not two million, and the Commission of Experts found no evidence that those killings were meant to destroy the Hutu as a group.", S),
            ],
            [
                rep("CLAIM 4: 'The tribunal in Arusha ended up acquitting almost everyone it tried.'", C, "fabrication"),
                s("VERDICT: False."),
                s("Of the 93 people it indicted, 61 were convicted and 14 acquitted, according to figures published when it closed.", S),
                s("Acquittals did happen, which shows the judges were no rubber stamp: the first, of the former mayor Ignace Bagilishema, came in June 2001.", N),
                s("Some cases ended with no verdict at all: in 2023 judges in The Hague found Félicien Kabuga unfit to stand trial.", N),
            ],
            [
                rep("CLAIM 5: 'The survivors who testified were paid to make up their stories.'", None, "attack_on_witnesses"),
                s("VERDICT: No evidence, and false as a general claim."),
                s("Judges did reject some testimony, as courts do."),
                s("In the Akayesu case, witnesses who spoke at trial about rapes at the bureau communal led the prosecutor to amend the indictment on 17 June 1997 to add charges of rape.", S),
                s("We do not repeat the insults the video directs at named survivors."),
            ],
            [
                s("Why this matters"),
            ],
            [
                s("Each of these claims has a long history, and each survives by being repeated faster than it can be checked."),
                s("The channel that posted the video did not respond to our questions."),
            ],
        ],
    },
    # 4. Letters page: all writers invented; letters 1, 3 and 4 contain honest errors or corrections.
    {
        "doc": "letters-page-anniversary-issue.txt",
        "title": "Letters to the editor: after our anniversary issue on Rwanda",
        "genre": "letters to the editor",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("LETTERS"),
            ],
            [
                s("Our anniversary issue on Rwanda drew more post than anything we have published this year; a selection follows."),
            ],
            [
                s("Sir, your anniversary timeline gave August 1992 as the date of the Arusha peace agreement.", C),
                s("It was signed on 4 August 1993 by President Habyarimana and the RPF chairman, Alexis Kanyarengwe.", S),
                # session 27 audit: was supported; the non-implementation of the agreement is only in benchmarks/data/record (extraction documents), not in the demo record
                s("Eight months later, when the plane came down, it had still not been put into effect.", N),
                s("Less than three months after the signing, the assassination of Burundi's first Hutu president, Melchior Ndadaye, in October 1993 handed extremists in Rwanda a new argument.", N),
            ],
            [
                s("Marguerite Holloway, Ashby Parva"),
            ],
            [
                s("Sir, I was a junior logistics officer in Goma in July 1994, and I still cannot read figures about those weeks calmly."),
                s("We were told a million people had come across the border in a few days.", D),
                s("Later studies put the figure lower, between 500,000 and 800,000, though another kept it near a million.", S),
                s("By the end of the first month almost 50,000 refugees had died, most of them of cholera and dysentery.", D),
            ],
            [
                s("Samuel Okafor-Reid, Dunmere"),
            ],
            [
                s("Sir, one of last week's correspondents wrote that General Dallaire commanded the UN force in Rwanda until 1995.", C),
                s("He commanded UNAMIR from October 1993 until August 1994.", S),
                s("Nor did the Security Council reinforce him in April: on 21 April it voted unanimously to cut the force to 270.", S),
                s("The RPF reached Gisenyi on 18 July, and by then the flight to Goma was well under way.", D),
            ],
            [
                s("Fiona Stavrakis, Lowmoor"),
            ],
            [
                s("Sir, your article on trials in Europe overlooked a good deal."),
                s("Pascal Simbikangwa, the first person convicted in France over the genocide, was sentenced to thirty years in March 2014.", C),
                # session 27 audit: was not_in_record; the proceedings CSV holds it (fr-ngenzi, fr-barahira: Paris assize court, life, 2016-07-06)
                s("Two former mayors of Kabarondo, Octavien Ngenzi and Tito Barahira, received life sentences from the Paris assize court in July 2016.", S),
                s("In Brussels a jury had already sentenced four Rwandans, two Benedictine nuns from Sovu among them, in June 2001.", S),
            ],
            [
                s("Henri Castellane, Pellworth"),
            ],
            [
                s("Sir, thank you for printing my mother's photograph from Nyamata."),
                # session 27 audit: was supported; fact only in benchmarks/data/record (extraction documents), not in the demo record
                s("The memorial there holds the remains of more than 45,000 victims, my grandparents among them.", N),
                s("At the Kigali memorial in Gisozi, where we went last April, the guide told us that more than 250,000 people are buried.", N),
                s("Please keep printing the names."),
            ],
            [
                s("Aline Uwase-Harmon, Brackley Cross"),
            ],
        ],
    },
    # 5. FAQ page of a memorial education programme (no real institution's text).
    {
        "doc": "faq-memorial-education-programme.txt",
        "title": "Frequently asked questions: learning about 1994 (education programme)",
        "genre": "FAQ page (memorial and education site)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Frequently asked questions"),
            ],
            [
                s("These answers are written for teachers and students preparing a visit."),
            ],
            [
                s("What happened in Rwanda in 1994?"),
            ],
            [
                s("Over about a hundred days, from April to July 1994, the interim government, the army and the militias organised the killing of Tutsi across Rwanda.", S),
                s("Hutu who opposed the killing were murdered too, among them the Prime Minister, Agathe Uwilingiyimana, on 7 April.", S),
            ],
            [
                s("What set it off?"),
            ],
            [
                s("On the evening of 6 April 1994 the plane carrying President Juvénal Habyarimana was shot down as it approached Kigali airport, and everyone on board died, including the President of Burundi.", S),
                s("The missiles were fired by extremists in the president's own camp who wanted a pretext.", D),
            ],
            [
                s("How many people were killed?"),
            ],
            [
                s("Estimates differ, and in our exhibition we show where each one comes from."),
                s("Six weeks in, in May 1994, Human Rights Watch reported that some 20,000 civilians had been killed.", C),
                s("The Rwandan government's census of victims, published in November 2002, counted 1,074,017 people, starting from 1990.", S),
                s("Most historians accept a figure of between half a million and a million.", D),
                s("In Gikongoro prefecture, one study found that a Tutsi had on average only a one-in-four chance of surviving.", S),
            ],
            [
                s("Who were the Interahamwe?"),
            ],
            [
                s("The Interahamwe began around 1990 as the youth wing of the ruling MRND party and became the core of the killing militias in 1994.", N),
                s("The name is usually translated as 'those who work together' or 'those who attack together'.", N),
            ],
            [
                s("What did the UN peacekeepers do?"),
            ],
            [
                s("The UN mission, UNAMIR, was created in October 1993 and commanded by the Canadian general Roméo Dallaire.", S),
                s("Two weeks after the killing began, the Security Council cut the force to about 270.", S),
                s("France's Opération Turquoise, authorised on 22 June, brought some 3,500 French soldiers into the south-west.", C),
            ],
            [
                s("How did it end?"),
            ],
            [
                s("The RPF took Kigali on 4 July 1994, and a government of national unity took office on 19 July.", S),
                s("Around a million people crossed into Zaire at Goma in less than a week, soldiers and militiamen among them.", D),
            ],
            [
                s("Did the RPF commit crimes too?"),
            ],
            [
                s("Yes: RPF soldiers killed civilians during and after the war, and in April 1995 RPA soldiers fired on displaced people at Kibeho.", S),
                s("These crimes are documented and are part of what we teach; they were not a 'second genocide', and the UN Commission of Experts found no evidence that they were meant to destroy the Hutu as a group.", S),
            ],
            [
                s("Why do you say 'genocide against the Tutsi'?"),
            ],
            [
                s("In January 2018 the UN General Assembly renamed its 7 April day of reflection the International Day of Reflection on the 1994 Genocide against the Tutsi in Rwanda.", N),
                s("The name reflects who was targeted; it does not erase the other victims."),
            ],
            [
                s("Can I visit with a school group?"),
            ],
            [
                s("Yes, and we recommend combining a visit here with the national memorial at Gisozi."),
                s("The Gisozi memorial, where more than 250,000 victims are buried, opened in April 2004.", N),
                s("Please book at least three weeks in advance."),
            ],
        ],
    },
    # 6. Court-monitoring bulletin (invented publication).
    {
        "doc": "court-watch-bulletin-issue17.txt",
        "title": "Court Watch bulletin, issue 17: Rwanda cases, trials and appeals",
        "genre": "court-monitoring newsletter",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("COURT WATCH BULLETIN, ISSUE 17"),
            ],
            [
                s("Trials and appeals arising from the crimes of 1994 in Rwanda: outcomes, sentences and what changed on appeal."),
            ],
            [
                s("Sentences reduced on appeal"),
            ],
            [
                # session 27 audit: was supported; the presiding judge is only in benchmarks/data/record (extraction documents), not in the demo record
                s("In the Military I case, the Appeals Chamber under Judge Theodor Meron reduced Théoneste Bagosora's life sentence to 35 years on 14 December 2011.", N),
                # session 27 audit: was supported; the setting aside of the conspiracy convictions is only in benchmarks/data/record (extraction documents), not in the demo record
                s("In the media case, the appeal judgment of 28 November 2007 set aside the conspiracy convictions and reduced the sentences of all three accused.", N),
                s("Hassan Ngeze's sentence fell from life to 30 years.", C),
                s("In the Butare case, the last appeal judgment, delivered on 14 December 2015, replaced three life sentences with terms of 47 years.", S),
                s("Pauline Nyiramasuhuko, the best known of the six accused, saw her convictions quashed.", C),
            ],
            [
                s("Sentences raised on appeal"),
            ],
            [
                s("Sentences can also rise: the Catholic priest Athanase Seromba, given 15 years at trial in December 2006, was sentenced to life by the Appeals Chamber in March 2008.", N),
                s("He was held responsible for the destruction of Nyange church, where about 1,500 Tutsi refugees died.", N),
            ],
            [
                s("Acquittals"),
            ],
            [
                # session 27 audit: was not_in_record; the proceedings CSV holds it (ictr-zigiranyirazo: 20 years reversed, acquitted 2009-11-16)
                s("Protais Zigiranyirazo, a brother-in-law of President Habyarimana, was acquitted on appeal in November 2009 after a trial sentence of 20 years.", S),
                s("Before Rwanda's Military Court, a brigadier general and a major tried for the Kabgayi killings were acquitted on 24 October 2008.", S),
            ],
            [
                s("Guilty pleas"),
            ],
            [
                s("In the Kabgayi trial, the two captains who had pleaded guilty from the opening day were each sentenced to eight years.", S),
            ],
            [
                s("Foreign courts"),
            ],
            [
                s("France: Pascal Simbikangwa, a former intelligence officer, received 25 years in March 2014, and the conviction was confirmed on appeal in December 2016.", S),
                # session 27 audit: was not_in_record; the proceedings CSV holds it (fr-bucyibaruta: 20 years at first instance, 2022-07-12)
                s("Laurent Bucyibaruta, prefect of Gikongoro in 1994, was sentenced in Paris in July 2022 to 20 years for complicity in genocide.", S),
                # session 27 audit: was not_in_record; the proceedings CSV holds it (fr-munyemana: 24 years, 2023-12)
                s("Sosthène Munyemana, a doctor from Butare, received 24 years in December 2023.", S),
                # session 27 audit: was not_in_record; the proceedings CSV holds it (fr-ngenzi, fr-barahira: life confirmed on appeal 2018-07-06)
                s("Octavien Ngenzi and Tito Barahira, former mayors of Kabarondo, had their life sentences confirmed on appeal in Paris in July 2018.", S),
                s("Belgium: the Brussels assize court sentenced four Rwandans to between 12 and 25 years in June 2001.", C),
            ],
            [
                s("Pending and closed"),
            ],
            [
                # session 27 audit: was supported; the indictment year and the arrest are only in benchmarks/data/record (extraction documents), not in the demo record
                s("Félicien Kabuga, indicted in 1997, was arrested at Asnières-sur-Seine, near Paris, on 16 May 2020.", N),
                s("In June 2023 the Mechanism's judges found him unfit to stand trial because of dementia.", N),
                s("The tribunal itself closed on 31 December 2014, handing its remaining work to the Mechanism.", C),
            ],
            [
                s("RPA cases"),
            ],
            [
                s("The Kabgayi killings of 4 June 1994 remain almost the only RPA crime of that year to have reached a courtroom.", D),
                s("According to Human Rights Watch, Rwandan military courts have tried soldiers for the killing of approximately 100 civilians in all.", S),
                s("In February 2008 a Spanish judge, Fernando Andreu, indicted 40 Rwandan army officers.", N),
            ],
            [
                s("Correction"),
            ],
            [
                s("Our last issue gave the wrong sentences in the Ntakirutimana case: the pastor Elizaphan Ntakirutimana received 10 years and his son Gérard 25.", S),
                # session 27 audit: was disputed; the Mugonero toll (and its 5,000/6,000 disagreement) and the 16 April date are only in benchmarks/data/record (extraction documents), not in the demo record, which has no figure to dispute
                s("Both were convicted over the attack on the Mugonero complex on 16 April 1994, in which about 6,000 Tutsi refugees were killed.", N),
                s("Court Watch is compiled by volunteers from public judgments and hearing reports."),
            ],
        ],
    },
    # 7. French press column (invented columnist).
    {
        "doc": "chronique-fr-trente-ans-de-proces.txt",
        "title": "Chronique : trente ans de procès, et un attentat toujours sans coupable",
        "genre": "chronique de presse (French press column)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Trente ans de procès, et un attentat toujours sans coupable"),
            ],
            [
                s("Par Hélène Marchadour"),
            ],
            [
                s("Le 6 avril 1994 au soir, l'avion du président Juvénal Habyarimana est abattu à l'approche de l'aéroport de Kigali.", S),
            ],
            [
                s("Saisie en 1998 par les familles de l'équipage, la justice française a d'abord privilégié la piste du FPR.", S),
                s("En novembre 2006, le juge Jean-Louis Bruguière délivre neuf mandats d'arrêt visant des proches de Paul Kagame, et Kigali rompt aussitôt ses relations diplomatiques avec Paris.", S),
                s("Elles ne seront rétablies qu'en novembre 2011.", C),
                s("En janvier 2010, une commission rwandaise présidée par Jean Mutsinzi attribue au contraire l'attentat à des extrémistes hutu opposés aux accords d'Arusha.", S),
                s("Le 10 janvier 2012, les juges Marc Trévidic et Nathalie Poux présentent aux parties un rapport d'experts qui situe la zone de tir vers Kanombe.", S),
                s("Pour l'auteur de ces lignes, les tirs sont donc bien partis du camp tenu par l'armée gouvernementale.", D),
                s("Le non-lieu rendu le 21 décembre 2018 a été confirmé en appel le 3 juillet 2020, et la Cour de cassation a rejeté les derniers pourvois le 15 février 2022.", S),
            ],
            [
                s("Pendant ce temps, les procès du génocide se sont multipliés."),
                s("À Arusha, le TPIR, créé le 8 novembre 1994, a condamné 61 personnes et en a acquitté 14.", S),
                s("Le premier jugement, celui de Jean-Paul Akayesu en septembre 1998, a été annulé en appel en 2001.", C),
                s("Au Rwanda, les juridictions gacaca, fermées le 18 juin 2012, ont traité près de deux millions d'affaires.", S),
                # session 27 audit: was not_in_record; the proceedings CSV holds it (fr-ngenzi, fr-barahira 2016; fr-bucyibaruta 2022)
                s("En France, la cour d'assises de Paris a condamné à la perpétuité deux anciens bourgmestres de Kabarondo en 2016, puis l'ancien préfet Laurent Bucyibaruta à vingt ans en 2022.", S),
                # session 27 audit: was not_in_record; the proceedings CSV holds it (appeal 2018-07-06)
                s("La condamnation des deux bourgmestres a été confirmée en appel en juillet 2018.", S),
                # session 27 audit: was not_in_record; the proceedings CSV holds it (fr-munyemana: Paris assize court, 24 years, 2023-12)
                s("En décembre 2023, la même cour a condamné le médecin Sosthène Munyemana à vingt-quatre ans de réclusion.", S),
            ],
            [
                s("Le 26 mars 2021, la commission d'historiens présidée par Vincent Duclert a conclu à des « responsabilités lourdes et accablantes » de la France, tout en écartant la complicité.", S),
                s("Deux mois plus tard, le 27 mai 2021, Emmanuel Macron est venu à Kigali « reconnaître nos responsabilités ».", N),
                s("La France avait engagé à l'été 1994 quelque 2 550 soldats dans l'opération Turquoise.", D),
                s("Le génocide a fait environ 800 000 morts en cent jours.", D),
                s("Quel que soit le chiffre retenu, les juges d'Arusha ont établi dès 1998 qu'un génocide avait été commis contre les Tutsi.", S),
            ],
        ],
    },
    # 8. Chronology (exhibition draft; two honest errors).
    {
        "doc": "chronology-key-dates-1990-2022.txt",
        "title": "Key dates, 1990-2022 (touring exhibition chronology, draft)",
        "genre": "timeline / chronology",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("KEY DATES, 1990–2022"),
            ],
            [
                s("Compiled for a touring exhibition; entries are short by design."),
            ],
            [
                s("May 1990 — The newspaper Kangura is founded; in December 1990 it prints the so-called Hutu Ten Commandments.", N),
            ],
            [
                # session 27 audit: was supported; the number of fighters, Kagitumba and Rwigyema are only in benchmarks/data/record (extraction documents), not in the demo record
                s("1 October 1990 — Between 400 and 600 RPF fighters cross from Uganda at Kagitumba; their commander, Fred Rwigyema, is killed the next day.", N),
            ],
            [
                # session 27 audit: was supported; fact only in benchmarks/data/record (extraction documents), not in the demo record
                s("March 1992 — During killings in Bugesera, the Italian volunteer Antonia Locatelli is shot the day after appealing to the outside world.", N),
            ],
            [
                s("July 1993 — RTLM begins broadcasting.", N),
            ],
            [
                # session 27 audit: was supported; the 13,000 figure is only in benchmarks/data/record (extraction documents), not in the demo record
                s("4 August 1993 — The Arusha agreement is signed; it provides for a national army of 13,000.", N),
            ],
            [
                s("21 October 1993 — Burundi's first Hutu president, Melchior Ndadaye, is assassinated.", N),
            ],
            [
                s("6 April 1994 — The president's plane is shot down on its approach to Kigali.", S),
            ],
            [
                s("9 April — An interim government is formed under President Jean Kambanda.", C),
            ],
            [
                s("21 April — The Security Council reduces UNAMIR to 270.", S),
                # session 27 audit: was disputed; the demo record has Murambi on 21 April (proceedings CSV) but no toll, so no disagreement; the 45,000 is only in benchmarks/data/record (extraction documents), not in the demo record
                s("The same day, at the Murambi technical school, some 45,000 Tutsi are massacred.", N),
            ],
            [
                s("5 June — RPF soldiers kill thirteen clergy and two other civilians near Kabgayi.", D),
            ],
            [
                s("16 July — The RPF reaches Gisenyi; the government and the army flee to Goma.", D),
            ],
            [
                s("Mid-July — About a million people flee to Goma, where cholera soon kills some 50,000.", D),
            ],
            [
                s("19 July — A government of national unity takes office, with Pasteur Bizimungu as president and Paul Kagame as prime minister.", C),
            ],
            [
                s("22 April 1995 — RPA soldiers open fire on displaced people at Kibeho; at least 2,000 are killed.", D),
            ],
            [
                s("24 April 1998 — 22 people convicted of genocide are executed in public.", S),
            ],
            [
                s("May 1998 — Seth Sendashonga, the former interior minister, is shot dead in Nairobi.", N),
            ],
            [
                s("April 2000 — Paul Kagame is sworn in as president.", N),
            ],
            [
                s("18 June 2002 — The gacaca courts are officially launched; they close ten years later to the day.", S),
            ],
            [
                s("1 October 2010 — The UN publishes its mapping report on violations in Congo from 1993 to 2003, including killings of Hutu refugees by Rwandan troops.", N),
            ],
            [
                s("27 May 2021 — In a speech at the Kigali memorial, President Emmanuel Macron acknowledges France's responsibilities.", N),
            ],
            [
                s("2022 — The Court of Cassation ends the French investigation into the attack on the plane.", S),
            ],
        ],
    },
    # 9. Human-rights report paragraph on RPF/RPA killings (hard negative: not denial).
    {
        "doc": "hr-report-rpa-killings-section5.txt",
        "title": "Report excerpt, section 5: killings by RPF/RPA soldiers, 1994-1995, and accountability",
        "genre": "human-rights report (RPF/RPA crimes)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Section 5: Killings by soldiers of the Rwandan Patriotic Army"),
            ],
            [
                s("The RPF's military victory in July 1994 ended the genocide against the Tutsi.", S),
                s("Its soldiers also killed civilians, during the war and after it, and these crimes must be documented on their own terms.", S),
                s("Nothing in this section qualifies the genocide or suggests an equivalence with it."),
            ],
            [
                s("In early June 1994, near Kabgayi, RPF soldiers killed thirteen clergy, among them Archbishop Vincent Nsengiyumva and the bishops of Kabgayi and Byumba, and two other civilians.", S),
                s("Fourteen years later, in 2008, four officers were tried before the Military Court in Kigali; two captains received eight years, and a general and a major were acquitted.", S),
            ],
            [
                # session 27 audit: was supported; dates, sites and communes of the mission are only in benchmarks/data/record (extraction documents), not in the demo record
                s("Between 1 August and 5 September 1994, a UNHCR team led by Robert Gersony visited 91 sites in 41 of Rwanda's 145 communes.", N),
                s("UNHCR experts estimated, as Human Rights Watch later reported, that RPA soldiers had killed between 25,000 and 45,000 people between April and August 1994.", S),
                s("No final report of the team's work was ever completed.", S),
                s("Our own reconstruction suggests that the true figure for those months lies closer to 40,000.", D),
            ],
            [
                s("In April 1995 the RPA closed by force the camps for displaced people around Kibeho, which then held about 110,000 people.", S),
                s("On 22 April soldiers fired on the crowd; the government put the dead at 338, the Associated Press counted at least 2,000, and Australian soldiers serving with UNAMIR estimated at least 4,000.", S),
                s("In our assessment the Kibeho toll was well above 2,000.", D),
                s("A former minister of the interior put the number of people killed by RPA soldiers between April 1994 and August 1995 at some 60,000.", S),
                s("That minister, Seth Sendashonga, was shot dead in Nairobi in May 1998.", N),
                s("He had been dismissed in August 1995 after pressing for soldiers accused of revenge killings to be punished.", N),
            ],
            [
                s("Accountability has been minimal."),
                s("Crimes by RPF soldiers were excluded from the jurisdiction of the gacaca courts.", S),
                s("Outside Rwanda, a Spanish judge indicted 40 Rwandan officers in 2008, and in 2010 a UN mapping report described killings of Hutu refugees by Rwandan troops in Zaire in 1996 and 1997.", N),
                s("Recording these crimes is not denial of the genocide; refusing to record them is a failure of justice."),
            ],
        ],
    },
    # 10. Scholarly critique of the ICTR (hard negative: "victor's justice" discussed, not denial). Author invented.
    {
        "doc": "scholarly-critique-selective-justice.txt",
        "title": "Selective justice? The ICTR reconsidered (article extract)",
        "genre": "scholarly critique of the ICTR",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Selective justice? The International Criminal Tribunal for Rwanda reconsidered"),
            ],
            [
                s("Ingrid Solheim-Abara"),
            ],
            [
                s("This article asks whether the tribunal delivered justice or only part of it."),
                s("I argue that its convictions were sound but its choice of cases was not."),
            ],
            [
                s("The tribunal's achievements are real."),
                s("Its Akayesu judgment of 2 September 1998 was the first conviction for genocide by an international court and recognised rape as a means of committing genocide.", S),
                s("Its Kambanda judgment made the prime minister of the interim government the first head of government convicted of genocide.", S),
            ],
            [
                s("Critics have called the tribunal an instance of 'victor's justice', and the charge deserves an answer rather than dismissal."),
                s("The tribunal's jurisdiction covered crimes committed in Rwanda in 1994 whoever committed them, RPF soldiers included.", S),
                s("Human Rights Watch wrote in Leave None to Tell the Story that RPF troops may have killed tens of thousands of people between April and July 1994.", S),
                s("Yet the Prosecutor never brought a single case against an RPF suspect.", S),
                s("Carla Del Ponte, who had opened 'special investigations' into RPF crimes, lost her Rwanda mandate in 2003 when the Security Council split the prosecutor's post.", N),
                s("Her successor, Hassan Jallow, took office in September 2003.", N),
                s("The Kabgayi case, the gravest RPF crime to reach any court, was left to a Rwandan military court, which in 2008 convicted two captains and acquitted their superiors.", S),
            ],
            [
                s("None of this makes the genocide a matter of opinion."),
                s("The Commission of Experts distinguished crimes against humanity committed by individuals on both sides from genocide, which it attributed to Hutu elements acting against the Tutsi.", S),
                s("To speak of 'two genocides' is to erase that distinction, which is exactly what deniers want."),
                s("The genocide killed perhaps three quarters of Rwanda's Tutsi, something like 800,000 people in all.", D),
            ],
            [
                s("A second critique concerns cost and pace."),
                # session 27 audit: was supported; the ICTR's cost is only in benchmarks/data/record (extraction documents), not in the demo record
                s("From 1995 to the end of 2011 the tribunal cost about 1.6 billion dollars, roughly 27 million dollars for each person it convicted.", N),
                # session 27 audit: was supported; the cost of gacaca is only in benchmarks/data/record (extraction documents), not in the demo record
                s("Gacaca, by comparison, tried nearly two million cases for about 50 million dollars, and Human Rights Watch reported a wide range of fair-trial violations.", N),
                s("The tribunal's first trial did not open until 1999, almost five years after its creation.", C),
                s("Even the Military I trial chamber convicted all four senior officers of conspiracy, a finding the appeal judges later had to undo.", C),
                # session 27 audit: was not_in_record; the proceedings CSV holds it (ictr-zigiranyirazo: acquitted on appeal 2009-11-16)
                s("The acquittal on appeal of Protais Zigiranyirazo in 2009 shows, at least, that the Appeals Chamber was willing to correct trial judges.", S),
                s("It could also correct in the other direction: Athanase Seromba's sentence was raised on appeal from 15 years to life in 2008.", N),
            ],
            [
                s("Selective justice is still justice for those it reaches; the failure lies with those it never reached."),
            ],
        ],
    },
    # 11. FIXTURE (denial, composite): a sober seminar handout with denial "discussion notes" spliced on.
    {
        "doc": "fixture-denial-spliced-seminar-handout.txt",
        "title": "Seminar handout: the UN and Rwanda, 1993-1994, with appended discussion notes (test fixture)",
        "genre": "composite: seminar handout spliced with denial notes (fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Seminar handout: the UN and Rwanda, 1993–1994"),
            ],
            [
                s("Security Council resolution 872 established UNAMIR on 5 October 1993 to help carry out the Arusha agreement.", S),
                s("After the plane was shot down on 6 April 1994 and ten Belgian peacekeepers were killed the next day, the Council voted on 21 April to cut the force to about 270.", S),
                s("Resolution 918 of 17 May imposed an arms embargo and authorised an expanded force of up to 5,500.", S),
                s("In December 1994 the Commission of Experts reported that genocide had been committed against the Tutsi by Hutu elements.", S),
            ],
            [
                s("discussion notes: what the UN won't tell you"),
                own("The 'genocide' story was written by the winners, and the UN simply copied it.", None,
                    "definitional_denial", "fabrication"),
                own("At most 50,000 people died, on both sides, in a civil war the RPF started in 1990.", C,
                    "minimisation", "double_genocide", "blame_shifting"),
                own("The killings were the understandable anger of peasants whose president had just been murdered by the RPF.", C,
                    "spontaneity", "justification", "blame_shifting"),
                own("The Commission of Experts itself found no evidence of a plan.", C, "fabrication"),
                own("The so-called witnesses in Arusha were coached by Kigali to say what the prosecutors wanted.", None,
                    "attack_on_witnesses"),
                own("That is why the tribunal ended up acquitting the real planners, Bagosora among them.", C, "fabrication"),
            ],
        ],
    },
    # 12. FIXTURE (incitement): an incitement-style radio call-in script, invented, short.
    {
        "doc": "fixture-incitement-radio-callin-script.txt",
        "title": "Incitement-style radio call-in script (test fixture)",
        "genre": "incitement-style broadcast script (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Listeners, stay by your radios tonight."),
                own("The inyenzi who shot down our president's plane are hiding among your neighbours.", D,
                    "dehumanisation", "accusation_in_mirror"),
                own("They crossed from Uganda in 1990 to put us back under the whip.", S, "accusation_in_mirror", "justification"),
                own("They have lists of every Hutu family and they mean to exterminate us all.", None, "accusation_in_mirror"),
                own("A cockroach does not give birth to a butterfly.", None, "dehumanisation"),
                own("Go out to the roadblocks, check every identity card, and finish the work before they do it to you.", None,
                    "call_to_action", "accusation_in_mirror"),
                own("Do not let a single one escape.", None, "call_to_action"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
