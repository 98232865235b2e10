"""Reading the demo's file mailer output (EMAIL_URL=file://...) for the /dev/mail/ page."""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from django.conf import settings

SEPARATOR = b"\n" + b"-" * 79 + b"\n"


@dataclass(frozen=True)
class DevMail:
    file: str
    subject: str
    to: str
    date: str
    message_id: str
    headers: list[tuple[str, str]]
    text: str


def mail_folder() -> Path | None:
    config: dict[str, Any] = settings.MAILERS.get("default", {})
    if not str(config.get("BACKEND", "")).endswith("filebased.EmailBackend"):
        return None
    return Path(config.get("OPTIONS", {}).get("file_path", ""))


def read_mail(*, limit: int = 50) -> list[DevMail]:
    folder = mail_folder()
    if folder is None or not folder.is_dir():
        return []
    files = sorted(folder.glob("*.log"), key=lambda p: p.stat().st_mtime, reverse=True)
    found: list[DevMail] = []
    for path in files:
        for chunk in reversed(path.read_bytes().split(SEPARATOR)):
            if chunk.strip():
                found.append(_parse(path.name, chunk))
            if len(found) >= limit:
                return found
    return found


def _parse(name: str, raw: bytes) -> DevMail:
    message = email.message_from_bytes(raw.lstrip(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    body = message.get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    shown = ("From", "To", "Auto-Submitted", "List-Unsubscribe", "List-Unsubscribe-Post")
    return DevMail(
        file=name,
        subject=str(message.get("Subject", "")),
        to=str(message.get("To", "")),
        date=str(message.get("Date", "")),
        message_id=str(message.get("Message-ID", "")),
        headers=[(h, str(message[h])) for h in shown if message.get(h)],
        text=text,
    )
