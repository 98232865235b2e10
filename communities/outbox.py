"""The outbox dispatcher: claims due rows, re-checks them, renders and sends.

PostgreSQL is the source of truth. One pass of ``dispatch_due``:

1. Rows left in ``sending`` whose send lease ran out belonged to a dispatcher that died between
   talking SMTP and recording the outcome: they become ``uncertain`` and are never re-sent
   automatically (a moderator may retry one from /moderation/outbox/).
2. Claim a batch of due ``pending`` rows with ``SELECT ... FOR UPDATE SKIP LOCKED`` and give
   them a lease (``lease_until``); other dispatchers skip leased rows until the lease runs out,
   so a dispatcher that dies after claiming only delays its batch.
3. For each row: re-check (recipient active, preferences, bounces, expiry, the kind's
   ``build_context`` which may raise ``Skip``), render, then mark it ``sending`` in a
   committed write, talk SMTP over the pass's one connection, and record
   ``sent``/retry/``failed``/``uncertain``. A ``sent`` rides on the next message's
   ``sending`` write (one durable commit per message; see ``_Batch``), so a crash still
   leaves at most the message the server just took ``uncertain``.

Every write after the claim is guarded by the lease value, so a dispatcher whose lease ran
out cannot overwrite the work of the one that took the row over.
"""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core import mail as django_mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.smtp import EmailBackend as SmtpBackend
from django.db import connection, transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from communities import mail, services
from communities.models import NotificationPreferences, OutboxMessage

logger = logging.getLogger(__name__)
State = OutboxMessage.State


@dataclass
class DispatchReport:
    sent: int = 0
    skipped: int = 0
    retried: int = 0
    failed: int = 0
    uncertain: int = 0
    recovered_uncertain: int = 0
    errors: list[str] = field(default_factory=list)
    suppressed_users: set[int] = field(default_factory=set)  # bounced out during this pass

    @property
    def handled(self) -> int:
        return self.sent + self.skipped + self.retried + self.failed + self.uncertain


class _Temporary(Exception):
    """A failure worth retrying later (connection refused, 4xx)."""


class _Permanent(Exception):
    """A failure not worth retrying (5xx); ``bounce`` when the server refused the address."""

    def __init__(self, text: str, *, bounce: bool = False) -> None:
        super().__init__(text)
        self.bounce = bounce


class _Uncertain(Exception):
    """The connection broke after the message data was handed over: it may have been sent."""


def backoff(attempts: int) -> timedelta:
    """How long to wait before attempt ``attempts + 1``: base * 2^(attempts-1), capped."""
    base = settings.PRACTICA_OUTBOX_BACKOFF_SECONDS
    seconds = min(base * 2 ** max(attempts - 1, 0), settings.PRACTICA_OUTBOX_BACKOFF_MAX_SECONDS)
    return timedelta(seconds=seconds)


def recover_stale_sends(*, now: datetime | None = None) -> int:
    """Rows stuck in ``sending`` past their lease: the dispatcher died mid-SMTP."""
    now = now or timezone.now()
    return OutboxMessage.objects.filter(state=State.SENDING, lease_until__lt=now).update(
        state=State.UNCERTAIN,
        lease_until=None,
        last_error=(
            "The dispatcher stopped while talking to the mail server; the message may or may "
            "not have been delivered, so it is not sent again automatically."
        ),
    )


def claim_batch(*, size: int, now: datetime | None = None) -> tuple[list[int], datetime]:
    """Lease up to ``size`` due rows; returns their ids and the lease (the claim's token)."""
    now = now or timezone.now()
    lease = now + timedelta(seconds=settings.PRACTICA_OUTBOX_LEASE_SECONDS)
    with transaction.atomic():
        ids = list(
            OutboxMessage.objects.select_for_update(skip_locked=True)
            .filter(state=State.PENDING, next_attempt_at__lte=now)
            .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
            .order_by("next_attempt_at", "id")
            .values_list("id", flat=True)[:size]
        )
        if ids:
            OutboxMessage.objects.filter(id__in=ids).update(lease_until=lease)
    return ids, lease


def dispatch_due(*, limit: int = 500, batch_size: int = 25) -> int:
    """Send what is due; returns how many rows were handled."""
    return dispatch(limit=limit, batch_size=batch_size).handled


