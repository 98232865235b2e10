"""Who may see and do what with cases.

Case content is for active members of its group who accepted the group's current covenant and
have not recused themselves; everyone else gets 404, the answer for a case that does not exist.
Content hidden by a flag or a moderator is seen only by its author and the group's
facilitators. A site moderator outside the group reads a case only through a flag.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404

from cases.models import Case, Flag, Follow, Recusal, Reply, Revision
from communities.access import (
    can_read_cases,
    community_for_member,
    has_accepted_current_covenant,
    is_site_moderator,
    membership_for,
)
from communities.models import Community, Membership, User

HIDDEN = (Case.Visibility.PENDING_REVIEW, Case.Visibility.HIDDEN)


def readable_communities(user: User) -> QuerySet[Membership, Any]:
    """The ids of groups whose cases the user may read (as a subquery)."""
    return Membership.objects.filter(
        user=user,
        status=Membership.Status.ACTIVE,
        covenant_accepted_version=F("community__covenant_version"),
        community__archived_at__isnull=True,
    ).values("community_id")


def active_memberships_readable(user: User) -> QuerySet[Membership]:
    """The user's memberships whose cases they may read, with their groups."""
    return Membership.objects.filter(
        user=user,
        status=Membership.Status.ACTIVE,
        covenant_accepted_version=F("community__covenant_version"),
        community__archived_at__isnull=True,
    ).select_related("community")


def facilitated_communities(user: User) -> QuerySet[Membership, Any]:
    return Membership.objects.filter(
        user=user, status=Membership.Status.ACTIVE, role=Membership.Role.FACILITATOR
    ).values("community_id")


def cases_visible_to(user: User) -> QuerySet[Case]:
    """Every case the user may see in lists and search: their groups, not recused, not hidden
    (except their own, which they see with a notice), never deleted."""
    if not user.is_authenticated:
        return Case.objects.none()
    shown = Q(visibility=Case.Visibility.VISIBLE) | Q(author=user, visibility__in=HIDDEN)
    return (
        Case.objects.filter(community_id__in=readable_communities(user))
        .filter(shown)
        .exclude(recusals__user=user)
    )


def replies_visible_to(user: User) -> QuerySet[Reply]:
    """Replies whose text the user may see (search): visible, not deleted, not purged."""
    return Reply.objects.filter(
        case__in=cases_visible_to(user).filter(visibility=Case.Visibility.VISIBLE),
        visibility=Case.Visibility.VISIBLE,
        deleted_at__isnull=True,
        purged_at__isnull=True,
    )


def community_for_case_reader(user: User, slug: str) -> tuple[Community, Membership]:
    """A group whose cases the user may read: 404 otherwise (including unaccepted covenant)."""
    community, membership = community_for_member(user, slug)
    if not has_accepted_current_covenant(membership):
        raise Http404("No such group.")
    return community, membership


def _count_of(queryset: QuerySet[Any]) -> Subquery:
    return Subquery(
        queryset.order_by().values("case").annotate(n=Count("pk")).values("n")[:1],
        output_field=IntegerField(),
    )


def _with_viewer_state(queryset: QuerySet[Case], user: User) -> QuerySet[Case]:
    """What the case page needs about the viewer, in the same query as the case."""
    return queryset.annotate(
        viewer_is_recused=Exists(Recusal.objects.filter(case=OuterRef("pk"), user=user)),
        viewer_is_following=Exists(Follow.objects.filter(case=OuterRef("pk"), user=user)),
        viewer_has_reviewed_flags=Exists(
            Flag.objects.filter(case=OuterRef("pk"), flagged_by=user, resolved_at__isnull=False)
        ),
        recusal_count=Coalesce(_count_of(Recusal.objects.filter(case=OuterRef("pk"))), 0),
        case_revision_count=Coalesce(
            _count_of(Revision.objects.filter(case=OuterRef("pk"), reply__isnull=True)), 0
        ),
    )


def case_for_member(user: User, code: str) -> tuple[Case, Membership]:
    """The case and the reader's membership; 404 unless the user may read it now."""
    if not user.is_authenticated:
        raise Http404("No such case.")
    case = (
        _with_viewer_state(Case.objects.select_related("community", "author"), user)
        .filter(code=code)
        .exclude(visibility=Case.Visibility.DELETED)
        .first()
    )
    if case is None or getattr(case, "viewer_is_recused", False):
        raise Http404("No such case.")
    membership = membership_for(user, case.community)
    if membership is None or not has_accepted_current_covenant(membership):
        raise Http404("No such case.")
    if case.community.is_archived:
        raise Http404("No such case.")
    if case.visibility in HIDDEN and not (case.author_id == user.pk or membership.is_facilitator):
        raise Http404("No such case.")
    return case, membership


