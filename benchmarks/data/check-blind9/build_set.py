"""Source of the NINTH BLIND labelled set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind9/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind9/build_set.py --check  # validate the files already written

STATUS: HELD-OUT EVALUATION SET, written blind. Score it in aggregate only. Its per-sentence errors must not be
read by the people who write or tune the checker (rules, exemplars, classifiers, second look), and nothing in it
may be copied into rules, exemplars or training data. Once its errors have been read, it stops being a held-out
set and its README must say so.

Genres (all outlets, authors, narrators, commenters and the mayor's town are invented for the set): a magazine
long-read on how the killing was organised, a Q&A explainer on Rwanda's genocide-ideology and denial laws, a
radio news script on the Munyemana appeal verdict, a peer-review report on a death-toll manuscript, a
human-rights briefing on killings by RPF soldiers in 1994, a scholarly book review on "victor's justice" at the
ICTR, a French teaching dossier on the UN and UNAMIR, a French mayor's commemoration speech, a research paper on
Kangura and RTLM, and three short fixtures (a forum thread where a denial post gets an accurate reply, a "both
armies killed" blog comment, a conspiracy-video description). Its author did not read the detectors, their
rules, exemplars or training data, the benchmark results, nor any other set's documents or labels (only
benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, and the first 40
lines of the check-blind5 build script and its README as templates). Verdicts were decided against the record
alone: examples/ (FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and
the proceedings CSV. Every fact outside the record was checked on a stored public page (see README.md).

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
    # 1. Magazine long-read on how the killing was organised (invented magazine and author).
    {
        "doc": "longread-machinery-of-killing.txt",
        "title": "The machinery of the hundred days",
        "genre": "magazine long-read",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("The machinery of the hundred days: militias, lists, radio and roadblocks"),
            ],
            [
                s("On the evening of 6 April 1994, within hours of the president's plane being shot down as it "
                  "came in to land at Kigali, soldiers and militiamen were already throwing up roadblocks across "
                  "the capital.", S),
                s("It is tempting to read what followed as an explosion of rage."),
                s("Thirty years of investigations, trials and archival digging point the other way."),
            ],
            [
                s("The Interahamwe – the name is usually rendered as \"those who attack together\" – began life in "
                  "1991 as the youth wing of President Habyarimana's party, the MRND.", N),
                s("Its national leadership included Georges Rutaganda, one of its vice-presidents, whom the ICTR "
                  "later convicted of genocide over the massacres at the ETO school and at Nyanza, in Kigali.", S),
                s("He got twenty-five years.", C),
                s("The smaller CDR party had a militia of its own, the Impuzamugambi, whose members manned "
                  "roadblocks in Kigali where Tutsi were pulled out and killed.", S),
            ],
            [
                s("In January 1994 a militia trainer told the UN mission that he had been ordered to register "
                  "every Tutsi in Kigali, and that his men could kill up to a thousand of them in twenty "
                  "minutes.", N),
                s("General Dallaire passed the warning on and was told by headquarters in New York that he had no "
                  "authority to act on it.", S),
                s("Two weeks into the killing, the Security Council cut the mission to 540 people.", C),
            ],
            [
                s("At the barriers, the identity card did the sorting."),
                s("Rwandan cards had recorded the holder's ethnicity since the Belgian colonial administration "
                  "introduced them in the 1930s, and in 1994 a card marked \"Tutsi\" could be a death "
                  "sentence.", N),
                s("Pascal Simbikangwa, a former captain of the Presidential Guard turned intelligence officer, was "
                  "convicted in Paris of handing out weapons and instructions to the men at Kigali's "
                  "roadblocks.", S),
                s("He is serving a life sentence.", C),
            ],
            [
                s("The much-repeated figure of 581 tonnes of machetes imported before the genocide comes from a "
                  "1996 report by Pierre Galand and Michel Chossudovsky, and the historian André Guichaoua has "
                  "since pointed to inconsistencies in its data.", N),
                s("Félicien Kabuga, the businessman accused of paying for machetes and bankrolling the hate radio, "
                  "was never judged: in August 2023 the UN's appeals judges ordered an indefinite stay of "
                  "proceedings because he was unfit for trial.", S),
            ],
            [
                rep("RTLM, on the air since July 1993, read out names and hiding places and called the Tutsi "
                    "inyenzi – cockroaches.", N, "dehumanisation"),
                s("Léon Mugesera had set the tone with a speech at Kabaya in November 1993, for which a Rwandan "
                  "court eventually gave him life.", C),
            ],
            [
                s("The biggest massacres happened where people had run for shelter: at Kiziguro on 11 April, at "
                  "Kabarondo church on 13 April, at Nyange, where the church was destroyed on 16 April with some "
                  "2,000 people inside.", S),
                s("Local officials organised many of them; the two bourgmestres of Kabarondo were sentenced to "
                  "life imprisonment in Paris in 2016.", S),
                s("By July, more than a million people had been killed.", D),
                s("At least 250,000 women had been raped.", D),
                s("As the RPF closed in, up to a million people, killers among them, fled into Zaire.", D),
                s("The Tutsi, perhaps one Rwandan in seven, were the target, along with Hutu who refused to go "
                  "along.", D),
                s("The extremists who brought down the plane had prepared the ground well.", D),
                s("Organisation does not mean that every killer obeyed an order; it means that the orders, the "
                  "lists and the tools were ready when they were wanted."),
            ],
        ],
    },
    # 2. Q&A explainer on Rwanda's genocide-ideology and denial laws (invented outlet).
    {
        "doc": "explainer-rwanda-denial-laws.txt",
        "title": "Explainer: what Rwanda's laws on genocide ideology and denial say",
        "genre": "Q&A explainer",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Explainer: what Rwanda's laws on \"genocide ideology\" and denial actually say"),
            ],
            [
                s("Where does the ban come from?"),
            ],
            [
                s("Rwanda's 2003 constitution commits the state to \"fighting the ideology of genocide and all its "
                  "manifestations\".", N),
                s("The first dedicated statute, Law No. 18/2008, was adopted on 23/07/2008.", N),
                s("It defined the crime so broadly – \"laughing at one's misfortune\" and \"creating confusion "
                  "aiming at negating the genocide\" were both on the list – that critics said almost any remark "
                  "could qualify.", N),
            ],
            [
                s("Has the law changed since?"),
            ],
            [
                s("Yes: the 2008 text was replaced in 2013, and the law now in force is Law No. 59/2018 on the "
                  "crime of genocide ideology and related crimes.", N),
                s("Denying, minimising and justifying the genocide are listed as separate offences.", N),
                rep("Think of statements such as \"it was a civil war, not a genocide\" or \"there were two "
                    "genocides, one against the Tutsi and one against the Hutu\".", None,
                    "definitional_denial", "double_genocide"),
            ],
            [
                s("Who has been prosecuted?"),
            ],
            [
                s("The best-known case is that of the opposition politician Victoire Ingabire, arrested in "
                  "October 2010 after years of exile in the Netherlands.", N),
                s("In October 2012 the High Court gave her eight years, for conspiracy and for genocide denial; "
                  "in December 2013 the Supreme Court raised the sentence to 15 years.", N),
            ],
            [
                s("Why do critics object?"),
            ],
            [
                s("Amnesty International's 2010 report Safer to Stay Silent argued that the vague wording was "
                  "being used against dissent.", N),
            ],
            [
                s("So is documenting crimes by the RPF illegal?"),
            ],
            [
                s("Not in itself: the UN Commission of Experts asked as early as 1994 that the crimes attributed "
                  "to the RPF be investigated.", S),
                s("But those crimes were kept out of the gacaca courts' jurisdiction, and the international "
                  "tribunal never indicted an RPF member.", S),
                s("The gacaca courts tried close to two million cases before they closed in 2015.", C),
            ],
            [
                s("Do other countries punish denial?"),
            ],
            [
                s("Belgium does: a law of 5 May 2019 made it an offence to deny, grossly minimise, justify or "
                  "approve a genocide established by a final decision of an international court.", N),
                s("That covers the genocide against the Tutsi, which the ICTR – set up by Security Council "
                  "resolution 955 in November 1995 – first recognised in the Akayesu judgment of 1998.", C),
                s("How many died is still argued over: the Rwandan government's own count is 1,074,017, while "
                  "Human Rights Watch settled on at least half a million.", S),
                s("Our own working figure is at least 800,000 dead.", D),
            ],
        ],
    },
    # 3. Radio news script on the Munyemana appeal verdict (invented station and correspondent).
    {
        "doc": "radio-script-munyemana-appeal.txt",
        "title": "Nine o'clock news, 23 October 2025: Munyemana appeal verdict",
        "genre": "radio news script",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("NINE O'CLOCK NEWS – THURSDAY 23.10.2025 – LEAD: MUNYEMANA"),
            ],
            [
                s("[PRESENTER] Good evening."),
                s("A Paris appeals court has upheld the twenty-four-year prison sentence of Sosthène Munyemana, a "
                  "Rwandan doctor convicted over the killing of Tutsi in 1994.", S),
                s("Some 800,000 people, most of them Tutsi, were killed in the hundred days of the genocide.", D),
                s("Munyemana was a gynaecologist at the university hospital in Butare.", S),
                s("Witnesses said he held the key to the sector office in Tumba where Tutsi were locked up before "
                  "they were taken away and killed.", S),
                s("He was also found to have taken part in the roadblocks and night patrols that caught them.", S),
                s("Prosecutors had asked for life.", N),
                s("The court did raise the minimum term he must serve, from eight years to twelve.", S),
                s("Survivors call him \"the butcher of Tumba\"; he has always denied the charges.", N),
            ],
            [
                s("[CORRESPONDENT, PARIS] This is the oldest Rwanda file in the French courts.", N),
                s("The first complaint was lodged in Bordeaux in October 1995, about a year after he arrived in "
                  "France.", N),
                s("His first trial, in March 2023, had ended with the same sentence.", C),
            ],
            [
                s("[PRESENTER] France's first conviction for the genocide came in 2014, when Pascal Simbikangwa "
                  "was given 25 years.", S),
                s("Elsewhere, the UN mechanism that took over from the Rwanda tribunal says every fugitive the "
                  "tribunal indicted has now been accounted for.", N),
                s("Ladislas Ntaganzwa, the former bourgmestre of Nyakizu, was arrested in Congo in December 2015 "
                  "with a five-million-dollar American reward on his head.", N),
                s("And Félicien Kabuga, accused of financing the killers, was convicted in 2023 and given life.", C),
                s("[STING] More after the break."),
            ],
        ],
    },
    # 4. Peer-review report on a death-toll manuscript (invented journal, reviewer and manuscript).
    {
        "doc": "peer-review-death-toll-manuscript.txt",
        "title": "Referee report on manuscript GS-2026-0412, a reassessment of the 1994 death toll",
        "genre": "peer-review report",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Referee report – Manuscript GS-2026-0412, \"Counting the dead: a reassessment of the 1994 death "
                  "toll in Rwanda\""),
            ],
            [
                s("The manuscript reviews the published estimates of the number of people killed between April "
                  "and July 1994 and proposes a reconciled range."),
                s("My concerns are mostly with sourcing, and with a handful of factual slips that must be fixed "
                  "before publication."),
            ],
            [
                s("1. The starting point is the 1991 census, which put the Tutsi share at 8.4 percent.", S),
                s("The author rightly notes that Human Rights Watch itself thought this an undercount, since some "
                  "Tutsi had registered as Hutu.", S),
                s("The manuscript then asserts, without a source, that Tutsi made up \"roughly 15 percent\" of the "
                  "population in April 1994.", D),
                s("That figure does exist – HRW's World Report 1995 used it for early 1994 – and should be cited "
                  "as such.", S),
            ],
            [
                s("2. Table 2 gives William Seltzer's estimate of the Tutsi population on 6 April 1994 as "
                  "675,000.", C),
                s("The published figure is 657,000.", S),
                s("Subtracting some 150,000 survivors, HRW arrived at roughly 570,000 Tutsi killed, or 77 percent "
                  "of those registered as Tutsi.", C),
            ],
            [
                s("3. The government's census of victims is described on p. 11 as covering April to July "
                  "1994.", C),
                s("Its final report, dated November 2002, counted 1,074,017 victims between 1 October 1990 and "
                  "31 December 1994, which matters for any comparison.", S),
                s("The 937,000 named victims announced in 2004 by a different ministry also deserve a "
                  "paragraph.", S),
            ],
            [
                s("4. On the upper bound, the author needs to engage with Verpoorten: her Gikongoro study found "
                  "that a Tutsi there had on average a one-in-four chance of surviving, and in 2020 she argued "
                  "for 560,000 to 660,000 Tutsi deaths.", S),
                s("Reydams (2020), by contrast, concludes that the official toll roughly doubles the number of "
                  "genocide victims.", S),
                s("The manuscript's own central figure – \"about 800,000 dead, three quarters of them Tutsi\" – "
                  "is asserted rather than derived.", D),
                s("If the author wants to keep it, the UN's Independent Inquiry of March 1999 gives "
                  "approximately 800,000 killed.", C),
                s("Note, though, that the 800,000 HRW attributes to an unnamed UN expert counted deaths from all "
                  "causes, not only the genocide.", S),
                s("For what it is worth, my own reading of the evidence is that the genocide killed at least "
                  "600,000 people.", D),
            ],
            [
                s("5. The treatment of low estimates needs more care."),
                s("The author cites the GenoDynamics project of Christian Davenport and Allan Stam, whose lower "
                  "bound for Tutsi deaths was about 200,000, without mentioning that Verpoorten has contested "
                  "precisely that lower bound.", N),
                s("Their work was the backbone of the BBC film Rwanda's Untold Story, aired on 1 October 2014, "
                  "after which Rwanda's parliament called for the BBC to be banned.", N),
            ],
            [
                s("6. On RPF killings the periods are mixed up: the UNHCR experts' 25,000 to 45,000 covers April "
                  "to August 1994, whereas the 60,000 attributed to a former interior minister runs to August "
                  "1995.", S),
            ],
            [
                s("Minor points."),
            ],
            [
                s("p. 3: the manuscript dates Leave None to Tell the Story to 1996.", C),
                s("p. 14: the Commission of Experts' estimate of some 500,000 murdered civilians appeared in "
                  "December 1994, and the Commission itself warned that it might be conservative.", S),
                s("p. 17: Alison Des Forges, who testified as an expert at eleven ICTR trials, died in February "
                  "2009, so the \"personal communication, 2011\" cannot be right.", N),
                s("p. 21: the text says the ICTR indicted 39 people.", C),
                s("Recommendation: major revision."),
            ],
        ],
    },
    # 5. Human-rights briefing on killings by RPF soldiers in 1994 (invented NGO). Hard negative.
    {
        "doc": "briefing-rpf-reprisal-killings-1994.txt",
        "title": "Behind the front line: killings of civilians by RPF soldiers, April–September 1994",
        "genre": "human-rights documentation",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Behind the front line: killings of civilians by RPF soldiers, April–September 1994"),
            ],
            [
                s("This briefing documents killings of civilians by soldiers of the Rwandese Patriotic Front "
                  "and its army, the RPA, during and after the genocide of 1994."),
                s("It does not revisit the genocide itself, which the UN Commission of Experts found to have been "
                  "carried out by Hutu elements in a concerted, planned, systematic and methodical way.", S),
                s("The same Commission found that individuals on both sides had committed crimes against "
                  "humanity, but no evidence that the RPF's crimes were meant to destroy the Hutu as a "
                  "group.", S),
            ],
            [
                s("What is known"),
            ],
            [
                s("The best-known estimate comes from a team led by Robert Gersony, an American consultant hired "
                  "by UNHCR to assess whether refugees could safely go home.", N),
                s("It concluded that RPA soldiers had killed between 25,000 and 45,000 people from April to "
                  "August 1994.", S),
                s("Its findings were never published as a report.", S),
                s("Human Rights Watch wrote in Leave None to Tell the Story that RPF soldiers may have "
                  "slaughtered tens of thousands during the four months of combat.", S),
                s("In HRW's account the killings diminished in August and fell off sharply after mid-September, "
                  "once international pressure mounted.", N),
                s("In mid-April, according to the same source, RPF soldiers massacred several hundred people in "
                  "the stadium at Byumba.", S),
                s("Amnesty International reported in October 1994 that RPA violations from April to August "
                  "included hundreds of deliberate executions.", S),
                s("In early June, near Kabgayi, soldiers killed fifteen civilians, thirteen of them clergy, among "
                  "them the Archbishop of Kigali.", S),
                s("The killings took place on 5 June.", D),
                s("The RPF's own radio announced the deaths on 18 June.", C),
                s("A former interior minister of the post-genocide government later put the number killed by "
                  "RPA soldiers between April 1994 and August 1995 at around 60,000.", S),
                s("In all, RPA soldiers killed tens of thousands of civilians in 1994.", D),
                s("The killing did not stop with the war: on 22 April 1995, at the Kibeho camp, RPA soldiers "
                  "opened fire on displaced people and killed around 2,000.", D),
            ],
            [
                s("Seth Sendashonga, the Hutu interior minister of the government formed in July 1994, was "
                  "dismissed in August 1995 after a cabinet dispute over punishing soldiers who carried out "
                  "revenge attacks.", N),
                s("He was shot dead in Nairobi on 16 May 1998.", N),
            ],
            [
                s("The ICTR, whose jurisdiction covered the whole of 1994, never indicted a single RPF "
                  "suspect.", S),
                s("In December 2008 Human Rights Watch said the tribunal had \"not prosecuted even one\" of the "
                  "serious RPF crimes of 1994.", S),
                s("Rwanda's military said in 2008 that it had prosecuted 43 soldiers since 1994 for war crimes "
                  "and revenge killings.", S),
                s("In the Kabgayi case a military court convicted two captains who had pleaded guilty – eight "
                  "years, cut to five on appeal – and acquitted two senior officers.", S),
                s("The gacaca courts were allowed to hear RPF crimes from 2008 onwards.", C),
            ],
            [
                rep("Exile publications have long held up such findings as proof of a \"second genocide\" that "
                    "\"equals\" the first.", None, "double_genocide"),
                s("The evidence gathered here supports no such equation; it documents war crimes and crimes "
                  "against humanity that still await a court."),
            ],
        ],
    },
    # 6. Scholarly book review on "victor's justice" at the ICTR (invented reviewer and journal). Hard negative.
    {
        "doc": "book-review-court-of-remorse.txt",
        "title": "Review: Thierry Cruvellier, Court of Remorse",
        "genre": "scholarly book review",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Thierry Cruvellier, Court of Remorse: Inside the International Criminal Tribunal for Rwanda, "
                  "trans. Chari Voss (Madison: University of Wisconsin Press, 2010).", N),
            ],
            [
                s("\"Victor's justice\" is the charge most often laid at the door of the tribunal in Arusha, and "
                  "this is the most serious attempt I know of to test it from inside the courtroom."),
                s("Cruvellier, a French journalist who edited the International Justice Tribune, followed the "
                  "trials from 1997 to 2002; the French original, Le Tribunal des vaincus, came out in 2006.", N),
                s("The Security Council created the ICTR on 8 November 1994, with jurisdiction over crimes "
                  "committed in Rwanda during the whole of that year.", S),
                s("By the time it shut at the end of 2015 it had indicted 93 people, convicted 61 and acquitted "
                  "14 – and not one of them came from the RPF.", S),
                s("Yet the UN Commission of Experts had asked, as early as December 1994, for the crimes "
                  "attributed to the RPF to be investigated.", S),
                s("Those crimes were not marginal: RPA soldiers killed somewhere between 25,000 and 45,000 "
                  "civilians that year.", D),
            ],
            [
                s("Why nothing came of that request is the question at the heart of the book, and the background is "
                  "worth recalling."),
                s("In November 1999 the Appeals Chamber ordered Jean-Bosco Barayagwiza released because his "
                  "pre-trial detention had been unlawful, then cancelled the release after an uproar in "
                  "Kigali.", N),
                s("He was eventually convicted and, on appeal, sentenced to 35 years.", C),
                s("Carla Del Ponte, prosecutor from 1999, opened what she called \"special investigations\" into "
                  "the RPF, and in her memoir she says she told Paul Kagame about them in Kigali on 9 December "
                  "2000.", N),
            ],
            [
                s("Cruvellier is scrupulous on a point that polemicists are not: none of this makes the genocide "
                  "any less real."),
                s("The judgments he watched stand – Akayesu, in September 1998 the first conviction for genocide "
                  "by an international court, and Kambanda, the first head of government convicted of it.", S),
                s("Akayesu's life sentence, challenged on appeal, was confirmed in June 2002.", C),
            ],
            [
                s("A word on numbers, since every review in this field ends up there."),
                s("The press usually attributes a toll of 800,000 to the UN.", S),
                s("The number of Tutsi killed was probably closer to 600,000.", D),
                s("Readers looking for ammunition – for the claim that Arusha was a show staged to hide a second "
                  "genocide – will be disappointed, and rightly so."),
                s("Recommended, with those caveats."),
            ],
        ],
    },
    # 7. French teaching dossier on the UN and UNAMIR (invented resource centre).
    {
        "doc": "dossier-pedagogique-onu-minuar.txt",
        "title": "Dossier pédagogique : l'ONU face au génocide des Tutsi – la MINUAR (1993-1996)",
        "genre": "dossier pédagogique",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Dossier pédagogique – L'ONU face au génocide des Tutsi : la MINUAR (1993-1996)"),
            ],
            [
                s("Fiche 1. Une mission pour appliquer les accords d'Arusha"),
            ],
            [
                s("Signés à Arusha, en Tanzanie, le 4 août 1993, par le président Habyarimana et le FPR, les "
                  "accords prévoyaient un gouvernement de transition à base élargie, le retour des réfugiés et la "
                  "fusion des deux armées.", S),
                s("Le 5 octobre 1993, la résolution 872 du Conseil de sécurité crée la Mission des Nations unies "
                  "pour l'assistance au Rwanda (MINUAR).", S),
                s("Ses effectifs autorisés sont de 2 500 personnes, placées sous le commandement du général "
                  "canadien Roméo Dallaire.", S),
            ],
            [
                s("Fiche 2. L'alerte de janvier 1994"),
            ],
            [
                s("Le 11 janvier 1994, Dallaire adresse à New York un câble resté célèbre sous le nom de « fax du "
                  "génocide ».", N),
                s("Un informateur issu des milices y affirme avoir reçu l'ordre de recenser tous les Tutsi de "
                  "Kigali, et que ses hommes pourraient en tuer jusqu'à mille en vingt minutes.", N),
            ],
            [
                s("Fiche 3. Avril-août 1994 : une mission réduite, puis relayée"),
            ],
            [
                s("Le 7 avril 1994, dix Casques bleus belges chargés de protéger la Première ministre Agathe "
                  "Uwilingiyimana sont désarmés, puis tués dans un camp militaire de Kigali.", S),
                s("Le 14 avril, le ministre belge des Affaires étrangères, Willy Claes, annonce le retrait du "
                  "contingent belge.", N),
                s("Le 21 avril, par la résolution 912, le Conseil de sécurité porte les effectifs de la MINUAR à "
                  "5 500 hommes.", C),
                s("Il faut attendre la résolution 918 du 17 mai pour qu'un embargo sur les armes soit décrété et "
                  "qu'une MINUAR élargie soit autorisée.", S),
                s("Le 22 juin, la résolution 929 autorise à l'unanimité l'opération Turquoise, conduite par la "
                  "France.", C),
                s("La zone humanitaire sûre est instaurée le 5 juillet dans le sud-ouest du pays.", S),
                s("Le FPR atteint Gisenyi le 18 juillet, et près d'un million de personnes passent au Zaïre en "
                  "quelques jours.", D),
                s("À Goma, près de 50 000 réfugiés meurent du choléra et de la dysenterie dans le premier mois.", D),
                s("Les derniers soldats français quittent la zone le 21 août 1994, relevés par quelque 2 400 "
                  "Casques bleus africains de la MINUAR.", S),
            ],
            [
                s("Fiche 4. Après le génocide"),
            ],
            [
                s("Pour juger les responsables, le Conseil crée le Tribunal pénal international pour le Rwanda "
                  "par la résolution 955 du 8 novembre 1995.", C),
                s("En janvier 1995, la MINUAR compte 5 740 militaires.", S),
                s("Par la résolution 1029 du 12 décembre 1995, le Conseil prolonge une dernière fois son mandat, "
                  "jusqu'au 8 mars 1996, et ramène la force à 1 200 hommes.", N),
                s("En décembre 1999, l'enquête indépendante présidée par Ingvar Carlsson estime à environ 800 000 "
                  "le nombre de personnes tuées en une centaine de jours.", S),
                s("Au total, le génocide a fait environ un million de victimes.", D),
            ],
            [
                s("À retenir : entre le 5 octobre 1993 et le 21 avril 1994, la force autorisée est passée de 2 500 "
                  "à 270 personnes, soit à peine plus de 10 % de ses effectifs.", S),
                s("Question pour la classe : qu'aurait pu faire la MINUAR avec un mandat plus fort ?"),
            ],
        ],
    },
    # 8. French mayor's commemoration speech, 7 April 2026 (invented town and mayor).
    {
        "doc": "discours-maire-commemoration-7-avril.txt",
        "title": "Discours du maire, cérémonie du 7 avril 2026",
        "genre": "discours de commémoration",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Mesdames et Messieurs, chers rescapés, chères familles, chers élèves,"),
            ],
            [
                s("Nous sommes réunis ce 7 avril, comme chaque année depuis qu'un décret de mai 2019 en a fait "
                  "une journée officielle de commémoration du génocide des Tutsi.", N),
                s("Ce même jour, les Nations unies observent la Journée internationale de réflexion sur le "
                  "génocide des Tutsi au Rwanda, instituée par leur Assemblée générale en 2003.", N),
                s("À Kigali, comme chaque 7 avril, la flamme du souvenir est rallumée ; elle brûle cent jours, "
                  "autant qu'ont duré les massacres.", N),
            ],
            [
                s("Il y a trente-deux ans, le 6 avril 1994 au soir, l'avion du président Habyarimana était abattu "
                  "à l'approche de Kigali.", S),
                s("Dès le lendemain, la Première ministre Agathe Uwilingiyimana était assassinée, ainsi que les dix "
                  "Casques bleus belges chargés de la protéger.", S),
                s("Des barrages se dressaient dans toute la capitale.", S),
                s("En une centaine de jours, plus d'un million d'hommes, de femmes et d'enfants ont été tués parce "
                  "qu'ils étaient tutsi, ou parce qu'ils refusaient de tuer.", D),
                s("Les Tutsi représentaient alors environ 15 % de la population.", D),
                s("Human Rights Watch a estimé que les trois quarts des Tutsi du pays avaient péri.", S),
                s("Je pense aux quelque 250 000 victimes qui reposent au mémorial de Kigali.", N),
            ],
            [
                s("La France a longtemps détourné le regard."),
                s("Le 26 mars 2021, la commission d'historiens présidée par Vincent Duclert a conclu à des « "
                  "responsabilités lourdes et accablantes » de notre pays.", S),
                s("La justice, elle aussi, a fini par passer : en 2014, la cour d'assises de Paris a condamné "
                  "Pascal Simbikangwa à vingt-cinq ans de réclusion, première condamnation prononcée en France "
                  "pour ce génocide.", S),
                s("Deux ans plus tard, les anciens bourgmestres de Kabarondo ont été condamnés à trente ans.", C),
                s("En octobre dernier, la cour d'assises d'appel de Paris a confirmé les vingt-quatre ans de "
                  "réclusion de Sosthène Munyemana, et en février la peine de Claude Muhayimana, quinze ans.", C),
            ],
            [
                rep("Aux négationnistes qui parlent de « guerre civile » ou de « double génocide », je réponds "
                    "que les juges ont tranché.", None, "definitional_denial", "double_genocide"),
                s("À Arusha, le Tribunal pénal international pour le Rwanda a condamné soixante et une personnes, "
                  "dont l'ancien Premier ministre Jean Kambanda.", S),
                s("Se souvenir, c'est refuser que l'histoire soit réécrite."),
                s("Vive la mémoire, et vive la République."),
            ],
        ],
    },
    # 9. Research paper on Kangura and RTLM (invented author and series). Hard negative, reported markers.
    {
        "doc": "paper-kangura-rtlm-hate-speech.txt",
        "title": "'Work' and 'cockroaches': how Kangura and RTLM prepared the ground, 1990–1994",
        "genre": "hate-speech research paper",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("\"Work\" and \"cockroaches\": how Kangura and RTLM prepared the ground, 1990–1994 (working "
                  "paper)"),
            ],
            [
                s("This paper examines the two outlets that the ICTR put at the centre of its \"Media\" case: the "
                  "newspaper Kangura and the radio station RTLM.", S),
                s("Its aim is to document the rhetoric, not to amplify it, so quotations are kept short and are "
                  "given only where a court or a published source attests them."),
            ],
            [
                s("1. Kangura"),
            ],
            [
                s("Kangura first appeared in 1990, with Hassan Ngeze as its editor.", N),
                rep("Its December 1990 issue printed the so-called \"Ten Commandments of the Bahutu\", whose "
                    "preamble called the Tutsi \"bloodthirsty and power-hungry\" and claimed they wanted to impose "
                    "their hegemony by armed force.", N, "dehumanisation", "accusation_in_mirror"),
                rep("The eighth commandment read simply: \"Hutus must cease having pity for the Tutsi.\"", N,
                    "call_to_action"),
            ],
            [
                s("2. RTLM"),
            ],
            [
                s("RTLM began broadcasting on 8 July 1993 and, by mixing popular music and disc jockeys with "
                  "attacks on the Arusha talks, quickly won a young audience.", N),
                s("Its promoters included the historian Ferdinand Nahimana and Jean-Bosco Barayagwiza, who sat on "
                  "its board.", S),
                rep("Within minutes of the plane being shot down, its journalists were telling listeners that "
                    "Belgian peacekeepers had done it.", N, "blame_shifting"),
                s("The missiles most probably came from Hutu hardliners around the Kanombe barracks.", D),
                rep("On 7 and 8 April listeners heard: \"You have to kill [the Tutsis], they are "
                    "cockroaches.\"", N, "dehumanisation", "call_to_action"),
                rep("Another voice urged them to work harder because \"the graves are not full\".", N,
                    "call_to_action"),
                rep("In late May the presenter Kantano Habimana greeted the young men at a roadblock on the "
                    "Kimisagara road and told them to guard the gutter so that no \"cockroach\" would get "
                    "through.", N, "dehumanisation", "call_to_action"),
                rep("\"Work\" was the euphemism throughout: the radio told people to go to work, and its "
                    "listeners knew what the work was.", None, "call_to_action"),
            ],
            [
                s("3. Did it matter?"),
            ],
            [
                s("Using differences in radio reception between villages, the economist David Yanagizawa-Drott "
                  "estimated that about ten percent of participation in the violence – some 51,000 perpetrators "
                  "– can be attributed to RTLM.", N),
            ],
            [
                s("4. The courts"),
            ],
            [
                s("In December 2003 the trial chamber convicted all three, sentencing Nahimana and Ngeze to life "
                  "and Barayagwiza to 35 years.", S),
                s("On appeal in November 2007 the sentences came down to 30 years for Nahimana, 32 for "
                  "Barayagwiza and 35 for Ngeze.", S),
                s("Georges Ruggiu, the Belgian presenter who pleaded guilty, was given twenty years in 2000.", C),
                s("The singer Simon Bikindi received fifteen years for what he did on the Kivumu–Kayove road in "
                  "late June 1994.", S),
                rep("According to the trial judgment, he used a public address system to say that the Hutu "
                    "majority should rise up and exterminate the Tutsi minority.", N, "call_to_action"),
                rep("Léon Mugesera's speech at Kabaya on 22 November 1992, in which he proposed sending the Tutsi "
                    "back to \"Ethiopia\" by the shortest route, the Nyabarongo river, earned him life "
                    "imprisonment in Rwanda in 2016.", S, "call_to_action"),
            ],
            [
                s("Quoting these words in order to take them apart is not the same as using them."),
            ],
        ],
    },
    # 10. Forum thread: a denial post followed by an accurate reply. Composite fixture.
    {
        "doc": "fixture-denial-forum-thread-reply.txt",
        "title": "Forum thread: \"Honest question about the Rwanda numbers\"",
        "genre": "forum thread (fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                own("truthseeker_79: honest question, why does everyone parrot 800k when the real number of Tutsi "
                    "killed was maybe 50,000 and most of them died in the fighting?", C, "minimisation",
                    "definitional_denial"),
                own("The \"genocide\" was just the RPF's war and both armies butchered civilians equally.", C,
                    "definitional_denial", "double_genocide"),
                own("And the Arusha court was a victors' show that bought its witnesses wholesale.", None,
                    "attack_on_witnesses"),
            ],
            [
                s("kivu_archivist replied: The numbers you quote don't appear in any serious source."),
                s("Human Rights Watch concluded in 1999 that at least half a million people were killed in the "
                  "genocide, about three quarters of Rwanda's Tutsi.", S),
                s("The UN Commission of Experts found in December 1994 that the genocide was planned and "
                  "systematic, and found no evidence that the RPF's crimes aimed to destroy the Hutu as a "
                  "group.", S),
                s("RPF crimes were real – UNHCR experts put them at 25,000 to 45,000 dead – but they were not a "
                  "second genocide.", S),
                s("As for the tribunal, it acquitted fourteen people, which is hard to square with a court that "
                  "bought its verdicts.", S),
            ],
        ],
    },
    # 11. "Both armies killed" blog comment. Fixture.
    {
        "doc": "fixture-denial-both-armies-comment.txt",
        "title": "Blog comment: \"Let's be fair about 1994\"",
        "genre": "blog comment (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Sure, terrible things happened in 1994 and nobody denies that people died."),
                own("But let's be fair: both armies killed, and the RPF killed at least as many Hutu as the "
                    "militias killed Tutsi.", C, "double_genocide"),
                own("Kagame's men started it all by invading from Uganda in 1990 and then shooting down the "
                    "president's plane.", D, "blame_shifting"),
                own("When your president is murdered and an army of exiles is marching on the capital, people "
                    "defend themselves.", None, "justification", "role_reversal"),
                own("The interahamwe were village self-defence groups, not death squads.", None, "role_reversal",
                    "justification"),
                own("What happened at the roadblocks was chaos, ordinary people panicking, not some master "
                    "plan.", C, "spontaneity"),
                own("Call it a civil war with massacres on both sides and you'll be closer to the truth than the "
                    "official story.", None, "double_genocide", "definitional_denial"),
            ],
        ],
    },
    # 12. Conspiracy-video description. Fixture.
    {
        "doc": "fixture-denial-conspiracy-video.txt",
        "title": "Video description: \"THE RWANDA HOAX\"",
        "genre": "video description (fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("THE RWANDA HOAX – what they never told you about 1994 (full documentary, watch before it's "
                    "taken down)", None, "fabrication"),
            ],
            [
                own("In this video we show how the \"genocide\" story was manufactured by Western intelligence "
                    "and sold to the world by NGOs.", None, "fabrication", "definitional_denial"),
                own("The famous \"800,000 dead\" was cooked up in a press office; the real toll was under "
                    "100,000, most of them Hutu.", C, "fabrication", "minimisation"),
                own("Even the UN's own experts never found a plan – skip to 14:32.", C, "spontaneity"),
                own("The \"survivors\" paraded in Arusha were coached witnesses, paid in cash and housing.", None,
                    "attack_on_witnesses"),
                own("The tribunal never acquitted a single Hutu, which tells you it was a show trial.", C,
                    "attack_on_witnesses"),
                own("Share this before they delete it and ask yourself who profits from the lie.", None,
                    "fabrication"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
