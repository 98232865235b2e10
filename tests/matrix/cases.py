"""Rows for the cases app: every route, every persona.

The world's case is presented by the member; the facilitator replies nothing but has recused
from a second case (for the undo route); a flag ("other", so the case stays visible) waits.
"""

from __future__ import annotations

from tests.conftest import World
from tests.matrix import Route, covenant_members_only, facilitators_only, signed_in

CASE_DATA = {
    "title": "Engagement with a grieving teenager",
    "presenting_concern": "A teenager referred after a loss in the family withdraws in sessions.",
    "background": "Lives with a parent and two siblings; attends secondary school.",
    "tried": "Behavioural activation, some narrative work.",
    "question": "How would you build engagement without pushing too early?",
    "tags": "grief, adolescents",
    "attest": "on",
}


def extend_world(world: World) -> None:
    from cases.models import Case, Flag, Follow, Recusal, Reply, Revision

    member = world.user("member")
    facilitator = world.user("facilitator")
    case = Case.objects.create(
        community=world.community,
        author=member,
        title="Stuck with a client who cancels",
        presenting_concern="Frequent late cancellations after a good start.",
        background="Adult client, second year of work.",
        tried="Named the pattern; offered a different time.",
        question="What would you explore next?",
    )
    Follow.objects.create(case=case, user=member)
    reply = Reply.objects.create(case=case, author=member, body="Adding one more thought.")
    Revision.objects.create(case=case, reply=reply, editor=member, content={"body": "Earlier"})
    flag = Flag.objects.create(case=case, flagged_by=member, reason=Flag.Reason.OTHER, note="?")
    recused = Case.objects.create(
        community=world.community,
        author=member,
        title="A case the facilitator stepped back from",
        question="Any thoughts?",
    )
    Recusal.objects.create(case=recused, user=facilitator)
    world.objects.update(case=case, reply=reply, flag=flag, recused_case=recused)


def _case(w: World) -> str:
    return w.objects["case"].code


def _reply(w: World) -> str:
    return f"/cases/{_case(w)}/replies/{w.objects['reply'].code}"


def _flag(w: World) -> str:
    return f"/moderation/flags/{w.objects['flag'].code}"


# Reviewers of the group's flags: its facilitators and the site moderators. Members who can
# read the case learn the flag exists (403); everyone else 404.
REVIEWERS = facilitators_only(200, moderator=200, unaccepted=404)
AUTHOR_ONLY = covenant_members_only(200, facilitator=403)

ROUTES = [
    Route("cases:list", lambda w: f"/groups/{w.community.slug}/cases/", covenant_members_only()),
    Route(
        "cases:create", lambda w: f"/groups/{w.community.slug}/cases/new/", covenant_members_only()
    ),
    Route(
        "cases:create",
        lambda w: f"/groups/{w.community.slug}/cases/new/",
        covenant_members_only(302),
        method="POST",
        data=CASE_DATA,
    ),
    Route(
        "cases:check",
        lambda w: f"/groups/{w.community.slug}/cases/check/",
        covenant_members_only(200),
        method="POST",
        data=CASE_DATA,
        htmx=True,
    ),
    Route(
        "cases:group_moderation",
        lambda w: f"/groups/{w.community.slug}/moderation/",
        facilitators_only(200, moderator=200),
    ),
    Route("cases:search", "/search/?q=cancellations", signed_in(200)),
    Route("cases:detail", lambda w: f"/cases/{_case(w)}/", covenant_members_only()),
    Route("cases:edit", lambda w: f"/cases/{_case(w)}/edit/", AUTHOR_ONLY),
    Route(
        "cases:edit",
        lambda w: f"/cases/{_case(w)}/edit/",
        covenant_members_only(302, facilitator=403),
        method="POST",
        data=CASE_DATA,
    ),
    Route("cases:revisions", lambda w: f"/cases/{_case(w)}/revisions/", covenant_members_only()),
    Route("cases:close", lambda w: f"/cases/{_case(w)}/close/", AUTHOR_ONLY),
    Route(
        "cases:follow",
        lambda w: f"/cases/{_case(w)}/follow/",
        covenant_members_only(302),
        method="POST",
    ),
    Route(
        "cases:unfollow",
        lambda w: f"/cases/{_case(w)}/unfollow/",
        covenant_members_only(302),
        method="POST",
    ),
    Route(
        "cases:recuse",
        lambda w: f"/cases/{_case(w)}/recuse/",
        covenant_members_only(302, member=403),
        method="POST",
    ),
    Route(
        "cases:unrecuse",
        lambda w: f"/cases/{w.objects['recused_case'].code}/recuse/undo/",
        covenant_members_only(404, facilitator=302),
        method="POST",
    ),
    Route("cases:flag", lambda w: f"/cases/{_case(w)}/flag/", covenant_members_only()),
    Route(
        "cases:flag",
        lambda w: f"/cases/{_case(w)}/flag/",
        covenant_members_only(302),
        method="POST",
        data={"reason": "off_topic", "note": "Drifting."},
    ),
    Route(
        "cases:reply",
        lambda w: f"/cases/{_case(w)}/reply/",
        covenant_members_only(302),
        method="POST",
        data={"body": "Have you asked what the cancellations protect?"},
    ),
    Route("cases:reply_edit", lambda w: f"{_reply(w)}/edit/", AUTHOR_ONLY),
    Route(
        "cases:reply_delete",
        lambda w: f"{_reply(w)}/delete/",
        covenant_members_only(302, facilitator=403),
        method="POST",
    ),
    Route("cases:reply_revisions", lambda w: f"{_reply(w)}/revisions/", covenant_members_only()),
    Route("cases:moderation", "/moderation/", signed_in(403, facilitator=200, moderator=200)),
    Route("cases:flag_review", lambda w: f"{_flag(w)}/", REVIEWERS),
    Route(
        "cases:flag_act",
        lambda w: f"{_flag(w)}/act/",
        facilitators_only(302, moderator=302, unaccepted=404),
        method="POST",
        data={"action": "dismiss"},
    ),
    Route("cases:redact", lambda w: f"{_flag(w)}/redact/", REVIEWERS),
]
