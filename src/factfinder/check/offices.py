"""Offices a text gives to named people ("Bagosora, the army chief of staff", "four pupils called
Jean-Paul Akayesu the prefect of Gitarama", « Bagosora, qu'il présente comme « le chef d'état-major » »),
read as values: a kind of office, and where it has one, its portfolio, unit or place.

The same reader parses the office the court records give each accused (the proceedings' `affiliation`,
"FAR colonel; directeur de cabinet, Ministry of Defence"), so the two can be compared kind for kind
(`verdicts._office_reading`). Only offices of one *family* exclude each other: a commune's mayor is not
its prefecture's prefect, a prime minister is not the head of state, and the army's chief of staff is not
the defence ministry's directeur de cabinet; but a businessman may be an Interahamwe leader too, and a
party office says nothing about a government post. Ranks (colonel, major) are never read: officers are
promoted, and a text's rank is often the one at trial.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

# Families of offices one person held one of at a time in 1994, so that another of the same family is
# another person's office. The rest ("profession", "party", "media", "militia") only ever agree.
EXCLUSIVE_FAMILIES = frozenset({"local", "national", "military"})


@dataclass(frozen=True)
class Office:
    kind: str            # "mayor", "prefect", "prime_minister", "army_chief", "commander", …
    family: str          # "local", "national", "military", "media", "party", "militia", "profession"
    detail: str | None   # a minister's portfolio, a commander's unit
    place: str | None    # the commune, prefecture, sector or camp, as written
    start: int
    end: int
    text: str
    # said of the person as what the sentence tells ("Bagosora was directeur de cabinet", "called Akayesu
    # the prefect", "Nzuwonemeye, who commanded the RECCE battalion"), not only to name them ("the
    # businessman Félicien Kabuga was arrested"): only a predicate's agreement supports a sentence
    predicative: bool = False


_PLACE = r"(?P<place>(?-i:[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)?))"
_PLACE_FIRST = r"(?P<place2>(?-i:[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)?))"   # "the Taba mayor"
_OF = r"\s+(?:of|for|de|du|d['’]|in|à)\s*(?:the\s+|la\s+|l['’])?"

# Portfolios of ministers, as the records and texts write them, in English and French.
PORTFOLIOS = {
    "family": r"famil\w*|women|femmes?|gender|condition\s+féminine",
    "health": r"health|santé",
    "information": r"information",
    "foreign": r"foreign|affaires\s+étrangères",
    "commerce": r"commerce|trade",
    "finance": r"financ\w*",
    "transport": r"transport\w*|communications?",
    "education": r"education|éducation|enseignement|primary\s+and\s+secondary",
    "planning": r"planning|plan",
    "youth": r"youth|jeunesse",
    "civil_service": r"civil\s+service|fonction\s+publique",
    "interior": r"interior|intérieur|home\s+affairs",
    "defence": r"defen[cs]e|défense",
    "justice": r"justice",
    "agriculture": r"agricultur\w*",
}
_PORTFOLIO = re.compile("|".join(f"(?P<{k}>\\b(?:{v})\\b)" for k, v in PORTFOLIOS.items()), re.I)

# Units a commander led, normalised (a sector or a camp also has its place).
UNITS = {
    "paracommando": r"para[- ]?commandos?(?:\s+battalion)?|bataillon\s+para[- ]?commandos?",
    "recce": r"reconnaissance\s+(?:\(RECCE\)\s+)?battalion|RECCE(?:\s+battalion)?|bataillon\s+(?:de\s+)?reconnaissance",
    "presidential_guard": r"presidential\s+guard|garde\s+présidentielle",
    "eso": r"ESO|École\s+des\s+sous-officiers|Ecole\s+des\s+sous-officiers|non-commissioned\s+officers['’]?\s+school",
    "sector": r"(?:(?-i:[A-ZÀ-Ý][\w'’]+)\s+)?operational\s+sector(?:\s+of\s+(?-i:[A-ZÀ-Ý][\w'’]+))?|"
              r"secteur\s+opérationnel(?:\s+de\s+(?-i:[A-ZÀ-Ý][\w'’]+))?",
    "camp": r"(?:(?-i:[A-ZÀ-Ý][\w'’]+)\s+)?military\s+camp(?:\s+(?:at|in|of)\s+(?-i:[A-ZÀ-Ý][\w'’]+))?|"
            r"camp\s+militaire(?:\s+de\s+(?-i:[A-ZÀ-Ý][\w'’]+))?",
}
_UNIT = "|".join(f"(?:{v})" for v in UNITS.values())
_UNIT_RE = re.compile("|".join(f"(?P<u_{k}>{v})" for k, v in UNITS.items()), re.I)

_CHIEF = r"chief\s+of\s+(?:the\s+)?(?:general\s+)?staff"
_ETAT_MAJOR = r"chef\s+d['’]état-major(?:\s+général)?"
_DEFENCE_MINISTRY = r"(?:ministry\s+of\s+defen[cs]e|defen[cs]e\s+ministry|minist[èe]re\s+de\s+la\s+défense)"

# (kind, family, pattern); the longer, more specific readings of one span win (see `read_offices`).
_PATTERNS: list[tuple[str, str, str]] = [
    ("army_chief", "military",
     rf"\b(?:army|FAR|armed\s+forces|military|Rwandan\s+army)(?:['’]s)?\s+{_CHIEF}\b|\b{_CHIEF}\s+(?:of|to)\s+the\s+"
     rf"(?:Rwandan\s+|national\s+|government\s+)?(?:army|armed\s+forces|FAR)\b|\b{_ETAT_MAJOR}\s+(?:de\s+l['’]armée"
     rf"(?:\s+rwandaise)?|des\s+FAR|des\s+forces\s+armées(?:\s+rwandaises)?)\b"),
    ("gendarmerie_chief", "military",
     rf"\bgendarmerie(?:['’]s)?\s+{_CHIEF}\b|\b{_CHIEF}\s+of\s+the\s+(?:national\s+)?gendarmerie\b|"
     rf"\b{_ETAT_MAJOR}\s+de\s+la\s+gendarmerie\b"),
    ("cabinet_director", "military",
     rf"\bdirecteur\s+de\s+cabinet\b(?:\s+(?:at|in|of|au|du)\s+(?:the\s+)?{_DEFENCE_MINISTRY})?|\bcabinet\s+director\b|"
     rf"\bchef\s+de\s+cabinet\b|\b{_CHIEF}\s+(?:at|in|of|to)\s+the\s+(?:\w+\s+)?{_DEFENCE_MINISTRY}|"
     rf"\b{_DEFENCE_MINISTRY}['’]s?\s+{_CHIEF}\b"),
    ("chief_of_staff", "military", rf"\b{_CHIEF}\b|\b{_ETAT_MAJOR}\b"),
    ("deputy_commander", "military",
     rf"\b(?:second[- ]in[- ]command|deputy\s+commander|commandant\s+(?:en\s+second|adjoint))\s+(?:of|de|du)\s+"
     rf"(?:the\s+|la\s+|le\s+|l['’])?(?:{_UNIT})"),
    ("commander", "military",
     rf"\b(?:commander|commanding\s+officer|commanded|commanding|commandant|commandait|command(?:ed)?\s+of|"
     rf"headed|led|dirigeait|à\s+la\s+tête)\s+(?:of\s+|de\s+|du\s+|des\s+)?(?:the\s+|la\s+|le\s+|l['’])?(?:{_UNIT})|"
     rf"(?:{_UNIT})\s+(?:commander|commandant)\b"),
    ("subprefect", "local", r"\b(?:sub-?prefects?|sous-préfets?)\b"),
    ("mayor", "local",
     rf"\b(?:mayors?|bourgmestres?|burgomasters?|maires?)\b(?:{_OF}(?:(?:commune|town|district)\s+(?:of|de|d['’])\s*)?"
     rf"{_PLACE})?|\b{_PLACE_FIRST}\s+(?:mayor|bourgmestre|burgomaster)\b"),
    ("prefect", "local",
     rf"(?<![-\w])(?:prefects?|préfets?|governors?)\b(?:{_OF}(?:(?:prefecture|préfecture|province)\s+(?:of|de|d['’])\s*)?"
     rf"{_PLACE})?|\b{_PLACE_FIRST}\s+(?:prefect|préfet)\b"),
    ("councillor", "local",
     r"\bsector\s+councillors?\b|\bcouncillors?\s+(?:of|for)\s+(?:the\s+)?\w+\s+sector\b|"
     r"\bconseillers?\s+(?:de|du)\s+secteur\b"),
    ("prime_minister", "national",
     r"\bprime\s+minister\b|\bpremier\s+ministre\b|\bPM\b|\bhead(?:ed)?\s+(?:of\s+)?the\s+interim\s+government\b|"
     r"\bchef\s+du\s+gouvernement\b"),
    ("head_of_state", "national",
     r"\bpresident\s+of\s+(?:Rwanda|the\s+Republic|the\s+country)\b|\bRwanda['’]s\s+president\b|\bhead\s+of\s+state\b|"
     r"(?<![-\w])(?:interim\s+)?president\b(?=\s*(?:$|[,.;:)»”\"'’]|\s+(?:during|in\s+1994|at\s+the\s+time|when)\b))|"
     r"\bprésident\s+de\s+la\s+République\b|\bchef\s+de\s+l['’]État\b|\bprésident\s+(?:rwandais|du\s+Rwanda)\b|"
     r"\bprésident\s+par\s+intérim\b"),
    ("minister", "national",
     r"\b(?:minister|ministre)\b(?:\s+(?:of|for|de|des|du|de\s+la|de\s+l['’])\s+(?:the\s+)?(?P<portfolio>[\w'’ -]{3,45}?)"
     r"(?=[,.;:)»”\"']|\s+(?:in|during|under|at|when|who|and\s+(?:a|the|was|had)|was|et\s+(?:le|la|un)|qui|$)|$))?|"
     r"\b(?P<portfolio2>(?:" + "|".join(PORTFOLIOS.values()) + r")(?:\s+affairs)?)\s+minister\b"),
    ("party_office", "party",
     r"\b(?:MRND|CDR|MDR|PSD|PL|Parti\s+libéral|party|Interahamwe)(?:['’]s)?\s+(?:(?:national\s+)?(?:vice-|deputy\s+)?"
     r"(?:president|chairman|chair|secretary|leader)|founders?|founding\s+members?)\b|"
     r"\b(?:(?:vice-|deputy\s+)?(?:president|chairman|secretary)|founders?|(?:vice-)?président)\s+(?:of|du|de\s+la)\s+"
     r"(?:the\s+)?(?:MRND|CDR|MDR|PSD|PL|Parti\s+libéral|Interahamwe|party)\b"),
    ("kangura_editor", "media", r"\b(?:editor|rédacteur\s+en\s+chef|directeur)\s+(?:in\s+chief\s+)?(?:of|de|du)\s+"
                                r"(?:the\s+)?Kangura\b|\bKangura['’]s\s+(?:editor|founder)\b|\bKangura\s+editor\b"),
    ("rtlm_founder", "media", r"\b(?:co-?)?(?:founders?|fondateurs?|founding\s+members?)\s+(?:of|de)\s+(?:the\s+)?RTLM\b|"
                              r"\bRTLM['’]s\s+(?:co-?)?founder\b|\bRTLM\s+(?:co-?)?founder\b"),
    ("rtlm_presenter", "media", r"\bRTLM(?:['’]s)?\s+(?:presenter|announcer|journalist|broadcaster|host)s?\b|"
                                r"\b(?:presenter|announcer|journalist|animateur)s?\s+(?:at|of|on|for|de|à)\s+(?:the\s+)?RTLM\b"),
    ("interahamwe_leader", "militia",
     r"\b(?:Interahamwe|militia)\s+(?:leader|chief|commander)s?\b|\bleaders?\s+of\s+the\s+(?:\w+\s+)?Interahamwe\b|"
     r"\bchef\s+(?:des\s+)?(?:Interahamwe|miliciens)\b"),
    ("businessman", "profession", r"\bbusiness(?:man|men|woman)\b|\bhommes?\s+d['’]affaires\b|\btycoon\b|\bfinancier\b"),
    ("clergy", "profession", r"\b(?:pastors?|priests?|nuns?|pasteurs?|prêtres?|religieuses?|abbé|mother\s+superior)\b"),
    ("doctor", "profession", r"\b(?:medical\s+)?doctor\b|\bmédecin\b|\bphysician\b|\bgynaecologist\b|\bgynécologue\b"),
]
_COMPILED = [(kind, family, re.compile(pattern, re.I)) for kind, family, pattern in _PATTERNS]
_ANY = re.compile("|".join(f"(?:{re.sub(r'[(][?]P<[a-z0-9_]+>', '(?:', p)})" for _, _, p in _PATTERNS), re.I)


def mentions_office(text: str) -> bool:
    """Whether the text names any office this module reads (a quick test before `read_offices`)."""
    return bool(_ANY.search(text))


def _detail(kind: str, m: re.Match) -> str | None:
    if kind == "minister":
        words = m.group("portfolio") or m.group("portfolio2") or ""
        found = _PORTFOLIO.search(words)
        return found.lastgroup if found else None
    if kind in ("commander", "deputy_commander"):
        unit = _UNIT_RE.search(m.group(0))
        return unit.lastgroup[2:] if unit else None
    return None


def _unit_place(detail: str | None, text: str) -> str | None:
    """The place of a sector or a camp a command names, else None."""
    if detail not in ("sector", "camp"):
        return None
    # "the Gisenyi operational sector", "Ngoma military camp", "the operational sector of Gisenyi"
    names = [w for w in re.findall(r"\b[A-ZÀ-Ý][\w'’]+", text) if w.lower() not in _NOT_PLACES]
    return names[-1] if names else None


_NOT_PLACES = {"the", "operational", "military", "camp", "sector", "commander", "commanded", "commandant", "head",
               "headed", "led", "secteur", "de", "la", "le", "of", "at", "in"}


def read_offices(text: str) -> list[Office]:
    """Every office named in `text`, left to right; of overlapping readings the most specific (the
    longest, then the first listed) is kept: "the army chief of staff" is not also a bare "chief of
    staff", "prime minister" not also a "minister"."""
    found: list[tuple[int, int, int, Office]] = []
    for rank, (kind, family, pattern) in enumerate(_COMPILED):
        for m in pattern.finditer(text):
            detail = _detail(kind, m)
            if kind == "minister" and re.search(r"\bprime\s+$|\bpremier\s+$", text[max(0, m.start() - 7):m.start()],
                                                re.I):
                continue
            place = m.groupdict().get("place") or m.groupdict().get("place2")
            if kind in ("commander", "deputy_commander"):
                place = _unit_place(detail, m.group(0))
            found.append((m.start(), m.end(), rank, Office(kind, family, detail, place, m.start(), m.end(),
                                                           m.group(0))))
    kept: list[Office] = []
    for start, end, rank, office in sorted(found, key=lambda f: (-(f[1] - f[0]), f[2])):
        if any(start < k.end and k.start < end for k in kept):
            continue
        kept.append(office)
    return sorted(kept, key=lambda o: o.start)


