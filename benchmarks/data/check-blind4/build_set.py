"""Source of the FOURTH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind4/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind4/build_set.py --check  # validate the files already written

Written after the first four sets (benchmarks/data/check/, check-blind/, check-blind2/ and check-blind3/) had been
seen by the people tuning the detectors, to measure generalisation: new genres (a wire obituary, a school textbook,
a parliamentary debate, a book review, a legal blog on the Residual Mechanism, a court report from a universal-
jurisdiction trial, a documentation brief on RPA killings, a French radio transcript, and four short fixtures), new
wording and new facts. Its author did not read the detectors, their rules, exemplars or training data, nor any
earlier set's sentences or labels (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the
conventions, and the first 30 lines of the check-blind3 build script as a template for this header). Keep it that
way: do not copy these sentences into rules, exemplars or training data, and do not tune against this set.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling rules, the fixtures and
the sources of every true fact.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with


DOCS: list[dict] = [
    # ------------------------------------------------------------------------------------------------
    {"doc": "obituary-wire-bagosora.txt",
     "title": "Théoneste Bagosora, colonel convicted over the genocide against the Tutsi, dies in Mali",
     "genre": "wire-service obituary", "language": "en", "stance": "acknowledges",
     "composite": False, "hard_negative": False,
     "paragraphs": [
         [s("BAMAKO (wire) — Théoneste Bagosora, the former Rwandan army colonel at the centre of the 1994 genocide "
            "trials, died in a clinic in the Malian capital on 25 September 2021, aged 80.", N),
          s("At his trial in Arusha the prosecution had cast him as the mastermind of the killings.", S)],
         [s("In 1994 he was directeur de cabinet at the Ministry of Defence, a post from which, witnesses said, he "
            "overshadowed officers who outranked him.", S),
          s("He was tried with three other senior officers in the case known as Military I, and the Canadian general "
            "who had commanded the UN force, Roméo Dallaire, gave evidence for the prosecution in January 2004.", S),
          s("Dallaire told the judges that Bagosora had plainly been in charge at a meeting of officers on the night "
            "the president's plane was brought down.", S),
          s("The killing began within hours of that attack, carried out, as most historians now accept, by hardliners "
            "in the president's own camp.", D)],
         [s("On 18 December 2008 the trial chamber found him guilty of genocide, crimes against humanity and war "
            "crimes and imposed a life term.", S),
          s("Gratien Kabiligi, the army's former head of operations who stood trial beside him, was convicted the "
            "same day and also sent to prison for life.", C),
          s("The judges held Bagosora responsible, among other crimes, for the murder of Prime Minister Agathe "
            "Uwilingiyimana and of ten Belgian peacekeepers on 7 April 1994.", S),
          s("Three years later the appeals judges kept the genocide conviction, overturned part of the findings on "
            "the peacekeepers and cut the term to thirty-five years.", S)],
         [s("The UN Mechanism that took over the tribunal's remaining work confirmed the death to AFP the following "
            "day.", N),
          s("In 2019 French media had reported a French intelligence note of September 1994 that named him as one "
            "of the chief instigators of the attack on the presidential plane.", N),
          s("Some 800,000 people, most of them Tutsi, were killed in the genocide.", D),
          s("For many survivors his name remains a byword for the calm administration of mass murder.")]]},

    # ------------------------------------------------------------------------------------------------
    {"doc": "textbook-unit-rwanda-1990-1994.txt",
     "title": "Unit 7. Rwanda, 1990–1994: from civil war to genocide",
     "genre": "school textbook excerpt", "language": "en", "stance": "acknowledges",
     "composite": False, "hard_negative": False,
     "paragraphs": [
         [s("Unit 7. Rwanda, 1990–1994: from civil war to genocide")],
         [s("7.1 Background.")],
         [s("Rwanda became an independent republic on 1 July 1962, with Grégoire Kayibanda as its first president.",
            N),
          s("The ethnic labels written on identity cards, introduced by the Belgian colonial administration, were "
            "kept after independence.", N),
          s("On 5 July 1973 the army commander Juvénal Habyarimana removed Kayibanda in a military coup.", N),
          s("About 15 per cent of Rwandans were Tutsi on the eve of the genocide.", D)],
         [s("7.2 War and a fragile peace.")],
         [s("On 1 October 1990 fighters of the Rwandan Patriotic Front, most of them Tutsi refugees living in "
            "Uganda, crossed into northern Rwanda from Ugandan territory.", S),
          s("Their commander, Fred Rwigyema, was killed on the second day of the offensive.", N),
          s("After almost two years of war and negotiation, the government and the RPF signed a peace agreement in "
            "Arusha in August 1992.", C),
          s("The agreement provided for a broad transitional government, the return of refugees and a single army "
            "drawn from both forces.", S),
          s("In October 1993 the Security Council set up a peacekeeping mission, UNAMIR, with an authorised "
            "strength of two thousand five hundred.", S)],
         [s("7.3 One hundred days.")],
         [s("On the evening of 6 April 1994 the aircraft carrying President Habyarimana back from talks in Tanzania "
            "was shot down as it approached Kigali.", S),
          s("The next day soldiers murdered the prime minister, Agathe Uwilingiyimana, and killed the ten Belgian "
            "blue helmets sent to guard her.", S),
          s("At roadblocks, militiamen used the identity cards to pick out Tutsi.", N),
          s("Instead of reinforcing its mission, the Security Council voted on 21 April to reduce it to about two "
            "hundred and seventy personnel.", S),
          s("On 17 May the Council imposed an arms embargo on Rwanda and authorised a larger force of 5,500.", S),
          s("Over roughly one hundred days, between 800,000 and one million people were murdered, the great "
            "majority of them Tutsi.", D)],
         [s("7.4 Defeat, flight and a new government.")],
         [s("The RPF captured Kigali and Butare on 4 July 1994.", S),
          s("The RPF reached Gisenyi on 18 July, and the war was effectively over.", D),
          s("A government of national unity was sworn in on 19 July with Paul Kagame as president.", C),
          s("More than a quarter of a million people had already fled east into Tanzania within a single day at the "
            "end of April.", S),
          s("In July around a million more crossed west into Zaire.", D),
          s("In the camps around Goma some 50,000 of them died of cholera and dysentery within a month.", D)],
         [s("Questions for discussion.")],
         [s("1. Why did the peace agreement fail to prevent the violence?")],
         [s("2. What does the history of the identity cards teach us about how a population can be divided?")]]},

    # ------------------------------------------------------------------------------------------------
    {"doc": "parliament-debate-genocide-suspects.txt",
     "title": "Debate excerpt: suspects of the 1994 genocide against the Tutsi and universal jurisdiction",
     "genre": "parliamentary debate transcript excerpt (composite members)", "language": "en",
     "stance": "acknowledges", "composite": False, "hard_negative": False,
     "paragraphs": [
         [s("Ms Hale (Northfield): I beg to move that this House has considered the prosecution of people suspected "
            "of taking part in the 1994 genocide against the Tutsi who now live in this country."),
          s("In April 2009 the High Court refused to send four such men back to Rwanda, finding a real risk that "
            "they would suffer a flagrant denial of justice there.", N),
          s("Other states have tried suspects at home: a Paris court sentenced Pascal Simbikangwa to "
            "twenty-five years in 2014, and a Brussels jury convicted four Rwandans, two of them nuns, as early as "
            "2001.", S),
          s("In Canada, Désiré Munyaneza became the first person convicted under the war crimes law that country "
            "adopted in 2000.", N),
          s("I ask the Minister why we should remain the exception.")],
         [s("Mr Okafor (Eastfield): Will the honourable Lady give way?"),
          s("She will know that the tribunal in Arusha convicted ninety-three people before it closed.", C),
          s("Does that not show that international justice did its work?")],
         [s("Ms Hale: I am grateful, but the figure he quotes is the number indicted; sixty-one were convicted and "
            "fourteen acquitted.", S),
          s("And the tribunal never indicted a single member of the Rwandan Patriotic Front, whose soldiers also "
            "killed civilians in 1994.", S),
          s("At least 250,000 women were raped during those months.", D),
          s("We owe them more than speeches.")],
         [s("Mr Drummond (Castleton): The honourable Lady is right to mention those crimes, but let us keep a sense "
            "of proportion."),
          s("Close to a million people were killed in the genocide in a hundred days.", D),
          s("In July a million more fled across the border into Zaire.", D),
          s("The United Nations' own Commission of Experts reported in December 1994 that the extermination of the "
            "Tutsi had been planned and systematic.", S),
          s("Twenty years later, in April 2014, the Security Council unanimously adopted resolution 2150, which "
            "condemned without reservation any denial of that genocide.", N)],
         [s("The Minister (Ms Venn): I thank honourable Members for a serious debate."),
          s("Some 95,000 children were left orphans.", D),
          s("Belgium's parliament voted in April 2019 to make denial of the genocide against the Tutsi a criminal "
            "offence.", N),
          s("The Residual Mechanism opened the trial of Félicien Kabuga in The Hague in September 2022, more than "
            "two years after French gendarmes arrested him near Paris.", N),
          s("That case will end without a verdict: Kabuga was found unfit to stand trial, and in August 2023 the "
            "appeals judges directed that the proceedings be stayed indefinitely.", S),
          s("Rwanda itself abolished capital punishment in 2012, which removed one obstacle to extradition.", C),
          s("The Government will keep these cases under close review with our partners.")]]},

    # ------------------------------------------------------------------------------------------------
    {"doc": "book-review-revisionist.txt",
     "title": "Review: an old denial in a new binding",
     "genre": "book review of a revisionist book (book and author invented for the set)", "language": "en",
     "stance": "acknowledges", "composite": False, "hard_negative": True,
     "paragraphs": [
         [s("Review: an old denial in a new binding")],
         [s("Martin Rell's The Hundred Days Reconsidered presents itself as a sober audit of the numbers."),
          rep("Its central claim, printed on the jacket, is that “no more than 80,000 people died in Rwanda in "
              "1994, on all sides.”", C, "minimisation"),
          s("Every serious count contradicts him: Human Rights Watch concluded that at least half a million people "
            "were killed in the genocide, and the UN Commission of Experts, which called its own estimate "
            "conservative, already spoke in December 1994 of some 500,000 unarmed civilians murdered.", S),
          s("The Rwandan government's census of victims, for its part, reached 1,074,017.", S)],
         [rep("Rell then asserts that “the UN Commission of Experts found genocide on both sides.”", C,
              "double_genocide", "fabrication"),
          s("It found the opposite: crimes against humanity committed by individuals on both sides, but no evidence "
            "that the crimes of the Tutsi side were meant to destroy the Hutu as a group.", S),
          rep("He calls the massacres “a spontaneous explosion of anger after the president's death, not a plan.”",
              C, "spontaneity"),
          s("The Akayesu judgment of September 1998, the first conviction for genocide by an international court, "
            "found on the evidence that genocide had been committed against the Tutsi.", S),
          s("The Tutsi made up only 8.4 per cent of Rwanda's population, so losses on this scale meant the near "
            "destruction of a people.", D)],
         [rep("A chapter on witnesses dismisses survivors as “coached performers paid by Kigali.”", None,
              "attack_on_witnesses"),
          s("This is the oldest move in the denier's repertoire, and Rell adds nothing to it but footnotes."),
          rep("He also writes that “the Arusha tribunal convicted only a handful of minor figures.”", C,
              "minimisation"),
          s("Among the sixty-one people it convicted were the interim prime minister, Jean Kambanda, who pleaded "
            "guilty, and Colonel Théoneste Bagosora.", S)],
         [s("Rell is right about one thing: the tribunal never prosecuted a member of the RPF, whose soldiers, "
            "according to UNHCR experts, killed between 25,000 and 45,000 people from April to August 1994.", S),
          rep("But he inflates that figure twentyfold, writing of “half a million Hutu exterminated by the RPF in a "
              "second genocide.”", C, "double_genocide", "fabrication"),
          s("Documenting those killings is necessary; turning them into a mirror genocide is denial."),
          s("The book does not deserve the attention its publisher is buying for it.")]]},

    # ------------------------------------------------------------------------------------------------
    {"doc": "legal-blog-residual-mechanism.txt",
     "title": "After Arusha: what the Residual Mechanism has and has not done for Rwanda",
     "genre": "legal blog post", "language": "en", "stance": "acknowledges",
     "composite": False, "hard_negative": True,
     "paragraphs": [
         [s("After Arusha: what the Residual Mechanism has and has not done for Rwanda")],
         [s("The International Residual Mechanism for Criminal Tribunals was created by Security Council resolution "
            "1966 of 22 December 2010, with Russia abstaining.", N),
          s("Its Arusha branch took over the Rwanda tribunal's functions on 1 July 2012.", N),
          s("The tribunal itself had held its first trial in 1997 and formally closed on 31 December 2015.", S),
          s("By then it had indicted ninety-three people.", S),
          s("It had been set up after a genocide in which well over half a million people were "
            "killed.", D)],
         [s("The fugitives.")],
         [s("The Mechanism's best-known success came on 16 May 2020, when French gendarmes arrested Félicien Kabuga, "
            "then 84, in a flat in Asnières-sur-Seine where he was living under a false identity.", N),
          s("His case never reached judgment: once he had been found unfit to stand trial, the appeals judges "
            "ruled in August 2023 that the proceedings be stayed indefinitely.", S),
          s("In May 2022 the prosecutor, Serge Brammertz, announced that Protais Mpiranya, commander of the "
            "Presidential Guard in 1994, had died in Zimbabwe in 2006.", N),
          s("On 24 May 2023 Fulgence Kayishema was arrested on a farm in Paarl, South Africa, where he was living as "
            "Donatien Nibashumba.", N),
          s("The massacre at the Nyange church in Kivumu, where about two thousand Tutsi refugees died when the "
            "church was destroyed in April 1994, had already produced two convictions at the tribunal, those of the "
            "businessman Gaspard Kanyarukiga and the bourgmestre Grégoire Ndahimana.", S),
          s("The Mechanism's appeals chamber also decided Augustin Ngirabatware's appeal, and in December 2014 it "
            "raised his sentence from thirty to thirty-five years.", C)],
         [s("The other side of the war.")],
         [s("The record on the other side of the war is far thinner."),
          s("RPA soldiers killed tens of thousands of civilians in 1994.", D),
          s("Human Rights Watch wrote in December 2008 that the tribunal had not prosecuted a single one of the "
            "serious crimes committed by the RPF that year.", S),
          s("Instead, the prosecutor left the Kabgayi case, the killing of thirteen clergy and other civilians, to "
            "Rwandan military justice, where two captains were convicted in October 2008 and two senior officers "
            "acquitted.", S),
          s("The two captains' eight-year terms were later increased on appeal.", C),
          s("The Kibeho massacre of April 1995, in which some 4,000 displaced people died, never came before any "
            "international judge.", D),
          s("The UNHCR team led by Robert Gersony, whose fieldwork lies behind the 25,000–45,000 estimate, never "
            "completed a final written report.", N),
          s("Critics call this victor's justice; whatever the label, a court that hears only one side's crimes "
            "leaves a gap that the Mechanism has shown no sign of closing.")]]},

    # ------------------------------------------------------------------------------------------------
    {"doc": "court-report-brussels-twahirwa.txt",
     "title": "Brussels jury sends Gikondo militia leader to prison for life",
     "genre": "court report, universal-jurisdiction trial", "language": "en", "stance": "acknowledges",
     "composite": False, "hard_negative": False,
     "paragraphs": [
         [s("Brussels jury sends Gikondo militia leader to prison for life")],
         [s("A jury at the Brussels assize court found Séraphin Twahirwa, who led the Interahamwe in the Gikondo "
            "district of Kigali, guilty of genocide and war crimes on 19 December 2023.", S),
          s("In a sentence read out during the night of 21 to 22 December, the court gave him life imprisonment.", S),
          s("His co-accused, the businessman Pierre Basabose, was also found guilty but, because of dementia, was "
            "ordered into psychiatric internment rather than prison.", S)],
         [s("The trial opened on 9 October 2023 and was the sixth in Belgium over the genocide against the Tutsi.",
            N),
          s("Some forty witnesses travelled from Rwanda to give evidence.", N),
          s("The jury found that Twahirwa had been among the organisers of the attack on the École Technique "
            "Officielle in Kigali on 11 April 1994.", S),
          s("It held him responsible for at least eleven rapes, committed by himself or by militiamen under his "
            "command.", N),
          s("As many as half a million women were raped during the genocide.", D),
          s("Basabose, a former soldier turned money-changer, had been a shareholder of the hate radio RTLM.", S)],
         [s("Belgium has tried Rwandans before: in June 2001 a jury in the same city convicted four people from the "
            "Butare region, among them two Benedictine nuns.", S),
          s("In 2019 the same court handed down the country's first conviction for the crime of genocide itself, "
            "against the former civil servant Fabien Neretse.", S),
          s("Neretse received a life sentence.", C),
          s("Ten Belgian peacekeepers were killed in Kigali on 7 April 1994, one reason these cases draw so much "
            "attention here.", S),
          s("The genocide killed more than a million people.", D),
          s("Before April 1994 the Tutsi were about one Rwandan in seven.", D),
          s("Twahirwa has appealed to the Court of Cassation.", N)]]},

    # ------------------------------------------------------------------------------------------------
    {"doc": "report-rpa-killings-1994-1998.txt",
     "title": "Unfinished accounts: killings by the Rwandan Patriotic Army, 1994–1998",
     "genre": "human-rights documentation brief", "language": "en", "stance": "acknowledges",
     "composite": False, "hard_negative": True,
     "paragraphs": [
         [s("Unfinished accounts: killings by the Rwandan Patriotic Army, 1994–1998")],
         [s("This brief collects what has been documented about civilians killed by soldiers of the Rwandan "
            "Patriotic Army, and what has been done about it."),
          s("It does not revise the genocide against the Tutsi, which the UN Commission of Experts found in 1994 to "
            "have been carried out in a concerted, planned and systematic way.", S)],
         [s("1. April to September 1994.")],
         [s("Human Rights Watch reported that RPF soldiers massacred several hundred people in the stadium at Byumba "
            "in mid-April 1994.", S),
          s("Amnesty International wrote in October 1994 that the RPA's abuses since April included hundreds of "
            "deliberate executions.", S),
          s("A UNHCR team led by Robert Gersony visited 91 sites in 41 of Rwanda's 145 communes between 1 August "
            "and 5 September 1994.", N),
          s("Its estimate, as Human Rights Watch later reported, was that RPA soldiers killed between 25,000 and "
            "45,000 people from April to August.", S),
          s("In our assessment the RPA killed at least 30,000 civilians in those five months.", D),
          s("Near Kabgayi in June, RPF soldiers killed thirteen clergy, among them the Archbishop of Kigali, "
            "together with two other civilians.", S),
          s("The killings took place on 5 June.", D)],
         [s("2. Kibeho, April 1995.")],
         [s("On 22 April 1995 RPA troops fired on displaced people as they forcibly closed the camp at Kibeho, "
            "which according to MSF then sheltered about 110,000 people.", S),
          s("The government gave a toll of 338; Australian soldiers serving with UNAMIR estimated at least 4,000 "
            "dead.", S),
          s("Our own reading of the evidence puts the dead at about two thousand.", D),
          s("The interior minister of the time, Seth Sendashonga, had gone to Kibeho on 19 April to try to calm the "
            "situation.", N),
          s("He was dismissed in August 1995 and shot dead in Nairobi on 16 May 1998.", N),
          s("A former interior minister of 1994–1995 estimated, according to Human Rights Watch, that RPA soldiers "
            "killed some 60,000 people between April 1994 and August 1995.", S)],
         [s("3. The north-west, 1997–1998.")],
         [s("Amnesty International reported that at least 6,000 people, most of them unarmed civilians, were killed "
            "in Rwanda between January and August 1997, by RPA soldiers and by armed opposition groups.", N),
          s("On 11 December 1997 insurgents killed around 300 mainly Tutsi Congolese refugees at Mudende in "
            "Gisenyi, and large-scale reprisals followed the same day.", N)],
         [s("4. Accountability.")],
         [s("The Rwandan military said in 2008 that it had prosecuted 43 soldiers since 1994 for war crimes and "
            "revenge killings.", S),
          s("The tribunal in Arusha indicted none.", S),
          s("In the Kabgayi trial of 2008 all four accused officers were acquitted.", C),
          s("None of this diminishes the genocide; it means that thousands of other victims are still waiting for "
            "a court.")]]},

    # ------------------------------------------------------------------------------------------------
    {"doc": "radio-fr-transcription-commemoration.txt",
     "title": "Transcription : « Mémoires d'Afrique », édition spéciale du 7 avril (extrait)",
     "genre": "radio transcript (composite speakers)", "language": "fr", "stance": "acknowledges",
     "composite": False, "hard_negative": True,
     "paragraphs": [
         [s("PRÉSENTATRICE : Bonsoir à toutes et à tous."),
          s("Au Rwanda, la commémoration nationale, appelée Kwibuka, « se souvenir », s'ouvre chaque année le "
            "7 avril.", N),
          s("Il y a trente ans, le 7 avril 1994, au lendemain de l'attentat contre l'avion du président "
            "Habyarimana, les tueries commençaient à Kigali.", S),
          s("Un attentat que l'on sait aujourd'hui commis par des extrémistes hutu opposés aux accords de paix.", D),
          s("Avec nous ce soir, une historienne qui suit les procès depuis vingt ans.")],
         [s("INVITÉE : Ce qui frappe d'abord, c'est que l'ampleur était connue très tôt : dès décembre 1994, la "
            "Commission d'experts de l'ONU parlait d'environ 500 000 civils assassinés, en précisant que ce chiffre "
            "était sans doute trop bas.", S),
          s("Le recensement des victimes publié par le gouvernement rwandais en 2002 en a compté 1 074 017, depuis "
            "1990.", S),
          s("Au total, un million de personnes ont été tuées en cent jours.", D),
          s("Entre 250 000 et 500 000 femmes ont été violées.", D),
          s("Et en juillet, plus d'un million de réfugiés ont afflué au Zaïre.", D)],
         [rep("PRÉSENTATRICE : Sur les réseaux, on lit encore que « le génocide n'a fait que quelques dizaines de "
              "milliers de morts ».", C, "minimisation"),
          rep("On lit aussi que « l'ONU a reconnu deux génocides au Rwanda ».", C, "double_genocide",
              "fabrication")],
         [s("INVITÉE : C'est faux, et les sources sont claires : la Commission d'experts a conclu à un génocide "
            "commis contre les Tutsi par des éléments hutu, et n'a trouvé aucune preuve d'une intention de détruire "
            "les Hutu.", S),
          s("Elle a aussi relevé des crimes contre l'humanité commis par des individus des deux camps.", S),
          rep("Quant à l'idée que « les rescapés récitent un texte appris à Kigali », c'est une insulte faite aux "
              "témoins.", None, "attack_on_witnesses")],
         [s("PRÉSENTATRICE : Et la France, dans tout cela ?")],
         [s("INVITÉE : Le rapport de la commission présidée par Vincent Duclert, remis au président Macron le "
            "26 mars 2021, parle de « responsabilités lourdes et accablantes », sans retenir de complicité au sens "
            "juridique.", S),
          s("Trois semaines plus tard, le 19 avril 2021, Kigali publiait le rapport Muse, rédigé par un cabinet "
            "d'avocats américain sous le titre « Un génocide prévisible ».", N),
          s("Et le 27 mai 2021, au mémorial de Gisozi, Emmanuel Macron est venu « reconnaître nos "
            "responsabilités ».", N)],
         [s("PRÉSENTATRICE : J'avais cru comprendre que la justice française avait fini par désigner le FPR comme "
            "l'auteur de l'attentat.", C)],
         [s("INVITÉE : Non : les juges ont rendu un non-lieu en décembre 2018, faute de charges suffisantes, et la "
            "Cour de cassation a définitivement clos le dossier en février 2022.", S)],
         [s("PRÉSENTATRICE : Où en sont les procès en France ?")],
         [s("INVITÉE : Le premier, celui de Pascal Simbikangwa, s'est conclu en 2014 par vingt-cinq ans de "
            "réclusion.", S),
          s("Depuis, la cour d'assises de Paris a notamment condamné à perpétuité l'ancien gendarme Philippe "
            "Hategekimana, en juin 2023, une peine confirmée en appel en décembre 2024.", S),
          s("Il avait été arrêté au Cameroun en 2018, puis remis à la France en février 2019.", N)],
         [s("PRÉSENTATRICE : Le médecin Sosthène Munyemana, lui, a été acquitté en 2023.", C)],
         [s("INVITÉE : Non, il a été condamné à vingt-quatre ans de réclusion, une peine confirmée en appel.", S)],
         [s("PRÉSENTATRICE : Merci d'avoir été avec nous ce soir.")]]},

    # ------------------------------------------------------------------------------------------------
    {"doc": "fixture-denial-social-thread.txt",
     "title": "Thread: “What they won't tell you about Rwanda 1994”",
     "genre": "social-media thread (denial fixture)", "language": "en", "stance": "distorts",
     "composite": False, "hard_negative": False,
     "paragraphs": [
         [own("1/ Every April the same story gets told, but the UN's own experts found that both sides committed "
              "genocide in 1994.", C, "double_genocide", "fabrication")],
         [own("2/ It was Kagame's men who shot down Habyarimana's plane and lit the fuse.", D, "blame_shifting")],
         [own("3/ What followed was panic and self-defence by farmers who believed the RPF was coming to kill "
              "them.", C, "spontaneity", "justification", "accusation_in_mirror")],
         [own("4/ Meanwhile the RPF slaughtered at least two million Hutu, a number you will never hear on the "
              "evening news.", C, "double_genocide", "fabrication")],
         [own("5/ The “survivor testimony” business is run out of Kigali, and the Arusha judges swallowed it "
              "whole.", None, "attack_on_witnesses")],
         [own("6/ Even Arusha quietly acquitted Bagosora, the man they called the mastermind.", C, "fabrication")],
         [own("7/ More Hutu than Tutsi died in 1994, full stop.", C, "double_genocide", "role_reversal",
              "minimisation")],
         [s("8/ Share this before it gets taken down.")]]},

    # ------------------------------------------------------------------------------------------------
    {"doc": "fixture-denial-fr-tract.txt",
     "title": "Tract : « Rwanda 1994 : la vérité qu'on vous cache »",
     "genre": "tract (denial fixture)", "language": "fr", "stance": "denies",
     "composite": False, "hard_negative": False,
     "paragraphs": [
         [own("Il n'y a pas eu de « génocide des Tutsi » : il y a eu une guerre, et des massacres dans les deux "
              "camps.", C, "definitional_denial", "double_genocide"),
          own("Les chiffres officiels sont gonflés : le nombre réel de Tutsi tués ne dépasse pas 30 000.", C,
              "minimisation")],
         [own("Le TPIR lui-même n'a jamais pu prouver l'existence d'un plan, et il a acquitté tous les officiers de "
              "haut rang.", C, "fabrication", "definitional_denial"),
          own("Le FPR a abattu l'avion présidentiel : c'est lui, et lui seul, qui a déclenché la tragédie.", D,
              "blame_shifting")],
         [own("Les Tutsi préparaient l'extermination des Hutu ; les paysans n'ont fait que se défendre.", C,
              "accusation_in_mirror", "justification", "role_reversal"),
          own("Les prétendus rescapés répètent des récits fabriqués à Kigali.", None, "attack_on_witnesses",
              "fabrication"),
          s("Faites circuler ce texte autour de vous.")]]},

    # ------------------------------------------------------------------------------------------------
    {"doc": "fixture-denial-anniversary-oped.txt",
     "title": "Thirty years on, Rwanda deserves the whole truth",
     "genre": "anniversary op-ed sliding into denial (composite fixture)", "language": "en", "stance": "mixed",
     "composite": True, "hard_negative": False,
     "paragraphs": [
         [s("Thirty years ago this week, on the evening of 6 April 1994, the plane bringing Rwanda's president home "
            "from talks in Tanzania was shot down over Kigali.", S),
          s("Within hours soldiers and militiamen had begun killing Tutsi and opposition politicians in the "
            "capital.", S),
          s("Perhaps 800,000 people would die before the RPF's victory in July.", D),
          s("The tribunal later set up in Arusha convicted the interim prime minister, Jean Kambanda, the first head "
            "of government ever found guilty of genocide.", S)],
         [own("But honesty now requires us to speak of two genocides, not one.", None, "double_genocide"),
          own("The RPF's killing of Hutu, which UN investigators put at more than 300,000, was every bit as "
              "systematic.", C, "double_genocide", "fabrication"),
          own("It was the RPF's invasion in 1990 that made the massacres inevitable, and Kigali's present rulers "
              "bear the larger share of the blame.", None, "blame_shifting", "role_reversal", "justification"),
          own("The Tutsi dead, on any honest count, numbered fewer than 150,000.", C, "minimisation")]]},

    # ------------------------------------------------------------------------------------------------
    {"doc": "fixture-denial-qa-explainer-spliced.txt",
     "title": "Rwanda 1994: your questions answered",
     "genre": "Q&A explainer with a denial second half spliced in (composite fixture)", "language": "en",
     "stance": "mixed", "composite": True, "hard_negative": False,
     "paragraphs": [
         [s("Q: How many people were killed in the genocide against the Tutsi?")],
         [s("A: The UN's Independent Inquiry of 1999 gave a figure of approximately 800,000, killed over about a "
            "hundred days between April and July 1994.", S),
          s("Human Rights Watch's demographic estimate reached at least half a million, roughly three quarters of "
            "the Tutsi then living in Rwanda.", S),
          s("Rwandan officials today speak of more than a million victims.", D)],
         [s("Q: Were Hutu killed too?")],
         [own("A: Yes, and far more than the official story admits: the RPA killed at least as many Hutu as the "
              "militias killed Tutsi.", C, "double_genocide", "minimisation"),
          own("That is why the United Nations has never called what happened in 1994 a genocide.", C,
              "definitional_denial"),
          own("The survivor accounts on which the official story rests were collected by the RPF's own "
              "intelligence services.", None, "attack_on_witnesses", "fabrication")]]},
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
