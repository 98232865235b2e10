"""Every write in communities, one function per use case."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from communities.models import (
    AuditEvent,
    Community,
    CovenantVersion,
    Invitation,
    Membership,
    ModalityTag,
    NotificationPreferences,
    OutboxMessage,
    User,
)

logger = logging.getLogger(__name__)


def client_ip(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def record_audit_event(
    *,
    actor: User | None,
    action: str,
    community: Community | None = None,
    target_user: User | None = None,
    target: str = "",
    data: dict[str, Any] | None = None,
    ip_address: str | None = None,
) -> AuditEvent:
    return AuditEvent.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        community=community,
        target_user=target_user,
        target=target[:200],
        data=data or {},
        ip_address=ip_address,
    )


def preferences_for(user: User) -> NotificationPreferences:
    prefs, _ = NotificationPreferences.objects.get_or_create(
        user=user,
        defaults={"reminder_lead_minutes": list(NotificationPreferences.DEFAULT_REMINDER_LEADS)},
    )
    return prefs


def enqueue_mail(
    *,
    key: str,
    kind: str,
    recipient: User | None,
    context: dict[str, Any],
    to_email: str = "",
    due_at: datetime | None = None,
    expires_at: datetime | None = None,
) -> OutboxMessage | None:
    """Insert one outbox row; a second call with the same key does nothing.

    Call it inside the transaction that makes the mail necessary. ``context`` holds ids, never
    clinical text. Returns the new row, or None when the key was already there.
    """
    if recipient is None and not to_email:
        raise ValueError("A mail needs a recipient or an address.")
    try:
        with transaction.atomic():
            message = OutboxMessage.objects.create(
                key=key,
                kind=kind,
                recipient=recipient,
                to_email=to_email or (recipient.email if recipient else ""),
                context=context,
                due_at=due_at or timezone.now(),
                next_attempt_at=due_at or timezone.now(),
                expires_at=expires_at,
            )
    except IntegrityError:
        return None
    wake_dispatcher_on_commit()
    return message


def wake_dispatcher_on_commit() -> None:
    """Wake the dispatcher once when the current transaction commits, however many rows it
    enqueued: each wake is a broker round trip, which costs up to a second while Redis is away."""
    connection = transaction.get_connection()
    if connection.in_atomic_block and any(
        func is wake_dispatcher for _, func, _ in connection.run_on_commit
    ):
        return
    transaction.on_commit(wake_dispatcher)


def wake_dispatcher() -> None:
    """Nudge a worker to send now; if the broker is down, the next beat tick sends it."""
    from communities.tasks import dispatch_outbox

    try:
        dispatch_outbox.apply_async(retry=False)
    except Exception:  # the broker being away must never fail the request that enqueued
        logger.warning("could not wake the outbox dispatcher; the periodic tick will send it")


@transaction.atomic
def complete_signup_profile(
    *,
    user: User,
    display_name: str,
    credentials: str,
    time_zone: str,
    non_essential_opt_in: bool,
) -> None:
    user.display_name = display_name.strip()
    user.credentials = credentials.strip()
    user.time_zone = time_zone
    user.save(update_fields=["display_name", "credentials", "time_zone"])
    prefs = preferences_for(user)
    prefs.non_essential_opt_in = non_essential_opt_in
    prefs.save(update_fields=["non_essential_opt_in"])


# --- Groups, membership, the covenant and the people in them

INVITATION_LIFETIME = timedelta(days=14)

DEFAULT_COVENANT = """\
1. Confidentiality. What is said in this group stays in this group. We do not discuss \
other members' cases outside it.
2. De-identified material only. We present no names, places, dates, employers, schools or \
other details that could identify a client.
3. If I may know the client, I say so and step out of that discussion.
4. No recording, and no AI transcription or summarising tools, in meetings or of what is \
written here.
5. Attendance. I come to the monthly consultation, or tell the facilitators in advance \
when I cannot.
"""


class Refused(Exception):
    """A request the rules do not allow; ``str(error)`` says why, for the person asking.

    Services raise it before changing anything, so the caller can show the message and the
    database is as it was.
    """


def _lock(community: Community) -> Community:
    """Lock the group's row for the rest of the transaction: capacity and facilitator checks
    that follow cannot race with another approval or demotion."""
    return Community.objects.select_for_update().get(pk=community.pk)


def _active_count(community: Community) -> int:
    return community.memberships.filter(status=Membership.Status.ACTIVE).count()


def _facilitator_count(community: Community) -> int:
    return community.memberships.filter(
        status=Membership.Status.ACTIVE, role=Membership.Role.FACILITATOR
    ).count()


def _refuse_if_archived(community: Community) -> None:
    if community.is_archived:
        raise Refused("This group has been archived: it is read-only.")


def _refuse_if_suspended(user: User) -> None:
    if user.is_suspended or not user.is_active:
        raise Refused("Your account is suspended, so you cannot join groups.")


def _refuse_if_full(community: Community) -> None:
    if _active_count(community) >= community.capacity:
        raise Refused(
            f"{community.name} is full ({community.capacity} of {community.capacity} places)."
        )


def _stamp(moment: datetime) -> str:
    return str(int(moment.timestamp()))


@transaction.atomic
def create_community(
    *,
    creator: User,
    name: str,
    slug: str,
    covenant_text: str,
    description: str = "",
    focus: str = "",
    meeting_rhythm: str = "",
    tags: Iterable[ModalityTag] = (),
    visibility: str = Community.Visibility.LISTED,
    join_policy: str = Community.JoinPolicy.REQUEST,
    capacity: int = 10,
    time_zone: str = "UTC",
    retention_months: int | None = None,
    ip_address: str | None = None,
) -> Community:
    """A new group with its first covenant; the creator is its first facilitator."""
    _refuse_if_suspended(creator)
    if not covenant_text.strip():
        raise Refused("A group needs a covenant: write what members promise each other.")
    if Community.objects.filter(slug=slug).exists():
        raise Refused(f"The address “{slug}” is taken by another group. Choose another.")
    now = timezone.now()
    try:
        with transaction.atomic():
            community = Community.objects.create(
                name=name.strip(),
                slug=slug,
                description=description.strip(),
                focus=focus.strip(),
                meeting_rhythm=meeting_rhythm.strip(),
                visibility=visibility,
                join_policy=join_policy,
                capacity=capacity,
                time_zone=time_zone,
                retention_months=retention_months,
                covenant_version=1,
                created_at=now,
            )
    except IntegrityError:
        raise Refused(f"The address “{slug}” is taken by another group. Choose another.") from None
    community.tags.set(list(tags))
    CovenantVersion.objects.create(
        community=community, version=1, text=covenant_text.strip(), created_by=creator
    )
    Membership.objects.create(
        user=creator,
        community=community,
        role=Membership.Role.FACILITATOR,
        status=Membership.Status.ACTIVE,
        requested_at=now,
        joined_at=now,
        covenant_accepted_version=1,
        covenant_accepted_at=now,
    )
    record_audit_event(
        actor=creator,
        action="group_created",
        community=community,
        target=community.slug,
        ip_address=ip_address,
    )
    record_audit_event(
        actor=creator,
        action="covenant_version",
        community=community,
        target="version 1",
        data={"version": 1},
        ip_address=ip_address,
    )
    return community


@transaction.atomic
def update_community(
    *,
    actor: User,
    community: Community,
    name: str,
    description: str,
    focus: str,
    meeting_rhythm: str,
    tags: Iterable[ModalityTag],
    visibility: str,
    join_policy: str,
    capacity: int,
    time_zone: str,
    retention_months: int | None,
    ip_address: str | None = None,
) -> Community:
    community = _lock(community)
    _refuse_if_archived(community)
    members = _active_count(community)
    if capacity < members:
        raise Refused(
            f"The group has {members} members, so its capacity cannot be {capacity}. "
            "Ask someone to leave first, or choose a larger number."
        )
    fields = {
        "name": name.strip(),
        "description": description.strip(),
        "focus": focus.strip(),
        "meeting_rhythm": meeting_rhythm.strip(),
        "visibility": visibility,
        "join_policy": join_policy,
        "capacity": capacity,
        "time_zone": time_zone,
        "retention_months": retention_months,
    }
    changed = {k: v for k, v in fields.items() if getattr(community, k) != v}
    for key, value in changed.items():
        setattr(community, key, value)
    if changed:
        community.save(update_fields=list(changed))
    community.tags.set(list(tags))
    record_audit_event(
        actor=actor,
        action="group_settings_changed",
        community=community,
        target=community.slug,
        data={"changed": sorted(changed)},
        ip_address=ip_address,
    )
    return community


@transaction.atomic
def edit_covenant(
    *, actor: User, community: Community, text: str, ip_address: str | None = None
) -> CovenantVersion:
    """A new covenant version. Every other member must accept it again, and is told by mail."""
    community = _lock(community)
    _refuse_if_archived(community)
    text = text.strip()
    if not text:
        raise Refused("The covenant cannot be empty.")
    current = community.covenants.filter(version=community.covenant_version).first()
    if current is not None and current.text == text:
        raise Refused("The covenant is unchanged, so no new version was made.")
    version = community.covenant_version + 1
    covenant = CovenantVersion.objects.create(
        community=community, version=version, text=text, created_by=actor
    )
    community.covenant_version = version
    community.save(update_fields=["covenant_version"])
    now = timezone.now()
    # Whoever wrote the new text has accepted it.
    Membership.objects.filter(
        community=community, user=actor, status=Membership.Status.ACTIVE
    ).update(covenant_accepted_version=version, covenant_accepted_at=now)
    others = (
        community.memberships.filter(status=Membership.Status.ACTIVE)
        .exclude(user=actor)
        .select_related("user")
    )
    for membership in others:
        enqueue_mail(
            key=f"covenant_changed:{membership.pk}:{version}",
            kind="covenant_changed",
            recipient=membership.user,
            context={"membership": membership.pk, "version": version},
        )
    record_audit_event(
        actor=actor,
        action="covenant_version",
        community=community,
        target=f"version {version}",
        data={"version": version},
        ip_address=ip_address,
    )
    return covenant


@transaction.atomic
def accept_covenant(
    *, user: User, community: Community, version: int, ip_address: str | None = None
) -> Membership:
    """Record that the member accepted this version of the group's covenant."""
    membership = (
        Membership.objects.select_for_update()
        .filter(user=user, community=community, status=Membership.Status.ACTIVE)
        .first()
    )
    if membership is None:
        raise Refused("Only members of the group can accept its covenant.")
    community.refresh_from_db(fields=["covenant_version"])
    if version != community.covenant_version:
        raise Refused(
            "The covenant changed while you were reading it. Please read the current version."
        )
    membership.covenant_accepted_version = version
    membership.covenant_accepted_at = timezone.now()
    membership.save(update_fields=["covenant_accepted_version", "covenant_accepted_at"])
    record_audit_event(
        actor=user,
        action="covenant_accepted",
        community=community,
        target_user=user,
        target=f"version {version}",
        data={"version": version},
        ip_address=ip_address,
    )
    return membership