# What may stand between a name and the office given it in apposition or as a predicate ("Bagosora, the
# army chief of staff", "Kambanda, who was then prime minister", "called Akayesu the prefect of
# Gitarama", "described Kayishema as the mayor", « Bagosora, qu'il présente comme « le chef d'état-major »).
_LINK = re.compile(
    r"[\s,(«“\"'‘]*(?:(?:the|a|an|then|former|ex-|later|once|still|also|its|his|her|their|le|la|l['’]|les|un|une|alors|"
    r"ancien(?:ne)?s?|deux|two|both|tous\s+deux|who|which|qui|was|were|had\s+been|is|are|était|étaient|a\s+été|"
    r"ont\s+été|fut|served\s+as|became|devenu|as|comme|en\s+tant\s+que|qu['’](?:il|elle|ils|elles|on)\s+"
    r"(?:présente|présentent|appelle|appellent|décrit|décrivent|qualifie|qualifient)(?:\s+(?:comme|de))?|"
    r"whom\s+(?:it|he|she|they|the\s+\w+)\s+(?:calls?|called|describes?|described|presents?|presented|names?|named)"
    r"(?:\s+as)?|at\s+the\s+time|in\s+1994|en\s+1994|at\s+that\s+time)(?![\w'’])[\s,«“\"'‘]*)*", re.I)
