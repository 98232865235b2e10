"""The demo data: three groups with different ways in, and the situations worth showing."""

from __future__ import annotations

import pytest

from communities import access, demo
from communities.models import Community, Invitation, Membership

pytestmark = pytest.mark.django_db


def test_the_demo_seeds_three_groups_and_is_idempotent() -> None:
    users = demo.seed()
    counts = (Community.objects.count(), Membership.objects.count(), Invitation.objects.count())
    demo.seed()
    assert (
        Community.objects.count(),
        Membership.objects.count(),
        Invitation.objects.count(),
    ) == counts
    policies = set(Community.objects.values_list("join_policy", flat=True))
    assert policies == {"open", "request", "invitation"}
    assert Membership.objects.filter(user=users["outsider"], status="pending").exists()
    assert Invitation.objects.filter(accepted_at__isnull=True).exists()
    assert access.covenants_to_accept(users["member"]).exists()
    assert users["moderator"].is_site_moderator
