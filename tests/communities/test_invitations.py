"""Invitations: signed, expiring, single-use, for one address; they work without an account."""

from __future__ import annotations

from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.core import signing
from django.test import Client
from django.utils import timezone

from communities import access, services
from communities.models import AuditEvent, Community, Invitation, Membership, OutboxMessage
from tests.communities.helpers import clinician, group_with_facilitator, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def invited() -> tuple[Community, Invitation]:
    community, facilitator = group_with_facilitator(join_policy=Community.JoinPolicy.INVITATION)
    invitation = services.invite_by_email(
        actor=facilitator, community=community, email="New.Person@Example.org"
    )
    return community, invitation


def _path(invitation: Invitation) -> str:
    return f"/invitations/{access.invitation_token(invitation)}/"


def test_a_facilitator_invites_by_email_and_the_mail_is_queued() -> None:
    community, facilitator = group_with_facilitator()
    response = signed_in(facilitator).post(
        f"/groups/{community.slug}/invitations/", {"email": "guest@example.org"}
    )
    assert response.status_code == 302
    invitation = Invitation.objects.get(community=community)
    assert invitation.email == "guest@example.org"
    assert invitation.expires_at > timezone.now() + timedelta(days=13)
    mail = OutboxMessage.objects.get(kind="invitation")
    assert mail.to_email == "guest@example.org" and mail.recipient is None
    assert mail.context == {"invitation": invitation.pk}  # never the token itself
    assert AuditEvent.objects.filter(action="invitation_sent").exists()


def test_inviting_the_same_address_twice_is_refused() -> None:
    community, facilitator = group_with_facilitator()
    services.invite_by_email(actor=facilitator, community=community, email="a@example.org")
    response = signed_in(facilitator).post(
        f"/groups/{community.slug}/invitations/", {"email": "A@example.org"}
    )
    assert response.status_code == 422
    assert "already has an invitation" in response.content.decode()
    assert Invitation.objects.count() == 1


def test_the_invitee_with_an_account_accepts_the_covenant_and_joins(
    invited: tuple[Community, Invitation],
) -> None:
    community, invitation = invited
    invitee = clinician(email="new.person@example.org")
    client = signed_in(invitee)
    assert "Accept and join" in client.get(_path(invitation)).content.decode()
    response = client.post(_path(invitation), {"version": 1, "accept": "on"})
    assert response.status_code == 302
    membership = Membership.objects.get(user=invitee, community=community)
    assert membership.is_active and membership.covenant_accepted_version == 1
    invitation.refresh_from_db()
    assert invitation.accepted_by == invitee and invitation.accepted_at


def test_a_used_invitation_cannot_be_used_again(invited: tuple[Community, Invitation]) -> None:
    _, invitation = invited
    invitee = clinician(email="new.person@example.org")
    signed_in(invitee).post(_path(invitation), {"version": 1, "accept": "on"})
    other = clinician()
    EmailAddress.objects.create(user=other, email="new.person2@example.org", verified=True)
    response = signed_in(other).get(_path(invitation))
    assert response.status_code == 410
    assert "already been used" in response.content.decode()


def test_an_expired_invitation_is_refused_and_changes_nothing(
    invited: tuple[Community, Invitation],
) -> None:
    community, invitation = invited
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now())
    invitee = clinician(email="new.person@example.org")
    response = signed_in(invitee).post(_path(invitation), {"version": 1, "accept": "on"})
    assert response.status_code == 410
    assert "expired" in response.content.decode()
    assert not Membership.objects.filter(user=invitee, community=community).exists()


def test_a_forged_token_is_refused() -> None:
    forged = signing.dumps("not-a-code", salt="someone-else")
    response = signed_in(clinician()).get(f"/invitations/{forged}/")
    assert response.status_code == 410
    assert "not valid" in response.content.decode()


def test_a_token_signed_for_an_unknown_invitation_is_refused() -> None:
    token = signing.Signer(salt=access.INVITATION_SALT).sign_object("made-up", compress=True)
    assert signed_in(clinician()).get(f"/invitations/{token}/").status_code == 410


def test_an_invitation_for_another_address_is_refused(
    invited: tuple[Community, Invitation],
) -> None:
    community, invitation = invited
    stranger = clinician(email="someone.else@example.org")
    response = signed_in(stranger).post(_path(invitation), {"version": 1, "accept": "on"})
    assert response.status_code == 422
    assert "sent to another email address" in response.content.decode()
    assert not Membership.objects.filter(user=stranger, community=community).exists()
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


def test_a_withdrawn_invitation_is_refused(invited: tuple[Community, Invitation]) -> None:
    community, invitation = invited
    facilitator = community.memberships.get(role="facilitator").user
    signed_in(facilitator).post(
        f"/groups/{community.slug}/invitations/revoke/", {"invitation": invitation.pk}
    )
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None
    response = signed_in(clinician(email="new.person@example.org")).get(_path(invitation))
    assert response.status_code == 410 and "withdrawn" in response.content.decode()


def test_someone_without_an_account_signs_up_confirms_and_lands_in_the_group(
    invited: tuple[Community, Invitation],
) -> None:
    community, invitation = invited
    client = Client()
    page = client.get(_path(invitation))
    assert page.status_code == 200 and "Create an account" in page.content.decode()
    client.post(
        "/accounts/signup/",
        {
            "display_name": "New Person",
            "email": "new.person@example.org",
            "time_zone": "Europe/Berlin",
            "password1": "a long and unusual passphrase 42",
            "password2": "a long and unusual passphrase 42",
        },
    )
    from allauth.account.models import EmailConfirmationHMAC

    address = EmailAddress.objects.get(email="new.person@example.org")
    key = EmailConfirmationHMAC(address).key
    confirmed = client.post(f"/accounts/confirm-email/{key}/")
    assert confirmed.status_code == 302
    assert confirmed["Location"] == _path(invitation)
    joined = client.post(_path(invitation), {"version": 1, "accept": "on"})
    assert joined.status_code == 302 and joined["Location"] == f"/groups/{community.slug}/"
    assert Membership.objects.get(
        community=community, user__email="new.person@example.org"
    ).is_active


def test_a_full_group_refuses_the_invitation(invited: tuple[Community, Invitation]) -> None:
    community, invitation = invited
    Community.objects.filter(pk=community.pk).update(capacity=3)
    from tests.communities.helpers import add_members

    add_members(community, 2)
    invitee = clinician(email="new.person@example.org")
    response = signed_in(invitee).post(_path(invitation), {"version": 1, "accept": "on"})
    assert response.status_code == 422 and "is full" in response.content.decode()
    assert not Membership.objects.filter(user=invitee).exists()


def test_signing_up_after_following_an_invitation_prefills_the_invited_address(
    invited: tuple[Community, Invitation],
) -> None:
    _, invitation = invited
    client = Client()
    assert client.get(_path(invitation)).status_code == 200  # signed out: kept in the session

    page = client.get("/accounts/signup/").content.decode()

    assert f'value="{invitation.email}"' in page
    assert invitation.email not in client.session.get("account_verified_email", "")


def test_sign_up_has_no_prefilled_address_without_a_usable_invitation(
    invited: tuple[Community, Invitation],
) -> None:
    _, invitation = invited
    client = Client()
    client.get(_path(invitation))
    Invitation.objects.filter(pk=invitation.pk).update(revoked_at=timezone.now())

    assert invitation.email not in client.get("/accounts/signup/").content.decode()
    assert invitation.email not in Client().get("/accounts/signup/").content.decode()
