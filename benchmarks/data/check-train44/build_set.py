"""Source of the FORTY-FOURTH DEVELOPMENT labelled set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train44/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train44/build_set.py --check  # validate the files already written

A development set: its errors may be read and it may train the second look. Written blind to the checker's rules
(session 27, 2026-11-29): its author read only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md
(labelling conventions), the first 40 lines of check-blind5/build_set.py and check-blind5/README.md (format
template), directory listings of benchmarks/data/, and the record itself (benchmarks/data/record/ events.yaml,
entities.yaml, README.md, gold.json; examples/ FACTS.md, README.md, the text sample documents and the .meta.json
of the binary ones; src/factfinder/data/reference/; src/factfinder/data/proceedings/). The author did not read the
detectors, their data, the tests, the benchmark results, nor any other check-* set's documents or labels, and did
not run the checker on this set.

Genres (new for such sets): a court reporter's live blog with timestamps, an investigative long-read excerpt, a
university lecture transcript, a MOOC FAQ, a think-tank policy brief, a museum exhibition catalogue entry, a local
newspaper's "on this day" column, a French radio interview, a French encyclopedic notice, and three short
fixtures (own-voice denial show notes, an incitement leaflet, a book review spliced with denial). Every private
person and organisation in them is invented. Verdicts were decided against the record alone; README.md lists the
public sources of every fact used that is not in the record.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling decisions.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with


DOCS: list[dict] = [
    # 1. Court reporter's live blog, re-posted with later updates (reporter invented).
    {
        "doc": "liveblog-military-one-judgment.txt",
        "title": "Live from Arusha: the Military I judgment, 18 December 2008 (archive re-post)",
        "genre": "court reporter's live blog with timestamps (archive re-post with later updates)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Live blog, Thursday 18 December 2008, International Criminal Tribunal for Rwanda, Arusha."),
                s("We are re-posting our court reporter Tobias Wendt's entries from that day unchanged, with the "
                  "later updates and one correction marked as such."),
            ],
            [
                s("09:02 — The judges of Trial Chamber I have taken their seats to deliver judgment in the case "
                  "known as Military I.", S),
                s("Four former senior officers are in the dock: Colonel Théoneste Bagosora, General Gratien "
                  "Kabiligi, Lieutenant-Colonel Anatole Nsengiyumva and Major Aloys Ntabakuze.", S),
            ],
            [
                s("09:40 — The presiding judge is going over the night of 6 April 1994, when the presidential plane "
                  "was brought down as it approached Kigali.", S),
            ],
            [
                s("10:15 — First key finding: the chamber holds Bagosora responsible for the murder of Prime "
                  "Minister Agathe Uwilingiyimana on 7 April 1994.", S),
                s("He is also held responsible for the deaths that day of the ten Belgian peacekeepers who had been "
                  "guarding her.", S),
            ],
            [
                s("10:52 — Bagosora is found guilty of genocide, crimes against humanity and war crimes, and "
                  "sentenced to life imprisonment.", S),
                s("11:05 — Ntabakuze, once commander of the para-commando battalion at Kanombe, is also convicted "
                  "and given life.", S),
                s("11:09 — Nsengiyumva, the former commander in Gisenyi, receives 25 years.", C),
                s("11:14 — Kabiligi, who headed military operations at army headquarters, is acquitted.", S),
                s("A murmur runs through the public gallery."),
            ],
            [
                s("11:52 — CORRECTION to our 11:09 entry."),
                s("Nsengiyumva was not given 25 years: like Bagosora and Ntabakuze, he was sentenced to life "
                  "imprisonment.", S),
            ],
            [
                s("12:30 — In another courtroom, judges have today also convicted Protais Zigiranyirazo, "
                  "brother-in-law of the late president, and sentenced him to 20 years.", S),
                s("12:45 — A reminder for readers new to the tribunal: its very first judgment, against the Taba "
                  "mayor Jean-Paul Akayesu in 1998, ended in a 25-year sentence.", C),
            ],
            [
                s("UPDATE, 16 November 2009 — The Appeals Chamber has reversed Zigiranyirazo's convictions; he is "
                  "acquitted and released.", S),
                s("UPDATE, 14 December 2011 — On appeal, Bagosora's convictions for genocide and crimes against "
                  "humanity stand, but several findings are reversed, among them those on the peacekeepers killed "
                  "before his visit to Camp Kigali.", S),
                s("His sentence is reduced to 35 years.", S),
                s("Nsengiyumva's life term becomes 15 years, and he is released for time already served.", S),
                s("UPDATE, 8 May 2012 — Ntabakuze's separate appeal ends with his life sentence cut to 35 years.", S),
                s("So of the four men in the dock that December morning, not one ended up serving a life term.", S),
            ],
            [
                s("About the tribunal."),
                s("The Security Council set it up in November 1994, by resolution 955, and it sat in Arusha, "
                  "Tanzania.", S),
                s("Its first trial opened in 1995.", C),
                s("When it shut down at the end of 2015 it had indicted 93 people, convicted 61 and acquitted 14.", S),
            ],
        ],
    },
    # 2. Investigative long-read excerpt (the aid worker is invented).
    {
        "doc": "longread-the-road-west-excerpt.txt",
        "title": "The road west: excerpt from an investigative long-read on the refugee emergencies of 1994",
        "genre": "investigative long-read (excerpt)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Chapter four: two borders.")],
            [
                s("Mireille Vandecasteele still keeps the notebook she carried at Rusumo, on the Tanzanian border, "
                  "in the last days of April 1994."),
                s("She was twenty-six, a water engineer on loan from a small Belgian charity, and she reached the "
                  "border on the morning of 28 April.", N),
                s("Over the next twenty-four hours, the UN refugee agency later reported, more than a quarter of a "
                  "million Rwandans crossed into Tanzania's Ngara district, the largest and fastest exodus it had "
                  "ever seen.", S),
                s("The World Food Programme's count of arrivals in Ngara over those few days was higher still, at "
                  "about 320,000.", S),
                s("On the same day, 29 April, UNHCR reported that police and militiamen had fired on some 50,000 "
                  "people trying to get out of a stadium in Cyangugu, in the far south-west.", C),
            ],
            [
                s("The second exodus came eleven weeks later and went the other way, west into Zaire.", S),
                s("The RPF entered Gisenyi, on the border opposite Goma, on 16 July.", D),
                s("Counts of the people who crossed in the days that followed have never been reconciled: the Goma "
                  "Epidemiology Group wrote of 500,000 to 800,000 arrivals in North Kivu in July, while a study "
                  "published in 1996 gave around one million between 14 and 20 July.", S),
                s("Whatever the precise figure, about a million people crossed into Zaire in less than a week.", D),
                s("Soldiers of the defeated government army came with them.", S),
            ],
            [
                s("Then cholera arrived."),
                s("The first strains were isolated on 20 and 21 July, and the epidemic peaked on 26 July.", S),
                s("Of the 36,471 cases recorded, half fell in the single week from 21 to 27 July.", S),
                s("During the first week each refugee had, on average, about two litres of water a day.", C),
                s("Mireille remembers rationing it by the cupful."),
                s("According to the Goma Epidemiology Group, almost 50,000 refugees died in the first month, at a "
                  "crude mortality rate of 20 to 35 per 10,000 people per day.", S),
                s("A separate study in The Lancet attributed about 12,000 deaths in Goma that July to cholera alone; "
                  "dysentery caused many of the others.", S),
                s("All told, some 80,000 refugees died in the camps around Goma by early August.", D),
            ],
            [
                s("The camps soon stopped being places of refuge."),
                s("The authorities who had organised the genocide, Human Rights Watch later found, rapidly "
                  "re-established their control over the refugees.", S),
                s("At the end of August a UNHCR spokesman described the camps of eastern Zaire, with their 800,000 "
                  "inhabitants, as being in 'a virtual state of war'.", S),
                s("In Bukavu, aid workers left a camp after refugees threatened them with axes and machetes.", S),
                s("A later CDC report added that about 17,000 Rwandan Hutu had fled to Burundi that July.", C),
                s("Mireille's charity closed its Goma office in 1996, and she went home to Liège.", N),
            ],
        ],
    },
    # 3. University lecture transcript; quotes denial claims in order to refute them (lecturer invented).
    {
        "doc": "lecture-transcript-counting-the-dead.txt",
        "title": "Lecture 7 transcript: Counting the dead (course 'Genocide and Mass Violence since 1945')",
        "genre": "university lecture transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Transcript of lecture seven, recorded in the main lecture hall and lightly edited for the course "
                  "website."),
                s("Good morning; today is about numbers, and about why a number is never only a number."),
            ],
            [
                s("Let me begin with what was known while the killing was still going on."),
                s("On 19 April 1994, less than two weeks in, Human Rights Watch told the Security Council that "
                  "humanitarian organisations estimated up to 100,000 people killed.", S),
                s("By early May, Amnesty International reported almost 200,000 dead, most of them Tutsi.", S),
                s("The RPF's own station, Radio Muhabura, spoke of 500,000 in May and, a few days later, of "
                  "300,000.", S),
                s("So the highest of those early figures was revised downwards, not upwards.", S),
            ],
            [
                s("Then the considered estimates."),
                s("Last year I told this class that the UN Commission of Experts reported in October 1994; that was "
                  "wrong, and I apologise."),
                s("The Commission, set up after resolution 935 of 1 July, sent its final report to the Security "
                  "Council on 9 December 1994.", S),
                s("It estimated that some 500,000 unarmed civilians had been murdered and warned that this might err "
                  "on the low side.", S),
                s("The most careful demographic estimate is the one Alison Des Forges and her colleagues published "
                  "for Human Rights Watch and FIDH in March 1999.", S),
                s("It starts from the 1991 census, in which Tutsi were registered as 8.4 percent of the "
                  "population.", S),
                s("William Seltzer projected 657,000 Tutsi in the country on 6 April 1994; take away roughly 150,000 "
                  "survivors and you are left with about 507,000 Tutsi killed, some 77 percent.", S),
                s("Their conclusion: at least half a million people died in the genocide.", S),
            ],
            [
                s("Now the official figures."),
                s("The government's census of victims, begun in July 2000, reached 1,074,017 dead in its final "
                  "report of November 2002, counting from October 1990.", S),
                s("Of those victims, 934,218 were identified with certainty, a little below the 951,018 names "
                  "announced in the preliminary report of December 2001.", S),
                s("Filip Reyntjens called the 2002 total 'ridiculously precise', and Luc Reydams argued in 2020 "
                  "that the official toll roughly doubles the true number of genocide victims.", S),
                s("Marijke Verpoorten, working from local registers in Gikongoro, found that a Tutsi there had on "
                  "average a one-in-four chance of surviving: 29 percent for women and 21 percent for men.", S),
            ],
            [
                s("And the number you will hear most often?"),
                s("Eight hundred thousand, the figure the UN's Independent Inquiry gave in December 1999 for a "
                  "genocide of about a hundred days.", S),
                s("But beware: Human Rights Watch also cites a UN expert whose 800,000 covered deaths from all "
                  "causes between April and July, war and disease included.", S),
                s("My own reading of the evidence is that somewhere between 800,000 and one million people were "
                  "killed.", D),
            ],
            [
                s("One last thing: the numbers you will meet online."),
                rep("A website one of you sent me last week says that 'no more than 40,000 people died, and most of "
                    "them were soldiers killed in the fighting'.", C, "minimisation"),
                s("That number is lower than every estimate on my slides, including the very first guess made two "
                  "weeks into the killing.", S),
                rep("The same site insists that 'the Tutsi army killed just as many Hutu, so there were two "
                    "genocides, not one'.", C, "double_genocide"),
                s("The Commission of Experts did find crimes against humanity committed by individuals on both "
                  "sides, but no evidence that the Tutsi side meant to destroy the Hutu as a group.", S),
                s("The UNHCR experts' estimate of 25,000 to 45,000 people killed by RPA soldiers between April and "
                  "August 1994 describes grave crimes that went unpunished; it does not describe a second "
                  "genocide.", S),
                s("Next week: the courts."),
            ],
        ],
    },
    # 4. FAQ of a (fictional) online course.
    {
        "doc": "mooc-faq-week3.txt",
        "title": "FAQ, week 3 — 'Rwanda 1994: Genocide, War and Justice' (open online course)",
        "genre": "MOOC frequently-asked-questions page",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("These answers were put together by the course team from the questions most often posted in the "
               "week 3 discussion forum.")],
            [
                s("When did the genocide begin?"),
                s("Within hours of the shooting down of President Habyarimana's plane near Kigali airport on the "
                  "evening of 6 April 1994.", S),
                s("Roadblocks went up across the capital that night, and the next day government soldiers killed "
                  "the Prime Minister, Agathe Uwilingiyimana.", S),
                s("Since a General Assembly resolution of December 2003, the United Nations has marked 7 April each "
                  "year as an international day of reflection on the genocide.", N),
            ],
            [
                s("How long did it last?"),
                s("ICRC historians date it from 7 April to 17 July 1994, which is strictly 102 days if both ends "
                  "are counted.", S),
                s("The killing ended when the RPF defeated the government army, which had lost Kigali and Butare "
                  "to it on 4 June.", C),
            ],
            [
                s("What was the Arusha agreement?"),
                s("A peace accord signed in Arusha, Tanzania, on 4 August 1992 by President Habyarimana and the RPF "
                  "chairman, Alexis Kanyarengwe.", C),
            ],
            [
                s("Who shot down the plane?"),
                s("No court has ever established it.", S),
                s("A French judge long favoured the theory that the RPF was responsible, while a Rwandan commission "
                  "chaired by Jean Mutsinzi blamed Hutu extremists firing from in or near the Kanombe military "
                  "camp.", S),
                s("The course team's view is that extremists opposed to the Arusha accords fired the missiles.", D),
            ],
            [
                s("How large was the Tutsi minority?"),
                s("The 1991 census counted 7,148,496 residents and registered 8.4 percent of Rwandans as Tutsi.", S),
                s("By early 1994 Tutsi made up around 15 percent of the population.", D),
            ],
            [
                s("How many people survived, and how many children were orphaned?"),
                s("A 2008 census counted 309,368 survivors still alive, defining survivors broadly to include anyone "
                  "targeted between October 1990 and December 1994.", S),
                s("UNICEF said in 2004 that 95,000 children had lost their parents by the end of the genocide.", S),
                s("A more conservative figure is that some 75,000 children were orphaned.", D),
            ],
            [
                s("How many women were raped?"),
                s("Survivors Fund speaks of 250,000 to 500,000 women raped during the hundred days.", S),
                s("A 2009 study by Catrien Bijleveld and two colleagues set a cautious lower bound of a little over "
                  "350,000.", S),
                s("Around half a million women and girls were raped.", D),
            ],
            [
                s("Were there UN troops in Rwanda?"),
                s("Yes: UNAMIR, created by resolution 872 in October 1993 with an authorised strength of 2,500 and "
                  "commanded by the Canadian general Roméo Dallaire until August 1994.", S),
                s("On 21 April 1994 the Security Council cut it to 270, roughly a tenth of its authorised size.", S),
                s("Less than four weeks later, resolution 918 authorised 5,500 troops, but they only began to "
                  "arrive in July and August.", S),
            ],
            [
                s("Where can I visit a memorial?"),
                s("The Kigali Genocide Memorial at Gisozi, inaugurated in April 2004, is the resting place of more "
                  "than 250,000 victims.", N),
                s("In September 2023 UNESCO inscribed it on the World Heritage List, together with the memorials at "
                  "Nyamata, Murambi and Bisesero.", N),
            ],
            [
                s("Did the ICTR try RPF soldiers as well?"),
                s("It did not: of the 93 people it indicted, none was a member of the RPF.", S),
                s("The one RPF case its prosecutor took up, the killing of clergy near Kabgayi in June 1994, was "
                  "handed to Rwanda's military justice in 2008.", S),
            ],
        ],
    },
    # 5. Think-tank policy brief on RPF/RPA crimes and their prosecution (institute invented).
    {
        "doc": "policy-brief-unfinished-justice.txt",
        "title": "Policy brief 14/2026 — Unfinished justice: crimes by RPF soldiers in 1994–1995 and the courts",
        "genre": "think-tank policy brief",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Lakeshore Institute for Transitional Justice, policy brief 14/2026.")],
            [
                s("More than three decades after 1994, the killings of civilians by soldiers of the Rwandan "
                  "Patriotic Army remain almost entirely unpunished.", S),
                s("This brief summarises what is documented, what courts have done, and what could still be "
                  "done."),
            ],
            [
                s("1. What is documented"),
            ],
            [
                s("Experts working for UNHCR in the team led by Robert Gersony estimated in 1994 that RPA soldiers "
                  "had killed between 25,000 and 45,000 people from April to August.", S),
                s("In its 1999 history of the genocide, Human Rights Watch wrote that RPF soldiers may have killed "
                  "tens of thousands of civilians during the four months of fighting.", S),
                s("A former interior minister, cited by the same organisation, estimated some 60,000 people killed "
                  "by RPA soldiers between April 1994 and August 1995, a period three times as long as the Gersony "
                  "team's.", S),
                s("Across the whole of 1994, RPA soldiers killed about 30,000 civilians.", D),
                s("Specific massacres are documented as well: several hundred people in the Byumba stadium in "
                  "mid-April 1994, and fifteen civilians, thirteen of them clergy, near Kabgayi in June.", S),
                s("They were killed on 5 June 1994.", D),
                s("In October 1994 Amnesty International reported that the RPA's violations since April included "
                  "hundreds of deliberate executions, while warning that no comparison was appropriate with the "
                  "scale of the massacres by forces loyal to the former government.", S),
                s("In April 1995, at Kibeho, soldiers opened fire on displaced people as the army closed the camp, "
                  "which held about 110,000 people, by force.", S),
                s("The government gave a toll of 338; senior UN military officials spoke of about 2,000; Australian "
                  "soldiers serving with UNAMIR counted at least 4,000.", S),
                s("The most credible figure is the Australian one: at least 4,000 dead.", D),
                s("For this brief the institute interviewed 41 relatives of people killed at Kibeho.", N),
            ],
            [
                s("2. What the courts have done"),
            ],
            [
                s("The ICTR's mandate covered all serious violations of international humanitarian law in Rwanda in "
                  "1994, yet it never indicted a member of the RPF.", S),
                s("In 2008 the ICTR Prosecutor transferred one RPF case, the Kabgayi killings, to Rwanda's military "
                  "justice.", S),
                s("On 24 October 2008 a military court in Kigali convicted two captains who had pleaded guilty, John "
                  "Butera and Dieudonné Rukeba, and sentenced each to eight years.", S),
                s("It acquitted the two senior officers, Brigadier General Wilson Gumisiriza and Major Wilson "
                  "Ukwishaka.", S),
                s("On appeal in February 2009 the captains' sentences were doubled.", C),
                s("When the ICTR closed its doors in 2012, it had still not issued a single RPF indictment.", C),
                s("The Rwandan military said in 2008 that it had prosecuted 43 soldiers since 1994 for war crimes and "
                  "revenge killings.", S),
                s("By its own account, Rwanda's military justice system had prosecuted soldiers responsible for "
                  "killing about 100 civilians, well under one percent of even the lowest UNHCR estimate.", S),
                s("The gacaca courts, which handled close to two million cases, were not allowed to hear crimes "
                  "committed by RPF soldiers.", S),
            ],
            [
                s("3. The debate"),
            ],
            [
                s("Critics who call the tribunal's record 'victor's justice' point to these numbers, and the numbers "
                  "are on their side."),
                s("The imbalance does not make the crimes equivalent."),
                s("The UN Commission of Experts found that the genocide against the Tutsi was planned, systematic "
                  "and methodical, and found no evidence that Tutsi elements acted with intent to destroy the Hutu "
                  "as a group.", S),
                s("Recording the crimes of RPF soldiers is not denial; leaving them unprosecuted hands deniers their "
                  "favourite argument."),
            ],
            [
                s("4. Recommendations"),
            ],
            [
                s("The Residual Mechanism should open to researchers whatever files the ICTR Prosecutor compiled on "
                  "RPA crimes."),
                s("Rwanda should give independent historians access to its military court records for 1994 and "
                  "1995."),
                s("Donors should fund victim-by-victim documentation for every party to the conflict, counted "
                  "separately."),
            ],
        ],
    },
    # 6. Museum exhibition catalogue entry quoting hate media in order to condemn it (museum invented).
    {
        "doc": "exhibition-catalogue-words-that-killed.txt",
        "title": "Catalogue entry, Room 3 — 'Words that killed': press, radio and song in Rwanda, 1990–1994",
        "genre": "museum exhibition catalogue entry",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Harbourside Museum of Contemporary History, Room 3: newspaper pages, radio transcripts and court "
               "records showing how words prepared the killing and then accompanied it.")],
            [
                s("Case 3.1 — Kangura"),
            ],
            [
                s("In December 1990, in its sixth issue, the newspaper Kangura printed the so-called 'Ten "
                  "Commandments of the Bahutu'.", N),
                rep("Its eighth commandment told Hutu that they 'must cease having pity for the Tutsi'.", N,
                    "call_to_action"),
                rep("The same page described the Tutsi as 'bloodthirsty and power-hungry', bent on imposing their "
                    "rule by force of arms.", N, "dehumanisation", "accusation_in_mirror"),
                s("The paper's editor, Hassan Ngeze, was convicted by the ICTR in December 2003; on appeal his life "
                  "sentence became 35 years.", S),
            ],
            [
                s("Case 3.2 — Radio Télévision Libre des Mille Collines (RTLM)"),
            ],
            [
                s("RTLM began broadcasting on 8 July 1993, almost exactly nine months before the genocide began.", N),
                rep("On 7 and 8 April 1994 its presenters told listeners that the Tutsi were cockroaches and had to "
                    "be killed.", N, "dehumanisation", "call_to_action"),
                rep("Later broadcasts urged listeners to work harder because 'the graves are not full'.", N,
                    "call_to_action"),
                s("Rumours that Belgian soldiers had shot down the president's plane spread across the country, and "
                  "General Dallaire later testified that Bagosora and other senior officials did nothing to stop "
                  "them.", S),
                s("The tribunal's 'Media case' ended on 3 December 2003 with the conviction of Ferdinand Nahimana, a "
                  "founder of RTLM, Jean-Bosco Barayagwiza, a founder of the CDR, and Ngeze.", S),
                s("Four years later the Appeals Chamber reversed Nahimana's genocide conviction and cut his life "
                  "sentence to 30 years, and reduced Barayagwiza's 35 years to 32.", S),
                s("Georges Ruggiu, a Belgian-Italian presenter, pleaded guilty to incitement and was sentenced to "
                  "12 years in June 2000.", S),
                s("Félicien Kabuga, accused of supporting the station's propaganda, never received a verdict: found "
                  "unfit to stand trial, he saw his proceedings stayed indefinitely in 2023.", S),
            ],
            [
                s("Case 3.3 — Speeches and songs"),
            ],
            [
                s("At Kabaya on 22 November 1992, Léon Mugesera, an MRND vice-president for Gisenyi prefecture, "
                  "gave a speech calling for the extermination of the Tutsi.", S),
                s("Deported from Canada in 2012, he was sentenced to life by Rwanda's High Court in April 2016, and "
                  "the Court of Appeal dismissed his appeal in September 2020.", S),
                s("The singer Simon Bikindi was convicted of incitement for urging people on the Kivumu–Kayove road "
                  "in late June 1994 to kill Tutsi; in 2010 the Appeals Chamber reduced his 15-year sentence to "
                  "ten.", C),
                rep("In The Hague in 2013, Yvonne Basebya was convicted of inciting genocide, notably through the "
                    "song 'Tubatsembatsembe', 'let us exterminate them'.", S, "call_to_action"),
                s("She was given twenty years.", C),
            ],
            [
                s("A note to visitors"),
            ],
            [
                s("We show these words so that they can be recognised, never repeated: calling people vermin is the "
                  "step that makes their murder thinkable."),
                s("Sound excerpts in this room are played at low volume, after a spoken warning."),
            ],
        ],
    },
    # 7. Local newspaper's "on this day" column (newspaper invented).
    {
        "doc": "onthisday-column-rwanda-anniversaries.txt",
        "title": "On this day: a year of Rwanda anniversaries from our column (The Millbrook Courier)",
        "genre": "local newspaper 'on this day' column (year-end compilation)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Several readers asked us to collect in one place the Rwanda entries that appeared in our 'On this "
                  "day' column this year."),
                s("Here they are in calendar order, with two corrections at the end."),
            ],
            [s("26 January 2018: The UN General Assembly renames its 7 April day of reflection so that it refers "
               "explicitly to the genocide against the Tutsi.", N)],
            [s("14 March 2014: A Paris court sentences the former intelligence officer Pascal Simbikangwa to 25 "
               "years, the first French conviction for the genocide.", S)],
            [s("7 April 1994: Ten Belgian blue helmets are murdered in Kigali, together with the Prime Minister they "
               "had been sent to protect.", S)],
            [s("April 2004: On the tenth anniversary, the Kigali Genocide Memorial opens its doors at Gisozi.", N)],
            [s("April 21st, 1994: The UN Security Council votes unanimously to shrink its Rwanda force to 270.", S)],
            [s("24 April 1998: Thirty-two people convicted of genocide are executed in public in Rwanda.", C)],
            [
                s("8 June 2001: A Brussels jury sentences four Rwandans, among them two Benedictine nuns from Sovu, "
                  "to terms of 12 to 20 years.", S),
                s("Sister Gertrude, the mother superior, receives 15 years and Sister Maria Kisito 12.", S),
                s("The other two defendants, a former minister and a university professor, receive 20 and 25 "
                  "years.", C),
            ],
            [s("18 June 2012: Rwanda's gacaca courts close after trying 1,958,634 cases.", S)],
            [s("22.06.1994: The Security Council unanimously approves a French-led humanitarian operation.", C)],
            [s("4 July 1994: Kigali falls to the RPF.", S)],
            [
                s("6 July 2016: Two former mayors of Kabarondo, Octavien Ngenzi and Tito Barahira, are sentenced to "
                  "life in Paris for the massacre of Tutsi at Kabarondo church on 13 April 1994.", S),
                s("Exactly two years later an appeal court confirms both life sentences.", S),
            ],
            [s("18 July 1994: The RPF takes Gisenyi, and up to a million people pour across the border into "
               "Goma.", D)],
            [s("19 July 1994: Fifteen days after Kigali fell, a government of national unity is sworn in, with "
               "Pasteur Bizimungu as president and Paul Kagame as prime minister.", C)],
            [s("21 August 1994: The last French troops leave the safe humanitarian zone, handing over to about "
               "2,400 African peacekeepers.", S)],
            [
                s("2 September 1998: Jean-Paul Akayesu, the former mayor of Taba, becomes the first person convicted "
                  "of genocide by an international court.", S),
                s("Two days later the former interim prime minister Jean Kambanda, who had pleaded guilty, is "
                  "sentenced to life.", S),
            ],
            [s("8 November 1994: Resolution 955 creates an international tribunal for Rwanda by thirteen votes to "
               "one, with one abstention.", S)],
            [
                s("Corrections."),
                s("Our 22 June entry described the Security Council vote as unanimous; resolution 929 in fact passed "
                  "with ten votes in favour and five abstentions.", S),
                s("Our 8 June entry first spoke of five defendants in Brussels; there were four.", S),
            ],
        ],
    },
    # 8. French radio interview (station, host and historian invented).
    {
        "doc": "fr-entretien-radio-trente-ans-de-justice.txt",
        "title": "Entretien radiophonique : « Trente ans de justice pour le Rwanda » (retranscription)",
        "genre": "entretien radiophonique (retranscription)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Retranscription de l'émission « Questions d'histoire », diffusée le 7 avril 2026 sur une radio "
                  "associative de la vallée du Rhône."),
                s("ANIMATEUR : Nous sommes le 7 avril, date que l'ONU consacre chaque année à la réflexion sur le "
                  "génocide des Tutsi au Rwanda.", N),
                s("Un génocide qui a fait, il y a trente-deux ans, plus d'un million de morts.", D),
                s("Mon invitée, Claire Dusautoy, historienne du droit, suit depuis vingt ans les procès liés au "
                  "génocide."),
                s("Claire Dusautoy, quand le tribunal d'Arusha a-t-il été créé ?"),
            ],
            [
                s("INVITÉE : Par la résolution 955 du Conseil de sécurité, le 8 novembre 1994, pour juger les crimes "
                  "commis au Rwanda entre le 1er janvier et le 31 décembre 1994.", S),
                s("Il a ouvert son premier procès en 1997 et a fermé le 31 décembre 2015.", S),
                s("ANIMATEUR : Et le premier jugement, c'est celui de Jean-Paul Akayesu ?"),
                s("INVITÉE : Oui : le 2 septembre 1998, ce bourgmestre de Taba devient le premier condamné pour "
                  "génocide par une juridiction internationale.", S),
                s("Il est condamné à trente ans de prison, peine confirmée en appel en 2001.", C),
                s("ANIMATEUR : Trente ans, vraiment ?"),
                s("Mes notes parlent de perpétuité."),
                s("INVITÉE : Vous avez raison, je me suis trompée : la perpétuité, prononcée le 2 octobre 1998 et "
                  "confirmée le 1er juin 2001.", S),
                s("Deux jours après le verdict Akayesu, Jean Kambanda, Premier ministre du gouvernement intérimaire, "
                  "qui avait plaidé coupable, reçoit lui aussi la perpétuité.", S),
            ],
            [
                s("ANIMATEUR : Quel bilan chiffré pour le TPIR ?"),
                s("INVITÉE : Quatre-vingt-treize personnes mises en accusation, soixante et une condamnées, quatorze "
                  "acquittées.", S),
                s("Parmi les acquittés figurent des ministres du gouvernement intérimaire : André Ntagerura en 2004, "
                  "Casimir Bizimungu et Jérôme-Clément Bicamumpaka en 2011.", S),
                s("Théoneste Bagosora, condamné à la perpétuité en 2008, a vu cette peine confirmée en appel.", C),
                s("Et le tribunal n'a jamais poursuivi le moindre membre du FPR, ce que Human Rights Watch lui "
                  "reprochait déjà en 2008.", S),
                s("ANIMATEUR : Quelle a été sa dernière décision ?"),
                s("INVITÉE : L'arrêt d'appel du procès dit « de Butare », le 14 décembre 2015, qui ramène à 47 ans "
                  "la perpétuité de Pauline Nyiramasuhuko, ancienne ministre de la Famille.", S),
                s("Quatre ans plus tôt, elle était devenue la première femme condamnée pour génocide par une "
                  "juridiction internationale.", N),
            ],
            [
                s("ANIMATEUR : Et en France ?"),
                s("INVITÉE : Le premier procès, celui de l'ancien officier de renseignement Pascal Simbikangwa, a eu "
                  "lieu à Paris en 2014 : vingt-cinq ans de réclusion, peine confirmée en appel en décembre 2016.", S),
                s("Laurent Bucyibaruta, ancien préfet de Gikongoro, a été condamné à vingt ans en 2022, mais il est "
                  "mort en décembre 2023 avant son procès en appel, si bien que sa condamnation n'est jamais devenue "
                  "définitive.", S),
                s("Le médecin Sosthène Munyemana a été condamné à la perpétuité en décembre 2023, peine confirmée en "
                  "appel en octobre 2025.", C),
            ],
            [
                s("ANIMATEUR : L'enquête française sur l'attentat du 6 avril 1994 est close, elle aussi.", S),
                s("INVITÉE : Oui : non-lieu en décembre 2018, confirmé par la cour d'appel de Paris en juillet 2020, "
                  "pourvois des familles rejetés par la Cour de cassation en février 2022.", S),
                s("Les juges ont estimé les charges insuffisantes, les témoignages étant largement contradictoires "
                  "ou invérifiables.", S),
                s("Pour ma part, je suis convaincue que les missiles ont été tirés depuis le camp de Kanombe.", D),
                s("ANIMATEUR : Un mot du rapport Duclert ?"),
                s("INVITÉE : Remis à Emmanuel Macron le 26 mars 2021, il retient des responsabilités « lourdes et "
                  "accablantes » de la France, mais pas de complicité au sens juridique.", S),
                s("ANIMATEUR : Merci, Claire Dusautoy."),
            ],
        ],
    },
    # 9. French encyclopedic notice on Kibeho (documents killings by RPA soldiers).
    {
        "doc": "fr-notice-kibeho-1994-1995.txt",
        "title": "Kibeho (camp de déplacés, 1994-1995) — notice encyclopédique",
        "genre": "notice encyclopédique",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Kibeho est une localité de l'ancienne préfecture de Gikongoro, dans le sud-ouest du Rwanda.", S)],
            [
                s("Contexte"),
            ],
            [
                s("Au lendemain de la prise de Kigali par le FPR, le 4 juillet 1994, l'opération Turquoise déclare "
                  "une zone humanitaire sûre entre Cyangugu, Kibuye et Gikongoro.", S),
                s("Gisenyi, au nord-ouest, tombe le 18 juillet.", D),
                s("Des camps de déplacés subsistent dans l'ancienne zone après le départ des Français ; celui de "
                  "Kibeho est le plus grand.", S),
                s("Selon Médecins sans frontières, il abrite 110 000 personnes en avril 1995 ; l'agence AP avance le "
                  "chiffre de 120 000.", S),
                s("Le camp avait été installé par l'armée française dès 1993.", C),
            ],
            [
                s("Le massacre du 22 avril 1995"),
            ],
            [
                s("En avril 1995, le nouveau gouvernement décide de fermer les camps par la force.", S),
                s("Le 22 avril, des soldats de l'Armée patriotique rwandaise (APR) ouvrent le feu sur la foule des "
                  "déplacés.", S),
                s("Le nombre des victimes reste discuté.", S),
                s("Le gouvernement rwandais a annoncé 338 morts.", S),
                s("Des responsables militaires de l'ONU ont parlé d'environ 2 000 tués, y compris des personnes "
                  "piétinées dans la panique, et de plus de 600 blessés.", S),
                s("Des soldats australiens de la MINUAR présents sur place ont estimé qu'au moins 4 000 personnes "
                  "avaient été tuées.", S),
                s("En réalité, près de 4 000 personnes ont péri ce jour-là.", D),
                s("Le massacre survient un an jour pour jour après le début du génocide.", C),
            ],
            [
                s("Suites judiciaires"),
            ],
            [
                s("Le TPIR, dont la compétence s'arrêtait au 31 décembre 1994, ne pouvait pas juger ces faits.", S),
                s("Il n'a d'ailleurs poursuivi aucun membre du FPR pour les crimes de 1994, que l'équipe du HCR "
                  "dirigée par Robert Gersony chiffrait à 25 000 à 45 000 tués entre avril et août.", S),
                s("Un ancien ministre de l'Intérieur a avancé, pour la période d'avril 1994 à août 1995, le chiffre "
                  "de 60 000 morts.", S),
                s("Voir aussi : opération Turquoise ; Armée patriotique rwandaise ; Gikongoro."),
            ],
        ],
    },
    # 10. FIXTURE: own-voice denial (podcast show notes, invented).
    {
        "doc": "fixture-denial-podcast-show-notes.txt",
        "title": "TEST FIXTURE (invented denial text, not a quotation): podcast show notes",
        "genre": "podcast show notes (test fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Episode 41 show notes: the Rwanda story they don't want you to hear.")],
            [
                own("The so-called 'genocide' was a civil war in which both sides killed, nothing more.", C,
                    "definitional_denial", "double_genocide"),
                own("At most 40,000 Tutsi died, and most of them were caught in the crossfire.", C, "minimisation"),
                own("The killings after 6 April were the spontaneous fury of peasants who had just lost their "
                    "president, not the work of any plan.", C, "spontaneity", "justification"),
                own("Even the UN's own Commission of Experts found no evidence of planning.", C, "spontaneity"),
            ],
            [
                own("It was the RPF that shot down the plane, as everyone in the region knows.", D, "blame_shifting"),
                own("Then the RPF murdered just as many Hutu, a second genocide that nobody is allowed to mention.", C,
                    "double_genocide"),
                own("The 'witnesses' flown to Arusha were coached by Kigali, and the tribunal simply rubber-stamped "
                    "their scripts.", N, "attack_on_witnesses", "fabrication"),
                own("The million-dead figure was invented by the new regime to keep foreign aid flowing.", N,
                    "fabrication"),
            ],
            [s("Subscribe and share before this episode disappears.")],
        ],
    },
    # 11. FIXTURE: own-voice incitement (imitation leaflet, invented).
    {
        "doc": "fixture-incitement-leaflet.txt",
        "title": "TEST FIXTURE (invented incitement text, not a quotation): imitation of a 1994-style leaflet",
        "genre": "incitement leaflet (test fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Citizens of the commune, wake up!", None, "call_to_action"),
                own("The cockroaches living among us are preparing to slaughter our families in their beds.", None,
                    "dehumanisation", "accusation_in_mirror"),
                own("Their army invaded from Uganda on 1 October 1990, and every drop of blood since is on their "
                    "hands.", S, "blame_shifting", "role_reversal"),
                own("Whatever befalls them now is nothing but self-defence.", None, "justification", "role_reversal"),
            ],
            [
                s("The UN will not save them: the Security Council has already cut its force to a few hundred "
                  "men.", S),
                own("Do not wait for orders: go to the roadblocks tonight and let none of them pass.", None,
                    "call_to_action"),
                own("Whoever hides one of them is a traitor and will share their fate.", None, "call_to_action"),
            ],
        ],
    },
    # 12. FIXTURE: composite, a scholarly review spliced with own-voice denial (invented).
    {
        "doc": "fixture-denial-spliced-book-review.txt",
        "title": "TEST FIXTURE (invented composite, not a quotation): book review spliced with denial",
        "genre": "book review (spliced composite, test fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("Review: a new history of the refugee crises of 1994.")],
            [
                s("The author opens with the exodus of 28 and 29 April 1994, when UNHCR counted more than 250,000 "
                  "people crossing into Tanzania in a single day.", S),
                s("She handles the Goma figures with care, setting the Goma Epidemiology Group's 500,000 to 800,000 "
                  "arrivals beside the million reported by other sources.", S),
                s("Her chapter on the cholera epidemic, with its 36,471 recorded cases and its peak on 26 July, is "
                  "the best I have read.", S),
                s("She also reminds readers that in December 1994 the UN Commission of Experts concluded that "
                  "genocide had been committed against the Tutsi.", S),
            ],
            [
                own("Where the book fails is in swallowing that conclusion whole.", None, "definitional_denial"),
                own("What happened in 1994 was a 'genocide' only in the minds of the victors who wrote the "
                    "history.", C, "definitional_denial"),
                own("The real mass killing happened in the camps of Zaire, where the RPF's friends let hundreds of "
                    "thousands of Hutu die.", C, "double_genocide", "blame_shifting"),
                own("The Arusha judgments only repeat a script written in Kigali, and the survivors who testified "
                    "were paid to recite it.", N, "fabrication", "attack_on_witnesses"),
                s("Buy the book for its maps and tables, and ignore its conclusions."),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
