"""Source of the TRAINING labelled set check-train13 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train13/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train13/build_set.py --check  # validate the files already written

A training set, written blind: its rows are meant to train the checker's learned layers; it is not a measure of
unseen text. New genres (a radio call-in transcript on the anniversary, an obituary of a convicted colonel, a
policy brief on the Great Lakes refugee crisis of 1994-1996, a fact check of a viral post, a "25 dates" timeline
listicle, a review essay on a book about gacaca and RPF impunity, an invented ambassador's speech at a UN
commemoration, a French interview with an invented historian on Turquoise and the Duclert report, and four short
fixtures). Its author did not read the detectors, their rules, exemplars or training data, the benchmark or its
results, the tests, nor any other set's documents or labels (only benchmarks/data/labelled_set.py,
benchmarks/data/check/README.md for the labelling conventions, the first 40 lines of the check-blind5 build script
and the check-blind5 README as templates, and the list TECHNIQUES in src/factfinder/check/model.py). Verdicts were
decided against the record alone: examples/ (FACTS.md and the sample documents),
src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Every true fact outside the record
was checked with the project's search tool; README.md gives each one's address and quotation.

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


def fr(text: str) -> str:
    """French typography: non-breaking space before ':' and inside guillemets, narrow one before ? ! ; and in
    thousands."""
    text = text.replace("« ", "«\u00a0").replace(" »", "\u00a0»").replace(" :", "\u00a0:")
    for mark in "?!;":
        text = text.replace(" " + mark, "\u202f" + mark)
    return re.sub(r"(\d) (\d{3})\b", "\\1\u202f\\2", text)


def sf(text: str, verdict: str | None = None) -> dict:
    return s(fr(text), verdict)


def ownf(text: str, verdict: str | None, *markers: str) -> dict:
    return own(fr(text), verdict, *markers)


DOCS: list[dict] = [
    # 1. Radio call-in show on the anniversary (station, host and callers invented). Callers err in good faith;
    #    the host corrects them.
    {
        "doc": "radio-callin-anniversary.txt",
        "title": "Open Line: call-in programme on the first evening of the week of mourning",
        "genre": "radio call-in transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Transcript — Open Line, evening call-in programme, 7 April")],
            [s("HOST: Good evening, and welcome to a special edition on the first day of the national week of "
               "mourning.", N),
             s("HOST: Tonight we take your calls about what happened in 1994, and our first caller is "
               "Jean-Claude in Musanze.")],
            [s("JEAN-CLAUDE: I was a small boy then, but I remember that the president's plane was shot down on "
               "the evening of 6 April, on its way back from talks in Tanzania.", S)],
            [s("HOST: That's right, and everyone on board was killed, including the president of Burundi, "
               "Cyprien Ntaryamira.", S)],
            [s("ALINE (Huye): My teacher told us the Prime Minister and her Belgian guards were killed on the "
               "ninth of April.", C)],
            [s("HOST: A small correction, Aline: Agathe Uwilingiyimana and the ten Belgian peacekeepers were "
               "killed on 7 April, the very first day.", S)],
            [s("ALINE: And I think Kigali only fell to the RPF in the middle of August.", C)],
            [s("HOST: In fact RPF troops took Kigali on 4 July, the same day as Butare.", S)],
            [s("PATRICK (Rubavu): People here still say about a million refugees crossed to Goma in July.", D)],
            [s("HOST: The estimates differ: a medical team writing in The Lancet gave 500,000 to 800,000, while a "
               "later study counted around one million between 14 and 20 July.", S)],
            [s("PATRICK: And cholera killed nearly fifty thousand of them in the first month.", D)],
            [s("HOST: That is the Goma Epidemiology Group's figure; Médecins Sans Frontières suggested that up "
               "to 80,000 may have died in the camps.", S)],
            [s("ESTHER (Kigali): My uncle always says the UN sent five thousand five hundred extra peacekeepers "
               "in April, as soon as the killing started.", C)],
            [s("HOST: Sadly it went the other way: on 21 April the Security Council cut UNAMIR to about 270 "
               "people.", S),
             s("HOST: An expanded force of 5,500 was only authorised on 17 May, together with an arms "
               "embargo.", S)],
            [s("ESTHER: My grandmother is buried at the Gisozi memorial, with more than 250,000 others.", N)],
            [s("INNOCENT (Nyanza): I heard the tribunal in Arusha convicted ninety-three people.", C)],
            [s("HOST: Ninety-three were indicted, Innocent; sixty-one were convicted and fourteen "
               "acquitted.", S)],
            [s("INNOCENT: So who shot down the plane?")],
            [s("HOST: No court has ever established it; the French investigation ended in a dismissal that the "
               "Cour de cassation made final in February 2022.", S)],
            [s("CLAUDINE (Karongi): Our parish priest says more than a million people were killed.", D)],
            [s("HOST: Human Rights Watch concluded in 1999 that at least half a million were killed, and the "
               "government's census of victims counted 1,074,017.", S),
             s("HOST: Tomorrow night we will talk about the Flame of Hope at Gisozi, which burns for a hundred "
               "days.", N),
             s("HOST: Thank you all for calling.")],
        ],
    },
    # 2. Obituary of Théoneste Bagosora (outlet invented). Hard negative: his own denial is quoted (reported).
    {
        "doc": "obituary-bagosora.txt",
        "title": "Théoneste Bagosora: the colonel at the centre of the Military I case",
        "genre": "obituary",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Théoneste Bagosora: the colonel at the centre of the Military I case")],
            [s("Théoneste Bagosora, the former army colonel whom the International Criminal Tribunal for Rwanda "
               "found guilty of genocide, died on Saturday 25 September 2021 in a clinic in Bamako, Mali, where he "
               "was serving his sentence; he was eighty and had been treated for heart trouble.", N),
             s("Born on 16 August 1941 in the north-west, he was appointed directeur de cabinet at the Ministry "
               "of Defence in June 1992.", N),
             s("According to the tribunal, he announced in 1993 that he was going home to prepare \"the "
               "apocalypse\".", N)],
            [s("On the night of 6 April 1994, after the president's plane was shot down, he dominated a meeting "
               "of senior officers even though others in the room outranked him.", S),
             s("He refused, Roméo Dallaire later testified, to accept the authority of Prime Minister Agathe "
               "Uwilingiyimana.", S),
             s("She was killed with her husband the next day, and the ten Belgian peacekeepers who had been sent "
               "to guard her were murdered at a military camp in Kigali.", S)],
            [s("In the hundred days that followed, some 800,000 people were killed.", D),
             s("Most of them were Tutsi, a group that made up about one Rwandan in seven on the eve of the "
               "genocide.", D),
             s("At least 250,000 women were raped.", D),
             s("When the army collapsed in July its officers crossed into Zaire with the refugees, among whom "
               "cholera and dysentery killed close to 80,000 around Goma.", D)],
            [s("Bagosora fled into exile and was arrested in Yaoundé, Cameroon, on 9 March 1996.", N),
             s("The Military I trial, in which he was tried with three other senior officers, opened in Arusha in "
               "April 2002.", N),
             s("On 18 December 2008 the Trial Chamber convicted him of genocide, crimes against humanity and war "
               "crimes and sentenced him to life imprisonment.", S),
             s("The judges acquitted him, like his co-accused, of conspiracy to commit genocide before 7 April "
               "1994.", N),
             s("Of the co-accused, Gratien Kabiligi was acquitted outright, while Aloys Ntabakuze and Anatole "
               "Nsengiyumva received life terms.", S),
             s("On appeal, in December 2011, the genocide conviction was set aside, and his sentence became "
               "thirty-five years for crimes against humanity alone.", C)],
            [rep("He pleaded not guilty, and in June 2008 he asked the judges to \"rehabilitate\" him, calling "
                 "himself the victim of \"a wretched campaign\" waged by the Rwandan Patriotic Front.", N,
                 "fabrication", "attack_on_witnesses"),
             rep("At the time of his conviction, RFI reported, he still refused to describe the killings of 1994 "
                 "as genocide.", N, "definitional_denial"),
             s("The Tribunal itself had found, in its first judgment in 1998, that genocide was committed against "
               "the Tutsi in Rwanda in 1994.", S)],
            [s("In 2019 French media reported a French intelligence note of September 1994 that named him among "
               "the main sponsors of the attack on the plane; no court ever ruled on that allegation.", N),
             s("Dallaire, the UN force commander of 1994, once called him the \"kingpin\" of the killings.", N),
             s("He was one of sixty-one people the tribunal convicted before it closed in 2015.", S)],
        ],
    },
    # 3. Policy brief on the refugee crisis 1994-1996 (think tank invented). Hard negative: RPA killings documented,
    #    camp propaganda quoted (reported).
    {
        "doc": "policy-brief-great-lakes-refugees.txt",
        "title": "Policy brief: what the Great Lakes refugee crisis of 1994-1996 still teaches",
        "genre": "policy brief",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Policy brief: what the Great Lakes refugee crisis of 1994–1996 still teaches")],
            [s("By early August 1994 some two million Rwandans, most of them Hutu, were refugees in neighbouring "
               "countries, according to contemporary press reports.", S),
             s("The first great wave left at the end of April, when UNHCR counted more than 250,000 people "
               "crossing into Ngara, Tanzania, within twenty-four hours.", S),
             s("The second, in mid-July, took the defeated army, the militias and the administration that had "
               "organised the genocide into North Kivu together with the civilians.", S),
             s("The genocide had left 95,000 children orphaned inside Rwanda.", D)],
            [s("Within days, a million people were crowded around Goma.", D),
             s("Cholera peaked on 26 July; with dysentery it killed almost 50,000 people in the first month, "
               "according to the Goma Epidemiology Group.", S),
             s("The decisive failure was political: the authorities responsible for the genocide quickly "
               "re-established their hold over the camp population, as Human Rights Watch reported.", S),
             rep("Former officials spread stories that the RPF was killing Hutu who went home; a former local "
                 "leader told the Los Angeles Times in July 1994 that \"the people will be all killed if they go "
                 "home\".", N, "accusation_in_mirror"),
             s("In November 1994 Médecins Sans Frontières warned that refugees who wished to go home were being "
               "threatened and killed by the militia.", N)],
            [s("The new army had its own record: experts working for UNHCR estimated that RPA soldiers killed "
               "25,000 to 45,000 people between April and August 1994.", S),
             s("In our assessment the true figure ran to several tens of thousands.", D),
             s("Camps for displaced people were closed by force: at Kibeho, on 22 April 1995, RPA soldiers fired "
               "on a crowd of displaced people.", S),
             s("The government counted 338 dead; Australian soldiers serving with UNAMIR estimated at least "
               "4,000.", S),
             s("The most careful estimates put the dead at about 2,000.", D)],
            [s("In August 1995 Zaire lost patience: from the 19th its troops forcibly returned more than 15,000 "
               "refugees from North Kivu, until UNHCR pressure halted the operation three days later.", N),
             s("On the night of 25 to 26 October 1996, AFDL and Rwandan army units shelled Kibumba camp, the "
               "first near Goma to fall, and some 194,000 people fled it.", N),
             s("From 15 November 1996, more than 500,000 refugees walked back into Rwanda from the Goma area in "
               "five days.", N),
             s("In Tanzania, the government and UNHCR declared on 5 December 1996 that all Rwandan refugees were "
               "expected to return home by the end of the year.", N),
             s("Those who fled deeper into Zaire were hunted; the UN Mapping Report, published on 1 October "
               "2010, said that the attacks on Hutu refugees might, if proven before a competent court, be "
               "characterised as crimes of genocide.", N)],
            [s("The Security Council had already wound up UNAMIR by the end of 1994, so no peacekeepers were "
               "left to watch over returns.", C),
             s("Opération Turquoise, which had held the south-west until late September 1994, left camps behind "
               "that no force was mandated to protect.", C)],
            [s("Recommendation 1: separate armed elements and suspected organisers from civilians in the first "
               "week of any influx."),
             s("Recommendation 2: fund protection, not only water and food."),
             s("Recommendation 3: treat crimes by every army, including the one that stopped the genocide, as "
               "matters for courts.")],
        ],
    },
    # 4. Fact check of a viral post (outlet invented). Hard negative: the post's claims are quoted (reported).
    {
        "doc": "factcheck-viral-post.txt",
        "title": "Fact check: a viral post about Rwanda in 1994 recycles six falsehoods",
        "genre": "fact-check article",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Fact check: a viral post about Rwanda in 1994 recycles six falsehoods")],
            [rep("A post shared tens of thousands of times this week promises \"the truth they hid from you "
                 "about Rwanda\".", None, "fabrication"),
             s("We checked its main claims against UN documents, court records and published research.")],
            [rep("Claim: \"Barely 50,000 people died, and most of them were soldiers.\"", C, "minimisation"),
             s("Rating: false."),
             s("The UN Commission of Experts estimated in December 1994 that some 500,000 unarmed civilians had "
               "been murdered, warning that the number might be too low.", S),
             s("Human Rights Watch concluded in 1999 that at least half a million people had been killed, about "
               "three quarters of Rwanda's Tutsi.", S),
             s("The true toll is almost certainly well above half a million.", D)],
            [rep("Claim: \"There was no plan: peasants lashed out in spontaneous anger after the president "
                 "died.\"", C, "spontaneity"),
             s("The Commission of Experts found that the genocide had been carried out in a concerted, planned, "
               "systematic and methodical way.", S)],
            [rep("Claim: \"The RPF killed more Hutu than the Hutu killed Tutsi, so there were two "
                 "genocides.\"", C, "double_genocide"),
             s("The crimes of RPF soldiers are documented: a UNHCR team estimated 25,000 to 45,000 people killed "
               "between April and August 1994, and a former interior minister later spoke of 60,000.", S),
             s("Those are grave crimes, but the Commission also found no evidence that crimes by the Tutsi side "
               "were meant to destroy the Hutu as a group.", S)],
            [rep("Claim: \"French judges proved that Kagame's men shot down the plane.\"", C, "blame_shifting"),
             s("French investigating judges in fact dismissed the case against the nine people close to Kagame "
               "in December 2018 for lack of sufficient charges, and the dismissal became final on 15 February "
               "2022.", S)],
            [rep("Claim: \"The Arusha tribunal was a show court that convicted everyone put in front of it.\"", C,
                 "attack_on_witnesses"),
             s("The tribunal acquitted fourteen people, among them Gratien Kabiligi, the army's head of military "
               "operations, and Augustin Ndindiliyimana, chief of staff of the gendarmerie.", S),
             s("It is fair to criticise the tribunal for never prosecuting a member of the RPF, as Human Rights "
               "Watch did in December 2008, but that criticism does not make the convictions false.", S)],
            [rep("Claim: \"Survivors made up their stories to get compensation.\"", None, "attack_on_witnesses",
                 "fabrication"),
             s("The convictions do not rest on testimony alone: Jean Kambanda, the interim prime minister, "
               "pleaded guilty to genocide.", S)],
            [rep("Claim: the post calls the cable in which General Roméo Dallaire warned New York of an "
                 "extermination plan, dated 11 January 1994, \"a forgery\".", N, "fabrication"),
             s("The cable is authentic: the US National Security Archive published it, with the informant's "
               "statement to tribunal investigators, in January 2014.", N)],
            [s("Documenting the killings by RPF soldiers, at Kibeho in April 1995 or elsewhere, is part of the "
               "historical record and not denial.", S),
             s("At Kibeho alone, about 2,000 people may have died.", D),
             s("Our rating for the post as a whole: false.")],
        ],
    },
    # 5. Timeline listicle "25 dates" (site invented): many dates, four of them wrong.
    {
        "doc": "timeline-25-dates.txt",
        "title": "Twenty-five dates to know about the genocide against the Tutsi",
        "genre": "timeline listicle",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Twenty-five dates to know about the genocide against the Tutsi")],
            [s("1 October 1990 – The Rwandan Patriotic Front, formed mostly of Tutsi refugees, attacks northern "
               "Rwanda from Uganda.", S)],
            [s("December 1990 – The extremist paper Kangura publishes the \"Hutu Ten Commandments\".", N)],
            [s("8 July 1993 – Radio Télévision Libre des Mille Collines begins broadcasting.", N)],
            [s("4 August 1993 – In Arusha, President Habyarimana and RPF chairman Alexis Kanyarengwe sign the "
               "peace agreement.", S)],
            [s("5 October 1993 – Resolution 872 creates UNAMIR, with an authorised strength of 2,500.", S)],
            [s("21 October 1993 – Burundi's first Hutu president, Melchior Ndadaye, is assassinated.", N)],
            [s("11 January 1994 – General Dallaire's cable to New York reports an informant's warning of an "
               "extermination plan.", N)],
            [s("6 April 1994 – Hutu extremists shoot down the plane carrying Habyarimana as it approaches "
               "Kigali.", D)],
            [s("7 April 1994 – Ten French peacekeepers are murdered along with Prime Minister Agathe "
               "Uwilingiyimana.", C)],
            [s("21 April 1994 – Resolution 912 cuts UNAMIR to about 270 personnel.", S)],
            [s("17 May 1994 – Resolution 918 imposes an arms embargo and authorises up to 5,500 troops.", S)],
            [s("5 June 1994 – RPF soldiers kill thirteen clergy, among them the Archbishop of Kigali, near "
               "Kabgayi.", D)],
            [s("22 June 1994 – The Security Council unanimously authorises Opération Turquoise.", C)],
            [s("4 July 1994 – The RPF takes Kigali.", S)],
            [s("18 July 1994 – RPF troops seize Gisenyi, on the border with Zaire.", D)],
            [s("19 July 1994 – A government of national unity takes office, with Pasteur Bizimungu as "
               "president.", S)],
            [s("21 August 1994 – The last French soldiers leave the safe humanitarian zone.", S)],
            [s("8 November 1994 – Resolution 955, adopted without a single vote against, creates the ICTR.", C)],
            [s("22 April 1995 – RPA soldiers fire on displaced people at the Kibeho camp.", S)],
            [s("2 September 1998 – Jean-Paul Akayesu becomes the first person convicted of genocide by an "
               "international court.", S)],
            [s("23 December 2003 and 26 January 2018 – The UN General Assembly makes 7 April a day of "
               "reflection, then renames it for the genocide against the Tutsi.", N)],
            [s("18 June 2012 – Rwanda's gacaca courts close after 1,958,634 cases.", S)],
            [s("31 December 2014 – The ICTR shuts its doors after two decades.", C)],
            [s("15 February 2022 – France's Cour de cassation closes the investigation into the attack on the "
               "plane.", S)],
        ],
    },
    # 6. Review essay on an invented book about gacaca and RPF impunity. Hard negative (critical of the courts and of
    #    the Rwandan government; "victor's justice" only mentioned).
    {
        "doc": "review-essay-gacaca-impunity.txt",
        "title": "Review essay: justice on the grass, and the cases it left out",
        "genre": "book review essay",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Review essay: justice on the grass, and the cases it left out")],
            [s("Miriam Halvorsen's Grass and Silence sets out to weigh Rwanda's community courts against the "
               "crimes they were never allowed to hear."),
             s("Her starting point is scale: by the time the gacaca courts closed on 18 June 2012 they had tried "
               "1,958,634 cases, according to the national gacaca service.", S),
             s("Most of those, 1,320,554, concerned offences against property.", S),
             s("The genocide they were built to judge had killed, on the most careful demographic estimates, well "
               "over half a million Tutsi.", D)],
            [s("Human Rights Watch, which counted just over 12,000 courts in 2011, documented corruption and "
               "procedural irregularities alongside real achievements.", S),
             s("The justice minister's claim that ordinary courts would have needed more than three hundred years "
               "is quoted fairly.", S),
             s("The book's second theme is what gacaca excluded: crimes committed by soldiers of the Rwandan "
               "Patriotic Front.", S)],
            [s("Experts working for UNHCR estimated that RPA soldiers killed between 25,000 and 45,000 people from "
               "April to August 1994.", S),
             s("In 1994 alone, RPF soldiers killed tens of thousands of civilians.", D),
             s("Only a handful of cases reached Rwandan military courts: in the Kabgayi case, two captains who "
               "had confessed were convicted in October 2008, and a general and a major were acquitted.", S),
             s("On appeal the two captains' eight-year sentences were halved.", C),
             s("The military said in 2008 that it had prosecuted forty-three soldiers since 1994.", S)],
            [s("At the international level the record is simpler: the ICTR indicted no member of the RPF.", S),
             s("Halvorsen devotes a chapter to Carla Del Ponte, whom the Security Council removed as the "
               "tribunal's prosecutor in August 2003; Del Ponte said Kigali had lobbied against her because she "
               "intended to investigate reprisal killings by its army.", N),
             s("Her successor, Hassan Bubacar Jallow, left the Kabgayi case to Rwanda and monitored the "
               "trial.", S)],
            [s("The chapter on Kibeho is the strongest: the author sets the government's 338 dead beside the "
               "Australian soldiers' \"at least 4,000\" and concludes, convincingly, that the dead numbered in the "
               "thousands.", D),
             s("Less convincing is her use of the phrase \"victor's justice\", which she borrows from the "
               "tribunal's critics and then tests rather than adopts."),
             s("She is right that insisting on justice for the RPF's victims does not deny the genocide: the "
               "Commission of Experts itself asked in 1994 that those responsible be brought before an "
               "independent and impartial tribunal.", S)],
            [s("A final chapter on free speech discusses the 2008 law on \"genocide ideology\", which Amnesty "
               "International said in 2010 was so vaguely worded that most Rwandans chose to stay silent.", N),
             s("The courts' work ended in 2015, the same year as the Arusha tribunal's.", C),
             s("The book also recalls that Rwanda abolished the death penalty in 2003, five years after the "
               "public executions of 1998.", C),
             s("Twenty-two people were shot in public on 24 April 1998.", S)],
            [s("Grass and Silence is not a comfortable book for anyone, which is its merit."),
             s("Neither the scale of the genocide nor the crimes of the RPF are diminished by being written down "
               "side by side.")],
        ],
    },
    # 7. Speech by an invented ambassador at a UN commemoration (own voice, acknowledges).
    {
        "doc": "speech-un-commemoration.txt",
        "title": "Statement at the commemoration of the International Day of Reflection",
        "genre": "commemoration speech",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Mr President, Excellencies, survivors, friends.")],
            [s("On the night of 6 April 1994 the aircraft carrying President Habyarimana was shot down over "
               "Kigali, and within hours soldiers and militiamen were hunting down Tutsi and opposition "
               "politicians in the capital.", S),
             s("In the hundred days that followed, more than a million people were murdered.", D),
             s("At least a quarter of a million women and girls were raped, and some 95,000 children were left "
               "without parents.", D)],
            [s("We gather on 7 April because this Assembly, by resolution 58/234 of 23 December 2003, made it a "
               "day of reflection.", N),
             s("Since January 2018 the day has carried its accurate name: the International Day of Reflection on "
               "the 1994 Genocide against the Tutsi in Rwanda.", N),
             s("We also remember the Hutu and others who were killed because they opposed the killing.", S)],
            [s("This Organisation had been warned."),
             s("Months before the killing, the force commander, General Roméo Dallaire, passed on an informant's "
               "account of hidden weapons and of a plan to kill Belgian peacekeepers, and headquarters told him he "
               "had no authority to act on it.", S),
             s("Once the killing began, the Security Council reduced UNAMIR to some 270 personnel on 21 "
               "April.", S),
             s("It then took until the end of June for the Council to authorise the 5,500 troops who might have "
               "stopped it.", C),
             s("In those months Rwanda itself held a seat on the Security Council, occupied by representatives of "
               "the government that was organising the genocide.", N),
             s("The independent inquiry commissioned later found that approximately 800,000 people had been "
               "killed over about a hundred days.", S)],
            [s("Leaders have since acknowledged what was not done."),
             s("At Kigali airport on 25 March 1998, President Bill Clinton said that the international community "
               "\"did not act quickly enough after the killing began\".", N),
             s("On 7 April 2000, Belgium's Prime Minister Guy Verhofstadt asked Rwandans' forgiveness in the name "
               "of his country.", N),
             s("On 7 April 2004, Secretary-General Kofi Annan launched an action plan to prevent genocide and "
               "announced that he would appoint a special adviser for that purpose.", N)],
            [s("Justice came slowly."),
             s("The International Criminal Tribunal for Rwanda, established on 8 November 1994, sentenced Jean "
               "Kambanda, the interim prime minister, to life imprisonment after he pleaded guilty.", S),
             s("It went on to convict ninety-three people before it closed at the end of 2015.", C),
             s("It never prosecuted a member of the Rwandan Patriotic Front, and the civilians killed by RPF "
               "soldiers also deserve to be named.", S)],
            [s("Denial did not die with the defeat of the génocidaires."),
             s("It survives in talk of a \"double genocide\", which the Commission of Experts answered as early as "
               "December 1994, when it found no evidence that crimes committed by the Tutsi side were aimed at "
               "destroying the Hutu as a group.", S),
             s("My delegation will support the work of the Special Adviser in the coming budget."),
             s("We remember.")],
        ],
    },
    # 8. French interview (Q&A) with an invented historian on Turquoise and the Duclert report. Hard negative:
    #    critical of the French state, RPF crimes named, "double génocide" only mentioned to be rejected.
    {
        "doc": "entretien-fr-turquoise-duclert.txt",
        "title": fr("« Turquoise a sauvé des vies, mais elle a aussi couvert une fuite » : entretien avec l'historienne "
                 "Hélène Mercadier"),
        "genre": "entretien (questions-réponses)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [sf("« Turquoise a sauvé des vies, mais elle a aussi couvert une fuite » : entretien avec "
                "l'historienne Hélène Mercadier")],
            [sf("Dans quel cadre l'opération Turquoise est-elle lancée ?")],
            [sf("Elle est autorisée le 22 juin 1994 par la résolution 929 du Conseil de sécurité, adoptée par dix "
                "voix et cinq abstentions, au titre du chapitre VII.", S),
             sf("Quelque 2 500 militaires français y participent, aux côtés de contingents africains.", S),
             sf("Le 5 juillet, ils proclament une « zone humanitaire sûre » dans le sud-ouest, entre Cyangugu, "
                "Kibuye et Gikongoro.", S)],
            [sf("Quel épisode reste le plus controversé ?")],
            [sf("Bisesero, sans hésiter : le 27 juin 1994, des commandos français découvrent des rescapés tutsi "
                "sur ces collines, mais ne reviennent les évacuer que le 30 juin.", N),
             sf("Entre-temps, des centaines de Tutsi y sont encore tués par les miliciens.", N)],
            [sf("La zone a-t-elle servi de couloir de fuite ?")],
            [sf("En partie : quand le FPR atteint Gisenyi, le 16 juillet, des centaines de milliers de personnes, "
                "parmi lesquelles des soldats et des responsables du génocide, passent à Goma.", D),
             sf("Les derniers soldats de Turquoise quittent la zone le 21 août 1994, relevés par environ 2 400 "
                "Casques bleus africains de la MINUAR.", S)],
            [sf("Que retenez-vous du rapport Duclert ?")],
            [sf("Emmanuel Macron a confié le 5 avril 2019 à Vincent Duclert la présidence d'une commission "
                "d'historiens chargée d'examiner les archives françaises.", N),
             sf("Le rapport lui a été remis le 26 mars 2021.", S),
             sf("Il conclut à des « responsabilités lourdes et accablantes » de la France, tout en écartant la "
                "complicité au sens juridique.", S),
             sf("Le rapport Muse, commandé par Kigali et rendu public le 19 avril 2021, va plus loin : selon lui, "
                "l'État français « porte une lourde responsabilité pour avoir rendu possible un génocide "
                "prévisible ».", N),
             sf("Le 27 mai 2021, au mémorial de Gisozi, Emmanuel Macron a dit venir « reconnaître nos "
                "responsabilités », sans présenter d'excuses.", N)],
            [sf("Et l'attentat du 6 avril ?")],
            [sf("L'instruction française, ouverte en 1998 sur plainte des familles de l'équipage, s'est terminée "
                "par un non-lieu, confirmé en appel en 2020 puis par la Cour de cassation le 15 février 2022.", S),
             sf("Le juge Bruguière avait délivré ses mandats d'arrêt dès 2004, ce qui avait entraîné la rupture "
                "des relations diplomatiques.", C)],
            [sf("Certains parlent encore de « double génocide ».")],
            [sf("Rien ne l'étaye : dès décembre 1994, la Commission d'experts de l'ONU relevait des crimes contre "
                "l'humanité commis par des individus des deux camps, mais aucune intention de détruire les Hutu en "
                "tant que groupe.", S),
             sf("Les crimes du FPR sont pourtant réels, du massacre de Kibeho, le 22 avril 1995, aux tueries de "
                "1994 que l'APR a commises et qui ont fait, selon moi, plusieurs dizaines de milliers de "
                "morts.", D),
             sf("Le TPIR n'en a jugé aucun.", S),
             sf("Rien de cela n'efface le fait central : en cent jours, plus d'un million de Tutsi ont été "
                "assassinés.", D)],
        ],
    },
    # 9. FIXTURE (French): comment thread under a video - cui bono, blame shifting, fabrication. Own voice.
    {
        "doc": "fixture-denial-fr-fil-commentaires-video.txt",
        "title": "Commentaires sous une vidéo sur l'attentat du 6 avril 1994",
        "genre": "fil de commentaires sous une vidéo (fixture)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [ownf("kivu_vrai : Posez-vous la seule question qui vaille : à qui profitait l'attentat du 6 avril "
                  "1994 ?", None, "blame_shifting"),
             ownf("Au FPR, qui a abattu l'avion pour prendre le pouvoir ; tout le reste n'est que mise en "
                  "scène.", D, "blame_shifting", "fabrication")],
            [ownf("lea_1994 : Exactement, le juge français l'avait prouvé avant que Paris n'enterre le dossier "
                  "pour plaire à Kigali.", C, "blame_shifting", "fabrication"),
             ownf("Et les massacres, ce sont les infiltrés du FPR qui les ont commis pour faire accuser les "
                  "Hutu.", C, "blame_shifting", "role_reversal")],
            [ownf("mwami_b : Les prétendus « témoins » d'Arusha étaient payés et récitaient des textes écrits à "
                  "Kigali.", None, "attack_on_witnesses", "fabrication"),
             ownf("Le chiffre d'un million a été inventé par le régime : il n'y a pas eu plus de 100 000 morts, "
                  "toutes ethnies confondues.", C, "fabrication", "minimisation")],
            [ownf("kivu_vrai : Même la commission de l'ONU n'a jamais parlé d'un génocide planifié, "
                  "renseignez-vous.", C, "definitional_denial"),
             sf("Partagez la vidéo avant qu'elle disparaisse.")],
        ],
    },
    # 10. FIXTURE: pamphlet "the other side of the story" - spontaneity, minimisation, double genocide. Own voice.
    {
        "doc": "fixture-denial-pamphlet-other-side.txt",
        "title": "The other side of the story",
        "genre": "pamphlet (fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("THE OTHER SIDE OF THE STORY: what they never tell you about Rwanda in 1994", None,
                 "fabrication")],
            [own("When the president's plane was brought down, grief and fear boiled over into clashes between "
                 "neighbours that nobody had planned.", C, "spontaneity"),
             own("It was chaotic, local and brief, the work of frightened villagers and not of any "
                 "government.", C, "spontaneity"),
             own("Serious researchers put the dead at a few tens of thousands on each side.", C, "minimisation",
                 "double_genocide")],
            [own("The RPF, meanwhile, slaughtered Hutu civilians on at least the same scale, so if there was a "
                 "genocide at all, there were two.", C, "double_genocide", "definitional_denial"),
             own("The famous figure of 800,000 was dreamed up by the victors to win sympathy abroad.", C,
                 "fabrication", "minimisation"),
             own("Ask yourself why the so-called genocide trials only ever judged one side.", None,
                 "definitional_denial", "attack_on_witnesses")],
            [s("Read it, copy it, pass it on.")],
        ],
    },
    # 11. FIXTURE: speech in the style of an extremist rally - dehumanisation, accusation in a mirror, call to
    #     action. Own voice; kept short.
    {
        "doc": "fixture-denial-rally-speech.txt",
        "title": "Rally speech",
        "genre": "rally speech (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("Brothers and sisters, the cockroaches have crept back into our hills.", None, "dehumanisation"),
             own("They are sharpening their knives and writing lists to wipe us out, as they always planned.",
                 None, "accusation_in_mirror"),
             own("In 1994 it was they who attacked us, and we only defended our families.", C, "role_reversal",
                 "justification"),
             own("A snake that sleeps is still a snake.", None, "dehumanisation")],
            [own("Do not wait for them to strike first.", None, "call_to_action", "accusation_in_mirror"),
             own("Clear every hill before they clear you from it.", None, "call_to_action"),
             own("Whoever shelters them will share their fate.", None, "call_to_action"),
             own("Finish the work that was left undone.", None, "call_to_action")],
        ],
    },
    # 12. COMPOSITE FIXTURE: a genuine-looking news feature whose closing "analysis" paragraph is denial.
    {
        "doc": "fixture-denial-composite-news-feature.txt",
        "title": "Reburial at Ngoma parish",
        "genre": "news feature with an analysis paragraph (composite fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("NGOMA, Huye district — Survivors and relatives gathered at the parish on Saturday to rebury "
               "remains recovered this year from a hillside pit."),
             s("In Ngoma, as across the country, the killing lasted about a hundred days and claimed, by the most "
               "common estimate, some 800,000 lives.", D),
             s("In June 2011 the ICTR's Trial Chamber sentenced Joseph Kanyabashi, the former bourgmestre of "
               "Ngoma, to 35 years in prison, a term the Appeals Chamber reduced to 20 years in December "
               "2015.", S),
             s("Nationwide, Rwanda's gacaca courts tried 1,958,634 genocide-related cases before closing in June "
               "2012.", S)],
            [own("Analysis: the \"genocide\" story repeated at such ceremonies is a political product.", None,
                 "definitional_denial", "fabrication"),
             own("Most of those who died were casualties of a civil war that both armies fought without mercy.",
                 C, "definitional_denial", "double_genocide"),
             own("No independent count has ever found more than 100,000 dead.", C, "minimisation",
                 "fabrication"),
             own("The verdicts handed down in Arusha tell us who won the war, not what happened.", None,
                 "attack_on_witnesses")],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
