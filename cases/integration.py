"""What cases adds to communities' pages and to a user's data: the group home's recent-cases
panel, the data export and the account-deletion purge (see ``communities.extensions``)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.utils import timezone

from cases import access
from cases.models import Case, Flag, Follow, PhiAcknowledgement, Recusal, Reply, Revision
from communities.access import has_accepted_current_covenant
from communities.models import Community, Membership, User

PANEL_CASES = 5


def recent_cases_panel(
    viewer: User | AnonymousUser, community: Community, membership: Membership | None
) -> dict[str, Any] | None:
    """Recent case titles, only for members who may read the group's cases."""
    if membership is None or not membership.is_active or not isinstance(viewer, User):
        return None
    if not has_accepted_current_covenant(membership):
        return None
    cases = list(
        access.cases_visible_to(viewer)
        .filter(community=community, visibility=Case.Visibility.VISIBLE)
        .only("id", "code", "title", "status")  # the panel lists titles, never bodies
        .order_by("-last_activity_at")[:PANEL_CASES]
    )
    return {"community": community, "cases": cases}


def export_cases(user: User) -> dict[str, Any]:
    """The user's own case texts and replies, follows, recusals and flags."""
    cases = Case.objects.filter(author=user).select_related("community").prefetch_related("tags")
    replies = Reply.objects.filter(author=user).select_related("case__community")
    return {
        "cases": [
            {
                "code": case.code,
                "group": case.community.name,
                "title": case.title,
                "presenting_concern": case.presenting_concern,
                "background": case.background,
                "tried": case.tried,
                "question": case.question,
                "takeaways": case.takeaways,
                "tags": [tag.name for tag in case.tags.all()],
                "status": case.status,
                "created_at": case.created_at.isoformat(),
                "purged": case.is_purged,
            }
            for case in cases
        ],
        "replies": [
            {
                "case": reply.case.code,
                "group": reply.case.community.name,
                "body": reply.body,
                "created_at": reply.created_at.isoformat(),
                "deleted": reply.is_deleted,
            }
            for reply in replies
        ],
        "following": list(Follow.objects.filter(user=user).values_list("case__code", flat=True)),
        "recusals": [
            r.isoformat()
            for r in Recusal.objects.filter(user=user).values_list("created_at", flat=True)
        ],
        "flags_filed": [
            {
                "reason": flag.reason,
                "note": flag.note,
                "created_at": flag.created_at.isoformat(),
                "outcome": flag.outcome,
            }
            for flag in Flag.objects.filter(flagged_by=user)
        ],
    }


@transaction.atomic
def erase_cases(*, user: User, purge_case_texts: bool) -> None:
    """On account deletion: stop following; when asked, purge the texts the user wrote and
    their earlier versions (the rows stay as tombstones so discussions keep their shape)."""
    Follow.objects.filter(user=user).delete()
    if not purge_case_texts:
        return
    now = timezone.now()
    own_cases = Case.objects.filter(author=user)
    Revision.objects.filter(case__in=own_cases, reply__isnull=True).delete()
    Revision.objects.filter(reply__author=user).delete()
    PhiAcknowledgement.objects.filter(case__in=own_cases).update(excerpt="")
    PhiAcknowledgement.objects.filter(reply__author=user).update(excerpt="")
    own_cases.update(
        presenting_concern="", background="", tried="", question="", takeaways="", purged_at=now
    )
    Reply.objects.filter(author=user).update(body="", purged_at=now)


def register() -> None:
    from communities import extensions

    extensions.register_group_panel(
        extensions.GroupPanel(
            name="recent-cases",
            template="cases/panels/recent_cases.html",
            get_context=recent_cases_panel,
            order=20,
        )
    )
    extensions.register_exporter("cases", export_cases)
    extensions.register_account_eraser("cases", erase_cases)
