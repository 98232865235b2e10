"""The demo dataset and the dashboard's upcoming meetings."""

from __future__ import annotations

import pytest

from communities import demo as communities_demo
from communities.models import User
from sessions_log import demo, services
from sessions_log.models import AgendaItem, HoursEntry, Meeting
from tests.conftest import World

pytestmark = pytest.mark.django_db


def test_the_demo_seeds_a_second_tuesday_series_with_hours_and_an_agenda_once() -> None:
    communities_demo.seed()
    created = demo.seed()
    assert created >= 1
    assert demo.seed() == 0  # idempotent
    meeting = Meeting.objects.get(community__slug="emdr-consultation")
    for occurrence in meeting.occurrences.all():
        local = occurrence.starts_at.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Berlin"))
        assert local.weekday() == 1 and 8 <= local.day <= 14 and local.hour == 18
    member = User.objects.get(email="member@example.com")
    entries = HoursEntry.objects.filter(user=member)
    assert entries.exists()
    first, last = min(e.date for e in entries), max(e.date for e in entries)
    certificate = services.issue_certificate(user=member, period_start=first, period_end=last)
    assert certificate.meeting_minutes > 0
    assert AgendaItem.objects.filter(occurrence__meeting=meeting, status="accepted").exists()


def test_the_demo_skips_groups_that_do_not_exist() -> None:
    assert demo.seed() == 0


def test_the_dashboard_lists_upcoming_meetings(client_for, world: World) -> None:
    page = client_for("member").get("/").content.decode()
    assert "Upcoming meetings" in page
    assert f"/meetings/{world.objects['occurrence'].code}/" in page
    assert "Upcoming meetings" not in client_for("outsider").get("/").content.decode()


def test_deleting_an_account_erases_reflections_certificates_and_future_answers(
    world: World, member: User
) -> None:
    from sessions_log.models import Certificate, Rsvp
    from sessions_log.panels import erase_account

    entry = world.objects["hours_entry"]
    entry.reflection = "Private thought"
    entry.save(update_fields=["reflection"])
    services.set_rsvp(occurrence=world.objects["occurrence"], user=member, answer="yes")
    erase_account(user=member, purge_case_texts=True)
    entry.refresh_from_db()
    assert entry.reflection == ""
    assert not Certificate.objects.filter(user=member).exists()
    assert not Rsvp.objects.filter(user=member).exists()
