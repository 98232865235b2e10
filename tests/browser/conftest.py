"""Shared fixtures for browser tests: Playwright driving Debian's Chromium against live_server.

How to use (every test in tests/browser/ is marked ``browser`` automatically):

    import pytest
    from tests.browser.conftest import axe_check, give_password, login, logout, screenshot_both

    pytestmark = pytest.mark.django_db(transaction=True)

    def test_a_member_sees_the_group(page, live_server, world):
        give_password(world.user("member"), "the-password")  # factory users have none
        login(page, live_server, "member@example.org", "the-password")  # totp_secret=... if asked
        page.goto(f"{live_server.url}/groups/trauma-circle/")
        axe_check(page, context="group page")  # fails on serious/critical violations
        screenshot(page, "group-page")         # test-artifacts/screenshots/group-page.png
        screenshot_both(page, "group-page")    # group-page-desktop.png and group-page-phone.png
        with phone(page):                      # 390x844 inside the block, 1280x900 after
            ...
        logout(page, live_server)              # the POST button in the user menu

- ``page`` / ``context`` / ``browser`` are pytest-playwright's fixtures; this module points them
  at /usr/bin/chromium with the flags that work on this machine (never ``playwright install``).
- ``console_errors`` (request it, or it is applied automatically to every browser test via
  ``_fail_on_console_errors``) fails the test on any console error, uncaught page error or CSP
  violation report. Tests that provoke one on purpose can call ``console_errors.clear()``.
- ``live_server`` serves static files (pytest-django wraps it in StaticFilesHandler).
- Users created in the test body are visible to the live server because browser tests must use
  ``@pytest.mark.django_db(transaction=True)``; DJANGO_ALLOW_ASYNC_UNSAFE is set here.
- The test mailer is memory: ``django.core.mail.outbox`` sees mail sent by the live server,
  which runs in this process.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyotp
import pytest
from playwright.sync_api import ConsoleMessage, Page, ViewportSize

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_ARGS,
        "headless": True,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_context_args, "viewport": DESKTOP, "locale": "en-GB"}


@pytest.fixture(autouse=True)
def _allow_async_unsafe(monkeypatch: pytest.MonkeyPatch) -> None:
    """Playwright's sync API runs an event loop; Django's ORM must be allowed beside it."""
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


class ConsoleErrors(list[str]):
    """Console errors, uncaught page errors and CSP violations seen during the test."""


@pytest.fixture
def console_errors(page: Page) -> Iterator[ConsoleErrors]:
    errors = ConsoleErrors()

    def on_console(message: ConsoleMessage) -> None:
        text = message.text
        if text.startswith("Failed to load resource") and message.location.get("url") == page.url:
            return  # the document itself answered 4xx on purpose (a test visiting a 404)
        if message.type == "error" or "Content Security Policy" in text:
            errors.append(f"console {message.type}: {text} ({message.location.get('url', '')})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(f"page error: {error}"))
    yield errors
    assert not errors, "The browser reported errors:\n" + "\n".join(errors)


@pytest.fixture(autouse=True)
def _fail_on_console_errors(request: pytest.FixtureRequest) -> None:
    """Every browser test that uses ``page`` also collects console errors."""
    if "page" in request.fixturenames:
        request.getfixturevalue("console_errors")


def axe_check(page: Page, context: str = "page") -> None:
    """Run axe-core on the current page; fail on serious or critical violations."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    violations = results.response.get("violations", [])
    blocking = [v for v in violations if v.get("impact") in {"serious", "critical"}]
    for violation in violations:
        targets = [node.get("target") for node in violation.get("nodes", [])][:5]
        print(
            f"axe [{context}] {violation.get('impact')}: {violation.get('id')} — "
            f"{violation.get('help')} {targets}"
        )
    assert not blocking, f"axe found serious/critical violations on {context}: " + "; ".join(
        f"{v['id']} ({v['impact']}): {v.get('help')} at "
        f"{[n.get('target') for n in v.get('nodes', [])][:5]}"
        for v in blocking
    )


def screenshot(page: Page, name: str) -> Path:
    """A full-page PNG at test-artifacts/screenshots/<name>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{re.sub(r'[^A-Za-z0-9_.-]+', '-', name)}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@contextmanager
def phone(page: Page) -> Iterator[Page]:
    """Temporarily resize to a phone (390x844); back to desktop width afterwards."""
    page.set_viewport_size(PHONE)
    try:
        yield page
    finally:
        page.set_viewport_size(DESKTOP)


def screenshot_both(page: Page, name: str) -> None:
    """Desktop and phone screenshots of the current page: <name>-desktop.png, <name>-phone.png."""
    screenshot(page, f"{name}-desktop")
    with phone(page):
        screenshot(page, f"{name}-phone")


def login(
    page: Page,
    live_server: Any,
    email: str,
    password: str,
    totp_secret: str | None = None,
) -> None:
    """Sign in through the UI; when asked for a second factor, enter a code from the secret."""
    page.goto(f"{live_server.url}/accounts/login/")
    page.locator("main form input[name=login]").fill(email)
    page.locator("main form input[name=password]").fill(password)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state("domcontentloaded")
    if "/accounts/2fa/authenticate" in page.url:
        assert totp_secret, f"{email} was asked for a second factor but no secret was given"
        totp = pyotp.TOTP(totp_secret)
        while time.time() % 30 > 24:  # leave the code a few seconds to be checked in
            time.sleep(1)
        page.locator("main form input[name=code]").fill(totp.now())
        page.locator("main form button[type=submit]").first.click()
        page.wait_for_load_state("domcontentloaded")
    assert "/accounts/login" not in page.url, f"sign-in as {email} failed: still at {page.url}"


def logout(page: Page, live_server: Any) -> None:
    """Sign out the way a person does: the POST button in the user menu."""
    page.locator("details.user-menu summary").click()
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_load_state("domcontentloaded")


def give_password(user: Any, password: str) -> Any:
    """Make a factory or world user able to sign in through the UI (verified primary address)."""
    from allauth.account.models import EmailAddress

    user.set_password(password)
    user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return user