def dispatch(*, limit: int = 500, batch_size: int = 25) -> DispatchReport:
    report = DispatchReport()
    report.recovered_uncertain = recover_stale_sends()
    sender = _Sender()
    try:
        while report.handled < limit:
            ids, lease = claim_batch(size=min(batch_size, limit - report.handled))
            if not ids:
                break
            _dispatch_batch(ids, lease, sender, report)
    finally:
        sender.close()
    if report.handled or report.recovered_uncertain:
        logger.info(
            "outbox: sent %s, skipped %s, retried %s, failed %s, uncertain %s (+%s recovered)",
            report.sent,
            report.skipped,
            report.retried,
            report.failed,
            report.uncertain,
            report.recovered_uncertain,
        )
    return report


def _dispatch_batch(
    ids: list[int], lease: datetime, sender: _Sender, report: DispatchReport
) -> None:
    messages = {
        m.id: m
        for m in OutboxMessage.objects.filter(id__in=ids, lease_until=lease).select_related(
            "recipient", "recipient__notification_prefs"
        )
    }
    remaining = [messages[i] for i in ids if i in messages]
    batch = _Batch(lease=lease, sender=sender, report=report)
    try:
        while remaining:
            message = remaining.pop(0)
            try:
                _dispatch_one(message, batch)
            except _MailServerDown as down:
                # Nothing else in this batch can go out now; put it back for the retry time.
                retry_at = timezone.now() + backoff(down.attempts)
                OutboxMessage.objects.filter(
                    id__in=[m.id for m in remaining], lease_until=lease, state=State.PENDING
                ).update(lease_until=None, next_attempt_at=retry_at, last_error=str(down))
                report.retried += len(remaining)
                return
    finally:
        batch.record_sent()


@dataclass
class _Batch:
    """One claimed batch being sent, and the last accepted message not yet recorded as sent.

    After the mail server accepts a message, its "sent" is written in the same statement (one
    durable commit) that marks the *next* message "sending", or at the end of the batch. At
    any moment at most one row is accepted-but-unrecorded, and it is the one the mail server
    just took: a crash leaves it "sending" (then "uncertain"), exactly as a crash between
    the server's 250 and a separate "sent" write would. The next row is only handed to the
    server after that commit, so the uncertain window is still a single message.
    """

    lease: datetime
    sender: _Sender
    report: DispatchReport
    unrecorded_sent: int | None = None
    unrecorded_at: datetime | None = None

    def sent(self, message: OutboxMessage) -> None:
        self.unrecorded_sent = message.pk
        self.unrecorded_at = timezone.now()
        self.report.sent += 1

    def record_sent(self) -> None:
        """Write the pending "sent" on its own (end of batch, or before giving up)."""
        if self.unrecorded_sent is None:
            return
        pk, at = self.unrecorded_sent, self.unrecorded_at
        self.unrecorded_sent = self.unrecorded_at = None
        # Our send succeeded, so "sent" is the truth even if our lease ran out meanwhile.
        OutboxMessage.objects.filter(pk=pk, state__in=[State.SENDING, State.UNCERTAIN]).update(
            state=State.SENT, sent_at=at, lease_until=None, last_error=""
        )


class _MailServerDown(Exception):
    def __init__(self, text: str, attempts: int) -> None:
        super().__init__(text)
        self.attempts = attempts


def _update(rows: QuerySet[OutboxMessage], **fields: Any) -> int:
    """One UPDATE in autocommit: its own transaction, committed (and flushed) before returning.

    There used to be a ``synchronous_commit = off`` variant for the writes other than
    "sending"; it needed an explicit transaction (BEGIN, SET LOCAL, UPDATE, COMMIT: four round
    trips instead of one) and after batching those writes are rare, so it cost more than the
    WAL flush it saved.
    """
    return rows.update(**fields)


def _guarded_update(
    message: OutboxMessage,
    lease: datetime,
    held_state: str,
    /,
    **fields: Any,
) -> bool:
    """Write only if this dispatcher still holds the row (same state, same lease)."""
    rows = OutboxMessage.objects.filter(pk=message.pk, state=held_state, lease_until=lease)
    return bool(_update(rows, **fields))


