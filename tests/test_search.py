"""Full-text search over passages, ranked, with highlights and source titles."""

from __future__ import annotations

from factfinder.store.search import fts5_query


def _ingest(wb, tmp_path, name: str, text: str, title: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return wb.ingest([path], {"title": title})[0].source_id


def test_search_ranks_and_highlights(wb, tmp_path):
    best = _ingest(wb, tmp_path, "a.txt", "Massacre at Nyarubuye parish.\n\nThe Nyarubuye massacre left thousands "
                   "dead at Nyarubuye.\n", "Nyarubuye report")
    _ingest(wb, tmp_path, "b.txt", "A short mention of Nyarubuye among other places.\n\nUnrelated paragraph.\n",
            "Overview")
    results = wb.search("Nyarubuye massacre")
    assert [r["source_id"] for r in results][0] == best
    assert results[0]["title"] == "Nyarubuye report"
    top = results[0]
    highlighted = [top["snippet"][a:b].lower() for a, b in top["highlights"]]
    assert "nyarubuye" in highlighted and "massacre" in highlighted
    assert all(r["source_id"] != best or "massacre" in r["snippet"].lower() for r in results)
    assert len(results) == 2  # the overview's passage lacks "massacre"


def test_search_phrase_and_prefix(wb, tmp_path):
    _ingest(wb, tmp_path, "a.txt", "The presidential plane was shot down.\n\nA plane landed; the president spoke.\n",
            "Plane")
    assert len(wb.search('"presidential plane"')) == 1
    assert len(wb.search("presiden*")) == 2


def test_search_survives_syntax_characters(wb, tmp_path):
    _ingest(wb, tmp_path, "a.txt", "Resolution 912 (1994) reduced UNAMIR.\n", "UN")
    for query in ['"', "AND OR NOT", "912)", "(UNAMIR", "-*", "NEAR(", "'"]:
        wb.search(query)  # must not raise
    assert wb.search("UNAMIR 912")[0]["title"] == "UN"


def test_fts5_query_quotes_every_term():
    assert fts5_query('plane "shot down" Kig* OR') == '"plane" "shot down" "Kig"*'
    assert fts5_query("C.I.A.") == '"C" "I" "A"'


def test_tsquery_for_postgresql():
    from factfinder.store.search import tsquery

    assert tsquery('plane "shot down" Kig* OR x') == "'plane' & ('shot' <-> 'down') & 'kig':* | 'x'"
