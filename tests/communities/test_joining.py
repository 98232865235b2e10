"""Joining a group: open, by request, and the queue of requests."""

from __future__ import annotations

import pytest
from django.utils import timezone

from communities import access, services
from communities.models import AuditEvent, Community, Membership, OutboxMessage
from tests.communities.helpers import add_members, clinician, group_with_facilitator, signed_in

pytestmark = pytest.mark.django_db


def test_joining_an_open_group_means_accepting_its_covenant() -> None:
    community, _ = group_with_facilitator(join_policy=Community.JoinPolicy.OPEN)
    newcomer = clinician()
    client = signed_in(newcomer)
    page = client.get(f"/groups/{community.slug}/join/")
    assert "We keep what is said here confidential." in page.content.decode()

    refused = client.post(f"/groups/{community.slug}/join/", {"version": 1})
    assert refused.status_code == 422
    assert not Membership.objects.filter(user=newcomer).exists()

    response = client.post(f"/groups/{community.slug}/join/", {"version": 1, "accept": "on"})
    assert response.status_code == 302
    membership = Membership.objects.get(user=newcomer, community=community)
    assert membership.is_active and membership.covenant_accepted_version == 1
    assert access.can_read_cases(newcomer, community)
    assert AuditEvent.objects.filter(action="member_joined", target_user=newcomer).exists()


def test_a_request_with_a_note_waits_for_the_facilitators_who_are_told() -> None:
    community, facilitator = group_with_facilitator()
    applicant = clinician()
    response = signed_in(applicant).post(
        f"/groups/{community.slug}/join/", {"note": "I practise EMDR in Leeds."}
    )
    assert response.status_code == 302
    membership = Membership.objects.get(user=applicant, community=community)
    assert membership.status == Membership.Status.PENDING
    assert membership.request_note == "I practise EMDR in Leeds."
    mail = OutboxMessage.objects.get(kind="join_requested")
    assert mail.recipient == facilitator
    assert mail.context == {"membership": membership.pk}


def test_a_duplicate_request_gets_a_clear_message_and_changes_nothing() -> None:
    community, _ = group_with_facilitator()
    applicant = clinician()
    client = signed_in(applicant)
    client.post(f"/groups/{community.slug}/join/", {"note": "first"})
    before = Membership.objects.get(user=applicant)
    response = client.post(f"/groups/{community.slug}/join/", {"note": "second"})
    assert response.status_code == 422
    assert "already asked to join" in response.content.decode()
    after = Membership.objects.get(user=applicant)
    assert (after.request_note, after.requested_at) == ("first", before.requested_at)
    assert OutboxMessage.objects.filter(kind="join_requested").count() == 1


def test_a_suspended_user_cannot_join() -> None:
    community, _ = group_with_facilitator()
    suspended = clinician(is_active=False, suspended_at=timezone.now())
    with pytest.raises(services.Refused, match="suspended"):
        services.request_to_join(user=suspended, community=community, note="")
    assert not Membership.objects.filter(user=suspended).exists()
    # Through the web a suspended account is not signed in at all.
    response = signed_in(suspended).post(f"/groups/{community.slug}/join/", {"note": "hi"})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert not Membership.objects.filter(user=suspended).exists()


def test_a_request_to_a_group_by_invitation_only_is_refused() -> None:
    community, _ = group_with_facilitator(join_policy=Community.JoinPolicy.INVITATION)
    applicant = clinician()
    response = signed_in(applicant).post(f"/groups/{community.slug}/join/", {"note": "please"})
    assert response.status_code == 422
    assert not Membership.objects.filter(user=applicant).exists()


