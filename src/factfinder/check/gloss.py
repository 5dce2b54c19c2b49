"""French sentences read in English words, so retrieval works across the two languages.

The packaged sentence embedder (all-MiniLM-L6-v2) is English: it places a French sentence near
any other French sentence and far from the English statement of the same fact. "Les juridictions
ont fermé le 18 juin 2012 après avoir traité 1 958 634 affaires" scored a cosine of 0.19 with the
record's "Rwanda's gacaca courts tried 1,958,634 genocide-related cases before they closed on 18
June 2012", and 0.55 with an unrelated French sentence of the same source; BM25 shares nothing but
the figure's digits with it. Every verdict rule that asks how alike two statements are was blind
across the languages.

So a French text is glossed word by word into English before it is embedded or cut into BM25
terms, on both sides: the checked sentence, and the record's own French claims and sentences
when the index is built. A gloss is not a translation: word order stays French and the words are
the glossary's ("the courts have closed the 18 june 2012 after to have tried 1 958 634 cases"),
which is what a bag of words and a sentence embedder need. Names and numbers are not in the
glossary and pass through unchanged.

The glossary (`data/check/gloss_fr_en.tsv`, French TAB English, one inflected form per line,
expressions of several words first) was written by the project for the vocabulary of its field:
killing and counting, courts and procedure, the war, the United Nations, refugees, denial and
propaganda. Which language a text is in is read from its function words (`language_of`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

GLOSSARY_PATH = Path(__file__).resolve().parents[1] / "data" / "check" / "gloss_fr_en.tsv"
LONGEST_EXPRESSION = 5   # words; longer French entries are not looked for

FRENCH_WORDS = {"le", "la", "les", "des", "du", "une", "et", "est", "sont", "dans", "pour", "qui", "que", "au", "aux",
                "été", "par", "sur", "avec", "ont", "a", "un", "l", "d", "n", "pas", "ce", "ces", "leur", "se"}
ENGLISH_WORDS = {"the", "of", "and", "was", "were", "in", "to", "by", "that", "is", "are", "with", "had", "has", "have",
                 "for", "on", "it", "its", "they", "their", "a", "an", "from", "at", "as", "not"}
_LANGUAGE_WORD = re.compile(r"[a-zàâçéèêëîïôûùüÿœ]+")
# A word, with its inner hyphens ("peut-être", "mi-juillet"), or anything else kept as it is.
# An elided article or pronoun ("l'", "d’", "qu'") is a word of its own.
_ELISION = re.compile(r"\b(l|d|j|n|s|c|m|t|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\w)", re.I)
_SPACES = re.compile(r"[ \t]{2,}")
_PIECE = re.compile(r"(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)|(?P<other>[^\W_]*\d[^\W_]*|\s+|.)", re.UNICODE)


def language_of(text: str) -> str:
    """English or French, from function words: enough to know two sentences are in different languages."""
    words = _LANGUAGE_WORD.findall(text.lower().replace("’", " ").replace("'", " "))
    french = sum(w in FRENCH_WORDS for w in words)
    english = sum(w in ENGLISH_WORDS for w in words)
    return "fr" if french > english else "en"


def fold(text: str) -> str:
    """Lower case without accents, so "Génocide" and "genocide" are one word."""
    if text.isascii():   # most text: nothing to decompose (NFKD leaves ASCII as it is)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def glossary_version() -> str:
    """A short digest of the glossary file: the record index is keyed on it, since it shapes every French
    claim's terms and vector."""
    import hashlib

    return hashlib.sha256(GLOSSARY_PATH.read_bytes()).hexdigest()[:12] if GLOSSARY_PATH.exists() else "none"


@lru_cache(maxsize=1)
def glossary() -> tuple[dict[str, str], dict[tuple[str, ...], str]]:
    """(words, expressions): French lower case (and its accent-folded spelling, where that is not
    another entry) to English; expressions keyed by their words. Empty without the file."""
    words: dict[str, str] = {}
    expressions: dict[tuple[str, ...], str] = {}
    if not GLOSSARY_PATH.exists():
        return words, expressions
    for line in GLOSSARY_PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        french, english = line.split("\t", 1)
        key = tuple(_words(french.strip().lower()))
        if not key:
            continue
        english = english.strip()
        if len(key) == 1:
            words[key[0]] = english
        elif len(key) <= LONGEST_EXPRESSION:
            expressions[key] = english
    for word, english in list(words.items()):
        words.setdefault(fold(word), english)   # "fermee" written without its accents
    for key, english in list(expressions.items()):
        expressions.setdefault(tuple(fold(w) for w in key), english)
    return words, expressions


def _words(text: str) -> list[str]:
    return [m.group("word") for m in _PIECE.finditer(_ELISION.sub(r"\1 ", text)) if m.group("word")]


@lru_cache(maxsize=65536)
def english_gloss(text: str) -> str:
    """`text` with each French word or expression of the glossary replaced by its English; every
    other word (a name, an English word), number and mark kept. A word the glossary drops ("ne")
    leaves nothing."""
    words, expressions = glossary()
    if not words:
        return text
    text = _ELISION.sub(r"\1 ", text)   # "l'enquête": the article is a word of its own
    pieces = [(m.group("word"), m.group(0)) for m in _PIECE.finditer(text)]
    out: list[str] = []
    i = 0
    while i < len(pieces):
        word, raw = pieces[i]
        if not word:
            out.append(raw)
            i += 1
            continue
        # The longest expression that starts here: its words may be apart only by spaces or an
        # apostrophe ("crimes contre l'humanité").
        matched = False
        lowered = [word.lower()]
        j = i + 1
        while len(lowered) < LONGEST_EXPRESSION and j < len(pieces):
            nxt_word, nxt_raw = pieces[j]
            if nxt_word:
                lowered.append(nxt_word.lower())
                j += 1
                continue
            if nxt_raw.isspace() or nxt_raw in "'’":
                j += 1
                continue
            break
        ends = [k for k in range(i + 1, j) if pieces[k][0]]   # the piece index of each following word
        for size in range(len(lowered), 1, -1):
            key = tuple(lowered[:size])
            english = expressions.get(key)
            if english is None:
                english = expressions.get(tuple(fold(w) for w in key))
            if english is not None:
                out.append(english)
                i = ends[size - 2] + 1
                matched = True
                break
        if matched:
            continue
        lower = word.lower()
        english = words.get(lower)
        if english is None:
            english = words.get(fold(lower))
        out.append(word if english is None else english)
        i += 1
    return _SPACES.sub(" ", "".join(out)).strip()   # a dropped word leaves no double space


@lru_cache(maxsize=262144)
def retrieval_text(text: str) -> str:
    """What retrieval embeds and cuts into terms for `text`: its English gloss when it is French,
    the text itself otherwise."""
    return english_gloss(text) if language_of(text) == "fr" else text
