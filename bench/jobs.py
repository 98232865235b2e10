"""Background work, timed in the bench process against the seeded database.

Each job is measured only when the code it measures exists; otherwise the report says
"not available" and why, never a made-up number. Jobs that write run inside a transaction
that is rolled back, so the seeded data stays as it was and a rerun measures the same thing.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from typing import Any

Log = Callable[[str], None]


def _missing(key: str, title: str, why: str) -> dict[str, Any]:
    return {"key": key, "title": title, "status": "not available", "note": why}


def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name and name.startswith(error.name):
            return None
        raise


JOBS: list[tuple[str, str, Callable[[dict[str, Any]], dict[str, Any]]]] = []


def job(key: str, title: str) -> Callable[[Callable[[dict[str, Any]], dict[str, Any]]], Any]:
    def register(function: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
        JOBS.append((key, title, function))
        return function

    return register


def run_all(targets: dict[str, Any], only: set[str], *, log: Log) -> list[dict[str, Any]]:
    results = []
    for key, title, function in JOBS:
        if only and key not in only:
            continue
        try:
            result = {"key": key, "title": title, **function(targets)}
        except Exception as error:  # one broken job must not hide the others' figures
            result = {
                "key": key,
                "title": title,
                "status": "error",
                "note": f"{error.__class__.__name__}: {error}"[:300],
            }
        log(f"  {key:<18} {result.get('summary') or result.get('status')} {result.get('note', '')}")
        results.append(result)
    return results


class _Rollback(Exception):
    """Raised to undo a job's writes once it has been timed."""


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else 0.0


@job("phi_guard", "PHI guard, 2,000-character documents")
def phi_guard(targets: dict[str, Any]) -> dict[str, Any]:
    phi_eval = _module("bench.phi_eval")
    if phi_eval is None or not hasattr(phi_eval, "evaluate"):
        return {"status": "not available", "note": "bench/phi_eval.py has no evaluate()"}
    result = phi_eval.evaluate(phi_eval.DEFAULT_CORPUS)
    median, p99 = result["ms_per_2000_chars_median"], result["ms_per_2000_chars_p99"]
    per_second = 1000 / median if median else 0.0
    return {
        "status": "ok",
        "median_ms": median,
        "p99_ms": p99,
        "docs_per_s": per_second,
        "recall": result.get("span_recall"),
        "precision": result.get("precision"),
        "summary": f"median {median:.2f} ms, p99 {p99:.2f} ms per 2,000 chars; "
        f"{per_second:,.0f} docs/s on one core",
        "note": f"CPU time of the scanning thread, {result['documents']} corpus documents "
        f"joined into 2,000-char windows (bench/phi_eval.py); span recall "
        f"{result.get('span_recall', 0):.2f}, precision {result.get('precision', 0):.2f}",
    }


_PLANNER_FIGURES: dict[str, Any] = {}


def _planner_figures() -> dict[str, Any] | None:
    """bench/planners.py (the meetings engineer's) seeds its own worst case and rolls it back;
    run it once for both planner rows."""
    planners = _module("bench.planners")
    if planners is None or not hasattr(planners, "run"):
        return None
    if not _PLANNER_FIGURES:
        _PLANNER_FIGURES.update(planners.run(10_000, 2_000))
        _PLANNER_FIGURES["due_in_bench_data"] = _digests_due_in_seed(planners.NOW)
    return _PLANNER_FIGURES


def _digests_due_in_seed(now: Any) -> int:
    """How many of the bench's own seeded users are also due a digest at the planner's clock."""
    from communities.models import NotificationPreferences
    from sessions_log import planners

    rows = NotificationPreferences.objects.filter(
        digest__in=["daily", "weekly"],
        mail_enabled=True,
        mail_suppressed_at__isnull=True,
        user__is_active=True,
        user__suspended_at__isnull=True,
        user__anonymised_at__isnull=True,
    ).values_list("digest", "digest_watermark", "user__time_zone")
    return sum(
        1
        for frequency, watermark, zone in rows
        if planners.digest_due(now=now, frequency=frequency, watermark=watermark, time_zone=zone)
    )


