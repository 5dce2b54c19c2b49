"""Source of the TRAINING labelled set check-train36 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train36/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train36/build_set.py --check  # validate the files already written

A training set of mostly short, informal texts in which claims are stated loosely (hedges, rounding, abbreviations,
informal dates): a researcher's social-media thread on RPA killings, a forwarded "facts" list, a comment section on
the ICTR, a teacher's notes quoting RTLM to analyse it, a radio phone-in summary, a student's revision notes, a quiz
night's answer sheet, a tour guide's notes, a French discussion thread on RPF crimes, and three short fixtures.
Its author did not read the detectors, their rules, exemplars or training data, nor any other set's documents or
labels (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, and the
first 40 lines of the check-blind5 build script and README as templates). Verdicts were decided against the record
alone: examples/ (FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the
proceedings CSV. Do not copy these sentences into rules or exemplars of the detectors.

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
    # 1. Social-media thread by an (invented) human-rights researcher documenting RPA killings, with replies.
    #    Hard negative.
    {
        "doc": "thread-researcher-rpa-killings.txt",
        "title": "Thread: what we know about killings by RPF soldiers, 1994-95",
        "genre": "social-media thread",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("1/ A thread on killings by RPF soldiers in 1994 and 1995, because the question keeps landing in my "
               "mentions."),
             s("None of this takes anything away from the genocide against the Tutsi, which a UN commission of "
               "experts described in December 1994 as concerted, planned, systematic and methodical.", S)],
            [s("2/ The numbers people usually cite."),
             s("A UNHCR field team (the Gersony team) put the RPA's victims somewhere between 25k and 45k for April "
               "to August '94.", S),
             s("HRW's 1999 report was vaguer: 'tens of thousands' over roughly four months of fighting.", S),
             s("A former interior minister went much higher, around 60k, but his window runs all the way to August "
               "1995.", S),
             s("In round numbers, then, RPA soldiers killed some 40,000 people in 1994.", D)],
            [s("3/ Incidents."),
             s("In mid-April 1994, according to HRW, RPF soldiers massacred several hundred people in the stadium "
               "at Byumba.", S),
             s("Near Kabgayi in early June, RPF soldiers killed fifteen civilians, thirteen of them clergy, the "
               "Archbishop of Kigali among them.", S),
             s("Church records date it to the 5th; the prosecution in the 2008 military trial said the 4th.", S),
             s("4/ Then Kibeho, in April 1995, when the army was closing the camps for displaced people by force.",
               S),
             s("The death toll on the 22nd was around 4,000.", D),
             s("For the record, Rwanda's government said 338 and senior UN military officials about 2,000.", S)],
            [s("5/ Accountability has been thin."),
             s("The ICTR, which shut its doors at the end of 2015, never prosecuted a single RPF member.", S),
             s("Rwanda's military courts have prosecuted RPA soldiers over the deaths of roughly 100 civilians, per "
               "the figures HRW relayed.", S),
             s("In the Kabgayi case, two captains who pleaded guilty got eight years in October 2008 and two senior "
               "officers were acquitted.", S),
             s("And the gacaca courts never heard these cases: HRW noted in 2011 that RPF crimes were kept out of "
               "their jurisdiction.", S)],
            [s("6/ Documenting these crimes is not the same as saying there were 'two genocides', and please don't "
               "use this thread that way."),
             s("The same UN commission found crimes against humanity on both sides but no evidence that Tutsi "
               "elements intended to destroy the Hutu as a group.", S),
             s("7/7 Sources are in the replies.")],
            [s("@dm_ruhango: Kibeho was in 1996, after the camps in Zaire were broken up.", C),
             s("@dm_ruhango: and the UNHCR team said well over 50,000 were killed by the RPA.", C),
             s("@amara_t: Amnesty only started reporting RPA executions in 1996.", C),
             s("@kivu_notes: the Kabgayi killings were on 4 June, full stop.", D),
             s("@kivu_notes: the RPF's radio said nothing about them until July.", C),
             s("@olu_reads: for scale, the genocide itself killed maybe 800,000.", D)],
        ],
    },
    # 2. A forwarded "facts" list (messaging app) mixing right and wrong facts.
    {
        "doc": "forwarded-facts-list.txt",
        "title": "Forwarded many times: facts about Rwanda 1994",
        "genre": "messaging-app forwarded list",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("*Forwarded many times* FACTS ABOUT RWANDA 1994 that everyone should know, please read to the end.")],
            [s("1) The killing began after President Habyarimana's plane was shot down near Kigali on the evening "
               "of 6 April 1994.", S),
             s("2) It was a Boeing jet carrying two presidents, his and Burundi's.", C),
             s("3) The crew were three Belgian pilots.", C),
             s("4) The next morning soldiers killed PM Agathe Uwilingiyimana and the twelve Belgian blue helmets "
               "guarding her.", C),
             s("5) Over one million people were murdered in about 100 days.", D),
             s("6) UNAMIR had an authorised strength of about 2,500, and on 21 April the UNSC cut it to just 270.",
               S),
             s("7) In mid-May the UNSC voted an arms embargo and 15,000 troops.", C),
             s("8) The RPF captured Kigali at the very start of July.", S),
             s("9) Nearly two million people fled into Zaire in a single week that July.", C),
             s("10) Cholera alone killed around 12,000 refugees in Goma that month.", S)],
            [s("11) The UNSC set up the ICTR in November 1994.", S),
             s("12) It convicted 61 people and acquitted about 40.", C),
             s("13) Kambanda, the interim PM, pleaded guilty and got 25 years.", C),
             s("14) Colonel Bagosora, the so-called mastermind, got life in 2008 and it stayed life on appeal.", C),
             s("15) The gacaca courts dealt with almost two million cases before closing in 2012.", S),
             s("16) Tutsi were about 15% of the population before the genocide.", D),
             s("17) Some 500,000 women and girls were raped.", D),
             s("18) Around 95,000 children were left orphans.", D),
             s("19) The hate radio RTLM went on air in the summer of 1993.", N),
             s("20) Kangura printed the so-called 'Hutu Ten Commandments' in December 1990.", N),
             s("21) Opération Turquoise began in late June and the last French soldiers left on 21 August.", S),
             s("22) A French historians' commission found in 2019 that France bore heavy and overwhelming "
               "responsibilities.", C),
             s("23) The UN General Assembly made 7 April a day of reflection on the genocide in December 2003.", N),
             s("24) Burundi's first Hutu president, Melchior Ndadaye, had been murdered months earlier, in October "
               "1993.", N)],
            [s("Share so the world never forgets!!")],
        ],
    },
    # 3. Comment section under an (invented) magazine's article on the ICTR's record. Hard negative.
    {
        "doc": "comments-ictr-record.txt",
        "title": "Comments under \"Twenty years on, what did the Rwanda tribunal achieve?\"",
        "genre": "comment section",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("mkabera_law: Good piece, but it goes far too easy on the tribunal."),
             s("It indicted some 93 people over two decades and not one of them came from the RPF.", S),
             s("The tribunal's mandate covered the whole of 1994, so the Kabgayi clergy and the Byumba stadium fell "
               "squarely inside it.", S),
             s("Instead the prosecutor sent the Kabgayi file to Rwanda in 2008, and a military court there acquitted "
               "the two senior officers.", S),
             s("Call it one-sided or call it victor's justice, that is simply what the docket shows.")],
            [s("fred_in_leeds: by my count the RPA killed about 45,000 civilians that year.", D),
             s("sara_k: and the genocide itself killed some 800,000, so the scale was never comparable.", D)],
            [s("j_osei: I agree about the RPF gap, but let's not pretend the tribunal achieved nothing."),
             s("Akayesu, in 1998, was the first time an international tribunal ruled that rape could be an act of "
               "genocide.", S),
             s("Kambanda, the interim PM, became the first former head of government convicted of genocide, and he "
               "got life.", S),
             s("They also sent Bagosora, the army's chief of staff, down for life.", C),
             s("Of roughly 93 indicted, about 60 were convicted and something like 14 acquitted.", S)],
            [s("mkabera_law: the media case was a landmark too: Nahimana, Barayagwiza and Ngeze were convicted in "
               "December 2003.", S),
             s("anon_1194: Ngeze walked free on appeal, if I remember right.", C),
             s("mkabera_law: no, his life term was cut to 35 years in 2007.", S),
             s("anon_1194: the ICTR wound up in 2012 and handed what was left to the gacaca courts.", C),
             s("j_osei: the gacaca courts had their own blind spot, since crimes by RPF soldiers were excluded from "
               "their jurisdiction.", S)],
            [s("fred_in_leeds: Kibeho, in April 1996, fell outside the tribunal's time frame anyway.", C),
             s("anon_1194: still, at least 4,000 people died at Kibeho.", D),
             s("sara_k: one last thing, the UNSC vote that created the tribunal in November 1994 was unanimous.", C),
             s("j_osei: it wasn't unanimous: thirteen for, one against, one abstention.", S),
             s("And the court sat in Arusha, in Tanzania, a long way from most survivors.", S),
             s("sara_k: fair, and the General Assembly only designated 7 April as a day of reflection in December "
               "2003.", N)],
        ],
    },
    # 4. A secondary-school teacher's lesson notes quoting hate media in order to analyse them. Hard negative.
    {
        "doc": "teacher-notes-hate-media.txt",
        "title": "Lesson notes, Year 12 history: words before the killing (RTLM and Kangura)",
        "genre": "teaching notes",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Lesson 3 of 5, about 50 minutes: how propaganda prepared and then directed the killing."),
             s("Aim: students can explain what dehumanising language does, using primary sources from 1990-94.")],
            [s("Starter (5 min): the word 'inyenzi' on the board, which is Kinyarwanda for cockroaches.", N),
             s("Ask who is being described, and why an insect.")],
            [s("Background to give orally."),
             s("Kangura, the paper edited by Hassan Ngeze, printed its so-called 'Ten Commandments' of the Hutu in "
               "December 1990.", N),
             rep("Its eighth commandment read: 'Hutus must cease having pity for the Tutsi.'", N, "call_to_action"),
             rep("The same issue opened by calling the Batutsi 'bloodthirsty and power-hungry'.", N,
                 "accusation_in_mirror", "dehumanisation"),
             rep("A later editorial in issue No. 40 was headlined 'A Cockroach (Inyenzi) Cannot Bring Forth a "
                 "Butterfly'.", N,
                 "dehumanisation"),
             s("RTLM went on air in July 1993 and mixed pop music and phone-ins with hatred.", N),
             s("At first the state broadcaster, Radio Rwanda, even let it transmit with its equipment.", N),
             s("Ferdinand Nahimana was one of its founders and a senior official.", S),
             s("If time allows, show the photograph from the Kigali memorial at Gisozi, which opened in April 2004.",
               N)],
            [s("Source B (10 min): an RTLM broadcast from the course reader."),
             rep("Listeners living near Rugunga were told they would 'see the cockroaches' (inkotanyi) straw huts "
                 "in the marsh' and that 'those who have guns should immediately go to these cockroaches... encircle them and "
                 "kill them'.", N, "dehumanisation", "call_to_action"),
             s("Point out the technique: the targets are insects, the killing is pest control, and the order is "
               "given as if it were advice."),
             s("RTLM kept broadcasting until the end of July 1994.", N)],
            [s("What happened to the people behind it (write on the board)."),
             s("The Media case judgment came in December 2003, against Nahimana, Barayagwiza and Ngeze.", S),
             s("On appeal Ngeze's life term became 35 years, in 2005.", C),
             s("Barayagwiza, founder of the CDR and an RTLM board member, ended up with 35 years.", C),
             s("Georges Ruggiu, a Belgian-Italian presenter at RTLM, pleaded guilty and got 12 years in June "
               "2000.", S),
             s("Léon Mugesera, an MRND official, made his speech at Kabaya on 22 November 1992.", S),
             s("He was deported from Canada in 2012 and a Rwandan court gave him life in April 2016.", S)],
            [s("Plenary (10 min): is quoting this material dangerous?"),
             s("Our answer: quoted in order to take it apart, it becomes evidence rather than propaganda."),
             s("Homework: 300 words on one technique from today's sources, with a quotation and an explanation.")],
        ],
    },
    # 5. Producer's summary of a local radio phone-in (invented station, presenter and callers).
    {
        "doc": "radio-phonein-summary.txt",
        "title": "Phone-in summary: \"Thirty years on: Rwanda and the world\"",
        "genre": "radio call-in summary",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Producer's summary of Thursday evening's phone-in, presented by Nadia Ferris."),
             s("The lines were busy for the whole hour, and several callers had lived or worked in the region.")],
            [s("First up was Graham, a retired signals officer, who said the UN force in Rwanda was commanded by "
               "General Roméo Dallaire from the autumn of 1993 until the summer of 1994.", S),
             s("He said New York had told Dallaire he had no authority to act on an informant's warning about "
               "hidden arms caches.", S),
             s("Graham added that the Security Council answered the killings by cutting the force to a few hundred "
               "in early May.", C),
             s("Nadia pointed out that the cut came on 21 April, and that the Council then voted for 5,500 troops "
               "less than a month later.", S),
             s("Graham recommended Dallaire's memoir, Shake Hands with the Devil, which came out in 2003.", N)],
            [s("Amira, calling from Leicester, said ten Belgian peacekeepers were murdered on 7 April after being "
               "disarmed and taken to a camp in Kigali.", S),
             s("They had been guarding the Prime Minister, Agathe Uwilingiyimana, who was killed that same "
               "morning.", S),
             s("She thought a Belgian court had convicted a Rwandan major for those deaths in 2001.", C),
             s("Nadia corrected the year to 2007, when Bernard Ntuyahaga was given twenty years in Brussels.", S),
             s("Amira had visited the memorial at Gisozi, where more than 250,000 people are buried.", N)],
            [s("Pierre said France's Opération Turquoise was approved by the Security Council in the second half of "
               "June, with five abstentions.", S),
             s("Around 5,000 French soldiers took part, he said.", C),
             s("According to Pierre, the French set up their safe zone in the north-east, around Byumba.", C),
             s("A listener texted to say the zone was in the south-west, between Cyangugu, Kibuye and Gikongoro, "
               "which is right.", S)],
            [s("Doreen, a former nurse, worked in Goma that July, when a million people crossed over from Gisenyi "
               "within a few days.", D),
             s("She said cholera killed about 12,000 refugees around the town that month.", S),
             s("In her account the camps lost around 80,000 people in the first month.", D),
             s("She also said the Tutsi had made up about 15 per cent of Rwanda's population before 1994.", D)],
            [s("Kofi, a student, said the RPF had already taken Kigali by mid-June.", C),
             s("He said the new government sworn in that July had Paul Kagame as its president.", C),
             s("He finished by quoting the UN's own 1999 inquiry, which put the dead at roughly 800,000 in about a "
               "hundred days.", S),
             s("A texter insisted that exactly 1,074,017 people were killed in the hundred days.", D)],
            [s("Nadia closed by reminding listeners that 7 April is the UN's International Day of Reflection on the "
               "1994 genocide against the Tutsi.", N),
             s("Next week's phone-in is on the gacaca courts.")],
        ],
    },
    # 6. A student's revision notes, with abbreviations and a few honest mistakes.
    {
        "doc": "student-revision-notes.txt",
        "title": "Revision notes: Rwanda 1990-95 (exam on Tuesday)",
        "genre": "student revision notes",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("BACKGROUND (the early 90s)"),
             s("1 Oct 1990: RPF (mostly Tutsi refugees) invades from Uganda, civil war starts.", S),
             s("Aug '93: Arusha Accords signed by Habyarimana and RPF chairman Paul Kagame.", C),
             s("21 Oct '93: Burundi's first Hutu president, Ndadaye, assassinated.", N),
             s("Oct '93: UNSC res 872 sets up UNAMIR, approx 2,500.", S),
             s("RTLM on air from July '93; Kangura's 'Ten Commandments' were in Dec '90.", N),
             s("Interahamwe: Rutaganda was its national 2nd vice-president, 25 yrs at the ICTR.", C)],
            [s("APRIL-JULY 1994"),
             s("6 Apr, evening: plane shot down near Kigali airport, Habyarimana and Burundi's president Ntaryamira "
               "both killed.", S),
             s("Who fired = still unknown, no court has ever decided it.", S),
             s("7 Apr: PM Uwilingiyimana killed, plus 10 Belgian UNAMIR soldiers.", S),
             s("21 Apr: UNSC res 912 cuts UNAMIR to 270 (!!).", S),
             s("End of April: 500k+ cross into Tanzania (Ngara) in 24 hrs.", C),
             s("Sept '94: RPF soldiers kill 13 clergy incl. the Archbishop of Kigali at Kabgayi.", C),
             s("22 June: res 929 authorises Op. Turquoise, passed with 12 votes for.", C),
             s("4 July: RPF takes Kigali and Butare.", S),
             s("Mid-July: RPF reaches Gisenyi, FAR soldiers flee into Zaire.", S),
             s("(Gisenyi fell on 18 July exactly.)", D),
             s("Goma: ~50,000 refugees died in the 1st month, mostly cholera and dysentery.", D)],
            [s("NUMBERS"),
             s("Govt count published 2002: 1,074,017 killed.", S),
             s("So about 800,000 is the real figure.", D),
             s("Orphans = 95,000.", D),
             s("Tutsi = 8.4% in the 1991 census (HRW thinks under-counted).", S)],
            [s("JUSTICE"),
             s("Akayesu = bourgmestre of Taba, convicted Sept 1998, 25 yrs.", C),
             s("Death penalty: 22 publicly executed in April 1997, abolished in 2007.", C),
             s("Gersony/UNHCR team: 25-45k killed by the RPA, Apr-Aug 94; ICTR prosecuted 0 RPF members.", S),
             s("Memorials: Gisozi opened 2004, more than 250,000 buried there.", N),
             s("Last year's exam question: 'To what extent was the international community responsible?' Use res "
               "912 and Dallaire.")],
        ],
    },
    # 7. A pub quiz night's answer sheet, with the quizmaster's marks and notes (invented team and quiz).
    {
        "doc": "quiz-night-answer-sheet.txt",
        "title": "Quiz night, round 5: answer sheet of table 6",
        "genre": "quiz answer sheet",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Table 6, 'The Quizzly Bears', round 5: Rwanda special for the anniversary.")],
            [s("Q1 (✓): Habyarimana's plane came down on the evening of Wednesday 6 April 1994.", S),
             s("Q2 (✗): Burundi's president on board was Melchior Ndadaye.", C),
             s("Q3 (✓): RTLM stood for Radio Télévision Libre des Mille Collines.", N),
             s("Q4 (✗): resolution 912 cut UNAMIR to roughly 2,700.", C),
             s("Q5 (✓): the 'Hutu Ten Commandments' were printed in the paper Kangura.", N),
             s("Q6 (✗): the ICTR was created by the UN General Assembly.", C),
             s("Q7 (✓): before the genocide Jean-Paul Akayesu was bourgmestre of Taba.", S),
             s("Q8 (✗): Pascal Simbikangwa, the first Rwandan tried for genocide in France, got 15 years.", C),
             s("Q9 (✗): the gacaca courts held their last sessions in June 2010.", C),
             s("Q10 (✓): the RPF's radio station was Radio Muhabura.", S),
             s("Q11 (✗): RTLM's founder Ferdinand Nahimana ended up with a life sentence.", C),
             s("Q12 (✓): the film Hotel Rwanda tells the story of the Hôtel des Mille Collines.", N),
             s("Q13 (✗): the UNHCR's Gersony team estimated that the RPA killed 5,000 to 10,000 people.", C),
             s("Q14 (✗): Kibeho camp held about 11,000 displaced people when the RPA opened fire in April 1995.",
               C),
             s("Q15 (✗): the Duclert report went to President Macron in March 2019.", C),
             s("Q16 (✓): Dallaire's memoir is called Shake Hands with the Devil.", N),
             s("Q17 (½): the genocide killed 'about a million'.", D),
             s("Bonus (✓): the UN's day of reflection on the genocide falls on 7 April.", N),
             s("Tie-breaker: the Rwandan government's 2002 count of the dead came to about 1.1 million.", S)],
            [s("Quizmaster's notes for the scorers."),
             s("Q2: it was Cyprien Ntaryamira.", S),
             s("Ndadaye had been assassinated the previous October.", N),
             s("Q11: in 2007 the Appeals Chamber cut Nahimana's term to 30 years.", S),
             s("Q14: MSF's figure for the camp was 110,000.", S),
             s("Q17: half a point only, because the estimates differ."),
             s("Final score 8 and a half out of 18, plus the tie-breaker point."),
             s("Well played, Bears.")],
        ],
    },
    # 8. A (composite, invented) tour guide's working notes for a memorial day trip.
    {
        "doc": "tour-guide-notes.txt",
        "title": "Guide's notes: Kigali and Bugesera memorial day tour",
        "genre": "tour guide's notes",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Day tour, Kigali to Bugesera and back, notes revised after the March groups."),
             s("Pick-up at 8:00; remind guests that photographs are not allowed inside the churches.")],
            [s("Stop 1, the Kigali Genocide Memorial at Gisozi, about ten minutes' drive from the centre.", N),
             s("It opened in April 2004, on the tenth anniversary.", N),
             s("More than 250,000 victims are buried in its mass graves.", N),
             s("Tell the group the killing began on 7 April 1994, the morning after the President's plane was shot "
               "down.", S),
             s("On numbers: the government's 2002 count came to 1,074,017, while HRW in 1999 said at least half a "
               "million, so mention both.", S),
             s("My own summary line, 'roughly 800,000 people died in a hundred days', is the one the guests "
               "remember.", D)],
            [s("Stop 2, drive past the Hôtel des Mille Collines, which first opened in 1973.", N),
             s("More than a thousand people sheltered there during the genocide.", N),
             s("The film about it, Hotel Rwanda, came out in 2004.", N)],
            [s("Stop 3, Ntarama church, roughly 30 km south of the capital.", N),
             s("Over 5,000 people who had taken refuge there were killed.", N),
             s("Stop 4, Nyamata church, where around 10,000 Tutsi were murdered.", N)],
            [s("Questions guests always ask."),
             s("Why didn't the UN stop it?"),
             s("UNAMIR had an authorised strength of about 2,500, and in late April the Security Council cut it to "
               "270.", S),
             s("When did it end?"),
             s("The RPF took Kigali on 4 July.", S),
             s("That date is now Liberation Day, a public holiday.", N),
             s("Were there crimes by the RPF too?"),
             s("Yes: at Kabgayi in early May 1994 RPF soldiers killed thirteen clergy.", C),
             s("At Kibeho in April 1995 about 4,000 displaced people were shot by the army.", D),
             s("Who was punished?"),
             s("Colonel Bagosora, for one, whose life sentence the ICTR confirmed on appeal in 2011.", C),
             s("In all, the ICTR convicted about 30 people.", C)],
            [s("Fix from last month: I told a group the Belgian peacekeepers died at the airport; they were killed "
               "at a military camp in Kigali.", S),
             s("Lunch at 13:00 in Nyamata, back in Kigali by 17:30.")],
        ],
    },
    # 9. French forum thread documenting RPF/RPA crimes and the ICTR's silence on them. Hard negative.
    {
        "doc": "forum-fr-crimes-apr.txt",
        "title": "Forum d'histoire : crimes de l'APR en 1994-1995, ce que disent les sources",
        "genre": "fil de forum",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Clémence_R : je rouvre le sujet, parce que beaucoup de gens mélangent tout."),
             s("Le génocide des Tutsi est établi : dès décembre 1994, la Commission d'experts de l'ONU concluait "
               "qu'il avait été commis de façon concertée, planifiée, systématique et méthodique.", S),
             s("Cela n'empêche pas de documenter les crimes de l'APR, bien au contraire."),
             s("D'après l'équipe d'experts du HCR, entre 25 000 et 45 000 personnes ont été tuées par des soldats "
               "de l'APR d'avril à août 1994.", S),
             s("Un ancien ministre de l'Intérieur avançait même quelque 60 000 morts, mais sur une période allant "
               "jusqu'en août 1995.", S)],
            [s("Bastien_K : en gros, l'APR a tué environ 45 000 civils en 1994.", D),
             s("À Kabgayi, début juin 1994, des soldats du FPR ont tué treize ecclésiastiques, dont l'archevêque "
               "de Kigali.", S),
             s("C'était le 5 juin.", D),
             s("Deux capitaines ont été condamnés à huit ans en octobre 2008 par un tribunal militaire rwandais, "
               "peine ramenée à cinq ans en appel.", S),
             s("Hugo_74 : dix ans, plutôt, il me semble.", C),
             s("Bastien_K : le TPIR, lui, n'a jamais poursuivi un seul membre du FPR avant de fermer ses portes "
               "fin 2015.", S)],
            [s("Clémence_R : et Kibeho ?"),
             s("Le 22 avril 1995, l'APR a ouvert le feu sur les déplacés du camp.", S),
             s("Il y a eu environ 2 000 morts.", D),
             s("Hugo_74 : Kibeho, c'était bien en avril 1996.", C),
             s("Bastien_K : non, avril 1995.", S),
             s("Hugo_74 : autre chose, le TPIR a été créé par la résolution 955 en novembre 1995.", C),
             s("Bastien_K : novembre 1994, le 8 exactement.", S),
             s("Il siégeait à Arusha, en Tanzanie.", S),
             s("Clémence_R : et depuis 2018, la journée du 7 avril à l'ONU porte explicitement sur le « génocide "
               "contre les Tutsi ».", N),
             s("Hugo_74 : le rapport d'Amnesty de 1996 évoquait déjà des centaines d'exécutions délibérées par "
               "l'APR.", C)],
            [s("Clémence_R : pour le contexte, les Tutsi formaient environ 15 % de la population au début de "
               "1994.", D),
             s("Rappel des règles du forum : parler de ces crimes n'autorise personne à parler de « double "
               "génocide »."),
             s("La Commission d'experts a d'ailleurs relevé des crimes contre l'humanité des deux côtés, sans "
               "aucune preuve d'une intention de détruire les Hutu en tant que groupe.", S),
             s("Hugo_74 : bien noté.")],
        ],
    },
    # 10. FIXTURE (written by the team, states falsehoods on purpose): own-voice denial in a reply thread.
    {
        "doc": "fixture-denial-reply-thread.txt",
        "title": "Replies under a commemoration post",
        "genre": "social-media replies (test fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("@truthseeker_88: 'genocide' my foot, it was a civil war and both sides killed each other.", C,
                 "definitional_denial", "double_genocide"),
             own("Nobody planned anything, people just lost their heads after the president died.", C,
                 "spontaneity"),
             own("The real number of dead was maybe 50k, the rest is Kigali propaganda.", C, "minimisation",
                 "fabrication"),
             own("Even the UN only ever talked about a few tens of thousands.", C, "minimisation", "fabrication")],
            [own("@truthseeker_88: the RPF killed far more Hutu than anyone killed Tutsi, everybody knows it.", C,
                 "double_genocide", "role_reversal", "blame_shifting"),
             own("Those 'survivors' at the tribunal were coached to say whatever Arusha wanted.", None,
                 "attack_on_witnesses"),
             own("So stop calling it a genocide against the Tutsi.", None, "definitional_denial")],
        ],
    },
    # 11. FIXTURE (written by the team, states falsehoods on purpose): a group-chat export, accurate messages
    #     followed by a member's denial. Composite.
    {
        "doc": "fixture-denial-composite-groupchat.txt",
        "title": "Group chat export: 7 April",
        "genre": "chat-group export (test fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("[07/04, 09:12] Aline: today marks thirty years since the genocide against the Tutsi began, on 7 "
               "April 1994.", S),
             s("[07/04, 09:14] Aline: two weeks later, on 21 April, the UN cut its peacekeeping force to 270.", S),
             s("[07/04, 09:15] Aline: the Security Council set up the ICTR that November and it went on to convict "
               "61 people.", S)],
            [own("[07/04, 09:40] Marc: with respect, that court only ever heard paid witnesses coached by Kigali.",
                 None, "attack_on_witnesses"),
             own("[07/04, 09:41] Marc: the killing was spontaneous anger after the president's death, not a plan.",
                 C, "spontaneity"),
             own("[07/04, 09:43] Marc: and the RPF shot the plane down to start it all, the French judge proved it.",
                 C, "blame_shifting", "fabrication"),
             own("[07/04, 09:44] Marc: there were two genocides and only one of them gets remembered.", C,
                 "double_genocide")],
        ],
    },
    # 12. FIXTURE (written by the team, states falsehoods on purpose): French comment, distortion.
    {
        "doc": "fixture-denial-fr-commentaire.txt",
        "title": "Commentaire sous un article sur la commémoration",
        "genre": "commentaire d'article (fixture de test)",
        "language": "fr",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Personne ne nie qu'il y ait eu des massacres de Tutsi en 1994, c'est entendu.", S),
             own("Mais l'APR a tué au moins deux millions de Hutu, et de cela on ne parle jamais.", C,
                 "double_genocide", "blame_shifting"),
             own("Les paysans hutu n'ont fait que se défendre : c'était de la légitime défense.", None,
                 "justification", "role_reversal"),
             own("Sans l'attentat du 6 avril commis par le FPR, il n'y aurait rien eu.", D, "blame_shifting"),
             s("Le TPIR n'a d'ailleurs condamné personne pour génocide avant 2008.", C),
             own("Parler du « génocide des Tutsi » sans parler du reste, c'est de la propagande de vainqueurs.",
                 None, "double_genocide", "definitional_denial")],
        ],
    },
]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:], DOCS, HERE))