def _existing_standing(user: User, community: Community) -> Membership | None:
    membership = (
        Membership.objects.select_for_update().filter(user=user, community=community).first()
    )
    if membership is None:
        return None
    if membership.status == Membership.Status.ACTIVE:
        raise Refused(f"You are already a member of {community.name}.")
    if membership.status == Membership.Status.PENDING:
        raise Refused(
            f"You have already asked to join {community.name}; the facilitators will answer."
        )
    if membership.status == Membership.Status.REMOVED:
        raise Refused(
            f"You were removed from {community.name}. Only an invitation from its "
            "facilitators can bring you back."
        )
    return membership


def _activate(
    membership: Membership | None,
    *,
    user: User,
    community: Community,
    covenant_version: int | None,
    decided_by: User | None = None,
) -> Membership:
    now = timezone.now()
    if membership is None:
        membership = Membership(user=user, community=community, requested_at=now)
    membership.status = Membership.Status.ACTIVE
    membership.role = Membership.Role.MEMBER
    membership.joined_at = now
    membership.decided_by = decided_by
    membership.decided_at = now if decided_by else None
    membership.covenant_accepted_version = covenant_version
    membership.covenant_accepted_at = now if covenant_version is not None else None
    membership.save()
    return membership


@transaction.atomic
def join_open_group(
    *, user: User, community: Community, covenant_version: int, ip_address: str | None = None
) -> Membership:
    """Joining an open group: accept its covenant and you are in."""
    _refuse_if_suspended(user)
    community = _lock(community)
    _refuse_if_archived(community)
    if community.join_policy != Community.JoinPolicy.OPEN:
        raise Refused(f"{community.name} is not open: ask to join or wait for an invitation.")
    existing = _existing_standing(user, community)
    if covenant_version != community.covenant_version:
        raise Refused("The covenant changed while you were reading it. Please read it again.")
    _refuse_if_full(community)
    membership = _activate(
        existing, user=user, community=community, covenant_version=covenant_version
    )
    record_audit_event(
        actor=user,
        action="member_joined",
        community=community,
        target_user=user,
        target=user.public_name,
        data={"via": "open"},
        ip_address=ip_address,
    )
    return membership


