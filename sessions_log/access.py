"""Who may see and do what with meetings, logs, hours and feeds.

Non-members get 404 for a meeting (the same answer as a meeting that does not exist); members
lacking the facilitator role get 403.
"""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from communities.access import membership_for
from communities.models import Membership, NotificationPreferences, User
from sessions_log.models import Certificate, HoursEntry, Occurrence


def _occurrences() -> QuerySet[Occurrence]:
    return Occurrence.objects.select_related("meeting", "community")


def occurrence_for_member(user: User, code: str) -> tuple[Occurrence, Membership]:
    """An occurrence of a group the user is an active member of; 404 otherwise."""
    occurrence = _occurrences().filter(code=code).first()
    if occurrence is None or not user.is_authenticated:
        raise Http404("No such meeting.")
    membership = membership_for(user, occurrence.community)
    if membership is None:
        raise Http404("No such meeting.")
    return occurrence, membership


def occurrence_for_facilitator(user: User, code: str) -> tuple[Occurrence, Membership]:
    occurrence, membership = occurrence_for_member(user, code)
    if membership.role != Membership.Role.FACILITATOR:
        raise PermissionDenied("Only the group's facilitators can do this.")
    return occurrence, membership


def upcoming_for_user(user: User, *, since_hours: int = 2) -> QuerySet[Occurrence]:
    """Occurrences (cancelled ones too, so feeds can say so) in the user's active groups."""
    return _occurrences().filter(
        community__memberships__user=user,
        community__memberships__status=Membership.Status.ACTIVE,
        community__archived_at__isnull=True,
        starts_at__gte=timezone.now() - timedelta(hours=since_hours),
    )


def feed_owner(token: str) -> User:
    """The user whose calendar token this is; 404 for a forged or rotated token."""
    prefs = (
        NotificationPreferences.objects.select_related("user")
        .filter(calendar_token=token, user__is_active=True, user__suspended_at__isnull=True)
        .first()
        if token
        else None
    )
    if prefs is None:
        raise Http404("No such calendar.")
    return prefs.user


def own_hours(user: User) -> QuerySet[HoursEntry]:
    return HoursEntry.objects.filter(user=user)


def own_hours_entry(user: User, entry_id: object) -> HoursEntry:
    try:
        return own_hours(user).get(pk=int(str(entry_id)))
    except (HoursEntry.DoesNotExist, ValueError):
        raise Http404("No such entry.") from None


def own_certificate(user: User, code: str) -> Certificate:
    certificate = Certificate.objects.filter(user=user, code=code).first()
    if certificate is None:
        raise Http404("No such certificate.")
    return certificate


def certificate_for_verification(code: str) -> Certificate:
    certificate = Certificate.objects.filter(code=code).first()
    if certificate is None:
        raise Http404("No certificate with this code.")
    return certificate
