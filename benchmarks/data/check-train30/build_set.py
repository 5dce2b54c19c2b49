"""Source of TRAINING SET 30 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train30/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train30/build_set.py --check  # validate the files already written

A training set, written blind, for the checker's learned layers; it is not a measure of unseen text. Its emphasis
is the verdict layer on claims the record DOES hold (supported and contradicted), phrased the way ordinary
journalism, NGO reports and social posts phrase them: facts embedded in long sentences, several facts in one
sentence (labelled by the main claim), pronouns referring back, figures rounded or in words, dates relative to
events, shortened or French name forms, events named by description. Genres: a wire report, a court-reporting
feature, a teaching handout, a fact-check thread, an NGO briefing on RPA killings, an op-ed on the ICTR, a podcast
transcript on the media trials, a French court-reporting article, a French encyclopaedia note, and three short
denial fixtures. Its author did not read the detectors, their rules, exemplars or training data, nor any earlier
set's documents or labels (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling
conventions, and the first 40 lines of the check-blind5 build script as a template for this header). Verdicts were
decided against the record alone: examples/ (FACTS.md and the sample documents),
src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV.

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


DOCS: list[dict] = [
    # 1. Wire report on a commemoration (invented agency, invented survivor).
    {
        "doc": "wire-kigali-remembrance.txt",
        "title": "Rwanda lights the flame of remembrance as survivors recall the hundred days",
        "genre": "wire report",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("KIGALI, 7 April (Lakeside Wire) – Survivors, diplomats and schoolchildren gathered on Tuesday to "
                  "light the flame of remembrance, marking the day in 1994 when soldiers and militiamen, hours after "
                  "the president's aircraft had been brought down over the capital, began the killings that would, "
                  "by the government's own count, claim more than a million lives.", S),
                s("The ceremony took place at the memorial on the hill of Gisozi, where the remains of more than "
                  "250,000 victims lie in mass graves.", N),
                s("It was on that first morning that Prime Minister Agathe Uwilingiyimana, a Hutu moderate, was "
                  "hunted down and killed, and with her died the ten Belgian blue helmets who had been sent to "
                  "guard her.", S),
                s("The president's jet had been hit on its approach to Kigali as it flew him home from regional "
                  "talks in Nairobi.", C),
            ],
            [
                s("Belgium, whose foreign minister announced barely a week later that the country would pull its "
                  "soldiers out of the UN force altogether, has since owned its failure.", N),
                s("In April 2000 its prime minister, Guy Verhofstadt, stood before thousands of mourners in Kigali "
                  "and asked Rwandans for forgiveness in the name of his country.", N),
                s("The Vatican followed much later: receiving President Paul Kagame in March 2017, Pope Francis "
                  "implored God's forgiveness for the sins and failings of the Church and its members.", N),
                s("Speaking after the lighting of the flame, a survivors' representative, Odile Kamaliza, recalled "
                  "that the peacekeepers who stayed could do little, since the Security Council had cut the mission "
                  "to a token force of a few hundred a fortnight after the massacres started.", S),
                s("She was eleven, she said, when she hid in a sorghum field outside Nyamata with two cousins.", None),
                s("\"We listened for footsteps every night,\" she told the crowd.", None),
            ],
            [
                s("The slaughter lasted roughly three months and ended only when the rebels of the Rwandan Patriotic "
                  "Front routed the government army in July.", S),
                s("Kigali itself fell to the RPF on the Fourth of July, and a fortnight later a new government "
                  "took office in the capital.", S),
                s("As the old army collapsed, nearly a million people fled west into Zaire within days.", D),
                s("How many died is still argued over.", None),
                s("Some eight hundred thousand people, the great majority of them Tutsi, were murdered in those "
                  "hundred days, and some 95,000 children were left without parents.", D),
                s("The United Nations' independent inquiry, chaired by the former Swedish prime minister Ingvar "
                  "Carlsson, spoke of approximately 800,000 dead when it reported in December 1999, while Human "
                  "Rights Watch, in its 1999 study, settled on at least half a million.", S),
                s("The government's own census of victims, carried out in 2000, arrived at 1,074,017 dead, a count "
                  "that covers only the hundred days from April to July 1994.", C),
                s("Before the killing, according to the 1991 census, roughly one Rwandan in twelve was registered "
                  "as Tutsi.", S),
            ],
            [
                s("Justice has been slow and uneven.", None),
                s("The UN tribunal in Arusha, created by the Security Council in November 1995, convicted 61 people "
                  "before it wound up its work.", C),
                s("The businessman Félicien Kabuga, accused of financing the militias and the hate radio station, "
                  "was arrested in a flat in Asnières-sur-Seine, outside Paris, in May 2020 after more than two "
                  "decades on the run.", N),
                s("Three years after his arrest, appeals judges at the residual mechanism halted his case for good, "
                  "finding the elderly man unfit to stand trial.", S),
                s("No member of the RPF was ever brought before the Arusha court, an omission that Human Rights "
                  "Watch had already denounced in December 2008.", S),
                s("Four years after the genocide, on a three-hour stop at Kigali airport, Bill Clinton had pledged "
                  "$2 million to a fund for survivors.", N),
                s("Flags will fly at half-mast across the country for the rest of the week.", None),
            ],
        ],
    },
    # 2. Court-reporting feature on the Military I case (invented outlet).
    {
        "doc": "feature-military-one-case.txt",
        "title": "The colonel in the dock: how the Military I case unfolded",
        "genre": "court-reporting feature",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("When the Canadian general who had commanded the UN peacekeepers in Rwanda walked into an Arusha "
                  "courtroom on a Monday in mid-January 2004, the man he had come to describe sat a few metres "
                  "away.", S),
                s("Roméo Dallaire, who led UNAMIR from October 1993 until August 1994, needed two days for his "
                  "evidence-in-chief before the defence began its cross-examination.", S),
                s("Four officers stood trial together: Théoneste Bagosora, the defence ministry's directeur de "
                  "cabinet; Gratien Kabiligi, who ran military operations at army headquarters; Anatole "
                  "Nsengiyumva, the commander in Gisenyi; and Aloys Ntabakuze, who led the para-commando battalion "
                  "based at Kanombe.", S),
            ],
            [
                s("Dallaire told the judges about an informant his mission knew as \"Jean-Pierre\", who had spoken "
                  "of a plot to kill Belgian soldiers and of hidden caches of weapons.", S),
                s("New York, the general said, told him he had no authority to act on the tip, a reply he put down "
                  "to fear among the countries that lent him troops.", S),
                s("The cable in which he reported that tip is dated 11 January 1994 and went to the peacekeeping "
                  "department then run by Kofi Annan.", N),
                s("In it, Dallaire relayed the informant's claim that his men could kill up to a thousand Tutsi in "
                  "twenty minutes.", N),
                s("Under cross-examination, Bagosora's lawyer, Raphaël Constant, suggested the witness had been "
                  "biased towards the RPF; the general answered that he had been ordered not to investigate.", S),
                s("On the night the plane went down, the witness said, the colonel plainly ran the crisis meeting "
                  "of senior officers even though others there outranked him.", S),
                s("He also described their last encounter, in mid-May 1994, when Bagosora drew a pistol and "
                  "promised to kill him the next time they met.", C),
                s("The general, then aged 47, said the colonel's calm during the massacres had convinced him that an "
                  "extermination plan was being carried out.", C),
            ],
            [
                s("Nearly five years after that testimony, on 18 December 2008, the trial chamber found Bagosora "
                  "guilty of genocide, crimes against humanity and war crimes and sent him to prison for life.", S),
                s("Ntabakuze and Nsengiyumva received the same sentence, while Kabiligi walked free.", S),
                s("Three years later the appeals chamber upheld Bagosora's life term in full.", C),
                s("It did keep his convictions for genocide and crimes against humanity, but it reversed several "
                  "findings, including those over the peacekeepers killed before his visit to Camp Kigali.", S),
                s("Nsengiyumva fared better still: his sentence was cut to fifteen years and, having already served "
                  "that long, he was released.", S),
                s("Ntabakuze's appeal, heard separately, ended in May 2012 with his life term reduced to "
                  "twenty-five years.", C),
            ],
            [
                s("The killing of the prime minister's Belgian guards was tried elsewhere as well.", None),
                s("Belgium had announced on 14 April 1994, a week after their deaths, that it would withdraw its "
                  "contingent from the mission.", N),
                s("At Camp Kigali, where the ten died, the Belgian prime minister Guy Verhofstadt unveiled a plaque "
                  "in their memory in April 2000.", N),
                s("Thirteen years later, in July 2007, an assize court in Brussels convicted Major Bernard "
                  "Ntuyahaga, a logistics officer at Camp Kigali, over the murder of the ten paratroopers and gave "
                  "him thirty years, although it acquitted him of killing the prime minister.", C),
                s("Back in Arusha, the former commander of the reconnaissance battalion, François-Xavier "
                  "Nzuwonemeye, saw his twenty-year sentence overturned entirely on appeal in 2014.", S),
                s("His deputy, Captain Innocent Sagahutu, had his own twenty years reduced to ten.", C),
                s("For Dallaire, whose force had been cut to a skeleton of 270 in late April 1994, the first "
                  "verdicts came fourteen years after he left Rwanda.", S),
                s("The slaughter he had tried to stop had claimed close to a million lives.", D),
            ],
        ],
    },
    # 3. Teaching handout on the Security Council (invented school unit).
    {
        "doc": "handout-security-council-rwanda.txt",
        "title": "Unit 4 handout: the Security Council and Rwanda, 1993-1995",
        "genre": "teaching handout (secondary school)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("This handout follows the decisions the UN Security Council took about Rwanda, from the creation "
                  "of a peacekeeping mission to the founding of a criminal tribunal.", None),
            ],
            [
                s("In August 1993, after three years of civil war that had begun when the RPF crossed the border "
                  "from Uganda, President Habyarimana and the rebels' chairman, Alexis Kanyarengwe, put their names "
                  "to a peace accord in the Tanzanian town of Arusha.", S),
                s("Two months later, on 5 October, the Council answered with resolution 872, which set up UNAMIR, a "
                  "mission whose tasks included helping to keep Kigali safe.", S),
                s("Its authorised strength was 2,500 personnel.", S),
                s("In January 1994 its commander warned New York about a plot and asked to raid arms caches, but "
                  "the peacekeeping department, headed at the time by Kofi Annan, refused.", N),
                s("Annan had taken charge of that department in March 1993, a few months before the mission was "
                  "set up.", N),
            ],
            [
                s("When the killing began after the president's plane was shot down on 6 April, the Council, "
                  "meeting on 21 April, voted unanimously to shrink the force to about 270.", S),
                s("Less than a month later, on 17 May, it changed course with resolution 918, which imposed an arms "
                  "embargo on Rwanda and authorised an enlarged mission of up to 5,500 troops.", S),
                s("On 22 June resolution 929 authorised a French-led operation under Chapter VII; it was adopted "
                  "unanimously.", C),
                s("Nine days later, resolution 935 asked the Secretary-General to set up a Commission of Experts to "
                  "examine violations of humanitarian law.", S),
                s("The French declared a safe humanitarian zone in the south-west on 5 July, the day after the RPF "
                  "captured Kigali.", S),
            ],
            [
                s("On 8 November 1994 resolution 955 created the International Criminal Tribunal for Rwanda, with "
                  "jurisdiction over crimes committed during the calendar year 1994.", S),
                s("The vote was fourteen in favour with one abstention.", C),
                s("By January 1995 UNAMIR counted about 5,740 troops, more than twice the strength first "
                  "authorised.", S),
                s("The Commission of Experts, in its final report sent to the Council in December 1994, found that "
                  "Hutu elements had committed genocide against the Tutsi in a planned, systematic and methodical "
                  "way.", S),
                s("It found no evidence that anyone on the RPF side had committed crimes against humanity.", C),
                s("Much later, in December 2010, the Council's resolution 1966 created a residual mechanism to "
                  "finish the tribunal's remaining work, with only Russia abstaining.", N),
                s("The tribunal itself closed at the end of 2014.", C),
            ],
            [
                s("Common mistakes in last year's essays:", None),
                s("\"UNAMIR was reinforced as soon as the killing began.\"", C),
                s("\"The Arusha accord was signed by President Kagame.\"", C),
                s("\"Operation Turquoise was authorised in May, before the arms embargo.\"", C),
                s("\"Resolution 918 sent French troops to Rwanda.\"", C),
            ],
            [
                s("Teacher's notes:", None),
                s("The UN's Independent Inquiry later concluded that about 800,000 people were killed over roughly "
                  "a hundred days.", S),
                s("Roughly one Rwandan in seven was Tutsi in early 1994.", D),
                s("In March 1998 the US president, Bill Clinton, told survivors at Kigali airport that the world had "
                  "not acted quickly enough after the killing began.", N),
                s("The General Assembly set aside 7 April as an international day of reflection in December 2003 "
                  "and, in January 2018, renamed it to refer to the genocide against the Tutsi.", N),
                s("The 2018 change was introduced by Rwanda's ambassador to the UN, Valentine Rugwabiza.", N),
            ],
        ],
    },
    # 4. Fact-check thread quoting denial claims to refute them (hard negative; invented account).
    {
        "doc": "thread-five-viral-claims.txt",
        "title": "Thread: five viral claims about Rwanda in 1994, checked",
        "genre": "social-media thread (fact-check)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("1/ A video doing the rounds this week makes five claims about Rwanda in 1994.", None),
                s("Every one of them is wrong, so here is a thread with the sources.", None),
            ],
            [
                rep("2/ Claim one: \"Barely 50,000 people died, the rest is propaganda.\"", C,
                    "minimisation", "fabrication"),
                s("In May 1994, only six weeks in, Human Rights Watch already put the dead at 200,000 at the very "
                  "least and warned it might be as many as half a million.", S),
                s("By December the UN's Commission of Experts spoke of about 500,000 murdered civilians and said "
                  "even that could be on the low side.", S),
                s("The honest range today runs from about half a million to just over a million dead.", D),
                s("On top of that, at least a quarter of a million women were raped.", D),
            ],
            [
                rep("3/ Claim two: \"It was a civil war, not a genocide.\"", C, "definitional_denial"),
                s("That same commission found acts of genocide against the Tutsi, carried out by Hutu elements in a "
                  "concerted, planned, systematic and methodical way.", S),
                s("And the Arusha tribunal's very first judgment, against the Taba mayor Jean-Paul Akayesu in "
                  "September 1998, held that genocide had been committed against the Tutsi.", S),
                rep("Related claim from the replies: \"The UN never even called it genocide.\"", C,
                    "definitional_denial"),
                s("It did, repeatedly, starting with that December 1994 report.", S),
            ],
            [
                rep("4/ Claim three: \"Tutsi were hardly one per cent of the country, so how could so many be "
                    "killed?\"", C, "minimisation"),
                s("The 1991 census registered Tutsi at 8.4 per cent, and the demographer William Seltzer, whose "
                  "figure HRW used, estimated some 657,000 Tutsi living in Rwanda on the day the plane went down.", S),
                s("HRW's 1995 world report gave a higher share still, around 15 per cent, and HRW later wrote that "
                  "the census had underestimated the Tutsi population.", S),
                s("Roughly three Tutsi in every four were killed.", D),
            ],
            [
                rep("5/ Claim four: \"The RPF killed two million Hutu, so it was a double genocide.\"", C,
                    "double_genocide"),
                s("The team working for UNHCR estimated that RPA soldiers killed between 25,000 and 45,000 people "
                  "from April to August 1994.", S),
                s("Those are real crimes that deserved a courtroom, and at the Arusha tribunal they never got one.", S),
                s("But the Commission of Experts found no evidence that they were aimed at destroying the Hutu as a "
                  "group.", S),
            ],
            [
                rep("6/ Claim five: \"The tribunal was a show court that convicted everyone Kigali pointed at.\"", C,
                    "attack_on_witnesses"),
                s("Of the 93 people it indicted it convicted 61 and acquitted 14, among them two ministers, Justin "
                  "Mugenzi and Prosper Mugiraneza, whose convictions were overturned on appeal in 2013.", S),
                s("If you want to criticise the tribunal, criticise it for what it did not do: it never tried "
                  "anyone from the RPF.", S),
                rep("A reply below says: \"Kabuga was acquitted, which proves the whole thing was made up.\"", C,
                    "fabrication"),
                s("He was not acquitted; the appeals judges stayed his case in 2023 because he was unfit to be "
                  "tried.", S),
                s("Even Bill Clinton, at Kigali airport in March 1998, admitted the world \"did not immediately call "
                  "these crimes by their rightful name: genocide\".", N),
            ],
            [
                s("7/ Why do these claims travel so well?", None),
                s("Because a small number, a \"war\" and \"two genocides\" all do the same job: they turn an "
                  "extermination into a misunderstanding.", None),
                s("Sources are in the replies, as always.", None),
            ],
        ],
    },
    # 5. NGO briefing on RPA killings and their non-prosecution (hard negative; invented NGO).
    {
        "doc": "briefing-rpa-crimes-accountability.txt",
        "title": "Briefing: the unprosecuted crimes of 1994-1995",
        "genre": "NGO briefing",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("This briefing by the Centre for Accountability in the Great Lakes sets out what is documented "
                  "about killings of civilians by soldiers of the Rwandan Patriotic Army in 1994 and 1995, and how "
                  "little of it has reached a courtroom.", None),
                s("Recording these crimes does not diminish the genocide against the Tutsi, which the RPA's advance "
                  "brought to an end; it completes the record.", None),
            ],
            [
                s("Investigators sent by the UN refugee agency, the team led by Robert Gersony, concluded that RPA "
                  "soldiers killed somewhere between 25,000 and 45,000 people between April and August 1994, "
                  "though their findings were never issued as a published report.", S),
                s("Human Rights Watch, in its 1999 history of the genocide, wrote that RPF troops may have killed "
                  "tens of thousands of civilians during the four months of fighting.", S),
                s("A former interior minister of the post-genocide government, who held the post in 1994 and 1995, "
                  "later put the figure at some 60,000 for the period up to August 1995.", S),
                s("Tens of thousands of civilians died at the hands of the RPA in those months.", D),
                s("Counting the months up to August 1995, the RPA's victims probably numbered around 60,000.", D),
                s("Among the best-documented episodes is a massacre of several hundred people at the stadium in "
                  "Byumba in the middle of April 1994.", S),
                s("By October 1994 Amnesty International was reporting thousands of deliberate executions by the "
                  "RPA since April.", C),
                s("In early June, near Kabgayi, RPA soldiers shot dead the Archbishop of Kigali, two other bishops "
                  "and ten more clergy, together with two other civilians.", S),
                s("The killings took place on 5 June.", D),
            ],
            [
                s("Less than a year later, on 22 April 1995, soldiers opened fire on displaced people being forced "
                  "out of the Kibeho camp, which Médecins Sans Frontières said then sheltered around 110,000 "
                  "people.", S),
                s("More than four thousand people were killed there that day.", D),
                s("The government of the day acknowledged 338 deaths; senior UN military officers estimated about "
                  "2,000.", S),
                s("These crimes are sometimes invoked abroad as proof of a \"second genocide\", but the Commission of "
                  "Experts found no evidence that they were committed with intent to destroy the Hutu as a "
                  "group.", S),
            ],
            [
                s("That commission asked as early as December 1994 that the violations attributed to the RPF be "
                  "investigated further.", S),
                s("The Arusha tribunal, whose mandate covered crimes committed in Rwanda between 1990 and 1994, "
                  "never indicted a single RPA officer.", C),
                s("Its prosecutor Carla Del Ponte, who had said she meant to look into reprisal killings by the "
                  "RPA, lost the Rwanda part of her mandate when the Security Council split the post in August "
                  "2003; she blamed lobbying by Kigali.", N),
                s("Del Ponte had succeeded Louise Arbour as chief prosecutor in 1999.", N),
                s("Rwanda's military justice system says it has prosecuted RPA soldiers responsible for the deaths "
                  "of approximately a hundred civilians.", S),
                s("The army told reporters in 2008 that 43 soldiers had been prosecuted in military courts since "
                  "1994 for war crimes and revenge killings.", S),
                s("The one trial over Kabgayi ended on 24 October 2008, when a military tribunal in Kigali "
                  "convicted two captains who had pleaded guilty and acquitted a brigadier general and a major.", S),
                s("The two captains, John Butera and Dieudonné Rukeba, were each sentenced to fifteen years.", C),
                s("On appeal in February 2009 the Military High Court overturned the acquittals.", C),
                s("The gacaca courts, which handled close to two million cases before they closed in June 2012, "
                  "were barred from hearing crimes by RPF soldiers.", S),
                s("Human Rights Watch had warned in December 2008 that the tribunal had \"not prosecuted even one\" "
                  "of the RPF's serious crimes of 1994.", S),
            ],
            [
                s("We recommend that the prosecutor of the Residual Mechanism publish an account of the RPF files "
                  "inherited from Arusha.", None),
                s("The victims of those crimes, like the victims of the genocide, are owed the truth.", None),
            ],
        ],
    },
    # 6. Op-ed critical of the ICTR's selectivity (hard negative; invented author).
    {
        "doc": "oped-arusha-unfinished-ledger.txt",
        "title": "Arusha's unfinished ledger",
        "genre": "op-ed",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("A decade after the last judges in Arusha laid down their robes, it is worth asking what the "
                  "tribunal for Rwanda actually achieved, and for whom.", None),
                s("Its defenders have a strong case.", None),
                s("In September 1998 it delivered the first judgment by any international court for the crime of "
                  "genocide, against Jean-Paul Akayesu, the bourgmestre of Taba.", S),
                s("Two days later it sentenced the interim prime minister, Jean Kambanda, to life after he pleaded "
                  "guilty, the first head of government ever convicted of genocide.", S),
                s("It was also the first court to hold that rape could be a means of committing genocide.", S),
                s("Akayesu's life sentence, challenged on appeal, was cut to twenty-five years in 2001.", C),
            ],
            [
                s("Yet the ledger has another column.", None),
                s("The tribunal was born of a unanimous Security Council vote in November 1994.", C),
                s("Of the ninety-three people it indicted, not one came from the army that won the war.", S),
                s("Critics call this \"victor's justice\", and the phrase deserves to be tested rather than "
                  "repeated.", None),
                s("The UN's own Commission of Experts reported in 1994 that crimes against humanity had been "
                  "committed by individuals on both sides and asked for the RPF's crimes to be investigated.", S),
                s("When the chief prosecutor, Carla Del Ponte, pressed ahead with such inquiries, the Security "
                  "Council relieved her of the Rwanda brief in August 2003.", N),
                s("Her replacement was chosen from the Gambia.", N),
                s("Neither he nor anyone after him ever brought a single RPF case.", S),
                s("The RPA's soldiers killed somewhere between 25,000 and 45,000 civilians in 1994 alone.", D),
                s("Instead, the one trial over the June 1994 murder of thirteen clergy near Kabgayi was left to a "
                  "Rwandan military court, which gave two confessed captains eight years, later cut to five, and "
                  "acquitted their superiors.", S),
            ],
            [
                s("The tribunal's record on its main docket was also less tidy than its admirers admit.", None),
                s("Appeals judges freed Protais Zigiranyirazo, the late president's brother-in-law, in 2009, and "
                  "reversed every conviction against the gendarmerie chief Augustin Ndindiliyimana in 2014.", S),
                s("In all, the tribunal acquitted close to a third of the people it judged.", C),
                s("Its last appeal judgment, in the Butare case in December 2015, cut three life sentences to thirty "
                  "years because the trial had dragged on so long.", C),
                s("Félicien Kabuga, the businessman accused of funding the killers, never faced a verdict: in August "
                  "2023 the residual mechanism's appeals chamber ordered his case stayed indefinitely because he "
                  "was unfit to stand trial.", S),
            ],
            [
                s("None of this makes the murder of what may have been a million people less certain.", D),
                s("The Arusha judges found again and again, on evidence tested by defence lawyers, that the Tutsi "
                  "were targeted for destruction.", S),
                s("But a court that looks at only one side of a war, however monstrous that side's crimes, leaves "
                  "the other side's victims, the displaced people shot at Kibeho in April 1995 among them, without "
                  "a hearing.", None),
                s("The Security Council created the residual mechanism in December 2010 to finish Arusha's work; it "
                  "could still begin by opening the files on 1994 that Arusha left closed.", N),
                s("The author lectures in international law; the views expressed are her own.", None),
            ],
        ],
    },
    # 7. Podcast transcript on the media trials, quoting RTLM to analyse it (hard negative; invented hosts).
    {
        "doc": "podcast-airwaves-on-trial.txt",
        "title": "Airwaves on Trial, episode 12: the radio and the newspaper",
        "genre": "podcast transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("PRIYA: Welcome back to Airwaves on Trial, where we look at court cases about words that "
                  "killed.", None),
                s("Today it's Rwanda, and my guest is the media historian Samuel Okwir.", None),
            ],
            [
                s("SAMUEL: Thanks, Priya.", None),
                s("The station everyone remembers is RTLM, which went on air in July 1993, some nine months before "
                  "the genocide began.", N),
                s("Its founder and leading figure was the historian Ferdinand Nahimana, and one of its board members "
                  "was Jean-Bosco Barayagwiza, who had also founded the CDR party.", S),
            ],
            [
                s("PRIYA: And the newspaper?", None),
                s("SAMUEL: Kangura, edited by Hassan Ngeze, himself a founding member of the CDR.", S),
                s("The three men were tried together in Arusha and convicted in December 2004 in what became known "
                  "as the Media case.", C),
            ],
            [
                s("PRIYA: A radio station that egged on the murder of, what, eight hundred thousand people?", D),
                s("What did it actually say?", None),
                rep("SAMUEL: It called the Tutsi inyenzi, cockroaches, day after day.", N, "dehumanisation"),
                rep("On 20 June 1994 the presenter Valérie Bemeriki told listeners that \"we must take our revenge "
                    "on the Inyenzi-Inkotanyi and exterminate them\".", N, "call_to_action", "dehumanisation"),
                rep("In the same broadcast she said of the rebels that \"it is obvious that they were created to "
                    "drink Rwandan blood and to kill\".", N, "dehumanisation", "accusation_in_mirror"),
                s("And when peacekeepers tried to evacuate people sheltering at the Hôtel des Mille Collines, an RTLM "
                  "reporter read out the names of all sixty-two evacuees on air.", N),
            ],
            [
                s("PRIYA: How did the judges deal with it?", None),
                s("SAMUEL: At trial Nahimana and Ngeze were both given life, and Barayagwiza thirty-five years.", S),
                s("On appeal in November 2007 the sentences came down: thirty years for Nahimana, thirty-two for "
                  "Barayagwiza and thirty-five for Ngeze.", S),
                s("The appeals chamber threw out Nahimana's genocide conviction but kept him liable, as a superior, "
                  "for incitement through broadcasts made after 6 April 1994.", S),
            ],
            [
                s("PRIYA: Were any of the presenters tried?", None),
                s("SAMUEL: One, and he wasn't even Rwandan: Georges Ruggiu, a Belgian who had worked as an RTLM "
                  "presenter, pleaded guilty and was given twelve years in June 2002.", C),
                s("Joseph Serugendo, the station's technical director, also pleaded guilty and got six years in "
                  "2006.", S),
                s("PRIYA: And the singer?", None),
                s("SAMUEL: Simon Bikindi, the singer and composer, was convicted of incitement over exhortations to "
                  "kill Tutsi that he made on a road in Gisenyi prefecture in late June 1994, and got fifteen "
                  "years.", S),
            ],
            [
                s("Speech cases went beyond Arusha: Léon Mugesera, whose speech at Kabaya in November 1992 "
                  "called for the extermination of Tutsi, was deported from Canada in 2012 and sentenced to life in "
                  "Kigali four years later.", S),
                rep("And in 2013 a court in The Hague convicted Yvonne Basebya of incitement, partly over her "
                    "singing of a song whose refrain meant \"let us exterminate them\".", S, "call_to_action"),
                s("PRIYA: And she got eight years.", C),
                s("SAMUEL: Six years and eight months, in fact, and she was acquitted of genocide itself.", S),
            ],
            [
                s("PRIYA: Last one: Félicien Kabuga was accused of backing the station's propaganda as well.", S),
                s("SAMUEL: He was, and of supplying machetes, but he was never judged: in 2023 the appeals judges "
                  "ordered an indefinite stay because he was unfit.", S),
                s("He'd been arrested near Paris in 2020, aged 84, under a false identity.", N),
            ],
        ],
    },
    # 8. French court-reporting article on trials in France (invented outlet).
    {
        "doc": "article-fr-proces-paris.txt",
        "title": "Génocide des Tutsi : la justice française rattrape son retard",
        "genre": "article de presse (justice)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Il aura fallu attendre près de vingt ans après les massacres pour qu'une cour d'assises française "
                  "juge, pour la première fois, un Rwandais accusé de génocide.", S),
                s("En mars 2014, Pascal Simbikangwa, ancien capitaine de la garde présidentielle reconverti dans le "
                  "renseignement, a été condamné à vingt-cinq ans de réclusion criminelle.", S),
                s("Sa peine a été alourdie en appel à la perpétuité en décembre 2016.", C),
                s("Deux ans après le premier procès, la même cour a infligé la perpétuité à deux anciens "
                  "bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, pour le massacre des Tutsi réfugiés "
                  "dans l'église de la commune, le 13 avril 1994.", S),
                s("Leur condamnation a été confirmée en appel à l'été 2018, puis la Cour de cassation a rejeté leurs "
                  "pourvois en octobre 2019.", S),
            ],
            [
                s("En décembre 2021, Claude Muhayimana, chauffeur d'un établissement hôtelier de Kibuye, a écopé de "
                  "dix-huit ans pour complicité, pour avoir conduit gendarmes et miliciens vers les lieux de "
                  "massacre.", C),
                s("L'ancien préfet de Gikongoro, Laurent Bucyibaruta, a été condamné en juillet 2022 à vingt ans de "
                  "réclusion, notamment pour les tueries de l'école de Murambi.", S),
                s("Il est mort en décembre 2023, avant son procès en appel, si bien que sa condamnation n'est jamais "
                  "devenue définitive.", S),
                s("En juin 2023, l'ex-gendarme Philippe Hategekimana, naturalisé sous le nom de Philippe Manier, a "
                  "été condamné à la perpétuité pour des massacres commis dans la région de Nyanza.", S),
                s("Six mois plus tard, le gynécologue Sosthène Munyemana, qui exerçait à l'hôpital universitaire de "
                  "Butare, s'est vu infliger trente ans.", C),
                s("Au total, le TPIR d'Arusha avait, lui, prononcé une centaine de condamnations.", C),
            ],
            [
                s("Ces procès se sont tenus dans l'ombre d'une autre affaire : l'enquête sur l'attentat contre "
                  "l'avion du président Habyarimana, le soir du 6 avril 1994.", S),
                s("Le juge Jean-Louis Bruguière, saisi en 1998 par les familles de l'équipage français, avait "
                  "délivré en novembre 2006 neuf mandats d'arrêt contre des proches de Paul Kagame, et Kigali avait "
                  "aussitôt rompu ses relations diplomatiques avec Paris.", S),
                s("Celles-ci n'ont été rétablies que trois ans plus tard, fin novembre 2009.", S),
                s("L'instruction s'est achevée sur un non-lieu, devenu définitif lorsque la Cour de cassation a "
                  "rejeté les derniers pourvois en février 2022.", S),
                s("Le missile, selon toute vraisemblance, a été tiré depuis les abords du camp militaire de "
                  "Kanombe.", D),
            ],
            [
                s("Le 26 mars 2021, la commission d'historiens présidée par Vincent Duclert a conclu à des "
                  "« responsabilités lourdes et accablantes » de la France.", S),
                s("Deux mois plus tard, au mémorial de Kigali, Emmanuel Macron est venu « reconnaître nos "
                  "responsabilités », sans présenter d'excuses.", N),
                s("La Belgique, elle, avait demandé pardon dès avril 2000, par la voix de son Premier ministre Guy "
                  "Verhofstadt.", N),
                s("Entre-temps, le 16 mai 2020, Félicien Kabuga, présenté comme le financier du génocide, avait été "
                  "arrêté à Asnières-sur-Seine, où il vivait sous une fausse identité.", N),
                s("Le 3 juin suivant, la chambre de l'instruction de la cour d'appel de Paris a autorisé son "
                  "transfèrement au Mécanisme de l'ONU.", N),
                s("Remis au Mécanisme de l'ONU, il ne sera jamais jugé : en août 2023, les juges d'appel ont ordonné "
                  "la suspension sans terme de la procédure.", S),
            ],
            [
                s("Reste un chiffre que les associations de parties civiles rappellent à chaque audience : plus d'un "
                  "million de morts en cent jours.", D),
                s("Au Rwanda même, les procès pour génocide avaient commencé dès décembre 1996.", S),
            ],
        ],
    },
    # 9. French encyclopaedia-style note on Operation Turquoise and the exodus to Zaire.
    {
        "doc": "notice-fr-operation-turquoise.txt",
        "title": "Opération Turquoise (22 juin - 21 août 1994)",
        "genre": "notice encyclopédique",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("L'opération Turquoise est une intervention militaire conduite par la France au Rwanda pendant "
                  "l'été 1994, sous mandat des Nations unies.", S),
                s("Elle a été autorisée par la résolution 929 du Conseil de sécurité, votée le 22 juin 1994 par dix "
                  "voix et cinq abstentions, au titre du chapitre VII de la Charte.", S),
                s("La résolution 918 du 17 mai avait pourtant déjà autorisé une MINUAR élargie, forte de 2 500 "
                  "hommes.", C),
                s("Quelque 2 500 militaires français ont pris part à Turquoise, aux côtés de contingents africains, "
                  "dont trois cents Sénégalais annoncés dès la fin juin.", S),
                s("Le 5 juillet, au lendemain de la prise de Kigali et de Butare par le FPR, l'état-major a "
                  "proclamé une « zone humanitaire sûre » dans le sud-ouest du pays, entre Cyangugu, Kibuye et "
                  "Gikongoro.", S),
            ],
            [
                s("Plus au nord, l'avancée du FPR jusqu'à Gisenyi, à la mi-juillet, a précipité un exode massif vers "
                  "Goma, au Zaïre.", S),
                s("Les troupes rebelles sont entrées dans Gisenyi le 18 juillet.", D),
                s("En quelques jours, un million de personnes ont franchi la frontière.", D),
                s("Le Goma Epidemiology Group, qui a publié ses travaux dans The Lancet en 1995, retient pour sa "
                  "part une fourchette de 500 000 à 800 000 réfugiés.", S),
                s("Le choléra, dont les premières souches ont été isolées les 20 et 21 juillet, a culminé le "
                  "26 juillet ; une étude de 1996 recense 36 471 cas.", S),
                s("Près de 80 000 réfugiés sont morts dans les camps durant le premier mois.", D),
                s("Parmi les fugitifs se trouvaient des soldats de l'armée défaite, et les autorités responsables du "
                  "génocide ont rapidement repris le contrôle des camps.", S),
            ],
            [
                s("À Kigali, un gouvernement d'union nationale, avec Pasteur Bizimungu à la présidence et Faustin "
                  "Twagiramungu comme Premier ministre, a été installé le 4 août.", C),
                s("Les derniers soldats français ont quitté la zone le 21 août 1994, relevés par environ 2 400 "
                  "Casques bleus africains de la MINUAR.", S),
                s("L'opération a fait l'objet de vives controverses, certains lui reprochant d'avoir offert une voie "
                  "de repli aux responsables du génocide.", None),
                s("Des camps de déplacés subsistèrent dans l'ancienne zone ; à Kibeho, qui en abritait environ "
                  "110 000, l'Armée patriotique rwandaise les a dispersés par la force en avril 1996.", C),
                s("En 2021, le rapport Duclert a relevé des « responsabilités lourdes et accablantes » de la France, "
                  "tout en écartant la complicité au sens juridique.", S),
                s("Le 27 mai 2021, Paul Kagame a jugé que les paroles prononcées à Kigali par Emmanuel Macron "
                  "avaient « plus de valeur que des excuses ».", N),
                s("Le président français venait de déclarer, au mémorial de Gisozi où reposent plus de 250 000 "
                  "victimes, qu'« un génocide ne se compare pas ».", N),
            ],
            [
                s("Le génocide avait fait environ un million de morts.", D),
                s("Les Tutsi représentaient alors environ 15 % de la population du pays.", D),
                s("L'enquête indépendante des Nations unies, publiée en décembre 1999, retient pour sa part "
                  "quelque 800 000 victimes.", S),
                s("La commission d'experts de l'ONU, mise sur pied en vertu de la résolution 935 du 1er juillet, "
                  "avait établi dès décembre 1994 que le génocide avait été planifié.", S),
            ],
        ],
    },
    # 10. FIXTURE (team-written, states falsehoods on purpose): letter to the editor denying the genocide.
    {
        "doc": "fixture-denial-letter-editor.txt",
        "title": "Letter: the other side of the Rwanda story",
        "genre": "letter to the editor (denial fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Sir, your anniversary supplement repeated the usual story about Rwanda once again.", None),
                own("There was no genocide in 1994, only a civil war in which both sides killed.", C,
                    "definitional_denial", "double_genocide"),
                own("Fewer than fifty thousand people died, and the inflated figures were invented in Kigali to win "
                    "sympathy and aid.", C, "minimisation", "fabrication"),
                own("The so-called planning never existed; the killings were the anger of peasants who had just "
                    "lost their president.", C, "spontaneity"),
                own("The Arusha tribunal convicted people on the word of witnesses coached by the regime.", None,
                    "attack_on_witnesses"),
                s("Your readers deserve the other side of the story.", None),
                s("A reader from Liège.", None),
            ],
        ],
    },
    # 11. FIXTURE: composite social post, accurate commemoration text followed by denial.
    {
        "doc": "fixture-denial-social-composite.txt",
        "title": "Post: on this day in 1994",
        "genre": "social-media post with appended comment (denial fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("On this day in 1994 the plane carrying President Habyarimana was shot down as it came in to land "
                  "at Kigali.", S),
                s("The next morning soldiers murdered the prime minister, Agathe Uwilingiyimana, along with the ten "
                  "Belgian peacekeepers protecting her.", S),
                s("Within roughly a hundred days at least half a million people had been killed, according to Human "
                  "Rights Watch.", S),
            ],
            [
                own("thats the official version anyway, the one written by the winners", None, "fabrication"),
                own("truth is the RPF killed just as many Hutu and nobody talks about that second genocide", C,
                    "double_genocide"),
                own("and the people who shot the plane down are the ones running Kigali today so ask yourself who "
                    "really started it", D, "blame_shifting"),
            ],
        ],
    },
    # 12. FIXTURE: distortion speech at a rally (false equivalence, justification, role reversal).
    {
        "doc": "fixture-denial-rally-speech.txt",
        "title": "Speech at a diaspora rally (excerpt)",
        "genre": "speech (distortion fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Brothers and sisters, yes, many people died in 1994, and nobody here denies that there were "
                  "killings.", None),
                own("But those killings were the desperate self-defence of a people invaded from Uganda in October "
                    "1990.", None, "justification", "blame_shifting"),
                own("The real aggressor was the RPF, which murdered as many Hutu as there were Tutsi victims.", C,
                    "role_reversal", "double_genocide"),
                own("Even the figures are exaggerated: the Tutsi were so few that a toll of eight hundred thousand "
                    "is arithmetically impossible.", C, "minimisation"),
                own("The United Nations commission itself spoke of crimes against humanity on both sides.", S,
                    "double_genocide"),
                own("So let us remember all the dead equally and stop repeating the lie that only one side planned "
                    "anything.", C, "double_genocide", "fabrication"),
                own("In 1994 there was a war, and in a war everyone is a victim.", None, "definitional_denial"),
            ],
        ],
    },
]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv, DOCS, HERE))
