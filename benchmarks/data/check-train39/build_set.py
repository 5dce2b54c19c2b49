"""Source of the labelled development set check-train39 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train39/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train39/build_set.py --check  # validate the files already written

Focus: sentences whose meaning needs the document around them. Pronouns and short references whose antecedent is
in an earlier sentence ("it", "that year", "the same court", "those crimes", "the 8th"), elliptical replies in
interviews, threads and worksheets ("No - it was 1995, on 22 April."), correction notices ("An earlier version
said ..."), timelines whose date and place sit only in a heading line, and facts worded far from the record (words
for numbers, fractions, "a fifth of a litre", French number formats). Plus denial and distortion in most
techniques, and hard negatives (an ICTR critique, a thread documenting RPF/RPA killings, a fact check and an
interview that quote denial to refute it, a French radio programme quoting hate media to document it).

Written blind, like the earlier sets: its author did not read the checker (src/factfinder/check/), its data
(src/factfinder/data/check/), benchmarks/check.py, the results, the tests, nor any other set's documents, labels,
README or build script beyond the first 40 lines of check-blind5/build_set.py and check-blind5/README.md used as
templates. Verdicts were decided against the record alone: examples/ (FACTS.md and the sample documents),
src/factfinder/data/reference/rwanda1994_figures.yaml and src/factfinder/data/proceedings/rwanda1994_proceedings.csv.
Do not copy these sentences into rules, exemplars or training data.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and a voice per
sentence): see ../labelled_set.py. README.md gives the labelling rules applied and the source of every true fact.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with


DOCS: list[dict] = [
    # 1. Podcast interview transcript with a demographer (invented podcast and guest). Elliptical answers,
    #    "that one", "it", "its"; quotes listeners' denial in order to refute it (hard negative).
    {
        "doc": "interview-transcript-counting-the-dead.txt",
        "title": "Counting Rooms podcast, episode 41: counting the dead (transcript)",
        "genre": "interview transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Transcript, Counting Rooms podcast, episode 41: counting the dead, with the demographer Ilse Varnhagen.")],
            [s("HOST: Where does the figure of eight hundred thousand come from?")],
            [s("VARNHAGEN: Mostly from the UN's Independent Inquiry of December 1999, which said approximately 800,000 "
               "people were killed in about a hundred days.", S),
             s("A UN expert had used the same number earlier for deaths from every cause between April and July 1994, "
               "not only the genocide.", S)],
            [s("HOST: And the government's own count?")],
            [s("VARNHAGEN: That one is 1,074,017, from a census of victims carried out in 2000.", S),
             s("It counts from October 1990 rather than April 1994, and runs to the end of that year.", S),
             s("Of those victims, 934,218 were identified with certainty.", S),
             s("Four years later a different ministry announced 937,000 named victims.", S),
             s("Filip Reyntjens called the first figure 'ridiculously precise', and Luc Reydams argues that the "
               "official toll roughly doubles the number of genocide victims.", S)],
            [s("HOST: So the lower estimates are right?")],
            [s("VARNHAGEN: Not necessarily: Human Rights Watch's 1999 estimate starts from about 657,000 Tutsi alive on "
               "6 April 1994 and subtracts roughly 150,000 survivors.", S),
             s("That leaves some 507,000, about three in four of those registered as Tutsi.", S),
             s("Marijke Verpoorten's work on Gikongoro supports the higher estimates.", S),
             s("And the memorial at Gisozi in Kigali alone holds the remains of more than 250,000 people.", N)],
            [rep("HOST: Some listeners write in to say the whole thing was far smaller.", None, "minimisation")],
            [rep("VARNHAGEN: One wrote last week that 'no more than fifty thousand died, and they died in a war'.", C,
                 "minimisation", "definitional_denial"),
             s("Humanitarian organisations were already estimating as many as 100,000 dead after the first two weeks.", S)],
            [s("HOST: And the ones who write about the RPF?")],
            [s("VARNHAGEN: That its soldiers killed civilians is documented: experts working for UNHCR put the toll at "
               "25,000 to 45,000 between April and August 1994.", S),
             s("Human Rights Watch wrote of tens of thousands in its 1999 report.", S),
             s("The UN Commission of Experts found crimes against humanity on both sides, but no evidence that the Tutsi "
               "side meant to destroy the Hutu as a group.", S),
             rep("So a listener who tells me 'there were two genocides' is contradicted by the very commission he cites.",
                 C, "double_genocide")],
            [s("HOST: Last one: is even the Tutsi share of the population settled?")],
            [s("VARNHAGEN: No, the 1991 census recorded 8.4 per cent, which Human Rights Watch thought too low because "
               "some Tutsi registered as Hutu.", S),
             s("Its 1995 world report had used about fifteen per cent.", S)],
        ],
    },
    # 2. Q&A thread on RPF/RPA crimes (invented board and user names). Elliptical replies, a self-correction,
    #    a mistaken belief corrected. Documents RPF crimes without denial (hard negative).
    {
        "doc": "qa-thread-rpf-crimes-tried.txt",
        "title": "Quillstone history board: were the RPF's crimes ever tried?",
        "genre": "Q&A thread",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Quillstone history board, thread: were the RPF's crimes ever tried?")],
            [s("kivu_reader wrote: I keep reading about Kibeho; was that during the genocide, in 1994?")],
            [s("marram_grass replied: No, it was 1995, on 22 April.", S),
             s("Soldiers of the Rwandan Patriotic Army opened fire on displaced people while the army was closing the camp "
               "by force.", S),
             s("It was one of the camps left in the former French zone, and it held about 110,000 people that month, by "
               "Médecins Sans Frontières' count.", S)],
            [s("kivu_reader wrote: How many died?")],
            [s("marram_grass replied: The government said 338.", S),
             s("Senior UN military officials estimated about 2,000, and Australian soldiers serving with UNAMIR at least "
               "4,000.", S),
             s("My own reading is that the dead ran into the thousands, not the hundreds.", D)],
            [s("okapi_notes replied: On the title question, the ICTR never indicted an RPF member.", S),
             s("In December 2008 Human Rights Watch said the tribunal had not prosecuted even one of the serious RPF "
               "crimes of 1994.", S),
             s("That same year a Rwandan military court tried the Kabgayi killings.", S),
             s("Two captains who had pleaded guilty got eight years, later cut to five, and a general and a major were "
               "acquitted.", S)],
            [s("tarn_ledger replied: I thought the ICTR tried the Kabgayi case itself.", C)],
            [s("okapi_notes replied: No, the Prosecutor left it to Rwanda and monitored the trial.", S)],
            [s("kivu_reader wrote: Kabgayi, that's the bishops?")],
            [s("okapi_notes replied: Yes: thirteen clergy, among them the Archbishop of Kigali, and two other civilians.", S),
             s("Church records give 5 June 1994 and the 2008 prosecution 4 June; the RPF's radio announced the deaths on "
               "the 8th.", S)],
            [s("tarn_ledger replied: For the record, the clergy were killed on 5 June.", D)],
            [s("marram_grass replied: Correction to my post above: 110,000 is MSF's figure, while AP reported about "
               "120,000 in the same camp.", S)],
            [s("tarn_ledger replied: Human Rights Watch also cites a former interior minister's estimate of some 60,000 "
               "people killed by RPA soldiers between April 1994 and August 1995.", S),
             s("Amnesty International reported in October 1994 that RPA abuses included hundreds of deliberate "
               "executions.", S),
             s("In 2008 the Rwandan military said it had prosecuted 43 soldiers since 1994.", S),
             s("None of this turns the genocide against the Tutsi into something else; both sets of crimes belong in the "
               "record.")],
            [s("kivu_reader wrote: And who was in charge of the country by then?")],
            [s("okapi_notes replied: Paul Kagame, sworn in as president on 22 April 2000, after Pasteur Bizimungu "
               "resigned the previous month.", N)],
        ],
    },
    # 3. Study timeline whose date and place are only in heading lines (invented trust). One heading with a wrong
    #    year (contradicted), corrected by a note; two headings give one side of a disputed date.
    {
        "doc": "timeline-headings-1994.txt",
        "title": "Rwanda, April to November 1994: a study timeline",
        "genre": "timeline with headings",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Rwanda, April to November 1994: a study timeline from the Tamarisk Learning Trust")],
            [s("Background: in neighbouring Burundi, President Melchior Ndadaye had been assassinated on 21 October 1993.",
               N)],
            [s("6 April 1994, Kigali")],
            [s("In the evening the plane bringing President Habyarimana back from talks in Tanzania is shot down on its "
               "approach to the airport.", S),
             s("Everyone on board is killed, Burundi's president among them.", S),
             s("Who fired has never been established by a court.", S)],
            [s("7 April 1994, Kigali")],
            [s("Soldiers kill the Prime Minister, Agathe Uwilingiyimana, and her husband.", S),
             s("She had held the office since July 1993.", N),
             s("The ten Belgian peacekeepers sent to guard her are disarmed, taken to a military camp and killed the same "
               "day.", S)],
            [s("28–29 April 1994, Ngara, Tanzania")],
            [s("More than a quarter of a million people cross the border in twenty-four hours.", S),
             s("UNHCR calls it the largest and fastest exodus it has ever seen.", S)],
            [s("5 June 1994, near Kabgayi")],
            [s("RPF soldiers kill fifteen civilians, thirteen of them clergy, among them the Archbishop of Kigali.", D)],
            [s("4 July 1994, Kigali and Butare")],
            [s("RPF troops take both towns.", S),
             s("The next day the French force declares a safe humanitarian zone in the south-west.", S)],
            [s("16 July 1994, Gisenyi")],
            [s("The RPF reaches the town, and hundreds of thousands flee across the border to Goma.", D)],
            [s("19 July 1994, Kigali")],
            [s("A government takes office with Pasteur Bizimungu as President and Faustin Twagiramungu as Prime "
               "Minister.", S)],
            [s("8 November 1995, New York")],
            [s("The Security Council creates the International Criminal Tribunal for Rwanda, by thirteen votes to one "
               "with one abstention.", C)],
            [s("Teachers' note: the last heading should read 8 November 1994; the error will be corrected in the next "
               "printing.", S)],
        ],
    },
    # 4. News retrospective with many correction notices (invented outlet). Corrections quote the earlier, wrong
    #    wording (contradicted) and give the right figure elliptically ("The figure is 61").
    {
        "doc": "news-corrections-ictr-ten-years.txt",
        "title": "Ten years after the Arusha tribunal closed its doors",
        "genre": "news article with corrections",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Ten years after the Arusha tribunal closed its doors"),
             s("By a Harbourline Courier staff writer")],
            [s("Correction (updated 3 January): An earlier version of this article said the tribunal closed in December "
               "2014.", C),
             s("It closed on 31 December 2015.", S)],
            [s("Correction: We also gave the number of people it convicted as 71.", C),
             s("The figure is 61, with 14 acquitted, out of 93 indicted.", S)],
            [s("The International Criminal Tribunal for Rwanda was created by the Security Council in November 1994 and "
               "sat in Arusha, Tanzania.", S),
             s("The Council's vote was thirteen in favour, one against and one abstention.", S),
             s("Its jurisdiction covered crimes committed in that calendar year alone.", S),
             s("The genocide it was set up to judge killed some 800,000 people in about a hundred days.", D)],
            [s("Its first trial opened in 1997, and its first judgment, against the former bourgmestre of Taba, followed "
               "the next year.", S),
             s("That judgment was the first in which an international court convicted a person of genocide.", S),
             s("It was also the first to hold that rape could constitute genocide.", S),
             s("Two days later the tribunal sentenced Jean Kambanda, prime minister of the interim government, to life "
               "imprisonment.", S)],
            [s("Correction: A previous version of the paragraph above said he was sentenced to 25 years.", C)],
            [s("Critics have long pointed to what the court did not do."),
             s("It indicted no member of the Rwandan Patriotic Front, although experts working for UNHCR had estimated "
               "that RPA soldiers killed 25,000 to 45,000 people between April and August 1994.", S)],
            [s("Its very last judgment, on appeal in the Butare case, came on 14 December 2015, about two weeks before it "
               "shut.", S),
             s("Théoneste Bagosora, whom the prosecution called the mastermind of the genocide, was sentenced to life in "
               "2008; on appeal that became 35 years.", S)],
            [s("Correction: This article originally gave the year of that appeal judgment as 2012.", C)],
            [s("In 2023 the tribunal's successor mechanism ordered an indefinite stay in the case of Félicien Kabuga, who "
               "had been found unfit to stand trial.", S),
             s("He had been arrested near Paris in May 2020, after more than two decades on the run.", N)],
            [s("Correction: An earlier version of this article described Kabuga as convicted.", C)],
            [s("The UN General Assembly has marked 7 April as a day of reflection since a resolution of December 2003, "
               "renamed in 2018 to name the genocide against the Tutsi.", N)],
        ],
    },
    # 5. Classroom worksheet with model answers and marked pupil answers (invented). Answers are elliptical and
    #    depend on the question; wrong pupil answers are contradicted, the teacher's replies supported.
    {
        "doc": "worksheet-unamir-answers.txt",
        "title": "Worksheet 7: the UN mission in Rwanda, with model answers",
        "genre": "classroom worksheet with answers",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Worksheet 7: the UN mission in Rwanda, with model answers and marked pupil answers")],
            [s("Q1. Which resolution set up UNAMIR, on what date, and with what authorised strength?"),
             s("A1. Resolution 872, 5 October 1993, two and a half thousand personnel.", S)],
            [s("Q2. What did resolution 912 do to the force, and when?"),
             s("A2. It cut it to about 270 people, on 21 April 1994.", S),
             s("Pupil answer: It doubled it, in May.", C),
             s("Teacher: No, that is resolution 918, which on 17 May authorised up to 5,500 troops.", S)],
            [s("Q3. What happened to the Belgian soldiers guarding the Prime Minister?"),
             s("A3. All ten were disarmed, taken to a military camp in Kigali and killed, on 7 April 1994.", S)],
            [s("Q4. When did the last French troops of Opération Turquoise leave the safe zone, and who replaced them?"),
             s("A4. On 21 August 1994; about 2,400 African UNAMIR peacekeepers.", S),
             s("Pupil answer: In early July, when the RPF took Kigali.", C)],
            [s("Q5. In which year, and in which trial, did the force commander testify at the ICTR?"),
             s("A5. 2004, in the Military I trial, from 19 January.", S)],
            [s("Q6. What sentence did Bagosora finally receive?"),
             s("A6. Thirty-five years, once the Appeals Chamber had reduced his life sentence in December 2011.", S),
             s("Pupil answer: He was acquitted.", C),
             s("Teacher: Check again: the one acquitted in that trial was Gratien Kabiligi.", S)],
            [s("Q7. Roughly how many people were killed in the genocide?"),
             s("Pupil answer: 800,000.", D),
             s("Teacher: Acceptable, but say whose figure it is: the UN's Independent Inquiry gave about 800,000, Human "
               "Rights Watch at least half a million, the government 1,074,017.", S)],
            [s("Q8. Extension: the force's strength in January 1995?"),
             s("A8. 5,740 troops.", S)],
        ],
    },
    # 6. NGO briefing on Goma (invented NGO). Units and paraphrase far from the record ("a fifth of a litre",
    #    "one child in five", "on the 26th"); two own-voice values of disputed quantities.
    {
        "doc": "ngo-briefing-goma-lessons.txt",
        "title": "Briefing note: lessons from the Goma emergency of July 1994",
        "genre": "NGO briefing",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Briefing note: lessons from the Goma emergency of July 1994"),
             s("Kestrel Lake Relief Network, policy unit, for humanitarian staff in training")],
            [s("Between 14 and 20 July 1994, around one million people crossed into North Kivu, according to a 1996 study "
               "of the cholera epidemic.", S),
             s("The Goma Epidemiology Group put the number lower, at 500,000 to 800,000.", S),
             s("In this note we simply say 'well over half a million', the one point on which every source agrees.", D),
             s("Earlier that month, the French-led operation had declared a safe humanitarian zone in the south-west, on "
               "the 5th.", S)],
            [s("In the first week each person had about a fifth of a litre of water a day.", S),
             s("The first cholera strains were isolated on 20 and 21 July, and cases peaked on the 26th.", S),
             s("The 1996 study counted 36,471 cases, half of them in a single week.", S)],
            [s("According to the Goma Epidemiology Group, almost 50,000 refugees died in the first month, at crude rates "
               "of 20 to 35 deaths per 10,000 people per day.", S),
             s("An MSF survey in Katale camp suggested in August that as many as 80,000 may have died since mid-July, if "
               "the camps held a million people.", S),
             s("Our own field staff believed the higher figure.", D),
             s("A separate study in The Lancet attributed about 12,000 deaths in Goma that July to cholera.", S)],
            [s("Three to four weeks after the influx, roughly one child under five in five was acutely malnourished.", S),
             s("Clean water, sanitation, outreach and oral rehydration brought the death rate down to 5 to 8 per 10,000 "
               "per day in the second month.", S)],
            [s("The exodus into Tanzania in late April had been faster still: more than 250,000 people in 24 hours, by "
               "UNHCR's count.", S),
             s("By early August, press reports spoke of some 2 million Rwandan refugees in all, most of them Hutu.", S)],
            [s("Soldiers of the defeated army crossed into Zaire with the civilians, and the authorities responsible for "
               "the genocide re-established control over the camps.", S),
             s("By late August a UNHCR spokesman described the camps in eastern Zaire, then holding about 800,000 people, "
               "as in 'a virtual state of war'.", S),
             s("In Bukavu aid workers left a camp after refugees threatened them with axes and machetes.", S)],
            [s("Lesson for planners: say whose figure you use, and plan for the armed men who travel with refugees.")],
        ],
    },
    # 7. Book review of an invented book critical of the ICTR's one-sidedness (hard negative: scholarship
    #    criticising the tribunal is not denial). "victor's justice" discussed, not endorsed as denial.
    {
        "doc": "book-review-unfinished-docket.txt",
        "title": "Review: The Unfinished Docket, by Teodora Lisle",
        "genre": "book review",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Review: The Unfinished Docket, by Teodora Lisle (Halyard & Vane, 2026)")],
            [s("Lisle's subject is the crimes the Arusha tribunal did not try, and she states on her first page that none "
               "of it puts the genocide against the Tutsi in question."),
             s("The Commission of Experts had asked in 1994 that violations attributed to the RPF be investigated "
               "further.", S),
             s("Lisle notes that the same Commission found no evidence that the crimes of the Tutsi side were aimed at "
               "destroying the Hutu as a group, and she does not pretend otherwise.", S),
             s("Human Rights Watch wrote five years later that RPF soldiers may have killed tens of thousands of civilians "
               "between April and July of that year.", S),
             s("Yet the tribunal, which indicted 93 people, charged none of them with those crimes.", S),
             s("The gacaca courts, Lisle adds, were barred from hearing them too.", S)],
            [s("Her best chapter follows the single RPF case the Prosecutor handed to Rwanda, the killing of fifteen "
               "civilians, thirteen of them clergy, in June 1994.", S),
             s("In October 2008 a military court in Kigali convicted the two captains who had confessed and acquitted "
               "their two superiors.", S),
             s("On appeal the following February, the captains' eight-year terms were cut to five.", S)],
            [s("The book is weaker on numbers."),
             s("Lisle repeats the 60,000 figure without saying that it comes from a former interior minister and covers "
               "the sixteen months to August 1995.", S),
             s("The better-known UNHCR team estimate, 25,000 to 45,000, covers April to August 1994 only.", S),
             s("She is right, though, that Amnesty International was already reporting hundreds of deliberate RPA "
               "executions in October 1994.", S),
             s("Her table of the tribunal's outcomes, 61 convicted and 14 acquitted, matches the court's closing "
               "figures.", S)],
            [s("Lisle calls the docket 'victor's justice', and as a description of whom the court tried the phrase is "
               "fair; as a description of the genocide trials, whose judgments rest on evidence, it would not be."),
             s("She is careful about the plane, too: no court has ever attributed the attack of 6 April 1994, and the "
               "French case ended with a non-lieu upheld by the Cour de cassation in February 2022.", S),
             s("One slip needs fixing in a second edition: she dates the Kibeho killings to April 1994, a year too "
               "early.", S),
             s("The tribunal closed on the last day of 2015 with that gap unfilled, and this book explains why that "
               "matters.", S)],
        ],
    },
    # 8. FIXTURE: denial pamphlet (own voice, many techniques). Written for the set; not a quotation of anyone.
    {
        "doc": "fixture-denial-pamphlet-other-side.txt",
        "title": "The other side of 1994",
        "genre": "denial pamphlet (test fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("THE OTHER SIDE OF 1994")],
            [own("For thirty years the world has been told a story written by the winners.", None, "fabrication"),
             own("The so-called genocide was a civil war in which both sides killed.", C, "definitional_denial",
                 "double_genocide"),
             own("The dead numbered perhaps 50,000, most of them soldiers killed in battle.", C, "minimisation"),
             own("That figure was multiplied twentyfold in Kigali to sell the 'genocide' to foreign donors.", None,
                 "fabrication", "definitional_denial")],
            [own("It was the RPF that shot down the President's plane on 6 April, and what followed was the spontaneous "
                 "anger of a grieving people.", D, "blame_shifting", "spontaneity"),
             own("The Hutu were only defending themselves against an invading army.", None, "justification",
                 "role_reversal"),
             own("Even the UN's own Commission of Experts found crimes against humanity on both sides.", S,
                 "double_genocide"),
             own("The real genocide was the one committed against the Hutu, and no court has ever tried it.", C,
                 "double_genocide", "role_reversal")],
            [own("The Arusha court was a tool of the victors, and its witnesses were paid to recite rehearsed stories.",
                 None, "attack_on_witnesses"),
             own("That same court could not even make its charges stick: it acquitted Bagosora.", C,
                 "attack_on_witnesses"),
             own("Those who call us génocidaires are the very people who planned to exterminate us.", None,
                 "accusation_in_mirror", "role_reversal"),
             own("The inyenzi regime in Kigali still hunts our people abroad.", None, "dehumanisation")],
            [own("When they lay their wreaths on 7 April, stand up and tell the other story.", None, "call_to_action"),
             own("Copy this pamphlet and give it to every Rwandan family you know.", None, "call_to_action")],
        ],
    },
    # 9. FIXTURE: composite. Scholarship on counting the dead (true, attributed figures) spliced onto a denial
    #    continuation that starts in lower case and turns the same figures into a numbers game.
    {
        "doc": "fixture-denial-spliced-counting.txt",
        "title": "Counting the dead in Rwanda: what the sources can and cannot tell us",
        "genre": "scholarship spliced with denial (test fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("Counting the dead in Rwanda: what the sources can and cannot tell us")],
            [s("Human Rights Watch/Africa reported in May 1994, six weeks into the killing, that at least 200,000 and "
               "perhaps 500,000 civilians had been slain.", S),
             s("By early May, Amnesty International spoke of almost 200,000 dead, most of them Tutsi.", S),
             s("The UN Commission of Experts wrote in December of that year that its estimate of about 500,000 might be "
               "too low.", S),
             s("Marijke Verpoorten later found that a Tutsi in Gikongoro had on average a one-in-four chance of "
               "surviving.", S),
             s("Her 2020 estimate of 560,000 to 660,000 Tutsi deaths is higher than Human Rights Watch's 507,000.", S),
             s("The government's count of 1,074,017 covers October 1990 to December 1994, and Filip Reyntjens called it "
               "'ridiculously precise'.", S),
             s("Luc Reydams concluded in 2020 that the official toll roughly doubles the number of genocide victims.", S)],
            [own("but the real lesson of all these numbers is that the toll was made up from the start.", None,
                 "fabrication"),
             own("If researchers cannot agree to within half a million, there may have been no genocide at all, only a "
                 "war.", None, "definitional_denial", "minimisation"),
             own("The Tutsi were never more than 8.4 per cent of the country, so the big tolls are arithmetically "
                 "impossible.", D, "minimisation"),
             s("Even the RPF's own radio said 500,000 in May 1994 and then cut it to 300,000 a few days later.", S),
             own("So the real number was nearer the lower one, and most of the dead were combatants.", D, "minimisation"),
             own("What happened after the plane fell was a popular uprising, not a plan.", C, "spontaneity"),
             own("A people under invasion had every right to defend itself by any means.", None, "justification"),
             own("The witnesses who said otherwise in Arusha were coached by Kigali.", None, "attack_on_witnesses"),
             own("And the RPF's killings of Hutu were a second genocide that the world chose to ignore.", C,
                 "double_genocide")],
        ],
    },
    # 10. Fact check of a viral video (invented desk). Quotes the claims (reported markers, verdict of the claim)
    #     and rates each in a sentence that depends on the claim above it (hard negative).
    {
        "doc": "fact-check-viral-video-claims.txt",
        "title": "Fact check: six claims about Rwanda 1994 in a viral video",
        "genre": "fact check",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Plumbline Fact Desk: six claims about Rwanda 1994 in a viral video, checked")],
            [s("Claim 1: 'The UN pulled every last peacekeeper out of Rwanda in April 1994.'", C),
             s("Rating: false; resolution 912 of 21 April cut the force to about 270 personnel, it did not withdraw it.",
               S)],
            [rep("Claim 2: 'The killings were spontaneous; nobody planned anything.'", C, "spontaneity"),
             s("Rating: false; the UN Commission of Experts concluded in 1994 that the genocide against the Tutsi was "
               "carried out in a concerted, planned, systematic and methodical way.", S)],
            [rep("Claim 3: 'The so-called genocide was invented by the ICTR, which never convicted anyone of it.'", C,
                 "definitional_denial", "fabrication"),
             s("Rating: false; the tribunal's first genocide conviction, of Jean-Paul Akayesu, came on 2 September 1998, "
               "and by its closure it had convicted 61 people.", S)],
            [rep("Claim 4: 'The RPF killed far more people than the génocidaires did.'", C, "double_genocide",
                 "role_reversal"),
             s("Rating: false; estimates of killings by RPA soldiers run from 25,000 to 45,000 for April to August 1994 "
               "to about 60,000 over a longer period, while Human Rights Watch put the genocide's toll at no less than "
               "half a million.", S),
             s("Those crimes are real and were barely prosecuted; they are not a reason to rewrite the genocide.")],
            [rep("Claim 5: 'Witnesses at Arusha were paid to lie.'", None, "attack_on_witnesses"),
             s("Rating: unsupported; the video offers no evidence, and the tribunal acquitted 14 of those it tried, which "
               "is what judges weighing evidence do.", S)],
            [rep("Claim 6: 'Only 8 per cent of Rwandans were Tutsi, so a million Tutsi dead is impossible.'", D,
                 "minimisation"),
             s("Rating: misleading; the 1991 census recorded 8.4 per cent Tutsi, a share Human Rights Watch considered "
               "too low, and HRW's own calculation from it gave about 507,000 Tutsi killed, not a million.", S)],
            [rep("The video ends with an old rumour, that Belgian soldiers shot down the President's plane.", D,
                 "blame_shifting"),
             s("General Dallaire told the ICTR in 2004 that this rumour spread across Rwanda and that senior officials "
               "did nothing to stop it.", S),
             s("No court has established who fired.", S)],
        ],
    },
    # 11. French radio transcript on hate media (invented station and speakers). Quotes Kangura and RTLM in order
    #     to document them (reported markers only; hard negative).
    {
        "doc": "fr-transcription-radio-medias-haine.txt",
        "title": "Radio Vent d'Estuaire, « Archives vivantes » : les médias de la haine (transcription)",
        "genre": "radio transcript",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Transcription, Radio Vent d'Estuaire, émission « Archives vivantes », diffusée un 7 avril")],
            [s("ANIMATRICE : Ce 7 avril est, depuis une résolution de l'Assemblée générale de l'ONU de décembre 2003, une "
               "journée internationale de réflexion sur le génocide.", N),
             s("Quand les médias de la haine sont-ils apparus ?")],
            [s("HISTORIEN : Le journal Kangura paraît dès 1990.", N),
             s("En décembre de la même année, il publie les « dix commandements » des Bahutu.", N),
             rep("Le même numéro affirme que les Batutsi sont « assoiffés de sang ».", N, "dehumanisation",
                 "accusation_in_mirror"),
             s("La RTLM, elle, commence à émettre le 8 juillet 1993 et se tait fin juillet 1994.", N)],
            [s("ANIMATRICE : Et pendant le génocide ?")],
            [rep("HISTORIEN : À l'antenne, on entend : « Les fosses sont encore à moitié vides, vous devez les "
                 "remplir ! »", N, "call_to_action"),
             rep("Une autre émission lance : « Vous allez mettre le feu aux Tutsi et ils vont regretter d'être nés… "
                 "Faites du bon travail ! »", N, "call_to_action"),
             rep("Les Tutsi y sont traités d'« inyenzi », de cafards.", N, "dehumanisation")],
            [rep("ANIMATRICE : Certains disent encore que ces appels répondaient à une menace réelle.", None,
                 "justification")],
            [s("HISTORIEN : C'est précisément la logique du miroir : accuser l'autre de préparer ce qu'on prépare "
               "soi-même."),
             s("Le TPIR, créé le 8 novembre 1994, a jugé à Arusha des responsables de ces médias.", S),
             s("Le 3 décembre 2003, il a condamné Ferdinand Nahimana, Jean-Bosco Barayagwiza et Hassan Ngeze.", S),
             s("En appel, le 28 novembre 2007, leurs peines ont été fixées à 30, 32 et 35 ans.", S),
             s("Georges Ruggiu, animateur belge de la RTLM, avait été condamné dès juin 2000 à 12 ans, après avoir plaidé "
               "coupable.", S)],
            [s("ANIMATRICE : Et les chiffres ?")],
            [s("HISTORIEN : Dans la commune de Nyamata, d'après le livre de Jean Hatzfeld paru en 2000, environ 50 000 "
               "Tutsi sur quelque 59 000 ont été tués entre le 11 avril et le 14 mai 1994.", N),
             s("En cent jours, plus de 800 000 personnes ont été tuées.", D),
             s("Human Rights Watch a conclu à au moins un demi-million de morts, soit environ les trois quarts de la "
               "population tutsi.", S),
             s("Le recensement de 1991 ne comptait que 8,4 % de Tutsi, un chiffre que Human Rights Watch jugeait "
               "sous-estimé.", S),
             s("Le recensement officiel des victimes, lui, en dénombre 1 074 017 depuis octobre 1990.", S)],
        ],
    },
    # 12. French court-reporting blog (invented blog) on trials in France, with correction notices, "la même cour",
    #     "il", "deux ans plus tard, jour pour jour", French number formats, and a quoted claim refuted.
    {
        "doc": "fr-blog-chronique-proces-paris.txt",
        "title": "Carnets du prétoire : dix ans de procès du génocide des Tutsi à Paris",
        "genre": "court-reporting blog",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Carnets du prétoire : dix ans de procès du génocide des Tutsi à Paris, et ce qu'il en reste")],
            [s("Le génocide a fait, rappelons-le, plus d'un million de morts.", D),
             s("La cour d'assises de Bruxelles avait ouvert la voie dès le 8 juin 2001, en condamnant quatre Rwandais, "
               "dont deux religieuses de Sovu, à des peines de 12 à 20 ans.", S),
             s("En France, tout commence en 2014 avec le premier procès d'un Rwandais accusé de génocide.", S),
             s("L'accusé, Pascal Simbikangwa, ancien officier de renseignement, est condamné le 14 mars à 25 ans de "
               "réclusion criminelle.", S),
             s("La cour d'assises de Seine-Saint-Denis confirme cette peine en appel le 3 décembre 2016.", S)],
            [s("Deux ans après le premier verdict, la même cour d'assises de Paris juge deux anciens bourgmestres de "
               "Kabarondo.", S),
             s("Octavien Ngenzi et Tito Barahira sont condamnés à la réclusion à perpétuité le 6 juillet 2016, notamment "
               "pour le massacre de l'église de Kabarondo le 13 avril 1994.", S),
             s("Le verdict est confirmé en appel deux ans plus tard, jour pour jour.", S)],
            [s("Correctif : une première version de ce billet indiquait que la Cour de cassation avait annulé ce "
               "verdict.", C),
             s("Elle a au contraire rejeté les pourvois, le 16 octobre 2019.", S)],
            [s("En 2022, l'ancien préfet de Gikongoro, Laurent Bucyibaruta, est condamné à vingt ans pour complicité de "
               "génocide.", S),
             s("Il meurt le 6 décembre 2023, avant son procès en appel, si bien que sa condamnation ne devient jamais "
               "définitive.", S),
             s("L'ancien gendarme Philippe Hategekimana est condamné à la perpétuité en juin 2023, peine confirmée en appel "
               "en décembre 2024.", S),
             s("Le gynécologue Sosthène Munyemana écope de 24 ans en décembre 2023 ; la cour d'assises d'appel prononce "
               "la même peine le 23 octobre 2025.", S),
             s("Claude Muhayimana, chauffeur à Kibuye, est condamné à 14 ans en 2021, peine confirmée en février 2026.", S)],
            [s("Correctif : nous avions écrit par erreur qu'il avait été acquitté en appel.", C)],
            [s("Félicien Kabuga, lui, a été arrêté à Asnières-sur-Seine le 16 mai 2020.", N),
             s("Jugé inapte, il a vu sa procédure suspendue sans limite de durée en 2023, sans qu'aucun verdict soit "
               "rendu.", S)],
            [s("Reste le dossier de l'attentat contre l'avion présidentiel, ouvert en 1998 sur plainte des familles de "
               "l'équipage.", S),
             s("Il s'est clos par un non-lieu, devenu définitif le 15 février 2022 avec le rejet des pourvois par la Cour "
               "de cassation.", S),
             rep("Un homme rencontré devant le palais de justice nous lance : « C'est le FPR qui a abattu l'avion, tout le "
                 "monde le sait. »", D, "blame_shifting"),
             s("Aucun tribunal ne l'a pourtant établi.", S)],
            [s("Au Rwanda, les juridictions gacaca ont jugé 1 958 634 affaires avant de fermer le 18 juin 2012.", S)],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
