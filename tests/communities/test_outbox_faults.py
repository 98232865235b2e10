"""The outbox under faults, against real processes.

Real PostgreSQL (the test database, committed data: ``transaction=True``), real Celery workers
started with subprocess against a throwaway ``redis-server`` of our own, and the loopback SMTP
sink of tests/mailsink.py. Every scenario computes the expected set of messages from the
database and reports expected / delivered / duplicated / lost / uncertain: one line per
scenario is printed and the table is written to test-artifacts/outbox-faults.txt.

Workers run with short leases and back-off (seconds instead of minutes) through the
PRACTICA_OUTBOX_* environment variables, and beat ticks every second.
"""

from __future__ import annotations

import contextlib
import http.cookiejar
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.db import connection, models
from django.db.models import F, Value
from django.db.models.functions import Concat
from django.utils import timezone

from communities import services
from communities.mail import message_id_for, registered_kinds
from communities.models import OutboxMessage, User
from tests.factories import UserFactory
from tests.mail_examples import collect as collect_mail_examples
from tests.mailsink import MailSink, free_port

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
State = OutboxMessage.State
TABLE: list[str] = []
ARTIFACT = ROOT / "test-artifacts" / "outbox-faults.txt"

# Text that describes the group, not anybody's client: allowed in mail, so no canary there.
NOT_CLINICAL = {
    ("communities", "community", "description"),
    ("communities", "covenantversion", "text"),
}
# The outbox's and audit trail's own text is not content of the test data.
NOT_CONTENT = {("communities", "outboxmessage"), ("communities", "auditevent")}


# --- Processes ------------------------------------------------------------------------------


def wait_until(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


@dataclass
class RedisServer:
    """Our own redis-server on a free port (never the machine's shared one)."""

    folder: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        assert binary, (
            "the fault scenarios need redis-server (Debian: apt-get install redis-server)"
        )
        self.process = subprocess.Popen(
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.folder),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(lambda: port_open(self.port), 10, "redis-server to listen")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None
        wait_until(lambda: not port_open(self.port), 10, "redis-server to stop")


@dataclass
class Cluster:
    """The processes of one scenario: workers (with beat), commands, a web server."""

    folder: Path
    redis: RedisServer
    sink: MailSink
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    count: int = 0

    def env(self, **extra: str) -> dict[str, str]:
        db = connection.settings_dict
        user = db.get("USER") or "postgres"
        password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
        database_url = (
            f"postgres://{user}{password}@{db.get('HOST') or '127.0.0.1'}:"
            f"{db.get('PORT') or 5432}/{db['NAME']}"
        )
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.settings",
            "DATABASE_URL": database_url,  # the test database pytest-django created
            "DATABASE_POOL": "false",
            "REDIS_URL": self.redis.url,
            "EMAIL_URL": self.sink.url,
            "SITE_URL": "https://practica.example",
            "PRACTICA_DISPATCH_EVERY_SECONDS": "1",
            "PRACTICA_OUTBOX_LEASE_SECONDS": "3",
            "PRACTICA_OUTBOX_SEND_LEASE_SECONDS": "3",
            "PRACTICA_OUTBOX_BACKOFF_SECONDS": "1",
            "PRACTICA_OUTBOX_BACKOFF_MAX_SECONDS": "2",
            "PYTHONUNBUFFERED": "1",
        }
        env.update(extra)
        return env

    def _spawn(self, name: str, args: list[str], **extra: str) -> subprocess.Popen[bytes]:
        self.count += 1
        log = open(self.folder / f"{self.count:02d}-{name}.log", "wb")  # noqa: SIM115
        # Its own process group, so a kill takes the embedded beat child with it, like a
        # container being killed, and nothing outlives the test.
        process = subprocess.Popen(
            args,
            cwd=ROOT,
            env=self.env(**extra),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def worker(self, name: str = "worker") -> subprocess.Popen[bytes]:
        """A Celery worker with an embedded beat ticking every second."""
        return self._spawn(
            name,
            [
                str(BIN / "celery"),
                "-A",
                "config",
                "worker",
                "--pool",
                "solo",
                "--beat",
                "--schedule",
                str(self.folder / f"beat-{self.count + 1}"),
                "--loglevel",
                "INFO",
                "-n",
                f"{name}-{self.count + 1}@%h",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
        )

    def send_mail_command(self, *args: str) -> subprocess.Popen[bytes]:
        return self._spawn("send_mail", [sys.executable, "manage.py", "send_mail", *args])

    def web(self, port: int) -> subprocess.Popen[bytes]:
        process = self._spawn(
            "web",
            [
                str(BIN / "gunicorn"),
                "config.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "2",
                "--timeout",
                "30",
            ],
        )
        wait_until(lambda: port_open(port), 30, "gunicorn to listen")
        return process

    def kill(self, process: subprocess.Popen[bytes]) -> None:
        """SIGKILL the process and its children (the embedded beat)."""
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)

    def stop_all(self) -> None:
        """SIGKILL everything (nothing here needs a graceful end; the database is flushed)."""
        for process in self.processes:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)
        self.processes.clear()


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(folder=tmp_path)
    server.start()
    try:
        yield server
    finally:
        if server.process is not None:
            server.stop()


