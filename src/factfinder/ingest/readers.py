"""Readers turn an original's bytes into derived text, page spans and file metadata.

A registry keyed by file suffix; each reader has a name and a version that are
stored with the text it derives, so a reader upgrade can re-derive text later
without touching the original.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from importlib.metadata import version
from typing import Callable

import yaml

from factfinder.errors import E, IngestError
from factfinder.ingest.text import Span, decode


@dataclass
class ReadResult:
    text: str
    reader: str
    reader_version: str
    media_type: str
    encoding: str | None = None
    metadata: dict = field(default_factory=dict)
    pages: list[Span] | None = None
    one_paragraph_per_line: bool = False
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ReadOptions:
    encoding: str | None = None
    encoding_errors: str = "strict"


Reader = Callable[[bytes, str, ReadOptions], ReadResult]
READERS: dict[str, Reader] = {}
_OWN_VERSION = "1"


def reader(*suffixes: str) -> Callable[[Reader], Reader]:
    def register(func: Reader) -> Reader:
        for suffix in suffixes:
            READERS[suffix] = func
        return func
    return register


def supported_suffixes() -> list[str]:
    return sorted(READERS)


def read(data: bytes, path: str, suffix: str, options: ReadOptions = ReadOptions()) -> ReadResult:
    func = READERS.get(suffix.lower())
    if func is None:
        raise IngestError(E.E110, path=path, suffix=suffix, supported=", ".join(supported_suffixes()))
    result = func(data, path, options)
    if not result.text.strip():
        raise IngestError(E.E109, path=path, reason="the document holds no text")
    return result


@reader(".txt", ".text")
def read_text(data: bytes, path: str, options: ReadOptions) -> ReadResult:
    decoded = decode(data, path, options.encoding, options.encoding_errors)
    # The derived text of a .txt is the decoded file, unchanged.
    return ReadResult(decoded.text, "text", _OWN_VERSION, "text/plain", decoded.encoding,
                      warnings=list(decoded.warnings))


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_MD_TITLE = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.M)


@reader(".md", ".markdown")
def read_markdown(data: bytes, path: str, options: ReadOptions) -> ReadResult:
    decoded = decode(data, path, options.encoding, options.encoding_errors)
    text, metadata, warnings = decoded.text, {}, list(decoded.warnings)
    front = _FRONT_MATTER.match(text.replace("\r\n", "\n")) if text.startswith("---") else None
    if front:
        try:
            values = yaml.safe_load(front.group(1)) or {}
            if isinstance(values, dict):
                metadata.update({k: str(v) for k, v in values.items()
                                 if k in ("title", "author", "publisher", "language", "kind") and v})
                if values.get("date"):
                    metadata["published"] = str(values["date"])
        except yaml.YAMLError as exc:
            warnings.append(f"front matter ignored: {str(exc).splitlines()[0]}")
    if "title" not in metadata and (heading := _MD_TITLE.search(text)):
        metadata["title"] = heading.group(1).strip()
    return ReadResult(text, "markdown", _OWN_VERSION, "text/markdown", decoded.encoding, metadata,
                      warnings=warnings)


@reader(".html", ".htm", ".xhtml")
def read_html(data: bytes, path: str, options: ReadOptions) -> ReadResult:
    import trafilatura
    from lxml import html as lxml_html

    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(E.E104, path=path, reason="it contains NUL bytes")
    markup = decode(data, path, options.encoding, options.encoding_errors).text
    try:
        doc = trafilatura.bare_extraction(markup, with_metadata=True, favor_recall=True,
                                          include_comments=False, include_tables=True)
    except Exception as exc:  # trafilatura raises a variety of parser errors
        raise IngestError(E.E112, path=path, reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
    text = (doc.text if doc is not None else "") or ""
    metadata = {}
    if doc is not None:
        for ours, theirs in (("title", "title"), ("author", "author"), ("published", "date"),
                             ("publisher", "sitename"), ("language", "language")):
            value = getattr(doc, theirs, None)
            if value:
                metadata[ours] = str(value)
    warnings = []
    if not text.strip():
        # Very short pages fall below trafilatura's thresholds; take the visible text instead.
        try:
            tree = lxml_html.fromstring(markup)
            for bad in tree.xpath("//script|//style|//noscript"):
                bad.drop_tree()
            text = "\n".join(line.strip() for line in tree.text_content().splitlines() if line.strip())
            title = tree.findtext(".//title")
            if title and "title" not in metadata:
                metadata["title"] = title.strip()
            warnings.append("main-text extraction found nothing; kept all visible text")
        except Exception as exc:
            raise IngestError(E.E112, path=path, reason=str(exc).splitlines()[0]) from exc
    return ReadResult(text, "trafilatura", version("trafilatura"), "text/html", None, metadata,
                      one_paragraph_per_line=True, warnings=warnings)


@reader(".pdf")
def read_pdf(data: bytes, path: str, options: ReadOptions) -> ReadResult:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.startswith(b"%PDF"):
        raise IngestError(E.E107, path=path, reason="it does not start with %PDF")
    try:
        pdf = PdfReader(io.BytesIO(data), strict=False)
        if pdf.is_encrypted:
            # Many PDFs are 'encrypted' with an empty user password only to restrict printing.
            try:
                if not pdf.decrypt(""):
                    raise IngestError(E.E106, path=path)
            except IngestError:
                raise
            except Exception as exc:
                raise IngestError(E.E106, path=path) from exc
        page_texts = [(page.extract_text() or "") for page in pdf.pages]
        info = pdf.metadata or {}
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AssertionError, RecursionError) as exc:
        raise IngestError(E.E107, path=path, reason=f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
    except Exception as exc:  # pypdf surfaces many internal errors on damaged files
        raise IngestError(E.E107, path=path, reason=f"{type(exc).__name__}: {exc}")
    if not any(t.strip() for t in page_texts):
        raise IngestError(E.E109, path=path, reason=f"{len(page_texts)} page(s) without a text layer")
    parts, pages, pos = [], [], 0
    for number, page_text in enumerate(page_texts, start=1):
        page_text = page_text.replace("\x00", "")
        if parts:
            parts.append("\n\n")
            pos += 2
        parts.append(page_text)
        pages.append(Span(pos, pos + len(page_text), number))
        pos += len(page_text)
    metadata = {}
    for ours, theirs in (("title", "/Title"), ("author", "/Author")):
        value = info.get(theirs) if hasattr(info, "get") else None
        if value and str(value).strip():
            metadata[ours] = str(value).strip()
    created = info.get("/CreationDate") if hasattr(info, "get") else None
    if created and (match := re.match(r"D:(\d{4})(\d{2})?(\d{2})?", str(created))):
        metadata["published"] = "-".join(part for part in match.groups() if part)
    return ReadResult("".join(parts), "pypdf", version("pypdf"), "application/pdf", None, metadata, pages=pages)


@reader(".docx")
def read_docx(data: bytes, path: str, options: ReadOptions) -> ReadResult:
    import docx

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise IngestError(E.E108, path=path, reason="it is not a ZIP container")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise IngestError(E.E108, path=path, reason=f"{type(exc).__name__}: {exc}") from exc
    paragraphs = [p.text.strip() for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = [cell.text.strip() for cell in row.cells]
            if any(cells):
                paragraphs.append(" | ".join(cells))
    text = "\n".join(p for p in paragraphs if p)
    props = document.core_properties
    metadata = {}
    for ours, value in (("title", props.title), ("author", props.author), ("language", props.language)):
        if value and value.strip():
            metadata[ours] = value.strip()
    if props.created and props.created.year > 1900:
        metadata["published"] = props.created.date().isoformat()
    return ReadResult(text, "python-docx", version("python-docx"),
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      None, metadata, one_paragraph_per_line=True)
