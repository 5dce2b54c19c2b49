"""The extraction's quick paths give what spaCy's own give.

- the attribute ruler's matcher (`pipeline._RulerMatcher`, installed by `load_model`) finds the
  matches spaCy's `Matcher` finds, and the annotated tokens (tag, POS, morphology, lemma,
  dependency, entities) are those of the model as shipped;
- its matrix products run on numpy's BLAS, not thinc's BLIS (`pipeline._numpy_blas`), with the
  same annotations in English and French;
- batches that grow (`max_batch_size`) change nothing that `extract` returns;
- the sentences handed to `build_claims` read their passage's text as spaCy's `Doc.text` does.
"""

from __future__ import annotations

import warnings

import pytest

from factfinder.extract.pipeline import MODELS, Extractor, _RulerMatcher, load_model
from tests.test_check_speed_paths import _passages

TEXT = ("On 7 April 1994 soldiers killed 12 people at the parish church in Kigali, witnesses said. "
        "The report describes the situation in Butare in great detail.\n\n"
        "I ain't gonna say it wasn't planned: they'd have done it anyway, y'all know that. Let's "
        "not pretend nothin' happened. It is what it is; there were 5,000 men there. But, I'd say "
        "he has had his doubts, and she did too.  \n\n"
        "About 800,000 people were killed in the genocide. Human Rights Watch estimated that 500,000 "
        "people were killed. Gotta ask: who gets the blame? Everyone got something wrong.\n\n"
        "On 6 April 1994 the plane carrying President Habyarimana was shot down near Kigali airport.\n")



def _tokens(doc) -> list[tuple]:  # noqa: ANN001
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_,
             t.is_sent_start) for t in doc]


@pytest.fixture(scope="module")
def shipped():
    import spacy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return spacy.load(MODELS["en"])


def test_the_ruler_matcher_finds_what_spacys_matcher_finds(shipped):
    ruler = shipped.get_pipe("attribute_ruler")
    fast = _RulerMatcher.compile(ruler)
    assert fast is not None   # the English model's patterns are all of kinds it reads
    texts = [TEXT[s:e] for s, e in _passages(TEXT)] + ["  ", "gon na go", "y' all", "ai n't"]
    for doc in shipped.pipe(texts, disable=["attribute_ruler", "lemmatizer"]):
        assert fast.match(doc) == ruler.match(doc)


def test_the_loaded_model_annotates_every_token_as_the_shipped_one(shipped):
    nlp = load_model("en")
    assert getattr(nlp.get_pipe("attribute_ruler"), "_factfinder_fast", False)
    # The shipped model multiplies with BLIS, ours with numpy: the comparison below covers both changes.
    assert type(shipped.get_pipe("ner").model.ops).__name__ == "NumpyOps"
    assert shipped.get_pipe("ner").model.ops.use_blis is True
    assert all(node.ops.use_blis is False for _, c in nlp.pipeline if getattr(c, "model", None) is not None
               and hasattr(c.model, "walk") for node in c.model.walk())
    texts = [TEXT[s:e] for s, e in _passages(TEXT)]
    for ours, theirs in zip(nlp.pipe(texts), shipped.pipe(texts)):
        assert _tokens(ours) == _tokens(theirs)


def test_a_ruler_with_patterns_it_does_not_read_keeps_spacys_matcher(shipped):
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"POS": "NOUN"}]], {"TAG": "NN"})   # POS: not among the fields it compares
    assert _RulerMatcher.compile(ruler) is None
    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "a"})   # operators: neither
    assert _RulerMatcher.compile(ruler) is None


def test_growing_batches_change_nothing_and_hand_over_every_passage():
    extractor = Extractor()
    passages = _passages(TEXT)
    handed: list[list[tuple[int, int]]] = []
    grown = extractor.extract(TEXT, "en", passages, on_sentences=handed.append, batch_size=1, max_batch_size=2,
                              named_facts=True)
    plain = extractor.extract(TEXT, "en", passages, named_facts=True)
    assert len(handed) == len(passages)
    assert [span for spans in handed for span in spans] == [(s, e) for s, e, _ in plain.sentences]
    assert (grown.mentions, grown.claims, grown.sentences, grown.warnings) == \
        (plain.mentions, plain.claims, plain.sentences, plain.warnings)


def test_claim_subjects_are_read_from_the_source_text_as_spacy_reads_them():
    # build_claims takes a subject's words from the source text by offsets rather than from
    # spaCy's `doc.text` (which joins every token again on each call): the same words.
    text = "Introduction.\n\nOn 7 April 1994 soldiers of the Presidential Guard killed the Prime Minister in Kigali.\n"
    result = Extractor().extract(text, "en", _passages(text))
    subjects = [c["slots"]["subject"] for c in result.claims]
    doc = load_model("en")(text[15:102])
    root = next(doc.sents).root
    subject = next(c for c in root.children if c.dep_ in ("nsubj", "nsubjpass"))
    tokens = list(subject.subtree)
    expected = doc.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]
    assert subjects == [expected] and expected.endswith("soldiers of the Presidential Guard")


FRENCH = ("Le 7 avril 1994, des militaires ont tué la Première ministre Agathe Uwilingiyimana à Kigali. "
          "Selon Human Rights Watch, au moins 500 000 personnes ont été tuées.\n\n"
          "Le rapport Duclert, remis le 26 mars 2021, conclut à des « responsabilités lourdes et "
          "accablantes » de la France. La Cour de cassation a confirmé le non-lieu le 15 février 2022.\n")


def test_the_french_model_on_numpy_blas_annotates_as_shipped():
    import spacy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        shipped_fr = spacy.load(MODELS["fr"])
    nlp = load_model("fr")
    assert nlp.get_pipe("ner").model.ops.use_blis is False
    texts = [FRENCH[s:e] for s, e in _passages(FRENCH)]
    ours, theirs = list(nlp.pipe(texts)), list(shipped_fr.pipe(texts))
    assert [_tokens(d) for d in ours] == [_tokens(d) for d in theirs]
    assert any(e.text == "Agathe Uwilingiyimana" for e in ours[0].ents)
