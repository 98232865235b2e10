"""Facilitators edit a group's settings."""

from __future__ import annotations

import pytest

from communities.models import AuditEvent, Community
from tests.communities.helpers import add_members, group_with_facilitator, signed_in

pytestmark = pytest.mark.django_db


def _settings(community: Community, **overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "name": community.name,
        "description": "Changed.",
        "focus": "",
        "meeting_rhythm": "",
        "visibility": "unlisted",
        "join_policy": "open",
        "capacity": "12",
        "time_zone": "Europe/London",
        "retention_months": "",
    }
    data.update(overrides)
    return data


def test_a_facilitator_changes_the_settings() -> None:
    community, facilitator = group_with_facilitator()
    response = signed_in(facilitator).post(
        f"/groups/{community.slug}/settings/", _settings(community)
    )
    assert response.status_code == 302
    community.refresh_from_db()
    assert (community.visibility, community.join_policy, community.capacity) == (
        "unlisted",
        "open",
        12,
    )
    assert AuditEvent.objects.filter(action="group_settings_changed").exists()


def test_a_capacity_below_the_member_count_is_refused_and_nothing_changes() -> None:
    community, facilitator = group_with_facilitator(capacity=10)
    add_members(community, 4)  # five with the facilitator
    response = signed_in(facilitator).post(
        f"/groups/{community.slug}/settings/", _settings(community, capacity="4")
    )
    assert response.status_code == 422
    assert "has 5 members" in response.content.decode()
    community.refresh_from_db()
    assert community.capacity == 10 and community.description != "Changed."
