"""A check report as one self-contained HTML page, and as ClaimReview JSON-LD.

The HTML page has no external asset and no script: the text with its claims and markers
highlighted, and beside each highlighted part the verdict, the evidence with its sources and
credibility, or the marker's technique and its published basis. It can be mailed, archived
or opened offline years later.

ClaimReview (https://schema.org/ClaimReview) is what fact-checkers publish so that search
engines and other checkers can find a verdict; one review per checked claim.
"""

from __future__ import annotations

import html
from datetime import datetime, timezone

from factfinder import __version__
from factfinder.check.model import CheckReport

VERDICT_LABELS = {
    "supported": "Supported by the record",
    "contradicted": "Contradicted by the record",
    "disputed": "Disputed: the record's sources disagree",
    "not_in_record": "Not in the record",
}
# ClaimReview needs a numeric rating; this scale is ours and is stated in each review.
VERDICT_RATING = {"contradicted": 1, "disputed": 2, "not_in_record": 3, "supported": 4}
STANCE_LABELS = {
    "acknowledges": "acknowledges the crimes",
    "denies": "denies",
    "distorts": "distorts",
    "mixed": "mixed",
    "neutral": "neutral",
}
TECHNIQUE_LABELS = {
    "minimisation": "Minimisation",
    "double_genocide": "Double genocide / false equivalence",
    "role_reversal": "Role reversal",
    "spontaneity": "Spontaneity",
    "definitional_denial": "Definitional denial",
    "fabrication": "Fabrication / conspiracy",
    "attack_on_witnesses": "Attack on witnesses, courts, historians",
    "blame_shifting": "Blame shifting",
    "justification": "Justification",
    "dehumanisation": "Dehumanisation",
    "accusation_in_mirror": "Accusation in a mirror",
    "call_to_action": "Call to action",
}


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _highlights(report: CheckReport) -> list[tuple[int, int, str, str]]:
    """Non-overlapping (start, end, css class, anchor id) spans: markers win over claims."""
    spans: list[tuple[int, int, str, str, int]] = []
    for i, marker in enumerate(report.markers):
        spans.append((marker.start, marker.end, f"marker {marker.voice}", f"m{i}", 0))
    for i, claim in enumerate(report.claims):
        spans.append((claim.start, claim.end, f"claim {claim.verdict}", f"c{i}", 1))
    for i, finding in enumerate(report.arithmetic):
        spans.append((finding.start, finding.end, "arith" + ("" if finding.consistent is not False else " wrong"),
                      f"a{i}", 2))
    spans.sort(key=lambda s: (s[4], s[0], -(s[1] - s[0])))
    taken: list[tuple[int, int, str, str]] = []
    for start, end, css, anchor, _ in spans:
        if end <= start:
            continue
        # Keep only the part that does not overlap what is already highlighted.
        pieces = [(start, end)]
        for t_start, t_end, _, _ in taken:
            next_pieces = []
            for p_start, p_end in pieces:
                if p_end <= t_start or p_start >= t_end:
                    next_pieces.append((p_start, p_end))
                    continue
                if p_start < t_start:
                    next_pieces.append((p_start, t_start))
                if p_end > t_end:
                    next_pieces.append((t_end, p_end))
            pieces = next_pieces
        taken.extend((p_start, p_end, css, anchor) for p_start, p_end in pieces if p_end > p_start)
    return sorted(taken)


def _marked_text(report: CheckReport) -> str:
    text = report.text
    out, position = [], 0
    for start, end, css, anchor in _highlights(report):
        out.append(_e(text[position:start]))
        out.append(f'<a class="hl {css}" href="#{anchor}">{_e(text[start:end])}</a>')
        position = end
    out.append(_e(text[position:]))
    return "".join(out)


_CSS = """
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{padding:1rem 1.5rem;background:#1d2330;color:#fff}header h1{margin:0;font-size:1.2rem}
header p{margin:.3rem 0 0;color:#c9d1e0}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;padding:1.5rem}
@media(max-width:900px){main{grid-template-columns:1fr}}
.text{background:#fff;padding:1.2rem 1.5rem;border-radius:6px;white-space:pre-wrap;box-shadow:0 1px 2px #0002}
aside section{background:#fff;padding:.8rem 1rem;border-radius:6px;margin-bottom:1rem;box-shadow:0 1px 2px #0002}
h2{font-size:1rem;margin:.2rem 0 .6rem}h3{font-size:.95rem;margin:.8rem 0 .2rem}
.hl{color:inherit;text-decoration:none;border-radius:2px;padding:0 1px}
.claim.supported{background:#d8f0dc}.claim.contradicted{background:#f8d3d0}
.claim.disputed{background:#fbe7bf}.claim.not_in_record{background:#e8eaee}
.marker.own{background:#f3b7b1;outline:1px solid #b3261e}.marker.reported{background:#e3d8f5}
.arith{background:#cfe3fa}.arith.wrong{background:#f8d3d0;outline:1px dashed #b3261e}
.badge{display:inline-block;border-radius:3px;padding:0 .4rem;font-size:.8rem;font-weight:600}
.b-supported{background:#d8f0dc}.b-contradicted{background:#f8d3d0}.b-disputed{background:#fbe7bf}
.b-not_in_record{background:#e8eaee}.b-own{background:#f3b7b1}.b-reported{background:#e3d8f5}
.alarm{background:#fde2e0;border-left:4px solid #b3261e}
.evidence{margin:.3rem 0 .3rem .8rem;font-size:.9rem;color:#333}
.evidence q{display:block;color:#222}
.meta{color:#5b6475;font-size:.85rem}
:target{outline:2px solid #1d5fd6}
"""


