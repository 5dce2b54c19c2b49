"""Rhetoric markers of denial, distortion and incitement (`factfinder.check.markers`).

FIXTURE WARNING: some strings below are short, generic examples of genocide denial or hate
speech, written for these tests. They are marked as such where they appear.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import numpy as np
import pytest

from factfinder.check import markers as mk
from factfinder.check.model import TECHNIQUES
from tests.conftest import read_seed

ROOT = Path(__file__).resolve().parents[1]

DENIAL_SEED = "000_2118157c6dff38a8.txt"
LESSONS_SEED = "003_bb2d16097b10f31c.txt"
SCHOLARSHIP_START = "The Rwandan Genocide was one of the most horrific"
AGAINST = mk.DENIAL_TECHNIQUES | mk.DISTORTION_TECHNIQUES


@pytest.fixture(scope="module")
def embed_sentences():
    embed = pytest.importorskip("factfinder.embed")

    def run(text: str):
        sentences = mk.simple_sentences(text)
        vectors = embed.encode([text[s:e] for s, e in sentences])
        return sentences, vectors

    return run


def detect(text: str, embed_sentences, attributions=None):
    sentences, vectors = embed_sentences(text)
    return mk.detect_markers(text, sentences, attributions=attributions, sentence_vectors=vectors)


def assert_own_voice(text: str, technique: str, embed_sentences) -> None:  # noqa: ANN001
    """`technique` is read in `text`, and every marker of it in the writer's own voice."""
    found = [m for m in detect(text, embed_sentences) if m.technique == technique]
    assert found and all(m.voice == "own" for m in found), detect(text, embed_sentences)


@pytest.fixture(scope="module")
def denial_seed(embed_sentences):
    text = read_seed(DENIAL_SEED)
    sentences, vectors = embed_sentences(text)
    return text, sentences, vectors, mk.detect_markers(text, sentences, sentence_vectors=vectors)


def test_shipped_model_was_trained_on_shipped_training_data():
    meta = json.loads((mk.DATA_DIR / "check_models.json").read_text(encoding="utf-8"))
    digest = hashlib.sha256((mk.DATA_DIR / "training.jsonl").read_bytes()).hexdigest()
    assert meta["training_sha256"] == digest, "run scripts/train_check_models.py after editing training.jsonl"
    assert meta["training_rows"] == len(mk.load_training())
    labelled = hashlib.sha256(mk.LABELLED_TRAINING.read_bytes()).hexdigest()
    assert meta["labelled_sha256"] == labelled, "run scripts/train_check_models.py after --collect"
    assert meta["labelled_rows"] == len(mk.load_training(mk.LABELLED_TRAINING))
    assert set(meta["classes"]["technique"]) == set(TECHNIQUES) | {"none"}
    arrays = np.load(mk.DATA_DIR / "check_models.npz", allow_pickle=False)   # plain arrays, no pickle
    assert arrays["technique_emb_coef"].shape == (len(TECHNIQUES) + 1, 384)


