"""Source of the THIRD BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind3/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind3/build_set.py --check  # validate the files already written

Written after the first three sets (benchmarks/data/check/, check-blind/ and check-blind2/) had been seen by the
people tuning the detectors, to measure generalisation at the end: new genres, new wording, new facts. Its author
did not read the detectors, their rules, exemplars or training data, nor any earlier set's sentences (only
benchmarks/data/check/README.md for the conventions and the check-blind2 build script's rendering and validation
code). Keep it that way: do not copy these sentences into rules, exemplars or training data, and do not tune
against this set.

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
    # ------------------------------------------------------------------ 1. magazine feature, composite survivor (hard negative)
    {"doc": "feature_return_to_nyamata.txt",
     "title": "The road back to Nyamata",
     "genre": "magazine_feature", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
     "paragraphs": [[
         s("Nyamata lies about thirty kilometres south of Kigali, in the Bugesera district.", N),
         s("Claudine, as we will call her, was eleven when she last walked the road into town beside her mother."),
         s("She is not one woman but several: this portrait is a composite, assembled from the accounts of survivors "
           "who asked not to be named."),
     ], [
         s("In April 1994 Tutsi families from the surrounding hills crowded into the red-brick Catholic church, "
           "trusting that no one would kill them in a house of God."),
         s("Roughly ten thousand people were killed in and around that church within a few days.", N),
         s("Militiamen, helped by soldiers with guns, blew open the locked door with grenades and went in.", N),
         s("Claudine lay for two days under the bodies of her neighbours; her mother and two brothers did not get up."),
         rep("On the radio in those weeks, she remembers, the announcers kept calling families like hers "
             "cockroaches that had to be crushed.", None, "dehumanisation", "call_to_action"),
     ], [
         s("The slaughter at Nyamata was one piece of a campaign that began the morning after President "
           "Habyarimana's plane was shot down near Kigali airport on the evening of 6 April 1994.", S),
         s("By then soldiers had already murdered the prime minister, Agathe Uwilingiyimana, and the ten Belgian "
           "blue helmets sent to guard her.", S),
         s("UNAMIR, which the Security Council had set up in October 1993 with an authorised strength of 5,500, "
           "could do almost nothing.", C),
         s("Instead of reinforcing it, the Council voted on 21 April to cut the mission to a few hundred people.", S),
         s("By the time the Rwandan Patriotic Front entered Kigali in early July, some eight hundred thousand people "
           "had been killed.", D),
         s("An economist who went through the local population registers of Gikongoro later found that a Tutsi "
           "living there had, on average, one chance in four of surviving.", S),
     ], [
         s("Today the church is a memorial: the pews are heaped with the clothes of the dead, and the ceiling is "
           "still pocked by bullets and shrapnel.", N),
         s("Behind it, in mass graves, lie the remains of tens of thousands of victims gathered from the "
           "whole area.", N),
         s("Claudine comes back every April, when Kwibuka, the national commemoration whose name means \"to "
           "remember\", opens on the 7th.", N),
         s("She does not come for the speeches."),
     ], [
         s("She has little patience with people abroad who still describe 1994 as a civil war in which everyone "
           "killed everyone."),
         s("As early as December 1994 a UN commission of experts found that the extermination of the Tutsi had been "
           "organised and carried out methodically.", S),
         s("The same commission saw no evidence that the other side had meant to destroy the Hutu as a group, while "
           "asking that killings by the RPF be investigated.", S),
         s("\"They want to turn my mother into a casualty of war,\" Claudine says."),
         s("\"She was a casualty of a plan.\""),
     ], [
         s("The genocide left about 95,000 children orphaned, Claudine among them.", D),
         s("Her own reckoning with the courts has been slow."),
         s("The gacaca community courts, which shut down in June 2012 after dealing with close to two million "
           "cases, heard the men from her hill.", S),
         s("One of them served a few years and now farms the plot next to her cousin's."),
         s("\"I greet him,\" she says."),
         s("\"That is all I owe him.\""),
     ]]},

    # ------------------------------------------------------------------ 2. UN-style press release (Kabuga)
    {"doc": "press_release_kabuga_case.txt",
     "title": "Press release: the case of Félicien Kabuga, from arrest to stay of proceedings",
     "genre": "un_press_release", "language": "en", "stance": "acknowledges", "composite": False,
     "hard_negative": False,
     "paragraphs": [[
         s("THE HAGUE - This summary recalls the main steps in the case of Félicien Kabuga, the businessman accused "
           "of supplying machetes to the killers and of backing the propaganda of RTLM in 1994.", S),
         s("For more than two decades he was a fugitive, and the United States offered up to five million dollars "
           "for his capture.", N),
     ], [
         s("Mr. Kabuga was arrested on 16 May 2020 at Asnières-sur-Seine, near Paris, where he had been living "
           "under a false identity.", N),
         s("He was later transferred to the Mechanism's branch in The Hague to stand trial.", N),
         s("In June 2023 the Trial Chamber found, by majority, that his dementia left him unable to take a "
           "meaningful part in his trial.", S),
         s("On 7 August 2023 the Appeals Chamber sent the matter back with an instruction to impose an indefinite "
           "stay of proceedings, so that no verdict will be delivered.", S),
         s("A stay is not an acquittal: the charges were never adjudicated."),
     ], [
         s("The International Criminal Tribunal for Rwanda, whose remaining work the Mechanism carries on, was "
           "established by Security Council resolution 955 on 8 November 1994.", S),
         s("Before closing at the end of 2015 it indicted 93 people and convicted 61 of them.", S),
         s("Among its landmark rulings, it sentenced the former interim prime minister Jean Kambanda to 25 years "
           "in 1998 after he pleaded guilty.", C),
         s("Its last appeal judgment, in the case of the former minister Pauline Nyiramasuhuko and five co-accused, "
           "was delivered in December 2015.", S),
     ], [
         s("According to the UN's Independent Inquiry of 1999, approximately 800,000 people were killed in the "
           "genocide over about a hundred days.", S),
         s("Sexual violence was a weapon of the genocide: at least a quarter of a million women and girls were "
           "raped.", D),
         s("The search for fugitives has continued: in May 2023 Fulgence Kayishema, a former police inspector, was "
           "arrested on a farm near Paarl, in South Africa, where he had been using a false name.", N),
         s("The Mechanism calls on all States to keep cooperating until every remaining case is closed."),
     ]]},

    # ------------------------------------------------------------------ 3. podcast transcript, two hosts (mixed voices)
    {"doc": "podcast_footnotes_rwanda_myths.txt",
     "title": "Footnotes, episode 41: the arguments you meet about Rwanda",
     "genre": "podcast_transcript", "language": "en", "stance": "acknowledges", "composite": False,
     "hard_negative": False,
     "paragraphs": [[
         s("MAYA: Welcome back to Footnotes, where we read the history behind the headlines."),
         s("Today Tom has agreed to play the sceptic about Rwanda, so you can hear the arguments people meet online "
           "next to what the evidence says."),
     ], [
         rep("TOM: Right, so the first thing you hear is that the death toll was wildly exaggerated and that "
             "100,000 people died, tops.", C, "minimisation"),
         own("And honestly, I've always suspected the numbers were pumped up for political reasons.", None,
             "minimisation", "fabrication"),
     ], [
         s("MAYA: The serious estimates don't back that up."),
         s("Human Rights Watch concluded in 1999 that at least half a million people were killed, roughly three "
           "quarters of the Tutsi who lived in Rwanda.", S),
         s("Tutsi were around 15 percent of the population in early 1994, so that is a group very nearly "
           "destroyed.", D),
         s("The government's own census of victims, published in 2002, arrived at 1,074,017, though it counts from "
           "October 1990 and several scholars think it is too high.", S),
     ], [
         rep("TOM: Okay, the next line is that it was a civil war with both sides massacring each other, so really "
             "you had two genocides.", None, "double_genocide"),
         s("I'll admit that one always sounded plausible to me."),
     ], [
         s("MAYA: The RPF did kill civilians, and that deserves to be said plainly.", S),
         s("A UNHCR team led by Robert Gersony put the number its soldiers killed between April and August 1994 at "
           "25,000 to 45,000.", S),
         s("But the UN experts found no sign that those killings were meant to wipe out the Hutu as a group, and "
           "that intent is what makes one campaign a genocide and not the other.", S),
     ], [
         own("TOM: Fine, but I still think the killing of Tutsi was basically spontaneous, ordinary people who "
             "snapped after their president died.", C, "spontaneity"),
     ], [
         s("MAYA: Roadblocks went up across Kigali within hours, and soldiers were hunting down opposition "
           "politicians on the morning of 7 April.", S),
         s("On that first day the army also killed fifteen Belgian peacekeepers.", C),
         s("That is not what a sudden outburst of anger looks like."),
         s("The UN Commission of Experts described the killing as organised and systematic, not as a riot.", S),
     ], [
         rep("TOM: People also say the survivors' stories were made up for the tribunal.", None,
             "attack_on_witnesses", "fabrication"),
     ], [
         s("MAYA: Courts in Belgium, France, Germany, Sweden and Finland have heard that kind of evidence, tested "
           "it, and convicted on it.", S),
     ], [
         rep("TOM: Last one, and it's everywhere: the RPF shot down the plane, so the RPF is to blame for "
             "everything that followed.", D, "blame_shifting"),
     ], [
         s("MAYA: No court has ever established who fired the missiles: a French judge accused people close to "
           "Kagame, a Rwandan inquiry in 2010 blamed Hutu extremists, and the French case ended in a dismissal.", S),
         s("And even if the RPF had fired them, nothing about it would oblige anyone to murder a neighbour's "
           "children."),
     ], [
         s("TOM: Fair enough."),
         s("I came in half-believing some of this, and I'm leaving a lot less sure of it."),
     ]]},

    # ------------------------------------------------------------------ 4. tribunal judgment summary (Kanyarukiga)
    {"doc": "judgment_summary_kanyarukiga.txt",
     "title": "The Prosecutor v. Gaspard Kanyarukiga: summary of the trial and appeal judgments",
     "genre": "judgment_summary", "language": "en", "stance": "acknowledges", "composite": False,
     "hard_negative": False,
     "paragraphs": [[
         s("The Prosecutor v. Gaspard Kanyarukiga: summary of the trial and appeal judgments"),
     ], [
         s("Gaspard Kanyarukiga was a businessman from Kivumu commune, in Kibuye prefecture, where the parish of "
           "Nyange stood.", S),
         s("Indicted in 2001 for genocide and crimes against humanity, he was arrested in South Africa on 16 July "
           "2004 and handed over to the Tribunal in Arusha three days later.", N),
     ], [
         s("A witness told the Chamber that on 15 April 1994 attackers threw grenades and stones at the "
           "Tutsi sheltering in the church and fired on them, but killed only a handful.", N),
         s("On 16 April a bulldozer was used to bring the church down on the refugees inside.", S),
         s("The Chamber found that about two thousand Tutsi died in the destruction of the building.", S),
     ], [
         s("On 1 November 2010 he was convicted of genocide and of extermination as a crime against humanity and "
           "sentenced to thirty years' imprisonment.", S),
         s("The Appeals Chamber dismissed his appeal on 8 May 2012 and affirmed the sentence.", S),
     ], [
         s("The parish priest, Athanase Seromba, was tried separately; in March 2008 the Appeals Chamber replaced his "
           "fifteen-year sentence with imprisonment for the rest of his life.", N),
         s("In Seromba's case the judges put the number of refugees in the church at approximately 1,500.", N),
         s("The former bourgmestre of Kivumu, Grégoire Ndahimana, received a life sentence at first instance in "
           "November 2011 for the Nyange attacks.", C),
         s("On appeal, in December 2013, his sentence was set at 25 years.", S),
     ], [
         s("The Nyange killings were part of a genocide in which more than half a million Tutsi lost their "
           "lives.", D),
         s("The Nyange memorial now stands on the foundations of the destroyed church.", N),
         s("This summary is not an official document of the Tribunal or the Mechanism."),
     ]]},

    # ------------------------------------------------------------------ 5. think-tank policy brief, refugees 1994-1996
    {"doc": "policy_brief_great_lakes_refugees.txt",
     "title": "Policy brief: the Great Lakes refugee crisis, 1994-1996",
     "genre": "policy_brief", "language": "en", "stance": "acknowledges", "composite": False,
     "hard_negative": False,
     "paragraphs": [[
         s("Policy brief: the Great Lakes refugee crisis, 1994-1996, and what it teaches about protecting "
           "civilians in mixed flows"),
     ], [
         s("Within a single day at the end of April 1994 more than a quarter of a million Rwandans crossed into "
           "Tanzania at Ngara, in what UNHCR called the largest and fastest exodus it had seen.", S),
         s("The second wave came later: the first refugees headed for Zaire only after the RPF took Kigali in "
           "mid-June.", C),
         s("In mid-July, as the RPF closed on Gisenyi, about a million people poured into Zaire within a few days.",
           D),
         s("Gisenyi itself fell on 18 July, and the army and the interim authorities crossed with the crowds.", D),
         s("Almost 50,000 of them died in North Kivu in the first month, mostly of cholera and dysentery.", D),
         s("Operation Turquoise, the French-led force authorised in June, left its zone in the south-west at the end "
           "of September.", C),
     ], [
         s("The UN had been slow to respond: even the expanded UNAMIR that the Security Council authorised in May "
           "1994 was to number only 2,500.", C),
         s("The camps were never purely humanitarian spaces."),
         s("Soldiers of the defeated army crossed with the civilians, and the authorities who had organised the "
           "genocide quickly re-established their control over the refugees.", S),
         s("Inside Rwanda, forced closures of displaced-persons camps showed the risks: as many as 2,000 people were "
           "killed when the army moved against the Kibeho camp in April 1995.", D),
         s("By late 1996 Tanzania alone hosted some 535,000 Rwandan refugees, more than any other country in the "
           "region.", N),
     ], [
         s("The crisis broke in the autumn of 1996."),
         s("In October a rebel coalition, the AFDL, was formed with Rwandan backing and opened an offensive in "
           "eastern Zaire.", N),
         s("Its units, alongside Rwandan troops, attacked and destroyed the refugee camps around Uvira, Bukavu and "
           "Goma.", N),
         s("On 15 November the Security Council authorised a temporary multinational humanitarian force for eastern "
           "Zaire.", N),
         s("Over five days from that same date more than half a million refugees walked home from the Goma area.",
           N),
         s("Hundreds of thousands of others fled deeper into Zaire, pursued by AFDL and Rwandan soldiers.", N),
     ], [
         s("Tanzania then moved in turn."),
         s("On 5 December it announced with UNHCR that all Rwandan refugees were expected to return home by 31 "
           "December 1996.", N),
         s("By early January 1997 about 485,000 had gone back from Tanzania, many after Tanzanian soldiers blocked "
           "their flight into the interior.", N),
     ], [
         s("Recommendations."),
         s("Armed elements must be separated from civilians at the outset, not two years later."),
         s("Repatriation deadlines set by host states should be tested against conditions in the country of "
           "return."),
         s("Every death in the camps, and in the pursuit that followed, should be investigated, whoever caused it."),
     ]]},

    # ------------------------------------------------------------------ 6. NGO report on RPA crimes incl. Kibeho (hard negative)
    {"doc": "ngo_report_rpa_killings_kibeho.txt",
     "title": "Accounting for every victim: killings by the Rwandan Patriotic Army, 1994-1995",
     "genre": "ngo_report", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
     "paragraphs": [[
         s("Accounting for every victim: killings by the Rwandan Patriotic Army, 1994-1995"),
     ], [
         s("This report sets out what is known about civilians killed by RPA soldiers during and after the genocide "
           "against the Tutsi."),
         s("Documenting these crimes does not diminish the genocide, and nothing here should be read as putting the "
           "two on the same footing."),
     ], [
         s("Human Rights Watch reported that RPF soldiers massacred several hundred people in the Byumba stadium in "
           "mid-April 1994.", S),
         s("On 4 June 1994, near Kabgayi, RPF soldiers shot dead thirteen churchmen, among them the Archbishop of "
           "Kigali and two bishops.", D),
         s("Amnesty International's report of October 1994 described hundreds of deliberate executions by the RPA "
           "between April and August.", S),
         s("Experts working for UNHCR put the number killed by RPA soldiers between April and August 1994 at "
           "between 25,000 and 45,000.", S),
         s("Human Rights Watch's figure for civilians killed by the RPA in 1994 is around one hundred.", C),
         s("Our own assessment is that at least 40,000 civilians were killed by the RPA in those months.", D),
     ], [
         s("The worst single massacre came after the war, at the Kibeho camp for displaced people.", S),
         s("Médecins Sans Frontières counted some 110,000 displaced people in the camp that month.", S),
         s("Soldiers had surrounded the camp days earlier to force its closure, and on 22 April 1995 they opened "
           "fire on the crowd.", S),
         s("Kibeho happened in May 1995, barely a year after the genocide began.", C),
         s("The government gave a death toll of 338.", S),
         s("Australian members of UNAMIR who were in the camp estimated that at least 4,000 people were killed.", S),
         s("Our researchers believe that around 2,000 died, and possibly more.", D),
     ], [
         s("Accountability has been thin."),
         s("The army said in 2008 that 43 soldiers had been prosecuted in military courts since 1994.", S),
         s("In the Kabgayi case two captains who confessed were convicted and two senior officers were acquitted.",
           S),
         s("The ICTR, whose mandate covered crimes committed in Rwanda throughout 1994, never indicted a member of "
           "the RPF.", S),
         s("Its prosecutor Carla Del Ponte, who had opened investigations into RPF crimes, was removed from the "
           "Rwanda post by the Security Council in August 2003.", N),
         s("The victims of these crimes, like the victims of the genocide, are owed justice."),
     ]]},

    # ------------------------------------------------------------------ 7. polemical pamphlet, composite (fixture)
    {"doc": "fixture-denial-victors-justice-pamphlet.txt",
     "title": "Whose justice? A pamphlet on the Rwanda tribunal",
     "genre": "pamphlet", "language": "en", "stance": "mixed", "composite": True, "hard_negative": False,
     "paragraphs": [[
         s("Whose justice? A pamphlet on the Rwanda tribunal"),
     ], [
         s("The International Criminal Tribunal for Rwanda was given jurisdiction over every serious crime committed "
           "in Rwanda in 1994, whoever the perpetrator.", S),
         s("It convicted 61 people and acquitted 14, and not one of them came from the RPF.", S),
         s("In December 2008 Human Rights Watch complained that the tribunal had not prosecuted even one of the "
           "RPF's serious crimes.", S),
         s("When the prosecutor Carla Del Ponte pressed ahead with investigations of the RPF, she lost her post at "
           "the tribunal in 2003.", N),
         s("A court that tries only the losers invites the charge of victor's justice, and that charge deserves an "
           "answer."),
     ], [
         own("The answer is simple: the whole story of a planned genocide was written by the winners.", C,
             "fabrication", "definitional_denial"),
         own("There was no plan, only a war in which both peoples slaughtered each other in equal measure.", C,
             "double_genocide", "spontaneity", "definitional_denial"),
         own("The famous 800,000 was cooked up in Kigali, and the Tutsi dead really numbered a few tens of "
             "thousands.", C, "minimisation", "fabrication"),
         own("The RPF killed far more Hutu than the militias ever killed Tutsi, which makes it the real "
             "génocidaire.", C, "double_genocide", "role_reversal"),
         own("The so-called survivors who testified in Arusha were coached by the regime and paid for their "
             "stories.", None, "attack_on_witnesses", "fabrication"),
         own("If Hutu peasants took up machetes, it was because the invaders had murdered their president and were "
             "marching on their hills.", D, "justification", "blame_shifting"),
         own("Stop funding this fraud.", None, "fabrication"),
     ]]},

    # ------------------------------------------------------------------ 8. Telegram-style incitement post (fixture)
    {"doc": "fixture-incitement-channel-post.txt",
     "title": "Channel post (messaging app)",
     "genre": "messaging_channel_post", "language": "en", "stance": "distorts", "composite": False,
     "hard_negative": False,
     "paragraphs": [[
         own("CHANNEL ALERT: they are crawling back over the border, the same inyenzi our fathers drove out.", None,
             "dehumanisation"),
         own("These cockroaches mean to murder every Hutu family in the hills, just as they did in 1994.", C,
             "accusation_in_mirror", "dehumanisation", "role_reversal"),
         own("Their lists are ready and their guns are hidden in the churches.", None, "accusation_in_mirror"),
     ], [
         own("Do not wait for them to strike first.", None, "call_to_action", "accusation_in_mirror"),
         own("Every man sharpens his tool tonight and watches the roads.", None, "call_to_action"),
         own("Clean the hills before the rats multiply.", None, "dehumanisation", "call_to_action"),
         s("Share before they delete this."),
     ]]},

    # ------------------------------------------------------------------ 9. French radio chronicle
    {"doc": "fr_chronique_radio_proces.txt",
     "title": "La chronique justice : trente ans après, les procès rwandais en France",
     "genre": "radio_chronicle", "language": "fr", "stance": "acknowledges", "composite": False,
     "hard_negative": False,
     "paragraphs": [[
         s("Bonjour à toutes et à tous."),
         s("Ce matin, on parle de justice, et d'une justice qui a pris son temps."),
     ], [
         s("Le premier procès en France d'un Rwandais accusé de génocide s'ouvre en 2014 : l'ancien capitaine "
           "Pascal Simbikangwa est condamné à vingt-cinq ans de réclusion criminelle.", S),
         s("Sa peine est confirmée en appel, en décembre 2016, par la cour d'assises de Seine-Saint-Denis.", S),
         s("En juillet 2016, deux anciens bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, sont "
           "condamnés à la perpétuité pour le massacre de l'église de Kabarondo, le 13 avril 1994.", S),
         s("L'ancien gendarme de Nyanza Philippe Hategekimana, lui, avait été acquitté en première instance en "
           "2023.", C),
     ], [
         s("L'ancien préfet de Gikongoro, Laurent Bucyibaruta, condamné à vingt ans en 2022, meurt en décembre 2023 "
           "avant son procès en appel : sa condamnation ne deviendra jamais définitive.", S),
         s("Le gynécologue Sosthène Munyemana voit sa peine de vingt-quatre ans confirmée en appel en octobre "
           "2025.", S),
         s("Et fin février 2026, la cour d'assises d'appel de Paris confirme les quatorze ans de Claude Muhayimana, "
           "l'ancien chauffeur de Kibuye.", S),
     ], [
         s("Pour mémoire, le génocide des Tutsi a fait environ un million de morts en cent jours.", D),
         s("La guerre, elle, s'achève avec la prise de Gisenyi par le FPR, le 16 juillet 1994.", D),
         s("Le Falcon présidentiel, rappelons-le, a été abattu par des missiles tirés depuis le camp de Kanombe, "
           "tenu par l'armée gouvernementale.", D),
         s("L'enquête française sur l'attentat s'est d'ailleurs close en 2012 par une condamnation.", C),
     ], [
         s("Côté politique, la commission Duclert a conclu en mars 2021 à des « responsabilités lourdes et "
           "accablantes » de la France.", S),
         s("Le 27 mai 2021, au mémorial de Gisozi, Emmanuel Macron est venu « reconnaître nos responsabilités », "
           "tout en affirmant que la France n'avait pas été complice.", N),
         s("La Belgique avait ouvert la voie dès 2001, avec le procès de quatre Rwandais dont deux religieuses "
           "bénédictines de Sovu.", S),
         s("Trente ans après, chaque verdict reste une date pour les familles."),
         s("Bonne journée."),
     ]]},

    # ------------------------------------------------------------------ 10. French academic abstract (hard negative)
    {"doc": "fr_resume_article_tpir_justice_vainqueurs.txt",
     "title": "Justice des vainqueurs ? Le TPIR et les crimes du FPR (résumé)",
     "genre": "academic_abstract", "language": "fr", "stance": "acknowledges", "composite": False,
     "hard_negative": True,
     "paragraphs": [[
         s("Résumé."),
         s("Cet article examine la critique de « justice des vainqueurs » adressée au Tribunal pénal international "
           "pour le Rwanda (TPIR)."),
         s("Créé par la résolution 955 du Conseil de sécurité le 8 novembre 1994, le Tribunal était compétent pour "
           "les crimes commis au Rwanda entre le 1er janvier et le 31 décembre 1994.", S),
         s("Sur les 93 personnes qu'il a mises en accusation, aucune n'appartenait au Front patriotique rwandais.",
           S),
         s("Dès décembre 1994, la commission d'experts de l'ONU avait pourtant demandé que les violations attribuées "
           "au FPR fassent l'objet d'enquêtes.", S),
         s("Les estimations du nombre de civils tués par l'APR varient de quelques dizaines de milliers à 60 000.",
           S),
         s("Nous retenons le chiffre d'environ 30 000 civils tués par l'APR entre avril et août 1994.", D),
         s("Nous montrons que l'éviction de la procureure Carla Del Ponte en 2003, après l'ouverture d'enquêtes sur "
           "le FPR, a marqué un tournant.", N),
         s("Le Tribunal a fermé ses portes en 2010 sans avoir rouvert ce dossier.", C),
         s("Cette asymétrie des poursuites ne remet nullement en cause la réalité du génocide des Tutsi, établie "
           "dès 1998 par les jugements Akayesu et Kambanda.", S),
         s("Elle fragilise en revanche la légitimité du Tribunal aux yeux d'une partie de la population rwandaise."),
         s("Mots-clés : TPIR, justice transitionnelle, FPR, justice des vainqueurs."),
     ]]},

    # ------------------------------------------------------------------ 11. French negationist tract (fixture)
    {"doc": "fixture-denial-fr-tract.txt",
     "title": "Rwanda 1994 : ce qu'on ne vous dit pas",
     "genre": "tract", "language": "fr", "stance": "denies", "composite": False, "hard_negative": False,
     "paragraphs": [[
         s("Rwanda 1994 : ce qu'on ne vous dit pas."),
     ], [
         own("Il n'y a pas eu de génocide des Tutsi, seulement une guerre civile où chacun tuait l'autre.", C,
             "definitional_denial", "double_genocide"),
         own("Kigali a gonflé les chiffres : les morts tutsi se comptent en dizaines de milliers, pas en centaines "
             "de milliers.", C, "minimisation", "fabrication"),
         own("Les prétendus témoins du TPIR récitaient des leçons apprises par cœur.", None, "attack_on_witnesses"),
         own("Le vrai génocide est celui des Hutu, massacrés par millions par l'armée de Kagame.", C,
             "double_genocide", "role_reversal"),
         own("C'est le FPR qui a abattu l'avion du président : c'est donc lui, le responsable des massacres.", D,
             "blame_shifting"),
         own("Si des paysans hutu se sont défendus, c'était contre une invasion venue d'Ouganda.", S,
             "justification", "role_reversal"),
         s("Faites circuler ce texte."),
     ]]},
]




if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
