"""The mail settings page, the calendar feed token, the welcome mail and the bounce notice."""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from django.core import mail as django_mail
from django.test import Client

from communities import outbox, services
from communities.models import AuditEvent, NotificationPreferences, OutboxMessage, User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
UTC = zoneinfo.ZoneInfo("UTC")


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_the_page_shows_the_defaults_one_day_and_one_hour_reminders() -> None:
    user = UserFactory()

    response = signed_in(user).get("/me/notifications/")

    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r'value="1440"[^>]*checked', html)
    assert re.search(r'value="60"[^>]*checked', html)
    assert not re.search(r'value="180"[^>]*checked', html)
    assert not re.search(r'value="10080"[^>]*checked', html)
    prefs = services.preferences_for(user)
    assert f"/calendar/{prefs.calendar_token}.ics" in html


def test_saving_the_form_changes_every_preference_and_is_audited() -> None:
    user = UserFactory()

    response = signed_in(user).post(
        "/me/notifications/",
        {
            "digest": "daily",
            "reminder_lead_minutes": ["10080", "180"],
            "replies": "digest",
            "non_essential_opt_in": "on",
        },
    )

    assert response.status_code == 302
    prefs = NotificationPreferences.objects.get(user=user)
    assert prefs.mail_enabled is False  # the master switch was left unticked
    assert prefs.digest == "daily"
    assert prefs.reminder_lead_minutes == [10080, 180]
    assert prefs.replies == "digest"
    assert prefs.non_essential_opt_in is True
    assert AuditEvent.objects.filter(action="mail.preferences_changed", actor=user).exists()


def test_bad_input_gets_a_clear_message_and_changes_nothing() -> None:
    user = UserFactory()
    before = services.preferences_for(user)

    response = signed_in(user).post(
        "/me/notifications/",
        {"mail_enabled": "on", "digest": "hourly", "reminder_lead_minutes": ["7"], "replies": "x"},
    )

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    after = NotificationPreferences.objects.get(user=user)
    assert (after.digest, after.reminder_lead_minutes, after.replies) == (
        before.digest,
        before.reminder_lead_minutes,
        before.replies,
    )


def test_rotating_the_calendar_token_replaces_the_feed_address() -> None:
    user = UserFactory()
    old = services.preferences_for(user).calendar_token

    response = signed_in(user).post("/me/notifications/calendar-token/")

    assert response.status_code == 302
    new = NotificationPreferences.objects.get(user=user).calendar_token
    assert new != old
    assert len(new) >= 32
    assert AuditEvent.objects.filter(action="calendar.token_rotated", target_user=user).exists()


def test_the_page_makes_a_constant_number_of_queries(
    django_assert_max_num_queries: Callable[..., Any],
) -> None:
    user = UserFactory()
    client = signed_in(user)
    client.get("/me/notifications/")
    with django_assert_max_num_queries(12):
        client.get("/me/notifications/")


def test_the_moderator_outbox_page_makes_the_same_queries_for_1_or_20_rows(
    moderator: User, django_assert_num_queries: Callable[..., Any]
) -> None:
    client = signed_in(moderator)

    def add(n: int) -> None:
        for i in range(n):
            row = services.enqueue_mail(
                key=f"q:{OutboxMessage.objects.count()}:{i}",
                kind="welcome",
                recipient=moderator,
                context={},
            )
            assert row is not None
            OutboxMessage.objects.filter(pk=row.pk).update(
                state=OutboxMessage.State.FAILED, last_error="550"
            )

    add(1)
    client.get("/moderation/outbox/")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        assert client.get("/moderation/outbox/").status_code == 200
    add(19)
    with django_assert_num_queries(len(one.captured_queries)):
        response = client.get("/moderation/outbox/")
    assert response.content.decode().count("550") >= 20


def test_a_moderator_retries_from_the_outbox_page(moderator: User) -> None:
    row = services.enqueue_mail(key="x", kind="welcome", recipient=moderator, context={})
    assert row is not None
    OutboxMessage.objects.filter(pk=row.pk).update(state=OutboxMessage.State.FAILED)

    response = signed_in(moderator).post(
        "/moderation/outbox/", {"message": row.pk, "action": "retry"}
    )

    assert response.status_code == 302
    row.refresh_from_db()
    assert row.state == OutboxMessage.State.PENDING
    assert AuditEvent.objects.filter(action="outbox.retried", actor=moderator).exists()


