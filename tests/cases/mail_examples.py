"""Examples of the mail kinds cases sends, for the canary scenario (tests/mail_examples.py).

Each example is made sendable: the state its ``build_context`` re-checks at send time is set
up (the reader follows the case and may read it, the flag is resolved). The canary is written
into every clinical text: the case's sections, the reply, the flag's note.
"""

from __future__ import annotations

from django.utils import timezone

from cases.models import Case, Flag, Follow, Reply
from communities import services
from communities.models import Membership, NotificationPreferences, OutboxMessage, User
from tests.factories import CommunityFactory, MembershipFactory


def _row(kind: str, recipient: User, context: dict[str, int]) -> OutboxMessage:
    row = services.enqueue_mail(
        key=f"canary:{kind}:{OutboxMessage.objects.count()}",
        kind=kind,
        recipient=recipient,
        context=context,
    )
    assert row is not None
    return row


def examples(canary: str) -> dict[str, list[OutboxMessage]]:
    group = CommunityFactory(covenant_version=1)

    def member(role: str = Membership.Role.MEMBER) -> User:
        user = MembershipFactory(community=group, role=role, covenant_accepted_version=1).user
        prefs = services.preferences_for(user)
        prefs.replies = NotificationPreferences.Replies.IMMEDIATELY
        prefs.mail_enabled = True
        prefs.save(update_fields=["replies", "mail_enabled"])
        return user

    presenter, reader, flagger, facilitator = (
        member(),
        member(),
        member(),
        member(Membership.Role.FACILITATOR),
    )
    case = Case.objects.create(
        community=group,
        author=presenter,
        title="Ambivalence about a referral",
        presenting_concern=f"Late cancellations. {canary}",
        background=f"Second year of work. {canary}",
        tried=f"Named the pattern. {canary}",
        question=f"What next? {canary}",
        takeaways=f"Slow down. {canary}",
    )
    Follow.objects.create(case=case, user=reader)
    reply = Reply.objects.create(case=case, author=presenter, body=f"A thought. {canary}")

    def resolved_flag(outcome: str) -> Flag:
        return Flag.objects.create(
            case=case,
            reply=reply,
            flagged_by=flagger,
            reason=Flag.Reason.DISRESPECTFUL,
            note=f"Why I flagged it: {canary}",
            outcome=outcome,
            resolved_by=facilitator,
            resolved_at=timezone.now(),
        )

    outcome = resolved_flag(Flag.Outcome.DISMISSED)
    warned = resolved_flag(Flag.Outcome.WARNED)
    return {
        "reply": [_row("reply", reader, {"reply": reply.pk})],
        "case_flag_outcome": [_row("case_flag_outcome", flagger, {"flag": outcome.pk})],
        "case_warning": [_row("case_warning", presenter, {"flag": warned.pk})],
    }
