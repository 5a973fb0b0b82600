"""The routine gate in front of the embedding detector (clustering/prefilter.py).

Unit tests fit the gate on a few sentences written here and check the threshold
rule and the per-interaction decision. Integration tests fit it on the packaged
seed corpus and check, on generated inboxes with known truth, that it lets
through at least 99% of the handoff complaints (demo wording, where its target
recall was chosen, and holdout wording, which it never saw) while skipping a
real share of the interactions.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.exceptions import NotFittedError

from clustering.prefilter import (
    RoutineGate,
    customer_sentences,
    default_gate,
    gate_interactions,
    recall_threshold,
    routine_scores,
)

COMPLAINTS = [
    "I had to explain my claim again to the second advisor",
    "nobody passed my notes on when they transferred me",
    "your prices went up again for no reason",
    "the payout was far too low",
    "the agent was rude to me",
    "the app was down all weekend",
    "you charged me twice this month",
    "absolutely terrible service",
    "I told the chat agent everything and the phone team had none of it",
    "the broker sent it all and you asked me again",
]
ROUTINE = [
    "can you send me a copy of my policy documents",
    "I would like to update my address",
    "what is my renewal date please",
    "please add my wife as a named driver",
    "how do I download my certificate",
    "thanks that is all I needed",
    "can I pay by card instead",
    "what time does the office open",
    "I need a quote for travel cover",
    "please confirm my direct debit date",
]


def fitted(target_recall: float = 1.0) -> RoutineGate:
    labels = ["handoff"] * 2 + ["price", "payout", "staff", "outage", "billing", "vague", "handoff", "handoff"]
    return RoutineGate(target_recall=target_recall, n_folds=2).fit(COMPLAINTS + ROUTINE, labels + ["routine"] * 10)


def test_recall_threshold_keeps_the_share_asked_for():
    scores = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05])
    assert recall_threshold(scores, 1.0) == 0.05
    assert recall_threshold(scores, 0.9) == 0.1
    assert recall_threshold(scores, 0.5) == 0.5
    for target in (0.33, 0.75, 0.96):
        assert (scores >= recall_threshold(scores, target)).mean() >= target


@pytest.mark.parametrize("bad", [0.0, 1.5, -0.1])
def test_recall_threshold_rejects_a_recall_out_of_range(bad):
    with pytest.raises(ValueError, match="target_recall must be in"):
        recall_threshold(np.array([0.5]), bad)


def test_recall_threshold_needs_scores():
    with pytest.raises(ValueError, match="no positive scores"):
        recall_threshold(np.array([]), 0.9)


def test_fit_learns_a_threshold_that_keeps_every_complaint_out_of_fold_at_recall_one():
    gate = fitted(target_recall=1.0)
    assert 0.0 < gate.threshold_ < 1.0
    assert gate.oof_recall_ == 1.0
    assert gate.complaint_score(["I had to explain it all again after the transfer"])[0] > \
        gate.complaint_score(["please send me my policy documents"])[0]


def test_fit_needs_both_kinds_of_sentence():
    with pytest.raises(ValueError, match="both routine and complaint"):
        RoutineGate().fit(["a", "b", "c"], ["routine"] * 3)
    with pytest.raises(ValueError, match="3 sentences but 2 labels"):
        RoutineGate().fit(["a", "b", "c"], ["routine", "price"])


def test_scoring_before_fit_raises():
    with pytest.raises(NotFittedError):
        RoutineGate().complaint_score(["hello"])


def test_an_interaction_passes_when_any_sentence_reaches_the_threshold():
    gate = fitted()
    gate.threshold_ = 0.5  # fixed, to test the per-row rule alone
    rows = [
        ["what is my renewal date please", "I had to explain my claim again to the second advisor"],
        ["what is my renewal date please", "thanks that is all I needed"],
        [],
    ]
    scores = [gate.complaint_score(r) for r in rows[:2]]
    passes = gate_interactions(rows, gate)
    assert passes.tolist() == [bool(scores[0].max() >= 0.5), bool(scores[1].max() >= 0.5), False]
    assert passes[0] and not passes[2]


def test_no_sentences_at_all_never_pass():
    assert gate_interactions([[], []], fitted()).tolist() == [False, False]


def test_routine_scores_look_like_the_detector_output_for_a_routine_contact():
    frame = pd.DataFrame({"kind": ["calls", "reviews"], "interaction_id": ["C-1", "R-1"],
                          "text": ["Agent: hello\nCustomer: what is my renewal date", "Lovely app"],
                          "journey": ["Claims", None]})
    texts, sentences = customer_sentences(frame)
    assert texts == ["what is my renewal date", "Lovely app"]
    scored = routine_scores(frame, texts)
    assert scored["label"].tolist() == ["routine", "routine"]
    assert scored["p_handoff"].tolist() == [0.0, 0.0]
    assert not scored["is_handoff"].any() and not scored["is_vague"].any()
    assert scored["handoff_from"].isna().all() and scored["evidence"].tolist() == ["", ""]
    assert scored["journey"].tolist()[0] == "claim"  # from the CRM tag, as the detector does


# ------------------------------------------------------------------ on generated inboxes


def _interactions(inbox) -> pd.DataFrame:
    from ingest.readers import UnreadableFile, read_file
    from ingest.store import discover

    frames = []
    for kind, path in discover(inbox)[0]:
        if kind not in ("calls", "chats", "tickets", "surveys", "reviews"):
            continue
        try:
            frame = read_file(path).frame
        except UnreadableFile:
            continue
        if "text" in frame.columns and "interaction_id" in frame.columns:
            frames.append(frame.assign(kind=kind)[["kind", "interaction_id", "text"]])
    frame = pd.concat(frames, ignore_index=True).dropna(subset=["text"])
    frame["member_id"] = frame["kind"] + ":" + frame["interaction_id"].astype(str)
    return frame.drop_duplicates("member_id", keep="last").reset_index(drop=True)


@pytest.mark.integration
@pytest.mark.parametrize("style", ["demo", "holdout"])
def test_the_gate_keeps_handoff_complaints_and_skips_routine_contacts(tmp_path, style):
    from data.generate import generate_inbox

    truth = generate_inbox(tmp_path / style, style=style)
    frame = _interactions(tmp_path / style)
    passes = gate_interactions(customer_sentences(frame)[1], default_gate())
    passed = set(frame.loc[passes, "member_id"])
    handoff = set(truth["handoff_complaints"])
    recall = len(handoff & passed) / len(handoff)
    assert recall >= 0.99, f"{style}: the gate lost {len(handoff - passed)} handoff complaints: {sorted(handoff - passed)[:5]}"
    others = {i for ids in truth["other_complaints"].values() for i in ids} | set(truth["vague"])
    assert len(others & passed) / len(others) >= 0.95, "other and vague complaints must reach the detector too"
    assert 1 - passes.mean() >= 0.3, f"{style}: the gate skipped only {1 - passes.mean():.0%} of interactions"


def test_scores_are_redone_when_the_prefilter_or_the_embedding_model_changes():
    from clustering.stage import detector_version

    assert detector_version() == detector_version()
    assert detector_version(prefilter=False) != detector_version(prefilter=True)
    assert detector_version(model="all-MiniLM-L6-v2/bf16") != detector_version(model="all-MiniLM-L6-v2/fp32")
