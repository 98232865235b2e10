"""Who may see and do what in communities.

Functions here fetch *and* check: a group the user may not know about is a 404, a group they
are in but lack the role for is a 403. Other apps build on ``membership_for`` and
``can_read_cases``; views never look rows up by primary key themselves.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from communities.models import Community, Membership, User


def is_site_moderator(user: User) -> bool:
    return bool(user.is_authenticated and user.is_active and user.is_site_moderator)


def must_enrol_mfa(user: User) -> bool:
    """Whether PRACTICA_REQUIRE_MFA obliges this user to have a second factor."""
    policy = settings.PRACTICA_REQUIRE_MFA
    if policy == "all":
        return True
    if policy == "facilitators":
        return user.is_site_moderator or user.is_superuser or is_facilitator_anywhere(user)
    return False


def is_facilitator_anywhere(user: User) -> bool:
    return Membership.objects.filter(
        user=user, role=Membership.Role.FACILITATOR, status=Membership.Status.ACTIVE
    ).exists()


def active_memberships(user: User) -> QuerySet[Membership]:
    return Membership.objects.filter(user=user, status=Membership.Status.ACTIVE).select_related(
        "community"
    )


def communities_visible_to(user: User) -> QuerySet[Community]:
    """Listed groups for everyone; unlisted ones only for their members (and moderators)."""
    listed = Q(visibility=Community.Visibility.LISTED)
    if not user.is_authenticated:
        return Community.objects.filter(listed)
    if is_site_moderator(user):
        return Community.objects.all()
    member_of = Q(
        memberships__user=user,
        memberships__status__in=[Membership.Status.ACTIVE, Membership.Status.PENDING],
    )
    return Community.objects.filter(listed | member_of).distinct()


def community_for_viewer(user: User, slug: str) -> Community:
    """The group, if this user may know it exists; 404 otherwise."""
    try:
        return communities_visible_to(user).get(slug=slug)
    except Community.DoesNotExist:
        raise Http404("No such group.") from None


def membership_for(user: User, community: Community) -> Membership | None:
    """The user's active membership of the group, or None."""
    if not user.is_authenticated:
        return None
    return (
        Membership.objects.filter(user=user, community=community, status=Membership.Status.ACTIVE)
        .select_related("community")
        .first()
    )


def has_accepted_current_covenant(membership: Membership) -> bool:
    return membership.covenant_accepted_version == membership.community.covenant_version


def can_read_cases(user: User, community: Community) -> bool:
    """Case content is for active members who accepted the group's current covenant."""
    membership = membership_for(user, community)
    return membership is not None and has_accepted_current_covenant(membership)


def community_for_member(user: User, slug: str) -> tuple[Community, Membership]:
    """An active member's group and membership; 404 for anyone else."""
    community = community_for_viewer(user, slug)
    membership = membership_for(user, community)
    if membership is None:
        raise Http404("No such group.")
    return community, membership


def community_for_facilitator(user: User, slug: str) -> tuple[Community, Membership]:
    """A facilitator's group: 404 for non-members, 403 for members without the role."""
    community, membership = community_for_member(user, slug)
    if membership.role != Membership.Role.FACILITATOR:
        raise PermissionDenied("Only the group's facilitators can do this.")
    return community, membership
