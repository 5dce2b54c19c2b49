"""Source of the TWENTY-SEVENTH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind27/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind27/build_set.py --check  # validate the files already written

Written on 2026-11-29 (session 24), to measure generalisation on unseen text: genres the earlier sets used
little or not at all (a wire-agency dispatch on a Paris appeal verdict, an encyclopedia-style entry on the ICTR
with a criticism section, an NGO press release on killings by RPA soldiers, a law firm's memorandum on
universal-jurisdiction trials, a book review quoting Kangura and RTLM in order to condemn them, museum exhibit
labels on UNAMIR, a school essay with honest errors, a French radio chronicle, a French court-reporting piece)
and three short fixtures (a social-media thread denying the genocide, an incitement-style voice message, an
obituary with a denial comment appended). Its author did not read the detectors, their rules, exemplars or
training data, the benchmark script or results, the tests, nor any earlier set's documents, labels, README or
build script (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling rules,
and the first 40 lines of check-blind5/build_set.py and check-blind5/README.md as templates). Verdicts were
decided against the record alone: examples/ (FACTS.md, README.md and the sample documents),
src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Keep it that way: do not copy
these sentences into rules, exemplars or training data, and do not tune against this set.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling rules, the invented names
and the sources of every true fact outside the record.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with


DOCS: list[dict] = [
    # 1. Wire-agency dispatch (invented agency and journalists) on a real appeal verdict in Paris.
    {
        "doc": "wire-dispatch-paris-appeal-verdict.txt",
        "title": "Paris appeal court upholds 14-year term for former Kibuye driver",
        "genre": "wire-agency dispatch",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("PARIS, Feb 27 (Torvane Press Agency) - A Paris appeal assize court on Friday upheld a 14-year prison sentence for Claude Muhayimana, a Franco-Rwandan former driver convicted of complicity in genocide and crimes against humanity in Rwanda in 1994.", S),
                s("The verdict confirms the sentence handed down at first instance in December 2021.", S),
            ],
            [
                s("Muhayimana had worked as a driver for a guest house in Kibuye, in western Rwanda, during the genocide against the Tutsi.", S),
                s("Prosecutors said he drove gendarmes and Interahamwe militiamen to massacre sites, among them the hills of Gitwa and Bisesero.", S),
                s("Muhayimana has maintained that he hid Tutsi in his own home and helped some of them escape by canoe to Zaire.", N),
                s("The appeal trial opened on Tuesday, Feb. 3.", N),
                s("Muhayimana, who obtained French nationality in 2010, was arrested in 2014 while working for the city of Rouen.", N),
            ],
            [
                s("BACKGROUND", None),
            ],
            [
                s("France held its first trial for the genocide in 2014, when Pascal Simbikangwa, a former intelligence officer, was sentenced to 25 years.", S),
                s("In July 2016 two former mayors of Kabarondo, Octavien Ngenzi and Tito Barahira, were sentenced to life imprisonment.", S),
                s("Laurent Bucyibaruta, the former prefect of Gikongoro, was sentenced to 20 years in 2022 but died before his appeal could be heard.", S),
                s("Sosthène Munyemana, a gynaecologist from Butare, had his sentence raised to 30 years on appeal in October 2025.", C),
                s("Philippe Hategekimana, a former gendarme, was acquitted on appeal in December 2024.", C),
            ],
            [
                s("The genocide began within hours of the shooting down of President Juvénal Habyarimana's plane near Kigali on the evening of April 6, 1994.", S),
                s("Who fired on the plane has never been established by a court, and France's highest court closed the French investigation in February 2022.", S),
                s("About 800,000 people were killed, according to a United Nations inquiry, while a Rwandan government census published in 2002 counted more than a million victims.", S),
                s("Most of the victims were Tutsi, who made up roughly 15 percent of the population before the genocide.", D),
                s("When the Rwandan Patriotic Front took the north-west in July 1994, about a million people fled into Zaire.", D),
            ],
            [
                s("(Reporting by Mireille Oduya-Lenz; editing by Karl Fennimore)", None),
            ],
        ],
    },
    # 2. Encyclopedia-style entry on the ICTR, with a criticism section (hard negative: 'victor's justice' mentioned,
    #    RPF crimes documented; no own-voice technique).
    {
        "doc": "encyclopedia-entry-ictr.txt",
        "title": "International Criminal Tribunal for Rwanda (ICTR)",
        "genre": "encyclopedia-style entry",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("International Criminal Tribunal for Rwanda", None),
            ],
            [
                s("The International Criminal Tribunal for Rwanda (ICTR) was a United Nations court established to prosecute genocide and other serious violations of international humanitarian law committed in Rwanda in 1994.", S),
                s("It was created by Security Council resolution 955 of 8 November 1994, adopted by thirteen votes to one, with one abstention.", S),
                s("Its jurisdiction covered crimes committed between 1 January and 31 December 1994, including those committed by Rwandan citizens in neighbouring states.", S),
                s("By resolution 977 of 22 February 1995 the Council fixed the Tribunal's seat at Arusha, Tanzania.", N),
                s("The Tribunal shared its chief prosecutor with the tribunal for the former Yugoslavia until August 2003, when the Security Council split the post and Hassan Jallow of the Gambia was appointed.", N),
            ],
            [
                s("Principal cases", None),
            ],
            [
                s("Its first trial opened in 1997, and its first judgment, against Jean-Paul Akayesu on 2 September 1998, was the first conviction for genocide by an international court.", S),
                s("Akayesu, the former bourgmestre of Taba commune, saw his life sentence reduced on appeal in June 2001.", C),
                s("Two days after the Akayesu judgment the Tribunal sentenced Jean Kambanda, prime minister of the interim government, to life imprisonment after a guilty plea.", S),
                s("In the so-called Media case, judgment was delivered on 3 December 2003 against Ferdinand Nahimana, Jean-Bosco Barayagwiza and Hassan Ngeze.", S),
                s("On appeal in November 2007 their sentences were fixed at 30, 32 and 35 years respectively.", S),
                s("Théoneste Bagosora, whom the prosecution called the mastermind of the genocide, was sentenced to life in December 2008, a term cut to 35 years on appeal in December 2011.", S),
                s("Protais Zigiranyirazo, a brother-in-law of President Habyarimana, was acquitted on appeal in November 2009.", S),
                s("The Butare trial of six accused, among them the former minister Pauline Nyiramasuhuko, ended on appeal on 14 December 2015 with her life sentence confirmed.", C),
            ],
            [
                s("Closure and residual functions", None),
            ],
            [
                s("The ICTR closed on 31 December 2015.", S),
                s("According to its key figures it indicted 93 individuals, of whom 61 were convicted and 14 acquitted.", S),
                s("A tally published by The Guardian in April 2014 put the number indicted at 92.", S),
                s("Its remaining functions passed to the International Residual Mechanism for Criminal Tribunals, created by resolution 1966 of 22 December 2010, whose Arusha branch began work on 1 July 2012.", N),
                s("Félicien Kabuga was arrested near Paris on 16 May 2020 after some 25 years as a fugitive.", N),
                s("In August 2023 the Mechanism's Appeals Chamber ordered an indefinite stay of the proceedings against him, as he had been found unfit to stand trial.", S),
            ],
            [
                s("Criticism", None),
            ],
            [
                s("The Tribunal has been criticised for its cost and slowness and, by some scholars, as a form of \"victor's justice\".", None),
                s("That critique rests on a documented fact: no member of the Rwandan Patriotic Front was ever indicted, although the UN Commission of Experts had recommended that violations attributed to the RPF be investigated.", S),
                s("Human Rights Watch wrote in December 2008 that the Tribunal had \"not prosecuted even one\" of the serious RPF crimes of 1994.", S),
                s("Experts working for UNHCR estimated that RPA soldiers killed between 25,000 and 45,000 people between April and August 1994.", S),
                s("In 2003 the Tribunal's outgoing prosecutor, Carla Del Ponte, accused the Rwandan government of seeking her removal after she tried to investigate killings by the Tutsi-led army.", N),
                s("These criticisms concern whom the Tribunal prosecuted, not whether the genocide against the Tutsi took place, which the Akayesu judgment itself found on the evidence before it.", S),
                s("The genocide the Tribunal was created to judge killed between 800,000 and one million people.", D),
            ],
        ],
    },
    # 3. NGO press release (invented NGO) on killings by RPA soldiers (hard negative: documents RPF/RPA crimes and
    #    rejects the 'double genocide' claim; no own-voice technique).
    {
        "doc": "ngo-press-release-rpa-killings.txt",
        "title": "Thirty years on, victims of RPA killings still wait for justice",
        "genre": "NGO press release",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("FOR IMMEDIATE RELEASE - Amanzi Accountability Network, 4 July 2024", None),
            ],
            [
                s("The Amanzi Accountability Network today asked the Rwandan authorities and the United Nations to reopen the files on civilians killed by soldiers of the Rwandan Patriotic Army (RPA) in 1994 and 1995.", None),
                s("Our request does not question the genocide against the Tutsi, which the UN Commission of Experts found in December 1994 to have been carried out in a concerted, planned, systematic and methodical way.", S),
                s("The same Commission found that individuals on both sides had committed crimes against humanity, but no evidence that the crimes of the Tutsi side were aimed at destroying the Hutu as a group.", S),
                s("Naming the victims of RPA soldiers does not turn the genocide into a \"double genocide\", and we reject that claim wherever it is made.", None),
            ],
            [
                s("What is documented", None),
            ],
            [
                s("Experts working for UNHCR, whose findings were never published as a report, estimated that RPA soldiers killed between 25,000 and 45,000 people between April and August 1994.", S),
                s("Human Rights Watch wrote in 1999 that RPF soldiers may have killed tens of thousands of civilians during the four months of combat.", S),
                s("A former Rwandan interior minister put the number killed by RPA soldiers between April 1994 and August 1995 at some 60,000.", S),
                s("By our reading of these sources, the figure for 1994 alone lies near 40,000.", D),
                s("According to Human Rights Watch, RPF soldiers massacred several hundred people in the Byumba stadium in mid-April 1994.", S),
                s("Amnesty International reported in October 1994 that the RPA's violations included hundreds of deliberate executions.", S),
                s("Near Kabgayi in June 1994, RPF soldiers killed fifteen civilians, thirteen of them clergy, among them the Archbishop of Kigali.", S),
                s("At the Kibeho camp on 22 April 1995, RPA soldiers killed about 2,000 displaced people.", D),
                s("Médecins Sans Frontières put the camp's population at some 110,000 that month.", S),
            ],
            [
                s("What has been done", None),
            ],
            [
                s("In October 2008 a military court in Kigali convicted two captains for the Kabgayi killings and acquitted a general and a major.", S),
                s("The two captains were sentenced to life imprisonment.", C),
                s("The Rwandan military said in 2008 that it had prosecuted 43 soldiers since 1994 for war crimes and revenge killings.", S),
                s("The ICTR indicted several RPF officers before it closed in 2015.", C),
                s("In 2003 the ICTR's then prosecutor, Carla Del Ponte, said the Rwandan government had sought her removal after she tried to investigate such killings.", N),
                s("The gacaca courts, which tried 1,958,634 cases before closing in June 2012, were barred from hearing crimes committed by RPF soldiers.", S),
                s("UNAMIR's mandate ended on 8 March 1996.", N),
            ],
            [
                s("We ask for three things: a public archive of the UNHCR team's findings, trials that meet fair-trial standards, and a register naming every civilian victim.", None),
                s("Press contact: communications desk, Amanzi Accountability Network.", None),
            ],
        ],
    },
    # 4. Law firm's memorandum (invented firm and foundation) on universal-jurisdiction trials.
    {
        "doc": "legal-memo-universal-jurisdiction.txt",
        "title": "Memorandum: national trials abroad for crimes committed in Rwanda in 1994",
        "genre": "legal memorandum on universal-jurisdiction trials",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("PRIVILEGED AND CONFIDENTIAL - MEMORANDUM", None),
            ],
            [
                s("To: Board of the Sandbeck Foundation for International Justice.", None),
            ],
            [
                s("From: Halloran Ekwueme & Vasseur LLP, international criminal law group, 12 March 2026.", None),
            ],
            [
                s("Question presented: which national courts outside Rwanda have tried persons accused of crimes committed in Rwanda in 1994, and with what results?", None),
            ],
            [
                s("1. Belgium.", None),
            ],
            [
                s("Belgium's law of 16 June 1993 on grave breaches of the Geneva Conventions allowed its courts to try foreigners for crimes committed abroad.", N),
                s("On 8 June 2001 a Brussels assize jury convicted four Rwandans from Butare, among them two Benedictine nuns of the Sovu convent, and imposed sentences of 12 to 20 years.", S),
                s("The law was substantially rewritten in August 2003, after which the accused generally had to be Belgian or resident in Belgium, unless the victims were Belgian.", N),
                s("Major Bernard Ntuyahaga was tried in Brussels in 2007 and sentenced to 20 years, though he was acquitted of the murder of Prime Minister Agathe Uwilingiyimana.", S),
                s("Fabien Neretse became in December 2019 the first person convicted of genocide by a Belgian court, with a sentence of 30 years.", C),
                s("In December 2023 Séraphin Twahirwa was sentenced to life imprisonment, while his co-accused Pierre Basabose was acquitted.", C),
            ],
            [
                s("2. Other European and Canadian courts.", None),
            ],
            [
                s("In Switzerland, a military appeal tribunal reduced Fulgence Niyonteze's life sentence to 14 years in May 2000, keeping only the war-crimes counts.", S),
                s("On 22 May 2009 the Superior Court of Quebec found Désiré Munyaneza guilty of genocide, crimes against humanity and war crimes, and he was later sentenced to life.", S),
                s("In the Netherlands, the Court of Appeal of The Hague raised Joseph Mpambara's sentence from 20 years to life in July 2011, adding war-crimes convictions for the massacre at the Mugonero church complex.", S),
                s("Yvonne Basebya was convicted of genocide in The Hague in 2013 and sentenced to life.", C),
                s("A Finnish district court sentenced the Baptist pastor François Bazaramba to 20 years in June 2010.", C),
                s("In Germany, Onesphore Rwabukombe was first convicted of aiding and abetting genocide; after the Federal Court of Justice partly quashed that judgment, he was convicted as a perpetrator and sentenced to life in December 2015.", S),
                s("The Oslo District Court sentenced Sadi Bugingo to 21 years in February 2013 for complicity in the killing of at least 2,000 Tutsi.", S),
                s("Stanislas Mbanenande was sentenced to life in Stockholm in June 2013, and the judgment was upheld on appeal a year later.", S),
            ],
            [
                s("3. France.", None),
            ],
            [
                s("The first French trial ended in March 2014 with a 25-year sentence for Pascal Simbikangwa, confirmed on appeal in December 2016.", S),
                s("In October 2018 the Paris vice-prosecutor heading the crimes-against-humanity unit said it had by then completed four assize trials concerning the genocide against the Tutsi.", N),
            ],
            [
                s("4. Observations.", None),
            ],
            [
                s("First, sentences range from under seven years to life imprisonment.", S),
                s("Second, appellate review matters: in several cases the appeal court changed the legal characterisation of the facts more than the outcome.", None),
                s("Third, every defendant in these proceedings was accused of crimes committed on the side of the genocidal government and its militias; none was a member of the RPF.", S),
                s("The ICTR, for its part, indicted 93 persons before it closed at the end of 2015.", S),
                s("The genocide these courts judged claimed some 800,000 lives in about a hundred days.", D),
            ],
        ],
    },
    # 5. Book review (invented book, author, publisher and reviewer) quoting Kangura and RTLM to condemn them
    #    (hard negative: the hate speech is quoted, voice 'reported').
    {
        "doc": "book-review-hate-media.txt",
        "title": "Review: Voices That Killed: Print and Radio before the Hundred Days",
        "genre": "book review",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Marguerite Oyelaran-Voss, Voices That Killed: Print and Radio before the Hundred Days (Halden & Pryce, 2025), 312 pages.", None),
                s("Reviewed by Tomasz Brandvold.", None),
            ],
            [
                s("Oyelaran-Voss has written the most careful account yet of how the newspaper Kangura and the radio station RTLM taught Rwandans to see their Tutsi neighbours as enemies.", None),
                s("She begins in May 1990, when Hassan Ngeze launched Kangura.", N),
                s("Her second chapter reads the December 1990 issue that printed the so-called Ten Commandments of the Bahutu.", N),
                rep("She quotes its preamble, which called the Batutsi \"bloodthirsty and power-hungry\", and its eighth commandment: \"Hutus must cease having pity for the Tutsi.\"", N, "dehumanisation", "accusation_in_mirror", "call_to_action"),
                s("The paper addressed a country in which Tutsi were roughly 15 percent of the population.", D),
                s("She is right to insist that such words were not decoration but the grammar of what followed.", None),
            ],
            [
                s("RTLM went on the air on 8 July 1993, less than a month before the Arusha agreement was signed.", N),
                rep("The book transcribes a broadcast of late May 1994 in which Kantano Habimana told young men at a roadblock to guard the gutter \"so that tomorrow no cockroach gets through\".", N, "dehumanisation", "call_to_action"),
                rep("Other broadcasts she cites told listeners that the enemy was preparing to exterminate the Hutu, the old device of accusing the victims of one's own intent.", None, "accusation_in_mirror"),
                s("Calling people cockroaches is the step that makes their murder thinkable, and Oyelaran-Voss traces that word from cartoons to roadblocks with great care.", None),
                s("She also analyses at length Léon Mugesera's speech at Kabaya on 22 November 1992.", N),
            ],
            [
                s("The last chapters follow the Media case at the ICTR, where the trial chamber convicted Ferdinand Nahimana, Jean-Bosco Barayagwiza and Hassan Ngeze on 3 December 2003.", S),
                s("The Appeals Chamber reversed several convictions in 2007, but kept Nahimana's for incitement and persecution as a superior, for RTLM broadcasts made after 6 April 1994.", S),
                s("Oyelaran-Voss reminds readers that Ngeze's life sentence was upheld on appeal.", C),
                s("Georges Ruggiu, the station's Belgian-Italian presenter, pleaded guilty and was sentenced to 12 years in June 2000.", S),
                s("Joseph Serugendo, RTLM's technical director, received 15 years after pleading guilty.", C),
                s("The singer Simon Bikindi was convicted of incitement for exhorting people to kill Tutsi on a road in Gisenyi in late June 1994, and sentenced to 15 years.", S),
                s("Mugesera was sentenced to life imprisonment in Rwanda in April 2016, and his appeal was dismissed in 2020.", S),
            ],
            [
                s("My reservations are minor.", None),
                s("The chapter on numbers gives a single national death toll without noting that published estimates range from about half a million to more than a million.", S),
                s("The index is thin, and the maps are hard to read.", None),
                s("Still, anyone who teaches the genocide against the Tutsi should read this book.", None),
            ],
        ],
    },
    # 6. Museum exhibit labels (invented museum) on UNAMIR and the international response.
    {
        "doc": "museum-exhibit-labels-unamir.txt",
        "title": "Exhibition labels: Blue Helmets in Rwanda, 1993-1996",
        "genre": "museum exhibit labels",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Halvorsen Quay Museum of Peacekeeping - Gallery 3: Blue Helmets in Rwanda, 1993-1996", None),
            ],
            [
                s("Room 1. A peace to keep.", None),
            ],
            [
                s("The Arusha agreement, signed on 4 August 1993, provided for a broad-based transitional government and a single army formed from both forces.", S),
                s("The UN Security Council created the United Nations Assistance Mission for Rwanda (UNAMIR) by resolution 872 on 5 October 1993 to help carry it out.", S),
                s("Its authorised strength was 5,000 personnel.", C),
                s("The Canadian general Roméo Dallaire commanded the force from October 1993 until August 1994.", S),
            ],
            [
                s("Room 2. Warnings.", None),
            ],
            [
                s("Before the genocide, an informant known as \"Jean-Pierre\" told UNAMIR of a plan to kill Belgian soldiers and of hidden stocks of weapons.", S),
                s("Dallaire later testified that a confidential message from UN headquarters told him he had no authority to act on this information.", S),
            ],
            [
                s("Room 3. 7 April 1994.", None),
            ],
            [
                s("On 7 April, ten Belgian peacekeepers assigned to protect Prime Minister Agathe Uwilingiyimana were disarmed, taken to a military camp in Kigali and killed.", S),
                s("On 21 April the Security Council cut UNAMIR to about 270 personnel.", S),
                s("That resolution, number 912, was adopted by a narrow majority.", C),
                s("On 17 May resolution 918 reversed course, imposing an arms embargo and authorising an expanded force of 5,500.", S),
            ],
            [
                s("Room 4. Turquoise and the end of the war.", None),
            ],
            [
                s("On 22 June 1994 resolution 929 authorised a French-led operation, Opération Turquoise, by ten votes with five abstentions.", S),
                s("The RPF took Kigali on 4 July 1994.", S),
                s("The next day the French force, some 2,500 soldiers, declared a safe humanitarian zone in the south-west.", S),
                s("RPF troops reached Gisenyi on 18 July, and a new government took office in Kigali the following day.", D),
                s("In the exodus that followed, between 500,000 and 800,000 people crossed into Zaire.", D),
                s("The last French troops left the zone on 21 August and were replaced by about 2,400 African UNAMIR soldiers.", S),
                s("Dallaire handed over his command in October 1994.", C),
            ],
            [
                s("Room 5. After the genocide.", None),
            ],
            [
                s("By January 1995 UNAMIR numbered 5,740 troops.", S),
                s("At Kibeho on 22 April 1995, Australian soldiers serving with UNAMIR saw RPA troops fire on displaced people; they estimated that at least 4,000 were killed.", S),
                s("The Council extended the mission for a final period, and its mandate ended on 8 March 1996.", N),
                s("In its 1999 report, the UN's Independent Inquiry said that approximately 800,000 people had been killed in about 100 days.", S),
                s("Dallaire's memoir, Shake Hands with the Devil, won the Governor General's Literary Award for non-fiction in 2004.", N),
                s("In September 2023 UNESCO inscribed four genocide memorial sites in Rwanda, Nyamata, Murambi, Gisozi and Bisesero, on its World Heritage List.", N),
            ],
        ],
    },
    # 7. School essay (invented pupil and school) with honest errors.
    {
        "doc": "school-essay-world-response.txt",
        "title": "How did the world respond to the genocide in Rwanda? (Year 10 history essay)",
        "genre": "school essay with honest errors",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("How did the world respond to the genocide in Rwanda?", None),
            ],
            [
                s("Jamie R., Year 10, Ashcombe Vale Academy", None),
            ],
            [
                s("In 1994 a genocide was committed against the Tutsi in Rwanda, a small country in central Africa.", S),
                s("Hutu who opposed the killing were murdered too.", S),
                s("It started after the plane of President Habyarimana was shot down on 6 April 1994.", S),
                s("The president of Burundi was also on the plane and died.", S),
                s("The killing went on for about 100 days until the RPF defeated the government army in July.", S),
                s("Around one million people died.", D),
            ],
            [
                s("Before the genocide the UN had sent a peacekeeping mission called UNAMIR, led by the Canadian general Roméo Dallaire.", S),
                s("It was there because of the Arusha Accords, a peace deal between the government and the RPF signed in 1992.", C),
                s("Ten Belgian peacekeepers were killed on 7 April.", S),
                s("Then the UN took most of its soldiers out and left only about 270.", S),
                s("In June it changed its mind and voted for 5,500 troops and an arms embargo.", C),
                s("France sent soldiers in Operation Turquoise, which is what stopped the genocide.", C),
                s("Actually the RPF captured Kigali on 4 July, so I think they did more.", S),
                s("Afterwards around 50,000 refugees died in the camps near Goma in the first month.", D),
            ],
            [
                s("After the genocide the UN set up a court in Tanzania called the ICTR in 1995.", C),
                s("The first person it found guilty of genocide was Jean-Paul Akayesu, a mayor, in 1998, and he got life in prison.", S),
                s("The court also said that rape could be an act of genocide, which was a first.", S),
                s("In Rwanda there were also community courts called gacaca, which tried nearly two million cases before they closed in 2012.", S),
                s("The word gacaca comes from the Kinyarwanda word for grass.", S),
            ],
            [
                s("In my opinion the world responded too late.", None),
                s("The UN even had an independent inquiry into its own actions, which reported in December 1999.", S),
                s("Now 7 April is a UN day of reflection on the genocide against the Tutsi.", N),
                s("I think everyone should learn about it so that it never happens again.", None),
            ],
        ],
    },
    # 8. French radio chronicle (invented station and presenter) on the attack on the plane and the French inquiry.
    {
        "doc": "fr-chronique-radio-attentat.txt",
        "title": "Chronique internationale : l'avion, les juges et la vérité",
        "genre": "chronique radio (French radio chronicle)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Radio Confluences, lundi 7 avril 2025, 7 h 50 - la chronique internationale d'Hélène Morvan-Diallo.", None),
            ],
            [
                s("Bonjour à toutes et à tous.", None),
                s("Nous sommes le 7 avril, journée internationale de réflexion sur le génocide des Tutsi, instituée par l'Assemblée générale des Nations unies en décembre 2003.", N),
                s("Le 6 avril 1994 au soir, l'avion du président Juvénal Habyarimana est abattu à l'approche de l'aéroport de Kigali.", S),
                s("À bord se trouvaient aussi le président burundais Cyprien Ntaryamira et trois membres d'équipage français.", S),
                s("Le lendemain, la Première ministre Agathe Uwilingiyimana est assassinée, ainsi que les dix Casques bleus belges chargés de la protéger.", S),
                s("Le génocide des Tutsi fera environ un million de morts en une centaine de jours.", D),
            ],
            [
                s("Alors, qui a tiré ?", None),
            ],
            [
                s("La justice française a été saisie en 1998 par les familles de l'équipage.", S),
                s("En novembre 2006, le juge Jean-Louis Bruguière a délivré neuf mandats d'arrêt contre des proches de Paul Kagame, et Kigali a aussitôt rompu ses relations diplomatiques avec Paris.", S),
                s("En janvier 2010, le rapport de la commission rwandaise présidée par Jean Mutsinzi a au contraire désigné des extrémistes hutu tirant depuis le camp militaire de Kanombe ou ses abords.", S),
                s("En janvier 2012, le rapport d'experts remis aux juges Marc Trévidic et Nathalie Poux situait la zone de tir vers Kanombe.", S),
                s("Les juges ont pourtant rendu un non-lieu en décembre 2018, faute de charges suffisantes.", S),
                s("La cour d'appel de Paris l'a confirmé le 3 juillet 2020, et la Cour de cassation a renvoyé l'affaire devant une cour d'assises en février 2022.", C),
                s("Pour ma part, je tiens que ce sont bien des extrémistes hutu qui ont abattu l'avion.", D),
                s("Mais au fond, l'essentiel est ailleurs : le génocide n'a pas été une colère spontanée, puisque la commission d'experts de l'ONU l'a décrit dès décembre 1994 comme concerté, planifié, systématique et méthodique.", S),
            ],
            [
                s("Reste le rôle de la France.", None),
            ],
            [
                s("Le rapport de la commission présidée par Vincent Duclert, remis le 26 mars 2021, a conclu à des « responsabilités lourdes et accablantes ».", S),
                s("Il a aussi conclu à une complicité de la France au sens juridique.", C),
                s("Le 27 mai 2021, au mémorial de Gisozi où reposent plus de 250 000 victimes, Emmanuel Macron est venu « reconnaître les responsabilités » de la France.", N),
                s("Il a toutefois affirmé que la France n'avait pas été complice.", N),
                s("Les relations diplomatiques, elles, avaient été rétablies dès le 29 novembre 2009.", S),
                s("C'était la chronique internationale, belle journée à vous.", None),
            ],
        ],
    },
    # 9. French court-reporting piece (invented outlet and reporter) on a real appeal verdict in Paris (hard negative:
    #    the defence's arguments, which resemble denial, are reported, not endorsed).
    {
        "doc": "fr-chronique-judiciaire-munyemana.txt",
        "title": "Cour d'assises d'appel : le médecin de Tumba de nouveau condamné à 24 ans",
        "genre": "chronique judiciaire (French court reporting)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("L'Écho du Palais - Paris, 24 octobre 2025.", None),
            ],
            [
                s("La cour d'assises d'appel de Paris a condamné jeudi Sosthène Munyemana à 24 ans de réclusion criminelle pour génocide, crimes contre l'humanité et complicité de génocide.", S),
                s("La peine prononcée en première instance, en décembre 2023, est ainsi confirmée.", S),
                s("La période de sûreté passe en revanche de huit à douze ans.", S),
                s("Ancien gynécologue à l'hôpital universitaire de Butare, l'accusé était jugé pour son rôle à Tumba entre avril et juin 1994.", S),
                s("Selon l'accusation, des Tutsi y étaient enfermés dans le bureau de secteur avant d'être emmenés et tués.", S),
                s("Arrivé en France à la fin de 1994, il s'était installé à Talence, près de Bordeaux.", N),
                s("La première plainte contre lui avait été déposée le 18 octobre 1995.", N),
                s("Au Rwanda, des juridictions gacaca l'avaient condamné par contumace.", N),
            ],
            [
                s("Le médecin a toujours soutenu que ce bureau de secteur était « un refuge » pour les personnes qui n'avaient nulle part où se cacher.", N),
                s("En première instance, sa défense avait plaidé le contexte de 1994 et les « dilemmes vitaux » auxquels chacun était alors confronté.", N),
                rep("Sur les réseaux, revient pourtant la vieille antienne selon laquelle « c'était la guerre » et les tueries n'auraient été que l'œuvre de foules incontrôlées.", None, "spontaneity", "definitional_denial"),
                rep("D'autres vont jusqu'à traiter les rescapés qui ont témoigné de menteurs récitant des « histoires apprises ».", None, "attack_on_witnesses"),
                s("Ces discours ignorent que la commission d'experts de l'ONU avait conclu dès décembre 1994 à un génocide concerté, planifié, systématique et méthodique.", S),
            ],
            [
                s("Avant lui, la justice française avait condamné Pascal Simbikangwa à 25 ans en 2014, puis Octavien Ngenzi et Tito Barahira à la réclusion à perpétuité en 2016.", S),
                s("Laurent Bucyibaruta, ancien préfet de Gikongoro, condamné à 20 ans en 2022, a été acquitté en appel en 2024.", C),
                s("Philippe Hategekimana, ancien gendarme à Nyanza, a vu sa condamnation à perpétuité confirmée en appel en décembre 2024.", S),
                s("Claude Muhayimana, ancien chauffeur à Kibuye, avait été condamné à 14 ans en 2021.", S),
                s("Dans la préfecture de Butare, environ 75 % de la population tutsi a péri, selon les chercheurs de Human Rights Watch.", S),
                s("Le génocide, qui a fait près d'un million de morts, a duré une centaine de jours.", D),
            ],
        ],
    },
    # 10. FIXTURE: social-media thread with own-voice denial (invented usernames).
    {
        "doc": "fixture-denial-social-thread.txt",
        "title": "Thread: Rwanda 1994, what they don't tell you",
        "genre": "social-media thread (denial fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("hillside_owl_7741: Every April we get the same official story, so here is what they leave out.", None),
            ],
            [
                own("hillside_owl_7741: There was no genocide, just a civil war in which both sides killed.", C, "definitional_denial", "double_genocide"),
            ],
            [
                own("hillside_owl_7741: The UN's own commission of experts said in 1994 that both sides committed genocide.", C, "fabrication", "double_genocide"),
            ],
            [
                own("hillside_owl_7741: The famous numbers are inflated: no more than 100,000 Tutsi died.", C, "minimisation"),
            ],
            [
                s("marsh_reader_02: Source?", None),
            ],
            [
                own("hillside_owl_7741: The UNHCR's own experts counted 25,000 to 45,000 people killed by the RPA, which proves there were two genocides.", S, "double_genocide"),
            ],
            [
                own("hillside_owl_7741: The war only started because the RPF invaded from Uganda on 1 October 1990.", S, "blame_shifting"),
            ],
            [
                own("hillside_owl_7741: And the RPF shot down Habyarimana's plane, so they started the killing too.", D, "blame_shifting"),
            ],
            [
                own("hillside_owl_7741: What followed was a spontaneous explosion of grief and anger, not a plan.", C, "spontaneity"),
            ],
            [
                s("marsh_reader_02: Wasn't Akayesu convicted of genocide at the ICTR?", None),
            ],
            [
                own("hillside_owl_7741: The ICTR acquitted most of the people it tried, because the witnesses were coached and paid.", C, "attack_on_witnesses"),
            ],
            [
                own("hillside_owl_7741: Akayesu's conviction was overturned on appeal anyway.", C, "fabrication"),
            ],
            [
                own("kivu_lakeside: Those survivors on TV are actors reading scripts.", None, "attack_on_witnesses"),
            ],
            [
                own("hillside_owl_7741: Exactly, and the Hutu were only defending themselves against an invading army.", None, "justification", "role_reversal"),
            ],
            [
                s("hillside_owl_7741: Share this before it gets deleted.", None),
            ],
        ],
    },
    # 11. FIXTURE: incitement-style voice message (speaker and group invented).
    {
        "doc": "fixture-incitement-voice-message.txt",
        "title": "Transcript of a voice message shared in a closed group",
        "genre": "incitement-style voice message (incitement fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Transcript of a voice message, speaker unidentified, shared in a closed group.", None),
            ],
            [
                s("Brothers, listen carefully, because the radio will not tell you this.", None),
                own("The cockroaches have crept back into our hills, and they multiply like rats in a granary.", None, "dehumanisation"),
                own("They are preparing to exterminate us, as they have always planned to do.", None, "accusation_in_mirror"),
                own("In 1994 it was they who shot down our president's plane, and it was they who started the killing.", D, "blame_shifting", "accusation_in_mirror"),
                own("No UN commission ever found a plan against them; that story is their invention.", C, "fabrication"),
                own("Whatever our fathers did then was self-defence, and it will be self-defence again.", None, "justification"),
            ],
            [
                own("So do not wait for soldiers to protect you.", None, "call_to_action"),
                own("Sharpen your tools, watch every path at night, and clear the bush before the snakes can bite.", None, "call_to_action", "dehumanisation"),
                own("Whoever hides one of them is a traitor and will be treated as one.", None, "call_to_action"),
                own("This time there must be no one left to tell the story.", None, "call_to_action"),
                s("Pass this message only to people you trust.", None),
            ],
        ],
    },
    # 12. FIXTURE: obituary of an invented demographer with a denial comment appended (composite).
    {
        "doc": "fixture-denial-composite-obituary.txt",
        "title": "Obituary: Halldis Ravnsborg, demographer of the Rwandan death toll (1951-2026)",
        "genre": "obituary with appended reader comment (composite denial fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Obituary: Halldis Ravnsborg, demographer of the Rwandan death toll (1951-2026)", None),
            ],
            [
                s("Halldis Ravnsborg, who spent three decades working out how many people were killed in Rwanda in 1994, has died aged 75.", None),
                s("Her starting point was the 1991 census, which recorded Tutsi as 8.4 percent of the population.", S),
                s("She often cited the demographer William Seltzer's estimate that about 657,000 Tutsi were living in Rwanda on 6 April 1994.", S),
                s("From that base Human Rights Watch calculated in 1999 that some 507,000 Tutsi had been killed, about 77 percent of those registered as Tutsi.", S),
                s("She admired Marijke Verpoorten's study of Gikongoro, which found that a Tutsi there had on average a 25 percent chance of surviving.", S),
                s("She thought the government's count of 1,074,017 victims too precise, yet never doubted that a genocide had been planned and carried out against the Tutsi.", S),
                s("She also insisted that civilians killed by RPA soldiers, between 25,000 and 45,000 by the estimate of experts working for UNHCR, be counted separately.", S),
            ],
            [
                own("comment from reader ndugu_truthful: rest in peace but her numbers were part of the hoax", None, "fabrication"),
            ],
            [
                own("The so-called genocide was a war in which the Tutsi rebels killed as many Hutu as the other way round.", C, "definitional_denial", "double_genocide"),
                own("Fewer than 200,000 people died in total, and most of them were Hutu.", C, "minimisation"),
                own("The RPF invaded on 1 October 1990 and provoked everything that followed.", S, "blame_shifting"),
                own("The RPF also shot down the plane, as Judge Bruguière showed in 2006.", D, "blame_shifting"),
                own("The ICTR only convicted the people Kigali wanted convicted, with witnesses coached by the regime.", None, "attack_on_witnesses"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
