"""Kinds of mail and how each is rendered.

Every app registers the kinds it sends in its ``AppConfig.ready()``::

    from communities.mail import MailKind, Skip, register

    def build_reminder(message: OutboxMessage) -> dict[str, object]:
        occurrence = Occurrence.objects.filter(code=message.context["occurrence"]).first()
        if occurrence is None or occurrence.is_cancelled:
            raise Skip("meeting cancelled")
        return {"occurrence": occurrence, ...}

    register(MailKind(name="reminder", category="reminders", build_context=build_reminder))

``build_context`` runs at send time and is where a kind re-checks that the mail is still
right (still a member, not cancelled, still opted in): it raises ``Skip`` with a reason when not.
Templates live in ``templates/emails/<name>/subject.txt``, ``body.txt`` and ``body.html``
(the html extends ``emails/layout.html``). They may use group names, counts, case titles that
passed the PHI guard, times and links — never case or reply bodies, notes or video links.

``category`` names the preference an unsubscribe link turns off (``None`` for transactional
mail such as invitations, which carries no List-Unsubscribe).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from communities.models import OutboxMessage


class Skip(Exception):
    """The message is no longer right to send; ``reason`` is recorded on the row."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class MailKind:
    name: str
    build_context: Callable[[OutboxMessage], dict[str, Any]]
    category: str | None = None
    template: str = ""

    @property
    def template_prefix(self) -> str:
        return self.template or f"emails/{self.name}"


_KINDS: dict[str, MailKind] = {}


def register(kind: MailKind) -> None:
    if kind.name in _KINDS and _KINDS[kind.name] != kind:
        raise ValueError(f"mail kind {kind.name!r} is registered twice")
    _KINDS[kind.name] = kind


def kind_named(name: str) -> MailKind:
    try:
        return _KINDS[name]
    except KeyError:
        raise LookupError(f"no mail kind named {name!r}") from None


def registered_kinds() -> dict[str, MailKind]:
    return dict(_KINDS)
