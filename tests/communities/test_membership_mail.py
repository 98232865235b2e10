"""The mail membership changes send through the outbox: what it says, and what it never says."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from communities import access, outbox, services
from communities.models import Community, OutboxMessage, User
from tests.communities.helpers import add_members, clinician, group_with_facilitator

pytestmark = pytest.mark.django_db


def _send() -> list[mail.EmailMessage]:
    mail.outbox.clear()
    outbox.dispatch_due()
    return list(mail.outbox)


def test_an_applicant_hears_of_approval_with_a_link_to_the_covenant() -> None:
    community, facilitator = group_with_facilitator(name="EMDR circle")
    applicant = clinician()
    pending = services.request_to_join(user=applicant, community=community, note="My note")
    (to_facilitator,) = _send()
    assert to_facilitator.to == [facilitator.email]
    assert "EMDR circle" in to_facilitator.subject
    assert "My note" not in to_facilitator.body  # the queue shows the note, the mail does not
    services.approve_join_request(actor=facilitator, membership=pending, message="Welcome aboard")
    (approved,) = _send()
    assert approved.to == [applicant.email]
    assert approved.subject == "Welcome to EMDR circle"
    assert f"/groups/{community.slug}/covenant/" in approved.body
    # The facilitator's note is free text: the mail links to it and never carries it.
    assert "Welcome aboard" not in approved.body
    assert "Welcome aboard" not in approved.alternatives[0][0]
    assert f"/groups/{community.slug}/message/" in approved.body


def test_an_invitation_mail_carries_a_working_link_and_no_recipient_account_is_needed() -> None:
    community, facilitator = group_with_facilitator(join_policy=Community.JoinPolicy.INVITATION)
    invitation = services.invite_by_email(
        actor=facilitator, community=community, email="guest@example.org"
    )
    (message,) = _send()
    assert message.to == ["guest@example.org"]
    assert f"/invitations/{access.invitation_token(invitation)}/" in message.body
    html = message.alternatives[0][0]
    assert "Accept the invitation" in html


def test_a_request_settled_before_the_mail_goes_out_is_not_sent_to_facilitators() -> None:
    community, facilitator = group_with_facilitator()
    pending = services.request_to_join(user=clinician(), community=community, note="")
    services.decline_join_request(actor=facilitator, membership=pending)
    sent = _send()
    assert [m.to for m in sent] == [[pending.user.email]]  # only the decline


def test_a_withdrawn_invitation_is_not_sent() -> None:
    community, facilitator = group_with_facilitator()
    invitation = services.invite_by_email(
        actor=facilitator, community=community, email="guest@example.org"
    )
    services.revoke_invitation(actor=facilitator, invitation=invitation)
    assert _send() == []
    row = OutboxMessage.objects.get(kind="invitation")
    assert row.state == OutboxMessage.State.SKIPPED


def test_members_are_told_of_a_new_covenant_unless_they_accepted_it_already() -> None:
    community, facilitator = group_with_facilitator(name="DBT team")
    quick, slow = add_members(community, 2)
    services.edit_covenant(actor=facilitator, community=community, text="Version two")
    services.accept_covenant(user=quick, community=community, version=2)
    (message,) = _send()
    assert message.to == [slow.email]
    assert message.subject == "DBT team has a new covenant"


def _read(user: User, url: str) -> str:
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def _link(message: mail.EmailMessage) -> str:
    found = re.search(r"https?://\S+?(/groups/[^/\s]+/message/)", message.body)
    assert found is not None, message.body
    return found.group(1)


def test_a_removed_member_is_sent_a_link_to_the_reason_and_can_read_it_on_the_site() -> None:
    community, facilitator = group_with_facilitator(visibility=Community.Visibility.UNLISTED)
    (member,) = add_members(community, 1)
    services.remove_member(
        actor=facilitator, community=community, member=member, reason="Breach of confidentiality"
    )
    (message,) = _send()
    assert "Breach of confidentiality" not in message.body
    assert "Breach of confidentiality" not in message.alternatives[0][0]
    assert "left you a message" in message.body
    # Even from a group they can no longer see in the directory.
    assert "Breach of confidentiality" in _read(member, _link(message))


def test_a_declined_applicant_reads_the_facilitators_note_on_the_site_and_the_group_page() -> None:
    community, facilitator = group_with_facilitator(name="Schema circle")
    applicant = clinician()
    pending = services.request_to_join(user=applicant, community=community, note="")
    services.decline_join_request(
        actor=facilitator, membership=pending, message="We are full until spring."
    )
    (declined,) = [m for m in _send() if m.to == [applicant.email]]
    assert declined.to == [applicant.email]
    assert "We are full until spring." not in declined.body
    assert "We are full until spring." in _read(applicant, _link(declined))
    assert f"/groups/{community.slug}/message/" in _read(applicant, f"/groups/{community.slug}/")


def test_a_decision_without_a_note_sends_no_link_and_nobody_else_reads_a_note() -> None:
    community, facilitator = group_with_facilitator()
    applicant, stranger = clinician(), clinician()
    pending = services.request_to_join(user=applicant, community=community, note="")
    services.decline_join_request(actor=facilitator, membership=pending)
    (declined,) = [m for m in _send() if m.to == [applicant.email]]
    assert "/message/" not in declined.body
    client = Client()
    client.force_login(stranger, backend="django.contrib.auth.backends.ModelBackend")
    assert client.get(f"/groups/{community.slug}/message/").status_code == 404
