"""`python -m bench` (through scripts/bench.sh): seed, serve, load, time the jobs, report."""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

NOISY_LOAD = 1.0  # one-minute load average, on the bench's own two cores
NOISY_CV = 0.10


def log(message: str) -> None:
    print(message, flush=True)


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--scale", choices=["full", "small"], default="full")
    parser.add_argument("--reseed", action="store_true", help="seed even if already seeded")
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per wrk run")
    parser.add_argument("--runs", type=int, default=3, help="wrk runs per page (median)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", default="", help="comma-separated page/job keys")
    parser.add_argument("--skip-web", action="store_true")
    parser.add_argument("--skip-jobs", action="store_true")
    parser.add_argument("--output", default=str(Path(__file__).parent / "results"))
    parser.add_argument(
        "--whatif", default="", help="comma-separated settings changes (bench/whatif_settings.py)"
    )
    return parser.parse_args(argv)


def prepare_database(scale: str, reseed: bool) -> dict[str, Any]:
    from bench import db

    url = os.environ["DATABASE_URL"]
    if db.ensure_database(url):
        log(f"created database {url.rsplit('/', 1)[-1]}")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connections

    try:
        call_command("migrate", interactive=False, verbosity=0)
    except Exception as error:  # e.g. a migration renamed while the app was being built
        log(f"migrate failed ({error.__class__.__name__}: {error}); recreating the database")
        connections.close_all()
        db.drop_database(url)
        db.ensure_database(url)
        call_command("migrate", interactive=False, verbosity=0)
    from bench.seed import ensure_seeded

    return ensure_seeded(scale, force=reseed, log=log)


def collect_static() -> None:
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)


def bench_pages(
    args: argparse.Namespace, targets: dict[str, Any], only: set[str]
) -> dict[str, Any]:
    from bench import machine, web

    port = int(os.environ.get("BENCH_PORT", "8765"))
    log_path = Path(os.environ.get("PRACTICA_VAR_DIR", "/tmp")) / "gunicorn.log"  # noqa: S108
    server = web.Server(port, args.workers, log_path)
    results: dict[str, dict[str, Any]] = {}
    runnable: list[tuple[web.Page, str, str]] = []
    server.start()
    try:
        # One session per connection, as that many people (or devices) would have.
        sessions = [
            web.log_in(port, targets["member_email"], targets["member_password"])
            for _ in range(args.connections)
        ]
        cookie = "\n".join(sessions)
        for page in web.PAGES:
            if only and page.key not in only and page.key != "ceiling":
                continue
            entry: dict[str, Any] = {
                "key": page.key,
                "title": page.title,
                "path": None,
                "max_queries": page.max_queries,
            }
            results[page.key] = entry
            path = page.path(targets)
            if path is None:
                entry.update(status="not available", note="no seeded object for it yet")
                continue
            entry["path"] = path
            if not web.page_exists(path):
                entry.update(status="not available", note="no such URL in this build")
                continue
            page_cookie = cookie if page.signed_in else ""
            first_session = page_cookie.split("\n")[0]
            # The first hits compile templates and settle the session; the third is typical.
            web.fetch(port, path, cookie=first_session)
            web.fetch(port, path, cookie=first_session)
            fetch_started = time.perf_counter()
            status, headers, body = web.fetch(port, path, cookie=first_session)
            entry["single_ms"] = (time.perf_counter() - fetch_started) * 1000
            entry["bytes"] = len(body)
            entry["queries"] = int(headers.get("X-Query-Count", "-1"))
            if status != 200:
                entry.update(status="error", note=f"answered {status}, not 200")
                continue
            entry["status"] = "ok"
            runnable.append((page, path, page_cookie))
            log(
                f"  {page.key:<18} {path}  {entry['queries']} queries, {len(body):,} bytes, "
                f"{entry['single_ms']:.0f} ms alone"
            )

        def workers() -> list[int]:
            return server.worker_pids()

        for _page, path, page_cookie in runnable:  # warm-up, not counted
            web.wrk(
                port,
                path,
                cookie=page_cookie,
                seconds=1,
                threads=args.threads,
                connections=args.connections,
                worker_pids=workers,
                access_log=server.access_log,
            )
        runs: dict[str, list[web.WrkRun]] = {page.key: [] for page, _, _ in runnable}
        # Round robin, so a burst of noise from elsewhere spreads over every page.
        for round_number in range(args.runs):
            log(f"round {round_number + 1}/{args.runs} (load average {machine.load_average():.2f})")
            for page, path, page_cookie in runnable:
                run = web.wrk(
                    port,
                    path,
                    cookie=page_cookie,
                    seconds=args.duration,
                    threads=args.threads,
                    connections=args.connections,
                    worker_pids=workers,
                    access_log=server.access_log,
                )
                runs[page.key].append(run)
                log(
                    f"  {page.key:<18} {run.rps:8.1f} req/s  p50 {run.p50_ms:6.1f} ms  "
                    f"p99 {run.p99_ms:6.1f} ms  cpu {run.cpu_ms_per_request:5.1f} ms/req"
                    + (f"  {run.errors} errors" if run.errors else "")
                )
        for key, page_runs in runs.items():
            results[key].update(web.summarise(page_runs))
        rss = {str(pid): round(machine.rss_mb(pid), 1) for pid in server.worker_pids()}
    finally:
        server.stop()
    ceiling = results.get("ceiling", {}).get("rps")
    for entry in results.values():
        if entry.get("status") == "ok" and ceiling:
            entry["ceiling_ratio"] = entry["rps"] / ceiling
    return {"pages": list(results.values()), "worker_rss_mb": rss}


