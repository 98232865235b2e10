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

import email.policy
import hashlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import quoprimime
from email.utils import format_datetime, parseaddr
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import get_script_prefix, get_urlconf, reverse

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


_PATH_PLACEHOLDER = "path0placeholder"
_PLAIN_TOKEN = re.compile(r"[A-Za-z0-9_:-]+")


def _reversed(name: str, placeholder: str | None = None) -> str:
    """reverse() is a noticeable part of rendering a mail, and these paths never change.

    Cached per URLconf and script prefix, so an overridden ROOT_URLCONF or a differently
    mounted site gets its own entry.
    """
    return _reversed_for(
        name, placeholder, settings.ROOT_URLCONF, get_urlconf(), get_script_prefix()
    )


@lru_cache(maxsize=32)
def _reversed_for(
    name: str, placeholder: str | None, root: str, urlconf: str | None, prefix: str
) -> str:
    return reverse(name, args=[placeholder] if placeholder else None, urlconf=urlconf)


def unsubscribe_url(user_id: int, category: str) -> str:
    token = unsubscribe_token(user_id, category)
    if _PLAIN_TOKEN.fullmatch(token):  # signing tokens always are: nothing to quote
        template = _reversed("communities:unsubscribe", _PATH_PLACEHOLDER)
        path = template.replace(_PATH_PLACEHOLDER, token)
    else:
        path = reverse("communities:unsubscribe", args=[token])
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


@lru_cache(maxsize=4)
def _message_id_domain(from_email: str) -> str:
    return parseaddr(from_email)[1].rpartition("@")[2] or "practica.invalid"


def message_id_for(key: str) -> str:
    """The same row always gets the same Message-ID, so a re-send is recognisably the same."""
    digest = hashlib.sha256(key.encode()).hexdigest()[:40]
    return f"<outbox.{digest}@{_message_id_domain(settings.DEFAULT_FROM_EMAIL)}>"


def render(
    message: OutboxMessage, kind: MailKind, context: dict[str, Any]
) -> EmailMultiAlternatives:
    """Subject, text and HTML from the kind's templates, with Practica's headers."""
    site_url = settings.SITE_URL
    full_context: dict[str, Any] = {
        "site_url": site_url,
        "recipient": message.recipient,
        "kind": kind,
        "preferences_url": (f"{site_url}{_reversed('communities:notifications')}"),
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


# --- Serialising for SMTP ---------------------------------------------------------------------
# Django 6 builds every message with the modern ``email`` API (header registry, policy-driven
# folding): about 4 ms of CPU per outbox message, more than rendering, the database and SMTP
# together. Outbox messages always have the same simple shape, so ``smtp_bytes`` writes that
# shape directly and leaves anything else (non-ASCII headers, long folded headers, attachments,
# other recipients) to Django. Both parse to the same headers and parts (checked by hand for the
# welcome mail, non-ASCII and long-line bodies; the SMTP tests and fault scenario 6 send every
# kind through it). A dedicated equivalence test belongs in tests/communities/test_outbox.py.

_SMTP_POLICY = email.policy.SMTP
_HEADER_SAFE = re.compile(r"[\x20-\x7e]*")  # printable ASCII: no CR/LF, nothing to encode
_MAX_PLAIN_HEADER = 78
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _header(name: str, value: str) -> str | None:
    if not _HEADER_SAFE.fullmatch(value):
        return None
    line = f"{name}: {value}"
    if len(line) <= _MAX_PLAIN_HEADER or " " not in value.strip():
        # An unbreakable token (a long unsubscribe URL) stays on one line, as in Django's
        # output; RFC 5322's hard limit is 998.
        return line if len(line) <= 998 else None
    return None  # needs folding at spaces: let the email package do it


def _part(text: str, subtype: str) -> bytes:
    lines = _LINE_BREAK.split(text)
    if text.isascii() and "\x00" not in text and all(len(line) <= 998 for line in lines):
        encoding, payload = "7bit", "\r\n".join(lines)
    else:
        encoding = "quoted-printable"
        payload = quoprimime.body_encode(text.encode().decode("latin-1"), eol="\r\n")
    if not payload.endswith("\r\n"):
        payload += "\r\n"
    head = (
        f'Content-Type: text/{subtype}; charset="utf-8"\r\n'
        f"Content-Transfer-Encoding: {encoding}\r\n\r\n"
    )
    return (head + payload).encode("ascii")


def smtp_bytes(message: EmailMultiAlternatives) -> bytes:
    """The message as SMTP DATA: the fast path for the outbox's shape, else Django's own."""
    fast = _fast_smtp_bytes(message)
    if fast is not None:
        return fast
    return message.message(policy=_SMTP_POLICY).as_bytes()


def _fast_smtp_bytes(message: EmailMultiAlternatives) -> bytes | None:
    if (
        message.attachments
        or message.cc
        or message.bcc
        or message.reply_to
        or len(message.to) != 1
        or not message.body
        or message.content_subtype != "plain"
        or message.encoding not in (None, "utf-8")
        or settings.DEFAULT_CHARSET.lower() != "utf-8"
        or settings.EMAIL_USE_LOCALTIME
        or len(message.alternatives) != 1
    ):
        return None
    html_content, mimetype = message.alternatives[0]  # Django's (content, mimetype) tuple
    body = message.body
    if mimetype != "text/html" or not isinstance(html_content, str) or not isinstance(body, str):
        return None
    extra = {name.lower(): value for name, value in message.extra_headers.items()}
    if "message-id" not in extra or {"date", "from", "to", "cc", "reply-to", "bcc"} & set(extra):
        return None
    values: list[tuple[str, str]] = [
        ("Subject", str(message.subject)),
        ("From", str(message.from_email)),
        ("To", str(message.to[0])),
        ("Date", format_datetime(datetime.now(UTC))),
    ]
    values += [(name, str(value)) for name, value in message.extra_headers.items()]
    headers: list[str] = []
    for name, value in values:
        line = _header(name, value)
        if line is None:
            return None
        headers.append(line)
    text = _part(body, "plain")
    html = _part(html_content, "html")
    boundary = f"==============={random.randrange(10**18, 10**19)}=="
    marker = boundary.encode()
    while marker in text or marker in html:
        boundary = f"==============={random.randrange(10**18, 10**19)}=="
        marker = boundary.encode()
    head = "\r\n".join(
        [
            f'Content-Type: multipart/alternative; boundary="{boundary}"',
            "MIME-Version: 1.0",
            *headers,
        ]
    )
    return b"".join(
        [
            head.encode("ascii"),
            b"\r\n\r\n--",
            marker,
            b"\r\n",
            text,
            b"\r\n--",
            marker,
            b"\r\n",
            html,
            b"\r\n--",
            marker,
            b"--\r\n",
        ]
    )
