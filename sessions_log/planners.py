"""The clock: which reminders and digests are due, planned in batches.

Both planners are run by Celery beat every few minutes. They read everything they need in a
fixed number of queries per batch (never per user) and insert outbox rows with
``bulk_create(ignore_conflicts=True)`` on the outbox's unique key, so running twice, or two
workers at once, enqueues each mail once.
"""

from __future__ import annotations

import json
import zoneinfo
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from communities.models import Membership, NotificationPreferences, OutboxMessage
from communities.services import next_local_morning, wake_dispatcher_on_commit
from sessions_log.models import Occurrence, Rsvp

DEFAULT_LEADS = tuple(NotificationPreferences.DEFAULT_REMINDER_LEADS)
DAY_LEAD = 24 * 60  # the one reminder also sent to those who have not answered
MAX_LEAD = timedelta(days=7)
REMINDER_HORIZON = timedelta(minutes=30)  # plan what falls due before the next ticks
BATCH = 2000
INSERT_BATCH = 5000


def _lock(name: str) -> bool:
    """One planner of each kind at a time (PostgreSQL advisory lock, released at commit)."""
    if connection.vendor != "postgresql":
        return True
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_xact_lock(hashtext(%s))", [name])
        row = cursor.fetchone()
    return bool(row and row[0])


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _insert(rows: list[dict[str, Any]]) -> int:
    """Insert outbox rows (dicts of field values), skipping keys already there."""
    if not rows:
        return 0
    if connection.vendor == "postgresql":
        for start in range(0, len(rows), INSERT_BATCH):
            _insert_on_conflict_do_nothing(rows[start : start + INSERT_BATCH])
    else:
        OutboxMessage.objects.bulk_create(
            [OutboxMessage(**row) for row in rows], ignore_conflicts=True, batch_size=INSERT_BATCH
        )
    wake_dispatcher_on_commit()
    return len(rows)


def _insert_on_conflict_do_nothing(rows: list[dict[str, Any]]) -> None:
    """One ``INSERT ... SELECT FROM unnest(arrays) ON CONFLICT DO NOTHING`` per batch.

    Building 20,000 model instances and a statement with one placeholder per value is what
    made bulk_create slow here; one array per column keeps the planner fast at 10,000 users.
    Columns a row leaves out get the field's default.
    """
    fields = [f for f in OutboxMessage._meta.concrete_fields if not f.primary_key]
    columns, arrays, selects, aliases = [], [], [], []
    params: list[list[Any]] = []
    for number, model_field in enumerate(fields):
        alias = f"c{number}"
        name = model_field.attname
        if name in rows[0]:
            values = [row[name] for row in rows]
        else:
            values = [model_field.get_default()] * len(rows)
        if model_field.get_internal_type() == "JSONField":
            arrays.append("%s::text[]")
            values = [json.dumps(value) for value in values]
            selects.append(f"u.{alias}::jsonb")
        else:
            # Plain str, int, aware datetime or None: psycopg adapts them as they are.
            arrays.append(f"%s::{model_field.db_type(connection)}[]")
            selects.append(f"u.{alias}")
        columns.append(connection.ops.quote_name(str(model_field.column)))
        aliases.append(alias)
        params.append(values)
    table = connection.ops.quote_name(OutboxMessage._meta.db_table)
    # Only quoted column names and type names from the model go into the text; values are bound.
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608
        f"SELECT {', '.join(selects)} FROM unnest({', '.join(arrays)}) AS u({', '.join(aliases)}) "
        "ON CONFLICT DO NOTHING"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def _zone(name: str | None) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


# --- Reminders ----------------------------------------------------------------------------


def usefulness(lead_minutes: int) -> timedelta:
    """How late a reminder may still go out: a quarter of its lead, 15 minutes to 6 hours."""
    return min(max(timedelta(minutes=lead_minutes) / 4, timedelta(minutes=15)), timedelta(hours=6))


def reminder_key(occurrence_code: str, user_id: int, lead_minutes: int) -> str:
    return f"reminder:{occurrence_code}:{user_id}:{lead_minutes}"


def wants_reminder(answer: str | None, lead_minutes: int) -> bool:
    """Yes and maybe get every lead; no answer gets only the day-before one; no gets none."""
    if answer in (Rsvp.Answer.YES, Rsvp.Answer.MAYBE):
        return True
    return answer is None and lead_minutes == DAY_LEAD