def test_labelled_set_rows_are_the_labelled_sets_and_never_the_held_out_ones():
    import importlib.util

    spec = importlib.util.spec_from_file_location("train_check_models", ROOT / "scripts" / "train_check_models.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    rows = mk.load_training(mk.LABELLED_TRAINING)
    # The file is what --collect writes from the sets as they are now.
    assert [{k: r[k] for k in ("text", "technique", "stance", "set", "doc")} for r in rows] == \
        [{k: r[k] for k in ("text", "technique", "stance", "set", "doc")} for r in script.labelled_rows()]
    sets = {r["set"] for r in rows}
    assert sets == set(script.LABELLED_SETS)
    assert not sets & (set(script.HELD_OUT) | {"check"})
    # A reported denial teaches the technique but not a denying stance; an own-voice one both.
    reported = [r for r in rows if r["technique"] != "none" and r["voice"] == "reported"]
    own = [r for r in rows if r["technique"] != "none" and r["voice"] == "own"]
    assert reported and all(r["stance"] == "neutral" for r in reported)
    assert own and {r["stance"] for r in own} == {"denies", "distorts"}
    assert all(r["stance"] == "denies" for r in own if r["technique"] in mk.DENIAL_TECHNIQUES)


def test_training_data_covers_every_technique_and_hard_negatives():
    rows = mk.load_training()
    counts = {t: sum(r["technique"] == t for r in rows) for t in TECHNIQUES}
    assert min(counts.values()) >= 10, counts
    assert sum(r["technique"] == "none" for r in rows) >= 120


def test_every_technique_has_a_cited_basis():
    catalogue = mk.techniques_catalogue()
    assert set(catalogue["techniques"]) == set(TECHNIQUES)
    for technique in TECHNIQUES:
        key, citation = mk.basis_for(technique)
        base = catalogue["bases"][key.split(":")[0]]
        assert base["url"].startswith("http") and base["quotes"] and citation
        assert catalogue["techniques"][technique]["definition"]
    assert "cockroach" in catalogue["terms"]["inyenzi"]["meaning"]
    assert "snake" in catalogue["terms"]["inzoka"]["meaning"]


def test_denial_seed_flags_the_spliced_denial(denial_seed):
    text, _, _, markers = denial_seed
    own = [m for m in markers if m.voice == "own"]
    found = {(m.technique, m.text) for m in own}
    assert any(t == "definitional_denial" and m.startswith("alleged") for t, m in found)
    assert any(t == "definitional_denial" and m.startswith("so-called") for t, m in found)
    assert ("fabrication", "C.I.A.-fabricated") in found
    assert any(t == "minimisation" and "twice the total number of Tutsis" in m for t, m in found)
    for m in markers:
        assert text[m.start:m.end] == m.text
        assert m.technique in TECHNIQUES and m.basis.split(":")[1] == m.technique and m.basis_citation


def test_denial_seed_scholarship_half_has_no_markers(denial_seed):
    text, _, _, markers = denial_seed
    cut = text.index(SCHOLARSHIP_START)
    assert [m.text for m in markers if m.start >= cut] == []


def test_lessons_learned_seed_has_no_markers(embed_sentences):
    assert detect(read_seed(LESSONS_SEED), embed_sentences) == []


HARD_NEGATIVES = [
    # scholarship criticising the ICTR
    "Scholars have long accused the ICTR of victor's justice because it never indicted RPF officers.",
    "The tribunal's selective prosecution left the crimes of the RPF unpunished.",
    "Not one member of the Rwandan Patriotic Front was ever prosecuted in Arusha.",
    # documentation of RPF killings
    "The Gersony mission estimated that the RPF killed tens of thousands of civilians between April and August 1994.",
    "At Kibeho in April 1995, RPA soldiers opened fire on a camp of displaced people, killing thousands.",
    "Human Rights Watch reported that RPF soldiers executed civilians at Byumba.",
    "The RPF crimes pale in comparison with the genocide against the Tutsi.",
    # 'alleged' about a person, 'so-called' about other things
    "The alleged génocidaire was arrested in France in 2020.",
    "Three alleged perpetrators of the genocide were extradited from the Netherlands.",
    "He was tried for his alleged genocide crimes in Butare.",
    "The so-called Turquoise zone became an escape route for the killers.",
    "The so-called Hutu Ten Commandments were printed in 1990.",
    # negated or acknowledging uses of the lexicon
    "The killings were not spontaneous; they were organised by local officials.",
    "Far from being tribal clashes, the massacres followed a plan.",
    "Only 300 of the 5,000 Tutsi who sought refuge in the church survived.",
    "The Security Council avoided the word \"genocide\" for weeks.",
    "Le TPIR a été critiqué pour n'avoir poursuivi aucun officier du FPR.",
    "Critics of the so-called “genocide ideology” law say it is used to silence dissent.",
    "The real victims of the tribunal's selectivity are the Hutu families who lost relatives to RPF soldiers.",
    "In the 1960s, exiled Tutsi fighters known as Inyenzi raided Rwanda from Burundi.",
    "The massacres were carried out with a speed that excludes any idea of spontaneous violence.",
    "The majority of the victims of the RPF's reprisals were Hutu civilians.",
    "Slaughter by the Tutsi RPF During the Genocide",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_get_no_own_voice_denial_marker(text, embed_sentences):
    own = [(m.technique, m.text) for m in detect(text, embed_sentences) if m.voice == "own" and m.technique in AGAINST]
    assert own == []


# FIXTURE: texts that quote hate speech or denial in order to report or condemn it.
REPORTED = [
    ("RTLM told its listeners that the inyenzi had to be exterminated.", "dehumanisation"),
    ("The prosecution showed that Kangura called the Tutsi cockroaches.", "dehumanisation"),
    ("Revisionist authors speak of a double genocide, but no serious historian accepts that thesis.",
     "double_genocide"),
    ("The defence argued that the massacres were spontaneous, a claim the Trial Chamber rejected.", "spontaneity"),
    ("Genocide denial often begins by calling the killings \"tribal clashes\".", "spontaneity"),
    ("Les négationnistes prétendent que le génocide était un mensonge.", "fabrication"),
    ("The broadcaster urged listeners to \"finish the work\" in the last weeks of June.", "call_to_action"),
    ("Deniers claim the toll was exaggerated, but the census refutes them.", "minimisation"),
    ("The government described the first massacres of 1990 as spontaneous reactions of the population.",
     "spontaneity"),
    ("“Kill the cockroaches” was a slogan shouted at roadblocks.", "call_to_action"),
]


@pytest.mark.parametrize("text,technique", REPORTED)
def test_quoted_or_reported_rhetoric_is_reported_voice(text, technique, embed_sentences):
    markers = detect(text, embed_sentences)
    assert any(m.technique == technique for m in markers), markers
    assert all(m.voice == "reported" for m in markers), markers


# FIXTURE: short, generic own-voice examples of denial, distortion and incitement.
OWN = [
    ("The alleged genocide has become a tool to silence every critic of Kigali.", "definitional_denial"),
    ("There was no genocide in Rwanda, only a civil war.", "definitional_denial"),
    ("The genocide hoax was cooked up by Western intelligence.", "fabrication"),
    ("Only about 50,000 Tutsis died, most of them in the fighting.", "minimisation"),
    ("The death toll has been massively inflated by the regime.", "minimisation"),
    ("There were two genocides, and the second one is still denied.", "double_genocide"),
    ("It was the Hutu who were the real victims of 1994.", "role_reversal"),
    ("The massacres were spontaneous acts of rage after the president was killed.", "spontaneity"),
    ("It was nothing but tribal clashes between two peoples.", "spontaneity"),
    ("The so-called survivors are paid to repeat the same story.", "attack_on_witnesses"),
    ("Kagame killed as many Tutsis as anyone and then blamed the killings on the Hutu.", "blame_shifting"),
    ("After years of attacks, the killings were an understandable reaction.", "justification"),
    ("These inyenzi will be crushed.", "dehumanisation"),
    ("Tutsi infiltrators were planning to kill all the Hutu in the commune.", "accusation_in_mirror"),
    ("They must all be killed, even the babies.", "call_to_action"),
    ("Le soi-disant génocide des Tutsi est une invention du FPR.", "definitional_denial"),
    ("Les chiffres du génocide sont largement exagérés.", "minimisation"),
    ("They claim a million died, but the death toll has been grossly exaggerated.", "minimisation"),
    ("The génocidaires are national heroes who saved the republic.", "justification"),
    ("Most of the victims of 1994 were probably Hutu, not Tutsi.", "minimisation"),
]


@pytest.mark.parametrize("text,technique", OWN)
def test_own_voice_rhetoric_is_flagged(text, technique, embed_sentences):
    markers = detect(text, embed_sentences)
    assert any(m.technique == technique and m.voice == "own" for m in markers), markers


def test_attribution_mentions_make_a_marker_reported(embed_sentences):
    # FIXTURE: reported denial.
    text = "At his trial, the former mayor said that the massacres were a hoax invented by foreigners."
    start = text.index("the massacres")
    attribution = {"type": "attribution", "start": 12, "end": 36,
                   "normalized": {"speaker": "the former mayor", "content_start": start, "content_end": len(text) - 1}}
    plain = detect(text, embed_sentences)
    attributed = detect(text, embed_sentences, attributions=[attribution])
    assert attributed and all(m.voice == "reported" for m in attributed)
    assert {m.technique for m in plain} == {m.technique for m in attributed}


def test_scare_quotes_are_the_writers_own_but_titles_are_not():
    # FIXTURE: scare-quoted "genocide" (denial) next to a report title that names the genocide.
    text = ("The official “genocide” story has never been examined. "
            "See the report “Rwanda: The Preventable Genocide” (2000).")
    sentences = mk.simple_sentences(text)
    markers = mk.detect_markers(text, sentences, sentence_vectors=np.zeros((len(sentences), 384), np.float32))
    assert [(m.technique, m.text, m.voice) for m in markers] == [("definitional_denial", "“genocide”", "own")]


def test_markers_without_embeddings_fall_back_to_rules_and_tfidf(monkeypatch):
    from factfinder import embed

    def unavailable(texts, batch_size=64):
        raise embed.EmbeddingsUnavailable("not installed")

    monkeypatch.setattr(embed, "encode", unavailable)
    mk._LAST.clear()
    text = "The so-called genocide was a CIA-fabricated story."   # FIXTURE: denial
    markers = mk.detect_markers(text, mk.simple_sentences(text))
    assert {m.technique for m in markers} >= {"definitional_denial", "fabrication"}


def test_processing_a_long_text_is_fast_beyond_embedding(denial_seed):
    text, sentences, vectors, _ = denial_seed
    assert len(text.split()) > 4500
    mk._LAST.clear()
    mk.detect_markers(text, sentences, sentence_vectors=vectors)   # warm the model arrays
    mk._LAST.clear()
    t0 = time.perf_counter()
    mk.detect_markers(text, sentences, sentence_vectors=vectors)
    elapsed = time.perf_counter() - t0
    assert elapsed < 2.0, elapsed   # ~0.4 s measured on one busy core


def test_simple_sentences_keep_offsets():
    text = "Dr. Smith arrived in Kigali. The U.S. embassy closed! Was it late?\nNew paragraph here."
    spans = mk.simple_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Dr. Smith arrived in Kigali.", "The U.S. embassy closed!",
                                              "Was it late?", "New paragraph here."]


def test_classifier_flags_paraphrases_the_rules_miss(embed_sentences):
    # FIXTURE: killing as self-defence with none of the rule patterns. The labelled sets file it under
    # role reversal (victims as aggressors) or justification, and the classifier learned both.
    markers = detect("The farmers were only protecting their land from an invading army.", embed_sentences)
    assert [(m.voice, m.method) for m in markers] == [("own", "classifier")]
    assert markers[0].technique in ("role_reversal", "justification")


@pytest.mark.parametrize("text", [
    "THE WITNESS AND THE TRIAL",
    "It finds that genocide against the Tutsi was committed by Hutu elements and that crimes against "
    "humanity were committed by individuals on both sides.",
])
def test_classifier_alone_stays_silent_on_headings_and_acknowledgement(text, embed_sentences):
    assert detect(text, embed_sentences) == []


def test_runtime_tfidf_equals_sklearn():
    from sklearn.feature_extraction.text import TfidfVectorizer

    model = mk.sentence_model()
    params = dict(mk.TFIDF_PARAMS)
    params.pop("min_df")
    reference = TfidfVectorizer(vocabulary=model.meta["tfidf_vocabulary"], **params)
    reference.idf_ = np.asarray(model.meta["tfidf_idf"])
    texts = ["The so-called  genocide was a HOAX!", "Le génocide des Tutsi, 1994.", "a", ""]
    assert np.allclose(model.vectorizer.transform(texts), reference.transform(texts).toarray())


# FIXTURE: denial, distortion and incitement in ordinary wording (no technical vocabulary).
OWN_ORDINARY = [
    ("The genocide story was manufactured by the RPF and its Western friends.", "fabrication"),
    ("The genocide was a hoax.", "fabrication"),
    ("The million dead are the lies of the victors.", "fabrication"),
    ("Le génocide est une invention de la propagande du FPR.", "fabrication"),
    ("They had it coming after years of attacks.", "justification"),
    ("The Hutu had no choice but to defend themselves.", "justification"),
    ("The RPF is responsible for the deaths.", "blame_shifting"),
    ("Kagame provoked the massacres by shooting down the plane.", "blame_shifting"),
    ("Only a few tens of thousands died.", "minimisation"),
    ("The figures are vastly inflated.", "minimisation"),
    ("Les chiffres sont largement gonflés.", "minimisation"),
    ("The Tutsi were preparing to exterminate the Hutu.", "accusation_in_mirror"),
    ("The Tutsi extremists had prepared a plan to exterminate the Hutu majority.", "accusation_in_mirror"),
    ("Finish the job.", "call_to_action"),
    ("Brothers, exterminate them all.", "call_to_action"),
    ("It is time to clear out the cockroaches from every hill.", "call_to_action"),
    ("There was no genocide.", "definitional_denial"),
    ("What happened was war, not genocide.", "definitional_denial"),
    ("The 'genocide' is a story for tourists.", "definitional_denial"),
    ("Ce fut une guerre, pas un génocide.", "definitional_denial"),
    ("Both sides were equally guilty of genocide.", "double_genocide"),
    ("The Hutu population was only defending its hills against the invaders.", "role_reversal"),
    ("It was an outburst of popular anger after the president was murdered.", "spontaneity"),
    ("The survivors' testimonies are lies learned by heart.", "attack_on_witnesses"),
]


@pytest.mark.parametrize("text,technique", OWN_ORDINARY)
def test_ordinary_wording_is_flagged(text, technique, embed_sentences):
    markers = detect(text, embed_sentences)
    assert any(m.technique == technique and m.voice == "own" for m in markers), markers


# The technique's words mentioned in order to reject them: no marker at all.
MENTION_TO_REJECT = [
    "RPF crimes, however grave, do not make the genocide a “double genocide”.",
    "Parler de « second génocide » serait une erreur.",
    "Deniers seek to recast the killing as self-defence.",
    "It would be wrong to call the RPF reprisals a second genocide.",
    "What deniers call tribal clashes was a planned extermination.",
    "The deniers' claim that the toll was inflated has been refuted.",
    "The so-called double genocide thesis is a form of denial.",
]


@pytest.mark.parametrize("text", MENTION_TO_REJECT)
def test_mentioning_to_reject_is_no_marker(text, embed_sentences):
    assert detect(text, embed_sentences) == []


# FIXTURE: slurs quoted or glossed in texts that report or condemn them.
QUOTED_SLURS = [
    "RTLM called the Tutsi inyenzi, cockroaches, and told listeners the graves were not yet full.",
    "Extremist media called Tutsi inyenzi (cockroaches).",
    "The word inyenzi, cockroach, became the standard slur on the radio.",
]


@pytest.mark.parametrize("text", QUOTED_SLURS)
def test_quoted_slurs_are_reported(text, embed_sentences):
    markers = detect(text, embed_sentences)
    assert any(m.technique == "dehumanisation" for m in markers), markers
    assert all(m.voice == "reported" for m in markers), markers


def test_previous_sentence_names_whose_view_it_is(embed_sentences):
    # FIXTURE: a scholar summarising deniers over two sentences.
    text = ("Negationists have a small repertoire. They say the toll was grossly exaggerated "
            "and that the killings were spontaneous.")
    markers = detect(text, embed_sentences)
    assert markers and all(m.voice == "reported" for m in markers), markers


HARD_NEGATIVES_ORDINARY = [
    "The RPF is responsible for the deaths of tens of thousands of Hutu civilians.",
    "The ICTR never indicted an RPF officer, a failure critics call victor's justice.",
    "Some testimonies at gacaca were fabricated to settle scores.",
    "The genocide did not happen overnight; it was prepared for years.",
    "Hutu extremists used the RPF invasion as a pretext to prepare the massacres.",
    "Responsibility for shooting down the plane remains disputed.",
    "The Tutsi who fled to Bisesero defended themselves for weeks.",
    "The UN Mapping Report documented killings of Hutu refugees in Zaire.",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES_ORDINARY)
def test_ordinary_hard_negatives_stay_clean(text, embed_sentences):
    assert [(m.technique, m.text) for m in detect(text, embed_sentences) if m.voice == "own"] == []


# FIXTURE: short own-voice denial in forum wording (round 3 rules), written for these tests.
OWN_FORUM = [
    ("It was the rebels who began the massacres, and afterwards they cried genocide.", "blame_shifting"),
    ("They cried genocide to win sympathy.", "role_reversal"),
    ("No more than 20,000 people died there.", "minimisation"),
    ("People died on both sides.", "double_genocide"),
    ("No one has ever produced the names of all those bodies.", "fabrication"),
    ("Those village hearings were lynch courts full of trumped-up charges.", "attack_on_witnesses"),
    ("The minister only confessed because he was threatened.", "attack_on_witnesses"),
    ("The observers on the ground found no genocide.", "definitional_denial"),
    ("The victims perished in the fighting, not from a deliberate plan.", "spontaneity"),
    ("Look at who armed the rebels; draw your own conclusions about the war.", "blame_shifting"),
]


@pytest.mark.parametrize("text,technique", OWN_FORUM)
def test_forum_wording_is_flagged(text, technique, embed_sentences):
    markers = detect(text, embed_sentences)
    assert any(m.technique == technique and m.voice == "own" for m in markers), markers


# FIXTURE: hate-media wording quoted in a history: found, and reported.
QUOTED_PROPAGANDA = [
    ("The paper told its readers: 'Have no pity for the Tutsi.'", "call_to_action"),
    ("The editorial called the Tutsi bloodthirsty and said they wanted to restore the monarchy.",
     "accusation_in_mirror"),
]


@pytest.mark.parametrize("text,technique", QUOTED_PROPAGANDA)
def test_quoted_propaganda_is_reported(text, technique, embed_sentences):
    markers = detect(text, embed_sentences)
    assert any(m.technique == technique for m in markers), markers
    assert all(m.voice == "reported" for m in markers), markers


def test_factcheck_label_reports_the_claim(embed_sentences):
    # FIXTURE: a fact-check quoting the claim it reviews.
    markers = detect('Viral claim: "At most 10,000 people died."', embed_sentences)
    assert markers and all(m.voice == "reported" for m in markers), markers


HARD_NEGATIVES_FORUM = [
    "The RPF started the war in October 1990 by invading from Uganda.",
    "At most 300 people survived the massacre at the church.",
    "Only 2,700 peacekeepers remained after the Security Council vote.",
    "Soldiers died on both sides of the front line.",
    "Nobody has ever found the list of RPF victims that Gersony compiled.",
    "Gacaca hearings were popular courts held on the grass of each village.",
    "Investigators found no genocide-era documents in the building.",
    "The propaganda taught listeners to see the killing as self-defence.",
    "The government jailed critics on fabricated charges.",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES_FORUM)
def test_forum_hard_negatives_stay_clean(text, embed_sentences):
    assert [(m.technique, m.text) for m in detect(text, embed_sentences) if m.voice == "own"] == []


# FIXTURE (round 4): own-voice denial, distortion and incitement in wording the earlier rules missed,
# written for these tests from the techniques' published definitions.
OWN_ROUND4 = [
    ("The death toll has been blown out of all proportion by the government in Kigali.", "minimisation"),
    ("The mass graves hold far fewer bodies than the memorials claim.", "minimisation"),
    ("For every Tutsi killed, a Hutu was killed too.", "double_genocide"),
    ("Everyone was killing everyone, and there were no innocents on either side.", "double_genocide"),
    ("The Tutsi now pose as victims when they were the ones holding the guns.", "role_reversal"),
    ("Nobody organised anything; peasants simply lost their heads after the plane was shot down.", "spontaneity"),
    ("What happened in Rwanda does not meet the legal definition of genocide.", "definitional_denial"),
    ("Les événements de 1994 ne relèvent pas du génocide mais d'une guerre civile.", "definitional_denial"),
    ("The whole story was cooked up in Washington and London to put Kagame in power.", "fabrication"),
    ("You cannot believe a word from these professional victims.", "attack_on_witnesses"),
    ("If the RPF had not attacked, no Tutsi would have died.", "blame_shifting"),
    ("La responsabilité du drame incombe entièrement au FPR.", "blame_shifting"),
    ("The population rose up to protect itself, and who can blame them?", "justification"),
    ("After decades of Tutsi oppression, the anger of the Hutu was only natural.", "justification"),
    ("Les Tutsi préparent notre extermination.", "accusation_in_mirror"),
    ("They are coming to kill your children and take your land.", "accusation_in_mirror"),
    ("Clear the bushes: the tall trees must be cut.", "call_to_action"),
    ("Don't let a single one escape.", "call_to_action"),
]


@pytest.mark.parametrize("text,technique", OWN_ROUND4)
def test_round4_wording_is_flagged(text, technique, embed_sentences):
    markers = detect(text, embed_sentences)
    assert any(m.technique == technique and m.voice == "own" for m in markers), markers


# FIXTURE (round 4): exhortations and accusations quoted by those who report them.
REPORTED_ROUND4 = [
    ("RTLM told its listeners to \"go to work\" and to search every house.", "call_to_action"),
    ("The broadcasts urged Hutu to clear the bushes of the enemy.", "call_to_action"),
    ("Kangura warned its readers that the Tutsi were preparing to exterminate the Hutu.", "accusation_in_mirror"),
    ("Some French commentators still speak of a double genocide in Rwanda.", "double_genocide"),
]


@pytest.mark.parametrize("text,technique", REPORTED_ROUND4)
def test_round4_reported_rhetoric_is_found_and_reported(text, technique, embed_sentences):
    markers = [m for m in detect(text, embed_sentences) if m.technique == technique]
    assert markers and all(m.voice == "reported" for m in markers), markers


HARD_NEGATIVES_ROUND4 = [
    "Scholars debate whether the RPF's crimes in Congo could amount to genocide, as the Mapping Report suggested.",
    "The genocide did not erupt spontaneously: it was prepared for years.",
    "The genocide did not begin in a vacuum: the civil war and the Burundian crisis shaped it.",
    "The court found that the phrase 'go to work' meant to kill Tutsi.",
    "Many perpetrators later said they had been forced to kill by local officials.",
    "Historians reject the thesis of a double genocide.",
    "Le FPR a commis des crimes de guerre contre des civils hutu, documentés par l'équipe Gersony.",
    "Some gacaca testimonies were later found to be false, and rights groups criticised the courts.",
    "The soldiers said they had been ordered to kill their neighbours or be killed themselves.",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES_ROUND4)
def test_round4_hard_negatives_stay_clean(text, embed_sentences):
    assert [(m.technique, m.text) for m in detect(text, embed_sentences) if m.voice == "own"] == []


# ---- round 5: the topic of the sentences around, more denial and incitement wording -----------------
# FIXTURE WARNING: the strings below are short, generic denial and incitement examples written for
# these tests; they quote no one.

def rules_only(text: str):
    sentences = mk.simple_sentences(text)
    return [(m.technique, m.voice) for m in mk.detect_markers(text, sentences, use_embeddings=False)]


def test_a_sentence_takes_the_topic_of_the_sentences_before_it():
    alone = "The famous figure of a million dead was fabricated in Kigali to extract aid."
    assert rules_only(alone) == []   # no word says what it is about: fabricated evidence, a fraud case?
    in_context = "This blog is about what really happened in Rwanda in 1994. " + alone
    assert ("fabrication", "own") in rules_only(in_context)


@pytest.mark.parametrize("text,technique", [
    ("Le véritable génocide est celui des Hutu, commis par l'armée de Kagame.", "double_genocide"),
    ("The RPF alone killed well over a million Hutu between 1990 and 1994.", "double_genocide"),
    ("In Rwanda the RPF killed at least as many Hutu as the militias killed Tutsi.", "double_genocide"),
    ("The plane was shot down by the RPF, and everything that followed in Rwanda was Tutsi provocation.",
     "blame_shifting"),
    ("Whoever hides them is an accomplice and will share their fate.", "call_to_action"),
    ("Defend yourselves before they strike first.", "call_to_action"),
    ("Every household must guard its road tonight and make sure not one of them gets through.", "call_to_action"),
    ("Even the UN commission found no plan to destroy the Tutsi.", "spontaneity"),
])
def test_round5_wording_is_flagged(text, technique):
    assert (technique, "own") in rules_only(text)


@pytest.mark.parametrize("text", [
    "The real genocide against the Tutsi began on 7 April 1994.",             # acknowledges it
    "Crimes of that kind call for prosecutions, not for a second genocide label.",
    "Se souvenir, c'est refuser les mots qui effacent : ceux qui parlent de « double génocide ».",
    "The staff must be ready for the inspection of the roads tomorrow.",
    "Anti-Tutsi propaganda was fed to the masses through RTLM, and the Hutus went house to house to kill.",
    "RPA soldiers killed tens of thousands of civilians in 1994, Human Rights Watch estimated.",
])
def test_round5_hard_negatives_get_no_own_voice_marker(text):
    assert [m for m in rules_only(text) if m[1] == "own"] == []


def test_a_whole_utterance_in_straight_single_quotes_is_reported():
    text = "A listener wrote in: 'There was no genocide in Rwanda, just a civil war that both sides lost.'"
    found = rules_only(text)
    assert found and all(voice == "reported" for _, voice in found)
    # A short phrase in single quotes is a scare quote, the writer's own.
    assert ("definitional_denial", "own") in rules_only("A thread on the 'Rwanda genocide' story they feed you.")


# FIXTURE: short, generic lines of an explainer that voices each myth before answering it.
@pytest.mark.parametrize("text,technique", [
    ("TOM: Right, so the first thing you hear is that the death toll was wildly exaggerated.", "minimisation"),
    ("The next line is that it was a civil war, so really you had two genocides.", "double_genocide"),
    ("On entend souvent dire que le bilan a été largement exagéré.", "minimisation"),
])
def test_a_myth_introduced_as_commonly_heard_is_reported(text, technique):
    found = rules_only(text)
    assert (technique, "reported") in found and ("own" not in {voice for _, voice in found}), found


def test_without_the_heard_frame_the_same_myth_is_the_writers_own():
    assert ("minimisation", "own") in rules_only("The death toll was wildly exaggerated.")
    # The frame opening the sentence also covers a marker laid on the whole sentence.
    text = "TOM: Last one, and it's everywhere: the RPF shot down the plane, so the RPF is to blame for it all."
    assert mk.marker_voice(text, (0, len(text)), 0, len(text), False, [], [], [], "blame_shifting")[0] == "reported"
    plain = "The RPF shot down the plane, so the RPF is to blame for it all."
    assert mk.marker_voice(plain, (0, len(plain)), 0, len(plain), False, [], [], [], "blame_shifting")[0] == "own"


@pytest.mark.parametrize("text,technique", [
    # FIXTURE: own-voice justification and attacks on witnesses.
    ("If Hutu peasants took up machetes, it was because the invaders had murdered their president.", "justification"),
    ("Si des paysans hutu se sont défendus, c'était contre une invasion venue d'Ouganda.", "justification"),
    ("Si des paysans hutu se sont défendus, c'était contre une invasion venue d'Ouganda.", "role_reversal"),
    ("Au Rwanda, les prétendus témoins du TPIR récitaient des leçons apprises par cœur.", "attack_on_witnesses"),
])
def test_round7_wording_is_flagged(text, technique):
    assert (technique, "own") in rules_only(text)


@pytest.mark.parametrize("text", [
    "The killings in Rwanda were organised. That is not what a sudden outburst of anger looks like.",
    "If RPF soldiers killed civilians at Kibeho, the inquiry must say who gave the order.",
])
def test_round7_hard_negatives_get_no_own_voice_marker(text):
    assert [m for m in rules_only(text) if m[1] == "own"] == []


def test_rule_matches_computed_beforehand_give_the_same_markers():
    text = read_seed(DENIAL_SEED)
    sentences = mk.simple_sentences(text)
    matches = mk.rule_matches(text, sentences)
    assert sum(map(len, matches)) >= 5   # the seed's denial half matches rules
    mk._LAST.clear()
    direct = mk.detect_markers(text, sentences, "en", use_embeddings=False)
    mk._LAST.clear()
    given = mk.detect_markers(text, sentences, "en", use_embeddings=False, matches=matches)
    assert [(m.start, m.end, m.technique, m.voice) for m in given] == \
        [(m.start, m.end, m.technique, m.voice) for m in direct]


@pytest.mark.parametrize("text,technique", [
    # FIXTURE: short own-voice distortion and denial in wording the earlier rules missed.
    ("More Hutu than Tutsi died in Rwanda in 1994, full stop.", "minimisation"),
    ("The RPF's killing of Hutu was every bit as systematic.", "double_genocide"),
    ("It was the RPF's invasion that made the massacres inevitable.", "blame_shifting"),
    ("Kigali's present rulers bear the larger share of the blame for the genocide.", "blame_shifting"),
    ("Le FPR a abattu l'avion présidentiel : c'est lui, et lui seul, qui a déclenché la tragédie.", "blame_shifting"),
    ("The survivor accounts of the genocide were collected by the RPF's own intelligence services.",
     "attack_on_witnesses"),
    ("In Rwanda what followed was panic, and farmers feared being killed.", "spontaneity"),
    ("Meanwhile the RPF slaughtered at least two million Hutu.", "double_genocide"),
])
def test_round7_rules_flag_new_wording(text, technique):
    assert (technique, "own") in rules_only(text)


@pytest.mark.parametrize("text", [
    "Documenting those killings is necessary; turning them into a mirror genocide is denial.",
    "Survivor testimonies collected by African Rights in 1994 remain a key source on the genocide.",
    "The Hutu Power propaganda made the massacres almost inevitable once the plane was shot down.",
    "Human Rights Watch found that RPF soldiers killed thousands of civilians; the killings were not as systematic.",
    "A chapter on witnesses of the genocide dismisses survivors as “coached performers paid by Kigali.”",
])
def test_round7_documentation_and_reviews_get_no_own_voice_marker(text):
    assert [m for m in rules_only(text) if m[1] == "own"] == []


def test_a_finding_cited_as_support_keeps_the_claim_the_writers_own():
    # FIXTURE: a false attribution used as support.
    text = "But the UN's own experts found that both sides committed genocide in Rwanda in 1994."
    start = text.index("both sides")
    found = {"type": "attribution", "start": 4, "end": start,
             "normalized": {"speaker": "the UN's own experts", "verb": "found", "content_start": start,
                            "content_end": len(text) - 1}}
    said = {**found, "normalized": {**found["normalized"], "verb": "said"}}
    assert mk.marker_voice(text, (0, len(text)), start, start + 30, False, [], [], [found], "double_genocide")[0] == "own"
    assert mk.marker_voice(text, (0, len(text)), start, start + 30, False, [], [], [said], "double_genocide")[0] == \
        "reported"
