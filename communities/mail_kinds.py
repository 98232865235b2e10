"""The kinds of mail communities sends through the outbox (registered in apps.py)."""

from __future__ import annotations

from typing import Any

from allauth.account.models import EmailAddress

from communities.mail import MailKind, Skip, register
from communities.models import OutboxMessage


def build_welcome(message: OutboxMessage) -> dict[str, Any]:
    """Welcome a clinician whose address was just confirmed; only their own name is used."""
    user = message.recipient
    if user is None:
        raise Skip("no recipient")
    confirmed = EmailAddress.objects.filter(
        user=user, verified=True, email__iexact=message.to_email
    ).exists()
    if not confirmed:
        raise Skip("the address is no longer a confirmed address of the recipient")
    return {"user": user}


WELCOME = MailKind(name="welcome", category="account", build_context=build_welcome)


def register_kinds() -> None:
    register(WELCOME)
