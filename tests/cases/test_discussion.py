"""Replies, quoting, edits with revisions, soft deletion, following and reply mail."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client

from cases.models import Case, Follow, Recusal, Reply, Revision
from communities.models import NotificationPreferences, OutboxMessage, User
from communities.services import preferences_for
from tests.cases.conftest import make_reply


def test_a_member_replies_and_followers_are_told_by_mail_without_the_text(
    case: Case,
    member: User,
    add_member: Callable[..., User],
    login: Callable[[User], Client],
    django_capture_on_commit_callbacks: Callable[..., object],
) -> None:
    replier = add_member(display_name="Rae Replier")
    response = login(replier).post(
        f"/cases/{case.code}/reply/", {"body": "Have you asked what the cancellations protect?"}
    )
    reply = Reply.objects.get(case=case, author=replier)
    assert response.status_code == 302
    assert response["Location"].endswith(f"#reply-{reply.code}")
    message = OutboxMessage.objects.get(kind="reply")
    assert message.recipient == member
    assert message.context == {"reply": reply.pk, "case": case.pk}
    assert "cancellations" not in str(message.context)


def test_reply_mail_renders_group_and_title_only(
    case: Case, member: User, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    from cases.mail import build_reply

    replier = add_member()
    login(replier).post(f"/cases/{case.code}/reply/", {"body": "Secret clinical musing."})
    context = build_reply(OutboxMessage.objects.get(kind="reply"))
    assert context["case_title"] == case.title
    assert context["community_name"] == case.community.name
    assert "Secret" not in str(context)


def test_followers_who_turned_replies_off_or_recused_get_no_mail(
    case: Case, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    quiet, recused, replier = add_member(), add_member(), add_member()
    prefs = preferences_for(quiet)
    prefs.replies = NotificationPreferences.Replies.OFF
    prefs.save(update_fields=["replies"])
    Follow.objects.create(case=case, user=quiet)
    Follow.objects.create(case=case, user=recused)
    Recusal.objects.create(case=case, user=recused)
    login(replier).post(f"/cases/{case.code}/reply/", {"body": "A thought."})
    recipients = set(OutboxMessage.objects.filter(kind="reply").values_list("recipient", flat=True))
    assert recipients == {case.author_id}


def test_the_author_of_a_reply_is_not_mailed_about_it(
    case: Case, member: User, login: Callable[[User], Client]
) -> None:
    login(member).post(f"/cases/{case.code}/reply/", {"body": "Answering myself."})
    assert not OutboxMessage.objects.filter(kind="reply").exists()


def test_a_reply_with_an_identifying_detail_is_blocked(
    case: Case, member: User, login: Callable[[User], Client]
) -> None:
    response = login(member).post(
        f"/cases/{case.code}/reply/", {"body": "She works at 555-201-3344."}
    )
    assert response.status_code == 422
    assert '<mark class="phi"' in response.content.decode()
    assert not Reply.objects.filter(case=case, author=member).exists()


def test_quoting_prefills_the_reply_and_links_back(
    case: Case, member: User, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    earlier = make_reply(case, add_member(), body="Try a values conversation.")
    client = login(member)
    page = client.get(f"/cases/{case.code}/?quote={earlier.code}").content.decode()
    assert "&gt; Try a values conversation." in page
    client.post(
        f"/cases/{case.code}/reply/",
        {"body": "> Try a values conversation.\n\nAgreed.", "quoted": earlier.code},
    )
    reply = Reply.objects.get(case=case, author=member)
    assert reply.quoted == earlier
    assert f'href="#reply-{earlier.code}"' in client.get(f"/cases/{case.code}/").content.decode()


def test_editing_a_reply_keeps_a_revision_for_the_author_and_facilitators(
    case: Case,
    member: User,
    facilitator: User,
    add_member: Callable[..., User],
    login: Callable[[User], Client],
) -> None:
    other = add_member()
    reply = make_reply(case, member, body="First take.")
    url = f"/cases/{case.code}/replies/{reply.code}"
    assert login(member).post(f"{url}/edit/", {"body": "Second take."}).status_code == 302
    reply.refresh_from_db()
    assert reply.body == "Second take." and reply.edited_at is not None
    assert Revision.objects.get(reply=reply).content == {"body": "First take."}
    assert "First take." in login(facilitator).get(f"{url}/revisions/").content.decode()
    assert login(other).get(f"{url}/revisions/").status_code == 403
    assert login(other).post(f"{url}/edit/", {"body": "Hijack"}).status_code == 403


def test_deleting_a_reply_leaves_deleted_by_author(
    case: Case, member: User, login: Callable[[User], Client]
) -> None:
    reply = make_reply(case, member, body="Regrettable wording.")
    client = login(member)
    client.post(f"/cases/{case.code}/replies/{reply.code}/delete/")
    reply.refresh_from_db()
    assert reply.deleted_at is not None and reply.body == ""
    page = client.get(f"/cases/{case.code}/").content.decode()
    assert "Deleted by author." in page and "Regrettable" not in page


def test_members_follow_and_unfollow(
    case: Case, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    other = add_member()
    client = login(other)
    client.post(f"/cases/{case.code}/follow/")
    assert Follow.objects.filter(case=case, user=other).exists()
    assert "Unfollow" in client.get(f"/cases/{case.code}/").content.decode()
    client.post(f"/cases/{case.code}/unfollow/")
    assert not Follow.objects.filter(case=case, user=other).exists()


def test_a_closed_case_takes_no_more_replies(
    case: Case, member: User, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    login(member).post(f"/cases/{case.code}/close/", {"takeaways": "Enough for now."})
    login(add_member()).post(f"/cases/{case.code}/reply/", {"body": "Late thought."})
    assert not Reply.objects.filter(case=case, body="Late thought.").exists()
