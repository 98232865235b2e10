"""Demo data for communities: the four demo accounts and (with the communities issue) groups.

Idempotent: running it twice changes nothing the second time.
"""

from __future__ import annotations

from typing import Any

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone

from communities import services
from communities.models import Community, Invitation, Membership, ModalityTag, User

DEMO_PASSWORD = "practica-demo"  # noqa: S105 - printed in the README on purpose

DEMO_ACCOUNTS: dict[str, dict[str, Any]] = {
    "facilitator@example.com": {
        "display_name": "Dr Ana Ruiz",
        "credentials": "PhD, licensed psychologist",
        "time_zone": "Europe/Berlin",
    },
    "member@example.com": {
        "display_name": "Sam Okafor",
        "credentials": "LCSW",
        "time_zone": "America/Chicago",
    },
    "moderator@example.com": {
        "display_name": "Mira Kowalski",
        "credentials": "LMFT",
        "time_zone": "Europe/London",
        "is_site_moderator": True,
    },
    "outsider@example.com": {
        "display_name": "Lee Chen",
        "credentials": "LPC",
        "time_zone": "Australia/Sydney",
    },
}


@transaction.atomic
def seed() -> dict[str, User]:
    users: dict[str, User] = {}
    for email, fields in DEMO_ACCOUNTS.items():
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email=email, password=DEMO_PASSWORD, **fields)
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        services.preferences_for(user)
        users[email.split("@")[0]] = user
    seed_groups(users)
    return users


DBT_COVENANT_V2 = services.DEFAULT_COVENANT + (
    "6. Skills coaching calls made to clients between sessions are discussed only in the "
    "team meeting, never by message.\n"
)


def _group(users: dict[str, User], *, slug: str, tags: list[str], **fields: Any) -> Community:
    community = Community.objects.filter(slug=slug).first()
    if community is None:
        community = services.create_community(
            creator=users["facilitator"],
            slug=slug,
            covenant_text=services.DEFAULT_COVENANT,
            tags=ModalityTag.objects.filter(slug__in=tags),
            **fields,  # type: ignore[arg-type]
        )
    return community


def _member(user: User, community: Community, *, accepted: int | None) -> None:
    Membership.objects.get_or_create(
        user=user,
        community=community,
        defaults={
            "status": Membership.Status.ACTIVE,
            "joined_at": timezone.now(),
            "covenant_accepted_version": accepted,
            "covenant_accepted_at": timezone.now() if accepted else None,
        },
    )


def seed_groups(users: dict[str, User]) -> None:
    """Three groups with different ways in, a pending request, an open invitation and a
    covenant waiting to be accepted again."""
    emdr = _group(
        users,
        slug="emdr-consultation",
        tags=["emdr", "trauma"],
        name="EMDR consultation group",
        focus="EMDR case consultation towards certification",
        description="Monthly consultation for EMDR-trained clinicians: case conceptualisation, "
        "target selection, stuck processing.",
        meeting_rhythm="Second Tuesday of the month, 18:30",
        join_policy=Community.JoinPolicy.REQUEST,
        capacity=8,
        time_zone="Europe/Berlin",
        retention_months=24,
    )
    _member(users["member"], emdr, accepted=emdr.covenant_version)
    if not Membership.objects.filter(user=users["outsider"], community=emdr).exists():
        services.request_to_join(
            user=users["outsider"],
            community=emdr,
            note="I completed EMDR basic training last year and need consultation hours.",
        )

    dbt = _group(
        users,
        slug="dbt-consultation-team",
        tags=["dbt", "cbt"],
        name="DBT consultation team",
        focus="A DBT consultation team for therapists in private practice",
        description="Weekly-style team agreements, monthly meeting, written consultation between.",
        meeting_rhythm="First Thursday of the month, 12:00",
        join_policy=Community.JoinPolicy.INVITATION,
        visibility=Community.Visibility.LISTED,
        capacity=10,
        time_zone="America/Chicago",
    )
    _member(users["member"], dbt, accepted=1)
    if dbt.covenant_version == 1:
        # Sam accepted version 1; version 2 waits for them.
        services.edit_covenant(actor=users["facilitator"], community=dbt, text=DBT_COVENANT_V2)
    if not Invitation.objects.filter(community=dbt, email="new.colleague@example.com").exists():
        services.invite_by_email(
            actor=users["facilitator"], community=dbt, email="new.colleague@example.com"
        )

    _group(
        users,
        slug="couples-therapists",
        tags=["couples"],
        name="Couples therapists' circle",
        focus="Consultation for couples and relationship therapists",
        description="Open to any clinician working with couples. Gottman, EFT and integrative "
        "approaches welcome.",
        meeting_rhythm="Last Monday of the month, 19:00",
        join_policy=Community.JoinPolicy.OPEN,
        capacity=12,
        time_zone="Europe/London",
    )
