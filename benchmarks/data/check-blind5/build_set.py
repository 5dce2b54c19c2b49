"""Source of the FIFTH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind5/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind5/build_set.py --check  # validate the files already written

Written after the first five sets (benchmarks/data/check/, check-blind/, check-blind2/, check-blind3/ and
check-blind4/) had been seen by the people tuning the detectors, to measure generalisation: new genres (a memorial
audio-guide script, a student essay, an investigation of fugitives, a retrospective situation report on the camps
in Zaire in 1995-1996, a briefing on RPA killings, a moot-court bench memorandum, a forum post condemning hate
radio, a French editorial, and four short fixtures), new wording, new facts. Its author did not read the
detectors, their rules, exemplars or training data, nor any earlier set's documents or labels (only
benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, and the first
lines of the check-blind3 build script as a template for this header). Verdicts were decided against the record
alone: examples/ (FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and
the proceedings CSV. Keep it that way: do not copy these sentences into rules, exemplars or training data, and do
not tune against this set.

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
    # 1. Memorial audio-guide script (composite narrator, no real institution's text).
    {
        "doc": "audioguide-memorial-script.txt",
        "title": "Audio-guide script: the hundred days (stops 1 to 6)",
        "genre": "memorial audio-guide script",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Stop 1. Welcome, and please press play when you reach the bench beneath the hanging photographs."),
                s("This memorial on the hill of Gisozi opened its exhibition in 2004, for the tenth commemoration.", N),
                s("The remains of more than a quarter of a million people lie in the mass graves in the garden outside.", N),
            ],
            [
                s("Stop 2. The story on this wall begins on the evening of the sixth of April 1994, when the aircraft bringing President Juvénal Habyarimana home from talks in Tanzania was brought down as it came in to land at Kigali.", S),
                s("The next day soldiers murdered the Prime Minister, Agathe Uwilingiyimana, and the ten Belgian blue helmets who had been sent to guard her were killed at a military camp.", S),
                s("Look up at the photographs above you."),
                s("Each was brought here by a family, and for many of those families this wall is the only grave there is."),
            ],
            [
                s("Stop 3. The exhibition calls this period the hundred days, and the United Nations' independent inquiry used the same measure, describing a slaughter that lasted about a hundred days between April and July.", S),
                s("Over one million men, women and children were killed.", D),
                s("The government's own count, published in its final report of November 2002, came to one million and seventy-four thousand and seventeen victims.", S),
                s("Human Rights Watch, counting by another method, concluded in 1999 that at least half a million people had died, roughly three in every four of Rwanda's Tutsi.", S),
                s("The panel to your right explains why the numbers differ; none of them is small."),
                s("Before 1994 the Tutsi were roughly one Rwandan in seven.", D),
            ],
            [
                s("Stop 4. The hatred did not begin in April."),
                s("In December 1990 the newspaper Kangura printed its so-called Ten Commandments of the Bahutu, which told Hutu to cut every tie with Tutsi.", N),
                s("Its editor, Hassan Ngeze, was later tried in Arusha, and after his appeal in November 2007 he was left with a sentence of thirty-five years.", S),
                s("In July 1993 a new radio station, RTLM, began broadcasting popular music between its attacks on the Tutsi.", N),
            ],
            [
                s("Stop 5. Churches were no refuge."),
                s("At Ntarama, south of the city, more than five thousand people who had sheltered in the church were killed in mid-April.", N),
                s("At Nyange, in the west, the church was demolished with some two thousand Tutsi inside.", S),
                s("The businessman Gaspard Kanyarukiga was sentenced to thirty years for that massacre.", S),
                s("Some 250,000 women and girls were raped during these months.", D),
            ],
            [
                s("Stop 6. The killing stopped only when the Rwandan Patriotic Front defeated the government army in July 1994.", S),
                s("Its troops entered Kigali on the fourth of July.", S),
                s("Close to a million people fled west into Zaire in the days that followed.", D),
                s("Please continue to the children's room, where the guide falls silent."),
            ],
        ],
    },
    # 2. Student essay with honest errors (the student is a composite).
    {
        "doc": "student-essay-unamir.txt",
        "title": "Why did UNAMIR fail? (undergraduate history essay)",
        "genre": "student essay",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Why did UNAMIR fail?"),
                s("In this essay I argue that the United Nations force in Rwanda failed less because of its soldiers than because of decisions taken far away from Kigali."),
            ],
            [
                s("The peace agreement between the government and the RPF was signed at Arusha in August 1992.", C),
                s("To help carry it out, the Security Council created UNAMIR with resolution 872 in October 1993.", S),
                s("On paper the mission could have two thousand five hundred personnel.", S),
                s("The Canadian general Roméo Dallaire commanded it from October 1993 until August 1994.", S),
                s("His most famous warning to New York, the cable about an informant and hidden weapons, is dated 11 January 1994.", N),
                s("Headquarters replied that he had no authority to act on what the informant had told him.", S),
            ],
            [
                s("The second failure came in April."),
                s("The shooting down of the president's plane, almost certainly by Hutu hardliners, was the signal.", D),
                s("After ten of its paratroopers were killed, Belgium announced on 14 April that it would pull its whole contingent out of the mission.", N),
                s("Then, on 21 April, resolution 912 actually raised UNAMIR to 5,500 troops.", C),
                s("Only on 17 May, with resolution 918, did the Council impose an arms embargo.", S),
                s("By then, Human Rights Watch reported, at least 200,000 people had been slaughtered in six weeks.", S),
                s("Some 800,000 people were killed in the hundred days.", D),
            ],
            [
                s("The third failure was Opération Turquoise."),
                s("The Council authorised the French operation in resolution 929 in June, with ten votes in favour and five abstentions.", S),
                s("It declared a safe humanitarian zone in the south-west, but by then the RPF had already taken Kigali.", S),
                s("By the time the French arrived, some 500,000 Tutsi had already been killed.", D),
                s("The RPF took Gisenyi on 18 July, and the exodus into Zaire followed.", D),
                s("The last French soldiers left the zone in October 1994.", C),
            ],
            [
                s("Dallaire later told the Arusha tribunal that he had been ordered not to investigate.", S),
                s("Colonel Bagosora, whom he described as clearly in charge at the crisis meeting on the night of 6 April, was sentenced to life in 2008, and the appeal judges upheld the life sentence in 2011.", C),
                s("The tribunal itself had been set up by resolution 955 in November 1995.", C),
                s("My conclusion is that UNAMIR was not defeated in Rwanda; it was abandoned in New York."),
            ],
        ],
    },
    # 3. Investigative piece on fugitives (hard negative: quotes a suspect's denial).
    {
        "doc": "investigation-fugitives.txt",
        "title": "The long hunt: how the last wanted men of 1994 were found",
        "genre": "investigative feature",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("For twenty-six years the man investigators called the financier of the genocide was, to his neighbours, a frail old tenant of a two-room flat near Paris.", N),
                s("Gendarmes arrested Félicien Kabuga at dawn on 16 May 2020 in Asnières-sur-Seine, where he had been living under a false identity.", N),
                s("The United States had offered up to five million dollars for his capture.", N),
            ],
            [
                s("Kabuga had first been indicted by the Rwanda tribunal in 1997.", N),
                s("Prosecutors accused him of supplying machetes to the killers and of supporting the propaganda of the hate radio RTLM.", S),
                s("His trial opened in The Hague on 29 September 2022, before the UN mechanism that had taken over the tribunal's remaining cases after the Arusha court shut in 2014.", C),
                s("The judges found the old man unfit to stand trial, and on 7 August 2023 the Appeals Chamber sent the case back with an instruction to stay the proceedings indefinitely.", S),
                s("The genocide he is accused of financing claimed around 800,000 lives.", D),
            ],
            [
                s("The mechanism's prosecutor, Serge Brammertz, then turned to the remaining names.", N),
                s("On 24 May 2023 South African police arrested Fulgence Kayishema on a grape farm in Paarl, where he had been living as Donatien Nibashumba.", N),
                s("Kayishema, a former police inspector, had been on the run since his indictment in 2001.", N),
                s("At Nyange church, the massacre he is accused over, about two thousand Tutsi who had taken shelter died when the building was destroyed on top of them in April 1994.", S),
                s("Two men have already been convicted in Arusha for that massacre: the bourgmestre of Kivumu, Grégoire Ndahimana, and the businessman Gaspard Kanyarukiga.", S),
                s("Kanyarukiga's sentence was halved on appeal in 2012.", C),
                rep("Asked by a journalist at the Cape Town court whether he had anything to say to the victims, Kayishema answered that it was a war at that time and that he had played no role.", None, "definitional_denial"),
            ],
            [
                s("The hunt for Protais Mpiranya ended differently."),
                s("Mpiranya had commanded the Presidential Guard in 1994.", N),
                s("In May 2022 the mechanism announced that DNA from a grave near Harare had confirmed that he died in Zimbabwe in 2006.", N),
                s("Rwandan soldiers had disarmed and killed the ten Belgian peacekeepers assigned to the Prime Minister on 7 April 1994.", S),
                s("Of the officers later tried in Arusha for those killings, Major François-Xavier Nzuwonemeye was acquitted on appeal, while his second-in-command, Captain Innocent Sagahutu, had his sentence cut to fifteen years.", S),
            ],
            [
                s("Many of those who fled in 1994 did so in July, among the million people who crossed into Zaire in a few days.", D),
                s("Investigators say a handful of indicted fugitives are still unaccounted for."),
                s("Each arrest, one of them said, tells survivors that time is not on the killers' side."),
            ],
        ],
    },
    # 4. Retrospective UN-style situation report on the camps in Zaire (hard negative: reports camp propaganda).
    {
        "doc": "sitrep-zaire-camps-1995-1996.txt",
        "title": "Situation report (retrospective): Rwandan refugee camps in eastern Zaire, 1995-1996",
        "genre": "UN-style situation report",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("SITUATION REPORT (RETROSPECTIVE): RWANDAN REFUGEE CAMPS IN EASTERN ZAIRE, JANUARY 1995 TO NOVEMBER 1996."),
                s("Prepared as a training exercise; this is not an official United Nations document."),
            ],
            [
                s("1. Background."),
                s("The camps around Goma were created in July 1994, when between 500,000 and 800,000 Rwandans entered North Kivu according to the Goma Epidemiology Group.", S),
                s("Gisenyi fell to the RPF on 16 July 1994.", D),
                s("Some one million Rwandans had crossed into Zaire that month.", D),
                s("In the first month almost fifty thousand of the new arrivals died.", D),
                s("Médecins Sans Frontières warned in August 1994 that deaths since mid-July could reach 80,000 if the camps really held a million people.", S),
                s("The cholera epidemic peaked in September 1994.", C),
                s("Soldiers of the defeated army and militiamen crossed with the civilians, and the authorities responsible for the genocide soon re-established their control over the camps.", S),
                rep("Militia leaders kept people in the camps with scare stories that the Tutsi would take revenge on anyone who went home.", None, "accusation_in_mirror", "role_reversal"),
            ],
            [
                s("2. Population."),
                s("By late September 1996 UNHCR counted almost 718,000 Rwandan refugees in North Kivu, most of them in five camps near Goma.", N),
                s("The largest were Katale, with about 200,000 people, and Kibumba, with about 195,000.", N),
                s("The genocide had left some 95,000 children orphaned.", D),
            ],
            [
                s("3. Kibeho, April 1995."),
                s("On 22 April 1995, inside Rwanda, soldiers of the Rwandan Patriotic Army opened fire on displaced people while closing the Kibeho camp by force.", S),
                s("Médecins Sans Frontières put the camp's population at about 110,000.", S),
                s("Around 2,000 people were killed that day.", D),
                s("UNAMIR, which resolution 918 had cut to 270 personnel in 1994, was by then a much larger force.", C),
                s("Its strength stood at 5,740 troops in January 1995.", S),
            ],
            [
                s("4. Expulsions, August 1995."),
                s("On 19 August 1995 the Zairian army began expelling refugees by force; more than 15,000 were sent back from North Kivu before the operation was suspended three days later.", N),
                s("More than 130,000 people fled into the hills to escape the trucks.", N),
                s("On 12 December 1995 the Security Council extended UNAMIR for a last time, until 8 March 1996, at a reduced strength of 1,200 troops.", N),
            ],
            [
                s("5. The end of the camps, October-November 1996."),
                s("On the night of 25 to 26 October 1996 rebel forces and Rwandan troops shelled Kibumba, the first camp to fall.", N),
                s("From 15 November more than half a million refugees walked back into Rwanda in five days.", N),
                s("Those who fled west instead were pursued, and the UN Mapping Report released on 1 October 2010 documented mass killings of Hutu refugees.", N),
                s("The report said that some of these attacks, if proven before a competent court, could be characterised as crimes of genocide.", N),
                s("None of this alters the finding of the Commission of Experts in 1994: the genocide against the Tutsi was planned and systematic, and there was no evidence that crimes by the Tutsi side aimed to destroy the Hutu as a group.", S),
            ],
        ],
    },
    # 5. Briefing on RPA killings (hard negative: documents RPF crimes, reports an inflated claim to reject it).
    {
        "doc": "briefing-rpa-killings.txt",
        "title": "Unequal justice: killings by RPA soldiers in 1994-1995 and what became of them",
        "genre": "human rights briefing",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("This briefing documents crimes committed by soldiers of the Rwandan Patriotic Army during and after the genocide against the Tutsi."),
                s("Recording them does not diminish that genocide, and nothing here puts the two on the same footing."),
            ],
            [
                s("Scale."),
                s("A team working for UNHCR estimated that RPA soldiers killed between 25,000 and 45,000 people from April to August 1994.", S),
                s("Counting the year after the genocide as well, about 60,000 people were killed by RPA soldiers between April 1994 and August 1995.", D),
                s("The RPA's victims in those months numbered in the tens of thousands.", D),
                rep("No investigation supports the assertion that the RPF killed two million Hutu.", C, "double_genocide", "fabrication"),
            ],
            [
                s("Incidents."),
                s("According to Human Rights Watch, RPF soldiers massacred several hundred people in the Byumba stadium in mid-April 1994.", S),
                s("In June, near Kabgayi, RPF soldiers killed fifteen civilians, thirteen of them clergy, among them the Archbishop of Kigali.", S),
                s("The clergy were killed on 5 June 1994.", D),
                s("Amnesty International reported in October 1994 that RPA abuses between April and August included hundreds of deliberate executions.", S),
                s("At Kibeho, on 22 April 1995, RPA soldiers fired on the displaced; Australian peacekeepers estimated at least 4,000 dead, while the government gave a figure of 338.", S),
                s("The government itself later admitted to about 4,000 dead.", C),
                s("The true toll was much closer to 4,000 than to 338.", D),
            ],
            [
                s("Accountability."),
                s("The Arusha tribunal never indicted a single member of the RPF.", S),
                s("In 2005 the tribunal charged two RPA colonels over Kabgayi and transferred the case to Kigali.", C),
                s("Rwanda's army said in 2008 that 43 soldiers had been prosecuted in military courts since 1994 for war crimes and revenge killings.", S),
                s("The Kabgayi case came to trial only in 2008: two captains who pleaded guilty were sentenced to eight years, reduced to five on appeal, and two senior officers were acquitted.", S),
                s("Human Rights Watch reported that the soldiers prosecuted in Rwanda had killed, in all, about 100 civilians.", S),
                s("The gacaca courts, which heard close to two million cases, were not allowed to try crimes by RPF soldiers.", S),
                s("The Security Council removed Carla Del Ponte as the tribunal's prosecutor in August 2003; she said Kigali had lobbied against her because she meant to investigate killings by the army.", N),
            ],
            [
                s("This imbalance is what critics mean when they speak of selective justice."),
                s("It is a reason to prosecute those crimes, not a reason to rewrite 1994."),
            ],
        ],
    },
    # 6. Moot-court bench memorandum criticising the ICTR's selectivity (hard negative).
    {
        "doc": "moot-court-memo-ictr.txt",
        "title": "Bench memorandum, international criminal law moot, problem 3: selectivity at the ICTR",
        "genre": "law-school moot-court memorandum",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("MEMORANDUM FOR THE BENCH. Problem 3: was the International Criminal Tribunal for Rwanda selective, and does its selectivity undermine its judgments?"),
                s("Counsel for the applicant will rely on the phrase \"victor's justice\"; the bench should test the phrase against the record rather than accept or reject it wholesale."),
            ],
            [
                s("A. Agreed facts."),
                s("The Security Council created the tribunal on 8 November 1994, by thirteen votes to one with one abstention.", S),
                s("It indicted ninety-three people, convicted sixty-one and acquitted fourteen.", S),
                s("Its judgment against Jean-Paul Akayesu in September 1998 was the first conviction for genocide by an international court.", S),
                s("Akayesu's life sentence was reduced to twenty-five years on appeal.", C),
                s("The tribunal closed at the end of 2012 and handed its remaining work to a residual mechanism.", C),
                s("That mechanism was created by Security Council resolution 1966 of 22 December 2010.", N),
                s("The death toll of the genocide, some 800,000 people, is not contested by either party.", D),
                s("The Tutsi were roughly a tenth of Rwanda's population on the eve of the genocide.", D),
                s("At least 250,000 women were raped.", D),
            ],
            [
                s("B. The selectivity argument."),
                s("No member of the RPF was ever indicted, although experts working for UNHCR had estimated that RPA soldiers killed between 25,000 and 45,000 people in 1994.", S),
                s("Counsel may also cite Human Rights Watch's statement of December 2008 that the tribunal had not prosecuted even one of the serious RPF crimes of 1994.", S),
                s("The Commission of Experts had itself asked in 1994 that the violations attributed to the RPF be investigated further.", S),
                s("The thirteen clergy murdered near Kabgayi were killed on 4 June 1994.", D),
                s("Rwanda's own military courts tried four RPA officers for the Kabgayi killings and acquitted all four.", C),
                s("In August 2003 the Security Council gave the tribunal a prosecutor of its own, ending Carla Del Ponte's shared mandate over the Rwanda and Yugoslavia courts.", N),
                s("Her successor, Hassan Bubacar Jallow, took up his duties in Arusha on 3 October 2003.", N),
                s("The respondent will answer that selectivity in charging is not the same as unfairness at trial."),
            ],
            [
                s("C. Acquittals."),
                s("General Gratien Kabiligi was acquitted in the Military I case in December 2008.", S),
                s("Protais Zigiranyirazo, the president's brother-in-law, was convicted at trial and acquitted on appeal in November 2009.", S),
                s("Two ministers of the interim government, Justin Mugenzi and Prosper Mugiraneza, received thirty years at trial and were acquitted on appeal in February 2013.", S),
                s("Théoneste Bagosora's conviction for genocide was overturned entirely on appeal.", C),
                s("The applicant may say that acquittals prove the tribunal's independence from Kigali; the respondent, that they prove nothing about the cases never brought."),
            ],
            [
                s("D. Other forums."),
                s("A French court sentenced Pascal Simbikangwa to twenty-five years in 2014.", S),
                s("In Belgium, Fabien Neretse became in December 2019 the first person convicted there of genocide, with a sentence of twenty-five years.", S),
                s("Questions for counsel follow on the next page."),
            ],
        ],
    },
    # 7. Forum post quoting RTLM in order to condemn it (hard negative; the poster is a composite).
    {
        "doc": "forum-post-rtlm.txt",
        "title": "Re: \"It was just a radio station\"",
        "genre": "forum post",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                rep("Someone upthread wrote that RTLM was \"just a radio station\" and that words never killed anyone.", None, "minimisation"),
                s("I want to answer that with what the station actually said, and with what the judges did about it."),
            ],
            [
                s("RTLM went on air on 8 July 1993, nine months before the genocide, and it mixed pop music and jokes with attacks on the Tutsi, on moderate Hutu and on the UN mission.", N),
                rep("Its presenters called the Tutsi cockroaches, over and over, until the word needed no explanation.", N, "dehumanisation"),
                rep("In one broadcast listeners near Rugunga were told to go out and look for \"the cockroaches' straw huts in the marsh\", and that \"those who have guns should immediately go to these cockroaches... encircle them and kill them\".", N, "dehumanisation", "call_to_action"),
                rep("After the president's plane came down, the station blamed the Tutsi for it and urged listeners on to a final war against them.", N, "blame_shifting", "call_to_action", "accusation_in_mirror"),
                rep("In late June, as French troops arrived, its presenters told listeners it would be \"absurd\" to hand in their weapons or take down the roadblocks.", N, "call_to_action"),
                s("That is not \"just radio\"."),
            ],
            [
                s("The Arusha tribunal tried RTLM's founder Ferdinand Nahimana and board member Jean-Bosco Barayagwiza together with Kangura's editor, in what became known as the Media case.", S),
                s("Nahimana was first sentenced to life; on appeal in November 2007 his sentence was cut to thirty years, but his conviction for incitement through the broadcasts after 6 April stood.", S),
                s("Hassan Ngeze, the Kangura editor, was acquitted.", C),
                s("The Belgian presenter Georges Ruggiu pleaded guilty and got twelve years in 2000.", S),
                s("The singer Simon Bikindi received fifteen years for publicly urging people to kill Tutsi on a road in Gisenyi in late June 1994.", S),
                s("Léon Mugesera, who called for the extermination of the Tutsi in a speech at Kabaya in November 1992, was given life imprisonment in Rwanda in 2016.", S),
                s("And Félicien Kabuga, accused of bankrolling RTLM, was convicted in 2023 and died in prison.", C),
            ],
            [
                s("The station kept broadcasting through the hundred days in which more than a million people were murdered.", D),
                s("Calling human beings insects stops being a figure of speech once the roadblocks are up."),
                s("So no, words alone do not kill; but these words were instructions, and the court treated them that way."),
            ],
        ],
    },
    # 8. French editorial (acknowledges).
    {
        "doc": "editorial-fr-turquoise.txt",
        "title": "Éditorial : regarder Turquoise en face",
        "genre": "éditorial",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Il a fallu attendre le 26 mars 2021 pour qu'une commission d'historiens présidée par Vincent Duclert remette au président de la République un rapport concluant à des « responsabilités lourdes et accablantes » de la France.", S),
                s("Le 19 avril 2021, Kigali publiait à son tour le rapport du cabinet d'avocats américain Levy Firestone Muse, selon lequel la France avait rendu possible un génocide prévisible.", N),
                s("Le 27 mai 2021, au mémorial de Gisozi, Emmanuel Macron est venu « reconnaître nos responsabilités », sans présenter d'excuses.", N),
            ],
            [
                s("Rappelons ce que plus personne ne devrait discuter."),
                s("Le 6 avril 1994 au soir, l'avion du président Habyarimana était abattu à l'approche de Kigali.", S),
                s("Entre avril et juillet, plus d'un million de Tutsi ont été exterminés.", D),
                s("Avant le génocide, les Tutsi représentaient environ 15 % de la population.", D),
            ],
            [
                s("L'opération Turquoise a été autorisée par la résolution 929 du Conseil de sécurité, le 22 juin 1994, en vertu du chapitre VII.", S),
                s("Le texte avait été adopté à l'unanimité des quinze membres du Conseil.", C),
                s("L'opération a mobilisé environ 2 500 militaires français.", S),
                s("Que la zone humanitaire sûre proclamée en juillet ait aussi servi de couloir de fuite à des responsables du génocide reste l'un des reproches les plus graves adressés à Paris."),
                s("Les derniers soldats français ont quitté la zone le 21 août 1994.", S),
                s("Pendant ce temps, près de 80 000 réfugiés mouraient du choléra et de la dysenterie autour de Goma.", D),
            ],
            [
                s("Reste l'attentat, que certains brandissent encore pour brouiller tout le reste."),
                s("L'avion a été abattu par des extrémistes hutu qui ont tiré depuis le camp de Kanombe.", D),
                s("Le juge Bruguière avait été saisi de l'affaire en 2004 par les familles de l'équipage.", C),
                s("En novembre 2006, il avait au contraire délivré neuf mandats d'arrêt contre des proches de Paul Kagame.", S),
                s("Kigali avait aussitôt rompu ses relations diplomatiques avec Paris ; elles n'ont été rétablies qu'en 2015.", C),
                s("L'instruction s'est achevée par un non-lieu, devenu définitif le 15 février 2022 avec le rejet des pourvois par la Cour de cassation.", S),
            ],
            [
                s("Le Tribunal pénal international pour le Rwanda, créé en novembre 1994, a fermé ses portes fin 2015 sans avoir poursuivi un seul membre du FPR.", S),
                s("Il avait condamné l'ancien Premier ministre Jean Kambanda à trente ans de prison.", C),
                s("Des experts mandatés par le HCR estimaient que l'APR avait tué entre 25 000 et 45 000 personnes d'avril à août 1994.", S),
                s("Ces crimes méritent justice eux aussi ; ils ne font pas pour autant de 1994 un « double génocide »."),
                s("En France, la cour d'assises a condamné Pascal Simbikangwa à vingt-cinq ans de réclusion en 2014, puis deux anciens bourgmestres de Kabarondo à la perpétuité en 2016.", S),
                s("L'ancien préfet de Gikongoro Laurent Bucyibaruta a été condamné à vingt ans en 2022, mais il est mort avant son procès en appel.", S),
                s("Regarder Turquoise en face, c'est aussi cela : juger, et pas seulement commémorer."),
            ],
        ],
    },
    # 9. Fixture: English comment thread, distortion in own voice (commenters are invented).
    {
        "doc": "fixture-denial-comment-thread.txt",
        "title": "Comments under a video on Rwanda",
        "genre": "comment thread",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Not denying anything, just asking: if the Tutsi were barely one Rwandan in a hundred, how exactly do you get to a million dead Tutsi?", C, "minimisation", "fabrication"),
                own("Funny how the \"hundred days\" always start on 7 April and never on 1 October 1990, when an army from Uganda walked in.", S, "blame_shifting", "role_reversal"),
            ],
            [
                own("Both sides had machetes and both sides dug graves; calling only one of them genocide is a political choice, not a historical one.", None, "double_genocide", "definitional_denial"),
                own("The UN's own Gersony team found that the RPF killed at least as many Hutu as the militias killed Tutsi.", C, "double_genocide", "fabrication"),
                own("And the famous Commission of Experts? It found crimes \"on both sides\" and never called what happened to the Tutsi a genocide.", C, "definitional_denial", "fabrication", "double_genocide"),
            ],
            [
                own("Reply: the panic after the president's plane came down turned neighbour against neighbour, that's all; nobody planned anything.", C, "spontaneity", "definitional_denial"),
                own("Reply: people defend their hills when an invading army is at the gates of the capital, and that is called war, not extermination.", None, "justification", "definitional_denial", "role_reversal"),
                own("Even the UN cut its blue helmets to 270 in April, because everyone in New York knew it was a war and not a genocide.", S, "definitional_denial"),
            ],
        ],
    },
    # 10. Fixture: "both sides" op-ed that ends in double-genocide framing (composite, mixed).
    {
        "doc": "fixture-denial-both-sides-oped.txt",
        "title": "Thirty years on, remember every victim",
        "genre": "opinion column",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Thirty years on, Rwanda deserves a memory that includes every victim."),
                s("The killing began after President Habyarimana's plane was shot down near Kigali on 6 April 1994, and the Prime Minister was murdered the next morning.", S),
                s("Human Rights Watch concluded in 1999 that at least half a million people died, about three quarters of the Tutsi population.", S),
                s("Investigators working for UNHCR also estimated that RPA soldiers killed between 25,000 and 45,000 people between April and August 1994.", S),
            ],
            [
                own("Yet only one side's dead are called victims of genocide, while the other side's dead are filed away as collateral.", None, "double_genocide"),
                own("At Kibeho the army mowed down some 4,000 displaced Hutu in a single afternoon, and no international day remembers them.", D, "double_genocide"),
                own("Two peoples were hunted in those years, each by the other's army, and honesty means saying it plainly: Rwanda suffered two genocides.", C, "double_genocide", "definitional_denial"),
                own("Until the courts say so, reconciliation will remain a one-sided word.", None, "double_genocide"),
            ],
        ],
    },
    # 11. Fixture: diaspora association newsletter with a member's denial column appended (composite, mixed).
    {
        "doc": "fixture-denial-composite-newsletter.txt",
        "title": "Association newsletter, March issue",
        "genre": "diaspora association newsletter",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Commemoration notice: our association will gather on 7 April, the day the United Nations General Assembly set aside in December 2003 for reflection on the genocide in Rwanda.", N),
                s("The genocide claimed more than one million lives.", D),
                s("The gacaca courts, which closed on 18 June 2012, tried 1,958,634 cases.", S),
            ],
            [
                own("From a member: every April we are asked to bow our heads for a \"genocide\" whose story was written by the army that won the war.", None, "definitional_denial", "fabrication"),
                own("That same government produced the famous count of 1,074,017 dead, precise to the last person and inflated at least tenfold.", C, "minimisation", "fabrication"),
                own("What happened in 1994 was a civil war with massacres on both sides, started by the invaders of 1990.", C, "definitional_denial", "double_genocide", "blame_shifting"),
                own("Those of us who lived it know that the rebels killed as many as anyone, and that the refugees in Zaire paid the real price.", None, "double_genocide", "role_reversal"),
                s("Next meeting: first Sunday of May, usual hall."),
            ],
        ],
    },
    # 12. Fixture: French denial video transcript (own voice).
    {
        "doc": "fixture-denial-fr-video-transcript.txt",
        "title": "Transcription d'une vidéo en ligne",
        "genre": "transcription de vidéo",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("[00:00] Bonsoir à tous, aujourd'hui on parle de ce qu'on ne vous dit jamais sur le Rwanda."),
                own("On vous répète « génocide », mais les chiffres ont fondu : on est passé de deux millions de morts annoncés à moins de cent mille quand on compte sérieusement.", C, "minimisation", "fabrication"),
                own("Curieux, non, que la commission d'experts de l'ONU n'ait jamais parlé d'un plan ?", C, "definitional_denial", "fabrication"),
            ],
            [
                own("[03:12] Le président a été assassiné par le FPR, tout le monde le sait depuis l'enquête Bruguière.", D, "blame_shifting"),
                own("Ce qui a suivi, c'est une colère populaire, spontanée, pas un programme.", C, "spontaneity", "definitional_denial"),
                own("Et les « témoins » d'Arusha ? Des gens payés et répétés, qui racontaient tous la même histoire.", None, "attack_on_witnesses"),
                own("D'ailleurs le TPIR a fini par acquitter la plupart des accusés, c'est dire.", C, "fabrication", "attack_on_witnesses"),
                s("[07:45] Abonnez-vous et partagez avant que la vidéo soit supprimée."),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
