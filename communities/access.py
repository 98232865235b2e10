"""Who may see and do what in communities.

Functions here fetch *and* check: a group the user may not know about is a 404, a group they
are in but lack the role for is a 403. Other apps build on ``membership_for`` and
``can_read_cases``; views never look rows up by primary key themselves.
"""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from communities.models import AuditEvent, Community, Invitation, Membership, User

INVITATION_SALT = "communities.invitation"

Viewer = User | AnonymousUser


def is_site_moderator(user: Viewer) -> bool:
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


def communities_visible_to(user: Viewer) -> QuerySet[Community]:
    """Listed groups for everyone; unlisted ones only for their members (and moderators)."""
    listed = Q(visibility=Community.Visibility.LISTED)
    if not user.is_authenticated:
        return Community.objects.filter(listed)
    if is_site_moderator(user):
        return Community.objects.all()
    # A subquery rather than a join: no duplicates, so callers may annotate and count.
    member_of = Q(
        pk__in=Membership.objects.filter(
            user=user, status__in=[Membership.Status.ACTIVE, Membership.Status.PENDING]
        ).values("community_id")
    )
    return Community.objects.filter(listed | member_of)


def community_for_viewer(user: Viewer, slug: str) -> Community:
    """The group, if this user may know it exists; 404 otherwise."""
    try:
        return communities_visible_to(user).get(slug=slug)
    except Community.DoesNotExist:
        raise Http404("No such group.") from None


def membership_for(user: Viewer, community: Community) -> Membership | None:
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


def require_site_moderator(user: User) -> None:
    """Moderation pages: 403 for every signed-in person who is not a site moderator."""
    if not is_site_moderator(user):
        raise PermissionDenied("Only site moderators can do this.")


