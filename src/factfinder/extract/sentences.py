"""Sentence boundaries: the parser's, kept from breaking a sentence inside a name or before a comma.

The small spaCy models break sentences in the wrong place now and then, the French one most:
"avec Faustin | Twagiramungu comme président", "Human | Rights Watch", "Plus d'un million de Hutu |
fuient", "21 | Apr: New York votes …" (71 of the 4,766 breaks the parser made in the labelled sets'
documents, 2026-11-27). A claim cut there loses its subject or its object. `add_sentence_guard`
puts a component before the parser that forbids those breaks, and `sentences_of` joins again the
few the parser still makes (it takes a preset boundary as a hint, not always as a rule). A line
break still lets the parser break, and so does a full stop, except inside a Markdown bold lead-in.
"""

from __future__ import annotations

import re

SENTENCE_GUARD = "factfinder_sentence_guard"
# Punctuation that closes or continues a sentence and never opens one; marks that may open one
# (a dash, a bullet, a quotation mark, a bracket).
_NEVER_OPENS = {",", ".", ";", ":", "?", "!", ")", "]", "»", "…", "%", "”", "’"}
_MAY_OPEN = set("—–-•*«\"“([‘'|/")


# Abbreviations a full stop ends without ending the sentence: "13 clergy incl. the Archbishop",
# "Op. Turquoise", "res. 929", "approx. 2,500", "Gen. Dallaire", « env. 800 000 ». ("No." and "etc."
# are left out: they end sentences as often.)
ABBREVIATIONS = {"incl", "approx", "esp", "govt", "gov", "op", "res", "vs", "cf", "ca", "gen", "col", "lt", "maj",
                 "capt", "cpt", "sgt", "brig", "mgr", "msgr", "fr", "sr", "mt", "dept", "nos", "vol", "pp",
                 "env", "resp", "ref", "refs", "cmdr", "lieut", "pres", "amb", "min"}


def _after_abbreviation(doc, i: int) -> bool:  # noqa: ANN001 - a spaCy Doc
    """Is doc[i] right after an abbreviation's full stop ("incl." as one token, or "incl" then ".")?"""
    before = doc[i - 1]
    if before.text.endswith(".") and len(before.text) > 1:
        return before.text[:-1].lower() in ABBREVIATIONS
    return before.text == "." and i >= 2 and not doc[i - 2].whitespace_ and doc[i - 2].text.lower() in ABBREVIATIONS


def may_break(before, token) -> bool:  # noqa: ANN001 - spaCy Tokens
    """May a sentence start at `token`, right after `before`? Not after a word or number on the same
    line, not inside a word ("Vasseur-Kamanzi", "Frères,"), not after an abbreviation ("incl."), never
    at closing punctuation."""
    if token.is_space or before.is_space or "\n" in before.whitespace_:
        return True
    if _after_abbreviation(before.doc, before.i + 1):
        return False
    attached = not before.whitespace_ and before.text not in (".", "!", "?")
    return not (attached or token.text in _NEVER_OPENS or
                before.text[-1:].isalnum() and token.text[:1] not in _MAY_OPEN)


def _sentence_guard(doc):  # noqa: ANN001, ANN202 - a spaCy Doc
    for i in range(1, len(doc)):
        if not may_break(doc[i - 1], doc[i]):
            doc[i].is_sent_start = False
    return doc


def add_sentence_guard(nlp) -> None:  # noqa: ANN001 - a spaCy Language
    """Put the guard before the model's parser (once; a model without a parser is left alone)."""
    from spacy.language import Language

    if not Language.has_factory(SENTENCE_GUARD):
        Language.component(SENTENCE_GUARD, func=_sentence_guard)
    if "parser" in nlp.pipe_names and SENTENCE_GUARD not in nlp.pipe_names:
        nlp.add_pipe(SENTENCE_GUARD, before="parser")


# A line that so far holds only a Markdown bold lead-in, after an optional list marker: "- **1 October
# 1990.**", "**Kigali, 7 April.", "3. **Early June 1994.**".
_BOLD_LEAD_IN = re.compile(r"(?:^|\n)[ \t]*(?:[-*•+]|[0-9]{1,3}[.)])?[ \t]*\*\*[^*\n]{1,80}(?:\*\*)?$")


# A message's bracketed timestamp or label alone: "[lundi 14:09]", "[07/04, 11:20]".
_BRACKET_LABEL = re.compile(r"\[[^\]\n]{1,24}\]")


def _heads_next(span, following) -> bool:  # noqa: ANN001 - spaCy Spans
    """Is `span` a bold lead-in or a message's bracketed timestamp that heads `following` on the same line?"""
    lead = span.text.strip()
    label = bool(_BRACKET_LABEL.fullmatch(lead))
    if not label and not _BOLD_LEAD_IN.search(lead):
        return False
    # (the characters between the two, read from the tokens: `doc.text` joins every token again on each call)
    doc = span.doc
    gap = doc[span.end - 1].whitespace_ + "".join(t.text_with_ws for t in doc[span.end:following.start])
    if "\n" in gap:
        return False
    return label or lead.endswith("**") or following.text.lstrip().startswith("**")


def sentences_of(doc) -> list:  # noqa: ANN001 - a spaCy Doc; returns Spans
    """The doc's sentences, two joined where the parser broke one where the guard forbids it, or
    after a Markdown bold lead-in or a message's timestamp: in "- **1 October 1990.** The RPF attacks …"
    the date belongs to the sentence it heads (a timeline's entries otherwise lose their dates), and
    "[lundi 14:09] Inès : …" is one message."""
    out: list = []
    for sent in doc.sents:
        if out and sent.start > 0 and (not may_break(doc[sent.start - 1], doc[sent.start])
                                       or _heads_next(out[-1], sent)):
            out[-1] = doc[out[-1].start:sent.end]
        else:
            out.append(sent)
    return out