# Before an office written first ("the army chief of staff, Augustin Bizimungu", "former mayor Jean-Paul
# Akayesu", « le préfet Laurent Bucyibaruta »): only a comma or a quotation mark between them.
_LINK_BEFORE = re.compile(r"[\s,«“\"'‘»”’]*")
# An office said not to be theirs ("not chief of staff", « et non préfet »).
_DENIED = re.compile(r"\b(?:not|n['’]t|never|nor|no\s+longer|non|pas|ni|jamais|rather\s+than|instead\s+of|"
                     r"plutôt\s+que)\s+(?:(?:as|the|a|an|le|la|l['’]|un|une|comme)\s+)?[«“\"'‘]?\s*$", re.I)
# The links that make the office a predicate: a verb, "as", « comme ».
_PREDICATE = re.compile(r"\b(?:who|which|qui|was|were|is|are|était|étaient|a\s+été|ont\s+été|fut|served|became|devenu|"
                        r"as|comme|en\s+tant\s+que|présentent|présente|appelle|appellent|décrit|décrivent|qualifie|"
                        r"qualifient|calls?|called|describes?|described|presents?|presented|names?|named)\b", re.I)
_VERBAL = re.compile(r"(?:commanded|commanding|commandait|headed|led|dirigeait)\b", re.I)
_CONJUNCTION = re.compile(r"\s*(?:,|and|et|&)\s+(?-i:(?:[A-ZÀ-Ý][\w'’.-]+\s+){0,3})$", re.I)
_FIRST_NAMES = re.compile(r"(?:(?:[A-ZÀ-Ý][\w'’.-]*|le\s+colonel|le\s+général|le\s+major|le\s+capitaine)\s+){0,4}$")
# A clause whose verb is a command ("Ntabakuze commanded the para-commando battalion, and Nsengiyumva the
# operational sector of Gisenyi"): after it, a name and a unit alone are that verb's too.
_COMMAND_VERB = re.compile(r"\b(?:commanded|commandait|commandaient|headed|led|dirigeait)\b", re.I)


