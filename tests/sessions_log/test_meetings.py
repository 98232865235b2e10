"""Scheduling, the occurrence page, RSVPs with a waiting list, editing and the agenda."""

from __future__ import annotations

from datetime import datetime

import pytest
from django.test import Client

from communities.models import OutboxMessage, User
from sessions_log import services
from sessions_log.models import AgendaItem, Meeting, Occurrence, Rsvp
from tests.conftest import World
from tests.factories import MembershipFactory
from tests.sessions_log.conftest import schedule

pytestmark = pytest.mark.django_db


def schedule_form(**overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "title": "Monthly consult",
        "start_date": "2027-01-12",
        "start_time": "18:30",
        "time_zone": "Europe/Berlin",
        "duration_minutes": 90,
        "frequency": "monthly_nth",
        "ends": "count",
        "count": 12,
        "video_link": "https://video.example/room",
    }
    data.update(overrides)
    return data


def test_a_facilitator_schedules_a_second_tuesday_series(client_for, world: World) -> None:
    response = client_for("facilitator").post(
        f"/groups/{world.community.slug}/meetings/new/", schedule_form()
    )
    assert response.status_code == 302
    meeting = Meeting.objects.get(title="Monthly consult", start_date="2027-01-12")
    starts = [o.starts_at.astimezone(o.starts_at.tzinfo) for o in meeting.occurrences.all()]
    assert len(starts) == 12
    assert all(o.weekday() == 1 and 8 <= o.day <= 14 for o in starts)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"ends": "until", "until": "2026-12-01"}, "ends before it starts"),
        ({"time_zone": "Europe/Atlantis"}, "not a known time zone"),
        ({"frequency": "weekly", "count": 501}, "at most 500"),
        ({"frequency": "weekly", "ends": "until", "until": "2040-01-01"}, "more than 500"),
        ({"duration_minutes": 10}, "greater than or equal to 15"),
        ({"duration_minutes": 241}, "less than or equal to 240"),
        ({"title": "Consult\nDTSTART:20300101T000000Z"}, "line breaks or semicolons"),
    ],
)
def test_bad_scheduling_input_gets_a_clear_message_and_creates_nothing(
    client_for, world: World, overrides: dict[str, object], message: str
) -> None:
    before = Occurrence.objects.count()
    response = client_for("facilitator").post(
        f"/groups/{world.community.slug}/meetings/new/", schedule_form(**overrides)
    )
    assert response.status_code == 422
    assert message in response.content.decode()
    assert Occurrence.objects.count() == before


def test_the_occurrence_page_shows_both_zones_and_the_video_link_to_members(
    client_for, world: World, member: User
) -> None:
    member.time_zone = "America/Chicago"
    member.save(update_fields=["time_zone"])
    occurrence = world.objects["occurrence"]
    page = client_for("member").get(f"/meetings/{occurrence.code}/").content.decode()
    assert "America/Chicago" in page
    assert "Europe/Berlin" in page
    assert "https://video.example/room" in page


def test_the_occurrence_page_runs_a_constant_number_of_queries(
    world: World, facilitator: User, django_assert_max_num_queries
) -> None:
    occurrence = world.objects["occurrence"]
    client = Client()
    client.force_login(facilitator)
    client.get(f"/meetings/{occurrence.code}/")
    with django_assert_max_num_queries(30) as baseline:
        client.get(f"/meetings/{occurrence.code}/")
    for _ in range(6):
        person = MembershipFactory(community=world.community).user
        services.set_rsvp(occurrence=occurrence, user=person, answer="yes")
        services.propose_agenda_item(occurrence=occurrence, user=person, case=None, topic="Endings")
    with django_assert_max_num_queries(len(baseline.captured_queries)):
        response = client.get(f"/meetings/{occurrence.code}/")
    assert response.status_code == 200