def clean_leads(value: object) -> tuple[int, ...]:
    if not isinstance(value, list):
        return DEFAULT_LEADS
    leads = {
        int(v) for v in value if isinstance(v, int) and 0 < v <= MAX_LEAD.total_seconds() // 60
    }
    return tuple(sorted(leads, reverse=True))


@transaction.atomic
def plan_reminders(*, now: datetime | None = None) -> int:
    """Enqueue the reminders falling due within the horizon; returns rows offered to insert."""
    now = now or timezone.now()
    if not _lock("sessions_log.plan_reminders"):
        return 0
    occurrences = list(
        Occurrence.objects.filter(
            cancelled_at__isnull=True,
            community__archived_at__isnull=True,
            starts_at__gt=now,
            starts_at__lte=now + MAX_LEAD + REMINDER_HORIZON,
        ).values_list("id", "code", "community_id", "starts_at")
    )
    offered = 0
    for batch in _chunks(occurrences, BATCH):
        community_ids = {row[2] for row in batch}
        members: dict[int, list[tuple[int, str, tuple[int, ...]]]] = defaultdict(list)
        for community_id, user_id, email, leads, enabled in Membership.objects.filter(
            community_id__in=community_ids,
            status=Membership.Status.ACTIVE,
            user__is_active=True,
            user__suspended_at__isnull=True,
        ).values_list(
            "community_id",
            "user_id",
            "user__email",
            "user__notification_prefs__reminder_lead_minutes",
            "user__notification_prefs__mail_enabled",
        ):
            if enabled is False:
                continue
            members[community_id].append(
                (user_id, email, DEFAULT_LEADS if leads is None else clean_leads(leads))
            )
        answers = {
            (occurrence_id, user_id): answer
            for occurrence_id, user_id, answer in Rsvp.objects.filter(
                occurrence_id__in=[row[0] for row in batch]
            ).values_list("occurrence_id", "user_id", "answer")
        }
        rows: list[dict[str, Any]] = []
        for occurrence_id, code, community_id, starts_at in batch:
            for user_id, email, leads in members.get(community_id, ()):
                answer = answers.get((occurrence_id, user_id))
                for lead in leads:
                    if not wants_reminder(answer, lead):
                        continue
                    due = starts_at - timedelta(minutes=lead)
                    late_by = now - due
                    if due > now + REMINDER_HORIZON or late_by > usefulness(lead):
                        continue  # not yet (a later tick plans it) / too late to be useful
                    rows.append(
                        {
                            "key": reminder_key(code, user_id, lead),
                            "kind": "reminder",
                            "recipient_id": user_id,
                            "to_email": email,
                            "context": {"occurrence": code, "lead": lead},
                            "due_at": due,
                            "next_attempt_at": due,
                            "expires_at": min(starts_at, due + usefulness(lead)),
                            "created_at": now,
                        }
                    )
        offered += _insert(rows)
    return offered


# --- Digests ------------------------------------------------------------------------------


def digest_morning(now: datetime, time_zone: str | None) -> datetime:
    """The morning of ``now``'s local day (may be later than now): the first local morning
    after that day's midnight, from communities' one local-morning helper."""
    local_now = now.astimezone(_zone(time_zone))
    midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    return next_local_morning(time_zone, after=midnight)


def digest_due(
    *, now: datetime, frequency: str, watermark: datetime | None, time_zone: str | None
) -> bool:
    morning = digest_morning(now, time_zone)
    if now < morning:
        return False
    local_day = now.astimezone(_zone(time_zone))
    if frequency == NotificationPreferences.Digest.WEEKLY and local_day.weekday() != 0:
        return False  # weekly digests go out on Monday mornings
    return watermark is None or watermark < morning


def digest_key(user_id: int, now: datetime, time_zone: str | None) -> str:
    return f"digest:{user_id}:{now.astimezone(_zone(time_zone)).date().isoformat()}"


