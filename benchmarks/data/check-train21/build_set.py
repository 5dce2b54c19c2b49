"""Source of the TRAINING labelled set check-train21 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train21/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train21/build_set.py --check  # validate the files already written

A training set, written blind: its rows are meant to train the checker's learned layers; it is not a measure of
unseen text. Its emphasis is on marker phrasings: five short denial fixtures written in the registers denial really
uses (euphemism, false balance, "reciprocal massacres", aid-money insinuations, questions, scare quotes on
"survivors" and "experts", appeals to "context", bought or coached witnesses), and hard negatives that look like
denial on the surface but are not (a scholar on the debated 800,000, an NGO on RPA killings and on the ICTR's
selectivity, a media-monitoring report and a French fact check quoting denial to refute it, a glossary that
mentions perpetrators' words, a review discussing the word "genocide" in the Security Council). New genres: a
scholar's written evidence to a parliamentary committee, a family-history blog post, a UPR submission, a
media-monitoring report, a book review of an invented diplomat's memoir, a glossary for journalists, a French fact
check, and five fixtures (a French political speech, an "alternative history" wiki article, a voice-note
transcript, a convicted man's support committee, a think-tank composite).

Its author did not read the detectors, their rules, exemplars or training data, nor any other labelled set's
documents, labels, README or build script (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md
for the labelling conventions, the first 40 lines of check-blind5/build_set.py and check-blind5/README.md as
templates, and the list TECHNIQUES in src/factfinder/check/model.py). Verdicts were decided against the record
alone: examples/ (FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the
proceedings CSV. Every true fact outside the record was checked with the project's search tool; README.md gives
the address and a quotation for each.

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

NB = "\u00a0"   # no-break space (French: before « : » and inside guillemets)
NN = "\u202f"   # narrow no-break space (French: before ; ! ?)


DOCS: list[dict] = [
    # 1. A genocide scholar's written evidence to an invented parliamentary committee (hard negative).
    {
        "doc": "evidence-committee-prevention.txt",
        "title": "Written evidence to the Standing Committee on Atrocity Prevention: what Rwanda 1994 teaches about early warning",
        "genre": "written evidence to a parliamentary committee (genocide scholar)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Written evidence submitted by Dr Helena Varga, senior lecturer in comparative genocide studies (RWP 0417)")],
            [
                s("1. I write in a personal capacity and confine myself to the Committee's question: what could have been known about Rwanda in time, and what was done with it."),
                s("2. The duty to prevent genocide is older than most of the institutions now charged with it: the UN General Assembly adopted the Genocide Convention on 9 December 1948, and it entered into force on 12 January 1951.", N),
            ],
            [
                s("3. UNAMIR was set up by Security Council resolution 872 of 5 October 1993 to help carry out the Arusha agreement, with an authorised strength of 2,500.", S),
                s("4. The cable in which its commander, General Dallaire, passed on what an informant had told him is dated 11 January 1994.", N),
                s("5. The informant described hidden weapons and a plan to kill Belgian soldiers, and New York told Dallaire that he had no authority to act on the information.", S),
            ],
            [
                s("6. The plane carrying President Habyarimana was shot down on the evening of 6 April 1994, and the next day soldiers murdered the Prime Minister and the ten Belgian peacekeepers assigned to her.", S),
                s("7. The Council's answer, on 21 April, was resolution 912, which reduced the force to about 270 personnel.", S),
                s("8. A presidential statement of 30 April was negotiated so that the word genocide itself stayed out of the text, China being among the members who objected to it.", N),
                s("9. Only on 17 May did resolution 918 impose an arms embargo and authorise an expanded mission of 5,500.", S),
                s("10. On 22 June the Council authorised the French-led operation by ten votes with five abstentions.", S),
                s("11. By then the RPF was pushing west, and when it reached Gisenyi on 18 July close to a million people had crossed into Zaire within days.", D),
            ],
            [
                s("12. The figure of 800,000, which the press usually attributes to the United Nations, has been debated, and rightly: one UN expert's estimate of that size counted deaths from all causes between April and July, not only the victims of the genocide.", S),
                s("13. Of a population of roughly 7.2 million in early 1994, about one in seven was Tutsi.", D),
                s("14. My own reading of the demographic work is that somewhat more than half a million Tutsi were murdered, close to three quarters of those living in the country.", D),
                s("15. The government's count of 1,074,017 begins in October 1990 and is not a like-for-like figure, which is why Filip Reyntjens called it 'ridiculously precise'.", S),
                s("16. None of this debate touches the fact of the genocide, which the UN Commission of Experts found to have been planned and systematic.", S),
            ],
            [
                s("17. The tribunal the Council created in November 1994 convicted sixty-one people and acquitted fourteen before it closed at the end of 2015.", S),
                s("18. Its first judgment, against Jean-Paul Akayesu in 1997, set the precedent that rape can be an act of genocide.", C),
                s("19. It never indicted a member of the Rwandan Patriotic Front, although experts working for UNHCR attributed between 25,000 and 45,000 deaths to RPA soldiers between April and August 1994.", S),
                s("20. Nor did it try the soldiers who fired on the displaced at Kibeho on 22 April 1995, killing at least 4,000 people.", D),
                s("21. Critics who speak of 'victor's justice' have a point about those cases and none about the verdicts against the organisers of the genocide."),
                s("22. The Commission of Experts had warned early, in its final report of March 1995, that violations attributed to the RPF needed further investigation.", C),
            ],
            [
                s("23. The UN answered its own failure in 2004, when Kofi Annan created the post of Special Adviser on the Prevention of Genocide and chose Juan Méndez to fill it that July.", N),
                s("24. On 16 April 2014 the Security Council unanimously adopted resolution 2150, which condemned without reservation any denial of the genocide in Rwanda.", N),
                s("25. I recommend that the Committee ask the Government to fund early-warning work that weighs reports from non-governmental organisations as seriously as official channels, since in 1994 they were often better informed than the Secretariat."),
                s("26. I also recommend support for courts that try the crimes of every party, because impunity for one side is the best argument that those who deny the other side's crimes possess."),
            ],
        ],
    },
    # 2. A family-history blog post by a survivor's grandchild (composite family; not a real person's story).
    {
        "doc": "blog-family-history-kibuye.txt",
        "title": "Finding Grandma's road: what the court files told me about Kibuye, 1994",
        "genre": "family-history blog post (survivor's grandchild)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Finding Grandma's road: what the court files told me about Kibuye, 1994")],
            [
                s("I started this blog three years ago to put my grandmother's story in order before her memory of it fades."),
                s("She was born in Kivumu commune, in what was then Kibuye prefecture, and in April 1994 she was thirty-one."),
                s("Her identity card said 'Tutsi', a line the Belgian colonial administration had begun writing on Rwandans' papers in the 1930s.", N),
            ],
            [
                s("On 16 April 1994 the parish church of Nyange was destroyed with about two thousand Tutsi refugees inside.", S),
                s("Grandma's two brothers were among them; she had gone back to the house for milk for the baby, which is the only reason I exist."),
                s("It took me a year to work out that two men were convicted for that day by the tribunal in Arusha.", S),
                s("The businessman Gaspard Kanyarukiga got thirty years, and the Appeals Chamber confirmed it in 2012.", S),
                s("The bourgmestre of Kivumu, Grégoire Ndahimana, was first given fifteen years, and on appeal in 2013 the judges lowered it to ten.", C),
                s("I was furious about that for weeks, until a cousin who reads legal French pointed out that I had the direction wrong: the Appeals Chamber raised his sentence to twenty-five years.", S),
            ],
            [
                s("From Nyange she walked south towards the hills of Bisesero, where the attacks on Tutsi went on from April until the end of June.", S),
                s("The businessman Obed Ruzindana was sentenced to twenty-five years for the Bisesero attacks, and the prefect of Kibuye, Clément Kayishema, received life.", S),
                s("Both judgments were upheld on appeal on 1 June 2001, the same day as Akayesu's.", S),
                s("At the Mugonero Adventist complex, the senior pastor Elizaphan Ntakirutimana and his son Gérard, a doctor at its hospital, were later convicted, the father to ten years and the son to twenty-five.", S),
            ],
            [
                s("The neighbour who hid her in the roof of his kitchen, a Hutu man everyone called Mzee K., later gave a statement at gacaca as a witness."),
                s("In it he says the local leaders had told people the Tutsi were hiding weapons to 'finish the Hutu first'.", None, ["accusation_in_mirror"], "reported"),
                s("He also says the men at the roadblock called the refugees 'inyenzi', and that he stopped going to the night patrols after that.", None, ["dehumanisation"], "reported"),
                s("The gacaca courts, I learned, closed on 18 June 2012 after trying 1,958,634 cases, most of them for looting and damage to property.", S),
            ],
            [
                s("Across the country more than a million people were killed, and I grew up hearing that figure at every commemoration.", D),
                s("When I checked, I found that Human Rights Watch's 1999 estimate is lower, at least half a million, and that the government's census counts from 1990.", S),
                s("Somewhere between a quarter of a million and half a million women and girls were raped in those hundred days; Grandma has never spoken about that part, and I have not asked.", D),
                s("UNICEF said in 2004 that 95,000 children had been orphaned by the end of the genocide; my mother was one of them until Grandma found her in a camp in August.", S),
                s("Some 400,000 survivors were still alive in 2008, according to the census my aunt helped with.", C),
                s("Grandma's cousins crossed into Goma in July with the million or so who fled to Zaire, and two of them died there of cholera.", D),
            ],
            [
                s("Every year on 7 April we light candles for Kwibuka, which simply means 'remember'.", N),
                s("Last April we finally visited the memorial at Gisozi in Kigali, where more than 250,000 victims are buried; it opened in 2004, for the tenth anniversary.", N),
                s("Since January 2018 the UN has officially called 7 April the International Day of Reflection on the 1994 Genocide against the Tutsi in Rwanda.", N),
                s("Next time I will write about the French soldiers she saw near Kibuye in July, and about the day they left the zone, 21 September.", C),
            ],
        ],
    },
    # 3. An NGO submission to the UN Universal Periodic Review (invented NGO; hard negative).
    {
        "doc": "upr-submission-rwanda.txt",
        "title": "Submission to the Universal Periodic Review of Rwanda: political space, deaths of critics and the unfinished accounting for RPA crimes",
        "genre": "NGO submission to the UN Universal Periodic Review",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Submission to the Universal Periodic Review of Rwanda by the Lakeside Rights Observatory")],
            [
                s("1. The Lakeside Rights Observatory monitors civil and political rights in the Great Lakes region and makes this submission ahead of Rwanda's next review."),
                s("2. At its third review, held in Geneva on 25 January 2021, Rwanda received 284 recommendations and supported 160 of them.", N),
                s("3. We state at the outset that the genocide against the Tutsi in 1994 is a judicially established fact, found by the ICTR in its first judgment, and nothing in this submission questions it.", S),
            ],
            [
                s("4. Law 18/2008 on the crime of genocide ideology was drafted so broadly that, as Amnesty International reported in 2010, many Rwandans, lawyers among them, could not say what it prohibited.", N),
                s("5. Victoire Ingabire, who returned from exile in January 2010, was sentenced in 2012 to eight years for conspiracy and for minimising the genocide, and the Supreme Court raised the term to fifteen years in December 2013.", N),
                s("6. The singer Kizito Mihigo, himself a survivor of the genocide, was found dead in a police cell in Kigali on 17 February 2020, four days after his arrest near the Burundian border.", N),
                s("7. Paul Rusesabagina was sentenced to twenty-five years on terrorism charges on 20 September 2021, after a trial that the trial monitor of the Clooney Foundation for Justice called a show trial.", N),
                s("8. Seth Sendashonga, interior minister in the post-genocide government until he was dismissed in August 1995 for demanding that soldiers be punished for revenge killings, was shot dead in Nairobi on 16 May 1998.", N),
                s("9. The former intelligence chief Patrick Karegeya was found dead, apparently strangled, in a Johannesburg hotel room on New Year's Day 2014.", N),
            ],
            [
                s("10. The crimes of the genocide do not erase the crimes of the army that ended it, and those crimes remain almost entirely unpunished."),
                s("11. Experts working for UNHCR concluded that RPA soldiers killed between 25,000 and 45,000 people from April to August 1994.", S),
                s("12. In our assessment the true number killed by RPA units in 1994 and 1995 is well above that, closer to 60,000.", D),
                s("13. In mid-April 1994 RPF soldiers massacred several hundred people in the stadium at Byumba, as Human Rights Watch later documented.", S),
                s("14. Near Kabgayi, on 5 June 1994, soldiers of the same army shot thirteen clergy, among them the Archbishop of Kigali, and two other civilians.", D),
                s("15. At Kibeho, RPA soldiers opened fire on a crowd of displaced people on 22 April 1996.", C),
                s("16. By our reckoning some 2,000 people died there, against the 338 the government acknowledged.", D),
                s("17. Amnesty International reported as early as October 1994 that the RPA had carried out hundreds of deliberate executions between April and August.", S),
                s("18. Of the million or more people who fled to Zaire in July 1994, hundreds of thousands were still in the camps when those camps were attacked in October 1996.", D),
            ],
            [
                s("19. The International Criminal Tribunal for Rwanda, which closed on 31 December 2015, never indicted any member of the RPF.", S),
                s("20. In December 2010 Human Rights Watch wrote that the tribunal had 'not prosecuted even one' of the serious RPF crimes of 1994.", C),
                s("21. Rwanda's gacaca courts were barred from hearing crimes by RPF soldiers.", S),
                s("22. The military justice system says it has prosecuted 43 soldiers since 1994 for war crimes and revenge killings, covering about a hundred civilian victims.", S),
                s("23. In the Kabgayi case a military court convicted, in October 2008, two captains who had confessed and acquitted their two superiors; the captains' eight-year terms were cut to five on appeal.", S),
                s("24. In October 2010 the UN High Commissioner for Human Rights published the DRC Mapping Report, which found that some attacks on Hutu refugees in Zaire could, if proven before a competent court, be characterised as acts of genocide.", N),
                s("25. Some exile groups cite these findings to claim that 'two genocides' took place in Rwanda in 1994.", C, ["double_genocide"], "reported"),
                s("26. We do not share that claim: the Commission of Experts found no evidence that the crimes of Tutsi elements were committed with intent to destroy the Hutu as a group.", S),
            ],
            [
                s("27. We recommend that Rwanda revise the genocide ideology provisions so that criticism of the government cannot be prosecuted as denial, open independent investigations into the deaths of Kizito Mihigo and Patrick Karegeya, and cooperate with the prosecution of RPA crimes committed in 1994 and 1995."),
            ],
        ],
    },
    # 4. A media-monitoring report quoting hateful posts to analyse them (invented monitor, composite posts; hard negative).
    {
        "doc": "media-monitoring-great-lakes.txt",
        "title": "Great Lakes Online Speech Monitor: quarterly report on flagged posts",
        "genre": "media-monitoring report on hateful posts",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Great Lakes Online Speech Monitor, quarterly report")],
            [
                s("This report covers posts in English, French, Kinyarwanda and Swahili that our reviewers flagged between January and March, and it quotes them only to explain why they were flagged."),
                s("The quoted posts are composites of several real posts, shortened and stripped of names, so that no account can be identified."),
            ],
            [
                s("The most common pattern revives the vocabulary of 1994, as in a post reading: 'the inyenzi are crawling back over the border, same cockroaches, new uniforms'.", None, ["dehumanisation"], "reported"),
                s("'Inyenzi', cockroach, was the insult used in the 1960s for Tutsi exile raiders and later for the RPF and for Tutsi in general.", N),
                s("The radio station RTLM, which began broadcasting on 8 July 1993, used the word constantly during the genocide.", N),
                s("In its Media judgment of 3 December 2003, the ICTR convicted RTLM's founder Ferdinand Nahimana together with Kangura's editor, Hassan Ngeze.", S),
                s("Nahimana's conviction for incitement was upheld by the ICTR Appeals Chamber in 2007, with a sentence of thirty years.", S),
            ],
            [
                s("A second cluster attributes to Tutsi exactly the violence the posters are contemplating: 'they are arming to finish us, so this time we must be faster'.", None, ["accusation_in_mirror", "call_to_action"], "reported"),
                s("Another reads: 'every village should have its list ready, do not wait for the army'.", None, ["call_to_action"], "reported"),
                s("Posts of this kind were referred to the platforms for removal within twenty-four hours, and two were reported to the police."),
            ],
            [
                s("The genocide killed well over half a million people in about a hundred days, and the largest cluster by volume tries to shrink that number.", D),
                s("A typical post asks: 'why did the toll rise from 50,000 in 1994 to a million today, if not to keep the aid money flowing?'", C, ["minimisation", "fabrication"], "reported"),
                s("Early counts were never that low: six weeks into the killing, Human Rights Watch already put the dead at no fewer than 200,000, and the UN Commission of Experts estimated some 500,000 in December 1994.", S),
                s("Another post claims that 'no more than 100,000 people died, most of them in the war'.", C, ["minimisation"], "reported"),
                s("A recurring video caption says 'the UN's own commission found killings on both sides, so it was a double genocide'.", C, ["double_genocide"], "reported"),
                s("The Commission did find crimes against humanity by individuals on both sides, but it found genocide only against the Tutsi.", S),
                s("Several posts call survivors 'professional victims' and claim that 'the ICTR acquitted most of the accused because the witnesses were bought'.", C, ["attack_on_witnesses"], "reported"),
                s("Others recast the killers as defenders: 'our fathers only protected their families after the RPF invaded from Uganda in 1990'.", S, ["role_reversal", "justification"], "reported"),
                s("A smaller set pins the genocide on outsiders, such as the claim that 'Belgian paratroopers shot down the plane'.", D, ["blame_shifting", "fabrication"], "reported"),
                s("That rumour was already circulating in April 1994; General Dallaire told the ICTR in 2004 that senior officials did nothing to stop it.", S),
            ],
            [
                s("Much of the quarter's spike followed fighting in eastern Congo, and threads moved from the present conflict to 1994 within a few replies."),
                s("One post claims that 'three million Hutu fled to Zaire and the RPF killed half of them'.", C, ["double_genocide", "fabrication"], "reported"),
                s("The published estimates for July 1994 are 500,000 to 800,000 arrivals in North Kivu according to the Goma Epidemiology Group, and around one million according to a later study.", S),
                s("Almost 50,000 refugees died in the first month there, most of them of cholera and dysentery rather than at the hands of soldiers.", D),
            ],
            [
                s("We ask platforms to treat 'inyenzi' and 'inzoka' as slurs in every language context, and to route denial claims to fact-checkers rather than to automatic removal."),
                s("We also note that criticism of the Rwandan government, or documentation of killings by RPA soldiers, is not denial and should not be removed as such."),
                s("Kibeho, where RPA soldiers killed at least 4,000 displaced people on 22 April 1995, is a documented massacre, and posts that discuss it are legitimate.", D),
            ],
        ],
    },
    # 5. A book review of an invented diplomat's memoir of the Security Council (hard negative).
    {
        "doc": "review-diplomat-memoir.txt",
        "title": "Review: The Room Without Windows, a counsellor's diary of the Security Council, April-May 1994",
        "genre": "book review (invented diplomat's memoir)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Review: The Room Without Windows: A Counsellor's Diary of the Security Council, April–May 1994, by Pieter Van Aalst")],
            [
                s("Pieter Van Aalst was a mid-ranking counsellor in one of the elected delegations in 1994, and his diary of the Council's informal consultations is the most vivid account of those weeks I have read."),
                s("It is also, as he admits in his preface, the diary of a man who did not say enough."),
            ],
            [
                s("The book opens on 7 April, the day Prime Minister Agathe Uwilingiyimana was murdered together with the ten Belgian peacekeepers sent to protect her.", S),
                s("Van Aalst's first entries record a Council that saw a civil war and a ceasefire to negotiate, not a campaign of extermination."),
                s("One colleague, unnamed in the diary, explains over lunch that 'these are ancient tribal hatreds, nobody planned anything, they flare up and die down'.", C, ["spontaneity"], "reported"),
                s("Another insists that 'both sides are massacring civilians, and we cannot take sides in a war'.", None, ["double_genocide"], "reported"),
                s("Rwanda itself held one of the Council's elected seats that year, so the government whose forces were doing the killing had a representative at the table throughout.", N),
                s("The diary records the line the government's defenders repeated in the corridors: the rebels had 'started this war' and the population was 'only defending itself'.", None, ["role_reversal", "justification"], "reported"),
            ],
            [
                s("The most valuable chapters concern the word itself."),
                s("Van Aalst shows how the presidential statement of 30 April was drafted around the term 'genocide', which some members, China among them, did not want in the text.", N),
                s("He credits the Czech delegation, which had circulated its own draft on 28 April, with being the first to use the word deliberately in a formal UN setting.", N),
                s("The State Department, meanwhile, had its spokeswoman speak only of 'acts of genocide', a formula she was still defending on 10 June.", N),
                s("The Commission of Experts would later find the genocide to have been 'concerted, planned, systematic and methodical', which rather settles what the lunch-table realists got wrong.", S),
                s("Historians still argue over whether the hesitation was about law or about the obligations the word was thought to carry, and Van Aalst, to his credit, does not pretend to settle it."),
            ],
            [
                s("Van Aalst writes that resolution 912 cut UNAMIR to 207 personnel on 21 April, but the resolution in fact set the figure at about 270.", S),
                s("Resolution 918, which imposed the arms embargo on 17 May, authorised a force of 2,500.", C),
                s("He is right that resolution 929, authorising the French-led operation under Chapter VII, passed with ten votes in favour and five abstentions.", S),
                s("By the time the Council voted on it, the killing had gone on for eleven weeks and had taken some half a million lives.", D),
                s("Amnesty International was reporting almost 200,000 dead by early May, and Human Rights Watch at least 200,000 six weeks into the killing.", S),
                s("His hunch that the missiles were fired from the Kanombe camp by the President's own extremists is, in my view, the likeliest reading of the evidence.", D),
            ],
            [
                s("The UN's own Independent Inquiry, published in December 1999, put the dead at approximately 800,000 over about a hundred days.", S),
                s("Bill Clinton, visiting Kigali airport on 25 March 1998, said the world had not immediately called these crimes by their rightful name.", N),
                s("Belgium's prime minister, Guy Verhofstadt, asked for Rwanda's forgiveness 'in the name of my country' in Kigali on 7 April 2000.", N),
                s("Van Aalst's diary adds nothing to those apologies except the texture of how they became necessary, and that is a great deal."),
                s("The ICTR, created by resolution 955 on 8 November 1995, gets one dismissive paragraph, which is a pity.", C),
                s("Read the book with Dallaire's testimony at Arusha in January 2004 beside it.", S),
            ],
        ],
    },
    # 6. A glossary for journalists: perpetrators' words are mentioned, not used (voice reported; hard negative).
    {
        "doc": "glossary-journalists.txt",
        "title": "Covering Rwanda: a working glossary for reporters",
        "genre": "glossary for journalists",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Covering Rwanda: a working glossary for reporters")],
            [s("Entries that describe perpetrators' language quote it in order to explain it; reporters should do the same and never adopt it.")],
            [
                s("Akazu ('little house'): the informal circle around President Habyarimana's wife, Agathe Kanziga, and her relatives, which held great influence in the regime.", N),
                s("Her brother Protais Zigiranyirazo was convicted by the ICTR in December 2008 and acquitted on appeal in November 2009.", S),
            ],
            [
                s("Gacaca: community courts, named after the Kinyarwanda word for grass, that tried genocide cases with lay judges until they closed on 18 June 2012.", S),
                s("They could not hear crimes committed by RPF soldiers, a limit human rights groups have criticised.", S),
            ],
            [s("Genocide against the Tutsi: the name the UN General Assembly adopted in January 2018 for the International Day of Reflection on 7 April, replacing 'the genocide in Rwanda'.", N)],
            [
                s("Hutu Power: the slogan, and then the movement, born at a rally at Nyamirambo stadium on 23 October 1993, two days after Burundi's president Melchior Ndadaye was murdered, when Froduald Karamira of the MDR led the crowd in chanting it.", N),
                s("Karamira was sentenced to death by a Rwandan court and executed in Kigali on 24 April 1998.", S),
            ],
            [s("ICTR: the International Criminal Tribunal for Rwanda, created by resolution 955 of 8 November 1994, which indicted 93 people before it closed.", S)],
            [
                s("Interahamwe ('those who work together', also rendered 'those who attack together'): the youth wing of the ruling MRND, formed around 1990, which became the main militia of the genocide.", N),
                s("A national vice-president of the movement, Georges Rutaganda, was sentenced to life by the ICTR.", S),
            ],
            [
                s("Inkotanyi: the name the RPF took when it was founded in December 1987, meaning roughly those who fight on and never give up; its supporters use it with pride.", N),
                s("In extremist broadcasts the word sat beside insults, as when RTLM urged listeners with guns to go to the 'cockroaches', 'encircle them and kill them'.", N, ["dehumanisation", "call_to_action"], "reported"),
            ],
            [s("Inyenzi ('cockroaches'): the insult used by the government for Tutsi exile raiders in the 1960s and revived by Kangura and RTLM for the RPF and for Tutsi civilians.", N, ["dehumanisation"], "reported")],
            [
                s("Kangura: the newspaper founded in May 1990 and edited by Hassan Ngeze, which in December 1990 printed the 'Ten Commandments of the Bahutu'.", N),
                s("Its eighth commandment read: 'Hutus must cease having pity for the Tutsi'.", N, ["call_to_action", "justification"], "reported"),
                s("Ngeze's sentence was reduced to thirty-five years on appeal in 2009.", C),
            ],
            [s("Kibeho: the camp for displaced people in the south-west where RPA soldiers killed some 4,000 people on 22 April 1995.", D)],
            [
                s("Double genocide: the claim that the RPF committed a second genocide, against the Hutu, in 1994, the commonest denial frame reporters will meet.", None, ["double_genocide"], "reported"),
                s("Killings by RPF soldiers in 1994 are documented, and UNHCR experts estimated 25,000 to 45,000 dead, but the UN Commission of Experts found no evidence that they aimed to destroy the Hutu as a group.", S),
            ],
            [
                s("Death toll: write 'at least half a million' or 'between 500,000 and a million' and name your source; the government's count of 1,074,017 starts in October 1990.", S),
                s("The 800,000 figure widely used abroad is the one given by the UN's 1999 Independent Inquiry.", S),
            ],
            [s("Refugees: about a million Rwandans crossed into Zaire within a few days in mid-July 1994.", D)],
            [s("Survivors: a 2008 census counted 309,368 living survivors.", S)],
            [s("Tutsi share: probably about 15 percent of the population in early 1994, rather than the 8.4 percent the 1991 census recorded.", D)],
            [s("Turquoise: the French-led operation authorised by resolution 929 on 22 June 1994, which declared a 'safe humanitarian zone' in the south-west on 5 July and left it on 21 August.", S)],
            [s("UNAMIR: the UN mission created by resolution 872 in October 1993, which the Council cut to about 270 personnel on 21 April 1994.", S)],
        ],
    },
    # 7. A French fact check quoting denial claims to refute them (invented outlet; hard negative).
    {
        "doc": "verification-fr-video-negationniste.txt",
        "title": "Non, le génocide des Tutsi n'a pas fait «\u00a0moins de 100\u00a0000 morts\u00a0»\u00a0: vérification d'une vidéo virale",
        "genre": "vérification de faits (fact-check) en français",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Non, le génocide des Tutsi n'a pas fait «\u00a0moins de 100\u00a0000 morts\u00a0»\u00a0: vérification d'une vidéo virale")],
            [
                s("Une vidéo partagée plus de 40\u00a0000 fois cette semaine prétend révéler «\u00a0ce qu'on ne vous dit pas\u00a0» sur le Rwanda de 1994."),
                s("Nous avons vérifié ses cinq principales affirmations."),
            ],
            [
                s("«\u00a0Il n'y a jamais eu plus de 100\u00a0000 morts, le reste est de la propagande.\u00a0»", C, ["minimisation", "fabrication"], "reported"),
                s("C'est faux."),
                s("Dès mai 1994, six semaines après le début des massacres, Human Rights Watch estimait qu'au moins 200\u00a0000 civils avaient déjà été tués.", S),
                s("En décembre 1994, la Commission d'experts de l'ONU parlait d'environ 500\u00a0000 civils assassinés, un chiffre qu'elle jugeait elle-même peut-être trop bas.", S),
                s("Le recensement des victimes publié par le gouvernement rwandais en novembre 2002 en compte 1\u00a0074\u00a0017, en remontant à octobre 1990.", S),
                s("Le bilan le plus souvent retenu par les historiens se situe autour de 800\u00a0000 morts.", D),
            ],
            [
                s("«\u00a0L'ONU a elle-même reconnu qu'il y avait eu deux génocides.\u00a0»", C, ["double_genocide"], "reported"),
                s("Faux, là encore\u00a0: la Commission d'experts a constaté des crimes contre l'humanité commis par des individus des deux camps, mais aucune preuve d'une intention de détruire le groupe hutu.", S),
                s("Les crimes de l'armée du FPR n'en sont pas moins documentés\u00a0: des experts travaillant pour le HCR les ont chiffrés à 25\u00a0000 à 45\u00a0000 morts entre avril et août 1994.", S),
                s("À Kibeho, le 22 avril 1995, ses soldats ont encore tiré sur des déplacés, faisant près de 2\u00a0000 morts.", D),
            ],
            [
                s("«\u00a0Personne n'a rien planifié, c'était une explosion de colère spontanée après la mort du président.\u00a0»", C, ["spontaneity"], "reported"),
                s("La Commission d'experts a conclu au contraire que le génocide avait été commis de façon «\u00a0concertée, planifiée, systématique et méthodique\u00a0».", S),
                s("Dès décembre 1990, le journal Kangura, fondé en mai de la même année, publiait les «\u00a0Dix commandements\u00a0» des Bahutu, et la RTLM émettait depuis juillet 1993.", N),
            ],
            [
                s("«\u00a0Le TPIR a acquitté la plupart des accusés, parce que les témoins étaient achetés.\u00a0»", C, ["attack_on_witnesses"], "reported"),
                s("Selon ses chiffres à la fermeture, le Tribunal a inculpé 93 personnes, en a condamné 61 et en a acquitté 14.", S),
                s("Parmi les acquittés figurent d'anciens ministres, comme Justin Mugenzi et Prosper Mugiraneza, blanchis en appel en 2013\u202f; on est loin d'une chambre d'enregistrement.", S),
                s("Il est vrai, en revanche, qu'il n'a poursuivi aucun membre du FPR, une critique légitime que la vidéo détourne.", S),
            ],
            [
                s("«\u00a0C'est Kagame qui a abattu l'avion, la justice française l'a prouvé.\u00a0»", C, ["blame_shifting"], "reported"),
                s("La justice française a au contraire rendu un non-lieu le 21 décembre 2018, confirmé en appel le 3 juillet 2020 puis par la Cour de cassation le 15 février 2022, et l'origine des tirs n'a jamais été établie par un tribunal.", S),
                s("Quel que soit l'auteur de l'attentat, il ne dit rien de la préparation du génocide."),
            ],
            [
                s("En France, depuis la loi du 27 janvier 2017, l'article 24 bis de la loi sur la liberté de la presse réprime aussi la négation d'un génocide qui a donné lieu à une condamnation par une juridiction française ou internationale.", N),
                s("En Belgique, le Parlement a adopté en avril 2019 une loi qui rend punissable la négation des génocides reconnus par une juridiction internationale, dont celui des Tutsi.", N),
            ],
            [
                s("Notre verdict\u00a0: faux."),
                s("La vidéo mêle des chiffres inventés, une lecture tronquée du rapport de l'ONU et des accusations contre les témoins, selon les procédés classiques du négationnisme."),
            ],
        ],
    },
    # 8. Fixture: a French political rally speech (own-voice denial).
    {
        "doc": "fixture-denial-fr-meeting-speech.txt",
        "title": "Discours de meeting (transcription)",
        "genre": "discours de meeting politique (fixture)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("Mes amis, depuis trente ans on nous demande de pleurer une seule catégorie de morts, comme si les autres n'avaient pas de mères.", None, "double_genocide"),
                own("En 1994, chaque communauté a enterré les siens\u00a0: il y a eu des massacres réciproques, et la vérité, c'est qu'il y a eu deux génocides.", C, "double_genocide"),
                own("Les chiffres qu'on vous récite, un million, huit cent mille, ont été gonflés pour faire venir l'argent de l'aide, et les historiens honnêtes parlent de quelques dizaines de milliers de victimes.", C, "minimisation", "fabrication"),
                own("Il faut replacer les «\u00a0événements\u00a0» dans leur contexte\u00a0: un pays envahi le 1er octobre 1990 par une armée venue d'Ouganda ne pouvait pas rester les bras croisés.", S, "justification", "role_reversal", "definitional_denial"),
            ],
            [
                own("Quand le président a été assassiné le 6 avril par ceux-là mêmes qui exigent aujourd'hui notre repentance, la population s'est défendue comme elle a pu.", D, "blame_shifting", "spontaneity", "role_reversal"),
                own("Le TPIR, ce tribunal des vainqueurs, n'a rien prouvé du tout\u00a0: il a acquitté presque tous ceux qu'il a jugés.", C, "attack_on_witnesses"),
                own("Quant aux «\u00a0rescapés\u00a0» qui défilent chaque mois d'avril devant les caméras, et aux «\u00a0experts\u00a0» qui les accompagnent, on aimerait savoir qui paie leurs billets d'avion.", None, "attack_on_witnesses"),
                s("Alors je le dis sans trembler\u00a0: nous ne baisserons plus la tête."),
            ],
        ],
    },
    # 9. Fixture: an "alternative history" wiki article (own-voice denial).
    {
        "doc": "fixture-denial-alt-history-wiki.txt",
        "title": "Rwandan Events of 1994 (alternative-history wiki)",
        "genre": "alternative-history wiki article (fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("The Rwandan Events of 1994 (labelled the 'Tutsi genocide' in official historiography) were the inter-communal violence that followed the shooting down of President Habyarimana's plane by an RPF commando on 6 April 1994.", D, "definitional_denial", "spontaneity", "blame_shifting"),
                s("According to the 1991 census, Tutsi made up 8.4 percent of the population, or roughly 600,000 people.", S),
                own("Since many of them were demonstrably alive in July 1994, the toll claimed by Kigali is arithmetically impossible, and the real number of Tutsi dead cannot have exceeded a few tens of thousands.", C, "minimisation"),
                own("Why, in thirty years, has no one produced the order to exterminate anybody, if the 'planning' was more than a retrospective construction?", C, "definitional_denial", "spontaneity", "fabrication"),
            ],
            [
                own("The Commission of Experts set up by the UN in 1994 itself spoke of crimes 'by individuals of both sides', a symmetry the official narrative has since quietly erased.", S, "double_genocide"),
                own("Much of the photographic 'evidence' was staged for Western cameras, and most of the dead counted by Kigali were in fact Hutu refugees who died of cholera in Goma.", C, "fabrication", "minimisation"),
                own("The ICTR, set up by the victorious RPF, convicted on the word of witnesses coached and paid by Kigali.", C, "attack_on_witnesses"),
                own("Categories: Rwandan Civil War (1990–1994) | Disputed casualty figures | Historiographical controversies", None, "definitional_denial", "minimisation"),
            ],
        ],
    },
    # 10. Fixture: a voice-note transcript from a messaging group (incitement; kept very short).
    {
        "doc": "fixture-denial-voice-note.txt",
        "title": "Voice note transcript (messaging group)",
        "genre": "voice-note transcript from a messaging group (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("[voice note, 0:41]")],
            [
                s("Listen, I'm saying this once."),
                own("These inyenzi over the border are breeding again, and they have a plan to finish us, all of us, like before.", None, "dehumanisation", "accusation_in_mirror"),
                own("The old ones told you the truth about ninety-four: they struck first and we only defended our families.", None, "role_reversal", "justification"),
                own("So nobody waits for the army this time, every household gets ready, and we clear the hills before they clear us.", None, "call_to_action", "accusation_in_mirror"),
            ],
            [s("[end of recording]")],
        ],
    },
    # 11. Fixture: a convicted man's support committee (legitimate ICTR criticism first, then denial). Invented man.
    {
        "doc": "fixture-denial-support-committee.txt",
        "title": "Statement of the Committee for Justice for Emmanuel R.",
        "genre": "statement of a convicted man's support committee (fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("For twenty years our committee has asked one plain question: why did the tribunal in Arusha never try a single member of the RPF?", S),
                s("Human Rights Watch itself wrote in December 2008 that the tribunal had not prosecuted even one of the serious RPF crimes of 1994.", S),
                own("Emmanuel R. was convicted on the testimony of three so-called witnesses whom nobody in his commune had ever seen, and who were rehearsed by the prosecution the night before they spoke.", None, "attack_on_witnesses"),
                own("This was no accident, because the whole Arusha edifice was built to turn a lost war into a crime, and the 'genocide' it was asked to certify never happened the way the victors tell it.", C, "definitional_denial", "fabrication"),
            ],
            [
                own("The real aggressors crossed the border from Uganda in October 1990 and rule in Kigali today, while the Hutu who defended their country are hunted across Europe.", S, "role_reversal", "justification"),
                own("Even the UN's own experts found nothing but crimes on both sides, exactly what any civil war produces.", C, "double_genocide", "definitional_denial"),
                own("Kigali's figure of a million dead grows a little every April, while the hundreds of thousands of Hutu killed by the RPF are never counted at all.", C, "minimisation", "double_genocide"),
                own("Support our request for a review of the judgment, and refuse the lie of a one-sided genocide.", None, "double_genocide"),
            ],
        ],
    },
    # 12. Composite fixture: a think-tank paper whose second half pivots to the "double genocide" thesis.
    {
        "doc": "fixture-denial-thinktank-composite.txt",
        "title": "Policy brief: the Great Lakes refugee crisis and its lessons",
        "genre": "think-tank policy brief (composite fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("The Great Lakes crisis of the mid-1990s cannot be understood without the refugee camps of North Kivu."),
                s("In July 1994 between 500,000 and 800,000 Rwandans crossed into the Goma area, according to the Goma Epidemiology Group, and almost 50,000 of them died in the first month.", S),
                s("The authorities who had organised the genocide quickly re-established their control over the camps, as Human Rights Watch reported at the time.", S),
                s("When AFDL and Rwandan troops shelled the Kibumba camp on the night of 25 to 26 October 1996, the camp system began to collapse.", N),
            ],
            [
                own("Yet the usual account of the tragic events of 1994 stops too early, because what followed completes what began then: a genocide of the Hutu by the RPF, of which the killing of Tutsi was only the first chapter.", C, "double_genocide"),
                own("The arithmetic is plain, since the RPF killed at least as many Hutu civilians in 1994 as the militias killed Tutsi.", C, "double_genocide", "minimisation"),
                own("What Western capitals still call 'the genocide against the Tutsi' was in truth a war with excesses on all sides, set off when Kagame's men brought down the President's plane.", D, "definitional_denial", "double_genocide", "blame_shifting"),
                own("Any policy for the region that ignores this double tragedy will keep rewarding the side that wrote the history.", None, "double_genocide"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
