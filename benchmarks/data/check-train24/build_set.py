"""Source of the labelled TRAINING set check-train24 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train24/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train24/build_set.py --check  # validate the files already written

Status: training set, written blind. Its rows are meant to train the checker's learned layers; it is not a
measure of unseen text and should not be reported as one.

New genres (a court interpreter's memoir chapter, a university press release, an NGO submission to the UN
Universal Periodic Review, an encyclopedia talk-page discussion, a children's-book author's note for teachers, a
newspaper's corrections box, a French historian's blog post, and five short fixtures: a French messaging thread, a
"documentary review" on a denial website, an address at a gathering, reader comments, and a genealogy forum post
that turns into denial). Emphasis of the markers: calls to action, justification, accusation in a mirror, blame
shifting, fabrication and definitional denial, written in veiled or ordinary words rather than stock ones, with
hard negatives that look like them (an NGO demanding prosecutions, a court's reasoning on intent, a moderation
note quoting a call to violence, a historian quoting RTLM to explain accusation in a mirror).

Its author read only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md (labelling rules), the
opening lines of benchmarks/data/check-blind5/build_set.py and check-blind5/README.md (templates), the list
TECHNIQUES in src/factfinder/check/model.py, and the record: examples/ (FACTS.md and the sample documents),
src/factfinder/data/reference/rwanda1994_figures.yaml with its README, and the proceedings CSV. Verdicts were
decided against the record alone. Do not copy these sentences into rules or exemplars.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and a voice per
sentence): see ../labelled_set.py. README.md gives the sources of every true fact outside the record.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with

NB = "\u00a0"   # no-break space (French punctuation)
NN = "\u202f"   # narrow no-break space (French thousands)


DOCS: list[dict] = [
    # 1. Chapter of an invented court interpreter's memoir (facts from the proceedings only). Hard negative:
    #    the court's reasoning on intent, a defence argument and RTLM tapes reported, not endorsed.
    {
        "doc": "memoir-interpreter-booth.txt",
        "title": "Chapter Seven: Three languages and a glass booth",
        "genre": "court interpreter's memoir (chapter)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Chapter Seven: Three languages and a glass booth")],
            [
                s("I arrived in Arusha in the spring of 1998, when the tribunal the Security Council had created in "
                  "November 1994 was still trying to prove that it could finish a trial.", S),
                s("My booth rendered Kinyarwanda testimony into French, and a colleague next door carried my French "
                  "into English, so every sentence a witness spoke passed through two throats before the judges "
                  "read it."),
                s("The first judgment I worked on came that September: on the second day of the month the chamber "
                  "convicted Jean-Paul Akayesu, the former bourgmestre of Taba, of genocide.", S),
                s("Two days later, on 4 September 1998, Jean Kambanda, who had headed the interim government, was "
                  "sentenced to life after pleading guilty.", S),
                s("He later tried to take back his guilty plea, and in October 2000 the appeal judges let him "
                  "withdraw it.", C),
            ],
            [
                s("The judges in Akayesu did not take intent for granted; they reasoned from the killings in Taba, "
                  "the rapes at the bureau communal and the conduct of the accused to the conclusion that the Tutsi "
                  "had been targeted as a group.", S),
                rep("Defence counsel in more than one courtroom told the bench that what had happened in 1994 was a "
                    "war and nothing more, and I translated that argument as faithfully as any other.", None,
                    "definitional_denial"),
                s("Translating it was my job; believing it was not, and in Akayesu the chamber had already found "
                  "that genocide was committed against the Tutsi in 1994.", S),
                rep("In the media trial we listened to tapes on which announcers called their neighbours inyenzi and "
                    "told listeners that the work was not yet finished.", None, "dehumanisation", "call_to_action"),
                s("Ferdinand Nahimana, a founder of the station, was sentenced to life on 3 December 2003, and the "
                  "appeal judges later cut that to thirty years while keeping his conviction for incitement.", S),
                s("Hassan Ngeze, the editor of Kangura, saw his life sentence upheld in full on appeal in November "
                  "2007.", C),
                s("Georges Ruggiu, the Belgian-Italian presenter who had pleaded guilty, had already received twelve "
                  "years in June 2000.", S),
            ],
            [
                s("In May 1999 Clément Kayishema, the prefect of Kibuye, was given life, and the businessman Obed "
                  "Ruzindana twenty-five years for the attacks at Bisesero.", S),
                s("Their appeals were dismissed on 1 June 2001, the same day the Appeals Chamber confirmed Akayesu's "
                  "life sentence.", S),
                s("Simon Bikindi, the singer, was acquitted of everything in December 2008, a verdict that surprised "
                  "nobody in our booth.", C),
                s("That same month, on the 18th, Théoneste Bagosora was convicted and given life, while General "
                  "Gratien Kabiligi walked free.", S),
                s("Three years later the appeal judges reduced Bagosora's sentence to thirty-five years.", S),
            ],
            [
                s("Not everything ended in a conviction: in February 2013 the Appeals Chamber quashed the "
                  "convictions of two former ministers, Justin Mugenzi and Prosper Mugiraneza, and acquitted them.", S),
                s("Major François-Xavier Nzuwonemeye, tried over the killing of the Prime Minister and the Belgian "
                  "peacekeepers, saw his twenty-year sentence confirmed on appeal in 2014.", C),
                s("His second-in-command, Innocent Sagahutu, had his term cut from twenty years to fifteen.", S),
                s("Whatever one makes of those reversals, they do not describe a tribunal that convicted everyone "
                  "brought before it: fourteen of the accused went home acquitted.", S),
                s("The last judgment came on 14 December 2015, when the appeal judges confirmed Pauline "
                  "Nyiramasuhuko's life sentence.", C),
                s("Seventeen days later the tribunal closed for good.", S),
                s("I kept my headset; it lies in a drawer in Lyon, next to a list of words I never learned to "
                  "translate without my voice breaking."),
            ],
        ],
    },
    # 2. University press release on digitising trial transcripts (invented university and director).
    {
        "doc": "press-release-transcripts.txt",
        "title": "University launches project to digitise the trial record of the Rwanda tribunal",
        "genre": "university press release",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Press release: University launches project to digitise the trial record of the Rwanda tribunal")],
            [
                s("For immediate release, 3 March 2026."),
                s("Northgate University's Centre for Legal History announced today a three-year project to digitise, "
                  "transcribe and publish in searchable form the public trial transcripts of the International "
                  "Criminal Tribunal for Rwanda."),
            ],
            [
                s("Between April and July 1994 more than a million people were killed in Rwanda in about a hundred "
                  "days, most of them Tutsi.", D),
                s("The Security Council set up the tribunal by resolution 955 on 8 November 1994 and gave it "
                  "jurisdiction over crimes committed between 1 January and 31 December of that year.", S),
                s("Sitting in Arusha, Tanzania, it opened its first trial in 1997 and closed its doors on 31 December "
                  "2015.", S),
                s("Over those years it indicted ninety-three people, convicted sixty-one and acquitted fourteen.", S),
                s("Its successor, the International Residual Mechanism for Criminal Tribunals, was created by the "
                  "Security Council on 22 December 2010, and its Arusha branch began work on 1 July 2012.", N),
            ],
            [
                s("The first release will cover Akayesu, decided on 2 September 1998, in which an international "
                  "court convicted a person of genocide for the first time and held that rape could be an act of "
                  "genocide.", S),
                s("Akayesu's life sentence was reduced to forty-five years when the Appeals Chamber ruled in 2001.", C),
                s("In the same month as the Akayesu verdict, the tribunal sentenced Jean Kambanda, prime minister of "
                  "the interim government, to life imprisonment, the first head of government ever convicted of "
                  "genocide.", S),
                s("The indictment in Akayesu had been amended in June 1997, after witnesses spoke of sexual violence "
                  "at the bureau communal, to add charges of rape.", S),
                s("Later releases will include the media case, decided at first instance on 3 December 2003, and the "
                  "Military I trial, in which Théoneste Bagosora was convicted in December 2008.", S),
                s("Among them is the case of Georges Ruggiu, a radio presenter of Belgian and Italian nationality, who "
                  "was sentenced to twenty years.", C),
                s("The trial of Hassan Ngeze will show how the newspaper he edited, Kangura, which first appeared in "
                  "May 1990, was turned against the Tutsi.", N),
                s("A final release will cover the Butare case, whose six accused were judged in June 2011 and whose "
                  "appeals were decided on 14 December 2015, the tribunal's very last judgment.", S),
                s("It will also index the judgments of Rwanda's own courts, whose genocide trials began in December "
                  "1996, wherever those judgments are public.", S),
            ],
            [
                s("The transcripts run to hundreds of thousands of pages, much of the testimony given in Kinyarwanda "
                  "and interpreted into French and English."),
                s("“These pages are the most detailed public account of how the genocide against the Tutsi was "
                  "organised, and a schoolteacher in Butare should be able to read them as easily as a lawyer in "
                  "The Hague,” said Dr Miriam Osei-Barker, the project's director."),
                s("The team will link its records to other public collections, such as the papers of the historian "
                  "Alison Des Forges, part of which Human Rights Watch began digitising thirty years after the "
                  "genocide.", N),
                s("Des Forges testified as an expert witness in eleven trials before the tribunal.", N),
                s("The genocide left some 95,000 children orphaned, and many of them are now the teachers and lawyers "
                  "the project most wants to reach.", D),
                s("The death toll itself remains debated: the United Nations' independent inquiry of 1999 spoke of "
                  "approximately 800,000 dead, and the Rwandan government's census of victims counted 1,074,017.", S),
                s("Protected witnesses' identities will remain redacted, as the tribunal's orders require."),
            ],
            [s("Media contact: Press Office, Northgate University.")],
        ],
    },
    # 3. NGO submission to the UN Universal Periodic Review (invented coalition). Hard negative: documents RPA
    #    killings and demands prosecutions; rejects "two genocides" by mention.
    {
        "doc": "upr-submission-rpa-killings.txt",
        "title": "Submission to the Universal Periodic Review of Rwanda: justice for civilians killed by RPA soldiers",
        "genre": "NGO submission to a UN periodic review",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Joint stakeholder submission to the Universal Periodic Review of Rwanda, from the Great Lakes "
               "Accountability Network: justice for civilians killed by RPA soldiers in 1994 and 1995")],
            [
                s("Rwanda was reviewed for the third time on 25 January 2021, after earlier reviews in January 2011 "
                  "and November 2015.", N),
                s("Of the 284 recommendations it received in 2021, the government supported 160.", N),
                s("Raising these crimes neither denies the genocide against the Tutsi nor places it on the same "
                  "footing as war crimes; the UN Commission of Experts said as much in 1994, when it found genocide "
                  "by Hutu elements and also asked that the RPF's violations be investigated further.", S),
            ],
            [
                s("A team working for UNHCR estimated that RPA soldiers killed between 25,000 and 45,000 people from "
                  "April to August 1994, but its findings were never published as a report.", S),
                s("Human Rights Watch wrote in 1999 that RPF troops may have killed tens of thousands of civilians in "
                  "four months of combat.", S),
                s("Our own reading of the evidence is that RPA soldiers killed tens of thousands of civilians in 1994 "
                  "alone.", D),
                s("By August 1995 the number of people killed by RPA soldiers had reached some 60,000.", D),
                s("According to Human Rights Watch, several hundred people were massacred in the stadium at Byumba in "
                  "mid-April 1994.", S),
                s("Near Kabgayi, on 5 June 1994, RPF soldiers killed fifteen civilians, thirteen of them clergy, "
                  "among them the Archbishop of Kigali.", D),
                s("At the Kibeho camp on 22 April 1995, RPA soldiers fired on a crowd of displaced people and killed "
                  "some 4,000 of them.", D),
                s("The government's own figure for Kibeho was 338 dead.", S),
                s("Amnesty International reported in October 1994 that RPA violations from April to August included "
                  "hundreds of deliberate executions.", S),
            ],
            [
                s("The Rwandan military said in 2008 that it had prosecuted 43 soldiers since 1994 for war crimes and "
                  "revenge killings.", S),
                s("In the Kabgayi case, a military tribunal convicted two captains in October 2008 and sentenced them "
                  "to twenty years each.", C),
                s("Two more senior officers tried with them were acquitted, and the Military High Court upheld those "
                  "acquittals in February 2009.", S),
                s("Resolution 955, adopted unanimously in November 1994, gave the international tribunal jurisdiction "
                  "over crimes committed in Rwanda that year, whoever committed them.", C),
                s("Yet the tribunal indicted no member of the RPF before it closed at the end of 2015.", S),
                s("Human Rights Watch observed in December 2008 that it had not prosecuted even one of the serious RPF "
                  "crimes of 1994.", S),
                s("Gacaca courts, which tried 1,958,634 cases before closing in June 2012, were barred from hearing "
                  "crimes committed by RPF soldiers.", S),
            ],
            [
                s("Law No. 18/2008 on the crime of genocide ideology, adopted in July 2008, provided for ten to "
                  "twenty-five years in prison and was worded so broadly that it could reach speech about the crimes "
                  "described above.", N),
                s("The opposition leader Victoire Ingabire, convicted in part for minimising the genocide, saw her "
                  "sentence raised from eight to fifteen years by the Supreme Court in December 2013.", N),
                s("In September 2021 a court in Kigali sentenced Paul Rusesabagina to twenty-five years in prison on "
                  "terrorism charges after a trial that rights groups condemned.", N),
                rep("Texts that describe 1994 as a season of “mutual massacres” in a civil war misrepresent both the "
                    "genocide and the RPA's crimes, and we reject any use of these facts to claim that there were "
                    "“two genocides”.", None, "double_genocide"),
            ],
            [
                s("We recommend that Rwanda open independent investigations into the killings at Byumba, Kabgayi and "
                  "Kibeho, prosecute those responsible whatever their rank, and publish the outcome of every military "
                  "trial held since 1994."),
            ],
        ],
    },
    # 4. Encyclopedia talk-page discussion between invented editors. Hard negative: denial edits quoted, reported.
    {
        "doc": "talkpage-death-toll.txt",
        "title": "Talk: Genocide against the Tutsi — sourcing the death toll in the lead",
        "genre": "encyclopedia talk-page discussion",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Talk: Genocide against the Tutsi — Sourcing the death toll in the lead")],
            [
                s("Section opened by Ledgerline, 12 March 2026: the lead currently says “about 800,000”, sourced to a "
                  "tourism website, and that has to change."),
                s("The UN's Independent Inquiry of 1999 gave approximately 800,000, so we can keep the number if we "
                  "cite the Inquiry instead.", S),
            ],
            [
                s("Reply from Kivu_Cartographer: the government's census of victims counted 1,074,017, and leaving it "
                  "out of the lead is a choice, not neutrality.", S),
                s("Reply from Ledgerline: that count starts in 1990, not in April 1994, and Filip Reyntjens called it "
                  "“ridiculously precise”, so the lead must say what it measures.", S),
            ],
            [
                s("Reply from Oakapple: Human Rights Watch concluded in 1999 that at least half a million people were "
                  "killed, about three quarters of the Tutsi population.", S),
                s("Honestly, the most defensible figure is somewhere around 600,000 Tutsi dead, and the lead should "
                  "say so.", D),
                s("Reply from Ledgerline: that is your synthesis, and for what it is worth I think the real total is "
                  "nearer 800,000, but neither of our estimates belongs in the lead.", D),
                rep("Meanwhile an IP editor has twice replaced the figure with “no more than 80,000 deaths, mostly "
                    "from the war”; I have reverted both edits and asked for protection.", C,
                    "minimisation", "definitional_denial"),
                rep("The same account's edit summary called the article “Kigali's approved version of a civil war”, "
                    "which is not a source either.", None, "definitional_denial", "fabrication"),
            ],
            [
                s("Reply from Amaryllis_R: for context, the RPF's radio spoke of 500,000 dead in May 1994 and then "
                  "lowered its count to 300,000 a few days later.", S),
                s("Early figures ran wild in both directions: in April 1994 Human Rights Watch relayed an estimate of "
                  "up to 100,000 killed, while the post-genocide government later spoke of more than two million.", S),
                s("Alison Des Forges, the historian who wrote most of the 1999 study, died in a plane crash near "
                  "Buffalo on 12 February 2009.", N),
            ],
            [
                s("Reply from Kivu_Cartographer: the lead should also stop implying that every victim was Tutsi; the "
                  "government's own final count classed 93.7 percent of its victims as Tutsi.", S),
                s("Reply from Oakapple: what no reliable source disputes is that it was a genocide, and the tribunal "
                  "in Arusha said so in its very first judgment, in 1998.", S),
                rep("A blog linked at the bottom of the page claims that the “so-called genocide” was a spontaneous "
                    "reaction to the president's death, and it should come out of the external links.", C,
                    "definitional_denial", "spontaneity"),
                s("Reply from Amaryllis_R: agreed; the UN Commission of Experts found as early as 1994 that the "
                  "killing was planned and systematic.", S),
            ],
            [
                s("Proposal: “Estimates of the number killed range from about half a million to more than a "
                  "million”, citing HRW 1999, the Commission of Experts and the 2002 census, with a note on the 1990 "
                  "start date.", S),
                s("Reply from Ledgerline: support, but add that a UN expert's figure of 800,000 deaths covered all "
                  "causes, not only the genocide.", S),
                s("Reply from Kivu_Cartographer: support; the true number is well over a million, but I can live with "
                  "a range.", D),
                s("Reply from Oakapple: support, and let us link the Kigali Genocide Memorial, where more than 250,000 "
                  "victims are buried.", N),
                s("Reply from Amaryllis_R: it opened in April 2004, for the tenth commemoration, so the date can go in "
                  "the caption.", N),
                s("On the title: the UN General Assembly renamed its 7 April day of reflection in January 2018 so that "
                  "it refers to the genocide against the Tutsi.", N),
            ],
            [
                s("Closing note by Ledgerline: consensus for the range wording; the Tutsi share of the population "
                  "before 1994, which one participant put at about 12 percent, stays out of the lead until someone "
                  "cites a source.", D),
                s("Archived on 30 March 2026."),
            ],
        ],
    },
    # 5. Children's-book author's note for teachers (invented author and book). Hard negative: propaganda
    #    explained, its claims reported.
    {
        "doc": "teachers-note-childrens-book.txt",
        "title": "A note for teachers: reading “The Hill Where the Drums Waited”",
        "genre": "children's-book author's note for teachers",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("A note for teachers: reading “The Hill Where the Drums Waited” with pupils aged nine to twelve")],
            [
                s("This story is made up, but the world around Ineza and her brother is real, and children will ask "
                  "you about it."),
                s("On the evening of 6 April 1994, the plane carrying Rwanda's president was shot down as it came in "
                  "to land at Kigali.", S),
                s("The next day soldiers killed the prime minister, Agathe Uwilingiyimana, and the ten Belgian "
                  "peacekeepers who had been sent to protect her.", S),
                s("Over the following hundred days more than a million people were murdered, most of them Tutsi, "
                  "along with Hutu who refused to join in or tried to hide their neighbours.", D),
                s("The United Nations had soldiers in Rwanda, led by a Canadian general, Roméo Dallaire, but in April "
                  "the Security Council voted to bring every one of them home.", C),
                s("The killing stopped when the soldiers of the Rwandan Patriotic Front took the capital on 4 July and "
                  "defeated the government army.", S),
                s("About 95,000 children lost their parents, which is why so many Rwandan families today include "
                  "children taken in by relatives or by strangers.", D),
            ],
            [
                s("Pupils often ask how neighbours could turn on neighbours."),
                s("One part of the answer is that from the early 1930s the Belgian colonial administration gave every "
                  "Rwandan an identity card that recorded them as Hutu, Tutsi or Twa.", N),
                s("Before the genocide roughly one Rwandan in seven was Tutsi.", D),
                s("Rwanda became independent on 1 July 1962, but the cards stayed, and in 1994 the killers used them "
                  "at roadblocks to decide who would die.", N),
                rep("Another part is propaganda: for months a radio station told its listeners that their Tutsi "
                    "neighbours were secretly planning to kill them, so that killing them first would feel like "
                    "self-defence.", None, "accusation_in_mirror", "role_reversal"),
                s("Historians call this trick an “accusation in a mirror”: you accuse your victims of the very crime "
                  "you are preparing to commit."),
                rep("The broadcasts also called Tutsi “inyenzi”, cockroaches, a word chosen so that listeners would "
                    "stop seeing people.", N, "dehumanisation"),
                s("If a child repeats such words from the book, stop and talk about why they were used; do not let "
                  "them pass as mere rudeness."),
            ],
            [
                s("Each year Rwanda begins a week of national mourning on 7 April, called Kwibuka, which means “to "
                  "remember”.", N),
                s("A flame is lit at the Kigali Genocide Memorial in Gisozi and burns for a hundred days.", N),
                s("More than 250,000 victims are buried there, and the memorial opened to visitors in April 2004.", N),
                s("The United Nations marks 7 April as well: the General Assembly chose the date in December 2003, and "
                  "in 2018 it renamed the day to speak of the genocide against the Tutsi.", N),
            ],
            [
                s("The book ends in August 1994, when the French soldiers of Operation Turquoise leave the south-west "
                  "and Ineza's aunt comes home from the camps around Goma.", S),
                s("More than half of Rwanda's people fled to Goma that summer, so almost every family in the story "
                  "has someone in the camps.", C),
                s("Cholera and dysentery killed almost 80,000 refugees in those camps within weeks.", D),
                s("Some of those who organised the killings were later tried by an international court in Arusha, "
                  "which convicted sixty-one people before it closed in 2015.", S),
                s("Some pupils will have family stories of their own; none of them should be asked to share."),
            ],
        ],
    },
    # 6. Newspaper corrections and clarifications box (invented paper). Hard negative: a moderation note
    #    quoting a call to violence, a retracted headline, removed "both sides" replies.
    {
        "doc": "corrections-box.txt",
        "title": "Corrections and clarifications",
        "genre": "newspaper corrections and clarifications",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Corrections and clarifications")],
            [
                s("A profile of a former tribunal judge said that Jean Kambanda, the interim government's prime "
                  "minister, pleaded not guilty.", C),
                s("He pleaded guilty and was sentenced to life imprisonment on 4 September 1998.", S),
            ],
            [
                s("A report on Tuesday about Félicien Kabuga said that the Mechanism had convicted him in 2023 of "
                  "financing the killings.", C),
                s("That was wrong: he had been found unfit to stand trial, and on 7 August 2023 the Appeals Chamber "
                  "sent the case back with instructions to stay the proceedings indefinitely, so no verdict was ever "
                  "given.", S),
            ],
            [
                s("A caption on 7 April described the ten peacekeepers killed with Prime Minister Agathe "
                  "Uwilingiyimana as French.", C),
                s("They were Belgian soldiers of UNAMIR, disarmed and killed at a military camp in Kigali on 7 April "
                  "1994.", S),
            ],
            [
                s("An explainer on the Rwanda tribunal gave the year of its creation as 1995 and said it had closed "
                  "in 2012.", C),
                s("The Security Council created the tribunal on 8 November 1994, and it closed on 31 December 2015.", S),
                s("The same explainer put the number of acquittals at four; the tribunal acquitted fourteen people and "
                  "convicted sixty-one.", S),
            ],
            [
                s("An obituary of a defence lawyer said that Théoneste Bagosora's conviction for genocide was quashed "
                  "on appeal in 2011.", C),
                s("The Appeals Chamber affirmed that conviction on 14 December 2011, though it reversed other findings "
                  "and reduced his life sentence to thirty-five years.", S),
            ],
            [
                s("Our anniversary timeline stated as fact that the Rwandan Patriotic Front captured Gisenyi on 18 July "
                  "1994.", D),
                s("Sources differ on the date: the French army's archive gives 16 July and a press report of the time "
                  "gives 18 July, and the timeline has been amended to say so.", S),
            ],
            [
                rep("A headline on our commemoration coverage of 8 April called the events of 1994 “tribal "
                    "clashes”.", None, "spontaneity"),
                s("That phrase was wrong and should not have been used: the killing of the Tutsi was a planned "
                  "genocide, as the UN Commission of Experts found in 1994.", S),
            ],
            [
                s("A travel feature described the Kigali Genocide Memorial only as a museum; it is also a burial place, "
                  "where the remains of more than 250,000 people lie.", N),
                s("The same feature said the memorial opened in 1994; it opened in April 2004.", N),
                s("A profile of Roméo Dallaire, who commanded UNAMIR, gave the wrong year for his appointment to the "
                  "Canadian Senate, which was 2005.", N),
            ],
            [
                s("A report on France and Rwanda said that resolution 929 had been adopted unanimously.", C),
                s("It was adopted on 22 June 1994 with ten votes in favour and five abstentions.", S),
            ],
            [
                rep("Moderation note: on 9 April we removed a reader's comment under our report on the commemoration "
                    "in London that urged people to “finish what was started in 94” and called survivors “cockroaches "
                    "who came back”.", None, "call_to_action", "dehumanisation"),
                s("The comment broke our rules on incitement; the account has been suspended and the comment passed "
                  "to the police."),
                rep("Several replies to it claimed that “both sides killed equally”; they have also been removed, "
                    "because they misstate what happened rather than debate it.", C, "double_genocide"),
            ],
            [s("We apologise for these errors.")],
        ],
    },
    # 7. French historian's blog post on the debate over the figures (invented historian). Hard negative:
    #    RTLM quoted to explain accusation in a mirror, a minimising claim quoted to refute it.
    {
        "doc": "blog-historien-chiffres-fr.txt",
        "title": "Combien de morts ? Ce que le débat sur les chiffres de 1994 dit, et ce qu'il ne dit pas",
        "genre": "billet de blog d'historien",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s(f"Combien de morts{NB}? Ce que le débat sur les chiffres de 1994 dit, et ce qu'il ne dit pas")],
            [
                s(f"Billet publié le 14 avril 2026 sur le carnet «{NB}Histoire immédiate{NB}»."),
            ],
            [
                s(f"Chaque mois d'avril revient la même question, posée tantôt de bonne foi, tantôt pour semer le "
                  f"doute{NB}: combien de personnes ont été tuées au Rwanda entre avril et juillet 1994{NB}?"),
                s(f"Les estimations publiées vont d'«{NB}au moins un demi-million{NB}», selon Human Rights Watch et la "
                  f"FIDH en 1999, à 1{NN}074{NN}017 victimes selon le recensement du gouvernement rwandais, dont le "
                  f"rapport final date de novembre 2002.", S),
                s(f"Le rapport de 1999, paru en français sous le titre «{NB}Aucun témoin ne doit survivre{NB}», doit "
                  f"l'essentiel de sa rédaction à l'historienne américaine Alison Des Forges, morte dans un accident "
                  f"d'avion le 12 février 2009.", N),
                s(f"Son calcul partait du recensement de 1991, où les Tutsi représentaient 8,4{NB}% de la population, "
                  f"et d'une estimation de 657{NN}000 Tutsi vivant au Rwanda le 6 avril 1994.", S),
                s(f"Avant le génocide, les Tutsi formaient sans doute autour de 10{NB}% de la population, davantage que "
                  f"ne l'enregistrait l'état civil.", D),
                s("Le chiffre officiel, lui, compte les morts depuis 1990 et non depuis avril 1994, ce que l'on oublie "
                  "presque toujours de préciser.", S),
                s(f"À mon sens, le nombre de Tutsi tués se situe autour de 600{NN}000, ordre de grandeur que les "
                  f"travaux de Marijke Verpoorten rendent plausible.", D),
                s("Luc Reydams estime de son côté que le bilan officiel double à peu près le nombre réel des victimes "
                  "du génocide.", S),
                s(f"Ces désaccords sont ceux d'historiens et de démographes, comme celui qui oppose depuis 2004 les "
                  f"937{NN}000 victimes identifiées par un autre ministère au chiffre du recensement de 2002.", S),
            ],
            [
                rep(f"Il en va autrement quand un essayiste affirme qu'«{NB}il n'y a pas eu plus de 100{NN}000 morts, "
                    f"victimes d'une guerre civile{NB}».", C, "minimisation", "definitional_denial"),
                s(f"Ce chiffre ne correspond à aucune source sérieuse{NB}: six semaines après le début des tueries, "
                  f"Human Rights Watch comptait déjà au moins 200{NN}000 civils tués.", S),
                s(f"Le glissement vers la «{NB}guerre civile{NB}» est l'autre ressort du négationnisme, car il "
                  f"transforme une extermination en affrontement entre deux camps."),
                s("Or la Commission d'experts de l'ONU concluait dès décembre 1994 que les actes de génocide contre les "
                  "Tutsi avaient été commis de façon concertée, planifiée, systématique et méthodique.", S),
            ],
            [
                s(f"La propagande de 1994 avait préparé ce retournement en accusant les victimes du crime qu'on "
                  f"s'apprêtait à commettre, ce que les chercheurs appellent l'«{NB}accusation en miroir{NB}»."),
                rep(f"Le 15 mai 1994, un animateur de la RTLM promettait ainsi de combattre les Inkotanyi avec «{NB}tous "
                    f"ceux qui comprennent qu'une race minoritaire ne peut pas exterminer la race majoritaire{NB}» "
                    f"(transcription versée au dossier du TPIR, je traduis).", N, "accusation_in_mirror"),
                rep(f"Dans la même émission, il annonçait qu'une fois les Inkotanyi «{NB}exterminés{NB}» au Rwanda, on "
                    f"irait les combattre au Burundi.", N, "call_to_action"),
                s(f"Le procédé est limpide{NB}: prêter aux Tutsi un projet d'extermination rendait leur extermination "
                  f"acceptable aux yeux des auditeurs."),
            ],
            [
                s(f"Reconnaître le génocide n'interdit pas de compter les autres morts{NB}: les soldats du FPR ont tué "
                  f"des dizaines de milliers de civils en 1994, et il serait malhonnête de l'écrire en petits "
                  f"caractères.", D),
                s("Le TPIR, fermé en 2014, n'a poursuivi aucun membre du FPR, et cette absence pèse sur la crédibilité "
                  "de la justice internationale.", C),
                s(f"Mais additionner ces victimes à celles du génocide pour parler de «{NB}double génocide{NB}» relève "
                  f"de la confusion, et la Commission d'experts n'a trouvé aucune preuve d'une intention de détruire "
                  f"les Hutu en tant que groupe.", S),
            ],
            [
                s(f"Au Rwanda même, le débat public est encadré par la loi{NB}: la Cour suprême a porté à quinze ans, en "
                  f"décembre 2013, la peine de l'opposante Victoire Ingabire, condamnée notamment pour minimisation du "
                  f"génocide.", N),
                s(f"Le même flou entoure le nombre des orphelins, qu'on estime à 95{NN}000, ou celui des femmes violées, "
                  f"au moins 250{NN}000 selon les uns, bien davantage selon d'autres.", D),
                s(f"Pour ma part, je retiens un ordre de grandeur{NB}: plus de 800{NN}000 morts en une centaine de "
                  f"jours.", D),
            ],
        ],
    },
    # 8. FIXTURE (French): messaging-thread transcript; calls to action, dehumanisation, accusation in a mirror.
    {
        "doc": "fixture-denial-fr-fil-messagerie.txt",
        "title": "Transcription d'un fil de messagerie (fixture)",
        "genre": "transcription de fil de messagerie (fixture)",
        "language": "fr",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own(f"[21:02] Kamali{NB}: ils ont déjà des listes avec nos noms, ma cousine les a vues.", None,
                 "accusation_in_mirror")],
            [own(f"[21:03] Kamali{NB}: c'est eux qui ont attaqué depuis l'Ouganda en octobre 1990, et si on attend, "
                 f"ce sont eux qui viendront nous chercher la nuit.", S, "accusation_in_mirror")],
            [own(f"[21:05] Sandrine_R{NB}: ces gens-là, c'est de la vermine, ça revient toujours par les "
                 f"fissures.", None, "dehumanisation")],
            [own(f"[21:06] Sandrine_R{NB}: en 94 aussi ils préparaient notre extermination, et les paysans "
                 f"n'avaient pas le choix{NB}: c'était eux ou nous.", C, "accusation_in_mirror", "justification")],
            [own(f"[21:08] Kamali{NB}: partagez ça partout avant qu'ils le fassent supprimer.", None,
                 "call_to_action")],
            [own(f"[21:09] Jean-Paul M.{NB}: on sait tous ce qu'il reste à faire, soyez prêts, pas besoin de "
                 f"l'écrire ici.", None, "call_to_action")],
            [own(f"[21:10] Jean-Paul M.{NB}: c'est leur FPR qui a abattu l'avion du président, alors qu'on ne "
                 f"vienne pas nous parler de victimes.", D, "blame_shifting")],
            [own(f"[21:11] Sandrine_R{NB}: qu'ils ne remettent jamais les pieds sur nos collines.", None,
                 "call_to_action")],
        ],
    },
    # 9. FIXTURE: "documentary review" on an invented denial website; fabrication, attacks on witnesses,
    #    definitional denial.
    {
        "doc": "fixture-denial-documentary-review.txt",
        "title": "Documentary review: the same old story (fixture)",
        "genre": "documentary review on a denial website (fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Our reviewer sat through the new documentary so that you do not have to: it is the same staged "
                    "story, only with better lighting.", None, "fabrication"),
                own("The so-called survivors on screen recite lines that Western NGOs wrote for them in 1994, down to "
                    "the pauses and the tears.", None, "attack_on_witnesses", "fabrication"),
                own("The narrator repeats that the UN Commission of Experts found a planned, systematic genocide, but "
                    "no intent was ever proved against anyone, which is why prosecutors had to fall back on theories "
                    "of “conspiracy”.", C, "definitional_denial"),
                own("The papers waved about as proof of planning were typed up in Kigali after July 1994 by the people "
                    "who had just taken power.", None, "fabrication"),
            ],
            [
                own("In strict legal terms the events of 1994 do not meet the definition of genocide; they were the "
                    "troubles of a country at war, terrible for everyone.", C, "definitional_denial"),
                own("The Arusha court paid its witnesses, believed whatever they said and convicted every Hutu who was "
                    "brought before it.", C, "attack_on_witnesses"),
                own("Even the mass graves the film lingers on were dug and filled by the RPF, then presented to foreign "
                    "journalists as the work of others.", None, "fabrication", "blame_shifting"),
                own("Watch it if you must, but remember that the whole “genocide” story was manufactured to keep one "
                    "party in power for thirty years.", None, "definitional_denial", "fabrication"),
            ],
        ],
    },
    # 10. FIXTURE: short address at an invented gathering; justification, accusation in a mirror, call to action
    #     (not graphic).
    {
        "doc": "fixture-denial-gathering-address.txt",
        "title": "Address to an association evening (fixture)",
        "genre": "address at a gathering (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Thirty-two years ago more than a million of our people crossed into Zaire in a single week, and "
                  "nobody asks why they ran.", D),
                own("When the RPF crossed from Uganda in October 1990, it came with lists of the families it meant to "
                    "wipe out, and our parents knew it.", C, "accusation_in_mirror"),
                own("What choice did a farmer have, with the front moving south and his children asleep behind a "
                    "wooden door?", None, "justification"),
                own("Anyone would have defended his family, and that is all most of those people did that spring.",
                    None, "justification", "role_reversal"),
            ],
            [
                own("They were going to do it to us first; what followed was an answer, not a plan.", C,
                    "accusation_in_mirror", "spontaneity"),
                own("Today the same people sit in Kigali and call us génocidaires, while the tribunal in Arusha never "
                    "charged a single one of their officers.", S, "role_reversal"),
                own("So be ready, keep in touch through the usual channels, and do not let them come back to the hills "
                    "they left.", None, "call_to_action"),
                own("Our people know their duty, and when the moment comes nobody will need to be told twice.", None,
                    "call_to_action"),
            ],
        ],
    },
    # 11. FIXTURE: reader comments under a news article; minimisation, double genocide, blame shifting.
    {
        "doc": "fixture-denial-reader-comments.txt",
        "title": "Reader comments under an anniversary article (fixture)",
        "genre": "reader comments (fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("kivu_watcher: every April the same article and every April the number goes up, when it was a few "
                 "tens of thousands at most.", C, "minimisation")],
            [own("kivu_watcher: and most of the dead that year were Hutu killed by the RPF, not Tutsi.", C,
                 "minimisation", "double_genocide")],
            [own("Marc D.: There were two genocides in 1994 and only one of them gets a day at the UN.", C,
                 "double_genocide")],
            [own("Marc D.: Blame Belgium, which handed out the ethnic identity cards in the 1930s and then pulled "
                 "its blue helmets out in April 1994.", N, "blame_shifting")],
            [own("anon_reader: If the RPF had not invaded from Uganda in 1990 nobody would have died, and you cannot "
                 "blame frightened villagers for defending themselves after that.", S, "blame_shifting",
                 "justification")],
            [own("anon_reader: The victims' own leaders knew what was coming and left them to die so they could "
                 "take power.", None, "blame_shifting")],
            [own("kivu_watcher: call it a civil war with massacres on every side and you will be closer to the "
                 "truth.", None, "double_genocide", "definitional_denial")],
            [own("Marc D.: The camps in Goma lost fifty thousand people in a month and nobody builds memorials for "
                 "them.", D, "double_genocide")],
        ],
    },
    # 12. COMPOSITE FIXTURE: genealogy forum post whose last part turns into denial.
    {
        "doc": "fixture-denial-genealogy-forum-composite.txt",
        "title": "Looking for my grandmother's family near Butare (fixture)",
        "genre": "genealogy forum post (composite fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Hello all, I am researching my grandmother's family, who lived near Butare until 1994."),
                s("From what I have read, the Belgian administration began issuing identity cards recording each "
                  "person as Hutu, Tutsi or Twa in the early 1930s, so colonial-era registers may help.", N),
                s("Rwanda became independent on 1 July 1962, so records from before and after that date may be kept "
                  "in different places.", N),
                s("The gacaca courts, which closed on 18 June 2012 after trying nearly two million cases, also left "
                  "files that name people and hills.", S),
            ],
            [
                own("Honestly though, I no longer trust what the memorial staff tell families, because half the names "
                    "on those walls were added later for the cameras.", None, "attack_on_witnesses", "fabrication"),
                own("It was a war and a tragedy for everyone, not what the foreigners now call a genocide.", C,
                    "definitional_denial", "double_genocide"),
                own("The ones who really planned the killing were the RPF, who shot down the president's plane to "
                    "start it all.", D, "blame_shifting"),
                s("If anyone has family papers from Butare, message me privately before the moderators bury this "
                  "thread."),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
