"""Serving the site with gunicorn and loading each page with wrk."""

from __future__ import annotations

import http.client
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from bench import machine

Targets = dict[str, Any]


@dataclass(frozen=True)
class Page:
    key: str
    title: str
    path: Callable[[Targets], str | None]
    signed_in: bool = True
    max_queries: int | None = 12


def _target(name: str, template: str) -> Callable[[Targets], str | None]:
    def build(targets: Targets) -> str | None:
        value = targets.get(name)
        return template.format(value) if value else None

    return build


PAGES = [
    Page("ceiling", "Ceiling: trivial view, signed out", lambda t: "/bench/ceiling", False, None),
    Page(
        "ceiling_signed_in",
        "Trivial view, signed in (session cost)",
        lambda t: "/bench/ceiling",
        True,
        None,
    ),
    Page("dashboard", "Dashboard", lambda t: "/"),
    Page("directory", "Directory with a search", _target("directory_query", "/groups/?q={}")),
    Page("group_home", "Group home", _target("group_slug", "/groups/{}/")),
    Page("case_20", "Case page, 20 replies", _target("case_20", "/cases/{}/")),
    Page("case_100", "Case page, 100 replies", _target("case_100", "/cases/{}/"), max_queries=10),
    Page("case_search", "Case search", _target("case_search_path", "{}")),
    Page("occurrence", "Occurrence page", _target("occurrence", "/meetings/{}/")),
    Page(
        "calendar",
        "Personal calendar feed",
        _target("calendar_token", "/calendar/{}.ics"),
        signed_in=False,
    ),
    Page("hours", "My hours", lambda t: "/me/hours/"),
]


def page_exists(path: str) -> bool:
    from django.urls import Resolver404, resolve

    try:
        resolve(path.split("?", 1)[0])
    except Resolver404:
        return False
    return True


class Server:
    """gunicorn with two sync workers on loopback, as production would run it."""

    def __init__(self, port: int, workers: int, log_path: Path) -> None:
        self.port = port
        self.workers = workers
        self.log_path = log_path
        self.access_log = log_path.with_name("access.log")
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi:application",
                "--workers",
                str(self.workers),
                "--worker-class",
                "sync",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--no-control-socket",
                "--timeout",
                "60",
                "--graceful-timeout",
                "5",
                # One line per request served, so CPU can be divided by what the workers
                # actually did (wrk forgets requests still queued when it stops).
                "--access-logfile",
                str(self.access_log),
                "--access-logformat",
                "%(r)s %(s)s",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=os.environ.copy(),
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited; see {self.log_path}")
            try:
                status, _, _ = fetch(self.port, "/healthz")
                if status == 200 and len(self.worker_pids()) >= self.workers:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"gunicorn did not answer /healthz in 60 s; see {self.log_path}")

    def worker_pids(self) -> list[int]:
        assert self.process is not None
        return machine.children(self.process.pid)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def fetch(
    port: int,
    path: str,
    *,
    cookie: str = "",
    method: str = "GET",
    body: str | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, http.client.HTTPMessage, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        all_headers = {"Host": "127.0.0.1", **(headers or {})}
        if cookie:
            all_headers["Cookie"] = cookie
        connection.request(method, path, body=body, headers=all_headers)
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def _cookies(headers: http.client.HTTPMessage, jar: dict[str, str]) -> None:
    for raw in headers.get_all("Set-Cookie") or []:
        parsed: SimpleCookie = SimpleCookie()
        parsed.load(raw)
        for name, morsel in parsed.items():
            jar[name] = morsel.value


def log_in(port: int, email: str, password: str) -> str:
    """Sign in through the real login form; returns the Cookie header for wrk."""
    jar: dict[str, str] = {}
    status, headers, body = fetch(port, "/accounts/login/")
    _cookies(headers, jar)
    match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    if status != 200 or match is None:
        raise RuntimeError(f"the login page answered {status} without a CSRF token")
    form = urlencode(
        {"login": email, "password": password, "csrfmiddlewaretoken": match.group(1).decode()}
    )
    cookie = "; ".join(f"{k}={v}" for k, v in jar.items())
    status, headers, body = fetch(
        port,
        "/accounts/login/",
        method="POST",
        body=form,
        cookie=cookie,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": f"http://127.0.0.1:{port}",
            "Referer": f"http://127.0.0.1:{port}/",
        },
    )
    _cookies(headers, jar)
    session = {k: v for k, v in jar.items() if "session" in k}
    if status != 302 or not session:
        raise RuntimeError(f"signing in as {email} failed: {status} {body[:300]!r}")
    return "; ".join(f"{k}={v}" for k, v in session.items())


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


