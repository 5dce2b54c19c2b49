"""Source of the THIRTIETH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind30/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind30/build_set.py --check  # validate the files already written

Written on 2026-11-29 (session 27) as a held-out set, to measure generalisation: new genres (museum wall labels
for an exhibition on hate media, an encyclopedia-style stub with a revision note, an academic book review on the
ICTR and the crimes it did not try, a radio news bulletin script, a social-media thread answering a denial video,
a lesson plan with a quiz and answer key, a student exam essay with the marker's corrections, a French radio
chronicle on trials abroad, and four short fixtures), new wording, new facts. Its author did not read the
detectors, their rules, exemplars or training data, the check tests, the benchmark results, nor any other set's
documents, labels or build scripts (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the
labelling conventions, and the first 40 lines of the check-blind5 build script and README as a format template).
Verdicts were decided against the record alone: benchmarks/data/record/, examples/ (FACTS.md, README.md, the
sample documents), src/factfinder/data/reference/ and src/factfinder/data/proceedings/. Keep it that way: do not
copy these sentences into rules, exemplars or training data, and do not tune against this set.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling decisions and the sources
of every fact used that is not in the record.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with


DOCS: list[dict] = [
    # 1. Museum wall labels for a temporary exhibition on hate media (invented museum). Quotes hate radio and
    #    a false rumour only to show and condemn them (voice `reported`): a hard negative.
    {
        "doc": "museum-wall-labels-voices-on-the-air.txt",
        "title": "Wall labels, temporary exhibition 'Voices on the Air: Rwanda 1990-1994', rooms 1 to 4",
        "genre": "museum wall-label set",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("ROOM 1. BEFORE THE HUNDRED DAYS"),
            ],
            [
                s("The war that frames this exhibition began on 1 October 1990, when the Rwandan Patriotic Front "
                  "crossed into northern Rwanda from Uganda.", S),
                s("The movement had been formed mostly by Tutsi refugees living in Uganda.", S),
                s("Almost three years of fighting and talks led to a peace agreement, signed in Arusha, Tanzania, "
                  "on 4 August 1993.", S),
                s("On paper, it promised a broad-based transitional government, the return of refugees and a "
                  "single army drawn from both forces.", S),
            ],
            [
                s("Label 1.2. A newspaper as a weapon"),
            ],
            [
                s("Kangura, the paper in this case, was launched in May 1990, some months before the invasion.", N),
                s("In December 1990 it printed a text known as the 'Hutu Ten Commandments', which told Hutu to "
                  "treat their Tutsi neighbours as enemies.", N),
                s("Its editor, Hassan Ngeze, was convicted by the International Criminal Tribunal for Rwanda; on "
                  "appeal in 2007 his sentence was set at 35 years.", S),
            ],
            [
                s("ROOM 2. THE RADIO THAT NAMED ITS TARGETS"),
            ],
            [
                s("Radio-Télévision Libre des Mille Collines went on air on 8 July 1993.", N),
                rep("In the recordings you can hear in this room, Tutsi are called inyenzi, 'cockroaches', again "
                    "and again.", N, "dehumanisation"),
                rep("One voice urges listeners to work harder, because 'the graves are not full'.", N,
                    "call_to_action"),
                s("We play these words so that visitors can hear how ordinary the voices sounded, not to repeat "
                  "their message."),
                s("Ferdinand Nahimana, a founder of the station, and Jean-Bosco Barayagwiza, a member of its "
                  "board, were convicted by the tribunal in Arusha in December 2003.", S),
                s("On appeal in November 2007 their sentences became 30 and 32 years respectively.", S),
                s("Georges Ruggiu, a Belgian-Italian presenter, pleaded guilty to incitement and was sentenced to "
                  "twelve years in June 2000.", S),
                s("The singer Simon Bikindi received fifteen years for publicly urging the killing of Tutsi on a "
                  "road in Gisenyi in late June 1994.", S),
                rep("In 2013 a Dutch court convicted Yvonne Basebya of incitement, partly for leading the song "
                    "'Tubatsembatsembe', 'let us exterminate them'.", S, "call_to_action"),
            ],
            [
                s("ROOM 3. 6 AND 7 APRIL 1994"),
            ],
            [
                s("On the evening of 6 April 1994 the plane bringing President Juvénal Habyarimana home from "
                  "talks in Tanzania was shot down as it approached Kigali airport.", S),
                s("Everyone on board died, among them Burundi's president, Cyprien Ntaryamira.", S),
                s("No court has ever established who fired.", S),
                s("Within hours, roadblocks went up across the capital.", S),
                s("The next day soldiers killed Prime Minister Agathe Uwilingiyimana, and the ten Belgian "
                  "peacekeepers assigned to protect her were disarmed and killed at a military camp in Kigali.", S),
                rep("Rumours that Belgian soldiers had downed the plane spread across the country, and the UN "
                    "force commander later testified that senior officers did nothing to stop them.", S,
                    "blame_shifting"),
                s("In 2007 a Brussels jury sentenced a former Rwandan army major, Bernard Ntuyahaga, to twenty "
                  "years for the killing of the ten peacekeepers.", S),
            ],
            [
                s("Label 3.4. The church at Nyange"),
            ],
            [
                s("On 16 April 1994 the church at Nyange, in Kibuye, was destroyed with about 2,000 Tutsi "
                  "sheltering inside.", S),
                s("The tribunal sentenced the businessman Gaspard Kanyarukiga to thirty years for his part in "
                  "it.", S),
            ],
            [
                s("ROOM 4. AFTER THE KILLING"),
            ],
            [
                s("Between 250,000 and 500,000 women and girls were raped during the genocide.", D),
                s("By July, 95,000 children had lost their parents.", D),
                s("In mid-July some 800,000 people poured across the border into Goma in a matter of days.", D),
                s("A press report of 1 August 1994 spoke of some 2 million refugees, most of them Hutu, outside "
                  "the country.", S),
                s("The United Nations marks 7 April as an international day of reflection, first designated by "
                  "the General Assembly in December 2003.", N),
                s("Since January 2018 the day's title has named the genocide against the Tutsi.", N),
                s("In Rwanda the national week of mourning, Kwibuka, opens each year on 7 April.", N),
                s("The memorial at Gisozi in Kigali, opened in April 2004, holds the remains of more than "
                  "250,000 people.", N),
                s("In September 2023 UNESCO inscribed four memorial sites, Nyamata, Murambi, Gisozi and "
                  "Bisesero, on its World Heritage List.", N),
                s("Visitors who wish to leave a message may do so at the desk by the exit."),
            ],
        ],
    },
    # 2. Encyclopedia-style stub with a revision note (reported errors are labelled by their claim).
    {
        "doc": "encyclopedia-stub-gacaca-courts.txt",
        "title": "Gacaca courts (stub article, revision 14, with revision note)",
        "genre": "encyclopedia-style stub with revision note",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Gacaca courts were community courts that Rwanda used to try most of the people accused of "
                  "taking part in the 1994 genocide against the Tutsi.", S),
                s("Their name comes from the Kinyarwanda word for grass.", S),
                s("They adapted an old tradition of settling disputes within the community.", S),
                s("The judges were lay people chosen by their communities for their integrity rather than for any "
                  "legal training.", S),
                s("Trials ran from 2005, and the courts formally closed on 18 June 2012.", S),
            ],
            [
                s("Background"),
            ],
            [
                s("The genocide had left the country's criminal justice system in ruins.", S),
                s("By April 1998 more than 125,000 people were held in overcrowded jails awaiting trial.", S),
                s("Between 1996 and 2002 the ordinary courts brought some 7,000 people to trial on genocide "
                  "charges, according to Human Rights Watch.", S),
            ],
            [
                s("Caseload"),
            ],
            [
                s("The national gacaca service gives a final total of 1,958,634 cases tried.", S),
                s("Of these, 1,320,554 concerned offences against property such as looting.", S),
                s("Of the 60,552 first-category cases, those concerning planners and organisers, 53,426 ended in "
                  "a guilty verdict at first instance.", S),
                s("The totals count cases, not people, since one person could face several cases.", S),
                s("Roughly two in three of those tried were found guilty.", D),
                s("Reviewing the courts in May 2011, Human Rights Watch counted just over 12,000 of them and "
                  "about 1.2 million cases heard since 2005.", S),
            ],
            [
                s("Criticism"),
            ],
            [
                s("Human Rights Watch documented corruption and procedural irregularities and found that the "
                  "right to a fair trial was limited.", S),
                s("A 2004 amendment removed crimes committed by soldiers of the Rwandan Patriotic Front from "
                  "gacaca jurisdiction.", S),
                s("Defenders of the system answered that ordinary courts would have needed more than three "
                  "centuries to try the same cases.", S),
            ],
            [
                s("Revision note (14th revision)"),
            ],
            [
                s("An earlier revision stated that the courts closed on 4 July 2012.", C),
                s("They closed on 18 June 2012, and the date has been corrected.", S),
                s("A previous editor also wrote that gacaca courts tried RPF soldiers for the killing of clergy "
                  "near Kabgayi.", C),
                s("That case was heard by a military court in Kigali, which in October 2008 sentenced two "
                  "captains who had pleaded guilty to eight years each.", S),
                s("The same revision put the total caseload at about 500,000 cases, a figure with no source.", C),
                s("Citation needed: the share of women among the elected judges."),
            ],
        ],
    },
    # 3. Academic book review critical of the ICTR's one-sidedness (invented book, author and reviewer):
    #    documents RPF/RPA killings without any denial. A hard negative.
    {
        "doc": "book-review-justice-on-one-side.txt",
        "title": "Book review: 'Justice on One Side? The Arusha Tribunal and the Crimes It Did Not Try'",
        "genre": "academic book review",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Few institutions have been praised and faulted as persistently as the International Criminal "
                  "Tribunal for Rwanda, and this book belongs firmly to the second camp."),
                s("Its author, a legal historian, never doubts that a genocide against the Tutsi took place; her "
                  "question is why the court created to judge 1994 judged only one side of it."),
                s("The Security Council set up the tribunal on 8 November 1994, with jurisdiction over crimes "
                  "committed in Rwanda between 1 January and 31 December of that year.", S),
                s("The resolution passed by thirteen votes to one, with one abstention.", S),
                s("Over the next two decades the court indicted 93 people, convicted 61 and acquitted 14.", S),
            ],
            [
                s("None of the 93 belonged to the Rwandan Patriotic Front, although the UN Commission of Experts "
                  "had reported in December 1994 that crimes against humanity were committed by individuals on "
                  "both sides.", S),
                s("The Commission found no evidence that the crimes of the Tutsi side were aimed at destroying the "
                  "Hutu as a group, and it asked that the RPF's violations be investigated further.", S),
                s("The book's second chapter reconstructs what is known of the killings the tribunal left aside."),
                s("Experts working for UNHCR estimated that RPA soldiers killed between 25,000 and 45,000 people "
                  "from April to August 1994.", S),
                s("Human Rights Watch wrote in 1999 that RPF troops may have killed tens of thousands of civilians "
                  "during the four months of combat.", S),
                s("A former interior minister later put the figure at some 60,000 for a period running to August "
                  "1995.", S),
                s("Whatever the exact number, RPA soldiers killed at least 25,000 civilians in those months.", D),
                s("Amnesty International reported in October 1994 that the RPA's violations included hundreds of "
                  "deliberate executions.", S),
                s("The author adds the massacre of several hundred people by RPF soldiers at the Byumba stadium in "
                  "mid-April 1994.", S),
                s("She also reminds readers that Burundi's first Hutu president, Melchior Ndadaye, had been "
                  "assassinated on 21 October 1993, less than six months before the genocide began.", N),
            ],
            [
                s("The killing of thirteen clergy near Kabgayi in early June 1994 gets a chapter of its own.", S),
                s("They were killed on 4 June.", D),
                s("Two captains who confessed were sentenced to eight years in October 2008, reduced to five on "
                  "appeal, while a general and a major were acquitted.", S),
                s("Rather than indict the case in Arusha, the tribunal's prosecutor had transferred it to Rwanda "
                  "in June 2008.", S),
                s("The Rwandan military said the same year that it had prosecuted 43 soldiers since 1994 for war "
                  "crimes and revenge killings.", S),
            ],
            [
                s("The chapter on Kibeho is the book's strongest."),
                s("On 22 April 1995 RPA soldiers opened fire on displaced people at the Kibeho camp, which "
                  "Médecins Sans Frontières said held some 110,000 people that month.", S),
                s("Somewhere between 2,000 and 4,000 people died there.", D),
                s("The Rwandan government's own count was 338.", S),
                s("Kibeho fell outside the tribunal's temporal jurisdiction, which ended with 1994, a point the "
                  "author makes well.", S),
            ],
            [
                s("Her name for the result is 'victor's justice', and she uses it with care: not to deny what the "
                  "convicted did, but to ask who was never asked to answer."),
                s("In December 2008 Human Rights Watch observed that the tribunal had not prosecuted a single one "
                  "of the serious RPF crimes of 1994.", S),
                s("Where I part company with the book is its claim that the tribunal convicted everyone it "
                  "tried.", C),
                s("It did not: Gratien Kabiligi, tried alongside Bagosora, was acquitted in December 2008, and "
                  "André Ntagerura and Emmanuel Bagambiki were acquitted in 2004.", S),
                s("Nor was Bagosora's life sentence upheld, as a footnote says; the Appeals Chamber cut it to 35 "
                  "years in December 2011.", S),
                s("Despite these lapses, anyone who teaches international criminal law should read it."),
            ],
        ],
    },
    # 4. Radio news bulletin script (invented programme), one honest error.
    {
        "doc": "radio-bulletin-world-at-seven.txt",
        "title": "Radio bulletin script: 'World at Seven', Friday 27 February 2026",
        "genre": "radio news bulletin script",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Good evening, this is World at Seven."),
                s("In Paris tonight, an appeal court has confirmed the fourteen-year prison sentence of Claude "
                  "Muhayimana, a former guest-house driver from Kibuye in western Rwanda.", S),
                s("He was found guilty of complicity in genocide for driving gendarmes and militiamen to massacre "
                  "sites, Bisesero among them, between April and June 1994.", S),
                s("He was first convicted in December 2021.", S),
            ],
            [
                s("France has heard a string of such cases since March 2014, when a former intelligence officer, "
                  "Pascal Simbikangwa, became the first Rwandan convicted there over the genocide and was given "
                  "twenty-five years.", S),
                s("Two years later the former mayors of Kabarondo, Octavien Ngenzi and Tito Barahira, were jailed "
                  "for life for the massacre at the Kabarondo church on 13 April 1994.", S),
                s("Both sentences were confirmed on appeal in July 2018.", S),
                s("A former prefect of Gikongoro, Laurent Bucyibaruta, was sentenced to twenty years in 2022 but "
                  "died before his appeal was heard, so that conviction never became final.", S),
                s("French courts have handed down life sentences in every Rwandan genocide case they have "
                  "heard.", C),
                s("In May 2021 President Emmanuel Macron, speaking at the genocide memorial in Kigali, said he "
                  "had come to recognise France's responsibilities.", N),
            ],
            [
                s("The case of the businessman Félicien Kabuga, accused of supplying machetes to the "
                  "killers and backing the hate station RTLM, remains frozen.", S),
                s("In August 2023 appeal judges of the UN's residual mechanism found him unfit for trial and "
                  "ordered that his proceedings be stayed indefinitely.", S),
                s("No verdict was ever given.", S),
            ],
            [
                s("The killings in Rwanda began hours after President Habyarimana's plane was shot down on the "
                  "night of 7 April 1994.", C),
                s("About 800,000 people were killed in a hundred days.", D),
                s("The weather: rain spreading from the west, with highs of eleven degrees."),
                s("That's World at Seven; the next bulletin is at eight."),
            ],
        ],
    },
    # 5. Social-media thread (invented users) answering a denial video: quotes the denial only to refute it
    #    (voice `reported`); one honest error and its correction. A hard negative.
    {
        "doc": "social-thread-answering-a-denial-video.txt",
        "title": "Thread: 'My uncle shared a video saying the Rwanda numbers are made up - how do I answer?'",
        "genre": "social-media thread (several users)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("@ogden_reads: My uncle shared a video tonight and I honestly don't know how to reply."),
                rep("The narrator says, quote, 'no more than 80,000 people died, and most of them in a civil war "
                    "that both sides started'.", C, "minimisation", "definitional_denial"),
                rep("He also says the whole 'genocide' story was invented afterwards by the RPF to justify taking "
                    "power.", C, "fabrication"),
                rep("And that the court in Arusha convicted everyone put in front of it on the word of paid "
                    "witnesses.", C, "attack_on_witnesses"),
                rep("Oh, and apparently no UN body ever called it a genocide.", C, "definitional_denial"),
            ],
            [
                s("@tbanda_history: Start with the numbers, because they are the easiest to check."),
                s("Six weeks into the killing, Human Rights Watch was already estimating at least 200,000 "
                  "dead.", S),
                s("In December 1994 the UN Commission of Experts put the number of unarmed civilians murdered at "
                  "around half a million and warned that this might be too low.", S),
                s("So 80,000 is far below every estimate of the full toll that has ever been published.", S),
                s("The same commission found that the genocide had been carried out in a concerted, planned, "
                  "systematic and methodical way.", S),
                s("Somewhere between 500,000 and a million people were killed.", D),
                s("At least 250,000 women were raped as well.", D),
            ],
            [
                s("@mireille_k: On the 'civil war' line: the war was real, it began on 1 October 1990, and it is "
                  "not the same thing as the genocide.", S),
                s("The tribunal indicted 93 people and acquitted 14 of them, which is not what a rubber stamp "
                  "looks like.", S),
                s("Its first genocide judgment, against Jean-Paul Akayesu in 1999, was also the first ever "
                  "delivered by an international court.", C),
            ],
            [
                s("@lukas.wh: Small correction: the Akayesu judgment was delivered on 2 September 1998, not "
                  "1999.", S),
                s("Also, if your uncle brings up RPF crimes, don't deny them, because they are documented."),
                s("UNHCR's field team estimated 25,000 to 45,000 people killed by RPA soldiers between April and "
                  "August 1994, and a Rwandan military court convicted two officers over the Kabgayi "
                  "killings.", S),
                s("That is a war-crimes story that deserves justice, and it does not turn 1994 into a 'double "
                  "genocide'."),
                s("The commission itself found no evidence that crimes by the Tutsi side were meant to destroy "
                  "the Hutu as a group.", S),
                s("Even Bill Clinton, speaking at Kigali airport in March 1998, admitted that the world had not "
                  "called these crimes by their name at the time.", N),
            ],
            [
                s("@ogden_reads: Thanks all, so is it roughly a million if I go by the government count?"),
            ],
            [
                s("@tbanda_history: The government's census counted 1,074,017 victims, but it starts in October "
                  "1990 and runs to the end of 1994, so compare like with like.", S),
            ],
            [
                s("@mireille_k: And the video quotes a figure nobody has ever published, which tells you what "
                  "kind of video it is."),
            ],
            [
                s("@lukas.wh: One more thing he will say: that the RPF shot down the plane."),
                s("It didn't; the missiles came from Hutu extremists around Kanombe.", D),
            ],
        ],
    },
    # 6. Lesson plan with quiz and answer key (invented school), one reported error.
    {
        "doc": "lesson-plan-un-and-rwanda-1994.txt",
        "title": "Lesson plan: The United Nations and Rwanda, April-August 1994 (Year 11, 50 minutes)",
        "genre": "lesson plan with quiz",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Learning objectives: students can describe what UNAMIR was asked to do, how the Security "
                  "Council changed its size in 1994, and why historians criticise the international response."),
                s("Materials: a printed timeline, the two maps on the handout, and a projector."),
            ],
            [
                s("Background for the teacher."),
            ],
            [
                s("UNAMIR was created by Security Council resolution 872 on 5 October 1993 to help carry out the "
                  "Arusha agreement.", S),
                s("Its authorised strength was 2,500 personnel.", S),
                s("It was commanded from October 1993 to August 1994 by the Canadian general Roméo Dallaire.", S),
                s("Dallaire later testified that headquarters in New York told him he had no authority to act on "
                  "an informant's warning about hidden weapons.", S),
                s("Tutsi made up roughly one Rwandan in seven on the eve of the genocide.", D),
                s("Two weeks after the killing began, on 21 April 1994, resolution 912 cut the force to 270.", S),
                s("Less than a month later, on 17 May, resolution 918 imposed an arms embargo and authorised an "
                  "expanded force of 5,500, but the new troops arrived only in July and August.", S),
                s("In other words, the authorised strength fell from 2,500 to 270 and was then set at more than "
                  "twenty times that figure.", S),
                s("As the RPF reached Gisenyi on 18 July, about a million people crossed into Zaire.", D),
                s("Cholera and dysentery then killed some 50,000 of them within a month.", D),
                s("Dallaire's memoir of the mission, Shake Hands with the Devil, won the Shaughnessy Cohen Prize "
                  "in 2003 and the Governor General's award for non-fiction in 2004.", N),
            ],
            [
                s("Activity 1 (15 minutes): in pairs, students place the resolutions on the timeline."),
                s("Activity 2 (20 minutes): students read President Clinton's remarks at Kigali airport on 25 "
                  "March 1998, in which he said the international community had not acted quickly enough after "
                  "the killing began.", N),
                s("Discussion prompt: what would have been needed for 5,500 troops to arrive in May rather than "
                  "months later?"),
                s("Timing tip: the UN's day of reflection on 7 April, created by the General Assembly in 2003, is "
                  "a natural date for this lesson.", N),
            ],
            [
                s("Quiz (answers at the foot of the page)."),
            ],
            [
                s("1. What was UNAMIR's authorised strength when it was created?"),
                s("2. Which resolution cut the mission in April 1994, and to how many personnel?"),
                s("3. When did the RPF take Kigali?"),
                s("4. Which French-led operation did resolution 929 authorise?"),
                s("5 (bonus). When did the last French troops leave the safe humanitarian zone?"),
            ],
            [
                s("Answer 1: the authorised strength was 2,500.", S),
                s("Answer 2: resolution 912, which cut it to 270.", S),
                s("Answer 3: on 4 July 1994, the same day as Butare.", S),
                s("Answer 4: Opération Turquoise, authorised on 22 June 1994 under Chapter VII by ten votes with "
                  "five abstentions.", S),
                s("Answer 5: on 21 August 1994.", S),
                s("Common error: students often write that resolution 912 cut the force to 2,700.", C),
                s("Another common error is to date the creation of the Arusha tribunal to 1996.", C),
            ],
        ],
    },
    # 7. Student exam essay with the marker's margin corrections (honest errors, then corrections).
    {
        "doc": "exam-essay-with-marker-comments.txt",
        "title": "Exam essay with marker's comments: 'How did the world respond to the genocide against the Tutsi, "
                 "and how were the perpetrators brought to justice?'",
        "genre": "student exam essay with teacher's margin corrections",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("The genocide against the Tutsi began on 7 April 1994, after President Habyarimana's plane was "
                  "shot down the evening before.", S),
                s("Over the next hundred days around a million people were killed, most of them Tutsi.", D),
                s("[Marker: say whose estimate this is; published figures run from about half a million to more "
                  "than a million.]", S),
                s("The Tutsi were about 15 percent of the population at the time.", D),
                s("[Marker: the 1991 census gives 8.4 percent, Human Rights Watch in 1995 said about 15; cite "
                  "both.]", S),
                rep("Before the killing, RTLM radio, which started broadcasting in July 1993, called the Tutsi "
                    "cockroaches.", N, "dehumanisation"),
                s("Kangura had already published the 'Hutu Ten Commandments' in 1990.", N),
                s("The word genocide was invented by Raphael Lemkin in 1948.", N),
                s("[Marker: Lemkin coined it in a book published in 1944; 1948 is the year of the UN Genocide "
                  "Convention, adopted on 9 December.]", N),
            ],
            [
                s("The UN already had peacekeepers in Rwanda, UNAMIR, commanded by the Canadian general Romeo "
                  "Dallaire.", S),
                s("After ten Belgian peacekeepers were murdered on 7 April, the Security Council reduced the force "
                  "to 270 on 21 May.", C),
                s("[Marker: date! Resolution 912 was adopted on 21 April.]", S),
                s("In June France sent Opération Turquoise, which set up a safe zone in the south-west on 5 "
                  "July.", S),
                s("The Security Council approved it unanimously.", C),
                s("[Marker: no, ten in favour and five abstentions.]", S),
                s("The genocide ended when the RPF won the war in July, and a new government took office on 19 "
                  "July.", S),
                s("Its prime minister was Pasteur Bizimungu.", C),
                s("[Marker: Bizimungu was President; the Prime Minister was Faustin Twagiramungu.]", S),
                s("Around 50,000 refugees then died of cholera in Goma.", D),
            ],
            [
                s("To punish the organisers, the UN set up the ICTR in November 1994.", S),
                s("Its first big case was Jean-Paul Akayesu, the mayor of Taba, who got life for genocide and for "
                  "rape as a crime against humanity.", S),
                s("The former prime minister Jean Kambanda pleaded guilty and got 25 years.", C),
                s("[Marker: life, on 4 September 1998, the first head of government ever convicted of "
                  "genocide.]", S),
                s("Colonel Bagosora, who Dallaire said was in charge on the night of 6 April, got life in 2008, "
                  "later cut to 35 years.", S),
                s("Inside Rwanda there were far too many suspects for normal courts, so gacaca courts tried almost "
                  "two million cases by 2012.", S),
                s("Rwanda also publicly executed 22 people convicted of genocide in April 1998 and abolished the "
                  "death penalty in 2007.", S),
                s("The Genocide Convention came into force in 1951.", N),
                s("The ICTR also tried RPF officers for the Kibeho massacre.", C),
                s("[Marker: no; the ICTR indicted no RPF member, and Kibeho, in April 1995, fell outside its "
                  "mandate.]", S),
                s("[Marker: the RPF crime that did reach a court was Kabgayi, where soldiers killed thirteen "
                  "clergy on 5 June 1994.]", D),
                s("[Marker: good, but you never mention RPF crimes: UNHCR experts estimated 25,000 to 45,000 "
                  "people killed by RPA soldiers, and the ICTR prosecuted none of them.]", S),
                s("[Marker: 14/20, clear structure, check your dates.]"),
            ],
        ],
    },
    # 8. French radio chronicle on genocide trials abroad (invented programme), one honest error.
    {
        "doc": "chronique-radio-proces-hors-du-rwanda.txt",
        "title": "Chronique radio « Mémoire vive » : trente ans de procès du génocide des Tutsi hors du Rwanda",
        "genre": "chronique radio (French radio chronicle)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Bonjour à toutes et à tous, et bienvenue dans « Mémoire vive »."),
                s("Ce matin, je voudrais vous parler des procès qui se tiennent loin des collines, à Bruxelles, à "
                  "Paris, à Montréal ou à Francfort."),
                s("Le premier grand procès d'assises belge s'est achevé le 8 juin 2001 : quatre Rwandais, dont "
                  "deux religieuses bénédictines du couvent de Sovu, ont été condamnés à des peines de douze à vingt "
                  "ans.", S),
                s("En 2000 déjà, le Premier ministre Guy Verhofstadt avait demandé pardon aux Rwandais au nom de "
                  "la Belgique.", N),
                s("En avril 2019, à Kigali, son successeur Charles Michel a reconnu à son tour une « part de "
                  "responsabilité » belge.", N),
                s("Il a fallu attendre décembre 2019 pour qu'un jury belge prononce une première condamnation pour "
                  "crime de génocide proprement dit, celle de Fabien Neretse, à vingt-cinq ans.", S),
                s("En décembre 2023, toujours à Bruxelles, Séraphin Twahirwa, chef des Interahamwe de Gikondo, a "
                  "été condamné à la réclusion à perpétuité.", S),
            ],
            [
                s("En France, le premier verdict est tombé en mars 2014 : vingt-cinq ans de réclusion pour Pascal "
                  "Simbikangwa, ancien capitaine de la garde présidentielle.", S),
                s("Deux ans plus tard, les anciens bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, "
                  "ont été condamnés à la perpétuité.", S),
                s("Le gynécologue Sosthène Munyemana a écopé de vingt-quatre ans en décembre 2023, peine confirmée "
                  "en appel en octobre 2025.", S),
                s("Quant à l'ancien gendarme Philippe Hategekimana, condamné à perpétuité en 2023, il a été "
                  "acquitté en appel en décembre 2024.", C),
                s("Le 27 mai 2021, au mémorial de Gisozi, Emmanuel Macron était venu « reconnaître les "
                  "responsabilités » de la France.", N),
            ],
            [
                s("En Allemagne, l'ancien bourgmestre de Muvumba, Onesphore Rwabukombe, a été condamné à la "
                  "perpétuité pour le massacre d'au moins 400 Tutsi dans l'enceinte de l'église de Kiziguro, le "
                  "11 avril 1994.", S),
                s("Au Canada, la Cour supérieure du Québec a reconnu Désiré Munyaneza coupable en mai 2009 et l'a "
                  "condamné à la perpétuité, décision confirmée en appel en 2014.", S),
                s("En Norvège, Sadi Bugingo a été condamné à vingt et un ans pour des attaques qui ont tué au moins "
                  "2 000 Tutsi dans la région de Kibungo.", S),
                s("Et au Rwanda même, Léon Mugesera, expulsé du Canada en 2012, purge une peine de perpétuité pour "
                  "un discours prononcé à Kabaya en novembre 1992.", S),
            ],
            [
                s("Tous ces procès prolongent le travail du Tribunal pénal international pour le Rwanda, créé en "
                  "novembre 1994 et fermé le 31 décembre 2015.", S),
                s("Le TPIR a prononcé 61 condamnations et 14 acquittements.", S),
                s("Sa dernière décision d'appel, le 14 décembre 2015, concernait l'ancienne ministre Pauline "
                  "Nyiramasuhuko, dont la peine a été ramenée de la perpétuité à quarante-sept ans.", S),
                s("Environ 800 000 personnes ont été tuées en cent jours, selon l'ONU.", S),
                s("D'autres bilans dépassent le million de morts.", S),
                s("Le génocide a laissé 74 642 orphelins.", D),
                s("On sait aujourd'hui que l'avion présidentiel a été abattu par des extrémistes hutu.", D),
                s("La Convention des Nations unies sur le génocide avait pourtant été adoptée dès le 9 décembre "
                  "1948.", N),
                s("Rendez-vous la semaine prochaine, même heure."),
            ],
        ],
    },
    # 9. Fixture: own-voice denial, podcast monologue (invented host).
    {
        "doc": "fixture-denial-podcast-monologue.txt",
        "title": "Test fixture (denial): podcast monologue",
        "genre": "podcast transcript (test fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Welcome back to the show where we ask the questions the mainstream will not."),
                own("Tonight, the so-called genocide in Rwanda.", None, "definitional_denial"),
                own("What happened in 1994 was a civil war, full stop, and in a civil war people on every side "
                    "die.", C, "definitional_denial"),
                own("The real toll was perhaps 50,000 or 60,000, and the rest is padding added by Kigali's "
                    "propagandists.", C, "minimisation", "fabrication"),
                own("Hutu were killed just as systematically as Tutsi, so if there was a genocide, there were "
                    "two.", C, "double_genocide"),
            ],
            [
                own("The famous 'planning' was invented after the fact; the killing was a spontaneous explosion of "
                    "grief after the president's murder.", C, "fabrication", "spontaneity"),
                s("And who started it all?"),
                own("The invaders who crossed from Uganda in 1990 brought this on their own people.", S,
                    "blame_shifting"),
                own("The witnesses in Arusha were coached and paid, and the judges knew it.", N,
                    "attack_on_witnesses"),
                own("The Tutsi were the real killers, and the Hutu were the victims of their plot.", C,
                    "role_reversal"),
                own("Look it up: the UN's own commission never found any plan.", C, "fabrication"),
            ],
        ],
    },
    # 10. Fixture: composite, a neutral grant report spliced with a denial "field coordinator's note".
    {
        "doc": "fixture-denial-composite-grant-report.txt",
        "title": "Test fixture (composite denial): interim grant report with a field coordinator's note",
        "genre": "grant report (test fixture, composite)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Interim grant report, year two: oral-history recording programme, Southern Province."),
                s("This report covers the second year of the recording programme."),
                s("Interviewees were asked about the years from the RPF attack of 1 October 1990 to the closure of "
                  "the gacaca courts on 18 June 2012.", S),
                s("Several recalled the government's census of victims, carried out in 2000, which later reported "
                  "1,074,017 people killed between October 1990 and December 1994.", S),
                s("Others spoke of gacaca hearings; the national service says the courts tried 1,958,634 "
                  "cases.", S),
                s("A few had fled in July 1994 to Zaire, where about a million refugees arrived within days.", D),
                s("Transcription costs came in under budget because of staff turnover."),
            ],
            [
                own("Field coordinator's note: frankly, the interviews confirm what many of us always said, that "
                    "nobody organised the killing and it was neighbours settling scores in a moment of panic.", C,
                    "spontaneity"),
                own("After the president was murdered, people were only defending themselves against an enemy "
                    "army and its accomplices.", None, "justification"),
                own("Whatever happened, the RPF started the war and carries the responsibility for every "
                    "death.", None, "blame_shifting"),
                own("Honest counting would show as many Hutu dead as Tutsi, which is why we prefer to speak of "
                    "'the tragedy' rather than of a genocide against one group.", C, "double_genocide",
                    "definitional_denial"),
                own("The figures used by Kigali are, in my view, inflated at least tenfold.", C, "minimisation"),
            ],
        ],
    },
    # 11. Fixture: incitement leaflet (invented), kept short; no factual claims.
    {
        "doc": "fixture-incitement-leaflet.txt",
        "title": "Test fixture (incitement): leaflet",
        "genre": "leaflet (test fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("To every true son of the soil: read this and pass it on."),
                own("The inyenzi never left; they only changed their clothes and learned to smile.", None,
                    "dehumanisation"),
                own("Tonight they are sharpening their knives for you and your children, as they always "
                    "planned.", None, "accusation_in_mirror"),
                own("Vermin do not negotiate, and nobody negotiates with vermin.", None, "dehumanisation"),
                own("Every household must be ready and every road watched before they strike first.", None,
                    "call_to_action", "accusation_in_mirror"),
                own("When the signal comes, do the work and leave none standing.", None, "call_to_action"),
            ],
        ],
    },
    # 12. Fixture: French own-voice denial blog post.
    {
        "doc": "fixture-denial-fr-billet-de-blog.txt",
        "title": "Fixture de test (négation) : billet de blog",
        "genre": "billet de blog (test fixture)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Trente ans de propagande : il est temps de dire la vérité sur le prétendu « génocide » "
                    "rwandais.", None, "definitional_denial"),
                own("Il n'y a eu au Rwanda qu'une guerre civile, avec des morts des deux côtés.", C,
                    "definitional_denial"),
                own("On parle d'un million de morts, mais il y en a eu tout au plus cent mille.", C,
                    "minimisation"),
                own("Le TPIR, tribunal des vainqueurs, n'a condamné qu'une dizaine d'exécutants, sur la foi de "
                    "témoins achetés.", C, "attack_on_witnesses"),
                own("Rien n'avait été préparé : ce fut une réaction de colère populaire après l'assassinat du "
                    "président Habyarimana.", C, "spontaneity"),
                own("Les paysans hutu n'ont fait que se défendre contre une armée d'invasion.", None,
                    "justification"),
            ],
            [
                own("En réalité, ce sont les Tutsi du FPR qui ont exterminé les Hutu, et c'est le FPR qui a abattu "
                    "l'avion, comme l'a établi la justice française.", C, "role_reversal", "blame_shifting"),
                own("Deux génocides, voilà la vérité que Kigali interdit de prononcer.", C, "double_genocide"),
                own("Les « rescapés » qui témoignent récitent des textes appris par cœur.", None,
                    "attack_on_witnesses"),
                s("Partagez ce billet avant qu'il ne soit censuré."),
            ],
        ],
    },
]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv, DOCS, HERE))
