"""Source of the TENTH TRAINING labelled set for `factfinder check` (status: training set, written blind).

    python benchmarks/data/check-train10/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train10/build_set.py --check  # validate the files already written

A training set: its rows are meant to train the checker's learned layers, so it is not a measure of unseen text.
It was nevertheless written blind: its author did not read the detectors, their rules, exemplars or training data
(src/factfinder/check/ apart from the TECHNIQUES list in model.py, src/factfinder/data/check/), the benchmark
script or its results, the tests, nor any other labelled set's documents or labels (only
benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, the first 40
lines of check-blind5/build_set.py as a template for this header and check-blind5/README.md as a template for the
README's sections). Genres: an encyclopedia-style article on UNAMIR, an NGO summary of survivor testimonies, a
court-reporting blog on a Brussels assize trial, a think-tank brief on the ICTR's legacy, a secondary-school
textbook section, a newspaper letters page (composite denial fixture), a French news article on a Paris appeal
assize trial, a French revision sheet, a podcast transcript on the death tolls, a conference abstract and panel
summary on RPA killings, and two short denial fixtures. Verdicts were decided against the record alone:
examples/ (FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the
proceedings CSV. Outlets, authors, hosts, speakers and survivors named in the texts are invented (see README.md).

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
    # 1. Encyclopedia-style article on UNAMIR and the Security Council (invented outlet).
    {
        "doc": "encyclopedia-unamir.txt",
        "title": "United Nations Assistance Mission for Rwanda (UNAMIR)",
        "genre": "encyclopedia-style article",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("United Nations Assistance Mission for Rwanda (UNAMIR)")],
            [
                s("The United Nations Assistance Mission for Rwanda (UNAMIR) was the peacekeeping operation the "
                  "Security Council set up to help carry out the peace agreement between the Rwandan government and "
                  "the Rwandan Patriotic Front (RPF).", S),
                s("It was established by resolution 872 on 5 October 1993, two months after the Arusha accords were "
                  "signed, with an authorised strength of 2,500.", S),
                s("The Canadian general Roméo Dallaire commanded its troops from October 1993 until August 1994.", S),
            ],
            [
                s("In 1994 Rwanda itself held a non-permanent seat on the Security Council, so that the envoy of the "
                  "government overseeing the massacres sat at the table while the Council discussed them.", N),
                s("On 11 January 1994 Dallaire sent New York the cable later known as the 'genocide fax', passing on "
                  "an informant's warning of hidden weapons and of a plan to kill Belgian soldiers.", N),
                s("The reply from headquarters was that he had no authority to act on the information.", S),
                s("On 5 April, the day before the president's plane was shot down, resolution 909 had renewed the "
                  "mandate until 29 July.", N),
            ],
            [s("April to July 1994")],
            [
                s("On 7 April ten Belgian peacekeepers assigned to guard Prime Minister Agathe Uwilingiyimana were "
                  "disarmed, taken to a military camp in Kigali and killed.", S),
                s("A week later, on 14 April, Belgium announced that it would pull out its contingent whatever the "
                  "Security Council decided.", N),
                s("On 21 April the Council voted to cut the force to about 270 personnel, leaving little more than a "
                  "symbolic presence in the capital.", S),
                s("Over roughly a hundred days, more than a million people were killed, the great majority of them "
                  "Tutsi.", D),
            ],
            [s("From expansion to withdrawal")],
            [
                s("Resolution 918 of 17 May changed course, imposing an arms embargo on Rwanda and authorising an "
                  "enlarged UNAMIR of up to 5,000 troops.", C),
                s("Resolution 925 of 8 June extended the mandate to 9 December 1994 and endorsed the deployment of "
                  "further battalions.", N),
                s("With the reinforcements still largely on paper, the Council adopted resolution 929 on 22 June by "
                  "twelve votes to none, with three abstentions, authorising a temporary French-led operation under "
                  "Chapter VII.", C),
                s("Opération Turquoise declared a safe humanitarian zone in the south-west on 5 July and withdrew on "
                  "21 August, when about 2,400 African UNAMIR troops took over.", S),
                s("The RPF took Kigali on 4 July, and a new government took office on 19 July.", S),
                s("When the RPF reached Gisenyi on 18 July, a million refugees crossed into Zaire within days.", D),
            ],
            [
                s("By January 1995, long after the genocide had ended, UNAMIR counted 5,740 troops.", S),
                s("Its soldiers were present at Kibeho on 22 April 1995, when troops of the Rwandan Patriotic Army "
                  "fired on displaced people and killed some 4,000 of them.", D),
                s("The Council had meanwhile created the International Criminal Tribunal for Rwanda in November 1995, "
                  "by resolution 955.", C),
                s("A final extension, resolution 1029 of December 1995, reduced the force to 1,200 troops, and the "
                  "mandate ran out on 8 March 1996.", N),
                s("An independent inquiry into the UN's conduct, published in December 1999, put the number killed in "
                  "the genocide at approximately 800,000 over about 100 days.", S),
                s("UNAMIR is still taught, alongside Srebrenica, as the textbook case of a peacekeeping force that "
                  "could see a catastrophe coming and was not allowed to stop it."),
            ],
        ],
    },
    # 2. NGO summary of survivor testimonies (invented NGO; survivors are pseudonymous composites). Hard negative:
    #    the killers' slurs are quoted in reported voice; the NGO's own sentences carry no technique.
    {
        "doc": "ngo-testimony-summary-slurs.txt",
        "title": "Testimony summary: the words before the killing",
        "genre": "NGO summary of survivor testimonies",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Testimony summary: the words before the killing")],
            [
                s("Between 2022 and 2024 our volunteers recorded the accounts of survivors in several districts; the "
                  "names used here are pseudonyms, and some accounts combine details from more than one interview."),
                s("What they describe began within hours of the evening of 6 April 1994, when the president's plane "
                  "was shot down near Kigali, and in most places it ended only when the RPF defeated the government "
                  "army in July.", S),
                s("By then, some 800,000 people had been killed.", D),
            ],
            [
                rep("Solange, who was twelve in 1994, said the men at the roadblock near her home shouted that her "
                    "family were inyenzi, cockroaches, and that cockroaches had to be crushed before they could "
                    "breed.", None, "dehumanisation", "call_to_action"),
                s("The word was not invented at that roadblock: RTLM, the radio station many of the killers listened "
                  "to, used it constantly for Tutsi and for the RPF.", N),
                rep("Another survivor, Eric, recalled a neighbour telling him that 'you kill a snake by crushing its "
                    "head, and you people are the head'.", None, "dehumanisation", "call_to_action"),
                rep("Several described the same reversal: the killers said the Tutsi had been preparing to "
                    "exterminate the Hutu, so that killing them first was only self-defence.", None,
                    "accusation_in_mirror", "role_reversal", "justification"),
                s("That story was false; the UN Commission of Experts found no evidence that crimes committed on the "
                  "Tutsi side were aimed at destroying the Hutu as a group.", S),
            ],
            [
                s("Many of the accounts concern churches, where families gathered because sanctuary had been "
                  "respected in earlier waves of violence."),
                s("At Ntarama, south of Kigali, more than 5,000 people were killed in and around the church in "
                  "attacks that began on 15 April 1994.", N),
                s("At Nyange, in Kibuye, the church sheltering about 2,000 Tutsi was demolished over their heads on "
                  "16 May 1994.", C),
                s("At Kabarondo, in the east, the parish church was attacked on 13 April; two men who had served as "
                  "mayors of the commune were later sentenced to life imprisonment in Paris.", S),
                rep("Chantal told us the attackers sang while they worked, a refrain whose words meant 'let us "
                    "exterminate them all'.", None, "call_to_action"),
            ],
            [
                rep("Women's testimonies return again and again to rape, which their attackers presented as a right: "
                    "'you Tutsi women thought you were too good for us'.", None, "justification"),
                s("Drawing on the published studies, we believe at least a quarter of a million women and girls were "
                  "raped.", D),
                s("A team at VU University Amsterdam later put the lower bound above 350,000, while UNICEF Ireland "
                  "spoke of as many as 500,000 by the end of 1998.", S),
                s("In 1998 the Arusha tribunal became the first international court to rule that rape could "
                  "constitute genocide, in the case of Jean-Paul Akayesu, the mayor of Taba.", S),
            ],
            [
                s("Most of the people we interviewed lost at least one parent; some 95,000 children were orphaned by "
                  "the genocide.", D),
                s("A survivors' census carried out in 2012 counted 309,368 people still alive.", C),
                s("Several of our interviewees have relatives among the more than 250,000 victims buried at the "
                  "Kigali Genocide Memorial in Gisozi.", N),
                s("We publish the killers' words not to repeat them but because survivors asked us to record exactly "
                  "what was said to them."),
            ],
        ],
    },
    # 3. Court-reporting blog post on the Twahirwa/Basabose trial in Brussels (invented blog). Hard negative: the
    #    defence's attacks on witnesses and its 'double genocide' remark are reported, not endorsed.
    {
        "doc": "court-blog-brussels-gikondo.txt",
        "title": "Brussels assizes: life for Twahirwa, internment for Basabose",
        "genre": "court-reporting blog post",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Brussels assizes: life for Twahirwa, internment for Basabose")],
            [
                s("It took the jury until the evening of Tuesday 19 December 2023 to find both men guilty of genocide "
                  "and war crimes.", S),
                s("The trial of Séraphin Twahirwa and Pierre Basabose had opened on 9 October with one of the accused "
                  "missing: Basabose, 76, was in hospital.", N),
                s("It was the sixth trial of its kind in Belgium, held under the country's universal jurisdiction "
                  "law.", N),
                s("Both men had been living in Belgium for years when they were arrested in 2020 on international "
                  "warrants issued by Rwanda.", N),
            ],
            [
                s("Twahirwa led the Interahamwe militia in Gikondo, a district of Kigali, and the jury held him "
                  "responsible for killings and rapes there between April and July 1994.", S),
                s("It also found that he helped organise the attack on the École Technique Officielle (ETO) Don Bosco "
                  "on 11 April 1994.", S),
                s("Basabose, a businessman, was convicted as the militia's financier.", S),
                s("The prosecution had asked for guilty verdicts on at least 56 murders and 13 attempted murders, plus "
                  "12 rapes for Twahirwa alone.", N),
                s("Gikondo was one corner of a genocide that killed more than a million people in a hundred days.", D),
            ],
            [
                s("The defence spent much of the ten weeks on the witnesses."),
                rep("Twahirwa's lawyer told the jurors that testimony could not be trusted, that some witnesses 'lie "
                    "because they are paid' and others because they hoped for lighter sentences of their own.", None,
                    "attack_on_witnesses"),
                rep("On the opening day, Basabose's counsel had gone further and spoken of a 'double genocide', a "
                    "remark a civil-party lawyer denounced as revisionism.", C, "double_genocide"),
                s("The federal prosecutor conceded that the file held no DNA and no ballistics: 'the only evidence is "
                  "testimony'.", N),
                s("But the great majority of those testimonies, she told the jury, pointed in the same direction.", N),
            ],
            [
                s("Sentence was pronounced in the night of 21 to 22 December: life imprisonment for Twahirwa.", S),
                s("For Basabose, the jury accepted that dementia had impaired his judgement, and the court ordered his "
                  "internment instead of a prison term.", S),
                s("Belgium's record here goes back to June 2001, when a Brussels jury convicted four Rwandans, among "
                  "them two Benedictine nuns from the Sovu convent.", S),
                s("Its first conviction for genocide as such came only in December 2019, when Fabien Neretse was "
                  "sentenced to 30 years.", C),
                s("In between, in 2007, a former army major, Bernard Ntuyahaga, was sentenced to 20 years for the "
                  "murders of the ten Belgian peacekeepers and of Prime Minister Uwilingiyimana.", C),
            ],
            [
                s("One civil-party lawyer said afterwards that it was the first time a jury had truly examined the "
                  "systematic character of mass rape in a genocide.", N),
                s("Whatever one makes of trials held thirty years later and far from Kigali, the families of Gikondo "
                  "finally heard a verdict."),
            ],
        ],
    },
    # 4. Think-tank policy brief critical of the ICTR's legacy and of the absence of RPF prosecutions (invented
    #    think tank). Hard negative: sharp criticism, no denial.
    {
        "doc": "policy-brief-ictr-legacy.txt",
        "title": "Policy brief: the Rwanda tribunal's unfinished business",
        "genre": "think-tank policy brief",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Policy brief: the Rwanda tribunal's unfinished business")],
            [
                s("The International Criminal Tribunal for Rwanda closed on 31 December 2015.", S),
                s("Over two decades it had spent roughly two billion US dollars.", N),
                s("It indicted 93 people, convicted 61 and acquitted 14, every one of them from the side of the former "
                  "government, its army and its militias.", S),
                s("Its first judgment, against the Taba mayor Jean-Paul Akayesu, came only in 2001.", C),
                s("Among those acquitted were senior figures such as the army chief of staff, Augustin Bizimungu.", C),
                s("Not a single member of the Rwandan Patriotic Front was ever tried in Arusha.", S),
                s("That is not a footnote: the Tribunal's mandate covered serious violations committed in Rwanda "
                  "throughout 1994, whoever committed them.", S),
                s("'Victor's justice' is a phrase often used carelessly, but on this point the charge is hard to "
                  "answer."),
            ],
            [
                s("In December 1994 the UN's own Commission of Experts asked that violations attributed to the RPF be "
                  "investigated further.", S),
                s("A UNHCR team led by Robert Gersony had by then estimated that RPA soldiers killed between 25,000 "
                  "and 45,000 people from April to August 1994.", S),
                s("Human Rights Watch wrote in 1999 that RPF troops may have killed tens of thousands of civilians "
                  "during the four months of fighting.", S),
                s("Our own reading of the sources is that RPA units killed at least 60,000 civilians between April "
                  "1994 and the end of 1995.", D),
                s("At Kibeho, on 22 April 1995, soldiers fired on a camp of displaced people; the government "
                  "acknowledged 338 dead, UN military officials estimated about 2,000 and Australian peacekeepers at "
                  "least 4,000.", S),
                s("None of this diminishes the genocide itself, in which some 800,000 people, overwhelmingly Tutsi, "
                  "were murdered.", D),
            ],
            [
                s("In 1999 the chief prosecutor, Carla Del Ponte, opened what she called 'special investigations' into "
                  "RPF crimes.", N),
                s("On 28 August 2003 the Security Council split her post and removed her from the Rwanda tribunal; "
                  "she said Kigali had lobbied against her because of those investigations.", N),
                s("In 2008 the prosecutor's office left one RPA case, the killing of clergy evacuated from Kabgayi in "
                  "June 1994, to Rwanda's military courts.", S),
                s("In October 2008 two captains who pleaded guilty were convicted and a general and a major were "
                  "acquitted.", S),
                s("Both captains received eight years, a sentence upheld on appeal.", C),
                s("In December 2008 Human Rights Watch noted that the Tribunal had 'not prosecuted even one' of the "
                  "RPF's serious crimes of 1994.", S),
                s("Rwanda's military justice system says it has prosecuted RPA soldiers for killing about 100 "
                  "civilians, and the army counted 43 soldiers tried in military courts since 1994.", S),
            ],
            [
                s("The Tribunal's residual functions passed to a Mechanism created by Security Council resolution "
                  "1966 in December 2010.", N),
                s("Its best-known fugitive, Félicien Kabuga, was arrested near Paris in May 2020 after more than two "
                  "decades on the run.", N),
                s("In 2023 he was found unfit to stand trial and the Appeals Chamber ordered an indefinite stay, so "
                  "the man accused of arming the killers and backing RTLM will never be judged.", S),
                s("Rwanda's gacaca courts, which closed in 2012 after nearly two million cases, were never allowed to "
                  "hear crimes by RPF soldiers either.", S),
            ],
            [
                s("Recommendation: states that host suspects should open files on RPF crimes as readily as they open "
                  "files on genocide suspects."),
                s("Acknowledging those killings takes nothing from the genocide against the Tutsi, which the same "
                  "Commission of Experts found to have been planned and systematic.", S),
            ],
        ],
    },
    # 5. Secondary-school textbook section (invented textbook). Hard negative: Kangura and RTLM quoted as sources
    #    to analyse, in reported voice; "so-called" refers to the document's name.
    {
        "doc": "textbook-rwanda-1990-1994.txt",
        "title": "9.3 Rwanda, 1990-1994: from civil war to genocide",
        "genre": "secondary-school textbook section",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("9.3 Rwanda, 1990–1994: from civil war to genocide")],
            [s("Learning objectives: explain how propaganda prepared the genocide against the Tutsi, and assess how "
               "the outside world responded.")],
            [
                s("Under Belgian colonial rule, identity cards recording every Rwandan as Hutu, Tutsi or Twa were "
                  "introduced in the 1930s.", N),
                s("Rwanda became independent on 1 July 1962, and in July 1973 the army officer Juvénal Habyarimana "
                  "seized power in a coup.", N),
                s("On 1 October 1990 the Rwandan Patriotic Front, a rebel army formed mainly of Tutsi refugees, "
                  "invaded from Uganda.", S),
                s("A peace deal, the Arusha Accords, was signed in August 1992 and promised to share power and merge "
                  "the two armies.", C),
            ],
            [
                s("In December 1990 the newspaper Kangura printed the so-called 'Hutu Ten Commandments'.", N),
                rep("Source A (extract): 'The Batutsi are bloodthirsty and power-hungry and want to impose their "
                    "hegemony on the people of Rwanda using armed force.'", None, "dehumanisation",
                    "accusation_in_mirror"),
                rep("Source B (the eighth commandment): 'Hutus must cease having pity for the Tutsi.'", None,
                    "call_to_action"),
                rep("From July 1993 the radio station RTLM mixed popular music with attacks on the Tutsi, whom its "
                    "presenters called inyenzi, 'cockroaches'.", N, "dehumanisation"),
            ],
            [
                s("On the evening of 6 April 1994 the plane carrying President Habyarimana was shot down as it came "
                  "in to land at Kigali.", S),
                s("Within hours soldiers and militia were killing Tutsi and Hutu opposition politicians, and on 7 "
                  "April the prime minister, Agathe Uwilingiyimana, was murdered.", S),
                s("In about 100 days roughly 800,000 people were killed.", D),
                s("Tutsi had made up about one in seven Rwandans.", D),
                s("The RPF took Kigali on 4 July, and the killing stopped as the government army collapsed.", S),
                s("When the RPF reached Gisenyi on 16 July, around a million people fled across the border into "
                  "Zaire.", D),
            ],
            [
                s("In April the UN cut its peacekeeping force to about 270 soldiers, after ten French peacekeepers had "
                  "been killed.", C),
                s("In June France led Opération Turquoise, which the Security Council authorised in resolution 935.",
                  C),
                s("In 1998 the US president, Bill Clinton, stopped at Kigali airport and admitted that 'we did not act "
                  "quickly enough after the killing began'.", N),
                s("The International Criminal Tribunal for Rwanda, set up in November 1994, convicted the interim "
                  "prime minister Jean Kambanda, the first head of government ever found guilty of genocide.", S),
                s("Inside Rwanda, community courts called gacaca heard almost two million cases before they closed in "
                  "2012.", S),
                s("In December 2003 the UN General Assembly made 7 April an international day of reflection on the "
                  "genocide.", N),
            ],
            [
                s("Activity: compare Sources A and B, and explain how each makes violence against neighbours seem "
                  "necessary."),
                s("Remember that historians quote propaganda in order to understand it, never to endorse it."),
            ],
        ],
    },
    # 6. Fixture (composite): a letters page, one reader's letter minimising the genocide and a historian's reply.
    {
        "doc": "fixture-denial-letters-page.txt",
        "title": "Letters: 'The numbers don't add up', with a historian's reply",
        "genre": "newspaper letters page (test fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Sir, your anniversary supplement once again told readers that a million people died in Rwanda in "
                    "1994, as if the figure had been carved in stone.", None, "minimisation"),
                own("Anyone who has looked at the census knows there were never enough Tutsi for that, and the real "
                    "toll of what was a civil war between two armies was perhaps 100,000 on all sides.", C,
                    "minimisation", "definitional_denial", "double_genocide"),
                own("The rest is a story told by the winners, and the court in Arusha simply rubber-stamped it.", None,
                    "fabrication", "attack_on_witnesses"),
            ],
            [s("Robert Hale, Tunbridge Wells")],
            [
                s("Professor Anne Okafor, historian of the Great Lakes region, replies: Mr Hale's figure matches no "
                  "serious count."),
                s("Human Rights Watch, starting from a 1991 census that registered Tutsi as 8.4 percent of the "
                  "population, concluded in 1999 that at least half a million people were killed, about three "
                  "quarters of Rwanda's Tutsi.", S),
                s("As early as December 1994 the UN Commission of Experts found that the extermination of the Tutsi "
                  "had been carried out in a concerted, planned, systematic and methodical way, the opposite of a "
                  "side effect of war.", S),
                s("And a tribunal that acquitted 14 of the people it tried was hardly a rubber stamp.", S),
            ],
        ],
    },
    # 7. French news article on the Munyemana appeal verdict, Paris (invented regional daily). Hard negative: the
    #    defence's dismissal of the testimony is reported.
    {
        "doc": "fr-article-assises-munyemana.txt",
        "title": "Génocide des Tutsi : en appel, le médecin de Tumba de nouveau condamné à 24 ans",
        "genre": "article de presse (procès d'assises)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Génocide des Tutsi : en appel, le médecin de Tumba de nouveau condamné à 24 ans de réclusion")],
            [
                s("La cour d'assises d'appel de Paris a condamné jeudi 23 octobre 2025 Sosthène Munyemana, ancien "
                  "gynécologue à Butare, à 24 ans de réclusion criminelle.", S),
                s("Le verdict est tombé vers 22 h 50, au vingt-septième jour d'audience.", N),
                s("La cour l'a déclaré coupable de génocide et d'actes préparatoires à ce crime, et l'a acquitté des "
                  "autres chefs qui lui étaient reprochés.", N),
                s("La période de sûreté est portée à douze ans.", S),
            ],
            [
                s("En première instance, en décembre 2023, la cour d'assises de Paris lui avait infligé la même peine, "
                  "assortie de dix ans de sûreté.", C),
                s("Arrivé dans le Sud-Ouest en 1994, le médecin avait longtemps exercé à Villeneuve-sur-Lot.", N),
                s("La première plainte le visant avait été déposée à Bordeaux dès 1995 : c'est le plus ancien dossier "
                  "lié au génocide instruit en France.", N),
                s("Il n'a été mis en examen qu'en 2011, et renvoyé devant les assises en 2018.", N),
            ],
            [
                s("L'accusation lui reprochait d'avoir participé, au printemps 1994, au comité de crise de Tumba, un "
                  "secteur de Butare, qui organisait les barrières et les rondes de nuit.", S),
                s("Surtout, il détenait la clé du bureau de secteur, où des Tutsi étaient enfermés avant d'être "
                  "emmenés et tués.", S),
                s("L'accusé a toujours nié, affirmant avoir voulu offrir un refuge à des voisins tutsi dans ce "
                  "bureau.", N),
                rep("« Tout cela ne repose que sur des témoignages et date d'il y a 29 ans », répétait-on déjà dans le "
                    "camp de la défense lors du premier procès.", None, "attack_on_witnesses"),
            ],
            [
                s("Lors de son premier procès, il était le septième Rwandais jugé en France pour sa participation au "
                  "génocide.", N),
                s("Le premier, l'ex-capitaine Pascal Simbikangwa, avait été condamné en 2014 à 30 ans de "
                  "réclusion.", C),
                s("Depuis, la cour d'assises de Paris a notamment condamné à la perpétuité deux anciens bourgmestres "
                  "de Kabarondo, Octavien Ngenzi et Tito Barahira.", S),
                s("Le génocide des Tutsi a fait plus d'un million de morts entre avril et juillet 1994.", D),
                s("L'ONU avance pour sa part le chiffre d'environ 800 000 victimes.", S),
            ],
        ],
    },
    # 8. French revision sheet for lycée students (invented revision site). Three honest errors.
    {
        "doc": "fr-fiche-revision-genocide-tutsi.txt",
        "title": "Fiche de révision : le génocide des Tutsi au Rwanda (1994)",
        "genre": "fiche de révision (lycée)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Fiche de révision : le génocide des Tutsi au Rwanda (1994)")],
            [s("1er juillet 1962 : indépendance du Rwanda, jusque-là sous tutelle belge.", N)],
            [s("1er octobre 1990 : le Front patriotique rwandais (FPR), formé surtout de réfugiés tutsi, attaque le "
               "nord du pays depuis l'Ouganda.", S)],
            [s("Décembre 1990 : le journal extrémiste Kangura publie les « dix commandements du Hutu ».", N)],
            [s("4 août 1993 : signature des accords d'Arusha, qui prévoient un gouvernement de transition élargi et "
               "une armée unique.", S)],
            [s("Juillet 1993 : la radio RTLM commence à émettre.", N)],
            [s("6 avril 1994 au soir : l'avion du président Habyarimana est abattu à l'approche de Kigali.", S)],
            [s("7 avril 1994 : la Première ministre Agathe Uwilingiyimana et dix Casques bleus belges sont tués ; les "
               "massacres commencent.", S)],
            [s("21 avril 1994 : le Conseil de sécurité réduit la MINUAR à environ 270 hommes.", S)],
            [s("22 juin 1994 : la résolution 929 autorise l'opération Turquoise, menée par la France.", S)],
            [s("4 juillet 1994 : le FPR prend Kigali.", S)],
            [s("8 novembre 1995 : création du Tribunal pénal international pour le Rwanda (TPIR), qui siégera à "
               "Arusha.", C)],
            [s("Les chiffres clés")],
            [
                s("Bilan : environ 800 000 morts en une centaine de jours, en grande majorité des Tutsi.", D),
                s("Avant le génocide, les Tutsi représentaient environ 15 % de la population.", D),
                s("Le recensement des victimes publié par le gouvernement rwandais en 2002 arrive à 1 074 017 morts, "
                  "en comptant depuis 1990.", S),
                s("En juillet 1994, plus d'un million de personnes fuient vers le Zaïre.", D),
                s("À Goma, près de 80 000 réfugiés meurent du choléra et de la dysenterie.", D),
                s("Le TPIR a condamné 93 personnes ; aucun membre du FPR n'a été poursuivi.", C),
                s("Les tribunaux gacaca ont jugé 1 958 634 affaires avant de fermer en juin 2012.", S),
            ],
            [s("À retenir pour la copie")],
            [
                s("Un génocide suppose un plan : dès décembre 1994, la Commission d'experts de l'ONU décrit des actes "
                  "« concertés, planifiés, systématiques et méthodiques ».", S),
                s("Attention : l'opération Turquoise a pris fin en septembre 1994, pas en juillet.", C),
                s("Le colonel Théoneste Bagosora, présenté comme le « cerveau » du génocide, a été acquitté par le TPIR "
                  "en 2008.", C),
                s("Depuis une résolution de l'Assemblée générale de l'ONU de décembre 2003, le 7 avril est une journée "
                  "internationale de réflexion sur le génocide.", N),
                s("À Kigali, le mémorial de Gisozi abrite les restes de plus de 250 000 victimes.", N),
                s("Les crimes commis par des soldats du FPR (25 000 à 45 000 morts d'avril à août 1994 selon une "
                  "équipe du HCR) sont à mentionner, sans les confondre avec le génocide.", S),
            ],
        ],
    },
    # 9. Podcast transcript, two hosts on the death tolls (invented podcast and hosts). Hard negative: disputed
    #    figures in own voice; a documentary's minimising claim reported and rejected.
    {
        "doc": "podcast-transcript-death-tolls.txt",
        "title": "Footnotes & Faultlines, episode 41: how many died in Rwanda?",
        "genre": "podcast transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("MAYA: Welcome back to Footnotes and Faultlines, where this week we're taking on a number people fight "
               "about: the death toll of the 1994 genocide against the Tutsi.")],
            [s("TOM: And let's say it up front, nobody serious disputes that it was a genocide; the argument is about "
               "how many.")],
            [s("MAYA: The figure everyone has heard is 800,000, and honestly I think that's about right.", D)],
            [s("TOM: I'd go higher, I think it was well over a million.", D)],
            [s("MAYA: So where does the million come from?")],
            [s("TOM: The Rwandan government ran a census of victims, and its final report, in November 2002, arrived "
               "at 1,074,017.", S)],
            [s("MAYA: A number the Belgian scholar Filip Reyntjens famously called 'ridiculously precise'.", S)],
            [s("TOM: Fair, but it also counts from October 1990, not just the hundred days.", S)],
            [s("MAYA: Then Human Rights Watch's big 1999 report said at a minimum a million people died.", C)],
            [s("TOM: No, that's not right, their figure was at least half a million, about three quarters of the Tutsi "
               "population.", S)],
            [s("MAYA: Sorry, yes, I was mixing it up with the government count.")],
            [s("TOM: Their method was subtraction: roughly 657,000 Tutsi before the genocide, minus about 150,000 "
               "survivors, which leaves around 507,000 Tutsi killed.", S)],
            [
                s("MAYA: And even they said the 1991 census underestimated the Tutsi, because some had registered as "
                  "Hutu to avoid discrimination.", S),
                s("For what it's worth, I'd put Tutsi at about one in ten Rwandans in 1994.", D),
            ],
            [s("TOM: Marijke Verpoorten later argued that somewhere between 560,000 and 660,000 Tutsi deaths is "
               "plausible.", S)],
            [s("MAYA: And the UN's Independent Inquiry, in 1999, settled on approximately 800,000.", S)],
            [s("TOM: Then there's the early wartime stuff, like the RPF's Radio Muhabura saying 500,000 in May 1994 "
               "and then raising it to a million a few days later.", C)],
            [s("MAYA: Okay, the part I promised listeners: on 1 October 2014 the BBC aired a documentary called "
               "'Rwanda's Untold Story'.", N)],
            [rep("TOM: In it, two American researchers suggested that only about 200,000 of the dead were Tutsi and "
                 "that most of the victims were Hutu.", C, "minimisation", "double_genocide")],
            [s("MAYA: Which just isn't compatible with any of the demographic work we've gone through.")],
            [
                s("TOM: Rwanda's response was to suspend the BBC's Kinyarwanda radio service, on 24 October that "
                  "year.", N),
                s("One more thing people mix up: RPF soldiers also killed civilians, and a UNHCR team estimated 25,000 "
                  "to 45,000 between April and August 1994.", S),
            ],
            [s("MAYA: My own guess is that the real RPF number is closer to 60,000.", D)],
            [s("TOM: Maybe, but that's a separate crime, and folding it into the genocide toll is exactly how the "
               "'double genocide' talk gets started.")],
            [s("MAYA: Last one: Scott Straus, in a 2004 journal article, pointed out that some Rwandan officials had "
               "talked of three million perpetrators.", N)],
            [s("TOM: Which, as he noted, would effectively criminalise the entire adult Hutu population.", N)],
            [s("MAYA: That's it for this week; the sources are in the show notes.")],
        ],
    },
    # 10. Conference abstract and panel summary on RPA killings, 1994-1995 (invented conference and speakers).
    #     Hard negative: documents RPF/RPA crimes in detail; a 'second genocide' claim is reported and rejected.
    {
        "doc": "conference-panel-rpa-killings.txt",
        "title": "Panel 7B. Counted separately: killings by the Rwandan Patriotic Army, 1994-1995",
        "genre": "conference abstract and panel summary",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Panel 7B. Counted separately: killings by the Rwandan Patriotic Army, 1994–1995")],
            [
                s("This panel examines what is known about civilians killed by soldiers of the Rwandan Patriotic Army "
                  "(RPA) while it fought, and defeated, the forces carrying out the genocide against the Tutsi."),
                s("Human Rights Watch has reported that RPF soldiers massacred several hundred people at the Byumba "
                  "stadium in mid-April 1994.", S),
                s("In October 1994 Amnesty International documented RPA violations since April that included hundreds "
                  "of deliberate executions.", S),
                s("Between 1 August and 5 September 1994 a UNHCR team led by Robert Gersony visited 91 sites in 41 "
                  "communes, mostly in Kibungo, Gisenyi and Butare.", N),
                s("Its estimate of 25,000 to 45,000 people killed by RPA soldiers between April and August reached the "
                  "public only through Human Rights Watch and the press.", S),
                s("In late September the UN stopped encouraging refugees to return home, and the Secretary-General "
                  "instructed officials not to discuss the team's report.", N),
                s("Papers on this panel ask why those findings never reached a courtroom."),
            ],
            [s("Panel summary")],
            [
                s("The first paper reconstructed the killing near Kabgayi, in early June 1994, of fifteen civilians, "
                  "thirteen of them clergy, among them the Archbishop of Kigali.", S),
                s("Its author placed the killings on 5 June.", D),
                s("Only in 2008 did a Rwandan military court try four officers for the crime, and all four were "
                  "convicted.", C),
            ],
            [
                s("The second paper turned to Kibeho, a camp holding some 110,000 displaced people that the RPA set out "
                  "to close by force in April 1995.", S),
                s("On 22 April soldiers opened fire on the crowd.", S),
                s("The speaker's own estimate was around 2,000 dead, between the government's figure of 338 and the "
                  "4,000 or more reported by Australian peacekeepers.", D),
                s("Seth Sendashonga, the interior minister who rushed to Kibeho that week, was dismissed later in 1995 "
                  "and shot dead in Nairobi on 16 May 1998.", N),
            ],
            [
                rep("A discussant took issue with a claim, heard in some diaspora circles, that the RPA's killings "
                    "amounted to a second genocide.", C, "double_genocide"),
                s("The UN Commission of Experts, she recalled, found crimes against humanity on both sides but no "
                  "evidence that the Tutsi side acted with intent to destroy the Hutu as a group.", S),
                s("Recognising the RPA's victims, she argued, does not require minimising the genocide, and minimising "
                  "the genocide does nothing for those victims."),
                s("The ICTR, whose jurisdiction covered the whole of 1994, never indicted an RPA soldier.", S),
                s("One participant put the number of civilians killed by the RPA in 1994 at 'tens of thousands at the "
                  "very least'.", D),
                s("Another speaker described Gersony's team as working for the International Committee of the Red "
                  "Cross.", C),
                s("The session closed with a tribute to Alison Des Forges, who documented both the genocide and RPF "
                  "killings and who died in a plane crash near Buffalo in February 2009.", N),
            ],
        ],
    },
    # 11. Fixture: social-media thread, "a civil war, not a genocide" (invented handles).
    {
        "doc": "fixture-denial-civil-war-thread.txt",
        "title": "Thread: 'a civil war, not a genocide'",
        "genre": "social-media thread (test fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("@truthseeker_77: Reminder that what happened in Rwanda in 1994 was a civil war, not a genocide.",
                    C, "definitional_denial"),
                own("The RPF invaded in 1990, people defended their hills, and civilians died on both sides.", S,
                    "role_reversal", "justification", "double_genocide"),
            ],
            [own("@kivu_kid: exactly, and the 'genocide' label got stuck on afterwards so the winners could rule "
                 "forever", None, "definitional_denial", "fabrication")],
            [
                own("@truthseeker_77: most of the killing was villagers panicking after the RPF murdered the "
                    "president.", C, "spontaneity", "blame_shifting"),
                own("Nobody planned anything, it was chaos.", C, "spontaneity"),
            ],
            [own("@ann_m: funny how the death toll grows a little bit every anniversary", None, "minimisation",
                 "fabrication")],
            [own("@kivu_kid: lol and half the 'witnesses' at Arusha were on Kigali's payroll", N,
                 "attack_on_witnesses", "fabrication")],
            [own("@truthseeker_77: real number was maybe 50k, and half of them were Hutu anyway.", C, "minimisation",
                 "double_genocide")],
        ],
    },
    # 12. Fixture: blog post claiming the witnesses were coached and paid.
    {
        "doc": "fixture-denial-coached-witnesses-blog.txt",
        "title": "Why I stopped believing the Rwanda trials",
        "genre": "blog post (test fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Why I stopped believing the Rwanda trials")],
            [
                own("For thirty years the world has accepted a tidy story built almost entirely on the word of "
                    "'survivors' flown to Arusha at the tribunal's expense.", None, "attack_on_witnesses",
                    "fabrication"),
                own("Defence lawyers showed again and again that these witnesses had been rehearsed in Kigali, handed "
                    "their lines and paid for their trouble.", N, "attack_on_witnesses", "fabrication"),
                own("The gacaca courts were worse: neighbours settling land quarrels by denouncing each other, with no "
                    "lawyers and no appeal.", C, "attack_on_witnesses"),
            ],
            [
                own("Take away the coached testimony and what is left is a war in which both sides killed, and in which "
                    "the RPF killed at least as many people as anyone else.", C, "double_genocide", "fabrication"),
                own("Even the ICTR, with all that money, could only make its cases stick against 61 people.", S,
                    "attack_on_witnesses"),
                own("A genocide with no plan, no order and no honest witness is not a genocide; it is a narrative.", C,
                    "definitional_denial", "spontaneity", "fabrication"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