@job("digest_planning", "Digest planning, 10,000 users")
def digest_planning(targets: dict[str, Any]) -> dict[str, Any]:
    figures = _planner_figures()
    if figures is None:
        return {"status": "not available", "note": "bench/planners.py has no run()"}
    digests = figures["digests"]
    users = 10_000 + figures["due_in_bench_data"]
    ms_per_user = digests["seconds"] * 1000 / users
    return {
        "status": "ok",
        "seconds": digests["seconds"],
        "queries": digests["queries"],
        "users": users,
        "ms_per_user": ms_per_user,
        "summary": f"{digests['seconds']:.2f} s, {digests['queries']} queries for {users:,} due "
        f"users ({ms_per_user:.3f} ms/user); rerun {figures['digests_again']['seconds']:.2f} s",
        "note": "bench/planners.py: 10,000 daily-digest users in groups of 10, plus the bench "
        "data's users due at the same clock; rolled back",
    }


@job("reminder_planning", "Reminder planning, 2,000 upcoming occurrences")
def reminder_planning(targets: dict[str, Any]) -> dict[str, Any]:
    figures = _planner_figures()
    if figures is None:
        return {"status": "not available", "note": "bench/planners.py has no run()"}
    reminders = figures["reminders"]
    return {
        "status": "ok",
        "seconds": reminders["seconds"],
        "queries": reminders["queries"],
        "rows": reminders["rows"],
        "summary": f"{reminders['seconds']:.2f} s, {reminders['queries']} queries, "
        f"{reminders['rows']:,} reminders enqueued; rerun (all already planned) "
        f"{figures['reminders_again']['seconds']:.2f} s",
        "note": "bench/planners.py: every day-before reminder of 2,000 occurrences due at once "
        "(the worst case); rolled back",
    }


@job("dispatcher", "Outbox dispatcher to a loopback SMTP sink")
def dispatcher(targets: dict[str, Any]) -> dict[str, Any]:
    import json
    import subprocess
    import sys

    if _module("bench.outbox_throughput") is None:
        return {"status": "not available", "note": "bench/outbox_throughput.py is not there yet"}
    # Its own process: it points the mailer at its sink and cleans up after itself.
    finished = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.outbox_throughput",
            "--messages",
            "500",
            "--runs",
            "3",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    lines = [line for line in finished.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {"status": "error", "note": (finished.stderr or finished.stdout)[-300:]}
    result = json.loads(lines[-1])
    rate = float(result["messages_per_second"])
    exact = finished.returncode == 0
    cpu = result.get("cpu_ms_per_message")
    sink_cpu = result.get("sink_cpu_ms_per_message")
    runs = result.get("runs", 1)
    return {
        "status": "ok",
        "messages_per_s": rate,
        "seconds": result.get("seconds"),
        "messages": result.get("messages", result.get("sent")),
        "cpu_ms_per_message": cpu,
        "sink_cpu_ms_per_message": sink_cpu,
        "raw": result,
        "summary": f"{rate:,.0f} messages/s (median of {runs} x "
        f"{result.get('messages', result.get('sent'))} messages"
        + (f"; dispatcher {cpu} ms CPU per message" if cpu is not None else "")
        + (f", sink {sink_cpu} ms" if sink_cpu is not None else "")
        + ")",
        "note": "bench/outbox_throughput.py: claim, re-check, render, SMTP to an aiosmtpd sink on "
        "127.0.0.1, mark sent"
        + ("" if exact else "; NOT every message was delivered exactly once"),
    }


@job("retention_purge", "Retention purge over 20,000 cases")
def retention_purge(targets: dict[str, Any]) -> dict[str, Any]:
    services = _module("cases.services")
    if services is None or not hasattr(services, "purge_expired_content"):
        return {"status": "not available", "note": "no retention purge in cases yet"}
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from cases.models import Case
    from communities.models import Community

    scanned = Case.objects.count()
    totals: dict[str, int] = {"cases": 0, "replies": 0}
    try:
        with transaction.atomic(), CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            groups = services.communities_with_retention()
            for community in Community.objects.filter(pk__in=groups):
                for key, value in services.purge_expired_content(community=community).items():
                    totals[key] = totals.get(key, 0) + value
            seconds = time.perf_counter() - started
            raise _Rollback
    except _Rollback:
        pass
    return {
        "status": "ok",
        "seconds": seconds,
        "queries": len(captured.captured_queries),
        "groups": len(groups),
        "purged_cases": totals["cases"],
        "purged_replies": totals["replies"],
        "summary": f"{seconds:.2f} s, {len(captured.captured_queries)} queries: "
        f"{len(groups)} groups with retention, {scanned:,} cases, purged "
        f"{totals['cases']:,} cases and {totals['replies']:,} replies",
        "note": "cases.services.purge_expired_content per group (what the daily task runs), "
        "first purge after seeding three years of cases; rolled back",
    }
