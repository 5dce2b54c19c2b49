"""Claims: the check-worthy sentences of a source, who asserts each, and how.

A sentence is check-worthy when it carries a figure, a date, an event verb or an
attribution. Its asserting party is the speaker of an attribution whose content
covers it, else the document's author. Stance: `denies` (negated event, or a
denial verb), `questions` (a question, or hedges such as "alleged", "so-called"),
`reports` (attributed to another party), else `asserts`.
"""

from __future__ import annotations

import re

EVENT_LEMMAS = {
    "en": {"kill", "massacre", "murder", "slaughter", "rape", "attack", "shoot", "flee", "displace", "arrest",
           "convict", "sentence", "indict", "die", "burn", "loot", "destroy", "execute", "bomb", "shell", "torture",
           "abduct", "exterminate", "annihilate", "eliminate", "assassinate", "invade", "capture", "seize",
           "acquit", "try", "prosecute", "detain", "imprison", "bury", "exhume", "mutilate", "wound", "injure",
           "deport", "expel", "plan", "incite", "order", "perpetrate", "commit", "occur", "happen", "take"},
    "fr": {"tuer", "massacrer", "assassiner", "violer", "attaquer", "abattre", "fuir", "déplacer", "arrêter",
           "condamner", "inculper", "mourir", "brûler", "piller", "détruire", "exécuter", "bombarder", "torturer",
           "enlever", "exterminer", "éliminer", "envahir", "capturer", "acquitter", "juger", "poursuivre",
           "détenir", "emprisonner", "enterrer", "exhumer", "mutiler", "blesser", "expulser", "planifier",
           "inciter", "ordonner", "perpétrer", "commettre", "survenir", "produire"},
}
_HEDGES = re.compile(r"\b(alleged(?:ly)?|so-called|supposed(?:ly)?|purported(?:ly)?|presumed|prétendu(?:e|s|es)?|"
                     r"soi-disant|présumé(?:e|s|es)?|supposé(?:e|s|es)?)\b", re.I)
_DENIAL = re.compile(r"\b(never happened|did not (?:happen|take place|occur)|no genocide|myth|hoax|fabricat\w*|"
                     r"n['’]a (?:jamais )?eu lieu|jamais eu lieu|mensonge|inventé\w*)\b", re.I)


_REFERENCE = re.compile(r"https?://|www\.\w|\bdoi:|\bISBN\b", re.I)
_HEADING = re.compile(r"^\s*#+\s")


_RESOLUTION_NAMED = re.compile(r"\br[ée]solutions?\s+(?:n[o°º.]*\s*)?\d{3,4}\b", re.I)
# "it was extremists inside the government's own army who fired the missiles": who downed the
# plane is a checkable claim even when it names no one by name.
_PLANE_DOWNED = re.compile(r"\b(?:(?:shot|brought)\s+down\s+(?:the\s+)?(?:\w+['’]?s?\s+){0,3}(?:plane|aircraft|jet)|"
                           r"fired\s+(?:the\s+)?missiles|abattu\s+l['’](?:avion|appareil))\b", re.I)


def _named_statement(span, kinds: set[str], sentence: str) -> bool:  # noqa: ANN001 - a spaCy Span or None
    """A declarative sentence of some length, with a finite verb, that names someone or somewhere,
    or a Security Council resolution by its number, or who downed the president's plane."""
    if span is None or not (kinds & {"actor", "person", "place"} or _RESOLUTION_NAMED.search(sentence)
                            or _PLANE_DOWNED.search(sentence)) or \
            len(sentence.split()) < 6:
        return False
    if not re.search(r"[.!…][”\"’»)\]]*\s*$", sentence.rstrip()) or _HEADING.match(sentence):
        return False   # questions, headings, list items
    if span.root.pos_ in ("VERB", "AUX"):
        return True
    # The small models misparse some sentences' roots ("Félicien Kabuga, a wealthy businessman, funded
    # RTLM." rooted at the name): a finite verb anywhere in the sentence makes it a statement.
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in span)


