"""Source of the SEVENTEENTH BLIND labelled evaluation set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-blind17/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-blind17/build_set.py --check  # validate the files already written

A HELD-OUT evaluation set, written blind: new genres (an investigative newsletter's explainer on counting the dead,
a human-rights lawyer's blog post on universal-jurisdiction trials in Europe, a church bulletin's commemoration
page, a policy brief on the ICTR and RPF crimes, a linguistics paper's section on dehumanising metaphor in 1990-1994
hate media, a wire story on a reparations debate, a French law-review case note on the ICTR's last appeal judgment,
and five short fixtures: a French open letter, auto-generated video captions, leaflets, a "revisionist" memo, and a
genealogy page that turns into denial), new wording, new facts. Its author did not read the detectors, their rules,
exemplars or training data, the benchmark or its results, the tests, nor any earlier set's documents, labels,
README or build script (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling
conventions, the first 40 lines of the check-blind5 build script and check-blind5/README.md as templates, and the
TECHNIQUES list of src/factfinder/check/model.py). Verdicts were decided against the record alone: examples/
(FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV.
Keep it that way: do not copy these sentences into rules, exemplars or training data, and do not tune against this
set; it is scored in aggregate only.

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

NB = "\u00a0"  # French typography: no-break space before : ; ? ! and inside « »


DOCS: list[dict] = [
    # 1. Investigative newsletter explainer (invented newsletter "The Ledger Line"). Hard negative: quotes denial
    #    claims in order to refute them (voice reported).
    {
        "doc": "ledger-line-counting-the-dead.txt",
        "title": "The Ledger Line, issue 41: How do you count a genocide?",
        "genre": "investigative newsletter explainer",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("The Ledger Line — Issue 41: How do you count a genocide?")],
            [
                s("Anyone who writes about Rwanda in 1994 eventually has to pick a number, and every number on offer "
                  "was produced by someone, at some date, with some method."),
                s("Six weeks into the killing, Human Rights Watch's Africa division put the dead at no fewer than "
                  "200,000 and possibly half a million.", S),
                s("By December 1994 the UN Commission of Experts had settled on roughly 500,000 murdered civilians, "
                  "while warning that the true figure might well be higher.", S),
            ],
            [
                s("The most careful demographic estimate came from Human Rights Watch and the FIDH in Leave None to "
                  "Tell the Story, published in 2001.", C),
                s("Its authors started from the 1991 census, which registered Tutsi as 8.4 per cent of Rwandans.", S),
                s("The demographer William Seltzer then projected that some 757,000 Tutsi were living in the country "
                  "on the eve of the killing.", C),
                s("Subtract roughly 150,000 survivors and you arrive at around 507,000 Tutsi dead, a little over three "
                  "quarters of those registered.", S),
                s("The census almost certainly undercounted Tutsi, whose real share of the population was closer to "
                  "one Rwandan in seven.", D),
            ],
            [
                s("Kigali's census of victims, carried out in 2000 and closed by a final report in November 2002, "
                  "reached the strikingly exact total of 1,074,017.", S),
                s("That total starts in October 1990, not in April 1994, and runs to the end of 1994.", S),
                s("In 2004 a different ministry, Youth, Culture and Sports, announced 937,000 victims whose names, "
                  "ages and birthplaces had been recorded.", S),
                s("Filip Reyntjens called the official figure \"ridiculously precise\", and Luc Reydams concluded in "
                  "2020 that it roughly doubles the number of genocide victims.", S),
            ],
            [
                s("Our own reading of the evidence: somewhere around 800,000 people were murdered in roughly a hundred "
                  "days.", D),
                s("Add the deaths from war, flight and disease, and more than a million Rwandans died in 1994.", D),
                s("That the genocide happened is not in question: the Commission of Experts, the Arusha tribunal and "
                  "every serious study agree on it.", S),
            ],
            [
                s("Three claims keep arriving in our inbox, so here they are with their answers."),
                rep("The first is that \"no more than 50,000 people died\", a figure no investigator, court or census "
                    "has ever produced.", C, "minimisation"),
                rep("The second is that the dead were \"casualties of a civil war, not victims of a genocide\".", C,
                    "definitional_denial"),
                s("As early as December 1994 the UN Commission of Experts found that the killing of Tutsi had been "
                  "concerted, planned, systematic and methodical.", S),
                rep("The third is that \"the RPF killed just as many\".", C, "double_genocide"),
                s("Killings by RPF soldiers were real and belong in the record, but UNHCR experts put them at 25,000 "
                  "to 45,000 between April and August 1994, a separate and far smaller count.", S),
            ],
            [
                s("Refugee deaths are yet another tally: in the camps around Goma, almost 50,000 people died in the "
                  "first month after the July exodus.", D),
                s("The Kigali Genocide Memorial at Gisozi alone holds the remains of more than 250,000 victims.", N),
                s("Since January 2018 the United Nations has marked 7 April as the International Day of Reflection on "
                  "the 1994 Genocide against the Tutsi in Rwanda.", N),
            ],
        ],
    },
    # 2. Human-rights lawyer's blog post (invented blog and author) on universal-jurisdiction trials in Europe.
    {
        "doc": "lawyer-blog-universal-jurisdiction.txt",
        "title": "Twenty-five years of Rwanda trials in Europe: a practitioner's scorecard",
        "genre": "human-rights lawyer's blog post",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Twenty-five years of Rwanda trials in Europe: a practitioner's scorecard")],
            [
                s("Much of the justice for Rwanda's 800,000 dead has been done far from Arusha, in assize courts and "
                  "district courts across Europe.", D),
                s("Belgium led the way with its law of 16 June 1993, which let its courts try grave breaches of the "
                  "Geneva Conventions wherever they had been committed.", N),
                s("Parliament cut that reach back on 5 August 2003, after which a link to Belgium became "
                  "necessary.", N),
                s("The first Rwandan case, the so-called Butare Four, ended in June 2003 with sentences of 12 to 20 "
                  "years.", C),
                s("Two of the four were Benedictine nuns from the Sovu convent: Sister Gertrude received fifteen years "
                  "and Sister Maria Kisito twelve.", S),
                s("In July 2007 a Brussels jury gave Major Bernard Ntuyahaga 20 years for the killing of the ten "
                  "Belgian peacekeepers at Camp Kigali, while acquitting him of the Prime Minister's murder.", S),
                s("Only on 19 December 2019, in the case of the former civil servant Fabien Neretse, did a Belgian jury "
                  "return a conviction for genocide as such; he got 25 years.", S),
            ],
            [
                s("France was slower, although many suspects had first fled to the camps of eastern Zaire, where as "
                  "many as 80,000 refugees died that summer.", D),
                s("Its first trial, of the former intelligence officer Pascal Simbikangwa, ended on 14 March 2014 with "
                  "a sentence of 25 years.", S),
                s("The appeal court in Seine-Saint-Denis overturned that verdict in December 2016 and acquitted "
                  "him.", C),
                s("The two former bourgmestres of Kabarondo, Octavien Ngenzi and Tito Barahira, were given life on "
                  "6 July 2016 for the massacre in the Kabarondo church on 13 April 1994.", S),
                s("Laurent Bucyibaruta, once prefect of Gikongoro, was sentenced to 20 years in July 2022 but died in "
                  "December 2023 before his appeal could be heard.", S),
                s("The case of the priest Wenceslas Munyeshyaka, the oldest complaint in France, ended in a non-lieu in "
                  "October 2015 that the Paris appeal court confirmed in June 2018.", N),
                s("And it was gendarmes of a specialised French office who arrested Félicien Kabuga in his flat in "
                  "Asnières-sur-Seine on 16 May 2020, after more than two decades on the run.", N),
            ],
            [
                s("Outside Europe, a Quebec court convicted Désiré Munyaneza in May 2009 and sentenced him to life that "
                  "October.", S),
                s("Germany opened its first Rwanda genocide trial in Frankfurt on 18 January 2011.", N),
                s("The defendant, Onesphore Rwabukombe, a former bourgmestre of Muvumba, first received 14 years for "
                  "aiding and abetting; after the Federal Court of Justice stepped in, he was resentenced to life as a "
                  "perpetrator in December 2015.", S),
                s("The massacre at issue was the attack of 11 April 1994 on the church compound at Kiziguro, where at "
                  "least 400 Tutsi were killed.", S),
                s("In Finland, the Porvoo District Court gave the Baptist pastor François Bazaramba fourteen years in "
                  "June 2010.", C),
                s("Norway sentenced the businessman Sadi Bugingo to 21 years in February 2013, and in Sweden Stanislas "
                  "Mbanenande received a life term that the Svea Court of Appeal upheld in June 2014.", S),
                s("The Netherlands convicted Yvonne Basebya in March 2013 of incitement alone, for meetings and songs "
                  "in Gikondo, and acquitted her of genocide.", S),
            ],
            [
                s("All of these cases concern a genocide that killed somewhere between half a million and a million "
                  "people.", D),
                s("Swiss military justice had actually been first: a military tribunal in Lausanne sentenced the "
                  "bourgmestre Fulgence Niyonteze to life in April 1999, cut on appeal to 14 years for war crimes.", S),
                s("Universal jurisdiction is slow, expensive and selective, but for many survivors it has been the "
                  "only court that listened."),
            ],
        ],
    },
    # 3. Church bulletin commemoration page (invented parish). Hard negative: documents the killing of clergy by RPF
    #    soldiers and the Church's own failings.
    {
        "doc": "parish-bulletin-kwibuka.txt",
        "title": "Parish bulletin: Kwibuka, we remember Rwanda",
        "genre": "church bulletin commemoration page",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Our Lady of the Hills — Parish Bulletin — Kwibuka: we remember Rwanda")],
            [
                s("This Sunday falls in the week of national mourning that Rwanda keeps every year from 7 April, the "
                  "day the killing began in 1994.", N),
                s("We pray for the victims of a genocide that took some 800,000 lives in about a hundred days.", D),
                s("At Kabarondo, on 13 April 1994, Tutsi who had sought sanctuary in the church were massacred.", S),
                s("At Ntarama, in Bugesera, more than five thousand people were killed at the Catholic church, which is "
                  "now a memorial.", N),
                s("At the Nyamata memorial, also a former parish church, the remains of more than 45,000 victims rest "
                  "today.", N),
                s("At Nyange, in Kibuye, the church was demolished on 16 April 1994 with some two thousand Tutsi "
                  "sheltering inside.", S),
                s("The businessman Gaspard Kanyarukiga was sentenced to 20 years for that crime by the international "
                  "tribunal in Arusha.", C),
                s("The priest of Nyange parish, Athanase Seromba, received 15 years at first instance in 2006; on "
                  "12 March 2008 the Appeals Chamber replaced that sentence with life imprisonment.", N),
            ],
            [
                s("We must also remember, with shame, that members of the Church took part."),
                s("In Brussels in June 2001, two Benedictine sisters of the Sovu convent were convicted over the "
                  "killing of people who had taken refuge there.", S),
                s("Sister Gertrude, the mother superior of Sovu, was given twelve years by the Brussels court.", C),
                s("In November 2016 the Catholic bishops of Rwanda issued a public apology for the wrongs committed by "
                  "members of the Church.", N),
                s("On 20 March 2017, receiving President Kagame at the Vatican, Pope Francis implored God's forgiveness "
                  "for the sins and failings of the Church and its members.", N),
            ],
            [
                s("Our prayers also go to the tens of thousands of civilians killed by soldiers of the Rwandan "
                  "Patriotic Front in 1994, clergy among them.", D),
                s("Near Kabgayi, on 5 June 1994, RPF soldiers killed thirteen clergy, among them the Archbishop of "
                  "Kigali and the bishops of Kabgayi and Byumba.", D),
                s("Two other civilians died with them.", S),
                s("In October 2008 a Rwandan military court convicted two captains who had confessed and acquitted two "
                  "senior officers; on appeal the captains' eight-year terms were reduced to five.", S),
                s("Grief does not choose sides: we also remember the displaced people shot by soldiers of the new "
                  "national army at Kibeho on 22 April 1995, some two thousand of them.", D),
            ],
            [
                s("The school at Murambi, where a massacre took place on 21 April 1994, is one of four memorials that "
                  "UNESCO added to the World Heritage List in September 2023.", N),
                s("The others are Nyamata, Bisesero and the Kigali memorial at Gisozi, where more than 250,000 victims "
                  "are buried.", N),
                s("Many survivors still struggle: a national count in 2008 found 309,368 survivors still living.", S),
                s("UNICEF said in 2004 that 95,000 children had been orphaned by the end of the genocide.", S),
                s("Hundreds of thousands of women were raped during those hundred days.", D),
                s("Please join us for the candlelit vigil on Wednesday evening; the retiring collection will go to a "
                  "survivors' school fund."),
            ],
        ],
    },
    # 4. Policy brief (invented institute) criticising the ICTR's failure to prosecute RPF crimes. Hard negative.
    {
        "doc": "policy-brief-unfinished-docket.txt",
        "title": "Policy Brief No. 12: The unfinished docket — the ICTR and crimes by the Rwandan Patriotic Front",
        "genre": "policy brief on ICTR selectivity",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Halden Institute for Transitional Justice — Policy Brief No. 12: The unfinished docket")],
            [
                s("The International Criminal Tribunal for Rwanda shut its doors on 31 December 2015 without having "
                  "indicted a single member of the Rwandan Patriotic Front.", S),
                s("Its mandate never excluded them: resolution 955 of 8 November 1994 gave it jurisdiction over serious "
                  "violations committed in Rwanda by anyone during 1994.", S),
                s("The Security Council adopted that resolution unanimously.", C),
                s("Our argument is simple: a tribunal that judges only one side leaves its own record incomplete."),
            ],
            [
                s("The crimes in question were committed by the same army that, by July 1994, had stopped a genocide "
                  "that killed more than a million people.", D),
                s("The UN Commission of Experts reported in December 1994 that crimes against humanity had been "
                  "committed by individuals on both sides, and asked that violations attributed to the RPF be "
                  "investigated further.", S),
                s("A UNHCR team led by Robert Gersony estimated that RPA soldiers had killed between 25,000 and 45,000 "
                  "people from April to August 1994; its findings were never published as a report.", S),
                s("Human Rights Watch wrote in 1999 that RPF soldiers may have killed tens of thousands of civilians "
                  "during the four months of combat.", S),
                s("Amnesty International reported in October 1994 on hundreds of deliberate executions by the "
                  "Rwandese Patriotic Army.", S),
                s("In mid-April 1994, RPF soldiers massacred several hundred people in the stadium at Byumba.", S),
                s("All told, RPA soldiers killed somewhere between 25,000 and 45,000 civilians in 1994, and probably "
                  "more.", D),
            ],
            [
                s("The Rwandan military said in 2008 that it had prosecuted 43 soldiers since 1994 for war crimes and "
                  "revenge killings.", S),
                s("Human Rights Watch reported the same year that the soldiers prosecuted were responsible for killing "
                  "approximately 100 civilians.", S),
                s("The one emblematic case, the killing of fifteen civilians including thirteen clergy at Kabgayi on "
                  "4 June 1994, ended in October 2008 with two captains sentenced to fifteen years and two senior "
                  "officers acquitted.", C),
                s("Gacaca, which tried 1,958,634 cases before it closed on 18 June 2012, was barred from hearing crimes "
                  "by RPF soldiers at all.", S),
                s("Human Rights Watch said in December 2008 that the ICTR had \"not prosecuted even one\" of the "
                  "serious RPF crimes of 1994.", S),
            ],
            [
                s("On 28 August 2003 the Security Council split the prosecutor's post, removing Carla Del Ponte from "
                  "the Rwanda tribunal; she said Kigali had lobbied against her because she meant to investigate "
                  "reprisal killings by the RPF's army.", N),
                s("Her successor, the Gambian jurist Hassan Bubacar Jallow, took up his duties in Arusha on "
                  "3 October 2003.", N),
                s("Kibeho shows what the Tribunal's calendar left out: on 22 April 1995 RPA soldiers fired on displaced "
                  "people in the camp, killing about 4,000.", D),
                s("Because that massacre took place in 1995, it lay outside the ICTR's temporal jurisdiction "
                  "altogether.", S),
                rep("Deniers have seized on all this to claim that \"the RPF killed as many Hutu as the genocidaires "
                    "killed Tutsi\".", C, "double_genocide"),
                s("Nothing in the evidence supports that equation: the Commission found no evidence of an intent to "
                  "destroy the Hutu as a group, and the estimates of RPF killings are a fraction of the genocide's "
                  "toll.", S),
                s("On 1 October 2010 the UN human rights office released a mapping report on Congo which said that "
                  "attacks on Hutu refugees there in 1996 and 1997 could be characterised as acts of genocide, leaving "
                  "the final word to a court.", N),
            ],
            [
                s("Recommendation: the Residual Mechanism should open the Gersony material and the Tribunal's special "
                  "investigation files to researchers and to the victims' families."),
            ],
        ],
    },
    # 5. Linguistics paper, one section (invented author), analysing dehumanising metaphor in Kangura and RTLM.
    #    Hard negative: hate speech quoted to analyse it (voice reported).
    {
        "doc": "linguistics-vermin-metaphor.txt",
        "title": "Section 4 of a linguistics paper: vermin, blood and the harvest in Rwandan hate media, 1990-1994",
        "genre": "linguistics paper section",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("4. Vermin, blood and the harvest: dehumanising metaphor in Rwandan hate media, 1990–1994")],
            [
                s("The corpus analysed here accompanied a genocide in which roughly 800,000 people were murdered "
                  "between April and July 1994.", D),
                s("Its print precursor is Kangura, a paper founded in May 1990 and edited throughout by Hassan "
                  "Ngeze.", N),
                s("Its sixth issue, in December 1990, carried the so-called Ten Commandments of the Bahutu.", N),
                rep("The text prefaced them with the assertion that \"the Batutsi are bloodthirsty and power-hungry "
                    "and want to impose their hegemony on the people of Rwanda using armed force\".", N,
                    "accusation_in_mirror", "dehumanisation"),
                rep("The eighth commandment reads simply: \"Hutus must cease having pity for the Tutsi.\"", N,
                    "call_to_action"),
                s("Ngeze's convictions were later partly reversed because acts before 1994 lay outside the Tribunal's "
                  "jurisdiction, and his life sentence became 35 years on appeal in November 2007.", S),
            ],
            [
                s("Radio Télévision Libre des Mille Collines went on air on 8 July 1993, and its disc jockeys, music "
                  "and phone-ins soon won it a young audience.", N),
                s("It stayed on the air until 31 July 1994.", N),
                s("From the first days of April 1994 the insect word inyenzi, cockroach, stopped being an insult and "
                  "became an instruction."),
                rep("On 7 and 8 April, according to transcripts quoted by the journalist Colette Braeckman, the station "
                    "told its listeners: \"You have to kill [the Tutsis], they are cockroaches.\"", N,
                    "dehumanisation", "call_to_action"),
                rep("The same source records the injunction \"You have to work harder, the graves are not full\".", N,
                    "call_to_action"),
                rep("In a broadcast of 20 June 1994 the RTLM journalist Valérie Bemeriki said of the Inyenzi that \"it "
                    "is obvious that they were created to drink Rwandan blood and to kill\".", N,
                    "dehumanisation", "accusation_in_mirror"),
                rep("Later in the same segment the broadcast declared that \"we must take our revenge on the "
                    "Inyenzi-Inkotanyi and exterminate them\".", N, "call_to_action", "justification"),
                s("This is accusation in a mirror in its plainest form: the speakers' own project is attributed to "
                  "those they target."),
            ],
            [
                s("Léon Mugesera's speech at Kabaya on 22 November 1992, for which a Rwandan court sentenced him to "
                  "life in April 2016, is the classic instance of the agricultural register.", S),
                rep("In it the Tutsi are cast as foreigners to be sent back \"home\" to Ethiopia by way of the "
                    "Nyabarongo river.", N, "dehumanisation", "call_to_action"),
                s("Rwanda's Court of Appeal dismissed his appeal in September 2020.", S),
            ],
            [
                s("Courts have treated these broadcasts as crimes, not as opinions."),
                s("The RTLM presenter Georges Ruggiu, a Belgian-Italian national, pleaded guilty and was sentenced in "
                  "June 2000 to twenty years.", C),
                s("In the Media case the Appeals Chamber raised Ferdinand Nahimana's sentence to life imprisonment in "
                  "November 2007.", C),
                s("It upheld his convictions for incitement and persecution over RTLM broadcasts made after 6 April "
                  "1994, while reversing the others.", S),
                s("Joseph Serugendo, a member of RTLM's governing board and its technical director, pleaded guilty "
                  "and was sentenced to six years in June 2006.", S),
                s("The singer Simon Bikindi received fifteen years for public exhortations to kill Tutsi on the "
                  "Kivumu–Kayove road in late June 1994.", S),
                s("The metaphors are analysed here so that they can be recognised, never so that they can be "
                  "repeated."),
            ],
        ],
    },
    # 6. Wire story (invented agency) on a reparations debate. The debate, the motion and the two members of
    #    parliament are invented and carry no verdict; the background facts are from the record or verified.
    {
        "doc": "wire-reparations-debate.txt",
        "title": "Lawmakers split over survivors' fund as Rwanda marks another Kwibuka",
        "genre": "wire story on a parliamentary debate",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Lawmakers split over survivors' fund as Rwanda marks another Kwibuka")],
            [
                s("(Meridian Wire) — Members of parliament argued for four hours on Tuesday over a motion that would "
                  "commit the government to pay into an international trust fund for survivors of the 1994 genocide "
                  "against the Tutsi."),
                s("The motion, tabled by the opposition deputy Hanna Roos, failed by eleven votes."),
                s("Survivors' groups have wanted such a fund for years: in 2016 Ibuka, their umbrella organisation, "
                  "proposed that the United Nations, France and the sale of fugitives' property should pay for "
                  "one.", N),
            ],
            [
                s("Rwanda's own instrument is the Genocide Survivors Assistance Fund, FARG, set up by a law of "
                  "22 January 1998.", N),
                s("Under that law the fund draws mainly on six per cent of the state's internal revenue.", N),
                s("The need is large: a census in 2008 counted 309,368 survivors still alive.", S),
                s("Roos told the chamber that some 95,000 children had been orphaned by the genocide.", D),
                s("A government census of survivors put the figure lower, at 74,642 orphans, alongside 27,733 "
                  "widows.", S),
                s("At least a quarter of a million women were raped during the hundred days.", D),
                s("Several speakers said the genocide had taken more than a million lives.", D),
            ],
            [
                s("Rwanda's gacaca courts tried 1,958,634 cases before they closed, 1,320,554 of them for looting and "
                  "destruction of property.", S),
                s("In that third category, 1,266,632 cases ended in a finding of guilt.", S),
                s("The community courts were wound up in June 2015.", C),
                s("A government task force reported in 2013 that of 599,025 gacaca judgments on property, 158,095 had "
                  "never been executed.", N),
                s("The ICTR, for its part, never offered survivors a procedure through which to claim "
                  "compensation.", N),
            ],
            [
                s("Marc Alvey, foreign-affairs spokesman for the governing coalition, replied that the country already "
                  "paid its share through the international tribunals."),
                s("The ICTR convicted 61 people and acquitted 14 before it shut its doors at the end of 2012.", C),
                s("Alvey also cited Human Rights Watch's criticism of gacaca for corruption and procedural "
                  "irregularities.", S),
                s("Roos answered that the genocide had wrecked the justice system itself: by April 1998, more than "
                  "125,000 detainees were still waiting for trial.", S),
                s("In October 2012 ten survivors' associations, Ibuka and SURF among them, published a discussion "
                  "paper recommending a compensation fund created by law.", N),
                s("The government had promised such a fund when gacaca began, but it was never set up, according to "
                  "Survivors Fund.", N),
                s("The killing began on 7 April 1994, the day after President Habyarimana's plane was shot down near "
                  "Kigali.", S),
                s("It ended in July, after roughly a hundred days and at least 800,000 deaths.", D),
                s("By then about a million people had fled across the border into Zaire within a few days.", D),
            ],
        ],
    },
    # 7. French law-review case note (invented review and author) on the ICTR's last appeal judgment (Butare).
    #    Facts from the proceedings CSV only. Hard negative: criticises the ICTR's delays and selectivity.
    {
        "doc": "revue-juridique-arret-butare.txt",
        "title": "Le délai déraisonnable, circonstance atténuante ? Note sous l'arrêt Nyiramasuhuko et consorts",
        "genre": "note d'arrêt (revue juridique)",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s(f"Le délai déraisonnable, circonstance atténuante{NB}? Note sous TPIR, Chambre d'appel, "
               f"14 décembre 2015, Nyiramasuhuko et consorts")],
            [
                s(f"L'arrêt rendu le 14 décembre 2015 dans l'affaire dite «{NB}de Butare{NB}» est le dernier prononcé "
                  f"par le Tribunal pénal international pour le Rwanda.", S),
                s("Il clôt une procédure dirigée contre six accusés, dont le jugement de première instance avait été "
                  "rendu le 24 juin 2012.", C),
                s("La Chambre d'appel y confirme pour l'essentiel les déclarations de culpabilité de Pauline "
                  "Nyiramasuhuko, ancienne ministre de la Famille et de la Promotion féminine du gouvernement "
                  "intérimaire.", S),
                s("Elle ramène toutefois sa peine de la perpétuité à 47 ans d'emprisonnement, au motif que la durée de "
                  "la procédure a méconnu le droit d'être jugé sans retard excessif.", S),
                s("La même réduction, de la perpétuité à quarante-sept ans, profite à son fils Arsène Shalom "
                  "Ntahobali, chef interahamwe à Butare, et à Élie Ndayambaje, ancien bourgmestre de Muganza.", S),
            ],
            [
                s("Pour les autres appelants, la Chambre va plus loin encore."),
                s("Sylvain Nsabimana, préfet de Butare du 19 avril au 17 juin 1994, voit sa peine passer de 25 à "
                  "18 ans et recouvre la liberté, la détention déjà subie couvrant la peine.", S),
                s("Joseph Kanyabashi, bourgmestre de Ngoma, obtient seulement la confirmation de ses 35 ans "
                  "d'emprisonnement.", C),
                s("Alphonse Nteziryayo, qui avait succédé à Nsabimana à la tête de la préfecture, voit la sienne "
                  "ramenée de 30 à 25 ans.", S),
            ],
            [
                s("La solution s'inscrit dans une jurisprudence déjà fournie."),
                s("Dès 2005, la Chambre d'appel avait converti la perpétuité de Juvénal Kajelijeli, ancien bourgmestre "
                  "de Mukingo, en 45 ans, en raison des violations de ses droits lors de son arrestation et de sa "
                  "détention.", S),
                s("En octobre 2012, elle avait réduit pour retard excessif la peine de Jean-Baptiste Gatete, condamné "
                  "pour les massacres des paroisses de Kiziguro et de Mukarange, de la perpétuité à trente ans.", C),
                s("À l'inverse, dans l'affaire Gacumbitsi, elle avait en 2006 alourdi la peine de 30 ans à la "
                  "perpétuité.", S),
                s("Le cas d'Augustin Ngirabatware, dont la peine a été ramenée de 35 à 30 ans en décembre 2014, relève "
                  "déjà du Mécanisme résiduel et non plus du Tribunal.", S),
            ],
            [
                s("On peut douter que la réduction d'une peine répare adéquatement la lenteur de la justice."),
                s("Entre le jugement de 2011 et l'arrêt de 2015, plus de quatre années se sont encore écoulées.", S),
                s("Cette lenteur contraste avec la sévérité des premières décisions du Tribunal, telle la condamnation "
                  "à perpétuité de Jean-Paul Akayesu, confirmée en appel le 1er juin 2001.", S),
                s("Jean Kambanda, Premier ministre du gouvernement intérimaire, avait quant à lui été condamné à la "
                  "réclusion à perpétuité le 4 septembre 1998, après avoir plaidé coupable.", S),
                s("La Chambre d'appel avait pourtant acquitté Akayesu du chef d'incitation directe et publique à "
                  "commettre le génocide.", C),
            ],
            [
                s("Une seconde critique tient à la sélectivité des poursuites."),
                s("Le Tribunal, qui a clos ses travaux fin 2015, n'a poursuivi aucun membre du Front patriotique "
                  "rwandais.", S),
                s(f"Les crimes imputés aux soldats de l'APR n'ont été portés que devant des juridictions militaires "
                  f"rwandaises{NB}: dans l'affaire de Kabgayi, deux capitaines ont été condamnés le 24 octobre 2008 et "
                  f"deux officiers supérieurs acquittés.", S),
                s("En appel, le 25 février 2009, les peines des deux capitaines ont été ramenées de huit à cinq "
                  "ans.", S),
                s(f"Une justice qui tarde et ne regarde que d'un côté offre aux négationnistes l'argument de la "
                  f"«{NB}justice des vainqueurs{NB}», qu'elle ne mérite pourtant pas."),
            ],
        ],
    },
    # 8. FIXTURE (French): open letter denying the genocide. Invented signatory; falsehoods on purpose.
    {
        "doc": "fixture-denial-lettre-ouverte.txt",
        "title": "Lettre ouverte aux rédactions (fixture)",
        "genre": "lettre ouverte négationniste (fixture)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [
                own(f"Mesdames, Messieurs, le rapport de l'ONU de décembre 1994 parlait d'environ 500{NB}000 morts, et vos "
                    f"confrères ont doublé ce chiffre sans la moindre preuve.", S, "minimisation", "fabrication"),
                own(f"Cessez de répéter le chiffre d'un million de morts{NB}: en 1994, il n'y a pas eu plus de 50{NB}000 "
                    f"victimes, toutes ethnies confondues.", C, "minimisation"),
                own(f"Même Human Rights Watch n'a jamais avancé plus de 100{NB}000 morts.", C, "minimisation"),
            ],
            [
                own(f"Les prétendus «{NB}rescapés{NB}» qui défilent à Paris et à Arusha récitent des témoignages "
                    f"appris par cœur et payés par Kigali.", None, "attack_on_witnesses"),
                own("Le TPIR lui-même a dû acquitter la plupart des accusés, ce qui prouve que les dossiers étaient "
                    "vides.", C, "attack_on_witnesses"),
            ],
            [
                own("Quand l'armée du FPR a envahi le pays depuis l'Ouganda le 1er octobre 1990, la population avait "
                    "le droit de se défendre par tous les moyens.", S, "justification", "role_reversal"),
                own("Ce que vous appelez massacres n'était que la riposte d'un peuple qui refusait de redevenir "
                    "esclave.", None, "justification", "role_reversal"),
                own("Quant à la commission d'experts de l'ONU, elle n'a jamais conclu à un plan d'extermination.", C,
                    "spontaneity"),
            ],
        ],
    },
    # 9. FIXTURE: auto-generated captions of a video by an invented channel ("hidden hills files").
    {
        "doc": "fixture-denial-video-captions.txt",
        "title": "Auto-generated captions: \"the rwanda story they won't tell you\" (fixture)",
        "genre": "auto-generated video captions (fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("welcome back to hidden hills files today we look at the so called rwandan genocide the story nobody "
                 "is allowed to question", None, "definitional_denial")],
            [own("the whole thing was invented by western intelligence agencies to bring the rpf to power", C,
                 "fabrication")],
            [own("at most fifty thousand people died and most of them were hutu", C, "minimisation",
                 "double_genocide")],
            [own("the real story is two genocides the hutu were killed just as much as the tutsi", C,
                 "double_genocide")],
            [own("even the un commission said both sides committed genocide look it up", C, "double_genocide")],
            [own("and remember the rpf came in from uganda on october 1 1990 so who started the war", S,
                 "blame_shifting")],
            [own("it was a war not a genocide and the arusha tribunal just rubber stamped the winners version", C,
                 "definitional_denial", "attack_on_witnesses")],
            [s("[Music] like and subscribe for part two")],
        ],
    },
    # 10. FIXTURE: leaflets of an invented movement (incitement style, short, not graphic).
    {
        "doc": "fixture-denial-hills-leaflets.txt",
        "title": "Leaflets of the \"Movement for the Defence of the Hills\" (fixture)",
        "genre": "movement leaflets (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("MOVEMENT FOR THE DEFENCE OF THE HILLS — LEAFLET No. 1")],
            [
                own("Remember 1 October 1990, when the inyenzi crossed from Uganda to enslave us.", S,
                    "dehumanisation", "accusation_in_mirror"),
                own("The cockroaches are back in our hills, hiding among honest people.", None, "dehumanisation"),
                own("They have drawn up lists of our names and plan to wipe out every Hutu family before the "
                    "rains.", None, "accusation_in_mirror"),
                s("Their friends signed away our country at Arusha in 1995.", C),
                s("The UN soldiers who were supposed to protect us ran away in April: only 270 are left.", S),
            ],
            [
                own("Every household must stand guard tonight and let none of them pass the barrier.", None,
                    "call_to_action"),
                own("Finish the work our fathers began, and do not let pity weaken you.", None, "call_to_action",
                    "dehumanisation"),
            ],
        ],
    },
    # 11. FIXTURE: "revisionist" memo of an invented think tank.
    {
        "doc": "fixture-denial-revisionist-memo.txt",
        "title": "Internal memo of the \"Institute for Great Lakes Historical Review\" (fixture)",
        "genre": "think-tank revisionist memo (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("MEMORANDUM — Institute for Great Lakes Historical Review, research desk — internal circulation")],
            [
                own("The killings that followed the downing of the presidential plane on 6 April 1994 were a "
                    "spontaneous explosion of popular grief, not the execution of any plan.", C, "spontaneity"),
                own("The missile was fired by the RPF, and the guilt for everything that followed lies with those who "
                    "fired it.", D, "blame_shifting"),
                own("The Tutsi of the hills were not victims but combatants, armed and organised by the RPF as a fifth "
                    "column.", None, "role_reversal"),
                own("Peasants who manned the roadblocks were defending their families against infiltrators.", None,
                    "role_reversal", "justification"),
                own("Belgium and the United Nations, which abandoned the country by cutting UNAMIR to 270 on "
                    "21 April, bear the guilt for the chaos.", S, "blame_shifting", "spontaneity"),
                own("Kigali did not fall to the rebels until late August 1994, long after the disorder had burned "
                    "itself out.", C, "spontaneity"),
            ],
            [
                own("Recommendation: describe 1994 in all publications as \"inter-ethnic clashes\", as the UN "
                    "Commission of Experts itself did, and never as genocide.", C, "definitional_denial",
                    "spontaneity"),
            ],
        ],
    },
    # 12. COMPOSITE FIXTURE: a genealogy website's family-history page (invented family) that turns into denial.
    {
        "doc": "fixture-denial-genealogy-family-page.txt",
        "title": "Family history: the Kabarondo branch (composite fixture)",
        "genre": "genealogy family-history page (composite fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("Family history: the Kabarondo branch")],
            [
                s("Our great-uncle Silas taught at the primary school in Kabarondo, in what was then Kibungo "
                  "prefecture."),
                s("On 13 April 1994 the Tutsi who had taken refuge in the Kabarondo parish church were massacred, and "
                  "many of our neighbours died there.", S),
                s("In July 2016 a Paris court sentenced the two former bourgmestres of Kabarondo to life imprisonment "
                  "for that massacre.", S),
                s("The rest of the family fled west to Goma, where almost 50,000 refugees died in the first "
                  "month.", D),
            ],
            [
                own("but lets be honest the so called genocide is the story the winners wrote to hide their own "
                    "crimes", None, "definitional_denial", "fabrication"),
                own("The RPF murdered more Hutu than anyone ever killed Tutsi, and the United Nations never bothered "
                    "to count them.", C, "double_genocide"),
                own("The Tutsi death toll was inflated tenfold so that Kigali could keep the aid money flowing.", C,
                    "minimisation", "fabrication"),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
