"""Production settings with named what-if changes, to measure a settings idea under load
before proposing it: `bash scripts/bench.sh --whatif no-session-tracking,async-commit ...`.

Never used by `make bench` itself (which measures config.settings as it is).
"""

import os

from config.settings import *  # noqa: F403
from config.settings import DATABASES, MIDDLEWARE

WHATIF = {item for item in os.environ.get("PRACTICA_BENCH_WHATIF", "").split(",") if item}
KNOWN = {"no-session-tracking", "no-session-save", "async-commit", "cached-sessions"}
if WHATIF - KNOWN:
    raise ValueError(f"unknown what-if {sorted(WHATIF - KNOWN)}; known: {sorted(KNOWN)}")

if "no-session-tracking" in WHATIF:  # allauth's per-request UserSession SELECT + UPDATE
    USERSESSIONS_TRACK_ACTIVITY = False
if "no-session-save" in WHATIF:  # the session row UPDATE on every request
    SESSION_SAVE_EVERY_REQUEST = False
if "cached-sessions" in WHATIF:
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
if "async-commit" in WHATIF:  # commits stop waiting for the WAL flush (fsync)
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"
MIDDLEWARE = list(MIDDLEWARE)