@pytest.fixture
def cluster(
    transactional_db: None, tmp_path: Path, redis_server: RedisServer, smtp_sink: MailSink
) -> Iterator[Cluster]:
    """Torn down before the test database is flushed (it depends on transactional_db)."""
    group = Cluster(folder=tmp_path, redis=redis_server, sink=smtp_sink)
    try:
        yield group
    finally:
        group.stop_all()
        if os.environ.get("OUTBOX_FAULTS_SHOW_LOGS"):
            for log in sorted(tmp_path.glob("*.log")):
                print(f"===== {log.name}\n{log.read_text(errors='replace')[-4000:]}")


@pytest.fixture(scope="module", autouse=True)
def _scenario_table() -> Iterator[None]:
    TABLE.clear()
    yield
    if TABLE:
        header = f"{'scenario':<58} {'expected':>8} {'delivered':>9} {'duplicated':>10} {'lost':>4} {'uncertain':>9}"
        text = "\n".join([header, *TABLE])
        print("\n" + text)
        ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
        ARTIFACT.write_text(text + "\n")


# --- Outcome --------------------------------------------------------------------------------


@dataclass
class Outcome:
    expected: int
    delivered: int
    duplicated: int
    lost: int
    uncertain: int


def outcome(name: str, sink: MailSink, expected_keys: set[str]) -> Outcome:
    """Compare what the database says should have gone out with what the sink received."""
    counts = sink.message_ids()
    rows = {row.key: row for row in OutboxMessage.objects.filter(key__in=expected_keys)}
    delivered = duplicated = lost = uncertain = 0
    for key in expected_keys:
        seen = counts.get(message_id_for(key), 0)
        row = rows.get(key)
        if row is not None and row.state == State.UNCERTAIN:
            uncertain += 1
        if seen:
            delivered += 1
            duplicated += seen - 1
        elif row is None or row.state != State.UNCERTAIN:
            lost += 1
    result = Outcome(len(expected_keys), delivered, duplicated, lost, uncertain)
    line = (
        f"{name:<58} {result.expected:>8} {result.delivered:>9} {result.duplicated:>10} "
        f"{result.lost:>4} {result.uncertain:>9}"
    )
    print(line)
    TABLE.append(line)
    return result


def enqueue_for(users: list[User], kind: str = "welcome", **extra: Any) -> set[str]:
    keys = set()
    for user in users:
        services.preferences_for(user)
        row = services.enqueue_mail(
            key=f"{kind}:{user.pk}", kind=kind, recipient=user, context={}, **extra
        )
        assert row is not None
        keys.add(row.key)
    return keys


def unfinished() -> int:
    return OutboxMessage.objects.filter(
        state__in=[State.PENDING, State.SENDING], next_attempt_at__lte=timezone.now()
    ).count()


# --- 1. SMTP down, then back ----------------------------------------------------------------