def to_html(report: CheckReport, title: str = "Check report") -> str:
    """One self-contained page: the text highlighted, the evidence beside it."""
    verdict_counts: dict[str, int] = {}
    for claim in report.claims:
        verdict_counts[claim.verdict] = verdict_counts.get(claim.verdict, 0) + 1
    summary = ", ".join(f"{n} {v.replace('_', ' ')}" for v, n in sorted(verdict_counts.items())) or "no claims"
    own = sum(1 for m in report.markers if m.voice == "own")
    parts = [f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{_e(title)}</title><style>{_CSS}</style></head><body>
<header><h1>{_e(title)}</h1>
<p>Stance of the text: <strong>{_e(STANCE_LABELS.get(report.stance, report.stance))}</strong> ·
claims: {_e(summary)} · rhetoric markers: {len(report.markers)} ({own} in the author's own voice) ·
arithmetic re-done: {len(report.arithmetic)}</p></header><main>
<div class="text" lang="{_e(report.language)}">{_marked_text(report)}</div><aside>"""]
    if report.composite.alarm:
        parts.append(f'<section class="alarm"><h2>Composite document</h2><p>{_e(report.composite.reason)}</p></section>')
    if report.markers:
        parts.append("<section><h2>Rhetoric markers</h2>")
        for i, m in enumerate(report.markers):
            parts.append(f'<div id="m{i}"><h3>{_e(TECHNIQUE_LABELS.get(m.technique, m.technique))} '
                         f'<span class="badge b-{_e(m.voice)}">{"author" if m.voice == "own" else "reported"}</span></h3>'
                         f'<q>{_e(m.text)}</q><div class="meta">{_e(m.explanation)} Basis: {_e(m.basis_citation or m.basis)}'
                         f' · {_e(m.method)}, confidence {m.confidence:.2f}</div></div>')
        parts.append("</section>")
    if report.arithmetic:
        parts.append("<section><h2>Arithmetic re-done</h2>")
        for i, a in enumerate(report.arithmetic):
            verdict = {True: "holds", False: "does not hold", None: "cannot be computed"}[a.consistent]
            parts.append(f'<div id="a{i}"><h3>{_e(a.stated)}: {verdict}</h3><q>{_e(a.text)}</q>'
                         f'<div class="meta">{_e(a.explanation)}'
                         + (f"<br>Category mismatch: {_e(a.category_mismatch)}" if a.category_mismatch else "")
                         + "</div></div>")
        parts.append("</section>")
    if report.claims:
        parts.append("<section><h2>Claims and the record</h2>")
        for i, c in enumerate(report.claims):
            parts.append(f'<div id="c{i}"><h3><span class="badge b-{_e(c.verdict)}">{_e(VERDICT_LABELS[c.verdict])}'
                         f'</span></h3><q>{_e(c.text)}</q><div class="meta">{_e(c.explanation)}</div>')
            for ev in c.evidence[:5]:
                cred = f"credibility {ev.credibility}" if ev.credibility else "credibility not rated"
                parts.append(f'<div class="evidence"><strong>{_e(ev.relation)}</strong> · '
                             f'{_e(ev.source_title or ev.source_id[:12])} (grade {_e(ev.grade or "?")}, {cred})'
                             f'<q>{_e(ev.text)}</q><span class="meta">{_e(ev.explanation)}</span></div>')
            parts.append("</div>")
        parts.append("</section>")
    if report.segments:
        parts.append("<section><h2>Segments</h2><ol>")
        for s in report.segments:
            excerpt = report.text[s.start:s.end].strip()[:90]
            parts.append(f"<li><strong>{_e(STANCE_LABELS.get(s.stance, s.stance))}</strong>: "
                         f"<span class='meta'>{_e(excerpt)}…</span></li>")
        parts.append("</ol></section>")
    parts.append(f"<section class='meta'>Checked against {_e(report.record.get('claims', 0))} claims of "
                 f"{_e(report.record.get('sources', 0))} sources by factfinder {__version__} on "
                 f"{datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}. The verdicts say what the "
                 "record's sources say and how they agree; they are not factfinder's own judgement.</section>")
    parts.append("</aside></main></body></html>")
    return "".join(parts)


def to_claimreview(report: CheckReport, *, url: str | None = None, author: str = "factfinder",
                   claim_author: str | None = None, date_published: str | None = None) -> list[dict]:
    """One schema.org ClaimReview per checked claim (JSON-LD objects)."""
    published = date_published or datetime.now(timezone.utc).date().isoformat()
    reviews = []
    for claim in report.claims:
        item: dict = {"@type": "Claim"}
        if url:
            item["appearance"] = {"@type": "CreativeWork", "url": url}
        speaker = claim_author or (claim.asserted_by if claim.asserted_by not in (None, "author") else None)
        if speaker:
            item["author"] = {"@type": "Person" if claim_author else "Organization", "name": speaker}
        sources = sorted({ev.source_title or ev.source_id for ev in claim.evidence if ev.relation != "related"})
        reviews.append({
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": claim.text,
            "itemReviewed": item,
            "author": {"@type": "Organization", "name": author},
            "datePublished": published,
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": VERDICT_RATING[claim.verdict],
                "bestRating": 4,
                "worstRating": 1,
                "alternateName": VERDICT_LABELS[claim.verdict],
                "ratingExplanation": claim.explanation
                + (" Sources: " + "; ".join(sources) + "." if sources else ""),
            },
            **({"url": url} if url else {}),
        })
    return reviews
