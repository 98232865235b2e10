"""The mail membership changes send through the outbox: what it says, and what it never says."""

from __future__ import annotations

import pytest
from django.core import mail

from communities import access, outbox, services
from communities.models import Community, OutboxMessage
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
    assert "Welcome aboard" in approved.body
    assert f"/groups/{community.slug}/covenant/" in approved.body


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


def test_a_removed_member_is_told_the_reason() -> None:
    community, facilitator = group_with_facilitator()
    (member,) = add_members(community, 1)
    services.remove_member(
        actor=facilitator, community=community, member=member, reason="Breach of confidentiality"
    )
    (message,) = _send()
    assert "Breach of confidentiality" in message.body