@transaction.atomic
def request_to_join(
    *, user: User, community: Community, note: str, ip_address: str | None = None
) -> Membership:
    """Ask to join a group that admits by request; its facilitators are told."""
    _refuse_if_suspended(user)
    community = _lock(community)
    _refuse_if_archived(community)
    if community.join_policy != Community.JoinPolicy.REQUEST:
        raise Refused(f"{community.name} does not take requests to join.")
    existing = _existing_standing(user, community)
    now = timezone.now()
    membership = existing or Membership(user=user, community=community)
    membership.status = Membership.Status.PENDING
    membership.role = Membership.Role.MEMBER
    membership.request_note = note.strip()
    membership.requested_at = now
    membership.decided_by = None
    membership.decided_at = None
    membership.decision_message = ""
    membership.save()
    for facilitator in community.memberships.filter(
        status=Membership.Status.ACTIVE, role=Membership.Role.FACILITATOR
    ).select_related("user"):
        enqueue_mail(
            key=f"join_requested:{membership.pk}:{facilitator.user_id}:{_stamp(now)}",
            kind="join_requested",
            recipient=facilitator.user,
            context={"membership": membership.pk},
        )
    record_audit_event(
        actor=user,
        action="join_requested",
        community=community,
        target_user=user,
        target=user.public_name,
        ip_address=ip_address,
    )
    return membership


def _pending_locked(membership: Membership) -> Membership:
    locked = (
        Membership.objects.select_for_update(of=("self",))
        .select_related("user", "community")
        .get(pk=membership.pk)
    )
    if locked.status != Membership.Status.PENDING:
        raise Refused(f"{locked.user.public_name}'s request has already been settled.")
    return locked


@transaction.atomic
def approve_join_request(
    *, actor: User, membership: Membership, message: str = "", ip_address: str | None = None
) -> Membership:
    """Admit an applicant. Never beyond capacity: the group's row is locked first, so two
    facilitators approving at the same instant are served one after the other."""
    community = _lock(membership.community)
    _refuse_if_archived(community)
    membership = _pending_locked(membership)
    if _active_count(community) >= community.capacity:
        raise Refused(
            f"{community.name} is full ({community.capacity} of {community.capacity} places). "
            "The request stays in the queue, in order, until a place is free."
        )
    membership = _activate(
        membership,
        user=membership.user,
        community=community,
        covenant_version=None,
        decided_by=actor,
    )
    membership.decision_message = message.strip()
    membership.save(update_fields=["decision_message"])
    enqueue_mail(
        key=f"join_approved:{membership.pk}:{_stamp(membership.decided_at or timezone.now())}",
        kind="join_approved",
        recipient=membership.user,
        context={"membership": membership.pk},
    )
    record_audit_event(
        actor=actor,
        action="join_approved",
        community=community,
        target_user=membership.user,
        target=membership.user.public_name,
        ip_address=ip_address,
    )
    return membership


