"""clustering.stage against a real DuckDB file: what is (re)scored."""

from datetime import datetime

import numpy as np

from clustering.stage import pending_interactions, store_scores
from continuity.db import connect


def _one_scored_handoff_complaint(conn, version: str) -> None:
    conn.execute(
        "INSERT INTO interactions (kind, interaction_id, occurred_at, text, content_hash, ingested_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        ["calls", "C-1", datetime(2026, 11, 2, 9), "Customer: Nobody had my notes.", "t1", datetime(2026, 11, 3)],
    )
    conn.execute(
        "INSERT INTO scores (kind, interaction_id, content_hash, detector_version, label, p_handoff, is_handoff, "
        "is_vague, evidence, evidence_hash) VALUES ('calls', 'C-1', 't1', ?, 'handoff', 0.9, true, false, "
        "'Nobody had my notes.', 'e1')",
        [version],
    )


def test_a_handoff_complaint_without_its_evidence_vector_is_scored_again(tmp_path):
    with connect(tmp_path / "c.duckdb") as conn:
        _one_scored_handoff_complaint(conn, "v1")
        # scored by this detector version: nothing to do unless the evidence vector clustering reads is missing
        assert pending_interactions(conn, "v1").empty
        assert list(pending_interactions(conn, "v1", "model-a")["interaction_id"]) == ["C-1"]
        store_scores(conn, conn.execute("SELECT * FROM scores LIMIT 0").df(), {"e1": np.ones(384)}, "model-a")
        assert pending_interactions(conn, "v1", "model-a").empty
        # a vector of another model is not this model's
        assert list(pending_interactions(conn, "v1", "model-b")["interaction_id"]) == ["C-1"]
        assert list(pending_interactions(conn, "v2", "model-a")["interaction_id"]) == ["C-1"]
