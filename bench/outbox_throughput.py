"""How fast the outbox dispatcher sends to a loopback SMTP server.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/practica_outbox REDIS_URL=redis://... \\
        .venv/bin/python -m bench.outbox_throughput --messages 1000 [--runs 3] [--json]
        [--profile /tmp/outbox.prof]

Starts the aiosmtpd sink of tests/mailsink.py in a *separate process* on a free loopback port
(so parsing what arrives is not counted against the dispatcher), points Django's default mailer
at it through EMAIL_URL, and loads Django with the production settings module
(``config.settings``: DEBUG off, cached template loader, psycopg pool) fed bench-only values
for what production would take from the environment. Each run creates N throwaway users with
a welcome mail each (bulk inserts, not timed), runs ``communities.outbox.dispatch`` until
nothing is due and deletes what it created. The timed part is the whole dispatcher path:
claim with SKIP LOCKED, re-check (build_context), render subject/text/HTML, mark sending (a
committed write), SMTP, record sent.

It prints wall messages per second and the dispatcher process's CPU milliseconds per message
(the sink's CPU is reported separately): on a shared machine the CPU figure is the one to
compare, the rate is what this run got. With several runs each figure is the median.
``--profile`` writes a cProfile of the timed part of the last run (read it with
``python -m pstats`` or snakeviz). The database must be migrated.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def serve_sink() -> None:
    """Child process: run the sink until stdin closes or says "stop", then print what came."""
    from tests.mailsink import MailSink

    sink = MailSink()
    sink.start()
    print(sink.url, flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "count":
            ids = sink.message_ids()
            report = {
                "delivered": sum(ids.values()),
                "unique": len(ids),
                "duplicated": sum(n - 1 for n in ids.values() if n > 1),
                "cpu_seconds": time.process_time(),
            }
            print(json.dumps(report), flush=True)
        elif command == "reset":
            sink.reset()
            print("{}", flush=True)
        elif command == "stop":
            break
    sink.stop()


class SinkProcess:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.outbox_throughput", "--serve-sink"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()
        if not self.url.startswith("smtp://"):
            self.stop()
            raise SystemExit("the SMTP sink process did not start")

    def ask(self, command: str) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return dict(json.loads(self.process.stdout.readline()))

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                assert self.process.stdin is not None
                self.process.stdin.write("stop\n")
                self.process.stdin.close()
                self.process.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()


def production_like_environment(email_url: str) -> None:
    """config.settings, with bench-only values where production reads the environment."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    os.environ["EMAIL_URL"] = email_url
    os.environ["DEBUG"] = "false"
    # The same fallbacks as tests/settings.py for what a developer may not have exported.
    os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/practica")
    os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/15")
    os.environ.setdefault("SECRET_KEY", "bench-only-key-" + "not-a-secret-" * 4)
    os.environ.setdefault("SITE_URL", "https://practica.example")
    os.environ.setdefault("ALLOWED_HOSTS", "practica.example")
    os.environ.setdefault("STATIC_MANIFEST", "false")  # no collectstatic needed: no pages served


def dispatch_child(batch_size: int) -> None:
    """Child process for --dispatchers N: warm up, wait for "go", dispatch until none is due."""
    import django

    django.setup()
    from communities import outbox

    warm_up()
    print("ready", flush=True)
    sys.stdin.readline()
    cpu_started = time.process_time()
    sent = 0
    while True:
        report = outbox.dispatch(limit=10_000, batch_size=batch_size)
        sent += report.sent
        if report.handled == 0:
            break
    print(json.dumps({"sent": sent, "cpu_seconds": time.process_time() - cpu_started}), flush=True)


