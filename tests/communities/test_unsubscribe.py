"""The one-click unsubscribe: a signed link that works signed out, acts only on POST."""

from __future__ import annotations

import time
from typing import Any
from unittest import mock

import pytest
from django.core import mail as django_mail
from django.core import signing
from django.test import Client

from communities import outbox, services
from communities.mail import UNSUBSCRIBE_SALT, unsubscribe_token
from communities.models import AuditEvent, NotificationPreferences, User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader() -> User:
    user = UserFactory(email="reader@example.org")
    prefs = services.preferences_for(user)
    prefs.digest = NotificationPreferences.Digest.DAILY
    prefs.save()
    return user


def prefs_of(user: User) -> NotificationPreferences:
    return NotificationPreferences.objects.get(user=user)


def path_for(user: User, category: str) -> str:
    return f"/mail/unsubscribe/{unsubscribe_token(user.pk, category)}/"


def test_get_shows_a_confirm_page_and_changes_nothing(reader: User) -> None:
    response = Client().get(path_for(reader, "digest"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Send the digest weekly instead of daily" in html
    assert "Stop the digest" in html
    assert prefs_of(reader).digest == "daily"


def test_signed_out_the_reader_can_tone_the_digest_down_to_weekly(reader: User) -> None:
    response = Client(enforce_csrf_checks=True).post(
        path_for(reader, "digest"), {"action": "weekly"}
    )

    assert response.status_code == 200
    assert "You will receive less mail" in response.content.decode()
    assert prefs_of(reader).digest == "weekly"
    assert AuditEvent.objects.filter(action="mail.unsubscribed", target_user=reader).exists()


def test_the_rfc_8058_one_click_post_switches_the_category_off_without_csrf(reader: User) -> None:
    response = Client(enforce_csrf_checks=True).post(
        path_for(reader, "digest"),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert prefs_of(reader).digest == "off"


@pytest.mark.parametrize(
    ("category", "action", "check"),
    [
        ("replies", "digest", lambda p: p.replies == "digest"),
        ("replies", "off", lambda p: p.replies == "off"),
        ("reminders", "fewer", lambda p: p.reminder_lead_minutes == [60]),
        ("reminders", "off", lambda p: p.reminder_lead_minutes == []),
        ("product", "off", lambda p: p.non_essential_opt_in is False),
        ("account", "quieter", lambda p: (p.digest, p.mail_enabled) == ("weekly", True)),
        ("account", "off", lambda p: p.mail_enabled is False),
    ],
)
def test_each_category_offers_its_own_tone_down_and_off(
    reader: User, category: str, action: str, check: Any
) -> None:
    Client().post(path_for(reader, category), {"action": action})

    assert check(prefs_of(reader))


def test_a_forged_token_gets_a_clear_page_and_changes_nothing(reader: User) -> None:
    token = unsubscribe_token(reader.pk, "digest")
    forged = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")

    response = Client().post(f"/mail/unsubscribe/{forged}/", {"action": "off"})

    assert response.status_code == 400
    assert "The link is not valid. Nothing was changed." in response.content.decode()
    assert prefs_of(reader).digest == "daily"


def test_a_token_signed_for_another_purpose_is_refused(reader: User) -> None:
    other = signing.dumps({"u": reader.pk, "c": "digest"}, salt="another.purpose")

    response = Client().post(f"/mail/unsubscribe/{other}/", {"action": "off"})

    assert response.status_code == 400
    assert prefs_of(reader).digest == "daily"


def test_an_expired_token_gets_a_clear_page_and_changes_nothing(reader: User) -> None:
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 61 * 86400):
        token = signing.dumps({"u": reader.pk, "c": "digest"}, salt=UNSUBSCRIBE_SALT)

    response = Client().post(f"/mail/unsubscribe/{token}/", {"action": "off"})

    assert response.status_code == 400
    assert "expired" in response.content.decode()
    assert prefs_of(reader).digest == "daily"


def test_another_signed_in_users_token_gets_a_clear_page_and_changes_nothing(
    reader: User,
) -> None:
    someone = UserFactory()
    client = Client()
    client.force_login(someone, backend="django.contrib.auth.backends.ModelBackend")

    response = client.post(path_for(reader, "digest"), {"action": "off"})

    assert response.status_code == 403
    assert "belongs to another account" in response.content.decode()
    assert prefs_of(reader).digest == "daily"


def test_an_action_the_category_does_not_offer_changes_nothing(reader: User) -> None:
    response = Client().post(path_for(reader, "digest"), {"action": "fewer"})

    assert response.status_code == 400
    assert "Please choose one of the options" in response.content.decode()
    assert prefs_of(reader).digest == "daily"


def test_the_link_in_a_sent_welcome_mail_switches_account_mail_off(reader: User) -> None:
    services.enqueue_welcome(user=reader, email=reader.email)
    outbox.dispatch_due()
    header = django_mail.outbox[0].extra_headers["List-Unsubscribe"]
    path = header.strip("<>").removeprefix("http://testserver")

    Client().post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )

    assert prefs_of(reader).mail_enabled is False