def _precheck(message: OutboxMessage, kind: mail.MailKind) -> str:
    """Why the row must not be sent any more ('' when it may)."""
    now = timezone.now()
    if message.expires_at is not None and message.expires_at <= now:
        return "too late to be useful"
    user = message.recipient
    if user is None:
        return ""
    if not user.is_active or user.suspended_at or user.anonymised_at:
        return "the recipient's account is no longer active"
    try:
        prefs = user.notification_prefs
    except NotificationPreferences.DoesNotExist:
        prefs = services.preferences_for(user)  # nobody chose yet: the defaults apply
    if prefs.mail_suppressed_at is not None:
        return "mail to this address is suppressed after repeated bounces"
    return mail.category_refusal(prefs, kind.category)


def _dispatch_one(message: OutboxMessage, batch: _Batch) -> None:
    lease, sender, report = batch.lease, batch.sender, batch.report
    try:
        kind = mail.kind_named(message.kind)
    except LookupError as error:
        _fail(message, lease, State.PENDING, str(error), report)
        return
    reason = _precheck(message, kind)
    if message.recipient_id in report.suppressed_users:
        reason = "mail to this address is suppressed after repeated bounces"
    context: dict[str, Any] = {}
    if not reason:
        try:
            context = kind.build_context(message)
        except mail.Skip as skip:
            reason = skip.reason or "no longer right to send"
        except Exception as error:
            logger.exception("outbox: building %s failed", message.key)
            _fail(message, lease, State.PENDING, f"build_context failed: {error!r}", report)
            return
    if reason:
        if _guarded_update(
            message,
            lease,
            State.PENDING,
            state=State.SKIPPED,
            skip_reason=reason[:200],
            lease_until=None,
        ):
            report.skipped += 1
        return
    try:
        email = mail.render(message, kind, context)
    except Exception as error:
        logger.exception("outbox: rendering %s failed", message.key)
        _fail(message, lease, State.PENDING, f"render failed: {error!r}", report)
        return

    try:
        sender.ensure_open()
    except _Temporary as error:
        attempts = message.attempts + 1
        _retry_or_give_up(message, lease, State.PENDING, attempts, str(error), report)
        raise _MailServerDown(str(error), attempts) from error

    # The point of no return: record "sending" (committed) before the server sees anything.
    send_lease = timezone.now() + timedelta(seconds=settings.PRACTICA_OUTBOX_SEND_LEASE_SECONDS)
    if not _mark_sending(message, batch, send_lease, email.extra_headers["Message-ID"]):
        return  # another dispatcher took the row over after our lease ran out
    attempts = message.attempts + 1
    try:
        sender.send(email)
    except _Temporary as error:
        _retry_or_give_up(message, send_lease, State.SENDING, attempts, str(error), report)
    except _Permanent as error:
        _fail(message, send_lease, State.SENDING, str(error), report)
        if error.bounce and message.recipient_id is not None:
            if record_hard_bounce(message.recipient_id):
                report.suppressed_users.add(message.recipient_id)
    except _Uncertain as error:
        OutboxMessage.objects.filter(pk=message.pk, state=State.SENDING).update(
            state=State.UNCERTAIN, lease_until=None, last_error=str(error)[:2000]
        )
        report.uncertain += 1
    else:
        batch.sent(message)  # recorded with the next "sending" mark, or at the end of the batch


def _mark_sending(
    message: OutboxMessage, batch: _Batch, send_lease: datetime, message_id: str
) -> bool:
    """Mark ``message`` "sending" — and the previous accepted message "sent" — in one commit.

    One UPDATE statement in autocommit, so one durable commit (synchronous_commit stays on)
    and one round trip per message instead of a transaction for each of the two writes.
    The "sending" half is guarded by our lease like every other write after the claim;
    the "sent" half by state only (the server accepted it, so "sent" is the truth even if its
    lease ran out and another dispatcher marked it uncertain). Returns whether ``message`` is
    now ours to send.
    """
    previous, previous_at = batch.unrecorded_sent, batch.unrecorded_at
    if previous is None:
        marked = _guarded_update(
            message,
            batch.lease,
            State.PENDING,
            state=State.SENDING,
            lease_until=send_lease,
            attempts=F("attempts") + 1,
            message_id=message_id,
        )
        return marked
    with connection.cursor() as cursor:
        cursor.execute(
            _mark_sending_sql(),
            _mark_sending_params(
                message.pk, batch.lease, send_lease, message_id, previous, previous_at
            ),
        )
        marked_ids = {row[0] for row in cursor.fetchall()}
    batch.unrecorded_sent = batch.unrecorded_at = None  # only once it is written
    return message.pk in marked_ids


