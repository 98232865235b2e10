"""The outbox's own SMTP serialiser must produce what Django's would, or step aside."""

from __future__ import annotations

import email
from email.message import Message

import pytest
from django.core.mail import EmailMultiAlternatives

from communities.mail import smtp_bytes


def a_message(
    subject: str = "Your Practica week", body: str = "Hello.\n"
) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email="Practica <no-reply@practica.example>",
        to=["ana@example.org"],
        headers={
            "Message-ID": "<digest.ana.2026-11-28@practica.example>",
            "Auto-Submitted": "auto-generated",
            "List-Unsubscribe": "<https://practica.example/mail/unsubscribe/abc/>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative("<p>Hello.</p>", "text/html")
    return message


def parts(raw: bytes) -> tuple[Message, list[tuple[str, str]]]:
    parsed = email.message_from_bytes(raw)
    bodies = [
        # smtplib sends CRLF either way; compare the text, not the line endings.
        (part.get_content_type(), part.get_payload(decode=True).decode().replace("\r\n", "\n"))
        for part in parsed.walk()
        if not part.is_multipart()
    ]
    return parsed, bodies


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Your Practica week", "Hello.\n"),
        ("Réunion de groupe – mardi", "Bonjour, à bientôt.\n"),
        ("Plain subject", "A long line " * 40 + "\n"),
    ],
)
def test_it_parses_to_the_same_headers_and_parts_as_djangos_own_message(
    subject: str, body: str
) -> None:
    message = a_message(subject, body)
    ours, our_parts = parts(smtp_bytes(message))
    theirs, their_parts = parts(message.message().as_bytes())
    for header in ("Subject", "From", "To", "Message-ID", "List-Unsubscribe", "Auto-Submitted"):
        assert str(email.header.make_header(email.header.decode_header(ours[header]))) == str(
            email.header.make_header(email.header.decode_header(theirs[header]))
        ), header
    assert our_parts == their_parts


def test_a_subject_with_a_line_break_is_still_refused() -> None:
    from django.core.mail.message import BadHeaderError

    with pytest.raises((BadHeaderError, ValueError)):
        smtp_bytes(a_message(subject="Hello\r\nBcc: everyone@example.org"))
