"""A group's life in Chromium: a facilitator creates a by-request group, a clinician applies, is
approved, accepts the covenant and sees the members; a new covenant asks them again.

The facilitator signs in with a TOTP code (PRACTICA_REQUIRE_MFA=facilitators stays on). Every
page visited is checked with axe and photographed.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from communities.models import Community, Membership, ModalityTag
from tests.browser.conftest import axe_check, give_password, login, screenshot, screenshot_both
from tests.conftest import enrol_totp
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "a-long-and-unusual-passphrase-42"


def _check(page: Page, name: str) -> None:
    axe_check(page, context=name)
    screenshot_both(page, f"communities-{name}")


def test_a_by_request_group_from_creation_to_a_renewed_covenant(
    page: Page, live_server: Any, browser: Browser
) -> None:
    facilitator = give_password(
        UserFactory(email="ana@example.org", display_name="Dr Ana Ruiz"), PASSWORD
    )
    secret = enrol_totp(facilitator)
    applicant = give_password(
        UserFactory(email="sam@example.org", display_name="Sam Okafor"), PASSWORD
    )
    base = live_server.url
    # Migrations seed the modality tags, but an earlier transactional test's flush removes them.
    ModalityTag.objects.get_or_create(slug="emdr", defaults={"name": "EMDR"})

    # The facilitator creates a group that admits by request.
    login(page, live_server, facilitator.email, PASSWORD, totp_secret=secret)
    page.goto(f"{base}/groups/new/")
    _check(page, "create")
    page.get_by_label("Name of the group").fill("EMDR consultation circle")
    page.get_by_label("Web address").fill("emdr-circle")
    page.get_by_label("Focus (one line)").fill("EMDR case consultation towards certification")
    page.get_by_label("EMDR").check()
    page.get_by_label("By request: facilitators approve").check()
    page.get_by_role("button", name="Create the group").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("EMDR consultation circle")
    _check(page, "group-home-facilitator")

    # A second clinician finds it in the directory and asks to join.
    other = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    sam = other.new_page()
    login(sam, live_server, applicant.email, PASSWORD)
    sam.goto(f"{base}/groups/")
    _check(sam, "directory")
    sam.get_by_role("link", name="EMDR consultation circle").click()
    sam.get_by_role("link", name="Ask to join").click()
    _check(sam, "join-request")
    sam.get_by_label("A note to the facilitators").fill("EMDR-trained, in private practice.")
    sam.get_by_role("button", name="Send my request").click()
    expect(sam.get_by_text("Your request is sent.")).to_be_visible()
    _check(sam, "group-home-pending")

    # The facilitator approves from the queue (htmx swaps the queue in place).
    page.goto(f"{base}/groups/emdr-circle/requests/")
    expect(page.get_by_text("EMDR-trained, in private practice.")).to_be_visible()
    _check(page, "request-queue")
    page.get_by_label("Message to Sam Okafor (optional)").fill("Welcome, Sam.")
    page.get_by_role("button", name="Approve").click()
    expect(page.get_by_text("No one is waiting to join.")).to_be_visible()
    membership = Membership.objects.get(user=applicant, community__slug="emdr-circle")
    assert membership.is_active and membership.covenant_accepted_version is None

    # The new member must accept the covenant before anything else.
    sam.goto(f"{base}/groups/emdr-circle/")
    expect(sam.get_by_role("heading", name="Please accept the group's covenant")).to_be_visible()
    _check(sam, "group-home-covenant-prompt")
    sam.get_by_role("link", name="Read and accept the covenant").click()
    _check(sam, "covenant")
    sam.get_by_label("I have read this covenant and I accept it").check()
    sam.get_by_role("button", name="Accept the covenant").click()
    expect(sam.get_by_text("You accepted the covenant")).to_be_visible()
    sam.get_by_role("navigation", name="EMDR consultation circle").get_by_role(
        "link", name="Members"
    ).click()
    expect(sam.get_by_role("cell", name="Dr Ana Ruiz")).to_be_visible()
    expect(sam.get_by_role("cell", name="Sam Okafor")).to_be_visible()
    _check(sam, "members")

    # The facilitator changes the covenant; the member is asked again.
    page.goto(f"{base}/groups/emdr-circle/covenant/edit/")
    _check(page, "covenant-edit")
    text = page.get_by_label("Covenant")
    text.fill(text.input_value() + "\n6. We start and end on time.")
    page.get_by_role("button", name="Save a new version").click()
    expect(page.get_by_text("Version 2 of the covenant is in force.")).to_be_visible()
    assert Community.objects.get(slug="emdr-circle").covenant_version == 2

    sam.goto(f"{base}/groups/emdr-circle/")
    expect(sam.get_by_text("The covenant changed since you last accepted it.")).to_be_visible()
    _check(sam, "group-home-covenant-changed")
    sam.get_by_role("link", name="Read and accept the covenant").click()
    expect(sam.get_by_text("We start and end on time.")).to_be_visible()
    screenshot(sam, "communities-covenant-v2")
    other.close()
