"""A cheap first stage before the embedding detector: routine contacts are not embedded at all.

`RoutineGate` is a TF-IDF (word 1-2 grams + character 2-5 grams) logistic
regression on customer sentences, fitted on the packaged seed corpus with two
labels: routine versus everything else (handoff, price, payout, staff, outage,
billing, vague). Every kind of complaint, vague ones included, counts as "not
routine", so the gate only has to tell a complaint from a contact that asks for
something, never one complaint from another.

The threshold is set for recall, not accuracy: out-of-fold probabilities on the
corpus (stratified 5-fold) give the highest score that `target_recall` of the
complaint sentences reach. An interaction passes the gate when any of its
customer sentences reaches the threshold; one that does not is labelled routine
without being embedded. A complaint usually says it in more than one sentence,
so the recall per interaction is far above the recall per sentence: with
target_recall 0.96 the gate kept 100% of the demo inbox's handoff complaints
(where 0.96 was chosen, against 0.90-0.99) and 99.6% of the holdout inbox's
(wording it was never tuned on), and skipped about half of all interactions.
`benchmarks.speed` and tests/test_prefilter.py measure it again.

Everything here is pure: sentences and frames in, arrays out. The only file
read is the seed corpus, through `clustering.handoff.read_seed_corpus`.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline, make_union
from sklearn.utils.validation import check_is_fitted

ROUTINE = "routine"


def make_text_model(C: float = 4.0):
    """TF-IDF word 1-3 grams and character 1-4 grams (inside word boundaries) -> logistic regression."""
    features = make_union(
        TfidfVectorizer(analyzer="word", ngram_range=(1, 3), sublinear_tf=True, lowercase=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True, lowercase=True, min_df=2),
    )
    return make_pipeline(features, LogisticRegression(C=C, class_weight="balanced", solver="liblinear"))


def recall_threshold(scores: np.ndarray, target_recall: float) -> float:
    """The highest score that at least `target_recall` of the positive `scores` (n,) reach.

    recall_threshold([0.2, 0.6, 0.9], 1.0) == 0.2; recall_threshold([0.2, 0.6, 0.9], 0.6) == 0.6.
    """
    scores = np.asarray(scores, dtype=float)
    if scores.size == 0:
        raise ValueError("recall_threshold: no positive scores to set a threshold on")
    if not 0.0 < target_recall <= 1.0:
        raise ValueError(f"recall_threshold: target_recall must be in (0, 1], got {target_recall!r}")
    ranked = np.sort(scores)[::-1]
    return float(ranked[int(np.ceil(target_recall * scores.size)) - 1])


class RoutineGate(BaseEstimator):
    """Scores customer sentences: probability that a sentence is not routine (any complaint).

    fit(sentences, labels) learns `model_` (the text pipeline fitted on all of the
    data), `threshold_` (from out-of-fold scores, see `recall_threshold`),
    `oof_recall_` (share of complaint sentences at or above `threshold_` out of fold)
    and `oof_routine_below_` (share of routine sentences below it).
    """

    def __init__(self, target_recall: float = 0.96, C: float = 4.0, n_folds: int = 5, random_state: int = 0) -> None:
        self.target_recall = target_recall
        self.C = C
        self.n_folds = n_folds
        self.random_state = random_state

    def fit(self, sentences: Sequence[str], labels: Sequence[str]) -> "RoutineGate":
        """sentences: n texts; labels: n category names (anything but "routine" is a complaint)."""
        sentences = [str(s) for s in sentences]
        y = np.asarray([label != ROUTINE for label in labels], dtype=bool)
        if len(sentences) != len(y):
            raise ValueError(f"RoutineGate: {len(sentences)} sentences but {len(y)} labels")
        if y.all() or not y.any():
            raise ValueError("RoutineGate: fit needs both routine and complaint sentences")
        folds = min(self.n_folds, int(y.sum()), int((~y).sum()))
        if folds < 2:
            raise ValueError("RoutineGate: fit needs at least 2 routine and 2 complaint sentences")
        oof = np.zeros(len(y))
        splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=self.random_state)
        texts = np.asarray(sentences, dtype=object)
        for train, test in splitter.split(texts, y):
            model = make_text_model(self.C).fit(texts[train], y[train])
            oof[test] = model.predict_proba(texts[test])[:, 1]
        self.threshold_ = recall_threshold(oof[y], self.target_recall)
        self.oof_recall_ = float((oof[y] >= self.threshold_).mean())
        self.oof_routine_below_ = float((oof[~y] < self.threshold_).mean())
        self.model_ = make_text_model(self.C).fit(texts, y)
        return self

    def complaint_score(self, sentences: Sequence[str]) -> np.ndarray:
        """n sentences -> (n,) probability of not being routine."""
        check_is_fitted(self, "model_")
        if len(sentences) == 0:
            return np.zeros(0)
        return self.model_.predict_proba(list(sentences))[:, 1]


def gate_interactions(sentences_per_row: Sequence[Sequence[str]], gate: RoutineGate) -> np.ndarray:
    """(n,) bool: True where any sentence of the row reaches the gate's threshold.

    A row with no sentence never passes (the detector calls it routine as well).
    """
    counts = np.fromiter((len(s) for s in sentences_per_row), dtype=np.int64, count=len(sentences_per_row))
    if counts.sum() == 0:
        return np.zeros(len(counts), dtype=bool)
    flat = [s for sentences in sentences_per_row for s in sentences]
    scores = gate.complaint_score(flat)
    row_of = np.repeat(np.arange(len(counts)), counts)
    best = np.zeros(len(counts))
    np.maximum.at(best, row_of, scores)
    return (best >= gate.threshold_) & (counts > 0)


def customer_sentences(frame: pd.DataFrame) -> tuple[list[str], list[list[str]]]:
    """Per row of frame (columns kind, text): the customer's words and their sentences,
    as the detector reads them (clustering.handoff.customer_text, split_sentences)."""
    from clustering.handoff import customer_text, split_sentences

    texts = [customer_text(k, t) for k, t in zip(frame["kind"].astype(str), frame["text"])]
    return texts, [split_sentences(t) for t in texts]


def routine_scores(frame: pd.DataFrame, customer_texts: Sequence[str]) -> pd.DataFrame:
    """What the detector's score_interactions returns, for rows that never reach it:
    label routine, p_handoff 0, no evidence, no handoff sides; the journey is still
    read from the CRM tag or the customer's words (clustering.handoff.infer_journey).

    frame: columns kind, interaction_id, optional journey; customer_texts: one per row.
    """
    from clustering.handoff import infer_journey

    crm_journeys = frame["journey"].tolist() if "journey" in frame.columns else [None] * len(frame)
    n = len(frame)
    return pd.DataFrame(
        {
            "kind": frame["kind"].astype(str).tolist(),
            "interaction_id": frame["interaction_id"].tolist(),
            "customer_text": list(customer_texts),
            "label": [ROUTINE] * n,
            "p_handoff": np.zeros(n, dtype=float),
            "is_handoff": np.zeros(n, dtype=bool),
            "is_vague": np.zeros(n, dtype=bool),
            "evidence": [""] * n,
            "handoff_from": pd.Series([None] * n, dtype=object).to_numpy(),
            "handoff_to": pd.Series([None] * n, dtype=object).to_numpy(),
            "journey": pd.Series([infer_journey(t, j) for t, j in zip(customer_texts, crm_journeys)],
                                 dtype=object).to_numpy(),
        },
        index=frame.index,
    )


def gate_key() -> str:
    """Changes with the seed corpus, this module's code and scikit-learn's version."""
    import sklearn

    from clustering.handoff import SEED_CORPUS_PATH

    digest = hashlib.sha256(SEED_CORPUS_PATH.read_bytes())
    digest.update(Path(__file__).read_bytes())
    digest.update(sklearn.__version__.encode())
    return digest.hexdigest()[:16]


_default: dict[str, RoutineGate] = {}


def default_gate() -> RoutineGate:
    """A RoutineGate fitted on the packaged seed corpus.

    Fitted once per corpus version and kept as a pickle under
    cache_root()/prefilter (the fit with its 5 folds takes seconds; loading, milliseconds).
    """
    from clustering.embedder import cache_root
    from clustering.handoff import read_seed_corpus

    key = gate_key()
    if key in _default:
        return _default[key]
    cache_file = cache_root() / "prefilter" / f"gate_{key}.pkl"
    gate = None
    if cache_file.exists():
        try:
            gate = pickle.loads(cache_file.read_bytes())
        except Exception:  # a cache written by another version: fit again below
            gate = None
    if not isinstance(gate, RoutineGate):
        corpus = read_seed_corpus()
        gate = RoutineGate().fit(corpus["text"].tolist(), corpus["label"].tolist())
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        # Written then renamed, so a reader never sees half a file.
        with tempfile.NamedTemporaryFile(dir=cache_file.parent, suffix=".pkl", delete=False) as tmp:
            tmp.write(pickle.dumps(gate))
        os.replace(tmp.name, cache_file)
    _default.clear()
    _default[key] = gate
    return gate
