from __future__ import annotations

from pathlib import Path

import pytest

from continuity.config import ConfigError, Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]


def test_example_config_lists_the_defaults():
    assert load_settings(ROOT / "continuity.example.yaml") == Settings()


def test_per_journey_thresholds_override_only_what_they_name(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("thresholds:\n  min_complaints: 20\n  per_journey:\n    claim: {min_weeks: 5}\n")
    settings = load_settings(path)
    claim = settings.thresholds.for_journey("claim")
    assert (claim.min_complaints, claim.min_weeks) == (20, 5)
    assert settings.thresholds.for_journey("billing").min_weeks == 3


@pytest.mark.parametrize(
    "text, message",
    [
        ("thresholds:\n  min_consistency: 2\n", r"thresholds.min_consistency: Input should be less than or equal to 1"),
        ("windw_days: 3\n", r"windw_days: Extra inputs are not permitted"),
        ("columns:\n  calls_x: {a: b}\n", r"unknown kind"),
        ("columns:\n  calls: {CallRef: interaction_idd}\n", r"columns.calls: \['interaction_idd'\] is not a column of calls"),
        ("- a\n- b\n", r"must hold a mapping"),
    ],
)
def test_bad_config_says_which_key(tmp_path, text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_settings(path)


def test_missing_config_file(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "nope.yaml")
