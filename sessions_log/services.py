"""Every write in sessions_log, one function per use case."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.db.models import Q, Sum
from django.utils import timezone

from communities.models import Community, Membership, User
from communities.services import enqueue_mail, record_audit_event
from sessions_log import recurrence
from sessions_log.models import (
    AgendaItem,
    Attendance,
    Certificate,
    HoursEntry,
    Meeting,
    Occurrence,
    Rsvp,
    SessionLog,
)


class MeetingError(ValueError):
    """A request that cannot be carried out; the message is for the person who made it."""


@dataclass(frozen=True)
class MeetingDetails:
    title: str
    description: str
    duration_minutes: int
    capacity: int | None
    location: str
    video_link: str


# --- Scheduling ---------------------------------------------------------------------------


@transaction.atomic
def schedule_meeting(
    *,
    community: Community,
    actor: User,
    details: MeetingDetails,
    rule: recurrence.Rule,
) -> Meeting:
    try:
        starts = recurrence.expand(rule)
    except recurrence.RecurrenceError as error:
        raise MeetingError(str(error)) from error
    meeting = Meeting.objects.create(
        community=community,
        title=details.title,
        description=details.description,
        time_zone=rule.time_zone,
        start_date=rule.start_local.date(),
        start_time=rule.start_local.time(),
        frequency=rule.frequency,
        count=rule.count,
        until=rule.until,
        created_by=actor,
    )
    Occurrence.objects.bulk_create(
        [
            Occurrence(
                meeting=meeting,
                community=community,
                title=details.title,
                description=details.description,
                starts_at=start,
                duration_minutes=details.duration_minutes,
                capacity=details.capacity,
                location=details.location,
                video_link=details.video_link,
            )
            for start in starts
        ]
    )
    record_audit_event(
        actor=actor,
        action="meeting.scheduled",
        community=community,
        target=f"meeting:{meeting.code}",
        data={"occurrences": len(starts), "rule": recurrence.describe(rule)},
    )
    return meeting


def _yes_count(occurrence: Occurrence) -> int:
    return occurrence.rsvps.filter(answer=Rsvp.Answer.YES, is_waitlisted=False).count()


def _notify_members(occurrence: Occurrence, *, kind: str) -> None:
    """Tell the group's members (except those who said no) that this occurrence changed."""
    said_no = set(occurrence.rsvps.filter(answer=Rsvp.Answer.NO).values_list("user_id", flat=True))
    members = Membership.objects.filter(
        community=occurrence.community_id, status=Membership.Status.ACTIVE
    ).select_related("user")
    for membership in members:
        if membership.user_id in said_no:
            continue
        enqueue_mail(
            key=f"{kind}:{occurrence.code}:{occurrence.sequence}:{membership.user_id}",
            kind=kind,
            recipient=membership.user,
            context={"occurrence": occurrence.code, "sequence": occurrence.sequence},
        )


@transaction.atomic
def edit_occurrences(
    *,
    occurrence: Occurrence,
    actor: User,
    details: MeetingDetails,
    start_local: datetime,
    and_following: bool,
) -> list[Occurrence]:
    """Change one occurrence, or it and every later one of its series.

    ``start_local`` is the new wall-clock start in the meeting's zone. For "this and following"
    the day of each later occurrence stays; its time of day becomes the new one.
    """
    meeting = occurrence.meeting
    targets = [occurrence]
    if and_following:
        targets = list(
            meeting.occurrences.select_for_update()
            .filter(starts_at__gte=occurrence.starts_at, cancelled_at__isnull=True)
            .order_by("starts_at")
        )
    for target in targets:
        if details.capacity is not None and details.capacity < _yes_count(target):
            raise MeetingError(
                f"{_yes_count(target)} people already said yes to {target.starts_at:%d %b}: "
                "the capacity cannot be lower than that."
            )
    try:
        first_start = recurrence.localize(start_local, meeting.time_zone)
    except recurrence.RecurrenceError as error:
        raise MeetingError(str(error)) from error
    now = timezone.now()
    for target in targets:
        if target.pk == occurrence.pk:
            new_start = first_start
        else:
            local_day = target.starts_at.astimezone(recurrence.zone(meeting.time_zone)).date()
            new_start = recurrence.localize(
                datetime.combine(local_day, start_local.time()), meeting.time_zone
            )
        moved = new_start != target.starts_at
        target.starts_at = new_start
        target.title = details.title
        target.description = details.description
        target.duration_minutes = details.duration_minutes
        target.capacity = details.capacity
        target.location = details.location
        target.video_link = details.video_link
        target.sequence += 1
        target.updated_at = now
        target.save(
            update_fields=[
                "starts_at",
                "title",
                "description",
                "duration_minutes",
                "capacity",
                "location",
                "video_link",
                "sequence",
                "updated_at",
            ]
        )
        if moved and target.starts_at > now:
            _notify_members(target, kind="meeting_moved")
        # More places (or no limit any more): the waiting list moves up.
        _promote_from_waiting_list(target)
    record_audit_event(
        actor=actor,
        action="meeting.edited",
        community=occurrence.community,
        target=f"occurrence:{occurrence.code}",
        data={"occurrences": len(targets), "and_following": and_following},
    )
    return targets


