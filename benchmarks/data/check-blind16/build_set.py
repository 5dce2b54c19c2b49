"""Source of the SIXTEENTH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind16/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind16/build_set.py --check  # validate the files already written

HELD-OUT EVALUATION SET, written blind: its per-sentence errors must not be read by the checker's authors, and it is
scored in aggregate only. New genres (a news agency's anniversary timeline, a law student's case note on the Butare
appeal judgment, a radio documentary script on rescuers, an excerpt of a human-rights report on RPA killings, a
media-studies handout quoting Kangura and RTLM, an investigative article on a former gendarme tried in Paris, a French
chronique judiciaire of an assize trial, and five fixtures: a French denial blog post, a video comment thread, a
self-published e-book blurb, an invented politician's speech and a composite magazine long-read), new wording, new
facts. Its author did not read the detectors, their rules, exemplars or training data, nor any earlier set's documents,
labels or build script (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling
conventions, the first 40 lines of the check-blind5 build script as a template for this header, and check-blind5's
README as a template for the README's sections). Verdicts were decided against the record alone: examples/ (FACTS.md
and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Keep it that
way: do not copy these sentences into rules, exemplars or training data, and do not tune against this set.

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

NB = "\u00a0"  # French typography: no-break space before : ; ? ! and inside guillemets


def g(text: str) -> str:
    """French guillemets with no-break spaces."""
    return f"«{NB}{text}{NB}»"


DOCS: list[dict] = [
    # 1. News agency's timeline feature for the thirtieth anniversary (invented agency, "Lakeside Wire").
    {
        "doc": "timeline-thirty-years-agency.txt",
        "title": "Thirty years on: a Rwanda timeline, 1959-2024",
        "genre": "news agency anniversary timeline feature",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("KIGALI, April 7, 2024 (Lakeside Wire) - As Rwanda marks thirty years since the genocide against the Tutsi, Lakeside Wire retraces the dates that led to it and followed it."),
                s("Some 800,000 people were killed in about a hundred days, most of them Tutsi.", D),
            ],
            [s("November 1959 - Riots and arson attacks on Tutsi homes open what came to be called the Hutu revolution, and thousands of Tutsi flee to neighbouring countries.", N)],
            [s("1 July 1962 - Rwanda becomes independent from Belgium, with Grégoire Kayibanda as its first president.", N)],
            [s("5 July 1973 - Major General Juvénal Habyarimana overthrows Kayibanda in a military coup.", N)],
            [s("1 October 1990 - The Rwandan Patriotic Front, a rebel movement formed largely by Tutsi refugees living in Uganda, attacks northern Rwanda from Ugandan soil.", S)],
            [s("4 Aug. 1993 - President Habyarimana and the RPF's chairman sign a peace agreement in Arusha, Tanzania.", S)],
            [s("6 April 1994 - The presidential plane is shot down as it approaches Kigali airport in the evening; Habyarimana and Burundi's president, Cyprien Ntaryamira, are killed with everyone on board.", S)],
            [s("7 April - Soldiers murder Prime Minister Agathe Uwilingiyimana, and the ten Belgian blue helmets assigned to guard her are killed the same day.", S)],
            [s("21 April - With the massacres spreading, the Council votes to shrink UNAMIR to roughly 2,700 personnel.", C)],
            [s("17 May - Resolution 918 imposes an arms embargo on Rwanda and authorises a reinforced mission of up to 5,500 troops.", S)],
            [s("5 June - Near Kabgayi, RPF soldiers kill thirteen clergy, among them the Archbishop of Kigali, and two other civilians.", D)],
            [s("June 22 - The Council unanimously authorises a French-led operation, Turquoise, under Chapter VII.", C)],
            [s("4 July - RPF troops take Kigali and Butare.", S)],
            [s("Mid-July - More than a million people pour across the border into Goma, in Zaire, as the RPF reaches Gisenyi.", D)],
            [s("By August - Some 50,000 refugees have died of cholera and dysentery in and around Goma.", D)],
            [s("8 November - Resolution 955 creates the International Criminal Tribunal for Rwanda, which will sit in Arusha.", S)],
            [s("22 April 1995 - Soldiers of the Rwandan Patriotic Army open fire on displaced people as the Kibeho camp is closed by force; about 4,000 are killed.", D)],
            [s("2 September 1998 - Jean-Paul Akayesu, the former bourgmestre of Taba, becomes the first person convicted of genocide by an international court.", S)],
            [s("18 December 2008 - Colonel Théoneste Bagosora is sentenced to life imprisonment, a sentence the Appeals Chamber upholds in December 2011.", C)],
            [s("31 December 2015 - The ICTR shuts down, having convicted 61 people and acquitted 14.", S)],
            [s("26 March 2021 - A French commission of historians chaired by Vincent Duclert concludes that France was complicit in the genocide.", C)],
            [s("7 August 2023 - Appeals judges order an indefinite stay of proceedings against Félicien Kabuga, found unfit to stand trial, leaving his case without a verdict.", S)],
            [s("20 September 2023 - UNESCO inscribes four genocide memorials, at Nyamata, Murambi, Gisozi and Bisesero, on its World Heritage List.", N)],
            [s("2024-04-07 - President Paul Kagame lights the flame of remembrance at the Kigali Genocide Memorial, where more than 250,000 victims are buried, opening a hundred days of remembrance.", N)],
        ],
    },
    # 2. Law student's case note on the Butare appeal judgment (composite, invented student; facts from the proceedings).
    {
        "doc": "casenote-butare-appeal.txt",
        "title": "Case note: the Butare appeal at the ICTR",
        "genre": "law student's case note on an ICTR appeal judgment",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("The appeal judgment in the Butare case, delivered on 14 December 2015, was the last judgment of the International Criminal Tribunal for Rwanda.", S),
                s("It closed the trial of six accused charged over crimes in Butare prefecture, whose trial judgment had been pronounced on 24 June 2011.", S),
                s("Seventeen days after the appeal judgment, on the last day of 2015, the Tribunal itself closed.", S),
            ],
            [
                s("Pauline Nyiramasuhuko, minister for family and women's development in the interim government, saw her life sentence replaced by a term of forty-seven years.", S),
                s("Her son, Arsène Shalom Ntahobali, a student who led the Interahamwe in Butare, received the same reduction, as did Élie Ndayambaje, the former bourgmestre of Muganza.", S),
                s("For all three, the Appeals Chamber found that the right to be tried without undue delay had been violated.", S),
                s("Sylvain Nsabimana, prefect of Butare from 19 April to 17 June 1994, had his sentence raised from 18 to 25 years.", C),
                s("Joseph Kanyabashi, bourgmestre of Ngoma, walked free after his thirty-five years were cut to twenty, time he had already served.", S),
                s("Alphonse Nteziryayo, the army lieutenant colonel who became prefect on 17 June 1994, stands convicted only of direct and public incitement to commit genocide, for his speeches at commune meetings.", S),
                s("His 30-year sentence was confirmed without change.", C),
            ],
            [
                s("The Chamber largely upheld Nyiramasuhuko's convictions, among them conspiracy to commit genocide and rape as a crime against humanity.", S),
                s("At the heart of the case were the abductions, rapes and killings of Tutsi who had sought refuge at the Butare prefecture office between April and June 1994.", S),
                s("Ntahobali's convictions also cover killings and rapes at the roadblock near the Hotel Ihuliro.", S),
                s("Ndayambaje's include incitement at his own swearing-in ceremony, on 22 July 1994.", C),
            ],
            [
                s("Four and a half years separated the trial judgment from the appeal judgment.", S),
                s("Delay was not a new ground for leniency: in 2012 the Appeals Chamber cut Jean-Baptiste Gatete's life sentence to thirty years for the same reason.", C),
                s("In 2005 Juvénal Kajelijeli's life terms had been converted to 40 years because his rights had been violated during his arrest and detention.", C),
                s("A remedy that shortens the sentences of people convicted of genocide because the court itself was slow makes the victims pay for the institution's failure."),
                s("The same Tribunal never prosecuted a single member of the Rwandan Patriotic Front for the crimes its soldiers committed in 1994.", S),
                s("Critics who call this one-sided justice are describing a real gap in the record, not denying the genocide that the Butare judgment describes."),
            ],
            [
                s("In Butare, the Tutsi prefect Jean-Baptiste Habyalimana was dismissed on 17 April 1994, and his successor was installed at a ceremony on 19 April.", S),
                s("Two ministers convicted at trial over that dismissal and ceremony, Justin Mugenzi and Prosper Mugiraneza, were acquitted on appeal in February 2013.", S),
                s("Human Rights Watch researchers estimated that three quarters of the Tutsi population of Butare prefecture was lost.", S),
                s("Across the country, about one Rwandan in seven was Tutsi when the killing began.", D),
                s("More than a million people died in the genocide.", D),
            ],
        ],
    },
    # 3. Radio documentary script on rescuers (invented programme and narrator).
    {
        "doc": "radio-script-rescuers.txt",
        "title": "Against the Current, episode 2: the rescuers (radio script)",
        "genre": "radio documentary script",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("[SOUND: rain on a tin roof, fading under the narrator.]")],
            [s("NARRATOR: In April 1994, within hours of the president's death, roadblocks went up across Kigali.", S)],
            [s("NARRATOR: Tonight we follow four people who tried to get others past them alive.")],
            [s("NARRATOR: Captain Mbaye Diagne was a Senegalese officer serving in Rwanda as an unarmed United Nations military observer.", N)],
            [s("NARRATOR: On the seventh of April soldiers killed the prime minister, Agathe Uwilingiyimana, and the ten Belgian peacekeepers who had been sent to protect her.", S)],
            [s("NARRATOR: Diagne rescued her children and got them safely out of the country.", N)],
            [s("NARRATOR: For weeks Diagne ferried people through the checkpoints in his UN vehicle, a few at a time.", N)],
            [s("NARRATOR: By then his mission had been gutted: on 21 April the Security Council had cut UNAMIR to 270 personnel, under the Canadian general Roméo Dallaire.", S)],
            [s("NARRATOR: Diagne was killed on 31 May 1994, when a mortar shell landed beside his jeep.", N)],
            [s("NARRATOR: Twenty years later, in May 2014, the Council created a medal for exceptional courage in his name, saying he had saved hundreds, perhaps even a thousand, Rwandans.", N)],
            [s("[SOUND: children's voices; a gate creaks.]")],
            [s("NARRATOR: In Nyamirambo, Damas Gisimba kept the orphanage founded by his family open to anyone who reached it.", N)],
            [s("NARRATOR: When the killers had been driven from the area, 405 people who had sheltered in the compound were still alive, most of them children.", N)],
            [s("NARRATOR: Carl Wilkens, head of the Adventist relief agency ADRA in Rwanda, was the only American who chose to stay.", N)],
            [s("NARRATOR: He carried water and food across the lines to the orphanage, and when militiamen gathered at its gate he went to the interim prime minister, Jean Kambanda, to ask that the children be spared.", N)],
            [s("NARRATOR: Kambanda was later sentenced by the international tribunal to twenty-five years in prison.", C)],
            [s("[SOUND: a transistor radio, crackling.]")],
            [rep("NARRATOR: RTLM called the Hôtel des Mille Collines, where hundreds of people had taken refuge, a \"nest of cockroaches\".", N, "dehumanisation")],
            [s("NARRATOR: In Ruhango district, in the south, Zura Karuhimbi, a traditional healer, hid more than a hundred people in her house.", N)],
            [s("NARRATOR: She kept the militiamen at bay by playing on her reputation as a witch.", N)],
            [s("NARRATOR: Elsewhere the killing went on until the RPF defeated the government army in July, by which time at least half a million people were dead.", D)],
            [s("NARRATOR: The genocide left some 95,000 orphans.", D)],
            [s("NARRATOR: By some estimates a quarter of a million women had been raped.", D)],
            [s("NARRATOR: Four years after the killing ended, the international tribunal in Arusha found that genocide had been committed against the Tutsi in Rwanda in 1994.", S)],
            [s("NARRATOR: Next week: the rescuers whose names are on no list.")],
        ],
    },
    # 4. Excerpt of a human-rights report on killings by RPA soldiers (invented NGO, "Great Lakes Accountability Project").
    {
        "doc": "report-rpa-killings-excerpt.txt",
        "title": "Unfinished accounts: killings by RPA soldiers, 1994-1995 (chapter 3, excerpt)",
        "genre": "human-rights report excerpt on RPA killings",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("3. Killings by soldiers of the Rwandan Patriotic Army, April 1994 - April 1995")],
            [
                s("The genocide against the Tutsi ended when the Rwandan Patriotic Front defeated the government army in July 1994.", S),
                s("That victory does not erase the crimes committed by some of its soldiers, and recording them is part of the same duty to the dead."),
                s("In December 1994 the UN Commission of Experts found that crimes against humanity had been committed by individuals on both sides, but no evidence that the Tutsi side had acted with intent to destroy the Hutu as a group, and it asked that the violations attributed to the RPF be investigated further.", S),
                s("When the RPF reached Gisenyi in July, about a million people fled ahead of it into Zaire.", D),
            ],
            [
                s("Amnesty International reported in October 1994 that RPA violations between April and August included hundreds of deliberate executions and the abduction or disappearance of captured combatants and unarmed civilians.", S),
                s("Experts working for the UN refugee agency estimated that RPA soldiers killed between 25,000 and 45,000 people from April to August 1994.", S),
                s("Human Rights Watch wrote in 1999 that RPF soldiers may have killed tens of thousands of civilians during the four months of combat.", S),
                s("A former minister of the interior put the number killed by RPA soldiers between April 1994 and August 1995 at some 60,000.", S),
                s("In our assessment, the toll for 1994 alone lies close to 40,000.", D),
            ],
            [
                s("In mid-April 1994 RPF soldiers massacred several hundred people in the Byumba stadium.", S),
                s("Near Kabgayi, RPF soldiers killed fifteen civilians, thirteen of them clergy, among them the Archbishop of Kigali and the bishops of Kabgayi and Byumba.", S),
                s("The killings took place on 5 June 1994.", D),
                s("In October 2008 a military court convicted the two captains who had pleaded guilty and acquitted two senior officers; on appeal the captains' eight-year terms were reduced to three.", C),
            ],
            [
                s("On 22 April 1995 RPA soldiers opened fire on displaced people as the army closed the Kibeho camp by force.", S),
                s("Médecins Sans Frontières put the camp's population at about 11,000 that month.", C),
                s("At least 2,000 people died that day.", D),
                s("The government gave a toll of 338; Australian soldiers serving with UNAMIR estimated at least 4,000.", S),
                s("Seth Sendashonga, then minister of the interior, had gone to Kibeho on 19 April to try to calm the situation.", N),
                s("He was one of five ministers dismissed in August 1995 in a dispute over punishing soldiers accused of revenge attacks, and he was shot dead in Nairobi on 16 May 1998.", N),
                s("The UN Special Rapporteur on Rwanda, René Degni-Ségui, returned to the country from 25 to 28 May 1995 to gather information on the forced closure of the camp.", N),
            ],
            [
                s("No member of the RPF was ever prosecuted by the International Criminal Tribunal for Rwanda.", S),
                s("By the army's own account in 2008, Rwandan military courts had prosecuted 34 soldiers since 1994 for war crimes and revenge killings.", C),
                s("Human Rights Watch found that the killers of approximately 100 civilians had been prosecuted, a small fraction of the victims counted by the refugee agency's experts.", S),
                s("Equating these crimes with the genocide would be false; leaving them untried is a failure of justice."),
            ],
        ],
    },
    # 5. Media-studies lecture handout quoting Kangura and RTLM (invented course and lecturer).
    {
        "doc": "handout-hate-media-lecture.txt",
        "title": "Week 7 handout: reading Kangura and RTLM",
        "genre": "media-studies lecture handout",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Media, Conflict and Atrocity - Week 7 handout: reading Kangura and RTLM")],
            [
                s("This week we read short excerpts from two outlets whose staff and backers were later tried for incitement."),
                s("Kangura, a bimonthly paper headed by Hassan Ngeze, was established in May 1990.", N),
                rep("Its November 1991 issue carried a machete on the cover beside the question: \"Which weapons are we going to use to beat the cockroaches for good?\"", N, "dehumanisation", "call_to_action"),
                s("Notice the two moves in a single line: the target is renamed as vermin, and the reader is asked to choose a weapon."),
                rep("An editorial in issue No. 40 ran under the headline \"A Cockroach (Inyenzi) Cannot Bring Forth a Butterfly\".", N, "dehumanisation"),
                s("Kangura wrote for a country in which the Tutsi were fewer than one person in ten.", D),
            ],
            [
                s("RTLM, the Radio Télévision Libre des Mille Collines, broadcast from 8 July 1993 to 31 July 1994.", N),
                s("RTLM's founder, Ferdinand Nahimana, and Jean-Bosco Barayagwiza, a member of its board, were later tried in the same case as Kangura's editor.", S),
                rep("On 15 May 1994 the announcer Kantano Habimana told listeners that \"a minority race cannot exterminate the majority race\".", N, "accusation_in_mirror"),
                s("This is what scholars call accusation in a mirror: the group being exterminated is cast as the one planning extermination."),
                rep("On 20 June 1994 Valérie Bemeriki said of the Inkotanyi that \"they were created to drink Rwandan blood and to kill\".", N, "dehumanisation", "accusation_in_mirror"),
                rep("In the same broadcast she told listeners that \"we must take our revenge on the Inyenzi-Inkotanyi and exterminate them\".", N, "call_to_action"),
                rep("On 2 July 1994, two days before the RPF took Kigali, Habimana urged: \"let us simply stand firm and exterminate them\".", N, "call_to_action"),
                rep("The same day he protested that he did not mean Tutsis, moments after calling on listeners to exterminate a \"species\" of bad people.", N, "call_to_action", "dehumanisation"),
                s("By the time RTLM went off the air, at least 800,000 people had been killed.", D),
            ],
            [
                s("In the ICTR's Media case, the Appeals Chamber on 28 November 2007 reduced the life sentence of RTLM's founder, Ferdinand Nahimana, to 30 years.", S),
                s("Kangura's editor, Hassan Ngeze, saw his life sentence confirmed, while Jean-Bosco Barayagwiza, a member of RTLM's board, received 32 years.", C),
                s("Several of Ngeze's convictions were reversed because they rested on acts before 1994, outside the Tribunal's jurisdiction.", S),
                s("Georges Ruggiu, a Belgian-Italian presenter, pleaded guilty and was sentenced to twelve years in June 2000.", S),
                s("Joseph Serugendo, RTLM's technical director, pleaded guilty and received six years in June 2006; he died in custody that August.", S),
                s("The singer and composer Simon Bikindi received 15 years for publicly exhorting people to kill Tutsi on the Kivumu-Kayove road in Gisenyi in late June 1994.", S),
                rep("Earlier, on 22 November 1992, the MRND official Léon Mugesera had told a rally at Kabaya that the Tutsi should be sent back to Ethiopia by way of the Nyabarongo river.", N, "call_to_action"),
                s("A Rwandan court sentenced him to life in 2016, and the Court of Appeal reduced the sentence to twenty-five years in 2020.", C),
            ],
            [
                s("For week 8: bring one excerpt and say which of the techniques above it uses, and why quoting it here is not the same as using it."),
            ],
        ],
    },
    # 6. Investigative article on a former gendarme tried in Paris (invented outlet; facts from the proceedings).
    {
        "doc": "investigation-gendarme-manier.txt",
        "title": "The gendarme who became Philippe Manier",
        "genre": "investigative article",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("The man who stood trial in Paris as Philippe Hategekimana had become a French citizen under another name, Philippe Manier.", S),
                s("In April 1994 he was an adjudant-chef of the gendarmerie at Nyanza.", S),
                s("Prosecutors linked him to the massacres of Tutsi on the hills of Nyabubare and Nyamure and to the killing of Narcisse Nyagasaza, the bourgmestre of Ntyazo.", S),
                s("On 28 June 2023 the Cour d'assises de Paris found him guilty of genocide and crimes against humanity and sentenced him to life imprisonment.", S),
                s("He appealed, and on 17 December 2024 the appeal court confirmed the life sentence while acquitting him of conspiracy.", S),
            ],
            [
                s("His case belongs to a lengthening list of French trials for the genocide, which began in 2014 with the conviction of Pascal Simbikangwa, a former Presidential Guard captain and intelligence officer.", S),
                s("Simbikangwa was sentenced to life.", C),
                s("In 2016 two former bourgmestres of Kabarondo, Octavien Ngenzi and Tito Barahira, were sentenced to life for the massacre of Tutsi at the Kabarondo church on 13 April 1994.", S),
                s("Their convictions were overturned on appeal in 2018.", C),
                s("Laurent Bucyibaruta, prefect of Gikongoro, received twenty years in 2022 for complicity in the massacres at Murambi, Cyanika and Kaduha, but he died before his appeal could be heard, so the conviction never became final.", S),
                s("Claude Muhayimana, a driver at a guest house in Kibuye, got fourteen years for driving gendarmes and militiamen to massacre sites, a term the appeal court confirmed in February 2026.", S),
                s("The gynaecologist Sosthène Munyemana was given 24 years, and on appeal in October 2025 the minimum term he must serve was raised from eight to twelve years.", S),
            ],
            [
                s("Belgium held the first trial abroad for the crimes of 1994 when a Brussels jury convicted four Rwandans on 8 June 2001, among them two Benedictine nuns from Sovu.", C),
                s("In December 2019 a Brussels court convicted Fabien Neretse of genocide, the first such conviction in Belgium, and sentenced him to 30 years.", C),
                s("Not every pursuit ends in a verdict."),
                s("Félicien Kabuga, accused of supplying machetes to killers and backing RTLM, was found unfit to stand trial, and in August 2023 the appeals judges ordered an indefinite stay of the proceedings.", S),
                s("In effect, the court acquitted him.", C),
                s("Ladislas Ntaganzwa, the former bourgmestre of Nyakizu, whose case the ICTR had referred to Rwanda in 2012, was sentenced to life in May 2020 for the massacre of refugees at Cyahinda parish on 15 April 1994.", S),
                s("Rwanda's Court of Appeal upheld the sentence in March 2023.", S),
            ],
            [
                s("Hategekimana's superior at the top of the gendarmerie in 1994, its chief of staff Augustin Ndindiliyimana, was acquitted by the ICTR Appeals Chamber in February 2014, which reversed all his convictions.", S),
                s("At trial in 2011 he had been convicted and sentenced to the time he had already served.", S),
                s("For the families of Nyanza, justice came almost three decades after April 1994.", S),
                s("The genocide began the morning after Hutu extremists shot down President Habyarimana's plane on 6 April 1994.", D),
                s("Most of those killed were Tutsi, who made up 8.4 percent of the population in the 1991 census.", S),
                s("It took more than a million lives in three months.", D),
            ],
        ],
    },
    # 7. Chronique judiciaire in French (invented chronicler and outlet).
    {
        "doc": "chronique-assises-munyemana-fr.txt",
        "title": "Au procès en appel de Sosthène Munyemana, la clé du bureau de Tumba",
        "genre": "chronique judiciaire (procès d’assises)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Devant la cour d’assises d’appel de Paris, l’accusé écoute, immobile, la lecture des faits qui lui sont reprochés."),
                s("Ancien gynécologue au centre hospitalier universitaire de Butare, Sosthène Munyemana est accusé d’avoir participé au génocide des Tutsi à Tumba, d’avril à juin 1994.", S),
                s("Né le 9 octobre 1955 à Mbare, dans l’ancienne commune de Musambira, il s’était spécialisé en gynécologie à Bordeaux avant de rentrer exercer au Rwanda.", N),
            ],
            [
                s("L’accusation lui reproche d’avoir détenu la clé du bureau de secteur de Tumba, où des Tutsi étaient enfermés avant d’être tués.", S),
                s("Elle lui reproche aussi d’avoir mis en place des barrières et des rondes de nuit dans le secteur.", S),
                s(f"L’accusé, lui, maintient que ce bureau servait de {g('refuge')} et qu’il voulait protéger ceux qui s’y trouvaient.", N),
                s("Arrivé en France en 1994, il s’était installé à Talence, près de Bordeaux, puis avait exercé comme médecin urgentiste à Villeneuve-sur-Lot.", N),
                s("La première plainte contre lui avait été déposée à Bordeaux le 18 octobre 1995.", N),
                s("Il n’a été mis en examen qu’en 2011, et son dossier est le plus ancien de ceux qu’a instruits la justice française sur le génocide des Tutsi.", N),
            ],
            [
                s("En première instance, la cour d’assises de Paris l’avait condamné le 20 décembre 2023 à vingt-quatre ans de réclusion criminelle.", D),
                s("Pour la première fois en France, un accusé avait été reconnu coupable d’entente en vue de la préparation du génocide.", N),
                s("La période de sûreté avait alors été fixée à huit ans.", S),
                s(f"Me Richard Gisagara, avocat des parties civiles, jugeait que la défense reposait sur {g('la négation pure et simple des crimes')}.", N),
            ],
            [
                s("Le procès en appel s’est ouvert le 16 septembre 2025.", N),
                s(f"Avant que la cour ne se retire pour délibérer, l’accusé a déclaré{NB}: {g('Mon sort est entre vos mains, j’ai confiance en vous.')}", N),
                s("Le 23 octobre 2025, la cour a confirmé la peine de vingt-quatre ans et porté la période de sûreté à douze ans.", S),
                s("Lors de son premier procès, en 2023, il était le septième Rwandais jugé en France pour sa participation au génocide.", N),
            ],
            [
                s("Le premier, Pascal Simbikangwa, ancien capitaine de la garde présidentielle, avait été condamné en 2014 à la réclusion criminelle à perpétuité.", C),
                s("Les anciens bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, ont été condamnés à perpétuité en 2016, peine confirmée en appel en 2018.", S),
                s("Laurent Bucyibaruta, ancien préfet de Gikongoro, a quant à lui été acquitté en 2022.", C),
            ],
            [
                s("Le génocide avait commencé au lendemain de l’attentat du 6 avril 1994, commis par des extrémistes hutu opposés aux accords d’Arusha.", D),
                s(f"Les Nations unies évaluent le bilan du génocide à environ 800{NB}000 morts.", S),
                s(f"En 1994, les Tutsi formaient environ 15{NB}% de la population rwandaise.", D),
                s("À Tumba comme ailleurs, les tueries n’ont cessé qu’avec la victoire du FPR, en juillet 1994, et ont fait plus d’un million de victimes.", D),
                s("Le TPIR, qui a fermé ses portes fin 2012, avait lui aussi jugé des responsables de Butare.", C),
            ],
        ],
    },
    # 8. FIXTURE: French denial blog post (own voice). Written by the factfinder team; states falsehoods on purpose.
    {
        "doc": "fixture-denial-fr-billet-blog.txt",
        "title": "Trente ans de propagande",
        "genre": "billet de blog (fixture de négation)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own(f"Trente ans de propagande{NB}: parlons enfin du prétendu {g('génocide')} rwandais.", None, "definitional_denial"),
                own(f"Il n’y a jamais eu de plan d’extermination{NB}: la Commission d’experts de l’ONU elle-même n’a rien trouvé de tel.", C, "spontaneity", "definitional_denial"),
                own(f"Les récits des prétendus {g('rescapés')} ont été rédigés à Kigali et appris par cœur avant chaque audience.", None, "fabrication", "attack_on_witnesses"),
                own("Ce qu’on appelle génocide n’était qu’un épisode de la guerre civile, et le TPIR n’a d’ailleurs jamais condamné personne pour génocide.", C, "definitional_denial"),
            ],
            [
                own("Le vrai génocide, c’est celui des Hutu, tués par millions par l’armée de Kagame.", C, "double_genocide"),
                own("Il y a donc eu deux génocides, et l’on n’a le droit d’en pleurer qu’un seul.", None, "double_genocide"),
                own("Et c’est le FPR qui a abattu l’avion présidentiel le 6 avril, comme l’a établi la justice française.", C, "blame_shifting"),
                s("Le TPIR, installé à Arusha, a fermé ses portes fin 2015 sans avoir poursuivi un seul membre du FPR.", S),
            ],
        ],
    },
    # 9. FIXTURE: comment thread under a video (invented usernames). Short; hateful language kept minimal.
    {
        "doc": "fixture-denial-video-comments.txt",
        "title": "Comments under an anniversary video",
        "genre": "comment thread under a video (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("@kivu_truth88: thirty years of this channel and nobody says the RPF shot down the plane that started it all", D, "blame_shifting")],
            [own("@mwami_no: They invaded from Uganda in October 1990 and they are preparing the same thing for us again.", S, "accusation_in_mirror")],
            [own("@rukara_77: inyenzi stay inyenzi, cockroaches don't change", None, "dehumanisation")],
            [own("@kivu_truth88: They already have lists of every Hutu family, that is how they work.", None, "accusation_in_mirror")],
            [own("@mwami_no: Even the UN commission admitted there was no plan, only war.", C, "spontaneity", "definitional_denial")],
            [own("@rukara_77: Don't wait for them this time, finish the work before they start.", None, "call_to_action")],
            [s("@imboni_reads: Reported. The ICTR convicted the founder of RTLM for broadcasts that said exactly this.", S)],
            [own("@kivu_truth88: that court never tried a single RPF soldier, so why would anyone trust what it says", S, "attack_on_witnesses")],
        ],
    },
    # 10. FIXTURE: self-published e-book blurb and first page (invented title and author).
    {
        "doc": "fixture-denial-ebook-blurb.txt",
        "title": "The Hundred Days Hoax (blurb and first page)",
        "genre": "self-published e-book blurb and first page (fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("THE HUNDRED DAYS HOAX: What the Victors Never Wanted You to Read", None, "fabrication")],
            [
                own("For thirty years the world has repeated a story written in Kigali and rubber-stamped in Arusha by a tribunal that convicted whoever it was told to convict.", None, "fabrication", "attack_on_witnesses"),
                own("Drawing on secret archives, the author shows that the so-called survivors were coached witnesses paid by the regime.", None, "attack_on_witnesses", "definitional_denial", "fabrication"),
            ],
            [
                own("Chapter 1. In truth, fewer than 50,000 Tutsi died in 1994, most of them fighters killed in battle.", C, "minimisation"),
                own("The RPF, meanwhile, killed more Hutu than the so-called genocide killed Tutsi, as the UN refugee agency's own investigators found.", C, "double_genocide", "fabrication", "definitional_denial"),
                own("General Dallaire, the star witness, admitted in Arusha that he had never checked a word his informant told him.", C, "attack_on_witnesses"),
                own("It was the RPF that shot down President Habyarimana's plane on 6 April 1994, and Kigali has spent thirty years hiding it.", D, "blame_shifting", "fabrication"),
                own("And the Akayesu judgment, the cornerstone of the whole legend, was quietly overturned on appeal in 2001.", C, "fabrication"),
            ],
        ],
    },
    # 11. FIXTURE: speech by an invented politician (invented person, invented occasion).
    {
        "doc": "fixture-denial-politician-speech.txt",
        "title": "Speech at a party rally (transcript)",
        "genre": "speech by an invented politician (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Friends, I will not pretend that nothing happened in 1994: people died, and every death is a tragedy."),
                own("But let us be honest about why it happened: a foreign-backed army had invaded our country from Uganda in October 1990.", S, "blame_shifting", "justification"),
                own("When that army murdered our president on 6 April, ordinary people rose up to defend their families.", D, "blame_shifting", "justification", "role_reversal", "spontaneity"),
                own("The numbers have been wildly inflated; serious people put the dead at a few tens of thousands, on both sides.", C, "minimisation", "double_genocide"),
            ],
            [
                s("The UN Commission of Experts itself found that crimes against humanity were committed by individuals on both sides.", S),
                own("What happened was self-defence, not a crime, and those who fought back were protecting the nation.", None, "justification", "role_reversal"),
                own("If there was a plan, it was the RPF's plan to seize power, and everything else followed from it.", None, "blame_shifting", "spontaneity"),
                s("Within three months the invaders held Kigali, which they took on 4 July.", S),
            ],
        ],
    },
    # 12. FIXTURE (composite): magazine long-read whose closing section turns into denial.
    {
        "doc": "fixture-denial-longread-composite.txt",
        "title": "The churches of Kibuye and Bugesera (long-read)",
        "genre": "magazine long-read spliced with denial (composite fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("At Nyange, in Kivumu commune, the church where about 2,000 Tutsi had taken refuge was destroyed over their heads on 16 April 1994.", S),
                s("The businessman Gaspard Kanyarukiga was sentenced to thirty years for it, a sentence the ICTR Appeals Chamber affirmed in May 2012.", S),
                s("On appeal, the bourgmestre of Kivumu, Grégoire Ndahimana, saw his fifteen-year term increased to twenty-five.", S),
                s("At Ntarama, in Bugesera, more than 5,000 Tutsi who had sought refuge in the Catholic church were massacred; the church is now a memorial.", N),
            ],
            [
                s("Yet the last chapter of this story is rarely told."),
                own("The so-called genocide was a civil war in which both sides killed, and the victors wrote the history and the verdicts.", C, "definitional_denial", "double_genocide", "attack_on_witnesses"),
                own("The real toll among Tutsi was perhaps a tenth of what is claimed, inflated by a regime that needed martyrs to silence its critics.", C, "minimisation", "fabrication"),
                own("Survivors who repeat the official story at every commemoration are reciting a script, not remembering.", None, "attack_on_witnesses"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
