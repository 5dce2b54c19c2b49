"""Source of the sixteenth TRAINING labelled set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train16/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train16/build_set.py --check  # validate the files already written

A training set, written blind: its rows are meant to train the checker's learned layers; it is not a measure of
unseen text. Genres new to the sets: a parliamentary committee hearing transcript on France and Opération Turquoise,
a news site's timeline sidebar (April 1994 to the tribunal's closure), a secondary-school textbook chapter, a
court-watch newsletter on genocide trials in European courts, an NGO press release on RPA killings of 1994-1995,
an academic blog post on the ICTR and sexual-violence charges, a question-and-answer interview with a demographer,
a French agency dispatch on Kwibuka, and four short fixtures (a French reader's letter, a social-media thread, a
rally speech excerpt, and a travel blog post that turns into denial). Its author did not read the detectors, their
rules, exemplars or training data, nor any other set's documents or labels (only benchmarks/data/labelled_set.py,
benchmarks/data/check/README.md for the labelling conventions, the first 40 lines of the check-blind5 build script
and the check-blind5 README as templates, and the list TECHNIQUES in src/factfinder/check/model.py). Verdicts were
decided against the record alone: examples/ (FACTS.md and the sample documents),
src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Every true fact outside the record
was checked with the project's search tool; README.md gives the address and quotation for each.

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

NB = "\u00a0"   # no-break space (French typography before : ; ? ! and inside « »)
NN = "\u202f"   # narrow no-break space (thousands separator in French figures)


def fr(text: str) -> str:
    """French typography: no-break spaces inside guillemets and before : ; ? !"""
    text = text.replace("« ", "«" + NB).replace(" »", NB + "»")
    for mark in (" :", " ;", " ?", " !"):
        text = text.replace(mark, NB + mark[1])
    return text


DOCS: list[dict] = [
    # 1. Parliamentary committee hearing (the committee, its members and the witnesses are invented).
    {
        "doc": "hearing-transcript-turquoise.txt",
        "title": "Standing Committee on External Affairs and Defence: hearing on France, Rwanda and Opération Turquoise",
        "genre": "parliamentary committee hearing transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("STANDING COMMITTEE ON EXTERNAL AFFAIRS AND DEFENCE — HEARING ON FRANCE, RWANDA AND OPÉRATION "
               "TURQUOISE (UNCORRECTED TRANSCRIPT)")],
            [s("THE CHAIR (Ms Brandt-Osei): Dr Santerre, you have worked in the French military and diplomatic "
               "archives for ten years, so let me begin with the mandate: was Turquoise authorised by the Security "
               "Council, and on what terms?")],
            [s("DR SANTERRE: It was, by resolution 929 of 22 June 1994, which placed a temporary operation under "
               "French command within Chapter VII.", S),
             s("The vote was not unanimous: ten members voted in favour and five abstained.", S),
             s("Roughly two and a half thousand French soldiers took part, joined by African contingents, among them "
               "about three hundred Senegalese.", S)],
            [s("MR VELLACOTT: Had French troops already been back in the country that spring?")],
            [s("DR SANTERRE: Briefly, yes: Opération Amaryllis ran from 8 to 14 April 1994 and evacuated foreign "
               "nationals through Kigali airport.", N),
             s("Before that, the Noroît deployment had kept French units in Rwanda from October 1990 until December "
               "1993.", N)],
            [s("THE CHAIR: And the zone in the south-west, when was it declared?")],
            [s("DR SANTERRE: On 5 July 1994, in the triangle between Cyangugu, Kibuye and Gikongoro.", S),
             s("By then the RPF had already taken Kigali, on 1 July.", C),
             s("As the front moved west, Gisenyi fell on 18 July and the flight towards Goma became a flood.", D)],
            [s("MR VELLACOTT: Let me turn to Bisesero, which is the heart of the criticism.")],
            [s("DR SANTERRE: A small French commando unit came upon about a hundred Tutsi survivors on the hills of "
               "Bisesero late on 27 June 1994, and they were evacuated only at dawn on 30 June.", N),
             s("Those days of waiting are what the survivors' associations have never forgiven.")],
            [s("GEN. (RET.) FERRANDOU: I commanded a company in the zone, and I would remind the committee that our "
               "soldiers also kept displaced people alive.")],
            [s("Around a million people crossed into Zaire that July, and nearly fifty thousand of them died within "
               "the month.", D),
             s("We left on 21 August 1994, handing over to some 2,400 African peacekeepers of UNAMIR.", S)],
            [s("THE CHAIR: General, the last French unit did not leave until late September, did it?", C)],
            [s("GEN. (RET.) FERRANDOU: No, Madam Chair, the departure was in August, as I said.", S)],
            [s("MR VELLACOTT: And the arrest warrants issued by Judge Bruguière in 2004 then led Kigali to break off "
               "relations with Paris.", C)],
            [s("DR SANTERRE: The parliamentary information mission chaired by Paul Quilès published its report on "
               "15 December 1998.", N),
             s("The historians' commission chaired by Vincent Duclert handed its report to the President on 26 March "
               "2021, finding heavy and damning responsibilities while rejecting complicity in the legal sense.", S),
             s("A few weeks later, on 19 April 2021, the Muse report commissioned by the Rwandan government concluded "
               "that France had made a foreseeable genocide possible.", N),
             s("As for the plane, the French judicial inquiry ended in a final dismissal in February 2022, and no "
               "court has ever established who fired.", S)],
        ],
    },
    # 2. News site's timeline sidebar (invented outlet).
    {
        "doc": "timeline-sidebar-1994-2015.txt",
        "title": "Timeline: Rwanda, April 1994 to the tribunal's last day",
        "genre": "news timeline sidebar",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("TIMELINE | Rwanda, 1994–2015: the genocide and the tribunal")],
            [s("6 April 1994 — A missile brings down President Habyarimana's jet as it comes in to land at Kigali, "
               "and no one aboard survives.", S)],
            [s("7 April — Soldiers murder Prime Minister Agathe Uwilingiyimana; the ten Belgian blue helmets "
               "assigned to guard her are killed at an army camp in the capital.", S)],
            [s("April 21, 1994 — As the killing spreads, the Security Council votes to shrink UNAMIR to about 270 "
               "personnel.", S)],
            [s("28–29 April — In a single day more than a quarter of a million people pour across the border into "
               "Tanzania.", S)],
            [s("17/05/1994 — Resolution 918 imposes an arms embargo and authorises a UNAMIR of up to 5,500.", S)],
            [s("22 June — The Council authorises a French-led operation by a unanimous vote.", C)],
            [s("4 July — RPF troops enter Kigali and Butare.", S)],
            [s("Mid-July — As the RPF reaches Gisenyi, about a million people cross into Goma within a few "
               "days.", D)],
            [s("8 Nov 1994 — Resolution 955 creates the International Criminal Tribunal for Rwanda, with "
               "jurisdiction over crimes committed during 1994.", S)],
            [s("1995 — The tribunal opens its first trial in Arusha.", C)],
            [s("2 Sept 1998 — In the first judgment of its kind, Jean-Paul Akayesu, former mayor of Taba, is found "
               "guilty of genocide.", S)],
            [s("4 Sept 1998 — Former prime minister Jean Kambanda, who pleaded guilty, is sentenced to 30 years.", C)],
            [s("28 Aug 2003 — The Security Council gives the Rwanda tribunal a prosecutor of its own, ending Carla "
               "Del Ponte's tenure in Arusha; she says Kigali lobbied against her plan to look into reprisal "
               "killings by its army.", N)],
            [s("3 Dec 2003 — In the \"media case\", judges convict RTLM founder Ferdinand Nahimana and Kangura "
               "editor Hassan Ngeze.", S)],
            [s("18 Dec 2008 — Colonel Théoneste Bagosora is acquitted of genocide.", C)],
            [s("22 Dec 2010 — Resolution 1966 sets up a residual mechanism to carry on the tribunals' remaining "
               "work.", N)],
            [s("24 June 2011 — Former minister Pauline Nyiramasuhuko becomes the first woman found guilty of "
               "genocide by an international court.", N)],
            [s("2011-12-14 — On appeal, Bagosora's life sentence is cut to 35 years.", S)],
            [s("18 June 2012 — Rwanda's community gacaca courts close after handling close to two million "
               "cases.", D)],
            [s("1 July 2012 — The mechanism's Arusha branch starts work.", N)],
            [s("14 Dec 2015 — The last appeal judgment, in the Butare case, reduces Nyiramasuhuko's life term to "
               "47 years.", S)],
            [s("31 Dec 2015 — The tribunal closes its doors after indicting 93 people.", S),
             s("By its own count, 61 were convicted and 14 acquitted; no member of the RPF was ever tried "
               "there.", S)],
            [s("Not shown on this scale: an estimated 800,000 people killed in about a hundred days.", D)],
        ],
    },
    # 3. Secondary-school textbook chapter (invented textbook). Quotes Kangura and RTLM to analyse them.
    {
        "doc": "textbook-chapter-genocide.txt",
        "title": "History and Citizenship, Year 10, Chapter 7: The genocide against the Tutsi in Rwanda, 1994",
        "genre": "secondary-school textbook chapter",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Chapter 7. The genocide against the Tutsi in Rwanda, 1994")],
            [s("Learning objectives: explain how the genocide was prepared, describe its course, and assess how "
               "the world responded.")],
            [s("Rwanda became independent from Belgium on 1 July 1962.", N),
             s("In the early 1930s the Belgian administration had issued identity cards that recorded every "
               "Rwandan as Hutu, Tutsi or Twa.", N),
             s("In October 1990 the Rwandan Patriotic Front, made up largely of Tutsi refugees, invaded from Uganda, "
               "and a civil war began.", S)],
            [s("Extremist media prepared the ground."),
             rep("In December 1990 the newspaper Kangura printed the so-called \"Ten Commandments of the Hutu\", "
                 "whose eighth commandment read: \"Hutus must cease having pity for the Tutsi.\"", N,
                 "call_to_action", "justification"),
             rep("From July 1993 a new radio station, RTLM, mixed popular music with attacks on Tutsi and moderate "
                 "Hutu, and its presenters called Tutsi \"inyenzi\", cockroaches.", N, "dehumanisation"),
             s("In August 1993 the government and the RPF signed a peace agreement at Arusha, in Tanzania.", S)],
            [s("Source A (activity): read the Kangura extract and list the words used to turn neighbours into "
               "enemies.")],
            [s("On the evening of 6 April 1994 the president's plane was shot down over Kigali, and within hours "
               "soldiers and militiamen set up roadblocks and began killing Tutsi and opposition politicians.", S),
             s("The army, the Presidential Guard and the Interahamwe militia led the killing, and some local "
               "officials, such as Jean-Paul Akayesu, the mayor of Taba, let it happen at their own office.", S),
             s("The killing lasted roughly three months, until the RPF defeated the government army in July "
               "1994.", S),
             s("Estimates of the dead vary, but at least 800,000 people were killed, most of them Tutsi.", D),
             s("Before the genocide, Tutsi made up about one Rwandan in seven.", D)],
            [s("In April the Security Council cut UNAMIR from 2,500 troops to just 27.", C),
             s("Ten Belgian peacekeepers had been murdered on 7 April while protecting the prime minister.", S),
             s("In June, France launched Opération Turquoise with UN approval and set up a safe humanitarian zone in "
               "the north-east of the country.", C),
             s("After the RPF's victory, a new government took office in Kigali on 19 July 1994, with Paul Kagame as "
               "president.", C)],
            [s("Justice came slowly: the international tribunal in Arusha convicted 61 people, and by 2011 "
               "Rwanda's gacaca courts had tried about 1.2 million cases, according to Human Rights Watch.", S),
             s("Crimes by RPF soldiers, such as the killing of thirteen clergy near Kabgayi on 4 June 1994, were "
               "rarely prosecuted.", D),
             s("The international tribunal never tried a member of the RPF.", S),
             s("Since 2003 the UN has marked 7 April as a day of reflection, and in 2018 it renamed the day to name "
               "the genocide against the Tutsi.", N)],
            [s("Check your understanding: why did a colonial identity card matter at a roadblock in 1994?"),
             s("Key word: genocide — acts committed with intent to destroy, in whole or in part, a national, "
               "ethnical, racial or religious group.")],
        ],
    },
    # 4. Court-watch newsletter (invented observatory). Quotes a convicted author's denial to refute it.
    {
        "doc": "court-watch-european-trials.txt",
        "title": "Assize Watch, issue 14: Rwandan genocide cases before European courts",
        "genre": "court-watch newsletter",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("ASSIZE WATCH — Issue 14: Rwandan genocide cases before European courts")],
            [s("Thirty years after a genocide that killed some 800,000 people, European juries are still hearing "
               "the crimes of 1994.", D),
             s("This issue reviews the verdicts since our last number together with the older cases they build "
               "on.")],
            [s("In Paris, on 30 October 2024 the assize court sentenced Eugène Rwamucyo, a former doctor at Butare, to 27 "
               "years for complicity in genocide and in crimes against humanity, acquitting him of genocide as a "
               "principal.", N),
             s("The Paris series began with Pascal Simbikangwa, a former intelligence officer sentenced to 25 years "
               "in March 2014, a verdict confirmed on appeal in December 2016.", S),
             s("Two former mayors of Kabarondo, Octavien Ngenzi and Tito Barahira, followed in July 2016 with life "
               "terms for the massacre of Tutsi at the Kabarondo church on 13 April 1994.", S),
             s("Laurent Bucyibaruta, prefect of Gikongoro, received 20 years in July 2022, and his appeal is due to "
               "be heard next spring.", C),
             s("Philippe Hategekimana, a former gendarme from Nyanza who had taken French nationality, was "
               "sentenced to thirty years.", C),
             s("The appeal court upheld his conviction in December 2024, though it cleared him of conspiracy.", S)],
            [s("In Brussels, on 10 June 2024 the assize court sentenced Emmanuel Nkunduwimye, known as \"Bomboko\", to "
               "25 years for genocide, war crimes and rape.", N),
             s("His defence had sought an acquittal, arguing that the prosecution testimony could not be relied "
               "on.", N),
             s("Belgium's first trial came in June 2001, when four Rwandans, among them two Benedictine nuns from "
               "Sovu, were sentenced to between 12 and 20 years.", S),
             s("Its first conviction for genocide as such followed in December 2019, against Fabien Neretse, who "
               "received 25 years.", S),
             s("In December 2023 Séraphin Twahirwa, an Interahamwe leader from Gikondo, was sentenced to 30 years, "
               "while his co-accused Pierre Basabose was interned on medical grounds.", C)],
            [s("The Netherlands convicted Yvonne Basebya of incitement in March 2013 but acquitted her of genocide "
               "itself.", S),
             s("In Germany, Onesphore Rwabukombe, former mayor of Muvumba, was finally given a life sentence in "
               "December 2015 for the massacre at the Kiziguro church compound.", S),
             s("Sweden's Stanislas Mbanenande and Norway's Sadi Bugingo were both acquitted in 2013.", C),
             s("Finland convicted the pastor François Bazaramba in June 2010 and sentenced him to life.", S),
             s("Switzerland's military justice had gone first, convicting a former mayor, Fulgence Niyonteze, in "
               "April 1999.", S)],
            [s("Denial, too, has reached the courts: on 9 December 2024 the Paris criminal court convicted the writer Charles Onana of complicity in "
               "publicly contesting a crime against humanity, the first such conviction in France concerning the "
               "genocide against the Tutsi.", N),
             rep("His book had called the thesis of a Hutu regime planning a \"genocide\" in Rwanda \"one of the "
                 "greatest swindles of the twentieth century\".", C, "fabrication", "definitional_denial"),
             s("The UN Commission of Experts had found as early as December 1994 that the genocide was carried out "
               "in a concerted, planned, systematic and methodical way.", S),
             s("The prosecution rested on article 24 bis of the 1881 press law, as amended on 27 January 2017 to "
               "cover the gross denial of genocides recognised by a French or international court.", N),
             s("Onana has appealed, and we will follow the new hearing.")],
        ],
    },
    # 5. Human-rights NGO press release on RPA killings (invented organisation). Hard negative.
    {
        "doc": "press-release-rpa-killings.txt",
        "title": "Press release: victims of RPA killings in 1994-1995 still wait for justice",
        "genre": "NGO press release",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("PRESS RELEASE — For immediate release")],
            [s("Thirty years on, the victims of killings by the Rwandan Patriotic Army still wait for justice")],
            [s("The crimes committed by the Rwandan Patriotic Army (RPA) in 1994 and 1995 are documented, and "
               "they must be investigated and prosecuted wherever their authors are, the Great Lakes Rights "
               "Monitor said today."),
             s("Between April and August 1994, RPA soldiers killed tens of thousands of civilians in the areas "
               "they captured.", D),
             s("A team working for the UN refugee agency estimated that 25,000 to 45,000 people were killed by RPA "
               "soldiers between April and August 1994.", S),
             s("No final written report of the team's findings was ever completed, and the UN later told a "
               "special rapporteur that the \"Gersony report\" did not exist.", N)],
            [s("In mid-April 1994 RPF soldiers massacred several hundred people in the stadium at Byumba, Human "
               "Rights Watch reported.", S),
             s("In early June, near Kabgayi, they killed fifteen civilians, thirteen of them clergy, among them "
               "the Archbishop of Kigali.", S),
             s("The killings took place on 5 June 1994.", D),
             s("Amnesty International reported in October 1994 that RPA abuses between April and August included "
               "hundreds of deliberate executions.", S),
             s("A former interior minister later estimated that RPA soldiers killed some 60,000 people between "
               "April 1994 and August 1995.", S),
             s("Seth Sendashonga, interior minister in the first post-genocide government, was shot dead in "
               "Nairobi on 16 May 1998.", N)],
            [s("On 22 April 1995 soldiers opened fire on displaced people at the Kibeho camp, killing at least "
               "4,000.", D),
             s("The government at the time acknowledged 338 deaths.", S),
             s("The camp had sheltered about 250,000 people.", C)],
            [s("Accountability has been minimal."),
             s("Rwanda's military says it has prosecuted 43 soldiers since 1994 for war crimes and revenge "
               "killings, and the Kabgayi trial of October 2008 ended with two captains convicted and two senior "
               "officers acquitted.", S),
             s("The two captains saw their eight-year terms reduced to five on appeal.", S),
             s("The ICTR indicted three RPA officers before it closed, but none came to trial.", C),
             s("Gacaca courts were barred from hearing these crimes.", S),
             s("Carla Del Ponte, who intended to investigate RPA reprisal killings, lost her post as the ICTR's "
               "prosecutor in August 2003.", N),
             s("The UN Commission of Experts asked in 1994 that the crimes attributed to the RPF be investigated, "
               "while finding no evidence that they were committed with intent to destroy the Hutu as a "
               "group.", S)],
            [s("Documenting these crimes does not make 1994 a \"double genocide\", and it takes nothing from the "
               "genocide against the Tutsi, in which more than half a million people were murdered.", D),
             s("We call on Rwanda to open its military archives, and on states with jurisdiction to investigate "
               "RPA suspects present on their territory.")],
            [s("Contact: press office, Great Lakes Rights Monitor.")],
        ],
    },
    # 6. Academic blog post criticising the ICTR's record on sexual-violence charges (invented blog). Hard negative.
    {
        "doc": "blog-ictr-sexual-violence.txt",
        "title": "The tribunal that named rape as genocide, and then let most rape convictions fall",
        "genre": "academic blog post",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("The tribunal that named rape as genocide, and then let most rape convictions fall")],
            [s("Every course on international criminal law teaches Akayesu, and rightly so."),
             s("On 2 September 1998 a chamber of the ICTR held, for the first time, that rape and sexual violence "
               "could constitute acts of genocide.", S),
             s("Yet those charges were not in the original indictment: they were added in June 1997, after "
               "witnesses spoke at trial of rapes at the bureau communal in Taba.", S),
             s("One of the three judges, Navanethem Pillay, went on to become UN High Commissioner for Human Rights "
               "in September 2008.", N),
             s("The celebrated precedent owed as much to the witnesses and the bench as to the Prosecutor's "
               "strategy.")],
            [s("The record after Akayesu is uneven."),
             s("Alfred Musema, director of the Gisovu tea factory, saw his rape conviction reversed on appeal in "
               "November 2001.", S),
             s("The Appeals Chamber overturned the rape convictions of Tharcisse Renzaho, prefect of Kigali-Ville, "
               "though his life sentence stood.", S),
             s("Augustin Ngirabatware, the former planning minister, had his rape conviction reversed in 2014 and "
               "his sentence cut from 35 to 25 years.", C),
             s("Pauline Nyiramasuhuko, the first woman found guilty of genocide by an international court, was "
               "convicted in June 2011 of crimes that included rape.", N),
             s("Her life sentence was reduced on appeal to 47 years in December 2015 because the proceedings had "
               "taken too long.", S),
             s("Sylvestre Gacumbitsi, the mayor of Rusumo, was convicted of instigating rapes and saw his sentence "
               "raised on appeal from 30 years to life.", S)],
            [s("Against these judgments must be set the scale of the crimes."),
             s("At least 250,000 women were raped during the hundred days.", D),
             s("Bijleveld, Morssinkhof and Smeulers put the lower bound at a little over 350,000, and Survivors "
               "Fund gives a range of 250,000 to 500,000.", S),
             s("Between 2,000 and 5,000 pregnancies are thought to have resulted.", D),
             s("The ICTR convicted 61 people before it closed its doors at the end of 2013.", C),
             s("Its prosecutors published a best-practices manual on sexual-violence cases in January 2014, "
               "conceding in effect that the lessons had been learned late.", N)],
            [s("National courts have not done much better: in 2017 a Rwandan court acquitted the Gisenyi "
               "Interahamwe leader Bernard Munyagishari of rape while jailing him for life.", S),
             s("And no sexual violence by RPF soldiers, nor any other crime of theirs, was ever charged in "
               "Arusha.", S),
             s("Critics who call the tribunal \"victor's justice\" overstate their case, but on this point they are "
               "not wrong.")],
            [s("Akayesu himself was sentenced to 25 years.", C),
             s("The appeal judgment of June 2001, given by a chamber presided over by Judge Claude Jorda, affirmed "
               "his convictions.", S),
             s("Some 95,000 children were orphaned, and the women who bore children of rape are still waiting for "
               "reparations the tribunal could never award.", D)],
        ],
    },
    # 7. Question-and-answer interview with an invented demographer. Quotes denial claims to refute them.
    {
        "doc": "interview-demographer-counting.txt",
        "title": "Counting the dead: a conversation with demographer Amara Lindqvist",
        "genre": "question-and-answer interview",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Counting the dead: a conversation with demographer Amara Lindqvist")],
            [s("Q: You spent five years on the registers of 1994; why is there still no single number for the "
               "victims?")],
            [s("A: Because every count answers a different question, and some of the dead were never found: the "
               "Kigali memorial at Gisozi alone holds the remains of more than 250,000 people.", N),
             s("The government's census of victims, carried out in 2000, reached 1,074,017 people, but it counted "
               "from October 1990 to the end of 1994.", S),
             s("Human Rights Watch and FIDH, working from the 1991 census, concluded in 1999 that at least half a "
               "million people were killed, about three quarters of the Tutsi population.", S)],
            [s("Q: How did they get there?")],
            [s("A: The 1991 census recorded Tutsi as 8.4 percent of the population, and William Seltzer "
               "extrapolated to about 657,000 Tutsi on 6 April 1994.", S),
             s("Subtract some 150,000 survivors and you arrive at roughly 507,000 Tutsi killed.", S),
             s("My own reading is that the census under-recorded Tutsi, and that they were closer to 12 percent "
               "of the population.", D)],
            [rep("Q: Online, you can read that \"barely 60,000 people died, and most of them were soldiers on both "
                 "sides\".", C, "minimisation", "definitional_denial")],
            [s("A: Six weeks into the killing, Human Rights Watch already put the number of civilians slain at no "
               "fewer than 200,000.", S)],
            [rep("Q: And the argument that \"the RPF killed as many Hutu as the militias killed Tutsi\"?", C,
                 "double_genocide")],
            [s("A: The UNHCR team spoke of 25,000 to 45,000 killed by RPA soldiers and Human Rights Watch of tens "
               "of thousands; those crimes are real, but they are a separate and much smaller count.", S)],
            [s("Q: What about the 2004 figure of 937,000?")],
            [s("A: That came from a different ministry, Youth, Culture and Sports, listing victims whose names, "
               "ages and places of birth could be established.", S)],
            [s("Q: So what is your own estimate?")],
            [s("A: Somewhere between 600,000 and 800,000 people were killed between April and July, the great "
               "majority of them Tutsi.", D)],
            [s("Q: Does later census data help?")],
            [s("A: The 2002 census counted 8,128,553 people and the 2012 census 10,515,973, which shows that "
               "growth resumed but tells us nothing directly about the dead.", N)],
            [s("Q: And the deaths in the camps in Zaire?")],
            [s("A: Cholera and dysentery killed around 50,000 people around Goma in the first month.", D),
             rep("Another claim I hear is that \"there were never more than 300,000 Tutsi in Rwanda, so a genocide "
                 "on that scale is impossible\".", C, "minimisation"),
             s("Even the 1991 census, which under-recorded them, implies close to 600,000 people registered as "
               "Tutsi.", S)],
            [s("Q: What would you tell a student?")],
            [s("A: Always ask who counted, when, and what: the 800,000 often attributed to the UN, for instance, "
               "comes from the Independent Inquiry of 1999.", S)],
        ],
    },
    # 8. French agency dispatch on the 30th commemoration (invented agency).
    {
        "doc": "depeche-fr-kwibuka.txt",
        "title": "Rwanda : le pays entame la trentième commémoration du génocide des Tutsi",
        "genre": "dépêche d'agence (commémoration)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s(fr("Rwanda : le pays entame la trentième commémoration du génocide des Tutsi"))],
            [s(fr("KIGALI, 7 avril 2024 (API) – Le président Paul Kagame a allumé dimanche matin la flamme du "
                  "souvenir au mémorial de Gisozi, lançant la 30e commémoration du génocide perpétré contre les "
                  "Tutsi en 1994."), N),
             s(fr(f"Plus de 250{NN}000 victimes reposent dans ce mémorial de la capitale."), N),
             s(fr("La flamme doit brûler pendant cent jours, la durée du deuil national."), N),
             s(fr("« Kwibuka », le nom donné à ces commémorations, signifie « se souvenir » en kinyarwanda."), N)],
            [s(fr(f"La cérémonie officielle s'est ensuite tenue à la BK Arena, devant quelque 5{NN}000 invités, "
                  "dont plus d'une trentaine de chefs d'État, de gouvernement ou d'anciens dirigeants."), N),
             s(fr("L'ancien président américain Bill Clinton, qui était à la Maison Blanche en 1994, conduisait la "
                  "délégation des États-Unis."), N)],
            [s(fr("Le génocide a commencé au lendemain de l'attentat du 6 avril 1994 contre l'avion du président "
                  "Juvénal Habyarimana."), S),
             s(fr("Le 7 avril, la Première ministre Agathe Uwilingiyimana et les dix Casques bleus belges chargés "
                  "de sa protection étaient assassinés."), S),
             s(fr("En une centaine de jours, plus d'un million de personnes ont été tuées, en très grande majorité "
                  "des Tutsi."), D),
             s(fr(f"Au moins 250{NN}000 femmes ont été violées pendant ces cent jours, rappellent les associations "
                  "de rescapées."), D),
             s(fr(f"L'ONU avance le chiffre de 800{NN}000 morts, tandis que le recensement des victimes publié par "
                  f"Kigali en 2002 en dénombre 1{NN}074{NN}017, en comptant depuis 1990."), S),
             s(fr("Les tueries ont pris fin en juillet 1994 avec la victoire militaire du Front patriotique rwandais "
                  "(FPR)."), S),
             s(fr("Le FPR s'était emparé de Kigali le 4 juillet, puis de Gisenyi le 16 juillet."), D)],
            [s(fr("En 2003, l'Assemblée générale des Nations unies a fait du 7 avril une journée internationale de "
                  "réflexion, dont l'intitulé nomme expressément, depuis janvier 2018, le génocide contre les "
                  "Tutsi."), N),
             s(fr("En France, une journée de commémoration à la même date a été annoncée en 2019 par le président "
                  "Emmanuel Macron."), N),
             s(fr("Dans une vidéo diffusée dimanche, M. Macron a déclaré que « la France assume tout » des termes "
                  "qu'il avait employés à Kigali le 27 mai 2021."), N),
             s(fr("Le rapport de la commission d'historiens présidée par Vincent Duclert, remis en mars 2021, avait "
                  "conclu à des « responsabilités lourdes et accablantes » de la France."), S)],
            [s(fr("Sur le plan judiciaire, le Tribunal pénal international pour le Rwanda, installé à Kigali de sa "
                  "création en novembre 1994 à sa fermeture fin 2015, a condamné 61 personnes."), C),
             s(fr("Au Rwanda, les juridictions gacaca ont jugé près de deux millions d'affaires avant leur fermeture "
                  "en juin 2012."), D),
             s(fr("Les crimes commis en 1994 par des soldats du FPR, dont le Tribunal n'a poursuivi aucun auteur, "
                  "restent en marge de ces commémorations."), S)],
            [s(fr("À Paris, l'ancien préfet de Gikongoro Laurent Bucyibaruta, condamné en 2022, est mort en "
                  "décembre 2022 avant son procès en appel."), C),
             s(fr("Le « financier » présumé du génocide, Félicien Kabuga, arrêté près de Paris en mai 2020, a été "
                  "condamné en 2023 à la réclusion à perpétuité par le Mécanisme résiduel."), C),
             s(fr("Les commémorations se poursuivront dans tout le pays pendant la première semaine de deuil."))],
        ],
    },
    # 9. FIXTURE: French reader's letter (double genocide, role reversal). Invented signatory.
    {
        "doc": "fixture-denial-fr-lettre-lecteur.txt",
        "title": "Courrier des lecteurs : « Il y a eu deux génocides »",
        "genre": "lettre de lecteur (fixture)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s(fr("Monsieur le rédacteur en chef, votre dossier du 7 avril m'a consterné.")),
             own(fr("Vous parlez du « génocide des Tutsi » comme s'il n'y avait eu qu'un seul camp de victimes."),
                 None, "definitional_denial", "double_genocide"),
             own(fr("En 1994, il y a eu deux génocides, et le second, celui des Hutu par le FPR, a fait autant de "
                    "morts que le premier."), C, "double_genocide"),
             own(fr("Ce sont les Tutsi du FPR qui ont envahi le pays le 1er octobre 1990 et allumé l'incendie ; les "
                    "Hutu n'ont fait que se défendre."), S, "role_reversal", "blame_shifting", "justification"),
             own(fr("C'est d'ailleurs le FPR qui a abattu l'avion du président Habyarimana, tout le monde le sait."),
                 D, "blame_shifting"),
             own(fr("Le TPIR, tribunal des vainqueurs, n'a jugé que des Hutu pendant que les vrais criminels "
                    "gouvernent à Kigali."), S, "attack_on_witnesses", "role_reversal", "blame_shifting"),
             own(fr("Les Tutsi n'étaient pas les victimes mais les agresseurs, et leurs chiffres sont gonflés pour "
                    "culpabiliser l'Occident."), C, "role_reversal", "fabrication", "minimisation")],
            [s(fr("Un lecteur de Lyon, abonné depuis vingt ans."))],
        ],
    },
    # 10. FIXTURE: social-media thread (minimisation, scare quotes, attacks on witnesses). Invented handles.
    {
        "doc": "fixture-denial-thread-minimisation.txt",
        "title": "Thread: \"thirty years of the genocide industry\"",
        "genre": "social-media thread (fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("@histoire_libre_77: Thirty years of the so-called \"genocide\" industry and still nobody can show "
                 "me the bodies.", None, "definitional_denial", "minimisation", "fabrication")],
            [own("@histoire_libre_77: Real number of dead was maybe 50k, mostly fighters on both sides, the rest is "
                 "Kigali propaganda.", C, "minimisation", "fabrication")],
            [own("@gr8lakes_truth: Exactly, and the \"survivors\" who testify in Arusha were coached and paid by the "
                 "regime.", None, "attack_on_witnesses")],
            [own("@gr8lakes_truth: Even the UN commission in December 1994 never found any plan, just chaos after "
                 "the plane crash.", C, "spontaneity")],
            [own("@histoire_libre_77: The ICTR convicted people on hearsay, 61 guys in twenty years, lol.", S,
                 "attack_on_witnesses")],
            [s("@nkubito_m: The Commission of Experts called it genocide carried out in a planned, systematic way, "
               "and HRW found at least half a million killed.", S)],
            [own("@gr8lakes_truth: HRW = paid liars, next.", None, "attack_on_witnesses")],
            [own("@histoire_libre_77: Tutsi were barely 8% anyway, so the \"million\" is a mathematical joke.", D,
                 "minimisation")],
        ],
    },
    # 11. FIXTURE: rally speech excerpt (dehumanisation, accusation in a mirror, justification, call to action).
    {
        "doc": "fixture-denial-rally-speech.txt",
        "title": "Speech excerpt: \"before sunrise\"",
        "genre": "rally speech excerpt (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Brothers and sisters, I will speak plainly tonight."),
             own("The inyenzi have crawled back across the border, and cockroaches do not come to talk, they come "
                 "to eat the house.", None, "dehumanisation"),
             own("They already have their lists, and they are sharpening their blades to exterminate every one of "
                 "us, our wives and our children.", None, "accusation_in_mirror"),
             own("Remember the first of October 1990, when they came from Uganda with guns and not with olive "
                 "branches.", S, "justification", "accusation_in_mirror"),
             own("Whatever we do to them now is only what any people does to survive.", None, "justification"),
             own("Go home, take your tools, and clear the bush around every hill before sunrise.", None,
                 "call_to_action"),
             own("Do not let pity stop your hand, because a snake you spare will bite you.", None,
                 "dehumanisation", "call_to_action"),
             own("Whoever hides them will share their fate.", None, "call_to_action")],
        ],
    },
    # 12. FIXTURE, composite: travel blog post whose second half turns into denial. Invented blogger.
    {
        "doc": "fixture-denial-travel-blog-composite.txt",
        "title": "Rwanda diary, day three: Kigali",
        "genre": "travel blog post, composite (fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("Day three in Kigali began at the genocide memorial in Gisozi, where more than 250,000 victims are "
               "buried.", N),
             s("I had read before coming that it all started on 6 April 1994, when the president's plane was shot "
               "down as it approached Kigali airport.", S),
             s("The next morning soldiers killed the prime minister and the ten Belgian peacekeepers who were "
               "guarding her.", S),
             s("Our guide, a quiet man in his thirties, said the killing went on for about a hundred days.", S)],
            [own("back at the hotel i read some independent stuff online and honestly the museum version is "
                 "one-sided propaganda.", None, "fabrication"),
             own("The real story is a civil war with massacres on both sides, not a planned \"genocide\".", C,
                 "double_genocide", "definitional_denial", "spontaneity"),
             own("The victim numbers were multiplied by ten by the RPF to get Western aid.", C, "minimisation",
                 "fabrication"),
             s("Anyway, the mountain gorillas are next on the list, more on that tomorrow.")],
        ],
    },
]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv, DOCS, HERE))