@transaction.atomic
def decline_join_request(
    *, actor: User, membership: Membership, message: str = "", ip_address: str | None = None
) -> Membership:
    community = _lock(membership.community)
    membership = _pending_locked(membership)
    now = timezone.now()
    membership.status = Membership.Status.DECLINED
    membership.decided_by = actor
    membership.decided_at = now
    membership.decision_message = message.strip()
    membership.save(update_fields=["status", "decided_by", "decided_at", "decision_message"])
    enqueue_mail(
        key=f"join_declined:{membership.pk}:{_stamp(now)}",
        kind="join_declined",
        recipient=membership.user,
        context={"membership": membership.pk},
    )
    record_audit_event(
        actor=actor,
        action="join_declined",
        community=community,
        target_user=membership.user,
        target=membership.user.public_name,
        ip_address=ip_address,
    )
    return membership


@transaction.atomic
def invite_by_email(
    *, actor: User, community: Community, email: str, ip_address: str | None = None
) -> Invitation:
    """Send a single-use, expiring invitation; it works for people without an account."""
    community = _lock(community)
    _refuse_if_archived(community)
    email = email.strip().lower()
    if community.memberships.filter(
        status=Membership.Status.ACTIVE, user__email__iexact=email
    ).exists():
        raise Refused(f"{email} is already a member of {community.name}.")
    now = timezone.now()
    open_invitation = Invitation.objects.filter(
        community=community,
        email__iexact=email,
        accepted_at__isnull=True,
        revoked_at__isnull=True,
        expires_at__gt=now,
    ).first()
    if open_invitation is not None:
        raise Refused(
            f"{email} already has an invitation to {community.name}, valid until "
            f"{open_invitation.expires_at:%d %B %Y}."
        )
    invitation = Invitation.objects.create(
        community=community,
        email=email,
        invited_by=actor,
        created_at=now,
        expires_at=now + INVITATION_LIFETIME,
    )
    enqueue_mail(
        key=f"invitation:{invitation.pk}",
        kind="invitation",
        recipient=User.objects.filter(email__iexact=email, is_active=True).first(),
        to_email=email,
        context={"invitation": invitation.pk},
        expires_at=invitation.expires_at,
    )
    record_audit_event(
        actor=actor,
        action="invitation_sent",
        community=community,
        target=email,
        ip_address=ip_address,
    )
    return invitation


@transaction.atomic
def revoke_invitation(
    *, actor: User, invitation: Invitation, ip_address: str | None = None
) -> Invitation:
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at is not None or invitation.revoked_at is not None:
        raise Refused("That invitation is no longer open.")
    invitation.revoked_at = timezone.now()
    invitation.save(update_fields=["revoked_at"])
    record_audit_event(
        actor=actor,
        action="invitation_revoked",
        community=invitation.community,
        target=invitation.email,
        ip_address=ip_address,
    )
    return invitation


@transaction.atomic
def accept_invitation(
    *,
    user: User,
    invitation: Invitation,
    covenant_version: int,
    ip_address: str | None = None,
) -> Membership:
    """Join through an invitation addressed to one of the user's own addresses."""
    from communities import access

    _refuse_if_suspended(user)
    community = _lock(invitation.community)
    invitation = (
        Invitation.objects.select_for_update(of=("self",))
        .select_related("community")
        .get(pk=invitation.pk)
    )
    try:
        access.check_invitation_usable(invitation)
    except access.InvitationProblem as problem:
        raise Refused(str(problem)) from None
    if invitation.email.lower() not in access.addresses_of(user):
        raise Refused(
            "This invitation was sent to another email address. Sign in with the account "
            "that uses that address, or add and confirm it under “Email addresses”."
        )
    existing = Membership.objects.select_for_update().filter(user=user, community=community).first()
    if existing is not None and existing.status == Membership.Status.ACTIVE:
        raise Refused(f"You are already a member of {community.name}.")
    if covenant_version != community.covenant_version:
        raise Refused("The covenant changed while you were reading it. Please read it again.")
    _refuse_if_full(community)
    membership = _activate(
        existing,
        user=user,
        community=community,
        covenant_version=covenant_version,
        decided_by=invitation.invited_by,
    )
    invitation.accepted_by = user
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_by", "accepted_at"])
    record_audit_event(
        actor=user,
        action="member_joined",
        community=community,
        target_user=user,
        target=user.public_name,
        data={"via": "invitation"},
        ip_address=ip_address,
    )
    return membership


def _active_locked(community: Community, user: User) -> Membership:
    membership = (
        Membership.objects.select_for_update(of=("self",))
        .select_related("user")
        .filter(community=community, user=user, status=Membership.Status.ACTIVE)
        .first()
    )
    if membership is None:
        raise Refused(f"{user.public_name} is not a member of {community.name}.")
    return membership