def name_start(text: str, start: int) -> int:
    """Where a name whose family name starts at `start` begins, with its first names and a title."""
    m = _FIRST_NAMES.search(text[max(0, start - 80):start])
    return start - (len(m.group(0)) if m else 0)


def offices_given(text: str, mentions: dict[str, list[tuple[int, int]]]) -> dict[str, list[Office]]:
    """For each person (key) mentioned at the given spans of their family name, the offices `text`
    gives them. Offices written as denied ("not chief of staff") are left out; an office in the
    plural after two names joined by "and" is both people's."""
    offices = read_offices(text)
    given: dict[str, list[Office]] = {who: [] for who in mentions}
    spans = sorted((s, e, who) for who, ms in mentions.items() for s, e in ms)
    for office in offices:
        if _DENIED.search(text[max(0, office.start - 30):office.start]):
            continue
        holders: list[str] = []
        # the nearest name before the office, with nothing but a link between them
        before = [(s, e, who) for s, e, who in spans if e <= office.start]
        if before:
            s, e, who = before[-1]
            if _LINK.fullmatch(text[e:office.start]):
                holders.append(who)
                if _PREDICATE.search(text[e:office.start]) or _VERBAL.match(office.text):
                    office = replace(office, predicative=True)
                # "Octavien Ngenzi et Tito Barahira comme « deux anciens préfets »"
                first = name_start(text, s)
                for s2, e2, who2 in reversed(before[:-1]):
                    if who2 in holders or not _CONJUNCTION.fullmatch(text[e2:first]):
                        break
                    holders.append(who2)
                    first = name_start(text, s2)
        after = [(s, e, who) for s, e, who in spans if s >= office.end]
        if after and not holders and not _VERBAL.match(office.text):
            s, e, who = after[0]
            if _LINK_BEFORE.fullmatch(text[office.end:name_start(text, s)]) and \
                    re.search(r"(?:\b(?:the|former|ex|then|le|la|l['’]|ancien(?:ne)?|son|its|his|their)\s*|^|[,(]\s*)$",
                              text[max(0, office.start - 12):office.start], re.I):
                holders.append(who)
        for who in holders:
            given[who].append(office)
    # "…, and Nsengiyumva the operational sector of Gisenyi": a unit after a name, in a sentence whose verb
    # of command it shares
    verb = _COMMAND_VERB.search(text)
    if verb:
        for s, e, who in spans:
            if s < verb.start():
                continue
            m = re.match(rf"\s+(?:the\s+|la\s+|le\s+|l['’])?(?:{_UNIT})", text[e:], re.I)
            if m and not any(o.start <= e + m.end() and e <= o.end for o in given[who]):
                unit = _UNIT_RE.search(m.group(0))
                detail = unit.lastgroup[2:] if unit else None
                given[who].append(Office("commander", "military", detail, _unit_place(detail, m.group(0)),
                                         e + m.start(), e + m.end(), m.group(0).strip(), predicative=True))
    return given


