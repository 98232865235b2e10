"""Reads for the pages of sessions_log, each in a fixed number of queries."""

from __future__ import annotations

import zoneinfo
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db.models import Exists, OuterRef, QuerySet, Sum
from django.utils import timezone

from cases.access import cases_visible_to
from cases.models import Case, Recusal
from communities.access import has_accepted_current_covenant
from communities.models import Community, Membership, User
from sessions_log import recurrence
from sessions_log.models import AgendaItem, Attendance, HoursEntry, Occurrence, Rsvp, SessionLog


def _zone(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


def group_meetings(*, community: Community, membership: Membership) -> dict[str, Any]:
    now = timezone.now()
    base = Occurrence.objects.filter(community=community).select_related("meeting")
    upcoming = list(base.filter(starts_at__gte=now - timedelta(hours=3)).order_by("starts_at")[:24])
    past = list(base.filter(starts_at__lt=now - timedelta(hours=3)).order_by("-starts_at")[:12])
    return {
        "community": community,
        "membership": membership,
        "is_facilitator": membership.role == Membership.Role.FACILITATOR,
        "upcoming": upcoming,
        "past": past,
    }


COVENANT_FIRST = "accept the group's covenant to see it"
STEPPED_OUT = "you stepped out of this one"
UNAVAILABLE = "no longer available"


def label_agenda_cases(items: list[AgendaItem], *, viewer: User, can_see_cases: bool) -> None:
    """Decide, per agenda item about a case, whether this viewer may read the case's title.

    Sets ``item.case_title`` (the title, or "") and ``item.case_withheld`` (why it is not
    shown, or ""). The title shows only when cases' own rules let the viewer see the case
    (``cases_visible_to``: accepted covenant, not recused, not hidden or deleted); a member
    who recused ("I may know this client") sees "A case (you stepped out of this one)". The
    item stays in the list: its place and time still matter to them (when to step out) and to
    facilitators who settle it. One query, whatever the length of the agenda.
    """
    case_ids = {item.case_id for item in items if item.case_id}
    readable: set[int] = set()
    recused: set[int] = set()
    if case_ids and can_see_cases:
        # Both answers in one query: readable by cases' own rules, and recused (which
        # ``cases_visible_to`` excludes, but the label needs to say why).
        rows = (
            Case.objects.filter(pk__in=case_ids)
            .annotate(
                is_readable=Exists(cases_visible_to(viewer).filter(pk=OuterRef("pk"))),
                is_recused=Exists(Recusal.objects.filter(user=viewer, case=OuterRef("pk"))),
            )
            .values_list("pk", "is_readable", "is_recused")
        )
        for pk, is_readable, is_recused in rows:
            if is_readable:
                readable.add(pk)
            if is_recused:
                recused.add(pk)
    for item in items:
        item.case_title = ""  # type: ignore[attr-defined]
        item.case_withheld = ""  # type: ignore[attr-defined]
        if not item.case_id:
            continue
        if not can_see_cases:
            item.case_withheld = COVENANT_FIRST  # type: ignore[attr-defined]
        elif item.case_id in recused:
            item.case_withheld = STEPPED_OUT  # type: ignore[attr-defined]
        elif item.case_id in readable and item.case is not None:
            item.case_title = item.case.title  # type: ignore[attr-defined]
        else:
            item.case_withheld = UNAVAILABLE  # type: ignore[attr-defined]


def own_cases_for_agenda(*, user: User, community: Community) -> list[Case]:
    """The viewer's cases to choose from when proposing: codes and titles only (the choice
    list and the proposal's foreign key need nothing else; the bodies are large)."""
    return list(
        cases_visible_to(user)
        .filter(community=community, author=user, visibility=Case.Visibility.VISIBLE)
        .only("id", "code", "title")
        .order_by("-created_at")[:50]
    )


def occurrence_page(
    *, occurrence: Occurrence, membership: Membership, viewer: User
) -> dict[str, Any]:
    """Everything the occurrence page shows, in a constant number of queries."""
    can_see_cases = has_accepted_current_covenant(membership)
    is_facilitator = membership.role == Membership.Role.FACILITATOR
    rsvps = list(occurrence.rsvps.select_related("user").order_by("answered_yes_at", "id"))
    mine = next((r for r in rsvps if r.user_id == viewer.pk), None)
    agenda = list(
        occurrence.agenda.select_related("case", "proposed_by").order_by("position", "id")
    )
    if not is_facilitator:
        agenda = [
            item
            for item in agenda
            if item.status == AgendaItem.Status.ACCEPTED or item.proposed_by_id == viewer.pk
        ]
    label_agenda_cases(agenda, viewer=viewer, can_see_cases=can_see_cases)
    own_cases = (
        [
            (case.code, case.title)
            for case in own_cases_for_agenda(user=viewer, community=occurrence.community)
        ]
        if can_see_cases
        else []
    )
    presenters: list[dict[str, Any]] = []
    if is_facilitator:
        presenters = _presentation_history(occurrence.community_id)
    yes = [r for r in rsvps if r.answer == Rsvp.Answer.YES and not r.is_waitlisted]
    return {
        "occurrence": occurrence,
        "community": occurrence.community,
        "membership": membership,
        "is_facilitator": is_facilitator,
        "can_see_cases": can_see_cases,
        "starts_viewer": occurrence.starts_at.astimezone(_zone(viewer.time_zone)),
        "starts_group": occurrence.starts_at.astimezone(_zone(occurrence.meeting.time_zone)),
        "ends_group": occurrence.ends_at.astimezone(_zone(occurrence.meeting.time_zone)),
        "viewer_zone": viewer.time_zone,
        "group_zone": occurrence.meeting.time_zone,
        "same_zone": viewer.time_zone == occurrence.meeting.time_zone,
        "rule_label": recurrence.describe(
            recurrence.Rule(
                start_local=occurrence.meeting.start_local,
                time_zone=occurrence.meeting.time_zone,
                frequency=occurrence.meeting.frequency,
                count=occurrence.meeting.count,
                until=occurrence.meeting.until,
            )
        ),
        "my_rsvp": mine,
        "coming": yes,
        "maybe": [r for r in rsvps if r.answer == Rsvp.Answer.MAYBE],
        "waiting": [r for r in rsvps if r.is_waitlisted],
        "seats_left": None
        if occurrence.capacity is None
        else max(occurrence.capacity - len(yes), 0),
        "agenda": agenda,
        "own_cases": own_cases,
        "presenters": presenters,
        "is_past": occurrence.ends_at < timezone.now(),
        "answers": Rsvp.Answer.choices,
    }


def _presentation_history(community_id: int) -> list[dict[str, Any]]:
    """Who presented when (accepted agenda items and signed-off logs), least recent first,
    so facilitators can rotate fairly."""
    history: dict[int, dict[str, Any]] = {}
    for user_id, name, email, starts_at in AgendaItem.objects.filter(
        occurrence__community=community_id,
        status=AgendaItem.Status.ACCEPTED,
        occurrence__cancelled_at__isnull=True,
    ).values_list(
        "proposed_by_id", "proposed_by__display_name", "proposed_by__email", "occurrence__starts_at"
    ):
        entry = history.setdefault(user_id, {"name": name or email.split("@")[0], "dates": []})
        entry["dates"].append(starts_at)
    for entry in history.values():
        entry["dates"].sort(reverse=True)
        entry["last"] = entry["dates"][0]
    return sorted(history.values(), key=lambda entry: entry["last"])


def log_page(
    *, occurrence: Occurrence
) -> tuple[SessionLog | None, list[User], dict[int, Attendance]]:
    log = SessionLog.objects.filter(occurrence=occurrence).select_related("signed_off_by").first()
    members = [
        membership.user
        for membership in Membership.objects.filter(
            community=occurrence.community_id, status=Membership.Status.ACTIVE
        )
        .select_related("user")
        .order_by("user__display_name")
    ]
    attendance: dict[int, Attendance] = {}
    if log is not None:
        attendance = {line.user_id: line for line in log.attendance.select_related("user")}
        # People who left since still appear in a log that recorded them.
        known = {member.pk for member in members}
        members += [line.user for line in attendance.values() if line.user_id not in known]
    return log, members, attendance


def hours_page(*, user: User, today: date) -> dict[str, Any]:
    entries = list(HoursEntry.objects.filter(user=user).order_by("-date", "-id"))
    month_start = today.replace(day=1)
    year_start = today.replace(month=1, day=1)

    def total(since: date | None) -> int:
        return sum(e.minutes for e in entries if since is None or e.date >= since)

    by_group: dict[str, int] = defaultdict(int)
    for entry in entries:
        by_group[entry.group_name] += entry.minutes
    return {
        "entries": entries,
        "totals": [
            ("This month", total(month_start)),
            ("This year", total(year_start)),
            ("Last 12 months", total(today - timedelta(days=365))),
            ("All time", total(None)),
        ],
        "by_group": sorted(by_group.items()),
        "self_reported_minutes": sum(e.minutes for e in entries if e.is_self_reported),
        "certificates": list(user.certificates.all()[:10]),
    }


def group_rhythm(*, community: Community, months: int = 6) -> dict[str, Any]:
    """Attendance per member per month, who presented when, and who has been silent."""
    tz = _zone(community.time_zone)
    now = timezone.now()
    first_month = (
        now.astimezone(tz).date().replace(day=1) - timedelta(days=31 * (months - 1))
    ).replace(day=1)
    month_keys: list[date] = []
    cursor = first_month
    while cursor <= now.astimezone(tz).date():
        month_keys.append(cursor)
        cursor = (cursor + timedelta(days=32)).replace(day=1)
    members = list(
        Membership.objects.filter(community=community, status=Membership.Status.ACTIVE)
        .select_related("user")
        .order_by("user__display_name")
    )
    lines = Attendance.objects.filter(
        log__occurrence__community=community,
        log__signed_off_at__isnull=False,
        log__occurrence__starts_at__gte=datetime.combine(first_month, time(0), tzinfo=tz),
    ).values_list("user_id", "status", "presented", "log__occurrence__starts_at")
    meetings_per_month: dict[date, set[Any]] = defaultdict(set)
    attended: dict[tuple[int, date], int] = defaultdict(int)
    presented: dict[int, list[date]] = defaultdict(list)
    for user_id, status, did_present, starts_at in lines:
        day = starts_at.astimezone(tz).date()
        month = day.replace(day=1)
        meetings_per_month[month].add(starts_at)
        if status != Attendance.Status.ABSENT:
            attended[(user_id, month)] += 1
        if did_present:
            presented[user_id].append(day)
    rows = []
    for membership in members:
        user_id = membership.user_id
        cells = [
            {
                "attended": attended.get((user_id, month), 0),
                "held": len(meetings_per_month.get(month, ())),
            }
            for month in month_keys
        ]
        total_attended = sum(cell["attended"] for cell in cells)
        rows.append(
            {
                "user": membership.user,
                "cells": cells,
                "presented": sorted(presented.get(user_id, []), reverse=True),
                "is_silent": total_attended == 0 and not presented.get(user_id),
            }
        )
    return {
        "community": community,
        "months": month_keys,
        "rows": rows,
        "silent": [row["user"] for row in rows if row["is_silent"]],
        "held": sum(len(v) for v in meetings_per_month.values()),
    }


def upcoming_for_dashboard(user: User, *, limit: int = 5) -> QuerySet[Occurrence]:
    return (
        Occurrence.objects.filter(
            community__memberships__user=user,
            community__memberships__status=Membership.Status.ACTIVE,
            cancelled_at__isnull=True,
            starts_at__gte=timezone.now(),
        )
        .select_related("community")
        .order_by("starts_at")[:limit]
    )


def minutes_total(entries: QuerySet[HoursEntry]) -> int:
    return entries.aggregate(total=Sum("minutes"))["total"] or 0
