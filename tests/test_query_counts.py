"""Regression guards for `make bench`: every benchmarked page runs as many queries with large
data as with small data. Timings are never asserted here; bench/results/latest.md has them.

Pages whose guard lives beside the app's own tests (not repeated here):
- directory with a search, group home: tests/communities/test_directory_and_group_home.py
- case page with 5 and 100 replies, case search: tests/cases/test_performance.py
- occurrence page: tests/sessions_log/test_meetings.py
- personal calendar feed: tests/sessions_log/test_calendars.py
This module covers the dashboard and /me/hours/, and the bench's own plumbing.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import Resolver404, resolve
from django.utils import timezone

from communities.models import Community, Membership, User
from sessions_log.models import HoursEntry, Meeting, Occurrence
from tests.conftest import World
from tests.factories import CommunityFactory, MembershipFactory, UserFactory


def _queries(client: Client, url: str) -> int:
    client.get(url)  # the first request of a session creates rows the later ones only read
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def _signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def _add_meeting(community: Community) -> None:
    start = timezone.now() + timedelta(days=3)
    meeting = Meeting.objects.create(
        community=community,
        title="Monthly consult",
        time_zone="UTC",
        start_date=start.date(),
        start_time=start.time(),
    )
    Occurrence.objects.create(
        meeting=meeting, community=community, title=meeting.title, starts_at=start
    )


def _add_groups(member: User, count: int) -> None:
    """Groups of every kind the dashboard lists: active (with a meeting coming up), a covenant
    to accept, a pending ask."""
    for _ in range(count):
        active = CommunityFactory()
        MembershipFactory(user=member, community=active)
        _add_meeting(active)
        unaccepted = CommunityFactory(covenant_version=2)
        MembershipFactory(user=member, community=unaccepted, covenant_accepted_version=1)
        MembershipFactory(
            user=member,
            community=CommunityFactory(),
            status=Membership.Status.PENDING,
            joined_at=None,
            covenant_accepted_version=None,
        )


def test_the_dashboard_runs_the_same_queries_for_three_groups_as_for_thirty(
    world: World,
) -> None:
    member = UserFactory()
    _add_groups(member, 1)
    client = _signed_in(member)
    small = _queries(client, "/")
    _add_groups(member, 10)
    assert Community.objects.filter(memberships__user=member).count() == 33
    assert _queries(client, "/") == small


def _add_hours(user: User, community: Community, count: int) -> None:
    today = timezone.localdate()
    HoursEntry.objects.bulk_create(
        HoursEntry(
            user=user,
            source=HoursEntry.Source.MEETING if n % 3 else HoursEntry.Source.SELF_REPORTED,
            community=community if n % 3 else None,
            date=today - timedelta(days=20 * n),
            group_name=community.name if n % 3 else "Individual supervision",
            format=HoursEntry.Format.GROUP,
            minutes=90,
            facilitator_name="Fran Facilitator",
            facilitator_credentials="LCSW",
        )
        for n in range(count)
    )


def test_my_hours_runs_the_same_queries_for_three_entries_as_for_three_hundred(
    world: World,
) -> None:
    member = MembershipFactory(community=world.community).user
    _add_hours(member, world.community, 3)
    client = _signed_in(member)
    small = _queries(client, "/me/hours/")
    _add_hours(member, CommunityFactory(), 297)
    assert HoursEntry.objects.filter(user=member).count() == 300
    assert _queries(client, "/me/hours/") == small


def test_the_bench_ceiling_view_does_not_exist_outside_the_bench() -> None:
    with pytest.raises(Resolver404):
        resolve("/bench/ceiling")


@pytest.mark.django_db
def test_the_bench_middleware_reports_every_query_of_the_request() -> None:
    from bench.middleware import QueryCountMiddleware

    def view(request: object) -> object:
        from django.http import HttpResponse

        list(User.objects.all())
        list(Membership.objects.all())
        return HttpResponse("ok")

    response = QueryCountMiddleware(view)(RequestFactory().get("/"))  # type: ignore[arg-type]
    assert response["X-Query-Count"] == "2"
