"""Source of the TWENTY-SIXTH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind26/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind26/build_set.py --check  # validate the files already written

Written on 2026-11-29 (session 23), after the earlier sets (benchmarks/data/check/, check-blind/ ... check-blind25/,
check-train1/ ... check-train39/) had been seen by the people tuning the detectors, to measure generalisation: new
genres (a wire story on the Kabuga case and the tribunal's record, a parliamentary written question and answer, a
retrospective situation report on orphans, sexual violence and survivors, a legal blog critical of the ICTR, a
human-rights briefing on RPA killings, an exhibition catalogue on hate media, a fact check of a viral video, a French
trial chronicle of the Paris assize trials) and four short fixtures (a comment thread, an incitement-style post, a
research summary spliced with denial, a French op-ed). Its author did not read the detectors, their rules, exemplars
or training data, nor any earlier set's documents, labels or README (only benchmarks/data/labelled_set.py,
benchmarks/data/check/README.md for the labelling conventions, and the first 40 lines of the check-blind5 build
script and README as templates). Verdicts were decided against the record alone: examples/ (FACTS.md and the sample
documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Keep it that way: do not
copy these sentences into rules, exemplars or training data, and do not tune against this set.

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
    # 1. Wire story (invented agency "Rift Valley Press"): the Kabuga case and the tribunal's record.
    {
        "doc": "wire-kabuga-case-tribunal-record.txt",
        "title": "Kabuga case ends without a verdict; the Rwanda tribunal's record in figures",
        "genre": "wire story",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Kabuga case ends without a verdict as the Rwanda tribunal's record is tallied", S)],
            [s("ARUSHA, Tanzania (Rift Valley Press) - Félicien Kabuga, the businessman accused of supplying machetes "
               "to the killers and backing the hate station RTLM in 1994, will face no judgment: on 7 August 2023, after he had "
               "been found unfit for trial, UN appeal judges sent his case back with an order to halt it "
               "indefinitely.", S),
             s("French gendarmes had arrested Kabuga on 16 May 2020 in a flat in Asnières-sur-Seine, outside Paris, "
               "where he was living under a false identity.", N),
             s("He was 84 at the time.", N),
             s("The United States had offered a reward of up to 5 million dollars for his capture.", N),
             s("He was transferred to the custody of the UN's residual mechanism in The Hague on 26 October 2020.", N)],
            [s("The mechanism, created by the Security Council on 22 December 2010, took over the tribunal's remaining "
               "work through an Arusha branch that opened on 1 July 2012.", N),
             s("The International Criminal Tribunal for Rwanda itself was set up by Security Council resolution 955 "
               "in November 1994 and closed at the end of 2015.", S),
             s("The Council chose Arusha as its seat in February 1995.", N),
             s("In its two decades of work the court indicted 93 people, convicting 61 and acquitting 14.", S),
             s("Its first trial opened in 1995.", C),
             s("Its first judgment, against the former Taba mayor Jean-Paul Akayesu in September 1998, was the first "
               "genocide conviction ever handed down by an international court.", S),
             s("Akayesu's conviction was overturned on appeal in 2001.", C)],
            [s("Théoneste Bagosora, whom prosecutors called the mastermind of the killings, saw his life sentence cut "
               "to 25 years on appeal in 2011.", C),
             s("The tribunal's final appeal ruling, in December 2015, reduced the life sentence of Pauline "
               "Nyiramasuhuko, the interim government's minister for the family and women, to 47 years.", S)],
            [s("About 800,000 people, most of them Tutsi, were killed in roughly 100 days.", D),
             s("The killing began after the plane carrying President Juvénal Habyarimana was shot down near Kigali "
               "on the evening of 6 April 1994.", S),
             s("It ended in July as RPF forces routed the government army, taking the border town of Gisenyi on "
               "18 July.", D),
             s("Rwanda's government puts the toll at more than one million.", S)],
            [s("Rights groups, Human Rights Watch among them, have long faulted the tribunal for never trying a "
               "member of the Rwandan Patriotic Front, whose soldiers also killed civilians in 1994.", S),
             s("Experts working for the UN refugee agency estimated that RPF soldiers killed between 25,000 and "
               "45,000 people from April to August that year.", S)],
        ],
    },
    # 2. Parliamentary written question and answer (invented assembly and member; minister unnamed).
    {
        "doc": "parliamentary-question-answer-genocide-terms.txt",
        "title": "Written question on the 1994 genocide against the Tutsi, with the Minister's answer",
        "genre": "parliamentary written question and answer",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("States Assembly of Valmora - Written question No. 4127 to the Minister for Foreign Affairs")],
            [s("Question from Ms Odile Verhaar (Civic Union): Which figure for the death toll of the 1994 genocide "
               "against the Tutsi does the Government use in official statements, and on what source does it rest?"),
             s("Is the Minister aware that some commentators in this country still describe the events of 1994 as "
               "'tribal clashes'?"),
             s("Is the Minister aware that Tutsi made up about 15 percent of Rwanda's population before the genocide?", D),
             rep("Does the Minister agree that fewer than 100,000 people died, as one recent pamphlet claims?", C,
                 "minimisation"),
             s("Is the Minister aware that the Security Council waited until July 1994 to impose an arms embargo on "
               "Rwanda?", C),
             s("Will the Government also acknowledge the killings of civilians by soldiers of the Rwandan Patriotic "
               "Front, including at Kibeho in April 1995, where some 4,000 people are said to have died?", D)],
            [s("Answer given by the Minister for Foreign Affairs: The Government uses the term 'genocide against the "
               "Tutsi', the wording the UN General Assembly adopted in January 2018 for the international day of "
               "reflection held each year on 7 April.", N),
             s("The Assembly had first designated that day in December 2003.", N),
             s("The Government does not adopt a single figure for the toll, because the published estimates differ "
               "in scope and method."),
             s("In official statements it cites the range given by Human Rights Watch in its 1995 world report, "
               "between half a million and one million people killed before mid-July 1994.", S),
             s("It also notes that Rwanda's own census of victims, published in 2002, counted 1,074,017 people killed "
               "between October 1990 and the end of 1994.", S),
             s("Human Rights Watch's later study concluded that roughly three in every four Tutsi living in Rwanda "
               "were killed.", S)],
            [s("The Minister is aware of the 'tribal clashes' description and rejects it."),
             s("As early as December 1994 the UN Commission of Experts found that the genocide had been carried out "
               "in a concerted, planned, systematic and methodical way.", S),
             s("The figure in the pamphlet is not credible: Amnesty International reported that almost 200,000 "
               "people had been killed by early May 1994 alone.", S)],
            [s("As to the peacekeeping record, UNAMIR had an authorised strength of 2,500 when the killing began.", S),
             s("On 21 April 1994, barely two weeks later, the Security Council cut it to 270 personnel, roughly a "
               "tenth of that strength.", S),
             s("Ten Belgian peacekeepers had been murdered on 7 April while guarding the Prime Minister.", S),
             s("A week later, on 14 April, Belgium announced that it would withdraw its contingent of about 420 "
               "soldiers.", N),
             s("The arms embargo was imposed by resolution 918 of 17 May 1994, which also authorised a force of "
               "5,500; those troops arrived only from July and August.", S),
             s("On 8 June the Council extended UNAMIR's mandate to 9 December 1994.", N),
             s("The mission's mandate finally ended on 8 March 1996.", N),
             s("The Government has also drawn on the account of UNAMIR's commander, Roméo Dallaire, in his book "
               "Shake Hands with the Devil, published in 2003.", N)],
            [s("On the last part of the question: the Government acknowledges that soldiers of the Rwandan "
               "Patriotic Army killed civilians in 1994 and 1995.", S),
             s("For Kibeho on 22 April 1995, estimates run from the Rwandan government's 338 dead to at least 4,000 "
               "according to Australian soldiers serving with UNAMIR.", S),
             s("Recognising these crimes does not turn the genocide into 'two genocides', and the Government will "
               "continue to say so.")],
        ],
    },
    # 3. Retrospective situation report (invented monitoring desk): orphans, sexual violence, survivors, justice.
    {
        "doc": "sitrep-survivors-orphans-sexual-violence.txt",
        "title": "Situation summary No. 7: survivors, orphans and victims of sexual violence (retrospective)",
        "genre": "humanitarian situation report (retrospective)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Situation summary No. 7: survivors, orphans and victims of sexual violence after the genocide against "
               "the Tutsi (retrospective)")],
            [s("Prepared by the Kivu-Lakes Humanitarian Desk, an independent monitoring group; this is not a United "
               "Nations document.")],
            [s("1. Children.")],
            [s("UNICEF stated in 2004 that 95,000 children had been orphaned by the end of the genocide in 1994.", S),
             s("A Rwandan census of survivors later counted 74,642 orphans, 27,733 widows and 12,074 disabled "
               "persons.", S),
             s("Roughly 95,000 children lost their parents in the genocide.", D),
             s("UNICEF Ireland said the same year that 30,000 children had been killed by the end of the "
               "genocide.", C),
             s("Roughly one million refugees crossed into Zaire in mid-July 1994.", D),
             s("Some 80,000 refugees died in the camps around Goma within weeks of arriving.", D)],
            [s("2. Sexual violence.")],
            [s("Estimates of the number of women and girls raped during the genocide vary widely."),
             s("Survivors Fund (SURF) gives a range of 250,000 to 500,000.", S),
             s("A study by researchers at VU University Amsterdam arrived at a lower bound of a little more than "
               "350,000 female victims.", S),
             s("At least half a million women were raped during the hundred days.", D),
             s("Human Rights Watch's 1996 report, as summarised by UNFPA, put pregnancies resulting from rape at "
               "2,000 to 5,000.", S),
             s("In 1998 the Akayesu judgment became the first to hold that rape could be an act of genocide.", S)],
            [s("3. Survivors.")],
            [s("A 2008 census by the Rwandan authorities and survivors' associations counted 309,368 survivors still "
               "alive.", S),
             s("In July 1994, by Human Rights Watch's reckoning, only about 150,000 Tutsi had survived, including "
               "some 20,000 in Zaire or Tanzania.", S)],
            [s("4. Justice.")],
            [s("More than 125,000 detainees were awaiting trial in Rwanda's prisons by April 1998.", S),
             s("Rwanda's conventional courts tried some 70,000 people for genocide between 1996 and 2002.", C),
             s("The gacaca community courts, which also heard cases against RPF soldiers, were criticised for "
               "corruption and procedural irregularities.", C),
             s("When they closed on 18 June 2012 they had tried 1,958,634 cases.", S),
             s("Rwanda abolished the death penalty in 2007, nine years after 22 people convicted of genocide were "
               "executed in public.", S)],
        ],
    },
    # 4. Legal blog critical of the ICTR (hard negative: criticism of the tribunal, no denial).
    {
        "doc": "legal-blog-ictr-one-sided-slow.txt",
        "title": "Victor's justice, or just slow justice? Reassessing the Rwanda tribunal",
        "genre": "legal blog post",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Victor's justice, or just slow justice? Reassessing the Rwanda tribunal")],
            [s("Posted on Chambers and Shadows, a blog on international criminal procedure, by Teodora Lindqvist.")],
            [s("Nobody serious disputes that the genocide against the Tutsi happened, or that the Arusha tribunal "
               "convicted many of those who organised it."),
             s("Some 800,000 people were murdered in a hundred days.", D),
             s("My complaint is narrower: the court judged only one side of a war in which individuals on both sides "
               "committed crimes against humanity.", S),
             s("Its mandate covered every serious crime committed in Rwanda between 1 January and 31 December 1994, "
               "whoever the perpetrator.", S),
             s("Yet of the 93 people it indicted, not one belonged to the Rwandan Patriotic Front.", S),
             s("Human Rights Watch said as much in December 2008: the tribunal had not prosecuted even one of the "
               "RPF's serious crimes of 1994.", S)],
            [s("The one RPF case that moved at all, the killing of clergy near Kabgayi, was left to Rwanda's own "
               "military justice.", S),
             s("In October 2008 a military court in Kigali convicted two captains who had pleaded guilty and "
               "acquitted their two superiors.", S),
             s("The captains' eight-year terms were cut to five on appeal in February 2009.", S),
             s("Calling this 'victor's justice' is shorthand, and I use it with care: the genocide was a crime of a "
               "different order from the RPF's reprisals."),
             s("The UN Commission of Experts found no evidence that the RPF's crimes were meant to destroy the Hutu "
               "as a group.", S)],
            [s("The second failing is time."),
             s("Pauline Nyiramasuhuko was convicted in June 2011 and her appeal was decided only in December 2015, "
               "when the judges cut her life sentence to 47 years because of undue delay.", S),
             s("Jean-Baptiste Gatete's life term became 30 years for the same reason.", C)],
            [s("Appeal reversals were frequent, too."),
             s("In February 2013 the Appeals Chamber acquitted two former ministers, Justin Mugenzi and Prosper "
               "Mugiraneza, who had each been given 30 years at trial.", S),
             s("Protais Zigiranyirazo, President Habyarimana's brother-in-law, walked free in 2009 when his 20-year "
               "sentence was reversed.", S),
             s("In February 2014 the judges reversed every conviction of the former gendarmerie chief of staff "
               "Augustin Ndindiliyimana.", S),
             s("Even Théoneste Bagosora, whom prosecutors called the mastermind, was cleared of genocide on appeal.", C),
             s("All told, only 41 of the 93 accused were convicted.", C)],
            [s("The Genocide Convention entered into force on 12 January 1951.", N),
             s("Yet no international court convicted anyone of genocide until Akayesu in 1998.", S),
             s("Rwanda's own law of 23 July 2008 on 'genocide ideology' punishes that offence with 10 to 25 years in "
               "prison, a breadth that free-speech groups have criticised.", N),
             s("None of this rehabilitates the men the tribunal convicted; it asks why the victims of RPF soldiers "
               "are still waiting.")],
        ],
    },
    # 5. Human-rights briefing documenting RPA killings (hard negative: documentation, no denial).
    {
        "doc": "hr-briefing-rpa-killings-1994-1995.txt",
        "title": "Unfinished accounts: killings by the Rwandan Patriotic Army, 1994-1995",
        "genre": "human-rights briefing",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Unfinished accounts: killings by the Rwandan Patriotic Army, 1994-1995")],
            [s("A briefing by the Great Lakes Accountability Project.")],
            [s("In December 1994 the UN Commission of Experts found that the genocide against the Tutsi had been "
               "planned and systematic, and that individuals on both sides of the war had committed crimes against "
               "humanity.", S),
             s("Recording the second finding does not diminish the first.")],
            [s("1. April to August 1994.")],
            [s("In mid-April 1994, according to Human Rights Watch, RPF soldiers massacred several hundred people in "
               "the Byumba stadium.", S),
             s("Amnesty International reported in October 1994 that RPA abuses since April included hundreds of "
               "deliberate executions and the 'disappearance' of captured combatants and unarmed civilians.", S),
             s("Amnesty added that it was not appropriate to compare these abuses with the scale of the massacres "
               "committed by forces loyal to the former government.", S),
             s("Human Rights Watch's 1999 history of the genocide concluded that RPF soldiers may have killed tens of "
               "thousands of civilians during the four months of combat.", S)],
            [s("In early June 1994 RPF soldiers killed thirteen clergy near Kabgayi, among them the Archbishop of "
               "Kigali, together with two other civilians.", S),
             s("The killings took place on 5 June.", D)],
            [s("In August and September 1994 a UNHCR team led by Robert Gersony estimated that RPA soldiers had "
               "killed between 25,000 and 45,000 people from April to August.", S),
             s("The team's findings were never published as a report, and the Rwandan authorities rejected the "
               "figure as unfounded.", S),
             s("A former interior minister put the number killed by RPA soldiers between April 1994 and August 1995 "
               "at some 60,000.", S),
             s("In total, RPA soldiers killed at least 60,000 civilians in 1994 and 1995.", D)],
            [s("2. Kibeho, April 1995.")],
            [s("On 22 April 1995 RPA soldiers opened fire on the displaced people at Kibeho as the army forcibly closed "
               "the camp.", S),
             s("More than 4,000 people were killed there.", D),
             s("Senior UN military officials counted about 2,000 dead and more than 600 wounded, some of them "
               "trampled in the panic.", S),
             s("The Rwandan government's own figure was 3,380.", C)],
            [s("3. Accountability.")],
            [s("The Rwandan military said in 2008 that it had prosecuted 43 soldiers for war crimes and revenge "
               "killings since 1994.", S),
             s("According to its military justice system, soldiers responsible for killing approximately 100 "
               "civilians had been prosecuted.", S),
             s("Set against even the UNHCR team's lower estimate, that is fewer than one victim in two hundred.", S),
             s("The ICTR did convict two RPA officers for the Kabgayi killings in 2008.", C),
             s("In fact the tribunal, whose jurisdiction covered all of 1994, never indicted a single RPF officer "
               "before it closed.", S)],
        ],
    },
    # 6. Exhibition catalogue on hate media (hard negative: quotes and describes hate speech to document it).
    {
        "doc": "exhibition-catalogue-listening-room.txt",
        "title": "The Listening Room: hate media and the genocide against the Tutsi (exhibition catalogue)",
        "genre": "exhibition catalogue",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("The Listening Room: hate media and the genocide against the Tutsi")],
            [s("Catalogue of an exhibition at the Halle Vier documentation centre.")],
            [s("Room 1. Paper before radio.")],
            [s("Kangura, edited by Hassan Ngeze, first appeared in May 1990.", N),
             s("In December 1990 it printed the so-called 'Hutu Ten Commandments', which told Hutu to break off "
               "every tie with Tutsi.", N),
             s("The display case shows issue No. 6, in which the text appeared.", N)],
            [s("Room 2. The station.")],
            [s("Radio Télévision Libre des Mille Collines went on air on 8 July 1993 and broadcast until 31 July "
               "1994.", N),
             s("Its mixture of popular music, jokes and phone-ins won it a young audience that state radio could not "
               "reach.", N),
             rep("From April 1994 its presenters called the Tutsi 'inyenzi', cockroaches, and urged listeners to go "
                 "out and fight them.", N, "dehumanisation", "call_to_action"),
             s("RTLM's broadcasts accompanied the killing of roughly a million people.", D),
             s("Its Kigali studios fell silent when RPF troops entered the capital in mid-May 1994.", C),
             s("Visitors hear a reconstruction read by an actor, not the original tapes.")],
            [s("Room 3. Songs.")],
            [rep("In Gikondo, a Kigali neighbourhood, CDR meetings rang with a song whose title, 'Tubatsembatsembe', "
                 "means 'let us exterminate them'.", S, "call_to_action"),
             s("A Dutch court convicted Yvonne Basebya in March 2013 of inciting genocide through those meetings and "
               "sentenced her to six years and eight months.", S),
             s("The singer Simon Bikindi received 15 years from the ICTR in December 2008 for urging people to kill "
               "Tutsi on a road in Gisenyi in late June 1994.", S)],
            [s("Room 4. Judgment.")],
            [s("In December 2003 the ICTR convicted RTLM's founder Ferdinand Nahimana, Kangura's editor Hassan Ngeze "
               "and the CDR founder Jean-Bosco Barayagwiza.", S),
             s("On appeal in November 2007 their sentences became 30, 35 and 32 years respectively.", S),
             s("The presenter Georges Ruggiu, a Belgian national, pleaded guilty and was sentenced to 20 years in June "
               "2000.", C),
             s("Léon Mugesera, whose speech at Kabaya in November 1992 called for the extermination of Tutsi, was "
               "deported from Canada in 2012 and jailed for life in Rwanda in 2016.", S),
             s("The businessman Félicien Kabuga, accused of backing the station, was found unfit to stand trial and "
               "never judged.", S)],
            [s("Every quotation in these rooms is reproduced to show how words prepared murder, not to repeat it."),
             s("Calling human beings vermin is the first step towards making their killing thinkable.")],
        ],
    },
    # 7. Fact check of a viral video (hard negative: quotes denial claims in order to refute them).
    {
        "doc": "factcheck-viral-video-seven-claims.txt",
        "title": "Fact check: seven claims about 1994 in Rwanda from a viral video",
        "genre": "fact check",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Fact check: seven claims about 1994 in Rwanda from a viral video")],
            [s("A video shared widely this month by the channel Open Archive TV repeats several claims about the "
               "genocide against the Tutsi."),
             s("The Verity Desk checked each one against court records and published research.")],
            [rep("Claim: 'The real toll was barely 30,000, and most of them were soldiers.'", C, "minimisation"),
             s("Rating: False."),
             s("Amnesty International reported that almost 200,000 people had been killed by early May 1994.", S),
             s("In December 1994 the UN Commission of Experts estimated that some 500,000 unarmed civilians had been "
               "murdered, and warned that the figure might be too low.", S),
             s("That estimate alone is more than sixteen times the figure in the video.", S),
             s("Human Rights Watch later calculated that about 507,000 Tutsi were killed, roughly 77 percent of those "
               "registered as Tutsi.", S)],
            [rep("Claim: 'It was a spontaneous explosion of anger after the President's death, not a plan.'", C,
                 "spontaneity"),
             s("Rating: False."),
             s("The Commission of Experts found that the killing was concerted, planned, systematic and "
               "methodical.", S)],
            [rep("Claim: 'Two genocides took place in 1994, one against the Tutsi and one against the Hutu.'", C,
                 "double_genocide"),
             s("Rating: Misleading."),
             s("RPF soldiers did kill civilians: UNHCR experts estimated 25,000 to 45,000 deaths between April and "
               "August 1994.", S),
             s("But the Commission of Experts found no evidence that those crimes were intended to destroy the Hutu "
               "as a group.", S)],
            [rep("Claim: 'The RPF shot down Habyarimana's plane, so the RPF is to blame for everything that "
                 "followed.'", D, "blame_shifting"),
             s("Rating: Unproven, and beside the point."),
             s("French judges dismissed the case against nine people close to Paul Kagame in December 2018 for lack "
               "of sufficient charges, and the Cour de cassation ended the proceedings in February 2022.", S),
             s("A Rwandan inquiry chaired by Jean Mutsinzi had blamed Hutu extremist soldiers in January 2010.", S),
             s("No court has established who fired.", S)],
            [rep("Claim: 'The so-called genocide was invented by the winners to hide their own crimes.'", C,
                 "definitional_denial", "fabrication"),
             s("Rating: False."),
             s("The tribunal's first judgment, against Jean-Paul Akayesu on 2 September 1998, found that genocide "
               "had been committed against the Tutsi in 1994.", S)],
            [s("Claim: 'At Kibeho the RPF killed 8,000 people in a single morning.'", D),
             s("Rating: Unproven."),
             s("Estimates for 22 April 1995 range from the government's 338 to at least 4,000, the figure given by "
               "Australian soldiers with UNAMIR.", S)],
            [s("Claim: 'Three million Hutu fled the RPF into Zaire in July 1994.'", C),
             s("Rating: Exaggerated."),
             s("Estimates for the July exodus into North Kivu run from 500,000-800,000 (The Lancet, 1995) to about "
               "one million (a 1996 study), and the Christian Science Monitor counted some 2 million Rwandan "
               "refugees in all host countries by 1 August 1994.", S)],
            [s("Our rating scale: False, Misleading, Exaggerated, Unproven.")],
        ],
    },
    # 8. Fixture: comment thread under a video (own-voice denial by several commenters, one rebuttal).
    {
        "doc": "fixture-denial-comment-thread-documentary.txt",
        "title": "Comments under a documentary clip",
        "genre": "comment thread",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("@truthseeker_88: Every year the number goes up.", None, "minimisation"),
             own("In 1994 they said 500,000, now they say over a million, next year it will be two.", D,
                 "minimisation")],
            [own("@Kivu_Lens: Most of the dead were Hutu anyway, killed by the RPF.", C, "role_reversal",
                 "double_genocide", "minimisation")],
            [own("@MariaB: This was a civil war, not a genocide, and both sides killed.", C, "definitional_denial",
                 "double_genocide")],
            [own("@truthseeker_88: And the 'witnesses' at Arusha were coached by the RPF government.", None,
                 "attack_on_witnesses")],
            [s("@Ange_K: More than 800,000 people were murdered in 100 days.", D),
             s("The UN commission found the killing was planned and systematic, and the tribunal convicted the "
               "interim prime minister of genocide.", S)],
            [own("@MariaB: The commission was a UN body, of course it said that.", None, "attack_on_witnesses")],
            [own("@Kivu_Lens: People were defending themselves against an army that invaded from Uganda.", S,
                 "justification"),
             own("It just broke out by itself after the plane came down, nobody organised anything.", C,
                 "spontaneity")],
            [own("@truthseeker_88: Fabricated from start to finish, like the bones they show tourists.", None,
                 "fabrication")],
            [s("@Ange_K: Kibeho and the RPF's killings are real, but they do not make 1994 two genocides.")],
            [own("@MariaB: Whatever, they had it coming after decades of lording it over everyone.", None,
                 "justification")],
        ],
    },
    # 9. Fixture: short, generic incitement-style post.
    {
        "doc": "fixture-incitement-forum-post.txt",
        "title": "Forum post",
        "genre": "incitement-style forum post",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("They are not our neighbours, they are cockroaches that have crept back into the hills.", None,
                 "dehumanisation"),
             own("Look at the snakes in the offices and the schools: they smile by day and sharpen knives by night.",
                 None, "dehumanisation", "accusation_in_mirror"),
             own("They are already drawing up lists of our families.", None, "accusation_in_mirror"),
             own("Remember 1990, when they came across the border from Uganda with guns.", S, "accusation_in_mirror",
                 "justification"),
             own("If we wait, they will finish us first.", None, "accusation_in_mirror")],
            [own("Every man must know who lives on his hill and be ready when the call comes.", None,
                 "call_to_action"),
             own("Clear the bush before it chokes the field.", None, "call_to_action", "dehumanisation"),
             own("Do the work, and leave none of it for tomorrow.", None, "call_to_action")],
        ],
    },
    # 10. Fixture: research summary on the death toll spliced with an own-voice denial continuation.
    {
        "doc": "fixture-denial-spliced-demography.txt",
        "title": "Counting the dead: what demographic research tells us about 1994",
        "genre": "research summary spliced with denial",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("Counting the dead: what demographic research tells us about 1994")],
            [s("Marijke Verpoorten's study of Gikongoro prefecture, published in Population in 2005, compared the "
               "1991 census with local population registers.", S),
             s("She found that Tutsi in Gikongoro had, on average, a 25 percent chance of surviving the genocide.", S),
             s("Her evidence also suggested that the census had under-reported the Tutsi share of the population.", S),
             s("The 1991 census recorded Tutsi as 8.4 percent of Rwandans, whereas Human Rights Watch's 1995 world "
               "report had put them at about 15 percent.", S),
             s("Belgian colonial authorities had recorded every Rwandan's ethnic group on identity cards since the "
               "early 1930s.", N),
             s("Tutsi made up about 12 percent of Rwanda's population on the eve of the genocide.", D)],
            [s("In 2020 Verpoorten argued that between 560,000 and 660,000 Tutsi deaths was a plausible range.", S),
             s("Even the bottom of that range lies above the 507,000 Tutsi deaths that Human Rights Watch had "
               "computed in 1999.", S),
             s("Luc Reydams concluded the same year that the official count of 1,074,017 roughly doubled the number "
               "of genocide victims.", S),
             s("Filip Reyntjens had earlier called the government figure 'ridiculously precise'.", S),
             s("The genocide killed between 500,000 and one million people.", D)],
            [own("so the scholars admit the numbers were cooked.", None, "fabrication"),
             own("If the toll was inflated once it was inflated everywhere, and the real number of dead was probably "
                 "closer to 80,000.", C, "minimisation", "fabrication"),
             own("Most of them were Hutu killed by the RPF, which makes it two genocides or none.", C,
                 "double_genocide", "role_reversal"),
             own("Verpoorten's 25 percent survival rate in Gikongoro proves that three in four Tutsi there were never "
                 "killed at all.", C, "minimisation"),
             own("The people simply rose up in fury when their president was murdered.", C, "spontaneity"),
             own("And why should anyone apologise for defending their homes against an army that invaded from Uganda "
                 "in 1990?", S, "justification")],
        ],
    },
    # 11. French trial chronicle: Rwandans tried in Paris (and a look at Brussels).
    {
        "doc": "chronique-assises-paris-rwanda.txt",
        "title": "Chronique judiciaire : trente ans après, les assises de Paris face au génocide des Tutsi",
        "genre": "chronique judiciaire (trial chronicle)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Chronique judiciaire : trente ans après, les assises de Paris face au génocide des Tutsi")],
            [s("Par la rédaction de La Gazette des prétoires.")],
            [s("Depuis 2014, la cour d'assises de Paris juge des Rwandais accusés d'avoir participé au génocide des "
               "Tutsi de 1994.", S),
             s("Ces dossiers sont instruits par le pôle spécialisé dans les crimes contre l'humanité, créé le 1er "
               "janvier 2012 au sein du tribunal de grande instance de Paris.", N),
             s("Le premier accusé, l'ancien capitaine Pascal Simbikangwa, a été condamné le 14 mars 2014 à "
               "vingt-cinq ans de réclusion criminelle.", S),
             s("La cour d'assises de Seine-Saint-Denis, siégeant en appel à Bobigny, a confirmé cette peine le 3 "
               "décembre 2016.", S)],
            [s("En juillet 2016, deux bourgmestres successifs de Kabarondo, Octavien Ngenzi et Tito Barahira, ont "
               "été condamnés à la réclusion criminelle à perpétuité.", S),
             s("Il leur était notamment reproché le massacre des Tutsi réfugiés dans l'église de Kabarondo, le 13 "
               "avril 1994.", S),
             s("Plus de vingt-deux ans séparaient donc les faits du verdict.", S),
             s("La peine a été confirmée en appel le 6 juillet 2018, et la Cour de cassation a rejeté leurs "
               "pourvois en octobre 2019.", S)],
            [s("L'ancien préfet de Gikongoro, Laurent Bucyibaruta, a été condamné en juillet 2022 à vingt ans de "
               "réclusion pour complicité de génocide.", S),
             s("Les massacres de l'école de Murambi, le 21 avril 1994, étaient au cœur du dossier.", S),
             s("Il est mort le 6 décembre 2023, avant son procès en appel, si bien que sa condamnation n'est jamais "
               "devenue définitive.", S)],
            [s("En juin 2023, l'ancien gendarme Philippe Hategekimana a été condamné à la perpétuité pour les "
               "massacres des collines de Nyabubare et de Nyamure ; la peine a été confirmée en appel le 17 "
               "décembre 2024.", S),
             s("Le gynécologue Sosthène Munyemana, qui exerçait à l'hôpital universitaire de Butare, a été condamné "
               "à vingt-quatre ans en décembre 2023, peine confirmée en appel en octobre 2025.", S),
             s("Le chauffeur Claude Muhayimana a pour sa part été condamné à vingt ans de réclusion en décembre "
               "2021.", C),
             s("Il avait conduit des gendarmes et des miliciens vers les lieux de massacre de Kibuye, de Gitwa et de "
               "Bisesero.", S),
             s("Les soldats français de l'opération Turquoise n'ont évacué des blessés de Bisesero que le 30 juin "
               "1994.", N)],
            [s("La Belgique avait ouvert la voie : en juin 2001, un jury bruxellois condamnait quatre Rwandais, "
               "dont deux religieuses bénédictines de Sovu, à des peines de douze à vingt ans.", S)],
            [s("Félicien Kabuga, lui, a été arrêté le 16 mai 2020 à Asnières-sur-Seine, où il vivait sous une fausse "
               "identité.", N),
             s("Jugé inapte, il n'a jamais entendu de verdict.", S),
             s("Le Tribunal pénal international pour le Rwanda, installé à Arusha, a fermé ses portes le 31 décembre "
               "2015.", S),
             s("Il avait condamné 93 personnes.", C)],
            [s("Le génocide a fait plus d'un million de morts en cent jours.", D),
             s("Les troupes du FPR sont entrées à Gisenyi le 18 juillet 1994, poussant vers Goma près d'un million "
               "de personnes.", D),
             s("Les faits jugés à Paris ont suivi l'attentat du 6 avril 1994, que la commission rwandaise présidée "
               "par Jean Mutsinzi a attribué à des extrémistes hutu.", S)],
        ],
    },
    # 12. Fixture: French op-ed (distortion: accepts some killings, blames the RPF, double genocide).
    {
        "doc": "fixture-denial-fr-tribune-memoire-equitable.txt",
        "title": "Tribune : pour une mémoire équitable des drames rwandais",
        "genre": "tribune (op-ed)",
        "language": "fr",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Tribune : pour une mémoire équitable des drames rwandais")],
            [s("Personne ne nie que des Tutsi aient été tués au printemps 1994."),
             own("Mais on oublie que l'attentat du 6 avril, qui a coûté la vie au président Habyarimana, a été commis "
                 "par le FPR, comme l'a établi le juge Bruguière.", D, "blame_shifting"),
             own("Le FPR porte donc la responsabilité première de tout ce qui a suivi.", None, "blame_shifting")],
            [own("Les massacres ont été la réaction spontanée d'une population terrorisée par l'invasion venue "
                 "d'Ouganda.", C, "spontaneity", "justification"),
             own("Cette population se défendait contre une armée qui avait attaqué le pays dès le 1er octobre 1990.", S,
                 "justification"),
             own("La vérité est que les Tutsi de l'intérieur servaient de cinquième colonne au FPR.", None,
                 "role_reversal", "justification")],
            [own("Le FPR, de son côté, a massacré au moins deux millions de Hutu.", C, "double_genocide"),
             own("Le rapport Gersony, enterré par l'ONU, l'avait prouvé dès 1994.", C, "double_genocide"),
             own("Il y a donc eu deux génocides, et l'on n'en commémore qu'un seul.", None, "double_genocide"),
             s("À Kibeho, en avril 1995, l'armée du FPR a tué des milliers de déplacés dans l'indifférence "
               "générale.", D)],
            [own("Quant au chiffre officiel d'un million de morts, il a été gonflé pour les besoins de la cause.", D,
                 "minimisation", "fabrication"),
             own("Le Tribunal d'Arusha, tribunal des vainqueurs, n'a jugé que les vaincus.", S, "attack_on_witnesses"),
             own("Et les historiens officiels répètent la version de Kigali pour conserver leurs accès.", None,
                 "attack_on_witnesses"),
             own("Tant que l'on refusera de parler du génocide des Hutu, la réconciliation restera un mensonge.", None,
                 "double_genocide")],
        ],
    },
]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:], DOCS, HERE))