def test_rsvp_works_with_htmx_and_without_javascript(
    client_for, world: World, member: User
) -> None:
    occurrence = world.objects["occurrence"]
    client = client_for("member")
    plain = client.post(f"/meetings/{occurrence.code}/rsvp/", {"answer": "yes"})
    assert plain.status_code == 302
    assert Rsvp.objects.get(occurrence=occurrence, user=member).answer == "yes"
    fragment = client.post(
        f"/meetings/{occurrence.code}/rsvp/", {"answer": "maybe"}, headers={"HX-Request": "true"}
    )
    assert fragment.status_code == 200
    assert "<html" not in fragment.content.decode()
    assert "maybe" in fragment.content.decode()
    bad = client.post(
        f"/meetings/{occurrence.code}/rsvp/", {"answer": "perhaps"}, headers={"HX-Request": "true"}
    )
    assert bad.status_code == 422
    assert Rsvp.objects.get(occurrence=occurrence, user=member).answer == "maybe"


def test_a_full_meeting_puts_yeses_on_a_waiting_list_and_promotes_the_first_by_mail(
    world: World, facilitator: User
) -> None:
    occurrence = schedule(world.community, facilitator, capacity=2).occurrences.get()
    first, second, third, fourth = (
        MembershipFactory(community=world.community).user for _ in range(4)
    )
    for person in (first, second, third, fourth):
        services.set_rsvp(occurrence=occurrence, user=person, answer="yes")
    waiting = Rsvp.objects.filter(occurrence=occurrence, is_waitlisted=True)
    assert {r.user_id for r in waiting} == {third.pk, fourth.pk}

    services.set_rsvp(occurrence=occurrence, user=first, answer="no")
    assert not Rsvp.objects.get(occurrence=occurrence, user=third).is_waitlisted
    assert Rsvp.objects.get(occurrence=occurrence, user=fourth).is_waitlisted
    promoted = OutboxMessage.objects.get(kind="meeting_promoted")
    assert promoted.recipient == third
    assert "room" not in str(promoted.context)


def test_capacity_cannot_drop_below_the_yes_count(world: World, facilitator: User) -> None:
    occurrence = schedule(world.community, facilitator).occurrences.get()
    for _ in range(3):
        person = MembershipFactory(community=world.community).user
        services.set_rsvp(occurrence=occurrence, user=person, answer="yes")
    with pytest.raises(services.MeetingError, match="cannot be lower"):
        services.edit_occurrences(
            occurrence=occurrence,
            actor=facilitator,
            details=services.MeetingDetails("Monthly consult", "", 90, 2, "", ""),
            start_local=datetime(2027, 1, 12, 18, 30),
            and_following=False,
        )
    occurrence.refresh_from_db()
    assert occurrence.capacity is None
    assert occurrence.sequence == 0


def test_editing_this_and_following_moves_the_later_ones_and_tells_members(
    world: World, facilitator: User, member: User
) -> None:
    meeting = schedule(
        world.community,
        facilitator,
        start=datetime(2027, 1, 12, 18, 30),
        frequency="monthly_nth",
        count=6,
    )
    occurrences = list(meeting.occurrences.order_by("starts_at"))
    third = occurrences[2]
    services.edit_occurrences(
        occurrence=third,
        actor=facilitator,
        details=services.MeetingDetails("Monthly consult", "", 120, None, "", ""),
        start_local=datetime(2027, 3, 9, 19, 0),
        and_following=True,
    )
    after = list(meeting.occurrences.order_by("starts_at"))
    assert [o.sequence for o in after] == [0, 0, 1, 1, 1, 1]
    assert {o.starts_at.astimezone(o.starts_at.tzinfo).hour for o in after[:2]} == {17}  # UTC
    for o in after[2:]:
        local = o.starts_at.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Berlin"))
        assert (local.hour, local.minute, o.duration_minutes) == (19, 0, 120)
        assert local.weekday() == 1 and 8 <= local.day <= 14
    assert OutboxMessage.objects.filter(kind="meeting_moved", recipient=member).count() == 4


def test_cancelling_tells_members_but_not_those_who_said_no(
    world: World, facilitator: User, member: User
) -> None:
    occurrence = world.objects["occurrence"]
    services.set_rsvp(occurrence=occurrence, user=member, answer="no")
    services.cancel_occurrences(occurrence=occurrence, actor=facilitator, and_following=False)
    recipients = set(
        OutboxMessage.objects.filter(kind="meeting_cancelled").values_list("recipient", flat=True)
    )
    assert facilitator.pk in recipients
    assert member.pk not in recipients


