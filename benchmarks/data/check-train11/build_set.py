"""Source of the ELEVENTH TRAINING labelled set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train11/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train11/build_set.py --check  # validate the files already written

Status: training set, written blind. Its rows are meant to train the checker's learned layers; it is not a
measure of unseen text. Genres: a UN-style note to correspondents for the anniversary, a critical NGO
annual-report chapter on gacaca and justice, a documentary voice-over script, a human-rights report section on
the Kibeho killings of April 1995, a media-studies article analysing RTLM with short quotations, a peacekeeper's
memoir excerpt (invented narrator), a French communiqué of a survivors' association, a French reader comment with
the moderator's reply (composite fixture), an encyclopedia entry on the Arusha accords, a review of an invented
denialist book, and two short denial fixtures. Every outlet, author, narrator and the reviewed book are invented;
the facts stated as true come from the record or from the public pages listed in README.md.

Its author did not read the detectors, their rules, exemplars or training data, nor any earlier set's documents
or labels (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions,
the first 40 lines of the check-blind5 build script and the check-blind5 README as templates, and the list
TECHNIQUES in src/factfinder/check/model.py). Verdicts were decided against the record alone: examples/ (FACTS.md
and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV.

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
    # 1. UN-style note to correspondents on the anniversary (invented office; not a UN document).
    {
        "doc": "briefing-note-day-of-reflection.txt",
        "title": "Note to correspondents: International Day of Reflection, 7 April",
        "genre": "UN-style press briefing note",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Observance of the International Day of Reflection on the 1994 Genocide against the Tutsi in Rwanda")],
            [
                s("Delegations and staff are reminded that 7 April was set aside as a day of reflection by General "
                  "Assembly resolution 58/234, adopted on 23 December 2003.", N),
                s("In January 2018 the Assembly amended the title of the observance to name the genocide against the "
                  "Tutsi, while recalling that Hutu and others who opposed it were also killed.", N),
                s("At the request of the Government of Rwanda, a minute of silence will be observed at 12 noon local "
                  "time.", N),
            ],
            [s("Background")],
            [
                s("The killing started on 7 April 1994, hours after the plane carrying President Juvénal Habyarimana "
                  "was shot down on its approach to Kigali the evening before.", S),
                s("Over roughly one hundred days, more than one million people were murdered, the overwhelming "
                  "majority of them Tutsi.", D),
                s("That same morning soldiers killed Prime Minister Agathe Uwilingiyimana, and the ten Belgian "
                  "peacekeepers assigned to protect her were disarmed and put to death.", S),
                s("Two weeks later, on 21 April, the Security Council decided to reduce the mission to some 270 "
                  "personnel.", S),
                s("Resolution 918, adopted on 17 June, imposed an arms embargo and authorised an expanded force of up "
                  "to 5,500 troops.", C),
                s("At least a quarter of a million women and girls were raped, and some 95,000 children lost their "
                  "parents.", D),
                s("The Independent Inquiry commissioned by the Secretary-General concluded in 1999 that approximately "
                  "800,000 people had been killed.", S),
                s("The Security Council established the International Criminal Tribunal for Rwanda on 8 November 1994.",
                  S),
                s("Over its lifetime the Tribunal indicted 93 persons and convicted 62 of them.", C),
                s("It closed its doors on 31 December 2015.", S),
            ],
            [s("Programme")],
            [
                s("The memorial ceremony at Headquarters will take place in the General Assembly Hall, with remarks by "
                  "the Secretary-General and the testimony of a survivor."),
                s("The Outreach Programme on the 1994 Genocide against the Tutsi in Rwanda and the United Nations, "
                  "created by the General Assembly in December 2005, will open a photo exhibition in the Visitors' "
                  "Lobby.", N),
                s("In Kigali, national mourning opens with the lighting of the flame of remembrance at the Kigali "
                  "Genocide Memorial, where more than 250,000 victims are buried.", N),
            ],
            [
                s("The Day is also an occasion to honour peacekeepers who saved lives, often at great risk: among them "
                  "Captain Mbaye Diagne of Senegal, killed in Kigali on 31 May 1994.", N),
                s("The Secretary-General has repeatedly warned that denial and the distortion of history endanger "
                  "survivors and undermine prevention."),
            ],
        ],
    },

    # 2. NGO annual-report chapter on gacaca and justice, critical of Rwanda (invented NGO). Hard negative.
    {
        "doc": "ngo-annual-report-justice-chapter.txt",
        "title": "Annual report, chapter 4: Rwanda, justice after genocide",
        "genre": "NGO annual-report section (critical)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Chapter 4. Rwanda: justice after genocide")],
            [
                s("Three decades on, Rwanda's record on accountability for the genocide against the Tutsi is "
                  "unmatched in scale and deeply uneven in quality."),
                s("The community gacaca courts, which closed on 18 June 2012, disposed of 1,958,634 cases, most of "
                  "them offences against property.", S),
                s("That figure counts cases, not people: one defendant could appear in several files.", S),
                s("Government officials like to say that the ordinary courts would have needed more than three "
                  "centuries to do the same work.", S),
                s("Speed came at a price."),
                s("Judges were lay people chosen for their integrity rather than any legal training, and in 2011 "
                  "Human Rights Watch documented corruption and procedural irregularities across the system.", S),
                s("In February 2007 the head of the national gacaca service acknowledged that some 47,000 of the "
                  "courts' own judges had been accused of taking part in the genocide.", N),
            ],
            [
                s("The most serious structural flaw was decided in advance: crimes committed by soldiers of the "
                  "Rwandan Patriotic Front were excluded from gacaca's jurisdiction.", S),
                s("Experts working for UNHCR estimated that RPA soldiers killed between 25,000 and 45,000 people from "
                  "April to August 1994.", S),
                s("A former interior minister put the toll at some 60,000 for the period up to August 1995.", S),
                s("In our assessment, the army killed several tens of thousands of civilians in those months.",
                  D),
                s("By the army's own account, military courts have prosecuted only 34 soldiers for such crimes since "
                  "1994.", C),
                s("In the best-known case, the killing of thirteen clergy near Kabgayi, two captains who confessed "
                  "received eight years, later cut to five, while a general and a major walked free.", S),
                s("The international tribunal in Arusha did no better: it never charged a single RPF suspect.", S),
                s("That silence is not a footnote; for the families of the several hundred people massacred in the "
                  "Byumba stadium in April 1994, or of the roughly 4,000 displaced people shot at Kibeho a year later, "
                  "it is the whole story.", D),
            ],
            [
                s("Justice has also been bent towards politics."),
                s("Rwanda's 2008 law on 'genocide ideology', Law 18/2008, defined the offence so loosely that Amnesty "
                  "International concluded in 2010 it was being used to silence dissent.", N),
                s("The opposition leader Victoire Ingabire was sentenced to eight years in October 2012, a term the "
                  "Supreme Court raised to fifteen in December 2013, in part for statements held to minimise the "
                  "genocide.", N),
                s("Human Rights Watch said at the time that some of the charges against her were politically "
                  "motivated.", N),
                s("Saying that Hutu killed by RPF soldiers also deserve to be mourned is not denial, and a justice "
                  "system confident in its own history would not prosecute it as such."),
                s("The record on capital punishment is no better: 22 people convicted of genocide were shot in public "
                  "in April 1998, and Rwanda abolished the death penalty only in 2009.", C),
            ],
            [s("Recommendations")],
            [
                s("We urge the authorities to open the military archives on the killings of 1994 and 1995, to allow "
                  "independent forensic work, and to repeal the remaining vague speech offences."),
                s("None of this diminishes the genocide against the Tutsi, a planned campaign of extermination that "
                  "the UN Commission of Experts had already documented in December 1994.", S),
                s("Recognising it fully and prosecuting the crimes of the victors are not competing obligations."),
            ],
        ],
    },

    # 3. Documentary voice-over script (invented production).
    {
        "doc": "documentary-voiceover-script.txt",
        "title": "The Hills Remember, episode 2: narration script (draft 3)",
        "genre": "documentary voice-over script",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("THE HILLS REMEMBER: episode 2, narration script, draft 3")],
            [s("[Aerial shot: mist over the hills south of Kigali.]")],
            [
                s("NARRATOR: In the spring of 1994, in a country of some seven million people, neighbours turned on "
                  "neighbours.", S),
                s("It began on the night of 6 April, when the president's plane fell out of the sky over Kigali.", S),
                s("By the next morning, roadblocks had gone up across the capital.", S),
            ],
            [s("[Archive: radio static, a presenter laughing.]")],
            [
                s("NARRATOR: The missiles, we now know, were fired by Hutu extremists from the Kanombe barracks.", D),
                s("Eight hundred thousand people would be dead within a hundred days.", D),
            ],
            [s("[Cut to: the church at Ntarama, interior, clothes hanging from the rafters.]")],
            [
                s("NARRATOR: Families ran to the churches, as their parents had done in earlier pogroms."),
                s("Here at Ntarama, in Bugesera, more than five thousand people who had sought sanctuary were "
                  "murdered.", N),
                s("Two years earlier, an Italian missionary, Antonia Locatelli, had tried to alert the world to "
                  "killings of Tutsi in this same district; she was shot dead in March 1992.", N),
            ],
            [s("[Map animation: the Kagera river running east towards Lake Victoria.]")],
            [
                s("NARRATOR: So many bodies were thrown into the rivers that, by late May, Ugandan officials reported "
                  "them washing ashore in the Rakai district at up to a hundred an hour.", N),
                s("Further east the flight had already begun: in the last days of April, a quarter of a million "
                  "people crossed into Tanzania within twenty-four hours.", S),
                s("In the west, on the hills of Bisesero, Tutsi civilians resisted the attackers for more than two "
                  "months.", N),
                s("The businessman Obed Ruzindana, who led attacks there, was later sentenced by the Arusha tribunal "
                  "to life imprisonment.", C),
                s("At Nyange, a bourgmestre and a local businessman had the parish church destroyed with some two "
                  "thousand people inside.", S),
            ],
            [s("[Archive: UN vehicles on the airport road.]")],
            [
                s("NARRATOR: The world, meanwhile, was leaving."),
                s("On 21 April the Security Council cut the peacekeeping force to a few hundred men.", S),
                s("Only on 22 June, by a unanimous vote, did the Council authorise a French-led intervention, "
                  "Opération Turquoise.", C),
                s("The Rwandan Patriotic Front took Kigali on 14 July, and the killing in the capital stopped.", C),
                s("When the rebels reached Gisenyi on 18 July, the defeated army and its militias were already "
                  "pushing civilians across the border.", D),
                s("Within a few days a million people poured into Zaire.", D),
                s("Around Goma, cholera and dysentery killed some fifty thousand of them in the first month.", D),
            ],
            [
                s("NARRATOR: The government's census later counted 1,074,017 victims, a figure historians still "
                  "argue over.", S),
            ],
        ],
    },

    # 4. Human-rights report section on the Kibeho killings of April 1995 (invented NGO). Hard negative.
    {
        "doc": "hr-report-kibeho-1995.txt",
        "title": "Section 3: the closure of Kibeho camp, April 1995",
        "genre": "human-rights report section",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Section 3. The closure of Kibeho camp, April 1995")],
            [
                s("Kibeho was the largest of the camps for displaced people left behind in the former French zone in "
                  "the south-west.", S),
                s("By April 1995 it held some 120,000 people.", D),
                s("A Zambian infantry company provided the UNAMIR presence, and MSF ran the medical services.", N),
                s("On 18 April, as the army moved to close the camps by force, UNAMIR ordered a team of 32 "
                  "Australian soldiers and medical staff to the site.", N),
                s("The interior minister, Seth Sendashonga, himself a Hutu member of the new government, drove to "
                  "Kibeho on 19 April to try to calm the situation.", N),
            ],
            [
                s("On 22 April 1995 soldiers of the Rwandan Patriotic Army opened fire on the crowd.", S),
                s("Some were shot as they fled; others were trampled in the panic.", S),
                s("The government's own count was 338 dead.", S),
                s("Senior UN military officials estimated about 2,000 killed and more than 600 wounded.", S),
                s("The Australian soldiers who witnessed the killing put the toll at no fewer than 4,000.", S),
                s("Our own assessment is that at least 2,000 people died at Kibeho that day.", D),
                s("The true number will not be known while the army's records remain closed."),
            ],
            [
                s("Kibeho did not stand alone."),
                s("On 4 June 1994, near Kabgayi, RPF soldiers had killed thirteen clergy, among them the Archbishop "
                  "of Kigali, and two other civilians.", D),
                s("Human Rights Watch wrote in 1999 that RPF troops may have killed tens of thousands of people during "
                  "the four months of combat.", S),
                s("Between April 1994 and August 1995, RPA soldiers killed some 60,000 people.", D),
                s("Sendashonga, who had protested such killings in memo after memo, was dismissed in August 1995 "
                  "together with four other ministers.", N),
            ],
            [
                s("The UN Special Rapporteur on Rwanda, René Degni-Ségui, returned to the country in late May 1995 to "
                  "gather information on the events at Kibeho.", N),
                s("None of these crimes fell within the reach of gacaca, and the ICTR, whose mandate covered only "
                  "crimes committed before 17 July 1994, could not have tried Kibeho in any case.", C),
                s("The genocide against the Tutsi was a planned campaign of extermination; the massacre at Kibeho was "
                  "a grave crime by the army that ended it; both belong in the record.", S),
            ],
        ],
    },

    # 5. Media-studies article analysing RTLM with short quotations (invented author). Hard negative.
    {
        "doc": "media-studies-rtlm-analysis.txt",
        "title": "Laughing at the roadblock: humour, music and incitement on RTLM",
        "genre": "media-studies article",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Laughing at the roadblock: humour, music and incitement on RTLM")],
            [
                s("Radio Télévision Libre des Mille Collines went on air on 8 July 1993, less than a month before the "
                  "Arusha accords were signed.", N),
                s("Its promoters had begun planning it the previous year as an answer to the RPF's Radio Muhabura, and "
                  "at first it even transmitted with the equipment of state-run Radio Rwanda.", N),
                s("Its print counterpart was Kangura, founded in May 1990, which in December of that year published "
                  "the so-called 'Ten Commandments' of the Hutu.", N),
                rep("The eighth of them read: 'Hutus must cease having pity for the Tutsi.'", N, "call_to_action"),
            ],
            [
                s("From the first days of April 1994, the station's vocabulary did the work of dehumanisation that "
                  "the killers then carried out."),
                rep("Tutsi were 'inyenzi', cockroaches, and anyone suspected of sympathy for the RPF was an "
                    "'accomplice'.", N, "dehumanisation"),
                rep("In late May, Kantano Habimana greeted the young men at a roadblock on the Kimisagara road and "
                    "told them to keep watch on the gutter 'so that tomorrow no cockroach gets through'.", N,
                    "dehumanisation", "call_to_action"),
                s("The joke and the order come in the same breath, and that is the point: humour made the killing "
                  "sound like ordinary neighbourhood business."),
                rep("On 20 June, the same presenter invited listeners to sing with him: 'Friends, let us rejoice, the "
                    "Inkotanyi have all perished, God is fair'.", N, "justification"),
            ],
            [
                s("The station also specialised in projecting onto others what its own side was doing."),
                rep("In the weeks after the crash, RTLM was telling listeners that Belgian peacekeepers had shot down the "
                    "president's plane, a claim a US intelligence note of 3 May 1994 recorded without endorsing.", N,
                    "blame_shifting", "fabrication"),
                rep("On 28 June, Valérie Bemeriki told her audience that General Dallaire himself was at the root of "
                    "this war.", N, "blame_shifting"),
                rep("She also read out the names and addresses of alleged 'RPF accomplices', which in the context "
                    "amounted to target lists.", N, "call_to_action"),
            ],
            [
                s("The Arusha tribunal's Media case ended in December 2003 with convictions for the RTLM founder "
                  "Ferdinand Nahimana, the board member Jean-Bosco Barayagwiza and Kangura's editor Hassan Ngeze.", S),
                s("On appeal in 2007, Nahimana's life sentence was cut to thirty years and Ngeze's to thirty-five, "
                  "with several convictions reversed.", S),
                s("The Appeals Chamber also held that Kangura's issues from before 1994 fell outside the tribunal's "
                  "temporal jurisdiction.", S),
                s("Georges Ruggiu, the station's Belgian presenter, pleaded guilty and was sentenced to twelve years "
                  "in 2003.", C),
                s("The singer Simon Bikindi, by contrast, was acquitted of incitement in 2008.", C),
                s("Bemeriki was tried at home by a gacaca court in Kigali, admitted that she had called on listeners "
                  "to flush out and kill Tutsi, and was sentenced to life in December 2009.", N),
            ],
            [
                s("Rwanda did not allow another private radio station on air until early 2004, and the government "
                  "cited the memory of RTLM as its reason.", N),
                s("The genocide the station helped to incite killed well over half a million Tutsi in three months.",
                  D),
                s("Quoting these broadcasts is uncomfortable, but paraphrase softens them, and softening is exactly "
                  "what their authors would want."),
            ],
        ],
    },

    # 6. Memoir excerpt by a peacekeeper (the narrator is invented; the facts are from the record or checked pages).
    {
        "doc": "memoir-peacekeeper-excerpt.txt",
        "title": "Blue Helmet, Red Hills: chapter nine (memoir excerpt)",
        "genre": "memoir excerpt (invented narrator)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Chapter Nine: The Amahoro")],
            [
                s("I arrived in Kigali in the autumn of 1993, a few weeks after the Security Council created the "
                  "mission with resolution 872.", S),
                s("On paper we were 2,500 strong.", S),
                s("In practice we had trucks that would not start and orders that would not let us act."),
                s("In January the general told a few of us about an informant who spoke of hidden weapons and of "
                  "a plan to kill Belgian soldiers.", S),
                s("The reply from New York, from Kofi Annan's peacekeeping department, told him to take the "
                  "information to President Habyarimana himself.", N),
            ],
            [
                s("On the night of the sixth I was on duty at headquarters when the radio net filled with reports of "
                  "an explosion near the airport.", S),
                s("I have never doubted that it was the extremists around the president who shot his plane down.", D),
                s("By morning the Prime Minister was dead, and so were the ten Belgian paratroopers sent to guard "
                  "her.", S),
                s("We learned later that they had been disarmed and taken to Camp Kigali before they were killed.", S),
                s("A Senegalese captain, Mbaye Diagne, went out alone that day and brought the Prime Minister's "
                  "children to safety.", N),
                s("Within a week Brussels had decided to pull its whole contingent out.", N),
                s("On 11 April the Belgians at the École Technique Officielle left for the airport, and almost all of "
                  "the two thousand people sheltering there were killed.", N),
            ],
            [
                s("Then came resolution 912, and we were cut to a skeleton of 270.", S),
                s("Thousands of people sheltered under our flag at the Amahoro stadium.", N),
                s("Diagne was killed on 31 May when a mortar shell landed next to his jeep.", N),
                s("I still keep the list of the people he carried through the checkpoints."),
            ],
            [
                s("In late June the general went to see Bagosora one last time; he came back grey and told us the "
                  "colonel had threatened him with a pistol.", S),
                s("By then perhaps 800,000 people were dead.", D),
                s("In mid-July, in less than a week, a million people crossed into Zaire ahead of the RPF.", D),
                s("When the French came under resolution 929 they set up a safe zone in the south-west, and by late "
                  "October they had gone home.", C),
                s("The general testified against Bagosora in Arusha in January 2006.", C),
                s("I was not called."),
                s("In 2008 the tribunal sentenced Bagosora to life; on appeal the sentence became thirty years.", C),
            ],
        ],
    },

    # 7. French communiqué of a survivors' association (invented association; the video it condemns is invented).
    # Hard negative: the denial claims are quoted to be refuted.
    {
        "doc": "communique-fr-association-rescapes.txt",
        "title": "Communiqué : 31e commémoration et lutte contre le négationnisme",
        "genre": "communiqué d'une association de rescapés",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("COMMUNIQUÉ DE PRESSE")],
            [s("Paris, le 3 avril 2025")],
            [
                s("À l'approche du 7 avril, notre association appelle ses membres et ses amis à se joindre à la 31e "
                  "commémoration du génocide perpétré contre les Tutsi du Rwanda."),
                s("En une centaine de jours, plus d'un million de Tutsi ont été exterminés.", D),
                s("Près de 95 000 enfants se sont retrouvés orphelins.", D),
                s("Le 7 avril 2024, pour la trentième commémoration, le président Paul Kagame a allumé au mémorial de "
                  "Gisozi la flamme du souvenir, qui brûle cent jours.", N),
                s("Depuis septembre 2023, ce mémorial figure avec ceux de Nyamata, Murambi et Bisesero sur la liste "
                  "du patrimoine mondial de l'UNESCO.", N),
            ],
            [
                s("La justice française a fini par juger."),
                s("En mars 2014, Pascal Simbikangwa, ancien capitaine de la garde présidentielle, a été condamné à 25 "
                  "ans de réclusion criminelle, au terme du premier procès de ce type en France.", S),
                s("En 2016, les deux anciens bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, ont été "
                  "condamnés à la réclusion à perpétuité.", S),
                s("En 2023, l'ancien gendarme Philippe Hategekimana a été condamné à 25 ans.", C),
                s("Laurent Bucyibaruta, ancien préfet de Gikongoro, condamné à 20 ans en 2022, est mort avant son "
                  "procès en appel.", S),
                s("Félicien Kabuga a été arrêté à Asnières-sur-Seine le 16 mai 2020, sous une fausse identité.", N),
                s("Jugé inapte, il ne sera jamais condamné : en août 2023, la chambre d'appel du Mécanisme a ordonné "
                  "la suspension indéfinie des poursuites.", S),
                s("Côté politique, le rapport de la commission Duclert, remis en mars 2021, a conclu à la complicité "
                  "de la France.", C),
            ],
            [
                s("Mais le négationnisme, lui, prospère."),
                rep("Une vidéo largement partagée cette semaine prétend que « les Tutsi et les Hutu se sont "
                    "entretués dans une guerre civile ordinaire » et qu'il n'y aurait « jamais eu de plan ».", C,
                    "spontaneity", "definitional_denial"),
                rep("Son auteur va jusqu'à ramener le bilan à « quelques dizaines de milliers de morts, des deux "
                    "côtés ».", C, "minimisation", "double_genocide"),
                s("Ces affirmations sont fausses."),
                s("Dès décembre 1994, la Commission d'experts de l'ONU concluait que le génocide avait été exécuté de "
                  "façon concertée, planifiée, systématique et méthodique.", S),
                s("Et c'est un tribunal international, le TPIR, qui a condamné pour génocide l'ancien Premier "
                  "ministre Jean Kambanda.", S),
            ],
            [
                s("En France, depuis la loi du 27 janvier 2017, nier ou banaliser de façon outrancière un génocide "
                  "établi par une juridiction française ou internationale est un délit.", N),
                s("La Belgique s'est dotée d'une loi comparable le 5 mai 2019.", N),
                s("Se souvenir, c'est aussi refuser que les bourreaux aient le dernier mot."),
            ],
            [s("Le Bureau")],
        ],
    },

    # 8. French reader comment (denial) followed by the moderator's reply: composite test fixture (invented).
    {
        "doc": "fixture-denial-fr-commentaire-moderation.txt",
        "title": "Commentaire de lecteur et réponse de la modération",
        "genre": "commentaire de lecteur et réponse du modérateur",
        "language": "fr",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Encore cette histoire de « génocide »… ouvrez les yeux, c'était une guerre, et les Hutu ne "
                    "faisaient que se défendre contre une invasion venue d'Ouganda.", C, "definitional_denial",
                    "role_reversal", "justification"),
                own("Le TPIR, c'était la justice des vainqueurs, payée par les Américains, avec des témoins récitant "
                    "leur leçon.", None, "attack_on_witnesses", "fabrication"),
                own("D'ailleurs le FPR a tué autant de Hutu que les Interahamwe ont tué de Tutsi.", C,
                    "double_genocide"),
            ],
            [
                s("Réponse de la modération : ce commentaire enfreint notre charte et reste visible uniquement pour "
                  "être réfuté."),
                s("La Commission d'experts de l'ONU a établi dès 1994 que le génocide contre les Tutsi avait été "
                  "planifié et systématique, sans trouver de preuve d'une intention de détruire les Hutu en tant que "
                  "groupe.", S),
                s("Les crimes du FPR sont réels et documentés, entre 25 000 et 45 000 morts selon les experts mandatés "
                  "par le HCR, mais ils ne font pas de 1994 un « double génocide ».", S),
                s("Quant au TPIR, il a acquitté 14 des 93 personnes qu'il avait mises en accusation, ce qui cadre mal "
                  "avec l'idée d'un tribunal aux ordres.", S),
                s("Tout nouveau message de ce type sera supprimé."),
            ],
        ],
    },

    # 9. Encyclopedia entry on the Arusha accords and the peace process (invented reference work).
    {
        "doc": "encyclopedia-arusha-accords.txt",
        "title": "Arusha Accords (Rwanda)",
        "genre": "encyclopedia entry",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Arusha Accords (Rwanda)")],
            [
                s("The Arusha Accords, formally the Arusha Peace Agreement, were signed in Arusha, Tanzania, on 4 "
                  "August 1993 by the government of Rwanda and the Rwandan Patriotic Front (RPF) to end the civil war "
                  "that had begun in 1990.", S),
            ],
            [s("Background")],
            [
                s("The war started on 1 October 1990, when the RPF, a movement formed largely of Tutsi refugees living "
                  "in Uganda, crossed into northern Rwanda.", S),
                s("Tutsi then made up roughly one Rwandan in seven.", D),
                s("The RPF's commander, Fred Rwigyema, was killed on the second day of the offensive, and Paul Kagame, "
                  "who was in the United States at the time, returned to take command.", N),
                s("A ceasefire first agreed at N'sele in March 1991 was amended at Gbadolite in September 1991 and "
                  "again in Arusha on 12 July 1992, with Tanzania as facilitator.", N),
            ],
            [s("Negotiations")],
            [
                s("Talks on power-sharing and on merging the two armies followed, interrupted in February 1993 by a "
                  "major RPF offensive that ended with a ceasefire on 9 March.", N),
                s("Under the final settlement the two forces were to be merged into a single national army, and "
                  "refugees were to be allowed to return.", S),
                s("A broad-based transitional government was to run the country until elections.", S),
                s("The agreement was signed for the government by President Juvénal Habyarimana and for the rebels "
                  "by the RPF's chairman, Paul Kagame.", C),
            ],
            [s("Implementation")],
            [
                s("The Security Council created the United Nations Assistance Mission for Rwanda (UNAMIR) by "
                  "resolution 872 of 5 October 1993 to help carry out the accords.", S),
                s("Its authorised strength was 2,500.", S),
                s("In late December 1993 about 600 RPF soldiers moved into Kigali under UNAMIR escort and were "
                  "quartered at the parliament building, the CND.", N),
                s("Habyarimana took the oath of office as transitional president on 5 January 1994, but disputes over "
                  "the Liberal Party's deputies prevented the swearing-in of the government and the assembly.", N),
                s("The transitional institutions were still not in place when Habyarimana's aircraft was shot down on "
                  "6 April 1994.", S),
            ],
            [s("Collapse")],
            [
                s("Opposition to the accords ran through Habyarimana's inner circle, where Théoneste Bagosora led the "
                  "hardliners, and existed within the RPF as well, according to the UNAMIR commander's later "
                  "testimony.", S),
                s("The downing of the plane was followed within hours by the murder of Prime Minister Agathe "
                  "Uwilingiyimana and the start of the genocide against the Tutsi, which killed some 800,000 people.",
                  D),
                s("On 21 May 1994 the Security Council reduced UNAMIR to 270 personnel by resolution 912.", C),
                s("The accords were never implemented; after its victory the RPF installed a government of national "
                  "unity under President Pasteur Bizimungu on 19 July 1994.", S),
            ],
        ],
    },

    # 10. Review of a denialist book that quotes it in order to take it apart (book and author invented).
    # Hard negative: the book's claims carry markers in voice `reported`.
    {
        "doc": "book-review-denialist-tract.txt",
        "title": "Review: The Hundred Days Reconsidered",
        "genre": "book review",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Review: The Hundred Days Reconsidered, by J.-M. Arlande (self-published, 318 pp.)")],
            [
                s("Every few years a book appears promising the 'real story' of Rwanda in 1994, and this is the "
                  "latest."),
                rep("Its thesis fits on the back cover: 'There was a civil war, terrible massacres on both sides, and "
                    "a victor who wrote the history.'", C, "double_genocide", "definitional_denial"),
                rep("Arlande writes that 'no more than 150,000 Tutsi died', most of them, he says, 'caught in the "
                    "crossfire'.", C, "minimisation", "spontaneity"),
                s("Human Rights Watch's demographic estimate, built on the 1991 census and the demographer William "
                  "Seltzer's figure of 657,000 Tutsi on the eve of the genocide, arrived at about 507,000 Tutsi "
                  "killed.", S),
                s("Even that, its authors warned, was probably too low, because an unknown number of Tutsi had "
                  "registered as Hutu.", S),
                s("Later work by the economist Marijke Verpoorten put the plausible range at 560,000 to 660,000.", S),
            ],
            [
                rep("The book's second claim is that the killing was 'spontaneous popular anger' after the "
                    "president's death.", C, "spontaneity"),
                s("That is hard to square with the roadblocks that went up across Kigali within hours, or with the "
                  "UN Commission of Experts' finding, in December 1994, that the genocide was carried out in a "
                  "concerted, planned, systematic and methodical way.", S),
                rep("Arlande even asserts that the Commission 'never once used the word genocide'.", C,
                    "definitional_denial", "fabrication"),
                rep("He dismisses the survivors who testified in Arusha as 'coached witnesses paid by Kigali'.", None,
                    "attack_on_witnesses", "fabrication"),
                s("He does not mention that the same tribunal acquitted fourteen accused, among them General Gratien "
                  "Kabiligi, hardly the record of a court taking dictation.", S),
            ],
            [
                s("On the RPF, the book is on firmer ground, and it is worth saying so plainly."),
                s("RPF soldiers did kill civilians in 1994, at the Byumba stadium in April, near Kabgayi in June and "
                  "elsewhere, in numbers that run to the tens of thousands.", D),
                s("The Arusha tribunal prosecuted none of those crimes, a failure Human Rights Watch denounced in "
                  "December 2008.", S),
                rep("But Arlande inflates the figure to 'at least two million Hutu', a number found in no serious "
                    "source.", C, "double_genocide"),
                rep("He then argues that the RPF 'provoked' the genocide by invading in 1990 and shooting down the "
                    "plane, so that 'the Tutsi paid for the ambitions of their own leaders'.", D, "blame_shifting",
                    "justification"),
                s("Who fired the missiles at Habyarimana's Falcon has never been established by a court: the French "
                  "investigation ended in a dismissal that the Cour de cassation confirmed in February 2022.", S),
                s("And the preparation of the genocide does not depend on the answer."),
            ],
            [
                rep("The closing chapters recycle the old themes of Kangura and RTLM: the Tutsi as 'inyenzi' and "
                    "foreign invaders, a fifth column plotting to enslave the Hutu unless they were stopped first.",
                    None, "dehumanisation", "accusation_in_mirror"),
                s("Arlande calls this context; it is the vocabulary of the killers."),
                s("Publishing it in France may also expose him to prosecution: since 2017, French law has punished "
                  "the denial or gross trivialisation of genocides established by a French or international court.",
                  N),
                s("This is not history; read the sources it leaves out instead."),
            ],
        ],
    },

    # 11. Denial fixture: a 'just asking questions' video transcript (written by the team, states falsehoods).
    {
        "doc": "fixture-denial-jaq-video-transcript.txt",
        "title": "Video transcript: 'Questions nobody answers about Rwanda'",
        "genre": "online video transcript",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Okay, I'm just asking questions here, because nobody else will: if there really was a plan to "
                    "wipe out the Tutsi, why did the UN's own experts never find one?", C, "spontaneity",
                    "fabrication"),
                own("And how do you get a million dead out of a country where, officially, Tutsi were barely eight "
                    "percent of the people?", S, "minimisation"),
                own("Funny how the numbers only ever go up, from half a million to 800,000 to 'over a million', the "
                    "longer the same man stays in power.", None, "minimisation", "fabrication"),
                own("Ask yourself who actually gained from that plane coming down, because it certainly wasn't the "
                    "Hutu.", None, "blame_shifting"),
                own("A French judge issued arrest warrants against Kagame's own people, you know, and that's not a "
                    "conspiracy theory, that's the record.", S, "blame_shifting"),
                own("In the end even the French courts concluded that the RPF fired the missiles.", C,
                    "blame_shifting"),
                own("And the so-called witnesses in Arusha, did anyone ever ask who was paying for their hotel "
                    "rooms?", None, "attack_on_witnesses"),
                own("I'm not denying anything, I'm just saying the official 'genocide' story has more holes than "
                    "Kigali wants you to see.", None, "definitional_denial", "fabrication"),
            ],
        ],
    },

    # 12. Denial fixture: a post blaming the Tutsi for their own deaths (accusation in a mirror, justification).
    {
        "doc": "fixture-denial-post-blame-victims.txt",
        "title": "Forum post: 'Nobody wants to talk about 1990'",
        "genre": "forum post",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Everyone wants to talk about April 1994 and nobody wants to talk about October 1990.", None,
                    "blame_shifting"),
                s("That month the RPF invaded from Uganda.", S),
                own("Every Tutsi family on the hills had a son or a cousin in its ranks, and everyone knew it.", None,
                    "accusation_in_mirror", "role_reversal"),
                own("They were getting ready to exterminate the Hutu, the way their kings had crushed our "
                    "grandparents, and people simply struck first.", C, "accusation_in_mirror", "justification",
                    "role_reversal"),
                own("What happened after the plane was self-defence by a frightened majority, not some master "
                    "plan.", C, "role_reversal", "spontaneity", "justification"),
                own("Were there excesses?", None, "minimisation"),
                own("Sure, but most of the dead were RPF fighters and their accomplices, and the real genocide was "
                    "the one the RPF carried out afterwards.", C, "minimisation", "double_genocide", "blame_shifting"),
                own("If you don't want it to happen again, stop letting the inyenzi write the history.", None,
                    "dehumanisation"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
