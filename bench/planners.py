"""Times the reminder and digest planners at scale: 10,000 users in 1,000 groups of 10, and
2,000 occurrences whose day-before reminders all fall due at once (the worst case), plus a new
case per group so every digest has something to say.

    DATABASE_URL=... .venv/bin/python -m bench.planners [--users 10000] [--occurrences 2000]

Everything runs in one transaction that is rolled back, so the database is left as it was.
Prints seconds and queries for each planner; ``run()`` returns the same figures for bench.jobs.
"""

from __future__ import annotations

import argparse
import os
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

ZONES = [
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "America/Chicago",
    "Asia/Tokyo",
    "Australia/Sydney",
]
# 22:00 UTC: every zone above is past its 07:00, so every daily digest is due.
NOW = datetime(2027, 3, 2, 22, 0, tzinfo=UTC)


class Rollback(Exception):
    pass


def _seed(users: int, occurrences: int) -> dict[str, int]:
    from cases.models import Case
    from communities.models import (
        Community,
        Membership,
        NotificationPreferences,
        User,
        new_token,
    )
    from sessions_log.models import Meeting, Occurrence, Rsvp

    group_size = 10
    groups = max(users // group_size, 1)
    people = User.objects.bulk_create(
        [
            User(
                email=f"bench-planner-{i}@example.org",
                display_name=f"Bench {i}",
                time_zone=ZONES[i % len(ZONES)],
                password="!",  # noqa: S106 - an unusable password
            )
            for i in range(users)
        ],
        batch_size=2000,
    )
    NotificationPreferences.objects.bulk_create(
        [
            NotificationPreferences(
                user=person,
                digest=NotificationPreferences.Digest.DAILY,
                digest_watermark=NOW - timedelta(days=1),
                reminder_lead_minutes=[1440, 60],
                calendar_token=new_token(),
            )
            for person in people
        ],
        batch_size=2000,
    )
    communities = Community.objects.bulk_create(
        [
            Community(name=f"Bench group {g}", slug=f"bench-planner-{g}", covenant_version=1)
            for g in range(groups)
        ],
        batch_size=2000,
    )
    Membership.objects.bulk_create(
        [
            Membership(
                user=person,
                community=communities[i // group_size % groups],
                status=Membership.Status.ACTIVE,
                role=Membership.Role.FACILITATOR if i % group_size == 0 else Membership.Role.MEMBER,
                covenant_accepted_version=1,
            )
            for i, person in enumerate(people)
        ],
        batch_size=2000,
    )
    meetings = Meeting.objects.bulk_create(
        [
            Meeting(
                community=community,
                title="Monthly consult",
                time_zone="UTC",
                start_date=date(2027, 3, 3),
                start_time=datetime.min.time(),
            )
            for community in communities
        ],
        batch_size=2000,
    )
    planned = Occurrence.objects.bulk_create(
        [
            Occurrence(
                meeting=meetings[o % groups],
                community=communities[o % groups],
                title="Monthly consult",
                # All day-before reminders due within the next few minutes: the worst case.
                starts_at=NOW + timedelta(days=1, minutes=5 + o % 20),
                duration_minutes=90,
            )
            for o in range(occurrences)
        ],
        batch_size=2000,
    )
    Rsvp.objects.bulk_create(
        [
            Rsvp(occurrence=occurrence, user=people[(o % groups) * group_size + k], answer="yes")
            for o, occurrence in enumerate(planned)
            for k in range(1, 6)
            if (o % groups) * group_size + k < users
        ],
        batch_size=5000,
    )
    Case.objects.bulk_create(
        [
            Case(
                community=community,
                author=people[g * group_size],
                title=f"Bench case {g}",
                created_at=NOW - timedelta(hours=3),
                last_activity_at=NOW - timedelta(hours=3),
            )
            for g, community in enumerate(communities)
        ],
        batch_size=2000,
    )
    return {"users": users, "groups": groups, "occurrences": occurrences}


def _measure(function: Any) -> dict[str, Any]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        rows = function(now=NOW)
        seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 2), "queries": len(captured.captured_queries), "rows": rows}


def run(users: int = 10_000, occurrences: int = 2_000) -> dict[str, Any]:
    from django.db import transaction

    from sessions_log import planners

    figures: dict[str, Any] = {}
    try:
        with transaction.atomic():
            started = time.perf_counter()
            figures["seed"] = _seed(users, occurrences)
            figures["seed"]["seconds"] = round(time.perf_counter() - started, 1)
            figures["reminders"] = _measure(planners.plan_reminders)
            figures["reminders_again"] = _measure(planners.plan_reminders)
            figures["digests"] = _measure(planners.plan_digests)
            figures["digests_again"] = _measure(planners.plan_digests)
            raise Rollback
    except Rollback:
        pass
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--occurrences", type=int, default=2_000)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    figures = run(args.users, args.occurrences)
    seed = figures["seed"]
    print(
        f"seeded {seed['users']} users in {seed['groups']} groups, "
        f"{seed['occurrences']} upcoming occurrences ({seed['seconds']} s)"
    )
    for name in ("reminders", "reminders_again", "digests", "digests_again"):
        f = figures[name]
        print(f"{name:<16} {f['seconds']:>6.2f} s  {f['queries']:>4} queries  {f['rows']} rows")


if __name__ == "__main__":
    main()
