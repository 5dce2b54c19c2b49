"""Source of the TWENTIETH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind20/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind20/build_set.py --check  # validate the files already written

A held-out general mix written blind: a wire report on the tenth anniversary of the gacaca courts' closure, a
peacekeeping podcast transcript on UNAMIR, an encyclopaedia-style entry on the Kibeho killings and RPF crimes, an
op-ed on the ICTR's selectivity, a secondary-school lesson on Kangura and RTLM quoting hate propaganda in order to
analyse it, a letter to the editor refuting a denial column, a French court chronicle of the Paris assize trials, an
NGO briefing on survivors, orphans and sexual violence, a forum thread on France and Opération Turquoise, and three
short denial fixtures (one composite, one distortion, one French denial). Its author did not read the detectors,
their rules, exemplars or training data, the benchmark results, the tests, nor any earlier set's documents, labels,
README or build script (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling
conventions, and the first 40 lines of the check-blind5 build script and the check-blind5 README as templates).
Verdicts were decided against the record alone: examples/ (FACTS.md and the sample documents),
src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Keep it that way: do not copy these
sentences into rules, exemplars or training data, and do not tune against this set.

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
    # 1. Wire report: ten years after the closure of the gacaca courts (invented agency and byline).
    {
        "doc": "wire-gacaca-tenth-anniversary.txt",
        "title": "Ten years after the last gacaca hearing, Rwanda weighs a mixed legacy",
        "genre": "wire report",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("KIGALI, 18 June 2022 (Great Rift Wire) — Ten years ago today, Rwanda's community genocide courts "
                  "heard their last cases and were formally closed.", S),
                s("They had been set up to deal with the aftermath of a genocide that killed well over a million "
                  "people in a hundred days.", D),
                s("By the day they shut, a Monday, the courts had tried one million, nine hundred and fifty-eight "
                  "thousand, six hundred and thirty-four cases.", S),
                s("Roughly two in three of those, 1,320,554 cases, concerned looting and damage to property rather "
                  "than violence against people.", S),
            ],
            [
                s("Their name is borrowed from the Kinyarwanda word for grass.", S),
                s("The judges were volunteers known as inyangamugayo, persons of integrity, elected by their own "
                  "communities.", N),
                s("In 2007 the courts counted some 200,000 of these lay judges across the country.", N),
                s("According to Human Rights Watch, just over 12,000 gacaca courts were at work by May 2011.", S),
                s("The first gacaca trials were not held until 2009.", C),
            ],
            [
                s("Officials still defend the system's speed.", None),
                s("The justice minister said in 2012 that the ordinary courts would have needed more than three "
                  "hundred years to hear the same caseload.", S),
                s("Those ordinary courts had opened their first genocide trials only in December 1996, in a justice "
                  "system the genocide had gutted.", S),
                s("The very first of them, in Kibungo, ended on 3 January 1997 with death sentences for a hospital "
                  "aide and a former local official.", S),
                s("Human Rights Watch counts some 7,000 people brought to trial for genocide in the conventional "
                  "courts between 1996 and 2002.", S),
                s("On Friday 24 April 1998, twenty-two people condemned for genocide were executed in public.", S),
                s("Rwanda did away with the death penalty four years later, in 2002.", C),
            ],
            [
                s("Critics have never been silent.", None),
                s("Human Rights Watch documented corruption, procedural irregularities and limits on the right to a "
                  "fair trial in the gacaca courts.", S),
                s("It also pointed out that crimes committed by soldiers of the Rwandan Patriotic Front were kept "
                  "outside their jurisdiction.", S),
                s("Those crimes were not few: the RPF's troops killed at least 25,000 civilians in 1994.", D),
                s("Rwanda's military justice system, for its part, said in 2008 that it had prosecuted soldiers "
                  "responsible for killing about a hundred civilians.", S),
            ],
            [
                s("In the gravest category, reserved for planners and organisers, first-instance judges heard 60,552 "
                  "cases and found guilt in 53,426.", S),
                s("About two in three of the people tried were convicted.", D),
                s("Across the three categories, more than 1.9 million cases ended in a guilty finding at first "
                  "instance.", C),
            ],
            [
                s("The state fund for needy survivors, known by its French initials FARG, was created by a law of 22 "
                  "January 1998 and draws mainly on a fixed share of the national budget.", N),
                s("A survivors' census in 2008 counted 309,368 people still alive who had been targeted between 1990 "
                  "and 1994.", S),
                s("For many of them, a hearing on the grass was the only accounting they would ever get.", None),
            ],
        ],
    },
    # 2. Podcast transcript on UNAMIR (invented show, host and guest).
    {
        "doc": "podcast-transcript-unamir.txt",
        "title": "Thin Blue Line, episode 14: the mission told to stand aside",
        "genre": "podcast transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("[Transcript of episode 14, edited for length.]", None),
            ],
            [
                s("NADIA: Welcome back to Thin Blue Line; today's mission was created on a Tuesday in October 1993, "
                  "when the Security Council adopted resolution 872.", S),
            ],
            [
                s("OWEN: And it was given an authorised strength of two and a half thousand personnel.", S),
                s("Its job was to help carry out the Arusha agreement signed that August, with its promises of a "
                  "broad-based transitional government, the return of refugees and a single army.", S),
                s("That agreement was meant to end a war that began when the Rwandan Patriotic Front crossed from "
                  "Uganda on the first of October 1990, and whose commander, Fred Rwigyema, was killed on the second "
                  "day of the offensive.", N),
            ],
            [
                s("NADIA: The force commander was a Canadian general, Roméo Dallaire, in post from October 1993 to "
                  "August 1994.", S),
            ],
            [
                s("OWEN: Months before the killing, an informant the mission called Jean-Pierre told it about a plan "
                  "to kill Belgian soldiers and about hidden stocks of weapons.", S),
                s("Headquarters in New York replied that Dallaire had no authority to act on the information.", S),
            ],
            [
                s("NADIA: Then comes Wednesday, the sixth of April 1994, and the president's plane is brought down "
                  "over Kigali in the evening.", S),
            ],
            [
                s("OWEN: Within a day the prime minister, Agathe Uwilingiyimana, had been killed, together with the "
                  "ten Belgian blue helmets detailed to guard her.", S),
                s("A week later, on the fourteenth, Belgium announced that it was pulling out its whole contingent of "
                  "roughly four hundred and twenty soldiers.", N),
                s("Ghanaian peacekeepers took over the airport from the departing Belgians.", N),
            ],
            [
                s("NADIA: And on the twenty-first the Council cut the force to five hundred and forty, didn't it?", C),
            ],
            [
                s("OWEN: To about two hundred and seventy, by resolution 912, and nobody voted against.", S),
                s("Some stayed anyway: the Senegalese captain Mbaye Diagne drove people through militia checkpoints, "
                  "saving hundreds, until he was killed in Kigali on 31 May 1994.", N),
                s("In 2014 the Security Council created a medal for exceptional courage named after him.", N),
            ],
            [
                s("NADIA: When did New York change its mind?", None),
            ],
            [
                s("OWEN: On the seventeenth of May, with an arms embargo and an authorised force of five thousand five "
                  "hundred.", S),
                s("But those troops only started arriving in July and August.", S),
                s("By then the RPF had taken Kigali, on the fourth of July, and when it reached Gisenyi on the "
                  "eighteenth about a million people fled into Zaire.", D),
            ],
            [
                s("NADIA: And the French came in between, under resolution 929, which passed unanimously.", C),
            ],
            [
                s("OWEN: Ten votes in favour and five abstentions, actually.", S),
                s("As for the dead, the UN's independent inquiry of 1999 settled on approximately eight hundred "
                  "thousand.", S),
                s("My own view is that the real number of Tutsi murdered was closer to a million.", D),
            ],
            [
                s("NADIA: Dallaire testified against the colonels in Arusha in 2006, didn't he?", C),
            ],
            [
                s("OWEN: In January 2004, and accountability came slowly: Colonel Théoneste Bagosora was held "
                  "responsible for the deaths of the peacekeepers and the prime minister and sentenced to life in "
                  "December 2008, a term cut to thirty-five years on appeal in 2011.", S),
                s("Bill Clinton stopped at Kigali airport in March 1998 and acknowledged that the world had not acted "
                  "quickly enough.", N),
                s("And on 7 April 2000 the Belgian prime minister, Guy Verhofstadt, asked Rwandans for forgiveness in "
                  "his country's name.", N),
            ],
        ],
    },
    # 3. Encyclopaedia-style entry on Kibeho and RPF crimes (hard negative: documents RPA killings).
    {
        "doc": "encyclopaedia-kibeho-killings.txt",
        "title": "Kibeho killings (1995)",
        "genre": "encyclopaedia entry",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Kibeho killings (1995)", None),
            ],
            [
                s("The Kibeho killings took place on Saturday 22 April 1995 at a camp for internally displaced people "
                  "near Kibeho, in south-western Rwanda, when soldiers of the Rwandan Patriotic Army fired on the "
                  "people sheltering there.", S),
                s("How many died has never been settled.", None),
            ],
            [
                s("Background", None),
            ],
            [
                s("The camp stood in the area that French forces had declared a safe humanitarian zone on 5 July "
                  "1994, during Opération Turquoise.", S),
                s("After the last French troops pulled out on 21 August 1994, UNAMIR peacekeepers replaced them and "
                  "the camps for displaced people stayed open.", S),
                s("By early 1995 the UN mission itself had been scaled back to a few hundred military observers.", C),
                s("By April 1995 Kibeho sheltered around 120,000 people, the largest population of any of the "
                  "camps.", D),
                s("The army had begun closing the camps by force, and its soldiers surrounded Kibeho on 18 and 19 "
                  "April.", S),
                s("The UN presence there rested mainly on a Zambian company, reinforced from 19 April by a small "
                  "Australian team of medics and infantry.", N),
            ],
            [
                s("The killings", None),
            ],
            [
                s("Three days after the encirclement, soldiers opened fire on the crowd; others died crushed or "
                  "trampled as people tried to flee.", S),
                s("The Rwandan government gave a figure of 338 dead.", S),
                s("Senior UN military officers, as reported by The New York Times, estimated about 2,000 killed and "
                  "more than 600 wounded.", S),
                s("Australian soldiers serving with UNAMIR, who saw the killing, estimated that at least 4,000 people "
                  "died.", S),
                s("The real toll was close to four thousand.", D),
            ],
            [
                s("Earlier killings by the RPF", None),
            ],
            [
                s("Human Rights Watch reported that RPF soldiers massacred several hundred people in the stadium at "
                  "Byumba in mid-April 1994.", S),
                s("On 5 June 1994, near Kabgayi, RPF soldiers killed fifteen civilians, thirteen of them clergy, "
                  "among them the Archbishop of Kigali.", D),
                s("A team of experts working for UNHCR, led by Robert Gersony, estimated that RPA soldiers killed "
                  "between 25,000 and 45,000 people from April to August 1994; its findings were never published as "
                  "a report.", S),
                s("Amnesty International reported in October 1994 that the RPA's abuses in those months included "
                  "hundreds of deliberate executions.", S),
                s("A former interior minister of the post-genocide government put the number killed by RPA soldiers "
                  "between April 1994 and August 1995 at about 60,000, according to Human Rights Watch.", S),
                s("The Rwandan government later accepted the UNHCR team's estimate.", C),
            ],
            [
                s("Accountability", None),
            ],
            [
                s("The International Criminal Tribunal for Rwanda indicted no RPF member, and its jurisdiction ended "
                  "on 31 December 1994, so Kibeho never came before it.", S),
                s("The Kabgayi case, handed by the tribunal's prosecutor to Rwanda's military justice, ended in "
                  "October 2008 with two captains convicted and a general and a major acquitted.", S),
                s("The Rwandan military said in 2008 that forty-three soldiers had been prosecuted in its courts "
                  "since 1994 for war crimes and revenge killings.", S),
                s("Recording these crimes takes nothing from the genocide against the Tutsi, which the UN Commission "
                  "of Experts found to have been planned and systematic; the same Commission asked that violations "
                  "attributed to the RPF be investigated.", S),
            ],
        ],
    },
    # 4. Op-ed criticising the ICTR's selectivity (hard negative: criticism of the ICTR is not denial).
    {
        "doc": "oped-ictr-one-way.txt",
        "title": "The tribunal that looked only one way",
        "genre": "op-ed",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("When the Security Council created the International Criminal Tribunal for Rwanda on 8 November "
                  "1994, it gave the court authority over serious violations of humanitarian law committed in Rwanda "
                  "at any point in that year, whoever committed them.", S),
                s("Not a single Council member voted against the resolution.", C),
                s("When the tribunal shut its doors on the last day of 2015, ninety-three people had been indicted, "
                  "sixty-one convicted and fourteen acquitted.", S),
                s("Every one of those indictments concerned the genocide against the Tutsi, and not one named a "
                  "soldier of the Rwandan Patriotic Front.", S),
            ],
            [
                s("It was not for lack of evidence.", None),
                s("In December 1994 the UN Commission of Experts reported that crimes against humanity had been "
                  "committed by individuals on both sides, found nothing to suggest that the RPF's crimes aimed at "
                  "destroying the Hutu as a group, and asked for further investigation of them.", S),
                s("Experts working for UNHCR put the number killed by RPA soldiers between April and August 1994 at "
                  "25,000 to 45,000.", S),
                s("In plain terms, the RPA killed tens of thousands of civilians within a few months.", D),
                s("Leave None to Tell the Story, written chiefly by Alison Des Forges and published in 1999, reached a "
                  "similar conclusion about the four months of fighting.", S),
                s("Des Forges, who gave expert evidence in eleven trials at the tribunal, was killed in a plane crash "
                  "near Buffalo in February 2009.", N),
            ],
            [
                s("Prosecutors did make attempts.", None),
                s("Carla Del Ponte, who served as prosecutor for both the Rwanda and the Yugoslavia tribunals, said she "
                  "meant to look into reprisal killings by the RPA.", N),
                s("On 28 August 2003 the Security Council gave the Rwanda tribunal a prosecutor of its own, and Hassan "
                  "Jallow took up the post in October.", N),
                s("Del Ponte blamed lobbying by Kigali; the Rwandan government said it was not responsible for her "
                  "removal.", N),
                s("In 2008 Jallow's office sent its only RPF case, the killing of clergy evacuated from Kabgayi, to "
                  "Rwanda's military courts instead of indicting anyone in Arusha.", S),
                s("The two captains who confessed were each given fifteen years, and their two superiors were "
                  "acquitted.", C),
                s("Human Rights Watch called the trial a failure, and in December 2008 it wrote that the tribunal had "
                  "'not prosecuted even one' of the RPF's serious crimes from 1994.", S),
            ],
            [
                s("Some call this victor's justice.", None),
                s("I prefer a narrower charge: the tribunal applied its own statute to one side only.", None),
                s("Saying so denies nothing.", None),
                s("The genocide against the Tutsi was planned and systematic, as the Commission of Experts found, and "
                  "the tribunal's judgment against Jean-Paul Akayesu on 2 September 1998 was the first conviction for "
                  "genocide by an international court.", S),
                s("Well over half a million Tutsi were murdered in those hundred days.", D),
                s("The tribunal's successor, the Residual Mechanism, went on to convict the businessman Félicien "
                  "Kabuga in 2023.", C),
                s("But a court that hears only one side's crimes teaches the other side that its own are beyond "
                  "reach.", None),
                s("Gacaca, too, was barred from trying RPF soldiers.", S),
                s("The record of 1994 will be complete only when the four thousand dead of Kibeho and the victims at "
                  "Byumba have their day in court as well.", D),
            ],
        ],
    },
    # 5. Secondary-school lesson on hate media (hard negative: quotes propaganda to analyse it, voice reported).
    {
        "doc": "lesson-plan-kangura-rtlm.txt",
        "title": "Lesson 7 — Words before the killing: Kangura, RTLM and the Media case",
        "genre": "teaching materials",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Lesson 7 — Words before the killing", None),
            ],
            [
                s("Aims: students will describe how a newspaper and a radio station taught Rwandans to see their Tutsi "
                  "neighbours as enemies, and how an international court judged the men behind them.", None),
            ],
            [
                s("Background for the teacher", None),
            ],
            [
                s("Kangura, a paper edited by Hassan Ngeze, was founded in May 1990, a few months before the RPF's "
                  "attack.", N),
                s("Its sixth issue, in December 1990, printed what it called the Ten Commandments of the Bahutu.", N),
                rep("The text was introduced by the claim that 'the Batutsi are bloodthirsty and power-hungry and want "
                    "to impose their hegemony on the people of Rwanda using armed force.'", N,
                    "accusation_in_mirror", "dehumanisation"),
                rep("Its eighth commandment ordered: 'Hutus must cease having pity for the Tutsi.'", N,
                    "call_to_action"),
                s("Radio Télévision Libre des Mille Collines, known as RTLM, began broadcasting on 8 July 1993 and "
                  "stayed on air until the end of July 1994.", N),
                s("It kept broadcasting throughout the hundred days in which some 800,000 people were murdered.", D),
                s("Its founder, Ferdinand Nahimana, and the board member Jean-Bosco Barayagwiza stood trial alongside "
                  "Ngeze in what became known as the Media case.", S),
                s("The businessman Félicien Kabuga, accused of supporting the station, was never judged: in August "
                  "2023 the appeals judges of the Residual Mechanism ordered an indefinite stay because he was unfit "
                  "to stand trial.", S),
            ],
            [
                s("Sources for the class", None),
            ],
            [
                rep("Source A (RTLM, 2 July 1994, presenter Kantano Habimana): 'In any case, let us simply stand firm "
                    "and exterminate them, so that our children and grandchildren do not hear that word Inkotanyi ever "
                    "again.'", N, "call_to_action"),
            ],
            [
                rep("Source B (RTLM, undated, on the commander of the UN force): '[Dallaire] is working for the "
                    "Inyenzi-Nkotanyi and he is himself an Inyenzi.'", N, "dehumanisation"),
                s("In the station's language, inyenzi, cockroaches, meant the Tutsi and anyone who took their side.", N),
            ],
            [
                rep("Source C: at a party rally in Kabaya on 22 November 1992, Léon Mugesera told his audience that the "
                    "Tutsi came from Ethiopia and should be sent back there by way of the Nyabarongo river.", N,
                    "call_to_action"),
            ],
            [
                s("What the court decided", None),
            ],
            [
                s("On 3 December 2003 the Tribunal convicted all three defendants in the Media case.", S),
                s("On appeal, on 28 November 2007, Nahimana's life sentence was reduced to thirty years, although his "
                  "conviction for incitement through RTLM broadcasts after 6 April 1994 was upheld.", S),
                s("Barayagwiza's sentence went down to thirty-two years once the convictions based on RTLM were "
                  "reversed.", S),
                s("Ngeze's life sentence was confirmed in full.", C),
                s("The presenter Georges Ruggiu, a Belgian-Italian national, had pleaded guilty and been sentenced to "
                  "twelve years on 1 June 2000.", S),
                s("The singer Simon Bikindi was acquitted of incitement in 2008.", C),
                s("Mugesera, deported from Canada in 2012, was sentenced to life imprisonment by Rwanda's High Court "
                  "in April 2016.", S),
            ],
            [
                s("Questions", None),
            ],
            [
                s("1. Source A presents extermination as a way of protecting children: what work does that framing "
                  "do?", None),
            ],
            [
                s("2. Why might a propagandist accuse his targets of the very plans he is pushing?", None),
            ],
            [
                s("3. Which words in Sources A and B stop treating people as people, and why would a killer need "
                  "that?", None),
            ],
        ],
    },
    # 6. Letter to the editor refuting a denial column (hard negative: quotes denial to refute it, voice reported).
    {
        "doc": "letter-editor-untold-story.txt",
        "title": "Letter: the 'other side' of 1994 your columnist offered is no side at all",
        "genre": "letter to the editor",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Sir, — Last Saturday your columnist Dale Prentice promised readers the untold story of Rwanda in "
                  "1994.", None),
                s("Several of his claims need answering from the record.", None),
            ],
            [
                rep("He wrote that 'no more than two hundred thousand people died, on all sides.'", C,
                    "minimisation", "double_genocide"),
                s("Human Rights Watch had already counted at least 200,000 dead by May 1994, six weeks into the "
                  "killing, and its 1999 study concluded that at least half a million had died.", S),
                s("The government's census of victims reached 1,074,017, counted from October 1990 to the end of "
                  "1994.", S),
            ],
            [
                rep("He wrote that the massacres were 'a spontaneous outburst of grief and rage after the president was "
                    "murdered.'", C, "spontaneity"),
                s("As early as December 1994 the UN Commission of Experts found that the genocide had been carried out "
                  "in a concerted, planned, systematic and methodical way.", S),
                rep("He wrote that it was 'a civil war, not a genocide.'", C, "definitional_denial"),
                s("The tribunal's first judgment, against Jean-Paul Akayesu, found on the evidence that genocide had "
                  "been committed against the Tutsi in 1994.", S),
            ],
            [
                rep("He wrote that the real victims were the Hutu who fled to Zaire, 'driven out by a Tutsi army bent "
                    "on extermination.'", C, "role_reversal", "accusation_in_mirror"),
                s("Close to a million people did flee to Goma in July 1994.", D),
                s("Almost 50,000 of them died in the first month, mostly of cholera and dysentery.", D),
                s("But the authorities who had organised the genocide crossed with them, and Human Rights Watch "
                  "reported that they quickly re-established control over the refugees.", S),
                s("By the end of August a UNHCR spokesman described the camps of eastern Zaire, then holding about "
                  "800,000 people, as being in 'a virtual state of war.'", S),
                s("Most of the refugees came home only in late 1996: when the camps around Goma broke up, more than "
                  "half a million walked back across the border in five days from 15 November.", N),
                s("Tanzania, which still hosted some 535,000 Rwandan refugees, set them a deadline of 31 December "
                  "1996 to leave.", N),
            ],
            [
                rep("He wrote that 'there were two genocides, and the second is still denied.'", C, "double_genocide"),
                s("RPF soldiers did commit grave crimes, and they should be named: UNHCR's experts estimated that they "
                  "killed 25,000 to 45,000 people between April and August 1994.", S),
                s("Yet the same Commission that asked for those crimes to be investigated found no evidence that they "
                  "were meant to destroy the Hutu as a group.", S),
                rep("He wrote that 'the RPF invaded in 1990, so every death that followed is on its head.'", S,
                    "blame_shifting"),
                s("The RPF did attack from Uganda on 1 October 1990, and the Arusha agreement of August 1993 was meant "
                  "to end that war.", S),
                s("Nothing in that history obliged anyone to murder a neighbour's children in April 1994.", None),
            ],
            [
                rep("Finally, he called the Arusha tribunal 'a court fed by witnesses paid to lie.'", None,
                    "attack_on_witnesses", "fabrication"),
                s("Its judges acquitted fourteen of the people brought before them, which is not how a rubber stamp "
                  "behaves.", S),
                s("Mr Prentice is entitled to his opinions; he is not entitled to his own dead.", None),
            ],
            [
                s("— Margaret Ellery, Leeds", None),
            ],
        ],
    },
    # 7. French court chronicle of the Paris assize trials (invented outlet and author).
    {
        "doc": "chronique-assises-paris-rwanda.txt",
        "title": "Rwanda devant les assises de Paris : dix ans de procès",
        "genre": "chronique judiciaire",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Rwanda devant les assises de Paris : dix ans de procès", None),
            ],
            [
                s("Il a fallu attendre mars 2014 pour qu'un Rwandais soit jugé pour génocide par une cour d'assises "
                  "française.", S),
                s("Pascal Simbikangwa, ancien capitaine de la garde présidentielle passé au renseignement, a alors été "
                  "condamné à vingt-cinq ans de réclusion criminelle.", S),
                s("La peine a été confirmée en appel par la cour d'assises de Seine-Saint-Denis, dans un arrêt daté du "
                  "samedi 3 décembre 2016.", S),
                s("Ces dossiers sont instruits par un pôle spécialisé du tribunal de Paris, compétent pour les crimes "
                  "contre l'humanité, les crimes de guerre et la torture, qui fonctionne depuis le 1er janvier "
                  "2012.", N),
                s("Fondé en 2001, le Collectif des parties civiles pour le Rwanda s'est donné pour but de faire juger "
                  "les génocidaires présumés qui vivent en France.", N),
            ],
            [
                s("Le 6 juillet 2016, deux anciens bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, ont été "
                  "condamnés à la réclusion criminelle à perpétuité.", S),
                s("Il leur était notamment reproché le massacre des Tutsi réfugiés dans l'église de Kabarondo, le 13 "
                  "avril 1994.", S),
                s("Plus de deux mille réfugiés y avaient été tués en une demi-journée.", N),
                s("La cour d'assises d'appel a confirmé ces peines en juillet 2018, et la Cour de cassation a rejeté "
                  "leurs pourvois le 16 octobre 2019.", S),
                s("En Belgique voisine, Fabien Neretse est devenu en 2019 le premier condamné pour génocide du pays, à "
                  "la réclusion à perpétuité.", C),
            ],
            [
                s("En juillet 2022, l'ancien préfet de Gikongoro Laurent Bucyibaruta a été condamné à la "
                  "perpétuité.", C),
                s("Il est mort le 6 décembre 2023, avant d'être rejugé en appel, si bien que cette condamnation n'est "
                  "jamais devenue définitive.", S),
                s("Les faits jugés comprenaient les massacres de l'école de Murambi et des paroisses de Cyanika et de "
                  "Kaduha, le 21 avril 1994.", S),
                s("Le 28 juin 2023, l'ancien gendarme Philippe Hategekimana, naturalisé sous le nom de Philippe Manier, "
                  "a été condamné à la perpétuité pour des massacres commis dans la région de Nyanza.", S),
                s("Sa peine a été ramenée à trente ans en appel en décembre 2024.", C),
                s("Le gynécologue Sosthène Munyemana, qui exerçait à l'hôpital universitaire de Butare, a été condamné "
                  "à vingt-quatre ans de réclusion en décembre 2023.", S),
                s("Le chauffeur Claude Muhayimana a écopé de quatorze ans pour complicité, peine confirmée en "
                  "appel.", S),
            ],
            [
                s("Ces procès se tiennent dans un climat qui a changé.", None),
                s("En décembre 1998 déjà, une mission d'information parlementaire présidée par Paul Quilès avait rendu, "
                  "le 15 du mois, son rapport sur les opérations militaires menées au Rwanda.", N),
                s("Le 26 mars 2021, la commission d'historiens présidée par Vincent Duclert a conclu à des "
                  "« responsabilités lourdes et accablantes » de la France, sans retenir la complicité au sens "
                  "juridique.", S),
                s("Deux mois plus tard, le 27 mai 2021, Emmanuel Macron s'est rendu au mémorial de Gisozi, à Kigali, "
                  "pour y reconnaître les responsabilités de la France, tout en affirmant qu'elle n'avait pas été "
                  "complice.", N),
                s("Quant à l'attentat contre l'avion présidentiel, l'instruction française s'est close par un non-lieu, "
                  "que la Cour de cassation a rendu définitif le mardi 15 février 2022.", S),
                s("On sait aujourd'hui que les tirs sont partis du secteur de Kanombe, tenu par l'armée "
                  "gouvernementale.", D),
            ],
            [
                s("Plus d'un million de Tutsi ont été assassinés en une centaine de jours.", D),
                s("À Arusha, le TPIR a prononcé soixante et une condamnations entre sa création, en novembre 1994, et "
                  "sa fermeture, fin 2015.", S),
                s("Ces procès parisiens ne jugent que quelques hommes, mais ils font entendre des voix longtemps "
                  "inaudibles.", None),
            ],
        ],
    },
    # 8. NGO briefing on survivors, orphans and sexual violence (invented organisation).
    {
        "doc": "ngo-briefing-survivors-figures.txt",
        "title": "Briefing note: survivors, orphans and sexual violence — what the numbers say",
        "genre": "NGO briefing",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Hillside Witness Trust — Briefing note no. 12", None),
            ],
            [
                s("This note gathers the main published figures on who survived the genocide against the Tutsi, and at "
                  "what cost.", None),
                s("Where sources disagree we say so and name them; where we give our own reading, we say that "
                  "too.", None),
            ],
            [
                s("The dead", None),
            ],
            [
                s("Our own reading is that at least a million people were killed between April and July 1994.", D),
                s("Rwanda's government counted 1,074,017 victims in a census whose final report is dated November 2002, "
                  "but that count runs from October 1990 to the end of 1994.", S),
                s("Human Rights Watch's 1999 estimate was lower: at least half a million dead, about three quarters of "
                  "the Tutsi population.", S),
                s("In 2020 the economist Marijke Verpoorten argued that 560,000 to 660,000 Tutsi deaths is a plausible "
                  "range.", S),
                s("Before the genocide the Tutsi made up roughly one Rwandan in seven.", D),
                s("The 1991 census recorded them as 18 percent of the population.", C),
            ],
            [
                s("Survivors and orphans", None),
            ],
            [
                s("A 2008 census carried out by the authorities with survivors' associations found 309,368 survivors "
                  "alive, using a broad definition that includes anyone targeted between October 1990 and December "
                  "1994.", S),
                s("The charity Survivors Fund gives a range of 300,000 to 400,000.", S),
                s("Human Rights Watch's 1999 calculation assumed that some 300,000 Tutsi had survived.", C),
                s("A government census of survivors reported by the Hirondelle news agency counted 74,642 orphans, "
                  "27,733 widows and 12,074 people left disabled.", S),
                s("UNICEF said in 2004 that ninety-five thousand children had been orphaned by the end of the "
                  "genocide.", S),
                s("Close to a hundred thousand children lost their parents.", D),
            ],
            [
                s("Sexual violence", None),
            ],
            [
                s("No figure for sexual violence is better than an estimate.", None),
                s("A study released in 1996 found that at the very least 250,000 rapes had been committed.", S),
                s("Researchers at VU University Amsterdam later put the lower bound at a little more than 350,000 "
                  "women.", S),
                s("Survivors Fund speaks of between 250,000 and half a million women raped during the hundred "
                  "days.", S),
                s("Our estimate is that around half a million women and girls were raped.", D),
                s("Human Rights Watch's 1996 report, as summarised by UNFPA, put the pregnancies that resulted at "
                  "2,000 to 5,000.", S),
                s("UNICEF Ireland said in 2004 that 30,000 children had been killed by the end of the genocide.", C),
                s("The Akayesu judgment of 1998 was the first in which an international court held that rape and "
                  "sexual violence could constitute genocide.", S),
            ],
            [
                s("Memory and protection", None),
            ],
            [
                s("The Kigali Genocide Memorial at Gisozi, where more than 250,000 victims are buried, opened in April "
                  "2004 for the tenth commemoration.", N),
                s("A law of 23 July 2008 made 'genocide ideology' a crime punishable by ten to twenty-five years in "
                  "prison.", N),
                s("Many survivors tell us that numbers matter less to them than being believed.", None),
            ],
        ],
    },
    # 9. Forum thread on France and Opération Turquoise (invented handles).
    {
        "doc": "forum-thread-france-turquoise.txt",
        "title": "Thread: what did France actually do in Rwanda in 1994?",
        "genre": "social-media thread",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("@kivu_reader: A thread on France and Rwanda in 1994, since the replies under yesterday's documentary "
                  "were a mess. 1/", None),
                s("The Security Council authorised the French-led Opération Turquoise on Wednesday 22 June 1994, under "
                  "Chapter VII. 2/", S),
                s("It passed with ten votes in favour and five abstentions, so 'the whole UN begged Paris to go in' is "
                  "a stretch. 3/", S),
                s("On 5 July French troops declared a safe humanitarian zone in the south-west, between Cyangugu, "
                  "Kibuye and Gikongoro. 4/", S),
                s("About 2,500 French soldiers took part, and 300 Senegalese were announced to join them. 5/", S),
            ],
            [
                s("@tomasz_pl: A documentary I saw said ten thousand French troops went in.", C),
            ],
            [
                s("@marguerite_h: Didn't Turquoise stay on until October?", C),
            ],
            [
                s("@kivu_reader: No on both counts: roughly 2,500, and the last French troops left the zone on 21 "
                  "August, when about 2,400 African UN peacekeepers replaced them. 6/", S),
                s("Meanwhile the RPF had taken Kigali on 4 July, and roughly a million people crossed into Zaire in the "
                  "middle of the month. 7/", D),
            ],
            [
                s("@tomasz_pl: And the plane?", None),
                s("Everyone I know says the RPF shot it down.", D),
            ],
            [
                s("@kivu_reader: Nobody knows for certain, and no court has ever established who fired. 8/", S),
                s("In November 2006 the French judge Jean-Louis Bruguière issued nine arrest warrants against people "
                  "close to Kagame, and Kigali broke off diplomatic relations at once. 9/", S),
                s("They were restored on 29 November 2009. 10/", S),
                s("In January 2010 a Rwandan committee chaired by Jean Mutsinzi blamed Hutu extremists firing from in "
                  "or near the Kanombe barracks, and two years later experts appointed by French judges placed the "
                  "firing zone near Kanombe too. 11/", S),
                s("The French case ended in a dismissal in December 2018, made final by the Cour de cassation in "
                  "February 2022. 12/", S),
            ],
            [
                s("@marguerite_h: So it was the extremists at Kanombe, full stop.", D),
            ],
            [
                s("@kivu_reader: The experts' report was contested as soon as it came out, so I wouldn't put it that "
                  "strongly. 13/", S),
            ],
            [
                s("@marguerite_h: I thought the French inquiry was opened at the request of Kigali.", C),
            ],
            [
                s("@kivu_reader: It was opened in 1998 on a complaint from the families of the French crew. 14/", S),
                s("On responsibility, the Duclert commission told Macron in March 2021 that France bore 'heavy and "
                  "overwhelming responsibilities' but found no complicity in the legal sense. 15/", S),
                s("Rwanda's own commissioned study, the Muse report, was released on 19 April 2021 under the title 'A "
                  "Foreseeable Genocide'. 16/", N),
            ],
            [
                s("@marguerite_h: And a month later Macron stood at the Gisozi memorial in Kigali, recognised "
                  "France's responsibilities and said it had not been complicit.", N),
            ],
            [
                s("@tomasz_pl: Fair enough, any reading to suggest?", None),
            ],
            [
                s("@kivu_reader: Start with the Commission of Experts' final report, sent to the Security Council on 9 "
                  "December 1994, and Human Rights Watch's Leave None to Tell the Story. 17/17", S),
            ],
        ],
    },
    # 10. TEST FIXTURE (written by the team, states falsehoods on purpose): memorial post + appended denial reply.
    {
        "doc": "fixture-denial-composite-memorial-post.txt",
        "title": "Memorial-day post with a reply appended",
        "genre": "social-media post with appended comment (test fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Today, 7 April, we remember.", None),
                s("On the evening of 6 April 1994 the plane carrying President Habyarimana was shot down as it "
                  "approached Kigali.", S),
                s("The next day soldiers killed Prime Minister Agathe Uwilingiyimana and the ten Belgian peacekeepers "
                  "who had been sent to protect her.", S),
                s("The killing that followed ended only when the RPF defeated the government army in July.", S),
            ],
            [
                own("reply from truth_not_propaganda: the so-called genocide is a story written by the winners, no "
                    "plan and no order was ever found.", C, "fabrication", "definitional_denial"),
                own("the real toll was maybe fifty thousand and just as many Hutu were killed by the RPF.", C,
                    "minimisation", "double_genocide"),
                own("the RPF started the war, so the blame for every death lies with them and nobody else.", None,
                    "blame_shifting"),
                own("and the survivors who testify in Arusha were coached and paid to say what they say.", None,
                    "attack_on_witnesses"),
            ],
        ],
    },
    # 11. TEST FIXTURE (written by the team, states falsehoods on purpose): distortion speech to an association.
    {
        "doc": "fixture-denial-distortion-association-speech.txt",
        "title": "Address to an association's annual meeting",
        "genre": "speech (test fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Friends, nobody in this hall denies that many Tutsi died in 1994, and we mourn them.", None),
                own("But remember what our parents faced: an invading army that had sworn to wipe out the Hutu and "
                    "rule over whoever was left.", C, "accusation_in_mirror"),
                own("When the president was murdered, frightened villagers defended their families the only way they "
                    "could.", None, "justification", "spontaneity"),
                own("Nobody organised the roadblocks; people put them up by themselves, in anger, overnight.", C,
                    "spontaneity"),
            ],
            [
                own("Then the RPF killed two million Hutu, and the world looked away.", C, "double_genocide",
                    "role_reversal"),
                own("The true victims of 1994 were the Hutu, hunted from Byumba all the way to the camps of Goma.",
                    None, "role_reversal"),
                own("So let us mourn both genocides equally, and stop apologising for self-defence.", None,
                    "double_genocide", "justification"),
            ],
        ],
    },
    # 12. TEST FIXTURE (written by the team, states falsehoods on purpose): French denial comment under a video.
    {
        "doc": "fixture-denial-fr-commentaire-video.txt",
        "title": "Commentaire sous une vidéo",
        "genre": "commentaire en ligne (test fixture)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Arrêtez avec ce « génocide » : il y a eu une guerre civile, avec des morts des deux côtés, c'est "
                    "tout.", C, "definitional_denial", "double_genocide"),
                own("Les chiffres officiels ont été fabriqués à Kigali pour culpabiliser les Occidentaux et leur "
                    "soutirer de l'argent.", None, "fabrication"),
                own("En réalité, il y a eu tout au plus quelques dizaines de milliers de morts tutsi.", C,
                    "minimisation"),
                own("Les prétendus rescapés récitent des témoignages appris par cœur, payés par le régime.", None,
                    "attack_on_witnesses"),
                s("D'ailleurs, le TPIR a fini par acquitter la plupart des accusés.", C),
                own("Quant à l'avion, c'est le FPR qui l'a abattu, la justice française l'a établi.", C,
                    "blame_shifting"),
                own("Qu'on cesse enfin d'accuser les Hutu d'une tragédie provoquée par l'invasion de 1990.", None,
                    "blame_shifting"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
