"""The live PHI check while typing an agenda topic, session-log notes or a reflection."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from sessions_log.models import SessionLog
from tests.conftest import World
from tests.sessions_log.test_log_and_hours import attendance_form

pytestmark = pytest.mark.django_db

CHECK_URL = "/meetings/check/"
IDENTIFYING = "Met with John Smith on 3 March 2024"


@pytest.mark.parametrize("field", ["topic", "notes", "reflection"])
def test_identifying_text_comes_back_highlighted_with_a_not_identifying_tick(
    client_for: Callable[[str], Client], field: str
) -> None:
    response = client_for("member").post(CHECK_URL, {field: IDENTIFYING})

    assert response.status_code == 200
    body = response.content.decode()
    assert 'id="phi-findings"' in body
    assert "<mark" in body
    assert "John Smith" in body
    assert 'name="ack"' in body
    assert "not identifying" in body


def test_clean_text_comes_back_with_no_findings(client_for: Callable[[str], Client]) -> None:
    response = client_for("member").post(
        CHECK_URL, {"notes": "We talked about pacing and rupture repair."}
    )

    assert response.status_code == 200
    body = response.content.decode()
    assert "<mark" not in body
    assert 'name="ack"' not in body
    assert "finds no identifying details" in body


def test_a_ticked_finding_is_shown_ticked(client_for: Callable[[str], Client]) -> None:
    client = client_for("member")
    first = client.post(CHECK_URL, {"reflection": IDENTIFYING}).content.decode()
    key = first.split('name="ack" value="', 1)[1].split('"', 1)[0]

    ticked = client.post(
        CHECK_URL, {"reflection": IDENTIFYING, "acknowledge": key}
    ).content.decode()

    assert f'value="{key}" id=' in ticked
    assert "checked" in ticked.split(f'value="{key}"', 1)[1].split(">", 1)[0]


def test_the_check_answers_posts_only(client_for: Callable[[str], Client]) -> None:
    response = client_for("member").get(CHECK_URL, {"notes": IDENTIFYING})

    assert response.status_code == 405


def test_an_outsider_may_check_text_since_nothing_is_revealed(
    client_for: Callable[[str], Client],
) -> None:
    response = client_for("outsider").post(CHECK_URL, {"topic": IDENTIFYING})

    assert response.status_code == 200
    assert "<mark" in response.content.decode()


def test_signed_out_visitors_are_sent_to_sign_in(client_for: Callable[[str], Client]) -> None:
    response = client_for("anonymous").post(CHECK_URL, {"notes": IDENTIFYING})

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_ticks_made_in_the_live_findings_let_the_log_save(
    client_for: Callable[[str], Client], world: World
) -> None:
    occurrence = world.objects["past_occurrence"]
    client = client_for("facilitator")
    live = client.post(CHECK_URL, {"notes": IDENTIFYING}).content.decode()
    keys = [part.split('"', 1)[0] for part in live.split('name="ack" value="')[1:]]
    assert keys

    data = attendance_form(occurrence, world, notes=IDENTIFYING, ack=keys)
    response = client.post(f"/meetings/{occurrence.code}/log/", data)

    assert response.status_code == 302
    assert SessionLog.objects.get(occurrence=occurrence).notes == IDENTIFYING


def test_the_three_guarded_forms_ask_for_the_live_check(
    client_for: Callable[[str], Client], world: World
) -> None:
    facilitator = client_for("facilitator")
    pages = [
        facilitator.get(f"/meetings/{world.objects['occurrence'].code}/"),
        facilitator.get(f"/meetings/{world.objects['past_occurrence'].code}/log/"),
        client_for("member").get("/me/hours/"),
    ]

    for page in pages:
        assert page.status_code == 200
        body = page.content.decode()
        assert f'hx-post="{CHECK_URL}"' in body
        assert 'class="phi-region"' in body


def test_the_live_panel_does_not_claim_ticks_go_to_a_case_or_moderators(
    client_for: Callable[[str], Client],
) -> None:
    response = client_for("member").post(
        "/meetings/check/", {"reflection": "Met with John Smith on 3 March 2024"}
    )
    text = response.content.decode()
    assert "mark" in text
    assert "recorded with the case" not in text
    assert "recorded with what you save" in text
