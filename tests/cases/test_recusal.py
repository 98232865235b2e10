"""Recusal: "I may know this client" hides the case from that member everywhere."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client

from cases.models import Case, Follow, Recusal
from communities.models import OutboxMessage, User


def test_a_recused_member_gets_404_and_no_longer_sees_the_case_anywhere(
    case: Case, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    recuser = add_member()
    client = login(recuser)
    Follow.objects.create(case=case, user=recuser)
    response = client.post(f"/cases/{case.code}/recuse/")
    assert response.status_code == 302
    assert client.get(f"/cases/{case.code}/").status_code == 404
    assert client.post(f"/cases/{case.code}/reply/", {"body": "x"}).status_code == 404
    listing = client.get(f"/groups/{case.community.slug}/cases/").content.decode()
    assert case.title not in listing
    assert case.title not in client.get("/search/?q=ambivalence").content.decode()
    assert not Follow.objects.filter(case=case, user=recuser).exists()


def test_a_recused_member_gets_no_reply_mail(
    case: Case, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    recuser = add_member()
    Follow.objects.create(case=case, user=recuser)
    Recusal.objects.create(case=case, user=recuser)
    login(add_member()).post(f"/cases/{case.code}/reply/", {"body": "A thought."})
    assert not OutboxMessage.objects.filter(kind="reply", recipient=recuser).exists()


def test_the_presenter_is_told_that_someone_recused_but_not_who(
    case: Case, member: User, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    recuser = add_member(display_name="Quentin Quietly")
    login(recuser).post(f"/cases/{case.code}/recuse/")
    page = login(member).get(f"/cases/{case.code}/").content.decode()
    assert "1 member recused" in page
    assert "Quentin" not in page


def test_the_presenter_cannot_recuse_from_their_own_case(
    case: Case, member: User, login: Callable[[User], Client]
) -> None:
    assert login(member).post(f"/cases/{case.code}/recuse/").status_code == 403


def test_a_recused_member_can_undo_it(
    case: Case, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    recuser = add_member()
    client = login(recuser)
    client.post(f"/cases/{case.code}/recuse/")
    listing = client.get(f"/groups/{case.community.slug}/cases/").content.decode()
    assert f"/cases/{case.code}/recuse/undo/" in listing
    client.post(f"/cases/{case.code}/recuse/undo/")
    assert client.get(f"/cases/{case.code}/").status_code == 200


def test_a_recused_facilitator_does_not_review_flags_on_that_case(
    case: Case, facilitator: User, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    from cases.models import Flag

    flag = Flag.objects.create(case=case, flagged_by=add_member(), reason="identifying")
    Recusal.objects.create(case=case, user=facilitator)
    client = login(facilitator)
    assert client.get(f"/moderation/flags/{flag.code}/").status_code in (403, 404)
    assert flag.code not in client.get("/moderation/").content.decode()
