"""Mail the cases app sends: reply notifications, flag outcomes, moderation warnings.

Rows carry ids only; ``build_context`` re-checks at send time and hands the templates the
group name, the case title (which passed the guard) and a link — never a body.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.urls import reverse

from cases.models import Case, Flag, Reply
from communities.access import can_read_cases
from communities.mail import MailKind, Skip, register
from communities.models import NotificationPreferences, OutboxMessage


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def build_reply(message: OutboxMessage) -> dict[str, Any]:
    reply = (
        Reply.objects.select_related("case__community", "author")
        .filter(pk=message.context.get("reply"))
        .first()
    )
    recipient = message.recipient
    if reply is None or recipient is None:
        raise Skip("the reply no longer exists")
    case = reply.case
    if reply.deleted_at or reply.purged_at or not reply.is_visible:
        raise Skip("the reply was deleted or hidden")
    if not case.is_visible or case.is_purged:
        raise Skip("the case is hidden or gone")
    if not can_read_cases(recipient, case.community):
        raise Skip("the recipient may no longer read the group's cases")
    if case.recusals.filter(user=recipient).exists():
        raise Skip("the recipient recused themselves from the case")
    if not case.follows.filter(user=recipient).exists():
        raise Skip("the recipient no longer follows the case")
    prefs = getattr(recipient, "notification_prefs", None)
    if prefs is not None and prefs.replies != NotificationPreferences.Replies.IMMEDIATELY:
        raise Skip("the recipient no longer wants replies by mail")
    return {
        "community_name": case.community.name,
        "case_title": case.title,
        "case_url": _absolute(reverse("cases:detail", args=[case.code])),
    }


def _flag(message: OutboxMessage) -> Flag:
    flag = (
        Flag.objects.select_related("case__community")
        .filter(pk=message.context.get("flag"))
        .first()
    )
    if flag is None or flag.resolved_at is None:
        raise Skip("the flag no longer exists")
    return flag


def build_flag_outcome(message: OutboxMessage) -> dict[str, Any]:
    flag = _flag(message)
    return {
        "community_name": flag.case.community.name,
        "outcome": flag.get_outcome_display(),
        "reason": flag.get_reason_display(),
        "flag": flag,
    }


def build_warning(message: OutboxMessage) -> dict[str, Any]:
    flag = _flag(message)
    case: Case = flag.case
    return {
        "community_name": case.community.name,
        "case_title": case.title if case.visibility != Case.Visibility.DELETED else "",
        "reason": flag.get_reason_display(),
        "guidelines_url": _absolute(reverse("communities:detail", args=[case.community.slug])),
    }


def register_kinds() -> None:
    register(MailKind(name="reply", category="replies", build_context=build_reply))
    register(MailKind(name="case_flag_outcome", category=None, build_context=build_flag_outcome))
    register(MailKind(name="case_warning", category=None, build_context=build_warning))
