"""BM25 retrieval with MaxScore pruning (`retrieve._bm25_top`) gives exactly the top of the
full sum: the same documents, scores and order, whether or not a query's common terms are
only looked up for the candidates of its rarer ones."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from factfinder.check import retrieve


def _full_top(matrix: np.ndarray, counts: dict[int, int], pool: int) -> list[tuple[int, float]]:
    sums = np.zeros(matrix.shape[1], dtype=np.float64)
    for term, times in counts.items():
        sums += matrix[term].astype(np.float64) * times
    scores = sums.astype(np.float32)
    ranked = sorted((d for d in range(len(scores)) if scores[d] > 0), key=lambda d: (-scores[d], d))
    return [(d, float(scores[d])) for d in ranked[:pool]]


@st.composite
def corpora(draw):  # noqa: ANN001, ANN201
    n_terms = draw(st.integers(2, 8))
    n_docs = draw(st.integers(1, 60))
    # Each term in a share of the documents from rare to nearly all, scores on a coarse grid
    # so that equal scores (ties broken by document order) are common.
    seed = draw(st.integers(0, 2 ** 32 - 1))
    rng = np.random.default_rng(seed)
    matrix = np.zeros((n_terms, n_docs), dtype=np.float32)
    for term in range(n_terms):
        share = draw(st.sampled_from([0.0, 0.05, 0.2, 0.5, 0.9, 1.0]))
        held = rng.random(n_docs) < share
        matrix[term, held] = rng.choice([0.25, 0.5, 1.0, 1.5, 2.75, 3.0], size=int(held.sum()))
    counts = draw(st.dictionaries(st.integers(0, n_terms - 1), st.integers(1, 3), min_size=1, max_size=n_terms))
    pool = draw(st.integers(1, 12))
    return matrix, counts, pool


@settings(max_examples=300, deadline=None)
@given(corpora(), st.booleans())
def test_pruned_top_is_the_full_top(corpus, dense_rows):
    matrix, counts, pool = corpus
    terms = sparse.csr_matrix(matrix)
    terms.sort_indices()
    bounds = matrix.max(axis=1).astype(np.float64)
    dense = (lambda t: matrix[t].astype(np.float64)) if dense_rows else (lambda t: None)
    assert retrieve._bm25_top(terms, bounds, counts, pool, dense) == _full_top(matrix, counts, pool)


def test_a_common_word_is_only_looked_up_when_the_rare_words_decide(monkeypatch):
    # 400 documents hold "1994" (score 0.1); five hold the rare "ntarama" (score 5): the top 3 is
    # decided among those five, and the common word's list is not summed over.
    n_docs = 400
    matrix = np.zeros((2, n_docs), dtype=np.float32)
    matrix[0, :] = 0.1
    matrix[1, [7, 40, 99, 200, 333]] = [5.0, 4.0, 5.0, 3.0, 2.0]
    terms = sparse.csr_matrix(matrix)
    summed = []
    real = retrieve._bm25_sums

    def spy(indptr, indices, data, counts, scored, n):  # noqa: ANN001, ANN202
        summed.append(list(scored))
        return real(indptr, indices, data, counts, scored, n)

    monkeypatch.setattr(retrieve, "_bm25_sums", spy)
    top = retrieve._bm25_top(terms, matrix.max(axis=1).astype(np.float64), {0: 1, 1: 1}, 3)
    assert [d for d, _ in top] == [7, 99, 40]
    assert [round(s, 4) for _, s in top] == [5.1, 5.1, 4.1]
    assert summed == [[1]]   # only the rare term's list was summed
