"""The landing page, the dashboard, /healthz and the error pages."""

from __future__ import annotations

import socket

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client, RequestFactory
from pytest_django.fixtures import Settings as SettingsWrapper

from communities.models import Membership
from config import errors
from tests.factories import CommunityFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_the_landing_page_tells_a_visitor_what_practica_is(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Built to be safe for clinical discussion" in page
    assert 'href="#main"' in page  # skip link
    assert '<main id="main"' in page
    assert 'aria-label="Main"' in page


def test_every_page_carries_a_strict_content_security_policy(client: Client) -> None:
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    for directive in ("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"):
        assert directive in policy
    assert "'nonce-" in policy
    assert "unsafe-inline" not in policy
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_a_new_clinician_sees_an_honest_empty_dashboard_that_is_never_cached(
    client: Client,
) -> None:
    user = UserFactory(display_name="Nora New")
    client.force_login(user)
    response = client.get("/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Welcome, Nora New" in page
    assert "You are not in a consultation group yet." in page
    assert "no-store" in response["Cache-Control"]


def test_the_dashboard_lists_the_groups_a_member_belongs_to(client: Client) -> None:
    membership = MembershipFactory(community=CommunityFactory(name="Couples circle"))
    MembershipFactory(
        user=membership.user,
        community=CommunityFactory(name="Left circle"),
        status=Membership.Status.LEFT,
    )
    client.force_login(membership.user)
    page = client.get("/").content.decode()
    assert "Couples circle" in page
    assert "Left circle" not in page


def test_healthz_answers_200_when_database_and_broker_answer(client: Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_without_details_when_the_broker_is_down(
    client: Client, settings: SettingsWrapper
) -> None:
    settings.REDIS_URL = f"redis://127.0.0.1:{_free_port()}/0"
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.content == b"unavailable\n"


def test_unknown_urls_get_the_sites_own_404(client: Client) -> None:
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "We can't find that page" in page
    assert 'class="site-header"' in page
    assert "/no/such/page/" not in page


def test_a_server_error_shows_a_friendly_page_and_no_trace(
    client: Client, settings: SettingsWrapper
) -> None:
    settings.ROOT_URLCONF = "tests.foundation.boom_urls"
    settings.DEBUG = False
    client.raise_request_exception = False
    response = client.get("/boom/")
    assert response.status_code == 500
    page = response.content.decode()
    assert "Something went wrong on our side" in page
    assert "hunter2" not in page
    assert "Traceback" not in page
    assert "RuntimeError" not in page


def test_bad_request_and_forbidden_pages_leak_nothing() -> None:
    request = RequestFactory().get("/x")
    request.user = AnonymousUser()
    for view, status, text in (
        (errors.bad_request, 400, "didn't make sense"),
        (errors.permission_denied, 403, "You can't do that here"),
    ):
        response = view(request, Exception("internal detail xyz"))
        assert response.status_code == status
        assert text in response.content.decode()
        assert "internal detail xyz" not in response.content.decode()


def test_a_suspicious_host_gets_the_friendly_400(client: Client) -> None:
    response = client.get("/", headers={"host": "evil.example"})
    assert response.status_code == 400
    assert "didn't make sense" in response.content.decode()


ACCOUNT_PAGES_SIGNED_OUT = [
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/accounts/password/reset/done/",
    "/accounts/password/reset/key/1-not-a-real-key/",
    "/accounts/confirm-email/",
    "/accounts/confirm-email/not-a-real-key/",
    "/accounts/inactive/",
]
ACCOUNT_PAGES_SIGNED_IN = [
    "/accounts/email/",
    "/accounts/password/change/",
    "/accounts/logout/",
    "/accounts/reauthenticate/",
    "/accounts/2fa/",
    "/accounts/2fa/webauthn/",
    "/accounts/sessions/",
]


@pytest.mark.parametrize("path", ACCOUNT_PAGES_SIGNED_OUT)
def test_every_signed_out_account_page_wears_the_site_look(client: Client, path: str) -> None:
    response = client.get(path, follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'class="site-header"' in page
    assert "practica.css" in page
    assert '<main id="main"' in page


@pytest.mark.parametrize("path", ACCOUNT_PAGES_SIGNED_IN)
def test_every_account_management_page_has_the_account_navigation(
    client: Client, path: str
) -> None:
    client.force_login(UserFactory())
    response = client.get(path)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'class="site-header"' in page
    if path != "/accounts/logout/" and path != "/accounts/reauthenticate/":
        assert 'aria-label="Your account"' in page
