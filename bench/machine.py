"""What the bench ran on, and what the processes it measures cost: read from /proc."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path
from typing import Any

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def load_average() -> float:
    return os.getloadavg()[0]


def machine() -> dict[str, Any]:
    cpu_model = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu_model = line.split(":", 1)[1].strip()
            break
    memory_kb = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            memory_kb = int(line.split()[1])
    return {
        "cpu": cpu_model,
        "cores": os.cpu_count() or 0,
        "memory_gb": round(memory_kb / 1024 / 1024, 1),
        "kernel": platform.release(),
        "load_average_at_start": load_average(),
    }


def versions() -> dict[str, str]:
    import django
    import gunicorn
    import psycopg
    from django.conf import settings
    from django.db import connection
    from redis import Redis

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        row = cursor.fetchone()
    try:
        redis_info = Redis.from_url(settings.REDIS_URL, socket_timeout=2).info("server")
        redis_version = str(redis_info.get("redis_version", "?"))
    except Exception as error:  # the report says what it could not learn
        redis_version = f"unreachable ({error.__class__.__name__})"
    wrk = os.popen("wrk -v 2>&1").read().split("\n", 1)[0].strip()  # noqa: S605,S607
    return {
        "python": sys.version.split()[0],
        "django": django.get_version(),
        "postgresql": str(row[0]) if row else "?",
        "redis": redis_version,
        "psycopg": psycopg.__version__,
        "gunicorn": gunicorn.__version__,
        "wrk": wrk,
    }


def children(pid: int) -> list[int]:
    """Direct children of a process (gunicorn's workers, for its master's pid)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid:
            found.append(int(entry.name))
    return sorted(found)


def cpu_seconds(pids: list[int]) -> float:
    """User plus system CPU time the processes have used so far."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / CLOCK_TICKS


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0
