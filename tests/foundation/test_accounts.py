"""Accounts: sign-up and its bad input, confirmation, sign-in and out, MFA policy, sessions."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta
from typing import Any

import pytest
import time_machine
from allauth.account.models import EmailAddress
from allauth.usersessions.models import UserSession
from django.core import mail
from django.test import Client
from django.utils import timezone
from pytest_django.fixtures import Settings as SettingsWrapper

from communities.models import Membership, User
from tests.conftest import enrol_totp
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-unusual-passphrase-42"


def sent_mail() -> list[Any]:
    """Mail sent so far; mail queued in the outbox is dispatched first, as the worker would."""
    try:
        from communities.outbox import dispatch_due
    except ImportError:  # pragma: no cover - before the outbox exists
        return list(mail.outbox)
    dispatch_due()
    return list(mail.outbox)


def signup_data(**overrides: str) -> dict[str, str]:
    data = {
        "display_name": "Dr Ana Ruiz",
        "credentials": "LCSW",
        "email": "ana@example.org",
        "time_zone": "America/Chicago",
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    data.update(overrides)
    return data


def a_user(email: str | None = None, **fields: Any) -> User:
    user: User = UserFactory(email=email or f"{uuid.uuid4().hex[:10]}@example.org", **fields)
    user.set_password(PASSWORD)
    user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return user


def sign_in(client: Client, email: str, password: str = PASSWORD) -> Any:
    return client.post("/accounts/login/", {"login": email, "password": password})


def confirmation_path() -> str:
    body = sent_mail()[-1].body
    match = re.search(r"/accounts/confirm-email/[^\s/]+/", body)
    assert match, body
    return match.group(0)


def test_sign_up_creates_an_unverified_clinician_with_a_profile_and_sends_a_link(
    client: Client,
) -> None:
    response = client.post("/accounts/signup/", signup_data())
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    user = User.objects.get(email="ana@example.org")
    assert (user.display_name, user.credentials, user.time_zone) == (
        "Dr Ana Ruiz",
        "LCSW",
        "America/Chicago",
    )
    assert not EmailAddress.objects.get(user=user).verified
    assert "/accounts/confirm-email/" in sent_mail()[-1].body


def test_the_sign_up_page_offers_every_time_zone_by_name(client: Client) -> None:
    page = client.get("/accounts/signup/").content.decode()
    assert '<datalist id="time-zones">' in page
    assert '<option value="Europe/Berlin">' in page
    assert 'list="time-zones"' in page
    assert 'aria-describedby="id_time_zone_helptext"' in page


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"email": "not-an-email"}, "email", "Enter a valid email address."),
        ({"password1": "password", "password2": "password"}, "password1", "too common"),
        ({"password1": "short1", "password2": "short1"}, "password1", "too short"),
        ({"password2": "a-different-passphrase-43"}, "password2", "same password"),
        ({"time_zone": "Mars/Olympus_Mons"}, "time_zone", "is not a known time zone"),
        ({"display_name": ""}, "display_name", "This field is required."),
    ],
)
def test_bad_sign_up_input_gets_a_clear_message_and_creates_nothing(
    client: Client, overrides: dict[str, str], field: str, message: str
) -> None:
    response = client.post("/accounts/signup/", signup_data(**overrides))
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert f'id="id_{field}_error"' in page
    assert 'aria-invalid="true"' in page
    assert 'role="alert"' in page
    assert not User.objects.exists()
    assert not sent_mail()


def test_signing_in_before_confirming_the_address_is_not_possible(client: Client) -> None:
    client.post("/accounts/signup/", signup_data())
    client.logout()
    response = sign_in(client, "ana@example.org")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session


def test_confirming_twice_or_too_late_gets_a_clear_message(client: Client) -> None:
    client.post("/accounts/signup/", signup_data())
    path = confirmation_path()
    assert client.post(path).status_code == 302
    assert EmailAddress.objects.get(email="ana@example.org").verified

    client.logout()
    again = client.get(path)
    assert "expired or is invalid" in again.content.decode()
    assert client.post(path).status_code in {200, 404}


def test_an_expired_confirmation_link_verifies_nothing(client: Client) -> None:
    client.post("/accounts/signup/", signup_data())
    path = confirmation_path()
    with time_machine.travel(timezone.now() + timedelta(days=4)):
        response = client.post(path)
        assert "expired or is invalid" in client.get(path).content.decode()
    assert response.status_code in {200, 404}
    assert not EmailAddress.objects.get(email="ana@example.org").verified


def test_sign_out_needs_a_post_a_get_only_asks(client: Client) -> None:
    user = a_user()
    sign_in(client, user.email)
    page = client.get("/accounts/logout/")
    assert page.status_code == 200
    assert "_auth_user_id" in client.session
    client.post("/accounts/logout/")
    assert "_auth_user_id" not in client.session


def test_password_reset_mails_a_link_and_the_new_password_works(client: Client) -> None:
    user = a_user()
    response = client.post("/accounts/password/reset/", {"email": user.email})
    assert response.status_code == 302
    body = sent_mail()[-1].body
    link = re.search(r"/accounts/password/reset/key/[^\s]+/", body)
    assert link, body
    form = client.get(link.group(0), follow=True)
    action = form.redirect_chain[-1][0] if form.redirect_chain else link.group(0)
    new_password = "another-long-passphrase-77"
    done = client.post(action, {"password1": new_password, "password2": new_password})
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password(new_password)


def test_a_clinician_can_add_a_new_address_which_must_be_confirmed(client: Client) -> None:
    user = a_user()
    sign_in(client, user.email)
    response = client.post(
        "/accounts/email/", {"action_add": "", "email": "new-address@example.org"}
    )
    assert response.status_code == 302
    added = EmailAddress.objects.get(email="new-address@example.org")
    assert added.user == user
    assert not added.verified
    assert any("new-address@example.org" in message.to for message in sent_mail())


@pytest.mark.parametrize(
    ("policy", "persona", "sent_to_enrolment"),
    [
        ("facilitators", "facilitator", True),
        ("facilitators", "moderator", True),
        ("facilitators", "member", False),
        ("all", "member", True),
        ("none", "facilitator", False),
    ],
)
def test_require_mfa_sends_the_right_people_to_enrolment(
    client: Client, settings: SettingsWrapper, policy: str, persona: str, sent_to_enrolment: bool
) -> None:
    settings.PRACTICA_REQUIRE_MFA = policy
    if persona == "facilitator":
        user = MembershipFactory(role=Membership.Role.FACILITATOR).user
    elif persona == "moderator":
        user = UserFactory(is_site_moderator=True)
    else:
        user = MembershipFactory().user
    client.force_login(user)
    response = client.get("/")
    if sent_to_enrolment:
        assert response.status_code == 302
        assert response["Location"] == "/accounts/2fa/totp/activate/"
        # The account pages stay reachable, so enrolment itself is possible.
        assert client.get("/accounts/2fa/").status_code == 200
    else:
        assert response.status_code == 200


def test_an_enrolled_facilitator_passes_the_mfa_requirement(
    client: Client, settings: SettingsWrapper
) -> None:
    settings.PRACTICA_REQUIRE_MFA = "facilitators"
    user = MembershipFactory(role=Membership.Role.FACILITATOR).user
    enrol_totp(user)
    client.force_login(user)
    assert client.get("/").status_code == 200


def test_the_admin_signs_in_through_allauth(client: Client) -> None:
    response = client.get("/admin/")
    assert response.status_code == 302
    login = client.get(response["Location"])
    assert login.status_code == 302
    assert login["Location"].startswith("/accounts/login/?next=")

    staff = a_user(is_staff=True, is_superuser=True)
    enrol_totp(staff)
    client.force_login(staff)
    assert client.get("/admin/").status_code == 200


def test_repeated_failed_sign_ins_lock_the_account_out(
    client: Client, settings: SettingsWrapper
) -> None:
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "3/300s/key"}
    user = a_user()
    for _ in range(3):
        failed = sign_in(client, user.email, "wrong-password-entirely")
        assert failed.status_code == 200
        assert "_auth_user_id" not in client.session
    locked = sign_in(client, user.email)
    assert "Too many failed login attempts" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_an_idle_session_ends_after_thirty_minutes(client: Client) -> None:
    user = a_user()
    start = timezone.now()
    with time_machine.travel(start, tick=False) as traveller:
        client.force_login(user)
        assert client.get("/").status_code == 200
        traveller.shift(timedelta(minutes=29))
        assert client.get("/").status_code == 200  # activity renews the idle clock
        traveller.shift(timedelta(minutes=31))
        response = client.get("/")
    assert "Welcome" not in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_busy_session_still_ends_after_twelve_hours(client: Client) -> None:
    user = a_user()
    start = timezone.now()
    with time_machine.travel(start, tick=False) as traveller:
        client.force_login(user)
        for _ in range(36):  # a request every 20 minutes for 12 hours
            assert client.get("/").status_code == 200
            traveller.shift(timedelta(minutes=20))
        traveller.shift(timedelta(minutes=1))
        response = client.get("/", follow=True)
    assert response.redirect_chain[0][0] == "/accounts/login/"
    assert "signed out after 12 hours" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_clinician_sees_and_ends_their_other_sessions(client: Client) -> None:
    user = a_user()
    laptop, phone = Client(), Client()
    sign_in(laptop, user.email)
    sign_in(phone, user.email)
    laptop.get("/")
    phone.get("/")
    assert UserSession.objects.filter(user=user).count() == 2

    page = laptop.get("/accounts/sessions/").content.decode()
    assert page.count("<tr") >= 3  # a header row and one row per session
    response = laptop.post("/accounts/sessions/")
    assert response.status_code == 302
    assert UserSession.objects.filter(user=user).count() == 1
    assert laptop.get("/").context["user"].is_authenticated
    assert not phone.get("/").context["user"].is_authenticated
