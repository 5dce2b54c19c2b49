"""Decoding bytes into text without silently losing anything, and cutting text
into paragraph-level passages with exact offsets.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from charset_normalizer import from_bytes

from factfinder.errors import E, IngestError

_UTF8_MULTIBYTE = re.compile(rb"[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# Legacy 8-bit encodings common for documents in English and French.
_LEGACY = ["cp1252", "iso8859_15", "latin_1", "mac_roman", "cp850"]


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode(data: bytes, path: str, encoding: str | None = None, errors: str = "strict") -> Decoded:
    """Decode a text file. Invalid bytes are an error (E105) unless errors='replace',
    in which case each replacement is counted in a warning, never dropped silently."""
    if encoding:
        return _decode_with(data, path, encoding, errors, detected=False)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode_with(data, path, name, errors, detected=True)
    if b"\x00" in data[:65536]:
        utf16 = _guess_bomless_utf16(data)
        if utf16:
            return _decode_with(data, path, utf16, errors, detected=True)
        raise IngestError(E.E104, path=path, reason="it contains NUL bytes")
    _reject_control_heavy(data, path)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(data):
            # Valid UTF-8 sequences elsewhere: this is UTF-8 with damaged bytes, not another encoding.
            if errors == "replace":
                return _decode_with(data, path, "utf-8", "replace", detected=False)
            bad = _invalid_utf8_offsets(data)
            more = f" and {len(bad) - 1} more" if len(bad) > 1 else ""
            raise IngestError(E.E105, path=path,
                              reason=f"invalid UTF-8 byte 0x{data[exc.start]:02x} at byte offset {exc.start}{more}; "
                                     f"pass --encoding-errors replace to keep the file with each bad byte "
                                     f"marked as U+FFFD") from exc
    best = from_bytes(data, cp_isolation=_LEGACY).best()
    name = best.encoding if best is not None else "cp1252"
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        name, text = "latin_1", data.decode("latin_1")
    return Decoded(text, name, (f"not UTF-8: decoded as {name} (detected)",))


def _decode_with(data: bytes, path: str, encoding: str, errors: str, detected: bool) -> Decoded:
    try:
        text = data.decode(encoding, errors="strict")
        return Decoded(text, encoding, (f"decoded as {encoding} (detected from byte order mark)",) if detected
                       and encoding != "utf-8-sig" else ())
    except LookupError as exc:
        raise IngestError(E.E105, path=path, reason=f"unknown encoding {encoding!r}") from exc
    except UnicodeDecodeError as exc:
        if errors != "replace":
            raise IngestError(E.E105, path=path,
                              reason=f"byte 0x{data[exc.start]:02x} at byte offset {exc.start} is not valid "
                                     f"{encoding}") from exc
        text = data.decode(encoding, errors="replace")
        count = text.count("\ufffd")
        return Decoded(text, encoding, (f"{count} invalid byte sequence(s) replaced by U+FFFD "
                                         f"(first at byte offset {exc.start})",))


def _invalid_utf8_offsets(data: bytes, limit: int = 10_000) -> list[int]:
    offsets, pos = [], 0
    while pos < len(data) and len(offsets) < limit:
        try:
            data[pos:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            offsets.append(pos + exc.start)
            pos += exc.end
    return offsets


def _guess_bomless_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _reject_control_heavy(data: bytes, path: str) -> None:
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if sample and controls / len(sample) > 0.02:
        raise IngestError(E.E104, path=path, reason=f"{controls / len(sample):.0%} of its first bytes are "
                                                    f"control characters")


# ---------------------------------------------------------------------------------------------
# Passages

_BLANK_LINES = re.compile(r"\n[ \t\f\v\r]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?:;\"”’»)\]]\s*$")
_LIST_ITEM = re.compile(r"^\s*([-*•–]|\d+[.)]|[a-z][.)])\s+|" + r"^\s*(?:" +
                        # a chat or transcript line's opener: a timestamp ("[21:10]", "[07/04, 11:20]",
                        # "[lundi 14:33]"), a thread's numbering ("3/ ", "1/10 "), a speaker's label
                        # ("HonestAbe_:", "MARWOOD:", "Eric:"): each message is a paragraph of its own
                        r"\[[^\]\n]{1,24}\]|\d{1,3}/\d{0,3}|"
                        r"(?:[A-Z][\w.'’-]{1,23}|[\w.-]*[_\d][\w.-]*)(?:\s[A-Z][\w.'’-]{1,23})?\s?:)\s")
MAX_PASSAGE = 4000


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    page: int | None = None


def split_passages(text: str, pages: list[Span] | None = None, one_per_line: bool = False) -> list[Span]:
    """Paragraph-level spans. Blank lines always separate paragraphs; inside a block,
    lines are paragraphs unless they look hard-wrapped (most lines similar in length and
    ending mid-sentence), in which case wrapped lines are joined. Very long paragraphs are
    cut at sentence ends so no passage exceeds MAX_PASSAGE characters. Surrounding
    whitespace is never part of a passage: text[start:end] is exactly the passage."""
    regions = pages or [Span(0, len(text))]
    spans: list[Span] = []
    for region in regions:
        for block_start, block_end in _blocks(text, region.start, region.end):
            for start, end in _paragraphs(text, block_start, block_end, one_per_line):
                for piece_start, piece_end in _cap_length(text, start, end):
                    spans.append(Span(piece_start, piece_end, region.page))
    return spans


def _blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for match in _BLANK_LINES.finditer(text, start, end):
        out.append((pos, match.start()))
        pos = match.end()
    out.append((pos, end))
    return [s for s in (_strip(text, a, b) for a, b in out) if s]


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        stripped = _strip(text, pos, stop)
        if stripped:
            spans.append(stripped)
        pos = stop + 1
    return spans


def _paragraphs(text: str, start: int, end: int, one_per_line: bool) -> list[tuple[int, int]]:
    lines = _line_spans(text, start, end)
    if len(lines) <= 1 or one_per_line:
        return lines
    lengths = [b - a for a, b in lines]
    width = statistics.quantiles(lengths, n=10)[-1] if len(lengths) >= 3 else max(lengths)
    ends_mid_sentence = sum(1 for a, b in lines[:-1] if not _SENTENCE_END.search(text[a:b]))
    hard_wrapped = width <= 120 and ends_mid_sentence >= (len(lines) - 1) / 2
    if not hard_wrapped:
        return lines
    paragraphs, para_start = [], lines[0][0]
    for i, (a, b) in enumerate(lines):
        last = i == len(lines) - 1
        next_is_item = not last and _LIST_ITEM.match(text[lines[i + 1][0]:lines[i + 1][1]])
        short_final = (b - a) < 0.75 * width and _SENTENCE_END.search(text[a:b])
        if last or next_is_item or short_final:
            paragraphs.append((para_start, b))
            if not last:
                para_start = lines[i + 1][0]
    return paragraphs


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’»)]?\s+(?=[A-Z\"“«(\[])")


def _cap_length(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= MAX_PASSAGE:
        return [(start, end)]
    pieces, pos = [], start
    while end - pos > MAX_PASSAGE:
        cut = None
        for match in _SENTENCE_BREAK.finditer(text, pos, pos + MAX_PASSAGE):
            cut = match.end()
        if cut is None or cut <= pos:
            space = text.rfind(" ", pos + MAX_PASSAGE // 2, pos + MAX_PASSAGE)
            cut = space + 1 if space > pos else pos + MAX_PASSAGE
        stripped = _strip(text, pos, cut)
        if stripped:
            pieces.append(stripped)
        pos = cut
    stripped = _strip(text, pos, end)
    if stripped:
        pieces.append(stripped)
    return pieces
