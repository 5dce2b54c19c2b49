"""Source of the TRAINING labelled set check-train32 for `factfinder check` (benchmarks/check.py --labels ...).

    python benchmarks/data/check-train32/build_set.py          # write the .txt files and labels.jsonl, then validate
    python benchmarks/data/check-train32/build_set.py --check  # validate the files already written

A training set, mainly about VERDICTS: nine ordinary acknowledging documents (a wire retrospective on the
courts, a French court chronicle, an encyclopaedia entry on UNAMIR, teaching notes on the war and the genocide, a
radio transcript on the refugee camps, a fact-checker's column, a book review on RPF crimes, a letter to the editor
on the media trial, a French documentary note on RPF crimes and Kibeho) dense with checkable statements phrased far
from the record's wording, with deliberate realistic errors (contradicted), statements of quantities on which the
record's sources disagree (disputed), and true facts the record does not hold (not_in_record, cited in README.md);
plus three short denial fixtures (one composite). Its author did not read the detectors, their rules, exemplars or
training data, nor any other set's documents or labels (only benchmarks/data/labelled_set.py,
benchmarks/data/check/README.md for the labelling conventions, the first lines of the check-blind5 build script as
a template for this header, and the check-blind5 README as a template for the README; see README.md for a slip).
Verdicts were decided against the record alone: examples/ (FACTS.md and the sample documents),
src/factfinder/data/reference/rwanda1994_figures.yaml and the proceedings CSV. Every outlet, author and private
person is invented.

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


# 1. Wire retrospective on the courts (invented agency and reporter).
WIRE = {
    "doc": "wire-courts-ledger-retrospective.txt",
    "title": "Three decades on, the courts' ledger for Rwanda is long and lopsided",
    "genre": "wire service retrospective",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            s("Three decades on, the courts' ledger for Rwanda is long and lopsided"),
        ],
        [
            s("ARUSHA/KIGALI (Meridian Wire) — by Halima Oduya"),
        ],
        [
            s("The tribunal that the Security Council set up in the autumn of 1994 to try the organisers of the "
              "genocide against the Tutsi shut its doors at the end of 2015, more than two decades after its "
              "creation.", S),
            s("It owed its existence to resolution 955, passed on 8 November 1994 with fourteen votes in favour "
              "and one abstention.", C),
            s("Its jurisdiction reached back to crimes committed from 1 January 1993, well before the presidential "
              "plane was shot down.", C),
            s("By the tribunal's own closing tally, ninety-three people were indicted, sixty-one convicted and "
              "fourteen acquitted.", S),
        ],
        [
            s("The first judgment, against the former mayor of Taba, Jean-Paul Akayesu, came on 2 September "
              "1997.", C),
            s("He became the first person an international court found guilty of genocide, and the judges also "
              "held that rape could be one of its instruments.", S),
            s("A month later he received a sentence of twenty-five years.", C),
            s("Two days after the Akayesu verdict, Jean Kambanda, who had headed the interim government, was sent "
              "to prison for life after admitting genocide.", S),
            s("Kambanda, Akayesu and four other convicts were flown to Bamako in December 2001 to serve their "
              "terms in a Malian prison.", N),
        ],
        [
            s("The trial of Colonel Théoneste Bagosora, directeur de cabinet at the defence ministry, ended on "
              "18 December 2008 with a life sentence for genocide, crimes against humanity and war crimes.", S),
            s("Three years later the appeals judges upheld his genocide conviction but cut the term to "
              "twenty-five years.", C),
            s("Bagosora, who had been arrested in Cameroon in 1996, died in a hospital in Bamako on "
              "25 September 2021, aged eighty.", N),
            s("His co-accused Gratien Kabiligi, the army's head of military operations, was convicted alongside "
              "him.", C),
            s("The tribunal's judges were not always lenient on appeal: in March 2008 they raised the "
              "fifteen-year sentence of the priest Athanase Seromba, over the destruction of the church at "
              "Nyange, to life imprisonment.", N),
        ],
        [
            s("The most wanted fugitive, the businessman Félicien Kabuga, was found living under a false name in "
              "Asnières-sur-Seine, outside Paris, and arrested on 16 May 2020.", N),
            s("He was accused of supplying machetes and backing RTLM's propaganda, but he never heard a verdict: "
              "in August 2023 the appeals judges of the residual mechanism had his proceedings stayed "
              "indefinitely after he was found unfit to stand trial.", S),
        ],
        [
            s("Rwanda's own courts opened their first genocide trials in December 1996, in a justice system the "
              "killing had gutted.", S),
            s("On 24 April 1998 thirty-three people condemned for genocide were executed in public.", C),
            s("Capital punishment was abolished five years later.", C),
            s("To clear the backlog the government turned to gacaca, community courts named after the "
              "Kinyarwanda word for grass.", S),
            s("When they closed on 18 June 2012, the national gacaca service counted 1,958,634 cases tried.", S),
        ],
        [
            s("None of those tried in Arusha belonged to the Rwandan Patriotic Front.", S),
            s("Human Rights Watch complained in December 2008 that the tribunal had not prosecuted a single one "
              "of the serious RPF crimes of 1994.", S),
            s("The one RPF case handed to Rwanda, the killing of clergy evacuated from Kabgayi on 5 June 1994, "
              "ended with two captains convicted and two senior officers acquitted.", D),
            s("Soldiers of the same army are estimated to have killed between 25,000 and 45,000 civilians from "
              "April to August 1994.", D),
            s("Between 250,000 and 500,000 women were raped during the genocide, and the tribunal's case law on "
              "sexual violence began with them.", D),
            s("The genocide itself claimed about 800,000 lives in roughly a hundred days.", D),
        ],
    ],
}


# 2. French court chronicle (invented outlet and author).
CHRONIQUE = {
    "doc": "chronique-assises-paris-bruxelles.txt",
    "title": "Génocide des Tutsi : trente ans de procès aux assises de Paris et de Bruxelles",
    "genre": "chronique judiciaire",
    "language": "fr",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [
            s("Génocide des Tutsi : trente ans de procès aux assises de Paris et de Bruxelles"),
        ],
        [
            s("Par Solène Marchetti, chroniqueuse judiciaire à La Gazette du Prétoire"),
        ],
        [
            s("Le premier procès tenu en France pour le génocide s'est conclu en mars 2014 par une peine de "
              "vingt-cinq ans de réclusion criminelle contre Pascal Simbikangwa, ancien capitaine de la garde "
              "présidentielle passé au renseignement.", S),
            s("Sa condamnation a été confirmée en appel par la cour d'assises de Seine-Saint-Denis en décembre "
              "2016.", S),
            s("Le 6 juillet 2016, Octavien Ngenzi et Tito Barahira, qui s'étaient succédé à la tête de la "
              "commune de Kabarondo, ont été condamnés à la perpétuité.", S),
            s("Ils étaient jugés notamment pour le massacre des Tutsi réfugiés dans l'église de Kabarondo, le "
              "13 avril 1994.", S),
            s("La Cour de cassation a rejeté leurs pourvois en 2021.", C),
        ],
        [
            s("Claude Muhayimana, chauffeur d'un établissement hôtelier de Kibuye, a été reconnu coupable de "
              "complicité en décembre 2021 et condamné à quinze ans.", C),
            s("Laurent Bucyibaruta, préfet de Butare pendant le génocide, a écopé de vingt ans le 12 juillet "
              "2022.", C),
            s("Il est mort le 6 décembre 2023, avant son procès en appel, si bien que sa condamnation n'est "
              "jamais devenue définitive.", S),
            s("Les faits retenus contre lui comprenaient les massacres de l'école de Murambi, le 21 avril "
              "1994.", S),
            s("L'ancien gendarme Philippe Hategekimana, naturalisé sous le nom de Philippe Manier, a été condamné "
              "à la réclusion criminelle à perpétuité en juin 2023, peine confirmée en appel.", S),
            s("Le gynécologue Sosthène Munyemana, qui exerçait à l'hôpital universitaire de Butare, a été "
              "condamné le 19 décembre 2023 à vingt-quatre ans.", D),
        ],
        [
            s("Toutes les procédures n'ont pas abouti : le prêtre Wenceslas Munyeshyaka, visé par une plainte "
              "depuis juillet 1995, a bénéficié d'un non-lieu le 2 octobre 2015.", N),
            s("La cour d'appel de Paris a confirmé ce non-lieu le 21 juin 2018.", N),
            s("En juillet 2007, il avait été interpellé avec l'ancien préfet Laurent Bucyibaruta sur la base de "
              "mandats du TPIR, avant d'être remis en liberté.", N),
            s("La lenteur de l'instruction avait valu à la France, dès juin 2004, une condamnation par la Cour "
              "européenne des droits de l'homme.", N),
            rep("En août 1994, ce prêtre avait cosigné une lettre au pape affirmant que « Hutu et Tutsi ont été "
                "tous les bourreaux les uns des autres ».", N, "double_genocide"),
            s("Cette phrase résume la thèse du « double génocide », que les juridictions ont toujours "
              "écartée."),
        ],
        [
            s("En Belgique, le 8 juin 2001, un jury bruxellois a condamné quatre Rwandais, dont deux religieuses "
              "bénédictines du couvent de Sovu, à des peines de douze à vingt ans.", S),
            s("La mère supérieure, sœur Gertrude, a reçu douze ans, et sœur Maria Kisito quinze.", C),
            s("En décembre 2019, Fabien Neretse, ancien directeur de l'OCIR-Café, est devenu le premier condamné "
              "pour génocide en Belgique, à vingt-cinq ans de prison.", S),
            s("Quatre ans plus tard, Séraphin Twahirwa, chef des Interahamwe de Gikondo, a été condamné à trente "
              "ans.", C),
            s("Bernard Ntuyahaga, major des FAR, avait été condamné en 2007 à vingt ans pour l'assassinat des "
              "dix Casques bleus belges au camp Kigali et pour celui de la Première ministre.", C),
        ],
        [
            s("Le génocide a fait au moins un million de morts en une centaine de jours.", D),
            s("Quant à l'attentat du 6 avril 1994, le dossier s'est clos sans procès : la Cour de cassation a "
              "rejeté le 15 février 2022 les pourvois des familles.", S),
            s("D'autres procès sont attendus."),
        ],
    ],
}


# 3. Encyclopaedia entry on UNAMIR (invented reference work).
UNAMIR = {
    "doc": "encyclopedia-entry-unamir.txt",
    "title": "United Nations Assistance Mission for Rwanda (UNAMIR)",
    "genre": "encyclopaedia entry",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            s("United Nations Assistance Mission for Rwanda (UNAMIR)"),
        ],
        [
            s("From the Open Atlas of Peace Operations, revised edition"),
        ],
        [
            s("The United Nations Assistance Mission for Rwanda was a peacekeeping operation created by Security "
              "Council resolution 872 on 5 October 1993 to help implement the Arusha Peace Agreement.", S),
            s("That agreement had been signed in Dar es Salaam on 4 August 1993 by President Juvénal Habyarimana "
              "and the RPF chairman, Alexis Kanyarengwe.", C),
            s("Among the mission's tasks was to contribute to the security of the capital, Kigali.", S),
            s("At its creation the force had an authorised strength of 5,500 personnel.", C),
            s("Its force commander, the Canadian general Roméo Dallaire, led it from October 1993 until the end "
              "of 1994.", C),
        ],
        [
            s("On 11 January 1994 Dallaire sent a coded cable to UN headquarters in New York passing on an "
              "informant's warnings of an extermination plot, arms caches and a plan to kill Belgian "
              "peacekeepers.", N),
            s("The reply, sent the same day from the peacekeeping department then headed by Kofi Annan, refused "
              "the raid on the arms caches that he proposed.", N),
        ],
        [
            s("After the presidential plane was shot down near Kigali airport on the evening of 6 April 1994, "
              "soldiers killed Prime Minister Agathe Uwilingiyimana the following day.", S),
            s("The missiles had been fired by extremists of the Presidential Guard who opposed the peace "
              "accord.", D),
            s("She had held office since 18 July 1993.", N),
            s("The twelve Belgian paratroopers assigned to protect her were disarmed, taken to a military camp "
              "and killed.", C),
            s("On 14 April Belgium announced that it would withdraw its contingent of about 420 soldiers.", N),
            s("A week later, on 21 April, resolution 912 reduced the mission to about 270 personnel.", S),
            s("Those who stayed included the Senegalese officer Mbaye Diagne, who saved hundreds of people before "
              "he was killed in Kigali on 31 May 1994.", N),
            s("In the capital, more than a thousand people survived by sheltering in the Hôtel des Mille "
              "Collines.", N),
        ],
        [
            s("On 17 May 1994 resolution 918 imposed an arms embargo and authorised an enlarged force of "
              "5,500.", S),
            s("The reinforcements were slow to arrive, and in late June the Council instead authorised a "
              "French-led operation under Chapter VII by resolution 929.", S),
            s("That resolution passed unanimously.", C),
            s("When the French left the safe humanitarian zone on 21 August 1994, about 2,400 African UNAMIR "
              "troops took over.", S),
            s("By January 1995 UNAMIR counted 5,740 troops.", S),
            s("Its soldiers, Australians among them, witnessed the killings at the Kibeho camp on 22 April 1995, "
              "in which at least 4,000 people died.", D),
        ],
        [
            s("Resolution 1029 of 12 December 1995 extended the mission one last time, to 8 March 1996, with a "
              "ceiling of 1,200 troops.", N),
            s("On that final day the Council adopted resolution 1050 on the arrangements for its withdrawal.", N),
            s("Dallaire later testified for the prosecution at the International Criminal Tribunal for Rwanda, "
              "in the Military I trial, from January 2002.", C),
            s("Between 800,000 and a million people were killed in the hundred days the mission could not "
              "stop.", D),
            s("UNAMIR remains the standard case study of a peacekeeping force overtaken by genocide."),
        ],
    ],
}


# 4. Teaching notes (invented school and department).
TEACHING = {
    "doc": "teaching-notes-rwanda-1990-1994.txt",
    "title": "Unit 4 — Rwanda, 1990 to 1994: war, peace talks and genocide (teacher's notes)",
    "genre": "teaching notes",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            s("Unit 4 — Rwanda, 1990 to 1994: war, peace talks and genocide"),
        ],
        [
            s("Teacher's notes, Year 12 history, Harbourside Collegiate"),
        ],
        [
            s("Start with the state: Rwanda became independent of Belgium in 1962.", N),
            s("Juvénal Habyarimana had ruled it since seizing power in a coup on 5 July 1973.", N),
            s("On 1 October 1990 the Rwandan Patriotic Front, an armed movement of mostly Tutsi refugees, crossed "
              "into northern Rwanda from Burundi.", C),
            s("Its commander, Fred Rwigyema, was killed on the second day of the offensive.", N),
            s("Remind students that the peace accord finally signed at Arusha in August 1993 promised a "
              "broad-based transitional government, the return of refugees and a single army drawn from both "
              "forces.", S),
        ],
        [
            s("The trigger came on a Wednesday evening, 6 April 1994, when the president's plane was hit by "
              "missile fire as it came in to land at Kigali.", S),
            s("Make clear that no court has ever established who fired.", S),
            s("Within hours roadblocks went up across the capital, and soldiers and militiamen began killing "
              "Tutsi and opposition politicians.", S),
            s("The killing spread to every prefecture, and people who sought refuge in churches, schools and "
              "stadiums were massacred there."),
            s("Use local case studies: at Kabarondo church the massacre took place on 13 April, at Kiziguro "
              "parish at least 400 Tutsi were killed on 11 April, and at Nyange the church was brought down on "
              "some 2,000 refugees on 16 April.", S),
            s("At Ntarama, in Bugesera, thousands of Tutsi who had sheltered in the church were killed in "
              "mid-April.", N),
            s("Students should also know that the school at Murambi, in Gikongoro, was attacked on 21 May "
              "1994.", C),
            s("In the hills of Bisesero, in Kibuye, Tutsi resisted for weeks; the attacks there ran from 9 April "
              "to the end of May.", C),
        ],
        [
            s("Meanwhile the RPF advanced, taking Kigali and Butare on 4 July 1994.", S),
            s("It reached Gisenyi on 16 July, and what was left of the government army fled into Zaire.", D),
            s("A government of national unity was sworn in on 19 July with Paul Kagame as president.", C),
            s("Pasteur Bizimungu held the presidency until he resigned on 23 March 2000.", N),
        ],
        [
            s("Numbers need care."),
            s("Before the genocide the Tutsi made up about one Rwandan in seven.", D),
            s("Some 600,000 of them were killed.", D),
            s("Roughly 95,000 children were left orphans.", D),
            s("Tell students that the government's own census of victims, published in 2002, reached 1,074,017 "
              "dead, counting from October 1990.", S),
            s("Human Rights Watch's 1999 study, written chiefly by Alison Des Forges, concluded that at least "
              "half a million people were killed.", S),
            s("Des Forges, who testified as an expert at eleven trials in Arusha, died in a plane crash near "
              "Buffalo in February 2009.", N),
            s("Ask the class: why do these counts differ, and what does each one include?"),
        ],
        [
            s("The killing lasted roughly a hundred days and ended in July, when the RPF defeated the government "
              "army.", S),
            s("Essay question: could the genocide have been prevented?"),
        ],
    ],
}


# 5. Radio transcript (invented station, host and guest).
RADIO = {
    "doc": "radio-transcript-the-camps.txt",
    "title": "The Long Road Home, episode 3: the camps (transcript)",
    "genre": "radio transcript",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            s("LAKESHORE PUBLIC RADIO — The Long Road Home, episode 3: \"The camps\" (transcript)"),
        ],
        [
            s("HOST (Nadia Okonkwo-Reyes): Welcome back; today I'm with the historian Piet Vandermeulen to "
              "follow the people who left Rwanda in 1994."),
        ],
        [
            s("VANDERMEULEN: The first great wave went east, and on 29 April 1994 UNHCR reported that more than "
              "a quarter of a million people had crossed into Ngara, in Tanzania, within twenty-four hours.", S),
            s("The agency called it the largest and fastest exodus it had ever seen.", S),
            s("That same day police and militiamen opened fire on some 5,000 people trying to leave the stadium "
              "in Gisenyi.", C),
        ],
        [
            s("HOST: And the second wave?"),
        ],
        [
            s("VANDERMEULEN: That came in mid-July and went west, as the RPF closed in and the defeated army, "
              "militias and officials fled among the civilians.", S),
            s("The RPF took Gisenyi, just across the border from Goma, on Monday 18 July.", D),
            s("Roughly a million people poured into the Goma area in a matter of days.", D),
            s("Then cholera struck: the first strains were isolated on 20 and 21 July, and the epidemic peaked "
              "on the 26th.", S),
            s("One study counted 36,471 cases.", S),
            s("A paper in The Lancet put the cholera deaths in Goma that July at around 120,000.", C),
            s("Over the first month nearly 80,000 refugees died.", D),
            s("In the first week there were about two litres of water per person per day.", C),
        ],
        [
            s("HOST: Who ran the camps?"),
        ],
        [
            s("VANDERMEULEN: The same authorities who had organised the killing quickly re-established their grip "
              "on the refugees, as Human Rights Watch documented.", S),
            s("By late August a UNHCR spokesman said the camps in eastern Zaire, then holding about 800,000 "
              "people, were in \"a virtual state of war\".", S),
            s("In August 1995 Zaire tried to expel the refugees by force; some 15,000 were sent back before the "
              "expulsions were suspended.", N),
            s("Then in October 1996 rebels backed by Rwanda attacked the camps, and after Mugunga was overrun in "
              "mid-November more than half a million refugees walked home within about a week.", N),
            s("A UN mapping report released on 1 October 2010 concluded that some of the attacks on Hutu "
              "refugees, if proven before a competent court, could be characterised as crimes of genocide.", N),
            s("Rwanda rejected the report outright.", N),
        ],
        [
            s("HOST: Didn't Washington admit mistakes over the camps?"),
        ],
        [
            s("VANDERMEULEN: President Clinton did, at Kigali airport in March 1998, when he said the world "
              "\"should not have allowed the refugee camps to become safe haven for the killers\".", N),
            s("Inside Rwanda the worst single episode came at Kibeho, on 22 April 1995, when soldiers of the new "
              "army fired on a camp for displaced people that held around 120,000.", D),
            s("Australian peacekeepers counted at least 4,000 dead; the government said 338.", S),
        ],
        [
            s("HOST: So somewhere around 2,000 people died that day.", D),
            s("Piet Vandermeulen, thank you."),
        ],
    ],
}


# 6. Fact-checker's column (invented outlet; the claims checked are invented anonymous posts).
FACTCHECK = {
    "doc": "factcheck-five-viral-claims.txt",
    "title": "Checkpoint: five viral claims about Rwanda in 1994, checked against the record",
    "genre": "fact-check column",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [
            s("CHECKPOINT | Five viral claims about Rwanda in 1994, checked against the record"),
        ],
        [
            s("By Maren Duchesne, fact-check editor, The Civic Ledger"),
        ],
        [
            s("A set of posts circulating this month repeats old claims about the 1994 genocide against the "
              "Tutsi."),
            s("We checked each one."),
        ],
        [
            rep("Claim 1: \"Barely 50,000 people died, and the rest is propaganda.\"", C,
                "minimisation", "fabrication"),
            s("False."),
            s("As early as May 1994, six weeks into the killing, Human Rights Watch estimated that at least "
              "200,000 and perhaps as many as 500,000 civilians were already dead.", S),
            s("The UN Commission of Experts put the number of unarmed civilians murdered at about 500,000 in its "
              "final report and warned that the estimate might be conservative.", S),
            s("Most historians now put the toll at around 800,000.", D),
        ],
        [
            rep("Claim 2: \"Nobody planned anything — it was a spontaneous explosion of grief after the president "
                "died.\"", C, "spontaneity"),
            s("Also false."),
            s("The Commission of Experts found that the genocide had been carried out in a concerted, planned, "
              "systematic and methodical way.", S),
            s("The tribunal in Arusha also convicted Jean Kambanda, the interim government's prime minister, who "
              "pleaded guilty and was sentenced to life on 4 September 1998.", S),
            s("And three months before the killing began, the UN force commander had cabled New York about an "
              "\"anti-Tutsi extermination\" plot.", N),
        ],
        [
            s("Claim 3: \"The Arusha tribunal acquitted almost everyone it tried.\"", C),
            s("In fact it convicted sixty-one people and acquitted fourteen, according to its closing "
              "figures.", S),
        ],
        [
            rep("Claim 4: \"There were two genocides, and the RPF's was the bigger one.\"", C, "double_genocide"),
            s("This one twists a real issue."),
            s("RPF soldiers did kill civilians: experts working for UNHCR estimated that between 25,000 and "
              "45,000 people were killed by them from April to August 1994.", S),
            s("Counting into 1995, some estimates reach 60,000.", D),
            s("The Commission of Experts found crimes against humanity on both sides but no evidence that the "
              "RPF meant to destroy the Hutu as a group.", S),
            s("Under the Genocide Convention, adopted by the UN General Assembly on 9 December 1948, it is that "
              "intent that defines the crime.", N),
            s("Documenting the RPF's crimes is necessary, but it does not turn the genocide against the Tutsi "
              "into a \"double genocide\"."),
        ],
        [
            rep("Claim 5: \"The witnesses were coached and paid, so the verdicts mean nothing.\"", None,
                "attack_on_witnesses"),
            s("No evidence is offered for this."),
            s("The judgments rest on testimony tested by defence counsel: in the Military I trial, for instance, "
              "Bagosora's lawyer challenged General Dallaire over his informant in January 2004.", S),
        ],
        [
            s("Our rating: all five claims are false or misleading."),
            s("The death toll is genuinely debated, but the debate runs from about half a million to more than a "
              "million, not in the tens of thousands.", S),
        ],
    ],
}


# 7. Book review of an invented book on RPF crimes and the ICTR (invented author, reviewer and journal).
REVIEW = {
    "doc": "book-review-the-unindicted.txt",
    "title": "Review: The Unindicted: RPF Crimes and the Limits of Arusha, by Ingrid Haavik",
    "genre": "book review",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [
            s("Review: The Unindicted: RPF Crimes and the Limits of Arusha, by Ingrid Haavik"),
        ],
        [
            s("Reviewed by Colm Adebayo for the Quarterly Review of African Affairs"),
        ],
        [
            s("Haavik's book begins from a fact that admirers of the International Criminal Tribunal for Rwanda "
              "rarely dwell on: in more than twenty years it did not indict a single member of the Rwandan "
              "Patriotic Front.", S),
            s("This was not for want of a mandate, since resolution 955 gave the tribunal jurisdiction over "
              "serious violations of humanitarian law committed in Rwanda throughout 1994.", S),
            s("Nor was it for want of information: the UN Commission of Experts, reporting in December 1994, had "
              "asked that the violations attributed to the RPF be investigated further.", S),
        ],
        [
            s("The middle chapters assemble what is known."),
            s("Human Rights Watch wrote in 1999 that RPF soldiers carried out summary executions and massacres "
              "and may have killed tens of thousands of people between April and July 1994.", S),
            s("A team working for UNHCR under Robert Gersony estimated between 25,000 and 45,000 killings from "
              "April to August, though its findings were never published as a report.", S),
            s("Haavik also cites a former interior minister's estimate of 60,000 victims up to August 1995.", S),
            s("On the balance of this evidence, some 30,000 civilians died at the hands of RPF soldiers in "
              "1994.", D),
            s("She reconstructs the massacre in the Byumba stadium in mid-April 1994, where several hundred "
              "people were killed.", S),
            s("Amnesty International's report of October 1995 already spoke of hundreds of deliberate executions "
              "by the RPA between April and August.", C),
            s("The killing of the Archbishop of Kigali, two other bishops and ten more clergy near Kabgayi is "
              "told in detail.", S),
            s("Haavik dates it to 4 June, following the military prosecutors, and notes that church records give "
              "the 5th.", S),
        ],
        [
            s("On accountability the record is thin."),
            s("In 2008 the Rwandan military said it had prosecuted 34 soldiers since 1994 for war crimes and "
              "revenge killings.", C),
            s("The Kabgayi case, which the tribunal's prosecutor passed to Rwanda in 2008, ended in October of "
              "that year with life sentences for the two captains who had confessed.", C),
            s("A general and a major were acquitted.", S),
            s("The gacaca courts were not allowed to hear RPF crimes at all.", S),
        ],
        [
            s("The chapter on Kibeho, where soldiers fired on displaced people on 22 April 1996, is the "
              "strongest.", C),
            s("Haavik settles on a toll of about 2,000, the estimate of senior UN military officials, and "
              "explains why she finds both 338 and 4,000 less convincing.", S),
            s("Less satisfying is her closing chapter on Zaire, which says little about the UN mapping report "
              "published in October 2010.", N),
        ],
        [
            s("Readers looking for ammunition will find none: Haavik states plainly that the genocide against "
              "the Tutsi was planned, and that nothing in her material supports talk of \"two genocides\"."),
            rep("Some online commentators have nonetheless quoted her as saying that \"the real genocide was the "
                "one committed by the RPF\".", C, "double_genocide"),
            s("That is exactly the misreading her book forbids."),
            s("The Tutsi, a little under a tenth of Rwanda's people, bore the genocide; the RPF's victims deserve "
              "justice without being made into a rival count.", D),
            s("The Unindicted is an uncomfortable, careful and necessary book."),
        ],
    ],
}


# 8. Letter to the editor on the media trial (invented writer, newspaper and columnist).
LETTER = {
    "doc": "letter-editor-words-that-killed.txt",
    "title": "Letters to the editor: Words that killed",
    "genre": "letter to the editor",
    "language": "en",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [
            s("Letters to the editor: Words that killed"),
        ],
        [
            s("Sir,"),
        ],
        [
            s("Your columnist wrote last week that the hate media of 1994 were \"merely offensive\" and that "
              "prosecuting journalists was an attack on free speech."),
            s("The record says otherwise."),
        ],
        [
            s("Kangura had printed its so-called Ten Commandments of the Hutu in December 1990.", N),
            s("RTLM was on the air from 8 July 1993, mixing popular music with attacks on Tutsi, on Hutu "
              "opponents and on UNAMIR.", N),
            s("In December 2003 the Arusha tribunal convicted three men in what became known as the media trial: "
              "Ferdinand Nahimana, a founder of RTLM; Jean-Bosco Barayagwiza, a founder of the CDR who sat on "
              "RTLM's board; and Hassan Ngeze, the editor of Kangura.", S),
            s("On appeal in November 2007 some convictions were reversed, and their sentences became thirty, "
              "thirty-two and thirty-five years respectively.", S),
            s("What remained for Nahimana was incitement and persecution through RTLM's broadcasts after "
              "6 April 1994.", S),
            s("Nahimana and Ngeze were flown to Mali to serve their terms in December 2008.", N),
        ],
        [
            s("One of the station's presenters, the Belgian-Italian Georges Ruggiu, pleaded guilty and was "
              "sentenced to twenty years in June 2000.", C),
            s("The singer Simon Bikindi was convicted in December 2008 of publicly urging people on a road in "
              "Gisenyi prefecture to kill Tutsi, and sentenced to fifteen years.", S),
            s("Léon Mugesera's speech at Kabaya on 22 November 1992 led, more than two decades later, to a life "
              "sentence from Rwanda's High Court.", S),
            s("Canada had deported him on 23 January 2012, after sixteen years of legal battles.", N),
            rep("In 2013 a Dutch court convicted Yvonne Basebya of inciting genocide, partly through the song "
                "\"Tubatsembatsembe\" — \"let us exterminate them\" — sung at CDR meetings in Gikondo.", S,
                "call_to_action"),
            s("She was sentenced to twelve years.", C),
            s("Words like these were not opinions; they were instructions."),
        ],
        [
            rep("Your columnist also claimed that the genocide \"was not organised\".", C, "spontaneity"),
            s("The UN Commission of Experts concluded in 1994 that it was planned and systematic.", S),
            s("It killed well over half a million people, most of them Tutsi.", D),
            s("Its target was a minority of barely one Rwandan in twelve.", D),
            s("I would ask your columnist to read the judgments before writing about them again."),
        ],
        [
            s("Beatrix Lindqvist, Uppsala"),
        ],
    ],
}


# 9. French documentary note on RPF crimes and Kibeho (invented association).
NOTE_FPR = {
    "doc": "note-documentaire-crimes-fpr-kibeho.txt",
    "title": "Note documentaire : les crimes imputés au FPR en 1994 et 1995",
    "genre": "note documentaire d'association",
    "language": "fr",
    "stance": "acknowledges",
    "composite": False,
    "hard_negative": True,
    "paragraphs": [
        [
            s("Note documentaire — Les crimes imputés au FPR en 1994 et 1995 : état des connaissances"),
        ],
        [
            s("Observatoire citoyen des Grands Lacs, dossier n° 12"),
        ],
        [
            s("Reconnaître les crimes commis par les soldats du Front patriotique rwandais ne remet pas en cause "
              "le génocide des Tutsi, dont la Commission d'experts de l'ONU a établi dès 1994 le caractère "
              "planifié.", S),
            s("Cette même Commission a relevé des crimes contre l'humanité commis par des individus des deux "
              "camps et a demandé que les violations attribuées au FPR fassent l'objet d'enquêtes "
              "complémentaires.", S),
        ],
        [
            s("Selon Human Rights Watch, les soldats du FPR ont procédé à des exécutions sommaires et à des "
              "massacres, et pourraient avoir tué plusieurs dizaines de milliers de personnes entre avril et "
              "juillet 1994.", S),
            s("Au stade de Byumba, plusieurs centaines de personnes ont été massacrées à la mi-avril.", S),
            s("Près de Kabgayi, le 5 juin 1994, des soldats du FPR ont tué quinze civils, dont treize "
              "ecclésiastiques.", D),
            s("Parmi eux figuraient l'archevêque de Kigali, Vincent Nsengiyumva, et les évêques de Kabgayi et de "
              "Byumba.", S),
            s("La radio du FPR a annoncé ces morts le vendredi 10 juin.", C),
            s("Au total, les soldats de l'APR ont tué quelque 60 000 civils.", D),
        ],
        [
            s("Le 22 avril 1995, à Kibeho, dans l'ancienne zone humanitaire sûre, des soldats de l'APR ont ouvert "
              "le feu sur des déplacés pendant la fermeture forcée du camp.", S),
            s("Le camp abritait alors quelque 120 000 déplacés.", D),
            s("Le bilan reste incertain : au moins 4 000 morts.", D),
            s("Le gouvernement rwandais avait pour sa part avancé le chiffre de 3 380 victimes.", C),
        ],
        [
            s("Le Tribunal pénal international pour le Rwanda, fermé fin 2015, n'a inculpé aucun membre du "
              "FPR.", S),
            s("En 2008, son procureur a confié à la justice militaire rwandaise le seul dossier du FPR qu'il ait "
              "transmis, celui de Kabgayi.", S),
            s("Le tribunal militaire de Kigali a condamné le 24 octobre 2009 deux capitaines à huit ans de "
              "prison.", C),
            s("Cette peine a ensuite été ramenée à cinq ans en appel, tandis qu'un général et un major étaient "
              "acquittés.", S),
            s("Les juridictions gacaca, dont l'activité s'est achevée le 18 juin 2014, n'étaient pas compétentes "
              "pour ces crimes.", C),
            s("Paul Kagame, qui commandait l'APR en 1994, a prêté serment comme président de la République le "
              "22 avril 2000.", N),
        ],
        [
            s("Au Zaïre, les attaques contre les camps de réfugiés hutu à partir d'octobre 1996 ont fait l'objet "
              "du rapport du Projet Mapping de l'ONU, publié le 1er octobre 2010.", N),
            s("Ce rapport estime que certaines de ces attaques, si elles étaient prouvées devant un tribunal "
              "compétent, pourraient être qualifiées de crimes de génocide.", N),
            s("Le gouvernement rwandais l'a rejeté en bloc.", N),
            s("Dès novembre 1996, après la chute du camp de Mugunga, plus d'un demi-million de réfugiés étaient "
              "rentrés au Rwanda en une semaine.", N),
            s("Documenter ces faits relève du devoir de vérité envers toutes les victimes ; en faire un « second "
              "génocide » équivalent au premier serait une falsification."),
        ],
    ],
}


# 10. FIXTURE (written by the team, states falsehoods on purpose): own-voice denial podcast monologue.
FIX_PODCAST = {
    "doc": "fixture-denial-podcast-monologue.txt",
    "title": "Podcast monologue: the so-called genocide (test fixture)",
    "genre": "podcast transcript (test fixture)",
    "language": "en",
    "stance": "denies",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            own("Look, I'll say what nobody on mainstream radio will say: the so-called Rwandan genocide is a story "
                "written by the winners.", None, "fabrication", "definitional_denial"),
            own("What happened in 1994 was a civil war, two armies fighting, with massacres on both sides.", None,
                "definitional_denial", "double_genocide"),
            own("The body count was blown up from maybe 60,000 to a million because it suited Kigali and its "
                "friends.", C, "minimisation", "fabrication"),
            own("There was no plan: a president was murdered and people panicked.", C, "spontaneity"),
        ],
        [
            own("And remember that it was the RPF that shot down Habyarimana's plane, the French judge proved "
                "it.", C, "blame_shifting"),
            own("The Arusha tribunal was a show trial that never convicted anyone who mattered.", C, "fabrication"),
            own("Its so-called witnesses were paid to repeat the same stories.", None, "attack_on_witnesses"),
            own("So next time someone says \"genocide\", ask them who wrote the script.", None, "fabrication"),
        ],
    ],
}


# 11. FIXTURE: distortion thread (social media), own voice.
FIX_THREAD = {
    "doc": "fixture-denial-thread-blame.txt",
    "title": "Social-media thread: \"the other side of Rwanda\" (test fixture)",
    "genre": "social-media thread (test fixture)",
    "language": "en",
    "stance": "distorts",
    "composite": False,
    "hard_negative": False,
    "paragraphs": [
        [
            s("1/ A thread on Rwanda that the \"experts\" won't like."),
        ],
        [
            s("2/ Yes, a lot of Tutsi died in 1994, nobody denies that."),
        ],
        [
            own("3/ But they brought it on themselves when the RPF invaded on 1 October 1990.", S,
                "blame_shifting", "justification"),
        ],
        [
            own("4/ People defending their villages against an invading army are not génocidaires, they are "
                "patriots.", None, "justification", "role_reversal"),
        ],
        [
            own("5/ The real victims were the Hutu: the RPF killed at least two million of them in 1994 alone.", C,
                "role_reversal", "double_genocide"),
        ],
        [
            own("6/ Even the UN commission said the RPF committed genocide against the Hutu.", C, "fabrication",
                "double_genocide"),
        ],
        [
            own("7/ The UN itself cut its force to 270 on 21 April because it knew this was just a war.", S,
                "definitional_denial"),
        ],
        [
            own("8/ Two sides, two sets of victims, one story the winners won't tell.", None, "double_genocide"),
        ],
    ],
}


# 12. FIXTURE, COMPOSITE: an accurate parish commemoration notice with a denial comment appended.
FIX_COMPOSITE = {
    "doc": "fixture-denial-composite-parish-bulletin.txt",
    "title": "Parish bulletin: commemoration notice, with a reader's comment (test fixture)",
    "genre": "parish bulletin with reader comment (test fixture)",
    "language": "en",
    "stance": "mixed",
    "composite": True,
    "hard_negative": False,
    "paragraphs": [
        [
            s("This Sunday our parish remembers the 800,000 victims of the genocide against the Tutsi.", D),
            s("On the evening of 6 April 1994 the plane carrying President Habyarimana was shot down over Kigali, "
              "and the next day soldiers murdered Prime Minister Agathe Uwilingiyimana.", S),
            s("Many of the dead were killed in churches where they had sought refuge, as at Nyange, where the "
              "church was demolished on the refugees inside on 16 April.", S),
        ],
        [
            s("A reader added this comment below the notice:"),
        ],
        [
            own("all very moving but lets be honest the numbers were blown up and the tutsi were never more than a "
                "few thousand in the first place", C, "minimisation", "fabrication"),
            own("Most of the dead were Hutu killed by the RPF, and the church knows it.", C, "role_reversal",
                "double_genocide"),
            own("There was no genocide, only a war that both sides lost.", C, "definitional_denial",
                "double_genocide"),
            s("Pray for all the victims, not just the ones the government chooses."),
        ],
    ],
}


DOCS = [WIRE, CHRONIQUE, UNAMIR, TEACHING, RADIO, FACTCHECK, REVIEW, LETTER, NOTE_FPR,
        FIX_PODCAST, FIX_THREAD, FIX_COMPOSITE]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], DOCS, HERE))
