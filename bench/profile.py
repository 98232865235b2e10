"""Profile one page in-process: `bash scripts/bench.sh profile /cases/<code>/ [-n 200]`.

The page is served by the same WSGI application gunicorn runs (production settings, the
bench database), signed in as the bench member unless --signed-out, under cProfile. Prints
the functions that cost the most, by own time and by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from typing import Any


def _environ(path: str, cookie: str) -> dict[str, Any]:
    from wsgiref.util import setup_testing_defaults

    route, _, query = path.partition("?")
    environ: dict[str, Any] = {
        "PATH_INFO": route,
        "QUERY_STRING": query,
        "HTTP_HOST": "127.0.0.1",
        "SERVER_NAME": "127.0.0.1",
        "REQUEST_METHOD": "GET",
        "REMOTE_ADDR": "127.0.0.1",
    }
    if cookie:
        environ["HTTP_COOKIE"] = cookie
    setup_testing_defaults(environ)
    return environ


def session_cookie(email: str) -> str:
    """A real session for the user, as the login form would have made it."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.utils import timezone

    from communities.models import User

    user = User.objects.get(email=email)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session["practica_login_started"] = timezone.now().isoformat()
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def _print_queries(hit: Any) -> None:
    from django.db import connection

    timings: list[tuple[float, str]] = []

    def timed(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            timings.append(((time.perf_counter() - started) * 1000, sql))

    with connection.execute_wrapper(timed):
        hit()
    for number, (ms, sql) in enumerate(timings, 1):
        print(f"{number:3} {ms:8.2f} ms  {sql[:300]}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench.sh profile")
    parser.add_argument("path")
    parser.add_argument("-n", "--requests", type=int, default=200)
    parser.add_argument("--signed-out", action="store_true")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sql", action="store_true", help="list each query of one request")
    parser.add_argument("--match", default="", help="also list functions matching this regex")
    args = parser.parse_args(argv)
    import django

    django.setup()
    from django.core.management import call_command
    from django.core.wsgi import get_wsgi_application

    from bench.seed import stored_state

    state = stored_state()
    if state is None:
        print("The bench database is not seeded: run `make bench` first.", file=sys.stderr)
        return 2
    cookie = "" if args.signed_out else session_cookie(state["targets"]["member_email"])
    call_command("collectstatic", interactive=False, verbosity=0)
    application = get_wsgi_application()
    statuses: list[str] = []

    def start_response(status: str, headers: list[tuple[str, str]], *_: Any) -> Any:
        statuses.append(status)
        return None

    def hit() -> None:
        body = application(_environ(args.path, cookie), start_response)
        b"".join(body)
        if hasattr(body, "close"):
            body.close()

    for _ in range(5):
        hit()
    print(f"{args.path}: {statuses[-1]}")
    if args.sql:
        _print_queries(hit)
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for _ in range(args.requests):
        hit()
    profiler.disable()
    elapsed = time.perf_counter() - started
    print(f"{args.requests} requests, {elapsed * 1000 / args.requests:.2f} ms each (profiled)")
    if args.match:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.match, 40)
        print(f"\n--- matching {args.match!r}, by cumulative ---")
        print(out.getvalue().split("\n", 6)[-1])
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(args.top)
        print(f"\n--- by {order} ---")
        print(out.getvalue().split("\n", 6)[-1])
    return 0