@transaction.atomic
def promote_member(
    *, actor: User, community: Community, member: User, ip_address: str | None = None
) -> Membership:
    community = _lock(community)
    _refuse_if_archived(community)
    membership = _active_locked(community, member)
    if membership.role == Membership.Role.FACILITATOR:
        raise Refused(f"{member.public_name} is already a facilitator.")
    membership.role = Membership.Role.FACILITATOR
    membership.save(update_fields=["role"])
    record_audit_event(
        actor=actor,
        action="role_changed",
        community=community,
        target_user=member,
        target=member.public_name,
        data={"role": "facilitator"},
        ip_address=ip_address,
    )
    return membership


@transaction.atomic
def demote_member(
    *, actor: User, community: Community, member: User, ip_address: str | None = None
) -> Membership:
    """Make a facilitator a member again; a group always keeps at least one facilitator."""
    community = _lock(community)
    _refuse_if_archived(community)
    membership = _active_locked(community, member)
    if membership.role != Membership.Role.FACILITATOR:
        raise Refused(f"{member.public_name} is not a facilitator.")
    if _facilitator_count(community) <= 1:
        raise Refused("A group always needs a facilitator. Make someone else a facilitator first.")
    membership.role = Membership.Role.MEMBER
    membership.save(update_fields=["role"])
    record_audit_event(
        actor=actor,
        action="role_changed",
        community=community,
        target_user=member,
        target=member.public_name,
        data={"role": "member"},
        ip_address=ip_address,
    )
    return membership


@transaction.atomic
def remove_member(
    *,
    actor: User,
    community: Community,
    member: User,
    reason: str,
    ip_address: str | None = None,
) -> Membership:
    """Remove someone from the group, with a reason they are told by mail."""
    community = _lock(community)
    if member.pk == actor.pk:
        raise Refused("To leave the group yourself, use “Leave this group”.")
    if not reason.strip():
        raise Refused("Give a reason: the member is told why they were removed.")
    membership = _active_locked(community, member)
    now = timezone.now()
    membership.status = Membership.Status.REMOVED
    membership.role = Membership.Role.MEMBER
    membership.decided_by = actor
    membership.decided_at = now
    membership.decision_message = reason.strip()
    membership.save(
        update_fields=["status", "role", "decided_by", "decided_at", "decision_message"]
    )
    enqueue_mail(
        key=f"removed_from_group:{membership.pk}:{_stamp(now)}",
        kind="removed_from_group",
        recipient=member,
        context={"membership": membership.pk},
    )
    record_audit_event(
        actor=actor,
        action="member_removed",
        community=community,
        target_user=member,
        target=member.public_name,
        data={"reason": reason.strip()[:500]},
        ip_address=ip_address,
    )
    return membership


@transaction.atomic
def leave_group(*, user: User, community: Community, ip_address: str | None = None) -> Membership:
    community = _lock(community)
    membership = _active_locked(community, user)
    if membership.role == Membership.Role.FACILITATOR and _facilitator_count(community) <= 1:
        raise Refused(
            "You are the group's only facilitator. Make another member a facilitator "
            "before you leave."
        )
    membership.status = Membership.Status.LEFT
    membership.role = Membership.Role.MEMBER
    membership.save(update_fields=["status", "role"])
    record_audit_event(
        actor=user,
        action="member_left",
        community=community,
        target_user=user,
        target=user.public_name,
        ip_address=ip_address,
    )
    return membership


@transaction.atomic
def update_profile(
    *,
    user: User,
    display_name: str,
    credentials: str,
    licence_type: str,
    licence_jurisdiction: str,
    modalities: list[str],
    time_zone: str,
    bio: str,
) -> User:
    user.display_name = display_name.strip()
    user.credentials = credentials.strip()
    user.licence_type = licence_type.strip()
    user.licence_jurisdiction = licence_jurisdiction.strip()
    user.modalities = sorted({m.strip() for m in modalities if m.strip()})
    user.time_zone = time_zone
    user.bio = bio.strip()
    user.save(
        update_fields=[
            "display_name",
            "credentials",
            "licence_type",
            "licence_jurisdiction",
            "modalities",
            "time_zone",
            "bio",
        ]
    )
    return user


def end_all_sessions(user: User) -> int:
    """Sign the user out everywhere, now: allauth's session records and Django's sessions."""
    from allauth.usersessions.models import UserSession
    from django.contrib.sessions.models import Session

    keys = set(UserSession.objects.filter(user=user).values_list("session_key", flat=True))
    # Sessions allauth did not record (for example ones opened before it was installed).
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            keys.add(session.session_key)
    deleted, _ = Session.objects.filter(session_key__in=keys).delete()
    UserSession.objects.filter(user=user).delete()
    return deleted


