"""Examples of the mail kinds communities sends, for the canary scenario (tests/mail_examples.py).

Each example is made sendable: the state its ``build_context`` re-checks is set up.
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from communities import services
from communities.models import Invitation, Membership, OutboxMessage, User
from tests.factories import CommunityFactory, MembershipFactory, UserFactory


def _row(kind: str, recipient: User | None, context: dict[str, int], **extra: str) -> OutboxMessage:
    if recipient is not None:
        services.preferences_for(recipient)
    row = services.enqueue_mail(
        key=f"canary:{kind}:{OutboxMessage.objects.count()}",
        kind=kind,
        recipient=recipient,
        context=context,
        **extra,
    )
    assert row is not None
    return row


def examples(canary: str) -> dict[str, list[OutboxMessage]]:
    user = UserFactory(bio=f"My practice notes {canary}")
    services.preferences_for(user)
    welcome = services.enqueue_welcome(user=user, email=user.email)
    assert welcome is not None

    group = CommunityFactory(covenant_version=2)
    facilitator = MembershipFactory(
        community=group, role=Membership.Role.FACILITATOR, covenant_accepted_version=2
    ).user

    def membership(status: str, **fields: object) -> Membership:
        return MembershipFactory(
            community=group,
            status=status,
            request_note=f"I see clients with {canary}",
            decision_message="Thank you for your note.",
            covenant_accepted_version=fields.pop("covenant_accepted_version", 2),
            **fields,
        )

    pending = membership(Membership.Status.PENDING)
    approved = membership(Membership.Status.ACTIVE)
    declined = membership(Membership.Status.DECLINED)
    outdated = membership(Membership.Status.ACTIVE, covenant_accepted_version=1)
    removed = membership(Membership.Status.REMOVED)
    invitation = Invitation.objects.create(
        community=group,
        email="invitee@example.org",
        invited_by=facilitator,
        expires_at=timezone.now() + timedelta(days=7),
    )
    return {
        "welcome": [welcome],
        "join_requested": [_row("join_requested", facilitator, {"membership": pending.pk})],
        "join_approved": [_row("join_approved", approved.user, {"membership": approved.pk})],
        "join_declined": [_row("join_declined", declined.user, {"membership": declined.pk})],
        "covenant_changed": [_row("covenant_changed", outdated.user, {"membership": outdated.pk})],
        "removed_from_group": [
            _row("removed_from_group", removed.user, {"membership": removed.pk})
        ],
        "invitation": [
            _row("invitation", None, {"invitation": invitation.pk}, to_email=invitation.email)
        ],
    }
