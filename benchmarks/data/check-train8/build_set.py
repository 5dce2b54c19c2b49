"""Source of the EIGHTH TRAINING labelled set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train8/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train8/build_set.py --check  # validate the files already written

Status: training set, written blind. Its rows are meant to train the checker's learned layers; it is not a measure
of unseen text. It was written blind all the same: its author did not read the detectors, their rules, exemplars or
training data, the benchmark results, nor any other set's documents or labels (only benchmarks/data/labelled_set.py,
benchmarks/data/check/README.md for the labelling conventions, the first 40 lines of check-blind5/build_set.py as a
template for this header, check-blind5/README.md as a template for the README, and the list TECHNIQUES in
src/factfinder/check/model.py). Verdicts were decided against the record alone: examples/ (FACTS.md and the sample
documents), src/factfinder/data/reference/rwanda1994_figures.yaml with its README, and the proceedings CSV.

Genres (all outlets, authors, narrators and the reviewed film are invented; see README.md): an encyclopedic
biography of an ICTR convict, a demography working-paper abstract, a think-tank commentary on the inquiries into the
attack on the plane, a court reporter's live-tweets from the 2023 Brussels assize trial, a documentary review, an
academic article excerpt on the ICTR and RPF crimes, a French interview with a former UN military observer, a French
commemoration editorial, a local-history society talk on the church massacres, and three short fixtures (a composite
politician's speech, a "numbers" denial blog post, an incitement post).

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

NB = "\u202f"  # narrow no-break space, the French thousands separator used in the editorial


DOCS: list[dict] = [
    # 1. Encyclopedic biography of an ICTR convict (invented online encyclopedia).
    {
        "doc": "bio-gacumbitsi-encyclopedia.txt",
        "title": "Sylvestre Gacumbitsi (encyclopedia entry)",
        "genre": "encyclopedic biography",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Sylvestre Gacumbitsi")],
            [s("Convicted by: International Criminal Tribunal for Rwanda (trial judgment of 17 June 2004)", S)],
            [s("Sentence: 30 years, increased to life imprisonment on appeal (2007)", C)],
            [
                s("Sylvestre Gacumbitsi was the bourgmestre (mayor) of Rusumo, a commune in the former Kibungo "
                  "prefecture of eastern Rwanda, during the 1994 genocide against the Tutsi.", S),
                s("He was convicted by the International Criminal Tribunal for Rwanda (ICTR) of genocide and of "
                  "extermination and rape as crimes against humanity, and is remembered above all for the massacre "
                  "at the parish of Nyarubuye.", S),
                s("He was the first former bourgmestre to be found guilty of genocide by the Tribunal.", C),
            ],
            [s("Role in 1994")],
            [
                s("According to the trial judgment, Gacumbitsi organised the killings in his commune between 7 and "
                  "14 April 1994: he met army officers and Interahamwe leaders, saw to the distribution of weapons "
                  "and called meetings at which he urged the population to kill Tutsi.", N),
                s("On 15 April, at Nyarubuye, where thousands of Tutsi had taken refuge, he killed a Tutsi himself "
                  "and so gave the signal for the attack; he came back on 16 and 17 April as the killing went on.", N),
                s("Figures for the dead at Nyarubuye vary: the BBC's Fergal Keane, who reached the church weeks "
                  "later, wrote of between five and ten thousand, while reports at the time of Gacumbitsi's arrest "
                  "put the number at around 20,000.", N),
                s("The court also found that he had publicly instigated the rape of Tutsi women.", S),
            ],
            [s("Arrest and trial")],
            [
                s("Gacumbitsi was arrested at the Tribunal's request in June 2001, in a refugee camp in the Kigoma "
                  "region of Tanzania, and transferred to the UN detention facility in Arusha.", N),
                s("The ICTR, set up by Security Council resolution 955 in November 1995, had indicted him for "
                  "genocide and related crimes.", C),
                s("He pleaded not guilty, his defence arguing that he had not been in the area at the time.", N),
                s("On 17 June 2004 the trial chamber found him guilty of genocide, extermination and rape and "
                  "sentenced him to 30 years' imprisonment.", S),
                s("Presided over by Judge Andrésia Vaz of Senegal, it acquitted him of complicity in genocide and of "
                  "murder as a crime against humanity.", N),
                s("Both the defence and the prosecution appealed.", N),
                s("On 7 July 2006 the Appeals Chamber upheld his convictions and, agreeing with the prosecution that "
                  "30 years was too lenient, raised the sentence to life imprisonment.", S),
                s("The appeal judges, presided over by Mohamed Shahabuddeen, found that he had shown \"particular "
                  "sadism\" in specifying that victims who resisted should be killed in an atrocious manner.", N),
            ],
            [s("Legacy")],
            [
                s("The church at Nyarubuye has been turned into a genocide memorial.", N),
                s("The genocide in which he took part killed some 800,000 people in roughly a hundred days.", D),
            ],
        ],
    },
    # 2. Demography working-paper abstract (invented centre and authors).
    {
        "doc": "demography-working-paper-abstract.txt",
        "title": "Counting before and after: the 1991 census, the Tutsi share and the demographic toll of 1994",
        "genre": "demography working-paper abstract",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Counting before and after: the 1991 census, the Tutsi share and the demographic toll of 1994")],
            [s("Working Paper 26/11, Centre for Population and Conflict Studies, November 2026")],
            [s("Abstract")],
            [
                s("Rwanda's second general census, taken on 15 August 1991, counted 7,148,496 residents, the last "
                  "complete enumeration before the genocide.", S),
                s("Its ethnic breakdown, however, rests on a narrower base of 7,099,844 persons of Rwandan "
                  "nationality, and studies that apply the published shares to the resident total introduce small "
                  "but avoidable errors.", S),
                s("In that table 8.4 per cent of nationals were registered as Tutsi, some 596,000 people.", S),
                s("We argue that registration understated the Tutsi population, since an unknown number of Tutsi had "
                  "registered as Hutu, and that Tutsi made up nearer 10 per cent of the population in April 1994.", D),
                s("The demographer William Seltzer, extrapolating from the census, estimated that about 657,000 Tutsi "
                  "lived in Rwanda on 6 April 1994.", S),
                s("Subtracting roughly 150,000 survivors, Human Rights Watch arrived at about 507,000 Tutsi killed, or "
                  "77 per cent of those registered as Tutsi.", S),
                s("Our reconstruction from commune registers puts Tutsi deaths between 600,000 and 700,000, and "
                  "suggests that no more than 150,000 Tutsi survived.", D),
                s("Marijke Verpoorten's Gikongoro registers, in which a Tutsi had roughly an even chance of "
                  "surviving, point in the same direction.", C),
                s("The government's victim census, carried out in 2000 and published in November 2002, counted "
                  "1,074,017 dead between 1 October 1990 and 31 December 1994.", S),
                s("Taken at face value, its reported Tutsi share of 93.7 per cent implies about one million Tutsi "
                  "victims, far more than the 657,000 Tutsi Seltzer believed were alive in April 1994.", S),
                s("Human Rights Watch's World Report 1995, written before any reconstruction, had put the Tutsi at "
                  "about 12 per cent of some 7.2 million people.", C),
                s("The UN Commission of Experts, reporting in December 1995, gave an estimate of 500,000 civilians "
                  "murdered and warned that it might be conservative.", C),
                s("On our estimates the genocide killed around 800,000 people in total, Tutsi and Hutu.", D),
                s("The exodus of July 1994, when about a million people crossed into Zaire within days, makes any "
                  "comparison between censuses hazardous.", D),
                s("The third census, held from 16 to 30 August 2002, counted 8,128,553 residents.", N),
                s("By the fourth, in August 2012, the population had reached 10,515,973; annual growth, which had "
                  "fallen to 1.2 per cent between 1991 and 2002, had recovered to 2.6 per cent.", N),
            ],
            [s("Keywords: census; Rwanda; genocide; mortality estimation; ethnic classification")],
        ],
    },
    # 3. Think-tank commentary on the inquiries into the attack on the plane (hard negative).
    {
        "doc": "commentary-plane-inquiries.txt",
        "title": "Who fired at the Falcon? What three decades of inquiries can and cannot tell us",
        "genre": "think-tank commentary",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Who fired at the Falcon? What three decades of inquiries can and cannot tell us")],
            [s("Lakes Policy Forum, Commentary, 20 November 2026")],
            [
                s("On the evening of 6 April 1994 the Falcon 50 bringing President Juvénal Habyarimana back from a "
                  "regional summit in Tanzania was struck by at least one missile as it came in to land at Kigali.", S),
                s("Everyone on board was killed, among them Burundi's president, Cyprien Ntaryamira, and the three "
                  "French crew members.", S),
                s("More than thirty years on, no court has established who fired.", S),
            ],
            [
                s("The French inquiry began in 1998, on a complaint from the families of the crew.", S),
                s("For most of the following decade Judge Jean-Louis Bruguière worked on the assumption that an RPF "
                  "commando had fired the missiles.", S),
                s("In November 2006 he issued nine international arrest warrants against people close to Paul Kagame, "
                  "and asked that Kagame himself, shielded by his immunity as a head of state, be prosecuted before "
                  "the ICTR.", N),
                s("Kigali broke off diplomatic relations with Paris at once.", S),
                s("Two years later one of the nine, Kagame's chief of protocol Rose Kabuye, was arrested at Frankfurt "
                  "airport and handed over to France, where she was charged with complicity in murder in relation to "
                  "terrorism.", N),
                s("Relations were not restored until November 2010.", C),
            ],
            [
                s("By then the file had changed hands: Judge Marc Trévidic, who took it over in May 2007, went to "
                  "Rwanda with a team of experts, something his predecessor had never done.", N),
                s("The experts' report, presented to the parties on 10 January 2012 by Trévidic and Judge Nathalie "
                  "Poux, concluded that a Soviet-made SA-16 missile had hit the plane, a second one missing it, and "
                  "placed the firing zone near Kanombe, then held by government troops.", S),
                s("A Rwandan commission chaired by Jean Mutsinzi had already concluded in January 2010 that Hutu "
                  "extremists had fired from the Kanombe barracks or close to it.", S),
                s("Filip Reyntjens called that report \"a fake inquiry on a major event\", and critics of the 2012 "
                  "findings said the press had jumped to conclusions the experts had not drawn.", S),
            ],
            [
                s("On 21 December 2018 the investigating judges dismissed the case against the nine for lack of "
                  "sufficient charges, calling the testimony against them largely contradictory or unverifiable.", S),
                s("The appeal court upheld the dismissal on 3 July 2020, and the Cour de cassation ended the case in "
                  "February 2021.", C),
            ],
            [
                s("Our own reading is that the missiles were almost certainly fired by extremists in the Habyarimana "
                  "camp who wanted the Arusha agreement dead.", D),
                s("Others, including some serious researchers, still consider the RPF the likelier culprit, and no "
                  "judge has ruled either way.", D),
                rep("In denialist writing the Bruguière order has long served a different purpose: to argue that by "
                    "\"provoking\" the genocide the RPF bears the responsibility for it.", None, "blame_shifting"),
                s("That argument confuses the trigger with the plan."),
                s("Whoever fired, the UN Commission of Experts found in December 1994 that the genocide against the "
                  "Tutsi had been carried out in a concerted, planned, systematic and methodical way.", S),
            ],
        ],
    },
    # 4. Live-tweets of a court reporter at the 2023 Brussels assize trial (hard negative; invented reporter).
    {
        "doc": "livetweets-brussels-assizes.txt",
        "title": "Live-tweets: the Twahirwa and Basabose trial, Brussels assize court, October-December 2023",
        "genre": "court reporter live-tweets",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("1/ Brussels assize court, Monday 9 October 2023: two Rwandans go on trial today over the 1994 "
                  "genocide against the Tutsi. \U0001F9F5", N),
                s("This is the sixth trial of its kind in Belgium under universal jurisdiction.", N),
            ],
            [
                s("2/ In the dock: Séraphin Twahirwa, accused of leading the Interahamwe militia in Gikondo, "
                  "Kigali.", S),
                s("The second accused, Pierre Basabose, 76, is not here: his lawyer Jean Flamme says he has been in "
                  "hospital for three days and that his dementia makes a trial impossible.", N),
            ],
            [
                s("3/ Both men were arrested in Belgium in September 2020.", N),
                s("The prosecution describes Basabose as a financier of the Gikondo militia and a shareholder of "
                  "RTLM, the hate radio station.", S),
            ],
            [s("4/ About forty witnesses are expected to travel from Rwanda, and some fifteen victims have joined as "
               "civil parties.", N)],
            [
                s("5/ For those just joining: Belgium's first trial of this kind, the \"Butare Four\" case, ended on "
                  "8 June 2001 with sentences of 12 to 20 years.", S),
                s("In 2019 Fabien Neretse became the first person convicted of genocide in Belgium and got 20 "
                  "years.", C),
            ],
            [s("6/ Wednesday 11 October: hearing resumes after Monday's adjournment for more medical information on "
               "Basabose.", N)],
            [
                s("7/ The indictment: Twahirwa is accused of killings at roadblocks in Gikondo and of a dozen rapes, "
                  "and twelve women are named.", N),
                s("The crimes are said to have taken place in Karambo, the part of Gikondo where both men lived.", N),
            ],
            [
                s("8/ Background for anyone new to the case: the killing began on 7 April 1994, the day after President "
                  "Habyarimana's plane was shot down, and lasted about 100 days.", S),
                s("Over a million people were killed.", D),
            ],
            [
                s("9/ One of the attacks at issue is the one on the École Technique Officielle (ETO) Don Bosco in "
                  "Kigali on 11 April 1994.", S),
                s("Reminder that the UN tribunal in Arusha closed its doors at the end of 2014.", C),
            ],
            [
                s("10/ Tuesday 19 December: VERDICT. The jury finds Twahirwa guilty of genocide, war crimes, murder "
                  "and rape.", S),
                s("Basabose is also found guilty, but the court holds that dementia impaired his discernment and "
                  "orders internment rather than prison.", S),
            ],
            [
                s("11/ Sentence handed down overnight, 21 to 22 December: life imprisonment for Twahirwa.", S),
                s("It is the first life sentence in a Belgian Rwanda trial since Bernard Ntuyahaga's in 2007.", C),
            ],
            [s("12/ End of thread. Full report in tomorrow's paper.")],
        ],
    },
    # 5. Documentary review criticising an (invented) film for leaving out RPF crimes (hard negative).
    {
        "doc": "review-documentary-hills-remember.txt",
        "title": "The Hills Remember review: a careful film with a hole in the middle",
        "genre": "documentary review",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("The Hills Remember review: a careful film with a hole in the middle")],
            [
                s("There is a great deal to admire in this documentary, which follows three survivors back to the "
                  "parishes where their families were killed in April 1994."),
                s("Its archive is well chosen and its account of the genocide is careful: the roadblocks, the lists, "
                  "the murder on the first morning of Prime Minister Agathe Uwilingiyimana and of the ten Belgian "
                  "peacekeepers sent to guard her.", S),
                s("The film ends with the RPF taking Kigali in mid-June, and with long columns of people heading "
                  "west.", C),
                s("In its final shots a million people cross into Zaire in a matter of days.", D),
            ],
            [
                s("What it leaves out is the rest of the story of those months."),
                s("As the RPF advanced, its soldiers also killed civilians, in summary executions and in "
                  "massacres.", S),
                s("Human Rights Watch, whose researchers did more than anyone to document the genocide, reported that "
                  "RPF troops massacred several hundred people at the stadium in Byumba in mid-April.", S),
                s("Near Kabgayi in early June, RPF soldiers killed thirteen clergy, among them the Archbishop of "
                  "Kigali and two bishops, along with two other civilians.", S),
                s("It happened on 5 June.", D),
                s("Experts working for the UN refugee agency estimated that RPA soldiers killed between 25,000 and "
                  "45,000 people between April and August 1994.", S),
                s("The RPA killed tens of thousands of civilians that year, by any honest count.", D),
                s("Amnesty International's report of October 1994 already spoke of hundreds of deliberate "
                  "executions.", S),
            ],
            [
                s("Then there is Kibeho."),
                s("On 22 April 1995 RPA soldiers fired on displaced people at the camp there, which Médecins Sans "
                  "Frontières said held about 110,000 people.", S),
                s("Around 4,000 were killed.", D),
                s("The government admitted to 838 dead.", C),
            ],
            [
                s("None of this is in the film, and neither is the near-total absence of justice that followed."),
                s("The UN tribunal in Arusha never indicted a single RPF soldier.", S),
                s("The one RPF case its prosecutor passed to Rwanda, over Kabgayi, ended in 2008 with two captains "
                  "convicted and a general and a major acquitted, and the captains' eight-year terms were later cut "
                  "to five.", S),
                s("Rwanda's army says it has prosecuted 34 soldiers since 1994 for revenge killings and war "
                  "crimes.", C),
                s("The UN Mapping Report, released on 1 October 2010, went further, finding that attacks on Hutu "
                  "refugees in Zaire in 1996 and 1997 could, if proven before a competent court, be characterised as "
                  "crimes of genocide.", N),
            ],
            [
                rep("The film's silence hands an easy line to those who insist that \"there were two genocides, and "
                    "only one is ever shown\".", C, "double_genocide"),
                s("The UN Commission of Experts found crimes against humanity on both sides in 1994, but no evidence "
                  "that the RPF's crimes were aimed at destroying the Hutu as a group.", S),
                s("Recording those crimes does not make them a second genocide; it makes them part of the record, and "
                  "a film about memory should have room for them."),
                s("Raoul Peck's 2005 drama Sometimes in April, made for HBO and first shown to several thousand "
                  "people in Kigali's Amahoro stadium, remains the braver film.", N),
            ],
        ],
    },
    # 6. Academic article excerpt on the ICTR and RPF crimes (hard negative; invented journal and author).
    {
        "doc": "academic-ictr-rpf-impunity.txt",
        "title": "The prosecution that never came: the ICTR and the crimes of the RPF (article excerpt, section 3)",
        "genre": "academic article excerpt",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("3. The prosecution that never came")],
            [
                s("The Security Council gave the ICTR jurisdiction over serious violations of international "
                  "humanitarian law committed in Rwanda, or by Rwandan citizens in neighbouring states, between "
                  "1 January and 31 December 1994, whoever the perpetrators.", S),
                s("Resolution 955 was adopted unanimously, a fact easily forgotten given Kigali's later quarrels "
                  "with the Tribunal.", C),
                s("The crimes of the Rwandan Patriotic Front therefore fell squarely within its mandate, as the "
                  "Commission of Experts had anticipated when it asked, in December 1994, that violations attributed "
                  "to the RPF be investigated further.", S),
                s("Those crimes were not marginal: RPA soldiers killed tens of thousands of civilians in 1994 "
                  "alone.", D),
                s("The UNHCR team led by Robert Gersony estimated that RPA soldiers had killed between 25,000 and "
                  "45,000 people between April and December 1994.", C),
                s("By the most careful estimates, the army killed some 60,000 civilians between April 1994 and August "
                  "1995.", D),
                s("At Kibeho, on 22 April 1996, RPA soldiers opened fire on a camp of displaced people.", C),
                s("Several thousand died there.", D),
            ],
            [
                s("Carla Del Ponte, who succeeded Louise Arbour as chief prosecutor in 1999, opened what she called "
                  "\"special investigations\" into the RPF.", N),
                s("In August 2003 the Security Council split the prosecutor's post and removed her from the Rwanda "
                  "tribunal; she said Kigali had lobbied for her removal because she intended to investigate killings "
                  "by its army.", N),
                s("Her successor, the Gambian jurist Hassan Bubacar Jallow, chose another route.", N),
                s("In June 2008 his office handed the one RPF case it had prepared, the killing of the clergy "
                  "evacuated from Kabgayi, to Rwanda's military justice system and undertook to monitor the "
                  "trial.", S),
                s("On 24 October 2008 a military court in Kigali convicted two captains who had pleaded guilty and "
                  "acquitted their two superiors.", S),
                s("Human Rights Watch called the trial a failure and noted in December 2008 that the Tribunal had "
                  "\"not prosecuted even one\" of the serious RPF crimes of 1994.", S),
                s("When the ICTR closed on 31 December 2015 it had indicted 93 people and convicted 61, none of them "
                  "from the RPF.", S),
            ],
            [
                s("The asymmetry was not lost on defence counsel."),
                rep("In the Military I trial, Roméo Dallaire was asked whether he had counter-checked his informant's "
                    "warnings and was accused of being \"biased, defending Tutsis and the RPF\".", S,
                    "attack_on_witnesses"),
                rep("One defence lawyer at the Tribunal published an essay calling Dallaire's cable of 11 January 1994 "
                    "\"a fabrication\".", N, "fabrication"),
                s("Such arguments gain nothing from the Tribunal's failings, and those failings do not make the "
                  "genocide any less real."),
                s("Critics who speak of \"victor's justice\" are right about the selectivity and wrong if they mean "
                  "the genocide itself."),
                s("The Commission of Experts drew exactly this line: crimes against humanity by individuals on both "
                  "sides, but no evidence that the RPF's acts were meant to destroy the Hutu as a group.", S),
                s("Rwanda's gacaca courts, which closed in June 2012, drew it too, by leaving crimes by RPF soldiers "
                  "outside their jurisdiction.", S),
                s("The result, for the families of those killed by the RPA, is a justice that barely exists."),
            ],
        ],
    },
    # 7. French interview with a former UN military observer (invented interviewee and outlet).
    {
        "doc": "entretien-fr-ancien-observateur-minuar.txt",
        "title": "« Nous avions ordre de ne pas bouger » : un ancien observateur de la MINUAR se souvient",
        "genre": "interview (Q&A), French",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("« Nous avions ordre de ne pas bouger » : un ancien observateur de la MINUAR se souvient")],
            [s("Officier sénégalais aujourd'hui à la retraite, Amadou N. a servi au Rwanda comme observateur militaire "
               "des Nations unies en 1993 et 1994.")],
            [s("Dans quel cadre êtes-vous arrivé à Kigali ?")],
            [
                s("La MINUAR avait été créée par la résolution 872 du Conseil de sécurité, le 5 octobre 1993, pour "
                  "accompagner l'application des accords d'Arusha.", S),
                s("Sur le papier, nous devions être 2 500.", S),
            ],
            [s("Saviez-vous ce qui se préparait ?")],
            [
                s("Le commandement en savait beaucoup."),
                s("Le 11 janvier 1994, le général Dallaire avait envoyé à New York un câble au sujet d'un informateur "
                  "qui parlait de caches d'armes et d'un projet d'extermination des Tutsi.", N),
                s("New York lui a répondu qu'il n'avait pas l'autorité pour agir sur ces informations.", S),
            ],
            [s("Que s'est-il passé le 7 avril ?")],
            [
                s("Ce matin-là, la Première ministre Agathe Uwilingiyimana a été assassinée, et les dix Casques bleus "
                  "belges chargés de sa protection ont été désarmés puis tués dans un camp militaire de Kigali.", S),
                s("Le capitaine sénégalais Mbaye Diagne a retrouvé ses enfants, cachés tout près, et les a mis à "
                  "l'abri.", N),
            ],
            [s("Puis la mission a été réduite à presque rien.")],
            [
                s("Après la mort de ses paras, la Belgique a décidé de retirer tout son contingent.", N),
                s("Le 21 avril, la résolution 912 a ramené la MINUAR à 450 hommes.", C),
                s("Les Ghanéens, plus de 400 soldats, ont refusé de partir, et Dallaire estime qu'ils ont aidé à "
                  "sauver quelque 30 000 vies.", N),
            ],
            [s("Et le capitaine Diagne ?")],
            [
                s("Il franchissait les barrages seul, sans arme, et faisait sortir des gens cachés dans sa "
                  "voiture.", N),
                s("Il a été tué le 31 mai 1994 à Kigali par un obus de mortier, près d'un barrage.", N),
                s("En 2014, l'ONU a créé une médaille du courage qui porte son nom.", N),
            ],
            [s("La résolution 918, en mai, a pourtant autorisé des renforts.", S)],
            [
                s("Oui, 5 500 hommes, sur le papier.", S),
                s("Ils ne sont arrivés qu'en juillet et en août.", S),
                s("Les Français de l'opération Turquoise, eux, sont arrivés fin juillet.", C),
                s("Le FPR a pris Kigali le 4 juillet, et quelques jours plus tard près d'un million de personnes "
                  "fuyaient vers Goma.", D),
            ],
            [s("Combien de morts, selon vous ?")],
            [
                s("Plus d'un million.", D),
                s("On a longtemps cité le chiffre de 800 000, celui de l'enquête indépendante de l'ONU.", S),
            ],
            [s("Que répondez-vous à ceux qui parlent de « deux génocides » ?")],
            [
                s("Que le FPR a commis des crimes, que l'ONU les a relevés dès 1994 et qu'ils auraient dû être "
                  "jugés.", S),
                s("Mais il n'y a eu qu'un génocide, celui des Tutsi.", S),
            ],
        ],
    },
    # 8. French commemoration editorial, Kwibuka 32 (hard negative; invented outlet).
    {
        "doc": "editorial-fr-kwibuka32.txt",
        "title": "Kwibuka 32 : se souvenir contre l'effacement",
        "genre": "commemoration editorial, French",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Kwibuka 32 : se souvenir contre l'effacement")],
            [
                s("Le 7 avril 2026, le Rwanda a ouvert sa trente-deuxième commémoration du génocide perpétré contre "
                  "les Tutsi.", N),
                s("Kwibuka, en kinyarwanda, veut dire « se souvenir ».", N),
                s("Une semaine de deuil national, du 7 au 13 avril, ouvre cent jours de mémoire qui s'achèvent le "
                  "4 juillet, jour de la Libération.", N),
                s(f"À Gisozi, où reposent plus de 250{NB}000 victimes, la flamme du souvenir a été allumée pour ces "
                  "cent jours.", N),
            ],
            [
                s("Les Nations unies, elles aussi, ont fini par nommer les choses."),
                s("L'Assemblée générale avait fait du 7 avril, en décembre 2003, une journée de réflexion sur le "
                  "génocide « au Rwanda », avant d'en corriger l'intitulé le 26 janvier 2018 : c'est désormais la "
                  "Journée internationale de réflexion sur le génocide des Tutsi au Rwanda en 1994.", N),
            ],
            [
                s("Se souvenir, c'est d'abord compter."),
                s("Plus d'un million de personnes ont été tuées en cent jours.", D),
                s("Les Tutsi, qui ne représentaient qu'environ 15 % de la population, ont été exterminés aux trois "
                  "quarts.", D),
                s(f"Le recensement des rescapés de 2008 en dénombrait 309{NB}368.", S),
                s(f"L'UNICEF évoquait en 2004 95{NB}000 enfants devenus orphelins.", S),
                s(f"Au moins 250{NB}000 femmes ont été violées.", D),
                s(f"Les juridictions gacaca ont jugé 1{NB}958{NB}634 affaires avant de fermer le 18 juin 2012.", S),
                s("Le Tribunal pénal international pour le Rwanda, créé par la résolution 935 du Conseil de sécurité, "
                  "a condamné 61 personnes avant de fermer fin 2015.", C),
            ],
            [
                rep("Et pourtant, chaque avril, les mêmes phrases reviennent sur les réseaux sociaux : « il n'y a pas "
                    "eu de génocide, seulement une guerre ».", C, "definitional_denial"),
                rep("D'autres écrivent que « les chiffres ont été gonflés par Kigali » ou que « les Hutu aussi ont "
                    "subi un génocide ».", C, "minimisation", "fabrication", "double_genocide"),
                rep("Ces phrases prolongent le discours des tueurs de 1994, qui parlaient d'une « colère populaire » "
                    "après la mort du président.", None, "spontaneity"),
                s("Dès décembre 1994, la Commission d'experts des Nations unies établissait pourtant que le génocide "
                  "avait été concerté, planifié, systématique et méthodique.", S),
                s("Documenter les crimes commis par des soldats du FPR, comme l'ont fait Human Rights Watch et les "
                  "experts du HCR, n'a rien de négationniste ; les confondre avec le génocide, si.", S),
            ],
            [
                s("En France, le rapport Duclert a reconnu en mars 2021 des « responsabilités lourdes et "
                  "accablantes ».", S),
                s("La justice française, elle, a fini par désigner les auteurs de l'attentat du 6 avril 1994.", C),
            ],
            [
                s("Se souvenir, enfin, c'est transmettre."),
                s("Kwibuka n'est pas un rituel : c'est un devoir."),
            ],
        ],
    },
    # 9. Local-history society talk on the church massacres (invented society and speaker).
    {
        "doc": "talk-history-society-churches.txt",
        "title": "Sanctuary and slaughter: the churches of Rwanda, April 1994 (talk transcript)",
        "genre": "local-history society talk (transcript)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Thank you all for coming out on such a wet Thursday evening."),
                s("Tonight I want to talk about churches, and about what was done inside them in Rwanda in April "
                  "1994."),
                s("In earlier waves of violence, Tutsi who fled to a church had usually been safe there, so in April "
                  "1994 thousands did the same again.", N),
            ],
            [
                s("Let me begin at Ntarama, in the Bugesera region, about thirty kilometres south of Kigali.", N),
                s("Around five thousand people had crowded into the small brick church, and on 15 April militiamen, "
                  "soldiers and local men began killing them.", N),
                s("It has never been used as a church again; it is a memorial now, and the victims' clothes still "
                  "hang from the rafters.", N),
            ],
            [
                s("The same day, at the other end of the country near the Tanzanian border, the killing began at the "
                  "parish of Nyarubuye.", N),
                s("The local bourgmestre, Sylvestre Gacumbitsi, was convicted by the UN tribunal in Arusha, and on "
                  "appeal his 30-year sentence was raised to life.", S),
                s("How many died there no one really knows; I have seen figures from two thousand to twenty-five "
                  "thousand.", N),
            ],
            [
                s("In the west, the town of Kibuye saw one of the worst massacres of all.", N),
                s("On 17 April militiamen attacked the Catholic church where thousands had taken refuge, and the "
                  "Guardian later reported that 21,000 people were killed in the town in two days.", N),
                s("The prefect, Clément Kayishema, was sentenced to life by the tribunal in 1999.", S),
                s("He was a doctor, and had run the local hospital for years.", N),
                s("Not far away, at Nyange, the church was bulldozed on 16 April with about 2,000 Tutsi inside.", S),
                s("The businessman who helped organise that, Gaspard Kanyarukiga, was given life.", C),
            ],
            [
                s("At Kabarondo, in the east, the church was attacked on 13 April, and in 2016 a Paris court gave two "
                  "former mayors of the commune life sentences.", S),
                s("At Mubuga the local councillor, who did nothing while the refugees in the church were being "
                  "killed, got six years after pleading guilty.", S),
                s("At Musha, the former bourgmestre Laurent Semanza was first given 25 years, and the appeal judges "
                  "cut that to 15.", C),
                s("Even nuns were convicted: two Benedictine sisters from the Sovu convent near Butare were sentenced "
                  "in Brussels in 2005.", C),
            ],
            [
                s("Not every killing ground was a church."),
                s("At Murambi, in Gikongoro, thousands who had gathered at a technical school were attacked on "
                  "21 April.", S),
                s("Radio France Internationale put the dead there at between 40,000 and 50,000.", N),
                s("The prefect, Laurent Bucyibaruta, was sentenced in Paris in 2022 to 20 years but died before his "
                  "appeal could be heard.", S),
            ],
            [
                s("Across the country, some 800,000 people were killed in about a hundred days, most of them "
                  "Tutsi.", D),
                s("The Tutsi had been roughly one Rwandan in seven.", D),
                s("Perhaps a quarter of a million women were raped, and some 95,000 children were left orphans.", D),
                s("The killing only stopped when the RPF took Kigali in early June.", C),
                s("I'll put up some photographs of Ntarama now, and then I'm happy to take questions."),
            ],
        ],
    },
    # 10. FIXTURE: politician's speech, acknowledgement sliding into "double genocide" (composite).
    {
        "doc": "fixture-denial-speech-composite.txt",
        "title": "Speech at a remembrance evening (test fixture)",
        "genre": "politician's speech transcript (composite fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Thirty-two years ago, on 7 April 1994, soldiers murdered Prime Minister Agathe Uwilingiyimana and "
                  "the ten Belgian peacekeepers who were guarding her.", S),
                s("What followed was a genocide against the Tutsi, planned and carried out systematically, and the "
                  "tribunal in Arusha convicted 61 of those responsible.", S),
                s("We bow our heads before every one of those victims."),
            ],
            [
                own("But honesty demands that we also name the second genocide, the one the RPF committed against the "
                    "Hutu, which nobody in this hall dares to mention.", C, "double_genocide"),
                own("The RPF's army killed as many Hutu as the militias killed Tutsi.", C, "double_genocide",
                    "minimisation"),
                own("It was the RPF that shot down the president's plane and lit the fuse.", D, "blame_shifting"),
                own("Its commanders have never faced any court, because the victors write the judgments.", C,
                    "attack_on_witnesses"),
                own("Until we mourn both genocides equally, there will be no reconciliation, in Rwanda or in our own "
                    "communities.", None, "double_genocide"),
            ],
        ],
    },
    # 11. FIXTURE: "the numbers don't add up" denial blog post.
    {
        "doc": "fixture-denial-numbers-blog.txt",
        "title": "The numbers don't add up (test fixture)",
        "genre": "blog post (denial fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Let's do the maths the 'genocide' industry never does.", None, "definitional_denial",
                    "fabrication"),
                s("The 1991 census counted 8.4 per cent Tutsi, about 600,000 people.", S),
                own("So how exactly do you kill a million Tutsi out of 600,000 and still end up with hundreds of "
                    "thousands of 'survivors' drawing grants?", None, "minimisation", "attack_on_witnesses"),
            ],
            [
                own("The real number of Tutsi dead is a few tens of thousands at most, killed in the chaos of a war "
                    "the RPF started.", C, "minimisation", "spontaneity", "blame_shifting"),
                own("Most of the dead were Hutu slaughtered by Kagame's men, which is exactly why Kigali had to cook "
                    "up inflated figures.", C, "role_reversal", "double_genocide", "fabrication"),
                own("Even the UN's own commission started at 500,000 and now they say over a million, funny how the "
                    "dead keep multiplying.", S, "minimisation", "fabrication"),
                own("Nobody planned anything: people panicked after their president was murdered and neighbours "
                    "settled old scores.", C, "spontaneity"),
                own("And don't tell me about the 'witnesses' paraded in Arusha, every one of them coached and paid.",
                    None, "attack_on_witnesses"),
            ],
        ],
    },
    # 12. FIXTURE: short incitement post (dehumanisation, accusation in a mirror, call to action).
    {
        "doc": "fixture-incitement-post.txt",
        "title": "Incitement post (test fixture)",
        "genre": "social-media post (incitement fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("The inyenzi are crawling back into our hills, just like in 1990.", None, "dehumanisation"),
                own("They shot down our president in '94 and now they are plotting to finish every one of us.", D,
                    "accusation_in_mirror", "blame_shifting"),
                own("Cockroaches only understand one language.", None, "dehumanisation"),
                own("Men of the hill, be ready: clear them out before they strike first and let none of them slip "
                    "through.", None, "call_to_action", "accusation_in_mirror"),
                own("Share this with everyone you trust.", None, "call_to_action"),
            ],
        ],
    },
]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:], DOCS, HERE))
