"""Source of the training labelled set check-train35 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train35/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train35/build_set.py --check  # validate the files already written

A TRAINING set, mainly about verdicts on long, dense sentences: each sentence of the ordinary documents states two
or three record facts at once (an accused, a court, a date and a sentence; a place, a date and a toll; an actor, a
unit and a decision). Genres: a magazine long-read, an encyclopaedia-style entry, a university lecture handout, a
court-watch newsletter, a memorial audio-guide script, a parliamentary committee briefing, a podcast transcript, a
letter to the editor, a French magazine piece, and three short denial fixtures. Contradicted sentences change ONE
detail of one fact; disputed sentences state as settled a quantity on which the record's sources disagree.

Its author did not read the detectors, their rules, exemplars or training data, nor any other set's documents or
labels (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, and
the first 40 lines of the check-blind5 build script and README as templates). Verdicts were decided against the
record alone: examples/ (FACTS.md and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml
and the proceedings CSV. Do not copy these sentences into rules or exemplars.

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
    # 1. Magazine long-read (invented magazine and author).
    {
        "doc": "longread-meridian-hundred-days.txt",
        "title": "The Meridian Review: What the hundred days left behind",
        "genre": "magazine long-read",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("What the hundred days left behind, by Tomasz Arlen")],
            [s("On the evening of Wednesday 6 April 1994, a Falcon 50 bringing Juvénal Habyarimana home from regional "
               "talks in Tanzania was brought down on its approach to Kigali airport, and everyone aboard, Burundi's "
               "president Cyprien Ntaryamira and a three-man French crew among them, was killed.", S),
             s("Within hours, soldiers and militiamen had thrown up roadblocks across the capital and begun hunting "
               "down Tutsi and opposition politicians.", S),
             s("The next morning the Prime Minister, Agathe Uwilingiyimana, a moderate Hutu, was murdered by soldiers, "
               "and the ten Belgian blue helmets detailed to guard her were disarmed, driven to a military camp in "
               "Kigali and killed that same day.", S),
             s("The question of who fired the missiles was settled in 2010, when the Mutsinzi report proved that Hutu "
               "extremists shooting from the Kanombe barracks had brought the plane down.", D)],
            [s("The Belgians belonged to UNAMIR, the mission the Security Council had created by resolution 872 in "
               "October 1993 with an authorised strength of two thousand five hundred and a mandate that included "
               "helping to keep Kigali secure.", S),
             s("Roméo Dallaire had led the force since October 1993 and would remain at its head until August 1994.", S),
             s("His account of that command, Shake Hands with the Devil, won Canada's Governor General's Literary Award "
               "for non-fiction in 2004.", N),
             s("Twenty-five days after the plane went down, the Council voted to shrink the mission to a rump of 270 "
               "personnel.", C),
             s("Less than a month later, on 17 May, resolution 918 reversed course, imposing an arms embargo and "
               "authorising an expanded force of 2,500 troops.", C),
             s("By then, according to UNHCR, more than a quarter of a million people had crossed into Tanzania at Ngara "
               "within twenty-four hours at the end of May, an exodus the agency called the largest and fastest it "
               "had ever seen.", C),
             s("The mission itself lingered on until March 1996, when its mandate finally ran out.", N)],
            [s("The Rwandan Patriotic Front, which had invaded from Uganda on 1 October 1990 and signed a peace "
               "agreement with Habyarimana at Arusha in June 1993, resumed its war and pushed south.", C),
             s("Its fighters entered Kigali and Butare on 14 July, and a new government with Pasteur Bizimungu as "
               "president and Faustin Twagiramungu as prime minister took office on 19 July.", C),
             s("The RPF's capture of Gisenyi on 18 July drove the defeated army and the interim authorities across the "
               "border into Zaire.", D),
             s("In the space of a week roughly a million refugees poured into North Kivu, and cholera and dysentery "
               "killed some 50,000 of them within the first month.", D)],
            [s("France, meanwhile, had obtained from the Council on 22 June a Chapter VII mandate for Opération "
               "Turquoise, adopted by ten votes with five abstentions, and its troops declared a safe humanitarian "
               "zone in the south-west on 5 July.", S),
             s("The last French soldiers left that zone on 21 September 1994, handing over to roughly 2,400 African "
               "peacekeepers of UNAMIR.", C),
             s("Twenty-seven years later, on 27 May 2021, Emmanuel Macron stood at the Gisozi memorial in Kigali and "
               "came, in his words, to recognise France's responsibilities, while saying France had not been an "
               "accomplice.", N)],
            [s("The International Criminal Tribunal for Rwanda was set up on 8 November 1994, by twelve votes to two "
               "with one abstention, and its jurisdiction was confined to crimes committed during 1994.", C),
             s("Its first trial opened in 1995, and by the time it closed its doors on 31 December 2015 it had "
               "convicted 61 people and acquitted 14.", C),
             s("The landmark verdict came on 2 September 1998, when Jean-Paul Akayesu, the former bourgmestre of Taba, "
               "became the first person found guilty of genocide by an international court; he was sentenced to life "
               "that October, and the appeal judges confirmed the sentence in June 2001.", S),
             s("Two days after the Akayesu verdict, Jean Kambanda, the interim government's prime minister, received a "
               "life term after pleading guilty, the first head of government ever convicted of genocide.", S),
             s("The most senior officer in the dock, Colonel Théoneste Bagosora, was convicted in December 2008 and "
               "sentenced to life, a term the Appeals Chamber cut to 25 years in December 2011.", C),
             s("Yet the tribunal, which indicted 92 people in all, never tried a single member of the RPF, a gap Human Rights Watch had already "
               "denounced in December 2008.", D),
             s("The RPF's own soldiers killed between 25,000 and 45,000 people from April to August 1994.", D)],
            [s("Bill Clinton came to Kigali airport in March 1998 and apologised that the world had not acted quickly "
               "enough to stop the killing.", N),
             s("The toll of the genocide is still quoted as 800,000 dead, though the true number was in fact closer to "
               "a million.", D),
             s("What no serious source disputes is that, by the time the RPF routed the government army in July, some "
               "600,000 Tutsi had been killed.", D)],
        ],
    },
    # 2. Encyclopaedia-style entry on the Military I and Military II trials (invented reference work).
    {
        "doc": "encyclopaedia-military-trials.txt",
        "title": "Open Reference Encyclopaedia: Military I and the trials of the army command",
        "genre": "encyclopaedia-style entry",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Military I (ICTR)")],
            [s("Prosecutor v. Bagosora et al., commonly called Military I, was a joint trial before the International "
               "Criminal Tribunal for Rwanda of four senior officers of the former Rwandan army.", S),
             s("The principal accused, Colonel Théoneste Bagosora, had been directeur de cabinet at the Ministry of "
               "Defence, while his co-accused were General Gratien Kabiligi, head of military operations, "
               "Lieutenant-Colonel Anatole Nsengiyumva, commander in Ruhengeri, and Major Aloys Ntabakuze, who commanded "
               "the para-commando battalion at Kanombe.", C),
             s("The prosecution cast Bagosora as the 'mastermind' of the genocide, and its key witness, the former "
               "UNAMIR commander Roméo Dallaire, took the stand on Monday 19 January 2004.", S)],
            [s("Dallaire completed his examination-in-chief on Thursday 22 January, having told the court that "
               "Bagosora had plainly been in charge at the crisis meeting on the night the plane was shot down.", C),
             s("He recalled that the colonel had refused to accept the authority of Prime Minister Agathe "
               "Uwilingiyimana, and that at their final meeting, late in June 1994, he himself had been threatened "
               "with a pistol.", S),
             s("Under cross-examination the defence suggested that he was biased towards the Tutsi and the RPF and "
               "asked whether he had ever counter-checked what an informant known as Jean-Pierre had told UNAMIR "
               "about arms caches and a plan to kill Belgian soldiers.", S),
             s("Dallaire answered that a confidential letter from New York had left him with no authority to "
               "investigate, and that his superiors had ordered him to stop.", S),
             s("The informant's warning had been relayed to UN headquarters in a cable Dallaire sent on 11 January "
               "1994, later known as the 'genocide fax'.", N)],
            [s("Judgment was delivered on 18 December 2008: Bagosora, Ntabakuze and Nsengiyumva were found guilty and "
               "each sentenced to life imprisonment, while Kabiligi was acquitted on every count.", S),
             s("The Trial Chamber held Bagosora responsible for the murder of the Prime Minister and of the ten "
               "Belgian peacekeepers, as well as for killings at roadblocks in Kigali.", S),
             s("On 14 December 2011 the Appeals Chamber upheld his convictions for genocide and crimes against "
               "humanity, overturned the finding on the peacekeepers killed before his visit to Camp Kigali, and "
               "replaced the life term with thirty-five years.", S),
             s("In the same judgment Nsengiyumva's sentence was cut to twenty years and he was ordered released.", C),
             s("Ntabakuze's appeal, heard separately, was decided in May 2013, when his life sentence was likewise "
               "reduced to thirty-five years.", C),
             s("Bagosora died in September 2021, aged 80, in a clinic in Bamako, Mali, where he had been serving his "
               "sentence.", N)],
            [s("A second trial of the military command ended on 17 May 2011 with the conviction of the former army "
               "chief of staff, Augustin Bizimungu, who received thirty years.", S),
             s("In that case Major François-Xavier Nzuwonemeye, commander of the reconnaissance battalion, was "
               "sentenced to life for the killing of the Prime Minister and the Belgian peacekeepers.", C),
             s("His deputy, Captain Innocent Sagahutu, saw a twenty-year sentence reduced to fifteen years by the "
               "Appeals Chamber in February 2012, the same month in which the gendarmerie chief of staff, Augustin "
               "Ndindiliyimana, was acquitted on appeal.", C),
             s("The tribunal's remaining functions later passed to the residual Mechanism, whose branch for the Rwanda "
               "tribunal began operating on 1 July 2012.", N)],
            [s("The Belgian peacekeepers' deaths were also tried in Brussels, where a court of assizes found Major "
               "Bernard Ntuyahaga, a logistics officer at Camp Kigali, guilty of their murder in July 2007 and "
               "sentenced him to twenty years.", S),
             s("In all, the tribunal indicted ninety-three people, and the four officers of Military I were among the "
               "most senior of them.", D)],
        ],
    },
    # 3. University lecture handout on justice after 1994 (hard negative: critique of the ICTR, RPF crimes).
    {
        "doc": "lecture-handout-justice-after-1994.txt",
        "title": "Northfield University, Transitional Justice seminar: handout for week 8",
        "genre": "university lecture handout",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Transitional Justice (POL 3312), week 8: judging 1994 at three levels. Handout prepared by Dr Hannelore "
               "Vask.")],
            [s("Session aims: to compare the international, national and community courts that judged the crimes of "
               "1994, and to weigh the main criticisms made of each."),
             s("The International Criminal Tribunal for Rwanda was created by Security Council resolution 955 on "
               "8 November 1994, with jurisdiction over crimes committed between 1 January and 31 December of that "
               "year.", S),
             s("The resolution passed unanimously, all fifteen members of the Council voting for the tribunal's "
               "statute.", C),
             s("The tribunal sat in Arusha, in Tanzania, and its remaining functions passed to a Mechanism for "
               "International Criminal Tribunals that the Security Council established in December 2010.", N),
             s("The resolution creating that Mechanism passed by fourteen votes to none, Russia abstaining.", N)],
            [s("Its first judgment, handed down in September 1998 against Jean-Paul Akayesu by a bench presided over by "
               "Navanethem Pillay, was the first time an international tribunal held that rape "
               "and other sexual violence could constitute genocide.", C),
             s("The sexual-violence charges had been added to the indictment only in June 1998, after witnesses spoke "
               "in court of rapes in Taba.", C),
             s("Akayesu was convicted on nine of the fifteen counts but acquitted of complicity in genocide and of the "
               "war-crimes counts, the judges finding that he was not a military figure.", S),
             s("In the Media case, decided on 3 December 2003, the trial chamber convicted the RTLM founder Ferdinand "
               "Nahimana, the CDR leader Jean-Bosco Barayagwiza and the Kangura editor Hassan Ngeze; on appeal in "
               "November 2007 their sentences became thirty, thirty-two and thirty-five years.", S),
             s("By the time the tribunal closed at the end of 2015 it had convicted sixty-one accused and acquitted "
               "twenty-four.", C)],
            [s("Critics have long spoken of victor's justice, since no member of the RPF was ever indicted even though "
               "the Commission of Experts had asked that violations attributed to the Front be investigated "
               "further.", S),
             s("Those crimes were not marginal: RPA soldiers killed between 25,000 and 45,000 people from April to "
               "August 1994.", D),
             s("Human Rights Watch itself wrote in 1999 that RPF soldiers may have slaughtered tens of thousands of "
               "civilians during the two months of combat between June and August.", C),
             s("The best-known domestic case is the military trial over the killing of thirteen clergy from Kabgayi, "
               "in which two captains who had pleaded guilty were convicted on 24 October 2008 while a general and a "
               "major were acquitted.", S),
             s("On appeal in February 2009 the captains' eight-year terms were cut to three years.", C)],
            [s("Rwanda's national genocide trials opened in December 1995, in a justice system the genocide had "
               "all but destroyed.", C),
             s("By April 1998 at least 330 people had been tried and 116 sentenced to death, while more than 125,000 "
               "detainees waited in crowded jails.", S),
             s("On 24 April 1998 thirty-two of the condemned, among them the MDR vice-president Froduald Karamira, "
               "were executed in public despite pleas for clemency from Pope John Paul II.", C),
             s("Rwanda went on to abolish the death penalty in 2012.", C)],
            [s("The gacaca courts, which took their name from the Kinyarwanda word for grass, were run by lay judges "
               "chosen for their integrity.", S),
             s("According to the national gacaca service they tried 1,958,634 cases, most of them property offences "
               "in the third category, before closing on 18 June 2013.", C),
             s("Human Rights Watch's 2011 report counted just over 12,000 courts, documented corruption and "
               "procedural irregularities, and noted that crimes by RPF soldiers had been kept out of their "
               "jurisdiction.", S),
             s("All told, the community courts disposed of about 1.2 million cases.", D)],
            [s("Discussion question: does the absence of RPF prosecutions weaken the tribunal's findings on the "
               "genocide, or only its claim to even-handedness?"),
             s("Keep in mind that criticising the tribunal's selectivity is not the same as doubting that the "
               "genocide against the Tutsi was planned: the Commission of Experts found it had been carried out in "
               "a concerted, planned, systematic and methodical way.", S)],
        ],
    },
    # 4. Court-watch newsletter on trials abroad (invented bulletin).
    {
        "doc": "courtwatch-bulletin-trials-abroad.txt",
        "title": "Assize Watch, bulletin 41: the 1994 cases in courts abroad",
        "genre": "court-watch newsletter",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Assize Watch, bulletin 41: where the 1994 cases stand abroad")],
            [s("Thirty years on, courtrooms in Europe and North America are still hearing the crimes of 1994; this "
               "bulletin reviews where the main cases stand."),
             s("Belgium opened the series on 8 June 2001, when the Brussels assize court sentenced the 'Butare Four', "
               "two Benedictine nuns from Sovu among them, to terms of twelve to twenty years.", S),
             s("The mother superior of Sovu, Consolata Mukangango, known as Sister Gertrude, received fifteen years, "
               "and Sister Maria Kisito, Julienne Mukabutera, twelve.", S),
             s("The former minister Alphonse Higaniro, who had run a match factory in Butare, was given twenty years, "
               "and the university professor Vincent Ntezimana twelve.", S),
             s("Four years later, on 29 June 2005, the same court convicted two Kibungo businessmen, Étienne "
               "Nzabonimana and Samuel Ndashyikirwa, who received twelve and fifteen years respectively.", C),
             s("In December 2011 the banker Ephrem Nkezabera, accused of financing the Interahamwe and RTLM, was "
               "sentenced in absentia to thirty years.", C),
             s("Belgium's first conviction for genocide as such came in December 2019, when Fabien Neretse, a former "
               "director of OCIR-Café, was given thirty years for killings in Kigali on 9 April 1994 and in "
               "Mataba.", C),
             s("Most recently, the Gikondo Interahamwe leader Séraphin Twahirwa was jailed for life in December 2023, "
               "while his co-accused Pierre Basabose, a financier of the same militia, was sent to prison for twenty "
               "years.", C)],
            [s("In France the first trial ended on 14 March 2014, when the Paris assize court sentenced the former "
               "Presidential Guard captain Pascal Simbikangwa to twenty-five years, a term confirmed on appeal at "
               "Bobigny in December 2016.", S),
             s("Two former bourgmestres of Kabarondo, Octavien Ngenzi and Tito Barahira, were jailed for life on "
               "6 July 2016 over the massacre in the Kabarondo church on 13 April 1994, and the verdict was confirmed "
               "on appeal exactly two years later.", S),
             s("Laurent Bucyibaruta, prefect of Gikongoro in 1994, was given twenty years in July 2022 for complicity "
               "in the massacres at Murambi, Cyanika and Kaduha, but he died in December 2023 before his appeal could "
               "be heard.", S),
             s("The gendarme Philippe Hategekimana, who had become a French citizen as Philippe Manier, was sentenced "
               "to life in June 2023 for massacres around Nyanza, and the sentence was upheld on appeal in December "
               "2025.", C),
             s("The Kibuye driver Claude Muhayimana was sentenced to sixteen years in December 2021 for carrying "
               "gendarmes and militiamen to massacre sites, and the appeal court confirmed that term in February "
               "2026.", C),
             s("Sosthène Munyemana, a gynaecologist at Butare University Hospital, received twenty-four years in "
               "December 2023, a term confirmed on appeal in October 2025.", S)],
            [s("Elsewhere, a Quebec judge found Désiré Munyaneza guilty on seven counts on 22 May 2009 and later "
               "sentenced him to life, the Court of Appeal confirming both in 2014.", S),
             s("In Finland the Porvoo District Court sentenced the Baptist pastor François Bazaramba to life on "
               "11 June 2012.", C),
             s("A Frankfurt court first gave Onesphore Rwabukombe, the former bourgmestre of Muvumba, fourteen years "
               "for aiding and abetting genocide in February 2014, before a retrial ended in December 2015 with a life "
               "sentence over the massacre at the Kiziguro church.", S),
             s("In Norway, the Bergen District Court sentenced the businessman Sadi Bugingo to twenty-one years in "
               "February 2013 for three attacks in which at least 2,000 Tutsi were killed in Kibungo.", C),
             s("Sweden's Stockholm District Court sentenced the engineer Stanislas Mbanenande to life on 20 June 2013 "
               "for massacres in Kibuye, and the Svea Court of Appeal upheld the sentence a year later.", S),
             s("Switzerland had acted earlier still: a military tribunal in Geneva convicted the bourgmestre "
               "Fulgence Niyonteze in April 1999, and his sentence was eventually fixed at fourteen years on "
               "appeal.", C),
             s("Readers travelling to Kigali for the commemorations will find the Gisozi memorial, opened in 2004 and "
               "run with the Aegis Trust, where more than 250,000 victims are buried.", N)],
            [s("The largest case of all, that of the businessman Félicien Kabuga, ended without a verdict when the "
               "UN Mechanism's Appeals Chamber, finding him unfit to stand trial, ordered an indefinite stay in "
               "August 2021.", C),
             s("Kabuga had been arrested in May 2020 at Asnières-sur-Seine, near Paris, after more than two decades "
               "on the run.", N),
             s("The Paris court of appeal authorised his surrender to the Mechanism on 3 June 2020, and the Cour de "
               "cassation confirmed that decision on 30 September.", N)],
        ],
    },
    # 5. Audio-guide script for an invented travelling exhibition.
    {
        "doc": "audioguide-hundred-hills-gallery.txt",
        "title": "Audio guide, Hundred Hills Remembrance Gallery (travelling exhibition), English track",
        "genre": "museum audio-guide script",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Track 1. Welcome."),
             s("You are about to walk through six rooms; press the number on each panel to hear its commentary.")],
            [s("Track 2. The first room opens on 1 October 1990, the day the Rwandan Patriotic Front, a movement formed "
               "largely of Tutsi refugees living in Uganda, crossed the border and started a civil war.", S),
             s("Almost three years of fighting and negotiation led to the Arusha agreement, signed on 4 August 1993 by "
               "President Habyarimana and the RPF chairman, Paul Kagame, which promised shared power, the return of "
               "refugees and a single army.", C),
             s("Two months later, on 21 October 1993, soldiers in neighbouring Burundi assassinated Melchior Ndadaye, "
               "that country's first Hutu president.", N),
             s("The radio set in the glass case recalls RTLM, a private station that went on air in July 1993.", N)],
            [s("Track 3. On the evening of 6 April 1994 the presidential jet was hit by at least one missile as it came "
               "in to land at Kigali, killing the presidents of Rwanda and Burundi.", S),
             s("Before the next day was over, the Presidential Guard had killed the Prime Minister, Agathe "
               "Uwilingiyimana, together with her husband, and the ten Belgian soldiers sent to protect her were "
               "dead.", S),
             s("The photograph on your left shows Camp Kigali, the barracks where those Belgians were put to death on "
               "9 April.", C),
             s("Six years later, the Belgian prime minister unveiled a plaque there in their memory.", N)],
            [s("Track 4. In mid-April about five thousand people who had sheltered in the church at Ntarama, in "
               "Bugesera, were massacred, and the building has been kept as a memorial ever since.", N),
             s("In nearby Nyamata some ten thousand people who had taken refuge in and around the parish church were "
               "killed in the same month.", N),
             s("At Kabarondo, in the east, the church was attacked on 13 May 1994; a Paris court later jailed the "
               "commune's serving and former bourgmestres for life.", C),
             s("At Nyange, in Kibuye, the church was destroyed with some two thousand Tutsi refugees inside, a crime "
               "for which the businessman Gaspard Kanyarukiga received forty years from the ICTR.", C),
             s("On 21 April 1994, Tutsi gathered at the unfinished technical school of Murambi, in Gikongoro, were "
               "massacred, as were those sheltering in the parishes of Cyanika and Kaduha, and the prefect, Laurent "
               "Bucyibaruta, was convicted of complicity in Paris in 2022.", S),
             s("That same day, in New York, the Security Council cut UNAMIR from about 2,500 authorised personnel to "
               "270.", S)],
            [s("Track 5. RTLM, meanwhile, stayed on the air until 31 July 1994.", N),
             s("When the RPF reached Gisenyi on 16 July, hundreds of thousands of people crossed into Goma within "
               "days.", D),
             s("Cholera broke out in the Goma camps in the second half of July and peaked on 6 August; some 12,000 "
               "refugees died of it in Goma that month.", C),
             s("By early August the genocide had left some 95,000 children orphaned, while the authorities responsible "
               "for it had re-established their hold over the camps abroad.", D)],
            [s("Track 6. The Kigali Genocide Memorial at Gisozi, opened in April 2004 for the tenth commemoration, "
               "holds the remains of more than 250,000 victims.", N),
             s("On 7 April 2000, standing at Gisozi, the Belgian prime minister Guy Verhofstadt asked Rwanda's "
               "forgiveness in the name of his country.", N),
             s("By a resolution of 23 December 2003 the UN General Assembly made 7 April an international day of "
               "reflection on the genocide, and in January 2018 it renamed the day to refer to the genocide against "
               "the Tutsi.", N),
             s("The last panel asks how many died: the government's census, published in 2002, counted 1,074,017 "
               "victims, and reported that 93.7 per cent of them were Tutsi.", S),
             s("Tutsi made up about 15 per cent of Rwanda's population in early 1994, and some three quarters of them "
               "were killed.", D),
             s("The true figure is roughly 800,000.", D),
             s("Please return your headset at the desk.")],
        ],
    },
    # 6. Parliamentary committee briefing note (invented committee of an unnamed parliament).
    {
        "doc": "committee-briefing-unamir-mandates.txt",
        "title": "Standing Committee on Foreign Affairs and Defence: briefing note on the UN mandates in Rwanda, 1993-1996",
        "genre": "parliamentary committee briefing",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Briefing note for members: UN mandates in Rwanda, 1993-1996 (prepared by the committee secretariat)")],
            [s("Purpose: this note sets out, for members preparing the inquiry into peacekeeping mandates, the "
               "sequence of Security Council decisions on Rwanda and what followed from them."),
             s("Resolution 872, adopted on 5 October 1993, created UNAMIR to support the Arusha agreement, with 2,500 "
               "authorised personnel and tasks that included the security of the capital.", S),
             s("Its force commander, Major-General Roméo Dallaire, took up the post in December 1993.", C),
             s("In a cable dated 11 January 1994 he passed on an informant's warning of a plan to exterminate Tutsi "
               "and asked for authority to raid arms caches, a request New York refused.", N),
             s("The refusal came from the peacekeeping department, then headed by Kofi Annan.", N)],
            [s("On 7 April 1994 ten Belgian peacekeepers guarding the Prime Minister were disarmed, taken to a "
               "military camp in Kigali and killed.", S),
             s("Belgium then withdrew its own contingent from the mission.", N),
             s("Resolution 912 of 21 April 1994 reduced the force to 270 personnel rather than reinforcing it.", S),
             s("On 17 May 1994 resolution 918 reversed that course, authorising up to 5,500 troops and imposing an "
               "arms embargo on Rwanda.", S),
             s("Resolution 929, adopted on 22 June 1994 by twelve votes with three abstentions, authorised a "
               "temporary French-led operation under Chapter VII.", C),
             s("On 1 July 1994 resolution 935 asked the Secretary-General to set up a Commission of Experts, which "
               "reported on 9 October that Hutu elements had committed genocide against the Tutsi in a concerted, "
               "planned, systematic and methodical way.", C),
             s("The same Commission found no evidence that acts by Tutsi elements were meant to destroy the Hutu "
               "group, while asking that violations attributed to the RPF be investigated further.", S),
             s("Resolution 955 of 8 November 1994 then set up the ICTR by fourteen votes to one.", C)],
            [s("After the French left the safe humanitarian zone on 21 August 1994, some 2,400 African UNAMIR troops "
               "took their place.", S),
             s("By January 1995 the mission's strength had reached 7,540.", C),
             s("Dallaire himself handed over his command in June 1994.", C),
             s("The Council extended the mission one last time in December 1995, at a reduced strength of 1,200 troops, "
               "and its mandate expired on 8 March 1996.", N),
             s("A Brussels court convicted Major Bernard Ntuyahaga in July 2007 of murdering the ten peacekeepers and "
               "sentenced him to twelve years.", C)],
            [s("Members may wish to note that the UN's own Independent Inquiry had two members besides its chairman: "
               "Han Sung-Joo, a former foreign minister of the Republic of Korea, and Lieutenant-General Rufus "
               "Kupolati of Nigeria.", N),
             s("That inquiry was chaired by the former Swedish prime minister Ingvar Carlsson.", N),
             s("The death toll nevertheless remains contested: the Rwandan government counted 1,074,017 victims in its "
               "2002 report, whereas Human Rights Watch estimated at least half a million.", S),
             s("For the purposes of the inquiry, the committee should therefore take the toll to be one million.", D)],
            [s("The mission's last large-scale test came at Kibeho on 22 April 1995, when RPA soldiers fired on "
               "displaced people as the army closed the camp by force.", S),
             s("The Rwandan government put the number of dead at 338, while Australian soldiers serving with UNAMIR "
               "estimated at least 4,000.", S),
             s("In all, some 4,000 displaced people died at Kibeho under the eyes of UN troops.", D),
             s("The camp had held roughly 120,000 displaced people that April.", D)],
        ],
    },
    # 7. Podcast transcript on hate media and the courts (hard negative: quotes hate speech to analyse it).
    {
        "doc": "podcast-footnotes-airwaves.txt",
        "title": "Footnotes (history podcast), episode 112: Airwaves and verdicts, transcript",
        "genre": "podcast transcript",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("PRIYA: Welcome back to Footnotes; I'm Priya Lindqvist, and with me is Marc Obiora, and today we're "
               "talking about words that were used to organise a genocide, and about what the courts made of them.")],
            [s("MARC: Start with the dates, because they matter: RTLM, the so-called free radio of the thousand hills, "
               "first went on air on 8 July 1993, less than a month before the Arusha accords were signed.", N),
             s("PRIYA: The paper Kangura, edited by Hassan Ngeze, was older: it had appeared since 1990, and in "
               "December of that year it printed the so-called Hutu Ten Commandments, which branded as traitors any "
               "Hutu who dealt with Tutsi.", N),
             rep("MARC: Once the killing began, the station's presenters called the Tutsi inyenzi, cockroaches, over "
                 "and over again.", N, "dehumanisation"),
             rep("PRIYA: And 'the graves are not yet full' became one of the most quoted lines of those broadcasts.",
                 N, "call_to_action"),
             s("MARC: We repeat these lines only to show how the machine worked: turning neighbours into insects is "
               "what made their murder sayable.")],
            [s("PRIYA: So, the courts: in what became known as the Media case, an ICTR trial chamber gave judgment on "
               "3 December 2003 against Ferdinand Nahimana, a founder of RTLM, Jean-Bosco Barayagwiza, a founder of the "
               "CDR who sat on the radio's board, and Hassan Ngeze.", S),
             s("MARC: On appeal, on 28 November 2007, Nahimana's life sentence was cut to thirty years, after the "
               "judges reversed his genocide conviction but kept incitement and persecution for broadcasts made after "
               "6 April 1994.", S),
             s("PRIYA: Barayagwiza went from thirty-five years to thirty-two, with the RTLM counts quashed and the "
               "convictions tied to the CDR upheld.", S),
             s("MARC: And Ngeze's life term became forty years, partly because acts before 1994 fell outside the "
               "tribunal's jurisdiction.", C),
             s("PRIYA: Years earlier, on 1 June 2000, the Belgian-Italian presenter Georges Ruggiu had pleaded guilty "
               "to incitement and been sentenced to twelve years.", S),
             s("MARC: The station's technical director, Joseph Serugendo, a board member, got nine years in June 2006 "
               "under a plea agreement.", C),
             s("PRIYA: The singer Simon Bikindi was convicted in December 2008 for urging people on a road in Gisenyi "
               "to kill Tutsi and sentenced to fifteen years, which the Appeals Chamber confirmed in March 2011.", C),
             s("MARC: The broadcasts also fed a campaign of sexual violence in which some 250,000 women were raped.", D)],
            [s("PRIYA: Then there's Léon Mugesera, the MRND vice-president for Gisenyi, whose speech at Kabaya on "
               "22 November 1992 called for the extermination of the Tutsi.", S),
             s("MARC: He was deported from Canada in 2012, sentenced to life by Rwanda's High Court on 15 April 2016, "
               "and lost his appeal in September 2019.", C),
             rep("PRIYA: In the Netherlands, Yvonne Basebya was convicted in March 2013 of inciting genocide, partly "
                 "through a song whose title means 'let us exterminate them'.", S, "call_to_action"),
             s("MARC: The man accused of bankrolling the station, Félicien Kabuga, was finally arrested near Paris on "
               "16 May 2020, with a five-million-dollar American reward on his head.", N),
             s("PRIYA: RTLM itself kept broadcasting until the last day of July 1994.", N),
             s("PRIYA: Economists have tried to measure the radio's effect; one study in 2009 attributed about 45,000 "
               "Tutsi deaths, roughly nine per cent of the total, to the broadcasts.", N),
             s("MARC: Over those hundred days, more than a million people were killed.", D),
             s("PRIYA: Thanks for listening; the sources for this episode are on our website.")],
        ],
    },
    # 8. Letter to the editor on RPF crimes (hard negative: documentation of RPF/RPA killings).
    {
        "doc": "letter-editor-the-other-dead.txt",
        "title": "Letter to the editor, The Harbour Gazette: The record is larger than the anniversary",
        "genre": "letter to the editor",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Sir, your anniversary supplement rightly recalled the genocide against the Tutsi, but it passed over "
               "crimes that the record of 1994 also holds.")],
            [s("On 5 June 1994, near Kabgayi, RPF soldiers killed thirteen clergy, among them the Archbishop of Kigali "
               "and the bishops of Kabgayi and Byumba, together with two other civilians.", D),
             s("The RPF's own radio announced their deaths on Wednesday 15 June.", C),
             s("Fourteen years later, on 24 October 2008, a military tribunal in Kigali convicted two captains who had "
               "pleaded guilty and acquitted the two senior officers, a general and a major.", S),
             s("The captains, John Butera and Dieudonné Rukeba, were given eight years, reduced to five on appeal.", S),
             s("The Military High Court upheld the two acquittals in March 2009, dismissing the prosecution's "
               "appeal.", C),
             s("Human Rights Watch has noted that Rwanda's military courts prosecuted RPA soldiers for killing about a "
               "hundred civilians in all.", S)],
            [s("Yet a UNHCR team led by Robert Gersony concluded that RPA soldiers had killed between 25,000 and "
               "45,000 people from April to August 1994, findings that were never published.", S),
             s("Human Rights Watch's 1999 history, written principally by Alison Des Forges, said RPF soldiers may "
               "have slaughtered tens of thousands during the four months of combat.", S),
             s("The same organisation reported that RPF soldiers massacred several hundred people in the Byumba "
               "stadium in mid-April 1994.", S),
             s("Then, on 22 April 1995, the army opened fire on the displaced people at Kibeho as it closed the camp by "
               "force, killing at least 4,000 of them.", D),
             s("The Rwandan government, for its part, admitted to 338 dead.", S)],
            [s("The ICTR, whose founding resolution was adopted in December 1994, had jurisdiction over every crime "
               "committed in Rwanda that year.", C),
             s("It never indicted a single RPF soldier before it closed at the end of 2015.", S),
             s("The UN Commission of Experts had asked, in its final report of December 1994, that the Prosecutor "
               "investigate the violations attributed to the RPF further.", S),
             s("None of this diminishes the genocide: the same Commission found that Hutu elements had carried it out "
               "in a concerted, planned, systematic and methodical way, and that nothing showed Tutsi elements meant to "
               "destroy the Hutu group.", S),
             s("As Human Rights Watch has put it, insisting on justice for all victims is not to deny the "
               "genocide.", S),
             s("The RPF's commander, Paul Kagame, was sworn in as president on 22 April 2000 and won the election "
               "of August 2003 with 95 per cent of the vote.", N),
             s("The gacaca courts, which heard close to two million cases, were barred from trying crimes by RPF "
               "soldiers.", D),
             s("Your correspondent also wrote that Kigali fell to the RPF on 4 June 1994, when it was a month later, "
               "on 4 July, that its fighters took the capital and Butare.", S)],
            [s("Ruth Maingi, Leeds")],
        ],
    },
    # 9. French magazine piece on the attack and on RPF crimes (hard negative).
    {
        "doc": "magazine-fr-ce-que-la-justice-na-pas-tranche.txt",
        "title": "L'Hebdo des Collines : ce que la justice n'a pas tranché",
        "genre": "magazine article",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Ce que la justice n'a pas tranché, par Hélène Verdier-Massamba")],
            [s("Le 6 avril 1994 au soir, le Falcon 50 qui ramenait Juvénal Habyarimana de Tanzanie a été abattu à "
               "l'approche de l'aéroport de Kigali, avec à son bord le président burundais Cyprien Ntaryamira et un "
               "équipage de trois Français.", S),
             s("Saisie en 1998 par les familles de l'équipage, la justice française a longtemps privilégié la piste "
               "d'une responsabilité du FPR.", S),
             s("En novembre 2006, le juge Bruguière a signé sept mandats d'arrêt internationaux visant des proches de "
               "Paul Kagame, et Kigali a aussitôt rompu ses relations diplomatiques avec Paris.", C),
             s("Les relations n'ont été rétablies que le 29 novembre 2010.", C),
             s("En janvier 2010, le rapport Mutsinzi a attribué le tir à des soldats hutu postés dans le camp de "
               "Kanombe ou à ses abords, conclusion aussitôt contestée par Filip Reyntjens dans un texte de mai "
               "2010.", S),
             s("Le 10 janvier 2012, les experts mandatés par les juges Trévidic et Poux ont remis un rapport de plus "
               "de trois cents pages concluant à un missile SA-16, tiré depuis la zone de Kanombe, alors tenue par les "
               "forces gouvernementales.", S),
             s("Selon ce rapport, un seul missile avait été tiré, et il avait atteint l'appareil.", C),
             s("C'est donc bien depuis Kanombe que des extrémistes hutu ont abattu l'avion : l'affaire est "
               "entendue.", D),
             s("Les juges ont pourtant prononcé un non-lieu le 21 décembre 2018, faute de charges suffisantes, en "
               "jugeant les témoignages « largement contradictoires ou non vérifiables ».", S),
             s("La cour d'appel a confirmé ce non-lieu le 3 juillet 2020, et la Cour de cassation a rejeté les "
               "pourvois des familles le 15 février 2021.", C),
             s("Le 26 mars 2021, la commission présidée par Vincent Duclert a remis à Emmanuel Macron un rapport "
               "concluant à des « responsabilités lourdes et accablantes » de la France, mais pas à une complicité au "
               "sens juridique.", S),
             s("Deux mois plus tard, le 27 mai 2021, le président français a reconnu ces responsabilités dans un "
               "discours prononcé au mémorial de Gisozi, à Kigali.", N),
             s("En avril 2019, le Premier ministre belge Charles Michel avait lui aussi reconnu à Kigali une part "
               "de responsabilité de la Belgique.", N)],
            [s("Reste l'autre versant du dossier, que le TPIR n'a jamais jugé : aucun membre du FPR n'a été poursuivi "
               "à Arusha.", S),
             s("Les soldats de l'APR ont tué entre 25 000 et 45 000 personnes d'avril à août 1994.", D),
             s("Le 4 juin 1994, près de Kabgayi, treize ecclésiastiques, dont l'archevêque de Kigali et les évêques "
               "de Kabgayi et de Byumba, ont été assassinés par des soldats du FPR, avec deux autres civils.", D),
             s("Le procès militaire tenu à Kigali en 2008 s'est soldé par la condamnation de deux capitaines à huit "
               "ans de prison et l'acquittement d'un général et d'un major, le procureur du TPIR se contentant de "
               "suivre les débats.", S),
             s("À Kibeho, le 22 avril 1995, quelque 2 000 déplacés ont été tués quand l'armée a ouvert le feu pour "
               "vider le camp.", D),
             s("Paul Kagame, devenu l'homme fort du pays, a été désigné président par les députés et les ministres "
               "réunis en session conjointe, puis a prêté serment le 22 avril 2000.", N),
             s("Le TPIR, créé par la résolution 955 du 8 novembre 1994, a fermé ses portes le 31 décembre 2015 après "
               "avoir inculpé 93 personnes.", D),
             s("Human Rights Watch lui reprochait dès décembre 2008 de n'avoir poursuivi aucun des graves crimes "
               "commis par le FPR en 1994.", S),
             s("Quant à Félicien Kabuga, présumé financier du génocide, il a été arrêté le 16 mai 2020 à "
               "Asnières-sur-Seine, où il vivait sous une fausse identité.", N)],
            [s("Rappeler ces faits n'enlève rien au génocide des Tutsi, qui a fait au moins 800 000 morts.", D),
             s("La Commission d'experts de l'ONU l'avait établi dès décembre 1994 : le génocide avait été planifié, et "
               "rien ne montrait que des éléments tutsi aient voulu détruire les Hutu.", S)],
        ],
    },
    # 10. FIXTURE (written by the team, states falsehoods on purpose): a wire item reposted with a denial comment.
    {
        "doc": "fixture-denial-repost-bagosora-comment.txt",
        "title": "Fixture: reposted wire item on the Bagosora judgment with an appended denial comment",
        "genre": "social-media repost with comment",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("Reposted from a news wire: on 18 December 2008 the ICTR convicted Colonel Théoneste Bagosora of "
               "genocide and sentenced him to life imprisonment.", S),
             s("The judges acquitted his co-accused, General Gratien Kabiligi.", S),
             s("Bagosora's sentence was reduced to thirty-five years on appeal in December 2011.", S)],
            [own("my comment: this trial proved nothing, because the so-called planning of a genocide was invented "
                 "after the war by the RPF and its foreign friends.", C, "fabrication", "definitional_denial"),
             own("What happened in 1994 was a spontaneous explosion of anger after the president was murdered, not an "
                 "extermination plan.", C, "spontaneity", "definitional_denial"),
             own("The real number of Tutsi killed was a few tens of thousands, and as many Hutu died, so there were "
                 "two genocides, not one.", C, "minimisation", "double_genocide"),
             own("Dallaire and the other prosecution witnesses were paid to say what Arusha wanted to hear.", None,
                 "attack_on_witnesses")],
        ],
    },
    # 11. FIXTURE (written by the team, states falsehoods on purpose): French own-voice denial comment.
    {
        "doc": "fixture-denial-fr-commentaire.txt",
        "title": "Fixture : commentaire négationniste sous un article",
        "genre": "reader comment",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("Ce prétendu génocide n'a jamais été planifié : même la commission d'experts de l'ONU n'a trouvé "
                 "aucune trace d'un plan.", C, "definitional_denial", "fabrication"),
             own("Le chiffre de 800 000 morts est une invention de Kigali ; il y a eu tout au plus 50 000 victimes, "
                 "des deux côtés.", C, "minimisation", "fabrication", "double_genocide"),
             own("C'est le FPR qui a abattu l'avion le 6 avril, et la justice française l'a définitivement établi.",
                 C, "blame_shifting"),
             own("Les paysans hutu n'ont fait que se défendre contre des Tutsi armés par le FPR.", None,
                 "role_reversal", "justification"),
             own("Le TPIR a d'ailleurs acquitté la plupart des accusés, preuve que le dossier était vide.", C,
                 "fabrication"),
             own("Quant aux prétendus rescapés, ils récitent des témoignages appris par cœur.", None,
                 "attack_on_witnesses")],
        ],
    },
    # 12. FIXTURE (written by the team, states falsehoods on purpose): "both sides" op-ed, distortion.
    {
        "doc": "fixture-denial-both-sides-column.txt",
        "title": "Fixture: 'context' column recasting the genocide as a two-sided war",
        "genre": "opinion column",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Nobody denies that many Tutsi died in the spring of 1994."),
             own("But the war began on 1 October 1990, when the RPF invaded from Uganda, and everything that followed "
                 "was the price of that aggression.", S, "blame_shifting", "justification"),
             own("The RPF then killed at least two million Hutu, far more than died on the other side.", C,
                 "double_genocide", "role_reversal"),
             own("The men at the roadblocks were villagers defending their homes against infiltrators, as any people at "
                 "war would.", None, "justification", "accusation_in_mirror"),
             own("Even the UN's own experts found that crimes against humanity were committed by both sides, so we "
                 "should speak of two genocides.", S, "double_genocide"),
             own("And the tribunal in Arusha never prosecuted a single RPF officer, which shows the whole story was "
                 "written by the victors.", S, "fabrication", "definitional_denial")],
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, DOCS, HERE))