def _mark_sending_sql() -> str:
    meta = OutboxMessage._meta
    q = connection.ops.quote_name

    columns = {field.name: str(field.column) for field in meta.concrete_fields}

    def col(name: str) -> str:
        return q(columns[name])

    pk, state = col("id"), col("state")
    this = f"{pk} = %(this)s"
    # Only quoted identifiers from the model's metadata are interpolated; values are parameters.
    return (
        f"UPDATE {q(meta.db_table)} SET "  # noqa: S608
        f"{state} = CASE WHEN {this} THEN %(sending)s ELSE %(sent)s END, "
        f"{col('lease_until')} = CASE WHEN {this} THEN %(send_lease)s ELSE NULL END, "
        f"{col('attempts')} = CASE WHEN {this} THEN {col('attempts')} + 1 "
        f"ELSE {col('attempts')} END, "
        f"{col('message_id')} = CASE WHEN {this} THEN %(message_id)s "
        f"ELSE {col('message_id')} END, "
        f"{col('sent_at')} = CASE WHEN {this} THEN {col('sent_at')} ELSE %(sent_at)s END, "
        f"{col('last_error')} = CASE WHEN {this} THEN {col('last_error')} ELSE '' END "
        f"WHERE ({this} AND {state} = %(pending)s AND {col('lease_until')} = %(lease)s) "
        f"OR ({pk} = %(previous)s AND {state} IN (%(sending)s, %(uncertain)s)) "
        f"RETURNING {pk}"
    )


def _mark_sending_params(
    pk: int,
    lease: datetime,
    send_lease: datetime,
    message_id: str,
    previous: int,
    previous_at: datetime | None,
) -> dict[str, Any]:
    return {
        "this": pk,
        "previous": previous,
        "lease": lease,
        "send_lease": send_lease,
        "message_id": message_id,
        "sent_at": previous_at,
        "pending": State.PENDING,
        "sending": State.SENDING,
        "sent": State.SENT,
        "uncertain": State.UNCERTAIN,
    }


def _fail(
    message: OutboxMessage, lease: datetime, state: str, error: str, report: DispatchReport
) -> None:
    if _guarded_update(
        message, lease, state, state=State.FAILED, lease_until=None, last_error=error[:2000]
    ):
        report.failed += 1
        report.errors.append(f"{message.key}: {error}")


def _retry_or_give_up(
    message: OutboxMessage,
    lease: datetime,
    state: str,
    attempts: int,
    error: str,
    report: DispatchReport,
) -> None:
    if attempts >= settings.PRACTICA_OUTBOX_MAX_ATTEMPTS:
        _fail(message, lease, state, f"gave up after {attempts} attempts: {error}", report)
        return
    if _guarded_update(
        message,
        lease,
        state,
        state=State.PENDING,
        attempts=attempts,
        lease_until=None,
        next_attempt_at=timezone.now() + backoff(attempts),
        last_error=error[:2000],
    ):
        report.retried += 1


def record_hard_bounce(user_id: int) -> bool:
    """Count a refused address; at the limit, stop mailing it and tell the user next visit.

    Returns whether mail to the user is now suppressed.
    """
    with transaction.atomic():
        prefs = NotificationPreferences.objects.select_for_update().filter(user_id=user_id).first()
        if prefs is None:
            return False
        prefs.hard_bounces += 1
        fields = ["hard_bounces"]
        if (
            prefs.hard_bounces >= settings.PRACTICA_OUTBOX_HARD_BOUNCE_LIMIT
            and prefs.mail_suppressed_at is None
        ):
            prefs.mail_suppressed_at = timezone.now()
            prefs.bounce_notice_pending = True
            fields += ["mail_suppressed_at", "bounce_notice_pending"]
        prefs.save(update_fields=fields)
        return prefs.mail_suppressed_at is not None


# --- Talking to the mail server -------------------------------------------------------------


