"""Source of the labelled TRAINING set check-train31 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train31/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train31/build_set.py --check  # validate the files already written

A training set with an emphasis on DISTORTION that does not deny outright: half of the ordinary-genre documents
accept that killings took place but shift the blame (the 1990 invasion, the plane, "chaos"), excuse them (war,
self-defence), inflate RPF crimes into a "second genocide", shave the toll, or frame the record as manufactured by
interested parties. Because labelled_set.py requires every document with stance denies/distorts/mixed to be a
fixture, those long distorting documents are named fixture-denial-*.txt: they are test fixtures written by the
factfinder team, not quotations of anyone, and they state falsehoods on purpose (see README.md). The other half
acknowledges the record in ordinary journalistic or scholarly prose, including four hard negatives (critical ICTR
scholarship, documentation of RPA killings, and a teaching unit and a French radio fact check that quote distortion
in order to analyse it). Three short fixtures (at most 8 sentences; one composite) complete the set.

Its author read only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md (labelling conventions), the
first 40 lines of benchmarks/data/check-blind5/build_set.py (this header's template), check-blind5/README.md (the
README's sections) and the record: examples/ (FACTS.md, the sample documents, examples/src/), the reference pack
src/factfinder/data/reference/rwanda1994_figures.yaml with its README, and the proceedings CSV with its README.
Verdicts were decided against that record alone. The author did not read the detectors, their rules or data, the
benchmark, its results, the tests, nor any other set's documents or labels.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling rules and the sources
of every true fact outside the record.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with


# 1. Wire report on a Paris appeal verdict (invented agency). Acknowledges; two honest errors.
WIRE_PARIS = {
    "doc": "wire-paris-appeal-muhayimana.txt",
    "title": "Paris appeal court upholds 14-year term for Rwandan driver in Kibuye massacres",
    "genre": "wire report (court)",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [s("Paris appeal court upholds 14-year term for Rwandan driver in Kibuye massacres")],
        [
            s("PARIS, Feb 27 (Meridian Wire) – A Paris appeal court on Friday confirmed the fourteen-year prison "
              "term of Claude Muhayimana, a Rwandan who worked as a driver for a guest house in Kibuye during the "
              "1994 genocide against the Tutsi.", S),
            s("The court found, as the trial court had in December 2021, that he transported gendarmes and "
              "Interahamwe militiamen to sites where Tutsi were being massacred between April and June 1994.", S),
            s("Among the places named in the case were Kibuye town, Karongi, Gitwa and the hills of Bisesero.", S),
            s("The verdict can still be challenged before the Cour de cassation on points of law."),
        ],
        [
            s("The case is the latest in a run of genocide trials held in France under universal jurisdiction."),
            s("The first ended in March 2014, when a Paris court gave former intelligence officer Pascal "
              "Simbikangwa twenty-five years, a sentence confirmed on appeal in December 2016.", S),
            s("Two former mayors of Kabarondo, Tito Barahira and Octavien Ngenzi, were jailed for life in July 2016 "
              "over the massacre of Tutsi at the town's church on 13 April 1994, and lost their appeals two years "
              "later.", S),
            s("Laurent Bucyibaruta, prefect of Gikongoro in 1994, was sentenced in July 2022 to twenty-five years "
              "but died before his appeal was heard.", C),
            s("Philippe Hategekimana, a former gendarme in Nyanza, was given a life term in June 2023, upheld in "
              "December 2024.", S),
            s("In October 2025 appeal judges kept the twenty-four-year sentence of Sosthène Munyemana, a Butare "
              "gynaecologist.", S),
        ],
        [
            s("Belgium was the first European country to put Rwandans on trial for the crimes of 1994, when a "
              "Brussels jury convicted four defendants, among them two Benedictine nuns, in June 2001.", C),
            s("Belgium's first conviction for genocide itself came in December 2019, against the former civil "
              "servant Fabien Neretse.", S),
        ],
        [
            s("The killings began on the night of 6 April 1994, hours after a plane carrying President Juvénal "
              "Habyarimana was shot down over Kigali, and continued for about a hundred days.", S),
            s("At least 800,000 people were killed, most of them Tutsi, according to commonly cited estimates.", D),
            s("The Rwandan Patriotic Front, then a rebel movement, halted the killing when it defeated the "
              "government army in July 1994.", S),
            s("Hundreds of thousands of Hutu civilians, soldiers and militiamen then fled into Zaire, close to a "
              "million by many counts.", D),
            s("The UN tribunal for Rwanda in Arusha, which closed at the end of 2015, convicted sixty-one people "
              "and acquitted fourteen.", S),
            s("It never indicted any member of the RPF, whose soldiers also killed civilians in 1994.", S),
            s("More than 1.9 million cases were tried by Rwanda's community gacaca courts before they closed in "
              "June 2012.", S),
            s("Rwanda's own courts opened genocide trials in December 1996 and carried out twenty-two public "
              "executions in April 1998.", S),
            s("The proceedings against the alleged financier Félicien Kabuga were halted in August 2023 after he "
              "was found unfit to stand trial.", S),
        ],
    ],
}


# 2. Academic article critical of the ICTR's selectivity (hard negative: "victor's justice" discussed, not used).
ARTICLE_ICTR = {
    "doc": "journal-article-ictr-selectivity.txt",
    "title": "Selective by design? The ICTR, the RPF file and what 'victor's justice' does not explain",
    "genre": "academic article (critique of the ICTR)",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [s("Selective by design? The ICTR, the RPF file and what 'victor's justice' does not explain")],
        [s("Abstract")],
        [
            s("The International Criminal Tribunal for Rwanda was created by Security Council resolution 955 on "
              "8 November 1994, adopted by thirteen votes to one with one abstention.", S),
            s("Its jurisdiction was limited to crimes committed between 1 January and 31 December 1994.", S),
            s("It sat in Arusha, Tanzania, and opened its first trial in 1996.", C),
            s("Over the following two decades it indicted ninety-three individuals, convicted sixty-one and "
              "acquitted fourteen, all of them charged as members or allies of the former regime, its army or its "
              "militias.", S),
            s("This article asks why a court empowered to try every serious violation of humanitarian law committed "
              "in Rwanda that year never indicted a member of the Rwandan Patriotic Front.", S),
        ],
        [s("1. What the United Nations knew")],
        [
            s("The question is not new."),
            s("The Commission of Experts created under resolution 935 sent its final report to the Security "
              "Council on 9 December 1994.", S),
            s("It found that genocide against the Tutsi had been committed by Hutu elements, that individuals on "
              "both sides had committed crimes against humanity, and that there was no evidence the RPF's crimes "
              "were intended to destroy the Hutu as a group.", S),
            s("It asked that the violations attributed to the RPF be investigated further.", S),
            s("Human Rights Watch later wrote that RPF soldiers may have killed tens of thousands of civilians "
              "between April and July 1994, and a UNHCR team led by Robert Gersony estimated the RPA's victims "
              "from April to August at 25,000 to 45,000.", S),
            s("The scale of those killings, in the tens of thousands, was therefore known to the United Nations "
              "from the outset.", D),
        ],
        [s("2. The prosecutorial record")],
        [
            s("On 28 August 2003 the Security Council divided the post of prosecutor, which Carla Del Ponte had "
              "held for both the Rwanda and the Yugoslavia tribunals, and she ceased to prosecute in Arusha.", N),
            s("Del Ponte said that Kigali had lobbied for her removal because she intended to investigate reprisal "
              "killings by the army.", N),
            s("Her successor, the Gambian jurist Hassan Jallow, took office in mid-September 2003.", N),
            s("The only RPA case to reach a courtroom, the killing of fifteen civilians, thirteen of them clergy, "
              "near Kabgayi in June 1994, was left by the ICTR Prosecutor to Rwanda's military courts, with his "
              "office monitoring the trial.", S),
            s("On 24 October 2008 a military tribunal in Kigali gave two captains who had pleaded guilty eight "
              "years each and acquitted a brigadier general and a major.", S),
            s("On appeal in February 2009 the captains' terms were reduced to five years.", S),
            s("In December 2008 Human Rights Watch observed that the tribunal had not prosecuted a single one of "
              "the serious RPF crimes of 1994.", S),
        ],
        [s("3. Beyond 'victor's justice'")],
        [
            s("The phrase 'victor's justice' is often treated as if it settled the matter; it explains less than "
              "it seems to."),
            s("It does not touch what the tribunal found: from the Akayesu judgment of 2 September 1998 onwards, "
              "its chambers held that genocide against the Tutsi had been committed in 1994.", S),
            s("The selectivity concerns whom the tribunal chose to try, not the facts it established."),
            s("Nor did national justice fill the gap: Rwanda's military courts, according to figures reported by "
              "Human Rights Watch, prosecuted RPA soldiers for the killing of approximately one hundred civilians, "
              "and the army said in 2008 that it had prosecuted forty-three soldiers since 1994.", S),
            s("Gacaca, which closed on 18 June 2012 after 1,958,634 cases, had been barred from hearing crimes by "
              "RPF soldiers.", S),
            s("Killings such as those at Kibeho on 22 April 1995, where RPA troops fired on displaced people, fell "
              "outside the tribunal's temporal jurisdiction altogether.", S),
            s("Memory politics followed the same line: in January 2018 the UN General Assembly renamed its 7 April "
              "day of reflection, created in December 2003, to refer to the genocide against the Tutsi, while "
              "recalling that Hutu and others who opposed it were also killed.", N),
        ],
        [s("4. Conclusion")],
        [
            s("Recording this asymmetry is sometimes mistaken for relativising the genocide, yet the Commission of "
              "Experts itself asked that those responsible for RPF crimes be brought before an independent and "
              "impartial tribunal.", S),
            s("A court that left part of its mandate untouched weakened its own authority, and those who deny the "
              "genocide have been quick to exploit that silence."),
        ],
    ],
}


# 3. NGO briefing on RPA killings 1994-1995 (invented NGO; hard negative: documents RPF crimes, rejects "double genocide").
BRIEFING_RPA = {
    "doc": "ngo-briefing-rpa-killings.txt",
    "title": "Briefing note: killings by the Rwandan Patriotic Army, 1994-1995, and the justice that did not follow",
    "genre": "NGO briefing",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [s("Briefing note: killings by the Rwandan Patriotic Army, 1994–1995, and the justice that did not follow")],
        [s("Prepared by the Great Lakes Accountability Project for a donors' round-table; every figure is attributed "
           "to the party that produced it.")],
        [s("Summary")],
        [
            s("The genocide against the Tutsi, in which Human Rights Watch concluded that at least half a million "
              "people were killed, is not in question in this note.", S),
            s("This note deals with a separate set of crimes: the killing of civilians by soldiers of the Rwandan "
              "Patriotic Army (RPA), the armed wing of the Rwandan Patriotic Front, during the war and after it."),
            s("Those crimes were documented at the time, claimed tens of thousands of lives, and have scarcely been "
              "judged.", D),
        ],
        [s("1. April to August 1994")],
        [
            s("Experts working for the UN refugee agency estimated that RPA soldiers killed between 25,000 and "
              "45,000 people between April and August 1994.", S),
            s("Their findings were never published as a report; Human Rights Watch reported them in 2008.", S),
            s("A former interior minister who held office in 1994 and 1995 put the number killed by RPA soldiers "
              "between April 1994 and August 1995 at some 60,000.", S),
            s("In mid-April 1994, according to Human Rights Watch, RPF soldiers massacred several hundred people "
              "in the stadium at Byumba.", S),
            s("Amnesty International reported in October 1994 that the RPA's violations from April to August "
              "included hundreds of deliberate executions.", S),
            s("In early June, near Kabgayi, RPF soldiers killed fifteen civilians, thirteen of them clergy, among "
              "them the Archbishop of Kigali and the bishops of Kabgayi and Byumba.", S),
            s("The clergy were killed on 5 June 1994.", D),
            s("RPA troops entered Gisenyi on 18 July 1994, as the defeated army and a mass of civilians crossed "
              "into Zaire.", D),
        ],
        [s("2. Kibeho, April 1995")],
        [
            s("On 22 April 1995 RPA soldiers opened fire on displaced people at the Kibeho camp in the south-west "
              "while the army was closing the camp by force.", S),
            s("Médecins Sans Frontières put the camp's population that month at 110,000.", S),
            s("The toll is contested: the government counted 338 dead, senior UN military officials estimated "
              "about 2,000, and Australian soldiers serving with UNAMIR at least 4,000.", S),
            s("Our own reading of the evidence is that some 2,000 people died, most of them shot and others "
              "trampled in the panic.", D),
        ],
        [s("3. Accountability")],
        [
            s("The International Criminal Tribunal for Rwanda closed on 31 December 2015 without having indicted "
              "any RPF or RPA member.", S),
            s("For the Kabgayi killings, a military tribunal in Kigali in October 2008 convicted two RPA captains "
              "who had pleaded guilty and acquitted two senior officers.", S),
            s("The Military High Court reduced the captains' sentences from eight to five years in February 2009 "
              "and upheld the acquittals.", S),
            s("In 2008 the Rwandan army said it had prosecuted forty-three soldiers since 1994 for war crimes and "
              "revenge killings.", S),
            s("The gacaca courts, which judged nearly two million genocide-related cases, were not allowed to hear "
              "crimes committed by RPF soldiers.", S),
            s("Abroad, a Spanish investigating judge, Fernando Andreu, issued arrest warrants in February 2008 for "
              "forty Rwandan soldiers accused of mass killings after the genocide, including the murder of nine "
              "Spanish citizens.", N),
            s("Rwanda's foreign ministry urged Interpol and the international community to ignore the warrants, "
              "saying they rested on falsehoods.", N),
            s("On 1 October 2010 the UN human rights office published its report on grave violations in the "
              "Democratic Republic of the Congo between 1993 and 2003, which found that attacks on Hutu refugees "
              "there could be characterised as crimes of genocide if proven before a competent court.", N),
        ],
        [s("4. Our position")],
        [
            s("Recording these crimes does not make 1994 a 'double genocide': the Commission of Experts found no "
              "evidence that the RPF's crimes were committed with intent to destroy the Hutu as a group.", S),
            s("It does mean that the relatives of most of these victims have never seen a court examine what "
              "happened to them."),
            s("We ask donors to fund the documentation of these cases by Rwandan and international investigators, "
              "and to raise them with the Rwandan authorities."),
        ],
    ],
}


# 4. Teaching unit quoting distortion claims in order to analyse them (hard negative: techniques only in reported voice).
TEACHING_UNIT = {
    "doc": "teaching-unit-distortion-1994.txt",
    "title": "Unit 7 - How distortion works: checking claims about Rwanda, 1994 (teacher's notes)",
    "genre": "teaching material",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [s("Unit 7 — How distortion works: checking claims about Rwanda, 1994 (teacher's notes)")],
        [
            s("These notes accompany a ninety-minute lesson for students aged sixteen to eighteen."),
            s("Students read a short timeline, examine five claims of the kind they may meet online, and check each "
              "one against the sources."),
        ],
        [s("Part 1. Timeline")],
        [
            s("On Monday 1 October 1990 the Rwandan Patriotic Front, a movement formed largely of Tutsi refugees, "
              "attacked northern Rwanda from Uganda.", S),
            s("In December 1990 the newspaper Kangura printed the Ten Commandments of the Bahutu, whose eighth "
              "commandment told Hutu to stop having pity for Tutsi.", N),
            s("A private radio station, RTLM, began broadcasting on 8 July 1993.", N),
            s("Less than a month later, on 4 August 1993, the government and the RPF signed a peace agreement at "
              "Arusha.", S),
            s("On the evening of 6 April 1994 the president's plane was shot down near Kigali; the next day "
              "soldiers killed the prime minister, Agathe Uwilingiyimana, and ten Belgian peacekeepers.", S),
            s("Over roughly the next hundred days soldiers, militiamen and mobilised civilians killed Tutsi "
              "throughout the country, together with Hutu who opposed the killing.", S),
            s("On 21 April the UN Security Council cut its peacekeeping force to 270.", S),
            s("On 17 May it imposed an arms embargo and authorised a new force of 2,500.", C),
            s("The RPF took Kigali on 4 July and a new government took office on 19 July.", S),
            s("Before the killing began, Tutsi made up roughly one Rwandan in seven.", D),
            s("Rape was used as a weapon on a massive scale: at least 250,000 women and girls were raped.", D),
            s("By the end, some 95,000 children had lost their parents.", D),
        ],
        [s("Part 2. Five claims")],
        [
            rep("Claim A: “It was a war, and in a war people die on both sides.”", None,
                "definitional_denial", "justification"),
            s("There was a war: fighting between the government army and the RPF resumed on 7 April 1994.", S),
            s("But in December 1994 the UN Commission of Experts found that genocide against the Tutsi had been "
              "carried out in a concerted, planned, systematic and methodical way, which is not how civilians die "
              "when they are caught between two armies.", S),
            s("Technique to name: the war is used as a frame that makes the destruction of a group look like "
              "ordinary combat losses."),
        ],
        [
            rep("Claim B: “The killing was a spontaneous explosion of anger after the president was murdered.”", None,
                "spontaneity", "blame_shifting"),
            s("The speed of the killing was real: six weeks in, Human Rights Watch estimated that at least 200,000 "
              "people had already been slain.", S),
            s("Speed is not spontaneity: roadblocks were set up across Kigali within hours of the crash, and the "
              "Commission of Experts described the killing as planned.", S),
            s("Technique to name: the assassination is turned into the cause, and the planning disappears."),
        ],
        [
            rep("Claim C: “There were two genocides, and the one against the Hutu has been covered up.”", C,
                "double_genocide", "fabrication"),
            s("Killings by RPF soldiers were real and are documented: a UNHCR team estimated that they killed "
              "25,000 to 45,000 people between April and August 1994.", S),
            s("The Commission of Experts found, however, no evidence that those crimes were committed with intent "
              "to destroy the Hutu as a group, and that intent is what the word genocide requires.", S),
            s("Technique to name: real crimes are inflated and set beside the genocide as its equal."),
        ],
        [
            rep("Claim D: “Barely 100,000 people died, and the big numbers were invented to attract aid.”", C,
                "minimisation", "fabrication"),
            s("Every full count is several times higher: the UN's Independent Inquiry of 1999 spoke of "
              "approximately 800,000 dead, and the government's census of 2002 listed 1,074,017 victims.", S),
            s("Estimates differ, and students should always say who produced each one, but a dispute about the "
              "size of a crime is not evidence that it did not happen."),
        ],
        [
            rep("Claim E: “The witnesses were coached, and the tribunal in Arusha simply did what Kigali wanted.”",
                None, "attack_on_witnesses", "fabrication"),
            s("The tribunal acquitted fourteen accused, among them ministers of the interim government, which is "
              "hard to reconcile with a court taking orders.", S),
            s("Serious criticism of the tribunal points the other way: it never prosecuted a member of the RPF.", S),
        ],
        [s("Part 3. Going further")],
        [
            s("In 2010 Monthly Review Press published Edward Herman and David Peterson's The Politics of Genocide, "
              "which Gerald Caplan, reviewing it, accused of denying the genocide of the Rwandan Tutsi.", N),
            s("In October 2014 a BBC documentary, Rwanda's Untold Story, aired claims that far fewer Tutsi had died "
              "than usually stated, and Rwanda suspended the BBC's Kinyarwanda broadcasts later that month.", N),
            s("Since 2004 the United Nations has marked 7 April as an international day of reflection, under a "
              "General Assembly resolution adopted on 23 December 2003.", N),
            s("Ask students which of the five techniques each source uses, and to trace every figure back to the "
              "party that produced it."),
        ],
    ],
}


# 5. French radio fact check of a viral video (invented station; hard negative: the video's claims in reported voice).
RADIO_FR = {
    "doc": "radio-fr-vrai-faux-attentat.txt",
    "title": "Le vrai du faux — Attentat du 6 avril 1994 : une vidéo virale passée au crible",
    "genre": "radio fact-check transcript",
    "language": "fr",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [s("Le vrai du faux — Attentat du 6 avril 1994 : une vidéo virale passée au crible")],
        [s("Transcription de la chronique diffusée ce matin sur Radio Cap-Lointain.")],
        [
            rep("ANIMATEUR. — Une vidéo partagée des dizaines de milliers de fois affirme que « la justice française "
                "a prouvé que Kagame a fait abattre l'avion, et donc déclenché lui-même les massacres ».", C,
                "blame_shifting", "role_reversal"),
            s("Qu'en est-il, Hélène ?"),
        ],
        [
            s("CHRONIQUEUSE. — Commençons par ce qui est établi."),
            s("Le mercredi 6 avril 1994, dans la soirée, le Falcon 50 qui ramenait le président Juvénal Habyarimana "
              "d'un sommet en Tanzanie a été abattu alors qu'il approchait de Kigali.", S),
            s("Le président du Burundi, Cyprien Ntaryamira, et les trois membres de l'équipage, tous français, ont "
              "péri avec lui.", S),
            s("Les familles de l'équipage ont saisi la justice française en 1998.", S),
            s("Le juge Jean-Louis Bruguière a privilégié la piste du FPR et, en novembre 2006, il a délivré neuf "
              "mandats d'arrêt internationaux contre des proches de Paul Kagame.", S),
            s("Kigali a aussitôt rompu ses relations diplomatiques avec Paris, avant de les rétablir le 29 novembre "
              "2009.", S),
        ],
        [
            s("Mais l'instruction ne s'est pas arrêtée là."),
            s("Le mardi 10 janvier 2012, les juges Marc Trévidic et Nathalie Poux ont présenté aux parties un "
              "rapport d'experts qui situait la zone de tir vers le camp militaire de Kanombe, alors aux mains de "
              "l'armée gouvernementale.", S),
            s("Ce rapport a lui-même été contesté.", S),
            s("Le 21 décembre 2018, les juges ont rendu un non-lieu, faute de charges suffisantes, confirmé en appel "
              "le 3 juillet 2020 puis, définitivement, par la Cour de cassation le 15 février 2022.", S),
            s("Aucun tribunal n'a donc jamais établi qui a tiré.", S),
        ],
        [
            rep("ANIMATEUR. — La vidéo assure pourtant que « tout le monde sait » que c'est le FPR.", D,
                "blame_shifting"),
            s("CHRONIQUEUSE. — C'est une thèse, pas un fait judiciaire."),
            s("En janvier 2010, une commission rwandaise présidée par Jean Mutsinzi a attribué le tir à des "
              "extrémistes hutu postés à Kanombe ou à proximité, et le chercheur Filip Reyntjens a contesté ses "
              "conclusions dès mai 2010.", S),
            s("Les hypothèses s'affrontent ; la justice française, elle, a clos le dossier sans désigner de "
              "coupable.", S),
        ],
        [
            s("ANIMATEUR. — Et l'idée que l'attentat « explique » les massacres ?"),
            s("CHRONIQUEUSE. — C'est le cœur de la manipulation."),
            s("Quel que soit l'auteur du tir, la Commission d'experts des Nations unies a conclu en décembre 1994 que "
              "le génocide des Tutsi avait été perpétré de façon concertée, planifiée, systématique et "
              "méthodique.", S),
            s("Dans les heures qui ont suivi l'attentat, des barrages ont été dressés à travers Kigali, et le 7 avril "
              "la Première ministre Agathe Uwilingiyimana et dix Casques bleus belges ont été tués.", S),
            s("Une extermination qui, selon Human Rights Watch, a fait au moins un demi-million de morts ne "
              "s'improvise pas sur un coup de colère.", S),
        ],
        [
            s("ANIMATEUR. — Dernier point : la vidéo affirme que la France « n'a rien à se reprocher », puisque "
              "l'opération Turquoise était humanitaire.", C),
            s("CHRONIQUEUSE. — Le 26 mars 2021, la commission d'historiens présidée par Vincent Duclert a remis au "
              "président Macron un rapport concluant à des « responsabilités lourdes et accablantes » de la France, "
              "sans retenir de complicité au sens juridique.", S),
            s("Et, depuis janvier 2018, l'ONU désigne officiellement le 7 avril comme la journée de réflexion sur "
              "le génocide perpétré contre les Tutsi.", N),
            s("Quant à Turquoise, autorisée le 22 juin 1994 par la résolution 929, elle a déclaré une zone "
              "humanitaire sûre le 5 juillet et ses derniers soldats l'ont quittée le 21 août.", S),
        ],
        [
            s("ANIMATEUR. — En résumé ?"),
            s("CHRONIQUEUSE. — La vidéo mélange une question ouverte, l'auteur de l'attentat, et un fait établi, le "
              "génocide, pour faire passer l'une pour la réponse à l'autre."),
        ],
    ],
}


# 6. Long distorting op-ed (test fixture written by the team): blame shifting, justification, spontaneity, inflation.
OPED_WHOLE_STORY = {
    "doc": "fixture-denial-oped-whole-story.txt",
    "title": "Thirty years on, Rwanda deserves the whole story, not the convenient one",
    "genre": "op-ed",
    "language": "en",
    "stance": "distorts",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [s("Thirty years on, Rwanda deserves the whole story, not the convenient one")],
        [s("By Martin Oakes")],
        [
            s("No one disputes that terrible killings took place in Rwanda in 1994.", S),
            s("But the story usually told begins on 7 April, and that is exactly where it goes wrong."),
            own("It should begin on Monday 1 October 1990, when the Rwandan Patriotic Front, an army raised in "
                "Uganda, invaded a sovereign country.", S, "blame_shifting"),
            own("For three and a half years the farmers of the north lived with war on their doorstep.", None,
                "blame_shifting"),
            own("The peace agreement signed at Arusha in August 1993 was meant to end that war, yet the rebels never "
                "stopped preparing for a military victory.", S, "blame_shifting"),
            s("Juvénal Habyarimana had governed since seizing power on 5 July 1973, and for all his faults he had "
              "kept the peace for seventeen years.", N),
        ],
        [
            own("Then came the evening of 6 April 1994, when the presidential plane was brought down on its approach "
                "to Kigali, in all likelihood by the very rebels who had signed that agreement.", D, "blame_shifting"),
            own("In October 1993 Burundi's first Hutu president had been murdered by army officers in a failed "
                "coup; now Rwanda's president was dead too, and the country was seized by panic.", N, "spontaneity"),
            own("By 21 April the UN had cut its peacekeeping force to 270 men, leaving nobody to restore order.", S,
                "blame_shifting"),
            own("In that panic, peasants who believed the rebels were coming to exterminate them took up machetes "
                "to protect their families.", None, "justification", "spontaneity"),
            own("That is not a plan; it is what happens when a state at war collapses.", C, "spontaneity"),
        ],
        [
            own("The numbers, too, have been inflated by those with an interest in them.", None,
                "minimisation", "fabrication"),
            own("Human Rights Watch, hardly a friend of the old regime, concluded in 1999 that at least half a "
                "million people died; the figure repeated in Kigali today is more than a million.", S,
                "minimisation"),
            own("Tutsi were never more than a tenth of the population, so the arithmetic of the larger figures "
                "simply does not work.", D, "minimisation"),
            own("The government's own count, 1,074,017 victims, is so precise that a respected Belgian scholar "
                "called it ridiculous.", S, "fabrication"),
            own("And it counts the dead from October 1990, so it takes in four years of war.", S, "minimisation"),
            own("Meanwhile the rebels' own killings are waved away, although a UN refugee agency team found that "
                "they murdered as many as 300,000 Hutu civilians in 1994 alone.", C, "double_genocide"),
            own("In the cholera camps of Goma some 200,000 Hutu refugees died that summer, and nobody lays a wreath "
                "for them.", C, "double_genocide"),
        ],
        [
            own("The French judge Jean-Louis Bruguière, no friend of anyone's propaganda, issued arrest warrants "
                "for nine of Paul Kagame's associates in November 2006.", S, "blame_shifting"),
            own("Those who fought an invading army in 1994 were, in their own eyes, defending their homes.", None,
                "justification"),
            s("None of this excuses a single murder."),
            own("But a tribunal that never tried a single rebel officer, and a commemoration that remembers only one "
                "group of the dead, will not bring reconciliation.", S, "double_genocide"),
            own("The genocide was born of a war the RPF started, and it ended only when the RPF had won that war.",
                S, "blame_shifting"),
        ],
        [s("Martin Oakes taught history in secondary schools for thirty years and writes on African affairs.")],
    ],
}


# 7. Long distorting podcast transcript (test fixture written by the team; speaker and show invented):
#    double genocide, minimisation, role reversal, attacks on witnesses and courts, scare quotes.
PODCAST = {
    "doc": "fixture-denial-podcast-two-tragedies.txt",
    "title": "Contrarian Compass, episode 112: Two tragedies, one story told",
    "genre": "podcast transcript",
    "language": "en",
    "stance": "distorts",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [own("Contrarian Compass, episode 112: “Two tragedies, one story told”", None, "double_genocide")],
        [s("[Transcript, lightly edited for readability]")],
        [
            s("HOST: Welcome back to Contrarian Compass."),
            s("My guest today is Ray Halloran, an independent researcher who has spent years reading the records of "
              "the Arusha tribunal."),
            s("Ray, let's start with the basics: what happened in Rwanda in 1994?"),
        ],
        [
            s("HALLORAN: Well, there was an enormous amount of killing, and nobody serious denies that."),
            s("Between April and July, Tutsi were massacred in huge numbers by militias and by soldiers loyal to "
              "the interim government.", S),
            own("But at the same time the RPF was carrying out its own campaign of extermination against the Hutu, "
                "and that is the half of the story the 'genocide' industry has buried.", C,
                "double_genocide", "fabrication"),
        ],
        [
            s("HOST: How many people are we talking about, on each side?"),
            own("HALLORAN: On the Tutsi side, the honest figure is probably around 250,000, and you'll notice it "
                "grows every decade.", C, "minimisation", "fabrication"),
            own("The 1991 census put Tutsi at 8.4 percent of the population, so there simply weren't a million "
                "Tutsi to kill.", S, "minimisation"),
            own("On the Hutu side, the RPF's victims number at least a million, which the United Nations quietly "
                "confirmed in 2010.", C, "double_genocide"),
            own("The killing of Tutsi lasted a hundred days, but the hunting of Hutu went on for years, all the way "
                "into the forests of Zaire.", S, "double_genocide"),
            own("By the end of July a million Hutu had crossed into Goma, driven out by the RPF's advance.", D,
                "double_genocide"),
        ],
        [
            s("HOST: So why has nobody heard of this?"),
            own("HALLORAN: Because the winners wrote the history.", None, "fabrication"),
            own("When the BBC put this research on screen in October 2014, Rwanda took the BBC's Kinyarwanda "
                "service off the air.", N, "fabrication"),
            s("The Arusha tribunal indicted ninety-three people, and not one of them came from the RPF.", S),
            s("When Carla Del Ponte said she would investigate the RPF, the Security Council took the Rwanda file "
              "away from her in 2003.", N),
            s("Even Kigali admits to 338 dead at Kibeho, where its army opened fire on a camp of displaced people "
              "in April 1995.", S),
        ],
        [
            s("HOST: What about the witnesses who described the massacres in court?"),
            own("HALLORAN: Many of them came straight from Rwandan prisons or survivors' groups, were coached on "
                "what to say, and were paid allowances that were a fortune in rural Rwanda.", None,
                "attack_on_witnesses"),
            own("Look how many cases collapsed on appeal: Zigiranyirazo, Mugenzi, Mugiraneza, Ndindiliyimana, all "
                "acquitted once the evidence was examined properly.", S, "attack_on_witnesses"),
            own("Even Bagosora, the so-called mastermind, had his life sentence cut to thirty-five years.", S,
                "minimisation"),
        ],
        [
            s("HOST: And the French investigation into the plane?"),
            own("HALLORAN: The French experts concluded in 2012 that the missiles were fired from RPF positions.",
                C, "blame_shifting"),
            own("So the man whose soldiers shot down the plane, set off the killing and then conquered the country "
                "is the one we are told to thank for ending it.", D, "role_reversal", "blame_shifting"),
        ],
        [
            s("HOST: Some listeners will call this denial."),
            own("HALLORAN: I'm not denying anything; I'm saying there were two genocides and only one has "
                "memorials.", C, "double_genocide"),
            own("In Goma alone tens of thousands of Hutu refugees died that summer, and no court has ever asked "
                "why.", D, "double_genocide"),
            own("The tribunal's jurisdiction stopped at 31 December 1994, conveniently before the camps in Zaire "
                "were emptied.", S, "fabrication"),
            s("HOST: Ray Halloran, thank you."),
        ],
    ],
}


# 8. Long distorting letter to the editor (test fixture written by the team; writer invented):
#    the record as manufactured by interested parties, attacks on witnesses and courts, scare quotes, minimisation.
LETTER = {
    "doc": "fixture-denial-letter-official-truth.txt",
    "title": "Letter to the editor: Rwanda's 'official truth' should be open to question",
    "genre": "letter to the editor",
    "language": "en",
    "stance": "distorts",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [s("Letters to the Editor")],
        [own("Rwanda's 'official truth' should be open to question", None, "fabrication")],
        [
            own("Sir, your report on the Paris appeal verdict against a Kibuye driver (27 February) repeated, "
                "without a word of caution, the account Kigali has been giving since 1994.", None, "fabrication"),
            s("I do not dispute that many Tutsi were killed."),
            own("I do dispute that we should take on trust a history written almost entirely by the winners, their "
                "courts and the organisations they fund.", None, "fabrication"),
        ],
        [
            s("Consider the evidence on which these convictions rest."),
            own("In Paris, as in Arusha, the prosecution relies on witnesses brought from Rwanda, a country where "
                "questioning the official account can land you in prison.", None, "attack_on_witnesses"),
            s("The opposition leader Victoire Ingabire was given fifteen years by Rwanda's Supreme Court in 2013, "
              "partly for 'minimising' the genocide.", N),
            own("What witness from such a country will contradict the prosecutor?", None, "attack_on_witnesses"),
            own("The Arusha tribunal itself acquitted fourteen people, which tells you how much of what it heard "
                "was invented.", S, "attack_on_witnesses", "fabrication"),
            own("Its first great case, against the mayor Jean-Paul Akayesu, turned on rape allegations that "
                "surfaced only in the middle of the trial.", S, "attack_on_witnesses"),
            own("Even its heaviest sentences did not survive: Ferdinand Nahimana's life term became thirty years on "
                "appeal and Hassan Ngeze's became thirty-five.", S, "attack_on_witnesses"),
        ],
        [
            s("The death toll is another example."),
            own("The figure of a million comes from a census that the Rwandan government itself carried out in "
                "2000, six years after the events, by officials with every reason to maximise it.", S, "fabrication"),
            own("Even that census counted victims from October 1990, so it includes the dead of four years of "
                "war.", S, "minimisation"),
            own("The UN Commission of Experts, reporting in December 1994, spoke of some 500,000 murdered, and "
                "others have since suggested the number of Tutsi killed was far lower still.", S, "minimisation"),
            own("Nobody can even agree how many Tutsi there were: the 1991 census said 8.4 percent of the "
                "population, Human Rights Watch later about fifteen.", S, "minimisation"),
            s("Meanwhile the crimes of the RPF, which the same Commission counted among the crimes against humanity "
              "committed in 1994, have never been brought before any court at all.", C),
            s("It took a Spanish judge to indict forty Rwandan army officers, in February 2008.", N),
            own("And the French judges who took over from Bruguière concluded that the rebels had fired the "
                "missiles, before the case was quietly shelved.", C, "blame_shifting"),
            own("Gacaca, with its lay judges and its limited rights for the accused, then processed nearly two "
                "million cases before it closed in 2012.", S, "attack_on_witnesses"),
        ],
        [own("I would ask your correspondent to put the word 'genocide' in quotation marks until an independent "
             "inquiry, not a Rwandan one, has established what happened.", None, "definitional_denial",
             "fabrication")],
        [s("A. Brennan, Leeds")],
    ],
}


# 9. Long distorting French op-ed (test fixture written by the team; author invented):
#    "double génocide", blame on the 1990 invasion and the attack, self-defence, inflated RPA tolls, France absolved.
TRIBUNE_FR = {
    "doc": "fixture-denial-fr-tribune-memoire.txt",
    "title": "Tribune — Rwanda : pour une mémoire qui n'oublie personne",
    "genre": "op-ed (tribune)",
    "language": "fr",
    "stance": "distorts",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [s("Tribune — Rwanda : pour une mémoire qui n'oublie personne")],
        [s("Par Bernard Lestienne, ancien coopérant à Butare")],
        [
            s("Chaque mois d'avril, on nous invite à nous souvenir des victimes tutsi du printemps 1994, et c'est "
              "légitime."),
            own("Mais on oublie de dire que la tragédie a commencé par une invasion : le 1er octobre 1990, le FPR, "
                "venu d'Ouganda, est entré en armes au Rwanda.", S, "blame_shifting"),
            own("On oublie aussi que l'attentat du 6 avril 1994, qui a coûté la vie au président Habyarimana et à son "
                "homologue burundais, a d'abord été imputé au FPR par le juge Bruguière.", S, "blame_shifting"),
            own("Qu'une commission rwandaise ait ensuite accusé des extrémistes hutu ne change rien : chacun sait à "
                "qui profitait la chute de cet avion.", S, "blame_shifting"),
            own("Six mois plus tôt, le 21 octobre 1993, le président burundais Melchior Ndadaye, premier Hutu élu "
                "à ce poste, avait été assassiné lors d'un putsch militaire : la peur était partout.", N,
                "justification"),
        ],
        [
            own("Privée de son président, la population a cru à un complot tutsi et s'est défendue comme elle a "
                "pu.", None, "justification", "spontaneity", "role_reversal"),
            own("Les massacres qui ont suivi furent atroces, mais ils relevaient de la guerre civile bien plus que "
                "d'un plan.", C, "spontaneity", "definitional_denial"),
            own("Le chiffre d'un million de morts, martelé par Kigali, ne résiste d'ailleurs pas à l'examen : Human "
                "Rights Watch parlait en 1999 d'au moins un demi-million de victimes.", S, "minimisation"),
            own("Même Jean Kambanda, l'ancien Premier ministre, n'a été condamné à la perpétuité, en septembre 1998, "
                "qu'après avoir plaidé coupable sous la pression.", S, "attack_on_witnesses"),
        ],
        [
            own("De l'autre côté, les crimes du FPR ont été d'une ampleur comparable.", C, "double_genocide"),
            s("Un ancien ministre rwandais de l'Intérieur a lui-même estimé à 60 000 le nombre de personnes tuées "
              "par l'armée du FPR entre avril 1994 et août 1995.", S),
            own("À Kibeho, le 22 avril 1995, les soldats de l'APR ont tiré sur une foule de déplacés et tué au moins "
                "8 000 personnes.", C, "double_genocide"),
            s("Puis il y a eu l'exode vers le Zaïre, où près d'un million de Hutu ont fui en quelques jours à la "
              "mi-juillet 1994.", D),
            s("Combien en est-il mort, du choléra ou sous les balles, dans l'indifférence générale ?"),
            own("À Goma, près de 80 000 d'entre eux sont morts en quelques semaines.", D, "double_genocide"),
            own("Deux peuples ont été frappés, deux génocides ont eu lieu, et un seul est reconnu.", C,
                "double_genocide"),
        ],
        [
            s("Quant à la France, on l'accuse aujourd'hui de tout, alors que l'opération Turquoise, autorisée par le "
              "Conseil de sécurité le 22 juin 1994, a protégé des milliers de civils dans la zone humanitaire "
              "sûre.", S),
            s("Le rapport Duclert, remis en mars 2021, a d'ailleurs écarté toute responsabilité de la France.", C),
            s("Le TPIR, lui, n'a jamais poursuivi un seul officier du FPR.", S),
            s("Tant qu'on refusera de compter tous les morts, il n'y aura pas de réconciliation au Rwanda."),
        ],
    ],
}


# 10. Short composite fixture: an accurate encyclopedia-style entry with a denial paragraph appended by an editor.
ENCYCLOPEDIA_EDIT = {
    "doc": "fixture-denial-composite-encyclopedia-edit.txt",
    "title": "Opération Turquoise (encyclopedia entry with an appended edit)",
    "genre": "encyclopedia entry (vandalised)",
    "language": "en",
    "stance": "mixed",
    "composite": True,
    "hard_negative": False,
    "paragraphs": [
        [
            s("Opération Turquoise was a French-led military operation in Rwanda authorised by Security Council "
              "resolution 929 on 22 June 1994.", S),
            s("The resolution passed with ten votes in favour and five abstentions.", S),
            s("On 5 July 1994 the force declared a safe humanitarian zone in the south-west, between Cyangugu, "
              "Kibuye and Gikongoro.", S),
            s("The last French troops left the zone on 21 August 1994 and were replaced by African UNAMIR "
              "contingents.", S),
        ],
        [
            own("In reality the so-called genocide was a civil war, and most of the massacres blamed on the "
                "government were the work of RPF infiltrators disguised as militiamen.", C,
                "definitional_denial", "role_reversal"),
            own("The figure of 800,000 dead was invented by the rebels' radio to win foreign sympathy.", C,
                "fabrication"),
            own("French soldiers were sent to stop a genocide of the Hutu by the advancing rebels.", C,
                "double_genocide", "role_reversal"),
        ],
    ],
}


# 11. Short denial fixture: a social-media thread (accounts invented).
THREAD = {
    "doc": "fixture-denial-social-thread.txt",
    "title": "Social-media thread: 'Thirty years of lies about Rwanda'",
    "genre": "social-media thread",
    "language": "en",
    "stance": "denies",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [own("@truthnotnarrative · 1/5 Thirty years of lies about Rwanda 🧵", None, "fabrication")],
        [own("2/5 There was no plan and no genocide, only a war the RPF started and won.", C,
             "definitional_denial", "spontaneity", "blame_shifting")],
        [own("3/5 The ICTR acquitted nearly half of the people it tried because the 'evidence' fell apart.", C,
             "attack_on_witnesses", "fabrication")],
        [own("4/5 The 'survivor' stories were scripted in Kigali, and the bones in the memorials could be anyone's.",
             None, "attack_on_witnesses", "fabrication")],
        [
            own("5/5 Real death toll: maybe 50,000 on all sides, in a war.", C, "minimisation", "definitional_denial"),
            own("Everything else is fundraising.", None, "fabrication"),
        ],
        [s("↳ @kivu_reader: Source?")],
        [s("↳ @truthnotnarrative: Do your own research.")],
    ],
}


# 12. Short distortion fixture: excerpt of a speech at a remembrance evening (speaker invented).
SPEECH = {
    "doc": "fixture-denial-speech-excerpt.txt",
    "title": "Speech at a remembrance evening (excerpt)",
    "genre": "speech excerpt",
    "language": "en",
    "stance": "distorts",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            s("Friends, tonight we remember all of Rwanda's dead of 1994, every one of them."),
            s("Yes, Tutsi families were slaughtered that spring, and we do not deny it.", S),
            own("But ask yourselves who invaded this country in October 1990 and who brought the war to our "
                "hills.", S, "blame_shifting"),
            own("Our parents were not monsters; they were farmers who believed, because the radio told them so, "
                "that the rebels were coming to kill them first.", None, "justification", "spontaneity"),
        ],
        [
            own("When the rebel army won, it was our turn to be hunted, at Byumba, at Kibeho, in the forests of "
                "Zaire.", S, "role_reversal", "double_genocide"),
            own("The tribunal in Arusha gave our leaders life sentences and never charged a single officer of the "
                "victorious army.", S, "double_genocide"),
            s("We will not let anyone call our grief denial."),
        ],
    ],
}


DOCS: list[dict] = [
    WIRE_PARIS,
    ARTICLE_ICTR,
    BRIEFING_RPA,
    TEACHING_UNIT,
    RADIO_FR,
    OPED_WHOLE_STORY,
    PODCAST,
    LETTER,
    TRIBUNE_FR,
    ENCYCLOPEDIA_EDIT,
    THREAD,
    SPEECH,
]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:], DOCS, HERE))
