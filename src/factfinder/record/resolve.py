"""Entity resolution: actors, people and places across sources and languages become
canonical entities.

Mentions with a gazetteer id join that id's entity (aliases in English, French and
Kinyarwanda are the gazetteer's). Names the gazetteer does not know are matched on
folded names: people by full name, or by surname when the surname belongs to exactly one
full name in the record; actors and places by rapidfuzz similarity to an entity's names
(token-sort ratio ≥ 92, never for names of four characters or fewer). A person's merges
and splits are replayed on every rebuild, so resolution never undoes them.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from factfinder.errors import E, InvalidInput, NotFound
from factfinder.extract.gazetteer import Gazetteer
from factfinder.record.credibility import fold
from factfinder.store import custody
from factfinder.store.schema import Entity, EntityDecision, EntityLink, Mention

if TYPE_CHECKING:
    from factfinder.workbench import Workbench

FUZZY_MIN = 92
KINDS = ("actor", "person", "place")


def _person_key(name: str) -> str:
    return fold(name)


def resolve_entities(wb: "Workbench") -> dict:
    gazetteer = Gazetteer.load()
    with wb.db.read() as session:
        mentions = session.execute(select(Mention.id, Mention.type, Mention.text, Mention.normalized)
                                   .where(Mention.type.in_(KINDS), Mention.status != "rejected")).all()
        decisions = session.scalars(select(EntityDecision).order_by(EntityDecision.id)).all()
    groups: dict[str, dict] = {}
    assignment: dict[int, tuple[str, str, float]] = {}
    unknown: dict[str, list] = defaultdict(list)
    for mention_id, kind, text, normalized in mentions:
        gid = normalized.get("id")
        if gid and gazetteer.get(gid):
            entry = gazetteer.get(gid)
            key = f"gaz:{gid}"
            groups.setdefault(key, {"kind": kind, "canonical": entry.canonical, "gazetteer_id": gid,
                                    "aliases": set()})["aliases"].add(text)
            assignment[mention_id] = (key, "gazetteer", 1.0)
        else:
            unknown[kind].append((mention_id, text, normalized.get("canonical") or text))

    # People: full names first, then surnames that point to one full name only.
    people = unknown["person"]
    full_names = {_person_key(c) for _, _, c in people if len(c.split()) > 1}
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name in full_names:
        by_surname[name.split()[-1]].add(name)
    for mention_id, text, canonical in people:
        key_name = _person_key(canonical)
        method, score = "name", 1.0
        if len(key_name.split()) == 1 and len(by_surname.get(key_name, ())) == 1:
            key_name, method, score = next(iter(by_surname[key_name])), "surname", 0.8
        key = f"person:{key_name}"
        group = groups.setdefault(key, {"kind": "person", "canonical": canonical, "gazetteer_id": None,
                                        "aliases": set()})
        if len(canonical) > len(group["canonical"]):
            group["canonical"] = canonical
        group["aliases"].add(text)
        assignment[mention_id] = (key, method, score)

    from rapidfuzz import fuzz, process

    # Each distinct folded name is matched once (a name seen a thousand times costs one
    # comparison round), against the names of the groups of its kind in one C-level scan.
    for kind in ("actor", "place"):
        choices: dict[str, str] = {}        # folded name of a group → group key
        for key, group in groups.items():
            if group["kind"] == kind:
                for name in {group["canonical"], *group["aliases"]}:
                    choices.setdefault(fold(name), key)
        decided: dict[str, tuple[str, str, float]] = {}
        for mention_id, text, canonical in unknown[kind]:
            folded = fold(canonical)
            if folded not in decided:
                match = process.extractOne(folded, list(choices), scorer=fuzz.token_sort_ratio,
                                           score_cutoff=FUZZY_MIN) if len(folded) > 4 and choices else None
                if match is not None:
                    decided[folded] = (choices[match[0]], "fuzzy", match[1] / 100)
                else:
                    key = f"{kind}:{folded}"
                    groups.setdefault(key, {"kind": kind, "canonical": canonical, "gazetteer_id": None,
                                            "aliases": set()})
                    decided[folded] = (key, "name", 1.0)
            key, method, score = decided[folded]
            groups[key]["aliases"].add(text)
            choices.setdefault(fold(text), key)
            choices.setdefault(folded, key)
            assignment[mention_id] = (key, method, score)

    # A person's decisions, in order: merges join groups; splits move mentions out.
    for decision in decisions:
        details = decision.details
        if decision.action == "merge":
            target = details["into"]
            if target not in groups:
                continue
            for other in details["merge"]:
                if other in groups and other != target:
                    groups[target]["aliases"] |= groups.pop(other)["aliases"]
                    for mid, (key, _, _) in list(assignment.items()):
                        if key == other:
                            assignment[mid] = (target, "merged", 1.0)
        elif decision.action == "split":
            new_key = details["new_key"]
            moved = [mid for mid in details["mentions"] if mid in assignment]
            if moved:
                first = next(m for m in mentions if m[0] == moved[0])
                groups[new_key] = {"kind": first[1], "canonical": details.get("canonical") or first[2],
                                   "gazetteer_id": None, "aliases": {m[2] for m in mentions if m[0] in moved}}
                for mid in moved:
                    assignment[mid] = (new_key, "split", 1.0)

    with wb.db.write() as session:
        session.execute(delete(EntityLink))
        existing = {e.key: e for e in session.scalars(select(Entity))}
        for key, entity in existing.items():
            if key not in groups:
                session.delete(entity)
        session.flush()
        ids = {}
        for key, group in groups.items():
            entity = existing.get(key)
            if entity is None:
                entity = Entity(key=key[:255])
                session.add(entity)
            entity.kind, entity.canonical, entity.gazetteer_id = group["kind"], group["canonical"], group["gazetteer_id"]
            entity.aliases, entity.locked = sorted(group["aliases"]), key.startswith("split:")
            session.flush()
            ids[key] = entity.id
        session.execute(EntityLink.__table__.insert(), [
            {"mention_id": mid, "entity_id": ids[key], "method": method, "score": score}
            for mid, (key, method, score) in assignment.items() if key in ids] or [])
    return {"entities": len(groups), "mentions": len(assignment)}


def list_entities(wb: "Workbench", kind: str | None = None) -> list[dict]:
    with wb.db.read() as session:
        counts = defaultdict(int)
        for (entity_id,) in session.execute(select(EntityLink.entity_id)):
            counts[entity_id] += 1
        query = select(Entity).order_by(Entity.kind, Entity.canonical)
        if kind:
            query = query.where(Entity.kind == kind)
        return [{"id": e.id, "key": e.key, "kind": e.kind, "canonical": e.canonical,
                 "gazetteer_id": e.gazetteer_id, "aliases": e.aliases, "mentions": counts[e.id]}
                for e in session.scalars(query)]


def merge_entities(wb: "Workbench", into: int, others: list[int]) -> dict:
    with wb.db.read() as session:
        target = session.get(Entity, into)
        sources = [session.get(Entity, o) for o in others]
        if target is None or any(s is None for s in sources):
            raise NotFound(E.E309, kind="entity", ref=", ".join(map(str, [into, *others])))
        if any(s.kind != target.kind for s in sources):
            raise InvalidInput(E.E202, field="merge", value=others, hint="Only entities of the same kind merge.")
        details = {"into": target.key, "merge": [s.key for s in sources],
                   "names": [target.canonical, *[s.canonical for s in sources]]}
    return _decide(wb, "merge", details)


def split_entity(wb: "Workbench", entity_id: int, mention_ids: list[int], canonical: str | None = None) -> dict:
    with wb.db.read() as session:
        entity = session.get(Entity, entity_id)
        if entity is None:
            raise NotFound(E.E309, kind="entity", ref=entity_id)
        linked = set(session.scalars(select(EntityLink.mention_id).where(EntityLink.entity_id == entity_id)))
    stray = sorted(set(mention_ids) - linked)
    if stray or not mention_ids:
        raise InvalidInput(E.E202, field="mentions", value=stray or mention_ids,
                           hint=f"Give mentions that belong to entity {entity_id}.")
    details = {"from": entity.canonical, "mentions": sorted(mention_ids), "canonical": canonical,
               "new_key": f"split:{'-'.join(map(str, sorted(mention_ids)))}"}
    return _decide(wb, "split", details)


def _decide(wb: "Workbench", action: str, details: dict) -> dict:
    with wb.db.write() as session:
        session.add(EntityDecision(action=action, details=details, decided_by=wb.config.user,
                                   decided_at=datetime.now(timezone.utc)))
        entry = custody.append(session, actor=wb.config.user, action=action, object_type="entity",
                               object_id=str(details.get("into") or details.get("from")), details=details)
    wb.anchor.advance(entry.seq, entry.hash)
    resolve_entities(wb)
    return {"action": action, **details}
