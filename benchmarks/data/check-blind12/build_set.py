"""Source of the TWELFTH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind12/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind12/build_set.py --check  # validate the files already written

HELD-OUT EVALUATION SET, written blind: its errors must not be read by the checker's authors, and it is scored in
aggregate only. Written after the earlier sets (benchmarks/data/check/, check-blind/ to check-blind11/ and the
check-train sets) had been seen by the people tuning the detectors, to measure generalisation: new genres (a
newspaper's anniversary supplement page, a podcast transcript on RPF crimes, a week-by-week reconstruction of
April-July 1994 in the format of a situation report, a fact check of three quoted denial claims, a legal commentary
on the ICTR's completion strategy, a museum catalogue entry on RTLM and Kangura, a student essay with footnotes, a
French conference report, and four short fixtures), new wording, new facts. Its author did not read the detectors,
their rules, exemplars or training data, nor any earlier set's documents, labels, README or build script (only
benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, the first lines of
the check-blind5 build script and its README as templates, and the list TECHNIQUES in
src/factfinder/check/model.py). Verdicts were decided against the record alone: examples/ (FACTS.md and the sample
documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Keep it that way: do not
copy these sentences into rules, exemplars or training data, and do not tune against this set.

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

NNBSP = "\u202f"  # narrow no-break space (French typography)


def fr(text: str) -> str:
    """French typography: narrow no-break space before ; : ! ? and inside « », typographic apostrophe,
    narrow no-break space as the thousands separator."""
    text = text.replace("'", "\u2019")
    text = re.sub(r" ([;:!?])", NNBSP + r"\1", text)
    text = text.replace("« ", "«" + NNBSP).replace(" »", NNBSP + "»")
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NNBSP, text)
    return text


DOCS: list[dict] = [
    # 1. A newspaper's anniversary supplement page (invented newspaper; several short items).
    {
        "doc": "anniversary-supplement-page.txt",
        "title": "The Lakeshore Courier, anniversary supplement, page 4",
        "genre": "newspaper anniversary supplement page",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("THE LAKESHORE COURIER · Anniversary supplement, 6 April 2024 · Page 4")],
            [s("REMEMBERING. Kwibuka, Kinyarwanda for “remember”, is the name Rwandans give to the commemoration that "
               "opens each year on 7 April.", N),
             s("The national ceremony starts at the Kigali Genocide Memorial in Gisozi, inaugurated in April 2004 for "
               "the tenth anniversary, where the remains of more than a quarter of a million victims are buried.", N),
             s("Readers' tributes to the dead appear on page 6."),
             s("The date recalls the morning of 7 April 1994, hours after the plane carrying President Juvénal "
               "Habyarimana was shot down as it came in to land at Kigali.", S)],
            [s("COUNTING. Three decades on, the published tolls still lie hundreds of thousands apart.", S),
             s("Human Rights Watch's 1999 study concluded that at least half a million people were killed, about three "
               "in four of Rwanda's Tutsi.", S),
             s("The government's census of victims, whose final report appeared in November 2002, arrived at 1,074,017 "
               "dead, counting from October 1990.", S),
             s("It found that 93.7 per cent of them had been killed as Tutsi.", S),
             s("This supplement uses the figure of some 800,000 dead.", D),
             s("At least 250,000 women and girls were raped, and about 95,000 children were orphaned.", D),
             s("Before the killing began, Tutsi made up roughly one Rwandan in seven.", D),
             s("Close to a million people fled west into Zaire in July.", D)],
            [s("JUSTICE. The community gacaca courts, wound up on 18 June 2012, dealt with nearly two million cases: "
               "1,958,634 by the national service's final count.", S),
             s("The UN tribunal in Arusha closed at the end of 2014, having convicted sixty-one of the people it "
               "indicted.", C),
             s("Félicien Kabuga, for years called the genocide's financier, was arrested on 16 May 2020 in "
               "Asnières-sur-Seine, near Paris, where he had been living under a false identity after some "
               "twenty-five years on the run.", N),
             s("He never heard a verdict: after he had been found unfit for trial, the appeals judges of the UN residual "
               "mechanism directed in August 2023 that his case be stayed indefinitely.", S)],
            [s("WORDS. The General Assembly first set 7 April aside as a day of reflection on the genocide in Rwanda by "
               "a resolution of December 2003.", N),
             s("On 26 January 2018 it changed the day's title to the International Day of Reflection on the 1994 "
               "Genocide against the Tutsi in Rwanda.", N)],
            [s("LIBERATION. The hundred days of mourning end on 4 July, Liberation Day or Kwibohora, a public holiday "
               "for the day in 1994 on which the Rwandan Patriotic Front took Kigali.", N),
             s("A government of national unity took office a fortnight later, on 19 July.", S),
             s("French troops of Opération Turquoise stayed in the south-west until 21 September.", C),
             s("Prime Minister Agathe Uwilingiyimana had been murdered on 9 April, together with the ten Belgian "
               "peacekeepers guarding her.", C)],
            [s("CORRECTION. Last week's edition gave the wrong date for the creation of the ICTR; Security Council "
               "resolution 955 was adopted on 8 November 1994.", S),
             s("We regret the error.")],
        ],
    },
    # 2. Podcast transcript by two invented journalists on RPF crimes and their impunity (hard negative).
    {
        "doc": "podcast-rpf-crimes-impunity.txt",
        "title": "Unfiled, episode 41: The crimes nobody tried (transcript)",
        "genre": "podcast transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Unfiled — episode 41: “The crimes nobody tried” (transcript)")],
            [s("LEA: Welcome back to Unfiled, where we go through the cases that courts left on the shelf."),
             s("SAMUEL: Today that means the killings committed by soldiers of the Rwandan Patriotic Front in 1994 and "
               "1995, and what happened to them in court, which is mostly nothing.")],
            [s("LEA: Let's start with what was known early: the UN Commission of Experts, in the final report sent to "
               "the Security Council on 9 December 1994, asked that violations attributed to the RPF be investigated "
               "further.", S),
             s("SAMUEL: It also said it had found no evidence that those crimes were meant to destroy the Hutu as a "
               "group, which is why nobody serious calls them a second genocide.", S),
             s("LEA: The field evidence came from a UNHCR team led by Robert Gersony, which visited ninety-one sites in "
               "forty-one communes between 1 August and 5 September 1994.", N),
             s("SAMUEL: According to Human Rights Watch, the team estimated that RPA soldiers killed between "
               "twenty-five and forty-five thousand people from April to August.", S),
             s("LEA: My honest reading of all the material is that the RPA killed tens of thousands of civilians that "
               "year, not the hundreds of thousands you see claimed online.", D)],
            [s("SAMUEL: Some episodes are well documented: Human Rights Watch reported that RPF soldiers massacred "
               "several hundred people in the Byumba stadium in mid-April 1994.", S),
             s("LEA: And Amnesty International's report of October 1994 listed thousands of deliberate executions by "
               "the RPA between April and August.", C),
             s("SAMUEL: Then Kabgayi: RPF soldiers killed thirteen clergy, among them the Archbishop of Kigali and two "
               "other bishops, and two more civilians.", S),
             s("LEA: That happened on 5 June 1994.", D),
             s("SAMUEL: Fourteen years later a military court convicted the two captains who had pleaded guilty, eight "
               "years each, cut to five on appeal, and acquitted the two senior officers.", S)],
            [s("LEA: Kibeho is the other name everyone should know: on 22 April 1995 RPA soldiers fired on a crowd of "
               "displaced people while the army closed the camp by force.", S),
             s("SAMUEL: The camp had held around eleven thousand people that month.", C),
             s("LEA: The government counted 338 dead; Australian soldiers serving with UNAMIR estimated at least "
               "4,000.", S),
             s("SAMUEL: I think the true figure is close to two thousand.", D),
             s("LEA: The UN special rapporteur René Degni-Ségui went back to Rwanda from 25 to 28 May 1995 to gather "
               "information on Kibeho.", N)],
            [s("SAMUEL: Now the courts: the ICTR never indicted a single RPF member, and in December 2008 Human Rights "
               "Watch said it had not prosecuted even one of the serious RPF crimes of 1994.", S),
             s("LEA: Its prosecutor Carla Del Ponte had opened what she called special investigations into the RPF, "
               "and in August 2003 the Security Council split her post, giving Arusha a prosecutor of its own.", N),
             s("SAMUEL: She said afterwards, in an interview, that politics had played a big role.", N),
             s("LEA: Inside Rwanda, the army said in 2008 that it had prosecuted forty-three soldiers since 1994 for war "
               "crimes and revenge killings.", S),
             s("SAMUEL: And the gacaca courts tried several hundred former RPA soldiers before they closed in "
               "2012.", C),
             s("LEA: Across the border, the UN Mapping Report, released on 1 October 2010, listed 617 alleged violent "
               "incidents in Congo between 1993 and 2003, among them mass killings of Hutu refugees.", N),
             s("SAMUEL: As for the plane, for what it's worth, it was most likely shot down by Hutu extremists firing "
               "from around the Kanombe camp; that's it for this week.", D)],
        ],
    },
    # 3. Week-by-week reconstruction of April-July 1994 in the format of a situation report (invented project).
    {
        "doc": "sitrep-reconstruction-weekly-1994.txt",
        "title": "Reconstructed situation report: Rwanda, 6 April to 21 July 1994, week by week",
        "genre": "reconstructed weekly situation report",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("RECONSTRUCTED SITUATION REPORT — RWANDA, 6 APRIL TO 21 JULY 1994, WEEK BY WEEK"),
             s("Prepared in 2025 by the Lakeshore Teaching Archive, an invented project, from published sources for "
               "classroom use; it imitates the format of a UN situation report but is not one.")],
            [s("WEEK 1 (6–12 April). On the evening of 6 April the plane bringing President Habyarimana back from "
               "talks in Tanzania is shot down near Kigali airport; all on board die, among them Burundi's president, "
               "Cyprien Ntaryamira.", S),
             s("On 7 April Prime Minister Agathe Uwilingiyimana is killed, and the ten Belgian UNAMIR soldiers assigned "
               "to protect her are disarmed, taken to a camp in Kigali and killed.", S),
             s("Roadblocks go up across the capital; soldiers, the Presidential Guard and militia begin killing Tutsi "
               "and opposition politicians.", S),
             s("On 11 April militiamen attack refugees at the École Technique Officielle in Kigali, and at Kiziguro "
               "parish in the east several hundred Tutsi are massacred the same day.", S)],
            [s("WEEK 2 (13–19 April). On 13 April Tutsi sheltering in the church at Kabarondo are massacred.", S),
             s("Belgium announces on 14 April that it is pulling its contingent out of UNAMIR.", N),
             s("At Ntarama church in Bugesera, where thousands have taken refuge, the massacre begins on 15 April; more "
               "than 5,000 people are killed there.", N),
             s("On 16 April the church at Nyange, in Kivumu commune, is destroyed with about 2,000 refugees "
               "inside.", S)],
            [s("WEEK 3 (20–26 April). On 21 April resolution 912 reduces UNAMIR to some 270 personnel.", S),
             s("The same day, massacres are carried out at the Murambi school and the parishes of Cyanika and Kaduha in "
               "Gikongoro prefecture.", S)],
            [s("WEEK 4 (27 April – 3 May). Over 28 and 29 April more than 250,000 people cross into Ngara, Tanzania, in "
               "twenty-four hours; UNHCR calls it the largest and fastest exodus it has ever seen.", S),
             s("By early May, Amnesty International reports, almost 20,000 people are estimated to have been "
               "killed.", C)],
            [s("WEEKS 5–6 (4–17 May). Resolution 918 of 17 May imposes an arms embargo and authorises an expanded "
               "UNAMIR of 5,500.", S)],
            [s("WEEK 8 (25–31 May). On 31 May Captain Mbaye Diagne, an unarmed Senegalese military observer credited "
               "with saving hundreds of people, is killed by a mortar fragment near a checkpoint.", N)],
            [s("WEEK 9 (1–7 June). Near Kabgayi, on 4 June, RPF soldiers kill thirteen clergy, among them the "
               "Archbishop of Kigali, and two other civilians.", D)],
            [s("WEEK 11 (15–21 June). On 17 June refugees at the Sainte-Famille church in Kigali are attacked.", S),
             s("On 22 June the Security Council unanimously authorises a temporary French-led operation under Chapter "
               "VII.", C)],
            [s("WEEK 13 (29 June – 5 July). The RPF enters Kigali and Butare on 4 July; on 5 July the French force "
               "declares a safe humanitarian zone in the south-west.", S),
             s("By now some three quarters of Rwanda's Tutsi, close to 600,000 people, have been murdered.", D)],
            [s("WEEK 15 (13–19 July). The RPF takes Gisenyi on 18 July, and within days about a million people pour "
               "across the border into Goma.", D),
             s("A government of national unity is installed in Kigali on 19 July, with Pasteur Bizimungu as president "
               "and Faustin Twagiramungu as prime minister.", S)],
            [s("WEEK 16 (20–21 July). The first cholera strains are isolated in Goma on 20 and 21 July; nearly 50,000 "
               "refugees will die in the first month.", D)],
            [s("OUTLOOK. The epidemic will peak on 6 August, before clean water and oral rehydration bring death rates "
               "down.", C)],
        ],
    },
    # 4. Fact check of three quoted denial claims (hard negative; the claims in voice reported).
    {
        "doc": "factcheck-three-claims-1994.txt",
        "title": "ClearRecord fact check: three claims about Rwanda, 1994",
        "genre": "fact check",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("CLEARRECORD FACT CHECK — Three claims about Rwanda, 1994"),
             s("A video and two posts shared widely this month repeat three claims about the genocide against the "
               "Tutsi; we checked each one against published sources.")],
            [rep("Claim 1: “It was a civil war, not a genocide, and fewer than 50,000 people died on all sides.”", C,
                 "definitional_denial", "minimisation"),
             s("Rating: false — Human Rights Watch concluded in 1999 that at least half a million people were killed "
               "in the genocide, about three quarters of Rwanda's Tutsi.", S),
             s("Its Africa division had reported in May 1994, six weeks into the killing, at least 200,000 dead and "
               "perhaps as many as 500,000.", S),
             s("Even the earliest estimate was higher than the claim: on 19 April 1994 Human Rights Watch told the "
               "Security Council that humanitarian organisations put the dead at as many as 100,000 in two "
               "weeks.", S),
             s("The government's census of victims counted 1,074,017 dead, though it counted from October 1990 rather "
               "than from April 1994.", S),
             s("Careful demographic work puts the number of Tutsi killed alone at somewhere between about 500,000 and "
               "660,000.", D),
             s("Our own reading of these studies is that between 800,000 and one million people died.", D),
             s("The 1991 census recorded the Tutsi as 8.4 percent of the population, and Human Rights Watch's 1995 "
               "report described them as about 15 percent in early 1994.", S)],
            [rep("Claim 2: “Nobody planned anything; angry peasants lost their heads after the president was "
                 "killed.”", C, "spontaneity"),
             s("Rating: false — the UN Commission of Experts found that acts of genocide against the Tutsi had been "
               "carried out in a concerted, planned, systematic and methodical way.", S),
             s("Its final report went to the Security Council on 9 December 1994.", S),
             s("It also found crimes against humanity committed by individuals on both sides, but no evidence that "
               "the RPF's crimes were aimed at destroying the Hutu as a group.", S),
             s("The claim usually cites the ICTR's 2008 judgment in the Bagosora case, in which the Trial Chamber "
               "acquitted Bagosora and two co-accused of conspiracy to commit genocide before 7 April 1994.", N),
             s("The same judgment convicted all three of genocide, crimes against humanity and war crimes and "
               "sentenced each of them to life imprisonment.", S),
             s("Failing to prove an agreement made before April is not the same as finding that the killing was "
               "unorganised.")],
            [rep("Claim 3: “The Arusha tribunal never ruled that there had been a genocide; it just repeated what "
                 "Kigali's paid witnesses told it.”", C, "attack_on_witnesses", "definitional_denial"),
             s("Rating: false — in its first judgment, on 2 September 1998, the tribunal found that genocide had been "
               "committed against the Tutsi in Rwanda in 1994.", S),
             s("In June 2006 its Appeals Chamber held that the genocide against the Tutsi was a fact of common "
               "knowledge, of which trial chambers must take judicial notice.", N),
             s("The tribunal can fairly be criticised on other grounds: it never prosecuted a member of the RPF, a "
               "failure Human Rights Watch denounced in December 2008.", S),
             s("That criticism is about the crimes the tribunal left untried, not about whether the genocide "
               "happened.")],
            [s("Correction: an earlier version said Jean-Paul Akayesu was sentenced on the day of his conviction; he "
               "was convicted on 2 September 1998 and sentenced to life imprisonment on 2 October 1998.", S),
             s("Sources are listed below the article.")],
        ],
    },
    # 5. Legal commentary critical of the ICTR's completion strategy and one-sided prosecutions (hard negative).
    {
        "doc": "legal-commentary-ictr-completion.txt",
        "title": "Finishing early, finishing half: a comment on the ICTR's completion strategy",
        "genre": "legal commentary",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Finishing early, finishing half: a comment on the ICTR's completion strategy"),
             s("Comment published in Arusha Notes, an invented law review, volume 3.")],
            [s("The tribunal was created by Security Council resolution 955 of 8 November 1994 to try crimes committed "
               "in Rwanda, and by Rwandans in neighbouring states, during 1994.", S),
             s("In resolution 1503, adopted on 28 August 2003, the Council told it to finish its investigations by the "
               "end of 2004, its trials at first instance by 2008 and all its work in 2010.", N),
             s("Resolution 1534 of 26 March 2004 repeated the deadlines and asked the prosecutors to review their "
               "caseloads and decide which cases should go to national courts.", N),
             s("When the deadlines slipped, resolution 1966 of 22 December 2010 set up a residual mechanism, whose "
               "branch for the Rwanda tribunal started work on 1 July 2012.", N),
             s("The tribunal itself shut on 31 December 2015, after indicting ninety-three people, convicting "
               "sixty-one and acquitting fourteen.", S)],
            [s("Critics have called the result “victor's justice”; the slogan is crude, but on the selection of cases "
               "it is hard to dismiss."),
             s("No member of the RPF was ever indicted, although the Commission of Experts had asked in 1994 that the "
               "RPF's violations be investigated.", S),
             s("Soldiers of the RPF killed, by the most careful count, between 25,000 and 45,000 civilians in "
               "1994.", D),
             s("Once investigations had to close, any case against them that had not yet been opened was closed for "
               "good.")],
            [s("Haste had costs for defendants too: Juvénal Kajelijeli's life terms became forty-five years because his "
               "rights had been violated during his arrest and detention.", S),
             s("Jean-Baptiste Gatete's life sentence was cut to forty years for undue delay.", S),
             s("In the Butare case, the tribunal's last judgment, delivered on 14 December 2015, the appeals judges "
               "upheld Pauline Nyiramasuhuko's life sentence.", C),
             s("The appeals chamber also overturned convictions outright: in February 2014 it acquitted the "
               "gendarmerie's chief of staff, Augustin Ndindiliyimana, and the reconnaissance battalion commander "
               "François-Xavier Nzuwonemeye.", S),
             s("A year earlier it had acquitted two interim-government ministers, Justin Mugenzi and Prosper "
               "Mugiraneza, each sentenced to thirty years at trial.", S),
             s("Protais Zigiranyirazo, sentenced to twenty years at trial, was acquitted on appeal in November "
               "2009.", S),
             s("Théoneste Bagosora's life sentence, by contrast, survived his appeal of December 2011 intact.", C)],
            [s("Referral was the strategy's other tool: the case of the pastor Jean Uwinkindi was sent to Rwanda, a "
               "decision affirmed on appeal in December 2011.", S),
             s("A Rwandan court sentenced him to life imprisonment on 30 December 2015.", S),
             s("The statute limited the tribunal to crimes committed between 1 October 1990 and 31 December "
               "1994.", C),
             s("The Kibeho killings of April 1995, in which some 4,000 displaced people died, fell outside that window "
               "altogether.", D)],
            [s("The tribunal's lasting achievement is Akayesu, decided on 2 September 1998, the first judgment in which "
               "an international court convicted a person of genocide.", S),
             s("It also convicted Jean Kambanda, prime minister of the interim government, the first head of "
               "government convicted of genocide.", S),
             s("A completion strategy that had also completed the tribunal's mandate would have looked different.")],
        ],
    },
    # 6. Museum catalogue entries on RTLM and Kangura artefacts, quoting them (hard negative; quotations reported).
    {
        "doc": "museum-catalogue-hate-media.txt",
        "title": "Hall 3, cases 14 to 19: hate print and hate radio, 1990-1994 (catalogue entries)",
        "genre": "museum catalogue entry",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Hall 3, cases 14–19: hate print and hate radio, 1990–1994"),
             s("The objects in these cases are reproductions held by an invented museum; the words quoted from them are "
               "shown as evidence, so that visitors can recognise how they worked.")],
            [s("Case 14 — Kangura, issue of December 1990: founded in May 1990 and edited from first issue to last by "
               "Hassan Ngeze, the paper was based in Gisenyi and printed in runs of 1,500 to 3,000 copies.", N),
             s("This issue carried the so-called Ten Commandments of the Bahutu, which told Hutu to treat the Tutsi as "
               "the enemy and to break every tie with them.", N),
             s("Ngeze was also a founding member of the CDR party.", S),
             s("His life sentence, pronounced in December 2003, was confirmed on appeal in November 2007.", C)],
            [rep("Case 15 — Kangura, November 1991, front cover: beside a machete, the cover asks “Which weapons are "
                 "we going to use to beat the cockroaches for good?”", N, "dehumanisation", "call_to_action")],
            [s("Case 16 — RTLM cassettes, copies of tapes entered in evidence at the tribunal in Arusha: Radio "
               "Télévision Libre des Mille Collines went on air on 8 July 1993, at first using the transmitters of the "
               "state broadcaster, Radio Rwanda.", N),
             s("It won young listeners with contemporary music, and it aimed its propaganda at Tutsi, moderate Hutu, "
               "Belgians and the UN mission.", N),
             rep("On 20 June 1994 the journalist Valérie Bemeriki said of the Inyenzi that they had been “created to "
                 "drink Rwandan blood and to kill”.", N, "dehumanisation", "accusation_in_mirror"),
             rep("On 2 July her colleague Kantano Habimana asked listeners to “stand firm and exterminate them, so that "
                 "our children and grandchildren do not hear that word ‘Inkotanyi’ ever again”.", N, "call_to_action"),
             s("The cassettes are played only in the listening booth, with a warning."),
             s("The tribunal held the radio's founder, Ferdinand Nahimana, responsible as a superior for broadcasts "
               "after 6 April 1994 inciting the killing of Tutsi; on appeal his life sentence became thirty years.", S),
             s("The appeals judges reversed the RTLM-based convictions of Jean-Bosco Barayagwiza, a member of its "
               "board, and reduced his sentence to thirty-two years.", S),
             s("The three media accused had been tried together, and the trial judgment was delivered on 3 December "
               "2003.", S),
             s("Georges Ruggiu, a Belgian-Italian presenter, pleaded guilty and was sentenced to twelve years in June "
               "2000.", S),
             s("Joseph Serugendo, the station's technical director, was sentenced to life imprisonment in 2006.", C)],
            [s("Case 17 — photograph of a white Mercedes off-road vehicle: a French official note dated 26 July 1994 "
               "records that RTLM's vehicles and equipment were parked at Panzi, a Zairean gendarmerie camp near "
               "Bukavu, where a demonstration broadcast was staged for Zaire's prime minister.", N),
             s("By the time the station fell silent, close to a million people had been killed in Rwanda.", D)],
            [s("Case 18 — cassette of songs by Simon Bikindi: the singer was convicted on a single count, for urging "
               "people on the Kivumu–Kayove road in late June 1994 to kill Tutsi, and his fifteen-year sentence was "
               "upheld on appeal in 2010.", S),
             s("Léon Mugesera, whose speech at Kabaya in November 1992 called for the extermination of the Tutsi, was "
               "acquitted by a Rwandan court in 2016.", C),
             s("The businessman Félicien Kabuga, accused of supplying machetes and backing RTLM's propaganda, was found "
               "unfit to stand trial, and no court has ruled on those allegations.", S)],
            [s("Case 19 — binder of broadcast transcripts, available at the desk on request."),
             s("Quoted here as evidence, these words were built to make murder sound like self-defence; the catalogue "
               "reproduces them so that visitors learn to recognise the pattern."),
             s("Visitors are asked not to photograph the transcripts.")],
        ],
    },
    # 7. Student essay with footnotes on the international response (composite student, invented).
    {
        "doc": "student-essay-international-response.txt",
        "title": "Too little, too late? The international response to the genocide in Rwanda",
        "genre": "student essay with footnotes",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Too little, too late? The international response to the genocide in Rwanda, October 1993 – July 1994"),
             s("Essay submitted for the module “Humanitarian Intervention”, spring term.")],
            [s("The Security Council established UNAMIR on 5 October 1993 with resolution 872, with an authorised "
               "strength of 2,500, to help implement the Arusha agreement signed that August.¹", S),
             s("Its commander, the Canadian general Roméo Dallaire, led the force from October 1993 until August "
               "1994.", S),
             s("Before April, an informant known as “Jean-Pierre” told UNAMIR of a plan to kill Belgian soldiers and "
               "of hidden weapons, but headquarters in New York told Dallaire he had no authority to act.", S),
             s("At that time Rwanda's own government held a non-permanent seat on the Security Council, which it kept "
               "through 1994 and 1995.", N)],
            [s("Once the killing began, the Council did not reinforce the mission; on 21 April, by resolution 912, it "
               "cut UNAMIR to about 270 people.", S),
             s("Belgium pulled out its contingent after five of its paratroopers had been killed on 7 April.", C),
             s("Only on 17 May did resolution 918 authorise an expanded force of 5,500 troops and impose an arms "
               "embargo.", S),
             s("At the State Department's briefing of 10 June 1994, its spokeswoman Christine Shelly spoke of “acts of "
               "genocide” and would not say how many such acts it took to make a genocide.", N)],
            [s("France then obtained resolution 929 of 22 June, which authorised Opération Turquoise under Chapter "
               "VII.", S),
             s("The vote was twelve in favour with three abstentions.", C),
             s("About 2,500 French soldiers took part, with contingents from African countries.", S),
             s("The French declared their safe humanitarian zone in the south-west on 15 July.", C),
             s("More than a million refugees crossed into Zaire around Goma in mid-July, and tens of thousands of them "
               "died there of cholera and dysentery.", D),
             s("When Turquoise ended on 21 August, some 4,000 African UNAMIR troops replaced the French.", C),
             s("By then some 800,000 people had been murdered in about a hundred days.", D)],
            [s("The UN's Independent Inquiry reported in December 1999 that approximately 800,000 people had been "
               "killed.", S),
             s("Kofi Annan, who had headed UN peacekeeping in 1994, responded by acknowledging the UN's failure and "
               "expressing his “deep remorse”.²", N),
             s("Bill Clinton, during a stop of a few hours at Kigali airport on 25 March 1998, admitted that the "
               "international community “did not act quickly enough after the killing began”.", N),
             s("In July 2000 a panel of eminent personalities appointed by the Organization of African Unity published "
               "Rwanda: The Preventable Genocide, which placed the main blame on the Security Council.", N),
             s("In May 2014 the Security Council created a medal for exceptional courage named after Captain Mbaye "
               "Diagne, an unarmed Senegalese observer who saved hundreds of Rwandans before he was killed.", N),
             s("My conclusion is that the failure was one of political will, not of information.")],
            [s("¹ Security Council resolution 872 (1993); see also the Arusha agreement."),
             s("² Statement of the Secretary-General on the report of the Independent Inquiry, December 1999.")],
        ],
    },
    # 8. In French: conference report on justice after 1994 (invented university and speakers; hard negative).
    {
        "doc": "compte-rendu-colloque-justice.txt",
        "title": fr("Compte rendu du colloque « Juger après 1994 »"),
        "genre": "compte rendu de colloque",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s(fr("Compte rendu du colloque « Juger après 1994 : trente ans de justice pour le Rwanda »")),
             s(fr("Les 14 et 15 mars, une quarantaine de chercheurs et de praticiens se sont réunis à l'université de "
                  "Lorvannes ; l'université comme les intervenants cités ici sont fictifs."))],
            [s(fr("La première session s'est ouverte sur le Tribunal pénal international pour le Rwanda, créé par la "
                  "résolution 955 du Conseil de sécurité le 8 novembre 1994."), S),
             s(fr("Mme Hélène Marceau a rappelé son bilan : 93 personnes mises en accusation, 61 condamnées et 14 "
                  "acquittées avant la fermeture, le 31 décembre 2015."), S),
             s(fr("Elle a souligné que l'affaire Akayesu, tranchée le 2 septembre 1998, fut la première condamnation "
                  "pour génocide prononcée par une juridiction internationale."), S),
             s(fr("Aucun membre du FPR n'a été poursuivi à Arusha, alors que ses soldats ont tué des dizaines de "
                  "milliers de civils entre avril et juillet 1994."), D),
             s(fr("M. Samuel Habimana-Stern a rappelé qu'en 2006 la chambre d'appel avait jugé que le génocide des "
                  "Tutsi était un fait de notoriété publique, dont les chambres de première instance devaient dresser "
                  "le constat judiciaire."), N),
             s(fr("Rappelons que le génocide a fait plus d'un million de morts en une centaine de jours."), D)],
            [s(fr("La deuxième session portait sur les gacaca, qui ont jugé 1 958 634 affaires avant leur clôture, le "
                  "18 juin 2012."), S),
             s(fr("Mme Claire Ubaldi-Roux a souligné que les crimes des soldats du FPR avaient été exclus de leur "
                  "compétence."), S),
             s(fr("Elle a ajouté que Human Rights Watch comptait en 2011 un peu plus de 1 200 juridictions "
                  "gacaca."), C)],
            [s(fr("La troisième session a porté sur les procès en France, dont le premier, celui de Pascal "
                  "Simbikangwa, s'est conclu en mars 2014 par une condamnation à la réclusion criminelle à "
                  "perpétuité."), C),
             s(fr("Les deux anciens bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, ont été condamnés à "
                  "perpétuité le 6 juillet 2016, peine confirmée en appel."), S),
             s(fr("L'ancien préfet de Gikongoro Laurent Bucyibaruta, condamné à vingt ans en juillet 2022, est mort "
                  "avant d'être rejugé en appel."), S),
             s(fr("Ces dossiers relèvent du pôle spécialisé dans les crimes contre l'humanité du tribunal de Paris, "
                  "créé le 1er janvier 2012."), N),
             s(fr("Début 2014, vingt-sept des trente-cinq informations judiciaires en cours devant ce pôle "
                  "concernaient le génocide de 1994."), N),
             s(fr("Beaucoup de ces plaintes ont été déposées par le Collectif des parties civiles pour le Rwanda, fondé "
                  "en novembre 2001 par Alain et Dafroza Gauthier."), N),
             s(fr("En Belgique, Fabien Neretse est devenu en décembre 2019 le premier condamné pour crime de génocide, "
                  "à vingt-cinq ans de réclusion."), S),
             s(fr("Quelques mois plus tôt, en avril 2019, la Chambre belge avait voté une loi réprimant la négation, la "
                  "minimisation grossière, la justification ou l'approbation des génocides reconnus par une "
                  "juridiction internationale, dont celui des Tutsi."), N)],
            [s(fr("La dernière session, la plus vive, portait sur l'usage des lois mémorielles au Rwanda même.")),
             s(fr("M. Habimana-Stern a rappelé que l'opposante Victoire Ingabire, condamnée en octobre 2012 à huit ans "
                  "de prison, notamment pour minimisation du génocide, avait vu sa peine portée à quinze ans par la "
                  "Cour suprême en décembre 2013."), N),
             s(fr("Il y voit l'exemple d'une législation qui protège la mémoire des victimes tout en servant à écarter "
                  "des adversaires politiques ; plusieurs intervenants ont contesté cette lecture.")),
             s(fr("Sur l'exode de juillet 1994, on a rappelé qu'environ un million de personnes avaient franchi la "
                  "frontière à Goma et que près de 80 000 d'entre elles y étaient mortes."), D),
             s(fr("Jean Kambanda, Premier ministre du gouvernement intérimaire, avait plaidé non coupable avant d'être "
                  "condamné à la perpétuité en 1998, a-t-on aussi rappelé."), C),
             s(fr("Les actes du colloque paraîtront à l'automne."))],
        ],
    },
    # 9. FIXTURE (French): a tract; own-voice definitional denial, fabrication, dehumanisation, call to action.
    {
        "doc": "fixture-denial-fr-tract.txt",
        "title": fr("Tract : « Réveillez-vous ! »"),
        "genre": "tract (fixture)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own(fr("HUTU, RÉVEILLEZ-VOUS !"), None, "call_to_action")],
            [own(fr("Le prétendu « génocide » de 1994 n'a jamais existé : il n'y a eu qu'une guerre entre deux "
                    "armées."), C, "definitional_denial"),
             own(fr("Le chiffre d'un million de morts a été fabriqué à Kigali : il y a eu tout au plus quelques dizaines "
                    "de milliers de victimes."), C, "fabrication", "minimisation"),
             own(fr("Même le tribunal de l'ONU a acquitté Bagosora, leur soi-disant cerveau."), C, "spontaneity"),
             own(fr("Aujourd'hui, ce sont eux qui préparent le massacre de nos familles."), None,
                 "accusation_in_mirror", "role_reversal"),
             own(fr("Ces cafards s'installent dans nos quartiers et nos écoles."), None, "dehumanisation"),
             own(fr("Ceux qui parlent de génocide sont des menteurs payés par l'étranger."), None,
                 "attack_on_witnesses", "fabrication"),
             own(fr("Chassez-les avant qu'il ne soit trop tard !"), None, "call_to_action")],
        ],
    },
    # 10. FIXTURE: "revisionist" blog post; minimisation, the census argument, fabrication.
    {
        "doc": "fixture-denial-revisionist-blog.txt",
        "title": "The census they hope you never read",
        "genre": "revisionist blog post (fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("The census they hope you never read")],
            [own("Rwanda's 1991 census recorded Tutsi as 8.4 percent of the population, fewer than 600,000 "
                 "people.", S, "minimisation"),
             own("Subtract the 300,000 survivors that even Kigali admits, and at most a few tens of thousands of Tutsi "
                 "can have died.", C, "minimisation"),
             own("That is why the UN Commission of Experts never found any evidence of a plan.", C, "spontaneity"),
             own("Kigali's tally of 1,074,017, issued in 2002, is a political invention designed to keep foreign aid "
                 "flowing.", S, "fabrication")],
            [own("Its so-called genocide trials ran on coached witnesses, and even the UN tribunal acquitted most of "
                 "those it tried.", C, "definitional_denial", "attack_on_witnesses"),
             own("The human-rights reports everyone quotes were written by activists who never counted a single "
                 "grave.", None, "attack_on_witnesses"),
             own("Check the numbers yourself and stop repeating the victors' tale.", None, "fabrication")],
        ],
    },
    # 11. FIXTURE: forum comment; double genocide, killing as self-defence.
    {
        "doc": "fixture-denial-forum-comment-selfdefence.txt",
        "title": "Forum comment: re: Rwanda documentary thread",
        "genre": "forum comment (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("Everyone talks about one genocide, but there were two, and only one side's dead get a "
                 "memorial.", C, "double_genocide"),
             own("The RPF invaded from Uganda on 1 October 1990, so what came after was a population defending "
                 "itself.", S, "role_reversal", "justification", "blame_shifting"),
             own("People killed because they knew what the invaders had planned for them.", None,
                 "accusation_in_mirror", "justification", "role_reversal"),
             own("The RPF went on to kill more Hutu than the militias ever killed Tutsi.", C, "double_genocide",
                 "minimisation"),
             s("Even a UNHCR team estimated 25,000 to 45,000 people killed by RPA soldiers in a few months, and not one "
               "of those soldiers was ever charged in Arusha.", S),
             own("The Tutsi were fifteen percent of the country at most, so the numbers people quote are "
                 "impossible.", D, "minimisation"),
             own("Goma alone buried up to 80,000 Hutu refugees that summer, and nobody calls that a genocide.", D,
                 "double_genocide"),
             own("Call it a tragedy of war if you like, but stop calling one side's self-defence a genocide.", None,
                 "definitional_denial", "role_reversal")],
        ],
    },
    # 12. COMPOSITE FIXTURE: a memoir excerpt whose last pages turn into denial (invented narrator).
    {
        "doc": "fixture-denial-memoir-composite.txt",
        "title": "Memoir excerpt: leaving Butare",
        "genre": "memoir excerpt (composite fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("I left Butare at the end of April 1994, three weeks after the president's plane was shot down on the "
               "evening of 6 April.", S),
             s("On the road west we passed roadblocks every few kilometres, and at each one men checked identity "
               "cards."),
             s("In Goma that July cholera took hold within days, and almost 50,000 refugees died in the first "
               "month.", D),
             s("Soldiers of the defeated army crossed the border with us, and their officers soon ran the camps "
               "again.", S)],
            [own("Thirty years on, I have come to see that the story we were later told was written by the "
                 "winners.", None, "fabrication"),
             own("There was no plan and no genocide, only a war in which the RPF killed as many people as the "
                 "militias did.", C, "spontaneity", "definitional_denial", "double_genocide"),
             own("The witnesses paraded in Arusha were coached by Kigali, and the judges believed them because they "
                 "needed convictions.", None, "attack_on_witnesses"),
             own("Fewer than a hundred thousand people died, on both sides together.", C, "minimisation")],
        ],
    },
]


def _layout(docs: list[dict]) -> None:
    """Titles on a line of their own; one speaker turn (or footnote) per paragraph in the transcript and essay."""
    for doc in docs:
        paras = doc["paragraphs"]
        if doc["doc"] in TITLE_ALONE and len(paras[0]) > 1:
            doc["paragraphs"] = [[paras[0][0]], paras[0][1:]] + paras[1:]
        if doc["doc"] in TURNS:
            doc["paragraphs"] = [[x] for p in doc["paragraphs"] for x in p]


TITLE_ALONE = {"sitrep-reconstruction-weekly-1994.txt", "factcheck-three-claims-1994.txt",
               "legal-commentary-ictr-completion.txt", "museum-catalogue-hate-media.txt",
               "student-essay-international-response.txt", "compte-rendu-colloque-justice.txt"}
TURNS = {"podcast-rpf-crimes-impunity.txt"}
_layout(DOCS)
# the essay's two footnotes on separate lines
for _doc in DOCS:
    if _doc["doc"] == "student-essay-international-response.txt":
        _last = _doc["paragraphs"].pop()
        _doc["paragraphs"] += [[x] for x in _last]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv, DOCS, HERE))
