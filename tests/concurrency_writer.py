"""A stand-in for a flow run that hammers one DuckDB file: ingest a changed
inbox file, then save the run's patterns and refresh the alerts (the flow's
"save alerts" task), in short write connections, until STOP_FILE appears.

    python tests/concurrency_writer.py DB INBOX STOP_FILE ALERT_COUNT

Prints "started" once its first write is committed, "wrote N" after each
committed iteration and, at the end, the number of iterations as
"iterations N".
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from alert_factory import AS_OF, payload, record  # noqa: E402

from alerts.store import apply_run, save_patterns  # noqa: E402
from continuity.db import connect  # noqa: E402
from ingest.store import ingest_inbox  # noqa: E402


def alert_ids(count: int) -> list[str]:
    return [f"CA-{n:03d}" for n in range(count)]


def records(count: int, iteration: int) -> list[dict]:
    # The count moves by one complaint between runs: payloads change, statuses never
    # need to (a dismissed alert reopens only after growing 1.5 times).
    return [
        record(payload(alert_id, counts=[3] * 12 + [3 + (iteration + n) % 2]))
        for n, alert_id in enumerate(alert_ids(count))
    ]


def write_calls(inbox: Path, iteration: int) -> None:
    folder = inbox / "calls"
    folder.mkdir(parents=True, exist_ok=True)
    rows = ["interaction_id,occurred_at,text,journey"] + [
        f"W-{iteration}-{n},2026-11-{1 + n % 14:02d}T10:00:00,\"Customer: run {iteration}, call {n}\",claim"
        for n in range(20)
    ]
    (folder / f"calls_{iteration:05d}.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def main(db: str, inbox: str, stop_file: str, count: int) -> int:
    rng = random.Random(0)
    iteration = 0
    while True:
        write_calls(Path(inbox), iteration)
        with connect(db) as conn:
            ingest_inbox(conn, Path(inbox))
        with connect(db) as conn:
            conn.execute("BEGIN TRANSACTION")
            save_patterns(conn, f"run-{iteration}", records(count, iteration))
            apply_run(conn, f"run-{iteration}", AS_OF, records(count, iteration),
                      require_review=True, regrowth_factor=1.5)
            conn.execute("COMMIT")
        if iteration == 0:
            print("started", flush=True)
        iteration += 1
        print(f"wrote {iteration}", flush=True)
        if Path(stop_file).exists():
            break
        time.sleep(rng.uniform(0.0, 0.03))  # a flow's tasks leave short gaps between their connections
    print(f"iterations {iteration}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))
