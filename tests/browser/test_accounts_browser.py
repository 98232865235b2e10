"""A clinician's first visit, end to end in Chromium: sign up, confirm, enrol TOTP, sign back in."""

from __future__ import annotations

import re
import time
from typing import Any

import pyotp
import pytest
from allauth.mfa.models import Authenticator
from django.core import mail
from playwright.sync_api import Page, expect

from communities.models import User
from tests.browser.conftest import (
    axe_check,
    give_password,
    login,
    logout,
    screenshot,
    screenshot_both,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

EMAIL = "ana.ruiz@example.org"
PASSWORD = "a-long-and-unusual-passphrase-42"


def _confirmation_link(live_server: Any) -> str:
    if not mail.outbox:
        # Mail may go through the outbox: send what is due, as the worker would.
        try:
            from communities.outbox import dispatch_due  # type: ignore[attr-defined]
        except ImportError:
            dispatch_due = None
        if dispatch_due is not None:
            dispatch_due()
    assert mail.outbox, "no confirmation mail was sent"
    body = mail.outbox[-1].body
    match = re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+/", body)
    assert match, f"no confirmation link in: {body}"
    # The mail carries SITE_URL; the browser talks to the live server.
    path = match.group(0).split("/accounts/", 1)[1]
    return f"{live_server.url}/accounts/{path}"


def _stable_code(secret: str, used: str = "") -> str:
    """A TOTP code with a few seconds of its 30-second window left, and not the one already used
    (allauth refuses a code twice)."""
    totp = pyotp.TOTP(secret)
    while time.time() % 30 > 24 or totp.now() == used:
        time.sleep(1)
    return totp.now()


def test_a_clinician_signs_up_confirms_enrols_totp_and_signs_back_in_with_a_code(
    page: Page, live_server: Any
) -> None:
    page.goto(f"{live_server.url}/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    axe_check(page, "landing")
    screenshot_both(page, "landing")

    page.get_by_role("link", name="Create an account").first.click()
    expect(page).to_have_url(re.compile(r"/accounts/signup/$"))
    assert page.locator("datalist#time-zones option[value='Europe/Berlin']").count() == 1
    assert page.get_attribute("input[name=time_zone]", "list") == "time-zones"
    axe_check(page, "sign-up")
    screenshot_both(page, "signup")

    page.fill("input[name=display_name]", "Dr Ana Ruiz")
    page.fill("input[name=credentials]", "PhD, licensed psychologist")
    page.fill("input[name=email]", EMAIL)
    page.fill("input[name=time_zone]", "Europe/Berlin")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/$"))
    axe_check(page, "verification sent")

    page.goto(_confirmation_link(live_server))
    axe_check(page, "confirm email")
    screenshot(page, "confirm-email")
    page.locator("main form button[type=submit]").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Dr Ana Ruiz")
    user = User.objects.get(email=EMAIL)
    assert user.time_zone == "Europe/Berlin"
    assert user.credentials == "PhD, licensed psychologist"

    page.goto(f"{live_server.url}/accounts/2fa/")
    axe_check(page, "MFA index")
    screenshot(page, "mfa-index")
    page.goto(f"{live_server.url}/accounts/2fa/totp/activate/")
    if "/reauthenticate" in page.url:
        page.fill("input[name=password]", PASSWORD)
        page.locator("main form button[type=submit]").first.click()
    secret = page.input_value("#authenticator_secret")
    assert re.fullmatch(r"[A-Z2-7]{16,}", secret)
    axe_check(page, "TOTP enrolment")
    screenshot_both(page, "mfa-enrolment")
    enrol_code = _stable_code(secret)
    page.fill("input[name=code]", enrol_code)
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/accounts/2fa/(recovery-codes/)?$"))
    axe_check(page, "after TOTP enrolment")
    screenshot(page, "mfa-after-enrolment")
    page.goto(f"{live_server.url}/accounts/2fa/recovery-codes/")
    expect(page.locator("main")).to_contain_text("recovery codes")
    axe_check(page, "recovery codes")

    page.goto(f"{live_server.url}/")
    axe_check(page, "dashboard")
    screenshot_both(page, "dashboard")

    logout(page, live_server)
    expect(
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Sign in")
    ).to_be_visible()
    page.goto(f"{live_server.url}/")
    expect(page.get_by_role("link", name="Create an account").first).to_be_visible()

    page.goto(f"{live_server.url}/accounts/login/")
    axe_check(page, "sign in")
    screenshot(page, "login")
    page.fill("input[name=login]", EMAIL)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/"))
    axe_check(page, "second factor")
    screenshot(page, "mfa-authenticate")
    page.fill("input[name=code]", _stable_code(secret, enrol_code))
    page.locator("main form button[type=submit]").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome, Dr Ana Ruiz")

    page.goto(f"{live_server.url}/accounts/sessions/")
    axe_check(page, "signed-in devices")
    screenshot(page, "sessions")


def test_account_pages_wear_the_site_look_and_pass_axe(page: Page, live_server: Any) -> None:
    give_password(UserFactory(email="mel@example.org", display_name="Mel Member"), PASSWORD)
    for path, name in [
        ("/accounts/password/reset/", "password-reset"),
        ("/accounts/signup/", "signup-empty"),
    ]:
        page.goto(f"{live_server.url}{path}")
        axe_check(page, name)
    page.goto(f"{live_server.url}/accounts/signup/")
    page.fill("input[name=display_name]", "Dr Bad Input")
    page.fill("input[name=email]", "mel@example.org")
    page.fill("input[name=time_zone]", "Mars/Olympus_Mons")
    page.fill("input[name=password1]", "password")
    page.fill("input[name=password2]", "passw0rd")
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".form-errors[role=alert]")).to_be_visible()
    assert page.get_attribute("input[name=time_zone]", "aria-invalid") == "true"
    described = page.get_attribute("input[name=time_zone]", "aria-describedby") or ""
    assert "id_time_zone_error" in described
    expect(page.locator("#id_time_zone_error")).to_contain_text("not a known time zone")
    axe_check(page, "sign-up with errors")
    screenshot(page, "signup-errors")

    login(page, live_server, "mel@example.org", PASSWORD)
    for path, name in [
        ("/accounts/email/", "email"),
        ("/accounts/password/change/", "password-change"),
        ("/accounts/2fa/", "mfa-index"),
        ("/accounts/2fa/webauthn/", "webauthn-list"),
        ("/accounts/2fa/webauthn/add/", "webauthn-add"),
        ("/accounts/sessions/", "sessions"),
        ("/accounts/reauthenticate/", "reauthenticate"),
        ("/accounts/logout/", "logout-confirm"),
        ("/this-page-does-not-exist/", "not-found"),
    ]:
        page.goto(f"{live_server.url}{path}")
        expect(page.locator("header.site-header")).to_be_visible()
        axe_check(page, name)
        screenshot(page, f"account-{name}")
    # Adding a passkey: allauth asks for the password again, then loads its WebAuthn scripts,
    # which must run under our CSP (a violation fails the test through console_errors).
    page.goto(f"{live_server.url}/accounts/2fa/webauthn/add/")
    if "/reauthenticate" in page.url:
        page.fill("input[name=password]", PASSWORD)
        page.locator("main form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/accounts/2fa/webauthn/add/"))
    expect(page.locator("#mfa_webauthn_add")).to_be_visible()
    assert page.evaluate("typeof window.allauth?.webauthn?.forms?.addForm") == "function"
    axe_check(page, "add a passkey")
    screenshot(page, "account-webauthn-add-form")

    page.goto(f"{live_server.url}/accounts/email/")
    expect(page.get_by_role("navigation", name="Your account")).to_be_visible()
    expect(page.locator(".account-nav a[aria-current=page]")).to_have_text("Email addresses")


def test_a_clinician_adds_a_passkey_and_signs_in_with_it(page: Page, live_server: Any) -> None:
    """allauth's WebAuthn scripts run under the strict CSP, against Chromium's virtual key."""
    user = give_password(UserFactory(email="pia@example.org", display_name="Pia Passkey"), PASSWORD)
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )

    login(page, live_server, user.email, PASSWORD)
    page.goto(f"{live_server.url}/accounts/2fa/webauthn/add/")
    if "/reauthenticate" in page.url:
        page.fill("input[name=password]", PASSWORD)
        page.locator("main form button[type=submit]").first.click()
    page.fill("input[name=name]", "Laptop")
    page.check("input[name=passwordless]")
    page.locator("#mfa_webauthn_add").click()
    # Not the add page itself, which the old pattern matched before the POST had finished.
    page.wait_for_url(re.compile(r"/accounts/2fa/(recovery-codes/.*|webauthn/)$"))
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.WEBAUTHN).exists()
    axe_check(page, "after adding a passkey")

    logout(page, live_server)
    page.goto(f"{live_server.url}/accounts/login/")
    page.locator("#passkey_login").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome, Pia Passkey")
