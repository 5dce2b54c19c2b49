"""Source of the FORTY-THIRD development labelled set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train43/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train43/build_set.py --check  # validate the files already written

A development set (written 2026-11-29, session 26): its errors may be read and it may train the second look.
Written blind to the checker's rules: its author did not read src/factfinder/check/, the detectors' rules,
exemplars or training data, the check tests, nor any earlier set's documents, labels or build scripts (only
benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, and the first
lines of check-blind5's build script and README as templates). Verdicts were decided against the record:
benchmarks/data/record/ (events.yaml, entities.yaml, README.md, gold.json), examples/ (FACTS.md and the sample
documents) and src/factfinder/data/reference/. Facts labelled not_in_record were checked with the project's
search tool (stored copies of public pages); README.md lists them. benchmarks/data/record/ was read by mistake: it
is not part of the record that `factfinder demo` builds (examples/, the reference pack, the proceedings CSV), and
the verdicts were audited against that demo record in session 27 (comments "session 27 audit" below).

Genres new to the sets: captions of a timeline poster, a parliamentary committee hearing transcript, a teacher's
answer key, a memorial-site visitor leaflet, a wiki talk-page dispute, an open letter from a defence lawyer
criticising the ICTR, a French radio court chronicle and a French "vrai ou faux" fact check, plus four short
fixtures (a gacaca policy paper with denial spliced in, an op-ed minimising the toll in spelled-out numbers, a
Telegram-style incitement post and a French reader's letter). Every person who is not a public figure of the
record (authors, members of the committee, editors, the lawyer, the letter writer) is invented.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling decisions.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with


DOCS: list[dict] = [
    # 1. Captions of a timeline poster (print version), with two honest errors and two disputed figures.
    {
        "doc": "timeline-poster-captions.txt",
        "title": "A hundred days and after: captions of a timeline poster, 1993-2020",
        "genre": "timeline infographic captions",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("A HUNDRED DAYS AND AFTER: caption text for the fold-out timeline (print version, panels 1 to 18)")],
            [s("Panel 0, inset, 21 October 1993: In neighbouring Burundi, Melchior Ndadaye, the country's first Hutu president, is assassinated.", N)],
            [s("Panel 1, August 1993: In the Tanzanian town of Arusha, President Juvénal Habyarimana and RPF chairman Alexis Kanyarengwe put their names to a peace agreement.", S),
             s("The deal promised a broad-based transitional government and a single national army built from both forces.", S)],
            [s("Panel 2, October 1993: Two months later, Security Council resolution 872 creates a peacekeeping mission, UNAMIR, with an authorised strength of 2,500.", S)],
            [s("Panel 3, 6 April 1994: The president's Falcon 50 is shot down on its approach to Kigali; all twelve people aboard are killed.", S),
             s("Who fired has never been established by a court.", S)],
            [s("Panel 4, the next morning: Prime Minister Agathe Uwilingiyimana is murdered by government soldiers, and the ten Belgian blue helmets guarding her are killed at Camp Kigali.", S)],
            [s("Panel 5, 21 April 1994: Fifteen days into the slaughter, the Security Council votes to shrink UNAMIR to 270 personnel.", S)],
            [s("Panel 6, 28-29 April: Over a quarter of a million people cross into Tanzania's Ngara district in a single day.", S),
             # session 27 audit: was disputed; the demo record holds the firing on 5,000 people but no toll: the 300 is a fact only in benchmarks/data/record (extraction documents), no record source disagrees on it
             s("The same week, in Cyangugu, police and militiamen fire on 5,000 people trying to leave a stadium, killing 300.", N)],
            [s("Panel 7, 17 May: Resolution 918 imposes an arms embargo and authorises a force of 5,500, more than twenty times the number left on the ground.", S)],
            [s("Panel 8, 22 June: Resolution 929 lets France lead Opération Turquoise; ten members vote in favour and five abstain.", S)],
            [s("Panel 9, 4 July: The RPF takes Kigali.", S)],
            [s("Panel 10, mid-July: About one million people pour across the border into Goma within a few days.", D),
             s("Cholera and dysentery follow, and around 50,000 refugees die in the camps within a month.", D)],
            [s("Panel 11, 19 July: A government of national unity is sworn in with Pasteur Bizimungu as president.", S)],
            [s("Panel 12, 8 November 1994: Resolution 955 creates the International Criminal Tribunal for Rwanda, adopted by thirteen votes to two.", C)],
            [s("Panel 13, 2 September 1998: In Arusha, Jean-Paul Akayesu becomes the first person convicted of genocide by an international court.", S),
             s("Two days later, the former prime minister Jean Kambanda is sentenced to life.", S)],
            [s("Panel 14, 18 December 2008: Théoneste Bagosora is sentenced to life imprisonment; on appeal three years later the sentence is reduced to 25 years.", C)],
            [s("Panel 15, inset, 22 December 2010: Resolution 1966 sets up the residual mechanism that will take over the tribunal's remaining work.", N)],
            [s("Panel 16, 18 June 2012: The gacaca community courts close after hearing close to two million cases.", S)],
            [s("Panel 17, 31 December 2015: The ICTR shuts its doors, having convicted 61 of the 93 people it indicted.", S)],
            # session 27 audit: was supported; the arrest (16 May 2020, near Paris) and the 1997 indictment are a fact only in benchmarks/data/record (extraction documents); the proceedings CSV holds only the unfitness and stay
            [s("Panel 18, 16 May 2020: Félicien Kabuga, indicted in 1997, is arrested near Paris.", N)],
            [s("Cover line: 800,000 people killed in one hundred days.", D)],
            [s("Back panel: Estimates range from at least half a million (Human Rights Watch and FIDH, 1999) to 1,074,017 (the Rwandan government's count of 2002, which starts in 1990).", S),
             s("Soldiers of the RPF also killed civilians; UNHCR experts estimated between 25,000 and 45,000 dead from April to August 1994.", S),
             s("The poster shows ranges rather than single numbers wherever the sources disagree.")],
        ],
    },
    # 2. Parliamentary committee hearing (invented committee, members and witness). The speakers are quoted:
    #    a member's "spontaneous tribal fighting" is reported voice; the document has no own-voice marker.
    {
        "doc": "committee-hearing-peacekeeping.txt",
        "title": "Committee on Defence and Foreign Affairs: hearing on the lessons of Rwanda, 1993-1995 (uncorrected transcript)",
        "genre": "parliamentary committee hearing transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("STANDING COMMITTEE ON DEFENCE AND FOREIGN AFFAIRS. Hearing on the lessons of peacekeeping: Rwanda, 1993-1995. Uncorrected transcript, session 14.")],
            [s("The Chair (Ms Olumide-Vance): Good morning; our witness is Dr Ines Carvalho-Reyes, who has written on decision-making at the United Nations in 1994."),
             s("Dr Carvalho-Reyes, remind us first of the mandate: the mission was set up in October 1993, was it not?", S)],
            [s("Dr Carvalho-Reyes: That's right, by resolution 872 of 5 October 1993, to help carry out the Arusha agreement, and the security of Kigali was among its tasks.", S),
             s("Its force commander from October 1993 until August 1994 was the Canadian general Roméo Dallaire.", S)],
            [s("Mr Zandbergen: Was he warned in advance?")],
            [s("Dr Carvalho-Reyes: He testified years later in Arusha that an informant known as Jean-Pierre had told UNAMIR of a plan to kill Belgian soldiers and of hidden weapons, and that headquarters in New York told him he had no authority to act.", S)],
            [s("Mr Zandbergen: And then, as I understand it, the Council withdrew UNAMIR altogether in April.", C)],
            [s("Dr Carvalho-Reyes: Not altogether: on 21 April 1994 resolution 912 cut it from about 2,500 to 270, a reduction of almost nine tenths.", S),
             s("About a week after its ten peacekeepers were killed, Belgium had announced that it would withdraw its contingent of some 420 soldiers.", N),
             s("Six Belgian civilians had been killed as well.", N),
             s("Less than a month after the cut, on 17 May, resolution 918 reversed course and authorised 5,500 troops, and by January 1995 the mission had 5,740.", S)],
            [rep("Ms Lindqvist: Some constituents write to me that what happened was really a spontaneous outburst of tribal fighting after the president died, which no force could have stopped.", C, "spontaneity")],
            [s("Dr Carvalho-Reyes: The UN's own Commission of Experts concluded in December 1994 that the genocide against the Tutsi was carried out in a concerted, planned, systematic and methodical way.", S),
             s("Roadblocks went up across Kigali within hours of the crash, and soldiers, the Presidential Guard and militiamen began killing Tutsi and opposition politicians.", S),
             s("In Kigali itself, more than a thousand people survived by taking refuge at the Hôtel des Mille Collines.", N)],
            [s("The Chair: What about the French operation in June?")],
            # session 27 audit: was disputed; the demo record's sources agree on about 2,500 French soldiers (sitrep, Le Monde) or more than 2,500 (French army page), so 2,300 conflicts with it; the 2,300 count is only in benchmarks/data/record (extraction documents)
            [s("Dr Carvalho-Reyes: Resolution 929 of 22 June authorised it under Chapter VII, and some 2,300 French soldiers took part.", C),
             s("The force declared a safe humanitarian zone in the south-west on 5 July and left it on 21 August 1994.", S)],
            # session 27 audit: was supported; the million displaced in the zone is a fact only in benchmarks/data/record (extraction documents), not in the demo record (examples/, reference pack, proceedings CSV)
            [s("Mr Zandbergen: I have read that the zone held more than a million displaced people.", N)],
            # session 27 audit: was supported; the figure of the previous sentence and the FAR soldiers in the zone are a fact only in benchmarks/data/record (extraction documents)
            [s("Dr Carvalho-Reyes: That is the figure reported at the time; the zone also became a refuge for soldiers of the defeated army.", N),
             s("Further north, the RPF took Gisenyi on 18 July and the flight into Zaire reached its peak.", D)],
            [s("Ms Lindqvist: I was told it was the French operation that finally ended the killing.", C)],
            [s("Dr Carvalho-Reyes: The killing ended when the RPF defeated the government army in July; Turquoise covered only the south-west.", S)],
            [s("Ms Lindqvist: Did the mission also see killings by the RPF?")],
            [s("Dr Carvalho-Reyes: Yes."),
             s("Human Rights Watch later wrote that RPF soldiers killed civilians in summary executions and massacres.", S),
             s("In all, RPF soldiers killed somewhere around 30,000 civilians in 1994.", D),
             s("The worst single episode came after the war: on 22 April 1995 RPA soldiers fired on displaced people in the Kibeho camp, and about 2,000 died.", D),
             s("Australian peacekeepers who were there counted at least 4,000 dead; the government said 338.", S)],
            [s("The Chair: And the cost of inaction, in lives?")],
            [s("Dr Carvalho-Reyes: No one knows exactly; the UN's independent inquiry of 1999 spoke of approximately 800,000 people killed in about a hundred days.", S)],
            [s("Mr Zandbergen: So, for the record, the Council's cut came barely two weeks after the killing began.", S)],
            [s("The Chair: Thank you; the committee is adjourned until two o'clock.")],
        ],
    },
    # 3. Teacher's answer key (invented school and teacher), with two errors in the key.
    {
        "doc": "quiz-answer-key-unit7.txt",
        "title": "Answer key: Year 11 history quiz, unit 7, the genocide against the Tutsi",
        "genre": "teacher's answer key for a quiz",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("ANSWER KEY, Year 11 history, unit 7 quiz (for markers only)."),
             s("Accept equivalent wording; one mark per item unless stated.")],
            [s("1. The attack on the presidential plane took place on the evening of 6 April 1994 (accept '6 April').", S),
             s("2. Burundi's president, Cyprien Ntaryamira, was also on board and died (one mark for the name, one for the country).", S),
             # session 27 audit: was supported; the 9 April date of the interim government is a fact only in benchmarks/data/record (extraction documents); the demo record holds Kambanda as its prime minister but no date
             s("3. The interim government formed on 9 April 1994 had Jean Kambanda as prime minister.", N),
             s("4. The UN force in Rwanda was commanded by Roméo Dallaire, a Canadian general.", S)],
            [s("5. In early 1994 the Tutsi made up about 15 percent of Rwanda's population.", D),
             s("6. The demographer William Seltzer estimated that 657,000 Tutsi lived in Rwanda on 6 April 1994.", S),
             s("7. Arithmetic item: 657,000 minus about 150,000 survivors leaves about 507,000 Tutsi killed, roughly three in every four.", S)],
            [s("8. The RPF captured Kigali on 4 July 1994 (half a mark for 'early July').", S),
             # session 27 audit: was disputed; the proceedings CSV holds the Mugonero attack (April 1994, thousands of refugees) but neither 16 April nor any toll: 5,000 / 6,000 is a fact only in benchmarks/data/record (extraction documents)
             s("9. The attack on the Adventist complex at Mugonero on 16 April 1994 killed some 6,000 Tutsi.", N),
             s("10. Number killed at Kibeho on 22 April 1995: 338.", D),
             s("Note for markers: students who write 'at least 4,000' are quoting the estimate of Australian UNAMIR soldiers and also get the mark.", S)],
            [s("11. The ICTR was created by resolution 955 in November 1995.", C),
             s("12. The Tribunal sat in Arusha, Tanzania.", S),
             s("13. Akayesu was the bourgmestre of Taba commune in Gitarama prefecture.", S),
             s("14. His trial, the Tribunal's first, opened in January 1997, and he was sentenced to life imprisonment in October 1998.", S),
             s("15. His appeal was dismissed on 1 June 2001.", S)],
            [s("16. Kangura, the extremist paper edited by Hassan Ngeze, first appeared in 1990.", N),
             s("17. The radio station RTLM began broadcasting in July 1993 and went off the air at the end of July 1994.", N),
             s("18. On appeal in 2007 the three sentences in the media case became 30, 32 and 35 years.", S)],
            [s("19. Of the four officers tried in Military I, the one acquitted was Gratien Kabiligi.", S),
             s("20. Nsengiyumva's life sentence was reduced on appeal to 25 years.", C),
             s("21. The gacaca courts closed in 2012.", S)],
            [s("Bonus 1. Opération Turquoise lasted from 22 June to 21 August 1994, just under two months.", S),
             s("Bonus 2. The killing of thirteen clergy by RPF soldiers near Kabgayi took place on 5 June 1994.", D),
             s("Bonus 3. Refugees who crossed into North Kivu in July 1994: between 500,000 and 800,000.", D),
             s("Bonus 4. UNAMIR was cut to 270 personnel by resolution 918.", C)],
            [s("Total: 25 marks; grade boundaries are on the department sheet.")],
        ],
    },
    # 4. Memorial-site visitor leaflet (no real institution's text).
    {
        "doc": "memorial-leaflet-bugesera.txt",
        "title": "Visiting the Bugesera church memorials: a leaflet for visitors",
        "genre": "memorial-site visitor leaflet",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("VISITING THE BUGESERA CHURCH MEMORIALS"),
             s("Welcome. This leaflet introduces the two church memorials of the Bugesera, south of Kigali."),
             s("Please dress respectfully, do not photograph the remains, and keep your voice low inside the churches.")],
            # session 27 audit: was supported; fact only in benchmarks/data/record (extraction documents), not in the demo record (examples/, reference pack, proceedings CSV)
            [s("Before 1994. Violence against Tutsi in the Bugesera did not begin in 1994: in 1992 about 667 Tutsi were murdered here.", N),
             # session 27 audit: was supported; fact only in benchmarks/data/record (extraction documents), not in the demo record (examples/, reference pack, proceedings CSV)
             s("The Italian volunteer Antonia Locatelli, who had alerted the outside world to those killings, was shot dead the next day, on 9 March 1992.", N)],
            [s("Nyamata. After the president's plane was brought down on 6 April 1994, families sought shelter in the churches.", S),
             # session 27 audit: was supported; Nyamata is a fact only in benchmarks/data/record (extraction documents), not in the demo record (examples/, reference pack, proceedings CSV)
             s("On 11 April around ten thousand people were killed in and around the church at Nyamata.", N),
             # session 27 audit: was supported; Nyamata memorial figure is a fact only in benchmarks/data/record (extraction documents), not in the demo record (examples/, reference pack, proceedings CSV)
             s("Today the Nyamata memorial holds the remains of more than 45,000 victims, brought from across the region.", N),
             s("The bullet holes in the roof have been left as they were.")],
            # session 27 audit: was supported; Ntarama is a fact only in benchmarks/data/record (extraction documents), not in the demo record (examples/, reference pack, proceedings CSV)
            [s("Ntarama. On 14 or 15 April 1994 several thousand people, between five and six thousand by most estimates, died in the church at Ntarama.", N),
             # session 27 audit: was supported; Ntarama and Nyamata dates are a fact only in benchmarks/data/record (extraction documents), not in the demo record (examples/, reference pack, proceedings CSV)
             s("The massacre there came three or four days after the one at Nyamata.", N)],
            # session 27 audit: was supported; the demo record holds the 22 public executions of 24 April 1998 but not where: the split by town is a fact only in benchmarks/data/record (extraction documents)
            [s("Nyamata was also one of the towns where, on 24 April 1998, people convicted of genocide were executed in public; five of the twenty-two were shot here.", N),
             # session 27 audit: was supported; the split of the 1998 executions by town is a fact only in benchmarks/data/record (extraction documents), not in the demo record (examples/, reference pack, proceedings CSV)
             s("Four of the others were executed in Kigali and the rest in three further towns.", N)],
            [s("Across the country. The killing lasted about a hundred days and ended when the RPF defeated the government army in July 1994.", S),
             s("More than one million people were killed nationwide.", D),
             s("In 2004 a ministry announced 937,000 victims whose names, ages and places of birth had been established.", S),
             s("Between 250,000 and 500,000 women were raped during the genocide.", D),
             s("The genocide left some 95,000 children orphaned.", D)],
            # session 27 audit: was disputed; the proceedings CSV holds the Murambi school massacre of 21 April 1994 but no toll, so no record source disagrees on it: the Murambi tolls are a fact only in benchmarks/data/record (extraction documents)
            [s("Other memorials. Murambi, in the south, is where the attack on the technical school came on 21 April 1994; some 50,000 people were killed there.", N),
             # session 27 audit: was supported; the proceedings CSV holds the Nyarubuye parish massacre but not the 35,000: fact only in benchmarks/data/record (extraction documents)
             s("At Nyarubuye, in the east, the memorial holds the remains of over 35,000 people killed at the parish.", N),
             s("The Kigali Genocide Memorial at Gisozi, opened in April 2004, is the resting place of more than 250,000 victims.", N)],
            [s("Practical information. The sites are open every day except on the morning of the last Saturday of the month, when community work takes place."),
             s("Guides speak Kinyarwanda, English and French; there is no entrance fee, and donations support survivors' associations.")],
        ],
    },
    # 5. Wiki talk-page dispute (invented usernames). A blocked account's edits are quoted to reject them:
    #    reported voice only, hard negative.
    {
        "doc": "wiki-talk-infobox-toll.txt",
        "title": "Talk page: 'Infobox death toll' (request for comment)",
        "genre": "wiki talk-page dispute",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Infobox death toll (request for comment)")],
            [s("The infobox currently shows a single figure sourced to a newspaper; I propose a range instead. -- Kestrel_Ndiaye"),
             s("The UN Commission of Experts wrote in December 1994 that an estimated 500,000 unarmed civilians had been murdered and that the number might be too low.", S),
             s("Human Rights Watch's World Report 1995 gave between half a million and a million killed before mid-July.", S)],
            [s("Support a range, but the government census belongs in it: it counted 1,074,017 victims in a report of November 2002. -- Marguerite.Oyelaran", S),
             s("That count starts in October 1990, not April 1994, so it is not like-for-like with the others.", S)],
            [s("Comment: the 2002 figure is about twice the HRW/FIDH minimum of half a million, which is roughly Reydams' point that the official toll doubles the number of genocide victims. -- ParsnipEditor", S),
             s("Oppose giving 1,074,017 alone; Reyntjens called it 'ridiculously precise'.", S),
             s("The 937,000 figure comes from a different ministry, in 2004, and counts named victims.", S),
             s("Early counts were lower, but not by much: two weeks in, HRW was already citing 200,000 dead.", C)],
            [s("Note: HRW/FIDH's book came out in March 1998, if anyone wants to cite it. -- Ulrike_Bassong", C)],
            [s("Small correction: Leave None to Tell the Story was released in March 1999. -- Kestrel_Ndiaye", S)],
            [rep("Reverted again: an account since blocked as a sockpuppet kept replacing the number with 'no more than 80,000 dead, the rest is war propaganda'. -- Marguerite.Oyelaran", C, "minimisation", "fabrication"),
             rep("The same account added that 'the real genocide was the one the RPF committed against the Hutu afterwards', citing nothing.", C, "double_genocide", "role_reversal"),
             rep("It also wrote that the Hutu 'had to defend themselves against the cockroach invaders'; that is a hate-radio trope and the edit has been suppressed.", None, "dehumanisation", "accusation_in_mirror", "justification")],
            [s("For the record, killings by RPF soldiers are already in the article with their own sources: 'tens of thousands' (HRW 1999) and 25,000 to 45,000 (the UNHCR team). -- ParsnipEditor", S),
             s("That section should also give the Kibeho toll as 4,000 dead rather than the government's 338.", D),
             s("The Commission of Experts found that crimes against humanity were committed on both sides but saw no evidence that the RPF side's crimes were meant to destroy the Hutu as a group.", S)],
            [s("Proposed text: 'Estimates range from about 500,000 to more than 1,000,000.' -- Marguerite.Oyelaran", S)],
            [s("Support, with a footnote: Verpoorten's Gikongoro study, which found that Tutsi there had a one-in-four chance of surviving, supports the higher estimates. -- Ulrike_Bassong", S),
             s("The 1991 census put the Tutsi at 8.4 percent of the population, and HRW itself says that census under-counted them.", S),
             s("On 'a hundred days': the ICRC historians run it from 7 April to 17 July, which is 102 days if both ends are counted.", S)],
            [s("Closed: consensus for the range; the sockpuppet's edits stay reverted. -- Kestrel_Ndiaye")],
        ],
    },
    # 6. Open letter from a defence lawyer (invented) criticising the ICTR: a hard negative that acknowledges the
    #    genocide and documents RPF killings. No technique in any voice.
    {
        "doc": "letter-defence-counsel-ictr.txt",
        "title": "Letter to the editor: a tribunal that judged one side",
        "genre": "open letter from a defence lawyer criticising the ICTR",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("A TRIBUNAL THAT JUDGED ONE SIDE")],
            [s("Sir, I defended accused persons in Arusha for a decade, and I write neither to deny the genocide against the Tutsi nor to diminish it: it happened, it was planned, and the Tribunal proved it case after case.", S),
             s("My complaint is different: the Tribunal created by resolution 955 had jurisdiction over crimes committed in Rwanda throughout 1994, whoever committed them, and it used only half of that mandate.", S),
             s("When it closed at the end of 2015 it had indicted 93 people, and not one of them was a member of the Rwandan Patriotic Front.", S),
             s("Human Rights Watch said as much in December 2008, when it observed that the Tribunal had not prosecuted even one of the RPF's serious crimes of 1994.", S)],
            [s("Those crimes are not rumours."),
             s("A team working for UNHCR estimated that RPA soldiers killed between 25,000 and 45,000 people from April to August 1994, and the UN Commission of Experts had asked as early as December 1994 for the RPF's violations to be investigated.", S),
             s("The clergy killed near Kabgayi in June 1994, the Archbishop of Kigali among them, were killed by RPF soldiers.", S),
             s("That case was left to a Rwandan military court, which in October 2008 convicted two captains who had confessed and acquitted the general and the major tried with them.", S),
             s("The captains received eight years each: for fifteen lives, that is roughly six months per victim.", S),
             s("Is that what the families of Kibeho, where more than 4,000 people were shot or crushed in April 1995, are to expect?", D)],
            [s("Nor was the Tribunal always careful with the accused it did try."),
             s("Its first trial opened only in 1998, more than three years after its creation.", C),
             # session 27 audit: was supported; the 31 March 2000 ruling and the cut for violated rights are a fact only in benchmarks/data/record (extraction documents); the proceedings CSV gives only the 2007 reduction to 32 years
             s("In the case of Jean-Bosco Barayagwiza, the Appeals Chamber itself ruled on 31 March 2000 that his rights had been violated after his arrest, and his sentence was cut for that reason.", N),
             s("In Military I, General Gratien Kabiligi was acquitted of every charge, and in December 2011 the Appeals Chamber cut Colonel Bagosora's life sentence to 35 years and Lieutenant-Colonel Nsengiyumva's to 15, releasing him.", S),
             # session 27 audit: was supported; the arrest in Cameroon in March 1996 is a fact only in benchmarks/data/record (extraction documents), not in the demo record (examples/, reference pack, proceedings CSV)
             s("Nsengiyumva had been held since his arrest in Cameroon in March 1996, more than fifteen years earlier.", N),
             s("Even Jean Kambanda, who pleaded guilty, got life, and the Appeals Chamber confirmed it in 2002.", C),
             s("And the Mechanism's judges found Félicien Kabuga unfit to stand trial in June 2023.", S),
             s("I do not say these acquittals and reductions were wrong; I say they show how often the prosecution overreached.")],
            # session 27 audit: was supported; the ICTR's cost is a fact only in benchmarks/data/record (extraction documents) (the 61 convictions are in the record, the cost is not)
            [s("The Tribunal cost about 1.6 billion dollars between 1995 and the end of 2011, and it convicted 61 people.", N),
             # session 27 audit: was supported; derived from the ICTR's cost, a fact only in benchmarks/data/record (extraction documents)
             s("That is some 27 million dollars per conviction.", N),
             # session 27 audit: was supported; the gacaca cost (50 million dollars) is a fact only in benchmarks/data/record (extraction documents)
             s("Rwanda's gacaca courts, meanwhile, tried nearly two million cases in seven years of hearings for about 50 million dollars.", N),
             s("Human Rights Watch documented serious fair-trial failings in those courts, which were not allowed to hear RPF crimes.", S)],
            [s("The Tribunal's first judgment, against Akayesu in September 1998, was a landmark, and I do not dispute it.", S),
             s("But a court that judges only the losers invites the charge of 'victor's justice', and the Tribunal's defenders should answer that charge rather than wave it away."),
             s("Corinne Vasquez-Lindholm, former defence counsel before the ICTR, 1999-2009")],
        ],
    },
    # 7. FIXTURE (composite): a gacaca policy paper, accurate in its first half, with denial spliced onto it.
    {
        "doc": "fixture-denial-composite-gacaca-paper.txt",
        "title": "Policy paper: what gacaca did, in numbers",
        "genre": "policy paper on gacaca with denial spliced in (test fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("What gacaca did, in numbers")],
            # session 27 audit: was supported; the 2001 creation is a fact only in benchmarks/data/record (extraction documents), not in the demo record (examples/, reference pack, proceedings CSV)
            [s("Rwanda created the gacaca courts in 2001 to deal with a backlog of genocide suspects that its ordinary courts could not absorb.", N),
             s("By April 1998 more than 125,000 people were awaiting trial, while only about 330 had been tried.", S),
             # session 27 audit: was supported; 10 March 2005 and the 106 pilot courts are a fact only in benchmarks/data/record (extraction documents), not in the demo record (examples/, reference pack, proceedings CSV)
             s("The process was launched officially on 18 June 2002, and the first trials opened on 10 March 2005 in 106 pilot courts.", N),
             s("The courts closed exactly ten years after the launch, on 18 June 2012.", S)],
            [s("According to the national gacaca service, 1,958,634 cases were tried, 1,320,554 of them for offences against property.", S),
             s("Property cases were thus about two thirds of the total.", S),
             s("The justice minister said ordinary courts would have needed more than 300 years for the same caseload.", S),
             # session 27 audit: was supported; the gacaca cost and the 62.77 per cent share are a fact only in benchmarks/data/record (extraction documents)
             s("The whole process cost roughly 50 million dollars, 62.77 per cent of it paid by the Rwandan government.", N),
             s("About two thirds of those tried were convicted.", D)],
            [own("But what the numbers really show is that there was no genocide at all, only a civil war in which both sides killed.", C, "definitional_denial", "double_genocide"),
             own("Two million cases for a toll that honest researchers put at barely a hundred thousand prove that the accusations were manufactured in bulk.", C, "minimisation", "fabrication"),
             own("The village witnesses were coached, paid and threatened until they said what Kigali wanted.", None, "attack_on_witnesses"),
             own("The killing of Tutsi was a spontaneous reaction of peasants frightened by the RPF invasion, not a plan.", C, "spontaneity", "blame_shifting"),
             own("The only systematic extermination of 1994 was the one the RPF carried out against the Hutu, which no gacaca court was allowed to hear.", C, "double_genocide", "role_reversal")],
        ],
    },
    # 8. FIXTURE: op-ed minimising the toll with spelled-out numbers.
    {
        "doc": "fixture-denial-oped-spelled-numbers.txt",
        "title": "Op-ed: It is time to count honestly",
        "genre": "op-ed minimising the toll (test fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("It is time to count honestly")],
            [own("The 1991 census counted fewer than six hundred thousand Tutsi, so eight hundred thousand dead Tutsi is arithmetically impossible.", S, "minimisation"),
             own("The honest figure is somewhere around fifty thousand, the ordinary toll of a civil war.", C, "minimisation", "definitional_denial"),
             own("Half a million, one million, eight hundred thousand: a number that moves by half a million depending on who is asking is not a number but a slogan.", None, "minimisation", "fabrication"),
             own("The Rwandan government itself first claimed more than two million victims and then quietly halved its count.", S, "fabrication")],
            [own("Most of those counted died of cholera in the camps of Zaire, not at the hands of any militia.", C, "minimisation", "blame_shifting"),
             # session 27 audit: was supported; the ICTR's budget is a fact only in benchmarks/data/record (extraction documents), not in the demo record (examples/, reference pack, proceedings CSV)
             own("The tribunal in Arusha, paid for by the winners, needed a genocide to justify a budget of one point six billion dollars.", N, "attack_on_witnesses"),
             own("Before the plane came down on the sixth of April, nobody had planned anything; what followed was panic and revenge.", C, "spontaneity", "justification"),
             own("Let us mourn twenty or thirty thousand dead on every side and close this industry of remembrance.", C, "minimisation", "double_genocide")],
        ],
    },
    # 9. FIXTURE: Telegram-style incitement post, short.
    {
        "doc": "fixture-incitement-telegram-post.txt",
        "title": "Channel post (forwarded)",
        "genre": "Telegram channel post with incitement (test fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("FORWARDED POST")],
            [own("Brothers, the cockroaches are sharpening their knives again, just as they did in 1990 when they crossed from Uganda.", S, "dehumanisation", "accusation_in_mirror"),
             own("They killed our president in 1994, and the judges in Arusha have spent twenty years hiding the proof.", D, "blame_shifting", "attack_on_witnesses"),
             own("Their lists are ready; they mean to wipe out every one of us the moment we lower our guard.", None, "accusation_in_mirror"),
             own("Vermin do not negotiate, and nobody reasons with a snake in the house.", None, "dehumanisation"),
             own("Get to your neighbourhood groups tonight and make sure not one of them is left to strike first.", None, "call_to_action", "accusation_in_mirror"),
             s("Share this before they delete it.")],
        ],
    },
    # 10. FIXTURE (French): reader's letter with denial.
    {
        "doc": "fixture-denial-fr-courrier-lecteurs.txt",
        "title": "Courrier des lecteurs : « Assez de mensonges sur le Rwanda »",
        "genre": "courrier des lecteurs avec négation (test fixture)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Courrier des lecteurs : « Assez de mensonges sur le Rwanda »")],
            [own("Lecteur de votre journal depuis trente ans, je ne supporte plus qu'on nous serve chaque 7 avril la même fable du « génocide planifié ».", C, "definitional_denial", "fabrication"),
             own("Il y a eu des massacres, personne ne le nie, mais c'étaient des affrontements entre voisins déclenchés par la mort du président, pas un plan.", C, "spontaneity"),
             own("L'avion du président Habyarimana a été abattu le 6 avril 1994 par les hommes de Kagame, le juge Bruguière l'a bien montré.", D, "blame_shifting"),
             own("Quant aux chiffres, on est passé de cinquante mille à un million de morts au gré des besoins de Kigali : c'est de la propagande.", C, "minimisation", "fabrication")],
            [own("Le FPR, lui, a massacré des centaines de milliers de Hutu, et personne ne parle de ce second génocide.", C, "double_genocide"),
             own("Le TPIR, tribunal des vainqueurs, a condamné sur la foi de témoins achetés.", None, "attack_on_witnesses"),
             own("D'ailleurs, il a fini par acquitter la plupart des accusés.", C, "attack_on_witnesses")],
            [s("Gérard M., Angoulême")],
        ],
    },
    # 11. French radio court chronicle on the Bucyibaruta trial in Paris (July 2022). One honest error (Kibeho's
    #     year); anonymous accounts quoted in reported voice.
    {
        "doc": "chronique-radio-proces-paris.txt",
        "title": "La chronique judiciaire : procès Bucyibaruta, vingt-huit ans après Murambi",
        "genre": "chronique judiciaire radio (procès à Paris)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("La chronique judiciaire. Procès Bucyibaruta : vingt-huit ans après Murambi.")],
            [s("Bonsoir à toutes et à tous."),
             s("Ce mardi 12 juillet 2022, la cour d'assises de Paris a condamné Laurent Bucyibaruta, ancien préfet de Gikongoro, à vingt ans de réclusion criminelle.", S),
             s("L'accusation avait requis la perpétuité.", N),
             s("La cour l'a acquitté en tant qu'auteur de génocide, mais l'a reconnu complice de génocide et de crimes contre l'humanité.", S),
             s("Il a été jugé complice notamment des massacres de Murambi, de Cyanika et de Kaduha, tous commis le 21 avril 1994.", S)],
            # session 27 audit: was supported; the gathering at Murambi from 16 April is a fact only in benchmarks/data/record (extraction documents); the proceedings CSV holds only the massacre of 21 April
            [s("Au cœur du dossier, l'école technique de Murambi, où des dizaines de milliers de Tutsi, à qui l'on avait promis protection, s'étaient rassemblés à partir du 16 avril 1994.", N),
             # session 27 audit: was supported; the water cut and the 16 April start (five days earlier) are a fact only in benchmarks/data/record (extraction documents)
             s("L'eau y avait été coupée, puis l'attaque est venue le 21 avril, cinq jours plus tard.", N),
             s("Combien de morts ce jour-là ?"),
             # session 27 audit: was supported; the Murambi toll is a fact only in benchmarks/data/record (extraction documents), not in the demo record (examples/, reference pack, proceedings CSV)
             s("Quelque quarante-cinq mille, selon le responsable du mémorial.", N),
             # session 27 audit: was supported; the 1995 Murambi count is a fact only in benchmarks/data/record (extraction documents), not in the demo record (examples/, reference pack, proceedings CSV)
             s("Une commission gouvernementale en avait compté environ vingt mille en 1995.", N),
             s("Dans cette préfecture, un Tutsi n'avait en moyenne qu'une chance sur quatre de survivre au génocide, selon les travaux de l'économiste Marijke Verpoorten.", S)],
            [s("Pendant les audiences, la défense a soutenu que le préfet n'avait aucun pouvoir réel sur les tueurs."),
             rep("Sur les réseaux sociaux, des comptes anonymes ont ressorti la vieille formule d'« une guerre où tout le monde tuait tout le monde », que les parties civiles ont jugée insupportable.", None, "double_genocide"),
             s("Bucyibaruta dirigeait aussi la préfecture où se trouvait le camp de Kibeho, théâtre d'un massacre commis par l'armée du FPR en avril 1996.", C)],
            [s("C'est le quatrième procès en France lié au génocide des Tutsi.", N),
             s("Le premier, en mars 2014, avait valu vingt-cinq ans de réclusion à Pascal Simbikangwa, ancien officier de renseignement, peine confirmée en appel en décembre 2016.", S),
             s("En juillet 2016, deux anciens bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, avaient été condamnés à la perpétuité.", S),
             s("Leur procès portait notamment sur le massacre de l'église de Kabarondo, le 13 avril 1994.", S),
             # session 27 audit: was supported; Kabuga's arrest is a fact only in benchmarks/data/record (extraction documents); the proceedings CSV holds only the unfitness and stay
             s("Quant à Félicien Kabuga, le plus recherché des fugitifs, il avait été arrêté le 16 mai 2020 à Asnières-sur-Seine, près de Paris.", N),
             # session 27 audit: was supported; the Mechanism's taking over on 1 July 2012 is a fact only in benchmarks/data/record (extraction documents), not in the demo record (examples/, reference pack, proceedings CSV)
             s("Le Mécanisme résiduel qui doit le juger avait pris le relais du TPIR pour sa branche d'Arusha le 1er juillet 2012, trois ans et demi avant la fermeture du tribunal.", N)],
            [s("Et l'attentat contre l'avion présidentiel, le 6 avril 1994 ?"),
             s("La justice française a clos ce dossier en février 2022 par un non-lieu définitif, sans désigner de coupable.", S),
             s("Rappelons enfin que le génocide a commencé le 7 avril, au lendemain de l'attentat, et qu'il a duré une centaine de jours.", S),
             s("Huit cent mille personnes y ont perdu la vie.", D),
             s("Depuis une résolution de l'Assemblée générale de décembre 2003, le 7 avril est aussi une journée internationale de réflexion à l'ONU.", N),
             s("C'était la chronique judiciaire ; bonne soirée.")],
        ],
    },
    # 12. French fact check: quoted claims (reported voice) and their verdicts. Hard negative.
    {
        "doc": "vrai-ou-faux-rwanda.txt",
        "title": "Vrai ou faux ? Cinq affirmations sur le Rwanda qui circulent en ligne",
        "genre": "vérification des faits (« vrai ou faux »)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Vrai ou faux ? Cinq affirmations sur le Rwanda qui circulent en ligne")],
            [rep("Affirmation n° 1 : « Le génocide n'a fait que cinquante mille morts. »", C, "minimisation"),
             s("FAUX."),
             s("Les estimations publiées vont d'au moins un demi-million de morts, selon Human Rights Watch et la FIDH en 1999, à 1 074 017 victimes selon le recensement du gouvernement rwandais publié en 2002.", S),
             s("Dès le 19 avril 1994, moins de deux semaines après le début des massacres, Human Rights Watch rapportait au Conseil de sécurité des estimations allant jusqu'à cent mille tués.", S)],
            [rep("Affirmation n° 2 : « Ce sont les Casques bleus belges qui ont abattu l'avion du président. »", C, "blame_shifting", "fabrication"),
             s("FAUX."),
             s("Cette rumeur a couru dès avril 1994 et, selon le témoignage du général Dallaire devant le TPIR, Bagosora et d'autres hauts responsables n'ont rien fait pour la faire taire.", S),
             s("Le 7 avril, dix Casques bleus belges chargés de protéger la Première ministre ont eux-mêmes été désarmés, emmenés dans un camp militaire de Kigali et tués.", S)],
            [s("Affirmation n° 3 : « Le TPIR n'a jamais poursuivi un seul membre du FPR. »", S),
             s("VRAI."),
             s("Aucune des 93 personnes mises en accusation par le tribunal d'Arusha n'appartenait au FPR, alors que des experts travaillant pour le HCR estimaient entre 25 000 et 45 000 le nombre de personnes tuées par ses soldats d'avril à août 1994.", S)],
            [rep("Affirmation n° 4 : « La justice française a prouvé que Kagame avait fait abattre l'avion. »", C, "blame_shifting"),
             s("FAUX."),
             s("Le juge Bruguière a bien délivré neuf mandats d'arrêt en novembre 2006 contre des proches de Paul Kagame, mais les juges ont prononcé un non-lieu le 21 décembre 2018, confirmé en appel le 3 juillet 2020 puis par la Cour de cassation le 15 février 2022.", S),
             s("Le rapport d'experts présenté en janvier 2012 situait d'ailleurs la zone de tir vers Kanombe, un secteur alors tenu par l'armée gouvernementale.", S)],
            [rep("Affirmation n° 5 : « Les Tutsi ne représentaient que 8,4 % de la population, donc il ne pouvait pas y avoir des centaines de milliers de victimes tutsi. »", C, "minimisation"),
             s("FAUX."),
             s("Le chiffre de 8,4 % vient du recensement de 1991, que Human Rights Watch juge sous-estimé ; en 1995, la même organisation parlait d'environ 15 % au début de 1994.", S),
             s("Le démographe William Seltzer estimait à 657 000 le nombre de Tutsi vivant au Rwanda le 6 avril 1994 ; Human Rights Watch en déduit environ 507 000 Tutsi tués, soit 77 % des Tutsi recensés.", S),
             s("Le total gouvernemental de 1 074 017 compte aussi des victimes non tutsi et remonte à octobre 1990.", S),
             s("Depuis janvier 2018, l'intitulé de la journée du 7 avril à l'ONU parle du « génocide perpétré contre les Tutsi ».", N)],
            [s("Méthode : chaque affirmation a été vérifiée auprès des rapports publiés et des décisions de justice citées.")],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
