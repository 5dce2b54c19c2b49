"""Source of the TRAINING labelled set check-train22 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train22/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train22/build_set.py --check  # validate the files already written

Status: training set, written blind. Its rows are meant to train the checker's learned layers; it is not a
measure of unseen text and should not be reported as one. New genres (a museum audio-guide script, podcast show
notes with a historian on the death toll, a legal-aid briefing on universal jurisdiction, a researcher's summary of
field notes on RPA killings, an encyclopedia entry on Kangura, an Australian-style parliamentary written question
and answer, a French lesson sheet for middle-school teachers, and five short fixtures), with an emphasis on the
rhetoric techniques the checker finds least: calls to action (veiled, coded, conditional), justification,
accusation in a mirror, blame shifting, fabrication and definitional denial. Its author did not read the detectors,
their rules, exemplars or training data, nor any other set's documents or labels (only
benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for the labelling conventions, the first 40 lines
of check-blind5/build_set.py and check-blind5/README.md as templates, and the list TECHNIQUES in
src/factfinder/check/model.py). Verdicts were decided against the record alone: examples/ (FACTS.md and the sample
documents), src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV.

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling rules and the sources
of every true fact.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402,F401 - the helpers DOCS is written with

NB = "\u00a0"  # French typography: non-breaking space before : ; ? ! and inside « »


def fr(text: str) -> str:
    """Apply French spacing: « x » and x : / x ; / x ? / x ! with non-breaking spaces."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", "\u202f", text)  # 800 000 -> narrow no-break space
    return (text.replace("« ", "«" + NB).replace(" »", NB + "»").replace(" :", NB + ":")
            .replace(" ;", NB + ";").replace(" ?", NB + "?").replace(" !", NB + "!").replace(" %", NB + "%"))


def F(text: str, verdict: str | None = None) -> dict:
    return s(fr(text), verdict)


def Fown(text: str, verdict: str | None, *markers: str) -> dict:
    return own(fr(text), verdict, *markers)


def Frep(text: str, verdict: str | None, *markers: str) -> dict:
    return rep(fr(text), verdict, *markers)


