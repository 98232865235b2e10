"""People and groups: 10,000 clinicians with mail preferences, 500 groups, their members."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.utils.text import slugify

from bench.seed import MEMBER_EMAIL, MEMBER_PASSWORD, SeedContext
from bench.seed.copy import analyze, copy_rows, next_id
from bench.seed.text import GROUP_KINDS, GROUP_WORDS, TAGS
from communities.models import (
    Community,
    CovenantVersion,
    Membership,
    ModalityTag,
    NotificationPreferences,
    User,
    new_token,
)

GIVEN = ["Alex", "Sam", "Jo", "Robin", "Kim", "Noor", "Ari", "Mika", "Dana", "Lee", "Rene", "Toni"]
FAMILY = ["Okafor", "Ruiz", "Kowalski", "Chen", "Novak", "Haddad", "Larsen", "Moreau", "Ito"]
CREDENTIALS = ["LCSW", "LMFT", "LPC", "PsyD", "PhD, licensed psychologist", "MD, psychiatrist"]
ZONES = [
    "Europe/Berlin",
    "Europe/London",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Australia/Sydney",
    "Asia/Tokyo",
    "UTC",
]
MEMBER_GROUPS = 5


def available() -> bool:
    return True


def seed(ctx: SeedContext) -> None:
    rng, scale, now = ctx.rng, ctx.scale, ctx.now
    password = make_password(MEMBER_PASSWORD)

    tags = [ModalityTag(slug=slug, name=slug.replace("cbt", "CBT").capitalize()) for slug in TAGS]
    ModalityTag.objects.bulk_create(tags)

    first_user = next_id(User)
    users = []
    for index in range(scale.users + 1):
        is_member = index == 0
        users.append(
            User(
                id=first_user + index,
                email=MEMBER_EMAIL if is_member else f"clinician{index}@bench.example",
                password=password,
                display_name="Bench Member"
                if is_member
                else f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} {index}",
                credentials=rng.choice(CREDENTIALS),
                time_zone="America/Chicago" if is_member else rng.choice(ZONES),
                date_joined=now - timedelta(days=rng.randint(1, 900)),
                bio=ctx.prose.text(rng.randint(0, 300)) if index % 3 == 0 else "",
            )
        )
    copy_rows(User, users)
    ctx.user_ids = [user.id for user in users[1:]]
    ctx.member_id = users[0].id
    first_address = next_id(EmailAddress)
    copy_rows(
        EmailAddress,
        (
            EmailAddress(
                id=first_address + i, user_id=user.id, email=user.email, verified=True, primary=True
            )
            for i, user in enumerate(users)
        ),
    )
    digests = (
        [NotificationPreferences.Digest.DAILY] * 3
        + [NotificationPreferences.Digest.WEEKLY] * 6
        + [NotificationPreferences.Digest.OFF]
    )
    first_prefs = next_id(NotificationPreferences)
    prefs = [
        NotificationPreferences(
            id=first_prefs + i,
            user_id=user.id,
            digest=rng.choice(digests),
            reminder_lead_minutes=list(NotificationPreferences.DEFAULT_REMINDER_LEADS),
            calendar_token=new_token(),
            digest_watermark=now - timedelta(hours=rng.randint(1, 24 * 7)),
            non_essential_opt_in=rng.random() < 0.3,
        )
        for i, user in enumerate(users)
    ]
    copy_rows(NotificationPreferences, prefs)
    ctx.targets["member_email"] = MEMBER_EMAIL
    ctx.targets["member_password"] = MEMBER_PASSWORD
    ctx.targets["calendar_token"] = prefs[0].calendar_token

    first_group = next_id(Community)
    groups = []
    for index in range(scale.groups):
        word = GROUP_WORDS[index % len(GROUP_WORDS)]
        kind = rng.choice(GROUP_KINDS)
        groups.append(
            Community(
                id=first_group + index,
                name=f"{word} {kind} {index + 1}",
                slug=f"{slugify(word)}-{index + 1:04d}",
                description=ctx.prose.text(rng.randint(200, 800)),
                focus=f"Peer consultation on {word.lower()} work",
                meeting_rhythm="Second Tuesday of every month, 18:30",
                visibility=Community.Visibility.LISTED
                if rng.random() < 0.9
                else Community.Visibility.UNLISTED,
                join_policy=rng.choice(list(Community.JoinPolicy)),
                capacity=30,
                time_zone=rng.choice(ZONES),
                retention_months=rng.choice([None, 6, 12, 24, 36]),
                covenant_version=1,
                created_at=now - timedelta(days=rng.randint(400, 900)),
            )
        )
    # The member's groups are listed, so the directory and the group home show them.
    for group in groups[:MEMBER_GROUPS]:
        group.visibility = Community.Visibility.LISTED
    copy_rows(Community, groups)
    ctx.group_ids = [group.id for group in groups]
    ctx.targets["group_slug"] = groups[0].slug
    ctx.targets["directory_query"] = "trauma"

    through = Community.tags.through
    tag_ids = [tag.id for tag in ModalityTag.objects.all()]
    first_link = next_id(through)
    links: list[Any] = []
    for group in groups:
        for tag_id in rng.sample(tag_ids, rng.randint(1, 3)):
            links.append(
                through(id=first_link + len(links), community_id=group.id, modalitytag_id=tag_id)
            )
    copy_rows(through, links)

    first_covenant = next_id(CovenantVersion)
    copy_rows(
        CovenantVersion,
        (
            CovenantVersion(
                id=first_covenant + i,
                community_id=group.id,
                version=1,
                text=ctx.prose.text(1500),
                created_at=group.created_at,
            )
            for i, group in enumerate(groups)
        ),
    )

    # Every group has 8-16 active members, one or two of them facilitators, and a few
    # pending requests and former members; people belong to one or two groups each.
    first_membership = next_id(Membership)
    memberships: list[Membership] = []
    pool = list(ctx.user_ids)
    rng.shuffle(pool)
    cursor = 0

    def take(count: int, taken: set[int]) -> list[int]:
        nonlocal cursor
        chosen: list[int] = []
        while len(chosen) < count:
            user_id = pool[cursor % len(pool)]
            cursor += 1
            if user_id not in taken:
                taken.add(user_id)
                chosen.append(user_id)
        return chosen

    for position, group in enumerate(groups):
        taken: set[int] = set()
        active = take(rng.randint(8, 16), taken)
        facilitators = active[: rng.randint(1, 2)]
        if position < MEMBER_GROUPS:
            active.append(ctx.member_id)
            taken.add(ctx.member_id)
            ctx.member_group_ids.append(group.id)
        ctx.members_by_group[group.id] = active
        ctx.facilitators_by_group[group.id] = facilitators
        joined = group.created_at + timedelta(days=rng.randint(1, 60))
        for user_id in active:
            memberships.append(
                Membership(
                    id=first_membership + len(memberships),
                    user_id=user_id,
                    community_id=group.id,
                    role=Membership.Role.FACILITATOR
                    if user_id in facilitators
                    else Membership.Role.MEMBER,
                    status=Membership.Status.ACTIVE,
                    requested_at=joined,
                    joined_at=joined,
                    covenant_accepted_version=1,
                    covenant_accepted_at=joined,
                )
            )
        for status in [Membership.Status.PENDING] * rng.randint(0, 2) + [
            Membership.Status.LEFT
        ] * rng.randint(0, 1):
            (user_id,) = take(1, taken)
            memberships.append(
                Membership(
                    id=first_membership + len(memberships),
                    user_id=user_id,
                    community_id=group.id,
                    status=status,
                    requested_at=now - timedelta(days=rng.randint(1, 30)),
                    request_note="I would like to join this group." if status == "pending" else "",
                )
            )
    copy_rows(Membership, memberships)
    analyze(User, EmailAddress, NotificationPreferences, Community, Membership, CovenantVersion)
    ctx.counts.update(
        users=len(users),
        groups=len(groups),
        memberships=len(memberships),
        notification_preferences=len(prefs),
    )
