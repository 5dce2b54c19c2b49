"""Perpetrator groups (data/reference/perpetrator_groups.yaml): which gazetteer actors
belong to which party, the same way for every party."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def perpetrator_groups() -> list[dict]:
    text = (resources.files("factfinder.data") / "reference" / "perpetrator_groups.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)["groups"]


@lru_cache(maxsize=512)
def group_of_actor(actor_id: str) -> str | None:
    """The group of a gazetteer actor id; `group:ID` names a group directly."""
    if actor_id.startswith("group:"):
        return actor_id.split(":", 1)[1]
    for group in perpetrator_groups():
        if actor_id in group["actors"]:
            return group["id"]
    return None


def group_label(group_id: str) -> str:
    return next((g["label"] for g in perpetrator_groups() if g["id"] == group_id), group_id)
