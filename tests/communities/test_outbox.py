"""The outbox dispatcher, in-process: claiming, re-checking, rendering, sending, recording."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail as django_mail
from django.utils import timezone

from communities import mail, outbox, services
from communities.mail import MailKind, Skip, kind_named, message_id_for
from communities.models import AuditEvent, NotificationPreferences, OutboxMessage, User
from tests.factories import UserFactory
from tests.mailsink import MailSink

pytestmark = pytest.mark.django_db
State = OutboxMessage.State


def _plain(message: OutboxMessage) -> dict[str, Any]:
    if message.recipient is None:
        raise Skip("no recipient")
    return {"user": message.recipient}


def _refuses(message: OutboxMessage) -> dict[str, Any]:
    raise Skip("the meeting was cancelled")


def _explodes(message: OutboxMessage) -> dict[str, Any]:
    raise RuntimeError("a bug in a kind")


# Test-only kinds. They reuse the welcome templates.
TRANSACTIONAL = MailKind(name="test_transactional", build_context=_plain, template="emails/welcome")
DIGESTY = MailKind(
    name="test_digesty", build_context=_plain, category="digest", template="emails/welcome"
)
SKIPPER = MailKind(name="test_skipper", build_context=_refuses, template="emails/welcome")
BROKEN_TEMPLATE = MailKind(
    name="test_broken_template", build_context=_plain, template="emails/no-such-kind"
)
BROKEN_CONTEXT = MailKind(
    name="test_broken_context", build_context=_explodes, template="emails/welcome"
)


@pytest.fixture(autouse=True)
def _test_kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Registered for each test only, so no other test (the canary) ever sees them."""
    for kind in (TRANSACTIONAL, DIGESTY, SKIPPER, BROKEN_TEMPLATE, BROKEN_CONTEXT):
        monkeypatch.setitem(mail._KINDS, kind.name, kind)


def enqueue(
    user: User, kind: str = "test_transactional", key: str | None = None, **extra: Any
) -> OutboxMessage:
    services.preferences_for(user)
    row = services.enqueue_mail(
        key=key or f"{kind}:{user.pk}", kind=kind, recipient=user, context={}, **extra
    )
    assert row is not None
    return row


def states(*rows: OutboxMessage) -> list[str]:
    return [OutboxMessage.objects.get(pk=row.pk).state for row in rows]


def test_enqueueing_the_same_key_twice_creates_one_row() -> None:
    user = UserFactory()
    first = services.enqueue_mail(key="k:1", kind="welcome", recipient=user, context={})
    second = services.enqueue_mail(key="k:1", kind="welcome", recipient=user, context={})
    assert first is not None
    assert second is None
    assert OutboxMessage.objects.filter(key="k:1").count() == 1


def test_a_due_welcome_is_sent_once_with_text_html_and_the_mail_headers() -> None:
    user = UserFactory(display_name="Dr Ana Ruiz")
    row = services.enqueue_welcome(user=user, email=user.email)
    assert row is not None

    assert outbox.dispatch_due() == 1
    assert outbox.dispatch_due() == 0

    assert len(django_mail.outbox) == 1
    sent = django_mail.outbox[0]
    assert sent.to == [user.email]
    assert sent.subject == "Welcome to Practica"
    assert "Dr Ana Ruiz" in sent.body
    assert sent.alternatives[0].mimetype == "text/html"
    assert "Welcome to Practica" in sent.alternatives[0].content
    headers = sent.extra_headers
    assert headers["Message-ID"] == message_id_for(row.key)
    assert headers["Auto-Submitted"] == "auto-generated"
    assert headers["List-Unsubscribe"].startswith("<http")
    assert "/mail/unsubscribe/" in headers["List-Unsubscribe"]
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    row.refresh_from_db()
    assert row.state == State.SENT
    assert row.message_id == headers["Message-ID"]
    assert row.attempts == 1
    assert row.sent_at is not None


def test_the_message_id_depends_only_on_the_row_key() -> None:
    assert message_id_for("welcome:1") == message_id_for("welcome:1")
    assert message_id_for("welcome:1") != message_id_for("welcome:2")


