"""Helpers for sessions_log tests."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from communities.models import Community, User
from sessions_log import recurrence, services
from sessions_log.models import Meeting, Occurrence


def schedule(
    community: Community,
    actor: User,
    *,
    start: datetime | None = None,
    frequency: str = "none",
    count: int | None = None,
    capacity: int | None = None,
    title: str = "Monthly consult",
    video_link: str = "https://video.example/secret-room",
) -> Meeting:
    start = start or (timezone.now() + timedelta(days=10)).astimezone(
        recurrence.zone(community.time_zone)
    ).replace(tzinfo=None, second=0, microsecond=0)
    return services.schedule_meeting(
        community=community,
        actor=actor,
        details=services.MeetingDetails(
            title=title,
            description="",
            duration_minutes=90,
            capacity=capacity,
            location="Room 2, Practice building",
            video_link=video_link,
        ),
        rule=recurrence.Rule(start, community.time_zone, frequency, count=count),
    )


@pytest.fixture
def occurrence(world, facilitator: User) -> Occurrence:  # type: ignore[no-untyped-def]
    meeting = schedule(world.community, facilitator)
    return meeting.occurrences.get()
