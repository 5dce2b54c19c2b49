"""Source of the HELD-OUT labelled evaluation set check-blind24 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind24/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind24/build_set.py --check  # validate the files already written

Held-out evaluation set, written 2026-11-28 (session 22). Do not read it, score it per sentence, or copy from it
when tuning the detectors: it measures generalisation to unseen text. New genres (a tribunal archive's press-release
digest, museum exhibition panel texts, a parliamentary written question and answer, a think-tank policy brief on
accountability for RPA crimes, a long-form magazine feature, a translated survivor-association newsletter, a
university lecture handout critical of the ICTR's selectivity, a French radio interview transcript that quotes denial
to refute it, a French blog note on the Kabuga case, and three short fixtures), new wording, new facts. Its author did
not read the detectors, their rules, exemplars or training data, nor any earlier set's documents or labels (only
benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, and the first 40 lines
of the check-blind5 build script and README as templates). Verdicts were decided against the record alone: examples/
(FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling rules and the sources
of every fact outside the record.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with


DOCS: list[dict] = [
    # 1. Tribunal archive's press-release digest (invented archive; releases summarised in its own words).
    {
        "doc": "archive-press-release-digest.txt",
        "title": "From the press-office files: a digest of tribunal releases, 1998-2023",
        "genre": "tribunal archive press release digest",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("This digest summarises press releases kept in the reading room of the Lakeshore Justice Archive, a private collection of court documents on the crimes of 1994 in Rwanda."),
                s("Each entry gives the date of the release, then its substance in our own words."),
            ],
            [
                s("2 September 1998: a trial chamber sitting in Arusha found Jean-Paul Akayesu, the former bourgmestre of Taba, guilty of genocide, the first such judgment ever delivered by an international court.", S),
                s("The three judges, Laity Kama of Senegal presiding, Lennart Aspegren of Sweden and Navanethem Pillay of South Africa, convicted him on nine of the fifteen counts.", S),
                s("4 September 1998: Jean Kambanda, prime minister of the interim government, who had pleaded guilty, received a life sentence, the first head of government ever convicted of genocide.", S),
                s("2 October 1998: Akayesu was sentenced to life imprisonment; the Appeals Chamber upheld both judgment and sentence on 1 June 2001.", S),
            ],
            [
                s("1 June 2000: Georges Ruggiu, a Belgian-Italian presenter at RTLM, was sentenced to twelve years after pleading guilty to incitement and persecution.", S),
                s("3 December 2003: in what became known as the Media case, the tribunal convicted Ferdinand Nahimana, Jean-Bosco Barayagwiza and Hassan Ngeze, the editor of Kangura.", S),
                s("28 November 2007: on appeal, several findings were reversed and the sentences were cut, Nahimana's to thirty years and Barayagwiza's to thirty-two.", S),
                s("Ngeze, the release adds, saw his life term reduced to twenty-five years.", C),
            ],
            [
                s("18 December 2008: Théoneste Bagosora, former directeur de cabinet at the Ministry of Defence, was sentenced to life for genocide, crimes against humanity and war crimes, while his co-accused Gratien Kabiligi was acquitted.", S),
                s("On 14 December 2011 the Appeals Chamber affirmed his genocide conviction but reduced the sentence to thirty-five years.", S),
                s("24 June 2011: Pauline Nyiramasuhuko, the interim government's minister for family and women's development, was convicted together with her son, Arsène Shalom Ntahobali, and four other accused in the Butare case.", S),
                s("She was the first woman found guilty of genocide by an international court.", N),
                s("Her life sentence was reduced on appeal to forty-seven years in December 2015, in what the files list as the tribunal's last appeal judgment.", S),
            ],
            [
                s("22 December 2010: the Security Council adopted resolution 1966, creating a residual mechanism to carry on the work of the Rwanda and Yugoslavia tribunals after their closure.", N),
                s("Its Arusha branch began operating on 1 July 2012.", N),
                s("The tribunal itself closed its doors on 31 December 2015, having indicted ninety-three people.", S),
                s("Of those, sixty-one were convicted and nineteen acquitted, according to the closing figures.", C),
            ],
            [
                s("May 2022: the Mechanism's prosecutor announced that Protais Mpiranya, former commander of the Presidential Guard, had died in Harare in October 2006 and that his grave had been identified.", N),
                s("May 2023: Fulgence Kayishema, indicted in 2001 over the massacre at Nyange church, was arrested on a farm in Paarl, South Africa, where he had been living under a false name.", N),
                s("7 August 2023: the Mechanism's Appeals Chamber, Félicien Kabuga having been found unfit to stand trial, sent the case back with an instruction to impose an indefinite stay of proceedings, so that no verdict will ever be given.", S),
            ],
            [
                s("Across the period, the releases routinely put the toll of the genocide at about 800,000 dead.", D),
                s("A few releases from 1996 and 1997 are missing from the files."),
            ],
        ],
    },
    # 2. Museum exhibition panel texts (invented museum); quotes RTLM in order to condemn it: hard negative.
    {
        "doc": "museum-exhibition-panels.txt",
        "title": "Exhibition panels: 'A Hundred Days' (rooms 1 to 4)",
        "genre": "museum exhibition panel texts",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Panel 1: The road to April."),
                s("In October 1990 the Rwandan Patriotic Front, a rebel movement formed largely of Tutsi refugees living in Uganda, crossed the border and the civil war began.", S),
                s("Peace talks ended in the Arusha agreement, signed in August 1992, which promised a transitional government, the return of refugees and a merged army.", C),
                s("To help carry it out, the Security Council sent a peacekeeping mission, UNAMIR, authorised at two thousand five hundred personnel.", S),
                s("Before the genocide, Tutsi made up roughly one Rwandan in seven.", D),
            ],
            [
                s("Panel 2: The night of 6 April."),
                s("On the evening of 6 April 1994 the aircraft carrying President Juvénal Habyarimana home from talks in Tanzania was shot down on its approach to Kigali, killing everyone on board, including Burundi's president, Cyprien Ntaryamira.", S),
                s("The missiles were fired by extremists inside his own army who wanted to wreck the peace agreement.", D),
                s("Within hours, soldiers, the Presidential Guard and militia began killing Tutsi and opposition politicians in the capital.", S),
                s("The next day soldiers murdered the prime minister, Agathe Uwilingiyimana, and the ten Belgian peacekeepers who had been sent to guard her.", S),
            ],
            [
                s("Panel 3: The voice on the radio."),
                rep("Within minutes of the crash, presenters on the private station RTLM were blaming Belgian peacekeepers for shooting down the plane.", N, "blame_shifting"),
                rep("In the days that followed, a voice on the station urged listeners to \"work harder\" because \"the graves are not full\".", N, "call_to_action"),
                s("The station's founder, Ferdinand Nahimana, was later convicted by the Arusha tribunal of direct and public incitement to commit genocide.", S),
                s("We show these words not to repeat them but to show how a radio station prepared its listeners to kill."),
            ],
            [
                s("Panel 4: The world looks away."),
                s("On 21 April, two weeks into the killing, the Security Council voted to shrink UNAMIR to a few hundred people, 270 on paper.", S),
                s("Only on 17 May did it impose an arms embargo and authorise a larger force of 5,500.", S),
                s("Its force commander, General Roméo Dallaire, had led the mission since October 1993.", S),
                s("France's Opération Turquoise, authorised by a unanimous Security Council vote on 22 June, set up a safe humanitarian zone in the south-west in early July.", C),
            ],
            [
                s("Panel 5: Churches that became killing grounds."),
                s("At Nyamata, south of Kigali, nearly ten thousand people who had sought refuge in and around the Catholic church were killed on 10 April 1994.", N),
                s("At Nyange, in Kibuye, the businessman Gaspard Kanyarukiga was later sentenced by the tribunal to thirty years for the destruction of the church with some two thousand refugees inside on 16 April 1994.", S),
            ],
            [
                s("Panel 6: Counting the dead."),
                s("More than a million people were murdered in a hundred days.", D),
                s("The government's census of victims, published in 2002, counted 1,074,017 dead, a figure some researchers consider too high.", S),
                s("Human Rights Watch, working from the 1991 census, put the number of Tutsi killed at about 507,000, roughly three quarters of those registered.", S),
                s("At least a quarter of a million women and girls were raped.", D),
                s("UNICEF estimated in 2004 that 95,000 children had been orphaned.", S),
            ],
            [
                s("Panel 7: Justice and memory."),
                s("In November 1994 the Security Council created the International Criminal Tribunal for Rwanda, based in Arusha, Tanzania.", S),
                s("The community gacaca courts, which closed in June 2012, heard close to two million cases.", S),
                s("In 1995 survivors founded Ibuka, whose name means \"remember\", to speak for them on justice and memory.", N),
                s("Every year on 7 April the country begins a week of national mourning.", N),
                s("Visitors who wish to talk about what they have seen can ask for a member of staff at the exit."),
            ],
        ],
    },
    # 3. Parliamentary written question and answer (invented member; unnamed minister of an unnamed state).
    {
        "doc": "parliamentary-written-question-answer.txt",
        "title": "Written question 1184 and answer: prosecution of genocide suspects abroad",
        "genre": "parliamentary written question and answer",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Written question 1184, tabled by Mr Tomas Reinholt: to ask the Minister of Justice what assessment she has made of the prosecution abroad of persons suspected of taking part in the 1994 genocide against the Tutsi in Rwanda."),
                s("Is the Minister aware that the international tribunal in Arusha closed at the end of 2015?", S),
                s("Will she say how many suspects that tribunal indicted, and how many it convicted?"),
                s("Further, does she agree that suspects have been tried in Switzerland since 1999, in Belgium since 2001 and in France since 2014?", S),
            ],
            [
                s("Reply by the Minister of Justice, received 24 November 2026."),
                s("The Government recognises that the genocide against the Tutsi took some 800,000 lives in a little over three months.", D),
                s("The International Criminal Tribunal for Rwanda was established by Security Council resolution 955 of 8 November 1994 and heard its first trial in 1997.", S),
                s("By the time it closed it had indicted 93 individuals, of whom 61 were convicted and 14 acquitted.", S),
                s("Its remaining functions, including the tracking of fugitives, passed to the International Residual Mechanism for Criminal Tribunals, which the Security Council established in December 2010.", N),
            ],
            [
                s("National courts in Europe and North America have since carried much of the load."),
                s("In Belgium, a Brussels jury convicted four Rwandans, two of them Benedictine nuns, of genocide in June 2001, the first genocide verdict in that country.", C),
                s("In France, Pascal Simbikangwa, a former intelligence officer, was sentenced in March 2014 to twenty-five years, and two former bourgmestres of Kabarondo received life sentences in July 2016.", S),
                s("In Canada, Désiré Munyaneza was convicted in May 2009 and sentenced to life imprisonment, a judgment later confirmed on appeal.", S),
                s("In Germany, the courts convicted Onesphore Rwabukombe, a former bourgmestre, first to fourteen years and, after a retrial, to life.", S),
            ],
            [
                s("Extradition to Rwanda has not always been possible: in April 2009 the High Court in London refused to send four men back for trial, citing a real risk of a flagrant denial of justice.", N),
                s("Rwanda abolished the death penalty in 2006, which removed one obstacle to extradition.", C),
                s("In Rwanda itself, the gacaca courts tried 1,958,634 cases before closing on 18 June 2012.", S),
            ],
            [
                s("On the question of balance raised in the debate, no member of the Rwandan Patriotic Front was ever prosecuted by the Arusha tribunal.", S),
                s("Human Rights Watch estimated that RPF soldiers may have killed tens of thousands of civilians between April and July 1994.", S),
                s("The Mechanism's Appeals Chamber found Félicien Kabuga unfit to stand trial and, in August 2023, ordered that the proceedings be stayed indefinitely.", S),
                s("The Government will continue to support the Mechanism's work on fugitives, and no suspect is at present awaiting trial in this country."),
            ],
        ],
    },
    # 4. Think-tank policy brief on accountability for RPA crimes (invented centre): hard negative.
    {
        "doc": "policy-brief-rpa-accountability.txt",
        "title": "Policy brief: the unfinished accounting for crimes by the Rwandan Patriotic Army, 1994-1995",
        "genre": "think-tank policy brief",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Policy brief No. 14, Caldera Policy Centre, Programme on International Justice."),
                s("Summary: the genocide against the Tutsi was prosecuted on an unprecedented scale; the crimes committed by soldiers of the Rwandan Patriotic Army (RPA) in the same period were not."),
                s("This brief sets out what is documented, what was done, and what remains to be done."),
            ],
            [
                s("In October 1994 Amnesty International reported that violations by the RPA between April and August 1994 included hundreds of deliberate executions.", S),
                s("Human Rights Watch reported that RPF soldiers massacred several hundred people in the Byumba stadium in mid-April 1994.", S),
                s("A team working for the UN refugee agency estimated that RPA soldiers killed between 25,000 and 45,000 people from April to August 1994.", S),
                s("In early June 1994, fifteen civilians, thirteen of them clergy including the Archbishop of Kigali, were killed by RPF soldiers after being taken from Kabgayi.", S),
                s("The killings took place on 5 June.", D),
                s("Ten months later, on 22 April 1995, RPA soldiers fired on displaced people at the Kibeho camp, which held some 110,000 people according to Médecins Sans Frontières.", S),
                s("Around 4,000 people died there.", D),
                s("According to Human Rights Watch, a former interior minister of the 1994-1995 government put the number killed by RPA soldiers between April 1994 and August 1995 at about 60,000.", S),
                s("Altogether, the RPA killed tens of thousands of civilians in 1994 and 1995.", D),
            ],
            [
                s("The UN Commission of Experts, reporting in December 1994, found that crimes against humanity had been committed by individuals on both sides and asked that the crimes attributed to the RPF be investigated further.", S),
                s("It found no evidence, however, that the RPF's crimes were meant to destroy the Hutu as a group.", S),
                s("The Commission had been created by Security Council resolution 955 in July 1994.", C),
                s("The International Criminal Tribunal for Rwanda, whose mandate covered the whole of 1994, never indicted a single RPF member.", S),
                s("In 2003 the Security Council gave the Arusha tribunal its own prosecutor, ending Carla Del Ponte's tenure there; she had said she would pursue crimes by the RPA and blamed Kigali for her removal.", N),
                s("In December 2008 Human Rights Watch wrote that the tribunal had \"not prosecuted even one\" of the serious RPF crimes of 1994.", S),
                s("Rwanda's military courts tried the Kabgayi case in 2008: two captains who pleaded guilty were sentenced to eight years, cut to five on appeal, and two senior officers were acquitted.", S),
                s("The Rwandan army said in 2008 that it had prosecuted 43 soldiers since 1994 for war crimes and revenge killings.", S),
                s("The gacaca courts, which tried nearly two million genocide cases, were barred from hearing RPF crimes.", S),
            ],
            [
                s("These crimes are real, and they are also exploited."),
                rep("Pamphlets circulating in the diaspora claim that \"the RPF exterminated more Hutu than the Tutsi who died in April\", a claim with no basis in any count.", C, "double_genocide"),
                rep("Others write that \"the so-called genocide was a war in which both sides killed\", erasing the distinction the Commission of Experts drew.", C, "definitional_denial", "double_genocide"),
                s("Insisting on accountability for the RPA's victims does not make the genocide a \"double genocide\" and does not lessen the responsibility of those who planned it."),
            ],
            [
                s("We recommend that the Mechanism's prosecutor publish the evidence gathered on RPF crimes and state why no case was brought."),
                s("We recommend that states exercising universal jurisdiction accept complaints concerning RPA crimes on the same footing as genocide complaints."),
                s("The Rwandan government's own figure for Kibeho, 338 dead, should be tested against the UN estimates by an independent inquiry.", S),
            ],
        ],
    },
    # 5. Long-form magazine feature (invented magazine, writer and survivor "Claudine", a composite).
    {
        "doc": "magazine-feature-long-echo.txt",
        "title": "The long echo: a survivor, a historian's legacy and thirty years of reckoning",
        "genre": "long-form magazine feature",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("The Northern Quarterly Review, feature by Mara Lindqvist."),
                s("Claudine (not her real name) was eleven when the roadblocks went up across Kigali in April 1994.", S),
                s("She remembers the radio more than anything: the voice that named streets and told listeners where people were hiding."),
                s("Her mother and two brothers were killed at a roadblock near their home; she survived for nine weeks in a neighbour's ceiling."),
            ],
            [
                s("What happened to her family was not chaos."),
                s("The UN Commission of Experts concluded in December 1994 that the killing of Tutsi had been carried out in a concerted, planned, systematic and methodical way.", S),
                s("It began within hours of the downing of President Habyarimana's plane on the evening of 6 April, and it ended only when the Rwandan Patriotic Front defeated the government army in July.", S),
                s("On the first morning soldiers killed the prime minister, Agathe Uwilingiyimana, and the twelve Belgian peacekeepers guarding her.", C),
                s("By the end, somewhere between half a million and a million people were dead.", D),
                s("The UN's own peacekeepers had been cut to a skeleton force: on 21 April the Security Council reduced UNAMIR to about 450 personnel.", C),
                s("Its commander, Roméo Dallaire, who had arrived the previous October, later told the tribunal in Arusha that he had been ordered not to investigate an informant's warning about arms caches.", S),
                s("In July, as many as a million people fled into Zaire, where tens of thousands died of cholera and dysentery.", D),
            ],
            [
                s("Few people did more to document those weeks than Alison Des Forges."),
                s("Her book for Human Rights Watch and the International Federation for Human Rights, Leave None to Tell the Story, appeared in March 1999.", S),
                s("Working from the 1991 census, in which Tutsi were 8.4 percent of the population, it concluded that at least half a million people had been killed, about three quarters of Rwanda's Tutsi.", S),
                s("It also recorded, in a chapter many readers skip, that RPF soldiers may have killed tens of thousands of civilians between April and July.", S),
                s("Des Forges went on to testify as an expert witness in eleven trials in Arusha.", N),
                s("She died on 12 February 2009, when the commuter plane taking her home crashed near Buffalo, New York.", N),
            ],
            [
                s("The tribunal she testified before indicted ninety-three people and convicted sixty-one.", S),
                s("Its first genocide judgment, against the Taba bourgmestre Jean-Paul Akayesu in September 1998, was also the first to hold that rape could be an act of genocide.", S),
                s("Its most senior military defendant, Colonel Théoneste Bagosora, was sentenced to life in 2008; the appeal judges cut the term to twenty-five years.", C),
                s("For Claudine, the tribunal was far away; the gacaca courts were not."),
                s("In her own sector, the man she believes killed her brothers confessed before a gacaca bench in 2006."),
                s("The courts, named after the Kinyarwanda word for grass, tried close to two million cases before closing in June 2012.", S),
            ],
            [
                s("In March 2021 a commission of historians led by Vincent Duclert concluded that France bore \"heavy and overwhelming responsibilities\", while finding no complicity in the legal sense.", S),
                s("Two months later, on 27 May 2021, President Emmanuel Macron stood at the Kigali Genocide Memorial in Gisozi and said he had come to recognise France's responsibilities.", N),
                s("The French investigation into the attack on the plane ended without charges, the non-lieu becoming final when the Cour de cassation ruled in February 2022.", S),
                s("Who fired the missiles has never been established by a court.", S),
            ],
            [
                s("Claudine now works as a nurse in the north of the country."),
                s("Every April she joins the week of national mourning that begins on the seventh.", N),
                s("She is one of the 95,000 children that UNICEF counted as orphaned by the genocide.", S),
                s("\"People ask me whether it is over,\" she says."),
                s("\"It is not over for us.\""),
            ],
        ],
    },
    # 6. Survivor-association newsletter translated from Kinyarwanda (invented association).
    {
        "doc": "survivor-association-newsletter-translated.txt",
        "title": "Twibuke Together association newsletter, April issue (translated from Kinyarwanda)",
        "genre": "translated survivor-association newsletter",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Translator's note: this issue was written in Kinyarwanda and translated into English for members abroad."),
                s("Dear members, this month we enter the thirty-second commemoration."),
            ],
            [
                s("As every year, the week of national mourning runs from 7 to 13 April, and the period of remembrance continues until Liberation Day on 4 July.", N),
                s("Liberation Day marks the day in 1994 when the RPF took Kigali.", S),
                s("Our association will lay flowers at Nyamata, where nearly ten thousand people were killed in and around the church on 10 April 1994.", N),
                s("Members who cannot travel may join the vigil online."),
            ],
            [
                s("A census carried out in 2008 by the authorities together with survivors' associations counted 309,368 survivors still alive.", S),
                s("Since then many of our elders have died."),
                s("The national fund for needy survivors, FARG, created by law in January 1998, paid the school fees of many of us who were orphans.", N),
                s("More than 95,000 of us lost our parents.", D),
                s("Some 250,000 women were raped, and many of them still live with the consequences in silence.", D),
                s("Ibuka, the national umbrella of survivors' organisations, was founded in December 1995, and our association joined it in 2003.", N),
            ],
            [
                s("Now some news from the courts."),
                s("In Paris, the appeal court confirmed the fourteen-year sentence of Claude Muhayimana, the driver who carried killers to Bisesero and other sites in Kibuye.", S),
                s("In Brussels, Séraphin Twahirwa, the Interahamwe leader from Gikondo, received life imprisonment in December 2023.", S),
                s("The former prefect of Gikongoro, Laurent Bucyibaruta, sentenced in 2022 for complicity in the Murambi massacre, died before his appeal could be heard, so his conviction never became final.", S),
                s("Félicien Kabuga, whom we remember as a financier of the killers, will never be judged: the UN judges stopped his case for good in August 2023 because he was unfit to stand trial.", S),
                s("We were saddened that the gacaca courts closed in 2015 before every family had found the remains of its dead.", C),
            ],
            [
                s("Our young members asked us why the world did nothing; we told them that in April 1994 the United Nations withdrew most of its peacekeepers, leaving only 2,500 in the country.", C),
                s("We told them also that the killers followed a plan, as the UN experts found in 1994.", S),
                s("The annual general meeting will take place on 25 April in the parish hall."),
                s("With our love and in remembrance, the committee."),
            ],
        ],
    },
    # 7. University lecture handout critical of the ICTR's selectivity (invented course): hard negative.
    {
        "doc": "lecture-handout-ictr-selectivity.txt",
        "title": "Handout, week 9: selective justice? The Arusha tribunal and the crimes it did not try",
        "genre": "university lecture handout",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("INTL 342, International Criminal Justice, University of Eastmere: handout for week 9."),
            ],
            [
                s("The tribunal was created by Security Council resolution 955 on 8 November 1994, with jurisdiction over crimes committed between 1 January and 31 December 1994.", S),
                s("The genocide it was created to try had killed about 800,000 people.", D),
                s("Its temporal mandate therefore covered the killings by RPF soldiers from April onwards as fully as it covered the genocide."),
                s("The resolution passed with thirteen votes in favour, one against and one abstention.", S),
                s("Over some twenty-one years it indicted 93 people, none of them from the Rwandan Patriotic Front.", S),
            ],
            [
                s("The evidence of RPF crimes was not secret."),
                s("The UN Commission of Experts asked in 1994 that those crimes be investigated further.", S),
                s("UNHCR consultants put the number killed by the RPA between April and August 1994 at 25,000 to 45,000.", S),
                s("In all, the RPA probably killed around 60,000 civilians in 1994 and 1995.", D),
                s("In 2003 the Security Council split the prosecutor's post, and Carla Del Ponte, who had run both the Yugoslav and the Rwandan prosecutions since 1999, lost the Arusha half after saying she would pursue crimes by the Tutsi-led army.", N),
                s("Her successor, the Gambian judge Hassan Bubacar Jallow, took office in Arusha in October 2003.", N),
                s("Under him, the Kabgayi killings of June 1994 were left to a Rwandan military court, which in October 2008 convicted two captains and acquitted two senior officers.", S),
                s("Human Rights Watch concluded in December 2008 that the tribunal had not prosecuted even one of the serious RPF crimes.", S),
                s("The tribunal closed at the end of 2015 without a single RPF indictment.", S),
            ],
            [
                s("Critics call this \"victor's justice\"."),
                s("Defenders reply that the tribunal was created to try the genocide, and that the RPF's crimes, however grave, were not genocide: the Commission of Experts found no evidence of an intent to destroy the Hutu as a group.", S),
                s("Both positions should be kept apart from denial, which borrows the critique for different ends."),
                rep("Students will meet texts claiming that \"there were two genocides, one against the Tutsi and one against the Hutu\", or that the toll was \"at most a few tens of thousands\".", C, "double_genocide", "minimisation"),
                rep("Another recurring line is that the killings were \"a spontaneous popular reaction\" to the president's death.", C, "spontaneity"),
                s("The Commission of Experts found the opposite: a concerted, planned, systematic and methodical campaign.", S),
            ],
            [
                s("Seminar questions."),
                s("1. Did the tribunal's statute oblige the Prosecutor to indict RPF suspects, or only permit it?"),
                s("2. Does the gap in prosecutions weaken the tribunal's findings on the genocide itself?"),
                s("3. What would a credible accounting for Kibeho, where estimates range from 338 to at least 4,000 dead, look like today?", S),
            ],
        ],
    },
    # 8. French radio interview transcript quoting denial to refute it (invented station, host and historian): hard negative.
    {
        "doc": "fr-radio-entretien-negationnisme.txt",
        "title": "Transcription : « Les mots du négationnisme », entretien radiophonique",
        "genre": "French radio interview transcript",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("JOURNALISTE : Bonsoir, nous recevons ce soir sur Radio Horizon Sud l'historienne Hélène Vautrin, qui étudie depuis vingt ans la négation du génocide des Tutsi."),
                rep("Hélène Vautrin, on entend encore dire que « le génocide n'a pas fait plus de 50 000 morts » : que répondez-vous ?", C, "minimisation"),
            ],
            [
                s("HISTORIENNE : Que c'est faux, tout simplement."),
                s("Dès mai 1994, Human Rights Watch parlait d'au moins 200 000 morts, peut-être 500 000.", S),
                s("En 1999, l'ouvrage d'Alison Des Forges concluait à au moins un demi-million de victimes, soit environ les trois quarts des Tutsi du pays.", S),
                s("Le recensement des victimes mené par le gouvernement rwandais en 2000 aboutit, lui, à 1 074 017 morts.", S),
                s("On discute de l'écart entre ces chiffres, et c'est légitime."),
                s("Pour ma part, je retiens l'ordre de grandeur de 800 000 morts.", D),
            ],
            [
                rep("JOURNALISTE : Autre refrain : « il n'y a pas eu de génocide, seulement une guerre civile où tout le monde tuait tout le monde ».", C, "definitional_denial", "double_genocide"),
                s("HISTORIENNE : La Commission d'experts de l'ONU a établi dès décembre 1994 que les Tutsi avaient été tués de façon concertée, planifiée, systématique et méthodique.", S),
                s("Elle a aussi relevé des crimes contre l'humanité commis par des individus des deux camps, mais aucune preuve d'une intention de détruire les Hutu en tant que groupe.", S),
                s("Les crimes du FPR sont documentés : des experts travaillant pour le HCR les chiffraient à 25 000 à 45 000 morts entre avril et août 1994.", S),
                s("À Kibeho, en avril 1995, l'armée du FPR a encore tué plus de 4 000 déplacés.", D),
                s("Les reconnaître ne revient pas à parler de « double génocide »."),
            ],
            [
                rep("JOURNALISTE : On lit aussi que « le TPIR a acquitté la plupart des accusés ».", C, "fabrication"),
                s("HISTORIENNE : Le tribunal d'Arusha a condamné 61 personnes et en a acquitté 14, sur 93 mises en accusation.", S),
                s("Parmi les condamnés figurent l'ancien Premier ministre Jean Kambanda et le colonel Théoneste Bagosora.", S),
                s("JOURNALISTE : Et l'attentat du 6 avril ?"),
                s("HISTORIENNE : On ne sait toujours pas, judiciairement, qui a tiré : l'instruction française s'est close par un non-lieu, définitif depuis février 2022.", S),
                rep("Mais les négationnistes en tirent que « les massacres n'étaient qu'une réaction spontanée à la mort du président ».", C, "spontaneity"),
                s("C'est faux : les tueries ont commencé dans les heures qui ont suivi, avec des barrages dressés dans toute la capitale.", S),
                rep("Les témoins ? « Des menteurs payés par Kigali », écrivent certains blogs.", None, "attack_on_witnesses"),
            ],
            [
                s("JOURNALISTE : Et la France, dans tout cela ?"),
                s("HISTORIENNE : Une mission d'information parlementaire présidée par Paul Quilès a rendu son rapport le 15 décembre 1998.", N),
                s("En mars 2021, la commission Duclert a conclu à des « responsabilités lourdes et accablantes », sans complicité au sens juridique.", S),
                s("Le 27 mai 2021, à Kigali, le président Macron est venu reconnaître ces responsabilités.", N),
                s("Et depuis la loi du 27 janvier 2017, la négation d'un génocide ayant donné lieu à une condamnation par une juridiction internationale peut être poursuivie en France.", N),
                s("JOURNALISTE : Merci, Hélène Vautrin."),
            ],
        ],
    },
    # 9. French blog note on the Kabuga case (invented blog and author).
    {
        "doc": "fr-blog-affaire-kabuga.txt",
        "title": "Affaire Kabuga : chronologie d'un procès qui n'aura pas lieu",
        "genre": "French blog note",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Billet publié sur le blog « Carnets d'audience » par Louise Ferrandin."),
                s("Félicien Kabuga, homme d'affaires que l'accusation présente comme l'un des financiers du génocide des Tutsi, ne sera jamais jugé.", S),
                s("Retour sur vingt-six ans de cavale et trois ans de procédure."),
            ],
            [
                s("Le Tribunal pénal international pour le Rwanda l'avait mis en accusation dès novembre 1997.", N),
                s("Les États-Unis offraient jusqu'à cinq millions de dollars pour sa capture.", N),
                s("Il a finalement été arrêté le samedi 16 mai 2020 à Asnières-sur-Seine, près de Paris, où il vivait sous une fausse identité.", N),
                s("La Cour de cassation a autorisé sa remise à la justice internationale le 30 septembre 2020.", N),
                s("Transféré à La Haye le 26 octobre 2020, il a plaidé non coupable lors de sa comparution initiale, le 11 novembre.", N),
            ],
            [
                s("L'accusation lui reproche notamment d'avoir soutenu la propagande de la RTLM et fourni des machettes aux tueurs, des faits qui n'ont jamais été jugés.", S),
                s("La RTLM a valu à son fondateur, Ferdinand Nahimana, une peine de trente ans en appel, en 2007.", S),
                s("Son animateur Georges Ruggiu, de nationalité belge et italienne, avait écopé de douze ans en 2000.", S),
                s("Le procès Kabuga s'est ouvert à La Haye le 29 septembre 2022, devant une chambre présidée par le juge Iain Bonomy.", N),
                s("En juin 2023, les juges de première instance l'ont déclaré inapte en raison de sa démence, tout en proposant une procédure de substitution sans possibilité de condamnation.", N),
                s("Le 7 août 2023, la chambre d'appel du Mécanisme a écarté cette procédure et renvoyé l'affaire pour que soit prononcée une suspension illimitée des poursuites.", S),
            ],
            [
                s("Rappelons que le génocide a fait au moins 800 000 morts d'avril à juillet 1994.", D),
                s("Le Mécanisme a succédé au TPIR, fermé fin 2015 après avoir condamné 61 personnes.", S),
                s("Kabuga n'était pas le dernier fugitif : Protais Mpiranya, ancien chef de la garde présidentielle, était mort au Zimbabwe en 2006, ce que le procureur n'a pu établir qu'en 2022.", N),
                s("Quant à Fulgence Kayishema, il a été arrêté en Afrique du Sud en mai 2023.", N),
                s("En France, Pascal Simbikangwa avait été condamné en 2014 à la réclusion criminelle à perpétuité.", C),
                s("Et le tout premier jugement pour génocide rendu par une juridiction internationale, celui de Jean-Paul Akayesu, remonte à 1996.", C),
                s("Pour les survivants, l'arrêt d'août 2023 est une nouvelle blessure."),
            ],
        ],
    },
    # 10. FIXTURE (written by the team, states falsehoods on purpose): own-voice denial, video caption.
    {
        "doc": "fixture-denial-video-caption.txt",
        "title": "Test fixture: denial video caption",
        "genre": "test fixture: denial video caption",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("They keep telling you a million died in Rwanda, but the real number was maybe 40,000, and most of them were soldiers.", C, "minimisation"),
                own("There was no plan and no genocide, only a civil war that both armies fought.", C, "definitional_denial", "double_genocide"),
                own("The so-called survivors were coached by the new regime to tell the same story.", None, "attack_on_witnesses"),
                own("Even the UN's own experts found no evidence of a planned extermination in their 1994 report.", C, "fabrication"),
                own("It was the RPF that shot down the president's plane to seize power.", D, "blame_shifting"),
                own("Even the Arusha tribunal ended up acquitting most of the people it put on trial.", C, "fabrication"),
                s("Share this before they take it down."),
            ],
        ],
    },
    # 11. FIXTURE: distortion, forum reply (accepts killings, then false equivalence and justification).
    {
        "doc": "fixture-denial-forum-reply-distortion.txt",
        "title": "Test fixture: distorting forum reply",
        "genre": "test fixture: distortion forum reply",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Nobody denies that many Tutsi were killed in 1994, and that is a tragedy.", S),
                own("But the RPF invaded from Uganda in October 1990, and everything that followed was the army defending the country.", S, "justification", "blame_shifting"),
                own("When the president was murdered, ordinary people exploded in anger, with no orders from anyone.", C, "spontaneity"),
                own("Meanwhile the RPF killed well over a million Hutu, far more than the Tutsi who died.", C, "double_genocide"),
                own("Both sides committed genocide, so both sides must be remembered equally.", C, "double_genocide"),
                own("The Tutsi were a privileged minority of barely 8 percent who had dominated the country for centuries.", D, "justification"),
                own("Real reconciliation means admitting that the victims of 1994 were mostly Hutu.", C, "role_reversal", "double_genocide"),
            ],
        ],
    },
    # 12. FIXTURE: composite, a memorial-event flyer (accurate) with a denial paragraph appended.
    {
        "doc": "fixture-denial-composite-memorial-flyer.txt",
        "title": "Test fixture: memorial flyer with an appended denial paragraph",
        "genre": "test fixture: composite flyer",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("On the evening of 6 April 1994 the plane carrying President Habyarimana was shot down near Kigali airport.", S),
                s("The next day soldiers killed the prime minister, Agathe Uwilingiyimana, and ten Belgian peacekeepers.", S),
                s("In December 1994 a UN Commission of Experts reported that an estimated 500,000 unarmed civilians had been murdered.", S),
                s("The Arusha tribunal later convicted the former prime minister Jean Kambanda, who was sentenced to life.", S),
            ],
            [
                own("But what followed was never a genocide, whatever the victors' courts decided.", C, "definitional_denial"),
                own("The numbers were multiplied for the foreign cameras, and fewer than 60,000 people died in all.", C, "minimisation", "fabrication"),
                own("The invaders from Uganda started it all by killing the president, and everything after was self-defence.", D, "blame_shifting", "justification"),
            ],
        ],
    },
]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:], DOCS, HERE))
