"""Checks a running demo (`make run`): the public pages answer and each demo account signs in.

Usage: python scripts/check_demo.py [http://127.0.0.1:8000]
"""

from __future__ import annotations

import http.cookiejar
import re
import sys
import urllib.parse
import urllib.request

DEMO_ACCOUNTS = (
    "facilitator@example.com",
    "member@example.com",
    "moderator@example.com",
    "outsider@example.com",
)
PASSWORD = "practica-demo"  # noqa: S105 - the published demo password


def check(base: str) -> list[str]:
    problems = []
    for path in ("/", "/accounts/login/", "/healthz"):
        with urllib.request.urlopen(base + path, timeout=10) as response:  # noqa: S310
            if response.status != 200:
                problems.append(f"{path} answered {response.status}")
    for email in DEMO_ACCOUNTS:
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        page = opener.open(base + "/accounts/login/", timeout=10).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if not token:
            problems.append("no CSRF token on the sign-in page")
            continue
        form = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token.group(1), "login": email, "password": PASSWORD}
        ).encode()
        request = urllib.request.Request(  # noqa: S310 - base is an http(s) URL we were given
            base + "/accounts/login/", data=form, headers={"Referer": base + "/accounts/login/"}
        )
        with opener.open(request, timeout=10) as response:
            body = response.read().decode()
            if "Welcome," not in body:
                problems.append(f"{email} did not reach the dashboard (ended at {response.url})")
            else:
                print(f"signed in as {email}: {response.url}")
    return problems


if __name__ == "__main__":
    base_url = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000").rstrip("/")
    found = check(base_url)
    for problem in found:
        print("PROBLEM:", problem)
    sys.exit(1 if found else 0)
