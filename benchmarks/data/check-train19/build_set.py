"""Source of the TRAINING labelled set check-train19 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train19/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train19/build_set.py --check  # validate the files already written

A training set, written blind: its rows are meant to train the checker's learned layers; it is not a measure of
unseen text. New genres (memorial commemoration programme notes, a literature review on how the death toll was
estimated, an invented bar association's press release on the closure of the ICTR and the Residual Mechanism, an
NGO briefing critical of post-1994 justice and politics, an archive finding aid for RTLM transcripts, a
military-history article on the RPF's 1994 campaign, a Q&A explainer on UNAMIR, a French book review of a work on
the ICTR, and four short fixtures: a French political tract, a podcast monologue, a reply-all email chain and a
conference abstract whose discussion summary turns into denial). Its author did not read the detectors, their
rules, exemplars or training data, nor any earlier set's documents or labels (only benchmarks/data/labelled_set.py,
benchmarks/data/check/README.md for the labelling conventions, the first 40 lines of the check-blind5 build script
and the check-blind5 README as templates, and the list TECHNIQUES in src/factfinder/check/model.py). Verdicts were
decided against the record alone: examples/ (FACTS.md and the sample documents),
src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Do not copy these sentences into
rules or exemplars, and do not report scores on this set as a measure of unseen text.

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

NB = "\u00a0"   # no-break space (French punctuation, guillemets)
NN = "\u202f"   # narrow no-break space (French thousands separator)


def fr(text: str) -> str:
    """French typography: no-break space before ; : ! ? and inside guillemets."""
    for p in (" ;", " :", " !", " ?"):
        text = text.replace(p, NB + p[1])
    return text.replace("« ", "«" + NB).replace(" »", NB + "»")


DOCS: list[dict] = [
    # 1. Memorial commemoration programme notes (invented association).
    {
        "doc": "memorial-commemoration-programme-notes.txt",
        "title": "Evening of remembrance: programme notes on the April days",
        "genre": "memorial annual commemoration programme notes",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Programme notes for the annual evening of remembrance, prepared by the remembrance committee of the Hill of Names Association."),
                s("In Rwanda the national week of mourning runs from 7 to 13 April, and the wider period of remembrance, Kwibuka, lasts one hundred days.", N),
            ],
            [
                s("Our evening begins where the hundred days began, on the night of 6 April 1994, when the aircraft bringing President Juvénal Habyarimana home from regional talks in Tanzania was shot down as it approached Kigali.", S),
                s("It was brought down by extremists who wanted to wreck the Arusha peace accords.", D),
                s("Within hours, roadblocks went up across the capital.", S),
                s("On the morning of 7 April soldiers murdered the Prime Minister, Agathe Uwilingiyimana, and the ten Belgian blue helmets who had been guarding her were disarmed, taken to a military camp and killed.", S),
                s("It was no outburst of rage: the UN Commission of Experts concluded in December 1994 that the genocide against the Tutsi had been carried out in a concerted, planned, systematic and methodical way.", S),
            ],
            [
                s("Tonight we read the names of places."),
                s("On 11 April 1994 the Tutsi sheltering at the École Technique Officielle in Kicukiro were attacked.", S),
                s("The Belgian UN troops posted at the school had driven away a few hours earlier, and about 2,000 of the people they left behind were killed, many of them on Nyanza hill.", N),
                s("At Kabarondo, in the east, the Tutsi who had crowded into the church were massacred on 13 April; in 2016 a Paris court sentenced two former mayors of the commune to life imprisonment for it.", S),
                s("At Ntarama, in Bugesera, more than five thousand people who had sought refuge in and around the church were slaughtered in mid-April.", N),
                s("At Nyange, on 16 April, the church where some 2,000 Tutsi had taken refuge was destroyed over their heads.", S),
                s("The businessman convicted for that crime, Gaspard Kanyarukiga, saw his thirty-year sentence reduced on appeal in 2012.", C),
                s("On 21 April 1994 the Tutsi gathered at the Murambi technical school in Gikongoro were massacred, as were those sheltering in the parishes of Cyanika and Kaduha.", S),
                s("A radio report from Murambi on the twentieth anniversary put the dead there at between 40,000 and 50,000.", N),
                s("At Nyarubuye parish the killers came in April as well, and the bourgmestre of Rusumo, Sylvestre Gacumbitsi, was later sentenced to life imprisonment by the Arusha tribunal.", S),
            ],
            [
                s("More than a million people were killed in those hundred days.", D),
                s("At least a quarter of a million women and girls were raped.", D),
                s("Human Rights Watch's count of the Tutsi killed, published in 1999, came to some 150,000.", C),
                s("The genocide left some 95,000 children orphaned.", D),
                s("A census in 2008 counted 309,368 survivors still living.", S),
            ],
            [
                s("More than 250,000 victims are buried at the Kigali Genocide Memorial in Gisozi, which opened in April 2004 for the tenth commemoration.", N),
                s("In September 2023 UNESCO inscribed the memorials of Nyamata, Murambi, Gisozi and Bisesero on its World Heritage List.", N),
                s("After the reading of names we will keep a minute of silence and light the candles."),
            ],
        ],
    },
    # 2. Academic literature review on how the death toll was estimated (hard negative: critical of the official count).
    {
        "doc": "literature-review-death-toll-estimation.txt",
        "title": "Counting the dead of 1994: a review of the estimation literature",
        "genre": "academic literature review",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Three decades on, the number of people killed in Rwanda between April and July 1994 is still an estimate rather than a count."),
                s("This review groups the literature into early field estimates, demographic reconstructions, administrative counts and statistical models, and asks what each can and cannot tell us."),
            ],
            [
                s("On 19 April 1994 Human Rights Watch told the Security Council that humanitarian agencies put the dead of the previous two weeks at up to 100,000.", S),
                s("By early May, Amnesty International was citing an estimate of almost 200,000 killed, most of them Tutsi.", S),
                s("Six weeks into the killing, Human Rights Watch/Africa wrote that at least 200,000, and perhaps as many as 500,000, unarmed civilians had been slain.", S),
                s("The RPF's Radio Muhabura spoke of 500,000 dead in May and, a few days later, lowered its figure to 300,000.", S),
                s("In its final report of December 1994 the UN Commission of Experts estimated that some 250,000 unarmed civilians had been murdered.", C),
            ],
            [
                s("The most influential reconstruction is the one in Leave None to Tell the Story, published by Human Rights Watch and FIDH in March 1999.", S),
                s("Its authors started from the 8.4 percent Tutsi share recorded by the 1991 census, took the demographer William Seltzer's figure of some 657,000 Tutsi alive on 6 April 1994, and subtracted about 150,000 survivors.", S),
                s("The result, roughly 507,000 Tutsi killed, meant that about 77 percent of those registered as Tutsi had died.", S),
                s("Critics of the census argue that it under-recorded Tutsi, and Marijke Verpoorten's work on the population registers of Gikongoro supports the higher estimates.", S),
                s("In 2020 she put the plausible range of Tutsi deaths at 560,000 to 660,000.", S),
                s("Our own reading is that well over half a million Tutsi were killed.", D),
                s("We also think the Tutsi share of the population was higher than the 8.4 percent on the census forms, perhaps one in seven.", D),
            ],
            [
                s("The Rwandan government's census of victims, begun in July 2000, arrived in its final report of November 2002 at 1,074,017 dead.", S),
                s("That count starts on 1 October 1990 rather than in April 1994, and only 934,218 of the victims were identified with certainty.", S),
                s("The preliminary report of December 2001 had described 93.7 percent of the victims as Tutsi.", C),
                s("In 2004 the Ministry of Youth, Culture and Sports announced 937,000 victims whose names, ages and places of birth had been established.", S),
                s("Filip Reyntjens called the government figure \"ridiculously precise\", and Luc Reydams concluded in 2020 that the official toll roughly doubles the number of genocide victims.", S),
            ],
            [
                rep("Statistical modelling entered the debate with the GenoDynamics project of Christian Davenport and Allan Stam, the lower end of whose range put Tutsi deaths at about 200,000, a figure that 38 signatories of an open letter, written after the BBC broadcast Rwanda's Untold Story on 1 October 2014, called \"an absurd suggestion\".", N, "minimisation"),
                s("In 2004 Scott Straus turned to the other side of the ledger, the number of perpetrators, and noted that some Rwandan officials spoke of three million.", N),
            ],
            [
                s("Weighing these sources, we regard a national toll in the region of 800,000 as the most defensible single figure.", D),
                s("Both the Commission of Experts and Human Rights Watch presented half a million as a floor, not a ceiling.", S),
                s("Killings by RPF soldiers, which a UNHCR team put at 25,000 to 45,000 between April and August 1994, are a separate count, as are the Kibeho killings of April 1995, whose toll we put at around 2,000.", D),
                s("Deaths among the refugees in Zaire, up to 80,000 by our estimate, belong to yet another count.", D),
            ],
        ],
    },
    # 3. Press release of an invented bar association on the ICTR's closure and the Residual Mechanism.
    {
        "doc": "press-release-bar-association-ictr-legacy.txt",
        "title": "Press release: thirty years after resolution 955, the work of Arusha is not finished",
        "genre": "bar association press release",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("FOR IMMEDIATE RELEASE."),
                s("Lakes Region Criminal Bar Association, statement on the legacy of the International Criminal Tribunal for Rwanda."),
            ],
            [
                s("Thirty years after resolution 955, our Association recalls what the Tribunal achieved and what it left undone."),
                s("The Security Council created the Tribunal on 8 November 1994 by fourteen votes to none, with one abstention.", C),
                s("Its jurisdiction covered crimes committed between 1 January and 31 December 1994.", S),
                s("Sitting in Arusha, it opened its first trial in 1997 and, on 2 September 1998, delivered in the Akayesu case the first judgment of an international court for genocide.", S),
                s("It was also the first international court to hold that rape could be an act of genocide.", S),
                s("Two days later it sentenced Jean Kambanda, the interim government's prime minister, to life imprisonment, the first head of government convicted of genocide.", S),
                s("By the time it closed, the Tribunal had indicted 93 persons, convicted 61 and acquitted 41.", C),
                s("Its last judgment, delivered by the Appeals Chamber on 14 December 2015 in the case of Pauline Nyiramasuhuko and five co-accused from Butare, reduced several sentences.", S),
                s("The Tribunal closed on 31 December 2015.", S),
                s("It was born of a genocide that killed at least 800,000 people.", D),
            ],
            [
                s("Its remaining functions passed to the International Residual Mechanism for Criminal Tribunals, which the Security Council established by resolution 1966 on 22 December 2010.", N),
                s("That resolution was adopted by fourteen votes, with Russia abstaining.", N),
                s("In May 2024 the Mechanism's prosecutor, Serge Brammertz, announced that every fugitive indicted by the Rwanda tribunal had been accounted for.", N),
                s("Félicien Kabuga, accused of supplying machetes to the killers and supporting RTLM's propaganda, was arrested on the morning of 16 May 2020 in Asnières-sur-Seine, near Paris, where he had been living under a false identity.", N),
                s("Judges later found him unfit to stand trial, and in August 2023 the Appeals Chamber ordered an indefinite stay of proceedings, so that no verdict will be given.", S),
                s("Fulgence Kayishema, charged over the destruction of the Nyange church, was arrested on 24 May 2023 on a farm near Paarl, South Africa, where he was living as Donatien Nibashumba.", N),
            ],
            [
                s("The Tribunal never prosecuted a member of the Rwandan Patriotic Front, although a UNHCR team had estimated that RPA soldiers killed 25,000 to 45,000 people between April and August 1994.", S),
                s("In December 2008 Human Rights Watch observed that it had \"not prosecuted even one\" of the serious RPF crimes of 1994.", S),
                s("The UN Commission of Experts had asked in December 1994 that the violations attributed to the RPF be investigated further.", S),
                s("Rwanda's own military court tried the Kabgayi killings of the clergy in 2008 and convicted all four officers charged.", C),
            ],
            [
                s("\"Justice for the victims of 1994 cannot be selective,\" said the Association's president, Odile Nsanzimana-Berg."),
                s("The Association calls on every State that hosts suspects to try them or surrender them."),
                s("Ends."),
            ],
        ],
    },
    # 4. NGO briefing critical of Rwanda's post-1994 government and of gacaca's fairness (hard negative).
    {
        "doc": "ngo-briefing-justice-and-political-space.txt",
        "title": "Briefing: justice, memory and political space in Rwanda since 1994",
        "genre": "NGO briefing",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("This briefing by Great Lakes Fair Trial Watch reviews how post-genocide justice has been delivered and how political dissent has been treated."),
                s("It starts from a premise that nothing below qualifies: the genocide against the Tutsi, which killed at least half a million people, was planned and carried out by the interim government, the army and the militias.", D),
            ],
            [
                s("By April 1998 more than 125,000 detainees were awaiting trial in Rwanda's prisons, and 116 of the first 330 defendants tried had been sentenced to death.", S),
                s("That month the government put 33 people convicted of genocide to death in public executions, despite appeals for clemency from the Pope.", C),
                s("To clear the backlog Rwanda turned to gacaca, a community forum named after the Kinyarwanda word for grass, with lay judges elected for their integrity rather than for any legal training.", S),
                s("By the time they closed on 18 June 2012, the gacaca courts had tried 1,958,634 genocide-related cases, according to the national gacaca service.", S),
                s("Of those cases, the service's own figures show a guilty finding in roughly half.", C),
                s("Human Rights Watch, which counted just over 12,000 of these courts, documented corruption, procedural irregularities and limits on the right to a fair trial.", S),
                s("Crimes committed by soldiers of the Rwandan Patriotic Front were excluded from gacaca's jurisdiction.", S),
                s("Those crimes had cost tens of thousands of civilian lives in 1994 alone.", D),
            ],
            [
                s("At Kibeho, on 22 April 1995, RPA soldiers opened fire on displaced people as the army closed their camp by force.", S),
                s("The government put the dead at 338; Australian soldiers serving with UNAMIR estimated at least 4,000.", S),
                s("Everything we have read points to a toll of at least 2,000, several times the official figure.", D),
                s("The Rwandan military said in 2008 that it had prosecuted 43 soldiers since 1994 for war crimes and revenge killings, and Human Rights Watch reported prosecutions for the killing of about 100 civilians.", S),
                s("In the Kabgayi case, the two captains who confessed received eight years, cut to five on appeal, and their two superiors were acquitted.", S),
                s("The ICTR, which could have tried these crimes, indicted two RPF officers and then dropped the cases.", C),
            ],
            [
                s("The space for dissent narrowed quickly."),
                s("Four cases mark the narrowing."),
                s("President Pasteur Bizimungu resigned in March 2000 and in June 2004 was sentenced to fifteen years on charges that included forming a militia, after a trial that human rights groups said fell far short of international standards.", N),
                s("Paul Kagame was sworn in as president on 22 April 2000, after a vote of parliament and cabinet, and in August 2003 won 95.05 percent of the vote in the country's first multiparty presidential election since independence.", N),
                s("The opposition leader Victoire Ingabire was sentenced to eight years in October 2012, partly for \"minimising\" the genocide, and in December 2013 the Supreme Court raised the term to fifteen years.", N),
                s("In a referendum in December 2015 some 98 percent of voters approved constitutional changes that could keep the president in office until 2034.", N),
            ],
            [
                s("Recording these facts is not a denial of the genocide."),
                s("The Commission of Experts itself distinguished the genocide against the Tutsi from the crimes against humanity committed by individuals on both sides, and found no evidence that the crimes of Tutsi elements were aimed at destroying the Hutu as a group.", S),
                s("Justice that reaches only one side's crimes leaves part of the past unaddressed, and a political system without opponents leaves no one to say so."),
            ],
        ],
    },
    # 5. Archive finding aid describing and quoting RTLM transcripts (hard negative; quotations in voice `reported`).
    {
        "doc": "finding-aid-rtlm-transcripts.txt",
        "title": "Finding aid: collection RTLM-T, translated transcripts of Radio Télévision Libre des Mille Collines, 1994",
        "genre": "archive finding aid",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Finding aid, Mwamba Media Memory Archive, collection RTLM-T."),
                s("Scope and content: English and French translations of broadcasts by Radio Télévision Libre des Mille Collines, made for the prosecution at the International Criminal Tribunal for Rwanda and entered as exhibits, each with its tape number, date and source.", N),
            ],
            [
                s("RTLM went on the air on 8 July 1993 and kept broadcasting until 31 July 1994.", N),
                s("Its founder and senior official, the historian Ferdinand Nahimana, was convicted by the Tribunal in December 2003; on appeal in November 2007 his life sentence was reduced to thirty years, and his conviction for direct and public incitement was upheld.", S),
                s("Jean-Bosco Barayagwiza, a member of the station's board, had his sentence increased to life imprisonment on appeal.", C),
                s("Hassan Ngeze, editor of the newspaper Kangura, saw his life sentence reduced to thirty-five years in the same appeal.", S),
                s("The Appeals Chamber reversed several of his convictions because they rested on acts before 1994, outside the Tribunal's jurisdiction.", S),
                s("The Belgian-Italian presenter Georges Ruggiu pleaded guilty and received twelve years in June 2000.", S),
                s("Joseph Serugendo, the station's technical director, was sentenced to six years in June 2006 and died in custody that August.", S),
                s("The singer Simon Bikindi was sentenced to fifteen years for incitement over exhortations to kill Tutsi that he made on a road in Gisenyi in late June 1994.", S),
                s("The presenter Valérie Bemeriki was sentenced to life imprisonment by a gacaca court in Kigali in December 2009, after admitting that she had used the station to call for the killing of Tutsi.", N),
                s("The businessman Félicien Kabuga, accused of helping to finance the station, was acquitted in 2023.", C),
                s("The station's audience lived through a hundred days in which some 800,000 people were killed.", D),
            ],
            [
                s("Series 1: broadcasts of May to July 1994."),
                s("Items are listed by tape number."),
                rep("Item 1.40 (tape RTLM/66, 2 July 1994): Kantano Habimana asks where \"all the Inkotanyi who used to telephone me\" have gone and sings \"Come, let us rejoice: the Inkotanyi have been exterminated!\"", N, "justification", "call_to_action"),
                rep("In the same broadcast he tells listeners to \"stand firm and exterminate them\" so that their children and grandchildren never hear the word Inkotanyi again.", N, "call_to_action"),
                rep("Item 1.212 (tape K 7 17, 15 May 1994, supplied by Reporters Sans Frontières): Habimana vows that \"we will look for guns and fight against the Inkotanyi\", and, once they are exterminated, cross into Burundi, because \"a minority race cannot exterminate the majority race\".", N, "call_to_action", "accusation_in_mirror"),
                rep("Item 1.16 (30 May 1994): a report on a meeting chaired by General Dallaire, whom the government accused of taking sides, followed by Habimana urging listeners to go and fight the \"Inyenzi\".", N, "dehumanisation", "call_to_action"),
            ],
            [
                s("Series 2: broadcasts before 6 April 1994."),
                s("Fewer tapes survive from these months, and several are incomplete."),
                s("Item 2.45 (6 January 1994): Habimana recounts a visit to the RPF delegation at the CND building in Kigali, alternately mocking its leaders and accusing them of wanting power.", N),
            ],
            [
                s("Access and use: the transcripts are open to researchers; the hate speech they contain is kept as evidence, not endorsed."),
                s("The Tribunal's appeal judgment in the Media case held that RTLM broadcasts after 6 April 1994 incited the killing of Tutsi.", S),
                s("Related material: the International Monitor Institute's Rwanda collection at Duke University's Rubenstein Library holds 282 audiotapes, most of them RTLM broadcasts.", N),
            ],
        ],
    },
    # 6. Military-history article on the RPF's campaign, April-July 1994 (hard negative: documents RPA killings).
    {
        "doc": "military-history-rpf-campaign-1994.txt",
        "title": "The hundred-day campaign: the RPF's war from April to July 1994",
        "genre": "military-history article",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("When the war resumed on 7 April 1994, the Rwandan Patriotic Front was not a new army."),
                s("It had invaded from Uganda on 1 October 1990 and, after nearly three years of fighting, signed the Arusha agreement with President Habyarimana's government on 4 August 1993.", S),
                s("Under the Arusha arrangements a battalion of 600 RPF soldiers had left its headquarters at Mulindi on 28 December 1993, under UNAMIR escort, to take up quarters in the CND building in Kigali.", N),
            ],
            [
                s("On 23 April the RPF declared a unilateral ceasefire, conditional on the government forces stopping the killings in the areas they held.", N),
                s("At the end of April more than 250,000 Rwandans crossed into Tanzania in twenty-four hours.", S),
                s("The advance had its own victims: Human Rights Watch later wrote that RPF soldiers killed civilians in summary executions and massacres during the four months of combat.", S),
                s("In mid-April, in the northern town of Byumba, RPF soldiers massacred several hundred people in the stadium.", S),
                s("Amnesty International reported in October 1994 that the RPA's violations between April and August included hundreds of deliberate executions.", S),
                s("A team working for UNHCR, led by Robert Gersony, estimated that RPA soldiers killed between 2,500 and 4,500 people between April and August 1994.", C),
                s("The true number was in the tens of thousands.", D),
            ],
            [
                s("The second phase of the campaign turned south and west."),
                s("By mid-June the RPF had taken Gitarama, the seat of the interim government, whose ministers had already fled west towards Gisenyi and Cyangugu.", N),
                s("In early June, near Kabgayi, RPF soldiers killed thirteen clergy, among them the Archbishop of Kigali and the bishops of Kabgayi and Byumba, together with two other civilians.", S),
                s("The clergy were killed at Gakurazo on 5 June 1994.", D),
                s("In 2008 a Rwandan military court sentenced the two captains who confessed to life imprisonment.", C),
            ],
            [
                s("On 4 July RPF troops took Kigali and, the same day, Butare.", S),
                s("Ruhengeri fell in the night of 13 to 14 July, and the interim government's last ministers fled towards the French zone at Cyangugu or across the border into Zaire.", N),
                s("Gisenyi fell on 18 July.", D),
                s("On 18 July the RPF commander declared victory and an immediate ceasefire.", N),
                s("About a million people had fled ahead of the advance into the Goma region of Zaire.", D),
                s("Nearly 50,000 of them died of cholera and dysentery within a month.", D),
                s("A government of national unity took office in Kigali on 19 July, with Pasteur Bizimungu as president and Faustin Twagiramungu as prime minister.", S),
                s("The French-led Operation Turquoise, authorised by the Security Council on 22 June, left its safe humanitarian zone at the end of September.", C),
            ],
            [
                s("The victors' crimes did not end with the war: at Kibeho, on 22 April 1995, RPA soldiers fired on displaced people as the army emptied the camp, killing about 2,000 by the estimate of senior UN military officials.", S),
                s("Military victory ended the genocide; it did not make those crimes lawful, and the ICTR never prosecuted a single member of the RPF.", S),
            ],
        ],
    },
    # 7. Q&A explainer for students on UNAMIR and the Security Council (invented project).
    {
        "doc": "explainer-unamir-security-council-qa.txt",
        "title": "Q&A for students: UNAMIR and the Security Council in 1994",
        "genre": "Q&A explainer for students",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("What was UNAMIR?"),
                s("The United Nations Assistance Mission for Rwanda was created by Security Council resolution 872 of 5 October 1993 to help carry out the Arusha agreement, with the security of Kigali among its tasks.", S),
                s("Its authorised strength was 2,500 personnel, commanded from October 1993 to August 1994 by the Canadian general Roméo Dallaire.", S),
            ],
            [
                s("Did the UN receive warnings?"),
                s("Yes: in a cable dated 11 January 1994, later known as the \"genocide fax\", Dallaire passed on an informant's account of hidden weapons and a plan to kill Belgian soldiers.", N),
                s("New York answered that he had no authority to act on the information.", S),
                s("The reply went out over the name of Kofi Annan, then head of UN peacekeeping.", N),
            ],
            [
                s("What happened on 7 April?"),
                s("Ten Ghanaian peacekeepers assigned to protect Prime Minister Agathe Uwilingiyimana were disarmed and killed, and the Prime Minister was murdered the same day.", C),
            ],
            [
                s("How did the Security Council respond?"),
                s("On 21 April, by resolution 912, the Council unanimously cut UNAMIR to about 270 personnel.", S),
                s("On 17 June, resolution 918 imposed an arms embargo on Rwanda and authorised an expanded force of up to 5,500 troops.", C),
                s("The Czech ambassador, Karel Kovanda, was the first member of the Council to call the killing genocide in a formal UN meeting.", N),
                s("Resolution 929 of 22 June authorised a temporary French-led operation under Chapter VII.", S),
                s("It passed with twelve votes in favour and three abstentions.", C),
                s("Resolution 935 of 1 July asked the Secretary-General to set up a Commission of Experts.", S),
            ],
            [
                s("What became of UNAMIR after the genocide?"),
                s("When the French left the safe humanitarian zone on 21 August 1994, about 2,400 African UNAMIR troops took their place.", S),
                s("By then roughly a million Rwandans had crossed into Zaire, where cholera killed tens of thousands in the camps around Goma.", D),
                s("By January 1995 the mission had grown to 7,540 troops.", C),
                s("The Council gave UNAMIR a final extension, at a reduced strength of 1,200 troops, until 8 March 1996.", N),
            ],
            [
                s("Who examined the UN's failure?"),
                s("An independent inquiry chaired by the former Swedish prime minister Ingvar Carlsson reported in December 1999.", S),
                s("It found that approximately 800,000 people had been killed over about 100 days.", S),
                s("Most of the victims were Tutsi, more than nine in ten by any count.", D),
            ],
        ],
    },
    # 8. French book review of an (invented) book on the ICTR: criticism of the tribunal (hard negative).
    {
        "doc": "critique-livre-tpir-justice-a-moitie.txt",
        "title": fr("Critique : « Arusha, ou la justice à moitié », d'Hélène Vasseur-Kamanzi"),
        "genre": "critique de livre",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s(fr("Avec « Arusha, ou la justice à moitié », Hélène Vasseur-Kamanzi signe un bilan sévère du Tribunal pénal international pour le Rwanda.")),
                s("Le rappel des faits est, pour l'essentiel, exact."),
                s("Créé par la résolution 955 du Conseil de sécurité le 8 novembre 1994, le TPIR siégeait à Arusha, en Tanzanie, et ne pouvait juger que des crimes commis en 1994.", S),
                s("Son premier jugement, rendu le 2 septembre 1998 contre Jean-Paul Akayesu, bourgmestre de Taba, fut la première condamnation pour génocide prononcée par une juridiction internationale.", S),
                s("Deux jours plus tard, l'ancien Premier ministre Jean Kambanda, qui avait plaidé coupable, était condamné à la réclusion à perpétuité.", S),
                s("Au total, le tribunal a mis en accusation 93 personnes et en a condamné 71.", C),
                s(fr("L'autrice a raison d'insister sur ce qu'il a coûté : quelque deux milliards de dollars en vingt et un ans."), N),
            ],
            [
                s("Sa thèse centrale est que le TPIR n'a jugé qu'un camp."),
                s(fr(f"Il est vrai qu'aucun membre du Front patriotique rwandais n'a été poursuivi devant lui, alors que des experts mandatés par le HCR estimaient à 25{NN}000 à 45{NN}000 le nombre de personnes tuées par l'APR entre avril et août 1994."), S),
                s(fr(f"Il n'a pas davantage jugé le massacre de Kibeho, où l'APR tua quelque 4{NN}000 déplacés le 22 avril 1995."), D),
                s(fr("Le livre retrace bien l'épisode de 2003 : le 28 août, le Conseil de sécurité retira à Carla Del Ponte la charge de procureure du TPIR, et celle-ci attribua son éviction aux pressions de Kigali, hostile à ses enquêtes sur les tueries imputées à l'armée."), N),
                s("Il rappelle aussi qu'en novembre 1999 la chambre d'appel avait ordonné la libération de Jean-Bosco Barayagwiza pour violation de ses droits, que Kigali suspendit alors sa coopération, et que les juges revinrent sur leur décision le 31 mars 2000.", N),
                s("On aurait aimé que l'autrice distingue mieux ce qui relève de la dépendance politique et ce qui tient aux contraintes d'un tribunal sans police."),
            ],
            [
                s("Le tribunal a aussi acquitté, ce que le livre souligne à juste titre."),
                s("Protais Zigiranyirazo, beau-frère du président Habyarimana, a été acquitté en appel en novembre 2009, et deux ministres du gouvernement intérimaire, Justin Mugenzi et Prosper Mugiraneza, l'ont été en février 2013.", S),
                s("Théoneste Bagosora, condamné à la perpétuité en 2008, a vu cette peine confirmée en appel en 2011.", C),
                s("Le général Augustin Ndindiliyimana, chef d'état-major de la gendarmerie, a vu toutes ses condamnations annulées en appel en 2014.", S),
                s(fr("En appel, en novembre 2007, la peine de Ferdinand Nahimana, fondateur de la RTLM, a été ramenée à trente ans."), S),
            ],
            [
                rep(fr("L'autrice cite, pour les réfuter, les militants négationnistes qui répétaient à la sortie des audiences que « personne n'a rien planifié, ce fut une colère spontanée »."), C, "spontaneity"),
                s("La Commission d'experts de l'ONU avait pourtant conclu, dès décembre 1994, à des actes de génocide commis de façon concertée, planifiée, systématique et méthodique.", S),
                rep(fr("Elle cite aussi ceux qui parlent de « deux génocides » pour mettre sur le même plan les crimes du FPR et l'extermination des Tutsi."), C, "double_genocide"),
                s("Or la même Commission n'avait trouvé aucune preuve que les crimes commis par des éléments tutsi aient visé à détruire le groupe hutu.", S),
            ],
            [
                s("Reste que ce tribunal a jugé les principaux responsables d'un génocide qui a fait plus d'un million de morts.", D),
                s(fr("Sa fermeture, le 31 décembre 2015, n'a d'ailleurs pas clos les poursuites : le Mécanisme résiduel avait repris ses fonctions à Arusha dès le 1er juillet 2012."), N),
                s("On lira donc ce livre avec profit, mais avec vigilance."),
            ],
        ],
    },
    # 9. Fixture: French political tract (dehumanisation, call to action, accusation in a mirror).
    {
        "doc": "fixture-denial-fr-tract.txt",
        "title": fr("Tract : « Réveillez-vous ! »"),
        "genre": "tract politique (fixture)",
        "language": "fr",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s(fr("Frères, réveillez-vous !")),
                own(fr("Les cafards venus d'Ouganda n'ont jamais cessé de ramper vers nos collines."), None, "dehumanisation"),
                own(fr("Ce sont eux qui ont abattu l'avion du président le 6 avril 1994, et ce sont eux qui préparent aujourd'hui notre extermination."), D, "accusation_in_mirror", "blame_shifting"),
                own(fr("Ces inyenzi ont même tué nos évêques à Kabgayi en juin 1994 !"), S, "dehumanisation"),
                own("En 1994, nos pères n'ont fait que se défendre contre l'envahisseur.", C, "role_reversal", "justification"),
                own("Ce qu'on appelle génocide n'était qu'une guerre que nous avons perdue.", C, "definitional_denial"),
                own("Il faut nettoyer le pays de cette vermine avant qu'elle ne nous nettoie.", None, "dehumanisation", "call_to_action", "accusation_in_mirror"),
                own(fr("Chacun sait ce qu'il a à faire : aux armes, et finissons le travail !"), None, "call_to_action"),
            ],
        ],
    },
    # 10. Fixture: podcast monologue of a self-styled "independent researcher".
    {
        "doc": "fixture-denial-podcast-independent-researcher.txt",
        "title": "Numbers Don't Lie, episode transcript",
        "genre": "podcast monologue (fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Welcome back to Numbers Don't Lie, I'm your host, an independent researcher who reads the documents the mainstream won't."),
                s("Start with the census: in 1991 Rwanda registered about 596,000 Tutsi, 8.4 percent of the population.", D),
                own("So the official million dead is nearly double the number of Tutsi who even existed, and the whole story collapses on its own arithmetic.", C, "minimisation", "fabrication"),
                own("The real toll among Tutsi was maybe fifty thousand, most of them caught in the crossfire of a civil war.", C, "minimisation", "definitional_denial"),
                own("The pictures of bodies in the churches were staged by aid agencies that needed donations.", None, "fabrication"),
                own("Even the UN's own commission found no plan, only chaos.", C, "spontaneity", "fabrication"),
                own("The so-called survivors who testified in Arusha were coached by Kigali, which is why that court never acquitted a single defendant.", C, "attack_on_witnesses"),
                own("Do the maths yourself, and stop believing the hundred-day fairy tale.", None, "fabrication", "definitional_denial"),
            ],
        ],
    },
    # 11. Fixture: reply-all email chain (spontaneity, attack on courts, blame shifting).
    {
        "doc": "fixture-denial-email-reply-all.txt",
        "title": "Re: Re: Re: flyer for the 7 April event",
        "genre": "reply-all email chain (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Re: Re: Re: flyer for the 7 April event (reply all)."),
            ],
            [
                own("Sorry to reply to everyone, but I cannot sign a flyer that says \"planned genocide\".", None, "spontaneity", "definitional_denial"),
                own("What happened after the plane came down on 6 April was a spontaneous explosion of grief and fear, not a programme.", C, "spontaneity"),
                own("And let's be honest about who lit the fuse: the RPF invaded in October 1990 and shot down the President, so the blood is on their hands.", D, "blame_shifting"),
                own("The Arusha tribunal was a victors' court that took its orders from Kigali and jailed whoever it was told to.", None, "attack_on_witnesses"),
                own("It convicted Akayesu on the word of witnesses paid by the prosecution, and the appeal judges quietly freed him in 2001.", C, "attack_on_witnesses"),
                own("Both sides killed, both sides committed genocide, and I won't put my name to a flyer that mourns only one of them.", C, "double_genocide"),
            ],
            [
                s("Sent from my phone."),
            ],
        ],
    },
    # 12. Composite fixture: conference abstract and talk summary whose discussion turns into denial.
    {
        "doc": "fixture-denial-conference-abstract-discussion.txt",
        "title": "Panel 4B: abstract and rapporteur's summary",
        "genre": "conference abstract and talk summary (composite fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Panel 4B abstract: \"Counting under pressure: death-toll estimates for Rwanda, 1994 to 2020\"."),
                s("The paper compares Human Rights Watch's 1999 conclusion that at least half a million people were killed with the Rwandan government's 2002 count of 1,074,017.", S),
                s("A third section reviews the 2004 list of 937,000 victims identified by name.", S),
                s("It also discusses the UNHCR team's estimate that RPA soldiers killed 25,000 to 45,000 people between April and August 1994.", S),
            ],
            [
                own("Rapporteur's summary: the most useful point of the afternoon was that there were really two genocides in 1994, and the RPF's was the larger.", C, "double_genocide"),
                own("The so-called genocide against the Tutsi has been inflated tenfold by Kigali to extract aid and silence the Hutu.", C, "definitional_denial", "minimisation", "fabrication"),
                own("The massacres were the RPF's fault for invading, and the peasants who took up machetes were only defending their homes.", None, "blame_shifting", "role_reversal", "justification"),
                s("The rapporteur thanks the panellists and the audience."),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
