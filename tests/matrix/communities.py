"""Rows for the communities app."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from tests.conftest import World
from tests.factories import UserFactory
from tests.matrix import (
    LOGIN,
    Route,
    answers,
    facilitators_only,
    members_only,
    moderators_only,
    signed_in,
)


def extend_world(world: World) -> None:
    from communities.access import invitation_token
    from communities.models import Invitation

    invitation = Invitation.objects.create(
        community=world.community,
        email="invitee@example.org",
        invited_by=world.user("facilitator"),
        expires_at=timezone.now() + timedelta(days=14),
    )
    world.objects["invitation"] = invitation
    world.objects["invitation_token"] = invitation_token(invitation)
    # The member's approval came with a note from the facilitator, which only they may read.
    world.community.memberships.filter(user=world.user("member")).update(
        decision_message="Welcome to the group."
    )
    # Someone else suspended, so reactivating them leaves the "suspended" persona as it is.
    world.objects["other_suspended"] = UserFactory(
        email="also-suspended@example.org", is_active=False, suspended_at=timezone.now()
    )


def _group(suffix: str = "") -> object:
    return lambda w: f"/groups/{w.community.slug}/{suffix}"


def _code(world: World, persona: str) -> str:
    user = world.user(persona)
    assert user is not None
    return user.code


ROUTES = [
    Route("communities:directory", "/groups/", answers(200)),
    Route("communities:directory", "/groups/?q=trauma&open_only=on", answers(200)),
    Route("communities:create", "/groups/new/", signed_in(200)),
    Route("communities:detail", _group(), answers(200)),
    Route("communities:members", _group("members/"), members_only(200)),
    Route(
        "communities:member_role",
        lambda w: f"/groups/{w.community.slug}/members/{_code(w, 'member')}/role/",
        facilitators_only(302),
        method="POST",
        data={"role": "facilitator"},
    ),
    Route(
        "communities:remove_member",
        lambda w: f"/groups/{w.community.slug}/members/{_code(w, 'member')}/remove/",
        facilitators_only(200),
    ),
    Route("communities:settings", _group("settings/"), facilitators_only(200)),
    Route("communities:covenant", _group("covenant/"), members_only(200)),
    Route("communities:covenant_edit", _group("covenant/edit/"), facilitators_only(200)),
    Route("communities:join", _group("join/"), signed_in(200)),
    Route("communities:requests", _group("requests/"), facilitators_only(200)),
    Route(
        "communities:decide",
        lambda w: f"/groups/{w.community.slug}/requests/{_code(w, 'pending')}/",
        facilitators_only(302),
        method="POST",
        data={"decision": "decline", "message": ""},
    ),
    Route("communities:invitations", _group("invitations/"), facilitators_only(200)),
    Route(
        "communities:revoke_invitation",
        _group("invitations/revoke/"),
        facilitators_only(302),
        method="POST",
        data=lambda w: {"invitation": w.objects["invitation"].pk},
    ),
    Route("communities:leave", _group("leave/"), members_only(200)),
    Route("communities:decision_message", _group("message/"), signed_in(404, member=200)),
    Route("communities:group_audit", _group("audit/"), facilitators_only(200)),
    Route(
        "communities:invitation",
        lambda w: f"/invitations/{w.objects['invitation_token']}/",
        answers(200),
    ),
    Route("communities:invitation", "/invitations/forged-token/", answers(410)),
    Route(
        "communities:person",
        lambda w: f"/people/{_code(w, 'member')}/",
        answers(200, anonymous=LOGIN, suspended=LOGIN, outsider=404, pending=404),
    ),
    Route("communities:profile", "/me/profile/", signed_in(200)),
    Route("communities:export", "/me/export/", signed_in(200)),
    # Deleting an account asks for the password (or second factor) again first.
    Route("communities:delete_account", "/me/delete/", signed_in(302)),
    Route("communities:audit", "/moderation/audit/", moderators_only(200)),
    Route("communities:people", "/moderation/people/", moderators_only(200)),
    Route(
        "communities:suspend",
        lambda w: f"/moderation/people/{_code(w, 'outsider')}/suspend/",
        moderators_only(302),
        method="POST",
        data={"reason": "matrix"},
    ),
    Route(
        "communities:reactivate",
        lambda w: f"/moderation/people/{w.objects['other_suspended'].code}/reactivate/",
        moderators_only(302),
        method="POST",
    ),
    Route("communities:moderation_groups", "/moderation/groups/", moderators_only(200)),
    Route(
        "communities:archive",
        lambda w: f"/moderation/groups/{w.community.slug}/archive/",
        moderators_only(302),
        method="POST",
        data={"action": "archive"},
    ),
]


# --- Mail (the outbox issue): preferences, unsubscribe, the moderator outbox, the demo's mail
def _unsubscribe_path(world: World) -> str:
    from communities.mail import unsubscribe_token

    member = world.user("member")
    assert member is not None
    return f"/mail/unsubscribe/{unsubscribe_token(member.pk, 'digest')}/"


_NOT_THE_MEMBER = {
    p: 403 for p in ("outsider", "pending", "unaccepted", "facilitator", "moderator")
}

ROUTES += [
    Route("communities:notifications", "/me/notifications/", signed_in(200)),
    Route(
        "communities:notifications",
        "/me/notifications/",
        signed_in(302),
        method="POST",
        data={"mail_enabled": "on", "digest": "daily", "replies": "off"},
    ),
    Route(
        "communities:rotate_calendar_token",
        "/me/notifications/calendar-token/",
        signed_in(302),
        method="POST",
    ),
    Route("communities:rotate_calendar_token", "/me/notifications/calendar-token/", signed_in(405)),
    Route("communities:resume_mail", "/me/notifications/resume/", signed_in(302), method="POST"),
    Route("communities:unsubscribe", _unsubscribe_path, answers(200, **_NOT_THE_MEMBER)),
    Route(
        "communities:unsubscribe",
        "/mail/unsubscribe/forged-token/",
        answers(400),
    ),
    Route("communities:outbox", "/moderation/outbox/", moderators_only(200)),
    Route("communities:dev_mail", "/dev/mail/", answers(404)),
]
