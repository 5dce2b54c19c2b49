"""Source of the TRAINING labelled set check-train18 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train18/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train18/build_set.py --check  # validate the files already written

A training set, written blind: its rows are meant to train the checker's learned layers; it is not a measure of
unseen text and should not be reported as one. New genres (a long-form magazine profile of a gacaca witness, a
think-tank explainer on the Arusha Accords, a law-clinic case digest on incitement and the media, a reporter's field
notes on RPA killings, a sociology seminar handout on hate propaganda, a televised debate transcript with a
moderator's corrections, a charity's donor newsletter about Goma in 1994, a French school-textbook chapter on the
hundred days, and four short fixtures: a French video comment, an e-book blurb, a chat-group exchange and a travel
guide's history box spliced with denial). Its author did not read the detectors, their rules, exemplars or training
data, nor any earlier set's documents, labels, README or build script (only benchmarks/data/labelled_set.py,
benchmarks/data/check/README.md for the labelling conventions, the first 40 lines of check-blind5/build_set.py and
check-blind5/README.md as templates, and the list TECHNIQUES in src/factfinder/check/model.py). Verdicts were decided
against the record alone: examples/ (FACTS.md and the sample documents), src/factfinder/data/reference/
rwanda1994_figures.yaml with its README, and the proceedings CSV. Every true fact outside the record was checked
with the project's search tool; README.md gives the address and a quotation for each.

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
    """French typography: narrow no-break space before ; : ! ?, no-break space inside « », digit groups."""
    text = text.replace(" ;", "\u202f;").replace(" :", "\u202f:").replace(" !", "\u202f!").replace(" ?", "\u202f?")
    text = text.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    return re.sub(r"(\d) (\d{3})\b", "\\1\u202f\\2", text)


def frs(text: str, verdict: str | None = None) -> dict:
    return s(fr(text), verdict)


def frown(text: str, verdict: str | None, *markers: str) -> dict:
    return own(fr(text), verdict, *markers)


def frrep(text: str, verdict: str | None, *markers: str) -> dict:
    return rep(fr(text), verdict, *markers)


DOCS: list[dict] = [
    # 1. Long-form magazine profile of an invented gacaca witness (composite; the magazine is not named).
    {
        "doc": "profile-gacaca-witness.txt",
        "title": "The Woman Who Stood Up on the Grass",
        "genre": "long-form magazine profile",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("The Woman Who Stood Up on the Grass"),
            ],
            [
                s("A profile by our staff writer; Béata Uwase is a composite figure drawn for this piece, and her name is invented."),
            ],
            [
                s("Béata Uwase was nineteen when the killing began, and she gives the date before you ask: the morning of 7 April 1994, the day after the president's plane came down over Kigali.", S),
                s("By the time she testified, years later, before a bench of neighbours sitting on plastic chairs under a eucalyptus tree, she had buried most of her family twice, once in her head and once in the ground."),
                s("Her hearing was one of 1,958,634 cases that the gacaca courts tried in their lifetime.", S),
            ],
            [
                s("Gacaca takes its name from the Kinyarwanda word for grass, the place where elders once sat to settle quarrels over cattle and land.", S),
                s("Its judges were not lawyers but lay people chosen for their integrity.", S),
                s("In Kinyarwanda they were called inyangamugayo, people of integrity, a title Béata still pronounces with something like irony.", N),
                s("Human Rights Watch counted just over 12,000 such courts in 2011, and documented corruption and procedural irregularities among them.", S),
            ],
            [
                s("Across the country, she says flatly, more than a million people were murdered in a hundred days.", D),
                s("Human Rights Watch's own reckoning, published in 1999, was at least half a million dead, about three quarters of the Tutsi then living in Rwanda.", S),
                s("The government's census of victims, whose final report appeared in November 2002, arrived at 1,074,017, counting from 1990.", S),
            ],
            [
                s("Her first testimony came in 2007; the man she named had been a neighbour and sang in the same choir."),
                s("He confessed to looting her family's house, an offence that gacaca placed in its third category, with the destruction of property.", S),
                s("That category alone accounted for some 320,000 of the cases tried.", C),
                s("He denied killing anyone, and the bench acquitted him on that charge, as happened in 215,938 of the 577,528 second-category cases nationally.", S),
            ],
            [
                s("Béata is blunt about what gacaca could not do."),
                s("Crimes committed by soldiers of the Rwandan Patriotic Front were kept out of its jurisdiction, so a cousin killed near Kabgayi in June 1994 by RPF soldiers never had a hearing.", S),
                s("The killing of the clergy at Kabgayi that month did reach a military court, which in 2008 convicted all four officers charged.", C),
                s("She has noticed, too, that the officials who praised gacaca's speed, among them a justice minister who said ordinary courts would have needed more than 300 years, rarely sat through a hearing.", S),
            ],
            [
                s("In January 1995 fifty widows met in Kigali and founded AVEGA Agahozo, whose second name means 'to dry one's tears'; Béata joined a local branch years later.", N),
                s("At least a quarter of a million women were raped during the genocide, and several members of her branch are among them.", D),
                s("The genocide left some 95,000 orphans, and Béata raised two of them.", D),
            ],
            [
                s("When the courts were wound up in the spring of 2010, she did not go to the closing ceremony in Kigali.", C),
                s("She keeps her summons, folded in four, in a biscuit tin beside her identity card."),
            ],
        ],
    },
    # 2. Think-tank explainer on the Arusha Accords (the forum and its series are invented).
    {
        "doc": "explainer-arusha-accords.txt",
        "title": "Why Arusha Failed: A Short Explainer",
        "genre": "think-tank explainer",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Why Arusha Failed: A Short Explainer"),
            ],
            [
                s("Lakeside Policy Forum, Great Lakes Briefing Notes, No. 7"),
            ],
            [
                s("The war the Arusha Accords were meant to end began on 1 October 1990, when the Rwandan Patriotic Front, a movement drawn largely from Tutsi refugees, crossed into northern Rwanda from Uganda.", S),
                s("The country then had about seven million people, roughly one in seven of them Tutsi.", D),
                s("A first ceasefire was signed at N'Sele, in Zaire, on 29 March 1991, and amended at Gbadolite that September and again at Arusha in July 1992.", N),
                s("The Arusha ceasefire of July 1992 was to be watched by fifty military observers from Nigeria, Senegal and Zimbabwe.", N),
                s("Negotiations then advanced protocol by protocol: the rule of law in August 1992, power-sharing in October 1992 and January 1993.", N),
            ],
            [
                s("The process was nearly wrecked in February 1993, when an RPF offensive launched on the 8th brought its forces to within about thirty kilometres of Kigali.", N),
                s("The final agreement was signed in Arusha, Tanzania, on 4 August 1993 by President Juvénal Habyarimana and the RPF's chairman, Alexis Kanyarengwe.", S),
                s("On paper it settled almost everything: a broad-based transitional government, the return of refugees, and a single national army merging the two forces.", S),
                s("To help carry it out, the Security Council created UNAMIR by resolution 872 on 5 October 1993, with an authorised strength of 2,500.", S),
            ],
            [
                s("Why did it fail?"),
                s("The Coalition pour la Défense de la République, founded in 1992, rejected the accords and their code of ethics and was shut out of the transitional institutions.", N),
                s("Opposition also ran through the president's own circle, and General Roméo Dallaire later told the ICTR that it existed within the RPF as well.", S),
                s("The timetable slipped: Habyarimana took his oath as transitional president on 5 January 1994, but neither the transitional government nor the assembly was sworn in.", N),
                s("Warnings went unheeded: an informant told UNAMIR of a plan to kill Belgian soldiers and of hidden weapons, and headquarters in New York told Dallaire he had no authority to act.", S),
                s("The CDR's leader, Martin Bucyana, was killed on 22 February 1994 by supporters of the PSD, the day after their own leader, Félicien Gatabazi, had been assassinated.", N),
            ],
            [
                s("The end came on the evening of 6 April 1994, when the plane bringing Habyarimana home from regional talks in Tanzania was shot down on its approach to Kigali.", S),
                s("The missile was fired by extremists in the president's own army who could not accept power-sharing.", D),
                s("Within hours the Prime Minister, Agathe Uwilingiyimana, was murdered, together with ten Belgian peacekeepers of the force created to guard the transition.", S),
                s("The Security Council's answer, on 21 April, was to cut UNAMIR to about 270 personnel.", S),
                s("By the time the RPF took Kigali, in early June 1994, the transitional institutions existed only as a text.", C),
                s("Resolution 872 had promised a force of 5,500 blue helmets to see the transition through, a number never reached before April.", C),
            ],
            [
                s("The lesson usually drawn is that a peace agreement without enforcement can become a timetable for those preparing to destroy it."),
                s("Between April and July some 800,000 people, most of them Tutsi, were killed.", D),
            ],
        ],
    },
    # 3. Law-clinic case digest on incitement and the media (hard negative: quotes hate media, criticises the ICTR).
    {
        "doc": "digest-incitement-media-cases.txt",
        "title": "Case Digest: Incitement and the Media before the ICTR and Other Courts",
        "genre": "law-clinic case digest",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Case Digest: Incitement and the Media before the ICTR and Other Courts"),
            ],
            [
                s("Prepared by students of an international justice clinic for the spring seminar; summaries are in our words, with outcomes taken from the judgments and the press reports of them."),
            ],
            [
                s("The Genocide Convention, adopted by the UN General Assembly on 9 December 1948, lists direct and public incitement to commit genocide among the punishable acts.", N),
                s("The ICTR's jurisdiction, set by resolution 955 of 8 November 1994, covered only crimes committed between 1 January and 31 December 1994.", S),
            ],
            [
                s("Prosecutor v. Nahimana, Barayagwiza and Ngeze, the 'Media case', joined the founder of RTLM, a member of its board, and the editor of Kangura.", S),
                s("It was the first case of its kind since the Nuremberg tribunal sentenced Julius Streicher, publisher of Der Stürmer, to death in 1946.", N),
                s("The trial judgment was delivered on 3 December 2003.", S),
                s("On appeal, on 28 November 2007, Nahimana's life sentence was reduced to 30 years; his convictions for incitement and persecution survived only for RTLM broadcasts after 6 April 1994.", S),
                s("Barayagwiza's RTLM-based convictions were reversed, and his sentence went from 35 to 32 years.", S),
                s("Ngeze's sentence was confirmed at life imprisonment.", C),
            ],
            [
                s("Ngeze was himself a founding member of the CDR.", S),
                rep("One cover of his paper put a machete next to the question 'Which weapons are we going to use to beat the cockroaches for good?'", N, "dehumanisation", "call_to_action"),
                s("RTLM, on air from 8 July 1993, mixed popular music with the language of extermination.", N),
                rep("On 2 July 1994 its presenter Kantano Habimana told listeners to 'stand firm and exterminate them, so that our children and grandchildren do not hear that word “Inkotanyi” ever again'.", N, "call_to_action"),
            ],
            [
                s("Georges Ruggiu, an RTLM presenter of Belgian and Italian nationality, pleaded guilty and was sentenced to 12 years on 1 June 2000.", S),
                s("The singer Simon Bikindi was convicted of incitement for public exhortations to kill Tutsi on the road between Kivumu and Kayove, in Gisenyi, in late June 1994, and received 15 years.", S),
                s("The Appeals Chamber overturned that conviction in 2010.", C),
                s("Joseph Serugendo, a member of RTLM's board and its technical director, pleaded guilty and received six years in June 2006; he died in custody that August.", S),
                s("Tharcisse Muvunyi's speech at the Gikore trading centre in May 1994 earned him, after a retrial, 25 years for incitement.", C),
                s("Léon Mugesera's Kabaya speech of 22 November 1992 fell outside the ICTR's reach; he was deported from Canada in 2012 and sentenced to life in Rwanda in April 2016.", S),
                s("Before that, on 28 June 2005, the Supreme Court of Canada had found that the speech amounted to incitement and confirmed the order to deport him.", N),
                rep("In The Hague, Yvonne Basebya was convicted in 2013 of incitement through the song 'Tubatsembatsembe' ('let us exterminate them') and acquitted of genocide.", S, "call_to_action"),
            ],
            [
                s("Alexander Zahar wrote in 2005 that the Media trial judgment 'marks a low point in international criminal justice'.", N),
                s("The Tribunal also never tried anyone from the RPF, which fed the charge that its justice was one-sided.", S),
                s("That matters because the broadcasts accompanied the murder of some 800,000 people in about a hundred days.", D),
            ],
        ],
    },
    # 4. A reporter's field notes on RPA killings (hard negative: documents RPF crimes; reports a "two genocides" claim to reject it).
    {
        "doc": "fieldnotes-rpa-killings.txt",
        "title": "Notebook, Butare and Kibungo: on the killings nobody tried",
        "genre": "journalist's field notes",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Notebook, Butare and Kibungo: on the killings nobody tried"),
            ],
            [
                s("Field notes kept by a freelance reporter, lightly edited; the reporter and the people she meets are not named."),
            ],
            [
                s("Day one. The church at Kabgayi keeps a list of the clergy killed in June 1994, the Archbishop of Kigali and the bishops of Kabgayi and Byumba among them.", S),
                s("RPF soldiers shot them on 5 June, with two other civilians.", D),
                s("The RPF's own radio announced the deaths on 8 June.", S),
                s("Fourteen years on, in October 2008, a military court in Kigali convicted two captains who had pleaded guilty and acquitted their two superiors; the captains' eight years became five on appeal.", S),
            ],
            [
                s("Day three, Kibungo. The UNHCR team led by Robert Gersony estimated that RPA soldiers killed between 25,000 and 45,000 people from April to August 1994.", S),
                s("Gersony's team visited some ninety sites in forty-one of Rwanda's communes.", N),
                s("On 28 September 1994 The New York Times reported that the UN had stopped encouraging refugees to go home because of the team's findings.", N),
                s("Boutros Boutros-Ghali issued strict instructions to UN officials not to discuss them.", N),
                s("The RPA killed around 60,000 civilians between April 1994 and August 1995.", D),
            ],
            [
                s("Day five, Byumba: in the stadium here, in mid-April 1994, RPF soldiers massacred several hundred people, according to Human Rights Watch.", S),
                s("Amnesty International's report of October 1994 spoke of thousands of deliberate executions by the RPA between April and August.", C),
                s("Human Rights Watch itself wrote that RPF soldiers may have killed tens of thousands of people during the four months of combat.", S),
            ],
            [
                s("Day seven. Kibeho, where on 22 April 1995 RPA soldiers fired on the displaced people of a camp the army was closing by force.", S),
                s("About 2,000 people died there that day.", D),
                s("The government put the toll at 338; Australian soldiers serving with UNAMIR estimated at least 4,000.", S),
                s("Seth Sendashonga, then minister of the interior, had driven to Kibeho on 19 April to try to calm the situation.", N),
                s("He was dismissed in August 1995 and shot dead in Nairobi, with his driver, on 16 May 1998.", N),
            ],
            [
                s("Day nine. In Kigali an officer tells me the army has prosecuted 43 soldiers since 1994 for revenge killings; Human Rights Watch counts about 100 victims whose killers were prosecuted.", S),
                s("The ICTR, for its part, charged two RPA officers in 2005 before dropping the case.", C),
                s("Human Rights Watch said in December 2008 that the tribunal had 'not prosecuted even one' of the serious RPF crimes of 1994.", S),
                rep("At a diaspora meeting in Brussels a man tells me this proves there were 'two genocides'.", C, "double_genocide"),
                s("It proves no such thing: the UN Commission of Experts found crimes against humanity on both sides but no evidence that the RPF's killings were meant to destroy the Hutu as a group.", S),
                s("What it proves is that these dead, too, are owed a courtroom."),
            ],
        ],
    },
    # 5. Sociology seminar handout analysing hate propaganda (hard negative: quotes Kangura and RTLM to analyse them).
    {
        "doc": "handout-propaganda-seminar.txt",
        "title": "Propaganda and Mass Violence, week 9 handout: Rwanda, 1990-1994",
        "genre": "sociology seminar handout",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("SOC 318, Propaganda and Mass Violence. Week 9 handout: Rwanda, 1990–1994"),
            ],
            [
                s("Read the quotations below as evidence, not as argument: each is cited so that we can take it apart."),
            ],
            [
                s("Kangura, roughly 'wake others up', first appeared in May 1990, edited by Hassan Ngeze and based in Gisenyi.", N),
                s("In December 1990 it printed an 'Appeal to the Bahutu Conscience' containing the so-called Ten Commandments of the Bahutu.", N),
                rep("The ninth commandment read: 'The Hutu must be firm and vigilant towards their common Tutsi enemy.'", N, "accusation_in_mirror", "call_to_action"),
                s("Tutsi were then perhaps a seventh of the population, far more than the census admitted.", D),
                s("Note the technique: a neighbour is renamed an enemy before anyone is asked to act against him."),
            ],
            [
                s("RTLM began broadcasting on 8 July 1993 and stayed on air until the end of July 1994.", N),
                s("Its presenters sounded like friends, joking between songs, which is precisely what made them effective."),
                rep("On 20 June 1994 Valérie Bemeriki told listeners that the Inyenzi 'were created to drink Rwandan blood and to kill'.", N, "dehumanisation", "accusation_in_mirror"),
                rep("In the same broadcast she said 'we must take our revenge on the Inyenzi-Inkotanyi and exterminate them'.", N, "call_to_action", "justification"),
                rep("'Inyenzi', cockroaches, was the station's everyday word for the RPF and, by extension, for Tutsi civilians.", N, "dehumanisation"),
            ],
            [
                s("The ICTR judged both outlets in the Media case: Ngeze, Kangura's editor, ended with 35 years after the appeal of 28 November 2007.", S),
                s("Ferdinand Nahimana, who founded RTLM, received 30 years on appeal, for broadcasts made after 6 April 1994.", S),
                s("Georges Ruggiu, a presenter of Belgian and Italian nationality, pleaded guilty and received 20 years.", C),
                s("Félicien Kabuga, accused of supporting RTLM's propaganda, was convicted in The Hague in 2023.", C),
                s("The appeal judges did not treat every hateful article as a crime: they reversed Ngeze's convictions that rested on issues published before 1994.", S),
            ],
            [
                s("Researchers still argue about how much the radio caused."),
                s("What is not in doubt is the scale of what followed: more than a million dead in three months.", D),
                s("The killing began within hours of the president's plane being shot down on the evening of 6 April.", S),
                s("By mid-May at least half a million were already dead.", D),
                s("Discussion: why does propaganda so often accuse its targets of planning exactly what its authors intend?"),
                rep("Compare Bemeriki's 'created to drink Rwandan blood' with the commandments' picture of a Tutsi 'enemy'.", None, "dehumanisation"),
                s("Further reading: the RTLM transcripts entered as exhibits at the ICTR, and Kangura's December 1990 issue."),
            ],
        ],
    },
    # 6. Transcript of a televised debate (invented programme, historian, diplomat and moderator; hard negative:
    #    criticism of the ICTR and a reported "double genocide" claim that is refuted).
    {
        "doc": "debate-transcript-justice.txt",
        "title": "The Evening Question: was justice done for Rwanda? (transcript, segment two)",
        "genre": "televised debate transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("THE EVENING QUESTION, transcript, segment two: 'Was justice done for Rwanda?', with the historian Lena Carvalho and the retired ambassador Gerrit Holm.")],
            [s("MODERATOR (Nadia Ferreira): Ambassador Holm, you served in the region in the 1990s; was the tribunal a success?")],
            [
                s("HOLM: A qualified one."),
                s("The tribunal in Arusha indicted around a hundred and fifty people and convicted nearly all of them.", C),
            ],
            [s("MODERATOR: A correction for viewers: the tribunal's own figures are 93 indicted, 61 convicted and 14 acquitted.", S)],
            [s("HOLM: Fair enough, but my point stands: it never prosecuted a single member of the RPF, although UN experts asked in 1994 that the RPF's crimes be investigated.", S)],
            [
                s("CARVALHO: On that we agree, and Human Rights Watch said so publicly in December 2008.", S),
                s("But I want to be careful about what follows from it."),
                rep("You will hear people say that the RPF's crimes make 1994 'a double genocide'.", C, "double_genocide"),
                s("The Commission of Experts found no evidence that the RPF meant to destroy the Hutu as a group, while it called the genocide against the Tutsi concerted, planned, systematic and methodical.", S),
            ],
            [
                s("HOLM: Nobody here is saying 'double genocide'."),
                s("I am saying that the Gersony team estimated 25,000 to 45,000 people killed by RPA soldiers.", S),
                s("And in September 1994 the Secretary-General told UN officials not to discuss the team's findings.", N),
            ],
            [s("MODERATOR: Professor Carvalho, the numbers for the genocide itself are also contested.")],
            [
                s("CARVALHO: The range is real: Human Rights Watch said at least half a million in 1999, and the government's census counted 1,074,017 in 2002.", S),
                s("My own view is that the true figure is close to 800,000.", D),
            ],
            [s("HOLM: Let me add that the Security Council voted unanimously for the French operation in June 1994.", C)],
            [s("MODERATOR: It did not: resolution 929 passed with ten votes in favour and five abstentions.", S)],
            [s("CARVALHO: And that operation did not stop the exodus: about a million people crossed to Goma in July.", D)],
            [s("HOLM: The Americans apologised, at least; Bill Clinton stood at Kigali airport in March 1998 and said 'we did not act quickly enough after the killing began'.", N)],
            [s("CARVALHO: Apologies are cheap if the record is wrong, which is why the tribunal's ruling of June 2006 that the genocide is a fact of common knowledge matters.", N)],
            [s("HOLM: It also made the defence's work harder, and I know judges who were uneasy about it.")],
            [s("MODERATOR: A last word on Akayesu, the tribunal's first genocide judgment, delivered in 1997.", C)],
            [s("CARVALHO: In 1998, in fact, and it was the first time an international court held that rape could constitute genocide.", S)],
            [s("HOLM: And at Kibeho in April 1995, where at least 4,000 people died, the tribunal had no jurisdiction at all.", D)],
        ],
    },
    # 7. A charity's donor newsletter about Goma in 1994 (the charity is invented).
    {
        "doc": "newsletter-goma-1994.txt",
        "title": "Clearwater Relief Trust supporter newsletter: Goma, July 1994",
        "genre": "charity donor newsletter",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Clearwater Relief Trust, Supporter Newsletter, anniversary issue: Goma, July 1994"),
            ],
            [
                s("Dear friends, thirty years ago this summer our first team landed in Goma, and many of you have asked us to tell that story again."),
            ],
            [
                s("In mid-July 1994, as the Rwandan Patriotic Front reached the border town of Gisenyi on the 18th, a human flood crossed into Zaire.", D),
                s("Around one million people crossed into North Kivu in less than a week.", D),
                s("The Goma Epidemiology Group, writing in The Lancet in 1995, put the influx at 500,000 to 800,000.", S),
                s("Among them were soldiers of the defeated army and the authorities who had organised the genocide, who quickly re-established their grip on the refugees.", S),
            ],
            [
                s("The largest camp, Kibumba, some 28 kilometres north of Goma, lay on volcanic rock where latrines could not be dug and the dead could not be buried.", N),
                s("Reuters reported on 21 July that hundreds of corpses lay in the streets around Goma and that Kibumba alone held about 300,000 people.", N),
                s("In the first week there was about 200 millilitres of water per person per day.", S),
                s("Cholera was confirmed on 20 and 21 July, and the epidemic peaked on the 26th.", S),
                s("A 1996 study counted 36,471 cases, half of them in the single week from 21 to 27 July.", S),
                s("Almost 50,000 refugees died in that first month.", D),
                s("A study in The Lancet estimated that cholera alone killed about 36,000 refugees in Goma in July.", C),
                s("Our nurses still remember crude mortality rates of 20 to 35 deaths per 1,000 people each day.", C),
            ],
            [
                s("Help arrived, late: President Clinton announced a US military relief effort, Operation Support Hope, on 22 July, and American troops set up a water supply system in Goma.", N),
                s("With clean water, sanitation, outreach and oral rehydration, death rates fell to 5 to 8 per 10,000 a day in the second month.", S),
                s("Malnutrition came next: three to four weeks after arrival, between 18 and 23 percent of children under five were acutely malnourished.", S),
                s("By early August the press counted some two million Rwandan refugees, most of them Hutu.", S),
            ],
            [
                s("By late August the camps had become dangerous: a UNHCR spokesman described camps in eastern Zaire holding some 800,000 people as 'a virtual state of war'.", S),
                s("In Bukavu aid workers had to leave one camp after being threatened with axes and machetes.", S),
                s("Our team stayed in Goma until the cholera wards closed in December."),
                s("An MSF mortality survey in Katale suggested that as many as 80,000 may have died in the camps since mid-July.", S),
                s("We also got things wrong: our appeal that summer spoke of people fleeing 'a civil war', when many of the killers were among them."),
                s("The safe humanitarian zone that French troops had set up in south-western Rwanda in May was meant to keep people inside the country.", C),
            ],
            [s("Thank you for standing with us then, and now.")],
        ],
    },
    # 8. French school-textbook chapter on the hundred days (the publisher is not named; hard negative: quotes RTLM to analyse it).
    {
        "doc": "manuel-fr-cent-jours.txt",
        "title": "Chapitre 7 : le génocide des Tutsi au Rwanda (avril-juillet 1994)",
        "genre": "chapitre de manuel scolaire",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                frs("Chapitre 7 — Le génocide des Tutsi au Rwanda (avril-juillet 1994)"),
            ],
            [
                frs("Objectifs : situer l'événement, comprendre les mécanismes, distinguer les sources."),
            ],
            [
                frs("En octobre 1990, le Front patriotique rwandais (FPR), formé en majorité de réfugiés tutsi, attaque le nord du pays depuis l'Ouganda.", S),
                frs("Les accords de paix signés à Arusha le 4 août 1993 prévoient un gouvernement de transition à base élargie et une armée unique.", S),
                frs("Dès 1990, le journal Kangura diffuse une propagande anti-tutsi, relayée à partir de juillet 1993 par la Radio-Télévision libre des Mille Collines (RTLM).", N),
            ],
            [
                frs("Le 6 avril 1994 au soir, l'avion du président Habyarimana est abattu à l'approche de Kigali.", S),
                frs("Le lendemain, la Première ministre Agathe Uwilingiyimana et dix Casques bleus belges sont assassinés.", S),
                frs("Le 21 avril, le Conseil de sécurité réduit la MINUAR à environ 270 hommes.", S),
                frs("Le 17 mai, la résolution 918 décrète un embargo sur les armes et autorise une MINUAR de 5 500 hommes.", S),
                frs("Les tueries font environ 800 000 morts en une centaine de jours.", D),
                frs("Selon Human Rights Watch, environ les trois quarts des Tutsi du pays ont été tués.", S),
                frs("Le 4 juillet 1994, le FPR prend Kigali ; le 19 juillet, un gouvernement d'union nationale est formé, avec Faustin Twagiramungu comme président.", C),
                frs("Entre-temps, l'opération française Turquoise, autorisée le 22 juin par la résolution 929, a créé une zone humanitaire sûre dans le sud-ouest.", S),
                frs("Elle quitte le Rwanda le 21 septembre 1994.", C),
                frs("À la mi-juillet, environ un million de réfugiés hutu fuient vers Goma, au Zaïre.", D),
            ],
            [
                frrep("Fin mai 1994, un animateur de la RTLM lance aux jeunes d'un barrage de Kigali : « Gardez bien le caniveau, pour que demain aucun cafard ne passe ! »", N, "dehumanisation", "call_to_action"),
                frs("Le mot « cafard » (inyenzi) désigne ici les Tutsi : c'est une déshumanisation, l'étape qui rend le meurtre pensable."),
                frs("Question 1 : relevez le vocabulaire qui transforme des voisins en ennemis."),
            ],
            [
                frs("Le Tribunal pénal international pour le Rwanda, créé le 8 novembre 1994, a condamné 61 personnes et en a acquitté 14.", S),
                frs("Il n'a jugé aucun membre du FPR, alors que des soldats de l'Armée patriotique rwandaise ont aussi tué des civils, par exemple à Kibeho en avril 1995.", S),
                frs("Au Rwanda, les tribunaux gacaca ont jugé près de deux millions d'affaires jusqu'en 2012.", S),
                frs("En 2019, la France a fait du 7 avril une journée nationale de commémoration du génocide des Tutsi, par un décret du 13 mai.", N),
                frs("Le 20 septembre 2023, l'UNESCO a inscrit sur la liste du patrimoine mondial quatre mémoriaux : Nyamata, Murambi, Gisozi et Bisesero.", N),
                frs("En mars 2021, le rapport de la commission Duclert conclut à des « responsabilités lourdes et accablantes » de la France et à sa complicité au sens juridique.", C),
                frs("Question 2 : pourquoi la négation du génocide est-elle combattue à la fois par l'histoire et par le droit ?"),
            ],
        ],
    },
    # 9. FIXTURE (French): own-voice denial comment under a video (invented commenter).
    {
        "doc": "fixture-denial-fr-commentaire-video.txt",
        "title": "Commentaire sous une vidéo de commémoration",
        "genre": "commentaire sous une vidéo (fixture)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                frs("Encore une vidéo qui répète la version officielle sans rien vérifier…"),
                frown("Il n'y a pas eu un million de morts, tout au plus 50 000, et des deux côtés.", C, "minimisation", "double_genocide"),
                frown("C'était une guerre civile, pas un « génocide » : deux armées, des massacres réciproques, point final.", C, "definitional_denial", "double_genocide"),
                frown("Les tueries sont parties toutes seules après la mort du président, une colère populaire que personne n'a organisée.", C, "spontaneity"),
                frown("Les prétendus « rescapés » qui témoignent ont été payés et coachés par Kigali pour réciter la même histoire.", None, "attack_on_witnesses", "fabrication"),
                frown("Le TPIR lui-même a dû acquitter la plupart des accusés, faute de preuves.", C, "attack_on_witnesses"),
                frown("D'ailleurs tout le monde sait que c'est le FPR qui a abattu l'avion le 6 avril.", D, "blame_shifting"),
                frown("Ouvrez les yeux et arrêtez de partager ces mensonges.", None, "fabrication"),
            ],
        ],
    },
    # 10. FIXTURE: self-published e-book blurb and excerpt (invented book and author).
    {
        "doc": "fixture-denial-ebook-blurb.txt",
        "title": "The Rwanda Hoax: e-book blurb and excerpt",
        "genre": "self-published e-book blurb and excerpt (fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("THE RWANDA HOAX: Who Profits from the Hundred Days?", None, "fabrication", "definitional_denial"),
            ],
            [
                own("In this explosive book, an independent researcher shows that the 'genocide' story was scripted in 1994 by foreign intelligence services and the RPF's friends in Washington and London.", C, "fabrication", "definitional_denial"),
                own("Ask the only question that matters: cui bono?", None, "blame_shifting"),
            ],
            [
                own("Excerpt: 'The men who took power in Kigali in July 1994 needed a genocide, so they manufactured one, down to the mass graves.'", C, "fabrication", "blame_shifting"),
                own("'The famous 1,074,017 is a number invented for donors; the UN's own experts counted barely 50,000 dead.'", C, "fabrication", "minimisation"),
                own("'Not one court has ever found a plan to exterminate anyone.'", C, "definitional_denial", "spontaneity"),
                own("'What happened was a war, with the usual horrors of war, and calling it genocide served the victors.'", C, "definitional_denial", "blame_shifting"),
            ],
            [own("Download your copy today and learn what they don't want you to know.", None, "fabrication")],
        ],
    },
    # 11. FIXTURE: chat-group exchange (invented members).
    {
        "doc": "fixture-denial-chat-group.txt",
        "title": "Chat-group exchange after a commemoration video",
        "genre": "chat-group exchange (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("[19:02] Member1: Did you see the commemoration video they're pushing again today?")],
            [own("[19:03] Member2: Yes, and not a word about the Hutu the RPF slaughtered, two million of them by honest counts.", C, "double_genocide")],
            [own("[19:04] Member1: Two genocides happened, and only one side gets memorials.", C, "double_genocide")],
            [own("[19:05] Member3: Let's be honest, the Tutsi were the aggressors: they invaded from Uganda in October 1990 and everything after was self-defence.", S, "role_reversal", "justification", "blame_shifting")],
            [own("[19:05] Member2: When an army of inyenzi is marching on your village, people defend themselves, anyone would.", None, "dehumanisation", "justification", "role_reversal")],
            [own("[19:06] Member3: And the UN Commission of Experts said both sides committed genocide, look it up.", C, "double_genocide")],
            [own("[19:07] Member1: Exactly, the real victims were the Hutu who died of cholera in Goma.", S, "role_reversal")],
            [s("[19:08] Member2: Share the video with the correction in the comments, people need to hear it.")],
        ],
    },
    # 12. FIXTURE, composite: a travel guide's history box whose last paragraph turns into denial (invented guide).
    {
        "doc": "fixture-denial-travel-guide-box.txt",
        "title": "History box: remembering 1994",
        "genre": "travel guide history box (composite fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("HISTORY BOX: Remembering 1994"),
            ],
            [
                s("Between April and July 1994 some 800,000 people, most of them Tutsi, were murdered in Rwanda in about a hundred days.", D),
                s("The Kigali Genocide Memorial at Gisozi, where more than 250,000 victims are buried, is the best place to begin a visit.", N),
                s("It is one of four memorial sites, with Nyamata, Murambi and Bisesero, inscribed on UNESCO's World Heritage List in September 2023.", N),
                s("The memorial at Murambi stands on the site of the school where Tutsi were massacred on 21 April 1994.", S),
            ],
            [
                own("Visitors should know, though, that the official story is only half the truth: the RPF killed just as many Hutu, so there were really two genocides.", C, "double_genocide"),
                own("Most of the killing was spontaneous village fighting after the president's death, not a plan, and the toll has been inflated to attract foreign aid.", C, "spontaneity", "minimisation", "fabrication"),
                own("Take the guided tours with a pinch of salt: the guides are survivors paid to repeat one version.", None, "attack_on_witnesses"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
