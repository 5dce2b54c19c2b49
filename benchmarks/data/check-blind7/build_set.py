"""Source of the SEVENTH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind7/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind7/build_set.py --check  # validate the files already written

Written to measure generalisation with new genres (an obituary-style profile of a composite UNAMIR officer, a
letter to the editor correcting an article, a question-and-answer interview on casualty estimates, an exhibition
catalogue's captions, a legal brief on universal jurisdiction in Europe, a French radio chronicle on the Duclert
report, a terse timeline, a grant proposal for an oral-history archive, an academic abstract on RPF killings, a
human-rights newsletter quoting hate media to condemn it, and two short denial fixtures), new wording and new
facts. Its author did not read the detectors, their rules, exemplars or training data, the benchmark results, the
check tests, nor any other set's documents or labels (only benchmarks/data/labelled_set.py,
benchmarks/data/check/README.md for the labelling conventions, the first lines of the check-blind5 build script
as a template for this header and check-blind5/README.md as a template for the README's structure). Verdicts
were decided against the record alone: examples/ (FACTS.md and the sample documents),
src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Keep it that way: do not copy
these sentences into rules, exemplars or training data, and do not tune against this set.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling rules and the sources
of every true fact.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402


def doc(name, title, genre, language, stance, paragraphs, composite=False, hard_negative=False):
    return {"doc": name, "title": title, "genre": genre, "language": language, "stance": stance,
            "composite": composite, "hard_negative": hard_negative, "paragraphs": paragraphs}


DOCS = [
    # 1. Obituary-style profile of a composite, unnamed UNAMIR officer.
    doc("profile-unamir-officer.txt", "He stayed when the mission shrank", "obituary profile", "en",
        "acknowledges", [
            [s("He stayed when the mission shrank: remembering a UNAMIR staff officer"),
             s("This profile is a composite drawn from several officers' recollections, and the man it describes is "
               "not one real person.")],
            [s("He reached Kigali in the autumn of 1993, a few weeks after resolution 872 of 5 October had created "
               "the UN Assistance Mission for Rwanda.", S),
             s("On paper the mission was allowed 2,500 personnel, a number he liked to recite with a dry laugh.", S),
             s("His force commander was the Canadian Roméo Dallaire, in charge from October 1993 until August 1994.",
               S)],
            [s("On the evening of 6 April 1994 the President's plane came down on its approach to the airport, and by "
               "the following night the Prime Minister, Agathe Uwilingiyimana, was dead.", S),
             s("So were the ten Belgian blue helmets sent to guard her, disarmed and killed in a military camp in the "
               "capital.", S),
             s("Who fired the missiles was, to him, never a mystery: the hardliners around the Presidential Guard.", D),
             s("A fortnight later, on 21 April, the Security Council cut the mission to about 270 people.", S),
             s("Not every contingent obeyed: more than four hundred Ghanaian soldiers stayed on against the order to "
               "withdraw.", N),
             s("Dallaire later said they had helped save perhaps 30,000 lives.", N)],
            [s("He spoke most often of Captain Mbaye Diagne, the unarmed Senegalese military observer who hid people "
               "in his car and drove them through the roadblocks.", N),
             s("Diagne died on 31 May 1994, hit by shrapnel when a mortar round exploded near his vehicle at a "
               "checkpoint.", N),
             s("Twenty years afterwards, in May 2014, the Security Council created a medal for exceptional courage "
               "that bears his name.", N),
             s("The reinforcement of 5,500 troops voted on 17 May by resolution 918 arrived, in his words, \"after "
               "the funerals\".", S),
             s("In July a million people fled past his post towards Goma.", D),
             s("By January 1995, he liked to add, UNAMIR was down to barely a thousand soldiers.", C)],
            [s("He was at Kibeho on 22 April 1995 when soldiers of the Rwandan Patriotic Army opened fire on the "
               "displaced people crowded into the camp.", S),
             s("Thousands died there, he insisted, not the 338 the government announced.", D),
             s("Dallaire, whom he admired, entered the Canadian Senate in March 2005 and never hid his struggle there "
               "with post-traumatic stress.", N),
             s("Our officer never wrote a book."),
             s("He wanted no medals, only that the Ghanaians' names be read aloud.")],
        ]),

    # 2. Letter to the editor correcting an earlier article's errors.
    doc("letter-editor-corrections.txt", "Letter: errors in your anniversary feature", "letter to the editor",
        "en", "acknowledges", [
            [s("Letters to the editor: errors in your anniversary feature"),
             s("Sir, your weekend feature on the anniversary of the genocide against the Tutsi contained several "
               "errors that deserve correction.")],
            [s("It said that the Arusha peace agreement was signed in 1992.", C),
             s("In fact President Habyarimana and the RPF chairman, Alexis Kanyarengwe, signed it in Arusha on "
               "4 August 1993.", S),
             s("Your writer also stated that the Security Council answered the massacres by doubling UNAMIR in "
               "April.", C),
             s("The reverse is true: resolution 912 of 21 April 1994 reduced the mission to roughly 270 people.", S),
             s("The article then called the French-led Opération Turquoise a unanimous decision of the Council.", C),
             s("Resolution 929 passed on 22 June 1994 with ten votes in favour and five abstentions.", S),
             s("It further claimed that the French troops stayed in the safe humanitarian zone until late "
               "September.", C),
             s("The last of them left on 21 August.", S)],
            [s("On the death toll, your writer was content to say that \"nobody knows\"."),
             s("That is too modest."),
             s("Human Rights Watch concluded in 1999 that at least half a million people were killed, about three "
               "quarters of the Tutsi population.", S),
             s("The Rwandan government's census of victims, published in 2002 and counting from 1990, reached "
               "1,074,017.", S),
             s("The true figure is surely close to a million.", D)],
            [s("Finally, the piece asserted that Jean-Paul Akayesu's conviction was overturned on appeal.", C),
             s("The Appeals Chamber confirmed both the judgment and his life sentence on 1 June 2001.", S),
             s("Nor was Théoneste Bagosora \"freed for lack of evidence\": on 14 December 2011 his convictions for "
               "genocide were affirmed and his sentence set at thirty-five years.", S),
             s("One of your photo captions even placed the massacre at Kabarondo church in Kibuye.", C),
             s("Kabarondo lies in the former Kibungo prefecture, and the Tutsi who sheltered in its church were killed "
               "on 13 April 1994.", S),
             s("Readers deserve better on a subject where deniers pounce on every slip."),
             s("A reader in Brussels (name withheld)")],
        ]),

    # 3. Q&A interview with a composite researcher on casualty estimates.
    doc("interview-casualty-estimates.txt", "Counting the dead: an interview", "question-and-answer interview",
        "en", "acknowledges", [
            [s("Counting the dead: questions for a demographer"),
             s("Our interviewee, Dr N., is a composite of several researchers and is not a real person.")],
            [s("Q: How many people were killed in the genocide against the Tutsi?"),
             s("A: My own best estimate is somewhere around eight hundred thousand, and I hold it loosely.", D),
             s("The published range runs from the Commission of Experts' 500,000, which it said might be "
               "conservative, to the 1,074,017 of the government's count.", S)],
            [s("Q: Why such a spread?"),
             s("A: Partly because the counts measure different things."),
             s("The government census, taken in 2000 and published in November 2002, began counting in October 1990, "
               "not in April 1994.", S),
             s("I am convinced that well over nine in ten of those victims were Tutsi.", D)],
            [s("Q: And the demographers?"),
             s("A: Human Rights Watch, in Leave None to Tell the Story, which appeared in 2001, started from the 1991 "
               "census.", C),
             s("That census registered Tutsi as 8.4 per cent of the population.", S),
             s("William Seltzer's 657,000 Tutsi on 6 April, less about 150,000 survivors, leaves some 507,000 Tutsi "
               "killed.", S),
             s("Personally I believe the real share was nearer one in eight, because registration hid many Tutsi.",
               D)],
            [s("Q: Didn't the UN say 800,000?"),
             s("A: Its Independent Inquiry of 1999 spoke of approximately 800,000 killed over about a hundred days.",
               S)],
            [s("Q: Some people insist the toll was under 100,000."),
             s("A: That number comes from 19 April 1994, when Human Rights Watch told the Security Council that aid "
               "agencies already estimated as many as 100,000 dead in two weeks.", S),
             s("Anyone who quotes a two-week figure as a final total is careless or dishonest.")],
            [s("Q: What about people killed by the RPF?"),
             s("A: That is a separate count, and a real one: UNHCR experts working with Robert Gersony estimated "
               "25,000 to 45,000 people killed by RPA soldiers between April and August 1994.", S),
             s("My own guess for that period is around 30,000.", D),
             s("At Kibeho in 1995 I would accept roughly 2,000 dead.", D)],
            [s("Q: And the refugees who died around Goma?"),
             s("A: Something like 60,000 in July and August, in my view.", D),
             s("Q: How many women were raped?"),
             s("A: At least a quarter of a million.", D),
             s("Q: And orphans?"),
             s("A: Closer to 100,000 than to 70,000.", D)],
            [s("Q: Whom do you miss in this field?"),
             s("A: Alison Des Forges, who died when Continental Flight 3407 crashed near Buffalo in February 2009.",
               N),
             s("She had given expert evidence in eleven trials at the Arusha tribunal.", N),
             s("She would have welcomed the General Assembly's decision of January 2018 to name 7 April the "
               "International Day of Reflection on the 1994 Genocide against the Tutsi in Rwanda.", N)],
        ]),

    # 4. Museum exhibition catalogue captions (fictional exhibition).
    doc("catalogue-exhibition-captions.txt", "Hills That Remember: selected captions", "exhibition catalogue",
        "en", "acknowledges", [
            [s("Hills That Remember: selected captions from the exhibition catalogue"),
             s("The exhibition and its lenders are composites written for this set.")],
            [s("Room 2. Fragment of a pew, Kabarondo."),
             s("On 13 April 1994 Tutsi who had taken refuge in the church of Kabarondo, in Kibungo, were "
               "massacred.", S),
             s("Two former bourgmestres of the commune were sentenced to life imprisonment in Paris in 2016.", S)],
            [s("Room 2. Bricks from the Kiziguro church compound."),
             s("At least 400 Tutsi were murdered there on 11 April 1994.", S),
             s("The local bourgmestre was tried in Frankfurt and acquitted.", C)],
            [s("Room 3. A school bench, Murambi."),
             s("Tutsi gathered at the Murambi school, in Gikongoro, were massacred on 21 April 1994.", S),
             s("The prefect of Gikongoro was convicted in Paris in 2022 but died before his appeal was heard, so the "
               "verdict never became final.", S)],
            [s("Room 3. Photograph of the hills of Bisesero."),
             s("In Bisesero, in Kibuye, Tutsi held out against repeated attacks from early April to the end of June "
               "1994.", S),
             s("The memorial on the hill was built in 1998.", N)],
            [s("Room 4. Sign of the École Technique Officielle, Kicukiro."),
             s("After the UN peacekeepers stationed at the school withdrew on 11 April, some 2,000 of the people who "
               "had sheltered there were killed.", N)],
            [s("Room 5. Register of a gacaca court."),
             s("Before they closed on 18 June 2012, the gacaca courts tried just under two million cases.", S)],
            [s("Room 6. Lamp of the remembrance flame, on loan."),
             s("For the twentieth commemoration the Kwibuka flame was lit in Kigali on 7 January 2014 and carried "
               "through all thirty districts before returning on 7 April.", N),
             s("Kwibuka is the Kinyarwanda word for \"remember\".", N)],
            [s("Room 6. Certificate of inscription."),
             s("In September 2023 UNESCO added four memorials, Nyamata, Murambi, Gisozi and Bisesero, to the World "
               "Heritage List.", N),
             s("They were the first sites of memory in Africa to be inscribed.", N)],
            [s("Room 7. Tarpaulin from the camp at Kibeho."),
             s("According to MSF, some 110,000 displaced people lived in the camp in April 1995.", S),
             s("On 22 April army gunfire killed about 4,000 of them.", D)],
            [s("Closing wall."),
             s("In a hundred days, some 800,000 people were killed.", D),
             s("Visitors are asked not to photograph human remains.")],
        ]),

    # 5. Legal brief on universal jurisdiction cases in Europe.
    doc("brief-universal-jurisdiction.txt", "Brief: European courts and the 1994 genocide", "legal brief", "en",
        "acknowledges", [
            [s("Brief: universal jurisdiction and the genocide against the Tutsi in European courts"),
             s("Prepared for a working group; judgments are cited as reported in the press and in court summaries.")],
            [s("I. Belgium"),
             s("Belgium's universal jurisdiction statute dates from 1993 and was narrowed by a law of 5 August "
               "2003.", N),
             s("Under it, a Brussels assize court convicted four Rwandans on 8 June 2001, among them two Benedictine "
               "nuns of the Sovu convent.", S),
             s("Their sentences ranged from 12 to 20 years.", S),
             s("Major Bernard Ntuyahaga received twenty years in 2007 for the killing of the Prime Minister and of "
               "the ten Belgian peacekeepers.", C),
             s("Fabien Neretse's 25-year sentence of December 2019 was the first conviction for genocide pronounced "
               "in Belgium.", S),
             s("In December 2023 Séraphin Twahirwa was given life for crimes in Gikondo.", S)],
            [s("II. France"),
             s("A specialised unit for genocide and crimes against humanity began work within the Paris court on "
               "1 January 2012.", N),
             s("Pascal Simbikangwa, a former Presidential Guard captain, was sentenced to 25 years in March 2014, a "
               "sentence confirmed on appeal in December 2016.", S),
             s("Sosthène Munyemana, a gynaecologist from Butare, received twenty-four years in December 2023.", S),
             s("Claude Muhayimana, a driver in Kibuye, was acquitted on appeal.", C)],
            [s("III. Other states"),
             s("In Sweden, Stanislas Mbanenande was sentenced to life in 2013.", S),
             s("Claver Berinkindi followed in May 2016, and for the first time a Swedish court awarded damages to "
               "victims of genocide.", N),
             s("A Finnish court imposed life on the Baptist pastor François Bazaramba in June 2010.", S),
             s("In The Hague, Yvonne Basebya was convicted of genocide in 2013.", C),
             s("The Netherlands extradited Jean-Baptiste Mugimba and Jean-Claude Iyamuremye to Kigali on 12 November "
               "2016.", N),
             s("The English High Court, by contrast, refused in April 2009 to extradite four suspects, citing \"a "
               "real risk\" of \"a flagrant denial of justice\".", N),
             s("In February 2008 a Spanish judge, Fernando Andreu, indicted forty Rwandan officers over killings "
               "after the genocide.", N)],
            [s("IV. Observations"),
             s("The scale of the crime explains the persistence of these cases: around 800,000 people were murdered "
               "in 1994.", D),
             s("The ICTR, for comparison, indicted 93 people and convicted 61 before it closed at the end of 2015.",
               S),
             s("This brief takes no position on pending cases.")],
        ]),

    # 6. French radio chronicle on the Duclert report and Franco-Rwandan relations.
    doc("chronique-fr-duclert.txt", "Chronique : la France, le Rwanda et les archives", "radio chronicle", "fr",
        "acknowledges", [
            [s("Chronique du matin : la France, le Rwanda et les archives"),
             s("Bonjour à toutes et à tous.")],
            [s("Le 26 mars 2021, l'historien Vincent Duclert remettait à Emmanuel Macron le rapport de sa "
               "commission.", S),
             s("Les mots ont frappé : des « responsabilités lourdes et accablantes » de la France.", S),
             s("Mais pas de complicité au sens juridique, précisait le texte.", S),
             s("Duclert avait été nommé à la tête de cette commission par l'Élysée le 5 avril 2019.", N),
             s("L'Assemblée nationale, elle, a refusé de lui communiquer ses archives.", N),
             s("Ironie de l'histoire : c'est cette même Assemblée qui avait conduit en 1998 une mission "
               "d'information présidée par Paul Quilès.", N)],
            [s("Remontons le fil."),
             s("Le 22 juin 1994, le Conseil de sécurité autorise l'opération Turquoise par dix voix et cinq "
               "abstentions.", S),
             s("Les derniers soldats français quittent la zone humanitaire sûre le 21 août.", S)],
            [s("Côté justice, l'enquête sur l'attentat du 6 avril est ouverte à Paris en 1998, sur plainte des "
               "familles de l'équipage.", S),
             s("En novembre 2006, le juge Bruguière délivre neuf mandats d'arrêt contre des proches de Paul Kagame, "
               "et Kigali rompt aussitôt avec Paris.", S),
             s("Les relations diplomatiques ne reprennent qu'en 2012.", C),
             s("Le 21 décembre 2018, les juges rendent un non-lieu faute de « charges suffisantes ».", S),
             s("La cour d'appel le confirme en 2019.", C),
             s("Et le 15 février 2022, la Cour de cassation clôt définitivement le dossier.", S)],
            [s("Alors, qui a tiré ?"),
             s("Pour moi, les missiles sont partis du camp de Kanombe, tenu par l'armée gouvernementale.", D),
             s("Ce que l'on sait avec certitude, c'est qu'aucun tribunal ne l'a jamais établi.", S),
             s("Quant au génocide, il a fait au moins un demi-million de morts selon Human Rights Watch, 800 000 "
               "selon le chiffre que la presse attribue à l'ONU.", S),
             s("Plus d'un million, disent d'autres.", D),
             s("À demain.")],
        ]),

    # 7. Timeline / infographic text with terse dated entries.
    doc("timeline-infographic.txt", "Rwanda 1990-2023: the timeline", "timeline infographic", "en",
        "acknowledges", [
            [s("Rwanda 1990-2023: key dates"),
             s("Infographic text; entries are abridged.")],
            [s("1 Oct 1990: RPF attacks from Uganda; the war begins.", S),
             s("4 Aug 1993: Arusha accords signed.", S),
             s("5 Oct 1993: Res. 872 creates UNAMIR.", S),
             s("6 Apr 1994: presidential jet downed by an RPF missile.", D),
             s("7 Apr: PM Uwilingiyimana and 10 Belgian peacekeepers killed.", S),
             s("21 Apr: Res. 912 raises UNAMIR to 5,500.", C),
             s("31 May: Capt. Mbaye Diagne killed in Kigali.", N),
             s("22 Jun: Res. 929, adopted unanimously, authorises Turquoise.", C),
             s("4 Jul: Kigali falls to the RPF.", S),
             s("Mid-Jul: 800,000 flee to Goma.", D),
             s("Jul-Aug: cholera and dysentery kill ~70,000 in the Goma camps.", D),
             s("18 Jul: Gisenyi taken.", D),
             s("8 Nov: Res. 955 creates the ICTR, with jurisdiction over all of 1994.", S)],
            [s("22 Apr 1995: Kibeho, ~4,000 dead.", D),
             s("2 Sep 1998: Akayesu, first genocide conviction by an international court.", S),
             s("1999: Akayesu acquitted on appeal.", C),
             s("2007: death penalty abolished.", S),
             s("18 Jun 2012: gacaca closes after ~400,000 cases.", C),
             s("Jan 2014: Kwibuka flame lit in Kigali, tours 30 districts.", N),
             s("Jan 2018: UN renames the 7 April day of reflection.", N),
             s("26 Mar 2021: Duclert report delivered to the French president.", S),
             s("Aug 2023: Kabuga convicted, life.", C),
             s("Sep 2023: four genocide memorials join the UNESCO World Heritage List.", N)],
            [s("Tutsi share of the population, early 1994: about one in seven.", D),
             s("Total killed in 1994: about 1 million.", D),
             s("Sources: see panel 4.")],
        ]),

    # 8. Grant proposal for an oral-history archive.
    doc("grant-proposal-oral-history.txt", "Voices from the Hills: a proposal", "grant proposal", "en",
        "acknowledges", [
            [s("Voices from the Hills: proposal for an oral-history archive"),
             s("1. Summary."),
             s("We request funding for a three-year programme to record three hundred life-history interviews with "
               "survivors, rescuers and former detainees.")],
            [s("2. Context."),
             s("The genocide against the Tutsi was carried out over roughly one hundred days between April and July "
               "1994.", S),
             s("A census in 2008 counted 309,368 survivors still alive.", S),
             s("Today perhaps 400,000 survivors remain, many of them ageing.", D),
             s("UNICEF put the number of children orphaned by the end of 1994 at 95,000.", S),
             s("Some 250,000 women and girls were raped.", D),
             s("Rwanda's ordinary courts did not begin genocide trials until 1999.", C)],
            [s("3. Existing collections."),
             s("The Aegis Trust began recording survivors' testimonies in 2004.", N),
             s("The Genocide Archive of Rwanda opened its website on 10 December 2010.", N),
             s("Its online collection now holds more than 8,000 photographs, videos, documents and recordings.", N),
             s("USC Shoah Foundation added 65 Rwandan interviews to its Visual History Archive, the first "
               "testimonies other than those of the Holocaust to be integrated.", N),
             s("The gacaca courts, which tried 1,958,634 cases before closing in 2012, left a further record.", S),
             s("Yet rescuers and the very old remain thinly represented.")],
            [s("4. Method."),
             s("Interviews will be recorded in Kinyarwanda, transcribed, and translated into English and French."),
             s("Every interviewee will be offered counselling before and after recording.")],
            [s("5. Why now."),
             s("The generation that lived through 1994 as adults is disappearing."),
             s("Denial persists too: witnesses are still accused of lying for money, an accusation this archive "
               "will help to answer.")],
        ]),

    # 9. Hard negative: academic abstract on RPF killings and the absence of prosecutions.
    doc("abstract-rpf-killings.txt", "Unprosecuted: RPF killings and the limits of accountability",
        "academic abstract", "en", "acknowledges", [
            [s("Unprosecuted: RPF killings of 1994-1995 and the limits of accountability"),
             s("Abstract.")],
            [s("This article examines killings committed by soldiers of the Rwandan Patriotic Army during and after "
               "the genocide against the Tutsi, and asks why almost none reached a court."),
             s("Human Rights Watch wrote in 1999 that RPF soldiers may have killed tens of thousands of civilians "
               "between April and July 1994.", S),
             s("A UNHCR team led by Robert Gersony estimated 25,000 to 45,000 killed between April and August, "
               "findings that were never published.", S),
             s("A former interior minister later spoke of some 60,000 dead by August 1995.", S),
             s("Our own best estimate is about 40,000 for 1994 alone.", D),
             s("With the killings of 1995 included, the total may approach 60,000.", D),
             s("At Kibeho in April 1995 at least 2,000 displaced people died.", D)],
            [s("Accountability has been minimal."),
             s("The Rwandan military says it has prosecuted 43 soldiers for war crimes and revenge killings since "
               "1994.", S),
             s("For the Kabgayi killings of June 1994, two captains who pleaded guilty were sentenced to eight "
               "years, reduced to five, and two senior officers were acquitted.", S),
             s("Among the thirteen clergy killed at Kabgayi were the Archbishop of Kigali and three other bishops.",
               C),
             s("The ICTR never indicted an RPF suspect.", S),
             s("The gacaca courts were barred from hearing RPF crimes.", S),
             s("In Spain, Judge Fernando Andreu indicted forty officers in February 2008 and said only presidential "
               "immunity protected Paul Kagame.", N)],
            [s("We argue that the tribunal's one-sided docket damaged its legitimacy."),
             s("Documenting these crimes neither denies the genocide nor makes them its equivalent.")],
        ], hard_negative=True),

    # 10. Hard negative: human-rights newsletter quoting hate media to condemn it.
    doc("newsletter-hate-media.txt", "Words that killed: Kangura, RTLM and the courts", "human-rights newsletter",
        "en", "acknowledges", [
            [s("Rights Monitor newsletter: words that killed"),
             s("This issue quotes hate media of 1990-1994 in order to condemn them; readers may find the quotations "
               "distressing.")],
            [s("Kangura, the paper edited by Hassan Ngeze, was launched in May 1990.", N),
             rep("Its November 1991 cover set a machete beside the question: \"Which weapons are we going to use to "
                 "beat the cockroaches for good?\"", N, "dehumanisation", "call_to_action"),
             rep("On RTLM in late May 1994, Kantano Habimana greeted the young men at the roadblock near the "
                 "Kimisagara slaughterhouse and told them to guard the gutter \"so that tomorrow no cockroach gets "
                 "through\".", N, "dehumanisation", "call_to_action"),
             rep("On 20 June 1994 Valérie Bemeriki said of the RPF that \"they were created to drink Rwandan blood and "
                 "to kill\".", N, "dehumanisation", "accusation_in_mirror"),
             rep("In the same broadcast she urged listeners to \"take our revenge on the Inyenzi-Inkotanyi and "
                 "exterminate them\".", N, "call_to_action", "dehumanisation"),
             s("Two days after the plane came down, she remarked on air that opposition members of the former "
               "government \"could not be found\".", N),
             s("She knew why: the Prime Minister had been murdered on 7 April.", S),
             s("Such lines are dehumanisation in its plainest form, and they were meant to be acted on.")],
            [s("The courts took years."),
             s("At the ICTR, RTLM's founder Ferdinand Nahimana ended with thirty years after appeal.", S),
             s("Ngeze's life sentence was reduced to 35 years in 2007.", S),
             s("Georges Ruggiu, a Belgian-Italian presenter who pleaded guilty, received twenty years in 2000.", C),
             s("Bemeriki herself was sentenced to life by a gacaca court in Kigali in December 2009, after admitting "
               "that she had used the radio to call for Tutsi to be killed.", N),
             s("Félicien Kabuga, accused of supporting RTLM, was found unfit to stand trial and never received a "
               "verdict.", S),
             s("By our reckoning, these broadcasts fed a slaughter of close to a million people.", D),
             s("We reprint these words so that no one can claim they were never spoken.")],
        ], hard_negative=True),

    # 11. FIXTURE (written by the team, not a quotation): French forum post, own-voice denial.
    doc("fixture-denial-fr-forum-post.txt", "Message de forum (fixture de test)", "forum post", "fr", "denies", [
        [own("Ouvrez les yeux : ce prétendu « génocide » des Tutsi n'a été qu'une mise en scène montée par le FPR et "
             "ses parrains occidentaux.", C, "fabrication", "definitional_denial"),
         own("Ce fut une guerre civile avec des morts des deux côtés, rien de plus.", C, "definitional_denial",
             "double_genocide"),
         own("Les Tutsi ne faisaient même pas 3 % de la population : d'où sortiraient donc 800 000 victimes ?", C,
             "minimisation"),
         own("Le vrai bilan ne dépasse pas 50 000 morts, toutes ethnies confondues.", C, "minimisation"),
         own("Aucune commission de l'ONU n'a jamais parlé d'un plan.", C, "spontaneity"),
         own("Les « témoins » qui défilaient à Arusha étaient payés et récitaient une leçon apprise par cœur.", None,
             "attack_on_witnesses", "fabrication"),
         s("D'ailleurs, ce tribunal des vainqueurs a fini par acquitter la plupart des accusés.", C),
         s("Partagez avant que ce message soit censuré !")],
    ]),

    # 12. FIXTURE (composite): "respectable" distortion essay, accurate facts then minimisation and blame shifting.
    doc("fixture-denial-respectable-essay.txt", "A more honest history (test fixture)", "opinion essay", "en",
        "mixed", [
            [s("On the evening of 6 April 1994 the aircraft carrying President Habyarimana was shot down as it "
               "approached Kigali.", S),
             s("The Prime Minister, Agathe Uwilingiyimana, was killed the next day, as were ten Belgian "
               "peacekeepers.", S),
             s("In the following three months a great many Rwandans, most of them Tutsi, lost their lives.", S)],
            [own("Yet the toll has been vastly exaggerated: sober demographers never found more than about 100,000 "
                 "victims.", C, "minimisation"),
             own("None of it would have happened had the RPF not invaded from Uganda on 1 October 1990.", S,
                 "blame_shifting"),
             own("What followed the President's death was popular anger, not a plan.", C, "spontaneity"),
             own("No commission ever showed that the massacres had been organised in advance.", C, "spontaneity"),
             own("To call all this a genocide is simply to take sides in a civil war.", None, "definitional_denial")],
        ], composite=True),
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