def test_1_smtp_down_then_back_delivers_everything_once(cluster: Cluster) -> None:
    cluster.sink.stop()
    keys = enqueue_for(UserFactory.create_batch(10))
    cluster.worker()

    wait_until(
        lambda: OutboxMessage.objects.filter(last_error__contains="cannot reach").count() == 10,
        30,
        "every row to have met the closed port",
    )
    time.sleep(2)
    assert cluster.sink.messages() == []
    assert OutboxMessage.objects.filter(state=State.PENDING).count() == 10

    cluster.sink.start()
    wait_until(lambda: OutboxMessage.objects.filter(state=State.SENT).count() == 10, 30, "all sent")

    result = outcome("1. SMTP down, then back", cluster.sink, keys)
    assert (result.delivered, result.duplicated, result.lost, result.uncertain) == (10, 0, 0, 0)


# --- 2. 451 for a while, 550 for one address ------------------------------------------------


def test_2_451_is_retried_with_backoff_and_550_fails_without_retry(cluster: Cluster) -> None:
    users = UserFactory.create_batch(8)
    refused = UserFactory(email="no-such-user@example.org")
    keys = enqueue_for(users)
    refused_key = next(iter(enqueue_for([refused])))
    cluster.sink.set_phase_code("rcpt", 451)
    cluster.sink.refuse("no-such-user@example.org", 550)
    cluster.worker()

    wait_until(
        lambda: OutboxMessage.objects.filter(attempts__gte=2, state=State.PENDING).count() >= 8,
        30,
        "every deferred row to be retried once",
    )
    cluster.sink.set_phase_code("rcpt", None)
    wait_until(lambda: OutboxMessage.objects.filter(state=State.SENT).count() == 8, 30, "all sent")
    time.sleep(2)  # give a retry storm the chance to show itself

    result = outcome("2. 451 for a while then 250; 550 for one address", cluster.sink, keys)
    assert (result.delivered, result.duplicated, result.lost, result.uncertain) == (8, 0, 0, 0)
    bad = OutboxMessage.objects.get(key=refused_key)
    assert (bad.state, bad.attempts) == (State.FAILED, 1)
    assert "550" in bad.last_error
    attempts_at_bad = [a for a in cluster.sink.attempts if a.address == refused.email]
    assert len(attempts_at_bad) == 1, "the refused address was tried again"
    # Back-off, not a storm: with 1 s, 2 s, 2 s ... waits no address was tried more than a few
    # times while the server deferred for a few seconds.
    deferred = [a.address for a in cluster.sink.attempts if a.code == 451]
    assert deferred
    assert max(deferred.count(address) for address in set(deferred)) <= 6
    assert all(row.attempts >= 2 for row in OutboxMessage.objects.filter(key__in=keys))


# --- 3. A worker SIGKILLed mid-batch --------------------------------------------------------


def test_3_a_worker_killed_mid_batch_leaves_at_most_the_one_in_flight_uncertain(
    cluster: Cluster,
) -> None:
    keys = enqueue_for(UserFactory.create_batch(20))
    cluster.sink.delay = 0.2  # each message takes a while to be acknowledged
    first = cluster.worker("doomed")
    wait_until(lambda: len(cluster.sink.messages()) >= 4, 30, "a few messages to arrive")
    cluster.kill(first)
    in_flight = OutboxMessage.objects.filter(state=State.SENDING).count()
    assert in_flight <= 1

    cluster.worker("restarted")
    wait_until(
        lambda: OutboxMessage.objects.filter(state__in=[State.SENT, State.UNCERTAIN]).count() == 20,
        60,
        "every row to be sent or marked uncertain",
    )

    result = outcome("3. worker SIGKILLed mid-batch, then restarted", cluster.sink, keys)
    assert result.duplicated == 0
    assert result.lost == 0
    assert result.uncertain <= 1
    assert result.uncertain == in_flight
    assert result.delivered >= 19


# --- 4. Redis stopped while people use the site ---------------------------------------------


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