@transaction.atomic
def suspend_user(
    *, actor: User, user: User, reason: str = "", ip_address: str | None = None
) -> User:
    """Suspend an account: its sessions end at once and it cannot sign in. Posts stay."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.pk == actor.pk:
        raise Refused("You cannot suspend your own account.")
    if user.is_suspended:
        raise Refused(f"{user.public_name} is already suspended.")
    user.suspended_at = timezone.now()
    user.is_active = False
    user.save(update_fields=["suspended_at", "is_active"])
    end_all_sessions(user)
    record_audit_event(
        actor=actor,
        action="user_suspended",
        target_user=user,
        target=user.public_name,
        data={"reason": reason.strip()[:500]},
        ip_address=ip_address,
    )
    return user


@transaction.atomic
def reactivate_user(*, actor: User, user: User, ip_address: str | None = None) -> User:
    user = User.objects.select_for_update().get(pk=user.pk)
    if not user.is_suspended:
        raise Refused(f"{user.public_name} is not suspended.")
    if user.anonymised_at is not None:
        raise Refused("A deleted account cannot be reactivated.")
    user.suspended_at = None
    user.is_active = True
    user.save(update_fields=["suspended_at", "is_active"])
    record_audit_event(
        actor=actor,
        action="user_reactivated",
        target_user=user,
        target=user.public_name,
        ip_address=ip_address,
    )
    return user


@transaction.atomic
def archive_group(*, actor: User, community: Community, ip_address: str | None = None) -> Community:
    """Archive a group: it stays readable for its members and takes no changes."""
    community = _lock(community)
    if community.is_archived:
        raise Refused(f"{community.name} is already archived.")
    community.archived_at = timezone.now()
    community.save(update_fields=["archived_at"])
    record_audit_event(
        actor=actor,
        action="group_archived",
        community=community,
        target=community.slug,
        ip_address=ip_address,
    )
    return community


@transaction.atomic
def restore_group(*, actor: User, community: Community, ip_address: str | None = None) -> Community:
    community = _lock(community)
    if not community.is_archived:
        raise Refused(f"{community.name} is not archived.")
    community.archived_at = None
    community.save(update_fields=["archived_at"])
    record_audit_event(
        actor=actor,
        action="group_restored",
        community=community,
        target=community.slug,
        ip_address=ip_address,
    )
    return community


def export_user_data(*, user: User) -> dict[str, Any]:
    """Everything the user wrote or that is about them, as JSON-ready data. Other apps add
    their part through ``communities.extensions.register_exporter``."""
    from communities import extensions

    def when(moment: datetime | None) -> str | None:
        return moment.isoformat() if moment else None

    memberships = Membership.objects.filter(user=user).select_related("community")
    data: dict[str, Any] = {
        "format": "practica-export/1",
        "exported_at": timezone.now().isoformat(),
        "profile": {
            "email": user.email,
            "display_name": user.display_name,
            "credentials": user.credentials,
            "licence_type": user.licence_type,
            "licence_jurisdiction": user.licence_jurisdiction,
            "modalities": user.modalities,
            "time_zone": user.time_zone,
            "bio": user.bio,
            "date_joined": when(user.date_joined),
        },
        "memberships": [
            {
                "group": m.community.name,
                "slug": m.community.slug,
                "role": m.role,
                "status": m.status,
                "request_note": m.request_note,
                "requested_at": when(m.requested_at),
                "joined_at": when(m.joined_at),
                "decision_message": m.decision_message,
                "covenant_accepted_version": m.covenant_accepted_version,
                "covenant_accepted_at": when(m.covenant_accepted_at),
            }
            for m in memberships
        ],
        "covenants_written": [
            {
                "group": c.community.slug,
                "version": c.version,
                "text": c.text,
                "created_at": when(c.created_at),
            }
            for c in CovenantVersion.objects.filter(created_by=user).select_related("community")
        ],
        "audit_events_about_you": [
            {
                "action": e.action,
                "group": e.community.slug if e.community else None,
                "at": when(e.created_at),
            }
            for e in AuditEvent.objects.filter(target_user=user).select_related("community")
        ],
    }
    prefs = NotificationPreferences.objects.filter(user=user).first()
    if prefs is not None:
        data["mail_preferences"] = {
            "mail_enabled": prefs.mail_enabled,
            "digest": prefs.digest,
            "replies": prefs.replies,
            "reminder_lead_minutes": prefs.reminder_lead_minutes,
            "non_essential_opt_in": prefs.non_essential_opt_in,
        }
    for name, export in sorted(extensions.exporters().items()):
        data[name] = export(user)
    return data


@transaction.atomic
def delete_account(*, user: User, purge_case_texts: bool, ip_address: str | None = None) -> User:
    """Delete an account: the profile is erased and the row stays as “Former member”, so
    discussions keep their shape. Upper apps purge the user's case texts when asked."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    from communities import extensions

    user = User.objects.select_for_update().get(pk=user.pk)
    sole = [
        m.community.name
        for m in Membership.objects.filter(
            user=user, status=Membership.Status.ACTIVE, role=Membership.Role.FACILITATOR
        ).select_related("community")
        if _facilitator_count(m.community) <= 1
    ]
    if sole:
        raise Refused(
            "You are the only facilitator of " + ", ".join(sorted(sole)) + ". Make another "
            "member a facilitator there before you delete your account."
        )
    for erase in extensions.account_erasers().values():
        erase(user=user, purge_case_texts=purge_case_texts)
    Membership.objects.filter(
        user=user, status__in=[Membership.Status.ACTIVE, Membership.Status.PENDING]
    ).update(status=Membership.Status.LEFT, role=Membership.Role.MEMBER, request_note="")
    Membership.objects.filter(user=user).update(request_note="")
    OutboxMessage.objects.filter(recipient=user, state=OutboxMessage.State.PENDING).update(
        state=OutboxMessage.State.CANCELLED, skip_reason="account deleted"
    )
    NotificationPreferences.objects.filter(user=user).update(
        mail_enabled=False, non_essential_opt_in=False
    )
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    end_all_sessions(user)
    now = timezone.now()
    user.email = f"former-member-{user.code}@deleted.invalid"
    user.display_name = ""
    user.credentials = ""
    user.licence_type = ""
    user.licence_jurisdiction = ""
    user.modalities = []
    user.bio = ""
    user.is_active = False
    user.is_site_moderator = False
    user.is_staff = False
    user.is_superuser = False
    user.anonymised_at = now
    user.set_unusable_password()
    user.save()
    record_audit_event(
        actor=None,
        action="account_deleted",
        target_user=user,
        target="Former member",
        data={"purged_case_texts": purge_case_texts},
        ip_address=ip_address,
    )
    return user


