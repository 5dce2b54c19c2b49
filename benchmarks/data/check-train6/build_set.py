"""Source of the SIXTH TRAINING labelled set for `factfinder check` (status: training set, written blind).

    python benchmarks/data/check-train6/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train6/build_set.py --check  # validate the files already written

A TRAINING set: its rows are meant to train the checker's learned layers, so it is not a measure of unseen text.
It was nevertheless written blind: its author did not read the detectors, their rules, exemplars or training data,
the benchmark results, the check tests, nor any other labelled set's documents or labels (only
benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, the first 40
lines of check-blind5/build_set.py as a template for this header, check-blind5/README.md as a template for the
README's structure, and the list TECHNIQUES in src/factfinder/check/model.py). Verdicts were decided against the
record alone: examples/ (FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml
and the proceedings CSV. Facts outside the record were checked with the project's search tool; README.md gives the
page and a quotation for each.

Genres: a 30th-anniversary news feature, a conference abstract on casualty estimation, an ICTR explainer, an
invented retrospective memo in the style of a 1994 Security Council cable, an NGO briefing on sexual violence, a
student debate transcript on "victor's justice", a French encyclopedic notice on Operation Turquoise, a French
radio chronicle on the attack on the plane, a blog post quoting RTLM and Kangura to explain dehumanisation, and
three short denial fixtures (a diaspora newsletter with a commemoration notice and a distorting column, an
anonymous pamphlet, a "just asking questions" thread). Outlets, authors, speakers and the association are invented.

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
    # 1. News feature on the 30th anniversary (invented weekly and correspondent).
    {
        "doc": "feature-kwibuka30-anniversary.txt",
        "title": "Thirty years on, Rwanda lights the flame again",
        "genre": "news feature (30th anniversary)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Thirty years on, Rwanda lights the flame again")],
            [
                s("On Sunday morning, 7 April 2024, President Paul Kagame and First Lady Jeannette Kagame lit the "
                  "flame of remembrance at the Kigali Genocide Memorial in Gisozi, opening Kwibuka30, the thirtieth "
                  "commemoration of the genocide against the Tutsi.", N),
            ],
            [
                s("Current and former heads of state laid wreaths at the mass graves where some 250,000 victims are "
                  "buried.", N),
                s("Among them were former US president Bill Clinton and former French president Nicolas Sarkozy.", N),
                s("In a video released for the anniversary, President Emmanuel Macron said France \"could have stopped "
                  "the genocide\" with its Western and African allies but \"lacked the will\" to do so.", N),
                s("Three years earlier a commission of historians chaired by Vincent Duclert had found that France "
                  "bore \"heavy and overwhelming responsibilities\", while ruling out complicity in the legal "
                  "sense.", S),
            ],
            [
                s("The killing began within hours of the evening of 6 April 1994, when the plane carrying President "
                  "Juvénal Habyarimana was shot down on its approach to Kigali airport.", S),
                s("The next day soldiers murdered the prime minister, Agathe Uwilingiyimana, and the ten Belgian "
                  "peacekeepers assigned to protect her.", S),
                s("Over roughly a hundred days more than a million people were killed, most of them Tutsi.", D),
                s("Before the genocide the Tutsi had been about one Rwandan in seven.", D),
                s("The count is still argued over: the UN's independent inquiry of 1999 spoke of about 800,000 dead, "
                  "while the government's census of victims reached 1,074,017.", S),
                s("Two weeks into the slaughter, on 21 April, the Security Council voted to shrink its peacekeeping "
                  "force to 270.", S),
                s("The killing ended only when the Rwandan Patriotic Front took Kigali in mid-August.", C),
                s("In the weeks that followed, about a million people fled west into Zaire.", D),
            ],
            [
                s("\"Rwandans will never understand why any country would remain intentionally vague about who was "
                  "targeted in the genocide,\" Kagame said in his speech.", N),
                s("The peace agreement that was supposed to end the war, signed at Arusha in August 1992, was by "
                  "then a dead letter.", C),
            ],
            [
                s("Rwanda's community gacaca courts tried 1,958,634 cases before they closed in June 2012.", S),
                s("In Paris, the former intelligence officer Pascal Simbikangwa became in 2014 the first Rwandan "
                  "convicted by a French court over the genocide, and was sentenced to 25 years.", S),
                s("Félicien Kabuga, accused of supplying machetes to the killers and backing the hate radio RTLM, was "
                  "arrested in a flat in Asnières-sur-Seine, outside Paris, in May 2020, after more than two decades "
                  "on the run.", N),
                s("Judges later found him unfit to stand trial, and his case ended without a verdict.", S),
            ],
            [
                s("A census run with survivors' associations in 2008 counted 309,368 genocide survivors still "
                  "alive.", S),
                s("Last September the memorial at Gisozi was added to UNESCO's World Heritage List, together with the "
                  "sites at Nyamata, Murambi and Bisesero.", N),
            ],
        ],
    },
    # 2. Conference abstract on casualty estimation (invented workshop and author). Hard negative.
    {
        "doc": "abstract-casualty-estimation.txt",
        "title": "Counting the dead of 1994: what the Rwanda toll estimates measure, and why they diverge",
        "genre": "conference abstract (casualty estimation)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Counting the dead of 1994: what the Rwanda toll estimates measure, and why they diverge")],
            [s("Abstract for the panel \"Mortality in mass atrocity\", Workshop on Conflict Demography")],
            [
                s("Thirty years on, there is still no single answer to how many people were killed in Rwanda between "
                  "April and July 1994, and this paper sets the main published estimates side by side."),
                s("The earliest figures came from the field: six weeks into the killing, Human Rights Watch/Africa "
                  "reported at least 200,000 and perhaps as many as 500,000 civilians slain.", S),
                s("In December 1994 the UN Commission of Experts put the number of unarmed civilians murdered at about "
                  "500,000, warning that this might be conservative.", S),
                s("The RPF's Radio Muhabura spoke of 500,000 dead in May, then lowered its count to 300,000 a few days "
                  "later.", S),
                s("Human Rights Watch's World Report 1995 gave a range of half a million to two million killed before "
                  "mid-July.", C),
            ],
            [
                s("The most cited demographic estimate is still that of Leave None to Tell the Story (1999), which "
                  "starts from the 1991 census, where Tutsi made up 8.4 per cent of the population.", S),
                s("Taking William Seltzer's projection of 657,000 Tutsi in April 1994 and subtracting some 150,000 "
                  "survivors, Human Rights Watch arrived at roughly 507,000 Tutsi killed, about 77 per cent.", S),
                s("In our view the Tutsi were closer to one Rwandan in seven before the genocide than to the census's "
                  "one in twelve.", D),
                s("The government's census of victims, whose final report appeared in November 2002, reached "
                  "1,074,017 dead, counting only from 6 April 1994.", C),
                s("A 2004 count by the Ministry of Youth, Culture and Sports named 937,000 victims.", S),
                s("Marijke Verpoorten's study of Gikongoro found that a Tutsi there had on average a one-in-four "
                  "chance of surviving, and in 2020 she argued that 560,000 to 660,000 Tutsi deaths is a plausible "
                  "range.", S),
                s("In the same Journal of Genocide Research forum, Omar McDoom set out his own case for a rigorous "
                  "estimate under the title \"Contested Counting\".", N),
                s("At the other end, Luc Reydams has argued that the official toll roughly doubles the number of "
                  "genocide victims.", S),
            ],
            [
                s("On 1 October 2014 the BBC broadcast Rwanda's Untold Story, featuring the US political scientists "
                  "Christian Davenport and Allan Stam.", N),
                rep("Their claim that only about 200,000 Tutsi were killed, and that far more Hutu than Tutsi died, "
                    "was presented as a neutral statistical finding.", C, "minimisation", "double_genocide"),
                s("Thirty-eight international signatories answered in an open letter that the estimate was \"an "
                  "absurd suggestion\".", N),
                s("It is less than half of Human Rights Watch's subtraction-based count of Tutsi dead.", S),
                s("Our own reading of the evidence is that between 800,000 and one million people were killed in the "
                  "genocide, the great majority of them Tutsi.", D),
            ],
            [
                s("Almost 50,000 refugees died in the Goma camps in the first month after the July exodus, most of "
                  "them of cholera and dysentery.", D),
                s("Soldiers of the RPF's army killed between 25,000 and 45,000 people from April to August 1994, "
                  "according to the UNHCR team led by Robert Gersony.", S),
                s("We propose that every figure be cited with its author, its period and its method, since a number "
                  "stripped of these is not evidence."),
            ],
        ],
    },
    # 3. Explainer "5 things to know about the ICTR" (invented outlet). Hard negative.
    {
        "doc": "explainer-ictr-five-things.txt",
        "title": "Five things to know about the International Criminal Tribunal for Rwanda",
        "genre": "explainer (five things to know)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Five things to know about the International Criminal Tribunal for Rwanda")],
            [
                s("Most estimates put the number killed in the genocide at between 800,000 and a million.", D),
            ],
            [s("1. It was created fast")],
            [
                s("The UN Security Council set up the tribunal with resolution 955 on 8 November 1994, barely four "
                  "months after the killing stopped.", S),
                s("Thirteen members voted in favour, one voted against and one abstained.", S),
                s("The vote against was cast by Rwanda itself, whose new government had asked for an international "
                  "court but objected to the one on offer, not least to its time frame.", N),
                s("The tribunal's jurisdiction covered crimes committed between 1 April and 31 July 1994.", C),
            ],
            [s("2. It made legal history in Arusha")],
            [
                s("Sitting in Arusha, Tanzania, the tribunal opened its first trial in 1997.", S),
                s("On 2 September 1998 it convicted Jean-Paul Akayesu, the former bourgmestre of Taba, in the first "
                  "judgment for genocide ever delivered by an international court.", S),
                s("Two days later, former prime minister Jean Kambanda, who had pleaded guilty, was sentenced to "
                  "life, the first head of government convicted of genocide.", S),
                s("Akayesu's life sentence was reduced to thirty years on appeal in 2001.", C),
            ],
            [s("3. Its docket was small")],
            [
                s("Over its lifetime the tribunal indicted 93 people.", S),
                s("It convicted 61 and acquitted 14.", S),
                s("Its final appeal judgment, in the Butare case of Pauline Nyiramasuhuko and her five co-accused, came "
                  "on 14 December 2015.", S),
                s("Nyiramasuhuko, a former minister for family affairs, had in 2011 become the first woman convicted "
                  "of genocide by an international court.", N),
                s("The tribunal formally closed in June 2016.", C),
            ],
            [s("4. It never tried the other side")],
            [
                s("No member of the Rwandan Patriotic Front was ever indicted in Arusha.", S),
                s("Yet RPA soldiers killed tens of thousands of civilians in 1994, and the UN Commission of Experts had "
                  "asked for those crimes to be investigated.", D),
                s("In December 2008 Human Rights Watch said the tribunal had \"not prosecuted even one\" of the serious "
                  "RPF crimes of that year.", S),
                s("Carla Del Ponte, the prosecutor who had said she would look into RPF reprisal killings, was removed "
                  "from the Rwanda post by the Security Council in August 2003; she blamed lobbying by Kigali.", N),
                s("Critics call this \"victor's justice\"; defenders answer that the court was built to try a genocide, "
                  "and did."),
            ],
            [s("5. It is not quite finished")],
            [
                s("Its remaining work passed to the International Residual Mechanism for Criminal Tribunals, created "
                  "by resolution 1966 in December 2010, which took over the Rwanda branch in July 2012.", N),
                s("The Mechanism's best-known case, against the businessman Félicien Kabuga, ended without a verdict "
                  "in August 2023, when the Appeals Chamber ordered an indefinite stay because he was unfit for "
                  "trial.", S),
            ],
        ],
    },
    # 4. Retrospective memo in the style of a 1994 mission cable (invented, declared in its own text).
    {
        "doc": "memo-unsc-april-may-1994.txt",
        "title": "Retrospective memorandum: the Security Council and Rwanda, 6 April to 17 May 1994",
        "genre": "diplomatic cable-style retrospective memo (invented training material)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("RETROSPECTIVE MEMORANDUM - TRAINING MATERIAL, NOT AN OFFICIAL CABLE")],
            [s("SUBJECT: The Security Council and Rwanda, 6 April to 17 May 1994")],
            [s("1. This note was drafted in 2024 for a diplomatic training course in the style of a 1994 mission "
               "cable; it reproduces no real cable.")],
            [
                s("2. SUMMARY: In the six weeks after the President's plane was shot down on 6 April, the Council first "
                  "cut UNAMIR to a token force and then authorised a much larger one that would not arrive for "
                  "months.", S),
                s("Rwanda held one of the Council's non-permanent seats throughout, so the government whose forces "
                  "were carrying out the massacres sat at the table.", N),
            ],
            [
                s("3. BACKGROUND: UNAMIR had been established by resolution 872 on 5 October 1993, with an authorised "
                  "strength of 2,500.", S),
                s("Its force commander, Roméo Dallaire, was a Belgian general.", C),
                s("Resolution 909, adopted on 5 April 1994, the day before the attack on the plane, had extended the "
                  "mandate until 29 July.", N),
            ],
            [
                s("4. THE BELGIAN WITHDRAWAL: On the morning of 8 April ten Belgian paratroopers assigned to the Prime "
                  "Minister were disarmed, taken to a military camp in Kigali and killed.", C),
                s("Foreign Minister Willy Claes told the Secretary-General at a meeting in Bonn on 12 April that "
                  "Belgium would withdraw its contingent.", N),
                s("Two days later he announced it publicly, saying the presence of the blue helmets no longer made "
                  "\"any sense\".", N),
            ],
            [
                s("5. THE OPTIONS: The Secretary-General's report of 20 April (S/1994/470) offered three options: "
                  "reinforcement by several thousand troops with a mandate to enforce a ceasefire, reduction to about "
                  "270, or complete withdrawal, which he advised against.", N),
                s("On 21 April the Council adopted resolution 912, reducing UNAMIR to some 270 personnel.", S),
                s("Nigeria and Rwanda abstained; the other thirteen members voted in favour.", C),
            ],
            [
                s("6. THE WORD: On 29 April the Secretary-General wrote that as many as 200,000 people might already "
                  "have been killed and asked the Council to consider \"forceful action\".", N),
                s("The presidential statement agreed in the early hours of 30 April, after members had argued over the "
                  "word \"genocide\", recalled instead that killing members of an ethnic group with intent to destroy "
                  "it \"in whole or in part\" constitutes a crime.", N),
                s("Hundreds of thousands of people had been killed by then.", D),
            ],
            [
                s("7. WASHINGTON: On 3 May President Clinton issued Presidential Decision Directive 25, which set "
                  "strict conditions on US support for new peacekeeping operations.", N),
            ],
            [
                s("8. RESOLUTION 918: On 17 May the Council imposed an arms embargo on Rwanda and authorised an "
                  "expanded UNAMIR of up to 5,500 troops.", S),
                s("By then the RPF already held Kigali.", C),
                s("Perhaps half a million people were dead by the time the vote was taken.", D),
            ],
            [s("9. COMMENT: Members did not lack information in these six weeks; what they lacked was the will to act "
               "on it.")],
        ],
    },
    # 5. NGO briefing on sexual violence and its aftermath (invented organisation).
    {
        "doc": "ngo-briefing-sexual-violence.txt",
        "title": "Living with it: sexual violence in the 1994 genocide against the Tutsi and its aftermath",
        "genre": "NGO report (sexual violence, widows, orphans)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Living with it: sexual violence in the 1994 genocide against the Tutsi and its aftermath")],
            [
                s("Between April and July 1994 more than 800,000 people were killed in Rwanda in about a hundred "
                  "days.", D),
                s("Hundreds of thousands of Tutsi women and girls were raped, by militiamen and soldiers "
                  "alike.", D),
                s("In 1996 the UN Special Rapporteur, René Degni-Ségui, reported that rape \"was the rule and its "
                  "absence the exception\".", S),
                s("For the 250,000 to 500,000 women raped in 1994, reparation cannot wait another decade.", D),
            ],
            [s("1. How many women were raped?")],
            [
                s("A study released in the autumn of 1996 found \"at the very least\" 250,000 cases of rape.", S),
                s("Survivors Fund (SURF) gives a range of 250,000 to 500,000 women raped during the hundred days.", S),
                s("In 2009 Catrien Bijleveld and colleagues, using an explicit method, estimated a lower bound of a "
                  "little more than 350,000 women raped, most of them Tutsi.", S),
                s("This paper works with a conservative figure: at least 250,000 women and girls raped in 1994.", D),
            ],
            [s("2. Children born of rape")],
            [
                s("Human Rights Watch's report Shattered Lives, published in 1999, estimated that rape had caused "
                  "2,000 to 5,000 pregnancies.", C),
                s("SURF, counting births rather than pregnancies, speaks of up to 20,000 children born of rape.", S),
            ],
            [s("3. Widows, orphans and HIV")],
            [
                s("A census of survivors reported by the Hirondelle news agency counted 27,733 widows, 74,642 orphans "
                  "and 12,074 disabled people left by the genocide.", S),
                s("UNICEF said in 2004 that 95,000 children had been orphaned by the end of the genocide, and UNICEF "
                  "Ireland that 300,000 children had been killed.", S),
                s("Roughly 95,000 children lost their parents in those three months.", D),
                s("On 15 January 1995 fifty widows met in Kigali and founded what became the Association des Veuves "
                  "du Génocide, AVEGA Agahozo, registered that October.", N),
                s("The association now counts more than 20,000 widows among its members, 1,599 of them living with HIV "
                  "as a result of sexual assault in 1994, and 1,122 children born of rape.", N),
                s("An AVEGA study reported by Agence France-Presse found that two-thirds of the women raped during "
                  "the genocide were infected with HIV.", N),
                s("In April 2004 Amnesty International published \"Marked for Death\", its report on rape survivors "
                  "living with HIV/AIDS in Rwanda.", N),
            ],
            [s("4. Justice")],
            [
                s("On 2 September 1998 the Arusha tribunal convicted Jean-Paul Akayesu and held, for the first time, "
                  "that rape could constitute genocide.", S),
                s("It defined rape as \"a physical invasion of a sexual nature, committed on a person under "
                  "circumstances which are coercive\".", S),
                s("In June 2011 the tribunal convicted Pauline Nyiramasuhuko, the former family minister, and her son "
                  "Arsène Shalom Ntahobali over abductions, rapes and killings at the Butare prefecture office.", S),
                s("She was the first woman found guilty of genocide by an international court.", N),
                s("Her life sentence was confirmed on appeal in December 2015.", C),
                s("Rwanda's gacaca courts, which closed in 2010, tried close to two million cases.", C),
            ],
        ],
    },
    # 6. Student debate transcript on "victor's justice" (invented society, speakers by role). Hard negative.
    {
        "doc": "debate-transcript-victors-justice.txt",
        "title": "Debate transcript: \"This House believes the ICTR delivered victor's justice\"",
        "genre": "student debate transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Transcript: Union Society debate, \"This House believes the ICTR delivered victor's justice\"")],
            [s("CHAIR: The motion before the House is that the International Criminal Tribunal for Rwanda delivered "
               "victor's justice.")],
            [
                s("FIRST PROPOSITION: Let me start with a number, zero, which is how many members of the Rwandan "
                  "Patriotic Front were ever indicted by the tribunal in Arusha.", S),
                s("Not because there was nothing to try: a UNHCR team led by Robert Gersony estimated that RPA soldiers "
                  "killed between 25,000 and 45,000 people from April to August 1994.", S),
                s("Human Rights Watch said in December 2008 that the tribunal had not prosecuted even one of the "
                  "serious RPF crimes of that year.", S),
                s("And when the prosecutor, Carla Del Ponte, said she would look into those killings, the Security "
                  "Council took the Rwanda job away from her in August 2003.", N),
                s("Rwanda's own military court did try the Kabgayi killings of 5 June 1994, when fifteen civilians, "
                  "thirteen of them clergy, were killed.", D),
                s("The two captains who pleaded guilty got fifteen years each, and the two senior officers walked "
                  "free.", C),
            ],
            [
                s("FIRST OPPOSITION: On impunity my opponent is right, but victor's justice means the winners invented "
                  "the crimes of the losers, and nobody in this room "
                  "believes the genocide was invented."),
                s("In December 1994 the UN Commission of Experts found that the genocide against the Tutsi had been "
                  "carried out in a concerted, planned, systematic and methodical way.", S),
                s("It also found crimes against humanity on both sides, but no evidence that the RPF's crimes were "
                  "meant to destroy the Hutu as a group.", S),
                rep("You will hear it online anyway: \"There were two genocides in 1994, one against the Tutsi and one "
                    "against the Hutu.\"", C, "double_genocide"),
                s("The tribunal convicted 61 people, including a former prime minister, Jean Kambanda, who pleaded "
                  "guilty.", S),
                s("It also acquitted twenty-four, which is hardly the behaviour of a rubber stamp.", C),
            ],
            [
                s("SECOND PROPOSITION: Point of information: the Kibeho massacre happened in 1996, inside the "
                  "tribunal's mandate, and nobody was ever charged in Arusha.", C),
                s("Australian peacekeepers estimated at least 4,000 dead there; the government said 338.", S),
                s("My own guess is nearer 2,000.", D),
                s("The RPA killed tens of thousands of civilians in 1994 and 1995, and nobody serious disputes "
                  "that.", D),
                s("In October 2010 the UN human rights office published its Mapping Report, which said the later "
                  "killings of Hutu refugees in Congo could, if proven before a competent court, be characterised as "
                  "genocide.", N),
            ],
            [
                s("SECOND OPPOSITION: The Mapping Report covers Congo from 1993 to 2003, not Rwanda in 1994, and it "
                  "leaves the word genocide to a court.", N),
                s("Inside Rwanda, gacaca was barred from hearing crimes by RPF soldiers, and that was a real "
                  "failure.", S),
                rep("A speaker from the floor claimed earlier that \"the RPF killed millions of Hutu\".", C,
                    "double_genocide"),
                s("A court that tried only one side is a selective court; it is not a court that made up a "
                  "genocide."),
            ],
        ],
    },
    # 7. French encyclopedic notice on Operation Turquoise (invented online encyclopedia).
    {
        "doc": "notice-fr-operation-turquoise.txt",
        "title": "Opération Turquoise",
        "genre": "notice encyclopédique (French encyclopedic notice)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Opération Turquoise")],
            [
                s("L'opération Turquoise est une intervention militaire dirigée par la France au Rwanda entre le 22 "
                  "juin et le 21 août 1994, sous mandat des Nations unies.", S),
                s("Lorsqu'elle est décidée, le génocide des Tutsi, commencé le 7 avril, a déjà fait plus de 800 000 "
                  "morts.", D),
            ],
            [s("Mandat et déploiement")],
            [
                s("Le Conseil de sécurité l'autorise par la résolution 929 du 22 juin 1994, adoptée par dix voix pour "
                  "et cinq abstentions.", S),
                s("Le texte, fondé sur le chapitre VII de la Charte, prévoit une opération temporaire à caractère "
                  "humanitaire.", S),
                s("Les premiers soldats entrent au Rwanda le 23 juin, à partir de Goma et de Bukavu, au Zaïre.", N),
                s("Le commandement de la force est confié au général Jean-Claude Lafourcade.", N),
                s("Quelque 2 500 militaires français y participent, rejoints par des contingents africains, dont 300 "
                  "Sénégalais.", S),
            ],
            [s("Bisesero")],
            [
                s("Le 27 juin, une patrouille française rencontre sur les collines de Bisesero des rescapés tutsi "
                  "traqués par les miliciens.", N),
                s("Les militaires ne reviennent leur porter secours que le 30 juin ; dans l'intervalle, des centaines "
                  "d'entre eux sont tués.", N),
            ],
            [s("Zone humanitaire sûre et retrait")],
            [
                s("Le 5 juillet, la France déclare une « zone humanitaire sûre » dans le sud-ouest du pays, entre "
                  "Cyangugu, Kibuye et Gikongoro.", S),
                s("Lorsque le FPR atteint Gisenyi, le 18 juillet, un million de personnes fuient vers Goma en "
                  "quelques jours.", D),
                s("Un gouvernement d'union nationale s'installe à Kigali le 1er août.", C),
                s("Les derniers soldats français quittent la zone le 21 août 1994 ; environ 2 400 casques bleus "
                  "africains de la MINUAR prennent le relais.", S),
                s("Entre-temps, le FPR s'était emparé de Kigali dès le 14 juillet.", C),
            ],
            [s("Controverses")],
            [
                s("Le 26 mars 2021, la commission d'historiens présidée par Vincent Duclert a remis au président "
                  "Emmanuel Macron un rapport concluant à des « responsabilités lourdes et accablantes » de la "
                  "France.", S),
                s("Le 19 avril 2021, le rapport Muse, commandé par Kigali au cabinet d'avocats américain Levy "
                  "Firestone Muse, a estimé que l'État français portait « une lourde responsabilité pour avoir rendu "
                  "possible un génocide prévisible ».", N),
            ],
        ],
    },
    # 8. French radio chronicle on the attack on the plane (invented station and chronicler).
    {
        "doc": "chronique-fr-attentat-avion.txt",
        "title": "« Mémoire vive » : il y a trente ans, l'attentat du 6 avril",
        "genre": "chronique radio (French radio chronicle)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("« Mémoire vive », la chronique du soir")],
            [
                s("Il y a trente ans, le soir du 6 avril 1994, un Falcon 50 entamait sa descente vers l'aéroport de "
                  "Kigali.", S),
                s("À son bord, le président rwandais Juvénal Habyarimana, qui rentrait d'un sommet régional en "
                  "Tanzanie, et son homologue burundais, Cyprien Ntaryamira.", S),
                s("Le sommet s'était tenu à Dar es-Salaam, et comme l'avion du président burundais était en "
                  "maintenance, Habyarimana lui avait proposé de faire le trajet avec lui.", N),
            ],
            [
                s("L'appareil est touché par au moins un missile ; personne ne survit.", S),
                s("Les débris retombent dans le jardin même de la résidence présidentielle, à Kanombe.", N),
                s("L'équipage, trois Français, meurt avec les passagers.", S),
                s("Le chef d'état-major de l'armée rwandaise, le général Déogratias Nsabimana, était lui aussi à "
                  "bord.", N),
                s("Cet avion, c'était un cadeau de Paris : la France l'avait acheté en 1990 pour remplacer la vieille "
                  "Caravelle présidentielle.", N),
            ],
            [
                s("Dès la nuit, les barrages se dressent dans Kigali ; le lendemain, la Première ministre Agathe "
                  "Uwilingiyimana et dix Casques bleus belges sont assassinés.", S),
                s("C'est le début d'un génocide qui fera, en cent jours, plus d'un million de morts.", D),
                s("Les Tutsi, qui formaient alors quelque 15 % de la population, en sont les premières cibles.", D),
            ],
            [
                s("Alors, qui a tiré ?"),
                s("Trente ans plus tard, aucun tribunal ne l'a établi.", S),
                s("La justice française, saisie en 2000 par les familles de l'équipage, a longtemps privilégié la "
                  "piste du FPR.", C),
                s("En 2004, le juge Jean-Louis Bruguière délivre neuf mandats d'arrêt contre des proches de Paul "
                  "Kagame.", C),
                s("Kigali rompt aussitôt ses relations diplomatiques avec Paris ; elles ne seront rétablies que le 29 "
                  "novembre 2009.", S),
                s("En janvier 2010, le rapport de la commission rwandaise présidée par Jean Mutsinzi accuse au "
                  "contraire des extrémistes hutu, qui auraient tiré depuis le camp militaire de Kanombe ou ses "
                  "abords.", S),
                s("Le 10 janvier 2012, les juges Marc Trévidic et Nathalie Poux présentent un rapport d'experts qui "
                  "situe la zone de tir vers Kanombe, alors aux mains de l'armée gouvernementale.", S),
                s("Et pourtant, le 21 décembre 2018, les juges prononcent un non-lieu, faute de « charges "
                  "suffisantes ».", S),
                s("La Cour de cassation clôt définitivement le dossier le 15 février 2020.", C),
            ],
            [
                s("Mon intime conviction, je vous la livre : ce sont des extrémistes du camp présidentiel, hostiles "
                  "aux accords d'Arusha, qui ont abattu cet avion.", D),
                s("D'autres vous jureront que c'est le FPR.", D),
                s("Mais quelle que soit la main qui a tiré, le génocide avait été préparé : dès décembre 1994, la "
                  "Commission d'experts de l'ONU le décrivait comme concerté, planifié, systématique et "
                  "méthodique.", S),
                s("Bonne soirée, et à demain."),
            ],
        ],
    },
    # 9. Blog post quoting RTLM and Kangura to explain dehumanisation (invented blogger). Hard negative.
    {
        "doc": "blog-rtlm-dehumanisation.txt",
        "title": "How a radio station taught a country to say \"cockroach\"",
        "genre": "blog post quoting hate media to condemn it",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("How a radio station taught a country to say \"cockroach\"")],
            [
                s("I have spent a month reading transcripts of Radio Télévision Libre des Mille Collines, RTLM, "
                  "and I want to show, in the station's own words, how dehumanisation works, and why those words belong in an "
                  "archive of crimes rather than in anyone's vocabulary."),
            ],
            [s("A station for the young")],
            [
                s("RTLM went on air on 8 July 1993, nine months before the genocide began.", N),
                s("Its favourite word was inyenzi, Kinyarwanda for cockroach, a slur that went back to the refugee "
                  "raids that followed the 1959 revolution.", N),
                rep("In late May 1994, the presenter Kantano Habimana greeted the young men at a roadblock near the "
                    "Kimisagara slaughterhouse and told them to guard the gutter \"so that no cockroach gets through "
                    "tomorrow\".", N, "dehumanisation", "call_to_action"),
                rep("On 20 June his colleague Valérie Bemeriki said of the Inyenzi that \"they were created to drink "
                    "Rwandan blood and to kill\", and told listeners that \"we must take our revenge on the "
                    "Inyenzi-Inkotanyi and exterminate them\".", N, "dehumanisation", "accusation_in_mirror",
                    "call_to_action"),
                rep("On 2 July Kantano was singing that \"the Inkotanyi have been exterminated\" and urging his "
                    "audience to \"stand firm and exterminate them\".", N, "call_to_action"),
            ],
            [
                s("An insect has no name, no family and no neighbours, and nobody hesitates before stepping on one."),
                s("And the accusation always runs backwards: the hunted are described as the killers, so that the "
                  "killing can be called defence."),
            ],
            [s("Before the radio, the paper")],
            [
                s("In December 1990, in its issue No. 6, the newspaper Kangura published its \"Ten Commandments\" of "
                  "the Hutu.", N),
                rep("The issue opened by claiming that \"the Batutsi are bloodthirsty and power-hungry and want to "
                    "impose their hegemony on the people of Rwanda using armed force\".", N, "dehumanisation",
                    "accusation_in_mirror"),
                rep("The eighth commandment read simply: \"Hutus must cease having pity for the Tutsi.\"", N,
                    "call_to_action"),
                rep("A later Kangura editorial was titled \"A Cockroach Cannot Bring Forth a Butterfly\".", N,
                    "dehumanisation"),
            ],
            [s("The verdicts")],
            [
                s("On 3 December 2003 the tribunal in Arusha convicted RTLM's founder Ferdinand Nahimana, its board "
                  "member Jean-Bosco Barayagwiza and Kangura's editor Hassan Ngeze in what became known as the Media "
                  "case.", S),
                s("On appeal in November 2007, Barayagwiza's sentence was cut to 32 years and Ngeze's life term to 35 "
                  "years.", S),
                s("Nahimana, the station's founder, walked free after the appeals judges quashed all his "
                  "convictions.", C),
                s("Georges Ruggiu, a Belgian presenter on the station, pleaded guilty and was sentenced to twenty "
                  "years in 2000.", C),
                s("The singer Simon Bikindi received 15 years in 2008 for publicly urging people to kill Tutsi on a "
                  "road in Gisenyi.", S),
                s("A study by a Harvard researcher estimates that roughly a tenth of the participation in the violence "
                  "can be attributed to the broadcasts.", N),
                s("Between April and July 1994 at least 800,000 people were murdered.", D),
            ],
        ],
    },
    # 10. Fixture: diaspora newsletter, commemoration notice + distorting member's column (composite).
    {
        "doc": "fixture-denial-diaspora-newsletter.txt",
        "title": "Association newsletter: commemoration notice and member's column",
        "genre": "diaspora association newsletter (test fixture, composite)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("COMMEMORATION: On Sunday 7 April, the International Day of Reflection on the 1994 Genocide against "
                  "the Tutsi in Rwanda, our association will meet at 3 pm in the parish hall to remember the "
                  "victims.", N),
                s("We will also honour Prime Minister Agathe Uwilingiyimana and the ten Belgian peacekeepers killed on "
                  "7 April 1994 while assigned to protect her.", S),
            ],
            [s("FROM OUR MEMBERS: a column by a committee member")],
            [
                own("Every April we are asked to mourn one side only, as if the Hutu who died in the Goma camps and "
                    "under RPF guns did not count.", None, "double_genocide"),
                own("What happened in 1994 was a war that both armies fought without mercy, and the so-called genocide "
                    "was the chaos that followed the murder of our president.", C, "definitional_denial",
                    "spontaneity", "double_genocide"),
                own("Everybody knows the RPF shot down his plane and then blamed the killing on its own victims.", D,
                    "blame_shifting", "role_reversal"),
                own("The million dead is a number invented in Kigali to win sympathy and aid; honest people spoke of a "
                    "few hundred thousand on all sides.", C, "fabrication", "minimisation", "double_genocide"),
                s("Come on the 7th and bring your children, so that they hear the whole truth at last."),
            ],
        ],
    },
    # 11. Fixture: anonymous pamphlet excerpt (denial).
    {
        "doc": "fixture-denial-anonymous-pamphlet.txt",
        "title": "Anonymous pamphlet excerpt",
        "genre": "anonymous pamphlet (test fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("WHAT THEY WILL NOT TELL YOU ABOUT RWANDA")],
            [
                own("There was no plan, no list and no order: the killings of April 1994 were the spontaneous fury of "
                    "peasants who had just lost their president.", C, "spontaneity"),
                own("The \"genocide\" story was written afterwards by the victors and their foreign sponsors, and the "
                    "court in Arusha was paid to stamp it.", None, "definitional_denial", "fabrication",
                    "attack_on_witnesses"),
                own("Even the UN's own Commission of Experts never found that anyone had planned anything.", C,
                    "spontaneity"),
                own("Perhaps 80,000 people died in all, Hutu and Tutsi together: a tragedy of war, not an "
                    "extermination.", C, "minimisation", "double_genocide", "definitional_denial"),
                own("And remember who started it: the Tutsi army that invaded from Uganda on 1 October 1990 brought "
                    "the killing down on its own people.", S, "blame_shifting", "role_reversal", "justification"),
                own("Those who died at the roadblocks were enemy accomplices, not innocents.", None, "justification",
                    "role_reversal"),
                s("Copy this page and pass it on before they ban it."),
            ],
        ],
    },
    # 12. Fixture: "just asking questions" thread (distortion).
    {
        "doc": "fixture-denial-questions-thread.txt",
        "title": "\"Just asking questions\" thread",
        "genre": "social media thread (test fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("1/ A few honest questions about Rwanda 1994 that nobody in the mainstream wants to answer (thread)")],
            [own("2/ The 1991 census counted Tutsi as 8.4% of the population, so how exactly do you kill a million of "
                 "them?", S, "minimisation")],
            [
                s("3/ Why did the ICTR never indict a single RPF officer?", S),
                own("Maybe because the \"genocide\" had two authors and only one was ever allowed in the dock.", C,
                    "double_genocide", "definitional_denial"),
            ],
            [s("4/ The RPA killed 60,000 people, and not a single one of its officers was ever tried for it.", C)],
            [own("5/ Who really shot down Habyarimana's plane, if not Kagame's men, as a French judge concluded in "
                 "2006?", D, "blame_shifting")],
            [own("6/ Not saying nothing happened, just saying a million is a political number and the \"survivor\" "
                 "industry needs it.", None, "minimisation", "attack_on_witnesses")],
            [s("7/ Ask yourself why asking questions gets you called a denier.")],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