DOCS: list[dict] = [
    # 1. Museum audio-guide script for the rooms of a temporary memorial exhibition (invented museum and narrator).
    {
        "doc": "museum-audioguide-hundred-days-rooms.txt",
        "title": "Audio guide: Ten Thousand Hills, One Hundred Days (stops 1 to 6)",
        "genre": "museum audio-guide script (numbered stops of a memorial exhibition)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [s("Stop 1. The entrance hall."),
             s("Welcome to “Ten Thousand Hills, One Hundred Days”, an exhibition about the genocide against the Tutsi in Rwanda."),
             ],
            [s("Stop 2. The map room."),
             s("The war that frames this story began on the first of October 1990, when the Rwandan Patriotic Front crossed into the north of the country from Uganda.", S),
             s("Almost three years later, in August 1993, the government and the RPF put their names to a peace agreement at Arusha, in Tanzania.", S),
             s("That October the Security Council created a small UN mission, UNAMIR, to help the accord take hold, with some 2,500 personnel authorised.", S)],
            [s("Stop 3, the night of the sixth of April: on the evening of 6 April 1994, the plane bringing President Juvénal Habyarimana home from talks in Tanzania was brought down as it came in to land at Kigali.", S),
             s("Who fired at it has never been settled in a courtroom.", S),
             s("The next morning soldiers murdered the Prime Minister, Agathe Uwilingiyimana, and the ten Belgian peacekeepers sent to guard her were disarmed and killed at an army camp in the capital.", S),
             s("Roadblocks went up across Kigali, and the hunt for Tutsi and for Hutu opposition politicians began.", S)],
            [s("Stop 4, the hall of faces: the people whose portraits surround you were killed in roughly a hundred days, between April and July.", S),
             s("In all, more than a million people lost their lives.", D),
             s("Rwanda's own census of victims, published in 2002, counted one million, seventy-four thousand and seventeen dead.", S),
             s("Human Rights Watch, extrapolating from the 1991 census, reached a lower figure: at least half a million, some three in four of the Tutsi then living in the country.", S),
             s("Before the killing began, about one Rwandan in seven was Tutsi.", D),
             s("Perhaps a quarter of a million women and girls were raped.", D),
             s("Many who ran to churches for safety died inside them: at Nyange, in Kivumu commune, the church was destroyed on 16 April with some two thousand Tutsi sheltering in it.", S),
             s("At Kabarondo, the refugees gathered in the parish church were massacred on 13 May 1994.", C)],
            [s("Stop 5, the room of the world's response: on 21 April 1994, with the killing at its height, the Security Council voted to shrink UNAMIR to 270 personnel.", S),
             s("Less than four weeks later, resolution 918 imposed an arms embargo and authorised a larger force of 5,500.", S),
             s("The French-led Opération Turquoise, approved on 22 June by resolution 929, left its safe humanitarian zone on 21 August.", S),
             s("The genocide ended only when the RPF defeated the government army; its troops entered Kigali on 4 June 1994.", C),
             s("As they reached Gisenyi on 18 July, about a million people fled across the border into Zaire.", D),
             s("Cholera swept the camps around Goma, and close to 50,000 refugees died within a month.", D)],
            [s("Stop 6. The garden of remembrance."),
             s("In Kigali, the memorial at Gisozi opened in April 2004, at the tenth commemoration, and more than 250,000 victims are buried there.", N),
             s("In January 2014 a flame of remembrance was lit at that memorial and carried through all thirty of Rwanda's districts before the twentieth commemoration.", N),
             s("On 20 September 2023 UNESCO inscribed four memorial sites, Nyamata, Murambi, Gisozi and Bisesero, on its World Heritage List.", N),
             s("The memorial on the hill of Bisesero, built in 1998, honours people who held out against their attackers for more than two months.", N)],
        ],
    },
    # 2. Podcast show notes and partial transcript (invented podcast, host and historian). Hard negative.
    {
        "doc": "podcast-shownotes-counting-the-dead.txt",
        "title": "The Long Archive, episode 41: How do you count a genocide? (show notes and partial transcript)",
        "genre": "podcast show notes with partial transcript (historian interview)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Episode 41: How do you count a genocide?"),
             s("Host Ines Varga talks to the historian Samuel Okafor-Reid about the competing death tolls for Rwanda in 1994, and about why the arguments over them matter; the transcript below is edited for length.")],
            [s("OKAFOR-REID: The earliest numbers came while the killing was still going on: six weeks in, Human Rights Watch was already saying that at least 200,000 civilians had been slain, and perhaps as many as half a million.", S),
             s("By December the UN's Commission of Experts wrote of an estimated 500,000 unarmed civilians murdered, and warned that this might err on the low side.", S),
             s("Then Alison Des Forges and her colleagues did the demographic arithmetic: take about 657,000 Tutsi in April 1994, subtract some 150,000 survivors, and you are left with roughly 507,000 Tutsi dead.", S)],
            [s("VARGA: That's the calculation in Leave None to Tell the Story, which Human Rights Watch brought out in 2001.", C)],
            [s("OKAFOR-REID: It came out in March 1999, in fact, and the government's own count, published in 2002, went much higher.", S),
             s("Its census put the dead at 1,074,017, but it counts from October 1990 to the end of 1994, not just the hundred days.", S),
             s("Filip Reyntjens famously called that figure “ridiculously precise”.", S)],
            [s("VARGA: Why can't the Tutsi share of the population simply be looked up?")],
            [s("OKAFOR-REID: Because the 1991 census registered only 8.4 per cent as Tutsi, and plenty of people had good reasons to be registered as Hutu.", S),
             s("My own reading is that Tutsi were closer to a seventh of the population in early 1994.", D),
             s("So when someone asks me for one number, I say that around 800,000 people were murdered.", D),
             s("Marijke Verpoorten's work on Gikongoro found that Tutsi there had about a one-in-four chance of surviving.", S),
             s("In 2020 she argued that between 560,000 and 660,000 Tutsi deaths is a plausible range.", S)],
            [s("VARGA: Listeners always quote the UN's figure of 800,000.", S)],
            [s("OKAFOR-REID: The UN's Independent Inquiry of 1999 does give approximately 800,000, though it never explains how it got there.", S)],
            [s("VARGA: And deniers feed on every one of these disagreements.")],
            [s("OKAFOR-REID: They do, and you hear lines like “a few tens of thousands died in a civil war, and the rest is propaganda”.", C, ["minimisation", "definitional_denial", "fabrication"], "reported"),
             s("Another favourite is “there was no genocide, only massacres on both sides”.", C, ["definitional_denial", "double_genocide"], "reported"),
             s("But honest disagreement is the opposite of what they claim: every full estimate, from the Commission's half a million upwards, runs to hundreds of thousands of victims.", S)],
            [s("OKAFOR-REID: The RPF's own killings deserve a count of their own: a UNHCR team estimated that RPA soldiers killed 25,000 to 45,000 people between April and August 1994.", S),
             s("I think the true figure for those months is close to 40,000.", D),
             s("The same uncertainty follows the exodus, and I would put the deaths in the camps around Goma that summer at something like 80,000.", D),
             s("Counting those victims honestly takes nothing away from the genocide; it is what the Commission of Experts itself asked for when it said the RPF's violations should be investigated further.", S)],
            [s("In memoriam: Alison Des Forges died in the crash of a commuter flight near Buffalo on 12 February 2009.", N),
             s("She had appeared as an expert witness in eleven trials at the International Criminal Tribunal for Rwanda.", N),
             s("In May 1994, several weeks into the killing, she had called in The New York Times for the massacres to be named a genocide.", N)],
            [s("Moderation note: we removed a listener comment under this episode that said “finish what they started and don't let the cockroaches come back”, because it breaks our rules on incitement.", None, ["call_to_action", "dehumanisation"], "reported")],
        ],
    },
    # 3. Legal-aid NGO briefing on universal-jurisdiction cases (invented network). Hard negative.
    {
        "doc": "legal-aid-briefing-universal-jurisdiction.txt",
        "title": "Briefing note 7: universal jurisdiction and the 1994 genocide against the Tutsi",
        "genre": "legal-aid NGO briefing note (universal-jurisdiction cases)",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Briefing note 7, prepared by the Lantern Legal Aid Network for lawyers who represent survivors as civil parties: universal jurisdiction and the 1994 genocide against the Tutsi.")],
            [s("1. Why courts abroad matter."),
             s("The genocide these courts deal with killed at least half a million people, most of them Tutsi.", D),
             s("The ICTR could only ever try a fraction of the suspects: it indicted 93 people, convicting 61 and acquitting 14.", S),
             s("It closed its doors on 31 December 2015, and many suspects had long since settled in Europe or North America.", S)],
            [s("2. Belgium."),
             s("A Belgian law of 16 June 1993 let the country's courts try grave breaches of the Geneva Conventions wherever and by whomever they were committed.", N),
             s("After a diplomatic storm it was repealed on 5 August 2003, ten years after it had come into force.", N),
             s("The first Rwandan trial, in June 2001, ended with sentences of twelve to twenty years for four defendants, among them two Benedictine nuns from Sovu.", S),
             s("In December 2019 Fabien Neretse, once the director of OCIR-Café, became the first person convicted of genocide in Belgium, and he was given twenty-five years.", S),
             s("Four years later, in December 2023, a Brussels assize court sentenced Séraphin Twahirwa to life and ordered psychiatric internment for Pierre Basabose.", S)],
            [s("3. France."),
             s("The Collectif des parties civiles pour le Rwanda, founded in November 2001 by Alain and Dafroza Gauthier, has filed some thirty complaints against suspects living in France.", N),
             s("Its first trial, that of the former intelligence officer Pascal Simbikangwa, ended in March 2014 with a life sentence.", C),
             s("In July 2016 two former bourgmestres of Kabarondo, Octavien Ngenzi and Tito Barahira, were sentenced to life for the church massacre of 13 April 1994.", S),
             s("Laurent Bucyibaruta, prefect of Gikongoro, received twenty years in 2022, but he died in December 2023 before his appeal was heard, so the verdict never became final.", S),
             s("On 17/12/2024 an appeal court confirmed the life sentence of the former gendarme Philippe Hategekimana.", S)],
            [s("4. Canada, Germany and the Nordic countries."),
             s("Canada's Crimes Against Humanity and War Crimes Act became law in 2000, and Désiré Munyaneza, arrested in Toronto in 2005, was the first person convicted under it.", N),
             s("The Quebec court held that he “specifically intended to destroy the Tutsi ethnic group in Butare”, which is the element that separates genocide from other mass crimes.", N),
             s("His life sentence was upheld by the Quebec Court of Appeal in 2012.", C),
             s("In Frankfurt, after a first verdict was partly quashed, Onesphore Rwabukombe was sentenced to life in December 2015 for the massacre at the Kiziguro church compound.", S),
             s("Finland's courts gave the pastor François Bazaramba life, and Norway's sentenced Sadi Bugingo to twenty-one years.", S),
             s("Sweden convicted Stanislas Mbanenande of genocide in 2013, but the Svea Court of Appeal acquitted him the following year.", C)],
            [s("5. What the defence usually argues."),
             s("A recurring defence theme is that the killings were “the chaos of war”, spontaneous and unplanned, and courts have rejected it wherever the evidence showed roadblocks, lists and orders.", None, ["spontaneity"], "reported"),
             s("Survivors of crimes by RPF soldiers are owed the same rigour: the ICTR prosecuted none of those crimes, and the gacaca courts were barred from hearing them.", S)],
        ],
    },
    # 4. Human-rights researcher's summary of field notes on killings by RPA soldiers (invented researcher,
    #    composite informants). Hard negative.
    {
        "doc": "fieldnotes-summary-rpa-killings-1994.txt",
        "title": "Summary of field notes: killings by RPA soldiers, April to September 1994",
        "genre": "human-rights researcher's summary of field notes",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Summary of field notes compiled by H. Sørlie, killings by RPA soldiers, 1994-04 to 1994-09 (informants are not named; the testimonies paraphrased are composites).")],
            [s("Context."),
             s("The RPF ended the genocide by routing the government army in July 1994, and nothing in these notes changes that.", S),
             s("Its soldiers also killed civilians, in summary executions and in massacres, during the four months of combat from April to July.", S),
             s("Human Rights Watch judged that they may have killed tens of thousands in that period.", S),
             s("My own tally of the testimonies suggests the figure for those months was at least 30,000.", D),
             s("In October 1994 Amnesty International reported that the RPA's violations included hundreds of deliberate executions.", S)],
            [s("In mid-April, RPF soldiers massacred several hundred people gathered in the stadium at Byumba.", S),
             s("Near Kabgayi in early June, soldiers killed fifteen civilians, thirteen of them clergy, among them the Archbishop of Kigali.", S),
             s("Those killings took place on 5 June.", D),
             s("A former councillor in one commune told us that the dead at one site “had it coming, they were all militia anyway”.", None, ["justification"], "reported"),
             s("Another informant recalled soldiers telling villagers that the Hutu “would have done it to us first if we had waited”.", None, ["accusation_in_mirror", "justification"], "reported")],
            [s("Between 1 August and 5 September 1994 a UNHCR team led by the consultant Robert Gersony visited 91 sites in 41 of Rwanda's 145 communes.", N),
             s("It estimated that RPA soldiers had killed between 25,000 and 45,000 people from April to August.", S),
             s("No final written report was ever completed, and for years the UN denied that one existed.", N),
             s("Over the whole period to August 1995, the toll probably came close to 60,000.", D)],
            [s("Kibeho and after."),
             s("At the Kibeho camp on 22 April 1995, RPA soldiers opened fire on displaced people as the army closed the camp by force.", S),
             s("Around 4,000 people died there.", D),
             s("Seth Sendashonga, the interior minister, had gone to Kibeho three days earlier, on 19 April, to try to calm the situation.", N),
             s("He was one of five ministers dismissed in August 1995 after a cabinet dispute over punishing soldiers for revenge killings, and he was shot dead in Nairobi on 16 May 1998.", N)],
            [s("Accountability."),
             s("The ICTR, whose jurisdiction covered the whole of 1994, never indicted a single member of the RPF.", S),
             s("Rwanda's military courts prosecuted soldiers for the deaths of about 100 civilians, a sliver of the UNHCR estimate.", S),
             s("At the Kabgayi trial in October 2008, all four accused officers were convicted.", C),
             s("Their sentences were later increased on appeal.", C),
             s("We ask the Rwandan authorities, and failing them courts abroad, to investigate these killings as seriously as the genocide itself.")],
            [s("Documenting these crimes is not a rival claim to victimhood, and it does not turn 1994 into “two genocides”.")],
        ],
    },
    # 5. Encyclopedia-style entry on Kangura quoting its articles and RTLM broadcasts (invented encyclopedia).
    #    Hard negative: hate speech in voice reported.
    {
        "doc": "encyclopedia-entry-kangura.txt",
        "title": "Kangura (encyclopedia entry)",
        "genre": "encyclopedia-style entry on a hate-media outlet",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Kangura.")],
            [s("Kangura was a Rwandan periodical in Kinyarwanda and French, founded in May 1990 and edited throughout by Hassan Ngeze, that spread anti-Tutsi propaganda in the years before the 1994 genocide.", N),
             s("Based in Gisenyi, it took a name meaning “wake others up”, as a reply to the paper Kanguka, “wake up”.", N)],
            [s("Content."),
             s("In December 1990, in its sixth issue, Kangura printed the so-called Ten Commandments of the Bahutu, which branded as a traitor any Hutu who married, employed or did business with Tutsi.", N),
             s("The appeal that introduced them called the Tutsi “bloodthirsty and power-hungry” and said they wanted “to impose their hegemony” by armed force.", N, ["dehumanisation", "accusation_in_mirror"], "reported"),
             s("The eighth commandment read simply: “Hutus must cease having pity for the Tutsi.”", N, ["call_to_action"], "reported"),
             s("The cover of the November 1991 issue set a machete beside the question “Which weapons are we going to use to beat the cockroaches for good?”", N, ["dehumanisation", "call_to_action"], "reported"),
             s("Issue No. 54, which refers to events of January 1994, carried headlines such as “The Inkotanyi Want to Stage a Coup d'État” and “The War May Spread to Kigali in a Few Days”.", N, ["accusation_in_mirror"], "reported"),
             s("Historians call this pattern accusation in a mirror: the paper ascribed to the Tutsi the very plan of extermination that its own allies were preparing."),
             s("Copies were read aloud at public meetings and, as 1994 approached, at Interahamwe rallies, so the message reached people who could not read.", N),
             s("After the defeat, an issue printed in exile told readers to “keep that determination and those forces together because we will use them”.", N, ["call_to_action"], "reported")],
            [s("Its broadcast counterpart was Radio Télévision Libre des Mille Collines (RTLM), founded by Ferdinand Nahimana.", S),
             s("Within minutes of the attack on the president's plane, RTLM presenters were blaming Belgian peacekeepers for it.", N, ["blame_shifting"], "reported"),
             s("On 13 May 1994 the station told its audience: “All those who are listening to us, arise so that we can all fight for our Rwanda.”", N, ["call_to_action"], "reported"),
             s("The French presenter Georges Ruggiu later pleaded guilty to incitement and was sentenced to twelve years in June 2000.", C)],
            [s("Trials."),
             s("In the so-called Media case, the ICTR convicted Ngeze, Nahimana and Jean-Bosco Barayagwiza on 3 December 2003.", S),
             s("On appeal in November 2007 Ngeze's life sentence was cut to thirty-five years, because several convictions rested on acts before 1994, outside the tribunal's jurisdiction.", S),
             s("Nahimana's genocide conviction was reversed, but his conviction for incitement through RTLM's broadcasts after 6 April 1994 stood, and his sentence was reduced to thirty years.", S),
             s("Ngeze, a founding member of the CDR party, was also convicted of aiding and abetting killings in Gisenyi in April 1994.", S),
             s("Barayagwiza's sentence was reduced on appeal to twenty-five years.", C),
             s("The singer Simon Bikindi, whose exhortations to kill Tutsi were heard on a road in Gisenyi, was acquitted in 2008.", C)],
            [s("Legacy."),
             s("The genocide that Kangura helped to prepare killed some 800,000 people.", D),
             s("The Media case is still cited as the leading precedent on the point where journalism becomes incitement.")],
        ],
    },
    # 6. Parliamentary written question and the minister's written answer (invented member, seat and minister,
    #    in the form of an Australian written question). Hard negative: accountability for RPA crimes.
    {
        "doc": "parliamentary-written-question-kibeho.txt",
        "title": "Written question No. 1187 on the Kibeho killings and the Government's answer",
        "genre": "parliamentary written question and ministerial written answer",
        "language": "en",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [s("Written question No. 1187, asked by the Member for Carrington on 3 March, and the written answer of the Minister for Foreign Affairs.")],
            [s("Question."),
             s("(1) Is the Minister aware that Australian soldiers serving with UNAMIR estimated that at least 4,000 people were killed by RPA soldiers at the Kibeho camp on 22 April 1995?", S),
             s("(2) Is it correct that the Rwandan government has only ever acknowledged 338 deaths there?", S),
             s("(3) Has any member of the Rwandan Patriotic Army been tried, by any court, for the killings at Kibeho?"),
             s("(4) What representations has the Government made for the prosecution of crimes committed by RPA soldiers in 1994 and 1995?")],
            [s("Answer."),
             s("(1) Yes, the events at Kibeho on 22 April 1996 are well documented.", C),
             s("A medical support force of about three hundred Australian personnel served with UNAMIR in two contingents, the first from August 1994 to February 1995 and the second from February to August 1995.", N),
             s("In April 1995 a detachment of 32 was sent to Kibeho to run a casualty clearance post, and its members witnessed the killings.", N),
             s("Their estimate of at least four thousand dead stands beside a figure of about 2,000 from senior UN military officials.", S),
             s("Those officials said the dead had been shot by government troops or trampled in the panic, and that more than 600 were wounded.", S),
             s("The camp then held some 110,000 displaced people, according to Médecins Sans Frontières.", S)],
            [s("(2) The Rwandan government's figure was 338.", S),
             s("In the Government's view the true toll ran to several thousand.", D)],
            [s("(3) The Government is not aware of any such trial."),
             s("Kibeho, in 1995, fell outside the jurisdiction of the International Criminal Tribunal for Rwanda, which was limited to crimes committed in 1994, and the Tribunal never indicted any member of the RPF for that year either.", S),
             s("A UNHCR team estimated that RPA soldiers had killed between 25,000 and 45,000 people between April and August 1994.", S),
             s("Rwanda's military courts have tried a handful of such cases, most notably the killing of clergy near Kabgayi, in which two officers were convicted in 2008.", S),
             s("Their sentences were reduced on appeal from eight years to five.", S)],
            [s("(4) Australia supported the creation of the Tribunal by resolution 955, adopted unanimously by the Security Council on 8 November 1994.", C),
             s("UNAMIR's original authorised strength, set in October 1993, was 5,500.", C),
             s("The genocide against the Tutsi took the lives of over 800,000 people in about a hundred days.", D),
             s("The Government has consistently held that accountability for the genocide and accountability for crimes by the RPA are not competing demands."),
             s("Veterans of both Australian contingents were presented with a Meritorious Unit Citation at a national service marking the mission's twenty-fifth anniversary.", N)],
        ],
    },
    # 7. French lesson sheet for middle-school teachers (invented network of teachers). Hard negative: a Kangura
    #    quotation is analysed in voice reported.
    {
        "doc": "fiche-pedagogique-college-genocide-tutsi.txt",
        "title": "Fiche enseignant : enseigner le génocide des Tutsi au collège",
        "genre": "fiche pédagogique pour enseignants de collège",
        "language": "fr",
        "stance": "acknowledges",
        "composite": False,
        "hard_negative": True,
        "paragraphs": [
            [F("Fiche enseignant — classe de 3e, deux séances d’une heure : le génocide des Tutsi au Rwanda (1994).")],
            [F("Objectifs."),
             F("Les élèves doivent savoir situer le génocide : il commence au lendemain de l’attentat du 6 avril 1994 contre l’avion du président Habyarimana et dure une centaine de jours.", S),
             F("Ils doivent comprendre qu’il s’agit d’un crime organisé : dès décembre 1994, la Commission d’experts de l’ONU le qualifie de « concerté, planifié, systématique et méthodique ».", S)],
            [F("Repères chronologiques."),
             F("1er octobre 1990 : le FPR, formé surtout de réfugiés tutsi installés en Ouganda, attaque le nord du pays.", S),
             F("4 août 1992 : signature des accords d’Arusha.", C),
             F("7 avril 1994 : la Première ministre Agathe Uwilingiyimana est assassinée, de même que les dix Casques bleus belges chargés de sa protection.", S),
             F("4 juillet 1994 : le FPR prend Kigali.", S),
             F("8 novembre 1994 : le Conseil de sécurité crée le Tribunal pénal international pour le Rwanda (TPIR).", S),
             F("Le TPIR a fermé ses portes fin 2012, après avoir condamné 61 personnes.", C)],
            [F("Des chiffres à manier avec prudence."),
             F("On lit souvent « environ 800 000 morts », mais les estimations vont d’au moins 500 000 à plus d’un million selon les sources.", S),
             F("Pour la classe, retenons le chiffre d’un million de victimes.", D),
             F("Les Tutsi formaient alors environ 15 % de la population.", D),
             F("Près de 95 000 enfants se sont retrouvés orphelins.", D)],
            [F("Analyser un document de propagande."),
             Frep("Distribuer le huitième « commandement » publié par Kangura en décembre 1990 : « Les Hutu doivent cesser d’avoir pitié des Tutsi ».", N, "call_to_action"),
             F("Faire repérer comment le journal présente les futures victimes comme une menace : c’est ce que les historiens appellent l’« accusation en miroir »."),
             F("Rappeler que le rédacteur en chef du journal, Hassan Ngeze, a été condamné par le TPIR et que sa peine a été ramenée à trente-cinq ans en appel.", S),
             F("Préciser aussi que Jean Kambanda, Premier ministre du gouvernement intérimaire, a plaidé coupable de génocide et n’a été condamné qu’à vingt ans.", C)],
            [F("Ouvertures."),
             F("En France, le 7 avril est devenu journée de commémoration du génocide des Tutsi par un décret du 13 mai 2019.", N),
             F("Notre-Dame du Nil, de Scholastique Mukasonga, prix Renaudot 2012, peut être proposé aux bons lecteurs.", N),
             F("Petit pays, de Gaël Faye, a reçu le prix Goncourt des lycéens en 2016.", N),
             F("Depuis septembre 2023, quatre mémoriaux du génocide (Nyamata, Murambi, Gisozi et Bisesero) sont inscrits au patrimoine mondial de l’UNESCO.", N)],
            [F("Point de vigilance."),
             F("Les crimes commis par des soldats du FPR, que le TPIR n’a jamais poursuivis, peuvent être évoqués sans être confondus avec le génocide : les mettre sur le même plan relève de la thèse négationniste du « double génocide ».", S),
             F("Le procès de Pascal Simbikangwa, en 2014, a été le premier procès en France d’un Rwandais accusé de génocide.", S)],
        ],
    },
    # 8. FIXTURE (French): tract (double genocide, minimisation, call). Written by the factfinder team; states
    #    falsehoods on purpose.
    {
        "doc": "fixture-denial-fr-tract.txt",
        "title": "Tract : Rwanda, ils vous ont menti",
        "genre": "tract (fixture)",
        "language": "fr",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [Fown("RWANDA : ILS VOUS ONT MENTI !", None, "fabrication")],
            [Fown("Les « événements » de 1994 ont fait quelques dizaines de milliers de morts dans les deux camps, pas un million.", C, "minimisation", "double_genocide", "definitional_denial"),
             Fown("Le vrai génocide, c’est celui que le FPR a mené contre les Hutu, avant, pendant et après la guerre.", C, "double_genocide", "role_reversal"),
             Fown("Depuis l’invasion du 1er octobre 1990 — l’agression qui a tout déclenché —, c’est Kagame qui tire les ficelles, et c’est son camp qui a abattu l’avion le 6 avril.", D, "blame_shifting"),
             Fown("Les chiffres officiels sortent des bureaux de Kigali, gonflés pour toucher l’aide internationale.", None, "fabrication", "minimisation"),
             Fown("Aucun tribunal n’a jamais prouvé la moindre planification, et le TPIR lui-même a acquitté la plupart des accusés.", C, "definitional_denial", "spontaneity")],
            [Fown("Imprimez ce tract, glissez-le dans les boîtes aux lettres, et ne laissez plus vos enfants apprendre cette fable à l’école.", None, "call_to_action", "fabrication"),
             Fown("Le jour où la vérité sortira, ceux qui nous traitent de négationnistes auront des comptes à rendre.", None, "call_to_action", "attack_on_witnesses")],
        ],
    },
    # 9. FIXTURE: chain of messages in an extremist messaging channel (invented handles). Incitement style:
    #    calls to action, dehumanisation, accusation in a mirror. Not graphic.
    {
        "doc": "fixture-denial-channel-messages.txt",
        "title": "Channel export: messages of one evening",
        "genre": "extremist messaging-channel export (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("[21:04] kivu_watch: they had lists of our names long before April, everybody in the commune knew it", None, "accusation_in_mirror")],
            [own("[21:05] kivu_watch: if our fathers hadn't moved first they would have done it to us, simple as that", None, "accusation_in_mirror", "justification")],
            [own("[21:07] umurinzi88: a million of us were chased into Zaire in July 94 and those snakes never paid for it", D, "dehumanisation", "role_reversal")],
            [own("[21:09] umurinzi88: our people know their duty, nobody needs to spell it out", None, "call_to_action")],
            [own("[21:10] kivu_watch: share this before it gets deleted, the channel won't last the week", None, "call_to_action")],
            [own("[21:12] admin_ntwari: reminder: the RPF started it when they invaded in October 1990, and Gersony's team proved they killed as many people as the militias did", C, "blame_shifting", "double_genocide")],
            [own("[21:13] admin_ntwari: be ready, organise by sector, and don't let them come back the way they did in July", None, "call_to_action", "accusation_in_mirror")],
            [own("[21:15] umurinzi88: the whole genocide story was written in Washington and London, they paid the witnesses in Arusha and even that court had to let Kabiligi walk", S, "fabrication", "attack_on_witnesses")],
        ],
    },
    # 10. FIXTURE: "think-tank" policy brief denying in euphemism (invented institute).
    {
        "doc": "fixture-denial-policy-brief.txt",
        "title": "Policy Brief No. 12: Reassessing the Rwandan Tragedy of 1994",
        "genre": "think-tank policy brief (fixture)",
        "language": "en",
        "stance": "denies",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("Policy Brief No. 12: Reassessing the Rwandan Tragedy of 1994.", None, "definitional_denial")],
            [own("The intercommunal troubles that followed the death of President Habyarimana on 6 April 1994 were, on the available evidence, a spontaneous popular reaction rather than the execution of any plan.", C, "spontaneity", "definitional_denial"),
             own("Genocide in law requires proof of a specific intent, and that intent was never established against the leaders of the interim government.", C, "definitional_denial"),
             own("Responsibility for the escalation lies first with the RPF, whose invasion of October 1990 and assassination of the head of state made mass violence all but inevitable.", D, "blame_shifting", "justification"),
             own("The remainder belongs to Belgian colonial policy, which fixed ethnicity on identity cards, and to the RPF leaders who signed the Arusha accords in August 1993 only to prepare their next offensive.", S, "blame_shifting", "accusation_in_mirror")],
            [own("Estimates above 500,000 come from advocacy groups and from a government with an interest in the largest possible figure, and they should be treated as political artefacts.", C, "fabrication", "minimisation"),
             own("A realistic toll, once combatants and deaths from disease are set aside, is unlikely to exceed 150,000.", C, "minimisation"),
             own("Policymakers should therefore retire the word “genocide” from official statements and refer instead to the 1994 conflict.", None, "definitional_denial")],
        ],
    },
    # 11. FIXTURE: speech at a rally by an invented politician (justification, accusation in a mirror, call to action).
    {
        "doc": "fixture-denial-rally-speech.txt",
        "title": "Speech at an evening rally (transcript)",
        "genre": "rally speech transcript (fixture)",
        "language": "en",
        "stance": "distorts",
        "composite": False,
        "hard_negative": False,
        "paragraphs": [
            [own("Friends, they tell you our parents were murderers, but what choice did the peasants of 1994 have, after a war that began with an invasion from Uganda on 1 October 1990?", S, "justification", "role_reversal"),
             own("Any man in this crowd would have defended his family the way they did.", None, "justification"),
             own("Remember that the other side had its lists drawn up and its rifles hidden in the churches, waiting only for the signal.", None, "accusation_in_mirror"),
             own("It was their army that brought down our president's plane on the sixth of April, and it is that same army that rules in Kigali today.", D, "blame_shifting")],
            [own("They talk of a million dead, yet even the United Nations counted half that, and half of those were ours.", C, "minimisation", "double_genocide"),
             own("We will not be the ones caught waiting this time.", None, "accusation_in_mirror", "call_to_action"),
             own("Go home, talk to your cousins, and be ready for the day they call on you; you know what has to be done.", None, "call_to_action"),
             own("Vote for the movement, and the lies of the Arusha court, which could not even convict Bagosora, will be buried with the men who told them.", C, "attack_on_witnesses", "call_to_action")],
        ],
    },
    # 12. COMPOSITE FIXTURE: travel blog post whose "bit of history" turns into denial.
    {
        "doc": "fixture-denial-travel-blog-history.txt",
        "title": "Day 4 in Kigali: memorial today, gorillas tomorrow",
        "genre": "travel blog post (composite fixture)",
        "language": "en",
        "stance": "mixed",
        "composite": True,
        "hard_negative": False,
        "paragraphs": [
            [s("Day 4 in Kigali: memorial today, gorillas tomorrow!"),
             s("This morning we visited the Kigali Genocide Memorial at Gisozi, where more than 250,000 victims are buried.", N),
             s("A day before the memorials went on UNESCO's list in September 2023, Nyungwe National Park became Rwanda's first World Heritage site, so our next stop is on the list too.", N)],
            [s("A bit of history: the killing started after President Habyarimana's plane was shot down on 6 April 1994 and went on for about a hundred days.", S),
             own("But honestly, our guide in Gisenyi told us the real story, which is that it was a civil war with massacres on both sides and the word “genocide” was pushed by the winners.", C, "double_genocide", "definitional_denial", "fabrication"),
             own("The numbers on the memorial walls are blown up; people in the villages say tens of thousands at most.", C, "minimisation", "fabrication"),
             own("And if the Tutsi rebels hadn't shot down the plane, none of it would have happened.", D, "blame_shifting", "justification"),
             s("Anyway, gorilla permits are pricey, so book early!")],
        ],
    },
]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv, DOCS, HERE))
