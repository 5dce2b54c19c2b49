"""Source of the THIRD TRAINING labelled set for `factfinder check` (check-train3).

    python benchmarks/data/check-train3/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train3/build_set.py --check  # validate the files already written

A TRAINING set for the learned second look (the checker's learned layers), written BLIND: its author did not read
the checker (src/factfinder/check/), its rules, exemplars or training data (src/factfinder/data/check/), the
benchmark results, the check tests, nor any other labelled set's documents or labels. The author read only
benchmarks/data/labelled_set.py, benchmarks/data/check/README.md (labelling conventions), the first lines of the
check-blind5 build script (this header's template) and the check-blind5 README (structure only), and the record:
examples/ (FACTS.md, the chronology and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml
and src/factfinder/data/proceedings/rwanda1994_proceedings.csv. Verdicts were decided against that record alone;
every fact outside the record was checked with the project's search tool (see README.md).

Genres: an education charity's FAQ, a journalist's notebook, an appellate-practice newsletter on the ICTR, a French
radio interview on the investigations into the attack of 6 April, a UN-history lecture on the Security Council
resolutions, a public-health abstract on Goma, a reporter's retrospective on Kibeho (hard negative), a book-chapter
summary criticising the ICTR (hard negative), a French local-newspaper trial report, a wiki talk page, and two short
denial fixtures. Most sentences carry a verdict.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling rules and the sources
of every true fact.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, s  # noqa: E402


def doc(name, title, genre, language, stance, paragraphs, hard_negative=False, composite=False):
    return {"doc": name, "title": title, "genre": genre, "language": language, "stance": stance,
            "composite": composite, "hard_negative": hard_negative, "paragraphs": paragraphs}


FAQ = doc(
    "faq-education-charity.txt", "Frequently asked questions about the genocide against the Tutsi",
    "education charity FAQ page", "en", "acknowledges", [
        [s("Frequently asked questions about the genocide against the Tutsi")],
        [s("Q: When did the killing start, and how long did it last?"),
         s("A: The organised massacres began on 7 April 1994, the day after the president's aircraft was brought down over Kigali.", S),],
        [s("Q: How many people were killed?"),
         s("A: Nobody can give an exact number, and honest sources differ."),
         s("Our own view is that something like 800,000 people lost their lives.", D),
         s("Rwanda's government, in a count published in 2002, arrived at 1,074,017 victims, counting from 1990.", S),
         s("Some of our volunteers put the figure well above one million.", D)],
        [s("Q: Were the Tutsi a large minority?"),
         s("A: Not very: the 1991 census registered them as 8.4 per cent of the population.", S),
         s("By early 1994 they probably made up about one Rwandan in seven.", D)],
        [s("Q: Is there an international day of remembrance?"),
         s("A: Yes."),
         s("On 23 December 2003 the UN General Assembly chose 7 April as an international day of reflection on the genocide in Rwanda.", N),
         s("Rwanda has asked that the day be marked everywhere with a minute of silence at noon, local time.", N)],
        [s("Q: Where can I visit a memorial?"),
         s("A: The Kigali Genocide Memorial at Gisozi opened in 2004, for the tenth commemoration.", N),
         s("More than 250,000 victims are buried in its grounds.", N)],
        [s("Q: Were the organisers ever tried?"),
         s("A: The UN Security Council created an international tribunal for that purpose on 8 November 1994.", S),
         s("It sat in Arusha and shut its doors at the end of 2015, having indicted 93 people.", S),
         s("Of those, 61 were convicted and 14 were acquitted.", S),
         s("It also convicted Jean Kambanda, the interim prime minister, who received a 25-year sentence.", C),],
        [s("Q: How many children lost their parents?"),
         s("A: Around 95,000 children were left without parents.", D),
         s("We estimate that around a quarter of a million women and girls were raped.", D)],
        [s("Q: How quickly did the world react?"),
         s("A: Two weeks into the killing, on 21 April, the Security Council voted to shrink its peacekeeping force to about 270.", S),
         s("The Council only authorised a larger force of 5,500 at the end of June.", C)],
    ])

NOTEBOOK = doc(
    "notebook-field-notes-1994.txt", "Notebook, Rwanda and eastern Zaire, April to August 1994",
    "journalist's notebook / field notes", "en", "acknowledges", [
        [s("Notebook, Rwanda and eastern Zaire, April to August 1994 (typed up later, spelling tidied).")],
        [s("7 Apr, Nairobi: radio says soldiers killed the PM, Agathe Uwilingiyimana, this morning.", S),
         s("Ten Belgian blue helmets guarding her also dead; disarmed first, per Brussels.", S),],
        [s("19 Apr: HRW letter to the Council speaks of as many as 100,000 dead in two weeks.", S),
         s("21 Apr: New York votes to cut UNAMIR to a skeleton of 270.", S),
         s("29 Apr, Ngara: UNHCR says over a quarter of a million crossed from Rwanda in a single day and night.", S),],
        [s("Caller from Kigali: more than a thousand people hiding in the Hôtel des Mille Collines, the manager keeping the militia out.", N),],
        [s("8 Jun: RPF radio admits its soldiers killed the archbishop of Kigali and other clergy near Kabgayi.", S),
         s("They were shot on the 4th.", D),
         s("An embassy man reckons Tutsi were a tenth of the population before all this.", D)],
        [s("4 Jul: Kigali falls to the RPF; Butare the same day.", S),
         s("Turquoise force said to number 8,000 men.", C),
         s("Gisenyi taken on the 17th; the border at Goma is a river of people.", D),
         s("18 Jul, Goma: aid workers guess half a million arrived in two days, probably more.", D),
         s("19 Jul: new government installed in Kigali, Bizimungu president, Twagiramungu PM.", S)],
        [s("Ground here is black lava; nobody can dig latrines or graves.", N),
         s("22 Jul: MSF stopped counting at 800 bodies on the road out to Munigi.", N),
         s("Doctors say the epidemic peaked on 2 August.", C)],
        [s("Dallaire already gone home in June, I am told.", C)],
    ])

NEWSLETTER = doc(
    "newsletter-ictr-appeals.txt", "Appeals Desk: sentence reductions and acquittals at the ICTR",
    "appellate-practice newsletter", "en", "acknowledges", [
        [s("Appeals Desk, issue 14: sentence reductions and acquittals at the ICTR")],
        [s("This issue looks back at how often the Appeals Chamber changed the outcome of a trial in the Rwanda tribunal's cases.")],
        [s("In the Media case, decided on 28 November 2007, Ferdinand Nahimana's life term was cut to 30 years after several of his convictions were quashed.", S),
         s("Hassan Ngeze, the Kangura editor, saw his life sentence reduced to 35 years.", S),
         s("Jean-Bosco Barayagwiza's term went from 35 years to 30.", C),
         s("His case had already made history in November 1999, when the chamber ordered his release over the delays in bringing him to trial.", N),
         s("Five months later, after the prosecutor produced new facts, the judges reversed themselves and kept him in custody.", N)],
        [s("In the Military I appeal of December 2011, Théoneste Bagosora's life sentence became 35 years.", S),
         s("His co-accused Anatole Nsengiyumva went further down, to 15 years, and walked free for time served.", S),],
        [s("Acquittals on appeal are rarer, but not exceptional."),
         s("Protais Zigiranyirazo, the late president's brother-in-law, had his 20-year sentence overturned and was freed in November 2009.", S),
         s("The interim ministers Justin Mugenzi and Prosper Mugiraneza, each given 30 years at trial, were cleared in February 2013.", S),
         s("In the Military II case, the reconnaissance battalion's commander, François-Xavier Nzuwonemeye, saw every conviction reversed in February 2014.", S),
         s("His deputy, Innocent Sagahutu, kept a conviction but had his term lowered from 20 to 12 years.", C),],
        [s("Not every change went the defendant's way."),
         s("Sylvestre Gacumbitsi's 30-year term was raised to life in 2006.", S),
         s("Juvénal Kajelijeli's life sentences, by contrast, were converted to 45 years because his rights had been violated on arrest and in detention.", S)],
        [s("Undue delay also counted."),
         s("In December 2015 Pauline Nyiramasuhuko's life sentence was reduced to 47 years.", S),
         s("She had been, in June 2011, the first woman found guilty of genocide by an international court.", N),
         s("Joseph Kanyabashi's sentence fell from 35 to 25 years.", C),],
        [s("Two corrections to our last issue."),
         s("We wrote that the chamber acquitted Jean-Paul Akayesu on appeal in 2001.", C),
         s("In fact the Appeals Chamber confirmed his conviction and life sentence.", S),
         s("All of this concerns a genocide in which, by our reckoning, about a million people were killed.", D)],
    ])

RADIO = doc(
    "radio-fr-entretien-attentat.txt", "Les enquêtes sur l'attentat du 6 avril 1994 : entretien avec une historienne",
    "radio interview transcript", "fr", "acknowledges", [
        [s("Transcription de l'émission « Archives du siècle » : les enquêtes sur l'attentat du 6 avril 1994.")],
        [s("JOURNALISTE : Rappelons d'abord les faits."),
         s("Le 6 avril 1994 au soir, l'avion du président Habyarimana est abattu alors qu'il s'apprête à se poser à Kigali.", S),
         s("HISTORIENNE : Oui, un Falcon 50 qui le ramenait de Tanzanie, où s'était tenu un sommet régional.", S),
         s("À bord se trouvaient aussi le président burundais Cyprien Ntaryamira et trois membres d'équipage français ; personne n'a survécu.", S)],
        [s("JOURNALISTE : Qui a tiré ?"),
         s("HISTORIENNE : Aucun tribunal ne l'a jamais établi, il faut le dire clairement.", S),
         s("Pour ma part, je pense que les tirs sont partis du camp de Kanombe, tenu par l'armée gouvernementale.", D),
         s("Certains de mes collègues restent persuadés que c'est un commando du FPR qui a abattu l'appareil.", D)],
        [s("JOURNALISTE : Comment la justice française s'est-elle saisie du dossier ?"),
         s("HISTORIENNE : Les familles de l'équipage ont porté plainte, et l'instruction a été confiée en 1998 au juge Jean-Louis Bruguière.", S),
         s("Celui-ci a mené son enquête sans jamais se rendre au Rwanda.", N),
         s("En novembre 2006, il a fait délivrer neuf mandats d'arrêt contre des proches de Paul Kagame.", S),
         s("Kigali a rompu ses relations diplomatiques avec Paris, qui n'ont été rétablies qu'à la fin de novembre 2009, trois ans plus tard.", S)],
        [s("JOURNALISTE : Et l'affaire Rose Kabuye ?"),
         s("HISTORIENNE : La cheffe du protocole de Kagame, visée par l'un des mandats, a été interpellée à l'aéroport de Francfort le 9 novembre 2008.", N),
         s("L'Allemagne l'a remise à la France une dizaine de jours plus tard.", N),
         s("Entre-temps, en mai 2007, le juge Marc Trévidic avait repris l'instruction.", N)],
        [s("JOURNALISTE : Que dit le rapport d'experts de 2012 ?"),
         s("HISTORIENNE : Remis le 10 janvier 2012 aux juges Trévidic et Poux, il compte plus de trois cents pages.", S),
         s("La zone de tir qu'il retient, vers Kanombe, était alors contrôlée par les forces gouvernementales.", S),],
        [s("JOURNALISTE : Pourtant, il n'y a jamais eu de procès."),
         s("HISTORIENNE : Non : le 21 décembre 2016, les juges ont rendu un non-lieu, faute de charges suffisantes.", C),
         s("Puis la Cour de cassation a rejeté les derniers pourvois des familles en février 2022, ce qui a clos l'affaire.", S)],
        [s("JOURNALISTE : Cela change-t-il quelque chose à l'histoire du génocide ?"),
         s("HISTORIENNE : Rien, car sa préparation est établie par d'autres voies."),
         s("Dès décembre 1994, la Commission d'experts de l'ONU décrivait des actes de génocide commis contre les Tutsi de façon planifiée, systématique et méthodique.", S),
         s("Quant au bilan, je retiens pour ma part le chiffre d'un million de morts.", D),
         s("Les Tutsi représentaient alors environ 15 % de la population.", D),
         s("Le rapport de la commission Duclert, remis en mars 2021, parle de « responsabilités lourdes et accablantes » de la France.", S),
         s("Il conclut même à une complicité de la France au sens juridique du terme.", C),
         s("Le TPIR a d'ailleurs fermé ses portes dès 2010.", C)],
    ])

LECTURE = doc(
    "lecture-un-security-council.txt", "Lecture 7: the Security Council and Rwanda, 1993 to 1995",
    "UN-history lecture transcript", "en", "acknowledges", [
        [s("Lecture 7: the Security Council and Rwanda, 1993 to 1995 (transcript).")],
        [s("Good morning, everyone; let's get started.")],
        [s("We begin with resolution 872, adopted on 5 October 1993.", S),
         s("It set up UNAMIR with an authorised strength of 2,500 personnel.", S),
         s("On 5 April 1994, the eve of the attack on the plane, the Council renewed the mission until the end of July in resolution 909.", N)],
        [s("Two weeks after the killings began, resolution 912 went the other way and cut the mission to about 270 people.", S),
         s("Resolution 918 followed on 17 May.", S),
         s("It imposed an arms embargo and authorised a much bigger UNAMIR of 55,000 troops.", C),
         s("On 8 June, resolution 925 extended the mandate to 9 December 1994.", N)],
        [s("By then at least half a million people had already been killed.", D),
         s("Resolution 929 came two weeks after that, on 22 June.", S),
         s("It passed unanimously.", C),
         s("The French stayed until the end of October.", C)],
        [s("The Council then asked, in resolution 935 of 1 July, for a commission of experts.", S),
         s("Resolution 955, which created the Rwanda tribunal, was adopted on 8 December 1994.", C),
         s("The vote was thirteen in favour, one against and one abstention.", S),],
        [s("On 30 November 1994, resolution 965 extended UNAMIR until 9 June 1995.", N),
         s("In February 1995, resolution 977 fixed the tribunal's seat in Arusha, Tanzania.", N),
         s("It was adopted without a single dissenting vote.", N),
         s("By January 1995 UNAMIR counted 5,740 troops, a striking contrast with the 270 of the previous spring.", S),
         s("Three months later those peacekeepers watched the Kibeho killings, in which somewhere around 2,000 people died.", D)],
        [s("For next week, read the Secretary-General's reports on the mission.")],
    ])

GOMA = doc(
    "abstract-goma-cholera.txt",
    "Mortality and cholera among Rwandan refugees in North Kivu, July to August 1994: a retrospective review",
    "public-health journal abstract", "en", "acknowledges", [
        [s("Mortality and cholera among Rwandan refugees in North Kivu, July to August 1994: a retrospective review")],
        [s("Background: In mid-July 1994, after the RPF took Kigali on 14 July, an enormous number of Rwandans crossed into the North Kivu region of Zaire within a few days.", C),
         s("Estimates of the influx range from 500,000–800,000 (Goma Epidemiology Group) to about one million (Bechen et al.).", S),
         s("We take the true figure to have been close to 800,000.", D)],
        [s("Methods: We reviewed published surveillance data, camp mortality surveys and laboratory reports.")],
        [s("Results: The first Vibrio cholerae strains were isolated on 20 and 21 July.", S),
         s("A total of 36,471 cholera cases was recorded, half of them in the week of 21–27 July.", S),
         s("Incidence peaked on 26 July.", S),
         s("Crude mortality in the first month reached 20–35 deaths per 10,000 people per day.", S),
         s("Roughly 50,000 refugees died in that month.", D),
         s("Some field teams believed the toll approached 80,000.", D),
         s("Cholera alone accounted for about 12,000 deaths in Goma in July, according to an analysis of treatment centres.", S),
         s("Mortality fell to 5–8 per 10,000 per day in the second month once water, sanitation, outreach and oral rehydration were in place.", S)],
        [s("Discussion: Conditions particular to Goma made matters worse."),
         s("The camps lay on hardened volcanic rock, which made it almost impossible to dig latrines or bury the dead.", N),
         s("Kibumba, the most populous camp, lay about 28 km north of Goma and was the farthest from a clean water source.", N),
         s("By 22 July UNHCR was asking governments to help build 60,000 latrines.", N),
         s("The epidemic unfolded while Opération Turquoise, authorised by the Security Council in May, was deployed in south-western Rwanda.", C)],
        [s("Conclusion: Safe water and sanitation, not treatment capacity alone, determined survival.")],
    ])

KIBEHO = doc(
    "retrospective-kibeho-1995.txt", "Kibeho, twenty-five years on: a reporter looks back",
    "reporter's retrospective", "en", "acknowledges", [
        [s("Kibeho, twenty-five years on: a reporter looks back")],
        [s("In April 1995 I was in south-west Rwanda when the army moved to close the camps for displaced people by force.", S),
         s("Kibeho was the biggest of them, holding about 110,000 people by the count of Médecins Sans Frontières.", S),
         s("The camp had been set up by the French in 1993.", C),
         s("Soldiers of the Rwandan Patriotic Army surrounded it on 18 April.", S),
         s("A company of Zambian infantry provided the UN presence in the camp.", N),
         s("That evening, thirty-two Australian soldiers and medics were ordered to Kibeho.", N),
         s("They belonged to a medical force of some 300 that Australia had sent to the UN mission.", N)],
        [s("On 22 April, four days after the cordon closed, the soldiers opened fire on the crowd.", S),
         s("The government later said 338 people had died.", S),
         s("That figure was never credible to anyone who stood on the hill."),
         s("I believe at least 4,000 were killed that day.", D),
         s("Senior UN military officers spoke of about 2,000 dead and more than 600 wounded.", S),
         s("Others who were there put the toll above 8,000.", D),
         s("Four of the Australians were later awarded the Medal for Gallantry.", N),
         s("In 2019 the two Australian contingents received a Meritorious Unit Citation.", N)],
        [s("The killings were not an isolated episode."),
         s("UNHCR experts had estimated that RPA soldiers killed between 25,000 and 45,000 people from April to August 1994.", S),
         s("My own reckoning is that tens of thousands died at the hands of RPA soldiers in that period.", D),
         s("At Kabgayi in June 1994 its soldiers had killed thirteen clergy, the archbishop of Kigali and two bishops among them.", S),
         s("The date is usually given as 5 June.", D),
         s("Only two junior officers were ever convicted for it, and their eight-year terms were halved to four on appeal.", C),],
        [s("Writing this down does not lessen the genocide that came before it; it completes the record.")],
    ], hard_negative=True)

CHAPTER = doc(
    "chapter-summary-limits-justice.txt", "Chapter 6 summary: the limits of international justice",
    "book chapter summary", "en", "acknowledges", [
        [s("Chapter 6 summary: the limits of international justice")],
        [s("The chapter argues that the Arusha tribunal set important precedents, but at a high price and with a blind spot.")],
        [s("Created by the Security Council in November 1994, the tribunal did not hold its first trial until 1997.", S),
         s("Its 1998 judgment against Jean-Paul Akayesu was the first conviction for genocide by an international court, and it recognised rape as a means of committing genocide.", S),
         s("The author stresses the cost: between its creation and 2007 the tribunal spent more than a billion US dollars.", N),
         s("Rwanda's president complained in 2006 that it had produced fewer than forty verdicts in almost eleven years.", N)],
        [s("The second criticism is one-sidedness."),
         s("The tribunal never indicted a single member of the RPF, despite the evidence gathered by UN experts.", S),
         s("The chapter recalls that the chief prosecutor, Carla Del Ponte, lost her Rwanda mandate in August 2003.", N),
         s("She blamed Kigali, saying it had lobbied against her because she meant to investigate reprisal killings by the army.", N),
         s("Her successor, the Gambian judge Hassan Jallow, was appointed the following month.", N),
         s("Instead the Kabgayi killings were left to a Rwandan military court, which in 2008 convicted two captains and acquitted two senior officers.", S),
         s("The author calls this arrangement justice by delegation and, in the harshest passage, victor's justice.")],
        [s("A third theme is delay."),
         s("The Butare trial alone lasted ten years.", N),
         s("The author puts the number killed by RPA soldiers in 1994 at roughly 30,000 to 40,000.", D),
         s("She also writes that the genocide took around 500,000 lives in all.", D)],
        [s("The summary should flag three weaknesses."),
         s("The chapter says the tribunal closed in 2012.", C),
         s("It implies that the gacaca courts tried RPF soldiers, when such crimes were in fact excluded from their jurisdiction.", S),
         s("It states that the Commission of Experts found no crimes against humanity by RPF soldiers.", C),],
    ], hard_negative=True)

TRIAL = doc(
    "presse-locale-proces-biguma.txt", "Génocide des Tutsi : l'ancien gendarme de Nyanza condamné à la perpétuité",
    "French local-newspaper trial report", "fr", "acknowledges", [
        [s("Génocide des Tutsi : la cour d'assises de Paris a rendu son verdict")],
        [s("De notre correspondant au palais de justice.")],
        [s("La cour d'assises de Paris a condamné mercredi 28 juin 2023 Philippe Hategekimana à la réclusion criminelle à perpétuité.", S),
         s("Cet ancien adjudant-chef de la gendarmerie de Nyanza, dans le sud du Rwanda, a été reconnu coupable de génocide et de crimes contre l'humanité.", S),
         s("Naturalisé français en 2005 sous le nom de Philippe Manier, il vivait à Mordelles, près de Rennes.", N),
         s("Au Rwanda, on le surnommait « Biguma ».", N),
         s("Parti au Cameroun, il avait été arrêté à Yaoundé le 30 mars 2018.", N),
         s("Extradé, il a été présenté aux juges d'instruction parisiens en février 2019, puis écroué.", N),
         s("L'enquête avait été ouverte en 2015 après une plainte du Collectif des parties civiles pour le Rwanda.", N)],
        [s("Les jurés l'ont jugé responsable des massacres perpétrés sur les collines de Nyabubare et de Nyamure.", S),
         s("Les faits jugés remontaient à juin 1994.", C),
         s("Il a aussi été reconnu coupable du meurtre du bourgmestre de Ntyazo, Narcisse Nyagasaza.", S),
         s("Selon la plainte, des milliers de Tutsi avaient péri sur la seule colline de Nyamure.", N),
         s("Le génocide a fait plus d'un million de morts en cent jours, a rappelé une avocate des parties civiles.", D)],
        [s("Ce procès s'inscrit dans une longue série."),
         s("Le premier, en mars 2014, avait valu 25 ans de réclusion à Pascal Simbikangwa.", S),
         s("En 2016, deux anciens bourgmestres de Kabarondo avaient été condamnés à vingt ans.", C),],
        [s("Post-scriptum, décembre 2024."),
         s("Le procès en appel s'est ouvert le 4 novembre devant la cour d'assises de Paris.", N),
         s("Le 17 décembre, la cour a confirmé la perpétuité.", S),
         s("Elle l'a toutefois acquitté du chef d'entente en vue de commettre le génocide.", S),
         s("Son avocat a annoncé un pourvoi, jugeant déjà excessive la peine de trente ans prononcée en première instance.", C)],
    ])

TALK = doc(
    "talk-page-editors.txt", "Talk: Rwandan genocide, section 'Background and figures'",
    "wiki talk-page discussion", "en", "acknowledges", [
        [s("Talk: Rwandan genocide, section 'Background and figures'")],
        [s("The lead should say the RPF crossed from Uganda on 1 October 1990, not 1991. — Kivu_reader", S)],
        [s("Agreed, but the Arusha accords were signed on 3 August 1993, so the next paragraph needs fixing too. — Mwami42", C)],
        [s("No, 4 August; the AFP dispatch is clear, and Kanyarengwe signed for the RPF. — Kivu_reader", S)],
        [s("Worth adding that Burundi's first Hutu president, Melchior Ndadaye, was assassinated on 21 October 1993, which hardened positions. — Ikaze_ed", N)],
        [s("Fine, but keep it short. — Mwami42")],
        [s("On the toll, I'd write 'about 800,000' as the lead figure. — Ikaze_ed", D)],
        [s("Too low; I think 'over a million' fits the best data. — Nyanza_notes", D)],
        [s("The government's 1,074,017 counts from October 1990, not only the hundred days. — Kivu_reader", S)],
        [s("For the infobox: Tutsi were roughly 15% of the population in 1994. — Nyanza_notes", D)],
        [s("The 1991 census says 8.4%; please cite both. — Mwami42", S)],
        [s("The article currently says Kambanda got 30 years. — Ikaze_ed", C)],
        [s("He got life, in September 1998. — Ikaze_ed", S)],
        [s("The Akayesu judgment was 2 September 1998, with the sentence a month later. — Kivu_reader", S)],
        [s("I'm fairly sure the Akayesu judgment came in 1997. — Nyanza_notes", C)],
        [s("Kagame only became president in April 2000, after Bizimungu resigned. — Mwami42", N)],
        [s("The Kigali memorial at Gisozi holds the remains of over 250,000 people, if we want a line on remembrance. — Ikaze_ed", N)],
        [s("On the plane, please don't state anyone's guilt as fact. — Kivu_reader")],
        [s("The French case ended with a final non-lieu in February 2022, and no court ever ruled on who fired. — Kivu_reader", S)],
        [s("Personally I'm convinced it was Hutu hardliners shooting from Kanombe. — Ikaze_ed", D)],
        [s("Kibeho: the RPA killed about 4,000 people there. — Nyanza_notes", D)],
        [s("One more fix: UNAMIR was cut to 270 in May, not April. — Nyanza_notes", C)],
        [s("It was 21 April, resolution 912. — Mwami42", S),],
    ])

FIX_FR = doc(
    "fixture-denial-fr-fil-social.txt", "Fil de discussion : « le prétendu génocide »",
    "social-media thread (test fixture)", "fr", "denies", [
        [own("Encore ce « génocide » prétendu que les médias nous ressortent chaque mois d'avril.", C, "definitional_denial"),
         own("Il y a eu une guerre civile avec des morts des deux côtés, point.", C, "definitional_denial", "double_genocide"),
         own("Le bilan a été gonflé : à peine 50 000 morts, le reste c'est de la propagande de Kigali.", C, "minimisation", "fabrication"),
         own("Les témoins du TPIR étaient payés pour réciter leur texte.", None, "attack_on_witnesses", "fabrication")],
        [own("Aucun plan, aucune préparation : les gens se sont défendus spontanément après la mort du président.", C, "spontaneity", "justification"),
         own("D'ailleurs le TPIR n'a jamais condamné personne pour génocide, cherchez.", C, "fabrication"),
         s("Partagez avant que ce fil soit supprimé.")],
    ])

FIX_JAQ = doc(
    "fixture-denial-just-asking.txt", "Just asking questions about Rwanda",
    "'just asking questions' essay (test fixture)", "en", "distorts", [
        [s("I'm only asking the questions that nobody else dares to ask about Rwanda."),
         own("Who actually started the war, if not the RPF army that invaded from Uganda in October 1990?", S, "role_reversal", "blame_shifting"),
         own("Isn't it convenient that no court ever established who shot down the president's plane, so the rebels never had to answer for it?", S, "blame_shifting"),
         own("Why does nobody ask whether the Tutsi rebels were planning to wipe out the Hutu long before April 1994?", C, "accusation_in_mirror")],
        [own("Weren't the real victims the Hutu peasants who had to defend themselves against an invading army?", None, "role_reversal", "justification"),
         own("And if RPA soldiers killed 25,000 to 45,000 people, as UNHCR's experts said, why is only one side's killing called genocide?", S, "double_genocide"),
         own("Maybe the two million victims Kigali first claimed were a number invented to silence questions like mine.", S, "fabrication", "minimisation"),
         s("I'm not denying anything; I'm just asking.")],
    ])

DOCS = [FAQ, NOTEBOOK, NEWSLETTER, RADIO, LECTURE, GOMA, KIBEHO, CHAPTER, TRIAL, TALK, FIX_FR, FIX_JAQ]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
