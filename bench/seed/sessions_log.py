"""Meetings: 6,000 occurrences (2,000 of them in the coming week, so the reminder planner has
2,000 to consider), RSVPs, agendas, signed-off logs with attendance, and the hours ledger."""

from __future__ import annotations

from datetime import date, time, timedelta

from bench.seed import SeedContext
from bench.seed.copy import analyze, copy_rows, next_id


def available() -> bool:
    try:
        from sessions_log.models import Attendance, HoursEntry, Occurrence, Rsvp  # noqa: F401
    except ImportError:
        return False
    return True


def seed(ctx: SeedContext) -> None:
    from communities.models import Community, User
    from sessions_log.models import (
        AgendaItem,
        Attendance,
        HoursEntry,
        Meeting,
        Occurrence,
        Rsvp,
        SessionLog,
    )

    rng, scale, now = ctx.rng, ctx.scale, ctx.now
    groups = {
        g.id: g
        for g in Community.objects.filter(id__in=ctx.group_ids).only("id", "name", "time_zone")
    }
    facilitator_names = dict(
        User.objects.filter(
            id__in={f for fs in ctx.facilitators_by_group.values() for f in fs}
        ).values_list("id", "display_name")
    )
    per_group = max(scale.occurrences // len(groups), 2)
    upcoming_per_group = max(scale.upcoming // len(groups), 1)
    past_per_group = per_group - upcoming_per_group

    first_meeting, first_occurrence = next_id(Meeting), next_id(Occurrence)
    first_rsvp, first_agenda = next_id(Rsvp), next_id(AgendaItem)
    first_log, first_attendance, first_hours = (
        next_id(SessionLog),
        next_id(Attendance),
        next_id(HoursEntry),
    )
    meetings: list[Meeting] = []
    occurrences: list[Occurrence] = []
    rsvps: list[Rsvp] = []
    agenda: list[AgendaItem] = []
    logs: list[SessionLog] = []
    attendance: list[Attendance] = []
    hours: list[HoursEntry] = []
    for group_id, group in groups.items():
        members = ctx.members_by_group[group_id]
        facilitator = ctx.facilitators_by_group[group_id][0]
        meeting = Meeting(
            id=first_meeting + len(meetings),
            community_id=group_id,
            title="Monthly consultation",
            description="Two cases, then open discussion.",
            time_zone=group.time_zone,
            start_date=(now - timedelta(days=31 * past_per_group)).date(),
            start_time=time(18, 30),
            frequency=Meeting.Frequency.MONTHLY_NTH,
            count=per_group,
            created_by_id=facilitator,
            created_at=now - timedelta(days=31 * past_per_group + 5),
        )
        meetings.append(meeting)
        starts = [
            now - timedelta(days=31 * (past_per_group - i), hours=rng.randint(0, 5))
            for i in range(past_per_group)
        ]
        starts += [
            now + timedelta(minutes=rng.randint(60, 7 * 24 * 60)) for _ in range(upcoming_per_group)
        ]
        group_cases = ctx.cases_by_group.get(group_id, [])
        for starts_at in sorted(starts):
            occurrence = Occurrence(
                id=first_occurrence + len(occurrences),
                meeting_id=meeting.id,
                community_id=group_id,
                title=meeting.title,
                description=meeting.description,
                starts_at=starts_at,
                duration_minutes=90,
                location="Online",
                video_link="https://meet.example/practica-bench",
                updated_at=meeting.created_at,
            )
            occurrences.append(occurrence)
            for user_id in members:
                if rng.random() < 0.7 or user_id == ctx.member_id:
                    answer = rng.choices(["yes", "maybe", "no"], [60, 15, 25])[0]
                    rsvps.append(
                        Rsvp(
                            id=first_rsvp + len(rsvps),
                            occurrence_id=occurrence.id,
                            user_id=user_id,
                            answer=answer,
                            answered_yes_at=starts_at - timedelta(days=3)
                            if answer == "yes"
                            else None,
                            updated_at=starts_at - timedelta(days=3),
                        )
                    )
            for position in range(2):
                case_id = rng.choice(group_cases) if group_cases and position == 0 else None
                agenda.append(
                    AgendaItem(
                        id=first_agenda + len(agenda),
                        occurrence_id=occurrence.id,
                        proposed_by_id=rng.choice(members),
                        case_id=case_id,
                        topic="" if case_id else "Open discussion",
                        status="accepted",
                        position=position,
                        minutes=40,
                        created_at=starts_at - timedelta(days=7),
                    )
                )
            if starts_at >= now:
                continue
            log = SessionLog(
                id=first_log + len(logs),
                occurrence_id=occurrence.id,
                notes="Covered both cases; follow-up next month.",
                signed_off_at=starts_at + timedelta(hours=2),
                signed_off_by_id=facilitator,
                facilitator_name=facilitator_names.get(facilitator, ""),
                facilitator_credentials="LCSW",
                updated_at=starts_at + timedelta(hours=2),
            )
            logs.append(log)
            for user_id in members:
                status = rng.choices(["present", "partial", "absent"], [80, 10, 10])[0]
                if user_id == ctx.member_id:
                    status = "present"
                minutes = {"present": 90, "partial": 45, "absent": 0}[status]
                line = Attendance(
                    id=first_attendance + len(attendance),
                    log_id=log.id,
                    user_id=user_id,
                    status=status,
                    minutes=minutes,
                    presented=rng.random() < 0.1,
                )
                attendance.append(line)
                if minutes:
                    hours.append(
                        HoursEntry(
                            id=first_hours + len(hours),
                            user_id=user_id,
                            source=HoursEntry.Source.MEETING,
                            attendance_id=line.id,
                            community_id=group_id,
                            date=starts_at.date(),
                            group_name=group.name,
                            format=HoursEntry.Format.GROUP,
                            minutes=minutes,
                            presented_own_case=line.presented,
                            facilitator_name=log.facilitator_name,
                            facilitator_credentials="LCSW",
                            created_at=log.signed_off_at or now,
                        )
                    )
    for i in range(12):  # the member also logs individual consultation elsewhere
        hours.append(
            HoursEntry(
                id=first_hours + len(hours),
                user_id=ctx.member_id,
                source=HoursEntry.Source.SELF_REPORTED,
                date=date.today() - timedelta(days=30 * i),
                group_name="Individual supervision",
                format=HoursEntry.Format.INDIVIDUAL,
                minutes=60,
                facilitator_name="A supervisor",
                facilitator_credentials="PhD",
                reflection=ctx.prose.text(300),
                created_at=now,
            )
        )
    copy_rows(Meeting, meetings)
    copy_rows(Occurrence, occurrences)
    copy_rows(Rsvp, rsvps)
    copy_rows(AgendaItem, agenda)
    copy_rows(SessionLog, logs)
    copy_rows(Attendance, attendance)
    copy_rows(HoursEntry, hours)
    analyze(Meeting, Occurrence, Rsvp, AgendaItem, SessionLog, Attendance, HoursEntry)

    home = ctx.member_group_ids[0]
    upcoming = [o for o in occurrences if o.community_id == home and o.starts_at > now]
    ctx.targets["occurrence"] = upcoming[0].code
    ctx.counts.update(
        occurrences=len(occurrences),
        upcoming_occurrences=sum(1 for o in occurrences if o.starts_at > now),
        rsvps=len(rsvps),
        attendance=len(attendance),
        hours_entries=len(hours),
    )
