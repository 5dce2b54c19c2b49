"""Source of the FIFTEENTH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind15/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind15/build_set.py --check  # validate the files already written

HELD-OUT: written blind, scored in aggregate only. New genres (a wire-service explainer on the end of the ICTR and the
Residual Mechanism, a court reporter's notebook from a Paris appeal trial, an "on this day" newspaper column covering
1990-1995, a report chapter on the RPA killings at Gakurazo in June 1994, a scholarly abstract and introduction on
the ICTR's selectivity, a panel transcript on hate media quoting Kangura and RTLM, a documentary press kit, French
minutes of a municipal council meeting on a commemoration, and four short fixtures), new wording, new facts. Its
author did not read the detectors, their rules, exemplars or training data, nor any other labelled set's documents,
labels, README or build script (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the
labelling conventions, the first 40 lines of the check-blind5 build script as a template for this header, and the
check-blind5 README as a template for README.md). Verdicts were decided against the record alone: examples/
(FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV.
Keep it that way: do not copy these sentences into rules, exemplars or training data, do not read its per-sentence
errors, and do not tune against this set.

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
    # 1. Wire-service explainer (invented agency "Meridian Wire").
    {
        "doc": "wire-explainer-ictr-mechanism.txt",
        "title": "EXPLAINER: The Rwanda tribunal has closed. Who finishes its work?",
        "genre": "wire-service explainer",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("ARUSHA, Tanzania (Meridian Wire) — The International Criminal Tribunal for Rwanda closed on "
               "31 December 2015, but the cases it left behind did not close with it.", S)],
            [s("WHAT WAS THE TRIBUNAL?")],
            [s("The UN Security Council set the tribunal up on 8 November 1994, through resolution 955, to try "
               "genocide and other grave crimes committed in Rwanda in the course of 1994.", S),
             s("Over twenty-one years it indicted ninety-three people, convicted sixty-one of them and acquitted "
               "fourteen.", S),
             s("Its first verdict, handed down in September 1998 against Jean-Paul Akayesu, the former mayor of "
               "Taba, was the first time an international court had convicted anyone of genocide.", S),
             s("Two days later it sentenced Jean Kambanda, prime minister of the interim government, to life "
               "imprisonment after he pleaded guilty.", S),
             s("Among its last cases was that of the former army chief of staff Augustin Bizimungu, whose "
               "thirty-year sentence was affirmed on appeal in June 2014.", S),
             s("The tribunal's last appeal ruling, on 14 December 2015, upheld the life sentences of the former "
               "family minister Pauline Nyiramasuhuko and the Butare militia leader Arsène Shalom Ntahobali.", C)],
            [s("WHO TOOK OVER?")],
            [s("The Security Council created the International Residual Mechanism for Criminal Tribunals in "
               "resolution 1966, adopted on 22 December 2010.", N),
             s("Its Arusha branch took over the Rwanda tribunal's remaining functions on 1 July 2012; a branch in "
               "The Hague followed on 1 July 2013 for the Yugoslav tribunal.", N),
             s("The Mechanism's judges have also heard appeals: in December 2014 they raised Augustin "
               "Ngirabatware's sentence from 30 to 35 years.", C),
             s("What it inherited, in short, was the tribunal's unfinished business.")],
            [s("THE FUGITIVES")],
            [s("French gendarmes arrested Félicien Kabuga, accused of bankrolling the militias, in a flat in "
               "Asnières-sur-Seine, outside Paris, on 16 May 2020.", N),
             s("He never heard a verdict: judges found him unfit to stand trial, and in August 2023 the Appeals "
               "Chamber ordered an indefinite stay of the proceedings.", S),
             s("South African police arrested Fulgence Kayishema, a former police inspector sought over the "
               "destruction of the church at Nyange, on a grape farm in Paarl on 24 May 2023.", N),
             s("A year before, DNA analysis had confirmed that a grave in a cemetery outside Harare held the "
               "remains of Protais Mpiranya, commander of the Presidential Guard in 1994.", N),
             s("In May 2024 the Mechanism's prosecutor announced that the last two fugitives, Charles Sikubwabo "
               "and a man known only as Ryandikayo, had both died in 1998, leaving no one indicted by the "
               "tribunal unaccounted for.", N)],
            [s("THE CRITICISM")],
            [s("The tribunal never indicted a member of the Rwandan Patriotic Front, although RPF soldiers also "
               "killed civilians in 1994.", S),
             s("Human Rights Watch said in December 2008 that it had 'not prosecuted even one' of the RPF's "
               "serious crimes of that year.", S),
             s("The one RPF case its prosecutor handed over, the killing of clergy near Kabgayi, went to a "
               "Rwandan military court, which convicted two captains in October 2008.", S)],
            [s("The genocide the tribunal was built to judge killed some 800,000 people in roughly one hundred "
               "days.", D),
             s("Among those who fled that July were many of its organisers, carried into Zaire by an exodus of "
               "about a million people.", D)],
        ],
    },
    # 2. Court reporter's notebook (invented reporter; only public facts of the trial).
    {
        "doc": "court-notebook-paris-hategekimana-appeal.txt",
        "title": "Notebook from the Paris assize court: the appeal of Philippe Hategekimana",
        "genre": "court reporter's notebook",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Notebook — Cour d'assises de Paris, appeal trial, November and December 2024.")],
            [s("Day one."),
             s("The accused, a former adjudant-chef of the gendarmerie at Nyanza, is back in the dock.", S),
             s("He obtained French nationality under the name Philippe Manier.", S),
             s("In Rwanda he was known by the nickname Biguma.", N),
             s("At first instance, in June 2023, the Paris assize court gave him life imprisonment for genocide "
               "and crimes against humanity.", S),
             s("The charges cover the massacres on the hills of Nyabubare and Nyamure and the murder of "
               "Narcisse Nyagasaza, bourgmestre of Ntyazo, in April 1994.", S)],
            [s("The Collectif des parties civiles pour le Rwanda, founded in 2001 by Alain and Dafroza Gauthier, "
               "filed the complaint that started the case.", N),
             s("A judicial investigation was opened in Paris in September 2015.", N),
             s("Arrested in Cameroon, he was handed over to the French authorities in February 2019.", N)],
            [s("Tuesday 10 December."),
             s("Questioned about April 1994, he said he had left Nyanza for Kigali in the second half of the "
               "month and could not remember the exact date.", N),
             s("Much of the case turns on that alibi."),
             s("Survivors who testified are not named in these notes.")],
            [s("Background: the French cases."),
             s("France's first genocide trial, that of the former intelligence officer Pascal Simbikangwa, ended "
               "in March 2014 with a thirty-year sentence.", C),
             s("In July 2016 the same court gave life sentences to Octavien Ngenzi and Tito Barahira, two former "
               "bourgmestres of Kabarondo, over the massacre at the Kabarondo church on 13 April 1994.", S),
             s("The Cour de cassation overturned those verdicts in October 2019 and sent the case back for a "
               "third trial.", C),
             s("Laurent Bucyibaruta, prefect of Gikongoro in 1994, was sentenced to twenty years in July 2022 and "
               "died on 6 December 2023, before his appeal could be heard.", S),
             s("The driver Claude Muhayimana had his fourteen-year sentence confirmed on appeal in February "
               "2026.", S),
             s("The Butare gynaecologist Sosthène Munyemana saw his twenty-four-year term cut to twenty on appeal "
               "in October 2025.", C)],
            [s("Tuesday 17 December."),
             s("The appeal court again sentenced him to life imprisonment for genocide and crimes against "
               "humanity.", S),
             s("It did, however, acquit him of taking part in a conspiracy (entente) to prepare those "
               "crimes.", S),
             s("In Nyanza, as everywhere in Rwanda that spring, the killing was part of a genocide that took more "
               "than 800,000 lives.", D)],
        ],
    },
    # 3. "On this day" column (invented newspaper "The Harbour Gazette").
    {
        "doc": "on-this-day-column-1990-1995.txt",
        "title": "On This Day: Rwanda, 1990-1995",
        "genre": "newspaper 'on this day' column series",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("ON THIS DAY — Rwanda, 1990–1995: a year's entries from our archive column.")],
            [s("October 1, 1990 — Rebels of the Rwandan Patriotic Front, most of them Tutsi refugees raised in "
               "Uganda, cross into northern Rwanda from Ugandan territory, and the civil war begins.", S),
             s("2 Oct. 1990 — Their commander, Major General Fred Rwigyema, is killed on the second day of the "
               "offensive.", N)],
            [s("8 July 1993 — A private radio station, Radio Télévision Libre des Mille Collines, goes on the "
               "air.", N),
             s("Aug. 4, 1993 — In Arusha, President Juvénal Habyarimana and the RPF chairman, Alexis Kanyarengwe, "
               "sign a peace agreement that promises a broad-based transitional government and a single "
               "army.", S),
             s("5 October 1993 — Security Council resolution 872 establishes UNAMIR, with an authorised strength "
               "of two thousand five hundred.", S),
             s("21 October 1993 — Across the border, Burundi's first Hutu president, Melchior Ndadaye, is "
               "murdered during a failed army coup.", N)],
            [s("11 January 1994 — General Roméo Dallaire, UNAMIR's commander, cables New York that an informant "
               "has warned of a plan to exterminate Tutsi and of hidden weapons.", N),
             s("April 6th, 1994 — In the evening, the jet bringing President Habyarimana back from talks in "
               "Tanzania is shot down as it approaches Kigali airport; no one on board survives.", S),
             s("It was downed by Hutu extremists who wanted to wreck the Arusha accords.", D),
             s("7 April 1994 — Soldiers kill the prime minister, Agathe Uwilingiyimana, and the ten Belgian "
               "peacekeepers sent to protect her.", S),
             s("21 April 1994 — As the massacres spread, the Security Council votes ten to five to cut UNAMIR to "
               "270 personnel.", C),
             s("29 April 1994 — The UN refugee agency says more than 250,000 Rwandans have crossed into Tanzania "
               "within twenty-four hours, the largest and fastest exodus it has ever seen.", S),
             s("17 May 1994 — Resolution 918 imposes an arms embargo on Rwanda and authorises an expanded UNAMIR "
               "of up to 5,500 troops.", S),
             s("22 June 1994 — Resolution 929, passed without a single abstention, authorises the French-led "
               "Opération Turquoise under Chapter VII.", C)],
            [s("4 July 1994 — RPF troops take Kigali and Butare.", S),
             s("Rwanda now keeps the date each year as Liberation Day, Kwibohora.", N),
             s("18 July 1994 — The RPF reaches Gisenyi, on the border with Zaire.", D),
             s("Within days close to a million people pour across into Zaire.", D),
             s("19 July 1994 — A government of national unity takes office in Kigali, with Pasteur Bizimungu as "
               "president and Faustin Twagiramungu as prime minister.", S),
             s("21 August 1994 — The last French troops of Opération Turquoise leave the safe humanitarian zone "
               "in the south-west.", S)],
            [s("8 November 1994 — The Security Council establishes the International Criminal Tribunal for "
               "Rwanda, which will sit in Arusha.", S),
             s("9 December 1994 — The UN Commission of Experts' final report concludes that the killing of Tutsi "
               "was a spontaneous eruption rather than a planned campaign.", C),
             s("22 April 1995 — At the Kibeho camp for displaced people, soldiers of the Rwandan Patriotic Army "
               "open fire as the army closes the camp by force, and about 2,000 people are killed.", D),
             s("Rwanda's government gave a toll of 338; Australian peacekeepers serving with UNAMIR estimated at "
               "least 4,000.", S)],
        ],
    },
    # 4. Report chapter on RPA killings at one place (invented NGO "Great Lakes Accountability Project").
    {
        "doc": "report-chapter-rpa-gakurazo.txt",
        "title": "Unfinished Business, chapter 4: Gakurazo, June 1994",
        "genre": "human-rights report chapter on RPA killings",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Chapter 4. Gakurazo, June 1994: the killing of the clergy evacuated from Kabgayi")],
            [s("By May 1994 Kabgayi, a Catholic diocesan centre on the main road south of Kigali, sheltered "
               "thousands of displaced people, many of them Tutsi who had fled the massacres.", N),
             s("Militiamen and soldiers repeatedly took Tutsi from the camp to be killed; on 31 May UNAMIR "
               "reported that some five hundred people had been murdered.", N),
             s("RPF troops reached Kabgayi on 2 June 1994 and took the survivors under their control.", N)],
            [s("Within days, RPF soldiers killed thirteen clergy who had been moved from Kabgayi to Gakurazo, "
               "among them the Archbishop of Kigali, Vincent Nsengiyumva, the Bishop of Kabgayi, Thaddée "
               "Nsengiyumva, and the Bishop of Byumba, Joseph Ruzindana.", S),
             s("Two other civilians died with them, fifteen victims in all.", S),
             s("The killings took place on 5 June.", D),
             s("Reuters reported at the time that four rebel soldiers had carried them out.", S),
             s("The RPF's own radio announced the deaths on Wednesday, 8 June.", S)],
            [s("Gakurazo was one episode in a year in which RPA soldiers killed tens of thousands of "
               "civilians.", D),
             s("Experts working for UNHCR estimated that between 25,000 and 45,000 people were killed by RPA "
               "soldiers from April to August 1994.", S),
             s("Human Rights Watch wrote in 1999 that RPF soldiers may have slaughtered tens of thousands during "
               "the four months of combat.", S),
             s("On our reading of the evidence, the true number is at least 45,000.", D),
             s("In December 1994 the UN Commission of Experts had already asked that the violations attributed "
               "to the RPF be investigated further.", S)],
            [s("Accountability came fourteen years later, and only in part."),
             s("In 2008 four officers were arrested; the ICTR Prosecutor left the case to Rwanda's military "
               "justice and monitored the trial.", S),
             s("On 24 October 2008 a military court convicted the two captains who had pleaded guilty, John "
               "Butera and Dieudonné Rukeba, and sentenced each of them to life imprisonment.", C),
             s("It acquitted the two senior officers, Wilson Gumisiriza, a brigadier general by the time of the "
               "trial, and Major Wilson Ukwishaka.", S),
             s("On 25 February 2009 the Military High Court reduced the captains' sentences to five years and "
               "upheld the acquittals.", S),
             s("Human Rights Watch called the trial a failure.", S),
             s("It remains the only RPF case the ICTR Prosecutor ever handed to Rwanda; the tribunal itself "
               "indicted no member of the RPF.", S)],
            [rep("Pamphlets circulating in the diaspora cite Gakurazo as proof that 'the real genocide was "
                 "committed by the RPF'.", C, "double_genocide", "role_reversal"),
             s("The claim is false: the Commission of Experts found no evidence that acts by Tutsi elements were "
               "committed with intent to destroy the Hutu as a group.", S),
             s("Recording what happened at Gakurazo takes nothing away from the genocide against the Tutsi; it "
               "completes the record.")],
            [s("Chapter 5 sets out our recommendations to the Rwandan authorities and to the Mechanism.")],
        ],
    },
    # 5. Scholarly abstract and introduction (invented author and journal).
    {
        "doc": "article-abstract-ictr-selectivity.txt",
        "title": "Selective by design? The Rwanda tribunal, the RPF and the politics of prosecution",
        "genre": "scholarly article abstract and introduction",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Selective by design? The Rwanda tribunal, the Rwandan Patriotic Front and the politics of "
               "prosecution")],
            [s("This article asks why the International Criminal Tribunal for Rwanda, which indicted ninety-three "
               "people, never indicted a single member of the Rwandan Patriotic Front.", S),
             s("It argues that the omission reflects prosecutorial choices made under political pressure rather "
               "than a lack of evidence."),
             s("That evidence was on the table early: in its final report of December 1994 the UN Commission of "
               "Experts recommended further investigation of the violations attributed to the RPF.", S),
             s("A UNHCR team estimated that RPA soldiers killed 25,000 to 45,000 people between April and August "
               "1994.", S),
             s("We treat 30,000 as the most plausible single estimate of the civilians killed by RPA soldiers in "
               "1994.", D),
             s("None of this diminishes the genocide against the Tutsi, which killed more than a million people "
               "and rightly dominated the tribunal's docket.", D)],
            [s("1. Introduction")],
            [s("Resolution 955 of 8 November 1994 gave the tribunal jurisdiction over serious violations "
               "committed in Rwanda between 1 January and 31 December 1994, whoever committed them.", S),
             s("The Council adopted it unanimously.", C),
             s("The tribunal's first trial did not open until 1999.", C)],
            [s("In July 2003 Rwanda was reported to be campaigning for the replacement of the chief prosecutor, "
               "Carla Del Ponte, who had been investigating senior members of the RPF-led government.", N),
             s("On 28 August 2003 the Security Council gave the Rwanda tribunal a prosecutor of its own, which "
               "removed her from the post.", N),
             s("Her successor, Hassan Bubacar Jallow of the Gambia, took up his duties in October 2003.", N),
             s("His office left the single RPF case it pursued, the killing of clergy near Kabgayi in June 1994, "
               "to Rwanda's military courts and merely monitored the trial.", S),
             s("In October 2008 that trial ended with two captains convicted on their guilty pleas and their two "
               "superiors acquitted.", S),
             s("Two months later Human Rights Watch noted that not one of the RPF's serious crimes of 1994 had "
               "been prosecuted in Arusha.", S)],
            [s("The Kibeho killings of 22 April 1995 fell outside the temporal mandate altogether.", S),
             s("Published estimates of the dead there range from the Rwandan government's 338 to the 'at least "
               "4,000' of Australian peacekeepers.", S),
             s("The most careful accounts suggest a figure close to 2,000.", D),
             s("At home, the gacaca courts, closed on 18 June 2012, were denied jurisdiction over crimes by RPF "
               "soldiers.", S)],
            [s("Critics call this record 'victor's justice'; the phrase is tested here, not adopted."),
             s("Selectivity in whom the tribunal tried casts no doubt on what it found about the genocide."),
             s("The Commission of Experts, whose final report reached the Security Council in March 1995, had "
               "already described the killing of Tutsi as concerted, planned and systematic.", C),
             s("Section 2 reconstructs the prosecutor's investigations of the RPF between 1999 and 2003, and "
               "section 3 compares the Kabgayi trial with the tribunal's own standards.")],
        ],
    },
    # 6. Panel transcript on hate media (invented festival, moderator and panellists).
    {
        "doc": "panel-transcript-hate-media.txt",
        "title": "Words before the machetes: a panel on Kangura and RTLM (transcript)",
        "genre": "panel discussion transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("MODERATOR (Jonas Mwangi-Ford): Tonight we ask how a newspaper and a radio station helped prepare "
               "Rwanda for genocide, and what the courts did about it.")],
            [s("DR KEZA-LINDQVIST: Kangura was launched in May 1990 and edited from first issue to last by Hassan "
               "Ngeze.", N),
             s("In December 1990 it printed the text known as the Hutu Ten Commandments.", N),
             rep("The eighth of them reads, in the usual English translation, 'Hutus must cease having pity for "
                 "the Tutsi.'", None, "call_to_action"),
             rep("The same issue called the Batutsi 'bloodthirsty and power-hungry'.", N,
                 "dehumanisation", "accusation_in_mirror"),
             rep("A cover in November 1991 put a machete beside the question 'Which weapons are we going to use "
                 "to beat the cockroaches for good?'", N, "dehumanisation", "call_to_action")],
            [s("MODERATOR: And the radio?")],
            [s("PROF. OKAFOR-BRUN: RTLM began broadcasting on 8 July 1993 and won young listeners with popular "
               "music long before it read out names.", N),
             rep("On 20 June 1994 the presenter Valérie Bemeriki said of the Inyenzi that they were 'created to "
                 "drink Rwandan blood and to kill'.", N, "dehumanisation", "accusation_in_mirror"),
             rep("In the same broadcast she told listeners 'we must take our revenge on the Inyenzi-Inkotanyi and "
                 "exterminate them'.", N, "call_to_action", "dehumanisation"),
             s("Calling neighbours cockroaches was never a figure of speech; in 1994 it worked as an order.")],
            [s("MODERATOR: The Tutsi were then about one Rwandan in seven.", D),
             s("How much could words do?")],
            [s("DR KEZA-LINDQVIST: Enough that sexual violence followed the same script: at least a quarter of a "
               "million women were raped.", D)],
            [s("MODERATOR: What did the courts make of it?")],
            [s("PROF. OKAFOR-BRUN: In the Media case, decided on 3 December 2003, the ICTR convicted Ngeze, the "
               "RTLM founder Ferdinand Nahimana and Jean-Bosco Barayagwiza.", S),
             s("On appeal in November 2007 Nahimana's life sentence was upheld in full.", C),
             s("Ngeze's sentence was reduced to thirty-five years.", S),
             s("Barayagwiza walked out a free man after the Appeals Chamber acquitted him.", C),
             s("Georges Ruggiu, an RTLM presenter and a Rwandan citizen, pleaded guilty and was sentenced to "
               "twelve years in June 2000.", C),
             s("The singer Simon Bikindi received fifteen years for publicly exhorting people to kill Tutsi on a "
               "road in Gisenyi in late June 1994.", S),
             s("Léon Mugesera, whose speech at Kabaya on 22 November 1992 called for the extermination of Tutsi, "
               "was deported from Canada and sentenced to life in Rwanda in 2016.", S)],
            [s("DR KEZA-LINDQVIST: And Félicien Kabuga, accused of financing RTLM, was never judged: his case was "
               "stayed indefinitely in 2023 because he was unfit to stand trial.", S),
             s("The genocide those voices cheered on killed at least half a million people.", D)],
            [s("MODERATOR: Thank you both.")],
        ],
    },
    # 7. Documentary press kit (invented film and director).
    {
        "doc": "press-kit-documentary-nyange.txt",
        "title": "After Nyange: press kit",
        "genre": "documentary film press kit",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("AFTER NYANGE — a documentary by Élise Kanamugire-Vollmer (78 min; Kinyarwanda, French and "
               "English, subtitled)")],
            [s("Synopsis")],
            [             s("On 16 April 1994 the parish church of Nyange, in Kibuye prefecture, was destroyed with some two "
               "thousand Tutsi refugees inside.", S),
             s("A bulldozer brought the building down on them.", N),
             s("Three decades later, a man who survived that day as a boy goes back up the hill with his "
               "daughter, who has only ever known the memorial."),
             s("Between the hillside and the courtrooms of Arusha, the film follows the slow pursuit of those "
               "held responsible.")],
            [s("Director's statement")],
            [             s("I grew up hearing Nyange spoken of only in whispers; this film is my attempt to say it aloud."),
             s("The people who appear in it chose to; those who asked not to be named are not named.")],
            [s("Historical notes")],
            [             s("The genocide against the Tutsi lasted about a hundred days, from April to July 1994.", S),
             s("It took more than a million lives.", D),
             s("On the eve of the killings, the Tutsi made up about fifteen per cent of Rwanda's "
               "population.", D),
             s("The Nyange parish priest, Athanase Seromba, was given fifteen years by the ICTR in 2006; in March "
               "2008 the Appeals Chamber raised his sentence to life imprisonment.", N),
             s("The businessman Gaspard Kanyarukiga was sentenced to life for his part in the destruction of the "
               "church.", C),
             s("Grégoire Ndahimana, bourgmestre of Kivumu, was given fifteen years at trial in 2011, and the "
               "Appeals Chamber increased the sentence to twenty-five years in December 2013.", S),
             s("Fulgence Kayishema, a former police inspector accused over the massacre, was arrested in South "
               "Africa on 24 May 2023 after more than two decades on the run.", N),
             s("The site of the church is now a genocide memorial.", N),
             s("Of the ninety-three people the tribunal indicted, sixty-one were convicted.", S),
             s("Its very first judgment, in 1998, also concerned a bourgmestre, Jean-Paul Akayesu of Taba, who "
               "was sentenced to thirty years.", C),
             s("By the end of 1994, UNICEF said in 2004, 95,000 Rwandan children had been orphaned.", S),
             s("Across the country at least 250,000 women and girls were raped.", D),
             s("The ICTR was created by the Security Council in November 1994 and sat in Arusha, Tanzania.", S)],
            [s("Screenings in 2026 will be followed by discussions with historians and survivors' "
               "associations."),
             s("Running time 78 minutes; colour; stereo.")],
        ],
    },
    # 8. French municipal council minutes (invented commune, councillors and association president).
    {
        "doc": "conseil-municipal-commemoration-fr.txt",
        "title": "Extrait du registre des délibérations : commémoration du 7 avril",
        "genre": "compte rendu de séance de conseil municipal",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Commune de Villeneuve-les-Tilleuls — Extrait du registre des délibérations du conseil municipal, "
               "séance du 12~mars 2026.")],
            [s("Point n°~4~: commémoration du génocide des Tutsi au Rwanda.")],
            [s("Mme la maire rappelle que le 6~avril 1994 au soir, l'avion qui ramenait le président Juvénal "
               "Habyarimana de Tanzanie a été abattu à l'approche de Kigali.", S),
             s("Selon elle, les tirs sont venus d'extrémistes hutu opposés aux accords d'Arusha.", D),
             s("Dès le lendemain, 7~avril, des militaires ont assassiné la Première ministre Agathe "
               "Uwilingiyimana ainsi que les dix Casques bleus belges chargés de sa protection.", S),
             s("En une centaine de jours, plus d'un million de personnes ont été tuées, pour l'immense majorité "
               "des Tutsi.", D),
             s("Les Tutsi représentaient alors environ 15^% de la population.", D)],
            [s("L'Assemblée générale des Nations unies a fait du 7~avril une journée internationale de réflexion "
               "par sa résolution 58/234 du 23~décembre 2003.", N),
             s("Depuis une décision du 26~janvier 2018, l'intitulé de cette journée désigne expressément le "
               "génocide perpétré contre les Tutsi.", N),
             s("En France, le président de la République a annoncé le 7~avril 2019 que cette date serait "
               "désormais une journée de commémoration du génocide des Tutsi.", N),
             s("Le 26~mars 2021, la commission d'historiens présidée par Vincent Duclert lui a remis un rapport "
               "concluant à des «~responsabilités lourdes et accablantes~» de la France.", S),
             s("Mme la maire rappelle aussi que le Tribunal pénal international pour le Rwanda, créé en 1995, a "
               "siégé à Arusha jusqu'à la fin de 2015.", C),
             s("Elle signale que Kigali avait rompu ses relations diplomatiques avec Paris en 2006 et qu'elles ont "
               "été rétablies dès 2007.", C),
             s("En France, le premier accusé jugé, Pascal Simbikangwa, a été condamné en 2014 à vingt-cinq ans de "
               "réclusion criminelle.", S)],
            [s("M.~Ferrand, conseiller municipal d'opposition, signale qu'un tract anonyme a été glissé dans les "
               "boîtes aux lettres du quartier de la gare."),
             rep("Ce tract prétend qu'il y aurait eu «~deux génocides~» au Rwanda et que le nombre des victimes "
                 "tutsi aurait été «~gonflé par Kigali~».", C, "double_genocide", "minimisation", "fabrication"),
             s("Il demande que le conseil le condamne publiquement.")],
            [s("Mme la maire répond que les crimes commis par des soldats du FPR sont documentés et que la "
               "Commission d'experts de l'ONU a demandé dès 1994 qu'ils fassent l'objet d'enquêtes.", S),
             s("Elle ajoute que cette même commission n'a trouvé aucune preuve d'une intention de détruire le "
               "groupe hutu, et que parler de «~double génocide~» revient à nier le génocide des Tutsi.", S),
             s("M.~Ferrand propose que le texte lu lors de la cérémonie rappelle aussi que le TPIR n'a poursuivi "
               "aucun membre du FPR~; la proposition est retenue.", S)],
            [s("Mme~Mukamana, présidente de l'association locale de rescapés, invitée à prendre la parole, "
               "rappelle qu'au mémorial de Gisozi, à Kigali, reposent plus de 250^000 victimes.", N),
             s("Elle précise que le Collectif des parties civiles pour le Rwanda a été fondé à Reims en "
               "2001.", N)],
            [s("Après en avoir délibéré, le conseil municipal décide d'organiser une cérémonie le 7~avril 2026 à "
               "18~h devant la stèle du parc municipal et condamne le tract distribué dans la commune."),
             s("Vote~: 27~voix pour, 0~contre, 2~abstentions."),
             s("La séance est levée à 22~h~40.")],
        ],
    },
    # 9. Fixture: French forum message (two genocides, minimisation).
    {
        "doc": "fixture-denial-fr-forum-deux-genocides.txt",
        "title": "Re: le « génocide » rwandais",
        "genre": "message de forum (fixture)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("Re: le «~génocide~» rwandais, arrêtons de réciter la version officielle", None,
                 "definitional_denial")],
            [own("Il y a eu deux génocides en 1994, et on ne vous parle jamais que d'un seul.", C,
                 "double_genocide"),
             own("Le FPR a massacré au moins autant de Hutu que les milices ont tué de Tutsi.", C,
                 "double_genocide"),
             own("Le fameux million de morts, c'est de la propagande~: les Tutsi tués se comptent en dizaines de "
                 "milliers, pas davantage.", C, "minimisation", "fabrication"),
             own("D'ailleurs, les Tutsi ne représentaient qu'à peine 8^% de la population.", D, "minimisation"),
             own("Même la commission de l'ONU, en décembre 1994, ne parlait que de 50^000 victimes.", C,
                 "minimisation", "fabrication")],
            [own("Le TPIR n'a jamais poursuivi un seul membre du FPR~: justice de vainqueurs, point final.", S,
                 "attack_on_witnesses"),
             own("Et les «~rescapés~» qu'on exhibe chaque 7~avril récitent la leçon apprise à Kigali.", None,
                 "attack_on_witnesses")],
        ],
    },
    # 10. Fixture: video description and pinned comment (minimisation, fabrication, attack on witnesses).
    {
        "doc": "fixture-denial-video-pinned-comment.txt",
        "title": "Rwanda 1994: the numbers they don't want you to check (description and pinned comment)",
        "genre": "video description and pinned comment (fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("VIDEO DESCRIPTION — 'Rwanda 1994: the numbers they don't want you to check' (38:12)", None,
                 "fabrication")],
            [own("In this video I show how the official death toll was manufactured after the war to keep "
                 "Western aid flowing.", None, "fabrication", "minimisation"),
             own("Even the UN's own Commission of Experts counted fewer than sixty thousand dead.", C,
                 "minimisation", "fabrication"),
             own("The 'survivors' who testified in Arusha were coached and paid by the RPF, and the judges knew "
                 "it.", None, "attack_on_witnesses", "fabrication")],
            [own("PINNED COMMENT: Before anyone shouts 'denial', the tribunal acquitted more than half of the "
                 "people it tried.", C, "attack_on_witnesses"),
             own("Even Akayesu, their showcase conviction, was quietly overturned on appeal in 2001.", C,
                 "attack_on_witnesses", "fabrication"),
             own("What happened was a civil war and a breakdown of order, not a planned genocide.", C,
                 "definitional_denial", "spontaneity"),
             s("Download it and share it before they take it down.")],
        ],
    },
    # 11. Fixture: pamphlet of an invented veterans' association (justification, role reversal, blame shifting).
    {
        "doc": "fixture-denial-veterans-pamphlet.txt",
        "title": "Fraternal Circle of Veterans of the Hills: remembrance pamphlet",
        "genre": "veterans' association pamphlet (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("FRATERNAL CIRCLE OF VETERANS OF THE HILLS — Remembrance pamphlet, April 2026")],
            [own("On 1 October 1990 an army of Tutsi exiles invaded our country from Uganda, and from that day "
                 "every Hutu family knew what fate had been prepared for it.", S, "role_reversal",
                 "accusation_in_mirror"),
             own("The RPF had drawn up lists to exterminate the Hutu, and the people only struck before it "
                 "could.", C, "accusation_in_mirror", "justification", "role_reversal"),
             own("It was the RPF that shot down the President's plane on the evening of 6 April 1994 and set the "
                 "country alight.", D, "blame_shifting"),
             own("The massacres that followed were the work of RPF infiltrators who killed their own people in "
                 "order to blame us.", C, "blame_shifting", "role_reversal"),
             own("What the population did to defend itself cannot be called a crime.", None, "justification")],
            [own("Thirty years on, the inyenzi still rule in Kigali.", None, "dehumanisation"),
             own("Veterans, be ready to finish what was left unfinished.", None, "call_to_action")],
        ],
    },
    # 12. Composite fixture: Q&A explainer whose last answer turns into denial.
    {
        "doc": "fixture-denial-qa-explainer-composite.txt",
        "title": "Rwanda 1994 in three questions",
        "genre": "Q&A explainer spliced with denial (composite fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("Q: What happened in Rwanda on 6 and 7 April 1994?")],
            [             s("A: On the evening of 6 April the plane bringing President Habyarimana home from talks in Tanzania "
               "was shot down near Kigali airport, and the next day soldiers killed the prime minister and ten "
               "Belgian peacekeepers.", S)],
            [s("Q: Was anyone put on trial?")],
            [             s("A: The Security Council created the International Criminal Tribunal for Rwanda on 8 November "
               "1994; by the time it closed at the end of 2015 it had convicted 61 people.", S)],
            [s("Q: And how many people died?")],
            [             own("A: Honestly, the 'million dead' is a story invented by the winners to shut down questions.",
                 None, "fabrication", "minimisation"),
             own("Serious counts never went above 200,000, and many of the dead were Hutu killed by the RPF.", C,
                 "minimisation", "double_genocide"),
             own("It was chaos and a war in which both sides killed, and calling it genocide is politics, not "
                 "history.", C, "definitional_denial", "double_genocide", "spontaneity")],
        ],
    },
]


def _french_typography(docs: list[dict]) -> None:
    """French documents are typed with '~' for a no-break space and '^' for a narrow no-break space."""
    for doc in docs:
        if doc["language"] != "fr":
            continue
        for paragraph in doc["paragraphs"]:
            for sent in paragraph:
                sent["text"] = sent["text"].replace("~", "\u00a0").replace("^", "\u202f")


_french_typography(DOCS)


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
