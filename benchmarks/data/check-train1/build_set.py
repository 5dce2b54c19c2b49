"""Source of the FIRST TRAINING labelled set for `factfinder check` (check-train1), written for the learned
second look (the learned layer of the checker), not for scoring.

    python benchmarks/data/check-train1/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train1/build_set.py --check  # validate the files already written

A TRAINING set: its sentences, verdicts and markers are meant to become training rows for the checker's learned
layers. It was written BLIND: its author did not read the detectors (src/factfinder/check/), their rules,
exemplars or training data (src/factfinder/data/check/), the benchmark results, the check tests, nor any other
labelled set's documents or labels (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for
the labelling conventions, the first lines of the check-blind5 build script as a template for this header, and
check-blind5/README.md as a template for the README's structure). Verdicts were decided against the record
alone: examples/ (FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and
the proceedings CSV. Genres: a wire-service explainer, a radio bulletin, a court-watch blog on appeals, an NGO
retrospective on Goma, a seminar handout on UNAMIR, a French magazine article on the French inquiry and
Opération Turquoise, an encyclopedia entry on RPF/RPA crimes and Kibeho, an op-ed on the ICTR's one-sidedness,
a French summary of survivors' figures, a quiz, and two short denial fixtures.

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
    # 1. Wire-service backgrounder
    doc("explainer-hundred-days.txt", "Explainer: how the genocide against the Tutsi unfolded", "explainer", "en",
        "acknowledges", [
            [s("EXPLAINER: A hundred days in 1994, and the years that led up to them")],
            [s("Rwanda's civil war started when the Rwandan Patriotic Front, a movement built largely by Tutsi exiles, "
               "crossed into the country from Uganda on the first day of October 1990.", S),
             s("Tutsi then made up roughly one Rwandan in twelve.", D),
             s("Negotiations dragged on for nearly three years before the two sides signed a settlement in the "
               "Tanzanian town of Arusha in August 1993.", S),
             s("Barely eleven weeks later, on 21 October 1993, Burundi's first Hutu head of state, Melchior Ndadaye, "
               "was killed during a failed army coup next door.", N),
             s("In early October 1993 the Security Council had answered the Arusha deal by setting up a peacekeeping "
               "mission, UNAMIR.", S)],
            [s("The trigger came on the evening of 6 April 1994, when the jet bringing President Juvénal Habyarimana "
               "home from talks in Tanzania was brought down as it approached Kigali.", S),
             s("The missiles were fired from the Kanombe barracks by soldiers of the president's own army.", D),
             s("Within hours, government soldiers had killed the prime minister, Agathe Uwilingiyimana, along with the "
               "ten Belgian blue helmets assigned to protect her.", S)],
            [s("A fortnight into the slaughter, on 21 April, the Council voted to shrink the UN force to a token "
               "presence of about 270.", S),
             s("It changed course on 17 June, authorising a force of 5,500 and banning arms deliveries to Rwanda.", C),
             s("By the most widely repeated estimate, some 800,000 people were killed in roughly a hundred days.", D),
             s("Human Rights Watch, which documented the killings in detail, concluded that at least half a million "
               "people died, about three quarters of the Tutsi then living in the country.", S),
             s("The government's own count, finished in 2002, went much higher, listing 1,074,017 dead between "
               "October 1990 and the end of 1994.", S),
             s("Hundreds of thousands of women were raped.", D)],
            [s("The killing ended as the RPF won the war; its troops entered Kigali on 4 July.", S),
             s("France had meanwhile sent in a force under a UN mandate voted on 22 June and declared a protected zone "
               "in the south-west.", S),
             s("As the rebels took Gisenyi on 18 July, a vast crowd streamed across the border into Zaire "
               "around Goma.", D),
             s("Roughly a million people crossed in less than a week.", D),
             s("On 19 July a new government took office, with Faustin Twagiramungu as president.", C)],
            [s("In November 1994 the Security Council created an international tribunal to try crimes committed in "
               "Rwanda that year.", S),
             s("The court, which sat in Arusha, delivered its first genocide conviction in September 1998, against a "
               "former mayor, Jean-Paul Akayesu.", S),
             s("It shut its doors at the end of 2014 after indicting 93 people.", C),
             s("Since a General Assembly vote in December 2003, 7 April has been observed as an international day of "
               "reflection on the genocide.", N),
             s("Rwanda's community gacaca courts, wound up in 2012, dealt with close to two million cases.", S)],
        ]),

    # 2. Radio news bulletin
    doc("radio-bulletin-anniversary.txt", "Evening news bulletin, anniversary of the genocide (transcript)",
        "radio_transcript", "en", "acknowledges", [
            [s("PRESENTER: Good evening, here is the seven o'clock news."),
             s("Rwanda is remembering the victims of the genocide against the Tutsi today."),
             s("The massacres started on 7 April 1994, the morning after the president's plane was shot down.", S),
             s("The UN General Assembly made this date an international day of reflection in a resolution it "
               "adopted on 23 December 2003.", N),
             s("Rwanda has asked that the day be marked around the world with a minute's silence at noon.", N),
             s("Our correspondent sent this report from Kigali.")],
            [s("REPORTER: At the memorial this morning, survivors laid flowers for relatives they lost three decades "
               "ago."),
             s("Officials here say well over a million people were murdered in the space of a hundred days.", D),
             s("The government's census of victims, published in 2002, put the figure at just over one million and "
               "seventy-four thousand, counting from October 1990.", S),
             s("Independent researchers say the true figure is closer to half a million.", D),
             s("Officials also say that at least a quarter of a million women were raped.", D),
             s("One woman told me she was twelve when she hid in a papyrus swamp for six weeks.")],
            [s("PRESENTER: Justice has been slow in coming."),
             s("The UN tribunal in Arusha, which closed in December 2015, convicted 61 people and acquitted 14.", S),
             s("At home, the community courts known as gacaca heard nearly 1.96 million cases before they were shut "
               "in June 2012.", S),
             s("Twenty-two people sentenced for genocide were executed in public in April 1998, and the death "
               "penalty has remained on Rwanda's statute book ever since.", C),
             s("The alleged financier Félicien Kabuga will never be tried: appeal judges ordered an indefinite stay of "
               "his case in August 2023 after he was found unfit.", S),
             s("In March 2021 a commission of French historians found that France bore heavy and damning "
               "responsibilities, while ruling out complicity in the legal sense.", S),
             s("The French judicial investigation of the attack ended in 2022 with the conviction of two RPF "
               "officers.", C)],
            [s("PRESENTER: That report was from our correspondent in Kigali.")],
        ]),

    # 3. Court-watch blog
    doc("courtwatch-appeals-desk.txt", "Appeals Desk: what the Appeals Chamber changed", "blog", "en",
        "acknowledges", [
            [s("Appeals Desk: the sentences that moved on appeal")],
            [s("Trial verdicts at the Rwanda tribunal were often not the final word, so this week we look at how the "
               "appeal judges rewrote some of them.")],
            [s("Théoneste Bagosora, the defence ministry's directeur de cabinet whom prosecutors called the mastermind "
               "of the killings, was given life at first instance in December 2008.", S),
             s("Three years on, the appeal bench cut that to 35 years after reversing a number of findings.", S),
             s("His co-accused Anatole Nsengiyumva did even better: his life term became fifteen years and he was "
               "released for time already served.", S),
             s("Aloys Ntabakuze, who commanded the para-commando battalion, had his life sentence upheld in full in "
               "May 2012.", C),
             s("The fourth defendant, Gratien Kabiligi, had already been cleared of every charge at trial.", S)],
            [s("In the so-called media case, decided on appeal in November 2007, Ferdinand Nahimana, a founder of RTLM radio, went from life to thirty years, and Hassan Ngeze, who "
               "edited Kangura, from life to thirty-five.", S),
             s("Jean-Bosco Barayagwiza's term was brought down to twenty-seven years.", C),
             s("The station's Belgian-Italian presenter, Georges Ruggiu, had pleaded guilty long before and received "
               "fifteen years in 2000.", C)],
            [s("Acquittals on appeal were rarer, but they did happen."),
             s("Protais Zigiranyirazo, brother-in-law of the late president, saw his twenty-year sentence quashed in "
               "November 2009.", S),
             s("In February 2012 two former interim-government ministers, Justin Mugenzi and Prosper Mugiraneza, were "
               "acquitted after each had received thirty years at trial.", C),
             s("In February 2014 the chamber overturned every conviction of the former gendarmerie chief of staff Augustin "
               "Ndindiliyimana and of the reconnaissance battalion commander François-Xavier Nzuwonemeye.", S)],
            [s("Sometimes the prosecution came out ahead: Laurent Semanza's term rose from 25 to 35 years in May 2005.",
               S),
             s("Juvénal Kajelijeli's life terms, by contrast, were converted to 35 years because his rights had been "
               "violated during his arrest and detention.", C)],
            [s("The longest case of all, the Butare trial, ended on 14 December 2015 with the last judgment the "
               "tribunal ever pronounced.", S),
             s("Pauline Nyiramasuhuko, the former minister for the family, had her life sentence confirmed that day.",
               C),
             rep("At the hearing one defence lawyer had insisted that \"what happened in Butare was a spontaneous "
                 "explosion of anger, never a plan\".", C, "spontaneity")],
            [s("Since the tribunal closed, its remaining work has been handled by a residual mechanism that the "
               "Security Council created on 22 December 2010.", N),
             s("The mechanism's Arusha branch opened in July 2012.", N),
             s("Its prosecutor since 29 February 2016 has been Serge Brammertz.", N),
             s("Its appeal judges cut Augustin Ngirabatware's sentence from 35 to 30 years in December 2014 after "
               "reversing a rape conviction.", S),
             s("And in August 2023 they halted the case of Félicien Kabuga indefinitely, so the businessman accused of "
               "funding the killings will never hear a verdict.", S)],
        ]),

    # 4. NGO retrospective on Goma
    doc("ngo-goma-retrospective.txt", "Looking back: Goma, summer 1994", "ngo_retrospective", "en",
        "acknowledges", [
            [s("Looking back: Goma, summer 1994")],
            [s("Those of us who worked in the camps around Goma still measure every emergency against that July."),
             s("The exodus began as the RPF pushed towards Gisenyi, which it reached on 16 July.", D),
             s("Over the next few days between half a million and 800,000 people crossed into North Kivu, according "
               "to the epidemiologists who later studied the influx.", S),
             s("In reality the number was probably nearer a million.", D)],
            [s("Water was the first crisis: in the first week each person had roughly two hundred millilitres a day.",
               S),
             s("Cholera was confirmed in the laboratory on 20 and 21 July.", S),
             s("The epidemic did not peak until the second week of August.", C),
             s("More than 36,000 cases were recorded in all, half of them within a single week.", S),
             s("Cholera on its own killed about 12,000 refugees in Goma that July.", S),
             s("Altogether, close to 50,000 refugees died in the first month.", D),
             s("A mortality survey in Katale camp suggested in August that the toll since mid-July might be as high "
               "as 80,000.", S),
             s("By the second month the daily death rate had fallen below one per ten thousand.", C)],
            [s("Foreign militaries joined the relief effort."),
             s("President Clinton announced a US operation, Support Hope, on 22 July, and American army units set up "
               "a large water-supply system for the camps.", N),
             s("On 14 August the UN refugee agency asked aid organisations to stop airlifting food into Goma.", N),
             s("The French troops of Opération Turquoise had already left the region in mid-July, before the cholera "
               "struck.", C)],
            [s("The camps did not empty quickly."),
             s("In late September 1996 the UN refugee agency still counted 717,991 Rwandan refugees in North Kivu, "
               "most of them in five camps around Goma.", N),
             s("Kibumba alone held close to 195,000 people, and Mugunga some 156,000.", N),
             s("After Rwandan army soldiers attacked one of the camps in October 1996, Mugunga swelled to about "
               "420,000 people and was called the biggest refugee camp in the world.", N),
             s("Within a week of 15 November 1996, an estimated half a million refugees had walked back across the "
               "border into Rwanda.", N),
             s("Nothing we did in Goma could undo what had been done inside Rwanda in the hundred days before.")],
        ]),

    # 5. Seminar handout on UNAMIR
    doc("seminar-handout-unamir.txt", "Seminar handout: UNAMIR's mandate and strength, 1993-1996",
        "teaching_handout", "en", "acknowledges", [
            [s("Week 6 handout: UNAMIR from its mandate to its withdrawal")],
            [s("Part one covers the establishment of the mission."),
             s("Resolution 872, adopted on 5 October 1993, created the mission to help implement the Arusha "
               "agreement.", S),
             s("Its authorised ceiling was 4,500 personnel.", C),
             s("General Roméo Dallaire commanded the force from October 1993 until August 1994.", S),
             s("On 5 April 1994, the day before the plane was shot down, resolution 909 extended the mandate until "
               "29 July.", N)],
            [s("Part two covers April to July 1994."),
             s("On 21 April, resolution 912 cut the force to roughly 270.", S),
             s("That vote was split, with several African members opposing the cut.", C),
             s("Resolution 918 of 17 May then authorised an expanded force of 5,500 troops.", S),
             s("On 8 June, resolution 925 extended the mandate to 9 December 1994 and endorsed the deployment of "
               "additional battalions.", N),
             s("Resolution 929 of 22 June authorised a separate French-led operation under Chapter VII; it passed "
               "unanimously.", C),
             s("When that operation ended on 21 August, some 2,400 African peacekeepers took over the safe zone.", S)],
            [s("Part three covers the period after the genocide."),
             s("By January 1995 the mission's strength stood at 5,740 troops.", S),
             s("The mission never had more than 3,000 soldiers on the ground at any point.", C),
             s("Resolution 965 of 30 November 1994 had already extended it to 9 June 1995 and added the security of "
               "tribunal staff and human-rights officers to its tasks.", N),
             s("When the army opened fire at Kibeho on 22 April 1995, at least 4,000 displaced people were "
               "killed.", D),
             s("In June 1995, resolution 997 prolonged the mandate to 8 December and ordered the force cut to 2,330 "
               "within three months.", N),
             s("Resolution 1029 of 12 December 1995 granted a final extension to 8 March 1996 at a strength of 1,200 "
               "troops.", N),
             s("The same resolution called for the complete withdrawal to take place within six weeks of the "
               "mandate's expiry.", N)],
            [s("For discussion: was the April drawdown the Council's decision or the troop contributors'?"),
             s("And did the May resolution come too late to matter?")],
        ]),

    # 6. French magazine article
    doc("magazine-fr-turquoise-enquete.txt", "Rwanda, la France et l'enquête sans fin", "magazine", "fr",
        "acknowledges", [
            [s("Rwanda, la France et trente ans d'enquête")],
            [s("Le 8 avril 1994, deux jours après l'attentat, Paris déclenche l'opération Amaryllis pour évacuer ses "
               "ressortissants de Kigali.", N),
             s("En moins d'une semaine, près de 1 500 personnes, dont environ 450 Français, sont évacuées, et "
               "l'opération s'achève le 14 avril.", N)],
            [s("Le 22 juin, le Conseil de sécurité autorise une intervention humanitaire sous direction française, "
               "l'opération Turquoise.", S),
             s("Sur les collines de Bisesero, une patrouille française tombe le 27 juin sur des rescapés tutsi "
               "pourchassés par les miliciens ; les secours n'arrivent que trois jours plus tard.", N),
             s("Le 5 juillet, une zone humanitaire sûre est instaurée dans le sud-ouest, entre Cyangugu, Kibuye et "
               "Gikongoro.", S),
             s("Plus d'un million de réfugiés passent alors la frontière vers Goma en quelques jours.", D),
             s("Les derniers soldats de Turquoise quittent la zone le 21 septembre 1994.", C)],
            [s("En novembre 2006, le juge Jean-Louis Bruguière signe neuf mandats d'arrêt visant des proches de Paul "
               "Kagame.", S),
             s("Kigali rompt aussitôt ses relations diplomatiques avec Paris ; elles ne seront rétablies qu'en 2012.",
               C),
             s("En janvier 2010, le rapport rwandais Mutsinzi impute le tir à des militaires hutu du camp de Kanombe.",
               S),
             s("Deux ans plus tard, les experts mandatés par les juges Trévidic et Poux situent eux aussi la zone de "
               "tir du côté de Kanombe, alors tenu par l'armée gouvernementale.", S),
             s("C'est donc la garde présidentielle qui a abattu l'avion, la chose est désormais établie.", D),
             s("Le 21 décembre 2018, les juges d'instruction rendent pourtant un non-lieu, faute de charges "
               "suffisantes.", S),
             s("La cour d'appel le confirme en juillet 2020, et la Cour de cassation clôt définitivement le dossier le "
               "15 février 2022.", S)],
            [s("Entre-temps, le 5 avril 2019, Emmanuel Macron a confié à l'historien Vincent Duclert une commission "
               "chargée de dépouiller les archives françaises.", N),
             s("Remis le 26 mars 2021, son rapport conclut à des « responsabilités lourdes et accablantes » de la "
               "France.", S),
             s("Il retient en outre la complicité de la France au sens juridique.", C),
             s("Deux mois plus tard, le 27 mai, le président vient à Kigali « reconnaître nos responsabilités », sans "
               "toutefois présenter d'excuses.", N),
             s("Le génocide avait fait, selon l'ONU, environ 800 000 morts.", S),
             s("En réalité, plus d'un million de Tutsi ont péri.", D)],
        ]),

    # 7. Encyclopedia entry on RPF/RPA crimes (hard negative)
    doc("encyclopedia-rpa-killings-kibeho.txt", "Killings by the Rwandan Patriotic Army (1994-1995)",
        "encyclopedia", "en", "acknowledges", [
            [s("Killings by the Rwandan Patriotic Army (1994-1995)")],
            [s("This entry covers crimes committed by soldiers of the Rwandan Patriotic Front and its army while they "
               "fought and defeated the regime responsible for the genocide against the Tutsi."),
             s("Recording these crimes does not diminish the genocide, which the UN Commission of Experts found to "
               "have been carried out in a concerted, planned and systematic way.", S)],
            [s("According to Human Rights Watch, RPF soldiers massacred several hundred people in the Byumba stadium "
               "in mid-April 1994.", S),
             s("In early June, near Kabgayi, they killed fifteen civilians, thirteen of them clergy, among them the "
               "Archbishop of Kigali.", S),
             s("The killings took place on 4 June.", D),
             s("The RPF's own radio station announced the deaths on 18 June.", C),
             s("A team working for the UN refugee agency under Robert Gersony estimated that RPA soldiers killed "
               "between 25,000 and 45,000 people from April to August 1994.", S),
             s("Its findings were suppressed, and for years the UN denied that any such report existed.", N),
             s("Those soldiers may well have killed tens of thousands of civilians in the four months of fighting.",
               D),
             s("In total, RPA soldiers killed around 60,000 people between April 1994 and August 1995.", D)],

            [s("The worst single massacre came a year later at Kibeho, a camp for displaced people in the south-west "
               "that held about 120,000 people.", D),
             s("On 22 April soldiers fired into the crowd.", S),
             s("About 2,000 people were killed.", D),
             s("The government gave a toll of 338, whereas Australian peacekeepers on the spot estimated at least "
               "4,000.", S),
             s("The Red Cross reported that evening that hundreds had died and that at least 15,000 people were still "
               "inside the camp.", N),
             s("The UN Secretary-General's special representative at the time, Shaharyar Khan, later wrote that "
               "between 1,200 and 1,500 people were killed.", N)],
            [s("Accountability has been very limited."),
             s("The international tribunal never indicted a single member of the RPF.", S),
             s("In 2008 a Rwandan military court tried the Kabgayi case: two captains who confessed received eight "
               "years, later cut to five, and two senior officers were acquitted.", S),
             s("The army said in 2008 that it had prosecuted 43 soldiers since 1994 for war crimes and revenge "
               "killings.", S),
             s("The gacaca courts, closed in 2012, had no jurisdiction over crimes by RPF soldiers.", S),
             s("The Commission of Experts did find evidence that RPF units intended to destroy the Hutu as a group.",
               C),
             s("In August 2003 the Security Council removed Carla Del Ponte as the tribunal's prosecutor; she said "
               "Kigali had lobbied against her because she meant to look into reprisal killings by the army.", N),
             s("A UN mapping report released on 1 October 2010 found that later attacks on Hutu refugees in Congo "
               "could, if proven before a competent court, be characterised as crimes of genocide.", N)],
        ], hard_negative=True),

    # 8. Op-ed criticising the ICTR (hard negative)
    doc("oped-arusha-one-way.txt", "Opinion: A tribunal that looked only one way", "opinion", "en",
        "acknowledges", [
            [s("Opinion: Arusha's unfinished business")],
            [s("The Rwanda tribunal deserves credit for what it did achieve."),
             s("It handed down the first judgment by an international court for genocide and was the first to rule "
               "that rape could be an act of genocide.", S),
             s("It convicted a former prime minister, Jean Kambanda, who pleaded guilty and was sentenced to life in 2001.",
               C)],
            [s("Yet in twenty-one years it never charged anyone from the side that won the war.", S),
             s("Human Rights Watch said so in December 2008, noting that not one of the serious crimes committed by "
               "the RPF in 1994 had been prosecuted.", S),
             s("The UN's own Commission of Experts had asked for the violations attributed to the RPF to be "
               "investigated further.", S),
             s("Estimates of those killed by RPF troops range from 25,000 to 45,000 in the UNHCR team's reckoning to "
               "\"tens of thousands\" in Human Rights Watch's.", S),
             s("The true number killed by the RPA in 1994 was almost certainly above 45,000.", D),
             s("When the prosecutor Carla Del Ponte moved towards such cases, the Security Council took the Rwanda "
               "post away from her in August 2003.", N),
             s("Her successor, the Gambian judge Hassan Bubacar Jallow, was appointed with effect from 15 September "
               "2003.", N),
             s("The Kabgayi killings were left to a Rwandan military court, which acquitted the two senior officers "
               "and gave the two captains who confessed eight years.", S)],
            [s("The tribunal indicted 93 people, all of them from the defeated side.", S),
             s("Of those, only eight walked free.", C),
             s("None of this excuses a single machete blow of 1994."),
             s("But a court that hears only one side's dead leaves the other side's families with no judge at all.")],
        ], hard_negative=True),

    # 9. French summary of survivors' figures
    doc("rapport-fr-rescapes-chiffres.txt", "Synthèse : les victimes et les rescapés en chiffres", "report_summary",
        "fr", "acknowledges", [
            [s("Synthèse : ce que disent les chiffres, trente ans après")],
            [s("Cette note résume les données publiques sur les victimes et les rescapés du génocide perpétré contre "
               "les Tutsi.")],
            [s("Le recensement des victimes conduit par l'État rwandais a dénombré 1 074 017 morts entre octobre 1990 "
               "et décembre 1994.", S),
             s("En 2004, un ministère a publié le chiffre de 937 000 victimes dont on connaissait le nom, l'âge et le "
               "lieu de naissance.", S),
             s("Au total, le génocide a fait un million de morts.", D),
             s("Les Tutsi formaient alors à peine 8 % de la population.", D),
             s("Selon l'UNICEF, 300 000 enfants figuraient parmi les victimes.", S)],
            [s("Les violences sexuelles ont été massives : au moins 350 000 femmes ont été violées.", D),
             s("L'organisation SURF avance une fourchette de 250 000 à 500 000.", S),
             s("Les grossesses issues de viols seraient comprises entre 2 000 et 5 000 selon Human Rights Watch, "
               "tandis que SURF évoque jusqu'à 20 000 enfants nés de viols.", S)],
            [s("Le génocide a laissé 95 000 orphelins.", D),
             s("Un recensement des rescapés a compté 74 642 orphelins, 27 733 veuves et 12 074 personnes "
               "handicapées.", S),
             s("Il reste aujourd'hui quelque 400 000 rescapés.", D),
             s("Les juridictions gacaca, fermées en juin 2010, ont jugé près de deux millions d'affaires.", C)],
            [s("L'association des veuves AVEGA Agahozo est née le 15 janvier 1995, à l'initiative de cinquante veuves "
               "de Kigali.", N),
             s("Elle réunit aujourd'hui quelque 20 000 veuves.", N),
             s("Parmi ses membres, 1 599 vivent avec le VIH à la suite des violences sexuelles subies pendant le "
               "génocide.", N),
             s("IBUKA, qui fédère les associations de rescapés, a été fondée en 1995 et reconnue par l'État en 2001.",
               N),
             s("Le Fonds d'assistance aux rescapés du génocide (FARG) est alimenté pour l'essentiel par 6 % des "
               "recettes internes de l'État.", N),
             s("Près de 110 000 enfants et orphelins ont bénéficié de son programme d'éducation.", N)],
        ]),

    # 10. Quiz with answers
    doc("quiz-rwanda-1990-2015.txt", "Quiz: Rwanda 1990-2015, with answers", "quiz", "en", "acknowledges", [
        [s("Quiz: fifteen questions on Rwanda, 1990 to 2015 (answers follow each question)")],
        [s("1. When did Rwanda gain independence?"),
         s("Rwanda became independent from Belgium on 1 July 1962.", N)],
        [s("2. Where and when were the peace accords between the government and the RPF signed?"),
         s("They were signed in Arusha, Tanzania, in August 1992.", C)],
        [s("3. How many Belgian peacekeepers were killed on 7 April 1994?"),
         s("Twelve Belgian peacekeepers died that day.", C)],
        [s("4. What did resolution 918 do?"),
         s("It imposed an arms embargo on Rwanda and authorised up to 5,500 troops.", S)],
        [s("5. When did the RPF take Kigali?"),
         s("RPF troops took the capital on 4 July 1994, the same day they captured Butare.", S)],
        [s("6. What happened at the Tanzanian border at the end of April 1994?"),
         s("More than a quarter of a million people crossed into Tanzania within twenty-four hours.", S)],
        [s("7. How many people were killed at Kibeho on 22 April 1995?"),
         s("Exactly 338 people died at Kibeho.", D)],
        [s("8. When was Paul Kagame sworn in as president?"),
         s("He took the oath of office on 22 April 2000.", N)],
        [s("9. Who was the first person convicted of genocide by an international court?"),
         s("Jean-Paul Akayesu, the former bourgmestre of Taba, convicted on 2 September 1998.", S)],
        [s("10. How many cases did the gacaca courts try?"),
         s("They tried 1,958,634 cases.", S)],
        [s("11. What share of Rwanda's population was Tutsi on the eve of the genocide?"),
         s("About one Rwandan in seven was Tutsi.", D)],
        [s("12. When did the Rwanda tribunal close?"),
         s("It closed on 31 December 2015, after some twenty-one years.", S)],
        [s("13. How many people were killed in the genocide?"),
         s("Around one million people were killed.", D)],
        [s("14. Who shot down the president's plane?"),
         s("Extremists in the Rwandan army did, as a French court ruled in 2018.", C)],
        [s("15. What was the US relief operation for the Goma camps called?"),
         s("It was Operation Support Hope, announced by President Clinton on 22 July 1994.", N)],
    ]),

    # 11. Fixture: video-comment denial
    doc("fixture-denial-video-comment.txt", "Comment under a video (fixture)", "comment", "en", "denies", [
        [own("lol another \"genocide\" documentary, nobody ever tells the real story", None, "definitional_denial"),
         own("It was a civil war between two armies, not a genocide.", C, "definitional_denial"),
         own("Maybe 50,000 people died on all sides and most of them were soldiers.", C, "minimisation",
             "fabrication"),
         own("The famous 800,000 was made up by the RPF to pull in Western aid money.", C, "fabrication"),
         own("Even the UN experts admitted there was never any plan to exterminate anyone.", C, "definitional_denial",
             "fabrication"),
         own("The real victims were the Hutu, millions of them slaughtered by Kagame's army.", C, "double_genocide",
             "role_reversal"),
         own("Wake up and share this before they delete it.", None, "call_to_action")],
    ]),

    # 12. Fixture: revisionist newsletter (composite)
    doc("fixture-denial-revisionist-newsletter.txt", "Newsletter paragraph (fixture)", "newsletter", "en", "mixed", [
        [s("In April 1994 President Habyarimana's plane was shot down near Kigali, and mass killings followed across "
           "the country.", S),
         s("On 7 April soldiers murdered the prime minister and ten Belgian peacekeepers.", S),
         s("Two weeks later the UN force was cut to some 270 personnel.", S),
         own("What followed, however, was no planned extermination: peasants terrified by the invasion lashed out in "
             "panic.", C, "spontaneity", "justification"),
         own("The toll has been inflated many times over; the real number of Tutsi dead was a few tens of thousands "
             "at most.", C, "minimisation"),
         own("The true culprit is the RPF, which shot down the plane knowing exactly what would follow.", D,
             "blame_shifting"),
         own("The Tutsi brought this misfortune on themselves by siding with the invaders.", None, "blame_shifting",
             "justification")],
    ], composite=True),
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