def test_transactional_mail_carries_no_list_unsubscribe_and_ignores_the_master_switch() -> None:
    user = UserFactory()
    prefs = services.preferences_for(user)
    prefs.mail_enabled = False
    prefs.save()
    enqueue(user)

    outbox.dispatch_due()

    assert len(django_mail.outbox) == 1
    assert "List-Unsubscribe" not in django_mail.outbox[0].extra_headers


def test_mail_of_a_category_the_recipient_switched_off_is_skipped_with_the_reason() -> None:
    user = UserFactory()
    prefs = services.preferences_for(user)
    prefs.digest = NotificationPreferences.Digest.OFF
    prefs.save()
    row = enqueue(user, "test_digesty")

    outbox.dispatch_due()

    row.refresh_from_db()
    assert row.state == State.SKIPPED
    assert "digest" in row.skip_reason
    assert django_mail.outbox == []


def test_mail_to_a_suspended_recipient_is_skipped() -> None:
    user = UserFactory(is_active=False, suspended_at=timezone.now())
    row = enqueue(user)

    outbox.dispatch_due()

    row.refresh_from_db()
    assert row.state == State.SKIPPED
    assert "no longer active" in row.skip_reason


def test_a_kind_that_raises_skip_at_send_time_is_skipped_not_sent() -> None:
    row = enqueue(UserFactory(), "test_skipper")

    outbox.dispatch_due()

    row.refresh_from_db()
    assert (row.state, row.skip_reason) == (State.SKIPPED, "the meeting was cancelled")
    assert django_mail.outbox == []


def test_mail_past_its_expiry_is_skipped_as_too_late() -> None:
    row = enqueue(UserFactory(), expires_at=timezone.now() - timedelta(minutes=1))

    outbox.dispatch_due()

    row.refresh_from_db()
    assert (row.state, row.skip_reason) == (State.SKIPPED, "too late to be useful")


def test_mail_due_later_is_not_sent_yet() -> None:
    row = enqueue(UserFactory(), due_at=timezone.now() + timedelta(hours=1))

    assert outbox.dispatch_due() == 0
    assert states(row) == [State.PENDING]


def test_a_template_error_fails_that_row_with_the_error_and_the_batch_goes_on() -> None:
    user = UserFactory()
    before = enqueue(user, key="a")
    broken = enqueue(user, "test_broken_template", key="b")
    crashing = enqueue(user, "test_broken_context", key="c")
    after = enqueue(user, key="d")

    outbox.dispatch_due()

    assert states(before, broken, crashing, after) == [
        State.SENT,
        State.FAILED,
        State.FAILED,
        State.SENT,
    ]
    broken.refresh_from_db()
    crashing.refresh_from_db()
    assert "TemplateDoesNotExist" in broken.last_error
    assert "a bug in a kind" in crashing.last_error
    assert len(django_mail.outbox) == 2


def test_an_unknown_kind_fails_with_a_clear_error() -> None:
    row = enqueue(UserFactory(), "no_such_kind")

    outbox.dispatch_due()

    row.refresh_from_db()
    assert row.state == State.FAILED
    assert "no mail kind named 'no_such_kind'" in row.last_error


def test_a_row_left_sending_after_its_lease_becomes_uncertain_and_is_never_resent() -> None:
    row = enqueue(UserFactory())
    OutboxMessage.objects.filter(pk=row.pk).update(
        state=State.SENDING, lease_until=timezone.now() - timedelta(seconds=1), attempts=1
    )

    outbox.dispatch_due()
    outbox.dispatch_due()

    row.refresh_from_db()
    assert row.state == State.UNCERTAIN
    assert "may or may not have been delivered" in row.last_error
    assert django_mail.outbox == []


def test_a_row_claimed_by_a_dispatcher_that_died_is_sent_after_its_lease() -> None:
    row = enqueue(UserFactory())
    OutboxMessage.objects.filter(pk=row.pk).update(lease_until=timezone.now() + timedelta(hours=1))
    assert outbox.dispatch_due() == 0

    OutboxMessage.objects.filter(pk=row.pk).update(
        lease_until=timezone.now() - timedelta(seconds=1)
    )
    assert outbox.dispatch_due() == 1
    assert states(row) == [State.SENT]