def test_an_approved_applicant_is_told_and_must_then_accept_the_covenant() -> None:
    community, facilitator = group_with_facilitator()
    applicant = clinician()
    services.request_to_join(user=applicant, community=community, note="")
    response = signed_in(facilitator).post(
        f"/groups/{community.slug}/requests/{applicant.code}/",
        {"decision": "approve", "message": "Welcome!"},
    )
    assert response.status_code == 302
    membership = Membership.objects.get(user=applicant, community=community)
    assert membership.is_active and membership.decided_by == facilitator
    assert membership.decision_message == "Welcome!"
    assert not access.can_read_cases(applicant, community)
    assert OutboxMessage.objects.filter(kind="join_approved", recipient=applicant).exists()
    assert AuditEvent.objects.filter(action="join_approved", actor=facilitator).exists()

    home = signed_in(applicant).get(f"/groups/{community.slug}/")
    assert "Please accept the group" in home.content.decode()
    signed_in(applicant).post(f"/groups/{community.slug}/covenant/", {"version": 1, "accept": "on"})
    assert access.can_read_cases(applicant, community)


def test_a_declined_applicant_is_told_with_the_message() -> None:
    community, facilitator = group_with_facilitator()
    applicant = clinician()
    services.request_to_join(user=applicant, community=community, note="")
    signed_in(facilitator).post(
        f"/groups/{community.slug}/requests/{applicant.code}/",
        {"decision": "decline", "message": "We are full for this year."},
    )
    membership = Membership.objects.get(user=applicant)
    assert membership.status == Membership.Status.DECLINED
    assert OutboxMessage.objects.filter(kind="join_declined", recipient=applicant).exists()
    # They may ask again later; that is a new request, not a duplicate.
    services.request_to_join(user=applicant, community=community, note="again")
    assert Membership.objects.get(user=applicant).status == Membership.Status.PENDING


def test_a_request_settled_already_cannot_be_settled_twice() -> None:
    community, facilitator = group_with_facilitator()
    applicant = clinician()
    pending = services.request_to_join(user=applicant, community=community, note="")
    services.decline_join_request(actor=facilitator, membership=pending)
    with pytest.raises(services.Refused, match="already been settled"):
        services.approve_join_request(actor=facilitator, membership=pending)
    assert Membership.objects.get(pk=pending.pk).status == Membership.Status.DECLINED


def test_when_the_group_is_full_requests_wait_in_order_and_approval_is_refused() -> None:
    community, facilitator = group_with_facilitator(capacity=3)
    add_members(community, 2)
    first, second = clinician(), clinician()
    services.request_to_join(user=first, community=community, note="")
    services.request_to_join(user=second, community=community, note="")
    page = signed_in(facilitator).get(f"/groups/{community.slug}/requests/")
    text = page.content.decode()
    assert "The group is full" in text
    assert text.index(first.public_name) < text.index(second.public_name)
    response = signed_in(facilitator).post(
        f"/groups/{community.slug}/requests/{first.code}/", {"decision": "approve"}, follow=True
    )
    assert "is full" in response.content.decode()
    assert Membership.objects.get(user=first).status == Membership.Status.PENDING
    assert access.active_member_count(community) == 3


def test_approving_through_htmx_answers_with_the_queue_fragment() -> None:
    community, facilitator = group_with_facilitator()
    applicant = clinician()
    services.request_to_join(user=applicant, community=community, note="")
    response = signed_in(facilitator).post(
        f"/groups/{community.slug}/requests/{applicant.code}/",
        {"decision": "approve"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="queue">')
    assert "No one is waiting to join." in body


def test_someone_removed_cannot_ask_to_join_again() -> None:
    community, facilitator = group_with_facilitator()
    (member,) = add_members(community, 1)
    services.remove_member(actor=facilitator, community=community, member=member, reason="x")
    with pytest.raises(services.Refused, match="removed"):
        services.request_to_join(user=member, community=community, note="")
    assert Membership.objects.get(user=member).status == Membership.Status.REMOVED


def test_an_archived_group_takes_no_requests() -> None:
    community, _ = group_with_facilitator(archived_at=timezone.now())
    with pytest.raises(services.Refused, match="archived"):
        services.request_to_join(user=clinician(), community=community, note="")