@dataclass
class Browser:
    """A cookie-keeping HTTP client that times every request and never follows redirects."""

    base: str
    timings: list[tuple[str, float, int]] = field(default_factory=list)
    jar: http.cookiejar.CookieJar = field(default_factory=http.cookiejar.CookieJar)

    def __post_init__(self) -> None:
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect()
        )

    def request(
        self, method: str, path: str, data: dict[str, Any] | None = None
    ) -> tuple[int, str]:
        body = urllib.parse.urlencode(data or {}, doseq=True).encode() if method == "POST" else None
        request = urllib.request.Request(self.base + path, data=body, method=method)
        started = time.monotonic()
        try:
            with self.opener.open(request, timeout=10) as response:
                status, text = response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode(errors="replace")
        self.timings.append((f"{method} {path}", time.monotonic() - started, status))
        return status, text

    def get(self, path: str) -> tuple[int, str]:
        return self.request("GET", path)

    def post_form(self, path: str, data: dict[str, Any]) -> tuple[int, str]:
        _, page = self.get(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        assert token is not None, f"no CSRF token on {path}"
        return self.request("POST", path, {**data, "csrfmiddlewaretoken": token.group(1)})


def test_4_redis_down_requests_answer_fast_and_mail_goes_out_later(cluster: Cluster) -> None:
    port = free_port()
    cluster.web(port)
    warm = Browser(f"http://127.0.0.1:{port}")  # first requests load code and templates
    for _ in range(2):
        for path in ("/accounts/signup/", "/accounts/login/", "/healthz"):
            warm.get(path)
    cluster.redis.stop()
    emails = [f"newcomer{n}@example.org" for n in range(3)]

    browsers = []
    for email in emails:
        browser = Browser(f"http://127.0.0.1:{port}")
        browsers.append(browser)
        status, _ = browser.post_form(
            "/accounts/signup/",
            {
                "display_name": f"Dr {email.split('@')[0]}",
                "credentials": "LCSW",
                "email": email,
                "time_zone": "Europe/Berlin",
                "password1": "a long enough passphrase",
                "password2": "a long enough passphrase",
            },
        )
        assert status == 302
        wait_until(
            lambda email=email: any(email in m.rcpt_tos for m in cluster.sink.messages()),
            10,
            "the confirmation mail",
        )
        confirmation = next(m for m in cluster.sink.messages() if email in m.rcpt_tos)
        link = re.search(r"/accounts/confirm-email/[^/\s]+/", confirmation.text())
        assert link is not None
        status, _ = browser.post_form(link.group(0), {})
        assert status == 302
        status, _ = browser.post_form(
            "/me/notifications/",
            {
                "mail_enabled": "on",
                "digest": "daily",
                "reminder_lead_minutes": ["60"],
                "replies": "digest",
            },
        )
        assert status == 302

    slow = [t for b in browsers for t in b.timings if t[1] >= 2.0 or t[2] >= 500]
    assert not slow, f"requests that were slow or failed while Redis was down: {slow}"
    users = list(User.objects.filter(email__in=emails))
    assert len(users) == 3
    assert all(u.notification_prefs.digest == "daily" for u in users)
    keys = {f"welcome:{u.pk}" for u in users}
    assert set(OutboxMessage.objects.filter(kind="welcome").values_list("key", flat=True)) == keys

    # Still no Redis: the management command sends what the broker could not announce.
    command = cluster.send_mail_command()
    assert command.wait(60) == 0
    result = outcome("4. Redis down while people sign up (send_mail command)", cluster.sink, keys)
    assert (result.delivered, result.duplicated, result.lost, result.uncertain) == (3, 0, 0, 0)
    slowest = max(t[1] for b in browsers for t in b.timings)
    print(f"   slowest of {sum(len(b.timings) for b in browsers)} requests: {slowest:.2f}s")


def test_4b_after_redis_returns_the_worker_sends_what_was_enqueued_meanwhile(
    cluster: Cluster,
) -> None:
    cluster.worker("before-the-outage")
    time.sleep(3)
    cluster.redis.stop()
    keys = enqueue_for(UserFactory.create_batch(3))  # nobody can be woken: no broker
    time.sleep(2)
    assert cluster.sink.messages() == []
    cluster.stop_all()
    cluster.redis.start()
    cluster.worker()
    wait_until(lambda: OutboxMessage.objects.filter(state=State.SENT).count() == 3, 30, "sent")
    result = outcome("4b. Redis back: the worker's beat catches up", cluster.sink, keys)
    assert (result.delivered, result.duplicated, result.lost) == (3, 0, 0)


# --- 5. Beat stopped for two hours; two beats at once ----------------------------------------


def test_5_after_two_hours_without_beat_two_beats_and_a_command_catch_up_once(
    cluster: Cluster,
) -> None:
    now = timezone.now()
    users = UserFactory.create_batch(24)
    keys: set[str] = set()
    for n, user in enumerate(users):  # one due every five minutes for the last two hours
        due = now - timedelta(minutes=120 - 5 * n)
        keys |= enqueue_for([user], due_at=due)
    future = enqueue_for(UserFactory.create_batch(2), due_at=now + timedelta(hours=1))

    cluster.worker("beat-a")
    cluster.worker("beat-b")
    command = cluster.send_mail_command("--loop", "--every", "0.5")
    wait_until(
        lambda: OutboxMessage.objects.filter(key__in=keys, state=State.SENT).count() == 24,
        60,
        "the two hours of backlog to be sent",
    )
    time.sleep(3)  # several more ticks from every dispatcher
    command.terminate()

    result = outcome("5. beat stopped 2 h, then two beats + send_mail at once", cluster.sink, keys)
    assert (result.delivered, result.duplicated, result.lost, result.uncertain) == (24, 0, 0, 0)
    assert set(OutboxMessage.objects.filter(key__in=future).values_list("state", flat=True)) == {
        State.PENDING
    }
    assert not any(message_id_for(k) in cluster.sink.message_ids() for k in future)


# --- 6. A canary in every clinical text field -----------------------------------------------


def _plant_canary(canary: str) -> list[str]:
    """Append the canary to every TextField and URLField of the project's models."""
    planted = []
    for model in apps.get_models():
        label = (model._meta.app_label, model._meta.model_name)
        if label[0] not in {"communities", "cases", "sessions_log"} or label in NOT_CONTENT:
            continue
        for model_field in model._meta.get_fields():
            if not isinstance(model_field, (models.TextField, models.URLField)):
                continue
            if (*label, model_field.name) in NOT_CLINICAL:
                continue
            tag = f"{canary}-{label[0]}.{label[1]}.{model_field.name}"  # names the leaking field
            value: Any
            if isinstance(model_field, models.URLField):
                value = Value(f"https://{tag}.example/join")
            else:
                value = Concat(F(model_field.name), Value(f" {tag}"))
            model.objects.update(**{model_field.name: value})
            planted.append(f"{label[0]}.{label[1]}.{model_field.name}")
    return planted


def test_6_a_canary_in_every_clinical_field_never_appears_in_any_message(
    cluster: Cluster,
) -> None:
    canary = "CANARY-7f3a9c-CLINICAL"
    examples = collect_mail_examples(canary)
    planted = _plant_canary(canary)
    assert planted
    keys = {row.key for rows in examples.values() for row in rows}
    uncovered = sorted(set(registered_kinds()) - set(examples))
    assert not uncovered, (
        f"mail kinds without an example in tests/<app>/mail_examples.py: {uncovered}"
    )

    cluster.worker()
    wait_until(lambda: unfinished() == 0, 60, "every example to be dispatched")

    sent = OutboxMessage.objects.filter(key__in=keys, state=State.SENT)
    sent_keys = set(sent.values_list("key", flat=True))
    result = outcome(
        f"6. canary in {len(planted)} clinical fields, {len(examples)} kinds",
        cluster.sink,
        sent_keys,
    )
    leaks = sorted(
        {
            f"{message.subject!r}: {found}"
            for message in cluster.sink.messages()
            for found in re.findall(re.escape(canary) + r"[\w.-]*", message.text())
        }
    )
    raw_leaks = [m.subject for m in cluster.sink.messages() if canary.encode() in m.raw]
    assert not leaks, "the canary appeared in mail:\n" + "\n".join(leaks)
    assert not raw_leaks, f"the canary appeared in the raw message of: {raw_leaks}"
    assert result.delivered == len(sent_keys) >= 1
    # An example that was skipped proves nothing about its templates: every one must go out.
    not_sent = OutboxMessage.objects.filter(key__in=keys).exclude(state=State.SENT)
    assert not not_sent.exists(), "examples not sent: " + repr(
        [(r.key, r.state, r.skip_reason or r.last_error) for r in not_sent]
    )
    assert {row.kind for row in sent} == set(registered_kinds())
