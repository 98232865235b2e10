"""The whole case loop in Chromium: draft with the live guard, post, reply, recuse, flag, and
the facilitator redacts and restores — axe on every page on the way.

The facilitator signs in through the UI with a TOTP code (PRACTICA_REQUIRE_MFA stays on).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from cases.models import Case, Flag, Recusal, Reply
from communities.models import Membership
from tests.browser.conftest import axe_check, login, logout, screenshot
from tests.conftest import enrol_totp
from tests.factories import DEFAULT_PASSWORD, CommunityFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

GUARD_TIMEOUT = 15_000  # the detector loads its word lists on the first keystroke pause


def _people() -> dict[str, Any]:
    community = CommunityFactory(name="Trauma consultation circle", slug="trauma-circle")
    people: dict[str, Any] = {"community": community}
    for role in ("presenter", "replier", "recuser"):
        people[role] = MembershipFactory(
            community=community,
            user=UserFactory(email=f"{role}@example.org", display_name=role.title()),
        ).user
    facilitator = MembershipFactory(
        community=community,
        role=Membership.Role.FACILITATOR,
        user=UserFactory(email="facilitator@example.org", display_name="Fran Facilitator"),
    ).user
    people["facilitator"] = facilitator
    people["totp"] = enrol_totp(facilitator)
    return people


def _type_into(page: Page, selector: str, text: str) -> None:
    """Fill a field and release a key, as typing does (the live check listens for keyup)."""
    field = page.locator(selector)
    field.fill(text)
    field.press("End")


def test_a_case_goes_from_draft_to_redaction_with_the_guard_on_every_step(
    page: Page, live_server: Any
) -> None:
    people = _people()
    slug = people["community"].slug

    # 1. The presenter drafts; the guard highlights a name and a date while she types.
    login(page, live_server, "presenter@example.org", DEFAULT_PASSWORD)
    page.goto(f"{live_server.url}/groups/{slug}/cases/new/")
    axe_check(page, "new case form")
    _type_into(page, "#id_title", "Engagement stalls after a loss")
    page.locator("#id_question").fill("How would you rebuild engagement without pushing?")
    _type_into(
        page,
        "#id_presenting_concern",
        "My client Jane Doe first came on March 3, 2024 after her brother died.",
    )
    marks = page.locator("#phi-findings mark.phi")
    expect(marks).to_have_count(2, timeout=GUARD_TIMEOUT)
    expect(page.locator("#phi-findings")).to_contain_text("Jane Doe")
    expect(page.locator("#phi-findings")).to_contain_text("March 3, 2024")
    axe_check(page, "new case form with findings")
    screenshot(page, "cases-live-guard")

    # She edits the name away and marks the date "not identifying".
    _type_into(
        page,
        "#id_presenting_concern",
        "My client first came on March 3, 2024 after her brother died.",
    )
    expect(marks).to_have_count(1, timeout=GUARD_TIMEOUT)
    expect(page.locator("#phi-findings")).not_to_contain_text("Jane Doe")
    page.locator("#phi-findings input[name=ack]").check()
    page.locator("#id_attest").check()
    page.wait_for_load_state("networkidle")
    page.get_by_role("button", name="Post the case").click()
    expect(page).to_have_url(re.compile(r"/cases/[a-z0-9]+/$"))
    case = Case.objects.get(title="Engagement stalls after a loss")
    assert case.acknowledgements.get().excerpt == "March 3, 2024"
    assert "Jane Doe" not in case.presenting_concern
    axe_check(page, "case page")
    logout(page, live_server)

    # 2. Another member replies.
    login(page, live_server, "replier@example.org", DEFAULT_PASSWORD)
    page.goto(f"{live_server.url}/cases/{case.code}/")
    page.locator("#id_body").fill("Could the anniversary be part of the withdrawal?")
    page.get_by_role("button", name="Post reply").click()
    expect(page.locator(".reply")).to_contain_text("anniversary")
    assert Reply.objects.filter(case=case, author=people["replier"]).exists()
    axe_check(page, "case page with a reply")
    logout(page, live_server)

    # 3. A third member recuses and no longer sees it.
    login(page, live_server, "recuser@example.org", DEFAULT_PASSWORD)
    page.goto(f"{live_server.url}/cases/{case.code}/")
    page.get_by_role("button", name="I may know this client").click()
    expect(page).to_have_url(re.compile(rf"/groups/{slug}/cases/$"))
    expect(page.locator("main")).not_to_contain_text("Engagement stalls after a loss")
    axe_check(page, "case list after recusing")
    assert Recusal.objects.filter(case=case, user=people["recuser"]).exists()
    response = page.goto(f"{live_server.url}/cases/{case.code}/")
    assert response is not None and response.status == 404
    logout(page, live_server)

    # 4. A flag for identifying information hides it from members at once.
    login(page, live_server, "replier@example.org", DEFAULT_PASSWORD)
    page.goto(f"{live_server.url}/cases/{case.code}/flag/")
    axe_check(page, "flag form")
    page.get_by_label("Identifying information").check()
    page.get_by_label("Note for the reviewers").fill("The date may be too precise.")
    page.get_by_role("button", name="Send the flag").click()
    case.refresh_from_db()
    assert case.visibility == Case.Visibility.PENDING_REVIEW
    response = page.goto(f"{live_server.url}/cases/{case.code}/")
    assert response is not None and response.status == 404
    logout(page, live_server)

    # 5. The facilitator (with TOTP) reviews, redacts the date and restores the case.
    login(
        page, live_server, "facilitator@example.org", DEFAULT_PASSWORD, totp_secret=people["totp"]
    )
    page.goto(f"{live_server.url}/groups/{slug}/moderation/")
    axe_check(page, "group moderation queue")
    page.get_by_role("link", name=re.compile("Review")).first.click()
    expect(page.locator("main")).to_contain_text("The date may be too precise.")
    axe_check(page, "flag review")
    page.get_by_role("link", name=re.compile("Redact")).click()
    axe_check(page, "redact form")
    page.locator("#id_presenting_concern").fill(
        "My client first came last spring after her brother died."
    )
    page.get_by_role("button", name="Redact and restore").click()
    expect(page.locator(".messages")).to_contain_text("Redacted and restored")
    case.refresh_from_db()
    assert case.visibility == Case.Visibility.VISIBLE
    assert "March 3" not in case.presenting_concern
    assert Flag.objects.get(case=case).outcome == Flag.Outcome.REDACTED
    page.goto(f"{live_server.url}/cases/{case.code}/")
    expect(page.locator("main")).to_contain_text("last spring")
    axe_check(page, "case page after redaction")
    logout(page, live_server)

    # The replier sees it again; the recuser still does not.
    login(page, live_server, "replier@example.org", DEFAULT_PASSWORD)
    response = page.goto(f"{live_server.url}/cases/{case.code}/")
    assert response is not None and response.status == 200
