"""The `continuity` command (contract section 2).

Every sub-command accepts --db and --config and exits non-zero with a one-line
reason on bad arguments or unusable input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

from continuity.db import DEFAULT_DB

EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Bad arguments or unusable input: printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage block
        raise UsageError(f"{self.prog}: {message}")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=str(DEFAULT_DB), help=f"DuckDB file (default {DEFAULT_DB})")
    parser.add_argument("--config", default=None, help="YAML config (default ./continuity.yaml, else built-in defaults)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="continuity", description="Continuity: handoff complaints -> continuity alerts.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    p = sub.add_parser("run", help="the whole Prefect flow on an inbox folder")
    p.add_argument("--inbox", required=True, help="inbox folder (one sub-folder per kind)")
    p.add_argument("--as-of", type=_date, default=None, help="fix 'today' (YYYY-MM-DD); default: newest occurred_at")
    _common(p)

    p = sub.add_parser("alerts", help="list alerts")
    p.add_argument("--status", default=None, help="only alerts in this status")
    p.add_argument("--json", action="store_true", help="print a JSON array (contract section 3)")
    _common(p)

    p = sub.add_parser("review", help="record a reviewer's decision on an alert")
    p.add_argument("alert_id")
    decision = p.add_mutually_exclusive_group(required=True)
    decision.add_argument("--approve", action="store_const", const="approve", dest="decision")
    decision.add_argument("--hold", action="store_const", const="hold", dest="decision")
    decision.add_argument("--dismiss", action="store_const", const="dismiss", dest="decision")
    p.add_argument("--by", required=True, help="reviewer's name")
    p.add_argument("--note", default=None, help="why")
    _common(p)

    p = sub.add_parser("export", help="an alert's exposed households as CSV (or .xlsx)")
    p.add_argument("alert_ids", nargs="+", metavar="ALERT_ID")
    p.add_argument("--out", required=True, help="FILE.csv or FILE.xlsx")
    p.add_argument("--renewal-only", action="store_true", help="only households renewing inside the renewal window")
    _common(p)

    p = sub.add_parser("sources", help="what has been ingested, per kind and week")
    p.add_argument("--json", action="store_true")
    _common(p)

    p = sub.add_parser("quarantine", help="every rejected row or file")
    p.add_argument("--json", action="store_true")
    _common(p)

    p = sub.add_parser("cluster", help="the clustering stage alone on a column of texts")
    p.add_argument("--input", required=True, help="CSV or JSONL file")
    p.add_argument("--text-column", required=True)
    p.add_argument("--out", required=True, help="CSV with columns row,cluster (-1: in no cluster)")
    _common(p)

    p = sub.add_parser("app", help="serve the Streamlit review app")
    p.add_argument("--port", type=int, default=8501)
    _common(p)

    p = sub.add_parser("history", help="the audit trail of review decisions and status changes")
    p.add_argument("alert_id", nargs="?", default=None)
    p.add_argument("--json", action="store_true")
    _common(p)

    p = sub.add_parser("lineage", help="what each run made of the previous run's patterns: births, merges, splits, deaths")
    p.add_argument("--pattern", default=None, metavar="ID", help="only the events that name this pattern (alert) id")
    p.add_argument("--json", action="store_true")
    _common(p)

    p = sub.add_parser("thresholds", help="preview which alerts new thresholds would raise or drop")
    p.add_argument("--preview", action="store_true", required=True,
                   help="dry run: compare the latest run's patterns under --config's thresholds; changes nothing")
    p.add_argument("--json", action="store_true")
    _common(p)

    p = sub.add_parser("route", help="deliver approved alerts and pending messages to teams now")
    p.add_argument("--json", action="store_true")
    _common(p)

    p = sub.add_parser("outbox", help="messages to teams: delivered, pending, failing")
    p.add_argument("--alert", default=None, metavar="ALERT_ID", help="only this alert's messages")
    p.add_argument("--json", action="store_true")
    _common(p)

    p = sub.add_parser("cache", help="the model cache: what this version uses, and stale files it will never read again")
    p.add_argument("--prune", action="store_true", help="delete the stale files")
    p.add_argument("--json", action="store_true")
    _common(p)  # accepted like everywhere else; the cache is the machine's, not a database's
    return parser


def _settings(args):
    from continuity.config import ConfigError, load_settings

    try:
        return load_settings(args.config)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def _require_db(path: str) -> None:
    if not Path(path).exists():
        raise UsageError(f"database {path} does not exist: run `continuity run --inbox DIR` first")


def _print_json(value) -> None:
    print(json.dumps(value, indent=2, default=str, ensure_ascii=False))


def cmd_run(args) -> int:
    from pipeline.runner import spawn_local_server_early, stop_local_server

    inbox = Path(args.inbox)
    if inbox.is_dir():
        spawn_local_server_early()  # boots while the checks below and the imports run
    try:
        from ingest.store import InboxError, discover

        _settings(args)  # fail early on a bad config
        try:
            discover(inbox)
        except InboxError as exc:
            raise UsageError(str(exc)) from None
    except BaseException:
        stop_local_server()
        raise
    from pipeline.runner import NothingToAnalyse, end_process, has_local_server, run_pipeline

    try:
        run_pipeline(inbox=inbox, db=Path(args.db), config=args.config, as_of=args.as_of, exit_when_done=True)
    except NothingToAnalyse as exc:
        if has_local_server():  # end as a run ends (end_process): one line, no teardown noise
            print(f"error: {exc}", file=sys.stderr)
            end_process(EXIT_BAD_INPUT)
        raise UsageError(str(exc)) from None
    return 0


def cmd_alerts(args) -> int:
    from alerts.lifecycle import STATUSES
    from alerts.store import load_alerts
    from continuity.db import connect

    if args.status and args.status not in STATUSES:
        raise UsageError(f"unknown status '{args.status}': use one of {', '.join(STATUSES)}")
    _settings(args)
    _require_db(args.db)
    with connect(args.db) as conn:
        alerts = load_alerts(conn, args.status)
    if args.json:
        _print_json(alerts)
        return 0
    if not alerts:
        print("no alerts")
    for a in alerts:
        print(
            f"{a['alert_id']}  {a['status']:<15} {a['journey']}  | {a['complaint_count']} complaints, "
            f"{a['affected_households']} households, premium {a['premium_exposure']:,.2f} "
            f"({a['renewal_window_households']} renewing) | {a['signal_strength']['level']}"
        )
    return 0


def cmd_review(args) -> int:
    from alerts.lifecycle import TransitionError
    from alerts.review import record_decision
    from alerts.store import AlertNotFound
    from continuity.db import connect

    settings = _settings(args)
    _require_db(args.db)
    try:
        with connect(args.db) as conn:
            # The same function the review app calls: the decision, then routing on approve.
            result = record_decision(conn, settings, args.alert_id, args.decision, args.by, args.note)
    except (AlertNotFound, TransitionError, ValueError) as exc:
        raise UsageError(str(exc)) from None
    print(f"{args.alert_id}: {result['from_status']} -> {result['to_status']} by {args.by}"
          + (f" ({args.note})" if args.note else ""))
    if result["route"] is not None:
        _print_route_report(result["route"])
    return 0


def _print_route_report(report) -> None:
    for d in report.delivered:
        print(f"delivered  {d['alert_id']} {d['event']} to {d['team']} ({d['url']})")
    for f in report.failed:
        print(f"pending    {f['alert_id']} {f['event']} to {f['team']} ({f['url']}): {f['error']}; "
              f"attempt {f['attempts']}, next after {f['next_attempt_at'][:19]}")
    for alert_id in report.no_destination:
        print(f"{alert_id} stays approved: no team has a URL for it (set routing: in the config, "
              f"and check journey_routing)")
    for alert_id in report.routed:
        print(f"{alert_id}: approved -> routed")
    print(f"route: {report.summary()}")


def cmd_route(args) -> int:
    from alerts.outbox import route
    from continuity.db import connect

    settings = _settings(args)
    _require_db(args.db)
    with connect(args.db) as conn:
        report = route(conn, settings)
    if args.json:
        _print_json(report.as_dict())
    else:
        _print_route_report(report)
    return 0


def cmd_outbox(args) -> int:
    from alerts.outbox import load_outbox
    from continuity.db import connect

    settings = _settings(args)
    _require_db(args.db)
    with connect(args.db) as conn:
        entries = load_outbox(conn, args.alert, settings)
    if args.json:
        _print_json(entries)
        return 0
    if not entries:
        print("outbox is empty")
    for e in entries:
        when = f"delivered {e['delivered_at'][:19]}" if e["delivered_at"] else f"next attempt {e['next_attempt_at'][:19]}"
        print(f"{e['alert_id']}  {e['event']:<8} {e['team']:<11} {e['state']:<9} attempts {e['attempts']}  {when}  "
              f"{e['url']}" + (f"  last error: {e['last_error']}" if e["last_error"] and not e["delivered_at"] else ""))
    return 0


def cmd_thresholds(args) -> int:
    from alerts.preview import preview_thresholds
    from alerts.preview_io import load_alert_statuses, load_pattern_payloads
    from continuity.db import connect

    settings = _settings(args)
    _require_db(args.db)
    with connect(args.db, read_only=True) as conn:
        patterns = load_pattern_payloads(conn)
        alerts = load_alert_statuses(conn)
    if not patterns:
        raise UsageError(f"database {args.db} holds no patterns: run `continuity run --inbox DIR` first")
    preview = preview_thresholds(patterns, alerts, settings)
    if args.json:
        _print_json(preview)
        return 0
    source = args.config or "the default config"
    print(f"under the thresholds of {source}: {len(preview['appear'])} would appear, "
          f"{len(preview['disappear'])} would disappear, {len(preview['stay'])} stay "
          f"({len(patterns)} patterns in the latest run; nothing was changed)")
    for label in ("appear", "disappear", "stay"):
        for e in preview[label]:
            why = "; ".join(e["failed"]) if label == "disappear" else f"{e['complaint_count']} complaints"
            status = e["current_status"] or "new"
            print(f"{label:<10} {e['alert_id']}  {status:<15} {e['journey'] or e['journey_key']}  | {why}")
    if preview["dismissed"]:
        print(f"{preview['dismissed']} dismissed alerts are left as reviewers decided")
    return 0


def cmd_export(args) -> int:
    from alerts.store import AlertNotFound
    from continuity.db import connect
    from exposure.export import export_households

    settings = _settings(args)
    _require_db(args.db)
    out = Path(args.out)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise UsageError(f"--out {out}: use a .csv or .xlsx file name")
    try:
        with connect(args.db) as conn:
            frame = export_households(conn, args.alert_ids, settings.renewal_window_days, renewal_only=args.renewal_only)
    except AlertNotFound as exc:
        raise UsageError(str(exc)) from None
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".xlsx":
        frame.to_excel(out, index=False)
    else:
        frame.to_csv(out, index=False)
    print(f"{len(frame)} households written to {out}")
    return 0


def cmd_sources(args) -> int:
    from continuity.db import connect
    from ingest.coverage import coverage_rows, summarise

    settings = _settings(args)
    _require_db(args.db)
    with connect(args.db) as conn:
        weekly = coverage_rows(conn)
        households = conn.execute("SELECT count(*) FROM households").fetchone()[0]
    kinds = summarise(weekly, households, settings.thin_coverage_share)
    if args.json:
        _print_json(kinds)
        return 0
    for k in kinds:
        span = f"{k['first']} .. {k['last']}" if k["first"] else ""
        print(f"{k['kind']:<16} {k['rows']:>8} rows {k['linked_rows']:>8} linked  {span}")
        if k["warning"]:
            print(f"{'':<16} warning: {k['warning']}")
    return 0


def cmd_quarantine(args) -> int:
    from continuity.db import connect

    _settings(args)
    _require_db(args.db)
    with connect(args.db) as conn:
        rows = conn.execute("SELECT kind, file, row, reason FROM quarantine ORDER BY file, row NULLS FIRST, reason").fetchall()
    entries = [{"kind": k, "file": f, "row": r, "reason": why} for k, f, r, why in rows]
    if args.json:
        _print_json(entries)
        return 0
    if not entries:
        print("quarantine is empty")
    for e in entries:
        where = f"{e['file']} row {e['row']}" if e["row"] is not None else f"{e['file']} (whole file)"
        print(f"{e['kind']:<10} {where}: {e['reason']}")
    return 0


def cmd_cluster(args) -> int:
    from clustering.standalone import ClusterInputError, cluster_file

    settings = _settings(args)
    try:
        summary = cluster_file(Path(args.input), args.text_column, Path(args.out), settings)
    except ClusterInputError as exc:
        raise UsageError(str(exc)) from None
    print(summary)
    return 0


def cmd_app(args) -> int:
    import subprocess

    _settings(args)
    from continuity.db import ensure_schema

    ensure_schema(args.db)
    script = Path(__file__).resolve().parent.parent / "app" / "streamlit_app.py"
    env = dict(os.environ, CONTINUITY_DB=str(Path(args.db).resolve()))
    if args.config:
        env["CONTINUITY_CONFIG"] = str(Path(args.config).resolve())
    command = [
        sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(args.port),
        "--server.headless", "true", "--browser.gatherUsageStats", "false",
        "--client.toolbarMode", "minimal", "--theme.primaryColor", "#1c64f2",
    ]
    print(f"serving the review app on http://localhost:{args.port}", flush=True)
    return subprocess.call(command, env=env)


def cmd_history(args) -> int:
    from alerts.store import load_events
    from continuity.db import connect

    _settings(args)
    _require_db(args.db)
    with connect(args.db) as conn:
        events = load_events(conn, args.alert_id)
    if args.json:
        _print_json(events)
        return 0
    for e in events:
        print(f"{e['at'][:19]}  {e['alert_id']}  {e['from_status'] or '-'} -> {e['to_status']}  by {e['by']}"
              + (f": {e['note']}" if e["note"] else ""))
    return 0


def _lineage_line(e: dict) -> str:
    measures = ", ".join(part for part in (
        f"overlap {e['overlap']:.2f}" if e["overlap"] is not None else "",
        f"{e['shared_members']} shared" if e["shared_members"] is not None else "",
        f"cosine {e['cosine']:.2f}" if e["cosine"] is not None else "",
    ) if part)
    related = ", ".join(e["related_pattern_ids"])
    what = {
        "birth": f"split from {related}" if related else "",
        "continued": f"by {e['matched_by']}" + (f" (its key now hashes to {e['proposed_id']})"
                                                if e["proposed_id"] and e["proposed_id"] != e["pattern_id"] else ""),
        "merge": f"absorbed {related}",
        "split": f"split off {related}",
        "death": "",
    }.get(e["event"], related)
    when = e["as_of"] or e["at"][:10]
    return f"{when}  run {e['run_id']}  {e['event']:<9} {e['pattern_id']}  {what}" + (f"  [{measures}]" if measures else "")


def cmd_lineage(args) -> int:
    from clustering.lineage_store import load_lineage_events
    from continuity.db import connect

    _settings(args)
    _require_db(args.db)
    with connect(args.db) as conn:
        events = load_lineage_events(conn, args.pattern)
    if args.pattern and not events:
        raise UsageError(f"no lineage event names pattern '{args.pattern}': `continuity lineage` lists every id")
    if args.json:
        _print_json(events)
        return 0
    if not events:
        print("no lineage events yet: run `continuity run --inbox DIR`")
    for e in events:
        print(_lineage_line(e).rstrip())
    return 0


def cmd_cache(args) -> int:
    from clustering.cache_files import STALE, cache_inventory, prune_cache
    from clustering.embedder import cache_root

    entries = cache_inventory()
    removed = prune_cache(entries) if args.prune else []
    gone = {e.path for e in removed}
    if args.json:
        _print_json({"cache": str(cache_root()),
                     "entries": [{"path": str(e.path), "what": e.what, "state": e.state, "bytes": e.bytes,
                                  "deleted": e.path in gone} for e in entries]})
        return 0
    if not entries:
        print(f"{cache_root()}: empty")
        return 0
    for e in entries:
        mark = "deleted" if e.path in gone else e.state
        print(f"{mark:<8} {e.bytes / 2**20:>8.1f} MiB  {e.what:<20} {e.path.relative_to(cache_root())}")
    stale = [e for e in entries if e.state == STALE]
    size = sum(e.bytes for e in stale) / 2**20
    if args.prune:
        print(f"deleted {len(removed)} stale entries, {sum(e.bytes for e in removed) / 2**20:.1f} MiB")
    elif stale:
        print(f"{len(stale)} stale entries, {size:.1f} MiB: `continuity cache --prune` deletes them")
    return 0


COMMANDS = {
    "run": cmd_run, "alerts": cmd_alerts, "review": cmd_review, "export": cmd_export, "sources": cmd_sources,
    "quarantine": cmd_quarantine, "cluster": cmd_cluster, "app": cmd_app, "history": cmd_history,
    "thresholds": cmd_thresholds, "route": cmd_route, "outbox": cmd_outbox, "lineage": cmd_lineage,
    "cache": cmd_cache,
}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help()
            return EXIT_BAD_INPUT
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
