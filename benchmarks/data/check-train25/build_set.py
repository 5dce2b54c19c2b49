"""Source of the TRAINING labelled set check-train25 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train25/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train25/build_set.py --check  # validate the files already written

A training set, written blind: its rows are meant to train the checker's learned layers; it is not a measure of
unseen text and should not be reported as one. New genres (an aid agency's retrospective on its 1994 emergency
response, a judge's commemoration speech frank about the ICTR's shortcomings, documentary subtitles, a policy paper
on moderating hate speech, a museum catalogue of photographs, a newspaper Q&A column on the numbers, a French
agency dispatch on a trial, and five short fixtures: a French denial editorial, a series of social-media posts,
a party-congress speech, a "just asking questions" op-ed and an online course module whose quiz feedback turns into
denial). Its emphasis is on markers in denial's respectable registers: euphemism, false balance, "reciprocal
massacres", numbers "inflated for aid money", rhetorical questions, scare quotes on words other than genocide,
witnesses "coached", historians "paid by Kigali", justification through "context", some of them in a subordinate
clause of an otherwise factual sentence. Its author did not read the detectors, their rules, exemplars or training
data, the benchmark or its results, nor any other set's documents or labels (only benchmarks/data/labelled_set.py,
benchmarks/data/check/README.md for the labelling conventions, the first 40 lines of the check-blind5 build script
and check-blind5/README.md as templates, and the list TECHNIQUES in src/factfinder/check/model.py). Verdicts were
decided against the record alone: examples/ (FACTS.md and the sample documents),
src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Do not copy these sentences into
rules or exemplars.

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

NB = "\u00a0"  # French typography: no-break space before : ; ? ! and inside « »


DOCS: list[dict] = [
    # 1. Aid agency's retrospective on its 1994 emergency response (the agency "Harbourline Relief" is invented).
    #    Hard negative: documents the Kibeho killings by RPA soldiers in strong words.
    {
        "doc": "aid-retrospective-1994-response.txt",
        "title": "Thirty years on: what our 1994 emergency response got right, and what it got badly wrong",
        "genre": "aid agency retrospective",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Thirty years on: what our 1994 emergency response got right, and what it got badly wrong")],
            [
                s("The genocide that began on the night of 6 April 1994 lasted about a hundred days and killed, "
                  "by our own reckoning, well over 800,000 people.", D),
                s("The International Committee of the Red Cross chose to stay: by mid-April about twenty of its "
                  "expatriate staff were still working in the capital.", N),
                s("Even a red cross on a vehicle was no protection; in mid-April armed civilians at a Kigali "
                  "roadblock pulled six wounded people out of an ICRC vehicle and shot them dead in front of its "
                  "staff.", N),
                s("In June, Médecins Sans Frontières did something it had never done before: it publicly demanded "
                  "armed intervention, arguing that doctors cannot stop a genocide.", N),
            ],
            [
                s("The first exodus came at the end of April, when more than a quarter of a million people crossed "
                  "into Tanzania's Ngara district in twenty-four hours, a movement UNHCR called the largest and "
                  "fastest it had ever witnessed.", S),
                s("The World Food Programme reckoned that around 320,000 had reached Ngara within a few days.", S),
                s("On the day of that exodus, UNHCR also reported that police and militiamen had opened fire on "
                  "some 50,000 people trying to leave the stadium at Cyangugu.", C),
                s("By May the camp at Benaco was being described in the press as the largest refugee camp in the "
                  "world.", N),
            ],
            [
                s("Gisenyi fell to the RPF on 18 July, and within hours the road to Goma was a single moving "
                  "crowd.", D),
                s("We had planned for half a million arrivals in North Kivu; by our own count close to a million "
                  "came.", D),
                s("The Goma Epidemiology Group later put the influx at 500,000 to 800,000, while a 1996 study "
                  "estimated around one million between 14 and 20 July.", S),
                s("Soldiers of the defeated army crossed with the civilians, and the authorities who had organised "
                  "the killing soon re-established their hold over the camps.", S),
                s("In the first week there was perhaps two hundred millilitres of water per person per day, less "
                  "than a cup.", S),
                s("Cholera was confirmed on 20 and 21 July and peaked on 6 August, by which time our wards were "
                  "overflowing.", C),
                s("Almost fifty thousand refugees died in the first month, most of them from cholera and "
                  "dysentery.", D),
                s("Three to four weeks after the influx, between eighteen and twenty-three per cent of children "
                  "under five were acutely malnourished.", S),
                s("With clean water, latrines and oral rehydration, daily mortality fell to five to eight deaths "
                  "per ten thousand people in the second month.", S),
                s("By late August a UNHCR spokesman was describing the camps of eastern Zaire as being in 'a "
                  "virtual state of war', and in Bukavu aid workers had to leave a camp after being threatened "
                  "with axes and machetes.", S),
            ],
            [
                s("Inside Rwanda we worked in the former French zone, where the last soldiers of Operation "
                  "Turquoise left at the end of September 1994.", C),
                s("Kibeho, the largest camp for displaced people there, held some 110,000 people in April 1995 by "
                  "the count of MSF.", S),
                s("What happened at Kibeho on 22 April 1995 was a massacre, and we say so plainly: soldiers of the "
                  "Rwandan Patriotic Army fired on a crowd of displaced people who had nowhere to go.", S),
                s("Our staff believe the dead numbered in the thousands, many times the 338 the government "
                  "announced.", D),
                s("Naming these killings does not weigh them against the genocide; it is the same duty to record "
                  "what we saw."),
            ],
            [
                s("The multi-donor Joint Evaluation of Emergency Assistance to Rwanda, published in March 1996, was "
                  "severe on agencies like ours, and its criticisms helped launch the Sphere Project's minimum "
                  "standards in 1997.", N),
            ],
        ],
    },
    # 2. A retired judge's speech at a commemoration (the judge is invented), frank about the ICTR's shortcomings.
    #    Hard negative: criticism of ICTR selectivity and delays, RPF crimes, a debate on figures; no marker.
    {
        "doc": "judge-commemoration-speech.txt",
        "title": "What a court can give, and what it cannot: remarks at a commemoration evening",
        "genre": "judge's commemoration speech",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("What a court can give, and what it cannot: remarks at a commemoration evening")],
            [
                s("Friends, survivors, colleagues: thank you for asking an old lawyer to speak tonight."),
                s("We meet on the seventh of April because that is the day Rwanda opens its national commemoration "
                  "each year, the period it calls Kwibuka, to remember.", N),
                s("The General Assembly followed in December 2003 by making this an international day of "
                  "reflection, and in 2018 it corrected the title to name the genocide against the Tutsi.", N),
            ],
            [
                s("I spent years in the orbit of the Arusha tribunal, and I am proud of much of what it did."),
                s("Set up by a unanimous vote of the Security Council in November 1994, it was the first "
                  "international court to convict a man of genocide, the bourgmestre of Taba, Jean-Paul "
                  "Akayesu.", C),
                s("In his case it also held, for the first time, that rape could be a means of committing "
                  "genocide.", S),
                s("It sentenced a prime minister, Jean Kambanda, to life imprisonment after he pleaded guilty, the "
                  "first head of government ever convicted of genocide.", S),
                s("And in June 2011 it convicted Pauline Nyiramasuhuko, the first woman ever found guilty of "
                  "genocide by an international court.", N),
            ],
            [
                s("But I did not come tonight to flatter the institution."),
                s("It was slow, so slow that its own Appeals Chamber cut Nyiramasuhuko's life sentence to "
                  "forty-seven years in 2015 because her trial had dragged on too long.", S),
                s("It was careless with rights: in November 1999 the Appeals Chamber ordered Jean-Bosco "
                  "Barayagwiza freed because he had been held for many months without being told the charges "
                  "against him.", N),
                s("When Kigali suspended its cooperation in protest, the judges revisited their decision in 2000, "
                  "and he was tried after all.", N),
                s("And it was one-sided."),
                s("The Commission of Experts had asked in 1994 that crimes attributed to the RPF be investigated, "
                  "and experts working for UNHCR estimated that RPA soldiers killed between twenty-five and "
                  "forty-five thousand people between April and August that year.", S),
                s("Yet of the ninety-three people the tribunal indicted, sixty-one convicted and fourteen "
                  "acquitted, not one came from the RPF.", S),
                s("When the prosecutor, Carla Del Ponte, made clear she meant to look into those killings, the "
                  "Security Council split her post in August 2003 and she lost the Rwanda brief, which she blamed "
                  "on Kigali's lobbying.", N),
                s("At home, for the murder of thirteen clergy at Kabgayi on 5 June 1994, a military court convicted "
                  "two captains in 2008 and acquitted two senior officers.", D),
                s("Some call all this victor's justice; I prefer to call it unfinished justice, because the label "
                  "matters less than the victims who are still waiting."),
            ],
            [
                s("Let me be precise, because precision is what deniers fear: none of these failures makes the "
                  "genocide against the Tutsi one bit less real."),
                s("The tens of thousands of civilians killed by RPA soldiers do not add up to a second genocide, and "
                  "the Commission itself found no evidence that those crimes were meant to destroy the Hutu as a "
                  "group.", D),
                s("Nor does an honest quarrel about numbers: Luc Reydams argues that the official count roughly "
                  "doubles the true number of genocide victims, Human Rights Watch settled on at least half a "
                  "million, and neither doubts that a genocide took place.", S),
                s("I have long believed that the plane was brought down by extremists in the president's own camp, "
                  "though no court has ever said so, and I would accept a court's answer if one ever came.", D),
                s("The tribunal's fugitives outlived it: Félicien Kabuga was arrested near Paris in May 2020, and "
                  "the residual mechanism that the Security Council had created in December 2010 ended his case "
                  "without a verdict.", N),
                s("A court can give a verdict; only we can give memory."),
            ],
        ],
    },
    # 3. Subtitles of a documentary (numbered cues; the film, its narrator and its interviewees are invented).
    #    Hard negative: a survivor reports what the radio said (voice reported); RPF/RPA killings documented.
    {
        "doc": "documentary-subtitles-hills.txt",
        "title": "What the Hills Kept — English subtitles, reel 2",
        "genre": "documentary subtitles",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("What the Hills Kept — English subtitles, reel 2")],
            [
                s("01 NARRATOR: The warning that UNAMIR's commander sent to New York is dated 11 January 1994, "
                  "three months before the killing began.", N),
                s("02 NARRATOR: Headquarters answered that acting on his informant's tip was beyond his "
                  "authority.", S),
                s("03 MARC, former UNAMIR signals officer: We had the arms caches, we had the man, and we were told "
                  "to leave it alone."),
                s("04 NARRATOR: On the evening of 6 April the president's jet was shot down on its approach to "
                  "Kigali.", S),
                s("05 NARRATOR: By the next day the prime minister was dead, and so were the ten Belgian "
                  "paratroopers sent to guard her, disarmed and killed in an army camp.", S),
                s("06 MARC: A week later Brussels announced it was taking its whole contingent home, some four "
                  "hundred and twenty men.", N),
                s("07 NARRATOR: On 21 April the Security Council voted to shrink the mission to two hundred and "
                  "seventy.", S),
            ],
            [
                s("08 AGNÈS, survivor, Bugesera: In Ntarama we ran to the church, because in the old troubles the "
                  "churches had been safe."),
                s("09 NARRATOR: Some five thousand people were killed at the Ntarama church, which is now a "
                  "memorial.", N),
                rep("10 AGNÈS: The radio called us inyenzi, cockroaches, and told the killers the graves were not "
                    "yet full.", N, "dehumanisation", "call_to_action"),
                s("11 NARRATOR: In Kigali, RTLM read out on air the names of the sixty-two people a UN convoy was "
                  "trying to evacuate from the Hôtel des Mille Collines.", N),
                s("12 NARRATOR: At Nyange, in Kibuye, the parish church was brought down on some two thousand "
                  "Tutsi sheltering inside.", S),
                s("13 NARRATOR: The businessman found responsible, Gaspard Kanyarukiga, was sentenced to "
                  "twenty-five years, a term the Appeals Chamber upheld in 2012.", C),
            ],
            [
                s("14 DR LÉA FONTAINE, historian: People always ask me for one number."),
                s("15 FONTAINE: Human Rights Watch arrived at a minimum of half a million by subtracting survivors "
                  "from an estimate of the Tutsi population; the government's census of victims came to "
                  "1,074,017.", S),
                s("16 FONTAINE: Those figures measure different things, and arguing about them is legitimate; "
                  "pretending the genocide did not happen is not."),
                s("17 FONTAINE: My own estimate is around eight hundred thousand dead, and at least a quarter of a "
                  "million women raped.", D),
            ],
            [
                s("18 NARRATOR: The RPF took Kigali on 4 July.", S),
                s("19 NARRATOR: It reached Gisenyi on 16 July, and a million people crossed into Zaire in the days "
                  "that followed.", D),
                s("20 NARRATOR: Cholera broke out in the camps at the start of July, before the main influx had "
                  "even begun.", C),
                s("21 MARC: We saw RPF soldiers kill civilians too, at the Byumba stadium in April, and that "
                  "belongs in this film as much as anything.", S),
                s("22 MARC: And at Kibeho, a year later, I watched RPA soldiers fire into the crowd; we counted more "
                  "than four thousand dead.", D),
                s("23 NARRATOR: Human Rights Watch later wrote that RPF troops may have killed tens of thousands of "
                  "people between April and July 1994.", S),
                s("24 AGNÈS: Every April I go back to Ntarama and I read the names aloud."),
            ],
        ],
    },
    # 4. Policy paper on moderating hate speech (the centre that publishes it is invented).
    #    Hard negative: quotes Kangura and RTLM (verified quotations) and typical denial phrases, voice reported.
    {
        "doc": "policy-paper-hate-speech-moderation.txt",
        "title": "Recognising calls to violence: what Rwanda teaches content moderators (working paper)",
        "genre": "hate-speech moderation policy paper",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Recognising calls to violence: what Rwanda teaches content moderators (working paper)")],
            [
                s("This paper is written for trust-and-safety teams who must decide, often within minutes, whether "
                  "a post is ordinary abuse or the kind of speech that comes before mass killing."),
                s("Our yardstick is the Rabat Plan of Action, adopted by experts in October 2012, whose six-part "
                  "test weighs context, speaker, intent, content, reach and the likelihood of harm.", N),
                s("We also draw on the UN Strategy and Plan of Action on Hate Speech, which the Secretary-General "
                  "launched on 18 June 2019.", N),
            ],
            [
                s("In Rwanda, Tutsi made up roughly one in seven of the population on the eve of the genocide, yet "
                  "propagandists cast them as an all-powerful enemy within.", D),
                s("The newspaper Kangura, founded in May 1990, printed its Ten Commandments of the Bahutu that "
                  "December.", N),
                rep("The eighth commandment read simply: 'Hutus must cease having pity for the Tutsi.'", N,
                    "call_to_action"),
                rep("The same issue called the Tutsi 'bloodthirsty and power-hungry' and claimed they meant to "
                    "impose their rule by armed force, a textbook accusation in a mirror.", N,
                    "accusation_in_mirror"),
                s("Radio Télévision Libre des Mille Collines went on air on 8 July 1993 and wrapped its slurs in "
                  "popular music.", N),
                rep("On 7 and 8 April 1994 it told its listeners: 'You have to kill [the Tutsis], they are "
                    "cockroaches.'", N, "dehumanisation", "call_to_action"),
                rep("On 20 June one of its presenters said of the Inyenzi-Inkotanyi that 'they were created to drink "
                    "Rwandan blood', and added: 'we must take our revenge on the Inyenzi-Inkotanyi and exterminate "
                    "them'.", N, "dehumanisation", "accusation_in_mirror", "call_to_action"),
                s("The genocide these voices accompanied killed more than a million people in about a hundred "
                  "days.", D),
            ],
            [
                s("Courts later treated such words as crimes."),
                s("The ICTR convicted Jean-Paul Akayesu of direct and public incitement to commit genocide as early "
                  "as 1998.", S),
                s("Georges Ruggiu, a Belgian-Italian presenter at RTLM, pleaded guilty to incitement and was given "
                  "twelve years in 2000.", S),
                s("In the Media case, the Appeals Chamber in 2007 reduced the life sentences of RTLM's founder "
                  "Ferdinand Nahimana and of Kangura's editor Hassan Ngeze to thirty and thirty-five years.", S),
                s("The singer Simon Bikindi received twenty years for urging people on the road between Kivumu and "
                  "Kayove, in Gisenyi, to kill Tutsi in late June 1994.", C),
                s("Léon Mugesera's speech at Kabaya in November 1992, a year and a half before the genocide, earned "
                  "him life imprisonment from a Rwandan court in 2016.", S),
                rep("In The Hague, Yvonne Basebya was sentenced in 2013 to ten years for incitement through a song "
                    "whose refrain meant 'let us exterminate them'.", C, "call_to_action"),
            ],
            [
                s("Three lessons follow for moderators."),
                s("First, dehumanising metaphors such as 'cockroaches' or 'snakes' are rarely jokes when a group is "
                  "already being armed; they should be escalated, not merely labelled."),
                s("Second, a claim that a minority is 'preparing to exterminate us' deserves the same scrutiny, "
                  "because propagandists accuse their targets of the very plan they are carrying out."),
                rep("Third, denial is itself a signal: posts calling 1994 'a tragic civil war' or insisting that "
                    "'both sides killed equally' are typical of what moderators will see, and should be read with "
                    "the history beside them.", C, "definitional_denial", "double_genocide"),
                s("None of this means banning the history: quoting Kangura in order to explain it, as this paper "
                  "does, is exactly the speech platforms should protect."),
                s("The word genocide first appeared in print in 1944, in Raphael Lemkin's Axis Rule in Occupied "
                  "Europe, and it deserves the same care from moderators as from lawyers.", N),
            ],
        ],
    },
    # 5. Museum catalogue of a photograph collection (museum and photographers invented).
    #    Hard negative: one Kangura cover quoted (voice reported); RPA/RPF killings captioned; "tribal fighting"
    #    corrected by mention.
    {
        "doc": "museum-catalogue-photographs.txt",
        "title": "After the Hundred Days: photographs 1994–2004 — catalogue of the exhibition",
        "genre": "museum photograph catalogue",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("After the Hundred Days: photographs 1994–2004 — catalogue of the exhibition")],
            [
                s("Plate 1. The church at Kabarondo, in the former Kibungo prefecture, photographed in 1995 by "
                  "Imani Sokolo."),
                s("Tutsi sheltering here were massacred on 23 April 1994, and in 2016 two former bourgmestres of "
                  "Kabarondo were sentenced to life in Paris for it.", C),
            ],
            [
                s("Plate 2. A classroom at the former technical school of Murambi, in Gikongoro, where between "
                  "forty and fifty thousand people were killed on 21 April 1994.", N),
                s("The prefect of the day, Laurent Bucyibaruta, was sentenced to twenty years in Paris for "
                  "complicity but died before his appeal could be heard.", S),
            ],
            [
                s("Plate 3. Nyarubuye parish, seen from the road, 1997."),
                s("The bourgmestre of Rusumo, Sylvestre Gacumbitsi, was convicted by the ICTR over the massacre "
                  "here, and on appeal his thirty years became a life sentence.", S),
            ],
            [
                s("Plate 4. The compound of the Kiziguro church, where at least four hundred Tutsi were killed on "
                  "11 April 1994.", S),
                s("Onesphore Rwabukombe, the bourgmestre of Muvumba, was finally given life by a court in "
                  "Frankfurt.", S),
            ],
            [
                rep("Plate 5. A Kangura cover from November 1991 in the museum's archive: a machete beside the "
                    "question 'What weapons shall we use to conquer the Inyenzi once and for all?'", N,
                    "dehumanisation", "call_to_action"),
                s("The paper's editor, Hassan Ngeze, was sentenced to thirty-five years, the term fixed on appeal "
                  "in 2007.", S),
            ],
            [
                s("Plate 6. The Sainte-Famille church in Kigali, where refugees were attacked on 17 June 1994.", S),
                s("The prefect of Kigali-Ville, Colonel Tharcisse Renzaho, was acquitted of the attack by the ICTR "
                  "in 2009.", C),
            ],
            [
                s("Plate 7. The Benedictine convent at Sovu, near Butare."),
                s("In June 2001 a Brussels jury sentenced two of its nuns, Consolata Mukangango and Julienne "
                  "Mukabutera, to fifteen and twelve years.", S),
            ],
            [
                s("Plate 8. The Bisesero hills in Kibuye, where attacks on Tutsi went on from early April to the end "
                  "of June 1994.", S),
                s("One of those convicted for them, the businessman Obed Ruzindana, was sentenced to life "
                  "imprisonment.", C),
            ],
            [
                s("Plate 9. Gitwa hill, where the ICTR found that the interim government's finance minister, "
                  "Emmanuel Ndindabahizi, took part in a massacre of Tutsi in late April 1994.", S),
                s("Plate 10. The Kibeho camp for displaced people a week before 22 April 1995, when RPA soldiers "
                  "opened fire and killed some two thousand people.", D),
                s("Plate 11. The hillside at Gakurazo, near Kabgayi, where thirteen clergy and other civilians "
                  "evacuated from the town were killed by RPF soldiers on 4 June 1994.", D),
                s("Plate 12. Refugees queueing for water near Goma in July 1994, when an exodus of close to a "
                  "million people overwhelmed the town.", D),
            ],
            [
                s("Plate 13. A roadblock on the Kigali–Gitarama road, June 1994, photographer unknown."),
                s("Its original caption spoke of 'tribal fighting'; we have corrected it, because the roadblock "
                  "killings were organised, not spontaneous."),
                s("The UN Commission of Experts concluded in December 1994 that the genocide had been carried out "
                  "in a concerted, planned, systematic and methodical way.", S),
            ],
            [
                s("Plate 14. Survivors at the Kigali Genocide Memorial in Gisozi, which opened in April 2004 and "
                  "where more than 250,000 victims are buried.", N),
            ],
        ],
    },
    # 6. Newspaper Q&A column on the numbers (newspaper, columnist and readers invented).
    #    Hard negative: readers' denial claims quoted to be refuted (voice reported).
    {
        "doc": "qa-column-numbers.txt",
        "title": "Ask the Data Desk: your questions about the numbers of 1994",
        "genre": "newspaper Q&A column",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Ask the Data Desk: your questions about the numbers of 1994")],
            [
                rep("A reader in Leeds writes: 'My uncle insists that no more than 100,000 people died in Rwanda "
                    "and that the rest is propaganda.'", C, "minimisation", "fabrication"),
                s("Your uncle is wrong, and not by a little."),
                s("Working from the 1991 census, Human Rights Watch estimated that about 657,000 Tutsi lived in "
                  "Rwanda on 6 April 1994 and that some 507,000 of them were killed.", S),
                s("That is roughly three in every four people registered as Tutsi.", S),
                s("The 1991 census itself, for what it is worth, put the Tutsi at fourteen per cent of the "
                  "population.", C),
                s("On 19 April, less than two weeks in, humanitarian groups were already estimating up to 100,000 "
                  "dead, and that early figure is probably where your uncle's number comes from.", S),
            ],
            [
                s("A reader in Glasgow asks why one article says 800,000 and another more than a million."),
                s("Because they count different things over different periods."),
                s("The UN's Independent Inquiry wrote in 1999 of approximately 800,000 killed over about a hundred "
                  "days.", S),
                s("Rwanda's government, counting from October 1990 to the end of 1994, reached 1,074,017 victims, "
                  "934,218 of them identified with certainty.", S),
                s("Some researchers, Luc Reydams among them, argue that the official count roughly doubles the "
                  "number of genocide victims; that is a quarrel about method, not about whether a genocide "
                  "happened.", S),
                s("For the record, the figure this desk uses is 'more than half a million Tutsi killed', and we say "
                  "so in every piece.", D),
            ],
            [
                rep("A reader in Ottawa asks: 'Isn't it true that the RPF killed just as many Hutu, so there were "
                    "really two genocides?'", C, "double_genocide"),
                s("No."),
                s("Killings by RPF soldiers were real and grave: experts working for UNHCR put them at 25,000 to "
                  "45,000 between April and August 1994, and a former interior minister later spoke of 60,000 up "
                  "to August 1995.", S),
                s("Those are terrible numbers, but they are far below the genocide's, and the UN Commission of "
                  "Experts found no evidence that those crimes aimed to destroy the Hutu as a group.", S),
            ],
            [
                s("A reader in Lyon asks whether the Arusha tribunal 'let almost everyone go'.", C),
                s("It did not: of the ninety-three people it indicted, sixty-one were convicted and fourteen "
                  "acquitted.", S),
                s("Several readers ask who shot down the plane; my own reading of the evidence is that extremists "
                  "in the president's camp did, but a French judge long pointed at the RPF, and no court has ever "
                  "settled it.", D),
            ],
            [
                s("On rape, estimates run from at least 250,000 in a 1996 study to as many as half a million in "
                  "UNICEF Ireland's 2004 statement.", S),
                s("The pregnancies that followed numbered up to 20,000, and many of those children are adults "
                  "now.", D),
                s("On orphans, UNICEF said 95,000 children had lost parents by the end of the genocide, while a "
                  "Rwandan census of survivors counted 74,642.", S),
                s("And on Goma, where many of you have relatives who fled: nearly 80,000 refugees died in the camps "
                  "that summer.", D),
                s("On Kibeho, the figure I trust is around two thousand dead, the estimate of senior UN military "
                  "officers, not the government's 338.", D),
            ],
        ],
    },
    # 7. Dépêche d'agence (French) sur un procès; faits tirés du seul CSV des procédures (l'agence « ACP » est
    #    inventée). Quatre erreurs d'apparence honnête : date de cassation, lieu, issue d'appel, peine.
    {
        "doc": "depeche-fr-proces-muhayimana.txt",
        "title": "Rwanda : quatorze ans de réclusion confirmés en appel pour l'ancien chauffeur Claude Muhayimana",
        "genre": "dépêche d'agence judiciaire",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s(f"Rwanda{NB}: quatorze ans de réclusion confirmés en appel pour l'ancien chauffeur Claude "
               "Muhayimana", S)],
            [
                s("PARIS, 27 février 2026 (ACP) – La cour d'assises d'appel de Paris a confirmé vendredi la peine "
                  "de quatorze ans de réclusion criminelle infligée à Claude Muhayimana, ancien chauffeur d'un "
                  "hôtel de Kibuye, pour complicité de génocide et de crimes contre l'humanité.", S),
                s("En première instance, le 16 décembre 2021, la cour d'assises de Paris l'avait reconnu coupable "
                  "d'avoir conduit des gendarmes et des miliciens interahamwe vers des lieux de massacre.", S),
                s("Les faits se sont déroulés d'avril à juin 1994, dans la ville de Kibuye, à Karongi, sur la "
                  "colline de Gitwa et à Bisesero.", S),
            ],
            [
                s("Ce dossier vient s'ajouter à une liste désormais longue de procès rwandais tenus à Paris au titre "
                  "de la compétence universelle."),
                s("Le premier, en mars 2014, avait vu Pascal Simbikangwa, ancien capitaine de la garde "
                  "présidentielle passé au renseignement, condamné à vingt-cinq ans, peine confirmée en appel le "
                  "3 décembre 2016.", S),
                s("En juillet 2016, deux anciens bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, ont "
                  "été condamnés à la perpétuité pour le massacre de Tutsi réfugiés dans l'église de leur commune, "
                  "le 13 avril 1994.", S),
                s("Leur peine a été confirmée en appel deux ans plus tard, et la Cour de cassation a rejeté leurs "
                  "pourvois en 2021.", C),
                s("L'ancien préfet de Gikongoro, Laurent Bucyibaruta, condamné le 12 juillet 2022 à vingt ans de "
                  "réclusion pour complicité, est mort le 6 décembre 2023 sans avoir été rejugé.", S),
                s("Il avait été reconnu complice des massacres de l'école de Murambi et des paroisses de Cyanika et "
                  "de Kaduha, le 21 avril 1994.", S),
            ],
            [
                s("Philippe Hategekimana, ancien adjudant-chef de gendarmerie à Nyanza naturalisé sous le nom de "
                  "Philippe Manier, a vu sa condamnation à la perpétuité confirmée en appel le 17 décembre "
                  "2024.", S),
                s("Les jurés d'appel l'avaient toutefois acquitté du chef d'entente en vue de commettre un "
                  "génocide.", S),
                s("Il avait notamment été jugé pour l'assassinat du bourgmestre de Ntyazo, Narcisse Nyagasaza, et "
                  "pour les massacres des collines de Nyabubare et de Nyamure, dans la préfecture de Kibuye.", C),
                s("Le gynécologue Sosthène Munyemana, qui exerçait au CHU de Butare, a vu sa peine de vingt-quatre "
                  "ans confirmée en appel en octobre 2025, la période de sûreté passant de huit à douze ans.", S),
            ],
            [
                s("En Belgique, Fabien Neretse est devenu en décembre 2019 le premier accusé condamné pour génocide "
                  "par une cour d'assises du pays, à vingt-cinq ans de réclusion.", S),
                s("À Bruxelles encore, Séraphin Twahirwa, ancien chef des interahamwe de Gikondo, a été condamné à "
                  "la perpétuité en décembre 2023.", S),
                s("L'ancien major Bernard Ntuyahaga y avait été condamné en juillet 2007 à vingt ans de réclusion "
                  "pour le meurtre des dix Casques bleus belges au camp Kigali.", S),
                s("Il avait en revanche été acquitté du meurtre de la Première ministre Agathe "
                  "Uwilingiyimana.", S),
                s("En Suisse, le bourgmestre Fulgence Niyonteze avait été condamné dès 1999 par un tribunal "
                  "militaire, peine ramenée en appel à quatorze ans pour crimes de guerre.", S),
                s("En Finlande, le pasteur François Bazaramba a été condamné à la perpétuité en 2010, peine "
                  "confirmée en appel en 2012.", S),
                s("Au Canada, Désiré Munyaneza, condamné à la perpétuité par la Cour supérieure du Québec en 2009, "
                  "a été acquitté par la Cour d'appel en 2014.", C),
            ],
            [
                s("À Arusha, le TPIR avait rendu son premier jugement le 2 septembre 1998 contre Jean-Paul Akayesu, "
                  "bourgmestre de Taba, condamné à la perpétuité.", S),
                s("Deux jours plus tard, il condamnait à la même peine Jean Kambanda, Premier ministre du "
                  "gouvernement intérimaire, qui avait plaidé coupable.", S),
                s("Le tribunal avait condamné en 2008 le colonel Théoneste Bagosora à la perpétuité, peine "
                  "ramenée à trente ans en appel en 2011.", C),
                s("Quant à Félicien Kabuga, déclaré inapte à être jugé, son procès devant le Mécanisme s'est achevé "
                  "en août 2023 par une suspension sans limite de durée, sans verdict.", S),
            ],
        ],
    },
    # 8. FIXTURE (French): éditorial négationniste. Négation, fabrication, attaque contre les historiens.
    {
        "doc": "fixture-denial-fr-editorial.txt",
        "title": "Trente ans de « vérité officielle », ça suffit",
        "genre": "éditorial négationniste (fixture)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own(f"Trente ans de «{NB}vérité officielle{NB}», ça suffit", None, "fabrication")],
            [
                own("Depuis trente ans, on nous ressert la même fable sur les événements de 1994, et malheur à qui "
                    "ose poser une question.", None, "definitional_denial", "fabrication"),
                own("Des historiens accrédités, payés par Kigali et décorés à Paris, ont fabriqué un récit commode "
                    "où tout aurait été planifié d'avance.", C, "attack_on_witnesses", "fabrication",
                    "spontaneity"),
                own("Or la Commission d'experts de l'ONU n'a jamais prononcé le mot de génocide dans son rapport de "
                    "décembre 1994.", C, "definitional_denial"),
                own("Quant au prétendu million de morts, personne n'en a jamais produit la liste, et les chiffres "
                    "ont été gonflés pour attirer l'aide internationale.", C, "minimisation", "fabrication"),
            ],
            [
                own("Il y eut des massacres, certes, mais après que le FPR eut abattu l'avion du président le "
                    "6 avril 1994, dans une guerre qu'il avait lui-même déclenchée.", D, "blame_shifting",
                    "definitional_denial", "justification"),
                own("Le TPIR, lui, a fini par acquitter la plupart des accusés, preuve que ses témoins avaient été "
                    "achetés ou dressés par l'accusation.", C, "attack_on_witnesses"),
                own(f"Et qui a intérêt à ce que les archives restent fermées{NB}?", None, "fabrication"),
            ],
        ],
    },
    # 9. FIXTURE: a series of posts by an invented social-media account. Minimisation, double genocide,
    #    fabrication; one true figure weaponised.
    {
        "doc": "fixture-denial-social-thread.txt",
        "title": "Thread by an anonymous account on the 'tragedy of 1994'",
        "genre": "social-media post series (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("1/ A thread on the tragedy of 1994 that the 'experts' would rather you didn't read.", None,
                 "definitional_denial", "attack_on_witnesses")],
            [own("2/ Yes, people died, nobody serious denies that, but the 'official' toll was inflated for aid "
                 "money and the real number is a fraction of what the NGOs claim.", C, "minimisation",
                 "fabrication")],
            [own("3/ As for the government's famous million, nobody has ever produced the list of names.", C,
                 "minimisation", "fabrication")],
            [own("4/ Meanwhile the RPF was butchering Hutu from the day it crossed the border, the whole country "
                 "exploded in chaos, and all sides suffered equally.", C, "double_genocide", "spontaneity")],
            [own("5/ Reciprocal massacres in a civil war, two genocides if you like, and only one side was ever put "
                 "on trial.", C, "double_genocide", "definitional_denial")],
            [own("6/ Even the UN refugee agency's own experts found that RPA soldiers killed 25,000 to 45,000 "
                 "people between April and August 1994, so do the maths.", S, "double_genocide")],
            [own("7/ The 'survivors' touring Western campuses are paid by the regime, so follow the money.", None,
                 "attack_on_witnesses", "fabrication")],
            [own("8/ And the plane on 6 April was shot down by Kagame's men, which is the part of the troubles "
                 "nobody wants to discuss.", D, "blame_shifting", "definitional_denial")],
        ],
    },
    # 10. FIXTURE: speech at an invented party's congress. Call to action, dehumanisation, accusation in a mirror
    #     (short, not graphic).
    {
        "doc": "fixture-denial-congress-speech.txt",
        "title": "Speech to the congress of an invented party",
        "genre": "party congress speech (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Delegates, brothers and sisters of the Union, thank you."),
                own("They tell you that 1994 was a genocide against them; I tell you it was our people who were "
                    "being hunted, and it is our people who are hunted still.", None, "role_reversal",
                    "definitional_denial"),
                own("Those snakes across the border are sharpening their knives tonight, preparing to finish what "
                    "they started.", None, "dehumanisation", "accusation_in_mirror"),
                own("They breed like vermin and spread like a sickness through every office in the land.", None,
                    "dehumanisation"),
            ],
            [
                own("What our fathers did in 1994 was self-defence against an invading army, and no court in Arusha "
                    "can make it anything else.", None, "justification", "role_reversal"),
                own("The tribunal convicted sixty-one of our leaders on the word of coached witnesses, and it never "
                    "touched a single one of theirs.", S, "attack_on_witnesses"),
                own("So go home, organise your villages, and be ready to clean the land when the signal comes.",
                    None, "call_to_action"),
                own("Never again will we wait for them to strike first.", None, "accusation_in_mirror",
                    "call_to_action"),
            ],
        ],
    },
    # 11. FIXTURE: a "just asking questions" op-ed. Blame shifting, spontaneity, definitional denial; rhetorical
    #     questions, justification through "context".
    {
        "doc": "fixture-denial-just-asking-oped.txt",
        "title": "Just asking: the questions about Rwanda nobody is allowed to put",
        "genre": "'just asking questions' op-ed (fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("Just asking: the questions about Rwanda nobody is allowed to put", None, "fabrication")],
            [
                s("The plane carrying President Habyarimana was shot down on the evening of 6 April 1994, and no "
                  "court has ever established who fired.", S),
                own("So who benefited from killing the one man who could have held the country together?", None,
                    "blame_shifting"),
                own("Is it really so outrageous to ask whether the rebel army provoked the very killing it later "
                    "blamed on others?", None, "blame_shifting", "role_reversal"),
                own("What followed looks less like a plan than like a frightened country losing its mind after years "
                    "of invasion, with spontaneous anger and neighbours settling scores in the chaos, and nobody can "
                    "judge that without the context.", C, "spontaneity", "justification"),
            ],
            [
                own("And if a genocide had truly been organised from the top, why did the UN's own Commission of "
                    "Experts find that crimes were committed by both sides?", S, "definitional_denial",
                    "double_genocide"),
                own("Why are parts of the French archives on the 'humanitarian' Operation Turquoise still closed, "
                    "and what are they hiding about the real aggressors?", None, "fabrication", "blame_shifting"),
                own("Perhaps the word genocide, repeated so often, has simply stopped us thinking about a civil war "
                    "with many victims.", None, "definitional_denial"),
            ],
        ],
    },
    # 12. COMPOSITE FIXTURE: an online course module whose quiz feedback turns into denial (true first half,
    #     denial second half, spliced).
    {
        "doc": "fixture-denial-course-module-quiz.txt",
        "title": "Module 4 quiz — feedback on your answers",
        "genre": "online course module with quiz feedback (composite fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("Module 4 quiz — feedback on your answers")],
            [
                s("Question 1: correct — Security Council resolution 955 of 8 November 1994 created the tribunal, "
                  "with jurisdiction over crimes committed during 1994.", S),
                s("Question 2: correct — resolution 912 of 21 April 1994 reduced UNAMIR to about 270 "
                  "personnel.", S),
                s("Question 3: incorrect — Akayesu, the former bourgmestre of Taba, was the first person convicted "
                  "of genocide by an international court, in September 1998.", S),
            ],
            [
                own("Question 4 (bonus, instructor's note): between us, the 'hundred days' story you were taught is "
                    "the victors' version, and the real death toll was closer to 50,000 than to a million.", C,
                    "fabrication", "minimisation"),
                own("The killings were reciprocal, and the so-called genocide was a war the RPF started and then "
                    "dressed up as a massacre of innocents.", C, "double_genocide", "definitional_denial",
                    "blame_shifting", "role_reversal"),
                own("Ask yourself why every 'survivor' testimony sounds rehearsed: the witnesses in Arusha were "
                    "coached, fed and paid.", None, "attack_on_witnesses"),
                own("Retake the quiz with that in mind, and do not believe everything Kigali's historians tell "
                    "you.", None, "attack_on_witnesses"),
            ],
        ],
    },
]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv, DOCS, HERE))
