"""Source metadata: from the file, a sidecar file, options, or later edits; and language.

Precedence, highest first: options given at ingest, the sidecar file
(`NAME.meta.json|yaml|yml` or `STEM.meta.json|yaml|yml` beside the file), what the
reader found in the file, then derived values (title from the file name,
language detected from the text). Where each value came from is kept.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import yaml

from factfinder.errors import E, IngestError, InvalidInput
from factfinder.store.schema import EDITABLE_FIELDS, SOURCE_KINDS

SIDECAR_SUFFIXES = (".meta.json", ".meta.yaml", ".meta.yml")
_ISO_PARTIAL = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIXES)


def find_sidecar(path: Path) -> Path | None:
    for base in (path.name, path.stem):
        for suffix in SIDECAR_SUFFIXES:
            candidate = path.with_name(base + suffix)
            if candidate.is_file():
                return candidate
    return None


def read_sidecar(path: Path) -> dict:
    try:
        raw = path.read_text(encoding="utf-8")
        values = json.loads(raw) if path.suffix == ".json" else yaml.safe_load(raw)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, yaml.YAMLError) as exc:
        raise IngestError(E.E111, path=str(path), reason=str(exc).splitlines()[0]) from exc
    if not isinstance(values, dict):
        raise IngestError(E.E111, path=str(path), reason="it must hold a mapping of field: value")
    from factfinder.store.schema import SENSITIVE_FIELDS

    unknown = sorted(set(values) - set(EDITABLE_FIELDS) - set(SENSITIVE_FIELDS))
    if unknown:
        raise IngestError(E.E111, path=str(path),
                          reason=f"unknown field(s) {', '.join(unknown)}; known: "
                                 f"{', '.join(list(EDITABLE_FIELDS) + list(SENSITIVE_FIELDS))}")
    try:
        # Witness details are kept apart: ingest stores them encrypted, never in plain metadata.
        return {k: (str(v).strip() if k in SENSITIVE_FIELDS else validate_field(k, v))
                for k, v in values.items() if v is not None}
    except InvalidInput as exc:
        raise IngestError(E.E111, path=str(path), reason=str(exc)) from exc


def validate_field(name: str, value: object) -> str:
    """Check and normalise one metadata value; raise InvalidInput with a hint otherwise."""
    if name not in EDITABLE_FIELDS:
        raise InvalidInput(E.E201, field=name, known=", ".join(EDITABLE_FIELDS))
    if isinstance(value, date):
        value = value.isoformat()
    text = str(value).strip()
    if name == "kind":
        text = text.lower()
        if text not in SOURCE_KINDS:
            raise InvalidInput(E.E202, field=name, value=value, hint=f"Use one of: {', '.join(SOURCE_KINDS)}.")
    elif name == "published":
        text = normalize_published(text)
        if text is None:
            raise InvalidInput(E.E202, field=name, value=value,
                               hint="Use an ISO date: YYYY, YYYY-MM or YYYY-MM-DD.")
    elif name == "language":
        text = text.lower()
        if not re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]{2,8})?", text):
            raise InvalidInput(E.E202, field=name, value=value, hint="Use an ISO 639 code such as en or fr.")
    return text


def normalize_published(value: str) -> str | None:
    value = value.strip()
    match = re.match(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ].*)?$", value)
    if not match:
        return None
    candidate = match.group(1)
    parts = [int(p) for p in candidate.split("-")]
    try:
        if len(parts) == 3:
            date(*parts)
        elif len(parts) == 2 and not 1 <= parts[1] <= 12:
            return None
    except ValueError:
        return None
    return candidate if _ISO_PARTIAL.match(candidate) else None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's main language (py3langid ships its model)."""
    import py3langid

    sample = text[:5000]
    if len(sample.strip()) < 20:
        return None
    code, _score = py3langid.classify(sample)
    return code


def title_from_filename(path: Path) -> str:
    return re.sub(r"[_\-]+", " ", path.stem).strip() or path.name


def merge_metadata(*, options: dict, sidecar: dict, from_file: dict, derived: dict) -> tuple[dict, dict]:
    """Return (values, provenance) with the documented precedence."""
    values: dict = {}
    provenance: dict = {}
    for origin, layer in (("derived", derived), ("file", from_file), ("sidecar", sidecar), ("option", options)):
        for key, value in layer.items():
            if value in (None, ""):
                continue
            if origin in ("file", "derived"):
                try:
                    value = validate_field(key, value)
                except InvalidInput:
                    continue  # a malformed embedded value is ignored, not fatal
            values[key] = value
            provenance[key] = origin
    values.setdefault("kind", "other")
    provenance.setdefault("kind", "derived")
    return values, provenance
