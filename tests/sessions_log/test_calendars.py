"""Calendar files parse, keep their UID, raise SEQUENCE on every change, carry a VTIMEZONE,
say CANCELLED, and never carry the video link or clinical text."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.test import Client
from icalendar import Calendar

from communities.models import User
from communities.services import preferences_for
from sessions_log import services
from sessions_log.models import Occurrence
from tests.conftest import World
from tests.sessions_log.conftest import schedule

pytestmark = pytest.mark.django_db


def events(data: bytes) -> list:  # type: ignore[type-arg]
    return list(Calendar.from_ical(data).walk("VEVENT"))


def details(occurrence: Occurrence, **changes: object) -> services.MeetingDetails:
    fields = {
        "title": occurrence.title,
        "description": occurrence.description,
        "duration_minutes": occurrence.duration_minutes,
        "capacity": occurrence.capacity,
        "location": occurrence.location,
        "video_link": occurrence.video_link,
        **changes,
    }
    return services.MeetingDetails(**fields)  # type: ignore[arg-type]


def test_the_invite_keeps_its_uid_and_raises_sequence_across_an_edit_and_a_cancellation(
    client_for, facilitator: User, occurrence: Occurrence
) -> None:
    client = client_for("member")
    url = f"/meetings/{occurrence.code}/invite.ics"
    first = events(client.get(url).content)[0]
    assert str(first["UID"]) == f"{occurrence.code}@practica"
    assert int(first["SEQUENCE"]) == 0
    assert str(first["STATUS"]) == "CONFIRMED"

    local = occurrence.starts_at.astimezone(first.decoded("DTSTART").tzinfo)
    services.edit_occurrences(
        occurrence=occurrence,
        actor=facilitator,
        details=details(occurrence),
        start_local=(local + timedelta(hours=1)).replace(tzinfo=None),
        and_following=False,
    )
    moved = events(client.get(url).content)[0]
    assert str(moved["UID"]) == str(first["UID"])
    assert int(moved["SEQUENCE"]) == 1
    assert moved.decoded("DTSTART") - first.decoded("DTSTART") == timedelta(hours=1)

    occurrence.refresh_from_db()
    services.cancel_occurrences(occurrence=occurrence, actor=facilitator, and_following=False)
    cancelled = events(client.get(url).content)[0]
    assert str(cancelled["UID"]) == str(first["UID"])
    assert int(cancelled["SEQUENCE"]) == 2
    assert str(cancelled["STATUS"]) == "CANCELLED"


def test_the_invite_has_a_vtimezone_and_local_times_but_no_video_link(
    client_for, occurrence: Occurrence
) -> None:
    response = client_for("member").get(f"/meetings/{occurrence.code}/invite.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    zones = [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")]
    assert zones == ["Europe/Berlin"]
    event = calendar.walk("VEVENT")[0]
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert b"secret-room" not in response.content
    assert b"video.example" not in response.content


def test_a_title_with_line_breaks_or_semicolons_is_refused_by_the_form(
    client_for, world: World
) -> None:
    client = client_for("facilitator")
    for title in ("Consult\r\nATTENDEE:mailto:evil@example.org", "Consult; DESCRIPTION:x"):
        response = client.post(
            f"/groups/{world.community.slug}/meetings/new/",
            {
                "title": title,
                "start_date": "2027-01-12",
                "start_time": "18:30",
                "time_zone": "Europe/Berlin",
                "duration_minutes": 90,
                "frequency": "none",
            },
        )
        assert response.status_code == 422
        assert "line breaks or semicolons" in response.content.decode()
    assert not Occurrence.objects.filter(title__startswith="Consult").exists()


def test_the_icalendar_library_escapes_what_reaches_it_so_nothing_is_injected(
    client_for, world: World, facilitator: User
) -> None:
    # Locations are checked by the form too; here one arrives through the service directly.
    meeting = schedule(world.community, facilitator, title="Endings, and beginnings")
    occurrence = meeting.occurrences.get()
    occurrence.location = "Room 1;\r\nATTENDEE:mailto:evil@example.org"
    occurrence.save(update_fields=["location"])
    data = client_for("member").get(f"/meetings/{occurrence.code}/invite.ics").content
    assert b"\r\nATTENDEE" not in data
    event = events(data)[0]
    assert "ATTENDEE" not in event
    assert b"Room 1\\;\\nATTENDEE" in data  # escaped: one property value, not a new line
    assert str(event["LOCATION"]).startswith("Room 1;")
    assert str(event["SUMMARY"]).startswith("Endings, and beginnings")


def test_the_feed_lists_only_its_owners_groups_and_stops_working_when_rotated(
    world: World, facilitator: User, member: User, outsider: User
) -> None:
    from tests.factories import CommunityFactory, MembershipFactory

    other_group = CommunityFactory()
    MembershipFactory(community=other_group, user=outsider, role="facilitator")
    elsewhere = schedule(other_group, outsider, title="Elsewhere").occurrences.get()
    prefs = preferences_for(member)
    client = Client()
    data = client.get(f"/calendar/{prefs.calendar_token}.ics").content
    uids = {str(event["UID"]) for event in events(data)}
    assert f"{world.objects['occurrence'].code}@practica" in uids
    assert f"{elsewhere.code}@practica" not in uids
    assert b"video.example" not in data

    from communities.services import rotate_calendar_token

    old = prefs.calendar_token
    new = rotate_calendar_token(user=member)
    assert client.get(f"/calendar/{old}.ics").status_code == 404
    assert client.get(f"/calendar/{new}.ics").status_code == 200


def test_a_forged_feed_token_is_a_404(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/calendar/not-a-real-token.ics").status_code == 404


def test_the_feed_runs_a_constant_number_of_queries(
    world: World, facilitator: User, member: User, django_assert_max_num_queries
) -> None:
    token = preferences_for(member).calendar_token
    client = Client()
    client.get(f"/calendar/{token}.ics")
    with django_assert_max_num_queries(3) as few:
        client.get(f"/calendar/{token}.ics")
    schedule(
        world.community,
        facilitator,
        start=datetime(2027, 1, 12, 18, 30),
        frequency="monthly_nth",
        count=12,
    )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(f"/calendar/{token}.ics")
    assert len(events(response.content)) >= 13


def test_the_vtimezone_is_built_once_and_reused_by_later_calendars(
    world: World, facilitator: User, occurrence: Occurrence
) -> None:
    from sessions_log import ics

    evening = schedule(
        world.community, facilitator, title="Evening group", start=datetime(2027, 1, 12, 18, 30)
    )
    evening.time_zone = "America/New_York"
    evening.save(update_fields=["time_zone"])
    occurrences = list(
        Occurrence.objects.filter(community=world.community).select_related("meeting", "community")
    )
    ics._vtimezone.cache_clear()

    first = ics.build_calendar(occurrences, site_url="https://practica.example")
    built = ics._vtimezone.cache_info().misses
    second = ics.build_calendar(occurrences, site_url="https://practica.example")

    assert built == 2  # one per zone
    assert ics._vtimezone.cache_info().misses == built  # the second calendar reused them
    calendar = Calendar.from_ical(second)
    assert sorted(str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")) == [
        "America/New_York",
        "Europe/Berlin",
    ]
    assert calendar.get_missing_tzids() == set()
    kinds = [component.name for component in calendar.subcomponents]
    assert kinds.index("VEVENT") > max(i for i, k in enumerate(kinds) if k == "VTIMEZONE")
    for zone in calendar.walk("VTIMEZONE"):  # the transitions around the meetings are there
        assert zone.walk("STANDARD") and zone.walk("DAYLIGHT")
    zones_only = [part for part in first.split(b"BEGIN:VEVENT")[0].split(b"\r\n") if part]
    assert zones_only == [part for part in second.split(b"BEGIN:VEVENT")[0].split(b"\r\n") if part]
