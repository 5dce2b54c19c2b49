"""Source of the TWENTY-SECOND BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind22/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind22/build_set.py --check  # validate the files already written

A held-out general mix written blind: genres the earlier sets used little (a researcher's thread on RPF/RPA killings,
a book's back-cover blurb and foreword on the ICTR's blind spot, a documentary narration script on Kangura, Mugesera
and RTLM, a three-speaker TV debate on the death toll, an exam paper with a model answer, an unofficial court press
summary of the Butare appeal, a travel guide's memorial section, a French diaspora association newsletter, a podcast
transcript on the camps in Zaire, and three short fixtures, one of them composite). Its author did not read the
detectors, their rules, exemplars or training data, the benchmark results or tests, nor any other set's documents,
labels or README (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling
conventions, and the first 40 lines of check-blind5/build_set.py and check-blind5/README.md as templates). Verdicts
were decided against the record alone: examples/ (FACTS.md and the sample documents),
src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Keep it that way: do not copy these
sentences into rules, exemplars or training data, and do not tune against this set.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling rules and the sources
of every fact outside the record.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with


DOCS: list[dict] = [
    # 1. A researcher's social-media thread on killings by RPF/RPA soldiers (hard negative: documents RPF crimes,
    #    rejects the "second genocide" reading; no techniques at all). The researcher and her handle are invented.
    {
        "doc": "researcher-thread-rpa-crimes.txt",
        "title": "Thread: what the record says about killings by RPF soldiers, 1994-1995",
        "genre": "social-media thread by a researcher",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Ilse Varga-Munro (@ivm_archives), archivist and researcher."),
                s("1/ A thread on the crimes of RPF soldiers in 1994 and 1995, because the subject keeps being either ignored or abused."),
                s("Writing them down takes nothing away from the genocide against the Tutsi, and nothing below should be read that way."),
            ],
            [
                s("2/ Start with scale."),
                s("A UNHCR field team led by Robert Gersony reckoned that RPA soldiers killed somewhere between twenty-five and forty-five thousand people from April to August 1994.", S),
                s("That estimate was never published as a report; it reached the public through Human Rights Watch and the press.", S),
                s("By my own reading of the sources, RPA units killed at least thirty thousand civilians in those months.", D),
            ],
            [
                s("3/ Human Rights Watch's 1999 history of the genocide, Leave None to Tell the Story, says RPF troops may have killed tens of thousands of civilians over the four months of fighting.", S),
                s("A former interior minister, in office in 1994 and 1995, put it higher still: some sixty thousand people killed by RPA soldiers between April 1994 and August 1995.", S),
            ],
            [
                s("4/ Specific incidents."),
                s("In mid-April 1994, HRW reports, RPF soldiers massacred several hundred people in the stadium at Byumba.", S),
                s("In early June, close to Kabgayi, RPF soldiers killed fifteen civilians, thirteen of whom were clergy, the archbishop of Kigali among them.", S),
                s("Church records put the killings on 5 June, whereas the prosecutors at the 2008 military trial placed them on the 4th.", S),
                s("5/ Amnesty International's report of October 1994 listed hundreds of deliberate executions by the RPA between April and August.", S),
            ],
            [
                s("6/ Then Kibeho, on 22 April 1995: RPA soldiers fired into a crowd of displaced people while the army was closing the camp by force.", S),
                s("At the time Kibeho sheltered around 210,000 displaced people.", C),
                s("The government's count of the dead was 338; Australian peacekeepers serving with UNAMIR counted at least 4,000.", S),
                s("My honest best estimate is that roughly two thousand died there.", D),
            ],
            [
                s("7/ Accountability."),
                s("The ICTR, whose mandate covered every serious violation committed in Rwanda in 1994, indicted not a single RPF member.", S),
                s("In December 2008 Human Rights Watch said the tribunal had \"not prosecuted even one\" of the serious RPF crimes of that year.", S),
                s("Carla Del Ponte, prosecutor of both UN tribunals, said Kigali had stopped cooperating once she announced she would pursue RPA killings, and in August 2003 the Security Council took the Rwanda post away from her.", N),
                s("Rwanda's army said in 2008 that it had prosecuted 43 soldiers since 1994 for war crimes and revenge killings.", S),
                s("For Kabgayi, a military court in Kigali convicted two captains who had pleaded guilty and acquitted a general and a major in October 2008.", S),
                s("The captains' eight-year terms were cut to five on appeal.", S),
            ],
            [
                s("8/ None of this adds up to a \"second genocide\", and people who use these numbers that way are misusing them."),
                s("The UN Commission of Experts found no evidence that Tutsi elements had acted with intent to destroy the Hutu as a group, while asking that the RPF's crimes be investigated further.", S),
                s("9/ Both things are true at once, and a serious archive keeps both."),
                s("Sources in the next post."),
            ],
        ],
    },
    # 2. Back-cover blurb and foreword of an invented book critical of the ICTR (hard negative: criticism of the
    #    tribunal; "victor's justice" mentioned, not used). Author, foreword writer, reviewer and journal are invented.
    {
        "doc": "book-cover-and-foreword-arusha.txt",
        "title": "The Unfinished Docket: back cover and foreword",
        "genre": "book back-cover blurb and foreword",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("THE UNFINISHED DOCKET: Arusha and the Limits of International Justice."),
                s("For twenty-one years a United Nations court sitting in Arusha tried the men and women who organised the genocide against the Tutsi.", S),
                s("By its own final count it convicted sixty-one people and acquitted fourteen.", S),
                s("It never charged a single officer of the Rwandan Patriotic Front.", S),
                s("In The Unfinished Docket, the legal historian Miriam Oduya-Lenz asks what that silence cost."),
                s("Drawing on trial records and the tribunal's own press releases, she reads the court's record against its mandate."),
                s("\"Rigorous, fair and deeply uncomfortable.\" (Harald Junqvist, Nordic Review of Law)"),
            ],
            [
                s("Foreword, by Tomas Keldgaard."),
                s("Let me begin with what the tribunal achieved, because this book never loses sight of it."),
                s("On 2 September 1998 a trial chamber in Arusha found Jean-Paul Akayesu, formerly bourgmestre of Taba, guilty of genocide, the first such judgment by any international court.", S),
                s("Two days later Jean Kambanda, who had headed the interim government, was sentenced to life imprisonment after pleading guilty.", S),
                s("The Akayesu chamber had also held, for the first time, that rape could be an act of genocide.", S),
                s("In 2006 the Appeals Chamber went further and ruled that the genocide against the Tutsi was a fact of common knowledge that no longer had to be proved in each trial.", N),
            ],
            [
                s("Yet the docket was lopsided from the first day to the last."),
                s("The Security Council created the tribunal in November 1995, more than a year after the killing stopped.", C),
                s("It gave the court jurisdiction over all of 1994, from the first of January to the thirty-first of December, and over every serious violation of humanitarian law, whoever committed it.", S),
                s("Its first trial did not open until 1997.", S),
                s("The UN's own Commission of Experts had reported crimes against humanity by individuals on both sides and asked that violations attributed to the RPF be investigated further.", S),
                s("Soldiers of that army killed tens of thousands of civilians in 1994.", D),
                s("Human Rights Watch reminded the tribunal in December 2008 that it had not prosecuted even one of those crimes.", S),
            ],
            [
                s("When Carla Del Ponte, then prosecutor of both UN tribunals, said she would look into killings by the Tutsi-led army, Kigali stopped cooperating with her, and in August 2003 the Security Council gave the Rwanda tribunal a prosecutor of its own.", N),
                s("Her successor, the Gambian judge Hassan Bubacar Jallow, took office that September.", N),
                s("The only RPF case ever to leave his desk, the Kabgayi killings, was handed to Rwandan military justice, which convicted two captains and acquitted their superiors.", S),
                s("Critics have a name for all this, \"victor's justice\", and Oduya-Lenz uses it sparingly and with care."),
            ],
            [
                s("She is just as careful about the court's delays, which cost it dearly."),
                s("In December 2015 the Appeals Chamber replaced Pauline Nyiramasuhuko's life term with forty-seven years because her trial had taken so long.", S),
                s("A decade earlier it had converted Juvénal Kajelijeli's life sentences into forty-five years over violations of his rights during arrest and detention.", S),
                s("What follows is a patient book about an impatient subject."),
                s("It deserves to be argued with, and it will be."),
            ],
        ],
    },
    # 3. Documentary narration script on hate media (hard negative: quotes Kangura, Mugesera and RTLM in order to
    #    condemn them; every technique in voice "reported"). The film and its makers are invented.
    {
        "doc": "documentary-script-hate-media.txt",
        "title": "Narration script: Words Before the Machetes (episode 2)",
        "genre": "documentary film narration script",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("[NARRATOR, over archive of a Gisenyi street] Before the killing there were the words."),
                s("In May 1990, a few months before the RPF crossed the border from Uganda, a new paper called Kangura appeared, edited by Hassan Ngeze.", N),
                s("That December it printed what it called the Ten Commandments of the Bahutu.", N),
                rep("[ON SCREEN, translated] \"The Batutsi are bloodthirsty and power-hungry and want to impose their hegemony on the people of Rwanda using armed force.\"", None, "accusation_in_mirror", "dehumanisation"),
                rep("[NARRATOR] The eighth commandment was shorter: \"Hutus must cease having pity for the Tutsi.\"", None, "call_to_action", "dehumanisation"),
                rep("A cover from November 1991 set a machete beside the question of which weapons would finish off the \"cockroaches\" once and for all.", N, "dehumanisation", "call_to_action"),
            ],
            [
                rep("[ARCHIVE AUDIO, subtitled] On 22 November 1992, at a party meeting in Kabaya, the MRND's vice-president for Gisenyi, Léon Mugesera, told the crowd that the people he called Inyenzi were \"now on their way to attack us\".", S, "accusation_in_mirror", "dehumanisation"),
                rep("\"Know that anyone whose neck you do not cut is the one who will cut your neck.\"", None, "call_to_action", "accusation_in_mirror"),
                s("[NARRATOR] Mugesera settled in Canada, where the Supreme Court upheld his deportation in June 2005, finding that the speech was incitement to murder, genocide and hatred.", N),
                s("He was deported to Rwanda in 2012, convicted there of direct and public incitement to commit genocide in April 2016, and sentenced to life.", S),
            ],
            [
                s("The radio came next."),
                s("Radio Télévision Libre des Mille Collines went on air on 8 July 1993, with the music young people wanted and open contempt for the Arusha talks.", N),
                s("Within minutes of the plane's destruction, its journalists were accusing Belgian peacekeepers of having shot it down.", N),
                s("On 7 April ten Belgian UNAMIR soldiers guarding the prime minister were disarmed, taken to a camp in Kigali and killed.", S),
                rep("[ARCHIVE AUDIO] On 7 and 8 April the station told listeners: \"You have to kill [the Tutsis], they are cockroaches.\"", N, "dehumanisation", "call_to_action"),
                rep("Another voice urged: \"You have to work harder, the graves are not full.\"", None, "call_to_action"),
                rep("On 4 June the presenter Kantano Habimana told listeners to look at a person's height and small nose, \"and then break it\".", N, "dehumanisation", "call_to_action"),
                s("[NARRATOR] In all, perhaps eight hundred thousand people were murdered in the hundred days after the plane came down.", D),
            ],
            [
                s("[NARRATOR, over courtroom footage] On 3 December 2003 the tribunal in Arusha convicted RTLM's founder Ferdinand Nahimana, the RTLM board member Jean-Bosco Barayagwiza and Kangura's editor Hassan Ngeze.", S),
                s("Passing sentence, the presiding judge told Nahimana that without a firearm, machete or any physical weapon he had caused the death of thousands of innocent civilians.", N),
                s("At trial Nahimana and Ngeze received life; on appeal in November 2007 the three sentences became thirty, thirty-two and thirty-five years.", S),
                s("Georges Ruggiu, the Belgian presenter who pleaded guilty, was given twenty years in June 2000.", C),
            ],
            [
                s("[NARRATOR] We replay these words not to give them air again."),
                s("We replay them to show how a neighbour was first turned into an insect on the radio, and only then into a target at a roadblock."),
                s("[END OF SEGMENT]"),
            ],
        ],
    },
    # 4. TV debate transcript with three speakers (hard negative: the host reads denial claims from viewers so that
    #    the guests can refute them; those claims carry techniques in voice "reported"). Programme, host and guests
    #    are invented.
    {
        "doc": "tv-debate-death-toll.txt",
        "title": "Transcript: The Numbers Question (studio debate)",
        "genre": "TV debate transcript with three speakers",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("HOST (Dana Whitcombe): Good evening, and welcome to Crossfire Weekly."),
                s("Tonight: why do the death tolls for Rwanda in 1994 differ so much, and who exploits the gap?"),
                s("With me are the demographer Jonas Eklund and the historian Nadia Rutherford."),
                s("Just so viewers have the frame, the killing began on the night of 9 April, after the president's plane came down.", C),
            ],
            [
                s("EKLUND: The figures differ because they count different things over different periods."),
                s("The government's victim census, published in 2002, reached 1,074,017, but it counted from October 1990 to the end of 1994.", S),
                s("A later count, announced in 2004 by the ministry of youth, culture and sports, named 937,000 victims.", S),
                s("Human Rights Watch, working from the 1991 census, concluded in 1999 that at least half a million people were killed.", S),
                s("It reckoned that about seventy-seven percent of the people registered as Tutsi had been killed.", S),
                s("The UN's Independent Inquiry, for its part, used approximately 800,000.", S),
            ],
            [
                s("RUTHERFORD: And then there is the figure people actually carry in their heads."),
                s("Roughly eight hundred thousand people died in about a hundred days; that is the number I teach.", D),
            ],
            [
                rep("HOST: A viewer wrote in to say, and I quote, \"no more than fifty thousand people died, most of them in the fighting\".", C, "minimisation", "definitional_denial"),
                s("RUTHERFORD: That claim is false by any measure."),
                s("Amnesty International put the dead at almost two hundred thousand by early May 1994.", S),
                s("On 19 April Human Rights Watch had already told the Security Council that humanitarian agencies estimated up to a hundred thousand killed in two weeks.", S),
            ],
            [
                s("EKLUND: The other trick is to play with the Tutsi share of the population until the toll looks impossible."),
                s("The 1991 census, as Human Rights Watch read it, registered the Tutsi as 8.4 percent of the population.", S),
                s("HRW's world report of 1995 gave a share of about fifteen percent for early 1994.", S),
                s("So the Tutsi were roughly a tenth of the country.", D),
            ],
            [
                rep("HOST: Another line we hear, quote: \"there were two genocides, one against the Tutsi and one against the Hutu\".", C, "double_genocide"),
                s("RUTHERFORD: The UN Commission of Experts answered that in December 1994: it found no evidence that the crimes of the Tutsi side were meant to destroy the Hutu as a group.", S),
                s("It also found crimes against humanity committed by individuals on both sides, and it said so plainly.", S),
                s("Killings by RPA soldiers are real, between 25,000 and 45,000 by the UNHCR team's estimate, and they are war crimes that should have been prosecuted, not a second genocide.", S),
            ],
            [
                rep("HOST: One last quote from the mailbag: \"the survivors were coached to lie and the Arusha judges simply believed them\".", None, "attack_on_witnesses", "fabrication"),
                s("EKLUND: Demography does not rest on survivors' testimony at all."),
                s("Marijke Verpoorten, working from local population registers, found that a Tutsi in Gikongoro had on average a one-in-four chance of surviving.", S),
                s("In 2020 she argued that between 560,000 and 660,000 Tutsi deaths is a plausible range.", S),
                s("RUTHERFORD: Nor did the judges simply believe anyone: the tribunal acquitted fourteen of the people it tried.", S),
                s("HOST: We'll leave it there."),
            ],
        ],
    },
    # 5. Exam paper with a model answer (hard negative: Source B is a denial pamphlet reproduced for analysis; its
    #    claims carry techniques in voice "reported" and the model answer refutes them). Exam board invented.
    {
        "doc": "exam-paper-unamir-model-answer.txt",
        "title": "History Paper 2, Section C: the international response, 1993-1994 (with model answer)",
        "genre": "exam paper with model answer",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [
                s("Western Counties Examinations Board, History Paper 2, Section C: International responses to the genocide against the Tutsi (25 marks)."),
                s("Read Sources A and B, then answer the question that follows."),
            ],
            [
                s("Source A (adapted from a UN document): on 5 October 1993 the Security Council set up UNAMIR to help carry out the Arusha Agreement, with an authorised strength of 2,500.", S),
            ],
            [
                s("Source B (from a pamphlet handed out at a public meeting, reproduced for analysis only):"),
                rep("\"The so-called genocide was a spontaneous explosion of grief after the president was murdered; nobody planned anything.\"", C, "spontaneity", "definitional_denial"),
                rep("\"It was the RPF's missile that started everything, so the blame is theirs.\"", D, "blame_shifting"),
                rep("\"The real victims were Hutu peasants butchered by Tutsi militias while the UN troops looked on.\"", None, "role_reversal", "double_genocide"),
            ],
            [
                s("Question: Using Sources A and B and your own knowledge, explain why UNAMIR failed to stop the genocide, and assess the reliability of Source B."),
            ],
            [
                s("Model answer (top band)."),
                s("UNAMIR was a small force with a narrow mandate from the start."),
                s("Before the killing began, its commander, Roméo Dallaire, learned from an informant of a plan to kill Belgian soldiers and of hidden stocks of weapons, but New York told him he had no authority to act.", S),
                s("His coded cable of 11 January 1994 later became known as the \"genocide fax\".", N),
                s("The reply came from the peacekeeping department then headed by Kofi Annan.", N),
                s("After ten Belgian peacekeepers were killed on 7 April, Belgium announced within a week that it would withdraw its contingent.", N),
                s("On 21 April resolution 912 cut the force to 270.", S),
                s("Only on 17 May did resolution 918 impose an arms embargo and authorise up to 5,500 troops, far too late to matter.", S),
                s("Resolution 929 then authorised the French-led Opération Turquoise, with five Council members abstaining.", S),
            ],
            [
                s("On Source B, the claim of spontaneity is contradicted by the UN Commission of Experts, which found in December 1994 that the genocide had been carried out in a concerted, planned, systematic and methodical way.", S),
                s("Its use of \"so-called\" is a classic marker of denial."),
                s("No court has ever established who fired at the plane, so the pamphlet's certainty is itself a warning sign.", S),
                s("Its picture of Hutu victims of \"Tutsi militias\" inverts what the court in Arusha found, for example when it convicted Théoneste Bagosora, directeur de cabinet at the Ministry of Defence, of genocide in December 2008.", S),
                s("A strong answer also notes that RPF soldiers committed crimes of their own, which the Commission asked to be investigated, without treating them as cancelling the genocide.", S),
            ],
            [
                s("Examiner's note: weaker answers claimed that \"resolution 912 expanded UNAMIR to 5,500 troops\".", C),
                s("It did the opposite."),
                s("Award up to 10 marks for knowledge, 10 for source analysis and 5 for judgement."),
            ],
        ],
    },
    # 6. Unofficial court press summary of the ICTR Appeals Chamber judgment in the Butare case, with two honest
    #    errors. The trial-monitoring service is invented; this is not an ICTR text.
    {
        "doc": "press-summary-butare-appeal.txt",
        "title": "Press summary (unofficial): Appeals Chamber judgment in Nyiramasuhuko et al.",
        "genre": "court press summary (unofficial)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Great Lakes Trial Monitor, Arusha: press summary, not an official document of the Tribunal."),
                s("Appeals Chamber judgment in The Prosecutor v. Pauline Nyiramasuhuko et al., delivered on Monday 14 December 2015.", S),
            ],
            [
                s("Today's judgment is the last the International Criminal Tribunal for Rwanda will deliver before it closes on 31 December.", S),
                s("The six appellants were tried together in what became known as the Butare case, and the trial chamber gave its judgment on 24 June 2011.", S),
                s("The Appeals Chamber largely upheld the convictions of Pauline Nyiramasuhuko, minister of family and women's development in the interim government.", S),
                s("Finding that the proceedings had been unduly delayed, it replaced her life sentence with forty-seven years.", S),
                s("Her son, Arsène Shalom Ntahobali, a student who led Interahamwe in Butare, had his life sentence reduced to the same term.", S),
                s("So did Élie Ndayambaje, bourgmestre of Muganza commune in 1994.", S),
            ],
            [
                s("Sylvain Nsabimana, prefect of Butare from 19 April to 17 June 1994, saw his twenty-five years cut to eighteen and was ordered released, having served his time.", S),
                s("Joseph Kanyabashi, bourgmestre of Ngoma, whose thirty-five-year term was reduced to twenty, was likewise released.", S),
                s("Alphonse Nteziryayo, who followed Nsabimana as prefect, remains convicted of direct and public incitement to commit genocide.", S),
                s("His sentence was reduced from thirty years to ten.", C),
            ],
            [
                s("The crimes at issue include the abduction, rape and killing of Tutsi who had sought refuge at the Butare prefecture office between April and June 1994.", S),
                s("Ndayambaje's convictions rest in part on massacres in Muganza and on incitement at his swearing-in ceremony on 22 June 1994.", S),
                s("Nteziryayo's own speeches at commune meetings that June were found to have incited the killing of Tutsi.", S),
            ],
            [
                s("Background."),
                s("The Tribunal was established by Security Council resolution 955 of 8 November 1994, with jurisdiction over crimes committed in Rwanda, and by Rwandans in neighbouring states, during 1994.", S),
                s("According to its key figures, it indicted 93 persons, convicted 61 and acquitted 14.", S),
                s("Among those acquitted were the former ministers Justin Mugenzi and Prosper Mugiraneza, whose convictions were reversed on appeal in February 2013.", S),
                s("In the Military I case, the trial chamber convicted Gratien Kabiligi, the army's former head of military operations, in December 2008.", C),
                s("Press enquiries: Great Lakes Trial Monitor, Arusha office."),
            ],
        ],
    },
    # 7. Travel guide's memorial section, with two honest errors. The guidebook series is invented.
    {
        "doc": "travel-guide-memorial-sites.txt",
        "title": "Rwanda Handbook (Highland Trails Guides): Remembering 1994, the memorial sites",
        "genre": "travel guide memorial section",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Remembering 1994: the memorial sites."),
                s("No visit to Rwanda makes sense without some understanding of the genocide against the Tutsi, which began on 7 April 1994 and lasted roughly a hundred days.", S),
                s("It claimed more than a million lives.", D),
                s("It ended only when the RPF took Kigali on 4 June and then pushed on to the western border.", C),
            ],
            [
                s("Kigali Genocide Memorial, Gisozi."),
                s("More than 250,000 victims lie in the mass graves on the hillside at Gisozi, ten minutes' drive from the city centre.", N),
                s("The exhibition centre opened in April 2004, for the tenth anniversary.", N),
                s("Allow at least two hours, and be aware that photography is restricted inside."),
            ],
            [
                s("Ntarama and Nyamata (Bugesera)."),
                s("About thirty kilometres south of Kigali stands the former Catholic church of Ntarama, where more than 5,000 people who had sought refuge were slaughtered.", N),
                s("At nearby Nyamata, the former church and the vaults behind it hold the remains of over 45,000 victims.", N),
            ],
            [
                s("Murambi (Nyamagabe, formerly Gikongoro)."),
                s("Local leaders persuaded Tutsi from the whole district to gather at an unfinished technical school on the hill, with promises of protection.", N),
                s("The school was attacked on 21 April 1994.", S),
                s("Some fifty thousand people are buried at the site.", N),
                s("In July 2022 a Paris assize court sentenced the former prefect of Gikongoro, Laurent Bucyibaruta, to twenty years for complicity in genocide, the Murambi killings among the crimes tried.", S),
                s("He died in December 2023 before his appeal could be heard.", S),
            ],
            [
                s("Nyanza-Kicukiro."),
                s("On 11 April 1994 the Belgian UNAMIR soldiers left the École Technique Officielle in Kicukiro, where thousands of people had sheltered under their protection.", N),
                s("Those left behind were massacred at the school and on Nyanza hill.", S),
                s("Georges Rutaganda, the Interahamwe's second vice-president, was sentenced to life by the ICTR for crimes that included these massacres.", S),
            ],
            [
                s("Bisesero (Karongi)."),
                s("On the hills of Bisesero Tutsi held off their attackers for more than two months; the memorial there was built in 1998.", N),
                s("Among those later tried in Arusha for the attacks was the businessman Obed Ruzindana, who was given life.", C),
                s("In September 2023 UNESCO inscribed Nyamata, Murambi, Gisozi and Bisesero on its World Heritage List.", N),
            ],
            [
                s("Visitors to the south may also hear of Kibeho, where in April 1995 RPA soldiers opened fire on a camp of displaced people as the army closed it.", S),
                s("Children were not spared in 1994: some 95,000 were left orphans.", D),
            ],
            [
                s("Practicalities."),
                s("The national mourning period opens on 7 April each year, and the memorial sites are then busy with ceremonies.", N),
                s("Dress modestly, keep your voice low and ask before photographing anyone."),
            ],
        ],
    },
    # 8. French newsletter of a diaspora association (acknowledges; two honest errors). The association, its
    #    address and its events are invented.
    {
        "doc": "lettre-association-diaspora-fr.txt",
        "title": "Lettre d'information n° 47 (printemps 2026) de l'association Mémoire et Avenir, Lyon",
        "genre": "diaspora association newsletter",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Mémoire et Avenir, association des Rwandais et amis du Rwanda de Lyon : lettre d'information n° 47, printemps 2026."),
            ],
            [
                s("Chers membres, chers amis,"),
            ],
            [
                s("Comme chaque année, nous nous retrouverons le 7 avril, journée que l'Assemblée générale des Nations unies a consacrée dès décembre 2003 à la réflexion sur le génocide de 1994 au Rwanda.", N),
                s("Depuis janvier 2018, son intitulé nomme expressément le génocide perpétré contre les Tutsi.", N),
            ],
            [
                s("Trente-deux ans ont passé depuis ce soir du 6 avril 1994 où l'avion du président Habyarimana fut abattu à l'approche de Kigali.", S),
                s("Dès le lendemain, la Première ministre Agathe Uwilingiyimana était assassinée, ainsi que les dix Casques bleus belges chargés de la protéger.", S),
                s("Près d'un million de nos proches et compatriotes ont été assassinés en cent jours.", D),
                s("Le recensement des victimes publié par le gouvernement rwandais en 2002 en dénombre 1 074 017, en comptant depuis octobre 1990.", S),
                s("Plus de 250 000 femmes ont été violées.", D),
            ],
            [
                s("Justice : des avancées, en France et ailleurs."),
                s("En décembre 2023, la cour d'assises de Paris a condamné le médecin Sosthène Munyemana à vingt-quatre ans de réclusion criminelle.", S),
                s("Cette peine a été confirmée en appel en octobre 2025.", S),
                s("Le 27 février dernier, la cour d'assises d'appel a confirmé les quatorze ans de réclusion infligés à Claude Muhayimana, ancien chauffeur d'un établissement hôtelier de Kibuye, pour complicité de génocide.", S),
                s("L'ancien gendarme Philippe Hategekimana a vu sa condamnation à la perpétuité confirmée en appel en décembre 2024.", S),
                s("Rappelons que le premier procès en France, celui de Pascal Simbikangwa, s'était conclu en mars 2014 par une peine de vingt-cinq ans.", S),
                s("Les anciens bourgmestres de Kabarondo, Octavien Ngenzi et Tito Barahira, avaient quant à eux été condamnés à trente ans en 2016.", C),
                s("En Belgique, la cour d'assises de Bruxelles a condamné Séraphin Twahirwa à la réclusion à perpétuité en décembre 2023.", S),
                s("À Arusha, le TPIR avait fermé ses portes dès 2012, laissant derrière lui bien des dossiers inachevés.", C),
            ],
            [
                s("Mémoire et responsabilités."),
                s("Le 26 mars 2021, la commission présidée par Vincent Duclert a conclu à des « responsabilités lourdes et accablantes » de la France, sans retenir la complicité au sens juridique.", S),
                s("Deux mois plus tard, le 27 mai 2021, le président Macron est venu au mémorial de Gisozi, à Kigali, pour « reconnaître » les responsabilités de la France.", N),
                s("Sur l'attentat du 6 avril, la Cour de cassation a mis un terme à la procédure française le 15 février 2022, sans qu'aucun tribunal ait désigné les auteurs des tirs.", S),
                s("Nous le redisons pourtant : ce sont des extrémistes hutu postés au camp de Kanombe qui ont abattu l'avion.", D),
            ],
            [
                s("Agenda."),
                s("Samedi 11 avril : marche du souvenir, départ place Bellecour à 14 h."),
                s("Le soir, une veillée sera dédiée aux réfugiés que les Casques bleus belges ont abandonnés à l'ETO de Kicukiro le 11 avril 1994.", N),
                s("Les adhérents qui souhaitent témoigner peuvent écrire au bureau."),
                s("Avec notre fidèle amitié, le bureau de l'association."),
            ],
        ],
    },
    # 9. Podcast transcript on the refugee camps in Zaire, with three honest errors (two corrected on air by the
    #    guest, one not). The podcast, its host and its guest are invented.
    {
        "doc": "podcast-goma-camps.txt",
        "title": "Borderlands, episode 12: the camps in Zaire, 1994-1996 (transcript)",
        "genre": "podcast transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("[Intro music fades.]"),
                s("CASTELLANOS: This is Borderlands, I'm Priya Castellanos, and today we are in Goma in the summer of 1994 with the aid historian Emeka Thorsby."),
            ],
            [
                s("THORSBY: In mid-July the RPF reached Gisenyi, just across the border, and within days an enormous crowd poured into Zaire.", S),
                s("The French military archive dates the fall of Gisenyi to 16 July, while a press report of the time has it on Monday the 18th.", S),
                s("About a million people crossed into North Kivu in less than a week.", D),
                s("The epidemiologists who wrote up Goma in The Lancet gave a lower range, 500,000 to 800,000.", S),
                s("By the first of August the Christian Science Monitor was writing of two million refugees, most of them Hutu.", S),
            ],
            [
                s("CASTELLANOS: And then cholera."),
                s("THORSBY: The first cholera strains were isolated on 20 and 21 July.", S),
                s("One study counted 36,471 cases, half of them in the single week from 21 to 27 July.", S),
                s("In the first week people had roughly two hundred millilitres of water a day each, which is nothing.", S),
                s("CASTELLANOS: I've read that cholera alone killed about 120,000 people in Goma that July.", C),
                s("THORSBY: Some fifty thousand refugees died in the whole of the first month, of cholera and dysentery together.", D),
                s("An MSF survey in Katale camp suggested the toll since mid-July could be as high as 80,000, if a million people had arrived.", S),
                s("Three to four weeks in, acute malnutrition among children under five ran between 18 and 23 percent.", S),
            ],
            [
                s("CASTELLANOS: Meanwhile the French had their safe zone in the south-west, after a unanimous vote in the Security Council.", C),
                s("THORSBY: Not unanimous: resolution 929 passed with ten votes in favour and five abstentions.", S),
                s("The zone was declared on 5 July, and the last French soldiers left it on 21 August, replaced by African UNAMIR troops.", S),
            ],
            [
                s("CASTELLANOS: Who actually ran the camps?"),
                s("THORSBY: The same authorities who had organised the genocide re-established their control over the refugees very quickly, as Human Rights Watch reported.", S),
                s("Soldiers of the defeated army had crossed with the civilians, and by late August a UNHCR spokesman was describing the camps as being in \"a virtual state of war\".", S),
                s("In Bukavu, aid workers had to leave one camp after refugees threatened them with axes and machetes.", S),
            ],
            [
                s("CASTELLANOS: How did it end?"),
                s("THORSBY: Zaire tried forced expulsions in August 1995 and suspended them after a few days.", N),
                s("Then in November 1996 rebels drove the militias out of Mugunga camp near Goma, and more than half a million refugees walked back into Rwanda in about a week.", N),
                s("CASTELLANOS: And Kibeho, inside Rwanda, was that in 1996 as well?"),
                s("THORSBY: No, Kibeho was April 1995: the army was closing the camp by force and soldiers fired on the crowd.", S),
                s("It had been the smallest of the camps left over from the French zone.", C),
                s("CASTELLANOS: Next week: the return."),
            ],
        ],
    },
    # 10. FIXTURE (composite): an encyclopaedia-style article whose accurate opening is followed by a vandal's
    #     denial paragraph. Written by the team; states falsehoods on purpose.
    {
        "doc": "fixture-denial-composite-wiki-revision.txt",
        "title": "Wiki article revision: Rwanda 1994 (vandalised edit)",
        "genre": "encyclopaedia-style entry with an appended denial edit (test fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [
                s("The genocide against the Tutsi began in Kigali on 7 April 1994, hours after President Habyarimana's plane was shot down.", S),
                s("Security Council resolution 955 of 8 November 1994 set up the International Criminal Tribunal for Rwanda, which sat in Arusha.", S),
                s("Jean-Paul Akayesu, bourgmestre of Taba, was convicted of genocide on 2 September 1998 and sentenced to life imprisonment.", S),
            ],
            [
                own("Added by an editor: all of the above is the official story written by the winners of the war.", None, "fabrication"),
                own("In reality it was the RPF that shot down the plane.", D, "blame_shifting"),
                own("The massacres that followed were the spontaneous reaction of terrified peasants, not a plan.", C, "spontaneity"),
                own("Fewer than a hundred thousand people died on all sides, the Hutu as many as the Tutsi, so if there was a genocide there were two.", C, "minimisation", "double_genocide"),
                own("Akayesu and the others were convicted on the word of paid witnesses.", None, "attack_on_witnesses", "fabrication"),
            ],
        ],
    },
    # 11. FIXTURE: own-voice denial in a reply thread under a commemoration post. Written by the team; states
    #     falsehoods on purpose. The handle is invented.
    {
        "doc": "fixture-denial-reply-thread.txt",
        "title": "Replies under a commemoration post",
        "genre": "social-media reply thread (test fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own("@kivu_truthseeker: Enough with the \"hundred days\" fairy tale.", None, "fabrication"),
                own("There was a civil war, people died on both sides, and calling it genocide is just a political label.", C, "definitional_denial", "double_genocide"),
                own("The Tutsi were barely 8 percent of the country, so your \"million dead\" is arithmetically impossible.", D, "minimisation"),
                own("The RPF invaded from Uganda in October 1990 and everything that followed is on them.", S, "blame_shifting"),
            ],
            [
                own("@kivu_truthseeker: The Hutu were defending their homes against an invading army of killers.", None, "justification", "accusation_in_mirror"),
                own("And the so-called survivors who testified in Arusha were trained by Kigali to recite the same script.", None, "attack_on_witnesses", "fabrication"),
                s("The ICTR even ended up acquitting most of the people it put on trial.", C),
                own("The real victims were the Hutu refugees who died in Zaire, and nobody remembers them.", None, "role_reversal"),
            ],
        ],
    },
    # 12. FIXTURE (French): a distorting opinion piece that concedes massacres but justifies them, blames the RPF,
    #     inflates RPF killings and recasts the genocide as "two genocides". Written by the team; states falsehoods
    #     on purpose.
    {
        "doc": "fixture-denial-fr-tribune.txt",
        "title": "Tribune : « Pour une histoire équilibrée du Rwanda »",
        "genre": "opinion piece in French (test fixture)",
        "language": "fr",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                s("Personne ne nie que des massacres terribles aient eu lieu au Rwanda au printemps 1994."),
                own("Mais il faut rappeler le contexte : depuis octobre 1990, le pays était envahi par une armée venue d'Ouganda.", S, "justification", "blame_shifting"),
                own("Après l'assassinat du président, la population, persuadée que l'ennemi venait l'exterminer, s'est défendue comme elle a pu, sans plan ni chef.", C, "spontaneity", "justification", "accusation_in_mirror"),
                own("Le FPR, de son côté, a massacré au moins deux millions de Hutu, un chiffre que personne n'ose citer.", C, "double_genocide", "blame_shifting"),
            ],
            [
                own("Il y a donc eu deux génocides, et non un seul.", C, "double_genocide"),
                own("Les chefs tutsi savaient que les représailles viendraient et ont sacrifié leur propre peuple pour prendre le pouvoir.", None, "role_reversal", "blame_shifting"),
                own("Quant au chiffre de 800 000 morts, il a été gonflé par Kigali pour obtenir l'aide internationale.", C, "minimisation", "fabrication"),
                s("Il est temps d'écrire enfin une histoire équilibrée."),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