def test_a_member_cannot_act_on_the_outbox(member: User) -> None:
    row = services.enqueue_mail(key="x", kind="welcome", recipient=member, context={})
    assert row is not None

    response = signed_in(member).post(
        "/moderation/outbox/", {"message": row.pk, "action": "cancel"}
    )

    assert response.status_code == 403
    row.refresh_from_db()
    assert row.state == OutboxMessage.State.PENDING


def test_the_dev_mail_page_lists_mail_written_by_the_file_mailer(
    settings: Any, tmp_path: Any
) -> None:
    settings.DEBUG = True
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": str(tmp_path)},
        }
    }
    user = UserFactory(display_name="Dr Newcomer")
    services.enqueue_welcome(user=user, email=user.email)
    outbox.dispatch_due()

    response = Client().get("/dev/mail/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Welcome to Practica" in html
    assert "Hello Dr Newcomer" in html
    assert "List-Unsubscribe" in html


def test_signing_up_and_confirming_the_address_enqueues_one_welcome_mail() -> None:
    response = Client().post(
        "/accounts/signup/",
        {
            "display_name": "Dr Ana Ruiz",
            "credentials": "LCSW",
            "email": "ana@example.org",
            "time_zone": "Europe/Berlin",
            "password1": "a long enough passphrase",
            "password2": "a long enough passphrase",
        },
    )
    assert response.status_code == 302
    confirmation = django_mail.outbox[-1].body
    link = re.search(r"/accounts/confirm-email/[^/\s]+/", confirmation)
    assert link is not None

    client = Client()
    assert client.post(link.group(0)).status_code == 302
    client.post(link.group(0))

    rows = OutboxMessage.objects.filter(kind="welcome")
    assert [(r.to_email, r.key.startswith("welcome:")) for r in rows] == [("ana@example.org", True)]
    outbox.dispatch_due()
    assert django_mail.outbox[-1].subject == "Welcome to Practica"


def test_after_repeated_bounces_the_user_is_told_on_their_next_sign_in() -> None:
    user = UserFactory(email="bouncy@example.org")
    prefs = services.preferences_for(user)
    prefs.bounce_notice_pending = True
    prefs.save()
    client = Client()

    response = client.post(
        "/accounts/login/",
        {"login": "bouncy@example.org", "password": "correct horse battery staple"},
        follow=True,
    )

    assert "keeps bouncing" in response.content.decode()
    assert NotificationPreferences.objects.get(user=user).bounce_notice_pending is False


def test_resuming_mail_lifts_the_bounce_suppression() -> None:
    user = UserFactory()
    prefs = services.preferences_for(user)
    prefs.hard_bounces = 3
    prefs.mail_suppressed_at = datetime(2026, 1, 1, tzinfo=UTC)
    prefs.save()

    signed_in(user).post("/me/notifications/resume/")

    prefs.refresh_from_db()
    assert (prefs.hard_bounces, prefs.mail_suppressed_at) == (0, None)


@pytest.mark.parametrize(
    ("zone", "after", "expected_utc"),
    [
        # Berlin in winter is UTC+1: 08:00 local is 07:00 UTC, the same day when before it.
        ("Europe/Berlin", datetime(2026, 1, 15, 5, 0, tzinfo=UTC), datetime(2026, 1, 15, 7, 0)),
        # ... and the next day once that morning has passed.
        ("Europe/Berlin", datetime(2026, 1, 15, 9, 0, tzinfo=UTC), datetime(2026, 1, 16, 7, 0)),
        # Across the spring change (29 March 2026) it stays 08:00 local, now UTC+2.
        ("Europe/Berlin", datetime(2026, 3, 28, 12, 0, tzinfo=UTC), datetime(2026, 3, 29, 6, 0)),
        # Chicago, late evening UTC is still the afternoon before.
        ("America/Chicago", datetime(2026, 7, 1, 2, 0, tzinfo=UTC), datetime(2026, 7, 1, 13, 0)),
        # Sydney: 09:00 on the 2nd locally, so the next morning is the 3rd.
        ("Australia/Sydney", datetime(2026, 7, 1, 23, 0, tzinfo=UTC), datetime(2026, 7, 2, 22, 0)),
    ],
)
def test_next_local_morning_is_eight_in_the_recipients_own_zone(
    zone: str, after: datetime, expected_utc: datetime
) -> None:
    user = User(time_zone=zone)

    due = services.next_local_morning(user, after=after)

    assert due == expected_utc.replace(tzinfo=UTC)
    assert due.astimezone(zoneinfo.ZoneInfo(zone)).hour == 8
