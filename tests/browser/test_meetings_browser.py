"""The group's monthly rhythm, end to end in Chromium: a facilitator schedules a "second
Tuesday" series, a member answers and proposes a case, time moves on and each reminder arrives
once, the facilitator signs off attendance, and the member downloads the CSV and a certificate
that the public verification page confirms. axe runs on every page on the way.

The facilitator signs in with a real TOTP code (enrolled via tests.conftest.enrol_totp).
"""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import time_machine
from allauth.mfa.models import Authenticator
from django.core import mail
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect

from cases.models import Case
from communities.outbox import dispatch_due
from sessions_log import planners
from sessions_log.models import Certificate, Occurrence
from tests.browser.conftest import axe_check, give_password, login, logout, screenshot
from tests.conftest import World, enrol_totp

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "a-long-and-unusual-passphrase-42"


def second_tuesday_after(day: date) -> date:
    month = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return month + timedelta(days=(1 - month.weekday()) % 7 + 7)


def reminders_to(email: str, code: str) -> list[Any]:
    return [
        m
        for m in mail.outbox
        if email in m.to and m.subject.startswith("Reminder:") and f"/meetings/{code}/" in m.body
    ]


def tick(now: Any) -> None:
    """What beat and the worker do: plan, then send what is due (twice, as repeated ticks)."""
    for _ in range(2):
        planners.plan_reminders(now=now)
        dispatch_due()


def test_a_month_of_meetings_from_scheduling_to_a_verified_certificate(
    page: Page, browser: Browser, live_server: Any, world: World, tmp_path: Path
) -> None:
    facilitator, member = world.user("facilitator"), world.user("member")
    assert facilitator is not None and member is not None
    for person in (facilitator, member):
        give_password(person, PASSWORD)
    Authenticator.objects.filter(user=facilitator).delete()
    secret = enrol_totp(facilitator)
    Case.objects.create(
        community=world.community, author=member, title="Stuck after the third session"
    )
    base = live_server.url
    slug = world.community.slug

    # 1. The facilitator schedules a "second Tuesday" series.
    login(page, live_server, facilitator.email, PASSWORD, totp_secret=secret)
    page.goto(f"{base}/groups/{slug}/meetings/new/")
    axe_check(page, context="schedule a meeting")
    first_day = second_tuesday_after(timezone.localdate())
    page.fill("#id_title", "Monthly consult")
    page.fill("#id_start_date", first_day.isoformat())
    page.fill("#id_start_time", "18:30")
    page.fill("#id_time_zone", "Europe/Berlin")
    page.fill("#id_duration_minutes", "90")
    page.select_option("#id_frequency", "monthly_nth")
    page.select_option("#id_ends", "count")
    page.fill("#id_count", "6")
    page.fill("#id_video_link", "https://video.example/monthly-room")
    page.get_by_role("button", name="Schedule").click()
    expect(page.get_by_text("Scheduled 6 meeting(s)")).to_be_visible()
    axe_check(page, context="meetings list")
    screenshot(page, "meetings-list")
    series = list(
        Occurrence.objects.filter(
            community=world.community, meeting__start_date=first_day
        ).order_by("starts_at")
    )
    assert len(series) == 6
    assert all(o.starts_at.weekday() == 1 for o in series)
    first = series[0]
    logout(page, live_server)

    # 2. A member answers yes (htmx) and proposes their case for the agenda.
    login(page, live_server, member.email, PASSWORD)
    page.goto(f"{base}/meetings/{first.code}/")
    axe_check(page, context="occurrence page")
    expect(page.get_by_role("link", name="join the call")).to_be_visible()
    page.get_by_role("button", name="Yes").click()
    expect(page.get_by_text("You answered yes")).to_be_visible()
    page.select_option("#id_case", label="Stuck after the third session")
    page.get_by_role("button", name="Propose").click()
    expect(page.get_by_text("Proposed for the agenda")).to_be_visible()
    axe_check(page, context="occurrence page after proposing")
    screenshot(page, "occurrence-page")
    logout(page, live_server)

    # 3. Time moves on: the day-before and the hour-before reminders arrive once each.
    with time_machine.travel(first.starts_at - timedelta(days=1) + timedelta(minutes=2)):
        tick(timezone.now())
        assert len(reminders_to(member.email, first.code)) == 1
        assert "tomorrow" in reminders_to(member.email, first.code)[0].subject
    with time_machine.travel(first.starts_at - timedelta(minutes=58)):
        tick(timezone.now())
    member_reminders = reminders_to(member.email, first.code)
    assert len(member_reminders) == 2
    assert "in an hour" in member_reminders[1].subject
    for message in member_reminders:
        text = message.body + "".join(str(part[0]) for part in message.alternatives)
        assert "monthly-room" not in text and "Stuck after the third session" not in text

    # 4. After the meeting the facilitator records attendance and signs off.
    with time_machine.travel(first.starts_at + timedelta(hours=2), tick=True):
        facilitator_context = browser.new_context(viewport={"width": 1280, "height": 900})
        fpage = facilitator_context.new_page()
        login(fpage, live_server, facilitator.email, PASSWORD, totp_secret=secret)
        fpage.goto(f"{base}/meetings/{first.code}/log/")
        axe_check(fpage, context="session log")
        fpage.select_option(f"#id_status_{member.pk}", "present")
        fpage.check(f"#id_presented_{member.pk}")
        fpage.select_option(f"#id_status_{facilitator.pk}", "present")
        fpage.fill("#id_notes", "Themes: pacing and repair after ruptures.")
        fpage.get_by_role("button", name="Save attendance").click()
        expect(fpage.get_by_text("Attendance saved")).to_be_visible()
        fpage.get_by_role("button", name="Sign off").click()
        expect(fpage.get_by_text("Signed off", exact=False).first).to_be_visible()
        axe_check(fpage, context="signed-off log")
        screenshot(fpage, "session-log-signed-off")
        facilitator_context.close()

        # 5. The member downloads the CSV and a certificate; the verification page confirms it.
        login(page, live_server, member.email, PASSWORD)
        page.goto(f"{base}/me/hours/")
        axe_check(page, context="hours ledger")
        expect(page.locator("td", has_text="Fran Facilitator").first).to_contain_text("LCSW")
        with page.expect_download() as csv_download:
            page.get_by_role("link", name="Download as CSV").click()
        csv_path = tmp_path / "hours.csv"
        csv_download.value.save_as(csv_path)
        rows = list(csv.reader(io.StringIO(csv_path.read_text())))
        assert rows[0][0] == "Date"
        assert any(row[1] == world.community.name and row[3] == "90" for row in rows[1:])
        page.fill("#id_start", (first.starts_at.date() - timedelta(days=1)).isoformat())
        page.fill("#id_end", (first.starts_at.date() + timedelta(days=1)).isoformat())
        with page.expect_download() as pdf_download:
            page.get_by_role("button", name="Download certificate").click()
        pdf_path = tmp_path / "certificate.pdf"
        pdf_download.value.save_as(pdf_path)
        assert pdf_path.read_bytes().startswith(b"%PDF")
        certificate = Certificate.objects.filter(user=member).latest("created_at")
        logout(page, live_server)
        page.goto(f"{base}/verify/{certificate.code}/")
        axe_check(page, context="verification page")
        expect(page.get_by_text("This certificate is genuine")).to_be_visible()
        expect(page.get_by_text("Mel Member")).to_be_visible()
        expect(page.get_by_text("90 minutes").first).to_be_visible()
        expect(page.get_by_text("Fran Facilitator, LCSW")).to_be_visible()
        assert "pacing" not in page.content()
        screenshot(page, "certificate-verification")