@transaction.atomic
def cancel_occurrences(
    *, occurrence: Occurrence, actor: User, and_following: bool
) -> list[Occurrence]:
    targets = [occurrence]
    if and_following:
        targets = list(
            occurrence.meeting.occurrences.select_for_update().filter(
                starts_at__gte=occurrence.starts_at, cancelled_at__isnull=True
            )
        )
    now = timezone.now()
    for target in targets:
        if target.is_cancelled:
            continue
        target.cancelled_at = now
        target.sequence += 1
        target.updated_at = now
        target.save(update_fields=["cancelled_at", "sequence", "updated_at"])
        if target.starts_at > now:
            _notify_members(target, kind="meeting_cancelled")
    record_audit_event(
        actor=actor,
        action="meeting.cancelled",
        community=occurrence.community,
        target=f"occurrence:{occurrence.code}",
        data={"occurrences": len(targets), "and_following": and_following},
    )
    return targets


# --- RSVP and the waiting list ----------------------------------------------------------


@transaction.atomic
def set_rsvp(*, occurrence: Occurrence, user: User, answer: str) -> Rsvp:
    """Record an answer. A yes beyond capacity joins the waiting list; a yes withdrawn gives
    its place to the first person waiting, who is told by mail."""
    if answer not in Rsvp.Answer.values:
        raise MeetingError("Choose yes, maybe or no.")
    # Lock the occurrence so two people cannot take the last seat at once.
    locked = Occurrence.objects.select_for_update().get(pk=occurrence.pk)
    if locked.is_cancelled:
        raise MeetingError("This meeting was cancelled.")
    if locked.ends_at < timezone.now():
        raise MeetingError("This meeting is over.")
    rsvp = Rsvp.objects.filter(occurrence=locked, user=user).first()
    had_seat = rsvp is not None and rsvp.answer == Rsvp.Answer.YES and not rsvp.is_waitlisted
    now = timezone.now()
    if rsvp is None:
        rsvp = Rsvp(occurrence=locked, user=user)
    if answer == Rsvp.Answer.YES:
        if not had_seat and not (rsvp.answer == Rsvp.Answer.YES and rsvp.is_waitlisted):
            rsvp.answered_yes_at = now
            rsvp.is_waitlisted = locked.capacity is not None and _yes_count(locked) >= (
                locked.capacity
            )
    else:
        rsvp.is_waitlisted = False
        rsvp.answered_yes_at = None
    rsvp.answer = answer
    rsvp.updated_at = now
    rsvp.save()
    if had_seat and answer != Rsvp.Answer.YES:
        _promote_from_waiting_list(locked)
    return rsvp


def _promote_from_waiting_list(occurrence: Occurrence) -> None:
    if occurrence.capacity is None:
        free = None
    else:
        free = occurrence.capacity - _yes_count(occurrence)
        if free <= 0:
            return
    waiting = occurrence.rsvps.filter(is_waitlisted=True).order_by("answered_yes_at", "id")
    if free is not None:
        waiting = waiting[:free]
    for rsvp in list(waiting.select_related("user")):
        rsvp.is_waitlisted = False
        rsvp.updated_at = timezone.now()
        rsvp.save(update_fields=["is_waitlisted", "updated_at"])
        enqueue_mail(
            key=f"meeting_promoted:{occurrence.code}:{rsvp.user_id}:{rsvp.answered_yes_at:%s}",
            kind="meeting_promoted",
            recipient=rsvp.user,
            context={"occurrence": occurrence.code},
        )


