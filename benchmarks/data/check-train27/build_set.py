"""Source of the TRAINING labelled set check-train27 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train27/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train27/build_set.py --check  # validate the files already written

A training set, written blind: its rows are meant to train the checker's learned layers; it is not a measure of
unseen text and should not be reported as one. Its emphasis is incitement and denial in informal, unpunctuated and
spoken registers (group chats, voice notes, a podcast, comment threads, a vlog), and hard negatives in the same
registers: a content moderator's escalation report quoting posts, a survivors' group chat on a commemoration day, a
university discussion-board thread on the ICTR, a community radio's corrections segment, an NGO's social-media
thread on RPA killings, and a French students' thread quoting Kangura and RTLM; plus a school assembly talk with
honest errors and five short fixtures (one composite). Its author did not read the detectors, their rules,
exemplars or training data, the benchmark or its results, the check tests, nor any other labelled set's documents,
labels, README or build script (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the
labelling conventions, the first 40 lines of check-blind5/build_set.py and check-blind5/README.md as templates,
and the list TECHNIQUES in src/factfinder/check/model.py). Verdicts were decided against the record alone:
examples/ (FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the
proceedings CSV. All outlets, handles, narrators and speakers are invented.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling rules and the sources
of every true fact.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with


def F(text: str) -> str:
    """French typography: no-break space before : and %, inside guillemets; narrow no-break space before ? and !
    and as the thousands separator."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", "\u202f", text)
    text = text.replace(" :", "\u00a0:").replace(" %", "\u00a0%")
    text = text.replace(" ?", "\u202f?").replace(" !", "\u202f!")
    text = text.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    return text


def per_line(paragraphs: list[list[dict]]) -> list[list[dict]]:
    """Chat exports and threads: one message or post per line (each sentence its own paragraph)."""
    return [[x] for p in paragraphs for x in p]