def case_for_author(user: User, code: str) -> tuple[Case, Membership]:
    """The case, for its author only: 404 for non-readers, 403 for other members."""
    case, membership = case_for_member(user, code)
    if case.author_id != user.pk:
        raise PermissionDenied("Only the presenter can do this.")
    return case, membership


def case_for_author_or_facilitator(user: User, code: str) -> tuple[Case, Membership]:
    case, membership = case_for_member(user, code)
    if case.author_id != user.pk and not membership.is_facilitator:
        raise PermissionDenied("Only the presenter and the facilitators can see this.")
    return case, membership


def reply_for_member(user: User, code: str, reply_code: str) -> tuple[Reply, Membership]:
    case, membership = case_for_member(user, code)
    reply = (
        Reply.objects.select_related("author")
        .filter(case=case, code=reply_code, purged_at__isnull=True)
        .exclude(visibility=Case.Visibility.DELETED)
        .first()
    )
    if reply is None:
        raise Http404("No such reply.")
    if reply.visibility in HIDDEN and not (reply.author_id == user.pk or membership.is_facilitator):
        raise Http404("No such reply.")
    reply.case = case
    return reply, membership


def reply_for_author(user: User, code: str, reply_code: str) -> tuple[Reply, Membership]:
    reply, membership = reply_for_member(user, code, reply_code)
    if reply.author_id != user.pk:
        raise PermissionDenied("Only the author of a reply can do this.")
    if reply.is_deleted:
        raise Http404("No such reply.")
    return reply, membership


def reply_for_author_or_facilitator(
    user: User, code: str, reply_code: str
) -> tuple[Reply, Membership]:
    reply, membership = reply_for_member(user, code, reply_code)
    if reply.author_id != user.pk and not membership.is_facilitator:
        raise PermissionDenied("Only the author and the facilitators can see this.")
    return reply, membership


def recusal_for(user: User, code: str) -> Recusal:
    """The user's own recusal from a case (the case itself is hidden from them)."""
    if not user.is_authenticated:
        raise Http404("No such case.")
    recusal = (
        Recusal.objects.select_related("case__community").filter(user=user, case__code=code).first()
    )
    if recusal is None or not can_read_cases(user, recusal.case.community):
        raise Http404("No such case.")
    return recusal


def can_moderate(user: User, community: Community) -> bool:
    if is_site_moderator(user):
        return True
    membership = membership_for(user, community)
    return membership is not None and membership.is_facilitator


def flags_in_scope(user: User) -> QuerySet[Flag]:
    """Flags a user reviews: site moderators all groups, facilitators their own groups."""
    flags = Flag.objects.select_related("case__community", "case__author", "reply__author").exclude(
        case__recusals__user=user
    )  # a reviewer who may know the client steps aside too
    if is_site_moderator(user):
        return flags
    return flags.filter(case__community_id__in=facilitated_communities(user))


def moderation_queue_for(user: User) -> QuerySet[Flag]:
    """The open flags at /moderation/: 403 for people who moderate nothing."""
    if not user.is_authenticated:
        raise PermissionDenied
    if not is_site_moderator(user) and not facilitated_communities(user).exists():
        raise PermissionDenied("Only facilitators and site moderators review flags.")
    return flags_in_scope(user).filter(resolved_at__isnull=True)


def group_moderation_queue_for(user: User, slug: str) -> tuple[Community, QuerySet[Flag]]:
    """A group's queue: its facilitators and site moderators; 403 for members, 404 others."""
    if is_site_moderator(user):
        community = Community.objects.filter(slug=slug).first()
        if community is None:
            raise Http404("No such group.")
    else:
        community, membership = community_for_member(user, slug)
        if not membership.is_facilitator:
            raise PermissionDenied("Only the group's facilitators review its flags.")
    return community, flags_in_scope(user).filter(case__community=community)


def flag_for_reviewer(user: User, code: str) -> Flag:
    """A flag the user may review: 404 when it is not in their scope, 403 for plain members."""
    flag = flags_in_scope(user).filter(code=code).first() if user.is_authenticated else None
    if flag is None:
        exists_for_member = (
            user.is_authenticated
            and Flag.objects.filter(
                code=code, case__community_id__in=readable_communities(user)
            ).exists()
        )
        if exists_for_member:
            raise PermissionDenied("Only facilitators and site moderators review flags.")
        raise Http404("No such flag.")
    return flag


def reads_outside_own_groups(user: User, community: Community) -> bool:
    """Whether a reviewer's reading of this group's case must be audited (a site moderator
    who is not an active member of the group)."""
    return is_site_moderator(user) and membership_for(user, community) is None
