"""Source of the labelled evaluation set for `factfinder check` (benchmarks/check.py).

    python benchmarks/data/check/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check/build_set.py --check  # validate the files already written

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
    # ------------------------------------------------------------------ 1. NGO / UN-style report
    {"doc": "ngo_report_death_toll.txt", "title": "Counting the dead: a briefing on estimates of the 1994 toll",
     "genre": "ngo_report", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": False,
     "paragraphs": [[
         s("This briefing summarises what is known about the number of people killed in Rwanda between April and July 1994."),
         s("The killing began on 7 April 1994, within hours of the downing of President Habyarimana's plane near Kigali airport on the evening of 6 April.", S),
         s("In its final report of December 1994, the UN Commission of Experts estimated that 500,000 unarmed civilians had been murdered and warned that the estimate might be conservative.", S),
         s("Human Rights Watch concluded in 1999 that at least half a million people were killed, about three quarters of the Tutsi population.", S),
         s("The Rwandan government's census of victims, published in 2002, counted 1,074,017 people killed between 1 October 1990 and 31 December 1994.", S),
     ], [
         s("These figures measure different things: the census covers a longer period and all declared victims, while most independent estimates cover the hundred days from April to July."),
         s("Roughly 800,000 people were killed in about a hundred days.", D),
         s("Demographer William Seltzer estimated that about 657,000 Tutsi lived in Rwanda on 6 April 1994.", S),
         s("The 1991 census registered Tutsi as 8.4 percent of the population, a share that Human Rights Watch considered an underestimate.", S),
         s("A 2008 census by the authorities and survivors' associations counted 309,368 survivors still alive.", S),
         s("Tutsi made up about 15 percent of Rwanda's population in early 1994.", D),
     ], [
         s("The genocide was not the only cause of death in 1994."),
         s("Experts working for UNHCR under Robert Gersony estimated that RPA soldiers killed between 25,000 and 45,000 people between April and August 1994.", S),
         s("Some 350,000 women and girls were raped during the genocide.", D),
         s("UNICEF said in 2004 that 95,000 children had been orphaned by the end of the genocide.", S),
         s("Any count that puts the toll of the genocide below several hundred thousand is at odds with every serious estimate."),
     ]]},

    # ------------------------------------------------------------------ 2. Academic: victor's justice (hard negative)
    {"doc": "academic_victors_justice.txt", "title": "Victor's justice? The ICTR and the crimes of the Rwandan Patriotic Front",
     "genre": "academic", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
     "paragraphs": [[
         s("The International Criminal Tribunal for Rwanda was created by Security Council resolution 955 of 8 November 1994.", S),
         s("Its jurisdiction covered genocide and other serious violations of international humanitarian law committed in Rwanda between 1 January and 31 December 1994.", S),
         s("By the time it closed, the tribunal had indicted 93 people and convicted 61 of them.", S),
         s("Not one of the accused was a member of the Rwandan Patriotic Front.", S),
         s("Critics have called this record victor's justice, and the charge deserves to be taken seriously."),
     ], [
         s("In December 2008 Human Rights Watch wrote that the tribunal had not prosecuted even one of the serious RPF crimes of 1994.", S),
         s("The UN Commission of Experts had itself recommended in 1994 that violations attributed to the RPF be investigated by the tribunal's prosecutor.", S),
         s("The prosecutor's reluctance owed much to Kigali's control over access to witnesses and crime sites."),
         s("The only trial for the Kabgayi killings took place before a Rwandan military court, which in October 2008 convicted two officers who had confessed and acquitted two senior officers.", S),
     ], [
         s("To insist on justice for the RPF's victims is not to deny the genocide against the Tutsi, which the same Commission found to have been committed in a planned, systematic and methodical way.", S),
         s("Nor does the asymmetry of prosecutions make the crimes of the two sides equivalent: the Commission found no evidence that RPF abuses were committed with intent to destroy the Hutu as a group.", S),
         s("The tribunal's legitimacy suffers less from what it did than from what it declined to do."),
         s("Its judgments on the genocide, beginning with Akayesu in September 1998, remain a landmark of international criminal law.", S),
     ]]},

    # ------------------------------------------------------------------ 3. Documentation of RPF killings (hard negative)
    {"doc": "rpf_killings_1994.txt", "title": "Killings by RPF soldiers in 1994 and 1995: what was documented",
     "genre": "human_rights_documentation", "language": "en", "stance": "acknowledges", "composite": False,
     "hard_negative": True,
     "paragraphs": [[
         s("While the genocide against the Tutsi was under way, soldiers of the Rwandan Patriotic Army also killed civilians.", S),
         s("Human Rights Watch reported that RPF soldiers massacred several hundred people in the Byumba stadium in mid-April 1994.", S),
         s("Amnesty International reported in October 1994 that RPA violations from April to August included hundreds of deliberate executions.", S),
         s("In early June 1994, near Kabgayi, RPF soldiers killed 15 civilians, 13 of them clergy, among them the Archbishop of Kigali.", S),
         s("The killings took place on 5 June 1994.", D),
     ], [
         s("A team led by Robert Gersony, working for UNHCR, estimated that RPA soldiers killed between 25,000 and 45,000 people from April to August 1994.", S),
         s("A former interior minister put the number killed by RPA soldiers at some 60,000 between April 1994 and August 1995.", S),
         s("RPA soldiers killed some 45,000 civilians in 1994.", D),
         s("Most of the victims were Hutu civilians, killed during sweeps, at meetings called by soldiers, or in reprisal."),
         s("The UN Commission of Experts found that both sides committed crimes against humanity, but found no evidence that RPF abuses were carried out with intent to destroy the Hutu as a group.", S),
         s("These crimes were war crimes and crimes against humanity; documenting them belongs to the record and does not make the genocide a 'double genocide'."),
     ], [
         s("On 22 April 1995, RPA soldiers opened fire on displaced people at the Kibeho camp.", S),
         s("Australian soldiers serving with UNAMIR estimated that at least 4,000 people were killed there, while the government put the toll at 338.", S),
         s("About 2,000 people died at Kibeho.", D),
         s("By 2008 the Rwandan military said it had prosecuted 43 soldiers for war crimes and revenge killings since 1994.", S),
     ]]},

    # ------------------------------------------------------------------ 4. History quoting hate media (hard negative)
    {"doc": "history_hate_media.txt", "title": "Words before the machetes: Kangura, RTLM and the road to genocide",
     "genre": "history", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
     "paragraphs": [[
         s("The newspaper Kangura, founded in May 1990, became the best-known voice of Hutu extremism.", N),
         rep("In December 1990 it published the 'Ten Commandments of the Bahutu', whose eighth commandment read: 'Hutus must cease having pity for the Tutsi.'", N, "call_to_action", "justification"),
         s("The text appeared in issue No. 6 of the paper.", N),
         rep("The same issue called the Tutsi 'bloodthirsty and power-hungry' and claimed they wanted to impose their hegemony by armed force.", None, "accusation_in_mirror", "dehumanisation"),
     ], [
         s("Radio Télévision Libre des Mille Collines began broadcasting on 8 July 1993.", N),
         rep("Its presenters called the Tutsi 'inyenzi', cockroaches.", None, "dehumanisation"),
         rep("In the first days of April 1994 one broadcast told listeners: 'You have to kill them, they are cockroaches.'", None, "dehumanisation", "call_to_action"),
         rep("Later broadcasts urged listeners to keep working and complained that 'the graves are not yet full'.", None, "call_to_action"),
         rep("Presenters also claimed that the Tutsi were preparing to exterminate the Hutu, the device scholars call accusation in a mirror.", None, "accusation_in_mirror"),
     ], [
         s("The ICTR convicted the RTLM founder Ferdinand Nahimana and Hassan Ngeze, the editor of Kangura, in the Media case on 3 December 2003.", S),
         s("The RTLM presenter Georges Ruggiu was sentenced to 12 years in June 2000.", S),
         s("Léon Mugesera, an MRND official from Gisenyi, was sentenced to life imprisonment by the High Court of Rwanda in April 2016.", S),
         s("The propaganda did not cause the genocide by itself, but it prepared listeners to see their neighbours as enemies and the killing as self-defence."),
     ]]},

    # ------------------------------------------------------------------ 5. News: commemoration
    {"doc": "news_commemoration.txt", "title": "Rwanda begins its week of mourning as survivors recall 1994",
     "genre": "news", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": False,
     "paragraphs": [[
         s("KIGALI — Rwandans lit a flame of remembrance on Sunday as the country began its annual commemoration of the genocide against the Tutsi."),
         s("The genocide began the day after President Juvénal Habyarimana's plane was shot down on 6 April 1994.", S),
         s("More than a million people were killed in 100 days, officials said at the ceremony.", D),
         s("The UN Independent Inquiry of 1999 put the number killed at approximately 800,000.", S),
     ], [
         s("In December 2003 the UN General Assembly designated 7 April as an international day of reflection on the genocide in Rwanda.", N),
         s("In January 2018 the Assembly amended the title of the day to name the genocide against the Tutsi.", N),
         s("The Kigali Genocide Memorial at Gisozi, opened in 2004, holds the remains of more than 250,000 victims.", N),
         s("A survivor from Bugesera described how some 5,000 people who had taken refuge in the church at Ntarama were killed from 15 April 1994.", N),
     ], [
         s("Survivors' groups said that many perpetrators had never been tried."),
         s("Rwanda's gacaca courts, which closed on 18 June 2012, tried 1,958,634 genocide-related cases.", S),
         s("Ceremonies will continue for a week, with a minute's silence observed at noon."),
     ]]},

    # ------------------------------------------------------------------ 6. Survivor testimony summary (hard negative)
    {"doc": "survivor_testimony_summary.txt", "title": "Summary of testimony: a survivor from Kibuye (witness K.)",
     "genre": "testimony", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
     "paragraphs": [[
         s("The witness, a Tutsi woman who was 19 in 1994, lived with her parents and five siblings in Kibuye prefecture."),
         s("She recalled that after the president's plane was shot down, the radio told people to stay at home."),
         rep("Within days, militiamen at a roadblock near her home called her brothers 'inyenzi' and told them that cockroaches had no right to live.", None, "dehumanisation"),
         s("Her father was killed at that roadblock."),
         s("She fled with her mother to a church, where thousands of people had gathered."),
         rep("The attackers, she said, claimed that the Tutsi had hidden weapons to kill Hutu and that they were only defending themselves.", None, "accusation_in_mirror", "role_reversal"),
     ], [
         s("She survived by hiding for weeks in a sorghum field and later in the house of a Hutu neighbour."),
         s("Kibuye's prefect, Clément Kayishema, was later sentenced to life imprisonment by the ICTR.", S),
         s("In May 1999 the tribunal also convicted the businessman Obed Ruzindana for attacks on Tutsi in the Bisesero hills and sentenced him to 25 years.", S),
         s("She gave evidence before a gacaca court in 2006, where one of her father's killers confessed."),
         rep("She told the interviewer that people who call the killings a civil war 'did not see what we saw'.", None, "spontaneity"),
         s("She asked that her name not be published."),
     ]]},

    # ------------------------------------------------------------------ 7. Denial blog (own voice)
    {"doc": "fixture-denial-blog.txt", "title": "What really happened in Rwanda (test fixture)",
     "genre": "blog", "language": "en", "stance": "denies", "composite": False, "hard_negative": False,
     "paragraphs": [[
         own("The so-called genocide in Rwanda is the biggest lie of the late twentieth century.", None, "definitional_denial", "fabrication"),
         own("What happened in 1994 was a civil war with tribal clashes, not a planned extermination.", C, "spontaneity", "definitional_denial"),
         own("No more than 50,000 people died on all sides, and most of them were Hutu.", C, "minimisation", "double_genocide"),
         own("The famous figure of a million dead was fabricated in Kigali to extract aid and sympathy.", None, "fabrication", "minimisation"),
     ], [
         own("There were two genocides, and the real one was committed by Kagame's army against the Hutu.", C, "double_genocide", "blame_shifting"),
         own("The so-called survivors who testify in Arusha are paid liars coached by the regime.", None, "attack_on_witnesses", "definitional_denial"),
         own("The ICTR is a political court whose judges simply rubber-stamped the victors' story.", None, "attack_on_witnesses"),
         own("Even the UN commission that investigated found no plan to destroy the Tutsi.", C, "spontaneity", "definitional_denial"),
         own("The plane was shot down by the RPF on 12 April 1994, and everything that followed was Tutsi provocation.", C, "blame_shifting", "role_reversal"),
         own("It is time to stop repeating the propaganda of Kigali.", None, "fabrication"),
     ]]},

    # ------------------------------------------------------------------ 8. Distortion piece (own voice)
    {"doc": "fixture-denial-distortion.txt", "title": "Rwanda 1994: a tragedy with two faces (test fixture)",
     "genre": "opinion", "language": "en", "stance": "distorts", "composite": False, "hard_negative": False,
     "paragraphs": [[
         s("No one disputes that many Tutsi were killed in the spring of 1994, and those crimes must be remembered."),
         own("But the Tutsi were not the only victims, and the RPF killed at least as many Hutu as the militias killed Tutsi.", C, "double_genocide"),
         own("The RPF killed two million Hutu civilians between 1990 and 1994.", C, "double_genocide"),
         own("The massacres were a spontaneous reaction of a frightened population after the RPF murdered their president.", D, "spontaneity", "blame_shifting", "justification"),
     ], [
         own("The RPF's invasion from Uganda on 1 October 1990 was the real cause of everything that followed.", S, "blame_shifting"),
         own("Had Kagame not attacked, not a single Tutsi would have died.", None, "blame_shifting", "justification"),
         own("Faced with an invading army and its fifth column, ordinary Hutu defended their families as any people would.", None, "role_reversal", "justification", "accusation_in_mirror"),
         own("The death toll has been inflated for political reasons; the real number of Tutsi killed was closer to 100,000.", C, "minimisation", "fabrication"),
         own("Western governments should remember both genocides equally.", None, "double_genocide"),
         s("Only then will reconciliation be possible."),
     ]]},

    # ------------------------------------------------------------------ 9. Spliced composite
    {"doc": "fixture-denial-spliced-composite.txt", "title": "Justice and memory after Rwanda (test fixture)",
     "genre": "composite", "language": "en", "stance": "mixed", "composite": True, "hard_negative": False,
     "paragraphs": [[
         s("The International Criminal Tribunal for Rwanda was established in November 1994 to prosecute genocide and other serious violations of international humanitarian law.", S),
         s("Over two decades it convicted 61 people, among them the former prime minister Jean Kambanda, who pleaded guilty and was sentenced to life imprisonment on 4 September 1998.", S),
         s("Legal scholars have criticised the tribunal for its failure to prosecute crimes committed by the Rwandan Patriotic Front."),
         s("The Kabgayi killings of June 1994 were tried only in Rwanda, where two RPA officers were convicted in 2008.", S),
         s("Such selectivity weakens the tribunal's claim to impartial justice without casting doubt on the crimes it did judge."),
     ], [
         own("In truth the \u201cRwandan genocide\u201d is a fable invented by the C.I.A. to hand the Great Lakes to its proxy Kagame!", None, "definitional_denial", "fabrication"),
         own("The killings were chaotic tribal fighting in which both sides lost roughly equal numbers.", C, "spontaneity", "double_genocide"),
         own("The 800,000 figure was invented, and real demographic data show fewer than 100,000 deaths.", C, "minimisation", "fabrication"),
         own("Kagame himself was at the U.S. Army staff college at Fort Leavenworth when the RPF invaded in October 1990, which tells you whose war this was.", N, "fabrication", "blame_shifting"),
         own("The witnesses in Arusha were coached liars paid by Kigali.", None, "attack_on_witnesses"),
         own("The real genocide was the one Kagame's army carried out against the Hutu.", C, "double_genocide", "blame_shifting"),
     ]]},

    # ------------------------------------------------------------------ 9b. Second composite: news reposted with a denial comment
    {"doc": "fixture-denial-composite-repost.txt", "title": "Anniversary news item reposted with a comment (test fixture)",
     "genre": "composite", "language": "en", "stance": "mixed", "composite": True, "hard_negative": False,
     "paragraphs": [[
         s("Rwanda marked the anniversary of the genocide against the Tutsi with ceremonies across the country."),
         s("The ICTR sentenced the former prime minister Jean Kambanda to life imprisonment in September 1998 after he pleaded guilty to genocide.", S),
         s("Human Rights Watch estimated that at least half a million people were killed.", S),
         s("The gacaca courts tried 1,958,634 cases before closing in June 2012.", S),
     ], [
         own("wake up people, this 'genocide' story is the propaganda of the winners", None, "definitional_denial", "fabrication"),
         own("Kambanda only pleaded guilty because he was tortured and bribed.", None, "attack_on_witnesses", "fabrication"),
         own("The Tutsi rebels started the killing and then cried genocide.", None, "role_reversal", "blame_shifting"),
         own("At most 30,000 died, on both sides.", C, "minimisation", "double_genocide"),
     ]]},

    # ------------------------------------------------------------------ 9c. Short denial forum comment
    {"doc": "fixture-denial-forum-comment.txt", "title": "Forum comment (test fixture)",
     "genre": "forum_comment", "language": "en", "stance": "denies", "composite": False, "hard_negative": False,
     "paragraphs": [[
         own("Nobody has ever shown me a list with a million names.", None, "minimisation", "fabrication"),
         own("The gacaca trials were mob courts where neighbours settled scores with invented accusations.", None, "attack_on_witnesses", "fabrication"),
         own("The deaths were the result of war and disease, not of any extermination plan.", C, "spontaneity", "definitional_denial"),
         own("Even the UNAMIR force of 20,000 men saw no genocide.", C, "definitional_denial"),
     ]]},

    # ------------------------------------------------------------------ 10. Incitement-style text (own voice)
    {"doc": "fixture-incitement-broadcast.txt", "title": "Incitement-style broadcast text (test fixture)",
     "genre": "incitement", "language": "en", "stance": "distorts", "composite": False, "hard_negative": False,
     "paragraphs": [[
         own("Listeners, the inyenzi are coming down from the hills tonight.", None, "dehumanisation"),
         own("These cockroaches have sharpened their knives to exterminate every Hutu family in the commune.", None, "dehumanisation", "accusation_in_mirror"),
         own("They are snakes, and a snake must be crushed before it bites.", None, "dehumanisation", "justification", "call_to_action"),
         own("Do not wait for the soldiers: take your tools and finish the work.", None, "call_to_action"),
         own("Whoever hides them is an accomplice and will share their fate.", None, "call_to_action"),
         own("Defend yourselves before they strike first.", None, "call_to_action", "accusation_in_mirror", "role_reversal"),
     ]]},

    # ------------------------------------------------------------------ 11. Quoting incitement to condemn it (hard negative)
    {"doc": "condemning_hate_radio.txt", "title": "Why 'cockroach' still matters: a lesson from Rwanda's hate radio",
     "genre": "editorial", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
     "paragraphs": [[
         rep("In April 1994 a voice on RTLM told listeners that the Tutsi were 'cockroaches' who had to be killed.", None, "dehumanisation", "call_to_action"),
         rep("Other broadcasters warned that the 'inyenzi' were planning to exterminate the Hutu and urged people to strike first.", None, "accusation_in_mirror", "call_to_action", "dehumanisation"),
         s("These words were not metaphors: they were instructions, and they were obeyed at roadblocks across the country."),
         s("When peacekeepers tried to evacuate people from the Hôtel des Mille Collines, an RTLM reporter read the names of all sixty-two evacuees on the air.", N),
         s("After a cue from the station, militia and soldiers killed some six hundred people sheltering in a mosque in Kigali's Nyamirambo neighbourhood.", N),
         s("Calling human beings vermin is the step that makes their murder thinkable."),
     ], [
         s("The ICTR recognised this when it convicted RTLM's founder Ferdinand Nahimana of direct and public incitement to commit genocide.", S),
         s("The judgment in the Media case was delivered on 3 December 2003.", S),
         s("Today the same vocabulary circulates online, sometimes against the same people."),
         rep("Anyone who repeats that the victims 'brought it on themselves' is repeating the logic of the killers.", None, "blame_shifting", "justification"),
         s("Condemning this speech requires quoting it, accurately and in context."),
     ]]},

    # ------------------------------------------------------------------ 12. Fact check quoting denial claims (hard negative)
    {"doc": "factcheck_denial_claims.txt", "title": "Fact check: five claims you may read about Rwanda in 1994",
     "genre": "fact_check", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
     "paragraphs": [[
         rep("Claim: \"There was no genocide, only tribal clashes.\"", None, "spontaneity", "definitional_denial"),
         s("False: the UN Commission of Experts found that genocide against the Tutsi was committed in a concerted, planned, systematic and methodical way.", S),
     ], [
         rep("Claim: \"No more than 50,000 people died.\"", C, "minimisation"),
         s("False: Human Rights Watch estimated that at least half a million people were killed, and the government's census counted 1,074,017 victims.", S),
     ], [
         rep("Claim: \"There were two genocides.\"", None, "double_genocide"),
         s("Misleading: RPF soldiers killed civilians, tens of thousands according to Human Rights Watch, but the Commission of Experts found no evidence of intent to destroy the Hutu as a group.", S),
     ], [
         rep("Claim: \"The survivors are lying for money.\"", None, "attack_on_witnesses"),
         s("False: survivors' accounts have been tested in trials from the ICTR to the gacaca courts, which tried 1,958,634 cases.", S),
     ], [
         rep("Claim: \"The RPF shot down the plane, so the RPF caused the genocide.\"", D, "blame_shifting"),
         s("Unproven and beside the point: no court has established who fired the missiles, and the assassination of a president cannot excuse the murder of civilians.", S),
     ]]},

    # ------------------------------------------------------------------ 13. Government lessons-learned study
    {"doc": "lessons_learned_unamir.txt", "title": "Lessons from UNAMIR: an interdepartmental review",
     "genre": "government_report", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": False,
     "paragraphs": [[
         s("The United Nations Assistance Mission for Rwanda was established by Security Council resolution 872 on 5 October 1993.", S),
         s("Its authorised strength was 2,500 personnel.", S),
         s("Its force commander, Lieutenant-General Roméo Dallaire, led the mission from October 1993 to August 1994.", S),
         s("On 7 April 1994 ten Belgian peacekeepers assigned to protect the Prime Minister were disarmed and killed by Rwandan soldiers.", S),
         s("On 21 April the Security Council cut the mission to 270 personnel.", S),
         s("On 17 May resolution 918 imposed an arms embargo and authorised an expanded force of 5,500.", S),
     ], [
         s("The international community cannot save people from themselves, but it can make matters worse by withdrawing at the decisive moment."),
         s("This review finds that the mandate, not the courage of the troops, was the main constraint."),
         s("A French-led operation authorised on 22 June 1994 created a safe humanitarian zone in the south-west in early July.", S),
         s("About one million refugees crossed into Zaire in July 1994.", D),
     ], [
         s("Recommendation 1: peacekeeping mandates must allow the protection of civilians under imminent threat."),
         s("Recommendation 2: early-warning information from the field must reach the Security Council without delay."),
     ]]},

    # ------------------------------------------------------------------ 14. News background box with honest errors
    {"doc": "news_trial_background.txt", "title": "Genocide trial opens in Paris: background",
     "genre": "news", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": False,
     "paragraphs": [[
         s("The trial that opened on Monday is the latest in a series of cases brought in European courts under universal jurisdiction."),
         s("France's first such trial ended in March 2014, when the former intelligence officer Pascal Simbikangwa was sentenced to 25 years.", S),
     ], [
         s("The International Criminal Tribunal for Rwanda was set up by the Security Council in 1996.", C),
         s("UNAMIR's strength was cut to 2,700 in April 1994, as the killings spread.", C),
         s("Jean-Paul Akayesu, the former mayor of Taba, was sentenced to 25 years in 1998.", C),
         s("Colonel Théoneste Bagosora was acquitted of genocide in December 2008.", C),
         s("The Arusha peace agreement had been signed in August 1993.", S),
         s("The killings ended when the RPF took Kigali in April 1994.", C),
         s("About one million people were killed.", D),
     ], [
         s("In 2003 Paul Kagame won Rwanda's first multiparty presidential election since independence with about 95 percent of the vote.", N),
         s("He had been sworn in as president on 22 April 2000.", N),
         s("The trial is expected to last six weeks."),
     ]]},

    # ------------------------------------------------------------------ 15. News: refugees
    {"doc": "news_refugee_exodus.txt", "title": "Exodus: Rwanda's refugee crisis of 1994",
     "genre": "news", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": False,
     "paragraphs": [[
         s("More than 250,000 Rwandans crossed into Tanzania at Ngara in 24 hours at the end of April 1994.", S),
         s("UNHCR called it the largest and fastest exodus it had ever seen.", S),
         s("Burundi, whose first Hutu president Melchior Ndadaye had been assassinated on 21 October 1993, also received refugees from Rwanda.", N),
     ], [
         s("The RPF captured Kigali on 4 July 1994.", S),
         s("It took Gisenyi on 18 July.", D),
         s("In July, as the RPF advanced on the north-west, between 500,000 and 800,000 refugees poured into North Kivu.", D),
         s("A new government was installed in Kigali on 19 July 1994, with Pasteur Bizimungu as president.", S),
         s("The Goma Epidemiology Group counted almost 50,000 deaths among the refugees in the first month, most of them from cholera and dysentery.", S),
         s("About 80,000 refugees died in the camps around Goma by early August.", D),
         s("The last French troops of Operation Turquoise left the safe humanitarian zone on 21 August 1994.", S),
         s("The camps would remain a source of insecurity for years."),
     ]]},

    # ------------------------------------------------------------------ 16. French news article
    {"doc": "fr_article_memoire.txt", "title": "Rwanda : trente ans après, la mémoire et les chiffres",
     "genre": "news", "language": "fr", "stance": "acknowledges", "composite": False, "hard_negative": False,
     "paragraphs": [[
         s("En décembre 2003, l'Assemblée générale des Nations unies a fait du 7 avril une journée internationale de réflexion sur le génocide au Rwanda.", N),
         s("L'avion du président Juvénal Habyarimana a été abattu le soir du 6 avril 1994 à l'approche de l'aéroport de Kigali.", S),
         s("Dès le lendemain, des militaires ont assassiné la Première ministre Agathe Uwilingiyimana et dix Casques bleus belges.", S),
         s("Environ 800 000 personnes ont été tuées en une centaine de jours.", D),
         s("Le recensement des victimes publié par le gouvernement rwandais en 2002 fait état de 1 074 017 morts.", S),
     ], [
         s("À Murambi, entre 40 000 et 50 000 personnes ont été tuées dans l'école technique le 21 avril 1994.", N),
         s("Le mémorial de Kigali, à Gisozi, abrite les restes de plus de 250 000 victimes.", N),
         s("Le génocide a laissé quelque 75 000 orphelins.", D),
         s("En mars 2021, la commission Duclert a conclu à des « responsabilités lourdes et accablantes » de la France, sans complicité au sens juridique.", S),
         s("La justice française a définitivement clos en février 2022 l'enquête sur l'attentat, sans désigner de coupable.", S),
         s("Pour les rescapés, la lutte contre le négationnisme reste une priorité."),
     ]]},

    # ------------------------------------------------------------------ 17. French denial blog (own voice)
    {"doc": "fixture-denial-fr-blog.txt", "title": "Rwanda : la vérité qu'on vous cache (texte d'essai)",
     "genre": "blog", "language": "fr", "stance": "denies", "composite": False, "hard_negative": False,
     "paragraphs": [[
         own("Le prétendu « génocide » rwandais est une construction de la propagande de Kigali.", None, "definitional_denial", "fabrication"),
         own("Il n'y a eu en 1994 que des affrontements interethniques spontanés, dans le chaos de la guerre.", C, "spontaneity", "definitional_denial"),
         own("Tout au plus 50 000 morts, des deux côtés.", C, "minimisation", "double_genocide"),
         own("Le véritable génocide est celui des Hutu, commis par l'armée de Kagame.", C, "double_genocide", "blame_shifting"),
         own("Les prétendus rescapés récitent des témoignages fabriqués, et le TPIR n'a été qu'un tribunal de vainqueurs aux ordres.", None, "attack_on_witnesses", "fabrication", "definitional_denial"),
         own("Le TPIR a d'ailleurs acquitté Jean-Paul Akayesu, preuve que l'accusation ne tenait pas.", C, "attack_on_witnesses", "fabrication"),
     ]]},

    # ------------------------------------------------------------------ 18. French note on RPF crimes (hard negative)
    {"doc": "fr_note_crimes_fpr.txt", "title": "Les crimes du FPR en 1994 et la question de la justice",
     "genre": "academic", "language": "fr", "stance": "acknowledges", "composite": False, "hard_negative": True,
     "paragraphs": [[
         s("Reconnaître le génocide des Tutsi n'empêche pas d'examiner les crimes commis par l'Armée patriotique rwandaise."),
         s("Début juin 1994, près de Kabgayi, des soldats du FPR ont tué treize ecclésiastiques, dont l'archevêque de Kigali.", S),
         s("L'équipe de Robert Gersony, mandatée par le HCR, a estimé qu'entre 25 000 et 45 000 personnes avaient été tuées par l'APR d'avril à août 1994.", S),
         s("Le 22 avril 1995, à Kibeho, l'APR a ouvert le feu sur des déplacés ; le gouvernement a reconnu 338 morts.", S),
         s("Environ 4 000 personnes y ont trouvé la mort.", D),
     ], [
         s("Le TPIR n'a poursuivi aucun membre du FPR.", S),
         s("Ces crimes relèvent des crimes de guerre et des crimes contre l'humanité, et la Commission d'experts de l'ONU n'a trouvé aucune preuve d'une intention de détruire le groupe hutu.", S),
         s("Les qualifier de « second génocide » serait donc une erreur."),
         s("Le déni de ces crimes, comme le déni du génocide, nuit à la réconciliation."),
     ]]},
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
