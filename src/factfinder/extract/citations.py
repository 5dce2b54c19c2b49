"""Citation markers ("[37]", "(pp. 9-10)", "(Des Forges 1999, p. 15)") and the
reference entries they point to, when the document has a list of references."""

from __future__ import annotations

import re
from dataclasses import dataclass

# [37], [37, 38], [37-39] — but not [sic], [French secret service] or ISO-like [1994].
_BRACKET = re.compile(r"\[(\d{1,4}(?:\s*[,–-]\s*\d{1,4})*)\]")
_PAGES = re.compile(r"\((?:pp?|pages?|at)\.?\s*(\d{1,5}(?:\s*[-–]\s*\d{1,5})?)\)", re.I)
_NAME = r"(?:(?:de|des|van|von|du|la|le)\s)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}"
_AUTHOR_YEAR = re.compile(r"\((?:" + _NAME + r"(?:\s(?:and|&|et)\s" + _NAME + r"|\set\sal\.)?,?\s(?:1[89]|20)\d\d[a-z]?"
                          r"(?:,\s*(?:pp?\.\s*)?\d{1,5}(?:\s*[-–]\s*\d{1,5})?)?"
                          r"(?:;\s*[A-Z][\w'’-]+(?:\set\sal\.)?,?\s(?:1[89]|20)\d\d[a-z]?)*)\)")
_SUPERSCRIPT = re.compile(r"(?<=[a-z.,;”\"])([¹²³⁴⁵⁶⁷⁸⁹⁰]+)")
_SUPERSCRIPT_DIGITS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
# A reference entry: a line that starts with a marker, e.g. "[37] Des Forges, A. …" or "37. Des Forges …".
_REFERENCE_LINE = re.compile(r"^\s*(?:\[(\d{1,4})\]|(\d{1,4})[.)])\s+(\S.{10,})$", re.M)


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    text: str
    style: str  # numeric | pages | author_year
    numbers: tuple[int, ...]
    pages: str | None
    reference: dict | None  # {"start", "end", "text"} of the entry it points to

    def to_dict(self) -> dict:
        normalized = {"style": self.style}
        if self.numbers:
            normalized["numbers"] = list(self.numbers)
        if self.pages:
            normalized["pages"] = self.pages
        if self.reference:
            normalized["reference"] = self.reference
        return {"type": "citation", "text": self.text, "start": self.start, "end": self.end,
                "normalized": normalized, "confidence": 0.95 if self.style == "numeric" else 0.85}


def _expand(numbers: str) -> tuple[int, ...]:
    out: list[int] = []
    for part in re.split(r"\s*,\s*", numbers):
        bounds = re.split(r"\s*[–-]\s*", part)
        if len(bounds) == 2 and bounds[0].isdecimal() and bounds[1].isdecimal():
            low, high = int(bounds[0]), int(bounds[1])
            out.extend(range(low, high + 1) if 0 <= high - low <= 50 else (low, high))
        elif part.isdecimal():
            out.append(int(part))
    return tuple(out)


def reference_entries(text: str) -> dict[int, dict]:
    """Numbered reference lines, keyed by number. Only the last occurrence of a number counts
    (notes sections come after the body, where the same pattern may appear in lists)."""
    entries: dict[int, dict] = {}
    for match in _REFERENCE_LINE.finditer(text):
        number = int(match.group(1) or match.group(2))
        entries[number] = {"start": match.start(3), "end": match.end(3), "text": match.group(3).strip()}
    return entries


def find_citations(text: str) -> list[Citation]:
    references = reference_entries(text)
    reference_starts = {(e["start"]) for e in references.values()}
    found: list[Citation] = []
    for match in _BRACKET.finditer(text):
        numbers = _expand(match.group(1))
        line_start = text.rfind("\n", 0, match.start()) + 1
        if text[line_start:match.start()].strip() == "" and any(
                abs(s - match.end()) <= 2 for s in reference_starts):
            continue  # this is the label of a reference entry itself
        if numbers and all(1800 <= n <= 2100 for n in numbers) and len(numbers) == 1:
            continue  # "[1994]" is a year in brackets, not a note
        reference = references.get(numbers[0]) if numbers else None
        found.append(Citation(match.start(), match.end(), match.group(), "numeric", numbers, None, reference))
    for match in _PAGES.finditer(text):
        found.append(Citation(match.start(), match.end(), match.group(), "pages", (), match.group(1), None))
    for match in _AUTHOR_YEAR.finditer(text):
        pages = re.search(r"(?:1[89]|20)\d\d[a-z]?,\s*(?:pp?\.\s*)?(\d{1,5}(?:\s*[-–]\s*\d{1,5})?)", match.group())
        found.append(Citation(match.start(), match.end(), match.group(), "author_year", (),
                              pages.group(1) if pages else None, None))
    for match in _SUPERSCRIPT.finditer(text):
        number = int(match.group(1).translate(_SUPERSCRIPT_DIGITS))
        found.append(Citation(match.start(), match.end(), match.group(), "numeric", (number,), None,
                              references.get(number)))
    found.sort(key=lambda c: (c.start, -c.end))
    kept: list[Citation] = []
    for citation in found:
        if kept and citation.start < kept[-1].end:
            continue
        kept.append(citation)
    return kept
