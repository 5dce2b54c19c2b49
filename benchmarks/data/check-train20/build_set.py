"""Source of the TRAINING labelled set check-train20 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train20/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train20/build_set.py --check  # validate the files already written

A training set, written blind: its rows are meant to train the checker's learned layers (marker classifiers above
all); it is not a measure of unseen text. New genres (a readers' editor's column on a retracted op-ed, a platform's
moderation log, a diaspora open letter on RPA killings, a novel's historical afterword, a sports feature, an exam
mark scheme, a French survivors' association newsletter) and five short fixtures (a French news comment, a chatbot
answer, a crowdfunding page for a "documentary", a self-justifying memoir excerpt, and a revision sheet spliced with
denial). Its author did not read the detectors, their rules, exemplars or training data, nor any other set's
documents or labels (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling
conventions, the first 40 lines of the check-blind5 build script and its README as templates, and the list
TECHNIQUES in src/factfinder/check/model.py). Verdicts were decided against the record alone: examples/ (FACTS.md
and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and a voice per
sentence): see ../labelled_set.py. README.md gives the labelling rules and the sources of every true fact.
French documents are written with ordinary spaces and passed through `fr()`, which puts the non-breaking spaces of
French typography in place (before ; : ? ! », after «, and between groups of digits), and typographic apostrophes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with

NB = "\u00a0"


def fr(text: str) -> str:
    """French typography: non-breaking spaces before ; : ? ! », after «, in digit groups (250 000); apostrophe ’."""
    for mark in (";", ":", "?", "!", "»"):
        text = text.replace(" " + mark, NB + mark)
    text = text.replace("« ", "«" + NB).replace("'", "\u2019")
    return re.sub(r"(?<=\d) (?=\d{3}\b)", NB, text)


def frs(text, verdict=None):
    return s(fr(text), verdict)


def frown(text, verdict, *markers):
    return own(fr(text), verdict, *markers)


def frrep(text, verdict, *markers):
    return rep(fr(text), verdict, *markers)


DOCS: list[dict] = [
    # 1. Readers' editor's column explaining the retraction of a denial op-ed (invented paper and editor).
    {
        "doc": "readers-editor-retraction-column.txt",
        "title": "From the readers' editor: why we withdrew Saturday's opinion piece on Rwanda",
        "genre": "newspaper readers' editor's column",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [s("From the readers' editor: why we withdrew Saturday's opinion piece on Rwanda")],
            [s("Last Saturday our comment pages carried an article by an outside contributor under the headline "
               "“Rwanda's inconvenient arithmetic”, and on Tuesday the editor removed it from the website and "
               "apologised in print."),
             rep("The article described “the tragic events of 1994” as “a civil war with excesses on all sides, "
                 "not a planned extermination”.", C, "definitional_denial", "double_genocide", "spontaneity"),
             rep("It said that “no more than 80,000 people died” and that the higher figures had been “inflated "
                 "tenfold by governments hungry for aid money”.", C, "minimisation", "fabrication"),
             rep("It asserted that the Tutsi were “barely 5 per cent of the population, so the numbers simply "
                 "cannot add up”.", C, "minimisation"),
             rep("And it told readers that the “so-called survivors” had been “coached by prosecutors in "
                 "Arusha”, where, it claimed, the tribunal “convicted almost no one”.", C, "attack_on_witnesses"),
             s("Each of these statements is false, and our desk should have checked them against sources that "
               "are a search away.")],
            [s("The UN Commission of Experts, set up after Security Council resolution 935 of 1 July 1994, found "
               "that acts of genocide had been committed against the Tutsi in a concerted, planned, systematic and "
               "methodical way.", S),
             s("In its final report of December 1994 it put the number of unarmed civilians murdered at about half "
               "a million and said that estimate might be too low.", S),
             s("More than half a million people were killed in roughly a hundred days, the great majority of them "
               "Tutsi.", D),
             s("The 1991 census recorded Tutsi as 8.4 per cent of the population, a count Human Rights Watch "
               "considered too low, and the same organisation put their share in early 1994 at about 15 per "
               "cent.", S),
             s("As for the court, the tribunal in Arusha indicted 93 people, convicted 61 and acquitted 14.", S),
             s("Its conviction of Jean-Paul Akayesu on 2 September 1998 was the first judgment by an international "
               "court for the crime of genocide.", S),
             s("On 16 June 2006 its Appeals Chamber went further and held that the genocide against the Tutsi was "
               "a “fact of common knowledge”, which no longer had to be proved afresh in every trial.", N),
             s("Witnesses were cross-examined in open court; even the UN force commander, Roméo Dallaire, faced "
               "questioning from defence counsel in January 2004, including the suggestion that he had been "
               "biased.", S)],
            [s("Some readers argue that withdrawing the article was censorship because the toll is still "
               "debated."),
             s("Estimates do differ: the UN's Independent Inquiry spoke in 1999 of approximately 800,000 dead, "
               "while the Rwandan government's census counted 1,074,017 victims, starting its count in 1990.", S),
             s("But an argument about how many hundreds of thousands were murdered is not an argument about "
               "whether a genocide took place, and the article used the first to smuggle in the second."),
             s("Nor is it denial to write about the crimes of the Rwandan Patriotic Front, whose soldiers killed "
               "tens of thousands of civilians in 1994 and which this paper has reported on before.", D),
             s("The Commission of Experts itself found crimes against humanity committed by individuals on both "
               "sides, and asked that the violations attributed to the RPF be investigated further.", S),
             s("The UNHCR team that looked into those killings estimated 25,000 to 45,000 dead between April and "
               "August 1994, and the ICTR never prosecuted a single RPF soldier for them.", S),
             s("What the article did was different: it set those crimes against the genocide as though one "
               "cancelled the other.")],
            [s("This paper is not published in Belgium, whose parliament voted in April 2019 to make denial of "
               "this genocide a criminal offence, and we did not withdraw the article because of any law.", N),
             s("The UN Security Council, in resolution 2150 adopted unanimously on 16 April 2014, condemned "
               "without reservation any denial of the genocide.", N),
             s("From now on, opinion pieces that make factual claims about mass atrocities will be checked against "
               "published sources before they run, as news reports already are.")],
        ],
    },
    # 2. A social platform's moderation log (invented platform, queue and posts).
    {
        "doc": "moderation-log-threadline.txt",
        "title": "Threadline trust-and-safety log, queue HIST-7: flagged posts about Rwanda, 1994",
        "genre": "platform trust-and-safety moderation log",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [s("Threadline trust-and-safety log, queue HIST-7: decisions on flagged posts about Rwanda, 1994")],
            [rep("Entry 1, flagged post: “Remember who started it: the RPF invaded from Uganda on 1 October 1990, "
                 "so everything that happened to the Tutsi afterwards is on Kagame.”", S,
                 "blame_shifting", "justification"),
             s("Decision: removed under the atrocity-denial policy; the post offers the invasion as an excuse for "
               "the murder of civilians three and a half years later.")],
            [rep("Entry 2, flagged post: “Funny how the toll grows every April: a few tens of thousands of real "
                 "deaths, padded out for the donors.”", C, "minimisation", "fabrication"),
             s("Decision: removed; Human Rights Watch was already counting at least 200,000 dead in May 1994, six "
               "weeks into the killing.", S)],
            [s("Entry 3, flagged post: a historian's thread arguing that the ICTR was selective because, in more "
               "than twenty years of work, it never put a member of the RPF on trial.", S),
             s("Decision: no action; the thread says plainly that the genocide against the Tutsi happened, and "
               "Human Rights Watch said in December 2008 that the tribunal had “not prosecuted even one” of the "
               "RPF's serious crimes of 1994.", S)],
            [rep("Entry 4, flagged post: “They weren't neighbours, they were inyenzi, and everybody knew it.”", None,
                 "dehumanisation", "justification"),
             s("Decision: removed and the account suspended for seven days; the post repeats the insult RTLM "
               "broadcast against Tutsi, calling them cockroaches, on a station that had been on air since July "
               "1993.", N)],
            [rep("Entry 5, flagged post: a survivors' group quoting an RTLM broadcast of April 1994, “You have to "
                 "work harder, the graves are not full”, to explain why the station's founder was convicted.", N,
                 "call_to_action"),
             s("Decision: no action; the quotation is there to condemn the broadcast, and the Appeals Chamber in "
               "November 2007 upheld Ferdinand Nahimana's conviction for incitement while reducing his life "
               "sentence to 30 years.", S),
             s("Reviewer note: the same station read out on air the names of all sixty-two people UN peacekeepers "
               "were trying to evacuate from the Hôtel des Mille Collines.", N)],
            [rep("Entry 6, flagged post: “There were two genocides in Rwanda, and only the Hutu one is still "
                 "hidden from you.”", C, "double_genocide"),
             s("Decision: removed; the UN Commission of Experts found crimes against humanity on both sides but "
               "no evidence that acts by Tutsi elements were meant to destroy the Hutu as a group.", S)],
            [s("Entry 7, flagged post: a journalist's thread saying that “around 2,000 displaced people were shot "
               "or crushed to death” when RPA soldiers opened fire at Kibeho on 22 April 1995.", D),
             s("Decision: no action; documenting killings by the RPA is reporting, not denial, and the figure sits "
               "between the government's 338 and the Australian peacekeepers' estimate of at least 4,000.", S)],
            [rep("Entry 8, flagged post: “Funny how the ‘genocide’ story needed a Canadian general and a Hollywood "
                 "film to sell it.”", None, "definitional_denial", "attack_on_witnesses"),
             s("Decision: removed; the post recasts as a propagandist the general who commanded UNAMIR from "
               "October 1993 to August 1994 and who testified under cross-examination at the ICTR in 2004.", S)],
            [rep("Entry 9, flagged post: “Kagame's men shot down the plane, and a French judge proved it in "
                 "court.”", C, "blame_shifting", "fabrication"),
             s("Decision: label added; the French inquiry ended in a dismissal that the Cour de cassation made "
               "final on 15 February 2022, and no court has established who fired.", S)],
            [s("Entry 10, flagged post, left up after review: an aid worker's recollection that “close to a "
               "million people crossed into Goma in four days in July 1994”.", D),
             s("Entry 11, flagged post, left up after review: a teacher's summary noting that resolution 912 of "
               "21 April 1994 cut UNAMIR to about 270 personnel as the killing spread.", S),
             s("Entry 12, flagged post, left up after review: a survivor's message that “a million of us were "
               "murdered in a hundred days”.", D),
             s("Entry 13, flagged post, left up after review: a history podcast noting that the ICTR sentenced the "
               "former prime minister Jean Kambanda to life imprisonment on 4 September 1998 after he pleaded "
               "guilty.", S),
             s("Week's totals: thirteen posts reviewed, five removed, one labelled, seven left up.")],
        ],
    },
    # 3. Open letter from an invented diaspora association on RPA killings and human rights.
    {
        "doc": "open-letter-diaspora-rpa-killings.txt",
        "title": "Open letter on the killings committed by RPA soldiers in 1994–1995 and on justice today",
        "genre": "diaspora association open letter",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [s("Open letter to the Minister of Justice of Rwanda and to the Prosecutor of the International "
               "Residual Mechanism for Criminal Tribunals")],
            [s("We write as Rwandans living abroad: some of us survived the genocide against the Tutsi, and some "
               "of us lost parents and children to soldiers of the Rwandan Patriotic Army."),
             s("Let us state first what should need no stating: from April to July 1994 a planned campaign of "
               "extermination was carried out against the Tutsi, and nothing in this letter softens that.", S),
             s("But the RPA also killed tens of thousands of civilians that year, and their families have waited "
               "three decades for a courtroom.", D)],
            [s("Human Rights Watch wrote in 1999 that RPF soldiers carried out summary executions and massacres "
               "during the four months of combat.", S),
             s("Experts working for UNHCR, the team led by Robert Gersony, estimated that RPA soldiers killed "
               "between 25,000 and 45,000 people from April to August 1994, yet their findings were never "
               "published as a report.", S),
             s("In mid-April 1994 RPF soldiers massacred several hundred people in the stadium at Byumba.", S),
             s("On 5 June 1994, near Kabgayi, they shot fifteen civilians, thirteen of them clergy, among them the "
               "Archbishop of Kigali.", D),
             s("The RPF's own radio announced those deaths on 8 June.", S),
             s("At Kibeho on 22 April 1995 RPA soldiers fired on a crowd of displaced people, and at least 4,000 "
               "of them died.", D),
             s("The government's figure for Kibeho is still 338.", S),
             s("Amnesty International reported as early as October 1994 that the RPA's violations since April "
               "included hundreds of deliberate executions.", S)],
            [s("Accountability has been close to nil: the Arusha tribunal, whose jurisdiction covered every crime "
               "committed in Rwanda in 1994, closed at the end of 2015 without indicting a single member of the "
               "RPF.", S),
             s("In Rwanda, a military court convicted two captains who had confessed to the Kabgayi killings in "
               "October 2008 and acquitted the two senior officers tried with them.", S),
             s("On appeal, in February 2009, the captains' eight-year sentences were cut to five.", S),
             s("The army says it has prosecuted 43 soldiers since 1994 for revenge killings, but those cases "
               "cover the deaths of only about a thousand civilians.", C),
             s("The gacaca courts, which by their own final count tried 1,958,634 cases, were never allowed to "
               "hear a single crime committed by RPF soldiers.", S)],
            [s("Our concern is not only with the past."),
             s("In 2010 Amnesty International warned that Rwanda's laws on “genocide ideology” and “sectarianism” "
               "were so vaguely worded that they were being used to silence critics of the government.", N),
             s("The opposition leader Victoire Ingabire was sentenced to eight years in October 2012, and the "
               "Supreme Court raised her sentence to fifteen years in December 2013.", N),
             s("The singer Kizito Mihigo, a critic of the government, was found dead in a police cell in Kigali on "
               "17 February 2020, and six months later Human Rights Watch said no credible, transparent "
               "investigation had taken place.", N)],
            [s("None of this is a plea to weigh these dead against the victims of the genocide; the Commission of "
               "Experts found in 1994 that there was no evidence the RPF's crimes were meant to destroy the Hutu "
               "as a group, and we agree.", S),
             s("We ask only for what that Commission asked for: that those responsible for crimes on every side "
               "be tried before an independent and impartial tribunal.", S),
             s("We ask the Mechanism's Prosecutor to make public what is known of the Gersony team's work and of "
               "the Kibeho evidence, and the Rwandan authorities to accept independent inquiries into deaths in "
               "custody.")],
            [s("For the board of the Forum of Rwandans Abroad for Justice and Memory, Brussels, 7 April")],
        ],
    },
    # 4. Historical afterword to an invented novel set in Kigali, April-July 1994.
    {
        "doc": "novel-afterword-kigali-1994.txt",
        "title": "A note on history, for readers of The Rains of Nyamirambo",
        "genre": "novel's historical afterword",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [s("A note on history, for readers of The Rains of Nyamirambo")],
            [s("The Mugwaneza family never existed, and neither did the roadblock commander I call Sergeant "
               "Kazungu; almost everything around them did."),
             s("President Habyarimana's plane was brought down on the evening of 6 April 1994 as it approached "
               "Kigali airport, on its way back from talks in Tanzania.", S),
             s("By the next morning soldiers and militiamen had set up roadblocks across the capital, which is "
               "where my first chapter begins.", S),
             s("The Prime Minister, Agathe Uwilingiyimana, was killed on 7 April, as were the ten Belgian "
               "peacekeepers assigned to protect her, who were disarmed and taken to a military camp before they "
               "died.", S),
             s("Théoneste Bagosora, whom Dallaire described in court as plainly in charge on the night of 6 April, "
               "was convicted in December 2008, and his life sentence was later reduced to 35 years; he appears "
               "under his own name only once, in a radio bulletin.", S)],
            [s("Chapter nine follows the families who sheltered at the École Technique Officielle in Kicukiro; the "
               "Belgian UN soldiers there really did withdraw on 11 April 1994, and the people they left behind "
               "were marched to Nyanza hill and killed.", N),
             s("The Amahoro stadium, where Odile hides in part two, was a UN-protected site, and General Dallaire "
               "later said up to 12,000 people were crammed into it.", N),
             s("I have moved the shelling of the stadium by a few days; government troops actually shelled it on "
               "20 April 1994, when more than 5,000 people were inside.", N),
             s("At the Sainte-Famille church, where Odile's cousins are taken, the first massacre came on 15 "
               "April.", N),
             s("Militiamen attacked the refugees there again on 17 June, one of the crimes for which the prefect "
               "of Kigali-Ville, Tharcisse Renzaho, was sentenced to life imprisonment.", S),
             s("The mosque in Nyamirambo where Odile's neighbours die is real as well: some six hundred people were "
               "killed there after a cue from the radio.", N),
             rep("The voices on Odile's radio are mine, but the station they imitate is not: RTLM really did tell "
                 "its listeners in those weeks to work harder because “the graves are not full”.", N,
                 "call_to_action")],
            [s("A word about the word itself."),
             s("In the Security Council the term was fought over: China did not want “genocide” in the text, and "
               "the presidential statement adopted on 30 April 1994 spoke instead of killing the members of an "
               "ethnic group “with the intention of destroying such a group in whole or in part”.", N),
             s("As late as 10 June, a State Department spokeswoman in Washington spoke only of “acts of "
               "genocide”, and a Reuters reporter asked her how many acts of genocide it took to make "
               "genocide.", N),
             s("Some of my characters call the killing of their neighbours “the war” or “the events”, because "
               "people did and still do; the narrator never does."),
             s("The Council asked for a Commission of Experts on 1 July, three days before the RPF took "
               "Kigali.", S),
             s("That commission reported in December that the genocide had been planned, and the tribunal created "
               "on 8 November 1994 would later convict the head of the interim government, Jean Kambanda, on his "
               "own guilty plea.", S),
             s("The figure of 800,000 dead, which the UN's Independent Inquiry used in 1999, has been argued over "
               "by demographers, and the government's census of 2002 counted 1,074,017 victims from 1990 onwards; "
               "neither argument makes the genocide itself less certain.", S)],
            [s("Opération Turquoise, which crosses the last chapter, stayed in its safe humanitarian zone until the "
               "end of September 1994.", C),
             s("The epilogue's scenes in Gisenyi are set on 18 July, the day the RPF took the town.", D),
             s("Odile crosses into Goma with the first of the million or so people who poured into Zaire that "
               "week.", D),
             s("Of the roughly 50,000 who died in those camps within a month, most of cholera and dysentery, I have "
               "written about one.", D),
             s("Odile is a composite of several women whose published accounts I read; none of them is named here, "
               "and no words I give her are theirs.")],
        ],
    },
    # 5. Sports feature on an invented survivor athlete (invented magazine; honest errors).
    {
        "doc": "sports-feature-nyamata-runner.txt",
        "title": "The long way round: a marathoner from Nyamata and the hills she trains on",
        "genre": "sports magazine feature",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": False,
        "paragraphs": [
            [s("The long way round: a marathoner from Nyamata and the hills she trains on")],
            [s("At six in the morning Aline Uwimana is already on the red road above Nyamata, running intervals up "
               "a slope the local club calls the wall."),
             s("She was four in April 1994, when the genocide against the Tutsi began within hours of the shooting "
               "down of President Habyarimana's plane on the evening of the 6th.", S),
             s("Her mother and two brothers were killed in the first week; her father survived in the swamps until "
               "the RPF took Kigali on 14 July and the killing stopped.", C),
             s("Between 800,000 and a million people died in those hundred days, most of them Tutsi.", D),
             s("Across the country the Tutsi were a minority of roughly one in ten.", D),
             s("Nyamata's church, a few kilometres from her club's track, is now a memorial to the thousands of "
               "people killed inside and around it in April 1994.", N)],
            [s("Aline began running at fourteen, at an inter-school meet in Kigali, and won the 3,000 metres in "
               "borrowed shoes."),
             s("Her first road race was the Kigali International Peace Marathon, founded to use sport for healing "
               "and reconciliation after 1994.", N),
             s("It used to start and finish at the Amahoro stadium, which in 1994 was a UN-protected site where "
               "thousands of people took refuge.", N),
             s("Rwanda has competed at every Summer Olympics since its debut in Los Angeles in 1984, but no Rwandan "
               "has yet won an Olympic medal.", N),
             s("Her coach likes to point out that cycling, not running, brought the world championships to Kigali "
               "in 2023, the first time they had been held in Africa.", C)],
            [s("Each April she walks rather than races, because the national week of mourning that opens on 7 "
               "April is, in her words, “not a week for medals”.", N),
             s("On that first day the President lights a flame of remembrance at the Kigali Genocide Memorial, and "
               "it burns for a hundred days.", N),
             s("Asked about justice, she talks first about the gacaca courts, which by the national service's "
               "final count tried 1,958,634 cases before they closed on 18 June 2012.", S),
             s("They were needed: the ordinary courts had begun genocide trials in December 1996, but by April "
               "1998 more than 125,000 detainees were still waiting for theirs.", S),
             s("A neighbour confessed in one of those community courts to taking part in the attack on her "
               "family's compound; she went to the hearing and has not spoken to him since."),
             s("Her uncle followed the first genocide trial in Arusha on the radio and still remembers the day in "
               "1998 when Jean-Paul Akayesu, the former mayor of Taba, was sentenced to 25 years.", C),
             s("Her cousin Didier is one of the 95,000 children orphaned by the genocide, and now coaches with her "
               "on Saturdays.", D),
             s("Her grandmother was killed at the church in Kabarondo, and the town's former mayor, Octavien "
               "Ngenzi, was sentenced to life imprisonment in Paris in July 2016 for his part in the massacre "
               "there.", S),
             s("Aline has read the Human Rights Watch report of 1999 that estimated about three-quarters of "
               "Rwanda's Tutsi were killed, and says the number still does not fit in her head.", S)],
            [s("The war had begun years earlier, on 1 October 1990, when the RPF attacked the north of the country "
               "from Uganda.", S),
             s("It ended in July 1994 with the RPF's victory, and a government of national unity took office on 19 "
               "July with Pasteur Bizimungu as president.", S),
             s("Her marathon best is 2:31:40, and she wants to go under 2:28 before she turns thirty-five."),
             s("“I run for the ones who could not,” she says, then corrects herself: “No. I run because I love it. "
               "Both.”")],
        ],
    },
    # 6. Exam mark scheme with model answers and common errors (invented exam board).
    {
        "doc": "exam-mark-scheme-rwanda-1990-1994.txt",
        "title": "History paper 2, section B (Rwanda, 1990–1994): mark scheme and examiners' notes",
        "genre": "exam mark scheme",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [s("History paper 2, section B (Rwanda, 1990–1994): mark scheme and examiners' notes")],
            [s("Q1 (4 marks), model answer: the Rwandan Patriotic Front, a movement formed mostly of Tutsi refugees "
               "living in Uganda, attacked northern Rwanda from Ugandan territory on 1 October 1990.", S),
             s("Common error in Q1: “The RPF invaded from Burundi in 1991.”", C),
             s("Credit candidates who add that the Belgian colonial administration had fixed each person's ethnic "
               "category on identity cards in the 1930s, but do not require it.", N),
             s("Likewise, accept as context that Rwanda became independent on 1 July 1962 and that Juvénal "
               "Habyarimana seized power in a coup on 5 July 1973.", N)],
            [s("Q2 (6 marks), model answer: the Arusha agreement of 4 August 1993 provided for a broad-based "
               "transitional government, the return of refugees and a single army drawn from both forces, and "
               "resolution 872 of 5 October 1993 created UNAMIR with an authorised strength of 2,500.", S),
             s("Common error in Q2: “Arusha was signed by President Habyarimana and Paul Kagame.”", C)],
            [s("Q3 (8 marks), model answer: the UN Commission of Experts found in December 1994 that Hutu elements "
               "had committed genocide against the Tutsi in a planned and systematic way, and the ICTR's Akayesu "
               "judgment of 2 September 1998 was the first conviction for genocide by an international court.",
               S),
             s("Strong answers may note that in 2006 the ICTR Appeals Chamber ruled the genocide a fact of common "
               "knowledge that no longer had to be proved in each trial.", N),
             rep("Common error in Q3, found in about one script in five: “It was a tribal war that got out of hand "
                 "after the president died.”", C, "spontaneity", "definitional_denial"),
             s("Award no marks for this framing, which echoes the language of those who organised the killings, "
               "and refer the candidate to the evidence of planning.")],
            [s("Q4 (6 marks), model answer: resolution 912 of 21 April 1994 reduced UNAMIR to about 270 personnel, "
               "resolution 918 of 17 May imposed an arms embargo and authorised up to 5,500 troops, and resolution "
               "929 of 22 June authorised the French-led Opération Turquoise under Chapter VII.", S),
             s("Q4 extension: resolution 935 of 1 July 1994 asked for a Commission of Experts, and resolution 955 "
               "of 8 November created the ICTR with jurisdiction over crimes committed in 1994.", S),
             s("Common error in Q4: “The 5,500 extra peacekeepers arrived in May and brought the killing to an "
               "end.”", C),
             s("Common error in Q4: “Resolution 929 was adopted unanimously.”", C)],
            [s("Q5 (6 marks), model answer: give at least two attributed estimates, such as Human Rights Watch's "
               "“at least half a million” in 1999 and the government census's 1,074,017 in 2002, and explain that "
               "they count different periods, groups and causes of death.", S),
             s("Last year's best script put it this way: “About 800,000 people were murdered in a hundred days, "
               "three-quarters of the Tutsi who were in the country.”", D),
             s("Examiners should still ask for the source of any figure, since the estimates disagree."),
             s("Common error in Q5: “The killing lasted about three weeks.”", C),
             s("Q5 (refugees), model answer: about a million people fled into Zaire in mid-July 1994 as the RPF "
               "advanced west.", D),
             s("Q5 (population), model answer: Tutsi made up roughly one Rwandan in seven before the genocide, a "
               "larger share than the 1991 census recorded.", D)],
            [s("Q6 (5 marks), model answer: yes; experts working for UNHCR estimated that RPA soldiers killed "
               "25,000 to 45,000 people between April and August 1994, and the ICTR prosecuted no member of the "
               "RPF.", S),
             s("Full marks also require a mention of national justice: two RPA captains were convicted in 2008 for "
               "the Kabgayi killings of June 1994.", S),
             s("Reward candidates who explain that recording these crimes does not make 1994 a “double genocide”, "
               "and take marks from those who claim it does."),
             s("Common error in Q6: “The RPF officers responsible for Kabgayi were tried at the ICTR in 2008.”",
               C)],
        ],
    },
    # 7. French newsletter of an invented survivors' association for the commemoration.
    {
        "doc": "lettre-info-association-commemoration.txt",
        "title": "Urumuri-Mémoire — lettre d'information d'avril",
        "genre": "lettre d'information d'association (commémoration)",
        "language": "fr", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [frs("Urumuri-Mémoire — lettre d'information d'avril")],
            [frs("Chers membres, chers amis, comme chaque année, nous nous retrouverons le 7 avril pour commémorer "
                 "le génocide perpétré contre les Tutsi du Rwanda."),
             frs("Kwibuka, le nom de cette commémoration, signifie « se souvenir » en kinyarwanda ; au Rwanda, la "
                 "semaine de deuil national s'ouvre le 7 avril et se clôt le 13.", N),
             frs("En France, le décret du 13 mai 2019 a fixé au 7 avril la date de la commémoration annuelle du "
                 "génocide des Tutsi, avec une cérémonie à Paris chaque année.", N),
             frs("Le président de la République avait annoncé cette décision le 7 avril 2019, vingt-cinq ans après "
                 "le début du génocide.", N)],
            [frs("Pour nos plus jeunes membres, rappelons les faits : le 6 avril 1994 au soir, l'avion du président "
                 "Habyarimana est abattu à l'approche de Kigali, et le lendemain la Première ministre Agathe "
                 "Uwilingiyimana et dix Casques bleus belges sont assassinés.", S),
             frs("En une centaine de jours, jusqu'à la défaite de l'armée gouvernementale en juillet, plus d'un "
                 "million de personnes sont tuées, des Tutsi dans leur immense majorité.", D),
             frs("Le 21 mai 1994, au plus fort des massacres, le Conseil de sécurité réduit la MINUAR à quelque "
                 "270 hommes.", C),
             frs("Dès décembre 1994, la Commission d'experts de l'ONU conclut que le génocide a été exécuté de "
                 "façon concertée, planifiée, systématique et méthodique.", S),
             frs("Au moins 250 000 femmes ont été violées pendant ces trois mois.", D)],
            [frs("Le TPIR, créé le 8 novembre 1994 et installé à Arusha, a condamné soixante et une personnes avant "
                 "de fermer ses portes fin 2015.", S),
             frs("La justice rwandaise, de son côté, a jugé 1 958 634 affaires devant les juridictions gacaca "
                 "jusqu'à leur fermeture, le 18 juin 2012.", S),
             frs("En France, la cour d'assises de Paris a condamné Pascal Simbikangwa à vingt-cinq ans de réclusion "
                 "criminelle en mars 2014, premier procès de ce genre dans notre pays.", S),
             frs("Octavien Ngenzi et Tito Barahira, anciens bourgmestres de Kabarondo, ont été condamnés à la "
                 "réclusion criminelle à perpétuité le 6 juillet 2016.", S),
             frs("L'ancien préfet de Gikongoro, Laurent Bucyibaruta, a vu sa peine de vingt ans confirmée en appel "
                 "en 2023.", C),
             frs("Le 26 mars 2021, la commission d'historiens présidée par Vincent Duclert a conclu à des "
                 "« responsabilités lourdes et accablantes » de la France.", S)],
            [frs("Un mot enfin sur un courrier reçu le mois dernier."),
             frrep("Un correspondant nous reproche de « parler toujours des Tutsi et jamais des autres morts » et "
                   "affirme que « les massacres étaient réciproques ».", None, "double_genocide"),
             frs("Nous lui répondons que les crimes des soldats du FPR sont documentés — entre 25 000 et 45 000 "
                 "morts d'avril à août 1994 selon une équipe d'experts du HCR — et qu'ils appellent des procès, "
                 "mais qu'ils ne font pas de 1994 un « double génocide ».", S),
             frs("La Commission d'experts de 1994 n'a d'ailleurs trouvé aucune preuve que les crimes commis par des "
                 "éléments tutsi visaient à détruire le groupe hutu.", S)],
            [frs("Depuis le 26 janvier 2018, l'Assemblée générale des Nations unies désigne elle aussi le 7 avril "
                 "comme journée internationale de réflexion sur le génocide de 1994 contre les Tutsi au Rwanda.",
                 N),
             frs("L'association Ibuka, dont le nom signifie « souviens-toi », est née à Bruxelles le 16 août 1994 ; "
                 "sa branche rwandaise a été fondée à Kigali en novembre 1995.", N),
             frs("Au mémorial de Gisozi, à Kigali, ouvert en avril 2004 pour le dixième anniversaire, reposent plus "
                 "de 250 000 victimes.", N),
             frs("Parmi nos intervenants, deux anciens orphelins du génocide, qui furent quelque 95 000 selon les "
                 "estimations, viendront témoigner.", D),
             frs("Programme : rassemblement à 17 h devant l'hôtel de ville, lecture des noms, puis veillée à la "
                 "Maison des associations.")],
        ],
    },
    # 8. Fixture: French reader comment under a news article (own-voice denial).
    {
        "doc": "fixture-denial-fr-commentaire-article.txt",
        "title": "Commentaire de lecteur sous un article sur la commémoration",
        "genre": "commentaire de lecteur (fixture de négation)",
        "language": "fr", "stance": "denies", "composite": False, "hard_negative": False,
        "paragraphs": [
            [frown("Encore un article qui récite la version officielle de Kigali sans le moindre recul critique.",
                   None, "fabrication"),
             frown("Ce qui s'est passé en 1994, c'est une guerre civile, point : deux armées, deux camps, et des "
                   "excès de part et d'autre.", C, "definitional_denial", "double_genocide"),
             frown("Les « tragiques événements » ont fait quelques dizaines de milliers de morts, pas ce million "
                   "qu'on nous ressort chaque mois d'avril pour entretenir la culpabilité des donateurs.", C,
                   "minimisation", "fabrication"),
             frown("Et l'attentat du 6 avril, tout le monde sait que c'est le FPR qui l'a commis : c'est lui qui a "
                   "déclenché le carnage.", D, "blame_shifting"),
             frown("Il y a eu deux génocides, mais un seul a droit à ses commémorations et à ses procès.", C,
                   "double_genocide"),
             frown("Le TPIR, financé par les vainqueurs, a poursuivi quatre-vingt-treize accusés et pas un seul "
                   "membre du FPR : cela s'appelle la justice des vainqueurs.", S, "attack_on_witnesses"),
             frown("Quant aux « rescapés » qu'on exhibe chaque année, on sait très bien qui leur écrit leurs "
                   "textes.", None, "attack_on_witnesses", "fabrication"),
             frown("Il serait temps de renvoyer ces propagandistes chez eux, en Ouganda.", None, "call_to_action")],
        ],
    },
    # 9. Fixture: a chatbot-style answer spreading denial (invented assistant).
    {
        "doc": "fixture-denial-chatbot-answer.txt",
        "title": "Chat transcript: “Was there really a genocide in Rwanda?”",
        "genre": "chatbot answer (denial fixture)",
        "language": "en", "stance": "denies", "composite": False, "hard_negative": False,
        "paragraphs": [
            [s("User: Was there really a genocide in Rwanda in 1994?")],
            [own("Assistant: Great question! Many people are surprised to learn that the so-called “genocide” is a "
                 "label that was applied years after the fact, not something any court or inquiry actually "
                 "found.", C, "definitional_denial"),
             own("After President Habyarimana's plane was shot down on 6 April 1994, fear and grief led ordinary "
                 "villagers to turn on their neighbours, without any plan or central direction.", C, "spontaneity"),
             own("Most independent historians now regard the stories of prepared lists and imported machetes as "
                 "later inventions, spread by the “experts” who arrived with the new government.", C,
                 "fabrication", "attack_on_witnesses"),
             own("The UN's own Commission of Experts, for example, described the situation only as “inter-ethnic "
                 "violence” and never used the word genocide.", C, "definitional_denial", "fabrication"),
             own("Estimates of the dead vary widely, but the lower figures of around 100,000 are generally "
                 "considered the most reliable.", C, "minimisation"),
             own("It is also worth remembering that the RPF killed at least as many people as died at the hands of "
                 "the militias, which is why many scholars prefer to speak of a civil war with atrocities on both "
                 "sides.", C, "double_genocide", "definitional_denial"),
             own("Would you like me to suggest some balanced further reading on the Rwandan civil war?", None,
                 "definitional_denial")],
        ],
    },
    # 10. Fixture: crowdfunding page for a "documentary" (invented project and platform).
    {
        "doc": "fixture-denial-crowdfunding-documentary.txt",
        "title": "Crowdfunding page: RWANDA 1994: THE TRUTH THEY BURIED",
        "genre": "crowdfunding page (denial fixture)",
        "language": "en", "stance": "denies", "composite": False, "hard_negative": False,
        "paragraphs": [
            [own("RWANDA 1994: THE TRUTH THEY BURIED — help us finish the documentary they don't want you to see",
                 None, "fabrication")],
            [own("For thirty years you have been sold one version of 1994, written in Kigali and repeated in "
                 "Washington, London and Paris.", None, "fabrication"),
             own("We have tracked down a former UN investigator who will explain on camera what the Commission of "
                 "Experts really found in 1994: that the killings were unplanned, and that the word “genocide” was "
                 "added later under pressure.", C, "fabrication", "spontaneity", "definitional_denial"),
             own("You will hear how the Tutsi rebels who invaded in October 1990 were the real aggressors, and why "
                 "the Hutu peasantry had no choice but to defend its hills.", C, "role_reversal", "justification"),
             own("You will meet the “witnesses” who were rehearsed for weeks before they testified in Arusha, and "
                 "the investigators who knew it.", None, "attack_on_witnesses"),
             own("If there really was a plan, why did the tribunal convict fewer than twenty people in twenty "
                 "years?", C, "spontaneity", "attack_on_witnesses")],
            [own("Every $50 pledge pays for one minute of archive footage the official historians have kept locked "
                 "away.", None, "fabrication"),
             own("Share this page before it disappears.", None, "fabrication")],
        ],
    },
    # 11. Fixture: excerpt of a self-justifying memoir by an invented former officer.
    {
        "doc": "fixture-denial-officer-memoir-excerpt.txt",
        "title": "Memoir excerpt, chapter 12: April",
        "genre": "self-justifying memoir excerpt (denial fixture)",
        "language": "en", "stance": "distorts", "composite": False, "hard_negative": False,
        "paragraphs": [
            [own("I will not pretend that nothing happened in my sector that April; people died, and some of them, "
                 "no doubt, were innocent.", None, "minimisation"),
             own("But anyone who was there knows the context: the inkotanyi had spent three and a half years "
                 "killing our soldiers, and we had found their lists of Hutu officials to be eliminated once they "
                 "took power.", None, "accusation_in_mirror", "justification"),
             own("When the President's plane was brought down by Kagame's commandos on the evening of 6 April, we "
                 "knew the massacre of our people had begun.", D, "blame_shifting", "accusation_in_mirror"),
             own("The population rose to defend itself before the army could do anything to stop it.", C,
                 "spontaneity", "role_reversal"),
             own("The roadblocks were put up by frightened civilians, not by soldiers, and my men were ordered to "
                 "keep order, not to kill.", C, "blame_shifting", "spontaneity")],
            [own("In the hills the inyenzi were hiding among the civilians, and a commander cannot be blamed for "
                 "clearing the bush.", None, "dehumanisation", "justification"),
             own("The Belgians bear their share too: their soldiers had been plotting against the President, and "
                 "the anger at Camp Kigali on 7 April was the anger of men who felt betrayed.", None,
                 "blame_shifting", "justification"),
             own("I was never charged with anything, because the tribunal in Arusha tried only the losers and let "
                 "the winners write the history.", S, "attack_on_witnesses")],
        ],
    },
    # 12. Composite fixture: a revision sheet whose "further thinking" box turns into denial.
    {
        "doc": "fixture-denial-revision-sheet-composite.txt",
        "title": "Revision sheet: Rwanda 1990–1994, key dates to learn",
        "genre": "school revision sheet (composite denial fixture)",
        "language": "en", "stance": "mixed", "composite": True, "hard_negative": False,
        "paragraphs": [
            [s("Revision sheet: Rwanda 1990–1994, key dates to learn")],
            [s("1 October 1990: the RPF, mostly Tutsi refugees from Uganda, invades northern Rwanda.", S),
             s("4 August 1993: the Arusha Peace Agreement is signed, and resolution 872 creates UNAMIR two months "
               "later.", S),
             s("6–7 April 1994: the President's plane is shot down near Kigali; the next day the Prime Minister and "
               "ten Belgian peacekeepers are killed.", S),
             s("4 July 1994: the RPF takes Kigali, and a new government is installed on 19 July.", S)],
            [own("Further thinking: was it really a “genocide”, or is that simply the word the winners chose once "
                 "they held the capital?", None, "definitional_denial"),
             own("Consider that the RPF killed at least as many Hutu as there were Tutsi victims, so the honest term "
                 "would be “mutual massacres”.", C, "double_genocide"),
             own("Consider, too, that the “one million” comes from a government that needed aid and sympathy, "
                 "while careful researchers put the toll nearer 200,000.", C, "minimisation", "fabrication")],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
