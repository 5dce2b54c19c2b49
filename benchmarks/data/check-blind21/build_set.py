"""Source of the TWENTY-FIRST BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind21/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind21/build_set.py --check  # validate the files already written

A held-out general mix written blind: genres the earlier sets used little (an extract from a parliamentary
debate, a museum audio-guide track on UNAMIR, a FAQ page on gacaca and national trials, a forum thread on the
camps in Zaire, an obituary of an aid nurse, a policy memo on documenting RPF crimes, a student essay with the
teacher's comments on hate media, a French podcast transcript on the French trials) and four short fixtures.
Its author did not read the detectors, their rules, exemplars or training data, the benchmark or its results,
the tests, nor any other set's documents, labels or README beyond what README.md lists under "Blind
discipline". Verdicts were decided against the record alone: examples/ (FACTS.md and the sample documents),
src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Keep it that way: do not copy
these sentences into rules, exemplars or training data, and do not tune against this set.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling rules and the sources
of every true fact outside the record.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with


DOCS: list[dict] = [
    # 1. Extract from a parliamentary debate (invented legislature and members).
    {
        "doc": "parliament-debate-jurisdiction-bill.txt",
        "title": "Official report extract: International Crimes (Jurisdiction) Amendment Bill, second reading",
        "genre": "parliamentary debate extract",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Extract from the official report of the House, Tuesday 9 April: International Crimes (Jurisdiction) Amendment Bill, second reading."),
            ],
            [
                s("Ms Adaeze Orlu (Riverside North): I beg to move that the Bill be now read a second time."),
                s("Thirty-odd years ago this week, on the day after a president's aircraft was brought down over Kigali, Rwandan soldiers murdered the country's Prime Minister, Agathe Uwilingiyimana, and the ten Belgian blue helmets sent to guard her.", S),
                s("She had been in office only since the eighteenth of July 1993.", N),
                s("What followed was no riot that slipped out of control: a UN Commission of Experts reported in December 1994 that the killing of the Tutsi had been concerted, planned, systematic and methodical.", S),
                s("Other democracies have not waited for us."),
                s("In June 2001 a Brussels jury sent four Rwandans to prison, among them two Benedictine sisters from the convent at Sovu.", S),
                s("A German court in Frankfurt imposed a life term on a former bourgmestre for the massacre in the church compound at Kiziguro.", S),
                s("In Oslo a businessman from Kibungo was found guilty in 2013, and his twenty-one-year sentence was later upheld.", S),
                s("And in March 2014 a Paris assize court gave Pascal Simbikangwa, once an intelligence officer, twenty-five years.", S),
            ],
            [
                s("Mr Tobias Quill (Eastmarch): Will the honourable Member give way?"),
                s("Ms Orlu: I will."),
                s("Mr Quill: The Member cites Paris, but is it not the case that the French courts have acquitted every Rwandan brought before them?", C),
                s("Ms Orlu: It is not: two former mayors of Kabarondo were jailed for life in July 2016, and a Butare gynaecologist received twenty-four years in December 2023.", S),
                s("Mr Quill: I am grateful, and I recall that Arusha gave Colonel Bagosora a life sentence that still stands.", C),
                s("Ms Orlu: He was sentenced to life in December 2008, but on appeal three years later the term was reduced to thirty-five years, with his genocide conviction affirmed.", S),
            ],
            [
                s("Dr Priya Sandhu (Loxley Vale): For the record, the Arusha tribunal itself shut its doors at the end of 2012, so the Bill fills a gap that has existed for years.", C),
                s("Ms Orlu: The honourable Member will find that the tribunal stayed open until the last day of 2015.", S),
                s("According to its closing figures it indicted ninety-three people, convicted sixty-one and acquitted fourteen.", S),
                s("Dr Sandhu: I stand corrected."),
                s("Navanethem Pillay, who presided over that tribunal from 1999, later became the UN's High Commissioner for Human Rights, so this House has examples to follow.", N),
            ],
            [
                s("Mr Quill: Will the Bill also reach crimes committed by the other side, given that not one member of the Rwandan Patriotic Front was ever indicted in Arusha?", S),
                s("Ms Orlu: It will, deliberately so."),
                s("Experts working for the UN refugee agency estimated that soldiers of the RPF's army killed between twenty-five and forty-five thousand people from April to August 1994.", S),
                s("Those crimes happened, and a court in this country should be able to try anyone on our soil suspected of them."),
            ],
            [
                s("Mr Quill: I shall support the Bill, though I had understood the slaughter lasted barely three weeks.", C),
                s("Dr Sandhu: It lasted roughly a hundred days, from April into July, and a million people died.", D),
                s("Ms Orlu: Finally, the Bill funds a public observance of Kwibuka, the Kinyarwanda word for remembering, which Rwanda opens every year on 7 April.", N),
                s("On 7 April 2000 Belgium's Prime Minister stood in Kigali and asked forgiveness in the name of his country; we can at least remember.", N),
            ],
            [
                s("Question put and agreed to; Bill accordingly read a second time."),
            ],
        ],
    },
    # 2. Museum audio-guide track on UNAMIR (invented museum, narrator and object).
    {
        "doc": "museum-audio-unamir-track.txt",
        "title": "Audio guide, stop 14: a blue helmet from Rwanda",
        "genre": "museum audio-guide script",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("[Stop 14 · Gallery C · narrator, unhurried · about four minutes]"),
            ],
            [
                s("In front of you hangs a sky-blue helmet, worn by a soldier of the UN mission in Rwanda."),
                s("To see why it was needed, go back to Monday the first of October 1990, when the Rwandan Patriotic Front crossed into northern Rwanda from Uganda.", S),
                s("Its commander, Fred Rwigema, fell on the second day of the offensive.", N),
                s("Within the week French troops had flown into Kigali under an operation code-named Noroît.", N),
                s("After three years of fighting and talks, the government and the rebels signed a peace accord at Arusha, in Tanzania, on 4 August 1993.", S),
                s("It promised a broad-based transitional government, the return of refugees and a single army drawn from both forces.", S),
                s("Some weeks before the signing, the Security Council had already posted military observers on the Ugandan side of the border under resolution 846.", N),
                s("That observer mission would be wound up on 21 September 1994.", N),
            ],
            [
                s("[Sound: radio static, then silence.]"),
                s("On the fifth of October 1993, resolution 872 created UNAMIR, with an authorised strength of two and a half thousand.", S),
                s("A Canadian general, Roméo Dallaire, commanded it from that October until August 1994.", S),
                s("Before the killing began, an informant warned the mission of a plan to kill Belgian soldiers and of hidden arms; headquarters in New York answered that the force had no authority to act.", S),
            ],
            [
                s("[Please move to the case on your left.]"),
                s("On the evening of 6 April 1994, the aircraft bringing President Habyarimana home from talks in Tanzania was shot down as it came in to land at Kigali.", S),
                s("No court has ever established who fired.", S),
                s("The following day, ten Belgian paratroopers of UNAMIR were disarmed, driven to a military camp and killed.", S),
                s("The Prime Minister they had been guarding, Agathe Uwilingiyimana, was murdered the same day.", S),
                s("Soldiers, the Presidential Guard and militiamen threw up roadblocks across the capital and began hunting down Tutsi and opposition politicians.", S),
                s("A fortnight later, on 21 April, the Security Council cut the mission to two hundred and seventy people.", S),
                s("On 17 May it reversed course on paper, authorising an expanded force of five thousand five hundred and an embargo on arms to Rwanda.", S),
                s("Somewhere near eight hundred thousand people were murdered before the RPF defeated the government army in July.", D),
            ],
            [
                s("[Pause.]"),
                s("When the RPF took Gisenyi on the eighteenth of July, a million people poured across the border into Zaire.", D),
                s("In the south-west, the French-led Opération Turquoise held a protected zone until 21 August 1994, when about two thousand four hundred African peacekeepers of UNAMIR took over.", S),
                s("By January 1995 the mission counted five thousand seven hundred and forty troops.", S),
                s("Some of them were at the Kibeho camp on 22 April 1995, when soldiers of the new government's army fired on the displaced; Australian peacekeepers estimated at least four thousand dead.", S),
                s("The Rwandan government's own figure was three hundred and thirty-eight.", S),
            ],
            [
                s("General Dallaire later gave evidence in Arusha against Colonel Bagosora, and in March 2005 he was appointed to the Senate of Canada.", N),
                s("[End of track. For the next stop, press 15.]"),
            ],
        ],
    },
    # 3. FAQ page of an invented NGO on gacaca and national trials (hard negative: criticism, RPF crimes).
    {
        "doc": "faq-gacaca-and-trials.txt",
        "title": "Hillside Justice Project: frequently asked questions on the courts after 1994",
        "genre": "Q&A / FAQ page",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Hillside Justice Project — Frequently asked questions: the courts after 1994"),
            ],
            [
                s("What was gacaca?"),
                s("Gacaca was a community court adapted from an older custom of settling disputes on the village lawn; its name comes from the Kinyarwanda word for grass.", S),
                s("Its benches were staffed not by lawyers but by elected lay judges called inyangamugayo, \"persons of integrity\", usually nine to a court.", N),
            ],
            [
                s("How many cases did it hear?"),
                s("When the last courts closed on 18 June 2012, the national gacaca service counted 1,958,634 cases.", S),
                s("Roughly two thirds of them were offences against property, such as looting.", S),
                s("Human Rights Watch's tally of May 2011, taken before the end, was just over twelve thousand courts and about 1.2 million cases since 2005.", S),
            ],
            [
                s("Were most defendants convicted?"),
                s("Around two in every three people tried were found guilty.", D),
            ],
            [
                s("Why not rely on the ordinary courts?"),
                s("The genocide had gutted the justice system, and by April 1998 more than 125,000 detainees were waiting for trial.", S),
                s("Conventional genocide trials began in December 1996, and by 2002 the courts had brought some seven thousand people to trial.", S),
                s("On 24 April 1998 twenty-two people convicted of genocide were executed in public.", S),
                s("Capital punishment was abolished in 2007.", S),
                s("The justice minister of the day argued that the ordinary courts would have needed well over three hundred years to get through the caseload.", S),
            ],
            [
                s("When did Rwanda's own courts first pass judgment?"),
                s("The first genocide trial, in the court of first instance at Kibungo, ended on 3 January 1997 with death sentences for a hospital aide and a former local administrator.", S),
            ],
            [
                s("Was gacaca fair?"),
                s("Human Rights Watch documented corruption, procedural irregularities and limits on the right to a fair trial.", S),
                s("Defendants had no defence lawyers, and tens of thousands of elected judges were themselves removed over the years.", N),
            ],
            [
                s("Did gacaca try crimes by the RPF?"),
                s("No: killings by soldiers of the Rwandan Patriotic Front were kept outside its jurisdiction.", S),
                s("Rwanda's military courts say they prosecuted soldiers for the deaths of about a hundred civilians, a small figure beside the tens of thousands of killings that Human Rights Watch attributed to RPF troops in 1994.", S),
            ],
            [
                s("Is \"victor's justice\" a fair description?"),
                s("The phrase is contested, but the imbalance is documented: the tribunal in Arusha never prosecuted an RPF member either.", S),
                s("Recording that imbalance casts no doubt on the genocide, which the same tribunal found, in the Akayesu judgment, to have been committed against the Tutsi.", S),
            ],
            [
                s("Where can I read more?"),
                s("IBUKA, the survivors' umbrella organisation set up in 1995, publishes on justice and memory, as do several human rights groups.", N),
                s("Survivors' groups often recall that the genocide orphaned some 95,000 children.", D),
            ],
        ],
    },
    # 4. Forum thread on the camps in Zaire (invented forum and posters; hard negative: quotes a denial video to refute it).
    {
        "doc": "forum-thread-goma-camps.txt",
        "title": "Thread: Goma, 1994-96 — refugee camps or rear bases?",
        "genre": "forum thread",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("History Commons forum › Africa since 1945 › Thread: Goma, 1994–96 — refugee camps or rear bases?"),
            ],
            [
                s("kivu_reader: I'm writing a seminar paper on the July 1994 exodus and the numbers are all over the place."),
                s("The Goma Epidemiology Group in The Lancet says 500,000 to 800,000 people crossed into North Kivu, while a French army archive speaks of a million pushed towards Goma.", S),
                s("Which one do I use?"),
            ],
            [
                s("marta_h: Neither is \"the\" number; both were made in chaos, so cite them as a range with their authors."),
                s("The death toll is argued over as well: almost fifty thousand refugees died in the first month, most of them of cholera and dysentery.", D),
                s("The cholera epidemic peaked on 26 July.", S),
                s("A second Lancet paper put cholera deaths in Goma in July alone at about twelve thousand.", S),
            ],
            [
                s("kivu_reader: Thanks."),
                s("And the \"rear bases\" part of my title?"),
                rep("There's a video doing the rounds in which a man says the camps were purely civilian and that the cholera in Goma was \"the real genocide of 1994\".", C, "double_genocide", "minimisation"),
                rep("He also claims the UN never counted more than a few thousand dead in the whole of Rwanda that year.", C, "minimisation"),
                rep("And that the RPF shot down the plane, which according to him \"everyone knows\".", D, "blame_shifting"),
            ],
            [
                s("marta_h: That video is wrong on the facts."),
                s("Soldiers of the defeated army crossed into Zaire with the civilians, and the authorities who had organised the genocide quickly re-established their control over the refugees.", S),
                s("By May 1995 Human Rights Watch was reporting that the perpetrators had rebuilt their military structure in Zaire and were rearming for a return.", N),
                s("As for the UN, its Commission of Experts estimated in December 1994 that about half a million unarmed civilians had been murdered, and said that figure might be too low.", S),
                s("On the plane, no court has ever established who fired; the French investigation ended in a final dismissal in February 2022.", S),
                s("Bill Clinton, speaking at Kigali airport in March 1998, said the world \"should not have allowed the refugee camps to become safe haven for the killers\".", N),
                s("None of that makes the cholera dead any less real, but calling their deaths \"the real genocide\" erases who was hunted in April and why."),
            ],
            [
                s("dr_okafor: One addition from the other side of the ledger, because it belongs in your paper too."),
                s("In late August 1994 a UNHCR spokesman described the camps in eastern Zaire, then holding some 800,000 people, as being in \"a virtual state of war\".", S),
                s("Inside Rwanda, at Kibeho on 22 April 1995, RPA soldiers fired on displaced people; estimates run from the government's 338 to at least 4,000 from Australian peacekeepers.", S),
                s("Human Rights Watch's 1999 history adds that RPF soldiers may have killed tens of thousands of civilians between April and July 1994.", S),
                s("And when the camps in Zaire were broken up in the second half of 1996, Rwandan troops and their allies attacked the refugees themselves, as a later UN mapping report documented.", N),
            ],
            [
                s("kivu_reader: So, around a million refugees, militias running the camps, and crimes committed by more than one side?", D),
            ],
            [
                s("marta_h: Broadly, yes, but keep every number attributed and don't let anyone trade one set of dead against another."),
                s("For scale, the Christian Science Monitor wrote on 1 August 1994 of some two million Rwandan refugees in all, most of them Hutu.", S),
                s("One last pedantic note: Zaire became the Democratic Republic of the Congo in May 1997, so use the name that fits your dates.", N),
            ],
            [
                s("dr_okafor: And a Chicago Sun-Times report of 20 July 1994 already spoke of a million refugees across the frontier, if you want a press source for that figure.", S),
            ],
        ],
    },
    # 5. Obituary of an invented aid nurse (her life is invented; the public facts around it are the record's).
    {
        "doc": "obituary-goma-nurse.txt",
        "title": "Margit Solheim, nurse who worked in Goma and Kibeho",
        "genre": "obituary",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Margit Solheim, nurse: born 3 March 1949, died 14 January 2025"),
            ],
            [
                s("Margit Solheim, who has died aged seventy-five, spent the worst summer of her working life in a tent clinic on the lava fields outside Goma."),
                s("Her agency had already sent a team to Ngara in Tanzania at the end of April, when UNHCR counted more than 250,000 Rwandans arriving within twenty-four hours.", S),
                s("She flew in during the third week of July 1994, a few days after the Rwandan Patriotic Front had taken Kigali on the fourth of the month.", S),
                s("By then the exodus into Zaire was under way, and she would say for the rest of her life that close to a million people crossed in those days.", D),
                s("The first cholera strains were isolated on 20 and 21 July, and within a week her clinic was receiving patients faster than it could lay them down.", S),
                s("A study published later counted 36,471 cases of cholera in Goma, half of them in the single week from 21 to 27 July.", S),
                s("In the first week, she remembered, a refugee had about two hundred millilitres of water a day to live on.", S),
                s("Three to four weeks after the influx, acute malnutrition among the children under five she weighed ran from 18 to 23 per cent.", S),
                s("Epidemiologists afterwards estimated that as many as eighty thousand people died in the camps that first month.", D),
                s("She never forgot that soldiers of the defeated army had crossed with the civilians, and that the men who had run the killing soon ran the camps as well.", S),
                s("Once clean water, latrines and oral rehydration reached the camps, death rates fell to between five and eight per ten thousand a day in the second month.", S),
            ],
            [
                s("In 1995 she went back to Rwanda, where camps for the displaced still stood in the former French zone in the south-west.", S),
                s("She was working near Kibeho, a camp of some 110,000 people, when the Rwandan Patriotic Army moved to close it by force.", S),
                s("On 22 April 1995 the soldiers opened fire; she always put the dead at around two thousand.", D),
                s("Australian soldiers serving with the UN mission put the toll at no fewer than four thousand.", S),
                s("The Rwandan government's figure was 338, and for years she wrote letters to anyone who would read them about the difference.", S),
            ],
            [
                s("Born in Bergen, she trained in Oslo and went on her first field mission in 1977."),
                s("In retirement she followed the trials of genocide suspects abroad, and in 2013 she sat in the public gallery in Oslo when a businessman from Kibungo was convicted of complicity in murder.", S),
                s("She liked to tell friends that the Norwegian court had sent him to prison for life.", C),
                s("She kept on her desk a cutting about the Belgian Prime Minister's visit to Kigali on 7 April 2000, when he asked Rwandans for forgiveness in his country's name.", N),
                s("She admired Navi Pillay, the South African judge of the Akayesu trial, who became UN High Commissioner for Human Rights in 2008.", N),
            ],
            [
                s("She believed the world had failed Rwanda twice: in the hundred days, when at least eight hundred thousand were murdered, and again in the camps.", D),
                s("She is survived by her sister, Ingrid, and by the nurses she trained."),
            ],
        ],
    },
    # 6. Policy memo on documenting RPF crimes (invented institute and foundation; hard negative).
    {
        "doc": "policy-memo-rpf-crimes-grant.txt",
        "title": "Memorandum: proposed grant for documenting RPF crimes, 1994-1995",
        "genre": "policy memo",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("MEMORANDUM — To: Board of the Aldgate Foundation · From: Programme staff, Lakeshore Institute for Transitional Justice · Re: Proposed grant for documenting RPF crimes, 1994–1995"),
            ],
            [s("1. Recommendation")],
            [
                s("We recommend a three-year grant to document killings of civilians by soldiers of the Rwandan Patriotic Army, crimes that no international court has tried.", S),
                s("The International Criminal Tribunal for Rwanda had jurisdiction over all serious violations committed in Rwanda during 1994, yet it never indicted a member of the RPF.", S),
                s("In December 2008 Human Rights Watch said the tribunal had \"not prosecuted even one\" of the RPF's serious crimes of that year.", S),
            ],
            [s("2. What is already known")],
            [
                s("The evidence on these crimes is thinner than on the genocide, but it is not thin."),
                s("In mid-April 1994, according to Human Rights Watch, RPF soldiers massacred several hundred people at the stadium in Byumba.", S),
                s("Near Kabgayi on 5 June, RPF soldiers killed fifteen civilians, thirteen of them clergy, among them the Archbishop of Kigali.", D),
                s("Amnesty International reported in October 1994 that the RPA's abuses between April and August included hundreds of deliberate killings.", S),
                s("The most cited overall figure comes from a UNHCR field team, which estimated that 25,000 to 45,000 people were killed by RPA soldiers from April to August 1994.", S),
                s("A former interior minister put the number at about 60,000 over a longer period running to August 1995.", S),
                s("Human Rights Watch's 1999 history says RPF soldiers may have killed tens of thousands of civilians from April to July 1994.", S),
                s("Our own reading of these sources is that RPF soldiers killed tens of thousands of civilians in 1994.", D),
                s("At Kibeho in April 1995 the army killed perhaps two thousand displaced people.", D),
            ],
            [s("3. What accountability there has been")],
            [
                s("In 2008 the ICTR Prosecutor left the Kabgayi case to Rwanda's military justice and monitored the trial.", S),
                s("In October of that year a military court sentenced two captains who had pleaded guilty to eight years, later reduced to five, and acquitted a general and a major.", S),
                s("The two captains were John Butera and Dieudonné Rukeba; the officers acquitted were Wilson Gumisiriza and Wilson Ukwishaka.", S),
                s("The Rwandan military has also said that 43 soldiers were prosecuted after 1994 for war crimes and revenge killings.", S),
                s("Gacaca courts were barred from hearing such cases.", S),
                s("The project should not duplicate the UN mapping exercise, which already covers attacks on Hutu refugees in Zaire from 1996.", N),
            ],
            [s("4. Risks")],
            [
                s("Work on RPF crimes attracts people who want a symmetry the evidence does not support."),
                rep("One advocacy network that approached us describes 1994 as \"two genocides, one against the Tutsi and one against the Hutu\".", C, "double_genocide"),
                s("The UN Commission of Experts found crimes against humanity by individuals on both sides, but no evidence that the Tutsi side acted with intent to destroy the Hutu as a group.", S),
                rep("Another correspondent insists that the RPF \"started everything\" in October 1990 and that the April massacres were the people's spontaneous answer to the president's death.", C, "blame_shifting", "spontaneity"),
                s("The same Commission found that the genocide against the Tutsi had been planned and systematic.", S),
                s("We will not partner with either group, and the project's publications will say plainly that documenting these crimes neither denies nor dilutes the genocide."),
            ],
            [
                s("Budget and timetable: see Annex A."),
            ],
        ],
    },
    # 7. Student essay with the teacher's comments (invented school and student; hard negative: quotes hate
    #    propaganda in order to analyse it; the student's slips are honest errors).
    {
        "doc": "student-essay-hate-media-marked.txt",
        "title": "Essay with teacher's comments: how did words prepare the genocide in Rwanda?",
        "genre": "student essay with teacher's comments",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("History 11B — Essay: \"How did words prepare the genocide in Rwanda?\" (teacher's comments in square brackets)"),
            ],
            [
                s("Long before April 1994, newspapers and politicians in Rwanda were teaching people to see their Tutsi neighbours as enemies."),
                s("The most notorious paper was Kangura, whose editor, Hassan Ngeze, was later convicted in Arusha and given thirty-five years on appeal.", S),
                rep("A Kangura cover asked which weapons would be used to defeat the inyenzi, the \"cockroaches\", once and for all, beside the picture of a machete.", N, "dehumanisation", "call_to_action"),
                rep("The paper also warned its Hutu readers that the Tutsi were preparing a war that would leave no survivors, so that striking first would look like self-defence.", N, "accusation_in_mirror", "justification"),
                s("The Tutsi were about one in seven of Rwanda's people at the time.", D),
                s("[Sources disagree here: the 1991 census registered 8.4 per cent, and Human Rights Watch argued that some Tutsi had registered as Hutu.]", S),
            ],
            [
                rep("In November 1992 Léon Mugesera, a senior MRND official in Gisenyi prefecture, gave a speech at Kabaya calling for the extermination of the Tutsi.", S, "call_to_action"),
                rep("He told the crowd that the Tutsi were \"scum\" whose \"home is Ethiopia\".", N, "dehumanisation"),
                s("[Good. Be exact: the speech was given on 22 November 1992.]", S),
                s("He escaped to Canada and was not punished until 2016, when a Rwandan court gave him twenty years.", C),
                s("[Check this: the High Court in Kigali sentenced him to life in April 2016, and the Court of Appeal upheld the sentence in 2020.]", S),
                s("[Canada's Supreme Court had already upheld the order to deport him in June 2005; he was only sent back to Rwanda in 2012.]", N),
            ],
            [
                s("In July 1993 a new private station, Radio Télévision Libre des Mille Collines, was founded and began to amplify the same messages.", N),
                s("Its founder, Ferdinand Nahimana, got a life sentence from the ICTR that was confirmed on appeal.", C),
                s("[No: the Appeals Chamber cut his life term to thirty years in November 2007, while keeping his conviction for incitement.]", S),
                s("Jean-Bosco Barayagwiza, a founder of the CDR who sat on the RTLM board, was set free on appeal.", C),
                s("[Not so: on appeal his sentence went from thirty-five to thirty-two years, for crimes tied to the CDR rather than to the radio.]", S),
                s("Georges Ruggiu, a presenter of Belgian and Italian nationality, pleaded guilty and was given twelve years in 2000.", S),
                s("Joseph Serugendo, the station's technical director, also pleaded guilty, received six years and died in custody in August 2006.", S),
                s("The singer Simon Bikindi was acquitted because a song cannot be a crime.", C),
                rep("[Not quite: he was convicted of direct and public incitement for exhorting people to kill Tutsi on the Kivumu–Kayove road in late June 1994, and sentenced to fifteen years.]", S, "call_to_action"),
                rep("In The Hague in 2013, Yvonne Basebya was convicted of incitement over CDR meetings at which the song \"Tubatsembatsembe\", meaning \"let us exterminate them\", was sung.", S, "call_to_action"),
                s("[Correct; add that she received six years and eight months because the court acquitted her of genocide itself.]", S),
            ],
            [
                s("In my opinion these words did the same work as the machetes, because they told people whom to kill and made killing seem normal."),
                s("The genocide that followed killed 800,000 people in a hundred days.", D),
                s("[Careful: that is one estimate among several; Human Rights Watch concluded that at least half a million died, and the government's census counted 1,074,017.]", S),
                rep("RTLM also blamed Belgian soldiers for shooting down the president's plane, which turned the peacekeepers into targets.", N, "blame_shifting"),
                s("[Good; Dallaire told the ICTR that rumours blaming the Belgians spread across Rwanda and that senior officers did nothing to stop them.]", S),
                s("[Grade: B+. Four factual slips on sentences; otherwise careful with sources.]"),
            ],
        ],
    },
    # 8. French podcast transcript on the French trials and French responses (invented podcast, host and guest).
    {
        "doc": "podcast-fr-proces-assises.txt",
        "title": "« Mémoires d'audience », épisode 12 : le génocide des Tutsi devant les cours d'assises françaises",
        "genre": "podcast transcript",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Transcription — « Mémoires d'audience », épisode 12 : le génocide des Tutsi devant les cours d'assises françaises"),
            ],
            [
                s("CLAIRE VAUTRIN : Bonjour à toutes et à tous, et bienvenue."),
                s("Mon invité, l'historien Hugo Lemaire, assiste à ces procès depuis le tout premier, ouvert à Paris en 2014.", S),
                s("HUGO LEMAIRE : Merci."),
                s("Le premier accusé, Pascal Simbikangwa, ancien capitaine de la garde présidentielle, a été condamné en mars 2014 à vingt-cinq ans de réclusion, une peine confirmée en appel.", S),
                s("Deux ans plus tard, en juillet 2016, deux anciens bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, ont été condamnés à perpétuité pour le massacre commis dans l'église de la commune le 13 avril 1994.", S),
            ],
            [
                s("C. V. : Ces dossiers sont instruits par un pôle spécialisé du tribunal de Paris, c'est bien cela ?"),
                s("H. L. : Oui, et à l'automne 2018 ce pôle avait déjà mené à terme quatre procès d'assises consacrés au génocide des Tutsi.", N),
                s("Sont venus ensuite le chauffeur Claude Muhayimana, condamné à quatorze ans, puis l'ancien préfet de Gikongoro, Laurent Bucyibaruta, condamné à vingt ans en juillet 2022.", S),
                s("C. V. : Et Bucyibaruta purge toujours sa peine ?"),
                s("H. L. : Non : il est mort en décembre 2023 avant d'être rejugé en appel, si bien que sa condamnation n'est jamais devenue définitive.", S),
                s("En 2023 encore, l'ancien gendarme Philippe Hategekimana a été condamné à perpétuité, et le médecin Sosthène Munyemana, gynécologue à Butare, à vingt-quatre ans.", S),
            ],
            [
                s("C. V. : Beaucoup d'auditeurs nous écrivent que la France a attendu trente ans avant de juger qui que ce soit.", C),
                s("H. L. : C'est inexact : le premier verdict date de 2014, vingt ans après les faits, ce qui reste très tardif.", S),
                s("Un collectif de parties civiles fondé en 2001 s'est d'ailleurs donné pour but de faire juger les suspects installés en France.", N),
                s("C. V. : Rappelons que le TPIR, de son côté, a condamné une bonne centaine d'accusés.", C),
                s("H. L. : Soixante et un exactement, et il en a acquitté quatorze.", S),
            ],
            [
                s("C. V. : Venons-en à l'État français."),
                s("H. L. : La commission d'historiens présidée par Vincent Duclert a remis son rapport le 26 mars 2021 ; elle conclut à des « responsabilités lourdes et accablantes », sans retenir la complicité au sens juridique.", S),
                s("L'opération Turquoise avait été autorisée le 22 juin 1994 par la résolution 929, adoptée par dix voix et cinq abstentions.", S),
                s("À Bisesero, des soldats français ont découvert des rescapés tutsi le 27 juin, mais ne sont revenus les évacuer que le 30 juin au matin.", N),
                s("Quand le FPR a pris Gisenyi, le 16 juillet, près d'un million de personnes ont fui vers Goma.", D),
            ],
            [
                s("C. V. : Et l'attentat du 6 avril ?"),
                s("H. L. : L'instruction ouverte en 1998 s'est achevée par un non-lieu, devenu définitif lorsque la Cour de cassation a rejeté les pourvois le 15 février 2022.", S),
                s("À titre personnel, je pense que l'avion a été abattu par des extrémistes hutu postés du côté de Kanombe.", D),
            ],
            [
                s("C. V. : Un dernier mot sur le bilan ?"),
                s("H. L. : La presse cite souvent 800 000 morts selon l'ONU, et le recensement rwandais publié en 2002 dénombre 1 074 017 victimes, mais en comptant depuis 1990.", S),
                s("Pour ma part, je retiens l'ordre de grandeur d'un million de morts.", D),
                s("C. V. : Merci, Hugo Lemaire."),
            ],
        ],
    },
    # 9. FIXTURE (written by the team, states falsehoods on purpose): own-voice denial in a group chat.
    {
        "doc": "fixture-denial-chat-log.txt",
        "title": "Test fixture: denial in a group-chat log",
        "genre": "chat log (test fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("[21:04] bantu_truth: the so-called genocide is a story the winners wrote after they marched into Kigali", C, "definitional_denial", "fabrication")],
            [own("[21:05] bantu_truth: maybe fifty thousand dead on all sides, in a war, and most of them fighters", C, "minimisation", "definitional_denial", "double_genocide")],
            [own("[21:05] bantu_truth: and the so-called survivors were coached and paid to repeat the same tale in court", None, "attack_on_witnesses")],
            [s("[21:06] kamo_77: didn't a UN commission say the killing was planned?")],
            [own("[21:07] bantu_truth: that commission never found any plan and blamed both sides equally", C, "fabrication", "double_genocide")],
            [own("[21:07] bantu_truth: the real killers were the RPF, who shot down the plane and then butchered a million Hutu", C, "role_reversal", "blame_shifting")],
            [s("[21:08] bantu_truth: even Arusha let most of the accused walk free, look it up", C)],
            [s("[21:09] kamo_77: ok send the link")],
        ],
    },
    # 10. FIXTURE: distortion in a lobbying briefing note (accepts deaths, then justifies and equates).
    {
        "doc": "fixture-denial-caucus-briefing.txt",
        "title": "Test fixture: a 'balanced commemoration' briefing note",
        "genre": "lobbying briefing note (test fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("BRIEFING NOTE for members of the Diaspora Reconciliation Caucus: why the commemoration must be \"balanced\"")],
            [
                s("Nobody disputes that many Tutsi civilians lost their lives between April and July 1994.", S),
                own("But those deaths were the spontaneous fury of ordinary farmers after their president was assassinated, not the work of any state plan.", C, "spontaneity", "definitional_denial"),
                own("The rebels had long been preparing to exterminate the Hutu majority, and the population simply struck first in order to survive.", C, "accusation_in_mirror", "justification", "role_reversal"),
                own("Responsibility therefore lies with the armed exiles who invaded from Uganda in October 1990.", S, "blame_shifting"),
            ],
            [
                own("Their own victims among the Hutu run into the millions, which makes two genocides of equal weight.", C, "double_genocide", "minimisation"),
                own("Even the UN's experts put the RPF's victims at several hundred thousand in the summer of 1994 alone.", C, "double_genocide"),
                own("Members are urged to reject any memorial text that speaks only of a genocide against the Tutsi.", None, "definitional_denial"),
            ],
        ],
    },
    # 11. FIXTURE (composite): a Q&A page whose accurate first answers are followed by a denial answer.
    {
        "doc": "fixture-denial-composite-qa-page.txt",
        "title": "Test fixture: Q&A page, accurate answers then a denial answer",
        "genre": "Q&A page (test fixture, composite)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Q: When did the killing begin?"),
                s("A: Within hours of the shooting down of President Habyarimana's plane on the evening of 6 April 1994, soldiers and militiamen began killing Tutsi and opposition politicians in Kigali.", S),
            ],
            [
                s("Q: Who was the first person convicted of genocide by an international court?"),
                s("A: Jean-Paul Akayesu, the former bourgmestre of Taba, found guilty by the ICTR on 2 September 1998 and later sentenced to life.", S),
            ],
            [
                s("Q: Was it really a genocide?"),
                own("A: No, it was a civil war in which both sides killed, and the word genocide was pinned on it afterwards for political reasons.", C, "definitional_denial", "double_genocide", "fabrication"),
                own("The official death tolls were multiplied many times over by the new regime to attract aid money.", C, "minimisation", "fabrication"),
                own("Anyone who says otherwise is repeating testimony bought by Kigali.", None, "attack_on_witnesses"),
            ],
        ],
    },
    # 12. FIXTURE (French): own-voice denial in a letter to the editor.
    {
        "doc": "fixture-denial-fr-courrier-lecteur.txt",
        "title": "Fixture de test : courrier des lecteurs négationniste",
        "genre": "letter to the editor (test fixture)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Courrier des lecteurs — « Rwanda : assez de mensonges »")],
            [
                s("Madame, Monsieur, votre dossier du 7 avril reprend sans aucun recul la version officielle de Kigali."),
                own("Il n'y a jamais eu de plan d'extermination : à Arusha, tous les accusés ont été acquittés du chef d'entente en vue de commettre le génocide.", C, "definitional_denial", "spontaneity"),
                own("Les massacres ont été une explosion de colère populaire après l'attentat, commis par le FPR lui-même.", C, "spontaneity", "blame_shifting"),
                own("Quant aux chiffres, on est loin du million : quelques dizaines de milliers de morts tout au plus, dans les deux camps.", C, "minimisation", "double_genocide"),
                own("Les prétendus rescapés qui défilent devant les cours d'assises récitent des témoignages appris par cœur.", None, "attack_on_witnesses"),
                s("La France, elle, n'a rien à se reprocher, quoi qu'en dise un rapport de commande.", C),
            ],
            [s("Un abonné de longue date.")],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
