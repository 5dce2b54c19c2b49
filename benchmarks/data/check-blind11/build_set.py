"""Source of the ELEVENTH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind11/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind11/build_set.py --check  # validate the files already written

HELD-OUT: written blind to measure generalisation; scored in aggregate only. New genres (a long-read magazine
feature on a survivor's return, a think-tank commentary critical of Rwanda's government and of the ICTR, an NGO
press release on RPA killings, an encyclopedia entry on UNAMIR, a lecture transcript analysing Kangura and RTLM,
a travel-guide section on memorial sites, a legal-aid newsletter on European cases, a French chronique judiciaire,
and four short fixtures), new wording, new facts. Its author did not read the detectors, their rules, exemplars or
training data, the benchmark or its results, the tests, nor any other set's documents or labels (only
benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, the first 40 lines
of check-blind5/build_set.py and check-blind5/README.md as templates, and the list TECHNIQUES of
src/factfinder/check/model.py). Verdicts were decided against the record alone: examples/ (FACTS.md and the sample
documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Keep it that way: do not
read its per-sentence errors, do not copy these sentences into rules, exemplars or training data, and do not tune
against this set.

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

NB = "\u00a0"    # no-break space (French typography: inside guillemets, before a colon)
NNB = "\u202f"   # narrow no-break space (French thousands separator)


def g(text: str) -> str:
    """French guillemets with no-break spaces."""
    return f"«{NB}{text}{NB}»"


DOCS: list[dict] = [
    # 1. Long-read magazine feature; the survivor is a composite (invented), the magazine too.
    {
        "doc": "feature-survivor-return.txt",
        "title": "The road back to the hill: a survivor returns to Kabarondo",
        "genre": "long-read magazine feature (composite survivor)",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [
                s("The road back to the hill: a survivor returns to Kabarondo"),
                s("Editor's note: Mukamana, the woman at the centre of this feature, is a composite drawn from several "
                  "survivors' accounts; she is not a real person, and her name is invented, as is this magazine."),
            ],
            [
                s("Mukamana was nine years old when the killers came for the people sheltering in the parish church of "
                  "Kabarondo, in what was then Kibungo prefecture, on 13 April 1994.", S),
                s("Thirty years later she walks up from the tarmac road slowly, counting the eucalyptus trees as though "
                  "they might have moved."),
                rep("She remembers the men at the roadblock below the church shouting that every inyenzi had to be "
                    "found before dark.", None, "dehumanisation", "call_to_action"),
                rep("She remembers, too, the radio in the bar across the road telling its listeners that the "
                    "cockroaches meant to kill them all first.", None, "dehumanisation", "accusation_in_mirror"),
            ],
            [
                s("The two men who had run the commune were eventually tried far from the hill: in July 2016 a Paris "
                  "assize court sentenced both former bourgmestres of Kabarondo, Octavien Ngenzi and Tito Barahira, to "
                  "life imprisonment.", S),
                s("An appeal trial upheld both life terms in 2018, and the Cour de cassation rejected their last appeal "
                  "in October 2019.", S),
                s("Mukamana followed the hearings on a cousin's phone; the verdict, she says, gave her sleep but not "
                  "peace."),
                s("Justice had started much closer to home: the first genocide trial held in Rwanda ended in Kibungo on "
                  "3 January 1997, with death sentences for both defendants.", S),
                s("The men who ordered the killing answered to an interim government whose prime minister, Jean "
                  "Kambanda, later pleaded guilty and was sentenced to twenty-five years.", C),
                s("A court in Oslo would find, years afterwards, that a Kibungo businessman had been complicit in three "
                  "attacks that killed at least 2,000 Tutsi in that same April.", S),
            ],
            [
                s("When the survivors of her family ran east, they joined the crowds heading for Tanzania; on 28 and 29 "
                  "April more than 250,000 people crossed into the Ngara district within twenty-four hours.", S),
                s("UNHCR called it the largest and fastest exodus it had ever seen.", S),
                s("In May 1994 a border guard at Rusumo Falls told a reporter that at least fifteen, and sometimes "
                  "twenty-five, bodies were coming over the falls of the Kagera River each day.", N),
                s("Mukamana's mother never reached the bridge."),
            ],
            [
                s("In the hundred days that followed the downing of the president's plane, more than a million people "
                  "were murdered across Rwanda.", D),
                s("Human Rights Watch, counting more cautiously in 1999, concluded that at least half a million had been "
                  "killed, about three quarters of the country's Tutsi.", S),
                s("Some 95,000 children were orphaned, and she was one of them.", D),
                s("At least a quarter of a million women and girls were raped, two of her aunts among them.", D),
            ],
            [
                s("She lives in Kigali now and comes back every April, when Kwibuka, a Kinyarwanda word loosely meaning "
                  "'remember', opens a week of national mourning and a hundred days of commemoration.", N),
                s("The flame lit at the Gisozi memorial on 7 April burns for all of those hundred days.", N),
                s("The gacaca courts that judged her neighbours closed on 18 June 2012 after trying 1,958,634 cases, but "
                  "they were never allowed to hear what soldiers of the Rwandan Patriotic Front had done.", S),
                s("Mukamana knows that as well as anyone: a cousin on her father's side, a Hutu, disappeared that "
                  "summer after soldiers of the new army passed through his hill, and nobody has ever answered for it."),
                s("At the church she reads the painted names aloud, as she does every year, and then walks back down to "
                  "the road."),
            ],
        ],
    },
    # 2. Think-tank commentary, sharply critical of Rwanda's government and of the ICTR (hard negative).
    {
        "doc": "thinktank-commentary-impunity.txt",
        "title": "Justice with one eye closed: Rwanda, the ICTR and the crimes nobody tried",
        "genre": "think-tank commentary (critical of the Rwandan government and of the ICTR)",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [
                s("Justice with one eye closed: Rwanda, the ICTR and the crimes nobody tried"),
                s("Commentary by a senior fellow of the Lakeshore Centre for Rule-of-Law Studies (an invented think "
                  "tank; the author is invented too)."),
            ],
            [
                s("Rwanda's rulers present themselves as the force that stopped the genocide, and it is true that in "
                  "July 1994 their army routed the government forces that were carrying it out.", S),
                s("That achievement has since been turned into a licence."),
                s("Paul Kagame won the 2017 presidential election with almost 99 per cent of the vote and the July "
                  "2024 election with more than 99 per cent.", N),
                s("The way to those terms was cleared in December 2015 by a referendum on constitutional amendments "
                  "that 98 per cent of voters approved.", N),
                s("The opposition leader Victoire Ingabire, convicted in October 2012 of conspiracy and of minimising "
                  "the genocide, saw the Supreme Court raise her sentence from eight to fifteen years in December 2013.",
                  N),
                s("Seth Sendashonga, a Hutu interior minister of the first post-genocide government who was dismissed "
                  "in 1995 after demanding that soldiers guilty of revenge killings be punished, was shot dead in "
                  "Nairobi on 16 May 1998.", N),
                s("In 2010 Amnesty International reported that the vaguely worded laws on 'genocide ideology' and "
                  "'sectarianism' left most Rwandans taking the safe option of staying silent.", N),
            ],
            [
                s("The international tribunal did little to correct the balance."),
                s("Created by the Security Council in November 1994, the ICTR indicted ninety-three people and "
                  "convicted sixty-one, all of them from the side that lost the war.", S),
                s("Yet the UN's own Commission of Experts had reported in December 1994 that individuals on both sides "
                  "had committed crimes against humanity, and it asked that violations attributed to the RPF be "
                  "investigated further.", S),
                s("Experts working for UNHCR estimated that RPA soldiers killed between 25,000 and 45,000 people from "
                  "April to August 1994.", S),
                s("In plain terms, the RPF's soldiers killed tens of thousands of civilians that year.", D),
                s("Human Rights Watch observed in December 2008 that the tribunal had not prosecuted even one of those "
                  "crimes, and nothing had changed when it shut its doors at the end of 2015.", S),
                s("The prosecutor instead left the Kabgayi case, the murder of thirteen clergy and two other civilians "
                  "on 4 June 1994, to Rwanda's military justice.", D),
                s("There the two captains who confessed received eight years, later cut to four on appeal, while a "
                  "general and a major were acquitted.", C),
                s("The gacaca courts, for their part, were barred from hearing RPF crimes at all.", S),
            ],
            [
                s("Courts elsewhere have been bolder than Arusha."),
                s("In November 2006 the French judge Jean-Louis Bruguière issued nine arrest warrants against people "
                  "close to Kagame, although that investigation of the attack on the plane ended in a final dismissal "
                  "in 2022.", S),
                s("None of this diminishes the genocide against the Tutsi, which the same Commission described as "
                  "concerted, planned, systematic and methodical.", S),
                s("Between April and July 1994 it took at least half a million lives, and very probably many more.", D),
                s("Nor should criticism of the tribunal be confused with the 'victor's justice' slogan that deniers "
                  "use to wave away every verdict."),
                s("Kibeho shows what impunity looks like: on 22 April 1995 RPA soldiers opened fire on displaced people "
                  "in the camp, and the government's toll of 338 dead was never tested before a judge.", S),
                s("Australian peacekeepers on the spot estimated at least 4,000.", S),
            ],
        ],
    },
    # 3. Press release of an invented NGO announcing a report on RPA killings in 1994 (hard negative).
    {
        "doc": "press-release-rpa-killings-report.txt",
        "title": "Tracing Justice Network publishes 'The Unrecorded Dead'",
        "genre": "NGO press release (report on RPA killings, 1994)",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [
                s("PRESS RELEASE, FOR IMMEDIATE RELEASE"),
                s("Tracing Justice Network publishes 'The Unrecorded Dead', a report on killings by the Rwandese "
                  "Patriotic Army in 1994"),
            ],
            [
                s("Brussels: the Tracing Justice Network today publishes a report on the killing of civilians by "
                  "soldiers of the Rwandese Patriotic Army (RPA) between April and August 1994 (the Network, its report "
                  "and its staff are invented for this release)."),
                s("The report brings together what is already on the public record and asks why so little of it has "
                  "reached a courtroom."),
                s("Its starting point is the estimate of the experts who worked for UNHCR in 1994: between 25,000 and "
                  "45,000 people killed by RPA soldiers from April to August.", S),
                s("Human Rights Watch wrote in 1999 that RPF soldiers may have slaughtered tens of thousands during the "
                  "four months of combat.", S),
                s("A former interior minister of the post-war government later put the number killed by RPA soldiers "
                  "between April 1994 and August 1995 at some 60,000.", S),
                s("The Network's own assessment is that the true figure for 1994 lies in the tens of thousands.", D),
            ],
            [
                s("The report reconstructs individual incidents."),
                s("In mid-April 1994 RPF soldiers massacred several hundred people in the stadium at Byumba.", S),
                s("Near Kabgayi in June, they killed fifteen civilians, thirteen of them clergy, among them the "
                  "Archbishop of Kigali and the bishops of Kabgayi and Byumba.", S),
                s("The killings took place on 5 June.", D),
                s("In October 1994 Amnesty International reported that RPA violations since April included hundreds of "
                  "deliberate executions.", S),
                s("The UN Commission of Experts, created under resolution 935 in July 1995, had also asked for the "
                  "RPF's crimes to be investigated.", C),
                s("On 22 April 1995, at Kibeho, RPA fire killed some 2,000 displaced people.", D),
            ],
            [
                s("Accountability has been minimal."),
                s("The Rwandan military said in 2008 that it had prosecuted forty-three soldiers in military courts "
                  "since 1994 for war crimes and revenge killings.", S),
                s("According to the military justice system, those prosecutions concerned the killers of approximately "
                  "one hundred civilians.", S),
                s("The ICTR, whose jurisdiction covered the whole of 1994, never indicted a single RPF member before it "
                  "closed at the end of 2015.", S),
                s("In February 2008 a Spanish judge, Fernando Andreu, indicted forty Rwandan officers, and Rwanda's "
                  "foreign ministry dismissed the arrest warrants as based on falsehoods.", N),
            ],
            [
                s("The report also rejects the opposite distortion."),
                rep("Some exile websites claim that the RPF 'killed millions of Hutu' and call it a second genocide.",
                    C, "double_genocide"),
                s("No estimate on the record comes close, and the Commission of Experts found no evidence that Tutsi "
                  "elements acted with intent to destroy the Hutu as a group.", S),
                s("\"Counting the dead honestly means refusing both silence and inflation,\" said the Network's "
                  "director, who, like the Network, is invented."),
                s("Note to editors: the report does not address the genocide against the Tutsi, whose victims the UN's "
                  "Independent Inquiry put at approximately 800,000.", S),
            ],
        ],
    },
    # 4. Encyclopedia-style entry on UNAMIR and the Security Council's decisions.
    {
        "doc": "encyclopedia-unamir.txt",
        "title": "United Nations Assistance Mission for Rwanda (UNAMIR)",
        "genre": "encyclopedia entry",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": False,
        "paragraphs": [
            [
                s("United Nations Assistance Mission for Rwanda (UNAMIR)"),
                s("From the Open Compendium of Peace Operations, an invented reference work."),
            ],
            [
                s("The United Nations Assistance Mission for Rwanda (UNAMIR) was a peacekeeping operation created by "
                  "Security Council resolution 872 of 5 October 1993 to help implement the Arusha Peace Agreement.", S),
                s("That agreement had been signed in Arusha, Tanzania, on 4 August 1993 by President Juvénal "
                  "Habyarimana and the chairman of the Rwandese Patriotic Front, Alexis Kanyarengwe.", S),
                s("The mission's authorised strength was 2,500 personnel, and the Canadian general Roméo Dallaire "
                  "commanded it from October 1993 to August 1994.", S),
            ],
            [
                s("On 5 April 1994 resolution 909 extended the mandate until 29 July, warning that continued support "
                  "depended on full implementation of the Arusha Accords.", N),
                s("The next evening the president's plane was shot down on its approach to Kigali, and on 7 April ten "
                  "Belgian peacekeepers assigned to guard the prime minister were disarmed and killed.", S),
                s("On 21 April the Council unanimously adopted resolution 912, which cut the force to about 270.", S),
                s("Resolution 918 of 17 May imposed an arms embargo on Rwanda and authorised an expanded force of up to "
                  "5,500 troops.", S),
                s("Resolution 925 of 8 June extended the mandate to 9 December 1994.", N),
                s("On 22 June resolution 929, adopted unanimously, authorised a temporary French-led operation under "
                  "Chapter VII.", C),
                s("The Rwandese Patriotic Front took Kigali on 4 July 1994.", S),
                s("Its troops entered Gisenyi on 18 July, and about a million people fled across the border into Zaire "
                  "within a few days.", D),
                s("Some 80,000 of them died in the camps around Goma in the weeks that followed.", D),
            ],
            [
                s("When Operation Turquoise left its safe humanitarian zone on 21 August 1994, about 2,400 African "
                  "UNAMIR troops replaced the French.", S),
                s("That same month another Canadian, Major-General Guy Tousignant, succeeded Dallaire as force "
                  "commander.", N),
                s("By January 1995 UNAMIR had 5,740 troops.", S),
                s("Its soldiers witnessed the killings at Kibeho on 22 April 1995; Australian members of the mission "
                  "estimated at least 4,000 dead, while the government gave 338.", S),
                s("Resolution 997 of 9 June 1995 extended the mission to 8 December 1995 and reduced it to 2,330 troops "
                  "within three months.", N),
                s("Because the Rwandan government did not want the mission to continue, resolution 1029 of 12 December "
                  "1995 granted only a final extension, to 8 March 1996, with 1,200 troops.", N),
            ],
            [
                s("Resolution 955, which created the International Criminal Tribunal for Rwanda on 8 November 1994, "
                  "was adopted without a vote against.", C),
                s("The Independent Inquiry set up by Secretary-General Kofi Annan reported in December 1999 that "
                  "approximately 800,000 people had been killed over about 100 days.", S),
                s("Presenting its findings to the Security Council on 14 April 2000, its chairman said the decision to "
                  "reduce UNAMIR after the genocide had started was the cause of much bitterness in Rwanda.", N),
                s("Dallaire testified for the prosecution at the ICTR in January 2004, describing Colonel Théoneste "
                  "Bagosora as clearly in charge on the night of 6 April.", S),
                s("Bagosora was sentenced to life imprisonment in December 2008, and the Appeals Chamber upheld the "
                  "life sentence in 2011.", C),
            ],
        ],
    },
    # 5. University lecture transcript on propaganda; quotes Kangura and RTLM to analyse them (hard negative).
    {
        "doc": "lecture-transcript-propaganda.txt",
        "title": "Lecture 9 transcript: print, radio and the making of an enemy",
        "genre": "university lecture transcript (analysing hate propaganda)",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [
                s("Transcript, Lecture 9: Print, radio and the making of an enemy"),
                s("[Course on modern African history, transcribed from the recording and lightly edited; the lecturer is "
                  "a composite and the course is invented.]"),
            ],
            [
                s("Right, let's begin with the paper, because print came first."),
                s("Kangura, a name that means roughly 'wake others up', was founded in May 1990, a few months before "
                  "the RPF attacked from Uganda on 1 October.", N),
                rep("On the slide is the cover of the November 1991 issue, with a machete beside the caption 'Which "
                    "weapons are we going to use to beat the cockroaches for good?'", N,
                    "dehumanisation", "call_to_action"),
                s("Notice that the insult does its work before any order is given: once your neighbour is an insect, "
                  "the machete becomes pest control."),
            ],
            [
                s("Radio followed: RTLM went on the air in July 1993.", N),
                s("Its founder, the historian Ferdinand Nahimana, was convicted by the ICTR in the Media case in "
                  "December 2003.", S),
                s("On appeal in November 2007 his life sentence was reduced to thirty years.", S),
                s("The tribunal also convicted Jean-Bosco Barayagwiza, a founder of the CDR who sat on RTLM's board; "
                  "his sentence ended at thirty-two years.", S),
                s("The transcripts reward slow reading."),
                rep("On 20 June 1994 the presenter Valérie Bemeriki said of the Inyenzi-Inkotanyi that 'they were "
                    "created to drink Rwandan blood and to kill'.", N, "dehumanisation", "accusation_in_mirror"),
                rep("On 15 May Kantano Habimana had told listeners that 'a minority race cannot exterminate the majority "
                    "race': accuse the victims of the crime you are preparing, and the crime becomes defence.", N,
                    "accusation_in_mirror"),
                rep("On 2 July the same presenter urged his audience to 'stand firm and exterminate them, so that our "
                    "children and grandchildren do not hear that word \"Inkotanyi\" ever again'.", N, "call_to_action"),
                s("In another broadcast that day he protested, 'I do not want people to misunderstand this and say "
                  "that I mean Tutsis', and everyone listening knew exactly whom he meant.", N),
            ],
            [
                s("Some of these voices did face judges."),
                s("Georges Ruggiu, an RTLM presenter of French nationality, pleaded guilty to incitement and was "
                  "sentenced to twelve years in June 2000.", C),
                s("Bemeriki was sentenced to life by a gacaca court in Kigali in December 2009, after admitting that she "
                  "had used the radio to call for Tutsi to be sought out and killed.", N),
                s("The singer Simon Bikindi received fifteen years for urging people on a road in Gisenyi to kill Tutsi "
                  "in late June 1994.", S),
                s("Léon Mugesera, whose speech at Kabaya on 22 November 1992 came seventeen months before the genocide, "
                  "was deported from Canada in 2012 and sentenced to life in Rwanda in 2016.", S),
                s("As for Kangura's editor, the Appeals Chamber upheld Hassan Ngeze's life sentence in full.", C),
            ],
            [
                s("Two numbers before we stop: the Tutsi these broadcasts targeted were about one in seven Rwandans on "
                  "the eve of the genocide.", D),
                s("Sexual violence followed the same script, and at least a quarter of a million women were raped.", D),
                s("The campaign ended in a genocide that killed around 800,000 people in a hundred days.", D),
                s("For Thursday, read the summary of the Media judgment and bring one example of a euphemism from the "
                  "transcripts."),
            ],
        ],
    },
    # 6. Travel-guide section on memorial sites (the guidebook is invented).
    {
        "doc": "travel-guide-memorials.txt",
        "title": "Memorial sites: visiting with care",
        "genre": "travel-guide section",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": False,
        "paragraphs": [
            [
                s("Memorial sites: visiting with care"),
                s("From 'Hills and Lakes: A Traveller's Rwanda' (an invented guidebook), chapter 4."),
                s("Most itineraries now include at least one of the national memorials to the genocide against the "
                  "Tutsi; dress modestly, speak quietly and ask before taking photographs."),
                s("The genocide began on 7 April 1994, the day after the president's plane was shot down on its way "
                  "back from talks in Kenya.", C),
            ],
            [
                s("Kigali Genocide Memorial, Gisozi."),
                s("The memorial centre opened in April 2004, on the tenth anniversary, and more than 250,000 victims "
                  "lie in its mass graves.", N),
                s("Set aside two hours for the exhibition, which explains how a genocide that killed well over a "
                  "million people in about a hundred days was prepared.", D),
                s("In September 2023 UNESCO added Gisozi, together with Nyamata, Murambi and Bisesero, to its World "
                  "Heritage List, the first sites of memory in Africa to be inscribed.", N),
                s("Camp Kigali Memorial."),
                s("On 7 April 1994 ten Belgian UNAMIR peacekeepers who had been guarding Prime Minister Agathe "
                  "Uwilingiyimana were disarmed, brought to this military camp and killed.", S),
                s("Each of the ten stone columns stands for one of them, and the horizontal notches cut into it give "
                  "the soldier's age.", N),
                s("Sainte-Famille church, in the city centre, is still a working church; the refugees sheltering there "
                  "were attacked on 17 June 1994, and the prefect of Kigali, Tharcisse Renzaho, was later sentenced to "
                  "life by the ICTR.", S),
            ],
            [
                s("Murambi (Nyamagabe)."),
                s("The technical school on this hill was the scene of one of the largest massacres of the genocide, on "
                  "21 April 1994, when between 40,000 and 50,000 people are thought to have died.", N),
                s("The former prefect of Gikongoro, Laurent Bucyibaruta, was sentenced to twenty years in Paris in 2022 "
                  "for complicity in these killings, but he died before his appeal was heard.", S),
                s("Nyange: the parish church was destroyed on 16 April 1994 with about 2,000 Tutsi refugees inside, "
                  "and a local businessman, Gaspard Kanyarukiga, received thirty years from the ICTR.", S),
                s("Bisesero (Karongi): Tutsi on these hills held out against their attackers for more than two months, "
                  "and the memorial dates from 1998.", N),
                s("The ICTR sentenced the businessman Obed Ruzindana to twenty-five years for attacks here between "
                  "April and June 1994.", S),
            ],
            [
                s("Nyarubuye: in April 1994 the parish was the scene of a massacre for which the bourgmestre of Rusumo, "
                  "Sylvestre Gacumbitsi, had his thirty-year sentence raised to life on appeal.", S),
                s("Kiziguro: at least 400 Tutsi were killed in the church compound on 11 April 1994, and a German "
                  "court's fourteen-year sentence against the former bourgmestre Onesphore Rwabukombe still stands.", C),
            ],
            [
                s("Gisenyi: the RPF reached the town on 16 July 1994.", D),
                s("Within a few days close to a million people had fled across the border into Goma, where cholera soon "
                  "broke out.", D),
            ],
            [
                s("Entry to most memorials is free, though donations are welcome; the national week of mourning, 7 to "
                  "13 April, is the busiest time.", N),
                s("Please leave at home the 'double genocide' arguments you may have met online: they are not a debate "
                  "here, and they are false."),
            ],
        ],
    },
    # 7. Newsletter of an invented legal-aid NGO on cases before national courts in Europe (hard negative).
    {
        "doc": "newsletter-legal-aid-europe.txt",
        "title": "Universal Jurisdiction Bulletin, issue 14: Rwanda cases in European courts",
        "genre": "legal-aid NGO newsletter",
        "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
        "paragraphs": [
            [
                s("Universal Jurisdiction Bulletin, issue 14: Rwanda cases in European courts"),
                s("Written by the legal-aid staff of the Passerelle Network (an invented organisation) for the survivors "
                  "and witnesses we accompany; this is not legal advice."),
                s("Thirty years on, courts in Europe are still trying people for the genocide that killed some 800,000 "
                  "Rwandans, most of them Tutsi.", D),
            ],
            [
                s("Paris has become the busiest forum since a specialised unit for genocide and crimes against "
                  "humanity began work at its court on 1 January 2012.", N),
                s("The first French trial ended in March 2014 with a twenty-five-year sentence for Pascal Simbikangwa, "
                  "a former captain in the presidential guard who worked in intelligence.", S),
                s("In December 2024 the appeal court confirmed the life sentence of Philippe Hategekimana, a former "
                  "gendarmerie warrant officer from Nyanza who had become a French citizen under the name Philippe "
                  "Manier.", S),
                s("He had been arrested in Yaoundé in 2018 and was handed over to the French authorities on 15 February "
                  "2019.", N),
                s("The former prefect Laurent Bucyibaruta, sentenced to twenty years in July 2022, died in December 2023 "
                  "before his appeal could be heard, so his conviction never became final.", S),
                s("In February 2026 the Paris appeal court confirmed the fourteen-year sentence of Claude Muhayimana, a "
                  "driver who ferried gendarmes and militiamen to massacre sites around Kibuye.", S),
                s("The doctor Sosthène Munyemana had his twenty-four-year sentence confirmed on appeal in October "
                  "2025.", S),
            ],
            [
                s("Belgium held the first of these trials: on 8 June 2001 a Brussels jury sentenced four defendants "
                  "from Butare, among them two Benedictine nuns from Sovu, to between twelve and twenty years.", S),
                s("In 2007 Major Bernard Ntuyahaga received twenty years for the killing of the ten Belgian "
                  "peacekeepers at Camp Kigali, though he was acquitted of the prime minister's murder.", S),
                s("Fabien Neretse became in December 2019 the first person convicted of genocide in Belgium and was "
                  "sentenced to thirty years.", C),
                s("In December 2023 the Brussels assize court sentenced the Gikondo militia leader Séraphin Twahirwa to "
                  "life and ordered psychiatric internment for his co-accused Pierre Basabose.", S),
            ],
            [
                s("In the Netherlands, Joseph Mpambara's twenty-year sentence was raised to life on appeal in 2011 "
                  "after the court added war crimes, including the massacre at the Mugonero church complex.", S),
                s("A Finnish court sentenced the Baptist pastor François Bazaramba to life for genocide in June 2010.",
                  S),
                s("Stockholm sentenced the engineer Stanislas Mbanenande to life in 2013, and an Oslo court gave the "
                  "Kibungo businessman Sadi Bugingo twenty-one years the same year.", S),
                s("In Germany, Onesphore Rwabukombe was first convicted only of aiding and abetting genocide; at his "
                  "retrial in December 2015 he was found guilty as a perpetrator and sentenced to life.", S),
                s("A Swiss military court convicted the bourgmestre Fulgence Niyonteze of war crimes, and his sentence "
                  "was finally set at fourteen years.", S),
                s("Many of the accused had fled in July 1994 among the million or so refugees who crossed into Zaire.", D),
            ],
            [
                s("Denial has reached the courts as well."),
                s("On 9 December 2024 the Paris criminal court found the writer Charles Onana guilty of complicity in "
                  "publicly contesting the existence of a crime against humanity, over his 2019 book on Operation "
                  "Turquoise.", N),
                rep("Among the passages at issue was his claim that 'la thèse conspirationniste d’un régime hutu ayant "
                    "planifié un “génocide” au Rwanda constitue l’une des plus grandes escroqueries du XXe siècle'.",
                    C, "definitional_denial", "fabrication"),
                s("The UN Commission of Experts had already concluded in 1994 that the genocide was carried out in a "
                  "concerted, planned, systematic and methodical way.", S),
                s("His lawyers announced an appeal as soon as the judgment was read.", N),
            ],
        ],
    },
    # 8. French chronique judiciaire on the Munyemana trial in Paris (the weekly and its columnist are invented).
    {
        "doc": "chronique-fr-proces-munyemana.txt",
        "title": "Chronique judiciaire : le médecin de Tumba devant ses juges d'appel",
        "genre": "chronique judiciaire (presse hebdomadaire)",
        "language": "fr", "stance": "acknowledges", "composite": False, "hard_negative": False,
        "paragraphs": [
            [
                s(f"Chronique judiciaire{NB}: le médecin de Tumba devant ses juges d'appel"),
                s("Par notre chroniqueuse d'audience (l'hebdomadaire et sa signataire sont inventés)."),
            ],
            [
                s(f"Vingt-huit ans{NB}: c'est le temps qu'il aura fallu pour qu'une cour d'assises juge Sosthène "
                  "Munyemana, visé par une première plainte déposée à Bordeaux le 18 octobre 1995.", N),
                s("En 1994, il exerçait comme gynécologue au centre hospitalier universitaire de Butare, dans le sud du "
                  "Rwanda.", S),
                s("Installé dans le sud-ouest de la France après les massacres, il a ensuite travaillé comme médecin "
                  "urgentiste à Villeneuve-sur-Lot.", N),
                s("Après le refus de la France, en 2010, de l'extrader vers Kigali, il avait été mis en examen à Paris "
                  "le 15 décembre 2011.", N),
            ],
            [
                s("En décembre 2023, la cour d'assises de Paris l'a reconnu coupable de génocide, de crimes contre "
                  "l'humanité et d'entente en vue de leur préparation, et l'a condamné à vingt-quatre ans de réclusion "
                  "criminelle.", S),
                s("L'accusation lui reprochait d'avoir fait enfermer des Tutsi au bureau de secteur de Tumba, d'où ils "
                  "étaient emmenés pour être tués, et d'avoir participé aux rondes et aux barrières d'avril à juin "
                  "1994.", S),
                s(f"Il a toujours soutenu que ce bureau servait au contraire de {g('refuge')} aux Tutsi menacés.", N),
                s(g("Tout cela ne repose que sur des témoignages et date d'il y a 29 ans") + ", observait à l'ouverture "
                  "du premier procès son avocat, Me Jean-Yves Dupeux.", N),
            ],
            [
                s("Le 23 octobre 2025, la cour d'assises d'appel de Paris a confirmé les vingt-quatre ans de "
                  "réclusion.", S),
                s("Comme en première instance, la cour a retenu le crime de génocide.", S),
                s("Elle a en revanche porté la période de sûreté de huit à douze ans.", S),
            ],
            [
                s("Ce dossier n'était pas le premier jugé à Paris."),
                s("En mars 2014, l'ancien capitaine Pascal Simbikangwa y avait été condamné à la réclusion criminelle à "
                  "perpétuité, peine confirmée en appel.", C),
                s("En juillet 2016, les deux anciens bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, "
                  "avaient été condamnés à la perpétuité, une peine confirmée en appel en 2018.", S),
                s("L'ancien préfet de Gikongoro, Laurent Bucyibaruta, a vu sa condamnation à vingt ans confirmée en "
                  "appel en 2024.", C),
                s("Quant à Claude Muhayimana, chauffeur à Kibuye en 1994, sa peine de quatorze ans a été ramenée à dix "
                  "ans en appel en février 2026.", C),
            ],
            [
                s("À Butare, le gouvernement intérimaire destitua le 17 avril 1994 le préfet tutsi Jean-Baptiste "
                  "Habyalimana.", S),
                s("Les deux ministres condamnés par le TPIR pour cette destitution et pour la cérémonie d'installation "
                  "de son successeur, le 19 avril, ont été acquittés en appel en 2013.", S),
                s("En cent jours, le génocide des Tutsi a fait plus d'un million de morts.", D),
                s(f"Human Rights Watch et la FIDH estimaient en 1999 qu'au moins un demi-million de personnes avaient "
                  "été tuées, soit environ les trois quarts des Tutsi du pays.", S),
                s("Quant à l'attentat du 6 avril, qui servit de signal, il fut l'œuvre d'extrémistes hutu hostiles aux "
                  "accords d'Arusha.", D),
                s("À la sortie de l'audience, les parties civiles sont restées longtemps silencieuses."),
            ],
        ],
    },
    # 9. Fixture: French own-voice denial op-ed.
    {
        "doc": "fixture-denial-fr-tribune.txt",
        "title": f"Rwanda 1994{NB}: il est temps de dire la vérité sur la guerre civile",
        "genre": "tribune négationniste (fixture)",
        "language": "fr", "stance": "denies", "composite": False, "hard_negative": False,
        "paragraphs": [
            [
                own(f"Rwanda 1994{NB}: il est temps de dire la vérité sur la guerre civile", None,
                    "definitional_denial"),
            ],
            [
                own(f"Ce que l'on appelle depuis trente ans le {g('génocide')} rwandais ne fut qu'une guerre civile, "
                    f"déclenchée par l'invasion du FPR venu d'Ouganda le 1er{NB}octobre{NB}1990.", C,
                    "definitional_denial", "blame_shifting"),
                own(f"Ce prétendu génocide n'a jamais été planifié{NB}: la Commission d'experts de l'ONU elle-même "
                    "n'a trouvé aucune trace d'un plan.", C, "definitional_denial", "spontaneity"),
                own(f"Les chiffres ont été gonflés pour les besoins de la cause{NB}: le bilan réel ne dépasse pas "
                    f"100{NNB}000 morts, toutes ethnies confondues.", C, "minimisation", "fabrication"),
            ],
            [
                own("Ce sont les Tutsi de l'intérieur, armés en secret par le FPR, qui préparaient l'extermination des "
                    "Hutu, et les paysans n'ont fait que se défendre.", C,
                    "accusation_in_mirror", "role_reversal", "justification"),
                own("L'avion du président Habyarimana, tout le monde le sait, a été abattu par les hommes de Kagame.",
                    D, "blame_shifting"),
                own("Les massacres qui ont suivi n'étaient qu'une colère populaire spontanée, pas l'exécution d'un "
                    "programme.", C, "spontaneity"),
                own("Il est temps que les nôtres se lèvent avant que les inyenzi d'aujourd'hui ne finissent ce qu'ils "
                    "ont commencé.", None, "call_to_action", "dehumanisation", "accusation_in_mirror"),
            ],
        ],
    },
    # 10. Fixture: social-media thread by an invented "independent researcher".
    {
        "doc": "fixture-denial-researcher-thread.txt",
        "title": "Thread: the Rwanda numbers",
        "genre": "social-media thread (fixture)",
        "language": "en", "stance": "denies", "composite": False, "hard_negative": False,
        "paragraphs": [
            [
                s("1/ Independent researcher here, and after years with the primary data I can tell you the official "
                  "Rwanda story does not add up."),
            ],
            [
                s("2/ The 1991 census recorded the Tutsi as 8.4 per cent of the population, about 600,000 people.", S),
            ],
            [
                own("3/ So a 'million Tutsi victims' is mathematically impossible, and most of the dead must have been "
                    "Hutu killed by the RPF.", C, "minimisation", "double_genocide"),
            ],
            [
                own("4/ My own estimate is that fewer than 50,000 Tutsi died, the rest being ordinary war casualties.",
                    C, "minimisation", "definitional_denial"),
            ],
            [
                own("5/ The 'planning' everyone talks about was invented afterwards by Kigali and its Western "
                    "sponsors.", C, "fabrication"),
            ],
            [
                own("6/ Even the UN Commission of Experts admitted that the RPF committed genocide against the Hutu.",
                    C, "fabrication", "double_genocide"),
            ],
            [
                own("7/ Nobody mentions the cockroach army that crossed from Uganda in October 1990 and started the "
                    "whole thing.", S, "dehumanisation", "blame_shifting"),
            ],
            [
                own("8/ Do your own research before you swallow what the memorial industry is selling.", None,
                    "fabrication", "attack_on_witnesses"),
            ],
        ],
    },
    # 11. Fixture: an invented podcast guest's monologue.
    {
        "doc": "fixture-denial-podcast-guest.txt",
        "title": "Podcast transcript: 'the other side of 1994' (guest segment)",
        "genre": "podcast monologue (fixture)",
        "language": "en", "stance": "distorts", "composite": False, "hard_negative": False,
        "paragraphs": [
            [
                own("GUEST: Look, I'm not saying nobody died in 1994; terrible things happened on every side.", None,
                    "double_genocide"),
                own("What we had was two genocides, one against the Tutsi and one against the Hutu, and only one of "
                    "them gets memorials and anniversaries.", C, "double_genocide"),
                own("The killing in the hills was chaos, neighbours settling old scores once the president's plane came "
                    "down on 6 April, not some master plan drawn up in Kigali.", C, "spontaneity"),
            ],
            [
                own("And the witnesses in Arusha were coached, half of them paid by Kigali to say whatever the "
                    "prosecution needed.", None, "attack_on_witnesses"),
                own("That tribunal was a political court that convicted every single person the prosecutor put in the "
                    "dock.", C, "attack_on_witnesses"),
                own("Meanwhile the RPF killed as many Hutu as the militias killed Tutsi, probably more.", C,
                    "double_genocide", "minimisation"),
                s("At Kibeho alone, in April 1995, RPA soldiers gunned down some four thousand displaced people in a "
                  "single day.", D),
                own("When your country is invaded and your president murdered, you defend yourself, and nobody has the "
                    "right to call that a crime.", None, "justification", "role_reversal"),
            ],
        ],
    },
    # 12. Composite fixture: academic-looking paper whose last section slides into denial.
    {
        "doc": "fixture-denial-composite-justice-paper.txt",
        "title": "Transitional justice after mass atrocity: lessons from the Rwandan laboratory",
        "genre": "academic paper spliced with denial (composite fixture)",
        "language": "en", "stance": "mixed", "composite": True, "hard_negative": False,
        "paragraphs": [
            [
                s("Transitional justice after mass atrocity: lessons from the Rwandan laboratory"),
            ],
            [
                s("Abstract: After 1994 Rwanda combined an international tribunal, national prosecutions and community "
                  "courts, and the gacaca courts alone tried 1,958,634 cases before closing on 18 June 2012.", S),
                s("The ICTR, established by resolution 955 of 8 November 1994, indicted 93 individuals and handed down "
                  "the first international conviction for genocide, against Jean-Paul Akayesu, on 2 September 1998.",
                  S),
                s("Human Rights Watch and others have criticised the tribunal for never prosecuting the crimes of the "
                  "RPF, whose soldiers killed tens of thousands of civilians.", D),
            ],
            [
                own("A reassessment is overdue, because every court began from an unexamined premise: that a "
                    "'genocide' had occurred at all, rather than a brutal civil war.", C, "definitional_denial"),
                own("Recent archival work suggests the death toll was inflated roughly tenfold to attract foreign aid, "
                    "and that most victims died in the crossfire of battle.", C, "minimisation", "fabrication"),
                own("The killings that did take place were largely an understandable reaction by a population that "
                    "believed, not without reason, that the invaders meant to exterminate it.", None,
                    "justification", "accusation_in_mirror"),
                own("Justice in Rwanda will remain incomplete until its courts admit that the so-called genocide was a "
                    "narrative manufactured by the RPF.", C, "definitional_denial", "fabrication", "blame_shifting"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
