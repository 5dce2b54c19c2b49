"""Source of the EIGHTH BLIND labelled set for `factfinder check`: a HELD-OUT EVALUATION set.

    python benchmarks/data/check-blind8/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind8/build_set.py --check  # validate the files already written

HELD-OUT EVALUATION SET, WRITTEN BLIND. Score it in aggregate only (benchmarks/check.py --labels ...): the checker's
authors must not read its documents, its labels or its per-sentence errors, and must not copy its sentences into
rules, exemplars or training data, nor tune against it. Once its errors have been read it stops measuring unseen
text and must be marked as development data in README.md.

Its author did not read the checker (src/factfinder/check/, except the TECHNIQUES list in model.py), its data
(src/factfinder/data/check/), the benchmark script or results, the tests, nor any other labelled set's documents or
labels. The author read only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md (labelling rules), the
first 40 lines of check-blind5/build_set.py and check-blind5/README.md (as templates), and the record itself:
examples/ (FACTS.md, the chronology, the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml
with its README, and src/factfinder/data/proceedings/rwanda1994_proceedings.csv. Verdicts were decided against that
record alone; every fact outside it was checked with the project's search tool (README.md gives page and quotation).

Genres: a wire story on a Belgian verdict, an academic blog post on counting the dead, a UN-history explainer on
UNAMIR, a human-rights report excerpt on RPA killings and Kibeho, a law-school seminar paper on ICTR selectivity, a
school memorial-day speech, a French regional press article on an appeal trial in Paris, a French fiche
pedagogique, a refutation of denial talking points, and three fixtures written by the team (a radio phone-in
composite, a "both sides" column, a French conspiracy post). Outlets, authors, callers and the teacher are invented.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and a voice per
sentence): see ../labelled_set.py. README.md gives the labelling rules and the sources of every true fact.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with


DOCS: list[dict] = [
    # 1. Wire story on a trial (invented agency "Meridian"). Hard negative: the defence's challenge to the evidence
    #    is a procedural argument, not a denial technique.
    {
        "doc": "wire-belgium-twahirwa-verdict.txt",
        "title": "Belgian jury jails Rwandan militia leader for life, orders co-accused financier interned",
        "genre": "news agency wire story (trial)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Belgian jury jails Rwandan militia leader for life, orders co-accused financier interned")],
            [s("BRUSSELS, Dec 22 (Meridian) - A Belgian court on Friday sentenced Séraphin Twahirwa, a former "
               "militia leader in Kigali, to life in prison for genocide and war crimes committed in Rwanda in 1994.", S),
             s("The same court ordered the psychiatric internment of his co-accused, businessman Pierre Basabose, "
               "after finding that dementia had impaired his judgment.", S)],
            [s("The jury of the Brussels assize court had found both men guilty of genocide and war crimes on "
               "Tuesday.", S),
             s("Jurors held that Twahirwa led an Interahamwe militia in the Gikondo district of the capital and "
               "took part in killings and rapes there between April and July 1994.", S),
             s("They also found he was one of the organisers of the attack on the École Technique Officielle (ETO) "
               "Don Bosco in Kigali on April 11, 1994.", S),
             s("According to the verdict, he wiped out 13 entire families, tried to kill 11 other people and raped "
               "11 Tutsi women.", N),
             s("Basabose was convicted as the financier and quartermaster of the Gikondo militia and had been a "
               "shareholder of the hate radio RTLM.", S)],
            [s("Twahirwa, 66, had attended the trial as a free man under electronic monitoring and was taken into "
               "custody once the sentence was read.", N),
             s("The trial opened on Oct 9 and was the sixth held in Belgium over the genocide against the Tutsi.", N),
             s("Both men had been arrested in Belgium in September 2020.", N),
             s("Their lawyers said they would take the case to the Court of Cassation.", N),
             s("During the hearings Twahirwa's lawyer, Vincent Lurquin, questioned the reliability of the testimony, "
               "arguing that the file had been built by Rwandan courts from 2003 and never properly re-investigated "
               "in Belgium.", N),
             s("Michèle Hirsch, who represented several civil parties, said it was the first time a jury had truly "
               "examined the systematic character of mass rape in a genocide.", N)],
            [s("In 2001 a Brussels jury convicted four Rwandans, among them two Benedictine nuns from the Sovu "
               "convent.", S),
             s("In 2019 the same court sentenced former civil servant Fabien Neretse to 30 years in what was the "
               "first conviction for genocide itself in Belgium.", C),
             s("A former army major, Bernard Ntuyahaga, was jailed for 20 years in 2007 over the killing of ten "
               "Belgian peacekeepers at Camp Kigali on April 7, 1994.", S),
             s("The massacres began after President Juvenal Habyarimana's plane was shot down over Kigali on the "
               "night of April 7.", C),
             s("The genocide killed at least 800,000 people, most of them Tutsi, in about 100 days.", D)],
        ],
    },
    # 2. Academic blog post on the numbers (invented blogger). Hard negative: one scholarly low estimate is
    #    reported (minimisation, reported voice) and then placed against the record.
    {
        "doc": "blog-counting-the-dead.txt",
        "title": "How do we know how many died? Notes on counting the 1994 genocide",
        "genre": "academic blog post",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("How do we know how many died? Notes on counting the 1994 genocide")],
            [s("Every April somebody asks me for 'the number', and every April I disappoint them."),
             s("There is no single figure for the genocide against the Tutsi, only a family of estimates built on "
               "different sources, periods and definitions."),
             s("The UN Commission of Experts wrote in December 1994 of roughly half a million unarmed civilians "
               "murdered, and warned that this might be on the conservative side.", S)],
            [s("The most careful early reconstruction is the one Alison Des Forges led for Human Rights Watch and "
               "FIDH, published in March 1999.", S),
             s("Her team started from the 1991 census, which registered Tutsi as 8.4 per cent of the population, and "
               "from William Seltzer's projection of about 657,000 Tutsi living in Rwanda on 6 April 1994.", S),
             s("Subtracting some 150,000 survivors left roughly 507,000 Tutsi dead, about 77 per cent of those "
               "registered.", S),
             s("HRW's headline conclusion was therefore 'at least 800,000 killed', a phrase that still circulates "
               "in textbooks.", C),
             s("Other observers have put the Tutsi share of the population as high as 15 per cent on the eve of the "
               "genocide.", D),
             s("My own reading is that Tutsi were closer to one Rwandan in seven than one in twelve.", D)],
            [s("The government's census of victims, carried out in July 2000, reached 1,074,017 dead for the period "
               "from October 1990 to the end of 1994.", S),
             s("A second count, announced by the Ministry of Youth, Culture and Sports in 2008, listed 937,000 "
               "victims whose names, ages and places of birth could be established.", C)],
            [s("In 2015 Marijke Verpoorten compared the census with local registers in Gikongoro and found that "
               "Tutsi there had on average only a one-in-four chance of surviving.", C),
             s("Her more recent estimate puts Tutsi deaths at between 560,000 and 660,000.", S),
             s("Luc Reydams, by contrast, argued in 2020 that the official toll roughly doubles the number of "
               "genocide victims.", S),
             rep("At the low end, the GenoDynamics project of Christian Davenport and Allan Stam produced a "
                 "scenario with only about 200,000 Tutsi deaths, starting from the colonial census of 1958.", N,
                 "minimisation"),
             s("When their work featured in a BBC documentary, Rwanda's Untold Story, the Rwandan parliament "
               "answered with a resolution calling on the government to ban the BBC.", N),
             s("I find it very hard to square that figure with the 1991 census.")],
            [s("Scott Straus, working from field interviews, arrived at a perpetrator population of around 200,000 "
               "Rwandans, far below the three million some officials had claimed.", N),
             s("Rape is the hardest number of all, and I would say that somewhere between 250,000 and 500,000 women "
               "and girls were raped.", D),
             s("By the end of 1994 some 95,000 children had lost their parents.", D),
             s("If you press me for a total, I will say that between 500,000 and 800,000 people were killed, the "
               "great majority of them Tutsi.", D)],
            [s("None of this uncertainty makes the genocide any less documented; it only means that honest writers "
               "should say which count they are using, and why.")],
        ],
    },
    # 3. UN-history explainer on the withdrawal of UNAMIR (invented newsletter).
    {
        "doc": "explainer-unamir-withdrawal.txt",
        "title": "Explainer: how the UN shrank its Rwanda force in the middle of a genocide",
        "genre": "UN-history explainer",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Explainer: how the UN shrank its Rwanda force in the middle of a genocide")],
            [s("The United Nations Assistance Mission for Rwanda, UNAMIR, was set up by Security Council resolution "
               "872 on 5 October 1993 to help carry out the Arusha peace agreement.", S),
             s("It had an authorised strength of 2,500, and its force commander was the Canadian general Roméo "
               "Dallaire, who led it from October 1993 until August 1994.", S),
             s("Belgium's contingent, about 420 soldiers, was regarded as pivotal to the force.", N)],
            [s("On 7 April 1994, the day after President Habyarimana's plane was shot down, Rwandan soldiers killed "
               "Prime Minister Agathe Uwilingiyimana and the ten Belgian peacekeepers sent to guard her.", S),
             s("A week later, on 14 April, Belgian foreign minister Willy Claes announced that Belgium would pull "
               "its contingent out whatever the Security Council decided.", N),
             s("\"We do not believe that the presence of the blue helmets in the current situation makes any sense,\" "
               "he told reporters in Brussels.", N),
             s("On 21 April the Council cut UNAMIR to about 270 personnel with resolution 912.", S),
             s("The vote was not unanimous: three members abstained.", C)],
            [s("By mid-May the mood had shifted, and resolution 925 of 17 May imposed an arms embargo and "
               "authorised an expanded force of 5,500.", C),
             s("In the meantime the Council had authorised the French-led Operation Turquoise on 22 June, with ten "
               "votes in favour and five abstentions.", S),
             s("In mid-July roughly a million people fled across the border into Zaire as the RPF advanced.", D),
             s("Cholera and dysentery killed some 50,000 of them in the camps around Goma within a month.", D),
             s("Dallaire handed over command in August 1994 to another Canadian, Major-General Guy Tousignant.", N),
             s("In January 1995 UNAMIR counted 5,740 troops, far more than it had ever had during the genocide.", S),
             s("The mission was still deployed in April 1995 when soldiers closed the Kibeho camp and at least 4,000 "
               "displaced people were killed.", D)],
            [s("Resolution 965 of 30 November 1994 extended the mandate to 9 June 1995.", N),
             s("In June 1995 resolution 997 turned the mission towards confidence-building and ordered the force "
               "reduced to 2,330 troops within three months.", N),
             s("A final extension, resolution 1029 of 12 December 1995, kept a force of 1,200 in place until 8 March "
               "1996.", N)],
            [s("The reckoning")],
            [s("In December 1999 an independent inquiry chaired by Ingvar Carlsson, a former Swedish prime minister, "
               "concluded that the UN had \"failed the people of Rwanda\".", N),
             s("It put the number killed in the genocide at approximately 800,000.", S),
             s("Kofi Annan, who had been in charge of UN peacekeeping in 1994, accepted its conclusions and "
               "expressed \"deep remorse\".", N)],
        ],
    },
    # 4. Human-rights report excerpt on RPA killings and Kibeho (invented NGO). Hard negative.
    {
        "doc": "report-rpa-killings-kibeho.txt",
        "title": "Unfinished justice, chapter 3: killings by the Rwandan Patriotic Army, 1994-1995",
        "genre": "human-rights report excerpt",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("3. Killings by the Rwandan Patriotic Army, 1994-1995")],
            [s("The genocide against the Tutsi does not exhaust the crimes committed in Rwanda in 1994."),
             s("As the Rwandan Patriotic Front advanced, its soldiers also killed civilians in summary executions "
               "and massacres, and Human Rights Watch has written that they may have killed tens of thousands of "
               "people between April and July 1994.", S),
             s("A team of experts working for UNHCR estimated that between 25,000 and 45,000 people were killed by "
               "RPA soldiers from April to August 1994.", S),
             s("A former Rwandan interior minister later gave a higher figure, some 60,000 people killed by RPA "
               "soldiers between April 1994 and August 1995.", S),
             s("On the most cautious reading, RPA soldiers killed at least 25,000 civilians in 1994.", D)],
            [s("In mid-April 1994 RPF soldiers massacred several hundred people in the stadium at Byumba.", S),
             s("In early June, near Kabgayi, soldiers killed thirteen clergy, among them the Archbishop of Kigali, "
               "together with two other civilians.", S),
             s("The clergy were shot on 5 June.", D)],
            [s("Kibeho")],
            [s("Kibeho, a camp for displaced people in the former safe humanitarian zone, held about 110,000 people "
               "in April 1995, according to Medecins Sans Frontieres.", S),
             s("As the army began closing the camps by force, the interior minister, Seth Sendashonga, went to "
               "Kibeho on 19 April in an attempt to calm the situation.", N),
             s("On 22 April 1995 RPA soldiers opened fire on the crowd.", S),
             s("The Rwandan government put the death toll at 338.", S),
             s("Senior UN military officials estimated about 2,000 dead, and Australian soldiers serving with "
               "UNAMIR estimated at least 4,000.", S),
             s("Our own assessment is that several thousand people died that day.", D),
             s("The UN Special Rapporteur on Rwanda, Rene Degni-Segui, went back to the country from 25 to 28 May "
               "1995 specifically to gather information on the forced closure of the camp.", N)],
            [s("The Rwandan military said in 2008 that it had prosecuted 43 soldiers since 1994 for war crimes and "
               "revenge killings.", S),
             s("The Kabgayi killings, the only RPF case ever heard by the ICTR, ended with two captains convicted "
               "and two senior officers acquitted.", C),
             s("The captains' eight-year sentences were cut to five on appeal in February 2009.", S),
             s("Sendashonga, who had pressed for soldiers guilty of reprisal killings to be punished, was dismissed "
               "in August 1995 and shot dead in Nairobi on 16 May 1998.", N),
             s("The gacaca courts, which closed in June 2012, were never allowed to hear crimes committed by RPF "
               "soldiers.", S),
             s("Recording these crimes does not diminish the genocide; it is what the UN Commission of Experts "
               "itself asked for in 1994, when it called for the violations attributed to the RPF to be investigated "
               "further.", S)],
        ],
    },
    # 5. Law-school seminar paper on ICTR selectivity (invented student). Hard negative: "victor's justice" and
    #    "second genocide" are mentioned to be examined or rejected.
    {
        "doc": "seminar-ictr-selectivity.txt",
        "title": "Selective by design? The ICTR and the charge of victor's justice",
        "genre": "law-school seminar paper",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Selective by design? The ICTR and the charge of victor's justice")],
            [s("The Security Council created the International Criminal Tribunal for Rwanda by resolution 955 on 8 "
               "November 1994, with jurisdiction over crimes committed between 1 January and 31 December 1994.", S),
             s("That temporal limit covered the RPF's conduct during the war just as fully as the genocide itself."),
             s("Sitting in Kigali, the Tribunal indicted 93 people, convicted 61 and acquitted 14.", C),
             s("It closed its doors on 31 December 2012 and passed its remaining work to the Residual "
               "Mechanism.", C)],
            [s("Critics call this record 'victor's justice', a phrase inherited from the debates over Nuremberg and "
               "Tokyo."),
             s("The Commission of Experts reported in December 1994 that crimes against humanity had been committed "
               "by individuals on both sides and asked that the violations attributed to the RPF be investigated "
               "further.", S),
             s("It also found no evidence that the crimes of Tutsi elements were meant to destroy the Hutu as a "
               "group, which is why no serious lawyer speaks of a second genocide.", S),
             s("On the estimates available to the prosecutors, RPF soldiers had killed somewhere between 25,000 and "
               "60,000 civilians.", D)],
            [s("Carla Del Ponte, who succeeded Louise Arbour as prosecutor in 1999, opened what she called 'special "
               "investigations' into the RPF.", N),
             s("In her memoir she describes telling President Kagame in Kigali on 9 December 2000 that her office "
               "had opened a case concerning RPF crimes.", N),
             s("In August 2003 the Security Council split the post of prosecutor with resolution 1503, and Del Ponte "
               "lost the Rwanda portfolio.", N),
             s("Hassan Bubacar Jallow of the Gambia became the ICTR's own prosecutor from 15 September 2003.", N),
             s("Del Ponte later said that \"politics played a big role\" in her removal.", N)],
            [s("Kabgayi as a test case")],
            [s("In the Kabgayi case, the killing of clergy in June 1994, Jallow's office left the prosecution to "
               "Rwanda's military courts and monitored the trial.", S),
             s("On 24 October 2008 a military court convicted two captains who had pleaded guilty and acquitted a "
               "general and a major.", S),
             s("The captains were each sentenced to fifteen years.", C),
             s("Victor Peskin's study of the tribunals, published in 2008 and based on some three hundred "
               "interviews, shows how heavily the prosecutor depended on Kigali's cooperation.", N)],
            [s("None of this weakens the Tribunal's genocide judgments: Jean-Paul Akayesu's conviction in September "
               "1998 and Jean Kambanda's guilty plea rest on evidence, not on who won the war.", S),
             s("The genocide itself, which claimed around 800,000 lives, is not in doubt.", D),
             s("The fairer criticism is one of omission: a court with jurisdiction over the whole of 1994 tried only "
               "one side's crimes.", S)],
        ],
    },
    # 6. School memorial-day speech by a teacher (invented school and teacher).
    {
        "doc": "speech-memorial-day-school.txt",
        "title": "Remembrance assembly, 7 April: words from a history teacher",
        "genre": "school memorial-day speech",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Good morning, everyone, and thank you for standing so quietly."),
             s("Today is the seventh of April, and all over the world people are stopping to remember the genocide "
               "against the Tutsi in Rwanda."),
             s("The United Nations General Assembly made this date an international day of reflection in December "
               "2003, and at twelve noon many people keep a minute of silence.", N),
             s("In Kinyarwanda the commemoration is called Kwibuka, which simply means 'to remember'.", N)],
            [s("Thirty-two years ago the killing began in Kigali within hours of the president's plane being shot "
               "down, on the evening of 6 April 1994.", S),
             s("Soldiers and militiamen put up roadblocks across the capital and began killing Tutsi and the "
               "politicians who opposed them.", S),
             s("In about a hundred days, more than a million people were murdered.", D),
             s("At least a quarter of a million women were raped, and nearly 100,000 children were left "
               "orphans.", D),
             s("It ended only when the rebel army captured Kigali on the fourteenth of July.", C)],
            [s("Some of you came with us last year to the Kigali Genocide Memorial at Gisozi."),
             s("More than 250,000 victims are buried there.", N),
             s("At Murambi, in the south, local leaders had told thousands of Tutsi families to shelter in a "
               "technical school, promising them protection.", N),
             s("They were massacred there on 21 April 1994.", S),
             s("Between forty and fifty thousand people died at that one school.", N),
             s("The prefect who was responsible for that region was later tried in Paris and sentenced to life "
               "imprisonment.", C)],
            [s("The world knew."),
             s("The UN had peacekeepers in the country, and instead of reinforcing them the Security Council cut the "
               "force to around 270 on the twenty-first of April.", S),
             s("Ten Belgian peacekeepers had already been murdered on the first day of the genocide.", S)],
            [s("Many of the killers have since been judged: the international tribunal in Arusha convicted "
               "sixty-one people, and Rwanda's community gacaca courts heard nearly two million cases before they "
               "closed in June 2012.", S),
             s("Remembering is a promise that we will recognise hatred early, whoever it targets, and that we will "
               "not stay silent."),
             s("Let us now keep a minute of silence together.")],
        ],
    },
    # 7. French regional press article on an appeal trial in France (invented Normandy daily).
    {
        "doc": "article-fr-muhayimana-appel.txt",
        "title": "Génocide des Tutsi : l'ancien employé municipal rouennais Claude Muhayimana condamné en appel",
        "genre": "article de presse régionale (procès)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Génocide des Tutsi : l'ancien employé municipal rouennais Claude Muhayimana condamné en appel")],
            [s("La cour d'assises d'appel de Paris a condamné vendredi 27 février Claude Muhayimana à quatorze ans "
               "de réclusion criminelle pour complicité de génocide et de crimes contre l'humanité.", S),
             s("Ce Franco-Rwandais de 65 ans, longtemps employé municipal à Rouen, comparaissait pour des faits "
               "commis au Rwanda en 1994.", N),
             s("Arrivé libre à l'audience, il a été conduit à la prison de Fresnes à l'issue du verdict.", N)],
            [s("Ancien chauffeur du Guest House de Kibuye, dans l'ouest du pays, il a été reconnu coupable d'avoir "
               "transporté des gendarmes et des miliciens Interahamwe vers des lieux de massacres.", S),
             s("Les faits concernent la ville de Kibuye, Karongi, Gitwa et les collines de Bisesero, entre avril et "
               "juin 1994.", S),
             s("En première instance, en décembre 2021, la cour d'assises l'avait condamné à quinze ans.", C),
             s("Le parquet avait alors requis quinze ans de réclusion.", N),
],
            [s("« C'est une peine qui me semble assez clémente », a réagi Me Richard Gisagara, avocat de parties "
               "civiles, qui regrette que l'accusé ne soit jamais passé aux aveux.", N),
             s("L'accusé, qui a de nouveau nié les faits dans sa dernière prise de parole, s'est présenté tout au "
               "long de la procédure comme un simple chauffeur.", N)],
            [s("Un long parcours judiciaire")],
            [s("Visé par un mandat d'arrêt international en décembre 2011, il n'avait pas été extradé vers le "
               "Rwanda : la Cour de cassation avait annulé l'avis favorable de la cour d'appel de Rouen.", N),
             s("C'est la plainte du Collectif des parties civiles pour le Rwanda, déposée en juin 2013, qui a ouvert "
               "la voie à un procès en France.", N),
             s("Son premier procès, en 2021, était le troisième organisé en France pour le génocide des Tutsi.", N),
             s("Avant lui, Pascal Simbikangwa avait été condamné à 25 ans en 2014, puis les deux anciens bourgmestres "
               "de Kabarondo, Octavien Ngenzi et Tito Barahira, à la perpétuité en 2016.", S),
             s("En 2022, l'ancien préfet de Gikongoro Laurent Bucyibaruta avait été condamné à vingt ans, mais il est "
               "mort avant son procès en appel.", S)],
            [s("Selon les estimations, le génocide des Tutsi a fait entre 800 000 et un million de morts d'avril à "
               "juillet 1994.", D),
             s("L'ancien préfet de Kibuye, Clément Kayishema, a été condamné à vingt-cinq ans de prison par le TPIR en "
               "1999.", C)],
        ],
    },
    # 8. French fiche pedagogique on the chronology (invented collège).
    {
        "doc": "fiche-fr-chronologie-genocide.txt",
        "title": "Fiche pédagogique : le génocide des Tutsi au Rwanda, repères chronologiques",
        "genre": "fiche pédagogique (chronologie)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Fiche pédagogique – Le génocide des Tutsi au Rwanda (1994) : repères chronologiques")],
            [s("1. Avant 1994")],
            [s("1er juillet 1962 : le Rwanda, sous tutelle belge, devient indépendant ; Grégoire Kayibanda est le "
               "premier président.", N),
             s("5 juillet 1973 : le général Juvénal Habyarimana renverse Kayibanda par un coup d'État.", N),
             s("1er octobre 1990 : le Front patriotique rwandais (FPR), formé surtout de réfugiés tutsi installés en "
               "Ouganda, attaque le nord du pays.", S),
             s("Décembre 1990 : le journal extrémiste Kangura publie les « Dix commandements du Hutu ».", N),
             s("8 juillet 1993 : première émission de la Radio-Télévision libre des Mille Collines (RTLM).", N),
             s("4 août 1993 : signature des accords de paix d'Arusha entre le gouvernement et le FPR.", S),
             s("5 octobre 1993 : la résolution 872 du Conseil de sécurité crée la MINUAR, forte de 2 500 Casques "
               "bleus.", S)],
            [s("2. Le génocide (avril-juillet 1994)")],
            [s("6 avril 1994, au soir : l'avion du président Habyarimana est abattu à l'approche de Kigali.", S),
             s("L'attentat est l'œuvre d'extrémistes hutu opposés aux accords d'Arusha.", D),
             s("7 avril : assassinat de la Première ministre Agathe Uwilingiyimana et de dix Casques bleus belges ; "
               "les massacres de Tutsi commencent.", S),
             s("21 avril : par la résolution 912, l'ONU porte la MINUAR à 5 500 hommes.", C),
             s("22 juin : la résolution 929 autorise l'opération Turquoise, conduite par la France.", S),
             s("Elle est adoptée à l'unanimité des quinze membres du Conseil.", C),
             s("4 juillet : le FPR prend Kigali.", S),
             s("18 juillet : le FPR entre à Gisenyi, à la frontière du Zaïre.", D),
             s("Mi-juillet : près d'un million de personnes fuient vers Goma, au Zaïre.", D),
             s("Juillet-août : en un mois, le choléra et la dysenterie tuent près de 50 000 réfugiés dans les camps "
               "autour de Goma.", D)],
            [s("3. Après le génocide")],
            [s("8 novembre 1995 : création du Tribunal pénal international pour le Rwanda (TPIR), qui siège à "
               "Arusha, en Tanzanie.", C),
             s("22 avril 1995 : à Kibeho, des soldats de l'Armée patriotique rwandaise tirent sur des déplacés ; le "
               "bilan va de 338 morts selon le gouvernement à au moins 4 000 selon des soldats australiens de la "
               "MINUAR.", S),
             s("2 septembre 1998 : le TPIR condamne Jean-Paul Akayesu ; c'est le premier jugement pour génocide "
               "rendu par un tribunal international.", S),
             s("Décembre 2003 : l'Assemblée générale de l'ONU fait du 7 avril une Journée internationale de "
               "réflexion ; depuis 2018, son intitulé mentionne explicitement le génocide contre les Tutsi.", N),
             s("18 juin 2010 : fermeture des juridictions gacaca.", C)],
            [s("À retenir : en une centaine de jours, environ 800 000 personnes, en grande majorité tutsi, ont été tuées.", D),
             s("À toi de jouer : place ces dates sur une frise et indique pour chacune la source utilisée.")],
        ],
    },
    # 9. Refutation of denial talking points (invented fact-check desk). Hard negative: every denial claim and the
    #    hate-radio quotation are in voice "reported".
    {
        "doc": "factcheck-denial-talking-points.txt",
        "title": "Six things deniers say about Rwanda, and what the record shows",
        "genre": "refutation piece (fact check)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Six things deniers say about Rwanda, and what the record shows")],
            [s("Each April, as commemorations begin, the same talking points resurface on social media."),
             s("We collected six of them and checked each one against court records, UN documents and the work of "
               "human rights researchers.")],
            [rep("1. \"It wasn't a genocide, it was a civil war in which everybody killed everybody.\"", C,
                 "definitional_denial", "double_genocide", "spontaneity"),
             s("The UN Commission of Experts concluded in 1994 that acts of genocide against the Tutsi had been "
               "committed in a concerted, planned, systematic and methodical way.", S),
             s("The ICTR entered the first genocide conviction by an international court against Jean-Paul Akayesu "
               "in 1998, and the former prime minister Jean Kambanda pleaded guilty to genocide.", S)],
            [rep("2. \"No more than 100,000 people died, and the rest is Kigali's propaganda.\"", C,
                 "minimisation", "fabrication"),
             s("Human Rights Watch, which rebuilt the toll from census data, concluded that at least half a million "
               "people were killed, about three quarters of Rwanda's Tutsi.", S)],
            [rep("3. \"Ordinary Hutu simply lost their heads after their president was murdered.\"", C,
                 "spontaneity", "blame_shifting"),
             s("The preparation is on paper: the extremist paper Kangura printed its 'Ten Commandments' of the Hutu "
               "in December 1990, and RTLM went on air in July 1993.", N),
             rep("The eighth commandment read: \"Hutus must cease having pity for the Tutsi.\"", N,
                 "call_to_action", "justification")],
            [rep("4. \"The RPF shot down the plane, so the RPF is to blame for everything that followed.\"", D,
                 "blame_shifting"),
             s("Who fired the missiles has never been established by a court.", S),
             s("A French investigation that long pursued RPF officers ended in a dismissal confirmed by the Cour de "
               "cassation on 15 February 2022, and a Rwandan inquiry published in January 2010 blamed Hutu extremist "
               "soldiers instead.", S),
             s("Whoever fired, the attack would not turn the murder of children at roadblocks into "
               "self-defence.")],
            [rep("5. \"There were two genocides, and the one against the Hutu is being covered up.\"", C,
                 "double_genocide", "fabrication"),
             s("RPF soldiers did commit grave crimes: UNHCR experts estimated that they killed 25,000 to 45,000 "
               "people between April and August 1994.", S),
             s("But the Commission of Experts found no evidence that those crimes were intended to destroy the Hutu "
               "as a group.", S),
             s("Documenting them, as Human Rights Watch and others have done, belongs to the historical record; it "
               "does not create a rival genocide.")],
            [rep("6. \"The witnesses were bought, and the Arusha court was a victors' tribunal that convicted "
                 "everyone brought before it.\"", C, "attack_on_witnesses"),
             s("The ICTR acquitted 14 of the people it tried, among them General Gratien Kabiligi in December "
               "2008.", S),
             s("The fair criticism of the tribunal lies elsewhere: it never prosecuted a member of the RPF.", S)],
            [s("Deniers rarely quote what the killers' own radio said."),
             rep("In one broadcast RTLM told listeners near Rugunga that they would find \"the cockroaches' straw "
                 "huts in the marsh\" and urged those with guns to \"encircle them and kill them\".", N,
                 "dehumanisation", "call_to_action"),
             s("Checking the record takes minutes; repeating a talking point takes seconds.")],
        ],
    },
    # 10. FIXTURE (composite): radio phone-in transcript, invented show and callers. One caller denies and distorts
    #     in his own voice; the host answers from the record.
    {
        "doc": "fixture-denial-radio-phonein-composite.txt",
        "title": "Open Line, listener phone-in: thirty-two years after the genocide",
        "genre": "radio phone-in transcript",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("HOST: Good evening and welcome back to Open Line, where all this week we are talking about the "
               "genocide against the Tutsi, thirty-two years on.")],
            [s("HOST: Our first caller tonight is Grace, a history student.")],
            [s("GRACE: Thanks."),
             s("I read that the UN actually cut its peacekeeping force just as the killing got going, is that "
               "right?")],
            [s("HOST: Sadly, it is."),
             s("Resolution 912, adopted on 21 April 1994, reduced UNAMIR to about 270 people.", S),
             s("Less than a month later resolution 918 authorised 5,500 troops, but they arrived far too late.", S),
             s("And in those hundred days somewhere between half a million and a million people were murdered.", D)],
            [s("HOST: Marc is on the line now.")],
            [own("MARC: Look, I'm tired of hearing only one side every April.", None, "double_genocide"),
             own("Both sides were killing, the RPF slaughtered as many Hutu as the militias killed Tutsi, and "
                 "nobody is allowed to say it.", C, "double_genocide"),
             own("That so-called genocide was a war, full stop.", C, "definitional_denial", "spontaneity"),
             own("The Tutsi had an army invading from Uganda since 1990, so people defended themselves.", S,
                 "role_reversal", "justification", "blame_shifting"),
             own("And the French judges proved it was Kagame's people who shot down the plane.", C,
                 "blame_shifting"),
             own("The death toll has been blown up for politics, maybe it was a hundred thousand.", C,
                 "minimisation", "fabrication")],
            [s("HOST: Marc, I have to stop you there, because almost every part of that is wrong."),
             s("French investigating judges dismissed the case against the RPF officers in 2018 for lack of "
               "sufficient evidence, and the Cour de cassation closed it for good in 2022.", S),
             s("The UN's own experts found that the genocide was planned and systematic, and found no evidence of an "
               "intent to destroy the Hutu.", S),
             s("RPF soldiers did kill civilians, tens of thousands according to Human Rights Watch, and those victims "
               "deserve justice too.", S),
             s("But the same organisation concluded that at least half a million people died in the genocide.", S)],
            [s("MARC: That's your opinion.")],
            [s("HOST: It's the record."),
             s("We'll take a short break.")],
        ],
    },
    # 11. FIXTURE: "both sides suffered" opinion column (invented), own-voice distortion, 8 sentences.
    {
        "doc": "fixture-denial-both-sides-column.txt",
        "title": "Grief has no ethnicity",
        "genre": "opinion column (denial fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Grief has no ethnicity")],
            [own("Every April we are asked to mourn one people, as if the other had not buried its dead too.", None,
                 "double_genocide"),
             own("The truth is that Rwanda's 'genocide' was a two-sided slaughter in which Hutu and Tutsi suffered "
                 "alike.", C, "double_genocide", "definitional_denial"),
             s("Even a minister of the new regime admitted that some 60,000 people were killed by Kagame's "
               "soldiers.", S),
             own("Nobody planned anything; frightened villagers lashed out in the chaos after their president was "
                 "assassinated.", C, "spontaneity", "justification")],
            [own("The RPF, which started the war by invading from Uganda in October 1990, bears the heaviest "
                 "responsibility for what came after.", S, "blame_shifting"),
             own("As for the Tutsi dead, the real toll was perhaps a tenth of what Kigali claims.", C,
                 "minimisation"),
             own("Reconciliation will only begin when both genocides are remembered equally.", None,
                 "double_genocide")],
        ],
    },
    # 12. FIXTURE: short French conspiracy post (invented), own-voice denial, 8 sentences.
    {
        "doc": "fixture-denial-fr-complot-post.txt",
        "title": "CE QU'ON NE VOUS DIT PAS SUR LE RWANDA",
        "genre": "publication complotiste sur un réseau social (fixture de négation)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("CE QU'ON NE VOUS DIT PAS SUR LE RWANDA")],
            [own("Le soi-disant « génocide » de 1994 est une fable montée de toutes pièces par Washington, Londres et "
                 "Kigali pour installer Kagame au pouvoir.", C, "definitional_denial", "fabrication"),
             own("Il n'y a jamais eu de plan : des affrontements tribaux, point.", C, "spontaneity",
                 "definitional_denial"),
             own("Et les chiffres sont gonflés : à peine 50 000 morts, dans les deux camps.", C, "minimisation",
                 "double_genocide"),
             own("Les « témoins » du TPIR étaient payés et récitaient leur leçon.", None, "attack_on_witnesses"),
             own("D'ailleurs ce tribunal de vainqueurs n'a condamné personne pour génocide avant 2008.", C,
                 "attack_on_witnesses"),
             own("C'est le FPR qui a abattu l'avion le 6 avril, et les Tutsi ont eux-mêmes provoqué ce qui a "
                 "suivi.", D, "blame_shifting", "role_reversal"),
             s("Partagez avant que la censure ne supprime ce message !")],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
