"""The session log, sign-off, the hours ledger, its CSV, the certificate and its verification."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from communities.models import User
from sessions_log import services
from sessions_log.models import Attendance, Certificate, HoursEntry, Occurrence, SessionLog
from tests.conftest import World
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def attendance_form(occurrence: Occurrence, world: World, **extra: object) -> dict[str, object]:
    member = world.user("member")
    facilitator = world.user("facilitator")
    unaccepted = world.user("unaccepted")
    data: dict[str, object] = {
        f"status_{member.pk}": "present",
        f"presented_{member.pk}": "on",
        f"status_{facilitator.pk}": "present",
        f"status_{unaccepted.pk}": "partial",
        f"minutes_{unaccepted.pk}": 45,
        "notes": "Themes: pacing, ruptures and repair.",
    }
    suspended = world.user("suspended")
    data[f"status_{suspended.pk}"] = "absent"
    data.update(extra)
    return data


def test_a_facilitator_records_attendance_signs_off_and_the_hours_appear(
    client_for, world: World, member: User, facilitator: User
) -> None:
    occurrence = world.objects["past_occurrence"]
    client = client_for("facilitator")
    response = client.post(f"/meetings/{occurrence.code}/log/", attendance_form(occurrence, world))
    assert response.status_code == 302, response.content.decode()[:2000]
    log = SessionLog.objects.get(occurrence=occurrence)
    assert log.attendance.get(user=world.user("unaccepted")).minutes == 45

    facilitator.credentials = "PhD"
    facilitator.save(update_fields=["credentials"])
    assert client.post(f"/meetings/{occurrence.code}/log/sign-off/").status_code == 302
    log.refresh_from_db()
    assert log.is_signed_off
    assert (log.facilitator_name, log.facilitator_credentials) == ("Fran Facilitator", "PhD")
    entry = HoursEntry.objects.get(user=member, attendance__log=log)
    assert (entry.minutes, entry.presented_own_case, entry.facilitator_credentials) == (
        90,
        True,
        "PhD",
    )
    assert not HoursEntry.objects.filter(user=world.user("suspended"), attendance__log=log).exists()

    # Locked: a later change of credentials or an attempt to edit changes nothing.
    facilitator.credentials = "PsyD"
    facilitator.save(update_fields=["credentials"])
    again = client.post(
        f"/meetings/{occurrence.code}/log/", attendance_form(occurrence, world, notes="Changed")
    )
    assert again.status_code == 422
    assert "signed off and can no longer be changed" in again.content.decode()
    log.refresh_from_db()
    assert log.notes.startswith("Themes")
    entry.refresh_from_db()
    assert entry.facilitator_credentials == "PhD"


def test_identifying_notes_are_blocked_until_edited_or_acknowledged(
    client_for, world: World
) -> None:
    occurrence = world.objects["past_occurrence"]
    client = client_for("facilitator")
    data = attendance_form(occurrence, world, notes="Client Maria Gonzalez, DOB 03/04/1980")
    blocked = client.post(f"/meetings/{occurrence.code}/log/", data)
    assert blocked.status_code == 422
    assert "may identify someone" in blocked.content.decode()
    assert not SessionLog.objects.filter(occurrence=occurrence).exists()


def test_partial_attendance_needs_plausible_minutes(client_for, world: World) -> None:
    occurrence = world.objects["past_occurrence"]
    unaccepted = world.user("unaccepted")
    data = attendance_form(occurrence, world, **{f"minutes_{unaccepted.pk}": 0})
    response = client_for("facilitator").post(f"/meetings/{occurrence.code}/log/", data)
    assert response.status_code == 422
    assert not Attendance.objects.exists()


def test_attendance_cannot_be_recorded_before_the_meeting(client_for, world: World) -> None:
    occurrence = world.objects["occurrence"]
    response = client_for("facilitator").post(
        f"/meetings/{occurrence.code}/log/", attendance_form(occurrence, world)
    )
    assert response.status_code == 422
    assert not SessionLog.objects.exists()


def test_the_hours_page_totals_per_period_and_group(client_for, member: User) -> None:
    today = timezone.localdate()
    services.add_external_hours(
        user=member,
        day=today,
        group_name="EMDR consultation",
        format="individual",
        minutes=60,
        facilitator_name="Dr Lee",
        facilitator_credentials="EMDRIA Approved Consultant",
    )
    page = client_for("member").get("/me/hours/").content.decode()
    assert "Self-reported" in page
    assert "EMDR consultation: 60 min" in page
    assert "Trauma consultation circle: 90 min" in page


def test_the_csv_neutralises_cells_that_a_spreadsheet_would_run(client_for, member: User) -> None:
    for name in ('=HYPERLINK("http://evil")', "+1", "-1", "@SUM(A1)"):
        services.add_external_hours(
            user=member,
            day=timezone.localdate(),
            group_name=name,
            format="group",
            minutes=30,
            facilitator_name="",
            facilitator_credentials="",
        )
    response = client_for("member").get("/me/hours/export.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    groups = [row[1] for row in rows[1:]]
    assert '\'=HYPERLINK("http://evil")' in groups
    assert {"'+1", "'-1", "'@SUM(A1)"} <= set(groups)
    assert not any(cell[:1] in "=+-@\t" for row in rows for cell in row if cell)


def test_a_cell_starting_with_a_tab_or_carriage_return_is_neutralised_too() -> None:
    from sessions_log.views import neutralise

    assert neutralise("\tTab") == "'\tTab"
    assert neutralise("\r=1") == "'\r=1"
    assert neutralise("Plain") == "Plain"


def test_reflections_are_private_and_guarded(client_for, world: World, member: User) -> None:
    entry = world.objects["hours_entry"]
    client = client_for("member")
    blocked = client.post(
        "/me/hours/reflection/", {"entry": entry.pk, "reflection": "Saw J. Doe at 555-867-5309"}
    )
    assert blocked.status_code == 422
    entry.refresh_from_db()
    assert entry.reflection == ""
    ok = client.post("/me/hours/reflection/", {"entry": entry.pk, "reflection": "Slow down."})
    assert ok.status_code == 302
    entry.refresh_from_db()
    assert entry.reflection == "Slow down."
    assert (
        client_for("facilitator")
        .post("/me/hours/reflection/", {"entry": entry.pk, "reflection": "x"})
        .status_code
        == 404
    )


def test_the_certificate_is_a_pdf_and_its_code_verifies_without_clinical_detail(
    client_for, world: World, member: User
) -> None:
    entry = world.objects["hours_entry"]
    entry.reflection = "A private thought"
    entry.save(update_fields=["reflection"])
    client = client_for("member")
    response = client.post(
        "/me/hours/certificate/",
        {"start": (entry.date - timedelta(days=1)).isoformat(), "end": entry.date.isoformat()},
    )
    assert response.status_code == 302
    pdf = client.get(response["Location"])
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    certificate = Certificate.objects.filter(user=member).latest("created_at")
    assert certificate.meeting_minutes == 90
    verify = Client().get(f"/verify/{certificate.code}/").content.decode()
    assert "Mel Member" in verify
    assert "90 minutes" in verify
    assert "Fran Facilitator" in verify
    assert "A private thought" not in verify
    assert Client().get("/verify/forged1234/").status_code == 404


def test_a_certificate_for_an_empty_or_backwards_period_is_refused(client_for) -> None:
    client = client_for("member")
    backwards = client.post("/me/hours/certificate/", {"start": "2026-05-01", "end": "2026-04-01"})
    assert backwards.status_code == 422
    assert "ends before it starts" in backwards.content.decode()
    empty = client.post("/me/hours/certificate/", {"start": "2020-01-01", "end": "2020-02-01"})
    assert empty.status_code == 422
    assert "no hours in this period" in empty.content.decode()


def test_someone_elses_certificate_pdf_is_a_404(world: World) -> None:
    stranger = Client()
    stranger.force_login(UserFactory())
    code = world.objects["certificate"].code
    assert stranger.get(f"/me/hours/certificates/{code}.pdf").status_code == 404


def test_the_rhythm_view_shows_attendance_presenters_and_the_silent(
    client_for, world: World, facilitator: User
) -> None:
    occurrence = world.objects["past_occurrence"]
    client_for("facilitator").post(
        f"/meetings/{occurrence.code}/log/", attendance_form(occurrence, world)
    )
    services.sign_off_session_log(occurrence=occurrence, actor=facilitator)
    page = client_for("facilitator").get(f"/groups/{world.community.slug}/meetings/rhythm/")
    content = page.content.decode()
    assert page.status_code == 200
    silent = [user.public_name for user in page.context["silent"]]
    assert "Mel Member" not in silent
    assert "1 / 1" in content
