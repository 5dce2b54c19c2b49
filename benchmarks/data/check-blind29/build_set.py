"""Source of the TWENTY-NINTH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind29/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind29/build_set.py --check  # validate the files already written

Held out: written 2026-11-29 (session 26) to measure generalisation, not to tune against. Genres new to the
blind sets as far as their file names show: a museum audio-guide script quoting hate media, a court-watch
newsletter on the Brussels "Butare Four" trial, a university seminar handout on how the dead were counted, a Q&A
explainer on the attack on the plane and the French investigation, a foreign minister's commemoration speech, a
wire obituary of a convicted colonel, a think-tank commentary on the ICTR's selectivity, a human-rights report
section on RPF/RPA killings, a French regional newspaper's "dossier" on gacaca and the trials, and three short
fixtures (lecture notes with a denial addendum spliced on, a French denial leaflet, an open letter mixing role
reversal with incitement). Its author did not read the detectors (src/factfinder/check/), their rules,
exemplars or training data, nor any earlier set's documents, labels or build script (only
benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, and the first 40
lines of check-blind5's build script and README as a template). Verdicts were first decided against
benchmarks/data/record/ (events.yaml, entities.yaml, gold.json, README.md), examples/ (FACTS.md and the sample
documents) and src/factfinder/data/reference/; benchmarks/data/record/ was read by mistake (it is not part of the
record `factfinder demo` builds). In session 27 the verdicts were audited against the demo record (examples/, the
reference pack, src/factfinder/data/proceedings/rwanda1994_proceedings.csv); each changed verdict carries a
"session 27 audit" comment. Keep it that way: do not copy these sentences into rules, exemplars or training data,
and do not tune against this set.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and a voice per
sentence): see ../labelled_set.py. README.md gives the documents, the labelling decisions and the sources of the
facts outside the record.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with


DOCS: list[dict] = [
    # 1. Museum audio-guide script (invented museum and gallery; hate media quoted in reported voice).
    {
        "doc": "audioguide-memory-museum-gallery-three.txt",
        "title": "Audio guide, Gallery Three: Words, Roads, Churches (tracks 301-306)",
        "genre": "museum audio-guide script",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s('Audio guide, Gallery Three: "Words, Roads, Churches". Track 301.'),
                s("Welcome. You are standing at the entrance to the gallery on the genocide against the Tutsi in "
                  "Rwanda, which the voices on this guide will follow from April to July 1994."),
                s("Press the number shown beside each display case to hear its track; each lasts about two minutes."),
            ],
            [
                s("Track 302."),
                s("The first case holds a fragment of aircraft paint and the front page of a newspaper printed the "
                  "following morning."),
                # session 27 audit: was supported; the number aboard (and the summit city) only in
                #   benchmarks/data/record (extraction documents), not in the demo record.
                s("On the evening of Wednesday 6 April 1994, the Falcon 50 bringing President Juvénal Habyarimana "
                  "home from a summit in Dar es Salaam was hit as it came in to land at Kigali, and none of the twelve "
                  "people aboard survived.", N),
                s("Who fired on the plane is still argued over today; no court has ever settled it.", S),
                s("Within hours, roadblocks went up across the capital, and soldiers, presidential guards and "
                  "militiamen began hunting down Tutsi and members of the opposition.", S),
            ],
            [
                s("Track 303."),
                s("The wall in front of you reproduces pages of the newspaper Kangura and transcripts of Radio "
                  "Télévision Libre des Mille Collines, known as RTLM."),
                s('Kangura first appeared in May 1990, and its sixth issue, in December of that year, printed the '
                  'so-called "Ten Commandments of the Hutu".', N),
                rep('The eighth of them reads: "Hutus must cease having pity for the Tutsi."', N, "call_to_action"),
                s("RTLM went on air in July 1993 and kept broadcasting until the end of July 1994.", N),
                rep('In the first days of the killing its presenters told listeners: "You have to kill them, they '
                    'are cockroaches."', N, "dehumanisation", "call_to_action"),
                rep('Another broadcast announced that "the graves are not full".', N, "call_to_action"),
                s("Calling neighbours insects was not a figure of speech; it was the instruction that came before "
                  "the machete."),
                s("In December 2003 the Tribunal in Arusha convicted two founders of RTLM, Ferdinand Nahimana and "
                  "Jean-Bosco Barayagwiza, together with Kangura's editor, Hassan Ngeze, of genocide and of direct "
                  "and public incitement to commit genocide.", S),
                # session 27 audit: was supported; the presiding judge's words only in benchmarks/data/record
                #   (extraction documents), not in the demo record.
                s('The presiding judge, Navanethem Pillay, said that if the death of President Habyarimana was the '
                  'trigger, then RTLM, Kangura and the CDR party were "the bullets and the gun".', N),
                s("On appeal in November 2007 the sentences became thirty years for Nahimana, thirty-two for "
                  "Barayagwiza and thirty-five for Ngeze.", S),
            ],
            [
                s("Track 304."),
                s("The photographs on this wall come from churches in Bugesera, south of Kigali, where thousands "
                  "sought sanctuary."),
                # session 27 audit: was supported; the Nyamata toll and date only in benchmarks/data/record
                #   (extraction documents), not in the demo record.
                s("At Nyamata, around ten thousand people were killed at the church on 11 April 1994.", N),
                # session 27 audit: was supported; the Nyamata memorial count only in benchmarks/data/record
                #   (extraction documents), not in the demo record.
                s("The memorial there now holds the remains of more than forty-five thousand victims.", N),
                # session 27 audit: was supported; the Ntarama killings only in benchmarks/data/record (extraction
                #   documents), not in the demo record.
                s("Three or four days later, on 14 or 15 April, several thousand more died in the church at "
                  "Ntarama.", N),
                # session 27 audit: was supported; the 1992 Bugesera killings only in benchmarks/data/record
                #   (extraction documents), not in the demo record.
                s("Bugesera had been warned: in 1992, about 667 Tutsi were murdered there, two years before the "
                  "genocide.", N),
                # session 27 audit: was supported; the count and the memorial figure only in benchmarks/data/record
                #   (extraction documents), not in the demo record (the proceedings table names the parish massacre
                #   only).
                s("In the east, at Nyarubuye parish, the bourgmestre had the refugees counted on 12 April; the "
                  "memorial there holds the remains of more than 35,000 people killed at the parish.", N),
            ],
            [
                s("Track 305."),
                # session 27 audit: was supported; the gathering date only in benchmarks/data/record (extraction
                #   documents), not in the demo record.
                s("At Murambi, in Gikongoro, Tutsi who had been promised protection gathered at a newly built "
                  "technical school from 16 April.", N),
                # session 27 audit: was supported; the water cut and the 16 April anchor of 'five days later' only in
                #   benchmarks/data/record (extraction documents), not in the demo record (the proceedings table gives
                #   only the 21 April date).
                s("The water was cut off, and the assault came on 21 April, five days later.", N),
                # session 27 audit: was disputed; the Murambi toll and its competing counts only in
                #   benchmarks/data/record (extraction documents), not in the demo record; the demo record has no
                #   Murambi toll, so no dispute.
                s("Some forty-five thousand people were killed at the school.", N),
                # session 27 audit: was supported; the memorial's founding only in benchmarks/data/record (extraction
                #   documents), not in the demo record.
                s("The memorial at Murambi was founded on the first anniversary of the massacre, 21 April 1995.", N),
                # session 27 audit: was supported; the Bisesero refugee count only in benchmarks/data/record
                #   (extraction documents), not in the demo record.
                s("In the hills of Bisesero, in Kibuye, some fifty thousand people had taken refuge in April.", N),
                # session 27 audit: was supported; the patrol and rescue dates only in benchmarks/data/record
                #   (extraction documents), not in the demo record.
                s("When a French patrol found about a hundred survivors there on 27 June, it left again, and help "
                  "came only on 30 June.", N),
                # session 27 audit: was supported; the survivors' count only in benchmarks/data/record (extraction
                #   documents), not in the demo record.
                s("In those three days more than a thousand of them were killed, according to the survivors.", N),
            ],
            [
                s("Track 306."),
                s("The killing ended only when the Rwandan Patriotic Front defeated the government army in July; its "
                  "troops took Kigali on 4 July 1994.", S),
                s("They reached Gisenyi, on the border with Zaire, on 16 July.", D),
                s("A government of national unity took office in Kigali on 19 August.", C),
                s("The hundred days had taken the lives of roughly one million people.", D),
                s("Please continue to Gallery Four, where the museum presents the trials that followed."),
            ],
        ],
    },
    # 2. Court-watch newsletter on the Brussels trial of 2001 (invented newsletter).
    {
        "doc": "courtwatch-newsletter-brussels-assizes.txt",
        "title": "Court Watch Benelux, issue 41: the Butare Four trial, looking back",
        "genre": "court-watch newsletter (Belgian trial)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("COURT WATCH BENELUX · Issue 41 · Universal jurisdiction files"),
            ],
            [
                s("This issue looks back at the first trial of the Rwandan genocide held before a jury in Belgium, "
                  "and at what followed in neighbouring courts."),
            ],
            [
                s("The case was heard by a jury in Brussels in the spring of 2001.", S),
                s("After roughly eight weeks of hearings, the twelve jurors had to answer fifty-five questions put by "
                  "the presiding judge, Luc Maes.", N),
                s("On 8 June 2001 the court sentenced the four defendants, among them two Benedictine sisters from "
                  "the convent at Sovu, near Butare, to prison terms of between twelve and twenty years.", S),
                # session 27 audit: was not_in_record; the proceedings table (be-higaniro) gives his 20 years, former
                #   minister, match factory; the longest of the four.
                s("The longest term, twenty years, went to Alphonse Higaniro, a former minister who ran a match "
                  "factory.", S),
                # session 27 audit: was not_in_record; the proceedings table (be-mukangango, be-mukabutera) gives 15
                #   and 12 years and her role.
                s("Sister Gertrude, the convent's mother superior, received fifteen years and Sister Maria Kisito "
                  "twelve.", S),
                # session 27 audit: was not_in_record; the proceedings table (be-ntezimana) gives 12 years and five of
                #   nine counts.
                s("The university lecturer Vincent Ntezimana, found guilty on five of the nine counts against him, "
                  "was also given twelve years.", S),
                s("The prosecution had asked the jury for life imprisonment.", N),
                s("The case rested on a Belgian law of 1993 allowing the courts to try grave breaches of the Geneva "
                  "Conventions wherever they were committed.", N),
                s("The Court of Cassation rejected the appeals of the two nuns and of Higaniro on 9 January 2002; "
                  "Ntezimana had not appealed.", N),
                s("Belgium, which had lost twelve of its peacekeepers in Kigali on 7 April 1994, followed the "
                  "hearings closely.", C),
            ],
            [
                s("Brussels was not quite the first European court to try a Rwandan for the crimes of 1994: a Swiss "
                  "military tribunal had already convicted one.", S),
                s("France was slower."),
                s("Its first conviction came only in March 2014, when a Paris court sentenced Pascal Simbikangwa, a "
                  "former intelligence officer, to twenty-five years.", S),
                s("That was almost thirteen years after the Brussels verdict.", S),
                s("An appeal court reduced his sentence to fifteen years in December 2016.", C),
                # session 27 audit: was supported; the arrest, its place and the 1997 indictment are only in
                #   benchmarks/data/record (extraction documents), not in the demo record; the proceedings table has
                #   only the stay of proceedings.
                s("In May 2020 the French police arrested Félicien Kabuga, under indictment by the Arusha tribunal "
                  "since 1997, at Asnières-sur-Seine near Paris.", N),
                # session 27 audit: was supported; the reward only in benchmarks/data/record (extraction documents),
                #   not in the demo record.
                s("The United States had offered a reward of five million dollars for his capture.", N),
            ],
            [
                s("Background box."),
                s("The international tribunal in Arusha, set up by the Security Council in 1996, could only try "
                  "crimes committed during the calendar year 1994.", C),
                s("By the time it closed at the end of 2015 it had indicted 93 people and convicted 61.", S),
                s("National courts such as the one in Brussels carried the cases the tribunal never reached."),
                s("Our next issue turns to the Swiss files."),
            ],
        ],
    },
    # 3. University seminar handout on counting the dead (invented course and lecturer).
    {
        "doc": "seminar-handout-counting-the-dead.txt",
        "title": "HIST 3412, week 7 handout: how the dead of 1994 were counted",
        "genre": "university seminar handout",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("HIST 3412, Political Violence in the Great Lakes · Week 7 handout (Dr. Ilse Marendaz): how the "
                  "dead of 1994 were counted"),
            ],
            [
                s("Read this sheet before the seminar; the questions at the end are for group work."),
            ],
            [
                s("1. Early counts."),
                s("On 19 April 1994, less than two weeks in, Human Rights Watch told the Security Council that "
                  "humanitarian organisations estimated up to 100,000 dead.", S),
                s("By early May, Amnesty International's estimate had reached almost 200,000.", S),
                s("Six weeks into the killing, Human Rights Watch/Africa wrote of at least 200,000 and perhaps as "
                  "many as half a million civilians slain.", S),
                s("Radio Muhabura, the RPF's station, spoke of 500,000 in May 1994 and then, a few days later, of "
                  "300,000.", S),
            ],
            [
                s("2. The demographic route."),
                s("In Leave None to Tell the Story (1999), Human Rights Watch and FIDH started from the 1991 census, "
                  "which registered 8.4 percent of the population as Tutsi.", S),
                s("By comparison, applying that share to the census's Rwandan nationals gives about 900,000 Tutsi "
                  "in 1991.", C),
                s("The demographer William Seltzer projected the census forward to about 657,000 Tutsi living in "
                  "Rwanda on 6 April 1994.", S),
                s("Subtracting some 150,000 survivors leaves about 507,000 Tutsi killed.", S),
                s("Check the arithmetic yourselves: 507,000 is roughly 77 percent, about three in four, of "
                  "657,000.", S),
                s("The report's overall conclusion was that at least half a million people were killed in the "
                  "genocide.", S),
                s("Alison Des Forges, its principal author, died in February 2009.", N),
                s("She had appeared as an expert witness in eleven genocide trials at the Arusha tribunal.", N),
                s("Critics of the census hold that it under-counted the Tutsi, some of whom were registered as "
                  "Hutu.", S),
                s("Human Rights Watch's 1995 world report, by contrast, put the Tutsi at about 15 percent of the "
                  "7.2 million people living in Rwanda in early 1994.", S),
                s("On that share, Rwanda's Tutsi would have numbered a little over a million.", S),
            ],
            [
                s("3. Counting names."),
                s("The Rwandan government's census of victims, begun in July 2000, ended in a final report of "
                  "November 2002 with a total of 1,074,017 dead.", S),
                s("That count ran from 1 October 1990, not from April 1994, to the end of 1994.", S),
                s("The report classed 93.7 percent of them as Tutsi.", S),
                s("In 2004 the Ministry of Youth, Culture and Sports announced 937,000 victims whose names, ages and "
                  "places of birth had been established.", S),
                s("The gap between the two government figures is therefore some 137,000 people.", S),
                s("Luc Reydams has argued that the official toll roughly doubles the real number of genocide "
                  "victims.", S),
                s("The UN's Independent Inquiry of December 1999, for its part, spoke of about 300,000 killed.", C),
            ],
            [
                s("4. What we can and cannot say."),
                s("Marijke Verpoorten's 2005 study of Gikongoro found that a Tutsi there had on average a one-in-four "
                  "chance of surviving, lower for men than for women.", S),
                s("Her later work, in 2020, judged a range of 560,000 to 660,000 Tutsi deaths plausible.", S),
                s("The 800,000 of a UN expert, often quoted, in fact covered deaths from all causes between April "
                  "and July 1994.", S),
                s("The government's total, a little over a million from 1990 to 1994, is more than double Human "
                  "Rights Watch's minimum of half a million.", S),
                s("For the purposes of this course, take it that about 800,000 people were murdered in the "
                  "genocide.", D),
            ],
            [
                s("Questions for discussion."),
                s("(a) Why do counts that start in 1990 and counts that start in April 1994 not measure the same "
                  "thing?"),
                s("(b) What would it take for the 1991 census to be wrong by a factor of two?"),
            ],
        ],
    },
    # 4. Q&A explainer on the attack on the plane (denial claims quoted in reported voice).
    {
        "doc": "qa-explainer-who-shot-down-the-plane.txt",
        "title": "Explainer: who shot down President Habyarimana's plane, and what did the courts decide?",
        "genre": "Q&A explainer",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Explainer: who shot down President Habyarimana's plane, and what did the courts decide?"),
                s("The question still circulates on social media, usually with a confident answer attached."),
                s("Here is what is known, what is disputed and what the French courts concluded."),
            ],
            [
                s("What happened on 6 April 1994?"),
                s("Shortly before landing at Kigali that evening, the presidential Falcon 50 was brought down, "
                  "killing everyone on board, the two presidents and a French crew of three among them.", S),
                # session 27 audit: was supported; the ages and the coup only in benchmarks/data/record (extraction
                #   documents), not in the demo record.
                s("Habyarimana, who had ruled since a coup in 1973, was 57; Cyprien Ntaryamira, president of Burundi "
                  "only since January, was 38.", N),
                s("The aircraft was flying back from peace talks in Nairobi.", C),
                # session 27 audit: was supported; the official's statement only in benchmarks/data/record (extraction
                #   documents), not in the demo record.
                s("A government official at the airport said that night that two rockets had struck the plane.", N),
            ],
            [
                s("Who fired?"),
                s("Nobody knows for certain, and no court has ever named a culprit.", S),
                s("The weight of the technical evidence points to the Kanombe area, held by the government army.", D),
                rep("Some posts state flatly that the RPF shot the plane down to seize power and that the massacres "
                    "that followed were an understandable reaction.", D, "blame_shifting", "justification"),
                s("Others say, just as flatly, that Hutu extremists in the army fired from the Kanombe camp to wreck "
                  "the Arusha agreement.", D),
                s("Neither statement has been established in court."),
            ],
            [
                s("What did the French investigation do?"),
                s("The families of the French crew filed a complaint in 1998.", S),
                s("Judge Jean-Louis Bruguière pursued the RPF hypothesis and, between 20 and 24 November 2006, issued "
                  "nine international arrest warrants against people close to Paul Kagame.", S),
                s("Kigali broke off diplomatic relations with Paris at once; they were restored three years later, on "
                  "29 November 2009.", S),
                s("In January 2010 a Rwandan commission chaired by Jean Mutsinzi blamed Hutu extremists firing from "
                  "in or near the Kanombe military camp.", S),
                s('Filip Reyntjens attacked that report as "A Fake Inquiry on a Major Event" in an analysis '
                  'published in May 2010.', S),
                s("On 10 January 2012 the judges then in charge, Marc Trévidic and Nathalie Poux, gave the parties an "
                  "experts' report running to more than 300 pages.", S),
                s("As reported at the time, it found that a Soviet-made portable surface-to-air missile hit the "
                  "plane, that a second one missed, and that the shots came from around Kanombe, an area then held "
                  "by the government army.", S),
            ],
            [
                s("How did it end?"),
                s("On 21 December 2018 the judges dismissed the case against the nine people under investigation for "
                  "lack of sufficient charges, describing the testimony against them as largely contradictory or "
                  "unverifiable.", S),
                s("The investigating chamber of the Paris Court of Appeal confirmed the dismissal on 3 July 2020.", S),
                s("The Court of Cassation rejected the families' last appeals on 15 February 2022.", S),
                s("In all, the French case lasted less than twenty years.", C),
            ],
            [
                s("Does the answer change what happened next?"),
                s("No."),
                s("Whoever fired, the preparation of the genocide is documented by other evidence: the UN Commission "
                  "of Experts found in December 1994 that acts of genocide against the Tutsi had been committed in a "
                  "concerted, planned, systematic and methodical way.", S),
                # session 27 audit: was supported; the conspiracy acquittal of the four only in benchmarks/data/record
                #   (extraction documents), not in the demo record.
                s("The ICTR's Military I judgment of December 2008 acquitted all four accused of conspiring to commit "
                  "genocide before 7 April 1994, a point often quoted without the convictions that came with it.", N),
                s('In March 2021 a French historians\' commission chaired by Vincent Duclert found that France bore '
                  '"heavy and overwhelming responsibilities", while ruling out complicity in the legal sense.', S),
            ],
        ],
    },
    # 5. Commemoration speech by a foreign minister (invented minister and unnamed country).
    {
        "doc": "speech-foreign-minister-commemoration.txt",
        "title": "Address by the Minister for Foreign Affairs at the 7 April commemoration (transcript)",
        "genre": "commemoration speech by a foreign minister",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Address by the Minister for Foreign Affairs, Ms Ingrid Valcourt-Mensah, at the commemoration held "
                  "at the embassy in Kigali on 7 April (transcript as delivered)."),
                s("Excellencies, survivors, friends."),
            ],
            [
                s("Since December 2003 the United Nations General Assembly has marked this day, the seventh of "
                  "April, as an international day of reflection.", N),
                s("Thirty-two years ago today the killing had already begun in the streets of Kigali.", S),
                s("That day soldiers murdered the Prime Minister, Agathe Uwilingiyimana, a moderate Hutu, and the ten "
                  "Belgian peacekeepers who had been guarding her.", S),
                # session 27 audit: was supported; the named victim only in benchmarks/data/record (extraction
                #   documents), not in the demo record.
                s("The politicians who should have led the country were hunted down the same day, among them the "
                  "president of the Constitutional Court, Joseph Kavaruganda.", N),
            ],
            [
                s("I want to speak about what the international community knew and what it did."),
                s("The United Nations mission, UNAMIR, had been created by resolution 872 in October 1993 with an "
                  "authorised strength of 2,500.", S),
                s("Its commander, the Canadian general Roméo Dallaire, had been told by an informant of a plan to "
                  "kill Belgian soldiers and of hidden stocks of weapons.", S),
                s("When he sought to act, headquarters in New York told him he had no authority to do so.", S),
                s("On 21 April 1994 the Security Council voted unanimously to cut the force to 270.", S),
                s("Nearly nine in every ten of the authorised blue helmets were thus to go.", S),
                s("Less than four weeks later, on 17 May, resolution 918 authorised a force of 5,500, more than twice "
                  "the original strength.", S),
                s("The Council did not even impose an arms embargo until the following year.", C),
            ],
            [
                s("By July, when the Rwandan Patriotic Front took Kigali, some eight hundred thousand people were "
                  "dead.", D),
                s("Between a quarter and half a million women had been raped, and some 95,000 children orphaned.", D),
                s("When the RPF reached Gisenyi on 18 July, about a million people fled across the border to Goma.",
                  D),
                s("Within a month, cholera and dysentery had killed some fifty thousand of them in the camps.", D),
                s("Human Rights Watch, after the most careful study we have, concluded that at least half a million "
                  "were killed, about three quarters of the Tutsi of Rwanda.", S),
                s("The Security Council created the International Criminal Tribunal for Rwanda on 8 November 1994, by "
                  "thirteen votes to one, with one abstention.", S),
                s("Its judgment against Jean-Paul Akayesu, on 2 September 1998, was the first for genocide by any "
                  "international court.", S),
                s("Four days later it sentenced the former interim prime minister, Jean Kambanda, to life "
                  "imprisonment.", C),
                s("Rwanda's community courts, the gacaca, tried close to two million cases before they closed in "
                  "June 2012.", S),
            ],
            [
                s("Remembering also means refusing the lies."),
                s('Some still speak of "tribal clashes" or of two genocides; we reject these words, because the UN '
                  'Commission of Experts found no evidence that the crimes of the other side were meant to destroy '
                  'the Hutu as a group.', S),
                s("We also owe the truth about the crimes committed by soldiers of the RPF, whom UNHCR experts held "
                  "responsible for between 25,000 and 45,000 deaths from April to August 1994.", S),
                s("Saying so denies nothing."),
                s("In 2018 the General Assembly renamed this day the International Day of Reflection on the 1994 "
                  "Genocide against the Tutsi in Rwanda.", N),
                s("Thank you."),
            ],
        ],
    },
    # 6. Wire obituary of a person convicted by the ICTR (invented agency name).
    {
        "doc": "wire-obituary-convicted-colonel.txt",
        "title": "Théoneste Bagosora, colonel convicted over the 1994 genocide, dies in Mali",
        "genre": "wire-service obituary of a convicted person",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("BAMAKO, Sept 26 (Meridian Wire) - Théoneste Bagosora, the former Rwandan army colonel convicted by "
                  "the UN tribunal for the 1994 genocide, has died in Mali, where he was serving his sentence.", N),
                s("He was 80.", N),
                s("The UN mechanism that took over the tribunal's work confirmed that he died in a hospital in "
                  "Bamako on Saturday.", N),
            ],
            [
                # session 27 audit: was supported; the finding only in benchmarks/data/record (extraction documents),
                #   not in the demo record; the demo record gives only his post (directeur de cabinet).
                s("In April 1994 Bagosora was the highest authority in the Ministry of Defence.", N),
                s("Like President Juvénal Habyarimana, he came from Gisenyi, in the north-west.", N),
                s("On the night the president's plane was shot down he was in charge of a meeting of senior officers, "
                  "according to the UN force commander, Roméo Dallaire, and refused to accept the authority of Prime "
                  "Minister Agathe Uwilingiyimana.", S),
                s('Testifying in Arusha in January 2004, Dallaire said he had never seen anyone "so calm and so at '
                  'ease" with what was happening, and that at their last meeting, in late June 1994, Bagosora '
                  'threatened him with a pistol.', S),
                s('Prosecutors called him the "mastermind" of the genocide.', S),
                s("His counsel, Raphaël Constant, suggested in cross-examination that Dallaire had been biased in "
                  "favour of the Tutsi and the RPF.", S),
            ],
            [
                s("Bagosora had fled to Cameroon, where he was arrested in March 1996.", N),
                s("His trial, with three other senior officers, opened in April 2002 and lasted until 2007.", N),
                s("Bagosora pleaded not guilty to all twelve charges against him.", N),
                # session 27 audit: was supported; the presiding judge only in benchmarks/data/record (extraction
                #   documents), not in the demo record.
                s("On 18 December 2008 a chamber presided over by Judge Erik Møse convicted him of genocide, crimes "
                  "against humanity and war crimes and sentenced him to life imprisonment.", N),
                s("The verdict came barely a year after Dallaire's testimony.", C),
                # session 27 audit: was supported; the Kigali and Gisenyi killings of 6-9 April only in
                #   benchmarks/data/record (extraction documents), not in the demo record.
                s("The judges held him responsible for the killing of the Prime Minister, of the ten peacekeepers and "
                  "of opposition leaders, and for organised killings in Kigali and Gisenyi between 6 and 9 April.", N),
                s("Aloys Ntabakuze and Anatole Nsengiyumva were also sentenced to life, while General Gratien "
                  "Kabiligi was acquitted and released.", S),
                # session 27 audit: was supported; the presiding judge only in benchmarks/data/record (extraction
                #   documents), not in the demo record.
                s("In December 2011 appeal judges presided over by Theodor Meron reversed several findings, among them "
                  "those on the peacekeepers killed before Bagosora reached Camp Kigali, and cut his sentence to 35 "
                  "years.", N),
                s("Nsengiyumva's life sentence was upheld at the same hearing.", C),
                s("Some 800,000 people, most of them Tutsi, were killed in the genocide.", D),
            ],
        ],
    },
    # 7. Think-tank commentary critical of the ICTR's selectivity (hard negative: no own-voice technique).
    {
        "doc": "thinktank-commentary-ictr-selectivity.txt",
        "title": "The tribunal that looked one way: the ICTR's selectivity, ten years after its closure",
        "genre": "think-tank commentary",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Commentary · Transitional Justice Programme · Tomasz Ekwueme-Lind, senior fellow"),
            ],
            [
                s("The tribunal that looked one way: the ICTR's selectivity, ten years after its closure"),
            ],
            [
                s("Few institutions of international justice were as productive, or as one-sided, as the "
                  "International Criminal Tribunal for Rwanda."),
                s("Created by the Security Council on 8 November 1994 and given jurisdiction over crimes committed in "
                  "1994 alone, it indicted 93 people before closing its doors on 31 December 2015.", S),
                # session 27 audit: was supported; the ten referrals only in benchmarks/data/record (extraction
                #   documents), not in the demo record.
                s("It convicted 61, acquitted 14 and referred ten cases to national courts.", N),
                # session 27 audit: was supported; the cost only in benchmarks/data/record (extraction documents), not
                #   in the demo record.
                s("From 1995 to the end of 2011 it cost about 1.64 billion dollars, or roughly 27 million for each "
                  "person it would eventually convict.", N),
                s("Yet not one of its indictments named a member of the Rwandan Patriotic Front.", S),
            ],
            [
                s("That was not for lack of evidence."),
                s("In December 1994 the UN Commission of Experts had asked that violations attributed to the RPF be "
                  "investigated further.", S),
                s("RPA soldiers killed some 45,000 civilians in 1994.", D),
                s('Human Rights Watch wrote in December 2008 that the Tribunal had "not prosecuted even one" of the '
                  'serious RPF crimes of 1994.', S),
                s("When Carla Del Ponte pressed investigations into RPF crimes, the Security Council split her post "
                  "in August 2003 and she lost the Rwanda tribunal.", N),
                s("Her successor, Hassan Jallow, took office on 15 September 2003.", N),
                # session 27 audit: was supported; the joint inquiry only in benchmarks/data/record (extraction
                #   documents), not in the demo record.
                s("Jallow left the Kabgayi killings of June 1994 to Rwanda's military justice "
                  "after a joint inquiry and merely monitored the trial.", N),
                s("In October 2008 a military court in Kigali convicted two captains who had pleaded guilty and "
                  "acquitted a general and a major.", S),
                s("The captains' eight-year terms were later cut to five on appeal.", S),
                s("The gacaca courts, which tried nearly two million cases, did hear RPF crimes, though only a "
                  "handful.", C),
            ],
            [
                s('Critics call all this "victor\'s justice"; I would rather call it justice left half done.'),
                s("None of this diminishes the genocide against the Tutsi, which the Tribunal documented beyond "
                  "serious doubt."),
                s("The Tribunal's last appeal judgment, in the Butare case in December 2015, quashed the convictions "
                  "of Pauline Nyiramasuhuko and her five co-accused and sent them home.", C),
                # session 27 audit: was supported; the Mechanism's start date only in benchmarks/data/record
                #   (extraction documents), not in the demo record.
                s("The Residual Mechanism, whose Arusha branch began work on 1 July 2012, inherited that record.", N),
                s("Justice for every victim was the promise of resolution 955; the Tribunal kept half of it."),
            ],
        ],
    },
    # 8. Human-rights report section on RPF/RPA killings (hard negative; invented report and witness).
    {
        "doc": "rights-report-rpa-killings-section.txt",
        "title": "Section 5: Killings by soldiers of the Rwandan Patriotic Front, 1994-1995",
        "genre": "human-rights report section (RPF/RPA killings)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("5. Killings by soldiers of the Rwandan Patriotic Front, 1994-1995"),
            ],
            [
                s("This section documents crimes committed by the force that ended the genocide."),
                s('Recording them does not make 1994 a "double genocide": the Commission of Experts found no '
                  'evidence that the crimes of the Tutsi side were meant to destroy the Hutu as a group.', S),
            ],
            [
                s("5.1 During the war."),
                s("As the RPF advanced between April and July 1994, Human Rights Watch wrote in 1999, its soldiers "
                  "killed civilians in summary executions and massacres and may have killed tens of thousands.", S),
                s("In mid-April, according to Human Rights Watch, RPF soldiers massacred several hundred people in "
                  "the stadium at Byumba.", S),
                s("Amnesty International reported in October 1994 that the RPA's violations from April to August "
                  "included hundreds of deliberate executions.", S),
                s("Near Kabgayi, RPF soldiers killed fifteen civilians, thirteen of them clergy, including the "
                  "Archbishop of Kigali, Vincent Nsengiyumva, and the bishops of Kabgayi and Byumba.", S),
                s("The killings took place on 5 June 1994.", D),
                s("The RPF's own radio announced the deaths on 8 June.", S),
                rep('A survivor from Byumba interviewed for this report, whom we call Mrs K., said the soldiers told '
                    'the crowd that "all of you are killers and you have earned this".', None, "justification"),
            ],
            [
                s("5.2 The Gersony findings."),
                # session 27 audit: was supported; the team's dates, sites and communes only in benchmarks/data/record
                #   (extraction documents), not in the demo record.
                s("Between 1 August and 5 September 1994 a team led by Robert Gersony, working for UNHCR, visited 91 "
                  "sites in 41 of the country's 145 communes, mostly in Kibungo, Gisenyi and Butare.", N),
                # session 27 audit: was supported; the 41 of 145 communes it rests on are only in
                #   benchmarks/data/record (extraction documents), not in the demo record.
                s("That is fewer than a third of the communes.", N),
                s("The team estimated that between 25,000 and 45,000 people had been killed by RPA soldiers from April to "
                  "August 1994.", S),
                s("Its final report was handed to the Security Council in October 1994.", C),
                # session 27 audit: was supported; the trend only in benchmarks/data/record (extraction documents),
                #   not in the demo record.
                s("The killings diminished in August and fell markedly after mid-September 1994.", N),
                s("A former minister of the interior later put the number killed by RPA soldiers between April 1994 "
                  "and August 1995 at some 60,000.", S),
                s("In 1994 alone, RPA soldiers killed around 60,000 people.", D),
            ],
            [
                s("5.3 Kibeho, April 1995."),
                s("In April 1995 the RPA set out to close by force the camps for displaced people south of "
                  "Gikongoro.", S),
                s("Kibeho, the largest, then held about 110,000 people according to Médecins Sans Frontières.", S),
                s("Soldiers surrounded the camp during the night of 18 to 19 April and opened fire on the crowd on "
                  "22 April.", S),
                s("The government counted 338 dead; senior UN military officials spoke of about 2,000; Australian "
                  "soldiers serving with UNAMIR estimated at least 4,000.", S),
                s("The Australians' estimate is almost twelve times the government's.", S),
                s("At least 4,000 people died at Kibeho.", D),
                s("The shooting began three weeks after the soldiers had surrounded the camp.", C),
            ],
            [
                s("5.4 Accountability."),
                s("In 2008 the Rwandan army said it had prosecuted 43 soldiers since 1994 for war crimes and revenge "
                  "killings.", S),
                s("The same year Human Rights Watch reported that RPA soldiers had been prosecuted for killing "
                  "approximately 100 civilians.", S),
                s("The International Criminal Tribunal for Rwanda indicted no RPF suspect at all.", S),
            ],
        ],
    },
    # 9. French regional newspaper dossier on justice after the genocide (invented paper and journalist).
    {
        "doc": "dossier-fr-quotidien-regional-justice.txt",
        "title": "Dossier : Rwanda, la justice après le génocide des Tutsi",
        "genre": "dossier de quotidien régional (French regional newspaper)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("L'ÉCHO DES VALLÉES · DOSSIER · Rwanda : la justice après le génocide des Tutsi"),
            ],
            [
                s("Par Margaux Delétang"),
            ],
            [
                s("Au printemps 1994, en une centaine de jours, des centaines de milliers de Tutsi ont été "
                  "exterminés, ainsi que des Hutu opposés aux tueries.", S),
                s("Le bilan dépasse le million de morts.", D),
                s("Le génocide a laissé quelque 95 000 orphelins.", D),
                s("Comment juger un tel crime quand le système judiciaire lui-même a été décimé ?"),
            ],
            [
                s("Des prisons pleines"),
            ],
            [
                s("Les premiers procès pour génocide se sont ouverts au Rwanda en décembre 1996.", S),
                s("En avril 1998, environ 330 personnes avaient été jugées, dont 116 condamnées à mort, tandis que "
                  "plus de 125 000 détenus attendaient leur procès.", S),
                s("Le 24 avril 1998, vingt-deux condamnés ont été fusillés en public, malgré les appels à la clémence "
                  "du pape Jean-Paul II.", S),
                s("Ce furent les dernières exécutions : le pays a aboli la peine capitale en 2003.", C),
            ],
            [
                s("L'herbe et la loi"),
            ],
            [
                # session 27 audit: was supported; the 2001 creation only in benchmarks/data/record (extraction
                #   documents), not in the demo record.
                s("Pour désengorger les prisons, les autorités ont créé en 2001 les juridictions gacaca, du mot "
                  "kinyarwanda qui désigne l'herbe, avec des juges non professionnels choisis pour leur intégrité.", N),
                # session 27 audit: was supported; the first trials' date and the pilot courts only in
                #   benchmarks/data/record (extraction documents), not in the demo record.
                s("Le lancement officiel date du 18 juin 2002, mais les premiers procès ne se sont ouverts que le "
                  "10 mars 2005, dans 106 juridictions pilotes.", N),
                # session 27 audit: was supported; the 12,103 courts of nine judges only in benchmarks/data/record
                #   (extraction documents), not in the demo record (the demo record has 'just over 12,000').
                s("Le pays a compté jusqu'à 12 103 juridictions de neuf juges chacune, soit plus de cent mille "
                  "juges.", N),
                s("Selon le service national des juridictions gacaca, 1 958 634 affaires ont été jugées avant la "
                  "clôture, le 18 juin 2012.", S),
                # session 27 audit: was supported; the 1,951,388 figure and the secretary's remark only in
                #   benchmarks/data/record (extraction documents), not in the demo record.
                s("Un autre chiffre du même service fait état de 1 951 388 procès, et sa secrétaire exécutive a "
                  "précisé qu'il s'agit de procès et non de personnes.", N),
                s("Près de deux tiers de ces affaires concernaient des pillages ou des destructions de biens.", S),
                # session 27 audit: was supported; the minister's name only in benchmarks/data/record (extraction
                #   documents), not in the demo record.
                s("Le ministre de la Justice, Tharcisse Karugarama, a estimé qu'il aurait fallu plus de trois siècles "
                  "aux tribunaux ordinaires pour juger ces affaires.", N),
                # session 27 audit: was contradicted; the gacaca cost only in benchmarks/data/record (extraction
                #   documents), not in the demo record; the demo record says nothing on it.
                s("Le processus aurait coûté environ 500 millions de dollars, payés pour près des deux tiers "
                  "par l'État rwandais.", N),
                # session 27 audit: was supported; the provisional report's shares only in benchmarks/data/record
                #   (extraction documents), not in the demo record.
                s("D'après un rapport provisoire, 79 % des accusés de la première catégorie ont été condamnés, et "
                  "96 % dans la troisième.", N),
                s("Les crimes commis par des soldats du FPR échappaient à leur compétence.", S),
            ],
            [
                s("Arusha, la justice internationale"),
            ],
            [
                # session 27 audit: was supported; the opening date of the first trial only in benchmarks/data/record
                #   (extraction documents), not in the demo record.
                s("Créé par la résolution 955 du Conseil de sécurité le 8 novembre 1994, le Tribunal pénal "
                  "international pour le Rwanda a ouvert son premier procès, celui de Jean-Paul Akayesu, le "
                  "9 janvier 1997.", N),
                s("L'ancien bourgmestre de Taba a été condamné à la réclusion à perpétuité le 2 octobre 1998.", S),
                s("Au total, le tribunal a inculpé quatre-vingt-treize personnes et en a condamné soixante et une.", S),
                s("En août 2003, le Conseil de sécurité a retiré à Carla Del Ponte le poste de procureur du TPIR.", N),
            ],
            [
                s("Et en France ?"),
                s("Le premier procès français, celui de l'ancien officier de renseignement Pascal Simbikangwa, s'est "
                  "conclu en mars 2014 par une peine de vingt-cinq ans de réclusion, confirmée en appel en décembre "
                  "2016.", S),
                # session 27 audit: was supported; the arrest and the 1997 indictment only in benchmarks/data/record
                #   (extraction documents), not in the demo record.
                s("Félicien Kabuga, inculpé depuis 1997 par le tribunal d'Arusha, a été arrêté le 16 mai 2020 à "
                  "Asnières-sur-Seine.", N),
                s("En Belgique, quatre Rwandais, dont deux religieuses bénédictines du couvent de Sovu, avaient été "
                  "condamnés dès le 8 juin 2001 à des peines de douze à vingt ans.", S),
                s("Le jury bruxellois avait dû répondre à cinquante-cinq questions.", N),
            ],
        ],
    },
    # 10. FIXTURE (composite): lecture notes on the ICTR with a denial addendum spliced on.
    {
        "doc": "fixture-denial-composite-lecture-notes.txt",
        "title": "Lecture 9: the ICTR and the law of genocide (with a participant's addendum)",
        "genre": "lecture notes with a spliced denial addendum (test fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Lecture 9: the ICTR and the law of genocide"),
            ],
            [
                s("On 2 September 1998 Trial Chamber I found Jean-Paul Akayesu, the former bourgmestre of Taba, "
                  "guilty on nine of fifteen counts, genocide among them.", S),
                s("It was the first judgment of an international court for genocide and the first to hold that rape "
                  "could constitute genocide.", S),
                s("The Chamber defined rape as a physical invasion of a sexual nature, committed on a person under "
                  "circumstances which are coercive.", S),
                s("Two days later the Tribunal sentenced Jean Kambanda, the interim prime minister, who had pleaded "
                  "guilty, to life imprisonment.", S),
                s("Akayesu's appeal was dismissed on 1 June 2001.", S),
            ],
            [
                s("addendum from a participant, what they dont teach you"),
            ],
            [
                own('The whole "genocide" story was written by the winners in Arusha, in a court paid to convict '
                    'Hutus.', None, "definitional_denial", "attack_on_witnesses"),
                own("What happened in 1994 was a civil war with spontaneous tribal clashes on both sides, not a "
                    "plan.", C, "spontaneity", "definitional_denial"),
                own("No more than 80,000 people died in those months, most of them Hutu.", C, "minimisation",
                    "role_reversal"),
                own("The witnesses against Akayesu were coached and paid to repeat the same rape stories.", None,
                    "attack_on_witnesses", "fabrication"),
                own("Even the Tribunal admitted in the end that there was no conspiracy and acquitted the colonels.",
                    C, "fabrication"),
                own("Count the two million Hutu killed by the RPF before you lecture anyone.", C, "double_genocide",
                    "fabrication"),
            ],
        ],
    },
    # 11. FIXTURE: French denial leaflet (invented collective).
    {
        "doc": "fixture-denial-fr-tract-collectif.txt",
        "title": "Tract d'un collectif (fixture de test, négation)",
        "genre": "tract militant (test fixture)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Collectif pour la vérité sur les Grands Lacs · tract à diffuser"),
            ],
            [
                own("Trente ans de mensonges sur le prétendu « génocide » rwandais, ça suffit !", None,
                    "definitional_denial"),
                own("Il n'y a eu en 1994 que des affrontements tribaux spontanés, sans aucun plan.", C, "spontaneity",
                    "definitional_denial"),
                own("Le bilan réel ne dépasse pas cinquante mille morts, toutes ethnies confondues.", C,
                    "minimisation"),
                own("C'est le FPR qui a abattu l'avion du président le 6 avril pour prendre le pouvoir, et les Hutu "
                    "n'ont fait que se défendre.", D, "blame_shifting", "justification"),
                own("Le TPIR, tribunal des vainqueurs, a fabriqué ses dossiers avec des témoins achetés.", None,
                    "attack_on_witnesses", "fabrication"),
                own("Il y a eu deux génocides, et seul celui des Hutu a été caché au monde.", C, "double_genocide"),
                s("Faites circuler ce tract."),
            ],
        ],
    },
    # 12. FIXTURE: open letter mixing role reversal, justification, dehumanisation and a call to action.
    {
        "doc": "fixture-denial-role-reversal-open-letter.txt",
        "title": "Open letter to the organisers of a commemoration (test fixture, distortion and incitement)",
        "genre": "open letter from an association (test fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Open letter from the Committee for Balanced Memory to the organisers of this year's "
                  "commemoration"),
            ],
            [
                own("Yes, people died in Rwanda in 1994, and we have never denied that some Tutsi were killed.", None,
                    "minimisation"),
                own("But the killing happened only because the RPF invaded from Uganda in October 1990 and then "
                    "murdered our president in April 1994.", D, "blame_shifting"),
                own("The so-called killers were farmers defending their hills against an invading army and its "
                    "spies.", None, "justification", "role_reversal"),
                own("The real victims were the Hutu: the RPF killed more than two million of them, as the UN's own "
                    "Gersony report proved.", C, "role_reversal", "double_genocide", "fabrication"),
                own("The same inyenzi now rule in Kigali, and they are preparing to finish what they started against "
                    "our people.", None, "dehumanisation", "accusation_in_mirror"),
                own("Every family of ours abroad must organise, stand guard and never let them take another "
                    "village.", None, "call_to_action"),
                own("The survivors who speak at your ceremonies are actors paid by the regime.", None,
                    "attack_on_witnesses"),
                own("Remember both genocides equally, or remember none.", None, "double_genocide"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
