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


def _parse(query: str) -> list[tuple[str, list[str], bool]]:
    """What a person typed, as (kind, terms, prefix) items: kind is 'phrase', 'word' or 'or'.
    Only word characters survive, so no query can break the engine's syntax."""
    items: list[tuple[str, list[str], bool]] = []
    for phrase, word in _TOKEN.findall(query):
        if phrase:
            terms = re.findall(r"\w+", phrase)
            if terms:
                items.append(("phrase", terms, False))
        elif word == "OR":
            if items and items[-1][0] != "or":
                items.append(("or", [], False))
        else:
            prefix = word.endswith("*")
            items.extend(("word", [term], prefix) for term in re.findall(r"\w+", word))
    while items and items[-1][0] == "or":
        items.pop()
    return items


def fts5_query(query: str) -> str:
    """A safe FTS5 expression: terms quoted, implicit AND, OR kept, prefix*."""
    parts = []
    for kind, terms, prefix in _parse(query):
        parts.append("OR" if kind == "or" else '"' + " ".join(terms) + '"' + ("*" if prefix else ""))
    return " ".join(parts)


def tsquery(query: str) -> str:
    """The same query for PostgreSQL's to_tsquery: phrases with <->, prefixes with :*."""
    out: list[str] = []
    for kind, terms, prefix in _parse(query):
        if kind == "or":
            out.append("|")
            continue
        if out and out[-1] != "|":
            out.append("&")
        quoted = [f"'{t.lower()}'" for t in terms]
        out.append(("(" + " <-> ".join(quoted) + ")" if len(quoted) > 1 else quoted[0]) + (":*" if prefix else ""))
    return " ".join(out)


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
        cleaned = tsquery(query)
        if not cleaned:
            return []
        statement = sql(
            "WITH q AS (SELECT to_tsquery('simple', :q) AS tsq) "
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