def test_backoff_doubles_and_is_capped(settings: Any) -> None:
    settings.PRACTICA_OUTBOX_BACKOFF_SECONDS = 60
    settings.PRACTICA_OUTBOX_BACKOFF_MAX_SECONDS = 300
    assert [outbox.backoff(n).total_seconds() for n in (1, 2, 3, 4, 5)] == [
        60,
        120,
        240,
        300,
        300,
    ]


# --- Against a real SMTP server (the loopback sink) -----------------------------------------


def test_a_451_is_retried_later_with_backoff_then_delivered(smtp_mailer: MailSink) -> None:
    row = enqueue(UserFactory())
    smtp_mailer.set_phase_code("rcpt", 451)

    outbox.dispatch_due()

    row.refresh_from_db()
    assert row.state == State.PENDING
    assert row.attempts == 1
    assert "451" in row.last_error
    assert row.next_attempt_at > timezone.now() + timedelta(seconds=30)
    assert outbox.dispatch_due() == 0  # not before the back-off

    smtp_mailer.set_phase_code("rcpt", None)
    OutboxMessage.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())
    outbox.dispatch_due()

    row.refresh_from_db()
    assert (row.state, row.attempts) == (State.SENT, 2)
    assert smtp_mailer.message_ids() == {row.message_id: 1}


def test_a_550_address_fails_once_without_a_retry_storm(smtp_mailer: MailSink) -> None:
    user = UserFactory(email="nobody@example.org")
    row = enqueue(user)
    smtp_mailer.refuse("nobody@example.org", 550)

    for _ in range(3):
        outbox.dispatch_due()

    row.refresh_from_db()
    assert row.state == State.FAILED
    assert row.attempts == 1
    assert "550" in row.last_error
    assert [a.address for a in smtp_mailer.attempts] == ["nobody@example.org"]
    assert NotificationPreferences.objects.get(user=user).hard_bounces == 1


def test_a_550_at_data_fails_without_counting_a_bounce(smtp_mailer: MailSink) -> None:
    user = UserFactory()
    row = enqueue(user)
    smtp_mailer.set_phase_code("data", 554)

    outbox.dispatch_due()

    row.refresh_from_db()
    assert row.state == State.FAILED
    assert NotificationPreferences.objects.get(user=user).hard_bounces == 0


def test_repeated_hard_bounces_stop_mail_to_the_address_and_flag_a_notice(
    smtp_mailer: MailSink, settings: Any
) -> None:
    settings.PRACTICA_OUTBOX_HARD_BOUNCE_LIMIT = 2
    user = UserFactory(email="gone@example.org")
    smtp_mailer.refuse("gone@example.org", 550)
    rows = [enqueue(user, key=f"k{n}") for n in range(3)]

    outbox.dispatch_due()

    prefs = NotificationPreferences.objects.get(user=user)
    assert prefs.hard_bounces == 2
    assert prefs.mail_suppressed_at is not None
    assert prefs.bounce_notice_pending
    assert states(*rows) == [State.FAILED, State.FAILED, State.SKIPPED]
    later = enqueue(user, key="later")
    outbox.dispatch_due()
    assert states(later) == [State.SKIPPED]


def test_with_the_mail_server_down_the_batch_waits_and_goes_out_once_it_is_back(
    smtp_mailer: MailSink,
) -> None:
    rows = [enqueue(UserFactory()) for _ in range(3)]
    smtp_mailer.stop()

    outbox.dispatch_due()

    for row in rows:
        row.refresh_from_db()
        assert row.state == State.PENDING
        assert "cannot reach the mail server" in row.last_error
        assert row.next_attempt_at > timezone.now()
    assert [r.attempts for r in rows] == [1, 0, 0]

    smtp_mailer.start()
    OutboxMessage.objects.update(next_attempt_at=timezone.now())
    outbox.dispatch_due()

    assert states(*rows) == [State.SENT] * 3
    assert sorted(smtp_mailer.message_ids().values()) == [1, 1, 1]


