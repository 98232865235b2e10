"""Rows for sessions_log: meetings, calendars, the session log, hours and certificates."""

from __future__ import annotations

from datetime import date, time, timedelta

from django.utils import timezone

from communities.services import preferences_for
from sessions_log.models import (
    AgendaItem,
    Certificate,
    HoursEntry,
    Meeting,
    Occurrence,
)
from tests.conftest import World
from tests.matrix import (
    Route,
    answers,
    facilitators_only,
    members_only,
    signed_in,
)


def extend_world(world: World) -> None:
    community = world.community
    facilitator = world.user("facilitator")
    member = world.user("member")
    assert facilitator is not None and member is not None
    now = timezone.now()
    meeting = Meeting.objects.create(
        community=community,
        title="Monthly consult",
        time_zone=community.time_zone,
        start_date=date(2026, 1, 13),
        start_time=time(18, 30),
        frequency=Meeting.Frequency.MONTHLY_NTH,
        count=12,
        created_by=facilitator,
    )
    common = {"meeting": meeting, "community": community, "title": "Monthly consult"}
    upcoming = Occurrence.objects.create(
        starts_at=now + timedelta(days=10), video_link="https://video.example/room", **common
    )
    past = Occurrence.objects.create(starts_at=now - timedelta(days=20), **common)
    item = AgendaItem.objects.create(occurrence=upcoming, proposed_by=member, topic="Endings")
    entry = HoursEntry.objects.create(
        user=member,
        source=HoursEntry.Source.MEETING,
        community=community,
        date=(now - timedelta(days=20)).date(),
        group_name=community.name,
        minutes=90,
        facilitator_name=facilitator.public_name,
        facilitator_credentials=facilitator.credentials,
    )
    certificate = Certificate.objects.create(
        user=member,
        holder_name=member.public_name,
        period_start=entry.date,
        period_end=entry.date,
        meeting_minutes=90,
    )
    world.objects.update(
        occurrence=upcoming,
        past_occurrence=past,
        agenda_item=item,
        hours_entry=entry,
        certificate=certificate,
        member_calendar_token=preferences_for(member).calendar_token,
    )


def _occurrence(world: World) -> str:
    return world.objects["occurrence"].code


def _past(world: World) -> str:
    return world.objects["past_occurrence"].code


TODAY = timezone.now().date().isoformat()

ROUTES = [
    Route("sessions_log:list", lambda w: f"/groups/{w.community.slug}/meetings/", members_only()),
    Route(
        "sessions_log:create",
        lambda w: f"/groups/{w.community.slug}/meetings/new/",
        facilitators_only(),
    ),
    Route(
        "sessions_log:create",
        lambda w: f"/groups/{w.community.slug}/meetings/new/",
        facilitators_only(422),
        method="POST",
        data={"title": "Bad\r\nSUMMARY:injected", "duration_minutes": 5},
    ),
    Route(
        "sessions_log:rhythm",
        lambda w: f"/groups/{w.community.slug}/meetings/rhythm/",
        facilitators_only(),
    ),
    Route("sessions_log:detail", lambda w: f"/meetings/{_occurrence(w)}/", members_only()),
    Route(
        "sessions_log:rsvp",
        lambda w: f"/meetings/{_occurrence(w)}/rsvp/",
        members_only(302),
        method="POST",
        data={"answer": "yes"},
    ),
    Route(
        "sessions_log:rsvp",
        lambda w: f"/meetings/{_occurrence(w)}/rsvp/",
        members_only(200),
        method="POST",
        data={"answer": "maybe"},
        htmx=True,
    ),
    Route("sessions_log:edit", lambda w: f"/meetings/{_occurrence(w)}/edit/", facilitators_only()),
    Route(
        "sessions_log:cancel",
        lambda w: f"/meetings/{_occurrence(w)}/cancel/",
        facilitators_only(302),
        method="POST",
        data={"scope": "this"},
    ),
    Route(
        "sessions_log:propose",
        lambda w: f"/meetings/{_occurrence(w)}/agenda/",
        members_only(302),
        method="POST",
        data={"topic": "Ruptures in the working alliance"},
    ),
    Route(
        "sessions_log:settle",
        lambda w: f"/meetings/{_occurrence(w)}/agenda/settle/",
        facilitators_only(302),
        method="POST",
        data=lambda w: {
            "item": w.objects["agenda_item"].pk,
            "status": "accepted",
            "position": 1,
            "minutes": 30,
        },
    ),
    Route(
        "sessions_log:invite", lambda w: f"/meetings/{_occurrence(w)}/invite.ics", members_only()
    ),
    Route("sessions_log:log", lambda w: f"/meetings/{_past(w)}/log/", facilitators_only()),
    Route(
        "sessions_log:sign_off",
        lambda w: f"/meetings/{_past(w)}/log/sign-off/",
        facilitators_only(302),
        method="POST",
    ),
    # The token is the credential: whoever holds it gets that one person's feed.
    Route(
        "sessions_log:feed",
        lambda w: f"/calendar/{w.objects['member_calendar_token']}.ics",
        answers(200),
    ),
    Route("sessions_log:feed", "/calendar/forged-token.ics", answers(404)),
    Route(
        "sessions_log:check",
        "/meetings/check/",
        signed_in(200),
        method="POST",
        data={"notes": "Worked on pacing and rupture repair."},
    ),
    Route("sessions_log:hours", "/me/hours/", signed_in(200)),
    Route(
        "sessions_log:hours_add",
        "/me/hours/add/",
        signed_in(302),
        method="POST",
        data={
            "date": TODAY,
            "group_name": "Regional EMDR consultation",
            "format": "group",
            "minutes": 60,
            "facilitator_name": "A. Consultant",
        },
    ),
    Route(
        "sessions_log:reflection",
        "/me/hours/reflection/",
        signed_in(404, member=302),
        method="POST",
        data=lambda w: {"entry": w.objects["hours_entry"].pk, "reflection": "Stay curious."},
    ),
    Route("sessions_log:hours_csv", "/me/hours/export.csv", signed_in(200)),
    Route(
        "sessions_log:certificate",
        "/me/hours/certificate/",
        signed_in(422, member=302),
        method="POST",
        data=lambda w: {
            "start": w.objects["hours_entry"].date.isoformat(),
            "end": w.objects["hours_entry"].date.isoformat(),
        },
    ),
    Route(
        "sessions_log:certificate_pdf",
        lambda w: f"/me/hours/certificates/{w.objects['certificate'].code}.pdf",
        signed_in(404, member=200),
    ),
    Route(
        "sessions_log:verify", lambda w: f"/verify/{w.objects['certificate'].code}/", answers(200)
    ),
    Route("sessions_log:verify", "/verify/forgedcode/", answers(404)),
]
