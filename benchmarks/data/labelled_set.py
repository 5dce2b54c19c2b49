"""What every labelled set for `benchmarks/check.py` shares: the label helpers used to write a
document sentence by sentence, the rendering that computes offsets, and the validation.

Each set's `build_set.py` holds only its documents (`DOCS`) and calls `main(argv, DOCS, HERE)`.

Each document is written sentence by sentence with its labels, so the character offsets in
labels.jsonl are computed, never typed. Sentences within a paragraph are joined by one space and
paragraphs by a blank line. Labels per sentence: verdict (None when the sentence makes no checkable
factual claim; S, C, D, N for the four verdicts), the rhetoric techniques acceptable for it ([] when
none) and the voice of those techniques ("own" for the author's, "reported" for quoted or attributed
speech; None when there is no technique): `s(text, verdict)`, `own(text, verdict, *techniques)`,
`rep(text, verdict, *techniques)`.
"""

from __future__ import annotations

import json
from pathlib import Path

S, C, D, N = "supported", "contradicted", "disputed", "not_in_record"
VERDICTS = (S, C, D, N)
TECHNIQUES = ("minimisation", "double_genocide", "role_reversal", "spontaneity", "definitional_denial",
              "fabrication", "attack_on_witnesses", "blame_shifting", "justification", "dehumanisation",
              "accusation_in_mirror", "call_to_action")
STANCES = ("acknowledges", "denies", "distorts", "mixed")


def s(text: str, verdict: str | None = None, markers: tuple | list = (), voice: str | None = None) -> dict:
    return {"text": text, "verdict": verdict, "markers": list(markers), "voice": voice}


def own(text: str, verdict: str | None, *markers: str) -> dict:
    return s(text, verdict, markers, "own")


def rep(text: str, verdict: str | None, *markers: str) -> dict:
    return s(text, verdict, markers, "reported")



def render(doc: dict) -> tuple[str, list[dict]]:
    """The document's text and its sentences with exact offsets."""
    text = ""
    sentences = []
    for p, paragraph in enumerate(doc["paragraphs"]):
        if p:
            text += "\n\n"
        for i, sent in enumerate(paragraph):
            if i:
                text += " "
            start = len(text)
            text += sent["text"]
            sentences.append({"start": start, "end": len(text), **sent})
    return text + "\n", sentences


def label_line(doc: dict, sentences: list[dict]) -> dict:
    return {"doc": doc["doc"], "title": doc["title"], "genre": doc["genre"], "language": doc["language"],
            "stance": doc["stance"], "composite": doc["composite"], "hard_negative": doc["hard_negative"],
            "sentences": [{"start": x["start"], "end": x["end"], "text": x["text"], "markers": x["markers"],
                           "voice": x["voice"], "verdict": x["verdict"]} for x in sentences]}


def validate(folder: Path) -> list[str]:
    """Problems with labels.jsonl against the .txt files (empty when the set is sound)."""
    problems = []
    lines = (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    seen = set()
    for n, line in enumerate(lines, 1):
        d = json.loads(line)
        name = d["doc"]
        where = f"labels.jsonl:{n} {name}"
        if name in seen:
            problems.append(f"{where}: duplicate document")
        seen.add(name)
        path = folder / name
        if not path.exists():
            problems.append(f"{where}: file missing")
            continue
        text = path.read_text(encoding="utf-8")
        for key in ("title", "genre", "language", "stance", "composite", "hard_negative", "sentences"):
            if key not in d:
                problems.append(f"{where}: no {key}")
        if d.get("stance") not in STANCES:
            problems.append(f"{where}: bad stance {d.get('stance')!r}")
        if d.get("composite") and d.get("stance") != "mixed":
            problems.append(f"{where}: composite document should be 'mixed'")
        covered = [False] * len(text)
        last_end = 0
        for i, x in enumerate(d["sentences"]):
            sw = f"{where} sentence {i}"
            if text[x["start"]:x["end"]] != x["text"]:
                problems.append(f"{sw}: offsets do not match the text")
            if x["start"] < last_end:
                problems.append(f"{sw}: overlaps or is out of order")
            last_end = x["end"]
            for k in range(x["start"], min(x["end"], len(text))):
                covered[k] = True
            if x["text"] != x["text"].strip() or not x["text"]:
                problems.append(f"{sw}: untrimmed or empty")
            if x["verdict"] is not None and x["verdict"] not in VERDICTS:
                problems.append(f"{sw}: bad verdict {x['verdict']!r}")
            bad = [m for m in x["markers"] if m not in TECHNIQUES]
            if bad:
                problems.append(f"{sw}: unknown techniques {bad}")
            if len(set(x["markers"])) != len(x["markers"]):
                problems.append(f"{sw}: repeated technique")
            if x["markers"] and x["voice"] not in ("own", "reported"):
                problems.append(f"{sw}: markers without a voice")
            if not x["markers"] and x["voice"] is not None:
                problems.append(f"{sw}: voice without markers")
            if d.get("hard_negative") and x["voice"] == "own":
                problems.append(f"{sw}: own-voice marker in a hard-negative document")
        stray = [k for k, c in enumerate(text) if not covered[k] and not c.isspace()]
        if stray:
            problems.append(f"{where}: {len(stray)} non-space characters outside any sentence (first at {stray[0]})")
        if (name.startswith("fixture-") or d.get("stance") in ("denies", "distorts", "mixed")) \
                and not name.startswith(("fixture-denial-", "fixture-incitement-")):
            problems.append(f"{where}: denial or incitement content must be in a fixture-denial-/fixture-incitement- file")
    readme = (folder / "README.md").read_text(encoding="utf-8") if (folder / "README.md").exists() else ""
    for name in seen:
        if name.startswith("fixture-") and name not in readme:
            problems.append(f"README.md does not list {name}")
    return problems


def summary(folder: Path) -> dict:
    from collections import Counter
    docs = [json.loads(line) for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    sents = [x for d in docs for x in d["sentences"]]
    return {"documents": len(docs), "sentences": len(sents),
            "languages": dict(Counter(d["language"] for d in docs)),
            "stances": dict(Counter(d["stance"] for d in docs)),
            "hard_negatives": sum(d["hard_negative"] for d in docs),
            "composites": sum(d["composite"] for d in docs),
            "verdicts": dict(Counter(x["verdict"] for x in sents if x["verdict"])),
            "sentences_with_markers": sum(bool(x["markers"]) for x in sents),
            "voices": dict(Counter(x["voice"] for x in sents if x["voice"])),
            "techniques": dict(Counter(m for x in sents for m in x["markers"]))}


def main(argv: list[str], docs: list[dict], folder: Path) -> int:
    """Write each document's .txt and labels.jsonl into `folder` (unless --check), then validate."""
    if "--check" not in argv:
        with (folder / "labels.jsonl").open("w", encoding="utf-8") as out:
            for doc in docs:
                text, sentences = render(doc)
                (folder / doc["doc"]).write_text(text, encoding="utf-8")
                out.write(json.dumps(label_line(doc, sentences), ensure_ascii=False) + "\n")
    problems = validate(folder)
    for p in problems:
        print("PROBLEM:", p)
    print(json.dumps(summary(folder), indent=1, ensure_ascii=False))
    return 1 if problems else 0
