"""The detection and clustering stage's edge: what it reads from and writes to
DuckDB, around the pure logic in handoff.py, algorithm.py and patterns.py.

Scores are kept per interaction with the content hash of its text, so an
unchanged interaction is never scored (nor embedded) again; the vectors of the
handoff evidence that clustering needs are cached by the hash of their text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from clustering.cache import CachingEmbedder, text_hash
from clustering.embedder import EMBEDDING_DIM, get_embedder
from continuity.db import transaction

CRM_COLUMNS = ["journey", "transferred_to", "assignment_path", "transfer_count", "team"]
SCORE_COLUMNS = [
    "kind", "interaction_id", "content_hash", "detector_version", "label", "p_handoff", "is_handoff",
    "is_vague", "evidence", "evidence_hash", "handoff_from", "handoff_to", "journey",
]


def detector_version(prefilter: bool = False, model: str = "") -> str:
    """Changes whenever the detector's code or seed corpus changes, the prefilter is
    switched on or off or changed, or the embedding model (name, e.g. its precision,
    and the tuned model's name, which carries its training key) changes, so scores
    (and the evidence vectors clustering reads) are redone."""
    folder = Path(__file__).parent
    digest = hashlib.sha1(model.encode("utf-8"))
    for name in ("handoff.py", "seed_corpus.jsonl") + (("prefilter.py",) if prefilter else ()):
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()[:12]


def pending_interactions(conn: duckdb.DuckDBPyConnection, version: str, model: str | None = None) -> pd.DataFrame:
    """Interactions never scored, changed since, or scored by another detector version,
    and, given the embedding `model`, handoff complaints whose evidence vector for it is
    missing (scores and vectors are written together, so only a bug or a hand-edited
    database loses one; scoring them again puts it back before clustering needs it).

    Columns: kind, interaction_id, text, content_hash and the CRM columns.
    """
    lost_vector = ""
    if model is not None:
        lost_vector = """OR (s.is_handoff AND NOT s.is_vague AND NOT EXISTS (
                 SELECT 1 FROM embeddings e WHERE e.content_hash = s.evidence_hash AND e.model = ?))"""
    return conn.execute(
        f"""
        SELECT i.kind, i.interaction_id, i.text, i.content_hash, {", ".join("i." + c for c in CRM_COLUMNS)}
        FROM interactions i
        LEFT JOIN scores s ON s.kind = i.kind AND s.interaction_id = i.interaction_id
        WHERE s.content_hash IS NULL OR s.content_hash <> i.content_hash OR s.detector_version <> ?
              {lost_vector}
        ORDER BY i.kind, i.interaction_id
        """,
        [version] + ([model] if model is not None else []),
    ).df()


_detectors: dict = {}


def _detector(embedder):
    from clustering.handoff import load_default_detector

    if embedder.name not in _detectors:
        _detectors[embedder.name] = load_default_detector(embedder)
    return _detectors[embedder.name]


def score_chunk(frame: pd.DataFrame, *, precision: str, device: str, batch_size: int, threshold: float, version: str,
                prefilter: bool = False, tuned: bool = False):
    """Score one chunk of interactions (runs in a worker: loads the model once per process).

    prefilter: interactions that clustering.prefilter's gate calls routine are labelled
    routine (p_handoff 0) without being embedded; the model is loaded only when some
    interaction passes the gate.
    tuned: the detector also reads each sentence with the tuned copy of the model
    (clustering.tuning); evidence vectors for clustering always come from the base model.
    Returns (scores with SCORE_COLUMNS, {evidence_hash: vector} for handoff evidence).
    """
    from clustering.handoff import score_interactions

    embedder = CachingEmbedder(get_embedder(precision=precision, device=device, batch_size=batch_size))

    def detect(rows: pd.DataFrame) -> pd.DataFrame:
        # Detectors (and the tuned model) are loaded here, only when something is to be scored.
        second = None
        if tuned:
            tuned_embedder = CachingEmbedder(
                get_embedder(precision=precision, device=device, batch_size=batch_size, variant="handoff")
            )
            second = (tuned_embedder, _detector(tuned_embedder.inner))
        return score_interactions(rows, embedder, _detector(embedder.inner), threshold=threshold, tuned=second)

    if prefilter:
        from clustering.prefilter import customer_sentences, default_gate, gate_interactions, routine_scores

        texts, sentences = customer_sentences(frame)
        passes = gate_interactions(sentences, default_gate())
        scored = routine_scores(frame, texts)
        if passes.any():
            scored.loc[passes] = detect(frame[passes])[scored.columns]
    else:
        scored = detect(frame)
    scores = pd.DataFrame(
        {
            "kind": frame["kind"].to_numpy(),
            "interaction_id": frame["interaction_id"].to_numpy(),
            "content_hash": frame["content_hash"].to_numpy(),
            "detector_version": version,
            "label": scored["label"].to_numpy(),
            "p_handoff": scored["p_handoff"].astype(float).to_numpy(),
            "is_handoff": scored["is_handoff"].astype(bool).to_numpy(),
            "is_vague": scored["is_vague"].astype(bool).to_numpy(),
            "evidence": scored["evidence"].fillna("").to_numpy(),
            "handoff_from": scored["handoff_from"].to_numpy(),
            "handoff_to": scored["handoff_to"].to_numpy(),
            "journey": scored["journey"].to_numpy(),
        }
    )
    evidence = [e for e, h in zip(scores["evidence"], scores["is_handoff"]) if h and e]
    vectors = {}
    if evidence:
        unique = list(dict.fromkeys(evidence))
        for text, vector in zip(unique, embedder.embed(unique)):
            vectors[text_hash(text)] = vector
    scores["evidence_hash"] = [text_hash(e) if h and e else None for e, h in zip(scores["evidence"], scores["is_handoff"])]
    return scores[SCORE_COLUMNS], vectors


def store_scores(conn: duckdb.DuckDBPyConnection, scores: pd.DataFrame, vectors: dict[str, np.ndarray], model: str) -> None:
    """Write one chunk's scores and evidence vectors in one transaction."""
    with transaction(conn):
        if len(scores):
            conn.register("score_batch", scores)
            conn.execute(f"INSERT OR REPLACE INTO scores ({', '.join(SCORE_COLUMNS)}) SELECT * FROM score_batch")
            conn.unregister("score_batch")
        if vectors:
            batch = pd.DataFrame({"content_hash": list(vectors), "model": model, "vector": [v.astype(np.float32).tolist() for v in vectors.values()]})
            conn.register("vector_batch", batch)
            conn.execute(
                """
                INSERT INTO embeddings SELECT content_hash, model, vector FROM vector_batch b
                WHERE NOT EXISTS (SELECT 1 FROM embeddings e WHERE e.content_hash = b.content_hash AND e.model = b.model)
                """
            )
            conn.unregister("vector_batch")


@dataclass
class Complaints:
    """Handoff complaints inside the window and their evidence vectors (rows aligned)."""

    frame: pd.DataFrame
    vectors: np.ndarray


def load_handoff_complaints(conn: duckdb.DuckDBPyConnection, start: date, as_of: date, model: str) -> Complaints:
    """Handoff complaints (not vague) with occurred_at inside [start, as_of].

    Columns: member_id, kind, interaction_id, occurred_at, policy_id, household_id
    (None when the policy is unknown), p_handoff, label, evidence, handoff_from,
    handoff_to, journey, crm_journey (the journey key of the CRM's tag, None where
    untagged or unknown: the journey then came from the text).
    """
    from clustering.handoff import normalise_journey

    frame = conn.execute(
        """
        SELECT i.kind || ':' || i.interaction_id AS member_id, i.kind, i.interaction_id, i.occurred_at,
               i.policy_id, p.household_id, s.p_handoff, s.label, s.evidence, s.handoff_from, s.handoff_to,
               s.journey, i.journey AS crm_journey, e.vector
        FROM scores s
        JOIN interactions i ON i.kind = s.kind AND i.interaction_id = s.interaction_id
             AND i.content_hash = s.content_hash
        LEFT JOIN policies p ON p.policy_id = i.policy_id
        LEFT JOIN embeddings e ON e.content_hash = s.evidence_hash AND e.model = ?
        WHERE s.is_handoff AND NOT s.is_vague AND i.occurred_at >= ? AND i.occurred_at < ?
        ORDER BY i.occurred_at, i.kind, i.interaction_id
        """,
        [model, datetime.combine(start, time()), datetime.combine(as_of + timedelta(days=1), time())],
    ).df()
    frame["crm_journey"] = [normalise_journey(tag) for tag in frame["crm_journey"]]  # None or a key: no NaN
    for column in ("policy_id", "household_id", "handoff_from", "handoff_to", "journey"):
        # A NULL can arrive as NaN, which is truthy: an unknown journey would then be named "nan".
        frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    missing = frame["vector"].isna()
    if missing.any():
        # pending_interactions(model=...) has them scored again first, so this is a vector the scoring did not write.
        examples = ", ".join(frame.loc[missing, "member_id"].head(3))
        raise RuntimeError(f"{int(missing.sum())} handoff complaints have no evidence vector even after scoring them "
                           f"again (e.g. {examples}); this is a bug in Continuity, please report it")
    vectors = np.array(frame.pop("vector").tolist(), dtype=np.float32).reshape(-1, EMBEDDING_DIM)
    return Complaints(frame=frame, vectors=vectors)


def outlier_share(labels: np.ndarray) -> float:
    return float((labels == -1).mean()) if len(labels) else 0.0
