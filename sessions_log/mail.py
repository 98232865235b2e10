"""The mail this app sends, and how each is re-checked at send time.

Reminders, moves, cancellations and promotions carry the meeting's title, the group's name,
the time in the recipient's zone and a link to the occurrence page — never the video link,
the agenda's case titles or notes. Digests carry counts and case titles only.
"""

from __future__ import annotations

import zoneinfo
from datetime import datetime
from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from communities.access import membership_for
from communities.mail import MailKind, Skip, register
from communities.models import OutboxMessage, User
from sessions_log import planners
from sessions_log.models import Occurrence, Rsvp


def _zone(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


def _recipient(message: OutboxMessage) -> User:
    user = message.recipient
    if user is None or not user.is_active or user.is_suspended:
        raise Skip("the recipient's account is not active")
    return user


def when(moment: datetime) -> str:
    """A time as words, in the zone it carries (templates would convert it to the active zone)."""
    return f"{moment:%A} {moment.day} {moment:%B %Y, %H:%M}"


def _occurrence_context(message: OutboxMessage, *, allow_cancelled: bool = False) -> dict[str, Any]:
    user = _recipient(message)
    occurrence = (
        Occurrence.objects.select_related("community", "meeting")
        .filter(code=message.context.get("occurrence", ""))
        .first()
    )
    if occurrence is None:
        raise Skip("the meeting no longer exists")
    if occurrence.is_cancelled and not allow_cancelled:
        raise Skip("the meeting was cancelled")
    if membership_for(user, occurrence.community) is None:
        raise Skip("the recipient is no longer a member of the group")
    return {
        "occurrence": occurrence,
        "community": occurrence.community,
        "starts_local": when(occurrence.starts_at.astimezone(_zone(user.time_zone))),
        "recipient_zone": user.time_zone,
        "starts_group": when(occurrence.starts_at.astimezone(_zone(occurrence.meeting.time_zone))),
        "group_zone": occurrence.meeting.time_zone,
        "occurrence_url": settings.SITE_URL
        + reverse("sessions_log:detail", args=[occurrence.code]),
    }


def lead_label(minutes: int) -> str:
    if minutes % (24 * 60) == 0:
        days = minutes // (24 * 60)
        return "tomorrow" if days == 1 else f"in {days} days"
    if minutes % 60 == 0:
        hours = minutes // 60
        return "in an hour" if hours == 1 else f"in {hours} hours"
    return f"in {minutes} minutes"


def build_reminder(message: OutboxMessage) -> dict[str, Any]:
    context = _occurrence_context(message)
    occurrence: Occurrence = context["occurrence"]
    lead = int(message.context.get("lead", planners.DAY_LEAD))
    now = timezone.now()
    if occurrence.starts_at <= now:
        raise Skip("the meeting has already started")
    due = occurrence.starts_at - planners.timedelta(minutes=lead)
    if now - due > planners.usefulness(lead):
        raise Skip("too late for this reminder to be useful")
    rsvp = Rsvp.objects.filter(occurrence=occurrence, user=message.recipient).first()
    if not planners.wants_reminder(rsvp.answer if rsvp else None, lead):
        raise Skip("the recipient's answer no longer asks for this reminder")
    prefs = getattr(message.recipient, "notification_prefs", None)
    if prefs is not None and lead not in planners.clean_leads(prefs.reminder_lead_minutes):
        raise Skip("the recipient no longer wants a reminder at this lead time")
    context.update({"lead_label": lead_label(lead), "rsvp": rsvp})
    return context


def build_moved(message: OutboxMessage) -> dict[str, Any]:
    context = _occurrence_context(message)
    if context["occurrence"].sequence != message.context.get("sequence"):
        raise Skip("the meeting changed again since; a newer message says so")
    return context


def build_cancelled(message: OutboxMessage) -> dict[str, Any]:
    return _occurrence_context(message, allow_cancelled=True)


def build_promoted(message: OutboxMessage) -> dict[str, Any]:
    context = _occurrence_context(message)
    rsvp = Rsvp.objects.filter(occurrence=context["occurrence"], user=message.recipient).first()
    if rsvp is None or rsvp.answer != Rsvp.Answer.YES or rsvp.is_waitlisted:
        raise Skip("the recipient no longer holds the seat")
    return context


def build_digest(message: OutboxMessage) -> dict[str, Any]:
    user = _recipient(message)
    try:
        since = datetime.fromisoformat(message.context["since"])
        until = datetime.fromisoformat(message.context["until"])
    except (KeyError, TypeError, ValueError):
        raise Skip("the digest's period is unreadable") from None
    request = planners.DigestRequest(
        user_id=user.pk,
        since=since,
        until=until,
        time_zone=user.time_zone,
        upcoming_days=int(message.context.get("upcoming_days", 2)),
    )
    digest = planners.collect_digests([request])[user.pk]
    if digest.is_empty:
        raise Skip("nothing to say")
    return {
        "digest": digest,
        "groups": [group for group in digest.groups if group.has_news],
        "frequency": message.context.get("frequency", "daily"),
        "recipient_zone": user.time_zone,
    }


def register_kinds() -> None:
    register(MailKind(name="reminder", build_context=build_reminder, category="reminders"))
    register(MailKind(name="meeting_moved", build_context=build_moved, category=None))
    register(MailKind(name="meeting_cancelled", build_context=build_cancelled, category=None))
    register(MailKind(name="meeting_promoted", build_context=build_promoted, category=None))
    register(MailKind(name="digest", build_context=build_digest, category="digest"))
