"""Name and place normalisation for linking lists of victims from Rwanda and its region.

Lists of the dead of 1994 were written by many hands: parish registers, commune
officials, survivors' associations, human-rights researchers writing in French or
English, clerks typing Kinyarwanda names they heard aloud. The same person appears as
``MUKAMANA Marie``, ``Marie Mukamana``, ``Mukamana-`` or ``Marie Moukamana``; a man as
``Habyarimana``, ``Habyalimana`` or ``Habiarimana``. Record linkage compares these
strings, so before comparing them we bring each to three forms:

``fold(text)``
    Unicode folding only: compatibility decomposition (NFKD), case folding, removal
    of combining marks (the accents of ``Thérèse``), a handful of letters that do not
    decompose (``ø``, ``æ``, ``œ``, ``ł``, ``đ``, dotless ``ı``), and every character that
    is neither a letter nor a digit turned into a single space. ``fold`` is idempotent
    and accepts any Unicode string; letters of other scripts are kept, not dropped.

``normalise_name(text)``
    ``fold`` plus what a person reading a list would ignore: honorifics and religious
    titles (``Mme``, ``Abbé``, ``Soeur``), particles (French ``de``, ``du``, ``d'``;
    Kinyarwanda genitive ``wa``/``ya`` as in ``Jyoni wa Karega``), and the female name
    prefixes ``Nyira-`` and ``Muka-`` written apart (``Nyira Bahire`` -> ``nyirabahire``).
    A particle or title is only removed when another token remains, so a name that *is*
    ``De`` is not erased. Spelling is left alone: ``habyalimana`` stays as written.

``phonetic_key(text)``
    A deliberately coarse key under which the spellings that Kinyarwanda orthography
    and its French and English transcriptions allow for one spoken name coincide. It is
    used for blocking and as one level of the name comparisons, never as the only
    evidence; Jaro-Winkler on the normalised form still separates near neighbours.

Rules of the phonetic key, applied to each normalised token in this order:

1. ``ph`` -> ``f`` and ``th`` -> ``t`` (French spellings of Greek names: ``Théophile``,
   ``Philomène``); ``qu``/``q`` -> ``k``; ``x`` -> ``ks``; ``ch`` -> ``sh`` (French
   ``ch`` is Kinyarwanda ``sh``: ``Chyaka``/``Shyaka``); after rule 3, ``dj`` -> ``j``.
2. ``cy`` -> ``k``, then ``c`` before ``e``/``i`` -> ``s`` (French soft c: ``Cécile``),
   then every other ``c`` -> ``k`` (``Callixte``/``Kalixte``). Kinyarwanda ``cy`` is a
   palatal stop and ``ki``/``ke`` are pronounced [ci]/[ce] at the speaker's choice; the
   2014 orthography reform of the Rwanda Academy of Language and Culture replaced
   ``(n)cy`` before ``i``/``e`` by ``(n)ki``/``(n)ke``.
3. ``jy`` -> ``j``, then ``g`` before ``e``/``i`` -> ``j``. The same 2014 reform writes
   ``ngewe`` for ``njyewe`` and ``umugi`` for ``umujyi``; French soft ``g`` (``Gérard``)
   is the sound English spells ``j``.
4. ``w`` -> ``u``, then ``ou`` -> ``u`` (colonial ``Ruanda``, French ``ou`` for /u/).
5. ``y`` -> ``i`` (``Habyarimana``/``Habiarimana``, ``Kayibanda``/``Kaibanda``).
6. ``l`` -> ``r``. Kinyarwanda has a single liquid phoneme, a tap [ɾ]; the official
   orthography writes ``r`` and keeps ``l`` for loan words, but older and
   French-influenced spellings use ``l`` freely: the last pre-colonial king is
   ``Kigeli IV Rwabugili`` in Delmas' genealogies and ``Kigeri IV Rwabugiri`` today.
7. Runs of one repeated letter collapse to one (before the rules as well as after,
   which makes the key idempotent): doubled vowels (vowel length is
   contrastive in speech but unmarked in the official orthography, so some writers
   double long vowels), ``-ll-`` against ``-l-`` and ``-r-`` after rule 6, and French
   doubled consonants (``Emmanuel``/``Emanuel``).

Sources checked for these rules (retrieved November 2026):

* Wikibooks, *Kinyarwanda/Orthography* (en.wikibooks.org/wiki/Kinyarwanda/Orthography):
  "the language has only one liquid, both r and l are used in the orthography. The
  liquid r is used in all texts and l is used only in loan-words"; vowel length and
  tone are not marked in the official orthography.
* Scott Myers, *Kinyarwanda* phonology pages, University of Texas at Austin
  (www.laits.utexas.edu/phonology/kinyarwanda/): the consonant inventory has one tap
  /ɾ/ and no lateral; vowels contrast in length.
* Wikipedia-derived summary *Kinyarwanda* (wikisum.wiki/wiki/Kinyarwanda): "the
  sequences 'ki' and 'ke' may be pronounced interchangeably as [ki] and [ke] or [ci]
  and [ce] according to speaker's preference".
* The New Times (Kigali), 29 October 2014, *How new orthography will simplify
  Kinyarwanda*: ``(n)jy`` and ``(n)cy`` only before ``a``/``o``/``u``; ``(n)gi``,
  ``(n)ge``, ``(n)ki``, ``(n)ke`` before ``i`` and ``e`` (``njyewe`` -> ``ngewe``).
* L. Delmas, *Généalogies de la noblesse (les Batutsi) du Ruanda* (Kabgayi, 1950) and
  the Cahier no. 45 *Rwabugili, le dernier monarque du Rwanda pré-colonial*: spellings
  ``Ruanda``, ``Kigeli``, ``Rwabugili`` beside today's ``Rwanda``, ``Kigeri``,
  ``Rwabugiri``.

``sorted_token_key(*parts)`` joins the normalised tokens of all parts in alphabetical
order, so ``("Marie", "Mukamana")`` and ``("Mukamana", "Marie")`` share a key: lists
disagree on which of a Rwandan's names is the "family" one (most Rwandans carry a
personal Kinyarwanda name and a Christian name, with no inherited surname), and many
write the Kinyarwanda name first in capitals. ``sorted_phonetic_key`` does the same on
phonetic tokens. ``split_full_name`` applies that capitals convention to a list that has
only a full-name column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = [
    "fold",
    "normalise_name",
    "normalise_place",
    "name_tokens",
    "phonetic_token",
    "phonetic_key",
    "sorted_token_key",
    "sorted_phonetic_key",
    "split_full_name",
]

# Letters that NFKD leaves whole; mapped to the Latin letters a French or English
# writer would type for them.
_UNDECOMPOSED = str.maketrans({
    "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
    "ı": "i", "ŀ": "l", "ħ": "h", "ŧ": "t",
})

# Honorifics and religious titles in French, English and Kinyarwanda lists.
_TITLES = frozenset({
    "m", "mr", "mrs", "ms", "mme", "mlle", "mmes", "mm", "dr", "prof", "me",
    "abbe", "pere", "frere", "soeur", "sr", "fr", "mgr", "rev", "pasteur", "padiri",
    "madame", "monsieur", "mademoiselle", "veuve", "vve",
})
# Particles joining names: French, Dutch/Flemish (Belgian records), and the Kinyarwanda
# genitive connectives "wa"/"ya" ("son of", "of").
_PARTICLES = frozenset({"de", "du", "des", "d", "la", "le", "l", "van", "von", "der", "den", "wa", "ya"})
# Female name prefixes ("mother of ...", "wife of ...") sometimes written as separate words.
_JOINED_PREFIXES = frozenset({"nyira", "muka"})
# Words that name the administrative level rather than the place.
_PLACE_WORDS = frozenset({
    "commune", "secteur", "cellule", "prefecture", "province", "district", "ville",
    "colline", "paroisse", "sector", "cell", "umurenge", "akagari", "akarere",
    "intara", "perefegitura", "komine", "city", "town", "village", "umudugudu",
})

_SEPARATORS = re.compile(r"\s+")
_NOT_ALNUM_ASCII = re.compile(r"[^a-z0-9]+")


def fold(text: object) -> str:
    """Fold Unicode text to lower-case letters and digits separated by single spaces.

    Compatibility decomposition, case folding, removal of combining marks and of
    everything that is not a letter or digit. ``None`` and NaN give ``""``. Idempotent:
    ``fold(fold(x)) == fold(x)`` for every string.

    Examples:
        >>> fold("  Thérèse  MUKAMANA-")
        'therese mukamana'
        >>> fold("Jean-Baptiste d'Arc")
        'jean baptiste d arc'
    """
    if text is None or (isinstance(text, float) and text != text):
        return ""
    value = str(text)
    if value.isascii():
        # Most names in the lists are plain ASCII: one pass, no Unicode tables.
        return " ".join(_NOT_ALNUM_ASCII.sub(" ", value.lower()).split())
    # Fold until nothing changes: a few compatibility characters only reach their
    # final form after a second pass (a decomposition that yields upper case, a case
    # folding that yields a decomposable letter).
    for _ in range(4):
        folded = _fold_once(value)
        if folded == value:
            break
        value = folded
    return value


def _fold_once(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value).casefold()
    decomposed = unicodedata.normalize("NFKD", decomposed)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Mc", "Me"):
            continue
        char = char.translate(_UNDECOMPOSED)
        kept.append(char if char.isalnum() else " ")
    return " ".join("".join(kept).split())


def name_tokens(text: object) -> list[str]:
    """Normalised tokens of one name field: folded, titles and particles dropped,
    ``Nyira``/``Muka`` joined to the name they introduce."""
    tokens = fold(text).split()
    if not tokens:
        return []
    kept = [t for t in tokens if t not in _TITLES and t not in _PARTICLES]
    if not kept:
        # The whole field was particles or titles: keep it as written rather than
        # erasing a real name such as "De" or "Le".
        kept = tokens
    joined: list[str] = []
    index = 0
    while index < len(kept):
        token = kept[index]
        if token in _JOINED_PREFIXES and index + 1 < len(kept):
            joined.append(token + kept[index + 1])
            index += 2
            continue
        joined.append(token)
        index += 1
    return joined


def normalise_name(text: object) -> str:
    """The normalised form of a name: folded tokens, titles and particles removed.

    Idempotent. Word order is kept; use :func:`sorted_token_key` to ignore it.

    Examples:
        >>> normalise_name("Mme MUKAMANA-")
        'mukamana'
        >>> normalise_name("Nyira Bahire")
        'nyirabahire'
    """
    return " ".join(name_tokens(text))


def normalise_place(text: object) -> str:
    """The normalised form of a place name: folded, without words naming the
    administrative level ("Commune de Kivumu", "Secteur Nyange") or particles."""
    tokens = [t for t in fold(text).split() if t not in _PLACE_WORDS and t not in _PARTICLES]
    return " ".join(tokens)


# Ordered rewrite rules of the phonetic key; see the module docstring for why each exists.
_PHONETIC_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        # Collapse first too, so that a rule never meets a doubled letter ("ddj").
        (r"([a-z])\1+", r"\1"),
        (r"ph", "f"),
        (r"th", "t"),
        (r"qu", "k"),
        (r"q", "k"),
        (r"x", "ks"),
        (r"ch", "sh"),
        (r"cy", "k"),
        (r"c(?=[eiy])", "s"),
        (r"c", "k"),
        (r"jy", "j"),
        (r"g(?=[eiy])", "j"),
        # After the rules that make a "j", so that "dgi" and "djy" end as "ji".
        (r"dj", "j"),
        (r"w", "u"),
        # After "w" -> "u", so that "owu" ends as "u".
        (r"ou", "u"),
        (r"y", "i"),
        (r"l", "r"),
        (r"([a-z])\1+", r"\1"),
    )
)


def phonetic_token(token: str) -> str:
    """The phonetic key of one normalised token (rules in the module docstring).

    Tokens are expected to be output of :func:`normalise_name`; other input is folded
    first. Idempotent.

    Examples:
        >>> phonetic_token("habyalimana") == phonetic_token("habyarimana")
        True
        >>> phonetic_token("moukamana") == phonetic_token("mukamana")
        True
    """
    value = token if token.isascii() and token.islower() and " " not in token else fold(token)
    for pattern, replacement in _PHONETIC_RULES:
        value = pattern.sub(replacement, value)
    return value


def phonetic_key(text: object) -> str:
    """The phonetic key of a name: :func:`phonetic_token` of each normalised token,
    in the original order."""
    return " ".join(phonetic_token(t) for t in name_tokens(text))


def _tokens_of_parts(parts: Iterable[object]) -> list[str]:
    tokens: list[str] = []
    for part in parts:
        tokens.extend(name_tokens(part))
    return tokens


def sorted_token_key(*parts: object) -> str:
    """Normalised tokens of all parts in alphabetical order, so that given and family
    names written in either order, or in a single full-name field, share a key.

    Examples:
        >>> sorted_token_key("Marie", "MUKAMANA") == sorted_token_key("Mukamana Marie", None)
        True
    """
    return " ".join(sorted(_tokens_of_parts(parts)))


def sorted_phonetic_key(*parts: object) -> str:
    """Phonetic tokens of all parts in alphabetical order (swap-proof and
    spelling-tolerant)."""
    return " ".join(sorted(phonetic_token(t) for t in _tokens_of_parts(parts)))


def split_full_name(text: object) -> tuple[str, str]:
    """Split a full name into ``(given, family)`` normalised parts.

    Rwandan lists usually write the Kinyarwanda name in capitals and the Christian
    names in title case, in either order (``MUKAMANA Marie Claire``). When the raw
    text has both capitalised and non-capitalised words, the capitalised words are
    the family part. Otherwise the first word is taken as the family name, the
    order in which administrative lists write names; the linker's swapped-name
    comparison levels absorb a wrong guess.

    Examples:
        >>> split_full_name("Marie Claire MUKAMANA")
        ('marie claire', 'mukamana')
        >>> split_full_name("mukamana marie")
        ('marie', 'mukamana')
    """
    if text is None or (isinstance(text, float) and text != text):
        return "", ""
    words = [w for w in _SEPARATORS.split(str(text).strip()) if fold(w)]
    upper = [w for w in words if w.isupper() and len(fold(w)) > 1]
    if upper and len(upper) < len(words):
        family = " ".join(upper)
        given = " ".join(w for w in words if w not in upper)
        return normalise_name(given), normalise_name(family)
    tokens = name_tokens(" ".join(words))
    if len(tokens) <= 1:
        return "", " ".join(tokens)
    return " ".join(tokens[1:]), tokens[0]
