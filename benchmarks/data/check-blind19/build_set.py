"""Source of the NINETEENTH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind19/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind19/build_set.py --check  # validate the files already written

HELD-OUT evaluation set, written blind in session 17 (2026-11-27): a general mix of what investigators, moderators
and journalists paste into the tool (a wire report on a commemoration, a podcast transcript on the ICTR's record, an
NGO briefing on RPA killings, a platform moderation guide that quotes denial patterns, a school worksheet on UNAMIR,
a letter to the editor on trials abroad, a French court report, a French encyclopaedia entry on hate media, and four
short denial fixtures, two of them composites). Its author did not read the detectors, their rules, exemplars or
training data, the benchmark or its results, nor any other set's documents, labels, README or build script (only
benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, and the first 40
lines of the check-blind5 build script and the check-blind5 README as templates). Verdicts were decided against the
record alone: examples/ (FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml
and the proceedings CSV. Keep it that way: do not copy these sentences into rules, exemplars or training data, and
do not tune against this set.

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


# 1. Wire report on the annual commemoration (invented agency, "Lakeside Wire").
WIRE = {
    "doc": "wire-kwibuka-commemoration.txt",
    "title": "Rwanda opens week of mourning as toll debate lingers",
    "genre": "wire report",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            s("KIGALI, 7 April (Lakeside Wire) - Rwanda's president lit the flame of remembrance at the Gisozi "
              "memorial in Kigali on Monday morning, opening the annual week of national mourning for the genocide "
              "against the Tutsi.", N),
            s("The flame is meant to burn for a hundred days, the span of the killings, while flags stay at "
              "half-mast until the 13th.", N),
            s("Some 250,000 victims are buried in the hillside graves at Gisozi, whose memorial centre opened in "
              "2004.", N),
        ],
        [
            s("More than three decades on, the count of the dead is still argued over."),
            s("Officials at the ceremony again spoke of well over a million people killed.", D),
            s("The government's own census of victims, published in 2002, arrived at one million seventy-four "
              "thousand and seventeen, a figure that starts in October 1990 rather than in April 1994.", S),
            s("Human Rights Watch, working from the 1991 census, concluded that no fewer than half a million were "
              "killed, roughly three in every four Rwandan Tutsi.", S),
            s("Around 800,000 people, overwhelmingly Tutsi, died in roughly three months.", D),
        ],
        [
            s("The killing began within hours of the downing of President Juvénal Habyarimana's aircraft as it came "
              "in to land at Kigali on the evening of 6 April 1994.", S),
            s("The following morning soldiers murdered the prime minister, Agathe Uwilingiyimana, along with the ten "
              "Belgian blue helmets assigned to guard her.", S),
            s("On 7 April 2000, at a ceremony in Gisozi, the Belgian prime minister Guy Verhofstadt asked Rwandans "
              "for forgiveness in his country's name.", N),
            s("Two years before that, Bill Clinton had stopped for a few hours at Kigali airport and conceded that the "
              "world had not acted quickly enough once the killing began.", N),
            s("He also pledged two million dollars to a fund for survivors.", N),
        ],
        [
            s("This year's guests included survivors from Bugesera, where some five thousand people were "
              "slaughtered in and around the Catholic church at Ntarama.", N),
            s("In September 2023 UNESCO inscribed four memorials, at Nyamata, Murambi, Gisozi and Bisesero, on its "
              "World Heritage List.", N),
            s("The decision was taken at the 45th session of the World Heritage Committee, meeting in Riyadh.", N),
            s("The UN General Assembly first set 7 April aside as a day of reflection in December 2003 and, in "
              "January 2018, renamed it to name the genocide against the Tutsi.", N),
        ],
        [
            s("Speakers also dwelt on the failures of the United Nations."),
            s("A fortnight into the killing, on 21 April 1994, the Security Council voted to shrink its "
              "peacekeeping mission, UNAMIR, to a residual force of some 270.", S),
            s("It changed course on 17 May, authorising up to 5,500 troops and imposing an arms embargo.", S),
            s("The RPF, which had opened its war from Uganda in October 1992, took the capital on 4 July.", C),
            s("Within days, perhaps a million people fled west into Zaire, where as many as 80,000 of them may "
              "have died in the camps.", D),
            s("The UN Commission of Experts, set up in July 1994, did not report its findings until 1996.", C),
            s("Rights groups used the anniversary to repeat that killings by RPF soldiers in 1994 never came before "
              "the international tribunal.", S),
            s("That tribunal, which shut its doors at the end of 2014, convicted sixty-one people.", C),
            s("Commemoration events are planned in embassies and diaspora communities until early July."),
        ],
    ],
}

# 2. Podcast transcript on the ICTR's record (invented programme, host and guest). Hard negative.
PODCAST = {
    "doc": "podcast-ictr-legacy-transcript.txt",
    "title": "The Docket Hour, episode 112: what the Rwanda tribunal did and did not do",
    "genre": "podcast transcript",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [
            s("HOST (Ines Varga): Welcome back to The Docket Hour; today we are asking what the Rwanda tribunal "
              "achieved, and what it left undone."),
            s("GUEST (Tomasz Ekwueme, legal historian): Start with the basics: the Security Council set the "
              "tribunal up in November 1994, by thirteen votes to one with one abstention.", S),
            s("Its reach in time was narrow, from the first of January to the last day of December of that year.", S),
            s("And contrary to what people assume, its first trial only opened in 1999.", C),
        ],
        [
            s("HOST: How many people did it actually put in the dock?"),
            s("GUEST: Ninety-three were indicted; sixty-one ended up convicted and fourteen acquitted, on its own "
              "closing figures.", S),
            s("HOST: Critics call that victor's justice; is the label fair?"),
            s("GUEST: It is a serious argument, and it can be made without denying anything about the genocide."),
            s("Not a single RPF member was ever prosecuted in Arusha.", S),
            s("Human Rights Watch put it bluntly in December 2008, when it wrote that the tribunal had not "
              "prosecuted even one of the serious RPF crimes of 1994.", S),
            s("Experts working for the UN refugee agency had estimated that RPA soldiers killed between twenty-five "
              "and forty-five thousand people from April to August 1994.", S),
            s("My own reading is simply that the RPA killed tens of thousands of civilians that year.", D),
        ],
        [
            s("The other case people cite is Kibeho, in April 1995, where perhaps 4,000 displaced people were shot "
              "dead by the army.", D),
            s("HOST: Did anyone try to change that?"),
            s("GUEST: Carla Del Ponte, who had been prosecuting for both the Yugoslav and the Rwanda tribunals "
              "since 1999, wanted to investigate reprisal killings by the army.", N),
            s("In August 2003 the Security Council took the Rwanda job away from her.", N),
            s("She has said Kigali lobbied for her removal precisely because of those investigations.", N),
            s("HOST: A listener wrote in to say that \"the one-sided trials prove there were two genocides, and the "
              "Hutu one was covered up.\"", C, ["double_genocide"], "reported"),
            s("GUEST: That does not follow, and the UN Commission of Experts found no evidence that crimes by the "
              "Tutsi side were meant to destroy the Hutu as a group.", S),
            s("The same Commission asked for the violations attributed to the RPF to be investigated further, which "
              "is the part that never happened at the tribunal.", S),
        ],
        [
            s("GUEST: Rwanda's military courts handled a handful of cases, among them the killing of thirteen clergy "
              "near Kabgayi.", S),
            s("Two captains who pleaded guilty got eight years at first instance, later cut to five, and two senior "
              "officers walked free.", S),
            s("HOST: And the landmark judgments?"),
            s("GUEST: Akayesu, in September 1998, was the first genocide conviction by any international court, and "
              "it held that rape could be an act of genocide.", S),
            s("The interim prime minister Jean Kambanda pleaded guilty and was given life that same month.", S),
            s("Théoneste Bagosora, whom the prosecution called the mastermind, ended with thirty-five years after "
              "his appeal in 2011.", S),
            s("As for the toll, the figure I would defend is that well over half a million Tutsi were killed.", D),
            s("HOST: So the record is mixed."),
            s("GUEST: It is both at once: a court that established the genocide beyond doubt, and a court that "
              "looked away from the other side's crimes."),
        ],
    ],
}

# 3. NGO briefing on killings by RPA soldiers (invented NGO). Hard negative.
BRIEFING = {
    "doc": "ngo-briefing-rpa-killings.txt",
    "title": "Briefing note 7/2026: killings by RPA soldiers, 1994-1995, and the justice gap",
    "genre": "NGO briefing",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [
            s("Briefing note 7/2026, Great Lakes Accountability Project."),
            s("This note gathers what is documented about civilians killed by soldiers of the Rwandan Patriotic "
              "Army between April 1994 and April 1995, and about how few of those killings were ever tried."),
            s("Recording these crimes takes nothing away from the genocide against the Tutsi, which the UN "
              "Commission of Experts found to have been planned and systematic.", S),
        ],
        [
            s("Background. The RPA was the armed wing of the RPF, whose first commander, Fred Rwigyema, was killed "
              "on the second day of the October 1990 invasion.", N),
            s("Paul Kagame, recalled from a military course in the United States, took over the command.", N),
        ],
        [
            s("1. Scale. A UNHCR team led by Robert Gersony estimated that RPA soldiers killed between 25,000 and "
              "45,000 people from April to August 1994.", S),
            s("UNHCR published the team's findings as a full report before the end of 1994.", C),
            s("In its 1999 history of the genocide, Human Rights Watch wrote that RPF troops may have killed tens of "
              "thousands of civilians during the four months of combat.", S),
            s("The true total is probably nearer 60,000 once killings up to mid-1995 are counted.", D),
        ],
        [
            s("2. Byumba. In mid-April 1994 RPF soldiers massacred several hundred people gathered in the Byumba "
              "stadium, according to Human Rights Watch.", S),
            s("3. Kabgayi. Thirteen clergy, the Archbishop of Kigali among them, and two other civilians were shot "
              "by RPF soldiers after being taken away from Kabgayi, on 5 June 1994.", D),
            s("Amnesty International reported in October 1994 that the RPA's violations since April included "
              "hundreds of deliberate executions.", S),
            s("More than a million Hutu civilians fled ahead of the RPA into Zaire in July 1994.", D),
        ],
        [
            s("4. Kibeho. On 22 April 1995 RPA troops opened fire on displaced people at the Kibeho camp in the "
              "south-west, which Médecins Sans Frontières said held 110,000 people.", S),
            s("About 2,000 people died there that day.", D),
            s("The Rwandan government acknowledged 338 deaths.", S),
            s("Australian soldiers serving with UNAMIR estimated at least 4,000 dead.", S),
            s("Reports at the time spoke of several thousand dead.", D),
        ],
        [
            s("5. Justice. The ICTR, whose mandate covered the whole of 1994, indicted no RPA soldier.", S),
            s("The gacaca courts were barred from hearing crimes by RPF soldiers.", S),
            s("Rwanda's military justice system says it has prosecuted soldiers responsible for killing about 100 "
              "civilians, and the army said in 2008 that 43 soldiers had been brought before military courts since "
              "1994.", S),
            s("The ICTR prosecutor left the Kabgayi case to Rwanda and monitored the trial.", S),
            s("In February 2009 the Military High Court upheld the acquittal of the two senior officers.", S),
            s("The case finally closed in 2010 with all four accused acquitted.", C),
        ],
        [
            s("6. Misuse. Deniers cite these killings to claim that \"the RPF carried out a second genocide against "
              "the Hutu.\"", C, ["double_genocide"], "reported"),
            s("The record does not bear that out: the Commission of Experts found no evidence that the RPF's crimes "
              "were aimed at destroying the Hutu as a group, while asking that they be investigated.", S),
            s("7. Recommendation. States exercising universal jurisdiction should open investigations into RPA "
              "crimes on the same footing as genocide cases."),
        ],
    ],
}

# 4. Platform moderation guide quoting denial patterns in order to answer them (invented platform). Hard negative.
MODGUIDE = {
    "doc": "moderation-guide-denial-patterns.txt",
    "title": "Trust and safety guide, section 4: denial and distortion of the genocide against the Tutsi",
    "genre": "content moderation guide",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [
            s("Section 4: recognising denial and distortion of the genocide against the Tutsi."),
            s("Below are the claim patterns reviewers meet most often, each with a typical wording and the facts "
              "that answer it."),
        ],
        [
            rep("Pattern A, the shrinking toll: \"Maybe 50,000 died, and most of them were fighters.\"", C,
                "minimisation"),
            s("Every serious estimate is far higher: Human Rights Watch concluded that at least 500,000 were killed, "
              "and the UN Commission of Experts estimated some half a million unarmed civilians murdered.", S),
            rep("Pattern B, the numbers game: \"Tutsi were barely 8 percent of Rwanda, so there were never enough of "
                "them to lose that many.\"", D, "minimisation"),
            s("The 1991 census did record 8.4 percent, but Marijke Verpoorten found evidence that Tutsi were "
              "under-counted, and Human Rights Watch's 1995 report put their share at about 15 percent.", S),
        ],
        [
            rep("Pattern C, the war frame: \"It was a civil war, not a genocide, and both armies butchered "
                "civilians.\"", C, "definitional_denial", "double_genocide"),
            s("In the Akayesu judgment the ICTR found, on the evidence before it, that genocide was committed against "
              "the Tutsi in 1994.", S),
            rep("Pattern D, spontaneous rage: \"Nobody planned anything; the people simply exploded in grief after "
                "their president was murdered.\"", C, "spontaneity"),
            s("The Commission of Experts described the killing as concerted, planned, systematic and methodical.", S),
        ],
        [
            rep("Pattern E, blaming the other side: \"The RPF invaded in 1990 and shot down the plane, so it caused "
                "everything that followed.\"", D, "blame_shifting"),
            s("The attack of 1 October 1990 is on the record, but no court has established who fired at the plane, "
              "and the French inquiry ended in a dismissal that the Cour de cassation made final in February "
              "2022.", S),
            rep("Pattern F, role reversal: \"The real victims in 1994 were the Hutu, hunted down by Tutsi "
                "killers.\"", C, "role_reversal"),
            rep("Pattern G, invention: \"The whole genocide story was made up by RPF propagandists and sold to the "
                "UN.\"", C, "fabrication"),
            rep("Pattern H, discrediting witnesses: \"Survivors were coached and paid to testify in Arusha.\"", N,
                "attack_on_witnesses"),
            s("Testimony in Arusha was tested in adversarial hearings: in the Military I trial, for example, "
              "Bagosora's counsel challenged General Dallaire's credibility and suggested he was biased.", S),
        ],
        [
            rep("Pattern I, excuse-making: \"The Hutu had to defend themselves, because the Tutsi were preparing to "
                "exterminate them.\"", C, "justification", "accusation_in_mirror"),
            rep("Pattern J, hate vocabulary: posts calling Tutsi \"inyenzi\" or \"cockroaches\" recycle the "
                "language of 1994 radio.", N, "dehumanisation"),
            rep("Pattern K, open calls: \"Finish the job this time\", or any appeal to attack people for their "
                "ethnicity.", None, "call_to_action"),
            s("Remove pattern K on sight and escalate to the safety team."),
            rep("Pattern L, the empty court: \"The UN tribunal never convicted a single person of genocide.\"", C,
                "fabrication"),
            s("It did, starting with Jean-Paul Akayesu on 2 September 1998, the first genocide conviction by an "
              "international court.", S),
            s("Belgium's parliament voted in April 2019 to make denial of the genocide against the Tutsi a criminal "
              "offence, so posts from users there may also raise legal questions.", N),
        ],
        [
            s("Not denial: posts documenting killings by RPF soldiers, such as the UNHCR team's estimate of 25,000 "
              "to 45,000 victims, must not be removed on that ground.", S),
            s("Criticism of the ICTR for prosecuting no RPF member is likewise legitimate debate.", S),
            s("When in doubt, ask whether the post denies that the Tutsi were targeted for destruction, or whether "
              "it adds crimes by others to the record."),
        ],
    ],
}

# 5. Secondary-school worksheet with a timeline (invented teacher; honest errors labelled contradicted).
WORKSHEET = {
    "doc": "worksheet-un-and-rwanda-1994.txt",
    "title": "History worksheet, Year 11: the United Nations and Rwanda, 1993-1994",
    "genre": "teaching material",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            s("History worksheet, Year 11: the United Nations and Rwanda, 1993-1994."),
            s("Read the timeline carefully, then answer the three questions at the end."),
        ],
        [
            s("In August 1993, after long talks in the Tanzanian town of Arusha, President Habyarimana and the "
              "chairman of the RPF signed a peace agreement.", S),
            s("It promised a broad-based transitional government, the return of refugees and a single army drawn "
              "from both forces.", S),
            s("The Security Council created UNAMIR in October 1993, with an authorised strength of 2,500.", S),
            s("Its commander was the Belgian general Roméo Dallaire.", C),
            s("He led the mission from October 1993 until August 1994.", S),
            s("Months before the genocide an informant warned UNAMIR of a plan to kill Belgian soldiers and of "
              "hidden weapons, and Dallaire later told the tribunal that New York gave him no authority to act.", S),
        ],
        [
            s("The President's plane was shot down on the evening of 6 April 1994, and the next day ten Belgian "
              "peacekeepers were killed in a military camp in Kigali.", S),
            s("After the murder of its soldiers, Belgium decided to pull its contingent out of UNAMIR.", N),
            s("On 21 April the Council cut UNAMIR to about 2,700 troops.", C),
            s("On 17 May resolution 918 imposed an arms embargo and authorised 5,500 soldiers.", S),
            s("On 22 June, with ten votes for and five abstentions, the Council allowed France to lead a temporary "
              "operation, Turquoise, under Chapter VII.", S),
            s("The French declared a safe humanitarian zone in the south-west in early July and left it on "
              "21 September 1994.", C),
            s("Meanwhile the RPF had taken Kigali, on 4 July, and reached Gisenyi on 18 July.", D),
            s("Around a million refugees crossed into Zaire in the middle of July.", D),
            s("In the camps around Goma a Lancet study counted almost 50,000 deaths in the first month, mostly from "
              "cholera and dysentery.", S),
        ],
        [
            s("Resolution 935 of 1 July had asked for a Commission of Experts, which delivered its final report in "
              "March 1995.", C),
            s("Resolution 955 of 8 November 1994 created a tribunal for Rwanda, to sit in Nairobi.", C),
            s("UNAMIR was reinforced after the war and numbered 5,740 troops in January 1995.", S),
            s("In all, the genocide killed about 800,000 people in a hundred days.", D),
            s("Before it began, Tutsi made up roughly one Rwandan in seven.", D),
            s("In March 1998 President Clinton admitted at Kigali airport that the world had not immediately called "
              "these crimes by their rightful name: genocide.", N),
        ],
        [
            s("Question 1. Why did the Security Council reduce UNAMIR in April 1994, and what did that mean for "
              "people sheltering with the peacekeepers?"),
            s("Question 2. Compare the dates in the timeline: when did help arrive, and for whom?"),
            s("Question 3. Dallaire testified that he was ordered not to investigate what the informant told him; "
              "what does that suggest about the UN's priorities?", S),
        ],
    ],
}

# 6. Letter to the editor on trials abroad and in Rwanda (invented writer and newspaper).
LETTER = {
    "doc": "letter-editor-trials-abroad.txt",
    "title": "Letter to the editor: thirty years of trials, set straight",
    "genre": "letter to the editor",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            s("Sir, your report last week on the latest Brussels verdict (\"Justice, thirty years late\") needs a few "
              "corrections."),
            s("Belgium was not the first European country to try a Rwandan for the crimes of 1994: a Swiss military "
              "tribunal convicted a former bourgmestre, Fulgence Niyonteze, in 1999.", S),
            s("The first Brussels trial, in June 2001, sent two Benedictine nuns from Sovu to prison for twelve and "
              "fifteen years.", S),
            s("Fabien Neretse's sentence of twenty-five years, in December 2019, was Belgium's first conviction for "
              "genocide as such.", S),
        ],
        [
            s("France was slower: Pascal Simbikangwa was given twenty-five years in Paris in March 2014, and the two "
              "former mayors of Kabarondo were sentenced to life in July 2016.", S),
            s("Your correspondent also forgot that Simbikangwa's conviction was overturned on appeal in 2016.", C),
            s("Tito Barahira, for his part, was acquitted when the case was retried on appeal in 2018.", C),
            s("In Germany, the Federal Court of Justice sent the Rwabukombe case back for retrial, and he was "
              "eventually convicted as a perpetrator of genocide and given life.", S),
        ],
        [
            s("At home, the gacaca courts wound up in June 2012 after trying 1,958,634 cases.", S),
            s("That is not, as your article said, almost two million people: the figure counts cases, and one "
              "person could face several.", S),
            s("Human Rights Watch documented serious failings in those courts, from corruption to procedural "
              "irregularities.", S),
            s("Nor is it true that Rwanda never executed anyone for genocide: twenty-two people were shot in public "
              "on 24 April 1998.", S),
            s("Rwanda abolished the death penalty in 2003.", C),
        ],
        [
            s("Finally, Félicien Kabuga was arrested at Asnières-sur-Seine, near Paris, in May 2020, living under a "
              "false identity.", N),
            s("The ICTR had indicted him in 1997, and Washington had offered up to five million dollars for his "
              "capture.", N),
            s("He was convicted by the UN Mechanism in 2023.", C),
            s("The survivors are still waiting for more than verdicts: some 95,000 children were orphaned by the "
              "genocide, and as many as 250,000 women were raped.", D),
            s("Half-truths about these trials serve only those who would rather the subject went away."),
            s("Dorcas Mbabazi-Lund, Uppsala."),
        ],
    ],
}

# 7. French court report on the Paris appeal verdict (invented outlet and reporter).
COURT_FR = {
    "doc": "compte-rendu-assises-paris-fr.txt",
    "title": "Assises de Paris : la perpétuité confirmée en appel pour l'ancien gendarme de Nyanza",
    "genre": "court reporting",
    "language": "fr",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            s("Assises de Paris : la perpétuité confirmée en appel pour l'ancien gendarme de Nyanza."),
            s("La cour d'assises de Paris, statuant en appel, a confirmé le 17 décembre 2024 la réclusion criminelle "
              "à perpétuité prononcée contre Philippe Hategekimana.", S),
            s("Né en 1956, naturalisé français en 2005 sous le nom de Philippe Manier, cet ancien adjudant-chef de la "
              "gendarmerie de Nyanza était arrivé en France en 1999.", N),
            s("Son procès en appel s'était ouvert le 4 novembre 2024.", N),
        ],
        [
            s("En première instance, le 28 juin 2023, il avait été reconnu coupable de génocide et de crimes contre "
              "l'humanité.", S),
            s("Le premier procès avait commencé le 10 mai 2023.", N),
            s("Les faits jugés portent notamment sur les massacres des collines de Nyabubare et de Nyamure et sur "
              "l'assassinat du bourgmestre de Ntyazo, Narcisse Nyagasaza.", S),
            s("La cour d'appel l'a cependant acquitté du chef d'entente.", S),
            s("La procédure était partie d'une plainte du Collectif des parties civiles pour le Rwanda, déposée en "
              "juin 2015.", N),
        ],
        [
            s("Le premier de ces procès parisiens, celui de l'ancien officier de renseignement Pascal Simbikangwa, "
              "s'était conclu en mars 2014 par une peine de vingt ans.", C),
            s("Depuis, Octavien Ngenzi et Tito Barahira, anciens bourgmestres de Kabarondo, ont été condamnés à la "
              "perpétuité pour le massacre de l'église de Kabarondo, le 13 avril 1994.", S),
            s("Le médecin Sosthène Munyemana a écopé de vingt-quatre ans, peine confirmée en appel en octobre "
              "2025.", S),
            s("Le chauffeur Claude Muhayimana a vu sa peine de quatorze ans confirmée en appel.", S),
            s("Laurent Bucyibaruta, ancien préfet de Gikongoro, est mort en décembre 2023 avant d'être rejugé : sa "
              "condamnation à vingt ans n'est donc jamais devenue définitive.", S),
            s("À Bruxelles, Séraphin Twahirwa a été condamné à la perpétuité en décembre 2023.", S),
        ],
        [
            s("Le génocide a fait plus d'un million de morts entre avril et juillet 1994.", D),
            s("Il a commencé au lendemain de l'attentat du 6 avril, commis par des extrémistes hutu depuis le camp "
              "de Kanombe.", D),
            s("La France, elle, a longtemps tardé à regarder son propre rôle : la mission d'information "
              "parlementaire présidée par Paul Quilès a rendu son rapport le 15 décembre 1998.", N),
            s("Paris et Kigali, brouillés après les mandats d'arrêt de 2006, n'ont rétabli leurs relations "
              "diplomatiques qu'en 2012.", C),
            s("Le 26 mars 2021, le rapport de la commission présidée par Vincent Duclert a conclu à des "
              "« responsabilités lourdes et accablantes » de la France.", S),
        ],
    ],
}

# 8. French encyclopaedia-style entry on hate media, quoting it to analyse it. Hard negative.
ENCYCLO_FR = {
    "doc": "encyclopedie-medias-de-la-haine-fr.txt",
    "title": "Médias de la haine (Rwanda, 1990-1994)",
    "genre": "encyclopaedia entry",
    "language": "fr",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [
            s("Médias de la haine (Rwanda, 1990-1994)."),
            s("Deux organes ont porté l'essentiel de la propagande anti-tutsi qui a précédé puis accompagné le "
              "génocide : le journal Kangura et la Radio-Télévision libre des Mille Collines (RTLM)."),
        ],
        [
            s("Kangura, dont le titre signifie « réveillez-les », fut fondé en mai 1990 ; basé à Gisenyi, il était "
              "dirigé par Hassan Ngeze.", N),
            s("Il paraissait deux fois par mois, en kinyarwanda et en français, tiré à 1 500 à "
              "3 000 exemplaires.", N),
            rep("En décembre 1990, il publia les « Dix commandements du Hutu », précédés d'un texte présentant les "
                "Tutsi comme « assoiffés de sang et de pouvoir » et décidés à imposer leur hégémonie par les "
                "armes.", N, "accusation_in_mirror", "dehumanisation"),
            rep("Le huitième commandement enjoignait aux Hutu de « cesser d'avoir pitié des Tutsi ».", N,
                "call_to_action"),
        ],
        [
            s("La RTLM émit du 8 juillet 1993 au 31 juillet 1994, mêlant musique populaire, animateurs "
              "gouailleurs et propagande.", N),
            rep("Dès les 7 et 8 avril 1994, ses voix appelaient à tuer les Tutsi en les traitant de « cafards ».", N,
                "dehumanisation", "call_to_action"),
            rep("Fin mai, Kantano Habimana saluait à l'antenne les jeunes d'une barrière de Kigali et leur demandait "
                "de bien garder le caniveau « pour que demain aucun cafard ne passe ».", N, "dehumanisation",
                "call_to_action"),
            rep("Le 20 juin, Valérie Bemeriki affirmait que les Inyenzi avaient été « créés pour boire le sang "
                "rwandais et pour tuer ».", N, "dehumanisation", "accusation_in_mirror"),
            s("Ce procédé, qui consiste à prêter à la cible le projet d'extermination que l'on prépare soi-même, "
              "porte le nom d'« accusation en miroir »."),
            s("Le génocide ainsi attisé fit plus d'un million de morts en cent jours.", D),
        ],
        [
            s("Le Tribunal pénal international pour le Rwanda a jugé ensemble les dirigeants de ces médias ; le "
              "jugement du « procès des médias » fut rendu le 3 décembre 2003.", S),
            s("En appel, le 28 novembre 2007, Ferdinand Nahimana, fondateur de la RTLM, vit sa peine ramenée à "
              "trente ans, sa condamnation pour incitation directe et publique au génocide étant maintenue.", S),
            s("Hassan Ngeze fut condamné en définitive à trente-cinq ans de prison.", S),
            s("Jean-Bosco Barayagwiza, membre du conseil d'administration de la radio, fut acquitté de tous les "
              "chefs.", C),
            s("L'animateur belge Georges Ruggiu, qui avait plaidé coupable, fut condamné à vingt ans en 2000.", C),
            s("Le chanteur Simon Bikindi reçut quinze ans pour des appels publics au meurtre des Tutsi lancés sur la "
              "route de Kivumu à Kayove, dans le Gisenyi, fin juin 1994.", S),
            s("Léon Mugesera, auteur du discours de Kabaya de novembre 1992, a été condamné à la perpétuité au "
              "Rwanda en 2016.", S),
            s("Félicien Kabuga, accusé d'avoir soutenu la RTLM, n'a jamais été jugé sur le fond : déclaré inapte, il "
              "a vu la procédure suspendue sans limite de durée en 2023.", S),
        ],
    ],
}

# 9-12. Test fixtures written by the factfinder team: they state falsehoods on purpose (see README.md).
FIX_FORUM = {
    "doc": "fixture-denial-forum-post.txt",
    "title": "Forum post: thirty years of the same story",
    "genre": "forum post (test fixture)",
    "language": "en",
    "stance": "denies",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            own("Thirty years of the same fairy tale and people still swallow it.", None, "fabrication"),
            own("There was no genocide in Rwanda, only a war in which both armies fought dirty.", C,
                "definitional_denial", "double_genocide"),
            own("The real number of dead civilians was maybe 80,000, and plenty of those were RPF fighters in "
                "plain clothes.", C, "minimisation"),
            own("Even the UN's own Commission of Experts never found any plan to exterminate anyone.", C,
                "fabrication"),
            own("What happened after the plane came down was a spontaneous explosion of anger by ordinary peasants, "
                "not an organised campaign.", C, "spontaneity"),
            own("And the so-called survivors who testified in Arusha were rehearsed by RPF minders and paid for "
                "every story.", N, "attack_on_witnesses"),
            s("The tribunal itself had to acquit most of the people it charged.", C),
        ],
    ],
}

FIX_SPEECH = {
    "doc": "fixture-denial-rally-speech.txt",
    "title": "Speech excerpt at a diaspora rally",
    "genre": "speech excerpt (test fixture)",
    "language": "en",
    "stance": "distorts",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            s("Nobody here denies that many Tutsi died in 1994, and we mourn them."),
            own("But the killing started because the RPF shot down our president's plane on 6 April, and "
                "everything that followed is on their heads.", D, "blame_shifting"),
            own("Our people were defending their hills against an army that had come from Uganda to enslave "
                "them.", S, "justification", "accusation_in_mirror"),
            own("The Tutsi rebels had planned for years to exterminate the Hutu, and the Hutu struck first only to "
                "survive.", C, "accusation_in_mirror", "justification"),
            own("Then the RPF killed two million Hutu on its march to Kigali and in the camps of Zaire.", C,
                "double_genocide", "role_reversal"),
            own("That makes two genocides, and only one of them is ever commemorated.", C, "double_genocide"),
            own("The true victims of 1994 are the Hutu refugees who still cannot go home.", None, "role_reversal"),
        ],
    ],
}

FIX_BLOG = {
    "doc": "fixture-denial-composite-blogpost.txt",
    "title": "Blog post: what the anniversary pieces leave out",
    "genre": "blog post (test fixture, composite)",
    "language": "en",
    "stance": "mixed",
    "composite": True,
    "hard_negative": False,
    "paragraphs": [
        [
            s("On 7 April 1994, the morning after the presidential plane was brought down, soldiers killed Prime "
              "Minister Agathe Uwilingiyimana and ten Belgian peacekeepers.", S),
            s("Two weeks later resolution 912 cut UNAMIR to 270 personnel.", S),
            s("The ICTR, created on 8 November 1994, went on to convict sixty-one people.", S),
        ],
        [
            s("so much for the official version."),
            own("What they never tell you is that the so-called genocide was a wartime tragedy blown up for "
                "political reasons.", None, "definitional_denial", "minimisation"),
            own("Barely 100,000 people died, on both sides put together.", C, "minimisation", "double_genocide"),
            own("The rest of the \"victims\" were invented by the new regime to justify its grip on power.", None,
                "fabrication"),
            own("Witnesses who say otherwise are reciting lines they were taught.", None, "attack_on_witnesses"),
        ],
    ],
}

FIX_REPOST = {
    "doc": "fixture-denial-composite-repost.txt",
    "title": "Reposted news item with a comment",
    "genre": "social-media repost (test fixture, composite)",
    "language": "en",
    "stance": "mixed",
    "composite": True,
    "hard_negative": False,
    "paragraphs": [
        [
            s("Rwanda's gacaca courts tried 1,958,634 cases before they closed on 18 June 2012, according to the "
              "national gacaca service.", S),
            s("Human Rights Watch had earlier counted just over 12,000 of these community courts.", S),
            s("In Paris, two former mayors of Kabarondo were sentenced to life in July 2016.", S),
        ],
        [
            own("two million cases and you still call it genocide when it was neighbours settling scores in a "
                "war", C, "definitional_denial", "spontaneity"),
            own("The Hutu were the ones being slaughtered by the RPF all along, and these courts were built to hide "
                "it.", C, "role_reversal", "fabrication"),
        ],
    ],
}

DOCS: list[dict] = [WIRE, PODCAST, BRIEFING, MODGUIDE, WORKSHEET, LETTER, COURT_FR, ENCYCLO_FR,
                    FIX_FORUM, FIX_SPEECH, FIX_BLOG, FIX_REPOST]


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
