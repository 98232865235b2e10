"""Site moderators suspend and reactivate accounts, archive groups and read the audit log."""

from __future__ import annotations

import pytest
from django.contrib.sessions.models import Session
from django.test import Client

from communities import services
from communities.models import AuditEvent, Community
from tests.communities.helpers import add_members, clinician, group_with_facilitator, signed_in
from tests.conftest import enrol_totp
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator() -> object:
    user = UserFactory(is_site_moderator=True, email="mod@example.org")
    enrol_totp(user)
    return user


def test_a_suspended_users_sessions_end_at_once_and_they_cannot_sign_in(moderator: object) -> None:
    target = clinician(email="target@example.org")
    their_browser = Client()
    their_browser.post("/accounts/login/", {"login": target.email, "password": DEFAULT_PASSWORD})
    assert their_browser.get("/me/profile/").status_code == 200
    assert Session.objects.count() >= 1

    response = signed_in(moderator).post(
        f"/moderation/people/{target.code}/suspend/", {"reason": "Shared identifying details"}
    )
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.is_suspended and not target.is_active
    assert their_browser.get("/me/profile/").status_code == 302  # signed out
    assert not [
        s for s in Session.objects.all() if s.get_decoded().get("_auth_user_id") == str(target.pk)
    ]
    again = Client().post("/accounts/login/", {"login": target.email, "password": DEFAULT_PASSWORD})
    assert again.status_code == 302 and again["Location"] == "/accounts/inactive/"
    event = AuditEvent.objects.get(action="user_suspended")
    assert event.actor == moderator and event.target_user == target
    assert event.ip_address == "127.0.0.1"


def test_a_reactivated_user_can_sign_in_again(moderator: object) -> None:
    target = clinician()
    services.suspend_user(actor=moderator, user=target)  # type: ignore[arg-type]
    signed_in(moderator).post(f"/moderation/people/{target.code}/reactivate/")
    target.refresh_from_db()
    assert target.is_active and not target.is_suspended
    assert AuditEvent.objects.filter(action="user_reactivated").exists()


def test_a_moderator_cannot_suspend_themself(moderator: object) -> None:
    with pytest.raises(services.Refused):
        services.suspend_user(actor=moderator, user=moderator)  # type: ignore[arg-type]


def test_an_archived_group_is_read_only(moderator: object) -> None:
    community, facilitator = group_with_facilitator()
    signed_in(moderator).post(
        f"/moderation/groups/{community.slug}/archive/", {"action": "archive"}
    )
    community.refresh_from_db()
    assert community.is_archived
    assert AuditEvent.objects.filter(action="group_archived", community=community).exists()
    with pytest.raises(services.Refused, match="archived"):
        services.edit_covenant(actor=facilitator, community=community, text="New")
    assert "archived" in signed_in(facilitator).get(f"/groups/{community.slug}/").content.decode()
    signed_in(moderator).post(
        f"/moderation/groups/{community.slug}/archive/", {"action": "restore"}
    )
    community.refresh_from_db()
    assert not community.is_archived


def test_moderators_filter_the_audit_log(moderator: object) -> None:
    community, facilitator = group_with_facilitator(slug="alpha")
    other, _ = group_with_facilitator(slug="beta")
    (member,) = add_members(community, 1)
    services.promote_member(actor=facilitator, community=community, member=member)
    services.edit_covenant(actor=facilitator, community=other, text="Beta covenant v2")
    client = signed_in(moderator)
    everything = client.get("/moderation/audit/").content.decode()
    assert "role_changed" in everything and "covenant_version" in everything
    only_alpha = client.get("/moderation/audit/", {"group": "alpha"}).content.decode()
    assert "role_changed" in only_alpha and "covenant_version" not in only_alpha
    by_action = client.get("/moderation/audit/", {"action": "covenant"}).content.decode()
    assert "role_changed" not in by_action


def test_facilitators_see_only_their_own_groups_audit_events() -> None:
    community, facilitator = group_with_facilitator()
    other, other_facilitator = group_with_facilitator()
    (member,) = add_members(other, 1)
    services.promote_member(actor=other_facilitator, community=other, member=member)
    page = signed_in(facilitator).get(f"/groups/{community.slug}/audit/").content.decode()
    assert "role_changed" not in page
    assert signed_in(facilitator).get("/moderation/audit/").status_code == 403
    assert signed_in(facilitator).get(f"/groups/{other.slug}/audit/").status_code == 404


def test_every_membership_and_role_change_is_audited() -> None:
    community, facilitator = group_with_facilitator(join_policy=Community.JoinPolicy.REQUEST)
    applicant = clinician()
    pending = services.request_to_join(user=applicant, community=community, note="")
    services.approve_join_request(actor=facilitator, membership=pending)
    services.accept_covenant(user=applicant, community=community, version=1)
    services.promote_member(actor=facilitator, community=community, member=applicant)
    services.demote_member(actor=facilitator, community=community, member=applicant)
    services.leave_group(user=applicant, community=community)
    actions = list(
        AuditEvent.objects.filter(community=community, target_user=applicant)
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == [
        "join_requested",
        "join_approved",
        "covenant_accepted",
        "role_changed",
        "role_changed",
        "member_left",
    ]
