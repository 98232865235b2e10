"""Every write in communities, one function per use case."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from communities.models import AuditEvent, Community, NotificationPreferences, OutboxMessage, User

logger = logging.getLogger(__name__)


def client_ip(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def record_audit_event(
    *,
    actor: User | None,
    action: str,
    community: Community | None = None,
    target_user: User | None = None,
    target: str = "",
    data: dict[str, Any] | None = None,
    ip_address: str | None = None,
) -> AuditEvent:
    return AuditEvent.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        community=community,
        target_user=target_user,
        target=target[:200],
        data=data or {},
        ip_address=ip_address,
    )


def preferences_for(user: User) -> NotificationPreferences:
    prefs, _ = NotificationPreferences.objects.get_or_create(
        user=user,
        defaults={"reminder_lead_minutes": list(NotificationPreferences.DEFAULT_REMINDER_LEADS)},
    )
    return prefs


def enqueue_mail(
    *,
    key: str,
    kind: str,
    recipient: User | None,
    context: dict[str, Any],
    to_email: str = "",
    due_at: datetime | None = None,
    expires_at: datetime | None = None,
) -> OutboxMessage | None:
    """Insert one outbox row; a second call with the same key does nothing.

    Call it inside the transaction that makes the mail necessary. ``context`` holds ids, never
    clinical text. Returns the new row, or None when the key was already there.
    """
    if recipient is None and not to_email:
        raise ValueError("A mail needs a recipient or an address.")
    try:
        with transaction.atomic():
            message = OutboxMessage.objects.create(
                key=key,
                kind=kind,
                recipient=recipient,
                to_email=to_email or (recipient.email if recipient else ""),
                context=context,
                due_at=due_at or timezone.now(),
                next_attempt_at=due_at or timezone.now(),
                expires_at=expires_at,
            )
    except IntegrityError:
        return None
    transaction.on_commit(wake_dispatcher)
    return message


def wake_dispatcher() -> None:
    """Nudge a worker to send now; if the broker is down, the next beat tick sends it."""
    from communities.tasks import dispatch_outbox

    try:
        dispatch_outbox.apply_async(retry=False)
    except Exception:  # the broker being away must never fail the request that enqueued
        logger.warning("could not wake the outbox dispatcher; the periodic tick will send it")


@transaction.atomic
def complete_signup_profile(
    *,
    user: User,
    display_name: str,
    credentials: str,
    time_zone: str,
    non_essential_opt_in: bool,
) -> None:
    user.display_name = display_name.strip()
    user.credentials = credentials.strip()
    user.time_zone = time_zone
    user.save(update_fields=["display_name", "credentials", "time_zone"])
    prefs = preferences_for(user)
    prefs.non_essential_opt_in = non_essential_opt_in
    prefs.save(update_fields=["non_essential_opt_in"])
