"""Source of the TRAINING labelled set check-train23 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train23/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train23/build_set.py --check  # validate the files already written

A training set, written blind: its rows are meant to train the checker's learned layers; it is not a measure of
unseen text. New genres (a fact-checking round-up, a translator's note, an obituary, an archive's annual report,
a debate-club briefing, a radio bulletin script, a French NGO press release, and five short fixtures: French video
comments, a letter to the editor, a history quiz, an extremist newsletter, and a composite book-club guide). Its
emphasis is on the markers: denial in respectable registers (euphemism, false balance, "reciprocal massacres",
numbers "inflated for aid money", rhetorical questions, scare quotes on "survivors" and "experts", courts that
"coached" witnesses, historians "paid by Kigali", justification through "context"), and hard negatives that look
like denial on the surface but are not. Its author did not read the detectors, their rules, exemplars or training
data, nor any other set's documents or labels (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md
for the labelling conventions, the first lines of check-blind5's build script and its README as templates, and the
list TECHNIQUES in src/factfinder/check/model.py). Verdicts were decided against the record alone: examples/
(FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV.

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

# French typography: no-break space inside guillemets, narrow no-break space before ; : ! ? and in numbers.
NB = "\u00a0"
NN = "\u202f"
LQ = "«" + NB
RQ = NB + "»"


def fr(text: str) -> str:
    """Apply French spacing: ' ;' ' :' ' ?' ' !' take a narrow no-break space; guillemets take no-break spaces."""
    for mark in (";", ":", "?", "!"):
        text = text.replace(" " + mark, NN + mark)
    return text.replace("« ", LQ).replace(" »", RQ)


DOCS: list[dict] = [
    # 1. Fact-checking organisation's weekly round-up (invented desk; quotes the claims: voice reported). Hard negative.
    {
        "doc": "factcheck-weekly-roundup.txt",
        "title": "The Ledger Desk, weekly round-up: seven viral claims about Rwanda, checked",
        "genre": "fact-checking weekly round-up",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("The Ledger Desk | Weekly round-up no. 112: Rwanda"),
            ],
            [
                s("Every Friday our desk takes the week's most shared posts on one subject and checks them against "
                  "court records, UN reports and published research."),
            ],
            [
                rep("Claim one, from a video with several hundred thousand views: “The so-called genocide was just a "
                    "civil war, and the killing happened on its own in the chaos after the plane came down.”", C,
                    "definitional_denial", "spontaneity"),
                s("False: in December 1994 the UN's Commission of Experts concluded that the killing of the Tutsi had "
                  "been organised beforehand and carried out methodically by Hutu elements.", S),
                s("There was indeed a war, but it had begun three and a half years earlier, when the RPF crossed from "
                  "Ugandan territory on 1 October 1990, and a war does not explain the hunting of civilians from "
                  "house to house.", S),
            ],
            [
                rep("Claim two, a graphic shared on several platforms: “Fewer than 50,000 died; everything above that "
                    "was inflated for aid money.”", C, "minimisation", "fabrication"),
                s("False: working from the 1991 census, Human Rights Watch concluded in 1999 that at least half a "
                  "million people had been killed, and the government's count published in 2002 reached 1,074,017.",
                  S),
                s("Estimates do differ, because they cover different periods and use different methods, but an "
                  "argument about the total is not an argument about the crime.", S),
            ],
            [
                rep("Claim three, attributed to a “former officer”: “The RPF killed more Hutu than the Hutu killed "
                    "Tutsi, so there were two genocides.”", C, "double_genocide"),
                s("False, although it feeds on a real history that is too seldom told."),
                s("Soldiers of the Rwandan Patriotic Army did kill civilians in large numbers: a team working for "
                  "UNHCR put the toll at between 25,000 and 45,000 for April to August 1994.", S),
                s("But the same UN commission that recorded crimes on both sides found nothing to show that the RPF's "
                  "killings were meant to destroy the Hutu as a group.", S),
            ],
            [
                rep("Claim four, from a forum thread: “The Arusha tribunal paid its witnesses and never acquitted a "
                    "single defendant.”", C, "attack_on_witnesses"),
                s("False on the part that can be checked: the ICTR acquitted fourteen people, General Gratien "
                  "Kabiligi among them in December 2008.", S),
                s("The tribunal's real failing lies elsewhere: it never indicted anyone from the RPF, a gap Human "
                  "Rights Watch denounced in December 2008.", S),
            ],
            [
                rep("Claim five, an image captioned: “The Hutu ‘Ten Commandments’ are a forgery cooked up after "
                    "1994.”", N, "fabrication"),
                s("False: the text was printed in Kangura, the extremist paper founded in 1990, in its December 1990 "
                  "issue.", N),
                rep("Its eighth commandment told Hutu to “cease having pity for the Tutsi”.", N, "call_to_action"),
                s("The paper's editor, Hassan Ngeze, received thirty-five years from the ICTR's appeal judges in "
                  "November 2007.", S),
            ],
            [
                s("Claim six, from an account that defends the government: “Exactly one million Tutsi were murdered, "
                  "and anyone who questions that number is a denier.”", D),
                s("Missing context: the genocide is not in question, its toll is, and published figures run from "
                  "about half a million to more than a million.", S),
                s("Questioning an estimate, as the researchers Filip Reyntjens and Luc Reydams have done with the "
                  "official count, is scholarship; using doubt to erase the victims is something else.", S),
            ],
            [
                s("Claim seven, a quote card: the President's plane “was shot down by the RPF, as every court has "
                  "confirmed”.", C),
                s("False: the French investigation ended in a dismissal that the Cour de cassation made final on 15 "
                  "February 2022, and no court has ever established who fired.", S),
                s("Correction: last week we dated resolution 955, which created the tribunal, to December 1994; the "
                  "Security Council adopted it on 8 November 1994.", S),
            ],
        ],
    },
    # 2. Translator's note to a translated testimony (invented translator and composite witness). Hard negative.
    {
        "doc": "translator-note-testimony.txt",
        "title": "Translator's note to the English edition of a survivor's testimony",
        "genre": "translator's note",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Translator's note"),
            ],
            [
                s("Speciose N. recorded this testimony in Kinyarwanda over three afternoons in 2019 and asked that her "
                  "family name be shortened."),
                s("I have tried to keep the rhythm of her speech, including the silences marked in the transcript, "
                  "rather than smooth it into literary English."),
            ],
            [
                rep("The killers she describes called the Tutsi inyenzi, cockroaches, and she repeats the word exactly "
                    "as it was shouted at her at a roadblock.", N, "dehumanisation"),
                rep("When she quotes a militiaman announcing that “the work” had to be finished before the rains, I "
                    "have kept the euphemism in English, because the euphemism was the point.", None,
                    "call_to_action"),
                s("Interahamwe, the militia's name, is usually glossed as “those who attack together”.", N),
                s("Gacaca, the community courts before which she gave evidence twice, takes its name from the "
                  "Kinyarwanda word for grass.", S),
            ],
            [
                s("She dates everything from the evening of 6 April 1994, when the President's plane was shot down "
                  "on its approach to Kigali, and from the next morning, when soldiers and militiamen began killing "
                  "in the capital.", S),
                s("She speaks bitterly of the Security Council's decision to shrink UNAMIR, which came with "
                  "resolution 918 at the end of April.", C),
                s("She hid for eleven weeks in the papyrus of a marsh and came out only after RPF soldiers reached her "
                  "area, shortly before they took Kigali on 4 July.", S),
                s("Her parish church at Ntarama, where many of her relatives had sought refuge, has since been kept "
                  "as a genocide memorial.", N),
                s("She never gives a national death toll, and I have resisted adding one, because the main totals "
                  "published since 1994 range from about half a million to more than a million.", S),
                s("Her sister was among the hundreds of thousands of women raped during the genocide, and the two "
                  "passages in which she speaks of it are printed uncut.", D),
            ],
            [
                s("Her first gacaca hearing was in 2006; the courts had been hearing cases across the country since "
                  "the year before, and they went on until they closed in June 2012.", S),
                s("She also names soldiers of the RPF who took away two of her Hutu neighbours in July 1994, men who "
                  "were never seen again, and she asked that this be printed too."),
                s("Crimes of that kind were kept out of the gacaca courts' jurisdiction, which is one reason she never "
                  "testified about them.", S),
            ],
            [
                rep("Where she quotes what was printed in those years, I translate literally: the Kangura headline her "
                    "uncle kept, “A Cockroach Cannot Bring Forth a Butterfly”, is given word for word.", N,
                    "dehumanisation"),
                s("Softening such sentences would make them easier to read and harder to understand."),
                s("She refuses the phrase “the events”, and the idea that her neighbours' deaths and her family's "
                  "were “the same thing”: both were crimes, she says, but only one was a plan to leave no Tutsi "
                  "alive."),
                s("The UN Commission of Experts said much the same in December 1994: genocide against the Tutsi, "
                  "planned and systematic, and crimes against humanity committed by individuals on both sides.", S),
            ],
            [
                s("Her niece was one of the 95,000 children orphaned by the genocide.", D),
                s("She herself is one of the 309,368 survivors counted in 2008, a number she repeats as if it were a "
                  "name.", S),
                s("The note she adds about the plane, that it was brought down by extremists from the President's own "
                  "camp, is her view and mine, though no court has confirmed it.", D),
                s("Kwibuka, her word for the annual commemoration, means “to remember”, and she asked that it close "
                  "this book.", N),
                s("Notes in square brackets are mine, and so are any errors in them."),
            ],
        ],
    },
    # 3. Obituary of an invented survivor and activist (invented newspaper). Honest errors; not a hard negative.
    {
        "doc": "obituary-survivor-activist.txt",
        "title": "Obituary: Béatrice Mukandekezi, survivor and advocate for genocide widows",
        "genre": "obituary",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Béatrice Mukandekezi, survivor, widows' advocate and witness: 1961–2025"),
            ],
            [
                s("Béatrice Mukandekezi, who has died aged 64, spent three decades making sure that the dead of "
                  "Bugesera were counted by name and their killers by court."),
                s("She was born in Nyamata and trained as a primary-school teacher, the work she went back to after "
                  "1994."),
            ],
            [
                s("In April 1994 she lost her husband, their three sons and most of her family in the massacres that "
                  "followed the downing of President Habyarimana's aircraft on the evening of April 6th.", S),
                s("They were among the roughly one million people murdered in a hundred days.", D),
                s("She survived by hiding in the marshes, an experience she later described to schoolchildren without "
                  "ever raising her voice."),
                s("When the killing ended with the RPF's military victory in July, she came home to a hill where, by "
                  "her count, fewer than one neighbour in ten was still alive.", S),
            ],
            [
                s("She joined AVEGA Agahozo, the association that fifty widowed survivors founded in Kigali in 1995.",
                  N),
                s("Agahozo, she liked to explain, means drying one's tears, and she thought the name asked for too "
                  "little.", N),
                s("She gave evidence twice before gacaca courts, the community tribunals that had handled close to two "
                  "million cases by the time they were wound up in June 2012.", S),
                s("She never pretended they were flawless, and she listened carefully when human rights groups "
                  "reported corruption and irregular procedures in some of them.", S),
            ],
            [
                s("She went to Arusha in 1998 to hear the ICTR convict Jean-Paul Akayesu, the former mayor of Taba and "
                  "the first person ever found guilty of genocide by an international court.", S),
                s("She liked to remind visitors that the Security Council had set up that tribunal only in 1995, “a "
                  "year too late for everyone I loved”.", C),
                s("She regretted that it shut its doors at the end of 2012 without trying a single RPF officer.", C),
                s("She followed the trials in Paris closely and was in the courtroom in March 2014 when Pascal "
                  "Simbikangwa, a former intelligence officer, was given twenty-five years.", S),
                s("She welcomed the life sentences handed down in July 2016 to Octavien Ngenzi and Tito Barahira, two "
                  "former mayors of Kabarondo.", S),
            ],
            [
                s("Every April she spoke at Ntarama, where the church in which thousands of Tutsi were killed is now a "
                  "memorial.", N),
                s("She reburied relatives at the Kigali Genocide Memorial at Gisozi, which opened in 2004 and where "
                  "more than 250,000 victims lie.", N),
                s("She had no time for talk of “two genocides”, but she insisted that the civilians killed by RPF "
                  "soldiers, who numbered in the tens of thousands, deserved trials as well.", D),
                s("In 2008 she was one of the 309,368 survivors recorded by a national census, a number she called "
                  "both too large and far too small.", S),
                s("She also cared for some of the 95,000 children the genocide left without parents, several of whom "
                  "now have children of their own.", D),
                s("She was fond of recalling that UNAMIR had been authorised in October 1993 with 5,500 soldiers, "
                  "“and left us with a few hundred”.", C),
                s("In her last interview she said that Kwibuka, the name of the annual commemoration, means “to "
                  "remember”, and that remembering was not a season but a duty.", N),
            ],
            [
                s("She is survived by a daughter, who was two in 1994 and was hidden by a Hutu neighbour, and by four "
                  "grandchildren."),
                s("Her funeral will be held at Nyamata on Saturday."),
            ],
        ],
    },
    # 4. Annual report of an invented archive digitising court and gacaca records. Hard negative.
    {
        "doc": "archive-annual-report-2025.txt",
        "title": "Hillside Records Archive: Annual Report 2025",
        "genre": "archive annual report",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Hillside Records Archive: Annual Report 2025"),
            ],
            [
                s("We are an independent charity that digitises and publishes the records of trials for the crimes of "
                  "1994 in Rwanda, when more than 800,000 people were killed in about a hundred days, whoever the "
                  "accused and whoever the victims.", D),
            ],
            [
                s("The largest body of records we work with is that of the gacaca courts, which tried 1,958,634 cases "
                  "between 2005 and their closure on 18 June 2012.", S),
                s("Rwanda's national effort to preserve those files started from a paper archive of more than sixty "
                  "million handwritten pages, and scanning began in 2015.", N),
                s("Our own share is modest: this year we described 41,200 case files from two districts and published "
                  "the first 3,000 in redacted form."),
                s("Category-one cases, those of the planners and organisers, are the ones researchers ask for most; "
                  "60,552 of them were tried at first instance.", S),
                s("Of those, 53,426 ended in a guilty finding, a rate that critics and defenders of gacaca read in "
                  "opposite ways.", S),
                s("We record the courts' failings as faithfully as their achievements: Human Rights Watch found in "
                  "2011 that some trials were marred by corruption and procedural irregularities.", S),
                rep("One defendant's letter in the collection calls the witnesses against him “liars paid by the "
                    "survivors' associations”; we publish it, as we publish the judgment that convicted him.", None,
                    "attack_on_witnesses"),
                s("Our archivists also read of witnesses who retracted, of accusations settled by private grudges and "
                  "of judges plainly out of their depth."),
                s("None of this makes the genocide less certain; it makes individual verdicts worth checking."),
            ],
            [
                s("The tribunal's records passed to the International Residual Mechanism for Criminal Tribunals, "
                  "which the Security Council created by resolution 1966 on 22 December 2010.", N),
                s("Our index lets a reader follow, for instance, Théoneste Bagosora from his life sentence in December "
                  "2008 to the thirty-five years imposed on appeal three years later.", S),
                s("It also shows the appeal judges' reversals: in February 2014 they overturned every conviction of "
                  "François-Xavier Nzuwonemeye, former commander of the reconnaissance battalion.", S),
                s("Among the most consulted files this year was the Media case, in which the appeal judges reduced "
                  "Ferdinand Nahimana's life sentence to thirty years in 2007.", S),
                s("We also added the judgment against Georges Ruggiu, the Belgian-Italian RTLM presenter, who was "
                  "sentenced to twenty years in 2000.", C),
            ],
            [
                s("Our collection policy covers crimes by every party, which is why we hold the file of the 2008 "
                  "military trial over the killing of thirteen clergy at Kabgayi on 5 June 1994.", D),
                s("In that case two captains who pleaded guilty were sentenced to eight years, cut to five on appeal, "
                  "and two senior officers were acquitted.", S),
                s("Few other killings of civilians by RPA soldiers reached any court: the Rwandan army said in 2008 "
                  "that it had prosecuted 43 soldiers since 1994, and the ICTR prosecuted none.", S),
                s("We have been unable to obtain a single file on the Kibeho killings of 22.04.1995, in which RPA "
                  "soldiers killed some 2,000 displaced people.", D),
                s("The UN's mapping report on the Democratic Republic of the Congo, released on 1 October 2010, "
                  "documents killings of Hutu refugees in 1996 and 1997 and is catalogued in our reference library.",
                  N),
            ],
            [
                s("Foreign trials are represented too, from the Butare Four trial in Brussels in 2001 to the "
                  "conviction of Fabien Neretse in Paris in December 2019.", C),
                s("Laurent Bucyibaruta, the former prefect of Gikongoro sentenced to twenty years in 2022, died in "
                  "December 2023 before his appeal could be heard, so his conviction never became final.", S),
                s("Rwanda has used English as an official language alongside French and Kinyarwanda since 2008, which "
                  "is why every description we publish is trilingual.", N),
            ],
        ],
    },
    # 5. Debate club briefing on "the ICTR delivered victor's justice" (invented society). Hard negative.
    {
        "doc": "debate-briefing-victors-justice.txt",
        "title": "Debate briefing: This House believes the ICTR delivered victor's justice",
        "genre": "debate club briefing",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Westbrook Debating Society, research committee: briefing on the motion “This House believes the "
                  "ICTR delivered victor's justice”"),
            ],
            [
                s("Both benches start from common ground: the genocide against the Tutsi is established fact, and the "
                  "motion is about a court, not about whether the genocide happened."),
                s("In early 1994 Tutsi made up around a tenth of Rwanda's population, the group the organisers of the "
                  "killing set out to destroy.", D),
            ],
            [
                s("The Security Council created the tribunal on 8 November 1994 by thirteen votes to one, with one "
                  "abstention.", S),
                s("Its temporal jurisdiction ran from 1 January to 31 December 1994, nothing earlier and nothing "
                  "later.", S),
                s("It sat in Arusha, opened its first trial in 1997 and closed on 31 December 2015, having indicted "
                  "93 people, convicted 61 and acquitted 14.", S),
            ],
            [
                s("Proposition's strongest point is simple: no member of the Rwandan Patriotic Front was ever "
                  "indicted, although the UN's Commission of Experts had asked in 1994 for the RPF's crimes to be "
                  "investigated.", S),
                s("UNHCR experts estimated that RPA soldiers killed between 25,000 and 45,000 people from April to "
                  "August 1994, and Human Rights Watch wrote that they may have killed tens of thousands.", S),
                s("Proposition can also cite the removal of Carla Del Ponte as the tribunal's prosecutor by the "
                  "Security Council in August 2003; she said Kigali had lobbied against her because she meant to "
                  "investigate reprisal killings by its army.", N),
                s("Her successor, Hassan Bubacar Jallow, took up his post in Arusha on 3 October 2003.", N),
                s("Proposition should quote Human Rights Watch's statement of December 2008 that the tribunal had "
                  "“not prosecuted even one” of the serious RPF crimes.", S),
                s("Avoid overreach: calling the tribunal the victors' court does not require, and must never slide "
                  "into, doubting the genocide or the evidence of its survivors."),
            ],
            [
                s("Opposition will answer that victor's justice means convicting the defeated whatever the evidence, "
                  "and that the record shows otherwise."),
                s("The tribunal acquitted senior figures of the old regime, among them Gratien Kabiligi in 2008 and, "
                  "on appeal in 2009, Protais Zigiranyirazo, the late president's brother-in-law.", S),
                s("In February 2013 its appeal judges also acquitted two ministers of the interim government, Justin "
                  "Mugenzi and Prosper Mugiraneza, who had been given thirty years.", S),
                s("Some sentences were cut because the accused's own rights had been breached, as when Jean-Baptiste "
                  "Gatete's life term became forty years for undue delay.", S),
                s("Opposition can add that the interim prime minister, Jean Kambanda, was convicted only after a "
                  "three-year trial in which he denied every charge.", C),
                s("Opposition may also argue that trying RPF soldiers fell to Rwandan courts, which heard the Kabgayi "
                  "case in 2008.", S),
                s("At that trial all four accused RPA officers were convicted.", C),
            ],
            [
                s("Both benches will be tempted to use the death toll: published estimates run from at least half a "
                  "million (Human Rights Watch, 1999) to the 1,074,017 counted by the Rwandan government in 2002.", S),
                s("For this round we use “about 800,000 dead in a hundred days” as the working figure.", D),
                s("Proposition speakers sometimes say the tribunal cost more than it achieved; in 2003 its annual "
                  "budget was reported at about 100 million dollars, with 15 cases completed.", N),
                s("Judges will reward the bench that deals honestly with Kibeho, where RPA soldiers fired on displaced "
                  "people on 22 April 1995: the government spoke of 338 dead, senior UN officers of about 2,000.", S),
                s("Prepare a point of information on Félicien Kabuga, whose case was halted indefinitely in 2023, "
                  "without a verdict, because he was unfit to stand trial.", S),
                s("Remember that criticism of a court is not denial of the crime it judged, and that denial of the "
                  "crime is not criticism of a court."),
            ],
        ],
    },
    # 6. Radio news bulletin script on the anniversary and trials (invented station). Honest errors.
    {
        "doc": "radio-bulletin-kwibuka.txt",
        "title": "Radio news bulletin script, 7 April, seven o'clock",
        "genre": "radio news bulletin script",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("[SIGNATURE TUNE] Lakeside FM News at seven."),
            ],
            [
                s("Good morning. Rwanda begins today its annual commemoration of the genocide against the Tutsi, known "
                  "as Kwibuka, a Kinyarwanda word meaning “to remember”.", N),
                s("The flame of remembrance is lit at the Kigali Genocide Memorial at Gisozi, where the remains of "
                  "more than a quarter of a million victims are buried.", N),
                s("It will burn for one hundred days.", N),
                s("The United Nations marks the same date as an International Day of Reflection, set by the General "
                  "Assembly in December 2003 and renamed in 2018 to name the Tutsi as the group targeted.", N),
            ],
            [
                s("Thirty-two years ago last night, the plane carrying President Juvénal Habyarimana and Burundi's "
                  "president Cyprien Ntaryamira was shot down as it came in to land at Kigali.", S),
                s("Within hours soldiers and militiamen were manning roadblocks in the capital, and the next day the "
                  "prime minister, Agathe Uwilingiyimana, was murdered, as were the ten Belgian peacekeepers assigned "
                  "to protect her.", S),
                s("Between April and July at least half a million Tutsi and moderate Hutu were killed, and probably "
                  "many more.", D),
                s("The killing went on until the Rwandan Patriotic Front took Kigali in mid-August.", C),
                s("As the defeated army and its militias fled, about a million people crossed the border into Zaire.",
                  D),
            ],
            [
                s("In justice news: the appeal court in Paris confirmed in February the fourteen-year sentence of "
                  "Claude Muhayimana, a former driver at a guest house in Kibuye.", S),
                s("He was found to have driven gendarmes and militiamen to massacre sites around Kibuye between April "
                  "and June 1994.", S),
                s("Last October the same court upheld the twenty-four-year term of Sosthène Munyemana, a gynaecologist "
                  "from Butare, and raised his minimum term from eight years to twelve.", S),
                s("And in Brussels, Philippe Hategekimana, a former gendarme from Nyanza, had his life sentence "
                  "confirmed on appeal in December 2024.", C),
                s("Hategekimana had taken French nationality under the name Philippe Manier.", S),
                s("The case of Félicien Kabuga, accused of supplying machetes to the killers and backing the "
                  "propaganda of the radio RTLM, remains frozen: judges halted it indefinitely in 2023 after finding "
                  "him unfit to stand trial.", S),
                s("Kabuga had been arrested in May 2020 at Asnières-sur-Seine, near Paris, where he was living under a "
                  "false identity.", N),
                s("The UN tribunal in Arusha, now closed, convicted 73 people over two decades.", C),
            ],
            [
                s("RTLM, the station Kabuga is accused of backing, went on air in July 1993, nine months before the "
                  "genocide.", N),
                s("Before it, there was Kangura, a magazine founded in 1990 after the RPF's invasion, which printed "
                  "its so-called “Hutu Ten Commandments” that December.", N),
                s("French diplomats are expected at today's ceremony; relations between Paris and Kigali were restored "
                  "in November 2009 after a three-year break.", S),
                s("France's role was examined by a commission of historians led by Vincent Duclert, which in March "
                  "2021 found that France bore heavy and damning responsibilities.", S),
                s("The commission concluded that France had been complicit in the genocide in the legal sense.", C),
            ],
            [
                s("Weather: rain across the north and west this afternoon."),
                s("Lakeside FM News; the time is four minutes past seven."),
            ],
        ],
    },
    # 7. French press release of an invented human-rights NGO on RPA crimes. Hard negative.
    {
        "doc": "communique-ong-kibeho-fr.txt",
        "title": fr("Communiqué de presse : Kibeho, trente et un ans après, la justice attend toujours"),
        "genre": "communiqué de presse d'ONG de défense des droits humains",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s(fr("Communiqué de presse — Kibeho, trente et un ans après : la justice attend toujours")),
            ],
            [
                s("Paris, le 22 avril 2026."),
            ],
            [
                s(fr("Il y a trente et un ans jour pour jour, le 22 avril 1995, des soldats de l’Armée patriotique "
                     "rwandaise (APR) ouvraient le feu sur la foule des déplacés du camp de Kibeho, dans le sud-ouest "
                     "du Rwanda."), S),
                s(f"Au moins 4{NN}000 hommes, femmes et enfants y ont été tués.", D),
                s(fr("C’est l’estimation des Casques bleus australiens de la MINUAR ; le gouvernement rwandais n’a "
                     "reconnu que 338 morts."), S),
                s(f"Le camp abritait alors quelque 110{NN}000 personnes selon Médecins sans frontières, et l’armée "
                  "le fermait par la force.", S),
                s("Ce fut un massacre délibéré de civils désarmés, et le nommer autrement serait insulter les morts."),
            ],
            [
                s(fr("Kibeho n’est pas un cas isolé : en 1994 et 1995, l’APR a tué plusieurs dizaines de milliers de "
                     "civils rwandais."), D),
                s(f"Des experts mandatés par le HCR ont chiffré entre 25{NN}000 et 45{NN}000 le nombre de personnes "
                  "tuées par ses soldats d’avril à août 1994.", S),
                s("À Kabgayi, le 5 juin 1994, des soldats du FPR ont assassiné treize religieux, dont l’archevêque de "
                  "Kigali, ainsi que deux autres civils.", D),
                s("Dans le stade de Byumba, à la mi-avril 1994, plusieurs centaines de personnes ont été massacrées "
                  "par des soldats du FPR, selon Human Rights Watch.", S),
                s(fr("Ce sont des crimes de guerre, et pour certains des crimes contre l’humanité ; la Commission "
                     "d’experts de l’ONU le relevait dès décembre 1994."), S),
            ],
            [
                s("Le Tribunal pénal international pour le Rwanda n’a inculpé aucun membre du FPR en vingt et un ans "
                  "d’existence.", S),
                s("Les juridictions gacaca n’étaient pas compétentes pour juger ces crimes.", S),
                s("Au Rwanda, la justice militaire n’a jugé qu’une poignée de dossiers, dont celui de Kabgayi, où deux "
                  "capitaines ont été condamnés en 2008 et deux officiers supérieurs acquittés.", S),
                s("La procureure Carla Del Ponte, qui entendait enquêter sur ces tueries, a été écartée du TPIR par le "
                  "Conseil de sécurité en août 2003.", N),
                s(fr("Le rapport Mapping des Nations unies, publié le 1er octobre 2010, a en outre documenté les "
                     "tueries de réfugiés hutu au Zaïre en 1996 et 1997, qu’il revient à un tribunal compétent de "
                     "qualifier."), N),
            ],
            [
                s("Exiger justice pour ces victimes ne revient en rien à relativiser le génocide perpétré contre les "
                  "Tutsi, qui a fait au moins un demi-million de morts d’avril à juillet 1994.", D),
                s(fr("Nous rejetons sans réserve la thèse d’un « double génocide », qui sert depuis trente ans à nier "
                     "le crime commis contre les Tutsi.")),
                s("La Commission d’experts n’a d’ailleurs trouvé aucune preuve que les crimes du FPR visaient à "
                  "détruire les Hutu en tant que groupe.", S),
                s("Mais la vérité sur le génocide n’a nul besoin du silence sur Kibeho."),
            ],
            [
                s("Nous demandons aux États qui exercent la compétence universelle, dont la France et la Belgique, de "
                  "traiter les plaintes visant d’anciens officiers de l’APR comme ils traitent, à juste titre, celles "
                  "qui visent des génocidaires."),
                s(fr("La France a su juger : en 2014, la cour d’assises de Paris a condamné Pascal Simbikangwa à la "
                     "réclusion criminelle à perpétuité."), C),
                s("Le Collectif des parties civiles pour le Rwanda, créé en 2001, a montré ce que des parties civiles "
                  "obstinées peuvent obtenir.", N),
                s(fr("Contact presse : Ligue Grands Lacs pour les droits humains, bureau de Paris.")),
            ],
        ],
    },
    # 8. FIXTURE (French): comments under a video. Own-voice denial.
    {
        "doc": "fixture-denial-fr-commentaires-video.txt",
        "title": "Commentaires sous une vidéo (fixture)",
        "genre": "commentaires sous une vidéo",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own(fr("JeanMi74 : Encore un reportage sur « les événements » de 1994, avec les mêmes « rescapés » qui "
                       "récitent mot pour mot la leçon apprise."), None, "attack_on_witnesses",
                    "definitional_denial"),
                own("Les témoins du TPIR étaient coachés par les ONG et payés par Kigali, tout le monde le sait à "
                    "Arusha.", None, "attack_on_witnesses"),
                own(f"Moins de 100{NN}000 morts en tout, dont une bonne part de Hutu, et des chiffres gonflés ensuite "
                    "pour toucher l’aide internationale.", C, "minimisation", "fabrication"),
                own(fr("Personne n’a jamais produit la liste des noms de ces victimes, bizarre, non ?"), C, "fabrication",
                    "minimisation"),
            ],
            [
                own(fr("Mamadou_B : Et les massacres réciproques commis par l’armée de Kagame, on en parle quand ?"),
                    None, "double_genocide"),
                own("Il y a eu deux génocides, le second simplement mieux caché que le premier.", C,
                    "double_genocide"),
            ],
            [
                own(fr("Rose_K : À qui profite le crime, et pourquoi les archives de l’ONU restent-elles fermées "
                       "trente ans après ?"), None, "fabrication", "blame_shifting"),
                own(fr("Les vrais responsables, ce sont les hommes du FPR qui ont abattu l’avion le 6 avril, et ce "
                       "sont eux qui ont ensuite écrit l’« histoire officielle »."),
                    D, "blame_shifting", "fabrication"),
            ],
        ],
    },
    # 9. FIXTURE: letter to the editor (minimisation with numbers, fabrication, attacks on historians).
    {
        "doc": "fixture-denial-letter-to-editor.txt",
        "title": "Letter to the editor: “The other side of 1994” (fixture)",
        "genre": "letter to the editor",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Sir, your anniversary supplement repeats, without a flicker of doubt, the “official story” of "
                    "the Rwandan tragedy of 1994.", None, "definitional_denial", "fabrication"),
                own("The 1991 census counted barely 600,000 Tutsi in the whole country, so a toll of a million Tutsi "
                    "is arithmetically impossible and the real figure cannot have exceeded a few tens of thousands.",
                    C, "minimisation"),
                own("Even Human Rights Watch, hardly a friend of the old regime, admitted that only some 500,000 died, "
                    "and half of those were surely Hutu who fell in the fighting.", C, "minimisation",
                    "double_genocide"),
                own("Nor does your supplement mention the context: a country invaded in October 1990 by an army of "
                    "exiles from Uganda, whose people then reacted as any people would.", S, "justification",
                    "role_reversal"),
            ],
            [
                own("The historians you rely on are, almost without exception, paid by Kigali or hoping to be invited "
                    "back.", None, "attack_on_witnesses"),
                own("The “experts” the UN sent in 1994 never once used the word planned, whatever your correspondent "
                    "claims.", C, "attack_on_witnesses", "spontaneity"),
                own("And if there is nothing to hide, why are the tribunal's archives still closed to the public?",
                    None, "fabrication"),
                own("Nobody has ever produced a list of the victims' names; yours faithfully, a reader who "
                    "remembers the troubles differently.", C, "fabrication", "minimisation", "definitional_denial"),
            ],
        ],
    },
    # 10. FIXTURE: a "history quiz" whose answers spread denial.
    {
        "doc": "fixture-denial-history-quiz.txt",
        "title": "History quiz: Central Africa in the 1990s (fixture)",
        "genre": "online history quiz",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Test your knowledge: five questions on Central Africa in the 1990s."),
            ],
            [
                own("Q1. What set off the violence of April 1994? Answer: the president's death in a plane crash, "
                    "after which frightened villagers turned on one another in a wave of spontaneous anger that no one "
                    "had organised.", C, "spontaneity"),
            ],
            [
                own("Q2. Was it a genocide? Answer: historians disagree, and most serious scholars describe a civil "
                    "war of reciprocal massacres rather than a genocide in the legal sense.", C,
                    "definitional_denial", "double_genocide"),
            ],
            [
                own("Q3. Who were the victims? Answer: all sides suffered equally, and the Hutu dead were at least as "
                    "numerous as the Tutsi dead.", C, "double_genocide", "minimisation"),
            ],
            [
                own("Q4. Why did so many people flee to Zaire in July 1994? Answer: to escape the RPF's extermination "
                    "campaign, the second genocide of that year.", C, "double_genocide", "role_reversal"),
            ],
            [
                own("Q5. What did the UN tribunal prove? Answer: nothing about a plan, since it acquitted the colonel "
                    "it had called the mastermind.", C, "spontaneity"),
            ],
            [
                own("Bonus: the word genocide was pinned on Rwanda only years later, by the winners, to justify their "
                    "hold on power.", C, "definitional_denial", "fabrication"),
            ],
            [
                own("Scored five out of five? Then you already know more than the “experts” on television.", None,
                    "attack_on_witnesses"),
            ],
        ],
    },
    # 11. FIXTURE: an extremist group's newsletter (short, not graphic).
    {
        "doc": "fixture-denial-extremist-newsletter.txt",
        "title": "Newsletter of an extremist circle (fixture)",
        "genre": "extremist group newsletter",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Bulletin of the Circle, no. 9: what they will not print."),
            ],
            [
                own("In 1994 our people did what any people does when it is invaded: it defended itself against an "
                    "enemy that had been preparing our slaughter since it crossed the border in 1990.", C,
                    "justification", "accusation_in_mirror"),
                own("Seen in its context, the anger of that spring was not a crime but a reflex of survival.", None,
                    "justification", "spontaneity"),
                own("Those who came back with the invaders are not neighbours; they are a swarm that eats the country "
                    "from within.", None, "dehumanisation"),
                own("They talk of reconciliation while they count our children, and they will finish what they "
                    "started if we let them.", None, "accusation_in_mirror"),
                own("Members must not be fooled by courts that coached their witnesses and punished one side only, nor "
                    "by the tears of professional “victims”.", None, "attack_on_witnesses"),
                own("Our fathers were not murderers: the war was started by the RPF, who shot down the President's "
                    "plane and lit the fire themselves.", D, "role_reversal", "blame_shifting"),
                own("Stay together, stay ready, and when the day comes, finish the job the cowards left undone.",
                    None, "call_to_action"),
            ],
        ],
    },
    # 12. COMPOSITE FIXTURE: a book-club discussion guide whose last questions turn into denial.
    {
        "doc": "fixture-denial-bookclub-guide-composite.txt",
        "title": "Reading group guide: The Orchard Above the Lake (fixture, composite)",
        "genre": "book-club discussion guide",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Reading group guide: The Orchard Above the Lake, a novel"),
            ],
            [
                s("The novel follows a Tutsi schoolteacher in Kibuye from the peace agreement signed at Arusha in "
                  "August 1993 to the arrival of the French-led Opération Turquoise in the summer of 1994.", S),
            ],
            [
                s("Q1. Her brother is killed on 7 April, the day the prime minister and ten Belgian peacekeepers were "
                  "murdered; why does the author open with public rather than private grief?", S),
            ],
            [
                s("Q2. The radio in the village bar is RTLM, which went on air in July 1993; how does the novel show "
                  "words preparing violence?", N),
            ],
            [
                s("Q3. In the last chapter she testifies before a gacaca court, one of the community courts that sat "
                  "until June 2012; what does she gain, and what does she lose?", S),
            ],
            [
                own("Q4. Some readers feel the novel exaggerates, since the troubles of 1994 were really a war in "
                    "which all sides suffered equally; do you agree?", C, "double_genocide", "definitional_denial"),
            ],
            [
                own("Q5. The author leans on “survivors” whose stories were shaped by Kigali's storytellers, and on a "
                    "death toll inflated for aid money; should a novelist trust such sources?", None,
                    "attack_on_witnesses", "fabrication", "minimisation"),
            ],
            [
                own("Q6. Who really benefited from the downing of the plane, and why has no one been allowed to ask "
                    "since the victors wrote the history?", None, "blame_shifting", "fabrication"),
            ],
        ],
    },
]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:], DOCS, HERE))
