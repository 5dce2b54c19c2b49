"""Source of the SIXTH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind6/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind6/build_set.py --check  # validate the files already written

Written after the first six sets (benchmarks/data/check/, check-blind/ ... check-blind5/) had been seen by the people
tuning the detectors, to measure generalisation: new genres (a podcast transcript, a fact-check article, a composite
summary of appeal outcomes, a secondary-school lesson plan, a French wire dispatch on a Paris trial, a composite
parliamentary debate, an NGO annual-report chapter on RPA crimes 1994-1997, a book review on the ICTR's selectivity,
a French historian's blog post on Goma, and three short fixtures), new wording, new facts. Its author did not read
the detectors, their rules, exemplars or training data, nor any earlier set's documents or labels (only
benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, the first lines of
the check-blind5 build script as a template for this header and check-blind5/README.md as a template for the
README's structure). Verdicts were decided against the record alone: examples/ (FACTS.md and the sample documents),
src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Keep it that way: do not copy these
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

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402


def doc(name, title, genre, language, stance, paragraphs, composite=False, hard_negative=False):
    return {"doc": name, "title": title, "genre": genre, "language": language, "stance": stance,
            "composite": composite, "hard_negative": hard_negative, "paragraphs": paragraphs}


DOCS = [
    # 1. Podcast transcript, two hosts (composite hosts and show).
    doc("podcast-hundred-days-transcript.txt", "The Long Echo, episode 14: the hundred days (transcript)",
        "podcast transcript", "en", "acknowledges", [
            [s('THE LONG ECHO. Episode 14: "The hundred days" (transcript)'),
             s("[Intro music fades.]")],
            [s("AMARA: Welcome back; today we walk through the hundred days, from the sixth of April to the middle of July 1994.", S),
             s("TOM: And it all starts with a plane, right?"),
             s("AMARA: It does: on the evening of 6 April, the aircraft bringing President Habyarimana home from talks in Tanzania was shot down as it came in to land at Kigali.", S),
             s("Within hours the Presidential Guard, soldiers and militia were at work in the capital, and by the next day the prime minister, Agathe Uwilingiyimana, was dead.", S),
             s("AMARA: Listeners always ask us who fired the missiles."),
             s("TOM: And the honest answer is that no court has ever established it.", S),
             s("AMARA: My own bet is the hardliners around the president, firing from the Kanombe side of the airport.", D)],
            [s("TOM: Let's talk numbers, because people throw them around."),
             s("AMARA: Human Rights Watch, in its 1999 report, said at least half a million people were killed, roughly three quarters of the Tutsi in the country.", S),
             s("TOM: The government's own census, published in 2002, came out far higher, at a shade over 1.07 million dead.", S),
             s("AMARA: So what do we say on this show?"),
             s("TOM: We say somewhere around eight hundred thousand people were murdered in those hundred days.", D),
             s("AMARA: And some 350,000 women and girls were raped.", D),
             s("TOM: Which, if you do the maths, is thousands of lives a day, every day.")],
            [s("AMARA: And the world's response?"),
             s("TOM: Two weeks in, on the twenty-first of April, the Security Council voted to shrink UNAMIR to about 270 people.", S),
             s("Then, less than a month later, it changed course and authorised 5,500 troops, while lifting the arms embargo at the same time.", C),
             s("AMARA: And in late June it sent in a French-led force under Chapter VII, unanimously.", C),
             s("TOM: Not quite: five members abstained, so it passed ten to five.", S),
             s("AMARA: Fair, I stand corrected.")],
            [s("TOM: How did it end?"),
             s("AMARA: The RPF took Kigali on the fourth of July, and a government of national unity took office about two weeks later.", S),
             s("TOM: Gisenyi, on the border, fell on the sixteenth, and that is when the exodus really began.", D),
             s("AMARA: Something like a million people poured across into Goma in a few days.", D),
             s("TOM: Cholera followed them; almost fifty thousand died in the first month, according to the Goma Epidemiology Group.", S)],
            [s("AMARA: Before we go, a word on memory."),
             s("Every year Rwanda opens a week of national mourning on the seventh of April, and a flame is lit in Kigali that burns for a hundred days.", N),
             s("TOM: Four of the country's memorial sites were inscribed on UNESCO's World Heritage List in 2023.", N),
             s("AMARA: A film about one Kigali hotel, Hotel Rwanda, came out in 2004 and taught a lot of people the story for the first time.", N),
             s("TOM: And Bill Clinton, who was in the White House in 1994, stood in a Kigali memorial in 2005 and spoke of his personal failure.", N),
             s("AMARA: Thanks for listening.")],
        ]),

    # 2. Fact-check article: the fact-checker acknowledges; the viral claims are reported.
    doc("factcheck-viral-claims-1994.txt", "Fact check: five viral claims about Rwanda in 1994, rated",
        "fact-check article", "en", "acknowledges", hard_negative=True, paragraphs=[
            [s("FACT CHECK: Five viral claims about Rwanda in 1994, rated"),
             s("A post shared tens of thousands of times this month bundles five claims about the genocide against the Tutsi."),
             s("We checked each one against the published record.")],
            [rep('Claim 1: "The real toll was under 30,000, and they died on both sides."', C, "minimisation", "double_genocide"),
             s("Rating: False."),
             s("Even the earliest serious counts are many times higher: Human Rights Watch/Africa reported at least 200,000 dead only six weeks into the killing.", S),
             s("The UN Commission of Experts put the number of unarmed civilians murdered at about half a million by December 1994, and warned that the figure might be too low.", S),
             s("Most historians now place the toll somewhere between 800,000 and one million.", D)],
            [rep('Claim 2: "There was no plan; it was a spontaneous explosion of anger after the president died."', C, "spontaneity"),
             s("Rating: False."),
             s("The same Commission found that the genocide was carried out in a concerted, planned, systematic and methodical way.", S)],
            [rep("Claim 3: \"The RPF shot down Habyarimana's plane, so everything that followed is the RPF's fault.\"", D, "blame_shifting"),
             s("Rating: Misleading."),
             s("Who fired on the plane has never been established by a court: French judges dismissed the case against nine people close to Paul Kagame in December 2018, and the Cour de cassation closed it for good in February 2022.", S),
             s("A Rwandan inquiry in 2010 placed the shots near the Kanombe barracks, then held by government forces.", S),
             s("And no theory about a missile explains why lists, roadblocks and militias were ready within hours.")],
            [rep('Claim 4: "The UN tribunal was a kangaroo court that convicted everybody the winners handed it."', C, "attack_on_witnesses"),
             rep('The post adds: "Akayesu and the rest were quietly freed on appeal."', C, "fabrication"),
             s("Rating: False."),
             s("The tribunal indicted 93 people, convicted 61 and acquitted 14, among them several ministers of the interim government.", S),
             s("Akayesu's life sentence was confirmed on appeal in June 2001.", S),
             s("It is fair to criticise the tribunal for never prosecuting RPF soldiers, but that is the opposite of convicting everyone.", S)],
            [rep('Claim 5: "More Hutu died in the Goma camps than Tutsi in the whole genocide."', C, "double_genocide"),
             s("Rating: False."),
             s("Cholera and dysentery killed almost 50,000 refugees around Goma in the first month, according to the Goma Epidemiology Group, and a Médecins Sans Frontières survey suggested up to 80,000 by August.", S),
             s("Those deaths were a catastrophe, but they are a fraction of the half a million or more victims of the genocide counted by Human Rights Watch.", S)],
            [s("Why these claims travel"),
             s("Rwanda's parliament adopted a law punishing \"genocide ideology\" on 23 July 2008, and the free-expression group ARTICLE 19 has called its wording dangerously broad.", N),
             s("Today Rwandan identity cards no longer state whether a person is Hutu or Tutsi.", N),
             s("Neither fact changes the number of the dead."),
             s("Ratings key: False means the record directly contradicts the claim; Misleading means the claim takes an unresolved question and draws a conclusion the evidence does not support.")],
        ]),

    # 3. Composite press-release-style summary of appeal outcomes.
    doc("summary-appeal-outcomes.txt", "Appeals in the Rwanda cases: a summary of outcomes (composite, not an official release)",
        "press-release-style summary of appeal outcomes", "en", "acknowledges", [
            [s("Appeals in the Rwanda cases: a summary of outcomes"),
             s("This is a composite summary written for readers in the style of a court press release; it is not an official release of any tribunal or court."),
             s("The genocide these courts judged killed more than a million people in about a hundred days.", D)],
            [s("International Criminal Tribunal for Rwanda"),
             s("On 14 December 2011 the Appeals Chamber affirmed Théoneste Bagosora's convictions for genocide and crimes against humanity but replaced his life sentence with a term of 35 years.", S),
             s("On the same day his co-accused Anatole Nsengiyumva saw his sentence cut to twenty years.", C),
             s("Ferdinand Nahimana, a founder of RTLM, had his genocide conviction reversed in November 2007 while his conviction for incitement stood; his sentence became thirty years.", S),
             s("Hassan Ngeze, the editor of Kangura, was acquitted on appeal of every charge.", C),
             s("Three years after the Bagosora appeal, on 11 February 2014, the Appeals Chamber reversed every conviction of François-Xavier Nzuwonemeye, who had commanded the reconnaissance battalion.", S),
             s("His second-in-command, Innocent Sagahutu, had his twenty-year sentence cut to ten.", C),
             s("The ICTR's last judgment, delivered on 14 December 2015 in the Butare case, reduced Pauline Nyiramasuhuko's life sentence to 47 years for undue delay.", S),
             s("Her son, Arsène Shalom Ntahobali, kept the life sentence imposed at trial.", C)],
            [s("Residual Mechanism"),
             s("The first appeal decided by the Residual Mechanism, on 18 December 2014, concerned the former planning minister Augustin Ngirabatware.", N),
             s("The bench was presided over by Judge Theodor Meron.", N),
             s("It reversed his rape conviction and reduced his sentence from 35 to 30 years.", S),
             s("Ngirabatware was born in Nyamyumba commune, the same commune where he was found to have distributed weapons in April 1994.", N),
             s("In August 2023 the Appeals Chamber ordered an indefinite stay of the proceedings against Félicien Kabuga, who had been found unfit to stand trial, so no verdict was ever given on the charges.", S)],
            [s("National and foreign courts"),
             s("Octavien Ngenzi and Tito Barahira, both former mayors of Kabarondo, had their life sentences reduced to thirty years on appeal in July 2018.", C),
             s("In Rwanda, the Military High Court cut the sentences of the two RPA captains convicted over the Kabgayi killings from eight years to five in February 2009.", S),
             s("The two senior officers tried alongside them were convicted as well.", C),
             s("In Brussels, Fabien Neretse was sentenced in December 2019 to 25 years, the first conviction for genocide by a Belgian court.", S),
             s("Laurent Bucyibaruta, the former prefect of Gikongoro, had his twenty-year sentence confirmed on appeal in 2023.", C),
             s("Note for editors: dates are those of the judgments; sentences are given as pronounced, not as served.")],
        ]),

    # 4. Secondary-school lesson plan with a timeline.
    doc("lesson-plan-genocide-timeline.txt", "Lesson plan: the genocide against the Tutsi in Rwanda, 1994 (Year 10 history)",
        "secondary-school lesson plan", "en", "acknowledges", [
            [s("Lesson plan: The genocide against the Tutsi in Rwanda, 1994 (Year 10 history, two periods)"),
             s("Learning objectives: students will place the genocide on a timeline, explain how it was organised, and discuss why the world did not stop it."),
             s("Starter (10 minutes): ask the class what they already know and note misconceptions on the board.")],
            [s("Timeline for the board"),
             s("1 July 1962: Rwanda becomes independent from Belgium, with Grégoire Kayibanda as its first president.", N),
             s("July 1973: Juvénal Habyarimana seizes power in a military coup.", N),
             s("1 October 1990: The RPF, formed largely by Tutsi refugees, invades from Uganda.", S),
             s("4 August 1993: The Arusha Peace Agreement is signed in Kigali.", C),
             s("5 October 1993: Resolution 872 creates UNAMIR, with an authorised strength of 2,500.", S),
             s("6 April 1994: The president's plane is shot down as it approaches Kigali airport.", S),
             s("7 April 1994: The prime minister and ten Belgian peacekeepers are murdered.", S),
             s("21 April 1994: The Security Council reduces UNAMIR to 270.", S),
             s("17 June 1994: Resolution 918 imposes an arms embargo on Rwanda.", C),
             s("4 July 1994: The RPF captures Kigali.", S),
             s("25 March 1998: On a brief stop at Kigali airport, US President Bill Clinton says the world did not act quickly enough.", N)],
            [s("Key figures (teacher background)"),
             s("Roughly 800,000 people were killed in around a hundred days.", D),
             s("Before the genocide, Tutsi made up about 15 per cent of the population.", D),
             s("Around 95,000 children were left orphans.", D),
             s("Teach the spread of estimates rather than a single number: the UN's 1999 Independent Inquiry gave approximately 800,000, while Rwanda's 2002 count reached 1,074,017 victims.", S)],
            [s("Main activity (30 minutes): in pairs, students sort source cards into \"before\", \"during\" and \"after\"."),
             s("Card 7 is a short extract from a hate-radio broadcast; warn students before reading it and discuss why broadcasters called human beings \"cockroaches\"."),
             s("Plenary: what could UNAMIR have done with more troops, and who decided it should not have them?"),
             s("Homework: read about the Kibeho camp, where in April 1995 soldiers of the new army killed some 2,000 displaced people, and write a paragraph on why remembering those victims does not deny the genocide.", D),
             s("Extension: find out why Rwanda's official week of national mourning runs from 7 to 13 April.", N),
             s("Safeguarding note: some students may have family connections to these events; offer an opt-out and a follow-up conversation.")],
        ]),

    # 5. French wire dispatch on the Hategekimana trial in Paris.
    doc("depeche-fr-proces-hategekimana.txt", "Dépêche : perpétuité pour un ancien gendarme rwandais à Paris",
        "news wire dispatch", "fr", "acknowledges", hard_negative=True, paragraphs=[
            [s("PARIS, 28 juin 2023 (dépêche) - La cour d'assises de Paris a condamné mercredi à la réclusion criminelle à perpétuité Philippe Hategekimana, ancien adjudant-chef de la gendarmerie de Nyanza, pour génocide et crimes contre l'humanité.", S),
             s("Naturalisé français en 2005 sous le nom de Philippe Manier, l'accusé, âgé de 66 ans, comparaissait depuis le 10 mai.", N),
             s("Les jurés l'ont reconnu coupable des massacres de Tutsi sur les collines de Nyabubare et de Nyamure, en avril 1994.", S),
             s("Il a aussi été reconnu coupable du meurtre de Narcisse Nyagasaza, bourgmestre de Ntyazo.", S)],
            [s("Arrivé en France en 1999, il avait travaillé comme agent de sécurité à l'université Rennes-2.", N),
             s("Il avait été arrêté au Cameroun en 2018, puis remis à la justice française.", N),
             s("Pendant sept semaines d'audience, il a nié toute participation aux tueries.", N),
             s("« Je fais confiance à votre jugement », a-t-il déclaré à la cour avant qu'elle ne se retire pour délibérer.", N),
             s("Une centaine de témoins avaient été cités, dont une partie venue du Rwanda.", N)],
            [rep("Dans la salle des pas perdus, un homme venu soutenir l'accusé répétait qu'« il n'y a pas eu de génocide, seulement une guerre ».", C, "definitional_denial"),
             s("Les avocats des parties civiles ont rappelé que les rescapés entendent encore ce discours, qui fait des victimes des combattants tombés dans une guerre civile."),
             s("C'est la deuxième fois qu'une cour d'assises française prononce la perpétuité dans un dossier rwandais, après la condamnation des deux anciens bourgmestres de Kabarondo en 2016.", S),
             s("Le premier procès du genre, en 2014, avait valu trente ans de réclusion à l'ancien capitaine Pascal Simbikangwa.", C)],
            [s("Rappel"),
             s("Le génocide a commencé le 7 avril 1994, au lendemain de l'attentat contre l'avion du président Habyarimana.", S),
             s("Selon l'ONU, quelque 800 000 personnes ont été tuées entre avril et juillet 1994 ; le recensement du gouvernement rwandais dépasse le million.", S),
             s("Le bilan réel dépasse sans doute le million de morts.", D),
             s("Les Tutsi formaient alors environ 15 % de la population.", D)],
            [s("Mise à jour, 17 décembre 2024 : en appel, la cour d'assises de Paris a confirmé la perpétuité, tout en acquittant l'accusé du chef d'entente en vue de commettre un génocide.", S)],
        ]),

    # 6. Parliamentary debate excerpt (composite speakers and chamber).
    doc("parliament-debate-peacekeeping.txt", "Debate on peacekeeping failures: extract (composite)",
        "parliamentary debate excerpt", "en", "acknowledges", hard_negative=True, paragraphs=[
            [s("Extract from a debate on peacekeeping failures (composite: the chamber and the speakers are invented; the events they cite are not)")],
            [s("Ms Okafor (Opposition): Madam Speaker, thirty years on, this House has still not absorbed what happened to the United Nations mission in Rwanda."),
             s("The force set up in October 1993 was meant to number 2,500, and it was commanded by a Canadian general, Roméo Dallaire.", S),
             s("Months before the killing began, an informant told the mission of hidden arms caches and of a plan to kill Belgian soldiers.", S),
             s("Dallaire was told by headquarters in New York that he had no authority to act on it.", S),
             s("The department that sent that answer had been headed since March 1993 by Kofi Annan.", N)],
            [s("Mr Brandt (Government): The honourable member knows that the mission was deployed under Chapter VI, without powers of enforcement.", N),
             s("After ten Belgian paratroopers were murdered on 7 April, the Council cut the force to 270 a fortnight later.", S),
             s("Ms Okafor: And the force never rose above 2,500 again, not even after the killing stopped.", C),
             s("Some half a million Tutsi, three in every four, were wiped out while we debated.", D)],
            [s("Mr Brandt: Belgium's Senate held an inquiry, and its report of 6 December 1997 remains the most thorough any parliament has produced.", N),
             s("Its commission had eighteen members and was chaired by Frank Swaelen.", N),
             s("One of its two rapporteurs, Guy Verhofstadt, later went to Kigali as prime minister and, on 7 April 2000, asked Rwandans for forgiveness in his country's name.", N),
             s("Ms Okafor: Will the minister's government do the same?")],
            [rep("Mr Lindqvist (Independent): In April 1994 people in Kigali were told, \"The Belgians shot down our president's plane\", and no one in authority tried to stop that rumour.", S, "fabrication", "blame_shifting"),
             s("That lie helped turn soldiers against the ten men at Camp Kigali."),
             s("The Independent Inquiry chaired by Ingvar Carlsson reported in December 1999 that approximately 800,000 people were killed.", S),
             s("Ms Okafor: Then let the record show that it was a million, not eight hundred thousand.", D),
             s("And the reprisals of the RPA, which killed tens of thousands, were never discussed in this House either.", D)],
            [s("Mr Lindqvist: When President Clinton stopped in Kigali in March 1998, he pledged two million dollars to a survivors' fund.", N),
             s("And when the French-led force was authorised on 22 June, it was under Chapter VII, with five abstentions on the Council.", S),
             s("It stayed until 21 October.", C),
             s("The Speaker: Order; the debate is adjourned.")],
        ]),

    # 7. NGO annual-report chapter documenting RPF/RPA crimes 1994-1997 (hard negative).
    doc("ngo-annual-report-rpa-crimes.txt", "Annual report, chapter 4: killings by the Rwandan Patriotic Army, 1994-1997",
        "NGO annual report excerpt", "en", "acknowledges", hard_negative=True, paragraphs=[
            [s("Annual Report. Chapter 4: Killings by the Rwandan Patriotic Army, 1994-1997"),
             s("This chapter documents crimes committed by soldiers of the Rwandan Patriotic Front and its army; it does not, and could not, diminish the genocide against the Tutsi that those soldiers brought to an end."),
             s("Recording every victim is a duty, not a counter-narrative.")],
            [s("4.1 1994"),
             s("In mid-April 1994, RPF soldiers massacred several hundred people in the stadium at Byumba, according to Human Rights Watch.", S),
             s("In early June, near Kabgayi, soldiers killed fifteen civilians, thirteen of them clergy, among them the Archbishop of Kigali.", S),
             s("The killings took place on 5 June.", D),
             s("A team working for UNHCR, associated with Robert Gersony, estimated that RPA soldiers killed between 25,000 and 45,000 people between April and August 1994.", S),
             s("Our own researchers consider tens of thousands the most defensible order of magnitude.", D)],
            [s("4.2 1995"),
             s("On 22 April 1995, at the Kibeho camp, RPA soldiers opened fire on displaced people whom the army was forcing out.", S),
             s("The camp then held some 120,000 people.", D),
             s("The government admitted to 338 dead.", S),
             s("Well over 4,000 died.", D),
             s("In all, RPA soldiers killed some 60,000 people between April 1994 and August 1995.", D),
             s("The interior minister of the time, Seth Sendashonga, demanded that soldiers responsible for revenge killings be punished; he was dismissed in August 1995.", N),
             s("He survived an attempt on his life in Nairobi in February 1996 and was shot dead there, with his driver, on 16 May 1998.", N)],
            [s("4.3 1996-1997: the camps in Zaire"),
             s("After Goma fell to the AFDL and the Rwandan army on 1 November 1996, the Mugunga camp and its surroundings were shelled with heavy weapons for six hours on 14 November.", N),
             s("Fleeing west, almost 120,000 refugees gathered in early 1997 at a makeshift camp at Tingi-Tingi, near Lubutu.", N),
             s("On 13 May 1997 refugees who had crossed the whole country on foot were killed at Mbandaka, on the Congo River, and bodies were thrown into the water.", N),
             s("A UN mission reported on 11 July 1997 that women, children and unarmed men had been murdered there.", N)],
            [s("4.4 Accountability"),
             s("The ICTR, whose mandate covered both 1994 and 1995, never prosecuted a single RPF soldier.", C),
             s("In 2008 the Rwandan military said it had prosecuted 43 soldiers since 1994 for war crimes and revenge killings.", S),
             s("For Kabgayi, two captains who pleaded guilty were given eight years, later cut to five, and two senior officers were acquitted.", S),
             s("The gacaca courts, which tried nearly two million cases, were barred from hearing crimes by RPF soldiers.", S)],
            [s("4.5 Misuse of this chapter"),
             s("We know that our findings are quoted by others for a different purpose."),
             rep('One exile website presents last year\'s chapter as proof that "the RPF killed more Hutu than the genocidaires killed Tutsi".', C, "double_genocide", "minimisation"),
             rep('Another calls 1994 "a double genocide in which the Tutsi were the real aggressors".', C, "double_genocide", "role_reversal"),
             s("Neither claim is supported by our evidence or by any estimate we know of.")],
        ]),

    # 8. Book review critical of the ICTR's selectivity (hard negative; the reviewed book and its author are invented).
    doc("book-review-ictr-selectivity.txt", "Review: The Uneven Scales, on the Rwanda tribunal and the crimes it left alone",
        "book review", "en", "acknowledges", hard_negative=True, paragraphs=[
            [s("Review: The Uneven Scales: The Rwanda Tribunal and the Crimes It Left Alone"),
             s("The tribunal created by Security Council resolution 955 on 8 November 1994 had jurisdiction over crimes committed in Rwanda that year, whoever committed them.", S),
             s("Yet, as the author shows, every one of the 93 people it indicted came from the side of the former government.", S),
             s("Sixty-one of them were convicted and fourteen acquitted before the doors closed on the last day of 2015.", S),
             s("Its judges heard, case after case, about a genocide that killed at least a million people.", D)],
            [s("The argument is not new."),
             s("Victor Peskin's 2008 study of the tribunals' struggles for state cooperation, built on some three hundred interviews, already gave a chapter to what it called \"The Prosecutor v. Kagame\".", N),
             s("That book was named a Choice Outstanding Academic Title the year it appeared.", N),
             s("Human Rights Watch said in December 2008 that the tribunal had not prosecuted even one of the serious RPF crimes of 1994.", S)],
            [s("The author goes further, and sometimes too far."),
             s("She writes that the Commission of Experts never mentioned crimes by the RPF at all.", C),
             s("In fact the Commission asked in 1994 that violations attributed to the RPF be investigated further.", S),
             s("She also states, as if it were settled, that the RPA killed 25,000 to 45,000 civilians between April and August 1994.", D),
             s("The estimate comes from a UNHCR team, and Human Rights Watch itself spoke more cautiously of tens of thousands.", S),
             s("On Kibeho she is careful, setting the government's 338 beside the Australian peacekeepers' figure of at least 4,000.", S)],
            [s("What the book never does is blur the line between these crimes and the genocide."),
             rep('Chapter 9 quotes, in order to take it apart, a pamphlet claiming that "the tribunal was built to hide the second genocide, the genocide of the Hutu".', C, "double_genocide"),
             s("The author answers it with the Commission's own finding: there was no evidence that Tutsi elements acted with intent to destroy the Hutu as a group.", S),
             s('Critics who call the tribunal "victor\'s justice" will find material here, but the book itself does not use the phrase lightly.'),
             s("It also misdates the first trial at Arusha to 1995.", C),
             s("Verdict: essential reading, with a red pen at hand.")],
        ]),

    # 9. French historian's blog post on Goma.
    doc("blog-fr-historien-goma.txt", "Goma, juillet 1994 : anatomie d'une catastrophe humanitaire",
        "blog post (historian)", "fr", "acknowledges", [
            [s("Goma, juillet 1994 : anatomie d'une catastrophe humanitaire"),
             s("Il y a des lieux dont le nom suffit à convoquer une image, et Goma est de ceux-là.")],
            [s("À partir de la mi-juillet 1994, à mesure que le FPR avançait vers Gisenyi, une marée humaine a franchi la frontière zaïroise.", S),
             s("Gisenyi tomba le 18 juillet.", D),
             s("Combien étaient-ils ?"),
             s("Le Goma Epidemiology Group avançait, dans The Lancet en 1995, une fourchette de 500 000 à 800 000 personnes.", S),
             s("Pour ma part, je retiens le chiffre d'un million, arrivé en moins d'une semaine.", D),
             s("Les soldats de l'armée vaincue passèrent la frontière au milieu des civils.", S)],
            [s("Le choléra a suivi."),
             s("Les premières souches furent isolées les 20 et 21 juillet, et l'épidémie culmina le 26 juillet.", S),
             s("On compta 36 471 cas.", S),
             s("Une étude parue dans The Lancet estimait à environ 12 000 les morts du choléra à Goma en juillet.", S),
             s("Près de 80 000 réfugiés moururent dans les camps au cours de l'été.", D),
             s("Le 22 juillet, le président Clinton annonça l'opération Support Hope ; deux jours plus tard, des militaires américains étaient acheminés par avion vers Goma.", N),
             s("L'armée américaine y installa presque aussitôt un important système de distribution d'eau.", N),
             s("Le 14 août, le HCR demanda à toutes les agences de cesser d'acheminer des vivres par avion vers Goma.", N)],
            [s("Les camps, eux, s'installèrent pour durer."),
             s("Fin août 1994, un porte-parole du HCR décrivait les camps de l'est du Zaïre, qui abritaient alors quelque 800 000 personnes, comme plongés dans « un état de guerre virtuel ».", S),
             s("Les autorités qui avaient organisé le génocide y avaient rétabli leur emprise sur les réfugiés.", S),
             s("Mugunga et le lac Vert, sur la route de Sake, à moins de dix kilomètres à l'ouest de Goma, comptaient encore respectivement 156 115 et 49 449 réfugiés en septembre 1996.", N),
             s("Deux mois plus tard, le 14 novembre 1996, Mugunga fut pilonné à l'arme lourde pendant six heures.", N)],
            [s("On oublie trop souvent que l'opération Turquoise avait quitté la zone humanitaire sûre dès le 21 juillet.", C),
             s("Et que le choléra avait été identifié dès le 10 juillet, avant même l'exode.", C),
             s("Quelques semaines plus tôt, plus de 800 000 personnes avaient été massacrées au Rwanda.", D),
             s("Goma n'est pas l'histoire d'un génocide inversé, comme certains le prétendent : c'est celle d'une catastrophe sanitaire et d'une prise d'otages politique.")],
        ]),

    # 10. FIXTURE (written by the team, states falsehoods on purpose): social-media thread, numbers game.
    doc("fixture-denial-numbers-thread.txt", "Thread: some maths on 1994",
        "social-media thread (fixture)", "en", "denies", [
            [own('1/ Time for some maths on the "so-called genocide" nobody is allowed to question.', None, "definitional_denial"),
             own("2/ The 1991 census put the Tutsi at 8.4% of Rwanda, so there simply weren't enough of them to lose a million.", S, "minimisation"),
             own('3/ Subtract the survivors, the war dead and the cholera victims, and the "genocide" shrinks to maybe 40,000.', C, "minimisation", "definitional_denial"),
             own("4/ Even the UN's own experts only ever found 'tribal clashes', never a plan.", C, "fabrication", "spontaneity", "definitional_denial"),
             own("5/ The famous million comes from a census the winners ran in 2000, so of course it's inflated.", S, "minimisation"),
             own("6/ Meanwhile nobody counts the Hutu the RPF killed, which was obviously far more.", C, "double_genocide"),
             own("7/ Do your own research before repeating the 'genocide' story.", None, "definitional_denial"),
             s("8/8 Share before it's deleted.")],
        ]),

    # 11. FIXTURE: speech-style composite, true opening then "two genocides", self-defence, role reversal.
    doc("fixture-denial-two-genocides-speech.txt", "Speech: remember all the dead",
        "speech (fixture)", "en", "mixed", composite=True, paragraphs=[
            [s("Friends, on 6 April 1994 the plane carrying President Habyarimana and the president of Burundi was shot down near Kigali, and everyone aboard was killed.", S),
             s("The next day the prime minister, Agathe Uwilingiyimana, and ten Belgian peacekeepers were murdered.", S),
             s("Within three months the RPF had taken Kigali.", S)],
            [own("The RPF's missiles brought that plane down, as everyone knows.", D, "blame_shifting"),
             own("What followed was not one genocide but two genocides, and the second, against the Hutu, is still hidden.", C, "double_genocide"),
             own("Our people took up machetes only to defend themselves against an invading army.", C, "justification", "role_reversal"),
             own("The real victims of 1994 were the Hutu, and the Tutsi rebels were the executioners.", C, "role_reversal"),
             own("Even the tribunal in Arusha admitted that the RPF committed genocide.", C, "fabrication")],
        ]),

    # 12. FIXTURE (incitement, fictional): dehumanisation, accusation in a mirror, call to action.
    doc("fixture-incitement-cockroach-call.txt", "Broadcast-style call (fictional)",
        "incitement imitation (fixture)", "en", "distorts", [
            [own("Listen, people of the hills: the inyenzi have crossed the border again, and they are coming for your land and your children.", None, "dehumanisation", "accusation_in_mirror"),
             own("They killed our president, and now they plan to finish us all.", D, "accusation_in_mirror"),
             own("Cockroaches do not become people because they wear uniforms.", None, "dehumanisation"),
             own("Every household must sharpen its tools, guard the roadblocks and leave no cockroach hiding in the bush.", None, "call_to_action", "dehumanisation"),
             own("Strike first, before they strike you.", None, "call_to_action", "accusation_in_mirror")],
        ]),
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
