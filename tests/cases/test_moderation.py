"""Flags and the moderation queue: hiding at once, reviewing, redacting, auditing."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client

from cases.models import Case, Flag, PhiAcknowledgement, Reply, Revision
from communities.models import AuditEvent, OutboxMessage, User
from tests.cases.conftest import make_case, make_reply
from tests.conftest import World
from tests.factories import CommunityFactory, MembershipFactory, UserFactory


def _flag(client: Client, case: Case, reason: str = "identifying", reply: Reply | None = None):
    data = {"reason": reason, "note": "Looks like a real date."}
    if reply is not None:
        data["reply"] = reply.code
    return client.post(f"/cases/{case.code}/flag/", data)


def test_an_identifying_flag_hides_the_case_from_members_at_once(
    case: Case,
    member: User,
    facilitator: User,
    add_member: Callable[..., User],
    login: Callable[[User], Client],
) -> None:
    flagger, bystander = add_member(), add_member()
    response = _flag(login(flagger), case)
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.visibility == Case.Visibility.PENDING_REVIEW
    assert login(bystander).get(f"/cases/{case.code}/").status_code == 404
    assert (
        case.title
        not in login(bystander).get(f"/groups/{case.community.slug}/cases/").content.decode()
    )
    # The presenter and the facilitators still see it, with a notice.
    assert "pending review" in login(member).get(f"/cases/{case.code}/").content.decode()
    assert login(facilitator).get(f"/cases/{case.code}/").status_code == 200
    assert AuditEvent.objects.filter(action="case.flagged").exists()


def test_other_flags_leave_the_content_visible(
    case: Case, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    _flag(login(add_member()), case, reason="off_topic")
    case.refresh_from_db()
    assert case.visibility == Case.Visibility.VISIBLE


def test_an_identifying_flag_on_a_reply_hides_only_the_reply(
    case: Case, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    author, flagger, bystander = add_member(), add_member(), add_member()
    reply = make_reply(case, author, body="Her birthday is on the 4th of July.")
    _flag(login(flagger), case, reply=reply)
    page = login(bystander).get(f"/cases/{case.code}/").content.decode()
    assert "Hidden pending review." in page and "birthday" not in page
    assert "birthday" in login(author).get(f"/cases/{case.code}/").content.decode()


def test_facilitators_see_their_groups_queue_and_moderators_all(
    world: World,
    case: Case,
    facilitator: User,
    moderator: User,
    add_member: Callable[..., User],
    login: Callable[[User], Client],
) -> None:
    _flag(login(add_member()), case)
    elsewhere = CommunityFactory()
    stranger = MembershipFactory(community=elsewhere).user
    other_case = make_case(elsewhere, stranger, title="A case in another group")
    Flag.objects.create(case=other_case, flagged_by=stranger, reason="other")
    facilitator_queue = login(facilitator).get("/moderation/").content.decode()
    moderator_queue = login(moderator).get("/moderation/").content.decode()
    assert world.community.name in facilitator_queue and elsewhere.name not in facilitator_queue
    assert elsewhere.name in moderator_queue and world.community.name in moderator_queue
    # The queue lists no case titles or text.
    assert other_case.title not in moderator_queue


def test_a_moderator_reads_a_case_outside_their_groups_only_through_a_flag_and_it_is_audited(
    case: Case, moderator: User, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    client = login(moderator)
    assert client.get(f"/cases/{case.code}/").status_code == 404
    _flag(login(add_member()), case)
    flag = Flag.objects.get(case=case, reason="identifying")
    page = client.get(f"/moderation/flags/{flag.code}/")
    assert page.status_code == 200 and case.question in page.content.decode()
    event = AuditEvent.objects.get(action="case.read_via_flag")
    assert event.actor == moderator and event.data["flag"] == flag.code


def test_a_facilitator_reading_their_own_groups_flag_is_not_an_outside_read(
    case: Case, facilitator: User, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    _flag(login(add_member()), case)
    flag = Flag.objects.get(case=case, reason="identifying")
    login(facilitator).get(f"/moderation/flags/{flag.code}/")
    assert not AuditEvent.objects.filter(action="case.read_via_flag").exists()


def test_dismissing_restores_the_content_and_tells_the_flagger(
    case: Case, facilitator: User, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    flagger = add_member()
    _flag(login(flagger), case)
    flag = Flag.objects.get(case=case, reason="identifying")
    response = login(facilitator).post(f"/moderation/flags/{flag.code}/act/", {"action": "dismiss"})
    assert response.status_code == 302
    case.refresh_from_db()
    flag.refresh_from_db()
    assert case.visibility == Case.Visibility.VISIBLE
    assert flag.outcome == Flag.Outcome.DISMISSED and flag.resolved_by == facilitator
    assert OutboxMessage.objects.filter(kind="case_flag_outcome", recipient=flagger).exists()
    assert AuditEvent.objects.filter(action="case.moderation.dismiss", actor=facilitator).exists()
    page = login(flagger).get(f"/cases/{case.code}/").content.decode()
    assert "flag was reviewed: dismissed" in page


def test_hiding_deleting_and_warning_each_do_what_they_say(
    world: World,
    facilitator: User,
    member: User,
    add_member: Callable[..., User],
    login: Callable[[User], Client],
) -> None:
    reviewer = login(facilitator)
    bystander = login(add_member())
    hidden = make_case(world.community, member, title="To hide")
    deleted = make_case(world.community, member, title="To delete")
    warned = make_case(world.community, member, title="To warn about")
    for case, action in ((hidden, "hide"), (deleted, "delete"), (warned, "warn")):
        flag = Flag.objects.create(case=case, flagged_by=facilitator, reason="disrespectful")
        reviewer.post(f"/moderation/flags/{flag.code}/act/", {"action": action})
    hidden.refresh_from_db()
    deleted.refresh_from_db()
    assert hidden.visibility == Case.Visibility.HIDDEN
    assert bystander.get(f"/cases/{hidden.code}/").status_code == 404
    assert deleted.visibility == Case.Visibility.DELETED and deleted.question == ""
    assert login(member).get(f"/cases/{deleted.code}/").status_code == 404
    assert bystander.get(f"/cases/{warned.code}/").status_code == 200
    assert OutboxMessage.objects.filter(kind="case_warning", recipient=member).exists()
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"case.moderation.hide", "case.moderation.delete", "case.moderation.warn"} <= actions


def test_redacting_edits_the_text_out_restores_it_and_purges_every_revision(
    world: World,
    facilitator: User,
    member: User,
    add_member: Callable[..., User],
    login: Callable[[User], Client],
) -> None:
    case = make_case(world.community, member, background="Grew up on Elm Street 12.")
    Revision.objects.create(case=case, editor=member, content={"background": "Older text"})
    PhiAcknowledgement.objects.create(
        case=case, field="background", span_key="k", excerpt="Elm Street 12"
    )
    _flag(login(add_member()), case)
    flag = Flag.objects.get(case=case, reason="identifying")
    form = login(facilitator).get(f"/moderation/flags/{flag.code}/redact/")
    assert "Grew up on Elm Street 12." in form.content.decode()
    response = login(facilitator).post(
        f"/moderation/flags/{flag.code}/redact/",
        {
            "title": case.title,
            "presenting_concern": case.presenting_concern,
            "background": "Grew up in a city.",
            "tried": case.tried,
            "question": case.question,
            "takeaways": "",
        },
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.background == "Grew up in a city." and case.is_visible
    assert not Revision.objects.filter(case=case).exists()
    assert PhiAcknowledgement.objects.get(case=case).excerpt == ""
    event = AuditEvent.objects.get(action="case.moderation.redact")
    assert event.data["revisions_purged"] == 1
    assert Flag.objects.get(pk=flag.pk).outcome == Flag.Outcome.REDACTED


def test_a_redaction_is_guarded_too(
    case: Case, facilitator: User, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    _flag(login(add_member()), case)
    flag = Flag.objects.get(case=case, reason="identifying")
    response = login(facilitator).post(
        f"/moderation/flags/{flag.code}/redact/",
        {
            "title": case.title,
            "question": "Call her at 555-201-3344?",
        },
    )
    assert response.status_code == 422


def test_a_facilitator_of_another_group_cannot_review_this_groups_flags(
    case: Case, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    _flag(login(add_member()), case)
    flag = Flag.objects.get(case=case, reason="identifying")
    other = MembershipFactory(
        community=CommunityFactory(), role="facilitator", user=UserFactory()
    ).user
    from tests.conftest import enrol_totp

    enrol_totp(other)
    assert login(other).get(f"/moderation/flags/{flag.code}/").status_code == 404
    assert (
        login(other).post(f"/moderation/flags/{flag.code}/act/", {"action": "dismiss"}).status_code
        == 404
    )
