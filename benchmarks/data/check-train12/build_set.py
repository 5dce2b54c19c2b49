"""Source of the TWELFTH TRAINING labelled set for `factfinder check` (benchmarks/data/check-train12/).

    python benchmarks/data/check-train12/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train12/build_set.py --check  # validate the files already written

A TRAINING set, written blind: its rows are meant to train the checker's learned layers; it is not a measure
of unseen text and should not be reported as one. New genres (a parliamentary committee hearing transcript, a
secondary-school textbook chapter, a museum exhibition-room audio guide, a news-site Q&A explainer on death-toll
estimates, a court-reporting blog post on a Paris assize trial, a conference book of abstracts, a report section
on RPA killings 1994-1997, a French regional news brief on a commemoration, and four short fixtures). Its author
did not read the detectors, their rules, exemplars or training data, nor any earlier set's documents or labels
(only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, the first
lines of the check-blind5 build script and its README as templates, and the list TECHNIQUES in
src/factfinder/check/model.py). Verdicts were decided against the record alone: examples/ (FACTS.md and the
sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Every true
fact outside the record was checked with the project's search tool; README.md gives the addresses and
quotations.

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

NB = "\u00a0"    # no-break space (French typography: inside « » and before :)
NNB = "\u202f"   # narrow no-break space (French typography: before ; ? ! and in numbers)


DOCS: list[dict] = [
    # 1. Parliamentary committee hearing transcript (invented country, committee and witnesses).
    {
        "doc": "hearing-committee-aid-peacekeeping.txt",
        "title": "Select Committee on Development Cooperation and Peace Operations: hearing on aid and peacekeeping in Rwanda, 1994",
        "genre": "parliamentary committee hearing transcript",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": False,
        "paragraphs": [
            [s("SELECT COMMITTEE ON DEVELOPMENT COOPERATION AND PEACE OPERATIONS (PARLIAMENT OF ESTMARK) \u2014 UNCORRECTED TRANSCRIPT OF HEARING No. 14: AID AND PEACEKEEPING IN RWANDA, 1994")],
            [s("THE CHAIR (Ms Solberg-Raad): This session takes evidence on what our country and its partners did, and failed to do, in Rwanda in 1994."),
             s("COL. (ret.) VEHRLUND: The UN mission, UNAMIR, was created by Security Council resolution 872 in October 1993, with an authorised strength of two and a half thousand.", S),
             s("Its force commander was a Canadian, General Rom\u00e9o Dallaire, who held the post from October 1993 to August 1994.", S),
             s("When the President's plane was brought down on its approach to Kigali on the evening of 6 April 1994, those troops were spread thin across the capital.", S),
             s("In my view it was extremists inside the government's own army who fired the missiles, and we suspected as much within days.", D),
             s("The next morning soldiers murdered the Prime Minister, Agathe Uwilingiyimana, and the ten Belgian blue helmets assigned to protect her were disarmed and killed in a military camp.", S),
             s("On 14 April Brussels announced that its contingent would leave, whatever the Security Council decided.", N),
             s("A week later, on 21 April, resolution 912 cut the mission to roughly 270 personnel.", S)],
            [s("MR HALLGREN (member): And on 17 May the Council reversed course, with resolution 918 imposing an arms embargo and authorising an enlarged force of 5,500.", S),
             s("COL. VEHRLUND: Authorised on paper, yes; the troops were another matter."),
             s("Washington had just issued Presidential Decision Directive 25, dated 3 May 1994, which, after the deaths of eighteen American soldiers in Mogadishu the previous October, tied American support for UN operations to strict conditions.", N),
             s("The French-led Operation Turquoise, which the Council approved unanimously on 22 June, declared its safe zone in the south-west on 5 July.", C),
             s("The RPF took Kigali on 14 July, and the defeated army fled west with hundreds of thousands of civilians.", C)],
            [s("DR MARWEDE (former desk officer, Ministry of Foreign Affairs): Our ministry's cables that summer copied the American formula of 'acts of genocide'."),
             s("When a Reuters correspondent asked the State Department's spokeswoman how many acts of genocide it took to make a genocide, she replied that she was not in a position to answer.", N),
             s("Most of our humanitarian money went to Goma, where the Goma Epidemiology Group counted between 500,000 and 800,000 arrivals in July.", S),
             s("A million people crossed that border in under a week.", D),
             s("Nearly fifty thousand of them died in the first month, mostly of cholera and dysentery.", D),
             s("President Clinton announced Operation Support Hope on 22 July, and American army engineers installed a water supply system in the Goma camp.", N),
             s("By the time the French pulled out of their zone in late September, some 2,400 African peacekeepers of UNAMIR had taken over.", C)],
            [s("MS BRANDT-ILVES (member): By January 1995, when it was far too late to matter, UNAMIR had grown to 7,500 troops.", C),
             s("The mission then limped on until its mandate expired on 8 March 1996.", N),
             s("Two years later, at Kigali airport, President Clinton told survivors that the international community had not acted quickly enough after the killing began.", N),
             s("THE CHAIR: The committee will reconvene on Thursday to hear the Ministry of Defence.")],
        ],
    },
    # 2. Secondary-school history textbook chapter with review questions (quotes hate media to analyse it).
    {
        "doc": "textbook-chapter-rwanda-1994.txt",
        "title": "Worlds in Conflict, chapter 9: The genocide against the Tutsi in Rwanda, 1994",
        "genre": "secondary-school history textbook chapter",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [s("Chapter 9 \u2014 The genocide against the Tutsi in Rwanda, 1994"),
             s("Learning goals: by the end of this chapter you should be able to explain how a campaign of extermination was prepared, carried out and eventually judged.")],
            [s("Under Belgian colonial rule, in the 1930s, every Rwandan was issued an identity card that recorded one of three labels: Hutu, Tutsi or Twa.", N),
             s("In 1973 an army officer, Juv\u00e9nal Habyarimana, seized power in a coup, and he was still president twenty-one years later.", N),
             s("On 1 October 1990 the Rwandan Patriotic Front, a rebel army formed mostly of Tutsi refugees living in Uganda, invaded the north of the country.", S),
             s("Tutsi made up about one in seven Rwandans on the eve of the genocide, a larger share than the 8.4 per cent recorded by the 1991 census.", D)],
            [s("Extremist media prepared the ground."),
             s("The magazine Kangura, founded in May 1990, printed its so-called 'Hutu Ten Commandments' in December of that year.", N),
             rep("The text introducing them claimed that 'The Batutsi are bloodthirsty and power-hungry and want to impose their hegemony on the people of Rwanda using armed force.'", N, "accusation_in_mirror"),
             rep("The eighth commandment read: 'Hutus must cease having pity for the Tutsi.'", N, "call_to_action"),
             s("From July 1993 a new private station, Radio T\u00e9l\u00e9vision Libre des Mille Collines (RTLM), mixed popular music with propaganda against Tutsi, moderate Hutu, Belgians and the UN mission.", N),
             rep("On 7 and 8 April 1994 its presenters told listeners: 'You have to kill [the Tutsis], they are cockroaches.'", N, "dehumanisation", "call_to_action"),
             s("Historians call this technique dehumanisation: once neighbours are described as insects, their murder can be presented as pest control.")],
            [s("The killing began within hours of the shooting down of President Habyarimana's plane on 6 April 1994.", S),
             s("Soldiers, the Presidential Guard and Interahamwe militiamen set up roadblocks in Kigali and hunted down Tutsi and Hutu opposition politicians.", S),
             s("In about one hundred days, roughly 800,000 people were murdered.", D),
             s("Sexual violence was systematic, and hundreds of thousands of women and girls were raped.", D),
             s("The Rwandan Patriotic Front defeated the government army and captured Kigali on 4 July 1994.", S),
             s("The RPF's own soldiers also killed civilians, and a team working for the UN refugee agency later estimated those deaths at between 25,000 and 45,000.", S)],
            [s("The UN Security Council set up the International Criminal Tribunal for Rwanda in 1996, in Arusha, Tanzania.", C),
             s("In 1998 it delivered the first judgment by an international court for genocide, convicting Jean-Paul Akayesu, a local mayor.", S),
             s("Kangura's editor, Hassan Ngeze, was acquitted on appeal in 2007.", C),
             s("Inside Rwanda, community courts called gacaca tried almost two million cases before closing in June 2012.", S)],
            [s("Review questions: (1) Why did the authors of the Ten Commandments present the Tutsi as a threat, and what does this tell you about how propaganda works?"),
             s("(2) Compare the death-toll estimates in Source B and explain why they differ; (3) why do some scholars criticise the Tribunal for never trying members of the RPF?")],
        ],
    },
    # 3. Museum audio-guide script for one exhibition room (invented museum; quotes RTLM to condemn it).
    {
        "doc": "museum-audioguide-room6.txt",
        "title": "Museum of Conscience, Haldenfeld: audio guide, Room 6 'A Hundred Days'",
        "genre": "museum exhibition-room audio guide",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [s("Audio guide, Room 6 \u2014 'A Hundred Days': press 6 on your handset to begin."),
             s("You are standing in front of a wall of photographs lent by families in Rwanda; please take your time.")],
            [s("On the evening of 6 April 1994, the aircraft carrying President Juv\u00e9nal Habyarimana home from talks in Tanzania was shot down as it approached Kigali.", S),
             s("Everyone on board died, including the president of Burundi, Cyprien Ntaryamira, and the Belgian crew.", C),
             s("By the next morning, soldiers and militiamen had thrown up roadblocks across the capital.", S)],
            [s("Look at the small transistor radio in the case to your left."),
             s("Radio T\u00e9l\u00e9vision Libre des Mille Collines, or RTLM, had been on the air since July 1993 and had built a faithful young audience with its music.", N),
             rep("On 13 May an RTLM voice urged listeners: 'Take your traditional tools\u2026 we must finish with them, exterminate them.'", N, "call_to_action"),
             rep("As late as 2 July, the presenter Kantano Habimana told his audience: 'let us simply stand firm and exterminate them, so that our children and grandchildren do not hear that word Inkotanyi ever again.'", N, "call_to_action"),
             rep("Inkotanyi meant an RPF fighter, but on the station's airwaves it was used for Tutsi in general, as was inyenzi, 'cockroach'.", N, "dehumanisation"),
             s("One of its presenters, Georges Ruggiu, who was Belgian-Italian, later pleaded guilty and was sentenced by the Tribunal in Arusha to twelve years.", S),
             s("The station's founder, Ferdinand Nahimana, had his life sentence reduced to thirty years on appeal in 2009.", C)],
            [s("Now turn to the large photograph of a church with its doors broken open."),
             s("At Nyange, in Kibuye, the church was destroyed on 16 April with about 2,000 Tutsi inside.", S),
             s("At Ntarama, south of Kigali, more than 5,000 people who had fled into the church were massacred; the building is now a memorial.", N),
             s("At Kabarondo, in the east, the Tutsi who had gathered in the church were attacked on 13 April, and two former mayors of the commune were later sentenced to life in Paris for it.", S),
             s("At Nyarubuye parish, the local mayor, Sylvestre Gacumbitsi, was convicted by the Arusha tribunal and, after an appeal, sentenced to thirty years.", C)],
            [s("The panel above the photographs gives the total that this museum uses: more than a million people killed in a hundred days.", D),
             s("Rwanda's government arrived at 1,074,017 victims in its census, a count that starts in October 1990.", S),
             s("The historian Alison Des Forges, writing for Human Rights Watch in 1999, concluded that at least half a million had died, about three quarters of the Tutsi population.", S),
             s("Rape was used as a weapon on a massive scale: at least a quarter of a million women were raped.", D),
             s("Some 95,000 children were left orphans.", D)],
            [s("Room 6 ends at the window facing the garden, where you may leave a stone."),
             s("Since 2003 the United Nations has marked 7 April as an international day of reflection, renamed in January 2018 to name the genocide against the Tutsi.", N),
             s("Press 7 to continue to Room 7, 'Aftermath and Justice'.")],
        ],
    },
    # 4. Q&A explainer from a news site on why the death-toll estimates differ (quotes denial to refute it).
    {
        "doc": "explainer-qa-death-toll-estimates.txt",
        "title": "Explainer: Why nobody agrees on how many people died in Rwanda in 1994",
        "genre": "news-site Q&A explainer",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [s("Explainer: Why nobody agrees on how many people died in Rwanda in 1994"),
             s("Thirty years on, the published numbers still differ by hundreds of thousands; here is what each of them counts.")],
            [s("Q: What did people know while the killing was going on?"),
             s("A: Six weeks in, in May 1994, Human Rights Watch said that at least 200,000 and perhaps as many as 500,000 unarmed civilians had already been slain.", S),
             s("In December 1994 a UN Commission of Experts put the number at some 500,000 and warned that the true figure might be higher.", S),
             s("The famous 800,000 comes mostly from the UN's Independent Inquiry of 1999, which wrote of approximately 800,000 people killed in about 100 days.", S),
             s("Human Rights Watch, for its part, reported that a UN expert's estimate of 800,000 deaths included people who had died of other causes.", S)],
            [s("Rwanda's government, which counted victims in a census carried out in 2000, published a final total of 1,074,017 in November 2002.", S),
             s("That count begins in October 1990, not in April 1994, and it reported that 93.7 percent of the dead were Tutsi.", S),
             s("A different ministry announced 937,000 named victims in 2004.", S),
             s("The historian Filip Reyntjens called the government's total 'ridiculously precise'.", S),
             s("Human Rights Watch and FIDH started instead from the 1991 census, in which Tutsi were 8.4 percent of the population, and from the demographer William Seltzer's estimate of 757,000 Tutsi living in Rwanda in April 1994.", C),
             s("Subtracting about 150,000 survivors, they arrived at roughly 507,000 Tutsi killed.", S),
             s("On our own reading of the evidence, the toll was close to 800,000.", D)],
            [s("Q: Doesn't anyone claim the number was much smaller?"),
             rep("A: Yes: denial websites keep asserting that only 'a few tens of thousands, mostly combatants' died.", C, "minimisation", "definitional_denial"),
             rep("Others claim that 'the rebels killed at least as many Hutu as the militias killed Tutsi'.", C, "double_genocide"),
             s("Neither claim survives the sources: the largest estimate of killings by RPF soldiers, attributed by Human Rights Watch to a former interior minister, is about 60,000 people.", S),
             s("Those crimes were real and deserve justice, but they do not turn a genocide into a 'double genocide'."),
             s("We therefore write 'at least 500,000 and possibly more than a million', and we always say who counted what.", D),
             s("Rape is even harder to count: estimates run from 250,000 to half a million women.", D),
             s("Orphans are disputed too, with UNICEF giving 95,000 and a survivors' census 74,642.", S),
             s("The political scientist Luc Reydams argued in 2020 that the official toll counts only half of the genocide's real victims.", C),
             s("Before April 1994 the Tutsi were around 15 percent of the population, which is why demographic estimates vary so much.", D),
             s("Rwanda's commemoration period begins each year on 7 April and lasts a hundred days.", N)],
        ],
    },
    # 5. Court-reporting blog post on a universal-jurisdiction trial in Paris (invented blogger).
    {
        "doc": "courtblog-hategekimana-paris.txt",
        "title": "Assize Notes: life sentence confirmed for the former Nyanza gendarme",
        "genre": "court-reporting blog post",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": False,
        "paragraphs": [
            [s("Assize Notes \u2014 life sentence confirmed for the former Nyanza gendarme", S),
             s("I followed both trials of Philippe Hategekimana from the press benches, and this post gathers my notes for readers who could not attend.")],
            [s("In 1994 Hategekimana was an adjudant-chef, a senior non-commissioned officer, at the gendarmerie in Nyanza, in the south of the country.", S),
             s("Witnesses in Paris mostly called him by his nickname, 'Biguma'.", N),
             s("He reached France in 1999, obtained refugee status under a false identity and became a French citizen in 2005, taking the name Philippe Manier.", N),
             s("A complaint filed by the Collectif des parties civiles pour le Rwanda in 2015 led Paris investigating judges to open a case that September.", N),
             s("He left France for Cameroon in late 2017, was arrested in Yaound\u00e9 on 30 March 2018 and was extradited early the following year.", N)],
            [s("The first trial opened before the Cour d'assises de Paris on 10 May 2023 and heard about a hundred witnesses.", N),
             s("The prosecution's case centred on the murder of Narcisse Nyagasaza, the bourgmestre of Ntyazo, and on the massacres of Tutsi on the hills of Nyabubare and Nyamure in April 1994.", S),
             s("Hategekimana denied everything; his defence was that he had not been in Nyanza at the time.", N),
             s("On 28 June 2023 the jury found him guilty of genocide and crimes against humanity and sentenced him to thirty years.", C),
             s("The appeal trial, held in Paris at the end of 2024, ended in December with the life sentence confirmed.", S),
             s("The appeal court did, however, acquit him of taking part in a conspiracy to commit genocide.", S)],
            [s("His case belongs to a growing list of Rwandan genocide trials in France."),
             s("The first, in March 2014, ended with a 25-year sentence for Pascal Simbikangwa, a former intelligence officer.", S),
             s("In July 2016 two former mayors of Kabarondo, Octavien Ngenzi and Tito Barahira, received life terms for the massacre at their commune's church.", S),
             s("Laurent Bucyibaruta, the former prefect of Gikongoro, was given twenty years in 2022, and that conviction became final after his appeal failed in 2023.", C),
             s("The Butare gynaecologist Sosth\u00e8ne Munyemana was sentenced to life in December 2023.", C),
             s("Claude Muhayimana, a driver from Kibuye, had his 14-year sentence for complicity confirmed on appeal in February 2026.", S),
             s("Belgium has its own list: in 2019 Fabien Neretse became the first person convicted of genocide by a Belgian jury, and was given 25 years.", S)],
            [s("Outside the courtroom, survivors reminded me that across Rwanda more than a million people were killed.", D),
             s("The Tribunal in Arusha, which closed its doors in 2012, tried the architects; national courts like this one try the men who carried out the orders.", C),
             s("Trials like this one depend on witnesses who travel from Rwanda or testify by video link, some of them from Rwandan prisons.", N),
             s("The first-instance hearings were filmed for France's historical justice archives.", N),
             s("Next week: my notes on how the assize court weighs testimony given through interpreters.")],
        ],
    },
    # 6. Academic book of abstracts from an invented conference; the first abstract criticises the ICTR.
    {
        "doc": "abstracts-colloquium-rwanda-justice.txt",
        "title": "Ninth Lowmark Colloquium on Transitional Justice, book of abstracts, panel C: Rwanda after 1994",
        "genre": "conference book of abstracts",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [s("C1. Selective by design? Prosecutorial discretion at the International Criminal Tribunal for Rwanda \u2014 R. Castellanos-Hoek (University of Lowmark)"),
             s("Created by Security Council resolution 955 of 8 November 1994, the Tribunal had jurisdiction over crimes committed in Rwanda during the calendar year 1994.", S),
             s("It indicted 93 people, convicted 61 and acquitted 14, yet not one indictee came from the Rwandan Patriotic Front.", S),
             s("This was not for want of evidence: the UN Commission of Experts had asked in 1994 that violations attributed to the RPF be investigated, and a UNHCR team estimated that RPA soldiers killed 25,000 to 45,000 people between April and August 1994.", S),
             s("The paper traces the removal of Carla Del Ponte as the Tribunal's prosecutor by the Security Council in August 2003, after she had made known her intention to investigate reprisal killings by the RPF's army.", N),
             s("It argues that the label 'victor's justice', often dismissed as polemic, names a real structural problem, without diminishing the genocide that the Tribunal established.")],
            [s("C2. Counting the dead at Kibeho, April 1995 \u2014 J. Oduya-Brandt (Institute for Comparative Justice Studies)"),
             s("On 22 April 1995 soldiers of the Rwandan Patriotic Army opened fire on displaced people as they forcibly closed the Kibeho camp in the south-west.", S),
             s("The government put the dead at 338, while Australian peacekeepers serving with UNAMIR estimated at least 4,000.", S),
             s("Drawing on UN military reports, the paper concludes that about 2,000 people died, many of them trampled in the panic.", D),
             s("The camp then held some 110,000 displaced people, according to M\u00e9decins Sans Fronti\u00e8res.", S)],
            [s("C3. What the gacaca numbers can and cannot tell us \u2014 M. Ilunga-Sorensen (Lowmark School of Law)"),
             s("Rwanda's community courts closed on 18 June 2012 after trying 1,958,634 cases, of which more than 1.3 million concerned property offences.", S),
             s("Human Rights Watch counted about 1.2 million cases by 2011 and documented corruption and procedural irregularities, while crimes by RPF soldiers were excluded from the courts' jurisdiction.", S),
             s("The paper reads these totals against a genocide that killed, on the author's estimate, about 800,000 people.", D)],
            [s("C4. From the microphone to the dock: the Media case revisited \u2014 P. Vandermeer (Centre for Media and Atrocity)"),
             s("In December 2003 a Trial Chamber convicted the RTLM founder Ferdinand Nahimana, the CDR founder Jean-Bosco Barayagwiza and the Kangura editor Hassan Ngeze.", S),
             s("On appeal in November 2007 their sentences became thirty, thirty-two and thirty-five years respectively.", S),
             s("The paper compares the case with that of L\u00e9on Mugesera, whose speech at Kabaya in November 1993 earned him a life sentence in Rwanda in 2016.", C),
             s("It also examines the guilty plea of the RTLM presenter Georges Ruggiu, sentenced to twenty years in 2000.", C)],
            [s("C5. A single transferred case: the Kabgayi killings and the limits of domestic justice \u2014 E. Rukundo-Lind (Lowmark Centre for Human Rights)"),
             s("In June 1994 RPF soldiers near Kabgayi killed fifteen civilians, thirteen of them clergy, among them the Archbishop of Kigali.", S),
             s("The killings took place on 4 June.", D),
             s("After the ICTR Prosecutor handed the case to Rwanda, a military court in October 2008 convicted all four accused officers.", C),
             s("Rwandan military courts have prosecuted RPA soldiers for the deaths of about 100 civilians, a figure the paper sets against the scale of the UNHCR team's estimate.", S)],
        ],
    },
    # 7. Report section documenting killings by the RPA, 1994-1997 (invented documentation project).
    {
        "doc": "report-section-rpa-killings-1994-1997.txt",
        "title": "Civilian Harm Archive, report section 4: Killings of civilians by the Rwandan Patriotic Army, April 1994 to December 1997",
        "genre": "human-rights report section",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [s("Section 4. Killings of civilians by the Rwandan Patriotic Army, April 1994 to December 1997"),
             s("This section documents crimes committed by the forces that ended the genocide; recording them does not equate them with the genocide, and the genocide does not excuse them.")],
            [s("As the RPF advanced in 1994, its soldiers carried out summary executions and massacres of civilians, Human Rights Watch found in 1999.", S),
             s("In mid-June 1994, according to the same report, RPF soldiers massacred several hundred people in the stadium at Byumba.", C),
             s("Amnesty International's report of October 1994 described hundreds of deliberate executions by the RPA between April and August.", S),
             s("A UNHCR field team, whose findings were never published as a report, estimated that the RPA killed between 25,000 and 45,000 people in those months.", S),
             s("In our assessment the true figure for 1994 lies in the tens of thousands.", D),
             s("In early June, near Kabgayi, RPF soldiers killed thirteen clergy, among them the Archbishop of Kigali and the bishops of Kabgayi and Byumba, together with two other civilians.", S)],
            [s("On 22 April 1995 RPA troops closing the Kibeho camp for displaced people fired on the crowd.", S),
             s("Some 4,000 people were killed that day.", D),
             s("The government's own figure, 338, was the lowest of all the estimates.", S)],
            [s("In July 1994 about a million Rwandans had fled into Zaire, soldiers and militiamen among them.", D),
             s("In October 1996 UNHCR estimated that 717,991 Rwandan refugees lived in North Kivu, most of them in five camps around Goma.", N),
             s("On the night of 25 to 26 October 1996, AFDL and Rwandan army soldiers shelled the Kibumba camp with heavy weapons, and around 194,000 refugees fled towards Mugunga.", N),
             s("The UN Mapping Report, released on 1 October 2010, described attacks on Hutu refugees that, if proven before a competent court, could be characterised as crimes of genocide.", N),
             s("Rwanda's foreign minister called the report 'flawed and dangerous'.", N)],
            [s("In September 1997 Amnesty International said that about 6,000 people, most of them unarmed civilians, had died that year as insurgents tried to retake parts of the country, many of them in reprisals by the army.", N),
             s("Both sides targeted civilians: on 11 December 1997 armed opposition groups massacred around 300 mainly Tutsi Congolese refugees at Mudende, and the army's reprisals followed the same day.", N)],
            [s("The ICTR, whose jurisdiction stopped at 31 December 1994, never indicted a member of the RPF.", S),
             s("Rwandan military courts, by Human Rights Watch's account, prosecuted soldiers for killing about 100 civilians in 1994, and the army said in 2008 that it had prosecuted 43 soldiers since 1994.", S),
             s("In the Kabgayi trial of 2008, the two captains who pleaded guilty saw their eight-year terms cut to five on appeal, while a general and a major were acquitted.", S),
             s("The gacaca courts, which heard nearly two million cases, had no jurisdiction over crimes by RPF soldiers.", S),
             s("Human Rights Watch said in December 2008 that the Tribunal had 'not prosecuted even one' of the serious RPF crimes of 1994.", S),
             s("A former interior minister estimated that RPA soldiers killed about 6,000 people between April 1994 and August 1995.", C),
             s("The UN Commission of Experts, which reported in December 1995, had already asked that these crimes be investigated.", C)],
        ],
    },
    # 8. French: regional news brief on a commemoration (invented newspaper and town).
    {
        "doc": "breve-fr-commemoration-7-avril.txt",
        "title": "Sainte-C\u00e9rane : trente ans apr\u00e8s, la ville se souvient du g\u00e9nocide des Tutsi",
        "genre": "br\u00e8ve de quotidien r\u00e9gional",
        "language": "fr", "stance": "acknowledges", "composite": False, "hard_negative": False,
        "paragraphs": [
            [s(f"Sainte-C\u00e9rane{NB}: trente ans apr\u00e8s, la ville se souvient du g\u00e9nocide des Tutsi"),
             s("Une centaine de personnes se sont r\u00e9unies dimanche 7 avril devant la sous-pr\u00e9fecture pour la trenti\u00e8me comm\u00e9moration du g\u00e9nocide perp\u00e9tr\u00e9 contre les Tutsi au Rwanda.")],
            [s("Depuis un d\u00e9cret du 13 mai 2019, le 7 avril est en France une journ\u00e9e de comm\u00e9moration du g\u00e9nocide des Tutsi.", N),
             s("Le texte permet aux pr\u00e9fets d'organiser une c\u00e9r\u00e9monie dans chaque d\u00e9partement.", N),
             s("La premi\u00e8re \u00e9dition nationale, le 7 avril 2020, s'\u00e9tait tenue sans rassemblement public, en plein confinement.", N),
             s(f"\u00c0 Kigali, le pr\u00e9sident Paul Kagame a allum\u00e9 le m\u00eame jour la flamme du souvenir au m\u00e9morial de Gisozi, o\u00f9 reposent plus de 250{NNB}000 victimes.", N),
             s("Cette flamme br\u00fble pendant cent jours, la dur\u00e9e du g\u00e9nocide.", N)],
            [s("Devant l'assistance, le pr\u00e9sident de l'association locale de rescap\u00e9s a rappel\u00e9 le d\u00e9roul\u00e9 des faits."),
             s(f"Le 6 avril 1994 au soir, l'avion du pr\u00e9sident Juv\u00e9nal Habyarimana \u00e9tait abattu \u00e0 l'approche de Kigali{NNB}; d\u00e8s le lendemain, la Premi\u00e8re ministre Agathe Uwilingiyimana et dix Casques bleus belges \u00e9taient assassin\u00e9s.", S),
             s("En une centaine de jours, plus d'un million de personnes ont \u00e9t\u00e9 tu\u00e9es, selon lui.", D),
             s(f"Le gouvernement rwandais a recens\u00e9 1{NNB}074{NNB}017 victimes, un d\u00e9compte qui part d'octobre 1990.", S),
             s("Human Rights Watch estimait pour sa part en 1999 qu'au moins un demi-million de personnes avaient p\u00e9ri, soit environ les trois quarts des Tutsi du pays.", S)],
            [s("Une \u00e9l\u00e8ve du lyc\u00e9e voisin a lu les noms de Tutsi de la r\u00e9gion de Nyanza massacr\u00e9s en avril 1994 sur les collines de Nyabubare et de Nyamure.", S),
             s("Elle a rappel\u00e9 que l'ancien gendarme Philippe Hategekimana avait \u00e9t\u00e9 condamn\u00e9 pour ces crimes \u00e0 la r\u00e9clusion criminelle \u00e0 perp\u00e9tuit\u00e9 par la cour d'assises de Paris en juin 2023.", S),
             s("Sa peine a \u00e9t\u00e9 ramen\u00e9e \u00e0 trente ans en appel, en d\u00e9cembre 2024.", C)],
            [s("Le sous-pr\u00e9fet a, de son c\u00f4t\u00e9, \u00e9voqu\u00e9 la responsabilit\u00e9 de la France."),
             s(f"Le rapport de la commission pr\u00e9sid\u00e9e par Vincent Duclert, remis le 26 mars 2021, avait conclu \u00e0 des \u00ab{NB}responsabilit\u00e9s lourdes et accablantes{NB}\u00bb de l'\u00c9tat, tout en \u00e9cartant la complicit\u00e9 au sens juridique.", S),
             s("L'op\u00e9ration Turquoise, autoris\u00e9e par le Conseil de s\u00e9curit\u00e9 le 22 juin 1994, avait quitt\u00e9 le Rwanda \u00e0 la fin du mois d'ao\u00fbt, a-t-il rappel\u00e9.", S),
             s(f"Le repr\u00e9sentant d'une association de d\u00e9fense des droits humains a, lui, demand\u00e9 que \u00ab{NB}toutes les victimes{NB}\u00bb soient nomm\u00e9es, y compris celles des soldats du FPR, qui en ont tu\u00e9 des dizaines de milliers.", D),
             s("Il a cit\u00e9 le massacre de Kibeho, le 22 avril 1995, o\u00f9 l'arm\u00e9e a tir\u00e9 sur une foule de d\u00e9plac\u00e9s.", S),
             s("Le Tribunal p\u00e9nal international pour le Rwanda, ferm\u00e9 fin 2012, n'a jamais poursuivi de membre du FPR.", C)],
            [s("Une minute de silence a \u00e9t\u00e9 observ\u00e9e \u00e0 midi, comme l'a demand\u00e9 le Rwanda pour la Journ\u00e9e internationale de r\u00e9flexion institu\u00e9e par l'ONU en 2003.", N),
             s("La c\u00e9r\u00e9monie s'est achev\u00e9e par un d\u00e9p\u00f4t de gerbes.")],
        ],
    },
    # 9. FIXTURE (French): own-voice denial blog post, "double genocide" and minimisation.
    {
        "doc": "fixture-denial-fr-blog-double-genocide.txt",
        "title": "Trente ans de mensonges sur le Rwanda",
        "genre": "blog post (fixture)",
        "language": "fr", "stance": "denies", "composite": False, "hard_negative": False,
        "paragraphs": [
            [own("Trente ans de mensonges sur le Rwanda", None, "fabrication")],
            [own(f"On nous r\u00e9p\u00e8te le chiffre d'un million de morts, mais il n'y a jamais eu plus de quelques dizaines de milliers de victimes tutsi.", C, "minimisation"),
             own(f"Le pr\u00e9tendu \u00ab{NB}g\u00e9nocide{NB}\u00bb n'\u00e9tait qu'un \u00e9pisode d'une guerre civile o\u00f9 chacun tuait chacun.", C, "definitional_denial", "double_genocide"),
             own(f"Le FPR, lui, a massacr\u00e9 autant de Hutu que les milices ont tu\u00e9 de Tutsi{NB}: c'est un double g\u00e9nocide, et le seul dont on ne parle jamais.", C, "double_genocide"),
             own("Les experts de l'ONU eux-m\u00eames n'ont trouv\u00e9 aucune preuve d'un plan.", C, "spontaneity")],
            [own("Tout le reste est une fable mont\u00e9e par Kigali et ses amis \u00e0 Washington pour installer Kagame au pouvoir.", None, "fabrication"),
             own(f"Les \u00ab{NB}rescap\u00e9s{NB}\u00bb qu'on exhibe \u00e0 chaque comm\u00e9moration r\u00e9citent une le\u00e7on apprise.", None, "attack_on_witnesses"),
             s(f"Ouvrez les yeux{NNB}!")],
        ],
    },
    # 10. FIXTURE: letter to the editor blaming the victims (role reversal, justification).
    {
        "doc": "fixture-denial-letter-to-editor.txt",
        "title": "Letters: the other side of the Rwanda story",
        "genre": "letter to the editor (fixture)",
        "language": "en", "stance": "distorts", "composite": False, "hard_negative": False,
        "paragraphs": [
            [s("Sir, your anniversary supplement on Rwanda told only half the story.")],
            [own("It was the Tutsi-led RPF that invaded the country from Uganda on 1 October 1990, and everything that followed was the consequence of that aggression.", S, "blame_shifting", "role_reversal"),
             own("The Tutsi were no innocent bystanders: they were a fifth column preparing to massacre their Hutu neighbours, and the peasants merely struck first.", None, "accusation_in_mirror", "role_reversal", "justification"),
             own("When the rebels killed our president on 6 April, ordinary people rose up in legitimate self-defence.", D, "blame_shifting", "justification", "spontaneity", "role_reversal"),
             own("Frightened people defend their families; that is tragic, but it is understandable.", None, "justification"),
             s("Your correspondent also forgets that the rebels had taken Kigali by May, long before any foreign troops arrived.", C),
             own("Those who call this a genocide are repeating the propaganda of the side that won.", None, "definitional_denial", "attack_on_witnesses")],
            [s("Yours faithfully, a reader in Ardenne-Basse (name and address supplied).")],
        ],
    },
    # 11. FIXTURE: diaspora association newsletter paragraph (fabrication, attacks on witnesses, scare quotes).
    {
        "doc": "fixture-denial-diaspora-newsletter.txt",
        "title": "From the Chairman's desk (newsletter of an invented diaspora association)",
        "genre": "diaspora newsletter paragraph (fixture)",
        "language": "en", "stance": "denies", "composite": False, "hard_negative": False,
        "paragraphs": [
            [s("From the Chairman's desk \u2014 Friends of the Old Republic, spring newsletter")],
            [own("Once again this April the Kigali regime will parade its 'survivors' before the foreign cameras.", None, "attack_on_witnesses"),
             own("We know how these witnesses are made: they are coached, paid and threatened until they can recite the official 'genocide' story.", None, "attack_on_witnesses", "definitional_denial", "fabrication"),
             own("The Arusha tribunal was a political court that convicted whoever Kigali pointed at and never acquitted anyone.", C, "attack_on_witnesses"),
             own("Even the government's own census found that barely 100,000 people died, most of them Hutu.", C, "minimisation"),
             own("The figure of a million dead was invented by the regime's propaganda office.", None, "fabrication"),
             own("Those of us who lived through those months know the truth: there were massacres on every side, then a war, and the only real plan was the rebels'.", None, "double_genocide", "spontaneity", "blame_shifting"),
             own("The inyenzi in Kigali must be driven out, as they were in 1959.", None, "dehumanisation", "call_to_action")],
        ],
    },
    # 12. COMPOSITE FIXTURE: annotated reading list whose last entries turn into denial.
    {
        "doc": "fixture-denial-reading-list-composite.txt",
        "title": "Further reading: Rwanda 1994, a short annotated list",
        "genre": "annotated reading list (composite fixture)",
        "language": "en", "stance": "mixed", "composite": True, "hard_negative": False,
        "paragraphs": [
            [s("Further reading: Rwanda 1994 \u2014 a short annotated list")],
            [s("Human Rights Watch and FIDH, Leave None to Tell the Story (1999), written principally by Alison Des Forges, remains the standard account and concludes that at least half a million people were killed.", S),
             s("Its chapter on the Rwandan Patriotic Front documents killings by RPF soldiers, which experts working for UNHCR later put at 25,000 to 45,000.", S),
             s("The ICTR's Akayesu judgment of 2 September 1998 is essential reading: the first conviction for genocide by an international court, and the first to hold that rape could constitute genocide.", S),
             s("The report of the commission chaired by Vincent Duclert, handed to the French president on 26 March 2021, sets out France's 'heavy and overwhelming responsibilities'.", S)],
            [own("Readers should balance these with the works that expose the official story, because the 'genocide' narrative collapses once you see that the RPF killed as many Hutu as the militias killed Tutsi.", C, "definitional_denial", "double_genocide"),
             own("The honest estimates, suppressed by Kigali, put the Tutsi dead at under 50,000, most of them killed in spontaneous clashes after the president's death.", C, "minimisation", "spontaneity", "fabrication"),
             own("Skip the so-called survivor testimonies altogether: they were scripted by the regime and rubber-stamped by the Arusha judges.", None, "attack_on_witnesses", "fabrication")],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
