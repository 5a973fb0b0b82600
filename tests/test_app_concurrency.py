"""The review app beside a flow run: a writer process hammers the same DuckDB
file while a burst of 30 reviewers' decisions goes through the app's service
function from threads. Both succeed and no decision is lost."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from alert_factory import run

from alerts.store import load_alerts, load_events
from app import service
from continuity.config import Settings
from continuity.db import connect
from concurrency_writer import alert_ids, records

pytestmark = pytest.mark.integration

HERE = Path(__file__).resolve().parent
DECISIONS = ("approve", "hold", "dismiss")
TARGET = {"approve": "approved", "hold": "held", "dismiss": "dismissed"}
ALERTS = 30


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "continuity.duckdb"
    with connect(path) as conn:
        run(conn, records(ALERTS, 0))
    return path


def start_writer(db: Path, tmp_path: Path) -> tuple[subprocess.Popen, Path]:
    stop = tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, str(HERE / "concurrency_writer.py"), str(db), str(tmp_path / "inbox"), str(stop), str(ALERTS)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert writer.stdout.readline().strip() == "started", writer.stderr.read()
    return writer, stop


class WriterProgress:
    """Counts the writer's committed iterations from its "wrote N" lines, and keeps
    draining its stderr so that a chatty writer never blocks on a full pipe."""

    def __init__(self, writer: subprocess.Popen) -> None:
        self.written = 0
        self.lines: list[str] = []
        self.errors: list[str] = []
        self._changed = threading.Condition()
        self._readers = [threading.Thread(target=self._read, args=(writer.stdout,), daemon=True),
                         threading.Thread(target=self.errors.extend, args=(writer.stderr,), daemon=True)]
        for reader in self._readers:
            reader.start()

    def _read(self, stream) -> None:
        for line in stream:
            self.lines.append(line.strip())
            if line.startswith("wrote "):
                with self._changed:
                    self.written = int(line.split()[1])
                    self._changed.notify_all()

    def wait_for(self, count: int, timeout: float = 120) -> None:
        with self._changed:
            assert self._changed.wait_for(lambda: self.written >= count, timeout), (
                f"the writer committed only {self.written} iterations in {timeout:.0f}s")

    def finish(self) -> list[str]:
        for reader in self._readers:
            reader.join(timeout=120)
        return self.lines


def test_a_burst_of_decisions_while_a_writer_hammers_the_file(db, tmp_path):
    settings = Settings()
    writer, stop = start_writer(db, tmp_path)
    progress = WriterProgress(writer)
    decided: dict[str, tuple[str, str, str]] = {}

    def decide(n: int) -> dict:
        # Each third of the burst starts only after one more of the writer's commits,
        # so the decisions interleave with at least three writer runs however slow
        # the machine is (CI once fitted a whole 30-decision burst into two).
        progress.wait_for(1 + n * 3 // ALERTS)
        alert_id = alert_ids(ALERTS)[n]
        decision = DECISIONS[n % 3]
        decided[alert_id] = (decision, f"reviewer-{n}", f"note {n}")
        service.list_alerts.clear()
        service.list_alerts(db)  # a reader between the writes, as the app page does
        return service.review(db, settings, alert_id, decision, f"reviewer-{n}", f"note {n}")

    started = time.perf_counter()
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            results = list(pool.map(decide, range(ALERTS)))
        burst_s = time.perf_counter() - started
        time.sleep(0.5)  # let the writer refresh the alerts after the last decision too
    finally:
        stop.touch()
        writer.wait(timeout=120)
        lines = progress.finish()
    assert writer.returncode == 0, "".join(progress.errors)
    iterations = int(lines[-1].split()[-1])
    assert lines[-1] == f"iterations {iterations}" and iterations >= 3, lines[-3:]

    assert [r["to_status"] for r in results] == [TARGET[DECISIONS[n % 3]] for n in range(ALERTS)]
    with connect(db, read_only=True) as conn:
        events = load_events(conn)
        statuses = {a["alert_id"]: a["status"] for a in load_alerts(conn)}
        ingested = conn.execute("SELECT count(*) FROM interactions WHERE interaction_id LIKE 'W-%'").fetchone()[0]
    reviewers = [(e["alert_id"], e["by"], e["to_status"], e["note"]) for e in events if e["by"].startswith("reviewer-")]
    assert sorted(reviewers) == sorted(
        (alert_id, by, TARGET[decision], note) for alert_id, (decision, by, note) in decided.items()
    )
    assert statuses == {alert_id: TARGET[decision] for alert_id, (decision, _, _) in decided.items()}
    assert ingested == 20 * iterations  # every one of the writer's runs landed too
    print(f"30 decisions in {burst_s:.2f}s beside {iterations} writer runs")


def _real_flow_missing() -> str | None:
    try:
        from clustering import algorithm, handoff  # noqa: F401
    except ImportError as exc:
        return f"the real flow cannot run yet ({exc}); the writer-process test above covers the app's side"
    return None


def test_decisions_during_a_real_continuity_run(db, tmp_path):
    """The same burst, spread over a real `continuity run` on a small generated inbox."""
    missing = _real_flow_missing()
    if missing:
        pytest.skip(missing)
    root = HERE.parent
    inbox = tmp_path / "inbox"
    subprocess.run([sys.executable, "-m", "data.generate", "--out", str(inbox), "--interactions", "400",
                    "--households", "80"], cwd=root, check=True, capture_output=True)
    flow = subprocess.Popen(
        [str(root / ".venv" / "bin" / "continuity"), "run", "--inbox", str(inbox), "--db", str(db)],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    settings = Settings()
    results = []
    try:
        for n in range(ALERTS):  # one decision every 0.3 s: the burst spans the run's first stages
            alert_id = alert_ids(ALERTS)[n]
            results.append(service.review(db, settings, alert_id, DECISIONS[n % 3], f"reviewer-{n}", f"note {n}"))
            time.sleep(0.3)
        out, _ = flow.communicate(timeout=900)
    finally:
        if flow.poll() is None:
            flow.kill()
    assert flow.returncode == 0, out
    with connect(db, read_only=True) as conn:
        events = load_events(conn)
        statuses = {a["alert_id"]: a["status"] for a in load_alerts(conn)}
        runs = conn.execute("SELECT count(*) FROM runs WHERE finished_at IS NOT NULL").fetchone()[0]
    assert runs == 1
    reviewers = sorted((e["alert_id"], e["by"], e["to_status"]) for e in events if e["by"].startswith("reviewer-"))
    assert reviewers == sorted(
        (alert_ids(ALERTS)[n], f"reviewer-{n}", TARGET[DECISIONS[n % 3]]) for n in range(ALERTS)
    )
    assert all(statuses[alert_ids(ALERTS)[n]] == TARGET[DECISIONS[n % 3]] for n in range(ALERTS))
