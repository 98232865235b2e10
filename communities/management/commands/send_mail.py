"""Send due outbox mail without the broker: ``manage.py send_mail [--loop] [--every 10]``.

The same dispatcher the periodic Celery task runs, for when Redis is down or in cron.
"""

from __future__ import annotations

import time
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand

from communities import outbox


class Command(BaseCommand):
    help = "Send the outbox mail that is due (the same logic as the periodic task)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--loop", action="store_true", help="Keep sending until stopped.")
        parser.add_argument("--every", type=float, default=10.0, help="Seconds between passes.")
        parser.add_argument("--limit", type=int, default=500, help="Rows per pass at most.")

    def handle(self, *args: Any, **options: Any) -> None:
        while True:
            report = outbox.dispatch(limit=options["limit"])
            self.stdout.write(
                f"sent {report.sent}, skipped {report.skipped}, retried {report.retried}, "
                f"failed {report.failed}, uncertain {report.uncertain + report.recovered_uncertain}"
            )
            if not options["loop"]:
                return
            time.sleep(options["every"])
