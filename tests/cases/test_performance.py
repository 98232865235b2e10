"""Query counts stay constant with data size: the case page, the list, the queue, search."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cases.models import Case, Flag, Reply, Revision
from communities.models import User
from tests.cases.conftest import make_case
from tests.conftest import World

CASE_PAGE_MAX_QUERIES = 10


def _add_replies(case: Case, authors: list[User], count: int) -> None:
    replies = Reply.objects.bulk_create(
        Reply(case=case, author=authors[i % len(authors)], body=f"Thought number {i}.")
        for i in range(count)
    )
    for reply in replies[:3]:
        Revision.objects.create(case=case, reply=reply, content={"body": "older"})
    if len(replies) > 1:
        Reply.objects.filter(pk=replies[1].pk).update(quoted=replies[0])


def _count_view(user: User, code: str) -> int:
    """The case page's own queries, without the session, user-session and MFA middleware."""
    from django.test import RequestFactory

    from cases import views

    request = RequestFactory().get(f"/cases/{code}/")
    request.user = user
    with CaptureQueriesContext(connection) as queries:
        response = views.detail(request, code)
    assert response.status_code == 200
    return len(queries)


def _count(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def authors(world: World, add_member: Callable[..., User]) -> list[User]:
    return [add_member() for _ in range(4)]


def test_the_case_page_runs_the_same_few_queries_with_5_or_100_replies(
    world: World, member: User, authors: list[User], login: Callable[[User], Client]
) -> None:
    small = make_case(world.community, member, title="Five replies")
    large = make_case(world.community, member, title="A hundred replies")
    _add_replies(small, authors, 5)
    _add_replies(large, authors, 100)
    client = login(authors[0])
    client.get(f"/cases/{small.code}/")  # warm the session and caches
    at_5 = _count(client, f"/cases/{small.code}/")
    at_100 = _count(client, f"/cases/{large.code}/")
    view_5 = _count_view(authors[0], small.code)
    view_100 = _count_view(authors[0], large.code)
    print(
        f"case page: whole request {at_5} queries at 5 replies, {at_100} at 100; "
        f"the view itself {view_5} at 5, {view_100} at 100"
    )
    assert at_5 == at_100
    assert view_5 == view_100 <= CASE_PAGE_MAX_QUERIES


def test_the_case_page_for_its_presenter_stays_within_the_budget(
    world: World, member: User, authors: list[User], login: Callable[[User], Client]
) -> None:
    large = make_case(world.community, member)
    _add_replies(large, authors, 100)
    assert _count_view(member, large.code) <= CASE_PAGE_MAX_QUERIES


def test_the_case_list_is_constant_in_the_number_of_cases(
    world: World, member: User, authors: list[User], login: Callable[[User], Client]
) -> None:
    client = login(authors[0])
    url = f"/groups/{world.community.slug}/cases/"
    client.get(url)
    for _ in range(3):
        make_case(world.community, member)
    few = _count(client, url)
    for _ in range(30):
        _add_replies(make_case(world.community, member), authors, 2)
    many = _count(client, url)
    print(f"case list queries: {few} with few cases, {many} with 35")
    assert few == many


def test_the_moderation_queue_is_constant_in_the_number_of_flags(
    world: World, member: User, moderator: User, login: Callable[[User], Client]
) -> None:
    client = login(moderator)
    client.get("/moderation/")
    few = _count(client, "/moderation/")
    for _ in range(20):
        Flag.objects.create(
            case=make_case(world.community, member), flagged_by=member, reason="other"
        )
    assert _count(client, "/moderation/") == few


def test_search_is_constant_in_the_number_of_hits(
    world: World, member: User, authors: list[User], login: Callable[[User], Client]
) -> None:
    client = login(authors[0])
    make_case(world.community, member, question="Pelican one")
    client.get("/search/?q=pelican")
    few = _count(client, "/search/?q=pelican")
    for _ in range(15):
        _add_replies(make_case(world.community, member, question="Pelican more"), authors, 1)
    assert _count(client, "/search/?q=pelican") == few
