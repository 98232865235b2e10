"""Examples of the mail kinds sessions_log sends, for the canary scenario (tests/mail_examples.py).

Each example is made sendable: the state its ``build_context`` re-checks at send time is set
up (a reminder falls due now and is still useful, the promoted member holds the seat, the
digest has news). The canary is written into the video link, descriptions, notes and into a
case on the agenda, so a template that showed any of them would leak it.
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from cases.models import Case
from communities import services
from communities.models import Membership, NotificationPreferences, OutboxMessage, User
from sessions_log.models import AgendaItem, Meeting, Occurrence, Rsvp, SessionLog
from tests.factories import CommunityFactory, MembershipFactory

LEAD = 60  # minutes: a reminder an hour before


def _row(kind: str, recipient: User, context: dict[str, object]) -> OutboxMessage:
    row = services.enqueue_mail(
        key=f"canary:{kind}:{OutboxMessage.objects.count()}",
        kind=kind,
        recipient=recipient,
        context=context,  # type: ignore[arg-type]
    )
    assert row is not None
    return row


def examples(canary: str) -> dict[str, list[OutboxMessage]]:
    now = timezone.now()
    group = CommunityFactory(covenant_version=1)

    def member(role: str = Membership.Role.MEMBER) -> User:
        user = MembershipFactory(community=group, role=role, covenant_accepted_version=1).user
        prefs = services.preferences_for(user)
        prefs.mail_enabled = True
        prefs.digest = NotificationPreferences.Digest.DAILY
        prefs.reminder_lead_minutes = [24 * 60, LEAD]
        prefs.save(update_fields=["mail_enabled", "digest", "reminder_lead_minutes"])
        return user

    facilitator = member(Membership.Role.FACILITATOR)
    reader = member()
    meeting = Meeting.objects.create(
        community=group,
        title="Monthly consult",
        description=f"We meet online. {canary}",
        time_zone=group.time_zone,
        start_date=now.date(),
        start_time=now.time().replace(microsecond=0),
        created_by=facilitator,
    )

    def occurrence(starts_in: timedelta, **fields: object) -> Occurrence:
        return Occurrence.objects.create(
            meeting=meeting,
            community=group,
            title="Monthly consult",
            description=f"Bring one question. {canary}",
            starts_at=now + starts_in,
            location="Room 2",
            video_link=f"https://video.example/{canary}",
            **fields,
        )

    # Due five minutes ago: an hour ahead of a meeting that starts in 55 minutes.
    soon = occurrence(timedelta(minutes=LEAD - 5))
    Rsvp.objects.create(occurrence=soon, user=reader, answer=Rsvp.Answer.YES, answered_yes_at=now)
    case = Case.objects.create(
        community=group,
        author=facilitator,
        title="Shame and silence",
        presenting_concern=f"Long silences. {canary}",
        question=f"How to stay with it? {canary}",
        created_at=now - timedelta(hours=1),
    )
    AgendaItem.objects.create(
        occurrence=soon,
        proposed_by=facilitator,
        case=case,
        status=AgendaItem.Status.ACCEPTED,
    )
    SessionLog.objects.create(occurrence=soon, notes=f"Notes of the meeting. {canary}")

    moved = occurrence(timedelta(days=3), sequence=2)
    cancelled = occurrence(timedelta(days=4), cancelled_at=now)
    promoted = occurrence(timedelta(days=5), capacity=3)
    Rsvp.objects.create(
        occurrence=promoted, user=reader, answer=Rsvp.Answer.YES, answered_yes_at=now
    )
    period = {
        "since": (now - timedelta(days=1)).isoformat(),
        "until": now.isoformat(),
        "upcoming_days": 2,
        "frequency": "daily",
    }
    return {
        "reminder": [_row("reminder", reader, {"occurrence": soon.code, "lead": LEAD})],
        "meeting_moved": [_row("meeting_moved", reader, {"occurrence": moved.code, "sequence": 2})],
        "meeting_cancelled": [
            _row("meeting_cancelled", reader, {"occurrence": cancelled.code, "sequence": 0})
        ],
        "meeting_promoted": [_row("meeting_promoted", reader, {"occurrence": promoted.code})],
        "digest": [_row("digest", reader, period)],
    }
