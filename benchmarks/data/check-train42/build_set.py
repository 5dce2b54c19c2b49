"""Source of the check-train42 DEVELOPMENT labelled set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train42/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train42/build_set.py --check  # validate the files already written

A development set (its errors may be read when tuning), written blind in session 25 (2026-11-29). Focus: court
outcomes told in many ways (convictions, acquittals on appeal, sentences cut or raised on appeal, an indefinite stay,
referrals to Rwanda, deaths before judgment, arrests decades later), dates told relatively ("the very next day",
"two weeks into the genocide", "eighteen months later"), figures told as ranges, approximations and shares,
correction notices in news, and the offices of officials who were never accused (UN commanders, prosecutors,
ministers, diplomats). Genres: two news reports with corrections, a trial-monitoring bulletin, a radio phone-in
transcript, a French legal chronicle, a student revision guide, a blog post with comments, an NGO briefing on RPF
killings (hard negative), a scholarly critique of the ICTR (hard negative) and three short fixtures.

Its author did not read the detectors (src/factfinder/check/), their rules, exemplars or training data, the tests,
nor any other check-* set's documents, labels or README (only benchmarks/data/labelled_set.py,
benchmarks/data/check/README.md for the labelling conventions, and the first 40 lines of check-blind5/build_set.py
and check-blind5/README.md as a format example). Verdicts were decided against the record alone: examples/ (the
sample documents and FACTS.md), src/factfinder/data/reference/rwanda1994_figures.yaml and
src/factfinder/data/proceedings/rwanda1994_proceedings.csv, with benchmarks/data/record/ for orientation.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and a voice per
sentence): see ../labelled_set.py. README.md gives the documents, the fixtures, the counts and the sources of every
true fact that is not in the record.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with


DOCS: list[dict] = [
    # 1. News report on ICTR appeal outcomes, with a correction notice at the top.
    {
        "doc": "news-appeals-roundup-correction.txt",
        "title": "Cut, raised, quashed: what the Rwanda tribunal's appeal judges did to the sentences",
        "genre": "news report with correction notice",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Correction appended: An earlier version of this article said that Pauline Nyiramasuhuko's life sentence had been upheld on appeal.", C),
                s("In fact the Appeals Chamber reduced it to 47 years, and the article has been corrected.", S),
                s("The earlier version also dated the Butare appeal judgment to December 2014; it was delivered on 14 December 2015, the last appeal judgment of the tribunal.", S),
            ],
            [
                s("Cut, raised, quashed: what the Rwanda tribunal's appeal judges did to the sentences"),
            ],
            [
                s("The International Criminal Tribunal for Rwanda was set up to try those responsible for a genocide in which some 800,000 people were killed.", D),
                s("Its appeal judges did far more than confirm or quash."),
                s("In the Butare case they cut three life sentences, those of the former minister Pauline Nyiramasuhuko, her son Arsène Shalom Ntahobali and the former Muganza bourgmestre Élie Ndayambaje, to 47 years each, citing undue delay.", S),
                s("Joseph Kanyabashi, the former bourgmestre of Ngoma, saw his 35 years reduced to 20 and walked free on time served.", S),
                s("Sylvain Nsabimana, prefect of Butare for about two months in the spring of 1994, had his 25 years cut to 18.", S),
                s("Alphonse Nteziryayo, who replaced him as prefect in mid-June, had his sentence cut from 30 years to 15.", C),
            ],
            [
                s("Appeals did not always favour the accused."),
                s("The former Bicumbi bourgmestre Laurent Semanza went into his appeal with 25 years and came out with 35, after the judges found that he had ordered the massacre at Musha church.", S),
                s("Sylvestre Gacumbitsi, bourgmestre of Rusumo, had his 30-year term replaced by life imprisonment about two years after his trial judgment.", S),
                s("Grégoire Ndahimana's 15 years became 25 in December 2013.", S),
                s("Jean-Baptiste Gatete's life sentence, by contrast, was reduced to 45 years because his trial had been unduly delayed.", C),
                s("The harshest reversal fell on the priest Athanase Seromba: given 15 years at trial in December 2006 for the destruction of the Nyange church, he was sentenced to life on appeal fifteen months later.", N),
            ],
            [
                s("Others left Arusha free men."),
                s("Protais Zigiranyirazo, a brother-in-law of President Habyarimana, had been sentenced to 20 years; less than a year later the Appeals Chamber reversed his convictions and he was released.", S),
                s("Two former interim-government ministers, Justin Mugenzi and Prosper Mugiraneza, each sentenced to 30 years in September 2011, were acquitted on appeal in February 2013.", S),
                s("In 2014 the appeal judges also reversed all the convictions of the former gendarmerie chief of staff Augustin Ndindiliyimana and of Major François-Xavier Nzuwonemeye, whom the trial chamber had sentenced to 20 years over the killing of the Prime Minister and the Belgian peacekeepers.", S),
                s("Their co-accused Innocent Sagahutu saw his conviction upheld and his term raised from 20 to 25 years.", C),
            ],
            [
                s("The tribunal was created by the Security Council seven months after the genocide began and closed at the end of 2015.", S),
                s("Its first chief prosecutor was the South African judge Richard Goldstone, followed in 1996 by the Canadian Louise Arbour.", N),
                s("Hassan Bubacar Jallow, a Gambian judge, became the tribunal's own prosecutor in 2003, when the post was separated from that of the Yugoslavia tribunal.", N),
                s("When he took up his duties in Arusha that October, the tribunal's president was Judge Erik Møse and its registrar Adama Dieng.", N),
            ],
        ],
    },
    # 2. News report: stays, deaths, late arrests, referrals; correction notice at the end.
    {
        "doc": "news-stays-deaths-late-arrests.txt",
        "title": "Stayed, dead or found at last: the long tail of the Rwanda cases",
        "genre": "news report with correction notice",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Stayed, dead or found at last: the long tail of the Rwanda cases"),
            ],
            [
                s("Three decades after a genocide that killed close to a million people, accused men still escape judgment in ways other than acquittal.", D),
                s("Félicien Kabuga, the businessman accused of supplying machetes to the killers and backing RTLM's propaganda, was found unfit to stand trial.", S),
                s("In August 2023 appeal judges of the UN Mechanism sent his case back with an instruction to stay the proceedings indefinitely, so no verdict will be given.", S),
            ],
            [
                s("Others died before any court could rule on them."),
                s("The remains of Augustin Bizimana, defence minister in the interim government, were identified in 2020 in a grave in Pointe-Noire, in the Republic of the Congo; prosecutors believe he died there in August 2000.", N),
                s("He had been indicted in 1998 on thirteen counts, among them genocide and the murder of the Prime Minister and the ten Belgian peacekeepers.", N),
                s("Protais Mpiranya, who commanded the Presidential Guard, had died in Harare in 2006, and his grave, under a false name, was found only in 2022.", N),
                s("Laurent Bucyibaruta, prefect of Gikongoro in 1994, was sentenced in Paris to 20 years for complicity in genocide, but he died in December 2023 before his appeal could be heard, so the conviction never became final.", S),
                s("Joseph Serugendo, the RTLM technician who pleaded guilty and received six years, died in custody a little under three months after his sentence.", S),
            ],
            [
                s("Arrests, meanwhile, still come decades late."),
                s("Fulgence Kayishema, wanted for the destruction of the Nyange church with some 2,000 refugees inside, was arrested in Paarl, South Africa, in May 2023, after more than twenty years on the run.", N),
                s("He had been living under the name Donatien Nibashumba, and the Mechanism's prosecutor, Serge Brammertz, said the arrest ensured he would finally face justice.", N),
                s("Ladislas Ntaganzwa, the former bourgmestre of Nyakizu, was arrested in eastern Congo in December 2015 and handed over to the Mechanism the following March.", N),
                s("He had been one of nine genocide suspects still wanted by the international tribunal.", N),
                s("A Rwandan court sentenced him to life in May 2020 for the massacre at Cyahinda parish, and the Court of Appeal upheld the sentence almost three years later.", S),
            ],
            [
                s("Referral to Rwanda has been the other route."),
                s("Jean Uwinkindi, a Pentecostal pastor, was sent from the ICTR to Rwanda for trial: the referral was ordered in June 2011 and affirmed on appeal six months later.", S),
                s("The High Court in Kigali sentenced him to 25 years at the end of 2015.", C),
                s("Bernard Munyagishari followed in July 2013 and was sentenced to life in April 2017, though he was acquitted of rape.", S),
            ],
            [
                s("Correction: An earlier version of this article stated that Kabuga had been acquitted in 2023.", C),
                s("The proceedings were stayed and no verdict was given.", S),
                s("It also gave Bucyibaruta's sentence as 24 years.", C),
                s("Twenty-four years is the sentence a separate Paris trial imposed on the doctor Sosthène Munyemana in December 2023.", S),
            ],
        ],
    },
    # 3. Trial-monitoring bulletin (invented NGO), foreign and Rwandan courts.
    {
        "doc": "bulletin-trial-monitor-courts-abroad.txt",
        "title": "Trial Watch, issue 48: final outcomes in courts outside Arusha",
        "genre": "court-monitoring bulletin",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("TRIAL WATCH, issue 48, published by the Lakes Region Justice Monitor."),
                s("This issue lists proceedings outside Arusha that have reached a final stage, with dates as the courts gave them."),
            ],
            [
                s("BELGIUM."),
                s("The first Brussels assize trial, in 2001, ended with four Rwandans sentenced to between 12 and 20 years, among them two Benedictine nuns from the Sovu convent.", S),
                s("Six years later the same court sentenced Major Bernard Ntuyahaga to 20 years for the murder of the ten Belgian peacekeepers at Camp Kigali, while acquitting him of the Prime Minister's murder.", S),
                s("Colonel Luc Marchal, who had commanded UNAMIR's Kigali sector and the Belgian contingent of some 440 soldiers in 1994, testified at that trial.", N),
                s("A Belgian military court had dismissed a homicide charge against Marchal himself in 1997 over the deaths of the ten peacekeepers.", N),
                s("Fabien Neretse, a former director of OCIR-Café, was sentenced to 25 years in December 2019, the first conviction for genocide as such in Belgium.", S),
                s("In December 2023 Séraphin Twahirwa received a life sentence, while his co-accused Pierre Basabose was ordered interned because dementia had impaired his discernment.", S),
            ],
            [
                s("FRANCE."),
                s("Pascal Simbikangwa received 25 years in March 2014, the first French conviction for the genocide; the appeal court confirmed the sentence in December 2016.", S),
                s("The former Kabarondo bourgmestres Octavien Ngenzi and Tito Barahira were sentenced to life in July 2016, and the appeal trial confirmed both sentences exactly two years later.", S),
                s("Philippe Hategekimana, a gendarmerie adjudant-chef in Nyanza who later took French nationality as Philippe Manier, was given life in June 2023; eighteen months later the appeal court confirmed the sentence but acquitted him of conspiracy.", S),
                s("Claude Muhayimana, a driver at the Kibuye Guest House, was sentenced to 14 years in December 2021, and the appeal court cut the term to 10 years in February 2026.", C),
            ],
            [
                s("GERMANY, THE NETHERLANDS, SCANDINAVIA, SWITZERLAND, CANADA."),
                s("Frankfurt: Onesphore Rwabukombe, former bourgmestre of Muvumba, was first sentenced to 14 years for aiding and abetting genocide.", S),
                s("After the Federal Court of Justice partly quashed that judgment in May 2015, he was retried and, at the end of the same year, sentenced to life as a perpetrator of the massacre at the Kiziguro church compound.", S),
                s("The Hague: Joseph Mpambara received 20 years at first instance; the court of appeal raised this to life in 2011, and the Supreme Court dismissed his last appeal two years later.", S),
                s("Lausanne: the military tribunal's life sentence against the bourgmestre Fulgence Niyonteze was reduced on appeal to 20 years.", C),
                s("Montreal: Désiré Munyaneza was convicted by the Superior Court of Quebec in May 2009 and sentenced five months later to life, with no parole eligibility for 25 years.", S),
                s("He had been arrested at his home in Toronto in 2005 and was the first person convicted under Canada's Crimes Against Humanity and War Crimes Act.", N),
            ],
            [
                s("RWANDA."),
                s("Léon Mugesera, deported from Canada in 2012, was sentenced to life in April 2016 for his speech at Kabaya; the Court of Appeal dismissed his appeal in September 2020.", S),
                s("The speech had been delivered some seventeen months before the genocide began.", S),
                s("Kigali Military Court: the 2008 trial over the killing of clergy near Kabgayi on 4 June 1994 ended with two convictions and two acquittals.", D),
            ],
            [
                s("Monitor's note: our April issue wrongly gave the year of Mugesera's Kabaya speech as 1993.", C),
            ],
        ],
    },
    # 4. Radio phone-in transcript: host, historian, callers with honest errors.
    {
        "doc": "radio-phone-in-first-weeks.txt",
        "title": "Evening Line: listeners' questions on April to August 1994 (transcript)",
        "genre": "radio phone-in transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("HOST: Good evening and welcome to Evening Line."),
                s("Tonight we are taking your questions on the first months of the genocide, and my guest is the historian Dr Anselme Kayitare."),
            ],
            [
                s("GUEST: The president's plane was shot down near Kigali airport on the evening of 6 April, and by the next morning soldiers had killed the Prime Minister, Agathe Uwilingiyimana.", S),
            ],
            [
                s("HOST: Our first caller is Jeanne, in Huye."),
            ],
            [
                s("CALLER (JEANNE): I read that the Prime Minister was killed three days after the plane came down.", C),
                s("And the general in charge of the UN force, was he Belgian?"),
            ],
            [
                s("GUEST: No, she was killed the very next day, 7 April.", S),
                s("The force commander was a Canadian, Roméo Dallaire, who led UNAMIR from October 1993 until August 1994.", S),
                s("The political head of the mission was a Cameroonian diplomat, Jacques-Roger Booh-Booh, the Secretary-General's special representative.", N),
            ],
            [
                s("HOST: Next is Patrick, calling from Musanze."),
            ],
            [
                s("CALLER (PATRICK): The Security Council voted a week after the plane was shot down to cut the mission to about 500 soldiers.", C),
            ],
            [
                s("GUEST: It was two weeks later, on 21 April, and the cut was to 270.", S),
                s("Less than a month after that, on 17 May, the Council changed course, imposed an arms embargo and authorised 5,500 troops.", S),
                s("They did not arrive in time to stop the killing, which ended only when the RPF defeated the government army in July.", S),
            ],
            [
                s("HOST: Vestine is on the line from Rusizi."),
            ],
            [
                s("CALLER (VESTINE): My uncle always said that a million people crossed into Goma that July.", D),
            ],
            [
                s("GUEST: The published estimates differ: the Goma Epidemiology Group, writing in The Lancet, gave 500,000 to 800,000, while a 1996 study counted around one million between 14 and 20 July.", S),
                s("So your uncle's figure matches one of them."),
            ],
            [
                s("HOST: One more, Théo in Rubavu."),
            ],
            [
                s("CALLER (THÉO): The RPF only reached Gisenyi at the beginning of August, didn't it?", C),
                s("And the French soldiers left the safe zone around the same time?"),
            ],
            [
                s("GUEST: The RPF took Gisenyi on 18 July.", D),
                s("The last French troops of Opération Turquoise left the zone on 21 August, about two months after the Security Council authorised the operation.", S),
                s("In the same month Dallaire handed command of the force to another Canadian general, Guy Tousignant.", N),
            ],
            [
                s("CALLER (THÉO): Then there is Kibeho, a year later, where two thousand people were shot by soldiers.", D),
            ],
            [
                s("GUEST: The army closed that camp by force on 22 April 1995, and the estimates of the dead run from the government's 338 to at least 4,000, the figure given by Australian peacekeepers.", S),
            ],
            [
                s("HOST: A last word on the overall toll, Dr Kayitare?"),
            ],
            [
                s("GUEST: Human Rights Watch concluded in 1999 that at least half a million people were killed, and the government's census of victims, which counts from 1990, reached 1,074,017.", S),
            ],
            [
                s("CALLER (THÉO): It was 800,000, everybody knows that.", D),
            ],
            [
                s("GUEST: That figure is widely quoted, but it is one estimate among several."),
            ],
            [
                s("HOST: Justice came slowly as well; the Arusha tribunal was only created in 1996.", C),
            ],
            [
                s("GUEST: It was created in November 1994, but its first trial did not open until 1997.", S),
                s("Its first chief prosecutor, Richard Goldstone, was a South African judge.", N),
            ],
            [
                s("HOST: Thank you all; Evening Line is back tomorrow at eight."),
            ],
        ],
    },
    # 5. French legal chronicle.
    {
        "doc": "chronique-judiciaire-assises-paris.txt",
        "title": "Chronique judiciaire : le génocide des Tutsi devant les cours d'assises, et ce qu'il reste à juger",
        "genre": "chronique judiciaire (French legal chronicle)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Chronique judiciaire : le génocide des Tutsi devant les cours d'assises."),
            ],
            [
                s("Trente ans après un génocide qui a fait environ un million de morts, la justice française n'a pas fini d'en juger les acteurs.", D),
                s("En mars 2014, la cour d'assises de Paris a condamné Pascal Simbikangwa, ancien capitaine de la garde présidentielle, à vingt-cinq ans de réclusion criminelle : c'était la première condamnation prononcée en France pour ce génocide.", S),
                s("La cour d'assises d'appel a confirmé cette peine en décembre 2016, près de trois ans plus tard.", S),
                s("Deux ans après le premier verdict, les anciens bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, ont été condamnés à la réclusion criminelle à perpétuité pour le massacre de l'église de Kabarondo, le 13 avril 1994.", S),
            ],
            [
                s("En juillet 2022, l'ancien préfet de Gikongoro Laurent Bucyibaruta a été condamné à vingt ans pour complicité de génocide, notamment pour les massacres de l'école de Murambi, le 21 avril 1994.", S),
                s("Il est mort moins d'un an et demi plus tard, avant son procès en appel : sa condamnation n'est donc jamais devenue définitive.", S),
                s("Le médecin Sosthène Munyemana a été condamné en décembre 2023 à vingt-quatre ans ; en appel, en octobre 2025, la peine a été confirmée et la période de sûreté portée de huit à douze ans.", S),
                s("Philippe Hategekimana, ancien gendarme de Nyanza, a vu sa condamnation à perpétuité confirmée en appel le 17 décembre 2024.", S),
                s("Claude Muhayimana, chauffeur à Kibuye, avait été condamné en première instance à quatorze ans de réclusion.", S),
                s("En février 2026, la cour d'appel l'a acquitté.", C),
            ],
            [
                s("En Belgique, le major Bernard Ntuyahaga a été condamné en 2007 pour le meurtre de quinze Casques bleus belges.", C),
                s("Le TPIR, lui, a renvoyé vers la justice française le dossier du prêtre Wenceslas Munyeshyaka, vicaire de la Sainte-Famille à Kigali en 1994.", N),
            ],
            [
                s("Autre dossier, autre issue."),
                s("Dans l'enquête sur l'attentat contre l'avion présidentiel, les juges d'instruction ont rendu un non-lieu en décembre 2018, confirmé par la cour d'appel de Paris en juillet 2020.", S),
                s("La Cour de cassation a rejeté les derniers pourvois des familles en février 2021.", C),
                s("L'attentat a très probablement été commis par des extrémistes hutu opposés aux accords d'Arusha.", D),
                s("Les mandats d'arrêt délivrés en novembre 2006 par le juge Jean-Louis Bruguière avaient conduit Kigali à rompre ses relations diplomatiques avec Paris pendant trois ans.", S),
            ],
            [
                s("Le débat porte aussi sur l'État."),
                s("Alain Juppé, ministre des Affaires étrangères de 1993 à 1995, employa le mot « génocide » dès le 16 mai 1994.", N),
                s("L'ambassadeur de France à Kigali était alors Jean-Michel Marlaud.", N),
                s("En 1998, la mission d'information parlementaire présidée par Paul Quilès avait admis « des erreurs, des maladresses », sans reconnaître de responsabilité.", N),
                s("Début 2008, le ministre Bernard Kouchner avait parlé à Kigali d'une « faute politique » de la France.", N),
                s("Le rapport de la commission présidée par l'historien Vincent Duclert, remis au président Emmanuel Macron en mars 2021, a conclu à des « responsabilités lourdes et accablantes » de la France.", S),
            ],
            [
                s("Quelques repères chiffrés."),
                s("Selon les chiffres publiés à sa clôture, le TPIR a acquitté environ 15 % des personnes qu'il avait mises en accusation.", S),
                s("Les juridictions gacaca, fermées en juin 2012, ont jugé près de deux millions d'affaires, dont environ les deux tiers pour des atteintes aux biens.", S),
            ],
        ],
    },
    # 6. Student revision guide: relative dates, shares, common mistakes.
    {
        "doc": "study-guide-justice-after-1994.txt",
        "title": "Unit 7 revision notes: the genocide against the Tutsi and the courts",
        "genre": "student study guide",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Unit 7 revision notes: the genocide against the Tutsi and the courts."),
                s("Use these notes with the timeline handout, because exam questions often give dates relative to 6 April 1994."),
            ],
            [
                s("Before the genocide."),
                s("The civil war began three and a half years before the genocide, when the RPF attacked from Uganda on 1 October 1990.", S),
                s("The Arusha agreement was signed about eight months before the plane was shot down, by President Habyarimana and the RPF's military commander Paul Kagame.", C),
                s("UNAMIR was set up two months after Arusha, with an authorised strength of 2,500.", S),
                s("In early 1994 the Tutsi were about one in seven Rwandans.", D),
            ],
            [
                s("The hundred days."),
                s("On the day after the attack on the plane, the Prime Minister and ten Belgian peacekeepers were killed.", S),
                s("Two weeks into the genocide, the Security Council cut UNAMIR to 270.", S),
                s("About six weeks in, Human Rights Watch estimated that between 200,000 and 500,000 people had already been killed.", S),
                s("The RPF took Kigali on 4 July, about three months after the killing began.", S),
                s("A new government took office a fortnight later, on 19 July, with Faustin Twagiramungu as Prime Minister and Pasteur Bizimungu as President.", S),
                s("By the end of July about a million refugees had fled into Zaire, and nearly 50,000 of them died in the camps around Goma.", D),
                s("Consequences to learn: about 95,000 children were orphaned, and between 250,000 and 500,000 women were raped.", D),
            ],
            [
                s("The courts."),
                s("The ICTR's jurisdiction covered crimes committed between 1 October 1990 and 31 December 1994.", C),
                s("The Commission of Experts had been requested by resolution 935, adopted in mid-August 1994.", C),
                s("Jean-Paul Akayesu was the first person convicted of genocide by an international court, in September 1998, and was sentenced to life a month later.", S),
                s("Jean Kambanda, the interim Prime Minister, pleaded guilty and was sentenced to life two days after the Akayesu judgment; his appeal was rejected in October 2000.", S),
                s("In the Media case the trial judges gave Ferdinand Nahimana and Hassan Ngeze life and Jean-Bosco Barayagwiza 35 years; on appeal these became 30, 35 and 32 years.", S),
                s("Barayagwiza died in prison in Benin in 2010.", N),
                s("Théoneste Bagosora's life sentence was reduced to 35 years in December 2011, three years after his trial judgment.", S),
            ],
            [
                s("Shares to memorise."),
                s("Of 93 people indicted by the ICTR, 61 were convicted, about two-thirds, and 14 acquitted.", S),
                s("The gacaca courts tried 1,958,634 cases, and about 1.68 million of them, roughly 86 percent, ended in a guilty finding.", S),
                s("In the 1991 census the Tutsi were 8.4 percent of the population.", S),
            ],
            [
                s("Common mistakes."),
                s("Students write that gacaca tried RPF soldiers; it did not, because those crimes were excluded from its jurisdiction.", S),
                s("Kibeho, April 1995: at least 4,000 displaced people were killed by RPA soldiers.", D),
                s("Kabgayi: RPF soldiers killed 13 clergy on 5 June 1994.", D),
            ],
        ],
    },
    # 7. Blog post of a reading group, with comments.
    {
        "doc": "blog-reading-group-military-one.txt",
        "title": "Reading group notes: the Military I case and what the appeal changed",
        "genre": "blog post with comments",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Reading group notes: the Military I case and what the appeal changed."),
                s("Our group spent three evenings on the trial of Théoneste Bagosora and his co-accused, and these are my notes."),
            ],
            [
                s("Bagosora was directeur de cabinet at the Ministry of Defence in April 1994, not the minister himself.", S),
                s("The defence minister of the interim government was Augustin Bizimana, who was indicted in 1998 but never tried.", N),
                s("The trial judgment came on 18 December 2008, almost five years after Roméo Dallaire testified for the prosecution.", S),
                s("Bagosora, Aloys Ntabakuze and Anatole Nsengiyumva were sentenced to life, and Gratien Kabiligi was acquitted.", S),
                s("Three years later the appeal judges reduced Bagosora's sentence to 35 years and Nsengiyumva's to 15, and Nsengiyumva walked free.", S),
                s("Ntabakuze's appeal was heard separately and decided in May 2012, when his life sentence also became 35 years.", S),
                s("From the crimes to the last appeal judgment in this case, eighteen years went by.", S),
            ],
            [
                s("At the time, UN peacekeeping was run by Kofi Annan, later Secretary-General, and the reply to Dallaire's January cable was signed by his deputy, Iqbal Riza.", N),
                s("The American ambassador at the UN during the genocide was Madeleine Albright, who later became Secretary of State.", N),
            ],
            [
                s("Comments (6)"),
            ],
            [
                s("marie_k: Thanks for this."),
                s("Small point: Kabiligi was acquitted on appeal, not at trial.", C),
            ],
            [
                s("reading_group_host: I checked again, and the trial chamber acquitted him in 2008.", S),
            ],
            [
                s("jp_nkurunziza: The appeal also reversed the findings on the peacekeepers killed before Bagosora went to Camp Kigali.", S),
                s("And Dallaire's testimony began on a Monday, 19 January 2004.", S),
                s("Bagosora himself died in a hospital in Bamako in September 2021 while serving the 35 years.", N),
            ],
            [
                s("amahoro_reader: My textbook says the genocide killed about a million people.", D),
            ],
            [
                s("reading_group_host: Estimates range from at least half a million, the Human Rights Watch figure, to the government's 1,074,017, which counts from 1990.", S),
            ],
            [
                s("tomasz_w: The ten Belgians were killed on 8 April, I think, the day after the Prime Minister.", C),
                s("And wasn't Nsengiyumva the one who commanded the para-commando battalion at Kanombe?", C),
            ],
        ],
    },
    # 8. NGO briefing on RPF killings (hard negative).
    {
        "doc": "ngo-briefing-rpf-killings-accountability.txt",
        "title": "Unfinished accounts: killings by soldiers of the Rwandan Patriotic Front, 1994-1995, and the courts",
        "genre": "NGO report on RPF killings",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Unfinished accounts: killings by soldiers of the Rwandan Patriotic Front, 1994-1995, and the courts."),
                s("This briefing documents crimes committed by soldiers of the RPF and its army, the RPA, during and after the genocide against the Tutsi."),
                s("Documenting them neither denies the genocide nor makes it a \"double genocide\": the UN Commission of Experts found no evidence that the crimes of the Tutsi side were intended to destroy the Hutu as a group.", S),
            ],
            [
                s("The scale."),
                s("Human Rights Watch wrote in 1999 that RPF soldiers may have killed tens of thousands of civilians in the four months from April to July 1994.", S),
                s("Experts working for UNHCR estimated that 25,000 to 45,000 people were killed by RPA soldiers between April and August 1994.", S),
                s("A former interior minister later put the number killed by RPA soldiers between April 1994 and August 1995 at some 60,000.", S),
                s("On our own reading of the evidence, RPA soldiers killed about 30,000 civilians between April and August 1994.", D),
                s("In mid-April 1994 RPF soldiers massacred several hundred people in the Byumba stadium, according to Human Rights Watch.", S),
            ],
            [
                s("Kabgayi."),
                s("About two months into the genocide, near Kabgayi, RPF soldiers killed fifteen civilians, thirteen of them clergy, among them the Archbishop of Kigali.", S),
                s("Church records date the killings to 5 June; the prosecution in the 2008 military trial placed them on 4 June.", S),
                s("The RPF's own radio announced the deaths more than two weeks later, on 22 June.", C),
                s("Fourteen years later, four officers were tried by a military court in Kigali.", S),
                s("Two captains who pleaded guilty were sentenced to eight years, reduced on appeal to five; a brigadier general and a major were acquitted, and their acquittals were upheld.", S),
                s("The ICTR prosecutor had left the case to Rwanda rather than indicting anyone in Arusha.", S),
            ],
            [
                s("Kibeho."),
                s("On 22 April 1995, a year after the genocide began, RPA soldiers opened fire on displaced people in the Kibeho camp, which then held some 250,000 people.", C),
                s("The government put the toll at 338, senior UN military officials at about 2,000 and Australian peacekeepers at no fewer than 4,000.", S),
                s("Most independent observers now accept that several thousand people died.", D),
            ],
            [
                s("Justice."),
                s("No RPF or RPA member was ever indicted by the ICTR, although its jurisdiction covered the whole of 1994.", S),
                s("The army said in 2008 that 43 soldiers had been prosecuted since 1994 for war crimes and revenge killings.", S),
                s("Asking for justice for these victims is not denial; it is what the Commission of Experts asked for in 1994.", S),
            ],
        ],
    },
    # 9. Scholarly critique of the ICTR (hard negative).
    {
        "doc": "scholarly-critique-ictr-delay-selectivity.txt",
        "title": "Victor's justice? Delay, remedy and selectivity at the International Criminal Tribunal for Rwanda",
        "genre": "scholarly critique of the ICTR",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Abstract."),
                s("This article examines three criticisms of the International Criminal Tribunal for Rwanda: delay, the remedies it granted for violations of the accused's rights, and the selectivity summed up in the phrase \"victor's justice\"."),
                s("It does not question that a genocide against the Tutsi took place."),
            ],
            [
                s("1. Delay."),
                s("The tribunal was created by resolution 955 of 8 November 1994, but its first trial opened only in 1997, more than two years later.", S),
                s("Its last appeal judgment, in the Butare case, came more than twenty-one years after the events it judged.", S),
                s("In that case the Appeals Chamber reduced three life sentences to 47 years to remedy the violation of the right to be tried without undue delay.", S),
                s("Juvénal Kajelijeli's life terms became 45 years because his rights had been violated during his arrest and detention.", S),
                s("The tribunal finally closed its doors at the end of 2014.", C),
            ],
            [
                s("2. Acquittals."),
                s("Acquittals were not rare: of 93 people indicted, 14 were acquitted, about one in seven.", S),
                s("Several came only on appeal, after trial chambers had imposed long sentences: 20 years for Protais Zigiranyirazo, 30 years each for Justin Mugenzi and Prosper Mugiraneza.", S),
                s("André Ntagerura and Emmanuel Bagambiki were acquitted at trial in 2004, and the Appeals Chamber confirmed their acquittals two years later.", S),
                s("The prosecution did not appeal the 2006 acquittal of the former education minister André Rwamakuba.", S),
                s("Only one of the tribunal's convicts, Jean Kambanda, ever pleaded guilty.", C),
            ],
            [
                s("3. Selectivity."),
                s("The charge of \"victor's justice\" rests on one fact: the tribunal indicted no member of the Rwandan Patriotic Front.", S),
                s("Yet the UN Commission of Experts had reported in December 1994 that crimes against humanity were committed by individuals on both sides and had asked that violations by the RPF be investigated.", S),
                s("The prosecutor left the Kabgayi killings of June 1994 to Rwanda's military courts, which acquitted the two senior officers.", S),
                s("In August 2003 the Security Council, by resolution 1503, gave the Rwanda tribunal a prosecutor of its own.", N),
                s("Carla Del Ponte, prosecutor of both the Rwanda and Yugoslavia tribunals since 1999, said that Kigali had lobbied for her removal after she began looking into RPA killings.", N),
                s("Some critics go further and speak of a \"double genocide\"; the Commission's findings do not support that thesis, and it is rejected here.", S),
            ],
            [
                s("4. A note on the UN mission."),
                s("Dallaire's political superior in Kigali, the special representative Jacques-Roger Booh-Booh, later testified for the defence at the ICTR and blamed the force commander.", N),
            ],
            [
                s("Conclusion."),
                s("Selectivity does not make the convictions unjust, but it leaves the victims of RPF soldiers without a judgment."),
            ],
        ],
    },
    # 10. Fixture: sober appeal news spliced with a denial paragraph (composite).
    {
        "doc": "fixture-denial-spliced-appeal-news.txt",
        "title": "Appeal judges cut Bagosora sentence (news item with denial text spliced on)",
        "genre": "news item spliced with denial commentary",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("ARUSHA - The appeal judges of the Rwanda tribunal on Wednesday reduced Théoneste Bagosora's life sentence to 35 years.", S),
                s("They upheld his convictions for genocide and crimes against humanity but reversed several findings, including those on peacekeepers killed before his visit to Camp Kigali.", S),
                s("Anatole Nsengiyumva, the former commander in Gisenyi, saw his sentence cut to 15 years and was released.", S),
            ],
            [
                own("What the judges will never say is that there was no genocide at all, only a war the RPF started in 1990 and then won.", C, "definitional_denial", "blame_shifting"),
                own("The famous death toll is a fabrication: fewer than 100,000 people died, on both sides.", C, "minimisation", "fabrication"),
                own("This appeal proves that the so-called plan was invented by the prosecution.", C, "fabrication", "spontaneity"),
                own("The witnesses who sent these officers to prison were coached and paid by Kigali.", None, "attack_on_witnesses"),
                own("The RPF killed just as many Hutu, and nobody went to Arusha for that.", C, "double_genocide"),
            ],
        ],
    },
    # 11. Fixture: own-voice denial comment under a video.
    {
        "doc": "fixture-denial-video-comment.txt",
        "title": "Comment under a documentary video (own-voice denial)",
        "genre": "social media comment",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Everyone repeats that the killing was organised, but it was the spontaneous anger of peasants after their president was murdered.", C, "spontaneity"),
                own("The RPF shot down the plane, so the blame for everything that followed is theirs.", D, "blame_shifting"),
                # session 27 audit: was supported; only the 1990 attack is in the record, and the record refutes the self-defence
                # claim (examples/: unarmed and unresisting civilians killed in a planned genocide, FACTS 5.1, 6.11)
                own("People were only defending themselves against the invaders who had attacked the country in 1990.", C, "justification", "role_reversal"),
                own("The RPF then killed more than two million Hutu, far more than died in April.", C, "double_genocide", "minimisation"),
                own("A Tutsi minority of barely 8 percent could never have lost 800,000 people, so the numbers are invented.", D, "minimisation", "fabrication"),
                own("Stop calling it a genocide against the Tutsi; it was a civil war with victims everywhere.", C, "definitional_denial", "double_genocide"),
            ],
        ],
    },
    # 12. Fixture: incitement-style broadcast script.
    {
        "doc": "fixture-incitement-night-broadcast.txt",
        "title": "Night broadcast script (incitement imitation)",
        "genre": "incitement-style radio script",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Listeners on the hills, the enemy's accomplices are already among you, sharpening their knives for your families.", None, "accusation_in_mirror"),
                own("These cockroaches have only one aim, to exterminate us and take the country back.", None, "dehumanisation", "accusation_in_mirror"),
                own("They shot down our president's plane, and now they are coming for you.", D, "accusation_in_mirror", "blame_shifting"),
                own("Do not wait for the soldiers: go out tonight, set up the roadblocks and let none of them pass.", None, "call_to_action"),
                own("Finish the work, and leave no one behind.", None, "call_to_action"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
