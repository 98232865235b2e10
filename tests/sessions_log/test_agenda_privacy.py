"""A case on a meeting's agenda stays out of sight for whoever may not read it: members who
stepped out of it ("I may know this client") and members who have not accepted the covenant."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from cases.models import Case, Recusal
from communities.models import User
from sessions_log import planners, selectors
from sessions_log.models import AgendaItem, Occurrence
from tests.cases.conftest import make_case
from tests.conftest import World
from tests.sessions_log.conftest import schedule

pytestmark = pytest.mark.django_db

TITLE = "Ruptures with a returning client"
STEPPED_OUT = "A case (you stepped out of this one)"


@pytest.fixture
def next_meeting(world: World, facilitator: User) -> Occurrence:
    """The group's next meeting, with the facilitator's case accepted on its agenda."""
    Occurrence.objects.filter(community=world.community).delete()
    occurrence = schedule(world.community, facilitator).occurrences.get()
    case = make_case(world.community, facilitator, title=TITLE)
    AgendaItem.objects.create(
        occurrence=occurrence, proposed_by=facilitator, case=case, status="accepted", minutes=30
    )
    return occurrence


def _recuse(user: User) -> None:
    Recusal.objects.create(case=Case.objects.get(title=TITLE), user=user)


def _pages(client: Client, world: World, occurrence: Occurrence) -> dict[str, str]:
    pages = {
        "occurrence page": client.get(f"/meetings/{occurrence.code}/"),
        "group home": client.get(f"/groups/{world.community.slug}/"),
    }
    assert {name: r.status_code for name, r in pages.items()} == {
        "occurrence page": 200,
        "group home": 200,
    }
    return {name: response.content.decode() for name, response in pages.items()}


def test_a_member_who_stepped_out_of_a_case_does_not_see_its_title_on_the_agenda(
    client_for: Callable[[str], Client], world: World, member: User, next_meeting: Occurrence
) -> None:
    before = _pages(client_for("member"), world, next_meeting)
    assert TITLE in before["occurrence page"] and TITLE in before["group home"]
    _recuse(member)

    for name, page in _pages(client_for("member"), world, next_meeting).items():
        assert TITLE not in page, name
        assert STEPPED_OUT in page, name


def test_a_facilitator_who_stepped_out_still_settles_the_item_without_seeing_the_title(
    client_for: Callable[[str], Client], world: World, facilitator: User, next_meeting: Occurrence
) -> None:
    other = make_case(world.community, world.user("member"), title="Another presenter's case")
    AgendaItem.objects.create(occurrence=next_meeting, proposed_by=other.author, case=other)
    Recusal.objects.create(case=other, user=facilitator)

    page = client_for("facilitator").get(f"/meetings/{next_meeting.code}/").content.decode()

    assert "Another presenter's case" not in page
    assert STEPPED_OUT in page
    item = AgendaItem.objects.get(case=other)
    assert f'name="item" value="{item.pk}"' in page


def test_a_member_who_has_not_accepted_the_covenant_sees_no_case_titles_in_meetings(
    client_for: Callable[[str], Client], world: World, next_meeting: Occurrence
) -> None:
    for name, page in _pages(client_for("unaccepted"), world, next_meeting).items():
        assert TITLE not in page, name
        assert "A case (accept the group" in page, name


def test_a_hidden_case_on_the_agenda_shows_no_title_to_other_members(
    client_for: Callable[[str], Client], world: World, next_meeting: Occurrence
) -> None:
    Case.objects.filter(title=TITLE).update(visibility=Case.Visibility.HIDDEN)
    for name, page in _pages(client_for("member"), world, next_meeting).items():
        assert TITLE not in page, name


def test_the_agenda_form_offers_no_case_its_presenter_stepped_out_of(
    client_for: Callable[[str], Client], world: World, member: User, next_meeting: Occurrence
) -> None:
    own = make_case(world.community, member, title="My own case")
    mine_but_recused = make_case(world.community, member, title="A case I stepped out of")
    Recusal.objects.create(case=mine_but_recused, user=member)
    client = client_for("member")

    page = client.get(f"/meetings/{next_meeting.code}/").content.decode()
    response = client.post(
        f"/meetings/{next_meeting.code}/agenda/", {"case": mine_but_recused.code, "topic": ""}
    )

    assert f'value="{own.code}"' in page
    assert mine_but_recused.code not in page and "A case I stepped out of" not in page
    assert TITLE not in page.split('id="agenda"')[1].split("<form")[1]  # not a choice either
    assert response.status_code == 422
    assert not AgendaItem.objects.filter(case=mine_but_recused).exists()


def test_a_digest_never_names_a_case_its_reader_stepped_out_of(
    world: World, member: User, facilitator: User, next_meeting: Occurrence
) -> None:
    _recuse(member)
    now = timezone.now()
    request = planners.DigestRequest(
        user_id=member.pk,
        since=now - timedelta(days=1),
        until=now + timedelta(minutes=1),
        time_zone=member.time_zone,
        upcoming_days=30,
    )

    digest = planners.collect_digests([request])[member.pk]

    assert digest.groups and not digest.is_empty  # the meeting is coming up
    assert TITLE not in repr(digest)


def test_the_agenda_labels_take_one_query_for_readable_recused_and_hidden_cases(
    world: World,
    member: User,
    next_meeting: Occurrence,
    django_assert_num_queries: Callable[..., Any],
) -> None:
    readable = Case.objects.get(title=TITLE)
    recused = make_case(world.community, world.user("facilitator"), title="Known client")
    hidden = make_case(world.community, world.user("facilitator"), title="Hidden by a moderator")
    Case.objects.filter(pk=hidden.pk).update(visibility=Case.Visibility.HIDDEN)
    Recusal.objects.create(case=recused, user=member)
    for case in (recused, hidden):
        AgendaItem.objects.create(
            occurrence=next_meeting, proposed_by=case.author, case=case, status="accepted"
        )
    items = list(next_meeting.agenda.select_related("case").order_by("id"))

    with django_assert_num_queries(1):
        selectors.label_agenda_cases(items, viewer=member, can_see_cases=True)

    labels = {item.case_id: (item.case_title, item.case_withheld) for item in items}  # type: ignore[attr-defined]
    assert labels == {
        readable.pk: (TITLE, ""),
        recused.pk: ("", selectors.STEPPED_OUT),
        hidden.pk: ("", selectors.UNAVAILABLE),
    }


def test_the_cases_offered_for_the_agenda_are_loaded_without_their_bodies(
    world: World, facilitator: User, next_meeting: Occurrence
) -> None:
    (case,) = selectors.own_cases_for_agenda(user=facilitator, community=world.community)

    assert (case.code, case.title) == (Case.objects.get(title=TITLE).code, TITLE)
    assert {"presenting_concern", "background", "tried", "question", "takeaways"} <= (
        case.get_deferred_fields()
    )
