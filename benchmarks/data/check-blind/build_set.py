"""Source of the BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind/build_set.py --check  # validate the files already written

Written after the first set (benchmarks/data/check/) had been seen by the people tuning the detectors, to
measure generalisation: different genres, new wording, new facts. Its author did not read the detectors,
their rules, exemplars or training data, nor the first set's sentences. Keep it that way: do not copy these
sentences into rules, exemplars or training data, and do not tune against this set.

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
    # ------------------------------------------------------------------ 1. radio interview transcript
    {"doc": "radio_interview_denial.txt",
     "title": "Transcript: 'Why denial travels' - a morning radio interview with a historian",
     "genre": "radio_interview", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
     "paragraphs": [[
         s("MORNING PROGRAMME, TRANSCRIPT."),
     ], [
         s("HOST: Thirty years on, why does denial of the genocide against the Tutsi still travel so well online?"),
     ], [
         s("HISTORIAN: Because it rarely looks like denial at first."),
         s("It turns up as a question about numbers, or as the suggestion that everyone was killing everyone."),
     ], [
         s("HOST: For listeners who don't know the story: roughly a million people were killed in about a hundred days.", D),
         s("Let me read you a message we received this week."),
         rep("'There was no genocide in Rwanda, just a civil war that both sides lost control of.'", C,
             "definitional_denial", "spontaneity", "double_genocide"),
     ], [
         s("HISTORIAN: The court record answers that directly."),
         s("In September 1998 the Rwanda tribunal convicted Jean-Paul Akayesu, the mayor of Taba, of genocide, "
           "the first such judgment by any international court.", S),
         s("That same month Jean Kambanda, who had headed the interim government, pleaded guilty and was sentenced "
           "to life.", S),
         s("And a UN Commission of Experts had already reported, in December 1994, that Hutu elements carried out "
           "the killing of Tutsi in an organised and methodical way, not as some spontaneous outburst.", S),
     ], [
         rep("HOST: Another listener says 'at most thirty or forty thousand died, and the rest is propaganda'.", C,
             "minimisation", "fabrication"),
     ], [
         s("HISTORIAN: No serious count comes anywhere near that."),
         s("Human Rights Watch, working from the 1991 census, concluded that at least half a million people were "
           "killed, roughly three in four Rwandan Tutsi.", S),
         s("The government's own census of victims, published in 2002, arrived at a little over a million, "
           "counting from 1990.", S),
         s("Scholars argue about the total, but the argument is about how many hundreds of thousands, not about "
           "whether it happened."),
     ], [
         s("HOST: What about the hate media?"),
     ], [
         s("HISTORIAN: The tribunal's media trial is the key text."),
         s("On appeal in 2007, Ferdinand Nahimana of RTLM was given 30 years and the Kangura editor Hassan Ngeze "
           "35 years.", S),
         s("Georges Ruggiu, an Italo-Belgian presenter on RTLM, pleaded guilty and got twelve years in 2000.", S),
         s("And a Rwandan court gave Léon Mugesera a life sentence in 2016 for the speech he made at Kabaya in "
           "November 1992.", S),
         s("When a broadcaster turns neighbours into vermin, that is not war reporting; it is the preparation "
           "of a massacre."),
     ], [
         rep("HOST: Some people say the real genocide was committed against the Hutu, by the RPF.", C,
             "double_genocide", "role_reversal"),
     ], [
         s("HISTORIAN: RPF soldiers did kill civilians in 1994, and that deserves to be documented in full.", S),
         s("Consultants working for UNHCR put the number they killed between April and August 1994 at 25,000 to "
           "45,000.", S),
         s("But the same Commission of Experts found no evidence that those crimes were meant to destroy the Hutu "
           "as a group.", S),
         s("Crimes of that kind call for prosecutions, not for a second genocide label."),
     ]]},

    # ------------------------------------------------------------------ 2. court reporting (IRMCT)
    {"doc": "court_report_kabuga_stay.txt",
     "title": "UN appeals judges end Kabuga case without a verdict",
     "genre": "court_reporting", "language": "en", "stance": "acknowledges", "composite": False,
     "hard_negative": False,
     "paragraphs": [[
         s("THE HAGUE - UN appeals judges on Monday halted for good the case against Félicien Kabuga, the "
           "businessman accused of helping to fund and equip the 1994 genocide against the Tutsi, after finding "
           "that dementia had left him unfit for trial.", S),
         s("The Appeals Chamber of the International Residual Mechanism for Criminal Tribunals sent the case back "
           "to the trial judges with an instruction to stay the proceedings indefinitely.", S),
         s("It struck down the trial bench's plan for an 'alternative finding procedure' that would have heard the "
           "evidence with no possibility of a conviction.", N),
     ], [
         s("Kabuga, who is in his late eighties, was arrested on 16 May 2020 at a flat in Asnières-sur-Seine, near "
           "Paris, where he had been living under a false identity.", N),
         s("The United States had offered up to five million dollars for his capture.", N),
         s("His trial opened in The Hague on 29 September 2022, and he pleaded not guilty.", N),
         s("Because of his health, hearings were limited to two hours a day, three days a week.", N),
         s("Prosecutors alleged that he supplied machetes to the killers and backed the propaganda of Radio "
           "Télévision Libre des Mille Collines (RTLM).", S),
         rep("According to the prosecution, the station he backed urged listeners to 'kill Tutsi cockroaches'.", None,
             "dehumanisation", "call_to_action"),
     ], [
         s("For many survivors, a case that ends without a verdict is a second loss."),
         s("The genocide killed some 800,000 people, most of them Tutsi, in about 100 days.", D),
     ], [
         s("Kabuga's case was inherited from the International Criminal Tribunal for Rwanda, which closed at the "
           "end of 2015 after indicting 93 people.", S),
         s("It convicted 61 of them and acquitted 14.", S),
         s("Its unfinished work passed to the Mechanism, which the Security Council set up in December 2010.", N),
         s("The Rwanda tribunal's final judgment, delivered on appeal in December 2015, reduced the life sentences "
           "of the former family minister Pauline Nyiramasuhuko and of Arsène Shalom Ntahobali to 47 years.", S),
     ]]},

    # ------------------------------------------------------------------ 3. commemoration speech (French)
    {"doc": "fr_discours_commemoration.txt",
     "title": "Discours prononcé lors de la commémoration du 7 avril",
     "genre": "commemoration_speech", "language": "fr", "stance": "acknowledges", "composite": False,
     "hard_negative": False,
     "paragraphs": [[
         s("Mesdames et Messieurs, chers rescapés, chères familles."),
         s("Nous voici réunis, comme chaque 7 avril, pour dire ce qui s'est passé au Rwanda en 1994 : un génocide, "
           "celui des Tutsi."),
     ], [
         s("Le 6 avril au soir, l'avion du président Habyarimana était abattu à l'approche de Kigali ; dès le "
           "lendemain, la Première ministre Agathe Uwilingiyimana et les dix Casques bleus belges chargés de la "
           "protéger étaient tués.", S),
         s("Des hommes, des femmes et des enfants ont été assassinés parce qu'ils étaient nés Tutsi, ou parce "
           "qu'ils refusaient de tuer."),
         s("Plus d'un million de morts selon le recensement du gouvernement rwandais ; au moins un demi-million, "
           "écrivait Human Rights Watch en 1999.", S),
         s("Au moins 250 000 femmes ont été violées.", D),
         s("Quatre-vingt-quinze mille enfants sont devenus orphelins.", D),
         s("Derrière ces chiffres, il y a des noms."),
     ], [
         s("À Kigali, la flamme du souvenir allumée chaque 7 avril au mémorial de Gisozi brûle cent jours, le "
           "temps qu'ont duré les massacres.", N),
         s("Plus de 250 000 victimes y sont inhumées.", N),
         s("À Nyamata, près de 10 000 personnes ont été tuées dans l'église et autour d'elle, où elles croyaient "
           "trouver refuge.", N),
         s("En septembre 2023, l'UNESCO a inscrit ce lieu, avec ceux de Murambi, de Gisozi et de Bisesero, sur "
           "la liste du patrimoine mondial.", N),
     ], [
         s("Ici, en France, la justice a fini par juger."),
         s("En 2014, Pascal Simbikangwa a été condamné à vingt-cinq ans de réclusion ; deux ans plus tard, les "
           "anciens bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, l'ont été à la perpétuité.", S),
         s("Le 26 mars 2021, la commission présidée par Vincent Duclert a conclu à des responsabilités « lourdes "
           "et accablantes » de la France.", S),
     ], [
         s("Se souvenir, c'est aussi refuser les mots qui effacent : ceux qui parlent de « double génocide » ou "
           "de simples « affrontements »."),
         s("Nous devons aux morts la vérité, et aux vivants la justice."),
     ]]},

    # ------------------------------------------------------------------ 4. French magazine article
    {"doc": "fr_magazine_france_rwanda.txt",
     "title": "France-Rwanda : le temps des aveux et des procès",
     "genre": "magazine_article", "language": "fr", "stance": "acknowledges", "composite": False,
     "hard_negative": False,
     "paragraphs": [[
         s("Il aura fallu vingt-sept ans."),
         s("Le 27 mai 2021, au mémorial de Gisozi, à Kigali, Emmanuel Macron est venu, selon ses propres mots, "
           "« reconnaître nos responsabilités ».", N),
         s("Le président français a toutefois écarté l'idée d'une complicité de la France.", N),
         s("Deux mois plus tôt, la commission d'historiens présidée par Vincent Duclert lui avait remis son "
           "rapport.", S),
     ], [
         s("Ce voyage venait clore des années de brouille."),
         s("En novembre 2006, le juge Jean-Louis Bruguière avait délivré neuf mandats d'arrêt contre des proches "
           "de Paul Kagame, et Kigali avait aussitôt rompu ses relations diplomatiques avec Paris.", S),
         s("Quant à l'enquête sur l'attentat du 6 avril 1994, elle s'est achevée par un non-lieu devenu définitif "
           "en février 2022, sans qu'aucun tribunal ait désigné les tireurs.", S),
     ], [
         s("Reste la justice due aux victimes."),
         s("Arrêté le 16 mai 2020 à Asnières-sur-Seine, Félicien Kabuga, présenté comme le financier du génocide, "
           "a été remis au Mécanisme de l'ONU qui a pris la suite du TPIR.", N),
         s("Devant la cour d'assises de Paris, l'ancien gendarme Philippe Hategekimana a été condamné à la "
           "perpétuité en 2023, peine confirmée en appel en décembre 2024.", S),
         s("Le chauffeur Claude Muhayimana a, lui, écopé de quatorze ans de réclusion pour complicité de "
           "génocide.", S),
         s("L'ancien préfet de Gikongoro, Laurent Bucyibaruta, condamné à vingt ans en 2022, est mort en décembre "
           "2023 avant d'être rejugé en appel.", S),
     ], [
         s("Le génocide a fait environ 800 000 morts en cent jours.", D),
         s("Les Tutsi représentaient alors près de 15 % de la population rwandaise.", D),
     ]]},

    # ------------------------------------------------------------------ 5. human-rights report on RPA abuses (hard negative)
    {"doc": "hr_briefing_rpa_kibeho.txt",
     "title": "Unfinished accounts: killings by RPA soldiers, 1994-1995, and the record of prosecutions",
     "genre": "human_rights_report", "language": "en", "stance": "acknowledges", "composite": False,
     "hard_negative": True,
     "paragraphs": [[
         s("This briefing documents killings of civilians by soldiers of the Rwandan Patriotic Army (RPA) in 1994 "
           "and 1995, and how few of them have been prosecuted."),
         s("Recording these crimes takes nothing away from the genocide against the Tutsi."),
     ], [
         s("In April 1995 the Kibeho camp in the south-west held some 110,000 internally displaced people, "
           "according to Médecins Sans Frontières.", S),
         s("RPA units encircled the camp in the middle of the month as the government set about closing the "
           "camps by force.", S),
         s("The interior minister, Seth Sendashonga, went to Kibeho on 19 April to try to calm the situation.", N),
         s("On 22 April soldiers opened fire on the crowd.", S),
         s("The government later put the number of dead at 338.", S),
         s("Australian soldiers serving with UNAMIR estimated that at least 4,000 people were killed.", S),
         s("On the evidence we have gathered, the toll was close to 2,000.", D),
     ], [
         s("Killings by RPA soldiers in 1994 were not isolated acts."),
         s("Human Rights Watch reported that RPF soldiers massacred several hundred people in the stadium at "
           "Byumba in mid-April 1994.", S),
         s("Amnesty International's report of October 1994 listed hundreds of deliberate executions by the RPA "
           "between April and August.", S),
         s("A former interior minister later estimated that RPA soldiers killed some 60,000 people between April "
           "1994 and August 1995.", S),
         s("In all, at least 30,000 civilians were killed by the RPA in 1994.", D),
         s("By the time the RPF took Gisenyi on 18 July 1994, about a million people had fled into Zaire.", D),
         s("Some 50,000 of those refugees died in Goma within a month, most of them of cholera and dysentery.", D),
     ], [
         s("Prosecutions have been rare."),
         s("The Rwandan military said in 2008 that it had prosecuted 43 soldiers since 1994 for war crimes and "
           "revenge killings.", S),
         s("Near Kabgayi in June 1994 RPF soldiers killed fifteen civilians, thirteen of them clergy.", S),
         s("They were killed on 5 June.", D),
         s("In October 2008 a military court convicted two captains for those killings and acquitted two senior "
           "officers.", S),
         s("Sendashonga, who had pressed for the punishment of soldiers carrying out revenge killings, was "
           "dismissed in 1995 and shot dead in Nairobi on 16 May 1998.", N),
         s("He had survived an earlier attempt on his life there in February 1996.", N),
         s("The international tribunal never indicted a member of the RPF.", S),
         s("A UN mapping report published on 1 October 2010 described later killings of Hutu refugees in Congo "
           "that, if proven before a competent court, could be characterised as crimes of genocide.", N),
     ]]},

    # ------------------------------------------------------------------ 6. op-ed criticising the ICTR (hard negative)
    {"doc": "oped_ictr_unfinished.txt",
     "title": "Opinion: The Rwanda tribunal's unfinished business",
     "genre": "op_ed", "language": "en", "stance": "acknowledges", "composite": False, "hard_negative": True,
     "paragraphs": [[
         s("The Rwanda tribunal did historic work, and it also failed in ways its defenders seldom admit."),
         s("Its judges were the first at any international court to convict a person of genocide, in the Akayesu "
           "case of September 1998, and the first to hold that rape could be a means of committing genocide.", S),
         s("But justice came slowly and at enormous cost."),
         s("By the tribunal's own estimate it had spent more than a billion dollars by 2007.", N),
         s("In the Butare case the trials dragged on so long that the appeals judges cut three life sentences to "
           "47 years for undue delay.", S),
     ], [
         s("The larger failure is one-sidedness."),
         s("Carla Del Ponte, who had opened investigations into RPF officers, lost the Rwanda post in 2003 when "
           "the Security Council split the prosecutor's job, and she blamed pressure from Kigali.", N),
         s("The Council then appointed the Gambian judge Hassan Jallow as the tribunal's prosecutor.", N),
         s("The tribunal left the Kabgayi killings to Rwanda's military courts, which in 2008 convicted two "
           "captains and acquitted two senior officers.", S),
         s("Human Rights Watch complained in December 2008 that the tribunal had not prosecuted a single one of "
           "the RPF's serious crimes of 1994.", S),
         s("The killers of 25,000 to 45,000 people, the estimate of UNHCR's consultants, never faced an "
           "international judge.", S),
         s("Critics called it victor's justice, and on this point they had a case."),
         s("None of this makes the genocide against the Tutsi less real or less planned; it makes the court's "
           "record incomplete."),
     ]]},

    # ------------------------------------------------------------------ 7. FIXTURE: social-media denial thread
    {"doc": "fixture-denial-social-thread.txt",
     "title": "Fixture: social-media thread denying the genocide",
     "genre": "social_media_thread", "language": "en", "stance": "denies", "composite": False,
     "hard_negative": False,
     "paragraphs": [[
         own("1/ Thread on the 'Rwanda genocide' story they feed you every April.", None,
             "definitional_denial", "fabrication"),
     ], [
         own("2/ It was a civil war, full stop: the RPF invaded in 1993 and Hutu farmers defended their hills.", C,
             "definitional_denial", "justification"),
     ], [
         own("3/ The massacres were spontaneous anger after the president's plane went down, nobody planned "
             "anything.", C, "spontaneity"),
         own("Even the UN's own commission found no plan, just chaos.", C, "spontaneity", "fabrication"),
     ], [
         own("4/ And the RPF shot that plane down themselves, everyone knows it.", D, "blame_shifting"),
     ], [
         own("5/ Real numbers? Maybe 50k dead on all sides, the million figure was cooked up in Kigali to get aid "
             "money.", C, "minimisation", "fabrication", "double_genocide"),
         own("Tutsi were barely 8% of the population anyway, so the numbers never added up.", D, "minimisation"),
     ], [
         own("6/ The so-called survivors were coached to tell the same stories in Arusha.", None,
             "attack_on_witnesses"),
     ], [
         own("7/ Even the ICTR never convicted anyone of planning it, they acquitted Bagosora.", C,
             "spontaneity", "fabrication"),
     ], [
         own("8/ The real genocide was the one against Hutu in Congo, and nobody talks about it.", None,
             "double_genocide", "role_reversal"),
     ], [
         s("9/ Share before they delete this."),
     ]]},

    # ------------------------------------------------------------------ 8. FIXTURE: pseudo-academic revisionist essay (composite)
    {"doc": "fixture-denial-revisionist-essay.txt",
     "title": "Fixture: 'Rwanda 1994 reconsidered' - a pseudo-academic essay splicing real scholarship with denial",
     "genre": "pseudo_academic_essay", "language": "en", "stance": "mixed", "composite": True,
     "hard_negative": False,
     "paragraphs": [[
         s("Abstract. This paper revisits the demographic evidence on Rwanda in 1994."),
         s("The 1991 census recorded Tutsi as 8.4 percent of the population, a figure Human Rights Watch used in "
           "its 1999 report Leave None to Tell the Story.", S),
         s("Starting from a Tutsi population that the demographer William Seltzer estimated at 657,000 on 6 April "
           "1994, and subtracting about 150,000 survivors, that report arrived at some 507,000 Tutsi killed.", S),
         s("The UN Commission of Experts had estimated in December 1994 that about 500,000 unarmed civilians were "
           "murdered, adding that the figure might be conservative.", S),
         s("The Rwandan government's count, published in 2002, reached 1,074,017 victims from October 1990 "
           "onwards.", S),
     ], [
         s("Read critically, however, these sources point somewhere else entirely."),
         own("The official count was manufactured by a regime in need of a founding myth, and the word "
             "'genocide' was imposed by the victors.", None, "fabrication", "definitional_denial"),
         own("In reality the deaths were the product of a chaotic civil war in which both sides killed on a "
             "comparable scale.", C, "double_genocide", "spontaneity"),
         own("The Commission of Experts itself concluded that both sides had committed genocide.", C,
             "double_genocide", "fabrication"),
         own("The RPF alone killed well over a million Hutu between 1990 and 1994, which dwarfs any Tutsi "
             "losses.", C, "double_genocide", "minimisation", "role_reversal"),
         own("The downing of President Habyarimana's plane, which the French courts established was the work of "
             "the RPF, was the real crime that set everything in motion.", C, "blame_shifting"),
         own("Villagers who took up machetes were defending themselves against an invading army and its fifth "
             "column.", None, "justification", "role_reversal", "accusation_in_mirror"),
         own("The Arusha judges, relying on coached witnesses, convicted men on hearsay.", None,
             "attack_on_witnesses"),
     ]]},

    # ------------------------------------------------------------------ 9. FIXTURE: French denial forum post
    {"doc": "fixture-denial-fr-forum.txt",
     "title": "Fixture : message de forum niant le génocide",
     "genre": "forum_post", "language": "fr", "stance": "denies", "composite": False, "hard_negative": False,
     "paragraphs": [[
         own("Re: « génocide » rwandais, arrêtez de répéter la propagande de Kigali.", None,
             "definitional_denial", "fabrication"),
     ], [
         own("Il n'y a jamais eu de plan d'extermination, seulement des paysans affolés après l'attentat.", C,
             "spontaneity"),
         own("Le chiffre de 800 000 morts a été inventé de toutes pièces, il y en a eu au plus quelques dizaines "
             "de milliers, Hutu et Tutsi confondus.", C, "fabrication", "minimisation", "double_genocide"),
         own("D'ailleurs le TPIR a fermé en 2010 sans avoir rien prouvé.", C, "fabrication", "definitional_denial"),
         own("Et l'ONU n'a jamais envoyé plus de 300 casques bleus, preuve qu'il ne se passait rien de grave.", C,
             "minimisation"),
         own("Les vrais génocidaires, ce sont les hommes de Kagame, qui ont massacré les Hutu par millions.", C,
             "double_genocide", "role_reversal"),
         own("Les « rescapés » qui défilent chaque année récitent une leçon apprise.", None, "attack_on_witnesses"),
     ]]},

    # ------------------------------------------------------------------ 10. FIXTURE: incitement leaflet
    {"doc": "fixture-incitement-leaflet.txt",
     "title": "Fixture: incitement-style leaflet",
     "genre": "leaflet", "language": "en", "stance": "distorts", "composite": False, "hard_negative": False,
     "paragraphs": [[
         own("PEOPLE OF THE HILLS, WAKE UP AND STAND READY!", None, "call_to_action"),
     ], [
         own("The cockroaches from across the border have already drawn up lists of every family they mean to "
             "wipe out.", None, "dehumanisation", "accusation_in_mirror"),
         own("They are snakes hiding among us, in our offices, our schools and our markets.", None,
             "dehumanisation"),
         own("If we wait, they will do to us what they have always planned.", None, "accusation_in_mirror"),
         own("Every household must guard its road tonight and make sure not one of them gets through.", None,
             "call_to_action"),
         own("Finish the work before they finish you.", None, "call_to_action", "accusation_in_mirror"),
     ]]},
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