def _first(mentions: list[dict], kind: str) -> dict | None:
    return next((m for m in mentions if m["type"] == kind), None)


def build_claims(sentences: list[tuple[int, int, object, str]], text: str, mentions: list[dict],
                 named_facts: bool = False) -> list[dict]:
    """`sentences`: (start, end, spaCy Span or None, language) in source offsets; `mentions` are
    the document's mentions (dicts with start/end/type/normalized), in order.

    `named_facts` also makes a claim of a statement that names an actor, a person or a place
    without a figure, a date or an event verb ("the agreement provided for a single army",
    "Basabose had been a shareholder of RTLM"): a text being checked is read for every such
    statement, while a source's claims stay the check-worthy ones."""
    attributions = [m for m in mentions if m["type"] == "attribution"]
    claims: list[dict] = []
    cursor = 0
    for start, end, span, lang in sentences:
        while cursor < len(mentions) and mentions[cursor]["end"] <= start:
            cursor += 1
        inside = []
        index = cursor
        while index < len(mentions) and mentions[index]["start"] < end:
            if mentions[index]["start"] >= start and mentions[index]["end"] <= end:
                inside.append(index)
            index += 1
        members = [mentions[i] for i in inside]
        root_lemma, subject_text, negated, event = None, None, False, False
        if span is not None:
            root = span.root
            root_lemma = (root.lemma_ or root.text).lower()
            lemmas = EVENT_LEMMAS.get(lang, EVENT_LEMMAS["en"])
            for token in span:
                lemma = (token.lemma_ or token.text).lower()
                if token.pos_ == "VERB" and lemma in lemmas:
                    event = True
                    if any(child.dep_ == "neg" or child.lower_ in ("not", "never", "pas", "jamais")
                           for child in token.children):
                        negated = True
            subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")]
            if subjects:
                tokens = list(subjects[0].subtree)
                # Offsets into the source text: spaCy's `doc.text` joins every token again on each call.
                base = start - span.start_char
                subject_text = text[base + tokens[0].idx:base + tokens[-1].idx + len(tokens[-1].text)]
        kinds = {m["type"] for m in members}
        if not (kinds & {"figure", "date", "attribution"} or event or
                named_facts and _named_statement(span, kinds, text[start:end])):
            continue
        sentence_text = text[start:end]
        if _REFERENCE.search(sentence_text) or kinds == {"date"} and _HEADING.match(sentence_text):
            continue  # a bibliography line or a dated heading: it cites or titles, it claims nothing
        speaker = None
        for attribution in attributions:
            norm = attribution["normalized"]
            covered = min(end, norm["content_end"]) - max(start, norm["content_start"])
            if covered > (end - start) / 2 or (attribution["start"] >= start and attribution["end"] <= end):
                speaker = norm["speaker"]
                denial_verb = norm.get("denial")
                break
        else:
            denial_verb = False
        if denial_verb or (negated and event) or _DENIAL.search(sentence_text):
            stance = "denies"
        elif sentence_text.rstrip().endswith("?") or _HEDGES.search(sentence_text):
            stance = "questions"
        elif speaker:
            stance = "reports"
        else:
            stance = "asserts"
        figure, date, place = _first(members, "figure"), _first(members, "date"), _first(members, "place")
        slots = {"subject": subject_text, "predicate": root_lemma,
                 "figure": figure["normalized"] if figure else None,
                 "date": date["normalized"] if date else None,
                 "place": (place["normalized"].get("canonical") or place["text"]) if place else None}
        confidence = 0.6 + 0.1 * min(3, len(kinds & {"figure", "date", "place", "actor"})) + (0.1 if event else 0)
        claims.append({"start": start, "end": end, "text": sentence_text, "asserted_by": speaker or "author",
                       "stance": stance, "slots": slots, "mention_indices": inside,
                       "confidence": round(min(confidence, 0.95), 2)})
    return claims