def test_temporary_failures_give_up_after_the_maximum_attempts(
    smtp_mailer: MailSink, settings: Any
) -> None:
    settings.PRACTICA_OUTBOX_MAX_ATTEMPTS = 2
    settings.PRACTICA_OUTBOX_BACKOFF_SECONDS = 0
    row = enqueue(UserFactory())
    smtp_mailer.set_phase_code("data", 451)

    outbox.dispatch_due()
    outbox.dispatch_due()
    outbox.dispatch_due()

    row.refresh_from_db()
    assert row.state == State.FAILED
    assert row.attempts == 2
    assert row.last_error.startswith("gave up after 2 attempts")


# --- Moderator actions ----------------------------------------------------------------------


def test_a_moderator_retries_an_uncertain_row_and_it_is_audited(moderator: User) -> None:
    row = enqueue(UserFactory())
    OutboxMessage.objects.filter(pk=row.pk).update(state=State.UNCERTAIN)

    services.retry_outbox_message(actor=moderator, message_id=row.pk)
    outbox.dispatch_due()

    assert states(row) == [State.SENT]
    event = AuditEvent.objects.get(action="outbox.retried")
    assert (event.actor, event.target, event.data["previous_state"]) == (
        moderator,
        row.key,
        "uncertain",
    )


def test_a_moderator_cancels_a_pending_row_and_it_is_never_sent(moderator: User) -> None:
    row = enqueue(UserFactory())

    services.cancel_outbox_message(actor=moderator, message_id=row.pk)
    outbox.dispatch_due()

    assert states(row) == [State.CANCELLED]
    assert django_mail.outbox == []
    assert AuditEvent.objects.filter(action="outbox.cancelled", target=row.key).exists()


def test_a_sent_row_can_be_neither_retried_nor_cancelled(moderator: User) -> None:
    row = enqueue(UserFactory())
    outbox.dispatch_due()

    with pytest.raises(ValueError, match="cannot be retried"):
        services.retry_outbox_message(actor=moderator, message_id=row.pk)
    with pytest.raises(ValueError, match="cannot be cancelled"):
        services.cancel_outbox_message(actor=moderator, message_id=row.pk)


def test_the_welcome_kind_is_registered_as_account_mail() -> None:
    assert kind_named("welcome").category == "account"


def test_the_send_mail_command_sends_what_is_due_without_the_broker() -> None:
    from io import StringIO

    from django.core.management import call_command

    row = enqueue(UserFactory())
    out = StringIO()

    call_command("send_mail", stdout=out)

    assert states(row) == [State.SENT]
    assert "sent 1" in out.getvalue()


def test_the_admin_retries_selected_rows_through_the_audited_service(
    moderator: User, client: Any
) -> None:
    moderator.is_staff = True
    moderator.is_superuser = True
    moderator.save()
    row = enqueue(UserFactory())
    OutboxMessage.objects.filter(pk=row.pk).update(state=State.FAILED)
    client.force_login(moderator, backend="django.contrib.auth.backends.ModelBackend")

    listing = client.get("/admin/communities/outboxmessage/")
    response = client.post(
        "/admin/communities/outboxmessage/",
        {"action": "retry_messages", "_selected_action": [row.pk]},
    )

    assert "Outbox: pending 0" in listing.content.decode()
    assert response.status_code == 302
    assert states(row) == [State.PENDING]
    assert AuditEvent.objects.filter(action="outbox.retried", actor=moderator).exists()


def test_a_transaction_that_enqueues_many_mails_wakes_the_dispatcher_once(
    django_capture_on_commit_callbacks: Any,
) -> None:
    users = [UserFactory() for _ in range(5)]
    with django_capture_on_commit_callbacks() as callbacks:
        for user in users:
            services.enqueue_mail(key=f"many:{user.pk}", kind="welcome", recipient=user, context={})
    assert OutboxMessage.objects.filter(key__startswith="many:").count() == 5
    assert callbacks == [services.wake_dispatcher]
