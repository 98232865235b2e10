"""The directory at /groups/ and the group home at /groups/<slug>/."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from communities import extensions
from communities.models import Community, Membership, ModalityTag
from tests.communities.helpers import add_members, clinician, group_with_facilitator, signed_in
from tests.factories import CommunityFactory, MembershipFactory

pytestmark = pytest.mark.django_db


def _groups(count: int) -> None:
    emdr = ModalityTag.objects.get(slug="emdr")
    dbt = ModalityTag.objects.get(slug="dbt")
    communities = CommunityFactory.create_batch(count)
    for index, community in enumerate(communities):
        community.tags.set([emdr, dbt] if index % 2 else [emdr])
        MembershipFactory(community=community)


def test_the_directory_lists_what_a_clinician_needs_to_choose() -> None:
    community = CommunityFactory(
        name="EMDR circle",
        focus="Stuck processing",
        meeting_rhythm="Second Tuesday",
        time_zone="America/Chicago",
        capacity=6,
    )
    community.tags.set([ModalityTag.objects.get(slug="emdr")])
    add_members(community, 2)
    body = Client().get("/groups/").content.decode()
    for expected in (
        "EMDR circle",
        "Stuck processing",
        "EMDR",
        "Second Tuesday",
        "America/Chicago",
        "2 of 6",
        "By request",
    ):
        assert expected in body


def test_unlisted_groups_appear_only_to_their_members() -> None:
    hidden = CommunityFactory(name="Quiet group", visibility=Community.Visibility.UNLISTED)
    (member,) = add_members(hidden, 1)
    assert "Quiet group" not in Client().get("/groups/").content.decode()
    assert "Quiet group" not in signed_in(clinician()).get("/groups/").content.decode()
    assert "Quiet group" in signed_in(member).get("/groups/").content.decode()
    assert signed_in(clinician()).get(f"/groups/{hidden.slug}/").status_code == 404


def test_text_search_and_tag_filters_narrow_the_list() -> None:
    a = CommunityFactory(name="Alpha trauma group")
    a.tags.set([ModalityTag.objects.get(slug="emdr")])
    b = CommunityFactory(name="Beta couples group", focus="couples work")
    b.tags.set([ModalityTag.objects.get(slug="couples")])
    client = Client()
    by_text = client.get("/groups/", {"q": "couples"}).content.decode()
    assert "Beta couples group" in by_text and "Alpha trauma group" not in by_text
    by_tag = client.get("/groups/", {"tag": ["emdr"]}).content.decode()
    assert "Alpha trauma group" in by_tag and "Beta couples group" not in by_tag


def test_an_empty_search_says_so_honestly() -> None:
    CommunityFactory(name="Alpha")
    body = Client().get("/groups/", {"q": "nothing like this"}).content.decode()
    assert "No group matches your search" in body


def test_an_empty_directory_says_there_are_no_groups_yet() -> None:
    assert "There are no groups yet." in Client().get("/groups/").content.decode()


def test_an_unknown_tag_in_the_filter_is_ignored_with_a_clear_answer() -> None:
    response = Client().get("/groups/", {"tag": ["no-such-tag"]})
    assert response.status_code == 200


def _queries(client: Client, path: str, data: dict[str, Any] | None = None) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path, data or {}).status_code == 200
    return len(captured)


def test_the_directory_runs_the_same_queries_with_10_and_500_groups(
    django_assert_num_queries: Any,
) -> None:
    _groups(10)
    client = signed_in(clinician())
    search = {"tag": ["emdr"], "q": "group"}
    client.get("/groups/")  # the first request of a session does a little more
    with_ten = _queries(client, "/groups/", search)
    _groups(490)
    with django_assert_num_queries(with_ten):
        client.get("/groups/", search)
    print(f"directory queries with 10 and with 500 groups: {with_ten}")


def test_the_group_home_runs_the_same_queries_with_10_and_500_groups(
    django_assert_num_queries: Any,
) -> None:
    _groups(10)
    community, facilitator = group_with_facilitator()
    add_members(community, 5)
    client = signed_in(facilitator)
    client.get(f"/groups/{community.slug}/")
    with_ten = _queries(client, f"/groups/{community.slug}/")
    _groups(490)
    with django_assert_num_queries(with_ten):
        client.get(f"/groups/{community.slug}/")
    print(f"group home queries with 10 and with 500 groups: {with_ten}")


def test_the_group_home_reads_the_viewers_membership_and_the_facilitators_in_one_query() -> None:
    community, facilitator = group_with_facilitator()
    (member,) = add_members(community, 1)
    client = signed_in(member)
    with CaptureQueriesContext(connection) as ctx:
        body = client.get(f"/groups/{community.slug}/").content.decode()
    membership_rows = [
        q["sql"]
        for q in ctx.captured_queries
        if q["sql"].startswith('SELECT "communities_membership"."id"')
    ]
    assert len(membership_rows) == 1
    assert escape(facilitator.public_name) in body


def test_the_group_home_shows_the_covenant_prompt_instead_of_cases() -> None:
    community, _ = group_with_facilitator()
    (member,) = add_members(community, 1)
    Membership.objects.filter(user=member).update(covenant_accepted_version=None)
    body = signed_in(member).get(f"/groups/{community.slug}/").content.decode()
    assert "Please accept the group" in body


def test_upper_apps_add_panels_to_the_group_home() -> None:
    community, facilitator = group_with_facilitator()
    seen: list[Any] = []

    def panel(viewer: Any, group: Community, membership: Membership | None) -> dict[str, Any]:
        seen.append((viewer, group, membership))
        return {"title": "Next meeting: 12 May"}

    def hidden(viewer: Any, group: Community, membership: Membership | None) -> None:
        return None

    extensions.register_group_panel(
        extensions.GroupPanel(
            name="test-next", template="communities/panels/example.html", get_context=panel
        )
    )
    extensions.register_group_panel(
        extensions.GroupPanel(
            name="test-hidden", template="communities/panels/example.html", get_context=hidden
        )
    )
    try:
        body = signed_in(facilitator).get(f"/groups/{community.slug}/").content.decode()
    finally:
        extensions._PANELS.pop("test-next")
        extensions._PANELS.pop("test-hidden")
    assert "Next meeting: 12 May" in body
    assert body.count('class="card group-panel"') == 1
    assert seen[0][2].user == facilitator
