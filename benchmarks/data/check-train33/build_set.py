"""Source of the TRAINING labelled set check-train33 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train33/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train33/build_set.py --check  # validate the files already written

A training set whose emphasis is the line between DOING denial or distortion and DISCUSSING it. Seven of its
twelve documents are hard negatives that sit close to that line and carry no own-voice technique: a historian's
review of an (invented) denialist book, a fact-check column rating viral denial posts, a radio phone-in transcript
in which callers repeat denial and the host answers, a French court report of a (composite) gacaca hearing quoting
the accused's defence, an academic critique of the ICTR's one-sidedness and of RPF impunity, an NGO briefing
documenting RPF/RPA killings in detail, and an encyclopedia entry on the media and incitement cases that quotes hate
propaganda in order to explain the judgments. Two ordinary acknowledging texts (a wire report with honest errors in
its background, a teaching worksheet) are dense with record facts, and three short fixtures deny or distort in
their own voice with subtle techniques (mild false equivalence, blame shifting, scare quotes, justification as
"context", doubts about the figures, an attack on witnesses, one composite).

Its author did not read the detectors, their rules, exemplars or training data, nor any other set's documents or
labels (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, and the
first 40 lines of the check-blind5 build script and README as templates). Verdicts were decided against the record
alone: examples/ (FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the
proceedings CSV. Transcript convention: the document's own voice is the host's; a caller's denial that the host
answers is labelled voice `reported`.

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

NB = "\u00a0"  # French typography: non-breaking space before ; : ? ! and inside guillemets


DOCS: list[dict] = [
    # 1. A historian's review of an invented denialist book: paraphrases its theses to refute them (hard negative).
    {
        "doc": "review-hundred-days-reconsidered.txt",
        "title": "Review: an old argument in a new binding",
        "genre": "book review (historian)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Review: an old argument in a new binding")],
            [
                s("Halvard Renn's The Hundred Days Reconsidered arrives with a jacket promising to overturn "
                  "'three decades of received wisdom' about Rwanda."),
                s("What it actually offers is a familiar case for the defence, and because it is being bought and "
                  "quoted, it deserves an answer rather than silence."),
            ],
            [
                rep("Renn's opening thesis is that the killings of 1994 were 'the collateral damage of a civil war' "
                    "rather than the execution of a design against the Tutsi.", C, "definitional_denial", "spontaneity"),
                s("There was indeed a war: the Rwandan Patriotic Front had crossed the border from Uganda on the first "
                  "of October 1990, and the fighting resumed in April 1994.", S),
                s("A war does not explain, however, why from the seventh of April soldiers, Presidential Guards and "
                  "militiamen set up roadblocks across Kigali and began killing Tutsi and opposition politicians.", S),
                s("Nor does it explain the conclusion of the UN Commission of Experts, whose report went to the "
                  "Security Council on 9 December 1994, that the extermination of the Tutsi had been concerted, "
                  "planned, systematic and methodical.", S),
            ],
            [
                rep("Renn's context chapter dwells on the murder of Melchior Ndadaye, Burundi's first Hutu president, "
                    "by soldiers in October 1993, and presents it as the spark that 'made the Hutu reaction "
                    "inevitable'.", N, "justification"),
                rep("His second thesis rests on the Military I judgment, which he says 'officially established that "
                    "there was no plan'.", C, "spontaneity", "definitional_denial"),
                s("The Trial Chamber did acquit Théoneste Bagosora and his co-accused of conspiracy in December 2008, "
                  "but it stated in terms that the question before it was not whether a plan had existed in Rwanda, "
                  "only whether the prosecution had proved these men's agreement beyond reasonable doubt.", N),
                s("The same judges convicted Bagosora of genocide, crimes against humanity and war crimes and "
                  "sentenced him to life imprisonment; the Appeals Chamber later reduced the term to thirty-five "
                  "years.", S),
            ],
            [
                rep("The third chapter claims that 'at most a few tens of thousands' of civilians died, and that the "
                    "higher figures were 'manufactured in Kigali'.", C, "minimisation", "fabrication"),
                s("Only six weeks into the massacres, Human Rights Watch/Africa put the dead at no fewer than 200,000 "
                  "and possibly 500,000.", S),
                s("Five years later Human Rights Watch and the FIDH, working outward from the 1991 census, concluded "
                  "that at least half a million people had been killed, roughly three quarters of Rwanda's Tutsi.", S),
                s("Rwanda's own tally, dated November 2002, reached 1,074,017, and scholars such as Filip Reyntjens "
                  "and Luc Reydams have argued that it is too high.", S),
                s("That scholarly argument runs between about half a million and a million dead; it leaves no room "
                  "for 'a few tens of thousands'.", D),
            ],
            [
                rep("Renn also treats it as settled that the RPF brought down Habyarimana's plane, and builds on that "
                    "premise the claim that the rebels bear responsibility for everything that followed.", D,
                    "blame_shifting"),
                s("No court has ever established who fired the missiles; a French investigation closed with a "
                  "non-lieu, upheld by the Cour de cassation in February 2022, while a Rwandan committee chaired by "
                  "Jean Mutsinzi blamed Hutu extremists.", S),
            ],
            [
                rep("The closing pages speak of 'a second genocide, committed by the RPF, which the world refuses to "
                    "see'.", C, "double_genocide"),
                s("The RPF's crimes are documented and deserve far more attention than they have had, but the "
                  "evidence describes something different."),
                s("Experts working for UNHCR estimated that between 25,000 and 45,000 people were killed by RPA "
                  "soldiers from April to August 1994.", S),
                rep("Renn inflates this into 'hundreds of thousands of Hutu', citing no source at all.", C,
                    "double_genocide"),
                s("And the Commission of Experts, which asked that the RPF's crimes be investigated, found no "
                  "evidence that the Tutsi side had acted with intent to destroy the Hutu as a group.", S),
            ],
            [
                rep("Finally, Renn dismisses the survivors who testified in Arusha as 'a rehearsed chorus'.", None,
                    "attack_on_witnesses"),
                rep("He recycles a defence tactic from January 2004, when Bagosora's counsel asked Roméo Dallaire "
                    "whether he had checked his informant's reports and suggested that the general was biased in "
                    "favour of the Tutsi and the RPF.", S, "attack_on_witnesses"),
                s("He does not mention Dallaire's reply, that he had been ordered not to investigate.", S),
            ],
            [
                s("Readers who want the war's other victims taken seriously will find better guides in the very Human "
                  "Rights Watch volumes that Renn quotes so selectively."),
                s("Alison Des Forges, principal author of Leave None to Tell the Story, documented RPF killings in "
                  "the same 1999 book that established the scale of the genocide.", S),
                s("She testified as an expert witness in eleven trials at the tribunal before she was killed in a "
                  "plane crash near Buffalo in February 2009.", N),
                s("What Renn has written is not revision but the familiar catalogue of denial, and it should be "
                  "shelved accordingly."),
            ],
        ],
    },
    # 2. Fact-check column quoting viral denial posts and rating them (hard negative).
    {
        "doc": "factcheck-six-viral-claims.txt",
        "title": "Fact check: six claims that resurface every April",
        "genre": "fact-check column",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Fact check: six claims that resurface every April")],
            [
                s("Each year, as Rwanda's commemorations begin, the same handful of posts comes back to our tip line."),
                s("We checked six of the most shared against the published record; the ratings follow."),
            ],
            [
                rep("Claim 1: 'The real death count in 1994 was around forty thousand, mostly fighters on both "
                    "sides.'", C, "minimisation", "definitional_denial"),
                s("Rating: false."),
                s("By May 1994 Human Rights Watch/Africa already estimated that between 200,000 and 500,000 unarmed "
                  "civilians had been killed, and the UN Commission of Experts later spoke of some 500,000 murdered "
                  "civilians while warning that this was probably an undercount.", S),
                s("Rwanda's own government counted 1,074,017 victims between October 1990 and the end of 1994.", S),
                s("The estimates still disagree, but they disagree across a span from several hundred thousand to "
                  "about a million, not in the tens of thousands.", D),
            ],
            [
                rep("Claim 2: 'A UN inquiry found that the massacres were spontaneous riots after the president's "
                    "plane came down.'", C, "spontaneity"),
                s("Rating: false."),
                s("The Commission of Experts set up under resolution 935 of 1 July 1994 reached the opposite "
                  "conclusion: the destruction of the Tutsi by Hutu elements had been concerted, planned, systematic "
                  "and methodical.", S),
            ],
            [
                rep("Claim 3: 'The Arusha court proved that Kagame's rebels shot down Habyarimana's plane.'", C,
                    "blame_shifting"),
                s("Rating: false."),
                s("No court has established who fired on the Falcon 50 as it approached Kigali on the evening of "
                  "6 April 1994.", S),
                s("The French investigation, in which nine warrants had been issued against people close to Kagame "
                  "in November 2006, ended with a non-lieu on 21 December 2018, and a Rwandan report in January 2010 "
                  "had blamed Hutu extremists firing from around the Kanombe barracks.", S),
            ],
            [
                s("Claim 4: 'The tribunal let Bagosora walk free.'", C),
                s("Rating: false."),
                s("Théoneste Bagosora was convicted of genocide, crimes against humanity and war crimes on "
                  "18 December 2008, and on appeal, on 14 December 2011, his life sentence was reduced to thirty-five "
                  "years.", S),
                s("The post appears to confuse him with his co-accused, General Gratien Kabiligi, who was acquitted "
                  "by the same chamber.", S),
                s("Military I was one of the tribunal's longest cases: the trial judges heard 242 witnesses.", N),
            ],
            [
                rep("Claim 5: 'The RPF killed more Hutu than the Hutu killed Tutsi, a double genocide no one talks "
                    "about.'", C, "double_genocide"),
                s("Rating: false."),
                s("Killings by RPF soldiers are real and documented: UNHCR experts estimated 25,000 to 45,000 victims "
                  "between April and August 1994, and Human Rights Watch wrote of tens of thousands.", S),
                s("Those figures, grave as they are, lie an order of magnitude below every estimate of the genocide's "
                  "toll, and the Commission of Experts found no evidence of intent to destroy the Hutu.", S),
            ],
            [
                s("Claim 6: 'Rwanda has never put a single RPF soldier on trial.'", C),
                s("Rating: mostly false."),
                s("A Rwandan military court tried four officers over the killing of fifteen civilians, thirteen of "
                  "them clergy, at Kabgayi in June 1994, and on 24 October 2008 it convicted the two captains who had "
                  "pleaded guilty and acquitted a general and a major.", S),
                s("The kernel of truth concerns Arusha: the ICTR never indicted a member of the RPF, a failure Human "
                  "Rights Watch criticised in December 2008.", S),
            ],
            [
                s("How we rate: 'false' means the published record contradicts the claim directly; 'mostly false' "
                  "means that a small true element is wrapped in a misleading whole."),
            ],
        ],
    },
    # 3. Radio phone-in transcript: callers repeat denial, the host answers. Convention: the host is the
    #    document's own voice; a caller's denial that the host answers is voice `reported` (hard negative).
    {
        "doc": "radio-open-line-transcript.txt",
        "title": "The Open Line: how should Rwanda's genocide be remembered? (transcript)",
        "genre": "radio phone-in transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("THE OPEN LINE, Riverside Community Radio: transcript of the 7 April programme")],
            [
                s("HOST: Good evening, and welcome to The Open Line, where tonight we're asking how the genocide "
                  "against the Tutsi in Rwanda should be remembered."),
                s("First, the outline: the killing began on the seventh of April 1994, the morning after President "
                  "Habyarimana's plane was shot down over Kigali, and it stopped when the RPF defeated the government "
                  "army in July.", S),
                s("In roughly a hundred days, something like 800,000 people were murdered.", D),
            ],
            [
                rep("DENNIS (line two): Look, I've read a lot about this, and to me it was a civil war where both "
                    "sides killed, and calling one side's dead a genocide is politics.", C, "double_genocide",
                    "definitional_denial"),
                s("HOST: Both sides did kill civilians, Dennis, and we'll get to that, but the UN's own experts drew "
                  "a line that you're stepping over.", S),
                s("In December 1994 the Commission of Experts found that Hutu elements had committed genocide against "
                  "the Tutsi, and found no evidence that crimes by the Tutsi side were aimed at destroying the Hutu "
                  "as a group.", S),
                s("And in September 1998 the Arusha tribunal, judging the former mayor Jean-Paul Akayesu, handed down "
                  "the first genocide conviction by any international court.", S),
            ],
            [
                rep("DENNIS: But everyone knows the numbers were blown up.", None, "minimisation"),
                rep("The Tutsi were eight per cent of the country, tops.", D, "minimisation"),
                rep("The census didn't even have a million of them.", S, "minimisation"),
                s("HOST: That one is a genuine debate among researchers, so let's be precise."),
                s("The 1991 census put the Tutsi at 8.4 per cent of the population, but the economist Marijke "
                  "Verpoorten found evidence that Tutsi had been under-counted, and the demographer William Seltzer "
                  "estimated about 657,000 Tutsi living in Rwanda on the sixth of April 1994.", S),
                s("The government's figure of 1,074,017 counts victims from October 1990 to the end of 1994, so it "
                  "was never meant as a count of Tutsi alone.", S),
                s("And Human Rights Watch's own estimate, at least half a million dead, already means that about "
                  "three in four Tutsi were killed.", S),
            ],
            [
                rep("DENNIS: Fine, but the Tutsi army invaded in 1990, so they started it.", S, "blame_shifting",
                    "justification"),
                s("HOST: The RPF did attack from Uganda on the first of October 1990, and that war is part of the "
                  "story.", S),
                s("But the people murdered in 1994 were not an army; they were families at roadblocks and in "
                  "churches, like the refugees inside Nyange church in Kibuye, which was destroyed on the sixteenth "
                  "of April with some two thousand Tutsi inside.", S),
                s("A war begun by an armed movement does not turn its civilian neighbours into fair targets."),
            ],
            [
                s("AGNES (line four): Hello, I just wanted to say you can recognise the genocide and still ask why "
                  "nobody from the RPF was ever tried in Arusha.", S),
                s("HOST: That's fair, and it's on the record: in December 2008 Human Rights Watch said the tribunal "
                  "had not prosecuted even one of the RPF's serious crimes of 1994.", S),
                s("The best-known case was heard by a Rwandan military court in 2008, over the killing of fifteen "
                  "civilians, thirteen of them clergy, near Kabgayi in June 1994.", S),
                s("Two captains were convicted and their eight-year sentences later cut to five; a general and a "
                  "major were acquitted.", S),
            ],
            [
                rep("DENNIS: The witnesses in Arusha were coached by Kigali.", None, "attack_on_witnesses"),
                s("And half of the accused got acquitted anyway.", C),
                s("HOST: Not half: by the tribunal's figures at its closure, sixty-one people were convicted and "
                  "fourteen acquitted.", S),
                s("Witnesses were cross-examined, and when testimony did not hold up, the judges acquitted."),
                s("HOST: We'll leave it there; after the news, a survivor who now teaches in Leeds will join us."),
            ],
        ],
    },
    # 4. French court report of a composite, anonymised gacaca hearing: the accused's defence is quoted and
    #    answered (hard negative).
    {
        "doc": "fr-audience-gacaca-colline.txt",
        "title": f"Au gacaca de la colline, l'accusé plaide «{NB}la guerre{NB}» et «{NB}la colère{NB}»",
        "genre": "compte rendu d'audience (presse)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s(f"Au gacaca de la colline, l'accusé plaide «{NB}la guerre{NB}» et «{NB}la colère{NB}»")],
            [
                s("Sous l'auvent du bureau de cellule, les juges non professionnels, choisis pour leur intégrité, "
                  "écoutent l'accusé, un ancien responsable local que nous appellerons Théogène.", S),
                s("Les noms des personnes ont été modifiés."),
            ],
            [
                s("Théogène ne conteste pas avoir tenu la barrière du carrefour en avril 1994."),
                rep(f"«{NB}C'était la guerre, les Inkotanyi avançaient, nous ne faisions que nous défendre{NB}», "
                    "répète-t-il.", None, "justification", "role_reversal"),
                rep("Il invoque ensuite la colère qui aurait saisi les habitants à l'annonce de la mort du "
                    f"président{NB}: «{NB}Personne n'avait rien préparé, les gens étaient fous de chagrin.{NB}»", None,
                    "spontaneity"),
                rep(f"Selon lui, les familles tuées à la barrière «{NB}cachaient des armes{NB}» pour les rebelles.",
                    None, "accusation_in_mirror", "role_reversal", "justification"),
                rep("Il accuse enfin les témoins de mentir pour s'approprier ses terres.", None,
                    "attack_on_witnesses"),
            ],
            [
                s("La présidente du siège lui oppose les listes."),
                s("Plusieurs témoins ont décrit des noms recopiés avant le 6 avril et des réunions tenues chez le "
                  "conseiller de secteur."),
                s(f"«{NB}On ne dresse pas une liste sous le coup de la colère{NB}», observe-t-elle."),
                s("Une rescapée rappelle que des enfants figuraient parmi les morts de la barrière, et les juges "
                  "relèvent qu'aucune arme n'a jamais été retrouvée chez les victimes."),
            ],
            [
                s("Ces arguments ne sont pas neufs."),
                rep(f"Au procès dit «{NB}Militaires I{NB}», à Arusha, la défense avait déjà soutenu qu'il existait "
                    "une autre explication du génocide et qu'une large part des tueries pouvait être imputée au FPR.",
                    N, "blame_shifting"),
                s("Le 18 décembre 2008, les juges n'en ont pas moins condamné le colonel Théoneste Bagosora pour "
                  "génocide, crimes contre l'humanité et crimes de guerre.", S),
                s("Dix ans plus tôt, le 2 septembre 1998, le TPIR avait conclu dans l'affaire Akayesu qu'un génocide "
                  "avait été commis contre les Tutsi du Rwanda.", S),
                s("Et dès décembre 1994, la Commission d'experts de l'ONU avait qualifié l'extermination des Tutsi "
                  "de concertée, planifiée, systématique et méthodique.", S),
                s("Sur l'ensemble de son existence, le tribunal d'Arusha a condamné soixante et une personnes et en "
                  "a acquitté quatorze.", S),
                s("Le génocide a fait, selon les estimations, entre un demi-million et plus d'un million de morts.",
                  D),
            ],
            [
                s("Les gacaca, dont le nom désigne l'herbe en kinyarwanda, ont été instituées pour désengorger des "
                  f"prisons où plus de 125{NB}000 détenus attendaient leur procès en 1998.", S),
                s(f"D'après le service national chargé de ces juridictions, elles ont examiné 1{NB}958{NB}634 "
                  f"affaires avant de fermer le 18 juin 2012, dont 1{NB}320{NB}554 pour des atteintes aux biens.", S),
                s(f"Les affaires de première catégorie, celle des planificateurs et des organisateurs, étaient "
                  f"60{NB}552.", S),
                s("Human Rights Watch, qui en dénombrait un peu plus de 1,2 million en mai 2011, a relevé des faits "
                  "de corruption, des irrégularités de procédure et des droits de la défense restreints.", S),
                s("Les crimes commis par les soldats du FPR échappaient à leur compétence.", S),
                s("Le Rwanda avait aboli la peine de mort en 2007.", S),
            ],
            [
                s(f"À l'issue de l'audience, Théogène est déclaré coupable{NB}; sa peine sera prononcée la semaine "
                  "suivante."),
                s("Dans la cour, la rescapée s'éloigne sans un mot."),
            ],
        ],
    },
    # 5. Academic critique of the ICTR's one-sidedness and of RPF impunity (hard negative).
    {
        "doc": "academic-justice-by-halves.txt",
        "title": "Justice by halves: the ICTR, the RPF and the unindicted",
        "genre": "academic article (international law)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Justice by halves: the ICTR, the RPF and the unindicted")],
            [
                s("This article examines a gap that the tribunal's admirers and its detractors both tend to "
                  "misdescribe."),
                s("Over its twenty-one years the International Criminal Tribunal for Rwanda convicted sixty-one people "
                  "and acquitted fourteen, yet it never indicted a single member of the Rwandan Patriotic Front.", S),
                s("I argue that this is a failure to use a mandate, and not, as deniers of the genocide like to claim, "
                  "a sign that the genocide was invented by its victors."),
            ],
            [
                s("The Security Council created the tribunal on 8 November 1994, by thirteen votes to one with one "
                  "abstention, and gave it jurisdiction over serious violations of humanitarian law committed in "
                  "Rwanda during the calendar year 1994.", S),
                s("Its reach extended to crimes committed by Rwandan citizens in neighbouring states in the same "
                  "period.", S),
                s("The mandate was framed by crime, place and year, not by party."),
                s("A month later the Commission of Experts, whose final report the Secretary-General sent to the "
                  "Council on 9 December, recorded crimes against humanity by individuals of both sides and asked for "
                  "the violations attributed to the RPF to be investigated further.", S),
            ],
            [
                s("The evidence of such crimes was never obscure."),
                s("Human Rights Watch described RPF soldiers massacring several hundred people at the Byumba stadium "
                  "in the middle of April 1994.", S),
                s("Amnesty International reported in October 1994 that the RPA's abuses between April and August "
                  "included hundreds of deliberate executions.", S),
                s("The UNHCR team led by Robert Gersony estimated that 25,000 to 45,000 people were killed by RPA "
                  "soldiers over those months, although its findings were never published as a report.", S),
                s("A former Rwandan interior minister later put the number killed by RPA soldiers between April 1994 "
                  "and August 1995 at some 60,000.", S),
            ],
            [
                s("In December 2008 Human Rights Watch observed that the tribunal had 'not prosecuted even one' of "
                  "the serious RPF crimes of 1994.", S),
                s("That year the Prosecutor left the Kabgayi killings of June 1994, in which fifteen civilians "
                  "including thirteen clergy died, to Rwanda's military justice, and monitored the trial that "
                  "followed.", S),
                s("Two captains who confessed were sentenced to eight years, cut to five on appeal in February 2009, "
                  "while Brigadier General Wilson Gumisiriza and Major Wilson Ukwishaka were acquitted.", S),
                s("The Rwandan military itself reported in 2008 that forty-three soldiers had been prosecuted since "
                  "1994 for war crimes and revenge killings.", S),
                s("The Kibeho killings of 22 April 1995, for which estimates range from the government's 338 dead to "
                  "the 4,000 or more reported by Australian peacekeepers, fell outside the tribunal's 1994 mandate "
                  "altogether.", S),
            ],
            [
                s("The asymmetry has fed the slogan of 'victor's justice', a phrase I use only as the tribunal's "
                  "critics have used it."),
                s("It does not follow that the tribunal's findings about the genocide are suspect."),
                s("Its first judgment, convicting the former Taba bourgmestre Jean-Paul Akayesu on 2 September 1998, "
                  "was upheld in full by the Appeals Chamber on 1 June 2001.", S),
                s("The tribunal also acquitted when the evidence fell short: its first acquittal, of the Mabanza "
                  "bourgmestre Ignace Bagilishema in June 2001, followed a finding that prosecution testimony was "
                  "riddled with inconsistencies.", N),
                s("Nor does documenting RPF crimes make them a 'second genocide': the Commission of Experts found no "
                  "evidence that they were committed with intent to destroy the Hutu as a group, and Amnesty "
                  "International warned against any comparison with the scale of the massacres by forces loyal to "
                  "the former government.", S),
            ],
            [
                s("Gacaca, which tried 1,958,634 cases before it closed in June 2012, was barred from hearing crimes "
                  "by RPF soldiers, so domestic justice offered no substitute.", S),
                s("The result is a documented class of victims, tens of thousands strong on any cautious reading, for "
                  "whom no international court ever sat.", D),
                s("Acknowledging them completes the record of 1994; it does not revise it."),
            ],
        ],
    },
    # 6. NGO briefing documenting RPF/RPA killings in detail (hard negative).
    {
        "doc": "briefing-rpa-killings-1994-1995.txt",
        "title": "Killings by RPF and RPA soldiers, 1994-1995: what is documented",
        "genre": "NGO briefing",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Killings by RPF and RPA soldiers, 1994–1995: what is documented")],
            [
                s("This briefing brings together what reputable sources have established about the killing of "
                  "civilians by soldiers of the Rwandan Patriotic Front and its army, the RPA, during and after the "
                  "genocide against the Tutsi."),
                s("It treats those killings as crimes in their own right, to be counted, named and tried, and not as "
                  "a counterweight to the genocide."),
            ],
            [s("April to August 1994")],
            [
                s("As the RPF advanced from April 1994, its soldiers killed civilians in summary executions and in "
                  "massacres, according to Human Rights Watch's 1999 history of the genocide.", S),
                s("In the stadium at Byumba, in mid-April, several hundred people were massacred.", S),
                s("Amnesty International's report of October 1994 counted hundreds of deliberate executions by the "
                  "RPA between April and August.", S),
                s("Near Kabgayi, in early June, RPF soldiers killed thirteen clergy, among them the Archbishop of "
                  "Kigali, Vincent Nsengiyumva, and the bishops of Kabgayi and Byumba, together with two other "
                  "civilians.", S),
                s("The killings took place on 5 June.", D),
                s("The RPF's own radio announced the deaths on Wednesday, 8 June.", S),
                s("For the period as a whole, experts working for UNHCR estimated that between 25,000 and 45,000 "
                  "people were killed by RPA soldiers from April to August 1994.", S),
                s("Human Rights Watch wrote of tens of thousands killed during the four months of combat, and a former "
                  "interior minister spoke of some 60,000 dead by August 1995.", S),
                s("On our own reading of these sources, not fewer than 30,000 civilians were killed by RPA soldiers "
                  "in 1994.", D),
            ],
            [s("Kibeho, April 1995")],
            [
                s("By April 1995 the Kibeho camp, in the former safe humanitarian zone in the south-west, held about "
                  "110,000 displaced people by the count of Médecins Sans Frontières.", S),
                s("Soldiers encircled the camps on 18 and 19 April, as the army moved to close them by force.", S),
                s("On 22 April RPA soldiers opened fire on the crowd.", S),
                s("The Rwandan government put the dead at 338.", S),
                s("Senior UN military officials estimated about 2,000 killed and more than 600 wounded, shot or "
                  "trampled in the panic, while Australian soldiers serving with UNAMIR estimated that at least 4,000 "
                  "had been killed.", S),
                s("In our assessment several thousand people died at Kibeho that day.", D),
            ],
            [s("Accountability")],
            [
                s("According to information from Rwanda's military justice system, RPA soldiers responsible for "
                  "killing about 100 civilians have been prosecuted.", S),
                s("In the Kabgayi case a military court convicted two captains on their guilty pleas on 24 October "
                  "2008 and acquitted a brigadier general and a major; on appeal the captains' eight-year terms were "
                  "reduced to five.", S),
                s("The ICTR, which closed on 31 December 2015, never indicted an RPF or RPA suspect, and the gacaca "
                  "courts were barred from hearing such cases.", S),
            ],
            [
                s("Those who deny the genocide against the Tutsi often cite material like this as proof of a "
                  "'double genocide'."),
                s("The sources cited here do not support that reading: the UN Commission of Experts found no evidence "
                  "that crimes by Tutsi elements were committed with intent to destroy the Hutu as a group.", S),
                s("Victims of RPA soldiers are owed the truth and a courtroom; they are not owed a distortion of what "
                  "was done to the Tutsi."),
            ],
        ],
    },
    # 7. Encyclopedia entry on the media and incitement cases; quotes hate propaganda to explain the judgments
    #    (hard negative: its quotations are voice `reported`).
    {
        "doc": "encyclopedia-media-incitement-cases.txt",
        "title": "Media and incitement cases (Rwanda, 1994)",
        "genre": "encyclopedia entry",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Media and incitement cases (Rwanda, 1994)")],
            [
                s("The prosecution of propagandists forms a distinct strand of the justice that followed the genocide "
                  "against the Tutsi."),
                s("Two outlets stood at its centre: the newspaper Kangura, which printed the so-called Ten "
                  "Commandments of the Hutu in December 1990, and Radio Télévision Libre des Mille Collines (RTLM), "
                  "which went on the air in July 1993.", N),
                rep("The eighth of those 'commandments' told Hutu that they must stop having pity for the Tutsi.", N,
                    "call_to_action"),
                rep("A broadcast from the period, since transcribed, told listeners who had guns to go to 'these "
                    "cockroaches', surround them and kill them.", N, "dehumanisation", "call_to_action"),
                s("Their target was a minority that made up about 15 per cent of Rwanda's population in early 1994.",
                  D),
            ],
            [
                s("In what became known as the Media case, Trial Chamber I convicted RTLM's founder Ferdinand "
                  "Nahimana, the CDR founder Jean-Bosco Barayagwiza and Kangura's editor Hassan Ngeze on "
                  "3 December 2003.", S),
                s("Ngeze was also a founding member of the CDR.", S),
                s("At trial Nahimana and Ngeze were sentenced to life imprisonment and Barayagwiza to thirty-five "
                  "years.", S),
                s("On appeal, on 28 November 2007, several convictions were quashed, in part because acts committed "
                  "before 1994 fell outside the tribunal's jurisdiction.", S),
                s("The appeal judges kept Nahimana's convictions for incitement and persecution, as a superior, for "
                  "RTLM broadcasts after 6 April 1994, and reduced his sentence to thirty years.", S),
                s("Barayagwiza's term fell to thirty-two years, and Ngeze's became thirty-five.", S),
            ],
            [
                s("The Belgian-Italian presenter Georges Ruggiu, who had pleaded guilty to inciting genocide, was "
                  "sentenced to twelve years on 1 June 2000.", S),
                s("Joseph Serugendo, a member of RTLM's governing board and its technical director, received six years "
                  "under a plea agreement on 2 June 2006 and died in custody that August.", S),
                s("The singer and composer Simon Bikindi was convicted on 2 December 2008 of direct and public "
                  "incitement for urging the killing of Tutsi on the Kivumu–Kayove road in Gisenyi in late June 1994, "
                  "and sentenced to fifteen years, a term the Appeals Chamber affirmed in March 2010.", S),
                s("Incitement also featured in the tribunal's first judgments: Jean-Paul Akayesu and the former prime "
                  "minister Jean Kambanda were both convicted of direct and public incitement to commit genocide in "
                  "September 1998.", S),
            ],
            [
                s("Outside Arusha, Léon Mugesera, MRND vice-president for Gisenyi prefecture, was deported from Canada "
                  "in 2012 to answer for a speech at Kabaya on 22 November 1992 calling for the extermination of the "
                  "Tutsi.", S),
                s("The High Court of Rwanda sentenced him to life imprisonment on 15 April 2016, and the Court of "
                  "Appeal dismissed his appeal on 25 September 2020.", S),
                s("The businessman Félicien Kabuga, accused of helping to finance RTLM, was arrested near Paris on "
                  "16 May 2020 after more than two decades on the run.", N),
                s("The Residual Mechanism found him unfit to stand trial, and on 7 August 2023 its Appeals Chamber "
                  "ordered an indefinite stay of proceedings, so no verdict was reached.", S),
            ],
            [
                s("Since the Nahimana appeal, the media judgments have served as a standard reference on where "
                  "protected speech ends and incitement begins."),
            ],
        ],
    },
    # 8. Wire report on the commemoration, with honest factual errors in its background (ordinary document).
    {
        "doc": "wire-kigali-week-of-mourning.txt",
        "title": "Rwanda begins week of mourning for genocide victims",
        "genre": "wire news report",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Rwanda begins week of mourning for genocide victims")],
            [
                s("KIGALI, April 7 (Meridian) - Rwandans lit a flame of remembrance on Tuesday as the country began "
                  "a week of national mourning for the victims of the 1994 genocide against the Tutsi."),
                s("Commemorations open each year on April 7, the date the UN General Assembly chose in December 2003 "
                  "for an International Day of Reflection on the genocide.", N),
                s("In 2018 the Assembly renamed the observance to refer explicitly to the genocide against the Tutsi, "
                  "while recalling that Hutu and others who opposed the killing were also murdered.", N),
                s("Survivors and officials gathered at the Kigali Genocide Memorial in Gisozi, where the remains of "
                  "more than 250,000 victims are buried.", N),
                s("'We come so that nobody can tell our grandchildren it never happened,' said one survivor, a retired "
                  "teacher who asked not to be named."),
                s("President Paul Kagame, who took office in April 2000, was due to address the national ceremony "
                  "later in the day.", N),
            ],
            [
                s("The killing began within hours of the downing of President Juvenal Habyarimana's plane as it came "
                  "in to land at Kigali on the evening of April 6, 1994.", S),
                s("The next day soldiers murdered Prime Minister Agathe Uwilingiyimana and ten Belgian peacekeepers "
                  "who had been assigned to protect her.", S),
                s("Over about 100 days, some 800,000 people, most of them Tutsi, were killed, according to UN "
                  "figures, while Rwanda's government puts the toll at more than a million.", S),
                s("The UN Security Council had cut its peacekeeping mission to 270 personnel on April 21, two weeks "
                  "into the massacres.", S),
                s("In mid-May the council imposed an arms embargo and authorised an expanded force of 2,500 "
                  "troops.", C),
                s("The Rwandan Patriotic Front, the rebel movement then led by Paul Kagame, took Kigali on July 4, "
                  "1994.", S),
                s("Its forces reached the border town of Gisenyi on July 18.", D),
                s("About a million people fled into Zaire, where some 50,000 died within a month in the camps around "
                  "Goma, most of them of cholera and dysentery.", D),
                s("Some 95,000 children were left orphaned.", D),
            ],
            [
                s("A UN tribunal set up in Arusha, Tanzania, in November 1995 convicted 61 people before it closed "
                  "in 2015.", C),
                s("Its first verdict, against former Taba mayor Jean-Paul Akayesu in 1998, was the first genocide "
                  "conviction by an international court.", S),
                s("The tribunal's most prominent defendant, former army colonel Theoneste Bagosora, was sentenced to "
                  "life in 2008, a sentence upheld on appeal.", C),
                s("The tribunal never charged any member of the RPF, whose soldiers human rights groups accuse of "
                  "killing tens of thousands of civilians in 1994.", S),
                s("Inside Rwanda, community gacaca courts dealt with nearly two million cases before they closed in "
                  "2012.", S),
            ],
            [
                s("Trials continue abroad."),
                s("In February this year a Paris appeals court upheld a 14-year sentence against Claude Muhayimana, "
                  "a former guesthouse driver in Kibuye convicted of complicity in genocide for transporting "
                  "gendarmes and militiamen to massacre sites.", S),
                s("Felicien Kabuga, the businessman accused of bankrolling the killers, was arrested near Paris in "
                  "May 2020.", N),
                s("Judges of the UN residual mechanism later found him unfit to be tried.", S),
                s("A French commission of historians concluded in 2021 that France bore 'heavy and overwhelming "
                  "responsibilities' and had been complicit in the genocide.", C),
            ],
        ],
    },
    # 9. Teaching worksheet on the courts, with two honest errors in its fact file (ordinary document).
    {
        "doc": "teaching-lesson-courts-after-genocide.txt",
        "title": "Lesson 7: Justice after the genocide against the Tutsi, courts at home and abroad",
        "genre": "teaching materials (secondary school worksheet)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Lesson 7: Justice after the genocide against the Tutsi, courts at home and abroad")],
            [
                s("Learning goal: by the end of this lesson you should be able to name four kinds of court that "
                  "judged the crimes of 1994 and give one example of each."),
                s("Remember the scale: the genocide killed at least 800,000 people, and between 250,000 and 500,000 "
                  "women and girls were raped.", D),
                s("The genocide left nearly 75,000 children orphaned.", D),
            ],
            [
                s("Fact file 1, Rwanda's courts: the first genocide trial ended in Kibungo on 3 January 1997, when the "
                  "court sentenced Déogratias Bizimana and Egide Gatanazi to death.", S),
                s("On 24 April 1998, twenty-two people convicted of genocide were executed in public, among them the "
                  "MDR politician Froduald Karamira.", S),
                s("Rwanda abolished the death penalty in 2007.", S),
                s("Between 1996 and 2002 the ordinary courts tried about 70,000 people for genocide.", C),
            ],
            [
                s("Fact file 2, gacaca: because more than 125,000 suspects were waiting in overcrowded prisons, the "
                  "state turned to gacaca, a form of community justice named after the Kinyarwanda word for grass, "
                  "whose lay judges were chosen for their integrity.", S),
                s("According to the national gacaca service, the courts tried 1,958,634 cases, most of them offences "
                  "against property, before they closed on 18 June 2012.", S),
                s("Human Rights Watch, which counted just over 12,000 gacaca courts, documented corruption, procedural "
                  "irregularities and limits on the right to a fair trial.", S),
            ],
            [
                s("Fact file 3, the ICTR: the International Criminal Tribunal for Rwanda held its first trial in 1997 "
                  "and closed on 31 December 2015.", S),
                s("Jean-Paul Akayesu, bourgmestre of Taba, was sentenced to life on 2 October 1998 and became the "
                  "first person convicted of rape as a crime against humanity.", S),
                s("Clément Kayishema, prefect of Kibuye, was sentenced to life imprisonment on 21 May 1999, and the "
                  "businessman Obed Ruzindana, tried alongside him, received twenty-five years.", S),
                s("Pauline Nyiramasuhuko, the interim government's minister for the family, was sentenced to life in "
                  "June 2011 for crimes that included genocide and rape as a crime against humanity.", S),
                s("In December 2015, in the last judgment the tribunal delivered, the appeal judges reduced her "
                  "sentence to forty-seven years and acquitted her son, Arsène Shalom Ntahobali.", C),
            ],
            [
                s("Fact file 4, courts abroad: on 8 June 2001 a Brussels assize court sentenced four Rwandans, two of "
                  "them Benedictine nuns from Sovu, to between twelve and twenty years.", S),
                s("Six years later the same court gave Major Bernard Ntuyahaga twenty years for the murder of the ten "
                  "Belgian peacekeepers at Camp Kigali.", S),
                s("In Quebec, Désiré Munyaneza was found guilty of genocide, crimes against humanity and war crimes on "
                  "22 May 2009 and later sentenced to life.", S),
                s("In Germany, the former bourgmestre Onesphore Rwabukombe received a life sentence in December 2015 "
                  "for the massacre of at least 400 Tutsi at the Kiziguro church compound on 11 April 1994.", S),
                s("Paris juries have convicted, among others, Pascal Simbikangwa (twenty-five years, 2014) and the "
                  "former Kabarondo mayors Octavien Ngenzi and Tito Barahira (life, 2016, confirmed on appeal in "
                  "2018).", S),
            ],
            [
                s("Discussion: the UN Commission of Experts asked in 1994 for crimes attributed to the RPF to be "
                  "investigated, yet the ICTR never tried an RPF soldier; why do you think that happened?", S),
                s("Extension task: gacaca courts could not hear cases against RPF soldiers, so find out how a Rwandan "
                  "military court dealt with the killing of clergy at Kabgayi in June 1994.", S),
                s("Answers and sources are at the back of the booklet."),
            ],
        ],
    },
    # 10. FIXTURE (written by the team, states falsehoods on purpose): mild false equivalence, scare quotes,
    #     doubts about the figures. Accepts that massacres of Tutsi happened: distorts.
    {
        "doc": "fixture-denial-two-candles-post.txt",
        "title": "Two candles",
        "genre": "personal blog post (test fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Every April I light two candles, because Rwanda's tragedy had victims on every side.", None,
                    "double_genocide"),
                s("Terrible massacres of Tutsi took place in 1994, and nobody serious disputes that.", S),
                own("But the Hutu who died in the RPF's advance deserve the same word, and I suspect their numbers "
                    "were comparable.", C, "double_genocide", "minimisation"),
            ],
            [
                own("As for the famous 'million', it comes from a count run by the winners' government, and even "
                    "Western researchers have called it far too precise.", S, "minimisation", "fabrication"),
                own("Honest demographers would probably land nearer 150,000 than a million.", C, "minimisation"),
                own("Until every side's dead are counted with the same care, talk of one side's 'genocide' only keeps "
                    "the wounds open.", None, "definitional_denial", "double_genocide"),
            ],
        ],
    },
    # 11. FIXTURE: letter to the editor; justification as "context", blame shifted onto the victims' side, scare
    #     quotes, an attack on witnesses, "no plan". Rejects the genocide as such: denies.
    {
        "doc": "fixture-denial-context-letter.txt",
        "title": "Letter: the context your supplement left out",
        "genre": "letter to the editor (test fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Sir, your anniversary supplement once again left out the context."),
                own("In October 1990 an army of Tutsi exiles invaded from Uganda, and for three and a half years the "
                    "people of the north lived under its guns.", S, "justification", "blame_shifting"),
                own("When that army's friends shot down the President's plane on 6 April 1994, frightened peasants "
                    "defended their hills, and what followed was the bitter harvest of the invaders' own war.", D,
                    "blame_shifting", "justification", "spontaneity", "role_reversal"),
                own("To call this a 'genocide' is to let the aggressors write the history.", None,
                    "definitional_denial", "role_reversal"),
            ],
            [
                own("The 'witnesses' who later filled the courtrooms of Arusha were rehearsed, paid and flown in by "
                    "Kigali, as any defence lawyer will tell you.", None, "attack_on_witnesses"),
                own("The Arusha tribunal itself could never prove that there was a plan.", C, "spontaneity",
                    "definitional_denial"),
                own("Mourn the dead of both communities, by all means, but spare us the fairy tale.", None,
                    "double_genocide", "fabrication"),
            ],
        ],
    },
    # 12. FIXTURE (French): composite; an accurate chronology reposted, then a denial comment. Mixed, composite.
    {
        "doc": "fixture-denial-fr-composite-repost.txt",
        "title": f"Repost{NB}: 7 avril 1994, et un commentaire",
        "genre": "publication republiée avec commentaire (test fixture)",
        "language": "fr",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Le 7 avril 1994, au lendemain de l'attentat contre l'avion du président Habyarimana, des militaires "
                  "assassinent la Première ministre Agathe Uwilingiyimana et les dix Casques bleus belges chargés de sa "
                  "protection.", S),
                s("Le 17 mai, le Conseil de sécurité décrète un embargo sur les armes à destination du Rwanda et "
                  f"autorise une MINUAR élargie à 5{NB}500 hommes.", S),
                s("Le 4 juillet, les troupes du FPR entrent dans Kigali.", S),
            ],
            [
                own(f"Voilà pour la chronologie{NB}; pour le reste, méfiance, c'est de la propagande.", None,
                    "fabrication"),
                own(f"Les fameux «{NB}800{NB}000 morts{NB}» n'ont jamais été comptés, et les démographes sérieux "
                    "parlent tout au plus de quelques dizaines de milliers de victimes, dans les deux camps.", C,
                    "minimisation", "fabrication", "double_genocide"),
                own("C'était une guerre civile où chaque camp a massacré l'autre, pas un "
                    f"«{NB}génocide{NB}» planifié.", C, "definitional_denial", "double_genocide", "spontaneity"),
                own("Quant aux témoins du TPIR, ils récitaient des histoires apprises par cœur.", None,
                    "attack_on_witnesses"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
