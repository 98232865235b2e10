"""Mail settings and the one-click unsubscribe, in Chromium against a live server."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from communities import services
from communities.mail import unsubscribe_token
from communities.models import NotificationPreferences, OutboxMessage
from tests.browser.conftest import axe_check, login, screenshot_both
from tests.conftest import enrol_totp
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_clinician_saves_mail_settings_in_the_browser(page: Page, live_server: Any) -> None:
    user = UserFactory(email="settings@example.org")
    services.preferences_for(user)
    login(page, live_server, user.email, DEFAULT_PASSWORD)

    page.goto(f"{live_server.url}/me/notifications/")
    expect(page.get_by_role("heading", name="Mail and calendar settings")).to_be_visible()
    axe_check(page, context="mail settings")
    screenshot_both(page, "mail-settings")

    page.get_by_label("Daily").check()
    page.get_by_label("1 week before").check()
    page.get_by_label("1 hour before").uncheck()
    page.get_by_label("In the digest").check()
    page.get_by_role("button", name="Save mail settings").click()

    expect(page.get_by_text("Your mail settings are saved.")).to_be_visible()
    expect(page.get_by_label("Daily")).to_be_checked()
    prefs = NotificationPreferences.objects.get(user=user)
    assert prefs.digest == "daily"
    assert prefs.reminder_lead_minutes == [10080, 1440]
    assert prefs.replies == "digest"
    old_token = prefs.calendar_token

    page.get_by_role("button", name="Make a new feed address").click()
    expect(page.get_by_text("Your calendar feed has a new address.")).to_be_visible()
    new_token = NotificationPreferences.objects.get(user=user).calendar_token
    assert new_token != old_token
    expect(page.get_by_label("Your personal feed")).to_have_value(
        f"http://testserver/calendar/{new_token}.ics"
    )


def test_the_unsubscribe_link_works_signed_out_and_offers_to_tone_down(
    page: Page, live_server: Any
) -> None:
    user = UserFactory(email="reader@example.org")
    prefs = services.preferences_for(user)
    prefs.digest = NotificationPreferences.Digest.DAILY
    prefs.save()

    page.goto(f"{live_server.url}/mail/unsubscribe/{unsubscribe_token(user.pk, 'digest')}/")
    expect(page.get_by_role("heading", name="Less mail from Practica")).to_be_visible()
    axe_check(page, context="unsubscribe confirm")
    screenshot_both(page, "unsubscribe-confirm")
    assert NotificationPreferences.objects.get(user=user).digest == "daily"  # GET changed nothing

    page.get_by_label("Send the digest weekly instead of daily").check()
    page.get_by_role("button", name="Confirm").click()

    expect(page.get_by_role("heading", name="Done")).to_be_visible()
    axe_check(page, context="unsubscribe done")
    assert NotificationPreferences.objects.get(user=user).digest == "weekly"


def test_a_forged_unsubscribe_link_shows_a_clear_page(page: Page, live_server: Any) -> None:
    page.goto(f"{live_server.url}/mail/unsubscribe/not-a-real-token/")

    expect(page.get_by_role("heading", name="This link does not work")).to_be_visible()
    expect(page.get_by_text("Nothing was changed.")).to_be_visible()
    axe_check(page, context="unsubscribe invalid")


def test_a_moderator_sees_and_retries_the_outbox(page: Page, live_server: Any) -> None:
    moderator = UserFactory(email="mod@example.org", is_site_moderator=True)
    secret = enrol_totp(moderator)
    row = services.enqueue_mail(key="welcome:demo", kind="welcome", recipient=moderator, context={})
    assert row is not None
    OutboxMessage.objects.filter(pk=row.pk).update(
        state=OutboxMessage.State.FAILED, last_error="550 5.1.1 No such user here"
    )
    login(page, live_server, moderator.email, DEFAULT_PASSWORD, totp_secret=secret)

    page.goto(f"{live_server.url}/moderation/outbox/")
    expect(page.get_by_role("heading", name="Outbox", exact=True)).to_be_visible()
    expect(page.get_by_text("550 5.1.1 No such user here")).to_be_visible()
    axe_check(page, context="moderator outbox")
    screenshot_both(page, "moderator-outbox")

    page.get_by_role("button", name="Retry welcome:demo").click()

    expect(page.get_by_text("welcome:demo: pending.")).to_be_visible()
    row.refresh_from_db()
    assert row.state == OutboxMessage.State.PENDING
