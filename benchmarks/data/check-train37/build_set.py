"""Source of the check-train37 labelled DEVELOPMENT set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train37/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train37/build_set.py --check  # validate the files already written

A development (training) set: its per-sentence errors may be read when tuning. It was nevertheless written blind,
to the same discipline as the blind sets: genres new to it (an encyclopedia-style timeline, a newspaper
letters-to-the-editor page, a court-watch NGO's monitoring report on genocide trials in France, Belgium, Germany
and Canada, a radio call-in summary with callers' mistaken figures, a human-rights briefing on Kibeho and other RPA
killings, a debate club's rebuttal notes, a history quiz answer key with deliberately wrong options quoted, in
French a student's exposé and a TV fact-check transcript, and three short fixtures), with an emphasis on
contradicted sentences (wrong figures, dates, sentences, acquittal against conviction, wrong courts, wrong
resolution numbers, wrong ratios). Its author did not read the detectors, their rules, exemplars or training data,
nor any earlier set's documents or labels (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md
for the labelling conventions, and the first 40 lines of the check-blind5 build script and README as templates).
Verdicts were decided against the record alone: examples/ (FACTS.md and the sample documents),
src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling rules and the sources
of every fact outside the record.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with


DOCS: list[dict] = [
    # 1. Encyclopedia-style timeline (invented reference work), dense dates and figures.
    {
        "doc": "timeline-encyclopedia-entry.txt",
        "title": "Rwanda, 1990-2023: chronology (Compendium of the Great Lakes, online edition)",
        "genre": "encyclopedia-style timeline",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Rwanda, 1990–2023: chronology"),
             s("This entry of the Compendium of the Great Lakes lists dated events of the war, the genocide "
               "against the Tutsi and the trials that followed.")],
            [s("1 October 1990 – The Rwandan Patriotic Front, an armed movement made up mostly of Tutsi refugees, "
               "attacks northern Rwanda from Uganda.", S)],
            [s("4 August 1993 – President Juvénal Habyarimana and RPF chairman Alexis Kanyarengwe sign the Arusha "
               "Peace Agreement in Tanzania.", S)],
            [s("5 October 1993 – Security Council resolution 872 establishes UNAMIR, with an authorised strength "
               "of 2,500.", S)],
            [s("21 October 1993 – Melchior Ndadaye, the first Hutu president of neighbouring Burundi, is "
               "assassinated in a failed military coup after three months in office.", N)],
            [s("6 April 1994 – The Falcon 50 carrying Habyarimana and Burundi's president Cyprien Ntaryamira is "
               "shot down as it approaches Kigali airport; no court has ever established who fired.", S)],
            [s("7 April 1994 – Prime Minister Agathe Uwilingiyimana is murdered, and the ten Belgian peacekeepers "
               "sent to guard her are disarmed and killed at a military camp in Kigali.", S)],
            [s("21 April 1994 – Resolution 912 reduces UNAMIR to about 270 personnel.", S)],
            [s("28–29 April 1994 – More than a quarter of a million people cross into Ngara, Tanzania, within "
               "twenty-four hours.", S)],
            [s("17 May 1994 – Resolution 918 imposes an arms embargo and authorises an expanded UNAMIR of up to "
               "5,500 troops.", S)],
            [s("5 June 1994 – Near Kabgayi, RPF soldiers kill thirteen clergy, among them the Archbishop of Kigali, "
               "and two other civilians.", D)],
            [s("22 June 1994 – Resolution 929, adopted by ten votes with five abstentions, authorises the "
               "French-led Opération Turquoise under Chapter VII.", S)],
            [s("4 July 1994 – RPF troops take Kigali and Butare.", S),
             s("By then between 250,000 and 500,000 women and girls have been raped.", D)],
            [s("18 July 1994 – The RPF enters Gisenyi, and about one million people flee into Zaire within days.",
               D)],
            [s("July–August 1994 – Cholera and dysentery kill some 80,000 refugees in the camps around Goma.", D)],
            [s("8 November 1994 – Resolution 955 creates the International Criminal Tribunal for Rwanda, by "
               "thirteen votes to one with one abstention.", S)],
            [s("22 February 1995 – Security Council resolution 977 fixes the seat of the tribunal at Arusha.", N)],
            [s("22 April 1995 – RPA soldiers fire on displaced people at the Kibeho camp, killing about 2,000.",
               D)],
            [s("2 September 1998 – In the first judgment by an international court for genocide, the ICTR convicts "
               "Jean-Paul Akayesu, bourgmestre of Taba.", S)],
            [s("22 April 2000 – Paul Kagame is sworn in as president, the country's first Tutsi head of state.",
               N)],
            [s("April 2004 – The Kigali Genocide Memorial opens at Gisozi, where the remains of more than 250,000 "
               "victims are buried.", N)],
            [s("18 December 2008 – Théoneste Bagosora is convicted of genocide and sentenced to life; on appeal, "
               "in December 2011, the term becomes 35 years.", S)],
            [s("22 December 2010 – Security Council resolution 1966 creates a residual mechanism to finish the "
               "work of the Rwanda and Yugoslavia tribunals.", N)],
            [s("18 June 2012 – The gacaca courts close after trying 1,958,634 cases.", S)],
            [s("31 December 2015 – The ICTR closes; it indicted 93 people, convicted 61 and acquitted 14.", S)],
            [s("26 March 2021 – The Duclert commission reports to President Macron that France bears heavy and "
               "overwhelming responsibilities and was complicit in the genocide in the legal sense.", C)],
            [s("August 2023 – The Residual Mechanism's Appeals Chamber rules that the case against Félicien "
               "Kabuga, found unfit to stand trial, must be stayed indefinitely.", S)],
        ],
    },
    # 2. Newspaper letters page (invented newspaper and correspondents).
    {
        "doc": "letters-to-the-editor-page.txt",
        "title": "Letters to the Editor: Rwanda trials (The Harrowgate Ledger)",
        "genre": "newspaper letters-to-the-editor page",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("LETTERS TO THE EDITOR"),
             s("Thirty years on: readers respond to our feature on the Rwanda trials")],
            [s("Sir, your Saturday feature on the trials in Paris was welcome, but it repeated an error I see too "
               "often."),
             s("It said the killing lasted about a month, when it in fact went on for roughly a hundred days, from "
               "April until the RPF defeated the government army in July 1994.", S),
             s("Your reporter also wrote that Pascal Simbikangwa received a life sentence; the Paris assize court "
               "gave him 25 years in March 2014, and an appeal court confirmed that term in December 2016.", S),
             s("— Margaret Ellery, Fenwick")],
            [s("Sir, as one who followed the Brussels trial of 2001, I still remember the shock when the two "
               "Benedictine nuns from the Sovu convent were each sentenced to life imprisonment.", C),
             s("Belgium, which lost ten of its soldiers at Camp Kigali on 7 April 1994, had every reason to hold "
               "such trials.", S),
             s("Six years later another Brussels jury convicted Major Bernard Ntuyahaga of murdering Prime Minister "
               "Uwilingiyimana herself.", C),
             s("— Hugh Passmore, Lower Dene")],
            [s("Sir, your graphic gave 800,000 as the number of dead as though the matter were closed."),
             s("In truth more than a million people were killed between April and July 1994.", D),
             s("Tutsi were roughly one in seven Rwandans on the eve of the genocide, and most of them did not "
               "survive it.", D),
             s("The Rwandan government's own census of victims, published in 2002, counted 1,074,017 dead from "
               "October 1990 onwards.", S),
             s("— Aisha Rahman (student), Kenbury")],
            [s("Sir, Canadian readers may recall that Désiré Munyaneza was the first person convicted under "
               "Canada's Crimes Against Humanity and War Crimes Act.", N),
             s("The Superior Court of Quebec found him guilty in May 2009 and sentenced him in October to life, "
               "with no parole for twenty-five years.", S),
             s("The second man tried under that act, Jacques Mungwarere, was acquitted by an Ontario judge in "
               "July 2013 after a trial of twenty-six weeks.", N),
             s("It was also Canada that deported Léon Mugesera to Rwanda in 2012, where the High Court sentenced "
               "him to life in 2016 for a speech he had made in November 1992.", S),
             s("— Paul Tremblay, Ottawa")],
            [s("Sir, your correspondent wrote that resolution 918 cut UNAMIR to 270 soldiers.", C),
             s("It was resolution 912, adopted on 21 April 1994, that made the cut; resolution 918 came almost "
               "four weeks later and authorised 5,500 troops.", S),
             s("Those who want the story on screen can watch Hotel Rwanda, the 2004 film in which Don Cheadle "
               "plays the manager of the Hôtel des Mille Collines.", N),
             s("— Irene Castellane, Bramcote")],
        ],
    },
    # 3. Court-watch NGO monitoring report on trials abroad (invented NGO).
    {
        "doc": "courtwatch-trials-abroad-report.txt",
        "title": "Trial monitoring report No. 9: Rwanda genocide trials in France, Belgium, Germany and Canada",
        "genre": "court-watch NGO trial monitoring report",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Meridian Trial Observers — Monitoring report No. 9"),
             s("This report sets out the outcome of each case and corrects errors that appeared in press "
               "coverage.")],
            [s("France"),
             s("The first French trial ended on 14 March 2014, when the Paris assize court sentenced Pascal "
               "Simbikangwa, a former captain of the Presidential Guard and intelligence officer, to 25 years for "
               "genocide and complicity in crimes against humanity.", S),
             s("On 6 July 2016 the same court sentenced Octavien Ngenzi and Tito Barahira, successive bourgmestres "
               "of Kabarondo, to life imprisonment for the massacre of Tutsi at Kabarondo church on 13 April 1994.",
               S),
             s("The appeal trial confirmed both life terms exactly two years later, and the Cour de cassation "
               "rejected their last appeal in October 2019.", S),
             s("Laurent Bucyibaruta, prefect of Gikongoro, was sentenced to 20 years in July 2022 for complicity, "
               "including in the Murambi massacre of 21 April 1994, but he died in December 2023 before his appeal "
               "could be heard, so the conviction never became final.", S),
             s("The former gendarme Philippe Hategekimana was sentenced to life in June 2023, and the appeal court "
               "confirmed the life term in December 2024.", S),
             s("The gynaecologist Sosthène Munyemana was sentenced to 24 years in December 2023; on appeal, in "
               "October 2025, the term was kept and the minimum period raised from eight to twelve years.", S),
             s("Claude Muhayimana, a driver in Kibuye, received 14 years for complicity in December 2021, a "
               "sentence the appeal court confirmed in February 2026.", S)],
            [s("Belgium"),
             s("Belgium's first Rwanda trial, the case of the 'Butare Four', ended on 8 June 2001 with sentences "
               "of 12 to 20 years.", S),
             s("Those proceedings rested on the Belgian universal jurisdiction law of 1993, which was repealed in "
               "August 2003, ten years after it entered into force.", N),
             s("In July 2007 Major Bernard Ntuyahaga was sentenced to 20 years for the killing of the ten Belgian "
               "peacekeepers at Camp Kigali, although the jury acquitted him of the Prime Minister's murder.", S),
             s("Fabien Neretse, a former senior civil servant, became in December 2019 the first person convicted "
               "of genocide in Belgium and was sentenced to 25 years.", S),
             s("In December 2023 Séraphin Twahirwa, an Interahamwe leader in Gikondo, was sentenced to life, while "
               "the court ordered the psychiatric internment of the businessman Pierre Basabose.", S)],
            [s("Germany"),
             s("Germany's first trial over the Rwandan genocide opened in Frankfurt on 18 January 2011 against "
               "Onesphore Rwabukombe, former bourgmestre of Muvumba.", N),
             s("In February 2014 the Oberlandesgericht Frankfurt sentenced him to 14 years for aiding and abetting "
               "genocide at the Kiziguro church compound, where at least 400 Tutsi were killed on 11 April 1994.",
               S),
             s("After the Federal Court of Justice partly quashed that judgment in May 2015, the retrial convicted "
               "him as a perpetrator and imposed life on 29 December 2015.", S)],
            [s("Canada"),
             s("The Superior Court of Quebec convicted Désiré Munyaneza on 22 May 2009 of genocide, crimes against "
               "humanity and war crimes committed in Butare prefecture.", S),
             s("He was sentenced on 29 October 2009 to life with no eligibility for parole for 25 years, and the "
               "Quebec Court of Appeal upheld the judgment in May 2014.", S)],
            [s("Corrections to press coverage"),
             s("One agency dispatch stated that “Rwabukombe was acquitted on appeal in 2015.”", C),
             s("A weekly magazine wrote that Ngenzi and Barahira “each received 25 years”.", C),
             s("Several outlets placed the Munyaneza trial “before the Ontario Superior Court in Toronto”.", C),
             s("A broadcaster described Neretse's sentence as “life imprisonment, the first ever imposed in "
               "Belgium for genocide”.", C),
             s("A daily reported that Simbikangwa's appeal was heard by the assize court in Lyon.", C),
             s("Another wrote that Bucyibaruta “served his twenty-year term in full”.", C),
             s("Each of these statements is wrong; the correct outcomes are set out above.")],
        ],
    },
    # 4. Radio call-in summary (invented station, host, guest and callers); hard negative: a caller's
    #    false-equivalence remark is reported and refuted on air.
    {
        "doc": "radio-callin-show-summary.txt",
        "title": "Open Line, 7 April: programme summary (Riverside 94.2 FM)",
        "genre": "radio call-in show summary",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Open Line — programme summary, 7 April"),
             s("On the anniversary of the start of the genocide against the Tutsi, host Dana Whitcombe took calls "
               "for two hours, with the historian Ruth Abara of Kenbury University in the studio."),
             s("This summary notes where callers' figures were corrected on air.")],
            [s("Pete from Millbrook opened by saying that the Arusha accords had been signed in 1992, a year and a "
               "half before the genocide.", C),
             s("Dr Abara corrected him: the agreement was signed on 4 August 1993, eight months before the killing "
               "began.", S)],
            [s("Sandra in Eastleigh Cross said she had read that around one in ten of Rwanda's Tutsi were killed.",
               C),
             s("The guest replied that Human Rights Watch put the loss at roughly 77 percent of those registered as "
               "Tutsi, about three in every four.", S)],
            [s("Graham, a retired soldier, remembered the UN force being cut to “about two thousand” after the "
               "Belgian contingent left.", C),
             s("In fact resolution 912 of 21 April 1994 brought UNAMIR down to some 270 personnel.", S),
             s("Graham was right that General Roméo Dallaire commanded the force from October 1993 until August "
               "1994.", S),
             s("Dallaire later told his story in the book Shake Hands with the Devil, published in 2003.", N)],
            [s("Yusuf asked whether the tribunal in Arusha had ever prosecuted the RPF, and the guest confirmed "
               "that the ICTR indicted no member of the RPF.", S),
             s("She added that experts working for UNHCR estimated that RPA soldiers killed between 25,000 and "
               "45,000 people from April to August 1994, crimes that deserve justice of their own.", S)],
            [rep("Keith from Harlow Fields then claimed the killings were “a two-sided tribal war in which both "
                 "peoples lost equally”.", C, "double_genocide", "definitional_denial"),
             s("The host cut in to say that the UN Commission of Experts found in 1994 that the genocide against "
               "the Tutsi had been planned, and found no evidence that crimes by the Tutsi side were meant to "
               "destroy the Hutu as a group.", S)],
            [s("Amira, a teacher, said many of her pupils believe that Kigali fell to the RPF in late April "
               "1994.", C),
             s("Dr Abara replied that RPF troops took Kigali on 4 July.", S)],
            [s("Tom in Saltmarsh said the ICTR had convicted “well over two hundred people”.", C),
             s("The correct figures are 61 convictions and 14 acquittals among the 93 people indicted.", S)],
            [s("Bernadette, who worked for a relief agency in 1994, recalled that as many as 80,000 refugees died "
               "in the camps around Goma in the weeks after the July influx.", D)],
            [s("The host closed by recalling that the UN General Assembly first marked 7 April as an International "
               "Day of Reflection in 2004, on the tenth anniversary.", N),
             s("Asked for her own estimate, Dr Abara put the number killed in the genocide at close to one "
               "million.", D)],
        ],
    },
    # 5. Human-rights briefing on Kibeho and other RPA killings (invented organisation); hard negative.
    {
        "doc": "kibeho-rpa-killings-briefing.txt",
        "title": "Unfinished justice: Kibeho and other killings by RPA soldiers, 1994-1995",
        "genre": "human-rights report on RPA killings",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Great Lakes Accountability Project — Briefing paper"),
             s("This paper documents killings of civilians by soldiers of the Rwandan Patriotic Army (RPA) and the "
               "near-total absence of trials for them."),
             s("Documenting these crimes takes nothing away from the genocide against the Tutsi, which ended when "
               "the RPF defeated the government army in July 1994.", S)],
            [s("1994"),
             s("As the RPF advanced in 1994, its soldiers killed civilians in summary executions and massacres.",
               S),
             s("In mid-April, according to Human Rights Watch, they massacred several hundred people in the "
               "stadium at Byumba.", S),
             s("On 4 June, near Kabgayi, they killed fifteen civilians, thirteen of them clergy, including the "
               "Archbishop of Kigali and the bishops of Kabgayi and Byumba.", D),
             s("Experts working for UNHCR put the number killed by RPA soldiers between April and August 1994 at "
               "25,000 to 45,000, and a former interior minister later spoke of some 60,000 by August 1995.", S),
             s("The true toll of those months was certainly no lower than 60,000.", D)],
            [s("Kibeho, April 1995"),
             s("Kibeho was the largest of the camps for displaced people south of Gikongoro, alongside Kamana, "
               "Ndago and Munini.", N),
             s("In April 1995 it held about 120,000 people.", D),
             s("Soldiers surrounded the camps in the night of 18 to 19 April in order to close them by force.", S),
             s("On 22 April RPA soldiers opened fire on the crowd.", S),
             s("The Rwandan government gave a toll of 338; senior UN military officials spoke of about 2,000 dead "
               "and more than 600 wounded; Australian soldiers serving with UNAMIR estimated at least 4,000 "
               "dead.", S),
             s("The Red Cross reported that at nightfall on 22 April at least 15,000 people were still in the "
               "camp.", N),
             s("Our own view is that some 4,000 people died there that day.", D),
             rep("Officials at the time described the dead as “militiamen who fired first and trampled their own "
                 "people”, an account that shifts the blame onto the victims.", None, "justification",
                 "blame_shifting")],
            [s("Accountability"),
             s("The Rwandan military said in 2008 that it had prosecuted 43 soldiers since 1994 for war crimes and "
               "revenge killings.", S),
             s("A widely shared post claims that “the Arusha tribunal tried the Kabgayi killers”.", C),
             s("In fact the Kabgayi case went to a Rwandan military court, which on 24 October 2008 convicted two "
               "captains who had pleaded guilty and acquitted two senior officers.", S),
             s("The captains' eight-year sentences were reduced to five years on appeal.", S),
             s("The ICTR, whose jurisdiction covered the whole of 1994, never indicted an RPF suspect.", S),
             s("Gacaca courts were not allowed to hear crimes committed by RPF soldiers.", S),
             s("We call on the Rwandan authorities to open the Kibeho file to independent investigators.")],
        ],
    },
    # 6. Debate club rebuttal notes quoting denial claims in order to refute them (invented club); hard negative.
    {
        "doc": "debate-rebuttal-notes.txt",
        "title": "Rebuttal notes, proposition bench (Calloway College Debating Society)",
        "genre": "debate club rebuttal notes",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Calloway College Debating Society — rebuttal notes, proposition"),
             s("Motion: This House would teach the evidence of the 1994 genocide against the Tutsi in every "
               "school."),
             s("Below are the claims we expect from the opposition's 'sceptic' case, each with our answer.")],
            [rep("Claim 1: “It was a civil war, not a genocide.”", C, "definitional_denial"),
             s("Answer: the ICTR's first judgment, against Jean-Paul Akayesu in September 1998, was a conviction "
               "for genocide, and the interim prime minister Jean Kambanda pleaded guilty to genocide.", S),
             s("The UN Commission of Experts found that the genocide against the Tutsi had been carried out in a "
               "concerted, planned, systematic and methodical way.", S)],
            [rep("Claim 2: “No more than 200,000 died, and plenty of them were Hutu.”", C, "minimisation"),
             s("Answer: the Commission of Experts spoke in December 1994 of some 500,000 unarmed civilians "
               "murdered, possibly more, and Human Rights Watch concluded in 1999 that at least half a million "
               "people died.", S),
             s("The government's final count reported that 93.7 percent of the victims were killed as Tutsi.", S)],
            [rep("Claim 3: “The killing was a spontaneous outburst of grief after the president died.”", C,
                 "spontaneity"),
             s("Answer: the Prime Minister and ten Belgian peacekeepers were killed on 7 April, within hours of "
               "the attack on the plane.", S)],
            [rep("Claim 4: “The RPF killed more Hutu than the government killed Tutsi.”", C, "double_genocide",
                 "role_reversal"),
             s("Answer: UNHCR experts estimated RPA killings at 25,000 to 45,000 from April to August 1994, while "
               "Human Rights Watch calculated about 507,000 Tutsi killed.", S),
             s("Both are crimes; the difference in scale and intent is why only one is called genocide.")],
            [rep("Claim 5: “The witnesses at Arusha were paid and coached by Kigali.”", None,
                 "attack_on_witnesses"),
             s("Answer: the judges acquitted fourteen of the accused, which sits badly with the idea of a tribunal "
               "that believed whatever it was told.", S)],
            [rep("Claim 6: “The UN's own commission found that both sides committed genocide.”", C,
                 "double_genocide", "fabrication"),
             s("Answer: the commission found crimes against humanity by individuals on both sides, but no evidence "
               "that crimes by the Tutsi side were meant to destroy the Hutu as a group.", S)],
            [rep("Claim 7: “The Tutsi brought it on themselves when the RPF invaded in 1990.”", S,
                 "blame_shifting", "justification"),
             s("Answer: the children murdered in 1994 had invaded no one.")],
        ],
    },
    # 7. French student exposé (invented student and school), with honest errors.
    {
        "doc": "fr-expose-eleve-reponse-internationale.txt",
        "title": "Exposé d'histoire : la communauté internationale face au génocide des Tutsi",
        "genre": "French student exposé",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Exposé d'histoire : la communauté internationale face au génocide des Tutsi"),
             s("Par Inès B., terminale, lycée du Val-Fleuri")],
            [s("Entre avril et juillet 1994, le génocide des Tutsi au Rwanda a fait environ 800 000 morts.", D),
             s("Les Tutsi représentaient alors environ 15 % de la population du pays.", D),
             s("Pourtant, une mission de l'ONU, la MINUAR, se trouvait au Rwanda depuis la fin de 1993.", S)],
            [s("I. La MINUAR"),
             s("La MINUAR a été créée par la résolution 872 du Conseil de sécurité, le 5 octobre 1993, pour aider à "
               "appliquer les accords d'Arusha.", S),
             s("Elle était commandée par le général Roméo Dallaire, d'octobre 1993 à août 1994.", S),
             s("Le 7 avril 1994, douze Casques bleus belges chargés de protéger la Première ministre ont été "
               "tués.", C),
             s("Le 21 avril, au lieu de renforcer la mission, le Conseil de sécurité a ramené ses effectifs à "
               "environ 270 personnes par la résolution 912.", S),
             s("Il a fallu attendre le 17 mai pour que la résolution 918 autorise 5 500 Casques bleus et impose un "
               "embargo sur les armes.", S)],
            [s("II. L'opération Turquoise"),
             s("Le 22 juin 1994, la résolution 929, votée à l'unanimité, a autorisé l'opération Turquoise dirigée "
               "par la France.", C),
             s("Une zone humanitaire sûre a été créée le 5 juillet dans le sud-ouest, entre Cyangugu, Kibuye et "
               "Gikongoro.", S)],

            [s("III. La justice"),
             s("Le Tribunal pénal international pour le Rwanda a été créé par la résolution 955 du 8 novembre "
               "1994.", S),
             s("Son siège a ensuite été fixé à Arusha, en Tanzanie, par la résolution 977 de février 1995.", N),
             s("Le tribunal a fermé ses portes en 2012, après avoir condamné 61 personnes.", C),
             s("En France, le premier procès, celui de Pascal Simbikangwa, s'est conclu à Paris en mars 2014 par "
               "une peine de 25 ans de réclusion criminelle.", S),
             s("Félicien Kabuga, présenté comme le financier du génocide, a été arrêté le 16 mai 2020 à "
               "Asnières-sur-Seine.", N)],
            [s("IV. Le rôle de la France"),
             s("En mars 2021, la commission d'historiens présidée par Vincent Duclert a conclu à des "
               "« responsabilités lourdes et accablantes » de la France.", S),
             s("Le 27 mai 2021, dans un discours prononcé au mémorial du génocide à Kigali, Emmanuel Macron a "
               "reconnu les responsabilités de la France.", N)],
            [s("Conclusion"),
             s("Le génocide a laissé près de 95 000 enfants orphelins.", D),
             s("Le génocide a duré une centaine de jours et n'a pris fin qu'avec la victoire du FPR en juillet "
               "1994.", S),
             s("À mon avis, une intervention plus rapide de l'ONU aurait pu sauver de nombreuses vies.")],
        ],
    },
    # 8. French TV fact-check transcript (invented channel and presenters); hard negative.
    {
        "doc": "fr-tv-verification-transcription.txt",
        "title": "« L'Œil du vrai » : transcription du segment du 7 avril (Télé Confluence)",
        "genre": "French TV fact-check segment transcript",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Télé Confluence — « L'Œil du vrai », transcription du segment du 7 avril")],
            [s("CAMILLE ROUSSEL : Bonsoir, nous vérifions ce soir quatre affirmations qui circulent sur les "
               "réseaux sociaux à propos du génocide des Tutsi."),
             rep("Première affirmation, partagée des milliers de fois : « Il n'y a eu que 50 000 morts au Rwanda "
                 "en 1994. »", C, "minimisation")],
            [s("YANIS BERTHIER : C'est faux."),
             s("Dès décembre 1994, la Commission d'experts de l'ONU estimait à quelque 500 000 le nombre de "
               "civils assassinés, en précisant que ce chiffre pouvait être trop bas.", S),
             s("Le recensement des victimes publié par le gouvernement rwandais en 2002 arrive à 1 074 017 morts, "
               "en comptant depuis octobre 1990.", S),
             s("Le bilan réel se situe sans doute autour d'un million de morts.", D)],
            [rep("CAMILLE ROUSSEL : Deuxième affirmation : « Le génocide était une réaction spontanée à la mort du "
                 "président, il n'y avait aucun plan. »", C, "spontaneity"),
             s("YANIS BERTHIER : Faux également."),
             s("La Commission d'experts a conclu que les actes de génocide contre les Tutsi avaient été commis de "
               "façon concertée, planifiée, systématique et méthodique.", S),
             s("Et le TPIR a condamné pour génocide, le 18 décembre 2008, le colonel Théoneste Bagosora, directeur "
               "de cabinet au ministère de la Défense.", S)],
            [rep("CAMILLE ROUSSEL : Troisième affirmation : « C'est le FPR qui a abattu l'avion, la justice "
                 "française l'a prouvé. »", C, "blame_shifting", "fabrication"),
             s("YANIS BERTHIER : C'est faux."),
             s("Le juge Jean-Louis Bruguière avait bien délivré neuf mandats d'arrêt en novembre 2006 contre des "
               "proches de Paul Kagame.", S),
             s("Mais le rapport d'experts remis aux juges en janvier 2012 situait la zone de tir vers Kanombe, "
               "alors tenu par l'armée gouvernementale.", S),
             s("Les juges ont rendu un non-lieu le 21 décembre 2018, confirmé en appel le 3 juillet 2020, et la "
               "Cour de cassation a clos le dossier le 15 février 2022.", S)],

            [rep("CAMILLE ROUSSEL : Dernière affirmation : « Le TPIR a acquitté la plupart des accusés. »", C,
                 "fabrication"),
             s("YANIS BERTHIER : Sur 93 personnes mises en accusation, 61 ont été condamnées et 14 acquittées avant la fermeture du "
               "tribunal, le 31 décembre 2015.", S)],
            [s("CAMILLE ROUSSEL : Un mot enfin sur un fait exact, souvent déformé : le TPIR n'a poursuivi aucun "
               "membre du FPR.", S),
             s("YANIS BERTHIER : C'est vrai, et Human Rights Watch le lui reprochait dès décembre 2008.", S),
             s("Des experts travaillant pour le HCR estimaient que des soldats de l'APR avaient tué entre 25 000 et "
               "45 000 personnes d'avril à août 1994.", S),
             s("Ces crimes doivent être jugés, mais ils ne font pas du génocide des Tutsi un « double "
               "génocide ».")],
            [s("CAMILLE ROUSSEL : Merci Yanis, à la semaine prochaine.")],
        ],
    },
    # 9. History teacher's quiz answer key quoting deliberately wrong options (invented school); hard negative.
    {
        "doc": "quiz-answer-key-year11.txt",
        "title": "Year 11 History: Rwanda 1994 revision quiz, teacher's answer key (Brindle Park School)",
        "genre": "history teacher's quiz with answer key",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Brindle Park School — Year 11 History"),
             s("Rwanda 1994 revision quiz: answer key with the distractors quoted")],
            [s("Q1, the invasion — answer (b): the RPF attacked Rwanda from Uganda on 1 October 1990.", S),
             s("Distractor (a): “The RPF invaded Rwanda from Burundi in October 1991.”", C)],
            [s("Q2, the cut in UNAMIR — answer (c): resolution 912 of 21 April 1994 reduced the force to about "
               "270.", S),
             s("Distractor (a): “Resolution 955 reduced UNAMIR to 270 peacekeepers.”", C)],

            [s("Q3, the Belgian peacekeepers — answer (b): ten were killed on 7 April 1994.", S),
             s("Distractor (c): “Twenty-five Belgian peacekeepers were killed on 6 April.”", C)],
            [s("Q4, the first genocide judgment — answer (a): Jean-Paul Akayesu was convicted of genocide on 2 "
               "September 1998 and sentenced to life.", S),
             s("Distractor (c): “Akayesu was acquitted of genocide and convicted only of war crimes.”", C)],
            [s("Q5, the ICTR's record — answer (c): 93 indicted, 61 convicted, 14 acquitted.", S),
             s("Distractor (a): “The tribunal convicted all 93 people it indicted.”", C)],
            [s("Q6, hate radio — answer (b): RTLM began broadcasting in July 1993.", N),
             s("Follow-up: the RTLM presenter Georges Ruggiu pleaded guilty and was sentenced to 12 years in June "
               "2000.", S),
             s("Distractor (d): “Ruggiu was sentenced to life imprisonment.”", C)],
            [s("Q7, the share of Tutsi killed — answer (a): Human Rights Watch estimated that about three quarters "
               "of Rwanda's Tutsi were killed.", S),
             s("Distractor (b): “About a quarter of the Tutsi population was killed.”", C),
             s("Distractor (c): “Nine in ten of the victims counted by the government were Hutu.”", C)],
            [s("Q8, spotting denial — which statement is an example of genocide denial?"),
             s("Option (a): “RPF soldiers killed civilians in 1994, among them thirteen clergy near Kabgayi.”", S),
             rep("Option (c): “There was no plan; the killings were a spontaneous reaction.”", C, "spontaneity"),
             rep("Option (d): “The Tutsi were to blame for their own deaths because they supported the RPF.”", None,
                 "blame_shifting"),
             s("Answer: (c) and (d) are denial; (a) is a documented fact, and the Commission of Experts found the "
               "genocide concerted, planned, systematic and methodical.", S)],
            [s("Q9, gacaca — answer (b): the courts closed on 18 June 2012 after 1,958,634 cases.", S),
             s("Distractor (c): “Gacaca courts tried RPF soldiers for revenge killings.”", C)],
            [s("Q10, courts abroad — answer (d): the Superior Court of Quebec convicted Désiré Munyaneza in "
               "2009.", S),
             s("Distractor (a): “Munyaneza was tried by the International Criminal Court in The Hague.”", C)],
            [s("Teacher's note: every distractor above is deliberately wrong and must not be copied into revision "
               "notes.")],
        ],
    },
    # 10. FIXTURE: own-voice denial (written by the team; states falsehoods on purpose).
    {
        "doc": "fixture-denial-video-description.txt",
        "title": "Fixture: description box of a denial video",
        "genre": "test fixture: own-voice denial (video description)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("The so-called Rwandan genocide is the biggest lie of the 1990s.", C, "definitional_denial",
                 "fabrication"),
             own("What happened in 1994 was a civil war between two armies, nothing more.", C,
                 "definitional_denial"),
             own("Fewer than 100,000 people died on all sides, and the million figure was cooked up in Kigali.", C,
                 "minimisation", "fabrication"),
             own("There was never any plan: angry villagers simply lashed out after the RPF murdered their "
                 "president.", C, "spontaneity", "blame_shifting"),
             own("Even the Arusha tribunal ended up clearing Colonel Bagosora of genocide on appeal.", C,
                 "fabrication"),
             own("Its witnesses were coached survivors reciting scripts written by the regime.", None,
                 "attack_on_witnesses"),
             s("Watch the full video and decide for yourself.")],
        ],
    },
    # 11. FIXTURE: distortion (accepts deaths, false equivalence, blame shifting, inflated RPF toll).
    {
        "doc": "fixture-denial-grievance-essay.txt",
        "title": "Fixture: 'both sides' grievance essay",
        "genre": "test fixture: distortion essay",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Nobody denies that many Tutsi died in 1994, and every death is a tragedy."),
             own("But the war began when the RPF invaded from Uganda on 1 October 1990, and everything that "
                 "followed flowed from that aggression.", S, "blame_shifting"),
             own("Ordinary Hutu farmers were defending their families against an invading army, and what they did "
                 "was self-defence.", None, "justification", "role_reversal"),
             own("Meanwhile the RPF slaughtered at least 500,000 Hutu civilians as it advanced, a second genocide "
                 "the world ignores.", C, "double_genocide", "fabrication"),
             own("Both peoples suffered in equal measure.", C, "double_genocide", "minimisation"),
             own("Even the UN's experts admitted that the RPF committed genocide against the Hutu.", C,
                 "fabrication", "double_genocide"),
             own("True reconciliation means commemorating both genocides together.", None, "double_genocide")],
        ],
    },
    # 12. FIXTURE: composite (accurate commemoration paragraph, then a denial paragraph).
    {
        "doc": "fixture-denial-composite-anniversary-post.txt",
        "title": "Fixture: anniversary post with a denial paragraph appended",
        "genre": "test fixture: composite (accurate text then denial)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("On 7 April we remember the start of the killings in 1994.", S),
             s("That day soldiers murdered Prime Minister Agathe Uwilingiyimana and the ten Belgian peacekeepers "
               "who were protecting her.", S),
             s("For about a hundred days the killing spread across the country, until the RPF defeated the "
               "government army in July.", S),
             s("The ICTR later sentenced Jean Kambanda, the interim prime minister, to life after he pleaded guilty "
               "to genocide.", S)],
            [own("But let us be honest about the numbers: the official toll was inflated tenfold to attract foreign "
                 "aid.", C, "minimisation", "fabrication"),
             own("No one ever proved that anybody planned anything, so the tribunal had to invent its charges.", C,
                 "definitional_denial", "fabrication"),
             own("What really happened was a war between two tribes in which the Hutu were the main victims.", C,
                 "definitional_denial", "role_reversal", "double_genocide"),
             s("Remember everyone, but do not swallow the official story.")],
        ],
    },
]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:], DOCS, HERE))