def run_dispatchers(count: int, batch_size: int) -> tuple[int, float, float]:
    """Start ``count`` dispatcher processes, then let them go at once.

    Returns messages sent, wall seconds from "go" to the last one finishing (process start-up
    and warm-up excluded, as for one dispatcher), and their total CPU seconds.
    """
    children = [
        subprocess.Popen(  # noqa: S603 - this interpreter, this module
            [
                sys.executable,
                "-m",
                "bench.outbox_throughput",
                "--dispatch-child",
                "--batch-size",
                str(batch_size),
            ],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(count)
    ]
    for child in children:
        assert child.stdout is not None
        if child.stdout.readline().strip() != "ready":
            raise SystemExit("a dispatcher process did not start")
    started = time.perf_counter()
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    sent, cpu = 0, 0.0
    for child in children:
        out, _ = child.communicate(timeout=600)
        result = json.loads(out.strip().splitlines()[-1])
        sent += result["sent"]
        cpu += result["cpu_seconds"]
    return sent, time.perf_counter() - started, cpu


def warm_up() -> None:
    """What a long-running dispatcher pays once: URL resolver, compiled templates, imports.

    Renders (and serialises) one welcome mail for an unsaved user, without the database, so the
    timed part measures the per-message cost a Celery worker that has been up a while sees.
    """
    from communities import mail
    from communities.models import OutboxMessage, User

    user = User(id=0, email="warm-up@bench.example", display_name="Warm up")
    row = OutboxMessage(
        id=0, key="bench:warm-up", kind="welcome", recipient=user, to_email=user.email
    )
    email = mail.render(row, mail.kind_named("welcome"), {"user": user})
    serialise = getattr(mail, "smtp_bytes", None)  # absent before the fast serialisation
    serialise(email) if serialise else email.message().as_bytes()


def one_run(args: argparse.Namespace, sink: SinkProcess, profile: bool) -> dict[str, Any]:
    from allauth.account.models import EmailAddress
    from django.utils import timezone

    from communities import outbox
    from communities.models import NotificationPreferences, OutboxMessage, User

    sink.ask("reset")
    sink_cpu_before = sink.ask("count")["cpu_seconds"]
    stamp = f"bench{time.time_ns()}"
    profiler = cProfile.Profile() if profile else None
    try:
        now = timezone.now()
        users = User.objects.bulk_create(
            User(email=f"{stamp}-{n}@bench.example", display_name=f"Bench {n}")
            for n in range(args.messages)
        )
        EmailAddress.objects.bulk_create(
            EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users
        )
        NotificationPreferences.objects.bulk_create(
            NotificationPreferences(user=u, reminder_lead_minutes=[1440, 60]) for u in users
        )
        OutboxMessage.objects.bulk_create(
            OutboxMessage(
                key=f"{stamp}:welcome:{u.pk}",
                kind="welcome",
                recipient=u,
                to_email=u.email,
                due_at=now,
                next_attempt_at=now,
            )
            for u in users
        )
        if args.dispatchers > 1:
            # Separate processes claiming with SKIP LOCKED, as several Celery workers would.
            sent, elapsed, cpu = run_dispatchers(args.dispatchers, args.batch_size)
        else:
            warm_up()
            started = time.perf_counter()
            cpu_started = time.process_time()
            if profiler:
                profiler.enable()
            sent = 0
            while True:
                report = outbox.dispatch(limit=args.messages, batch_size=args.batch_size)
                sent += report.sent
                if report.handled == 0:
                    break
            if profiler:
                profiler.disable()
            elapsed = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
        arrived = sink.ask("count")
        states = dict(
            OutboxMessage.objects.filter(key__startswith=f"{stamp}:")
            .values_list("state")
            .annotate(n=__import__("django.db.models", fromlist=["Count"]).Count("id"))
        )
    finally:
        OutboxMessage.objects.filter(key__startswith=f"{stamp}:").delete()
        User.objects.filter(email__startswith=f"{stamp}-").delete()
    if profiler:
        profiler.dump_stats(args.profile)
    return {
        "sent": sent,
        "delivered_to_sink": arrived["delivered"],
        "unique_message_ids": arrived["unique"],
        "duplicated": arrived["duplicated"],
        "states": states,
        "seconds": elapsed,
        "messages_per_second": sent / elapsed if elapsed else 0.0,
        # CPU of the dispatcher process(es) only, summed over them with --dispatchers.
        "cpu_ms_per_message": cpu / max(sent, 1) * 1000,
        "sink_cpu_ms_per_message": (arrived["cpu_seconds"] - sink_cpu_before) / max(sent, 1) * 1000,
        "load_average_1min": os.getloadavg()[0],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--batch-size", type=int, default=25)
    parser.add_argument("--runs", type=int, default=1, help="report the median of this many")
    parser.add_argument("--profile", metavar="FILE", help="cProfile the last run into FILE")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--dispatchers", type=int, default=1, help="dispatcher processes sending at once"
    )
    parser.add_argument("--serve-sink", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--dispatch-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_sink:
        serve_sink()
        return
    if args.dispatch_child:
        dispatch_child(args.batch_size)
        return

    sink = SinkProcess()
    try:
        production_like_environment(sink.url)
        import django

        django.setup()
        from django.conf import settings
        from django.template import engines

        loaders = [str(loader) for loader in engines["django"].engine.loaders]  # type: ignore[attr-defined]
        runs = [
            one_run(args, sink, profile=bool(args.profile) and n == args.runs - 1)
            for n in range(args.runs)
        ]
    finally:
        sink.stop()

    def median(name: str) -> float:
        return round(statistics.median(run[name] for run in runs), 2)

    result = {
        "messages": args.messages,
        "batch_size": args.batch_size,
        "dispatchers": args.dispatchers,
        "runs": len(runs),
        "settings": {
            "module": os.environ["DJANGO_SETTINGS_MODULE"],
            "DEBUG": settings.DEBUG,
            "template_loaders": loaders,
            "database_pool": "pool" in settings.DATABASES["default"].get("OPTIONS", {}),
        },
        "messages_per_second": median("messages_per_second"),
        "cpu_ms_per_message": median("cpu_ms_per_message"),
        "sink_cpu_ms_per_message": median("sink_cpu_ms_per_message"),
        "seconds": median("seconds"),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "each_run": [
            {
                key: round(value, 2) if isinstance(value, float) else value
                for key, value in run.items()
            }
            for run in runs
        ],
    }
    if args.json:
        print(json.dumps(result))
    else:
        for n, run in enumerate(result["each_run"], 1):
            print(
                f"run {n}: {run['sent']} sent in {run['seconds']} s = "
                f"{run['messages_per_second']} messages/s, {run['cpu_ms_per_message']} ms CPU "
                f"per message (sink {run['sink_cpu_ms_per_message']} ms in its own process); "
                f"{run['delivered_to_sink']} delivered, {run['unique_message_ids']} unique, "
                f"{run['duplicated']} duplicated; states {run['states']}; "
                f"load {run['load_average_1min']}"
            )
        print(
            f"outbox throughput (median of {len(runs)}): {result['messages_per_second']} "
            f"messages/s to the loopback SMTP sink; {result['cpu_ms_per_message']} ms dispatcher "
            f"CPU per message; DEBUG={settings.DEBUG}, load average {result['load_average_1min']}"
        )
    for run in runs:
        if not (
            run["sent"] == run["delivered_to_sink"] == run["unique_message_ids"] == args.messages
        ):
            raise SystemExit("the dispatcher did not deliver every message exactly once")


if __name__ == "__main__":
    main()
