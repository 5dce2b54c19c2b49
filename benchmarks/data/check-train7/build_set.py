"""Source of the SEVENTH TRAINING labelled set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train7/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train7/build_set.py --check  # validate the files already written

Status: training set, written blind. Its rows are meant to train the checker's learned layers, so it is not a
measure of unseen text. It was nevertheless written without reading the checker: its author did not read the
detectors (src/factfinder/check/, apart from the TECHNIQUES list in model.py), their rules, exemplars or training
data (src/factfinder/data/check/), the benchmark results, the check tests, nor any other labelled set's documents or
labels. The author read only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md (labelling
conventions), the first 40 lines of benchmarks/data/check-blind5/build_set.py and check-blind5/README.md (as
templates) and the record itself: examples/ (FACTS.md, the chronology and the sample documents),
src/factfinder/data/reference/rwanda1994_figures.yaml with its README, and the proceedings CSV. Verdicts were decided
against that record alone; facts outside it were checked with the project's search tool (README.md gives the page
and a quotation for each).

Genres: a court-watch bulletin on appeal judgments, a radio news bulletin in a commemoration week, a historian's
lecture notes on the exodus to Zaire and the Goma camps, a peacekeeping training module on UNAMIR, a researcher's
Q&A on RPF/RPA killings, a media-literacy lesson quoting Kangura and RTLM, a French book review, a French news
dispatch on the end of gacaca, a wiki-style timeline with honest errors, and three short denial fixtures (a video
comment thread, a 'revisionist' book blurb, a French forum post). Outlets, authors and commenters are invented.

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
    # 1. Court-watch bulletin (invented outlet "Court Watch"), appeal outcomes; four honest sentence errors.
    {
        "doc": "courtwatch-appeals-digest.txt",
        "title": "Court Watch, Bulletin No. 41: appeals digest",
        "genre": "court-watch bulletin",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("COURT WATCH | Bulletin No. 41 | Appeals digest"),
            ],
            [
                s("This issue gathers, for readers who joined us this year, the appeal outcomes we are asked about "
                  "most often, with the sentence each accused ended up serving."),
                s("The cases below concern the genocide of 1994, which killed at least 800,000 people, and the "
                  "incitement that preceded it.", D),
            ],
            [
                s("The most recent ruling came in Paris on 27 February 2026, when the appeal court confirmed the "
                  "14-year sentence of Claude Muhayimana, a former driver at a Kibuye guest house, for complicity "
                  "in genocide.", S),
                s("In October 2025 the same court kept Sosthène Munyemana's sentence at 24 years but raised the "
                  "minimum term he must serve from eight to twelve years.", S),
            ],
            [
                s("Among the ICTR's appeal judgments, the Media case of 28 November 2007 still generates the most "
                  "mail.", S),
                s("The Appeals Chamber reduced Ferdinand Nahimana's life sentence to 30 years, keeping his "
                  "conviction for incitement through RTLM broadcasts after 6 April 1994.", S),
                s("Jean-Bosco Barayagwiza's sentence went from 35 years down to 25.", C),
                s("Georges Ruggiu, the Belgian-Italian RTLM presenter who pleaded guilty, had been sentenced "
                  "separately to 12 years in June 2000.", S),
            ],
            [
                s("In the Military I case the Appeals Chamber, on 14 December 2011, affirmed Théoneste Bagosora's "
                  "convictions for genocide and crimes against humanity but replaced his life sentence with 35 "
                  "years.", S),
                s("Aloys Ntabakuze, whose appeal was heard separately, saw his sentence reduced to 40 years in May "
                  "2012.", C),
                s("In the Military II case, decided on 11 February 2014, the Appeals Chamber acquitted Augustin "
                  "Ndindiliyimana and François-Xavier Nzuwonemeye and cut Innocent Sagahutu's sentence from 20 to "
                  "15 years.", S),
            ],
            [
                s("The ICTR's last appeal judgment, in the Butare case, was delivered on 14 December 2015.", S),
                s("Pauline Nyiramasuhuko, the former minister for family affairs, and Arsène Shalom Ntahobali each "
                  "had a life sentence reduced to 47 years because of undue delay.", S),
                s("Sylvain Nsabimana's 25-year term was reduced to 12 years.", C),
            ],
            [
                s("Two former ministers, Justin Mugenzi and Prosper Mugiraneza, sentenced to 30 years at trial, were "
                  "acquitted on appeal in February 2013.", S),
                s("Protais Zigiranyirazo, President Habyarimana's brother-in-law, was acquitted on appeal in "
                  "2010.", C),
            ],
            [
                s("Appeals lodged after 1 July 2012 went instead to the Arusha branch of the Residual Mechanism, "
                  "which the Security Council had created by resolution 1966 in December 2010.", N),
                s("That is why Augustin Ngirabatware's appeal was decided by the Mechanism, which cut his 35-year "
                  "sentence to 30 in December 2014.", S),
                s("Félicien Kabuga was arrested in Asnières-sur-Seine, outside Paris, on 16 May 2020.", N),
                s("He will never be tried: in August 2023 the Appeals Chamber, having found him unfit, ordered an "
                  "indefinite stay of proceedings.", S),
            ],
            [
                s("Correction: in issue 40 we wrote that Rwanda's Court of Appeal upheld Léon Mugesera's life "
                  "sentence in 2019; the ruling was given on 25 September 2020.", S),
                s("Next issue: the Brussels trials."),
            ],
        ],
    },
    # 2. Radio news bulletin script, 7 April 2024 (invented station). Two honest errors (207, 2020).
    {
        "doc": "radio-bulletin-kwibuka30.txt",
        "title": "Radio Lakeshore, evening news, 7 April 2024",
        "genre": "radio news bulletin (script)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Radio Lakeshore, six o'clock news, Sunday 7 April 2024."),
            ],
            [
                s("Rwanda has begun its national week of commemoration, thirty years after the genocide against the "
                  "Tutsi.", N),
                s("This morning President Paul Kagame and the First Lady laid wreaths at the Kigali Genocide "
                  "Memorial in Gisozi, where more than 250,000 victims are buried, and lit a flame of remembrance "
                  "that is to burn for a hundred days.", N),
                s("Former US president Bill Clinton and former French president Nicolas Sarkozy were among the "
                  "foreign guests.", N),
                s("At the national ceremony in BK Arena, Mr Kagame said that staying vague about who was targeted in "
                  "the genocide was, in his words, 'a form of denial'.", N),
            ],
            [
                s("The killing began on 7 April 1994, hours after the plane carrying President Juvénal Habyarimana "
                  "was shot down near Kigali airport.", S),
                s("In roughly a hundred days more than a million people were murdered.", D),
                s("Ten Belgian peacekeepers guarding the prime minister, Agathe Uwilingiyimana, were among the first "
                  "to die.", S),
                s("Two weeks later the UN Security Council cut its force in Rwanda from 2,500 to just 207.", C),
            ],
            [
                s("In Paris, the Élysée said on Thursday that President Emmanuel Macron believes France, with its "
                  "Western and African allies, 'could have stopped the genocide' but 'did not have the will'.", N),
                s("In March 2020 a commission of historians chaired by Vincent Duclert concluded that France bore "
                  "'heavy and overwhelming responsibilities', while ruling out complicity in the legal sense.", C),
            ],
            [
                s("At the United Nations in New York, today is the International Day of Reflection on the 1994 "
                  "Genocide against the Tutsi in Rwanda.", N),
                s("In Brussels last December, a jury sentenced Séraphin Twahirwa, a former Interahamwe leader in "
                  "Kigali's Gikondo district, to life imprisonment.", S),
                s("His co-accused, the businessman Pierre Basabose, was ordered into psychiatric internment instead "
                  "of prison because of dementia.", S),
            ],
            [
                s("The genocide left some 95,000 children orphaned, and at least a quarter of a million women were "
                  "raped.", D),
                s("Commemoration events continue all week, and tomorrow we hear from survivors in Bugesera."),
            ],
        ],
    },
    # 3. Historian's lecture notes (invented course), the exodus to Zaire and the Goma camps. Hard negative:
    #    documents RPA attacks on camps and the Kibeho killings, no markers.
    {
        "doc": "lecture-notes-goma-camps.txt",
        "title": "HIST 318, week 9: the exodus to Zaire and the Goma camps, 1994-1996 (lecture notes)",
        "genre": "historian's lecture notes",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("HIST 318 - Week 9 lecture notes: the exodus to Zaire and the Goma camps, 1994-1996"),
            ],
            [
                s("Start with the map: Gisenyi sits on the border directly opposite Goma.", S),
                s("RPF troops reached Gisenyi on 16 July 1994, and the mass crossing followed within days.", D),
                s("How many crossed?"),
                s("My own working figure is about 800,000 into North Kivu in the second half of July.", D),
                s("The Goma Epidemiology Group gave 500,000 to 800,000, while a CDC report later spoke of one "
                  "million.", S),
                s("A Chicago newspaper reported on 20 July that a million refugees had already crossed.", S),
                s("Remember that this was the second exodus: the first, into Tanzania, came at the end of May.", C),
            ],
            [
                s("Then cholera."),
                s("The first strains were isolated on 20 and 21 July and the epidemic peaked on 26 July.", S),
                s("Bechen and colleagues counted 36,471 cases, half of them in a single week.", S),
                s("Water was the bottleneck: in the first week there was roughly two litres per person per day.", C),
                s("Almost 50,000 refugees died in the first month.", D),
                s("MSF's survey at Katale suggested the toll could have reached 80,000 if the camps really held a "
                  "million people.", S),
                s("Cholera alone killed an estimated 12,000 in Goma in July, according to Siddique and "
                  "colleagues.", S),
                s("Three to four weeks after the influx, acute malnutrition among children under five was around "
                  "40 percent.", C),
                s("President Clinton announced the American relief effort, Operation Support Hope, on 22 July.", N),
            ],
            [
                s("The camps were never neutral spaces."),
                s("Soldiers of the defeated army crossed with the civilians, and the authorities who had organised "
                  "the genocide quickly re-established their grip on the camp population.", S),
                s("By late August UNHCR was describing the camps in eastern Zaire as being in 'a virtual state of "
                  "war'.", S),
                s("In February 1995 the first units of a 1,500-strong Zairian security force, in UN uniforms, "
                  "began deploying in the camps at Goma.", N),
                s("In October 1996 UNHCR still counted 717,991 Rwandan refugees in North Kivu, most of them in five "
                  "camps around Goma.", N),
                s("Katale, the largest, held just over 200,000.", N),
            ],
            [
                s("AFDL and Rwandan army troops shelled Kibumba on the night of 25 to 26 October 1996, and Goma fell "
                  "on 1 November.", N),
                s("On 15 November they entered Mugunga and ordered the refugees still there to go back to "
                  "Rwanda.", N),
                s("Those who fled west instead were pursued, and the UN Mapping Report published on 1 October 2010 "
                  "documents the killings.", N),
            ],
            [
                s("By April 1995 the Kibeho camp held some 120,000 displaced people.", D),
                s("On 22 April RPA soldiers opened fire as the army closed it by force, and estimates of the dead "
                  "range from 338 to at least 4,000.", S),
                s("My own reading of the evidence is that roughly 2,000 people died that day.", D),
            ],
            [
                s("For next week: read the Lancet paper and come with questions about the 1996 return."),
            ],
        ],
    },
    # 4. Peacekeeping training module on UNAMIR (invented training centre). Four honest errors.
    {
        "doc": "training-module-unamir.txt",
        "title": "Module 4 - Case study: UNAMIR, Rwanda 1993-1996",
        "genre": "peacekeeping training module",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Module 4 - Case study: UNAMIR, Rwanda 1993-1996"),
            ],
            [
                s("Learning objectives: describe the mission's mandate, its authorised strength at each stage, and "
                  "the decisions that led to its drawdown."),
            ],
            [
                s("UNAMIR was established by Security Council resolution 872 on 5 October 1993 to help implement the "
                  "Arusha Peace Agreement.", S),
                s("That agreement had been signed in August 1993 by President Habyarimana and the RPF's Paul "
                  "Kagame.", C),
                s("Among the mission's tasks was to contribute to the security of Kigali.", S),
                s("Its authorised strength was 2,500 personnel.", S),
                s("The force commander, from October 1993 to August 1994, was the Canadian general Roméo "
                  "Dallaire.", S),
            ],
            [
                s("A coded cable Dallaire sent to New York, dated 11 January 1994, has become known as the "
                  "'genocide fax'.", N),
                s("His informant described hidden arms caches and a plan to kill Belgian soldiers.", S),
                s("Headquarters replied that the raid Dallaire proposed went beyond the mandate given by resolution "
                  "872.", N),
            ],
            [
                s("The attack on President Habyarimana's plane on 6 April was most likely the work of extremists "
                  "opposed to the Arusha deal.", D),
                s("The next day eleven Belgian peacekeepers assigned to protect Prime Minister Agathe "
                  "Uwilingiyimana were disarmed and killed at a military camp in Kigali.", C),
                s("On 14 April the Belgian foreign minister, Willy Claes, announced that Belgium's contingent of "
                  "about 420 soldiers would leave whatever the Council decided.", N),
                s("Resolution 912 of 21 April cut the mission to 270 personnel.", S),
                s("A figure you will often hear is that 800,000 people were killed while UNAMIR looked on.", D),
                s("The UN's Independent Inquiry used that figure in December 1999 and described the killing as "
                  "lasting about 100 days.", S),
            ],
            [
                s("Resolution 918 of 17 June reversed course, imposing an arms embargo and authorising up to 5,500 "
                  "troops.", C),
                s("Resolution 925 of 8 June extended the mandate to 9 December 1994.", N),
                s("In parallel, resolution 929 of 22 June unanimously authorised a French-led operation under "
                  "Chapter VII, which declared a safe humanitarian zone in the south-west.", C),
                s("When the French left on 21 August, about 2,400 African UNAMIR troops took over the zone.", S),
                s("Dallaire handed over command to another Canadian, Major-General Guy Tousignant.", N),
                s("By January 1995 the force numbered 5,740 troops.", S),
                s("In April 1995 Australian peacekeepers were at Kibeho when RPA soldiers fired on the camp, and "
                  "about 4,000 people died.", D),
                s("Resolution 997 of 9 June 1995 ordered the force cut to 2,330 troops within three months and 1,800 "
                  "within four.", N),
                s("Resolution 1029 of 12 December 1995 granted a final extension to 8 March 1996, with 1,200 "
                  "troops.", N),
            ],
            [
                s("Discussion: with 2,500 troops and a Chapter VI mandate, what could UNAMIR have done on 7 "
                  "April?"),
                s("Discussion: would a stronger mandate in January have changed the outcome, or only the blame?"),
            ],
        ],
    },
    # 5. Human-rights researcher's Q&A on RPF/RPA killings (invented NGO and researcher). Hard negative: the
    #    "both sides committed genocide" claims and a revenge justification appear only as reported.
    {
        "doc": "qa-rpa-killings-1994-1995.txt",
        "title": "Six questions on RPF killings, 1994-1995",
        "genre": "human-rights researcher Q&A",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Six questions on RPF killings, 1994-1995"),
            ],
            [
                s("Readers keep asking us about killings by soldiers of the Rwandan Patriotic Front during and after "
                  "the genocide, so we put their questions to one of our researchers."),
            ],
            [
                s("Q: Is it established that RPF soldiers killed civilians in 1994?"),
                s("A: Yes, and it is not a fringe claim: RPA soldiers killed tens of thousands of civilians that "
                  "year.", D),
                s("Human Rights Watch wrote in 1999 that RPF soldiers may have killed tens of thousands between April "
                  "and July.", S),
                s("A UNHCR team led by Robert Gersony estimated that 25,000 to 45,000 people were killed by RPA "
                  "soldiers between April and August 1994.", S),
                s("That team visited 91 sites in 41 communes in August and early September 1994, but no final "
                  "written report was ever completed.", N),
                s("My own estimate, for what it is worth, is around 30,000 for the months of the war.", D),
            ],
            [
                s("Q: Which incidents are best documented?"),
                s("A: Human Rights Watch describes the massacre of several hundred people in the Byumba stadium in "
                  "mid-April 1994.", S),
                s("Near Kabgayi, RPF soldiers killed fifteen civilians, thirteen of them clergy, among them the "
                  "Archbishop of Kigali.", S),
                s("That was on 5 June 1994.", D),
                s("Amnesty International reported in October 1994 that the RPA's abuses included hundreds of "
                  "deliberate executions.", S),
            ],
            [
                s("Q: And after the war ended?"),
                s("A: The worst single event was at Kibeho on 22 April 1995, when RPA soldiers fired on displaced "
                  "people as the army closed the camp.", S),
                s("At least 4,000 people were killed there.", D),
                s("Seth Sendashonga, interior minister in the post-genocide government, sent Paul Kagame memo after "
                  "memo about killings and disappearances attributed to RPA soldiers.", N),
                s("He was dismissed in August 1995 and shot dead in Nairobi on 16 May 1998.", N),
                s("Human Rights Watch cites an unnamed former interior minister of that period who estimated that "
                  "the RPA killed some 60,000 people between April 1994 and August 1995.", S),
            ],
            [
                s("Q: Were these killings a second genocide?"),
                rep("A: You will find websites claiming that 'both sides committed genocide' in 1994.", C,
                    "double_genocide"),
                rep("Others say that the RPF killed more Hutu than the genocide killed Tutsi.", C,
                    "double_genocide", "minimisation"),
                s("The UN Commission of Experts found crimes against humanity by individuals on both sides but no "
                  "evidence that Tutsi elements acted with intent to destroy the Hutu as a group.", S),
                s("Documenting RPF crimes does not turn 1994 into a 'double genocide', and anyone who uses our work "
                  "that way misrepresents it."),
            ],
            [
                rep("Q: Some say the killings were understandable revenge by soldiers who had found their own "
                    "families murdered.", None, "justification"),
                s("A: These were civilians, and the law makes no exception for revenge."),
            ],
            [
                s("Q: Has anyone been punished?"),
                s("A: The Rwandan military says it prosecuted 43 soldiers, and in the Kabgayi case two captains were "
                  "convicted while two senior officers were acquitted in October 2008.", S),
                s("The ICTR indicted no RPF member, and gacaca courts were barred from trying RPF crimes.", S),
                s("Carla Del Ponte, who had opened what she called 'special investigations' into the RPF, was "
                  "removed as ICTR prosecutor by the Security Council in August 2003.", N),
            ],
        ],
    },
    # 6. Media-literacy lesson quoting Kangura and RTLM to analyse them (invented course). Hard negative:
    #    the quoted extracts carry their techniques in voice `reported`.
    {
        "doc": "media-literacy-lesson-kangura-rtlm.txt",
        "title": "Lesson 6: How hate media worked in Rwanda, 1990-1994",
        "genre": "media-literacy lesson plan",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Lesson 6: How hate media worked in Rwanda, 1990-1994"),
            ],
            [
                s("Aim: students learn to recognise dehumanisation, accusation in a mirror and the call to act by "
                  "analysing short extracts, never by repeating them as slogans."),
            ],
            [
                s("Kangura was founded in May 1990 and edited from start to finish by Hassan Ngeze.", N),
                s("RTLM began broadcasting on 8 July 1993, mixing pop music and phone-ins with propaganda against "
                  "Tutsi, moderate Hutu, Belgians and UNAMIR.", N),
                s("Both prepared the ground for a genocide that killed over a million people.", D),
            ],
            [
                s("Extract A comes from Kangura No. 6, published in December 1990, which printed the so-called 'Ten "
                  "Commandments of the Bahutu'.", N),
                s("The seventh commandment demanded that the armed forces be 'exclusively Hutu'.", N),
                rep("Extract B is the cover of Kangura's November 1991 issue, where a machete is drawn beside the "
                    "question: 'Which weapons are we going to use to beat the cockroaches for good?'", N,
                    "dehumanisation", "call_to_action"),
                s("Ask the class who 'the cockroaches' are, and why the question takes it for granted that the "
                  "answer is a weapon."),
            ],
            [
                rep("Extract C: RTLM, 20 June 1994, presenter Valérie Bemeriki on the 'Inyenzi': 'It is obvious "
                    "that they were created to drink Rwandan blood and to kill.'", N,
                    "dehumanisation", "accusation_in_mirror"),
                rep("Extract D: RTLM, 2 July 1994, Kantano Habimana: 'let us simply stand firm and exterminate them, "
                    "so that our children and grandchildren do not hear that word Inkotanyi ever again.'", N,
                    "call_to_action"),
                rep("Extract E: RTLM, 15 May 1994, Habimana again, promising to fight on until everyone understood "
                    "'that a minority race cannot exterminate the majority race'.", N, "accusation_in_mirror"),
            ],
            [
                s("Look at the mirror in Extracts C and E: the broadcasters accuse the intended victims of planning "
                  "exactly what listeners were being urged to do."),
                s("Calling people cockroaches is not colourful language here; it prepares the listener to see "
                  "killing as pest control."),
            ],
            [
                s("On appeal in November 2007 the ICTR gave Ferdinand Nahimana, an RTLM founder, 30 years and Hassan "
                  "Ngeze, Kangura's editor, 35.", S),
                s("Georges Ruggiu, an RTLM presenter, pleaded guilty and was sentenced to twelve years in 2000.", S),
                s("Joseph Serugendo, RTLM's technical director, received six years in 2006 and died in custody that "
                  "August.", S),
                s("The singer Simon Bikindi was sentenced to 25 years for public incitement.", C),
                s("Valérie Bemeriki was sentenced to life by a gacaca court in Kigali in December 2009, after "
                  "admitting that she had used RTLM to call for Tutsi to be hunted down and killed.", N),
            ],
            [
                s("Homework: find one recent post that uses any of these techniques, blank out the names, and "
                  "explain in three sentences how it works."),
            ],
        ],
    },
    # 7. French book review of Hélène Dumas, Le Génocide au village (invented reviewer). Hard negative: the
    #    killers' "defensive war" and a denier's figures appear only as reported.
    {
        "doc": "compte-rendu-genocide-au-village.txt",
        "title": "Compte rendu : Hélène Dumas, Le Génocide au village (réédition 2024)",
        "genre": "compte rendu de lecture",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Hélène Dumas, Le Génocide au village. Le massacre des Tutsi au Rwanda, Paris, Points, coll. "
                  "« Points Histoire », 2024, 400 pages (première édition : Seuil, 2014).", N),
            ],
            [
                s("Dix ans après sa première parution, la réédition en poche du livre d'Hélène Dumas rappelle à quel "
                  "point il a déplacé le regard porté sur le génocide."),
                s("Chargée de recherche au CNRS, l'autrice a consacré sa thèse aux procès gacaca, travail couronné "
                  "par le prix Raymond Aron, et elle est l'une des rares historiennes françaises à parler le "
                  "kinyarwanda.", N),
                s("Son terrain est une seule commune, Shyorongi, au nord de Kigali, qui comptait environ 50 000 "
                  "habitants.", N),
                s("Quelque 10 % d'entre eux étaient tutsi, et les deux tiers de ces Tutsi ont été assassinés.", N),
                s("À l'échelle du pays, le recensement de 1991 attribuait 8,4 % de la population aux Tutsi, un "
                  "chiffre que Human Rights Watch jugeait lui-même sous-estimé.", S),
                s("La proportion réelle était sans doute plus proche de 15 %.", D),
            ],
            [
                s("Le livre met au jour la très grande proximité, géographique, sociale et familiale, entre les "
                  "tueurs et leurs victimes.", N),
                s("Dumas s'appuie sur les témoignages entendus aux procès gacaca, ces juridictions populaires qui "
                  "ont traité près de deux millions d'affaires avant leur fermeture en juin 2012.", S),
                rep("Elle restitue aussi l'imaginaire des tueurs, persuadés de mener une guerre défensive contre un "
                    "ennemi venu les exterminer.", None, "accusation_in_mirror", "role_reversal"),
                s("Cette rhétorique du miroir n'explique rien : elle fut un instrument du crime, et l'autrice ne s'y "
                  "laisse jamais prendre."),
            ],
            [
                s("Rappelons que les massacres ont commencé le 7 avril 1994, au lendemain de l'attentat contre "
                  "l'avion du président Habyarimana, dont les auteurs n'ont jamais été identifiés par un "
                  "tribunal.", S),
                s("Les estimations du nombre de victimes vont d'environ 500 000 à plus d'un million selon les "
                  "sources.", S),
                s("Pour ma part, je retiens le chiffre d'environ 800 000 morts.", D),
            ],
            [
                s("Le livre paraît dans un paysage où le négationnisme n'a pas disparu."),
                rep("En 2005, le polémiste Pierre Péan affirmait ainsi qu'on avait « compté 280 000 Tutsis "
                    "massacrés, et plus d'un million de Hutus tués depuis 1990 ».", C,
                    "minimisation", "double_genocide"),
                s("Ces chiffres ne reposent sur rien : l'équipe du HCR dirigée par Robert Gersony estimait à 25 000 "
                  "à 45 000 le nombre de personnes tuées par l'APR d'avril à août 1994.", S),
                s("Quant au TPIR, créé en novembre 1995, il n'a poursuivi aucun membre du FPR, ce qui nourrit des "
                  "critiques légitimes sans rien changer à la nature des faits.", C),
            ],
            [
                s("Dumas a depuis publié Sans ciel ni terre (La Découverte, 2020), qui a reçu le prix lycéen du "
                  "livre d'histoire de Blois en 2021.", N),
                s("Un livre dur, mais indispensable."),
            ],
        ],
    },
    # 8. French news dispatch on the closure of gacaca, 18 June 2012 (invented agency AGLP). Hard negative:
    #    reports HRW's criticism of gacaca. Three honest errors.
    {
        "doc": "depeche-cloture-gacaca.txt",
        "title": "Le Rwanda ferme ses juridictions gacaca (dépêche, 18 juin 2012)",
        "genre": "dépêche d'agence",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("KIGALI, 18 juin 2012 (AGLP) - Le Rwanda a officiellement fermé lundi ses juridictions populaires "
                  "gacaca, chargées de juger l'essentiel des auteurs présumés du génocide de 1994.", S),
                s("La cérémonie s'est tenue au Parlement, en présence d'une trentaine de délégations "
                  "étrangères.", N),
                s("« La justice gacaca a été directement administrée par le peuple et au nom du peuple », a "
                  "déclaré le président Paul Kagame, pour qui il n'y avait « pas meilleure alternative ».", N),
                s("Le ministre de la Justice, Tharcisse Karugarama, lui a remis le rapport final.", N),
            ],
            [
                s("Selon le Service national des juridictions gacaca, 1 958 634 affaires ont été jugées depuis le "
                  "lancement du processus.", S),
                s("Plus de 1,3 million d'entre elles relevaient de la troisième catégorie, celle des atteintes aux "
                  "biens comme le pillage.", S),
                s("Quelque 12 000 juridictions ont siégé à travers le pays, avec des juges bénévoles, les "
                  "« inyangamugayo », choisis pour leur intégrité.", S),
                s("Instituées par une loi organique promulguée en janvier 2001, les gacaca ont commencé à recueillir "
                  "des informations le 18 juin 2002.", N),
                s("Les premiers procès ont eu lieu en 2007 dans des juridictions pilotes.", C),
                s("Fin 2007, la secrétaire exécutive du service, Domitilla Mukantaganzwa, indiquait que près de "
                  "56 000 juges avaient été démis de leurs fonctions.", N),
                s("Environ 65 % des personnes jugées ont été condamnées.", D),
            ],
            [
                s("Human Rights Watch, qui a suivi les procès, a relevé en 2011 des irrégularités de procédure et "
                  "des cas de corruption.", S),
                s("L'organisation a aussi déploré que les crimes commis par des soldats du Front patriotique "
                  "rwandais aient été exclus de leur compétence.", S),
            ],
            [
                s("Avant les gacaca, les tribunaux classiques avaient jugé quelque 7 000 personnes entre 1996 et "
                  "2002.", S),
                s("Au printemps 1998, plus de 125 000 détenus attendaient leur procès.", S),
                s("Vingt-deux condamnés avaient été exécutés publiquement le 24 avril 1997.", C),
                s("La peine de mort a été abolie en 2008.", C),
            ],
            [
                s("La fermeture, initialement prévue pour 2007, avait été reportée à plusieurs reprises.", N),
                s("Le président a précisé que les dossiers encore en suspens seraient traités par les juridictions "
                  "ordinaires.", N),
                s("Le génocide avait fait environ un million de morts en cent jours et laissé quelque 95 000 "
                  "orphelins.", D),
            ],
        ],
    },
    # 9. Wiki-style timeline, April-July 1994 (invented community wiki). Five honest errors.
    {
        "doc": "wiki-timeline-april-july-1994.txt",
        "title": "Timeline of the genocide against the Tutsi, April-July 1994",
        "genre": "wiki-style timeline",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Timeline of the genocide against the Tutsi, April-July 1994")],
            [s("6 April - The plane carrying President Juvénal Habyarimana and Burundi's president Cyprien "
               "Ntaryamira is shot down as it approaches Kigali airport, killing everyone on board.", S)],
            [s("7 April - Soldiers kill Prime Minister Agathe Uwilingiyimana; the ten Belgian UNAMIR peacekeepers "
               "sent to guard her are killed at Camp Kigali.", S)],
            [s("7 April - Roadblocks go up across Kigali as the Presidential Guard, soldiers and militia begin "
               "killing Tutsi and opposition politicians.", S)],
            [s("9 April - French paratroopers take control of Kigali airport to evacuate foreign nationals; "
               "Opération Amaryllis lasts until 14 April.", N)],
            [s("9 April - An interim government is sworn in, with Théodore Sindikubwabo as president and Jean "
               "Kambanda as prime minister.", N)],
            [s("13 April - Tutsi who had taken refuge in the church at Kabarondo are massacred.", S)],
            [s("14 April - Belgium announces that it will withdraw its UNAMIR contingent.", N)],
            [s("Mid-April - Thousands of Tutsi sheltering in the church at Ntarama, in Bugesera, are killed.", N)],
            [s("16 April - Nyange church, in Kivumu commune, is destroyed with about 2,000 Tutsi refugees "
               "inside.", S)],
            [s("17 April - Butare's Tutsi prefect, Jean-Baptiste Habyalimana, is dismissed.", S)],
            [s("19 April - At the installation of his successor, interim president Sindikubwabo tells those who are "
               "not 'working' to get out of the way.", N)],
            [s("21 April - Massacres at the Murambi school and the parishes of Cyanika and Kaduha, in "
               "Gikongoro.", S)],
            [s("21 April - Resolution 912 cuts UNAMIR to 270 personnel.", S)],
            [s("28-29 April - More than 250,000 Rwandans cross into Ngara, Tanzania, within 24 hours.", S)],
            [s("17 May - Resolution 918 imposes an arms embargo and authorises an expanded UNAMIR of 5,500 "
               "troops.", S)],
            [s("4 June - RPF soldiers kill thirteen clergy, among them the Archbishop of Kigali, near "
               "Kabgayi.", D)],
            [s("8 June - Resolution 925 extends UNAMIR's mandate until 9 December.", N)],
            [s("22 June - Resolution 929 authorises Opération Turquoise, with ten votes in favour and five "
               "abstentions.", S)],
            [s("23 June - French troops declare a safe humanitarian zone in the south-west.", C)],
            [s("1 July - Resolution 955 asks for a Commission of Experts on violations of humanitarian law.", C)],
            [s("4 July - The RPF takes Kigali and Butare.", S)],
            [s("14 July - The RPF takes Gisenyi, and hundreds of thousands flee across the border to Goma.", C)],
            [s("19 July - A government of national unity takes office, with Pasteur Bizimungu as president and "
               "Faustin Twagiramungu as prime minister.", S)],
            [s("21 July - Opération Turquoise ends as the last French troops leave the zone.", C)],
            [s("Late July - Cholera sweeps the Goma camps, killing close to 80,000 refugees.", D)],
            [s("Background: Tutsi made up about 15% of Rwanda's population in early 1994.", D)],
            [s("Death toll: probably around 800,000, although the Rwandan government's 2002 count found 1,074,017 "
               "victims.", D)],
            [s("See also: International Criminal Tribunal for Rwanda (created November 1994, closed December "
               "2012).", C)],
        ],
    },
    # 10. FIXTURE, composite: comment thread under a documentary; one commenter minimises, two correct him.
    {
        "doc": "fixture-denial-comment-thread.txt",
        "title": "Comments under a documentary video (fixture)",
        "genre": "video comment thread",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [own("@kivu_truth77: nice doc but 800k is a fairy tale, serious historians say maybe 50,000 died and "
                 "mostly in the fighting", C, "minimisation", "fabrication")],
            [own("@kivu_truth77: it was a civil war, the RPF invaded from Uganda in 1990 and everyone was killing "
                 "everyone", S, "definitional_denial", "blame_shifting", "spontaneity")],
            [s("@Uwase_M: The UN Commission of Experts found in 1994 that the genocide against the Tutsi was "
               "carried out in a 'concerted, planned, systematic and methodical' way.", S),
             s("Human Rights Watch, which also documented RPF crimes, concluded that at least half a "
               "million people were killed in the genocide.", S)],
            [own("@kivu_truth77: HRW just repeats whatever Kigali feeds them lol", None, "attack_on_witnesses")],
            [s("@jp_lemaire: Jean Kambanda, the prime minister of the interim government, pleaded guilty to "
               "genocide and was sentenced to life.", S),
             s("The RPF killings are real too, a UNHCR team estimated 25,000 to 45,000 dead, but "
               "that does not make it two genocides.", S)],
            [own("@kivu_truth77: whatever, Tutsi were 5% max so your numbers can't even add up", C,
                 "minimisation")],
        ],
    },
    # 11. FIXTURE: back-cover blurb of an invented 'revisionist' book. Own-voice denial.
    {
        "doc": "fixture-denial-revisionist-blurb.txt",
        "title": "Back-cover blurb of a 'revisionist' book (fixture)",
        "genre": "book blurb",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("For thirty years the world has been sold a single, convenient story about Rwanda.", None,
                    "fabrication"),
                own("In this fearless investigation, the author shows that the so-called “genocide” was in reality "
                    "the chaos of a civil war that the RPF started by invading from Uganda in October 1990.", C,
                    "definitional_denial", "spontaneity", "blame_shifting"),
                own("It was the RPF, he proves, that shot down President Habyarimana's plane to seize power.", D,
                    "blame_shifting"),
                own("Drawing on “forgotten” archives, he shows how the famous death toll was manufactured in "
                    "Kigali, multiplied several times over to attract aid and silence critics.", C,
                    "minimisation", "fabrication"),
                own("The Hutu peasants who took up machetes were not monsters but fathers defending their families "
                    "from an enemy that had come to exterminate them.", C,
                    "role_reversal", "justification", "accusation_in_mirror"),
                own("Two peoples were massacred, two genocides were committed, and only one has been allowed to "
                    "mourn.", C, "double_genocide"),
                own("He exposes the Arusha tribunal as a victors' court that bought its witnesses, and the "
                    "“official historians” who would rather you never read this book.", None,
                    "attack_on_witnesses"),
            ],
        ],
    },
    # 12. FIXTURE: French forum post, own-voice denial.
    {
        "doc": "fixture-denial-fr-forum-post.txt",
        "title": "Message sur un forum (fixture)",
        "genre": "message de forum",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Franchement, arrêtez avec vos « 800 000 morts », personne n'a jamais compté sérieusement.", C,
                    "minimisation", "fabrication"),
                own("Le prétendu « génocide » a été décrété après coup par le FPR pour justifier sa prise du "
                    "pouvoir.", C, "definitional_denial", "fabrication"),
                own("Ce sont les rebelles de Kagame qui ont abattu l'avion le 6 avril, tout le monde le sait, et "
                    "c'est ça qui a mis le feu aux poudres.", D, "blame_shifting", "spontaneity"),
                own("Les gens ont réagi sous le coup de la colère après la mort de leur président, il n'y avait "
                    "aucun plan.", C, "spontaneity"),
                own("Quant au TPIR, il n'a condamné qu'une poignée de seconds couteaux, sur la foi de témoins payés "
                    "par Kigali.", C, "attack_on_witnesses"),
                own("Les vrais massacreurs sont au pouvoir à Kigali depuis 1994, avec des millions de Hutu tués, "
                    "mais ça, on n'a pas le droit de le dire.", C,
                    "role_reversal", "double_genocide", "fabrication"),
                s("Partagez avant que ce soit supprimé."),
            ],
        ],
    },
]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:], DOCS, HERE))
