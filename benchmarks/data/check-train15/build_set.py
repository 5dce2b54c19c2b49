"""Source of the TRAINING labelled set check-train15 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train15/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train15/build_set.py --check  # validate the files already written

A training set, written blind: its rows are meant to train the checker's learned layers; it is not a measure of
unseen text. New genres (a teacher's lesson plan with a source-analysis worksheet, the annual report of an invented
genocide-prevention NGO, the obituary of an invented survivor-activist, a legal memo on universal-jurisdiction trials
in European courts, a report excerpt on Kibeho and other RPA killings, a UN-style press-briefing transcript, an
explainer on the gacaca courts' numbers, a French festival press kit, and four short fixtures: a French open letter,
a "just asking questions" thread, a campaign speech and an encyclopedia-like composite). Its author did not read the
detectors, their rules, exemplars or training data, nor any other labelled set's documents, labels, README or build
script (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, the
first 40 lines of the check-blind5 build script and its README as templates, and the list TECHNIQUES in
src/factfinder/check/model.py). Verdicts were decided against the record alone: examples/ (FACTS.md and the sample
documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Every true fact outside
the record was checked with the project's search tool; README.md gives the address and quotation for each.

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

NB = "\u00a0"  # non-breaking space for French typography (before : ; ? ! and inside « »)


def fr(text: str) -> str:
    """French typography: curly apostrophe, non-breaking space inside guillemets and before high punctuation."""
    return (text.replace("'", "\u2019").replace("« ", "«" + NB).replace(" »", NB + "»")
            .replace(" :", NB + ":").replace(" ;", NB + ";").replace(" ?", NB + "?").replace(" !", NB + "!"))


def frs(text: str, verdict: str | None = None) -> dict:
    return s(fr(text), verdict)


def frown(text: str, verdict: str | None, *markers: str) -> dict:
    return own(fr(text), verdict, *markers)


DOCS: list[dict] = [
    # 1. Teacher's lesson plan with a source-analysis worksheet (hard negative: quotes hate media to analyse it).
    {
        "doc": "lesson-plan-hate-media-worksheet.txt",
        "title": "Lesson plan: words before the killing (hate media in Rwanda, 1990-1994)",
        "genre": "teacher's lesson plan with source-analysis worksheet",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Lesson plan, Year 11 History: Words before the killing, hate media in Rwanda, 1990-1994")],
            [s("By the end of the lesson students should be able to explain how propaganda prepared the ground for genocide, "
               "and to tell a source that reports hate speech from one that uses it.")],
            [s("The Rwandan Patriotic Front attacked the north of the country from Uganda on 1 October 1990, "
               "and extremists used the war to paint every Tutsi as an accomplice of the invaders.", S),
             s("Kangura, the paper edited by Hassan Ngeze, was launched in 1990.", N),
             s("Its sixth issue, dated December 1990, printed the notorious “Hutu Ten Commandments”.", N),
             s("Radio Télévision Libre des Mille Collines (RTLM) went on air on 8 July 1993 and kept broadcasting until 31 July 1994.", N),
             s("With disc jockeys, pop music and phone-ins it won a young audience that the staid state radio had never reached.", N),
             s("At a rally in Kabaya on 22/11/1992, the MRND official Léon Mugesera called for the extermination of the Tutsi.", S),
             s("By the end of July 1994 more than a million people had been murdered.", D),
             s("Before the genocide, Tutsi were about 15 percent of the population.", D)],
            [s("Worksheet: read the four sources, then answer the questions")],
            [rep("Source A (Kangura No. 6, December 1990): “The Batutsi are bloodthirsty and power-hungry and want to impose "
                 "their hegemony on the people of Rwanda using armed force.”", None, "accusation_in_mirror", "dehumanisation"),
             rep("Source B (Kangura No. 6, the eighth commandment): “Hutus must cease having pity for the Tutsi.”", None,
                 "call_to_action"),
             rep("Source C (RTLM, 20 June 1994, presenter Valérie Bemeriki): “It is obvious that they were created to drink "
                 "Rwandan blood and to kill.”", None, "dehumanisation", "accusation_in_mirror"),
             rep("Source D (RTLM, 2 July 1994, presenter Kantano Habimana): “let us simply stand firm and exterminate them, so "
                 "that our children and grandchildren do not hear that word ‘Inkotanyi’ ever again.”", None, "call_to_action")],
            [s("Question 1: for each source, say who is speaking, to whom, and what the audience is being asked to do."),
             s("Question 2: Sources A and C accuse the victims of the very violence the writers were preparing; explain why "
               "historians call this technique an “accusation in a mirror”."),
             s("Question 3: why does describing neighbours as bloodsuckers make it easier to kill them?")],
            [s("The tribunal's Media trial ended on 3 December 2003 with the conviction of Ferdinand Nahimana, Jean-Bosco "
               "Barayagwiza and Hassan Ngeze.", S),
             s("On appeal, in November 2007, Ngeze's sentence was cut to thirty-five years and Nahimana's to thirty.", S),
             s("The Appeals Chamber upheld every one of Nahimana's convictions.", C),
             s("Barayagwiza, a founder of the CDR who sat on the station's board, ended with 32 years.", S),
             s("Georges Ruggiu, a French presenter on RTLM, pleaded guilty and was sentenced to twelve years in 2000.", C),
             s("The singer Simon Bikindi received 15 years for urging people on a road in Gisenyi to kill Tutsi in June 1994.", S),
             s("Mugesera, deported from Canada in 2012, was sentenced to life imprisonment in Rwanda in 2016.", S)],
        ],
    },
    # 2. Annual report of an invented genocide-prevention NGO (one section on 1994).
    {
        "doc": "ngo-annual-report-prevention.txt",
        "title": "Halden Centre for Atrocity Prevention: Annual Report 2025",
        "genre": "annual report of a genocide-prevention NGO",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Halden Centre for Atrocity Prevention: Annual Report 2025")],
            [s("This was a year of consolidation for our early-warning desk and our schools programme."),
             s("We thank the volunteers, partner schools and donors who made it possible.")],
            [s("Why prevention")],
            [s("The Convention on the Prevention and Punishment of the Crime of Genocide was adopted by the UN General Assembly "
               "on 9 December 1948.", N),
             s("Since a General Assembly resolution of September 2015, 9 December has also been the International Day of "
               "Commemoration and Dignity of the Victims of the Crime of Genocide.", N),
             s("The UN created the post of Special Adviser on the Prevention of Genocide in 2004, and Juan Méndez of Argentina "
               "was the first to hold it.", N)],
            [s("Focus: Rwanda, 1994")],
            [s("Our 2025 education module returns to the genocide against the Tutsi, which began on 7 April 1994, the day "
               "after President Habyarimana's plane was brought down on its approach to Kigali.", S),
             s("That morning soldiers murdered Prime Minister Agathe Uwilingiyimana, and the ten Belgian blue helmets "
               "assigned to protect her were killed at a military camp in the capital.", S),
             s("A fortnight later, on the 21st of April, the Security Council voted to cut UNAMIR to 270 personnel.", S),
             s("On 17 May it changed course, imposing an arms embargo and authorising 5,500 troops who would arrive only "
               "after most of the killing was over.", S),
             s("Resolution 929, adopted unanimously on 22 June, then authorised the French-led Opération Turquoise.", C),
             s("More than one million people were murdered in roughly a hundred days.", D),
             s("The RPF took Kigali on 14 July.", C),
             s("When its troops reached Gisenyi on 18 July, hundreds of thousands of people fled across the border into "
               "Zaire.", D),
             s("Human Rights Watch's 1999 study put the toll at no fewer than half a million, about three quarters of the "
               "Tutsi population.", S),
             s("The government census published in 2002 counted 1,074,017 victims, counting from October 1990.", S),
             s("The UN Commission of Experts called the killing concerted, planned, systematic and methodical.", S),
             s("Some 250,000 women and girls were raped.", D),
             s("UNICEF reported that 95,000 children had been orphaned by the end of the genocide.", S),
             s("The International Criminal Tribunal for Rwanda, set up in November 1995, went on to convict 61 people.", C)],
            [s("Our programmes this year")],
            [s("Our work follows the Action Plan to Prevent Genocide that Kofi Annan launched in Geneva on 7 April 2004, "
               "the tenth anniversary of the start of the killing.", N),
             s("Our teacher-training sessions use that plan to show how warning signs were ignored.")],
        ],
    },
    # 3. Obituary of an invented survivor-activist (every real fact verified).
    {
        "doc": "obituary-survivor-activist.txt",
        "title": "Solange Nyirabukeye, survivor and campaigner for the widows of the genocide",
        "genre": "obituary",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Solange Nyirabukeye, survivor who gave the widows of the genocide a voice")],
            [s("Solange Nyirabukeye, who survived the massacre at Nyamata church and spent three decades campaigning for "
               "widows and orphans, has died in Kigali aged 71."),
             s("She grew up in Bugesera, south of Kigali, where Tutsi from the north had been forcibly resettled, followed "
               "by a second group from Gikongoro in 1963.", N),
             s("She often spoke of Antonia Locatelli, the Italian missionary shot dead at Nyamata on 9 March 1992 after she "
               "had alerted foreign media to the killing of Tutsi there.", N)],
            [s("When the killing began on 7 April 1994 she fled with her husband and children to the Catholic church at "
               "Nyamata, as families had done in earlier waves of violence."),
             s("She was the only one of them to survive."),
             s("More than 45,000 victims now lie in the memorial that the church became.", N),
             s("By the time the RPF routed the government army in July, some 800,000 people had been murdered.", D)],
            [s("In January 1995 she was among the fifty widows who met in Kigali and founded AVEGA Agahozo, a name "
               "meaning “to dry one's tears”.", N),
             s("Many of its members had been raped; at least 250,000 women and girls suffered rape during the "
               "genocide.", D),
             s("She also sat on a committee of Ibuka, the survivors' umbrella organisation founded in December 1995.", N),
             s("She lobbied for years for the fund for needy survivors, FARG, which a law of 22 January 1998 finally "
               "created.", N),
             s("She testified before a gacaca court in Bugesera, one of the community courts that tried almost two "
               "million cases, 1,958,634 in all, before closing on 18 June 2012.", S)],
            [s("She was in Arusha in September 1998 when the tribunal convicted Jean-Paul Akayesu, the former mayor of "
               "Nyamata, of genocide.", C),
             s("It was, she said, the first time she believed the world was listening."),
             s("She never let anyone call 1994 a “double genocide” in her presence, though she always said that the "
               "civilians killed by RPF soldiers deserved justice too."),
             s("She liked to remind visitors that one Rwandan in seven had been Tutsi before the killing.", D),
             s("In April 2004 she attended the opening of the Kigali Genocide Memorial at Gisozi, where more than 250,000 "
               "people are buried.", N),
             s("Every year, during the week of mourning, she reminded students that the killers had murdered more than a "
               "million people in a hundred days.", D),
             s("She followed every stage of the Military I case, in which Théoneste Bagosora's life sentence was upheld "
               "on appeal in 2011.", C),
             s("She often quoted the UN Commission of Experts, which had found in December 1994 that the killing was "
               "planned and systematic.", S),
             s("She insisted just as firmly that the Kibeho killings of April 1995, where Australian peacekeepers counted "
               "at least 4,000 dead, be remembered.", S),
             s("She dated the persecution of her family to the months after the RPF's attack from Uganda on 1 October "
               "1990.", S)],
            [s("She was buried at Nyamata, beside the remains of her husband and children."),
             s("She is survived by two nieces and by the thousands of women she taught to speak.")],
        ],
    },
    # 4. Legal memo on universal-jurisdiction trials of 1994 suspects in European courts (hard negative).
    {
        "doc": "legal-memo-universal-jurisdiction.txt",
        "title": "Memorandum: universal jurisdiction and the 1994 genocide in European courts",
        "genre": "legal memo",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("MEMORANDUM: universal jurisdiction and the 1994 genocide, trials in European courts")],
            [s("The genocide, in which at least 800,000 people were killed, left suspects scattered across Europe.", D),
             s("Many crossed into Zaire with the defeated army when Gisenyi fell to the RPF on 16 July 1994.", D),
             s("A Swiss military tribunal convicted the former bourgmestre Fulgence Niyonteze in April 1999, and on appeal "
               "his sentence became fourteen years for war crimes.", S)],
            [s("1. Belgium")],
            [s("A law of 16 June 1993 gave Belgian courts jurisdiction over grave breaches of the Geneva Conventions wherever "
               "they were committed.", N),
             s("On 8 June 2001 a Brussels jury sentenced four Rwandans, two Benedictine nuns from Sovu among them, to "
               "between 12 and 20 years.", S),
             s("In July 2007 the same assize court gave Major Bernard Ntuyahaga 20 years for the murder of the ten Belgian "
               "peacekeepers, while acquitting him of the Prime Minister's murder.", S),
             s("Fabien Neretse, convicted in December 2019, received a life sentence, the first genocide conviction in "
               "Belgian history.", C),
             s("In December 2023 Séraphin Twahirwa was sentenced to life for crimes in Gikondo, and the court ordered "
               "psychiatric internment for Pierre Basabose.", S)],
            [s("2. France")],
            [s("France adapted its law to the Rwanda tribunal's statute by a law of 22 May 1996.", N),
             s("The European Court of Human Rights has found against France more than once for the length of proceedings, "
               "including in cases linked to Rwanda.", N),
             s("The first French trial ended in March 2014 with a 25-year sentence for Pascal Simbikangwa, confirmed on "
               "appeal on 3 December 2016.", S),
             s("In July 2016 the Paris court sentenced the two former mayors of Kabarondo, Octavien Ngenzi and Tito "
               "Barahira, to twenty-five years each.", C),
             s("Laurent Bucyibaruta, prefect of Gikongoro in 1994, was sentenced to 20 years in July 2022 but died in "
               "December 2023 before his appeal was heard.", S),
             s("Félicien Kabuga, arrested at Asnières-sur-Seine on 16 May 2020, was handed over to the Mechanism and "
               "convicted of genocide in The Hague.", C)],
            [s("Elsewhere in Europe, in Sweden, Stanislas Mbanenande was sentenced to life in June 2013, and the sentence was upheld a year "
               "later.", S),
             s("In Norway, Sadi Bugingo was acquitted in 2013 of complicity in the killing of Tutsi in Kibungo.", C),
             s("In the Netherlands, the Court of Appeal raised Joseph Mpambara's sentence from twenty years to life in "
               "2011.", S),
             s("In Germany, the Frankfurt court imposed life on the former bourgmestre Onesphore Rwabukombe after a retrial "
               "ordered by the Federal Court of Justice.", S),
             s("In April 2009 the High Court in London refused to extradite four suspects to Rwanda, finding a real risk of "
               "a flagrant denial of justice.", N)],
            [rep("Defence teams have argued that the killings were the spontaneous fury of a civil war rather than the "
                 "execution of a plan.", None, "spontaneity"),
             s("No court has accepted that reading, and the UN Commission of Experts had found as early as 1994 that the "
               "genocide was planned and systematic.", S),
             s("Note also that the ICTR prosecuted no member of the RPF, so complaints about RPA crimes must rely on "
               "national courts.", S)],
        ],
    },
    # 5. Report excerpt on Kibeho (April 1995) and other RPA killings (hard negative).
    {
        "doc": "report-kibeho-rpa-killings.txt",
        "title": "Unfinished accounts: Kibeho and other killings by the Rwandan Patriotic Army",
        "genre": "human-rights report excerpt",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Unfinished accounts: Kibeho (April 1995) and other killings by the Rwandan Patriotic Army, report excerpt")],
            [s("This chapter documents crimes committed by soldiers of the army that ended the genocide against the Tutsi."),
             s("Recording them neither diminishes that genocide nor puts the two on the same footing.")],
            [s("When the French troops of Opération Turquoise withdrew in August 1994, camps of displaced people remained "
               "in the south-west.", S),
             s("Kibeho, the largest camp, held some 110,000 people in April 1995, according to Médecins Sans Frontières.", S),
             s("UNAMIR, cut to fewer than 1,000 troops by January 1995, kept only a small company at the camp.", C),
             s("When the army surrounded the camp on 18 April, UNAMIR hastily sent 32 Australian soldiers and medical "
               "officers to reinforce it.", N),
             s("On 22 April soldiers of the Rwandan Patriotic Army opened fire on the crowd.", S),
             s("The government put the dead at 338.", S),
             s("Senior UN military officials spoke of about 2,000 dead, shot or trampled in the panic.", S),
             s("Australian soldiers who witnessed the killing estimated at least 4,000.", S),
             s("In all, close to 4,000 people probably died on the hill that day.", D)],
            [s("Seth Sendashonga, a Hutu member of the RPF who was then minister of the interior, rushed to Kibeho on "
               "19 April to try to calm the situation.", N),
             s("He was shot dead in Nairobi on 16 May 1998.", N),
             s("Human Rights Watch reports that a former interior minister of that period estimated that RPA soldiers "
               "killed some 60,000 people between April 1994 and August 1995.", S)],
            [s("Experts working for UNHCR estimated that RPA soldiers killed between 25,000 and 45,000 people from April "
               "to August 1994.", S),
             s("Human Rights Watch documented the massacre of several hundred people by RPF soldiers in the Byumba stadium "
               "in mid-April 1994.", S),
             s("Near Kabgayi in June, RPF soldiers killed fifteen civilians, thirteen of them clergy, among them the "
               "Archbishop of Kigali.", S),
             s("The clergy were killed on 4 June.", D),
             s("Amnesty International reported in October 1994 that the RPA's abuses were limited to a few isolated "
               "executions.", C)],
            [s("The ICTR never indicted a member of the RPF.", S),
             s("The Rwandan army said in 2008 that 43 soldiers had been prosecuted since 1994 for war crimes and revenge "
               "killings.", S),
             s("In the Kabgayi case, a military court convicted all four accused officers in October 2008.", C),
             s("The UN Mapping Report, released on 1 October 2010, documented attacks on Hutu refugees in Congo and said "
               "that whether they amounted to genocide could only be decided by a court.", N),
             s("The army that stopped the genocide also killed tens of thousands of civilians, and their families are "
               "still waiting for justice.", D)],
        ],
    },
    # 6. Press-briefing transcript of an invented UN spokesperson on an anniversary (hard negative).
    {
        "doc": "un-press-briefing-anniversary.txt",
        "title": "Transcript: noon briefing by the Deputy Spokesperson, eve of 7 April",
        "genre": "press-briefing transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Transcript of the noon briefing by Deputy Spokesperson Amara Lindqvist-Osei, 6 April")],
            [s("Deputy Spokesperson: Good afternoon."),
             s("Tomorrow, 7 April, is the International Day of Reflection on the 1994 Genocide against the Tutsi in "
               "Rwanda.", N),
             s("The General Assembly created the Day by resolution 58/234 of 23 December 2003 and amended its title in "
               "January 2018.", N),
             s("Rwanda has asked people everywhere to observe a minute of silence at noon, local time.", N),
             s("Thirty-two years ago tonight, the shooting down of President Habyarimana's plane as it approached Kigali "
               "was followed within hours by roadblocks across the capital and the killing of Tutsi and opposition "
               "politicians.", S),
             s("According to the UN's Independent Inquiry, approximately 800,000 people were killed in about one hundred "
               "days.", S),
             s("Hutu who opposed the killing were murdered too.", S),
             s("Almost 50,000 refugees then died of cholera and dysentery around Goma.", D),
             s("The Organization has acknowledged its failures, among them the decision of 21 April 1994 to reduce UNAMIR "
               "to 270 personnel.", S),
             s("Fulgence Kayishema, indicted in 2001 over the destruction of the Nyange church, was arrested on a farm in "
               "Paarl, South Africa, on 24 May 2023.", N),
             s("About two thousand Tutsi who had taken refuge in that church died when it was destroyed on 16 April "
               "1994.", S),
             s("The Security Council created the International Criminal Tribunal for Rwanda on 8 November 1994.", S),
             s("Proceedings against Félicien Kabuga were stayed in August 2023 after he was found unfit to stand trial.", S)],
            [rep("Question: A video shared widely this week says that “fewer than 100,000 people died” and that the "
                 "genocide is “a story invented by the winners”; what is your response?", C, "minimisation", "fabrication"),
             s("Deputy Spokesperson: Those claims are false."),
             s("Human Rights Watch concluded in 1999 that at least half a million people were killed, and the government's "
               "victim census of 2002 counted 1,074,017.", S),
             s("The Arusha tribunal itself, in its first judgment, found that genocide had been committed against the "
               "Tutsi.", S)],
            [s("Question: Critics say the Arusha tribunal prosecuted only one side; is that fair?", S),
             s("Deputy Spokesperson: The tribunal did not indict any member of the RPF, and Human Rights Watch raised that "
               "concern in December 2008.", S),
             s("The Commission of Experts had asked in 1994 that violations attributed to the RPF be investigated as "
               "well.", S)],
            [rep("Question: Some commentators are again calling the RPF “the real génocidaires”; will the UN respond?", C,
                 "role_reversal", "double_genocide"),
             s("Deputy Spokesperson: The genocide was committed against the Tutsi; crimes by RPF soldiers are documented "
               "and should be judged, but they do not make 1994 a double genocide.", S),
             s("Tomorrow's observance at Headquarters will include testimony from a survivor."),
             s("Thank you, and see you tomorrow.")],
        ],
    },
    # 7. Explainer on the gacaca courts and their numbers (hard negative: critical of the government's courts).
    {
        "doc": "explainer-gacaca-numbers.txt",
        "title": "Explainer: the gacaca courts in numbers",
        "genre": "explainer",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Explainer: the gacaca courts in numbers")],
            [s("Gacaca, named after the Kinyarwanda word for grass, was a tradition of settling disputes in the community "
               "that Rwanda turned into courts for genocide crimes.", S),
             s("The framework was laid down by an organic law of 26 January 2001.", N),
             s("Each court sat with a bench of nine lay judges, the inyangamugayo, elected by their neighbours.", N),
             s("The courts were dealing with crimes from a genocide that killed about 800,000 Tutsi and moderate Hutu.", D),
             s("Before the genocide, Tutsi made up around a tenth of the population.", D)],
            [s("By April 1998 the ordinary courts had tried about 330 people, while more than 125,000 detainees waited in "
               "overcrowded jails.", S),
             s("Rwanda's own genocide trials had begun in December 1996.", S),
             s("The justice minister later said that conventional courts would have needed more than three hundred "
               "years.", S),
             s("The first gacaca trials took place in 2008, after years of delay.", C)],
            [s("When the courts closed on 18 June 2012, the national gacaca service reported 1,958,634 cases tried.", S),
             s("Of those, 1,320,554 were property cases in the third category.", S),
             s("Category-one cases, against planners and organisers, numbered 60,552, and 53,426 of them ended in a guilty "
               "verdict at first instance.", S),
             s("In the second category the courts heard 877,528 cases.", C),
             s("On the service's own figures, fewer than half of all cases ended in a guilty verdict.", C),
             s("Human Rights Watch counted in May 2011 just over 12,000 courts that had heard about 1.2 million cases since "
               "2005.", S),
             s("At the closure, Voice of America put the total above 1.8 million cases and said about 65 percent of those "
               "tried were convicted.", S),
             s("The figures differ because some count cases and others people, and because they were taken at different "
               "dates.")],
            [s("The criticism")],
            [s("Human Rights Watch documented corruption, procedural irregularities and limits on the right to a fair "
               "trial.", S),
             s("Crimes committed by RPF soldiers were kept out of gacaca's jurisdiction altogether.", S),
             s("Many witnesses were among the 95,000 children orphaned by the genocide.", D),
             s("Penal Reform International monitored the courts for eight years and closed its programme in 2009.", N),
             s("An organic law of 2012 wound the courts up, and the cases left over went to the ordinary courts.", N),
             s("Rwanda had abolished the death penalty in 2007, nine years after executing twenty-two people convicted of "
               "genocide in public on 24 April 1998.", S)],
        ],
    },
    # 8. French: press kit of a documentary film festival (one film on 1994).
    {
        "doc": "dossier-presse-festival-documentaire.txt",
        "title": "Festival « Regards du réel » de Saint-Arvel : dossier de presse",
        "genre": "dossier de presse d'un festival de films documentaires",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [frs("Festival du film documentaire « Regards du réel » de Saint-Arvel : dossier de presse, 14e édition")],
            [frs("Du 12 au 19 mars, quarante films venus de vingt pays seront projetés dans les trois salles du festival.")],
            [frs("Film d'ouverture : « Les collines se souviennent », d'Aline Gatera-Vinet (France, 2025, 94 minutes)")],
            [frs("Le film suit trois rescapées du génocide des Tutsi, trente ans après, entre Nyamata, Kigali et Paris."),
             frs("Il s'ouvre sur la nuit du 6 avril 1994, lorsque l'avion du président Juvénal Habyarimana est abattu à "
                 "l'approche de l'aéroport de Kigali.", S),
             frs("Le lendemain, la Première ministre Agathe Uwilingiyimana est assassinée, et les dix Casques bleus belges "
                 "chargés de sa protection sont tués.", S),
             frs("En une centaine de jours, plus d'un million de personnes sont massacrées.", D),
             frs("La réalisatrice revient sur l'opération Turquoise, autorisée par le Conseil de sécurité le 22 juin 1994 "
                 "et déployée dans le sud-ouest du pays.", S),
             frs("Le FPR prend Kigali le 4 juillet 1994.", S),
             frs("Lorsqu'il entre à Gisenyi, le 18 juillet, près d'un million de réfugiés franchissent la frontière vers "
                 "Goma.", D),
             frs("Les derniers soldats français quittent la zone humanitaire sûre à la fin d'octobre 1994.", C),
             frs("L'une des trois femmes a perdu son frère au camp de Kibeho, où quelque 2 000 déplacés furent tués par "
                 "l'armée en avril 1995.", D),
             frs("Une longue séquence est tournée au mémorial de Gisozi, à Kigali, ouvert en avril 2004, où reposent plus "
                 "de 250 000 victimes.", N),
             frs("La caméra assiste aussi aux cérémonies qui ont suivi l'inscription de quatre sites mémoriaux, Nyamata, "
                 "Murambi, Gisozi et Bisesero, au patrimoine mondial de l'UNESCO en septembre 2023.", N)],
            [frs("La France face à son histoire")],
            [frs("Le film rappelle que la commission d'historiens présidée par Vincent Duclert a remis le 26 mars 2021 un "
                 "rapport concluant à des « responsabilités lourdes et accablantes » de la France.", S),
             frs("Le 19 avril 2021, le rapport commandé par Kigali au cabinet d'avocats américain Levy Firestone Muse "
                 "affirmait que la France avait « rendu possible un génocide prévisible ».", N),
             frs("Le 27 mai 2021, au mémorial de Gisozi, Emmanuel Macron est venu « reconnaître les responsabilités » de "
                 "la France.", N),
             frs("Le film évoque enfin l'enquête française sur l'attentat, close par un non-lieu que la Cour de cassation a "
                 "rendu définitif en 2019.", C),
             frs("Les juges d'instruction avaient estimé, le 21 décembre 2018, que les charges contre les neuf personnes "
                 "poursuivies n'étaient pas suffisantes.", S),
             frs("Pour la réalisatrice, ce sont des extrémistes hutu qui ont tiré les missiles depuis le camp de "
                 "Kanombe.", D),
             frs("Félicien Kabuga, présenté comme le financier du génocide et arrêté à Asnières-sur-Seine le 16 mai 2020, "
                 "apparaît dans des images d'archives.", N),
             frs("Son procès devant le Mécanisme a été suspendu sans verdict en 2023, l'accusé ayant été jugé inapte.", S),
             frs("Une juriste rappelle dans le film que le TPIR, créé par la résolution 955 du 8 novembre 1994, a fermé ses "
                 "portes à la fin de 2012.", C)],
            [frs("Projection suivie d'un débat avec la réalisatrice et une historienne ; réservation conseillée.")],
        ],
    },
    # 9. French fixture: open letter (justification, role reversal, "légitime défense").
    {
        "doc": "fixture-denial-fr-lettre-ouverte.txt",
        "title": "Lettre ouverte à ceux qui jugent nos pères",
        "genre": "lettre ouverte (fixture)",
        "language": "fr",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [frs("Lettre ouverte à ceux qui jugent nos pères")],
            [frown("Le 1er octobre 1990, le FPR a envahi le Rwanda depuis l'Ouganda : tout est parti de là, et non d'un "
                   "prétendu plan.", C, "blame_shifting", "spontaneity"),
             frown("Ce que vos tribunaux appellent génocide ne fut que la légitime défense d'un peuple menacé par les "
                   "« Inyenzi ».", C, "role_reversal", "justification", "definitional_denial", "dehumanisation"),
             frown("Les Tutsi de l'intérieur cachaient des armes et préparaient le massacre des Hutu ; nos pères ont "
                   "seulement frappé les premiers.", C, "accusation_in_mirror", "role_reversal", "justification"),
             frown("Après l'assassinat du président le 6 avril, la colère du peuple était compréhensible, et qui aurait "
                   "pu la retenir ?", S, "spontaneity", "justification"),
             frown("Les vrais bourreaux sont ceux qui ont tué deux millions de Hutu et qui écrivent aujourd'hui "
                   "l'histoire.", C, "role_reversal", "double_genocide"),
             frown("Vos témoins sont payés par Kigali, et les juges d'Arusha n'ont rendu que la justice des "
                   "vainqueurs.", None, "attack_on_witnesses"),
             frs("Les soldats du FPR ont massacré au moins 60 000 civils hutu, et personne ne les a jugés.", D)],
        ],
    },
    # 10. Fixture: a "just asking questions" thread (conspiracy framing, scare quotes, definitional denial).
    {
        "doc": "fixture-denial-jaq-thread.txt",
        "title": "Thread: honest questions about the “Rwandan genocide”",
        "genre": "forum thread, just asking questions (fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("Thread: honest questions about the “Rwandan genocide” that nobody will answer", None,
                 "definitional_denial")],
            [own("kivu_skeptic: Just asking, but why did the UN's own Commission of Experts never find any plan to "
                 "exterminate anyone?", C, "spontaneity", "definitional_denial")],
            [own("kivu_skeptic: And how do you get a “million dead” out of a country whose census found barely 600,000 "
                 "Tutsi, unless the numbers were cooked by the winners?", S, "minimisation", "fabrication")],
            [own("truthseeker_77: Exactly, the whole story was scripted by foreign intelligence services to hand the "
                 "country to Kagame.", None, "fabrication")],
            [own("truthseeker_77: Serious historians put the dead under 100,000, most of them killed in “tribal clashes” "
                 "on both sides.", C, "minimisation", "spontaneity", "double_genocide")],
            [own("kivu_skeptic: Also ask yourself who shot down the plane: it was the RPF, and everyone in Kigali knew "
                 "it.", D, "blame_shifting")],
            [own("hillside_voice: Maybe the cockroaches should go back to Uganda before they start it all again.", None,
                 "dehumanisation", "call_to_action", "accusation_in_mirror")],
            [own("truthseeker_77: Call it what it was, a civil war, not a “genocide”.", C, "definitional_denial")],
        ],
    },
    # 11. Fixture: a political speech (double genocide, false equivalence, blame shifting).
    {
        "doc": "fixture-denial-campaign-speech.txt",
        "title": "Campaign speech at a “Unity and Truth” rally",
        "genre": "political speech (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Speech by the party's candidate at the Unity and Truth rally")],
            [s("Friends, we will honour every Rwandan who died in 1994, because all the dead deserve the same respect."),
             own("In 1994 there were two genocides in Rwanda, one against the Tutsi and one against the Hutu, and only one "
                 "of them is ever remembered.", C, "double_genocide"),
             own("The RPF's soldiers killed at least as many Hutu as the militias killed Tutsi.", C, "double_genocide",
                 "minimisation"),
             own("It was the RPF that shot down President Habyarimana's plane on 6 April, so everything that followed "
                 "is on its head.", D, "blame_shifting"),
             s("Even the UNHCR team found that RPA soldiers had killed between 25,000 and 45,000 people, yet the tribunal "
               "in Arusha did not try a single RPF officer.", S),
             own("That tribunal was a victors' court that put only the losers in the dock and paid its witnesses to lie.",
                 None, "attack_on_witnesses"),
             own("When we govern, we will ask the world to recognise the Hutu genocide and to stop blaming a whole people "
                 "for a war the RPF started.", C, "double_genocide", "blame_shifting")],
        ],
    },
    # 12. Composite fixture: an encyclopedia-like article whose "Controversies" section turns into denial.
    {
        "doc": "fixture-denial-encyclopedia-composite.txt",
        "title": "Rwanda, 1994 (encyclopedia-style article with a Controversies section)",
        "genre": "encyclopedia article spliced with denial (fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("Rwanda, 1994")],
            [s("The genocide against the Tutsi began on 7 April 1994, the day after the aircraft carrying President "
               "Juvénal Habyarimana was shot down near Kigali.", S),
             s("In December 1994 the UN Commission of Experts concluded that genocide had been committed against the Tutsi "
               "in a planned and systematic way.", S),
             s("The International Criminal Tribunal for Rwanda, created by resolution 955 on 8 November 1994, indicted 93 "
               "people and convicted 61.", S)],
            [s("Controversies")],
            [own("Many independent researchers regard the official account as inflated, noting that the so-called "
                 "genocide left far fewer than 200,000 dead.", C, "minimisation", "definitional_denial"),
             own("The killings are better described as spontaneous reprisals by peasants after the murder of their "
                 "president, provoked by the RPF's invasion.", C, "spontaneity", "blame_shifting", "justification"),
             own("Survivor testimony was coached by Kigali, and the Arusha convictions rest on it.", None,
                 "attack_on_witnesses", "fabrication")],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
