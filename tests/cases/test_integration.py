"""What cases adds to communities: the group home panel, the data export, account deletion."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client

from cases.integration import erase_cases, export_cases
from cases.models import Case, Follow, Reply, Revision
from communities import extensions
from communities.models import User
from tests.cases.conftest import make_case, make_reply
from tests.conftest import World


def test_cases_registers_its_panel_exporter_and_eraser() -> None:
    assert "cases" in extensions.exporters()
    assert "cases" in extensions.account_erasers()


def test_the_group_home_lists_recent_cases_only_to_covenant_members(
    world: World, member: User, login: Callable[[User], Client]
) -> None:
    case = make_case(world.community, member, title="Visible on the group home")
    url = f"/groups/{world.community.slug}/"
    assert case.title in login(member).get(url).content.decode()
    unaccepted = world.user("unaccepted")
    assert case.title not in login(unaccepted).get(url).content.decode()


def test_the_export_holds_the_users_own_cases_and_replies(world: World, member: User) -> None:
    case = make_case(world.community, member, question="My own question")
    make_reply(case, member, body="My own reply")
    data = export_cases(member)
    assert any(c["question"] == "My own question" for c in data["cases"])
    assert any(r["body"] == "My own reply" for r in data["replies"])


def test_deleting_an_account_with_purge_removes_the_texts_and_revisions(
    world: World, member: User, add_member: Callable[..., User]
) -> None:
    other = add_member()
    case = make_case(world.community, member)
    Revision.objects.create(case=case, content={"question": "older"})
    theirs = make_case(world.community, other)
    reply = make_reply(theirs, member, body="Reply to purge")
    erase_cases(user=member, purge_case_texts=True)
    case.refresh_from_db()
    assert case.is_purged and case.question == ""
    assert Reply.objects.get(pk=reply.pk).body == ""
    assert not Revision.objects.filter(case=case).exists()
    assert not Follow.objects.filter(user=member).exists()
    assert Case.objects.get(pk=theirs.pk).question


def test_deleting_an_account_without_purge_keeps_the_texts(world: World, member: User) -> None:
    case = make_case(world.community, member)
    erase_cases(user=member, purge_case_texts=False)
    assert Case.objects.get(pk=case.pk).question == case.question