_LUA = """
cookies = {%s}
threads_started = 0
function setup(thread)
  thread:set("id", threads_started)
  threads_started = threads_started + 1
end
local count = 0
function request()
  count = count + 1
  local index = ((count * %d + id) %% #cookies) + 1
  return wrk.format(nil, nil, {["Cookie"] = cookies[index]})
end
"""


def _cookie_script(cookies: list[str], threads: int) -> Path:
    """A wrk script that spreads requests over several signed-in sessions, as many people
    would: one shared session would serialise every request on its row's lock."""
    import json

    text = _LUA % (", ".join(json.dumps(c) for c in cookies), threads)
    folder = Path(os.environ.get("PRACTICA_VAR_DIR") or Path.cwd() / "var")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "bench-sessions.lua"
    path.write_text(text)
    return path


def _ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    if match is None:
        raise ValueError(f"unreadable wrk duration {text!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


@dataclass
class WrkRun:
    rps: float
    requests: int
    p50_ms: float
    p99_ms: float
    errors: int
    cpu_ms_per_request: float
    served: int = 0
    raw: str = field(repr=False, default="")


def wrk(
    port: int,
    path: str,
    *,
    cookie: str,
    seconds: float,
    threads: int,
    connections: int,
    worker_pids: Callable[[], list[int]],
    access_log: Path,
) -> WrkRun:
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds:g}s",
        "--latency",
        "--timeout",
        "10s",
    ]
    if cookie:
        command += ["-s", str(_cookie_script(cookie.split("\n"), threads))]
    command.append(f"http://127.0.0.1:{port}{path}")
    pids = worker_pids()
    log_offset = access_log.stat().st_size if access_log.exists() else 0
    cpu_before = machine.cpu_seconds(pids)
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    # wrk stops sending, but requests already queued at gunicorn are still being served: wait
    # for them, so their cost is counted here and doesn't slow down the next page's run.
    drain(port)
    cpu_after = machine.cpu_seconds(pids)
    with access_log.open("rb") as lines:
        lines.seek(log_offset)
        served = sum(1 for line in lines if line.startswith(f"GET {path} ".encode()))
    requests = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    p50 = re.search(r"^\s+50%\s+(\S+)", output, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", output, re.M)
    errors = 0
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx:
        errors += int(non_2xx.group(1))
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if socket:
        errors += int(socket.group(1)) + int(socket.group(3)) + int(socket.group(4))
    return WrkRun(
        rps=rps,
        requests=requests,
        p50_ms=_ms(p50.group(1)) if p50 else float("nan"),
        p99_ms=_ms(p99.group(1)) if p99 else float("nan"),
        errors=errors,
        cpu_ms_per_request=(cpu_after - cpu_before) * 1000 / served if served else float("nan"),
        served=served,
        raw=output,
    )


def drain(port: int, *, quiet_ms: float = 50, limit_s: float = 60) -> None:
    """Wait until the server answers the ceiling quickly, i.e. its queue is empty."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        started = time.perf_counter()
        try:
            fetch(port, "/bench/ceiling")
        except OSError:
            time.sleep(0.1)
            continue
        if (time.perf_counter() - started) * 1000 < quiet_ms:
            return


def summarise(runs: list[WrkRun]) -> dict[str, Any]:
    rates = [run.rps for run in runs]
    mean = statistics.fmean(rates)
    answered = [run for run in runs if run.requests] or runs
    served = [run for run in runs if run.served] or runs
    return {
        "rps": statistics.median(rates),
        "p50_ms": statistics.median(run.p50_ms for run in answered),
        "p99_ms": statistics.median(run.p99_ms for run in answered),
        "cpu_ms": statistics.median(run.cpu_ms_per_request for run in served),
        "errors": sum(run.errors for run in runs),
        "requests": sum(run.requests for run in runs),
        "cv": (statistics.pstdev(rates) / mean) if mean else 0.0,
        "runs": [
            {
                "rps": run.rps,
                "p50_ms": run.p50_ms,
                "p99_ms": run.p99_ms,
                "cpu_ms": run.cpu_ms_per_request,
                "requests": run.requests,
                "served": run.served,
                "errors": run.errors,
            }
            for run in runs
        ],
    }