# --- Mail preferences and outbox ------------------------------------------------------------
# Owned by the mail outbox issue: preferences, unsubscribe, the welcome mail, moderator actions
# on outbox rows, and when non-urgent mail is due.

MORNING_HOUR = 8
REMINDER_LEAD_CHOICES: tuple[tuple[int, str], ...] = (
    (7 * 24 * 60, "1 week before"),
    (24 * 60, "1 day before"),
    (3 * 60, "3 hours before"),
    (60, "1 hour before"),
)


def next_local_morning(
    who: User | str | None, *, after: datetime | None = None, hour: int = MORNING_HOUR
) -> datetime:
    """The next ``hour``:00 in a user's own time zone after ``after`` (now), as an aware time.

    ``who`` is the user, or just their zone's name (planners that read zones in bulk); an
    unknown zone counts as UTC. Digests and other mail that is not urgent are due then, so
    they arrive with the morning coffee rather than at 3 a.m. Computed in local wall time, so
    it stays at 08:00 across daylight-saving changes. The one local-morning helper: the
    digest planner (sessions_log.planners) asks it too.
    """
    import zoneinfo
    from datetime import time, timedelta

    name = who if isinstance(who, str) or who is None else who.time_zone
    try:
        zone = zoneinfo.ZoneInfo(name or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = zoneinfo.ZoneInfo("UTC")
    local_after = (after or timezone.now()).astimezone(zone)
    day = local_after.date()
    for offset in range(3):
        candidate = datetime.combine(day + timedelta(days=offset), time(hour), tzinfo=zone)
        if candidate > local_after:
            return candidate.astimezone(zoneinfo.ZoneInfo("UTC"))
    raise AssertionError("unreachable: a morning comes within three days")


def enqueue_welcome(*, user: User, email: str) -> OutboxMessage | None:
    """The welcome mail, once per account, after the first confirmed address."""
    return enqueue_mail(
        key=f"welcome:{user.pk}", kind="welcome", recipient=user, context={}, to_email=email
    )


@transaction.atomic
def update_notification_preferences(
    *,
    user: User,
    mail_enabled: bool,
    non_essential_opt_in: bool,
    digest: str,
    reminder_lead_minutes: list[int],
    replies: str,
    ip_address: str | None = None,
) -> NotificationPreferences:
    allowed_leads = {minutes for minutes, _ in REMINDER_LEAD_CHOICES}
    if digest not in NotificationPreferences.Digest.values:
        raise ValueError(f"unknown digest setting {digest!r}")
    if replies not in NotificationPreferences.Replies.values:
        raise ValueError(f"unknown replies setting {replies!r}")
    if not set(reminder_lead_minutes) <= allowed_leads:
        raise ValueError("unknown reminder lead time")
    prefs = NotificationPreferences.objects.select_for_update().get(pk=preferences_for(user).pk)
    prefs.mail_enabled = mail_enabled
    prefs.non_essential_opt_in = non_essential_opt_in
    prefs.digest = digest
    prefs.reminder_lead_minutes = sorted(set(reminder_lead_minutes), reverse=True)
    prefs.replies = replies
    prefs.save(
        update_fields=[
            "mail_enabled",
            "non_essential_opt_in",
            "digest",
            "reminder_lead_minutes",
            "replies",
        ]
    )
    record_audit_event(
        actor=user,
        action="mail.preferences_changed",
        target_user=user,
        data={
            "mail_enabled": mail_enabled,
            "digest": digest,
            "replies": replies,
            "reminder_lead_minutes": prefs.reminder_lead_minutes,
            "non_essential_opt_in": non_essential_opt_in,
        },
        ip_address=ip_address,
    )
    return prefs


@transaction.atomic
def rotate_calendar_token(*, user: User, ip_address: str | None = None) -> str:
    """A new secret for the personal calendar feed; the old feed URL stops working at once."""
    from communities.models import new_token

    prefs = NotificationPreferences.objects.select_for_update().get(pk=preferences_for(user).pk)
    prefs.calendar_token = new_token()
    prefs.save(update_fields=["calendar_token"])
    record_audit_event(
        actor=user, action="calendar.token_rotated", target_user=user, ip_address=ip_address
    )
    return prefs.calendar_token


# What an unsubscribe link may do, per category: (action, label) in the order offered.
UNSUBSCRIBE_ACTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "digest": (("weekly", "Send the digest weekly instead of daily"), ("off", "Stop the digest")),
    "replies": (
        ("digest", "Collect replies in the digest instead"),
        ("off", "Stop reply notifications"),
    ),
    "reminders": (
        ("fewer", "Only remind me one hour before"),
        ("off", "Stop meeting reminders"),
    ),
    "product": (("off", "Stop product news and tips"),),
    "account": (
        ("quieter", "Keep essentials, send fewer messages (weekly digest, replies in it)"),
        ("off", "Stop all mail except invitations and account security"),
    ),
}