# --- Agenda ---------------------------------------------------------------------------


@transaction.atomic
def propose_agenda_item(
    *,
    occurrence: Occurrence,
    user: User,
    case: object | None,
    topic: str,
    acknowledged_spans: Iterable[str] = (),
) -> AgendaItem:
    if occurrence.is_cancelled:
        raise MeetingError("This meeting was cancelled.")
    if case is None and not topic.strip():
        raise MeetingError("Choose one of your group's cases or give a topic.")
    item = AgendaItem.objects.create(
        occurrence=occurrence,
        proposed_by=user,
        case=case,  # type: ignore[misc]
        topic="" if case is not None else topic.strip(),
        position=occurrence.agenda.count() + 1,
    )
    record_audit_event(
        actor=user,
        action="agenda.proposed",
        community=occurrence.community,
        target=f"occurrence:{occurrence.code}",
        data={"phi_acknowledged": sorted(acknowledged_spans)} if acknowledged_spans else {},
    )
    return item


@transaction.atomic
def settle_agenda_item(
    *, item: AgendaItem, actor: User, status: str, position: int, minutes: int | None
) -> AgendaItem:
    if status not in AgendaItem.Status.values:
        raise MeetingError("Unknown agenda status.")
    item.status = status
    item.position = position
    item.minutes = minutes
    item.save(update_fields=["status", "position", "minutes"])
    record_audit_event(
        actor=actor,
        action=f"agenda.{status}",
        community=item.occurrence.community,
        target=f"occurrence:{item.occurrence.code}",
        data={"position": position, "minutes": minutes},
    )
    return item


# --- The session log --------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceLine:
    user_id: int
    status: str
    minutes: int
    presented: bool


@transaction.atomic
def save_session_log(
    *,
    occurrence: Occurrence,
    actor: User,
    lines: Sequence[AttendanceLine],
    notes: str,
    acknowledged_spans: Iterable[str] = (),
) -> SessionLog:
    log, _ = SessionLog.objects.select_for_update().get_or_create(occurrence=occurrence)
    if log.is_signed_off:
        raise MeetingError("This log is signed off and can no longer be changed.")
    if occurrence.starts_at > timezone.now():
        raise MeetingError("Attendance can be recorded once the meeting has started.")
    members = set(
        Membership.objects.filter(community=occurrence.community_id).values_list(
            "user_id", flat=True
        )
    )
    for line in lines:
        if line.user_id not in members:
            raise MeetingError("Attendance can only be recorded for the group's members.")
        if line.status == Attendance.Status.PARTIAL and not (
            1 <= line.minutes < occurrence.duration_minutes
        ):
            raise MeetingError(
                f"Partial attendance is between 1 and {occurrence.duration_minutes - 1} minutes."
            )
    log.notes = notes.strip()
    log.updated_at = timezone.now()
    log.save(update_fields=["notes", "updated_at"])
    log.attendance.all().delete()
    Attendance.objects.bulk_create(
        [
            Attendance(
                log=log,
                user_id=line.user_id,
                status=line.status,
                minutes={
                    Attendance.Status.PRESENT: occurrence.duration_minutes,
                    Attendance.Status.PARTIAL: line.minutes,
                }.get(line.status, 0),  # type: ignore[call-overload]
                presented=line.presented and line.status != Attendance.Status.ABSENT,
            )
            for line in lines
        ]
    )
    spans = sorted(acknowledged_spans)
    record_audit_event(
        actor=actor,
        action="session_log.saved",
        community=occurrence.community,
        target=f"occurrence:{occurrence.code}",
        data={"attendance": len(lines), "phi_acknowledged": spans} if spans else {},
    )
    return log


