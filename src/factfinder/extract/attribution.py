"""Who says what: "According to X, …", "X testified: …", "X said that …", "selon X, …".

An attribution is recorded as a mention whose span is the cue (the speaker and
the reporting verb or phrase) and whose normalized value names the speaker and
the span of what is attributed to them, so that a claim inside that span is
asserted by the speaker, not by the document's author.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factfinder.extract.sentences import sentences_of

SPEECH_VERBS = {
    "en": {"say", "state", "testify", "claim", "report", "tell", "argue", "write", "estimate", "allege", "deny",
           "assert", "insist", "declare", "add", "explain", "confirm", "acknowledge", "conclude", "note", "recall",
           "describe", "maintain", "suggest", "contend", "announce", "admit", "warn", "accuse", "charge", "find",
           "reveal", "recount", "concur", "observe", "believe", "told", "said"},
    "fr": {"dire", "déclarer", "affirmer", "témoigner", "estimer", "indiquer", "expliquer", "assurer", "raconter",
           "nier", "rapporter", "souligner", "préciser", "ajouter", "écrire", "reconnaître", "confirmer", "accuser",
           "dénoncer", "conclure", "avouer", "annoncer", "rappeler", "juger", "considérer", "admettre"},
}
DENIAL_VERBS = {"deny", "nier", "dispute", "contest", "contester", "reject", "rejeter", "refute", "réfuter"}
_ACCORDING = re.compile(r"\b(?:according to|as reported by|in the words of|selon|d['’]après|aux dires de)\s+",
                        re.I)
_FIRST_PERSON = {"i", "we", "je", "nous", "j'", "j’", "on"}


@dataclass
class Attribution:
    start: int
    end: int
    speaker: str
    speaker_start: int
    speaker_end: int
    verb: str
    content_start: int
    content_end: int
    denial: bool

    def to_dict(self, text: str) -> dict:
        return {"type": "attribution", "text": text[self.start:self.end], "start": self.start, "end": self.end,
                "normalized": {"speaker": self.speaker, "speaker_start": self.speaker_start,
                               "speaker_end": self.speaker_end, "verb": self.verb,
                               "content_start": self.content_start, "content_end": self.content_end,
                               "denial": self.denial},
                "confidence": 0.8}


def _speaker_span(token) -> tuple[int, int]:  # noqa: ANN001
    """The noun phrase of the speaker, without relative clauses or long appositions."""
    keep = [t for t in token.subtree if t.dep_ not in ("relcl", "acl", "punct", "advcl") or t == token]
    left = min(t.idx for t in keep)
    right_tokens = [t for t in keep if t.i <= token.i + 6]
    right = max(t.idx + len(t.text) for t in right_tokens)
    return left, right


def find_attributions(doc, offset: int, lang: str, sentences: list | None = None) -> list[Attribution]:  # noqa: ANN001
    """Attributions in one spaCy Doc whose text starts at `offset` in the source's text; `sentences`,
    the doc's sentences when the caller has them already (`sentences_of`)."""
    out: list[Attribution] = []
    text = doc.text
    for sent in sentences if sentences is not None else sentences_of(doc):
        sent_text = sent.text
        for match in _ACCORDING.finditer(sent_text):
            rest_start = sent.start_char + match.end()
            stop = re.search(r"[,;:]", text[rest_start:sent.end_char])
            speaker_end = rest_start + (stop.start() if stop else min(60, sent.end_char - rest_start))
            speaker = text[rest_start:speaker_end].strip()
            if not speaker or len(speaker) > 120:
                continue
            content_start = speaker_end + 1 if stop else sent.start_char
            if match.start() > 0:  # "…, according to X." — the content precedes the cue
                content_start, content_end = sent.start_char, sent.start_char + match.start()
            else:
                content_end = sent.end_char
            out.append(Attribution(offset + sent.start_char + match.start(), offset + speaker_end, speaker,
                                   offset + rest_start, offset + speaker_end, match.group().strip().lower(),
                                   offset + content_start, offset + content_end, False))
        for token in sent:
            lemma = token.lemma_.lower() if token.lemma_ else token.text.lower()
            if token.pos_ not in ("VERB", "AUX") or lemma not in SPEECH_VERBS.get(lang, SPEECH_VERBS["en"]):
                continue
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
            if not subjects:
                continue
            subject = subjects[0]
            if subject.text.lower() in _FIRST_PERSON:
                continue  # the author speaking: not an attribution to someone else
            speaker_start, speaker_end = _speaker_span(subject)
            complements = [c for c in token.children if c.dep_ in ("ccomp", "xcomp", "obj", "dobj", "parataxis")]
            if complements:
                span_tokens = [t for c in complements for t in c.subtree]
                content_start = min(t.idx for t in span_tokens)
                content_end = max(t.idx + len(t.text) for t in span_tokens)
            else:
                after = token.idx + len(token.text)
                content_start, content_end = after, sent.end_char
                if content_end - content_start < 3:
                    continue
            cue_start = min(speaker_start, token.idx)
            cue_end = max(speaker_end, token.idx + len(token.text))
            out.append(Attribution(offset + cue_start, offset + cue_end, text[speaker_start:speaker_end],
                                   offset + speaker_start, offset + speaker_end, lemma,
                                   offset + content_start, offset + content_end, lemma in DENIAL_VERBS))
    out.sort(key=lambda a: a.start)
    kept: list[Attribution] = []
    for attribution in out:
        if kept and attribution.start < kept[-1].end:
            continue
        kept.append(attribution)
    return kept
