"""Seeding the bench database: large, realistic and fast, and skipped when already done.

Each app has a module here with ``available()`` (are its models there yet?) and
``seed(ctx)``. The database remembers a fingerprint of the seed (this code, the scale, the
applied migrations); when it matches, seeding is skipped and a rerun of ``make bench`` starts
serving at once. When it differs, the tables are flushed and seeded again.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import random
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

from bench.seed.text import Prose

SEED_VERSION = "1"
APPS = ("communities", "cases", "sessions_log")
MEMBER_EMAIL = "bench-member@bench.example"
MEMBER_PASSWORD = "bench-member-password-1"  # noqa: S105 - a throwaway bench account


@dataclass(frozen=True)
class Scale:
    users: int = 10_000
    groups: int = 500
    cases: int = 20_000
    replies: int = 200_000
    occurrences: int = 6_000
    upcoming: int = 2_000


SCALES = {
    "full": Scale(),
    "small": Scale(users=600, groups=30, cases=600, replies=6_000, occurrences=360, upcoming=120),
}


@dataclass
class SeedContext:
    scale: Scale
    rng: random.Random
    prose: Prose
    now: datetime
    user_ids: list[int] = field(default_factory=list)
    group_ids: list[int] = field(default_factory=list)
    members_by_group: dict[int, list[int]] = field(default_factory=dict)
    facilitators_by_group: dict[int, list[int]] = field(default_factory=dict)
    member_id: int = 0
    member_group_ids: list[int] = field(default_factory=list)
    cases_by_group: dict[int, list[int]] = field(default_factory=dict)
    targets: dict[str, Any] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _state_table() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS bench_seed_state ("
            " id int PRIMARY KEY, fingerprint text NOT NULL, targets jsonb NOT NULL,"
            " counts jsonb NOT NULL, notes jsonb NOT NULL, seconds double precision NOT NULL,"
            " seeded_at timestamptz NOT NULL)"
        )


def fingerprint(scale_name: str) -> str:
    digest = hashlib.sha256()
    digest.update(f"{SEED_VERSION}|{scale_name}|".encode())
    for source in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(source.read_bytes())
    with connection.cursor() as cursor:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
        for app, name in cursor.fetchall():
            digest.update(f"{app}.{name};".encode())
    return digest.hexdigest()[:16]


def stored_state() -> dict[str, Any] | None:
    _state_table()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT fingerprint, targets, counts, notes, seconds, seeded_at"
            " FROM bench_seed_state WHERE id = 1"
        )
        row = cursor.fetchone()
    if row is None:
        return None
    targets, counts, notes = (
        value if isinstance(value, (dict, list)) else json.loads(value) for value in row[1:4]
    )
    return {
        "fingerprint": row[0],
        "targets": targets,
        "counts": counts,
        "notes": notes,
        "seconds": row[4],
        "seeded_at": row[5].isoformat(),
    }


def ensure_seeded(
    scale_name: str = "full", *, force: bool = False, log: Any = print
) -> dict[str, Any]:
    """Seed unless the database already holds this very seed. Returns the stored state."""
    wanted = fingerprint(scale_name)
    state = stored_state()
    if state and state["fingerprint"] == wanted and not force:
        log(
            f"seed {wanted} already in place (seeded {state['seeded_at']}, "
            f"{state['seconds']:.0f} s); skipping"
        )
        return {**state, "reused": True}
    log(f"seeding ({scale_name} scale, fingerprint {wanted}) ...")
    started = time.monotonic()
    call_command("flush", interactive=False, verbosity=0)
    ctx = SeedContext(
        scale=SCALES[scale_name],
        rng=random.Random(7),
        prose=Prose(random.Random(11)),
        now=timezone.now(),
    )
    for app in APPS:
        module = importlib.import_module(f"bench.seed.{app}")
        if not module.available():
            ctx.notes.append(f"{app}: models not there yet, nothing seeded")
            log(f"  {app}: models not there yet, skipped")
            continue
        app_started = time.monotonic()
        try:
            with transaction.atomic():
                module.seed(ctx)
        except Exception as error:  # a model changed under the seeder: say so, seed the rest
            ctx.notes.append(f"{app}: seeding failed ({error.__class__.__name__}: {error})"[:300])
            log(f"  {app}: seeding FAILED: {error.__class__.__name__}: {error}")
            continue
        log(f"  {app}: {time.monotonic() - app_started:.1f} s")
    with connection.cursor() as cursor:  # visibility map and statistics, as on a settled server
        cursor.execute("VACUUM ANALYZE")
    seconds = time.monotonic() - started
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO bench_seed_state (id, fingerprint, targets, counts, notes, seconds, seeded_at)"
            " VALUES (1, %s, %s, %s, %s, %s, now()) ON CONFLICT (id) DO UPDATE SET"
            " fingerprint = EXCLUDED.fingerprint, targets = EXCLUDED.targets,"
            " counts = EXCLUDED.counts, notes = EXCLUDED.notes, seconds = EXCLUDED.seconds,"
            " seeded_at = EXCLUDED.seeded_at",
            [
                wanted,
                json.dumps(ctx.targets),
                json.dumps(ctx.counts),
                json.dumps(ctx.notes),
                seconds,
            ],
        )
    log(f"seeded in {seconds:.0f} s: " + ", ".join(f"{k} {v:,}" for k, v in ctx.counts.items()))
    state = stored_state()
    assert state is not None
    return {**state, "reused": False}