class _Sender:
    """Django's default mailer, kept open across a pass when it is SMTP.

    For SMTP it notes when the DATA command started, so a broken connection after that point
    is reported as uncertain (the server may have accepted the message) rather than retried.
    """

    def __init__(self) -> None:
        self.mailer: BaseEmailBackend | None = None
        self.in_data = False
        self.envelope_from: dict[str, str] = {}

    @property
    def is_smtp(self) -> bool:
        return isinstance(self.mailer, SmtpBackend)

    def ensure_open(self) -> None:
        if self.mailer is None:
            self.mailer = django_mail.mailers.default
        if not self.is_smtp:
            return
        assert isinstance(self.mailer, SmtpBackend)
        try:
            if self.mailer.open():
                self._track_data(self.mailer.connection)
        except (OSError, smtplib.SMTPException) as error:
            self.reset()
            raise _Temporary(f"cannot reach the mail server: {error!r}") from error

    def _track_data(self, connection: smtplib.SMTP | None) -> None:
        if connection is None:
            return
        original: Callable[..., Any] = connection.data

        def data(msg: Any) -> Any:
            self.in_data = True
            return original(msg)

        connection.data = data  # type: ignore[method-assign]

    def send(self, email: django_mail.EmailMultiAlternatives) -> None:
        assert self.mailer is not None
        self.in_data = False
        try:
            if self.is_smtp:
                self._send_smtp(email)
            else:
                self.mailer.send_messages([email])
        except smtplib.SMTPRecipientsRefused as error:
            codes = [code for code, _ in error.recipients.values()]
            text = "; ".join(f"{code} {reply!r}" for code, reply in error.recipients.values())
            if codes and all(500 <= code < 600 for code in codes):
                raise _Permanent(f"address refused: {text}", bounce=True) from error
            raise _Temporary(f"address deferred: {text}") from error
        except smtplib.SMTPResponseException as error:
            text = f"{error.smtp_code} {error.smtp_error!r}"
            if 500 <= error.smtp_code < 600:
                raise _Permanent(f"refused: {text}") from error
            self._reset_if_closed()
            raise _Temporary(f"deferred: {text}") from error
        except ValueError as error:  # an address Django cannot encode
            raise _Permanent(f"invalid address: {error}") from error
        except (OSError, smtplib.SMTPException) as error:
            was_in_data = self.in_data
            self.reset()
            if was_in_data:
                raise _Uncertain(
                    f"connection lost after the message was handed over: {error!r}"
                ) from error
            raise _Temporary(f"connection lost: {error!r}") from error

    def _send_smtp(self, email: django_mail.EmailMultiAlternatives) -> None:
        """What Django's SMTP backend does for one message, with the outbox's serialisation.

        Same envelope (Django's ``prep_address``, which raises ValueError for addresses it
        cannot encode), same connection, same exceptions; only the bytes come from
        ``mail.smtp_bytes``, several times cheaper than ``EmailMessage.message()``.
        """
        assert isinstance(self.mailer, SmtpBackend)
        recipients = email.recipients()
        if not recipients:
            return
        envelope_from = self.envelope_from.get(email.from_email)
        if envelope_from is None:  # the same From every time: parse it once per pass
            envelope_from = self.mailer.prep_address(email.from_email)
            self.envelope_from[email.from_email] = envelope_from
        envelope_to = [self.mailer.prep_address(address) for address in recipients]
        data = mail.smtp_bytes(email)
        if self.mailer.connection is None:
            raise smtplib.SMTPServerDisconnected("the mail connection is closed")
        self.mailer.connection.sendmail(envelope_from, envelope_to, data)

    def _reset_if_closed(self) -> None:
        if self.is_smtp and getattr(self.mailer, "connection", None) is None:
            self.reset()

    def reset(self) -> None:
        if self.mailer is not None:
            try:
                self.mailer.close()
            except Exception:  # closing a broken connection may fail; it is gone either way
                logger.debug("outbox: closing a broken mail connection failed", exc_info=True)
        self.mailer = None

    def close(self) -> None:
        self.reset()


def pending_summary(states: Iterable[str] | None = None) -> dict[str, int]:
    """Row counts by state (for the moderator page and the admin)."""
    from django.db.models import Count

    rows = OutboxMessage.objects.values("state").annotate(n=Count("id"))
    counts = {state: 0 for state in (states or State.values)}
    for row in rows:
        counts[row["state"]] = row["n"]
    return counts
