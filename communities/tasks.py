"""Celery adapters: they take ids, load and call a service."""

from __future__ import annotations

from celery import shared_task


@shared_task(ignore_result=True)
def dispatch_outbox() -> int:
    from communities import outbox

    return outbox.dispatch_due()
