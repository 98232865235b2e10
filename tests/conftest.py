"""Fixtures for the whole suite: personas, one world to test authorization against."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.test import Client
from django.utils import timezone

from communities.models import Community, Membership, User
from tests.factories import CommunityFactory, MembershipFactory, UserFactory

PERSONAS = (
    "anonymous",
    "outsider",
    "pending",
    "unaccepted",
    "member",
    "facilitator",
    "moderator",
    "suspended",
)


def enrol_totp(user: User) -> str:
    """Give a user a TOTP authenticator (facilitators and moderators must have one)."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


@dataclass
class World:
    """One group and a person in each standing towards it, plus what other apps add."""

    community: Community
    users: dict[str, User | None]
    objects: dict[str, Any] = field(default_factory=dict)

    def user(self, persona: str) -> User | None:
        return self.users[persona]


def build_world() -> World:
    community = CommunityFactory(name="Trauma consultation circle", slug="trauma-circle")
    facilitator = MembershipFactory(
        community=community,
        role=Membership.Role.FACILITATOR,
        user=UserFactory(email="facilitator@example.org", display_name="Fran Facilitator"),
    ).user
    enrol_totp(facilitator)
    member = MembershipFactory(
        community=community, user=UserFactory(email="member@example.org", display_name="Mel Member")
    ).user
    pending = MembershipFactory(
        community=community,
        status=Membership.Status.PENDING,
        joined_at=None,
        covenant_accepted_version=None,
        user=UserFactory(email="pending@example.org", display_name="Pat Pending"),
    ).user
    unaccepted = MembershipFactory(
        community=community,
        covenant_accepted_version=None,
        covenant_accepted_at=None,
        user=UserFactory(email="unaccepted@example.org", display_name="Una Unaccepted"),
    ).user
    moderator = UserFactory(
        email="moderator@example.org", display_name="Mo Moderator", is_site_moderator=True
    )
    enrol_totp(moderator)
    outsider = UserFactory(email="outsider@example.org", display_name="Otto Outsider")
    suspended_membership = MembershipFactory(
        community=community,
        user=UserFactory(
            email="suspended@example.org",
            display_name="Sus Suspended",
            is_active=False,
            suspended_at=timezone.now(),
        ),
    )
    users: dict[str, User | None] = {
        "anonymous": None,
        "outsider": outsider,
        "pending": pending,
        "unaccepted": unaccepted,
        "member": member,
        "facilitator": facilitator,
        "moderator": moderator,
        "suspended": suspended_membership.user,
    }
    world = World(community=community, users=users)
    for extend in world_extensions():
        extend(world)
    return world


def world_extensions() -> list[Callable[[World], None]]:
    """Each app's ``tests/matrix/<app>.py`` may define ``extend_world(world)`` to add the
    objects its URLs need (a case, a meeting ...) to ``world.objects``."""
    import importlib

    extensions = []
    for app in ("communities", "cases", "sessions_log"):
        try:
            module = importlib.import_module(f"tests.matrix.{app}")
        except ModuleNotFoundError:
            continue
        if hasattr(module, "extend_world"):
            extensions.append(module.extend_world)
    return extensions


@pytest.fixture
def world(db: None) -> World:
    return build_world()


@pytest.fixture
def client_for(world: World) -> Callable[[str], Client]:
    """A test client signed in as the named persona (anonymous: signed out)."""

    def make(persona: str) -> Client:
        client = Client()
        user = world.user(persona)
        if user is not None:
            client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        return client

    return make


@pytest.fixture
def member(world: World) -> User:
    user = world.user("member")
    assert user is not None
    return user


@pytest.fixture
def facilitator(world: World) -> User:
    user = world.user("facilitator")
    assert user is not None
    return user


@pytest.fixture
def outsider(world: World) -> User:
    user = world.user("outsider")
    assert user is not None
    return user


@pytest.fixture
def moderator(world: World) -> User:
    user = world.user("moderator")
    assert user is not None
    return user


# --- Mail: the SMTP sink (tests/mailsink.py) is a fixture every test module can request.
from tests.mailsink import smtp_mailer, smtp_sink  # noqa: E402, F401
