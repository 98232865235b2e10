"""Mail about membership: join decisions, invitations, covenant changes, removals.

Each ``build_context`` runs at send time and re-checks that the mail is still right; the
outbox rows carry only ids.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from communities.mail import MailKind, Skip, register
from communities.models import Invitation, Membership, OutboxMessage


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def _membership(message: OutboxMessage) -> Membership:
    membership = (
        Membership.objects.filter(pk=message.context.get("membership"))
        .select_related("user", "community", "decided_by")
        .first()
    )
    if membership is None:
        raise Skip("the membership no longer exists")
    if membership.user.anonymised_at is not None or not membership.user.is_active:
        raise Skip("the recipient's account is closed")
    return membership


def _message_url(membership: Membership) -> str:
    """Where the recipient reads the facilitator's note ('' when there is none).

    The note is free text: mail says that there is one and links to it, never carries it."""
    if not membership.decision_message:
        return ""
    return _absolute(reverse("communities:decision_message", args=[membership.community.slug]))


def build_join_requested(message: OutboxMessage) -> dict[str, Any]:
    membership = _membership(message)
    if membership.status != Membership.Status.PENDING:
        raise Skip("the request was settled already")
    recipient = message.recipient
    if (
        recipient is None
        or not membership.community.memberships.filter(
            user=recipient, status=Membership.Status.ACTIVE, role=Membership.Role.FACILITATOR
        ).exists()
    ):
        raise Skip("the recipient no longer facilitates the group")
    return {
        "membership": membership,
        "community": membership.community,
        "queue_url": _absolute(reverse("communities:requests", args=[membership.community.slug])),
    }


def build_join_approved(message: OutboxMessage) -> dict[str, Any]:
    membership = _membership(message)
    if membership.status != Membership.Status.ACTIVE:
        raise Skip("no longer a member")
    return {
        "membership": membership,
        "community": membership.community,
        "message_url": _message_url(membership),
        "covenant_url": _absolute(
            reverse("communities:covenant", args=[membership.community.slug])
        ),
    }


def build_join_declined(message: OutboxMessage) -> dict[str, Any]:
    membership = _membership(message)
    if membership.status != Membership.Status.DECLINED:
        raise Skip("the request is no longer declined")
    return {
        "membership": membership,
        "community": membership.community,
        "message_url": _message_url(membership),
    }


def build_covenant_changed(message: OutboxMessage) -> dict[str, Any]:
    membership = _membership(message)
    if membership.status != Membership.Status.ACTIVE:
        raise Skip("no longer a member")
    if membership.covenant_accepted_version == membership.community.covenant_version:
        raise Skip("the member accepted the current covenant already")
    return {
        "membership": membership,
        "community": membership.community,
        "covenant_url": _absolute(
            reverse("communities:covenant", args=[membership.community.slug])
        ),
    }


def build_removed_from_group(message: OutboxMessage) -> dict[str, Any]:
    membership = _membership(message)
    if membership.status != Membership.Status.REMOVED:
        raise Skip("the member was not removed after all")
    return {
        "membership": membership,
        "community": membership.community,
        "message_url": _message_url(membership),
    }


def build_invitation(message: OutboxMessage) -> dict[str, Any]:
    from communities import access

    invitation = (
        Invitation.objects.filter(pk=message.context.get("invitation"))
        .select_related("community", "invited_by")
        .first()
    )
    if invitation is None:
        raise Skip("the invitation no longer exists")
    if invitation.accepted_at or invitation.revoked_at or invitation.expires_at <= timezone.now():
        raise Skip("the invitation is no longer open")
    return {
        "invitation": invitation,
        "community": invitation.community,
        "inviter": invitation.invited_by,
        "invitation_url": _absolute(
            reverse("communities:invitation", args=[access.invitation_token(invitation)])
        ),
    }


KINDS = (
    MailKind(name="join_requested", build_context=build_join_requested),
    MailKind(name="join_approved", build_context=build_join_approved),
    MailKind(name="join_declined", build_context=build_join_declined),
    MailKind(name="covenant_changed", build_context=build_covenant_changed),
    MailKind(name="removed_from_group", build_context=build_removed_from_group),
    MailKind(name="invitation", build_context=build_invitation),
)


def register_kinds() -> None:
    for kind in KINDS:
        register(kind)
