"""How fast the outbox dispatcher sends to a loopback SMTP server.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/practica_outbox \\
        .venv/bin/python -m bench.outbox_throughput --messages 1000 [--json]

Creates N throwaway users with a welcome mail each (bulk inserts, not timed), starts the
aiosmtpd sink of tests/mailsink.py on a free port, points Django's default mailer at it, runs
``communities.outbox.dispatch`` until nothing is due, and prints messages per second. The
timed part is the whole dispatcher path: claim with SKIP LOCKED, re-check (build_context),
render subject/text/HTML, mark sending (a committed transaction), SMTP, mark sent. Everything
it created is deleted afterwards. The database must be migrated.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--batch-size", type=int, default=25)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    import django

    django.setup()
    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.utils import timezone

    from communities import outbox
    from communities.models import NotificationPreferences, OutboxMessage, User
    from config.env import mailer_from_url
    from tests.mailsink import MailSink

    sink = MailSink()
    sink.start()
    settings.MAILERS = {"default": mailer_from_url(sink.url)}
    stamp = f"bench{int(time.time())}"
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
        started = time.perf_counter()
        cpu_started = time.process_time()
        sent = 0
        while True:
            report = outbox.dispatch(limit=args.messages, batch_size=args.batch_size)
            sent += report.sent
            if report.handled == 0:
                break
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        delivered = len(sink.messages())
        unique = len(sink.message_ids())
    finally:
        sink.stop()
        OutboxMessage.objects.filter(key__startswith=f"{stamp}:").delete()
        User.objects.filter(email__startswith=f"{stamp}-").delete()

    rate = sent / elapsed if elapsed else 0.0
    result = {
        "messages": args.messages,
        "sent": sent,
        "delivered_to_sink": delivered,
        "unique_message_ids": unique,
        "seconds": round(elapsed, 2),
        "messages_per_second": round(rate, 1),
        # CPU of this process (dispatcher and the in-process sink) per message: what the rate
        # would approach on an idle core, independent of what else the machine is doing.
        "cpu_ms_per_message": round(cpu / max(sent, 1) * 1000, 2),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"outbox throughput: {sent} messages in {elapsed:.2f} s = {rate:.1f} messages/s "
            f"to the loopback SMTP sink ({delivered} delivered, {unique} unique Message-IDs); "
            f"{result['cpu_ms_per_message']} ms CPU per message, "
            f"load average {result['load_average_1min']}"
        )
    if not (sent == delivered == unique == args.messages):
        raise SystemExit("the dispatcher did not deliver every message exactly once")


if __name__ == "__main__":
    main()
