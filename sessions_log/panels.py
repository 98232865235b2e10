"""What sessions_log adds to pages of other apps (the group home) and to the data export."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db.models import Prefetch
from django.utils import timezone

from communities.access import has_accepted_current_covenant
from communities.models import Community, Membership, User
from sessions_log.models import AgendaItem, Certificate, HoursEntry, Occurrence, Rsvp
from sessions_log.selectors import label_agenda_cases


def next_occurrence(community: Community) -> Occurrence | None:
    return (
        Occurrence.objects.filter(
            community=community, cancelled_at__isnull=True, starts_at__gte=timezone.now()
        )
        .select_related("meeting", "community")
        .prefetch_related(
            Prefetch(
                "agenda",
                queryset=AgendaItem.objects.filter(status=AgendaItem.Status.ACCEPTED)
                .select_related("case", "proposed_by")
                .order_by("position", "id"),
                to_attr="accepted_agenda",
            )
        )
        .order_by("starts_at")
        .first()
    )


def next_meeting_panel(
    viewer: User | AnonymousUser, community: Community, membership: Membership | None
) -> dict[str, Any] | None:
    """The next meeting and its agenda, for members of the group only."""
    if membership is None or not membership.is_active:
        return None
    occurrence = next_occurrence(community)
    can_see_cases = has_accepted_current_covenant(membership)
    if occurrence is not None and isinstance(viewer, User):
        label_agenda_cases(
            occurrence.accepted_agenda,  # type: ignore[attr-defined]
            viewer=viewer,
            can_see_cases=can_see_cases,
        )
    return {
        "occurrence": occurrence,
        "community": community,
        "viewer_zone": getattr(viewer, "time_zone", community.time_zone),
        "can_see_cases": can_see_cases,
    }


def export_hours(user: User) -> list[dict[str, Any]]:
    return [
        {
            "date": entry.date.isoformat(),
            "group": entry.group_name,
            "format": entry.get_format_display(),
            "minutes": entry.minutes,
            "presented_own_case": entry.presented_own_case,
            "facilitator": entry.facilitator_name,
            "facilitator_credentials": entry.facilitator_credentials,
            "self_reported": entry.is_self_reported,
            "reflection": entry.reflection,
        }
        for entry in HoursEntry.objects.filter(user=user).order_by("date", "id")
    ]


def erase_account(*, user: User, purge_case_texts: bool) -> None:
    """On account deletion: private reflections and certificates go (a verification page must
    not keep naming someone who asked to be forgotten); answers to future meetings are
    withdrawn. Signed-off attendance stays in the groups' logs as "Former member"."""
    HoursEntry.objects.filter(user=user).exclude(reflection="").update(reflection="")
    Certificate.objects.filter(user=user).delete()
    Rsvp.objects.filter(user=user, occurrence__starts_at__gt=timezone.now()).delete()
