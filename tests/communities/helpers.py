"""Small helpers shared by the communities tests."""

from __future__ import annotations

from django.test import Client

from communities.models import Community, Membership, User
from tests.conftest import enrol_totp
from tests.factories import CommunityFactory, MembershipFactory, UserFactory


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def group_with_facilitator(**fields: object) -> tuple[Community, User]:
    community = CommunityFactory(**fields)
    facilitator = MembershipFactory(community=community, role=Membership.Role.FACILITATOR).user
    enrol_totp(facilitator)
    return community, facilitator


def add_members(community: Community, count: int) -> list[User]:
    return [MembershipFactory(community=community).user for _ in range(count)]


def clinician(**fields: object) -> User:
    return UserFactory(**fields)