def test_members_propose_topics_and_the_phi_guard_blocks_identifying_ones(
    client_for, world: World, member: User
) -> None:
    occurrence = world.objects["occurrence"]
    client = client_for("member")
    blocked = client.post(
        f"/meetings/{occurrence.code}/agenda/",
        {"topic": "Call John Smith at 555-123-4567"},
    )
    assert blocked.status_code == 422
    assert "may identify someone" in blocked.content.decode()
    assert not AgendaItem.objects.filter(topic__contains="555").exists()
    ok = client.post(f"/meetings/{occurrence.code}/agenda/", {"topic": "Working with shame"})
    assert ok.status_code == 302
    assert AgendaItem.objects.filter(topic="Working with shame", proposed_by=member).exists()


def test_a_member_proposes_their_own_case_and_a_facilitator_accepts_and_time_boxes_it(
    client_for, world: World, member: User
) -> None:
    from cases.models import Case

    case = Case.objects.create(community=world.community, author=member, title="Stuck in therapy")
    occurrence = world.objects["occurrence"]
    response = client_for("member").post(
        f"/meetings/{occurrence.code}/agenda/", {"case": case.code}
    )
    assert response.status_code == 302
    item = AgendaItem.objects.get(case=case)
    settle = client_for("facilitator").post(
        f"/meetings/{occurrence.code}/agenda/settle/",
        {"item": item.pk, "status": "accepted", "position": 1, "minutes": 40},
    )
    assert settle.status_code == 302
    item.refresh_from_db()
    assert (item.status, item.minutes) == ("accepted", 40)
    page = client_for("unaccepted").get(f"/meetings/{occurrence.code}/").content.decode()
    assert "Stuck in therapy" not in page  # case titles need the covenant
    assert (
        "Stuck in therapy"
        in client_for("member").get(f"/meetings/{occurrence.code}/").content.decode()
    )


def test_proposing_someone_elses_case_is_not_possible(
    client_for, world: World, facilitator: User
) -> None:
    from cases.models import Case

    case = Case.objects.create(community=world.community, author=facilitator, title="Theirs")
    occurrence = world.objects["occurrence"]
    response = client_for("member").post(
        f"/meetings/{occurrence.code}/agenda/", {"case": case.code}
    )
    assert response.status_code == 422
    assert not AgendaItem.objects.filter(case=case).exists()


def test_the_group_home_panel_shows_the_next_meeting_and_its_agenda(
    world: World, member: User
) -> None:
    from communities.access import membership_for
    from sessions_log.panels import next_meeting_panel

    occurrence = world.objects["occurrence"]
    item = world.objects["agenda_item"]
    item.status = "accepted"
    item.save(update_fields=["status"])
    context = next_meeting_panel(member, world.community, membership_for(member, world.community))
    assert context is not None
    assert context["occurrence"] == occurrence
    assert [i.topic for i in context["occurrence"].accepted_agenda] == ["Endings"]
    assert next_meeting_panel(member, world.community, None) is None


def test_raising_the_capacity_promotes_people_from_the_waiting_list(
    world: World, facilitator: User
) -> None:
    occurrence = schedule(world.community, facilitator, capacity=1).occurrences.get()
    first, second = (MembershipFactory(community=world.community).user for _ in range(2))
    services.set_rsvp(occurrence=occurrence, user=first, answer="yes")
    services.set_rsvp(occurrence=occurrence, user=second, answer="yes")
    assert Rsvp.objects.get(occurrence=occurrence, user=second).is_waitlisted
    local = occurrence.starts_at.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Berlin"))
    services.edit_occurrences(
        occurrence=occurrence,
        actor=facilitator,
        details=services.MeetingDetails("Monthly consult", "", 90, 2, "", ""),
        start_local=local.replace(tzinfo=None),
        and_following=False,
    )
    assert not Rsvp.objects.get(occurrence=occurrence, user=second).is_waitlisted
    assert OutboxMessage.objects.filter(kind="meeting_promoted", recipient=second).exists()
