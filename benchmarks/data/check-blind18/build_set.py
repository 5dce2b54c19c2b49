"""Source of the EIGHTEENTH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind18/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind18/build_set.py --check  # validate the files already written

A HELD-OUT evaluation set, written blind and scored in aggregate only. New genres (a regional newspaper's weekend
magazine feature on a survivor's return to Butare, a think-tank's annotated bibliography on the death-toll
estimates, a public broadcaster's ombudsman report on a documentary about RPA killings, an appeals-court
watcher's newsletter on ICTR appeal outcomes, a teacher-training handout on dehumanising propaganda, a foreign
ministry's archive release note on the 1994 Security Council decisions, a French film review critical of the
ICTR, and five short fixtures), new wording, new facts. Its author did not read the detectors, their rules,
exemplars or training data, the benchmark, its results or tests, nor any earlier set's documents or labels (only
benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, the first 40
lines of the check-blind5 build script and check-blind5/README.md as templates, and the list TECHNIQUES in
src/factfinder/check/model.py). Verdicts were decided against the record alone: examples/ (FACTS.md and the sample
documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Keep it that way: do
not read its per-sentence errors, do not copy these sentences into rules, exemplars or training data, and do not
tune against this set.

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

NB = "\u00a0"   # non-breaking space (French typography: before « : ; ? ! » and inside guillemets)
NN = "\u202f"   # narrow non-breaking space (French thousands separator)


DOCS: list[dict] = [
    # 1. Regional newspaper's weekend magazine feature (invented newspaper, writer and survivor).
    {
        "doc": "weekend-magazine-butare-return.txt",
        "title": "The long road back to Butare",
        "genre": "regional newspaper weekend magazine feature",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("WEEKEND | The long road back to Butare"),
            ],
            [
                s("Odette, a name she chose for this article, left Butare in the summer of 1994 and did not come "
                  "back for thirty years."),
                s("The road signs no longer use the name she grew up with: since an administrative reorganisation "
                  "in 2006 the town has officially been Huye.", N),
                s("The National University, which opened on the ridge in 1963 as the country's first, still sets "
                  "the rhythm of the place.", N),
                s("It closed in 1994 and did not reopen until April 1995.", N),
            ],
            [
                s("The presidential plane was brought down on the evening of April 6, 1994, as it came in to land "
                  "at Kigali on the way back from talks in Tanzania.", S),
                s("For about two weeks afterwards Butare stayed quiet while the killing spread through the rest of "
                  "the country.", N),
                s("Its prefect, Jean-Baptiste Habyalimana, a Tutsi, was removed from his post on 17 April.", S),
                s("Two days later the interim president, Théodore Sindikubwabo, himself a son of the region, came "
                  "to Butare for the ceremony installing a new prefect, and the massacres in the town began in "
                  "the days after his visit.", N),
                s("Human Rights Watch researchers later estimated that three out of every four Tutsi in Butare "
                  "prefecture were lost.", S),
            ],
            [
                s("Odette was sixteen, and hid first in a neighbour's attic and then in the sorghum below the "
                  "cathedral."),
                rep("She still hears the men at the roadblock by the market, who called everyone they stopped "
                    "'inyenzi', cockroaches, before deciding who would walk on.", None, "dehumanisation"),
                s("She became one of some 95,000 Rwandan children left without parents by the genocide.", D),
                s("Across the country it took well over a million lives in a hundred days.", D),
                s("Rebel troops reached Butare in the middle of June, she was told, but by then she had crossed "
                  "into Burundi.", C),
            ],
            [
                s("Some of the men and women who ran the killing in Butare were tried.", None),
                s("In Arusha the former family minister Pauline Nyiramasuhuko, her son Arsène Shalom Ntahobali "
                  "and four former prefects and bourgmestres were judged together for the abductions, rapes and "
                  "killings around the prefecture office.", S),
                s("The tribunal's final appeal judgment, in December 2015, left Nyiramasuhuko with forty-seven "
                  "years.", S),
                s("Odette was stunned to learn that the same judgment cut the sentence of Sylvain Nsabimana, "
                  "prefect from 19 April to 17 June 1994, to eighteen years and that he was released.", S),
                s("A Brussels jury convicted two Benedictine nuns from the Sovu convent in June 2001.", S),
                s("And in 2019 a Paris court sentenced Sosthène Munyemana, a gynaecologist at the university "
                  "hospital, to twenty-four years.", C),
            ],
            [
                s("The Ethnographic Museum on the Kigali road, opened in 1989 as a gift of Belgium's King "
                  "Baudouin, fills with school groups every morning.", N),
                s("Among the dead the town remembers is the former queen Rosalie Gicanda, killed in Butare in "
                  "April 1994, for whose murder the ICTR convicted the army captain Ildéphonse Nizeyimana.", S),
                s("Every April Odette goes to the commemoration, held on the 7th, the date the UN General "
                  "Assembly chose in December 2003 for its international day of reflection.", N),
                s("She reckons that at least a quarter of a million women were raped in those months, and she "
                  "knows some of them by name.", D),
            ],
        ],
    },
    # 2. Think-tank's annotated bibliography on the death-toll estimates (invented institute).
    {
        "doc": "annotated-bibliography-death-toll.txt",
        "title": "Counting the dead of 1994: an annotated bibliography",
        "genre": "think-tank annotated bibliography",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Counting the dead of 1994: an annotated bibliography (Halvard Institute working paper 7)"),
            ],
            [
                s("That a genocide was committed against the Tutsi is not in question; how many people it killed "
                  "is, and each count below answers a slightly different question."),
            ],
            [
                s("1. Human Rights Watch, letter to the President of the Security Council, 19 April 1994: "
                  "humanitarian agencies, it reported, estimated up to 100,000 dead in two weeks.", S),
            ],
            [
                s("2. Amnesty International, early May 1994: almost 200,000 killed, most of them Tutsi.", S),
            ],
            [
                s("3. Human Rights Watch/Africa, Genocide in Rwanda, April–May 1994: six weeks in, at least "
                  "200,000 and perhaps 500,000 unarmed civilians slain.", S),
            ],
            [
                s("4. Radio Muhabura, May 1994: the RPF's station first spoke of 500,000 dead and days later "
                  "lowered its figure to 300,000.", S),
            ],
            [
                s("5. UN Commission of Experts, final report, December 1994: an estimated half a million "
                  "unarmed civilians murdered, a figure the Commission itself thought might err on the low "
                  "side.", S),
            ],
            [
                s("6. Human Rights Watch, World Report 1995: between half a million and a million slaughtered "
                  "before mid-July.", S),
            ],
            [
                s("7. Alison Des Forges for Human Rights Watch and FIDH, Leave None to Tell the Story, March "
                  "2001.", C),
                s("Annotation: the authors took the 1991 census share of 8.4 per cent Tutsi, William Seltzer's "
                  "estimate of 657,000 Tutsi alive on 6 April 1994 and some 150,000 survivors, and arrived at "
                  "roughly 507,000 Tutsi killed, about 77 per cent.", S),
                s("The survivor figure rests on Gérard Prunier's 130,000 Tutsi alive in Rwanda in July plus "
                  "perhaps 20,000 outside the country.", S),
                s("Annotation: the authors warned that the census understated the Tutsi, some of whom had "
                  "arranged to be registered as Hutu.", S),
            ],
            [
                s("8. Independent Inquiry into the actions of the United Nations, December 1999: approximately "
                  "800,000 killed over about 100 days.", S),
            ],
            [
                s("9. Republic of Rwanda, Ministry of Local Administration, Dénombrement des victimes du "
                  "génocide, final report, 2002: 1,074,017 victims between 1 October 1990 and 31 December "
                  "1994, of whom 934,218 were identified with certainty.", S),
                s("Annotation: the census behind it was carried out in 1996.", C),
            ],
            [
                s("10. Ministry of Youth, Culture and Sports, 2004: nine hundred and thirty-seven thousand "
                  "victims whose names, ages and birthplaces were established.", S),
            ],
            [
                s("11. Marijke Verpoorten, 2020: a plausible range of 560,000 to 660,000 Tutsi deaths.", S),
            ],
            [
                s("12. Luc Reydams, Review of African Political Economy, 2020: the official toll roughly doubles "
                  "the number of genocide victims.", S),
            ],
            [
                s("13. Lawyers Committee for Human Rights, 1997: the genocide killed at least 500,000 people.", S),
            ],
            [
                s("Our synthesis: the best single figure for the dead of 1994 is about 800,000.", D),
                s("Before the genocide Tutsi were roughly 15 per cent of the population, well above the "
                  "census's share.", D),
                s("Soldiers of the RPF killed around 60,000 civilians between April 1994 and August 1995, a "
                  "separate count that must not be merged with the genocide toll.", D),
                s("About 95,000 children were orphaned.", D),
                s("At least 250,000 women and girls were raped.", D),
                s("In the camps around Goma, up to 80,000 refugees died in the weeks after the July exodus.", D),
            ],
        ],
    },
    # 3. Public broadcaster's ombudsman report (invented broadcaster, documentary and complainant).
    {
        "doc": "ombudsman-report-rpa-documentary.txt",
        "title": "Ombudsman's finding on the documentary The Other Ledger",
        "genre": "public broadcaster ombudsman report",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Office of the Ombudsman, Lakeland Public Broadcasting: finding 2026/14 on The Other Ledger"),
            ],
            [
                s("A viewer complained that the documentary amounted to denial of the genocide against the "
                  "Tutsi because it dwelt on killings committed by the Rwandan Patriotic Army."),
                s("I do not uphold that complaint, but I uphold two points of accuracy."),
            ],
            [
                s("The film's central claim is that a UNHCR team associated with Robert Gersony estimated that "
                  "RPA soldiers killed 25,000 to 45,000 people between April and August 1994, findings that "
                  "were never published as a report.", S),
                s("Human Rights Watch's 1999 history had already written that RPF troops may have killed tens "
                  "of thousands during the four months of combat.", S),
                s("The film also showed that in mid-April 1994 RPF soldiers massacred several hundred people in "
                  "the stadium at Byumba.", S),
                s("Its account of the killing near Kabgayi of fifteen civilians, thirteen of them clergy, is "
                  "sound, and those killings took place on 4 June 1994.", D),
                s("The Kabgayi case was tried in Rwanda, where a military court in October 2008 convicted two "
                  "captains who had pleaded guilty and acquitted a general and a major.", S),
            ],
            [
                s("The Kibeho sequence is the film's strongest: on 22 April 1995 RPA soldiers opened fire on "
                  "displaced people as the army forced the camp shut.", S),
                s("The narration, however, said the camp held some 300,000 people.", C),
                s("Médecins Sans Frontières put it at 110,000, and the Associated Press at about 120,000.", S),
                s("The toll that day was close to 2,000 dead.", D),
                s("Viewers should nonetheless have been given the range: 338 by the government's count, about "
                  "2,000 according to senior UN military officials, at least 4,000 according to Australian "
                  "peacekeepers.", S),
            ],
            [
                s("The second error came in the closing minutes, where the narration said the tribunal in "
                  "Arusha had charged two RPA colonels over Kibeho.", C),
                s("The ICTR indicted no member of the RPF, and in December 2008 Human Rights Watch said it had "
                  "not prosecuted even one of the serious RPF crimes of 1994.", S),
                s("The former prosecutor Carla Del Ponte has said that Kigali lobbied for her removal because "
                  "she meant to look into reprisal killings, and on 28 August 2003 the Security Council split "
                  "her post.", N),
            ],
            [
                rep("The programme gave airtime to a former officer of the old army who said there had been "
                    "'two genocides, one against the Tutsi and one against the Hutu'.", C, "double_genocide"),
                s("It put that claim to a historian, who answered that the UN Commission of Experts found "
                  "crimes against humanity by individuals on both sides but no evidence that the Tutsi side "
                  "meant to destroy the Hutu as a group.", S),
                s("Testing a contested claim on air is not endorsing it, and documenting RPA killings does not "
                  "turn the genocide into a 'double genocide'."),
                s("In the end the RPA's killings of civilians in 1994 and 1995 numbered in the tens of "
                  "thousands.", D),
            ],
            [
                s("The complainant compared the film with Rwanda's Untold Story, which BBC Two broadcast on "
                  "1 October 2014.", N),
                s("After that programme Rwanda's utilities regulator suspended the BBC's Kinyarwanda radio "
                  "service on 24 October 2014.", N),
                s("The UN mapping report on the Democratic Republic of the Congo, which our film cited for the "
                  "later killing of Hutu refugees, was published on 1 October 2010 and covers March 1993 to "
                  "June 2003.", N),
                s("I have asked for both corrections to be added to the programme page."),
            ],
        ],
    },
    # 4. Appeals-court watcher's newsletter (invented newsletter and author); proceedings only.
    {
        "doc": "appeals-watch-newsletter-ictr.txt",
        "title": "The Appellate Ledger, issue 41: what appeal did to the big ICTR cases",
        "genre": "appeals-court watcher newsletter",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("The Appellate Ledger, issue 41: what appeal did to the big ICTR cases"),
            ],
            [
                s("The tribunal's headline totals hide how much changed between trial and appeal, so this "
                  "issue walks through the cases one by one."),
            ],
            [
                s("Jean-Paul Akayesu's appeal was dismissed on 1 June 2001 and his life term stood.", S),
                s("Jean Kambanda, the interim prime minister, asked to withdraw his guilty plea; on 19 October "
                  "2000 the Appeals Chamber refused and confirmed life.", S),
            ],
            [
                s("In the media case, the appeal judgment of 28 November 2007 kept Ferdinand Nahimana's "
                  "conviction for incitement through RTLM's broadcasts after 6 April 1994 but cut his life "
                  "sentence to 30 years.", S),
                s("Hassan Ngeze, Kangura's editor, went from life to thirty-five years.", S),
                s("Jean-Bosco Barayagwiza's thirty-five became thirty-two.", S),
                s("Of the three, only Ngeze walked out of the appeal acquitted.", C),
            ],
            [
                s("Théoneste Bagosora's life sentence of December 2008 became 35 years on 14/12/2011.", S),
                s("Anatole Nsengiyumva dropped from life to fifteen years and was freed for time served.", S),
                s("Aloys Ntabakuze's severed appeal ended in May 2012 with thirty-five years.", S),
                s("Gratien Kabiligi, acquitted at trial, was convicted on the prosecution's appeal.", C),
            ],
            [
                s("On 11 February 2014 the chamber reversed every conviction of the former gendarmerie chief "
                  "Augustin Ndindiliyimana and of the reconnaissance battalion's commander, François-Xavier "
                  "Nzuwonemeye.", S),
                s("Their co-accused Innocent Sagahutu kept part of his conviction, and his twenty years became "
                  "fifteen.", S),
                s("Augustin Bizimungu, the army chief of staff tried in the same case, saw his thirty years cut "
                  "to twenty on a separate appeal in June 2014.", C),
                s("In February 2013 two former ministers, Justin Mugenzi and Prosper Mugiraneza, were acquitted "
                  "of the charges over the sacking of Butare's prefect, after thirty years each at trial.", S),
                s("Protais Zigiranyirazo, brother-in-law of the late president, had already been freed on "
                  "appeal in November 2009.", S),
            ],
            [
                s("The very last judgment, on 14 December 2015, turned the life sentences of Pauline "
                  "Nyiramasuhuko, her son and Élie Ndayambaje into forty-seven years for undue delay.", S),
                s("Joseph Kanyabashi, former bourgmestre of Ngoma, had his life sentence confirmed that "
                  "day.", C),
                s("Appeals did not only go down: Sylvestre Gacumbitsi's thirty years became life in July 2006, "
                  "and Laurent Semanza's twenty-five became thirty-five.", S),
                s("Grégoire Ndahimana, bourgmestre of Kivumu, had his fifteen years halved.", C),
            ],
            [
                s("None of this touched the other side: the only trial of RPA soldiers for the killing of "
                  "clergy at Kabgayi took place before a Rwandan military court, whose appeal bench in "
                  "February 2009 reduced the two captains' eight years to five.", S),
                s("The killings it judged were committed on 5 June 1994.", D),
                s("That appeal bench also overturned the acquittals of the brigadier general and the major.", C),
                s("Readers who quote the tribunal's totals should remember how many of its convictions were "
                  "rewritten on appeal."),
            ],
        ],
    },
    # 5. Teacher-training workshop handout (invented network); hate speech quoted to be analysed.
    {
        "doc": "teacher-handout-dehumanising-propaganda.txt",
        "title": "How words prepared a genocide: recognising dehumanising propaganda",
        "genre": "teacher-training workshop handout",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Civic Classroom Network, workshop handout 3: How words prepared a genocide"),
            ],
            [
                s("The quotations below are historical documents, reproduced so that students learn to "
                  "recognise them, never to repeat them."),
            ],
            [
                s("To dehumanise is to describe a group of people as animals, insects, dirt or disease, so that "
                  "killing them no longer looks like murder."),
                s("Gregory Stanton listed dehumanisation as one of the eight stages of genocide in a briefing "
                  "paper he presented at the US State Department in 1996.", N),
            ],
            [
                s("The newspaper Kangura was founded in May 1990 and edited from start to finish by Hassan "
                  "Ngeze.", N),
                s("In December 1990 its sixth issue printed the so-called Ten Commandments of the Bahutu.", N),
                rep("The text opened by calling the Tutsi 'bloodthirsty and power-hungry' and claiming they "
                    "wanted 'to impose their hegemony' by armed force.", N, "accusation_in_mirror",
                    "dehumanisation"),
                rep("Its eighth commandment read: 'Hutus must cease having pity for the Tutsi.'", N,
                    "call_to_action"),
                s("Ask students what each line does: the first turns the intended victims into the aggressors, "
                  "the second removes the brake of pity."),
            ],
            [
                s("Radio Télévision Libre des Mille Collines broadcast from 8 July 1993 to 31 July 1994.", N),
                rep("One broadcast told listeners that 'those who have guns should immediately go to these "
                    "cockroaches... encircle them and kill them'.", N, "dehumanisation", "call_to_action"),
                s("Point out the pattern: the insult comes first and the order follows."),
                s("RTLM's founder, Ferdinand Nahimana, stands convicted of direct and public incitement to "
                  "commit genocide, with a sentence of thirty years after his 2007 appeal.", S),
                s("The presenter Georges Ruggiu, a Belgian-Italian, pleaded guilty and received twelve years in "
                  "June 2000.", S),
                s("Kangura's editor is still serving the life sentence handed down in 2003.", C),
            ],
            [
                s("On 22 November 1992, at Kabaya, the politician Léon Mugesera made a speech that a Rwandan "
                  "court later found to be public incitement to exterminate the Tutsi.", S),
                s("Canada's Supreme Court upheld his deportation order on 28 June 2005.", N),
                s("Deported to Rwanda in 2012, he was sentenced to life in April 2016.", S),
                s("The singer Simon Bikindi was convicted of incitement for public exhortations to kill Tutsi on "
                  "the Kivumu–Kayove road in Gisenyi in late June 1994.", S),
                s("His fifteen-year sentence was doubled on appeal in 2010.", C),
                rep("In the Netherlands, Yvonne Basebya was convicted in 2013 of inciting genocide, partly "
                    "through the song 'Tubatsembatsembe', 'let us exterminate them'.", S, "call_to_action"),
            ],
            [
                s("Tutsi were about one Rwandan in seven when the killing began.", D),
                s("The propaganda did its work: by Human Rights Watch's count at least half a million people "
                  "died, about three quarters of Rwanda's Tutsi.", S),
                s("In class we give the toll as about one million.", D),
                s("Exercise: set the two Kangura lines beside a present-day post and ask students to mark where "
                  "a group is turned into vermin or into a threat."),
            ],
        ],
    },
    # 6. Foreign ministry's archive release note (invented ministry and archive service).
    {
        "doc": "archive-release-note-security-council-1994.txt",
        "title": "Release note: Security Council files on Rwanda, 1993–1995",
        "genre": "foreign ministry archive release note",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Diplomatic Archives Service, Ministry of Foreign Affairs of Estravia: release note 2026-07"),
            ],
            [
                s("The files opened today concern the Council's decisions on Rwanda; this note sets out those "
                  "decisions so that readers can place each document."),
            ],
            [
                s("The Arusha Peace Agreement was signed on 4 August 1993 by President Habyarimana and the RPF "
                  "chairman, Alexis Kanyarengwe.", S),
                s("Resolution 872 of 5 October 1993 created the UN Assistance Mission for Rwanda to help carry "
                  "it out.", S),
                s("Its authorised strength was 2,500, under the Canadian general Roméo Dallaire.", S),
                s("Rwanda itself held a non-permanent seat on the Council in 1994.", N),
            ],
            [
                s("On 5 April 1994, the eve of the attack on the presidential plane, resolution 909 extended "
                  "the mission's mandate to 29 July.", N),
                s("Resolution 912 of 21 April cut the force to about 270.", S),
                s("It passed by twelve votes, with three abstentions.", C),
                s("On 30 April the Council adopted a presidential statement condemning the slaughter of "
                  "civilians in Kigali and other parts of the country.", N),
                s("Resolution 918 of 17 May imposed an arms embargo and authorised an expanded force of up to "
                  "5,500.", S),
                s("Resolution 925 of 8 June carried the mandate forward to 9 December 1994.", N),
            ],
            [
                s("Resolution 929 of 22 June authorised a temporary French-led operation under Chapter VII.", S),
                s("No member abstained.", C),
                s("Resolution 935 of 1 July asked the Secretary-General to set up a Commission of Experts, "
                  "whose final report of 9 December found that genocide had been committed against the Tutsi "
                  "in a planned, systematic way.", S),
                s("The RPF took Gisenyi, on the border with Zaire, on 18 July.", D),
                s("Some one million people crossed into Zaire that month.", D),
                s("In the first month in North Kivu nearly 50,000 of them died.", D),
            ],
            [
                s("Resolution 955 of 8 November 1994 created the International Criminal Tribunal for Rwanda, "
                  "competent for crimes committed between 1 January and 31 December 1994.", S),
                s("Every member of the Council voted for it.", C),
                s("Resolution 965 of 30 November extended the mission to 9 June 1995 and added the security of "
                  "the tribunal's staff to its tasks.", N),
                s("In January 1995 the force still numbered 5,740.", S),
                s("A last extension, resolution 1029 of 12 December 1995, cut it to 1,200 troops and ended the "
                  "mandate on 8 March 1996.", N),
            ],
            [
                s("Four years later the Independent Inquiry put the toll at approximately 800,000 over about "
                  "100 days.", S),
                s("The instructions prepared for President Clinton's stop at Kigali airport on 25 March 1998, "
                  "where he said the world 'did not act quickly enough after the killing began', are in the "
                  "same series.", N),
            ],
        ],
    },
    # 7. French film review critical of the ICTR (invented magazine, critic, film and director).
    {
        "doc": "critique-fr-documentaire-tpir.txt",
        "title": "« Arusha, salle 3 » : la justice internationale et ses angles morts",
        "genre": "critique de film documentaire",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s(f"«{NB}Arusha, salle 3{NB}»{NB}: la justice internationale et ses angles morts"),
            ],
            [
                s("Le documentaire de Claire Vasseur suit en quatre-vingt-dix minutes les dernières années du "
                  "Tribunal pénal international pour le Rwanda."),
            ],
            [
                s("Le rappel des faits est soigné : le TPIR a été créé par la résolution 955 du Conseil de "
                  "sécurité, le 8 novembre 1994, et siégeait à Arusha, en Tanzanie.".replace(" :", f"{NB}:"), S),
                s("Ses audiences se tenaient au Centre international de conférences d'Arusha, un ensemble "
                  "construit dans les années 1970.", N),
                s(f"Le bilan affiché à l'écran est juste{NB}: 93 mises en accusation, 61 condamnations, "
                  "14 acquittements.", S),
                s("La condamnation de Jean-Paul Akayesu, le 2 septembre 1998, fut la première prononcée pour "
                  "génocide par une juridiction internationale.", S),
                s("Après la fermeture du tribunal, fin 2012, le Mécanisme résiduel a pris le relais.", C),
                s("Ce Mécanisme, créé par la résolution 1966 du 22 décembre 2010, a repris la branche "
                  "rwandaise le 1er juillet 2012.", N),
            ],
            [
                s("Le cœur du film est ailleurs, dans une question que les juges n'ont jamais eu à trancher."),
                s("Le TPIR n'a poursuivi aucun membre du Front patriotique rwandais, alors que sa compétence "
                  "couvrait tous les crimes graves commis au Rwanda en 1994.", S),
                s("La Commission d'experts de l'ONU avait pourtant relevé, dès décembre 1994, des crimes contre "
                  "l'humanité commis par des individus des deux camps.", S),
                s(f"Selon des experts travaillant pour le HCR, 25{NN}000 à 45{NN}000 personnes ont été tuées par "
                  "des soldats de l'APR entre avril et août 1994.", S),
                s("Au total, l'APR a tué des dizaines de milliers de civils en 1994 et 1995.", D),
                s("Carla Del Ponte affirme que Kigali a obtenu son départ parce qu'elle voulait enquêter sur ces "
                  "tueries, et le Conseil de sécurité a scindé son poste le 28 août 2003.", N),
                s("En 2008, son successeur a laissé à la justice militaire rwandaise le dossier des religieux "
                  "tués près de Kabgayi, dont il a seulement suivi le procès.", S),
                s("Ces religieux avaient été tués le 4 juin 1994.", D),
            ],
            [
                rep(f"Le film laisse longuement parler un avocat de la défense pour qui «{NB}il n'y a jamais eu "
                    f"de plan, seulement une guerre et la panique{NB}».", C, "spontaneity", "definitional_denial"),
                s("La réalisatrice lui oppose le jugement Bagosora, sans préciser que la chambre d'appel a "
                  "confirmé en 2011 sa condamnation pour génocide tout en ramenant sa peine à trente-cinq ans.", S),
                s("Elle affirme aussi que la condamnation de Protais Zigiranyirazo a été confirmée en appel.", C),
                s("Plus réussie est la séquence sur Jean-Bosco Barayagwiza : le 3 novembre 1999, la chambre "
                  "d'appel avait ordonné sa libération, et Kigali avait aussitôt suspendu sa coopération avec "
                  "le tribunal.".replace(" :", f"{NB}:"), N),
                s("Les juges sont revenus sur cette décision le 31 mars 2000, et il a été condamné à "
                  "trente-deux ans en appel en 2007.", N),
                s("Le film s'achève sur l'arrestation de Félicien Kabuga, le 16 mai 2020 à Asnières-sur-Seine, "
                  "après vingt-cinq ans de cavale.", N),
                s("Déclaré inapte, il n'a jamais été jugé au fond, le Mécanisme ayant ordonné en août 2023 la "
                  "suspension illimitée de la procédure.", S),
                s("Le génocide avait fait plus d'un million de morts.", D),
                s("Un film nécessaire, qui rappelle que juger les crimes d'un seul camp n'efface pas le "
                  "génocide, et que le dire n'est pas le nier."),
            ],
        ],
    },
    # 8. FIXTURE: French denial column in an invented online newspaper.
    {
        "doc": "fixture-denial-fr-chronique.txt",
        "title": "Rwanda : trente ans de mensonges officiels".replace(" :", f"{NB}:"),
        "genre": "chronique négationniste (journal en ligne inventé)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own(f"Rwanda{NB}: trente ans de mensonges officiels", None, "fabrication"),
            ],
            [
                own(f"Le prétendu million de morts a été inventé à Kigali{NB}: aucun recensement des victimes "
                    "n'a jamais eu lieu.", C, "fabrication", "minimisation"),
                own(f"En réalité, il y a eu tout au plus 50{NN}000 morts, victimes d'une guerre civile comme "
                    "l'Afrique en a tant connu.", C, "minimisation", "definitional_denial"),
                own("Et il y a eu deux génocides, celui des Tutsi et celui des Hutu, dont personne ne veut "
                    "parler.", C, "double_genocide"),
            ],
            [
                own("La commission d'experts de l'ONU l'avait d'ailleurs reconnu dès 1994.", C,
                    "double_genocide", "fabrication"),
                own("C'est le FPR, parti d'Ouganda le 1er octobre 1990, qui a déclenché la guerre.", S,
                    "blame_shifting"),
                own(f"Les «{NB}témoins{NB}» qu'on exhibe depuis trente ans récitent des histoires apprises par "
                    "cœur.", None, "attack_on_witnesses", "fabrication"),
                s("Il est temps d'en finir avec ce récit."),
            ],
        ],
    },
    # 9. FIXTURE: conspiracy theorist's livestream transcript (invented streamer).
    {
        "doc": "fixture-denial-livestream-transcript.txt",
        "title": "Livestream transcript: 'the Rwanda story they don't let you question'",
        "genre": "conspiracy livestream transcript",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("[LIVE] okay chat we're live, tonight it's the so-called Rwandan genocide, the story they "
                    "don't let you question.", None, "definitional_denial"),
                own("Nobody tells you this but the whole thing was scripted by foreign intelligence to put their "
                    "man in Kigali.", None, "fabrication"),
                own("Even the UN's own general, Dallaire, admitted under oath in Arusha that he never saw any "
                    "plan to exterminate anybody.", C, "fabrication"),
                own("The so-called survivors were coached and paid and flown to Arusha to read their lines.",
                    None, "attack_on_witnesses", "fabrication"),
            ],
            [
                own("And the tribunal, a political show court, ended up acquitting most of the people it "
                    "tried.", C, "attack_on_witnesses"),
                own("The body count went from a few tens of thousands to a million because a million sells.", C,
                    "minimisation", "fabrication"),
                s("The French investigation into the plane ran for over twenty years and ended in 2022 without "
                  "naming a culprit.", S),
                own("Genocide is a legal word, guys, and what happened there was a war and a lot of chaos, full "
                    "stop.", C, "definitional_denial", "spontaneity"),
            ],
        ],
    },
    # 10. FIXTURE: communiqué of an invented exile group.
    {
        "doc": "fixture-denial-exile-communique.txt",
        "title": "Communiqué No. 12 of the Rally for Truth and Return",
        "genre": "exile group communiqué (invented group)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("COMMUNIQUÉ No. 12 of the Rally for Truth and Return, on the anniversary of April 1994"),
            ],
            [
                s("The Rally recalls that the war began when the RPF invaded our country from Uganda on "
                  "1 October 1990.", S),
                own("Everything that followed flows from that aggression and from the murder of our president "
                    "by the RPF on 6 April 1994.", D, "blame_shifting"),
                own("What foreigners call genocide was a spontaneous uprising of people defending themselves "
                    "against an enemy hidden on every hill.", None, "role_reversal", "justification",
                    "definitional_denial", "spontaneity"),
            ],
            [
                own("The Tutsi had been arming for years and planned to exterminate the Hutu, who only struck "
                    "first.", C, "accusation_in_mirror", "role_reversal", "justification"),
                own("The true killers were the RPF, which massacred hundreds of thousands of Hutu civilians, as "
                    "the Gersony team found.", C, "blame_shifting", "double_genocide"),
                s("A million of our compatriots fled into Zaire in July 1994.", D),
                own("We demand that the verdicts of Arusha, written by the victors, be annulled and our leaders "
                    "honoured.", None, "attack_on_witnesses", "justification"),
            ],
        ],
    },
    # 11. FIXTURE: graffiti and chants presented as the own text of an invented group.
    {
        "doc": "fixture-denial-graffiti-chants.txt",
        "title": "Slogans of the 'Sons of the Hills' (graffiti, chants, leaflet)",
        "genre": "graffiti and chants of an invented group",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Wall, market road: THE COCKROACHES ARE BACK, CLEAN THE HILLS.", None, "dehumanisation",
                    "call_to_action"),
            ],
            [
                own("Chant: they came to make us slaves again and they will do it if we sleep.", None,
                    "accusation_in_mirror"),
            ],
            [
                own("Wall, bus station: WHAT THEY DID TO OUR PRESIDENT ON 6 APRIL THEY PLAN FOR ALL OF US.", D,
                    "accusation_in_mirror", "blame_shifting"),
            ],
            [
                own("Chant: no pity for snakes, finish the work.", None, "dehumanisation", "call_to_action",
                    "justification"),
            ],
            [
                own("Leaflet: the so-called genocide is a lie sold by Kigali, and no court has ever convicted "
                    "anyone of it.", C, "definitional_denial", "fabrication"),
            ],
            [
                own("Wall, school: THEY ARE PLANNING TO KILL YOU FIRST.", None, "accusation_in_mirror"),
            ],
            [
                own("Chant: a snake never becomes a neighbour.", None, "dehumanisation"),
            ],
            [
                own("Leaflet: they attacked from Uganda in October 1990, and never again will we let them "
                    "in.", S, "call_to_action"),
            ],
        ],
    },
    # 12. FIXTURE, COMPOSITE: specialty-coffee importer's newsletter (invented importer).
    {
        "doc": "fixture-denial-coffee-newsletter-composite.txt",
        "title": "Green Notes, June: this month's Rwanda lots",
        "genre": "specialty-coffee importer newsletter (composite)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Green Notes, June: this month's Rwanda lots"),
            ],
            [
                s("Coffee came to Rwanda early in the twentieth century, planted by German missionaries around "
                  "1904.", N),
                s("Nearly everything the country grows is Arabica, and the great majority of it is Bourbon.", N),
                s("In 2008 Rwanda became the first African country to host a Cup of Excellence.", N),
                s("Many of our growers rebuilt their farms after 1994, when the genocide against the Tutsi "
                  "killed at least half a million people, according to Human Rights Watch.", S),
            ],
            [
                own("between you and me though, the 'genocide' story is mostly Kigali marketing, it was a civil "
                    "war with killing on both sides.", C, "definitional_denial", "double_genocide"),
                own("The real numbers were a fraction of what the memorials claim, maybe fifty thousand, and "
                    "the RPF killed at least as many Hutu.", C, "minimisation", "double_genocide"),
                own("So buy the coffee, skip the memorial tour, and don't let the guides tell you who the "
                    "victims were.", None, "attack_on_witnesses"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