@dataclass
class GroupDigest:
    name: str
    slug: str
    new_cases: list[tuple[str, str]] = field(default_factory=list)  # (code, title)
    replies: list[tuple[str, str, int]] = field(default_factory=list)  # (code, title, count)
    upcoming: list[dict[str, Any]] = field(default_factory=list)
    waiting_rsvps: list[dict[str, Any]] = field(default_factory=list)
    join_requests: int = 0

    @property
    def has_news(self) -> bool:
        return bool(
            self.new_cases
            or self.replies
            or self.upcoming
            or self.waiting_rsvps
            or self.join_requests
        )


@dataclass
class Digest:
    user_id: int
    since: datetime
    until: datetime
    groups: list[GroupDigest]

    @property
    def is_empty(self) -> bool:
        return not any(group.has_news for group in self.groups)


@dataclass(frozen=True)
class DigestRequest:
    user_id: int
    since: datetime
    until: datetime
    time_zone: str
    upcoming_days: int


def collect_digests(requests: list[DigestRequest]) -> dict[int, Digest]:
    """What each digest says, for many recipients in a fixed number of queries.

    Only counts and titles (case titles passed the PHI guard): never bodies, notes or links to
    video. New cases show only to members who accepted the current covenant and are not recused.
    """
    from cases.models import Case, Follow, Recusal, Reply

    if not requests:
        return {}
    by_user = {request.user_id: request for request in requests}
    user_ids = list(by_user)
    earliest = min(request.since for request in requests)
    latest = max(request.until for request in requests)
    furthest = max(request.until + timedelta(days=request.upcoming_days) for request in requests)

    memberships = list(
        Membership.objects.filter(
            user_id__in=user_ids,
            status=Membership.Status.ACTIVE,
            community__archived_at__isnull=True,
        ).values_list(
            "user_id",
            "community_id",
            "role",
            "covenant_accepted_version",
            "community__covenant_version",
            "community__name",
            "community__slug",
        )
    )
    community_ids = {row[1] for row in memberships}
    cases = list(
        Case.objects.filter(
            community_id__in=community_ids,
            created_at__gt=earliest,
            created_at__lte=latest,
            visibility=Case.Visibility.VISIBLE,
            purged_at__isnull=True,
        )
        .order_by("created_at")
        .values_list("id", "code", "community_id", "title", "author_id", "created_at")
    )
    recused = set(Recusal.objects.filter(user_id__in=user_ids).values_list("user_id", "case_id"))
    follows: dict[int, set[int]] = defaultdict(set)
    for user_id, case_id in Follow.objects.filter(user_id__in=user_ids).values_list(
        "user_id", "case_id"
    ):
        follows[user_id].add(case_id)
    followed_ids = set().union(*follows.values()) if follows else set()
    replies = list(
        Reply.objects.filter(
            case_id__in=followed_ids,
            created_at__gt=earliest,
            created_at__lte=latest,
            visibility=Case.Visibility.VISIBLE,
            deleted_at__isnull=True,
            case__visibility=Case.Visibility.VISIBLE,
        ).values_list(
            "case_id", "case__code", "case__title", "case__community_id", "author_id", "created_at"
        )
    )
    occurrences = list(
        Occurrence.objects.filter(
            community_id__in=community_ids,
            cancelled_at__isnull=True,
            starts_at__gt=earliest,
            starts_at__lte=furthest,
        ).values_list("id", "code", "community_id", "title", "starts_at")
    )
    answered = set(
        Rsvp.objects.filter(
            occurrence_id__in=[row[0] for row in occurrences], user_id__in=user_ids
        ).values_list("occurrence_id", "user_id")
    )
    facilitated = {row[1] for row in memberships if row[2] == Membership.Role.FACILITATOR}
    pending: dict[int, int] = defaultdict(int)
    for (community_id,) in Membership.objects.filter(
        community_id__in=facilitated, status=Membership.Status.PENDING
    ).values_list("community_id"):
        pending[community_id] += 1

    cases_by_group: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for case_row in cases:
        cases_by_group[case_row[2]].append(case_row)
    replies_by_group: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for reply_row in replies:
        replies_by_group[reply_row[3]].append(reply_row)
    occurrences_by_group: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for occurrence_row in occurrences:
        occurrences_by_group[occurrence_row[2]].append(occurrence_row)

    digests: dict[int, Digest] = {
        request.user_id: Digest(request.user_id, request.since, request.until, [])
        for request in requests
    }
    for user_id, community_id, role, accepted, current, name, slug in memberships:
        request = by_user[user_id]
        tz = _zone(request.time_zone)
        group = GroupDigest(name=name, slug=slug)
        if accepted == current:
            group.new_cases = [
                (code, title)
                for case_id, code, _, title, author_id, created_at in cases_by_group[community_id]
                if request.since < created_at <= request.until
                and author_id != user_id
                and (user_id, case_id) not in recused
            ]
            counts: dict[tuple[str, str], int] = defaultdict(int)
            for case_id, code, title, _, author_id, created_at in replies_by_group[community_id]:
                if (
                    case_id in follows[user_id]
                    and author_id != user_id
                    and (user_id, case_id) not in recused
                    and request.since < created_at <= request.until
                ):
                    counts[(code, title)] += 1
            group.replies = [(code, title, n) for (code, title), n in counts.items()]
        horizon = request.until + timedelta(days=request.upcoming_days)
        for occurrence_id, code, _, title, starts_at in occurrences_by_group[community_id]:
            if not request.until < starts_at <= horizon:
                continue
            local = starts_at.astimezone(tz)
            item = {
                "code": code,
                "title": title,
                "starts_local": f"{local:%a} {local.day} {local:%b, %H:%M}",
            }
            group.upcoming.append(item)
            if (occurrence_id, user_id) not in answered:
                group.waiting_rsvps.append(item)
        if role == Membership.Role.FACILITATOR:
            group.join_requests = pending.get(community_id, 0)
        digests[user_id].groups.append(group)
    for digest in digests.values():
        digest.groups.sort(key=lambda group: group.name)
    return digests


