"""Posts by people who are suspended or who deleted their account stay, and say so."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from cases.models import Case
from communities import services
from communities.models import User
from tests.cases.conftest import make_reply

pytestmark = pytest.mark.django_db

MARKER = '<span class="badge author-marker">suspended</span>'


def test_a_suspended_authors_case_and_reply_stay_and_are_marked_suspended(
    case: Case,
    member: User,
    moderator: User,
    add_member: Callable[..., User],
    login: Callable[[User], Client],
) -> None:
    replier = add_member(display_name="Rita Replier")
    make_reply(case, replier, body="Have you tried naming the ambivalence?")
    reader = add_member()
    services.suspend_user(actor=moderator, user=replier, reason="Repeated breaches")
    services.suspend_user(actor=moderator, user=member, reason="Repeated breaches")

    page = login(reader).get(f"/cases/{case.code}/").content.decode()
    listing = login(reader).get(f"/groups/{case.community.slug}/cases/").content.decode()

    assert case.question in page and "Have you tried naming the ambivalence?" in page
    assert f"Rita Replier {MARKER}" in page
    assert f"{member.public_name} {MARKER}" in page  # the presenter
    assert f"{member.public_name} {MARKER}" in listing


def test_a_deleted_authors_reply_stays_as_a_former_members_and_active_authors_are_unmarked(
    case: Case, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    leaver = add_member(display_name="Lena Leaver")
    make_reply(case, leaver, body="A thought worth keeping.")
    services.delete_account(user=leaver, purge_case_texts=False)

    page = login(add_member()).get(f"/cases/{case.code}/").content.decode()

    assert "A thought worth keeping." in page
    assert "Former member" in page and "Lena Leaver" not in page
    assert "author-marker" not in page  # nobody here is suspended


def test_a_reply_quoting_a_suspended_author_marks_them_in_the_quote(
    case: Case,
    moderator: User,
    add_member: Callable[..., User],
    login: Callable[[User], Client],
) -> None:
    quoted_author = add_member(display_name="Quinn Quoted")
    quoted = make_reply(case, quoted_author)
    answer = make_reply(case, add_member(), body="Building on that.")
    answer.quoted = quoted
    answer.save(update_fields=["quoted"])
    services.suspend_user(actor=moderator, user=quoted_author, reason="Breach")

    page = login(add_member()).get(f"/cases/{case.code}/").content.decode()

    assert page.count(f"Quinn Quoted {MARKER}") == 2  # their reply and the quote of it
