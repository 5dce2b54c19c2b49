"""The learned document stance (`factfinder.check.stance.document_stance`, `scripts/train_stance.py`):
the rules' stance, whose alarm a classifier trained on the project's labelled documents may clear."""

from __future__ import annotations

import hashlib
import json

from factfinder.check import stance as st
from factfinder.check.model import Marker, Segment


def test_the_shipped_model_was_trained_on_its_rows_and_never_on_held_out_sets():
    spec = json.loads(st.STANCE_MODEL_PATH.read_text(encoding="utf-8"))
    raw = st.STANCE_TRAINING_PATH.read_bytes()
    assert spec["training_sha256"] == hashlib.sha256(raw).hexdigest()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    assert spec["training_rows"] == len(rows) >= 250
    assert {r["set"] for r in rows} == set(spec["training_sets"])
    assert not set(spec["held_out"]) & set(spec["training_sets"])
    # leave one set out, it does no worse than the rules alone over all the training sets, and worse in
    # none (it only ever clears an alarm: docs/check.md, "Stance and the composite alarm"); its rows are
    # read with marker classifiers that never saw their set, as unseen text is. (Over 31 sets in session 14
    # it did better, 0.899 -> 0.907; over 33 in session 15 the rules raise three wrong alarms on
    # acknowledging texts in 400 and it clears none: 0.908 both.)
    assert spec["cv"]["all"]["model_accuracy"] >= spec["cv"]["all"]["rules_accuracy"]
    assert all(row["model_accuracy"] >= row["rules_accuracy"] for name, row in spec["cv"].items() if name != "all")
    assert set(spec["features"]) == set(st.stance_features([], [], "acknowledges"))


def test_the_classifier_only_ever_clears_an_alarm():
    confident = {"acknowledges": 0.7, "denies": 0.1, "distorts": 0.1, "mixed": 0.1}
    unsure = {"acknowledges": 0.5, "denies": 0.3, "distorts": 0.1, "mixed": 0.1}
    alarmed = {"acknowledges": 0.05, "denies": 0.9, "distorts": 0.03, "mixed": 0.02}
    assert st.combined_stance("distorts", confident) == "acknowledges"
    assert st.combined_stance("mixed", confident) == "acknowledges"
    assert st.combined_stance("denies", unsure) == "denies"
    assert st.combined_stance("acknowledges", alarmed) == "acknowledges"
    assert st.combined_stance("distorts", alarmed) == "distorts"


def _segment(start: int, end: int, stance: str, words: float, explicit: bool = False) -> Segment:
    return Segment(start=start, end=end, stance=stance, scores={"words": words, "explicit_ack": float(explicit)})


def test_document_stance_reads_segments_and_markers():
    denial = [Marker(start=i * 10, end=i * 10 + 5, text="x", technique=t, voice="own", basis="test",
                     confidence=0.95) for i, t in enumerate(("fabrication", "definitional_denial",
                                                             "attack_on_witnesses"))]
    segments = [_segment(0, 400, "denies", 80.0)]
    assert st.rule_stance(segments, denial) == "denies"
    assert st.document_stance(segments, denial) == "denies"   # the classifier never clears a plain denial
    history = [_segment(0, 900, "acknowledges", 160.0, explicit=True)]
    assert st.document_stance(history, []) == "acknowledges"
    features = st.document_features(segments, denial)
    assert features["n_den"] == 3 and features["w_denies"] == 1.0 and features["rule_denies"] == 1.0


def test_an_alarm_raised_by_many_own_markers_is_never_cleared():
    confident = {"acknowledges": 0.7, "denies": 0.1, "distorts": 0.1, "mixed": 0.1}
    # a history that quotes what it condemns carries one or two own-voice markers the rules misread
    assert st.combined_stance("denies", confident, own=2) == "acknowledges"
    # the first seed's denial half carries seventeen: its alarm stands, however the classifier reads it
    assert st.combined_stance("denies", confident, own=17) == "denies"
    assert st.combined_stance("mixed", confident, own=st.MAX_CLEARED_OWN_MARKERS + 1) == "mixed"
    assert st.own_markers({"n_den": 10.0, "n_dis": 7.0, "n_inc": 3.0}) == 17.0