DOCS: list[dict] = [
    # 1. Content moderator's escalation report quoting posts (invented platform, reviewer and accounts).
    {
        "doc": "moderator-escalation-report.txt",
        "title": "Escalation report: comment cluster under a video on the 1994 genocide",
        "genre": "content moderator's escalation report",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("ESCALATION REPORT, queue TS-7, reviewer handle mod_kestrel, late shift"),
                s("Summary: seven posts from a cluster of three accounts under a video about the 1994 genocide against "
                  "the Tutsi, flagged for the hate-speech and denial policies and escalated because two of them read "
                  "like organising."),
            ],
            [
                rep("Post 1 (account truth_rw_88), quoted as written: \"only like 10k ppl died in 94 the rest is made "
                    "up numbers for aid money lol\"", C, "minimisation", "fabrication"),
                s("Note: every estimate on our reference sheet is far higher; Human Rights Watch concluded that at "
                  "least half a million people were killed, and the Rwandan government's own count reached 1,074,017.",
                  S),
            ],
            [
                rep("Post 2 (same account): \"nobody planned anything it was chaos after the plane, ppl just lost "
                    "it\"", C, "spontaneity"),
                s("Note: the UN Commission of Experts found in December 1994 that the genocide had been carried out "
                  "in a concerted, planned, systematic and methodical way.", S),
                s("Note: roadblocks went up across Kigali within hours of the crash, which is not what people losing "
                  "it looks like.", S),
            ],
            [
                rep("Post 3 (account kivu_lion): \"they were planning to wipe us out first, what happened was self "
                    "defence, read the history\"", C, "accusation_in_mirror", "role_reversal", "justification"),
                s("Note: the same Commission found no evidence that acts by Tutsi elements were meant to destroy the "
                  "Hutu as a group, while recording crimes against humanity by individuals on both sides.", S),
            ],
            [
                rep("Post 4 (account kivu_lion): \"inyenzi never change, same cockroaches as 94\"", None,
                    "dehumanisation"),
                rep("Post 5 (account kivu_lion), posted four minutes later: \"u know what to do when they come back, "
                    "clean the area, finish the work\"", None, "call_to_action"),
                s("Context for the queue: in 1994 RTLM announcers told listeners to go to \"work\", and everyone "
                  "understood that it meant killing Tutsi, so \"finish the work\" is not a harmless phrase here.", N),
                s("RTLM was on the air from 8 July 1993 until the end of July 1994.", N),
            ],
            [
                rep("Post 6 (account balance_pls): \"the rpf shot the plane down, they started it, so who is the real "
                    "genocider\"", D, "blame_shifting", "role_reversal"),
                s("Note: no court has established who fired on the plane on 6 April 1994, and the French "
                  "investigation ended in a dismissal that the Cour de cassation made final on 15 February 2022.", S),
            ],
            [
                rep("Post 7 (account balance_pls): \"ICTR = kangaroo court, all the witnesses were paid to lie\"",
                    None, "attack_on_witnesses"),
                s("Note: criticism of the tribunal is allowed here and is not what triggered the flag; calling every "
                  "witness a paid liar in order to erase the crimes is."),
                s("For reviewers who want numbers: the ICTR convicted 61 people and acquitted 14, so it did not "
                  "simply rubber-stamp the prosecution.", S),
            ],
            [
                s("Recommendation: remove posts 1, 2, 4 and 5 now; send posts 3 and 6 to the second-tier queue with "
                  "the account history attached."),
                s("Post 7 can stay with a context label, because the same account also posts legitimate complaints "
                  "that RPF soldiers were never tried."),
                s("Proposed label: \"The ICTR prosecuted no member of the RPF, which rights groups have criticised, "
                  "but its genocide convictions rest on evidence heard in open court.\"", S),
                s("Also for the policy team: Belgium made denial of the genocide against the Tutsi a criminal offence "
                  "by a law of 5 May 2019, and one of these accounts geolocates to Brussels.", N),
                s("Escalated at 16:40, no reply yet from the regional lead."),
            ],
        ],
    },
    # 2. Survivors' association group chat on the first day of the commemoration (invented members).
    {
        "doc": "survivors-chat-kwibuka.txt",
        "title": "Survivors' association group chat, 7 April",
        "genre": "survivors' association group chat",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("[07/04, 06:12] Claudine: good morning family, today is the day and i am already crying into my "
                  "tea"),
                s("[07/04, 06:15] Eric: morning all, reminder that kwibuka means remember in kinyarwanda, so pls no "
                  "politics in here today, just names and memories", N),
                s("[07/04, 06:20] Claudine: they light the flame of remembrance at gisozi this morning and it stays "
                  "lit for the hundred days", N),
                s("[07/04, 06:31] Jeanne: my mama and my two brothers are buried up there, with more than 250k "
                  "others", N),
            ],
            [
                s("[07/04, 08:02] Patrick: at noon the whole world is supposed to keep a minute of silence, rwanda "
                  "asked for that when the UN made 7 april the day of reflection", N),
                s("[07/04, 08:05] Jeanne: the UN day came from a general assembly resolution in dec 2003 rite", N),
                s("[07/04, 08:09] Patrick: yes 23 dec 2003, and in jan 2018 they changed the name so it says genocide "
                  "against the tutsi", N),
            ],
            [
                s("[07/04, 09:40] Aline: today i keep thinking of ntarama, my grandparents went into that church "
                  "bc everyone said churches were safe"),
                s("[07/04, 09:42] Aline: more than 5000 people were killed in that church, it started on the 15th of "
                  "april", N),
                rep("[07/04, 09:44] Eric: the men who came to the door were shouting inyenzi, my uncle heard it from "
                    "the marsh", None, "dehumanisation"),
                s("[07/04, 09:47] Aline: they called our people cockroaches so that killing them would feel like "
                  "nothing, never let anyone use that word lightly in this group"),
            ],
            [
                s("[07/04, 11:15] Patrick: reading the HRW book again, they said at least half a million were killed, "
                  "about three quarters of the tutsi in the country", S),
                s("[07/04, 11:18] Jeanne: the government census counted 1,074,017, i helped the census people in our "
                  "sector back in 2000", S),
                s("[07/04, 11:20] Claudine: more than a million of ours, i will never accept a smaller number", D),
                s("[07/04, 11:24] Eric: 95k of us kids lost our parents, i was one of them", D),
                s("[07/04, 11:26] Aline: and at least 250k women were raped, we never say that enough", D),
            ],
            [
                s("[07/04, 14:30] Patrick: for the young ones asking, the plane was shot down on the evening of 6 "
                  "april 1994 and the prime minister was killed the next day", S),
                s("[07/04, 14:33] Jeanne: and the ten belgian blue helmets who guarded her were killed that same "
                  "day", S),
                s("[07/04, 14:40] Eric: and the UN answered by cutting the mission to 270 two weeks later, we were "
                  "left alone", S),
                s("[07/04, 14:52] Claudine: the RPF took kigali on the 4th of july", S),
                s("[07/04, 14:53] Claudine: that's why kwibohora, liberation day, falls on 4 july every year", N),
            ],
            [
                s("[07/04, 19:02] Patrick: at least arusha gave bagosora life and it stayed life", C),
                s("[07/04, 19:06] Jeanne: no patrick, the appeal cut it to 35 years in 2011, i remember how angry we "
                  "were", S),
                s("[07/04, 19:10] Aline: ibuka has been fighting for us since 1995, they will send the week's "
                  "program tonight", N),
                s("[07/04, 21:05] Jeanne: goodnight family, tomorrow we go up to the memorial together, bring water "
                  "and bring names"),
            ],
        ],
    },
    # 3. University discussion-board thread on the ICTR's record (invented course and students).
    {
        "doc": "ictr-discussion-board-thread.txt",
        "title": "Course discussion board: was the ICTR victor's justice?",
        "genre": "university discussion-board thread",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Thread: Week 9 discussion on whether the ICTR delivered victor's justice (HIST 318, visible to "
                  "enrolled students only)"),
            ],
            [
                s("OP (m_okafor): The tribunal was set up by resolution 955 on 8 November 1994, and its jurisdiction "
                  "covered only crimes committed during 1994.", S),
                s("It indicted 93 people and convicted 61, yet not one of them came from the RPF, although experts "
                  "working for UNHCR estimated that RPA soldiers killed 25,000 to 45,000 people between April and "
                  "August 1994.", S),
                s("That is why I think the label victor's justice fits the prosecution policy, if not the "
                  "judgments."),
                s("Carla Del Ponte said Kigali lobbied to have her removed because she meant to investigate reprisal "
                  "killings by the army, and in August 2003 the Security Council took the Rwanda job away from "
                  "her.", N),
            ],
            [
                s("Re (j_lindqvist): You undersell the legal side, and people forget that resolution 955 itself "
                  "passed unanimously.", C),
                s("Akayesu in 1998 was the first time an international court convicted anyone of genocide, and the "
                  "judgment recognised rape as a way of committing genocide.", S),
                s("Kambanda, the interim prime minister, pleaded guilty and got 25 years.", C),
                s("The media case mattered too: after the appeal Nahimana's sentence stood at 30 years and Ngeze's "
                  "at 35.", S),
            ],
            [
                s("Re (a_habimana): Small correction, Kambanda got life, not 25 years, and the appeals chamber kept "
                  "it in 2000.", S),
                s("What worries me more is the domestic side: Amnesty International reported in August 2010 that "
                  "Rwanda's vague \"genocide ideology\" and \"sectarianism\" laws were being used to silence "
                  "dissent.", N),
                s("Victoire Ingabire was arrested in 2010 after calling on the government to recognise that Hutu had "
                  "also been killed by the RPF's forces, according to press reports at the time.", N),
                s("None of that puts the genocide in doubt; it means the courts only ever looked at one side's "
                  "crimes."),
                s("My own guess is that the RPA's victims were closer to 60,000 once you count the months into "
                  "1995.", D),
            ],
            [
                s("Re (p_nsengimana): On acquittals, the court cleared 14 people, including Kabiligi in the "
                  "Military I case, and Zigiranyirazo walked free on appeal in 2009.", S),
                s("The appeals chamber also convicted Nzuwonemeye of the prime minister's murder and raised his "
                  "sentence.", C),
                s("So it was not a conviction machine, whatever else it was."),
            ],
            [
                s("Re (m_okafor): I checked, and Nzuwonemeye was in fact acquitted on appeal in 2014, so scratch "
                  "that part.", S),
                s("Delay was another failure: Barayagwiza was held in Cameroon for months without being told the "
                  "charges, the appeals judges ordered his release in November 1999, Rwanda suspended its "
                  "cooperation, and the judges reversed themselves in March 2000.", N),
                s("Kajelijeli's life terms were later turned into 45 years because his rights were violated during "
                  "his arrest and detention.", S),
                s("And Gatete's life sentence became 40 years on appeal because of undue delay.", S),
            ],
            [
                s("TA note (d_moreau): Good thread; remember that the ICTR closed at the end of 2012 and handed its "
                  "remaining work to the Residual Mechanism.", C),
                s("The Mechanism itself was created by Security Council resolution 1966 of 22 December 2010.", N),
                s("For Thursday, read the Commission of Experts' report, which already in December 1994 asked for "
                  "the crimes attributed to the RPF to be investigated.", S),
            ],
        ],
    },
    # 4. Community radio corrections segment (invented station and host), quoting denial to refute it.
    {
        "doc": "radio-corrections-segment.txt",
        "title": "Corrections Corner, community radio transcript",
        "genre": "community radio corrections segment",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("HOST: Good evening, this is Corrections Corner on Radio Kivuko, the part of the show where we fix "
                  "what we got wrong and what callers got wrong."),
                s("First, our own mistake: last Tuesday I said the genocide began in April 1995, and that was simply "
                  "wrong, because it began in April 1994.", S),
                s("I also said the peacekeeping force was cut to two thousand in April, but the Security Council "
                  "actually cut it to 270 on the twenty-first.", S),
            ],
            [
                s("Now the callers."),
                rep("On Thursday a caller told us, and I quote, \"it was not a genocide, it was a civil war where "
                    "everybody killed everybody.\"", C, "definitional_denial", "double_genocide"),
                s("That is false: the UN Commission of Experts found in 1994 that genocide had been committed against "
                  "the Tutsi, and the tribunal in Arusha convicted Jean-Paul Akayesu of genocide in September "
                  "1998.", S),
                s("Crimes by RPF soldiers were real, and Human Rights Watch wrote that they may have killed tens of "
                  "thousands of civilians, but a war crime by one side does not turn the other side's genocide into a "
                  "brawl.", S),
            ],
            [
                rep("The same caller said, \"the dead were maybe fifty thousand, the rest is propaganda.\"", C,
                    "minimisation", "fabrication"),
                s("Six weeks into the killing, Human Rights Watch already put the dead at two hundred thousand at the "
                  "very least.", S),
                s("The figure most people have heard is around eight hundred thousand.", D),
            ],
            [
                rep("A listener texted: \"the killings were spontaneous, people were just angry about the "
                    "president.\"", C, "spontaneity"),
                s("Anger does not set up roadblocks across a capital within hours, and that is exactly what happened "
                  "in Kigali.", S),
                s("RTLM had been on the air since July 1993 and Kangura had been printing hate since 1990, years "
                  "before the plane came down.", N),
                rep("Kangura even printed its so-called Ten Commandments in December 1990, and the eighth told Hutu "
                    "to stop having pity for Tutsi.", N, "call_to_action"),
            ],
            [
                rep("Another caller called the tribunal \"a circus that let them all walk free.\"", C,
                    "attack_on_witnesses"),
                s("The ICTR convicted sixty-one people; fourteen were acquitted.", S),
                s("Bagosora, whom the prosecution called the mastermind, was convicted in 2008, and his sentence "
                  "stands at thirty-five years since the appeal of 2011.", S),
                s("Someone also asked how many fled west in July: about a million people crossed into Zaire in a "
                  "few days.", D),
            ],
            [
                s("A last one from our own newsroom: on Monday we said the killing of the clergy at Kabgayi by RPF "
                  "soldiers never came to court.", C),
                s("It did: in October 2008 a military court convicted two captains who had pleaded guilty and "
                  "acquitted two senior officers.", S),
                s("The captains' eight-year terms were later cut to five.", S),
                s("If you hear something on this station that sounds wrong, call us and we will check it against the "
                  "record."),
                s("That was Corrections Corner; next, the farm prices."),
            ],
        ],
    },
    # 5. NGO social-media thread documenting RPA killings in 1994 (invented NGO).
    {
        "doc": "ngo-thread-rpa-killings-1994.txt",
        "title": "Thread: killings by RPA soldiers in 1994 and why they matter",
        "genre": "NGO social-media thread",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("1/ Thread from the All Victims Justice Collective: what is documented about killings by RPA "
                  "soldiers in 1994, and why naming them matters."),
                s("2/ First the frame: the genocide against the Tutsi was planned and organised, as the UN's own "
                  "Commission of Experts found in 1994, and nothing in this thread changes that.", S),
                s("3/ But the soldiers who ended it also killed civilians, tens of thousands of them, and for thirty "
                  "years those victims have mostly been a footnote.", D),
            ],
            [
                s("4/ A UNHCR team led by Robert Gersony estimated that RPA soldiers killed between 25,000 and 45,000 "
                  "people from April to August 1994.", S),
                s("5/ Human Rights Watch wrote in 1999 that RPF soldiers may have killed tens of thousands during the "
                  "four months of fighting.", S),
                s("6/ In mid-April 1994 RPF soldiers massacred several hundred people in the stadium at Byumba, "
                  "according to the same report.", S),
                s("7/ In October 1995 Amnesty International documented hundreds of deliberate executions by the RPA "
                  "between April and August of the previous year.", C),
                s("8/ A former interior minister put the number killed by RPA soldiers between April 1994 and August "
                  "1995 at about 60,000.", S),
                s("9/ Seth Sendashonga, interior minister in the first post-genocide government, wrote memo after "
                  "memo to Kagame about RPA killings and was shot dead in Nairobi on 16 May 1998.", N),
            ],
            [
                s("10/ Near Kabgayi in June 1994, RPF soldiers killed thirteen clergy, among them the Archbishop of "
                  "Kigali, and two other civilians.", S),
                s("11/ It happened on 5 June.", D),
                s("12/ Fourteen years later a military court convicted two captains who admitted it and acquitted the "
                  "two senior officers.", S),
                s("13/ The ICTR, whose mandate covered crimes by every side in 1994, indicted nobody from the "
                  "RPF.", S),
                s("14/ Human Rights Watch said in December 2008 that it had not prosecuted even one of those "
                  "crimes.", S),
                s("15/ The army itself said in 2008 that it had prosecuted 43 soldiers since 1994 for war crimes and "
                  "revenge killings.", S),
                s("16/ Gacaca, the community courts that tried almost two million cases, were barred from hearing RPF "
                  "crimes at all.", S),
            ],
            [
                s("17/ At Kibeho in April 1995, RPA soldiers fired on a crowd of displaced people, and we believe the "
                  "dead were closer to 4,000 than to the 338 the government admitted.", D),
                s("18/ The UN Mapping Report on Congo, released on 1 October 2010, looked at the attacks on Hutu "
                  "refugees from 1996 on and said they could be characterised as crimes of genocide if proven before "
                  "a competent court.", N),
                s("19/ We are not saying there were two genocides in 1994."),
                s("20/ The UN's experts found no evidence that the RPF meant to destroy the Hutu as a group, and we "
                  "accept that finding.", S),
                s("21/ We are saying that a farmer shot in Byumba deserved a court as much as a child murdered in "
                  "Nyamata."),
                s("22/ Justice that counts only one side's dead is unfinished justice, and pretending otherwise "
                  "insults both."),
                s("23/ Sources in the reply below; corrections welcome, denial is not."),
            ],
        ],
    },
    # 6. School assembly talk by an invented teacher (facts from the record, three honest errors).
    {
        "doc": "school-assembly-talk.txt",
        "title": "Assembly talk for the International Day of Reflection (transcript)",
        "genre": "school assembly talk transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Good morning, everyone, please sit down, and thank you, Year Ten, for the candles."),
                s("My name is Mrs Mbabazi, I teach history, and I was asked to speak this week because the seventh of "
                  "April is the day the killing began in Rwanda in 1994.", S),
                s("Thirty years is not long ago; some of your grandparents were already grown up."),
                s("Before the genocide, roughly one Rwandan in seven was Tutsi.", D),
            ],
            [
                s("In October 1990 a rebel army called the Rwandan Patriotic Front, made up mostly of Tutsi refugees, "
                  "invaded from Uganda.", S),
                s("In 1993 the two sides signed a peace deal in Arusha, and the UN sent a small force of peacekeepers "
                  "to help it work.", S),
                s("That force was led by a Belgian general, Roméo Dallaire.", C),
                s("On the evening of the sixth of April 1994, the president's plane was shot down as it came in to "
                  "land at Kigali.", S),
                s("Within hours, soldiers and militiamen had put up roadblocks and were killing Tutsi and the Hutu "
                  "politicians who opposed them.", S),
                s("The next day they murdered the prime minister, Agathe Uwilingiyimana, and twelve Belgian soldiers "
                  "who had been guarding her.", C),
                s("And what did the rest of the world do?"),
                s("Two weeks later the Security Council voted to shrink the peacekeeping force to just 270 "
                  "people.", S),
            ],
            [
                s("For about a hundred days, neighbours killed neighbours, in churches, in schools and at "
                  "roadblocks.", S),
                s("Something like a million people died.", D),
                s("Historians still argue about the exact number, and the Rwandan government's own count came to one "
                  "million and seventy-four thousand and seventeen.", S),
                s("Women and girls were raped on a huge scale; one survivors' charity puts the number between a "
                  "quarter of a million and half a million.", S),
                s("The killing only stopped when the RPF won the war and took Kigali in early July.", S),
                s("In Goma, across the border in Zaire, about fifty thousand refugees then died of cholera and "
                  "dysentery in a single month.", D),
            ],
            [
                s("Some of those responsible were later tried at a special UN court in Arusha, in Tanzania.", S),
                s("In 1998 it convicted a small-town mayor called Jean-Paul Akayesu, the first genocide conviction by "
                  "any international court.", S),
                s("He was sentenced to thirty years.", C),
                s("In Rwanda itself, village courts called gacaca heard nearly two million cases before they closed "
                  "in 2012.", S),
                s("I want you to remember one more thing: soldiers of the RPF also killed civilians, and most of "
                  "those crimes never came to court.", S),
                s("Remembering every victim is not the same as saying both sides were equal, and today we are here "
                  "for the people who were hunted because they were Tutsi."),
                s("Let's have one minute of silence now."),
            ],
        ],
    },
    # 7. French: students' thread preparing a class presentation on hate media (invented students).
    {
        "doc": "fil-etudiants-expose-medias.txt",
        "title": "Fil de discussion : exposé sur les médias de la haine au Rwanda",
        "genre": "fil de discussion d'étudiants",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s(F("[lundi 14:02] Inès : bon, on se répartit l'exposé sur les médias de la haine, moi je prends "
                    "Kangura")),
                s(F("[lundi 14:05] Malick : ok, moi la RTLM, et Sofia le procès des médias à Arusha")),
                s(F("[lundi 14:09] Inès : Kangura a été fondé en mai 1990, donc avant même l'attaque du FPR en "
                    "octobre"), N),
                rep(F("[lundi 14:11] Inès : en décembre 1990 il publie les « dix commandements du Hutu », et le "
                      "huitième dit en gros qu'il faut cesser d'avoir pitié des Tutsi"), N, "call_to_action"),
                rep(F("[lundi 14:12] Inès : le même numéro présente les Tutsi comme « assoiffés de sang », prêts à "
                      "imposer leur domination par les armes"), N, "accusation_in_mirror", "dehumanisation"),
            ],
            [
                s(F("[lundi 14:20] Malick : la RTLM a commencé à émettre le 8 juillet 1993"), N),
                rep(F("[lundi 14:22] Malick : fin mai 94, l'animateur Kantano Habimana lance aux jeunes d'une "
                      "barrière : « Gardez bien le caniveau, pour que demain aucun cafard ne passe ! »"), N,
                    "dehumanisation", "call_to_action"),
                s(F("[lundi 14:23] Sofia : « cafard » c'est inyenzi, le mot qui servait à déshumaniser les Tutsi, "
                    "faut l'expliquer dès l'intro")),
                s(F("[lundi 14:30] Sofia : pour le procès, le TPIR a condamné Nahimana, Barayagwiza et Ngeze en "
                    "décembre 2003"), S),
                s(F("[lundi 14:31] Sofia : en appel, en 2007, Ngeze a eu 35 ans et Nahimana 30"), S),
                s(F("[lundi 14:33] Malick : et Ruggiu, le Belgo-Italien de la RTLM, a plaidé coupable et pris 12 ans "
                    "en 2000"), S),
                s(F("[lundi 14:35] Inès : y a aussi le chanteur Simon Bikindi, 15 ans pour avoir appelé à tuer les "
                    "Tutsi sur une route de Gisenyi"), S),
                s(F("[lundi 14:40] Sofia : et Mugesera, le discours de Kabaya du 22 novembre 1992, il a été acquitté "
                    "au Rwanda en 2016"), C),
            ],
            [
                s(F("[lundi 15:02] Malick : dans l'intro je mets qu'il y a eu 800 000 morts, c'est le chiffre qu'on "
                    "voit partout"), D),
                s(F("[lundi 15:04] Inès : mets plutôt « plus d'un million », c'est le bilan officiel rwandais"), S),
                s(F("[lundi 15:06] Sofia : perso je dirais au moins un demi-million de Tutsi tués, c'est ce que HRW "
                    "défend"), S),
                s(F("[lundi 15:08] Malick : les Tutsi c'était 15 % de la population en 1994 non ?"), D),
                s(F("[lundi 15:10] Inès : le recensement de 1991 disait 8,4 %, mais Verpoorten a montré que les "
                    "Tutsi étaient sous-déclarés"), S),
            ],
            [
                s(F("[lundi 15:30] Sofia : pour la conclusion, en Belgique nier le génocide des Tutsi est puni par "
                    "une loi de 2019"), N),
                s(F("[lundi 15:32] Malick : et le 7 avril c'est la journée internationale de réflexion de l'ONU "
                    "depuis une résolution de décembre 2003"), N),
                s(F("[lundi 15:35] Inès : attention, on parle aussi des crimes du FPR, sinon le prof va dire qu'on "
                    "fait de l'hagiographie")),
                s(F("[lundi 15:37] Sofia : oui, le TPIR n'a poursuivi aucun membre du FPR, on le dit clairement"), S),
                s(F("[lundi 15:40] Malick : pour Kibeho en 1995 je mets qu'il y a eu environ 2 000 morts"), D),
                s(F("[lundi 15:45] Inès : ok, répétition jeudi 18 h, apportez le diaporama")),
            ],
        ],
    },
    # 8. Fixture (French): transcribed voice notes, incitement (invented speaker; short, not graphic).
    {
        "doc": "fixture-denial-fr-messages-vocaux.txt",
        "title": "Messages vocaux transcrits",
        "genre": "fixture: transcribed voice notes (incitement)",
        "language": "fr",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own(F("[note vocale 1, 0:41] bon les gars écoutez bien, ils s'organisent de l'autre côté de la "
                      "colline, ils veulent nous finir avant qu'on bouge"), None, "accusation_in_mirror"),
                own(F("[note vocale 1, suite] c'est pas des voisins ça, c'est des cafards, des serpents, arrêtez de "
                      "les regarder comme des gens"), None, "dehumanisation"),
            ],
            [
                s(F("[note vocale 2, 0:18] vous vous rappelez 94 ?")),
                own(F("on n'avait pas fini le travail, voilà le résultat"), None, "call_to_action"),
                own(F("[note vocale 2, suite] c'est eux qui ont abattu l'avion du président, tout le monde le sait"),
                    D, "blame_shifting"),
            ],
            [
                own(F("[note vocale 3, 0:55] demain matin vous passez par le marché et vous nettoyez le secteur, "
                      "chacun sait ce qu'il a à faire"), None, "call_to_action"),
                own(F("[note vocale 3, suite] si vous attendez, c'est vos enfants qu'ils vont couper, pas les "
                      "leurs"), None, "accusation_in_mirror"),
            ],
            [
                own(F("[note vocale 4, 0:12] effacez ces messages après écoute, et qu'on ne voie plus un seul cafard "
                      "au marché"), None, "dehumanisation", "call_to_action"),
            ],
        ],
    },
    # 9. Fixture: group chat of invented militants, incitement (short, not graphic).
    {
        "doc": "fixture-denial-militant-group-chat.txt",
        "title": "Group chat export",
        "genre": "fixture: militants' group chat (incitement)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("[21:02] K_boy: yo all of u read the news, they r arming up in the hills, they plan to kill us "
                    "first like always", None, "accusation_in_mirror"),
                own("[21:03] mzee_T: cockroaches dont change bro, u step on them or they multiply", None,
                    "dehumanisation", "call_to_action"),
                own("[21:05] K_boy: our fathers did the work in 94 and the world called it genocide but it was self "
                    "defence", C, "justification", "role_reversal", "definitional_denial"),
                own("[21:06] papa_J: who is ready this weekend, clean the area and nobody talks", None,
                    "call_to_action"),
                own("[21:08] mzee_T: one hill one broom, sweep sweep till the hill is clean, sweep sweep till the hill "
                    "is clean", None, "call_to_action"),
                own("[21:10] K_boy: and dont believe the 800k lie, it was a few thousand max and most were fighters",
                    C, "minimisation", "fabrication"),
                s("[21:11] mzee_T: the UN pulled every last soldier out in 94, nobody will come this time either", C),
                own("[21:12] papa_J: ok meet sat, bring the tools", None, "call_to_action"),
            ],
        ],
    },
    # 10. Fixture: invented podcast's rant, denial (minimisation, fabrication, attacks on witnesses).
    {
        "doc": "fixture-denial-podcast-rant.txt",
        "title": "Podcast transcript excerpt",
        "genre": "fixture: podcast rant transcript (denial)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("[episode 44, 12:30] okay so here's what nobody in the mainstream media will tell you, the Rwanda "
                    "numbers are fake, NGOs made them up because they needed donations", C, "fabrication"),
                own("real historians put it at like fifty, maybe sixty thousand dead, total, on both sides", C,
                    "minimisation", "double_genocide"),
                own("and the survivors who testified at Arusha, I'm sorry, those people were coached, paid, flown in, "
                    "they'd say anything", None, "attack_on_witnesses"),
                own("the tribunal convicted every single person they put on trial, every one, and that tells you it "
                    "was a show", C, "attack_on_witnesses"),
                own("even the UN's own expert commission said there was no plan, it was just chaos after the "
                    "president died", C, "fabrication", "spontaneity"),
                own("and the so-called genocide conveniently started right after the RPF shot down the plane, so "
                    "think about who benefits", D, "definitional_denial", "blame_shifting"),
                own("the Tutsi were barely eight percent of the country anyway, so the maths of a million dead just "
                    "doesn't work", D, "minimisation"),
                own("anyway, like and subscribe, and next week: who really profits from the genocide industry", None,
                    "fabrication"),
            ],
        ],
    },
    # 11. Fixture: comments under a news article (double genocide, role reversal, definitional denial).
    {
        "doc": "fixture-denial-news-comments.txt",
        "title": "Reader comments under a news article",
        "genre": "fixture: news-site comment thread (denial)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Comments (214) under: Paris court opens new Rwanda genocide trial"),
                own("ndoli_77: genocide, seriously, it was a war, two armies, two sides killing each other, stop "
                    "calling it a genocide", C, "definitional_denial", "double_genocide"),
                own("ndoli_77: if you want genocide look at what the RPF did to the Hutu, there were two genocides and "
                    "only one gets trials", C, "double_genocide"),
                own("HonestAbe_: the RPF killed two million Hutu, that's the real genocide nobody talks about", C,
                    "double_genocide", "fabrication"),
                own("HonestAbe_: the Tutsi rebels invaded in 1990 and the Hutu were just defending their country, so "
                    "who is the victim here", S, "role_reversal", "justification"),
                s("grace.k: the RPF crimes were real, but the UN commission found that genocide was committed against "
                  "the Tutsi, so no, not two genocides", S),
                own("ndoli_77: @grace.k that commission was bought, the victims became the executioners and the "
                    "executioners got a tribunal", None, "attack_on_witnesses", "role_reversal"),
                s("HonestAbe_: and the refugees who died in Goma, 80,000 of them, who counts those", D),
            ],
        ],
    },
    # 12. Composite fixture: travel vlog transcript that turns into denial.
    {
        "doc": "fixture-denial-travel-vlog-composite.txt",
        "title": "Travel vlog transcript: Kigali day 2",
        "genre": "fixture: travel vlog transcript turning into denial (composite)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("[00:00] hey guys welcome back to the channel, today we're in Kigali and honestly the city is so "
                  "clean and so green"),
                s("[01:10] first stop is the genocide memorial at Gisozi, where more than 250,000 people are buried, "
                  "and it's really heavy in there", N),
                s("[02:45] the exhibition explains that the killing started on 7 April 1994, the day after the "
                  "president's plane was shot down", S),
                s("[04:20] our guide said around 800,000 people were killed in about a hundred days, which is just "
                  "unimaginable", D),
            ],
            [
                own("[09:30] okay real talk, after reading around I honestly think it wasn't a genocide, it was a "
                    "civil war and both sides did the same thing", C, "definitional_denial", "double_genocide"),
                own("[10:05] the numbers in that museum are totally inflated, probably ten times too high, it's a "
                    "tourism thing", C, "minimisation", "fabrication"),
                own("[10:40] and the people who ended up in charge wrote the whole story, so of course the other side "
                    "are the villains", None, "fabrication"),
                s("[11:15] anyway smash that like button, next video is the gorillas"),
            ],
        ],
    },
]


for _doc in DOCS:
    if _doc["doc"] in ("moderator-escalation-report.txt", "survivors-chat-kwibuka.txt", "ngo-thread-rpa-killings-1994.txt", "fil-etudiants-expose-medias.txt",
                       "fixture-denial-militant-group-chat.txt", "fixture-denial-news-comments.txt",
                       "fixture-denial-travel-vlog-composite.txt"):
        _doc["paragraphs"] = per_line(_doc["paragraphs"])


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
