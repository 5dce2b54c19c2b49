"""The shape every rule-based mention shares: a typed span of the source's text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar


@dataclass(frozen=True, slots=True)
class TypedSpan:
    start: int
    end: int
    text: str
    normalized: dict[str, object]
    confidence: float

    TYPE: ClassVar[str] = ""

    def to_dict(self) -> dict[str, object]:
        return {"type": self.TYPE, "text": self.text, "start": self.start, "end": self.end,
                "normalized": dict(self.normalized), "confidence": self.confidence}
