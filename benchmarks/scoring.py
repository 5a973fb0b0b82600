"""Scoring a run against a generated inbox's ground truth (truth.json).

Used by the quality benchmark and by the end-to-end tests.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PatternMatch:
    pattern_id: str
    should_alert: bool
    truth_size: int
    alert_id: str | None
    status: str | None
    recall: float
    precision: float


def precision_recall(predicted: set[str], actual: set[str]) -> tuple[float, float]:
    hits = len(predicted & actual)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(actual) if actual else 0.0
    return precision, recall


def match_patterns(truth: dict, alerts: list[dict]) -> list[PatternMatch]:
    """For each planted pattern, the alert that overlaps it most (by F1 of members)."""
    matches = []
    for pattern in truth["patterns"]:
        members = set(pattern["member_ids"])
        best, best_f1 = None, 0.0
        for alert in alerts:
            precision, recall = precision_recall(set(alert["member_ids"]), members)
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            if f1 > best_f1:
                best, best_f1 = alert, f1
        if best is None:
            matches.append(PatternMatch(pattern["pattern_id"], pattern["should_alert"], len(members), None, None, 0.0, 0.0))
            continue
        precision, recall = precision_recall(set(best["member_ids"]), members)
        matches.append(
            PatternMatch(pattern["pattern_id"], pattern["should_alert"], len(members), best["alert_id"], best["status"],
                         recall, precision)
        )
    return matches


def false_alerts(truth: dict, alerts: list[dict], matches: list[PatternMatch]) -> list[str]:
    """Alerts that are not the best match of a planted pattern that should alert."""
    wanted = {m.alert_id for m in matches if m.should_alert and m.alert_id}
    return sorted(a["alert_id"] for a in alerts if a["alert_id"] not in wanted)


def detection_scores(truth: dict, predicted_handoff: set[str]) -> dict:
    """Precision and recall of 'is a handoff complaint' over every interaction."""
    actual = set(truth["handoff_complaints"])
    precision, recall = precision_recall(predicted_handoff, actual)
    others = {cid for ids in truth["other_complaints"].values() for cid in ids}
    return {
        "precision": precision,
        "recall": recall,
        "predicted": len(predicted_handoff),
        "actual": len(actual),
        "other_complaints_called_handoff": len(predicted_handoff & others),
        "vague_called_handoff": len(predicted_handoff & set(truth["vague"])),
        "hard_negatives_called_handoff": len(predicted_handoff & set(truth.get("hard_negative_ids", []))),
    }