def _period_days(frequency: str) -> int:
    return 7 if frequency == NotificationPreferences.Digest.WEEKLY else 1


@transaction.atomic
def plan_digests(*, now: datetime | None = None) -> int:
    """Enqueue the digests whose local morning has come; returns how many were enqueued.

    The watermark moves to ``now`` for every due recipient, with or without news, in the same
    transaction as the outbox rows, so the next digest starts exactly where this one ended.
    """
    now = now or timezone.now()
    if not _lock("sessions_log.plan_digests"):
        return 0
    candidates = list(
        NotificationPreferences.objects.filter(
            digest__in=[
                NotificationPreferences.Digest.DAILY,
                NotificationPreferences.Digest.WEEKLY,
            ],
            mail_enabled=True,
            mail_suppressed_at__isnull=True,
            user__is_active=True,
            user__suspended_at__isnull=True,
            user__anonymised_at__isnull=True,
        ).values_list(
            "id", "user_id", "digest", "digest_watermark", "user__time_zone", "user__email"
        )
    )
    due = [
        row
        for row in candidates
        if digest_due(now=now, frequency=row[2], watermark=row[3], time_zone=row[4])
    ]
    enqueued = 0
    for batch in _chunks(due, BATCH):
        requests = [
            DigestRequest(
                user_id=user_id,
                since=watermark or now - timedelta(days=_period_days(frequency)),
                until=now,
                time_zone=time_zone,
                upcoming_days=_period_days(frequency) + 1,
            )
            for _, user_id, frequency, watermark, time_zone, _ in batch
        ]
        digests = collect_digests(requests)
        rows: list[dict[str, Any]] = []
        for (_, user_id, frequency, _, time_zone, email), request in zip(
            batch, requests, strict=True
        ):
            if digests[user_id].is_empty:
                continue  # nothing to say: no mail, but the watermark still moves on
            rows.append(
                {
                    "key": digest_key(user_id, now, time_zone),
                    "kind": "digest",
                    "recipient_id": user_id,
                    "to_email": email,
                    "context": {
                        "since": request.since.isoformat(),
                        "until": request.until.isoformat(),
                        "upcoming_days": request.upcoming_days,
                        "frequency": frequency,
                    },
                    "due_at": now,
                    "next_attempt_at": now,
                    "expires_at": now + timedelta(days=_period_days(frequency)),
                    "created_at": now,
                }
            )
        enqueued += _insert(rows)
        NotificationPreferences.objects.filter(id__in=[row[0] for row in batch]).update(
            digest_watermark=now
        )
    return enqueued
