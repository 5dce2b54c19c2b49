"""From stored victim lists to an estimate: link, keep the clusters, estimate with
linkage uncertainty carried through.

`link_lists` trains and runs the linker on every stored list, keeps the clusters at
several thresholds and queues uncertain pairs for review; `estimate_from_store`
turns the clusters into capture histories and estimates at the main threshold, then
at every other threshold so the reader sees how much the answer depends on linkage.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Callable

from sqlalchemy import select, update

from factfinder.errors import E, InvalidInput, NotFound
from factfinder.estimate.lists import decrypt_record, load_frames
from factfinder.store import custody
from factfinder.store.schema import LinkageCluster, LinkagePair, LinkageRun, VictimList, VictimRecord

if TYPE_CHECKING:
    import pandas as pd

    from factfinder.estimate.report import EstimateReport
    from factfinder.workbench import Workbench

MAIN_THRESHOLD = 0.9


def _labelled_pairs(wb: "Workbench") -> "pd.DataFrame | None":
    import pandas as pd

    with wb.db.read() as session:
        rows = session.execute(select(LinkagePair.left_pk, LinkagePair.right_pk, LinkagePair.decision)
                               .where(LinkagePair.decision.is_not(None)).order_by(LinkagePair.id)).all()
        if not rows:
            return None
        pks = {pk for left, right, _ in rows for pk in (left, right)}
        names = {pk: (list_name, record_id) for pk, list_name, record_id in session.execute(
            select(VictimRecord.id, VictimList.name, VictimRecord.record_id)
            .join(VictimList, VictimList.id == VictimRecord.list_id).where(VictimRecord.id.in_(pks)))}
    latest = {(left, right): decision for left, right, decision in rows}  # the last decision counts
    return pd.DataFrame([{"list_name_l": names[l][0], "record_id_l": names[l][1], "list_name_r": names[r][0],
                          "record_id_r": names[r][1], "is_match": decision == "match"}
                         for (l, r), decision in latest.items()])


def link_lists(wb: "Workbench", *, thresholds: tuple[float, ...] | None = None, main: float = MAIN_THRESHOLD,
               review_band: tuple[float, float] = (0.3, 0.9), reference_year: int | None = None,
               seed: int = 20260425, progress: Callable[[str], None] | None = None) -> dict:
    wb.require("write", "link victim lists")
    from factfinder.estimate.linkage import DEFAULT_THRESHOLDS, VictimListLinker

    thresholds = tuple(thresholds or DEFAULT_THRESHOLDS)
    if main not in thresholds:
        thresholds = tuple(sorted({*thresholds, main}))
    frames = load_frames(wb)
    if not frames:
        raise InvalidInput(E.E405, reason="no lists imported; use `factfinder lists import FILE ...` first")
    pk_of = {(name, str(rid)): int(pk) for name, frame in frames.items()
             for rid, pk in zip(frame["record_id"], frame["record_pk"])}
    inputs = {name: frame.drop(columns=["record_pk"]) for name, frame in frames.items()}
    say = progress or (lambda message: None)
    say(f"linking {sum(len(f) for f in inputs.values()):,} records from {len(inputs)} list(s)")
    linker = VictimListLinker(inputs, reference_year=reference_year, seed=seed)
    labelled = _labelled_pairs(wb)
    say("training (unsupervised EM" + (f", plus {len(labelled)} reviewed pairs)" if labelled is not None else ")"))
    linker.train(labelled)
    say("scoring candidate pairs")
    linker.predict(min_probability=min(review_band[0], min(thresholds)))
    say("clustering at thresholds " + ", ".join(str(t) for t in thresholds))
    clusterings = linker.clusterings(thresholds)
    queue = linker.review_queue(*review_band, limit=1000)

    summary = {}
    for threshold, clusters in clusterings.items():
        sizes = clusters.groupby("cluster_id")["list_name"].nunique()
        summary[str(threshold)] = {"records": int(len(clusters)), "people": int(clusters["cluster_id"].nunique()),
                                   "on_several_lists": int((sizes > 1).sum())}
    now = datetime.now(timezone.utc)
    with wb.db.write() as session:
        run = LinkageRun(created_at=now, created_by=wb.config.user, lists=sorted(inputs),
                         settings={"thresholds": list(thresholds), "main_threshold": main,
                                   "review_band": list(review_band), "reference_year": reference_year,
                                   "seed": seed, "labelled_pairs": 0 if labelled is None else len(labelled),
                                   "comparisons": linker.comparison_fields},
                         summary=summary)
        session.add(run)
        session.flush()
        for threshold, clusters in clusterings.items():
            probabilities = clusters["link_probability"].astype(float)
            session.execute(LinkageCluster.__table__.insert(), [
                {"run_id": run.id, "threshold": float(threshold), "record_pk": pk_of[(name, str(rid))],
                 "cluster": str(cluster), "probability": None if p != p else float(p)}
                for cluster, name, rid, p in zip(clusters["cluster_id"], clusters["list_name"], clusters["record_id"],
                                                 probabilities)])
        if len(queue):
            session.execute(LinkagePair.__table__.insert(), [
                {"run_id": run.id, "left_pk": pk_of[(ln, str(lr))], "right_pk": pk_of[(rn, str(rr))],
                 "probability": float(p)}
                for ln, lr, rn, rr, p in zip(queue["list_name_l"], queue["record_id_l"], queue["list_name_r"],
                                             queue["record_id_r"], queue["match_probability"])])
        entry = custody.append(session, actor=wb.config.user, action="link", object_type="linkage_run",
                               object_id=str(run.id), details={"lists": sorted(inputs), "summary": summary,
                                                               "review_queue": int(len(queue))})
        run_id = run.id
    wb.anchor.advance(entry.seq, entry.hash)
    return {"run": run_id, "lists": sorted(inputs), "main_threshold": main, "summary": summary,
            "review_queue": int(len(queue)), "clusters": clusters_of_run(wb, run_id, main)}


def _latest_run(session, run_id: int | None) -> LinkageRun:  # noqa: ANN001
    query = select(LinkageRun).order_by(LinkageRun.id.desc()).limit(1) if run_id is None else \
        select(LinkageRun).where(LinkageRun.id == run_id)
    run = session.scalar(query)
    if run is None:
        raise NotFound(E.E405, reason="no linkage run yet; run `factfinder link` first")
    return run


def clusters_of_run(wb: "Workbench", run_id: int | None = None, threshold: float | None = None,
                    only_linked: bool = False) -> list[dict]:
    """Clusters (people) with their records by list name and original id, and probabilities.
    Record content is never included: ids only."""
    with wb.db.read() as session:
        run = _latest_run(session, run_id)
        threshold = run.settings["main_threshold"] if threshold is None else threshold
        rows = session.execute(
            select(LinkageCluster.cluster, VictimList.name, VictimRecord.record_id, LinkageCluster.probability)
            .join(VictimRecord, VictimRecord.id == LinkageCluster.record_pk)
            .join(VictimList, VictimList.id == VictimRecord.list_id)
            .where(LinkageCluster.run_id == run.id, LinkageCluster.threshold == threshold)
            .order_by(LinkageCluster.cluster, VictimList.name, VictimRecord.record_id)).all()
    grouped: dict[str, list[dict]] = {}
    for cluster, name, record_id, probability in rows:
        grouped.setdefault(cluster, []).append({"list": name, "record_id": record_id,
                                                "probability": None if probability is None else round(probability, 4)})
    out = []
    for cluster, records in grouped.items():
        if only_linked and len(records) < 2:
            continue
        linked = [r["probability"] for r in records if r["probability"] is not None]
        out.append({"cluster": cluster, "size": len(records), "lists": sorted({r["list"] for r in records}),
                    "min_probability": min(linked) if linked else None, "records": records})
    return out


def review_pairs(wb: "Workbench", run_id: int | None = None) -> list[dict]:
    wb.require("review", "review linkage pairs")
    with wb.db.read() as session:
        run = _latest_run(session, run_id)
        pairs = session.scalars(select(LinkagePair).where(LinkagePair.run_id == run.id)
                                .order_by(LinkagePair.id)).all()
        ids = {pk: (name, rid) for pk, name, rid in session.execute(
            select(VictimRecord.id, VictimList.name, VictimRecord.record_id)
            .join(VictimList, VictimList.id == VictimRecord.list_id)
            .where(VictimRecord.id.in_({p.left_pk for p in pairs} | {p.right_pk for p in pairs})))}
        return [{"pair": p.id, "left": {"list": ids[p.left_pk][0], "record_id": ids[p.left_pk][1]},
                 "right": {"list": ids[p.right_pk][0], "record_id": ids[p.right_pk][1]},
                 "probability": round(p.probability, 4), "decision": p.decision} for p in pairs]


def decide_pair(wb: "Workbench", pair_id: int, decision: str) -> dict:
    wb.require("review", "decide linkage pairs")
    if decision not in ("match", "non_match"):
        raise InvalidInput(E.E202, field="decision", value=decision, hint="Use match or non_match.")
    with wb.db.write() as session:
        pair = session.get(LinkagePair, pair_id)
        if pair is None:
            raise NotFound(E.E309, kind="pair", ref=pair_id)
        session.execute(update(LinkagePair).where(LinkagePair.id == pair_id)
                        .values(decision=decision, decided_by=wb.config.user))
        entry = custody.append(session, actor=wb.config.user, action="review_decision", object_type="linkage_pair",
                               object_id=str(pair_id), details={"decision": decision, "run": pair.run_id,
                                                                "probability": pair.probability})
    wb.anchor.advance(entry.seq, entry.hash)
    return {"pair": pair_id, "decision": decision}


def histories_from_store(wb: "Workbench", threshold: float | None = None, strata: str | None = None,
                         run_id: int | None = None) -> "pd.DataFrame | dict[str, pd.DataFrame]":
    """Capture histories from a stored clustering; with `strata` (a canonical field such as
    `sex` or `prefecture`), one table per stratum, each person in the stratum most of
    their records give."""
    import pandas as pd

    from factfinder.estimate.linkage import capture_histories

    with wb.db.read() as session:
        run = _latest_run(session, run_id)
        threshold = run.settings["main_threshold"] if threshold is None else threshold
        rows = session.execute(
            select(LinkageCluster.cluster, VictimList.name, VictimRecord.list_id, VictimRecord.record_id,
                   VictimRecord.data)
            .join(VictimRecord, VictimRecord.id == LinkageCluster.record_pk)
            .join(VictimList, VictimList.id == VictimRecord.list_id)
            .where(LinkageCluster.run_id == run.id, LinkageCluster.threshold == threshold)).all()
        lists = list(run.lists)
    clusters = pd.DataFrame([{"cluster_id": c, "list_name": n,
                              "stratum": (decrypt_record(wb, lid, rid, d).get(strata) if strata else None)}
                             for c, n, lid, rid, d in rows])
    if not strata:
        return capture_histories(clusters, lists)
    votes = clusters.dropna(subset=["stratum"]).groupby("cluster_id")["stratum"].agg(
        lambda values: Counter(values).most_common(1)[0][0])
    clusters["stratum"] = clusters["cluster_id"].map(votes).fillna("unknown")
    return {str(label): capture_histories(group, lists) for label, group in clusters.groupby("stratum")}


def estimate_from_store(wb: "Workbench", method: str = "all", seed: int | None = None, strata: str | None = None,
                        progress: Callable[[int, int], None] | None = None,
                        **options) -> tuple["EstimateReport", list[dict]]:
    """The estimate at the main threshold, and how it moves with the linkage threshold."""
    wb.require("write", "run estimates")
    from factfinder.estimate.report import estimate

    with wb.db.read() as session:
        run = _latest_run(session, None)
        main, thresholds = run.settings["main_threshold"], run.settings["thresholds"]
    report = estimate(histories_from_store(wb, main, strata), method, seed=seed, progress=progress, **options)
    sensitivity = []
    lighter = {**options, "samples": min(options.get("samples", 2000), 500), "n_boot": min(options.get("n_boot", 500), 200)}
    for threshold in thresholds:
        if threshold == main:
            continue
        other = estimate(histories_from_store(wb, threshold, None), method, seed=report.seed, standard=False,
                         **lighter)
        methods = other.to_dict()["methods"]
        sensitivity.append({"threshold": threshold, "observed": other.observed,
                            "methods": {name: {k: m.get(k) for k in ("estimate", "median", "lower", "upper")
                                               if k in m} for name, m in methods.items()}})
    wb.log("estimate", "linkage_run", str(run.id), {"method": method, "seed": report.seed, "strata": strata,
                                                     "observed": report.observed})
    return report, sensitivity
