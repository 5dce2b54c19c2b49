"""Source of the SECOND TRAINING labelled set for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train2/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train2/build_set.py --check  # validate the files already written

This is a TRAINING set for the checker's learned second look (its learned layers), not an evaluation set. It was
written blind: its author did not read the detectors, their rules, exemplars, training data or results, nor any
other labelled set's documents or labels (only benchmarks/data/labelled_set.py, benchmarks/data/check/README.md for
the labelling conventions, the first lines of the check-blind5 build script as a template for this header, and
check-blind5/README.md as a template for the README's structure). Verdicts were decided against the record alone:
examples/ (FACTS.md, the chronology and the sample documents), src/factfinder/data/reference/rwanda1994_figures.yaml
and the proceedings CSV. Every fact outside the record was checked with the project's search tool; README.md gives
the page and a quotation for each.

Genres: a TV documentary narration script, a student's exam answer with honest errors, a think-tank policy brief,
a memoir-style excerpt by a composite aid worker in the Goma camps, a legal commentary on the Media case, a French
press review on Kabuga and other fugitives, a human-rights report chapter on RPA killings, a law-review comment on
"victor's justice", a French teacher's guide on gacaca, a memorial's "myths and facts" leaflet, and two short
denial fixtures written by the team (not quotations of anyone; they state falsehoods on purpose).

How documents are written and labelled (offsets computed, never typed; a verdict, techniques and
a voice per sentence): see ../labelled_set.py. README.md gives the labelling rules and the sources
of every true fact.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))

from labelled_set import C, D, N, S, main, own, rep, s  # noqa: E402


def doc(name, title, genre, language, stance, paragraphs, composite=False, hard_negative=False):
    return {"doc": name, "title": title, "genre": genre, "language": language, "stance": stance,
            "composite": composite, "hard_negative": hard_negative, "paragraphs": paragraphs}


DOCS = [
    # 1. TV documentary narration script
    doc("documentary-narration-script.txt", "A Hundred Days: narration script, episode one",
        "tv_documentary_script", "en", "acknowledges", [
            [s("[Opening: dawn over the hills outside Kigali.]"),
             s("NARRATOR: In the spring of 1994, it took roughly a hundred days for this small country to lose most of its Tutsi citizens.", S),
             s("The spark came on a Wednesday evening, the sixth of April, when the jet bringing President Habyarimana home from talks in Tanzania was brought down on its approach to the capital's airport.", S),
             s("To this day, the missiles are usually blamed on Hutu extremists firing from the Kanombe barracks.", D)],
            [s("By the next morning, soldiers had hunted down the prime minister, Agathe Uwilingiyimana.", S),
             s("Ten Belgian blue helmets sent to guard her were disarmed, driven to an army camp in the city and murdered that same day.", S),
             s("A week later, Brussels announced that it was pulling its whole contingent out of the mission.", N),
             s("Then, on the twenty-first of April, the Security Council voted to shrink UNAMIR to a token force of about two hundred and seventy.", S),
             s("Before the month was out, more than a quarter of a million people had crossed into Tanzania's Ngara district within twenty-four hours.", S)],
            [s("[Archive footage: a roadblock, men with machetes.]"),
             s("Most estimates now put the dead at about eight hundred thousand.", D),
             s("The government's own tally, published in 2002, came to more than 1.07 million, but it counts deaths from 1990 onwards.", S)],
            [s("The rebels of the Rwandan Patriotic Front entered Kigali on the fourth of July.", S),
             s("A fortnight later, on 19 July, a new government took office with Pasteur Bizimungu as president.", S)],
            [s("[Footage: Goma, July 1994.]"),
             s("Across the border in Goma, the defeated army and its militias arrived with around a million civilians.", D),
             s("The border town of Gisenyi fell on 18 July, and the exodus into Zaire became a stampede.", D),
             s("NARRATOR (closing): What happened in these hills was not chaos; by December a UN commission had concluded that the killing was concerted, planned and methodical.", S),
             s("[Closing shot: the memorial at Gisozi, opened for the tenth anniversary, where more than 250,000 people are buried.]", N)],
        ]),

    # 2. Student's exam answer with honest errors
    doc("student-exam-answer-un-response.txt", "Exam answer: the international response to the genocide in Rwanda",
        "student_exam_answer", "en", "acknowledges", [
            [s("Question 3: Outline the international response to the genocide in Rwanda, 1993–1994. (20 marks)"),
             s("Candidate 0417.")],
            [s("The UN mission in Rwanda, UNAMIR, was set up by Security Council resolution 872 in October 1993 to help carry out the Arusha peace deal.", S),
             s("The peace deal itself had been signed in Arusha in August 1992 by President Habyarimana and the RPF.", C),
             s("UNAMIR's commander was the Canadian general Roméo Dallaire, who held the post until the end of 1995.", C),
             s("In January 1994 he cabled New York about an informant's warning of hidden weapons, but he was told he had no authority to act.", N)],
            [s("The plane was shot down by the RPF on 6 April, which started everything.", D),
             s("The next day ten Belgian peacekeepers were killed while protecting the prime minister.", S),
             s("Instead of reinforcing the mission, resolution 912 of 21 April cut it down to about 2,700 soldiers.", C),
             s("In May the Council changed its mind with resolution 918, which brought in an arms embargo and allowed up to 5,500 troops.", S),
             s("France then led Opération Turquoise, approved by resolution 929 in June, and set up a safe zone in the south-west.", S),
             s("About 2,500 French soldiers took part, and they stayed until the end of September 1994.", C)],
            [s("About a million people were killed in roughly a hundred days.", D),
             s("Around 15% of Rwandans were Tutsi before the genocide.", D),
             s("Afterwards the UN created the ICTR with resolution 955 in November 1995.", C),
             s("Its first big judgment was against Jean-Paul Akayesu, the mayor of Taba, who was convicted of genocide in 1998.", S),
             s("Jean Kambanda, who had been prime minister of the interim government, pleaded guilty and got 25 years.", C)],
            [s("Overall the tribunal indicted 93 people and convicted 61 of them before it closed at the end of 2012.", C),
             s("I think the main lesson is that the UN had enough warning but not the will to act."),
             s("Today the UN remembers the genocide every year on 7 April.", N),
             s("(Examiner's note in the margin: check your dates and figures — several are wrong.)")],
        ]),

    # 3. Think-tank policy brief
    doc("policy-brief-prevention-lessons.txt", "Policy Brief No. 14: Thirty years on, what the Rwanda record teaches about prevention",
        "policy_brief", "en", "acknowledges", [
            [s("Policy Brief No. 14 — Thirty years on: what the Rwanda record teaches about preventing genocide."),
             s("The destruction of the Tutsi in 1994 was neither sudden nor invisible."),
             s("Three months before it began, the UNAMIR commander sent a cable, dated 11 January 1994, reporting that an informant had been ordered to list the Tutsi of Kigali.", N),
             s("Headquarters in New York denied him the authority to act on the information about arms caches.", S)],
            [s("Finding 1: the force was too small, and the Council made it smaller."),
             s("When the crisis broke, UNAMIR had an authorised ceiling of 2,500 personnel.", S),
             s("Belgium, whose ten paratroopers had been murdered, announced on 14 April that its roughly 420 soldiers would leave.", N),
             s("The Council's own first response, a week later, was to cut the mission to 270.", S),
             s("By January 1995, long after the killing had stopped, the mission counted some 5,740 troops.", S),
             s("The French-led operation that followed was authorised unanimously.", C),
             s("Yet its roughly 2,500 soldiers, deployed from late June, declared a safe zone in the south-west within two weeks.", S)],
            [s("Finding 2: words matter."),
             s("In Washington, the State Department spokeswoman kept to the formula 'acts of genocide' in June 1994 rather than calling it genocide.", N),
             s("How many acts of genocide, a Reuters reporter asked her, does it take to make genocide?"),
             s("The Genocide Convention of 1948 obliges its parties to prevent the crime, not merely to punish it.", N),
             s("The genocide claimed at least 800,000 lives.", D),
             s("Around one Rwandan in seven was Tutsi on the eve of the killing, so the targeting could not be mistaken.", D)],
            [s("Finding 3: the UN has examined itself, slowly."),
             s("Its independent inquiry, chaired by Ingvar Carlsson, put the dead at about 800,000 over roughly a hundred days.", S),
             s("The Commission of Experts requested under resolution 935 only delivered its final report in March 1995.", C),
             s("In March 2004, Kofi Annan, who had headed UN peacekeeping at the time, said he could and should have done more to sound the alarm.", N),
             s("The responsibility to protect, endorsed by world leaders at the 2005 World Summit, grew directly out of Rwanda and Srebrenica.", N)],
            [s("Recommendations: treat a commander's request for reinforcement as a warning signal, not an irritant; and remember that a credible warning, a modest force and political will were each available in 1994 — what was missing was the decision.")],
        ]),

    # 4. Memoir of a composite aid worker in the Goma camps
    doc("memoir-aid-worker-goma.txt", "The lava fields: a memoir of Goma (excerpt)",
        "memoir_excerpt", "en", "acknowledges", [
            [s("I reached Goma in the third week of July 1994, a few days after the border gave way like a burst dam."),
             s("Estimates of how many people crossed in those first days ran from half a million to a million, and nobody I met believed anyone was counting.", S),
             s("Our coordinator's figure was simpler: 'A million, at least,' she said on the airstrip.", D),
             s("It was on 16 July, we were told, that the RPF reached Gisenyi, and the trickle became a flood.", D),
             s("The smell reached us before the camp did.")],
            [s("The epidemiologists later counted 36,471 cholera cases, half of them in the single week after the 21st.", S),
             s("In that first month close to fifty thousand refugees died.", D),
             s("A survey at Katale by our colleagues at MSF suggested the toll could be as high as 80,000.", S),
             s("Someone in Nairobi told me later that cholera alone had killed 120,000 in Goma that July.", C),
             s("Water was the real killer: for the first week each person had about two hundred millilitres a day.", S),
             s("American soldiers flew in a purification plant, part of the relief operation Washington had announced on 22 July.", N)],
            [s("Within weeks it was clear who ran the camps."),
             s("The same officials and militia leaders who had organised the killing simply re-established their authority over the refugees.", S),
             s("At the end of August a UNHCR spokesman said that camps holding some 800,000 people were in a virtual state of war.", S),
             s("Anyone who talked of going home risked a lynching, and the militias spread stories that the Tutsi army would kill every returnee.", N),
             s("By August the camps around Goma held well over a million people.", D),
             s("Back in Europe I read that 95,000 children had been orphaned by the genocide.", D)],
            [s("In September 1996, UNHCR still counted close to 718,000 Rwandan refugees in North Kivu.", N),
             s("Mugunga, swollen by people fleeing the other camps, held about 420,000 by the end of October and was called the largest refugee camp in the world.", N),
             s("When the rebels attacked in November, more than half a million people walked home across the border at Gisenyi in a few days.", N),
             s("I left that winter convinced that feeding the camps had also fed the men who ran them.")],
        ]),

    # 5. Legal commentary on the Media case
    doc("legal-commentary-media-case.txt", "Speech as a weapon: a commentary on the Media case",
        "legal_commentary", "en", "acknowledges", [
            [s("The Media case, Prosecutor v. Nahimana, Barayagwiza and Ngeze, asked whether the men behind a radio station and a newspaper could answer for the killings their words encouraged."),
             s("It was the first case of its kind since the Nuremberg tribunal sentenced Julius Streicher to death in 1946 for publishing Der Stürmer.", N),
             s("Trial Chamber I delivered its judgment on 3 December 2003.", S),
             s("Judge Navanethem Pillay presided over the bench, sitting with Erik Møse and Asoka de Zoysa Gunawardana.", N)],
            [s("Ferdinand Nahimana, a former university lecturer who had directed the state information office, ORINFOR, was seen as the ideologue behind RTLM.", N),
             s("Jean-Bosco Barayagwiza, a founder of the CDR party, sat on the radio's board.", S),
             s("Barayagwiza, unlike his co-accused, was cleared of genocide at trial.", C)],
            [s("At first instance, Nahimana and Ngeze were given life terms and Barayagwiza thirty-five years.", S),
                          s("On 28 November 2007 the Appeals Chamber quashed Nahimana's genocide conviction but kept his liability, as a superior, for incitement and persecution through broadcasts made after 6 April 1994, and cut his sentence to thirty years.", S),
             s("Barayagwiza's RTLM-based convictions fell, those tied to the CDR survived, and his term went down to 32 years.", S),
             s("Ngeze's life sentence, by contrast, was upheld in full.", C),
             s("Several of his convictions were reversed because they rested on Kangura issues published before 1994, outside the tribunal's temporal jurisdiction.", S),
             s("RTLM's broadcasts had accompanied a slaughter that claimed around 800,000 lives.", D)],
            [s("Barayagwiza's case had nearly collapsed years earlier."),
             s("On 3 November 1999 the Appeals Chamber ordered his release because of his long detention without trial, and Kigali suspended its cooperation with the tribunal.", N),
             s("The chamber reversed itself on 31 March 2000 after the prosecutor put forward new facts.", N),
             s("He then refused to attend his own trial, calling the judges partial.", N),
             s("He died in Benin in April 2010, while serving his sentence.", N)],
            [s("The RTLM presenter Georges Ruggiu, a Belgian national, pleaded guilty and was sentenced to twenty years in June 2000.", C),
             s("The singer Simon Bikindi received fifteen years in December 2008 for publicly exhorting people to kill Tutsi on a road in Gisenyi.", S),
             s("The businessman Félicien Kabuga, accused of backing RTLM, was convicted in 2023.", C),
             s("The lesson of the case is that speech becomes a crime when it is direct, public and aimed at killing — not when it is merely offensive.")],
        ]),

    # 6. French press review on Kabuga and other fugitives
    doc("revue-de-presse-fugitifs-fr.txt", "Revue de presse : les derniers fugitifs du génocide des Tutsi",
        "press_review", "fr", "acknowledges", [
            [s("Revue de presse — Les derniers fugitifs du génocide des Tutsi."),
             s("RFI et Reuters reviennent sur l'arrestation de Félicien Kabuga, interpellé à l'aube du samedi 16 mai 2020 dans un petit appartement d'Asnières-sur-Seine.", N),
             s("L'octogénaire vivait sous une fausse identité et a d'abord affirmé aux gendarmes s'appeler Antoine Tounga.", N),
             s("Les États-Unis offraient jusqu'à cinq millions de dollars pour sa capture.", N),
             s("Selon l'accusation, cet homme d'affaires aurait fourni des machettes aux tueurs et soutenu la propagande de la RTLM.", S),
             s("Son procès s'est ouvert à La Haye le 29 septembre 2022.", N),
             s("Il n'aboutira jamais : jugé inapte, l'accusé a obtenu le 7 août 2023 une décision d'appel ordonnant une suspension illimitée de la procédure, sans verdict.", S),
             s("Contrairement à une rumeur tenace, Kabuga n'a donc jamais été condamné.", S)],
            [s("Moins d'une semaine après cette arrestation, le procureur du Mécanisme, Serge Brammertz, confirmait la mort d'Augustin Bizimana, ministre de la Défense du gouvernement intérimaire.", N),
             s("Ses restes avaient été identifiés dans une tombe à Pointe-Noire, au Congo, où il serait mort en août 2000.", N),
             s("En mai 2023, l'ancien inspecteur de police Fulgence Kayishema était arrêté dans une ferme viticole de Paarl, en Afrique du Sud, où il se faisait appeler Donatien Nibashumba.", N),
             s("On lui reproche d'avoir participé au massacre de l'église de Nyange.", N),
             s("Ce massacre, où environ 2 000 Tutsi réfugiés ont péri, a déjà valu trente ans de prison à l'homme d'affaires Gaspard Kanyarukiga.", S)],
            [s("Le tribunal d'Arusha, rappelons-le, avait fermé ses portes dès 2012.", C),
             s("En France, Pascal Simbikangwa a été condamné à 25 ans en 2014, et les deux anciens bourgmestres de Kabarondo à la perpétuité en 2016.", S),
             s("Laurent Bucyibaruta, ancien préfet de Gikongoro, condamné à vingt ans en 2022, est mort avant son procès en appel.", S)],
            [s("Quant au bilan, la plupart des articles évoquent 800 000 morts, chiffre attribué à l'ONU.", S),
             s("Le recensement publié par Kigali en 2002 en dénombre 1 074 017.", S),
             s("Plus d'un million de personnes ont été tuées : c'est le chiffre qu'il faut retenir.", D),
             s("Au total, un million de Rwandais s'étaient réfugiés au Zaïre en juillet 1994.", D),
             s("Sur l'attentat, enfin, le doute n'est plus permis : l'avion présidentiel a été abattu depuis le camp de Kanombe par des extrémistes hutu.", D)],
        ]),

    # 7. Human-rights report chapter on RPA killings (hard negative)
    doc("hr-report-rpa-killings-1994.txt", "Chapter 4: Killings by the Rwandan Patriotic Army, 1994–1995",
        "human_rights_report", "en", "acknowledges", [
            [s("Chapter 4. Killings by the Rwandan Patriotic Army, 1994–1995."),
             s("The RPF brought the genocide to an end by defeating the government army in July 1994, and its soldiers committed grave crimes while doing so.", S),
             s("Documenting those crimes takes nothing away from the genocide against the Tutsi, and nothing in this chapter should be read that way.")],
            [s("A UNHCR team led by Robert Gersony concluded that RPA soldiers killed between 25,000 and 45,000 people from April to August 1994.", S),
             s("Gersony's team published its full report in 1995.", C),
             s("Human Rights Watch wrote that the RPF may have killed tens of thousands during the four months of fighting.", S),
             s("A former interior minister put the figure at some 60,000 for a period running into August 1995.", S),
             s("Our own assessment is that RPA units killed at least 30,000 civilians in 1994.", D),
             s("Amnesty International reported in October 1994 that the violations included hundreds of deliberate executions.", S)],
            [s("In mid-April 1994, RPF soldiers massacred several hundred people at the stadium in Byumba.", S),
             s("At Kabgayi in early June, soldiers killed thirteen clergy, the Archbishop of Kigali among them, together with two other civilians.", S),
             s("The killings took place on 5 June.", D),
             s("The RPF's radio announced the deaths three days later.", S),
             s("In April 1995 at Kibeho, soldiers fired into a crowd of displaced people as the army closed the camp by force.", S),
             s("The camp then held some 120,000 people.", D),
             s("At least 4,000 of them died.", D),
             s("The government's count was 338; senior UN military officials spoke of about 2,000.", S)],
            [s("Rwanda's military courts prosecuted soldiers for the deaths of roughly a hundred civilians.", S),
             s("In the Kabgayi case, two captains who pleaded guilty were sentenced in October 2008 to eight years, reduced to five on appeal, while two senior officers were acquitted.", S),
             s("Seth Sendashonga, the Hutu interior minister of the government formed in July 1994, was dismissed in 1995 after demanding punishment for soldiers who carried out revenge killings, and was shot dead in Nairobi on 16 May 1998.", N),
             s("A UN mapping report published in October 2010 later documented killings of Hutu refugees in Zaire by Rwandan and allied forces.", N)],
        ], hard_negative=True),

    # 8. Law-review comment on victor's justice (hard negative)
    doc("law-review-victors-justice.txt", "Comment: Victor's justice at Arusha? A reassessment",
        "law_review_comment", "en", "acknowledges", [
            [s("Critics have long described the ICTR as an instrument of victor's justice."),
             s("The charge deserves to be examined rather than recited, and it must be kept strictly apart from any doubt about the genocide itself, which the tribunal established beyond question."),
             s("Created by resolution 955 on 8 November 1994, the tribunal received jurisdiction over crimes committed between 1 January and 31 December 1994.", S),
             s("Its mandate therefore reached the RPF's campaign as fully as it reached the genocide.")],
            [s("Of the 93 people it indicted, 61 were convicted and 14 acquitted.", S),
             s("Its acquittal rate was nonetheless striking: roughly one accused in two walked free.", C),
             s("Human Rights Watch observed in December 2008 that the court had not prosecuted even one of the serious RPF crimes of 1994.", S),
             s("Carla Del Ponte said that Kigali lobbied for her removal because she meant to investigate reprisal killings by its army, and in August 2003 the Security Council gave the Rwanda tribunal a prosecutor of its own.", N),
             s("In Rwanda itself, the army said in 2008 that 43 soldiers had been prosecuted since 1994.", S)],
            [s("None of this turns the RPF's crimes into a second genocide; the Commission of Experts found no evidence of an intent to destroy the Hutu.", S),
             s("The RPA's victims in 1994 probably numbered somewhere near 40,000.", D),
             s("Some 2,000 people were killed at Kibeho in April 1995, yet no RPA officer ever faced an international court for it.", D),
             s("Nor was the tribunal a rubber stamp: on appeal in 2013 it acquitted Justin Mugenzi and Prosper Mugiraneza, two ministers of the interim government.", S),
             s("It reversed the conviction of Protais Zigiranyirazo, the president's brother-in-law, in 2009.", S),
             s("General Gratien Kabiligi's conviction was likewise confirmed on appeal.", C),
             s("It reduced Bagosora's life sentence to 35 years.", S)],
            [s("Victor's justice, in the end, describes what the tribunal failed to do, not the truth of what it found."),
             s("The genocide was proved in courtroom after courtroom; what no court has examined is the responsibility of the RPF's commanders for the killings their soldiers committed.")],
        ], hard_negative=True),

    # 9. French teacher's guide on gacaca
    doc("guide-enseignant-gacaca-fr.txt", "Fiche pédagogique : les juridictions gacaca et la justice après le génocide",
        "teachers_guide", "fr", "acknowledges", [
            [s("Fiche pédagogique — Les juridictions gacaca et la justice après le génocide (classe de terminale)."),
             s("Objectif de la séance : comprendre comment le Rwanda a jugé des centaines de milliers de personnes après 1994."),
             s("Selon Human Rights Watch, au moins un demi-million de personnes ont été tuées, soit environ les trois quarts des Tutsi du pays.", S),
             s("À retenir pour le contrôle : environ 1 000 000 de morts.", D),
             s("Au recensement de 1991, les Tutsi représentaient 8,4 % de la population.", S),
             s("En 1994, les Tutsi formaient environ 15 % de la population.", D),
             s("On estime à 250 000 le nombre de femmes violées.", D)],
            [s("Les premiers procès pour génocide devant les tribunaux ordinaires ont commencé en décembre 1996.", S),
             s("Le 24 avril 1998, vingt-deux condamnés furent fusillés en public ; la peine de mort a été abolie en 2007.", S),
             s("Au rythme des tribunaux classiques, selon le ministre de la Justice, il aurait fallu plus de trois siècles pour juger tous les dossiers.", S)],
            [s("Le nom gacaca vient du mot kinyarwanda qui désigne l'herbe.", S),
             s("La loi organique qui institue ces juridictions date du 26 janvier 2001.", N),
             s("Les juges, appelés inyangamugayo (« les intègres »), ne sont pas des juristes : la population les a élus en octobre 2001.", N),
             s("Le calendrier électoral prévoyait l'élection d'environ 260 000 juges, à raison de dix-neuf par cellule.", N),
             s("Leur compétence couvre les crimes commis entre le 1er octobre 1990 et le 31 décembre 1994.", N),
             s("Les juridictions ont fermé le 18 juin 2012 après avoir traité 1 958 634 affaires.", S),
             s("La troisième catégorie, celle des atteintes aux biens, représente à elle seule 1 320 554 dossiers.", S),
             s("En première catégorie, celle des planificateurs et organisateurs, 60 552 affaires ont été jugées.", S)],
            [s("Selon la responsable du service national, près de 56 000 juges avaient été démis de leurs fonctions.", N),
             s("Les crimes commis par les soldats du FPR étaient exclus de leur compétence.", S)],
            [s("Exercice : corrigez les erreurs de cette copie d'élève."),
             s("« Les gacaca ont fermé en 2015, après dix ans d'activité. »", C),
             s("« Le génocide a commencé le 6 juin 1994. »", C),
             s("« Au total, elles ont jugé plus de trois millions d'affaires. »", C),
             s("« Le TPIR a été créé par la résolution 955 en 1996. »", C),
             s("« Jean-Paul Akayesu a été acquitté par le TPIR. »", C),
             s("Question de débat : une justice rapide peut-elle être une justice équitable ?")],
        ]),

    # 10. Memorial "myths and facts" leaflet (hard negative; myths quoted in voice reported)
    doc("memorial-myths-facts-leaflet.txt", "Myths and facts: a leaflet for visitors",
        "memorial_leaflet", "en", "acknowledges", [
            [s("Myths and facts — a leaflet for visitors to the memorial.")],
            [rep("MYTH: “It was a spontaneous explosion of tribal anger after the president died.”", C, "spontaneity", "definitional_denial"),
             s("FACT: In December 1994 the UN Commission of Experts found that the genocide had been carried out in a concerted, planned, systematic and methodical way.", S),
             s("Kangura had printed its 'Ten Commandments of the Bahutu' as early as December 1990, and RTLM had been on the air since July 1993.", N),
             s("Before the killing began, UNAMIR's informant had spoken of a plan to kill Belgian soldiers and of hidden weapons stocks.", S)],
            [rep("MYTH: “At most a few tens of thousands died, on both sides, in an ordinary civil war.”", C, "minimisation", "definitional_denial"),
             s("FACT: Even the most cautious estimate, by Human Rights Watch, counts at least half a million dead.", S),
             s("Some 507,000 of them were Tutsi, about three quarters of the Tutsi population.", S),
             s("The number of dead will probably never be known exactly, but the figure of one million on our walls is, in our view, the truest.", D)],
            [rep("MYTH: “The RPF committed a second genocide, against the Hutu.”", C, "double_genocide"),
             s("FACT: RPF soldiers did kill civilians, perhaps tens of thousands of them, and those crimes deserve justice; but the Commission of Experts found no evidence of an intent to destroy the Hutu as a group.", S)],
            [rep("MYTH: “The survivors made up their stories to get money and revenge.”", None, "attack_on_witnesses", "fabrication"),
             s("FACT: Nearly two million cases were heard in gacaca courts, where neighbours testified in public before their own communities.", S)],
            [rep("MYTH: “Eight hundred thousand is an invented number; nobody was ever counted.”", C, "fabrication"),
             s("FACT: A government survey completed in 2004 identified some 937,000 victims by name.", S),
             s("Between 250,000 and half a million women were raped.", D)],
            [rep("MYTH: “They brought it on themselves by invading the country.”", None, "blame_shifting", "justification"),
             s("FACT: The RPF attacked from Uganda on 1 October 1990; three and a half years later it was civilians — children, the elderly, neighbours — who were murdered at churches, schools and roadblocks.", S),
             s("The memorial is open every day; guided visits in English, French and Kinyarwanda can be booked at the entrance.")],
        ], hard_negative=True),

    # 11. Fixture: podcast-style denial monologue (own voice)
    doc("fixture-denial-podcast-monologue.txt", "Fixture: podcast monologue (written by the team; states falsehoods on purpose)",
        "podcast_transcript", "en", "denies", [
            [s("Welcome back to the show, where we ask the questions the official story doesn't want asked."),
             own("This so-called plan to exterminate the Tutsi was cooked up by the winners after the war, when they needed a founding myth.", C, "fabrication"),
             own("Nobody has ever produced a single order, a single list, a single document proving it.", C, "fabrication"),
             own("The death toll keeps going up every year, but in reality it was maybe 50,000, mostly people caught in the crossfire of a war.", C, "minimisation", "definitional_denial")],
            [own("And who started that war? The RPF invaded from Uganda in 1990 — they were the aggressors, and everything that followed is on them.", S, "blame_shifting", "role_reversal"),
             own("Everyone knows the RPF shot down the president's plane to restart the fighting.", D, "blame_shifting"),
             own("Kagame's army then slaughtered Hutu by the hundreds of thousands, and that is the real genocide nobody prosecutes.", C, "double_genocide", "role_reversal"),
             own("The so-called survivors who testified in Arusha were coached and paid by Kigali.", None, "attack_on_witnesses")],
        ]),

    # 12. Fixture: false-balance "both sides" blog (composite: true facts first, then denial)
    doc("fixture-denial-both-sides-blog.txt", "Fixture: 'both sides' blog post (written by the team; states falsehoods on purpose)",
        "blog_post", "en", "mixed", [
            [s("On the evening of 6 April 1994 the plane carrying President Habyarimana was shot down as it came in to land at Kigali.", S),
             s("The next day the prime minister, Agathe Uwilingiyimana, was killed, and so were ten Belgian peacekeepers.", S),
             s("In November that year the Security Council created a tribunal to try the crimes of 1994.", S)],
            [own("But the tidy story of a one-sided “genocide” is far too simple.", None, "definitional_denial"),
             own("There were two genocides in Rwanda, one by each side, and only one of them gets a memorial.", C, "double_genocide"),
             own("The “genocide” figures were inflated to win Western sympathy; the real number of Tutsi dead was closer to 100,000.", C, "minimisation", "fabrication"),
             own("What happened was the chaotic revenge of frightened peasants after their president was murdered, not a plan.", C, "spontaneity", "blame_shifting"),
             own("Both sides suffered equally, and both deserve the same tears.", None, "double_genocide")],
        ], composite=True),
]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
