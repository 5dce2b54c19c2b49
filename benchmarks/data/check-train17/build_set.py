"""Source of the TRAINING labelled set check-train17 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train17/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train17/build_set.py --check  # validate the files already written

A training set, written blind: its rows are meant to train the checker's learned layers; it is not a measure of
unseen text. New genres (a documentary voice-over script on the hundred days, an encyclopedia-style entry on UNAMIR
and its mandate changes, a tribunal-monitoring NGO's fact sheet on ICTR outcomes critical of the prosecutor, an
investigative article on RPA killings at Kabgayi and elsewhere, a linguistics paper on the vocabulary of Kangura and
RTLM, a letters-to-the-editor page, a policy brief on early warning in 1993-1994, a French popular-history article on
Operation Turquoise, and four short fixtures: a French chat thread, a "research group" pamphlet, comments under a
video, and a lecture transcript that turns into denial). Its author did not read the detectors, their rules,
exemplars or training data, nor any other set's documents, labels, README or build script (only
benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, the first 40 lines of
the check-blind5 build script and the check-blind5 README as templates, and the list TECHNIQUES in
src/factfinder/check/model.py). Verdicts were decided against the record alone: examples/ (FACTS.md and the sample
documents), src/factfinder/data/reference/rwanda1994_figures.yaml with its README, and the proceedings CSV. Do not
copy these sentences into rules or exemplars used for measurement, and do not report scores on this set as
generalisation.

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

NB = "\u00a0"    # no-break space (French punctuation, guillemets)
NN = "\u202f"    # narrow no-break space (French thousands separator)


def fr(text: str) -> str:
    """French typography: no-break space before ; : ! ? and inside guillemets."""
    for mark in (" ;", " :", " !", " ?", " »"):
        text = text.replace(mark, NB + mark[1:])
    return text.replace("« ", "«" + NB)


DOCS: list[dict] = [
    # 1. Documentary voice-over script (invented production; narrator unnamed). Hard negative: RPF killings
    #    documented, hate media named, no own-voice technique.
    {
        "doc": "documentary-hundred-days-voiceover.txt",
        "title": "The Hundred Days: narration script, reel one",
        "genre": "documentary film voice-over script",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("THE HUNDRED DAYS: narration script, reel one (fourth draft)"),
            ],
            [
                s("[Fade in: dawn over the hills south of Kigali. No music.]"),
            ],
            [
                s("NARRATOR: On the evening of 6 April 1994, a jet bringing President Juvénal Habyarimana back from "
                  "a regional summit in Tanzania was hit as it descended towards Kigali airport.", S),
                s("Everyone on board died, Burundi's president Cyprien Ntaryamira among them.", S),
                s("Who fired on the plane is, to this day, a question no court has answered.", S),
                s("Within hours, roadblocks had gone up across the capital.", S),
            ],
            [
                s("The words had come first: the magazine Kangura, launched in May 1990, and the radio station RTLM, "
                  "broadcasting from July 1993, had spent years teaching their audience to see Tutsi neighbours as "
                  "the enemy.", N),
                s("On the morning of the seventh, soldiers murdered the prime minister, Agathe Uwilingiyimana.", S),
                s("The ten Belgian peacekeepers sent to protect her were disarmed, driven to a camp in the city and "
                  "killed that same day.", S),
            ],
            [
                s("[Slow track along the nave of a brick church.]"),
            ],
            [
                s("At Ntarama, south of the capital, more than five thousand people who had crowded into the church "
                  "and its grounds were slaughtered in the middle of April.", N),
                s("At Nyange, in Kibuye, the church itself was knocked down on top of some two thousand refugees.", S),
                s("In New York, on 21 April, the Security Council voted unanimously to cut the UN force in Rwanda to "
                  "about two hundred and seventy.", S),
                s("By the end of that month, a quarter of a million people had poured across the Tanzanian border "
                  "in a single day and night.", S),
            ],
            [
                s("[Map: arrows sweep from the north-east towards Kigali.]"),
            ],
            [
                s("The Rwandan Patriotic Front, at war with the government since it crossed from Uganda in October "
                  "1990, pushed towards the capital.", S),
                s("Its fighters took Kigali on 14 July.", C),
                s("This film will not leave out what some of them did along the way: Human Rights Watch found that "
                  "RPF soldiers may have killed tens of thousands of civilians between April and July.", S),
                s("The film's researchers put the figure nearer 45,000.", D),
                s("When the RPF reached the border town of Gisenyi on 18 July, a million people were already "
                  "streaming into Zaire.", D),
            ],
            [
                s("How many were murdered in those hundred days?"),
                s("Our answer is close to a million, the overwhelming majority of them Tutsi.", D),
                s("Human Rights Watch, counting only what it could document, put the toll at no fewer than half a "
                  "million, roughly three quarters of Rwanda's Tutsi.", S),
                s("Above Kigali, the memorial at Gisozi, opened in April 2004, holds the remains of more than "
                  "250,000 people.", N),
                s("Each year on 7 April the United Nations marks the International Day of Reflection on the 1994 "
                  "Genocide against the Tutsi, the title the General Assembly gave it in January 2018.", N),
            ],
        ],
    },
    # 2. Encyclopedia-style entry (invented reference work) with three honest errors.
    {
        "doc": "encyclopedia-unamir-entry.txt",
        "title": "United Nations Assistance Mission for Rwanda (encyclopedia entry)",
        "genre": "encyclopedia entry",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("United Nations Assistance Mission for Rwanda")],
            [
                s("The United Nations Assistance Mission for Rwanda (UNAMIR, in French MINUAR) was a peacekeeping "
                  "operation established by Security Council resolution 872 of 5 October 1993 to help carry out the "
                  "Arusha Peace Agreement signed two months earlier.", S),
                s("Its authorised strength at creation was 5,500 personnel.", C),
                s("The agreement it was to support provided for a broad-based transitional government, the return "
                  "of refugees and a single army formed from both sides.", S),
                s("Political direction rested with the Secretary-General's special representative, the Cameroonian "
                  "diplomat Jacques-Roger Booh-Booh, until July 1994.", N),
                s("The force itself was commanded by the Canadian general Roméo Dallaire from October 1993 until "
                  "August 1994.", S),
                s("Before April 1994 an informant told the mission about hidden stocks of weapons and a plan to kill "
                  "Belgian soldiers.", S),
                s("Dallaire's coded cable on the subject is dated 11 January 1994, and the reply sent the same day "
                  "from Kofi Annan's peacekeeping department refused the raid he proposed as beyond the mandate.", N),
            ],
            [
                s("April to July 1994"),
            ],
            [
                s("Belgium, whose ten soldiers had been killed on 7 April, announced on 14 April that it would "
                  "withdraw its contingent.", N),
                s("On 21 April resolution 912 reduced the mission to about 270 personnel.", S),
                s("While the force shrank, the killing of some 800,000 people went on around it.", D),
                s("Captain Mbaye Diagne, a Senegalese military observer who had rescued the prime minister's "
                  "children, was killed in Kigali on 31 May 1994.", N),
                s("On 17 May resolution 918 had imposed an arms embargo and authorised an expanded force of up to "
                  "5,500.", S),
                s("Resolution 929, adopted unanimously on 22 June, then authorised a temporary French-led operation "
                  "alongside the mission.", C),
                s("In July as many as a million Rwandans fled across the border into Zaire.", D),
            ],
            [
                s("After the genocide"),
            ],
            [
                s("When the last French troops left the south-west on 21 August 1994, some 2,400 African UNAMIR "
                  "soldiers took over the former safe zone.", S),
                s("Resolution 965 of 30 November 1994 extended the mandate to 9 June 1995 and added the security of "
                  "the Rwanda tribunal's personnel to the mission's tasks.", N),
                s("The force stood at 5,740 troops in January 1995.", S),
                s("In April 1995, at Kibeho, Australian soldiers serving with the mission estimated that at least "
                  "4,000 displaced people had been killed by RPA troops; the Rwandan government gave 338.", S),
                s("Resolution 997 of 9 June 1995 turned the mission towards confidence-building and ordered it "
                  "reduced to 2,330 troops within three months.", N),
            ],
            [
                s("Assessment"),
            ],
            [
                s("The Independent Inquiry commissioned by the Secretary-General concluded in December 1999 that "
                  "some 800,000 people had been killed in about 100 days.", S),
                s("Dallaire later testified for the prosecution before the ICTR in the 'Military I' case, in "
                  "January 2006.", C),
            ],
        ],
    },
    # 3. Tribunal-monitoring NGO fact sheet (invented NGO), critical of the prosecutor. Hard negative:
    #    "victor's justice" and the "unplanned" thesis are mentioned, not used.
    {
        "doc": "factsheet-ictr-outcomes-monitor.txt",
        "title": "Fact sheet 9: the ICTR's record, and its prosecutor's blind spot",
        "genre": "tribunal-monitoring NGO fact sheet",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Lakeshore Trial Monitoring Network, Fact sheet 9: the ICTR's record, and its prosecutor's blind "
               "spot")],
            [
                s("The Security Council created the International Criminal Tribunal for Rwanda by resolution 955 on "
                  "8 November 1994, with thirteen votes in favour, one against and one abstention.", S),
                s("Its temporal jurisdiction covered only the calendar year 1994.", S),
                s("Over its lifetime it indicted 93 people, convicted 61 and acquitted 14, and it shut its doors on "
                  "31 December 2015.", S),
                s("Its last appeal judgment, on 14 December 2015, left the former family minister Pauline "
                  "Nyiramasuhuko with 47 years.", S),
            ],
            [
                s("Jean-Paul Akayesu, mayor of Taba, became in September 1998 the first person convicted of genocide "
                  "by an international court, and the Appeals Chamber confirmed his life sentence in June 2001.", S),
                s("Jean Kambanda, prime minister of the interim government, pleaded guilty and received thirty "
                  "years.", C),
                s("In the media case, Ferdinand Nahimana, Jean-Bosco Barayagwiza and Hassan Ngeze ended with "
                  "sentences of 30, 32 and 35 years after the appeal of November 2007.", S),
                s("Théoneste Bagosora's life sentence was upheld in full by the Appeals Chamber in December 2011.", C),
            ],
            [
                s("Acquittals clustered near the top: Gratien Kabiligi in 2008, Protais Zigiranyirazo on appeal in "
                  "2009, the ministers Justin Mugenzi and Prosper Mugiraneza on appeal in 2013, and the gendarmerie "
                  "chief Augustin Ndindiliyimana in 2014.", S),
                s("Of those acquitted, the best known is the former army chief of staff Augustin Bizimungu.", C),
                s("Acquittals of individuals are no evidence that the killings were unplanned: the Tribunal found as "
                  "early as 1998 that genocide had been committed against the Tutsi.", S),
            ],
            [
                s("Not one member of the Rwandan Patriotic Front was ever indicted, although Human Rights Watch "
                  "reported that RPF soldiers may have killed tens of thousands of civilians in 1994.", S),
                s("Experts working for the UN refugee agency put the number killed by RPA soldiers between April and "
                  "August 1994 at 25,000 to 45,000.", S),
                s("Carla Del Ponte, who had opened what she called special investigations into the RPF, was removed "
                  "as the Tribunal's prosecutor by the Security Council on 28 August 2003, and she said Kigali had "
                  "lobbied against her.", N),
                s("Her successor, the Gambian jurist Hassan Bubacar Jallow, took up his duties on 3 October 2003.", N),
                s("In December 2008 Human Rights Watch wrote that the Tribunal had 'not prosecuted even one' of the "
                  "serious RPF crimes of 1994.", S),
                s("Instead, the prosecutor left the Kabgayi killings of June 1994 to a Rwandan military court, which "
                  "in October 2008 acquitted two senior officers and convicted two captains who had confessed.", S),
                s("At Kibeho in April 1995 the same army killed some 2,000 displaced people in a single day, a crime "
                  "outside the Tribunal's 1994 jurisdiction.", D),
                s("Critics call this victor's justice; we prefer the narrower word selectivity, but the pattern is "
                  "the same."),
                s("The pressure ran the other way too: when the Appeals Chamber ordered Barayagwiza freed on "
                  "3 November 1999, Rwanda suspended its cooperation until the decision was revised in March 2000.", N),
            ],
            [
                s("Resolution 1966 of 22 December 2010 set up the Residual Mechanism to finish the tribunals' "
                  "work.", N),
                s("Its best-known fugitive case, that of the businessman Félicien Kabuga, ended on 7 August 2023 with "
                  "an indefinite stay of proceedings and no verdict, after he was found unfit for trial.", S),
                s("In our estimate RPA soldiers killed some 30,000 civilians in 1994, none of whose deaths ever came "
                  "before the Tribunal.", D),
                s("Justice that counts only one side's dead is incomplete, and saying so denies nothing about the "
                  "genocide against the Tutsi."),
            ],
        ],
    },
    # 4. Investigative article on RPA killings (invented outlet). Hard negative: quotes a "second genocide"
    #    slogan in order to reject it.
    {
        "doc": "investigation-rpa-killings-kabgayi.txt",
        "title": "Fifteen graves at Gakurazo: the RPA's killings of 1994 and who answered for them",
        "genre": "investigative magazine article",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Fifteen graves at Gakurazo: the RPA's killings of 1994, and who answered for them")],
            [
                s("Kabgayi, just south of Gitarama, has been the heart of Catholic Rwanda since a mission was "
                  "founded there in 1905, and its cathedral is the oldest in the country.", N),
                s("In April and May 1994 thousands of Tutsi took refuge in its schools, seminaries and hospital, "
                  "and militiamen and soldiers came again and again to take people away to be killed.", N),
                s("RPF troops reached Kabgayi on 2 June 1994, and the refugees who had survived there were "
                  "freed.", N),
            ],
            [
                s("Within days, soldiers of the same army killed fifteen civilians at Gakurazo, near Kabgayi, "
                  "thirteen of them clergy.", S),
                s("Among the dead were the archbishop of Kigali and the bishops of Kabgayi and Byumba.", S),
                s("Church records date the killings to 5 June; the military prosecutors who brought the case in "
                  "2008 placed them on 4 June.", S),
                s("The men were shot on the evening of 5 June.", D),
                s("The RPF's own radio announced the deaths on 8 June.", S),
            ],
            [
                s("Kabgayi was not an isolated event."),
                s("In mid-April 1994, according to Human Rights Watch, RPF soldiers massacred several hundred people "
                  "at the stadium in Byumba.", S),
                s("Amnesty International reported in October 1994 that the RPA's violations from April to August "
                  "included hundreds of deliberate executions.", S),
                s("A team working for UNHCR under Robert Gersony visited 91 sites in 41 communes between 1 August "
                  "and 5 September 1994.", N),
                s("It estimated that RPA soldiers had killed between 25,000 and 45,000 people from April to August, "
                  "but its findings were never published as a report.", S),
                s("A former interior minister of the post-genocide government later put the number killed by RPA "
                  "soldiers up to August 1995 at some 60,000.", S),
                s("In all, RPA soldiers killed tens of thousands of civilians in 1994, a fraction of the genocide's "
                  "toll but no small number.", D),
                s("At Kibeho in April 1996 the same army shot dead thousands of displaced people.", C),
            ],
            [
                s("Who answered for them?"),
                s("In October 2008 a military tribunal in Kigali sentenced two RPA captains who had pleaded guilty, "
                  "John Butera and Dieudonné Rukeba, to eight years, cut to five on appeal in February 2009.", S),
                s("The two senior officers tried with them, Wilson Gumisiriza and Wilson Ukwishaka, were acquitted, "
                  "and the acquittals were upheld.", S),
                s("The army said in 2008 that it had prosecuted 43 soldiers since 1994, and Human Rights Watch "
                  "reported that the killers of about 100 civilians had been brought to trial.", S),
                s("The ICTR indicted two RPA officers for Kabgayi in 2005 before handing the file to Kigali.", C),
            ],
            [
                rep("On some exile websites Kabgayi is now held up as proof of a 'second genocide', this one against "
                    "the Hutu.", C, "double_genocide"),
                s("It is nothing of the kind: the UN Commission of Experts found in 1994 no evidence that acts "
                  "committed by Tutsi elements were meant to destroy the Hutu as a group, and it asked that the "
                  "RPF's crimes be investigated.", S),
                s("Those crimes deserve a courtroom, not a slogan."),
            ],
        ],
    },
    # 5. Linguistics paper (invented author and journal) quoting Kangura and RTLM to analyse them. Hard negative:
    #    every technique is in voice `reported`.
    {
        "doc": "linguistics-paper-kangura-rtlm-lexicon.txt",
        "title": "Naming the neighbour: lexical strategies in Kangura and RTLM, 1990-1994",
        "genre": "linguistics journal article",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Naming the neighbour: lexical strategies in Kangura and RTLM, 1990-1994")],
            [
                s("This paper examines how two outlets named their targets, and how the names changed as the war "
                  "turned into extermination."),
                s("Kangura, edited from its first issue to its last by Hassan Ngeze, appeared in May 1990, three "
                  "years before RTLM went on the air in July 1993.", N),
                s("RTLM's founder, Ferdinand Nahimana, stands convicted of incitement for the station's broadcasts "
                  "after 6 April 1994, with a sentence reduced on appeal to thirty years.", S),
                s("Jean-Bosco Barayagwiza, a founder of the CDR party and a member of RTLM's board, ended with "
                  "thirty-two years.", S),
            ],
            [
                s("The most studied item is inyenzi, 'cockroach', stretched from RPF fighters to Tutsi civilians in "
                  "general."),
                rep(fr("Greeting the young men at a roadblock in late May 1994, a presenter told them in French: "
                       "« Gardez bien le caniveau, pour que demain aucun cafard ne passe ! »"), N,
                    "dehumanisation", "call_to_action"),
                rep("On 2 July 1994 Kantano Habimana called the enemy 'a species [...] of bad people' and added, 'I do "
                    "not want people to misunderstand this and say that I mean Tutsis.'", N, "dehumanisation"),
                s("The disclaimer is part of the technique, not a retraction of it."),
            ],
            [
                rep("Kangura's issue number 6, of December 1990, printed the Ten Commandments of the Bahutu under "
                    "the claim that 'the Batutsi are bloodthirsty and power-hungry and want to impose their "
                    "hegemony on the people of Rwanda using armed force'.", N,
                    "accusation_in_mirror", "dehumanisation"),
                s("The first commandment cast every Tutsi woman as an agent of her ethnic group; during the genocide "
                  "at least a quarter of a million women were raped.", D),
                rep("The eighth reads: 'Hutus must cease having pity for the Tutsi.'", N, "call_to_action"),
                rep("On 15 May 1994 Kantano Habimana told listeners that 'a minority race cannot exterminate the "
                    "majority race', while the minority was being exterminated.", N,
                    "accusation_in_mirror", "role_reversal"),
                rep("His colleague Valérie Bemeriki said on 20 June that the Inyenzi had been 'created to drink "
                    "Rwandan blood and to kill'.", N, "dehumanisation", "accusation_in_mirror"),
                rep("From the morning of 7 April the station blamed the president's death on the RPF and on UNAMIR, "
                    "although the missiles were in all likelihood fired from the Kanombe camp held by government "
                    "troops.", D, "blame_shifting"),
            ],
            [
                s("The pattern predates the radio: at Kabaya on 22 November 1992 Léon Mugesera, an MRND official, "
                  "called for the extermination of the Tutsi.", S),
                rep("He proposed sending them back to 'Ethiopia' by way of the Nyabarongo river, a figure of speech "
                    "that in 1994 became literal.", N, "call_to_action"),
                s("A Rwandan court sentenced him to life in April 2016, after his deportation from Belgium in "
                  "2012.", C),
                s("The singer Simon Bikindi was convicted of public exhortations to kill Tutsi on the Kivumu-Kayove "
                  "road in Gisenyi in late June 1994 and received fifteen years.", S),
                rep("In The Hague in 2013, Yvonne Basebya was convicted of incitement through CDR meetings and the "
                    "song 'Tubatsembatsembe', 'let us exterminate them'.", S, "call_to_action"),
            ],
            [
                s("Of the broadcasters, the Belgian-Italian presenter Georges Ruggiu pleaded guilty and received "
                  "twelve years in June 2000.", S),
                s("RTLM's technical director, Joseph Serugendo, was acquitted in 2006.", C),
                s("Hassan Ngeze was acquitted on all counts on appeal in 2007.", C),
                s("Naming a group as vermin is the step that makes its murder thinkable, which is why this "
                  "vocabulary belongs in evidence, not in circulation."),
                s("Estimates of the dead vary, but the campaign these outlets waged preceded the murder of at least "
                  "800,000 people.", D),
            ],
        ],
    },
    # 6. Letters page (invented newspaper, invented readers). Hard negative: the last letter quotes a "civil war,
    #    not a genocide" claim to refute it. The first letter's figures are wrong and corrected by the second.
    {
        "doc": "letters-page-harbour-gazette.txt",
        "title": "Letters to the Editor: Rwanda, thirty years on",
        "genre": "letters to the editor page",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Letters to the Editor: Rwanda, thirty years on")],
            [
                s("Sir, the tribunal in Arusha convicted all 93 of the people it charged.", C),
                s("The UN force was cut to a mere 27 men in April 1994.", C),
                s("And Jean Kambanda, the interim prime minister, walked free after ten years.", C),
                s("The Tutsi, one Rwandan in seven on the eve of the genocide, lost three quarters of their "
                  "number.", D),
            ],
            [
                s("R. Okafor, Dunmore"),
            ],
            [
                s("Sir, Mr Okafor's letter needs correcting."),
                s("The tribunal indicted 93 people and convicted 61; 14 were acquitted.", S),
                s("Resolution 912 of 21 April 1994 left about 270 peacekeepers in Rwanda, not 27.", S),
                s("Kambanda was sentenced to life in September 1998, and the sentence was upheld on appeal.", S),
                s("As for the Tutsi share, the 1991 census recorded only 8.4 per cent, though Human Rights Watch "
                  "later put it nearer 15 per cent for early 1994.", S),
            ],
            [
                s("J. Mwangi-Holt, Eastfield"),
            ],
            [
                s("Sir, I worked as a nurse in Goma in July 1994."),
                s("Around 50,000 refugees died there in the first month, most of cholera and dysentery.", D),
                s("The cholera epidemic peaked on 26 July.", S),
                s("Médecins Sans Frontières feared at the time that the toll in the camps might reach 80,000.", S),
                s("A million people had crossed into Zaire within a week, and the camps were soon run by the men "
                  "who had organised the killing.", D),
            ],
            [
                s("S. Haddad, Marsh Lane"),
            ],
            [
                rep("Sir, last week a correspondent from Westbridge wrote that 'it was a civil war, not a "
                    "genocide'.", C, "definitional_denial"),
                s("The tribunal's first judgment, in September 1998, found that genocide had been committed against "
                  "the Tutsi.", S),
                s("The president's plane was brought down on 6 April 1994 by Hutu extremists firing from "
                  "Kanombe.", D),
                s("Some 95,000 children were orphaned.", D),
                s("Readers may also recall that President Clinton, at Kigali airport in March 1998, admitted that "
                  "'we did not act quickly enough after the killing began'.", N),
                s("And Paul Kagame, who led the RPF's army in 1994, was sworn in as president on 22 April 2000.", N),
            ],
            [
                s("T. Brennan, Old Quay"),
            ],
        ],
    },
    # 7. Policy brief (invented think tank) on early warning and the international response, with honest errors.
    {
        "doc": "policy-brief-early-warning-1994.txt",
        "title": "Early warning without early action: the international response to Rwanda, 1993-1994",
        "genre": "policy brief",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Centre for Preventive Diplomacy Studies, Policy Brief No. 12: Early warning without early action")],
            [
                s("The genocide against the Tutsi was not a surprise that overwhelmed a watchful world; specific "
                  "warnings came first and went unheeded."),
                s("This brief sets out the sequence and draws four lessons for today's atrocity-prevention "
                  "systems."),
            ],
            [
                s("The Arusha agreement of 4 August 1993 promised power-sharing, the return of refugees and a merged "
                  "army, and in October the Security Council sent UNAMIR to help implement it.", S),
                s("Months before the killing began, UNAMIR's commander passed on an informant's account of hidden "
                  "weapons and of a plan to kill Belgian peacekeepers.", S),
                s("His cable, dated 11 January, asked leave to raid the arms caches; the answer from Kofi Annan's "
                  "peacekeeping department, sent the same day, was no.", N),
                s("Washington was tightening its own rules: Presidential Decision Directive 25, issued on 3 May "
                  "1994, set strict conditions for American support to UN peace operations.", N),
                s("The shadow of Mogadishu, where eighteen US soldiers had died on 3 October 1993, hung over every "
                  "decision.", N),
                s("Roughly one Rwandan in seven was Tutsi on the eve of the genocide, a minority the killers set out "
                  "to destroy.", D),
            ],
            [
                s("After ten Belgian peacekeepers were killed on 7 April, the Security Council cut UNAMIR on 21 April "
                  "to about 270 personnel.", S),
                s("The Council reversed course on 17 May, authorising 5,500 troops and an arms embargo.", S),
                s("Dallaire stayed in command until December 1994.", C),
                s("On 10 June a State Department spokeswoman was still speaking only of 'acts of genocide', and a "
                  "reporter asked her how many acts of genocide it takes to make genocide.", N),
                s("Resolution 918, adopted unanimously on 22 June, then handed the initiative to a French-led "
                  "force.", C),
                s("That operation left the south-west at the end of October 1994.", C),
                s("In a hundred days, more than a million people were killed.", D),
            ],
            [
                s("The Commission of Experts reported in December 1994 that the genocide had been carried out in a "
                  "concerted, planned, systematic and methodical way.", S),
                s("The UN's Independent Inquiry, chaired by Ingvar Carlsson, reported in December 1999 that about "
                  "800,000 people had been killed.", S),
                s("Kofi Annan, by then Secretary-General, said on receiving it: 'All of us must bitterly regret that "
                  "we did not do more to prevent it.'", N),
                s("The panel set up by the Organization of African Unity went further: its report of 7 July 2000 was "
                  "titled 'Rwanda: The Preventable Genocide'.", N),
                s("In Kigali on 25 March 1998, President Clinton had already conceded that the world 'did not "
                  "immediately call these crimes by their rightful name: genocide'.", N),
            ],
            [
                s("First, warnings from the field must reach decision-makers with their urgency intact."),
                s("Second, a mission's mandate should let it protect civilians when the peace it monitors "
                  "collapses."),
                s("Third, the word genocide should trigger obligations rather than evasions."),
                s("Fourth, early warning needs honest numbers: we estimate that some 500,000 Tutsi were killed, "
                  "and credible orders of magnitude were available within weeks.", D),
            ],
        ],
    },
    # 8. French popular-history article (invented magazine) on Operation Turquoise and the safe humanitarian zone.
    {
        "doc": "vulgarisation-fr-turquoise-zhs.txt",
        "title": fr("Opération Turquoise : deux mois dans la zone humanitaire sûre"),
        "genre": "article de vulgarisation historique",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s(fr("Opération Turquoise : deux mois dans la zone humanitaire sûre"))],
            [
                s(fr("Au total, le génocide des Tutsi a fait plus d’un million de morts."), D),
                s(fr("Depuis la résolution 912 du 21 avril, la MINUAR ne comptait plus qu’environ 270 "
                     "personnes."), S),
                s(fr("La résolution 918 du 17 mai avait bien imposé un embargo sur les armes et prévu de porter la "
                     "mission à 5" + NN + "500 hommes."), S),
                s(fr("Le 22 juin 1994, le Conseil de sécurité adopte la résolution 929, qui autorise pour une durée "
                     "limitée une opération conduite par la France au titre du chapitre VII de la Charte."), S),
                s(fr("Le texte passe par dix voix pour et cinq abstentions."), S),
                s(fr("Dès le lendemain, 23 juin, les premiers éléments français franchissent la frontière depuis le "
                     "Zaïre."), N),
                s(fr("L’ensemble est placé sous les ordres du général Jean-Claude Lafourcade, avec une base "
                     "logistique à Goma et un détachement aérien à Kisangani."), N),
                s(fr("Quelque 2" + NN + "500 militaires français y participent, rejoints par des contingents "
                     "africains, dont 300 Sénégalais annoncés dès la fin de juin."), S),
            ],
            [
                s(fr("Le 27 juin, sur les collines de Bisesero, des soldats des forces spéciales découvrent des "
                     "rescapés tutsi traqués depuis des semaines."), N),
                s(fr("Ils ne reviennent les secourir que le 30 juin ; entre-temps, des centaines de réfugiés ont été "
                     "tués."), N),
                s(fr("Le 1er juillet, la résolution 935 demande la création d’une commission d’experts sur les "
                     "violations commises au Rwanda."), S),
                s(fr("Le 4 juillet, le FPR s’empare de Kigali et de Butare."), S),
                s(fr("Le lendemain, 5 juillet, la France crée une « zone humanitaire sûre » dans le sud-ouest, entre "
                     "Cyangugu, Kibuye et Gikongoro."), S),
                s(fr("Le 16 juillet, les troupes du FPR atteignent Gisenyi et poussent près d’un million de "
                     "personnes vers Goma."), D),
                s(fr("Dans les camps du Nord-Kivu, près de 50" + NN + "000 réfugiés meurent en un mois, de choléra et "
                     "de dysenterie pour la plupart."), D),
                s(fr("Le 19 août, un gouvernement d’union nationale s’installe à Kigali, avec Pasteur Bizimungu à la "
                     "présidence."), C),
                s(fr("Le sens de l’opération reste débattu : mission humanitaire pour ses chefs, bouclier pour les "
                     "forces en déroute selon ses critiques.")),
            ],
            [
                s(fr("Le 21 août 1994, les derniers soldats français quittent la zone ; environ 2" + NN + "400 Casques "
                     "bleus africains de la MINUAR prennent le relais."), S),
                s(fr("L’opération aura donc duré trois mois, de juin à septembre."), C),
                s(fr("Les camps de déplacés demeurent : en avril 1995, celui de Kibeho abrite quelque 120" + NN + "000 "
                     "personnes lorsque l’armée rwandaise entreprend de le fermer par la force."), D),
                s(fr("Le 22 avril 1995, plusieurs milliers de déplacés y sont tués par les soldats de l’APR."), D),
            ],
            [
                s(fr("Le 26 mars 2021, la commission présidée par l’historien Vincent Duclert conclut à des "
                     "« responsabilités lourdes et accablantes » de la France, sans retenir la complicité au sens "
                     "juridique."), S),
                s(fr("Le rapport Muse, commandé par Kigali et rendu public le 19 avril 2021, estime que l’État "
                     "français a « rendu possible un génocide prévisible »."), N),
                s(fr("Le 27 mai 2021, au mémorial de Gisozi, Emmanuel Macron déclare : « Je viens reconnaître nos "
                     "responsabilités »."), N),
            ],
        ],
    },
    # 9. Fixture: French chat thread (invented participants): justification, accusation in a mirror,
    #    dehumanisation, call to action, attacks on the UN experts; one participant objects.
    {
        "doc": "fixture-denial-fr-messagerie.txt",
        "title": "Fil de discussion « Famille & amis »",
        "genre": "messagerie (fil de discussion de groupe)",
        "language": "fr",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s(fr("[Groupe « Famille & amis », mardi 21 h 14] Jean-Baptiste : encore une émission pour nous faire "
                     "la morale sur 94.")),
            ],
            [
                own(fr("Le FPR avait envahi le pays le 1er octobre 1990, il fallait bien que le peuple se défende."),
                    S, "justification", "role_reversal"),
                own(fr("Ce qu’on ne dit jamais, c’est que les Tutsi avaient dressé leurs listes pour exterminer les "
                       "Hutu, on n’a fait que les devancer."), C, "accusation_in_mirror", "justification"),
                own(fr("Les inyenzi, on les a vus à l’œuvre, on ne laisse pas des cafards s’installer chez soi."),
                    None, "dehumanisation", "justification"),
                own(fr("S’ils reviennent, il faudra finir le travail cette fois."), None, "call_to_action"),
            ],
            [
                s(fr("Claudine : arrête, la commission d’experts de l’ONU n’a trouvé aucune preuve d’une intention "
                     "tutsi de détruire les Hutu, et elle a établi que le génocide des Tutsi avait été planifié."), S),
            ],
            [
                own(fr("Jean-Baptiste : l’ONU, c’est le camp des vainqueurs, ses experts ont recopié la version de "
                       "Kigali."), None, "attack_on_witnesses"),
                own(fr("Et même le TPIR a acquitté Kabiligi et Zigiranyirazo, c’est bien la preuve qu’il n’y a pas "
                       "eu de génocide."), S, "definitional_denial"),
            ],
        ],
    },
    # 10. Fixture: pamphlet of a self-described research group (invented): fabrication, definitional denial,
    #     blame shifting, minimisation, double genocide, attack on witnesses.
    {
        "doc": "fixture-denial-research-pamphlet.txt",
        "title": "Great Lakes Historical Truth Circle, Briefing Paper No. 3",
        "genre": "pamphlet of a self-described research group",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("GREAT LAKES HISTORICAL TRUTH CIRCLE, Briefing Paper No. 3")],
            [
                own("The so-called genocide of 1994 is a narrative assembled after the war by the victors and their "
                    "foreign sponsors.", C, "definitional_denial", "fabrication"),
                own("There was no plan to exterminate anyone, as the UN's own commission of experts quietly admitted "
                    "in December 1994.", C, "definitional_denial", "fabrication"),
                own("The famous figure of a million dead was invented in Kigali; real deaths on all sides did not "
                    "exceed 80,000.", C, "minimisation", "fabrication"),
            ],
            [
                own("The slaughter began because the RPF shot down President Habyarimana's plane on 6 April, and the "
                    "responsibility for everything after lies with those who fired.", D, "blame_shifting"),
                own("It was the RPF that slipped weapons to the militias, to provoke massacres it could then pin on "
                    "the government.", None, "blame_shifting", "fabrication"),
                own("The Gersony team found in 1994 that the RPF had killed more civilians than the militias had, a "
                    "finding the UN buried.", C, "fabrication", "double_genocide"),
                own("Survivors' testimonies were scripted by the regime's intelligence services.", None,
                    "attack_on_witnesses", "fabrication"),
            ],
        ],
    },
    # 11. Fixture: comments under a video (invented handles): spontaneity, minimisation, attacks on courts;
    #     one commenter objects with record facts.
    {
        "doc": "fixture-denial-video-comments.txt",
        "title": "Comments under a video about 1994",
        "genre": "comments under a video",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Comments (312), sorted by Top")],
            [own("kivu_truth88, 3 days ago: People just snapped when the president died, it was chaos on every hill, "
                 "nobody organised anything.", C, "spontaneity")],
            [own("mwami_ok, 3 days ago: exactly, and the numbers are pumped, maybe 100k dead in total counting "
                 "soldiers", C, "minimisation")],
            [own("kivu_truth88, 3 days ago: the Arusha court was a show trial bought by the winners, half the "
                 "witnesses were coached", None, "attack_on_witnesses")],
            [s("lakeside_reader, 2 days ago: The UN commission of experts called it concerted, planned, systematic "
               "and methodical, and the tribunal acquitted Kabiligi in 2008, so it was hardly a rubber stamp.", S)],
            [own("mwami_ok, 2 days ago: 'planned' lol, when tribes fight nobody plans it", None, "spontaneity")],
            [own("ndugu_77, 1 day ago: and the gacaca 'courts' convicted two million innocent farmers on village "
                 "gossip", C, "attack_on_witnesses")],
            [own("kivu_truth88, 1 day ago: they gave Kambanda life for signing the confession they put in front of "
                 "him", S, "attack_on_witnesses", "fabrication")],
        ],
    },
    # 12. Composite fixture: a lecture transcript (invented course and lecturer) whose closing part turns into
    #     denial.
    {
        "doc": "fixture-denial-lecture-composite.txt",
        "title": "HIST 214, Lecture 7: Justice after 1994 (transcript)",
        "genre": "lecture transcript",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("HIST 214, Lecture 7: Justice after 1994 (transcript, second hour)")],
            [
                s("So: the Security Council created the tribunal on 8 November 1994, and it sat in Arusha, in "
                  "Tanzania.", S),
                s("Over twenty-one years it indicted ninety-three people, convicted sixty-one and acquitted "
                  "fourteen.", S),
                s("Its judgment against Jean-Paul Akayesu on 2 September 1998 was the first time an international "
                  "court convicted anyone of genocide, and it also recognised rape as a means of committing it.", S),
            ],
            [
                own("Now, off the record, I don't think genocide is the right word for any of it; it was a war, and "
                    "in a war everyone kills.", C, "definitional_denial", "double_genocide"),
                own("The Tutsi army murdered at least as many Hutu as the militias murdered Tutsi, and the tribunal "
                    "simply looked away.", C, "double_genocide"),
                own("That 800,000 figure was cooked up afterwards to keep the new regime in power and the aid "
                    "flowing.", C, "fabrication", "minimisation"),
                s("For next week, read the chapter on gacaca."),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