@transaction.atomic
def sign_off_session_log(*, occurrence: Occurrence, actor: User) -> SessionLog:
    """Lock the log, and write each attendee's hours with the facilitator as of today."""
    log = SessionLog.objects.select_for_update().filter(occurrence=occurrence).first()
    if log is None or not log.attendance.exists():
        raise MeetingError("Record attendance before signing off.")
    if log.is_signed_off:
        raise MeetingError("This log is already signed off.")
    log.signed_off_at = timezone.now()
    log.signed_off_by = actor
    log.facilitator_name = actor.public_name
    log.facilitator_credentials = actor.credentials
    log.save(
        update_fields=[
            "signed_off_at",
            "signed_off_by",
            "facilitator_name",
            "facilitator_credentials",
        ]
    )
    local_day = occurrence.starts_at.astimezone(
        recurrence.zone(occurrence.meeting.time_zone)
    ).date()
    HoursEntry.objects.bulk_create(
        [
            HoursEntry(
                user_id=line.user_id,
                source=HoursEntry.Source.MEETING,
                attendance=line,
                community=occurrence.community,
                date=local_day,
                group_name=occurrence.community.name,
                format=HoursEntry.Format.GROUP,
                minutes=line.minutes,
                presented_own_case=line.presented,
                facilitator_name=log.facilitator_name,
                facilitator_credentials=log.facilitator_credentials,
            )
            for line in log.attendance.exclude(status=Attendance.Status.ABSENT).filter(
                minutes__gt=0
            )
        ]
    )
    record_audit_event(
        actor=actor,
        action="session_log.signed_off",
        community=occurrence.community,
        target=f"occurrence:{occurrence.code}",
    )
    return log


# --- Hours --------------------------------------------------------------------------------


@transaction.atomic
def add_external_hours(
    *,
    user: User,
    day: date,
    group_name: str,
    format: str,
    minutes: int,
    facilitator_name: str,
    facilitator_credentials: str,
    reflection: str = "",
) -> HoursEntry:
    if day > timezone.localdate():
        raise MeetingError("Hours can only be logged for days that have happened.")
    return HoursEntry.objects.create(
        user=user,
        source=HoursEntry.Source.SELF_REPORTED,
        date=day,
        group_name=group_name.strip(),
        format=format,
        minutes=minutes,
        facilitator_name=facilitator_name.strip(),
        facilitator_credentials=facilitator_credentials.strip(),
        reflection=reflection.strip(),
    )


@transaction.atomic
def save_reflection(*, entry: HoursEntry, user: User, text: str) -> HoursEntry:
    if entry.user_id != user.pk:
        raise MeetingError("You can only write reflections on your own hours.")
    entry.reflection = text.strip()
    entry.save(update_fields=["reflection"])
    return entry


@transaction.atomic
def issue_certificate(*, user: User, period_start: date, period_end: date) -> Certificate:
    if period_end < period_start:
        raise MeetingError("The period ends before it starts.")
    entries = HoursEntry.objects.filter(user=user, date__gte=period_start, date__lte=period_end)
    meeting = entries.filter(source=HoursEntry.Source.MEETING).aggregate(total=Sum("minutes"))
    self_reported = entries.filter(source=HoursEntry.Source.SELF_REPORTED).aggregate(
        total=Sum("minutes")
    )
    if not meeting["total"] and not self_reported["total"]:
        raise MeetingError("There are no hours in this period.")
    facilitators = sorted(
        {
            f"{name}, {credentials}" if credentials else name
            for name, credentials in entries.filter(~Q(facilitator_name="")).values_list(
                "facilitator_name", "facilitator_credentials"
            )
        }
    )
    certificate = Certificate.objects.create(
        user=user,
        holder_name=user.public_name,
        holder_credentials=user.credentials,
        period_start=period_start,
        period_end=period_end,
        meeting_minutes=meeting["total"] or 0,
        self_reported_minutes=self_reported["total"] or 0,
        facilitators=facilitators,
    )
    record_audit_event(
        actor=user, action="hours.certificate_issued", target=f"certificate:{certificate.code}"
    )
    return certificate


def local_start(day: date, at: time) -> datetime:
    return datetime.combine(day, at)


def period_bounds(kind: str, today: date) -> tuple[date, date]:
    """This month / this year / last 12 months, for the ledger's totals and the certificate."""
    if kind == "month":
        return today.replace(day=1), today
    if kind == "year":
        return today.replace(month=1, day=1), today
    return today - timedelta(days=365), today
