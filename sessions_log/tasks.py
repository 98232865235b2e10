"""Celery tasks of sessions_log: thin adapters around the planners."""

from __future__ import annotations

from celery import shared_task

from sessions_log import planners


@shared_task(ignore_result=True)
def plan_reminders() -> int:
    return planners.plan_reminders()


@shared_task(ignore_result=True)
def plan_digests() -> int:
    return planners.plan_digests()
