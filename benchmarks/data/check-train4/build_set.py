"""Source of the FOURTH TRAINING labelled set for `factfinder check` (status: training set, written blind).

    python benchmarks/data/check-train4/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train4/build_set.py --check  # validate the files already written

A training set: its rows are meant to train the checker's learned layers, so it is not a measure of unseen text.
It was nevertheless written blind, like the evaluation sets: new genres (a fact check of a viral death-toll claim, an
encyclopedia-style lead on UNAMIR, a tribunal-watch NGO press release on the last ICTR appeal judgment, a
parliamentary debate excerpt, a museum exhibition panel on hate media, a live blog of the Kwibuka30 commemoration,
a French agency dispatch on a Paris appeal trial, a French lycée revision sheet, a review of a book on RPF crimes, a
letters-to-the-editor page, and two short denial fixtures), new wording, new facts. Its author did not read the
detectors, their rules, exemplars or training data, nor any other set's documents or labels (only
benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, the first 40 lines
of the check-blind5 build script as a template for this header and check-blind5/README.md as a template for the
README's sections). Verdicts were decided against the record alone: examples/ (FACTS.md and the sample documents),
src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Facts outside the record were checked
with the project's search tool; README.md gives every source. Outlets, authors, speakers and the NGO are invented.

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
    # 1. Fact check of a viral death-toll claim (invented outlet "Factline"); quotes the claim in reported voice.
    {
        "doc": "factcheck-viral-death-toll.txt",
        "title": "Fact check: viral post misstates the death toll of the genocide against the Tutsi",
        "genre": "fact-check article",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Factline · Fact check · 2 April 2026")],
            [rep("CLAIM: “Fewer than 200,000 people died in Rwanda in 1994.”", C, "minimisation"),
             rep("The post goes on: “The ‘one million’ figure was made up by Kagame’s government to squeeze money "
                 "out of Western donors.”", C, "fabrication"),
             s("RATING: False.")],
            [s("A post making these claims has been shared widely in the run-up to 7 April, the day in 1994 on which "
               "the killing began.", S),
             rep("It also asserts that “there were never a million Tutsi in Rwanda to kill”, and that “the UN never "
                 "called it a genocide anyway”.", C, "minimisation", "definitional_denial"),
             s("None of the estimates made after the killing ended comes anywhere near the post's number.", S)],
            [s("What the estimates say")],
            [s("Human Rights Watch and the International Federation for Human Rights concluded in their 1999 study, "
               "Leave None to Tell the Story, that at least half a million people were killed, about three quarters "
               "of Rwanda's Tutsi.", S),
             s("The UN Commission of Experts had put the figure at some 500,000 unarmed civilians in December 1994, "
               "and warned that this might be an underestimate.", S),
             s("That commission, set up under Security Council resolution 955 in the summer of 1994, also found that "
               "genocide had been committed against the Tutsi, which disposes of the post's other claim.", C),
             s("The UN's Independent Inquiry, published at the end of 1999, spoke of approximately 800,000 people "
               "killed over about 100 days.", S),
             s("Rwanda's government, after a census of victims carried out in 2000, published a count of 1,074,017 "
               "dead in 2002.", S),
             s("That count starts in October 1990 rather than April 1994, and researchers have questioned it: Filip "
               "Reyntjens called it “ridiculously precise”, and Luc Reydams concluded that it roughly doubles the "
               "number of genocide victims.", S),
             s("Most historians settle on a figure of around 800,000.", D)],
            [s("Where does “200,000” come from?")],
            [s("In May 1994, six weeks in, Human Rights Watch/Africa reported that at least 200,000 people had already "
               "been killed, and perhaps as many as 500,000.", S),
             s("Those were snapshots of a massacre that was still going on: the killing ended only when the Rwandan "
               "Patriotic Front defeated the government army in July.", S)],
            [s("“Never a million Tutsi”")],
            [s("The 1991 census recorded Tutsi as 8.4 per cent of the population, and the demographer William Seltzer "
               "estimated that about 657,000 Tutsi were living in the country on 6 April 1994.", S),
             s("Human Rights Watch's 1995 world report, by contrast, described the Tutsi as roughly 15 per cent of "
               "some 7.2 million Rwandans.", S),
             s("Rwanda's own count reported that 93.7 per cent of the victims were killed because they were "
               "identified as Tutsi; Hutu who opposed the killers were murdered too.", S),
             s("The economist Marijke Verpoorten has argued that between 560,000 and 660,000 Tutsi deaths is a "
               "plausible range.", S),
             s("Taken together, the evidence suggests a toll well above 800,000.", D)],
            [s("As for the claim that the figures were invented for donors, the post offers no evidence, and the "
               "estimates above come from human rights organisations, "
               "UN bodies and independent academics, several of them sharply critical of the government in Kigali."),
             s("Nor is it true, as the post adds, that “the UN tribunal acquitted most of those it tried”.", C),
             s("The International Criminal Tribunal for Rwanda convicted 61 people and acquitted 14.", S)],
            [s("Context: the UN General Assembly designated 7 April as an international day of reflection on the "
               "genocide in December 2003.", N),
             s("In January 2018 it renamed the observance the International Day of Reflection on the 1994 Genocide "
               "against the Tutsi in Rwanda.", N)],
            [s("Published estimates of the toll range from about half a million to more than a million, and none "
               "made after July 1994 is below 200,000.", S)],
        ],
    },
    # 2. Encyclopedia-style article lead on UNAMIR (no real wiki's text; written for the set).
    {
        "doc": "encyclopedia-lead-unamir.txt",
        "title": "United Nations Assistance Mission for Rwanda",
        "genre": "encyclopedia article lead",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("United Nations Assistance Mission for Rwanda")],
            [s("The United Nations Assistance Mission for Rwanda (UNAMIR; French: Mission des Nations unies pour "
               "l'assistance au Rwanda, MINUAR) was a peacekeeping operation established by United Nations Security "
               "Council Resolution 872 on 5 October 1993.", S),
             s("It was intended to help implement the Arusha Accords, signed on 4 August 1993 by the Rwandan "
               "government and the Rwandan Patriotic Front (RPF) to end the civil war that had begun with the RPF's "
               "invasion from Uganda in October 1990.", S),
             s("Its mandate included contributing to the security of the capital, Kigali.", S),
             s("The mission had an authorised strength of 2,500 personnel and was commanded from October 1993 to "
               "August 1994 by the Canadian general Roméo Dallaire.", S),
             s("Its political head was the Cameroonian diplomat Jacques-Roger Booh-Booh, a former foreign minister "
               "of Cameroon.", N)],
            [s("In the months before the genocide, an informant warned UNAMIR of a plan to kill French peacekeepers "
               "and of hidden weapons caches, but UN headquarters told Dallaire that he had no authority to act on "
               "the information.", C),
             s("After the plane carrying President Juvénal Habyarimana was shot down on 6 April 1994, government "
               "soldiers killed Prime Minister Agathe Uwilingiyimana on 7 April, together with ten Belgian "
               "peacekeepers assigned to protect her.", S),
             s("A week later Belgium announced that it would withdraw its contingent of about 420 troops.", N),
             s("On 21 April 1994 the Security Council unanimously adopted Resolution 912, reducing the force to about "
               "270 personnel.", S),
             s("Some of those who stayed saved many lives; the Senegalese military observer Captain Mbaye Diagne "
               "rescued people across Kigali until he was killed on 31 May 1994.", N)],
            [s("On 17 May 1994 Resolution 925 imposed an arms embargo on Rwanda and authorised an expanded force of "
               "up to 5,500 troops.", C),
             s("The genocide, in which an estimated 800,000 people were killed, ended in July when the RPF defeated "
               "the government army.", D),
             s("Dallaire handed over command in August 1994 to another Canadian officer, Major-General Guy "
               "Tousignant.", N),
             s("When the French-led Opération Turquoise left the safe humanitarian zone in the south-west on "
               "21 August 1994, about 2,400 African UNAMIR troops took its place.", S),
             s("By January 1995 the force numbered 5,740 troops.", S),
             s("In April 1995 several thousand displaced people were killed by RPA soldiers at the Kibeho camp; "
               "Australian soldiers serving with UNAMIR estimated the dead at no fewer than 4,000, while the Rwandan "
               "government gave a figure of 338.", D),
             s("The Security Council extended the mandate a final time in December 1995 with Resolution 1029, and its "
               "mandate expired on 8 March 1996.", N)],
        ],
    },
    # 3. Press release of a tribunal-watch NGO (invented: "Great Lakes Trial Monitor") on the Butare appeal judgment.
    {
        "doc": "ngo-press-release-butare-appeal.txt",
        "title": "Final ICTR appeal judgment: Butare convictions upheld, sentences reduced",
        "genre": "NGO press release",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("PRESS RELEASE · Great Lakes Trial Monitor · For immediate release")],
            [s("Final ICTR appeal judgment: Butare convictions upheld, sentences reduced", S)],
            [s("Arusha, 14 December 2015 — The Appeals Chamber of the International Criminal Tribunal for Rwanda "
               "(ICTR) today delivered its judgment in the “Butare” case, the last judgment the tribunal will ever "
               "hand down.", S),
             s("The six appellants had been convicted at trial in June 2011 of crimes committed in Butare prefecture "
               "in 1994.", S),
             s("One of them, Pauline Nyiramasuhuko, Minister of Family and Women's Development in the interim "
               "government, became in 2011 the first woman convicted of genocide by an international court.", N),
             s("Today the Appeals Chamber largely upheld her convictions but reduced her life sentence to 47 years "
               "because of the excessive length of the proceedings.", S),
             s("The same reduction, from life imprisonment to 47 years, applies to Arsène Shalom Ntahobali, who led "
               "the Interahamwe in Butare, and to Élie Ndayambaje, the former bourgmestre of Muganza.", S),
             s("Sylvain Nsabimana, prefect of Butare from April to June 1994, saw his sentence cut from 25 to 18 "
               "years, and Joseph Kanyabashi, bourgmestre of Ngoma, from 35 to 20 years.", S),
             s("The sentence of Alphonse Nteziryayo, who succeeded Nsabimana as prefect, was reduced from 35 to 25 "
               "years.", C)],
            [s("At the heart of the case were the abductions, rapes and killings of Tutsi who had taken refuge at the "
               "Butare prefecture office between April and June 1994.", S),
             s("The trial opened in June 2001 and lasted ten years, the longest in the tribunal's history.", N),
             s("“Twenty-one years after the genocide, the victims of Butare have heard a last word from Arusha, but "
               "justice delayed on this scale is justice diminished,” said Anna Lindqvist, the Monitor's director.")],
            [s("With today's judgment the ICTR, established by the Security Council on 8 November 1995, ends its "
               "judicial work; it closes on 31 December.", C),
             s("Over its lifetime it indicted 93 people, convicted 61 and acquitted 14.", S),
             s("Its remaining functions pass to the International Residual Mechanism for Criminal Tribunals, which "
               "the Security Council created in December 2010.", N)],
            [s("Not a single member of the Rwandan Patriotic Front was ever indicted in Arusha, although UNHCR experts "
               "estimated that RPA soldiers killed between 25,000 and 45,000 people between April and August 1994.",
               S),
             s("The killing of thirteen clergy and two other civilians near Kabgayi on 5 June 1994 was tried only "
               "before a Rwandan military court, which in 2008 convicted two captains and acquitted a general and a "
               "major.", D),
             s("Tens of thousands of civilians killed by RPA soldiers in 1994 still await justice.", D)],
            [s("Note for editors: Rwanda's community-based gacaca courts, which closed on 18 June 2012, tried 1,958,634 "
               "genocide-related cases.", S)],
        ],
    },
    # 4. Parliamentary debate excerpt (invented legislature and members); a both-sides remark, rebutted.
    {
        "doc": "parliament-debate-thirtieth-anniversary.txt",
        "title": "Genocide against the Tutsi in Rwanda: thirtieth anniversary (debate excerpt)",
        "genre": "parliamentary debate transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Genocide against the Tutsi in Rwanda: Thirtieth Anniversary")],
            [s("Sunday 7 April 2024, 3.12 pm")],
            [s("Helen Marsh (Eastbridge): I beg to move, That this House commemorates the victims of the genocide "
               "against the Tutsi in Rwanda, which began thirty years ago today.", S),
             s("It began hours after a plane was shot down, most likely by extremists in the President's own camp "
               "who wanted the peace process dead.", D),
             s("In about a hundred days at least half a million people were murdered, according to Human Rights "
               "Watch's meticulous study, and Rwanda's own census of victims counts more than a million.", S),
             s("Many of us have stood at the memorial at Gisozi, where over 250,000 victims are buried.", N),
             s("And we should not forget that on 21 April 1994, with the killing at its height, the Security Council "
               "voted to cut the UN force in Rwanda to just 270 personnel.", S)],
            [s("Daniel Pryor (Northfield South): I thank the honourable Lady, and I associate myself with much of "
               "what she said."),
             s("The peace agreement signed at Arusha in August 1992 might have held had extremists on all sides not "
               "wanted it to fail.", C),
             rep("But if we are honest, we must also say that there were killings on both sides, and that in Rwanda "
                 "both communities were victims and both were perpetrators.", None, "double_genocide"),
             rep("Indeed the UN's own Commission of Experts reported genocidal acts by both sides.", C,
                 "double_genocide"),
             s("The Rwandan Patriotic Front's soldiers killed tens of thousands of civilians, and some estimates are "
               "far higher.", D),
             rep("Remembrance that counts only one side's dead will not bring reconciliation.", None,
                 "double_genocide")],
            [s("Ruth Adeyemi (Harlow Vale): Will the honourable Gentleman give way?")],
            [s("Daniel Pryor: I give way.")],
            [s("Ruth Adeyemi: The honourable Gentleman is right that RPF soldiers committed grave crimes: experts "
               "working for the UN refugee agency estimated that they killed between 25,000 and 45,000 people from "
               "April to August 1994.", S),
             s("But that same Commission of Experts found no evidence that those crimes were meant to destroy the Hutu "
               "as a group, whereas the genocide against the Tutsi was concerted, planned and systematic.", S),
             s("To say that both communities were victims and perpetrators alike is not honesty; it is the oldest "
               "argument of those who deny the genocide.")],
            [s("Daniel Pryor: I did not say alike, and I resent the suggestion.")],
            [s("The Minister of State for Africa (Tom Hale): This country supported the International Criminal Tribunal for Rwanda from the day the Security "
               "Council created it in November 1995.", C),
             s("Its judgment against Jean-Paul Akayesu in September 1998 was the first conviction for genocide ever "
               "handed down by an international court.", S),
             s("The House will also recall that Félicien Kabuga, accused of helping to arm the killers, was arrested "
               "outside Paris in May 2020 after twenty-six years on the run.", N),
             s("He was later found unfit to stand trial, and in August 2023 the Appeals Chamber of the Residual "
               "Mechanism ordered an indefinite stay of the proceedings.", S),
             s("It is a matter of record that the Arusha tribunal never prosecuted a member of the RPF.", S),
             s("More than a million people were murdered in those hundred days, and we owe it to them to name the "
               "crime correctly.", D)],
            [s("Question put and agreed to.")],
        ],
    },
    # 5. Museum exhibition panel on hate media (invented exhibition); quotes Kangura and RTLM to condemn them.
    {
        "doc": "museum-panel-words-that-killed.txt",
        "title": "Room 3, Panel 4: Words that killed",
        "genre": "museum exhibition panel",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Room 3 · Panel 4 · Words that killed")],
            [s("Long before the roadblocks went up in April 1994, a newspaper and a radio station had taught their "
               "audiences to see their Tutsi neighbours as a threat."),
             s("The newspaper Kangura was founded in May 1990 and run from first issue to last by Hassan Ngeze.", N),
             rep("In December 1990 it printed an “Appeal to the Bahutu Conscience” that opened: “The Batutsi are "
                 "bloodthirsty and power-hungry and want to impose their hegemony on the people of Rwanda using "
                 "armed force.”", N, "accusation_in_mirror"),
             rep("The same issue carried the so-called Ten Commandments of the Bahutu, the eighth of which read: "
                 "“Hutus must cease having pity for the Tutsi.”", N, "call_to_action")],
            [s("Radio Télévision Libre des Mille Collines, known as RTLM, went on air on 8 July 1993.", N),
             s("It played the popular music that state radio did not, and between the songs its presenters attacked "
               "Tutsi, moderate Hutu, Belgians and the UN mission, UNAMIR.", N),
             s("After the President's plane was shot down on 6 April, almost certainly by extremists of his own "
               "camp, rumours that Belgian soldiers had done it spread across the country.", D),
             s("From then on RTLM's broadcasts incited listeners to kill Tutsi.", S),
             rep("“Let us simply stand firm and exterminate them, so that our children and grandchildren do not hear "
                 "that word ‘Inkotanyi’ ever again,” the presenter Kantano Habimana said on 2 July 1994.", N,
                 "call_to_action"),
             rep("On 20 June another presenter, Valérie Bemeriki, said of the Inyenzi, the station's word for the RPF "
                 "and at times for all Tutsi: “It is obvious that they were created to drink Rwandan blood and to "
                 "kill.”", N, "dehumanisation", "accusation_in_mirror")],
            [s("On appeal in November 2007, Ferdinand Nahimana, a founder of RTLM, had his life sentence reduced to "
               "35 years, while his conviction for direct and public incitement to commit genocide stood.", C),
             s("Jean-Bosco Barayagwiza, a member of the station's board, received 32 years, and Hassan Ngeze 35.", S),
             s("Georges Ruggiu, a Belgian presenter at RTLM, pleaded guilty and was sentenced to 12 years in 2003.", C),
             s("The singer Simon Bikindi was sentenced to 15 years for publicly urging people to kill Tutsi on a road "
               "in Gisenyi in late June 1994.", S),
             s("Words had been used this way before: in a speech at Kabaya on 22 November 1992, Léon Mugesera called "
               "for the extermination of the Tutsi, and a Rwandan court sentenced him to life imprisonment in 2016.",
               S)],
            [s("Between April and July 1994 more than half a million people were killed.", D),
             s("The listening station to your right plays recordings of RTLM broadcasts in Kinyarwanda and French, "
               "with English subtitles.")],
        ],
    },
    # 6. Live blog of the Kwibuka30 commemoration, 7 April 2024 (invented outlet "The Meridian").
    {
        "doc": "liveblog-kwibuka30.txt",
        "title": "Live: Rwanda marks 30 years since the genocide against the Tutsi",
        "genre": "live blog",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Live: Rwanda marks 30 years since the genocide against the Tutsi")],
            [s("The Meridian · Sunday 7 April 2024")],
            [s("Key points: President Paul Kagame has lit the flame of remembrance at the Kigali Genocide Memorial; "
               "it will burn for 100 days.", N),
             s("Former US president Bill Clinton and former French president Nicolas Sarkozy are among the guests.",
               N),
             s("A week of national mourning has begun.", N)],
            [s("08:05 — Good morning from Kigali, where flags are flying at half-mast.", N)],
            [s("08:20 — A reminder of why today: the killing began within hours of the shooting down of President "
               "Juvénal Habyarimana's plane on the evening of 6 April 1994.", S),
             s("That same night soldiers murdered the prime minister, Agathe Uwilingiyimana, and the ten Belgian "
               "peacekeepers guarding her.", C)],
            [s("09:10 — The President and First Lady Jeannette Kagame have laid a wreath at the mass graves at "
               "Gisozi, the resting place of more than 250,000 victims.", N)],
            [s("09:25 — The flame is lit, and among the heads of state at the memorial are South Africa's Cyril Ramaphosa and the Czech president, "
               "Petr Pavel.", N)],
            [s("10:15 — A note on the memorials: last September UNESCO added four genocide memorial sites, Nyamata, "
               "Murambi, Gisozi and Bisesero, to its World Heritage List.", N),
             s("The prefect of Gikongoro in 1994, Laurent Bucyibaruta, accused over the massacre at Murambi, was sentenced to 20 years by a Paris court "
               "in 2022 for complicity in genocide, and died in December 2023 before his appeal could be heard.", S)],
            [s("11:30 — The national ceremony has begun at BK Arena.", N)],
            [s("11:52 — Kagame, speaking now: “Rwandans will never understand why any country would remain "
               "intentionally vague about who was targeted in the genocide.”", N),
             s("Such ambiguity, he says, is “a form of denial”.", N)],
            [s("12:30 — On the numbers, since several readers have asked: Rwanda's government puts the number of victims at more than a million, based on a census of victims "
               "that counted 1,074,017.", S),
             s("Human Rights Watch's landmark 1999 study concluded that at least half a million people were killed, "
               "about three quarters of the Tutsi population.", S),
             s("Before the genocide, roughly one Rwandan in seven was Tutsi.", D),
             s("The killing stopped when the RPF took Kigali at the beginning of June.", C),
             s("It left some 95,000 children orphaned.", D)],
            [s("13:05 — Correction: our 08:20 entry said the prime minister and the Belgian peacekeepers were killed "
               "on the night of 6 April."),
             s("They were killed on 7 April 1994, the day after the plane was shot down.", S)],
            [s("13:30 — Survivors' organisations are also remembering the women raped during the genocide; most "
               "estimates put their number at 250,000 or more.", D)],
            [s("14:40 — On the date itself: the UN General Assembly designated 7 April as an international day of "
               "reflection in December 2003, and in 2018 changed its title to refer to the genocide “against the "
               "Tutsi”.", N)],
            [s("15:10 — The tribunal the UN set up in November 1994 convicted 61 people before it closed; none of "
               "them came from the RPF, whose soldiers also killed civilians in 1994.", S)],
            [s("17:00 — We're closing this live blog now; thank you for following as Rwanda began 100 days of remembrance for the more than one million people "
               "killed in 1994.", D)],
        ],
    },
    # 7. French agency dispatch on the Muhayimana appeal verdict, Paris, 27 February 2026 (invented agency "ACP").
    {
        "doc": "depeche-fr-proces-muhayimana.txt",
        "title": "Génocide des Tutsi : 14 ans de réclusion confirmés en appel pour l'ancien chauffeur Claude Muhayimana",
        "genre": "dépêche d'agence (French news agency dispatch)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Génocide des Tutsi : 14 ans de réclusion confirmés en appel pour l'ancien chauffeur Claude "
               "Muhayimana", S)],
            [s("PARIS, 27 février 2026 (ACP) - La cour d'assises d'appel de Paris a condamné vendredi le "
               "Franco-Rwandais Claude Muhayimana à 14 ans de réclusion criminelle pour complicité de génocide et "
               "complicité de crimes contre l'humanité, confirmant la peine prononcée en première instance.", S),
             s("Cet ancien chauffeur du Guest House de Kibuye, dans l'ouest du Rwanda, a été reconnu coupable d'avoir "
               "transporté des gendarmes et des miliciens Interahamwe vers des lieux de massacres de Tutsi entre "
               "avril et juin 1994, notamment à Kibuye et sur les collines de Bisesero.", S),
             s("Âgé de 65 ans, l'accusé, qui comparaissait libre, a été conduit à la prison de Fresnes à l'issue de "
               "l'audience.", N),
             s("Il avait une nouvelle fois nié les faits lors de sa dernière prise de parole.", N)],
            [s("Le procès en appel s'était ouvert le 3 février.", N),
             rep("En première instance, des témoins avaient affirmé l'avoir vu transporter des miliciens qui "
                 "chantaient « exterminons-les » en brandissant des machettes.", N, "call_to_action"),
             s("Sa défense avait mis en cause la crédibilité de ces témoignages et plaidé la contrainte, faisant "
               "valoir que son épouse de l'époque était tutsi.", N),
             s("« C'est une peine qui me semble assez clémente », a réagi Me Richard Gisagara, avocat de parties "
               "civiles, pour qui cette décision montre que « la France ne veut plus être un havre de paix pour "
               "génocidaire ».", N)],
            [s("Naturalisé français en 2010, M. Muhayimana avait été condamné une première "
               "fois le 16 décembre 2021, au terme d'un procès ouvert le 22 novembre.", N),
             s("La Cour de cassation s'était auparavant opposée à son extradition vers le Rwanda, que la cour d'appel "
               "de Rouen avait acceptée en décembre 2011.", N)],
            [s("Avant lui, la justice française avait condamné l'ex-capitaine Pascal Simbikangwa à 25 ans de "
               "réclusion en 2014, puis les anciens bourgmestres de Kabarondo Octavien Ngenzi et Tito Barahira à la "
               "perpétuité en 2016.", S),
             s("L'ancien préfet de Gikongoro Laurent Bucyibaruta, condamné à 20 ans en 2022, est mort en janvier 2024 "
               "sans avoir été rejugé.", C),
             s("En décembre 2023, la cour d'assises d'appel a confirmé la réclusion à perpétuité de l'ancien gendarme "
               "Philippe Hategekimana.", C),
             s("Et en octobre dernier, le gynécologue Sosthène Munyemana a vu sa peine de 24 ans confirmée en "
               "appel.", S),
             s("Me Gisagara, qui représente notamment la Communauté rwandaise de France, a toutefois déploré que de "
               "nombreux dossiers restent bloqués en France.", N)],
            [s("Entre avril et juillet 1994, le génocide a fait près d'un million de morts, en immense majorité des "
               "Tutsi.", D)],
        ],
    },
    # 8. French lycée revision sheet (invented teacher); rejects "double génocide" by mention.
    {
        "doc": "fiche-revision-lycee-genocide-tutsi.txt",
        "title": "Fiche de révision (Terminale) : le génocide des Tutsi au Rwanda, 1994",
        "genre": "fiche de révision de lycée (French history lesson summary)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Fiche de révision (Terminale) : le génocide des Tutsi au Rwanda, 1994")],
            [s("1. Les origines")],
            [s("Le Rwanda, sous tutelle belge, devient indépendant le 1er juillet 1962.", N),
             s("Dès les années 1930, l'administration coloniale belge fait figurer l'« ethnie » (hutu, tutsi ou twa) "
               "sur les documents d'identité.", N),
             s("Au recensement de 1991, le pays compte un peu plus de 7 millions d'habitants, dont 8,4 % de "
               "Tutsi.", S),
             s("Le 1er octobre 1990, le Front patriotique rwandais (FPR), formé surtout de réfugiés tutsi installés "
               "en Ouganda, attaque le nord du pays : c'est le début de la guerre civile.", S),
             s("Les accords d'Arusha, signés le 4 août 1993, prévoient un gouvernement de transition élargi, le "
               "retour des réfugiés et une armée unique.", S)],
            [s("2. Le génocide (avril-juillet 1994)")],
            [s("Le 6 avril 1994 au soir, l'avion du président Habyarimana est abattu à l'approche de Kigali.", S),
             s("Attention : les auteurs de l'attentat n'ont jamais été désignés par un tribunal.", S),
             s("Le 7 avril, la Première ministre Agathe Uwilingiyimana et dix Casques bleus belges sont assassinés ; "
               "les massacres de Tutsi et d'opposants hutu commencent à Kigali.", S),
             s("En une centaine de jours, environ 800 000 personnes sont tuées selon l'ONU ; le gouvernement rwandais "
               "a recensé 1 074 017 victimes.", S),
             s("À retenir : près d'un million de morts en cent jours, soit environ 10 % de la population.", D),
             s("Le 22 juin, la résolution 928 du Conseil de sécurité autorise l'opération Turquoise, conduite par la "
               "France.", C),
             s("Le 4 juillet 1994, le FPR prend Kigali ; sa victoire militaire met fin au génocide.", S),
             s("Plus d'un million de Hutu fuient alors vers le Zaïre, où le choléra fait des dizaines de milliers de "
               "morts dans les camps de Goma.", D),
             s("Les soldats du FPR ont eux aussi tué des civils, sans doute plusieurs dizaines de milliers.", D)],
            [s("3. Juger et se souvenir")],
            [s("Le Tribunal pénal international pour le Rwanda (TPIR) est créé par l'ONU le 8 novembre 1994 ; il "
               "siège à Arusha, en Tanzanie.", S),
             s("En 1998, il prononce la première condamnation pour génocide de l'histoire d'une juridiction "
               "internationale : Jean-Paul Akayesu, bourgmestre de Taba.", S),
             s("Il condamne aussi l'ancien Premier ministre Jean Kambanda à 30 ans de prison.", C),
             s("Au Rwanda, les tribunaux communautaires gacaca jugent 1 958 634 affaires avant de fermer en 2014.",
               C),
             s("Les crimes commis par des soldats du FPR n'ont presque jamais été jugés, et jamais par le TPIR.", S),
             s("En France, le rapport de la commission Duclert (mars 2021) conclut à des « responsabilités lourdes et "
               "accablantes » de l'État français, sans retenir la complicité au sens juridique.", S),
             s("Depuis 2003, l'ONU consacre le 7 avril à une journée internationale de réflexion sur le "
               "génocide.", N)],
            [s("Vocabulaire")],
            [s("Génocide : selon la Convention adoptée par l'ONU le 9 décembre 1948, crime commis « dans l'intention "
               "de détruire, en tout ou en partie, un groupe national, ethnique, racial ou religieux, comme tel ».", N),
             s("Erreurs à éviter : parler de « guerre tribale » ou de « double génocide », deux formules reprises "
               "par les négationnistes.")],
        ],
    },
    # 9. Book review of a book on RPF crimes (Judi Rever, In Praise of Blood, 2018); invented reviewer and journal.
    {
        "doc": "book-review-rpf-crimes.txt",
        "title": "Review: Judi Rever, In Praise of Blood: The Crimes of the Rwandan Patriotic Front",
        "genre": "book review (scholarly journal)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Judi Rever, In Praise of Blood: The Crimes of the Rwandan Patriotic Front (Random House Canada, "
               "2018).", N)],
            [s("Few books on Rwanda have caused as much noise in recent years as this investigation by the Canadian "
               "journalist Judi Rever.", N),
             s("The historian Gerald Caplan wrote that it had “an immediate, destabilizing influence on the world of "
               "orthodox Rwandan scholarship”, and that is no exaggeration.", N),
             s("Its subject is not in doubt: soldiers of the Rwandan Patriotic Army killed civilians in 1994, in large "
               "numbers, and very few of them have ever been punished.", S)],
            [s("The record was already substantial: in 1999 Human Rights Watch wrote that RPF soldiers may have killed "
               "tens of thousands of civilians between April and July 1994.", S),
             s("A UNHCR team led by Robert Gersony put the number killed by RPA soldiers between April and August 1994 "
               "at 25,000 to 45,000.", S),
             s("The team visited 91 sites in 41 of Rwanda's 145 communes between 1 August and 5 September 1994.", N),
             s("Its findings were never published as a report.", S),
             s("In late September 1994 the New York Times reported that the UN had stopped encouraging refugees to go "
               "home because of those findings, and that the Secretary-General had instructed UN officials not to "
               "discuss them.", N),
             s("Human Rights Watch also documented the massacre of several hundred people in the Byumba stadium in "
               "mid-April 1994.", S),
             s("At Kabgayi, on 4 June 1994, RPF soldiers killed thirteen clergy, among them the Archbishop of Kigali, "
               "and two other civilians.", D),
             s("By the time the RPA reached Gisenyi on 18 July, close to a million people had crossed into Zaire, "
               "among them the army and militias that had carried out the genocide.", D),
             s("And at the Kibeho camp, on 22 April 1995, RPA fire killed around 2,000 displaced people.", D)],
            [s("To that record Rever adds hundreds of interviews, including with RPF defectors.", N),
             s("Helen Epstein, reviewing the book in the New York Review of Books, judged that her sources were “too "
               "numerous and their observations too consistent for her findings to be a fabrication”.", N)],
            [s("The book's central claim is another matter."),
             rep("Rever argues that the RPF's killings of Hutu should also be called genocide.", N, "double_genocide"),
             s("The evidence she presents does not carry that weight."),
             s("The UN Commission of Experts concluded in December 1994 that crimes against humanity had been "
               "committed on both sides, but found no evidence that the RPF's crimes were meant to destroy the Hutu as "
               "a group.", S),
             s("Nor do the numbers suggest any equivalence: on the most careful estimates the genocide against the "
               "Tutsi killed at least half a million people, while the highest documented estimate of RPA killings in "
               "1994, the Gersony team's, is 45,000.", S),
             rep("Online, the book has already been recruited by people who claim that the RPF killed more Rwandans "
                 "than the génocidaires did.", C, "double_genocide", "blame_shifting"),
             s("That is false, and Rever does not say it, but she does too little to prevent the misreading.")],
            [s("What the book gets right is the scandal of impunity."),
             s("The ICTR indicted 93 people and not one member of the RPF, and in 2008 its prosecutor left the Kabgayi "
               "case to a Rwandan military court, which convicted two captains and acquitted their superiors.", S),
             s("Rwanda's army says it has prosecuted 43 soldiers since 1994 for war crimes and revenge killings.", S)],
            [s("Reviewed by Martin Okafor-Lindgren for the Great Lakes Review of Books")],
        ],
    },
    # 10. Letters page with three letters, the second denying (composite fixture; all letter writers invented).
    {
        "doc": "fixture-denial-letters-page.txt",
        "title": "Letters to the editor: remembering Rwanda",
        "genre": "letters to the editor (composite: two accurate letters, one denial letter)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("Letters to the editor")],
            [s("I was at the Kigali Genocide Memorial this April, where more than 250,000 victims are buried.", N),
             s("Standing by the mass graves, I thought of the ten Belgian peacekeepers who were killed on 7 April 1994 "
               "trying to protect the prime minister.", S),
             s("Your reporter was right that the UN cut its force to a few hundred soldiers just as the killing of "
               "more than a million people was getting under way.", D)],
            [s("— M. Okonjo, Leeds")],
            [own("Your coverage of the so-called genocide anniversary was the usual one-sided propaganda.", None,
                 "definitional_denial", "fabrication"),
             own("What happened in 1994 was a civil war started by the RPF invasion of 1990, in which both sides "
                 "committed massacres.", C, "definitional_denial", "double_genocide", "blame_shifting"),
             own("The figure of a million dead was invented by the victors; the UN's own experts counted 500,000 at "
                 "the very most.", C, "fabrication", "minimisation"),
             own("Even Human Rights Watch admits that the RPF killed as many people as the militias did.", C,
                 "double_genocide"),
             own("And the Arusha tribunal, which never tried a single RPF officer, was victors' justice from start to "
                 "finish.", S, "attack_on_witnesses")],
            [s("— R. Delacroix, by email")],
            [s("Mr Delacroix is entitled to his opinions but not to his own facts."),
             s("The UN Commission of Experts he cites estimated some 500,000 unarmed civilians murdered and warned "
               "that this might be too low; it also found that the genocide against the Tutsi had been planned and "
               "systematic.", S),
             s("It found no evidence that the crimes of the RPF, which it asked to be investigated, were aimed at "
               "destroying the Hutu as a group.", S),
             s("He is right on one point: the tribunal indicted 93 people and not one of them came from the RPF.", S)],
            [s("— Dr H. Brandt, Department of History")],
        ],
    },
    # 11. Denial fixture: rally-speech transcript excerpt (own voice, written by the team, states falsehoods on purpose).
    {
        "doc": "fixture-denial-rally-speech.txt",
        "title": "Transcript excerpt: speech at a diaspora rally",
        "genre": "rally speech transcript (denial fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("Brothers and sisters, they tell you a million died, when the UN's own experts said half that "
                 "number at most.", C, "minimisation"),
             own("There was no plan to exterminate anyone: there was a war, and in a war people die on every side.",
                 C, "spontaneity", "definitional_denial"),
             own("It was Kagame's army that shot down the President's plane and lit the fire, and the so-called "
                 "international justice in Arusha never asked him a single question.", D, "blame_shifting",
                 "attack_on_witnesses"),
             own("When the rebels invaded in 1990, our parents defended their hills, and since when is it a crime to "
                 "defend your home?", S, "justification", "role_reversal"),
             own("The “survivors” you see on television are paid to cry, and their witnesses learned their stories "
                 "in Kigali.", None, "attack_on_witnesses", "fabrication"),
             own("The real genocide was the one against the Hutu, and the world still refuses to count our dead.",
                 C, "double_genocide", "role_reversal"),
             own("Those among us who repeat Kigali's lies have no place in this community: drive them out.", None,
                 "call_to_action")],
        ],
    },
    # 12. Denial fixture: "numbers don't add up" forum post (own voice, written by the team, falsehoods on purpose).
    {
        "doc": "fixture-denial-forum-numbers.txt",
        "title": "Re: Rwanda 'genocide' numbers don't add up",
        "genre": "forum post (denial fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("Re: Rwanda 'genocide' numbers don't add up", None, "definitional_denial")],
            [s("ok so I actually did the maths on this, bear with me."),
             s("The 1991 census says Tutsi were 8.4% of the population, so roughly 600,000 people.", S),
             own("Yet we're told over a million Tutsi were 'exterminated', which is more Tutsi than ever lived in the "
                 "country.", D, "minimisation", "definitional_denial"),
             own("Even Human Rights Watch, hardly friends of the old government, only ever said about 200k.", C,
                 "minimisation"),
             own("Most of the dead were Hutu killed by the RPF anyway, which is the part nobody wants to talk about.",
                 C, "double_genocide", "blame_shifting"),
             own("Not saying nothing happened, just that it was a civil war with massacres on both sides and the "
                 "numbers got inflated for aid money.", C, "definitional_denial", "double_genocide", "minimisation",
                 "fabrication")],
        ],
    },
]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:], DOCS, HERE))
