"""Roles: promote, demote, remove, leave; a group always keeps a facilitator."""

from __future__ import annotations

import pytest

from communities import services
from communities.models import AuditEvent, Membership, OutboxMessage
from tests.communities.helpers import add_members, group_with_facilitator, signed_in

pytestmark = pytest.mark.django_db


def test_a_facilitator_promotes_and_demotes_a_member() -> None:
    community, facilitator = group_with_facilitator()
    (member,) = add_members(community, 1)
    client = signed_in(facilitator)
    client.post(f"/groups/{community.slug}/members/{member.code}/role/", {"role": "facilitator"})
    assert Membership.objects.get(user=member).role == Membership.Role.FACILITATOR
    client.post(f"/groups/{community.slug}/members/{member.code}/role/", {"role": "member"})
    assert Membership.objects.get(user=member).role == Membership.Role.MEMBER
    assert AuditEvent.objects.filter(action="role_changed", target_user=member).count() == 2


def test_the_last_facilitator_cannot_step_down() -> None:
    community, facilitator = group_with_facilitator()
    response = signed_in(facilitator).post(
        f"/groups/{community.slug}/members/{facilitator.code}/role/",
        {"role": "member"},
        follow=True,
    )
    assert "always needs a facilitator" in response.content.decode()
    assert Membership.objects.get(user=facilitator).role == Membership.Role.FACILITATOR


def test_the_last_facilitator_cannot_leave_without_handing_over() -> None:
    community, facilitator = group_with_facilitator()
    (member,) = add_members(community, 1)
    response = signed_in(facilitator).post(f"/groups/{community.slug}/leave/", follow=True)
    assert "only facilitator" in response.content.decode()
    assert Membership.objects.get(user=facilitator).is_active

    services.promote_member(actor=facilitator, community=community, member=member)
    signed_in(facilitator).post(f"/groups/{community.slug}/leave/")
    assert Membership.objects.get(user=facilitator).status == Membership.Status.LEFT
    assert AuditEvent.objects.filter(action="member_left", actor=facilitator).exists()


def test_a_member_leaves() -> None:
    community, _ = group_with_facilitator()
    (member,) = add_members(community, 1)
    response = signed_in(member).post(f"/groups/{community.slug}/leave/")
    assert response.status_code == 302
    assert Membership.objects.get(user=member).status == Membership.Status.LEFT
    assert signed_in(member).get(f"/groups/{community.slug}/members/").status_code == 404


def test_removing_a_member_needs_a_reason_and_tells_them() -> None:
    community, facilitator = group_with_facilitator()
    (member,) = add_members(community, 1)
    path = f"/groups/{community.slug}/members/{member.code}/remove/"
    refused = signed_in(facilitator).post(path, {"reason": ""})
    assert refused.status_code == 422
    assert Membership.objects.get(user=member).is_active

    response = signed_in(facilitator).post(path, {"reason": "Repeated breaches of the covenant."})
    assert response.status_code == 302
    membership = Membership.objects.get(user=member)
    assert membership.status == Membership.Status.REMOVED
    assert membership.decision_message == "Repeated breaches of the covenant."
    assert OutboxMessage.objects.filter(kind="removed_from_group", recipient=member).exists()
    assert AuditEvent.objects.filter(action="member_removed", target_user=member).exists()


def test_a_member_cannot_change_roles() -> None:
    community, facilitator = group_with_facilitator()
    (member,) = add_members(community, 1)
    response = signed_in(member).post(
        f"/groups/{community.slug}/members/{facilitator.code}/role/", {"role": "member"}
    )
    assert response.status_code == 403
    assert Membership.objects.get(user=facilitator).role == Membership.Role.FACILITATOR


def test_the_member_list_is_for_members_only() -> None:
    community, _ = group_with_facilitator()
    members = add_members(community, 2)
    page = signed_in(members[0]).get(f"/groups/{community.slug}/members/")
    assert page.status_code == 200
    assert members[1].public_name in page.content.decode()
    from tests.communities.helpers import clinician

    assert signed_in(clinician()).get(f"/groups/{community.slug}/members/").status_code == 404
