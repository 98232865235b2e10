"""Example outbox rows for every mail kind: the hook the canary scenario iterates.

The canary test (tests/communities/test_outbox_faults.py, scenario 6) puts a canary string in
every clinical text field, sends one example of every registered kind through a real worker
and SMTP, and checks the canary is in no message. To cover a kind you add, give it an example:
in ``tests/<app>/mail_examples.py`` define

    def examples(canary: str) -> dict[str, list[OutboxMessage]]:
        '''kind name -> outbox rows enqueued (enqueue_mail) with data that makes them sendable.'''

Write ``canary`` into the clinical text of the data you create (case bodies, replies, notes,
video links); the test also appends it to every TextField and URLField afterwards.
"""

from __future__ import annotations

import importlib

from communities.models import OutboxMessage

APPS = ("communities", "cases", "sessions_log")


def collect(canary: str) -> dict[str, list[OutboxMessage]]:
    found: dict[str, list[OutboxMessage]] = {}
    for app in APPS:
        try:
            module = importlib.import_module(f"tests.{app}.mail_examples")
        except ModuleNotFoundError:
            continue
        for kind, rows in module.examples(canary).items():
            found.setdefault(kind, []).extend(rows)
    return found
