"""Settings come from the environment and fail loudly; production values pass check --deploy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_choice, env_int, env_list, env_str, mailer_from_url

ROOT = Path(__file__).resolve().parents[2]
LONG_SECRET = "prod-" + "Zq8#v" * 12


def production_env(**overrides: str) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "false",
        "SECRET_KEY": LONG_SECRET,
        "DATABASE_URL": os.environ.get(
            "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/practica"
        ),
        "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15"),
        "EMAIL_URL": "smtp://mailer:secret@mail.example.org:587?tls=true",
        "ALLOWED_HOSTS": "practica.example.org",
        "SITE_URL": "https://practica.example.org",
    }
    env.update(overrides)
    return {key: value for key, value in env.items() if value != ""}


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_misspelt_boolean_stops_start_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEBUG", "flase")
    with pytest.raises(ImproperlyConfigured, match="DEBUG='flase' is not a boolean"):
        env_bool("DEBUG", False)


@pytest.mark.parametrize(("raw", "expected"), [("true", True), ("Yes", True), ("0", False)])
def test_booleans_read_the_usual_spellings(
    monkeypatch: pytest.MonkeyPatch, raw: str, expected: bool
) -> None:
    monkeypatch.setenv("SOME_FLAG", raw)
    assert env_bool("SOME_FLAG", not expected) is expected


def test_a_required_value_that_is_missing_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY must be set"):
        env_str("SECRET_KEY")


def test_numbers_lists_and_choices_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRACTICA_IDLE_MINUTES", "thirty")
    with pytest.raises(ImproperlyConfigured, match="not a whole number"):
        env_int("PRACTICA_IDLE_MINUTES", 30)
    monkeypatch.setenv("PRACTICA_IDLE_MINUTES", "0")
    with pytest.raises(ImproperlyConfigured, match="at least 1"):
        env_int("PRACTICA_IDLE_MINUTES", 30, minimum=1)
    monkeypatch.setenv("PRACTICA_REQUIRE_MFA", "everyone")
    with pytest.raises(ImproperlyConfigured, match="must be one of none, facilitators, all"):
        env_choice("PRACTICA_REQUIRE_MFA", "facilitators", ("none", "facilitators", "all"))
    monkeypatch.setenv("ALLOWED_HOSTS", " a.example , b.example ,")
    assert env_list("ALLOWED_HOSTS", []) == ["a.example", "b.example"]


def test_email_url_becomes_a_mailer_and_an_unknown_scheme_is_refused() -> None:
    smtp = mailer_from_url("smtp://user:p%40ss@mail.example.org:587?tls=true")
    assert smtp["BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert smtp["OPTIONS"] == {
        "host": "mail.example.org",
        "port": 587,
        "timeout": 10,
        "username": "user",
        "password": "p@ss",
        "use_tls": True,
    }
    assert mailer_from_url("smtps://mail.example.org")["OPTIONS"]["use_ssl"] is True  # type: ignore[index]
    assert mailer_from_url("file:///tmp/mail")["OPTIONS"] == {"file_path": "/tmp/mail"}
    with pytest.raises(ImproperlyConfigured, match="scheme 'sendgrid' is not supported"):
        mailer_from_url("sendgrid://key@api")


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"SECRET_KEY": ""}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": "short"}, "SECRET_KEY must be at least 50"),
        ({"DEBUG": "flase"}, "DEBUG='flase' is not a boolean"),
        ({"EMAIL_URL": "mailgun://key@x"}, "EMAIL_URL scheme 'mailgun'"),
        ({"DATABASE_URL": ""}, "DATABASE_URL must be set"),
        ({"PRACTICA_REQUIRE_MFA": "sometimes"}, "PRACTICA_REQUIRE_MFA"),
    ],
)
def test_production_settings_refuse_to_start_on_a_bad_value(
    overrides: dict[str, str], message: str
) -> None:
    result = manage("check", env=production_env(**overrides))
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_check_deploy_passes_with_production_values() -> None:
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_uses_redis_for_rate_limits_and_secure_cookies() -> None:
    script = (
        "from django.conf import settings as s; from allauth.account import app_settings as a; "
        "print(s.CACHES['default']['BACKEND']); print(bool(a.RATE_LIMITS.get('login_failed'))); "
        "print(s.SESSION_COOKIE_NAME, s.CSRF_COOKIE_NAME, s.SECURE_HSTS_SECONDS); "
        "print(s.MFA_SUPPORTED_TYPES, s.MFA_PASSKEY_LOGIN_ENABLED)"
    )
    result = manage("shell", "--no-imports", "-c", script, env=production_env())
    assert result.returncode == 0, result.stderr
    cache, rate_limited, cookies, mfa = result.stdout.strip().splitlines()
    assert cache == "communities.cache.ResilientRedisCache"
    assert rate_limited == "True"
    assert cookies == "__Host-sessionid __Host-csrftoken 31536000"
    assert mfa == "['totp', 'recovery_codes', 'webauthn'] True"


def test_the_demo_needs_no_external_service(tmp_path: Path) -> None:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "true",
        "PRACTICA_VAR_DIR": str(tmp_path),
    }
    script = (
        "from django.conf import settings as s; print(s.DATABASES['default']['ENGINE']); "
        "print(s.CELERY_BROKER_URL); print(s.MAILERS['default']['BACKEND'])"
    )
    result = manage("shell", "--no-imports", "-c", script, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.sqlite3",
        "filesystem://",
        "django.core.mail.backends.filebased.EmailBackend",
    ]
    assert (tmp_path / "broker" / "out").is_dir()


def test_idle_and_absolute_session_limits_are_configurable() -> None:
    script = (
        "from django.conf import settings as s; "
        "print(s.PRACTICA_IDLE_TIMEOUT.total_seconds(), "
        "s.PRACTICA_ABSOLUTE_SESSION_LIFETIME.total_seconds(), s.SESSION_COOKIE_AGE)"
    )
    env = production_env(PRACTICA_IDLE_MINUTES="10", PRACTICA_SESSION_HOURS="8")
    result = manage("shell", "--no-imports", "-c", script, env=env)
    assert result.returncode == 0, result.stderr
    # The idle limit is enforced by middleware; the session row lives at most the absolute limit.
    assert result.stdout.split() == ["600.0", "28800.0", "28800"]