def check_targets(report: dict[str, Any]) -> list[dict[str, Any]]:
    pages = {entry["key"]: entry for entry in report.get("pages", [])}
    jobs = {entry["key"]: entry for entry in report.get("jobs", [])}
    checks: list[dict[str, Any]] = []

    def add(name: str, figure: Any, met: bool | None, why: str = "") -> None:
        checks.append({"target": name, "figure": figure, "met": met, "note": why})

    case = pages.get("case_100", {})
    if case.get("status") == "ok":
        ratio = case.get("ceiling_ratio", 0.0)
        add("Case page (100 replies) >= 25% of ceiling req/s", f"{ratio:.0%}", ratio >= 0.25)
        add("Case page (100 replies) <= 10 queries", case["queries"], case["queries"] <= 10)
    else:
        add("Case page (100 replies) >= 25% of ceiling req/s", "not available", None)
        add("Case page (100 replies) <= 10 queries", "not available", None)
    for key, entry in pages.items():
        if entry.get("max_queries") is None or key == "case_100":
            continue
        if entry.get("status") == "ok":
            add(f"{entry['title']} <= 12 queries", entry["queries"], entry["queries"] <= 12)
        else:
            add(f"{entry['title']} <= 12 queries", "not available", None)
    phi = jobs.get("phi_guard", {})
    add(
        "PHI guard <= 10 ms median per 2,000-char document",
        f"{phi['median_ms']:.2f} ms" if phi.get("status") == "ok" else "not available",
        phi["median_ms"] <= 10 if phi.get("status") == "ok" else None,
    )
    digest = jobs.get("digest_planning", {})
    add(
        "Digest planning <= 1 ms per user",
        f"{digest['ms_per_user']:.3f} ms" if digest.get("status") == "ok" else "not available",
        digest["ms_per_user"] <= 1 if digest.get("status") == "ok" else None,
    )
    dispatcher = jobs.get("dispatcher", {})
    add(
        "Dispatcher >= 100 messages/s to a loopback sink",
        f"{dispatcher['messages_per_s']:.0f}/s"
        if dispatcher.get("status") == "ok"
        else "not available",
        dispatcher["messages_per_s"] >= 100 if dispatcher.get("status") == "ok" else None,
    )
    rss = report.get("worker_rss_mb") or {}
    if rss:
        worst = max(rss.values())
        add("Web worker memory after the run <= 150 MB", f"{worst:.0f} MB", worst <= 150)
    else:
        add("Web worker memory after the run <= 150 MB", "not available", None)
    return checks


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["profile"]:
        from bench import profile

        return profile.main(argv[1:])
    args = parse(argv)
    if args.whatif:  # before Django starts, so the runner and gunicorn both see it
        os.environ["DJANGO_SETTINGS_MODULE"] = "bench.whatif_settings"
        os.environ["PRACTICA_BENCH_WHATIF"] = args.whatif
    only = {key.strip() for key in args.only.split(",") if key.strip()}
    started = time.monotonic()
    from bench import machine

    report: dict[str, Any] = {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine.machine(),
        "warnings": [],
    }
    if report["machine"]["load_average_at_start"] > NOISY_LOAD:
        report["warnings"].append(
            f"load average {report['machine']['load_average_at_start']:.2f} before starting: "
            "other work was running; the figures are noisy"
        )
    seed = prepare_database(args.scale, args.reseed)
    report["seed"] = {
        k: seed[k] for k in ("fingerprint", "counts", "notes", "seconds", "seeded_at", "reused")
    }
    report["versions"] = machine.versions()
    report["settings"] = {
        "scale": args.scale,
        "server": f"gunicorn, {args.workers} sync workers, DEBUG off, production settings",
        "load": f"wrk {args.threads} threads, {args.connections} connections, "
        f"{args.runs} x {args.duration:g} s per page (median), round robin",
        "database_pool": os.environ.get("DATABASE_POOL", "true"),
        "session_engine": __import__("django.conf").conf.settings.SESSION_ENGINE,
        "static": "WhiteNoise, compressed manifest",
    }
    if args.whatif:
        report["settings"]["what-if"] = args.whatif
        report["warnings"].append(f"what-if run ({args.whatif}): not the settings as committed")
    collect_static()
    if not args.skip_web:
        log("pages:")
        report.update(bench_pages(args, seed["targets"], only))
    if not args.skip_jobs:
        from bench import jobs

        log("background jobs:")
        report["jobs"] = jobs.run_all(seed["targets"], only, log=log)
    for entry in report.get("pages", []):
        if entry.get("status") == "ok" and entry["cv"] > NOISY_CV:
            report["warnings"].append(
                f"{entry['key']}: req/s varied {entry['cv']:.0%} between runs (> 10%): noisy"
            )
        if entry.get("errors"):
            report["warnings"].append(f"{entry['key']}: {entry['errors']} failed requests")
    end_load = machine.load_average()
    report["machine"]["load_average_at_end"] = end_load
    report["targets"] = check_targets(report)
    report["duration_s"] = round(time.monotonic() - started, 1)
    from bench import report as output

    text = output.markdown(report)
    print(text)
    output.write(report, text, Path(args.output))
    return 0
