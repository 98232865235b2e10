"""Retention: case bodies and replies older than the group's period are purged daily."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from django.test import Client
from django.utils import timezone

from cases import services, tasks
from cases.models import Case, PhiAcknowledgement, Reply, Revision
from communities.models import AuditEvent, User
from tests.cases.conftest import make_case, make_reply
from tests.conftest import World


def test_months_before_handles_short_months() -> None:
    moment = datetime(2026, 3, 31, 12, tzinfo=UTC)
    assert services.months_before(moment, 1) == datetime(2026, 2, 28, 12, tzinfo=UTC)
    assert services.months_before(moment, 15).year == 2024


def test_old_cases_and_replies_become_tombstones_and_the_purge_is_audited(
    world: World, member: User, login: Callable[[User], Client]
) -> None:
    community = world.community
    community.retention_months = 6
    community.save(update_fields=["retention_months"])
    long_ago = timezone.now() - timedelta(days=400)
    old = make_case(
        community, member, title="An old case", last_activity_at=long_ago, created_at=long_ago
    )
    old_reply = make_reply(old, member, body="Old reply text.")
    Revision.objects.create(case=old, content={"background": "older"})
    PhiAcknowledgement.objects.create(case=old, field="background", span_key="k", excerpt="x")
    fresh = make_case(community, member, title="A fresh case")
    stale_reply = make_reply(fresh, member, body="An old reply in a live case.")
    Reply.objects.filter(pk=stale_reply.pk).update(created_at=long_ago)
    fresh_reply = make_reply(fresh, member, body="A new reply.")

    tasks.purge_expired_cases_of_group.run(community.pk)

    old.refresh_from_db()
    fresh.refresh_from_db()
    assert old.is_purged and old.question == "" and old.title == "An old case"
    assert Reply.objects.get(pk=old_reply.pk).body == ""
    assert Reply.objects.get(pk=stale_reply.pk).purged_at is not None
    assert Reply.objects.get(pk=fresh_reply.pk).body == "A new reply."
    assert not fresh.is_purged and fresh.question
    assert not Revision.objects.filter(case=old).exists()
    assert PhiAcknowledgement.objects.get(case=old).excerpt == ""
    event = AuditEvent.objects.get(action="case.retention_purge")
    assert event.data["cases"] == 1 and event.data["replies"] == 2
    page = login(member).get(f"/cases/{old.code}/").content.decode()
    assert "removed" in page and "under the group's retention period" in page


def test_groups_without_a_retention_period_keep_everything(world: World, member: User) -> None:
    long_ago = timezone.now() - timedelta(days=4000)
    old = make_case(world.community, member, last_activity_at=long_ago)
    assert services.purge_expired_content(community=world.community) == {"cases": 0, "replies": 0}
    assert not Case.objects.get(pk=old.pk).is_purged


def test_the_daily_task_is_scheduled() -> None:
    from django.conf import settings

    schedule = settings.CELERY_BEAT_SCHEDULE["purge-expired-cases"]
    assert schedule["task"] == "cases.tasks.purge_expired_cases"
