"""An SMTP sink on 127.0.0.1 for tests that send real SMTP: aiosmtpd in a background thread.

It records every accepted message with its Message-ID, and can be told to answer a code other
than 250 for one address or for a whole phase, to be slow, and to go down and come back on the
same port::

    def test_something(smtp_sink, smtp_mailer):      # smtp_mailer: Django's default mailer -> sink
        smtp_sink.refuse("bounce@example.org", 550)   # RCPT TO answered 550 for this address
        smtp_sink.set_phase_code("rcpt", 451)         # every RCPT TO answered 451 ...
        smtp_sink.set_phase_code("rcpt", None)        # ... until cleared
        smtp_sink.delay = 0.2                         # seconds before answering DATA
        smtp_sink.stop(); smtp_sink.start()           # down, then back on the same port
        assert smtp_sink.message_ids() == Counter({"<...>": 1})

For processes started by a test (Celery workers, gunicorn) use ``smtp_sink.url`` as EMAIL_URL.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import logging
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd logs every command at INFO

REPLIES = {
    250: "250 OK",
    421: "421 4.3.2 Service shutting down",
    450: "450 4.2.1 Mailbox busy, try again later",
    451: "451 4.3.0 Temporary failure, try again later",
    452: "452 4.3.1 Insufficient storage",
    550: "550 5.1.1 No such user here",
    552: "552 5.3.4 Message too big",
    554: "554 5.7.1 Rejected",
}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Delivered:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes
    message_id: str
    subject: str

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.raw, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed

    def text(self) -> str:
        """Every part decoded (text and HTML, any transfer encoding), for content checks."""
        parts = [str(self.message.get("Subject", ""))]
        for part in self.message.walk():
            if part.get_content_maintype() == "text":
                parts.append(part.get_content())
        return "\n".join(parts)


@dataclass
class Attempt:
    phase: str
    address: str
    code: int


@dataclass
class MailSink:
    host: str = "127.0.0.1"
    port: int = field(default_factory=free_port)
    delay: float = 0.0
    delivered: list[Delivered] = field(default_factory=list)
    attempts: list[Attempt] = field(default_factory=list)
    _address_codes: dict[str, int] = field(default_factory=dict)
    _phase_codes: dict[str, int] = field(default_factory=dict)
    _controller: Controller | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # --- Control --------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"smtp://{self.host}:{self.port}?timeout=5"

    @property
    def running(self) -> bool:
        return self._controller is not None

    def start(self) -> None:
        if self._controller is not None:
            return
        controller = Controller(_Handler(self), hostname=self.host, port=self.port)
        for _ in range(50):  # the old socket may linger for a moment after stop()
            try:
                controller.start()
                break
            except (OSError, RuntimeError):
                time.sleep(0.1)
        else:
            raise RuntimeError(f"the SMTP sink could not listen on {self.host}:{self.port}")
        self._controller = controller

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def refuse(self, address: str, code: int | None) -> None:
        """Answer RCPT TO for ``address`` with ``code`` (None: accept again)."""
        with self._lock:
            if code is None:
                self._address_codes.pop(address.lower(), None)
            else:
                self._address_codes[address.lower()] = code

    def set_phase_code(self, phase: str, code: int | None) -> None:
        """Answer every ``phase`` ("rcpt" or "data") with ``code`` (None: accept again)."""
        assert phase in {"rcpt", "data"}
        with self._lock:
            if code is None:
                self._phase_codes.pop(phase, None)
            else:
                self._phase_codes[phase] = code

    def reset(self) -> None:
        with self._lock:
            self.delivered.clear()
            self.attempts.clear()
            self._address_codes.clear()
            self._phase_codes.clear()
            self.delay = 0.0

    # --- What arrived ---------------------------------------------------------------------
    def message_ids(self) -> Counter[str]:
        with self._lock:
            return Counter(d.message_id for d in self.delivered)

    def messages(self) -> list[Delivered]:
        with self._lock:
            return list(self.delivered)

    def wait_for(self, count: int, timeout: float = 20.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.delivered) >= count:
                return True
            time.sleep(0.05)
        return len(self.delivered) >= count

    # --- Used by the handler --------------------------------------------------------------
    def _code(self, phase: str, addresses: list[str]) -> int:
        with self._lock:
            for address in addresses:
                code = self._address_codes.get(address.lower())
                if code is not None and phase == "rcpt":
                    return code
            return self._phase_codes.get(phase, 250)

    def _note(self, phase: str, address: str, code: int) -> None:
        with self._lock:
            self.attempts.append(Attempt(phase, address, code))

    def _record(self, envelope: Envelope) -> None:
        raw = envelope.original_content or b""
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        with self._lock:
            self.delivered.append(
                Delivered(
                    mail_from=str(envelope.mail_from),
                    rcpt_tos=tuple(envelope.rcpt_tos),
                    raw=raw,
                    message_id=str(parsed.get("Message-ID", "")).strip(),
                    subject=str(parsed.get("Subject", "")),
                )
            )


class _Handler:
    def __init__(self, sink: MailSink) -> None:
        self.sink = sink

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        code = self.sink._code("rcpt", [address])
        self.sink._note("rcpt", address, code)
        if code != 250:
            return REPLIES.get(code, f"{code} Refused")
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        code = self.sink._code("data", list(envelope.rcpt_tos))
        for address in envelope.rcpt_tos:
            self.sink._note("data", address, code)
        if code == 250:
            # Recorded before the (optional) slow reply: a client killed while waiting for the
            # 250 leaves a delivered message it never heard about, the real "uncertain" case.
            self.sink._record(envelope)
        if self.sink.delay:
            await asyncio.sleep(self.sink.delay)
        if code != 250:
            return REPLIES.get(code, f"{code} Refused")
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_sink() -> Iterator[MailSink]:
    """A running SMTP sink on a free loopback port; stopped after the test."""
    sink = MailSink()
    sink.start()
    try:
        yield sink
    finally:
        sink.stop()


@pytest.fixture
def smtp_mailer(settings: Any, smtp_sink: MailSink) -> MailSink:
    """Point Django's default mailer (in this process) at the sink."""
    from config.env import mailer_from_url

    settings.MAILERS = {"default": mailer_from_url(smtp_sink.url)}
    return smtp_sink