def with_member_counts(communities: QuerySet[Community]) -> QuerySet[Community]:
    """Annotate ``member_count`` (active members) with one subquery, not one query per group."""
    active = (
        Membership.objects.filter(community=OuterRef("pk"), status=Membership.Status.ACTIVE)
        .order_by()
        .values("community")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return communities.annotate(member_count=Coalesce(Subquery(active), 0))


def directory_for(user: Viewer) -> QuerySet[Community]:
    """The groups the directory lists for this viewer: listed ones, plus their own unlisted
    ones; archived groups only for moderators."""
    communities = communities_visible_to(user)
    if not is_site_moderator(user):
        communities = communities.filter(archived_at__isnull=True)
    return with_member_counts(communities).prefetch_related("tags").order_by("name", "pk")


def active_member_count(community: Community) -> int:
    return community.memberships.filter(status=Membership.Status.ACTIVE).count()


def facilitators_of(community: Community) -> list[User]:
    return [
        m.user
        for m in community.memberships.filter(
            role=Membership.Role.FACILITATOR, status=Membership.Status.ACTIVE
        )
        .select_related("user")
        .order_by("joined_at", "pk")
    ]


def standing_in(user: Viewer, community: Community) -> Membership | None:
    """The user's membership row of the group in any state (pending, left...), or None."""
    if not user.is_authenticated:
        return None
    return (
        Membership.objects.filter(user=user, community=community)
        .select_related("community")
        .first()
    )


def standing_and_facilitators(
    user: Viewer, community: Community
) -> tuple[Membership | None, list[User]]:
    """``standing_in`` and ``facilitators_of`` in one query, for the group home: the viewer's
    membership row in any state (or None) and the active facilitators, earliest first."""
    facilitating = Q(role=Membership.Role.FACILITATOR, status=Membership.Status.ACTIVE)
    wanted = facilitating | Q(user_id=user.pk) if user.is_authenticated else facilitating
    rows = list(
        community.memberships.filter(wanted).select_related("user").order_by("joined_at", "pk")
    )
    standing = None
    if user.is_authenticated:
        standing = next((row for row in rows if row.user_id == user.pk), None)
    if standing is not None:
        standing.community = community
    facilitators = [
        row.user
        for row in rows
        if row.role == Membership.Role.FACILITATOR and row.status == Membership.Status.ACTIVE
    ]
    return standing, facilitators


def decision_for(user: Viewer, slug: str) -> Membership:
    """The user's own membership of a group with the facilitator's note on its decision
    (approval, decline or removal), whatever its state and the group's visibility: the person
    it was written to may read it. 404 when there is none."""
    membership = (
        Membership.objects.filter(user_id=user.pk, community__slug=slug)
        .exclude(decision_message="")
        .select_related("community", "decided_by")
        .first()
        if user.is_authenticated
        else None
    )
    if membership is None:
        raise Http404("No such message.")
    return membership


def members_of(community: Community) -> QuerySet[Membership]:
    return (
        community.memberships.filter(status=Membership.Status.ACTIVE)
        .select_related("user")
        .order_by("role", "user__display_name", "pk")  # "facilitator" sorts before "member"
    )


def join_queue(community: Community) -> QuerySet[Membership]:
    """Pending requests, oldest first: the order in which they wait when the group is full."""
    return (
        community.memberships.filter(status=Membership.Status.PENDING)
        .select_related("user")
        .order_by("requested_at", "pk")
    )


def membership_in_group(community: Community, code: str, *, status: str) -> Membership:
    """Someone's membership of this group, by their public code; 404 if there is none."""
    membership = (
        community.memberships.filter(user__code=code, status=status)
        .select_related("user", "community")
        .first()
    )
    if membership is None:
        raise Http404("No such member.")
    return membership


def shares_an_active_group(viewer: Viewer, other: User) -> bool:
    if not viewer.is_authenticated:
        return False
    theirs = Membership.objects.filter(user=other, status=Membership.Status.ACTIVE).values(
        "community_id"
    )
    return Membership.objects.filter(
        user=viewer, status=Membership.Status.ACTIVE, community_id__in=theirs
    ).exists()


def person_for_viewer(viewer: User, code: str) -> User:
    """A profile, for the person themself, people who share a group with them, and moderators.
    Everyone else gets 404, as for a profile that does not exist."""
    person = User.objects.filter(code=code, anonymised_at__isnull=True).first()
    if person is None:
        raise Http404("No such person.")
    if (
        person.pk == viewer.pk
        or is_site_moderator(viewer)
        or shares_an_active_group(viewer, person)
    ):
        return person
    raise Http404("No such person.")


def person_for_moderator(viewer: User, code: str) -> User:
    require_site_moderator(viewer)
    person = User.objects.filter(code=code).first()
    if person is None:
        raise Http404("No such person.")
    return person


def audit_events_for_moderator(user: User) -> QuerySet[AuditEvent]:
    require_site_moderator(user)
    return AuditEvent.objects.select_related("actor", "target_user", "community")


def audit_events_of_group(community: Community) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(community=community).select_related(
        "actor", "target_user", "community"
    )


def invitation_token(invitation: Invitation) -> str:
    # Not time-stamped: the same invitation always has the same link; expiry is its own field.
    return signing.Signer(salt=INVITATION_SALT).sign_object(invitation.code, compress=True)


class InvitationProblem(Exception):
    """Why an invitation link cannot be used, in words for the person holding it."""


def invitation_for_token(token: str) -> Invitation:
    """The invitation a link stands for; ``InvitationProblem`` when forged, used, expired or
    withdrawn."""
    try:
        code = signing.Signer(salt=INVITATION_SALT).unsign_object(token)
    except signing.BadSignature:
        raise InvitationProblem(
            "This invitation link is not valid. Check that you copied the whole link."
        ) from None
    invitation = (
        Invitation.objects.filter(code=code).select_related("community", "invited_by").first()
    )
    if invitation is None:
        raise InvitationProblem("This invitation link is not valid.")
    check_invitation_usable(invitation)
    return invitation


def check_invitation_usable(invitation: Invitation) -> None:
    if invitation.accepted_at is not None:
        raise InvitationProblem("This invitation has already been used.")
    if invitation.revoked_at is not None:
        raise InvitationProblem("This invitation was withdrawn by the group's facilitators.")
    if invitation.expires_at <= timezone.now():
        raise InvitationProblem(
            "This invitation has expired. Ask the group's facilitators for a new one."
        )
    if invitation.community.is_archived:
        raise InvitationProblem("This group has been archived and takes no new members.")


def addresses_of(user: User) -> set[str]:
    """The user's own addresses: the account address and every verified one."""
    verified = EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    return {user.email.lower(), *(address.lower() for address in verified)}


def pending_requests_of(user: User) -> QuerySet[Membership]:
    return Membership.objects.filter(user=user, status=Membership.Status.PENDING).select_related(
        "community"
    )


def covenants_to_accept(user: User) -> QuerySet[Membership]:
    """Active memberships whose group's covenant changed since the user last accepted it."""
    return (
        active_memberships(user)
        .filter(
            Q(covenant_accepted_version__isnull=True)
            | ~Q(covenant_accepted_version=F("community__covenant_version"))
        )
        .order_by("community__name")
    )
