"""Every URL pattern of the project has an expected answer for every persona, and gets it."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterator

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.conftest import PERSONAS, World
from tests.matrix import LOGIN, Route, foundation

MATRIX_MODULES = [foundation]
for _module_name in ("communities", "cases", "sessions_log"):
    # A module that exists but fails to import must fail the suite, not drop its rows.
    if importlib.util.find_spec(f"tests.matrix.{_module_name}") is not None:
        MATRIX_MODULES.append(importlib.import_module(f"tests.matrix.{_module_name}"))

ROUTES: list[Route] = [route for module in MATRIX_MODULES for route in module.ROUTES]


def project_url_names() -> Iterator[tuple[str, str]]:
    """(qualified name, pattern) for every URL pattern, allauth's and the admin's included."""

    def walk(
        patterns: list[URLPattern | URLResolver], prefix: str, namespace: str | None
    ) -> Iterator[tuple[str, str]]:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            else:
                name = pattern.name or f"<unnamed {prefix}{pattern.pattern}>"
                yield (f"{namespace}:{name}" if namespace else name), prefix + str(pattern.pattern)

    yield from walk(get_resolver().url_patterns, "", None)


def admin_routes() -> list[str]:
    return sorted(
        name
        for name, pattern in project_url_names()
        if name.startswith("admin:") and "<" not in pattern and "(?P" not in pattern
    )


def test_every_url_pattern_has_rows_in_the_matrix() -> None:
    covered = {route.name for route in ROUTES}
    missing = sorted(
        f"{name}  ({pattern})"
        for name, pattern in project_url_names()
        if name not in covered and not name.startswith("admin:")
    )
    assert not missing, "URL patterns without authorization-matrix rows:\n" + "\n".join(missing)


def test_the_matrix_names_no_url_that_does_not_exist() -> None:
    existing = {name for name, _ in project_url_names()}
    stale = sorted({route.name for route in ROUTES} - existing)
    assert not stale, f"Matrix rows for URLs that no longer exist: {stale}"


def _request(client: Client, route: Route, world: World) -> tuple[int, str]:
    path = route.path(world) if callable(route.path) else route.path
    data = route.data(world) if callable(route.data) else route.data
    headers = {"HX-Request": "true"} if route.htmx else {}
    if route.method == "GET":
        response = client.get(path, data, headers=headers)
    elif route.method == "POST":
        response = client.post(path, data, headers=headers)
    else:
        raise AssertionError(f"unsupported method {route.method}")
    return response.status_code, response.get("Location", "")


def _check(route: Route, world: World) -> list[str]:
    failures = []
    for persona in PERSONAS:
        client = Client()
        user = world.user(persona)
        if user is not None:
            client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        status, location = _request(client, route, world)
        expected = route.expect[persona]
        if expected == LOGIN:
            ok = status == 302 and location.startswith(reverse("account_login"))
        else:
            ok = status == expected
        if not ok:
            failures.append(
                f"{route.method} {route.name} as {persona}: expected {expected}, "
                f"got {status} {location}"
            )
    return failures


@pytest.mark.django_db
@pytest.mark.parametrize("route", ROUTES, ids=lambda route: f"{route.method}-{route.name}")
def test_each_persona_gets_the_expected_answer(route: Route, world: World) -> None:
    failures = _check(route, world)
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
def test_nobody_but_staff_gets_into_the_admin(world: World) -> None:
    failures: list[str] = []
    for name in admin_routes():
        expect = foundation.ADMIN_LOGIN_EXPECT if name == "admin:login" else foundation.ADMIN_EXPECT
        failures += _check(Route(name, reverse(name), expect), world)
    assert not failures, "\n".join(failures)
