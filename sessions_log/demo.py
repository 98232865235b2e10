"""Demo data for meetings: a "second Tuesday" series in each demo group, past meetings with
signed-off attendance (so the demo member has hours and a certificate to download), and an
agenda for the next one. Idempotent; groups that do not exist are skipped."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from cases.models import Case
from communities.models import Community, Membership
from sessions_log import recurrence, services
from sessions_log.models import AgendaItem, Attendance, Meeting

DEMO_GROUPS = ("emdr-consultation", "dbt-consultation-team", "couples-therapists")
TITLE = "Monthly consultation"


def second_tuesday(year: int, month: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(1 - first.weekday()) % 7 + 7)


def _months_back(today: date, months: int) -> tuple[int, int]:
    index = today.year * 12 + today.month - 1 - months
    return index // 12, index % 12 + 1


@transaction.atomic
def seed() -> int:
    """Create the demo series that are missing; returns how many were created."""
    created = 0
    for slug in DEMO_GROUPS:
        community = Community.objects.filter(slug=slug).first()
        if community is None or Meeting.objects.filter(community=community, title=TITLE).exists():
            continue
        facilitator = (
            Membership.objects.filter(
                community=community,
                role=Membership.Role.FACILITATOR,
                status=Membership.Status.ACTIVE,
            )
            .select_related("user")
            .first()
        )
        if facilitator is None:
            continue
        _seed_group(community, facilitator)
        created += 1
    return created


def _seed_group(community: Community, facilitator: Membership) -> None:
    year, month = _months_back(timezone.localdate(), 4)
    meeting = services.schedule_meeting(
        community=community,
        actor=facilitator.user,
        details=services.MeetingDetails(
            title=TITLE,
            description="Two cases, then open discussion. Bring one question.",
            duration_minutes=90,
            capacity=None,
            location="",
            video_link="https://meet.example/practica-demo",
        ),
        rule=recurrence.Rule(
            start_local=datetime.combine(second_tuesday(year, month), time(18, 30)),
            time_zone=community.time_zone,
            frequency=Meeting.Frequency.MONTHLY_NTH,
            count=12,
        ),
    )
    members = list(
        Membership.objects.filter(community=community, status=Membership.Status.ACTIVE)
        .select_related("user")
        .order_by("id")
    )
    now = timezone.now()
    occurrences = list(meeting.occurrences.order_by("starts_at"))
    past = [o for o in occurrences if o.ends_at < now]
    for number, occurrence in enumerate(past):
        presenter = members[number % len(members)].user_id
        services.save_session_log(
            occurrence=occurrence,
            actor=facilitator.user,
            lines=[
                services.AttendanceLine(
                    user_id=m.user_id,
                    status=Attendance.Status.PRESENT,
                    minutes=0,
                    presented=m.user_id == presenter,
                )
                for m in members
            ],
            notes="Themes: pacing, the window of tolerance, and when to slow down.",
        )
        services.sign_off_session_log(occurrence=occurrence, actor=facilitator.user)
    upcoming = next((o for o in occurrences if o.starts_at > now), None)
    if upcoming is None:
        return
    for membership in members:
        if membership.user_id == facilitator.user_id:
            continue
        case = (
            Case.objects.filter(community=community, author=membership.user)
            .order_by("created_at")
            .first()
        )
        item = services.propose_agenda_item(
            occurrence=upcoming,
            user=membership.user,
            case=case,
            topic="" if case else "Working with dissociation in the first sessions",
        )
        services.settle_agenda_item(
            item=item,
            actor=facilitator.user,
            status=AgendaItem.Status.ACCEPTED,
            position=item.position,
            minutes=40,
        )
