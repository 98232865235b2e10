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

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from email.utils import parseaddr
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

if TYPE_CHECKING:
    from communities.models import NotificationPreferences, OutboxMessage


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


# --- Rendering ------------------------------------------------------------------------------
# Everything below turns a claimed outbox row into an EmailMultiAlternatives. The dispatcher
# (communities/outbox.py) calls ``render`` after ``build_context`` has re-checked the row.

UNSUBSCRIBE_SALT = "practica.mail.unsubscribe"
UNSUBSCRIBE_MAX_AGE = timedelta(days=60)

# What an unsubscribe link of each category can turn down, in words for the confirm page.
CATEGORIES: dict[str, str] = {
    "account": "mail about your account, such as the welcome message",
    "digest": "the digest of your groups",
    "replies": "notifications of replies to cases you follow",
    "reminders": "meeting reminders",
    "product": "occasional product news and tips",
}


class BadUnsubscribeToken(Exception):
    """The token is forged, expired or unreadable."""


def unsubscribe_token(user_id: int, category: str) -> str:
    return signing.dumps({"u": user_id, "c": category}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> tuple[int, str]:
    """(user id, category) from a token; raises ``BadUnsubscribeToken``."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=UNSUBSCRIBE_MAX_AGE)
    except signing.SignatureExpired as error:
        raise BadUnsubscribeToken("expired") from error
    except signing.BadSignature as error:
        raise BadUnsubscribeToken("forged") from error
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("u"), int)
        or data.get("c") not in CATEGORIES
    ):
        raise BadUnsubscribeToken("forged")
    return data["u"], data["c"]


def unsubscribe_url(user_id: int, category: str) -> str:
    path = reverse("communities:unsubscribe", args=[unsubscribe_token(user_id, category)])
    return f"{settings.SITE_URL}{path}"


def category_refusal(prefs: NotificationPreferences, category: str | None) -> str:
    """Why the recipient's preferences rule this category out now ('' when they allow it).

    Transactional mail (category None) is always allowed; every other category obeys the
    master switch first. Kinds check finer details (which reminder leads) in build_context.
    """
    if category is None:
        return ""
    if not prefs.mail_enabled:
        return "the recipient switched mail off"
    if category == "product" and not prefs.non_essential_opt_in:
        return "the recipient did not opt in to product mail"
    if category == "digest" and prefs.digest == prefs.Digest.OFF:
        return "the recipient switched the digest off"
    if category == "replies" and prefs.replies == prefs.Replies.OFF:
        return "the recipient switched reply notifications off"
    if category == "reminders" and not prefs.reminder_lead_minutes:
        return "the recipient switched reminders off"
    return ""


def message_id_for(key: str) -> str:
    """The same row always gets the same Message-ID, so a re-send is recognisably the same."""
    digest = hashlib.sha256(key.encode()).hexdigest()[:40]
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "practica.invalid"
    return f"<outbox.{digest}@{domain}>"


def render(
    message: OutboxMessage, kind: MailKind, context: dict[str, Any]
) -> EmailMultiAlternatives:
    """Subject, text and HTML from the kind's templates, with Practica's headers."""
    site_url = settings.SITE_URL
    full_context: dict[str, Any] = {
        "site_url": site_url,
        "recipient": message.recipient,
        "kind": kind,
        "preferences_url": f"{site_url}{reverse('communities:notifications')}",
        "unsubscribe_url": "",
        **context,
    }
    headers = {
        "Message-ID": message_id_for(message.key),
        "Auto-Submitted": "auto-generated",
        "X-Auto-Response-Suppress": "All",
    }
    if kind.category is not None and message.recipient_id is not None:
        link = unsubscribe_url(message.recipient_id, kind.category)
        full_context["unsubscribe_url"] = link
        headers["List-Unsubscribe"] = f"<{link}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    prefix = kind.template_prefix
    subject = " ".join(render_to_string(f"{prefix}/subject.txt", full_context).split())
    text = render_to_string(f"{prefix}/body.txt", full_context)
    html = render_to_string(f"{prefix}/body.html", full_context)
    email = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.to_email],
        headers=headers,
    )
    email.attach_alternative(html, "text/html")
    return email
