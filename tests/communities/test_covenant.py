"""The covenant: versioned, accepted per version, re-accepted after every change."""

from __future__ import annotations

import pytest

from communities import access, services
from communities.models import AuditEvent, CovenantVersion, Membership, OutboxMessage
from tests.communities.helpers import add_members, group_with_facilitator, signed_in

pytestmark = pytest.mark.django_db


def test_editing_the_covenant_makes_a_new_version_every_member_must_accept() -> None:
    community, facilitator = group_with_facilitator()
    (member,) = add_members(community, 1)
    assert access.can_read_cases(member, community)

    response = signed_in(facilitator).post(
        f"/groups/{community.slug}/covenant/edit/", {"text": "We keep confidences. No AI."}
    )
    assert response.status_code == 302
    community.refresh_from_db()
    assert community.covenant_version == 2
    assert CovenantVersion.objects.get(community=community, version=2).created_by == facilitator
    assert not access.can_read_cases(member, community)
    assert access.can_read_cases(facilitator, community)  # the author accepted what they wrote
    mail = OutboxMessage.objects.get(kind="covenant_changed")
    assert mail.recipient == member
    assert AuditEvent.objects.filter(action="covenant_version", data__version=2).exists()

    home = signed_in(member).get(f"/groups/{community.slug}/")
    assert "The covenant changed since you last accepted it." in home.content.decode()

    page = signed_in(member).get(f"/groups/{community.slug}/covenant/")
    assert "We keep confidences. No AI." in page.content.decode()
    accepted = signed_in(member).post(
        f"/groups/{community.slug}/covenant/", {"version": 2, "accept": "on"}
    )
    assert accepted.status_code == 302
    membership = Membership.objects.get(user=member, community=community)
    assert membership.covenant_accepted_version == 2 and membership.covenant_accepted_at
    assert access.can_read_cases(member, community)


def test_an_empty_covenant_is_refused_and_the_version_stays() -> None:
    community, facilitator = group_with_facilitator()
    response = signed_in(facilitator).post(
        f"/groups/{community.slug}/covenant/edit/", {"text": "   "}
    )
    assert response.status_code == 422
    assert "cannot be empty" in response.content.decode()
    community.refresh_from_db()
    assert community.covenant_version == 1
    assert CovenantVersion.objects.filter(community=community).count() == 1


def test_an_unchanged_covenant_makes_no_new_version() -> None:
    community, facilitator = group_with_facilitator()
    current = community.covenants.get().text
    with pytest.raises(services.Refused, match="unchanged"):
        services.edit_covenant(actor=facilitator, community=community, text=current)
    community.refresh_from_db()
    assert community.covenant_version == 1


def test_accepting_an_outdated_version_is_refused() -> None:
    community, facilitator = group_with_facilitator()
    (member,) = add_members(community, 1)
    services.edit_covenant(actor=facilitator, community=community, text="Version two.")
    response = signed_in(member).post(
        f"/groups/{community.slug}/covenant/", {"version": 1, "accept": "on"}, follow=True
    )
    assert "changed while you were reading" in response.content.decode()
    assert Membership.objects.get(user=member).covenant_accepted_version == 1


def test_accepting_requires_ticking_the_box() -> None:
    community, _ = group_with_facilitator()
    (member,) = add_members(community, 1)
    Membership.objects.filter(user=member).update(covenant_accepted_version=None)
    response = signed_in(member).post(f"/groups/{community.slug}/covenant/", {"version": 1})
    assert response.status_code == 422
    assert "Tick the box" in response.content.decode()
    assert Membership.objects.get(user=member).covenant_accepted_version is None


def test_the_dashboard_lists_covenants_to_accept_and_pending_requests() -> None:
    community, facilitator = group_with_facilitator()
    (member,) = add_members(community, 1)
    other, _ = group_with_facilitator(name="Waiting room group")
    services.request_to_join(user=member, community=other, note="")
    services.edit_covenant(actor=facilitator, community=community, text="New text.")
    body = signed_in(member).get("/").content.decode()
    assert "Read and accept the covenant of " + community.name in body
    assert "Waiting for an answer" in body and "Waiting room group" in body