@transaction.atomic
def apply_unsubscribe(
    *, user_id: int, category: str, action: str, ip_address: str | None = None
) -> NotificationPreferences:
    """Tone down or switch off one category of mail for the holder of an unsubscribe link.

    ``action`` "off" is what RFC 8058 one-click means. Raises LookupError for an unknown user
    and ValueError for an action the category does not offer.
    """
    if action not in {name for name, _ in UNSUBSCRIBE_ACTIONS.get(category, ())}:
        raise ValueError(f"{category!r} mail cannot be changed with {action!r}")
    user = User.objects.filter(pk=user_id, anonymised_at__isnull=True).first()
    if user is None:
        raise LookupError("no such user")
    prefs = NotificationPreferences.objects.select_for_update().get(pk=preferences_for(user).pk)
    Digest, Replies = NotificationPreferences.Digest, NotificationPreferences.Replies
    if category == "digest":
        prefs.digest = Digest.WEEKLY if action == "weekly" else Digest.OFF
    elif category == "replies":
        prefs.replies = Replies.DIGEST if action == "digest" else Replies.OFF
    elif category == "reminders":
        prefs.reminder_lead_minutes = [60] if action == "fewer" else []
    elif category == "product":
        prefs.non_essential_opt_in = False
    elif category == "account":
        if action == "quieter":
            if prefs.digest == Digest.DAILY:
                prefs.digest = Digest.WEEKLY
            if prefs.replies == Replies.IMMEDIATELY:
                prefs.replies = Replies.DIGEST
            prefs.non_essential_opt_in = False
        else:
            prefs.mail_enabled = False
    prefs.save()
    record_audit_event(
        actor=None,
        action="mail.unsubscribed",
        target_user=user,
        data={"category": category, "action": action},
        ip_address=ip_address,
    )
    return prefs


@transaction.atomic
def acknowledge_bounce_notice(*, user: User) -> None:
    NotificationPreferences.objects.filter(user=user, bounce_notice_pending=True).update(
        bounce_notice_pending=False
    )


@transaction.atomic
def resume_mail_after_bounces(*, user: User, ip_address: str | None = None) -> None:
    """The user says their address works again: lift the bounce suppression."""
    NotificationPreferences.objects.filter(user=user).update(
        mail_suppressed_at=None, hard_bounces=0, bounce_notice_pending=False
    )
    record_audit_event(
        actor=user, action="mail.suppression_lifted", target_user=user, ip_address=ip_address
    )


@transaction.atomic
def retry_outbox_message(
    *, actor: User, message_id: int, ip_address: str | None = None
) -> OutboxMessage:
    """A moderator sends a failed, uncertain, skipped or cancelled row again (same Message-ID)."""
    message = OutboxMessage.objects.select_for_update().get(pk=message_id)
    retryable = {
        OutboxMessage.State.FAILED,
        OutboxMessage.State.UNCERTAIN,
        OutboxMessage.State.SKIPPED,
        OutboxMessage.State.CANCELLED,
    }
    if message.state not in retryable:
        raise ValueError(f"a {message.get_state_display().lower()} message cannot be retried")
    previous = message.state
    message.state = OutboxMessage.State.PENDING
    message.next_attempt_at = timezone.now()
    message.lease_until = None
    message.skip_reason = ""
    message.save(update_fields=["state", "next_attempt_at", "lease_until", "skip_reason"])
    record_audit_event(
        actor=actor,
        action="outbox.retried",
        target=message.key,
        data={"previous_state": previous, "kind": message.kind},
        ip_address=ip_address,
    )
    wake_dispatcher_on_commit()
    return message


@transaction.atomic
def cancel_outbox_message(
    *, actor: User, message_id: int, ip_address: str | None = None
) -> OutboxMessage:
    """A moderator stops a row that has not been sent (pending, failed or uncertain)."""
    message = OutboxMessage.objects.select_for_update().get(pk=message_id)
    cancellable = {
        OutboxMessage.State.PENDING,
        OutboxMessage.State.FAILED,
        OutboxMessage.State.UNCERTAIN,
    }
    if message.state not in cancellable:
        raise ValueError(f"a {message.get_state_display().lower()} message cannot be cancelled")
    previous = message.state
    message.state = OutboxMessage.State.CANCELLED
    message.lease_until = None
    message.save(update_fields=["state", "lease_until"])
    record_audit_event(
        actor=actor,
        action="outbox.cancelled",
        target=message.key,
        data={"previous_state": previous, "kind": message.kind},
        ip_address=ip_address,
    )
    return message
