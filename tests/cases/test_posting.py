"""Presenting, editing and closing a case, with the PHI guard on every save."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client

from cases.models import Case, PhiAcknowledgement, Revision
from communities.models import User
from tests.cases.conftest import CLEAN_CASE
from tests.conftest import World

IDENTIFYING = "My client Jane Doe first came on March 3, 2024."


def _new_url(world: World) -> str:
    return f"/groups/{world.community.slug}/cases/new/"


def test_a_member_posts_a_clean_case_and_follows_it(
    world: World, member: User, login: Callable[[User], Client]
) -> None:
    response = login(member).post(_new_url(world), CLEAN_CASE)
    case = Case.objects.get(title=CLEAN_CASE["title"])
    assert response.status_code == 302
    assert response["Location"] == f"/cases/{case.code}/"
    assert case.author == member and case.attested_at is not None
    assert case.follows.filter(user=member).exists()
    assert sorted(case.tags.values_list("slug", flat=True)) == ["adolescents", "grief"]
    page = login(member).get(f"/cases/{case.code}/")
    assert b"<strong>narrative</strong>" in page.content


def test_the_form_asks_for_the_consultation_question_and_the_attestation(
    world: World, member: User, login: Callable[[User], Client]
) -> None:
    data = {**CLEAN_CASE, "question": "   "}
    data.pop("attest")
    response = login(member).post(_new_url(world), data)
    assert response.status_code == 422
    assert "the consultation question is required" in response.content.decode()
    assert "confirm that identifying details were removed" in response.content.decode()
    assert not Case.objects.filter(title=CLEAN_CASE["title"]).exists()


def test_an_identifying_detail_blocks_the_save_and_is_shown_with_a_checkbox(
    world: World, member: User, login: Callable[[User], Client]
) -> None:
    response = login(member).post(_new_url(world), {**CLEAN_CASE, "background": IDENTIFYING})
    html = response.content.decode()
    assert response.status_code == 422
    assert not Case.objects.filter(title=CLEAN_CASE["title"]).exists()
    assert '<mark class="phi"' in html and "Jane Doe" in html
    assert html.count('name="ack"') == 2


def test_acknowledging_every_finding_lets_the_case_through_and_records_it(
    world: World, member: User, login: Callable[[User], Client]
) -> None:
    from cases import phi

    keys = [phi.span_key(IDENTIFYING, f) for f in phi.scan(IDENTIFYING)]
    client = login(member)
    blocked = client.post(
        _new_url(world), {**CLEAN_CASE, "background": IDENTIFYING, "ack": keys[:1]}
    )
    assert blocked.status_code == 422
    response = client.post(_new_url(world), {**CLEAN_CASE, "background": IDENTIFYING, "ack": keys})
    assert response.status_code == 302
    case = Case.objects.get(title=CLEAN_CASE["title"])
    acks = PhiAcknowledgement.objects.filter(case=case)
    assert sorted(a.excerpt for a in acks) == ["Jane Doe", "March 3, 2024"]
    assert {a.field for a in acks} == {"background"}


def test_an_acknowledgement_covers_only_its_own_span(
    world: World, member: User, login: Callable[[User], Client]
) -> None:
    from cases import phi

    keys = [phi.span_key(IDENTIFYING, f) for f in phi.scan(IDENTIFYING)]
    other = "My client Maria Lopez first came on March 3, 2024."
    response = login(member).post(_new_url(world), {**CLEAN_CASE, "background": other, "ack": keys})
    assert response.status_code == 422


def test_the_title_and_tags_are_guarded_too(
    world: World, member: User, login: Callable[[User], Client]
) -> None:
    client = login(member)
    assert (
        client.post(_new_url(world), {**CLEAN_CASE, "title": "Calls from 555-201-3344"}).status_code
        == 422
    )
    assert (
        client.post(_new_url(world), {**CLEAN_CASE, "tags": "jane.doe@gmail.com"}).status_code
        == 422
    )
    assert not Case.objects.filter(question=CLEAN_CASE["question"]).exists()


def test_the_live_check_highlights_findings_with_their_reasons(
    world: World, member: User, login: Callable[[User], Client]
) -> None:
    response = login(member).post(
        f"/groups/{world.community.slug}/cases/check/",
        {**CLEAN_CASE, "presenting_concern": IDENTIFYING},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<div id="phi-findings"')
    assert "<mark" in html and "Jane Doe" in html and "March 3, 2024" in html
    assert "<html" not in html


def test_the_live_check_says_when_nothing_is_found(
    world: World, member: User, login: Callable[[User], Client]
) -> None:
    response = login(member).post(
        f"/groups/{world.community.slug}/cases/check/", CLEAN_CASE, headers={"HX-Request": "true"}
    )
    assert "finds no identifying details" in response.content.decode()


def test_the_form_fields_post_to_the_live_check_after_a_pause(
    world: World, member: User, login: Callable[[User], Client]
) -> None:
    html = login(member).get(_new_url(world)).content.decode()
    assert f'hx-post="/groups/{world.community.slug}/cases/check/"' in html
    assert "keyup changed delay:600ms" in html


def test_editing_keeps_the_earlier_text_as_a_revision_for_the_author(
    world: World, member: User, case: Case, login: Callable[[User], Client]
) -> None:
    client = login(member)
    response = client.post(f"/cases/{case.code}/edit/", {**CLEAN_CASE, "title": "New title"})
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.title == "New title" and case.edited_at is not None
    revision = Revision.objects.get(case=case)
    assert revision.content["title"] == "Ambivalence about a referral"
    page = client.get(f"/cases/{case.code}/revisions/")
    assert "Ambivalence about a referral" in page.content.decode()


def test_an_edit_keeps_earlier_acknowledgements_ticked(
    world: World, member: User, login: Callable[[User], Client]
) -> None:
    from cases import phi

    keys = [phi.span_key(IDENTIFYING, f) for f in phi.scan(IDENTIFYING)]
    client = login(member)
    client.post(_new_url(world), {**CLEAN_CASE, "background": IDENTIFYING, "ack": keys})
    case = Case.objects.get(title=CLEAN_CASE["title"])
    html = client.get(f"/cases/{case.code}/edit/").content.decode()
    assert html.count("checked") >= 2


def test_another_member_cannot_edit_or_close_the_case(
    world: World, case: Case, facilitator: User, login: Callable[[User], Client]
) -> None:
    client = login(facilitator)
    assert client.post(f"/cases/{case.code}/edit/", CLEAN_CASE).status_code == 403
    assert client.post(f"/cases/{case.code}/close/", {"takeaways": "x"}).status_code == 403


def test_the_presenter_closes_the_case_with_takeaways(
    world: World, member: User, case: Case, login: Callable[[User], Client]
) -> None:
    client = login(member)
    assert client.post(f"/cases/{case.code}/close/", {"takeaways": ""}).status_code == 422
    response = client.post(
        f"/cases/{case.code}/close/", {"takeaways": "Slow down; name the ambivalence."}
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.is_closed and case.closed_at is not None
    page = client.get(f"/cases/{case.code}/").content.decode()
    assert "Takeaways" in page and "name the ambivalence" in page
    assert "Post reply" not in page
