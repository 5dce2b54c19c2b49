"""Source of the check-train28 labelled TRAINING set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train28/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train28/build_set.py --check  # validate the files already written

A training set, written blind: its rows are meant to train the checker's learned layers; it is not a measure of
unseen text. Its emphasis is on the rhetoric techniques the marker classifiers meet least often (justification,
blame shifting, accusation in a mirror, call to action, fabrication, attacks on witnesses and courts, role
reversal) and on hard negatives that discuss those same techniques without using them: a court reporter's notes on
a defence closing argument, a social-psychology handout, an oral-history summary with a former perpetrator, a
fact-checker's newsletter, field notes on RPA killings, a memorial visitor guide, a French pupil's commentary on a
1994 broadcast, and five short fixtures. Its author did not read the detectors, their rules, exemplars or training
data, nor any other labelled set's documents or labels (only benchmarks/data/labelled_set.py,
benchmarks/data/check/README.md for the labelling conventions, the first 40 lines of the check-blind5 build script
and its README as templates, and the list TECHNIQUES in src/factfinder/check/model.py). Verdicts were decided
against the record alone: examples/ (FACTS.md and the sample documents), src/factfinder/data/reference/
rwanda1994_figures.yaml and the proceedings CSV.

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
    # 1. Court reporter's daily notes on a defence closing argument (hard negative). The trial, the accused "R.",
    #    his counsel and the prosecutor are invented (composite); the earlier trials cited are real (proceedings CSV).
    {
        "doc": "court-notes-defence-closing.txt",
        "title": "Court notebook, day 31: the defence closes",
        "genre": "court reporter's daily notes",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Court notebook, day 31: the defence closes"),
            ],
            [
                s("Notes taken from the press bench; the accused, a former sector official from the south of Rwanda, "
                  "is referred to here by the initial R., as the court's reporting rules require."),
            ],
            [
                s("Counsel for the defence spoke for a little under four hours in a case that concerns one sector of a "
                  "country where more than a million people were killed in 1994.", D),
                rep("His first theme was the war: in April 1994, he said, the country was under attack, the front was "
                    "moving south and the men at the roadblocks \"believed they were holding a line against an "
                    "invading army\".", None, "justification", "role_reversal"),
                rep("\"What would any of you have done, with the radio telling you every hour that the enemy was "
                    "already among you?\" he asked the jury.", None, "justification"),
                rep("He then laid the blame elsewhere: the invasion of October 1990, he argued, had \"set the hills on "
                    "fire\", and the RPF, which in his account shot down the president's plane, had lit the fuse.",
                    D, "blame_shifting"),
                s("The prosecution had reminded the jury the day before that the RPF's attack from Uganda began on "
                  "1 October 1990, three and a half years before the killings in R.'s sector.", S),
                rep("Counsel also turned on the witnesses: several survivors, he suggested, had \"learned their "
                    "testimony\" in associations that prepare people for trials abroad, and two of them had "
                    "\"remembered more each time they were heard\".", None, "attack_on_witnesses"),
                s("It is a line heard before in these courtrooms, and the civil parties' lawyers shook their heads."),
                rep("He quoted Human Rights Watch's 2011 criticism of the gacaca courts, corruption and procedural "
                    "irregularities among them, to suggest that any statement first gathered there was tainted.",
                    S, "attack_on_witnesses"),
                s("That criticism is real, but it concerned the community courts, which closed on 18 June 2012 after "
                  "trying nearly two million cases, not the witnesses heard in this room under oath.", S),
            ],
            [
                s("The reporter's file on earlier trials helps to measure the stakes: France has been trying "
                  "Rwandans for genocide since 2014.", S),
                s("The first of them, the former intelligence officer Pascal Simbikangwa, was sentenced to "
                  "twenty-five years in March 2014, and the appeal court reduced that to twenty years in "
                  "December 2016.", C),
                s("In July 2016 two former mayors of Kabarondo, Octavien Ngenzi and Tito Barahira, received life "
                  "terms for the massacre at the Kabarondo church on 13 April 1994.", S),
                s("Both were acquitted on appeal two years later, in July 2018.", C),
                s("In Brussels, in December 2023, the Gikondo militia leader Séraphin Twahirwa was given thirty "
                  "years.", C),
                s("The prefect of Gikongoro, Laurent Bucyibaruta, was sentenced in Paris in 2022 to twenty years for "
                  "complicity in the massacres at Murambi and elsewhere.", S),
                s("He died in December 2023 before his appeal could be heard, so his conviction never became "
                  "final.", S),
            ],
            [
                rep("In his last half-hour counsel called the whole proceedings \"a trial of history rather than of a "
                    "man\", and suggested that parts of the case file had been \"assembled after the fact\" by "
                    "Rwandan officials.", None, "attack_on_witnesses", "fabrication"),
                s("He read out the definition in the Genocide Convention, adopted by the UN General Assembly on "
                  "9 December 1948, and asked where in R.'s acts the intent to destroy a group could be found.", N),
                s("He added that the tribunal in Arusha had never charged a single RPF officer, which, he said, "
                  "showed how one-sided international justice had been.", S),
                s("Before the break, the president of the court read the jury the Convention's list of punishable "
                  "acts, which includes direct and public incitement to commit genocide.", N),
                s("The prosecutor's reply, on day 30, had cited the UN Commission of Experts, which found in "
                  "December 1994 that the genocide had been carried out in a concerted, planned and systematic "
                  "way.", S),
                s("Neither side disputed that some 800,000 people were killed across the country in those hundred "
                  "days.", D),
                s("Verdict expected Friday evening; the jury retires tomorrow at noon."),
            ],
        ],
    },
    # 2. Social-psychology course handout (hard negative): the 1994 examples are quoted, voice "reported".
    #    The course and its code are invented. RTLM and Kangura wording as verified (README, Sources).
    {
        "doc": "handout-perpetrator-justifications.txt",
        "title": "PSY 318, week 9 handout: how perpetrators explain themselves",
        "genre": "social-psychology course handout",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("PSY 318 Social psychology of mass violence, week 9: how perpetrators explain themselves"),
            ],
            [
                s("This handout accompanies Thursday's seminar; read it before the session and bring one example of "
                  "your own."),
            ],
            [
                s("Albert Bandura's 1999 article \"Moral disengagement in the perpetration of inhumanities\" "
                  "describes how people switch off the self-sanctions that normally stop them from harming "
                  "others.", N),
                s("Among the mechanisms he lists are moral justification, sanitising language, displacement of "
                  "responsibility, and the attribution of blame to, and dehumanisation of, the victims.", N),
                s("Genocide scholars add a mechanism specific to propaganda: the \"accusation in a mirror\", in which "
                  "a group is accused of planning exactly what its accusers intend to do to it."),
                s("The phrase comes from an anonymous Rwandan propaganda note, the \"Note relative à la propagande "
                  "d'expansion et de recrutement\", which advised imputing to the enemy what one's own side was "
                  "planning.", N),
            ],
            [
                s("Rwanda in 1994 offers documented examples of each mechanism, many of them entered as evidence in "
                  "the ICTR's media trial, decided on 3 December 2003.", S),
                rep("In December 1990 Kangura's \"Appeal to the Bahutu Conscience\" described the Tutsi as "
                    "\"bloodthirsty and power-hungry\", bent on imposing their rule by armed force.", N,
                    "accusation_in_mirror"),
                rep("The same issue printed the so-called Ten Commandments, the eighth of which told Hutu to stop "
                    "having pity for the Tutsi.", N, "call_to_action"),
                s("RTLM, the private radio station that began broadcasting on 8 July 1993, reached a large young "
                  "audience with its music and its chatty presenters.", N),
                rep("\"You have to work harder, the graves are not full,\" a voice on RTLM urged in April 1994, as "
                    "the journalist Colette Braeckman recalls; \"work\" was the euphemism everyone understood.", N,
                    "call_to_action"),
                rep("On 7 and 8 April 1994 the station told listeners that the Tutsi had to be killed because "
                    "\"they are cockroaches\".", N, "dehumanisation", "call_to_action"),
                rep("After the plane was shot down, a rumour that Belgian soldiers had done it spread across the "
                    "country, and Dallaire later testified that Bagosora and other senior officials did nothing to "
                    "stop it.", S, "blame_shifting"),
                s("On 7 April ten Belgian peacekeepers were disarmed and killed at a military camp in Kigali.", S),
                s("Two weeks later the Security Council's resolution 912 cut the mission to 2,700 personnel.", C),
                s("Displacement of responsibility is the mirror image of what courts look for: when the interim "
                  "prime minister Jean Kambanda pleaded guilty, he became the first head of government convicted "
                  "of genocide, sentenced to life on 4 September 1998.", S),
                s("The Akayesu judgment shows how far official tolerance could go: by allowing sexual violence on or "
                  "near the bureau communal, the Trial Chamber found, Jean-Paul Akayesu sent a clear signal of official "
                  "tolerance.", S),
                rep("Defendants and their lawyers have often argued that the killers saw themselves as defending the "
                    "country against the RPF, which \"had invaded in 1990\".", S, "justification"),
                s("The Commission of Experts had answered that argument in advance: it found no evidence that acts "
                  "by Tutsi elements were carried out with intent to destroy the Hutu group.", S),
            ],
            [
                s("Notice that none of these frames denies that people died; each changes what their deaths mean."),
                s("Justification presents the killing as necessary, blame shifting moves it onto someone else, and "
                  "the mirror accusation turns the victims into the aggressors."),
                s("The UN's Independent Inquiry spoke of approximately 800,000 people killed over about 100 "
                  "days.", S),
                s("In three months close to a million people were killed, most of them Tutsi.", D),
                s("The UN General Assembly adopted the Genocide Convention on 9 December 1948, and the Akayesu "
                  "judgment was the first in which an international court applied it.", N),
                s("Exercise: find one justification, one blame-shifting claim and one mirror accusation in the "
                  "reading pack, and say what each asks the listener to believe."),
            ],
        ],
    },
    # 3. Oral-history project's interview summary with a former perpetrator (hard negative). The project and the
    #    interviewee are invented (composite); what he was told in 1994 is reported, and he rejects it now.
    {
        "doc": "oral-history-summary-former-perpetrator.txt",
        "title": "Interview summary, tape 14: a former perpetrator from Kabarondo",
        "genre": "oral-history interview summary",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Interview summary, tape 14: a former perpetrator from Kabarondo"),
            ],
            [
                s("Summary prepared by the project's transcriber from three sessions in Kinyarwanda; the "
                  "interviewee, a farmer born in 1971, asked that his name be withheld."),
            ],
            [
                s("He says that in the days after the president's plane was shot down on the evening of 6 April "
                  "1994, the men of his hill were called to meetings at the commune office.", S),
                rep("There, he says, they were told that the Tutsi of the area had hidden weapons and lists, and that "
                    "\"if we did not strike first, they would finish us in our beds\".", None,
                    "accusation_in_mirror", "role_reversal"),
                rep("The councillor told them the RPF had killed the president and that their Tutsi neighbours were "
                    "its accomplices.", D, "blame_shifting"),
                rep("People were told it was war, that the roadblocks were \"defending the commune\", and that those "
                    "who refused to go were traitors.", None, "justification"),
                rep("He remembers the radio calling the Tutsi cockroaches and telling listeners to \"go to "
                    "work\".", N, "dehumanisation", "call_to_action"),
                s("He took part in the attack on the Kabarondo church on 13 April 1994; he says he carried a club and "
                  "that he killed.", S),
            ],
            [
                s("Asked what he thinks of those words today, he was quiet for a long time."),
                s("\"They told us the Tutsi were going to kill us; it was a lie, and the ones who said it knew it was "
                  "a lie,\" he said."),
                s("\"There was no battle on our hill. There were families in a church.\""),
                s("He does not blame the radio alone: he says he chose to go, and that some of his neighbours refused "
                  "and hid people instead."),
                s("He was arrested in 1997 and spent years awaiting trial, one of more than 125,000 detainees in the "
                  "country's jails by the spring of 1998.", S),
                s("He remembers the news of the public executions of 24 April 1998, when thirty-three people "
                  "convicted of genocide were put to death.", C),
                s("His own case went in 2006 to a gacaca court, one of just over twelve thousand such community "
                  "courts; he confessed, was sentenced, and served part of his term in community work.", S),
                s("The gacaca courts, he notes, tried nearly two million cases before they were closed in 2012.", S),
                s("In all, he believes, the courts heard about twelve thousand cases.", C),
                s("The project notes that rights groups criticised gacaca for corruption and procedural "
                  "irregularities, and that crimes committed by RPF soldiers were excluded from its "
                  "jurisdiction.", S),
            ],
            [
                s("He lost two brothers-in-law in the camps in Zaire, where, he says, a million people from his "
                  "country had fled in July 1994, and he asks why nobody was ever tried for their deaths.", D),
                s("The transcriber adds that cholera alone killed an estimated 12,000 Rwandan refugees in Goma that "
                  "July.", S),
                s("Over the first month nearly 50,000 refugees died in North Kivu, most of them of cholera and "
                  "dysentery.", D),
                s("He says he has asked forgiveness of the family of one woman he killed; the family has not "
                  "answered."),
                s("Interviews like this one follow the path opened by the journalist Jean Hatzfeld, whose Une saison "
                  "de machettes, published in 2003, gathered the words of a group of killers from Nyamata.", N),
                s("Editorial note: the interviewee's statements about 1994 are reproduced as he made them and have "
                  "not been checked against court records."),
            ],
        ],
    },
    # 4. Fact-checker's weekly newsletter answering three blame-shifting claims (hard negative). The outlet is
    #    invented; the claims it refutes are composites, quoted in voice "reported".
    {
        "doc": "factcheck-newsletter-blame-claims.txt",
        "title": "The Checkpoint Weekly, issue 112: three claims about who is to blame for 1994",
        "genre": "fact-checker's weekly newsletter",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("The Checkpoint Weekly, issue 112: three claims about who is to blame for 1994"),
            ],
            [
                s("This week readers sent us three posts that shift responsibility for the genocide against the Tutsi "
                  "onto someone else; here is what the record shows."),
            ],
            [
                rep("Claim 1: \"The killing only started because the RPF invaded from Uganda in April 1994 and the "
                    "population defended itself.\"", C, "blame_shifting", "justification"),
                s("Verdict: false; the RPF's attack from Uganda came on 1 October 1990, three and a half years "
                  "earlier.", S),
                s("A peace agreement between the government and the RPF was then signed at Arusha in August "
                  "1992.", C),
                s("The killings that began on 7 April 1994 targeted civilians, Tutsi and opposition politicians, in "
                  "Kigali and then across the country, not soldiers at a front line.", S),
                s("The UN Commission of Experts concluded that the genocide was planned and carried out "
                  "methodically, the opposite of a spontaneous defensive reaction.", S),
            ],
            [
                rep("Claim 2: \"Belgian soldiers shot down the president's plane, so the Belgians and the UN carry the "
                    "blame.\"", D, "blame_shifting"),
                s("Verdict: unproven, and the rumour was itself a weapon: no court has established who shot down the "
                  "plane on the evening of 6 April 1994.", S),
                s("The French investigation ended in a dismissal that the Cour de cassation made final on "
                  "15 February 2022.", S),
                s("The story that Belgian soldiers were responsible spread across Rwanda within hours, and General "
                  "Dallaire later testified that nobody in authority tried to stop it.", S),
                s("On 7 April ten Belgian peacekeepers assigned to protect Prime Minister Agathe Uwilingiyimana were "
                  "disarmed and killed at a military camp in Kigali.", S),
                s("A Brussels assize court later sentenced Major Bernard Ntuyahaga to twenty years for his part in "
                  "their killing.", S),
                s("The ICTR sentenced Colonel Théoneste Bagosora to life imprisonment in 2008, and the Appeals "
                  "Chamber confirmed that life sentence in 2011.", C),
                s("Belgium withdrew its contingent, and on 12 April the Security Council cut UNAMIR to 270 "
                  "personnel.", C),
            ],
            [
                rep("Claim 3: \"The Tutsi brought it on themselves: they had been planning to exterminate the Hutu "
                    "since 1990.\"", C, "blame_shifting", "accusation_in_mirror"),
                s("Verdict: false, and a textbook case of what genocide researchers call an accusation in a mirror."),
                s("The same story ran in Kangura from December 1990, when the paper printed its \"Ten "
                  "Commandments\" of the Bahutu.", N),
                s("The Commission of Experts found no evidence that Tutsi elements had acted with intent to destroy "
                  "the Hutu as a group, while it did find crimes against humanity by individuals on both sides.", S),
                s("RPF soldiers did kill civilians in 1994: the team working for UNHCR estimated 25,000 to 45,000 "
                  "deaths between April and August, and those crimes deserve justice.", S),
                s("But crimes by the RPF, which killed tens of thousands, came alongside and after the genocide; they "
                  "do not make its victims responsible for it.", D),
                s("A note on numbers: the Rwandan government's census of victims, published in 2002, counted "
                  "1,074,017 dead between October 1990 and the end of 1994.", S),
                s("Most historians would put the number of Tutsi killed closer to 600,000.", D),
                s("Send us the posts you want checked; we answer three every Friday."),
            ],
        ],
    },
    # 5. Human-rights researcher's field notes on RPA killings in 1994 (hard negative: RPF crimes documented, soldiers
    #    named as perpetrators from the proceedings CSV; no marker). The researcher and informants are invented.
    {
        "doc": "fieldnotes-rpa-killings-1994.txt",
        "title": "Field notes, Gitarama and Byumba, March 2011: RPA killings of civilians in 1994",
        "genre": "human-rights researcher's field notes",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Field notes, Gitarama and Byumba, March 2011: RPA killings of civilians in 1994"),
            ],
            [
                s("Working notes for a briefing; public sources named, informants by code only."),
            ],
            [
                s("Kabgayi: in early June 1994, after RPA troops took the area, soldiers killed thirteen clergy and "
                  "two other civilians who had been gathered there.", S),
                s("Among the dead were the Archbishop of Kigali and the bishops of Kabgayi and Butare.", C),
                s("The killings took place on 5 June.", D),
                s("The RPF's own radio announced the deaths on 18 June.", C),
                s("Two captains, John Butera and Dieudonné Rukeba, pleaded guilty before a military court in Kigali "
                  "in 2008 and were sentenced to eight years, reduced to five on appeal.", S),
                s("Their two superiors, Wilson Ukwishaka and Wilson Gumisiriza, were acquitted, and the acquittals "
                  "were upheld on appeal in 2010.", C),
                s("The ICTR prosecutor monitored that trial but never brought an RPF case of his own.", S),
            ],
            [
                s("Byumba: informants B-3 and B-7 describe soldiers gathering people in the stadium in mid-April "
                  "1994, and Human Rights Watch reported that several hundred were massacred there.", S),
                s("Neither informant could name the officer in command, and I know of no trial for the stadium "
                  "killings."),
            ],
            [
                s("Scale: the team working for UNHCR in 1994 estimated that RPA soldiers killed between 25,000 and "
                  "45,000 people from April to August.", S),
                s("Amnesty International's report of October 1994 listed hundreds of deliberate executions by the "
                  "RPA over the same months.", S),
                s("My own working figure for April to August is in the tens of thousands, toward the upper end of "
                  "the UNHCR range.", D),
                s("A former interior minister later put RPA killings from April 1994 to August 1995 at some "
                  "60,000.", S),
                s("Rwanda's military says it has prosecuted 430 soldiers for such crimes since 1994.", C),
                s("Human Rights Watch noted in December 2008 that the ICTR had not prosecuted even one of the "
                  "serious RPF crimes of 1994.", S),
            ],
            [
                s("Kibeho, 22 April 1995 (outside these notes' period, same army): soldiers fired on displaced people "
                  "as the camp was being closed by force.", S),
                s("The government counted 338 dead; Australian soldiers serving with UNAMIR estimated at least "
                  "4,000.", S),
                s("From the informants' accounts, around 2,000 dead is my best estimate.", D),
            ],
            [
                s("The UN Mapping Report released on 1 October 2010 documented killings of Hutu refugees by Rwandan "
                  "troops in Zaire from 1996.", N),
                s("It said some of those attacks, if proven before a competent court, could be characterised as "
                  "crimes of genocide; Rwanda's officials condemned it as a rewriting of history.", N),
                s("Several informants asked not to be named because of the 2008 \"genocide ideology\" law, whose "
                  "vague wording, Amnesty International said in 2010, leaves Rwandans afraid of saying the wrong "
                  "thing.", N),
                s("The opposition leader Victoire Ingabire was arrested in 2010 after calling on the government to "
                  "recognise that Hutu had been killed too.", N),
                s("None of this changes what was done to the Tutsi in 1994; it is a record of other crimes that "
                  "still await justice."),
            ],
        ],
    },
    # 6. Memorial visitor guide in question-and-answer form (facts from the record; the memorial and its guides are
    #    a composite, not a real institution's text). Honest errors and own-voice disputed values included.
    {
        "doc": "memorial-visitor-guide-qa.txt",
        "title": "Visitor guide: questions we are often asked",
        "genre": "memorial visitor guide (questions and answers)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Visitor guide: questions we are often asked"),
            ],
            [
                s("Q: When did the genocide begin?"),
                s("A: The killing began in Kigali on 7 April 1994, the morning after the president's plane was shot "
                  "down on its approach to the airport.", S),
                s("That same day soldiers killed the Prime Minister, Agathe Uwilingiyimana, and the ten Belgian "
                  "peacekeepers sent to guard her.", S),
            ],
            [
                s("Q: How long did it last?"),
                s("A: About a hundred days, until the RPF defeated the government army; Kigali fell on 14 July "
                  "1994.", C),
            ],
            [
                s("Q: How many people were killed?"),
                s("A: The government's census of victims counted 1,074,017 people killed, and Human Rights Watch "
                  "concluded that at least half a million died, about three quarters of the Tutsi population.", S),
                s("Our guides use the figure of more than one million.", D),
            ],
            [
                s("Q: What did the United Nations do?"),
                s("A: UNAMIR had been created in October 1993 by resolution 872, with 2,500 authorised "
                  "personnel.", S),
                s("After the killing began the Security Council reinforced it, and by the end of April it counted "
                  "5,500 peacekeepers.", C),
                s("In May, resolution 918 imposed an arms embargo on Rwanda.", S),
            ],
            [
                s("Q: Where did people flee?"),
                s("A: At the end of April more than 250,000 people crossed into Tanzania within twenty-four hours, "
                  "the largest and fastest exodus the UN refugee agency had ever seen.", S),
                s("In mid-July, as the RPF reached Gisenyi on 18 July, about a million people crossed into "
                  "Zaire.", D),
            ],
            [
                s("Q: Were the killers punished?"),
                s("A: The International Criminal Tribunal for Rwanda, created on 8 November 1994, indicted 93 people "
                  "and convicted 71.", C),
                s("Its first judgment, against the bourgmestre of Taba, Jean-Paul Akayesu, in September 1998, was the "
                  "first conviction for genocide by an international court.", S),
                s("The tribunal closed its doors in 2012.", C),
                s("Inside Rwanda, the gacaca community courts tried 1,958,634 cases before closing on 18 June "
                  "2012.", S),
            ],
            [
                s("Q: Why does the memorial say \"genocide against the Tutsi\"?"),
                s("A: Because the Tutsi were targeted as a group; in January 2018 the UN General Assembly renamed its "
                  "7 April observance the International Day of Reflection on the 1994 Genocide against the Tutsi in "
                  "Rwanda.", N),
                s("The Assembly had first designated that day on 23 December 2003.", N),
                s("Hutu politicians who opposed the killers were murdered too, from the very first day, and their "
                  "names are on our wall.", S),
            ],
        ],
    },
    # 7. Commentaire de texte d'un élève de terminale sur un extrait de la RTLM du 13 mai 1994 (hard negative: the
    #    extract is quoted, voice "reported"). The pupil and the textbook are invented; the broadcast's words are
    #    translated from the verified English wording (README, Sources).
    {
        "doc": "commentaire-lyceen-rtlm.txt",
        "title": "Commentaire de texte : un extrait de la RTLM, 13 mai 1994",
        "genre": "commentaire de texte de lycéen",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Commentaire de texte : un extrait de la RTLM, 13 mai 1994"),
            ],
            [
                s("Devoir d'histoire d'un élève de terminale, avril 2025 (nom retiré)."),
            ],
            [
                s("Le document étudié est un extrait d'une émission de la Radio-Télévision libre des Mille Collines "
                  "(RTLM), diffusée le 13 mai 1994, en plein génocide des Tutsi, et traduite en français dans notre "
                  "manuel.", N),
                s("La RTLM émettait depuis le 8 juillet 1993 ; elle attirait surtout les jeunes grâce à sa musique "
                  "et à ses animateurs au ton familier.", N),
                s("Le génocide avait commencé le 7 avril 1994, au lendemain de l'attentat contre l'avion du président "
                  "Habyarimana.", S),
                rep("L'animateur s'adresse directement aux auditeurs : « Vous tous qui nous écoutez, levez-vous », "
                    "puis il leur demande de prendre leurs « outils traditionnels ».", N, "call_to_action"),
                s("Je montrerai d'abord comment l'extrait transforme des voisins en ennemis, puis comment il pousse à "
                  "l'action, enfin ce que la justice en a dit."),
            ],
            [
                rep("Le texte présente les Tutsi comme des envahisseurs qui menaceraient tout le pays, alors que ce "
                    "sont eux que l'on tue : c'est ce que les chercheurs appellent l'« accusation en miroir ».", None,
                    "accusation_in_mirror"),
                rep("Dès le 7 et le 8 avril, la même radio les traitait de « cafards » et disait qu'il fallait les "
                    "tuer.", N, "dehumanisation", "call_to_action"),
                s("Ce vocabulaire n'était pas nouveau : dès décembre 1990, le journal Kangura avait publié les "
                  "« dix commandements des Bahutu ».", N),
            ],
            [
                rep("L'extrait se termine par une consigne : « il faut en finir avec eux ».", N, "call_to_action"),
                s("On voit que la radio ne se contente pas de décrire : elle donne des consignes, presque des "
                  "ordres."),
                s("Au même moment, l'ONU avait réduit sa mission, la MINUAR, à 270 personnes par la résolution 912 "
                  "du 21 avril 1994.", S),
                s("Le 17 mai, quatre jours après l'émission, le Conseil de sécurité a autorisé une force de "
                  "55 000 casques bleus.", C),
                s("La même résolution imposait un embargo sur les armes à destination du Rwanda.", S),
            ],
            [
                s("Dès décembre 1994, la Commission d'experts de l'ONU conclut à un génocide « concerté, planifié, "
                  "systématique et méthodique ».", S),
                s("Le Tribunal pénal international pour le Rwanda a ensuite jugé les dirigeants de la RTLM.", S),
                s("Le 3 décembre 2003, il a condamné Ferdinand Nahimana, fondateur de la radio, à la prison à "
                  "vie.", S),
                s("En appel, le 28 novembre 2007, sa peine a été ramenée à trente ans, mais sa condamnation pour "
                  "incitation directe et publique a été maintenue.", S),
                s("L'animateur belge Georges Ruggiu, qui avait plaidé coupable, a été condamné à vingt ans en "
                  "2000.", C),
                s("Hassan Ngeze, rédacteur en chef de Kangura, a vu sa peine réduite à trente-cinq ans en appel.", S),
            ],
            [
                s("Au total, environ 800\u00a0000 personnes ont été tuées en une centaine de jours.", D),
                s("Quant à l'attentat du 6 avril, je pense, comme le rapport Mutsinzi de 2010, qu'il a été commis par "
                  "des extrémistes hutu.", D),
                s("Ce texte montre que le génocide a été préparé par des mots avant de l'être par des armes ; "
                  "l'étudier, ce n'est pas le répéter, c'est apprendre à reconnaître ces procédés."),
                s("On peut enfin se demander pourquoi les diplomates n'ont pas fait taire cette radio, qui a continué "
                  "d'émettre jusqu'à la fin de juillet 1994.", N),
            ],
        ],
    },
    # 8. FIXTURE (French): transcript of an audio message by an "elder" (own voice: justification, blame shifting,
    #    accusation in a mirror, role reversal). Written by the factfinder team; states falsehoods on purpose.
    {
        "doc": "fixture-denial-fr-audio-ancien.txt",
        "title": "Message audio d'un « ancien » (transcription)",
        "genre": "transcription de message audio",
        "language": "fr",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Mes enfants, écoutez un vieux qui était là : en 94, on ne pouvait pas faire autrement, c'était "
                    "eux ou nous", None, "justification"),
            ],
            [
                own("Le FPR avait envahi le pays en 1990, il a tué le président en avril 1994, alors qui a allumé le "
                    "feu, je vous le demande ?", D, "blame_shifting"),
                own("Ces gens-là préparaient depuis des années notre extermination, avec leurs listes et leurs "
                    "caches d'armes, tout le monde le savait.", C, "accusation_in_mirror"),
                own("Alors oui, des gens sont morts, mais quand on vous attaque on se défend, c'est la loi de la "
                    "nature.", None, "justification", "role_reversal"),
                own("Ce sont eux qui ont commencé à tuer des Hutu à Kigali le 7 avril, nous n'avons fait que "
                    "répondre.", C, "role_reversal", "blame_shifting"),
                own("Et les Belges, et l'ONU qui a filé en ne laissant que 270 hommes, ils n'ont rien à se reprocher "
                    "peut-être ?", S, "blame_shifting"),
                own("Aujourd'hui on juge nos anciens à Paris pour avoir protégé leurs familles : Ngenzi et Barahira "
                    "ont pris perpétuité pour ça.", S, "justification"),
                s("Transmettez cela à vos enfants, et ne demandez pardon à personne."),
            ],
        ],
    },
    # 9. FIXTURE: newsletter of an invented self-styled historian (own voice: fabrication, attacks on witnesses and
    #    courts, blame shifting). Written by the factfinder team; states falsehoods on purpose.
    {
        "doc": "fixture-denial-historian-newsletter.txt",
        "title": "The Long View Letter, no. 41",
        "genre": "self-styled historian's newsletter",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("The Long View Letter, no. 41: notes from an independent historian"),
            ],
            [
                own("The famous victim census, with its suspiciously precise 1,074,017, was cooked up in a few weeks "
                    "of 1995 by the victors, who paid village officials for every name they could add.", C,
                    "fabrication"),
                own("The so-called survivors flown to Arusha were coached for weeks and paid by the day, and the "
                    "judges knew it.", None, "attack_on_witnesses"),
                own("A court that convicted sixty-one Hutu and never touched a single RPF officer is not a court, it "
                    "is a stage set", S, "attack_on_witnesses"),
            ],
            [
                own("The \"planned genocide\" itself was written up after the fact; the UN's own Commission of "
                    "Experts never found any plan, whatever the textbooks say.", C, "fabrication"),
                own("As for who started it, read the French judge's file: Kagame's men shot down the plane, and every "
                    "death that followed is on their account.", D, "blame_shifting"),
                own("Why do you think Human Rights Watch, which counted the dead so eagerly, never wrote a line about "
                    "a single RPF crime?", C, "attack_on_witnesses"),
                own("Read the archives, not the airport-bookshop memoirs of professional victims, and you will find "
                    "a civil war that the winners rewrote.", None, "attack_on_witnesses", "definitional_denial"),
            ],
        ],
    },
    # 10. FIXTURE: broadcast message in an invented militants' channel (own voice: call to action, accusation in a
    #     mirror, dehumanisation; short and not graphic). Written by the factfinder team; states falsehoods on purpose.
    {
        "doc": "fixture-denial-militant-channel.txt",
        "title": "Pinned message to all members",
        "genre": "broadcast message in a militants' channel",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Pinned message to all members"),
            ],
            [
                own("They are already drawing up their lists in the hills, just as they did before, and this time "
                    "they will not wait for a plane to fall.", None, "accusation_in_mirror"),
                own("Their army has been planning to wipe us out ever since it crossed the border on 1 October "
                    "1990.", C, "accusation_in_mirror"),
                own("These people spread like weeds through every town that used to be ours", None,
                    "dehumanisation"),
            ],
            [
                own("Our fathers were called killers for defending themselves against an army that came from "
                    "Uganda.", S, "justification", "role_reversal"),
                own("The tribunal jailed sixty-one of ours and not one of theirs, so expect justice from nobody but "
                    "yourselves.", S, "attack_on_witnesses", "call_to_action"),
                own("When the word comes, finish the work your fathers left half done and clean the hills.", None,
                    "call_to_action"),
                s("Share this only inside the group."),
            ],
        ],
    },
    # 11. FIXTURE: invented politician's television interview answers (own voice: justification, role reversal,
    #     blame shifting). Written by the factfinder team; states falsehoods on purpose.
    {
        "doc": "fixture-denial-politician-interview.txt",
        "title": "Television interview, answers of a minister (transcript excerpt)",
        "genre": "politician's television interview",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Q: Do you accept that a genocide took place in 1994?"),
                own("A: Terrible things happened, nobody denies it, but the country had been invaded in October 1990 "
                    "and people felt they were fighting for their lives.", S, "justification", "blame_shifting"),
                own("When an army is at your door, the men at the roadblocks are defending their families, not "
                    "hunting their neighbours.", None, "justification", "role_reversal"),
            ],
            [
                s("Q: The UN's Commission of Experts called the killing planned and systematic.", S),
                own("A: The real aggressors were the people who shot down the president's plane on 6 April and then "
                    "marched on Kigali, and the real victims today are the Hutu who are still paying for it.", D,
                    "role_reversal", "blame_shifting"),
                own("The RPF already held Kigali in May 1994, so ask them what happened in the areas they "
                    "controlled.", C, "blame_shifting"),
                own("And the Belgians who pulled out, and a UN that cut its force to 270 men, carry more "
                    "responsibility than any farmer at a roadblock, don't they?", S, "blame_shifting"),
                s("Q: Thank you, minister."),
            ],
        ],
    },
    # 12. FIXTURE, COMPOSITE: museum-visit blog post, accurate first half, own-voice denial second half.
    #     Written by the factfinder team; states falsehoods on purpose.
    {
        "doc": "fixture-denial-museum-blog-composite.txt",
        "title": "Day 3 in Kigali: the memorial at Gisozi",
        "genre": "travel blog post",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Day 3 in Kigali: the memorial at Gisozi"),
            ],
            [
                s("This morning we visited the Kigali Genocide Memorial at Gisozi, which opened in April 2004 for the "
                  "tenth commemoration and where more than 250,000 victims are buried.", N),
                s("The exhibition starts with the plane shot down on 6 April 1994 and the killing of the Prime "
                  "Minister and ten Belgian peacekeepers the next day.", S),
                s("One panel quotes the UN Commission of Experts, which found the genocide planned and "
                  "systematic.", S),
            ],
            [
                own("but the longer I stayed the more it felt like a set built by the winners, skulls arranged to "
                    "sell one version and guides reciting lines they had obviously been taught", None,
                    "fabrication", "attack_on_witnesses"),
            ],
            [
                own("Nobody mentions that the RPF shot down that plane, or that the Hutu were only defending "
                    "themselves against an army that had come from Uganda.", D, "blame_shifting", "justification"),
                own("The numbers on the wall are made up as well: a few tens of thousands died on both sides, and "
                    "the rest was added later to bring in aid money.", C, "fabrication", "minimisation",
                    "double_genocide"),
                own("Go and see it, but know that you are being sold a story.", None, "fabrication"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
