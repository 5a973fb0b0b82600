"""Bad arguments and unusable input: exit status 2 and a one-line reason."""

from __future__ import annotations

import pytest

from continuity.cli import main


@pytest.mark.parametrize(
    "argv, message",
    [
        (["run", "--inbox", "/nowhere/inbox"], "inbox folder /nowhere/inbox does not exist"),
        (["run", "--inbox", ".", "--as-of", "yesterday"], "'yesterday' is not a date"),
        (["run"], "the following arguments are required: --inbox"),
        (["alerts", "--json", "--status", "open"], "unknown status 'open'"),
        (["review", "CA-1", "--approve"], "the following arguments are required: --by"),
        (["review", "CA-1", "--approve", "--hold", "--by", "x"], "not allowed with argument"),
        (["frobnicate"], "invalid choice"),
        (["cluster", "--input", "/nowhere.csv", "--text-column", "t", "--out", "o.csv"], "does not exist"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(argv, message, capsys, tmp_path):
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert message in err
    assert len(err.splitlines()) == 1


def test_commands_need_a_database(tmp_path, capsys):
    db = tmp_path / "missing.duckdb"
    for argv in (["alerts", "--json"], ["sources"], ["quarantine"], ["export", "CA-1", "--out", str(tmp_path / "x.csv")]):
        assert main([*argv, "--db", str(db)]) == 2
        assert "does not exist: run `continuity run --inbox DIR` first" in capsys.readouterr().err
    assert not db.exists()


def test_unknown_alert_and_bad_config(tmp_path, capsys):
    from continuity.db import ensure_schema

    db = tmp_path / "c.duckdb"
    ensure_schema(db)
    assert main(["review", "CA-nope", "--approve", "--by", "Dana", "--db", str(db)]) == 2
    assert "no alert with id 'CA-nope'" in capsys.readouterr().err
    bad = tmp_path / "bad.yaml"
    bad.write_text("thresholds: {min_weeks: 0}\n")
    assert main(["alerts", "--json", "--db", str(db), "--config", str(bad)]) == 2
    assert "thresholds.min_weeks" in capsys.readouterr().err
    assert main(["alerts", "--json", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == "[]"
