"""The authorization matrix: every URL of the project, and what each persona gets.

Each app keeps its rows in its own module here; ``tests/test_authorization_matrix.py`` fails
when a URL pattern has no row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tests.conftest import PERSONAS, World

LOGIN = "login"  # a 302 to the sign-in page
Expected = int | str
Path = str | Callable[[World], str]


@dataclass(frozen=True)
class Route:
    name: str
    path: Path
    expect: dict[str, Expected]
    method: str = "GET"
    data: dict[str, Any] | Callable[[World], dict[str, Any]] = field(default_factory=dict)
    htmx: bool = False

    def __post_init__(self) -> None:
        missing = set(PERSONAS) - set(self.expect)
        if missing:
            raise ValueError(f"{self.name}: no expected answer for {sorted(missing)}")


def answers(default: Expected, **overrides: Expected) -> dict[str, Expected]:
    """Expected answers: ``default`` for every persona unless overridden by name."""
    return {persona: overrides.get(persona, default) for persona in PERSONAS}


def signed_in(code: Expected, **overrides: Expected) -> dict[str, Expected]:
    """For signed-in people only: the signed-out and the suspended are sent to sign in."""
    return answers(code, anonymous=LOGIN, suspended=LOGIN, **overrides)


# What each standing in the group gets, for pages of the world's group.
def members_only(code: Expected = 200, **overrides: Expected) -> dict[str, Expected]:
    """Active members (covenant or not), facilitators: ``code``; others know nothing (404)."""
    base: dict[str, Expected] = {
        "outsider": 404,
        "pending": 404,
        "unaccepted": code,
        "member": code,
        "facilitator": code,
        "moderator": 404,
    }
    base.update(overrides)
    return signed_in(404, **base)


def covenant_members_only(code: Expected = 200, **overrides: Expected) -> dict[str, Expected]:
    """Case content: only members who accepted the current covenant."""
    return members_only(code, unaccepted=404, **overrides)


def facilitators_only(code: Expected = 200, **overrides: Expected) -> dict[str, Expected]:
    """Members lacking the role get 403; non-members 404."""
    return members_only(403, facilitator=code, **overrides)


def moderators_only(code: Expected = 200, **overrides: Expected) -> dict[str, Expected]:
    return signed_in(403, moderator=code, **overrides)
