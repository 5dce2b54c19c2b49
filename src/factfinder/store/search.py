"""Full-text search over passages: FTS5 with BM25 on SQLite, tsvector ranking on PostgreSQL.

Queries are words (all must occur), "quoted phrases", `word*` prefixes and OR.
Snippets come back with the matched terms' positions so every front end can
highlight them its own way.
"""

from __future__ import annotations

import re

from sqlalchemy import text as sql

from factfinder.store.db import Database

_OPEN, _CLOSE = "\x02", "\x03"
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


def fts5_query(query: str) -> str:
    """Turn what a person types into a safe FTS5 expression (no syntax errors, no injection)."""
    parts = []
    for phrase, word in _TOKEN.findall(query):
        if phrase:
            terms = re.findall(r"\w+", phrase)
            if terms:
                parts.append('"' + " ".join(terms) + '"')
            continue
        if word == "OR" and parts:
            parts.append("OR")
            continue
        prefix = word.endswith("*")
        for term in re.findall(r"\w+", word):
            parts.append(f'"{term}"' + ("*" if prefix else ""))
    while parts and parts[-1] == "OR":
        parts.pop()
    return " ".join(parts)


def _postgres_query(query: str) -> str:
    return " ".join(re.sub(r"\*", "", tok) for tok in query.split())


def _split_snippet(marked: str) -> tuple[str, list[list[int]]]:
    out, highlights, pos, start = [], [], 0, None
    for char in marked:
        if char == _OPEN:
            start = pos
        elif char == _CLOSE and start is not None:
            highlights.append([start, pos])
            start = None
        else:
            out.append(char)
            pos += 1
    return "".join(out), highlights


def search_passages(db: Database, query: str, limit: int = 20) -> list[dict]:
    if db.dialect == "sqlite":
        expression = fts5_query(query)
        if not expression:
            return []
        statement = sql(
            "SELECT p.id, p.source_id, p.start, p.\"end\", p.page, s.title, "
            f"snippet(passages_fts, 0, '{_OPEN}', '{_CLOSE}', '…', 24) AS snip, bm25(passages_fts) AS score "
            "FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid "
            "JOIN texts t ON t.id = p.text_id AND t.current "
            "JOIN sources s ON s.id = p.source_id "
            "WHERE passages_fts MATCH :q ORDER BY score LIMIT :limit")
        params = {"q": expression, "limit": limit}
    else:
        cleaned = _postgres_query(query)
        if not re.search(r"\w", cleaned):
            return []
        statement = sql(
            "WITH q AS (SELECT websearch_to_tsquery('simple', :q) AS tsq) "
            "SELECT p.id, p.source_id, p.start, p.\"end\", p.page, s.title, "
            f"ts_headline('simple', p.text, q.tsq, 'StartSel={_OPEN}, StopSel={_CLOSE}, MaxWords=35, MinWords=15, "
            "MaxFragments=2, FragmentDelimiter=…') AS snip, "
            "-ts_rank_cd(to_tsvector('simple', p.text), q.tsq) AS score "
            "FROM passages p JOIN texts t ON t.id = p.text_id AND t.current "
            "JOIN sources s ON s.id = p.source_id, q "
            "WHERE to_tsvector('simple', p.text) @@ q.tsq ORDER BY score, p.id LIMIT :limit")
        params = {"q": cleaned, "limit": limit}
    with db.read() as session:
        rows = session.execute(statement, params).all()
    results = []
    for row in rows:
        snippet, highlights = _split_snippet(row.snip or "")
        item = {"passage_id": row.id, "source_id": row.source_id, "title": row.title, "start": row.start,
                "end": row.end, "snippet": snippet, "highlights": highlights, "score": round(-float(row.score), 4)}
        if row.page is not None:
            item["page"] = row.page
        results.append(item)
    return results