def compare(stated: Office, record: list[Office]) -> str | None:
    """"supports", "contradicts" or None (the record's offices say nothing either way), leaving places
    to the caller: a stated office is the record's when the kind (and any portfolio or unit) is one the
    record gives; another of an exclusive family contradicts when the record gives one of that family."""
    same = [r for r in record if _same_kind(stated, r)]
    if same:
        if stated.detail and any(r.detail and r.detail != stated.detail for r in same) and \
                not any(r.detail == stated.detail for r in same):
            return "contradicts"   # the minister of health, not of the family; another battalion's commander
        return "supports"
    if stated.family not in EXCLUSIVE_FAMILIES:
        return None
    family = [r for r in record if r.family == stated.family]
    if not family:
        return None   # (a party office or a profession in the records says nothing of a government post)
    if stated.family == "military" and stated.kind in ("commander", "deputy_commander") and \
            not any(r.kind in ("commander", "deputy_commander") for r in family):
        return None   # a chief of staff may have commanded a unit before (careers move)
    if stated.family == "national" and stated.kind == "minister" and not stated.detail and \
            any(r.kind == "prime_minister" for r in family):
        return None   # "a former minister" of a prime minister
    return "contradicts"


def _same_kind(stated: Office, record: Office) -> bool:
    if stated.kind == record.kind:
        return True
    # a bare "chief of staff" is any of the three; the defence ministry's directeur de cabinet is often
    # written "chief of staff" in English
    return stated.kind == "chief_of_staff" and record.kind in ("army_chief", "gendarmerie_chief", "cabinet_director")
